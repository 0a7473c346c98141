"""Dependency paths on a hostile graph: 16 entities where every pair is a customer of the other
(tests/data/hostile/dense.yaml). Simple paths of up to 10 hops between two of them number about
10^10; the search returns the shortest hundred, counts the rest it saw, and stops at its step
budget, so `aikg path` answers at once instead of eating memory until the kernel kills it."""

from __future__ import annotations

import json
import resource
import subprocess
from pathlib import Path

import pytest
from durability import aikg_command
from helpers import HOSTILE

from aikg import KnowledgeGraph
from aikg.graph.paths import MAX_STEPS

MEMORY_CAP = 2 * 1024**3


@pytest.fixture(scope="module")
def dense(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("dense") / "kg"
    assert KnowledgeGraph(store).ingest([HOSTILE / "dense.yaml"]).ok
    return store


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def test_path_on_a_dense_graph_is_bounded(dense: Path) -> None:
    """A real process under a 2 GB cap: without the bounds it dies or runs for hours."""
    done = subprocess.run(
        aikg_command(dense, "path", "zz-e0", "zz-e1", "--max-hops", "10", "--json"),
        capture_output=True,
        text=True,
        timeout=120,  # a safety net against a hung run, not a measurement
        preexec_fn=_capped,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    paths = json.loads(done.stdout)
    assert len(paths) == 100
    assert paths[0]["nodes"] == ["zz-e0", "zz-e1"]  # shortest first
    assert [len(p["hops"]) for p in paths] == sorted(len(p["hops"]) for p in paths)
    [note] = done.stderr.splitlines()
    assert note.startswith("note: showing the first 100 paths, shortest first; at least ")
    assert note.endswith(
        f"more were left out (the search stopped after {MAX_STEPS:,} steps): "
        "narrow the question with --max-hops, or see more with --max-paths"
    )


def test_paths_past_the_cap_are_counted_exactly_when_the_search_ends(dense: Path) -> None:
    kg = KnowledgeGraph(dense, read_only=True)
    found = kg.paths("zz-e0", "zz-e1", max_hops=3, max_paths=2)
    # 1 direct path, 14 through one other entity, 14 * 13 through two.
    assert [p.nodes for p in found] == [["zz-e0", "zz-e1"], ["zz-e0", "zz-e10", "zz-e1"]]
    assert (found.left_out, found.exhaustive) == (1 + 14 + 14 * 13 - 2, True)
    assert found.note() == "showing the first 2 paths, shortest first; 195 more were left out"
    everything = kg.paths("zz-e0", "zz-e1", max_hops=3, max_paths=1000)
    assert (len(everything), everything.note()) == (197, None)


@pytest.mark.parametrize("date", [None, "2024-06-01", "2024-12-31"], ids=str)
def test_questions_read_lazily_and_as_of_equal_them_over_the_projection(
    questions_store: Path, date: str | None
) -> None:
    # Hops read their evidence on first use, in batches, and a view as of a date walks the
    # store's own index checking each edge's dated evidence: the answers are those of the
    # projection of a dated copy of the store.
    from aikg.graph import paths as over_graph
    from aikg.kg import KnowledgeGraph

    kg = KnowledgeGraph(questions_store, read_only=True)
    view = kg if date is None else kg.at(date)
    graph = (kg if date is None else kg.at(date)).to_networkx()
    for node in graph.nodes:
        for mine, reference in (
            (view.dependents(node), over_graph.dependents(graph, node)),
            (view.dependencies(node), over_graph.dependencies(graph, node)),
        ):
            assert [r.to_json() for r in mine] == [r.to_json() for r in reference], node
            assert mine == reference
        for target in graph.nodes:
            if target != node:
                found = view.paths(node, target)
                expected = over_graph.dependency_paths(graph, node, target)
                assert [p.to_json() for p in found] == [p.to_json() for p in expected], (node, target)
    if date is not None:  # the dated questions never copied the store
        assert view._snapshot is None
