"""What tests share besides fixtures: where the test data is, the skip-or-fail rule, builders of
hand-made projection graphs, and the type of the ``run`` fixture. Tests import these from here;
fixtures stay in conftest.py.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Protocol

import networkx as nx
import pytest
from click.testing import Result

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
SEEDS_GOLD = SHARED / "eval" / "seeds.gold.yaml"
EXAMPLES = REPO / "examples"
DATA = Path(__file__).resolve().parent / "data"

FACTS = DATA / "facts"
HOSTILE = DATA / "hostile"  # adversarial inputs (issue 14): each reproduces an attack the tests run


QUESTIONS = DATA / "questions"


IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def need(condition: bool, reason: str) -> None:
    """Skip the calling test for ``reason`` unless ``condition`` holds; in CI, fail instead."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"CI must provide this: {reason}")
    pytest.skip(reason)


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


class RunCli(Protocol):
    """The ``run`` fixture: ``aikg --store STORE ARGS...`` in-process (the facts store by default)."""

    def __call__(self, *args: str, store: Path | None = None) -> Result: ...
