"""Plain-text renderings of the analyst's questions: exposure, single points of failure,
timelines, diffs and conflicts. Document text is cleaned of control characters, as in render.py."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from aikg.render import clean, evidence_lines, format_qualifiers, relation_line

if TYPE_CHECKING:
    from aikg.graph.conflicts import Conflict
    from aikg.graph.diff import Change, State
    from aikg.graph.exposure import Exposure, SinglePoint, Stake
    from aikg.graph.records import EntityRef
    from aikg.graph.timeline import TimelineEntry


def stake_text(stake: Stake, period: str | None = None) -> str:
    """``USD 180,000,000 a year (USD 15,000,000 per month), share 25%``, or ``no figures``."""
    parts = []
    if stake.annual is not None:
        money = f"{stake.currency or ''} {stake.annual:,.0f}".strip()
        if period and period != "year" and stake.amount is not None:
            money += f" a year ({stake.currency or ''} {stake.amount:,.0f} per {period})".replace("( ", "(")
        elif period == "year":
            money += " a year"
        parts.append(money)
    if stake.share is not None:
        parts.append(f"share {stake.share:.0%}")
    return ", ".join(parts) or "no figures"


def exposure_text(exposed: Iterable[Exposure], entity: EntityRef, labels: dict[str, str]) -> str:
    """Who is exposed to ``entity``, most at stake first (``aikg exposure``)."""
    lines = []
    for e in exposed:
        via = " -> ".join(clean(labels.get(n, n)) for n in e.path.nodes)
        preds = ", ".join(h.predicate for h in e.path.hops)
        stake = stake_text(e.stake, e.path.hops[0].qualifiers.get("period"))
        hops = len(e.path.hops)
        nearest = f"; nearest {e.distance} hop{'s' if e.distance > 1 else ''}" if e.distance < hops else ""
        lines.append(f"{clean(e.label)}  [{stake}]  (hops: {hops}; {via}; via {preds}{nearest})")
    return "\n".join(lines) if lines else f"(nothing depends on {clean(entity.label)})"


def spof_text(points: Iterable[SinglePoint], entity: EntityRef, labels: dict[str, str]) -> str:
    """The dependencies of ``entity`` it can only reach through one entity, and what it would
    lose without each (``aikg spof``)."""
    lines = []
    name = clean(entity.label)
    for p in points:
        lost = ", ".join(clean(labels.get(n, n)) for n in p.loses)
        everything = f"; all {name} depends on" if p.everything else ""
        if p.kind == "gatekeeper":
            why = "gatekeeper: every path to these passes through it"
        else:
            share = "all" if p.shared_by == p.direct else f"{p.shared_by} of"
            suppliers = ", ".join(clean(labels.get(n, n)) for n in p.dependents)
            why = (
                f"common dependency: {share} {p.direct} of {name}'s direct dependencies depend on it "
                f"({suppliers})"
            )
        lines.append(
            f"{clean(p.label)}  [{why}]  (without it {name} loses {len(p.loses)}{everything}: {lost})"
        )
    return "\n".join(lines) if lines else f"(no single point of failure for {name})"


def timeline_text(entries: Iterable[TimelineEntry]) -> str:
    """Relations in the order they were first reported (``aikg timeline``)."""
    lines = []
    for t in entries:
        when = t.first or "undated   "
        until = f"  (last reported {t.last})" if t.last and t.last != t.first else ""
        lines.append(f"{when}  {relation_line(t.relation)}{until}")
    return "\n".join(lines) if lines else "(no relations)"


def _state(s: State) -> str:
    figures = format_qualifiers(s.figures)
    return s.status + (f"; {figures}" if figures else "")


def diff_text(changes: Iterable[Change]) -> str:
    """What changed between two dates (``aikg diff``)."""
    lines = []
    for c in changes:
        head = f"{c.kind:<12} {clean(c.subject.label)} --{c.predicate}--> {clean(c.object.label)}"
        if c.before is not None and c.after is not None:
            lines.append(f"{head}  [{_state(c.before)}] -> [{_state(c.after)}]")
        else:
            lines.append(f"{head}  [{_state(c.after or c.before)}]")  # type: ignore[arg-type]
    return "\n".join(lines) if lines else "(no changes)"


def conflicts_text(conflicts: Iterable[Conflict]) -> str:
    """Each conflict with the documents on both sides (``aikg conflicts``)."""
    lines = []
    for c in conflicts:
        lines.append(f"{clean(c.subject.label)} --{c.predicate}--> {clean(c.object.label)}")
        for side, rels in (("claimed", c.stated), ("denied", c.denied)):
            for r in rels:
                quals = format_qualifiers(r.qualifiers)
                lines.append(
                    f"  {side} [{r.status}, {r.confidence:.2f}" + (f"; {quals}" if quals else "") + "]"
                )
                lines.extend(evidence_lines(r, indent="      "))
    return "\n".join(lines) if lines else "(no conflicts)"
