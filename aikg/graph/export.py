"""The store out to files: RDF in the usual syntaxes, GraphML for graph tools, CSV for sheets."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable

import networkx as nx
import pyoxigraph as ox

from aikg.graph.formats import ExportFormat
from aikg.graph.records import Relation
from aikg.graph.storage.contract import Store, is_data_graph
from aikg.ontology.vocab import PREFIXES

TRIPLE_FORMATS = {
    ExportFormat.TTL: ox.RdfFormat.TURTLE,
    ExportFormat.NT: ox.RdfFormat.N_TRIPLES,
    ExportFormat.JSONLD: ox.RdfFormat.JSON_LD,
}
QUAD_FORMATS = {ExportFormat.TRIG: ox.RdfFormat.TRIG, ExportFormat.NQ: ox.RdfFormat.N_QUADS}


def document_quads(store: Store) -> list[ox.Quad]:
    """Every quad of every document graph and of the facts graph (the ontology graph is left
    out: it ships with aikg)."""
    return [q for g in store.named_graphs() if is_data_graph(g) for q in store.quads(g)]


def export_rdf(store: Store, fmt: ExportFormat) -> bytes:
    """The document graphs and the facts graph as RDF: TriG and N-Quads keep each graph;
    Turtle, N-Triples and JSON-LD merge them, each triple once."""
    quads = document_quads(store)
    if fmt in QUAD_FORMATS:
        prefixes = PREFIXES if fmt is ExportFormat.TRIG else None
        return ox.serialize(quads, format=QUAD_FORMATS[fmt], prefixes=prefixes) or b""
    triples = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads))
    prefixes = PREFIXES if fmt is ExportFormat.TTL else None
    return ox.serialize(triples, format=TRIPLE_FORMATS[fmt], prefixes=prefixes) or b""


# Characters XML 1.0 cannot hold at all (a label from a document may carry them): NUL, the
# C0 controls but tab and newlines, lone surrogates and the two non-characters U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    """``text`` with what XML cannot hold replaced by U+FFFD, so the export shows a gap."""
    return _NOT_XML.sub("\ufffd", text)


def export_graphml(graph: nx.MultiDiGraph) -> bytes:
    """GraphML wants scalar attributes: lists and mappings are written as JSON text."""
    flat = nx.MultiDiGraph()
    scalar = (str, int, float, bool)

    def flatten(attrs: dict[str, object]) -> dict[str, object]:
        return {
            k: _xml_safe(v)
            if isinstance(v, str)
            else v
            if isinstance(v, scalar)
            else json.dumps(v, ensure_ascii=False)
            for k, v in attrs.items()
            if v is not None
        }

    flat.add_nodes_from((n, flatten(d)) for n, d in graph.nodes(data=True))
    flat.add_edges_from((u, v, k, flatten(d)) for u, v, k, d in graph.edges(keys=True, data=True))
    out = io.BytesIO()
    nx.write_graphml(flat, out, encoding="utf-8")
    return out.getvalue()


CSV_COLUMNS = [
    "subject",
    "predicate",
    "object",
    "status",
    "confidence",
    "amount",
    "currency",
    "period",
    "share",
    "point_in_time",
    "documents",
    "sentence",
]


def export_csv(relations: Iterable[Relation]) -> bytes:
    """One row per relation; ``sentence`` is the first evidence sentence."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in relations:
        q = r.qualifiers
        writer.writerow(
            [
                r.subject.label,
                r.predicate,
                r.object.label,
                r.status,
                r.confidence,
                q.get("amount", ""),
                q.get("currency", ""),
                q.get("period", ""),
                q.get("share", ""),
                q.get("point_in_time", ""),
                ";".join(r.documents),
                r.evidence[0].sentence if r.evidence else "",
            ]
        )
    return out.getvalue().encode("utf-8")
