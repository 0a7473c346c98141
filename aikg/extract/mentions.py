"""Entity mentions: registry labels, aliases and epithets, plus organisations discovered in text.

Registry names are found with spaCy PhraseMatchers built once per registry. Names the registry
does not know are discovered from capitalised token runs, but only where English marks them as
names of organisations or products: a corporate suffix ("Acme Labs", "Zenith Inc."), a descriptor
("startup Zenith", "Zenith, a French chipmaker"), a relative clause ("Zenith, which makes ...")
or a relation slot ("... acquired Zenith"). A capitalised word that merely opens a sentence is
not a name unless the document also capitalises it elsewhere.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from weakref import WeakKeyDictionary

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from aikg.extract.lexicon import LEGAL_SUFFIXES, common_words, first_names, places
from aikg.extract.name_words import (
    KEPT_AT_END,
    NATIONAL,
    TITLES,
    and_firm,
    ends_at_legal_suffix,
    heading,
    name_stop_word,
    national_name,
    particle,
    short_name,
)
from aikg.extract.products import product_spans
from aikg.extract.sentences import Sentence, Tokens, pipeline
from aikg.ontology.dates import MONTHS
from aikg.ontology.models import Entity
from aikg.ontology.registry import NameIndex, normalise, slugify

ORG_TYPES = frozenset({"Organization", "Company", "ResearchLab", "NewsOutlet", "GovernmentBody"})
PRODUCT_TYPES = frozenset({"Product", "AIModel", "CloudPlatform", "Chip"})
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})

NAME_SUFFIXES = {
    "labs": "ResearchLab",
    "lab": "ResearchLab",
    "research": "ResearchLab",
    "ai": "Company",
    "technologies": "Company",
    "technology": "Company",
    "systems": "Company",
    "group": "Company",
    "holdings": "Company",
    "robotics": "Company",
    "semiconductor": "Company",
    "semiconductors": "Company",
    "silicon": "Company",
    "software": "Company",
    "networks": "Company",
    "computing": "Company",
    "dynamics": "Company",
    "ventures": "Company",
    "capital": "Company",
    "partners": "Company",
    "cloud": "CloudPlatform",
    "journal": "NewsOutlet",
    "times": "NewsOutlet",
    "post": "NewsOutlet",
    "news": "NewsOutlet",
    "herald": "NewsOutlet",
    "tribune": "NewsOutlet",
    "insider": "NewsOutlet",
    "gazette": "NewsOutlet",
    "magazine": "NewsOutlet",
    "telegraph": "NewsOutlet",
    "chronicle": "NewsOutlet",
    "reporter": "NewsOutlet",
}
# Nouns that, next to a name, say what kind of thing it names.
DESCRIPTORS = {
    **dict.fromkeys(
        (
            "startup",
            "start-up",
            "company",
            "firm",
            "maker",
            "chipmaker",
            "developer",
            "rival",
            "competitor",
            "giant",
            "conglomerate",
            "provider",
            "investor",
            "backer",
            "unicorn",
            "subsidiary",
            "partner",
            "parent",
            "owner",
            "customer",
            "client",
            "supplier",
            "vendor",
            "acquirer",
            "incumbent",
            "corporation",
            "business",
            "group",
            "challenger",
        ),
        "Company",
    ),
    **dict.fromkeys(("lab", "laboratory", "institute"), "ResearchLab"),
    **dict.fromkeys(("outlet", "publication", "newspaper", "broadcaster"), "NewsOutlet"),
    **dict.fromkeys(("model", "models", "llm"), "AIModel"),
    **dict.fromkeys(
        (
            "chatbot",
            "assistant",
            "app",
            "application",
            "service",
            "product",
            "tool",
            "software",
            "supercomputer",
            "cluster",
        ),
        "Product",
    ),
    **dict.fromkeys(
        ("chip", "chips", "processor", "processors", "gpu", "gpus", "accelerator", "accelerators"), "Chip"
    ),
    **dict.fromkeys(("cloud",), "CloudPlatform"),
    **dict.fromkeys(
        (
            "ceo",
            "founder",
            "co-founder",
            "cofounder",
            "executive",
            "chairman",
            "chairwoman",
            "president",
            "analyst",
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "boss",
            "chief",
            "head",
            "engineer",
            "researcher",
            "scientist",
            "professor",
            "economist",
            "director",
            "manager",
            "journalist",
            "correspondent",
            "writer",
            "editor",
            "reporter",
            "columnist",
            "lawyer",
            "mr.",
            "ms.",
            "mrs.",
            "dr.",
        ),
        "Person",
    ),
}
PRODUCT_AFTER = frozenset(
    {
        "model",
        "models",
        "llm",
        "llms",
        "chatbot",
        "assistant",
        "app",
        "chip",
        "platform",
        "service",
        "software",
        "suite",
        "browser",
        "api",
        "chips",
        "gpu",
        "gpus",
        "processor",
        "processors",
        "accelerator",
        "supercomputer",
        "supercomputers",
    }
)
MAKES_VERBS = frozenset(
    {
        "makes",
        "develops",
        "builds",
        "operates",
        "runs",
        "owns",
        "sells",
        "designs",
        "offers",
        "provides",
        "created",
        "built",
        "developed",
        "made",
    }
)
DASHES = frozenset({"-", "–", "—", "--"})
SPEECH_VERBS = frozenset({"said", "says", "told", "wrote", "explained", "noted", "added"})
REPORT_VERBS = frozenset({"reported", "reports", "reporting"})
MADE_VERBS = frozenset({"developed", "built", "made", "created", "designed", "trained", "released"})
MAKER_NOUNS = frozenset(
    {"designer", "maker", "makers", "developer", "company", "startup", "firm", "giant", "supplier", "vendor"}
)
# Heads of organisation names that go on with "of" and a name ("University of Toronto").
OF_HEADS = frozenset(
    {
        "university",
        "bank",
        "institute",
        "council",
        "association",
        "ministry",
        "department",
        "museum",
        "academy",
        "college",
        "society",
        "federation",
        "commission",
        "agency",
        "board",
        "bureau",
        "school",
        "office",
        "chamber",
        "corporation",
        "company",
        "authority",
        "club",
        "institution",
        "foundation",
    }
)
# Nouns that "<adjective> AI" qualifies ("a Swedish AI startup", "the French AI sector").
FIELD_NOUNS = frozenset(
    {"startup", "startups", "company", "companies", "firm", "firms", "lab", "labs", "sector", "industry"}
    | {"market", "boom", "race", "champion", "scene", "ecosystem", "developer", "developers"}
    | {"infrastructure", "policy", "policies", "research", "talent", "spending", "investment"}
    | {"investments", "regulation", "rules", "safety", "strategy", "dominance", "leadership"}
)
# Verbs of a career, said of people only ("Vennick resigned from Brisklet").
CAREER_VERBS = frozenset({"resigned", "retired", "graduated", "studied", "quit"})
INCLUDE_VERBS = frozenset({"include", "includes", "included", "including"})
# Honorifics written without a full stop ("Mr Varga", "Prof Lane"), as British papers do.
HONORIFICS = frozenset({"mr", "ms", "mrs", "dr", "prof", "prof.", "sir", "dame"})
# Words before a name inside an aside: prepositions, and the comma of "Austin, Texas".
ASIDE_WORDS = frozenset({"in", "at", "from", "of", "to", "by", "for", "with", "on", "near", ","})
# Last words of place names ("Silicon Valley", "Sand Hill Road"), never of a company's.
PLACE_HEADS = frozenset(
    {
        "valley",
        "street",
        "avenue",
        "road",
        "boulevard",
        "square",
        "county",
        "province",
        "district",
        "coast",
        "island",
        "islands",
    }
)
# Nouns that name a person's role when "at" or "of" follows ("a partner at Acme").
ROLE_NOUNS = frozenset({"partner", "investor", "backer", "customer", "client", "owner", "parent", "rival"})
# Capitalised words that are not names: acronyms of the field, calendar words.
GENERIC = frozenset(
    {
        "ai",
        "llm",
        "llms",
        "ceo",
        "cto",
        "cfo",
        "coo",
        "us",
        "u.s.",
        "uk",
        "eu",
        "api",
        "apis",
        "gpu",
        "gpus",
        "cpu",
        "ipo",
        "agi",
        "ml",
        "tv",
        "pc",
        "q1",
        "q2",
        "q3",
        "q4",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "i",
        "mr.",
        "ms.",
        "dr.",
        "chinese",
        "american",
        "european",
        "french",
        "british",
        "german",
        "japanese",
        "korean",
        "indian",
        "ok",
    }
)
# Capitalised only because they open a sentence: never the first word of a name there.
OPENERS = frozenset(
    {
        "despite",
        "following",
        "additionally",
        "furthermore",
        "notably",
        "separately",
        "ultimately",
        "earlier",
        "later",
        "today",
        "yesterday",
        "according",
        "like",
        "unlike",
        "amid",
        "analysts",
        "investors",
        "companies",
        "experts",
        "reports",
        "sources",
        "critics",
        "users",
        "shares",
        "instead",
        "overall",
        "including",
        "besides",
        "regardless",
        "given",
        "once",
        "unless",
        "although",
        "though",
        "because",
        "whether",
        "why",
        "how",
        "what",
        "where",
        "who",
        "when",
    }
)
# Adjectives that make "X AI" a phrase about AI rather than a company name.
AI_ADJECTIVES = frozenset(
    {
        "generative",
        "open",
        "artificial",
        "conversational",
        "responsible",
        "agentic",
        "enterprise",
        "ethical",
        "general",
        "narrow",
        "applied",
        "physical",
        "sovereign",
        "safe",
        "trustworthy",
        "explainable",
    }
)


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity named by tokens ``start:end`` of a sentence's Doc."""

    start: int
    end: int
    entity: Entity
    possessive: bool = False
    epithet: bool = False


