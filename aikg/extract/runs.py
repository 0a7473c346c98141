"""Candidate names: maximal runs of capitalised tokens that no registry mention covers, without
the words that only a sentence's start or a section title glued to it capitalised. Which runs
are names, and of what, ``aikg.extract.discovery`` decides."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from aikg.extract.lexicon import LEGAL_SUFFIXES, common_words, first_names, known_places
from aikg.extract.name_kinds import NAME_SUFFIXES
from aikg.extract.name_words import (
    KEPT_AT_END,
    NATIONAL,
    POSSESSIVE_MARKS,
    TITLES,
    and_firm,
    ends_at_legal_suffix,
    heading,
    name_stop_word,
    national_name,
    particle,
)
from aikg.extract.sentences import Sentence, Tokens
from aikg.extract.versions import is_number, model_size
from aikg.ontology.dates import MONTHS

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
        "cpus",
        "tpu",
        "tpus",
        "npu",
        "npus",
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
        "it",  # "the group's IT services unit": information technology, never a name
        "thirteen",  # number words spaCy does not count as stop words: "Eighteen months later"
        "fourteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "thousand",
        "utc",  # the field's acronyms of things, never of a company: "14:12 UTC", "DNS and DDoS"
        "gmt",
        "dns",
        "ddos",
        "sla",
        "slas",
        "sdk",
        "sdks",
        "kpi",
        "kpis",
        "url",
        "urls",
        "faq",
        "mw",  # units: "a 180 MW substation", "2 GW of capacity"
        "gw",
        "kw",
        "mwh",
        "gwh",
        "twh",
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
        "meet",
        "inside",
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

# Nouns that describe the company named after them at a sentence's start ("Chipmaker Tessary").
DESCRIBING_OPENERS = frozenset(
    {"startup", "start-up", "chipmaker", "rival", "rivals", "competitor", "peer", "carmaker"}
    | {"automaker", "insurer", "lender", "retailer", "conglomerate", "unicorn", "fintech"}
    | {"drugmaker", "broadcaster", "brewer", "miner", "publisher", "homebuilder"}
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
        if not self.initial:  # asked once: only a run opening its sentence is trimmed
            return self
        t = self.sentence.tokens
        start = self.start
        if self.size > 1 and t.lower[start] in DESCRIBING_OPENERS:
            start += 1  # "Rival Nebius rose 6%", "Startup Veltro has raised"
        elif self.size > 1 and (_opener(t, start) or self._stop_word_opening()) and not self._subject_name():
            start += 1
        while self.end - start > 1 and heading(t, start):
            start += 1  # "Services Retail JAX Tyres"
        if self.end - start > 1 and start > self.start and t.lower[start] in MONTHS:
            start += 1  # "Last June Obverse raised": a date opens the sentence, then the name
        return self if start == self.start else Run(self.sentence, start, self.end)

    def _subject_name(self) -> bool:
        """Whether the whole run, opening word included, is the subject of the verb after it
        ("Leading Edge has painted ...", "One Aviation had ...", "Last Floor's first film"):
        an opening participle or stop word stands before a clause's subject, not before its
        verb ("Following Acme Labs, ..." but not "Following Acme Labs has")."""
        t = self.sentence.tokens
        if self.end >= self.sentence.last or t.lower[self.start] in OPENERS:
            return False
        nxt = t.lower[self.end]
        if nxt in POSSESSIVE_MARKS:
            return name_stop_word(t, self.start)  # "Last Floor's" (but "Following Acme's lead")
        if nxt == "," and self.end + 1 < self.sentence.last and t.lower[self.end + 1] in {"the", "a", "an"}:
            return name_stop_word(t, self.start)  # "Whole Foods Market, the Amazon-owned grocer, has"
        return nxt in VERBS_AFTER_SUBJECT and not t.lower[self.start].endswith("ly")

    def _stop_word_opening(self) -> bool:
        """Whether the run opens with a stop word only the sentence capitalised ("Last
        Floor"), not one a name's head noun vouches for ("First Meridian Bank")."""
        t = self.sentence.tokens
        end = t.lower[self.end - 1]
        marked = end in NAME_SUFFIXES or end in LEGAL_SUFFIXES or end in OF_HEADS
        return t.lower[self.start] in STOP_WORDS and not (marked and name_stop_word(t, self.start))


# Words that follow a sentence's subject, not an opening adverb or participle phrase.
VERBS_AFTER_SUBJECT = frozenset({"is", "was", "are", "were", "has", "had", "have", "will", "would", "also"})


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
        and lower not in known_places()
        and lower not in first_names()
    )


