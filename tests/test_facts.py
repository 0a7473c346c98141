"""Fact files: claims with qualifiers and evidence, and errors that name the file, line and fix."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from helpers import FACTS, HOSTILE

from aikg.errors import InputError
from aikg.loaders.facts import _check_nodes, load_fact_file
from aikg.ontology.models import Status
from aikg.ontology.registry import default_registry


def test_facts_become_canonical_claims_with_qualifiers_and_sourced_evidence() -> None:
    extraction = load_fact_file(FACTS / "industry.yaml", default_registry())
    claims = {(c.subject, c.predicate, c.object): c for c in extraction.claims}
    # subsidiaryOf is stored under its canonical inverse, parentOf
    assert ("bytedance", "parentOf", "tiktok") in claims
    pay = claims[("tiktok", "customerOf", "microsoft")]
    assert pay.status is Status.REPORTED
    assert pay.qualifiers.amount == 20_000_000
    assert (pay.qualifiers.currency, pay.qualifiers.period, pay.qualifiers.share) == ("USD", "month", 0.25)
    assert str(pay.qualifiers.point_in_time) == "2024-07-31"
    text = (FACTS / "industry.yaml").read_text()
    quoted = claims[("bytedance", "usesTechnologyOf", "openai")].evidence[0]
    assert quoted.sentence == "used OpenAI models to build its own"
    assert text[quoted.start : quoted.end] == quoted.sentence
    for claim in extraction.claims:  # no quote: the fact in words, marked, located in the file
        [ev] = claim.evidence
        if ev is not quoted:
            assert ev.sentence.startswith("Curated fact") and "{" not in ev.sentence
            assert text[ev.start : ev.end].lstrip("- ").startswith("{subject:")
    assert pay.evidence[0].sentence == (
        "Curated fact, as reported: TikTok is a customer of Microsoft "
        "(USD 20,000,000 per month; share 25%; as of 2024-07-31)."
    )


def test_entities_declared_in_a_fact_file_resolve_by_alias() -> None:
    names = default_registry()
    extraction = load_fact_file(FACTS / "industry.yaml", names)
    assert ("acme-ai", "hostedOn", "zenith-cloud") in {
        (c.subject, c.predicate, c.object) for c in extraction.claims
    }
    assert names.resolve("acme").label == "Acme AI"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        pytest.param(
            "bad-predicate.yaml",
            "bad-predicate.yaml:4: facts.1: unknown predicate 'custmerOf' (did you mean: customerOf?)",
            id="unknown-predicate",
        ),
        pytest.param(
            "bad-name.yaml",
            "bad-name.yaml:2: facts.0: unknown entity 'Bytdance' (did you mean: ByteDance?)",
            id="unknown-entity",
        ),
        pytest.param(
            "malformed.yaml",
            "malformed.yaml:3: malformed YAML: expected ',' or '}', but got ':'; "
            "check the indentation, brackets and quotes on that line",
            id="malformed",
        ),
        pytest.param(
            "bad-period.yaml",
            "bad-period.yaml:2: facts.0.period: unknown period 'fortnight'; "
            "expected one of day, week, month, quarter, year",
            id="bad-period",
        ),
        pytest.param(
            "extra-key.yaml",
            "extra-key.yaml:2: facts.0.ammount: Extra inputs are not permitted",
            id="typo-key",
        ),
    ],
)
def test_bad_fact_files_are_errors_naming_file_line_and_fix(name: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        load_fact_file(FACTS / name, default_registry())
    assert str(info.value) == str(FACTS / message)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        pytest.param(
            "amount-inf.yaml", "amount-inf.yaml:3: facts.0.amount: Input should be a finite number", id="inf"
        ),
        pytest.param(
            "amount-1e400.yaml",
            "amount-1e400.yaml:3: facts.0.amount: Input should be a finite number",
            id="overflows-to-inf",
        ),
        pytest.param(
            "duplicate-key.yaml",
            "duplicate-key.yaml:4: the key 'subject' is given twice in one mapping; keep one",
            id="duplicate-key",
        ),
        pytest.param(
            "lone-surrogate.yaml",
            "lone-surrogate.yaml:3: a string holds a lone surrogate (an escape such as \\ud800 "
            "that is no character); remove it or write the character itself",
            id="lone-surrogate",
        ),
    ],
)
def test_hostile_fact_files_are_refused_with_the_line(name: str, message: str) -> None:
    """Each once got through: an overflow as an internal error, the rest silently."""
    with pytest.raises(InputError) as info:
        load_fact_file(HOSTILE / name, default_registry())
    assert str(info.value) == str(HOSTILE / message)


def test_a_yaml_bomb_of_aliases_is_checked_in_linear_time() -> None:
    """The duplicate-key check walks the composed nodes; aliases share them, so it must visit
    each node once (nine levels of ten aliases would be 10^9 visits otherwise)."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    text = "\n".join(lines) + "\nfacts: []\n"
    _check_nodes("bomb.yaml", yaml.compose(text))


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("2001", "2001"),
        ("'2024-07'", "2024-07"),
        ("'July 31, 2024'", "2024-07-31"),
        ("2024-07-31", "2024-07-31"),
    ],
    ids=["year", "year-month", "words", "iso"],
)
def test_fact_file_dates_are_read_in_every_form_at_their_precision(
    tmp_path: Path, written: str, shown: str
) -> None:
    from aikg import KnowledgeGraph

    path = tmp_path / "notes.yaml"
    path.write_text(
        f"source: {{title: Notes, date: {written}}}\n"
        "facts:\n  - {subject: TikTok, predicate: customerOf, object: Microsoft}\n"
    )
    kg = KnowledgeGraph()
    report = kg.ingest([path])
    assert report.ok, report.failed
    (r,) = kg.relations(subject="TikTok")
    assert [e.date for e in r.evidence] == [shown]


