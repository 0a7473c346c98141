"""What changed between two states of the graph (two stores, or one store at two dates).

Relations are keyed on (subject, predicate, object). A key's state is its current status and
that relation's figures (amount, currency, period, share). The current status is the surest
direct one (asserted, then reported, then alleged), so a later, vaguer report of an asserted fact
changes nothing; but a denial dated after every statement of it makes it negated. A key with no
direct status takes the status of its latest evidence. A key present only after is ``appeared``, only before
is ``disappeared``; present in both, a different status is ``status`` (e.g. reported -> negated)
and the same status with different figures is ``amount``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from aikg.graph.records import STATUS_ORDER, EntityRef, Relation

FIGURES = ("amount", "currency", "period", "share")
KINDS = ("appeared", "disappeared", "status", "amount")


@dataclass(frozen=True)
class State:
    """A relation key's status and figures at one point."""

    status: str
    figures: dict[str, Any]
    relation: Relation

    def to_json(self) -> dict[str, Any]:
        """The state as JSON-ready data."""
        return {
            "status": self.status,
            "qualifiers": self.figures,
            "evidence": self.relation.to_json()["evidence"],
        }


@dataclass(frozen=True)
class Change:
    """One relation that changed between two dates: added, removed, or its status or qualifiers changed
    (``kind``), with its state before and after."""

    kind: str
    subject: EntityRef
    predicate: str
    object: EntityRef
    before: State | None
    after: State | None

    def to_json(self) -> dict[str, Any]:
        """The change as JSON-ready data (``aikg diff --json``)."""
        return {
            "change": self.kind,
            "subject": self.subject.to_json(),
            "predicate": self.predicate,
            "object": self.object.to_json(),
            "before": self.before.to_json() if self.before else None,
            "after": self.after.to_json() if self.after else None,
        }


def states(relations: Iterable[Relation]) -> dict[tuple[str, str, str], State]:
    """Each (subject, predicate, object)'s current state (see the module docstring)."""
    grouped: dict[tuple[str, str, str], list[Relation]] = {}
    for r in relations:
        grouped.setdefault((r.subject.id, r.predicate, r.object.id), []).append(r)
    out = {}
    for key, rels in grouped.items():
        rels = sorted(rels, key=lambda r: STATUS_ORDER.index(r.status))
        direct = [r for r in rels if r.is_direct]
        denial = next((r for r in rels if r.status == "negated"), None)
        if direct and not (denial and _latest(denial) > max(_latest(r) for r in direct)):
            current = direct[0]
        elif denial and direct:
            current = denial
        else:
            # max() keeps the first of equals: among the latest, the surest status.
            current = max(rels, key=_latest)
        figures = {k: current.qualifiers[k] for k in FIGURES if k in current.qualifiers}
        out[key] = State(current.status, figures, current)
    return out


def _latest(r: Relation) -> str:
    return max((e.date or "" for e in r.evidence), default="")


def diff(before: Iterable[Relation], after: Iterable[Relation]) -> list[Change]:
    """The changes from ``before`` to ``after``, by kind (appeared, disappeared, status, amount),
    then subject, predicate and object."""
    old, new = states(before), states(after)
    changes = []
    for key in old.keys() | new.keys():
        a, b = old.get(key), new.get(key)
        if a is None and b is not None:
            kind = "appeared"
        elif b is None and a is not None:
            kind = "disappeared"
        elif a is not None and b is not None and a.status != b.status:
            kind = "status"
        elif a is not None and b is not None and a.figures != b.figures:
            kind = "amount"
        else:
            continue
        ref = (b or a).relation  # type: ignore[union-attr]
        changes.append(Change(kind, ref.subject, ref.predicate, ref.object, a, b))
    return sorted(
        changes,
        key=lambda c: (KINDS.index(c.kind), c.subject.label.lower(), c.predicate, c.object.label.lower()),
    )
