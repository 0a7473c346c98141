"""The store: idempotent re-ingest, replacement of changed documents, nothing left by failures."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import FACTS

from aikg import KnowledgeGraph
from aikg.graph.storage.store import STAGING, EmbeddedStore


def test_ingesting_the_same_files_twice_changes_nothing(tmp_path: Path) -> None:
    kg = KnowledgeGraph(tmp_path / "kg")
    kg.ingest([FACTS / "industry.yaml"])
    before = sorted(map(str, kg.store.quads()))
    kg.ingest([FACTS / "industry.yaml"])
    assert sorted(map(str, kg.store.quads())) == before


def test_a_changed_document_replaces_exactly_its_own_statements(tmp_path: Path) -> None:
    src = tmp_path / "notes.yaml"
    shutil.copy(FACTS / "industry.yaml", src)
    kg = KnowledgeGraph(tmp_path / "kg")
    kg.ingest([src, FACTS / "denial.yaml"])
    assert kg.relations(subject="Acme", predicate="hostedOn")
    src.write_text(
        src.read_text().replace("  - {subject: Acme, predicate: hostedOn, object: Zenith Cloud}\n", "")
    )
    kg.ingest([src])
    assert kg.relations(subject="Acme", predicate="hostedOn") == []
    # the other document's statements are untouched
    assert [r.status for r in kg.relations(subject="Microsoft", predicate="investsIn")] == [
        "asserted",
        "negated",
    ]
    assert len([g for g in kg.store.named_graphs() if "/document/" in g]) == 2


def test_a_failed_file_leaves_nothing_and_the_good_ones_land(tmp_path: Path) -> None:
    kg = KnowledgeGraph(tmp_path / "kg")
    report = kg.ingest([FACTS / "bad-name.yaml", FACTS / "ok-ttl.ttl", FACTS / "broken.ttl"])
    assert [Path(f.path).name for f in report.failed] == ["bad-name.yaml", "broken.ttl"]
    assert [Path(i.path).name for i in report.ingested] == ["ok-ttl.ttl"]
    assert len([g for g in kg.store.named_graphs() if "/document/" in g]) == 1


def test_the_store_survives_reopening_and_opens_read_only(tmp_path: Path) -> None:
    kg = KnowledgeGraph(tmp_path / "kg")
    kg.ingest([FACTS / "industry.yaml"])
    count = len(kg.store)
    del kg
    again = KnowledgeGraph(tmp_path / "kg", read_only=True)
    assert len(again.store) == count
    assert again.resolve("tik tok").id == "tiktok"


def test_an_interrupted_write_leaves_no_visible_trace(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "kg")
    store.ensure_ontology()
    count = len(store)
    # What a crash between staging and the final update leaves behind:
    import pyoxigraph as ox

    store._store.add(
        ox.Quad(ox.NamedNode("urn:x"), ox.NamedNode("urn:p"), ox.Literal("half"), ox.NamedNode(STAGING + "1"))
    )
    del store
    reopened = EmbeddedStore(tmp_path / "kg")
    assert len(reopened) == count
