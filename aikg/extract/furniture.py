"""Page furniture: the menus, link lists, bylines, credits, newsletter and cookie lines that text
saved from a web page carries around the article. Such a line never yields a relation.

Keyed on the shape of the line, never on what it names: a run of capitalised words with no
relation word and no sentence punctuation is a menu or a list of links ("Home News Reviews
Podcasts", "Reviews Editor Jane Doe Topics Shopping"); a short line about subscribing, cookies,
sharing or credits is boilerplate.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

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


# Titles of the lists of links a page shows after the article ("Related articles", "Most
# read", "More from Techwire", "You may also like"): the headlines under one are other stories.
LIST_TITLE = re.compile(
    r"(?:related|most (?:read|popular|viewed|shared|emailed)|popular|more (?:from|on|in|news|stories)|"
    r"read (?:more|next|this next)|you (?:may|might) (?:also )?like|recommended|trending|top stories|"
    r"latest (?:news|stories|headlines)|don'?t miss|see also|also on|quick hits|in other news|"
    r"elsewhere|editor'?s picks|further reading)\b",
    re.IGNORECASE,
)
LIST_TITLE_WORDS = 6  # a list's title is short; a headline that opens with "Related" is not


def page_furniture(sentences: Sequence[Sentence], triggers: Mapping[int, Sequence[Trigger]]) -> set[int]:
    """The indices of the sentences of a document that are page furniture: lines furniture by
    their own shape (``is_furniture``), and the headlines listed under a list title ("Most
    read", "Related articles") up to the next paragraph of prose."""
    out: set[int] = set()
    listing = False
    for s in sentences:
        if (s.heading or s.text.rstrip().endswith(":")) and _list_title(s):  # "Read next:" too
            listing = True
            out.add(s.index)
            continue
        if not s.heading and not _listed_headline(s):
            listing = False
        if listing or is_furniture(s, triggers.get(s.index, ())):
            out.add(s.index)
    for a, b in pairwise(sentences):
        if a.doc is b.doc and CREDIT_LINE.match(b.text):
            out |= {a.index, b.index}  # a caption: "Acme's Quill at work. Image credit: Acme"
    return out


# A credit closing a caption in the same line: "Image credit: Acme", "Photo: Jane Doe / Techwire".
CREDIT_LINE = re.compile(
    r"(?:image |photo )?credits?\s*:|photo(?:graph)?\s*:|(?:photo|image)s? by\b", re.IGNORECASE
)


LISTED_HEADLINE_WORDS = 20  # a headline in a list of links is short


def _listed_headline(s: Sentence) -> bool:
    """Whether a line may be one more headline in a list of links: short, and no full stop at its
    end ("Purina and Microsoft extend AI partnership to packaging lines", "Insect protein: hype or
    the future of kibble?"), where a paragraph of prose after the list ends in one."""
    return s.last - s.first <= LISTED_HEADLINE_WORDS and not s.text.rstrip().endswith(".")


def _list_title(s: Sentence) -> bool:
    """Whether a heading is the title of a list of links."""
    words = [w for w in s.tokens.text[s.first : s.last] if w[:1].isalpha()]
    return 0 < len(words) <= LIST_TITLE_WORDS and LIST_TITLE.match(s.text.lstrip("#*- ")) is not None


def is_furniture(s: Sentence, triggers: Sequence[Trigger]) -> bool:
    """Whether sentence ``s`` is page furniture rather than prose."""
    tokens = s.tokens.text[s.first : s.last]
    if not any(w[:1].isalpha() for w in tokens):
        return True  # no word at all
    n = s.last - s.first
    if n <= SHORT and not _prose(s) and BOILERPLATE.search(s.text):  # the regex last: it is the slow test
        return True
    if _speaks_to_reader(s) or LABELLED.match(s.text):
        return True
    # Counted only where there is one (a set test first): prose has none.
    separators = 0 if SEPARATORS.isdisjoint(tokens) else sum(1 for w in tokens if w in SEPARATORS)
    if triggers and separators < 3:
        return False  # a relation's words and no menu: prose (the words are not even listed)
    words = [w for w in tokens if w[:1].isalpha()]
    if separators >= 3 and separators * 4 >= len(words):
        return True  # "Home | News | Reviews | Deals"
    if triggers or len(words) < 4:
        return False
    if sum(1 for w in words if w[0].isupper()) < 4:
        return False  # a menu capitalises at least four words
    lower_content = any(w.islower() and w not in FUNCTION_WORDS for w in words)
    return not lower_content and not _final(s)


# Verbs that open a line speaking to the reader ("Sign up for ...", "Join us at Disrupt 2025
# in San Francisco", "Get your pass today", "Reach him at ..."): a promo, however long. News
# prose does not address its reader.
CALLS = frozenset(
    {"sign", "subscribe", "join", "register", "follow", "download", "listen", "watch", "grab", "claim"}
    | {"learn", "get", "read", "save", "unsubscribe", "reach", "contact", "email", "visit", "click"}
    | {"tap", "check", "explore", "discover", "try"}
)
READER = frozenset(
    {"you", "your", "yours", "us", "our", "him", "her", "them", "now", "today", "here", "more"}
)
# Labels a page puts before a promo, however long the line after them: "Our sponsor: Brightgrid
# backs founders ...", "Cookie notice: This site uses cookies ...".
LABELLED = re.compile(
    r"(?:our |a word from our )?(?:sponsors?|sponsored|advertisement|promoted|partner content|paid content|"
    r"cookie notice|cookie policy|editor'?s note|podcast|listen|watch|video)\s*[:|]",
    re.IGNORECASE,
)


def _speaks_to_reader(s: Sentence) -> bool:
    """Whether ``s`` opens with a call to the reader: an imperative, then a lower-case word,
    and a word for the reader or a cue of furniture ("Join us at ...", "Sign up for the Orvo
    Daily newsletter")."""
    t = s.tokens
    if s.last - s.first < 2 or t.lower[s.first] not in CALLS or not t.text[s.first + 1][:1].islower():
        return False
    return not READER.isdisjoint(t.lower[s.first : s.last]) or BOILERPLATE.search(s.text) is not None


def _prose(s: Sentence) -> bool:
    """A sentence of some length ending like one (a real line may mention a newsletter)."""
    return _final(s) and s.last - s.first >= 12


def _final(s: Sentence) -> bool:
    """Whether ``s`` ends as a sentence does, inside Markdown's emphasis marks or not ("B.**")."""
    k = s.last - 1
    while k > s.first and s.tokens.text[k] in {"*", "_", "**", "__"}:
        k -= 1
    last = s.tokens.text[k]
    return last in {'"', "”", "'", "’"} or last.endswith((".", "!", "?"))  # "Series B."
