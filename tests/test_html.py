"""Saved web pages: the article's own text and metadata, never its scripts, menus or footers.

The pages under tests/data/html are hand-written to look like scraped news pages: inline scripts
and styles, navigation, a cookie banner, related links, a comments section, a newsletter box and
a footer, each holding sentences the extractor would turn into (false) relations.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from helpers import DATA

from aikg.cli import cli
from aikg.errors import InputError
from aikg.loaders.html import read_html
from aikg.ontology.models import content_id

HTML = DATA / "html"
AMAZON = HTML / "amazon-anthropic.html"
MISTRAL = HTML / "microsoft-mistral.html"

# Text that sits outside the article on the test pages: none of it may reach a document.
BOILERPLATE = [
    "Oracle acquires Nvidia",  # script
    "Google invests in Mistral",  # script
    "dataLayer",
    "Apple acquires Meta",  # style
    "font-family",
    "cookies",  # cookie banner
    "Manage preferences",
    "Microsoft acquires Anthropic",  # navigation
    "Subscribe",
    "Related stories",  # aside
    "Intel supplies chips",
    "Google acquires OpenAI",  # comments
    "Nvidia invests in Apple",
    "All rights reserved",  # footer
    "IBM is a customer",
    "Tesla acquires xAI",  # trailing script
    "Amazon acquires Nvidia",  # second page: script
    "Sign in",
    "Share on",
    "Google acquires Mistral",  # HTML comment
    "newsletter",
    "Nvidia supplies chips",  # comments
    "Contact",
]
# Entities named only in the boilerplate: a relation touching one came from outside the article.
BOILERPLATE_ENTITIES = {
    "oracle",
    "nvidia",
    "google",
    "apple",
    "meta",
    "ibm",
    "tesla",
    "intel",
    "samsung",
    "xai",
}


def test_an_article_page_gives_its_text_title_and_date() -> None:
    document = read_html(AMAZON)
    assert (document.title, str(document.published), document.encoding) == (
        "Amazon doubles its Anthropic stake to $8 billion",
        "2024-11-23",  # JSON-LD datePublished, not dateModified and not the footer's year
        None,
    )
    lines = document.text.splitlines()
    assert lines[0] == "Amazon doubles its Anthropic stake to $8 billion"
    assert lines[1].startswith("Amazon invested another $4 billion in Anthropic on Friday, bringing")
    assert lines[-1] == (
        "Claude is also hosted on Amazon Bedrock, the AWS service that lets corporate customers call "
        "third-party models through one interface."
    )
    assert len(lines) == 5
    assert document.id == content_id(document.text)


def test_meta_tags_give_the_date_when_there_is_no_json_ld() -> None:
    document = read_html(MISTRAL)
    assert (document.title, str(document.published)) == (
        "Microsoft takes a stake in Mistral AI",
        "2024-02-26",
    )
    assert "Microsoft will invest €15 million in Mistral AI" in document.text


@pytest.mark.parametrize("page", [AMAZON, MISTRAL], ids=["article-tag", "div-soup"])
def test_no_boilerplate_reaches_the_document_text(page: Path) -> None:
    text = read_html(page).text
    assert [b for b in BOILERPLATE if b.lower() in text.lower()] == []


def test_a_page_without_article_text_is_refused() -> None:
    with pytest.raises(InputError) as e:
        read_html(HTML / "nav-only.html")
    assert str(e.value) == (
        f"{HTML / 'nav-only.html'}: no article text found (the page holds only scripts, navigation "
        "or boilerplate); save the article's own page, or its text as .txt"
    )


def test_a_legacy_encoded_page_is_decoded_and_says_so(tmp_path: Path) -> None:
    page = tmp_path / "page.htm"
    page.write_bytes(
        AMAZON.read_text(encoding="utf-8").replace('<meta charset="utf-8">', "").encode("cp1252")
    )
    document = read_html(page)
    assert document.encoding == "windows-1252"
    assert document.text == read_html(AMAZON).text


def test_reading_a_page_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("read_html tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert read_html(AMAZON).published is not None


def test_relations_come_from_the_article_and_evidence_slices_its_text(tmp_path: Path) -> None:
    store = str(tmp_path / "kg")
    runner = CliRunner()
    result = runner.invoke(
        cli, ["--store", store, "ingest", str(AMAZON), str(MISTRAL)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["--store", store, "relations", "--json"], catch_exceptions=False)
    relations = json.loads(result.output)
    found = {(r["subject"]["id"], r["predicate"], r["object"]["id"]) for r in relations}
    assert {
        ("amazon", "investsIn", "anthropic"),
        ("claude", "hostedOn", "amazon-bedrock"),  # "hosted on Amazon Bedrock"
        ("microsoft", "investsIn", "mistral-ai"),
        ("mistral-ai", "customerOf", "azure"),
    } <= found
    assert {e for triple in found for e in (triple[0], triple[2])} & BOILERPLATE_ENTITIES == set()
    texts = {p.name: read_html(p).text for p in (AMAZON, MISTRAL)}
    meta = {AMAZON.name: "2024-11-23", MISTRAL.name: "2024-02-26"}
    for r in relations:
        for e in r["evidence"]:
            assert texts[e["document"]][e["start"] : e["end"]] == e["sentence"]
            assert e["date"] == meta[e["document"]]
            assert [b for b in BOILERPLATE if b.lower() in e["sentence"].lower()] == []


@pytest.mark.parametrize(
    ("method", "args", "options"),
    [
        ("write_graph_view", (), {}),
        ("write_focus_view", ("Acme",), {"focus": "Acme"}),
        ("write_path_view", ("TikTok", "ByteDance"), {"path": ("TikTok", "ByteDance")}),
        ("write_dependents_view", ("ByteDance",), {"dependents": "ByteDance"}),
        ("write_exposure_view", ("ByteDance",), {"exposure": "ByteDance"}),
    ],
    ids=["graph", "focus", "path", "dependents", "exposure"],
)
def test_each_view_has_its_own_method(
    facts_store: Path, tmp_path: Path, method: str, args: tuple[str, ...], options: dict[str, Any]
) -> None:
    from aikg import KnowledgeGraph

    kg = KnowledgeGraph(facts_store, read_only=True)
    own = getattr(kg, method)(tmp_path / "own.html", *args)
    shared = kg.write_view(tmp_path / "shared.html", **options)
    assert own.read_text(encoding="utf-8") == shared.read_text(encoding="utf-8")
