"""Extractions in, quads out: the RDF shape of DESIGN.md.

What a document says lands in its own named graph (its record, the entities it mentions, a
statement node per claim with status, qualifiers and evidence), so replacing a document replaces
exactly its statements. What the graph derives from it, the direct triple of each asserted,
reported or alleged claim (plus its materialised inverse or mirror and ``dependsOn``) and the
entities' descriptions, lands in the one facts graph, where each triple is stored once whichever
documents support it (see :mod:`aikg.graph.storage.facts`, which keeps it true).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pyoxigraph as ox

from aikg.graph.storage.facts import FACTS, MENTIONS
from aikg.ontology.status import Status
from aikg.ontology.terms import Aikg
from aikg.ontology.vocab import AIKG, DOC, ENT, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, STMT, WD, XSD
from aikg.ontology.vocab import vocabulary as _vocabulary

if TYPE_CHECKING:  # reading the store uses this module too, and must not import pydantic
    from aikg.ontology.models import Claim, Document, Entity, Evidence, Extraction

PERIOD_DURATIONS = {"day": "P1D", "week": "P7D", "month": "P1M", "quarter": "P3M", "year": "P1Y"}
DURATION_PERIODS = {v: k for k, v in PERIOD_DURATIONS.items()}
STATUS_IRIS = {s.value: Aikg[s.value.capitalize()] for s in Status}


Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


A = _n(RDF + "type")
XSD_DATE = _n(XSD + "date")
XSD_DECIMAL = _n(XSD + "decimal")
XSD_INTEGER = _n(XSD + "integer")
XSD_BOOLEAN = _n(XSD + "boolean")
XSD_DURATION = _n(XSD + "duration")
DATE_TYPES = {"day": XSD_DATE, "month": _n(XSD + "gYearMonth"), "year": _n(XSD + "gYear")}


def entity_iri(entity_id: str) -> ox.NamedNode:
    """``ent:<id>``: the IRI of an entity."""
    return _n(ENT + entity_id)


def document_iri(document_id: str) -> ox.NamedNode:
    """``doc:<id>``: the IRI of a document, which also names its graph."""
    return _n(DOC + document_id)


def statement_id(document_id: str, claim: Claim) -> str:
    """Stable per document and (subject, predicate, object, status): re-ingest gives the same IRI."""
    key = "\x1f".join((document_id, claim.subject, claim.predicate, claim.object, claim.status.value))
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def _decimal(value: float) -> ox.Literal:
    text = f"{value:.6f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return ox.Literal(text, datatype=XSD_DECIMAL)


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=XSD_INTEGER)


def entity_triples(entity: Entity) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, Term]]:
    """An entity's type, label, aliases (``skos:altLabel``), Wikidata link and whether it is curated."""
    node = entity_iri(entity.id)
    yield node, A, _n(AIKG + entity.type)
    yield node, _n(RDFS + "label"), ox.Literal(entity.label)
    for alias in entity.aliases:
        yield node, _n(SKOS + "altLabel"), ox.Literal(alias)
    if entity.wikidata:
        yield node, _n(OWL + "sameAs"), _n(WD + entity.wikidata)
    yield (
        node,
        _n(Aikg.curated),
        ox.Literal("true" if entity.curated else "false", datatype=XSD_BOOLEAN),
    )


def document_triples(document: Document) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, Term]]:
    """A document's record: type, file name, source path, and title, date and URL when known."""
    node = document_iri(document.id)
    yield node, A, _n(Aikg.Document)
    yield node, _n(Aikg.fileName), ox.Literal(document.file_name)
    yield node, _n(Aikg.sourcePath), ox.Literal(document.path)
    if document.title:
        yield node, _n(SCHEMA + "name"), ox.Literal(document.title)
    if document.published:
        # A year or a month stays one (xsd:gYear, xsd:gYearMonth): never a day the source did not name.
        precision = document.published_precision
        yield (
            node,
            _n(SCHEMA + "datePublished"),
            ox.Literal(document.published_date.iso, datatype=DATE_TYPES[precision]),  # type: ignore[union-attr]
        )
    if document.url:
        yield node, _n(SCHEMA + "url"), ox.Literal(document.url)


