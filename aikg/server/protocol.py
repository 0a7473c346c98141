"""Reading a SPARQL 1.1 Protocol request: a query or an update, however the client sent it.

- query via GET ``?query=...``;
- query via POST, as ``application/x-www-form-urlencoded`` (``query=...``) or as the body
  with ``Content-Type: application/sparql-query``;
- update via POST, as a form (``update=...``) or as ``application/sparql-update``.

Dataset parameters (``default-graph-uri`` and friends) are refused: the default graph is the
union of all documents; ``FROM``/``FROM NAMED`` in the query text choose graphs instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs

from starlette.requests import Request

from aikg.server.errors import EndpointError
from aikg.server.negotiation import FORMAT_PARAMS

MAX_BODY = 1 << 20  # 1 MiB: far beyond any hand-written query
DATASET_PARAMS = ("default-graph-uri", "named-graph-uri", "using-graph-uri", "using-named-graph-uri")


@dataclass(frozen=True)
class SparqlRequest:
    """What the client asked: ``kind`` is "query" or "update"; ``format_values`` are fallbacks
    for content negotiation."""

    kind: str
    text: str
    format_values: tuple[str, ...] = ()


async def read_sparql_request(request: Request) -> SparqlRequest | None:
    """The request's query or update; None for a plain GET (which asks for the service description)."""
    params = parse_qs(request.url.query, keep_blank_values=True)
    if request.method in ("GET", "HEAD"):
        if "update" in params:
            raise EndpointError(400, "a SPARQL Update must be sent with POST, not GET")
        if "query" not in params:
            if any(k in params for k in DATASET_PARAMS):
                raise EndpointError(400, "missing the query parameter")
            return None
        return _from_params(params, "query", params)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await _body(request)
    if content_type == "application/x-www-form-urlencoded":
        try:
            form = parse_qs(body.decode("utf-8"), keep_blank_values=True)
        except UnicodeDecodeError as e:
            raise EndpointError(400, "the form is not UTF-8") from e
        kinds = [k for k in ("query", "update") if k in form]
        if len(kinds) != 1:
            raise EndpointError(400, "a POSTed form needs exactly one of the parameters query and update")
        return _from_params(form, kinds[0], {**params, **form})
    if content_type in ("application/sparql-query", "application/sparql-update"):
        kind = "query" if content_type == "application/sparql-query" else "update"
        _no_dataset(params)
        return SparqlRequest(kind, _utf8(body), _formats(params))
    raise EndpointError(
        415,
        f"unsupported Content-Type {content_type or '(none)'!r}; send application/sparql-query, "
        "application/sparql-update or application/x-www-form-urlencoded",
    )


def _from_params(params: dict[str, list[str]], kind: str, all_params: dict[str, list[str]]) -> SparqlRequest:
    values = params[kind]
    if len(values) != 1:
        raise EndpointError(400, f"give the {kind} parameter exactly once")
    _no_dataset(all_params)
    return SparqlRequest(kind, values[0], _formats(all_params))


def _no_dataset(params: dict[str, list[str]]) -> None:
    given = [k for k in DATASET_PARAMS if k in params]
    if given:
        raise EndpointError(
            400,
            f"{', '.join(given)} is not supported: the default graph is the union of all documents; "
            "use FROM / FROM NAMED (or GRAPH) in the query instead",
        )


def _formats(params: dict[str, list[str]]) -> tuple[str, ...]:
    return tuple(v for key in FORMAT_PARAMS for v in params.get(key, []))


async def _body(request: Request) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise EndpointError(413, f"the request body is larger than {MAX_BODY:,} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise EndpointError(413, f"the request body is larger than {MAX_BODY:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise EndpointError(400, "the request body is not UTF-8") from e
