"""N-Quads shards: extraction written to files, to be ingested elsewhere or later.

A shard holds whole documents, each in its own ``doc:`` graph with its document record
(``aikg:sourcePath`` and the rest), exactly the quads ingest would store. That is also how a
shard is recognised on the way back in: an N-Quads file whose every quad sits in a document
graph that describes itself loads graph by graph, replacing earlier ingests of the same sources,
instead of becoming one document like any other RDF file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from aikg.ingest.quads import FileResult
from aikg.ingest.shard_reader import HEADER, read_shard
from aikg.ontology.registry import NameIndex

__all__ = ["HEADER", "ExtractReport", "extract_shard", "read_shard", "shard_path", "write_shards"]


@dataclass
class ExtractReport:
    """What ``aikg extract`` wrote, and the files (or lines) that failed."""

    shards: list[Path] = field(default_factory=list)
    documents: int = 0
    failed: list[str] = field(default_factory=list)
    no_text: int = 0  # JSON Lines records with no text: skipped, counted, not failed

    @property
    def ok(self) -> bool:
        """Whether every file (and line) was extracted."""
        return not self.failed


def shard_path(out: Path, index: int, *, sharded: bool) -> Path:
    """``OUT.nq`` itself, or ``OUT-00000.nq``, ``OUT-00001.nq``... (so ``OUT*.nq`` finds them)."""
    if not sharded:
        return out
    return out.with_name(f"{out.stem}-{index:05d}{out.suffix or '.nq'}")


def write_shards(
    results: Iterable[FileResult],
    out: Path,
    *,
    shard_size: int | None = None,
    on_result: Callable[[FileResult], None] | None = None,
) -> ExtractReport:
    """Write each result's documents to shards of at most ``shard_size`` documents (one file if
    None). Each shard is written beside its final name and renamed into place when complete, so
    a reader never sees half a shard."""
    report = ExtractReport()
    out.parent.mkdir(parents=True, exist_ok=True)
    sharded = shard_size is not None
    handle: IO[bytes] | None = None
    in_shard = 0
    partial = out

    def close() -> None:
        nonlocal handle
        if handle is not None:
            handle.close()
            final = shard_path(out, len(report.shards), sharded=sharded)
            partial.replace(final)
            report.shards.append(final)
            handle = None

    try:
        for result in results:
            for doc in result.documents:
                if handle is None:
                    partial = shard_path(out, len(report.shards), sharded=sharded).with_suffix(".partial")
                    handle = partial.open("wb")
                    handle.write(HEADER)
                    in_shard = 0
                handle.write(doc.nquads)
                in_shard += 1
                report.documents += 1
                if shard_size is not None and in_shard >= shard_size:
                    close()
            report.failed.extend(result.problems)
            report.no_text += result.no_text
            if on_result is not None:
                on_result(result)
        close()
    finally:
        if handle is not None:
            handle.close()
            partial.unlink(missing_ok=True)
    return report


def extract_shard(paths: Iterable[Path | str], out: Path | str, names: NameIndex) -> ExtractReport:
    """Extract ``paths`` in this process into the one shard ``out``: the unit of work to map
    over a cluster (Dask, Ray, a batch queue); ``aikg ingest`` then loads the shards."""
    from aikg.ingest.work import file_tasks, run_task

    results = (run_task(task, names) for p in paths for task in file_tasks(p))
    return write_shards(results, Path(out))
