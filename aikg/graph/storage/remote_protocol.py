"""SPARQL text and results for a remote store: the prologue, bindings as RDF terms, and SPARQL
JSON results read back into pyoxigraph terms (so rows hold what the local store's rows hold).

Bindings are written as N-Triples terms by pyoxigraph (which escapes them), never pasted user text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox

from aikg.errors import QueryError
from aikg.ontology.vocab import PREFIXES, XSD

XSD_BOOLEAN = XSD + "boolean"
XSD_DURATION = XSD + "duration"
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)
_FORM = re.compile(r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b", re.IGNORECASE)
_IRI = re.compile(r"<[^<>\"{}|^`\\\s]*>")
_BLANK_ID = re.compile(r"[A-Za-z0-9_]+")
_SECONDS_PER_DAY = 86400
_VALUES_ONLY = re.compile(r"^[ \t]*#[ \t]*bind:[ \t]*values[ \t]*$", re.MULTILINE)


def with_prefixes(sparql: str) -> str:
    """``sparql`` with aikg's prefixes declared first, except those it declares itself."""
    declared = {m.group(1) or "" for m in _DECLARED.finditer(sparql)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items() if p not in declared]
    return "\n".join([*lines, sparql])


def _skip_string(text: str, i: int) -> int:
    """The index just past the string literal that starts at ``i``."""
    quote = text[i]
    if text.startswith(quote * 3, i):
        end = text.find(quote * 3, i + 3)
        while end != -1 and _escaped(text, end):
            end = text.find(quote * 3, end + 1)
        return len(text) if end == -1 else end + 3
    j = i + 1
    while j < len(text) and text[j] != quote:
        j += 2 if text[j] == "\\" else 1
    return j + 1


def _escaped(text: str, i: int) -> bool:
    backslashes = 0
    while i - 1 - backslashes >= 0 and text[i - 1 - backslashes] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def _code(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are query syntax: outside strings, IRIs and comments."""
    spans, start, i = [], 0, 0
    while i < len(text):
        c = text[i]
        if c in "\"'":
            spans.append((start, i))
            i = _skip_string(text, i)
            start = i
        elif c == "<" and (m := _IRI.match(text, i)):
            spans.append((start, i))
            i = start = m.end()
        elif c == "#":
            spans.append((start, i))
            end = text.find("\n", i)
            i = start = len(text) if end == -1 else end
        else:
            i += 1
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


def query_form(sparql: str) -> str | None:
    """SELECT, CONSTRUCT, DESCRIBE or ASK: the first form keyword outside strings, IRIs and comments."""
    for a, b in _code(sparql):
        for m in _FORM.finditer(sparql, a, b):
            if m.start() == 0 or sparql[m.start() - 1] not in "?$_":
                return m.group(1).upper()
    return None


def _where_span(sparql: str) -> tuple[int, int]:
    """Where the query's WHERE pattern lies: the indices of its ``{`` and of the ``}`` closing it
    (a CONSTRUCT template before it is skipped)."""
    depth, groups, form, opened = 0, 0, None, -1
    for a, b in _code(sparql):
        for i in range(a, b):
            c = sparql[i]
            if form is None and (m := _FORM.match(sparql, i)) and (i == 0 or sparql[i - 1] not in "?$_"):
                form = m.group(1).upper()
                template = form == "CONSTRUCT" and sparql[m.end() :].lstrip().startswith("{")
                groups = 1 if template else 0
            if c == "{":
                if depth == 0 and form is not None:
                    if groups == 0:
                        opened = i
                    groups -= 1
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0 and opened >= 0:
                    return opened, i
    raise QueryError("cannot bind values: the query has no WHERE pattern")


def bind(sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None) -> str:
    """``sparql`` with each bound variable fixed to its term, as pyoxigraph's substitutions do.

    The term replaces the variable inside the WHERE pattern (Virtuoso only starts a transitive
    path like ``?e aikg:dependsOn+ ?d`` from a constant, not from a VALUES-bound variable), and a
    VALUES row at the start of the pattern keeps the variable bound for SELECT and GROUP BY.

    A query with a ``# bind: values`` line before its form keyword gets the VALUES row only. Such
    a query starts each of its paths from a triple pattern, so Virtuoso needs no constant, and a
    constant would hurt: two paths from constants that meet in a variable
    (``<a> aikg:parentOf+ ?x`` and ``<b> aikg:subsidiaryOf+ ?x``) make Virtuoso walk one of them
    with both ends bound, and it then loses the links more than one step away (see
    ownership-chains.rq).
    """
    if not bindings:
        return sparql
    start, end = _where_span(sparql)
    head, body, tail = sparql[: start + 1], sparql[start + 1 : end], sparql[end:]
    keys = list(bindings)
    values = f" VALUES ({' '.join('?' + k for k in keys)}) {{ ({' '.join(str(bindings[k]) for k in keys)}) }}"
    if _VALUES_ONLY.search(prologue(sparql)):
        return head + values + body + tail
    names = "|".join(re.escape(k) for k in bindings)
    variable = re.compile(rf"(?<![\w])[?$]({names})(?![\w])")
    as_target = re.compile(r"\bAS\s*$", re.IGNORECASE)
    out, last = [], 0
    for a, b in _code(body):
        for m in variable.finditer(body, a, b):
            if as_target.search(body[max(0, m.start() - 8) : m.start()]):
                continue  # BIND(... AS ?x) names the variable; a term cannot stand there
            out += [body[last : m.start()], str(bindings[m.group(1)])]
            last = m.end()
    out.append(body[last:])
    return head + values + "".join(out) + tail


_ORDER = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)
_GROUP = re.compile(r"\bGROUP\s+BY\b", re.IGNORECASE)


def _first(pattern: re.Pattern[str], text: str, start: int) -> int | None:
    for a, b in _code(text):
        if b <= start:
            continue
        m = pattern.search(text, max(a, start), b)
        if m:
            return m.start()
    return None


def split_grouped_order(sparql: str) -> tuple[str, str] | None:
    """A grouped SELECT with ORDER BY as (the query up to ORDER BY, ORDER BY and what follows);
    None for any other query.

    Why: Virtuoso 7 refuses ORDER BY on an aggregate's name (``ORDER BY LCASE(?label)`` after
    ``(MIN(?name) AS ?label)``: "used in the result set outside aggregate"), and fails on it in a
    subquery too ("Incomplete RDF box"), so the remote store orders such results itself.
    """
    if query_form(sparql) != "SELECT":
        return None
    try:
        _, end = _where_span(sparql)
    except QueryError:
        return None
    order = _first(_ORDER, sparql, end)
    if order is None or _first(_GROUP, sparql, end) is None:
        return None
    return sparql[:order], sparql[order:]


def prologue(sparql: str) -> str:
    """The BASE and PREFIX declarations before the query form keyword."""
    select = _first(_FORM, sparql, 0)
    return sparql[:select] if select is not None else ""


# ---------------------------------------------------------------------- results


def _blank(value: str) -> ox.BlankNode:
    """A blank node for a server's label: Virtuoso's ``nodeID://b10003`` is not a valid id."""
    label = value.removeprefix("nodeID://").removeprefix("_:")
    if not _BLANK_ID.fullmatch(label):
        label = "h" + hashlib.sha256(value.encode()).hexdigest()[:24]
    return ox.BlankNode(label)


