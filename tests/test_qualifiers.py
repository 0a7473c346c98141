"""Qualifiers: money with currency and scale, recurrence, shares and dates."""

from __future__ import annotations

from datetime import date

import pytest

from aikg.extract.qualifiers import (
    find_date,
    find_money,
    find_period,
    find_shares,
    qualifiers_for,
    revenue_shares,
    stake_shares,
)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("it pays $20 million (£15.45 million) each month", 20_000_000, "USD"),
        ("a fine of 15 million euros", 15_000_000, "EUR"),
        ("a $1.3 billion deal", 1_300_000_000, "USD"),
        ("it raised €2bn", 2_000_000_000, "EUR"),
        ("US$5 billion in bonds", 5_000_000_000, "USD"),
        ("a £750m offer", 750_000_000, "GBP"),
        ("$20M per month", 20_000_000, "USD"),
        ("¥3 trillion", 3_000_000_000_000, "JPY"),
        ("$1,500,000 in fees", 1_500_000, "USD"),
        ("USD 40 million", 40_000_000, "USD"),
        ("2 billion yuan", 2_000_000_000, "CNY"),
    ],
    ids=[
        "dollars-first-currency-kept",
        "euros-word",
        "billion",
        "bn-symbol",
        "us-dollar",
        "m-suffix",
        "M-suffix",
        "yen-trillion",
        "commas",
        "iso-code",
        "yuan",
    ],
)
def test_money(text: str, amount: float, currency: str) -> None:
    first = find_money(text)[0]
    assert (first.amount, first.currency) == (amount, currency)


def test_valuations_and_revenue_are_not_payments() -> None:
    money = find_money("a $29 billion valuation, $1 billion in annual revenue, and $5bn paid")
    assert [m.payment for m in money] == [False, False, True]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("$20 million (£15.45 million) monthly", "month"),
        ("$20 million a month", "month"),
        ("$5m per year", "year"),
        ("annual payments of $5m", "year"),
        ("$1m annually", "year"),
        ("$2m a quarter", "quarter"),
        ("$100,000 a week", "week"),
        ("$9,000 daily", "day"),
        ("$5m for the startup", None),
    ],
    ids=[
        "monthly-after-parenthesis",
        "a-month",
        "per-year",
        "annual-before",
        "annually",
        "quarter",
        "week",
        "day",
        "none",
    ],
)
def test_period(text: str, period: str | None) -> None:
    m = find_money(text)[0]
    assert find_period(text, m.start, m.end) == period


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("25% of sales", 0.25),
        ("almost a quarter of it", 0.25),
        ("a third of", 1 / 3),
        ("half of the revenue", 0.5),
        ("12.5 percent", 0.125),
        ("7 per cent", 0.07),
        ("two-thirds of", 2 / 3),
    ],
    ids=["percent-sign", "quarter", "third", "half", "percent-word", "per-cent", "two-thirds"],
)
def test_shares(text: str, share: float) -> None:
    assert find_shares(text)[0].value == pytest.approx(share, abs=1e-3)


def test_revenue_and_stake_shares_are_told_apart() -> None:
    text = "revenue grew 29% while the deal is 25% of Acme's total revenue; Acme owns a 10% stake"
    assert [s.value for s in revenue_shares(text)] == [0.25]
    assert [s.value for s in stake_shares(text)] == [0.1]


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        ("Acme owns 52% of it, and has done since 2019.", [0.52]),
        ("Orbit still holds about a third of Zenith.", [0.3333]),
        ("Acme sold 52% of it to Orbit.", []),
        ("Acme owns 52% of Zenith's revenue.", []),
        ("Acme and Orbit together own 100 per cent of Zenith.", []),
    ],
    ids=["owns-of-it", "holds-a-third", "sold-not-held", "of-revenue", "held-together"],
)
def test_a_share_of_the_company_held_is_a_stake(text: str, shares: list[float]) -> None:
    assert [round(s.value, 4) for s in stake_shares(text)] == shares


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("In December 2023, it happened.", date(2023, 12, 1)),
        ("on July 31, 2024 it closed", date(2024, 7, 31)),
        ("signed 2024-03-05", date(2024, 3, 5)),
        ("Sept. 2022 saw growth", date(2022, 9, 1)),
        ("we may 2024 see", None),
        ("in 2023 alone", None),
    ],
    ids=["month-year", "full-date", "iso", "abbreviated-month", "lowercase-may", "year-only"],
)
def test_dates(text: str, when: date | None) -> None:
    assert find_date(text) == when


def test_qualifiers_depend_on_the_predicate() -> None:
    text = "In May 2024, Acme paid Zenith $3 million a month, 30% of Zenith's revenue."
    pay = qualifiers_for("customerOf", text)
    assert (pay.amount, pay.currency, pay.period, pay.share) == (3_000_000, "USD", "month", 0.3)
    assert pay.point_in_time == date(2024, 5, 1)
    partner = qualifiers_for("partnerOf", text)
    assert partner.amount is None and partner.share is None


def test_money_outside_a_noun_phrase_relation_is_not_taken() -> None:
    text = "Acme-backed Zenith signed a $1 billion deal with Orbit."
    window = (0, text.index("Zenith") + 6)
    assert qualifiers_for("investsIn", text, window, anywhere=False).amount is None
    assert qualifiers_for("customerOf", text, (text.index("signed"), len(text))).amount == 1e9


@pytest.mark.parametrize(
    ("sentence", "relation_text", "amount"),
    [
        pytest.param(
            "Orbit has put $2 billion into Lumen, and Lumen's models are served on Orbit's cloud.",
            "Lumen's models are served on Orbit's cloud",
            None,
            id="figure-in-another-clause",
        ),
        pytest.param(
            "Orbit has put $2 billion into Lumen, and Lumen's models are served on Orbit's cloud.",
            "Orbit has put $2 billion into Lumen",
            2_000_000_000,
            id="figure-in-its-own-clause",
        ),
        pytest.param(
            "Lumen pays Orbit, which resells Vela's models, close to $5 million a month.",
            "Lumen pays Orbit",
            5_000_000,
            id="figure-after-a-relative-clause",
        ),
    ],
)
def test_money_stays_in_its_clause(sentence: str, relation_text: str, amount: float | None) -> None:
    start = sentence.index(relation_text)
    found = qualifiers_for("customerOf", sentence, (start, start + len(relation_text)))
    assert found.amount == amount
