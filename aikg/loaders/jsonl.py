"""JSON Lines articles: one record per line, each its own document (and named graph).

Dumps from news APIs, feeds and scrapers name their fields every way, so a record is read
leniently: the text from ``text`` (or ``content``, ``body``, ``maintext``, ``article``), the
title from ``title`` or ``headline``, the date from ``date``, ``published``, ``published_at``,
``publishedAt``, ``pubDate``, ``datetime`` (any form aikg.ontology.dates reads, at its
precision), ``url`` (or ``link``) and ``id``; every other field is kept as the document's
metadata. A record with no text is counted, not failed; a date that cannot be read leaves the
document undated with a warning. A line that cannot be read at all (not JSON, nested past
reading, text that is not a string) is one problem, ``FILE:LINE: problem``, and the lines around
it still load. See aikg.loaders.jsonl_stream for how a file is read in bounded memory.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aikg.errors import InputError
from aikg.ontology.dates import parse_date
from aikg.ontology.models import Document, content_id

JSONL_SUFFIXES = (".jsonl",)
TEXT_KEYS = ("text", "content", "body", "maintext", "article")
TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("date", "published", "published_at", "publishedAt", "pubDate", "datetime")
URL_KEYS = ("url", "link")
ID_KEYS = ("id",)
_TAKEN = {*TEXT_KEYS, *TITLE_KEYS, *DATE_KEYS, *URL_KEYS, *ID_KEYS}
MAX_METADATA_CHARS = 1000  # a field kept as metadata is a label, not a second article
_SAFE_KEY = re.compile(r"[^A-Za-z0-9._~:@!$&'()*+,;=-]+")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Record:
    """One line read: its document (None when the record has no text) and what to warn about."""

    document: Document | None
    warnings: tuple[str, ...] = ()


def line_source(path: Path | str, line: int, article_id: str | int | None) -> str:
    """The document's name: ``/abs/news.jsonl#<id>``, else ``/abs/news.jsonl#L<line>``.

    Its base name (``news.jsonl#<id>``) is what ``evidence[].document`` shows, and the whole is
    the key a later ingest of the same line replaces.
    """
    key = _SAFE_KEY.sub("_", str(article_id)).strip("_") if article_id is not None else ""
    return f"{Path(path).resolve()}#{key or f'L{line}'}"


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return "null"


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class _Reader:
    """Reads one record's fields, collecting warnings (and counting replaced surrogates)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.warnings: list[str] = []
        self.surrogates = 0

    def clean(self, text: str) -> str:
        """``text`` with lone surrogates (``"\\ud800"`` in JSON: not a character, so not
        encodable) replaced by U+FFFD, one for one, so offsets still hold."""
        text, n = _SURROGATE.subn("\ufffd", text)
        self.surrogates += n
        return text

    def first(self, keys: tuple[str, ...]) -> tuple[str, Any]:
        for key in keys:
            value = self.data.get(key)
            if value is not None and value != "":
                return key, value
        return keys[0], None

    def text(self, keys: tuple[str, ...]) -> str | None:
        """A short text field: a string, or a number written as one; anything else is dropped."""
        key, value = self.first(keys)
        if value is None:
            return None
        if isinstance(value, str):
            return self.clean(value).strip() or None
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        self.warnings.append(f"{key}: expected text, got {_kind(value)}; ignored")
        return None

    def metadata(self) -> tuple[tuple[str, str], ...]:
        out = []
        for key, value in self.data.items():
            if key in _TAKEN or value is None:
                continue
            try:
                shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            except (RecursionError, ValueError):
                continue  # nested past reading: not worth a label
            out.append((self.clean(str(key)), self.clean(shown)[:MAX_METADATA_CHARS]))
        return tuple(out)


def parse_line(path: Path | str, number: int, raw: bytes) -> Record:
    """Read line ``number`` of ``path`` (its raw bytes) into a :class:`Record`.

    Raises InputError (with the line number) when the line cannot be read as a record.
    """

    def problem(message: str) -> InputError:
        return InputError(str(path), message, line=number)

    warnings: list[str] = []
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        line = raw.decode("cp1252", errors="replace")
        warnings.append("not UTF-8 (JSON Lines is UTF-8): read as windows-1252")
    try:
        data = json.loads(line)
    except json.JSONDecodeError as e:
        raise problem(f"not valid JSON ({e.msg}, column {e.colno})") from None
    except RecursionError:
        raise problem("not readable JSON: nested too deeply (arrays or objects inside each other)") from None
    except ValueError as e:  # e.g. a number of more than 4,300 digits
        raise problem(f"not readable JSON ({e})") from None
    if not isinstance(data, dict):
        raise problem('expected a JSON object like {"text": "..."}')
    reader = _Reader(data)
    key, text = reader.first(TEXT_KEYS)
    if text is not None and not isinstance(text, str):
        raise problem(f"{key}: expected a string, got {_kind(text)}")
    if text is None or not text.strip():
        return Record(None, tuple(warnings))
    text = reader.clean(text)
    title = reader.text(TITLE_KEYS)
    url = reader.text(URL_KEYS)
    id_key, article_id = reader.first(ID_KEYS)
    if isinstance(article_id, bool) or not isinstance(article_id, str | int | type(None)):
        reader.warnings.append(f"{id_key}: expected text or a number, got {_kind(article_id)}; ignored")
        article_id = None
    date_key, stated = reader.first(DATE_KEYS)
    published = parse_date(stated)
    if stated is not None and published is None:
        reader.warnings.append(f"{date_key}: cannot read {_shown(stated)} as a date; the document is undated")
    metadata = reader.metadata()
    if reader.surrogates:
        n = reader.surrogates
        what = f"{n} lone surrogate{'s' if n != 1 else ''}"
        reader.warnings.append(f"{what} (an invalid \\ud800-style escape) replaced with U+FFFD")
    document = Document(
        id=content_id(text),
        path=line_source(path, number, reader.clean(str(article_id)) if article_id is not None else None),
        title=title,
        published=published.first_day() if published else None,
        published_precision=published.precision if published else "day",
        url=url,
        text=text,
        metadata=metadata,
    )
    return Record(document, tuple(warnings + reader.warnings))
