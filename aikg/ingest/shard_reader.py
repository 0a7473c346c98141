"""Reading N-Quads shards back in: an ``aikg extract`` shard is recognised by its layout.

An N-Quads file whose every quad sits in a document graph that describes itself loads graph by
graph, replacing earlier ingests of the same sources, instead of becoming one document like any
other RDF file. Kept apart from writing (:mod:`aikg.ingest.shards`), which needs the extraction
step; reading must not, since extraction reads shards.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from aikg.errors import InputError
from aikg.graph.storage.facts import DESCRIPTION, implied
from aikg.ingest.quads import DocumentQuads
from aikg.loaders.reading import read_bytes
from aikg.ontology.terms import Aikg
from aikg.ontology.vocab import DOC, FACTS_IRI, RDF, SCHEMA

HEADER = b"# aikg extract: N-Quads, one named graph per document\n"
_SOURCE = Aikg.sourcePath
_TYPE = RDF + "type"
_STATEMENT = Aikg.Statement
_MENTIONS = SCHEMA + "mentions"
_DOC = DOC.encode()
_FACTS = b" <" + FACTS_IRI.encode() + b"> ."


def read_shard(path: Path) -> list[DocumentQuads] | None:
    """The documents of an ``aikg extract`` shard, or None if ``path`` is some other N-Quads file.
    A shard holds each document's graph followed by its contribution to the facts graph."""
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
        while i < len(lines) and (line := lines[i]).endswith(suffix):
            pos += len(line) + 1
            i += 1
        while i < len(lines) and (line := lines[i]).endswith(_FACTS):
            pos += len(line) + 1
            i += 1
        doc = _document(graph.decode(), data, begin, pos)
        if doc is None:
            return None
        documents.append(doc)
    return documents or None


def _document(graph: str, data: bytes, begin: int, end: int) -> DocumentQuads | None:
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
    mention = b"<" + g + b"> <" + _MENTIONS.encode() + b"> "
    return DocumentQuads(
        source=source,
        label=source,
        graph=graph,
        document=graph[len(DOC) :],
        nquads=data[begin:end],
        claims=data.count(statement, begin, end),
        entities=data.count(mention, begin, end),
    )


def _group_shard(data: bytes) -> list[DocumentQuads] | None:
    """The general reading: any order of quads, grouped by graph in Python. A document's share of
    the facts graph is what its claims imply, and the descriptions of the entities it mentions."""
    quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
    graphs: dict[str, list[ox.Quad]] = {}
    facts: set[ox.Quad] = set()
    for q in quads:
        g = q.graph_name
        if isinstance(g, ox.NamedNode) and g.value == FACTS_IRI:
            facts.add(q)
            continue
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
        mentioned = {q.object for q in members if q.predicate.value == _MENTIONS}
        members += [q for q in implied(members) if q in facts] + [
            q for q in facts if q.subject in mentioned and q.predicate in DESCRIPTION
        ]
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
                entities=len(mentioned),
            )
        )
    return documents
