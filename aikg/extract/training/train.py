"""``python3 scripts/train_extractor.py``: rebuild the shipped weights from the annotated data
and report how they score on the held-out slices (never used to fit or to pick a threshold).

Order matters: the typer is trained first, because the relation features of CORE's untyped
names use the typer's answer (ORG or PROD) exactly as extraction will.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from aikg.extract.features import hashed, span_features
from aikg.extract.linear import LinearModel
from aikg.extract.pairs import relation_classes
from aikg.extract.sentences import split_sentences
from aikg.extract.training.corpora import KINDS, Passage, read_all
from aikg.extract.training.examples import Examples, add_passage, token_span
from aikg.extract.training.fit import RELATION_C, TYPER_C, best_threshold, fit, pair_scores

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_SHARED = ROOT.parent / "shared" / "data" / "train"
DEFAULT_OWN = ROOT / "training" / "news_relations.jsonl"
WEIGHTS = ROOT / "aikg" / "extract" / "data"
OWN_WEIGHT = 3.0  # news phrasing is what aikg reads: the project's own sentences count triple
MIN_PRECISION = 0.9  # on the dev slice: the threshold a relation's probability must reach


@dataclass
class Trained:
    """What one training run gives: both models and the held-out report."""

    typer: LinearModel
    relations: LinearModel
    report: dict[str, object]


def _core_kinds(passages: list[Passage], typer: LinearModel) -> dict[str, str]:
    """ORG or PROD for each CORE name, as the typer sees it in its sentence."""
    prod, org = KINDS.index("PROD"), KINDS.index("ORG")
    out: dict[str, str] = {}
    for p in passages:
        if p.source != "core":
            continue
        for s in split_sentences(p.text):
            for m in p.mentions:
                span = token_span(s, m.start, m.end)
                if span is None:
                    continue
                probs = typer.probabilities([hashed(span_features(s.tokens, s.first, s.last, *span))])[0]
                out[f"{p.id}:{m.start}"] = "PROD" if probs[prod] > probs[org] else "ORG"
    return out


def train(shared: Path | None = DEFAULT_SHARED, own: Path | None = DEFAULT_OWN) -> Trained:
    """Both models and the held-out report, from the data sets under ``shared`` and ``own``."""
    passages = read_all(shared if shared and shared.exists() else None, own if own and own.exists() else None)
    typing = Examples()
    for p in passages:
        add_passage(typing, p, pair=False)
    fit_rows = [i for i, s in enumerate(typing.typer_splits) if s != "heldout"]
    typer = fit(
        [typing.typer_rows[i] for i in fit_rows],
        [typing.typer_labels[i] for i in fit_rows],
        KINDS,
        TYPER_C,
        class_weight="balanced",
    )
    pairs = Examples()
    kinds = _core_kinds(passages, typer)
    for p in passages:
        add_passage(pairs, p, kinds, typing=False)
    classes = relation_classes()
    train_rows = [i for i, s in enumerate(pairs.pair_splits) if s == "train"]
    dev_rows = [i for i, s in enumerate(pairs.pair_splits) if s == "dev"]
    relations = fit(
        [pairs.pair_rows[i] for i in train_rows],
        [pairs.pair_labels[i] for i in train_rows],
        classes,
        RELATION_C,
        sample_weight=[OWN_WEIGHT if pairs.pair_sources[i] == "own" else 1.0 for i in train_rows],
    )
    dev = relations.probabilities([pairs.pair_rows[i] for i in dev_rows])
    threshold = best_threshold(dev, [pairs.pair_labels[i] for i in dev_rows], classes, MIN_PRECISION)
    relations = LinearModel(relations.classes, relations.weights, relations.bias, threshold)
    return Trained(typer, relations, _report(typing, pairs, typer, relations))


def _report(
    typing: Examples, pairs: Examples, typer: LinearModel, relations: LinearModel
) -> dict[str, object]:
    held = [i for i, s in enumerate(typing.typer_splits) if s == "heldout"]
    chosen = typer.probabilities([typing.typer_rows[i] for i in held]).argmax(axis=1)
    gold = np.array([KINDS.index(typing.typer_labels[i]) for i in held])
    report: dict[str, object] = {
        "typer_heldout_accuracy": round(float((chosen == gold).mean()), 3) if held else None,
        "typer_examples": len(typing.typer_rows),
        "pair_examples": len(pairs.pair_rows),
        "threshold": relations.threshold,
    }
    for source in sorted(set(pairs.pair_sources)):
        rows = [
            i for i, s in enumerate(pairs.pair_splits) if s == "heldout" and pairs.pair_sources[i] == source
        ]
        if rows:
            probs = relations.probabilities([pairs.pair_rows[i] for i in rows])
            scores = pair_scores(
                probs, [pairs.pair_labels[i] for i in rows], relations.classes, relations.threshold
            )
            report[f"{source}_heldout_given_names"] = {k: round(v, 3) for k, v in scores.items()}
    return report


def main(shared: Path = DEFAULT_SHARED, own: Path = DEFAULT_OWN, out: Path = WEIGHTS) -> Trained:
    """Train, write the weights under ``out`` and print the report (the script's work)."""
    trained = train(shared, own)
    trained.typer.save(out / "typer.npz")
    trained.relations.save(out / "relations.npz")
    print(json.dumps(trained.report, indent=2))
    return trained