@dataclass(slots=True)
class Mentions:
    """What mention finding yields for a document: mentions per sentence, discovered entities."""

    by_sentence: dict[int, list[Mention]] = field(default_factory=dict)
    discovered: dict[str, Entity] = field(default_factory=dict)

    def of(self, sentence: Sentence) -> list[Mention]:
        """The mentions in ``sentence``, in text order."""
        return self.by_sentence.get(sentence.index, [])


class RegistryMatcher:
    """PhraseMatchers for a registry's names (case as written) and epithets (any case)."""

    def __init__(self, names: NameIndex) -> None:
        nlp = pipeline()
        self.entities = {e.id: e for e in names}
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.epithets = PhraseMatcher(nlp.vocab, attr="LOWER")
        for entity in self.entities.values():
            forms = {v for n in entity.names() for v in (n, n.rstrip(".")) if v.strip()}
            self.names.add(entity.id, [nlp.make_doc(f) for f in sorted(forms)])
            epithets = {v for e in entity.epithets for v in (e, e.replace("'", "’")) if e.strip()}
            if epithets:
                self.epithets.add(entity.id, [nlp.make_doc(e) for e in sorted(epithets)])

    def spans(self, doc: Doc) -> list[tuple[int, int, Entity, bool]]:
        """Non-overlapping registry mentions in ``doc``: (start, end, entity, is_epithet)."""
        strings = doc.vocab.strings
        spans = _longest_first([(s, e, k, False) for k, s, e in self.names(doc)])
        epithets = [
            (start, end, key, True)
            for start, end, key, _ in _longest_first([(s, e, k, True) for k, s, e in self.epithets(doc)])
            # "Arm, the SoftBank-owned chip designer": beside the entity's own name an epithet
            # adds nothing, and the names inside it may take part in relations.
            if not any(k == key and (0 <= start - e <= 2 or 0 <= s - end <= 2) for s, e, k, _ in spans)
        ]
        out = []
        for start, end, key, epithet in _longest_first([*spans, *epithets]):
            entity = self.entities[strings[key]]
            if not epithet and end < len(doc) and doc[end].lower_ in LEGAL_SUFFIXES:
                end += 1  # "Microsoft Corp" when only "Microsoft Corp." is an alias
            out.append((start, end, entity, epithet))
        return out


_Match = tuple[int, int, int, bool]  # start, end, match id, epithet


def _longest_first(matches: list[_Match]) -> list[_Match]:
    """spaCy's ``filter_spans`` on plain tuples (no Span objects): overlapping matches resolved
    in favour of the longest, then the first; the result in text order."""
    result = []
    seen: set[int] = set()
    for m in sorted(matches, key=lambda m: (m[1] - m[0], -m[0]), reverse=True):
        if m[0] not in seen and m[1] - 1 not in seen:
            result.append(m)
            seen.update(range(m[0], m[1]))
    return sorted(result, key=lambda m: m[0])


_MATCHERS: OrderedDict[tuple[object, ...], RegistryMatcher] = OrderedDict()
_MATCHER_CACHE_SIZE = 8


_BY_INDEX: WeakKeyDictionary[NameIndex, tuple[int, RegistryMatcher]] = WeakKeyDictionary()


def registry_matcher(names: NameIndex) -> RegistryMatcher:
    """The matcher for ``names``, built once per distinct registry content."""
    version = names.revision  # O(1), unlike fingerprinting thousands of names per document
    known = _BY_INDEX.get(names)
    if known is not None and known[0] == version:
        return known[1]  # the same index, unchanged: skip fingerprinting its names
    key = tuple((e.id, e.names(), e.epithets, e.type) for e in names)
    matcher = _MATCHERS.get(key)
    if matcher is None:
        matcher = RegistryMatcher(names)
        _MATCHERS[key] = matcher
        if len(_MATCHERS) > _MATCHER_CACHE_SIZE:
            _MATCHERS.popitem(last=False)
    _MATCHERS.move_to_end(key)
    _BY_INDEX[names] = (version, matcher)
    return matcher


