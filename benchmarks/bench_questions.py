"""The analyst's questions on a big curated fact file, each asked once from a fresh process.

A seeded random industry (:func:`write_fact_file`): ``--entities`` companies (20,000), each
depending on one or two earlier ones (33,332 dependency facts at 20,000, in every predicate that
implies ``dependsOn``, either way round: ``X customerOf Y``, ``Y supplierOf X``, ``Y parentOf X``...),
dated over 2015-2024, a third with an amount or share, plus ``--denials`` later denials of
existing facts (so that ``conflicts`` and ``diff`` have something to say). It is ingested with
``aikg ingest`` (wall clock, a fresh store), then each question runs as its own ``aikg`` process
(wall clock, start-up included), twice: first with the store's caches removed (the first
question after an ingest), then again (caches warm). Each answer's text is saved under
``--out`` so that two runs (before and after a change) can be compared with ``diff -r``.

``--articles N`` asks the same questions (about a chip maker, its dependents and an application
company) on bench_scale's synthetic corpus of N articles instead (``synth.write_corpus``).

    python benchmarks/bench_questions.py                       # 20,000 entities
    python benchmarks/bench_questions.py --entities 2000 --out /tmp/answers
    python benchmarks/bench_questions.py --articles 10000
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path

# (predicate, whether the dependent is the subject): X customerOf Y means X depends on Y;
# Y supplierOf X, Y develops X and Y parentOf X mean X depends on Y.
FORWARD = ("customerOf", "usesTechnologyOf", "hostedOn")
BACKWARD = ("supplierOf", "develops", "parentOf")
STATUSES = ["asserted"] * 15 + ["reported"] * 4 + ["alleged"]


@dataclass(frozen=True)
class FactIndustry:
    """What the generator made, and the entities the questions ask about."""

    path: Path
    entities: int
    facts: int
    denials: int
    probes: dict[str, str]


def _name(i: int) -> str:
    return f"Firm {i:05d}"


def _date(i: int, n: int, rng: random.Random) -> dt.date:
    """Later companies appear later: day i of 2015-2024, give or take a month."""
    span = (dt.date(2024, 12, 31) - dt.date(2015, 1, 1)).days
    day = round(i * span / max(1, n - 1)) + rng.randint(-30, 30)
    return dt.date(2015, 1, 1) + dt.timedelta(days=min(span, max(0, day)))


def write_fact_file(out: Path, entities: int = 20_000, *, denials: int = 200, seed: int = 16) -> FactIndustry:
    """Write the fact file (see the module docstring) at ``out``."""
    rng = random.Random(seed)
    two = set(rng.sample(range(2, entities), k=min(entities - 2, round((entities - 1) * 2 / 3))))
    deps: dict[int, list[int]] = {}
    lines = [
        'source: {title: "Synthetic industry, curated", date: 2025-01-01}',
        "entities:",
        *(f"  - {{id: firm-{i:05d}, label: {_name(i)}, type: Company}}" for i in range(entities)),
        "facts:",
    ]
    facts: list[tuple[int, int, str, str, dt.date]] = []
    for i in range(1, entities):
        targets = rng.sample(range(i), k=2 if i in two else 1)
        deps[i] = targets
        for j in targets:
            predicate = rng.choice(FORWARD + BACKWARD)
            status = rng.choice(STATUSES)
            date = _date(i, entities, rng)
            facts.append((i, j, predicate, status, date))
            s, o = (i, j) if predicate in FORWARD else (j, i)
            extra = ""
            roll = rng.random()
            if roll < 0.2:
                amount = rng.choice((1, 2, 5, 10, 25, 50)) * 100_000
                extra = f", amount: {amount}, currency: USD, period: month"
            elif roll < 0.33:
                extra = f", share: {rng.choice((0.05, 0.1, 0.25, 0.4, 0.6))}"
            lines.append(
                f"  - {{subject: {_name(s)}, predicate: {predicate}, object: {_name(o)}, "
                f"status: {status}, date: {date.isoformat()}{extra}}}"
            )
    for i, j, predicate, _, date in rng.sample(facts, k=min(denials, len(facts))):
        s, o = (i, j) if predicate in FORWARD else (j, i)
        later = min(date + dt.timedelta(days=rng.randint(30, 400)), dt.date(2024, 12, 31))
        lines.append(
            f"  - {{subject: {_name(s)}, predicate: {predicate}, object: {_name(o)}, "
            f"status: negated, date: {later.isoformat()}}}"
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return FactIndustry(out, entities, len(facts), min(denials, len(facts)), _probes(deps, entities))


def _probes(deps: dict[int, list[int]], n: int) -> dict[str, str]:
    """The entities asked about: the last company and one it depends on three or four hops away
    (path), the first company (everyone depends on it: dependents, exposure), a mid company
    (spof, timeline)."""
    source = n - 1
    dist = {source: 0}
    queue = deque([source])
    while queue:
        v = queue.popleft()
        for w in deps.get(v, []):
            if w not in dist:
                dist[w] = dist[v] + 1
                queue.append(w)
    far = max((d, v) for v, d in dist.items() if d <= 4)[1]
    return {
        "path_from": _name(source),
        "path_to": _name(far),
        "root": _name(0),
        "middle": _name(n // 2),
        "late": _name(n - 1),
    }


def questions(p: dict[str, str], as_of: str, since: str) -> list[tuple[str, list[str]]]:
    """(name, aikg arguments) of each question, in the order they are asked."""
    return [
        ("path", ["path", p["path_from"], p["path_to"]]),
        ("dependents", ["dependents", p["root"]]),
        ("exposure --max-hops 3", ["exposure", p["root"], "--max-hops", "3"]),
        (
            f"exposure --max-hops 3 --as-of {as_of}",
            ["exposure", p["root"], "--max-hops", "3", "--as-of", as_of],
        ),
        ("spof", ["spof", p["late"]]),
        ("conflicts", ["conflicts"]),
        ("timeline", ["timeline", p["middle"]]),
        (f"diff --from {since}", ["diff", "--from", since]),
    ]


def run(argv: list[str], out: Path | None = None) -> float:
    """Wall-clock seconds of one ``aikg`` process; its stdout is saved to ``out``."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "aikg.cli", *argv], capture_output=True, env=env)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"aikg {' '.join(argv)} failed: {done.stderr.decode()[-2000:]}")
    if out is not None:
        out.write_bytes(done.stdout)
    return seconds


