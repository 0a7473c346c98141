"""The embedded, durable quad store: pyoxigraph on disk (RocksDB), one named graph per document.

Why pyoxigraph: measured on this 2-core machine it loads 1M statements in 5.2 s against 81 s for
rdflib's in-memory store, and answers a 1-hop lookup at 100k statements in 0.14 ms against 16 ms.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from aikg.errors import QueryError, StoreError
from aikg.ontology.vocab import AIKG, DOC, ONTOLOGY_IRI, PREFIXES, ontology_text

if TYPE_CHECKING:
    from aikg.graph.sparql import QueryResult

STAGING = "urn:aikg:staging:"
SOURCE_PATH = ox.NamedNode(AIKG + "sourcePath")

Bindings = Mapping[str, ox.NamedNode | ox.Literal]


class Store:
    """A quad store at ``path`` (created on first write), or in memory when ``path`` is None."""

    def __init__(self, path: Path | str | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                if not (self.path / "CURRENT").exists():
                    raise StoreError(
                        f"no store at {self.path}: run `aikg ingest PATH...` first "
                        "(or point --store / AIKG_STORE at an existing store)"
                    )
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as e:
            raise StoreError(f"cannot open the store at {self.path}: {e}") from e
        if not read_only:
            self._drop_staging()

    # ------------------------------------------------------------------ reading

    def __len__(self) -> int:
        return len(self._store)

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def version(self) -> str:
        """Changes whenever the store's content does: document graphs are named by the hash of
        their content and the ontology graph carries its own, so the names alone tell (counting
        quads would walk the whole store on every cached read)."""
        names = "\n".join(self.named_graphs())
        return hashlib.sha256(names.encode()).hexdigest()[:16]

    def query(self, sparql: str, bindings: Bindings | None = None) -> QueryResult:
        """Run a SPARQL query over the union of all graphs; ``bindings`` are substituted safely
        as RDF terms (never pasted into the query text).

        Results are read to the end here: pyoxigraph's result objects belong to the thread that
        made them, and one freed on another thread (a server's worker pool) is an error.
        """
        from aikg.graph.sparql import QueryResult

        result = self.stream(sparql, bindings)
        try:
            if isinstance(result, ox.QueryBoolean):
                return QueryResult(boolean=bool(result))
            if isinstance(result, ox.QueryTriples):
                return QueryResult(triples=list(result))
            variables = [v.value for v in result.variables]
            return QueryResult(variables=variables, rows=[{v: sol[v] for v in variables} for sol in result])
        except OSError as e:
            raise StoreError(f"cannot read the store: {e}") from e

    def stream(self, sparql: str, bindings: Bindings | None = None) -> Any:
        """The query's pyoxigraph result, unread, for a caller that stops early (a row limit);
        it must be read and dropped on the calling thread."""
        try:
            return self._store.query(
                sparql,
                prefixes=PREFIXES,
                use_default_graph_as_union=True,
                substitutions={ox.Variable(k): v for k, v in (bindings or {}).items()},
            )
        except SyntaxError as e:
            raise QueryError(f"malformed SPARQL: {e}") from e
        except OSError as e:
            raise StoreError(f"cannot read the store: {e}") from e

    def quads(self, graph: str | None = None) -> list[ox.Quad]:
        g = ox.NamedNode(graph) if graph else None
        return list(self._store.quads_for_pattern(None, None, None, g))

    def dump(self, fmt: ox.RdfFormat, *, graph: str | None = None) -> bytes:
        kwargs: dict[str, Any] = (
            {"prefixes": PREFIXES} if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else {}
        )
        if graph:
            kwargs["from_graph"] = ox.NamedNode(graph)
        out = self._store.dump(format=fmt, **kwargs)
        return out if isinstance(out, bytes) else b""

    def values_of(self, predicate: str, *, subject_prefix: str = "") -> set[tuple[str, str]]:
        """Distinct (subject IRI, object value) pairs of ``predicate`` across all graphs."""
        rows = self._store.quads_for_pattern(None, ox.NamedNode(predicate), None, None)
        return {
            (q.subject.value, q.object.value)
            for q in rows
            if isinstance(q.subject, ox.NamedNode)
            and q.subject.value.startswith(subject_prefix)
            and not isinstance(q.object, ox.Triple)
        }

    def graphs_from(self, source_path: str) -> list[str]:
        """The document graphs that an earlier ingest of ``source_path`` wrote."""
        rows = self._store.quads_for_pattern(None, SOURCE_PATH, ox.Literal(source_path), None)
        return sorted(
            {
                q.graph_name.value
                for q in rows
                if isinstance(q.graph_name, ox.NamedNode) and not q.graph_name.value.startswith(STAGING)
            }
        )

    # ------------------------------------------------------------------ writing

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.path} is open read-only")

    def replace_document(self, source_path: str, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Make ``graph`` hold exactly ``quads`` and drop what ``source_path`` held before, in one
        transaction: an interrupted call leaves the store as it was (at most an invisible staging
        graph, dropped at the next open)."""
        self._writable()
        staging = ox.NamedNode(STAGING + uuid.uuid4().hex)
        target = ox.NamedNode(graph)
        try:
            self._store.extend(ox.Quad(q.subject, q.predicate, q.object, staging) for q in quads)
            old = [g for g in self.graphs_from(source_path) if g != graph]
            ops = [f"DROP SILENT GRAPH <{g}>" for g in old]
            ops.append(f"MOVE SILENT GRAPH <{staging.value}> TO <{target.value}>")
            self._store.update(" ;\n".join(ops))
        except OSError as e:
            raise StoreError(f"cannot write the store at {self.path}: {e}") from e
        finally:
            self._store.remove_graph(staging)

    def ensure_ontology(self) -> None:
        """Keep the ontology in its own graph, so SPARQL can use sub-properties and classes.
        A content hash marks the version loaded (its blank nodes make quads incomparable)."""
        text = ontology_text()
        graph = ox.NamedNode(ONTOLOGY_IRI)
        marker = ox.Quad(
            graph,
            ox.NamedNode(AIKG + "contentHash"),
            ox.Literal(hashlib.sha256(text.encode()).hexdigest()),
            graph,
        )
        if marker in self._store:
            return
        quads = [
            ox.Quad(q.subject, q.predicate, q.object, graph)
            for q in ox.parse(text, format=ox.RdfFormat.TURTLE)
        ]
        self.replace_document(ONTOLOGY_IRI, ONTOLOGY_IRI, [*quads, marker])

    def _drop_staging(self) -> None:
        for g in self._store.named_graphs():
            if isinstance(g, ox.NamedNode) and g.value.startswith(STAGING):
                self._store.remove_graph(g)

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self._store.flush()


def is_document_graph(graph: str) -> bool:
    return graph.startswith(DOC)
