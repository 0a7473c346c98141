"""The facade: `aikg` exports the API and every type its methods return, each ``to_json`` a dict."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from pathlib import Path

import pytest

import aikg
from aikg import KnowledgeGraph, QueryResult

NOT_OURS = {"Path", "MultiDiGraph", "bytes", "dict", "list", "str", "None", "nx"}


def _returned_types() -> set[str]:
    """The names in the return annotations of KnowledgeGraph's public methods."""
    tree = ast.parse(Path(inspect.getfile(KnowledgeGraph)).read_text(encoding="utf-8"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "KnowledgeGraph")
    names = set()
    for f in cls.body:
        if isinstance(f, ast.FunctionDef) and not f.name.startswith("_") and f.returns is not None:
            names |= set(re.findall(r"[A-Za-z_]+", ast.unparse(f.returns)))
    return names - NOT_OURS


@pytest.mark.parametrize("name", aikg.__all__)
def test_every_exported_name_resolves(name: str) -> None:
    value = getattr(aikg, name)
    assert value.__name__ == name
    assert importlib.import_module(value.__module__) is not None


def test_every_result_type_is_exported() -> None:
    assert "Relation" in _returned_types()
    assert sorted(_returned_types() - set(aikg.__all__)) == []


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        aikg.Nope  # type: ignore[attr-defined]  # noqa: B018


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT ?s WHERE { ?s a aikg:Document } LIMIT 1",
        "ASK { ?s ?p ?o }",
        "CONSTRUCT { ?s a aikg:Document } WHERE { ?s a aikg:Document }",
    ],
    ids=["select", "ask", "construct"],
)
def test_query_results_to_json_is_data(facts_store: Path, sparql: str) -> None:
    import json

    result = KnowledgeGraph(facts_store, read_only=True).query(sparql)
    assert isinstance(result, QueryResult)
    data = result.to_json()
    assert isinstance(data, dict)
    text = json.loads(result.to_json_text())
    assert text == data.get("@graph", data)


def _undocumented() -> list[str]:
    """Exported names, and their public methods and properties, that have no docstring of their own."""
    missing = []
    for name in aikg.__all__:
        value = getattr(aikg, name)
        doc = value.__doc__ or ""
        if not doc.strip() or doc.startswith(f"{name}("):  # a dataclass's generated signature
            missing.append(name)
        if not inspect.isclass(value):
            continue
        for attr, member in vars(value).items():
            function = member.fget if isinstance(member, property) else member
            if attr.startswith("_") or not callable(function):
                continue
            if not (getattr(function, "__doc__", None) or "").strip():
                missing.append(f"{name}.{attr}")
    return missing


def test_the_public_surface_is_documented() -> None:
    assert _undocumented() == []
