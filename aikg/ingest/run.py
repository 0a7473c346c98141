"""The ingest loop: extraction results in (from a pool), batched writes to one store out.

Why batches: a transaction per document dominated a big ingest. A batch closes at a document
count, a byte size or a time limit (so a slow extraction still lands steadily, and a kill loses
little); each document in it is still fully in or absent (see Store.replace_documents).
Reports come out in input order, after the documents they name have landed.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from aikg.errors import AIKGError
from aikg.graph.store import Store
from aikg.ingest.pool import extract_files
from aikg.ingest.progress import progress_bar, quietly
from aikg.ingest.shards import ExtractReport, write_shards
from aikg.ingest.work import DocumentQuads, FileResult
from aikg.kg import Failure, Ingested, IngestReport
from aikg.ontology.registry import NameIndex

BATCH_DOCUMENTS = 2000
BATCH_BYTES = 64 * 1024 * 1024
BATCH_SECONDS = 2.0

OnFile = Callable[[Ingested | Failure], None]


class _Writer:
    def __init__(self, store: Store, report: IngestReport, on_file: OnFile | None) -> None:
        self.store = store
        self.report = report
        self.on_file = on_file
        self.items: list[DocumentQuads | Failure] = []
        self.nbytes = 0
        self.docs = 0
        self.started = time.monotonic()

    def add(self, result: FileResult) -> None:
        if not self.items:
            self.started = time.monotonic()
        for doc in result.documents:
            self.items.append(doc)
            self.nbytes += len(doc.nquads)
            self.docs += 1
        self.items.extend(Failure(result.path, message) for message in result.problems)
        if (
            self.docs >= BATCH_DOCUMENTS
            or self.nbytes >= BATCH_BYTES
            or time.monotonic() - self.started >= BATCH_SECONDS
        ):
            self.flush()

    def flush(self) -> None:
        docs = [d for d in self.items if isinstance(d, DocumentQuads)]
        error: str | None = None
        if docs:
            try:
                self.store.replace_documents([(d.source, d.graph, d.nquads) for d in docs])
            except AIKGError as e:
                error = str(e)
        for item in self.items:
            out: Ingested | Failure
            if isinstance(item, Failure):
                out = item
                self.report.failed.append(out)
            elif error is not None:
                out = Failure(item.label, f"{item.label}: {error}")
                self.report.failed.append(out)
            else:
                out = Ingested(item.label, item.document, item.claims, item.entities, encoding=item.encoding)
                self.report.ingested.append(out)
            if self.on_file is not None:
                self.on_file(out)
        self.items, self.nbytes, self.docs = [], 0, 0


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
        for result in results:
            writer.add(result)
            bar.advance(result.size, len(result.documents))
        writer.flush()
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
