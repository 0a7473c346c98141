"""Qualifiers read from a sentence: money with currency and scale, recurrence, shares, dates.

These are values, not tokens: each parser reads one sentence's text and reports where in it a
value stands, so the relation layer can take the value nearest the relation it qualifies.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from aikg.ontology.dates import MONTHS
from aikg.ontology.models import Qualifiers

SYMBOLS = {
    "us$": "USD",
    "$": "USD",
    "c$": "CAD",
    "a$": "AUD",
    "hk$": "HKD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "cny": "CNY",
    "rmb": "CNY",
    "jpy": "JPY",
    "inr": "INR",
    "chf": "CHF",
}
WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "pound": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "francs": "CHF",
    **{k: v for k, v in SYMBOLS.items() if k.isalpha()},
}
SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "t": 1e12,
}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"trillion|billion|million|thousand|tn|bn|mln|mn|[kmbt]"
_SYMBOL = r"US\$|C\$|A\$|HK\$|\$|€|£|¥|₹|\b(?:USD|EUR|GBP|CNY|RMB|JPY|INR|CHF)\s?"
_MONEY_PREFIX = re.compile(
    rf"(?P<sym>{_SYMBOL})\s?(?P<num>{_NUM})(?:\s?(?P<scale>{_SCALE})\b)?", re.IGNORECASE
)
_MONEY_SUFFIX = re.compile(
    rf"\b(?P<num>{_NUM})(?:\s?(?P<scale>{_SCALE}))?\s+(?P<cur>{'|'.join(WORDS)})\b", re.IGNORECASE
)
# Money that is a valuation or someone's revenue does not qualify a payment or a deal.
_NOT_A_PAYMENT_AFTER = re.compile(r"^[\s)]*(?:\w+\s){0,2}?(?:valuation|in (?:\w+ )?revenue)", re.I)
_NOT_A_PAYMENT_BEFORE = re.compile(
    r"(?:valued at|valuation of|revenue of|revenues of|earn|earns|earned)\s+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)

PERIODS = {
    "month": r"monthly|a month|per month|each month|every month|/\s?month|/mo\b|a-month",
    "year": r"annually|annual|yearly|a year|per year|each year|every year|per annum|/\s?year|/yr",
    "quarter": r"quarterly|a quarter|per quarter|each quarter|every quarter",
    "week": r"weekly|a week|per week|each week|every week",
    "day": r"daily|a day|per day|each day|every day",
}
_PERIOD = re.compile("|".join(rf"(?P<{k}>\b(?:{v}))" for k, v in PERIODS.items()), re.IGNORECASE)
PERIOD_REACH_AFTER = 40  # "$20 million (£15.45 million) monthly"
PERIOD_REACH_BEFORE = 25  # "annual payments of $5 million"

FRACTIONS = {
    "a quarter": 0.25,
    "one quarter": 0.25,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "half": 0.5,
    "one half": 0.5,
    "two thirds": 2 / 3,
    "two-thirds": 2 / 3,
    "three quarters": 0.75,
    "three-quarters": 0.75,
    "a fifth": 0.2,
    "one fifth": 0.2,
    "a tenth": 0.1,
    "one tenth": 0.1,
}
# Every fraction above contains one of these: a sentence with none of them and no digit has no share.
_FRACTION_WORDS = ("quarter", "third", "half", "fifth", "tenth")
_DIGIT = re.compile(r"\d")
_SHARE = re.compile(
    r"\b(?P<num>\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)"
    rf"|\b(?P<word>{'|'.join(sorted(FRACTIONS, key=len, reverse=True))})\s+of\b",
    re.IGNORECASE,
)
REVENUE_WORDS = r"revenues?|sales|income|turnover|earnings|bookings|business"
_REVENUE_OF = re.compile(rf"^\s*of\s+(?:[\w’'.-]+\s+){{0,5}}?(?:{REVENUE_WORDS})\b", re.IGNORECASE)
_STAKE = re.compile(r"^\s*(?:\w+\s+)?(?:stake|share|interest|ownership|equity)\b", re.IGNORECASE)
# "owns 52% of it", "holds about a third of Zenith": a share of the company itself, after a verb
# of holding (not "sold 52% of it", whose holder is the buyer, nor "52% of revenue").
_HOLDING_BEFORE = re.compile(
    r"\b(?:owns|owned|own|holds|held|hold|controls|controlled|retains|retained|keeps|kept)"
    r"(?:\s+(?:about|around|roughly|nearly|almost|some|just|over|under|more|less|than|a|an|still))*\s*$",
    re.IGNORECASE,
)


def _folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` for lower-cased text: its literals in lower case and IGNORECASE dropped, which
    Python's regex engine runs about twice as fast (see ``_scan``)."""
    if re.search(r"\\[A-Z]", pattern.pattern):  # \S, \W, \B ... would change meaning
        raise ValueError(f"cannot lower-case a pattern with an upper-case escape: {pattern.pattern}")
    lowered = pattern.pattern.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")  # named groups
    return re.compile(lowered, pattern.flags & ~re.IGNORECASE)


