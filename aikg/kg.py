"""The Python API: one object over a store, with a method for each question the CLI answers.

>>> kg = KnowledgeGraph()                          # in memory; KnowledgeGraph(".aikg") on disk
>>> report = kg.ingest(["examples/"])              # doctest: +SKIP
>>> [r.object.label for r in kg.relations(subject="TikTok", predicate="customerOf")]  # doctest: +SKIP
['Microsoft']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aikg.errors import AIKGError, InputError
from aikg.graph.records import EntityRef, Relation, load_entities, load_relations
from aikg.graph.store import Store
from aikg.ontology.registry import NameIndex, default_registry
from aikg.ontology.vocab import vocabulary

if TYPE_CHECKING:
    import networkx as nx

    from aikg.graph.export import ExportFormat
    from aikg.graph.named_queries import NamedQuery
    from aikg.graph.paths import DependencyPath, Reach
    from aikg.graph.sparql import QueryResult
    from aikg.graph.stats import Stats
    from aikg.graph.validate import ValidationReport


@dataclass(frozen=True)
class Ingested:
    path: str
    document: str
    claims: int
    entities: int


@dataclass(frozen=True)
class Failure:
    path: str
    message: str


@dataclass
class IngestReport:
    ingested: list[Ingested] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_json(self) -> dict[str, Any]:
        return {
            "ingested": [i.__dict__ for i in self.ingested],
            "failed": [f.__dict__ for f in self.failed],
        }


@dataclass
class EntityCard:
    """Everything known about one entity: who it is, every relation in and out, and conflicts."""

    entity: EntityRef
    outgoing: list[Relation]
    incoming: list[Relation]
    conflicts: list[Conflict]

    def to_json(self) -> dict[str, Any]:
        return {
            "entity": {**self.entity.to_json(), "curated": self.entity.curated},
            "outgoing": [r.to_json() for r in self.outgoing],
            "incoming": [r.to_json() for r in self.incoming],
            "conflicts": [c.to_json() for c in self.conflicts],
        }


@dataclass
class Conflict:
    """Documents disagree: some state a relation, others deny it."""

    subject: EntityRef
    predicate: str
    object: EntityRef
    stated: list[Relation]
    denied: list[Relation]

    def to_json(self) -> dict[str, Any]:
        return {
            "subject": self.subject.to_json(),
            "predicate": self.predicate,
            "object": self.object.to_json(),
            "stated": [r.to_json() for r in self.stated],
            "denied": [r.to_json() for r in self.denied],
        }


def find_conflicts(relations: Iterable[Relation]) -> list[Conflict]:
    by_triple: dict[tuple[str, str, str], list[Relation]] = {}
    for r in relations:
        by_triple.setdefault((r.subject.id, r.predicate, r.object.id), []).append(r)
    out = []
    for rels in by_triple.values():
        stated = [r for r in rels if r.is_direct]
        denied = [r for r in rels if r.status == "negated"]
        if stated and denied:
            out.append(Conflict(rels[0].subject, rels[0].predicate, rels[0].object, stated, denied))
    return out


class KnowledgeGraph:
    """A knowledge graph over a store directory (created on first ingest), or in memory."""

    def __init__(self, store: Path | str | None = None, *, read_only: bool = False) -> None:
        self.store = Store(store, read_only=read_only)
        self._cache: dict[str, Any] = {}

    # ------------------------------------------------------------------ writing

    def ingest(
        self, paths: Iterable[Path | str], *, on_file: Callable[[Ingested | Failure], None] | None = None
    ) -> IngestReport:
        """Load files and folders (recursively). A bad file is reported and skipped; it leaves
        nothing in the store, and the files beside it still land."""
        from aikg.loaders import discover

        self.store.ensure_ontology()
        names = self._extraction_names()
        report = IngestReport()
        for path in discover(Path(p) for p in paths):
            item: Ingested | Failure
            try:
                item = self._ingest_one(path, names)
                report.ingested.append(item)
            except AIKGError as e:
                item = Failure(str(path), str(e) if isinstance(e, InputError) else f"{path}: {e}")
                report.failed.append(item)
            except Exception as e:  # a bug must not cost the user the rest of the batch
                item = Failure(str(path), f"{path}: internal error ({type(e).__name__}: {e})")
                report.failed.append(item)
            if on_file is not None:
                on_file(item)
        self.store.flush()
        self._cache.clear()
        return report

    def _ingest_one(self, path: Path, names: NameIndex) -> Ingested:
        """Load one file and replace its document graph; raises on any problem."""
        import pyoxigraph as ox

        from aikg.graph.rdf import document_iri, document_triples, extraction_quads
        from aikg.loaders import load
        from aikg.loaders.rdf_files import RdfFile

        loaded = load(path, names)
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
        self.store.replace_document(source, graph.value, quads)
        return Ingested(str(path), doc.id, claims, entities)

    def _extraction_names(self) -> NameIndex:
        """The registry, plus curated entities earlier fact files added to the store."""
        names = default_registry()
        for ref in self._entities().values():
            if ref.curated and ref.id not in names:
                names.add(ref.to_entity())
        return names

    # ------------------------------------------------------------------ reading

    def _cached(self, key: str, build: Callable[[], Any]) -> Any:
        version = self.store.version()
        if self._cache.get("version") != version:
            self._cache = {"version": version}
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]

    def _entities(self) -> dict[str, EntityRef]:
        return self._cached("entities", lambda: load_entities(self.store))

    def _all_relations(self) -> list[Relation]:
        return self._cached("relations", lambda: load_relations(self.store, entities=self._entities()))

    def _names(self) -> NameIndex:
        def build() -> NameIndex:
            index = NameIndex(e.to_entity() for e in self._entities().values())
            for entity in default_registry():
                if entity.id not in index:
                    index.add(entity)
            return index

        return self._cached("names", build)

    def resolve(self, name: str) -> EntityRef:
        """The entity called ``name`` (id, label or alias, any case); raises UnknownNameError
        with the closest known names."""
        entity = self._names().resolve(name)
        return self._entities().get(entity.id) or EntityRef.from_entity(entity)

    def entities(self, *, type: str | None = None) -> list[EntityRef]:
        """Entities in the store, by label; ``type`` includes subclasses (Product covers AIModel)."""
        refs = sorted(self._entities().values(), key=lambda e: e.label.lower())
        if type is None:
            return refs
        wanted = vocabulary().subclasses(type)
        return [e for e in refs if e.type in wanted]

    def relations(
        self,
        *,
        subject: str | None = None,
        predicate: str | None = None,
        object: str | None = None,
        status: str | None = None,
    ) -> list[Relation]:
        """Relations, filtered by names and a predicate (an inverse predicate reads the relation
        from the other side: ``predicate="subsidiaryOf"`` lists ``parentOf`` facts reversed)."""
        s = self.resolve(subject).id if subject else None
        o = self.resolve(object).id if object else None
        if status is not None and status not in vocabulary().statuses:
            raise AIKGError(f"unknown status {status!r}; expected one of {', '.join(vocabulary().statuses)}")
        rels = self._all_relations()
        if predicate is None:
            return [
                r
                for r in rels
                if (s is None or r.subject.id == s)
                and (o is None or r.object.id == o)
                and (status is None or r.status == status)
            ]
        p = vocabulary().predicate(predicate)
        out = []
        for r in rels:
            if status is not None and r.status != status:
                continue
            for view in _views(r):
                if (
                    view.predicate == p.name
                    and (s is None or view.subject.id == s)
                    and (o is None or view.object.id == o)
                ):
                    out.append(view)
                    break
        return out

    def lookup(self, name: str) -> EntityCard:
        """An entity card: the entity and every relation in and out, with evidence and conflicts."""
        entity = self.resolve(name)
        outgoing: list[Relation] = []
        incoming: list[Relation] = []
        for r in self._all_relations():
            symmetric = vocabulary().predicates[r.predicate].symmetric
            if r.subject.id == entity.id:
                outgoing.append(r)
            elif r.object.id == entity.id:
                (outgoing if symmetric else incoming).append(r.flipped() if symmetric else r)
        conflicts = [
            c for c in find_conflicts(self._all_relations()) if entity.id in (c.subject.id, c.object.id)
        ]
        return EntityCard(entity, outgoing, incoming, conflicts)

    def conflicts(self) -> list[Conflict]:
        return find_conflicts(self._all_relations())

    def to_networkx(self) -> nx.MultiDiGraph:
        """The projection (built once per store version): entities as nodes, relations as edges."""
        from aikg.graph.projection import to_networkx

        return self._cached("networkx", lambda: to_networkx(self._entities().values(), self._all_relations()))

    def paths(self, source: str, target: str, *, max_hops: int = 4) -> list[DependencyPath]:
        """Every dependency path from ``source`` to ``target`` of at most ``max_hops``."""
        from aikg.graph.paths import dependency_paths

        return dependency_paths(
            self.to_networkx(), self.resolve(source).id, self.resolve(target).id, max_hops=max_hops
        )

    def dependencies(self, name: str) -> list[Reach]:
        from aikg.graph.paths import dependencies

        return dependencies(self.to_networkx(), self.resolve(name).id)

    def dependents(self, name: str) -> list[Reach]:
        from aikg.graph.paths import dependents

        return dependents(self.to_networkx(), self.resolve(name).id)

    def write_view(
        self,
        out: Path | str,
        *,
        focus: str | None = None,
        depth: int = 1,
        path: tuple[str, str] | None = None,
        dependents: str | None = None,
        max_hops: int = 4,
    ) -> Path:
        """Write one self-contained, offline HTML view: the whole graph, an entity's
        neighbourhood (``focus``), every dependency path between two entities (``path``), or
        everyone who depends on an entity (``dependents``)."""
        from aikg import visual

        graph = self.to_networkx()
        if path is not None:
            source, target = (self.resolve(n) for n in path)
            found = self.paths(source.id, target.id, max_hops=max_hops)
            if not found:
                raise AIKGError(
                    f"no dependency path from {source.label} to {target.label} within {max_hops} hops"
                )
            title = f"aikg: {source.label} depends on {target.label}"
            return visual.write_path_view(graph, [p.edges for p in found], out, title=title)
        if focus is not None:
            return visual.write_focus_view(graph, self.resolve(focus).id, out, depth=depth)
        if dependents is not None:
            return visual.write_dependents_view(graph, self.resolve(dependents).id, out)
        return visual.write_graph_view(graph, out)

    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL query over all documents (the default graph is their union)."""
        from aikg.graph.sparql import run_query

        return run_query(self.store, sparql)

    def named_queries(self) -> list[NamedQuery]:
        """The named queries shipped with aikg (``aikg/graph/queries/*.rq``), by name."""
        from aikg.graph.named_queries import named_queries

        return list(named_queries())

    def named_query(self, name: str, **params: str) -> QueryResult:
        """Run a named query; entity parameters resolve like every other name, and every value
        is bound as an RDF term, never pasted into the query.

        >>> kg.named_query("dependencies", entity="TikTok")  # doctest: +SKIP
        """
        from aikg.graph.named_queries import run_named_query

        return run_named_query(self.store, name, params, resolve=self.resolve)

    def export(self, fmt: ExportFormat | str) -> bytes:
        from aikg.graph.export import ExportFormat, export_csv, export_graphml, export_rdf

        fmt = ExportFormat(fmt)
        if fmt is ExportFormat.GRAPHML:
            return export_graphml(self.to_networkx())
        if fmt is ExportFormat.CSV:
            return export_csv(self._all_relations())
        return export_rdf(self.store, fmt)

    def validate(self) -> ValidationReport:
        from aikg.graph.validate import validate_store

        return validate_store(self.store)

    def stats(self) -> Stats:
        from aikg.graph.stats import store_stats

        return store_stats(self.store, self._entities(), self._all_relations())


def _views(r: Relation) -> Sequence[Relation]:
    """A relation as stored and as read from its object's side."""
    flipped = r.flipped()
    return (r,) if flipped is r else (r, flipped)