def name_like(text: str) -> bool:
    first = text[0]
    if not first.isalnum():
        return False
    return first.isupper() or (first.isalpha() and any(map(str.isupper, text[1:])))  # "xAI", "iPhone"


def _starts_name(t: Tokens, i: int) -> bool:
    text, lower = t.text[i], t.lower[i]
    return (
        name_like(text)
        and not text[0].isdigit()
        and lower not in GENERIC
        and not (lower in STOP_WORDS and not text.isupper())
        and lower not in LEGAL_SUFFIXES
    )


NAME_OPENERS = NATIONAL | {"tv"}  # "American Cancer Society", "TV Marlow"
# Words a capital letter follows as a grade, not as part of a name: "Class A shares", "Series A".
LETTERED = frozenset({"class", "series", "tier", "type", "phase", "round", "grade", "level", "category"})


def _opens_name(t: Tokens, i: int, last: int, taken: set[int]) -> bool:
    """Whether a word that is no name alone opens one here: a capitalised number or noun among
    the stop words ("First Union", "Nine Network"), a nationality ("American Cancer
    Society") or "TV" ("TV Marlow", a broadcaster), before a name-like word."""
    nxt = i + 1
    if nxt >= last or nxt in taken or not name_like(t.text[nxt]) or t.lower[nxt] in STOP_WORDS:
        return False
    return name_stop_word(t, i) or (t.lower[i] in NAME_OPENERS and name_like(t.text[i]))


# A transcript's question and answer marks, opening a line.
TRANSCRIPT_MARKS = frozenset({"Q.", "A.", "Q:", "A:"})


def _code_suffix(t: Tokens, i: int, first: int) -> bool:
    """Whether token ``i`` is glued by a hyphen to a code with digits before it ("04417-EMR")."""
    return (
        i - 2 >= first
        and t.text[i - 1] == "-"
        and not t.space[i - 1]
        and not t.space[i - 2]
        and any(ch.isdigit() for ch in t.text[i - 2])
    )


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
        if t.lower[i] in PROGRAMMES and i > sentence.first and t.lower[i - 1] in {"partner", "partners"}:
            continue  # "the AWS Partner Network": a company's programme, no name of its own
        if _code_suffix(t, i, sentence.first):
            continue  # "Case No. 3:25-cv-04417-EMR": a judge's initials closing a docket number
        if i == sentence.first and t.text[i] in TRANSCRIPT_MARKS:
            continue  # "Q. Corbel's models run on AWS?": a transcript's question, no initial
        j = i + 1
        lettered = t.lower[i] in LETTERED
        while j < last and j not in taken:
            text, lower = t.text[j], t.lower[j]
            if ends_at_legal_suffix(t, i, j) or (lower in TITLES and text[:1].isupper()):
                break  # "Apple Inc. Customers", "Pfizer CEO Albert Bourla": two names
            name_part = (name_like(text) and lower not in STOP_WORDS) or lower in LEGAL_SUFFIXES
            name_part = name_part or name_stop_word(t, j)
            # a version only matters where the word is no name part: "Claude 3.5", "Kite 8B"
            if name_part or (t.space[j - 1] and j - i < 3 and (is_number(text) or model_size(text))):
                j += 1
            elif text in "&-" and not t.space[j - 1] and j + 1 < last and not t.space[j]:
                if name_like(t.text[j + 1]) and j + 1 not in taken:
                    j += 2
                else:
                    break
            elif (
                text == ":"
                and not t.space[j - 1]
                and j + 1 < last
                and not t.space[j]
                and t.text[j + 1].isalpha()
            ):
                j += 2  # "Run:ai": a colon inside a name, no space on either side
            elif text == "A" and j == i + 1 and t.space[j - 1] and not sentence.heading and not lettered:
                j += 1  # "Cohere's Command A model": in prose a capital "A" after a name is no article
            elif text == "&" and j + 1 < last and name_like(t.text[j + 1]) and j + 1 not in taken:
                j += 2  # "Johnson & Johnson", "Frost & Sullivan"
            elif lower in MODEL_TIERS and t.space[j - 1] and any(ch.isdigit() for ch in t.text[j - 1]):
                j += 1  # "GPT-4.1 mini", "Gemini 2.5 flash": a model's tier after its number
            elif text == "/" and t.text[j - 1] == "A" and j + 1 < last and t.text[j + 1] == "S":
                j += 2  # "Ostrander A/S": a Danish or Norwegian company's legal form
            elif text in {"'", "’"} and _plural_possessive_inside(t, j, last, taken):
                j += 1  # "Ontario Teachers' Pension Plan", "the Wexford Teachers' Retirement Fund"
            elif text == "," and j + 1 < last and t.lower[j + 1] in LEGAL_SUFFIXES and j + 1 not in taken:
                j += 2  # "Bird Rides, Inc."
            elif lower == "of" and t.lower[j - 1] in OF_HEADS and (after := _of_name(t, j, last, taken)):
                j = after  # "University of Toronto", "Bank of America"
            elif (particle(t, j, last) or and_firm(t, j, last)) and j + 1 not in taken:
                j += 2  # "Banca Popolare di Lodi", "Apcar and Company"
            elif _and_inside_institution(t, i, j, last) and j + 1 not in taken:
                j += 2  # "University of Science and Technology", "National Oceanic and Atmospheric"
            else:
                break
        while j - 1 > i and t.lower[j - 1] in GENERIC and not _kept_at_end(t.lower[j - 1]):
            j -= 1
        # ("British AI chipmaker Graphcore": a nationality and the field's word name nothing)
        national = national_name(t, i, j) and any(t.lower[k] not in GENERIC for k in range(i + 1, j))
        if t.lower[i] in GENERIC and not (national or (t.lower[i] == "tv" and j - i > 1)):
            continue  # "Chinese DeepSeek": the name starts after the nationality
        run = Run(sentence, i, j)
        if t.lower[i] == "series" and j - i <= 2 and i + 1 < last and len(t.text[i + 1]) == 1:
            skip_to = i + 2
            continue  # "a Series B round" (or "Series A", the "A" a run of its own): a round, not a name
        if not (run.initial and run.size == 1 and _opener(t, i)):
            out.extend(r.trimmed() for r in _repeated(run.trimmed()))  # "Games Tibia Tibia"
    return out


