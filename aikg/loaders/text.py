"""Reading plain-text and Markdown articles into :class:`Document` objects.

The text is kept exactly as decoded so that every evidence offset slices it back; metadata
(title, published date) is read from Markdown front matter or from the lines news sites put at
the top of an article (``date 2024-07-31``, ``Published: November 22, 2024``, ``Updated ...``).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from aikg.loaders.reading import read_decoded
from aikg.ontology.dates import MONTHS, PartialDate, parse_day
from aikg.ontology.dates import parse_date as parse_partial
from aikg.ontology.models import Document, content_id

_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DATE_PATTERN = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}})"
)
# A dated line: "date 2024-07-31", "Published: November 22, 2024", "Updated on 3 Jan 2025".
_DATED = re.compile(
    rf"\b(published|posted|date|updated|last updated)\b(?:\s+on)?\s*[:\-–—]?\s*({DATE_PATTERN})",
    re.IGNORECASE,
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_MD_TITLE = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.M)
HEADER_LINES = 30  # dates and titles sit at the top of an article


def parse_date(value: str) -> date | None:
    """A calendar day from ISO, ``November 22, 2024`` or ``22 Nov 2024`` text, else None (see
    aikg.ontology.dates for every form, and for dates of a month or a year).

    >>> parse_date("Nov. 22nd, 2024")
    datetime.date(2024, 11, 22)
    """
    return parse_day(value)


def front_matter_end(text: str) -> int:
    """The offset where the body starts: after a ``---`` front-matter block, else 0."""
    m = _FRONT_MATTER.match(text)
    return m.end() if m else 0


def _front_matter(text: str) -> dict[str, Any]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}
    import yaml

    try:
        data = yaml.safe_load(m[1])
    except (yaml.YAMLError, ValueError, RecursionError):  # ValueError: "date: 2024-02-30"
        return {}  # not front matter after all: the text still reads as an article
    return data if isinstance(data, dict) else {}


def _as_date(value: Any) -> PartialDate | None:
    """A front-matter date (YAML gives a date, a number for ``2024``, or text) at its precision."""
    return parse_partial(value) if isinstance(value, date | int | str) else None


def published_date(text: str) -> date | None:
    """The publication date announced at the top of ``text``; published wins over updated."""
    found: dict[str, date] = {}
    for line in text.splitlines()[:HEADER_LINES]:
        for m in _DATED.finditer(line):
            kind = "updated" if "updated" in m[1].lower() else "published"
            parsed = parse_date(m[2])
            if parsed is not None:
                found.setdefault(kind, parsed)
    return found.get("published") or found.get("updated")


def article_title(body: str) -> str | None:
    """The first ``# heading``, else the first non-empty line when it reads like a headline."""
    if m := _MD_TITLE.search(body):
        return m[1].strip()
    for line in body.splitlines()[:HEADER_LINES]:
        line = line.strip()
        if not line or _DATED.match(line):
            continue
        if len(line) < 200 and not line.endswith("."):
            return line
        return None
    return None


def header_end(text: str, start: int = 0) -> int:
    """Where the body of ``text[start:]`` begins: after the title line and the date lines at the
    top (``# Title``, ``date 2024-07-31``, ``Published 2024-02-27``), which are the article's
    metadata, not its sentences. A text that is nothing but such lines keeps them (a one-line
    note is its own body).

    >>> header_end("Title\\ndate 2024-07-31\\n\\nBody.")
    23
    """
    pos, titled = start, False
    lines = text[start:].splitlines(keepends=True)
    for line in lines[:HEADER_LINES]:
        stripped = line.strip()
        if stripped and _DATED.match(stripped):
            pass
        elif (
            stripped
            and not titled
            and (_MD_TITLE.match(stripped) or (len(stripped) < 200 and not stripped.endswith(".")))
        ):
            titled = True
        elif stripped:
            return pos
        pos += len(line)
    return pos if text[pos:].strip() else start


def read_article(path: Path) -> Document:
    """Read a ``.txt`` or ``.md`` article.

    Returns a Document whose ``text`` is the decoded file, unchanged, with its title and
    published date when the file states them; a file that is not UTF-8 is decoded from its
    detected encoding (named in ``encoding``). Raises InputError for unreadable, binary or
    empty files.
    """
    decoded = read_decoded(Path(path))
    text = decoded.text
    meta = _front_matter(text)
    body = text[front_matter_end(text) :]
    title = meta.get("title")
    stated = _as_date(meta.get("date") or meta.get("published"))
    if stated is None and (day := published_date(body)) is not None:
        stated = PartialDate.of(day)
    return Document(
        id=content_id(text),
        path=str(path),
        title=str(title).strip() if title else article_title(body),
        published=stated.first_day() if stated else None,
        published_precision=stated.precision if stated else "day",
        text=text,
        encoding=decoded.encoding,
        body_start=header_end(text, front_matter_end(text)),
    )
