"""The relation features: extraction (``pair_rows``, which shares work between a sentence's
pairs) must give each pair the columns training gave it (``pair_features``), or the shipped
weights read something else than what they were fitted on."""

from __future__ import annotations

from collections import Counter

import pytest

from aikg.extract.features import LONG_BETWEEN, Span, hashed, pair_features, pair_rows, sentence_context
from aikg.extract.sentences import split_sentences

SENTENCES = [
    "Acme, which Zenith acquired in 2021, said Orbit would license Quill from Nimbus.",
    "Quill was built by Acme's team; Zenith Labs, a unit of Orbit, now runs it on Nimbus Cloud.",
    # far apart: past LONG_BETWEEN only the words next to each name are kept
    "Acme said on Tuesday that after months of talks with several of the largest banks it had "
    "agreed to buy Zenith.",
]


@pytest.mark.parametrize("text", SENTENCES, ids=["clauses", "possessive", "long"])
def test_extraction_builds_the_features_training_built(text: str) -> None:
    (s,) = split_sentences(text)
    t = s.tokens
    caps = [i for i in t.capitals if s.first <= i < s.last]
    spans = [Span(i, i + 1, "PROD" if t.text[i] == "Quill" else "ORG") for i in caps]
    pairs = [(a, b) for a in range(len(spans)) for b in range(a + 1, len(spans))]
    rows = pair_rows(t, s.first, s.last, spans, pairs)
    context = sentence_context(t, s.first, s.last, spans)
    assert len(rows) == len(pairs) >= 3
    for (a, b), row in zip(pairs, rows, strict=True):
        others = [sp for k, sp in enumerate(spans) if k not in (a, b)]
        trained = hashed(pair_features(t, s.first, s.last, spans[a], spans[b], others, context))
        assert Counter(row) == Counter(trained), (t.text[spans[a].start], t.text[spans[b].start])
    if text.startswith("Acme said on"):
        assert spans[-1].start - spans[0].end > LONG_BETWEEN
