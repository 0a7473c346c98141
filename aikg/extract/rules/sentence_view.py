"""One sentence as the relation rules see it (``Clause``: lower-cased tokens and the mentions
among them) and how a trigger's objects are found: coordinated names, the head of a noun phrase,
the object after a preposition, a passive's agent and patient, the name an apposition describes.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from aikg.extract.lexicon import LEGAL_SUFFIXES, known_places
from aikg.extract.mentions import Mention
from aikg.extract.name_cues import NATIONALITIES
from aikg.extract.name_kinds import ORG_TYPES, PRODUCT_TYPES
from aikg.extract.name_words import POSSESSIVE_MARKS, TITLES
from aikg.extract.rules.nouns import IRREGULAR_PAST, PRODUCT_NOUNS, ROLES, qualifier_word
from aikg.extract.rules.words import (
    AUX,
    BOUNDARY,
    CLAUSE_WORDS,
    COMPOUND_PARTICIPLES,
    CONJUNCTIONS,
    COPULA,
    DETERMINERS,
    ORDINALS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    QUOTES,
    SPEECH,
    STAFF_NOUNS,
    STANDING_ADVERBS,
)
from aikg.extract.runs import GENERIC
from aikg.extract.sentences import Sentence, Tokens
from aikg.extract.versions import is_number
from aikg.ontology.dates import MONTHS
from aikg.ontology.models import Entity

# Words of approximation before a number: "about 3,000 Zenith GPUs".
APPROXIMATIONS = frozenset({"about", "around", "roughly", "nearly", "almost", "some", "over"})


class _Words(dict[int, str]):
    """Lower-cased tokens by position; "" for a position outside the sentence."""

    def __missing__(self, key: int) -> str:
        return ""


class Clause:
    """One sentence as the rules see it: lower-cased tokens, the mentions among them.

    ``w(i)`` is the lower-cased token ``i`` ("" outside the sentence).
    """

    def __init__(
        self,
        sentence: Sentence,
        mentions: Sequence[Mention],
        topic: Sequence[Entity],
        first_person: dict[int, str] | None = None,
        lead: Entity | None = None,
        *,
        funded: bool = False,
        raiser: Entity | None = None,
        main: Entity | None = None,
    ):
        self.t = sentence.tokens
        self.first, self.last = sentence.first, sentence.last
        self.mentions = list(mentions)
        # Inside a name, words are not syntax: "Character.AI" holds no sentence-final period.
        self.words = self.t.lower[self.first : self.last]
        for i, word in (first_person or {}).items():  # a quote's "we", "our": read as "it", "its"
            self.words[i - self.first] = word
        self.first_person = frozenset(first_person or ())  # where a quote says "we" or "our"
        _paired_dashes_as_commas(self.words, sentence.tokens, self.first)
        self.cover: dict[int, Mention] = {}  # the mention each token inside a name belongs to
        for m in mentions:
            for i in range(m.start, m.end):
                self.words[i - self.first] = "\x00name"
                self.cover[i] = m
        # ``w`` is a dict lookup bound once: the rules call it hundreds of times per sentence.
        self.w: Callable[[int], str] = _Words(enumerate(self.words, self.first)).__getitem__
        self.start_at = {m.start: m for m in mentions}
        self.end_at = {m.end: m for m in mentions}
        self.topic = list(topic)
        self.lead = lead  # the organisation the article opens on, if any
        self.main = main or lead  # the organisation the article names most, if any
        self._fillers: dict[int, bool] = {}  # answers of ``filler``, by token
        self.funded = funded  # whether the sentence before read an investment in the topic
        # the one company the sentence before read an investment in: whose "the round" it is
        self.raiser = raiser

    def filler(self, i: int) -> bool:
        """Whether token ``i`` can sit inside a noun phrase ("the groundbreaking $2bn AI").
        Answered once per token: the rules scan the same noun phrases again and again (about
        half the calls repeat one), and the clause does not change."""
        known = self._fillers.get(i)
        if known is None:
            known = self._fillers[i] = self._filler(i)
        return known

    def _filler(self, i: int) -> bool:
        word = self.w(i)
        if not word:
            return False
        text = self.t.text[i]
        if word in QUOTES:
            return True
        if word in CLAUSE_WORDS or word in AUX or word in PREPOSITIONS or word in BOUNDARY:
            # "about 3,000 Zenith GPUs": an approximation before a number is part of the phrase
            approximate = word in APPROXIMATIONS and i + 1 < self.last and is_number(self.t.text[i + 1])
            return word in {"no", "further"} or approximate
        if i in self.cover:
            return False
        return (
            (text.isalpha() and text.islower())
            or self._place_before_noun(i)  # "the Tokyo startup Zenith"
            or (word == "'s" and self.t.text[i - 1].isalpha() and self.t.text[i - 1].islower())
            or is_number(text)
            or word in GENERIC
            or word in NATIONALITIES  # "the Dutch startup Zenith"
            or (
                word
                in {
                    "$",
                    "€",
                    "£",
                    "%",
                    "-",
                    "(",
                    ")",
                    "ai",
                    "llm",
                    "us",
                    "u.s.",
                    "m",
                    "bn",
                    "billion",
                    "million",
                    "trillion",
                }
            )
            or (text.isupper() and len(word) <= 4)
            or word.startswith("$")
            or word.endswith(("-based", "-headquartered"))  # "the U.S.-based company Nabisco"
        )

    def _place_before_noun(self, i: int) -> bool:
        """Whether token ``i`` is (a word of) a place name that a common noun follows, so a
        modifier: "the Tokyo startup Zenith", "the San Francisco maker of"."""
        if not self.t.text[i][:1].isupper():
            return False
        for a in range(i - 2, i + 1):  # the place's first word, up to two words before ``i``
            for b in range(i, min(a + 3, self.last - 1)):  # its last word
                after = self.t.text[b + 1]
                if a < self.first or not (after.isalpha() and after.islower()):
                    continue
                if " ".join(self.w(k) for k in range(a, b + 1)) in known_places():
                    return True
        return self._unnamed_modifier(i)

    def _unnamed_modifier(self, i: int) -> bool:
        """Whether token ``i`` is a capitalised word no name covers, between "a" or "the" and a
        common noun, one or two such words long: "a Newmarket start-up", "the Napa Valley
        producer" (a place too small for the place list, or a brand: a modifier all the same)."""
        if i - 2 < self.first or i + 2 >= self.last:
            return False
        first = i - 1 if self.t.text[i - 1][:1].isupper() and i - 1 not in self.cover else i
        last = i + 1 if first == i and self.t.text[i + 1][:1].isupper() else i
        if self.w(first - 1) not in {"a", "an", "the"} or last + 1 >= self.last:
            return False
        words = range(first, last + 1)
        after = self.t.text[last + 1]
        return (
            all(self.alpha(k) and k not in self.cover for k in words)
            and after.isalpha()
            and after.islower()
            and self.w(last + 1) not in CLAUSE_WORDS | AUX | PREPOSITIONS | BOUNDARY
        )

    def alpha(self, i: int) -> bool:
        """Whether token ``i`` is a word (never one outside the sentence: a name may end the text)."""
        return self.first <= i < self.last and self.t.text[i].isalpha()

    def spaced(self, i: int) -> bool:
        """Whether whitespace follows token ``i``."""
        return bool(self.t.space[i])

    def mention_after(self, i: int, limit: int = 3, comma: bool = True) -> Mention | None:
        """The mention starting within ``limit`` filler tokens from ``i``."""
        j = i
        while j < self.last and j - i <= limit:
            if j in self.start_at:
                return self.start_at[j]
            if self.w(j) == "," and comma and j + 1 in self.start_at:
                return self.start_at[j + 1]
            if not self.filler(j):
                return None
            j += 1
        return None


@dataclass(frozen=True, slots=True)
class Subject:
    """Who a clause is about: its entities, where it starts, whether it came from the topic."""

    entities: tuple[Entity, ...]
    start: int
    anaphoric: bool = False