# ------------------------------------------------------------------ discovery


@dataclass(frozen=True, slots=True)
class Run:
    """A run of capitalised tokens ``start:end`` in a sentence: a candidate name."""

    sentence: Sentence
    start: int
    end: int

    @property
    def size(self) -> int:
        """How many tokens the run spans."""
        return self.end - self.start

    @property
    def text(self) -> str:
        """The run's text as written."""
        return self.sentence.tokens.span(self.start, self.end)

    @property
    def initial(self) -> bool:
        """Whether the run opens its sentence (where any word is capitalised)."""
        t, i = self.sentence.tokens, self.sentence.first
        while i < self.start and t.punct[i]:
            i += 1
        return i == self.start

    def trimmed(self) -> Run:
        """The run without opening words capitalised only because they open the sentence (or
        a section title glued to it: "History Eveready East Africa was founded ...")."""
        t = self.sentence.tokens
        start = self.start
        if self.initial and self.size > 1 and (_opener(t, start) or self._stop_word_opening()):
            start += 1
        while self.initial and self.end - start > 1 and heading(t, start):
            start += 1  # "Services Retail JAX Tyres"
        return self if start == self.start else Run(self.sentence, start, self.end)

    def _stop_word_opening(self) -> bool:
        """Whether the run opens with a stop word only the sentence capitalised ("Last
        Floor"), not one a name's head noun vouches for ("First Meridian Bank")."""
        t = self.sentence.tokens
        end = t.lower[self.end - 1]
        marked = end in NAME_SUFFIXES or end in LEGAL_SUFFIXES or end in OF_HEADS
        return t.lower[self.start] in STOP_WORDS and not (marked and name_stop_word(t, self.start))


def _opener(t: Tokens, i: int) -> bool:
    """Whether word ``i`` opens a sentence as an adverb or a participle ("Separately, ...",
    "Following the deal, ..."): an English word, not a name that ends like one ("Tessaly")."""
    lower = t.lower[i]
    if lower in OPENERS:
        return True
    return (
        len(lower) > 4
        and lower.endswith(("ly", "ing"))
        and t.text[i].istitle()
        and lower in common_words()
        and lower not in places()
        and lower not in first_names()
    )


def _name_like(text: str) -> bool:
    first = text[0]
    if not first.isalnum():
        return False
    return first.isupper() or (first.isalpha() and any(c.isupper() for c in text[1:]))


def is_number(text: str) -> bool:
    """ "1,200", "3.5": digits with thousands commas and at most one decimal point."""
    return text.replace(",", "").replace(".", "", 1).isdigit()


def _starts_name(t: Tokens, i: int) -> bool:
    text, lower = t.text[i], t.lower[i]
    return (
        _name_like(text)
        and not text[0].isdigit()
        and lower not in GENERIC
        and not (lower in STOP_WORDS and not text.isupper())
        and lower not in LEGAL_SUFFIXES
    )


def _opens_name(t: Tokens, i: int, last: int, taken: set[int]) -> bool:
    """Whether a word that is no name alone opens one here: a capitalised number or noun among
    the stop words ("First Union", "Nine Network"), a nationality ("American Cancer
    Society") or "TV" ("TV Marlow", a broadcaster), before a name-like word."""
    nxt = i + 1
    if nxt >= last or nxt in taken or not _name_like(t.text[nxt]) or t.lower[nxt] in STOP_WORDS:
        return False
    return name_stop_word(t, i) or (t.lower[i] in NATIONAL | {"tv"} and _name_like(t.text[i]))


def runs(sentence: Sentence, taken: set[int]) -> list[Run]:
    """Maximal runs of name-like tokens in ``sentence`` that no registry mention covers."""
    t = sentence.tokens
    out: list[Run] = []
    last = sentence.last
    capitals = t.capitals
    skip_to = -1
    k = bisect_left(capitals, sentence.first)
    i = sentence.first
    while k < len(capitals) and capitals[k] < last:
        i = capitals[k]
        k += 1
        if (out and i < out[-1].end) or i < skip_to or i in taken:
            continue
        if not _starts_name(t, i) and not _opens_name(t, i, last, taken):
            continue
        if i - 1 in taken and t.space[i - 1] and i - 1 >= sentence.first:
            continue  # "Copilot Studio" after the known "Copilot": a longer name, not a new one
        j = i + 1
        while j < last and j not in taken:
            text, lower = t.text[j], t.lower[j]
            if ends_at_legal_suffix(t, i, j) or (lower in TITLES and text[:1].isupper()):
                break  # "Apple Inc. Customers", "Pfizer CEO Albert Bourla": two names
            name_part = (_name_like(text) and lower not in STOP_WORDS) or lower in LEGAL_SUFFIXES
            name_part = name_part or name_stop_word(t, j)
            version = (
                (is_number(text) or model_size(text)) and t.space[j - 1] and j - i < 3
            )  # "Claude 3.5", "Kite 8B"
            if name_part or version:
                j += 1
            elif text in "&-" and not t.space[j - 1] and j + 1 < last and not t.space[j]:
                if _name_like(t.text[j + 1]) and j + 1 not in taken:
                    j += 2
                else:
                    break
            elif text == "&" and j + 1 < last and _name_like(t.text[j + 1]) and j + 1 not in taken:
                j += 2  # "Johnson & Johnson", "Frost & Sullivan"
            elif text == "," and j + 1 < last and t.lower[j + 1] in LEGAL_SUFFIXES and j + 1 not in taken:
                j += 2  # "Bird Rides, Inc."
            elif lower == "of" and t.lower[j - 1] in OF_HEADS and (after := _of_name(t, j, last, taken)):
                j = after  # "University of Toronto", "Bank of America"
            elif (particle(t, j, last) or and_firm(t, j, last)) and j + 1 not in taken:
                j += 2  # "Banca Popolare di Lodi", "Apcar and Company"
            else:
                break
        while j - 1 > i and t.lower[j - 1] in GENERIC and not _kept_at_end(t.lower[j - 1]):
            j -= 1
        if t.lower[i] in GENERIC and not (national_name(t, i, j) or (t.lower[i] == "tv" and j - i > 1)):
            continue  # "Chinese DeepSeek": the name starts after the nationality
        run = Run(sentence, i, j)
        if t.lower[i] == "series" and j - i == 2 and len(t.text[i + 1]) == 1:
            skip_to = j
            continue  # "a Series B round": a funding round, not a name
        if not (run.initial and run.size == 1 and _opener(t, i)):
            out.extend(r.trimmed() for r in _repeated(run))
    return out


def _kept_at_end(lower: str) -> bool:
    """Whether a generic word ends a name rather than trailing it ("Acorn TV", "Acme Labs")."""
    return lower in KEPT_AT_END or lower in NAME_SUFFIXES


