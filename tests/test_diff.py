"""Diffs between two dates of one store and between two stores, on tests/data/questions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import DATA, QUESTIONS

from aikg import KnowledgeGraph
from aikg.cli import cli

ALPHA_AMOUNT = (
    "amount       Alpha Apps --customerOf--> Beta Cloud  [reported; USD 10,000,000 per month, share 25%]"
    " -> [reported; USD 15,000,000 per month, share 25%]"
)
LAMBDA_STATUS = "status       Lambda Games --hostedOn--> Beta Cloud  [reported] -> [negated]"


def invoke(store: Path, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False)


@pytest.fixture(scope="module")
def old_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("old") / "kg"
    report = KnowledgeGraph(store).ingest([QUESTIONS / "early.yaml", DATA / "questions-old" / "gone.yaml"])
    assert report.ok, report.failed
    return store


def test_diff_between_two_dates(questions_store: Path) -> None:
    # Mu's hosting, asserted early and only reported later, is no change: the surest status holds.
    result = invoke(questions_store, "diff", "--from", "2024-12-31", "--to", "2025-03-01")
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        "appeared     Zeta Search --customerOf--> Omega Foundry  [asserted]",
        LAMBDA_STATUS,
        ALPHA_AMOUNT,
    ]


def test_diff_from_a_date_to_now_includes_undated_claims(questions_store: Path) -> None:
    assert invoke(questions_store, "diff", "--from", "2024-12-31").output.splitlines() == [
        "appeared     Kappa Media --partnerOf--> Mu Music  [asserted]",
        "appeared     Zeta Search --customerOf--> Omega Foundry  [asserted]",
        LAMBDA_STATUS,
        ALPHA_AMOUNT,
    ]


def test_diff_between_the_same_dates_is_empty(questions_store: Path) -> None:
    assert (
        invoke(questions_store, "diff", "--from", "2025-03-01", "--to", "2025-03-01").output
        == "(no changes)\n"
    )


def test_diff_against_another_store(questions_store: Path, old_store: Path) -> None:
    result = invoke(questions_store, "diff", "--against", str(old_store))
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        "appeared     Kappa Media --partnerOf--> Mu Music  [asserted]",
        "appeared     Zeta Search --customerOf--> Omega Foundry  [asserted]",
        "disappeared  Mu Music --customerOf--> Omega Foundry  [asserted]",
        LAMBDA_STATUS,
        ALPHA_AMOUNT,
    ]


def test_diff_json(questions_store: Path) -> None:
    changes = json.loads(
        invoke(questions_store, "diff", "--from", "2024-12-31", "--to", "2025-03-01", "--json").output
    )
    assert [(c["change"], c["subject"]["id"], c["predicate"], c["object"]["id"]) for c in changes] == [
        ("appeared", "q-zeta", "customerOf", "q-omega"),
        ("status", "q-lambda", "hostedOn", "q-beta"),
        ("amount", "q-alpha", "customerOf", "q-beta"),
    ]
    assert changes[0]["before"] is None
    amount = changes[2]
    assert (amount["before"]["qualifiers"]["amount"], amount["after"]["qualifiers"]["amount"]) == (
        10000000,
        15000000,
    )


@pytest.mark.parametrize(
    "args",
    [[], ["--to", "2025-01-01"], ["--against", "x", "--from", "2025-01-01"]],
    ids=["nothing", "to-alone", "both"],
)
def test_diff_needs_one_of_against_and_from(questions_store: Path, args: list[str]) -> None:
    result = invoke(questions_store, "diff", *args)
    assert result.exit_code == 2
    assert "Error: give --against STORE or --from DATE (with --to DATE if you like)" in result.output


DIFF_DATES = [None, "2023-06-01", "2024-06-01", "2024-12-31", "2999-12-31"]


@pytest.mark.parametrize("before", DIFF_DATES[1:], ids=str)
@pytest.mark.parametrize("after", DIFF_DATES, ids=str)
def test_a_diff_of_one_store_at_two_dates_reads_only_what_changed(
    questions_store: Path, before: str, after: str | None
) -> None:
    # The relations whose evidence all predates the earlier date read the same at both dates,
    # so only the others are read: the changes are those between the two dated copies.
    from aikg.graph.diff import diff

    kg = KnowledgeGraph(questions_store, read_only=True)
    old, new = kg.at(before), (kg if after is None else kg.at(after))
    expected = [c.to_json() for c in diff(old._all_relations(), new._all_relations())]
    old, new = kg.at(before), (kg if after is None else kg.at(after))
    assert [c.to_json() for c in new.diff(old)] == expected
    assert old._snapshot is None and getattr(new, "_snapshot", None) is None


@pytest.mark.parametrize("before", DIFF_DATES[1:], ids=str)
@pytest.mark.parametrize("after", [None, "2024-12-31"], ids=str)
def test_a_diff_in_two_passes_is_the_diff_in_one(
    questions_store: Path, before: str, after: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Many statements are read in two passes (states from light data, then whole for what
    # changed), by scans: on this small store, forced.
    from aikg.graph import diff as diff_module
    from aikg.graph import statement_batches

    kg = KnowledgeGraph(questions_store, read_only=True)
    expected = [c.to_json() for c in (kg if after is None else kg.at(after)).diff(kg.at(before))]
    monkeypatch.setattr(diff_module, "TWO_PASSES_ABOVE", 0)
    monkeypatch.setattr(diff_module, "RELATIONS_CHECKED_ABOVE", 0)
    monkeypatch.setattr(statement_batches, "SCAN_ABOVE", 0)
    assert [c.to_json() for c in (kg if after is None else kg.at(after)).diff(kg.at(before))] == expected


def test_statements_with_no_dated_evidence_appear_against_a_date() -> None:
    # Imported RDF may hold statements with no evidence, or with evidence that names no
    # document: no view as of a date has them, the store as it is does.
    import pyoxigraph as ox

    from aikg.graph.as_of import Cutoff
    from aikg.graph.diff import store_diff
    from aikg.graph.storage.store import EmbeddedStore
    from aikg.ontology.terms import Aikg
    from aikg.ontology.vocab import AIKG, ENT, PROV, RDF, RDFS

    g = ox.NamedNode("https://w3id.org/aikg/document/d")

    def quad(s: str, p: str, o: ox.NamedNode | ox.Literal) -> ox.Quad:
        return ox.Quad(ox.NamedNode(s), ox.NamedNode(p), o, g)

    quads = [
        q
        for name in ("acme", "bolt", "crux")
        for q in (
            quad(ENT + name, RDFS + "label", ox.Literal(name.title())),
            quad(ENT + name, RDF + "type", ox.NamedNode(AIKG + "Company")),
        )
    ]
    for n, (s, o) in enumerate([("acme", "bolt"), ("bolt", "crux")]):
        stmt = f"https://w3id.org/aikg/statement/{n}"
        quads += [
            quad(stmt, RDF + "type", ox.NamedNode(Aikg.Statement)),
            quad(stmt, RDF + "subject", ox.NamedNode(ENT + s)),
            quad(stmt, RDF + "predicate", ox.NamedNode(AIKG + "customerOf")),
            quad(stmt, RDF + "object", ox.NamedNode(ENT + o)),
            quad(stmt, Aikg.status, ox.NamedNode(Aikg.Asserted)),
            quad(stmt, Aikg.confidence, ox.Literal(0.9)),
        ]
        if n:  # evidence that names no document
            quads += [
                quad(stmt, PROV + "wasDerivedFrom", ox.NamedNode(stmt + "/evidence")),
                quad(stmt + "/evidence", Aikg.quote, ox.Literal("Bolt buys from Crux.")),
            ]
    store = EmbeddedStore.holding(quads)
    changes = store_diff(store, Cutoff(store, "2024-01-01"), None)
    assert [(c.kind, c.subject.label, c.object.label) for c in changes] == [
        ("appeared", "Acme", "Bolt"),
        ("appeared", "Bolt", "Crux"),
    ]


RESTATED_ENTITIES = """entities:
  - {id: acme, label: Acme, type: Company}
  - {id: bolt, label: Bolt, type: CloudPlatform}
  - {id: crux, label: Crux, type: Company}
  - {id: dyne, label: Dyne, type: Company}
  - {id: eon, label: Eon, type: Company}
