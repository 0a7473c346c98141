"""Content negotiation: which serialization a SPARQL client gets for a query form.

The Accept header decides (RFC 9110 quality values, the most specific matching range wins);
a ``format`` parameter (``json``, ``xml``, ``csv``, ``tsv``, ``turtle``, ``nt``, ``jsonld``,
``rdfxml`` or a media type, as Virtuoso and SPARQLWrapper send it) is the fallback when the
Accept header is missing or names nothing more specific than a wildcard.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

FORMAT_PARAMS = ("format", "output", "results")


@dataclass(frozen=True)
class Format:
    """A serialization: its media type, other media types that mean it, and short names."""

    key: str
    media_type: str
    aliases: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    @property
    def media_types(self) -> tuple[str, ...]:
        """The format's media type first, then the aliases a client may ask for it by."""
        return (self.media_type, *self.aliases)


# Solutions (SELECT) and booleans (ASK), in the server's order of preference.
RESULT_FORMATS = (
    Format(
        "json",
        "application/sparql-results+json",
        ("application/json", "text/javascript", "application/javascript"),
        ("json", "srj"),
    ),
    Format("xml", "application/sparql-results+xml", ("application/xml", "text/xml"), ("xml", "srx")),
    Format("csv", "text/csv", (), ("csv",)),
    Format("tsv", "text/tab-separated-values", (), ("tsv",)),
)

# Graphs (CONSTRUCT, DESCRIBE, the service description).
GRAPH_FORMATS = (
    Format(
        "turtle",
        "text/turtle",
        ("application/turtle", "application/x-turtle", "text/n3", "text/rdf+n3", "application/n3"),
        ("turtle", "ttl", "n3"),
    ),
    Format("ntriples", "application/n-triples", (), ("nt", "ntriples", "n-triples")),
    Format("jsonld", "application/ld+json", ("application/x-json+ld",), ("jsonld", "json-ld", "json")),
    Format(
        "rdfxml", "application/rdf+xml", ("application/xml", "text/xml"), ("rdfxml", "rdf+xml", "xml", "rdf")
    ),
)


@dataclass(frozen=True)
class _Range:
    type: str
    subtype: str
    q: float
    position: int

    def matches(self, media_type: str) -> int:
        """How specifically this range matches ``media_type``: 2 exact, 1 type/*, 0 */*, -1 no."""
        mtype, _, msub = media_type.partition("/")
        if self.type == mtype and self.subtype == msub:
            return 2
        if self.type == mtype and self.subtype == "*":
            return 1
        if self.type == "*" and self.subtype == "*":
            return 0
        return -1


def _ranges(accept: str) -> list[_Range]:
    out = []
    for position, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        mtype, sep, msub = media.lower().partition("/")
        if not sep or not mtype or not msub:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        out.append(_Range(mtype, msub, q, position))
    return out


def _by_accept(accept: str, offered: Sequence[Format]) -> tuple[Format | None, bool]:
    """The best offered format for ``accept`` and whether an explicit (non-wildcard) range chose it."""
    ranges = _ranges(accept)
    best: tuple[float, int, int, int] | None = None
    chosen: Format | None = None
    explicit = False
    for rank, fmt in enumerate(offered):
        for media_type in fmt.media_types:
            matching = [(r.matches(media_type), r) for r in ranges if r.matches(media_type) >= 0]
            if not matching:
                continue
            specificity, r = max(matching, key=lambda m: (m[0], -m[1].position))
            if r.q <= 0:
                continue
            score = (r.q, int(specificity == 2), -r.position, -rank)
            if best is None or score > best:
                best, chosen, explicit = score, fmt, specificity == 2
    return chosen, explicit


def _by_name(values: Sequence[str], offered: Sequence[Format]) -> Format | None:
    for value in values:
        for token in value.split(","):
            token = token.strip().lower()
            for fmt in offered:
                if token in fmt.names or token in fmt.media_types:
                    return fmt
    return None


def negotiate(accept: str | None, format_values: Sequence[str], offered: Sequence[Format]) -> Format | None:
    """The format to answer in, or None when the client accepts none of ``offered``.

    >>> negotiate("text/csv", [], RESULT_FORMATS).key
    'csv'
    >>> negotiate("*/*", ["tsv"], RESULT_FORMATS).key
    'tsv'
    >>> negotiate(None, [], GRAPH_FORMATS).key
    'turtle'
    """
    accept = (accept or "").strip()
    if accept:
        chosen, explicit = _by_accept(accept, offered)
        if explicit:
            return chosen
        named = _by_name(format_values, offered)
        return named or chosen
    return _by_name(format_values, offered) or offered[0]


def accepted_list(offered: Sequence[Format]) -> str:
    """The media types of ``offered``, for a 406 response's message."""
    return ", ".join(f.media_type for f in offered)
