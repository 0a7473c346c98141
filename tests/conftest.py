"""Shared fixtures, and the CI rule: a test may skip for a missing prerequisite only outside CI."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from helpers import (  # noqa: F401  (re-exported for tests that import them from conftest)
    DATA,
    EXAMPLES,
    FACTS,
    HOSTILE,
    IN_CI,
    QUESTIONS,
    REPO,
    SEEDS,
    SEEDS_GOLD,
    SHARED,
    RunCli,
    add_claim,
    add_entity,
    need,
)
from hypothesis import HealthCheck, settings

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


@pytest.fixture(scope="module")
def facts_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the hand-made test industry and a later denial (answers known exactly)."""
    from aikg import KnowledgeGraph

    store = tmp_path_factory.mktemp("store") / "kg"
    report = KnowledgeGraph(store).ingest([FACTS / "industry.yaml", FACTS / "denial.yaml"])
    assert report.ok, report.failed
    return store


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


@pytest.fixture
def run(facts_store: Path) -> RunCli:
    """Run ``aikg`` in-process on the facts store (or ``store=``), exceptions not caught."""
    from click.testing import CliRunner

    from aikg.cli import cli

    runner = CliRunner()

    def invoke(*args: str, store: Path | None = None) -> Result:
        return runner.invoke(cli, ["--store", str(store or facts_store), *args], catch_exceptions=False)

    return invoke
