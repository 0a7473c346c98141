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
