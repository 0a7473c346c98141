"""The Python API: one object over a store, with a method for each question the CLI answers.

>>> kg = KnowledgeGraph()                          # in memory; KnowledgeGraph(".aikg") on disk
>>> report = kg.ingest(["examples/analyst-notes.yaml"])   # articles, fact files, RDF; or folders
>>> [r.object.label for r in kg.relations(subject="Microsoft", predicate="customerOf")]
['CoreWeave']

The method docstrings' examples continue from this one (tests/test_doctests.py runs them from the
project folder, each docstring with this ``kg``).
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aikg.errors import AIKGError
from aikg.graph.conflicts import Conflict, find_conflicts
from aikg.graph.records import EntityRef, Relation, load_entities, load_relations, relation_order
from aikg.graph.storage.contract import Store
from aikg.graph.storage.stores import open_store
from aikg.ingest.report import Failure, Ingested, IngestReport
from aikg.ontology.vocab import ENT, vocabulary

if TYPE_CHECKING:
    import networkx as nx

    from aikg.graph.as_of import Cutoff
    from aikg.graph.dependency_index import Dependencies
    from aikg.graph.diff import Change
    from aikg.graph.edges import EdgeReader
    from aikg.graph.exposure import Exposure, SinglePoint
    from aikg.graph.formats import ExportFormat
    from aikg.graph.named_queries import NamedQuery
    from aikg.graph.paths import PathSearch, Reach
    from aikg.graph.sparql import QueryResult
    from aikg.graph.stats import Stats
    from aikg.graph.timeline import TimelineEntry
    from aikg.graph.validate import ValidationReport
    from aikg.ontology.registry import NameIndex


@dataclass
class EntityCard:
    """Everything known about one entity: who it is, every relation in and out, and conflicts."""

    entity: EntityRef
    outgoing: list[Relation]
    incoming: list[Relation]
    conflicts: list[Conflict]

    def to_json(self) -> dict[str, Any]:
        """The card as JSON-ready data (``aikg lookup --json``)."""
        return {
            "entity": {**self.entity.to_json(), "curated": self.entity.curated},
            "outgoing": [r.to_json() for r in self.outgoing],
            "incoming": [r.to_json() for r in self.incoming],
            "conflicts": [c.to_json() for c in self.conflicts],
        }


class KnowledgeGraph:
    """A knowledge graph over a store directory (created on first ingest), a SPARQL 1.1 server
    (``sparql+http://[user:pass@]host:port/path``, see aikg.graph.storage.remote), or in memory."""

    def __init__(
        self,
        store: Path | str | None = None,
        *,
        read_only: bool = False,
        as_of: datetime.date | str | None = None,
        lock_timeout: float | None = None,
        on_wait: Callable[[str], None] | None = None,
        update_url: str | None = None,
    ) -> None:
        """``as_of`` (a date or ``YYYY-MM-DD``) gives a read-only view of the store as it stood
        then: only claims with evidence dated on or before it (undated evidence is left out).

        A writable graph holds the store's write lock until ``close()`` (or until it is freed):
        another writer waits up to ``lock_timeout`` seconds (None: as long as it takes), and
        ``on_wait`` gets one message saying who it is waiting for. Raises StoreError on timeout.
        On a SPARQL server the lock is a lease in the store itself (see
        aikg.graph.storage.remote_lock); ``update_url`` is the server's update endpoint where it is
        not the store URL (Fuseki: ``http://host:3030/ds/update``)."""
        self._store = open_store(
            store,
            read_only=read_only or as_of is not None,
            lock_timeout=lock_timeout,
            on_wait=on_wait,
            update_url=update_url,
        )
        self.as_of: str | None = None
        self._cutoff: Cutoff | None = None
        self._snapshot: Store | None = None
        self._cache: dict[str, Any] = {}
        if as_of is not None:
            self._date(as_of)

    def _read_store(self) -> Store:
        """The store this graph reads. A view as of a date copies what it keeps into memory
        the first time something reads the store whole (SPARQL, export, views, ``relations``,
        ``entities``, ``diff``); the questions (paths, dependents, exposure, single points of
        failure, timelines, lookups, conflicts) read the store itself through its indexes,
        keeping only what the copy would (:class:`aikg.graph.as_of.Cutoff`), and never make it."""
        if self._cutoff is None:
            return self._store
        if self._snapshot is None:
            from aikg.graph.as_of import dated_snapshot

            self._snapshot = dated_snapshot(self._store, self._cutoff.date)
        return self._snapshot

    # An attribute to its readers, as it always was (the store is not part of the advertised API).
    store = property(_read_store)

    def close(self) -> None:
        """Close the store; a writer lets the next one in."""
        self._store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def at(self, as_of: datetime.date | str) -> KnowledgeGraph:
        """This graph as it stood on ``as_of``: a read-only view (see ``__init__``)."""
        view = KnowledgeGraph.__new__(KnowledgeGraph)
        view._cache = {}
        view._snapshot = None
        # A view of a view dates the first view's copy, as it always did.
        view._store = self.store
        view._date(as_of)
        return view

    def _date(self, as_of: datetime.date | str) -> None:
        from aikg.graph.as_of import Cutoff

        self._cutoff = Cutoff(self._store, as_of)
        self.as_of = self._cutoff.date

    # ------------------------------------------------------------------ writing

    def ingest(
        self,
        paths: Iterable[Path | str],
        *,
        workers: int | None = None,
        on_file: Callable[[Ingested | Failure], None] | None = None,
        progress: bool = False,
        max_file_mb: float | None = None,
        follow_links: bool = False,
        on_skip: Callable[[str], None] | None = None,
        on_compact: Callable[[int], None] | None = None,
    ) -> IngestReport:
        """Load files and folders (recursively). A bad file is reported and skipped; it leaves
        nothing in the store, and the files beside it still land. Files over ``max_file_mb``
        (default: ``AIKG_MAX_FILE_MB``, else 10) are refused unread.

        ``workers`` processes extract in parallel (default: one per core; a few files stay in
        this process); this process alone writes the store, in batches, and the result is the
        same as with ``workers=1``. ``progress`` shows a bar on stderr for a slow ingest on a
        terminal. ``on_file`` gets each document stored and each failure, in input order.
        A symbolic link in a folder that leads outside it is skipped, and ``on_skip`` gets a
        warning naming it, unless ``follow_links``. An ingest that grew a big store by a fifth
        or more ends by merging the store's tables (see COMPACT_ABOVE_BYTES); ``on_compact``
        gets the store's size in bytes first, for a caller that says why it waits.
        """
        from aikg.ingest.run import ingest_files
        from aikg.loaders import find_files

        if self.as_of is not None:
            raise AIKGError(f"a view as of {self.as_of} is read-only: ingest into KnowledgeGraph(path)")
        self.store.ensure_ontology()
        size_before = self.store.bytes_on_disk()
        try:
            report = ingest_files(
                self.store,
                find_files((Path(p) for p in paths), follow_links=follow_links, on_skip=on_skip),
                self._extraction_names(),
                workers=workers,
                on_file=on_file,
                progress=progress,
                max_file_mb=max_file_mb,
            )
        finally:
            self.store.flush()
            self._cache.clear()
        size = self.store.bytes_on_disk()
        if size > COMPACT_ABOVE_BYTES and size - size_before > COMPACT_AFTER_GROWTH * size:
            if on_compact is not None:
                on_compact(size)
            self.store.compact()
        return report

    def _extraction_names(self) -> NameIndex:
        """The registry, plus curated entities earlier fact files added to the store."""
        from aikg.graph.records import curated_ids, load_entity_refs
        from aikg.ontology.registry import default_registry

        names = default_registry()
        curated = sorted(i for i in curated_ids(self.store) if i not in names)
        for ref in load_entity_refs(self.store, curated).values():
            if ref.curated:
                names.add(ref.to_entity())
        return names

    # ------------------------------------------------------------------ reading

    def _version(self) -> str:
        """The store's version. A read-only store on disk is a snapshot, so it is read once
        (cheap on disk, see Store.version; an in-memory or remote store hashes its graph names)."""
        if not (self._store.read_only and self._store.path is not None):
            return self._store.version()
        if getattr(self, "_snapshot_version", None) is None:
            self._snapshot_version = self._store.version()
        return self._snapshot_version

    def _cached(self, key: str, build: Callable[[], Any]) -> Any:
        version = self._version()
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
        from aikg.ontology.registry import NameIndex, default_registry

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
        if "names" not in self._cache or self._cache.get("version") != self._version():
            # A big store: try index lookups before reading every entity into a name index.
            from aikg.graph.records import find_entity, load_entity_refs

            found = find_entity(self._store, name)
            if self._cutoff is not None and found is not None and not self._cutoff.describes(ENT + found.id):
                found = find_entity(self.store, name)  # not known yet then: ask the dated copy
            if found is not None:
                return found
            from aikg.ontology.registry import default_registry

            known = default_registry().find(name)
            if known is not None:
                return load_entity_refs(self.store, [known.id]).get(known.id) or EntityRef.from_entity(known)
        entity = self._names().resolve(name)
        return self._entities().get(entity.id) or EntityRef.from_entity(entity)

    def entities(self, *, type: str | None = None) -> list[EntityRef]:
        """Entities in the store, by label; ``type`` includes subclasses (Product covers AIModel)."""
        refs = sorted(self._entities().values(), key=lambda e: e.label.lower())
        if type is None:
            return refs
        wanted = vocabulary().subclasses(type)
        return [e for e in refs if e.type in wanted]

    def labels(self, ids: Iterable[str]) -> dict[str, str]:
        """Labels of the entities ``ids`` (index lookups: naming a path's few entities must not
        read every entity of a big store)."""
        from aikg.graph.records import entity_labels

        known: dict[str, str | None] = self._cached("labels", dict)
        wanted = set(ids)
        missing = wanted - known.keys()
        if missing:
            found = entity_labels(self._store, missing)
            known.update((i, found.get(i)) for i in missing)
        return {i: label for i in wanted if (label := known[i]) is not None}

    def relations(
        self,
        *,
        subject: str | None = None,
        predicate: str | None = None,
        object: str | None = None,
        status: str | None = None,
    ) -> list[Relation]:
        """Relations, filtered by names and a predicate (an inverse predicate reads the relation
        from the other side: ``predicate="subsidiaryOf"`` lists ``parentOf`` facts reversed; a
        super-property such as ``dependsOn`` stands for all its sub-properties)."""
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
        wanted = vocabulary().matching(predicate)
        implied = len(wanted) > 1  # dependsOn and the like: what the direct triples imply
        out = []
        for r in rels:
            if status is not None and r.status != status:
                continue
            if implied and not vocabulary().statuses.get(r.status, False):
                continue  # a denied or expected dependency is no dependency, as in SPARQL
            for view in _views(r):
                if (
                    view.predicate in wanted
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
        mine = self._relations_of(entity.id)
        for r in mine:
            symmetric = vocabulary().predicates[r.predicate].symmetric
            if r.subject.id == entity.id:
                outgoing.append(r)
            elif r.object.id == entity.id:
                (outgoing if symmetric else incoming).append(r.flipped() if symmetric else r)
        conflicts = find_conflicts(mine)
        return EntityCard(entity, outgoing, incoming, conflicts)

    def _relations_of(self, entity: str) -> list[Relation]:
        """The relations ``entity`` (an id) takes part in, on either side: only the statements
        that name it (index lookups), not every relation in the store."""
        dating = self._cutoff
        mine = load_relations(self._store, subject=entity, dating=dating)
        mine += [r for r in load_relations(self._store, obj=entity, dating=dating) if r.subject.id != entity]
        return sorted(mine, key=relation_order)

    def conflicts(self) -> list[Conflict]:
        """The relations some documents state (as asserted, reported, alleged or speculative)
        and others deny (negated), each with the relations on both sides.

        Returns
        -------
        list of Conflict
            One per (subject, predicate, object), in the order the relations are read.

        >>> [(c.subject.label, c.predicate, c.object.label) for c in kg.conflicts()]
        [('Apple', 'investsIn', 'OpenAI')]
        """
        from aikg.graph.conflicts import store_conflicts

        return store_conflicts(self._store, dating=self._cutoff)

    def to_networkx(self) -> nx.MultiDiGraph:
        """The projection (built once per store version): entities as nodes, relations as edges."""
        from aikg.graph.projection import to_networkx

        def build() -> nx.MultiDiGraph:
            return to_networkx(self._entities().values(), self._all_relations())

        directory = self.store.path
        if self.as_of is not None or directory is None:
            return self._cached("networkx", build)
        from aikg.graph.projection_cache import cached_projection

        return self._cached("networkx", lambda: cached_projection(directory, self.store.version(), build))

    def _dependency_index(self) -> Dependencies:
        """Who depends on whom: the store's own (see :meth:`_store_index`), or, for a view as of
        a date, its edges that a statement the view keeps still supports."""
        if self._cutoff is not None:
            from aikg.graph.as_of import DatedIndex

            return self._cached(  # type: ignore[no-any-return]
                "dependency_index", lambda: DatedIndex(self._store_index(), self._edge_reader())
            )
        return self._store_index()

    def _store_index(self) -> Dependencies:
        """The store's dependency structure, whatever the date of this view: on disk, the facts
        graph's ``dependsOn`` through the store's indexes (ingest keeps it up to date, so nothing
        is rebuilt after a change); in memory or on a server, read once per store version."""
        from aikg.graph.dependency_index import StoreDependencies, build_index

        if self._store.path is not None:
            return StoreDependencies(self._store)
        return self._cached("store_index", lambda: build_index(self._store))  # type: ignore[no-any-return]

    def _edge_reader(self) -> EdgeReader:
        """The projection's data of the edges a question names, read through the store's
        indexes in batches when first asked for (a path's few hops need it, not every relation
        of the store)."""
        from aikg.graph.edges import EdgeReader

        return self._cached(  # type: ignore[no-any-return]
            "edges", lambda: EdgeReader(self._store, dating=self._cutoff)
        )

    def paths(
        self, source: str, target: str, *, max_hops: int = 4, max_paths: int | None = None
    ) -> PathSearch:
        """The dependency paths from ``source`` to ``target`` of at most ``max_hops``, shortest
        first: at most ``max_paths`` (default 100), the others counted (see PathSearch.note)."""
        from aikg.graph.paths import MAX_PATHS, find_paths

        a, b = self.resolve(source), self.resolve(target)
        found = find_paths(
            self._dependency_index(),
            self._edge_reader(),
            a.id,
            b.id,
            max_hops=max_hops,
            max_paths=max_paths or MAX_PATHS,
        )
        return dataclasses.replace(found, source=a, target=b)

    def dependencies(self, name: str) -> list[Reach]:
        """What ``name`` depends on, directly or through others, nearest first.

        Dependencies are the ontology's sub-properties of ``aikg:dependsOn`` (customer,
        subsidiary, hosting, technology, and the inverses of develops and supplier), over
        asserted, reported and alleged relations.

        Parameters
        ----------
        name : str
            An entity id, label or alias (case-insensitive).

        Returns
        -------
        list of Reach
            Each entity reached, its distance in hops and one shortest path there.

        Raises
        ------
        UnknownNameError
            ``name`` names no entity; the message suggests the closest names.

        >>> [(r.entity, r.distance) for r in kg.dependencies("Microsoft")]
        [('coreweave', 1), ('nvidia', 2)]
        """
        from aikg.graph.paths import reach

        entity = self.resolve(name).id
        return reach(self._dependency_index(), self._edge_reader(), self.labels, entity, reverse=False)

    def dependents(self, name: str) -> list[Reach]:
        """Who depends on ``name``, directly or through others, nearest first: the reverse of
        :meth:`dependencies`, with the same parameters, result and errors.

        >>> [(r.entity, r.distance) for r in kg.dependents("Nvidia")]
        [('coreweave', 1), ('microsoft', 2)]
        """
        from aikg.graph.paths import reach

        entity = self.resolve(name).id
        return reach(self._dependency_index(), self._edge_reader(), self.labels, entity, reverse=True)

    def exposure(self, name: str, *, max_hops: int = 4) -> list[Exposure]:
        """Who depends on ``name``, directly or through others, ranked by what is at stake."""
        from aikg.graph.exposure import index_exposure

        entity = self.resolve(name).id
        return index_exposure(
            self._dependency_index(), self._edge_reader(), self.labels, entity, max_hops=max_hops
        )

    def single_points_of_failure(self, name: str) -> list[SinglePoint]:
        """The dependencies of ``name`` that others can only be reached through, and what
        ``name`` would lose without each."""
        from aikg.graph.exposure import index_single_points_of_failure

        entity = self.resolve(name).id
        return index_single_points_of_failure(self._dependency_index(), self.labels, entity)

    def timeline(self, name: str) -> list[TimelineEntry]:
        """``name``'s relations in the order they were first reported."""
        from aikg.graph.timeline import timeline

        entity = self.resolve(name).id
        return timeline(self._relations_of(entity), entity)

    def diff(self, other: KnowledgeGraph) -> list[Change]:
        """What changed from ``other`` (an older store, or ``self.at(date)``) to this graph."""
        from aikg.graph.diff import diff, store_diff

        if other._store is self._store and (self._cutoff is not None or other._cutoff is not None):
            # One store at two dates: only the relations with evidence after the earlier date
            # can differ, and only they are read.
            return store_diff(self._store, other._cutoff, self._cutoff)
        return diff(other._all_relations(), self._all_relations())

    def write_view(
        self,
        out: Path | str,
        *,
        focus: str | None = None,
        depth: int = 1,
        path: tuple[str, str] | None = None,
        dependents: str | None = None,
        exposure: str | None = None,
        max_hops: int = 4,
    ) -> Path:
        """Write the view the keyword names (``path``, else ``focus``, else ``dependents``, else
        ``exposure``; none: the whole graph), for callers that hold a view as options (the CLI's
        ``viz``, the server's ``/view``). Each view has its own method below."""
        if path is not None:
            return self.write_path_view(out, *path, max_hops=max_hops)
        if focus is not None:
            return self.write_focus_view(out, focus, depth=depth)
        if dependents is not None:
            return self.write_dependents_view(out, dependents)
        if exposure is not None:
            return self.write_exposure_view(out, exposure, max_hops=max_hops)
        return self.write_graph_view(out)

    def write_graph_view(self, out: Path | str) -> Path:
        """Write the whole graph as one self-contained, offline HTML page; returns its path."""
        from aikg import visual

        return visual.write_graph_view(self.to_networkx(), out)

    def write_focus_view(self, out: Path | str, name: str, *, depth: int = 1) -> Path:
        """Write ``name`` and its neighbourhood, ``depth`` relations around it, as offline HTML."""
        from aikg import visual

        return visual.write_focus_view(self.to_networkx(), self.resolve(name).id, out, depth=depth)

    def write_path_view(self, out: Path | str, source: str, target: str, *, max_hops: int = 4) -> Path:
        """Write every dependency path from ``source`` to ``target`` (at most ``max_hops``) as
        offline HTML; raises AIKGError when there is none."""
        from aikg import visual

        found = self.paths(source, target, max_hops=max_hops)
        a, b = found.source, found.target
        assert a is not None and b is not None  # paths() names them
        if not found:
            raise AIKGError(f"no dependency path from {a.label} to {b.label} within {max_hops} hops")
        title = f"aikg: {a.label} depends on {b.label}"
        walks = [p.nodes for p in found]
        return visual.write_path_view(
            self.to_networkx(), [p.all_edges for p in found], out, title=title, walks=walks
        )

    def write_dependents_view(self, out: Path | str, name: str) -> Path:
        """Write everyone who depends on ``name``, directly or through others, as offline HTML."""
        from aikg import visual

        return visual.write_dependents_view(self.to_networkx(), self.resolve(name).id, out)

    def write_exposure_view(self, out: Path | str, name: str, *, max_hops: int = 4) -> Path:
        """Write who is exposed to ``name``, each on the path with the most at stake, with the
        single points of failure marked, as offline HTML; raises AIKGError when nothing depends
        on it."""
        from aikg import visual

        graph = self.to_networkx()
        entity = self.resolve(name)
        exposed = self.exposure(entity.id, max_hops=max_hops)
        if not exposed:
            raise AIKGError(f"nothing depends on {entity.label} within {max_hops} hops: no exposure to draw")
        title = f"aikg: who is exposed to {entity.label}"
        paths, walks = [e.path.all_edges for e in exposed], [e.path.nodes for e in exposed]
        risks = _risks(graph, [e.entity for e in exposed], {n for w in walks for n in w})
        return visual.write_path_view(graph, paths, out, title=title, walks=walks, risks=risks)

    def query(self, sparql: str, *, timeout: float | None = None) -> QueryResult:
        """Run a SPARQL query over all documents (the default graph is their union).

        Raises QueryTimeoutError past ``timeout`` seconds (None: no limit); the query keeps
        running in a daemon thread until the process ends (see :mod:`aikg.graph.deadline`)."""
        from aikg.graph.deadline import within
        from aikg.graph.sparql import run_query

        return within(timeout, lambda: run_query(self.store, sparql))

    def named_queries(self) -> list[NamedQuery]:
        """The named queries shipped with aikg (``aikg/graph/queries/*.rq``), by name."""
        from aikg.graph.named_queries import named_queries

        return list(named_queries())

    def named_query(self, name: str, *, timeout: float | None = None, **params: str) -> QueryResult:
        """Run a named query; entity parameters resolve like every other name, and every value
        is bound as an RDF term, never pasted into the query. ``timeout`` as for ``query``.

        >>> print(kg.named_query("dependencies", entity="Microsoft").to_table())
        entity         dependency     label
        -------------  -------------  ---------
        ent:microsoft  ent:coreweave  CoreWeave
        ent:microsoft  ent:nvidia     Nvidia
        (2 rows)
        """
        from aikg.graph.deadline import within
        from aikg.graph.named_queries import run_named_query

        return within(timeout, lambda: run_named_query(self.store, name, params, resolve=self.resolve))

    def export(self, fmt: ExportFormat | str) -> bytes:
        """The whole graph in ``fmt``: RDF (ttl, nt, jsonld, trig, nq), GraphML or CSV.

        Parameters
        ----------
        fmt : ExportFormat or str
            The format, or its name (``"ttl"``...); ``ExportFormat.from_suffix`` guesses one
            from a file name.

        Returns
        -------
        bytes
            The serialisation, UTF-8 where the format is text. trig and nq keep each document's
            named graph; the other RDF formats merge them.

        Raises
        ------
        ValueError
            ``fmt`` is no export format.

        >>> kg.export("csv").decode().splitlines()[0]
        'subject,predicate,object,status,confidence,amount,currency,period,share,point_in_time,documents,sentence'
        """
        from aikg.graph.export import ExportFormat, export_csv, export_graphml, export_rdf

        fmt = ExportFormat(fmt)
        if fmt is ExportFormat.GRAPHML:
            return export_graphml(self.to_networkx())
        if fmt is ExportFormat.CSV:
            return export_csv(self._all_relations())
        return export_rdf(self.store, fmt)

    def validate(self) -> ValidationReport:
        """Check the store against the ontology's SHACL shapes (``aikg/ontology/shapes.ttl``).

        Returns
        -------
        ValidationReport
            ``conforms``, and a violation per focus node and path that breaks a shape.

        >>> kg.validate().conforms
        True
        """
        from aikg.graph.validate import validate_store

        return validate_store(self.store)

    def stats(self) -> Stats:
        """Counts: quads, documents, entities and relations, the last two by type, status and
        predicate (a relation is one subject, predicate, object and status).

        >>> s = kg.stats()
        >>> s.documents, s.entities, s.relations
        (1, 14, 11)
        """
        from aikg.graph.stats import store_stats

        return store_stats(self.store, self._entities(), self._all_relations())


# An ingest that made a store of over 64 MB a fifth bigger or more merges the store's tables
# (Store.compact): what it costs (1.1 s at 10,000 articles, 240 MB) is then a fraction of what
# the ingest took, and reads are a third quicker after. A small store has few tables to merge.
COMPACT_ABOVE_BYTES = 64 << 20
COMPACT_AFTER_GROWTH = 0.2
RISK_DEPENDENTS = 50  # the exposure view names single points of failure for this many dependents


def _risks(graph: nx.MultiDiGraph, dependents: list[str], drawn: set[str]) -> dict[Hashable, list[str]]:
    """For the exposure view: each drawn entity that is a single point of failure (either kind)
    for one of the first ``RISK_DEPENDENTS`` dependents, with whom it is one for and how."""
    from aikg.graph.exposure import single_points_of_failure

    out: dict[Hashable, list[str]] = {}
    for dependent in dependents[:RISK_DEPENDENTS]:
        label = graph.nodes[dependent].get("label", dependent)
        for point in single_points_of_failure(graph, dependent):
            if point.entity in drawn:
                share = "all" if point.shared_by == point.direct else f"{point.shared_by} of"
                how = (
                    "gatekeeper: every path to some of what it depends on passes through this"
                    if point.kind == "gatekeeper"
                    else f"common dependency: {share} {point.direct} of its direct dependencies "
                    "depend on this"
                )
                out.setdefault(point.entity, []).append(f"{label}: {how}")
    return out


def _views(r: Relation) -> Sequence[Relation]:
    """A relation as stored and as read from its object's side."""
    flipped = r.flipped()
    return (r,) if flipped is r else (r, flipped)
