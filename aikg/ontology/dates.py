"""Publication dates as sources give them, at the precision they give them.

News APIs, feeds and scrapes write dates every way: ISO dates and datetimes with zones
(``2024-07-31T12:00:00Z``), RFC 2822 (``Wed, 31 Jul 2024 09:12:00 GMT``), ``July 31, 2024``,
``31 Jul 2024``, a year and month (``2024-07``, ``July 2024``) or a bare year (``2001``). A year
is not 1 January, so a :class:`PartialDate` keeps the precision its source has; comparisons
against a day (``--as-of``) use the last day it may mean, so nothing is dated earlier than its
source allows. Shared by the loaders (documents) and the extractor (dates in text).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Precision = Literal["year", "month", "day"]

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
MIN_YEAR, MAX_YEAR = 1000, 9999

_ORD = r"(?:st|nd|rd|th)?"
_ISO = re.compile(r"(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?")
# A datetime: the day as printed, whatever the time and zone after it.
_ISO_TIME = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:T|\s+)\d{1,2}:\d{2}\S*(?:\s*\S+)?", re.I)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_MONTH_DAY_YEAR = re.compile(rf"([A-Za-z]+)\.?\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}})")
_DAY_MONTH_YEAR = re.compile(rf"(\d{{1,2}}){_ORD}\s+([A-Za-z]+)\.?,?\s+(\d{{4}})")
_MONTH_YEAR = re.compile(r"([A-Za-z]+)\.?,?\s+(\d{4})")
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.I)
_TIME_TAIL = re.compile(r",?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?.*$", re.I)


@dataclass(frozen=True, order=True)
class PartialDate:
    """A year, a month of a year, or a day. ``str()`` is its ISO form: ``2001``, ``2024-07``,
    ``2024-07-31`` (which also sort in time order, a coarser date before the days it holds).

    >>> PartialDate(2024, 7).iso, PartialDate(2024, 2).last_day()
    ('2024-07', datetime.date(2024, 2, 29))
    """

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        """How much of the date the source gave: year, month or day."""
        return "year" if self.month is None else "month" if self.day is None else "day"

    @property
    def iso(self) -> str:
        """ISO 8601 at the date's precision: ``2024``, ``2024-07`` or ``2024-07-31``."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.iso

    def first_day(self) -> dt.date:
        """The first day the date may mean (``2024`` -> 1 January 2024)."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The latest day this date may mean: what a cut-off compares, so a claim dated only
        "2024" is not taken as known on 1 January 2024."""
        if self.day is not None:
            return self.first_day()
        if self.month is None:
            return dt.date(self.year, 12, 31)
        following = dt.date(self.year + (self.month == 12), self.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    @classmethod
    def of(cls, value: dt.date) -> PartialDate:
        """A full date, at day precision."""
        return cls(value.year, value.month, value.day)


def _make(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        dt.date(year, month or 1, day or 1)  # validates month and day
    except ValueError:
        return None
    return PartialDate(year, month, day)


def _month(name: str) -> int | None:
    return MONTHS.get(name.lower())


def _from_number(value: float) -> PartialDate | None:
    """A JSON number: a year (``2001``), else a Unix timestamp in seconds or milliseconds."""
    if value != value or value in (float("inf"), float("-inf")):
        return None
    if float(value).is_integer() and MIN_YEAR <= value <= MAX_YEAR:
        return _make(int(value))
    seconds = value / 1000 if abs(value) >= 1e11 else value
    try:
        day = dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date()
    except (OverflowError, OSError, ValueError):
        return None
    return _make(day.year, day.month, day.day)


def _rfc2822(text: str) -> PartialDate | None:
    from email.utils import parsedate_tz

    try:
        parts = parsedate_tz(text)
    except (TypeError, ValueError, IndexError):
        return None
    if parts is None:
        return None
    return _make(parts[0], parts[1], parts[2])


def parse_date(value: object) -> PartialDate | None:
    """The date ``value`` states, at its precision; None when it states none that can be read.

    A datetime keeps the calendar day of its own zone (the day the source printed).

    >>> [str(parse_date(v)) for v in ("2001", "2024-07", "2024-07-31T12:00:00Z",
    ...                               "Wed, 31 Jul 2024 09:12:00 GMT", "July 31, 2024", "July 2024")]
    ['2001', '2024-07', '2024-07-31', '2024-07-31', '2024-07-31', '2024-07']
    >>> parse_date("soon") is None
    True
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return PartialDate.of(value.date())
    if isinstance(value, dt.date):
        return PartialDate.of(value)
    if isinstance(value, int | float):
        return _from_number(float(value))
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text or len(text) > 100:
        return None
    if m := _ISO.fullmatch(text):
        return _make(*(int(g) if g else None for g in m.groups()))  # type: ignore[arg-type]
    if m := _ISO_TIME.fullmatch(text):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _COMPACT.fullmatch(text):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if re.fullmatch(r"\d{9,13}(?:\.\d+)?", text):
        return _from_number(float(text))
    bare = _TIME_TAIL.sub("", _WEEKDAY.sub("", text)).strip()
    if m := _MONTH_DAY_YEAR.fullmatch(bare):
        month = _month(m[1])
        return _make(int(m[3]), month, int(m[2])) if month else None
    if m := _DAY_MONTH_YEAR.fullmatch(bare):
        month = _month(m[2])
        return _make(int(m[3]), month, int(m[1])) if month else None
    if m := _MONTH_YEAR.fullmatch(bare):
        month = _month(m[1])
        return _make(int(m[2]), month) if month else None
    return _rfc2822(text)


def parse_day(value: object) -> dt.date | None:
    """A calendar day from ``value``, or None when it gives none (or only a month or year).

    >>> parse_day("Nov. 22nd, 2024"), parse_day("2024")
    (datetime.date(2024, 11, 22), None)
    """
    parsed = parse_date(value)
    return parsed.first_day() if parsed is not None and parsed.day is not None else None
