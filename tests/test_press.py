"""Who writes the news and whom it cites: a reporter keeping a beat for an outlet, a press job,
a photo credit, and a surname cited with "according to" that the text then uses as a person's.
None of them is a party to the news."""

from __future__ import annotations

import pytest

from aikg.extract.mentions import find_mentions
from aikg.extract.pipeline import extract
from aikg.extract.rules.relations import argument_slots, find_triggers
from aikg.extract.sentences import split_sentences
from aikg.ontology.models import Document, Extraction, content_id
from aikg.ontology.registry import NameIndex, default_registry


@pytest.fixture(scope="module")
def names() -> NameIndex:
    return default_registry()


def discovered(text: str, names: NameIndex) -> dict[str, str]:
    """Label -> type of every name discovered in ``text``."""
    sentences = split_sentences(text)
    found = find_mentions(sentences, names, argument_slots(sentences, find_triggers(sentences)))
    return {e.label: e.type for e in found.discovered.values()}


def run(text: str, names: NameIndex) -> Extraction:
    return extract(Document(id=content_id(text), path="t.txt", text=text), names)


@pytest.mark.parametrize(
    ("text", "reporter", "outlet"),
    [
        ("Rafe Dunmore covers chips for Techwire.", "Rafe Dunmore", "Techwire"),
        ("Ilse Marek writes about cloud computing for Orvo Weekly.", "Ilse Marek", "Orvo Weekly"),
        (
            "Pell Arkwright reports on AI startups and robotics for The Compute Letter.",
            "Pell Arkwright",
            "Compute Letter",
        ),
        (
            "Rafe Dunmore, who previously covered chips at Techwire, joined Brisklet.",
            "Rafe Dunmore",
            "Techwire",
        ),
        (
            "Quint Halloway has covered semiconductors for Chipwatch since 2019.",
            "Quint Halloway",
            "Chipwatch",
        ),
    ],
    ids=["covers", "writes-about", "reports-on", "who-covered", "has-covered"],
)
def test_a_beat_makes_a_reporter_and_an_outlet(
    names: NameIndex, text: str, reporter: str, outlet: str
) -> None:
    found = discovered(text, names)
    assert reporter not in found, found  # a person: never discovered as an organisation
    assert found.get(outlet) == "NewsOutlet", found
    extraction = run(text, names)
    parties = {x for c in extraction.claims for x in (c.subject, c.object)}
    assert not parties & {"rafe-dunmore", "techwire", "orvo-weekly", "chipwatch", "ilse-marek"}, (
        extraction.claims
    )


@pytest.mark.parametrize(
    "text",
    [
        "Tessa Moor is a senior reporter at Techwire covering AI startups.",
        "Tessa Moor, a contributing writer for Techwire, lives in Oslo.",
        "Brisklet shipped its first hand in May. (Photo by Tessa Moor for Techwire)",
    ],
    ids=["reporter-at", "writer-for", "photo-by-for"],
)
def test_a_press_job_or_credit_names_an_outlet(names: NameIndex, text: str) -> None:
    found = discovered(text, names)
    assert found.get("Techwire") == "NewsOutlet", found
    assert "Tessa Moor" not in found, found


def test_a_company_that_covers_a_cost_is_no_reporter(names: NameIndex) -> None:
    """ "covers the cost ... for X" after a company's name is not a beat."""
    found = discovered("Brisklet Labs covers the cost of compute for Tessary.", names)
    assert found.get("Tessary") == "Company", found


@pytest.mark.parametrize(
    "text",
    [
        "According to Varga, Brisklet Labs will acquire Corvane. Varga said the deal would close in May.",
        "According to Varga, Brisklet Labs will acquire Corvane. She said the deal would close in May.",
        "According to Varga, Brisklet Labs will acquire Corvane, she added.",
        "Brisklet Labs will acquire Corvane, according to Varga. He expects the deal to close in May.",
        "According to Varga, Brisklet Labs will acquire Corvane. No one will object, Varga told reporters.",
    ],
    ids=["said-later", "she-said", "she-added", "he-opens-next", "told-later"],
)
def test_a_cited_surname_used_as_a_person_is_no_outlet(names: NameIndex, text: str) -> None:
    assert "Varga" not in discovered(text, names)
    extraction = run(text, names)
    assert "brisklet-labs acquires corvane" in {
        f"{c.subject} {c.predicate} {c.object}" for c in extraction.claims
    }
    assert all(c.reported_by is None for c in extraction.claims), extraction.claims


@pytest.mark.parametrize(
    "text",
    [
        "According to Varga, Brisklet Labs will acquire Corvane.",
        "According to Varga, Brisklet Labs will acquire Corvane. Varga said it expected no objections.",
        "According to Varga, Brisklet's chief executive will step down. She said the board agreed.",
    ],
    ids=["alone", "said-it", "someone-else-named"],
)
def test_a_cited_word_with_no_person_use_stays_a_source(names: NameIndex, text: str) -> None:
    """Alone, a word after "according to" is an outlet's name ("According to Techwire"); a
    "she" that may stand for someone else the sentence names proves nothing."""
    assert discovered(text, names).get("Varga") == "NewsOutlet"
