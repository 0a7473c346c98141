"""JSON Lines articles: one article per line, each its own document (and named graph).

A line is ``{"text": "...", "title": "...", "date": "2024-07-31", "url": "...", "id": "..."}``;
only ``text`` is required. A news dump has bad lines; one is reported as ``FILE:LINE: problem``
and the lines around it still load, so the reader returns problems beside the documents instead
of raising on the first.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from aikg.errors import InputError
from aikg.loaders.reading import read_text
from aikg.ontology.models import Document, content_id
from aikg.ontology.validation import validation_lines

JSONL_SUFFIXES = (".jsonl",)
_SAFE_KEY = re.compile(r"[^A-Za-z0-9._~:@!$&'()*+,;=-]+")


class JsonlArticle(BaseModel):
    """One line of a ``.jsonl`` file, as a person or a scraper wrote it."""

    model_config = ConfigDict(extra="forbid")

    text: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    id: str | int | None = None

    @field_validator("text")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("is empty")
        return v


@dataclass
class JsonlFile:
    """The articles of one ``.jsonl`` file that loaded, and the lines that did not."""

    path: Path
    documents: list[tuple[int, Document]] = field(default_factory=list)  # with its line number
    problems: list[InputError] = field(default_factory=list)


def line_source(path: Path, line: int, article_id: str | int | None) -> str:
    """The document's name: ``/abs/news.jsonl#<id>``, else ``/abs/news.jsonl#L<line>``.

    Its base name (``news.jsonl#<id>``) is what ``evidence[].document`` shows, and the whole is
    the key a later ingest of the same line replaces.
    """
    key = _SAFE_KEY.sub("_", str(article_id)).strip("_") if article_id is not None else ""
    return f"{path.resolve()}#{key or f'L{line}'}"


def read_jsonl(path: Path) -> tuple[list[tuple[int, Document]], list[InputError]]:
    """The documents of a ``.jsonl`` file, each with its line number, and the bad lines."""
    text = read_text(path)
    documents: list[tuple[int, Document]] = []
    problems: list[InputError] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(InputError(str(path), f"not valid JSON ({e.msg}, column {e.colno})", line=number))
            continue
        if not isinstance(data, dict):
            problems.append(InputError(str(path), 'expected a JSON object like {"text": "..."}', line=number))
            continue
        try:
            article = JsonlArticle.model_validate(data)
        except ValidationError as e:
            problems.append(InputError(str(path), "; ".join(validation_lines(e)), line=number))
            continue
        documents.append(
            (
                number,
                Document(
                    id=content_id(article.text),
                    path=line_source(path, number, article.id),
                    title=article.title,
                    published=article.date,
                    url=article.url,
                    text=article.text,
                ),
            )
        )
    if not documents and not problems:
        raise InputError(str(path), "holds no articles (expected one JSON object per line)")
    return documents, problems


def load_jsonl(path: Path) -> JsonlFile:
    """Read every article of a ``.jsonl`` file; a line that fails is a problem, not an
    exception, so the other lines still land."""
    documents, problems = read_jsonl(path)
    return JsonlFile(path=path, documents=documents, problems=problems)