PROGRAMMES = frozenset({"network", "program", "programme"})

# Lower-case tiers a model's name ends with after its version number ("GPT-4.1 mini").
MODEL_TIERS = frozenset({"mini", "nano", "turbo", "flash", "pro", "lite"})


# The bodies a plural possessive stands inside the name of: "Teachers' Retirement Fund".
MEMBERS_BODIES = frozenset({"fund", "plan", "system", "board", "association", "union", "trust", "scheme"})


def _plural_possessive_inside(t: Tokens, j: int, last: int, taken: set[int]) -> bool:
    """Whether the apostrophe at ``j`` after a plural ("Teachers'") is inside a pension fund's
    or an association's name, which goes on to its body noun within three words."""
    if not t.lower[j - 1].endswith("s") or t.space[j - 1] or j + 1 >= last or j + 1 in taken:
        return False
    ahead = range(j + 1, min(j + 4, last))
    return name_like(t.text[j + 1]) and any(
        t.lower[k] in MEMBERS_BODIES and t.text[k][:1].isupper() for k in ahead
    )


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


def _and_inside_institution(t: Tokens, i: int, j: int, last: int) -> bool:
    """Whether "and" at ``j`` joins two fields inside an institution's name: after "University
    of" ("... of Science and Technology"), or after a nationality's word when an institution's
    noun ends the name ("National Oceanic and Atmospheric Administration"). "the University of
    Toronto and Microsoft" joins two names: after "of", only a common word continues one."""
    if t.lower[j] != "and" or j + 1 >= last or not t.text[j + 1].istitle():
        return False
    if t.lower[j + 1] in OF_HEADS:
        return False
    institution = any(t.lower[k] == "of" and t.lower[k - 1] in OF_HEADS for k in range(i + 1, j))
    if institution:
        return t.lower[j + 1] in common_words()
    headed = any(t.lower[k] in INSTITUTION_ENDS for k in range(j + 2, min(j + 4, last)))
    return t.lower[i] in {"national", "federal", "royal"} and headed


# Nouns that end a public body's name: "... Atmospheric Administration".
INSTITUTION_ENDS = OF_HEADS | {"administration", "service", "laboratory", "laboratories", "centre", "center"}


def _of_name(t: Tokens, j: int, last: int, taken: set[int]) -> int:
    """After "University" or "Bank" and "of" at ``j``: where the name the "of" opens starts
    ("of Toronto", "of the Rockies"), or 0 if none follows."""
    k = j + 1 + (j + 1 < last and t.lower[j + 1] == "the")
    if k < last and k not in taken and _starts_name(t, k):
        return k
    return 0