def _repeated(run: Run) -> list[Run]:
    """A run that says one name twice ("Rubber Republic Rubber Republic": a heading glued to
    the sentence that repeats it) as the two names it is; any other run as it is."""
    half = run.size // 2
    lower = run.sentence.tokens.lower
    if run.size % 2 or lower[run.start : run.start + half] != lower[run.start + half : run.end]:
        return [run]
    return [Run(run.sentence, run.start, run.start + half), Run(run.sentence, run.start + half, run.end)]


def _of_name(t: Tokens, j: int, last: int, taken: set[int]) -> int:
    """After "University" or "Bank" and "of" at ``j``: where the name the "of" opens starts
    ("of Toronto", "of the Rockies"), or 0 if none follows."""
    k = j + 1 + (j + 1 < last and t.lower[j + 1] == "the")
    if k < last and k not in taken and _starts_name(t, k):
        return k
    return 0


def _label_and_type(run: Run) -> tuple[str, str | None, tuple[str, ...]]:
    """A discovered name's label, the type its suffix implies, and aliases to match it by."""
    t = run.sentence.tokens
    text = run.text
    last = t.lower[run.end - 1]
    if run.size > 1 and last in LEGAL_SUFFIXES:
        return t.span(run.start, run.end - 1).rstrip(", "), "Company", (text,)
    if run.size > 1 and last in NAME_SUFFIXES:
        if last == "ai" and t.lower[run.start] in AI_ADJECTIVES:
            return text, None, ()
        base = t.span(run.start, run.end - 1)
        kind = NAME_SUFFIXES[last]
        usable = len(base) > 2 and t.lower[run.end - 2] not in STOP_WORDS and kind != "NewsOutlet"
        return text, kind, (base,) if usable else ()
    return text, None, ()


def _context_type(run: Run) -> str | None:
    """The entity type the words around ``run`` give it, if they mark it as a name at all."""
    s, t = run.sentence, run.sentence.tokens
    before = t.lower[run.start - 1] if run.start > s.first else ""
    if before and not t.text[run.start - 1].islower() and DESCRIPTORS.get(before) != "Person":
        before = ""  # "Startup Veltro" in a title is not a descriptor; "CEO Jane Doe" is
    before2 = t.lower[run.start - 2] if run.start - 1 > s.first else ""
    after = t.lower[run.end] if run.end < s.last else ""
    if _named_after_role(run) or (after == "(" and _pictured(run)):
        return "Person"  # "Brisklet's founder, Tove Lindahl,"; "Amara Obi (pictured)"
    if before in ROLE_NOUNS and _personal_name(run):
        return "Person"  # "Sequoia partner Jess Lane": a job, not a partner company
    if before in DESCRIPTORS:
        if before in {"investor", "investors"} and before2 == "angel":
            return "Person"  # "angel investor Jane Doe": angels are people
        return DESCRIPTORS[before]
    if before == "to" and before2 == "according":
        return "NewsOutlet" if run.size == 1 else "Person"
    made = run.end + 2 < s.last and t.lower[run.end + 1] in MADE_VERBS and t.lower[run.end + 2] == "by"
    if after in {"was", "is", "were", "are"} and made:
        return "Product"  # "Megatron was developed by Nvidia": what is made is a product
    lineage = t.lower[run.end + 1 : min(run.end + 4, s.last)]
    if after in {"family", "line", "series"} and lineage[:1] == ["of"] and set(lineage[1:]) & PRODUCT_AFTER:
        return "AIModel" if set(lineage[1:]) & {"model", "models", "llm", "llms"} else "Product"
        # "the Sextant family of models", "the Tern line of chips"
    if after in PRODUCT_AFTER:
        nxt = t.lower[run.end + 1] if run.end + 1 < s.last else ""
        if nxt in MAKER_NOUNS:
            return None  # "a Cambridge chip designer": the name qualifies a maker, not a product
        return DESCRIPTORS.get(after, "Product")
    if after in REPORT_VERBS and (run.end + 1 >= s.last or t.lower[run.end + 1] in {"that", ","}):
        return "NewsOutlet"
    if _reporting(run):
        return "NewsOutlet"
    if after in SPEECH_VERBS and (run.size > 1 or _interview(t.lower[run.end + 1 : run.end + 5])):
        return "Person"
    if after in CAREER_VERBS or (after == "joined" and "from" in t.lower[run.end + 2 : run.end + 6]):
        return "Person"  # "Vennick resigned", "Halvorsen joined Brisklet from Nvidia": a hire
    if after == "," or (after in {"is", "was"} and _described(t.lower[run.end + 1 : run.end + 2])):
        window = t.lower[run.end + 1 : min(run.end + 10, s.last)]
        relative = window[:1] in (["which"], ["that"]) and window[1:2] and window[1] in MAKES_VERBS
        on = run.end + 3 < s.last and window[1:2] in (["on"], ["upon"]) and t.text[run.end + 3][:1].isupper()
        if on and window[0] in {"built", "developed", "made", "created"}:
            return "Product"  # "Quill, built on Claude": what is built on a named model is a product
        if window and (relative or (window[0] in MAKES_VERBS and not _closes_aside(run))):
            return "Company"
        if opening := _determiner_end(t, run.end + 1, s.last):
            for k, word in enumerate(window[opening : opening + 5], start=opening):
                if word in DESCRIPTORS:
                    nxt = window[k + 1] if k + 1 < len(window) else ""
                    if nxt in DESCRIPTORS and nxt not in MAKER_NOUNS:
                        continue  # "X, a software engineer": the last noun is the head
                    if nxt == "at" and word in ROLE_NOUNS:
                        return "Person"  # "X, a partner at Y": someone who works there
                    if nxt in MAKER_NOUNS:
                        return "Company"  # "X, a chip designer": the head noun is the maker
                    return DESCRIPTORS[word]
                if word in {",", "which", "that", "who", "of"}:
                    break
    return None


def _determiner_end(t: Tokens, i: int, last: int) -> int:
    """How many tokens from ``i`` open a noun phrase before its nouns: an article or "its"
    (1), or an owner's name and "'s" ("Halyard Cloud's managed service"), else 0."""
    if i >= last:
        return 0  # the name's comma ends the text
    if t.lower[i] in {"a", "an", "the", "its"}:
        return 1
    for k in range(i, min(i + 4, last)):
        if t.lower[k] in POSSESSIVE_MARKS and k > i:
            return k - i + 1
        if not _name_like(t.text[k]):
            return 0
    return 0


def _titled(run: Run) -> bool:
    """Whether a title opens ``run`` ("Chief Financial Officer Maren Holt", "Prof Lane"):
    the run is a person's name, whatever verb follows it."""
    first = run.sentence.tokens.lower[run.start]
    return run.size > 1 and (first in TITLES or first in HONORIFICS)


