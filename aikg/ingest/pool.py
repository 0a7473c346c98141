"""Running extraction over many files: fact files first, then the rest on a process pool.

Fact files run in the calling process because they add entities (to ``names``) that the articles
after them must recognise; the pool starts only after them, with the final index. Each worker
receives the index once (the initializer) and builds its spaCy pipeline once. The work is files,
and the lines of JSON Lines dumps in chunks (aikg.ingest.work.file_tasks), so one dump spreads
over every worker. Results come back in input order, so a parallel run stores exactly what a
serial one does, even when two files hold the same text. A few documents stay in-process:
starting workers costs more than it saves.

Why workers never import the caller's ``__main__``: spawn and forkserver workers re-run the main
script by default, so a script without an ``if __name__ == "__main__"`` guard would open its
store again in every worker (and wait on its own lock forever), and code read from stdin cannot
be re-run at all. The workers need nothing from it (the work is aikg's own functions), so the
pool is started with ``__main__`` hidden: a library call works from a script, stdin, a notebook
or ``python -c`` alike.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import os
import sys
import threading
import time
import types
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path

from aikg.errors import AIKGError
from aikg.ingest.quads import FileResult
from aikg.ingest.work import Task, extract_file, file_tasks, run_task
from aikg.ontology.registry import NameIndex

MIN_POOL_FILES = 8  # documents: below this, pool start-up (a second per worker) outweighs the gain
# Articles submitted per worker and not yet handed to the writer. Deep enough that a worker
# never idles while the parent's main thread waits for the GIL or for a batch to land (4 files
# a worker left two workers no faster than one: 452 against 630 articles/s at 10k articles),
# shallow enough to bound memory (chunks of JSON Lines are at most a megabyte each).
IN_FLIGHT_PER_WORKER = 64

_names: NameIndex | None = None
_max_file_mb: float | None = None


def default_workers() -> int:
    """One extraction process per core."""
    return os.cpu_count() or 1


def _init_worker(names: NameIndex, max_file_mb: float | None, parent: int | None = None) -> None:
    global _names, _max_file_mb
    _names, _max_file_mb = names, max_file_mb
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True, name="aikg-parent-watch").start()
    from aikg.extract.sentences import pipeline

    pipeline()


def _exit_with(parent: int) -> None:
    """Leave when the ingest process is gone. A worker outlives a `kill -9` of it otherwise:
    it holds both ends of its task queue (so never reads EOF), and the forkserver waits on it."""
    while True:
        time.sleep(0.5)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # alive (or its pid reused by another user's process)
            pass


def _extract_in_worker(task: Task) -> FileResult:
    assert _names is not None, "worker started without its name index"
    return run_task(task, _names, max_file_mb=_max_file_mb)


def _context() -> mp.context.BaseContext:
    """forkserver where there is one (no fork of a process holding an open store and its
    threads), with the extractor preloaded so each worker forks warm; spawn elsewhere."""
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["aikg.ingest.work", "aikg.extract.pipeline", "aikg.graph.rdf"])
        return ctx
    return mp.get_context("spawn")


@contextmanager
def _main_hidden() -> Iterator[None]:
    """Workers started in here do not re-run the caller's ``__main__`` (see the module docstring):
    multiprocessing sends the main module's name or path only when it has a spec or a file."""
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main


def _weight(task: Task) -> int:
    return 1 if isinstance(task, str) else len(task.lines)


def extract_files(
    paths: Sequence[Path],
    names: NameIndex,
    *,
    workers: int | None = None,
    fact_suffixes: Sequence[str] = (),
    max_file_mb: float | None = None,
) -> Iterator[FileResult]:
    """Each file's :class:`FileResult` (a JSON Lines file's in several, a chunk of lines each),
    in the order of ``paths`` (fact files, which must come first, are run here so ``names``
    holds their entities before the articles start)."""
    workers = default_workers() if workers is None else max(1, workers)
    facts = [p for p in paths if p.suffix.lower() in fact_suffixes]
    rest = [p for p in paths if p.suffix.lower() not in fact_suffixes]
    for path in facts:
        yield extract_file(path, names, max_file_mb=max_file_mb)
    tasks = (task for path in rest for task in file_tasks(path, max_file_mb=max_file_mb))
    ahead: list[Task] = []  # read until there is enough work for a pool, or none is left
    documents = 0
    if workers > 1:
        for task in tasks:
            ahead.append(task)
            documents += _weight(task)
            if documents >= MIN_POOL_FILES:
                break
    todo = itertools.chain(ahead, tasks)
    if documents < MIN_POOL_FILES:
        for task in todo:
            yield run_task(task, names, max_file_mb=max_file_mb)
        return
    yield from _pooled(todo, names, workers, max_file_mb)


def _pooled(
    tasks: Iterator[Task], names: NameIndex, workers: int, max_file_mb: float | None
) -> Iterator[FileResult]:
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_context(),
        initializer=_init_worker,
        initargs=(names, max_file_mb, os.getpid()),
    ) as pool:
        pending: deque[tuple[Future[FileResult], int]] = deque()
        limit = workers * IN_FLIGHT_PER_WORKER
        in_flight = 0

        def fill() -> None:
            nonlocal in_flight
            while in_flight < limit and (task := next(tasks, None)) is not None:
                weight = _weight(task)
                with _main_hidden():  # workers start on the first submits
                    pending.append((pool.submit(_extract_in_worker, task), weight))
                in_flight += weight

        try:
            fill()
            while pending:
                future, weight = pending.popleft()
                in_flight -= weight
                try:
                    result = future.result()
                except BrokenProcessPool as e:
                    raise AIKGError(
                        "an extraction worker died (killed, or out of memory?); what was stored so far "
                        "stays: rerun with fewer --workers, or --workers 1"
                    ) from e
                fill()
                yield result
        finally:
            for future, _ in pending:
                future.cancel()
