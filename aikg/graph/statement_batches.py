"""Statements, their evidence and their documents, read for many at once.

Why: :func:`aikg.graph.records.statement_rows` reads each node with a lookup of its own: on a
SPARQL server that is a request per node (tens of thousands for a diff), and on the embedded
store a call and an iterator each. Here one SELECT reads the properties of a few hundred nodes,
and the rows are built from them by the same code (statement_terms, evidence_terms,
rows_of_statement), once per node, for as many views (dates) as the caller asks for.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from aikg.graph.records import (
    EVIDENCE_KEYS,
    STATEMENT_KEYS,
    Dating,
    document_record,
    evidence_terms,
    rows_of_statement,
    statement_terms,
)
from aikg.graph.sparql import select_tuples
from aikg.graph.storage.contract import Store
from aikg.ontology.terms import Aikg
from aikg.ontology.vocab import AIKG, ENT, PROV, RDF, SCHEMA

NODES_PER_QUERY = 500  # IRIs in one VALUES block (the size statements_of uses on both stores)
# Each node is numbered in the VALUES block and the rows name it by number: decoding a long IRI
# on every row was a third of the time of reading 6,700 statements.
PROPERTIES = "SELECT ?i ?p ?o WHERE { VALUES (?x ?i) { %s } ?x ?p ?o %s }"
_ORDER_FREE = {Aikg.pointInTime}  # of two, the earliest: the order they come in does not matter
SCAN_ABOVE = 20_000  # nodes: read_properties scans each predicate instead of looking nodes up
DOCUMENT_PREDICATES = (RDF + "type", Aikg.fileName, SCHEMA + "name", SCHEMA + "datePublished", SCHEMA + "url")


@dataclass
class StatementBatch:
    """What :func:`read_statements` read: each statement's terms and evidence IRIs, and each
    evidence node's terms (by STATEMENTS_QUERY variable)."""

    statements: dict[str, tuple[dict[str, Any], list[str]]] = field(default_factory=dict)
    evidence: dict[str, dict[str, Any]] = field(default_factory=dict)

    def rows(self, dating: Dating | None = None) -> list[dict[str, Any]]:
        """The rows of STATEMENTS_QUERY of the statements as ``dating`` (a view as of a date;
        None: the store as it is) has them: what :func:`aikg.graph.records.statement_rows` gives."""
        rows: list[dict[str, Any]] = []
        for stmt in sorted(self.statements):
            props, evidence = self.statements[stmt]
            rows.extend(rows_of_statement(stmt, props, evidence, self.evidence.__getitem__, dating=dating))
        return rows

    def documents(self) -> set[str]:
        """The documents the evidence cites."""
        return {e["doc"].value for e in self.evidence.values() if e["doc"] is not None}


def read_statements(
    store: Store,
    stmts: Iterable[str] | Mapping[str, tuple[str, str, str]],
    *,
    evidence: Sequence[str] = (),
) -> StatementBatch:
    """The statements ``stmts`` (IRIs) and all their evidence, a query per few hundred nodes
    (``evidence``: only these predicates of the evidence nodes, the others left None). Given
    each statement's (subject id, predicate name, object id), as a mapping, those are not read
    again: they were a quarter of the values read."""
    batch = StatementBatch()
    known = stmts if isinstance(stmts, Mapping) else None
    predicates = tuple(
        p for p in (*STATEMENT_KEYS, PROV + "wasDerivedFrom") if known is None or p not in _TRIPLE
    )
    single = set(STATEMENT_KEYS) - _ORDER_FREE
    for stmt, props in read_properties(store, stmts, single=single, predicates=predicates).items():
        if known is not None:
            s, p, o = known[stmt]
            terms = (ox.NamedNode(ENT + s), ox.NamedNode(AIKG + p), ox.NamedNode(ENT + o))
            props = [*zip(_TRIPLE, terms, strict=True), *props]
        batch.statements[stmt] = statement_terms(props)
    return read_evidence(store, batch, evidence)


_TRIPLE = (RDF + "subject", RDF + "predicate", RDF + "object")


def read_evidence(store: Store, batch: StatementBatch, predicates: Sequence[str] = ()) -> StatementBatch:
    """``batch`` with the evidence of its statements read (only ``predicates``, if given)."""
    nodes = {ev for _, evs in batch.statements.values() for ev in evs}
    found = read_properties(store, nodes, single=set(EVIDENCE_KEYS), predicates=predicates)
    batch.evidence = {ev: evidence_terms(props) for ev, props in found.items()}
    return batch


