"""The relation decision: for each close pair of names in a sentence that no rule read, the
learned classifier chooses a predicate and direction, or none, and its answer stands when its
probability reaches the threshold fixed on held-out training data. The rules keep what they
read: on news they are precise, and the model's job is the phrasings no rule knows. All pairs
of a document are scored in one batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from aikg.extract.features import POSSESSIVES, Span, hashed, pair_features, sentence_context
from aikg.extract.linear import LinearModel, shipped
from aikg.extract.mentions import ORG_TYPES, PRODUCT_TYPES, Mention
from aikg.extract.pairs import read_class
from aikg.extract.rules.base import Found
from aikg.extract.sentences import Sentence

LEAD = 3  # words before the first name that still belong to the stated relation
NEAR = 30  # tokens between two names for the model alone to relate them
UNPAIRED_TYPES = frozenset({"NewsOutlet", "Person", "GovernmentBody"})


def kind(type_: str) -> str | None:
    """The classifier's coarse type of an entity type: ORG, PROD, or None (not paired)."""
    if type_ in UNPAIRED_TYPES:
        return None
    if type_ in PRODUCT_TYPES:
        return "PROD"
    return "ORG" if type_ in ORG_TYPES else None


@dataclass(slots=True)
class SentencePairs:
    """One sentence's names, what the rules read there, and the pairs to score."""

    sentence: Sentence
    mentions: Sequence[Mention]
    found: list[Found]
    pairs: list[tuple[int, int]]  # the pairs the model scores


def rule_pairs(found: Iterable[Found], mentions: Sequence[Mention]) -> set[tuple[int, int]]:
    """The pairs (i, j) of ``mentions`` indexes, i before j, between which a rule read a relation
    in this sentence (readings about an earlier sentence's topic have no pair here)."""
    positions: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        positions.setdefault(m.entity.id, []).append(i)
    out: set[tuple[int, int]] = set()
    for f in found:
        if not f.anaphoric:
            for i in positions.get(f.subject.id, ()):
                out.update((min(i, j), max(i, j)) for j in positions.get(f.object.id, ()) if j != i)
    return out


def _pairs(mentions: Sequence[Mention], read: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pairs the model may relate: close enough (``NEAR``), of pairable types, and neither
    name in a relation a rule read (a rule's reading stands: measured on the seeds, the example
    corpus and the project's held-out sentences, letting the model overrule rules cost recall
    and bought no precision, and pairing the rules' names with others cost precision)."""
    ruled = {mentions[k].entity.id for pair in read for k in pair}
    usable = [
        i for i, m in enumerate(mentions) if kind(m.entity.type) is not None and m.entity.id not in ruled
    ]
    out = []
    for x, i in enumerate(usable):
        for j in usable[x + 1 :]:
            a, b = mentions[i], mentions[j]
            if b.start - a.end > NEAR:
                break
            if a.entity.id != b.entity.id and b.start >= a.end:
                out.append((i, j))
    return out


def _found(s: Sentence, a: Mention, b: Mention, predicate: str, left_subject: bool, p: float) -> Found:
    """A relation the model read between ``a`` and ``b`` (in text order)."""
    subject, obj = (a, b) if left_subject else (b, a)
    between = s.tokens.lower[a.end : b.start]
    nominal = bool(between) and (between[0] in POSSESSIVES or (between[0] == "," and len(between) > 1))
    return Found(
        subject.entity,
        predicate,
        obj.entity,
        "model",
        round(p, 3),
        (max(s.first, a.start - LEAD), b.end),  # "Nor does Acme own Zenith": the cue before the name
        (a.end, max(a.end, b.start)),
        nominal=nominal,
    )


def decide(sentences: Sequence[SentencePairs], model: LinearModel | None = None) -> dict[int, list[Found]]:
    """The relations each sentence states, by sentence index: what the rules read (readings
    about an earlier sentence's topic, "it" or "the company", included), plus the model's own
    where its probability reaches its threshold."""
    model = model or shipped("relations")
    rows: list[list[int]] = []
    for sp in sentences:
        if not sp.pairs:
            continue
        spans = [Span(m.start, m.end, kind(m.entity.type) or "ORG") for m in sp.mentions]
        t, first, last = sp.sentence.tokens, sp.sentence.first, sp.sentence.last
        context = sentence_context(t, first, last, spans)
        for i, j in sp.pairs:
            others = [x for k, x in enumerate(spans) if k not in (i, j)]
            rows.append(hashed(pair_features(t, first, last, spans[i], spans[j], others, context)))
    probabilities = model.probabilities(rows)
    classes = model.classes
    out: dict[int, list[Found]] = {}
    row = 0
    for sp in sentences:
        kept = list(sp.found)
        for i, j in sp.pairs:
            probs = probabilities[row]
            row += 1
            best = int(probs.argmax())
            answer = read_class(classes[best])
            if answer is not None and probs[best] >= model.threshold:
                a, b = sp.mentions[i], sp.mentions[j]
                kept.append(_found(sp.sentence, a, b, answer[0], answer[1], float(probs[best])))
        out[sp.sentence.index] = kept
    return out


def sentence_pairs(s: Sentence, mentions: Sequence[Mention], found: list[Found]) -> SentencePairs:
    """What ``decide`` needs of one sentence."""
    return SentencePairs(s, mentions, found, _pairs(mentions, rule_pairs(found, mentions)))
