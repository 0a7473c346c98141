"""Plain-text renderings of results for the terminal.

Text that comes from documents is stripped of control characters first, so an article cannot
move the cursor, recolour or retitle the terminal of whoever reads its claims.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aikg.graph.paths import DependencyPath, Reach
    from aikg.graph.records import EntityRef, Relation
    from aikg.graph.stats import Stats
    from aikg.ingest.report import IngestReport
    from aikg.kg import EntityCard

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: object) -> str:
    """``text`` as a string with terminal control characters (and bidi overrides) removed."""
    return _CONTROL.sub("", str(text))


# JSON escapes C0 controls itself; these it would print raw: DEL, the C1 controls (0x9b is a
# one-byte CSI to some terminals), bidi overrides and the line separators JavaScript chokes on.
_RAW_IN_JSON = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def json_safe(text: str) -> str:
    """JSON text with the characters a terminal would act on written as ``\\uXXXX`` escapes.

    Such characters can only stand inside JSON strings, so the data is unchanged.

    >>> json_safe('["' + chr(0x202E) + 'evil"]')
    '["\\\\u202eevil"]'
    """
    return _RAW_IN_JSON.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def json_text(data: Any) -> str:
    """``data`` as the indented JSON the CLI prints (and the HTTP API answers), terminal-safe."""
    import json

    return json_safe(json.dumps(data, indent=2, ensure_ascii=False))


def format_qualifiers(q: dict[str, Any]) -> str:
    """Qualifiers in words: ``USD 20,000,000 per month, share 25%, as of 2024-07-31``."""
    parts = []
    if "amount" in q:
        amount = q["amount"]
        money = f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,}"
        parts.append(
            f"{q.get('currency', '')} {money}".strip() + (f" per {q['period']}" if "period" in q else "")
        )
    elif "period" in q:
        parts.append(f"per {q['period']}")
    if "share" in q:
        parts.append(f"share {q['share']:.0%}")
    if "point_in_time" in q:
        parts.append(f"as of {q['point_in_time']}")
    return ", ".join(parts)


def relation_line(r: Relation) -> str:
    """One relation on one line: subject --predicate--> object [status, confidence; qualifiers]."""
    quals = format_qualifiers(r.qualifiers)
    head = f"{clean(r.subject.label)} --{r.predicate}--> {clean(r.object.label)}"
    tail = f"[{r.status}, {r.confidence:.2f}" + (f"; {quals}" if quals else "") + "]"
    return f"{head}  {tail}"


def evidence_lines(r: Relation, *, indent: str = "    ", limit: int = 3) -> list[str]:
    """The first ``limit`` pieces of evidence, each with its document, date and sentence."""
    lines = []
    for e in r.evidence[:limit]:
        source = ", ".join(clean(x) for x in (e.document, e.date) if x)
        quote = textwrap.shorten(clean(e.sentence), 160, placeholder="...")
        lines.append(f"{indent}“{quote}” ({source})")
    if len(r.evidence) > limit:
        lines.append(f"{indent}... and {len(r.evidence) - limit} more")
    return lines


def relations_text(relations: Iterable[Relation], *, evidence: bool = True) -> str:
    """Relations for a terminal (``aikg relations``), each with its evidence unless not wanted."""
    lines = []
    for r in relations:
        lines.append(relation_line(r))
        if evidence:
            lines.extend(evidence_lines(r))
    return "\n".join(lines) if lines else "(no relations)"


def entity_line(e: EntityRef) -> str:
    """One entity on one line, for ``aikg entities``."""
    extra = [e.type]
    if e.wikidata:
        extra.append(e.wikidata)
    if not e.curated:
        extra.append("discovered")
    return f"{clean(e.label)} ({', '.join(extra)})  id={e.id}"


def card_text(card: EntityCard) -> str:
    """The entity card for a terminal (``aikg lookup``)."""
    e = card.entity
    lines = [clean(e.label), f"  id:       {e.id}", f"  type:     {e.type}"]
    if e.aliases:
        lines.append(f"  aliases:  {', '.join(clean(a) for a in e.aliases)}")
    if e.wikidata:
        lines.append(f"  wikidata: {e.wikidata}")
    lines.append(f"  source:   {'curated registry' if e.curated else 'discovered in text'}")
    for title, rels in (("Relations out", card.outgoing), ("Relations in", card.incoming)):
        lines.append(f"{title} ({len(rels)}):")
        for r in rels:
            lines.append("  " + relation_line(r))
            lines.extend(evidence_lines(r, indent="      "))
    if card.conflicts:
        lines.append(f"Conflicts ({len(card.conflicts)}):")
        for c in card.conflicts:
            lines.append(
                f"  {clean(c.subject.label)} {c.predicate} {clean(c.object.label)}: "
                f"claimed by {', '.join(d for r in c.stated for d in r.documents)}; "
                f"denied by {', '.join(d for r in c.denied for d in r.documents)}"
            )
    return "\n".join(lines)


def path_text(path: DependencyPath, labels: dict[str, str]) -> str:
    """A dependency path for a terminal: the chain of names, then each hop with its evidence."""
    names = " -> ".join(clean(labels.get(n, n)) for n in path.nodes)
    lines = [names]
    for step in path.hops:
        for n, h in enumerate((step, *step.alternatives)):
            quals = format_qualifiers(h.qualifiers)
            lines.append(
                ("    or " if n else "  ") + f"{clean(labels.get(h.subject, h.subject))} --{h.predicate}--> "
                f"{clean(labels.get(h.object, h.object))}  [{h.status}, {h.confidence:.2f}"
                + (f"; {quals}" if quals else "")
                + "]"
            )
            for ev in h.evidence[:1]:
                source = ", ".join(clean(x) for x in (ev["document"], ev.get("date")) if x)
                lines.append(
                    f"      “{textwrap.shorten(clean(ev['sentence']), 140, placeholder='...')}” ({source})"
                )
    return "\n".join(lines)


def reach_text(reaches: Iterable[Reach], labels: dict[str, str]) -> str:
    """What depends on what, nearest first, each with the chain it goes through."""
    lines = []
    for r in reaches:
        via = " -> ".join(clean(labels.get(n, n)) for n in r.path.nodes)
        preds = ", ".join(h.predicate for h in r.path.hops)
        lines.append(f"{clean(labels.get(r.entity, r.entity))}  (hops: {r.distance}; {via}; via {preds})")
    return "\n".join(lines) if lines else "(none)"


def stats_text(s: Stats) -> str:
    """The store's counts for a terminal (``aikg stats``)."""
    lines = [
        f"documents: {s.documents}",
        f"entities:  {s.entities}",
        f"relations: {s.relations}",
        f"quads:     {s.quads}",
    ]
    for title, counts in (
        ("entities by type", s.entities_by_type),
        ("relations by status", s.relations_by_status),
        ("relations by predicate", s.relations_by_predicate),
    ):
        lines.append(f"{title}:")
        lines += [f"  {k:<18} {v}" for k, v in counts.items()]
    return "\n".join(lines)


