"""Sentence splitting: abbreviations, headings, list items, wrapped lines, exact offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aikg.extract.runs import runs
from aikg.extract.sentences import blocks, document_sentences, pipeline, split_sentences
from aikg.loaders.text import read_article


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zenith, a unit of Acme Ltd., has grown. It hired staff.",
            ["Zenith, a unit of Acme Ltd., has grown.", "It hired staff."],
        ),
        (
            "Sales in the U.S. rose. Acme Corp. and Zenith Inc. gained.",
            ["Sales in the U.S. rose.", "Acme Corp. and Zenith Inc. gained."],
        ),
        (
            "Some chips, e.g. Spark, sold out. Others did not.",
            ["Some chips, e.g. Spark, sold out.", "Others did not."],
        ),
        (
            "The deal closed with Acme Inc. The company said so.",
            ["The deal closed with Acme Inc.", "The company said so."],
        ),
        ('He said "it is done." Then he left!', ['He said "it is done."', "Then he left!"]),
        ("Is it real? Yes.", ["Is it real?", "Yes."]),
        (
            "Character.AI and Amazon.com grew. No. 1 was Acme.",
            ["Character.AI and Amazon.com grew.", "No. 1 was Acme."],
        ),
        ("Dr. J. Smith joined Acme. She left.", ["Dr. J. Smith joined Acme.", "She left."]),
        (
            "Acme bought Redfield Land Co. Until that deal closed, Redfield was Orbit's.",
            ["Acme bought Redfield Land Co.", "Until that deal closed, Redfield was Orbit's."],
        ),
        (
            "Clients include the firm Zenith Wrecking Co. Acme used Helper there. Its Acme Inc. Chief "
            "Executive Jo Roe said so. Helper was made by Orbit Optics Inc. Orbit, a Pittsburgh firm, "
            "trains it.",
            [
                "Clients include the firm Zenith Wrecking Co.",
                "Acme used Helper there.",
                "Its Acme Inc. Chief Executive Jo Roe said so.",
                "Helper was made by Orbit Optics Inc.",
                "Orbit, a Pittsburgh firm, trains it.",
            ],
        ),
        (
            "The chip was developed by Marrowgate Ltd. Marrowgate said it ships in May.",
            ["The chip was developed by Marrowgate Ltd.", "Marrowgate said it ships in May."],
        ),
        (
            "Zenith closed a Series C. Investors included Acme.",
            ["Zenith closed a Series C.", "Investors included Acme."],
        ),
        (
            "Zenith trains its models in Building C. Zenith's parent is Acme.",
            ["Zenith trains its models in Building C.", "Zenith's parent is Acme."],
        ),
        (
            "**Zenith: $40M Series B.** The startup sells robots. **Orbit: $9M seed.** It makes tools.",
            [
                "**Zenith: $40M Series B.**",
                "The startup sells robots.",
                "**Orbit: $9M seed.**",
                "It makes tools.",
            ],
        ),
    ],
    ids=[
        "ltd-comma",
        "us-corp-inc",
        "eg",
        "abbreviation-ends-sentence",
        "closing-quote",
        "question",
        "dotted-names-and-no",
        "initials",
        "abbreviation-before-until",
        "legal-form-before-a-subject",
        "legal-form-before-said",
        "series-letter",
        "building-letter",
        "markdown-bold-lead-in",
    ],
)
def test_abbreviations_and_punctuation(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_full_stop_after_a_name_in_mixed_case_ends_the_sentence() -> None:
    """ "... moved its contracts to TallyQ. It ...": the stop after a capital that ends a name in
    mixed case is no initial's; "Jane Q. Public" keeps hers."""
    sentences = split_sentences("Orvo moved its translation contracts to TallyQ. It cited price.")
    assert [s.text for s in sentences] == [
        "Orvo moved its translation contracts to TallyQ.",
        "It cited price.",
    ]
    first = sentences[0]
    assert first.tokens.text[first.last - 2 : first.last] == ["TallyQ", "."]
    assert texts("Orvo hired Jane Q. Public in May.") == ["Orvo hired Jane Q. Public in May."]


def test_a_full_stop_after_a_slashed_legal_form_ends_the_sentence() -> None:
    """ "... the industrial group Ostrander A/S. Fitting work ...": the "S" of "A/S" is no
    initial, so its stop ends the sentence, and the name keeps its legal form."""
    sentences = split_sentences("Kaldera belongs to the group Ostrander A/S. Fitting work starts in May.")
    assert [s.text for s in sentences] == [
        "Kaldera belongs to the group Ostrander A/S.",
        "Fitting work starts in May.",
    ]
    assert [r.text for r in runs(sentences[0], set())] == ["Kaldera", "Ostrander A/S"]


def test_headings_and_list_items_stand_alone() -> None:
    text = (
        "# Market update\n\nAcme Grows Again\nAcme grew fast.\n"
        "- Zenith bought chips\n- Orbit sold chips.\n1. First point here.\n2) Second point"
    )
    found = split_sentences(text)
    assert [s.text for s in found] == [
        "Market update",
        "Acme Grows Again",
        "Acme grew fast.",
        "Zenith bought chips",
        "Orbit sold chips.",
        "First point here.",
        "Second point",
    ]
    assert [s.heading for s in found] == [True, True, False, True, False, False, True]


def test_wrapped_lines_join_into_one_sentence() -> None:
    text = (
        "Acme, which makes robots for warehouses and factories across Europe, has agreed\n"
        "to buy Zenith.\nA new paragraph starts here."
    )
    found = split_sentences(text)
    assert [s.text for s in found] == [text[: text.index("Zenith.") + 7], "A new paragraph starts here."]
    assert found[0].block == 0 and found[1].block == 1


