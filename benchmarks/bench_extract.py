"""How fast article text becomes claims: ``extract()`` per core in MB/s and documents/s, against
spaCy's tokenizer + sentencizer (the floor any spaCy-based extractor pays), that plus a
PhraseMatcher over the same registry, and the rules-only extractor the learned models replaced
(``extract(learned=False)``), all measured in this process on the same texts.

The corpus is the repository's own articles (examples/ and tests/data/articles/) repeated to a few
MB; the registry is the shipped one (~240 entities) or that plus generated company names, since
real users keep registries of thousands of names.

    python benchmarks/bench_extract.py                 # 3 MB, registries of 237 and 5,000 names
    python benchmarks/bench_extract.py --mb 1 --names 237
    python benchmarks/bench_extract.py --profile 20    # also print cProfile's top 20 for extract()
    python benchmarks/bench_extract.py --repeat 5      # five interleaved runs each: median and range

On a shared machine one run of the same code varies by 20% or more; ``--repeat`` runs the
contenders in turn, round after round, so a slow spell hits them all, and reports the median.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import pstats
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from aikg.extract.pipeline import extract
from aikg.extract.sentences import pipeline
from aikg.loaders.text import read_article
from aikg.ontology.models import Document, Entity
from aikg.ontology.registry import NameIndex, registry_entities

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_DIRS = (ROOT / "examples", ROOT / "tests" / "data" / "articles")
SYLLABLES = [c + v + e for c in "vnqztmlkd" for v in "aeio" for e in "rnx"]  # "var", "zox", ...
SUFFIXES = ("", "", " AI", " Labs", " Systems", " Robotics", " Inc.", " Technologies", " Cloud", " Capital")
TYPES = ("Company", "Company", "Company", "ResearchLab", "Product", "AIModel")


def corpus(megabytes: float) -> list[Document]:
    """The repository's articles, repeated until their text adds up to ``megabytes``."""
    paths = sorted(p for d in ARTICLE_DIRS for p in d.iterdir() if p.suffix in (".txt", ".md"))
    originals = [read_article(p) for p in paths]
    docs: list[Document] = []
    size = 0
    copy = 0
    while size < megabytes * 1e6:
        for doc in originals:
            # A different id per copy, the same text: nothing may be cached per document.
            docs.append(doc.model_copy(update={"id": f"{doc.id}-{copy}", "path": f"{copy}/{doc.path}"}))
            size += len(doc.text.encode())
        copy += 1
    return docs


def generated_names(count: int, seed: int = 7) -> list[Entity]:
    """``count`` made-up organisations and products, some with an alias, none an English word."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[Entity] = []
    while len(out) < count:
        stem = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3)))).title()
        label = stem + rng.choice(SUFFIXES)
        if label.lower() in seen:
            continue
        seen.add(label.lower())
        aliases = (stem,) if label != stem and rng.random() < 0.3 else ()
        type_ = rng.choice(TYPES)
        out.append(Entity(id=f"gen-{len(out)}", label=label, type=type_, aliases=aliases, curated=True))
    return out


def big_registry(size: int) -> NameIndex:
    """The shipped registry topped up with generated names to ``size`` entities."""
    real = registry_entities()
    return NameIndex([*real, *generated_names(max(0, size - len(real)))])


def registry(size: int) -> NameIndex:
    real = registry_entities()
    return NameIndex(real[:size]) if size <= len(real) else big_registry(size)


EXTRACTOR_MODULES = ("aikg.extract.", "aikg.loaders.")  # the extractor lived in aikg.loaders once
WORD_CACHES = frozenset({"stem"})  # keyed by a word, which fresh articles mostly share: kept


def text_caches() -> list[Any]:
    """The extractor's caches keyed by sentence text: bounded ``lru_cache``s in the modules it
    has imported (not the unbounded ones that hold a built pipeline or matcher, nor the word
    caches in ``WORD_CACHES``)."""
    found = []
    modules = [m for name, m in list(sys.modules.items()) if name.startswith(EXTRACTOR_MODULES)]
    for module in modules:
        for value in vars(module).values():
            params = getattr(value, "cache_parameters", None)
            if params is None or getattr(value, "__name__", "") in WORD_CACHES:
                continue
            if params()["maxsize"] is not None and value not in found:
                found.append(value)
    return found


def extract_all(
    docs: Sequence[Document], names: NameIndex, caches: Sequence[Any], *, learned: bool = True
) -> None:
    """``extract()`` each document, forgetting the text caches in between: the corpus repeats,
    and fresh articles would not find their sentences already parsed."""
    for doc in docs:
        for cached in caches:
            cached.cache_clear()
        extract(doc, names, learned=learned)


def timed(run: Callable[[], object]) -> float:
    """CPU seconds of one run in this process: one core's work, whatever else the machine runs."""
    gc.collect()
    start = time.process_time()
    run()
    return time.process_time() - start


