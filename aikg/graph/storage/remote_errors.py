"""What a SPARQL server's error answer means, said as an aikg error: which store cannot do what,
and why, instead of the server's internal message (Virtuoso echoes the whole query after it).

Known answers are matched by their text; any other error keeps the server's first words, cut
before the echoed query.
"""

from __future__ import annotations

import re

from aikg.errors import AIKGError, QueryError, StoreError

# Virtuoso: a + or * path whose two ends are both unbound variables.
_TRANSITIVE_START = re.compile(r"transitive start not given", re.IGNORECASE)
# Virtuoso: its SQL compiler failing on a query it accepted ("SQ156: Internal Optimized compiler
# error", met with a FILTER comparing the two ends of a + path, among others).
_INTERNAL = re.compile(r"\b(SQ\d+)\b[^\n]*internal[^\n]*compiler error", re.IGNORECASE)
# Virtuoso: an update sent to an endpoint whose user may not write (plain /sparql).
_NO_PERMISSION = re.compile(r"SR186:\s*SECURITY: No permission", re.IGNORECASE)
# Fuseki and others: an update sent to the query endpoint.
_NOT_UPDATE = re.compile(
    r"(SPARQL Update is not supported|not a SPARQL update|update.{0,40}not (allowed|supported))",
    re.IGNORECASE,
)
_ECHO = re.compile(r"\s*SPARQL query:.*", re.IGNORECASE | re.DOTALL)

PATH_HINT = (
    "bind one end to an IRI, or start the path from a triple pattern in a subquery, e.g. "
    "{ SELECT DISTINCT * WHERE { ?a aikg:dependsOn [] . ?a aikg:dependsOn+ ?b } } "
    "(as aikg's named queries do)"
)


def server_error(endpoint: str, status: int, text: str, *, updating: bool, update_option: bool) -> AIKGError:
    """The aikg error for the answer ``status``/``text`` of the SPARQL server at ``endpoint``.

    ``updating`` says whether the request was an update; ``update_option`` whether the update
    endpoint was given with ``--update-url`` (or ``update_url=``), so the advice names the right fix.

    >>> str(server_error("http://h/sparql", 500, "Virtuoso 37000 Error TR...: transitive start not given",
    ...                  updating=False, update_option=False))[:97]
    'the SPARQL store at http://h/sparql (Virtuoso) cannot evaluate a property path (+ or *) whose two'
    """
    detail = _ECHO.sub("", " ".join(text.split()))[:300]
    virtuoso = "virtuoso" in text.lower()
    server = " (Virtuoso)" if virtuoso else ""
    if _TRANSITIVE_START.search(text):
        return QueryError(
            f"the SPARQL store at {endpoint}{server} cannot evaluate a property path (+ or *) whose "
            f"two ends are both unbound variables: it needs a start; {PATH_HINT}"
        )
    if m := _INTERNAL.search(text):
        return QueryError(
            f"the SPARQL store at {endpoint}{server} failed to compile this query (its internal error "
            f"{m.group(1)}: a limit of the server, not a mistake in the query; the embedded store runs "
            "it); Virtuoso fails like this on a FILTER beside a property path (+ or *): put the path "
            "in a subquery and the FILTER outside it"
        )
    if updating:
        fix = "check --update-url" if update_option else "give the update endpoint with --update-url URL"
        if _NO_PERMISSION.search(text) or _NOT_UPDATE.search(text) or status in (404, 405):
            why = {404: "not found (HTTP 404)", 405: "method not allowed (HTTP 405)"}.get(
                status, f"it refuses updates (HTTP {status})"
            )
            return StoreError(
                f"the SPARQL update endpoint {endpoint} cannot take aikg's writes: {why}; {fix} "
                "(Virtuoso: its /sparql-auth endpoint with a user allowed to write; Fuseki: the "
                "dataset's /update)"
            )
    if status == 404:
        return StoreError(
            f"the SPARQL store at {endpoint} answered HTTP 404 (not found): is this the SPARQL "
            "endpoint's URL (e.g. http://host:8890/sparql-auth, http://host:3030/ds/query)?"
        )
    error = QueryError if status == 400 else StoreError
    return error(f"the SPARQL store at {endpoint} answered HTTP {status}: {detail}")
