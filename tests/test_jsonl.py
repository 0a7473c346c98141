"""JSON Lines articles: one document per line; a bad line is named and the others land."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from aikg import KnowledgeGraph
from aikg.cli import cli

TEXT = "TikTok pays Microsoft $20 million a month for access to OpenAI's models through Azure."


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_each_line_is_a_document_and_a_bad_line_is_named(tmp_path: Path) -> None:
    news = _write(
        tmp_path / "news.jsonl",
        [
            json.dumps({"id": "a1", "title": "TikTok's bill", "date": "2024-07-31", "text": TEXT}),
            "{not json",
            json.dumps({"title": "no text"}),
            json.dumps({"text": "Amazon invested $4 billion in Anthropic."}),
        ],
    )
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "kg"), "ingest", str(news)])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"ingested {news}#a1: 1 claims, 2 entities",
        f"ingested {news}#L4: 1 claims, 2 entities",
        f"error: {news}:2: not valid JSON (Expecting property name enclosed in double quotes, column 2)",
        f"error: {news}:3: text: Field required",
        "2 documents from 1 file ingested, 2 failed",
    ]
    kg = KnowledgeGraph(tmp_path / "kg", read_only=True)
    (bill,) = kg.relations(subject="TikTok", predicate="customerOf", object="Microsoft")
    assert [(e.document, e.title, e.date) for e in bill.evidence] == [
        ("news.jsonl#a1", "TikTok's bill", "2024-07-31")
    ]
    (stake,) = kg.relations(subject="Amazon", predicate="investsIn")
    assert [e.document for e in stake.evidence] == ["news.jsonl#L4"]


def test_reingesting_a_changed_line_replaces_only_that_document(tmp_path: Path) -> None:
    news = tmp_path / "news.jsonl"
    kg = KnowledgeGraph(tmp_path / "kg")
    other = json.dumps({"id": "b", "text": "Amazon invested $4 billion in Anthropic."})
    _write(news, [json.dumps({"id": "a", "text": TEXT}), other])
    assert kg.ingest([news]).ok
    before = set(kg.store.named_graphs())
    _write(news, [json.dumps({"id": "a", "text": TEXT.replace("$20 million", "$30 million")}), other])
    assert kg.ingest([news]).ok
    after = set(kg.store.named_graphs())
    assert len(after) == len(before) and len(after - before) == 1
    (bill,) = kg.relations(subject="TikTok", predicate="customerOf")
    assert bill.qualifiers["amount"] == 30000000
