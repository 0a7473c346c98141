"""Relation predicates, inverses, symmetry and dependency semantics, read from ``aikg.ttl``.

Nothing here lists predicates by hand: the ontology file is the single source of truth, parsed
with pyoxigraph (fast to import) so that CLI start-up stays quick.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from aikg.errors import AIKGError, UnknownPredicateError
from aikg.ontology.namespaces import (
    AIKG,
    DOC,
    ENT,
    FACTS_IRI,
    ONTOLOGY_IRI,
    OWL,
    PREFIXES,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    STMT,
    WD,
    XSD,
)
from aikg.ontology.terms import Aikg

# The namespaces are re-exported: most modules import them from here, with the vocabulary.
__all__ = [
    "AIKG",
    "DOC",
    "ENT",
    "FACTS_IRI",
    "ONTOLOGY_IRI",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "STMT",
    "WD",
    "XSD",
    "DependencyEdge",
    "Predicate",
    "Vocabulary",
    "ontology_text",
    "shapes_text",
    "vocabulary",
]


def ontology_text() -> str:
    """The text of ``aikg.ttl``, shipped in the package."""
    return resources.files("aikg.ontology").joinpath("aikg.ttl").read_text(encoding="utf-8")


def shapes_text() -> str:
    """The text of ``shapes.ttl`` (the SHACL shapes), shipped in the package."""
    return resources.files("aikg.ontology").joinpath("shapes.ttl").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Predicate:
    """One object property of the ontology and what the ontology says about it."""

    name: str
    label: str
    inverse: str | None
    symmetric: bool
    canonical: bool
    relation: bool
    dependency: bool

    @property
    def iri(self) -> str:
        """The predicate's full IRI in the aikg namespace."""
        return AIKG + self.name


@dataclass(frozen=True)
class DependencyEdge:
    """A stored predicate that implies ``dependsOn``: forward, or from object to subject."""

    predicate: str
    forward: bool


