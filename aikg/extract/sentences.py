"""Splitting article text into sentences whose offsets slice the original text exactly.

Text is cut into blocks first (paragraphs, headings, list items: news text puts them on lines
of their own), each block is tokenised by spaCy, and sentences end at terminal punctuation that
is not part of an abbreviation ("Corp.", "U.S.", "e.g." are single tokens to spaCy's tokenizer).
Tokenising block by block also keeps spaCy's tokenizer cache effective (see ``pipeline``).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.attrs import IDX, IS_PUNCT, LENGTH, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from aikg.extract.lexicon import common_words
from aikg.ontology.models import Document

_COLUMNS = [IDX, LENGTH, SPACY, IS_PUNCT]
TERMINALS = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??"})
# Closers stay with the sentence they end, Markdown's bold and italic marks too ("Series B.**").
CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»", "**", "*", "__", "_"})
# Tokens after which a period is an abbreviation's, not a sentence end.
ABBREVIATIONS = frozenset(
    {
        "no",
        "nos",
        "fig",
        "vol",
        "approx",
        "vs",
        "st",
        "mt",
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "bros",
        "dept",
        "est",
        "gen",
        "gov",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)
# Words that start sentences: after "Acme Inc." they mean the abbreviation also ended one.
SENTENCE_STARTERS = frozenset(
    {
        "the",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "a",
        "an",
        "in",
        "on",
        "at",
        "but",
        "and",
        "however",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "there",
        "as",
        "for",
        "after",
        "while",
        "meanwhile",
        "according",
        "since",
        "when",
        "if",
        "some",
        "many",
        "both",
        "such",
        # capitalised after "Inc." or "Co.", a function word opens a sentence: "... Redfield Land
        # Co. Until that deal closed, ..."
        "until",
        "during",
        "before",
        "by",
        "with",
        "under",
        "although",
        "though",
        "because",
        "our",
        "their",
        "his",
        "her",
        "last",
        "earlier",
        "later",
        "separately",
        "today",
        "now",
        "then",
        "still",
        "yet",
    }
)
NEVER_FINAL = frozenset({"e.g.", "i.e.", "cf.", "viz."})
_LIST_MARKER = re.compile(r"[ \t]*(?:#{1,6}[ \t]+|[-*•–+›»▸►·][ \t]+|\(?\d{1,3}[.)][ \t]+)")
_FINAL = re.compile(r"[.!?…:][\"'”’)\]»]*$")
HEADING_MAX = 200
# Chunks (whitespace-separated strings) spaCy's tokenizer keeps split. At its default of 10,000,
# extracting the 100k-article benchmark corpus (25,000 company names) took 1.57 ms of CPU an
# article (1.53 in its last quarter); at this bound 1.52 (1.46), with the same peak memory
# (314 MB against 312). The 10k corpus, whose chunks fit either way, was unchanged.
TOKENIZER_CACHE = 500_000
# Cues of page furniture: a line about subscribing, cookies, sharing or credits. Such a line
# never runs on into the next one, however long it is (see also ``furniture``).
BOILERPLATE = re.compile(
    r"(?<!\w)(newsletters?|subscribe|subscription|sign up|sign in|log in|cookies?|privacy policy|"
    r"all rights reserved|click here|read more|related:|recommended|share this|follow us|"
    r"advertisement|sponsored|image credits?|photo(graph)?:|getty images|copyright|©|"
    r"most popular|trending|topics?:|tags?:|"
    # breadcrumbs, post navigation, promos and counts a page puts around the article
    r"you are here|home\s*[/›>»|]|(?:next|previous) (?:post|article|story)|read next|"
    r"filed under|tagged with|podcast:|listen:|watch:|listen to this article|episode \d|"
    r"follow (?:us|him|her|them|me) on|\d+ comments|comments \(\d+\)|\d+ min(?:ute)?s? read|"
    r"share on|share:|copy link|photos? by|image by|credits?:|sponsors?:|presented by|brought to you by)",
    re.IGNORECASE,
)
# A lower-case word ending a sentence inside a line, then the next one ("Monday. (Photo").
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?][\"'”’)\]]*\s+[\"'“(\[]?[A-Z]")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# Whitespace a block's Doc does not keep as it is: a leading run, two or more characters, or one
# that is not a plain space (a line break, a tab, a no-break space).
_IRREGULAR_SPACE = re.compile(r"^\s+|\s{2,}|[^\S ]")
PROSE_WORDS = 3  # lower-case words before that end: a headline has fewer
# A line that ends with a credit in brackets ends there: "... near Boston. (Photo: Getty Images)"
_CREDIT_END = re.compile(
    r"\((?:photo|image|picture|video|credit|source|file|illustration)s?\b[^()]*\)\s*$", re.IGNORECASE
)
# A line that ends with a date in brackets is an entry of a list of links, ended there:
# "Acme joins the Nimbus Partner Network (3 September 2026)", "... (Sept. 3, 2026)".
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATED_END = re.compile(rf"\((?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},?)\s+\d{{4}}\)\s*$", re.IGNORECASE)
_BYLINE = re.compile(
    r"(?:By|(?:Written|Posted|Reporting|Words) by)\s+[A-Z]"
)  # "By Jane Doe, Senior Reporter"
BYLINE_MAX = 80
# Title Case: every word of four letters or more capitalised, as headline style writes them
# (a wrapped line of prose has lower-case ones).
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_DECORATION = frozenset({"So", "Sk", "Mn", "Cf"})  # emoji, their modifiers and joiners
_SCALED_NUMBER = re.compile(r"\d[\d.,]*[KMBT]")
TITLE_CASE_WORDS = 4
# The short words Title Case leaves in lower case; any other ("led", "its", "now") is prose.
_SHORT_WORD = re.compile(r"\b[a-z]{1,3}\b")
TITLE_CASE_MINOR = frozenset(
    {"a", "an", "the", "and", "but", "or", "nor", "for", "on", "at", "to", "by", "in", "of", "up"}
    | {"as", "via", "vs", "per", "off", "out", "is", "be"}
)


# A wiki's citation marker: "[14]".
CITATION = re.compile(r"\[\d{1,3}\]")


@cache
def pipeline() -> Language:
    """The shared spaCy pipeline: a blank English tokenizer, built once per process.

    Whitespace special cases are dropped: spaCy stops caching a text's chunks once any special
    case has matched, and newlines matched one in every paragraph (same tokens, 5-10x slower).
    The cache keeps up to ``TOKENIZER_CACHE`` chunks, not spaCy's 10,000: past that it caches
    nothing new, and a long ingest names far more distinct words than that.
    """
    import spacy

    nlp = spacy.blank("en")
    nlp.max_length = 10**9  # only the tokenizer runs: no parser memory to protect
    tokenizer: Any = nlp.tokenizer
    rules = tokenizer.rules or {}
    tokenizer.rules = {k: v for k, v in rules.items() if k.strip() == k and k.strip()}
    if hasattr(tokenizer, "max_cache_size"):  # spaCy 3.8 and later
        tokenizer.max_cache_size = TOKENIZER_CACHE
    # "... a customer to DeepL.": spaCy keeps a full stop after one capital as an initial's ("L."),
    # also at the end of a name in mixed case; there it ends the sentence, not an abbreviation.
    # So after a legal form written with a slash ("Ostrander A/S."), which is no initial either.
    # A wiki's citation marker is no part of the word before it: "... from Google Cloud.[14] In".
    suffixes = [*(nlp.Defaults.suffixes or ()), r"(?<=[a-z][A-Z])\.", r"(?<=/[A-Z])\.", CITATION.pattern]
    units = spacy.util.compile_suffix_regex(suffixes).search

    def suffix_search(chunk: str) -> Any:
        # "$18M" stays one token, as "$5bn" does: spaCy splits a capital K, M, B or T off a
        # number as a unit, and the letter then opens a name ("an $18M Series A" gave "M Series")
        return None if _SCALED_NUMBER.fullmatch(chunk) else units(chunk)

    tokenizer.suffix_search = suffix_search
    for form in DOTTED_LEGAL_FORMS:  # "Lucerna AI S.p.A.": one word, not "S.p", ".", "A."
        tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp


# Legal forms written with inner full stops that spaCy's tokenizer would split.
DOTTED_LEGAL_FORMS = ("S.p.A.", "S.r.l.", "S.p.A", "S.r.l")


@dataclass(frozen=True, slots=True, eq=False)
class Sentence:
    """One sentence: its offsets into the document text and its tokens in the block's Doc."""

    index: int
    start: int
    end: int
    text: str
    block: int
    section: int
    heading: bool
    doc: Doc
    tokens: Tokens
    first: int
    last: int
    offsets: Sequence[int]  # document offset of each token of ``doc``

    def char(self, token: int) -> int:
        """The document offset of token ``token`` of ``doc``."""
        return self.offsets[token]


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph, heading or list item: a span of text tokenised as one Doc."""

    start: int
    end: int
    heading: bool


def blocks(text: str, start: int = 0) -> list[Block]:
    """Paragraphs, headings and list items of ``text[start:]``, list markers left out.

    A line continues the previous one (hard-wrapped text) when it starts in lower case, or when
    the previous line is long and has no final punctuation, unless that line is page furniture
    standing alone ("We use cookies ... Accept All Cookies").
    """
    out: list[Block] = []
    prev_open = False  # the previous line may continue on this one
    # The previous line if it opened a block: whether it is page furniture ("Sign up for our
    # newsletter ...") is asked only when the next line may continue it, which few lines do.
    opener: str | None = None
    for m in re.finditer(r"[^\n]*\n?", text[start:]):
        line = m[0].rstrip("\n")
        if not m[0]:
            break
        if not line.strip():
            prev_open = False
            continue
        lo = start + m.start()
        marker = _LIST_MARKER.match(line)
        body_lo = lo + (marker.end() if marker else len(line) - len(line.lstrip()))
        body_hi = lo + len(line.rstrip())
        if body_lo >= body_hi:
            continue
        body = text[body_lo:body_hi]
        final = _final(body)  # whether the line ends a sentence: asked once per line
        joined = bool(
            prev_open
            and not marker
            and out
            and (
                body[0].islower()
                or (
                    _long(text, out[-1])
                    and not _boilerplate(opener)
                    and not _stands_alone(text, out[-1], body)
                )
            )
        )
        if joined:
            out[-1] = Block(out[-1].start, body_hi, False)
        else:
            is_heading = bool(marker and marker[0].lstrip().startswith("#")) or (
                len(body) < HEADING_MAX
                and not final
                and not body.endswith(";")  # "- Acme will license its Tidepool software to Sable;"
                and not _holds_sentence(body)
            )
            out.append(Block(body_lo, body_hi, is_heading))
        prev_open = not final and not _CREDIT_END.search(body) and not _DATED_END.search(body)
        opener = None if joined else body
    return out


def _final(body: str) -> bool:
    """Whether a line ends a sentence, emoji after its full stop left aside ("Acme has raised
    $18M, led by Zenith. 🚀" is prose, not a heading)."""
    end = len(body)
    while end and (body[end - 1].isspace() or unicodedata.category(body[end - 1]) in _DECORATION):
        end -= 1
    return _FINAL.search(body, 0, end) is not None


def _boilerplate(line: str | None) -> bool:
    """Whether ``line`` (None: a line that continued a block) is page furniture."""
    return line is not None and BOILERPLATE.search(line) is not None


def _stands_alone(text: str, block: Block, line: str) -> bool:
    """Whether a long line with no final punctuation is a headline rather than a wrapped line
    of prose, or the line after it a byline: a headline in Title Case ("Brisklet Labs Raises
    $40M To Build Robot Hands") or a byline ("By Jane Doe, Senior Reporter") is a line of its
    own, and glued together they read as one sentence that names a dozen companies."""
    if _BYLINE.match(line) and len(line) <= BYLINE_MAX:
        return True
    last_line = text[block.start : block.end].rsplit("\n", 1)[-1]
    words = _LONG_WORD.findall(last_line)
    return len(words) >= TITLE_CASE_WORDS and all(w[0].isupper() for w in words)


def headline_case(s: Sentence) -> bool:
    """Whether ``s`` is written in Title Case ("Orvo Launches Quill, An Agent Built On GPT-4o.",
    a headline that ended up in the body with a full stop): every word of four letters or more
    capitalised, two of them common English words ("Launches", "Agent"), which a sentence that
    only lists names ("Brisklet, Tessary and Orvo.") has not. Its capitals mark no names."""
    words: list[str] = []
    for found in _LONG_WORD.finditer(s.text):  # prose fails at its first lower-case word: stop there
        word = found.group()
        if not word[0].isupper():
            return False
        words.append(word)
    if len(words) < TITLE_CASE_WORDS:
        return False
    if any(w.group() not in TITLE_CASE_MINOR for w in _SHORT_WORD.finditer(s.text)):
        return False  # "Acme Capital led the Series A in September.": "led" is prose
    return sum(w.lower() in common_words() for w in words) >= 2


def _holds_sentence(body: str) -> bool:
    """Whether a line with no final punctuation still opens with a sentence of prose
    ("Acme signed a deal on Monday. (Photo by ...)"): a credit or a link after it does not
    make the line a heading."""
    end = _SENTENCE_END.search(body)
    return end is not None and len(_LOWER_WORD.findall(body, 0, end.start() + 2)) >= PROSE_WORDS


def _long(text: str, block: Block) -> bool:
    """Whether a block's last line is long enough to be a hard-wrapped paragraph line."""
    last_line = text[block.start : block.end].rsplit("\n", 1)[-1]
    return len(last_line) >= 60


@dataclass(frozen=True, slots=True, eq=False)
class Tokens:
    """The strings of a Doc's tokens, read once into lists: the rules look at tokens many
    times, and every spaCy ``Token`` access builds a new object."""

    string: str  # the Doc's text (whitespace runs read as single spaces)
    text: list[str]
    lower: list[str]
    idx: list[int]  # offset of each token in ``string``
    space: list[int]  # whether whitespace follows the token (0 or 1)
    punct: list[int]
    capitals: list[int]  # tokens that may be (part of) a name: "Acme", "xAI", "IBM"

    @classmethod
    def of(cls, doc: Doc, string: str) -> Tokens:
        """The strings of ``doc``, whose text is ``string``, read in bulk."""
        columns = doc.to_array(_COLUMNS).T.tolist() if len(doc) else [[]] * 4
        idx, length, space, punct = columns
        text = [string[a : a + n] for a, n in zip(idx, length, strict=True)]
        folded = string.lower()
        if len(folded) == len(string):  # lower-casing kept every offset (nearly always)
            lower = [folded[a : a + n] for a, n in zip(idx, length, strict=True)]
        else:
            lower = [t.lower() for t in text]
        capitals = [i for i, t in enumerate(text) if t != lower[i] and t[0].isalpha()]
        return cls(string, text, lower, idx, space, punct, capitals)

    def __len__(self) -> int:
        return len(self.text)

    def span(self, start: int, end: int) -> str:
        """The text of tokens ``start:end`` as one string."""
        return self.string[self.idx[start] : self.idx[end - 1] + len(self.text[end - 1])]


def _is_boundary_after(t: Tokens, i: int) -> int | None:
    """If a sentence ends with token ``i``, the index of the first token after it (closers in)."""
    text = t.text[i]
    n = len(t)
    if text in TERMINALS:
        if (
            text == "."
            and i > 0
            and not t.space[i]
            and not t.space[i - 1]
            and (i + 1 < n and t.text[i + 1][0].isalnum())
        ):
            return None  # inside a name: "Character.AI", "Amazon.com"
        if text == "." and i > 0 and _abbreviation_before(t, i - 1):
            return _after_abbreviation(t, i)
        j = i + 1
        while j < n and (t.text[j] in CLOSERS or CITATION.fullmatch(t.text[j])) and not t.space[j - 1]:
            j += 1  # a closing quote, or a wiki's citation marker: "... Google Cloud.[14] In March"
        if j >= n:
            return j
        first = t.text[j][0]
        if first.isupper() or first.isdigit() or first in "\"“‘'([«-*•":
            return j
        return None
    abbreviation = len(text) > 1 and text.endswith(".") and any(c.isalpha() for c in text)
    if abbreviation and len(text) == 2 and i > 0 and t.lower[i - 1] in LETTERED:
        j = i + 1  # "a $110 million Series C. Tallis ...": a round's letter ends the sentence
        while j < n and t.text[j] in CLOSERS and not t.space[j - 1]:
            j += 1
        return j if j >= n or t.text[j][0].isupper() else None
    if abbreviation and t.lower[i] not in NEVER_FINAL:  # "Inc.", "U.S.", "Corp."
        return _after_abbreviation(t, i)
    return None


# Nouns a capital letter designates ("Series B", "Building C", "Phase 2"): the letter is no initial.
LETTERED = frozenset({"series", "building", "hall", "phase", "block", "tower", "tier", "class", "stage"})


def _abbreviation_before(t: Tokens, k: int) -> bool:
    text = t.text[k]
    if k > 0 and (t.lower[k - 1] in LETTERED or t.text[k - 1] == "/"):
        return False  # "raised a $40 million Series B. The round ...", "Ostrander A/S. Fitting": no initial
    return not t.space[k] and (t.lower[k] in ABBREVIATIONS or (len(text) == 1 and text.isupper()))


def _after_abbreviation(t: Tokens, i: int) -> int | None:
    """An abbreviation ends a sentence only when a typical sentence opener follows."""
    j = i + 1
    while j < len(t) and t.text[j] in CLOSERS and not t.space[j - 1]:
        j += 1  # "Series B.** The startup ..."
    if j >= len(t):
        return j
    if t.text[j].istitle() and t.lower[j] in SENTENCE_STARTERS:
        return j
    if _legal_form_at(t, i) and _name_opens_clause(t, j):
        return j  # "... made by Sable Optics Inc. Sable, a Pittsburgh company, trains it"
    return None


# Legal forms that end a company's name; after one, a lone name opening a clause starts a sentence.
LEGAL_FORMS = frozenset({"inc", "co", "corp", "ltd"})


def _legal_form_at(t: Tokens, i: int) -> bool:
    """Whether the period at ``i`` ends a legal form ("Inc." as one token, or "Inc" and ".")."""
    word = t.lower[i].rstrip(".") or (t.lower[i - 1] if i > 0 else "")
    return word in LEGAL_FORMS


def _name_opens_clause(t: Tokens, j: int) -> bool:
    """Whether a one-word name at ``j`` is a subject: an apposition's comma or a verb in the past
    or third person (or an auxiliary) follows ("Kestrel used ...", "Sable, a Pittsburgh company,
    ..."), where a title after a company's name ("Acme Inc. Chief Executive Jane Roe") is
    followed by a name."""
    if j + 1 >= len(t) or not (t.text[j].istitle() and t.text[j].isalpha()):
        return False
    after = t.text[j + 1]
    return (
        after == ","
        or after in SUBJECT_VERBS
        or (after.isalpha() and after.islower() and after.endswith(("ed", "s")) and len(after) > 3)
    )


# Verbs a subject opens a sentence with that end in neither "-ed" nor "-s": "Marrowgate said ..."
SUBJECT_VERBS = frozenset(
    {"said", "told", "has", "had", "is", "was", "will", "would", "can", "could", "made", "built"}
    | {"bought", "sold", "won", "led", "took", "began", "did", "does", "also", "now", "then"}
)


def _spans(t: Tokens) -> list[tuple[int, int]]:
    """Token ranges of the sentences of one block (a newline inside a block is a wrap)."""
    out: list[tuple[int, int]] = []
    start = 0
    n = len(t)
    candidates = [i for i, (p, w) in enumerate(zip(t.punct, t.text, strict=True)) if p or w[-1] == "."]
    for i in candidates:
        if i < start:
            continue  # a closing quote already taken into the previous sentence
        after = _is_boundary_after(t, i)
        if after is not None:
            out.append((start, after))
            start = after
    out.append((start, n))
    return [(lo, hi) for lo, hi in out if hi > lo and not all(t.punct[lo:hi])]


def _tokenise(nlp: Language, text: str, block: Block) -> tuple[Doc, Tokens, list[int]]:
    """A Doc of the block with each run of whitespace read as one space (a wrapped line is one
    sentence to the rules), its token strings, and the document offset of each token."""
    raw = text[block.start : block.end]
    if "\n" not in raw and "  " not in raw and "\t" not in raw and "\r" not in raw:
        doc = nlp.make_doc(raw)  # the common case: one line, single spaces
        tokens = Tokens.of(doc, raw)
        return doc, tokens, [block.start + i for i in tokens.idx]
    string = " ".join(raw.split())  # the words joined by single spaces (split() sees what \s sees)
    doc = nlp.make_doc(string)
    tokens = Tokens.of(doc, string)
    # Only the whitespace other than one space moves the words after it: a block has a few such
    # runs, so the tokens between two of them are shifted by one list comprehension.
    idx = tokens.idx
    offsets: list[int] = []
    shift = lo = 0
    for m in _IRREGULAR_SPACE.finditer(raw):
        width = m.end() - m.start() - (m.start() > 0)  # a leading run is dropped, others read " "
        hi = bisect_left(idx, m.end() - shift - width, lo)  # the first token after the run
        offsets += [block.start + shift + i for i in idx[lo:hi]]
        shift += width
        lo = hi
    offsets += [block.start + shift + i for i in idx[lo:]]
    return doc, tokens, offsets


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    """The sentences of ``text[start:]``, each with ``text[s.start:s.end] == s.text``."""
    nlp = pipeline()
    sentences: list[Sentence] = []
    section = 0
    for number, block in enumerate(blocks(text, start)):
        if block.heading:
            section += 1
        doc, tokens, offsets = _tokenise(nlp, text, block)
        for lo, hi in _spans(tokens):
            s = offsets[lo]
            e = offsets[hi - 1] + len(tokens.text[hi - 1])
            sentences.append(
                Sentence(
                    index=len(sentences),
                    start=s,
                    end=e,
                    text=text[s:e],
                    block=number,
                    section=section,
                    heading=block.heading,
                    doc=doc,
                    tokens=tokens,
                    first=lo,
                    last=hi,
                    offsets=offsets,
                )
            )
    return sentences


def document_sentences(document: Document) -> list[Sentence]:
    """The sentences of a document's body: from ``body_start``, which the reader set past any
    front matter and the title and date lines."""
    return split_sentences(document.text, document.body_start)
