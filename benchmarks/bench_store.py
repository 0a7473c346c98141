"""Why the store is pyoxigraph: load rate and 1-hop lookup latency against rdflib's in-memory
store, both measured in this process on the same synthetic statements.

Statements have aikg's RDF shape (a direct triple plus a statement node with status,
confidence, an amount and one evidence node with a quote and offsets: 12 triples each).

    python benchmarks/bench_store.py                  # 10k and 100k statements
    python benchmarks/bench_store.py --sizes 1000000  # a million (rdflib takes minutes)
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox
import rdflib

AIKG = "https://w3id.org/aikg/ontology#"
ENT = "https://w3id.org/aikg/entity/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
PREDICATES = ["customerOf", "parentOf", "investsIn", "develops", "hostedOn", "partnerOf"]
LOOKUP = f"SELECT ?p ?o WHERE {{ <{ENT}e42> ?p ?o }}"


def statements(n: int, entities: int) -> Iterator[tuple[str, str, object]]:
    """``n`` statements as (subject, predicate, object) with objects as str IRIs or Python values."""
    rng = random.Random(7)
    for i in range(n):
        s, o = f"{ENT}e{rng.randrange(entities)}", f"{ENT}e{rng.randrange(entities)}"
        p = AIKG + rng.choice(PREDICATES)
        st, ev = f"https://w3id.org/aikg/statement/{i}", f"https://w3id.org/aikg/statement/{i}/evidence"
        yield s, p, o
        yield st, RDF + "type", AIKG + "Statement"
        yield st, RDF + "subject", s
        yield st, RDF + "predicate", p
        yield st, RDF + "object", o
        yield st, AIKG + "status", AIKG + "Asserted"
        yield st, AIKG + "confidence", 0.9
        yield st, AIKG + "amount", 1_000_000 * (i % 50)
        yield st, "http://www.w3.org/ns/prov#wasDerivedFrom", ev
        yield ev, AIKG + "quote", f"Sentence number {i} says that one company relies on another."
        yield ev, AIKG + "start", i * 80
        yield ev, AIKG + "end", i * 80 + 64


def as_oxigraph(rows: list[tuple[str, str, object]], graph: ox.NamedNode) -> list[ox.Quad]:
    def term(v: object) -> ox.NamedNode | ox.Literal:
        return ox.NamedNode(v) if isinstance(v, str) and v.startswith("http") else ox.Literal(str(v))

    return [ox.Quad(ox.NamedNode(s), ox.NamedNode(p), term(o), graph) for s, p, o in rows]


def as_rdflib(
    rows: list[tuple[str, str, object]],
) -> list[tuple[rdflib.URIRef, rdflib.URIRef, rdflib.term.Node]]:
    def term(v: object) -> rdflib.term.Node:
        return rdflib.URIRef(v) if isinstance(v, str) and v.startswith("http") else rdflib.Literal(v)

    return [(rdflib.URIRef(s), rdflib.URIRef(p), term(o)) for s, p, o in rows]


def timed(f: Callable[[], object]) -> float:
    start = time.perf_counter()
    f()
    return time.perf_counter() - start


def median_ms(f: Callable[[], object], repeat: int = 50) -> float:
    f()
    return statistics.median(timed(f) for _ in range(repeat)) * 1000


def measure_oxigraph(store: ox.Store, quads: list[ox.Quad]) -> dict[str, float]:
    load = timed(lambda: store.bulk_extend(quads))
    lookup = median_ms(lambda: list(store.query(LOOKUP, use_default_graph_as_union=True)))
    return {"ox_load_s": load, "ox_lookup_ms": lookup}


def measure(n: int, *, rdflib_too: bool) -> dict[str, float]:
    rows = list(statements(n, max(100, n // 10)))
    out: dict[str, float] = {"triples": len(rows)}
    graph = ox.NamedNode("https://w3id.org/aikg/document/bench")
    quads = as_oxigraph(rows, graph)
    with tempfile.TemporaryDirectory() as tmp:
        out.update(measure_oxigraph(ox.Store(str(Path(tmp) / "kg")), quads))
    if rdflib_too:
        triples = as_rdflib(rows)
        g = rdflib.Graph()

        def load() -> None:
            for t in triples:
                g.add(t)

        out["rdflib_load_s"] = timed(load)
        out["rdflib_lookup_ms"] = median_ms(lambda: list(g.query(LOOKUP)), repeat=10)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000], help="statements")
    parser.add_argument("--no-rdflib", action="store_true", help="skip the (slow) rdflib baseline")
    args = parser.parse_args()
    print("statements   triples | oxigraph load  triples/s  lookup | rdflib load  triples/s  lookup | ratios")
    for n in args.sizes:
        r = measure(n, rdflib_too=not args.no_rdflib)
        line = (
            f"{n:>10,} {int(r['triples']):>9,} | {r['ox_load_s']:>11.2f}s"
            f" {r['triples'] / r['ox_load_s']:>10,.0f}"
            f" {r['ox_lookup_ms']:>5.2f}ms"
        )
        if "rdflib_load_s" in r:
            line += (
                f" | {r['rdflib_load_s']:>9.2f}s {r['triples'] / r['rdflib_load_s']:>10,.0f}"
                f" {r['rdflib_lookup_ms']:>5.2f}ms"
                f" | load {r['rdflib_load_s'] / r['ox_load_s']:.1f}x,"
                f" lookup {r['rdflib_lookup_ms'] / r['ox_lookup_ms']:.0f}x"
            )
        print(line, flush=True)


if __name__ == "__main__":
    main()
