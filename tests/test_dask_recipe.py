"""The README's Dask recipe: extraction mapped over a cluster to shards, then `aikg ingest`."""

from __future__ import annotations

from pathlib import Path

import pytest

from aikg import KnowledgeGraph
from aikg.graph.storage.store import is_document_graph
from tests.conftest import EXAMPLES, need

FILES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".md"))[:4]


def _doc_quads(kg: KnowledgeGraph) -> set[object]:
    return {q for g in kg.store.named_graphs() if is_document_graph(g) for q in kg.store.quads(g)}


def test_dask_shards_ingest_to_the_same_store_as_a_local_ingest(tmp_path: Path) -> None:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        need(False, "dask[distributed] is not installed (pip install -e '.[test]')")
        pytest.skip("unreachable")
    from aikg.ingest.shards import extract_shard
    from aikg.ontology.registry import default_registry

    names = default_registry()
    batches = [FILES[:2], FILES[2:]]
    outs = [tmp_path / f"part-{i:05d}.nq" for i in range(len(batches))]
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        futures = client.map(extract_shard, batches, outs, names=names)
        reports = client.gather(futures)
    assert [r.documents for r in reports] == [2, 2] and all(r.ok for r in reports)

    from_shards = KnowledgeGraph(tmp_path / "from-shards")
    assert from_shards.ingest(sorted(tmp_path.glob("part-*.nq"))).ok
    local = KnowledgeGraph(tmp_path / "local")
    assert local.ingest(FILES, workers=1).ok
    assert _doc_quads(from_shards) == _doc_quads(local)
