"""Reading relations back out of the store as records in the shape of the JSON contract.

Statements are per document; a relation is every statement with the same (subject, predicate,
object, status), so several documents saying one thing corroborate one relation: its evidence list
grows and its confidence rises (noisy-or of the statements' confidences).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import pyoxigraph as ox

from aikg.graph.rdf import DURATION_PERIODS, entity_iri
from aikg.graph.storage.contract import Store
from aikg.ontology.status import Status
from aikg.ontology.terms import Aikg
from aikg.ontology.vocab import AIKG, ENT, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, WD
from aikg.ontology.vocab import vocabulary as _vocabulary

if TYPE_CHECKING:  # a lookup reads records without importing the pydantic models
    from aikg.ontology.models import Entity

STATUS_ORDER = [s.value for s in Status]


@dataclass(frozen=True)
class EntityRef:
    """An entity as read from the store: light, hashable, no pydantic (``curated``: from the registry or a
    fact file, not only found in text)."""

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    curated: bool = True

    @classmethod
    def from_entity(cls, e: Entity) -> EntityRef:
        """The reference to a pydantic :class:`~aikg.ontology.models.Entity`."""
        return cls(
            id=e.id, label=e.label, type=e.type, aliases=e.aliases, wikidata=e.wikidata, curated=e.curated
        )

    def to_entity(self) -> Entity:
        """The pydantic :class:`~aikg.ontology.models.Entity` with the same fields."""
        from aikg.ontology.models import Entity

        return Entity(
            id=self.id,
            label=self.label,
            type=self.type,
            aliases=self.aliases,
            wikidata=self.wikidata,
            curated=self.curated,
        )

    def to_json(self) -> dict[str, Any]:
        """The entity as JSON-ready data, as DESIGN.md's relation JSON shows it."""
        out: dict[str, Any] = {
            "id": self.id,
            "label": self.label,
            "type": self.type,
            "aliases": list(self.aliases),
        }
        if self.wikidata:
            out["wikidata"] = self.wikidata
        return out