def coordinated_right(c: Clause, m: Mention) -> list[Mention]:
    """``m`` and the mentions coordinated after it: "in Zenith, Apex and Nova", "by Zenith and
    by Nova". A list needs a conjunction before its last member: in "acquired Zenith, Orbit
    said" Orbit is not one, but a list that "including" or "such as" opens needs none: "investors
    including Zenith, Apex, Nova as well as two angels"."""
    out, confirmed = [m], 1
    introduced = c.w(m.start - 1) in LIST_INTRODUCERS or (
        c.w(m.start - 1) == "as" and c.w(m.start - 2) == "such"
    )
    j = m.end
    first_prep = _preposition_before(c, m.start)
    if c.w(j) == "," and c.w(j + 1) in CONJUNCTIONS and _inside_apposition(c, m):
        return out  # "Acme, a platform owned by Nova, and Orbit, ...": the apposition ends at Nova
    while True:
        j = _past_listed_apposition(c, j)  # "Acme, a platform that Nova has owned since 2023, and Orbit"
        if c.w(j) == "(":  # "Zenith (its oldest customer), Apex and Nova"
            close = next((x for x in range(j + 1, min(j + 10, c.last)) if c.w(x) == ")"), None)
            if close is None:
                return out[:confirmed]
            j = close + 1
        j = _past_relative(c, j, first_prep)
        j = _past_adjunct(c, j, first_prep, "and")  # "with Zenith at the low end and with Orbit"
        k = j
        while c.w(k) in _LINKS or (
            k > j and c.w(k) in REPEATED_PREPOSITIONS and first_prep in {c.w(k), ""} and _joined(c, k)
        ):
            k += 1
            if c.w(k - 1) == "," and c.w(k - 2) in CONJUNCTIONS and _set_off_adverb(c, k):
                k += 2  # "Zenith, Orbit and, increasingly, with Nova": past ", increasingly,"
        joined_after = _past_adjunct(c, k, first_prep, first_prep) if c.w(k - 1) in CONJUNCTIONS else k
        if k > j and joined_after > k:
            k = joined_after + 1  # "with Zenith, ..., and at European level with the French Orbit"
        if k > j and c.w(k) == "the" and k + 1 in c.start_at:
            k += 1  # "with Zenith, Orbit and the Vela Institute"
        described = k
        conjoined = any(c.w(x) in CONJUNCTIONS or (c.w(x), c.w(x + 1)) == ("well", "as") for x in range(j, k))
        if k > j and conjoined:
            k = _past_description(c, k)  # "Zenith and the Finnish retailer Orbit", "as well as the"
        if k > j:
            k = _past_role(c, k)
            k = past_place_possessive(c, k)  # "OpenAI, Oracle and Abu Dhabi's MGX"
            if conjoined:
                k = _past_such_as(c, k)  # "as well as with specialised vendors such as Palantir"
        member = c.start_at.get(k) if k > j else None
        if member is not None and k != described and _verb_after(c, member):
            return out[:confirmed]  # "owned by Zenith, and the pension fund Orbit holds ...": a new clause
        if member is not None and _comma_and(c, j, k) and _subjects_of_a_verb(c, member):
            return out[:confirmed]  # "from Lumora, and Quenta AI and Pathwise also buy ...": a new clause
        if member is not None and _comma_and(c, j, k) and _subject_past_apposition(c, member):
            return out[:confirmed]  # "on Azure, and M12, Microsoft's venture fund, led ...": a new clause
        if member is not None and member.possessive:
            owned = head(c, member)  # "Orbit, Nova's pension fund Vela and Apex": Vela is listed
            member = owned if owned is not member else None
        if member is None:
            if len(out) > confirmed and c.w(k - 1) in CONJUNCTIONS and _others_at(c, k):
                return out  # "Zenith, Orbit and (two) other startups", "Zenith, Orbit and others"
            return out[:confirmed]
        if _opens_clause(c, member, any(c.w(x) == "," for x in range(j, k)), _opens_sentence(c, out[0])):
            return out[:confirmed]
        out.append(member)
        if introduced or any(c.w(x) in CONJUNCTIONS or _joined(c, x + 1) for x in range(j, k)):
            confirmed = len(out)
        j = out[-1].end


LONG_APPOSITION_REACH = 16  # tokens of ", an industry group that promotes low-chrome tanning,"


def _apposition_comma(c: Clause, k: int) -> bool:
    """Whether the comma at ``k`` opens an apposition of the name right before it (", a ...")."""
    return c.w(k) == "," and k in c.end_at and c.w(k + 1) in {"a", "an", "the"}


def _inside_apposition(c: Clause, m: Mention) -> bool:
    """Whether ``m`` stands inside an apposition of an earlier name ("Acme, a booking platform
    owned by Nova,"), with no comma between the apposition's opening and ``m``."""
    for k in range(m.start - 1, max(c.first, m.start - LONG_APPOSITION_REACH), -1):
        if c.w(k) in {",", ";", "."}:
            return _apposition_comma(c, k)
    return False


LISTED_APPOSITION_REACH = 24  # tokens of ", a booking platform ... owned since 2023 by the group Nova,"


def _past_listed_apposition(c: Clause, j: int) -> int:
    """Where a list goes on past the apposition of its member ending at ``j`` (", a booking
    platform that has been owned since 2023 by the travel group Nova,"), when a conjunction and
    another name follow its closing comma; ``j`` otherwise."""
    if not _apposition_comma(c, j):
        return j
    reach = range(j + 2, min(j + LISTED_APPOSITION_REACH, c.last))
    close = next((k for k in reach if c.w(k) in {",", ";"}), None)
    if close is None or c.w(close) != "," or c.w(close + 1) not in CONJUNCTIONS:
        return j
    named = close + 2 + (c.w(close + 2) == "the")
    return close if named in c.start_at else j


SUCH_AS_REACH = 3  # lower-case words of a kind before "such as" ("specialised software vendors")


def _past_such_as(c: Clause, k: int) -> int:
    """Past a kind named before its examples ("specialised vendors such as Palantir"): where the
    first example starts; ``k`` where no such phrase opens there."""
    for j in range(k, min(k + SUCH_AS_REACH + 1, c.last)):
        if c.w(j) == "such" and c.w(j + 1) == "as" and j > k:
            return j + 2 if j + 2 in c.start_at else k
        if j in c.cover or not c.t.text[j].islower() or not c.alpha(j):
            return k
    return k


def past_place_possessive(c: Clause, k: int) -> int:
    """Past a place's possessive before a list's member ("Abu Dhabi's MGX", "Japan's
    SoftBank"): where the member's name starts; ``k`` where no place stands there."""
    if k in c.start_at:
        return k
    for end in range(k + 1, min(k + 4, c.last)):  # the place's words, up to three
        if c.w(end) in POSSESSIVE_MARKS and " ".join(c.w(x) for x in range(k, end)) in known_places():
            return end + 1 if end + 1 in c.start_at else k
    return k


_LINKS = CONJUNCTIONS | {",", "as", "well", "itself"}  # what may join the members of a list
# ("itself": "competes with Mistral itself and with Cohere")
LIST_JOINS = CONJUNCTIONS | {","}  # what stands between two coordinated names


def _others_at(c: Clause, k: int) -> bool:
    """Whether an unnamed last member opens at ``k``: "others", "two other startups", "the
    Japanese government" (a noun phrase that ends the clause)."""
    if any(c.w(x) in {"other", "others"} for x in range(k, min(k + 3, c.last))):
        return True
    if c.w(k) not in {"the", "a", "an"}:
        return False
    for x in range(k + 1, min(k + UNNAMED_MEMBER_REACH, c.last + 1)):
        if x >= c.last or c.w(x) in {",", ";", ".", ")"}:
            return x > k + 1
        if x in c.cover or not c.alpha(x) or c.w(x) in AUX or c.w(x) in {"that", "which", "who"}:
            return False
    return False


UNNAMED_MEMBER_REACH = 5  # words of a last member with no name: "the Japanese government"


REPEATED_PREPOSITIONS = frozenset({"to", "with", "in", "into", "for", "by", "from", "on", "against"})
ADJUNCT_PREPOSITIONS = frozenset({"at", "in", "on", "across", "among"})
ADJUNCT_REACH = 5  # words of a phrase between two members of a list: "at the low end"


def _past_adjunct(c: Clause, j: int, first_prep: str, until: str) -> int:
    """Past a nameless phrase of setting at ``j`` that stands between two members of a list
    whose preposition repeats ("with Zenith at the low end and with Orbit", "and at European
    level with Orbit"): where ``until`` follows it, when the preposition after is the list's;
    else ``j``."""
    if not first_prep or c.w(j) not in ADJUNCT_PREPOSITIONS or c.w(j) == first_prep:
        return j
    for x in range(j + 1, min(j + ADJUNCT_REACH + 2, c.last)):
        if x in c.cover or not (c.alpha(x) or c.w(x) == "-"):
            return j
        if c.w(x) == until and c.w(x + (until == "and")) == first_prep:
            return x
    return j


PREPOSITION_REACH = 3  # words of a description between a preposition and its name ("by the fund Orbit")


def _preposition_before(c: Clause, start: int) -> str:
    """The preposition a list's first member follows ("by" in "owned by the fund Orbit, and with
    Nova"), which a later member must repeat to join the list; "" where none stands near."""
    for k in range(start - 1, max(c.first - 1, start - PREPOSITION_REACH - 2), -1):
        if c.w(k) in REPEATED_PREPOSITIONS:
            return c.w(k)
        if c.w(k) == "," or k in c.cover:
            return ""
    return ""


def _joined(c: Clause, k: int) -> bool:
    """Whether a conjunction ends just before ``k``: "and", "or", or "as well as" ("on Zenith
    as well as on Orbit"), or one and an adverb set off by commas ("and, increasingly, with")."""
    if c.w(k - 1) == "," and _set_off_adverb(c, k - 2) and c.w(k - 4) in CONJUNCTIONS:
        return True
    return c.w(k - 1) in CONJUNCTIONS or (c.w(k - 1) == "as" and c.w(k - 2) == "well" and c.w(k - 3) == "as")


def _set_off_adverb(c: Clause, k: int) -> bool:
    """Whether the word at ``k`` is an adverb between commas: ", increasingly,", ", now,"."""
    return (
        c.w(k - 1) == ","
        and c.w(k + 1) == ","
        and (c.w(k).endswith("ly") or c.w(k) in {"now", "also", "later"})
    )


