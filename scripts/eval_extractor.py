"""Score the shipped extractor end to end on the held-out slices of the training data: each
passage's text goes through ``extract()`` like an article, with no names given, and its
relations are matched by name to the annotation (``aikg eval`` semantics).

    python3 scripts/eval_extractor.py [--split heldout|dev|train] [--errors N]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from aikg.extract.training.corpora import read_all
from aikg.extract.training.evaluate import Score, score_passage
from aikg.extract.training.train import DEFAULT_OWN, DEFAULT_SHARED
from aikg.ontology.registry import default_registry

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--own", type=Path, default=DEFAULT_OWN)
    parser.add_argument("--split", default="heldout")
    parser.add_argument("--errors", type=int, default=0, help="print this many mistakes per data set")
    args = parser.parse_args()
    names = default_registry()
    scores: dict[str, Score] = {}
    errors: dict[str, list[str]] = {}
    for p in read_all(args.shared, args.own):
        if p.split == args.split:
            score_passage(p, names, scores.setdefault(p.source, Score()), errors.setdefault(p.source, []))
    print(json.dumps({k: v.to_dict() for k, v in sorted(scores.items())}, indent=2))
    for source, lines in sorted(errors.items()):
        for line in lines[: args.errors]:
            print(source, line)
