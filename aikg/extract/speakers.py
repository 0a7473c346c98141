"""Who says a sentence: a party speaking of its own deal ("Acme bought Zenith, the company
said", "..., said Jane Doe, Acme's chief executive") states it; an outlet, an analyst or
unnamed sources only report it. The status of a claim depends on which.
"""

from __future__ import annotations

from collections.abc import Sequence

from aikg.extract.mentions import Mention
from aikg.extract.name_kinds import ORG_TYPES
from aikg.extract.sentences import Sentence
from aikg.ontology.models import Entity

# Verbs by which a speaker states something; other reporting words ("reportedly", "sources",
# "people familiar", "documents seen by") always mean someone else is telling.
SAYING = frozenset({"said", "says", "told", "stated", "states", "wrote", "according", "claims", "claimed"})
# Who "said" without a name: the company itself when no one else is named beside the words.
SELF_WORDS = frozenset(
    {"it", "they", "company", "companies", "firm", "firms", "startup", "startups", "lab", "both", "group"}
)
SPEAKER_SPAN = 8  # tokens on the speaker's side of the verb
# Where the words before "said" stop being its subject: "Acme bought Zenith and Orbit said".
CLAUSE_EDGES = frozenset({",", ";", '"', "“", "”", "and", "but", "while", "as", "that", "because"})


def first_party(
    sentence: Sentence,
    mentions: Sequence[Mention],
    cues: frozenset[str],
    participants: Sequence[str],
    window: tuple[int, int],
) -> bool:
    """Whether every reporting word of ``sentence`` among ``cues`` has one of ``participants``
    (the claim's two ends, by entity id) as its speaker: then the claim is the party's own
    statement, not a report. A speaker that ends the claim's ``window`` is the name the claim
    was read from ("Acme invested in research, Zenith said"), not a party speaking of it."""
    if not cues & SAYING:
        return False
    words = sentence.tokens.lower[sentence.first : sentence.last]
    first = sentence.first
    found = False
    covered = -1  # words up to here belong to a speaker already read ("according to Acme's report")
    for r, word in enumerate(words):
        if word not in cues or r <= covered:
            continue
        if word not in SAYING:  # "reportedly", "sources", "familiar": someone else tells
            return False
        if word == "according":
            span = _forward(words, r + 2, commas=0)
        elif (
            r > 1
            and words[r - 1] == ","
            and (opening := _apposition_before(words, r - 1)) is not None
            and _name_alone(mentions, first, _backward(words, opening))
        ):
            span = _backward(words, opening)  # "Acme, the chip designer, said on Thursday that"
        elif word != "told" and r > 0 and words[r - 1] in {",", '"', "”"} and words[r + 1 : r + 2] != ["."]:
            span = _forward(words, r + 1)  # "..., said Jane Doe, Acme's chief executive"
        elif r > 1 and words[r - 1] in {"and", "but"}:
            span = _opening_name(sentence, mentions)  # "Acme denied X but said": Acme said
        else:
            span = _backward(words, r)  # "Acme's chief executive said", "the company said"
        covered = max(covered, span[1] - 1)
        named = [m for m in mentions if span[0] <= m.start - first and m.end - first <= span[1]]
        if any(m.entity.id in participants and m.end != window[1] for m in named):
            found = True
            continue
        if named or word == "according" or not set(words[span[0] : span[1]]) & SELF_WORDS:
            return False  # "according to people familiar with it": not the company's word
        found = True
    return found


APPOSITION_OPENERS = frozenset({"a", "an", "the", "its", "their"})


def _name_alone(mentions: Sequence[Mention], first: int, span: tuple[int, int]) -> bool:
    """Whether ``span`` (sentence-relative) is one name and nothing else: the subject of a
    verb of saying set off by an apposition ("Orbit, a rival, said"), not a clause before it
    ("Acme bought Zenith, the chip designer, said Orbit")."""
    return any(m.start - first == span[0] and m.end - first == span[1] for m in mentions)


