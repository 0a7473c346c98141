"""Finding rule triggers in sentences with one ``PhraseMatcher``, and the token positions where
a trigger expects a name (which tells name discovery what type such a name has).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import product as product_of

from spacy.matcher import PhraseMatcher

from aikg.extract.name_cues import CURRENCY_CODES
from aikg.extract.rules.base import Rule
from aikg.extract.rules.investment import participation, raise_from, raiser_led, round_led
from aikg.extract.rules.ownership import acquire, own
from aikg.extract.rules.roles import counts_among
from aikg.extract.rules.shared import noun, passive, verb
from aikg.extract.rules.supply import pay, supply
from aikg.extract.rules.table import rules
from aikg.extract.rules.technology import builds_on, sold_under, use, violate
from aikg.extract.rules.words import AUX, BOUNDARY, CLAUSE_WORDS, DETERMINERS, MONEY_WORDS
from aikg.extract.sentences import Sentence, pipeline
from aikg.extract.versions import is_number


def _phrases(phrase: str) -> list[str]:
    """``"partner|partners with"`` -> ``["partner with", "partners with"]``."""
    return [" ".join(words) for words in product_of(*(p.split("|") for p in phrase.split()))]


@cache
def trigger_matcher() -> PhraseMatcher:
    """One PhraseMatcher over every rule's trigger phrases (lower-cased), keyed by rule name.

    Phrases rather than token patterns: a token Matcher with word sets calls back into Python
    for every token and pattern, which made it most of the extraction time.
    """
    nlp = pipeline()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for rule in rules().values():
        texts = sorted({t for p in rule.phrases for t in _phrases(p)})
        matcher.add(rule.name, [nlp.make_doc(t) for t in texts])
    return matcher


@dataclass(frozen=True, slots=True)
class Trigger:
    """A rule's trigger phrase found at tokens ``start:end``."""

    rule: Rule
    start: int
    end: int


def find_triggers(sentences: Sequence[Sentence]) -> dict[int, list[Trigger]]:
    """The rule triggers of each sentence (by sentence index), matched once per block Doc."""
    matcher = trigger_matcher()
    table = rules()
    strings = pipeline().vocab.strings
    by_doc: dict[int, list[tuple[Rule, int, int]]] = {}  # each match's rule looked up once per Doc
    out: dict[int, list[Trigger]] = {}
    for s in sentences:
        key = id(s.doc)
        if key not in by_doc:
            by_doc[key] = [(table[strings[mid]], a, b) for mid, a, b in matcher(s.doc)]
        found = [Trigger(rule, a, b) for rule, a, b in by_doc[key] if s.first <= a and b <= s.last]
        found += _paired_passives(s, found)
        if found:
            out[s.index] = found
    return out


def _paired_passives(s: Sentence, found: Sequence[Trigger]) -> list[Trigger]:
    """Passive triggers whose participle shares its "by" with a second one: "owned and operated
    by Acme", "designed and manufactured by Acme" (the phrase "owned by" is not written)."""
    lower = s.tokens.lower
    out: list[Trigger] = []
    if "by" not in lower[s.first + 3 : s.last]:
        return out  # most sentences have no "by" where the pattern could end: no scan
    taken = {t.start for t in found if t.rule.handler is passive}
    first_words = _passive_first_words()
    for i in range(s.first, s.last - 3):
        if (
            lower[i + 3] == "by"
            and lower[i + 1] in {"and", "or"}
            and lower[i + 2].endswith("ed")
            and lower[i] in first_words
            and i not in taken
        ):
            out.append(Trigger(first_words[lower[i]], i, i + 4))
    return out


@cache
def _passive_first_words() -> dict[str, Rule]:
    """The participle of each two-word passive trigger ("owned" of "owned by"), with its rule."""
    out: dict[str, Rule] = {}
    for rule in rules().values():
        if rule.handler is passive:
            for phrase in rule.phrases:
                for text in _phrases(phrase):
                    words = text.split()
                    if len(words) == 2 and words[1] == "by":
                        out.setdefault(words[0], rule)
    return out


# The rules whose triggers expect a name before and after them.
SLOT_HANDLERS = frozenset(
    {
        verb,
        acquire,
        passive,
        own,
        supply,
        pay,
        use,
        raise_from,
        violate,
        round_led,
        raiser_led,
        participation,
        counts_among,
        builds_on,
        sold_under,
        noun,
    }
)


@cache
def _skipped(preps: tuple[str, ...]) -> frozenset[str]:
    """The words between a trigger and the name it expects after it: once per rule."""
    return DETERMINERS | frozenset(preps) | {"by", "own"}


def _after_amount(s: Sentence, end: int, preps: tuple[str, ...]) -> int | None:
    """The name's position where a sum of money stands between a trigger and its preposition
    ("invested $23 million in Exclaimer", "paid £4m to Halvor"), if one does."""
    lower, text = s.tokens.lower, s.tokens.text
    k = end
    while k < s.last and (lower[k] in MONEY_WORDS or lower[k] in CURRENCY_CODES or is_number(text[k])):
        k += 1
    if k == end or k >= s.last - 1 or lower[k] not in preps:
        return None
    return k + 1 + (lower[k + 1] in DETERMINERS)


LATE_BY_REACH = 6  # words of an adjunct between a passive's participle and its "by"


def argument_slots(
    sentences: Sequence[Sentence], triggers: dict[int, list[Trigger]]
) -> dict[int, dict[int, str]]:
    """Token positions where a trigger expects a name, with the type such a name would have."""
    by_index = {s.index: s for s in sentences}
    out: dict[int, dict[int, str]] = {}
    for index, found in triggers.items():
        s = by_index[index]
        lower = s.tokens.lower
        slots: dict[int, str] = {}
        for t in found:
            if t.rule.handler not in SLOT_HANDLERS:
                continue
            i = t.start - 1
            while i >= s.first and (lower[i] in AUX or lower[i].endswith("ly")):
                i -= 1
            if i >= s.first and t.rule.handler is not passive:
                slots[i] = "Company"
            j = t.end
            if t.rule.handler is passive and lower[j - 1] != "by":
                # "acquired in 2023 by Acme": the name follows the "by" (none in "a stake acquired
                # in the Series A")
                j = next(
                    (k + 1 for k in range(j, min(j + LATE_BY_REACH, s.last)) if lower[k] == "by"), s.last
                )
            skipped = _skipped(t.rule.preps)
            while j < s.last and lower[j] in skipped:
                j += 1
            if j < s.last:
                slots[j] = t.rule.object_type if t.rule.handler is not passive else "Company"
            if (k := _after_amount(s, t.end, t.rule.preps)) is not None:
                slots.setdefault(k, t.rule.object_type)  # "invested $23 million in Exclaimer"
            for k in range(t.end, min(t.end + 6, s.last - 1)):  # "licenses software from X"
                if lower[k] in {"from", "to", "with", "into", "on"}:
                    slots.setdefault(k + 1 + (lower[k + 1] in DETERMINERS), "Company")
                    break
                if lower[k] in BOUNDARY or lower[k] in CLAUSE_WORDS:
                    break
        if slots:
            out[index] = slots
    return out
