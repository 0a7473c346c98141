"""--as-of: every question answered from the evidence dated on or before a date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from aikg import KnowledgeGraph
from aikg.cli import cli
from aikg.errors import AIKGError


def invoke(store: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False)


def run(store: Path, *args: str) -> str:
    result = invoke(store, *args)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def kg(questions_store: Path) -> KnowledgeGraph:
    return KnowledgeGraph(questions_store, read_only=True)


def _alpha_beta(graph: KnowledgeGraph) -> tuple[float, dict[str, object], list[str]]:
    [r] = graph.relations(subject="Alpha Apps", predicate="customerOf", object="Beta Cloud")
    return r.confidence, r.qualifiers, r.documents


def test_a_dated_view_keeps_earlier_evidence_and_recomputes_confidence_and_figures(
    kg: KnowledgeGraph,
) -> None:
    early = {"amount": 10000000, "currency": "USD", "period": "month", "point_in_time": None, "share": 0.25}
    early.pop("point_in_time")
    assert _alpha_beta(kg.at("2024-06-01")) == (0.85, early, ["early.yaml"])
    # Two documents: noisy-or 1 - 0.15 * 0.15, the later amount wins, the share is kept.
    assert _alpha_beta(kg) == (0.9775, {**early, "amount": 15000000}, ["early.yaml", "later.yaml"])


def test_as_of_in_the_constructor_is_the_same_as_at(questions_store: Path, kg: KnowledgeGraph) -> None:
    dated = KnowledgeGraph(questions_store, as_of="2024-06-01")
    assert dated.as_of == "2024-06-01"
    assert [r.to_json() for r in dated.relations()] == [r.to_json() for r in kg.at("2024-06-01").relations()]


def test_undated_evidence_is_left_out_of_every_dated_view(kg: KnowledgeGraph) -> None:
    assert len(kg.relations(predicate="partnerOf", subject="Kappa Media")) == 1
    assert kg.at("2999-12-31").relations(predicate="partnerOf", subject="Kappa Media") == []


def test_a_date_before_any_evidence_knows_nothing_of_later_documents(kg: KnowledgeGraph) -> None:
    assert kg.at("2023-01-01").relations() == []
    assert [r.subject.label for r in kg.at("2023-06-01").relations()] == ["Gamma Labs"]


def test_a_dated_view_is_read_only(kg: KnowledgeGraph) -> None:
    with pytest.raises(AIKGError, match="a view as of 2024-06-01 is read-only"):
        kg.at("2024-06-01").ingest([])


def test_a_bad_date_names_the_format(kg: KnowledgeGraph, questions_store: Path) -> None:
    with pytest.raises(AIKGError, match=r"not a date: '2024-13-01'; give it as YYYY-MM-DD"):
        kg.at("2024-13-01")
    result = invoke(questions_store, "relations", "--as-of", "yesterday")
    assert result.exit_code == 2
    assert "Invalid value for '--as-of': 'yesterday' does not match the format '%Y-%m-%d'." in result.output


def test_sparql_as_of_runs_on_a_dated_snapshot(questions_store: Path) -> None:
    ask = "ASK { ent:q-zeta aikg:dependsOn ent:q-omega }"
    assert run(questions_store, "query", ask, "--as-of", "2025-02-28") == "false\n"
    assert run(questions_store, "query", ask, "--as-of", "2025-03-01") == "true\n"
    count = "SELECT (COUNT(?s) AS ?n) WHERE { ?s a aikg:Statement }"
    assert run(questions_store, "query", count, "--format", "csv", "--as-of", "2024-06-01") == "n\n14\n"
    assert run(questions_store, "query", count, "--format", "csv") == "n\n19\n"


def test_conflicts_appear_only_once_the_denial_is_dated(questions_store: Path) -> None:
    assert run(questions_store, "conflicts", "--as-of", "2025-02-28") == "(no conflicts)\n"
    assert run(questions_store, "conflicts").splitlines() == [
        "Lambda Games --hostedOn--> Beta Cloud",
        "  claimed [reported, 0.85]",
        "      “Curated fact, as reported: Lambda Games is hosted on Beta Cloud.” (early.yaml, 2024-01-10)",
        "  denied [negated, 0.90]",
        "      “Lambda is no longer hosted on Beta.” (later.yaml, 2025-03-01)",
    ]
    [conflict] = json.loads(run(questions_store, "conflicts", "--json"))
    assert [r["status"] for r in conflict["stated"]] == ["reported"]
    assert [r["status"] for r in conflict["denied"]] == ["negated"]


@pytest.mark.parametrize(
    ("args", "before", "after"),
    [
        (["dependents", "Omega Foundry"], 8, 9),
        (["dependencies", "Zeta Search"], 0, 1),
        (["path", "Zeta Search", "Omega Foundry"], 0, 1),
        (["relations", "--subject", "Zeta Search"], 0, 1),
        (["exposure", "Omega Foundry"], 8, 9),
    ],
    ids=["dependents", "dependencies", "path", "relations", "exposure"],
)
def test_every_question_takes_as_of(questions_store: Path, args: list[str], before: int, after: int) -> None:
    dated = json.loads(run(questions_store, *args, "--json", "--as-of", "2025-02-28"))
    assert (len(dated), len(json.loads(run(questions_store, *args, "--json")))) == (before, after)


def test_lookup_and_viz_take_as_of(questions_store: Path, tmp_path: Path) -> None:
    card = json.loads(run(questions_store, "lookup", "Lambda Games", "--json", "--as-of", "2024-06-01"))
    assert [r["status"] for r in card["outgoing"]] == ["reported"]
    out = tmp_path / "v.html"
    run(questions_store, "viz", "-o", str(out), "--as-of", "2024-06-01")
    assert "Mu Music" in out.read_text() and "Zeta Search" in out.read_text()
    run(questions_store, "viz", "-o", str(out), "--dependents", "Omega Foundry", "--as-of", "2025-02-28")
    assert "Zeta Search" not in out.read_text()


def test_an_entity_only_a_later_document_mentions_is_not_described_as_of_before_it(tmp_path: Path) -> None:
    early = tmp_path / "early.yaml"
    early.write_text(
        "source: {title: Early, date: 2024-01-10}\n"
        "facts:\n  - {subject: Microsoft, predicate: investsIn, object: OpenAI}\n",
        encoding="utf-8",
    )
    late = tmp_path / "late.yaml"
    late.write_text(
        "source: {title: Late, date: 2024-06-10}\n"
        "entities:\n  - {id: nimbus-labs, label: Nimbus Labs, type: ResearchLab}\n"
        "facts:\n  - {subject: Nimbus Labs, predicate: hostedOn, object: Azure}\n",
        encoding="utf-8",
    )
    kg = KnowledgeGraph()
    assert kg.ingest([early, late], workers=1).ok
    past = kg.at("2024-03-01")
    assert past.query("ASK { ent:nimbus-labs ?p ?o }").boolean is False
    assert past.query("ASK { ent:microsoft aikg:investsIn ent:openai }").boolean is True
    assert kg.query("ASK { ent:nimbus-labs rdfs:label ?l }").boolean is True
