"""Articles saved from news pages with everything around them (menus, breadcrumbs, bylines,
credits, link lists, promos, author bios): the article's relations are found, and nothing
around it becomes an organisation or a claim. Pages and gold in ``tests/data/scraped``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from aikg.extract.furniture import page_furniture
from aikg.extract.mentions import find_mentions
from aikg.extract.name_kinds import ORG_TYPES
from aikg.extract.pipeline import extract
from aikg.extract.rules.relations import argument_slots, find_triggers
from aikg.extract.sentences import document_sentences
from aikg.loaders.text import read_article
from aikg.ontology.models import Document, Extraction
from aikg.ontology.registry import NameIndex, default_registry, normalise

DATA = Path(__file__).parent / "data"
GOLD: dict[str, dict[str, Any]] = yaml.safe_load((DATA / "scraped.gold.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def names() -> NameIndex:
    return default_registry()


def _page(name: str, names: NameIndex) -> tuple[Document, Extraction]:
    document = read_article(DATA / "scraped" / name)
    return document, extract(document, names)


def _discovered_organisations(document: Document, names: NameIndex) -> dict[str, str]:
    """Normalised label -> type of every organisation discovered anywhere on the page."""
    sentences = document_sentences(document)
    triggers = find_triggers(sentences)
    found = find_mentions(
        sentences, names, argument_slots(sentences, triggers), furniture=page_furniture(sentences, triggers)
    )
    return {normalise(e.label): e.type for e in found.discovered.values() if e.type in ORG_TYPES}


@pytest.mark.parametrize("name", sorted(GOLD))
def test_main_relations_are_found(name: str, names: NameIndex) -> None:
    _, extraction = _page(name, names)
    found = {f"{c.subject} {c.predicate} {c.object}" for c in extraction.claims}
    for expected in GOLD[name]["relations"]:
        options = expected["any"] if isinstance(expected, dict) else [expected]
        assert found & set(options), (options, sorted(found))


@pytest.mark.parametrize("name", sorted(GOLD))
def test_no_claim_comes_from_page_furniture(name: str, names: NameIndex) -> None:
    document, extraction = _page(name, names)
    first, last = GOLD[name]["body"]
    start = document.text.index(first)
    end = document.text.index(last) + len(last)
    headline = _headline(document.text[:start])  # the article's own headline may state its news
    outside = [
        (c.subject, c.predicate, c.object, e.sentence)
        for c in extraction.claims
        for e in c.evidence
        if (e.start < start or e.end > end) and e.sentence != headline
    ]
    assert not outside, outside


def _headline(page_top: str) -> str | None:
    """The last line above the body in Title Case ("Orvo Launches Quill, An Agent Built On
    GPT-4o"): the article's headline."""
    lines = [line.strip() for line in page_top.splitlines() if not line.startswith("By ")]
    titles = [
        x
        for x in lines
        if len(w := [y for y in x.split() if len(y) > 3 and y[0].isalpha()]) >= 3
        and all(y[0].isupper() for y in w)
    ]
    return titles[-1] if titles else None


@pytest.mark.parametrize("name", sorted(GOLD))
def test_people_places_and_furniture_are_no_organisations(name: str, names: NameIndex) -> None:
    document, extraction = _page(name, names)
    banned = {normalise(x) for x in GOLD[name]["not_organisations"]}
    typed = {normalise(e.label): e.type for e in extraction.entities if e.type in ORG_TYPES}
    assert not banned & typed.keys(), {k: typed[k] for k in banned & typed.keys()}
    discovered = _discovered_organisations(document, names)
    assert not banned & discovered.keys(), {k: discovered[k] for k in banned & discovered.keys()}
    outlets = {normalise(x) for x in GOLD[name].get("outlets", [])}
    wrong = {k: t for k, t in (typed | discovered).items() if k in outlets and t != "NewsOutlet"}
    assert not wrong, wrong


def test_a_caption_closed_by_its_credit_is_furniture(names: NameIndex) -> None:
    """A photo caption whose credit follows on the same line ("Orvo's Quill at work in a call
    centre. Image credit: Orvo") is page furniture, however much it reads like a sentence."""
    text = (
        "Orvo's Quill answers a customer in a call centre. Image credit: Orvo\n\n"
        "Orvo, a software startup, said on Tuesday that Quill now runs on Google Cloud."
    )
    sentences = document_sentences(Document(id="caption", path="caption.txt", text=text))
    furniture = page_furniture(sentences, find_triggers(sentences))
    assert [s.text for s in sentences if s.index in furniture] == [
        "Orvo's Quill answers a customer in a call centre.",
        "Image credit: Orvo",
    ]


def test_headlines_under_a_list_title_ending_in_a_colon_are_furniture(names: NameIndex) -> None:
    """A link list whose title is a line of its own ending in a colon ("Read next:") lists other
    stories: their headlines state nothing the page says."""
    text = (
        "Orvo said on Tuesday that Quill now runs on Google Cloud.\n\n"
        "Read next:\n"
        "- Brisklet to buy Tessary in $90m deal\n"
        "- Why Nvidia's H100 shortage hurts small clouds\n"
    )
    document = Document(id="read-next", path="read-next.txt", text=text)
    sentences = document_sentences(document)
    furniture = page_furniture(sentences, find_triggers(sentences))
    assert [s.text for s in sentences if s.index not in furniture] == [
        "Orvo said on Tuesday that Quill now runs on Google Cloud."
    ]
    claims = {(c.subject, c.predicate) for c in extract(document, names).claims}
    assert ("brisklet", "acquires") not in claims and ("nvidia", "develops") not in claims


def test_arrowed_headlines_under_a_list_title_are_furniture_each(names: NameIndex) -> None:
    """Links set off by "›" are list items, one headline each, and a headline in such a list
    may read like prose ("Nebius signs capacity deal with Microsoft"): all of them are furniture,
    up to the first line that ends as a sentence does."""
    text = (
        "Orvo said on Tuesday that Quill now runs on Google Cloud.\n\n"
        "Related articles\n"
        "› Purina and Microsoft extend AI partnership to packaging lines\n"
        "› Nebius signs multi-year capacity deal with Microsoft\n"
        "› Insect protein: hype or the future of kibble?\n\n"
        "Orvo plans to open a Chicago office next year.\n"
    )
    document = Document(id="related", path="related.txt", text=text)
    sentences = document_sentences(document)
    furniture = page_furniture(sentences, find_triggers(sentences))
    assert [s.text for s in sentences if s.index not in furniture] == [
        "Orvo said on Tuesday that Quill now runs on Google Cloud.",
        "Orvo plans to open a Chicago office next year.",
    ]
    claims = {(c.subject, c.object) for c in extract(document, names).claims}
    assert not {s for s, _ in claims} & {"nebius", "purina"}
