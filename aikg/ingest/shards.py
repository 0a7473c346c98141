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

import pyoxigraph as ox

from aikg.errors import InputError
from aikg.ingest.work import DocumentQuads, FileResult
from aikg.loaders.reading import read_bytes
from aikg.ontology.registry import NameIndex
from aikg.ontology.vocab import AIKG, DOC, ENT, RDF

HEADER = b"# aikg extract: N-Quads, one named graph per document\n"
_SOURCE = AIKG + "sourcePath"
_TYPE = RDF + "type"
_STATEMENT = AIKG + "Statement"


def read_shard(path: Path) -> list[DocumentQuads] | None:
    """The documents of an ``aikg extract`` shard, or None if ``path`` is some other N-Quads file."""
    data = read_bytes(path)
    try:
        quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
    except SyntaxError as e:
        raise InputError(str(path), f"malformed N_QUADS: {e}") from e
    graphs: dict[str, list[ox.Quad]] = {}
    for q in quads:
        g = q.graph_name
        if not isinstance(g, ox.NamedNode) or not g.value.startswith(DOC):
            return None
        graphs.setdefault(g.value, []).append(q)
    if not graphs:
        return None
    documents = []
    for graph, members in graphs.items():
        sources = [
            q.object.value
            for q in members
            if isinstance(q.subject, ox.NamedNode)
            and q.subject.value == graph
            and q.predicate.value == _SOURCE
            and isinstance(q.object, ox.Literal)
        ]
        if len(sources) != 1:
            return None
        typed = [q for q in members if q.predicate.value == _TYPE]
        documents.append(
            DocumentQuads(
                source=sources[0],
                label=sources[0],
                graph=graph,
                document=graph[len(DOC) :],
                nquads=ox.serialize(members, format=ox.RdfFormat.N_QUADS) or b"",
                claims=sum(
                    isinstance(q.object, ox.NamedNode) and q.object.value == _STATEMENT for q in typed
                ),
                entities=len(
                    {
                        q.subject.value
                        for q in typed
                        if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(ENT)
                    }
                ),
            )
        )
    return documents


@dataclass
class ExtractReport:
    """What ``aikg extract`` wrote, and the files (or lines) that failed."""

    shards: list[Path] = field(default_factory=list)
    documents: int = 0
    failed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
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
    from aikg.ingest.work import extract_file

    return write_shards((extract_file(p, names) for p in paths), Path(out))
