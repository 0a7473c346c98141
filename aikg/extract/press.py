"""Who writes the news and whom it cites: a reporter's beat ("Rafe Dunmore covers chips for
Techwire", "she writes about AI for The Compute Letter"), a press job at an outlet ("a senior
reporter at Techwire", "Photo by Kim Ji-ho for Silicon Daily"), and a surname cited with
"according to" that the text goes on to use as a person's ("According to Varga, ... Varga said
the talks went well", "... She said ...").

A reporter and an outlet are never parties to the news they write, so typing them right keeps
them out of every relation ("covers chips for Techwire" is not a supply deal).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from aikg.extract.name_kinds import DESCRIPTORS, NAME_SUFFIXES
from aikg.extract.runs import Run, name_like
from aikg.extract.sentences import Sentence, Tokens

SPEECH_VERBS = frozenset({"said", "says", "told", "wrote", "explained", "noted", "added"})
# A beat: "covers X", or "writes about X" / "reports on X" (these two need the preposition:
# "Orvo writes software for Tessary" is a job, not a beat).
COVER_VERBS = frozenset({"covers", "covered", "cover", "covering"})
WRITE_VERBS = frozenset({"writes", "wrote", "write", "writing", "reports", "reported", "report", "reporting"})
BEAT_PREPOSITIONS = frozenset({"about", "on"})
TOPIC_MAX = 8  # words a beat's topic runs to before "for <outlet>"
# Words between a reporter's name and the beat verb ("Jane Doe, who previously covered ...").
BEFORE_VERB = frozenset({"who", "has", "have", "had", "also", "previously", "now", "mostly", "mainly", ","})
CLAUSE_ENDS = frozenset({".", ";", ":", "(", ")", "!", "?", '"', "“", "”"})
# Jobs at an outlet: "a senior reporter at Techwire", "a contributing writer for Orvo Weekly".
PRESS_JOBS = frozenset(
    {"reporter", "writer", "editor", "correspondent", "columnist", "journalist", "contributor"}
)
CREDITS = frozenset({"photo", "photos", "photograph", "photography", "reporting", "video", "illustration"})
PERSONAL_PRONOUNS = frozenset({"he", "she"})
IMPERSONAL = frozenset({"it", "its"})  # "Corvane said it would": a company speaks
COMPANY_NOUNS = frozenset({"company", "firm", "startup", "group"})  # "said the company would"


def beat_outlet(t: Tokens, k: int, last: int) -> int | None:
    """If a beat verb at token ``k`` runs on to "for <Name>" or "at <Name>", where that name
    starts; else None."""
    if t.lower[k] in COVER_VERBS:
        j = k + 1
    elif t.lower[k] in WRITE_VERBS and k + 1 < last and t.lower[k + 1] in BEAT_PREPOSITIONS:
        j = k + 2
    else:
        return None
    for i in range(j + 1, min(j + TOPIC_MAX + 1, last - 1)):
        if t.text[i] in CLAUSE_ENDS or t.lower[i] in SPEECH_VERBS:
            return None
        if t.lower[i] in {"for", "at"}:
            start = i + 2 if t.lower[i + 1] == "the" else i + 1
            return start if start < last and name_like(t.text[start]) else None
    return None


def _beat_subject(t: Tokens, k: int, first: int) -> int | None:
    """The token that names who keeps the beat whose verb is token ``k`` (skipping "who",
    "has", "previously" ...), or None when no name or "he"/"she" stands there."""
    i = k - 1
    while i >= first and t.lower[i] in BEFORE_VERB:
        i -= 1
    if i < first:
        return None
    if t.lower[i] in PERSONAL_PRONOUNS or (name_like(t.text[i]) and t.lower[i] not in NAME_SUFFIXES):
        return i
    return None


def reporter(run: Run) -> bool:
    """Whether ``run`` keeps a beat: "Rafe Dunmore covers chips for Techwire", "Jane Doe, who
    writes about AI for Orvo Weekly"."""
    s, t = run.sentence, run.sentence.tokens
    k = run.end
    while k < s.last and t.lower[k] in BEFORE_VERB:
        k += 1
    if k >= s.last or t.lower[run.end - 1] in NAME_SUFFIXES:
        return False
    return beat_outlet(t, k, s.last) is not None