def article_store(work: Path, documents: int, store: Path) -> tuple[dict[str, str], float, int]:
    """bench_scale's synthetic corpus of ``documents`` articles (synth.write_corpus), ingested
    (registry first, not timed); the probes, the article ingest's seconds and its documents."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import synth

    corpus = synth.write_corpus(work / f"corpus-{documents}", documents)
    run(["--store", str(store), "ingest", str(corpus.registry)])
    seconds = run(["--store", str(store), "ingest", str(corpus.articles)])
    p = corpus.probes
    probes = {"path_from": p["path_from"], "path_to": p["path_to"], "root": p["dependents_of"],
              "middle": p["lookup"], "late": p["path_from"]}  # fmt: skip
    return probes, seconds, corpus.documents


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--entities", type=int, default=20_000)
    parser.add_argument("--denials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument(
        "--as-of", help="the date of the --as-of question (2020-01-01; 2024-12-31 with --articles)"
    )
    parser.add_argument(
        "--since", help="the date of the diff question (2023-01-01; 2025-06-01 with --articles)"
    )
    parser.add_argument("--out", type=Path, help="save each answer's text here")
    parser.add_argument("--work", type=Path, help="keep the fact file and store here")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument(
        "--articles", type=int, help="ask on bench_scale's synthetic article corpus of this size instead"
    )
    args = parser.parse_args()
    # The fact file is dated 2015-2024, the synthetic articles 2024-2025.
    args.as_of = args.as_of or ("2024-12-31" if args.articles else "2020-01-01")
    args.since = args.since or ("2025-06-01" if args.articles else "2023-01-01")

    work = args.work or Path(tempfile.mkdtemp(prefix="aikg-bench-questions-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    store = work / "store"
    shutil.rmtree(store, ignore_errors=True)
    if args.articles:
        probes, ingest, documents = article_store(work, args.articles, store)
        print(f"{'ingest':44} {ingest:7.2f} s  ({documents / ingest:,.0f} articles/s)")
        figures: dict[str, object] = {"articles": documents, "ingest": ingest, "questions": {}}
    else:
        industry = write_fact_file(
            work / "industry.yaml", args.entities, denials=args.denials, seed=args.seed
        )
        claims = industry.facts + industry.denials
        print(
            f"{industry.entities:,} entities, {industry.facts:,} dependency facts, {industry.denials} denials"
        )
        ingest = run(["--store", str(store), "ingest", str(industry.path)])
        print(f"{'ingest':44} {ingest:7.2f} s  ({claims / ingest:,.0f} claims/s)")
        probes = industry.probes
        figures = {"entities": industry.entities, "facts": industry.facts,
                   "denials": industry.denials, "ingest": ingest, "questions": {}}  # fmt: skip
    print(f"{'question':44} {'first':>7}    {'again':>7}")
    for name, argv in questions(probes, args.as_of, args.since):
        shutil.rmtree(store / "aikg-cache", ignore_errors=True)
        save = args.out / (name.replace(" ", "_").replace("-", "") + ".txt") if args.out else None
        first = run(["--store", str(store), *argv], save)
        again = run(["--store", str(store), *argv])
        figures["questions"][name] = {"first": first, "again": again, "argv": argv}  # type: ignore[index]
        print(f"{name:44} {first:7.2f} s  {again:7.2f} s")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
