"""Features the learned models read: a name candidate's shape and context (for typing), and the
words between and around two candidates with their entity types masked (for relations).

Features are strings hashed into a fixed number of columns, so the shipped weights are one
dense array and no vocabulary has to be stored. Both training and extraction build features
here, from the same ``Tokens``, so the two cannot drift apart.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from aikg.extract.lexicon import LEGAL_SUFFIXES, common_words, first_names, places
from aikg.extract.name_words import POSSESSIVE_MARKS
from aikg.extract.sentences import Tokens

BITS = 18
COLUMNS = 1 << BITS
_MASK = COLUMNS - 1
MAX_BETWEEN = 40  # tokens: farther apart, two names are not one relation's arguments
LONG_BETWEEN = 10  # beyond this, only the words next to each name are kept
ORG_WORDS = LEGAL_SUFFIXES | {
    "group",
    "holdings",
    "labs",
    "lab",
    "ai",
    "technologies",
    "systems",
    "ventures",
    "capital",
    "partners",
    "networks",
    "bank",
    "university",
    "institute",
}


_COLUMN: dict[str, int] = {}  # feature -> column: most features recur across pairs and texts
CACHED_FEATURES = 200_000  # about 30 MB per process; a long ingest must not grow it without end
# A word between two names, with the pair's types -> its b:, bs: and tb: columns: the words
# between names are mostly the same few hundred ("and", "'s", "with"), in every text.
_WORD_COLUMNS: dict[tuple[str, str], list[int]] = {}
CACHED_WORDS = 50_000


def hashed(features: Sequence[str]) -> list[int]:
    """Column indices of ``features`` (crc32: stable across processes and Python versions)."""
    get = _COLUMN.get
    out = [get(f, -1) for f in features]  # most features recur: one lookup each, no calls
    if -1 in out:
        for k, f in enumerate(features):
            if out[k] == -1:
                column = out[k] = zlib.crc32(f.encode()) & _MASK
                if len(_COLUMN) < CACHED_FEATURES:
                    _COLUMN[f] = column
    return out


def shape(word: str) -> str:
    """ "GPT-4o" -> "XXX-dx": character classes, runs collapsed past two."""
    out: list[str] = []
    one = two = ""  # the last two classes kept: a run of three is collapsed
    for ch in word[:12]:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if c != one or c != two:
            out.append(c)
            two, one = one, c
    return "".join(out)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem, so "invested", "invests" and "investing" share a feature."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def _norm(word: str) -> str:
    return "0" if word[:1].isdigit() else word


@dataclass(frozen=True, slots=True)
class Span:
    """A name candidate: tokens ``start:end`` of a sentence, with its coarse type."""

    start: int
    end: int
    kind: str = "ORG"  # ORG or PROD once typed; the typer's own classes before


def span_features(t: Tokens, first: int, last: int, start: int, end: int) -> list[str]:
    """What says whether tokens ``start:end`` name an organisation, a product, a person, a
    place or nothing: the words, their shapes, the suffix, the lexicons, the words around."""
    words = t.text[start:end]
    lower = t.lower[start:end]
    size = len(words)
    name = " ".join(lower)
    out = [f"n:{size if size < 4 else 4}", f"full:{name}"]
    for w, lw in zip(words, lower, strict=True):
        out.append(f"w:{lw}")
        out.append(f"sh:{shape(w)}")
    head, tail = lower[0], lower[-1]
    out.append(f"first:{head}")
    out.append(f"last:{tail}")
    out.append(f"suf3:{tail[-3:]}")
    out.append(f"pre3:{head[:3]}")
    joined = "".join(words)
    if any(map(str.isdigit, joined)):
        out.append("digit")
    if "-" in joined:
        out.append("hyphen")
    if any(w[1:] != w[1:].lower() and w[:1].isalpha() and not w.isupper() for w in words):
        out.append("camel")
    if all(w.isupper() and len(w) > 1 for w in words if w.isalpha()):
        out.append("allcaps")
    if tail in ORG_WORDS:
        out.append("orgword")
    initial = start == first or (start > first and t.punct[start - 1] and start - 1 == first)
    if initial:
        out.append("initial")
    if head in first_names():
        out.append("firstname" if size >= 2 else "firstname1")
    if head in common_words():
        out.append("common" if size == 1 else "commonfirst")
        if initial:
            out.append("common-initial")
    known = places()
    if name in known:
        out.append("place")
    elif tail in known or head in known:
        out.append("placepart")
    # The two words on each side ("<s>", "</s>" past the sentence), written out: this runs for
    # every candidate of every text.
    around = t.lower
    out.append(f"l1:{_norm(around[start - 1]) if start - 1 >= first else '<s>'}")
    out.append(f"l2:{_norm(around[start - 2]) if start - 2 >= first else '<s>'}")
    out.append(f"r1:{_norm(around[end]) if end < last else '</s>'}")
    out.append(f"r2:{_norm(around[end + 1]) if end + 1 < last else '</s>'}")
    if start - 1 >= first and end < last:
        out.append(f"lr:{around[start - 1]}|{around[end]}")
    if end + 1 < last and around[end] == "," and around[end + 1] in {"a", "an", "the", "its"}:
        j = min(end + 6, last)
        out.extend(f"appos:{stem(w)}" for w in around[end + 2 : j])
    return out


def pair_rows(
    t: Tokens, first: int, last: int, spans: Sequence[Span], pairs: Sequence[tuple[int, int]]
) -> list[list[int]]:
    """Hashed ``pair_features`` of each pair (i, j) of ``spans`` (one sentence's names), the
    same columns in another order: what a pair shares with others (the sentence's words, a
    name's own side, a word between) is hashed once per sentence, not once per pair."""
    context = sentence_context(t, first, last, spans)
    shared = hashed(sorted(context.words))  # sorted: the same sums in every process
    lefts: dict[tuple[int, str], list[int]] = {}
    rights: dict[int, list[int]] = {}
    words = _WORD_COLUMNS
    out = []
    for i, j in pairs:
        left, right = spans[i], spans[j]
        types = f"{left.kind}|{right.kind}"
        between = _between(t, left, right, context)
        row = hashed(_middle_features(left, right, spans, between, types, word_features=False))
        if len(between) <= LONG_BETWEEN:
            for w in between:
                cols = words.get((w, types))
                if cols is None:
                    cols = hashed((f"b:{w}", f"bs:{stem(w)}", f"tb:{types}|{stem(w)}"))
                    if len(words) < CACHED_WORDS:
                        words[(w, types)] = cols
                row += cols
        side = lefts.get((i, types))
        if side is None:
            side = lefts[(i, types)] = hashed(_left_features(t, first, last, left, types))
        row += side
        side = rights.get(j)
        if side is None:
            side = rights[j] = hashed(_right_features(t, first, last, right))
        row += side
        out.append(row + shared)
    return out


@dataclass(frozen=True, slots=True)
class SentenceContext:
    """What every pair of one sentence shares: its content words and word pairs outside any
    name (a cue may sit anywhere: "In 2010, Acme announced the acquisition of Zenith"). Built
    once per sentence, not once per pair."""

    words: frozenset[str]
    inside: frozenset[int] = frozenset()  # the tokens of the sentence's names


def sentence_context(t: Tokens, first: int, last: int, names: Sequence[Span]) -> SentenceContext:
    """The context of a sentence whose names are ``names``."""
    inside = frozenset(i for n in names for i in range(n.start, n.end))
    # The alphabetic stems outside names, None elsewhere. A stem is alphabetic exactly when its
    # word is (stem() only strips letters, keeping three), so only words are stemmed.
    alpha = [
        None if i in inside or not lower.isalpha() else stem(lower)
        for i, lower in enumerate(t.lower[first:last], first)
    ]
    out = {f"s:{w}" for w in alpha if w is not None and len(w) > 3}
    out.update([f"s:{a}_{b}" for a, b in pairwise(alpha) if a is not None and b is not None])
    return SentenceContext(frozenset(out), inside)


def pair_features(
    t: Tokens,
    first: int,
    last: int,
    left: Span,
    right: Span,
    others: Sequence[Span],
    context: SentenceContext | None = None,
) -> list[str]:
    """What says how the names ``left`` and ``right`` (in text order) are related: the words
    between them, two on each side, their types and distance, names in between (masked by
    type), possessive and appositive patterns, and the sentence's other words.

    ``context`` must be the sentence's, with ``left``, ``right`` and ``others`` as its names.
    ``pair_rows`` hashes the same features for extraction, sharing work between pairs."""
    context = context or sentence_context(t, first, last, [left, right, *others])
    types = f"{left.kind}|{right.kind}"
    out = _middle_features(left, right, others, _between(t, left, right, context), types)
    out += _left_features(t, first, last, left, types)
    out += _right_features(t, first, last, right)
    out.extend(context.words)
    return out


def _between(t: Tokens, left: Span, right: Span, context: SentenceContext) -> list[str]:
    """The words between ``left`` and ``right`` outside any name, numbers as "0"."""
    inside = context.inside
    return [
        "0" if w[:1].isdigit() else w  # _norm, inline: this runs for every word of every pair
        for i, w in enumerate(t.lower[left.end : right.start], start=left.end)
        if i not in inside
    ]


def _middle_features(
    left: Span,
    right: Span,
    spans: Sequence[Span],
    between: list[str],
    types: str,
    *,
    word_features: bool = True,
) -> list[str]:
    """The features of the pair itself: the words ``between`` the names, their types and
    distance, the names between them, possessive, appositive and passive patterns (without
    each word's own b:, bs: and tb: features if not ``word_features``: ``pair_rows`` caches
    those)."""
    masked = len([o for o in spans if left.end <= o.start and o.end <= right.start])
    gap = right.start - left.end
    out = [f"T:{types}", f"D:{min(gap, 12)}", f"M:{min(masked, 3)}", f"TD:{types}|{min(gap, 6)}"]
    if len(between) <= LONG_BETWEEN:
        if word_features:
            out.extend(f"b:{w}" for w in between)
            out.extend(f"bs:{stem(w)}" for w in between)
            out.extend(f"tb:{types}|{stem(w)}" for w in between)
        out += [f"bb:{a}_{b}" for a, b in pairwise(between)]
        if len(between) <= 8:
            out.append(f"B:{' '.join(between)}")
            out.append(f"TB:{types}|{' '.join(between)}")
    else:
        out.extend(f"bl:{stem(w)}" for w in between[:5])
        out.extend(f"br:{stem(w)}" for w in between[-5:])
    if between[:1] and between[0] in POSSESSIVE_MARKS:
        out.append(f"POSS:{' '.join(between[1:3])}")
        out.append(f"POSST:{types}|{len(between)}")
    if between[:1] == [","] and len(between) > 1 and between[1] in {"a", "an", "the", "its", "which", "who"}:
        out.append(f"APPOS:{between[1]}")
        out.extend(f"ap:{stem(w)}" for w in between[2:7])
    if "by" in between and any(w.endswith("ed") or w in {"made", "built", "run", "owned"} for w in between):
        out.append("PASSIVE")
    return out


def _left_features(t: Tokens, first: int, last: int, left: Span, types: str) -> list[str]:
    """The words before and after the left name."""
    out = []
    for k in (1, 2):
        i = left.start - k
        out.append(f"L{k}:{_norm(t.lower[i]) if i >= first else '<s>'}")
    if left.start - 1 >= first:
        out.append(f"LT:{t.lower[left.start - 1]}|{types}")
        out.append(f"s:{stem(t.lower[left.start - 1])}_<A>")
    if left.end < last:
        out.append(f"s:<A>_{stem(t.lower[left.end])}")
    return out


def _right_features(t: Tokens, first: int, last: int, right: Span) -> list[str]:
    """The words before and after the right name."""
    out = []
    for k in (1, 2):
        j = right.end + k - 1
        out.append(f"R{k}:{_norm(t.lower[j]) if j < last else '</s>'}")
    if right.end < last and t.lower[right.end] in POSSESSIVE_MARKS:
        out.append("RPOSS")
    if right.start - 1 >= first:
        out.append(f"s:{stem(t.lower[right.start - 1])}_<B>")
    if right.end < last:
        out.append(f"s:<B>_{stem(t.lower[right.end])}")
    return out
