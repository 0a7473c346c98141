"""Scoring against gold files: the seed bars, and each matching rule on a tiny gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aikg.errors import InputError
from aikg.evaluation import evaluate, gold_ids, load_gold, score_document
from aikg.ontology.models import Claim, Document, Entity, Extraction, Status
from aikg.ontology.registry import NameIndex

DATA = Path(__file__).parent / "data"
NAMES = NameIndex(
    [
        Entity(id="acme-corp", label="Acme", type="Company", aliases=("Acme Corporation",)),
        Entity(id="zenith", label="Zenith", type="Company"),
        Entity(id="nova", label="Nova", type="ResearchLab"),
        Entity(id="orbit", label="Orbit", type="Company"),
        Entity(id="quill", label="Quill", type="AIModel"),
        Entity(id="nimbus", label="Nimbus", type="CloudPlatform"),
    ]
)


# ---- the bars on the seed articles


def test_seed_articles_clear_the_bars(seeds: Path, seeds_gold: Path) -> None:
    report = evaluate(seeds_gold, sorted(seeds.glob("*.txt")))
    assert report.recall >= 0.9, report.to_text()
    assert report.precision >= 0.85, report.to_text()
    assert report.negative_violations == [], report.to_text()
    checks = report.qualifier_checks
    assert {q.field for q in checks} == {"amount", "currency", "period", "share"}
    assert all(q.ok for q in checks), report.to_text()
    for document in report.documents:
        assert document.recall >= 0.9 and document.precision >= 0.85, report.to_text()


def test_articles_written_for_the_project_clear_the_unseen_bars() -> None:
    report = evaluate(DATA / "articles.gold.yaml", sorted((DATA / "articles").iterdir()))
    assert report.precision >= 0.75, report.to_text()
    assert report.recall >= 0.5, report.to_text()
    assert report.negative_violations == [], report.to_text()


def test_demo_corpus_clears_its_bars() -> None:
    """The example articles the demo ingests: recall reached 0.884 (84 of 95), kept with a margin."""
    examples = Path(__file__).parent.parent / "examples"
    report = evaluate(DATA / "examples.gold.yaml", sorted(examples.iterdir()))
    assert report.precision >= 0.8, report.to_text()
    assert report.recall >= 0.85, report.to_text()
    assert report.negative_violations == [], report.to_text()
    assert all(q.ok for q in report.qualifier_checks), report.to_text()


# ---- the matching rules, on a tiny gold file


@pytest.fixture(scope="module")
def rules_report():  # type: ignore[no-untyped-def]
    docs = sorted((DATA / "eval-rules").glob("*.txt"))
    return evaluate(DATA / "eval-rules.gold.yaml", docs, NAMES)


def test_inverse_symmetric_and_any_group_match(rules_report) -> None:  # type: ignore[no-untyped-def]
    one = rules_report.documents[0]
    assert one.document == "rules-one.txt"
    assert one.true_positives == [
        "nova subsidiaryOf acme",
        "orbit competesWith acme",
        "any: acme develops quill | nova develops quill",
        "acme acquires zenith",
    ]
    assert one.misses == ["acme investsIn orbit"]
    assert one.recall == pytest.approx(0.8)


def test_also_ok_is_neutral_and_unlisted_entities_do_not_count(rules_report) -> None:  # type: ignore[no-untyped-def]
    one = rules_report.documents[0]
    assert one.neutral == ["zenith hostedOn nimbus"]
    assert one.false_positives == []  # Halvorsen is not a gold entity: its relation is ignored
    assert one.precision == 1.0


def test_hedged_negative_is_no_violation_but_a_stated_one_is(rules_report) -> None:  # type: ignore[no-untyped-def]
    one, two = rules_report.documents
    assert one.negative_violations == []
    assert two.negative_violations == ["orbit partnerOf zenith"]
    assert two.false_positives == ["orbit partnerOf zenith"]
    assert two.precision == pytest.approx(0.5)
    assert rules_report.negative_violations == ["rules-two.txt: orbit partnerOf zenith"]


def test_qualifier_checks(rules_report) -> None:  # type: ignore[no-untyped-def]
    checks = {q.field: q for q in rules_report.documents[1].qualifier_checks}
    assert checks["amount"].ok and checks["currency"].ok and checks["period"].ok
    assert not checks["share"].ok and checks["share"].found is None


def test_totals_are_micro_averaged(rules_report) -> None:  # type: ignore[no-untyped-def]
    assert rules_report.recall == pytest.approx(5 / 6)
    assert rules_report.precision == pytest.approx(5 / 6)
    assert rules_report.f1 == pytest.approx(5 / 6)


def test_report_renders_as_json_and_text(rules_report) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(json.dumps(rules_report.to_json()))
    assert data["total"]["negative_violations"] == 1
    assert data["documents"][0]["misses"] == ["acme investsIn orbit"]
    text = rules_report.to_text()
    assert text.splitlines()[0].split() == ["document", "P", "R", "F1", "TP", "miss", "FP", "neg"]
    assert "rules-two.txt: NEGATIVE asserted: orbit partnerOf zenith" in text
    assert "total" in text


# ---- unit rules and errors


def test_gold_names_match_labels_and_aliases_case_insensitively() -> None:
    entities, _ = load_gold(DATA / "eval-rules.gold.yaml")
    acme = Entity(id="whatever", label="acme", aliases=())
    other = Entity(id="acme", label="Acme Labs", aliases=("ACME CORPORATION",))
    assert gold_ids(acme, entities) == ["acme"]
    assert gold_ids(other, entities) == ["acme"]
    assert gold_ids(Entity(id="acme", label="Elsewhere"), entities) == []


def test_only_direct_statuses_count() -> None:
    entities, documents = load_gold(DATA / "eval-rules.gold.yaml")
    doc = Document(id="d", path="rules-two.txt", text="")
    parties = (Entity(id="orbit", label="Orbit"), Entity(id="zenith", label="Zenith"))

    def scored(status: Status):  # type: ignore[no-untyped-def]
        claim = Claim(subject="orbit", predicate="customerOf", object="zenith", status=status)
        extraction = Extraction(document=doc, entities=parties, claims=(claim,))
        return score_document("rules-two.txt", extraction, documents["rules-two.txt"], entities)

    for status in (Status.ASSERTED, Status.REPORTED, Status.ALLEGED):
        assert scored(status).true_positives == ["orbit customerOf zenith"]
    for status in (Status.SPECULATIVE, Status.NEGATED):
        assert scored(status).misses == ["orbit customerOf zenith"]


def write_gold(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "g.gold.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_gold_documents_without_a_given_path_are_an_error(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, "entities: {a: [A]}\ndocuments:\n  x.txt: {gold: []}\n  y.txt: {gold: []}\n")
    (tmp_path / "x.txt").write_text("Some text.", encoding="utf-8")
    with pytest.raises(InputError, match=r"no document given for gold entries: y\.txt"):
        evaluate(gold, [tmp_path / "x.txt"], NAMES)


def test_documents_missing_from_gold_are_reported_unscored(tmp_path: Path) -> None:
    gold = write_gold(tmp_path, "entities: {a: [A]}\ndocuments:\n  x.txt: {gold: []}\n")
    for name in ("x.txt", "extra.txt"):
        (tmp_path / name).write_text("Some text.", encoding="utf-8")
    report = evaluate(gold, [tmp_path / "x.txt", tmp_path / "extra.txt"], NAMES)
    assert report.unscored == ["extra.txt"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "entities: {a: [A]}\ndocuments:\n  x.txt: {gold: [a investsIn b]}\n",
            "not listed under 'entities': b",
        ),
        (
            "entities: {a: [A], b: [B]}\ndocuments:\n  x.txt: {gold: [a likes b]}\n",
            "unknown predicate 'likes'",
        ),
        (
            "entities: {a: [A]}\ndocuments:\n  x.txt: {gold: [a investsIn]}\n",
            "expected 'subject predicate object'",
        ),
        ("just a string\n", "expected mappings 'entities' and 'documents'"),
        ("documents: [\n", "not valid YAML"),
    ],
    ids=["unknown-entity", "unknown-predicate", "short-relation", "not-a-mapping", "bad-yaml"],
)
def test_malformed_gold_files_are_input_errors(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load_gold(write_gold(tmp_path, body))


def test_passage_names_lose_the_punctuation_a_tokenised_annotation_keeps() -> None:
    """CORE's annotated names carry its tokeniser's leftovers ("Zenith .", "Acme 's"): the
    extracted relation between the bare names still counts."""
    from aikg.evaluation import score_passages
    from aikg.extract.training.corpora import Mention, Passage

    text = "Acme 's board said Acme acquired Zenith ."
    passage = Passage("p1", "core", text, "dev")
    passage.mentions = [Mention(0, 6, "Acme 's", "ORG"), Mention(33, 41, "Zenith .", "ORG")]
    passage.names = {"Acme 's": ["Acme 's"], "Zenith .": ["Zenith ."]}
    passage.relations = {("Acme 's", "Zenith ."): "acquires"}
    score = score_passages([passage])["core"]
    assert (score.tp, score.fp, score.gold) == (1, 0, 1)


def test_a_tokenised_possessive_after_an_s_is_no_part_of_the_name() -> None:
    """ "Some of Philidas ' clients include BMW": the annotation's "Philidas '" is Philidas."""
    from aikg.evaluation import score_passages
    from aikg.extract.training.corpora import Mention, Passage

    text = "Some of Philidas ' clients include BMW and Bosch ."
    passage = Passage("p1", "core", text, "dev")
    passage.mentions = [Mention(8, 18, "Philidas '", "ORG"), Mention(35, 38, "BMW", "ORG")]
    passage.names = {"Philidas '": ["Philidas '"], "BMW": ["BMW"]}
    passage.relations = {("BMW", "Philidas '"): "customerOf"}
    score = score_passages([passage])["core"]
    assert (score.tp, score.gold) == (1, 1)


