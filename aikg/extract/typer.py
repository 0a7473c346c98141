"""Typing name candidates with the learned typer: organisation, product, person, place or
nothing (page furniture, headline words, generic capitalised words)."""

from __future__ import annotations

from collections.abc import Sequence

from aikg.extract.features import hashed, span_features
from aikg.extract.linear import shipped
from aikg.extract.sentences import Sentence


def type_spans(spans: Sequence[tuple[Sentence, int, int]]) -> list[tuple[str, float]]:
    """(kind, probability) for each candidate: tokens ``start:end`` of a sentence's Doc."""
    model = shipped("typer")
    rows = [hashed(span_features(s.tokens, s.first, s.last, a, b)) for s, a, b in spans]
    probabilities = model.probabilities(rows)
    best = probabilities.argmax(axis=1)
    return [(model.classes[k], float(probabilities[i, k])) for i, k in enumerate(best)]
