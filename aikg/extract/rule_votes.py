"""What the hand-written rules say about each pair of names in a sentence, as a class of the
relation classifier: one of its features, so the model learns where the rules can be trusted."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from aikg.extract.mentions import Mention
from aikg.extract.pairs import class_of
from aikg.extract.rules.base import Found
from aikg.ontology.vocab import vocabulary


def rule_votes(found: Iterable[Found], mentions: Sequence[Mention]) -> dict[tuple[int, int], str]:
    """For each pair (i, j) of ``mentions`` indexes, i before j, the class a rule read there
    ("nominal" rules marked, since an apposition or possessive is a different kind of cue)."""
    positions: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        positions.setdefault(m.entity.id, []).append(i)
    votes: dict[tuple[int, int], str] = {}
    for f in found:
        if f.anaphoric:
            continue
        s, p, o = vocabulary().canonical(f.subject.id, f.predicate, f.object.id)
        for i in positions.get(s, ()):
            for j in positions.get(o, ()):
                if i == j:
                    continue
                left, right = min(i, j), max(i, j)
                name = class_of(p, left == i)
                votes[(left, right)] = f"{name}{'/n' if f.nominal else ''}"
    return votes