def test_passage_names_lose_the_short_form_an_annotation_takes_in() -> None:
    """FIRE annotates "Acme Labs , Inc. ( Acme )" as one name: the extracted relation of Acme
    Labs, Inc. still counts."""
    from aikg.evaluation import score_passages
    from aikg.extract.training.corpora import Mention, Passage

    text = "Acme Labs , Inc. ( Acme ) acquired Zenith Systems ."
    gold = "Acme Labs , Inc. ( Acme )"
    passage = Passage("p1", "fire", text, "dev")
    passage.mentions = [Mention(0, len(gold), "a", "ORG"), Mention(35, 49, "z", "ORG")]
    passage.names = {"a": [gold], "z": ["Zenith Systems"]}
    passage.relations = {("a", "z"): "acquires"}
    score = score_passages([passage])["fire"]
    assert (score.tp, score.fp, score.gold) == (1, 0, 1)


def test_core_names_keep_lower_case_brands_and_titles_but_not_descriptions(tmp_path: Path) -> None:
    """ "eBay", "The Ledger" and "`` Brightwell" are names an extraction can match; "the company"
    and "it" are not, and take the name the annotation resolves them to."""
    import json

    from aikg.extract.training.corpora import read_core

    def entity(text: str, name: str, canonical: str | None = None) -> dict[str, object]:
        start = text.index(name)
        return {"name": name, "start": start, "end": start + len(name), "canonical": canonical}

    text = "It sold the company to eBay , and The Ledger said `` Brightwell bought iOS tools ."
    row = {
        "id": "core-x",
        "text": text,
        "entities": [
            entity(text, "It", "Quillmark"),
            entity(text, "the company", "Zenith"),
            entity(text, "eBay"),
            entity(text, "The Ledger"),
            entity(text, "`` Brightwell"),
            entity(text, "iOS"),
        ],
        "relations": [],
    }
    path = tmp_path / "core.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (passage,) = read_core(path)
    assert passage.names == {
        "It": ["Quillmark"],
        "the company": ["Zenith"],
        "eBay": ["eBay"],
        "The Ledger": ["The Ledger"],
        "`` Brightwell": ["`` Brightwell"],
        "iOS": ["iOS"],
    }


