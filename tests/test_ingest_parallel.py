"""Parallel ingest stores exactly what a serial one does; batched writes keep each document whole."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox

from aikg import KnowledgeGraph
from aikg.graph.storage.store import EmbeddedStore, is_document_graph
from aikg.ingest.pool import MIN_POOL_FILES
from tests.conftest import EXAMPLES


def _document_quads(kg: KnowledgeGraph) -> set[ox.Quad]:
    return {q for g in kg.store.named_graphs() if is_document_graph(g) for q in kg.store.quads(g)}


def test_two_workers_store_the_same_quads_as_one_and_name_the_bad_file(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    (corpus / "broken.txt").write_bytes(b"\x00\x01binary")
    assert len(list(corpus.glob("*.txt"))) + len(list(corpus.glob("*.md"))) >= MIN_POOL_FILES  # pool runs
    serial, parallel = KnowledgeGraph(tmp_path / "one"), KnowledgeGraph(tmp_path / "two")
    r1 = serial.ingest([corpus], workers=1)
    r2 = parallel.ingest([corpus], workers=2)
    assert [f.path for f in r2.failed] == [str(corpus / "broken.txt")]
    assert r2.failed[0].message.startswith(f"{corpus / 'broken.txt'}: ")
    assert [i.path for i in r2.ingested] == [i.path for i in r1.ingested]
    assert len(r2.ingested) == 13
    assert _document_quads(parallel) == _document_quads(serial)
    assert [r.to_json() for r in parallel.relations()] == [r.to_json() for r in serial.relations()]


def test_batched_writes_replace_an_earlier_version_of_the_same_source(tmp_path: Path) -> None:
    from aikg.ontology.vocab import AIKG, DOC

    store = EmbeddedStore(tmp_path / "kg")
    src = AIKG + "sourcePath"

    def nq(graph: str, source: str, value: str) -> bytes:
        g = ox.NamedNode(DOC + graph)
        quads = [
            ox.Quad(g, ox.NamedNode(src), ox.Literal(source), g),
            ox.Quad(g, ox.NamedNode("http://example.org/v"), ox.Literal(value), g),
        ]
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""

    store.replace_documents(
        [("/a.txt", DOC + "a1", nq("a1", "/a.txt", "old")), ("/b.txt", DOC + "b1", nq("b1", "/b.txt", "b"))]
    )
    assert store.named_graphs() == [DOC + "a1", DOC + "b1"]
    # a.txt changed (new graph), b.txt unchanged (same graph again), c.txt is new
    store.replace_documents(
        [
            ("/a.txt", DOC + "a2", nq("a2", "/a.txt", "new")),
            ("/b.txt", DOC + "b1", nq("b1", "/b.txt", "b")),
            ("/c.txt", DOC + "c1", nq("c1", "/c.txt", "c")),
        ]
    )
    assert store.named_graphs() == [DOC + "a2", DOC + "b1", DOC + "c1"]
    assert len(store) == 6
    assert {q.object.value for q in store.quads(DOC + "a2") if q.predicate.value.endswith("/v")} == {"new"}


def test_lookup_reads_only_the_entity_and_matches_a_scan_of_every_relation(tmp_path: Path) -> None:
    from aikg.kg import find_conflicts
    from aikg.ontology.vocab import vocabulary

    kg = KnowledgeGraph(tmp_path / "kg")
    assert kg.ingest([EXAMPLES], workers=1).ok
    for name in ("TikTok", "microsoft", "Azure", "OpenAI", "scale ai", "Nvidia"):
        card = kg.lookup(name)
        entity = card.entity
        assert entity == kg._entities()[kg._names().resolve(name).id]  # the full name index agrees
        everything = kg._all_relations()
        outgoing = []
        incoming = []
        for r in everything:
            if r.subject.id == entity.id:
                outgoing.append(r)
                continue
            if r.subject.id != entity.id and r.object.id == entity.id:
                if vocabulary().predicates[r.predicate].symmetric:
                    outgoing.append(r.flipped())
                else:
                    incoming.append(r)
        assert card.to_json()["outgoing"] == [r.to_json() for r in outgoing]
        assert card.to_json()["incoming"] == [r.to_json() for r in incoming]
        conflicts = [c for c in find_conflicts(everything) if entity.id in (c.subject.id, c.object.id)]
        assert card.to_json()["conflicts"] == [c.to_json() for c in conflicts]


def test_the_projection_is_cached_on_disk_by_store_version(tmp_path: Path) -> None:
    from aikg.graph.projection_cache import cache_file

    store = tmp_path / "kg"
    assert KnowledgeGraph(store).ingest([EXAMPLES / "analyst-notes.yaml"], workers=1).ok
    built = KnowledgeGraph(store, read_only=True).to_networkx()
    assert cache_file(store).is_file()
    cached = KnowledgeGraph(store, read_only=True).to_networkx()
    assert sorted(cached.edges(keys=True)) == sorted(built.edges(keys=True))
    cache_file(store).write_bytes(b"not a pickle")  # unreadable: rebuilt, not trusted
    assert sorted(KnowledgeGraph(store, read_only=True).to_networkx().nodes) == sorted(built.nodes)
    kg = KnowledgeGraph(store)
    assert kg.ingest([EXAMPLES / "xai-grok.md"], workers=1).ok  # new version: stale cache ignored
    assert "xai" in kg.to_networkx().nodes and "xai" not in built.nodes
