"""The benchmark generator: its articles say what its gold says, the real extractor finds it, and
the same seed always gives the same corpus (so benchmark figures compare across runs)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from aikg import KnowledgeGraph
from aikg.evaluation import evaluate
from aikg.loaders.facts import load_fact_file
from aikg.ontology.registry import default_registry


def _load_synth() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "synth.py"
    spec = importlib.util.spec_from_file_location("synth", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("synth", module)
    spec.loader.exec_module(module)
    return module


synth = _load_synth()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> object:
    return synth.write_corpus(tmp_path_factory.mktemp("synth"), 20, seed=3)


def test_extractor_finds_the_gold_relations(corpus: object) -> None:
    names = default_registry()
    load_fact_file(corpus.registry, names)  # type: ignore[attr-defined]
    articles = sorted(corpus.articles.rglob("*.txt"))  # type: ignore[attr-defined]
    report = evaluate(corpus.gold, articles, names)  # type: ignore[attr-defined]
    assert len(articles) == 20
    assert report.recall >= 0.95, report.to_text()  # measured: 1.0 at 20 and at 200 articles
    assert report.precision == 1.0, report.to_text()
    assert report.documents and all(c.ok for d in report.documents for c in d.qualifier_checks)


def test_ingest_through_the_registry_fact_file_gives_exactly_the_gold(corpus: object, tmp_path: Path) -> None:
    kg = KnowledgeGraph(tmp_path / "kg")
    report = kg.ingest([corpus.registry, corpus.articles])  # type: ignore[attr-defined]
    assert report.ok, report.failed
    gold = {
        line.strip()[2:]
        for line in corpus.gold.read_text().splitlines()  # type: ignore[attr-defined]
        if line.startswith("      - ") and not line.startswith("      - {")
    }
    found = {f"{r.subject.id} {r.predicate} {r.object.id}" for r in kg.relations() if r.is_direct}
    assert found == gold


def test_same_seed_same_corpus_and_another_seed_another(tmp_path: Path) -> None:
    def texts(seed: int, where: str) -> list[str]:
        made = synth.write_corpus(tmp_path / where, 5, seed=seed)
        return [p.read_text() for p in sorted(made.articles.rglob("*.txt"))] + [made.gold.read_text()]

    assert texts(11, "a") == texts(11, "b")
    assert texts(11, "a") != texts(12, "c")


def test_statement_set_has_the_store_shape_and_the_known_path(tmp_path: Path) -> None:
    import pyoxigraph as ox

    info = synth.write_statements(tmp_path / "s.nq", 60, seed=5)
    store = ox.Store(str(tmp_path / "kg"))
    store.bulk_load(path=str(tmp_path / "s.nq"), format=ox.RdfFormat.N_QUADS)
    assert len(store) == info["quads"]
    store.flush()
    del store
    kg = KnowledgeGraph(tmp_path / "kg")
    probes = info["probes"]
    [path, *_] = kg.paths(probes["path_from"], probes["path_to"])
    assert len(path.edges) == int(probes["path_hops"]) == 4
    assert kg.resolve(probes["path_from"]).id in {r.entity for r in kg.dependents(probes["dependents_of"])}
    assert len(kg.relations()) == info["relations"]
