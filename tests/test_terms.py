"""The ``aikg:`` terms the code uses are the ones ``aikg.ttl`` declares: the two never drift."""

from __future__ import annotations

import ast
from itertools import pairwise
from pathlib import Path

import pyoxigraph as ox
import pytest

from aikg import KnowledgeGraph
from aikg.ontology.terms import Aikg
from aikg.ontology.vocab import AIKG, ontology_text

PACKAGE = Path(__file__).resolve().parent.parent / "aikg"


def declared() -> set[str]:
    """Every ``aikg:`` IRI that ``aikg.ttl`` describes (the subject of some triple)."""
    return {
        q.subject.value
        for q in ox.parse(ontology_text(), format=ox.RdfFormat.TURTLE)
        if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(AIKG)
    }


def test_every_named_term_is_declared_in_the_ontology() -> None:
    assert sorted(set(Aikg) - declared()) == []


def test_a_term_the_ontology_lacks_fails_loudly() -> None:
    assert Aikg.contentHash == AIKG + "contentHash"
    assert Aikg["Negated"] == Aikg.Negated
    with pytest.raises(AttributeError, match=r"aikg:staus is not a term of the aikg ontology"):
        Aikg.staus  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(KeyError, match="aikg:Rumoured"):
        Aikg["Rumoured"]


def _concatenations(path: Path) -> list[str]:
    """Where ``path`` builds an ``aikg:`` IRI from a string literal: ``AIKG + "x"``, ``f"{AIKG}x"``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.Add)
            and isinstance(node.left, ast.Name)
            and node.left.id == "AIKG"
            and isinstance(node.right, ast.Constant)
        ):
            found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
        if isinstance(node, ast.JoinedStr):
            parts = node.values
            for a, b in pairwise(parts):
                if (
                    isinstance(a, ast.FormattedValue)
                    and isinstance(a.value, ast.Name)
                    and a.value.id == "AIKG"
                    and isinstance(b, ast.Constant)
                ):
                    found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    return found


def test_no_module_spells_a_term_as_a_string() -> None:
    spelled = [
        where
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "terms.py"
        for where in _concatenations(path)
    ]
    assert spelled == [], "use aikg.ontology.terms.Aikg instead"


def test_every_term_a_store_holds_is_declared(facts_store: Path) -> None:
    """What ingest writes: documents, statements, evidence, entities, the ontology's own marker."""
    result = KnowledgeGraph(facts_store, read_only=True).query(
        f"""SELECT DISTINCT ?term WHERE {{
              GRAPH ?g {{ {{ ?term ?p ?o }} UNION {{ ?s ?term ?o }} UNION {{ ?s ?p ?term }} }}
              FILTER(isIRI(?term) && STRSTARTS(STR(?term), "{AIKG}"))
            }}"""
    )
    used = {row["term"].value for row in result.rows}
    assert {Aikg.contentHash, Aikg.Statement, Aikg.quote} <= used
    assert sorted(used - declared()) == []
