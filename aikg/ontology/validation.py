"""Turning pydantic validation errors into lines a person can act on."""

from __future__ import annotations

from pydantic import ValidationError


def validation_lines(error: ValidationError, *, prefix: str = "") -> list[str]:
    """One ``loc.path: message`` line per problem (``loc`` may hold integers)."""
    lines = []
    for err in error.errors():
        loc = ".".join(str(part) for part in (prefix, *err["loc"]) if part != "")
        message = err["msg"].removeprefix("Value error, ")
        lines.append(f"{loc}: {message}" if loc else message)
    return lines
