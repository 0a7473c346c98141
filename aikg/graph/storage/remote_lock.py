"""One writer per SPARQL store: a lease held in the store itself, in the graph ``urn:aikg:lock``.

A directory store's writers share a kernel lock (aikg.graph.storage.lock); writers of a SPARQL
server share nothing but the server, so the lock is data there. A writer holds a **lease**, one
triple in the lock graph::

    <urn:aikg:lock:lease:TOKEN> <urn:aikg:lock#lease> "EXPIRES TAKEN HOLDER"^^<urn:aikg:lock#Lease>

with EXPIRES and TAKEN in milliseconds of the server's clock (``NOW()``, so writers on machines
whose clocks differ agree) and HOLDER naming the host and pid for the message another writer
shows while it waits.

Taking it: drop expired leases; insert ours with an update whose WHERE holds only if no unexpired
lease exists; wait ``SETTLE_SECONDS`` (so that a writer whose insert raced ours has landed); read
the leases back. SPARQL has no compare-and-set, so two inserts can both pass their check: every
writer then sees the same leases, and the oldest unexpired one (by TAKEN, then token) wins; the
others delete theirs and wait. A thread renews the lease every ``LEASE_SECONDS / 3``; closing the
store deletes it; a writer that dies (``kill -9`` included) stops renewing, and its lease expires
``LEASE_SECONDS`` later. A writer that finds its lease gone or taken over (it could not renew in
time) fails its next write instead of writing beside another writer.

Reads never see the lock: ``named_graphs``, ``len`` and ``quads`` list aikg's graphs only, and
:func:`hide_lock` drops query rows holding a lease's terms (an aggregate over every triple of the
server, ``COUNT(*)`` of ``?s ?p ?o``, counts the one lease triple while an ingest runs).
"""

from __future__ import annotations

import contextlib
import datetime
import os
import socket
import threading
import time
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox

from aikg.errors import StoreError
from aikg.graph.storage.lock import wait_for_lock

LOCK_GRAPH = "urn:aikg:lock"
LEASE = "urn:aikg:lock#lease"
LEASE_TYPE = "urn:aikg:lock#Lease"
LEASE_PREFIX = "urn:aikg:lock:lease:"
HIDDEN = "urn:aikg:lock"  # every IRI (and datatype) of the lock starts with it

LEASE_SECONDS = 30.0  # how long a lease lasts unless renewed
SETTLE_SECONDS = 0.3  # between inserting a lease and reading the leases back
POLL_SECONDS = 1.0  # between two looks while another writer holds the lock

# Stores this process holds for writing: a second writable open would wait on itself.
_held: set[str] = set()


@dataclass(frozen=True)
class Lease:
    """One writer's lease, as read from the lock graph."""

    token: str
    expires: int  # ms, server clock
    taken: int  # ms, server clock
    holder: str


def server_ms(value: ox.Literal) -> int:
    """A server's ``NOW()`` in milliseconds (a time without a zone, as Virtuoso sends, is UTC)."""
    text = value.value.replace("Z", "+00:00")
    if "." in text:  # fromisoformat takes at most 6 digits of fraction (Oxigraph sends 9)
        head, _, rest = text.partition(".")
        digits = "".join(c for c in rest if c.isdigit())
        text = f"{head}.{digits[:6]}{rest[len(digits) :]}"
    moment = datetime.datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return int(moment.timestamp() * 1000)


