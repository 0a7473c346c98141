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
_DOC = DOC.encode()
_ENT = b"<" + ENT.encode()
_TYPED = b"> <" + _TYPE.encode() + b"> "


def read_shard(path: Path) -> list[DocumentQuads] | None:
    """The documents of an ``aikg extract`` shard, or None if ``path`` is some other N-Quads file."""
    data = read_bytes(path)
    try:
        # The whole file is checked before any of it is stored, so a bad shard leaves nothing;
        # the same pass tells whether any quad sits in the default graph (then it is no shard).
        default = ox.DefaultGraph()
        if any(q.graph_name == default for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)):
            return None
    except SyntaxError as e:
        raise InputError(str(path), f"malformed N_QUADS: {e}") from e
    fast = _split_shard(data)
    if fast is not None:
        return fast
    return _group_shard(data)


def _split_shard(data: bytes) -> list[DocumentQuads] | None:
    """The documents of a shard as written by ``aikg extract`` (each graph's lines together,
    one quad a line, as oxigraph serialises), sliced from the bytes with no Python object per
    quad; None when the file is laid out otherwise (then :func:`_group_shard` decides).

    Why: re-parsing and re-serialising a million quads in Python took most of a minute, and
    the store parses the slices again in Rust anyway. ``data`` has parsed as N-Quads, every
    quad in a named graph, so each line ends with its graph's name.
    """
    body = data[len(HEADER) :] if data.startswith(HEADER) else data
    if not body.endswith(b"\n") or b"\r" in body:
        return None
    documents: list[DocumentQuads] = []
    seen: set[bytes] = set()
    lines = body.split(b"\n")
    lines.pop()  # after the final newline
    pos = len(data) - len(body)
    i = 0
    while i < len(lines):
        line = lines[i]
        cut = line.rfind(b" <")
        if not line.endswith(b"> .") or cut < 0:
            return None  # a comment, a blank line, or spacing oxigraph does not write
        graph = line[cut + 2 : -3]
        if not graph.startswith(_DOC) or graph in seen or b">" in graph:
            return None
        seen.add(graph)
        suffix = line[cut:]
        begin = pos
        entities: set[bytes] = set()
        while i < len(lines) and (line := lines[i]).endswith(suffix):
            if line.startswith(_ENT) and (end := line.find(b">")) > 0 and line.startswith(_TYPED, end):
                entities.add(line[:end])
            pos += len(line) + 1
            i += 1
        doc = _document(graph.decode(), data, begin, pos, len(entities))
        if doc is None:
            return None
        documents.append(doc)
    return documents or None


def _document(graph: str, data: bytes, begin: int, end: int, entities: int) -> DocumentQuads | None:
    """One document's slice of a shard, if it describes itself with exactly one source path."""
    g = graph.encode()
    source_at = b"<" + g + b"> <" + _SOURCE.encode() + b"> "
    if data.count(source_at, begin, end) != 1:
        return None
    at = data.find(source_at, begin, end)
    (quad,) = ox.parse(data[at : data.find(b"\n", at) + 1], format=ox.RdfFormat.N_QUADS)
    if not isinstance(quad.object, ox.Literal) or quad.graph_name != ox.NamedNode(graph):
        return None
    source = quad.object.value
    statement = b" <" + _TYPE.encode() + b"> <" + _STATEMENT.encode() + b"> <" + g + b"> .\n"
    return DocumentQuads(
        source=source,
        label=source,
        graph=graph,
        document=graph[len(DOC) :],
        nquads=data[begin:end],
        claims=data.count(statement, begin, end),
        entities=entities,
    )


def _group_shard(data: bytes) -> list[DocumentQuads] | None:
    """The general reading: any order of quads, grouped by graph in Python."""
    quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
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
    no_text: int = 0  # JSON Lines records with no text: skipped, counted, not failed

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
