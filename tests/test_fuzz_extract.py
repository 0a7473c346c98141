"""Property-based fuzzing of the extractor and of every loader entry.

Articles are built from the pieces the rules react to (registry names and aliases, the trigger
phrases of the rule table, hedging words, money, shares and dates, read from the code so the
fuzz follows the rules as they change) mixed with adversarial text: combining marks, RTL and
bidi controls, emoji, NUL and other control characters, escaped surrogates, CRLF, very long
tokens, text with no whitespace, and random unicode. Whatever comes in, only the project's own
errors may come out, and every claim must be sourced exactly: its evidence offsets slice the
document text to the quoted sentence, its ends are known entities, its predicate is in the
ontology. Run many more examples with ``HYPOTHESIS_PROFILE=long``.
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from aikg.errors import AIKGError
from aikg.extract.hedging import ACCUSATIONS, DENIALS, HEDGES, NEGATIONS, REPORTING
from aikg.extract.pipeline import extract
from aikg.extract.qualifiers import FRACTIONS, PERIODS, SCALES, SYMBOLS, WORDS
from aikg.extract.rules.table import rules
from aikg.extract.rules.triggers import _phrases
from aikg.loaders import SUPPORTED, load
from aikg.loaders.rdf_files import RdfFile
from aikg.loaders.text import MONTHS
from aikg.ontology.models import Document, Extraction, content_id
from aikg.ontology.registry import default_registry, registry_entities
from aikg.ontology.vocab import vocabulary

# --------------------------------------------------------------------------------------------
# The vocabulary the rules react to, read from the code

NAMES = sorted({n for e in registry_entities() for n in e.names()})
TRIGGERS = sorted({t for r in rules().values() for p in r.phrases for t in _phrases(p)})
HEDGING = sorted(ACCUSATIONS | DENIALS | HEDGES | NEGATIONS | REPORTING)
CURRENCY = sorted({*SYMBOLS, *(s.upper() for s in SYMBOLS)})
MONTH_NAMES = sorted(m.capitalize() for m in MONTHS)
PERIOD_WORDS = sorted({w for v in PERIODS.values() for w in v.split("|") if w.isalpha() or " " in w})
PREDICATES = set(vocabulary().predicates)

# Adversarial pieces: each is something real text (or a hostile author) does to a tokenizer.
HOSTILE = [
    "\x00",
    "\x1b[2J",
    "\x1b]8;;http://evil\x07link\x1b]8;;\x07",
    "\r",
    "\r\n",
    "\n\n",
    "\t",
    "\x0b\x0c",
    "\x85",
    "\u2028",
    "\u2029",
    "\u202e",
    "\u2066",
    "\u200b",
    "\u200d",
    "\ufeff",
    "e\u0301\u0301\u0301",
    "\u05e9\u05dc\u05d5\u05dd",
    "\u0645\u0631\u062d\u0628\u0627",
    "\U0001f600",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "\\ud83d\\ude00",
    "\\udc80",
    "“",
    "”",
    "‘",
    "’",
    '"',
    "'",
    "—",
    "…",
    "...",
    "(",
    ")",
    "[",
    "]",
    "Inc.",
    "U.S.",
    "e.g.",
    "#",
    "## ",
    "- ",
    "1. ",
    "---",
    "---\n",
    "'s",
    "A" * 5000,
    "x" * 300,
    "<script>alert(1)</script>",
    '" } ; DROP ALL ; #',
    "../../etc/passwd",
]
PUNCT = [".", ",", ";", ":", "!", "?", " -- ", " and ", " of ", " the ", " it ", " its ", " this "]


def money() -> st.SearchStrategy[str]:
    number = st.one_of(
        st.integers(0, 10**6).map(str),
        st.floats(0, 1e4, allow_nan=False).map(lambda x: f"{x:.2f}"),
        st.integers(1000, 10**12).map(lambda x: f"{x:,}"),
    )
    scale = st.sampled_from(["", *SCALES, *(f" {s}" for s in SCALES)])
    prefix = st.tuples(st.sampled_from(CURRENCY), st.sampled_from(["", " "]), number, scale).map("".join)
    suffix = st.tuples(number, scale, st.just(" "), st.sampled_from(sorted(WORDS))).map("".join)
    return st.one_of(prefix, suffix)


def share() -> st.SearchStrategy[str]:
    percent = st.tuples(
        st.floats(0, 1000, allow_nan=False).map(lambda x: f"{x:g}"),
        st.sampled_from(["%", " percent", " per cent", "%%"]),
    ).map("".join)
    return st.one_of(percent, st.sampled_from(sorted(FRACTIONS)).map(lambda f: f"{f} of"))


def date_text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.tuples(st.sampled_from(MONTH_NAMES), st.integers(0, 40), st.integers(0, 9999)).map(
            lambda t: f"{t[0]} {t[1]}, {t[2]}"
        ),
        st.tuples(st.integers(0, 9999), st.integers(0, 19), st.integers(0, 39)).map(
            lambda t: f"{t[0]:04d}-{t[1]:02d}-{t[2]:02d}"
        ),
        st.sampled_from(["date 2024-02-30", "Published: February 29, 2023", "Updated 31 Apr 2024"]),
    )


PIECES = st.one_of(
    st.sampled_from(NAMES),
    st.sampled_from(NAMES).map(str.upper),
    st.sampled_from(TRIGGERS),
    st.sampled_from(HEDGING),
    st.sampled_from(HOSTILE),
    st.sampled_from(PUNCT),
    st.sampled_from(PERIOD_WORDS),
    money(),
    share(),
    date_text(),
    st.text(max_size=12),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=8),
)
SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", "\r\n", "\n\n", ". ", ", ", "\t"])


@st.composite
def articles(draw: st.DrawFn) -> str:
    """Article text: a run of pieces joined by separators (sometimes none at all)."""
    pieces = draw(st.lists(PIECES, min_size=1, max_size=40))
    seps = draw(st.lists(SEPARATORS, min_size=len(pieces), max_size=len(pieces)))
    return "".join(itertools.chain.from_iterable(zip(pieces, seps, strict=True)))


# --------------------------------------------------------------------------------------------
# The extractor


def check_extraction(text: str) -> Extraction | None:
    """Extract from ``text`` and check every claim is sourced; None if an AIKGError refused it."""
    names = default_registry()
    document = Document(id=content_id(text), path="fuzz.txt", text=text)
    try:
        extraction = extract(document, names)
    except AIKGError:
        return None
    known = {e.id for e in extraction.entities} | {e.id for e in names}
    for claim in extraction.claims:
        assert claim.predicate in PREDICATES, claim
        assert claim.subject in known and claim.object in known, claim
        assert claim.subject != claim.object, claim
        assert claim.evidence, claim
        for ev in claim.evidence:
            assert ev.document == document.id
            assert 0 <= ev.start < ev.end <= len(text), ev
            assert text[ev.start : ev.end] == ev.sentence, ev
        if claim.reported_by is not None:
            assert claim.reported_by in known, claim
    for entity in extraction.entities:
        assert entity.label.strip(), entity
    return extraction


@given(articles())
@example("TikTok pays Microsoft $20 million a month for access to OpenAI's models.")
@example("ByteDance reportedly\x00 invested in\u202e OpenAI\r\nin 2024-02-30.")
@example("Microsoft" * 400)
@example("Microsoft invested $10bn in OpenAI." * 50)
@example("\u202eMicrosoft\u202c acquires\u0301 \U0001f600OpenAI.")
@example("01.AI 01.AI 01.AI\n01.AI, AI21 Labs ")  # a listed name ends the text (an IndexError once)
@example("Microsoft rents it")  # a renting verb's "it" ends the text (an IndexError once)
@example("OpenAI makes ChatGPT")  # a product ends the text with no full stop (an IndexError once)
@example("Microsoft led a $6 million seed round in")  # so does a round's "in" (an IndexError once)
def test_extract_sources_every_claim_exactly(text: str) -> None:
    check_extraction(text)


@given(st.text(max_size=400))
def test_extract_survives_random_unicode(text: str) -> None:
    check_extraction(text)


@given(
    st.lists(st.sampled_from(NAMES), min_size=2, max_size=4),
    st.sampled_from(TRIGGERS),
    st.sampled_from(HOSTILE),
    st.integers(0, 3),
)
def test_extract_with_hostile_text_around_a_real_relation(
    names: list[str], trigger: str, hostile: str, where: int
) -> None:
    words = [names[0], trigger, names[1], "."]
    words.insert(where, hostile)
    check_extraction(" ".join(words) + " " + " and ".join(names[2:]))


def test_extract_finds_the_relation_despite_control_characters() -> None:
    """Control characters between sentences do not cost the claim or shift its offsets."""
    text = "\u202e\x1b[2J\x00Intro.\r\n\r\nTikTok pays Microsoft $20 million a month.\r\n\x07"
    extraction = check_extraction(text)
    assert extraction is not None
    assert [(c.subject, c.predicate, c.object) for c in extraction.claims] == [
        ("tiktok", "customerOf", "microsoft")
    ]
    [ev] = extraction.claims[0].evidence
    assert text[ev.start : ev.end] == "TikTok pays Microsoft $20 million a month."


# --------------------------------------------------------------------------------------------
# Every loader entry, on files written to disk

YAMLISH = st.one_of(
    st.sampled_from(
        [
            "facts:",
            "facts: []",
            "entities:",
            "source:",
            "  - ",
            "- {subject: TikTok, predicate: customerOf, object: Microsoft}",
            "- {subject: '<script>', predicate: x, object: y}",
            "  title: ",
            "  date: ",
            "  url: ../../etc/passwd",
            "- {id: '../../x', label: X}",
            "- {id: acme, label: Acme, type: Company, aliases: [A]}",
            "date: 2024-02-30",
            "&a [*a]",
            "*a",
            "!!python/object:os.system",
            "!!binary aGk=",
            "? [a, b]",
            "---",
            "...",
            "%YAML 1.1",
            "[" * 300,
            "{" * 300,
            "'",
            '"',
            "\t",
            "amount: -1",
            "share: 2",
            "status: rumoured",
            "quote: x",
        ]
    ),
    st.text(max_size=20),
)
TURTLEISH = st.one_of(
    st.sampled_from(
        [
            "@prefix : <http://example.org/> .",
            "@prefix ent: <https://w3id.org/aikg/entity/> .",
            ":a :b :c .",
            ':a :b "x" .',
            ':a :b """multi\nline""" .',
            '<../../etc/passwd> <p> "o" .',
            "<http://e/a> <http://e/b> <http://e/c> .",
            "_:b <http://e/p> _:c .",
            "(" * 200 + ")" * 200,
            "<< :a :b :c >> :d :e .",
            ':a :b "x"@en-US .',
            ':a :b "1"^^<http://www.w3.org/2001/XMLSchema#integer> .',
            '{"@id": "http://e/a", "http://e/b": "c"}',
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
            "</rdf:RDF>",
            "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>",
            "&e;",
            "<script>alert(1)</script>",
            "GRAPH <http://e/g> { :a :b :c }",
        ]
    ),
    st.text(max_size=20),
)


JSONISH = st.one_of(
    articles().map(lambda text: json.dumps({"text": text, "title": SCRIPT_TITLE, "url": "../../etc/passwd"})),
    st.sampled_from(
        ['{"text": ""}', '{"text": 1}', '{"date": "2024-02-30", "text": "x"}', "[]", "{", "null"]
    ),
    st.text(max_size=20),
)
SCRIPT_TITLE = "</title><script>alert(1)</script>"


def lines(pieces: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    return st.lists(pieces, max_size=12).map(lambda xs: "\n".join(xs).encode("utf-8", "surrogatepass"))


CONTENT = st.one_of(
    st.binary(max_size=300),
    lines(YAMLISH),
    lines(TURTLEISH),
    lines(JSONISH),
    articles().map(lambda t: t.encode("utf-8")),
    articles().map(lambda t: t.encode("utf-16")),
    articles().map(lambda t: t.encode("cp1252", "replace")),
    st.builds(
        lambda head, body: head + body,
        st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"---\n"]),
        st.binary(max_size=60),
    ),
)
_counter = itertools.count()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _extractions(loaded: object) -> list[Extraction]:
    """What ingest extracts from a loaded file: an article, or the claims a fact file states."""
    if isinstance(loaded, Document):
        return [extract(loaded, default_registry())]
    assert isinstance(loaded, Extraction)
    return [loaded]


def check_load(folder: Path, suffix: str, data: bytes) -> None:
    path = folder / f"f{next(_counter)}{suffix}"
    path.write_bytes(data)
    before = sorted(p.name for p in folder.iterdir())
    try:
        loaded = load(path, default_registry())
    except AIKGError as e:
        assert str(path) in str(e) or path.name in str(e), e
        return
    finally:
        assert sorted(p.name for p in folder.iterdir()) == before  # loading writes nothing
        path.unlink()
    if isinstance(loaded, RdfFile):
        assert loaded.triples
        return
    for extraction in _extractions(loaded):
        text = extraction.document.text
        for claim in extraction.claims:
            assert claim.predicate in PREDICATES
            for ev in claim.evidence:
                assert text[ev.start : ev.end] == ev.sentence, ev


@given(st.sampled_from(sorted(SUPPORTED)), CONTENT)
@example(".yaml", b"[" * 1200)
@example(".yaml", b"source: {date: 2024-02-30}\nfacts: []\n")
@example(".md", b"---\ntitle: " + b"[" * 1200 + b"\n---\nBody.\n")
@example(".md", b"---\ndate: 2024-13-45\n---\nBody text here.\n")
@example(".yaml", b"entities: [{id: '../../etc/passwd', label: X}]\nfacts: []\n")
@example(".ttl", b"\xff\xfe\x00\xd8")
def test_every_loader_raises_only_its_own_errors(folder: Path, suffix: str, data: bytes) -> None:
    check_load(folder, suffix, data)


# --------------------------------------------------------------------------------------------
# Regressions: what the fuzzing found, as plain tests with the failing examples


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"[" * 1200, "malformed YAML: brackets or lists nested too deeply to read"),
        (
            b"source: {date: 2024-02-30}\nfacts: []\n",
            "malformed YAML: day is out of range for month (a date that does not exist?)",
        ),
        (
            b"entities: [{id: '../../etc/passwd', label: X}]\nfacts: []\n",
            "entities.0.id: not an entity id: '../../etc/passwd'; use lowercase letters, digits and "
            "hyphens, e.g. 'etc-passwd'",
        ),
        (
            b"entities: [{id: 'a b', label: X}]\nfacts: []\n",
            "entities.0.id: not an entity id: 'a b'; use lowercase letters, digits and hyphens, e.g. 'a-b'",
        ),
        (
            b"entities: [{id: '', label: X}]\nfacts: []\n",
            "entities.0.id: not an entity id: ''; use lowercase letters, digits and hyphens, e.g. 'acme-ai'",
        ),
    ],
    ids=["deep-nesting", "impossible-date", "path-as-id", "space-in-id", "empty-id"],
)
def test_bad_fact_files_are_input_errors(tmp_path: Path, data: bytes, problem: str) -> None:
    from aikg.errors import InputError

    path = tmp_path / "facts.yaml"
    path.write_bytes(data)
    # The interpreter's default depth, as `aikg` runs with; other test libraries may raise it.
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(1000)
    try:
        with pytest.raises(InputError) as e:
            load(path, default_registry())
    finally:
        sys.setrecursionlimit(limit)
    assert (e.value.path, e.value.problem) == (str(path), problem)


@pytest.mark.parametrize(
    "head",
    ["title: " + "[" * 1200, "date: 2024-13-45", "date: 2024-02-30"],
    ids=["deep-nesting", "bad-month", "impossible-date"],
)
def test_unreadable_front_matter_leaves_an_article(tmp_path: Path, head: str) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"---\n{head}\n---\nTikTok pays Microsoft $20 million a month.\n", encoding="utf-8")
    (extraction,) = _extractions(load(path, default_registry()))
    assert extraction.document.published is None
    assert [(c.subject, c.predicate, c.object) for c in extraction.claims] == [
        ("tiktok", "customerOf", "microsoft")
    ]


# Sentences that end mid-phrase are where index errors hide: a text cut after a name, a
# preposition or a pronoun ("OpenAI makes ChatGPT", "led a $6 million seed round in").
CUT_SENTENCES = [
    "Microsoft and OpenAI announced a five-year partnership to offer GPT-4 on Azure.",
    "OpenAI raised $40 billion in a round led by SoftBank, with Microsoft participating.",
    "Microsoft has taken a stake in OpenAI and rents it GPU capacity on Azure for training.",
    "Founded by former Google researchers, Anthropic has raised money from Amazon and Google.",
    "Nvidia operates about 3,000 H100 chips, and it licensed Claude in March to power Copilot.",
    "ByteDance, TikTok's owner, and Microsoft, Azure's maker, joined the round; SoftBank led.",
    "OpenAI makes ChatGPT and Microsoft sells it.",
    "SoftBank led a $6 million seed round in 2021.",
]


@pytest.mark.parametrize("sentence", CUT_SENTENCES)
def test_extract_survives_every_cut_of_a_sentence(sentence: str) -> None:
    words = sentence.split(" ")
    for k in range(1, len(words) + 1):
        check_extraction(" ".join(words[:k]))
