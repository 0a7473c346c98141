"""Timelines on tests/data/questions: relations in the order documents first reported them."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from aikg import KnowledgeGraph
from aikg.cli import cli


def run(store: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_timeline_orders_by_first_report_and_ties_by_name(questions_store: Path) -> None:
    # Gamma's fact carries its own earlier source date; five relations tie on 2024-01-10 and sort by
    # subject; the negation of Lambda's hosting comes last, a separate entry from the report.
    assert run(questions_store, "timeline", "Beta Cloud").splitlines() == [
        "2023-06-01  Gamma Labs --customerOf--> Beta Cloud  [asserted, 0.95; USD 100,000,000 per year]",
        "2024-01-10  Alpha Apps --customerOf--> Beta Cloud  "
        "[reported, 0.98; USD 15,000,000 per month, share 25%]  (last reported 2025-03-01)",
        "2024-01-10  Beta Cloud --customerOf--> Delta Chips  [asserted, 0.95]",
        "2024-01-10  Kappa Media --customerOf--> Beta Cloud  [asserted, 0.95; share 10%]",
        "2024-01-10  Lambda Games --hostedOn--> Beta Cloud  [reported, 0.85]",
        "2024-01-10  Mu Music --hostedOn--> Beta Cloud  [asserted, 0.95]",
        "2025-03-01  Lambda Games --hostedOn--> Beta Cloud  [negated, 0.90]",
        "2025-03-01  Mu Music --hostedOn--> Beta Cloud  [reported, 0.85]",
    ]


def test_undated_relations_come_last(questions_store: Path) -> None:
    assert run(questions_store, "timeline", "Mu Music").splitlines() == [
        "2024-01-10  Mu Music --hostedOn--> Beta Cloud  [asserted, 0.95]",
        "2025-03-01  Mu Music --hostedOn--> Beta Cloud  [reported, 0.85]",
        "undated     Kappa Media --partnerOf--> Mu Music  [asserted, 0.95]",
    ]


def test_timeline_as_of_a_date_shows_what_was_known_then(questions_store: Path) -> None:
    assert run(questions_store, "timeline", "Lambda Games", "--as-of", "2024-12-31").splitlines() == [
        "2024-01-10  Lambda Games --hostedOn--> Beta Cloud  [reported, 0.85]"
    ]
    assert run(questions_store, "timeline", "Lambda Games", "--as-of", "2023-12-31") == "(no relations)\n"


def test_timeline_json_has_first_and_last_dates(questions_store: Path) -> None:
    [entry] = [
        t.to_json()
        for t in KnowledgeGraph(questions_store, read_only=True).timeline("Alpha Apps")
        if t.relation.predicate == "customerOf"
    ]
    assert (entry["first"], entry["last"], entry["status"]) == ("2024-01-10", "2025-03-01", "reported")
    assert [e["document"] for e in entry["evidence"]] == ["early.yaml", "later.yaml"]