def _past_relative(c: Clause, j: int, first_prep: str = "") -> int:
    """Past a relative clause between two members that repeat their preposition: in "competes
    with Zenith, which Acme owns, and with Orbit" the list goes on after "owns,"; past a
    relative clause or a nameless description before "and" and a name ("backers include Zenith,
    which led its first round, and Orbit"; "from Zenith, a Bend fund, and the Boise-based
    Orbit"); else ``j``."""
    start = j
    for _ in range(ASIDES_IN_A_ROW):  # "Zenith, a British cloud, which installed the cards, and Orbit"
        # ", in which Meta bought a stake, and with Orbit": a preposition may open the clause
        opener = j + 2 if c.w(j + 1) in {"in", "of"} and c.w(j + 2) == "which" else j + 1
        if c.w(j + 1) in {"both", "all", "each"} and c.w(j + 2) == "of" and c.w(j + 3) == "which":
            opener = j + 3  # "Zenith and Orbit, both of which have raised more, and Nova"
        if c.w(j + 1) == "one" and c.w(j + 2) == "of" and c.w(j + 3) == "the":
            opener = j + 3  # "Verbatim Ledger Inc., one of the largest agencies in the Northeast, and"
        if c.w(j) != ",":
            return start
        close = next((x for x in range(opener + 1, min(opener + ASIDE_REACH, c.last)) if c.w(x) == ","), None)
        if close is None:
            return start
        unit = _unit_apposition(c, opener, close)  # "Zenith, the venture arm of Orbit, and Nova"
        if c.w(opener) not in {"which", "who", "whose", "a", "an", "the"} and not unit:
            return start
        named = any(x in c.cover and c.t.text[x][:1].isupper() for x in range(j + 2, close))
        if named and c.w(j + 1) in {"a", "an", "the"} and not unit:
            return start  # "Zenith, a unit of Orbit, and ...": a description naming another
        if c.w(close + 1) == "as" and c.w(close + 2) == "well" and c.w(close + 3) == "as":
            # "with Zenith, whose chip dominates, as well as with specialist chipmakers Orbit"
            return close if any(x in c.start_at for x in range(close + 4, close + 8)) else start
        if c.w(close + 1) not in {"and", "or"}:
            j = close  # another aside may follow
            continue
        if c.w(close + 2) in {"with", "to", "in", "from", "by", "for"} and close + 3 in c.start_at:
            return close
        if _past_adjunct(c, close + 2, first_prep, first_prep) > close + 2:
            return close  # "..., and at European level with the French Orbit"
        if close + 2 in c.start_at or _past_description(c, close + 2) in c.start_at:
            return close  # "and Orbit", "and the Boise-based Orbit"
        return start
    return start


ASIDES_IN_A_ROW = 2  # a description and a relative clause, one after the other
# Nouns for a company's unit: "its venture arm", an apposition "Zenith, the venture arm of Orbit,".
UNIT_NOUNS = frozenset({"arm", "unit", "fund", "division", "subsidiary", "affiliate", "business"})


def _unit_apposition(c: Clause, opener: int, close: int) -> bool:
    """Whether the aside from ``opener`` to the comma at ``close`` says whose unit the name before
    it is: "the venture arm of Orbit", "Orbit's venture fund"."""
    owner = c.start_at.get(opener)
    if c.w(opener) != "the" and (owner is None or not owner.possessive):
        return False
    return any(c.w(x) in UNIT_NOUNS for x in range(opener, close))


ASIDE_REACH = 18  # tokens of one aside, up to its closing comma ("a camera-based" counts five)


def _comma_and(c: Clause, j: int, k: int) -> bool:
    """Whether ", and" joins the words ``j``-``k`` (a new clause may open there)."""
    words = [c.w(x) for x in range(j, k)]
    return "," in words and "and" in words


def _subjects_of_a_verb(c: Clause, m: Mention) -> bool:
    """Whether ``m`` and the names coordinated after it are the subject of a verb ("Quenta AI and
    Pathwise also buy capacity"), not more members of a list."""
    k = m.end
    while k < c.last and (k in c.start_at or c.w(k) in {"and", ","}):
        k = c.start_at[k].end if k in c.start_at else k + 1
    if c.w(k - 1) in {"and", ","} or k not in c.end_at:
        return False  # the list runs on past its names
    while k < c.last and c.w(k) in {"also", "too", "now", "still", "both", "each", "all"}:
        k += 1
    return c.w(k) not in {"itself", "themselves"} and _verb_at(c, k)  # ("with CoreWeave itself, which")


def _subject_past_apposition(c: Clause, m: Mention) -> bool:
    """Whether an apposition set off by commas follows ``m`` and a verb follows it ("M12,
    Microsoft's venture fund, led"): ``m`` is that verb's subject."""
    opener = c.start_at.get(m.end + 1)
    if c.w(m.end) != "," or not (
        c.w(m.end + 1) in {"a", "an", "the", "its"} or (opener and opener.possessive)
    ):
        return False
    for k in range(m.end + 2, min(m.end + 10, c.last)):
        if c.w(k) == ",":
            return c.w(k + 1) not in {"which", "who", "that", "and"} and _verb_at(c, k + 1)
        if c.w(k) in BOUNDARY:
            return False
    return False


def _verb_after(c: Clause, m: Mention) -> bool:
    """Whether a verb follows ``m``: a lower-case word that is no preposition, determiner or
    conjunction ("Orbit holds", "Orbit will")."""
    return _verb_at(c, m.end)


def _verb_at(c: Clause, k: int) -> bool:
    """Whether the word at ``k`` may be a verb (see ``_verb_after``)."""
    word, text = c.w(k), c.t.text[k] if k < c.last else ""
    return word in AUX or (
        word.isalpha()
        and text.islower()
        and word not in PREPOSITIONS | DETERMINERS | CONJUNCTIONS | {"itself", "themselves"}
    )


def _past_description(c: Clause, k: int) -> int:
    """Where the name starts that a nameless description opening at ``k`` ends in ("the
    Finnish retailer Orbit", "the Boise-based Orbit"), or ``k`` itself if none does. The word
    before the name is lower case, so "the Acme unit" is not a description of a later name."""
    if c.w(k) not in {"the", "a", "an"}:
        return k
    for n in range(k + 1, min(k + 6, c.last)):
        if n in c.start_at:
            return n if n - 1 > k and c.t.text[n - 1][-1:].islower() else k
        if c.w(n) == "," and n - 1 > k and n + 1 in c.start_at:
            return n + 1  # "and a newer entrant, Notewise": the name apposed to its description
        if n in c.cover or not (c.filler(n) or c.w(n) == "-" or _compound_head(c, n) or place_word(c, n)):
            return k
    return k


def place_word(c: Clause, n: int) -> bool:
    """Whether token ``n`` is a capitalised word qualifying the lower-case noun after it, as a
    place does inside a description ("the Austin firm", "the Montreal chip startup")."""
    nxt = c.t.text[n + 1] if n + 1 < c.last else ""
    return n not in c.cover and c.t.text[n].istitle() and c.alpha(n) and nxt.isalpha() and nxt.islower()


def _compound_head(c: Clause, n: int) -> bool:
    """Whether token ``n`` opens a hyphenated modifier ("Boise-based", "Paris-headquartered")."""
    return c.w(n + 1) == "-" and not c.spaced(n) and c.w(n + 2) in PLACED


def _past_role(c: Clause, k: int) -> int:
    """Where the name starts that a list member at ``k`` introduces with a role ("and existing
    investors Orbit and Nova", "and rival Apex"), or ``k`` itself if none does."""
    for n in range(k, min(k + 3, c.last)):
        if c.w(n) in ROLES:
            return n + 1 if n + 1 in c.start_at else k
        if not c.filler(n) or not (qualifier_word(c.w(n)) or c.w(n) in LIST_QUALIFIERS):
            return k
    return k


LIST_QUALIFIERS = frozenset({"existing", "leading", "returning", "participating", "founding"})
LIST_INTRODUCERS = frozenset({"including", "include", "includes", "included", "like"})


TIME_OPENING_WORDS = frozenset(
    {"in", "on", "last", "this", "next", "earlier", "later", "early", "late", "year", "month", "week"}
    | {"quarter", "spring", "summer", "autumn", "fall", "winter", "today"}
)
TIME_OPENING_REACH = 4  # words of a phrase of time opening a sentence with no comma: "Earlier this year"


def _opens_sentence(c: Clause, m: Mention) -> bool:
    """Whether ``m`` opens its sentence (past an opening phrase, or a short one of time with no
    comma: "Last year Acme and Zenith announced"): a list there is its subject."""
    if m.start == c.first:
        return True
    if m.start - c.first <= TIME_OPENING_REACH and all(
        c.w(k) in TIME_OPENING_WORDS or c.w(k) in MONTHS or c.w(k).isdigit() for k in range(c.first, m.start)
    ):
        return True
    return c.w(m.start - 1) == "," and not any(k in c.cover for k in range(c.first, m.start))


