"""Exposure and single points of failure on tests/data/questions, whose answers are known."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from aikg import KnowledgeGraph
from aikg.cli import cli


@pytest.fixture(scope="module")
def kg(questions_store: Path) -> KnowledgeGraph:
    return KnowledgeGraph(questions_store, read_only=True)


def run(store: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_exposure_ranks_by_annualised_money_then_share_then_hops_then_name(questions_store: Path) -> None:
    # EUR before USD (no conversion: currencies rank alphabetically); $15M a month beats $100M a
    # year; a share alone ranks after amounts; Beta (1 hop) before Lambda and Mu (2 hops, a tie
    # broken by name). Gamma's richer path (via Beta) wins over its path through Alpha.
    assert run(questions_store, "exposure", "Delta Chips").splitlines() == [
        "Epsilon Hosting  [EUR 50,000,000]  (hops: 1; Epsilon Hosting -> Delta Chips; via customerOf)",
        "Alpha Apps  [USD 180,000,000 a year (USD 15,000,000 per month), share 25%]  "
        "(hops: 2; Alpha Apps -> Beta Cloud -> Delta Chips; via customerOf, customerOf)",
        "Gamma Labs  [USD 100,000,000 a year]  (hops: 2; Gamma Labs -> Beta Cloud -> Delta Chips; "
        "via customerOf, customerOf)",
        "Kappa Media  [share 10%]  (hops: 2; Kappa Media -> Beta Cloud -> Delta Chips; "
        "via customerOf, customerOf)",
        "Beta Cloud  [no figures]  (hops: 1; Beta Cloud -> Delta Chips; via customerOf)",
        "Lambda Games  [no figures]  (hops: 2; Lambda Games -> Beta Cloud -> Delta Chips; "
        "via hostedOn, customerOf)",
        "Mu Music  [no figures]  (hops: 2; Mu Music -> Beta Cloud -> Delta Chips; via hostedOn, customerOf)",
    ]


def test_exposure_json_carries_the_stake_and_each_hop(questions_store: Path) -> None:
    [alpha, *_] = json.loads(run(questions_store, "exposure", "Beta Cloud", "--json"))
    assert alpha["entity"] == "q-alpha"
    assert alpha["stake"] == {"amount": 15000000, "currency": "USD", "annual": 180000000.0, "share": 0.25}
    assert alpha["path"]["nodes"] == ["q-alpha", "q-beta"]
    assert alpha["path"]["hops"][0]["relation"] == {
        "subject": "q-alpha",
        "predicate": "customerOf",
        "object": "q-beta",
    }


def test_exposure_through_a_cycle_and_of_an_entity_nothing_depends_on(kg: KnowledgeGraph) -> None:
    assert [(e.entity, e.distance) for e in kg.exposure("Iota Power")] == [("q-theta", 1), ("q-eta", 2)]
    assert [(e.entity, e.path.nodes) for e in kg.exposure("Eta Robotics")] == [
        ("q-theta", ["q-theta", "q-eta"])
    ]
    assert kg.exposure("Zeta Search") == []


def test_exposure_respects_max_hops(kg: KnowledgeGraph) -> None:
    assert [e.entity for e in kg.exposure("Omega Foundry", max_hops=1)] == ["q-delta", "q-zeta"]


def test_spof_names_dominators_with_what_would_be_lost(questions_store: Path) -> None:
    # Gamma reaches Epsilon only through Alpha and Omega only through Delta (a tie of two: by name);
    # Beta can be bypassed (Gamma -> Alpha -> Epsilon -> Delta), so it is not one. Both of
    # Gamma's suppliers end at Omega: a common dependency, the costliest, so first.
    assert run(questions_store, "spof", "Gamma Labs").splitlines() == [
        "Omega Foundry  [common dependency: all 2 of Gamma Labs's direct dependencies depend on it "
        "(Alpha Apps, Beta Cloud)]  (without it Gamma Labs loses 5; all Gamma Labs depends on: Alpha Apps, "
        "Beta Cloud, Delta Chips, Epsilon Hosting, Omega Foundry)",
        "Alpha Apps  [gatekeeper: every path to these passes through it]  "
        "(without it Gamma Labs loses 2: Alpha Apps, Epsilon Hosting)",
        "Delta Chips  [gatekeeper: every path to these passes through it]  "
        "(without it Gamma Labs loses 2: Delta Chips, Omega Foundry)",
    ]
    assert run(questions_store, "spof", "Beta Cloud").splitlines() == [
        "Delta Chips  [gatekeeper: every path to these passes through it]  "
        "(without it Beta Cloud loses 2; all Beta Cloud depends on: Delta Chips, Omega Foundry)"
    ]


def test_spof_in_a_cycle_and_without_dependencies(kg: KnowledgeGraph, questions_store: Path) -> None:
    assert [p.to_json() for p in kg.single_points_of_failure("Eta Robotics")] == [
        {
            "entity": "q-theta",
            "label": "Theta Data",
            "kind": "gatekeeper",
            "loses": ["q-iota", "q-theta"],
            "everything": True,
        }
    ]
    assert kg.single_points_of_failure("Omega Foundry") == []
    assert run(questions_store, "spof", "Omega Foundry") == "(no single point of failure for Omega Foundry)\n"
    assert run(questions_store, "exposure", "Zeta Search") == "(nothing depends on Zeta Search)\n"


def test_exposure_view_draws_the_chosen_paths(questions_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "exposure.html"
    assert run(questions_store, "viz", "-o", str(out), "--exposure", "Beta Cloud") == f"wrote {out}\n"
    html = out.read_text()
    assert "who is exposed to Beta Cloud" in html
    assert "Mu Music" in html and "Omega Foundry" not in html


def test_exposure_view_of_an_entity_nothing_depends_on_is_an_error(
    questions_store: Path, tmp_path: Path
) -> None:
    result = CliRunner().invoke(
        cli,
        ["--store", str(questions_store), "viz", "-o", str(tmp_path / "x.html"), "--exposure", "Zeta Search"],
    )
    assert result.exit_code == 1
    assert result.output == "Error: nothing depends on Zeta Search within 4 hops: no exposure to draw\n"


COMMON_MODE = """\
source: {title: Notes, date: 2025-01-15}
entities:
  - {id: appco, label: AppCo, type: Company}
  - {id: midone, label: MidOne, type: Company}
  - {id: midtwo, label: MidTwo, type: Company}
  - {id: basecloud, label: BaseCloud, type: CloudPlatform}