def spacy_floor(texts: Sequence[str], names: NameIndex | None) -> Callable[[], object]:
    """spaCy's tokenizer and rule sentencizer over the texts, plus a PhraseMatcher over ``names``."""
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")
    nlp.max_length = 10**9
    # aikg's tokenizer settings: without them spaCy's tokenizer cache misses and it runs ~10x slower
    tokenizer: Any = nlp.tokenizer
    tokenizer.rules = pipeline().tokenizer.rules  # type: ignore[union-attr]
    nlp.add_pipe("sentencizer")
    matcher = None
    if names is not None:
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for e in names:
            matcher.add(e.id, list(tokenizer.pipe(e.names())))

    def run() -> int:
        found = 0
        for doc in nlp.pipe(texts):
            found += len(list(doc.sents))
            if matcher is not None:
                found += len(matcher(doc))
        return found

    return run


def measure(docs: Sequence[Document], names: NameIndex, repeat: int = 1) -> dict[str, list[float]]:
    """CPU seconds of each contender over ``docs``, ``repeat`` times, the contenders taking turns."""
    texts = [d.text for d in docs]
    warm = docs[: max(1, len(docs) // 20)]
    contenders: dict[str, Callable[[], object]] = {
        "spacy tokenizer+sentencizer": spacy_floor(texts, None),
        "  + PhraseMatcher": spacy_floor(texts, names),
        "rules only (learned=False)": lambda: extract_all(docs, names, text_caches(), learned=False),
        "aikg extract()": lambda: extract_all(docs, names, text_caches()),
    }
    for d in warm:  # build the registry matcher and load spaCy before timing
        extract(d, names)
    seconds: dict[str, list[float]] = {label: [] for label in contenders}
    for _ in range(repeat):
        for label, run in contenders.items():
            seconds[label].append(timed(run))
    return seconds


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=3.0, help="corpus size in MB (default 3)")
    parser.add_argument("--names", type=int, nargs="+", default=[237, 5000], help="registry sizes")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each contender (median reported)")
    parser.add_argument("--profile", type=int, default=0, help="print cProfile's top N for extract()")
    args = parser.parse_args(argv)

    docs = corpus(args.mb)
    megabytes = sum(len(d.text.encode()) for d in docs) / 1e6
    print(f"corpus: {len(docs)} documents, {megabytes:.2f} MB (UTF-8); CPU time of one process")
    if args.repeat > 1:
        print(f"median of {args.repeat} interleaved runs; 'range' is the slowest run over the fastest")
    print()
    header = f"{'names':>6} | {'contender':<28} {'seconds':>8} {'MB/s':>6} {'docs/s':>7} {'range':>6}"
    print(f"{header} | vs floor | vs rules")
    floor_rate = rules_rate = 0.0
    for size in args.names:
        names = registry(size)
        for label, runs in measure(docs, names, args.repeat).items():
            seconds = statistics.median(runs)
            rate = megabytes / seconds
            if label.startswith("spacy"):
                floor_rate = rate
            if label.startswith("rules"):
                rules_rate = rate
            ratio = (
                f"{floor_rate / rate:5.1f}x slower" if not label.strip().startswith(("spacy", "+")) else ""
            )
            versus = f"{rules_rate / rate:5.2f}x slower" if label.startswith("aikg") else ""
            docs_rate = len(docs) / seconds
            spread = max(runs) / min(runs)
            row = f"{len(names):>6,} | {label:<28} {seconds:>8.2f} {rate:>6.2f} {docs_rate:>7.0f}"
            row += f" {spread:>5.2f}x"
            print(f"{row} | {ratio:<13}| {versus}")
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(extract_all, docs, names, text_caches())
            stats = pstats.Stats(profiler)
            stats.sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
