"""Rebuttals: a clause that says what was just reported is not so. "The article said Sable-7 runs
on AWS. It does not.", "Reports said Acme had bought Zenith; Acme denied them.", "a blog wrote
that Brightmoor had licensed OpenAI's models; the company says that never happened". The
rebuttal names no one, so it settles the hearsay just before it (the pipeline applies it to the
reported claims of the clause or sentence before), never what the text itself asserts.
"""

from __future__ import annotations

from collections.abc import Sequence

from aikg.extract.undoing import DENIED_NOUNS, word_at
from aikg.extract.undoing import DENYING as DENYING_IT

# What a rebuttal refers back to: "It does not.", "That is wrong.", "denied the report".
BACK_REFERENCES = frozenset({"it", "that", "this", "they"})
REPORT_NOUNS = DENIED_NOUNS | {
    "story",
    "stories",
    "account",
    "article",
    "rumor",
    "rumors",
    "suggestion",
    "speculation",
}
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
AUXILIARIES = frozenset({"does", "did", "do", "is", "was", "are", "were", "has", "have", "had"})
NOTS = frozenset({"not", "n't", "never"})
# What may close a short denial: "That is not true.", "That was not the case."
DENIAL_ENDS = frozenset({"true", "so", "correct", "accurate", "the", "case"})
WRONG = frozenset({"wrong", "incorrect", "false", "untrue", "inaccurate", "mistaken", "baseless"})
HAPPENED = frozenset({"happened", "happen", "occurred", "took"})
DENYING = DENYING_IT | {"disputed", "disputes", "dispute", "rejected", "rejects"}
INSISTING = frozenset({"says", "said", "insists", "insisted"})
DENIED_CLOSERS = frozenset({".", ",", ";", "in", "on", "at", "to", "outright", "flatly"})
DENIER_REACH = 10  # words of a denier before its verb ("Acme's vice president of sales, Jo Lee, denied")
SHORT = 6  # words in a rebuttal past its subject ("is not the case")
INTENSIFIERS = frozenset({"simply", "just", "absolutely", "categorically", "completely", "totally", "flatly"})
CUES = NOTS | WRONG | DENYING | {"no"}  # one of these is in every rebuttal
CLAUSE_ENDS = frozenset({".", "!", ",", ";", "and", "but"})


def rebuttal(words: Sequence[str]) -> str:
    """The word by which ``words`` (a sentence, or a clause after ";") flatly rebut what was just
    reported ("It does not.", "That is not true.", "That is wrong.", "the company says that never
    happened", "Acme denied the report.", "There is no such order."), or ""."""
    if CUES.isdisjoint(words):
        return ""  # no word a rebuttal needs (most sentences)
    words = [w for w in words if w not in QUOTES]
    if (
        words[:1] == ["there"]
        and word_at(words, 1) in {"is", "was", "are", "were"}
        and words[2:4] == ["no", "such"]
    ):
        return "no such"  # '"There is no such order," a spokesperson said.'
    k = _subject_end(words)
    end = next((j for j in range(k, len(words)) if words[j] in CLAUSE_ENDS), len(words))
    rest = [w for w in words[k:end] if w not in INTENSIFIERS]  # "That is simply not true."
    if not rest or end - k > SHORT:
        return _denied(words)
    if rest[0] in AUXILIARIES and len(rest) > 1 and rest[1] in NOTS and set(rest[2:]) <= DENIAL_ENDS:
        return rest[1]  # "It does not.", "That is not the case."
    if rest[0] in {"is", "was"} and len(rest) == 2 and rest[1] in WRONG:
        return rest[1]  # "That is wrong."
    if rest[0] in NOTS and len(rest) >= 2 and rest[1] in HAPPENED:
        return rest[0]  # "that never happened"
    if rest[0] in {"did", "does"} and rest[1:3] == ["not", "happen"]:
        return "not"
    return _denied(words)


SPEAKER_REACH = 8  # words of a speaker before "said": "A spokesperson for the startup said"


def _subject_end(words: Sequence[str]) -> int:
    """Where a rebuttal's subject ends: past "It"/"That", "the report", or a saying that opens
    it ("the company says that never happened"); 0 when it opens with none of these."""
    # past who says it: "Acme says", "the company says", "A spokesperson for the startup said"
    said = next((j for j in range(1, SPEAKER_REACH) if word_at(words, j) in INSISTING), None)
    k = said + 1 if said is not None else 0
    if word_at(words, k) in BACK_REFERENCES:
        return k + 1
    if word_at(words, k) == "the" and word_at(words, k + 1) in REPORT_NOUNS:
        return k + 2
    return len(words) if k == 0 else k


def _denied(words: Sequence[str]) -> str:
    """The denying verb of "Acme denied the report.", "Both companies have denied it.", or "": the
    verb near the start, its object a back reference that closes the clause."""
    for k, word in enumerate(words[: DENIER_REACH + 2]):
        if word not in DENYING:
            continue
        j = k + 1 + (word_at(words, k + 1) in {"flatly", "strongly"})
        if word_at(words, j) in {"the", "those", "these"} and word_at(words, j + 1) in REPORT_NOUNS:
            j += 1
        elif word_at(words, j) not in BACK_REFERENCES:
            return ""
        if j + 1 >= len(words) or words[j + 1] in DENIED_CLOSERS:
            return word
        return ""
    return ""


def rebutted_within(words: Sequence[str]) -> tuple[int, str] | None:
    """Where a clause after ";" or ", but" rebuts the report before it, and its word: "a blog
    wrote that Acme had licensed Quill; the company says that never happened"."""
    for k, word in enumerate(words):
        if word == ";" or (word == "," and word_at(words, k + 1) == "but"):
            start = k + 1 + (word == ",")
            if cue := rebuttal(words[start:]):
                return k, cue
    return None
