"""The package's modules import each other in one direction only: no import cycle, at any depth.

Read from the source with `ast`, so a cycle is caught even where Python tolerates it today (an
import at the bottom of a module, or one inside a function). Imports under `if TYPE_CHECKING:` do
not run and do not count; a package's implicit import of its parent `__init__` does not count either.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "aikg"


def module_files(package: Path) -> dict[str, tuple[Path, bool]]:
    """Map each dotted module name under ``package`` to its file and whether it is a package."""
    modules = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        modules[".".join(parts)] = (path, is_package)
    return modules


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement that runs, at module level or inside a function or class."""
    found: list[ast.Import | ast.ImportFrom] = []
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return found


def import_graph(package: Path) -> nx.DiGraph:
    """A directed graph: an edge from each module to each module of the package it imports."""
    modules = module_files(package)
    graph = nx.DiGraph()
    for name, (path, is_package) in modules.items():
        graph.add_node(name)
        here = name if is_package else name.rpartition(".")[0]
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                if node.level:
                    base = here.split(".")[: len(here.split(".")) - node.level + 1]
                    source = ".".join([*base, node.module] if node.module else base)
                else:
                    source = node.module or ""
                # `from aikg.graph import paths` imports the module aikg.graph.paths.
                targets = [source, *(f"{source}.{alias.name}" for alias in node.names)]
            for target in targets:
                if target in modules and target != name:
                    graph.add_edge(name, target, line=f"{path.relative_to(package.parent)}:{node.lineno}")
    return graph


def describe(graph: nx.DiGraph, cycle: list[str]) -> str:
    """One cycle as `a -> b -> a`, with where each import is."""
    hops = zip(cycle, [*cycle[1:], cycle[0]], strict=True)
    return " -> ".join(f"{a} ({graph.edges[a, b]['line']})" for a, b in hops) + f" -> {cycle[0]}"


def test_the_walk_sees_the_package() -> None:
    graph = import_graph(PACKAGE)
    assert "aikg.kg" in graph
    assert graph.has_edge("aikg.kg", "aikg.graph.records")  # module level
    assert graph.has_edge("aikg.kg", "aikg.graph.paths")  # inside a method


def test_a_cycle_is_found(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg import b\n")
    (package / "b.py").write_text("def f():\n    from . import a\n")
    (package / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.a\n")
    cycles = list(nx.simple_cycles(import_graph(package)))
    assert sorted(map(sorted, cycles)) == [["pkg.a", "pkg.b"]]


def test_no_import_cycles() -> None:
    graph = import_graph(PACKAGE)
    cycles = sorted(describe(graph, cycle) for cycle in nx.simple_cycles(graph))
    if cycles:
        pytest.fail("import cycles:\n" + "\n".join(cycles))


# The layers of docs/architecture.md, lowest first: a module imports only from its own part of the
# package or from a lower layer, never from a sibling in its own layer (loaders and graph stay
# apart). `aikg/__init__.py` sits outside: it imports nothing when run.
LAYERS = [
    {"errors"},
    {"ontology"},
    {"loaders", "graph"},
    {"extract", "visual"},
    {"ingest", "evaluation"},
    {"kg", "render"},
    {"render_questions"},
    {"demo", "server"},
    {"cli"},
]


def _part(module: str) -> str:
    return module.split(".")[1] if "." in module else module


def _rank(part: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if part in layer)


def test_every_part_has_a_layer() -> None:
    parts = {_part(m) for m in import_graph(PACKAGE)} - {"aikg"}
    assert sorted(p for p in parts if not any(p in layer for layer in LAYERS)) == []


def test_imports_go_down_the_layers() -> None:
    graph = import_graph(PACKAGE)
    assert list(graph.successors("aikg")) == []  # the facade's names load lazily
    upward = [
        f"{a} -> {b} ({graph.edges[a, b]['line']})"
        for a, b in graph.edges
        if b != "aikg" and _part(a) != _part(b) and _rank(_part(a)) <= _rank(_part(b))
    ]
    assert upward == []