def _closes_aside(run: Run) -> bool:
    """Whether ``run`` ends a phrase set off by commas ("headquartered in Austin, Texas,
    sells ..."; "founded by Jane Doe, sells ..."): the verb after the comma is the sentence's,
    not the name's."""
    t, s = run.sentence.tokens, run.sentence
    before = t.lower[run.start - 1] if run.start > s.first else ""
    return before in ASIDE_WORDS


def _reporting(run: Run) -> bool:
    """Whether ``run`` is the outlet a sentence credits with the news: ", Techwire reported on
    Monday", ", Techwire has learned", "first reported by Techwire", "PARIS (Techwire) -"."""
    t, s = run.sentence.tokens, run.sentence
    before = t.lower[max(s.first, run.start - 2) : run.start]
    after = t.lower[run.end : min(s.last, run.end + 2)]
    if before[-1:] == [","] and after[:1] and (after[0] in REPORT_VERBS or after == ["has", "learned"]):
        return True
    if before[-1:] == ["("] and after[:1] == [")"] and after[1:] and after[1] in DASHES:
        return True  # "PARIS, March 12 (Techwire) -": a dateline's wire service
    return len(before) == 2 and before[1] == "by" and before[0] in REPORT_VERBS


def _named_after_role(run: Run) -> bool:
    """ "Brisklet's founder, Tove Lindahl, ...": a job, a comma, then who holds it."""
    t, s = run.sentence.tokens, run.sentence
    k = run.start
    return k - 2 >= s.first and t.text[k - 1] == "," and DESCRIPTORS.get(t.lower[k - 2]) == "Person"


def _pictured(run: Run) -> bool:
    """ "(pictured)", "(left)", "(right)" after a name: a caption's person."""
    t, s = run.sentence.tokens, run.sentence
    return run.end + 1 < s.last and t.lower[run.end + 1] in {
        "pictured",
        "left",
        "right",
        "above",
        "centre",
        "center",
    }


def _interview(words: list[str]) -> bool:
    """ "in an interview", "in a phone interview" after "said": people give interviews,
    companies statements."""
    return words[:1] == ["in"] and "interview" in words[2:4]


def _personal_name(run: Run) -> bool:
    """Whether ``run`` reads as a person's name: two or three capitalised words, the first a
    common first name ("Jess Lane")."""
    words = run.sentence.tokens.text[run.start : run.end]
    return (
        1 < len(words) < 4
        and all(w.istitle() and w.isalpha() for w in words)
        and words[0].lower() in first_names()
    )


def _described(nxt: list[str]) -> bool:
    """Whether an article follows "is": "X is a senior writer" describes X as the apposition
    "X, a senior writer" does."""
    return nxt[:1] in (["a"], ["an"])


@dataclass(slots=True)
class _Discovery:
    names: NameIndex
    found: dict[str, Entity] = field(default_factory=dict)  # normalised name -> entity
    lower_words: set[str] = field(default_factory=set)
    inner_caps: set[str] = field(default_factory=set)

    def add(self, label: str, type_: str, aliases: Iterable[str] = ()) -> None:
        """Record a discovered name (and its aliases) unless it or the registry has it."""
        key = normalise(label)
        if key in self.found or self.names.find(label) is not None:
            return
        slug = slugify(label)
        entity = self.names.get(slug) or Entity(
            id=slug,
            label=label,
            type=type_,
            aliases=tuple(a for a in aliases if a != label),
            curated=False,
        )
        for name in (label, *aliases):
            self.found.setdefault(normalise(name), entity)

    def plausible(self, run: Run) -> bool:
        """A sentence-initial single word is a name only if the text capitalises it elsewhere."""
        if not run.initial or run.size > 1:
            return True
        text = run.text
        if text.isupper() or any(c.isupper() for c in text[1:]):
            return True
        return text in self.inner_caps and text.lower() not in self.lower_words


def discover(
    sentences: Iterable[Sentence],
    names: NameIndex,
    taken: Mapping[int, set[int]],
    slots: Mapping[int, Mapping[int, str]],
    candidates: Mapping[int, list[Run]] | None = None,
    *,
    learned: bool = True,
) -> dict[str, Entity]:
    """Entities named in the sentences that ``names`` does not know, keyed by normalised name.

    ``taken`` holds the tokens registry mentions cover; ``slots`` the tokens where a relation
    expects an argument (a run touching one is a name); ``candidates`` the runs of each
    sentence, when the caller has them already.
    """
    sentences = list(sentences)
    state = _Discovery(names)
    all_runs: list[Run] = []
    for s in sentences:
        state.lower_words.update(filter(str.islower, s.tokens.text[s.first : s.last]))
        found = candidates[s.index] if candidates else runs(s, taken.get(s.index, set()))
        # "OSLO, Sept 18 -": where and when, not who
        all_runs.extend(r for r in found if not (_dateline(r) or _date(r) or _ticker(r)))
        state.inner_caps.update(_vouching_caps(s, found))
    people: set[str] = set()
    marked_keys: set[str] = set()  # names a suffix or the words around marked as organisations
    typed = _typed(all_runs) if learned else {}
    makers = {normalise(r.text) for r in all_runs if _named_as_maker(r)}
    examples = _examples_of_kind(all_runs) | _product_lines(all_runs)
    surnames = names.surnames()  # "Musk" in "Musk's xAI" is Elon Musk, not a company
    for run in all_runs:
        if run.sentence.heading:
            continue
        label, suffix_type, aliases = _label_and_type(run)
        context = _context_type(run) or examples.get(id(run))
        if context in PRODUCT_TYPES and _qualifies_noun(run) and normalise(run.text) in makers:
            context = "Company"  # "Tessary chips" where the text also says "chips from Tessary"
        kind, p = typed.get(id(run), ("", 0.0))
        if context == "Person" and _speaker(run) and kind in ("ORG", "PROD") and p >= ACCEPT_SPEAKER:
            context = None  # "Halden Bank said ...": organisations speak too; the typer knows the name
        marked = suffix_type is not None or context is not None
        if _about_ai(run):
            continue  # "Generative AI" is a phrase about AI, not a company
        if (
            context == "Person"
            or _titled(run)
            or (context is None and suffix_type is None and _person_after(run))
            or normalise(run.text) in surnames
            or (not marked and kind == "PER" and p >= REJECT)
        ):
            people.add(normalise(run.text))
            continue
        if not marked and ((kind in ("LOC", "OTHER") and p >= REJECT) or _place_name(run)):
            continue  # "Germany's Bosch", "Reviews Editor": a place or no name at all
        if marked:
            # A suffix or a descriptor marks a name even where a sentence opens with it,
            # unless the text also writes the word in lower case ("Analysts, the firm said").
            if run.initial and run.size == 1 and run.text.lower() in state.lower_words:
                continue
            if suffix_type is not None and not (suffix_type in ORG_TYPES and _qualifies_noun(run)):
                suffix_type = context if context in PRODUCT_TYPES else suffix_type
            marked_keys.add(normalise(label))
            state.add(label, suffix_type or context or "Company", aliases)
        elif state.plausible(run):
            slot_type = _slot_type(run, slots.get(run.sentence.index, {}))
            if slot_type is not None:
                state.add(
                    label,
                    "Product" if kind == "PROD" and slot_type not in PRODUCT_TYPES else slot_type,
                    aliases,
                )
            elif kind in ("ORG", "PROD") and p >= ACCEPT:
                state.add(label, "Company" if kind == "ORG" else "Product", aliases)
        elif run.text.lower() not in state.lower_words:  # a lone word opening its sentence
            slot_type = _slot_type(run, slots.get(run.sentence.index, {}))
            if kind in ("ORG", "PROD") and (p >= ACCEPT_INITIAL or (slot_type is not None and p >= ACCEPT)):
                state.add(label, slot_type or ("Company" if kind == "ORG" else "Product"), aliases)
    rejected = {k for k, (kind, p) in typed.items() if kind in ("LOC", "PER") and p >= REJECT}
    _discover_lists(all_runs, state, rejected)
    _discover_short_names(all_runs, state)
    people |= _surnames_of(people) - marked_keys
    people |= _full_names_of(people, state.found.keys()) - marked_keys
    return {k: v for k, v in state.found.items() if k not in people}


