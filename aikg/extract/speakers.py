"""Who says a sentence: a party speaking of its own deal ("Acme bought Zenith, the company
said", "..., said Jane Doe, Acme's chief executive") states it; an outlet, an analyst or
unnamed sources only report it. The status of a claim depends on which.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import pairwise

from aikg.extract.discovery import signs_for
from aikg.extract.mentions import Mention
from aikg.extract.name_cues import DASHES
from aikg.extract.name_kinds import ORG_TYPES
from aikg.extract.name_words import MARKUP, POSSESSIVE_MARKS, TITLES
from aikg.extract.sentences import Sentence
from aikg.ontology.models import Entity

# Verbs by which a speaker states something; other reporting words ("reportedly", "sources",
# "people familiar", "documents seen by") always mean someone else is telling.
SAYING = frozenset(
    {"said", "says", "told", "stated", "states", "wrote", "according", "claims", "claimed"}
    | {"described", "describes", "describe"}  # "Acme executives describe Zenith as their rival"
)
# Who "said" without a name: the company itself when no one else is named beside the words.
SELF_WORDS = frozenset(
    {"it", "they", "company", "companies", "firm", "firms", "startup", "startups", "lab", "both", "group"}
    | {"its", "their"}  # "..., its chief executive told reporters": the company's own person
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
        elif (  # an apposition with commas of its own: "Acme, a start-up in Austin, Texas, said it"
            r > 0
            and words[r - 1] == ","
            and _said_of_it(words, r + 1)
            and (_apposed_opening(sentence, mentions, words))
        ):
            span = _opening_name(sentence, mentions)  # "Acme, a start-up in Austin, said it ...": Acme
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


SAID_WHEN = frozenset({"on", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday"})


def _said_of_it(words: Sequence[str], k: int) -> bool:
    """Whether what is said from ``k`` opens with "it", "that" or "they", past a day ("said on
    Wednesday that it had closed")."""
    while k < len(words) and words[k] in SAID_WHEN:
        k += 1
    return words[k : k + 1] in (["it"], ["that"], ["they"])


def _apposed_opening(sentence: Sentence, mentions: Sequence[Mention], words: Sequence[str]) -> bool:
    """Whether the sentence opens with a name and a description of it ("Acme, a start-up in
    Austin, ..."), whose verb of saying comes after the description's comma; a dateline before
    it ("PARIS, March 11 (Wire) -- Acme, a start-up, said") does not count."""
    opens = sentence.first + _past_dateline(words)
    opening = next((m for m in mentions if m.start == opens), None)
    if opening is None:
        return False
    k = opening.end - sentence.first
    return words[k : k + 1] == [","] and words[k + 1 : k + 2] in (["a"], ["an"], ["the"])


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
    sentence (past a dateline), whose verb it shares; an empty span when the sentence opens
    otherwise."""
    opens = _past_dateline(sentence.tokens.lower[sentence.first : sentence.last])
    opening = [m for m in mentions if m.start == sentence.first + opens]
    if not opening:
        return 0, 0
    return opens, opening[0].end - sentence.first


DATELINE_REACH = 20  # words of a dateline: "WISCONSIN RAPIDS, Wis., March 11, 2026 (Wire) --"


def _past_dateline(words: Sequence[str]) -> int:
    """Where the text after a news dateline's "(Wire) --" starts, or 0."""
    for k in range(1, min(len(words), DATELINE_REACH)):
        if words[k - 1] == ")" and words[k] in DASHES:
            while k < len(words) and words[k] in DASHES:
                k += 1
            return k
    return 0


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
    if OPENING_QUOTES.isdisjoint(sentence.tokens.lower[sentence.first : sentence.last]):
        return inside  # no quotation mark opens here (most sentences): nothing is quoted
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


# Organisations that speak for themselves in a quote (an outlet reports what others say).
SPEAKING_ORGS = ORG_TYPES - {"NewsOutlet"}


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
        m.entity.id: m.entity for m in mentions if m.start not in inside and m.entity.type in SPEAKING_ORGS
    }
    if outside and not answer(sentence):
        return next(iter(outside.values())) if len(outside) == 1 else None
    if answer(sentence) and lead is not None:
        return lead  # the interviewee speaks for the company the interview is about
    if len(topic) == 1 and topic[0].type in SPEAKING_ORGS:
        return topic[0]
    return lead


