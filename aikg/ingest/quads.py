"""What extraction hands to the writer: documents as N-Quads bytes, and each file's outcome.

Plain data shared by the extraction step, the shard reader and writer, and the ingest loop, so
none of them has to import another for its types.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True)
class DocumentQuads:
    """One document's statements, all in its own named graph."""

    source: str  # sourcePath: a later ingest of the same source replaces this document
    label: str  # how reports name it: the path as given, or FILE.jsonl#ID for one line
    graph: str
    document: str
    nquads: bytes
    claims: int
    entities: int
    encoding: str | None = None  # what the file was decoded from, when not UTF-8
    warnings: tuple[str, ...] = ()  # FILE:LINE: what was read leniently (an unreadable date...)

    def quads(self) -> list[ox.Quad]:
        """The document's quads, parsed from ``nquads``."""
        return list(ox.parse(self.nquads, format=ox.RdfFormat.N_QUADS))


@dataclass(frozen=True)
class FileResult:
    """What one file yields: its documents, and messages for what failed (a whole file, or
    single lines of a JSON Lines file, in which case the other documents still land)."""

    path: str
    size: int
    documents: tuple[DocumentQuads, ...] = ()
    problems: tuple[str, ...] = ()
    no_text: int = 0  # JSON Lines records with no text: counted, not failed

    @property
    def failed(self) -> bool:
        """Whether the file gave nothing but problems (a JSON Lines file with some good lines did not
        fail)."""
        return bool(self.problems) and not self.documents
