"""One writer per store: an exclusive lock file, ``aikg.lock``, in the store directory.

RocksDB already refuses a second read-write open, but with a bare "IO error: While lock file"
and no way to wait. This lock comes first, so a second ``aikg ingest`` waits its turn (saying
so once, with the holder's pid) or gives up cleanly after a timeout. It is an ``flock``: the
kernel releases it when the holding process dies, ``kill -9`` included, so a crash never leaves
a stale lock behind. Readers (lookup, query, the server) never take it.

On a platform without ``fcntl`` (Windows) the lock is a no-op and RocksDB's own lock is the
guard: a second writer fails at once instead of waiting.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path

from aikg.errors import StoreError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = "aikg.lock"
POLL_SECONDS = 0.05

# Directories this process holds: a second writable open in the same process would wait on
# itself forever (flock locks belong to open files, not processes), so it fails at once instead.
_held: set[Path] = set()


class StoreLock:
    """The exclusive write lock of the store directory ``directory``."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / LOCK_NAME
        self._fd: int | None = None
        self._key = directory.resolve()

    @property
    def held(self) -> bool:
        """Whether this process holds the lock."""
        return self._fd is not None

    def acquire(self, *, timeout: float | None = None, on_wait: Callable[[str], None] | None = None) -> None:
        """Take the lock, waiting up to ``timeout`` seconds (None: as long as it takes).

        ``on_wait`` gets one message, the first time the lock is found taken.
        Raises StoreError when the timeout passes, or when this process already holds it.
        """
        if self._fd is not None:
            return
        if self._key in _held:
            raise StoreError(
                f"the store at {self.directory} is already open for writing in this process; "
                "close the other KnowledgeGraph first (kg.close())"
            )
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise StoreError(f"cannot create the lock file {self.path}: {e}") from e
        if fcntl is not None:
            try:
                self._wait(fd, timeout, on_wait)
            except BaseException:
                os.close(fd)
                raise
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd
        _held.add(self._key)

    def _wait(self, fd: int, timeout: float | None, on_wait: Callable[[str], None] | None) -> None:
        def holder() -> str | None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return None
            except BlockingIOError:
                return f"pid {holder_pid(fd)}"
            except OSError as e:
                raise StoreError(f"cannot lock {self.path}: {e}") from e

        wait_for_lock(
            holder,
            waiting=lambda who: (
                f"waiting for the store at {self.directory} (another aikg ingest is writing; {who})"
            ),
            gave_up=lambda who: (
                f"the store at {self.directory} is still being written by another aikg process ({who})"
            ),
            timeout=timeout,
            on_wait=on_wait,
            poll=POLL_SECONDS,
        )

    def release(self) -> None:
        """Let the next writer in; the caller has closed the store first."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _held.discard(self._key)
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        os.close(fd)  # closing the file drops the flock

    def __del__(self) -> None:
        self.release()


def holder_pid(fd: int) -> str:
    """The pid the holder wrote into the lock file ("unknown" in the instant before it does)."""
    for _ in range(5):
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        if text:
            return text
        time.sleep(0.01)
    return "unknown"


def wait_for_lock(
    holder: Callable[[], str | None],
    *,
    waiting: Callable[[str], str],
    gave_up: Callable[[str], str],
    timeout: float | None,
    on_wait: Callable[[str], None] | None,
    poll: float,
) -> None:
    """Try ``holder`` (None: the lock is ours; else who holds it) every ``poll`` seconds until
    the lock is ours: ``on_wait`` hears ``waiting(who)`` once; past ``timeout`` seconds (None:
    never), StoreError says ``gave_up(who)`` and how to wait longer. Shared by the directory
    store's lock file and the SPARQL store's lease."""
    deadline = None if timeout is None else time.monotonic() + timeout
    told = False
    while (who := holder()) is not None:
        if not told and on_wait is not None:
            on_wait(waiting(who))
            told = True
        if deadline is not None and time.monotonic() >= deadline:
            raise StoreError(
                f"{gave_up(who)} after {timeout:g} s; wait for it to finish, or give "
                "--lock-timeout more seconds (the default waits as long as it takes)"
            )
        time.sleep(poll if deadline is None else min(poll, max(0.0, deadline - time.monotonic())))