# A transcript's turn opens with its speaker's name in capitals and a colon ("RAMAN: We train
# ...", "**MS RAMAN:** We ..."); the panel's introduction gives each speaker's organisation
# ("Priya Raman, chief technology officer of Kestrow Health").
LABEL_DECORATION = frozenset({"*", "**", "_", "__", "-", "—"})
AFFILIATION_REACH = 7  # words of a title between a person's name and "of" ("head of sales at")


def turn_labels(sentences: Sequence[Sentence]) -> dict[int, tuple[str, int]]:
    """The speakers' labels of a transcript's turns, by sentence index: the label lower-cased
    and the token its words start at. Only labels that open two turns or more count ("ROE: ...
    ROE: ..."), so a newsletter's one "AMD: shares rose" keeps its name."""
    found: dict[int, tuple[str, int]] = {}
    for s in sentences:
        if (span := _label_span(s)) is not None:
            found[s.index] = (" ".join(s.tokens.lower[k] for k in range(*span)), span[1])
    labels = [label for label, _ in found.values()]
    return {i: (label, k) for i, (label, k) in found.items() if labels.count(label) > 1}


def past_labels(sentences: Sequence[Sentence], labels: Mapping[int, tuple[str, int]]) -> list[Sentence]:
    """``sentences`` with each turn's label left out of its tokens ("ROE: We compete" is read
    from "We"): a person's label names no organisation, and the turn's words open the clause."""
    out = []
    for s in sentences:
        if s.index in labels:
            k = labels[s.index][1]
            while k < s.last - 1 and not s.tokens.text[k].isalnum() and s.tokens.text[k][0] in ":*_":
                k += 1
            s = replace(s, first=k)
        out.append(s)
    return out


def turn_speakers(
    sentences: Sequence[Sentence],
    labels: Mapping[int, tuple[str, int]],
    mentions: Mapping[int, Sequence[Mention]],
) -> dict[int, Entity]:
    """The organisation each sentence of a transcript's turn speaks for, by sentence index: the
    turn's label ("RAMAN:") names a person the text has tied to an organisation with "Priya
    Raman, chief technology officer of Kestrow Health". The turn runs to the end of its
    paragraph; a label no introduction explains (the moderator's) gives none."""
    affiliated: dict[str, Entity] = {}
    out: dict[int, Entity] = {}
    current: Entity | None = None
    block = -1
    for s in sentences:
        affiliated.update(_affiliations(s, mentions.get(s.index, ())))
        if s.index in labels:
            current, block = affiliated.get(labels[s.index][0].split()[-1]), s.block
        elif s.block != block:
            current = None
        if current is not None:
            out[s.index] = current
    return out


def _label_span(sentence: Sentence) -> tuple[int, int] | None:
    """The token span of the label a sentence opens with: up to three words in capitals before
    a colon ("RAMAN:", "**DR OKAFOR:**")."""
    text = sentence.tokens.text
    k = sentence.first
    while k < sentence.last and text[k] in LABEL_DECORATION:
        k += 1
    start = k
    while (
        k < sentence.last and k - start < 3 and text[k].isalpha() and text[k].isupper() and len(text[k]) > 1
    ):
        k += 1
    if k == start or k >= sentence.last or not text[k].startswith(":"):
        return None
    return start, k


def _affiliations(sentence: Sentence, found: Sequence[Mention]) -> dict[str, Entity]:
    """Surnames tied to an organisation in ``sentence``: "Priya Raman, chief technology officer
    of Kestrow Health" or "Kestrow Health's Priya Raman" gives raman -> Kestrow Health."""
    text, lower = sentence.tokens.text, sentence.tokens.lower
    out: dict[str, Entity] = {}
    for m in found:
        if m.entity.type not in SPEAKING_ORGS:
            continue
        # "Brightwater Compute's Tomasz Wielgosz" (a heading's name word the match left out too)
        mark = m.end + (
            m.end + 1 < sentence.last and text[m.end].istitle() and lower[m.end + 1] in POSSESSIVE_MARKS
        )
        if mark < sentence.last and lower[mark] in POSSESSIVE_MARKS:
            first, last = text[mark + 1 : mark + 3] if mark + 3 <= sentence.last else ("", "")
            after = text[mark + 3] if mark + 3 < sentence.last else ""
            if _full_name(first, last) and not after.istitle():
                out[last.lower()] = m.entity
            continue
        if lower[m.start - 1] not in {"of", "at"}:
            continue
        k = m.start - 2
        while (
            k > sentence.first
            and m.start - k <= AFFILIATION_REACH
            and text[k].isalpha()
            and text[k].islower()
        ):
            k -= 1
        if text[k] != "," or k - 2 < sentence.first:
            continue
        first, last = text[k - 2], text[k - 1]
        if _full_name(first, last):
            out[last.lower()] = m.entity
    return out


