"""Passages in, feature rows out: each annotated name becomes a typing example, and each pair
of names in one sentence a relation example, built with the same tokeniser, features and rule
reader the extractor runs on articles."""

from __future__ import annotations

from dataclasses import dataclass, field

from aikg.extract.features import MAX_BETWEEN, Span, hashed, pair_features, sentence_context, span_features
from aikg.extract.pairs import NONE, class_of
from aikg.extract.runs import runs
from aikg.extract.sentences import Sentence, split_sentences
from aikg.extract.training.corpora import Mention, Passage

PAIR_KINDS = frozenset({"ORG", "PROD"})


@dataclass
class Examples:
    """Feature rows and labels for both models, with where each came from."""

    typer_rows: list[list[int]] = field(default_factory=list)
    typer_labels: list[str] = field(default_factory=list)
    typer_splits: list[str] = field(default_factory=list)
    pair_rows: list[list[int]] = field(default_factory=list)
    pair_labels: list[str] = field(default_factory=list)
    pair_splits: list[str] = field(default_factory=list)
    pair_sources: list[str] = field(default_factory=list)


def token_span(s: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """The tokens of ``s`` that characters ``start:end`` cover, or None outside the sentence."""
    if start < s.start or end > s.end:
        return None
    inside = [
        i
        for i in range(s.first, s.last)
        if s.offsets[i] < end and s.offsets[i] + len(s.tokens.text[i]) > start
    ]
    return (inside[0], inside[-1] + 1) if inside else None


def _located(s: Sentence, mentions: list[Mention]) -> list[tuple[Mention, int, int]]:
    out = []
    for m in mentions:
        span = token_span(s, m.start, m.end)
        if span is not None:
            out.append((m, *span))
    return sorted(out, key=lambda x: x[1])


def add_passage(
    examples: Examples,
    passage: Passage,
    kind_of_core: dict[str, str] | None = None,
    *,
    typing: bool = True,
    pair: bool = True,
) -> None:
    """Add the typing and relation examples of one passage.

    ``kind_of_core`` gives ORG or PROD for names whose data set does not type them (CORE), as
    the typer would, so that no label leaks into the relation features through a type.
    """
    sentences = split_sentences(passage.text)
    for s in sentences:
        located = _located(s, passage.mentions)
        if pair:
            _add_pairs(examples, passage, s, located, kind_of_core or {})
        if typing:
            _add_names(examples, passage, s, located)


def _add_names(
    examples: Examples, passage: Passage, s: Sentence, located: list[tuple[Mention, int, int]]
) -> None:
    """Typing examples: the annotated names, and (where every name is annotated) the other
    capitalised runs as OTHER."""
    for m, a, b in located:
        if (m.kind is not None and s.tokens.text[a][:1].isupper()) or m.kind in ("PER", "LOC"):
            examples.typer_rows.append(hashed(span_features(s.tokens, s.first, s.last, a, b)))
            examples.typer_labels.append(m.kind or "ORG")
            examples.typer_splits.append(passage.split)
    if passage.exhaustive:
        taken = {i for _, a, b in located for i in range(a, b)}
        for run in runs(s, taken):
            examples.typer_rows.append(hashed(span_features(s.tokens, s.first, s.last, run.start, run.end)))
            examples.typer_labels.append("OTHER")
            examples.typer_splits.append(passage.split)


def _add_pairs(
    examples: Examples,
    passage: Passage,
    s: Sentence,
    located: list[tuple[Mention, int, int]],
    kind_of_core: dict[str, str],
) -> None:
    """Relation examples: every pair of organisation or product names in the sentence whose
    relation (or its absence) the data set states."""
    kinds = [
        m.kind if passage.source != "core" else kind_of_core.get(f"{passage.id}:{m.start}", "ORG")
        for m, _, _ in located
    ]
    usable = [i for i, k in enumerate(kinds) if k in PAIR_KINDS]
    if len(usable) < 2:
        return
    spans = [Span(a, b, kinds[k] or "OTHER") for k, (_, a, b) in enumerate(located)]
    context = sentence_context(s.tokens, s.first, s.last, spans)
    for x, i in enumerate(usable):
        for j in usable[x + 1 :]:
            mi, mj = located[i][0], located[j][0]
            if (
                mi.entity == mj.entity
                or spans[j].start - spans[i].end > MAX_BETWEEN
                or spans[j].start < spans[i].end
            ):
                continue
            label = _label(passage, mi.entity, mj.entity)
            if label is None:
                continue
            others = [sp for k, sp in enumerate(spans) if k not in (i, j)]
            feats = pair_features(s.tokens, s.first, s.last, spans[i], spans[j], others, context)
            examples.pair_rows.append(hashed(feats))
            examples.pair_labels.append(label)
            examples.pair_splits.append(passage.split)
            examples.pair_sources.append(passage.source)


def _label(passage: Passage, left: str, right: str) -> str | None:
    """The class of the pair (``left`` first in the text), or None if the data does not say."""
    if (left, right) in passage.relations:
        return class_of(passage.relations[(left, right)], True)
    if (right, left) in passage.relations:
        return class_of(passage.relations[(right, left)], False)
    if passage.exhaustive or frozenset((left, right)) in passage.negatives:
        return NONE
    return None
