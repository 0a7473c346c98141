"""The examples in the package's docstrings run, from the project folder, and print what they say.

A module's docstrings share one namespace, module docstring first, so a method's example can use
what the module's example set up (``kg`` in aikg.kg), as a reader going down the file would.
"""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "aikg"


def _modules_with_examples() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "__main__.py" or ">>>" not in path.read_text(encoding="utf-8"):
            continue
        names.append(".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__"))
    return names


def run_examples(module_name: str) -> tuple[doctest.TestResults, str]:
    """Run ``module_name``'s docstring examples in one shared namespace; the results and the report."""
    module = importlib.import_module(module_name)
    tests = sorted(doctest.DocTestFinder().find(module), key=lambda t: (t.name != module_name, t.name))
    namespace = dict(vars(module))
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    for test in tests:
        test.globs = namespace
        runner.run(test, out=report.append, clear_globs=False)
    return runner.summarize(verbose=False), "".join(report)


def test_modules_are_found() -> None:
    assert {"aikg.kg", "aikg.ontology.terms", "aikg.graph.sparql"} <= set(_modules_with_examples())


@pytest.mark.parametrize("module_name", _modules_with_examples())
def test_examples_run(module_name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)  # examples name files as from the project folder: examples/...
    results, report = run_examples(module_name)
    assert results.failed == 0, report
    assert results.attempted > 0
