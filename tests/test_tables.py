"""Tables: a pipe table's header names what its columns hold, and each row's names are related
by them, with the row as the evidence; the sentence reader never sees a table's rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from aikg.extract.pipeline import extract
from aikg.extract.tables import find_tables
from aikg.loaders.html import read_html
from aikg.loaders.text import read_article
from aikg.ontology.models import Document, Entity, content_id
from aikg.ontology.registry import NameIndex, default_registry

NAMES = NameIndex(
    [
        Entity(id="acme", label="Acme", type="Company"),
        Entity(id="zenith", label="Zenith", type="Company"),
        Entity(id="orbit", label="Orbit", type="Company"),
        Entity(id="quill", label="Quill", type="AIModel"),
        Entity(id="spark", label="Spark", type="Chip"),
    ]
)

ROUNDS = """# Largest rounds of the quarter

Three companies raised more than $100 million each.

| Company | Amount | Stage | Lead investor(s) | Other investors |
|---|---|---|---|---|
| Brisklet | $250m | Series D | Acme | Zenith, Orbit |
| Tessary Inc. | $95m | Series C | Zenith | (not disclosed) |

Source: company announcements.
"""


def claims_of(text: str, names: NameIndex = NAMES) -> dict[str, tuple[float | None, str]]:
    """Each claim as "subject predicate object", with its amount and first evidence sentence."""
    doc = Document(id=content_id(text), path="t.md", text=text)
    extraction = extract(doc, names)
    for claim in extraction.claims:
        for evidence in claim.evidence:
            assert text[evidence.start : evidence.end] == evidence.sentence  # an exact slice
    return {
        f"{c.subject} {c.predicate} {c.object}": (c.qualifiers.amount, c.evidence[0].sentence)
        for c in extraction.claims
    }


def test_find_tables_reads_header_rows_and_cell_offsets() -> None:
    [table] = find_tables(ROUNDS)
    assert table.header == ("company", "amount", "stage", "lead investor(s)", "other investors")
    assert [row.cells[0].text for row in table.rows] == ["Brisklet", "Tessary Inc."]
    cell = table.rows[1].cells[3]
    assert ROUNDS[cell.start : cell.start + len(cell.text)] == "Zenith"


def test_a_funding_table_says_who_invested_in_whom_and_how_much() -> None:
    found = claims_of(ROUNDS)
    assert found["acme investsIn brisklet"] == (
        250_000_000.0,
        "| Brisklet | $250m | Series D | Acme | Zenith, Orbit |",
    )
    assert {"zenith investsIn brisklet", "orbit investsIn brisklet", "zenith investsIn tessary"} <= set(found)
    assert not [k for k in found if "disclosed" in k or "series" in k]


def test_a_product_table_names_makers_and_what_each_product_runs() -> None:
    text = (
        "We tried three assistants.\n\n"
        "| Product | Maker | Model | Score |\n"
        "|---------|-------|-------|------:|\n"
        "| Helper Pro | Acme | Quill | 8/10 |\n"
        "| Lumo | Calloway Software | Spark | 7/10 |\n"
    )
    found = claims_of(text)
    assert {
        "acme develops helper-pro",
        "helper-pro usesTechnologyOf quill",
        "calloway-software develops lumo",
        "lumo usesTechnologyOf spark",
    } <= set(found)


@pytest.mark.parametrize(
    "text",
    [
        # a benchmark's columns are models, its rows tasks: no relation
        "| Benchmark | Quill | Spark |\n|---|---|---|\n| MMLU | 84.1 | 83.6 |\n",
        # a price table: figures only
        "| Company | Price | Change |\n|---|---|---|\n| Acme | $9.40 | +11% |\n",
        # a row short of cells is not read by guess
        "| Company | Lead investor |\n|---|---|\n| Acme |\n",
        # no rule under the header: not a table
        "| Company | Lead investor |\n| Acme | Zenith |\n",
    ],
    ids=["benchmark", "figures", "short-row", "no-rule"],
)
def test_tables_that_state_no_relation(text: str) -> None:
    assert not [k for k in claims_of(text) if k.startswith(("acme ", "zenith ")) or k.endswith(" acme")]


def test_an_html_pages_table_is_read_through_the_loader(tmp_path: Path) -> None:
    page = tmp_path / "deals.html"
    page.write_text(
        "<html><head><title>Deals of the week</title></head><body><article><h1>Deals of the week</h1>"
        "<p>The week's largest rounds went to infrastructure start-ups, and investors kept "
        "paying up for companies that sell computing capacity to model makers.</p>"
        "<table><tr><th>Company</th><th>Lead investor</th></tr>"
        "<tr><td>Brisklet</td><td>Acme</td></tr><tr><td>Tessary</td><td>Zenith</td></tr></table>"
        "<p>Both rounds closed on Friday, according to people who saw the term sheets and "
        "spoke on condition that they not be named.</p></article></body></html>",
        encoding="utf-8",
    )
    doc = read_html(page)
    found = {f"{c.subject} {c.predicate} {c.object}" for c in extract(doc, NAMES).claims}
    assert {"acme investsIn brisklet", "zenith investsIn tessary"} <= found


HOLDINGS = """# Harrowgate Pension Trust: report for the year