def _full_name(first: str, last: str) -> bool:
    """Whether two words are a person's first name and surname, as a text writes them."""
    return first.istitle() and last.istitle() and first.isalpha() and last.isalpha()


# Words in a title that mark a page written by an organisation in its own voice.
FIRST_PARTY_GENRES = frozenset(
    {"letter", "post", "blog", "memo", "newsletter", "update", "note", "changelog", "call", "status"}
)


def narrator_turns(
    title: str | None, sentences: Sequence[Sentence], mentions: Mapping[int, Sequence[Mention]]
) -> dict[int, Entity]:
    """The organisation a page written in its own voice speaks for, by the index of each
    sentence whose own (unquoted) "we", "us" or "our" stand for it: a filing that says whom its
    "we" means, a fund's letter signed "The partners of Linden Point Capital", a founder's post
    titled "Lumeno raises $18M (founder post)", a company blog headed "Brightlane Blog" or
    "Posted by the Quillmate team", or titled "Why we shut down Quillmate". Only where the page
    says who writes it, in one of those ways, and its own words say "we" in two sentences or
    more: a news story's one "as we reported" names no one."""
    voiced = [
        s
        for s in sentences
        if not quoted_words(s)
        and not _asked(s)
        and any(w in FIRST_PERSON for w in s.tokens.lower[s.first : s.last])
    ]
    if len(voiced) < 2:
        return {}
    narrator = (
        _defined_as(sentences, mentions)
        or _signed_by(sentences, mentions)
        or _titled_by(title, sentences, mentions)
        or _letterhead(title, sentences, mentions)
        or _headed_by(sentences, mentions)
        or _interviewed(sentences, mentions)
        or _introduced(sentences, mentions)
        or _profiled(sentences, mentions)
        or _employer_told(sentences, mentions)
        or _founded_by_us(sentences, mentions)
        or _about_us(sentences, mentions)
        or _we_are(sentences, mentions)
        or _addressed_to_staff(sentences, mentions)
        or _released_by(sentences, mentions)
    )
    return dict.fromkeys((s.index for s in voiced), narrator) if narrator is not None else {}


def _organisations(found: Sequence[Mention]) -> list[Entity]:
    return [m.entity for m in found if m.entity.type in SPEAKING_ORGS]


def _defined_as(sentences: Sequence[Sentence], mentions: Mapping[int, Sequence[Mention]]) -> Entity | None:
    """The organisation a filing says its "we" means: '"we," "us" and "our" refer to Halvorsen
    Intelligence, Inc.', '"we" means Acme': the first name after "refer(s) to" or "means" in a
    sentence that quotes "we"."""
    for s in sentences:
        lower = s.tokens.lower
        quoted = quoted_words(s)
        if not any(lower[k] in FIRST_PERSON for k in quoted):
            continue
        for k in range(s.first, s.last - 1):
            if (lower[k] in {"refer", "refers"} and lower[k + 1] == "to") or lower[k] == "means":
                after = [m for m in mentions.get(s.index, ()) if m.start > k]
                named = _organisations(after[:1])
                if named:
                    return named[0]
    return None


def _asked(s: Sentence) -> bool:
    """Whether ``s`` is an interviewer's question set in bold ("**Who is on the cap table?**")."""
    text = s.text.strip()
    return text.startswith("**") and text.endswith("?**")


def _interviewed(sentences: Sequence[Sentence], mentions: Mapping[int, Sequence[Mention]]) -> Entity | None:
    """The organisation a question-and-answer interview is with: where two questions or more
    stand in bold, the answers speak for the first organisation its introduction names (the
    first sentence past the headline that names one: "Sablewave Inc. builds ...")."""
    if sum(_asked(s) for s in sentences) < 2:
        return None
    for s in sentences:
        named = _organisations(mentions.get(s.index, ()))
        if named and not s.heading:
            return named[0]
    return None


BLOG_WORDS = frozenset({"blog", "newsroom", "engineering"})
HEAD_REACH = 4  # sentences at a page's top that may say whose page it is


