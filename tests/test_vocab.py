"""The vocabulary is read from the ontology file, not repeated in Python."""

from __future__ import annotations

import pytest

from aikg.errors import UnknownPredicateError
from aikg.ontology.vocab import vocabulary


def test_relation_predicates_come_from_the_ontology() -> None:
    assert vocabulary().relation_names == [
        "acquires",
        "competesWith",
        "customerOf",
        "develops",
        "hostedOn",
        "investsIn",
        "parentOf",
        "partnerOf",
        "subsidiaryOf",
        "supplierOf",
        "usesTechnologyOf",
        "violatesTermsOf",
    ]


@pytest.mark.parametrize(
    ("triple", "canonical"),
    [
        pytest.param(("a", "subsidiaryOf", "b"), ("b", "parentOf", "a"), id="inverse"),
        pytest.param(("a", "supplierOf", "b"), ("b", "customerOf", "a"), id="supplier"),
        pytest.param(("z", "partnerOf", "a"), ("a", "partnerOf", "z"), id="symmetric"),
        pytest.param(("a", "develops", "b"), ("a", "develops", "b"), id="already-canonical"),
    ],
)
def test_canonical_form(triple: tuple[str, str, str], canonical: tuple[str, str, str]) -> None:
    assert vocabulary().canonical(*triple) == canonical


def test_dependency_semantics_follow_the_sub_properties_of_depends_on() -> None:
    edges = {(e.predicate, e.forward) for e in vocabulary().dependency_edges()}
    assert edges == {
        ("customerOf", True),
        ("hostedOn", True),
        ("usesTechnologyOf", True),
        ("parentOf", False),
        ("develops", False),
    }


def test_materialised_triples_include_inverse_and_depends_on() -> None:
    assert vocabulary().materialised("byte", "parentOf", "tik") == [
        ("byte", "parentOf", "tik"),
        ("tik", "subsidiaryOf", "byte"),
        ("tik", "dependsOn", "byte"),
    ]


def test_unknown_predicate_suggests() -> None:
    with pytest.raises(UnknownPredicateError) as info:
        vocabulary().predicate("hostOn")
    assert info.value.suggestions == ["hostedOn"]
    assert vocabulary().predicate(" HostedOn").name == "hostedOn"  # case and spaces are forgiven
