"""Whether the facts graph holds exactly what the documents' statements imply: each direct triple
(with its inverse and ``dependsOn``) that some asserted, reported or alleged statement supports, and
a description for each entity some document mentions, and nothing else (see
:mod:`aikg.graph.storage.facts`)."""

from __future__ import annotations

import pyoxigraph as ox

from aikg.graph.storage.contract import Store
from aikg.graph.storage.facts import CLAIM_PATTERN, DESCRIPTION, FACTS, MENTIONS, derived
from aikg.ontology.vocab import DOC, RDFS

_STATEMENTS = f'SELECT DISTINCT ?s ?p ?o WHERE {{ {CLAIM_PATTERN} FILTER(STRSTARTS(STR(?g), "{DOC}")) }}'
_FACTS = f"SELECT ?s ?p ?o WHERE {{ GRAPH {FACTS} {{ ?s ?p ?o }} }}"
_MENTIONED = (
    f'SELECT DISTINCT ?e WHERE {{ GRAPH ?g {{ ?g {MENTIONS} ?e }} FILTER(STRSTARTS(STR(?g), "{DOC}")) }}'
)
_LABELLED = f"SELECT DISTINCT ?e WHERE {{ GRAPH {FACTS} {{ ?e <{RDFS}label> ?l }} }}"

Problem = tuple[str, str | None, str]  # focus, path, message


def facts_problems(store: Store) -> list[Problem]:
    """What the facts graph lacks or holds beyond what the documents support, sorted."""
    claims = {
        (r["s"], r["p"], r["o"])
        for r in store.query(_STATEMENTS).rows
        if all(isinstance(r[k], ox.NamedNode) for k in "spo")
    }
    want = derived(claims)  # type: ignore[arg-type]
    stored = store.query(_FACTS).rows
    have = {(r["s"], r["p"], r["o"]) for r in stored if r["p"] not in DESCRIPTION}
    if want and not stored:
        return [
            (
                FACTS.value,
                None,
                "the facts graph is empty although documents state relations: the store was written "
                "by an earlier aikg; ingest its files again to build it",
            )
        ]
    problems: list[Problem] = [
        (
            s.value,
            p.value,
            f"{s.value} {p.value} {o.value} is implied by the documents but not in the facts graph",
        )
        for s, p, o in want - have
    ]
    problems += [
        (s.value, p.value, f"{s.value} {p.value} {o.value} is in the facts graph but no document supports it")
        for s, p, o in have - want
    ]
    mentioned = {r["e"] for r in store.query(_MENTIONED).rows}
    described = {r["e"] for r in store.query(_LABELLED).rows}
    problems += [
        (e.value, None, "mentioned by a document but not described in the facts graph")
        for e in mentioned - described
    ]
    problems += [
        (e.value, None, "described in the facts graph but mentioned by no document")
        for e in described - mentioned
    ]
    return sorted(problems)
