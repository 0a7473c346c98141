"""Where documents disagree: a relation some state and others deny."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from aikg.graph.records import EntityRef, Relation


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
