"""Running extraction over many files: fact files first, then the rest on a process pool.

Fact files run in the calling process because they add entities (to ``names``) that the articles
after them must recognise; the pool starts only after them, with the final index. Each worker
receives the index once (the initializer) and builds its spaCy pipeline once. Results come back
in input order, so a parallel run stores exactly what a serial one does, even when two files
hold the same text. A few files stay in-process: starting workers costs more than it saves.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from aikg.errors import AIKGError
from aikg.ingest.work import FileResult, extract_file
from aikg.ontology.registry import NameIndex

MIN_POOL_FILES = 8  # below this, pool start-up (about a second per worker) outweighs the gain
IN_FLIGHT_PER_WORKER = 4  # bounds memory when the writer is slower than the workers

_names: NameIndex | None = None
_max_file_mb: float | None = None


def default_workers() -> int:
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


def _extract_in_worker(path: str) -> FileResult:
    assert _names is not None, "worker started without its name index"
    return extract_file(path, _names, max_file_mb=_max_file_mb)


def _context() -> mp.context.BaseContext:
    """forkserver where there is one (no fork of a process holding an open store and its
    threads), with the extractor preloaded so each worker forks warm; spawn elsewhere."""
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["aikg.ingest.work", "aikg.extract.pipeline", "aikg.graph.rdf"])
        return ctx
    return mp.get_context("spawn")


def extract_files(
    paths: Sequence[Path],
    names: NameIndex,
    *,
    workers: int | None = None,
    fact_suffixes: Sequence[str] = (),
    max_file_mb: float | None = None,
) -> Iterator[FileResult]:
    """Each file's :class:`FileResult`, in the order of ``paths`` (fact files, which must come
    first, are run here so ``names`` holds their entities before the articles start)."""
    workers = default_workers() if workers is None else max(1, workers)
    facts = [p for p in paths if p.suffix.lower() in fact_suffixes]
    rest = [p for p in paths if p.suffix.lower() not in fact_suffixes]
    for path in facts:
        yield extract_file(path, names, max_file_mb=max_file_mb)
    if workers == 1 or len(rest) < MIN_POOL_FILES:
        for path in rest:
            yield extract_file(path, names, max_file_mb=max_file_mb)
        return
    yield from _pooled(rest, names, workers, max_file_mb)


def _pooled(
    paths: Sequence[Path], names: NameIndex, workers: int, max_file_mb: float | None
) -> Iterator[FileResult]:
    with ProcessPoolExecutor(
        max_workers=min(workers, len(paths)),
        mp_context=_context(),
        initializer=_init_worker,
        initargs=(names, max_file_mb, os.getpid()),
    ) as pool:
        pending: deque[Future[FileResult]] = deque()
        todo = iter(paths)
        limit = workers * IN_FLIGHT_PER_WORKER
        try:
            for path in todo:
                pending.append(pool.submit(_extract_in_worker, str(path)))
                if len(pending) >= limit:
                    break
            while pending:
                try:
                    result = pending.popleft().result()
                except BrokenProcessPool as e:
                    raise AIKGError(
                        "an extraction worker died (out of memory?); what was stored so far stays: "
                        "rerun with fewer --workers"
                    ) from e
                next_path = next(todo, None)
                if next_path is not None:
                    pending.append(pool.submit(_extract_in_worker, str(next_path)))
                yield result
        finally:
            for future in pending:
                future.cancel()
