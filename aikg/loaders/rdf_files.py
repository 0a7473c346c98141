"""RDF files (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML) taken as they are."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from aikg.errors import InputError
from aikg.loaders.reading import read_decoded
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


_WHERE = re.compile(r"^Parser error at line \d+ (?:column (\d+)|between columns (\d+) and \d+)(?: in .*?)?: ")


def _at_end(text: str, e: SyntaxError) -> bool:
    """Whether the parser failed at the very end of the text (a cut-off download)."""
    lines = text.rstrip().splitlines() or [""]
    line, column = e.end_lineno or e.lineno, e.end_offset or e.offset
    return line is not None and column is not None and (line, column) >= (len(lines), len(lines[-1]) + 1)


def load_rdf_file(path: Path) -> RdfFile:
    """Parse an RDF file by its suffix; the text is decoded like an article's (binary, empty
    and undecodable files are refused), and a syntax error names the line and column. RDF/XML
    is checked for entity bombs and deep nesting first (see :mod:`aikg.loaders.xml_guard`)."""
    decoded = read_decoded(path)
    fmt = RDF_FORMATS[path.suffix.lower()]
    if fmt is ox.RdfFormat.RDF_XML:
        from aikg.loaders.xml_guard import check_rdf_xml

        check_rdf_xml(str(path), decoded.text)
    try:
        quads = list(ox.parse(decoded.text, format=fmt, base_iri=path.resolve().as_uri()))
    except SyntaxError as e:
        message = str(e.msg if hasattr(e, "msg") else e)
        line = e.lineno if isinstance(e.lineno, int) and e.lineno > 0 else None
        if m := _WHERE.match(message):
            message = f"column {m[1] or m[2]}: {message[m.end() :]}"
        fix = "fix the syntax there"
        if _at_end(decoded.text, e):
            fix = "the file ends mid-statement: is it truncated?"
        raise InputError(str(path), f"malformed {fmt.name} ({message}); {fix}", line=line) from e
    if not quads:
        raise InputError(str(path), f"holds no {fmt.name} statements")
    document = Document(
        id=content_id(decoded.text), path=str(path), title=path.stem, encoding=decoded.encoding
    )
    triples = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads))
    return RdfFile(document=document, triples=triples)
