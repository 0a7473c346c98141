"""An entity's relations in the order the documents first reported them.

Each relation (subject, predicate, object, status) is placed at its earliest dated evidence, so a
claim reported in 2024 and denied in 2025 reads as two entries, in that order. Relations with no
dated evidence come last. Ties break on subject, predicate, object and status, so the order is
always the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from aikg.graph.records import Relation, relation_order


@dataclass(frozen=True)
class TimelineEntry:
    """A relation, when it was first and last reported, and by how many documents."""

    first: str | None
    last: str | None
    relation: Relation

    def to_json(self) -> dict[str, Any]:
        """The entry as JSON-ready data (``aikg timeline --json``)."""
        return {"first": self.first, "last": self.last, **self.relation.to_json()}


def timeline(relations: Iterable[Relation], entity: str) -> list[TimelineEntry]:
    """The relations ``entity`` (an id) takes part in, on either side, earliest first."""
    out = []
    for r in relations:
        if entity not in (r.subject.id, r.object.id):
            continue
        dates = sorted(e.date[:10] for e in r.evidence if e.date)
        out.append(TimelineEntry(dates[0] if dates else None, dates[-1] if dates else None, r))
    return sorted(out, key=lambda t: (t.first is None, t.first or "", *relation_order(t.relation)))
