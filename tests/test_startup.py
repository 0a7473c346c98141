"""`aikg --help` must stay fast: no heavy library is imported to print help."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ["rdflib", "networkx", "pyvis", "spacy", "pyoxigraph", "pyshacl", "pydantic"]


def test_help_imports_no_heavy_library() -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from aikg.cli import cli\n"
        "result = CliRunner().invoke(cli, ['--help'])\n"
        "assert result.exit_code == 0, result.output\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
