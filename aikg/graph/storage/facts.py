"""The facts graph: each direct triple and entity description once, kept equal to what the
documents support.

Why: a direct triple used to sit in every document graph that stated it, so the union default
graph returned a fact once per document, and ``COUNT(*)`` counted documents. Now a document's
graph holds what it says (its record, ``schema:mentions`` of the entities it names, statement
nodes with evidence), and the one graph ``FACTS_IRI`` holds what follows from all of them:

- a relation's direct triple, its inverse or mirror and the ``dependsOn`` it implies, while at
  least one asserted, reported or alleged statement in some document supports it;
- an entity's description (type, label, aliases, ``owl:sameAs``, curated), while at least one
  document mentions the entity (descriptions of a still-mentioned entity are the union of what
  the documents that named it said).

Writers add a document's contribution (the quads :func:`aikg.graph.rdf.extraction_quads` puts in
the facts graph) with the document, and, when documents go, :func:`plan` works out which facts
lost their last support, to be removed in the same transaction. Both stores use it; each reads
through :class:`FactReads` in its own way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

import pyoxigraph as ox

from aikg.graph.storage.contract import is_document_graph
from aikg.ontology.status import Status
from aikg.ontology.terms import Aikg
from aikg.ontology.vocab import AIKG, ENT, FACTS_IRI, OWL, RDF, RDFS, SCHEMA, SKOS
from aikg.ontology.vocab import vocabulary as _vocabulary

FACTS = ox.NamedNode(FACTS_IRI)
MENTIONS = ox.NamedNode(SCHEMA + "mentions")
RDF_SUBJECT = ox.NamedNode(RDF + "subject")
RDF_PREDICATE = ox.NamedNode(RDF + "predicate")
RDF_OBJECT = ox.NamedNode(RDF + "object")
STATUS = ox.NamedNode(Aikg.status)
DIRECT_STATUSES = frozenset(ox.NamedNode(Aikg[s.value.capitalize()]) for s in Status if s.is_direct)
DESCRIPTION = frozenset(
    ox.NamedNode(p) for p in (RDF + "type", RDFS + "label", SKOS + "altLabel", OWL + "sameAs", Aikg.curated)
)

# A stated relation with a direct status, in GRAPH ?g: the SPARQL pattern every claim read shares.
CLAIM_PATTERN = (
    f"GRAPH ?g {{ ?x {RDF_SUBJECT} ?s ; {RDF_PREDICATE} ?p ; {RDF_OBJECT} ?o ; {STATUS} ?st }} "
    f"FILTER(?st IN ({', '.join(str(s) for s in sorted(DIRECT_STATUSES, key=str))}))"
)

Claim = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode]  # a stated relation: subject, predicate, object
Fact = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]
Pair = frozenset[ox.NamedNode]  # two entities: every fact a claim implies lies between its two ends


def derived(claims: Iterable[Claim]) -> set[Fact]:
    """The direct triples ``claims`` imply: each itself, its inverse or mirror, and ``dependsOn``."""
    vocabulary = _vocabulary()
    out: set[Fact] = set()
    for s, p, o in claims:
        name = p.value[len(AIKG) :]
        if name not in vocabulary.predicates:
            continue
        for ts, tp, to in vocabulary.materialised(s.value[len(ENT) :], name, o.value[len(ENT) :]):
            out.add((ox.NamedNode(ENT + ts), ox.NamedNode(AIKG + tp), ox.NamedNode(ENT + to)))
    return out


def is_relation(fact: Fact) -> bool:
    """Whether a facts-graph triple is a relation (between two entities), not a description."""
    return fact[1] not in DESCRIPTION


def supports(graph: object, excluding: set[ox.NamedNode]) -> bool:
    """Whether what ``graph`` holds counts as a document's support (not a removed graph's)."""
    return isinstance(graph, ox.NamedNode) and graph not in excluding and is_document_graph(graph.value)


def claims_of(quads: Iterable[ox.Quad]) -> set[Claim]:
    """The direct-status claims among one document's quads (statement nodes complete enough to
    be a relation: subject, predicate, object and status)."""
    parts: dict[object, dict[str, object]] = {}
    keys = {RDF_SUBJECT: "s", RDF_PREDICATE: "p", RDF_OBJECT: "o", STATUS: "status"}
    for q in quads:
        key = keys.get(q.predicate)  # type: ignore[call-overload]
        if key is not None:
            parts.setdefault(q.subject, {})[key] = q.object
    return {
        (d["s"], d["p"], d["o"])  # type: ignore[misc]
        for d in parts.values()
        if len(d) == 4
        and d["status"] in DIRECT_STATUSES
        and all(isinstance(d[k], ox.NamedNode) for k in "spo")
    }


def implied(quads: Iterable[ox.Quad]) -> set[ox.Quad]:
    """The facts-graph quads the statements among one document's quads imply."""
    return {ox.Quad(s, p, o, FACTS) for s, p, o in derived(claims_of(quads))}