def _headed_by(sentences: Sequence[Sentence], mentions: Mapping[int, Sequence[Mention]]) -> Entity | None:
    """The organisation a page's first lines say writes it: "Brightlane Blog | Posted by ...",
    "*Posted by the Quillmate Infrastructure Team*", or a heading that says "we" and names one
    organisation ("# Why we shut down Quillmate")."""
    for s in sentences[:HEAD_REACH]:
        lower = s.tokens.lower
        orgs = [m for m in mentions.get(s.index, ()) if m.entity.type in SPEAKING_ORGS]
        for m in orgs:
            if m.end < s.last and lower[m.end] in BLOG_WORDS:
                return m.entity
            if lower[max(s.first, m.start - 3) : m.start] == ["posted", "by", "the"]:
                return m.entity
        says_we = not FIRST_PERSON.keys().isdisjoint(lower[s.first : s.last])
        if s.heading and says_we and len({m.entity.id for m in orgs}) == 1:
            return orgs[0].entity
    return None


# Words after a firm's name in its letterhead: "BRIGHTWATER CAPITAL MANAGEMENT LP".
LETTERHEAD_WORDS = frozenset(
    {"capital", "management", "partners", "advisors", "advisers", "asset", "investments", "fund", "group"}
    | {"holdings", "ventures", "lp", "llp", "llc", "inc", "ltd", "plc", "limited", "corporation", "co", "ag"}
    | BLOG_WORDS  # a company's own blog: "Forkful Engineering" over a post-mortem that says "we"
)


PROSE_WORDS = 8  # tokens of a sentence that is prose, not a line of a page's furniture


def _letterhead(
    title: str | None, sentences: Sequence[Sentence], mentions: Mapping[int, Sequence[Mention]]
) -> Entity | None:
    """The organisation a page's first line names with a firm's words after it, and nothing
    else, as a letterhead does ("BRIGHTWATER CAPITAL MANAGEMENT LP" over a fund's letter that
    says "we"), when the body's prose names it too ("Brightwater")."""
    if not title:
        return None
    words = re.findall(r"[a-z0-9&]+", title.lower())
    for s in sentences:
        if s.heading or s.last - s.first < PROSE_WORDS:
            continue  # the body's prose names it, not a menu or another heading
        for m in mentions.get(s.index, ()):
            if m.entity.type not in SPEAKING_ORGS or m.entity.type == "NewsOutlet":
                continue  # (a masthead, "THE LEDGER DAILY", is no letterhead)
            for name in m.entity.names():
                named = re.findall(r"[a-z0-9&]+", name.lower())
                rest = set(words[len(named) :])  # (a firm's words after it: not a masthead's name alone)
                if named and words[: len(named)] == named and rest and rest <= LETTERHEAD_WORDS:
                    return m.entity
    return None


PROFILE_REACH = 12  # lines of a page's head (menus, the author's name) before its prose


def _profiled(sentences: Sequence[Sentence], mentions: Mapping[int, Sequence[Mention]]) -> Entity | None:
    """The organisation an author's profile line names over a post, in the page's head:
    "Co-founder & CEO at Tessellate AI | ex-Google Brain" (the first organisation after the
    title; a social-media post in the first person)."""
    for s in sentences[:PROFILE_REACH]:
        if not s.heading:
            return None  # the prose has begun
        lower = s.tokens.lower
        for m in mentions.get(s.index, ()):
            before = lower[max(s.first, m.start - 2) : m.start]
            if (
                m.entity.type in SPEAKING_ORGS
                and before[-1:] in (["at"], ["of"])
                and any(w in TITLES for w in lower[s.first : m.start])
            ):
                return m.entity
    return None


SELF = frozenset({"i", "my"})
EMPLOYER_REACH = 2  # prose sentences at a post's top that may say where its author works
EMPLOYED = frozenset({"at", "joined"})  # "my last day at Kallisto AI", "when I joined Kallisto"


