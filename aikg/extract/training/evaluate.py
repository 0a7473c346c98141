"""End-to-end scores on annotated passages: the extractor runs on each passage's text as an
article (no names given), and its relations are matched to the annotation by name, the way a
gold file is scored (``aikg eval``): only relations whose two ends are annotated names count,
inverses and symmetric orders are the same fact, and a pronoun counts only if resolved."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from aikg.extract.pipeline import extract
from aikg.extract.training.corpora import Passage
from aikg.ontology.models import Document, Entity, Status, content_id
from aikg.ontology.registry import NameIndex, default_registry, normalise

COUNTED = (Status.ASSERTED, Status.REPORTED, Status.ALLEGED)


@dataclass
class Score:
    """True positives, false positives and gold relations, summed over passages."""

    tp: int = 0
    fp: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        """Share of the relations read that the annotation states."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of the annotated relations that were read."""
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        """The figures, rounded, with the counts they come from."""
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "tp": self.tp,
            "fp": self.fp,
            "gold": self.gold,
        }


def score_passage(
    passage: Passage, names: NameIndex, score: Score, errors: list[str] | None = None, *, learned: bool = True
) -> None:
    """Extract ``passage`` and add its counts to ``score`` (and its mistakes to ``errors``)."""
    document = Document(id=content_id(passage.text), path=f"{passage.id}.txt", text=passage.text)
    extraction = extract(document, names, learned=learned)
    keys: dict[str, set[str]] = {}
    for key, forms in passage.names.items():
        for form in forms:
            keys.setdefault(normalise(_bare(form)), set()).add(key)
    labels = {e.id: e for e in extraction.entities}
    gold = {(s, p, o) for (s, o), p in passage.relations.items()}
    score.gold += len(gold)
    found: set[tuple[str, str, str]] = set()
    for claim in extraction.claims:
        if claim.status not in COUNTED:
            continue
        subjects = _keys(labels.get(claim.subject), claim.subject, keys)
        objects = _keys(labels.get(claim.object), claim.object, keys)
        for s in subjects:
            for o in objects:
                if s == o:
                    continue
                triple = _canonical(s, claim.predicate, o, gold)
                if triple in found:
                    continue
                found.add(triple)
                if triple in gold:
                    score.tp += 1
                else:
                    score.fp += 1
                    if errors is not None:
                        errors.append(f"{passage.id}: false {claim.subject} {claim.predicate} {claim.object}")
    if errors is not None:
        errors += [f"{passage.id}: missed {s} {p} {o}" for s, p, o in gold - found]


def _bare(name: str) -> str:
    """A name without a possessive ending or trailing comma ("Amphion 's" is Amphion)."""
    for ending in (" 's", " ’s", "'s", "’s", " ,", ","):
        name = name.removesuffix(ending)
    return name.strip()


def _keys(entity: Entity | None, entity_id: str, keys: dict[str, set[str]]) -> set[str]:
    forms = [entity_id] if entity is None else [entity.label, *entity.aliases]
    return {k for f in forms for k in keys.get(normalise(f), ())}


def _canonical(s: str, p: str, o: str, gold: set[tuple[str, str, str]]) -> tuple[str, str, str]:
    """Symmetric predicates match in either order."""
    if (o, p, s) in gold and p in ("partnerOf", "competesWith"):
        return (o, p, s)
    return (s, p, o)


def end_to_end(
    passages: Iterable[Passage], names: NameIndex | None = None, *, learned: bool = True
) -> dict[str, Score]:
    """Scores per data set (``core``, ``fire``, ``redocred``, ``own``)."""
    names = names or default_registry()
    out: dict[str, Score] = {}
    for p in passages:
        score_passage(p, names, out.setdefault(p.source, Score()), learned=learned)
    return out