def split(quads: Iterable[ox.Quad]) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """One document's quads as (what it says, in its own graph; its contribution to the facts graph)."""
    said: list[ox.Quad] = []
    contributed: list[ox.Quad] = []
    for q in quads:
        (contributed if q.graph_name == FACTS else said).append(q)
    return said, contributed


def mentions_of(quads: Iterable[ox.Quad]) -> set[ox.NamedNode]:
    """The entities one document's quads mention."""
    return {q.object for q in quads if q.predicate == MENTIONS and isinstance(q.object, ox.NamedNode)}


class FactReads(Protocol):
    """What :func:`plan` needs to read from a store, over document graphs only."""

    def claims_in(self, graphs: list[ox.NamedNode]) -> tuple[set[Claim], set[ox.NamedNode]]:
        """The direct-status claims stated and the entities mentioned in ``graphs``."""
        ...

    def claims_between(self, pairs: set[Pair], excluding: set[ox.NamedNode]) -> set[Claim]:
        """The direct-status claims between any of ``pairs``, in graphs other than ``excluding``."""
        ...

    def facts_between(self, pairs: set[Pair]) -> set[Fact]:
        """The facts-graph relation triples between any of ``pairs``."""
        ...

    def mentioned_elsewhere(
        self, entities: set[ox.NamedNode], excluding: set[ox.NamedNode]
    ) -> set[ox.NamedNode]:
        """Those of ``entities`` a document graph other than ``excluding`` mentions."""
        ...

    def descriptions(self, entities: set[ox.NamedNode]) -> set[Fact]:
        """The facts-graph descriptions of ``entities``."""
        ...


@dataclass
class FactChange:
    """What one write does to the facts graph."""

    delete: set[Fact] = field(default_factory=set)
    insert: set[Fact] = field(default_factory=set)


def plan(
    reads: FactReads,
    removed: Iterable[ox.NamedNode],
    added: Iterable[ox.Quad],
    added_mentions: set[ox.NamedNode],
) -> FactChange:
    """The facts to delete and insert when the document graphs ``removed`` go and documents
    contributing ``added`` (facts-graph quads) and mentioning ``added_mentions`` come in.

    A removed graph's claims lose support unless another remaining document, or an added one,
    states a claim implying the same triple; its entities lose their descriptions unless another
    remaining or added document mentions them.
    """
    gone = set(removed)
    insert: set[Fact] = {(q.subject, q.predicate, q.object) for q in added}  # type: ignore[misc]
    change = FactChange(insert=insert)
    if not gone:
        return change
    claims, mentioned = reads.claims_in(sorted(gone, key=str))
    pairs = {frozenset((s, o)) for s, _, o in claims}
    if pairs:
        still = derived(reads.claims_between(pairs, gone)) | {f for f in insert if is_relation(f)}
        change.delete |= {f for f in reads.facts_between(pairs) if f not in still}
    orphans = mentioned - added_mentions
    if orphans:
        orphans -= reads.mentioned_elsewhere(orphans, gone)
        change.delete |= {f for f in reads.descriptions(orphans) if f not in insert}
    return change


def fact_updates(change: FactChange) -> list[str]:
    """SPARQL update operations applying ``change`` to the facts graph (to follow the writes
    of the documents in the same request)."""
    ops = []
    for verb, which in (("DELETE", change.delete), ("INSERT", change.insert)):
        if which:
            body = " ".join(f"{s} {p} {o} ." for s, p, o in sorted(which, key=str))
            ops.append(f"{verb} DATA {{ GRAPH {FACTS} {{ {body} }} }}")
    return ops
