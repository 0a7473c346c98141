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
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from aikg.graph.records import (
    EVIDENCE_KEYS,
    STATUS_ORDER,
    EntityRef,
    Relation,
    load_entity_refs,
    numbered_triples,
    relations_from_rows,
    statement_triples,
)
from aikg.graph.sparql import select_tuples
from aikg.graph.statement_batches import (
    NODES_PER_QUERY,
    SCAN_ABOVE,
    StatementBatch,
    read_dates,
    read_documents,
    read_evidence,
    read_statements,
)
from aikg.graph.storage.contract import Store
from aikg.ontology.terms import Aikg
from aikg.ontology.vocab import AIKG, ENT, PROV, RDF, SCHEMA

if TYPE_CHECKING:
    from aikg.graph.as_of import Cutoff

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
    return sorted(changes, key=change_order)


def change_order(c: Change) -> tuple[int, str, str, str]:
    """The order changes are listed in: kind, then subject, predicate and object."""
    return (KINDS.index(c.kind), c.subject.label.lower(), c.predicate, c.object.label.lower())


# ---------------------------------------------------------------------- one store, two dates

LATE_STATEMENTS = """
SELECT DISTINCT ?other ?s ?p ?o WHERE {
  ?ev schema:datePublished ?date
  FILTER(STR(?date) > %(cutoff)s || (STRSTARTS(%(cutoff)s, STR(?date)) && STR(?date) != %(cutoff)s))
  ?stmt prov:wasDerivedFrom ?ev ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  ?other rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o
}"""
# Every statement of each relation with evidence dated after the cut-off, in one query (a query
# for the relations and another for their statements took a third longer). A date is never
# after the last day it may mean, and is a prefix of it: the filter keeps every date whose last
# day may fall after the cut-off (2024 for 2024-06-01), a few more than need be (2024-06 for
# 2024-06-30), which only read a relation that reads the same at both dates.
# The cut-off is written into the query as a literal (an ISO date, escaped by ox.Literal): bound
# as a variable, oxigraph joined before filtering, and the query took four times as long.
CITED_DOCUMENTS = "SELECT DISTINCT ?doc WHERE { ?ev aikg:document ?doc }"
# Evidence dated by its document only, in the documents ``%s`` names (a VALUES block).
UNDATED_EVIDENCE = """
SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?doc { %s }
  ?ev aikg:document ?doc MINUS { ?ev schema:datePublished ?date }
  ?stmt prov:wasDerivedFrom ?ev ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o
}"""
# Statements with no evidence, or none with a document (the few of the second branch are checked
# one by one): two MINUS of one pattern each took half the time of one of a join.
WITHOUT_EVIDENCE = """
SELECT ?stmt ?ev WHERE {
  { ?stmt a aikg:Statement MINUS { ?stmt prov:wasDerivedFrom ?any } }
  UNION { ?stmt prov:wasDerivedFrom ?ev MINUS { ?ev aikg:document ?doc } }
}"""


def store_diff(store: Store, before: Cutoff | None, after: Cutoff | None) -> list[Change]:
    """:func:`diff` between two views of one store (``None``: the store as it is, undated
    evidence included; else a view as of a date), reading only the relations that can differ.

    A relation all of whose statements have evidence, all of it dated on or before the earlier
    date, reads the same in both views. So only the relations with a statement that has
    evidence dated after the earlier date (or undated, or none) are read; where they are many,
    less those restated as they were (:func:`_candidates`). Above TWO_PASSES_ABOVE statements
    they are read in two passes: their states at both dates from light data (statements, and
    their evidence's documents and dates: no quotes), then whole for the relations whose state
    differs only. Entities are read for those only: what changed, not
    what the store holds.
    """
    dates = [c for c in (before, after) if c is not None]
    if not dates:
        return []
    earliest = min(dates, key=lambda c: c.date)
    candidates = _candidates(store, earliest, undated=before is None or after is None)
    two_passes = len(candidates) > TWO_PASSES_ABOVE
    light = LIGHT_EVIDENCE if two_passes else tuple(EVIDENCE_KEYS)
    batch = read_statements(store, candidates, evidence=light)
    if two_passes:
        # A state needs no quote: a placeholder, and a span of its own for each evidence node
        # (so that none is taken for another's repeat), stand in for them.
        for n, e in enumerate(batch.evidence.values()):
            e.update(quote=_NO_QUOTE, start=ox.Literal(n), end=ox.Literal(n))
    records, document_dates = read_documents(store, batch.documents())
    for cutoff in dates:
        cutoff.learn(document_dates, records)
    changes = _changes(store, batch, records, before, after)
    if two_passes:
        changed = {(c.subject.id, c.predicate, c.object.id) for c in changes}
        kept = {s: terms for s, terms in batch.statements.items() if _triple(terms[0]) in changed}
        changes = _changes(store, read_evidence(store, StatementBatch(kept)), records, before, after)
    return _named(store, changes)


