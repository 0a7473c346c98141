"""What a SPARQL text is, and whether it may run: nothing it does may reach the network.

Every query aikg runs passes here first: the CLI's, the Python API's and the endpoint's.

pyoxigraph 0.5 follows ``SERVICE <http://...>`` with an HTTP request, and ``LOAD <http://...>``
fetches a document. Both are found by PARSING the text with rdflib's SPARQL 1.1 grammar and
walking the parse tree for ``ServiceGraphPattern`` and ``Load`` nodes, wherever they are nested
(OPTIONAL, EXISTS, MINUS, sub-queries, GRAPH, the WHERE of an update). Comments and string
literals cannot hide or fake them. Text rdflib cannot parse is refused too (fail closed):
oxigraph extensions beyond SPARQL 1.1 cannot be checked.

The two parsers must agree on where comments, strings and IRIs begin and end, or a SERVICE
could hide from the check inside what only rdflib takes for a comment or a string. They did not
agree out of the box, so rdflib reads the text through :func:`lexical_twin`:

- a comment ends at a carriage return for oxigraph (and the SPARQL grammar), but rdflib's
  ``rest_of_line`` runs on to the line feed: ``#\r SERVICE <...> {...}\n`` is a comment to
  rdflib and a federated query to oxigraph. Carriage returns become line feeds;
- rdflib expands ``\\uXXXX`` escapes everywhere before parsing, oxigraph only inside strings and
  IRIs, so ``"\\u0022 ... "`` ends a string early for rdflib only. Escapes are expanded here
  instead, and one that would produce a delimiter (quote, angle bracket, backslash, ``#``, line
  break) becomes a neutral letter: the string or IRI keeps its extent, only its value changes,
  and values do not matter to the check.

``FROM``/``FROM NAMED`` are safe: oxigraph reads those graphs from the store, never the web.
"""

from __future__ import annotations

import re
from typing import Any

from aikg.errors import QueryError

QUERY_FORMS = {
    "SelectQuery": "SELECT",
    "AskQuery": "ASK",
    "ConstructQuery": "CONSTRUCT",
    "DescribeQuery": "DESCRIBE",
}
_FEDERATION = {
    "ServiceGraphPattern": "SERVICE (federated query) is not allowed: aikg never contacts other endpoints",
    "Load": "LOAD is not allowed: aikg never fetches documents from the network",
}


class UpdateNotQuery(QueryError):
    """An update was given where a query was expected."""


_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_DELIMITERS = frozenset("\"'<>\\#\r\n")


def lexical_twin(text: str) -> str:
    """``text`` as rdflib must read it to see the comments, strings and IRIs oxigraph sees."""

    def expand(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        char = chr(code) if code <= 0x10FFFF else "x"
        return "x" if char in _DELIMITERS else char

    return _ESCAPE.sub(expand, text.replace("\r", "\n"))


def _node_names(tree: Any) -> set[str]:
    """The names of every parse-tree node (rdflib ``CompValue``) in ``tree``, at any depth."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    names: set[str] = set()
    todo = [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, CompValue):
            names.add(node.name)
            todo.extend(node.values())
        elif isinstance(node, dict):
            todo.extend(node.values())
        elif isinstance(node, list | tuple | ParseResults):
            todo.extend(node)
    return names


def _refuse_federation(names: set[str]) -> None:
    for node, message in _FEDERATION.items():
        if node in names:
            raise QueryError(message)


def check_query(text: str) -> str:
    """The form of the query ``text`` (SELECT, ASK, CONSTRUCT or DESCRIBE).

    Raises QueryError when it is not a SPARQL 1.1 query or when it uses SERVICE or LOAD, and
    UpdateNotQuery when it is an update.
    """
    from rdflib.plugins.sparql.parser import Query, UpdateUnit

    twin = lexical_twin(text)
    try:
        # rdflib's grammar, without parseQuery's own escape expansion (lexical_twin did it).
        tree = Query.parse_string(twin, parse_all=True)
    except Exception as e:  # pyparsing's errors, and RecursionError on absurd nesting
        try:
            UpdateUnit.parse_string(twin, parse_all=True)
        except Exception:
            raise QueryError(f"malformed SPARQL query (aikg accepts SPARQL 1.1): {_first_line(e)}") from e
        raise UpdateNotQuery("this is a SPARQL Update, not a query") from e
    _refuse_federation(_node_names(tree))
    return QUERY_FORMS[tree[1].name]


def check_update(text: str) -> None:
    """Raises QueryError unless ``text`` is a SPARQL 1.1 Update free of SERVICE and LOAD."""
    from rdflib.plugins.sparql.parser import UpdateUnit

    try:
        tree = UpdateUnit.parse_string(lexical_twin(text), parse_all=True)
    except Exception as e:
        raise QueryError(f"malformed SPARQL update (aikg accepts SPARQL 1.1): {_first_line(e)}") from e
    _refuse_federation(_node_names(tree))


def _first_line(e: Exception) -> str:
    text = str(e).strip().splitlines()
    return text[0] if text else type(e).__name__
