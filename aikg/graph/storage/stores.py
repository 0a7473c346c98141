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
    update_url: str | None = None,
) -> Store:
    """The store at ``location``: a ``RemoteStore`` for a ``sparql+http(s)://`` URL, else the
    ``EmbeddedStore`` in that directory (in memory for None): either is a
    :class:`~aikg.graph.storage.contract.Store`. A writable open takes the store's write lock,
    waiting up to ``lock_timeout`` seconds (None: as long as it takes) and telling ``on_wait``
    once if it waits: a lock file in a directory, a lease in a server's own data.
    ``update_url`` is a server's update endpoint where it is not ``location`` (Fuseki's
    ``.../ds/update``); given with a directory it is a StoreError.

    >>> open_store("sparql+http://127.0.0.1:8890/sparql", read_only=True)  # no request yet
    RemoteStore('http://127.0.0.1:8890/sparql')
    >>> type(open_store(None)).__name__
    'EmbeddedStore'
    """
    if is_remote(location):
        from aikg.graph.storage.remote import RemoteStore

        return RemoteStore(
            str(location),
            read_only=read_only,
            update_url=update_url,
            lock_timeout=lock_timeout,
            on_wait=on_wait,
        )
    if update_url is not None:
        from aikg.errors import StoreError

        raise StoreError(
            f"an update URL ({update_url}) is for a SPARQL server store, and {location or 'memory'} is "
            "not one: give --store sparql+http://host:port/path, or leave out --update-url"
        )
    from aikg.graph.storage.store import EmbeddedStore

    return EmbeddedStore(location, read_only=read_only, lock_timeout=lock_timeout, on_wait=on_wait)
