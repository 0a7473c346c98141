"""Running user SPARQL and rendering the results as a table, SPARQL JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from aikg.graph.rdf import Term
from aikg.ontology.vocab import PREFIXES

if TYPE_CHECKING:  # the store builds a QueryResult: this module must not import it back
    from aikg.graph.storage.contract import Store


@dataclass
class QueryResult:
    """A SELECT's rows, an ASK's answer, or a CONSTRUCT/DESCRIBE's triples."""

    variables: list[str] = field(default_factory=list)
    # Any: a row maps variables to terms or None; callers know which variables their query binds.
    rows: list[dict[str, Any]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None

    def to_json(self) -> dict[str, Any]:
        """SPARQL 1.1 Query Results JSON as data; a graph result as JSON-LD (``{"@graph": [...]}``).

        >>> QueryResult(boolean=True).to_json()
        {'head': {}, 'boolean': True}
        """
        if self.triples is not None:
            return {"@graph": json.loads(self._json_ld())}
        if self.boolean is not None:
            return {"head": {}, "boolean": self.boolean}
        bindings = [{k: json_term(v) for k, v in row.items() if v is not None} for row in self.rows]
        return {"head": {"vars": self.variables}, "results": {"bindings": bindings}}

    def to_json_text(self) -> str:
        """:meth:`to_json` as the text ``aikg query --format json`` prints (graph results as
        oxigraph writes JSON-LD, a top-level array)."""
        if self.triples is not None:
            return self._json_ld()
        if self.boolean is not None:
            return json.dumps(self.to_json())
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2)

    def _json_ld(self) -> str:
        return (ox.serialize(self.triples or [], format=ox.RdfFormat.JSON_LD) or b"").decode()

    def to_csv(self) -> str:
        """SPARQL 1.1 Query Results CSV (a header row, then plain values; triples as three columns)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        if self.triples is not None:
            writer.writerow(["subject", "predicate", "object"])
            writer.writerows([_plain(t.subject), _plain(t.predicate), _plain(t.object)] for t in self.triples)
        elif self.boolean is not None:
            writer.writerow(["boolean"])
            writer.writerow(["true" if self.boolean else "false"])
        else:
            writer.writerow(self.variables)
            writer.writerows([_plain(row.get(v)) for v in self.variables] for row in self.rows)
        return out.getvalue()

    def to_table(self) -> str:
        """Aligned columns with prefixed names, for reading in a terminal."""
        if self.triples is not None:
            return (ox.serialize(self.triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b"").decode()
        if self.boolean is not None:
            return "true" if self.boolean else "false"
        cells = [[_short(row.get(v)) for v in self.variables] for row in self.rows]
        widths = [max([len(v), *(len(r[i]) for r in cells)]) for i, v in enumerate(self.variables)]
        lines = ["  ".join(v.ljust(w) for v, w in zip(self.variables, widths, strict=True)).rstrip()]
        lines.append("  ".join("-" * w for w in widths))
        lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
        lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
        return "\n".join(lines)


def json_term(term: Term) -> dict[str, Any]:
    """One term in SPARQL 1.1 Query Results JSON (RDF-star triples as nested terms)."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {k: json_term(getattr(term, k)) for k in ("subject", "predicate", "object")},
    }


def _plain(term: Term | None) -> str:
    return "" if term is None else str(getattr(term, "value", term))


def _short(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns):
                return f"{prefix}:{term.value[len(ns) :]}"
        return f"<{term.value}>"
    text = _plain(term)
    return text if len(text) <= 80 else text[:77] + "..."


def run_query(store: Store, sparql: str, bindings: dict[str, Any] | None = None) -> QueryResult:
    """Run a read-only SPARQL query over the union of all graphs; updates, SERVICE and LOAD
    are refused before evaluation (oxigraph would follow SERVICE over HTTP)."""
    from aikg.graph.storage.guard import check_query

    check_query(sparql)
    return store.query(sparql, bindings)


def select_tuples(store: Store, sparql: str) -> list[tuple[Any, ...]]:
    """The rows of a SELECT as tuples, in the order of its variables. Why: on the embedded store
    they are read straight from pyoxigraph's solutions; building a dict per row
    (:meth:`Store.query`) was a third of the time of reading 100,000 rows."""
    from aikg.errors import StoreError

    result = store.stream(sparql)
    if isinstance(result, QueryResult):
        return [tuple(row[v] for v in result.variables) for row in result.rows]
    try:
        return [tuple(solution) for solution in result]
    except OSError as e:
        raise StoreError(f"cannot read the store: {e}") from e
