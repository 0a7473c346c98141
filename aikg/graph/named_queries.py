"""Named queries: the SPARQL questions analysts ask often, kept as ``.rq`` files in ``queries/``.

Each file starts with a header of comments that says what it answers and what it takes::

    # description: Everything an entity depends on, directly or through others ...
    #   (lines indented after the ``#`` continue the field above)
    # param: entity (entity) an entity id, label or alias
    # param: owner (entity, optional) only what this entity owns

A parameter is a SPARQL variable of the same name. Its value is turned into an RDF term by its
kind and bound through ``Store.query``'s substitutions, never pasted into the query text:

- ``entity``: a name, id or alias, resolved to the entity's IRI (unknown names are an error
  with the closest known names);
- ``status``: asserted, reported, alleged, speculative or negated, as ``aikg:Asserted`` etc.;
- ``document``: a document's file name, as a plain literal (unknown names suggest known ones).

An optional parameter left out stays an unbound variable, so the query matches every value.

A header line ``# bind: values`` tells a SPARQL-server store to bind the parameters in a VALUES
row only, not as constants in the pattern (see ``remote_protocol.bind``; the embedded store binds
them the same way either way).

>>> [q.name for q in named_queries()][:3]
['amounts-and-shares', 'claims-by-status', 'conflicts']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from aikg.errors import QueryError
from aikg.ontology.terms import Aikg
from aikg.ontology.vocab import ENT

if TYPE_CHECKING:
    from aikg.graph.records import EntityRef
    from aikg.graph.sparql import QueryResult
    from aikg.graph.storage.contract import Store

PARAM_KINDS = {
    "entity": "an entity id, label or alias",
    "status": "asserted, reported, alleged, speculative or negated",
    "document": "a document's file name",
}

_FIELD = re.compile(r"#\s?(description|param):\s*(.*)")
_CONTINUED = re.compile(r"#\s{2,}(\S.*)")
_PARAM = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*\(\s*(\w+)\s*(,\s*optional\s*)?\)\s*(.*)")


@dataclass(frozen=True)
class Param:
    """One parameter of a named query: a SPARQL variable bound to a value of ``kind``."""

    name: str
    kind: str
    description: str
    required: bool = True

    def to_json(self) -> dict[str, Any]:
        """The parameter as JSON-ready data (``aikg query --list --format json``)."""
        return {
            "name": self.name,
            "kind": self.kind,
            "description": self.description,
            "required": self.required,
        }


@dataclass(frozen=True)
class NamedQuery:
    """A stored SPARQL query, its description and its parameters."""

    name: str
    description: str
    params: tuple[Param, ...]
    sparql: str

    def param(self, name: str) -> Param | None:
        """The parameter called ``name``, or None."""
        return next((p for p in self.params if p.name == name), None)

    def to_json(self) -> dict[str, Any]:
        """The query's name, description and parameters as JSON-ready data (``aikg query --list``)."""
        return {
            "name": self.name,
            "description": self.description,
            "params": [p.to_json() for p in self.params],
        }


def parse_named_query(name: str, text: str) -> NamedQuery:
    """A named query from the text of its ``.rq`` file; raises QueryError for a bad header."""
    fields: list[list[str]] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if m := _FIELD.fullmatch(line.rstrip()):
            fields.append([m.group(1), m.group(2)])
        elif (m := _CONTINUED.fullmatch(line.rstrip())) and fields:
            fields[-1][1] += " " + m.group(1)
    descriptions = [value for key, value in fields if key == "description"]
    if len(descriptions) != 1:
        raise QueryError(f"named query {name!r}: the header needs exactly one '# description:' line")
    params = []
    for key, value in fields:
        if key != "param":
            continue
        m = _PARAM.fullmatch(value)
        if m is None or m.group(2) not in PARAM_KINDS:
            raise QueryError(
                f"named query {name!r}: bad parameter line {value!r}; expected "
                f"'# param: NAME (KIND[, optional]) description' with KIND one of {', '.join(PARAM_KINDS)}"
            )
        pname, kind, optional, about = m.groups()
        if not re.search(rf"\?{pname}\b", text):
            raise QueryError(f"named query {name!r}: parameter {pname!r} is not a variable of the query")
        params.append(Param(pname, kind, about or PARAM_KINDS[kind], required=optional is None))
    return NamedQuery(name, descriptions[0], tuple(params), text)


@cache
def named_queries() -> tuple[NamedQuery, ...]:
    """Every named query shipped in ``aikg/graph/queries/``, by name."""
    folder = resources.files("aikg.graph").joinpath("queries")
    found = [
        parse_named_query(entry.name.removesuffix(".rq"), entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".rq")
    ]
    return tuple(sorted(found, key=lambda q: q.name))


