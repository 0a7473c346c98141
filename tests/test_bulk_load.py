"""Big ingests: shards split from their bytes, new documents bulk-loaded behind a journal.

The bulk loader is not one transaction, so what a crash mid-load leaves (some of the new graphs,
and the journal naming them) must be invisible to readers and gone at the next writer's open.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from aikg import KnowledgeGraph
from aikg.graph.facts_check import facts_problems
from aikg.graph.storage import journal
from aikg.graph.storage import store as store_module
from aikg.graph.storage.contract import is_data_graph
from aikg.graph.storage.store import JOURNAL, EmbeddedStore, is_document_graph
from aikg.ingest.shard_reader import _group_shard, _split_shard, read_shard
from tests.conftest import EXAMPLES


def _document_quads(store: EmbeddedStore) -> set[ox.Quad]:
    return {q for g in store.named_graphs() if is_document_graph(g) for q in store.quads(g)}


def _data_quads(store: EmbeddedStore) -> set[ox.Quad]:
    """The document graphs and the facts graph."""
    return {q for g in store.named_graphs() if is_data_graph(g) for q in store.quads(g)}


@pytest.fixture
def shard(tmp_path: Path) -> Path:
    from click.testing import CliRunner

    from aikg.cli import cli

    out = tmp_path / "all.nq"
    result = CliRunner().invoke(cli, ["extract", str(EXAMPLES), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return out


def test_a_shard_split_from_its_bytes_matches_one_regrouped_in_python(shard: Path) -> None:
    data = shard.read_bytes()
    fast, slow = _split_shard(data), _group_shard(data)
    assert fast is not None and slow is not None
    assert [(d.graph, d.source, d.claims, d.entities) for d in fast] == [
        (d.graph, d.source, d.claims, d.entities) for d in slow
    ]
    assert [set(d.quads()) for d in fast] == [set(d.quads()) for d in slow]
    assert sum(d.claims for d in fast) > 0 and sum(d.entities for d in fast) > 0


def test_a_shuffled_shard_is_still_read_as_a_shard(shard: Path, tmp_path: Path) -> None:
    lines = shard.read_bytes().splitlines(keepends=True)[1:]
    shuffled = tmp_path / "shuffled.nq"
    shuffled.write_bytes(b"".join(lines[1::2] + lines[::2]))  # graphs no longer contiguous
    assert _split_shard(shuffled.read_bytes()) is None
    docs = read_shard(shuffled)
    assert docs is not None
    assert {d.graph for d in docs} == {d.graph for d in read_shard(shard) or []}


def test_a_default_graph_triple_naming_a_document_makes_a_file_no_shard(shard: Path, tmp_path: Path) -> None:
    first = shard.read_bytes().splitlines()[1]
    graph = first[first.rfind(b" <") + 1 : -2]
    other = tmp_path / "other.nq"
    other.write_bytes(
        shard.read_bytes() + b"<http://example.org/s> <http://example.org/p> " + graph + b" .\n"
    )
    assert read_shard(other) is None


def test_bulk_loaded_shards_store_what_transactions_store(
    shard: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = KnowledgeGraph(tmp_path / "transactions")
    assert one.ingest([shard], workers=1).ok
    monkeypatch.setattr(store_module, "BULK_BYTES", 0)
    bulk = KnowledgeGraph(tmp_path / "bulk")
    report = bulk.ingest([shard], workers=1)
    assert report.ok
    assert journal.read_journal(tmp_path / "bulk")[1] == frozenset()  # nothing left in flight
    assert _data_quads(bulk.store) == _data_quads(one.store)
    assert [r.to_json() for r in bulk.relations()] == [r.to_json() for r in one.relations()]
    assert [i.claims for i in report.ingested] == [i.claims for i in one.ingest([shard]).ingested]
    again = bulk.ingest([shard], workers=1)  # the same documents again: nothing changes
    assert again.ok and _data_quads(bulk.store) == _data_quads(one.store)


def test_a_bulk_load_cut_short_is_hidden_then_dropped(shard: Path, tmp_path: Path) -> None:
    path = tmp_path / "kg"
    with KnowledgeGraph(path) as kg:
        assert kg.ingest([EXAMPLES / "analyst-notes.yaml"], workers=1).ok
        before = _document_quads(kg.store)
        facts_before = _data_quads(kg.store) - before
        graphs = kg.store.named_graphs()
    docs = [d for d in read_shard(shard) or [] if d.graph not in graphs]  # the new ones
    assert len(docs) >= 4
    # What a kill -9 late in a bulk load leaves: the journal, and half the graphs with their facts.
    raw = ox.Store(str(path))
    (path / JOURNAL).write_text("".join(d.graph + "\n" for d in docs), encoding="utf-8")
    raw.bulk_load(b"".join(d.nquads for d in docs[: len(docs) // 2]), format=ox.RdfFormat.N_QUADS)
    raw.flush()
    facts = ox.NamedNode("https://w3id.org/aikg/facts")
    assert len(list(raw.quads_for_pattern(None, None, None, facts))) > len(facts_before)
    del raw

    reader = EmbeddedStore(path, read_only=True)
    assert reader.named_graphs() == graphs
    assert _document_quads(reader) == before
    assert reader.graphs_from(docs[0].source) == []
    reader.close()
    writer = EmbeddedStore(path)  # the next writer undoes the load for good
    assert journal.read_journal(path)[1] == frozenset()
    assert writer.named_graphs() == graphs
    assert _document_quads(writer) == before
    assert _data_quads(writer) - before == facts_before  # the facts only those documents gave are gone
    assert facts_problems(writer) == []
    assert not any(writer._store.contains_named_graph(ox.NamedNode(d.graph)) for d in docs)


def test_an_ingest_that_grows_the_store_merges_its_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Bulk loads leave layers of tables that every later read looks through, and a read-only
    # question never merges them: an ingest that grew the store by a fifth or more does.
    import aikg.kg

    merged: list[int] = []
    real = EmbeddedStore.compact

    def compact(self: EmbeddedStore) -> None:
        merged.append(self.bytes_on_disk())
        real(self)

    monkeypatch.setattr(EmbeddedStore, "compact", compact)
    monkeypatch.setattr(aikg.kg, "COMPACT_ABOVE_BYTES", 0)
    kg = KnowledgeGraph(tmp_path / "kg")
    assert kg.ingest([EXAMPLES]).ok and len(merged) == 1
    before = kg.relations()
    assert kg.ingest([EXAMPLES / "analyst-notes.yaml"]).ok and len(merged) == 1  # barely grew it
    assert [r.to_json() for r in kg.relations()] == [r.to_json() for r in before]
    monkeypatch.setattr(aikg.kg, "COMPACT_ABOVE_BYTES", 1 << 40)
    assert KnowledgeGraph(tmp_path / "small").ingest([EXAMPLES]).ok and len(merged) == 1  # a small store


def test_the_cli_says_why_an_ingest_waits_after_its_last_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    import aikg.kg
    from aikg.cli import cli

    monkeypatch.setattr(aikg.kg, "COMPACT_ABOVE_BYTES", 0)
    store = str(tmp_path / "kg")
    said = CliRunner().invoke(cli, ["--store", store, "ingest", str(EXAMPLES / "analyst-notes.yaml")])
    assert said.exit_code == 0, said.output
    assert said.stderr.startswith("merging the store's tables (") and "MB)" in said.stderr
    assert "merging" not in said.stdout
    quiet = CliRunner().invoke(
        cli, ["--store", str(tmp_path / "quiet"), "ingest", "-q", str(EXAMPLES / "analyst-notes.yaml")]
    )
    assert quiet.exit_code == 0 and "merging" not in quiet.stderr


def test_a_file_removed_while_the_store_is_measured_counts_for_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # RocksDB deletes merged tables and old logs in its own threads, between listing the store's
    # folder and reading a file's size: the ingest that measures it must not fail for that.
    from pathlib import Path as RealPath

    store = EmbeddedStore(tmp_path / "kg")
    size = store.bytes_on_disk()
    ghost = store.path / "000999.sst"
    listed = list(store.path.iterdir())
    monkeypatch.setattr(RealPath, "iterdir", lambda self: iter([*listed, ghost]))
    real_is_file = RealPath.is_file
    monkeypatch.setattr(RealPath, "is_file", lambda self: self == ghost or real_is_file(self))
    assert size > 0 and store.bytes_on_disk() == size
