"""The NetworkX projection cached on disk beside the store, keyed by the store's version.

Why: building the projection reads every entity and relation; on a big store that is most of
the time of an `aikg path` or `aikg dependents`, and each CLI call is a new process. A cache
that is stale, unreadable or from another aikg is ignored and rebuilt, never trusted.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

CACHE_DIR = "aikg-cache"  # inside the store directory; RocksDB leaves sub-directories alone
FORMAT = 2


def cache_file(store_path: Path, name: str = "projection") -> Path:
    """Where the cached ``name`` of the store at ``store_path`` is kept."""
    return store_path / CACHE_DIR / f"{name}.pickle"


def cached_projection(
    store_path: Path, version: str, build: Callable[[], Any], *, name: str = "projection"
) -> Any:
    """The projection (or another derived structure, ``name``) for ``version``: read from the
    cache file if it holds that version, else built with ``build`` and saved (best effort: a
    read-only directory just goes uncached)."""
    path = cache_file(store_path, name)
    try:
        with path.open("rb") as f:
            saved = pickle.load(f)
        if isinstance(saved, dict) and saved.get("format") == FORMAT and saved.get("version") == version:
            return saved["graph"]
    except Exception:  # missing, truncated, or written by another version: rebuild
        pass
    graph = build()
    try:
        path.parent.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(
                {"format": FORMAT, "version": version, "graph": graph}, f, protocol=pickle.HIGHEST_PROTOCOL
            )
        os.replace(tmp, path)
    except OSError:
        pass
    return graph