@dataclass(frozen=True)
class Vocabulary:
    """What ``aikg.ttl`` says, read once: predicates, entity classes and their subclasses, statuses."""

    predicates: dict[str, Predicate]
    entity_types: tuple[str, ...]
    statuses: dict[str, bool]
    subclasses_of: dict[str, tuple[str, ...]]
    # each predicate's super-properties (itself included): dependsOn stands for its sub-properties
    ancestors: dict[str, frozenset[str]] = field(default_factory=dict)

    def entity_type(self, name: str) -> str:
        """The entity class called ``name`` (case-insensitive), or an error with suggestions."""
        for t in self.entity_types:
            if t.lower() == name.strip().lower():
                return t
        from aikg.ontology.fuzzy import closest

        hint = closest(name, self.entity_types)
        raise AIKGError(
            f"unknown entity type {name!r}" + (f" (did you mean: {', '.join(hint)}?)" if hint else "")
        )

    def subclasses(self, name: str) -> set[str]:
        """``name`` and every entity class below it (Product covers AIModel, Chip, ...)."""
        out, todo = set(), [self.entity_type(name)]
        while todo:
            t = todo.pop()
            if t not in out:
                out.add(t)
                todo.extend(self.subclasses_of.get(t, ()))
        return out

    @property
    def relation_names(self) -> list[str]:
        """The relation predicates a claim may use, sorted."""
        return sorted(n for n, p in self.predicates.items() if p.relation)

    def predicate(self, name: str) -> Predicate:
        """The relation predicate called ``name`` (case-insensitive), or an error with suggestions."""
        exact = self.predicates.get(name)
        if exact is not None and exact.relation:  # the extractor's case: once per relation it reads
            return exact
        for candidate in self.relation_names:
            if candidate.lower() == name.strip().lower():
                return self.predicates[candidate]
        from aikg.ontology.fuzzy import closest

        raise UnknownPredicateError(name, closest(name, self.relation_names))

    def matching(self, name: str) -> set[str]:
        """The predicates a relation may be read as (stored or inverse) to answer a question
        about ``name``: itself, or for a super-property such as ``dependsOn`` every one of its
        sub-properties (so ``--predicate dependsOn`` lists what ``path`` and ``dependents``
        follow). Case-insensitive; an unknown name is an error with suggestions."""
        queryable = sorted({a for n in self.relation_names for a in self.ancestors.get(n, {n})})
        for candidate in queryable:
            if candidate.lower() == name.strip().lower():
                return {p for p, above in self.ancestors.items() if candidate in above} | {candidate}
        from aikg.ontology.fuzzy import closest

        raise UnknownPredicateError(name, closest(name, queryable))

    def canonical(self, subject: str, predicate: str, obj: str) -> tuple[str, str, str]:
        """The stored form of a relation: inverse pairs flipped to their canonical member,
        symmetric relations ordered by id, so equal facts from different phrasings coincide."""
        p = self.predicate(predicate)
        if not p.canonical and p.inverse:
            return obj, p.inverse, subject
        if p.symmetric and obj < subject:
            return obj, p.name, subject
        return subject, p.name, obj

    def materialised(self, subject: str, predicate: str, obj: str) -> list[tuple[str, str, str]]:
        """The direct triples a relation gets: itself, its inverse or mirror image, and the
        ``dependsOn`` it implies, so that ``aikg:dependsOn+`` in SPARQL needs no reasoner."""
        p = self.predicates[predicate]
        triples = [(subject, predicate, obj)]
        if p.symmetric:
            triples.append((obj, predicate, subject))
        elif p.inverse:
            triples.append((obj, p.inverse, subject))
        triples += [(s, "dependsOn", o) for s, name, o in list(triples) if self.predicates[name].dependency]
        return triples

    def dependency_edges(self) -> list[DependencyEdge]:
        """Canonical predicates and the direction in which each implies ``dependsOn``."""
        edges = []
        for p in self.predicates.values():
            if not (p.relation and p.canonical):
                continue
            if p.dependency:
                edges.append(DependencyEdge(p.name, True))
            elif p.inverse and self.predicates[p.inverse].dependency:
                edges.append(DependencyEdge(p.name, False))
        return sorted(edges, key=lambda e: e.predicate)


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary of ``aikg.ttl``, parsed once per process."""
    import pyoxigraph as ox

    quads = list(ox.parse(ontology_text(), format=ox.RdfFormat.TURTLE))
    by_subject: dict[str, dict[str, list[str]]] = {}
    for q in quads:
        s = getattr(q.subject, "value", None)
        if s is None:
            continue
        by_subject.setdefault(s, {}).setdefault(q.predicate.value, []).append(q.object.value)

    def props(iri: str, key: str) -> list[str]:
        return by_subject.get(iri, {}).get(key, [])

    def local(iri: str) -> str:
        return iri[len(AIKG) :] if iri.startswith(AIKG) else iri

    def sub_property_of(iri: str, target: str) -> bool:
        return _reaches(by_subject, iri, target, RDFS + "subPropertyOf")

    predicates: dict[str, Predicate] = {}
    for iri, p in by_subject.items():
        types = set(p.get(RDF + "type", []))
        if not iri.startswith(AIKG) or not types & {
            OWL + "ObjectProperty",
            Aikg.RelationProperty,
        }:
            continue
        if iri in (Aikg.status, Aikg.reportedBy, Aikg.document):
            continue
        inverse = props(iri, OWL + "inverseOf")
        predicates[local(iri)] = Predicate(
            name=local(iri),
            label=(props(iri, RDFS + "label") or [local(iri)])[0],
            inverse=local(inverse[0]) if inverse else None,
            symmetric=OWL + "SymmetricProperty" in types,
            canonical="true" in props(iri, Aikg.canonical),
            relation=Aikg.RelationProperty in types,
            dependency=iri != Aikg.dependsOn and sub_property_of(iri, Aikg.dependsOn),
        )

    classes = [
        local(iri)
        for iri, p in by_subject.items()
        if OWL + "Class" in p.get(RDF + "type", [])
        and iri != Aikg.Entity
        and _reaches(by_subject, iri, Aikg.Entity, RDFS + "subClassOf")
    ]
    statuses = {
        (props(iri, SKOS + "prefLabel") or [local(iri)])[0]: "true" in props(iri, Aikg.direct)
        for iri, p in by_subject.items()
        if Aikg.Status in p.get(RDF + "type", [])
    }
    children: dict[str, list[str]] = {}
    for child in classes:
        for parent in props(AIKG + child, RDFS + "subClassOf"):
            children.setdefault(local(parent), []).append(child)
    subclasses_of = {k: tuple(sorted(v)) for k, v in children.items()}
    ancestors = {
        name: frozenset(local(a) for a in _closure(by_subject, AIKG + name, RDFS + "subPropertyOf"))
        for name in predicates
    }
    return Vocabulary(predicates, tuple(sorted(classes)), statuses, subclasses_of, ancestors)


def _closure(by_subject: dict[str, dict[str, list[str]]], iri: str, key: str) -> set[str]:
    """``iri`` and everything ``key`` links lead to from it."""
    seen, todo = set(), [iri]
    while todo:
        cur = todo.pop()
        if cur not in seen:
            seen.add(cur)
            todo.extend(by_subject.get(cur, {}).get(key, []))
    return seen


def _reaches(by_subject: dict[str, dict[str, list[str]]], iri: str, target: str, key: str) -> bool:
    """Whether following ``key`` links from ``iri`` arrives at ``target``."""
    seen, todo = set(), [iri]
    while todo:
        cur = todo.pop()
        if cur == target:
            return True
        if cur not in seen:
            seen.add(cur)
            todo.extend(by_subject.get(cur, {}).get(key, []))
    return False
