"""The one error the endpoint answers with: an HTTP status and a message for the client."""

from __future__ import annotations


class EndpointError(Exception):
    """A request the endpoint answers with ``status`` and a plain-text ``message``."""

    retry_after: str | None = None  # seconds, for a Retry-After header (503 "busy")

    def __init__(self, status: int, message: str) -> None:
        self.status = status
        self.message = message
        super().__init__(f"{status}: {message}")