def test_a_fact_date_that_cannot_be_read_is_named_without_pydantic_words(tmp_path: Path) -> None:
    path = tmp_path / "notes.yaml"
    path.write_text("facts:\n  - {subject: TikTok, predicate: customerOf, object: Microsoft, date: soon}\n")
    with pytest.raises(InputError) as e:
        load_fact_file(path, default_registry())
    assert str(e.value) == (
        f"{path}:2: facts.0.date: cannot read 'soon' as a date; write it as YYYY-MM-DD (or YYYY-MM, or YYYY)"
    )


def test_each_amount_keeps_the_date_of_the_evidence_that_states_it(tmp_path: Path) -> None:
    from aikg import KnowledgeGraph
    from aikg.render import relation_line

    (tmp_path / "old.yaml").write_text(
        "source: {title: Old, date: 2023-10-27}\nfacts:\n"
        "  - {subject: Google, predicate: investsIn, object: Anthropic, amount: 2000000000, currency: USD,"
        " date: 2023-10-01}\n"
    )
    (tmp_path / "new.yaml").write_text(
        "source: {title: New, date: 2025-01-22}\nfacts:\n"
        "  - {subject: Google, predicate: investsIn, object: Anthropic, amount: 3000000000, currency: USD}\n"
    )
    kg = KnowledgeGraph()
    assert kg.ingest([tmp_path]).ok
    (stake,) = kg.relations(subject="Google", predicate="investsIn")
    assert stake.qualifiers == {"amount": 3000000000, "currency": "USD"}  # not "as of 2023-10-01"
    assert relation_line(stake) == "Google --investsIn--> Anthropic  [asserted, 0.99; USD 3,000,000,000]"
    (then,) = kg.at("2024-12-31").relations(subject="Google", predicate="investsIn")
    assert then.qualifiers == {"amount": 2000000000, "currency": "USD", "point_in_time": "2023-10-01"}


def _marks(node: object) -> list[tuple[int, int, int]]:
    out, stack = [], [node]
    while stack:
        n = stack.pop()
        if isinstance(n, yaml.Node):
            out.append((n.start_mark.index, n.end_mark.index, n.start_mark.line))
            if isinstance(n, yaml.MappingNode):
                stack.extend(x for pair in n.value for x in pair)
            elif isinstance(n, yaml.SequenceNode):
                stack.extend(n.value)
    return out


@pytest.mark.parametrize(
    "path", sorted({*Path("examples").rglob("*.yaml"), *Path("tests/data").rglob("*.yaml")}), ids=str
)
def test_libyaml_reads_a_fact_file_as_pyyaml_does(path: Path) -> None:
    # Evidence offsets and error lines come from the nodes' marks: libyaml's must be PyYAML's.
    from aikg.loaders.facts import _parse

    text = path.read_text(encoding="utf-8")
    try:
        expected_root = yaml.compose(text)
        expected = yaml.safe_load(text)
    except (yaml.YAMLError, ValueError, RecursionError):
        return  # a broken file: test_bad_input checks its message
    root, data = _parse(text)
    assert data == expected
    assert _marks(root) == _marks(expected_root)


def test_a_bracket_bomb_is_refused_without_libyaml(tmp_path: Path) -> None:
    # libyaml composes recursively in C and would crash the process: it is not given the file.
    path = tmp_path / "deep.yaml"
    path.write_text("facts: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="nested too deeply"):
        load_fact_file(path, default_registry())
