"""Typing name candidates with the learned typer: organisation, product, person, place or
nothing (page furniture, headline words, generic capitalised words)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from aikg.extract.features import hashed, span_features
from aikg.extract.linear import shipped
from aikg.extract.sentences import Sentence


def type_spans(spans: Sequence[tuple[Sentence, int, int]]) -> list[tuple[str, float]]:
    """(kind, probability) for each candidate: tokens ``start:end`` of a sentence's Doc."""
    model = shipped("typer")
    rows = [hashed(span_features(s.tokens, s.first, s.last, a, b)) for s, a, b in spans]
    probabilities = model.probabilities(rows)
    best = probabilities.argmax(axis=1)
    # Each row's best probability read out at once, not as one numpy scalar per candidate.
    top = probabilities[np.arange(len(rows)), best].tolist()
    return [(model.classes[k], p) for k, p in zip(best.tolist(), top, strict=True)]
