"""The shortcuts taken for extraction speed give the answers the long way gives."""

from __future__ import annotations

import random

import pytest
from spacy.tokens import Span
from spacy.util import filter_spans

from aikg.extract.hedging import assess
from aikg.extract.mentions import _longest_first, registry_matcher
from aikg.extract.qualifiers import FRACTIONS, find_date, find_money, find_shares
from aikg.extract.rules.sentence_view import Clause
from aikg.extract.sentences import pipeline, split_sentences
from aikg.ontology.models import Entity, Status
from aikg.ontology.registry import NameIndex
from aikg.ontology.vocab import vocabulary


def test_longest_first_matches_spacy_filter_spans() -> None:
    """Overlapping registry matches resolve exactly as spaCy's ``filter_spans`` resolves them,
    ties (same length, same start, another entity) included."""
    doc = pipeline().make_doc(" ".join(["word"] * 40))
    rng = random.Random(3)
    for _ in range(300):
        matches = []
        for key in range(1, rng.randrange(1, 14)):
            start = rng.randrange(0, 38)
            matches.append((start, start + rng.randrange(1, 3), key))
        spans = filter_spans([Span(doc, a, b, label=key) for a, b, key in matches])
        got = _longest_first([(a, b, key, False) for a, b, key in matches])
        assert [m[:3] for m in got] == [(s.start, s.end, s.label) for s in spans]


def test_registry_matcher_rebuilds_when_an_entity_is_replaced() -> None:
    names = NameIndex([Entity(id="acme", label="Acme", type="Company")])
    first = registry_matcher(names)
    names.add(Entity(id="acme", label="Acme", type="Company", aliases=("Acme Labs",)))
    assert names.revision == 2
    assert registry_matcher(names) is not first


def test_every_fraction_word_is_seen_by_the_shortcut() -> None:
    """A sentence without digits is only searched for shares if it holds a fraction's key word."""
    for words in FRACTIONS:
        text = f"The deal is {words} of Acme's revenue."
        assert [s.value for s in find_shares(text)] == [round(FRACTIONS[words], 4)], words


@pytest.mark.parametrize(
    "text",
    ["Acme paid Zenith a lot of money.", "Acme bought Zenith in December.", "Acme owns HALF OF Zenith."],
)
def test_sentences_without_digits(text: str) -> None:
    assert find_money(text) == ()
    assert find_date(text) is None
    assert [s.value for s in find_shares(text)] == ([0.5] if "HALF" in text else [])


def test_clause_words_outside_the_sentence_are_empty() -> None:
    first, second = split_sentences("Acme grew. Zenith, a rival, shrank.")
    c = Clause(second, [], [])
    assert [c.w(i) for i in range(second.first - 1, second.last + 1)] == [
        "",
        "zenith",
        ",",
        "a",
        "rival",
        ",",
        "shrank",
        ".",
        "",
    ]
    assert c.w(-5) == "" and first.last == second.first


def test_assessments_of_consecutive_sentences_do_not_mix() -> None:
    """Cues read once per sentence belong to that sentence only."""
    alleged, plain = split_sentences("Acme allegedly copied Zenith. Acme copied Zenith.")
    assert assess(
        alleged, [], (alleged.first, alleged.last), (alleged.first + 2, alleged.first + 3)
    ).status == (Status.ALLEGED)
    assert assess(plain, [], (plain.first, plain.last), (plain.first + 1, plain.first + 2)).status == (
        Status.ASSERTED
    )
    assert assess(
        alleged, [], (alleged.first, alleged.last), (alleged.first + 2, alleged.first + 3)
    ).status == (Status.ALLEGED)


def test_predicate_lookup_by_exact_and_any_case() -> None:
    v = vocabulary()
    assert v.predicate("customerOf") is v.predicate("CUSTOMEROF") is v.predicates["customerOf"]