def named_query(name: str) -> NamedQuery:
    """The named query called ``name``; an unknown name is a QueryError naming the closest ones."""
    known = {q.name: q for q in named_queries()}
    if name in known:
        return known[name]
    from aikg.ontology.fuzzy import closest

    hint = closest(name, known, cutoff=60)
    if hint:
        raise QueryError(f"unknown named query {name!r} (did you mean: {', '.join(hint)}?)")
    raise QueryError(f"unknown named query {name!r}; the named queries are: {', '.join(known)}")


def document_names(store: Store) -> list[str]:
    """The file names of the documents in ``store``."""
    rows = store.query("SELECT DISTINCT ?name WHERE { ?doc a aikg:Document ; aikg:fileName ?name }")
    return sorted(term.value for row in rows.rows if (term := row["name"]) is not None)


def bind_params(
    query: NamedQuery,
    values: Mapping[str, str],
    *,
    resolve: Callable[[str], EntityRef],
    documents: Callable[[], list[str]],
) -> dict[str, ox.NamedNode | ox.Literal]:
    """RDF terms for the ``values`` of ``query``'s parameters, checked against what it takes.

    Raises QueryError for a missing or unexpected parameter, a bad status or an unknown
    document, and UnknownNameError (from ``resolve``) for an unknown entity.
    """
    extra = sorted(set(values) - {p.name for p in query.params})
    if extra:
        takes = ", ".join(p.name for p in query.params) or "none"
        unexpected = ", ".join(map(repr, extra))
        raise QueryError(
            f"named query {query.name!r} has no parameter {unexpected} (its parameters: {takes})"
        )
    missing = [p for p in query.params if p.required and p.name not in values]
    if missing:
        need = ", ".join(f"{p.name} ({p.description})" for p in missing)
        raise QueryError(f"named query {query.name!r} needs the parameter {need}")
    bindings: dict[str, ox.NamedNode | ox.Literal] = {}
    for param in query.params:
        if param.name in values:
            bindings[param.name] = _term(param, values[param.name], resolve, documents)
    return bindings


def _term(
    param: Param,
    value: str,
    resolve: Callable[[str], EntityRef],
    documents: Callable[[], list[str]],
) -> ox.NamedNode | ox.Literal:
    if param.kind == "entity":
        return ox.NamedNode(ENT + resolve(value).id)
    if param.kind == "status":
        from aikg.ontology.vocab import vocabulary

        statuses = list(vocabulary().statuses)
        wanted = value.strip().lower().removeprefix("aikg:")
        if wanted not in statuses:
            raise QueryError(
                f"unknown status {value!r} for {param.name}; expected one of {', '.join(statuses)}"
            )
        return ox.NamedNode(Aikg[wanted.capitalize()])
    # kind == "document"
    known = documents()
    if value not in known:
        from aikg.ontology.fuzzy import closest

        hint = closest(value, known)
        suggestion = f" (did you mean: {', '.join(hint)}?)" if hint else ""
        raise QueryError(f"unknown document {value!r}{suggestion}")
    return ox.Literal(value)


def run_named_query(
    store: Store,
    name: str,
    values: Mapping[str, str],
    *,
    resolve: Callable[[str], EntityRef],
) -> QueryResult:
    """Run the named query ``name`` over ``store`` with its parameters bound to ``values``."""
    from aikg.graph.sparql import run_query

    query = named_query(name)
    bindings = bind_params(query, values, resolve=resolve, documents=lambda: document_names(store))
    return run_query(store, query.sparql, bindings)


def catalogue_text(queries: tuple[NamedQuery, ...] | list[NamedQuery]) -> str:
    """The named queries for a terminal: name and parameters, then what each answers."""
    import textwrap

    blocks = []
    for q in queries:
        usage = " ".join(
            f"--param {p.name}={p.kind.upper()}" if p.required else f"[--param {p.name}={p.kind.upper()}]"
            for p in q.params
        )
        lines = [f"{q.name} {usage}".rstrip()]
        lines += textwrap.wrap(q.description, 96, initial_indent="    ", subsequent_indent="    ")
        lines += [f"    {p.name}: {p.description}" for p in q.params]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def catalogue_csv(queries: tuple[NamedQuery, ...] | list[NamedQuery]) -> str:
    """The named queries as CSV: name, parameters (space-separated), description."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["name", "params", "description"])
    writer.writerows([q.name, " ".join(p.name for p in q.params), q.description] for q in queries)
    return out.getvalue()