def _vouching_caps(s: Sentence, found: list[Run]) -> Iterator[str]:
    """First words of names written in capitals away from a sentence's start, which vouch for
    the same word opening a sentence. A list of links in a heading ("Tags: Nvidia, Chips,
    Startups") vouches for none: it capitalises every word."""
    if s.heading and s.tokens.text[s.first : s.last].count(",") > 1:
        return
    for r in found:
        if not r.initial:
            yield s.tokens.text[r.start]


def _full_names_of(people: set[str], names: Iterable[str]) -> set[str]:
    """The full names whose surname the text shows is a person's: "Lindahl, who founded
    Brisklet," makes "Tove Lindahl" that person too."""
    return {n for n in names if 1 < len(words := n.split()) < 4 and words[-1] in people}


def _surnames_of(people: Iterable[str]) -> set[str]:
    """The last names of the people a text names in full: news names someone once ("chief
    executive Jane Doe") and then by surname alone ("Doe said"), which is then the person."""
    return {words[-1] for p in people if len(words := p.split()) > 1 and words[-1].isalpha()}


def _dateline(run: Run) -> bool:
    """Whether ``run`` is a news dateline's place: capitals opening the text's first words,
    then a date or a dash ("OSLO, Sept 18 -", "BERLIN —", "LONDON (Reuters) -")."""
    t, s = run.sentence.tokens, run.sentence
    words = [w for w in t.text[run.start : run.end] if w.isalpha()]
    if not run.initial or not words or not all(w.isupper() and len(w) > 1 for w in words):
        return False
    after = t.lower[run.end : min(run.end + 5, s.last)]
    if after[:1] == ["("] or (after[:1] and after[0] in DASHES):
        return True
    dated = len(after) > 1 and (after[1] in MONTHS or any(w in DASHES for w in after[2:]))
    return after[:1] == [","] and dated


def _date(run: Run) -> bool:
    """Whether ``run`` is a date a version number made look like a name ("Nov 2", "Jan 9")."""
    t = run.sentence.tokens
    rest = t.text[run.start + 1 : run.end]
    return t.lower[run.start].rstrip(".") in MONTHS and bool(rest) and all(is_number(w) for w in rest)


def _place_name(run: Run) -> bool:
    """Whether ``run`` ends with a noun that names a place ("Silicon Valley", "Wall Street",
    "Orange County"): where people work, not an organisation."""
    t = run.sentence.tokens
    return run.size > 1 and t.lower[run.end - 1] in PLACE_HEADS and t.text[run.end - 1].istitle()


def _ticker(run: Run) -> bool:
    """Whether ``run`` is a stock symbol after its exchange in brackets ("(NASDAQ: BRSK)"):
    a second name for the company before it, never a company of its own."""
    t, s = run.sentence.tokens, run.sentence
    k = run.start
    if k - 3 < s.first or t.text[k - 1] != ":" or t.text[k - 3] != "(" or not t.text[k - 2][:1].isupper():
        return False
    return run.end < s.last and t.text[run.end] == ")"


REJECT = 0.7  # the typer's confidence that a candidate is a person, place or no name
ACCEPT = 0.5  # its confidence that an unmarked candidate names an organisation or product
ACCEPT_SPEAKER = 0.8  # its confidence that a name before "said" is an organisation, not a person
ACCEPT_INITIAL = 0.65  # the same for a lone word that opens its sentence ("Ford invested ...")


def _typed(all_runs: list[Run]) -> dict[int, tuple[str, float]]:
    """The typer's answer for each run (by ``id``), in one batch."""
    from aikg.extract.typer import type_spans

    usable = [r for r in all_runs if not r.sentence.heading]
    answers = type_spans([(r.sentence, r.start, r.end) for r in usable])
    return {id(r): a for r, a in zip(usable, answers, strict=True)}


def _qualifies_noun(run: Run) -> bool:
    """Whether ``run`` stands before a product noun it qualifies ("Quorvel Systems chips",
    "Kelpa AI models"): the noun says what the maker makes, not what the name is."""
    t, s = run.sentence.tokens, run.sentence
    return run.end < s.last and t.lower[run.end] in PRODUCT_AFTER


def _named_as_maker(run: Run) -> bool:
    """Whether ``run`` is named as the source of a product ("chips from Tessary", "models
    built by Tessary", "Tessary's chips"): whoever makes a product is an organisation."""
    t, s = run.sentence.tokens, run.sentence
    if run.start - 1 > s.first and t.lower[run.start - 1] in {"from", "by"}:
        return t.lower[run.start - 2] in PRODUCT_AFTER or t.lower[run.start - 2] in MADE_VERBS
    after = t.lower[run.end : min(run.end + 2, s.last)]
    return len(after) == 2 and after[0] in POSSESSIVE_MARKS and after[1] in PRODUCT_AFTER


def _speaker(run: Run) -> bool:
    """Whether ``run`` is typed a person only because a speech verb follows it."""
    t, s = run.sentence.tokens, run.sentence
    return run.end < s.last and t.lower[run.end] in SPEECH_VERBS


def _about_ai(run: Run) -> bool:
    """ "Generative AI", or "Swedish AI" in "a Swedish AI startup": a phrase about AI, whose
    first word is an adjective, not a company called "... AI"."""
    t, s = run.sentence.tokens, run.sentence
    if run.size < 2 or t.lower[run.end - 1] != "ai":
        return False
    if t.lower[run.start] in AI_ADJECTIVES:
        return True
    nxt = t.text[run.end] if run.end < s.last else ""
    return (
        run.size == 2
        and t.lower[run.start] in common_words()
        and nxt.lower() in FIELD_NOUNS
        and nxt.islower()
    )