def _employer_told(sentences: Sequence[Sentence], mentions: Mapping[int, Sequence[Mention]]) -> Entity | None:
    """The organisation an author says they work or worked at, near the page's top, in their own
    (unquoted) words: "Friday was my last day at Kallisto AI", "I joined Kallisto in 2023"; the
    "we" of such a post is that organisation's."""
    prose = [s for s in sentences[:PROFILE_REACH] if not s.heading and s.last - s.first >= PROSE_WORDS]
    for s in prose[:EMPLOYER_REACH]:  # (the post's opening: not a later voice in a thread of answers)
        lower = s.tokens.lower
        if SELF.isdisjoint(lower[s.first : s.last]) or quoted_words(s):
            continue
        for m in mentions.get(s.index, ()):
            told = not SELF.isdisjoint(lower[s.first : m.start])
            if told and m.entity.type in SPEAKING_ORGS and lower[m.start - 1] in EMPLOYED:
                return m.entity
    return None


INTRODUCING = (("i", "'m"), ("i", "’m"), ("i", "am"))
INTRODUCTION_REACH = 8  # words from the title to "of" ("co-founder & CEO of")


def _introduced(sentences: Sequence[Sentence], mentions: Mapping[int, Sequence[Mention]]) -> Entity | None:
    """The organisation an author introduces themselves by at the page's top: "I'm Nadia
    Okafor, co-founder & CEO of Marlowe AI" (an "ask me anything" thread, a founder's post)."""
    for s in sentences[:HEAD_REACH]:
        lower = s.tokens.lower[s.first : s.last]
        opening = 2 if lower[1:2] == [":"] else 0  # past a label: "AMA: I'm ..."
        if tuple(lower[opening : opening + 2]) not in INTRODUCING:
            continue
        title = next((k for k, w in enumerate(lower) if w in TITLES), None)
        if title is None:
            continue
        for m in mentions.get(s.index, ()):
            at = m.start - s.first
            near = title < at <= title + INTRODUCTION_REACH and lower[at - 1] in {"of", "at"}
            if near and m.entity.type in SPEAKING_ORGS:
                return m.entity
    return None


FOUNDING = frozenset({"started", "founded", "co-founded", "launched"})
FOUNDED_REACH = 6  # sentences at a page's top that may say which company "we" started


def _founded_by_us(sentences: Sequence[Sentence], mentions: Mapping[int, Sequence[Mention]]) -> Entity | None:
    """The organisation the page's own words say "we" started: "When we started Wrenfield two
    years ago, our bet was simple", "We founded Acme in 2021"."""
    for s in sentences[:FOUNDED_REACH]:
        if quoted_words(s):
            continue
        lower = s.tokens.lower
        for m in mentions.get(s.index, ()):
            if m.entity.type not in SPEAKING_ORGS or m.start - 2 < s.first:
                continue
            if lower[m.start - 1] in FOUNDING and lower[m.start - 2] == "we":
                return m.entity
    return None


# An "about us" paragraph: a present-tense description of one organisation, then "We were
# founded in 2023", "We are 40 people" (a job post's, a shop's or a start-up's own page).
DESCRIBING = frozenset({"makes", "builds", "develops", "provides", "offers", "sells", "runs", "is", "helps"})
ABOUT_US = frozenset({"were", "are", "'re", "have", "build", "make", "started", "founded"})


def _about_us(sentences: Sequence[Sentence], mentions: Mapping[int, Sequence[Mention]]) -> Entity | None:
    """The organisation a paragraph describes in the present tense and then calls "we":
    "Ferncliff AI makes Claimsmith, an agent platform ... We were founded in 2023."."""
    for before, s in pairwise(sentences):
        if s.block != before.block or s.heading or before.heading or quoted_words(s) or quoted_words(before):
            continue
        lower = s.tokens.lower
        if lower[s.first] != "we" or s.first + 1 >= s.last or lower[s.first + 1] not in ABOUT_US:
            continue
        named = [m for m in mentions.get(before.index, ()) if m.start == before.first and not m.possessive]
        if (
            named
            and named[0].entity.type in SPEAKING_ORGS
            and before.tokens.lower[named[0].end] in DESCRIBING
        ):
            return named[0].entity
    return None


def _we_are(sentences: Sequence[Sentence], mentions: Mapping[int, Sequence[Mention]]) -> Entity | None:
    """The organisation a page's own sentence says "we" are: "We are Brackenridge Legal Tech,
    maker of DocketPal" (a job post, a shop's page), the name right after the verb."""
    for s in sentences:
        lower = s.tokens.lower
        if s.heading or quoted_words(s) or lower[s.first] != "we" or s.first + 2 >= s.last:
            continue
        if lower[s.first + 1] not in {"are", "'re", "’re"}:
            continue
        named = next((m for m in mentions.get(s.index, ()) if m.start == s.first + 2), None)
        if named is not None and not named.possessive and named.entity.type in SPEAKING_ORGS:
            return named.entity
    return None


