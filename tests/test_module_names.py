"""No module binds a top-level name twice. A second binding silently replaces the first: a rule
that reads a word list defined near it gets another list of the same name from further down the
module (twice so far, in the rules: one costly to find). Read from the source with `ast`."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "aikg"


def top_level_names(tree: ast.Module) -> Counter[str]:
    """How often each name is bound at module level: assigned, defined or imported."""
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
        elif isinstance(node, ast.ImportFrom):
            names.update((a.asname or a.name) for a in node.names)
    return names


def test_no_module_binds_a_name_twice() -> None:
    rebound = {
        str(path.relative_to(PACKAGE.parent)): sorted(
            n for n, k in top_level_names(ast.parse(path.read_text())).items() if k > 1
        )
        for path in sorted(PACKAGE.rglob("*.py"))
    }
    assert not {path: names for path, names in rebound.items() if names}


def test_a_second_binding_is_counted() -> None:
    """The check itself: a word list bound twice is found."""
    source = "from x import WORDS\nA = frozenset()\ndef f():\n    A = 1\nA = frozenset({'b'})\n"
    assert top_level_names(ast.parse(source))["A"] == 2
