"""What ingest reports: the documents stored and the files that failed.

Plain data, imported by the ingest loop that fills it and by the facade that returns it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Ingested:
    """One document stored (or found already stored) by ingest."""

    path: str
    document: str
    claims: int
    entities: int
    encoding: str | None = None  # the encoding the file was read as, when not UTF-8
    warnings: tuple[str, ...] = ()  # FILE:LINE: what was read leniently (an unreadable date...)
    unchanged: bool = False  # the store already held exactly this: nothing was written


@dataclass(frozen=True)
class Failure:
    """One file (or one line of a JSON Lines file) that ingest could not store, and why."""

    path: str
    message: str


@dataclass
class IngestReport:
    """What one ingest stored and what failed: files that failed left nothing behind."""

    ingested: list[Ingested] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    files: int = 0  # files that gave the documents in ``ingested`` (a .jsonl or shard gives many)
    no_text: int = 0  # JSON Lines records with no text: skipped, counted, not failed

    @property
    def ok(self) -> bool:
        """Whether every file was stored (nothing failed)."""
        return not self.failed

    def to_json(self) -> dict[str, Any]:
        """The report as plain JSON-ready data (the CLI's ``ingest --json``)."""
        return {
            "ingested": [i.__dict__ for i in self.ingested],
            "failed": [f.__dict__ for f in self.failed],
            "no_text": self.no_text,
        }