def outlet(run: Run) -> bool:
    """Whether ``run`` is the outlet a reporter writes for: the name after a beat ("covers chips
    for Techwire"), a press job ("a senior reporter at Techwire") or a credit ("Photo by Kim
    Ji-ho for Silicon Daily")."""
    s, t = run.sentence, run.sentence.tokens
    at = run.start - 1 - (run.start - 1 > s.first and t.lower[run.start - 1] == "the")
    if at <= s.first or t.lower[at] not in {"for", "at", "with"}:
        return False
    if t.lower[at - 1] in PRESS_JOBS:
        return True
    desk = at - 3 > s.first and t.lower[at - 2] == "for" and t.text[at - 1].islower()
    if desk and t.lower[at - 3] in PRESS_JOBS:
        return True  # "senior editor for design at Die Shot Weekly": a desk, then the outlet
    for k in range(at - 1, max(s.first, at - TOPIC_MAX - 3) - 1, -1):
        if t.text[k] in CLAUSE_ENDS:
            return False
        if t.lower[k] == "by" and k > s.first and t.lower[k - 1] in CREDITS:
            return True  # "(Photo by Kim Ji-ho for Silicon Daily)"
        if beat_outlet(t, k, s.last) == run.start:
            return _beat_subject(t, k, s.first) is not None
    return False


def cited_people(sentences: Sequence[Sentence], runs: Iterable[Run]) -> set[str]:
    """Words cited alone after "according to" that the text also uses as a person's name
    (lower-cased): the word before a speech verb with no "it" after it ("Varga said the deal
    ..."), or the source a "he"/"she" right after takes up ("According to Varga, ... She said
    ..."). A lone word so cited is otherwise taken for a news outlet."""
    runs = list(runs)
    cited = {r.sentence.tokens.lower[r.start]: r for r in runs if r.size == 1 and according_to(r)}
    if not cited:
        return set()
    out = set()
    for r in runs:
        word = r.sentence.tokens.lower[r.start]
        if r.size == 1 and word in cited and not according_to(r) and _speaks_as_person(r):
            out.add(word)
    by_index = {s.index: s for s in sentences}
    for word, r in cited.items():
        here, later = r.sentence, by_index.get(r.sentence.index + 1)
        pronoun = _pronoun_after(here, r.end) or (later is not None and _pronoun_after(later, later.first))
        if pronoun and not any(_names_a_person(x) for x in (here, later) if x is not None):
            out.add(word)
    return out


def according_to(run: Run) -> bool:
    """Whether "according to" stands right before ``run``."""
    s, t = run.sentence, run.sentence.tokens
    return run.start - 2 >= s.first and t.lower[run.start - 2 : run.start] == ["according", "to"]


def _speaks_as_person(run: Run) -> bool:
    """ "Varga said the deal ..." but not "Corvane said it would ...": a speech verb after the
    word, and no "it", "its" or "the company" in the words it says first."""
    s, t = run.sentence, run.sentence.tokens
    if run.end >= s.last or t.lower[run.end] not in SPEECH_VERBS:
        return False
    if run.start - 2 >= s.first and t.lower[run.start - 2] in {"the", "a", "an"}:
        noun = t.text[run.start - 1]
        if noun.islower() and DESCRIPTORS.get(noun) != "Person":
            return False  # "the scheduler Fjordline wrote in-house": what it wrote, not what it said
    words = t.lower[run.end + 1 : min(run.end + 4, s.last)]
    return not set(words) & IMPERSONAL and not set(words[1:]) & COMPANY_NOUNS


def _pronoun_after(s: Sentence, start: int) -> bool:
    """Whether "he" or "she" opens the sentence from ``start`` or a clause of it before a
    speech verb ("She said", ", she added")."""
    t = s.tokens
    for i in range(start, s.last - 1):
        if t.lower[i] in PERSONAL_PRONOUNS and t.lower[i + 1] in SPEECH_VERBS:
            return True
    return start == s.first and t.lower[s.first] in PERSONAL_PRONOUNS


def _names_a_person(s: Sentence) -> bool:
    """Whether a sentence names someone else a "he" or "she" could stand for: a job ("the
    chief executive") or an honorific."""
    return any(DESCRIPTORS.get(w) == "Person" for w in s.tokens.lower[s.first : s.last])
