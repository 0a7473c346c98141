"""JSON Lines articles: one document per line; a bad line is named and the others land."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from aikg import KnowledgeGraph
from aikg.cli import cli
from aikg.loaders.jsonl import parse_line
from aikg.loaders.jsonl_stream import jsonl_chunks

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
        "2 documents from 1 file ingested, 1 failed; 1 record had no text (skipped)",
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


def _ingest(store: Path, *args: str) -> Any:
    return CliRunner().invoke(cli, ["--store", str(store), "ingest", "--workers", "1", *args])


def test_the_size_limit_is_per_article_not_per_dump(tmp_path: Path) -> None:
    filler = " Analysts expect more deals of this kind." * 60  # ~2.5 kB an article
    lines = [json.dumps({"id": f"a{i}", "text": TEXT + filler}) for i in range(4)]
    lines.insert(2, json.dumps({"id": "huge", "text": TEXT + filler * 3}))
    news = _write(tmp_path / "news.jsonl", lines)
    assert news.stat().st_size > 12_000  # the dump is over the limit; each article but one under it
    result = _ingest(tmp_path / "kg", "--max-size", "0.005", str(news))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {news}:3: too large (0.0 MB; the limit is 0.005 MB per article); raise the limit with "
        "`aikg ingest --max-size MB` or AIKG_MAX_FILE_MB"
    ]
    assert result.stdout.splitlines()[-1] == "4 documents from 1 file ingested, 1 failed"


def test_a_dump_is_read_in_bounded_memory(tmp_path: Path) -> None:
    article = json.dumps({"text": TEXT + " More." * 1600}) + "\n"  # ~10 kB
    news = tmp_path / "big.jsonl"
    with news.open("w", encoding="utf-8") as f:
        for _ in range(2500):
            f.write(article)
    assert news.stat().st_size > 24_000_000
    tracemalloc.start()
    try:
        lines = sum(len(chunk.lines) for chunk in jsonl_chunks(news, max_line_bytes=1_000_000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert lines == 2500
    assert peak < 2_000_000  # a few chunks of lines at a time, never the 24 MB file


def test_one_dump_spreads_over_the_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import aikg.ingest.pool as pool

    news = _write(tmp_path / "news.jsonl", [json.dumps({"id": f"n{i}", "text": TEXT}) for i in range(20)])
    pooled: list[int] = []
    real = pool._pooled

    def spy(tasks: Any, names: Any, workers: int, max_file_mb: Any) -> Any:
        pooled.append(workers)
        return real(tasks, names, workers, max_file_mb)

    monkeypatch.setattr(pool, "_pooled", spy)
    parallel = KnowledgeGraph(tmp_path / "kg2")
    assert parallel.ingest([news], workers=2).ok
    assert pooled == [2]  # one file, yet both workers: its lines travel in chunks
    serial = KnowledgeGraph(tmp_path / "kg1")
    assert serial.ingest([news], workers=1).ok
    assert pooled == [2]
    assert set(parallel.store.named_graphs()) == set(serial.store.named_graphs())
    assert len(parallel.relations(subject="TikTok")) == len(serial.relations(subject="TikTok"))


@pytest.mark.parametrize(
    ("stated", "shown"),
    [
        ("2001", "2001"),
        (2001, "2001"),
        ("2024-07", "2024-07"),
        ("July 2024", "2024-07"),
        ("2024-07-31T12:00:00Z", "2024-07-31"),
        ("2024-07-31T23:30:00-05:00", "2024-07-31"),
        ("July 31, 2024", "2024-07-31"),
        ("Wed, 31 Jul 2024 09:12:00 GMT", "2024-07-31"),
    ],
    ids=["year", "year-number", "year-month", "month-name", "utc", "zone", "words", "rfc2822"],
)
def test_dates_as_dumps_give_them_keep_their_precision(tmp_path: Path, stated: object, shown: str) -> None:
    news = _write(tmp_path / "news.jsonl", [json.dumps({"id": "a", "date": stated, "text": TEXT})])
    result = _ingest(tmp_path / "kg", str(news))
    assert (result.exit_code, result.stderr) == (0, "")
    kg = KnowledgeGraph(tmp_path / "kg", read_only=True)
    (bill,) = kg.relations(subject="TikTok", predicate="customerOf")
    assert [e.date for e in bill.evidence] == [shown]


def test_a_year_is_not_the_first_of_january(tmp_path: Path) -> None:
    news = _write(tmp_path / "news.jsonl", [json.dumps({"id": "a", "date": "2024", "text": TEXT})])
    assert _ingest(tmp_path / "kg", str(news)).exit_code == 0
    assert KnowledgeGraph(tmp_path / "kg", as_of="2024-06-30").relations(subject="TikTok") == []
    assert len(KnowledgeGraph(tmp_path / "kg", as_of="2024-12-31").relations(subject="TikTok")) == 1


def test_a_date_that_cannot_be_read_leaves_the_document_undated_with_a_warning(tmp_path: Path) -> None:
    news = _write(tmp_path / "news.jsonl", [json.dumps({"id": "a", "date": "next Tuesday", "text": TEXT})])
    result = _ingest(tmp_path / "kg", str(news))
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"warning: {news}:1: date: cannot read 'next Tuesday' as a date; the document is undated"
    ]
    kg = KnowledgeGraph(tmp_path / "kg", read_only=True)
    (bill,) = kg.relations(subject="TikTok", predicate="customerOf")
    assert [e.date for e in bill.evidence] == [None]


def test_fields_real_dumps_carry_are_kept_and_named_alternatives_read(tmp_path: Path) -> None:
    record = {
        "headline": "TikTok's bill",
        "published_at": "2024-07-31T09:12:00Z",
        "content": TEXT,
        "author": "A. Writer",
        "source": "Example News",
        "domain": "example.com",
        "year": 2024,
        "lang": "en",
        "summary": "TikTok pays Microsoft.",
        "tags": ["ai", "cloud"],
    }
    news = _write(
        tmp_path / "news.jsonl",
        [json.dumps(record), json.dumps({"title": "a record with no body"}), json.dumps({"text": "  "})],
    )
    result = _ingest(tmp_path / "kg", str(news))
    assert result.exit_code == 0, result.output
    summary = "1 document from 1 file ingested, 0 failed; 2 records had no text (skipped)"
    assert result.stdout.splitlines()[-1] == summary
    kg = KnowledgeGraph(tmp_path / "kg", read_only=True)
    (bill,) = kg.relations(subject="TikTok", predicate="customerOf")
    assert [(e.title, e.date) for e in bill.evidence] == [("TikTok's bill", "2024-07-31")]
    doc = parse_line(news, 1, json.dumps(record).encode()).document
    assert doc is not None and dict(doc.metadata) == {
        "author": "A. Writer",
        "source": "Example News",
        "domain": "example.com",
        "year": "2024",
        "lang": "en",
        "summary": "TikTok pays Microsoft.",
        "tags": '["ai", "cloud"]',
    }


def test_one_bad_line_never_loses_the_dump(tmp_path: Path) -> None:
    good = json.dumps({"id": "good", "text": TEXT})
    news = tmp_path / "news.jsonl"
    news.write_text(
        "\n".join(
            [
                good,
                '{"text": "Amazon invested $4 billion in Anthropic. \\ud800", "title": "Odd \\udc00 title"}',
                "[" * 5000 + "]" * 5000,
                '{"text": ' + "[" * 5000 + "]" * 5000 + "}",
                '{"text": 42}',
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    result = _ingest(tmp_path / "kg", str(news))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"warning: {news}:2: 2 lone surrogates (an invalid \\ud800-style escape) replaced with U+FFFD",
        f"error: {news}:3: not readable JSON: nested too deeply (arrays or objects inside each other)",
        f"error: {news}:4: not readable JSON: nested too deeply (arrays or objects inside each other)",
        f"error: {news}:5: text: expected a string, got a number",
    ]
    assert result.stdout.splitlines()[-1] == "2 documents from 1 file ingested, 3 failed"
    kg = KnowledgeGraph(tmp_path / "kg", read_only=True)
    (stake,) = kg.relations(subject="Amazon", predicate="investsIn")
    assert stake.evidence[0].title == "Odd \ufffd title"
    assert "internal error" not in result.output


def test_a_binary_or_empty_dump_is_one_clear_failure(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    gz = tmp_path / "dump.jsonl"
    gz.write_bytes(b"\x1f\x8b\x08\x00" + bytes(40))
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n\n  \n")
    result = _ingest(tmp_path / "kg", str(empty), str(gz), str(blank))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {empty}: empty file (0 bytes)",
        f"error: {gz}: gzip-compressed, not text; decompress it first (`gunzip -k FILE`)",
        f"error: {blank}: holds no articles (expected one JSON object per line)",
    ]