def read_documents(store: Store, docs: Iterable[str]) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """The record of each of the documents ``docs`` (records.document_record's) and the date of
    each that has one (the least, as aikg.graph.as_of.Cutoff reads it)."""
    records: dict[str, dict[str, Any]] = {}
    dates: dict[str, str] = {}
    for doc, props in read_properties(store, docs, predicates=DOCUMENT_PREDICATES).items():
        records[doc] = document_record(props)
        if (date := _least_date(props)) is not None:
            dates[doc] = date
    return records, dates


def _least_date(props: Iterable[tuple[str, Any]]) -> str | None:
    """The least of a document's dates (as aikg.graph.as_of.Cutoff reads it), None if none."""
    return min((getattr(o, "value", "") for p, o in props if p == SCHEMA + "datePublished"), default=None)


def read_properties(
    store: Store,
    nodes: Iterable[str],
    *,
    single: set[str] | None = None,
    predicates: Sequence[str] = (),
) -> dict[str, list[tuple[str, Any]]]:
    """Each node's (predicate IRI, object term) pairs, distinct, as Store.properties gives them
    (only those of ``predicates``, if given).

    A node with two values of a predicate in ``single`` (where the order they come in decides
    which counts) is read with Store.properties itself, in the order it gives. Above
    SCAN_ABOVE nodes, with ``predicates`` given, each predicate is read whole and the nodes'
    values kept, where that reads fewer than three values for each one a lookup would: a scan
    costs a third of a lookup a value (45,000 statements: 1 s, not 3 s).
    """
    # FILTER, not VALUES ?p: with VALUES, oxigraph looks each predicate of each node up.
    only = f"FILTER(?p IN ({', '.join(str(ox.NamedNode(p)) for p in predicates)}))" if predicates else ""
    ordered = sorted(set(nodes))
    out: dict[str, dict[tuple[str, Any], None]] = {n: {} for n in ordered}
    scan = bool(predicates) and len(ordered) > SCAN_ABOVE and _scan_pays(store, len(ordered), predicates)
    for p in predicates if scan else ():
        for x, o in select_tuples(store, f"SELECT ?x ?o WHERE {{ ?x {ox.NamedNode(p)} ?o }}"):
            if getattr(x, "value", None) in out:
                out[x.value][(p, o)] = None
    for i in range(0, 0 if scan else len(ordered), NODES_PER_QUERY):
        chunk = ordered[i : i + NODES_PER_QUERY]
        # ox.NamedNode checks each IRI, so nothing but IRIs gets into the query.
        block = " ".join(f"({ox.NamedNode(n)} {j})" for j, n in enumerate(chunk))
        for i, p, o in select_tuples(store, PROPERTIES % (block, only)):
            out[chunk[int(i.value)]][(p.value, o)] = None
    found = {n: list(pairs) for n, pairs in out.items()}
    for node, pairs in found.items():
        if single and _repeats(pairs, single):
            found[node] = [(p, o) for p, o in store.properties(node) if not predicates or p in predicates]
    return found


def _scan_pays(store: Store, nodes: int, predicates: Sequence[str]) -> bool:
    """Whether reading ``predicates`` whole costs less than looking ``nodes`` up: a value read
    by a scan costs a third of one looked up, but a scan reads every node's. Why: on 100,000
    articles a diff read 31,000 of 450,000 statements by scans, in 25 s."""
    values = sum(int(n.value) for p in predicates for (n,) in select_tuples(store, COUNT % ox.NamedNode(p)))
    return values < LOOKUP_COST * nodes * len(predicates)


COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?x %s ?o }"
LOOKUP_COST = 3  # a looked-up value, in values read by a scan


def _repeats(pairs: Sequence[tuple[str, Any]], single: set[str]) -> bool:
    seen = [p for p, _ in pairs if p in single]
    return len(seen) != len(set(seen))


def read_dates(store: Store, docs: Iterable[str]) -> dict[str, str]:
    """The date of each of the documents ``docs`` that has one (the least, as
    aikg.graph.as_of.Cutoff reads it)."""
    found = read_properties(store, docs, predicates=(SCHEMA + "datePublished",))
    return {doc: date for doc, props in found.items() if (date := _least_date(props)) is not None}
