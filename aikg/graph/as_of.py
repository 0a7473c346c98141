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
from collections.abc import Iterable
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from aikg.graph.dependency_index import Dependencies, Via
    from aikg.graph.edges import EdgeReader

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


# ---------------------------------------------------------------------- without a copy
#
# The questions (paths, dependents, exposure, single points of failure, timelines, conflicts)
# need a few relations, not the whole store: they read the store as it is, keeping only the
# evidence a dated snapshot would keep, through the store's indexes. What they answer is what
# the snapshot above answers; they just never build it.


class Cutoff:
    """The evidence a view as of ``date`` keeps, decided one evidence record at a time: dated
    (its own date, else its document's) on or before the date. Document dates are read once."""

    def __init__(self, store: Store, date: dt.date | str) -> None:
        self.store = store
        self.date = iso_date(date)
        self._document_dates: dict[str, str | None] = {}
        self._graphs: dict[str, bool] = {}

    def keeps(self, evidence_date: str | None, document: str) -> bool:
        """Whether evidence dated ``evidence_date`` (None: undated) from ``document`` is kept."""
        date = evidence_date or self._document_date(document)
        return date is not None and _latest_day(date) <= self.date

    def learn(self, dates: dict[str, str], documents: Iterable[str]) -> None:
        """Take the dates of ``documents`` from ``dates`` (the least of each document's dates,
        read for many at once; a document absent from it has none) instead of a lookup each."""
        for document in documents:
            self._document_dates[document] = dates.get(document)

    def _document_date(self, document: str) -> str | None:
        if document not in self._document_dates:
            dates = self.store.objects(document, SCHEMA + "datePublished")
            self._document_dates[document] = min(dates) if dates else None
        return self._document_dates[document]

    def describes(self, entity_iri: str) -> bool:
        """Whether a graph the snapshot keeps describes ``entity_iri``: a document graph that
        mentions it (its description lives in the facts graph), or an imported graph that gives
        it a label. A graph all of whose documents are dated after the date is left out whole."""
        rows = self.store.query(
            "SELECT DISTINCT ?e ?g WHERE { { GRAPH ?g { ?g schema:mentions ?e } } UNION "
            f"{{ GRAPH ?g {{ ?e rdfs:label ?label }} FILTER(?g != <{FACTS.value}>) }} }}",
            {"e": ox.NamedNode(entity_iri)},
        ).rows
        return any(self._keeps_graph(row["g"].value) for row in rows)

    def _keeps_graph(self, graph: str) -> bool:
        if graph not in self._graphs:
            self._graphs[graph] = self._graph_kept(ox.NamedNode(graph))
        return self._graphs[graph]

    def _graph_kept(self, graph: ox.NamedNode) -> bool:
        documents = self.store.query(
            "SELECT ?g ?d ?date WHERE { GRAPH ?g { ?d a aikg:Document "
            "OPTIONAL { ?d schema:datePublished ?date } } }",
            {"g": graph},
        ).rows
        if not documents:
            return True
        if any(row["date"] is not None and _latest_day(row["date"].value) <= self.date for row in documents):
            return True
        # Evidence dated on or before the date keeps its document. As text, a date is never
        # after the last day it may mean, so the filter only narrows what is checked.
        evidence = self.store.query(
            "SELECT ?g ?cutoff ?date WHERE { GRAPH ?g { ?ev aikg:document ?d ; schema:datePublished ?date } "
            "FILTER(STR(?date) <= ?cutoff) }",
            {"g": graph, "cutoff": ox.Literal(self.date)},
        ).rows
        return any(_latest_day(row["date"].value) <= self.date for row in evidence)


_DIRECT = {Aikg[s.value.capitalize()] for s in Status if s.is_direct}


class DatedIndex:
    """A dependency index as a view as of a date has it: the edges of the store's index that
    a statement the view keeps still supports, checked as a question walks into them (so it
    costs what the question reaches, not what the store holds)."""

    def __init__(self, base: Dependencies, edges: EdgeReader) -> None:
        self.base = base
        self.edges = edges
        self._vias: dict[tuple[str, str], list[Via]] = {}

    def _check(self, pairs: list[tuple[str, str]]) -> None:
        todo = [ab for ab in pairs if ab not in self._vias]
        if not todo:
            return
        alive = self._alive({via for a, b in todo for via in self.base.vias(a, b)})
        for a, b in todo:
            self._vias[(a, b)] = [via for via in self.base.vias(a, b) if via in alive]

    def _alive(self, vias: set[Via]) -> set[Via]:
        """The relations (subject, object, predicate) among ``vias`` that a direct statement
        with a confidence and evidence the view keeps still supports, decided from each
        statement's status and its evidence's dates (never the quotes: what deciding costs,
        not what showing the relation does)."""
        from aikg.graph.records import statements_of

        store, cutoff = self.edges.store, self.edges.dating
        assert isinstance(cutoff, Cutoff)
        alive: set[Via] = set()
        for stmt in sorted(statements_of(store, [(u, key, v) for u, v, key in vias])):
            props: dict[str, list[str]] = {}
            for p, o in store.properties(stmt):
                props.setdefault(p, []).append(_v(o))
            s, o, p = (props.get(RDF + k, [""])[0] for k in ("subject", "object", "predicate"))
            via = (s[len(ENT) :], o[len(ENT) :], p[len(AIKG) :])
            if via in alive or not set(props.get(Aikg.status, ())) & _DIRECT or Aikg.confidence not in props:
                continue
            for ev in props.get(PROV + "wasDerivedFrom", ()):
                documents = store.objects(ev, Aikg.document)
                own = store.objects(ev, SCHEMA + "datePublished")
                if documents and cutoff.keeps(min(own) if own else None, min(documents)):
                    alive.add(via)
                    break
        return alive

    def prefetch(self, names: list[str], *, reverse: bool) -> None:
        """Check the edges into (``reverse``) or out of ``names`` in one batch."""
        if reverse:
            self._check([(a, b) for b in names for a in self.base.predecessors(b)])
        else:
            self._check([(a, b) for a in names for b in self.base.successors(a)])

    def successors(self, name: str) -> list[str]:
        """Who ``name`` depends on directly, as of the date."""
        found = self.base.successors(name)
        self._check([(name, b) for b in found])
        return [b for b in found if self._vias[(name, b)]]

    def predecessors(self, name: str) -> list[str]:
        """Who depends on ``name`` directly, as of the date."""
        found = self.base.predecessors(name)
        self._check([(a, name) for a in found])
        return [a for a in found if self._vias[(a, name)]]

    def vias(self, a: str, b: str) -> list[Via]:
        """The relations through which ``a`` depends on ``b``, as of the date."""
        self._check([(a, b)])
        return self._vias[(a, b)]
