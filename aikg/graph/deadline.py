"""Running a query under a time limit, in a thread the caller stops waiting for.

Why a thread and not a signal: pyoxigraph evaluates in Rust and offers no way to cancel, and a
Python signal handler only runs once control returns to Python, which a cartesian ``COUNT`` may
never do. The caller stops waiting at the deadline; the abandoned thread is a daemon, so it
ends with the process: right for the one-shot CLI. A server runs queries in worker processes it
can kill instead (see :mod:`aikg.server.pool`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from aikg.errors import QueryTimeoutError

T = TypeVar("T")


def within(seconds: float | None, work: Callable[[], T]) -> T:
    """``work()``, or QueryTimeoutError if it runs longer than ``seconds`` (None: no limit).
    An exception ``work`` raises is raised here."""
    if seconds is None:
        return work()
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as e:  # handed to the waiting caller, raised there
            outcome["error"] = e

    thread = threading.Thread(target=run, name="aikg-query", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise QueryTimeoutError(seconds)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
