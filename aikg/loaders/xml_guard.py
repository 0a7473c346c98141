"""Checks an RDF/XML file must pass before pyoxigraph parses it: bounded entity expansion and
bounded nesting.

Why: pyoxigraph's RDF/XML parser expands internal DTD entities without limit (a 1 KB "billion
laughs" file asked for gigabytes) and slows down super-quadratically with nesting (32,000
levels took 9 s, 100,000 over two minutes). Expat, run first, reads the file in linear time
and, with a default handler set, reports entity references instead of expanding them, so the
expansion can be costed from the declarations before anything is expanded.
"""

from __future__ import annotations

import re
from pyexpat import ErrorString, ExpatError, ParserCreate
from typing import Any

from aikg.errors import InputError

MAX_DEPTH = 1_000  # RDF/XML written by tools nests a few dozen levels
# Characters entity references may add: namespace abbreviations such as &owl; used on every
# line of a big ontology stay far below it.
EXPANSION_BASE = 1_000_000
EXPANSION_PER_CHAR = 4

_REFERENCE = re.compile(r"&([^\s&;#]+);")


class _Refused(Exception):
    """Raised inside expat's callbacks to stop the scan; carries the message and the line."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.message, self.line = message, line


def check_rdf_xml(where: str, text: str) -> None:
    """Raise InputError (naming ``where`` and the line) when ``text`` declares entities that
    expand beyond the budget (four characters per character of the file, plus a million),
    declares parameter entities, or nests elements deeper than ``MAX_DEPTH``.

    Text that is not well-formed XML is refused here too: pyoxigraph's parser is laxer than
    expat, and a flaw it skips over must not hide a bomb behind it from this check.
    """
    budget = EXPANSION_BASE + EXPANSION_PER_CHAR * len(text)
    parser = ParserCreate(encoding="utf-8")
    values: dict[str, str] = {}
    sizes: dict[str, int] = {}
    state = {"depth": 0, "expanded": 0}

    def line() -> int:
        return int(parser.CurrentLineNumber)

    def size(name: str, seen: tuple[str, ...] = ()) -> int:
        """Characters ``name`` expands to (entities within entities included), costed once."""
        if name in sizes:
            return sizes[name]
        if name in seen:
            raise _Refused(f"the entity {name!r} refers to itself", line())
        value = values.get(name, "")
        total = len(value)
        for inner in _REFERENCE.findall(value):
            total += size(inner, (*seen, name))
            if total > budget:
                break
        sizes[name] = total
        return total

    def spend(chars: int) -> None:
        state["expanded"] += chars
        if state["expanded"] > budget:
            raise _Refused(
                f"its DTD entities expand to more than {budget:,} characters (an XML entity bomb?); "
                "refused unparsed",
                line(),
            )

    def declared(name: str, is_parameter: int, value: str | None, *_: Any) -> None:
        if is_parameter:
            raise _Refused(
                f"declares the parameter entity %{name}; aikg reads no DTD parameter entities", line()
            )
        if value is not None:  # external entities are never fetched: nothing to cost
            values[name] = value

    def declarations_done() -> None:
        # Costed once all are known: an entity may refer to one declared after it.
        for name in values:
            if size(name) > budget:  # one reference would already be too much
                spend(size(name))

    def default(data: str) -> None:
        if data.startswith("&") and data.endswith(";") and data[1:-1] in values:
            spend(size(data[1:-1]))

    def start(name: str, attributes: Any) -> None:
        state["depth"] += 1
        if state["depth"] > MAX_DEPTH:
            raise _Refused(f"elements nest more than {MAX_DEPTH:,} levels deep; refused unparsed", line())
        # Expat has already expanded references in attribute values: count what they added.
        for value in attributes.values() if isinstance(attributes, dict) else attributes:
            spend(len(value))

    def end(name: str) -> None:
        state["depth"] -= 1

    parser.SetParamEntityParsing(0)  # XML_PARAM_ENTITY_PARSING_NEVER: no external DTD subsets
    parser.EntityDeclHandler = declared
    parser.EndDoctypeDeclHandler = declarations_done
    parser.DefaultHandler = default  # references in text reach ``default`` unexpanded
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(text, True)
    except _Refused as e:
        raise InputError(where, f"malformed RDF/XML: {e.message}", line=e.line) from None
    except ExpatError as e:
        message = ErrorString(e.code) if e.code is not None else str(e)
        if "amplification" in message:  # expat's own guard, for what attribute values expand
            message = "its DTD entities expand too much (an XML entity bomb?)"
        raise InputError(
            where,
            f"malformed RDF/XML (column {e.offset + 1}: {message}); fix the syntax there",
            line=e.lineno,
        ) from None