def hide_lock(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """``rows`` without those that hold a term of the lock graph."""
    return [row for row in rows if not any(_is_lock_term(t) for t in row.values())]


def hide_lock_triples(triples: list[ox.Triple]) -> list[ox.Triple]:
    """``triples`` without the lock's."""
    return [t for t in triples if not any(_is_lock_term(x) for x in (t.subject, t.predicate, t.object))]


def _is_lock_term(term: object) -> bool:
    if isinstance(term, ox.NamedNode):
        return term.value.startswith(HIDDEN)
    if isinstance(term, ox.Literal):
        return term.datatype.value.startswith(HIDDEN)
    return False


class RemoteLock:
    """The write lock of the SPARQL store ``name`` (its URL), read and written through
    ``select`` (a SPARQL SELECT to rows of pyoxigraph terms) and ``update`` (a SPARQL update)."""

    def __init__(
        self,
        name: str,
        select: Callable[[str], list[dict[str, object]]],
        update: Callable[[str], None],
    ) -> None:
        self.name = name
        self._select = select
        self._update = update
        self.token = uuid.uuid4().hex
        self._iri = LEASE_PREFIX + self.token
        self._holder = f"{socket.gethostname()} pid {os.getpid()}"
        self._taken = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lost: str | None = None
        self._renewed = 0.0  # time.monotonic() of the last renewal that landed
        self._mutex = threading.Lock()  # renewal and release never interleave their requests

    @property
    def held(self) -> bool:
        """Whether this writer holds the lock (and has not lost it)."""
        return self._thread is not None and self._lost is None

    def check(self) -> None:
        """Raise StoreError if the lease was lost (another writer may have taken the store over),
        or may have expired because no renewal landed for most of ``LEASE_SECONDS``."""
        stale = time.monotonic() - self._renewed > LEASE_SECONDS * 0.8
        if self._lost is None and self._thread is not None and stale:
            self._lost = _lost_message(self.name)
        if self._lost is not None:
            raise StoreError(self._lost)

    # ------------------------------------------------------------------ taking

    def acquire(self, *, timeout: float | None = None, on_wait: Callable[[str], None] | None = None) -> None:
        """Take the lock, waiting up to ``timeout`` seconds (None: as long as it takes); ``on_wait``
        gets one message the first time another writer is found holding it. Raises StoreError when
        the timeout passes, or when this process already writes the store."""
        if self._thread is not None:
            return
        if self.name in _held:
            raise StoreError(
                f"the SPARQL store at {self.name} is already open for writing in this process; "
                "close the other KnowledgeGraph first (kg.close())"
            )
        wait_for_lock(
            lambda: None if (found := self._try()) is None else found.holder,
            waiting=lambda who: (
                f"waiting for the SPARQL store at {self.name} (another aikg ingest is writing: "
                f"{who}; its lease is renewed while it runs and expires "
                f"{LEASE_SECONDS:g} s after it stops)"
            ),
            gave_up=lambda who: (
                f"the SPARQL store at {self.name} is still being written by another aikg process ({who})"
            ),
            timeout=timeout,
            on_wait=on_wait,
            poll=POLL_SECONDS,
        )
        _held.add(self.name)
        # The thread holds the lock weakly: a store dropped without close() is still freed, and
        # freeing it releases the lock (as dropping a directory store's lock file does).
        self._thread = threading.Thread(
            target=_renew_loop, args=(weakref.ref(self), self._stop), name="aikg-lease", daemon=True
        )
        self._thread.start()

    def _try(self) -> Lease | None:
        """One attempt: None once ours is the winning lease, else the lease that holds the lock."""
        started = time.monotonic()  # no later than the server's time that the lease counts from
        now, leases = self._read()
        live = [lease for lease in leases if lease.expires > now]
        if live:
            return min(live, key=_age)
        if len(leases) > len(live):
            self._update(
                f"DELETE {{ GRAPH <{LOCK_GRAPH}> {{ ?l <{LEASE}> ?v }} }} "
                f"WHERE {{ GRAPH <{LOCK_GRAPH}> {{ ?l <{LEASE}> ?v }} "
                f'FILTER(<http://www.w3.org/2001/XMLSchema#integer>(STRBEFORE(STR(?v), " ")) <= {now}) }}'
            )
        self._taken = now
        self._update(
            f"INSERT {{ GRAPH <{LOCK_GRAPH}> {{ <{self._iri}> <{LEASE}> {self._value(now)} }} }} "
            f"WHERE {{ FILTER NOT EXISTS {{ GRAPH <{LOCK_GRAPH}> {{ ?l <{LEASE}> ?v "
            f'FILTER(<http://www.w3.org/2001/XMLSchema#integer>(STRBEFORE(STR(?v), " ")) > {now}) }} }} }}'
        )
        time.sleep(SETTLE_SECONDS)
        now, leases = self._read()
        live = [lease for lease in leases if lease.expires > now]
        if live and min(live, key=_age).token == self.token:
            self._renewed = started
            return None
        self._delete()
        others = [lease for lease in live if lease.token != self.token]
        return min(others, key=_age) if others else Lease("", now, now, "a writer that just let go")

    def _value(self, now: int) -> str:
        text = f"{now + int(LEASE_SECONDS * 1000)} {self._taken} {self._holder}"
        return str(ox.Literal(text, datatype=ox.NamedNode(LEASE_TYPE)))

    def _read(self) -> tuple[int, list[Lease]]:
        """The server's time and every lease in the lock graph."""
        rows = self._select(
            f"SELECT ?now ?l ?v WHERE {{ BIND(NOW() AS ?now) "
            f"OPTIONAL {{ GRAPH <{LOCK_GRAPH}> {{ ?l <{LEASE}> ?v }} }} }}"
        )
        if not rows or not isinstance(rows[0].get("now"), ox.Literal):
            raise StoreError(
                f"the SPARQL store at {self.name} did not tell its time (NOW()) for the write lock"
            )
        now = server_ms(rows[0]["now"])  # type: ignore[arg-type]
        leases = []
        for row in rows:
            iri, value = row.get("l"), row.get("v")
            if not isinstance(iri, ox.NamedNode) or not isinstance(value, ox.Literal):
                continue
            expires, taken, holder = [*value.value.split(" ", 2), "", ""][:3]
            try:
                leases.append(Lease(iri.value.removeprefix(LEASE_PREFIX), int(expires), int(taken), holder))
            except ValueError:
                leases.append(Lease(iri.value.removeprefix(LEASE_PREFIX), 0, 0, "a damaged lease"))
        return now, leases

    # ------------------------------------------------------------------ holding

    def _renew_once(self) -> bool:
        """Renew the lease; False once there is nothing more to renew (released, or lost)."""
        with self._mutex:
            if self._stop.is_set():
                return False
            try:
                self._renew()
            except StoreError:
                return self._lost is None  # a request that failed is retried; expiry decides
        return True

    def _renew(self) -> None:
        started = time.monotonic()
        now, leases = self._read()
        mine = next((lease for lease in leases if lease.token == self.token), None)
        live = [lease for lease in leases if lease.expires > now]
        if mine is None or mine.expires <= now or min(live, key=_age).token != self.token:
            self._lost = _lost_message(self.name)
            raise StoreError(self._lost)
        self._update(
            f"DELETE {{ GRAPH <{LOCK_GRAPH}> {{ <{self._iri}> <{LEASE}> ?v }} }} "
            f"INSERT {{ GRAPH <{LOCK_GRAPH}> {{ <{self._iri}> <{LEASE}> {self._value(now)} }} }} "
            f"WHERE {{ GRAPH <{LOCK_GRAPH}> {{ <{self._iri}> <{LEASE}> ?v }} }}"
        )
        self._renewed = started

    # ------------------------------------------------------------------ letting go

    def release(self) -> None:
        """Delete the lease and stop renewing it: the next writer may start."""
        if self._thread is None:
            return
        self._stop.set()
        with self._mutex:
            _held.discard(self.name)
            self._thread = None
            with contextlib.suppress(StoreError):  # the server is gone: the lease expires on its own
                self._delete()

    def _delete(self) -> None:
        self._update(f"DELETE WHERE {{ GRAPH <{LOCK_GRAPH}> {{ <{self._iri}> <{LEASE}> ?v }} }}")


def _renew_loop(ref: weakref.ref[RemoteLock], stop: threading.Event) -> None:
    while not stop.wait(LEASE_SECONDS / 3):
        lock = ref()
        if lock is None or not lock._renew_once():
            return
        del lock


def _lost_message(name: str) -> str:
    return (
        f"lost the write lock of the SPARQL store at {name}: this writer could not renew its lease "
        f"within {LEASE_SECONDS:g} s, and another writer may have taken the store over; nothing more "
        "was written: run the ingest again"
    )


def _age(lease: Lease) -> tuple[int, str]:
    return lease.taken, lease.token
