"""The data model shared by loaders and graph: documents, entities, claims and their evidence."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from aikg.ontology.dates import PartialDate, Precision
from aikg.ontology.status import Status

PERIODS = ("day", "week", "month", "quarter", "year")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def content_id(text: str) -> str:
    """A stable id for a document: the first 16 hex digits of the SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Document(_Model):
    """One source document: an article, a fact file or an RDF file."""

    id: str
    path: str
    title: str | None = None
    published: dt.date | None = None
    # How much of ``published`` the source gave: a year is stored as 1 January with "year", and
    # written and shown as ``2001``, never as a day it did not name (see aikg.ontology.dates).
    published_precision: Precision = "day"
    url: str | None = None
    text: str = ""
    encoding: str | None = None  # what the file was decoded from, when not UTF-8 (reported, not stored)
    # Where the body starts: after front matter and the title and date lines at the top, which
    # are metadata, not sentences; the extractor splits sentences from here.
    body_start: Annotated[int, Field(ge=0)] = 0
    # Fields a JSON Lines record carries beyond those above (author, source, lang...), as text.
    metadata: tuple[tuple[str, str], ...] = ()

    @property
    def published_date(self) -> PartialDate | None:
        """``published`` at the precision the source gave it."""
        if self.published is None:
            return None
        d = self.published
        return PartialDate(
            d.year,
            d.month if self.published_precision != "year" else None,
            d.day if self.published_precision == "day" else None,
        )

    @property
    def file_name(self) -> str:
        """The base name of ``path``, as evidence names its document."""
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]


class Entity(_Model):
    """A company, lab, product, model, cloud, chip, outlet or person."""

    id: str
    label: str
    type: str = "Organization"
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    parent: str | None = None
    epithets: tuple[str, ...] = ()
    curated: bool = True

    def names(self) -> tuple[str, ...]:
        """The label and every alias: the names the entity resolves from."""
        return (self.label, *self.aliases)


class Evidence(_Model):
    """Where a claim was read: the document, the sentence, its offsets into the document text.

    ``title``, ``date`` and ``url`` override the document's own for a fact whose fact file names a
    source of its own (the analyst's notes cite an article; the evidence should too).
    """

    document: str
    sentence: str
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]
    title: str | None = None
    date: dt.date | None = None
    date_precision: Precision = "day"  # as Document.published_precision
    url: str | None = None


class Qualifiers(_Model):
    """What a triple cannot say: money, recurrence, share, and when."""

    amount: float | None = None
    currency: str | None = None
    period: str | None = None
    share: Annotated[float, Field(ge=0, le=1)] | None = None
    point_in_time: dt.date | None = None


class Claim(_Model):
    """One relation read from one document, with its status, confidence and evidence."""

    subject: str
    predicate: str
    object: str
    status: Status = Status.ASSERTED
    confidence: Annotated[float, Field(ge=0, le=1)] = 0.8
    qualifiers: Qualifiers = Qualifiers()
    evidence: tuple[Evidence, ...] = ()
    reported_by: str | None = None

    @property
    def key(self) -> tuple[str, str, str, Status]:
        """What makes two claims the same: subject, predicate, object and status."""
        return (self.subject, self.predicate, self.object, self.status)


class Extraction(_Model):
    """Everything one document yields: the document, the entities it mentions, its claims."""

    document: Document
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    notes: tuple[str, ...] = ()  # what extraction left out, for the user (a sentence too long to read)