def _examples_of_kind(all_runs: list[Run]) -> dict[int, str]:
    """The type a noun before "such as" gives each name of the list after it (by ``id``):
    in "smaller firms such as Tessary and Quillon" both are companies."""
    out: dict[int, str] = {}
    kind: str | None = None
    previous: Run | None = None
    for run in all_runs:
        if previous is None or not _listed_after(previous, run):
            kind = _kind_before_such_as(run)
        if kind is not None:
            out[id(run)] = kind
        previous = run
    return out


def _product_lines(all_runs: list[Run]) -> dict[int, str]:
    """Lists of names that share a first word and no company suffix, one of them ending in a
    version word ("Kestrel Pro, Kestrel Mini and Kestrel Edge"): versions of one product, each
    a product (by ``id``). Without a version word they may be organisations ("U.S. Army, U.S.
    Navy")."""
    out: dict[int, str] = {}
    chain: list[Run] = []
    for run in [*all_runs, None]:
        if run is not None and chain and _listed_after(chain[-1], run) and _same_line(chain[0], run):
            chain.append(run)
            continue
        if len(chain) > 1 and any(_version_part(r.sentence.tokens.text[r.end - 1]) for r in chain):
            out.update((id(r), "Product") for r in chain)
        chain = [run] if run is not None and _versioned_name(run) else []
    return out


def _versioned_name(run: Run) -> bool:
    """Whether ``run`` is a name and a word after it, with no company suffix at its end, and
    no person's ("John Doe and John Roe" share a first name, not a product line)."""
    last = run.sentence.tokens.lower[run.end - 1]
    return (
        run.size > 1 and last not in NAME_SUFFIXES and last not in LEGAL_SUFFIXES and not _personal_name(run)
    )


def _same_line(a: Run, b: Run) -> bool:
    return _versioned_name(b) and a.sentence.tokens.lower[a.start] == b.sentence.tokens.lower[b.start]


def _kind_before_such_as(run: Run) -> str | None:
    """The type the noun of "<nouns> such as" or "<nouns> include" right before ``run`` names,
    if any ("startups such as", "its products include", "clients including")."""
    t, s = run.sentence.tokens, run.sentence
    if run.start - 2 >= s.first and t.lower[run.start - 1] in INCLUDE_VERBS:
        noun = t.lower[run.start - 2]
    elif run.start - 3 >= s.first and t.lower[run.start - 2 : run.start] == ["such", "as"]:
        noun = t.lower[run.start - 3]
    else:
        return None
    singular = noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")
    kind = DESCRIPTORS.get(noun) or DESCRIPTORS.get(singular)
    return kind if kind != "Person" else None


def _listed_after(a: Run, b: Run) -> bool:
    """Whether ``b`` follows ``a`` in a list ("Tessary, Quillon", "Tessary and Quillon")."""
    if b.sentence is not a.sentence or b.start <= a.end or b.start - a.end > 2:
        return False
    return set(a.sentence.tokens.lower[a.end : b.start]) <= {",", "and", "or"}


def _discover_lists(all_runs: list[Run], state: _Discovery, rejected: set[int]) -> None:
    """Names listed with a discovered one ("Duolingo and Notion") are names of the same kind,
    unless the typer took one for a place or a person (``rejected``, by ``id``): in "at a
    summit in Lisbon, Halvorsen said" the comma closes a phrase, it does not list names."""
    by_sentence: dict[int, list[Run]] = {}
    for run in all_runs:
        if id(run) in rejected:
            continue
        by_sentence.setdefault(run.sentence.index, []).append(run)
    for found in by_sentence.values():
        if found[0].sentence.heading:
            continue  # "Tags: Nvidia, Brisklet, Chips": a list of links, not of one kind of name
        for a, b in pairwise(found):
            t = a.sentence.tokens
            if b.start - a.end > 2 or not set(t.lower[a.end : b.start]) <= {",", "and", "or"}:
                continue
            known_a = state.found.get(normalise(a.text))
            known_b = state.found.get(normalise(b.text))
            if known_a and not known_b and state.plausible(b):
                state.add(_label_and_type(b)[0], known_a.type)
            elif known_b and not known_a and state.plausible(a):
                state.add(_label_and_type(a)[0], known_b.type)


def _discover_short_names(all_runs: list[Run], state: _Discovery) -> None:
    """ "Lyne Laboratories, Inc. (Lyne)", "Discovery Gas Transmission LLC (DGT)": the name in
    brackets after a discovered one is the short name the text goes on to use for it, when it
    is the name's first words or its initials."""
    for a, b in pairwise(all_runs):
        t = a.sentence.tokens
        if b.sentence is not a.sentence or t.text[a.end : b.start] != ["("] or b.end >= a.sentence.last:
            continue
        if t.text[b.end] != ")":
            continue
        entity = state.found.get(normalise(a.text))
        if entity is None or not short_name(t.lower[a.start : a.end], t.text[b.start : b.end]):
            continue
        renamed = entity.model_copy(update={"aliases": (*entity.aliases, b.text)})
        for key, known in list(state.found.items()):
            if known is entity:
                state.found[key] = renamed
        state.found[normalise(b.text)] = renamed


def _person_after(run: Run) -> bool:
    """ "Jane Doe, the chief executive" / "Jane Doe, CEO of" / "Doe, 42,": a person, not a
    company."""
    s, t = run.sentence, run.sentence.tokens
    words = t.text[run.start : run.end]
    if not all(w.istitle() and w.isalpha() for w in words):
        return False
    window = t.lower[run.end : min(run.end + 5, s.last)]
    if window[:1] != [","]:
        return False
    if _age(window[1:3]) or window[1:2] == ["who"]:
        return True  # "Doe, 42,", "Doe, who founded Acme,": companies take "which"
    return len(words) > 1 and any(DESCRIPTORS.get(w) == "Person" for w in window[1:])


def _age(words: list[str]) -> bool:
    """ "42 ,": an age set off by commas after a name, as news gives a person's."""
    return len(words) == 2 and words[0].isdigit() and 16 <= int(words[0]) <= 99 and words[1] == ","


def _slot_type(run: Run, slot: Mapping[int, str]) -> str | None:
    """The type a relation slot expects of the run that fills it, if the run fills one."""
    return slot.get(run.start) or slot.get(run.end - 1)