def test_passage_names_lose_a_tokenised_opening_quote() -> None:
    from aikg.evaluation import score_passages
    from aikg.extract.training.corpora import Mention, Passage

    text = "`` Brightwell acquired Zenith Systems ."
    passage = Passage("p1", "core", text, "dev")
    passage.mentions = [Mention(0, 13, "b", "ORG"), Mention(23, 37, "z", "ORG")]
    passage.names = {"b": ["`` Brightwell"], "z": ["Zenith Systems"]}
    passage.relations = {("b", "z"): "acquires"}
    score = score_passages([passage])["core"]
    assert (score.tp, score.fp, score.gold) == (1, 0, 1)


def test_passage_names_written_twice_are_one_entity() -> None:
    """Our sentences key each mention apart; "Kittering" twice is still one company, so the
    extraction's one Kittering is neither a false positive nor a miss."""
    from aikg.evaluation import score_passages
    from aikg.extract.training.corpora import Mention, Passage

    text = "Tolland Robotics bought Kittering and plans to move Kittering's Helmsman onto Azure."
    passage = Passage("p1", "own", text, "dev", exhaustive=True)
    spans = [("Tolland Robotics", 0), ("Kittering", 24), ("Kittering", 52), ("Helmsman", 64)]
    passage.mentions = [Mention(at, at + len(name), str(i), "ORG") for i, (name, at) in enumerate(spans)]
    passage.names = {str(i): [name] for i, (name, _) in enumerate(spans)}
    passage.relations = {("0", "1"): "acquires", ("2", "3"): "develops"}
    score = score_passages([passage])["own"]
    assert (score.tp, score.fp, score.gold) == (2, 0, 2)