def _opens_clause(c: Clause, m: Mention, comma: bool, subjects: bool = False) -> bool:
    """Whether ``m`` after a conjunction is the subject of a new clause, not one more object:
    "in Zenith, and Acme has ...", "in Zenith, and Acme, its largest backer, put in ...",
    "bought Zenith and Acme said ..." (but "the deal between Zenith and Acme has ..." is one,
    and so is a list of ``subjects`` opening the sentence: "Acme and Zenith announced ...")."""
    k = m.end
    if c.w(k) in {"itself", "themselves"}:
        return False  # "and, increasingly, with CoreWeave itself": an object stressed
    if not comma:
        return c.w(k) in SPEECH and not subjects
    if c.w(k) == "," and c.w(k + 1) in {"its", "their", "a", "an", "the"}:
        close = next((j for j in range(k + 2, min(k + 10, c.last)) if c.w(j) == ","), None)
        if close is None:
            return False
        k = close + 1
    word = c.w(k)
    # (a name may end the text: no word after it then)
    lower_verb = k < c.last and c.t.text[k].islower()
    past = k == m.end and lower_verb and (word.endswith("ed") or word in IRREGULAR_PAST)
    return (
        word in AUX
        or word in SPEECH
        or past  # "bought Zenith, and Orbit invested in ...": a verb of its own
        or (k > m.end and word.isalpha() and c.t.text[k].islower() and word not in PREPOSITIONS | DETERMINERS)
        or (k == m.end and _verb_after(c, m) and _object_opens(c, k + 1))  # ", and Orbit holds a stake"
        or (k == m.end and present_after(c, m) and c.w(k + 1) in PREPOSITIONS)  # ", and Orbit trains on"
        or (k == m.end and present_after(c, m) and _bare_noun(c, k + 1))  # ", and Orbit rents capacity"
    )


def _bare_noun(c: Clause, k: int) -> bool:
    """Whether a lower-case noun with no determiner opens at ``k`` ("capacity", "chips")."""
    return k < c.last and c.t.text[k].isalpha() and c.t.text[k].islower() and c.w(k) not in STOP_WORDS


def present_after(c: Clause, m: Mention) -> bool:
    """Whether a verb in the present follows ``m``: a lower-case word ending in a single "s"."""
    word = c.w(m.end)
    return _verb_after(c, m) and len(word) > 3 and word.endswith("s") and not word.endswith("ss")


def _object_opens(c: Clause, k: int) -> bool:
    """Whether an object opens at ``k``, as after a verb: a determiner, an amount or a number."""
    if k >= c.last:
        return False
    return c.w(k) in DETERMINERS or c.w(k).startswith("$") or c.t.text[k][:1].isdigit()


def coordinated_left(c: Clause, m: Mention, *, objects: bool = False, joined: bool = False) -> list[Mention]:
    """``m`` and the mentions coordinated before it: "Acme, Orbit and Zenith partnered";
    ``joined``: a conjunction after ``m`` closes the list ("Acme, Orbit and two banks")."""
    out = [m]
    j = m.start
    while True:
        k = _role_start(c, j)  # "Orbit and existing backer Acme": past the role words
        if k == j:
            k = _description_start(c, j)  # "Orbit and the French lab Acme"
        while k > c.first and c.w(k - 1) in LIST_JOINS:
            k -= 1
        joined_by = {c.w(x) for x in range(k, j)}
        if k < j and (member := _described_member(c, k)) is not None:
            k = member.end  # "Orbit, the venture arm of Zenith, and Nova joined": Orbit is listed
        if k == j or k not in c.end_at or c.end_at[k].possessive:
            break
        if len(out) == 1 and not joined_by & CONJUNCTIONS and not joined:
            return out  # "According to X, Acme invested": a comma alone does not coordinate
        prev = c.end_at[k]
        out.insert(0, prev)
        j = prev.start
    before = c.w(out[0].start - 1)
    if (
        len(out) > 1
        and not objects
        and before.isalpha()
        and before not in (DETERMINERS | PREPOSITIONS | CONJUNCTIONS | {"both", "either", "neither"})
    ):
        return [m]  # "Zenith met Orbit, and Acme holds ...": Orbit is an object, not a subject
    if len(out) == 2 and not objects and before in PREPOSITIONS and c.w(m.start - 2) == ",":
        return [m]  # "rents from Nimbus, and Acme trains on ...": two clauses, not two subjects
    return out


def _described_member(c: Clause, end: int) -> Mention | None:
    """The name a unit apposition ending at ``end`` describes ("Orbit" of "Orbit, the venture
    arm of Zenith"), when the apposition opens right after its comma; else None."""
    for comma in range(end - 1, max(c.first, end - ASIDE_REACH), -1):
        if c.w(comma) == ",":
            named = c.end_at.get(comma)
            return named if named is not None and _unit_apposition(c, comma + 1, end) else None
    return None


def _description_start(c: Clause, j: int) -> int:
    """Where a nameless description before the name at ``j`` starts when a conjunction comes
    before it ("Orbit and the French lab Acme"), else ``j``."""
    if not c.t.text[j - 1][-1:].islower():
        return j
    for k in range(j - 1, max(c.first, j - 6), -1):
        if c.w(k) in {"the", "a", "an"}:
            return k if c.w(k - 1) in CONJUNCTIONS else j  # (also "Orbit and the Acme Fund")
        if c.w(k) in POSSESSIVE_MARKS and k - 1 not in c.cover and c.t.text[k - 1][:1].isupper():
            # "Octopus Ventures and the UK's National Wealth Fund": a place's
            return k - 2 if c.w(k - 2) == "the" and c.w(k - 3) in CONJUNCTIONS else j
        if k in c.cover or not (c.filler(k) or c.w(k) == "-" or place_word(c, k)):
            return j
    return j


def _role_start(c: Clause, j: int) -> int:
    """Where a role set before the name at ``j`` starts ("existing backer Acme", "new investor
    Acme"): up to three lower-case words ending in a role noun, after a conjunction or a comma."""
    if c.w(j - 1) not in ROLES:
        return j
    k = j - 1
    while k > c.first and j - k < 3 and c.t.text[k - 1].isalpha() and c.t.text[k - 1].islower():
        if c.w(k - 1) in CONJUNCTIONS or c.w(k - 1) in PREPOSITIONS:
            break  # "with existing investors Orbit": the role opens the list, not a coordinated item
        k -= 1
    return k if c.w(k - 1) in CONJUNCTIONS | {","} and all(c.t.text[x].islower() for x in range(k, j)) else j


def head(c: Clause, m: Mention) -> Mention:
    """The mention an NP starting with ``m`` names: "OpenAI rival Anthropic" -> Anthropic."""
    j = m.end + (1 if m.possessive else 0)
    if m.possessive and j in c.start_at:
        return head(c, c.start_at[j])  # "Acme's Nimbus": the product is the object
    if m.possessive and (described := _described_product(c, j)) is not None:
        return described  # "Meta's open-weight Llama 3.3": the model, past its adjectives
    goods = c.start_at.get(m.end) if not m.possessive else None
    if goods is not None and m.entity.type in ORG_TYPES and goods.entity.type in {"Chip", "AIModel"}:
        return head(c, goods)  # "trained it on Nvidia H100s": the chips, whose maker names them
    for k in range(j, min(j + 3, c.last)):
        word = c.w(k)
        if word in ROLES or word in PRODUCT_NOUNS:
            nxt = c.mention_after(k + 1, limit=0)
            return head(c, nxt) if nxt is not None and nxt is not m else m
        if not c.filler(k) or word in CONJUNCTIONS:
            break  # "Acme and existing investor Orbit": two names, not one described
    return m


DESCRIBED_REACH = 4  # adjective words between an owner's "'s" and its product: "open - weight"


def _described_product(c: Clause, j: int) -> Mention | None:
    """The product named a few lowercase adjectives after an owner's "'s" at ``j`` ("Meta's
    open-weight Llama 3.3", "Acme's new Quill"), or None."""
    for k in range(j, min(j + DESCRIBED_REACH + 1, c.last)):
        m = c.start_at.get(k)
        if m is not None:
            return m if k > j and m.entity.type in PRODUCT_TYPES else None
        text = c.t.text[k]
        if not (text == "-" or (text.isalpha() and text.islower())) or c.w(k) in CONJUNCTIONS:
            return None
        if c.w(k) in ROLES or c.w(k) in PRODUCT_NOUNS or not c.filler(k):
            return None
    return None


def unnamed_holder(c: Clause, m: Mention, *, parts: bool = True) -> bool:
    """Whether ``m`` only qualifies a role noun after it that names someone else ("an Acme
    supplier", "Acme's rivals", "Acme's research unit"), no name following: the noun phrase is
    about that unnamed party, not ``m``. With ``parts=False`` a part ("unit", "arm") still
    counts as ``m`` (what "Acme's venture arm" does, Acme does). A cloud's customers are
    where something runs ("available to Nimbus customers"): the cloud is meant. A person's
    title ("Acme's chief executive") names someone else too."""
    if m.entity.type == "CloudPlatform":
        return False
    j = m.end + (1 if m.possessive else 0)
    if m.possessive and c.w(j) in TITLES:
        return True  # "owned by Acme's chief executive, John Smith": the person, not Acme
    for k in range(j, min(j + 3, c.last)):
        word = c.w(k)
        if word in ROLES:
            if (not parts and ROLES[word][0] == "subsidiaryOf") or word == "business":
                return False  # ("acquired Tessary's retail business": Tessary's, read as Tessary)
            return c.mention_after(k + 1, limit=0) is None
        if not c.filler(k) or word in PRODUCT_NOUNS or word in CONJUNCTIONS or not qualifier_word(word):
            return False
    return False


DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})


def _sharing_aside_end(c: Clause, k: int) -> int | None:
    """The closing comma of an aside at ``k`` that names who shares the subject's part
    (", along with Orbit,", ", alongside Orbit,", ", together with Orbit,")."""
    opens = c.w(k + 1) == "alongside" or (c.w(k + 1) in {"along", "together"} and c.w(k + 2) == "with")
    if not opens:
        return None
    return next((j for j in range(k + 2, min(k + 10, c.last)) if c.w(j) == ","), None)


def _in_noun_phrase(c: Clause, pos: int, k: int) -> bool:
    """Whether a determiner or a possessive pronoun opens a noun phrase between ``pos`` and
    ``k`` ("its fleet-learning platform"; not "built in-house by")."""
    return any(c.w(j) in DETERMINERS or c.w(j) in POSSESSIVE_PRONOUNS for j in range(pos, k))


def object_right(
    c: Clause, pos: int, preps: Iterable[str] = (), gap: int = 4, np_gap: int = 4
) -> list[Mention]:
    """The mention(s) a trigger ending at ``pos`` takes as object, after one of ``preps``."""
    preps = frozenset(preps)
    i = pos
    if preps:
        limit = min(c.last, pos + gap + 1)
        while i < limit and (word := c.w(i)) not in preps:
            if word == "," and (close := _sharing_aside_end(c, i)) is not None:
                limit += close - i  # "invested, along with Orbit, in Zenith": past the aside
                i = close + 1
                continue
            demonstrative = (
                i == pos and word in DEMONSTRATIVES and c.filler(i + 1)
            )  # "supplies that memory to"
            if (word in BOUNDARY or word in CLAUSE_WORDS or word == ",") and not demonstrative:
                return []
            if word == "-" and not c.spaced(i - 1) and not c.spaced(i) and _in_noun_phrase(c, pos, i):
                limit = min(c.last, limit + 2)  # "run its fleet-learning platform on": one word
            i += 1
        if i >= limit:
            return []
        i += 1
        gap = np_gap
    limit = min(c.last, i + gap + 1)
    opening = i  # where the object opens: a quote's "us" read as "it" is the speaker there
    hyphens = 0  # hyphened words in the noun phrase, each counting as one ("a state-linked fund")
    # a list opened just past the gap still names the objects: "backed more than 20 startups, including"
    while i < limit or (i == limit and c.w(i) == "," and c.w(i + 1) in {"like", "including", "such"}):
        if POSSESSIVE_MARKS & {c.w(i + 1), c.w(i + 2), c.w(i + 3)}:
            i = past_place_possessive(c, i)  # "beat Finland's Konecranes"
        if i in c.start_at:
            m = c.start_at[i]
            if c.w(m.end) == "-" and c.w(m.end + 1) in PLACED and m.end + 2 in c.start_at:
                m = c.start_at[m.end + 2]  # "Nasdaq-listed Zenith Corp": where it is listed, then Zenith
            if c.w(m.end) == "-" and c.w(m.end + 1) in COMPOUND_PARTICIPLES:
                if m.end + 2 not in c.start_at:
                    return []  # "with the Intel-controlled company": the company, unnamed
                m = c.start_at[m.end + 2]  # "by Microsoft-owned GitHub": GitHub, which Microsoft owns
            named = head(c, m)
            if named is m and unnamed_holder(c, m):
                return []  # "acquired an Acme supplier": the supplier, whom the sentence leaves unnamed
            if (i > pos or c.w(pos - 2) in DETERMINERS) and _relative_subject(c, m):
                return []  # "financed the purchases Orbit made": the purchases, Orbit's
            return coordinated_right(c, named)
        word = c.w(i)
        if word == "it" and i in c.first_person and len(c.topic) == 1 and i == opening:
            return [Mention(i, i + 1, c.topic[0])]  # "Samsung bought us": the voice of the page
        if word == "(":
            close = next((k for k in range(i, min(i + 8, c.last)) if c.w(k) == ")"), None)
            if close is None:
                return []
            limit += close - i
            i = close + 1
            continue
        if word == "," and i + 1 in c.start_at:
            i += 1
            continue
        if word == "," and i == pos and (close := _sharing_aside_end(c, i)) is not None:
            limit += close + 1 - i  # "is building, together with Nvidia, the Mistral Compute platform"
            i = close + 1
            continue
        if word == "," and c.w(i + 1) in {"like", "including", "such"}:
            i += 1  # "in several startups, including Zenith"
            limit = max(limit, min(c.last, i + 3))
            continue
        if word == "," and (notably := _notably(c, i + 1)):
            i += 1 + notably  # "with a handful of larger efforts, most prominently Zenith"
            limit = max(limit, min(c.last, i + 2))
            continue
        # (not a role's list, "agreements with three anchor customers: Arclight", which role rules read)
        if word == ":" and c.w(i - 1).endswith("s") and c.w(i - 1) not in ROLES and i + 1 in c.start_at:
            i += 1  # "beat two other bidders: Khan Academy ... and Tutorly"
            limit = max(limit, min(c.last, i + 1))
            continue
        if word == "," and c.w(i + 1) == "among" and c.w(i + 2) == "them":
            i += 3  # "beat three other bidders, among them Palantir"
            limit = max(limit, min(c.last, i + 2))
            continue
        if word in {"those", "that"} and c.w(i + 1) == "of":
            i += 2  # "compete with those of Zenith": Zenith's, so Zenith
            continue
        if word in {"like", "including"} or (word == "such" and c.w(i + 1) == "as"):
            i += 2 if word == "such" else 1  # "to cloud providers such as Nimbus"
            limit = min(c.last, i + 2)
            continue
        if c.w(i + 1) == "-" and c.w(i + 2) in PLACED:
            i += 3  # "along with Cambridge-based Ilara Silicon": where it is, before its name
            limit = min(c.last, limit + 3)
            continue
        if word in QUANTITIES and c.w(i + 1) == "of":
            i += 2  # "buys mountains of Nvidia GPUs", "thousands of Zenith chips": how many
            limit = min(c.last, limit + 2)
            continue
        if word in APPROXIMATELY and c.w(i + 1)[:1].isdigit():
            i += 1  # "ordered about 30,000 Orca chips": a count's hedge is inside the noun phrase
            continue
        if word == "-" and hyphens < 2 and not c.spaced(i - 1):
            hyphens += 1
            limit = min(c.last, limit + 2)
        if word == "and" and c.w(i + 1).endswith("s") and i + 2 in c.start_at:
            return []  # "sells software to operators and counts Evolution among its rivals": a verb's own
        if not c.filler(i) and not (word == "than" and c.w(i - 1) in {"more", "fewer", "less"}):
            return []  # ("more than 20 startups, including ..." is one noun phrase)
        i += 1
    return []


# Adverbs that pick examples out of a kind: "a handful of rivals, notably Zenith".
NOTABLY = frozenset({"notably", "chiefly", "especially", "principally", "mainly", "particularly"})


def _notably(c: Clause, k: int) -> int:
    """The length of "notably" or "most prominently" at ``k``, or 0."""
    if c.w(k) in NOTABLY:
        return 1
    return 2 if c.w(k) == "most" and c.w(k + 1) in {"prominently", "notably"} else 0


# "Cambridge-based", "Amsterdam-listed": where, before a name
PLACED = frozenset({"based", "headquartered", "listed"})
QUANTITIES = frozenset(
    {"lots", "dozens", "hundreds", "thousands", "millions", "billions", "tens", "mountains", "batches"}
    | {"handful", "couple", "number"}
    | {"shipments", "tonnes", "tons", "crates", "pallets", "truckloads", "plenty", "scores"}
)
APPROXIMATELY = frozenset({"about", "around", "over", "nearly", "almost", "roughly", "some", "up"})


def _relative_subject(c: Clause, m: Mention) -> bool:
    """Whether ``m`` opens a relative clause with its "that" left out, after a plural noun and
    before its past verb ("the purchases Orbit made", "the chips Orbit designed"): the noun
    phrase is about the things, not ``m``."""
    before, after = c.w(m.start - 1), c.w(m.end)
    plural = before.endswith("s") and before.isalpha() and c.t.text[m.start - 1].islower()
    lower = after.isalpha() and c.t.text[m.end].islower()
    past = lower and (after.endswith("ed") or after in IRREGULAR_PAST or after in HAVING_VERBS)
    return plural and past and before not in AUX | DETERMINERS and after not in PLACED and m.end < c.last


# Present verbs a contact relative clause's subject takes: "runs on servers Ostrakon leases".
HAVING_VERBS = frozenset(
    {"leases", "rents", "owns", "operates", "runs", "uses", "buys", "makes", "designs", "builds", "sells"}
)


def word_ahead(
    c: Clause, start: int, words: Collection[str], reach: int, *, hyphens: bool = False
) -> int | None:
    """Where the first of ``words`` stands from ``start`` within ``reach`` tokens, past words
    that may sit inside a noun phrase (and hyphens, if ``hyphens``) and no name: "its booking
    software on", "the German hosting company"; None if something else comes first."""
    for k in range(start, min(start + reach, c.last)):
        if c.w(k) in words:
            return k
        if k in c.cover or not (c.filler(k) or (hyphens and c.w(k) == "-")):
            return None
    return None


