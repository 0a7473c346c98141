"""What a store is: the contract the graph layer, ingest and the server rely on, and the few
constants and helpers both back ends share. No storage code: the embedded Oxigraph store
(:mod:`aikg.graph.storage.store`) and a SPARQL 1.1 server (:mod:`aikg.graph.storage.remote`)
each implement it in their own module, and :func:`aikg.graph.storage.stores.open_store` opens
either from ``--store``. mypy checks both against it where ``open_store`` returns them.

Documents live one per named graph (``doc:<hash>``); ``replace_document(s)`` makes a document's
graph hold exactly its quads and drops what an earlier ingest of the same source wrote, and keeps
the facts graph (:mod:`aikg.graph.storage.facts`) equal to what the documents support, all or
nothing as far as the back end allows; reads cover the union of the document graphs, the facts
graph and the ontology graph, never a write in flight.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import pyoxigraph as ox

from aikg.ontology.terms import Aikg
from aikg.ontology.vocab import DOC, FACTS_IRI, ONTOLOGY_IRI, ontology_text

if TYPE_CHECKING:
    from aikg.graph.sparql import QueryResult

STAGING = "urn:aikg:staging:"  # graphs being written: hidden from reads, dropped at the next open
SOURCE_PATH = ox.NamedNode(Aikg.sourcePath)

Bindings = Mapping[str, ox.NamedNode | ox.Literal]


class Store(Protocol):
    """A quad store holding one named graph per document, plus the ontology's graph."""

    path: Path | None  # the directory of an embedded store; None in memory or on a server
    read_only: bool

    def close(self) -> None:
        """Let go of the store (a writer's lock, a connection); reading after it is an error."""

    def __len__(self) -> int:
        """The number of quads in aikg's graphs."""
        ...

    def named_graphs(self) -> list[str]:
        """The IRIs of the visible named graphs (documents and the ontology), sorted."""
        ...

    def version(self) -> str:
        """A key that changes whenever the content does (caches are keyed by it)."""
        ...

    def query(self, sparql: str, bindings: Bindings | None = None) -> QueryResult:
        """Run SPARQL over the union of the graphs, ``bindings`` substituted as RDF terms."""
        ...

    def stream(self, sparql: str, bindings: Bindings | None = None) -> Any:
        """The result of :meth:`query` for a caller that may stop early (read on this thread)."""
        ...

    def quads(self, graph: str | None = None) -> list[ox.Quad]:
        """The quads of ``graph``, or of every visible graph."""
        ...

    def dump(self, fmt: ox.RdfFormat, *, graph: str | None = None) -> bytes:
        """The store (or one graph) serialised as ``fmt``."""
        ...

    def values_of(self, predicate: str, *, subject_prefix: str = "") -> set[tuple[str, str]]:
        """Distinct (subject IRI, object value) pairs of ``predicate``."""
        ...

    def objects(self, subject: str, predicate: str) -> set[str]:
        """Distinct values of ``predicate`` on ``subject``."""
        ...

    def subjects(self, predicate: str, value: str) -> set[str]:
        """IRIs of the subjects whose ``predicate`` is the plain string ``value``."""
        ...

    def subjects_of(self, predicate: str, obj: ox.NamedNode | ox.Literal) -> set[str]:
        """IRIs of the subjects with ``predicate`` ``obj``."""
        ...

    def properties(self, subject: str) -> list[tuple[str, Any]]:
        """(predicate IRI, object term) of ``subject``, distinct across graphs."""
        ...

    def predicates_between(self, subject: str, obj: str) -> set[str]:
        """IRIs of the predicates linking the IRI ``subject`` to the IRI ``obj``."""
        ...

    def graphs_from(self, source_path: str) -> list[str]:
        """The document graphs an earlier ingest of ``source_path`` wrote."""
        ...

    def holds(self, source_path: str, graph: str, nquads: bytes) -> bool:
        """Whether ``graph`` already holds exactly ``nquads``, the only graph from ``source_path``
        (ingest then skips the write). Never True wrongly; a back end for which comparing costs
        more than rewriting may always answer False (RemoteStore does)."""
        ...

    def replace_document(self, source_path: str, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Make ``graph`` hold exactly ``quads``; drop what ``source_path`` held before."""

    def replace_documents(self, documents: Sequence[tuple[str, str, bytes]]) -> None:
        """:meth:`replace_document` for many (source path, graph, N-Quads) at once."""

    def ensure_ontology(self) -> None:
        """Load the ontology into its graph unless this version of it is there already."""

    def flush(self) -> None:
        """Make what was written durable, where the back end buffers."""

    def bytes_on_disk(self) -> int:
        """The size of the store's files (0 where the store is not a local directory)."""

    def compact(self) -> None:
        """Merge what was written into the store's sorted tables, where the back end layers them."""


def is_document_graph(graph: str) -> bool:
    """Whether ``graph`` is a document's graph (not the ontology's, not a staging graph)."""
    return graph.startswith(DOC)


def is_data_graph(graph: str) -> bool:
    """Whether ``graph`` holds data: a document's graph, or the facts graph derived from them."""
    return graph.startswith(DOC) or graph == FACTS_IRI


def ontology_quads() -> tuple[ox.Quad, list[ox.Quad]]:
    """The ontology graph's content-hash marker and its quads, for any store to load."""
    text = ontology_text()
    graph = ox.NamedNode(ONTOLOGY_IRI)
    digest = ox.Literal(hashlib.sha256(text.encode()).hexdigest())
    marker = ox.Quad(graph, ox.NamedNode(Aikg.contentHash), digest, graph)
    quads = [
        ox.Quad(q.subject, q.predicate, q.object, graph) for q in ox.parse(text, format=ox.RdfFormat.TURTLE)
    ]
    return marker, quads
