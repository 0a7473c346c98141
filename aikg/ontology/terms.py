"""The ``aikg:`` terms the code names, as a closed namespace: a typo fails loudly.

``Aikg.status`` is the IRI ``https://w3id.org/aikg/ontology#status`` (a ``str``); a term not
listed here is an AttributeError (``Aikg.staus``) or, looked up by name, a KeyError
(``Aikg["Rumoured"]``), never a made-up IRI. tests/test_terms.py checks that every term here is
declared in ``aikg.ttl`` and that no module builds ``aikg:`` IRIs from string literals.

rdflib's ``DefinedNamespace`` with ``_fail = True`` is the pattern; this is the same idea in a
few lines of plain Python, because importing rdflib costs ``aikg lookup`` about 60 ms of start-up.
Predicates and entity classes are not listed: they are data, read from ``aikg.ttl`` by
:mod:`aikg.ontology.vocab`.

>>> Aikg.status
'https://w3id.org/aikg/ontology#status'
>>> Aikg["Reported"] == Aikg.Reported
True
>>> Aikg.staus  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
AttributeError: aikg:staus is not a term of the aikg ontology (declare it in ...)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar

from aikg.ontology.namespaces import AIKG


class _Closed(type):
    """Fills each annotated name with its IRI; refuses every other name."""

    def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, Any]) -> _Closed:
        cls = super().__new__(mcs, name, bases, namespace)
        terms = [t for t in namespace.get("__annotations__", {}) if not t.startswith("_")]
        for term in terms:
            setattr(cls, term, cls._base + term)
        cls._terms = tuple(terms)
        return cls

    if not TYPE_CHECKING:  # hidden from mypy, which then flags a typo before it runs

        def __getattr__(cls, name: str) -> str:
            # Only called for names the class lacks: dunder lookups (copy, pickle) stay ordinary.
            if name.startswith("__"):
                raise AttributeError(name)
            raise AttributeError(
                f"aikg:{name} is not a term of the aikg ontology "
                "(declare it in aikg/ontology/aikg.ttl and in aikg.ontology.terms.Aikg)"
            )

    def __getitem__(cls, name: str) -> str:
        if name not in cls._terms:
            raise KeyError(f"aikg:{name} is not a term of the aikg ontology")
        return str(getattr(cls, name))

    def __iter__(cls) -> Iterator[str]:
        return iter(cls._base + t for t in cls._terms)

    def __contains__(cls, iri: object) -> bool:
        return isinstance(iri, str) and iri.startswith(cls._base) and iri[len(cls._base) :] in cls._terms

    _base: str
    _terms: tuple[str, ...]


class Aikg(metaclass=_Closed):
    """The aikg ontology's terms that code writes or reads by name (full IRIs, as ``str``)."""

    _base: ClassVar[str] = AIKG

    # classes
    Entity: str
    Statement: str
    Evidence: str
    Document: str
    Status: str
    RelationProperty: str

    # statuses
    Asserted: str
    Reported: str
    Alleged: str
    Speculative: str
    Negated: str

    # a statement's data
    status: str
    confidence: str
    amount: str
    currency: str
    period: str
    share: str
    pointInTime: str
    reportedBy: str

    # evidence
    document: str
    quote: str
    start: str
    end: str

    # documents and entities
    fileName: str
    sourcePath: str
    curated: str

    # the ontology about itself
    dependsOn: str
    direct: str
    canonical: str
    contentHash: str