STAFF = frozenset({"staff", "employees", "colleagues", "team", "teams", "people", "workers"})


def _addressed_to_staff(
    sentences: Sequence[Sentence], mentions: Mapping[int, Sequence[Mention]]
) -> Entity | None:
    """The one organisation whose staff an internal memo's header addresses ("**To:** All
    Vantor Microdevices staff"): its writer's "we" is that organisation."""
    for s in sentences[:HEAD_REACH]:
        shown = [w.strip("*_") for w in s.tokens.lower[s.first : s.last]]
        shown = [w for w in shown if w and w not in MARKUP]
        orgs = {m.entity.id: m.entity for m in mentions.get(s.index, ()) if m.entity.type in SPEAKING_ORGS}
        if shown[:2] == ["to", ":"] and shown[-1] in STAFF and len(orgs) == 1:
            return next(iter(orgs.values()))
    return None


RELEASING = frozenset({"announced", "reported", "launched", "unveiled", "introduced", "released", "named"})
LEDE_REACH = 6  # prose sentences at a page's top that may be a press release's lede
ISSUER_REACH = 25  # tokens from the issuer's name to "today announced", past a ticker and an apposition


def _released_by(sentences: Sequence[Sentence], mentions: Mapping[int, Sequence[Mention]]) -> Entity | None:
    """The issuer of a press release, whose lede opens with its name and "today announced"
    ("Granite Span Realty Trust (NYSE: GSPN), an owner of data centers, today reported results"):
    the release's own "we" and "our" are the issuer's."""
    prose = [s for s in sentences if not s.heading][:LEDE_REACH]
    for s in prose:
        found = [m for m in mentions.get(s.index, ()) if m.entity.type in SPEAKING_ORGS]
        if not found:
            continue
        first = found[0]
        lower = s.tokens.lower
        for k in range(first.end, min(first.end + ISSUER_REACH, s.last - 1)):
            if lower[k] == "today" and lower[k + 1] in RELEASING:
                return first.entity
    return None


def _signed_by(sentences: Sequence[Sentence], mentions: Mapping[int, Sequence[Mention]]) -> Entity | None:
    """The organisation a sign-off line among the page's last three sentences signs for ("The
    partners of Linden Point Capital", "The Acme team")."""
    for s in sentences[-3:]:
        for m in mentions.get(s.index, ()):
            if m.entity.type in SPEAKING_ORGS and signs_for(s, m.start, m.end):
                return m.entity
    return None


# A first-person title's verb (and particle), after which its own company is named.
OWN_OBJECT = re.compile(r"\b[Ww]e\s+[a-z]+(?:\s+(?:down|off|out|up|into|over))?\s+")


def _titled_by(
    title: str | None, sentences: Sequence[Sentence], mentions: Mapping[int, Sequence[Mention]]
) -> Entity | None:
    """The one organisation the page's title names, where the title says the page is a letter,
    a post or a blog, or speaks as "we": its body names it too."""
    if not title:
        return None
    genre = bool(FIRST_PARTY_GENRES & set(re.findall(r"[a-z]+", title.lower())))
    # a title in the first person names its company right after its verb: "Why we shut down
    # Quillmate", "We moved Ledgerly off OpenAI" (Ledgerly, not OpenAI)
    own = None if genre else OWN_OBJECT.search(title)
    if not genre and own is None:
        return None
    named: dict[str, tuple[Entity, str]] = {}  # by id: the entity and its longest name in the title
    for s in sentences:
        # what "we" moved or shut down is ours, whatever the text made of its name
        found_here = mentions.get(s.index, ())
        for e in [m.entity for m in found_here] if own is not None else _organisations(found_here):
            found = [
                n
                for n in e.names()
                if (own is None and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", title))
                or (own is not None and re.match(rf"{re.escape(n)}(?!\w)", title[own.end() :]))
            ]
            if found:
                named[e.id] = (e, max(found, key=len))
    if not named:
        return None
    # "Arkwright Cloud Inc. -- Letter to Shareholders" names Arkwright Cloud, not the "Arkwright"
    # inside it
    entity, longest = max(named.values(), key=lambda pair: len(pair[1]))
    return entity if all(n in longest for _, n in named.values()) else None