facts:
  - {subject: AppCo, predicate: customerOf, object: MidOne}
  - {subject: AppCo, predicate: usesTechnologyOf, object: MidTwo}
  - {subject: MidOne, predicate: hostedOn, object: BaseCloud}
  - {subject: MidTwo, predicate: hostedOn, object: BaseCloud}
"""


def test_spof_names_the_common_dependency_of_all_suppliers(tmp_path: Path) -> None:
    (tmp_path / "notes.yaml").write_text(COMMON_MODE)
    store = tmp_path / "kg"
    assert run(store, "ingest", str(tmp_path / "notes.yaml")).endswith("1 file ingested, 0 failed\n")
    assert run(store, "spof", "AppCo").splitlines() == [
        "BaseCloud  [common dependency: all 2 of AppCo's direct dependencies depend on it (MidOne, MidTwo)]  "
        "(without it AppCo loses 3; all AppCo depends on: BaseCloud, MidOne, MidTwo)"
    ]
    assert json.loads(run(store, "spof", "AppCo", "--json")) == [
        {
            "entity": "basecloud",
            "label": "BaseCloud",
            "kind": "common dependency",
            "loses": ["basecloud", "midone", "midtwo"],
            "everything": True,
            "dependents": ["midone", "midtwo"],
            "direct": 2,
        }
    ]
    (point,) = KnowledgeGraph(store, read_only=True).single_points_of_failure("AppCo")
    assert (point.kind, point.shared_by, point.direct) == ("common dependency", 2, 2)


def test_the_exposure_view_names_single_points_of_failure(questions_store: Path, tmp_path: Path) -> None:
    import re

    out = tmp_path / "exposure.html"
    run(questions_store, "viz", "-o", str(out), "--exposure", "Omega Foundry")
    data = json.loads(
        re.search(r'<script type="application/json" id="aikg-data">(.*?)</script>', out.read_text(), re.S)[1]
    )
    risks = {n["id"]: n["aikg"].get("risks", []) for n in data["nodes"]}
    assert (
        "Gamma Labs: common dependency: all 2 of its direct dependencies depend on this" in risks["q-omega"]
    )
    assert (
        "Gamma Labs: gatekeeper: every path to some of what it depends on passes through this"
        in risks["q-delta"]
    )


DATES = [None, "2023-06-01", "2024-06-01", "2024-12-31", "2999-12-31"]


def _snapshot_graph(store: Path, date: str | None) -> tuple[KnowledgeGraph, object]:
    """The graph as of ``date`` (None: now), and its projection built from every relation: the
    reference the index-based questions must agree with."""
    kg = KnowledgeGraph(store, read_only=True)
    view = kg if date is None else kg.at(date)
    return view, view.to_networkx()


@pytest.mark.parametrize("date", DATES, ids=[str(d) for d in DATES])
def test_exposure_and_spof_over_the_index_equal_them_over_the_projection(
    questions_store: Path, date: str | None
) -> None:
    # The questions walk the dependency index and read only the relations on their paths (as
    # of a date without copying the store); the projection of every relation is the reference.
    from aikg.graph.exposure import exposure, single_points_of_failure

    view, graph = _snapshot_graph(questions_store, date)
    relations = view._all_relations()
    for node in graph.nodes:
        for hops in (1, 2, 4):
            expected = [e.to_json() for e in exposure(graph, relations, node, max_hops=hops)]
            assert [e.to_json() for e in view.exposure(node, max_hops=hops)] == expected, (node, hops)
        expected_points = [p.to_json() for p in single_points_of_failure(graph, node)]
        assert [p.to_json() for p in view.single_points_of_failure(node)] == expected_points, node


@pytest.mark.parametrize("date", DATES, ids=[str(d) for d in DATES])
def test_conflicts_read_from_the_denials_equal_those_of_every_relation(
    questions_store: Path, date: str | None
) -> None:
    from aikg.graph.conflicts import find_conflicts

    view, _ = _snapshot_graph(questions_store, date)
    expected = [c.to_json() for c in find_conflicts(view._all_relations())]
    assert [c.to_json() for c in view.conflicts()] == expected
