"""The README's "From Python" example works however Python runs it: a script with no
``if __name__ == "__main__"`` guard, code piped on stdin, ``python -c``, and a notebook-like
``exec``, with the process pool (8 or more documents) in every case. Before, workers re-ran the
script (which opened the store again and waited on its own lock forever) or failed on
``'<stdin>'`` and blamed memory."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from aikg.ingest.pool import MIN_POOL_FILES
from tests.conftest import EXAMPLES, REPO

SCRIPT = """\
from aikg import KnowledgeGraph

kg = KnowledgeGraph({store!r})
report = kg.ingest([{corpus!r}], workers=2)
print(len(report.ingested), "ingested,", len(report.failed), "failed")
for r in kg.relations(subject="TikTok", predicate="customerOf", object="Microsoft"):
    print(r.predicate, r.object.label, r.status)
"""
GIVE_UP = 600  # seconds: only a hang takes this long (a run takes well under a minute)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("api") / "corpus"
    shutil.copytree(EXAMPLES, folder)
    assert len([p for p in folder.iterdir() if p.suffix in (".txt", ".md")]) >= MIN_POOL_FILES
    return folder


def _run(args: list[str], cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    try:
        return subprocess.run(
            [sys.executable, *args],
            cwd=cwd,
            env=env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=GIVE_UP,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"python {' '.join(args)} hung")


@pytest.mark.parametrize("how", ["script", "stdin", "dash-c", "exec"])
def test_the_readme_example_runs_however_python_is_started(corpus: Path, tmp_path: Path, how: str) -> None:
    code = SCRIPT.format(store=str(tmp_path / "kg"), corpus=str(corpus))
    if how == "script":
        (tmp_path / "script.py").write_text(code)
        result = _run(["script.py"], tmp_path)
    elif how == "stdin":
        result = _run(["-"], tmp_path, stdin=code)
    elif how == "dash-c":
        result = _run(["-c", code], tmp_path)
    else:  # a notebook cell: code with no file, run by exec in a module with no __file__
        result = _run(["-c", f"exec(compile({code!r}, '<cell>', 'exec'))"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "13 ingested, 0 failed",
        "customerOf Microsoft asserted",
        "customerOf Microsoft reported",
    ]
    assert "Traceback" not in result.stderr and "out of memory" not in result.stderr