def clouds_right(c: Clause, pos: int, preps: Iterable[str] = (), gap: int = 4) -> list[Mention]:
    """The cloud platforms among the objects ``object_right`` finds: where something is hosted,
    rented or offered ("on Nimbus", "through Nimbus"), whatever else the phrase names."""
    return [o for o in object_right(c, pos, preps, gap) if o.entity.type == "CloudPlatform"]


AGENT_GAP = 5  # words of a short description between "by" and its agent


# What a passive's agent may be named as coming from: "is powered by models from Bria AI".
SOURCED_WORKS = frozenset({"models", "model", "technology", "software"})


def agent_after(c: Clause, pos: int) -> list[Mention]:
    """The agent of a passive whose "by" ends at ``pos``, past a short description ("led by
    private-equity firm Orbit"), or the company whose people did it ("written by engineers at
    Red Hat")."""
    if c.w(pos) in STAFF_NOUNS and c.w(pos + 1) in {"at", "from"}:
        return object_right(c, pos + 2, gap=1)
    if c.w(pos) in SOURCED_WORKS and c.w(pos + 1) == "from":  # "powered by models from Bria AI"
        return [m for m in object_right(c, pos + 2, gap=1) if not m.possessive]
    arm = next((k for k in range(pos + 1, pos + 4) if c.w(k) in ARMS), None) if c.w(pos) == "the" else None
    if arm is not None and c.w(arm + 1) == "of":  # "led by the venture arm of Xylem": Xylem, through it
        return object_right(c, arm + 2, gap=0)
    return object_right(c, pos, gap=hyphened_gap(c, pos, AGENT_GAP))  # "by the state-linked fund X"


ARMS = frozenset({"arm", "unit", "division"})  # an unnamed unit doing its owner's investing


def hyphened_gap(c: Clause, pos: int, gap: int) -> int:
    """``gap`` words from ``pos``, a hyphened word counting as one ("the state-linked fund", "its
    next-generation HBM4 memory chips"; up to two such words)."""
    hyphens = sum(c.w(k) == "-" for k in range(pos, min(pos + gap + 4, c.last)) if k not in c.cover)
    return gap + 2 * min(hyphens, 2)


def hyphened_reach(c: Clause, pos: int, reach: int) -> int:
    """``reach`` words back from ``pos``, a hyphened word counting as one ("Zenith's wholly
    owned data-acquisition subsidiary", "its speech-to-text platform"; up to two hyphens)."""
    lo = max(c.first, pos - reach - 4)
    if "-" not in c.words[lo - c.first : pos - c.first]:
        return reach  # (most phrases)
    hyphens = sum(c.w(k) == "-" for k in range(lo, pos) if k not in c.cover and not c.spaced(k - 1))
    return reach + 2 * min(hyphens, 2)


def patient_before(c: Clause, pos: int) -> Mention | None:
    """The mention a passive participle at ``pos`` is said of: "Zenith, (which was) acquired",
    "Zenith (acquired by Acme in 2021)"."""
    k = pos
    while k > c.first:
        if c.w(k - 1) == "," and (opening := _relative_aside_opening(c, k - 1)) is not None:
            k = opening  # "Zenith's models, which run on Nimbus, are used by": past the aside
            continue
        if k in c.end_at:
            return None if c.end_at[k].possessive else head(c, c.end_at[k])
        word = c.w(k - 1)
        if word in {"which", "that"} and c.w(k - 2) == "and":
            return first_relative(c, k - 2)  # "Ansys, whose tools dominate ... and which has been owned by"
        if not (
            word in AUX
            or word in {",", "(", "which", "that", "who", "first", "originally", "both", "each"}
            or word.endswith("ly")
        ):
            return None
        k -= 1
    return None


def _relative_aside_opening(c: Clause, comma: int) -> int | None:
    """Where the relative aside or apposition that ``comma`` closes opens (", which run on
    Nimbus,", ", its developer,")."""
    named = False
    for j in range(comma - 1, max(c.first, comma - 12), -1):
        if c.w(j) == ",":
            return None
        # (a participle's agent is the apposition's own: ", a model released by Zenith,")
        named = named or (j in c.cover and not _participle_agent(c, c.cover[j]))
        if c.w(j) in {"which", "who"} and c.w(j - 1) == ",":
            return j - 1
        if c.w(j) in {"a", "an", "the", "its", "their"} and c.w(j - 1) == "," and not named:
            return j - 1  # an apposition with no name of its own
    return None


def _participle_agent(c: Clause, m: Mention) -> bool:
    """Whether ``m`` follows a past participle's "by" ("released by Zenith")."""
    return c.w(m.start - 1) == "by" and (
        c.w(m.start - 2).endswith("ed") or c.w(m.start - 2) in IRREGULAR_PAST
    )


# Phrases that stand, like "already", between a copula and the role it gives.
STANDING_PHRASES = (("at", "the", "same", "time"), ("in", "turn"), ("for", "now"))


def _standing_phrase(c: Clause, k: int) -> int:
    """The length of a ``STANDING_PHRASES`` phrase ending before ``k``, or 0."""
    for phrase in STANDING_PHRASES:
        n = len(phrase)
        if all(c.w(k - n + i) == word for i, word in enumerate(phrase)):
            return n
    return 0


def name_before_apposition(
    c: Clause, comma: int, *, reach: int = LONG_APPOSITION_REACH, past_places: bool = False
) -> Mention | None:
    """The name an apposition closed by the comma at ``comma`` follows: "Ecotan, an industry
    group that promotes tanning," (Ecotan), where the apposition names no one; with
    ``past_places``, past the commas inside it too ("Rootwise Ltd, a soil-analytics company in
    Lincoln, England,")."""
    for k in range(comma - 1, max(c.first, comma - reach), -1):
        if k in c.cover:
            return None  # another name stands inside
        if c.w(k) == "," and c.w(k + 1) in {"a", "an", "the"}:
            named = c.end_at.get(k)
            return named if named is not None and not named.possessive else None
        if c.w(k) == "," and not past_places:
            return None
    return None