def find_mentions(
    sentences: list[Sentence],
    names: NameIndex,
    slots: Mapping[int, Mapping[int, str]] | None = None,
    *,
    learned: bool = True,
) -> Mentions:
    """Every mention in ``sentences``: registry names and epithets, then discovered names."""
    matcher = registry_matcher(names)
    by_doc: dict[int, list[tuple[int, int, Entity, bool]]] = {}
    result = Mentions()
    taken: dict[int, set[int]] = {}
    registry: dict[int, list[Mention]] = {}
    for s in sentences:
        key = id(s.doc)
        if key not in by_doc:
            by_doc[key] = matcher.spans(s.doc)
        found = [_mention(s, a, b, e, ep) for a, b, e, ep in by_doc[key] if s.first <= a and b <= s.last]
        if learned:
            found = [_versioned(s, m, names) for m in found]
        registry[s.index] = found
    if learned:
        _extend_known(sentences, registry, names)
    for s in sentences:
        taken[s.index] = {i for m in registry[s.index] for i in range(m.start, m.end)}
    candidates = {s.index: runs(s, taken[s.index]) for s in sentences}
    result.discovered = discover(sentences, names, taken, slots or {}, candidates, learned=learned)
    for s in sentences:
        mentions = list(registry[s.index])
        if result.discovered:
            for run in candidates[s.index]:
                hit = _lookup(run, result.discovered)
                if hit is not None:
                    mentions.append(_mention(s, hit[0], hit[1], hit[2], False))
        if learned and mentions and not s.heading:
            mentions += _products(s, mentions)
        if mentions:
            result.by_sentence[s.index] = sorted(mentions, key=lambda m: m.start)
    return result


def _products(s: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the products ``s`` names in lower case after an organisation it names
    ("Fox provides suspension products")."""
    orgs = [(m.start, m.end) for m in mentions if m.entity.type in ORG_TYPES]
    if not orgs:
        return []
    names = [(m.start, m.end) for m in mentions]
    first = min(a for a, _ in orgs)
    out = []
    for a, b in product_spans(s, names):
        if a > first:
            label = s.tokens.span(a, b)
            out.append(
                _mention(
                    s, a, b, Entity(id=slugify(label), label=label, type="Product", curated=False), False
                )
            )
    return out


MODEL_SIZE = re.compile(r"\d{1,4}(?:x\d{1,3})?(?:\.\d{1,2})?[BM]")
VERSION_WORDS = frozenset(
    {
        "pro",
        "ultra",
        "nano",
        "mini",
        "opus",
        "sonnet",
        "haiku",
        "max",
        "turbo",
        "flash",
        "large",
        "small",
        "medium",
        "lite",
        "plus",
        "instruct",
        "vision",
        "preview",
    }
)


def model_size(text: str) -> bool:
    """ "8B", "70B", "1.5B", "8x7B", "350M": a model's size in parameters, which names a model
    ("Llama 3 70B") like a version number does."""
    return MODEL_SIZE.fullmatch(text) is not None


def _version_part(text: str) -> bool:
    """ "3", "3.1", "4o", "2.5", "R1", "Turbo", "mini", "70B": a model or product version."""
    if text.lower() in VERSION_WORDS or model_size(text):
        return True
    core = text.rstrip("o").lstrip("vVrR")
    return bool(core) and is_number(core) and len(text) <= 6


def _versioned(s: Sentence, m: Mention, names: NameIndex) -> Mention:
    """ "Llama 3.1", "Claude 3.5 Sonnet", "GPT-4o mini": a version of a known product or model
    is an entity of its own (as on Wikidata), not the family the registry names."""
    if m.epithet or m.entity.type not in PRODUCT_TYPES:
        return m
    t = s.tokens
    end = m.end
    while end < s.last and t.space[end - 1] and _version_part(t.text[end]) and end - m.end < 3:
        end += 1
    if end == m.end:
        return m
    label = t.span(m.start, end)
    entity = names.find(label) or Entity(id=slugify(label), label=label, type=m.entity.type, curated=False)
    return _mention(s, m.start, end, entity, False)


EXTEND_ACCEPT = 0.5  # the typer's confidence that "Salesforce Ventures" names an organisation or product


def _extension(s: Sentence, m: Mention, starts: set[int]) -> int:
    """Where the name ends that a known name opens ("Salesforce Ventures", "Amazon Bedrock"):
    capitalised words written right after it, up to a word that is no name part; a word of the
    field ("AI") only inside the name ("Azure AI Foundry", not "Nvidia AI chips")."""
    t = s.tokens
    end = m.end
    while (
        end < s.last
        and end not in starts
        and t.space[end - 1]
        and _name_like(t.text[end])
        and not t.text[end][0].isdigit()
        and t.lower[end] not in STOP_WORDS
        and t.lower[end] not in LEGAL_SUFFIXES
        and t.lower[end] not in DESCRIPTORS
    ):
        end += 1
    while end > m.end and t.lower[end - 1] in GENERIC:
        end -= 1
    return end


def _extend_known(sentences: list[Sentence], registry: dict[int, list[Mention]], names: NameIndex) -> None:
    """A known name followed by more capitalised words names something else, a fund, a unit or
    a product ("Salesforce Ventures", "Amazon Bedrock", "Azure AI Foundry"), when the typer
    takes the whole for an organisation or a product: that is an entity of its own."""
    from aikg.extract.typer import type_spans

    todo: list[tuple[Sentence, int, int]] = []
    for s in sentences:
        if s.heading:
            continue
        found = registry[s.index]
        text, space = s.tokens.text, s.tokens.space
        starts = {m.start for m in found}
        for k, m in enumerate(found):
            if m.end >= s.last or not space[m.end - 1] or not text[m.end][:1].isupper():
                continue  # most known names: no capitalised word right after
            if m.epithet or m.possessive or m.entity.type not in ORG_TYPES | PRODUCT_TYPES:
                continue
            end = _extension(s, m, starts)
            if end > m.end:
                todo.append((s, k, end))
    if not todo:
        return
    answers = type_spans([(s, registry[s.index][k].start, end) for s, k, end in todo])
    for (s, k, end), (kind, p) in zip(todo, answers, strict=True):
        m = registry[s.index][k]
        if kind not in ("ORG", "PROD") or p < EXTEND_ACCEPT:
            continue
        label = s.tokens.span(m.start, end)
        suffix = NAME_SUFFIXES.get(s.tokens.lower[end - 1])
        type_ = suffix or ("Company" if kind == "ORG" else "Product")
        entity = names.find(label) or Entity(id=slugify(label), label=label, type=type_, curated=False)
        registry[s.index][k] = _mention(s, m.start, end, entity, False)


def _lookup(run: Run, discovered: Mapping[str, Entity]) -> tuple[int, int, Entity] | None:
    """The longest part of a run that names a discovered entity: (start, end, entity)."""
    t = run.sentence.tokens
    for length in range(run.end - run.start, 0, -1):
        for start in range(run.start, run.end - length + 1):
            entity = discovered.get(normalise(t.span(start, start + length)))
            if entity is not None:
                return start, start + length, entity
    return None


def _mention(s: Sentence, start: int, end: int, entity: Entity, epithet: bool) -> Mention:
    possessive = end < s.last and s.tokens.text[end] in POSSESSIVE_MARKS
    return Mention(start, end, entity, possessive, epithet)