def test_a_relation_a_passage_denies_must_not_be_stated(tmp_path: Path) -> None:
    """Our sentences annotate denied and hedged relations too (the model learns from them), but
    an extraction that states one is wrong, and one that leaves it out misses nothing."""
    import json

    from aikg.evaluation import score_passages
    from aikg.extract.training.corpora import read_own

    def row(text: str, status: str) -> dict[str, object]:
        names = ["Birchwood Labs", "Quasar-9"]
        entities = [{"name": n, "start": text.index(n), "end": text.index(n) + len(n)} for n in names]
        for e in entities:
            e["type"] = "Company" if e["name"] == names[0] else "AIModel"
        relation = {"head": 0, "tail": 1, "label": "develops", "status": status}
        return {"id": f"x-{status}", "text": text, "entities": entities, "relations": [relation]}

    path = tmp_path / "own.jsonl"
    rows = [
        row("Birchwood Labs did not develop Quasar-9, despite claims online.", "negated"),
        row("Birchwood Labs built Quasar-9 in six months.", "asserted"),
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    denied, stated = read_own(path)
    assert denied.hedged and not stated.hedged
    score = score_passages([denied, stated])["own"]
    assert (score.tp, score.fp, score.gold) == (1, 0, 1)


def test_a_registry_entity_written_as_its_id_matches_that_name() -> None:
    """ "Lightspeed" resolves to the registry's Lightspeed Venture Partners, whose id it spells:
    the annotation's "Lightspeed" is that entity."""
    from aikg.evaluation import score_passages
    from aikg.extract.training.corpora import Mention, Passage

    text = "Lightspeed has invested in Nettlefold, a Bangalore payments startup."
    passage = Passage("p1", "own", text, "dev", exhaustive=True)
    passage.mentions = [Mention(0, 10, "a", "ORG"), Mention(27, 37, "b", "ORG")]
    passage.names = {"a": ["Lightspeed"], "b": ["Nettlefold"]}
    passage.relations = {("a", "b"): "investsIn"}
    score = score_passages([passage])["own"]
    assert (score.tp, score.fp, score.gold) == (1, 0, 1)
