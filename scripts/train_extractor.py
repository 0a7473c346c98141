"""Rebuild the extractor's shipped weights (aikg/extract/data/typer.npz, relations.npz) from
../shared/data/train (CORE, FIRE, Re-DocRED) and training/news_relations.jsonl, and print the
scores on the held-out slices. Needs scikit-learn (``pip install -e '.[test]'``); about a minute
on 2 cores. Deterministic: the same data gives the same weights.

    python3 scripts/train_extractor.py [--shared DIR] [--own FILE]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from aikg.extract.training.train import DEFAULT_OWN, DEFAULT_SHARED, main

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the public training sets")
    parser.add_argument("--own", type=Path, default=DEFAULT_OWN, help="the project's annotated sentences")
    args = parser.parse_args()
    main(args.shared, args.own)
