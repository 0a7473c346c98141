"""Terms a document defines for an organisation ("the Applicant", "the Borrower") mean it."""

from __future__ import annotations

from aikg.extract.defined_terms import defined_terms
from aikg.extract.mentions import find_mentions
from aikg.extract.pipeline import extract
from aikg.extract.sentences import split_sentences
from aikg.ontology.models import Document, Entity, content_id
from aikg.ontology.registry import NameIndex

NAMES = NameIndex(
    [
        Entity(id="acme", label="Acme Holdings", type="Company"),
        Entity(id="zenith", label="Zenith", type="Company"),
        Entity(id="orbit", label="Orbit", type="Company"),
    ]
)


def claims(text: str) -> set[tuple[str, str, str, str]]:
    doc = Document(id=content_id(text), path="t.txt", text=text)
    return {(c.subject, c.predicate, c.object, c.status.value) for c in extract(doc, NAMES).claims}


def test_a_term_defined_in_quotes_after_a_name_means_that_organisation() -> None:
    text = (
        'The facility (the "Project") is proposed by Acme Holdings ("Acme" or "the Applicant"). '
        "The Applicant buys its scanners from Zenith."
    )
    assert ("acme", "customerOf", "zenith", "asserted") in claims(text)


def test_each_party_keeps_its_own_term() -> None:
    text = (
        'Acme Holdings (the "Borrower") and Zenith (the "Lender") signed a facility. '
        "The Borrower also buys chips from Orbit."
    )
    found = claims(text)
    assert ("acme", "customerOf", "orbit", "asserted") in found
    assert not any(s == "zenith" and o == "orbit" for s, _, o, _ in found)


def test_a_term_two_organisations_claim_means_neither() -> None:
    text = 'Acme Holdings (the "Party") and Zenith (the "Party") signed. The Party buys chips from Orbit.'
    sentences = split_sentences(text)
    mentions = find_mentions(sentences, NAMES)
    assert defined_terms(sentences, mentions.of) == {}


def test_a_prospective_customer_is_no_customer_yet() -> None:
    text = "Acme Holdings's funding application lists Zenith and Orbit as prospective additional customers."
    assert ("zenith", "customerOf", "acme", "speculative") in claims(text)
