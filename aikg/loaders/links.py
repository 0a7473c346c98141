"""Symbolic links met while walking a folder: read those that stay inside it, skip the others.

Why: a folder scraped or unpacked from elsewhere may hold a link to ``/etc/passwd`` or to a
user's private notes; ingesting it would copy that file into the store (and into every export
and view). Links whose target lies inside the folder are ordinary housekeeping and are read;
``--follow-links`` reads the others too, for a user who made them on purpose.
"""

from __future__ import annotations

import os
from pathlib import Path


def outside_target(path: Path, folder: Path) -> str | None:
    """Where ``path`` (a file found under ``folder``) really leads, if that is outside
    ``folder``; None for a regular file or a link that stays inside.

    Every link on the way is followed (a chain of links inside that ends outside is outside);
    a broken link is judged by where it points.

    >>> outside_target(Path("/tmp"), Path("/tmp")) is None
    True
    """
    target = Path(os.path.realpath(path))
    root = Path(os.path.realpath(folder))
    if target == root or root in target.parents:
        return None
    return str(target)


def skip_message(path: Path, folder: Path, target: str) -> str:
    """The warning for a link that leads out of the folder being ingested."""
    return (
        f"{path}: a symbolic link to {target}, outside {folder}; skipped "
        "(`aikg ingest --follow-links` reads it)"
    )
