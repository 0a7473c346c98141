"""The embedded store: reopening, read-only opens, interrupted writes. What every back end does
(idempotent re-ingest, replacement of changed documents, nothing left by failures) is in
tests/test_store_contract.py, run against each."""

from __future__ import annotations

from pathlib import Path

from helpers import FACTS

from aikg import KnowledgeGraph
from aikg.graph.storage.store import STAGING, EmbeddedStore


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