Harrowgate Pension Trust manages the savings of forty thousand nurses. The Trust voted at
every meeting of the companies it holds, and Harrowgate Pension Trust added to two positions.

{lead_in}

| Company | Value ($m) | {column} |
|---|---:|---:|
| Acme | 310 | 2.1 |
| Brisklet Inc. | 95 | 0.6 |
"""


@pytest.mark.parametrize(
    ("lead_in", "column"),
    [
        ("The Trust's largest holdings at the year end were:", "Weight"),
        ("Our five biggest positions:", "Weight"),
        ("At the year end:", "% of Fund"),  # a column gives each row's share of the holder's fund
    ],
    ids=["defined-term", "first-person", "percent-of-fund"],
)
def test_a_holdings_table_states_the_documents_own_stakes(lead_in: str, column: str) -> None:
    found = claims_of(HOLDINGS.format(lead_in=lead_in, column=column))
    assert {"harrowgate-pension-trust investsIn acme", "harrowgate-pension-trust investsIn brisklet"} <= set(
        found
    )
    assert found["harrowgate-pension-trust investsIn acme"][1] == "| Acme | 310 | 2.1 |"


def test_a_holdings_table_lead_in_may_name_the_holder_or_what_is_held() -> None:
    held = (
        "Zenith's portfolio companies:\n\n| Company | Since |\n|---|---|\n| Acme | 2021 |\n| Orbit | 2023 |\n"
    )
    holders = (
        "Orbit's largest shareholders:\n\n| Company | Stake |\n|---|---|\n| Acme | 12% |\n| Zenith | 9% |\n"
    )
    assert {"zenith investsIn acme", "zenith investsIn orbit"} <= set(claims_of(held))
    assert {"acme investsIn orbit", "zenith investsIn orbit"} <= set(claims_of(holders))


@pytest.mark.parametrize(
    "lead_in",
    [
        "The companies we reviewed this year:",  # no holdings named
        "Analysts' favourite holdings:",  # a possessive that names no organisation
    ],
)
def test_a_table_of_companies_is_no_holding_without_a_holder(lead_in: str) -> None:
    found = claims_of(HOLDINGS.format(lead_in=lead_in, column="Weight"))
    assert not [k for k in found if k.endswith((" acme", " brisklet"))]


def test_a_funds_letter_under_its_letterhead_holds_its_table_of_positions(tmp_path: Path) -> None:
    """A letter headed by its firm's name speaks for that firm: its table of positions, under a
    heading that names no holder, is the firm's own, and a name with its short form in brackets
    is the one the short form names."""
    letter = tmp_path / "letter.md"
    letter.write_text(
        "LINDQVIST CAPITAL PARTNERS LP\n\n"
        "Our strategy returned 4% in the quarter, and we added to two positions.\n\n"
        "## Top positions at 30 September (% of NAV)\n\n"
        "| Holding | 30 Sep | 30 Jun |\n|---|---|---|\n"
        "| Acme | 7.4% | 9.1% |\n"
        "| Taiwan Semiconductor Manufacturing Co. (TSMC) | 5.5% | 5.1% |\n\n"
        "We think the thesis Lindqvist set out in 2023, when the firm first bought Acme, still holds.\n",
        encoding="utf-8",
    )
    doc = read_article(letter)
    found = {f"{c.subject} {c.predicate} {c.object}" for c in extract(doc, default_registry()).claims}
    assert {"lindqvist investsIn acme", "lindqvist investsIn tsmc"} <= found, found