@dataclass(frozen=True)
class EvidenceRecord:
    """Where a relation was read, as the store records it: the document's base name, title and date, the
    sentence and its offsets."""

    document: str
    title: str | None
    date: str | None
    sentence: str
    start: int
    end: int
    url: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The evidence as JSON-ready data (``evidence[]`` of DESIGN.md's relation JSON)."""
        return {
            "document": self.document,
            "title": self.title,
            "date": self.date,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
        }


@dataclass
class Relation:
    """One (subject, predicate, object, status) with all its evidence, across documents."""

    subject: EntityRef
    predicate: str
    object: EntityRef
    status: str
    confidence: float
    qualifiers: dict[str, Any] = field(default_factory=dict)
    evidence: list[EvidenceRecord] = field(default_factory=list)
    reported_by: list[str] = field(default_factory=list)

    @property
    def documents(self) -> list[str]:
        """The base names of the documents that give evidence for it, sorted."""
        return sorted({e.document for e in self.evidence})

    @property
    def is_direct(self) -> bool:
        """Whether its status gets a direct triple (asserted, reported, alleged)."""
        return Status(self.status).is_direct

    def flipped(self) -> Relation:
        """The same relation read from the object's side (inverse or mirror predicate)."""
        p = _vocabulary().predicates[self.predicate]
        name = p.name if p.symmetric else p.inverse
        if name is None:
            return self
        return Relation(
            self.object,
            name,
            self.subject,
            self.status,
            self.confidence,
            self.qualifiers,
            self.evidence,
            self.reported_by,
        )

    def to_json(self) -> dict[str, Any]:
        """The relation as JSON-ready data: the shape DESIGN.md gives for ``aikg relations --json``."""
        return {
            "subject": self.subject.to_json(),
            "predicate": self.predicate,
            "object": self.object.to_json(),
            "status": self.status,
            "confidence": self.confidence,
            "qualifiers": self.qualifiers,
            "evidence": [e.to_json() for e in self.evidence],
        }


def _v(term: Any) -> str | None:
    return None if term is None else term.value


def _local(iri: str | None, prefix: str) -> str | None:
    return iri[len(prefix) :] if iri and iri.startswith(prefix) else iri


def load_entities(store: Store) -> dict[str, EntityRef]:
    """Every entity in the store; where documents disagree on a type, a curated one wins.

    Read property by property rather than with one SPARQL join: every document repeats the
    descriptions of the entities it mentions, and oxigraph's union graph keeps the repeats, so a
    join over type, label, alias and sameAs grows with the number of documents to the fourth.
    """
    values: dict[str, dict[str, set[str]]] = {}
    _scan_into(values, store, ENTITY_PROPERTIES)
    return _entity_refs(values)


def _scan_into(
    values: dict[str, dict[str, set[str]]],
    store: Store,
    properties: Iterable[tuple[str, str]],
    ids: set[str] | None = None,
) -> None:
    """Each entity's values of ``properties`` ((key, IRI) pairs), one scan of each, into
    ``values`` (only the entities ``ids``, if given)."""
    for key, iri in properties:
        for subject, value in store.values_of(iri, subject_prefix=ENT):
            eid = subject[len(ENT) :]
            if ids is None or eid in ids:
                values.setdefault(eid, {}).setdefault(key, set()).add(value)


ENTITY_PROPERTIES = (
    ("types", RDF + "type"),
    ("labels", RDFS + "label"),
    ("aliases", SKOS + "altLabel"),
    ("same", OWL + "sameAs"),
    ("curated", Aikg.curated),
)


def load_entity_refs(store: Store, ids: Iterable[str]) -> dict[str, EntityRef]:
    """The entities ``ids`` (those the store describes), as :func:`load_entities` reads them, with
    a few index lookups each: what a lookup on a big store needs instead of every entity."""
    values: dict[str, dict[str, set[str]]] = {}
    nodes = {}
    for eid in dict.fromkeys(ids):
        try:
            nodes[eid] = entity_iri(eid)
        except ValueError:  # not an IRI-safe id (a name with spaces tried as an id): no such entity
            continue
    if len(nodes) > ENTITIES_BY_SCAN:
        return _entity_refs(_scanned_entity_values(store, set(nodes)))
    if len(nodes) > ENTITIES_ONE_BY_ONE:
        return _entity_refs(_entity_values(store, list(nodes.values())))
    for eid, node in nodes.items():
        for key, iri in ENTITY_PROPERTIES:
            found = store.objects(node.value, iri)
            if found:
                values.setdefault(eid, {})[key] = found
    return _entity_refs(values)


ENTITIES_ONE_BY_ONE = 100  # above: one join per few hundred entities, not five lookups each
ENTITIES_BY_SCAN = 5000  # above: one scan of each property (11,000 entities: 0.3 s, not 0.5 s)
LABELS = "SELECT ?e ?label WHERE { ?e rdfs:label ?label }"
# Typed as one of the ontology's entity classes: read class by class through the index on
# (predicate, object), where ``?e a ?type`` alone scans every statement and evidence node too.
TYPED_AS = "SELECT ?e ?type WHERE { VALUES ?type { %s } ?e a ?type }"


def _scanned_entity_values(store: Store, ids: set[str]) -> dict[str, dict[str, set[str]]]:
    """ENTITY_PROPERTIES of the entities ``ids``, as load_entity_refs reads them, from a scan of
    each property. Types are read for the ontology's entity classes (an entity typed with none
    of them is looked up alone): the join of labels and types it replaced took 0.24 s of the
    0.3 s that 20,000 entities took."""
    from aikg.graph.sparql import select_tuples

    values: dict[str, dict[str, set[str]]] = {}

    def add(entity: Any, key: str, value: Any) -> None:
        named = isinstance(entity, ox.NamedNode) and entity.value.startswith(ENT)
        if named and not isinstance(value, ox.Triple):
            eid = entity.value[len(ENT) :]
            if eid in ids:
                values.setdefault(eid, {}).setdefault(key, set()).add(value.value)

    for entity, label in select_tuples(store, LABELS):
        add(entity, "labels", label)
    classes = " ".join(str(ox.NamedNode(AIKG + t)) for t in _vocabulary().entity_types)
    for entity, kind in select_tuples(store, TYPED_AS % classes):
        add(entity, "types", kind)
    for eid, rec in values.items():
        if "types" not in rec:
            rec["types"] = store.objects(ENT + eid, RDF + "type")
    _scan_into(values, store, [(k, iri) for k, iri in ENTITY_PROPERTIES if k not in ("labels", "types")], ids)
    return values


# (entity, property) pairs: with two separate VALUES, oxigraph joins in an order 100x slower.
ENTITY_VALUES = "SELECT ?e ?p ?v WHERE { VALUES (?e ?p) { %s } ?e ?p ?v }"
ENTITIES_PER_QUERY = 200


def _entity_values(store: Store, nodes: list[ox.NamedNode]) -> dict[str, dict[str, set[str]]]:
    """ENTITY_PROPERTIES of the entities ``nodes`` (IRIs made by entity_iri, so nothing but
    checked IRIs goes into the query), as load_entities reads them."""
    keys = {iri: key for key, iri in ENTITY_PROPERTIES}
    predicates = [str(ox.NamedNode(iri)) for iri in keys]
    values: dict[str, dict[str, set[str]]] = {}
    for i in range(0, len(nodes), ENTITIES_PER_QUERY):
        pairs = " ".join(f"({n} {p})" for n in nodes[i : i + ENTITIES_PER_QUERY] for p in predicates)
        for row in store.query(ENTITY_VALUES % pairs).rows:
            if isinstance(row["v"], ox.Triple):
                continue
            eid = row["e"].value[len(ENT) :]
            values.setdefault(eid, {}).setdefault(keys[row["p"].value], set()).add(row["v"].value)
    return values


LABELS_QUERY = "SELECT ?e ?label WHERE { ?e rdfs:label ?label . FILTER EXISTS { ?e a ?type } }"
# Above this many entities, one scan of every label beats two index lookups per entity.
BULK_LABELS = 2000


def entity_labels(store: Store, ids: Iterable[str]) -> dict[str, str]:
    """The label of each of the entities ``ids`` that the store describes, as
    :func:`load_entity_refs` gives it (the first of its labels), read with index lookups, or
    in one scan for many entities (an answer naming 20,000)."""
    wanted = set(ids)
    if len(wanted) <= BULK_LABELS:
        return {i: ref.label for i, ref in load_entity_refs(store, sorted(wanted)).items()}
    out: dict[str, str] = {}
    for row in store.query(LABELS_QUERY).rows:
        eid = _local(row["e"].value, ENT)
        if eid in wanted and row["e"].value.startswith(ENT):
            label = row["label"].value
            out[eid] = min(out.get(eid, label), label)
    return out


def curated_ids(store: Store) -> set[str]:
    """Ids of the entities a fact file (or the registry) vouches for."""
    return {s[len(ENT) :] for s, v in store.values_of(Aikg.curated, subject_prefix=ENT) if v == "true"}


def find_entity(store: Store, name: str) -> EntityRef | None:
    """The store's entity called exactly ``name`` (a label, an id, or an alias, in that order;
    or an id spelt as its slug, when one of its names matches case-insensitively), or None.

    Index lookups only, so a name resolves on a big store without reading every entity; None
    sends the caller to the full name index (case-insensitive matches, suggestions).
    """
    from aikg.ontology.names import normalise, slugify

    def one(ids: set[str]) -> EntityRef | None:
        refs = load_entity_refs(store, sorted(ids))
        return refs[min(refs)] if len(refs) == 1 else None

    for predicate in (RDFS + "label", SKOS + "altLabel"):
        ids = {s[len(ENT) :] for s in store.subjects(predicate, name) if s.startswith(ENT)}
        if ids:
            return one(ids)
        if predicate == RDFS + "label":
            for eid in dict.fromkeys((name, slugify(name))):
                ref = load_entity_refs(store, [eid]).get(eid)
                wanted = normalise(name)
                if ref is not None and wanted in {normalise(n) for n in (ref.id, ref.label, *ref.aliases)}:
                    return ref
    return None


def _entity_refs(values: dict[str, dict[str, set[str]]]) -> dict[str, EntityRef]:
    out = {}
    for eid, rec in values.items():
        if not rec.get("labels") or not rec.get("types"):
            continue
        types = sorted(_local(t, AIKG) or t for t in rec["types"])
        specific = [t for t in types if t != "Organization"] or types
        label = sorted(rec["labels"])[0]
        qids = sorted(q[len(WD) :] for q in rec.get("same", ()) if q.startswith(WD))
        out[eid] = EntityRef(
            id=eid,
            label=label,
            type=specific[0],
            aliases=tuple(sorted(rec.get("aliases", set()) | (rec["labels"] - {label}))),
            wikidata=qids[0] if qids else None,
            curated="true" in rec.get("curated", ()),
        )
    return out


DOCUMENTS_QUERY = """
SELECT ?doc ?file ?title ?date ?url WHERE {
  ?doc a aikg:Document ; aikg:fileName ?file .
  OPTIONAL { ?doc schema:name ?title }
  OPTIONAL { ?doc schema:datePublished ?date }
  OPTIONAL { ?doc schema:url ?url }
}"""

STATEMENTS_QUERY = """
SELECT ?stmt ?s ?p ?o ?status ?conf ?amount ?currency ?period ?share ?pit ?rep
       ?doc ?quote ?start ?end ?evTitle ?evDate ?evUrl WHERE {
  ?stmt a aikg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
        aikg:status ?status ; aikg:confidence ?conf .
  OPTIONAL { ?stmt aikg:amount ?amount }
  OPTIONAL { ?stmt aikg:currency ?currency }
  OPTIONAL { ?stmt aikg:period ?period }
  OPTIONAL { ?stmt aikg:share ?share }
  OPTIONAL { ?stmt aikg:pointInTime ?pit }
  OPTIONAL { ?stmt aikg:reportedBy ?rep }
  OPTIONAL {
    ?stmt prov:wasDerivedFrom ?ev .
    ?ev aikg:document ?doc ; aikg:quote ?quote ; aikg:start ?start ; aikg:end ?end .
    OPTIONAL { ?ev schema:name ?evTitle }
    OPTIONAL { ?ev schema:datePublished ?evDate }
    OPTIONAL { ?ev schema:url ?evUrl }
  }
}"""


def _documents(store: Store) -> dict[str, dict[str, str | None]]:
    return {row["doc"].value: _document_record(row) for row in store.query(DOCUMENTS_QUERY).rows}


def _document_record(row: dict[str, Any]) -> dict[str, str | None]:
    """A DOCUMENTS_QUERY row as the record evidence takes its file name, title, date and URL from."""
    return {
        "file": row["file"].value,
        "title": _v(row["title"]),
        "date": _v(row["date"]),
        "url": _v(row["url"]),
    }


STATEMENT_KEYS = {
    RDF + "subject": "s",
    RDF + "predicate": "p",
    RDF + "object": "o",
    Aikg.status: "status",
    Aikg.confidence: "conf",
    Aikg.amount: "amount",
    Aikg.currency: "currency",
    Aikg.period: "period",
    Aikg.share: "share",
    Aikg.pointInTime: "pit",
    Aikg.reportedBy: "rep",
}
EVIDENCE_KEYS = {
    Aikg.document: "doc",
    Aikg.quote: "quote",
    Aikg.start: "start",
    Aikg.end: "end",
    SCHEMA + "name": "evTitle",
    SCHEMA + "datePublished": "evDate",
    SCHEMA + "url": "evUrl",
}


def _statement_rows(
    store: Store, bindings: dict[str, ox.NamedNode | ox.Literal], dating: Dating | None = None
) -> list[dict[str, Any]]:
    """The rows of STATEMENTS_QUERY for statements about a bound subject or object, read with
    index lookups. Why: oxigraph evaluates the query's OPTIONAL blocks over every statement
    before joining, whatever is bound (seconds on a million statements)."""
    slot = "s" if "s" in bindings else "o"
    stmts = store.subjects_of(RDF + ("subject" if slot == "s" else "object"), bindings[slot])
    return statement_rows(store, stmts, bindings, dating=dating)


def statement_rows(
    store: Store,
    stmts: Iterable[str],
    bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
    *,
    dating: Dating | None = None,
) -> list[dict[str, Any]]:
    """The rows of STATEMENTS_QUERY for the statements ``stmts`` (IRIs), read with index
    lookups: a statement without subject, predicate, object, status or confidence, or not
    matching ``bindings``, gives none. With ``dating`` (a view as of a date), only evidence it
    keeps is read, and a statement with none is left out (see aikg.graph.as_of)."""
    rows: list[dict[str, Any]] = []
    for stmt in sorted(stmts):
        props, evidence = statement_terms(store.properties(stmt))
        rows.extend(
            rows_of_statement(
                stmt, props, evidence, lambda ev: evidence_terms(store.properties(ev)), bindings, dating
            )
        )
    return rows


def statement_terms(properties: Iterable[tuple[str, Any]]) -> tuple[dict[str, Any], list[str]]:
    """A statement's terms by STATEMENTS_QUERY variable (None where it has none; of two, the
    last, but the earliest point in time) and the IRIs of its evidence, from its
    ``properties`` (as Store.properties gives them)."""
    props: dict[str, Any] = dict.fromkeys(STATEMENT_KEYS.values())
    evidence: list[str] = []
    for p, o in properties:
        if p in STATEMENT_KEYS:
            key = STATEMENT_KEYS[p]
            if key == "pit" and props["pit"] is not None:  # two dates: the earliest, as the query
                o = min(props["pit"], o, key=lambda t: t.value)
            props[key] = o
        elif p == PROV + "wasDerivedFrom":
            evidence.append(o.value)
    return props, evidence


def evidence_terms(properties: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    """An evidence node's terms by STATEMENTS_QUERY variable (None where it has none; of two,
    the last), from its ``properties`` (as Store.properties gives them)."""
    e: dict[str, Any] = dict.fromkeys(EVIDENCE_KEYS.values())
    for p, o in properties:
        if p in EVIDENCE_KEYS:
            e[EVIDENCE_KEYS[p]] = o
    return e


def rows_of_statement(
    stmt: str,
    props: dict[str, Any],
    evidence: Iterable[str],
    record: Callable[[str], dict[str, Any]],
    bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
    dating: Dating | None = None,
) -> list[dict[str, Any]]:
    """The rows of STATEMENTS_QUERY for one statement, from its terms and its evidence's
    (``record`` gives an evidence node's, read only if the statement gives rows at all): one
    per complete evidence record (``dating`` keeps), else one without evidence."""
    bindings = bindings or {}
    if props["s"] is None or props["p"] is None or props["o"] is None or props["status"] is None:
        return []
    if props["conf"] is None:
        return []
    if any(k in bindings and props[k] != bindings[k] for k in ("s", "p", "o", "status")):
        return []
    rows: list[dict[str, Any]] = []
    base = {"stmt": ox.NamedNode(stmt), **props}
    found = kept = False
    for ev in sorted(evidence):
        e = record(ev)
        if dating is not None:
            if e["doc"] is None or not dating.keeps(_v(e["evDate"]), e["doc"].value):
                continue
            kept = True
        if all(e[k] is not None for k in ("doc", "quote", "start", "end")):
            rows.append({**base, **e})
            found = True
    if dating is not None and not kept:
        return []
    if not found:
        rows.append({**base, **dict.fromkeys(EVIDENCE_KEYS.values())})
    return rows


class Dating(Protocol):
    """Which evidence a view as of a date keeps (aikg.graph.as_of.Cutoff is the one)."""

    def keeps(self, evidence_date: str | None, document: str) -> bool:
        """Whether evidence dated ``evidence_date`` (None: undated) from ``document`` is kept."""
        ...


class _DocumentRecords:
    """Document records read one at a time, on first use (``_documents`` reads them all;
    ``known``: records read in bulk, as statement_batches.read_documents does)."""

    def __init__(self, store: Store, known: Mapping[str, dict[str, str | None]] | None = None) -> None:
        self._store = store
        self._seen: dict[str, dict[str, str | None]] = dict(known or {})

    def get(self, doc: str, default: dict[str, str | None]) -> dict[str, str | None]:
        if doc not in self._seen:
            # One index lookup, not DOCUMENTS_QUERY bound to it (a SPARQL query per document
            # was most of the time of reading the relations of a few thousand documents).
            self._seen[doc] = document_record(self._store.properties(doc))
        return self._seen[doc] or default


def document_record(properties: Iterable[tuple[str, Any]]) -> dict[str, str | None]:
    """A document's file name, title, date and URL (the least of each) from its ``properties``
    (as Store.properties gives them); {} if they name no document with a file name."""
    props: dict[str, list[str]] = {}
    for p, o in properties:
        props.setdefault(p, []).append(getattr(o, "value", ""))
    if not (Aikg.Document in props.get(RDF + "type", ()) and props.get(Aikg.fileName)):
        return {}

    def first(p: str) -> str | None:
        return min(props[p]) if props.get(p) else None

    return {
        "file": first(Aikg.fileName),
        "title": first(SCHEMA + "name"),
        "date": first(SCHEMA + "datePublished"),
        "url": first(SCHEMA + "url"),
    }


def _number(text: str) -> float | int:
    value = float(text)
    return int(value) if value.is_integer() and abs(value) >= 1 else value


def load_relations(
    store: Store,
    *,
    subject: str | None = None,
    predicate: str | None = None,
    obj: str | None = None,
    status: str | None = None,
    entities: dict[str, EntityRef] | None = None,
    dating: Dating | None = None,
) -> list[Relation]:
    """Relations matching the filters (entity ids and a canonical predicate name), in canonical
    form; ``dating`` (with a subject or object) reads them as a view as of a date has them."""
    bindings: dict[str, ox.NamedNode | ox.Literal] = {}
    if subject:
        bindings["s"] = entity_iri(subject)
    if obj:
        bindings["o"] = entity_iri(obj)
    if predicate:
        bindings["p"] = ox.NamedNode(AIKG + predicate)
    if status:
        bindings["status"] = ox.NamedNode(AIKG + status.capitalize())
    # With an entity bound, read only the documents and entities the answer names: a lookup on
    # a big store must not read every document record and entity first.
    targeted = bool(subject or obj)
    if dating is not None and not targeted:
        raise ValueError("load_relations reads as of a date only with a subject or an object")
    documents: Any = _DocumentRecords(store) if targeted else _documents(store)

    rows = (
        _statement_rows(store, bindings, dating) if targeted else store.query(STATEMENTS_QUERY, bindings).rows
    )
    return _relations(store, rows, bindings, documents, entities, targeted=targeted)


STATEMENTS_OF_TRIPLES = """
SELECT ?stmt ?i WHERE {
  VALUES (?s ?p ?o ?i) { %s }
  ?stmt rdf:subject ?s ; rdf:object ?o ; rdf:predicate ?p .
}"""
# Keys per query: VALUES rows are IRIs made by entity_iri (checked IRIs, so no query syntax
# can get in), joined by index lookups in this order (rdf:predicate first scans every
# statement of the predicate: 2,000 times slower).
TRIPLES_PER_QUERY = 500


def statements_of(store: Store, triples: Iterable[tuple[str, str, str]]) -> set[str]:
    """The IRIs of the statements of each (subject id, predicate name, object id), any status."""
    return set(statement_triples(store, triples))


def statement_triples(
    store: Store, triples: Iterable[tuple[str, str, str]]
) -> dict[str, tuple[str, str, str]]:
    """The IRI of each statement of each (subject id, predicate name, object id), any status,
    with its triple."""
    from aikg.graph.sparql import select_tuples

    wanted = list(dict.fromkeys(triples))
    keys = numbered_triples(wanted)
    out: dict[str, tuple[str, str, str]] = {}
    for i in range(0, len(keys), TRIPLES_PER_QUERY):
        query = STATEMENTS_OF_TRIPLES % " ".join(keys[i : i + TRIPLES_PER_QUERY])
        out.update((stmt.value, wanted[int(i.value)]) for stmt, i in select_tuples(store, query))
    return out


def numbered_triples(triples: Sequence[tuple[str, str, str]]) -> list[str]:
    """Rows ``(?s ?p ?o ?i)`` of a VALUES block, one for each (subject id, predicate name,
    object id), numbered in order: IRIs made by entity_iri and ox.NamedNode (checked, so no
    query syntax can get in)."""
    return [
        f"({entity_iri(s)} {ox.NamedNode(AIKG + p)} {entity_iri(o)} {i})"
        for i, (s, p, o) in enumerate(triples)
    ]


def relations_of(
    store: Store,
    triples: Iterable[tuple[str, str, str]],
    *,
    dating: Dating | None = None,
    entities: dict[str, EntityRef] | None = None,
    statements: Iterable[str] | None = None,
) -> list[Relation]:
    """The relations (every status) of the (subject id, predicate name, object id) ``triples``,
    as :func:`load_relations` reads them, through the store's indexes: what a question about a
    few relations costs, whatever the size of the store. ``dating`` gives the relations as a
    view as of a date has them; ``entities`` names the ends (default: read for them; ``{}``:
    ids only, for a caller that needs no names); ``statements``: the statements of ``triples``
    (all of them, any status), when the caller has read them with :func:`statements_of`."""
    stmts = statements_of(store, triples) if statements is None else statements
    rows = statement_rows(store, stmts, dating=dating)
    return _relations(store, rows, {}, _DocumentRecords(store), entities, targeted=True)


def relations_from_rows(
    store: Store,
    rows: Iterable[dict[str, Any]],
    *,
    documents: Mapping[str, dict[str, str | None]] | None = None,
    entities: dict[str, EntityRef] | None = None,
) -> list[Relation]:
    """The relations of rows of STATEMENTS_QUERY (as :func:`statement_rows` gives them), as
    :func:`relations_of` makes them; ``documents``: the records of the documents they cite,
    read in bulk (any other is read on first use); ``entities`` as for relations_of."""
    return _relations(store, rows, {}, _DocumentRecords(store, documents), entities, targeted=True)


def _relations(
    store: Store,
    rows: Iterable[dict[str, Any]],
    bindings: Mapping[str, ox.NamedNode | ox.Literal],
    documents: Any,
    entities: dict[str, EntityRef] | None,
    *,
    targeted: bool,
) -> list[Relation]:
    """Rows of STATEMENTS_QUERY grouped into relations (see the module docstring)."""
    groups: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for found in rows:
        row = {**found, **bindings}
        s = _local(row["s"].value, ENT) or ""
        o = _local(row["o"].value, ENT) or ""
        p = _local(row["p"].value, AIKG) or ""
        st = (_local(row["status"].value, AIKG) or "").lower()
        g = groups.setdefault((s, p, o, st), {"stmts": {}, "evidence": {}, "reported": set()})
        stmt = g["stmts"].setdefault(
            row["stmt"].value, {"conf": float(row["conf"].value), "q": {}, "date": None}
        )
        q = stmt["q"]
        for key, var in (("amount", "amount"), ("share", "share")):
            if row[var] is not None:
                q[key] = _number(row[var].value)
        if row["currency"] is not None:
            q["currency"] = row["currency"].value
        if row["period"] is not None:
            q["period"] = DURATION_PERIODS.get(row["period"].value, row["period"].value)
        if row["pit"] is not None:  # two values (rows come in store order): the earliest, always
            q["point_in_time"] = min(filter(None, (q.get("point_in_time"), row["pit"].value)))
        if row["rep"] is not None:
            g["reported"].add(_local(row["rep"].value, ENT))
        if row["doc"] is not None:
            doc = documents.get(row["doc"].value, {})
            date = _v(row["evDate"]) or doc.get("date")
            stmt["date"] = max(filter(None, (stmt["date"], date)), default=None)
            ev = EvidenceRecord(
                document=doc.get("file") or row["doc"].value,
                title=_v(row["evTitle"]) or doc.get("title"),
                date=date,
                sentence=row["quote"].value,
                start=int(row["start"].value),
                end=int(row["end"].value),
                url=_v(row["evUrl"]) or doc.get("url"),
            )
            g["evidence"][(ev.document, ev.start, ev.end)] = ev

    if entities is None:
        ids = {k[0] for k in groups} | {k[2] for k in groups}
        entities = load_entity_refs(store, sorted(ids)) if targeted else load_entities(store)
    relations = []
    for (s, p, o, st), g in groups.items():
        stmts = list(g["stmts"].values())
        qualifiers = merged_qualifiers(stmts)
        confidence = 1 - math.prod(1 - x["conf"] for x in stmts)
        relations.append(
            Relation(
                subject=_ref(entities, s),
                predicate=p,
                object=_ref(entities, o),
                status=st,
                # Corroboration raises confidence but never to certainty.
                confidence=round(confidence if len(stmts) == 1 else min(confidence, 0.99), 4),
                qualifiers={k: qualifiers[k] for k in sorted(qualifiers)},
                evidence=sorted(g["evidence"].values(), key=lambda e: (e.date or "", e.document, e.start)),
                reported_by=sorted(x for x in g["reported"] if x),
            )
        )
    return sorted(relations, key=relation_order)


_MONEY = ("amount", "currency", "period")


def merged_qualifiers(stmts: list[dict[str, Any]]) -> dict[str, Any]:
    """One relation's figures from its statements (each ``{"q": qualifiers, "date": ...}``).

    The most recent statement that gives an amount gives the amount, its currency and period,
    and the point in time, if any, that it states with them: a figure is never dated by another
    document (an older article's "as of 2023-10-01" beside a 2025 amount). A share comes from
    the most recent statement giving one; a point in time alone, when no figure is given, from
    the most recent statement giving one.
    """
    recent = sorted(stmts, key=lambda x: x["date"] or "", reverse=True)
    out: dict[str, Any] = {}
    money = next((x["q"] for x in recent if "amount" in x["q"] or "period" in x["q"]), None)
    share = next((x["q"] for x in recent if "share" in x["q"]), None)
    if money is not None:
        out.update({k: money[k] for k in _MONEY if k in money})
    if share is not None:
        out["share"] = share["share"]
    dated = money or share or next((x["q"] for x in recent if "point_in_time" in x["q"]), None)
    if dated is not None and "point_in_time" in dated:
        out["point_in_time"] = dated["point_in_time"]
    return out


def relation_order(r: Relation) -> tuple[str, str, str, int]:
    """The order relations are listed in: subject, predicate, object, then status."""
    return (r.subject.label.lower(), r.predicate, r.object.label.lower(), STATUS_ORDER.index(r.status))


def _ref(entities: dict[str, EntityRef], eid: str) -> EntityRef:
    return entities.get(eid) or EntityRef(id=eid, label=eid, type="Organization")
