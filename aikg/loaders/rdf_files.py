"""RDF files (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML) taken as they are."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from aikg.errors import InputError
from aikg.loaders.reading import read_bytes
from aikg.ontology.models import Document, content_id

RDF_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json-ld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}


@dataclass(frozen=True)
class RdfFile:
    """A parsed RDF file: its document record and its triples (graph names are dropped: the
    whole file becomes one document graph)."""

    document: Document
    triples: list[ox.Triple]


def load_rdf_file(path: Path) -> RdfFile:
    data = read_bytes(path)
    fmt = RDF_FORMATS[path.suffix.lower()]
    try:
        quads = list(ox.parse(data, format=fmt, base_iri=path.resolve().as_uri()))
    except SyntaxError as e:
        raise InputError(str(path), f"malformed {fmt.name}: {e}") from e
    if not quads:
        raise InputError(str(path), f"holds no {fmt.name} statements")
    document = Document(id=content_id(data.decode("utf-8", "replace")), path=str(path), title=path.stem)
    triples = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads))
    return RdfFile(document=document, triples=triples)
