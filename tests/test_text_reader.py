"""Reading .txt/.md articles: text kept exactly, title and published date, clear errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from aikg.errors import InputError
from aikg.loaders.text import parse_date, read_article
from aikg.ontology.models import content_id


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))
    return path


def test_text_is_kept_exactly_and_identified_by_content(tmp_path: Path) -> None:
    text = "Acme buys Zenith\r\n\r\nAcme agreed to buy Zenith on Monday.  Extra  spaces stay.\n"
    doc = read_article(write(tmp_path, "a.txt", text))
    assert doc.text == text
    assert doc.id == content_id(text)
    assert doc.path == str(tmp_path / "a.txt")


@pytest.mark.parametrize(
    ("content", "title"),
    [
        ("Acme buys Zenith\n\nAcme agreed to buy Zenith.", "Acme buys Zenith"),
        (
            "---\ntitle: From the front matter\ndate: 2025-01-02\n---\n# Heading\n\nBody.",
            "From the front matter",
        ),
        ("Intro line that ends with a period.\n\n# The real headline\n\nBody.", "The real headline"),
        ("A first line that is a whole sentence and ends with a full stop.\nMore.", None),
        ("x" * 250 + "\n\nBody.", None),
        ("date 2024-07-31 \n\nAcme bought Zenith.", None),
    ],
    ids=[
        "first-line",
        "front-matter",
        "markdown-heading",
        "sentence-not-title",
        "too-long",
        "date-line-skipped",
    ],
)
def test_title(tmp_path: Path, content: str, title: str | None) -> None:
    assert read_article(write(tmp_path, "a.md", content)).title == title


@pytest.mark.parametrize(
    ("content", "published"),
    [
        (" date 2024-07-31 Follow us for updates >\n\nBody.", date(2024, 7, 31)),
        ("Published 2024-11-22\n\nBody.", date(2024, 11, 22)),
        ("Published: November 22, 2024\n\nBody.", date(2024, 11, 22)),
        ("Updated: Jan. 5, 2025 | Published: 3 January 2025\n\nBody.", date(2025, 1, 3)),
        ("Updated 2025-02-01\n\nBody.", date(2025, 2, 1)),
        ("---\ndate: 2023-12-24\n---\nBody.", date(2023, 12, 24)),
        ("Published: February 30, 2024\n\nBody.", None),
        ("No date here.", None),
    ],
    ids=[
        "date-prefix",
        "published-iso",
        "published-long",
        "published-over-updated",
        "updated-only",
        "front-matter",
        "impossible-date",
        "none",
    ],
)
def test_published_date(tmp_path: Path, content: str, published: date | None) -> None:
    assert read_article(write(tmp_path, "a.txt", content)).published == published


def test_parse_date_forms() -> None:
    assert parse_date("2024-07-31") == date(2024, 7, 31)
    assert parse_date("Sept 3rd, 2024") == date(2024, 9, 3)
    assert parse_date("3 Sep 2024") == date(2024, 9, 3)
    assert parse_date("sometime soon") is None


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"\xff\xfe\xfa not utf-8", "byte-order mark but is not valid utf-16"),
        (b"PK\x03\x04\x00\x00binary", "binary"),
        (b"", "empty"),
        (b"  \n\t\n ", "only whitespace"),
    ],
    ids=["undecodable", "binary", "empty", "whitespace-only"],
)
def test_unreadable_files_are_input_errors_naming_the_file(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    path = write(tmp_path, "bad.txt", content)
    with pytest.raises(InputError) as info:
        read_article(path)
    assert info.value.path == str(path)
    assert problem in str(info.value)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "missing.txt")


def test_seed_articles_metadata(seeds: Path) -> None:
    ambitions = read_article(seeds / "tiktok-ai-ambitions.txt")
    pays = read_article(seeds / "tiktok-pays-microsoft.txt")
    assert ambitions.title is not None and ambitions.title.endswith("Dominance?")
    assert ambitions.published is None
    assert pays.published == date(2024, 7, 31)
    assert pays.title is None


def test_title_and_date_lines_are_metadata_not_sentences(tmp_path: Path) -> None:
    from aikg.extract.sentences import document_sentences

    path = write(
        tmp_path,
        "grok.md",
        "# Grok arrives on Azure as xAI looks for customers beyond X\ndate 2025-05-20\n\n"
        "Microsoft will host Grok on its Azure cloud.\n",
    )
    doc = read_article(path)
    assert doc.text[doc.body_start :] == "Microsoft will host Grok on its Azure cloud.\n"
    assert [s.text for s in document_sentences(doc)] == ["Microsoft will host Grok on its Azure cloud."]
    plain = read_article(
        write(tmp_path, "m.txt", "Mistral on Azure\nPublished 2024-02-27\nMicrosoft hosts Mistral.\n")
    )
    assert [s.text for s in document_sentences(plain)] == ["Microsoft hosts Mistral."]


def test_a_note_of_one_line_is_its_own_body(tmp_path: Path) -> None:
    doc = read_article(write(tmp_path, "note.txt", "Amazon invested $4 billion in Anthropic\n"))
    assert doc.body_start == 0


@pytest.mark.parametrize(
    ("front", "iso", "precision"),
    [
        ("2024", "2024", "year"),
        ("2024-07", "2024-07", "month"),
        ("2024-07-31T12:00:00Z", "2024-07-31", "day"),
    ],
    ids=["year", "month", "datetime"],
)
def test_front_matter_dates_keep_their_precision(
    tmp_path: Path, front: str, iso: str, precision: str
) -> None:
    doc = read_article(write(tmp_path, "a.md", f"---\ndate: '{front}'\n---\nAcme buys Zenith.\n"))
    assert (str(doc.published_date), doc.published_precision) == (iso, precision)
