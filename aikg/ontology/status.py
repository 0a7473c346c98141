"""The statuses a claim can have, apart from the pydantic models: reading the store needs them,
and a quick command such as ``aikg lookup`` must not pay for importing pydantic."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """How sure a document is of a claim; only the first three get a direct triple."""

    ASSERTED = "asserted"
    REPORTED = "reported"
    ALLEGED = "alleged"
    SPECULATIVE = "speculative"
    NEGATED = "negated"

    @property
    def is_direct(self) -> bool:
        """Whether claims of this status get a direct triple as well as a statement node."""
        return self in (Status.ASSERTED, Status.REPORTED, Status.ALLEGED)
