"""Score the shipped extractor end to end, against the rules-only extractor it extends, on

- the held-out slices of the training data (default): each passage's text goes through
  ``extract()`` like an article, with no names given, and its relations are matched by name to
  the annotation (``aikg eval`` semantics);
- or a gold file and its documents (``--gold eval/heldout-news.gold.yaml eval/heldout-news``);
- or every blind round under ``eval/`` (``--rounds``): each ``NAME.gold.yaml`` with its folder
  ``NAME/``, one line per round and their sum, the learned extractor only (what a session
  scores at its first and last commit);
- or every gold line found, false relation and negative asserted in each round (``--lines``,
  to diff two checkouts), except in the rounds ``eval/blind.txt`` names: a round written this
  session is scored by its totals only, so no fix is made from its text.

    python3 scripts/eval_extractor.py [--split heldout|dev|train]
    python3 scripts/eval_extractor.py --gold GOLD.yaml DOCS...
    python3 scripts/eval_extractor.py --rounds [eval]
    python3 scripts/eval_extractor.py --lines [eval]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from aikg.errors import AIKGError
from aikg.evaluation import score_passages
from aikg.extract.training.corpora import read_all
from aikg.extract.training.train import DEFAULT_OWN, DEFAULT_SHARED

if TYPE_CHECKING:
    from aikg.evaluation import EvalReport


def slices(shared: Path, own: Path, split: str, learned: bool) -> dict[str, dict[str, float]]:
    passages = [p for p in read_all(shared, own) if p.split == split]
    return {k: v.to_json() for k, v in sorted(score_passages(passages, learned=learned).items())}


def gold_file(gold: Path, docs: list[Path], learned: bool) -> dict[str, float]:
    from aikg.evaluation import evaluate
    from aikg.loaders import find_files

    report = evaluate(gold, find_files(docs), learned=learned)
    return {
        "precision": round(report.precision, 3),
        "recall": round(report.recall, 3),
        "f1": round(report.f1, 3),
    }


def _reports(folder: Path, skip: frozenset[str] = frozenset()) -> Iterator[tuple[str, EvalReport]]:
    """Each round in ``folder`` (``NAME.gold.yaml`` beside ``NAME/``) but those in ``skip``,
    scored with the learned extractor."""
    from aikg.evaluation import evaluate
    from aikg.loaders import find_files

    for gold in sorted(folder.glob("*.gold.yaml")):
        name = gold.name.removesuffix(".gold.yaml")
        if name not in skip:
            yield name, evaluate(gold, find_files([folder / name]))


def blind(folder: Path) -> frozenset[str]:
    """The rounds ``folder/blind.txt`` names, one per line (``#`` starts a comment)."""
    listed = folder / "blind.txt"
    if not listed.exists():
        return frozenset()
    names = (line.split("#")[0].strip() for line in listed.read_text(encoding="utf-8").splitlines())
    return frozenset(n for n in names if n)


def scored_lines(folder: Path) -> str:
    """Every gold line found, false relation and negative asserted, one per line as ``round
    document KIND relation``, in every round but the blind ones (named at the end)."""
    hidden = blind(folder)
    out: list[str] = []
    for name, report in _reports(folder, skip=hidden):
        for d in report.documents:
            for kind, items in (
                ("FOUND", d.true_positives),
                ("FALSE", d.false_positives),
                ("NEGATIVE", d.negative_violations),
            ):
                out.extend(f"{name} {d.document} {kind} {item}" for item in items)
    if hidden:
        out.append(f"# not shown, blind: {', '.join(sorted(hidden))}")
    return "\n".join(out)


def rounds(folder: Path) -> str:
    """A table of every round in ``folder``: precision, recall, gold lines found of all, false
    relations and negatives asserted (``aikg eval``'s figures), then the rounds' sum."""
    lines = [f"{'round':<28} {'P':>6} {'R':>6} {'found':>11} {'false':>6} {'neg':>4}"]
    totals = [0, 0, 0, 0, 0]  # gold lines found, gold lines, false, negatives, relations found
    for name, report in _reports(folder):
        counts = [
            sum(len(d.true_positives) for d in report.documents),
            sum(d.gold for d in report.documents),
            sum(len(d.false_positives) for d in report.documents),
            len(report.negative_violations),
            sum(d.found_relations for d in report.documents),
        ]
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        lines.append(_round_line(name, counts, report.precision, report.recall))
    found, gold_lines, false, _, relations = totals
    precision = relations / (relations + false) if relations + false else 0.0
    lines.append(_round_line("all", totals, precision, found / gold_lines if gold_lines else 0.0))
    return "\n".join(lines)


def _round_line(name: str, counts: list[int], p: float, r: float) -> str:
    found, gold, false, negatives, _ = counts
    return f"{name:<28} {p:>6.3f} {r:>6.3f} {f'{found}/{gold}':>11} {false:>6} {negatives:>4}"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--own", type=Path, default=DEFAULT_OWN)
    parser.add_argument("--split", default="heldout")
    parser.add_argument("--gold", type=Path, help="a gold file; its documents follow as arguments")
    parser.add_argument("--rounds", action="store_true", help="score each NAME.gold.yaml + NAME/ in a folder")
    parser.add_argument("--lines", action="store_true", help="every scored line of each round not blind")
    parser.add_argument("docs", type=Path, nargs="*")
    args = parser.parse_args()
    results = {}
    try:
        if args.rounds or args.lines:
            folder = args.docs[0] if args.docs else Path(__file__).resolve().parents[1] / "eval"
            print(rounds(folder) if args.rounds else scored_lines(folder))
            raise SystemExit(0)
        for label, learned in (("learned", True), ("rules only", False)):
            if args.gold is not None:
                results[label] = gold_file(args.gold, args.docs, learned)
            else:
                results[label] = slices(args.shared, args.own, args.split, learned)
    except AIKGError as error:
        raise SystemExit(f"Error: {error}") from None
    print(json.dumps(results, indent=2))
