"""The store as it stood on a date: a read-only, in-memory snapshot built from the evidence.

Every question aikg answers (relations, paths, views, SPARQL) reads a store, so one dated copy of
the store answers all of them "as of" a date with no second code path. The copy keeps each
document's statement nodes with only the evidence dated on or before the date (an evidence
record's own date, else its document's publication date), drops statements left with no evidence,
and re-derives the facts graph's direct triples (inverse, mirror, ``dependsOn``) from the statements
that remain, with the vocabulary's own materialisation. Undated evidence is excluded: a claim nobody dated
cannot be placed before any date. A document with nothing dated on or before the date is left
out whole (its entity descriptions too); the ontology is kept.
Confidence and qualifiers are then read from what remains as usual: corroboration is a noisy-or
over the surviving statements, and the most recent surviving statement's figures win.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict

import pyoxigraph as ox

from aikg.errors import AIKGError
from aikg.graph.rdf import direct_triples
from aikg.graph.storage.contract import Store
from aikg.graph.storage.facts import DESCRIPTION, FACTS, MENTIONS
from aikg.graph.storage.store import EmbeddedStore
from aikg.ontology.status import Status
from aikg.ontology.terms import Aikg
from aikg.ontology.vocab import AIKG, ENT, PROV, RDF, SCHEMA, STMT
from aikg.ontology.vocab import vocabulary as _vocabulary

_DATE = ox.NamedNode(SCHEMA + "datePublished")
_DOCUMENT = ox.NamedNode(Aikg.document)
_STATUS = ox.NamedNode(Aikg.status)
_DERIVED = ox.NamedNode(PROV + "wasDerivedFrom")
_TYPE = ox.NamedNode(RDF + "type")
_DOC_CLASS = ox.NamedNode(Aikg.Document)


def iso_date(value: dt.date | str) -> str:
    """``value`` as an ISO date string (``YYYY-MM-DD``); raises AIKGError naming the fix."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError as e:
        raise AIKGError(f"not a date: {value!r}; give it as YYYY-MM-DD, e.g. 2024-08-01") from e


@functools.lru_cache(maxsize=4096)
def _latest_day(date: str) -> str:
    """The last day a stored date may mean (``2024`` -> ``2024-12-31``), as a cut-off compares it:
    a claim dated only by its year is not known before that year is over."""
    from aikg.ontology.dates import parse_date as parse_partial

    parsed = parse_partial(date[:10])
    return parsed.last_day().isoformat() if parsed is not None else date[:10]


def _v(term: object) -> str:
    """A term's IRI or lexical value ("" for an RDF-star triple, which aikg never writes)."""
    return str(getattr(term, "value", ""))


def _is_relation_triple(q: ox.Quad) -> bool:
    """A direct (materialised) triple between two entities: re-derived, never copied."""
    return (
        isinstance(q.subject, ox.NamedNode)
        and q.subject.value.startswith(ENT)
        and isinstance(q.object, ox.NamedNode)
        and q.object.value.startswith(ENT)
        and q.predicate.value.startswith(AIKG)
        and q.predicate.value[len(AIKG) :] in _vocabulary().predicates
    )


def dated_snapshot(store: Store, as_of: dt.date | str) -> Store:
    """An in-memory copy of ``store`` holding only what evidence dated on or before ``as_of``
    supports (see the module docstring for the rules)."""
    cutoff = iso_date(as_of)
    by_graph: dict[ox.NamedNode | ox.DefaultGraph | ox.BlankNode, list[ox.Quad]] = defaultdict(list)
    for q in store.quads():
        by_graph[q.graph_name].append(q)
    out: list[ox.Quad] = []
    for quads in by_graph.values():
        doc_dates = {_v(q.subject): _v(q.object) for q in quads if q.predicate == _DATE}
        evidence_doc = {_v(q.subject): _v(q.object) for q in quads if q.predicate == _DOCUMENT}
        statement_of = {_v(q.object): _v(q.subject) for q in quads if q.predicate == _DERIVED}
        kept_evidence = {
            ev
            for ev, doc in evidence_doc.items()
            if (date := doc_dates.get(ev) or doc_dates.get(doc)) is not None and _latest_day(date) <= cutoff
        }
        kept_statements = {statement_of[ev] for ev in kept_evidence if ev in statement_of}
        documents = {_v(q.subject) for q in quads if q.predicate == _TYPE and q.object == _DOC_CLASS}
        kept_documents = {evidence_doc[ev] for ev in kept_evidence} | {
            d for d in documents if _latest_day(doc_dates.get(d) or "9999") <= cutoff
        }
        if documents and not kept_documents:
            continue  # a document from after the date: nothing of it, not even its entities, yet
        spo: dict[str, dict[str, str]] = defaultdict(dict)
        for q in quads:
            subject = q.subject.value if isinstance(q.subject, ox.NamedNode) else None
            if subject is None:
                out.append(q)
            elif _is_relation_triple(q):
                continue
            elif subject.startswith(STMT):
                if subject in kept_evidence:
                    out.append(q)
                elif subject in kept_statements:
                    out.append(q)
                    if q.predicate.value.startswith(RDF):
                        spo[subject][q.predicate.value[len(RDF) :]] = _v(q.object)
                    elif q.predicate == _STATUS:
                        spo[subject]["status"] = _v(q.object)[len(AIKG) :].lower()
            elif subject in documents and subject not in kept_documents:
                continue
            else:
                out.append(q)
        for parts in spo.values():
            if not {"subject", "predicate", "object", "status"} <= parts.keys():
                continue
            if not Status(parts["status"]).is_direct:
                continue
            s, p, o = (parts[k] for k in ("subject", "predicate", "object"))
            triples = direct_triples(s[len(ENT) :], p[len(AIKG) :], o[len(ENT) :])
            out.extend(ox.Quad(ts, tp, to, FACTS) for ts, tp, to in triples)
    # An entity is described while a document kept mentions it (descriptions live in the facts graph).
    mentioned = {q.object for q in out if q.predicate == MENTIONS and q.graph_name != FACTS}
    return EmbeddedStore.holding(
        q for q in out if q.graph_name != FACTS or q.predicate not in DESCRIPTION or q.subject in mentioned
    )
