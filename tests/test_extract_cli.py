"""`aikg extract` writes N-Quads shards; ingesting them equals ingesting the files directly."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from aikg import KnowledgeGraph
from aikg.cli import cli
from aikg.graph.storage.store import is_document_graph
from tests.conftest import EXAMPLES

FILES = [
    EXAMPLES / "analyst-notes.yaml",
    EXAMPLES / "tiktok-openai-bill-via-azure.txt",
    EXAMPLES / "xai-grok.md",
    EXAMPLES / "google-anthropic-stake.md",
]


def _doc_quads(store: Path) -> set[object]:
    kg = KnowledgeGraph(store, read_only=True)
    return {q for g in kg.store.named_graphs() if is_document_graph(g) for q in kg.store.quads(g)}


def test_extract_then_ingest_equals_direct_ingest(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "shards" / "out.nq"
    result = runner.invoke(cli, ["extract", *map(str, FILES), "-o", str(out), "--shard-size", "3"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["4 documents in 2 shards, 0 failed"]
    shards = sorted(out.parent.glob("out*.nq"))
    assert [p.name for p in shards] == ["out-00000.nq", "out-00001.nq"]

    loaded = runner.invoke(cli, ["--store", str(tmp_path / "from-shards"), "ingest", *map(str, shards)])
    assert loaded.exit_code == 0, loaded.output
    assert loaded.output.splitlines()[-1] == "4 documents from 2 files ingested, 0 failed"
    direct = runner.invoke(cli, ["--store", str(tmp_path / "direct"), "ingest", *map(str, FILES)])
    assert direct.exit_code == 0, direct.output
    assert _doc_quads(tmp_path / "from-shards") == _doc_quads(tmp_path / "direct")

    # Shards replace graphs of the same source: loading them again changes nothing.
    again = runner.invoke(cli, ["--store", str(tmp_path / "from-shards"), "ingest", *map(str, shards)])
    assert again.exit_code == 0
    assert _doc_quads(tmp_path / "from-shards") == _doc_quads(tmp_path / "direct")


def test_a_plain_nquads_file_is_still_one_document(tmp_path: Path) -> None:
    plain = tmp_path / "plain.nq"
    plain.write_text('<http://e/a> <http://e/p> "x" <http://e/g> .\n', encoding="utf-8")
    kg = KnowledgeGraph(tmp_path / "kg")
    report = kg.ingest([plain])
    assert report.ok and len(report.ingested) == 1
    assert len([g for g in kg.store.named_graphs() if is_document_graph(g)]) == 1