def _duration(value: str) -> str:
    """Virtuoso 7 stores xsd:duration as a number: months for year-month durations ("P1Y" comes
    back as "12", "P3M" as "3"), seconds for day-time ones ("P7D" as "604800.0")."""
    if "." not in value:
        months = int(value)
        return f"P{months // 12}Y" if months and months % 12 == 0 else f"P{months}M"
    seconds = float(value)
    if seconds % _SECONDS_PER_DAY == 0:
        return f"P{int(seconds // _SECONDS_PER_DAY)}D"
    return f"PT{seconds:g}S"


def literal(value: str, *, datatype: str | None = None, language: str | None = None) -> ox.Literal:
    """A literal, with the forms Virtuoso 7 changes put back: xsd:boolean comes back as "1"/"0",
    xsd:duration as a number (see ``_duration``)."""
    if language:
        return ox.Literal(value, language=language)
    if datatype == XSD_BOOLEAN and value in ("1", "0"):
        value = "true" if value == "1" else "false"
    elif datatype == XSD_DURATION and re.fullmatch(r"-?\d+(\.\d*)?", value):
        value = _duration(value)
    if datatype is None:
        return ox.Literal(value)
    return ox.Literal(value, datatype=ox.NamedNode(datatype))


def term(data: Mapping[str, Any]) -> ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple:
    """One term of SPARQL 1.1 Query Results JSON (and Virtuoso's older "typed-literal")."""
    kind, value = data.get("type"), data.get("value", "")
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return _blank(value)
    if kind in ("literal", "typed-literal"):
        return literal(value, datatype=data.get("datatype"), language=data.get("xml:lang"))
    if kind == "triple" and isinstance(value, dict):
        s, p, o = (term(value[k]) for k in ("subject", "predicate", "object"))
        return ox.Triple(s, p, o)  # type: ignore[arg-type]
    raise ValueError(f"unknown term type {kind!r}")


def fixed_triple(t: ox.Triple) -> ox.Triple:
    """A triple read from N-Triples, with Virtuoso's changed literal forms put back."""
    o = t.object
    if isinstance(o, ox.Literal) and not o.language:
        o = literal(o.value, datatype=o.datatype.value)
    return ox.Triple(t.subject, t.predicate, o)