def one_line(text: object) -> str:
    """``text`` cleaned and kept on one line: a newline in a file name shows as ``\\n``."""
    return clean(str(text).replace("\r", "\\r").replace("\n", "\\n"))


def ingest_line(item: Any) -> str:
    """One line per file: what landed (and the encoding, when not UTF-8), or what failed and why."""
    from aikg.ingest.report import Failure

    if isinstance(item, Failure):
        return f"error: {one_line(item.message)}"
    read_as = f" (read as {item.encoding})" if getattr(item, "encoding", None) else ""
    if getattr(item, "unchanged", False):
        return f"unchanged {one_line(item.path)}{read_as}: already in the store"
    return f"ingested {one_line(item.path)}{read_as}: {item.claims} claims, {item.entities} entities"


def warning_lines(item: Any) -> list[str]:
    """``warning: FILE:LINE: ...`` for what a stored document was read leniently from."""
    return [f"warning: {one_line(w)}" for w in getattr(item, "warnings", ())]


def _no_text(n: int) -> str:
    return f"; {n} record{'s' if n != 1 else ''} had no text (skipped)" if n else ""


def extract_summary(report: Any) -> str:
    """The last line of `aikg extract`: documents written, shards, failures."""
    n, k = report.documents, len(report.shards)
    shards = f"{k} shard{'s' if k != 1 else ''}"
    failed = f"{len(report.failed)} failed{_no_text(getattr(report, 'no_text', 0))}"
    return f"{n} document{'s' if n != 1 else ''} in {shards}, {failed}"


def ingest_summary(report: IngestReport) -> str:
    """`13 files ingested, 0 failed`, or `2 documents from 1 file ingested, ...` when a file
    (JSON Lines, an extract shard) holds several documents: the count is of documents."""
    n, f, files = len(report.ingested), len(report.failed), report.files
    same = sum(1 for i in report.ingested if i.unchanged)
    unchanged = f" ({same} unchanged)" if same else ""
    if files in (0, n) and not report.no_text:
        return f"{n} file{'s' if n != 1 else ''} ingested{unchanged}, {f} failed"
    docs = f"{n} document{'s' if n != 1 else ''} from {files} file{'s' if files != 1 else ''}"
    return f"{docs} ingested{unchanged}, {f} failed{_no_text(report.no_text)}"
