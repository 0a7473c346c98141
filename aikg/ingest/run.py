"""The ingest loop: extraction results in (from a pool), batched writes to one store out.

Why batches: a transaction per document dominated a big ingest. A batch closes at a document
count, a byte size or a time limit (so a slow extraction still lands steadily, and a kill loses
little); each document in it is still fully in or absent (see Store.replace_documents).
Reports come out in input order, after the documents they name have landed.

Why a writer thread: storing a batch cost about as much as extracting it, and oxigraph parses
and writes with the GIL released, so one batch is written while the next is extracted (in this
process, or received from the pool, which then never waits on the store). One batch at most is
in the thread; its reports are given out on the calling thread when it has landed.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from aikg.errors import AIKGError
from aikg.graph.storage.contract import Store
from aikg.ingest.pool import extract_files
from aikg.ingest.progress import progress_bar, quietly
from aikg.ingest.quads import DocumentQuads, FileResult
from aikg.ingest.report import Failure, Ingested, IngestReport
from aikg.ingest.shards import ExtractReport, write_shards
from aikg.ontology.registry import NameIndex

# Bigger batches mean fewer bulk loads for the store to merge into its tables. At 100k
# articles, one worker: 452 articles/s with batches of 2 s, 482-515 with batches of 8 s (three
# runs; runs on this machine vary by 10-15%), and 10-15% less CPU. Growing batches (2 s at
# first, then a tenth of the time so far) measured no better. A kill loses at most one batch's
# extraction; what landed stays.
BATCH_DOCUMENTS = 8000
BATCH_BYTES = 64 * 1024 * 1024
BATCH_SECONDS = 8.0

OnFile = Callable[[Ingested | Failure], None]


@dataclass(frozen=True)
class _Stored:
    """How a batch landed: the graphs the store already held unchanged, or the error."""

    unchanged: set[str] = field(default_factory=set)
    error: str | None = None


class _Writer:
    def __init__(self, store: Store, report: IngestReport, on_file: OnFile | None) -> None:
        self.store = store
        self.report = report
        self.on_file = on_file
        self.items: list[tuple[str, DocumentQuads | Failure]] = []  # (file, item)
        self.files: set[str] = set()  # files with a document stored, for the summary
        self.nbytes = 0
        self.docs = 0
        self.started = time.monotonic()
        self.thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="aikg-store-writer")
        self.writing: tuple[list[tuple[str, DocumentQuads | Failure]], Future[_Stored]] | None = None

    def add(self, result: FileResult) -> None:
        if self.writing is not None and self.writing[1].done():
            self.wait()  # report a landed batch now, not only when the next one is ready
        if not self.items:
            self.started = time.monotonic()
        for doc in result.documents:
            self.items.append((result.path, doc))
            self.nbytes += len(doc.nquads)
            self.docs += 1
        self.items.extend((result.path, Failure(result.path, message)) for message in result.problems)
        self.report.no_text += result.no_text
        if (
            self.docs >= BATCH_DOCUMENTS
            or self.nbytes >= BATCH_BYTES
            or time.monotonic() - self.started >= BATCH_SECONDS
        ):
            self.flush()

    def flush(self) -> None:
        """Start storing the current batch, once the one before it has landed (and been reported)."""
        self.wait()
        items, self.items, self.nbytes, self.docs = self.items, [], 0, 0
        docs = [(d.source, d.graph, d.nquads) for _, d in items if isinstance(d, DocumentQuads)]
        self.writing = (items, self.thread.submit(self._store, docs))

    def _store(self, docs: list[tuple[str, str, bytes]]) -> _Stored:
        """Write the batch (what the store already holds unchanged is left alone); the graphs
        left alone, or the error that stopped the batch."""
        if not docs:
            return _Stored()
        try:
            same = {g for s, g, data in docs if self.store.holds(s, g, data)}
            self.store.replace_documents([d for d in docs if d[1] not in same])
        except AIKGError as e:
            return _Stored(error=str(e))
        return _Stored(unchanged=same)

    def wait(self) -> None:
        """Let the batch being stored land, then report each of its items in input order."""
        if self.writing is None:
            return
        items, future = self.writing
        self.writing = None
        stored = future.result()  # anything but an AIKGError is a bug: it propagates
        error = stored.error
        for path, item in items:
            out: Ingested | Failure
            if isinstance(item, Failure):
                out = item
                self.report.failed.append(out)
            elif error is not None:
                out = Failure(item.label, f"{item.label}: {error}")
                self.report.failed.append(out)
            else:
                out = Ingested(
                    item.label,
                    item.document,
                    item.claims,
                    item.entities,
                    encoding=item.encoding,
                    warnings=item.warnings,
                    unchanged=item.graph in stored.unchanged,
                )
                self.report.ingested.append(out)
                self.files.add(path)
            if self.on_file is not None:
                self.on_file(out)

    def close(self, *, store_rest: bool) -> None:
        """Store what is left (if ``store_rest``) and stop the thread. On an error or interrupt
        the batch in flight still lands (each document whole or absent), and nothing after it."""
        try:
            if store_rest:
                self.flush()
            self.wait()
        finally:
            self.thread.shutdown(wait=True)


def _total_bytes(paths: Sequence[Path]) -> int:
    total = 0
    for p in paths:
        with contextlib.suppress(OSError):
            total += p.stat().st_size
    return total


def ingest_files(
    store: Store,
    paths: Sequence[Path],
    names: NameIndex,
    *,
    workers: int | None = None,
    on_file: OnFile | None = None,
    progress: bool = False,
    max_file_mb: float | None = None,
) -> IngestReport:
    """Extract ``paths`` (fact files first, here; the rest on ``workers`` processes) and store
    every document, writing from this process only."""
    from aikg.loaders import FACT_SUFFIXES

    report = IngestReport()
    with progress_bar(_total_bytes(paths), enabled=progress) as bar:
        writer = _Writer(store, report, quietly(bar, on_file))
        results = extract_files(
            paths, names, workers=workers, fact_suffixes=FACT_SUFFIXES, max_file_mb=max_file_mb
        )
        try:
            for result in results:
                writer.add(result)
                bar.advance(result.size, len(result.documents))
        except BaseException:
            writer.close(store_rest=False)
            raise
        writer.close(store_rest=True)
        report.files = len(writer.files)
    return report


def extract_to_shards(
    paths: Sequence[Path],
    out: Path,
    names: NameIndex,
    *,
    shard_size: int | None = None,
    workers: int | None = None,
    on_file: Callable[[FileResult], None] | None = None,
    progress: bool = False,
    max_file_mb: float | None = None,
) -> ExtractReport:
    """Extract ``paths`` into N-Quads shards at ``out`` (see aikg.ingest.shards), no store."""
    from aikg.loaders import FACT_SUFFIXES

    with progress_bar(_total_bytes(paths), enabled=progress, desc="extract") as bar:
        callback = quietly(bar, on_file)

        def done(result: FileResult) -> None:
            bar.advance(result.size, len(result.documents))
            if callback is not None:
                callback(result)

        results = extract_files(
            paths, names, workers=workers, fact_suffixes=FACT_SUFFIXES, max_file_mb=max_file_mb
        )
        return write_shards(results, out, shard_size=shard_size, on_result=done)