def apposed_before(c: Clause, pos: int) -> Mention | None:
    """The mention a role phrase at ``pos`` describes: "Acme, (one of) the ...", "Acme is a"."""
    k = pos
    if c.w(k - 1) == "far" and c.w(k - 2) == "by":
        k -= 2  # "Nvidia is by far TSMC's largest customer"
    adjectives, most = 0, hyphened_reach(c, pos, 4)  # ("the open-source speech-recognition model")
    while (
        k > c.first
        and c.w(k - 1) not in COPULA
        and adjectives < most
        and not (c.w(k - 1) in DASHES and c.spaced(k - 1))  # ("Greyhaven - makers of": a dash sets it off)
        and (
            c.filler(k - 1)
            or c.w(k - 1) in ORDINALS  # "Zenith is the first customer of Acme"
            or (c.w(k) == "-" and not c.spaced(k - 1))  # "Paris-based"
            or (c.w(k - 2) == "-" and not c.spaced(k - 2) and c.alpha(k - 1))  # "a try-on service"
        )
    ):
        k -= 1
        adjectives += 1
    if adjectives and c.w(k - 1) not in COPULA:
        return None  # "acquired a rival of": a verb, not a copula, before the role
    steps = 0
    while k > c.first and steps <= 8:
        if k in c.end_at:
            m = c.end_at[k]
            return None if m.possessive else m
        if c.w(k - 1) == "," and c.w(k - 2) == ")":
            paren = next((j for j in range(k - 3, max(c.first, k - 8), -1) if c.w(j) == "("), None)
            if paren is not None and paren in c.end_at:  # "Amazon Web Services (AWS), Amazon's cloud unit"
                opening = _aside_opening(c, paren)
                if opening is not None and _apposed_subject(c, opening, k):
                    k = opening  # "Orbit, the concert division of Acme (AC), is a rival of Nova"
                    continue
                m = c.end_at[paren]
                return None if m.possessive else m
        if c.w(k - 1) == ",":
            opening = _aside_opening(c, k - 1)
            # "Acme, which makes chips, is a rival of", "Acme, along with Orbit, is a customer of";
            # but in "Acme, which backs Zenith, the maker of" the comma after Zenith opens its apposition
            # (a product line in lower case, "a maker of electric delivery vans,", is no name)
            closing = c.end_at.get(k - 1)
            unnamed = closing is None or closing.entity.label.islower()
            # (a participial aside only before its subject's verb: "Acme, backed by Zenith, is a rival")
            # (and an apposition closed right before a copula: "Orbit, the concert division of Acme,
            # is Nova's main rival" tells of Orbit)
            verb_next = opening is not None and (
                (c.w(k) in VERB_COPULAS and participial(c, opening + 1)) or _apposed_subject(c, opening, k)
            )
            if opening is not None and unnamed and not verb_next and _renames_relatives_object(c, opening, k):
                return None  # "Orbit, which counts the fund, the venture arm of Acme, among": the fund
            if opening is not None and (unnamed or c.w(opening + 1) in COMPANY_OPENERS or verb_next):
                k = opening
                continue
        bracket = k - 2 if c.w(k - 1) in {"now", "currently", "today"} else k - 1
        if c.w(bracket) == "(" and bracket in c.end_at:  # "Acme (now a unit of Zenith)"
            m = c.end_at[bracket]
            return None if m.possessive else m
        if c.w(k - 1) in {"that", "which", "who"} and (head := _apposition_head(c, k - 2)) is not None:
            return head  # "Allstead Mutual, the regional insurer that became Marrowline's first customer"
        dash = c.w(k - 2) in DASHES and c.spaced(k - 3) and c.spaced(k - 2)  # "Nvidia - which is also"
        if c.w(k - 1) in RELATIVE_PRONOUNS and (c.w(k - 2) == "," or dash) and k - 2 in c.end_at:
            m = c.end_at[k - 2]  # "Acme, which is Zenith's biggest shareholder,"
            # ("Vanderlande, the group owned by Toyota Industries, which is Sortera's rival": Vanderlande)
            return None if m.possessive else apposition_head_past_agent(c, m) or m
        if (
            c.w(k - 1) in RELATIVE_PRONOUNS
            and c.w(k - 2) == ","
            and (named := name_before_apposition(c, k - 2))
        ):
            return None if named.possessive else named  # "CoreWeave, the cloud provider, which is"
        if c.w(k - 1) in RELATIVE_PRONOUNS and c.w(k - 2) == "and" and (first := first_relative(c, k - 2)):
            return first  # "Kelpie, an Aberdeen company whose cameras ... and which is Skarv's rival"
        if c.w(k - 1) in STANDING_ADVERBS and c.w(k - 2) in COPULA:
            k -= 1  # "Acme is already Zenith's biggest shareholder"
            continue
        if (c.w(k - 2), c.w(k - 1)) == ("in", "turn") and c.w(k - 3) in RELATIVE_PRONOUNS:
            k -= 2  # "CoreWeave, which in turn is one of Nvidia's biggest buyers"
            continue
        standing = _standing_phrase(c, k)
        if standing and c.w(k - standing - 1) in COPULA:
            k -= standing  # "Yara is at the same time one of Brannock's main rivals"
            continue
        set_off = c.w(k - 1) == "," and c.w(k - 3) == "," and c.w(k - 2) in ASIDE_ADVERBS
        if set_off and (c.w(k - 4) in COPULA or k - 3 in c.end_at):
            # "Brisklane is, however, a registered Mistral AI partner", "Microsoft, meanwhile, is
            # also one of CoreWeave's largest customers"
            k -= 3
            continue
        if c.w(k - 1) == "," and c.w(k - 2).rstrip(".") in LEGAL_SUFFIXES and c.w(k - 3) == ",":
            k -= 2  # "Oracle America, Inc., a subsidiary of Oracle": past the legal form
            continue
        dashed = c.end_at.get(k - 1) if c.w(k - 1) in DASHES and c.spaced(k - 1) and c.spaced(k - 2) else None
        if dashed is not None:
            return None if dashed.possessive else dashed  # "Greyhaven Security GmbH - makers of Sentinelle"
        if (
            c.w(k - 1) in ASIDE_ADVERBS | STANDING_ADVERBS | {"nevertheless", "nonetheless"}
            and k - 1 in c.end_at
        ):
            k -= 1  # "Vantris nevertheless remains a long-standing Medidata customer"
            continue
        if c.w(k - 1) not in COPULA:
            return None
        k -= 1
        steps += 1
    return None


SECOND_RELATIVE_REACH = 16  # words back from "and which" to the first relative's word


def first_relative(c: Clause, k: int, *, lists: bool = False) -> Mention | None:
    """The antecedent of the relative clause that an "and which" at ``k`` continues: "Acme, a
    company whose cameras are used widely and which is Zenith's rival" (Acme); with ``lists``,
    past the "and" of a list inside the first clause ("CoreWeave, the GPU cloud whose customers
    include Microsoft and Meta and in which Nvidia holds a stake")."""
    for j in range(k - 1, max(c.first, k - SECOND_RELATIVE_REACH), -1):
        if c.w(j) in {";", "."} or (c.w(j) == "and" and not (lists and j + 1 in c.start_at)):
            return None
        if c.w(j) in {"whose", "which", "who"} or (c.w(j) == "that" and lists):
            named = c.end_at.get(j - 1) if c.w(j - 1) == "," else None
            return named if named is not None and not named.possessive else _apposition_head(c, j - 1)
    return None


def topic_organisation(c: Clause) -> Entity | None:
    """The previous sentence's one topic, if it is an organisation that can hold a role (a role
    is held in a company, not in a product or a newspaper)."""
    if len(c.topic) != 1 or c.topic[0].type not in ORG_TYPES - {"NewsOutlet"}:
        return None
    return c.topic[0]


def where_antecedent(c: Clause, k: int) -> Mention | None:
    """The name ", where" right before token ``k`` stands for ("Amazon Web Services, where
    Goldfinch has been a customer": the clause's subject opens at ``k``)."""
    return c.end_at.get(k - 2) if c.w(k - 1) == "where" and c.w(k - 2) == "," else None


def apposed_modifier(c: Clause, m: Mention) -> bool:
    """Whether ``m`` only qualifies the noun of an apposition it opens (", a Newmarket start-up
    that Stridelogic bought"): the apposition describes the name before its comma."""
    return (
        c.w(m.start - 1) in {"a", "an", "the"}
        and c.w(m.start - 2) == ","
        and c.alpha(m.end)
        and c.t.text[m.end].islower()
    )


def _apposition_head(c: Clause, k: int) -> Mention | None:
    """The name an apposition whose noun ends at ``k`` describes (", the regional insurer"),
    the apposition holding no name of its own."""
    k = past_locative(c, k)  # "a paper mill on the Gulf of Bothnia that belongs to"
    j = k
    while j > c.first and k - j <= 5 and c.w(j) not in {"a", "an", "the"}:
        if j in c.cover and apposed_modifier(c, c.cover[j]):  # "a Penang packaging specialist"
            j = c.cover[j].start - 1
        elif c.filler(j):
            j -= 1
        else:
            break
    return article_apposition_head(c, j) if j != k else None


