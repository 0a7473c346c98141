"""Shared fixtures, and the CI rule: a test may skip for a missing prerequisite only outside CI."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from hypothesis import HealthCheck, settings

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
SEEDS_GOLD = SHARED / "eval" / "seeds.gold.yaml"
EXAMPLES = REPO / "examples"
DATA = Path(__file__).resolve().parent / "data"

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

# Property-based tests: a modest number of examples by default (the fuzz set stays quick on a small
# machine), many more with HYPOTHESIS_PROFILE=long; no deadline (the first example loads spaCy);
# derandomized in CI so a CI failure reproduces exactly.
settings.register_profile(
    "quick",
    max_examples=25,
    deadline=None,
    derandomize=IN_CI,
    database=None if IN_CI else settings().database,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long",
    parent=settings.get_profile("quick"),
    max_examples=2000,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "quick"))


def need(condition: bool, reason: str) -> None:
    """Skip the calling test for ``reason`` unless ``condition`` holds; in CI, fail instead."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"CI must provide this: {reason}")
    pytest.skip(reason)


@pytest.fixture
def seeds() -> Path:
    """The seed articles in ../shared (test data we may read but never copy)."""
    need(SEEDS.is_dir(), f"seed corpus not found at {SEEDS}")
    return SEEDS


@pytest.fixture
def seeds_gold() -> Path:
    need(SEEDS_GOLD.is_file(), f"seed gold file not found at {SEEDS_GOLD}")
    return SEEDS_GOLD


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """In CI any skip is a failure (importorskip included): CI installs everything tests need."""
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, which must provide what this test needs: {report.longrepr}"


FACTS = DATA / "facts"
HOSTILE = DATA / "hostile"  # adversarial inputs (issue 14): each reproduces an attack the tests run


@pytest.fixture(scope="module")
def facts_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the hand-made test industry and a later denial (answers known exactly)."""
    from aikg import KnowledgeGraph

    store = tmp_path_factory.mktemp("store") / "kg"
    report = KnowledgeGraph(store).ingest([FACTS / "industry.yaml", FACTS / "denial.yaml"])
    assert report.ok, report.failed
    return store


# Hand-built projection graphs for the view tests: the attributes aikg.graph.projection.to_networkx
# gives nodes and edges (the contract between the graph layer and aikg.visual).
DIRECT = {"asserted", "reported", "alleged"}


def add_entity(g: nx.MultiDiGraph, node: str, label: str, type_: str, **extra: Any) -> None:
    g.add_node(
        node,
        label=label,
        type=type_,
        curated=extra.get("curated", False),
        wikidata=extra.get("wikidata"),
        aliases=extra.get("aliases", []),
    )


def add_claim(
    g: nx.MultiDiGraph,
    u: str,
    v: str,
    predicate: str,
    status: str = "reported",
    *,
    depends: str | None = None,
    corroboration: int = 1,
    qualifiers: dict[str, Any] | None = None,
    sentence: str | None = None,
    title: str = "An article",
) -> None:
    g.add_edge(
        u,
        v,
        key=predicate,
        predicate=predicate,
        status=status,
        statuses=[status],
        direct=status in DIRECT,
        confidence=0.8,
        corroboration=corroboration,
        qualifiers=qualifiers or {},
        depends=depends,
        evidence=[
            {
                "document": f"{u}-{v}.txt",
                "title": title,
                "date": "2024-07-31",
                "sentence": sentence or f"{u} {predicate} {v}.",
                "start": 10,
                "end": 60,
                "status": status,
            }
        ],
    )


QUESTIONS = DATA / "questions"


@pytest.fixture(scope="session")
def questions_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The made-up industry of tests/data/questions (early, later and undated notes)."""
    from aikg import KnowledgeGraph

    store = tmp_path_factory.mktemp("questions") / "kg"
    report = KnowledgeGraph(store).ingest(
        [QUESTIONS / "early.yaml", QUESTIONS / "later.yaml", QUESTIONS / "undated.yaml"]
    )
    assert report.ok, report.failed
    return store


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A fresh Virtuoso on free ports of 127.0.0.1 for the whole session (it takes ~30 s to
    start); scripts/install-virtuoso.sh installs it for CI."""
    from virtuoso_server import running_virtuoso, virtuoso_binary

    need(virtuoso_binary() is not None, "virtuoso-t not installed (run scripts/install-virtuoso.sh)")
    with running_virtuoso(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server
