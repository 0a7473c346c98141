"""One file in, its documents' statements out: the pure step of ingest.

No store and no shared state beyond the name index, so it runs the same in the parent, in a
worker process, or on a Dask cluster, and the parent (the one writer) only has to store bytes.
Statements travel as N-Quads: compact to pickle, and parsed by oxigraph in Rust on arrival.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from aikg.errors import AIKGError, InputError
from aikg.ontology.registry import NameIndex


@dataclass(frozen=True)
class DocumentQuads:
    """One document's statements, all in its own named graph."""

    source: str  # sourcePath: a later ingest of the same source replaces this document
    label: str  # how reports name it: the path as given, or FILE.jsonl#ID for one line
    graph: str
    document: str
    nquads: bytes
    claims: int
    entities: int
    encoding: str | None = None  # what the file was decoded from, when not UTF-8

    def quads(self) -> list[ox.Quad]:
        return list(ox.parse(self.nquads, format=ox.RdfFormat.N_QUADS))


@dataclass(frozen=True)
class FileResult:
    """What one file yields: its documents, and messages for what failed (a whole file, or
    single lines of a JSON Lines file, in which case the other documents still land)."""

    path: str
    size: int
    documents: tuple[DocumentQuads, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def failed(self) -> bool:
        return bool(self.problems) and not self.documents


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
    from aikg.loaders.reading import size_limit

    path = Path(path)
    try:
        with size_limit(max_file_mb):
            return FileResult(str(path), _size(path), tuple(_documents(path, names)))
    except _Partial as p:
        return FileResult(str(path), _size(path), p.documents, p.problems)
    except AIKGError as e:
        return FileResult(
            str(path), _size(path), problems=(str(e) if isinstance(e, InputError) else f"{path}: {e}",)
        )
    except Exception as e:  # a bug must not cost the user the rest of the batch
        return FileResult(
            str(path), _size(path), problems=(f"{path}: internal error ({type(e).__name__}: {e})",)
        )


class _Partial(Exception):
    def __init__(self, documents: tuple[DocumentQuads, ...], problems: tuple[str, ...]) -> None:
        self.documents = documents
        self.problems = problems


def _documents(path: Path, names: NameIndex) -> list[DocumentQuads]:
    from aikg.extract.pipeline import extract
    from aikg.graph.rdf import document_iri, document_triples, extraction_quads
    from aikg.ingest.shards import read_shard
    from aikg.loaders import load
    from aikg.loaders.jsonl import JsonlFile
    from aikg.loaders.rdf_files import RdfFile
    from aikg.ontology.models import Document

    if path.suffix.lower() == ".nq" and (shard := read_shard(path)) is not None:
        return shard
    loaded = load(path, names)
    if isinstance(loaded, JsonlFile):
        docs = []
        problems = [str(p) for p in loaded.problems]
        for number, document in loaded.documents:
            try:
                extraction = extract(document, names)
            except InputError as e:
                problems.append(str(InputError(str(path), e.problem, line=number)))
                continue
            graph_iri = document_iri(document.id).value
            label = f"{path}#{document.path.rsplit('#', 1)[1]}"
            quads = extraction_quads(extraction)
            docs.append(
                DocumentQuads(
                    document.path,
                    label,
                    graph_iri,
                    document.id,
                    _nquads(quads),
                    len(extraction.claims),
                    len(extraction.entities),
                )
            )
        if problems:
            raise _Partial(tuple(docs), tuple(problems))
        return docs
    if isinstance(loaded, Document):
        loaded = extract(loaded, names)
    source = str(path.resolve())
    doc = loaded.document.model_copy(update={"path": source})
    graph = document_iri(doc.id)
    if isinstance(loaded, RdfFile):
        quads = [ox.Quad(t.subject, t.predicate, t.object, graph) for t in loaded.triples]
        quads += [ox.Quad(s, p, o, graph) for s, p, o in document_triples(doc)]
        claims = entities = 0
    else:
        quads = extraction_quads(loaded.model_copy(update={"document": doc}))
        claims, entities = len(loaded.claims), len(loaded.entities)
    return [
        DocumentQuads(
            source, str(path), graph.value, doc.id, _nquads(quads), claims, entities, encoding=doc.encoding
        )
    ]


def extract_quads(path: Path | str, names: NameIndex) -> list[tuple[str, list[ox.Quad]]]:
    """Each document of ``path`` as (document graph IRI, quads); raises InputError if any part
    of the file fails. The one-call form of :func:`extract_file`, for scripts and notebooks."""
    result = extract_file(path, names)
    if result.problems:
        raise AIKGError("; ".join(result.problems))
    return [(d.graph, d.quads()) for d in result.documents]