def _apposition_before(words: list[str], comma: int) -> int | None:
    """Where an apposition that ``comma`` closes opens (its opening comma), when the verb after
    ``comma`` has that apposition's name as subject: "Acme, the chip designer, said"."""
    for j in range(comma - 1, max(0, comma - SPEAKER_SPAN) - 1, -1):
        if words[j] in CLAUSE_EDGES - {","}:
            return None
        if words[j] == ",":
            return j if words[j + 1] in APPOSITION_OPENERS and j > 0 else None
    return None


def _opening_name(sentence: Sentence, mentions: Sequence[Mention]) -> tuple[int, int]:
    """The speaker of a verb whose subject is elided ("... but said"): the name opening the
    sentence, whose verb it shares; an empty span when the sentence opens otherwise."""
    opening = [m for m in mentions if m.start == sentence.first]
    if not opening:
        return 0, 0
    return 0, opening[0].end - sentence.first


def _backward(words: list[str], r: int) -> tuple[int, int]:
    """The speaker before the verb at ``r``: back to a comma or the sentence's start."""
    lo = r
    while lo > 0 and r - lo < SPEAKER_SPAN and words[lo - 1] not in CLAUSE_EDGES:
        lo -= 1
    return lo, r


def _forward(words: list[str], start: int, commas: int = 1) -> tuple[int, int]:
    """The speaker after the verb: to the sentence's end, over at most ``commas`` commas
    ("said Jane Doe, its CEO"; "according to The Ledger, Acme ..." stops at the comma)."""
    hi = start
    while hi < len(words) and hi - start < SPEAKER_SPAN and words[hi] not in {".", ";", "that"}:
        commas -= words[hi] == ","
        if commas < 0:
            break
        hi += 1
    return start, hi


# A company's people speak of it in the first person inside their quotes: "Our largest customer
# is Microsoft," "We buy our memory from SK Hynix". Read as "its" and "it".
FIRST_PERSON = {"we": "it", "our": "its", "us": "it", "ours": "its"}
OPENING_QUOTES = frozenset({'"', "“", "``"})
CLOSING_QUOTES = frozenset({'"', "”", "''"})


def quoted_words(sentence: Sentence) -> set[int]:
    """Token positions of ``sentence`` inside double quotation marks (a quote left open at the
    sentence's end runs to it), or all of them in an interview's answer (a paragraph opening
    "A:")."""
    if answer(sentence):
        return set(range(sentence.first, sentence.last))  # an interview's answer: "A: We train ..."
    inside: set[int] = set()
    open_ = False
    for k in range(sentence.first, sentence.last):
        word = sentence.tokens.lower[k]
        if word in CLOSING_QUOTES and open_:
            open_ = False
        elif word in OPENING_QUOTES and not open_:
            open_ = True
        elif open_:
            inside.add(k)
    return inside


def answer(sentence: Sentence) -> bool:
    """Whether ``sentence`` is in an interview's answer, a paragraph opening "A:"."""
    return sentence.tokens.text[0] == "A" and sentence.tokens.text[1:2] == [":"]


def first_person_speaker(
    sentence: Sentence, mentions: Sequence[Mention], topic: Sequence[Entity], lead: Entity | None
) -> Entity | None:
    """The organisation a quote's "we" and "our" stand for: the one organisation named outside
    the quotation marks (its speaker, "..., Acme said"); with none named there, the previous
    sentence's one ``topic`` if it is an organisation ("Acme denied it. \"We never ...,\" a
    spokesperson said"; pass no topic when the previous sentence named none), else the
    organisation the article is about (``lead``). None when the sentence quotes no first person."""
    inside = quoted_words(sentence)
    if not any(sentence.tokens.lower[k] in FIRST_PERSON for k in inside):
        return None
    outside = {
        m.entity.id: m.entity
        for m in mentions
        if m.start not in inside and m.entity.type in ORG_TYPES - {"NewsOutlet"}
    }
    if outside and not answer(sentence):
        return next(iter(outside.values())) if len(outside) == 1 else None
    if answer(sentence) and lead is not None:
        return lead  # the interviewee speaks for the company the interview is about
    if len(topic) == 1 and topic[0].type in ORG_TYPES - {"NewsOutlet"}:
        return topic[0]
    return lead
