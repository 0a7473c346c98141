"""Statements read in batches give the rows statement_rows reads one lookup at a time."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from aikg.graph.as_of import Cutoff
from aikg.graph.records import statement_rows
from aikg.graph.statement_batches import read_documents, read_properties, read_statements
from aikg.graph.storage.store import EmbeddedStore
from aikg.ontology.terms import Aikg
from aikg.ontology.vocab import RDF


@pytest.fixture()
def store(questions_store: Path) -> EmbeddedStore:
    return EmbeddedStore(questions_store, read_only=True)


def _statements(store: EmbeddedStore) -> set[str]:
    return store.subjects_of(RDF + "type", ox.NamedNode(Aikg.Statement))


@pytest.mark.parametrize("date", [None, "2023-06-01", "2024-06-01"], ids=str)
def test_batch_rows_are_statement_rows(store: EmbeddedStore, date: str | None) -> None:
    stmts = _statements(store)
    dating = None if date is None else Cutoff(store, date)
    assert read_statements(store, stmts).rows(dating) == statement_rows(store, stmts, dating=dating)


def test_documents_read_in_a_batch_are_those_read_one_by_one(store: EmbeddedStore) -> None:
    from aikg.graph.records import document_record

    batch = read_statements(store, _statements(store))
    records, dates = read_documents(store, batch.documents())
    assert records and records == {d: document_record(store.properties(d)) for d in records}
    cutoff = Cutoff(store, "2024-06-01")
    assert dates == {d: cutoff._document_date(d) for d in records if cutoff._document_date(d)}


def test_a_node_with_two_values_of_one_term_is_read_as_properties_reads_it() -> None:
    s = "https://w3id.org/aikg/statement/x"
    g = ox.NamedNode("https://w3id.org/aikg/document/d")
    store = EmbeddedStore.holding(
        ox.Quad(ox.NamedNode(s), ox.NamedNode(Aikg.status), ox.NamedNode(Aikg[k]), g)
        for k in ("Reported", "Alleged")
    )
    found = read_properties(store, [s], single={Aikg.status})
    assert found == {s: store.properties(s)}


def test_entities_read_by_scan_are_those_read_one_by_one(
    store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aikg.graph import records

    ids = sorted({s[len(records.ENT) :] for s, _ in store.values_of(records.RDFS + "label")})
    one_by_one = records.load_entity_refs(store, ids)
    monkeypatch.setattr(records, "ENTITIES_BY_SCAN", 0)
    assert one_by_one and records.load_entity_refs(store, ids) == one_by_one


def test_an_entity_typed_outside_the_ontology_is_read_by_scan_too(monkeypatch: pytest.MonkeyPatch) -> None:
    from aikg.graph import records
    from aikg.ontology.vocab import RDFS

    e, g = ox.NamedNode(records.ENT + "acme"), ox.NamedNode("https://w3id.org/aikg/document/d")
    store = EmbeddedStore.holding(
        [
            ox.Quad(e, ox.NamedNode(RDFS + "label"), ox.Literal("Acme"), g),
            ox.Quad(e, ox.NamedNode(RDF + "type"), ox.NamedNode("https://schema.org/Corporation"), g),
        ]
    )
    monkeypatch.setattr(records, "ENTITIES_BY_SCAN", 0)
    ref = records.load_entity_refs(store, ["acme"])["acme"]
    assert (ref.label, ref.type) == ("Acme", "https://schema.org/Corporation")


def test_a_scan_reads_what_lookups_read_and_only_pays_for_many_nodes(
    store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aikg.graph import statement_batches
    from aikg.graph.records import STATEMENT_KEYS

    stmts = sorted(_statements(store))
    predicates = tuple(STATEMENT_KEYS)
    looked_up = read_properties(store, stmts, predicates=predicates)
    monkeypatch.setattr(statement_batches, "SCAN_ABOVE", 0)
    # Every statement: a scan reads no more values than lookups would, so it pays.
    assert statement_batches._scan_pays(store, len(stmts), predicates)
    assert not statement_batches._scan_pays(store, 1, predicates)
    scanned = read_properties(store, stmts, predicates=predicates)
    assert {n: set(v) for n, v in scanned.items()} == {n: set(v) for n, v in looked_up.items()}


@pytest.mark.parametrize("date", [None, "2024-06-01"], ids=str)
def test_statements_given_their_triples_read_as_statements_read_whole(
    store: EmbeddedStore, date: str | None
) -> None:
    from aikg.graph.records import ENT

    dating = None if date is None else Cutoff(store, date)
    stmts = sorted(_statements(store))
    whole = read_statements(store, stmts)
    triples = {}
    for stmt in stmts:
        ends = {p: o.value for p, o in store.properties(stmt) if p.startswith(RDF)}
        s, o = (ends[RDF + k][len(ENT) :] for k in ("subject", "object"))
        triples[stmt] = (s, ends[RDF + "predicate"].rsplit("#", 1)[1], o)
    assert read_statements(store, triples).rows(dating) == whole.rows(dating)