def test_front_matter_is_not_text(tmp_path: Path) -> None:
    """The reader marks where the body starts; the extractor reads from there."""
    from aikg.loaders.text import read_article

    path = tmp_path / "x.md"
    path.write_text("---\ntitle: T\ndate: 2025-01-01\n---\nAcme grew. Zenith shrank.", encoding="utf-8")
    assert [s.text for s in document_sentences(read_article(path))] == ["Acme grew.", "Zenith shrank."]


def test_blocks_split_on_blank_lines() -> None:
    text = "One line.\n\n\nTwo line.\r\nThree line."
    assert [text[b.start : b.end] for b in blocks(text)] == ["One line.", "Two line.", "Three line."]


def test_pipeline_is_built_once() -> None:
    assert pipeline() is pipeline()


def test_sections_count_headings() -> None:
    found = split_sentences("Intro text.\n\nFirst heading\n\nBody one.\n\nSecond heading\n\nBody.")
    assert [s.section for s in found] == [0, 1, 1, 2, 2]


def test_seed_sentences_slice_their_offsets(seeds: Path) -> None:
    for path in sorted(seeds.glob("*.txt")):
        doc = read_article(path)
        found = document_sentences(doc)
        assert len(found) > 20
        for s in found:
            assert doc.text[s.start : s.end] == s.text
            assert s.text == s.text.strip()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab .,?!\"'’\n\t\r-#1)(Inc.U.S.e.g")), max_size=200))
def test_offsets_always_slice_the_text(text: str) -> None:
    previous_end = -1
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
        assert s.text and s.start >= previous_end
        previous_end = s.end


def test_a_line_opening_with_prose_is_no_heading() -> None:
    found = split_sentences("Acme signed a deal with Zenith on Monday. Photo: Jane Doe for Acme")
    assert [s.heading for s in found] == [False, False]
    assert split_sentences("Acme Inc. Reports Record Revenue")[0].heading


def test_an_emoji_after_the_full_stop_keeps_a_line_prose() -> None:
    """A post's "... led by Zenith. 🚀" is a sentence, not a heading, and it does not run on."""
    found = split_sentences("Orbit closed a $9M round, led by Zenith. 🚀\nSeedcamp joined too ✅")
    assert [s.heading for s in found] == [False, True]


def test_a_scaled_sum_is_one_token() -> None:
    """ "$18M" is one token like "$5bn"; the letter split off would open a name ("M Series")."""
    (s,) = split_sentences("Orbit raised an $18M Series A and a $2.5B loan.")
    words = [s.doc[i].text for i in range(s.first, s.last)]
    assert "18M" in words and "2.5B" in words and "M" not in words


def test_a_furniture_line_does_not_run_on_into_the_next() -> None:
    text = (
        "We use cookies to improve your experience on our site. Accept All Cookies\n"
        "Brisklet raised money from Halyard Ventures."
    )
    assert [s.text for s in split_sentences(text)][-1] == "Brisklet raised money from Halyard Ventures."


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (
            "Brisklet Labs Raises $40M From Sequoia Capital To Build Robot Hands For Warehouses\n"
            "Brisklet Labs, a robotics startup, said on Tuesday that it had raised $40 million.",
            2,
        ),
        (
            "The Oslo startup wants grippers that learn a new object in a few minutes\nBy Jane Doe, Reporter",
            2,
        ),
        (
            "Brisklet's sorting arms at work in a test warehouse near Boston. (Photo: Brisklet Labs)\n"
            "Amazon has agreed to buy Brisklet Labs, a maker of robot arms, for an undisclosed sum.",
            2,
        ),
        (
            "Brisklet Labs, which makes robot hands for warehouses, said it had raised money\n"
            "from Sequoia Capital and Nvidia.",
            1,
        ),
        (
            "Brisklet Labs, which makes robot hands for warehouses, said it had raised money from\n"
            "Sequoia Capital and Nvidia.",
            1,
        ),
        (
            "Orvo Cloud becomes a member of the Halyard Partner Network (3 September 2026)\n"
            "Orvo Cloud opens a second data hall in the north (14 May 2026)",
            2,
        ),
        (
            "Orvo Cloud becomes a member of the Halyard Partner Network (Sept. 3, 2026)\n"
            "Orvo Cloud picks Vantor for a cooling retrofit (Feb. 2, 2026)",
            2,
        ),
    ],
    ids=[
        "title-case-headline",
        "byline",
        "credit-in-brackets",
        "wrapped",
        "wrapped-before-a-name",
        "dated-link-entry",
        "dated-link-entry-us-style",
    ],
)
def test_a_headline_a_byline_or_a_credit_ends_its_line(text: str, lines: int) -> None:
    """A long line without a full stop runs on into the next (hard-wrapped prose) unless it is
    a headline in Title Case, ends with a credit or a date in brackets (an entry of a list of
    links, "Related press releases"), or the next line is a byline."""
    assert len(blocks(text)) == lines


def test_a_wiki_citation_marker_stays_with_its_sentence_and_off_the_name() -> None:
    """ "... rented from Google Cloud.[14] In March ...": the marker ends the first sentence, and
    the name before it is "Google Cloud", not "Cloud.[14"."""
    first, second = split_sentences("Acme rents pods from Google Cloud.[14] In March Acme moved.")
    assert first.text == "Acme rents pods from Google Cloud.[14]"
    assert first.tokens.text[first.first : first.last][-3:] == ["Cloud", ".", "[14]"]
    assert second.text == "In March Acme moved."
