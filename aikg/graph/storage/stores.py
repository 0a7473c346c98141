"""Which store a location means: a SPARQL server for ``sparql+http(s)://...``, else a directory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from aikg.graph.storage.locations import SCHEMES, is_remote

if TYPE_CHECKING:
    from aikg.graph.storage.contract import Store

__all__ = ["SCHEMES", "is_remote", "open_store"]


def open_store(
    location: Path | str | None,
    *,
    read_only: bool = False,
    lock_timeout: float | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> Store:
    """The store at ``location``: a ``RemoteStore`` for a ``sparql+http(s)://`` URL, else the
    ``EmbeddedStore`` in that directory (in memory for None): either is a
    :class:`~aikg.graph.storage.contract.Store`. ``lock_timeout`` and ``on_wait``
    apply to a directory's write lock; a server has none.

    >>> open_store("sparql+http://127.0.0.1:8890/sparql", read_only=True)  # no request yet
    RemoteStore('http://127.0.0.1:8890/sparql')
    >>> type(open_store(None)).__name__
    'EmbeddedStore'
    """
    if is_remote(location):
        from aikg.graph.storage.remote import RemoteStore

        return RemoteStore(str(location), read_only=read_only)
    from aikg.graph.storage.store import EmbeddedStore

    return EmbeddedStore(location, read_only=read_only, lock_timeout=lock_timeout, on_wait=on_wait)
