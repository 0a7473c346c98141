"""A synthetic AI industry of chosen size, so benchmark results are known in advance.

Deterministic for a seed. The industry has chip makers (each develops a chip), hyperscalers (each
develops a cloud and buys chips), labs (each develops a model, runs on a cloud and takes an
investment) and application companies (each uses a lab, some develop a product hosted on a cloud,
some acquire or partner with one another). Every application company therefore depends, through
four hops, on a chip maker: path and dependents queries have answers known by construction.

Two outputs:

- a corpus (:func:`write_corpus`): ``registry.yaml`` (a fact file of ``entities:`` that teaches the
  extractor the invented names), articles written from varied sentence templates with filler
  between them (``articles/NNN/doc-NNNNNN.txt``, or one ``articles.jsonl``), and ``gold.yaml`` in
  the gold format of ``aikg eval``;
- a statement set (:func:`write_statements`): N-Quads in exactly the shape the store holds, built
  with ``aikg.graph.rdf.extraction_quads`` from Claim objects (no extraction, so a million
  statements take seconds to make).

    python benchmarks/synth.py corpus OUT --documents 1000
    python benchmarks/synth.py statements OUT.nq --entities 10000
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ONSETS = ["b", "br", "c", "d", "dr", "f", "g", "gr", "k", "l", "m", "n", "p", "pr", "qu", "r", "s", "t", "tr",
          "v", "z", "x", "th", "sh", "h", "j", "w"]  # fmt: skip
VOWELS = ["a", "e", "i", "o", "u", "ai", "eo", "ou", "ia"]
CODAS = ["", "", "", "n", "r", "x", "l", "s", "m"]
ENDINGS = ["", "", "", "ix", "ora", "yte", "ium", "eon", "ara", "ico", "une", "ity"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip

# Sentence templates per relation kind; ``{s}`` and ``{o}`` are the two ends of the gold relation
# (subject and object of the canonical predicate), ``{amount}`` a dollar amount in words.
TEMPLATES: dict[str, list[str]] = {
    "develops": [
        "{s} develops {o}.",
        "{s} released {o} this week.",
        "{o} is developed by {s}.",
        "{s} makes {o}.",
        "{s} launched {o}, its newest offering.",
    ],
    "buysChips": [
        "{s} buys chips from {o}.",
        "{o} supplies chips to {s}.",
        "{s} is a customer of {o}.",
        "{o} is a supplier to {s}.",
    ],
    "customerOf": [
        "{s} is a customer of {o}.",
        "{s} pays {o} for access to its models.",
        "{s} became a customer of {o} last year.",
        "{s} signed a contract to buy services from {o}.",
        "{s} is one of the largest customers of {o}.",
    ],
    "usesTechnologyOf": [
        "{s} uses models from {o}.",
        "{s} uses technology from {o} in its products.",
        "{s} relies on technology from {o}.",
        "{s} uses technology developed by {o}.",
    ],
    "hostedOn": [
        "{s} runs on {o}.",
        "{s} is hosted on {o}.",
        "{s} runs its workloads on {o}.",
    ],
    "investsIn": [
        "{s} invested {amount} in {o}.",
        "{s} has invested {amount} in {o}.",
        "{o} raised {amount} from {s}.",
    ],
    "acquires": [
        "{s} acquired {o}.",
        "{s} agreed to acquire {o}.",
        "{s} completed its acquisition of {o}.",
    ],
    "partnerOf": [
        "{s} partnered with {o}.",
        "{s} and {o} announced a partnership.",
        "{s} formed a partnership with {o}.",
    ],
}
KIND_PREDICATE = {"buysChips": "customerOf"}

FILLER = [
    "Demand for accelerated computing kept rising through the quarter.",
    "Analysts expect prices for training capacity to stay high for at least another year.",
    "The deal terms were not disclosed in full.",
    "Executives said the arrangement reflects a broader shift in how software is built.",
    "Several smaller startups have struggled to secure enough capacity this year.",
    "Regulators in several countries are studying how these agreements affect competition.",
    "The company did not respond to a request for comment.",
    "Investors have poured record sums into the sector since the start of the year.",
    "Power supply has become a constraint for new data centres in many regions.",
    "People familiar with the plans said more announcements could follow.",
    "The market for enterprise assistants remains crowded and fast-moving.",
    "Margins on inference workloads are thinner than on traditional software.",
    "Costs for running large models fell sharply over the past year.",
    "Some customers have begun to spread their spending across several suppliers.",
    "The industry is still debating how to measure the quality of generated answers.",
    "Hiring of machine learning engineers slowed slightly in the second half.",
    "Open models have narrowed the gap with proprietary ones on many benchmarks.",
    "Shares in the sector rose modestly after the news.",
]


@dataclass(frozen=True)
class SynthEntity:
    id: str
    label: str
    type: str


@dataclass(frozen=True)
class GoldRelation:
    """One true relation, in canonical form (as ``aikg eval`` compares them)."""

    subject: str
    predicate: str
    object: str
    kind: str  # template family
    amount: int | None = None

    @property
    def text(self) -> str:
        return f"{self.subject} {self.predicate} {self.object}"


@dataclass
class Industry:
    entities: dict[str, SynthEntity] = field(default_factory=dict)
    relations: list[GoldRelation] = field(default_factory=list)
    chipmakers: list[str] = field(default_factory=list)
    apps: list[str] = field(default_factory=list)
    labs: list[str] = field(default_factory=list)

    def label(self, entity_id: str) -> str:
        return self.entities[entity_id].label

    def dependency_path(self, source: str, target: str) -> list[str] | None:
        """A shortest dependency path by breadth-first search over the gold relations."""
        edges: dict[str, list[str]] = {}
        for r in self.relations:
            if r.predicate in ("customerOf", "usesTechnologyOf", "hostedOn"):
                edges.setdefault(r.subject, []).append(r.object)
            elif r.predicate in ("develops", "parentOf"):  # a product depends on its developer
                edges.setdefault(r.object, []).append(r.subject)
        seen = {source: [source]}
        queue = deque([source])
        while queue:
            node = queue.popleft()
            if node == target:
                return seen[node]
            for nxt in edges.get(node, []):
                if nxt not in seen:
                    seen[nxt] = [*seen[node], nxt]
                    queue.append(nxt)
        return None

    def probes(self) -> dict[str, str]:
        """Labels to query: a well-connected lab, an app with a known path to a chip maker."""
        source = self.apps[0]
        path = None
        for target in self.chipmakers:
            path = self.dependency_path(source, target)
            if path:
                break
        assert path is not None, "every app depends on a chip maker by construction"
        degree: dict[str, int] = {}
        for r in self.relations:
            degree[r.subject] = degree.get(r.subject, 0) + 1
            degree[r.object] = degree.get(r.object, 0) + 1
        busiest = max(self.labs, key=lambda e: (degree.get(e, 0), e))
        return {
            "lookup": self.label(busiest),
            "path_from": self.label(source),
            "path_to": self.label(path[-1]),
            "path_hops": str(len(path) - 1),
            "dependents_of": self.label(path[-1]),
        }


def _names(rng: random.Random, count: int, taken: set[str]) -> Iterator[str]:
    """Invented, pronounceable one-word names, none of them a registry name or an earlier one."""
    made = 0
    while made < count:
        syllables = rng.choice((2, 2, 3))
        word = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables))
        word = (word + rng.choice(ENDINGS)).capitalize()
        if len(word) < 5 or len(word) > 12 or word.casefold() in taken:
            continue
        taken.add(word.casefold())
        made += 1
        yield word


def make_industry(entities: int, *, seed: int = 7) -> Industry:
    """An industry of about ``entities`` entities and 1.5 relations per entity (see module doc)."""
    from aikg.ontology.registry import default_registry, normalise, slugify
    from aikg.ontology.vocab import vocabulary

    vocab = vocabulary()
    rng = random.Random(seed)
    taken = {normalise(n) for e in default_registry() for n in (e.label, *e.aliases)}
    n_chip = max(2, round(entities * 0.03))
    n_cloud = max(2, round(entities * 0.03))
    n_lab = max(3, round(entities * 0.10))
    n_app = max(4, round((entities - 2 * (n_chip + n_cloud + n_lab)) / 1.5))
    n_product = max(2, n_app // 2)
    names = _names(rng, 2 * (n_chip + n_cloud + n_lab) + n_app + n_product, taken)
    ind = Industry()

    def add(label: str, type_: str) -> str:
        eid = slugify(label)
        ind.entities[eid] = SynthEntity(eid, label, type_)
        return eid

    def rel(s: str, p: str, o: str, kind: str, amount: int | None = None) -> None:
        s, p, o = vocab.canonical(s, p, o)  # symmetric ends in the order the extractor gives
        ind.relations.append(GoldRelation(s, p, o, kind, amount))

    chips, clouds, hypers, models = [], [], [], []
    for i in range(n_chip):
        maker = add(next(names) + (" Semiconductor" if i % 2 else ""), "Company")
        chip = add(f"{next(names)} X{1 + i % 9}", "Chip")
        ind.chipmakers.append(maker)
        chips.append(chip)
        rel(maker, "develops", chip, "develops")
    for _ in range(n_cloud):
        hyper = add(next(names), "Company")
        cloud = add(next(names) + " Cloud", "CloudPlatform")
        hypers.append(hyper)
        clouds.append(cloud)
        rel(hyper, "develops", cloud, "develops")
        for maker in rng.sample(ind.chipmakers, k=min(2, len(ind.chipmakers))):
            rel(hyper, "customerOf", maker, "buysChips")
    investors = list(hypers)
    for _ in range(n_lab):
        lab = add(next(names) + " Labs", "ResearchLab")
        model = add(next(names), "AIModel")
        ind.labs.append(lab)
        models.append(model)
        rel(lab, "develops", model, "develops")
        rel(lab, "hostedOn", rng.choice(clouds), "hostedOn")
        amount = rng.choice((50, 120, 250, 400, 750)) * 1_000_000
        rel(rng.choice(investors), "investsIn", lab, "investsIn", amount)
    for i in range(n_app):
        app = add(next(names), "Company")
        ind.apps.append(app)
        lab = ind.labs[i % len(ind.labs)] if i < len(ind.labs) else rng.choice(ind.labs)
        rel(
            app,
            "customerOf" if i % 2 == 0 else "usesTechnologyOf",
            lab,
            "customerOf" if i % 2 == 0 else "usesTechnologyOf",
        )
        if i < n_product:
            product = add(next(names), "Product")
            rel(app, "develops", product, "develops")
            rel(product, "hostedOn", rng.choice(clouds), "hostedOn")
        if i % 10 == 3:
            rel(app, "acquires", rng.choice(ind.apps[:i]), "acquires")
        if i % 7 == 2:
            rel(app, "partnerOf", rng.choice(ind.labs), "partnerOf")
    ind.relations = list(dict.fromkeys(r for r in ind.relations if r.subject != r.object))
    return ind


def _amount_words(amount: int) -> str:
    return f"${amount // 1_000_000} million"


def relation_sentence(ind: Industry, r: GoldRelation, rng: random.Random) -> str:
    template = rng.choice(TEMPLATES[r.kind])
    amount = _amount_words(r.amount) if r.amount is not None else ""
    return template.format(s=ind.label(r.subject), o=ind.label(r.object), amount=amount)


@dataclass(frozen=True)
class Article:
    name: str
    title: str
    date: dt.date
    text: str
    gold: tuple[GoldRelation, ...]


def articles(ind: Industry, count: int, *, seed: int = 7, filler: int = 10) -> Iterator[Article]:
    """``count`` articles of 3-6 relations each, covering every relation in turn, with ``filler``
    neutral sentences on average around them (about 1-1.5 KB of text per article)."""
    rng = random.Random(seed + 1)
    order = list(range(len(ind.relations)))
    rng.shuffle(order)
    cursor = 0
    for i in range(count):
        k = rng.randint(3, 6)
        picked: list[GoldRelation] = []
        for _ in range(k):
            r = ind.relations[order[cursor % len(order)]]
            cursor += 1
            if r not in picked:
                picked.append(r)
        sentences = [relation_sentence(ind, r, rng) for r in picked]
        sentences += rng.sample(FILLER, k=min(len(FILLER), rng.randint(filler - 2, filler + 2)))
        rng.shuffle(sentences)
        paragraphs = [" ".join(sentences[j : j + 4]) for j in range(0, len(sentences), 4)]
        day = dt.date(2024, 1, 1) + dt.timedelta(days=i % 700)
        title = f"AI industry briefing no. {i + 1}"
        head = f"{title}\nPublished: {MONTHS[day.month - 1]} {day.day}, {day.year}\n\n"
        yield Article(f"doc-{i:06d}.txt", title, day, head + "\n\n".join(paragraphs) + "\n", tuple(picked))


def registry_yaml(ind: Industry) -> str:
    """A fact file of ``entities:`` only: ingested first, it teaches the extractor every name."""
    lines = ['source: {title: "Synthetic industry registry", date: 2025-01-01}', "entities:"]
    lines += [f"  - {{id: {e.id}, label: {e.label}, type: {e.type}}}" for e in ind.entities.values()]
    lines.append("facts: []")
    return "\n".join(lines) + "\n"


def gold_yaml(ind: Industry, docs: list[Article]) -> str:
    """Gold relations per article, in the format ``aikg eval`` and ``aikg.evaluation`` read."""
    lines = ["# Generated by benchmarks/synth.py: the relations each synthetic article states.", "entities:"]
    lines += [f"  {e.id}: [{e.label}]" for e in ind.entities.values()]
    lines.append("documents:")
    for doc in docs:
        lines.append(f"  {doc.name}:")
        lines.append("    gold:")
        lines += [f"      - {r.text}" for r in doc.gold]
        quals = [r for r in doc.gold if r.amount is not None]
        if quals:
            lines.append("    qualifiers:")
            lines += [f"      - {{relation: {r.text}, amount: [{r.amount}], currency: USD}}" for r in quals]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Corpus:
    root: Path
    registry: Path
    articles: Path
    gold: Path
    documents: int
    text_bytes: int
    gold_relations: int  # relation mentions the articles state, summed over articles
    probes: dict[str, str]


def corpus_entities(documents: int) -> int:
    """Industry size for a corpus: a quarter as many entities as articles (each relation recurs)."""
    return max(60, documents // 4)


def write_corpus(
    out: Path | str, documents: int, *, entities: int | None = None, seed: int = 7, jsonl: bool = False
) -> Corpus:
    """Write registry, articles and gold for ``documents`` articles under ``out``."""
    root = Path(out)
    root.mkdir(parents=True, exist_ok=True)
    ind = make_industry(entities or corpus_entities(documents), seed=seed)
    registry = root / "registry.yaml"
    registry.write_text(registry_yaml(ind), encoding="utf-8")
    docs = list(articles(ind, documents, seed=seed))
    size = 0
    if jsonl:
        target = root / "articles.jsonl"
        with target.open("w", encoding="utf-8") as f:
            for d in docs:
                row = {"id": d.name, "title": d.title, "date": d.date.isoformat(), "text": d.text,
                       "url": f"https://example.org/synthetic/{d.name}"}  # fmt: skip
                f.write(json.dumps(row) + "\n")
                size += len(d.text.encode())
    else:
        target = root / "articles"
        for i, d in enumerate(docs):
            shard = target / f"{i // 1000:03d}"
            shard.mkdir(parents=True, exist_ok=True)
            (shard / d.name).write_text(d.text, encoding="utf-8")
            size += len(d.text.encode())
    gold = root / "gold.yaml"
    gold.write_text(gold_yaml(ind, docs), encoding="utf-8")
    probes = ind.probes()
    (root / "probes.json").write_text(json.dumps(probes, indent=1), encoding="utf-8")
    return Corpus(root, registry, target, gold, documents, size, sum(len(d.gold) for d in docs), probes)


def write_more_articles(out: Path | str, documents: int, more: int, *, seed: int = 7) -> int:
    """``more`` articles about the industry of a ``documents``-article corpus (``write_corpus``
    with the same seed), none of them in it: what a store holding that corpus would take in
    next. Returns the bytes of text written."""
    root = Path(out)
    root.mkdir(parents=True, exist_ok=True)
    ind = make_industry(corpus_entities(documents), seed=seed)
    size = 0
    for i, d in enumerate(articles(ind, more, seed=seed + 1000)):
        (root / f"more-{i:06d}.txt").write_text(d.text, encoding="utf-8")
        size += len(d.text.encode())
    return size


# ---------------------------------------------------------------------- statement sets


def statement_extractions(ind: Industry, *, per_document: int = 3, seed: int = 7) -> Iterator[object]:
    """Every gold relation as a claim with evidence, ``per_document`` claims per synthetic
    document (aikg.ontology.models.Extraction objects, as the extractor would return them)."""
    from aikg.ontology.models import Claim, Document, Entity, Evidence, Extraction, Qualifiers, content_id

    rng = random.Random(seed + 2)
    for start in range(0, len(ind.relations), per_document):
        group = ind.relations[start : start + per_document]
        sentences = [relation_sentence(ind, r, rng) for r in group]
        text = " ".join(sentences)
        doc_id = content_id(text + str(start))
        day = dt.date(2024, 1, 1) + dt.timedelta(days=start % 700)
        name = f"stmt-{start // per_document:07d}.txt"
        doc = Document(id=doc_id, path=f"/synthetic/{name}", title=f"Synthetic statements {start}",
                       published=day, text=text)  # fmt: skip
        claims, offset, ends = [], 0, {}
        for r, sentence in zip(group, sentences, strict=True):
            ev = Evidence(document=doc_id, sentence=sentence, start=offset, end=offset + len(sentence),
                          title=doc.title, date=day)  # fmt: skip
            offset += len(sentence) + 1
            q = Qualifiers(amount=r.amount, currency="USD") if r.amount else Qualifiers()
            claims.append(Claim(subject=r.subject, predicate=r.predicate, object=r.object, confidence=0.85,
                                qualifiers=q, evidence=(ev,)))  # fmt: skip
            for eid in (r.subject, r.object):
                e = ind.entities[eid]
                ends[eid] = Entity(id=e.id, label=e.label, type=e.type, curated=False)
        yield Extraction(document=doc, entities=tuple(ends.values()), claims=tuple(claims))


def write_statements(out: Path | str, entities: int, *, seed: int = 7) -> dict[str, object]:
    """Write the N-Quads of an industry of ``entities`` entities; returns counts and probes."""
    import pyoxigraph as ox

    from aikg.graph.rdf import extraction_quads
    from aikg.ontology.vocab import FACTS_IRI

    ind = make_industry(entities, seed=seed)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    quads = documents = 0
    facts: set[ox.Quad] = set()  # the facts graph stores each once, whichever documents repeat it
    with path.open("wb") as f:
        for extraction in statement_extractions(ind, seed=seed):
            batch = extraction_quads(extraction)  # type: ignore[arg-type]
            ox.serialize(batch, f, format=ox.RdfFormat.N_QUADS)
            said = [q for q in batch if q.graph_name.value != FACTS_IRI]
            quads += len(said)
            facts.update(q for q in batch if q.graph_name.value == FACTS_IRI)
            documents += 1
    quads += len(facts)
    return {"path": str(path), "quads": quads, "documents": documents, "entities": len(ind.entities),
            "relations": len(ind.relations), "probes": ind.probes()}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="what", required=True)
    c = sub.add_parser("corpus", help="registry, articles and gold")
    c.add_argument("out", type=Path)
    c.add_argument("--documents", type=int, default=1000)
    c.add_argument("--entities", type=int, default=None)
    c.add_argument("--jsonl", action="store_true", help="one articles.jsonl instead of .txt files")
    s = sub.add_parser("statements", help="N-Quads in the store's shape")
    s.add_argument("out", type=Path)
    s.add_argument("--entities", type=int, default=10_000)
    for p in (c, s):
        p.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.what == "corpus":
        corpus = write_corpus(
            args.out, args.documents, entities=args.entities, seed=args.seed, jsonl=args.jsonl
        )
        print(f"{corpus.documents} articles, {corpus.text_bytes / 1e6:.2f} MB of text in {corpus.articles}")
    else:
        info = write_statements(args.out, args.entities, seed=args.seed)
        print(json.dumps(info, indent=1))


if __name__ == "__main__":
    main()
