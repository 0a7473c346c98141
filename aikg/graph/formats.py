"""The formats ``aikg export`` writes, apart from the writers: the CLI lists them at start-up."""

from __future__ import annotations

from enum import StrEnum


class ExportFormat(StrEnum):
    """An export format, by the name the CLI takes (also the usual file suffix)."""

    TTL = "ttl"
    NT = "nt"
    JSONLD = "jsonld"
    TRIG = "trig"
    NQ = "nq"
    GRAPHML = "graphml"
    CSV = "csv"

    @classmethod
    def from_suffix(cls, name: str) -> ExportFormat | None:
        """The format a file name's suffix implies (``.ttl``, ``.json`` for JSON-LD, ``.nquads``...), or
        None."""
        suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        aliases = {"turtle": "ttl", "json-ld": "jsonld", "json": "jsonld", "nquads": "nq"}
        try:
            return cls(aliases.get(suffix, suffix))
        except ValueError:
            return None