# Above this many statements, a query for the relations restated as they were, and two passes:
# on 6,700 statements nearly all of which changed (the 20,000-entity fact file), a second pass
# cost 0.4 s more than one; on 45,000 (10,000 articles), none changed and the light pass, read
# by scans, cut 12 s to 9 (dropping the restated relations first: to 3).
TWO_PASSES_ABOVE = SCAN_ABOVE
_NO_QUOTE = ox.Literal("")
LIGHT_EVIDENCE = (Aikg.document, SCHEMA + "datePublished")


def _changes(
    store: Store, batch: StatementBatch, records: dict[str, Any], before: Cutoff | None, after: Cutoff | None
) -> list[Change]:
    """:func:`diff` of the relations of ``batch`` as the views ``before`` and ``after`` have
    them, with entity ids for names."""
    old, new = (
        relations_from_rows(store, batch.rows(dating), documents=records, entities={})
        for dating in (before, after)
    )
    return diff(old, new)


def _named(store: Store, changes: list[Change]) -> list[Change]:
    """``changes`` (read with ids for names) with their entities read, in :func:`diff`'s order."""
    ids = sorted({c.subject.id for c in changes} | {c.object.id for c in changes})
    entities = load_entity_refs(store, ids)

    def ref(eid: str) -> EntityRef:
        return entities.get(eid) or EntityRef(id=eid, label=eid, type="Organization")

    def state(s: State | None) -> State | None:
        if s is None:
            return None
        r = replace(s.relation, subject=ref(s.relation.subject.id), object=ref(s.relation.object.id))
        return State(s.status, s.figures, r)

    named = [
        Change(c.kind, ref(c.subject.id), c.predicate, ref(c.object.id), state(c.before), state(c.after))
        for c in changes
    ]
    return sorted(named, key=change_order)


def _candidates(store: Store, cutoff: Cutoff, *, undated: bool) -> dict[str, tuple[str, str, str]]:
    """The statements (with their triples) of each relation with evidence a view as of
    ``cutoff`` does not keep, or with none (if ``undated``: one view is the store as it is),
    less those of relations restated as they were (:func:`_unless_unchanged`, where there are
    many): a superset of the statements of the relations two views, one of them as of
    ``cutoff``, can disagree on."""
    late_statements = LATE_STATEMENTS % {"cutoff": ox.Literal(cutoff.date)}
    found = {stmt.value: _triple_of(*spo) for stmt, *spo in select_tuples(store, late_statements)}
    triples: set[tuple[str, str, str]] = set()
    documents = [row["doc"].value for row in store.query(CITED_DOCUMENTS).rows]
    cutoff.learn(read_dates(store, documents), documents)
    late = [d for d in documents if not cutoff.keeps(None, d)]
    for i in range(0, len(late), NODES_PER_QUERY):
        nodes = " ".join(str(ox.NamedNode(d)) for d in late[i : i + NODES_PER_QUERY])
        triples.update(_triple_of(*spo) for spo in select_tuples(store, UNDATED_EVIDENCE % nodes))
    if undated:  # a statement with no evidence is in no view as of a date
        triples.update(_triples(store, _without_evidence(store)))
    triples = {t for t in triples if all(t)} - set(found.values())
    if len(found) > TWO_PASSES_ABOVE:
        found = _unless_unchanged(store, set(found.values()), cutoff)
    if len(triples) > RELATIONS_CHECKED_ABOVE:
        found.update(_unless_unchanged(store, triples, cutoff))
    else:
        found.update(statement_triples(store, sorted(triples)))
    return {stmt: t for stmt, t in found.items() if all(t)}


# Past this many relations found through undated evidence (an article dated by its document),
# each relation's statements come with its evidence dates, and those restated as they were are
# dropped: on 100,000 articles, 40,000 relations of 450,000 statements, 31,000 of them kept.
RELATIONS_CHECKED_ABOVE = 1000


