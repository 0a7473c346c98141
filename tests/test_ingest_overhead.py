"""What the ingest speed-ups must not change: a claim repeated throughout a long article keeps
every piece of evidence once, in order (the merge that was quadratic in repeats), and a batch
stored by the writer thread is reported in input order."""

from __future__ import annotations

from pathlib import Path

import pytest

from aikg import KnowledgeGraph
from aikg.extract.pipeline import extract
from aikg.ontology.models import Document, content_id
from aikg.ontology.registry import default_registry

SENTENCE = "Microsoft invested in OpenAI."


def test_a_claim_repeated_in_every_paragraph_keeps_each_evidence_once_in_order() -> None:
    text = "\n\n".join([SENTENCE] * 300)
    result = extract(Document(id=content_id(text), path="t.txt", text=text), default_registry())
    (claim,) = [
        c for c in result.claims if (c.subject, c.predicate, c.object) == ("microsoft", "investsIn", "openai")
    ]
    starts = [e.start for e in claim.evidence]
    assert starts == [i * (len(SENTENCE) + 2) for i in range(300)]


def test_reports_come_in_input_order_from_several_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import aikg.ingest.run as run

    monkeypatch.setattr(run, "BATCH_DOCUMENTS", 2)  # five batches, written by the thread
    paths = []
    for i in range(10):
        p = tmp_path / f"doc-{i}.txt"
        p.write_text(f"Company{i} Labs is an AI startup. Microsoft invested in OpenAI in year {2000 + i}.\n")
        paths.append(p)
    seen: list[str] = []
    with KnowledgeGraph(tmp_path / "store") as kg:
        report = kg.ingest(paths, workers=1, on_file=lambda item: seen.append(Path(item.path).name))
    assert seen == [f"doc-{i}.txt" for i in range(10)]
    assert (len(report.ingested), len(report.failed), report.files) == (10, 0, 10)
