"""Reading relations back out of the store as records in the shape of the JSON contract.

Statements are per document; a relation is every statement with the same (subject, predicate,
object, status), so several documents saying one thing corroborate one relation: its evidence list
grows and its confidence rises (noisy-or of the statements' confidences).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from aikg.graph.rdf import DURATION_PERIODS, entity_iri
from aikg.graph.store import Store
from aikg.ontology.models import Entity, Status
from aikg.ontology.vocab import AIKG, ENT, OWL, RDF, RDFS, SKOS, WD
from aikg.ontology.vocab import vocabulary as _vocabulary

STATUS_ORDER = [s.value for s in Status]


@dataclass(frozen=True)
class EntityRef:
    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    curated: bool = True

    @classmethod
    def from_entity(cls, e: Entity) -> EntityRef:
        return cls(
            id=e.id, label=e.label, type=e.type, aliases=e.aliases, wikidata=e.wikidata, curated=e.curated
        )

    def to_entity(self) -> Entity:
        return Entity(
            id=self.id,
            label=self.label,
            type=self.type,
            aliases=self.aliases,
            wikidata=self.wikidata,
            curated=self.curated,
        )

    def to_json(self) -> dict[str, Any]:
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
    document: str
    title: str | None
    date: str | None
    sentence: str
    start: int
    end: int
    url: str | None = None

    def to_json(self) -> dict[str, Any]:
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
        return sorted({e.document for e in self.evidence})

    @property
    def is_direct(self) -> bool:
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
    for key, iri in (
        ("types", RDF + "type"),
        ("labels", RDFS + "label"),
        ("aliases", SKOS + "altLabel"),
        ("same", OWL + "sameAs"),
        ("curated", AIKG + "curated"),
    ):
        for subject, value in store.values_of(iri, subject_prefix=ENT):
            values.setdefault(subject[len(ENT) :], {}).setdefault(key, set()).add(value)
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
    return {
        row["doc"].value: {
            "file": row["file"].value,
            "title": _v(row["title"]),
            "date": _v(row["date"]),
            "url": _v(row["url"]),
        }
        for row in store.query(DOCUMENTS_QUERY).rows
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
) -> list[Relation]:
    """Relations matching the filters (entity ids and a canonical predicate name), in canonical form."""
    bindings: dict[str, ox.NamedNode | ox.Literal] = {}
    if subject:
        bindings["s"] = entity_iri(subject)
    if obj:
        bindings["o"] = entity_iri(obj)
    if predicate:
        bindings["p"] = ox.NamedNode(AIKG + predicate)
    if status:
        bindings["status"] = ox.NamedNode(AIKG + status.capitalize())
    entities = entities if entities is not None else load_entities(store)
    documents = _documents(store)

    groups: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for row in store.query(STATEMENTS_QUERY, bindings).rows:
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
        if row["pit"] is not None:
            q["point_in_time"] = row["pit"].value
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

    relations = []
    for (s, p, o, st), g in groups.items():
        stmts = list(g["stmts"].values())
        qualifiers: dict[str, Any] = {}
        # The most recent document's figures win; older ones fill what it leaves out.
        for stmt in sorted(stmts, key=lambda x: x["date"] or "", reverse=True):
            for k, v in stmt["q"].items():
                qualifiers.setdefault(k, v)
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
    return sorted(
        relations,
        key=lambda r: (
            r.subject.label.lower(),
            r.predicate,
            r.object.label.lower(),
            STATUS_ORDER.index(r.status),
        ),
    )


def _ref(entities: dict[str, EntityRef], eid: str) -> EntityRef:
    return entities.get(eid) or EntityRef(id=eid, label=eid, type="Organization")