def _scan(pattern: re.Pattern[str], folded: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of case-insensitive ``pattern`` in ``text``. On ASCII text (nearly all) its
    ``folded`` twin over the lower-cased text finds the same spans and groups, save that
    groups come lower-cased, which callers lower-case anyway; other text takes ``pattern``,
    as IGNORECASE also equates some non-ASCII letters with ASCII ones (the Kelvin sign and k)."""
    return folded.finditer(text.lower()) if text.isascii() else pattern.finditer(text)


_FOLDED_PREFIX, _FOLDED_SUFFIX = _folded(_MONEY_PREFIX), _folded(_MONEY_SUFFIX)
_FOLDED_PERIOD, _FOLDED_SHARE = _folded(_PERIOD), _folded(_SHARE)

_MONTH_NAMES = "|".join(sorted({m.capitalize() for m in MONTHS}, key=len, reverse=True))
_DATE = re.compile(
    rf"\b(?P<month>{_MONTH_NAMES})\.?\s+(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?P<year>\d{{4}})\b"
    r"|\b(?P<iso>\d{4}-\d{2}-\d{2})\b"
)


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of money stated at characters ``start:end``."""

    amount: float
    currency: str
    start: int
    end: int
    payment: bool  # False for valuations and revenue figures


@dataclass(frozen=True, slots=True)
class Share:
    """A share (0..1) stated at characters ``start:end``."""

    value: float
    start: int
    end: int


def _number(num: str, scale: str | None) -> float:
    value = float(num.replace(",", ""))
    return value * SCALES.get((scale or "").lower(), 1.0)


@lru_cache(maxsize=4096)
def find_money(text: str) -> tuple[Money, ...]:
    """Amounts of money in ``text``, in order; ``"$20 million (£15.45 million)"`` gives two.

    >>> [(m.amount, m.currency) for m in find_money("paid €2bn, then $1.3 billion")]
    [(2000000000.0, 'EUR'), (1300000000.0, 'USD')]
    """
    found: list[Money] = []
    if not _DIGIT.search(text):
        return ()  # every amount has a digit; most sentences have none (cheap to rule out)
    for m in _scan(_MONEY_PREFIX, _FOLDED_PREFIX, text):
        currency = SYMBOLS[m["sym"].strip().lower()]
        found.append(_money(text, _number(m["num"], m["scale"]), currency, m.start(), m.end()))
    for m in _scan(_MONEY_SUFFIX, _FOLDED_SUFFIX, text):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        currency = WORDS[m["cur"].lower()]
        found.append(_money(text, _number(m["num"], m["scale"]), currency, m.start(), m.end()))
    return tuple(sorted(found, key=lambda f: f.start))


def _money(text: str, amount: float, currency: str, start: int, end: int) -> Money:
    payment = not (
        _NOT_A_PAYMENT_AFTER.match(text[end : end + 40])
        or _NOT_A_PAYMENT_BEFORE.search(text[max(0, start - 40) : start])
    )
    return Money(amount, currency, start, end, payment)


def find_period(text: str, start: int, end: int) -> str | None:
    """The recurrence stated next to the amount at ``text[start:end]`` ("monthly", "a year")."""
    nearest: tuple[int, str] | None = None
    for m in _scan(_PERIOD, _FOLDED_PERIOD, text):
        if end <= m.start() <= end + PERIOD_REACH_AFTER:
            distance = m.start() - end
        elif start - PERIOD_REACH_BEFORE <= m.end() <= start:
            distance = start - m.end()
        else:
            continue
        kind = m.lastgroup or ""
        if nearest is None or distance < nearest[0]:
            nearest = (distance, kind)
    return nearest[1] if nearest else None


@lru_cache(maxsize=4096)
def find_shares(text: str) -> tuple[Share, ...]:
    """Fractions stated as percentages or words ("25%", "almost a quarter of"), as 0..1."""
    if not _DIGIT.search(text) and not any(w in text.lower() for w in _FRACTION_WORDS):
        return ()
    out = []
    for m in _scan(_SHARE, _FOLDED_SHARE, text):
        value = float(m["num"]) / 100 if m["num"] else FRACTIONS[m["word"].lower()]
        if 0 <= value <= 1:
            out.append(Share(round(value, 4), m.start(), m.end()))
    return tuple(out)


def revenue_shares(text: str) -> list[Share]:
    """Shares of someone's revenue: "accounts for 25% of Acme's total revenue"."""
    out = []
    for share in find_shares(text):
        rest = text[share.end :]
        if text[share.start : share.end].lower().endswith(" of"):
            rest = " of " + rest
        if _REVENUE_OF.match(rest):
            out.append(share)
    return out


def stake_shares(text: str) -> list[Share]:
    """Ownership stakes: "a 49% stake in", "a third of the shares", "owns 52% of it"."""
    return [s for s in find_shares(text) if _STAKE.match(text[s.end :]) or _held_share(text, s)]


def _held_share(text: str, share: Share) -> bool:
    """Whether ``share`` is a part of a company held: "owns 52% of it", "holds 12% of Zenith"
    (not "sold 52% of it", "owns 52% of Zenith's revenue", nor a part held with others)."""
    before = text[max(0, share.start - 40) : share.start]
    if not _HOLDING_BEFORE.search(before) or re.search(r"\b(?:together|jointly)\b", before, re.I):
        return False  # "together own 100 per cent of": each holds a part
    rest = text[share.end :].lstrip()
    if text[share.start : share.end].lower().endswith(" of"):  # "a third of" holds its "of"
        rest = "of " + rest
    return rest.lower().startswith("of ") and not _REVENUE_OF.match(rest)


@lru_cache(maxsize=4096)
def find_date(text: str) -> date | None:
    """The first month-precise date in ``text``: "In December 2023" -> 2023-12-01."""
    if not _DIGIT.search(text):
        return None  # both forms have a four-digit year
    for m in _DATE.finditer(text):
        try:
            if m["iso"]:
                return date.fromisoformat(m["iso"])
            day = int(m["day"]) if m["day"] else 1
            return date(int(m["year"]), MONTHS[m["month"].lower()], day)
        except ValueError:
            continue
    return None


MONEY_PREDICATES = frozenset({"customerOf", "supplierOf", "investsIn", "acquires"})
STAKE_PREDICATES = frozenset({"investsIn", "acquires", "parentOf", "subsidiaryOf"})
REVENUE_PREDICATES = frozenset({"customerOf", "supplierOf"})


_CLAUSE_BREAK = re.compile(r"[;:]\s|,\s+(?:and|but|while|whereas|although|though|yet)\s", re.IGNORECASE)


def _same_clause(text: str, a: int, b: int) -> bool:
    """Whether no clause boundary lies between offsets ``a`` and ``b`` of ``text``: a figure in
    "X committed $13 billion to Y, and Y runs on Z" belongs to the first clause only."""
    lo, hi = sorted((a, b))
    return _CLAUSE_BREAK.search(text, lo, hi) is None


def qualifiers_for(
    predicate: str, text: str, window: tuple[int, int] | None = None, *, anywhere: bool = True
) -> Qualifiers:
    """The qualifiers a relation with ``predicate`` gets from sentence ``text``.

    ``window`` (offsets into ``text``) is the stretch the relation was read from; money near it
    is preferred over money elsewhere in the sentence, which counts only when ``anywhere``.
    """
    return Qualifiers(**qualifier_values(predicate, text, window, anywhere=anywhere))


def qualifier_values(
    predicate: str, text: str, window: tuple[int, int] | None = None, *, anywhere: bool = True
) -> dict[str, Any]:
    """``qualifiers_for`` as the plain values of its fields, for a caller that merges several
    sentences' values before it builds one ``Qualifiers`` (every value is already valid: a
    float amount, a share between 0 and 1, a date)."""
    amount = currency = period = share = None
    if predicate in MONEY_PREDICATES:
        payments = [m for m in find_money(text) if m.payment]
        if window is not None:
            reach = (40, 60) if anywhere else (0, 0)
            clause = [
                m
                for m in payments
                if _same_clause(text, m.start, window[0]) and _same_clause(text, m.start, window[1])
            ]
            near = [m for m in clause if window[0] - reach[0] <= m.start < window[1] + reach[1]]
            payments = near or (clause if anywhere else [])
        if payments:
            first = payments[0]
            amount, currency = first.amount, first.currency
            period = find_period(text, first.start, first.end)
    if predicate in REVENUE_PREDICATES:
        shares = revenue_shares(text)
        share = shares[0].value if shares else None
    elif predicate in STAKE_PREDICATES:
        shares = stake_shares(text)
        share = shares[0].value if shares else None
    return {
        "amount": amount,
        "currency": currency,
        "period": period,
        "share": share,
        "point_in_time": find_date(text),
    }