def _unless_unchanged(
    store: Store, triples: Iterable[tuple[str, str, str]], cutoff: Cutoff
) -> dict[str, tuple[str, str, str]]:
    """The statements of the relations ``triples``, less those of relations that read the same
    in every view from ``cutoff`` on: each of their statements asserted with no figure, one of
    them with evidence that ``cutoff`` keeps. Why: articles restate the same facts year after
    year, so that on 10,000 articles every relation had late evidence and all 45,000 statements
    were read, for a diff that found no change."""
    impure = {st.value for (st,) in select_tuples(store, IMPURE_STATEMENTS)}
    wanted = sorted(triples)
    out: dict[str, tuple[str, str, str]] = {}
    for i in range(0, len(wanted), NODES_PER_QUERY):
        chunk = wanted[i : i + NODES_PER_QUERY]
        keys = " ".join(numbered_triples(chunk))
        for j, stmts, when in select_tuples(store, RELATION_EVIDENCE % keys):
            statements = stmts.value.split()
            if impure.isdisjoint(statements) and any(_kept(cutoff, w) for w in when.value.split()):
                continue
            out.update(dict.fromkeys(statements, chunk[int(j.value)]))
    return out


def _kept(cutoff: Cutoff, when: str) -> bool:
    """Whether evidence dated ``when`` (RELATION_EVIDENCE's: a date, a document's IRI, or "-")
    is in a view as of ``cutoff`` (whose documents' dates :func:`_candidates` has read)."""
    if when[:4].isdigit():  # a date: an IRI starts with its scheme's letters
        return cutoff.keeps(when, "")
    return when != "-" and cutoff.keeps(None, when)


# Statements whose state is not (asserted, no figures): a few, through the indexes.
IMPURE_STATEMENTS = """
SELECT DISTINCT ?stmt WHERE {
  { ?stmt aikg:status ?status FILTER(?status != aikg:Asserted) }
  UNION { ?stmt aikg:amount ?x } UNION { ?stmt aikg:currency ?x }
  UNION { ?stmt aikg:period ?x } UNION { ?stmt aikg:share ?x }
}"""
# The statements of each relation (numbered in the VALUES block) and each one's evidence: its
# own date, else its document (dated in Python, as aikg.graph.as_of.Cutoff reads it), or "-".
RELATION_EVIDENCE = """
SELECT ?i (GROUP_CONCAT(DISTINCT STR(?stmt); separator=" ") AS ?stmts)
       (GROUP_CONCAT(DISTINCT COALESCE(?own, STR(?doc), "-"); separator=" ") AS ?when) WHERE {
  VALUES (?s ?p ?o ?i) { %s }
  ?stmt rdf:subject ?s ; rdf:object ?o ; rdf:predicate ?p .
  OPTIONAL {
    ?stmt prov:wasDerivedFrom ?ev
    OPTIONAL { ?ev schema:datePublished ?date BIND(STR(?date) AS ?own) }
    OPTIONAL { ?ev aikg:document ?doc }
  }
} GROUP BY ?i"""


def _triple(row: dict[str, Any]) -> tuple[str, str, str]:
    """A row's (subject id, predicate name, object id); an empty part where it is none."""
    return _triple_of(row["s"], row["p"], row["o"])


def _triple_of(*terms: Any) -> tuple[str, str, str]:
    """(subject id, predicate name, object id) of three terms; an empty part where it is none."""
    s, p, o = (t.value if isinstance(t, ox.NamedNode) else "" for t in terms)
    return (
        s[len(ENT) :] if s.startswith(ENT) else "",
        p[len(AIKG) :] if p.startswith(AIKG) else "",
        o[len(ENT) :] if o.startswith(ENT) else "",
    )


def _without_evidence(store: Store) -> set[str]:
    """The statements with no evidence that names a document."""
    found: set[str] = set()
    for stmt, ev in select_tuples(store, WITHOUT_EVIDENCE):
        if ev is None or not any(
            store.objects(e, Aikg.document) for e in store.objects(stmt.value, PROV + "wasDerivedFrom")
        ):
            found.add(stmt.value)
    return found


def _triples(store: Store, stmts: Iterable[str]) -> list[tuple[str, str, str]]:
    """The (subject id, predicate name, object id) of each statement."""
    out = set()
    for stmt in stmts:
        ends = dict(store.properties(stmt))
        triple = _triple_of(*(ends.get(RDF + k) for k in ("subject", "predicate", "object")))
        if all(triple):
            out.add(triple)
    return sorted(out)
