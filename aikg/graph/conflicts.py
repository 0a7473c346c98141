"""Where documents disagree: a relation some state and others deny."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from aikg.graph.records import EntityRef, Relation, relation_order, relations_of
from aikg.graph.storage.contract import Store
from aikg.ontology.terms import Aikg
from aikg.ontology.vocab import AIKG, ENT, RDF

if TYPE_CHECKING:
    from aikg.graph.records import Dating


@dataclass
class Conflict:
    """Documents disagree: some state, report, allege or expect a relation; others deny it."""

    subject: EntityRef
    predicate: str
    object: EntityRef
    stated: list[Relation]
    denied: list[Relation]

    def to_json(self) -> dict[str, Any]:
        """The conflict as JSON-ready data, with the relations on each side."""
        return {
            "subject": self.subject.to_json(),
            "predicate": self.predicate,
            "object": self.object.to_json(),
            "stated": [r.to_json() for r in self.stated],
            "denied": [r.to_json() for r in self.denied],
        }


def find_conflicts(relations: Iterable[Relation]) -> list[Conflict]:
    """The triples that ``relations`` both state (any status but negated) and deny (negated),
    in the order their first relation comes.
    """
    by_triple: dict[tuple[str, str, str], list[Relation]] = {}
    for r in relations:
        by_triple.setdefault((r.subject.id, r.predicate, r.object.id), []).append(r)
    out = []
    for rels in by_triple.values():
        stated = [r for r in rels if r.status != "negated"]
        denied = [r for r in rels if r.status == "negated"]
        if stated and denied:
            out.append(Conflict(rels[0].subject, rels[0].predicate, rels[0].object, stated, denied))
    return out


def store_conflicts(
    store: Store, *, dating: Dating | None = None, entities: dict[str, EntityRef] | None = None
) -> list[Conflict]:
    """:func:`find_conflicts` over the store's relations, reading only the relations that some
    statement denies (through the store's indexes): a store with few denials answers at once,
    whatever its size. ``dating`` and ``entities`` as for :func:`aikg.graph.records.relations_of`."""
    denied: set[tuple[str, str, str]] = set()
    for stmt in store.subjects_of(Aikg.status, ox.NamedNode(Aikg.Negated)):
        ends = {p: o.value for p, o in store.properties(stmt) if p.startswith(RDF)}
        s, p, o = (ends.get(RDF + k, "") for k in ("subject", "predicate", "object"))
        if s.startswith(ENT) and o.startswith(ENT) and p.startswith(AIKG):
            denied.add((s[len(ENT) :], p[len(AIKG) :], o[len(ENT) :]))
    relations = relations_of(store, sorted(denied), dating=dating, entities=entities)
    return find_conflicts(sorted(relations, key=relation_order))
