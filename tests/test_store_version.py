"""The store's version (keys every cache) and the journal of graphs in flight (what readers hide)."""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from aikg.graph.storage import journal
from aikg.graph.storage import store as store_module
from aikg.graph.storage.store import JOURNAL, STAGING, EmbeddedStore

P = ox.NamedNode("urn:p")


def _nquads(graph: str, value: str) -> bytes:
    return f'<urn:s> <urn:p> "{value}" <{graph}> .\n'.encode()


def test_every_kind_of_write_changes_the_version_and_reading_does_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = EmbeddedStore(tmp_path / "kg")
    seen = [store.version()]

    def settled() -> str:
        """The version once it holds still: RocksDB's background compaction rewrites table files
        (same content) and so changes the version on its own (see Store.version)."""
        version, still = store.version(), 0
        for _ in range(100):
            time.sleep(0.01)
            again = store.version()
            still = still + 1 if again == version else 0
            if still == 3:
                return version
            version = again
        raise AssertionError("the version kept changing with no write")

    def wrote(what: str) -> None:
        version = settled()
        assert version not in seen, f"{what} left the version as it was"
        seen.append(version)
        # A read must not change it; a compaction landing in between may, so a read that
        # changes it every one of five times is the failure.
        for _ in range(5):
            before = settled()
            store.objects("urn:s", "urn:p")
            if store.version() == before:
                return
        raise AssertionError(f"reading after {what} changed the version")

    store.ensure_ontology()
    wrote("ensure_ontology")
    store.replace_document("a.yaml", "urn:doc:a1", [ox.Quad(ox.NamedNode("urn:s"), P, ox.Literal("1"))])
    wrote("replace_document")
    store.replace_documents([("b.yaml", "urn:doc:b1", _nquads("urn:doc:b1", "2"))])
    wrote("replace_documents of a new document")
    store.replace_documents([("b.yaml", "urn:doc:b1", _nquads("urn:doc:b1", "3"))])
    wrote("replace_documents of a document already stored (staged)")
    monkeypatch.setattr(store_module, "BULK_BYTES", 0)
    store.replace_documents([("c.yaml", "urn:doc:c1", _nquads("urn:doc:c1", "4"))])
    wrote("a bulk load")
    store._store.add(ox.Quad(ox.NamedNode("urn:x"), P, ox.Literal("half"), ox.NamedNode(STAGING + "1")))
    store.flush()
    before = store.version()
    store.close()
    store = EmbeddedStore(tmp_path / "kg")  # drops the staging graph a crash would have left
    assert not store._store.contains_named_graph(ox.NamedNode(STAGING + "1"))
    assert store.version() != before
    documents = [g for g in store.named_graphs() if g.startswith("urn:doc:")]
    assert documents == ["urn:doc:a1", "urn:doc:b1", "urn:doc:c1"]
    assert store.objects("urn:s", "urn:p") == {"1", "3", "4"}


def test_a_read_only_snapshot_keeps_its_version_and_a_new_one_sees_writes(tmp_path: Path) -> None:
    writer = EmbeddedStore(tmp_path / "kg")
    writer.ensure_ontology()
    writer.flush()
    reader = EmbeddedStore(tmp_path / "kg", read_only=True)
    again = EmbeddedStore(tmp_path / "kg", read_only=True)
    # Two snapshots may differ in version: the writer's background compaction can land between
    # their opens (new table files, same content), which costs a cache rebuild, never staleness.
    versions = (reader.version(), again.version())
    writer.replace_document("a.yaml", "urn:doc:a", [ox.Quad(ox.NamedNode("urn:s"), P, ox.Literal("1"))])
    assert (reader.version(), again.version()) == versions  # a snapshot: neither content nor version moves
    assert "urn:doc:a" not in reader.named_graphs()
    writer.close()  # the open below races the writer's compaction: Store retries it
    later = EmbeddedStore(tmp_path / "kg", read_only=True)
    assert "urn:doc:a" in later.named_graphs()
    assert later.version() not in versions


def test_writes_leave_the_journal_naming_no_graph_in_flight(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "kg")
    store.ensure_ontology()
    store.replace_documents([("a.yaml", "urn:doc:a", _nquads("urn:doc:a", "1"))])
    store.replace_documents([("a.yaml", "urn:doc:a", _nquads("urn:doc:a", "2"))])
    generation, graphs = journal.read_journal(tmp_path / "kg")
    assert (generation, graphs) == (2, frozenset())  # ensure_ontology and the stored document staged
    assert (tmp_path / "kg" / JOURNAL).read_text(encoding="utf-8") == "generation 2\n"


def test_a_reader_hides_the_graphs_the_journal_names_and_the_next_writer_drops_them(tmp_path: Path) -> None:
    path = tmp_path / "kg"
    store = EmbeddedStore(path)
    store.replace_document("a.yaml", "urn:doc:a", [ox.Quad(ox.NamedNode("urn:s"), P, ox.Literal("1"))])
    store.close()
    # What a kill -9 between filling a staging graph and the swap leaves behind.
    staging = STAGING + "deadbeef"
    journal.begin(path, [staging])
    raw = ox.Store(str(path))
    raw.add(ox.Quad(ox.NamedNode("urn:s"), P, ox.Literal("half"), ox.NamedNode(staging)))
    raw.flush()
    del raw

    reader = EmbeddedStore(path, read_only=True)
    assert reader._staging == {ox.NamedNode(staging)}
    assert reader.named_graphs() == ["urn:doc:a"]
    assert reader.objects("urn:s", "urn:p") == {"1"}
    assert [r["o"].value for r in reader.query("SELECT ?o WHERE { <urn:s> <urn:p> ?o }").rows] == ["1"]
    reader.close()
    writer = EmbeddedStore(path)
    assert not writer._store.contains_named_graph(ox.NamedNode(staging))
    assert journal.read_journal(path)[1] == frozenset()
    writer.close()
    clean = EmbeddedStore(path, read_only=True)
    assert clean._staging == frozenset()


def test_a_write_beginning_while_a_reader_opens_makes_it_list_the_graphs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kg"
    store = EmbeddedStore(path)
    store.replace_document("a.yaml", "urn:doc:a", [ox.Quad(ox.NamedNode("urn:s"), P, ox.Literal("1"))])
    store._store.add(ox.Quad(ox.NamedNode("urn:s"), P, ox.Literal("half"), ox.NamedNode(STAGING + "2")))
    store.flush()
    store.close()  # no journal entry for it: only listing the graphs finds it
    reads = iter([(5, frozenset()), (6, frozenset())])  # a writer began between the two reads
    monkeypatch.setattr(journal, "read_journal", lambda _path: next(reads))
    reader = EmbeddedStore(path, read_only=True)
    assert reader._staging == {ox.NamedNode(STAGING + "2")}
    assert reader.objects("urn:s", "urn:p") == {"1"}
