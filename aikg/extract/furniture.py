"""Page furniture: the menus, link lists, bylines, credits, newsletter and cookie lines that text
saved from a web page carries around the article. Such a line never yields a relation.

Keyed on the shape of the line, never on what it names: a run of capitalised words with no
relation word and no sentence punctuation is a menu or a list of links ("Home News Reviews
Podcasts", "Reviews Editor Jane Doe Topics Shopping"); a short line about subscribing, cookies,
sharing or credits is boilerplate.
"""

from __future__ import annotations

from collections.abc import Sequence

from aikg.extract.rules.triggers import Trigger
from aikg.extract.sentences import BOILERPLATE, Sentence

SEPARATORS = frozenset({"|", "•", "·", "›", "»", "/", "—"})
SHORT = 30  # tokens: boilerplate cues count only in a line this short
FUNCTION_WORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "with",
        "by",
        "from",
        "at",
        "is",
        "are",
        "was",
        "its",
    }
)


def is_furniture(s: Sentence, triggers: Sequence[Trigger]) -> bool:
    """Whether sentence ``s`` is page furniture rather than prose."""
    tokens = s.tokens.text[s.first : s.last]
    words = [w for w in tokens if w[:1].isalpha()]
    if not words:
        return True
    n = s.last - s.first
    if n <= SHORT and not _prose(s) and BOILERPLATE.search(s.text):  # the regex last: it is the slow test
        return True
    # Counted only where there is one (a set test first): prose has none.
    separators = 0 if SEPARATORS.isdisjoint(tokens) else sum(1 for w in tokens if w in SEPARATORS)
    if separators >= 3 and separators * 4 >= len(words):
        return True  # "Home | News | Reviews | Deals"
    if triggers or len(words) < 4:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    lower_content = [w for w in words if w.islower() and w not in FUNCTION_WORDS]
    return capitalised >= 4 and not lower_content and not _final(s)


def _prose(s: Sentence) -> bool:
    """A sentence of some length ending like one (a real line may mention a newsletter)."""
    return _final(s) and s.last - s.first >= 12


def _final(s: Sentence) -> bool:
    return s.tokens.text[s.last - 1] in {".", "!", "?", '"', "”", "'", "’"}