def _evidence_triples(
    statement: ox.NamedNode, ev: Evidence, document: Document | None = None
) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, Term]]:
    """The evidence record; its title, date and URL only where they are not its document's own
    (readers fall back to the document's record, so repeating them cost three quads a claim)."""
    node = _n(f"{statement.value}/evidence/{ev.start}-{ev.end}")
    own = document is not None and ev.document == document.id
    yield statement, _n(PROV + "wasDerivedFrom"), node
    yield node, A, _n(Aikg.Evidence)
    yield node, _n(Aikg.document), document_iri(ev.document)
    yield node, _n(Aikg.quote), ox.Literal(ev.sentence)
    yield node, _n(Aikg.start), _integer(ev.start)
    yield node, _n(Aikg.end), _integer(ev.end)
    if ev.title and not (own and ev.title == document.title):  # type: ignore[union-attr]
        yield node, _n(SCHEMA + "name"), ox.Literal(ev.title)
    if ev.date:
        iso = ev.date.isoformat()[: {"year": 4, "month": 7, "day": 10}[ev.date_precision]]
        if not (own and document.published_date and document.published_date.iso == iso):  # type: ignore[union-attr]
            yield node, _n(SCHEMA + "datePublished"), ox.Literal(iso, datatype=DATE_TYPES[ev.date_precision])
    if ev.url and not (own and ev.url == document.url):  # type: ignore[union-attr]
        yield node, _n(SCHEMA + "url"), ox.Literal(ev.url)


def direct_triples(
    subject: str, predicate: str, obj: str
) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode]]:
    """The direct triple of a stated relation, with its materialised inverse or mirror and
    ``dependsOn`` (ids and a predicate's local name in, IRIs out)."""
    for s, p, o in _vocabulary().materialised(subject, predicate, obj):
        yield entity_iri(s), _n(AIKG + p), entity_iri(o)


def claim_triples(
    document_id: str, claim: Claim, document: Document | None = None
) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, Term]]:
    """A claim's statement node as DESIGN.md shapes it: status, confidence, qualifiers and
    evidence (its direct triples are derived into the facts graph: :func:`claim_facts`)."""
    node = _n(STMT + statement_id(document_id, claim))
    yield node, A, _n(Aikg.Statement)
    yield node, _n(RDF + "subject"), entity_iri(claim.subject)
    yield node, _n(RDF + "predicate"), _n(AIKG + claim.predicate)
    yield node, _n(RDF + "object"), entity_iri(claim.object)
    yield node, _n(Aikg.status), _n(STATUS_IRIS[claim.status.value])
    yield node, _n(Aikg.confidence), _decimal(round(claim.confidence, 4))
    q = claim.qualifiers
    if q.amount is not None:
        yield node, _n(Aikg.amount), _decimal(q.amount)
    if q.currency:
        yield node, _n(Aikg.currency), ox.Literal(q.currency)
    if q.period:
        yield (
            node,
            _n(Aikg.period),
            ox.Literal(PERIOD_DURATIONS[q.period], datatype=XSD_DURATION),
        )
    if q.share is not None:
        yield node, _n(Aikg.share), _decimal(q.share)
    if q.point_in_time:
        yield (
            node,
            _n(Aikg.pointInTime),
            ox.Literal(q.point_in_time.isoformat(), datatype=XSD_DATE),
        )
    if claim.reported_by:
        yield node, _n(Aikg.reportedBy), entity_iri(claim.reported_by)
    for ev in claim.evidence:
        yield from _evidence_triples(node, ev, document)


def claim_facts(claim: Claim) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode]]:
    """What a claim adds to the facts graph: its direct triples, if its status is direct."""
    if claim.status.is_direct:
        yield from direct_triples(claim.subject, claim.predicate, claim.object)


def extraction_quads(extraction: Extraction) -> list[ox.Quad]:
    """Every quad one document contributes: what it says in its own named graph, then what that
    adds to the facts graph (which the store merges with what other documents support)."""
    doc = extraction.document
    graph = document_iri(doc.id)
    said: list[tuple[ox.NamedNode, ox.NamedNode, Term]] = list(document_triples(doc))
    facts: list[tuple[ox.NamedNode, ox.NamedNode, Term]] = []
    for entity in extraction.entities:
        said.append((graph, MENTIONS, entity_iri(entity.id)))
        facts.extend(entity_triples(entity))
    for claim in extraction.claims:
        said.extend(claim_triples(doc.id, claim, doc))
        facts.extend(claim_facts(claim))
    return list(
        dict.fromkeys(
            [*(ox.Quad(s, p, o, graph) for s, p, o in said), *(ox.Quad(s, p, o, FACTS) for s, p, o in facts)]
        )
    )