LOCATIVES = frozenset({"in", "on", "near", "outside", "off"})
DIRECTIONS = frozenset(
    {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west"}
)
LOCATIVE_REACH = 6  # words of a place after its preposition: "on the Gulf of Bothnia"


def past_locative(c: Clause, k: int) -> int:
    """Where a noun phrase ends before a phrase of place ending at ``k`` ("in northern Sweden",
    "on the Gulf of Bothnia"), or ``k`` when none ends there."""
    j, named = k, False
    while j > c.first and k - j < LOCATIVE_REACH and j not in c.cover:
        word = c.w(j)
        if c.alpha(j) and c.t.text[j][:1].isupper():
            named = True
        elif word not in {"the", "of"} and word not in DIRECTIONS:
            break
        j -= 1
    return j - 1 if named and c.w(j) in LOCATIVES else k


ASIDE_DASHES = frozenset({"—", "–", "--"})  # and a hyphen with a space on each side ("Acme - owned by")


def _paired_dashes_as_commas(words: list[str], t: Tokens, first: int) -> None:
    """Read a pair of dashes around an aside as a pair of commas: "Acme — owned since 2019 by
    Orbit — has bought a stake in Zenith" says what "Acme, owned ... by Orbit, has bought" does.
    A lone dash, which opens an afterthought, stays a boundary, and so do dashes around a list
    ("its biggest buyers - Microsoft, Meta and Oracle - spent", "- Acme and Orbit -"), which the
    rules read there."""
    dashes = [
        k
        for k, word in enumerate(words)
        if word in ASIDE_DASHES or (word == "-" and t.space[first + k] and k and t.space[first + k - 1])
    ]
    for opening, closing in zip(dashes[::2], dashes[1::2], strict=False):
        inside = words[opening + 1 : closing]
        named_list = t.text[first + opening + 1][:1].isupper() and not {"and", "or"}.isdisjoint(inside)
        if "," not in inside and not named_list:
            words[opening] = words[closing] = ","


def article_apposition_head(c: Clause, j: int) -> Mention | None:
    """The name before an apposition's ", a", ", an" or ", the" whose article is at ``j``."""
    if c.w(j) not in {"a", "an", "the"} or c.w(j - 1) != ",":
        return None
    head = c.end_at.get(j - 1)
    return head if head is not None and not head.possessive else None


RELATIVE_PRONOUNS = frozenset({"which", "who"})
DASHES = frozenset({"-", "—", "–"})
# Adverbs set off by commas between a subject and its copula: "Microsoft, meanwhile, is".
ASIDE_ADVERBS = frozenset({"meanwhile", "however", "too", "though", "therefore", "moreover", "notably"})


# Words that open an aside between a subject and its verb: ", which ...,", ", along with Orbit,".
COMPANY_OPENERS = frozenset({"alongside", "along", "together"})  # ", along with Orbit,"
# (and participles of where or when a company was set up: ", headquartered in Reston,")
ASIDE_OPENERS = (
    frozenset({"which", "who", "whose", "where"})
    | COMPANY_OPENERS
    | {
        "based",
        "headquartered",
        "founded",
        "located",
        "incorporated",
        "both",  # "Pearl and Overjet, both backed by large venture rounds, remain"
    }
)


def _aside_opening(c: Clause, comma: int) -> int | None:
    """The opening comma of a relative or participial aside closed by the comma at ``comma``
    (", which makes chips,", ", headquartered in Reston, Virginia,")."""
    for k in range(comma - 1, max(c.first, comma - 15), -1):
        if c.w(k) == ",":
            if _place_comma(c, k):
                continue  # "Reston, Virginia": a place and its state
            appositive = c.w(k + 1) in {"a", "an", "the"} and k in c.end_at  # "Acme, a startup run by ...,"
            # ("which — in a twist that did not go unnoticed — is": an aside after the relative word)
            after_relative = c.w(k - 1) in RELATIVE_PRONOUNS
            return (
                k
                if c.w(k + 1) in ASIDE_OPENERS or appositive or after_relative or participial(c, k + 1)
                else None
            )
    return None


VERB_COPULAS = frozenset({"is", "was", "are", "were", "remains", "remain", "remained", "became", "becomes"})


def _apposed_subject(c: Clause, opening: int, k: int) -> bool:
    """Whether the comma at ``opening`` opens an apposition of the name before it that a copula
    at ``k`` follows: the name is the copula's subject ("Orbit, the concert division of Acme,
    is Nova's main rival"); so does a relative aside ("Anysphere, whose backers include Thrive
    Capital and Andreessen Horowitz, has become Copilot's most direct rival")."""
    copula = c.w(k) in VERB_COPULAS or (c.w(k) in {"has", "have", "had"} and c.w(k + 1) in {"become", "been"})
    return copula and c.w(opening + 1) in {"a", "an", "the", "which", "who", "whose"} and opening in c.end_at


AGENT_PREPOSITIONS = frozenset({"by", "with", "from", "in", "alongside"})


def participial(c: Clause, k: int) -> bool:
    """Whether a participial phrase with its agent opens at ``k`` (", backed by Zenith,",
    ", co-designed with Broadcom,"): an aside whose name is not the subject."""
    j = k + 2 if c.w(k) == "co" and c.w(k + 1) == "-" else k  # "co-designed"
    participle = c.w(j).endswith("ed") or c.w(j) in IRREGULAR_PAST
    return participle and c.alpha(j) and c.t.text[j].islower() and c.w(j + 1) in AGENT_PREPOSITIONS


def _place_comma(c: Clause, k: int) -> bool:
    """Whether the comma at ``k`` parts a place from its region ("Reston, Virginia"): two
    capitalised words no name covers."""
    around = (k - 1, k + 1)
    return all(c.alpha(j) and c.t.text[j][:1].isupper() and j not in c.cover for j in around)


AGENT_APPOSITION_REACH = 6  # words from ", a" to "by": ", a start-up backed by"


OWNED_PARTS = frozenset({"subsidiary", "unit", "division", "affiliate", "member"})


def _renames_relatives_object(c: Clause, opening: int, k: int) -> bool:
    """Whether the apposition opening at ``k`` follows a relative clause (opening at ``opening``)
    that ends on an unnamed noun, which the apposition then renames: "which counts the fund, the
    venture arm of Acme,"."""
    return c.w(opening + 1) in {"which", "that", "who"} and c.w(k) in {"a", "an", "the"} and c.alpha(k - 2)


def whose_antecedent(c: Clause, k: int) -> Mention | None:
    """The name "whose" at ``k`` refers to: "Acme, whose", or the name a noun phrase before it
    renames ("Acme is a privately held company whose", "Acme, a startup (in Austin) whose")."""
    comma = c.w(k - 1) == ","
    if comma:
        k -= 1
    if (named := c.end_at.get(k)) is not None:
        if named.possessive:
            return None
        # "Greenkeeper AI, a Dutch company backed by Rabo Investments whose turf service": with no
        # comma, "whose" goes on about the company the agent backs
        agent_of = None if comma else apposition_head_past_agent(c, named)
        return agent_of or _unit_apposed(c, named) or named
    k = past_locative(c, k - 1) + 1  # "a fabless chip designer in Austin whose"
    j = k - 1
    # (a hyphened word counts as one: "Seamwise, a Milan-based rival whose")
    reach = hyphened_reach(c, k, 7)
    while (
        j > c.first
        and k - j <= reach
        and (c.filler(j) or c.w(j) in {",", "-"} or c.w(j + 1) == "-")
        and c.w(j) not in {"a", "an", "the"}
    ):
        j -= 1
    return apposed_before(c, j) if c.w(j) in {"a", "an", "the"} else None


def _unit_apposed(c: Clause, owner: Mention) -> Mention | None:
    """The unit an apposition naming ``owner`` describes: "Kongsberg Maritime, part of Norway's
    Kongsberg Gruppen, whose K-Sim ..." (Kongsberg Maritime, the unit "whose" goes on about)."""
    j = owner.start - 1
    if c.w(j) in POSSESSIVE_MARKS:  # past a place's possessive ("Norway's")
        j = next((q for q in range(j - 1, max(c.first, j - 4), -1) if c.w(q) == "of" or q in c.cover), j)
    if c.w(j) != "of" or not (c.w(j - 1) == "part" or c.w(j - 1) in OWNED_PARTS):
        return None
    comma = j - 2 if c.w(j - 1) == "part" else j - 3
    head = c.end_at.get(comma) if c.w(comma) == "," else None
    return head if head is not None and not head.possessive else None


def apposition_head_past_agent(c: Clause, agent: Mention) -> Mention | None:
    """The name an apposition describes when a relative clause follows its participle's agent
    or its owner: in "Marrowby Labs, a start-up backed by Index Ventures, which is training",
    Marrowby Labs; in "Orbit, the Dublin operator, itself a subsidiary of Acme, that leases",
    Orbit."""
    by = agent.start - 1
    if c.w(by) in PLACED and c.w(by - 1) == "-":
        by -= 3  # "developed by Paris-based Mistral AI": past where the agent is
    # (", itself a subsidiary of Acme, that": not "Zenith, a subsidiary of Acme, which also owns")
    owned = c.w(by) == "of" and c.w(by - 1) in OWNED_PARTS and c.w(by - 3) == "itself"
    if not owned and (c.w(by) != "by" or not (c.w(by - 1).endswith("ed") or c.w(by - 1) in IRREGULAR_PAST)):
        return None  # ("backed by", "made by", "built by")
    # ("a computer-vision defect-inspection system developed by": a hyphened word counts as one)
    reach = AGENT_APPOSITION_REACH
    reach += 2 * sum(c.w(j) == "-" for j in range(max(c.first, by - 2 - reach - 4), by))
    for j in range(by - 2, max(c.first, by - 2 - reach), -1):
        if j in c.cover or c.w(j) in {"which", "that", "who"}:
            return None
        if c.w(j) in {"a", "an", "the"} and c.w(j - 1) == "itself" and c.w(j - 2) == ",":
            return c.end_at.get(j - 2) or apposed_head(c, j - 2)  # ", itself a subsidiary of"
        if c.w(j) in {"a", "an", "the"} and c.w(j - 1) == ",":
            return article_apposition_head(c, j)
    return None


APPOSITION_REACH = 10  # tokens of an apposition before its closing comma: "the Toronto-based model maker"


def apposed_head(c: Clause, comma: int) -> Mention | None:
    """The name an article's apposition ending at ``comma`` renames: "Orbit, the Dublin
    colocation operator," (Orbit)."""
    for j in range(comma - 1, max(c.first, comma - APPOSITION_REACH - 1), -1):
        if j in c.cover:
            return None
        if c.w(j) in {"a", "an", "the"} and c.w(j - 1) == ",":
            return article_apposition_head(c, j)
    return None


def past_model_codes(c: Clause, k: int) -> int:
    """Past the model codes after a maker's name ("Zenith GB300 NVL72 systems"): where the
    goods noun would stand."""
    stop = min(k + 3, c.last)
    while k < stop and any(ch.isdigit() for ch in c.t.text[k]) and c.t.text[k][:1].isalnum():
        k += 1
    return k


def possessed_modifier(lower: Sequence[str], a: Mention, b: Mention) -> bool:
    """Whether ``b`` follows ``a``'s possessive as part of a compound modifier ("Ledgerlight's
    Claude-drafted letters"): the possessive owns the noun after it, not ``b``."""
    return (
        b.start == a.end + 1
        and lower[a.end] in POSSESSIVE_MARKS
        and b.end + 1 < len(lower)
        and lower[b.end] == "-"
        and lower[b.end + 1].endswith("ed")
    )


def np_start(c: Clause, m: Mention) -> int:
    """Where the noun phrase naming ``m`` starts: past its owner ("of OpenAI's GPT-4o")."""
    owner = c.end_at.get(m.start - 1) if c.w(m.start - 1) in POSSESSIVE_MARKS else None
    return owner.start if owner is not None else m.start


def object_after_preposition_or_name(c: Clause, k: int) -> bool:
    """Whether a noun phrase starting at ``k`` is a preposition's object or follows another name
    and a comma (a list's member); "its own platform, StrikeIQ," renames the object instead."""
    before = c.w(k - 1)
    return before in PREPOSITIONS or (before == "," and c.end_at.get(k - 1) is not None)
