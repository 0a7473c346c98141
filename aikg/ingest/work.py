"""One file in, its documents' statements out: the pure step of ingest.

No store and no shared state beyond the name index, so it runs the same in the parent, in a
worker process, or on a Dask cluster, and the parent (the one writer) only has to store bytes.
Statements travel as N-Quads: compact to pickle, and parsed by oxigraph in Rust on arrival.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from aikg.errors import AIKGError, InputError
from aikg.ingest.quads import DocumentQuads, FileResult
from aikg.loaders.jsonl_stream import JsonlChunk
from aikg.ontology.registry import NameIndex


def _nquads(quads: list[ox.Quad]) -> bytes:
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def extract_file(path: Path | str, names: NameIndex, *, max_file_mb: float | None = None) -> FileResult:
    """Load ``path`` and build the quads ingest would store for each of its documents.

    Never raises for a bad input: problems come back as messages naming the file (and line), so
    a worker process never has to pickle an exception. ``names`` gains a fact file's entities.
    """
    from aikg.loaders.jsonl import JSONL_SUFFIXES
    from aikg.loaders.reading import size_limit

    path = Path(path)
    if path.suffix.lower() in JSONL_SUFFIXES:
        return _merged(path, [extract_chunk(c, names) for c in _chunks(path, max_file_mb)])
    try:
        with size_limit(max_file_mb):
            return FileResult(str(path), _size(path), tuple(_documents(path, names)))
    except AIKGError as e:
        return FileResult(
            str(path), _size(path), problems=(str(e) if isinstance(e, InputError) else f"{path}: {e}",)
        )
    except Exception as e:  # a bug must not cost the user the rest of the batch
        return FileResult(
            str(path), _size(path), problems=(f"{path}: internal error ({type(e).__name__}: {e})",)
        )


def _documents(path: Path, names: NameIndex) -> list[DocumentQuads]:
    from aikg.graph.rdf import document_iri, document_triples, extraction_quads
    from aikg.graph.storage.facts import implied
    from aikg.ingest.shard_reader import read_shard
    from aikg.loaders import load
    from aikg.loaders.rdf_files import RdfFile
    from aikg.ontology.models import Document, Extraction

    if path.suffix.lower() == ".nq" and (shard := read_shard(path)) is not None:
        return shard
    loaded = load(path, names)
    if isinstance(loaded, Document):
        from aikg.extract.pipeline import extract  # spaCy and the models: articles only

        loaded = extract(loaded, names)
    source = str(path.resolve())
    doc = loaded.document.model_copy(update={"path": source})
    graph = document_iri(doc.id)
    if isinstance(loaded, RdfFile):
        quads = [ox.Quad(t.subject, t.predicate, t.object, graph) for t in loaded.triples]
        quads += [ox.Quad(s, p, o, graph) for s, p, o in document_triples(doc)]
        # Statements written by hand in RDF support facts like extracted ones (kept as written too).
        quads += sorted(implied(quads), key=str)
        claims = entities = 0
    else:
        quads = extraction_quads(loaded.model_copy(update={"document": doc}))
        claims, entities = len(loaded.claims), len(loaded.entities)
    notes = tuple(f"{path}: {n}" for n in loaded.notes) if isinstance(loaded, Extraction) else ()
    return [
        DocumentQuads(
            source,
            str(path),
            graph.value,
            doc.id,
            _nquads(quads),
            claims,
            entities,
            encoding=doc.encoding,
            warnings=notes,
        )
    ]


Task = str | JsonlChunk  # a file to extract, or some lines of a JSON Lines file


def file_tasks(path: Path | str, *, max_file_mb: float | None = None) -> Iterator[Task]:
    """The units of work of one file: the file itself, or a JSON Lines file's lines in chunks
    (read here, in bounded memory, so one dump spreads over every worker)."""
    from aikg.loaders.jsonl import JSONL_SUFFIXES

    if Path(path).suffix.lower() not in JSONL_SUFFIXES:
        yield str(path)
        return
    yield from _chunks(Path(path), max_file_mb)


def _chunks(path: Path, max_file_mb: float | None) -> Iterator[JsonlChunk]:
    from aikg.loaders.jsonl_stream import jsonl_chunks
    from aikg.loaders.reading import MB
    from aikg.loaders.reading import max_file_mb as default_limit

    limit = default_limit() if max_file_mb is None else max_file_mb
    return jsonl_chunks(path, max_line_bytes=int(limit * MB))


def run_task(task: Task, names: NameIndex, *, max_file_mb: float | None = None) -> FileResult:
    """Extract one unit of work (see `file_tasks`)."""
    if isinstance(task, JsonlChunk):
        return extract_chunk(task, names)
    return extract_file(task, names, max_file_mb=max_file_mb)


def extract_chunk(chunk: JsonlChunk, names: NameIndex) -> FileResult:
    """The documents of some lines of a JSON Lines file. A line that fails is one problem
    (``FILE:LINE: problem``), whatever the failure, and the other lines still land."""
    from aikg.extract.pipeline import extract
    from aikg.graph.rdf import document_iri, extraction_quads
    from aikg.loaders.jsonl import parse_line

    path = chunk.path
    docs: list[DocumentQuads] = []
    problems = list(chunk.problems)
    no_text = 0
    for number, raw in chunk.lines:
        try:
            record = parse_line(path, number, raw)
            if record.document is None:
                no_text += 1
                continue
            extraction = extract(record.document, names)
            doc = extraction.document
            docs.append(
                DocumentQuads(
                    doc.path,
                    f"{path}#{doc.path.rsplit('#', 1)[1]}",
                    document_iri(doc.id).value,
                    doc.id,
                    _nquads(extraction_quads(extraction)),
                    len(extraction.claims),
                    len(extraction.entities),
                    warnings=tuple(f"{path}:{number}: {w}" for w in (*record.warnings, *extraction.notes)),
                )
            )
        except InputError as e:
            problems.append((number, str(InputError(path, e.problem, line=number))))
        except Exception as e:  # one odd line must not cost the user the rest of the dump
            problems.append((number, f"{path}:{number}: internal error ({type(e).__name__}: {e})"))
    problems.sort(key=lambda p: p[0])
    return FileResult(path, chunk.size, tuple(docs), tuple(p for _, p in problems), no_text)


def _merged(path: Path, results: list[FileResult]) -> FileResult:
    return FileResult(
        str(path),
        _size(path),
        tuple(d for r in results for d in r.documents),
        tuple(p for r in results for p in r.problems),
        sum(r.no_text for r in results),
    )