"""
RESTATED = {
    "early.yaml": "source: {title: Early, date: 2024-01-10}\n"
    + RESTATED_ENTITIES
    + """facts:
  - {subject: Acme, predicate: customerOf, object: Bolt}
  - {subject: Crux, predicate: investsIn, object: Dyne, amount: 10000000, currency: USD}
""",
    "later.yaml": "source: {title: Later, date: 2025-03-01}\n"
    + RESTATED_ENTITIES
    + """facts:
  - {subject: Acme, predicate: customerOf, object: Bolt}
  - {subject: Crux, predicate: investsIn, object: Dyne, amount: 20000000, currency: USD}
  - {subject: Eon, predicate: customerOf, object: Bolt}
""",
}


def test_a_fact_restated_as_it_was_is_not_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # News restates facts year after year: a relation asserted with no figure before the earlier
    # date reads the same at both, however often restated later, so its statements are not read.
    from aikg.graph import diff as diff_module
    from aikg.graph.as_of import Cutoff

    for name, text in RESTATED.items():
        (tmp_path / name).write_text(text)
    kg = KnowledgeGraph(tmp_path / "kg")
    assert kg.ingest([tmp_path / n for n in RESTATED]).ok
    store = kg._store
    candidates = diff_module._candidates(store, Cutoff(store, "2024-06-01"), undated=True)
    assert set(candidates.values()) == {
        ("acme", "customerOf", "bolt"),
        ("crux", "investsIn", "dyne"),
        ("eon", "customerOf", "bolt"),
    }
    expected = [c.to_json() for c in kg.diff(kg.at("2024-06-01"))]
    # As if there were many: the restated relation is dropped, the changed amount and the new
    # relation are kept.
    monkeypatch.setattr(diff_module, "RELATIONS_CHECKED_ABOVE", 0)
    monkeypatch.setattr(diff_module, "TWO_PASSES_ABOVE", 0)
    kept = diff_module._candidates(store, Cutoff(store, "2024-06-01"), undated=True)
    assert set(kept.values()) == {("crux", "investsIn", "dyne"), ("eon", "customerOf", "bolt")}
    assert [c.to_json() for c in kg.diff(kg.at("2024-06-01"))] == expected
    assert [(c["change"], c["subject"]["label"]) for c in expected] == [
        ("appeared", "Eon"),
        ("amount", "Crux"),
    ]
