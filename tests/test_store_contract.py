"""The Store contract (aikg.graph.storage.contract), run against each back end: the embedded
store in a fresh directory, and a SPARQL server (Virtuoso, from the ``virtuoso`` fixture) emptied
of aikg's graphs before and after each test. A new back end joins by adding its case to
``location``.
"""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from helpers import FACTS

from aikg import KnowledgeGraph
from aikg.graph.storage.contract import STAGING, Store
from aikg.graph.storage.stores import open_store
from aikg.ontology.terms import Aikg

SOURCE = "/facts/notes.yaml"
GRAPH = "https://w3id.org/aikg/document/contract0001"
P = ox.NamedNode(Aikg.quote)


def _empty(store: Store) -> None:
    """Leave no aikg graph behind on a server other tests share."""
    for graph in store.named_graphs():
        store.replace_document(graph, graph, [])


@pytest.fixture(params=["embedded", "remote"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path | str]:
    """Where a fresh, empty store of each back end is."""
    if request.param == "embedded":
        yield tmp_path / "kg"
        return
    url = request.getfixturevalue("virtuoso").store_url
    _empty_server(url)
    try:
        yield url
    finally:
        gc.collect()  # the test's stores, closed as they are freed: each holds the write lock
        _empty_server(url)


def _empty_server(url: str) -> None:
    store = open_store(url)
    try:
        _empty(store)
    finally:
        store.close()


def _quads(graph: str, *values: str) -> list[ox.Quad]:
    """A document graph: its record (naming its source, as ingest writes it) and a quote per value."""
    subject, g = ox.NamedNode(graph), ox.NamedNode(graph)
    record = ox.Quad(subject, ox.NamedNode(Aikg.sourcePath), ox.Literal(SOURCE), g)
    return [record, *(ox.Quad(subject, P, ox.Literal(v), g) for v in values)]


def _nquads(quads: list[ox.Quad]) -> bytes:
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""


def test_replace_document_makes_the_graph_hold_exactly_its_quads(location: Path | str) -> None:
    store = open_store(location)
    store.replace_document(SOURCE, GRAPH, _quads(GRAPH, "one", "two"))
    assert store.named_graphs() == [GRAPH]
    assert store.graphs_from(SOURCE) == [GRAPH]
    assert store.objects(GRAPH, P.value) == {"one", "two"}
    assert not store.holds(SOURCE, GRAPH, _nquads(_quads(GRAPH, "one")))  # never True wrongly
    if isinstance(location, Path):  # the embedded store answers exactly (RemoteStore: always False)
        assert store.holds(SOURCE, GRAPH, _nquads(_quads(GRAPH, "one", "two")))
    store.replace_document(SOURCE, GRAPH, _quads(GRAPH, "three"))
    assert store.objects(GRAPH, P.value) == {"three"}
    assert len(store) == 2


def test_a_new_graph_from_the_same_source_replaces_the_old_one(location: Path | str) -> None:
    store = open_store(location)
    other = GRAPH.replace("0001", "0002")
    store.replace_document(SOURCE, GRAPH, _quads(GRAPH, "old"))
    store.replace_documents([(SOURCE, other, _nquads(_quads(other, "new")))])
    assert store.named_graphs() == [other]
    assert store.graphs_from(SOURCE) == [other]
    assert store.subjects(P.value, "new") == {other}
    assert store.subjects(P.value, "old") == set()


def test_reads_see_no_staging_graph_and_the_version_follows_the_content(location: Path | str) -> None:
    store = open_store(location)
    before = store.version()
    store.replace_documents([(SOURCE, GRAPH, _nquads(_quads(GRAPH, "x")))])
    assert store.version() != before
    staging = f'ASK {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{STAGING}")) }}'
    assert store.query(staging).boolean is False
    bound = store.query("SELECT ?s ?v WHERE { ?s aikg:quote ?v }", {"s": ox.NamedNode(GRAPH)})
    assert [row["v"].value for row in bound.rows] == ["x"]
    assert (P.value, ox.Literal("x")) in store.properties(GRAPH)
    assert store.values_of(P.value, subject_prefix=GRAPH) == {(GRAPH, "x")}


def test_ingesting_the_same_files_twice_changes_nothing(location: Path | str) -> None:
    kg = KnowledgeGraph(location)
    assert kg.ingest([FACTS / "industry.yaml"], workers=1).ok
    before = sorted(map(str, kg.store.quads()))
    assert kg.ingest([FACTS / "industry.yaml"], workers=1).ok
    assert sorted(map(str, kg.store.quads())) == before


def test_a_changed_document_replaces_exactly_its_own_statements(location: Path | str, tmp_path: Path) -> None:
    src = tmp_path / "notes.yaml"
    shutil.copy(FACTS / "industry.yaml", src)
    kg = KnowledgeGraph(location)
    assert kg.ingest([src, FACTS / "denial.yaml"], workers=1).ok
    assert kg.relations(subject="Acme", predicate="hostedOn")
    src.write_text(
        src.read_text().replace("  - {subject: Acme, predicate: hostedOn, object: Zenith Cloud}\n", "")
    )
    assert kg.ingest([src], workers=1).ok
    assert kg.relations(subject="Acme", predicate="hostedOn") == []
    assert [r.status for r in kg.relations(subject="Microsoft", predicate="investsIn")] == [
        "asserted",
        "negated",
    ]
    assert len([g for g in kg.store.named_graphs() if "/document/" in g]) == 2


def test_a_failed_file_leaves_nothing_and_the_good_ones_land(location: Path | str) -> None:
    kg = KnowledgeGraph(location)
    report = kg.ingest([FACTS / "bad-name.yaml", FACTS / "ok-ttl.ttl", FACTS / "broken.ttl"], workers=1)
    assert [Path(f.path).name for f in report.failed] == ["bad-name.yaml", "broken.ttl"]
    assert [Path(i.path).name for i in report.ingested] == ["ok-ttl.ttl"]
    assert len([g for g in kg.store.named_graphs() if "/document/" in g]) == 1


def _facts_file(path: Path, *facts: str) -> Path:
    """A fact file of ``facts`` (``subject predicate object [status]``) about a small industry."""
    lines = ["entities:", "  - {id: nimbus-chips, label: Nimbus Chips, type: Company}", "facts:"]
    for fact in facts:
        s, p, o, *status = fact.split()
        extra = f", status: {status[0]}" if status else ""
        lines.append(f"  - {{subject: {s}, predicate: {p}, object: {o}{extra}}}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _count(kg: KnowledgeGraph, pattern: str) -> int:
    return int(kg.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}").rows[0]["n"].value)


def test_each_fact_is_stored_once_and_goes_with_its_last_support(
    location: Path | str, tmp_path: Path
) -> None:
    """Two documents state Microsoft investsIn OpenAI: SPARQL over the union sees the fact (and its
    inverse and labels) once; it stays while either document states it and goes with the last."""
    a = _facts_file(tmp_path / "a.yaml", "Microsoft investsIn OpenAI", "OpenAI hostedOn Azure")
    b = _facts_file(
        tmp_path / "b.yaml", "Microsoft investsIn OpenAI", "Microsoft acquires Nimbus-Chips speculative"
    )
    kg = KnowledgeGraph(location)
    assert kg.ingest([a, b], workers=1).ok
    assert _count(kg, "ent:microsoft aikg:investsIn ent:openai") == 1
    assert _count(kg, "ent:openai aikg:hasInvestor ent:microsoft") == 1
    rows = kg.query("SELECT ?i ?s WHERE { ?x aikg:investsIn ?y . ?x rdfs:label ?i . ?y rdfs:label ?s }").rows
    assert [(r["i"].value, r["s"].value) for r in rows] == [("Microsoft", "OpenAI")]
    assert _count(kg, "ent:openai aikg:dependsOn ent:azure") == 1
    assert _count(kg, "ent:microsoft aikg:acquires ?o") == 0  # speculative: a statement, no fact
    assert kg.validate().conforms

    _facts_file(a, "OpenAI hostedOn Azure")  # a no longer states the investment; b still does
    assert kg.ingest([a], workers=1).ok
    assert _count(kg, "ent:microsoft aikg:investsIn ent:openai") == 1
    _facts_file(b, "Microsoft acquires Nimbus-Chips speculative")
    assert kg.ingest([b], workers=1).ok
    assert _count(kg, "ent:microsoft aikg:investsIn ent:openai") == 0
    assert _count(kg, "ent:openai aikg:hasInvestor ent:microsoft") == 0
    assert _count(kg, "ent:openai aikg:dependsOn ent:azure") == 1
    assert kg.validate().conforms

    _facts_file(a, "Microsoft partnerOf Nimbus-Chips")  # Azure is mentioned by no document now
    assert kg.ingest([a], workers=1).ok
    assert _count(kg, "ent:azure ?p ?o") == 0
    assert _count(kg, "ent:openai aikg:dependsOn ?o") == 0
    assert _count(kg, "ent:nimbus-chips aikg:partnerOf ent:microsoft") == 1
    assert kg.validate().conforms
