"""How names are compared and turned into ids, apart from the registry: resolving a name on a
big store uses these without importing the registry's pydantic models."""

from __future__ import annotations

import re
import unicodedata


def slugify(name: str) -> str:
    """An entity id from a name: ``"Microsoft Azure"`` -> ``"microsoft-azure"``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or "entity"


def normalise(name: str) -> str:
    """The form names are compared in: case-folded, curly quotes straightened, spaces collapsed."""
    name = name.replace("’", "'").replace("‘", "'")
    # split() and a regex's \s see the same whitespace: runs joined by one space, ends dropped,
    # as re.sub(r"\s+", " ", name).strip() does, without a regex call per name.
    return " ".join(name.split()).casefold()


# A family's name before its version: "GPT" of "GPT-4.1", "Claude Sonnet" of "Claude Sonnet 4.5",
# "GB" of "GB300"; two letters at least, so "K9" or "H100" name no family of their own.
_VERSIONED = re.compile(r"(?P<stem>[A-Za-z][A-Za-z ]*[A-Za-z])[- ]?v?\d")


def family_stem(label: str) -> str | None:
    """The normalised name of the family a versioned model or chip name belongs to, or None
    for a name without a version ("Claude", "Trainium")."""
    found = _VERSIONED.match(label)
    return normalise(found.group("stem")) if found is not None else None
