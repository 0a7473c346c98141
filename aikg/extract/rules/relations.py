"""Relation rules: how English states ownership, investment, supply, partnership, competition,
development, hosting, use of technology and terms-of-service violations.

Triggers (verbs, nouns, role words) are found with one spaCy ``PhraseMatcher`` over lower-cased
tokens (``triggers``, over the table in ``rule_table``); each rule family then fills its two slots
from the mentions around the trigger with a few syntactic heuristics (clause subject, object after
a preposition, apposition, possessive, passive agent: ``sentence_view`` and ``subjects``). The
families live in the ``rules_*`` modules. No rule names an entity: they key on the words between
entities (``rule_words``, ``rule_nouns``).

This module reads one sentence with them and is what the extractor imports.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from aikg.extract.mentions import Mention
from aikg.extract.name_kinds import ORG_NOUNS, ORG_TYPES
from aikg.extract.name_words import POSSESSIVE_MARKS
from aikg.extract.rules.base import Found, is_org, is_product, makes_products
from aikg.extract.rules.nouns import (
    ACCOUNT_NOUNS,
    CHIP_NOUNS,
    GOODS_NOUNS,
    IRREGULAR_PAST,
    PRODUCT_KINDS,
    PRODUCT_NOUNS,
    PRODUCT_PLURALS,
    RELATION_NOUNS,
    ROLES,
)
from aikg.extract.rules.roles import another_source
from aikg.extract.rules.sentence_view import (
    Clause,
    coordinated_right,
    hyphened_gap,
    possessed_modifier,
    whose_antecedent,
)
from aikg.extract.rules.shared import FABRICATED
from aikg.extract.rules.subjects import after_preposition, fronted_phrase_end
from aikg.extract.rules.table import rules
from aikg.extract.rules.technology import HARDWARE
from aikg.extract.rules.triggers import Trigger, argument_slots, find_triggers
from aikg.extract.rules.words import (
    AUX,
    BOUNDARY,
    CLAUSE_WORDS,
    DETERMINERS,
    NAMING_WORDS,
    ORGANISATION_ANAPHOR_NOUNS,
    PREPOSITIONS,
    SPEECH,
    count_word,
)
from aikg.extract.sentences import Sentence
from aikg.extract.speakers import FIRST_PERSON, quoted_words
from aikg.ontology.dates import MONTHS
from aikg.ontology.models import Entity

__all__ = [
    "Found",
    "Reading",
    "RevenueShare",
    "Trigger",
    "argument_slots",
    "find_triggers",
    "read_relations",
    "rules",
]


@dataclass(frozen=True, slots=True)
class RevenueShare:
    """ "This deal accounts for 25% of Acme's revenue": a share of ``owner``'s revenue whose
    payer is a customer named in an earlier sentence."""

    owner: Entity
    sentence: int


@dataclass(slots=True)
class Reading:
    """What one sentence yields."""

    found: list[Found] = field(default_factory=list)
    shares: list[RevenueShare] = field(default_factory=list)
    topic: list[Entity] = field(default_factory=list)  # what "it" means in the next sentence


def read_relations(
    sentence: Sentence,
    mentions: Sequence[Mention],
    triggers: Sequence[Trigger],
    topic: Sequence[Entity] = (),
    speaker: Entity | None = None,
    lead: Entity | None = None,
    previous: Sequence[Found] = (),
    *,
    spoken: bool = False,
    raised: bool = False,
    main: Entity | None = None,
) -> Reading:
    """Every relation ``sentence`` states between its mentions (and the previous topic);
    ``speaker`` is the organisation its quoted "we" and "our" stand for, if any (``spoken``:
    the whole sentence is its words, a transcript's turn); ``lead`` the organisation the
    article opens on, ``main`` the one it names most; ``previous`` what the sentence before it
    read; ``raised`` whether that sentence told of money raised."""
    if not triggers and not _adjacent_possessive(sentence, mentions):
        quick = Reading(topic=_quick_topic(sentence, mentions, topic))  # nothing to read
        if previous and mentions:  # "... Acme is a second source."
            quick.found = another_source(Clause(sentence, mentions, topic, None, lead), previous)
        return quick
    first_person: dict[int, str] = {}
    if speaker is not None:
        first_person = {
            k: FIRST_PERSON[sentence.tokens.lower[k]]
            for k in (range(sentence.first, sentence.last) if spoken else quoted_words(sentence))
            if sentence.tokens.lower[k] in FIRST_PERSON
        }
        topic = [speaker]
    funded = raised or any(f.predicate == "investsIn" and f.object in topic for f in previous)
    invested = {f.object.id: f.object for f in previous if f.predicate == "investsIn"}
    raiser = next(iter(invested.values())) if len(invested) == 1 else None
    c = Clause(sentence, mentions, topic, first_person, lead, funded=funded, raiser=raiser, main=main)
    reading = Reading()
    for t in triggers:
        if not c.cover.keys().isdisjoint(range(t.start, t.end)):
            continue  # a trigger word inside a name ("Meta Platforms") is part of the name
        for f in t.rule.handler(t.rule, c, t.start, t.end):
            if f.predicate == "revenueShare":
                reading.shares.append(RevenueShare(f.object, sentence.index))
            else:
                reading.found.append(f)
    reading.found = [f for f in _controlling_stakes(c, reading.found) if not _operated_hardware(c, f)]
    reading.found += _possessive_products(c) + _whose_products(c) + _renamed_as_possessed(c)
    reading.found += _apposed_origin(c)
    reading.found = _rolled_out_anothers(c, _made_for_its_maker(c, reading.found))
    reading.found += _alongside(c, reading.found)
    reading.found += _echoed(c, reading.found)
    reading.found += _renamed(c, reading.found)
    reading.found += _gapped(c, reading.found)
    if previous:  # "Orbit buys memory from Zenith. Acme is a second source."
        reading.found += another_source(c, previous)
    reading.topic = _topic(c, reading.found)
    return reading


DESIGNING = frozenset({"design", "designs", "designed"})


def _made_for_its_maker(c: Clause, found: list[Found]) -> list[Found]:
    """``found`` with "Zenith's inference chip, Spark, is made by Acme" read as Zenith buying
    the making from Acme: a passive "made by" whose chip the sentence gives another maker names
    a manufacturer, not a second maker; so does "The K3, which Halvorsen designs, is produced by"
    (software "made by" is its maker's: "Cursor, made by Anysphere")."""
    out = []
    for f in found:
        fabbed = f.object.type == "Chip" or not DESIGNING.isdisjoint(c.words)  # "which Halvorsen designs"
        if f.rule != "developed_by" or c.w(f.trigger[0]) not in FABRICATED or not fabbed:
            out.append(f)
            continue
        makers = {
            g.subject.id: g.subject
            for g in found
            if g.predicate == "develops" and g.object.id == f.object.id and g.subject.id != f.subject.id
        }
        if not makers:
            out.append(f)
            continue
        known = {(g.subject.id, g.predicate, g.object.id) for g in found}
        for maker in makers.values():
            if (maker.id, "customerOf", f.subject.id) not in known:
                out.append(replace(f, subject=maker, predicate="customerOf", object=f.subject))
    return out


def _rolled_out_anothers(c: Clause, found: list[Found]) -> list[Found]:
    """``found`` with "rolling out Tagger, an AI pricing tool made by Tessary Inc., across every
    store" read as use: a product rolled out that the sentence gives another maker is deployed,
    not developed, by the one rolling it out."""
    out = []
    for f in found:
        rolled = f.predicate == "develops" and c.w(f.trigger[0]).startswith("roll")
        anothers = rolled and any(
            g.predicate == "develops" and g.object.id == f.object.id and g.subject.id != f.subject.id
            for g in found
        )
        out.append(replace(f, predicate="usesTechnologyOf") if anothers else f)
    return out


def _operated_hardware(c: Clause, f: Found) -> bool:
    """Whether ``f`` makes a maker of hardware its reader only operates: "operates some 4,000
    Nvidia GB200 accelerators" uses them (``use`` reads that), it does not develop them."""
    if f.predicate != "develops" or not c.w(f.trigger[0]).startswith("operat"):
        return False
    return f.object.type == "Chip" or any(
        c.w(k) in HARDWARE or c.w(k) in {"systems", "racks"} for k in range(f.trigger[1], f.window[1] + 2)
    )


# Words before a stake that make its holder the company's parent: "a controlling stake in" (CORE
# annotates "to buy majority stake in" as an investment; ``own`` reads "owns a majority stake").
CONTROLLING = frozenset({"controlling"})
STAKE_NOUNS = frozenset({"stake", "interest", "holding", "share", "position"})


def _controlling_stakes(c: Clause, found: list[Found]) -> list[Found]:
    """``found`` with a stake read as a parent's where its window says "a controlling stake"
    ("acquired a controlling stake in Brisklane"), as the news annotations count those who
    control a company: parents, not investors."""
    if CONTROLLING.isdisjoint(c.words):
        return found  # most sentences
    out = []
    for f in found:
        lo, hi = min(f.window[0], f.trigger[0]), max(f.window[1], f.trigger[1])
        controls = any(c.w(k) in CONTROLLING and c.w(k + 1) in STAKE_NOUNS for k in range(lo, hi + 2))
        out.append(replace(f, predicate="parentOf") if f.predicate == "investsIn" and controls else f)
    return out


# What a co-investor, co-buyer or co-partner shares.
SHARED_ROLES = frozenset({"investsIn", "customerOf", "acquires", "partnerOf"})
SHARING_WORDS = frozenset({"alongside", "along", "together"})  # what _alongside looks for


def _alongside(c: Clause, found: list[Found]) -> list[Found]:
    """Who takes the subject's part "alongside" it: "Acme, alongside Orbit, invested in Zenith",
    "Acme invested in Zenith alongside Orbit" (Orbit invests too). Only where the relation's
    subject is the clause's (before the trigger, its object after): in "Zenith raised money from
    Acme alongside Orbit" whose side Orbit takes is not for a word rule to say."""
    out: list[Found] = []
    if SHARING_WORDS.isdisjoint(c.words):
        return out  # no "alongside", "along with" or "together with" (most sentences)
    for k, word in enumerate(c.words, start=c.first):
        if word == "alongside":
            nxt = k + 1
        elif word in {"along", "together"} and c.w(k + 1) == "with":
            nxt = k + 2
        else:
            continue
        while nxt not in c.start_at and nxt < k + 7 and c.filler(nxt):
            nxt += 1  # "together with the games publisher Orbit"
        first = c.start_at.get(nxt)
        if first is None:
            continue
        sharers = coordinated_right(c, first)
        if c.w(sharers[-1].end) in GOODS_NOUNS or c.w(sharers[-1].end) in CHIP_NOUNS:
            # "buys S2 chips from Sable alongside Nvidia GPUs": more goods bought, from their maker
            out += [
                Found(f.subject, f.predicate, m.entity, "alongside", f.strength, f.window, f.trigger)
                for f in found
                if f.predicate == "customerOf" and not f.nominal and f.window[1] <= k
                for m in sharers
                if is_org(m.entity) and m.entity.id != f.subject.id
            ]
            continue
        for f in found:
            if f.predicate not in SHARED_ROLES or f.nominal or f.anaphoric or f.rule == "alongside":
                continue
            subject = next(
                (m for m in c.mentions if m.entity.id == f.subject.id and m.start < f.trigger[0]), None
            )
            obj = next(
                (
                    m
                    for m in c.mentions
                    if m.entity.id == f.object.id
                    and (
                        m.start >= f.trigger[1]
                        or (m.possessive and subject is not None and m.start > subject.end)
                    )
                ),
                None,
            )  # "Acme ... one of Zenith's customers, alongside Orbit": the role noun's owner
            # ("joined a round for Zenith last autumn alongside Orbit": past the time)
            k_at = obj.end if obj is not None and _time_between(c, obj.end, k) else k
            if subject is None or obj is None or not subject.start < k_at <= max(f.window[1], obj.end) + 1:
                continue
            if any(c.w(j) in BOUNDARY for j in range(subject.start, k)):
                continue
            window = (f.window[0], max(f.window[1], sharers[-1].end))
            out += [
                Found(m.entity, f.predicate, f.object, "alongside", f.strength, window, f.trigger)
                for m in sharers
                if m.entity.id not in {f.subject.id, f.object.id}
            ]
    return out


# Words of a short time phrase: "last autumn", "in March 2025", "early this year".
TIME_PHRASE_WORDS = frozenset(
    {"last", "this", "next", "in", "on", "early", "late", "earlier", "later", "year", "month", "week"}
    | {"quarter", "spring", "summer", "autumn", "fall", "winter"}
) | frozenset(MONTHS)
TIME_PHRASE_REACH = 4


def _time_between(c: Clause, lo: int, hi: int) -> bool:
    """Whether only a short time phrase ("last autumn", "in March 2025") stands from ``lo`` to ``hi``."""
    return 0 < hi - lo <= TIME_PHRASE_REACH and all(
        c.w(j) in TIME_PHRASE_WORDS or c.w(j).isdigit() for j in range(lo, hi)
    )


# "..., as did Zenith", "..., and so does Zenith": the names after these do what the clause did.
ECHO_VERBS = frozenset({"did", "does", "do", "has", "have", "had", "will", "would"})
ECHO_FILLERS = frozenset({"existing", "new", "other", "fellow", "returning", "earlier"}) | frozenset(ROLES)


def _closed_relative(c: Clause, f: Found, k: int) -> bool:
    """Whether ``f`` is stated in a relative clause set off by commas that closes before ``k``
    ("Anthropic, which counts Amazon among its shareholders, welcomed it, as did Google
    DeepMind": the echo repeats the welcoming, not the counting)."""
    opened = any(
        c.w(j) in {"which", "who"} and c.w(j - 1) == ","
        for j in range(max(c.first, f.trigger[0] - 12), f.trigger[0])
    )
    return opened and any(c.w(j) == "," for j in range(f.window[1], k))


def _echoed(c: Clause, found: list[Found]) -> list[Found]:
    """Who does again what the clause before said: "Acme and Orbit joined the round, as did
    existing backers Zenith and Nova"; "Acme builds servers for Orbit, and so does Zenith".
    The echoing names take the place of the clause's subject, the name before the verb."""
    out: list[Found] = []
    if "as" not in c.words and "so" not in c.words:
        return out  # no "as did" or "and so does" can follow
    for k, word in enumerate(c.words, start=c.first):
        if word not in {"as", "so"} or c.w(k + 1) not in ECHO_VERBS:
            continue
        if word == "so" and c.w(k - 1) != "and":
            continue
        j = k + 2 + (c.w(k + 2) == "so")  # "as did so"
        while c.w(j) in ECHO_FILLERS and j < k + 5:
            j += 1
        first = c.start_at.get(j)
        if first is None or c.w(k - 1 - (word == "so")) != ",":
            continue
        echoing = coordinated_right(c, first)
        said = [
            f
            for f in found
            if not (
                f.nominal or f.window[1] > k or f.rule in {"possessive", "echo"} or _closed_relative(c, f, k)
            )
        ]
        # only the last verb's relations: in "Parley is built on Mistral Medium 3, ..., and runs on
        # AWS, as does Genesys Cloud CX" Genesys runs on AWS, nothing more
        last = max((f.trigger[0] for f in said), default=None)
        for f in said:
            if f.trigger[0] != last:
                continue
            doer = next(
                (
                    m
                    for m in c.mentions
                    if m.start < f.trigger[0] and m.entity.id in {f.subject.id, f.object.id}
                ),
                None,
            )
            if doer is None and f.anaphoric:
                doer_id = f.subject.id
            elif doer is None:
                continue
            else:
                doer_id = doer.entity.id
            for m in echoing:
                if m.entity.id in {f.subject.id, f.object.id}:
                    continue
                if doer_id == f.subject.id:
                    out.append(
                        replace(
                            f, subject=m.entity, rule="echo", window=(f.window[0], m.end), anaphoric=False
                        )
                    )
                elif doer_id == f.object.id:
                    out.append(replace(f, object=m.entity, rule="echo", window=(f.window[0], m.end)))
    return out


# What may open the phrase a gapped object carries ("and Stratus for its database software",
# "and Orbit a year later", "and Orbit in 2022"), or end it.
GAP_OPENERS = frozenset({"for", "in", "on", "at", "through", "via", "during", "a", "an", "two", "three"})
GAP_OPENERS |= frozenset({"last", "later", "earlier", "too", "as", "this", "the", "since", "from"})
GAP_ENDS = frozenset({".", ";", ""})


def _gapped(c: Clause, found: list[Found]) -> list[Found]:
    """The verb's object again, with the verb left out: "Acme uses Nimbus for most workloads
    and Stratus for its database software" (Acme is hosted on Stratus too); "Acme backed
    Zenith in 2021 and Orbit a year later". Each object carries a phrase of its own, and the
    second is no clause's subject ("... and Orbit invested a year later" is one)."""
    out: list[Found] = []
    for f in found:
        if f.nominal or f.rule in {"possessive", "echo", "gapped"}:
            continue
        obj = next(
            (m for m in c.mentions if m.start >= f.trigger[1] and m.entity.id in {f.subject.id, f.object.id}),
            None,
        )
        if obj is None or obj.possessive:
            continue
        second = _gapped_object(c, obj)
        if second is None or second.entity.id in {f.subject.id, f.object.id}:
            continue
        if (second.entity.type in ORG_TYPES) != (obj.entity.type in ORG_TYPES):
            continue  # "uses Nimbus for chat and Quill for code": a cloud, then a model
        if obj.entity.type not in ORG_TYPES and second.entity.type != obj.entity.type:
            continue
        if obj.entity.id == f.object.id:
            out.append(replace(f, object=second.entity, rule="gapped", window=(f.window[0], second.end)))
        else:  # "Zenith was backed by Acme in 2021 and Orbit in 2022": Orbit backs it too
            out.append(replace(f, subject=second.entity, rule="gapped", window=(f.window[0], second.end)))
    return out


def _gapped_object(c: Clause, obj: Mention) -> Mention | None:
    """The name after "and" that repeats the verb of ``obj`` with a phrase of its own: ``obj``
    is followed by a phrase (no name, no verb of its own), then "and", then the name, then a
    phrase that ends the sentence."""
    k = obj.end
    if c.w(k) not in GAP_OPENERS or c.w(k) in {"as", "too"}:
        return None
    while k < min(obj.end + 8, c.last) and c.w(k) != "and":
        if _owned_name(c, k):
            k = c.start_at[k].end  # "for its Nimbus software"
            continue
        if k in c.start_at or c.w(k) in {",", ";", "which", "who", "that", "but", "while", "as"}:
            return None
        k += 1
    if c.w(k) != "and":
        return None
    owner = c.end_at.get(obj.start - 1) if c.w(obj.start - 1) in POSSESSIVE_MARKS else None
    if c.w(k + 1) == c.w((owner or obj).start - 1) and c.w(k + 1) in PREPOSITIONS:
        k += 1  # "invested in Zenith in 2021 and in Orbit in 2022", "on Acme's Quill ... and on"
    second = c.start_at.get(k + 1)
    if second is not None and second.possessive:
        second = c.start_at.get(second.end + 1)  # "and on OpenAI's GPT-5 for extraction": GPT-5
    j = second.end if second is not None else k
    if c.w(j) == ",":  # past the second's description: "and on Veyra-Lite, Veyra's own model, for"
        j = next((x + 1 for x in range(j + 1, min(j + 8, c.last)) if c.w(x) == ","), j)
    if second is None or second.possessive or c.w(j) not in GAP_OPENERS | GAP_ENDS:
        return None
    opened = j
    reach = hyphened_gap(c, opened, GAP_PHRASE)  # "for low-latency tasks": a hyphened word is one
    while j < min(opened + reach + 1, c.last) and c.w(j) not in GAP_ENDS:
        if _owned_name(c, j):
            j = c.start_at[j].end  # "and Stratus for its Nimbus software"
            continue
        if j in c.start_at or c.w(j) in {",", "and", "but", "which", "who", "that"} or _verb_like(c, j):
            return None
        j += 1
    return second if c.w(j) in GAP_ENDS and j - opened <= reach else None


GAP_PHRASE = 4  # words the gapped object's own phrase may take: "for its database software"


def _owned_name(c: Clause, k: int) -> bool:
    """Whether a name at ``k`` only qualifies a noun after "its", "their" or "the" ("for its
    Nimbus software"), and so takes no part in the clause."""
    m = c.start_at.get(k)
    return m is not None and c.w(k - 1) in {"its", "their", "the"} and c.alpha(m.end) and c.filler(m.end)


def _verb_like(c: Clause, k: int) -> bool:
    """Whether the word at ``k`` reads as a finite verb: "invested", "sued", "has", "says"."""
    word = c.w(k)
    if word in GAP_OPENERS:
        return False  # "later" is a time here, not the speech verb of "later said"
    participle = word.endswith("ed") and c.w(k - 1) not in {"a", "an", "the", "its"} | PREPOSITIONS
    return word in AUX or word in SPEECH or word in IRREGULAR_PAST or participle


def _renamed(c: Clause, found: list[Found]) -> list[Found]:
    """What a name's bracketed later name also stands in: "acquired by Acme (now Zenith)" is
    said of Zenith too, the same organisation under the name it has now."""
    out: list[Found] = []
    for m in c.mentions:
        k = m.end + 2
        if c.w(m.end) != "(" or c.w(m.end + 1) not in RENAMED:
            continue
        while c.w(k) in {"known", "renamed", "called", "as", "the"}:
            k += 1
        new = c.start_at.get(k)
        if new is None or c.w(new.end) != ")" or new.entity.id == m.entity.id:
            continue
        for f in found:
            if f.subject.id == m.entity.id and f.object.id != new.entity.id:
                out.append(replace(f, subject=new.entity))
            elif f.object.id == m.entity.id and f.subject.id != new.entity.id:
                out.append(replace(f, object=new.entity))
    return out


RENAMED = frozenset({"now", "today", "later", "currently"})  # "Acme (now Zenith)"


def _adjacent_possessive(sentence: Sentence, mentions: Sequence[Mention]) -> bool:
    """Whether a name directly follows a possessive name ("Acme's Nimbus")."""
    starts = {m.start for m in mentions}
    return any(m.possessive and m.end + 1 in starts for m in mentions)


RENAMING_VERBS = frozenset({"renamed", "rebranded", "rebrand", "rename", "renames", "rebrands"})


def _fronted_for(lower: Sequence[str], span: tuple[int, int], mentions: Sequence[Mention]) -> Mention | None:
    """The organisation an opening "For Northgate, ..." sets the sentence (tokens ``span``)
    about: what its next "The firm" means, though the name stands after a preposition."""
    first, last = span
    if lower[first] != "for" or not mentions or mentions[0].start != first + 1:
        return None
    m = mentions[0]
    comma = m.end < last and lower[m.end] == ","
    return m if comma and m.entity.type in ORG_TYPES - {"NewsOutlet"} else None


def _new_name(lower: Sequence[str], first: int, mentions: Sequence[Mention]) -> Mention | None:
    """The name a company takes in the sentence ("changed its name to Zenith", "renamed itself
    to Zenith", "was rebranded as Zenith"): what the next sentence's "the company" means."""
    for m in mentions:
        k = m.start - 1
        if k > first and lower[k] in {"to", "as"}:
            k -= 1
        if k >= first and (
            lower[k] in RENAMING_VERBS
            or (lower[k] == "itself" and k > first and lower[k - 1] in RENAMING_VERBS)
            or (lower[k] == "name" and k > first and lower[k - 1] in {"its", "their"})
        ):
            return m
    return None


# What may stand between a closing speaker's verb and the full stop: "Acme said on Tuesday."
SAID_AFTER = frozenset(
    {"on", "in", "last", "this", "late", "early", "week", "month", "statement", "a"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


def closing_speaker(lower: Sequence[str], last: int, mentions: Sequence[Mention]) -> Mention | None:
    """The organisation a sentence closes by quoting (", Acme said."), when it is not the
    sentence's first name: the one "the company" of the next sentence means."""
    if len(mentions) < 2:
        return None
    m = mentions[-1]
    if m.entity.type not in ORG_TYPES or m.entity.type == "NewsOutlet" or lower[m.start - 1] != ",":
        return None
    if m.end >= last or lower[m.end] not in SPEECH or mentions[0].entity.id == m.entity.id:
        return None
    rest = [w for w in lower[m.end + 1 : last] if w not in {".", "!"}]
    return m if len(rest) <= 3 and all(w in SAID_AFTER for w in rest) else None


def _quick_topic(sentence: Sentence, mentions: Sequence[Mention], topic: Sequence[Entity]) -> list[Entity]:
    """``_topic`` for a sentence without relations, read straight off its tokens. A sentence
    whose subject is "It" is still about the topic ("It connects to OpenTable and Toast")."""
    lower = sentence.tokens.lower
    if renamed := _new_name(lower, sentence.first, mentions) or _fronted_for(
        lower, (sentence.first, sentence.last), mentions
    ):
        return [renamed.entity]
    if topic and _about_the_topic(lower, sentence.tokens.text, sentence.first, topic):
        return list(topic)
    if (closing := closing_speaker(lower, sentence.last, mentions)) is not None:
        return [closing.entity]
    for m in mentions:
        k = m.start - 1
        while k >= sentence.first and (lower[k] in DETERMINERS or count_word(lower[k])):
            k -= 1
        prepositional = k >= sentence.first and lower[k] in PREPOSITIONS
        before = lower[m.start - 1] if m.start > sentence.first else ""
        after = lower[m.end] if m.end < sentence.last else ""
        if not prepositional and not _source(m, before, after):
            return list(topic) if _persons_organisation(lower, m) and _one_organisation(topic) else [m.entity]
    return list(topic) if not mentions else []


# Nouns by which a sentence's subject names the topic's product: "The product uses ...".
TOPIC_PRODUCT_NOUNS = frozenset({"product", "app", "service", "platform", "software", "tool", "assistant"})


def _about_the_topic(lower: Sequence[str], text: Sequence[str], first: int, topic: Sequence[Entity]) -> bool:
    """Whether a sentence's subject refers to the topic it inherits: "It ...", "They ...",
    "The company ..." when the topic is one organisation ("The company said it would add
    Nvidia's GPUs": still about the company, not Nvidia), or "The product ..." when it is one
    organisation or product ("The product uses Anthropic's Claude": the topic's product, so a
    next "Its customers" is still the topic's, not Anthropic's)."""
    if lower[first] in {"it", "they"} and text[first][0].isupper():
        return True
    if lower[first] != "the" or len(topic) != 1:
        return False
    if lower[first + 1] in TOPIC_PRODUCT_NOUNS and text[first + 2 : first + 3] != [","]:
        return topic[0].type in ORG_TYPES - {"NewsOutlet"} or is_product(topic[0])
    return lower[first + 1] in ORGANISATION_ANAPHOR_NOUNS and topic[0].type in ORG_TYPES - {"NewsOutlet"}


def _source(m: Mention, before: str, after: str) -> bool:
    """Whether ``m``, between the words ``before`` and ``after``, is who tells the news rather
    than what it is about: "Reuters reported ...", a dateline's "(Reuters)". A company
    reporting its own results stays the topic."""
    reporter = m.entity.type not in ORG_TYPES or m.entity.type == "NewsOutlet"
    return reporter and (after in SPEECH or before == "(")


# Words that may qualify an organisation's product between its possessive and its name:
# "Nvidia's open-source MONAI framework", "Acme's latest Spark chip".
PRODUCT_QUALIFIERS = frozenset(
    {
        "new",
        "latest",
        "newest",
        "flagship",
        "core",
        "main",
        "best-known",
        "own",
        "popular",
        "upcoming",
        "proprietary",
        "first",
        "next",
    }
    | {"older", "current", "previous", "earlier", "original", "custom", "smaller", "largest"}
    | {"widely", "used"}
    | {"open", "source", "weight", "in", "house", "generation", "-"}  # (hyphened: "open-source")
)


def _possessed_name(c: Clause, m: Mention) -> Mention | None:
    """The name a possessive ``m`` gives, right after it or past a few qualifying words."""
    k = m.end + 1
    while k < m.end + 5 and k not in c.start_at and c.w(k) in PRODUCT_QUALIFIERS:
        k += 1
    if k not in c.start_at and c.w(k) in OWN_THINGS and c.w(k + 1) in {"is", "was"}:
        k += 2  # "Tallow's core technology is Ember-1", "Acme's flagship product is Helper"
        named = c.start_at.get(k)
        return named if named is not None and is_product(named.entity) and not named.possessive else None
    nxt = c.start_at.get(k)
    return nxt if nxt is not None and (k == m.end + 1 or is_product(nxt.entity)) else None


# What an organisation's possessive names before "is" and its product's name.
OWN_THINGS = PRODUCT_NOUNS | {"technology"}


# Nouns after a place that a company's possessive qualifies: "Google Cloud's Querétaro region".
SITE_NOUNS = frozenset({"region", "regions", "campus", "site", "zone", "hub", "office", "plant"})


ORIGIN_REACH = 8  # words of an apposition before "from": "the family of large language models"


def _apposed_origin(c: Clause) -> list[Found]:
    """ "Claude, the family of large language models from Anthropic": a product an apposition
    of plain nouns says comes from an organisation is that organisation's (not "a chatbot
    running on models from Zenith", whose apposition has a verb)."""
    out = []
    for m in c.mentions:
        if (
            not is_product(m.entity)
            or m.possessive
            or c.w(m.end) != ","
            or c.w(m.end + 1) not in {"a", "an", "the"}
        ):
            continue
        k = m.end + 2
        while k < min(m.end + 2 + ORIGIN_REACH, c.last) and k not in c.cover and c.w(k) != "from":
            word = c.w(k)
            if not ((c.t.text[k].isalpha() and c.t.text[k].islower()) or word == "-") or word.endswith(
                ("ing", "ed")
            ):
                break
            if word in AUX or word in CLAUSE_WORDS or (word in PREPOSITIONS and word != "of"):
                break
            k += 1
        maker = c.start_at.get(k + 1) if c.w(k) == "from" else None
        if (
            maker is not None
            and not maker.possessive
            and is_org(maker.entity)
            and maker.entity.id != m.entity.id
        ):
            out.append(
                Found(
                    maker.entity,
                    "develops",
                    m.entity,
                    "apposed_origin",
                    0.9,
                    (m.start, maker.end),
                    (k, k + 1),
                )
            )
    return out


def _possessive_products(c: Clause) -> list[Found]:
    """ "Acme's Nimbus": an organisation's product, named right after it."""
    out = []
    for m in c.mentions:
        nxt = _possessed_name(c, m) if m.possessive else None
        if not (m.possessive and nxt is not None and makes_products(m.entity, nxt.entity)):
            continue
        maker_named = (
            nxt.entity.parent not in {None, m.entity.id} and c.t.lower[nxt.start] == nxt.entity.parent
        )
        account = c.w(nxt.end) in ACCOUNT_NOUNS  # "Acme's Azure account": its use of Azure
        # "Google Cloud's Querétaro region": a place the cloud serves from, not a product of it
        sited = c.w(nxt.end) in SITE_NOUNS and nxt.end - nxt.start == 1 and not nxt.entity.curated
        modifier = possessed_modifier(c.t.lower, m, nxt)  # "Ledgerlight's Claude-drafted letters"
        # (and not "Scaleway's Nvidia H100 clusters": the maker is named)
        if is_product(nxt.entity) and not maker_named and not account and not sited and not modifier:
            # "Nvidia's H100 and H200 chips": each product a list with a shared plural noun names
            listed = [
                o for o in coordinated_right(c, nxt) if o is nxt or c.w(o.start - 1) not in POSSESSIVE_MARKS
            ]
            shared = len(listed) > 1 and c.w(listed[-1].end) in PRODUCT_PLURALS | GOODS_NOUNS
            listed = [
                o
                for o in (listed if shared and c.w(listed[-1].end).endswith("s") else [nxt])
                if o is nxt
                or (is_product(o.entity) and not o.possessive and o.entity.parent in {None, m.entity.id})
            ]
            out += [
                Found(
                    m.entity,
                    "develops",
                    o.entity,
                    "possessive",
                    0.85,
                    (m.start, o.end),
                    (m.end, m.end + 1),
                    nominal=True,
                )
                for o in listed
            ]
        elif (
            nxt.entity.type in ORG_TYPES - {"NewsOutlet"}
            and not nxt.possessive
            and (c.w(nxt.end) not in RELATION_NOUNS)
        ):  # "Alphabet's Google": ownership, unless "Acme's Zenith deal"
            out.append(
                Found(
                    m.entity,
                    "parentOf",
                    nxt.entity,
                    "possessive",
                    0.75,
                    (m.start, nxt.end),
                    (m.end, m.end + 1),
                    nominal=True,
                )
            )
    return out


def _whose_products(c: Clause) -> list[Found]:
    """ "Halvor Labs, the robotics developer whose Strider humanoid is trained on ...", "Bitmain,
    whose S21 units fill its halls": the product "whose" gives is its antecedent's."""
    out = []
    for k in range(c.first, c.last - 1):
        named = c.start_at.get(k + 1) if c.w(k) == "whose" else None
        if c.w(k) == "whose" and named is None:
            named = _whose_thing_named(c, k)  # "whose product, Flash, offers", "whose agent, called Latch,"
        if named is None or named.possessive:
            continue
        maker = whose_antecedent(c, k)
        if maker is not None and is_product(named.entity) and makes_products(maker.entity, named.entity):
            span = (maker.start, named.end)
            out.append(
                Found(
                    maker.entity, "develops", named.entity, "possessive", 0.85, span, (k, k + 1), nominal=True
                )
            )
    return out


WHOSE_NOUN_REACH = 4  # words of the noun after "whose" before its name: "whose routing agent, called"


def _whose_thing_named(c: Clause, k: int) -> Mention | None:
    """The name set off after the noun "whose" at ``k`` opens: "a start-up whose product,
    Flash, offers ...", "whose routing agent, called Latch, now handles ..."."""
    j = k + 1
    while j < min(k + 1 + WHOSE_NOUN_REACH, c.last) and c.filler(j) and c.w(j) != ",":
        j += 1
    if j == k + 1 or c.w(j) != "," or c.w(j - 1) not in TOPIC_PRODUCT_NOUNS | PRODUCT_NOUNS:
        return None
    j += 1 + (c.w(j + 1) in NAMING_WORDS)
    named = c.start_at.get(j)
    return named if named is not None and c.w(named.end) == "," else None


KIND_REACH = 5  # words between an apposed possessive and its kind: "Nightjar's in-house detection model"


def _renamed_as_possessed(c: Clause) -> list[Found]:
    """ "PerchNet, Nightjar's in-house detection model": a product renamed in apposition as an
    organisation's thing of its kind is that organisation's."""
    out = []
    for m in c.mentions:
        if not m.possessive or c.w(m.start - 1) != "," or (named := c.end_at.get(m.start - 1)) is None:
            continue
        if named.possessive or not is_product(named.entity) or not makes_products(m.entity, named.entity):
            continue
        k = m.end + 1
        while k < min(m.end + 1 + KIND_REACH, c.last) and k not in c.start_at and c.w(k) not in PRODUCT_KINDS:
            k = k + 1 if c.filler(k) or c.w(k) in PRODUCT_QUALIFIERS else c.last  # ("in-house")
        if c.w(k) in PRODUCT_KINDS and k not in c.cover and not c.filler(k + 1):  # the head: not "cloud unit"
            span = (named.start, k + 1)
            out.append(
                Found(
                    m.entity,
                    "develops",
                    named.entity,
                    "possessive",
                    0.85,
                    span,
                    (m.end, m.end + 1),
                    nominal=True,
                )
            )
    return out


def _leads_a_round(c: Clause, m: Mention) -> bool:
    """Whether ``m`` leads or joins a funding round its sentence names without its raiser
    ("Orbit led a $6 million seed round in 2021"): an investor, not what "the company" or "the
    round" in the next sentence means."""
    if m.possessive and (owned := c.start_at.get(m.end + 1)) is not None:
        m = owned  # "Acme's Orbit fund ... joined the round": the fund joins
    k = m.end
    while c.w(k) in {"fund", "arm", "unit"}:
        k += 1  # "Acme's Orbit fund joined"
    if c.w(k) == ",":  # "Samsung Catalyst Fund, Samsung's venture arm, led": past the apposition
        k = next((j + 1 for j in range(k + 1, min(k + 14, c.last)) if c.w(j) == ","), k)
    k += (c.w(k) == "co") * 2  # "co-led"
    if m.possessive or c.w(k) not in {"led", "leads", "joined", "joins"}:
        return False
    return any(c.w(j) in {"round", "series", "raise", "tranche"} for j in range(k + 1, min(k + 7, c.last)))


def _still_about(c: Clause) -> bool:
    """Whether the sentence names the topic it inherits, of one entity."""
    return len(c.topic) == 1 and any(m.entity.id == c.topic[0].id for m in c.mentions)


# Titles between an organisation and the person who holds them: "Greyfield partner Ruth Ostrowski".
STAFF_TITLES = frozenset({"partner", "ceo", "cfo", "cto", "founder", "co-founder", "chairman", "president"})


def _persons_organisation(lower: Sequence[str], m: Mention) -> bool:
    """Whether ``m`` is a person's possessive before a noun for an organisation ("Masayoshi Son's
    conglomerate", "Altman's company"): the subject is that organisation, not the person."""
    return (
        m.possessive
        and m.entity.type == "Person"
        and m.end + 1 < len(lower)
        and lower[m.end + 1] in ORG_NOUNS
    )


def _one_organisation(topic: Sequence[Entity]) -> bool:
    return len(topic) == 1 and topic[0].type in ORG_TYPES - {"NewsOutlet"}


def _said_we(c: Clause, start: int) -> bool:
    """Whether the words from ``start`` to the sentence's first name hold a "we"."""
    return any(c.t.lower[k] == "we" for k in range(start, c.mentions[0].start))  # (c.w reads it as "it")


def _topic(c: Clause, found: list[Found]) -> list[Entity]:
    """What the next sentence's "it" or "the company" most likely refers to."""
    if c.topic and _about_the_topic(c.t.lower, c.t.text, c.first, c.topic):
        return list(c.topic)  # "It connects to OpenTable and Toast": still the topic
    # "The company makes the GLM models. It competes with ...": the company (but after "We led
    # Tessellate's Series B.", "Its coding assistant" is Tessellate's: a speaker says "our")
    if c.mentions and any(
        f.anaphoric
        and f.subject in c.topic
        and f.window[0] < c.mentions[0].start
        and not _said_we(c, f.window[0])
        for f in found
    ):
        return list(c.topic)
    # "The Lisbon startup ... took money in a round led by Orbit, with Zenith joining": still it
    if (
        c.mentions
        and c.w(c.first) in {"the", "it"}
        and any(f.anaphoric and f.predicate == "investsIn" and f.object in c.topic for f in found)
    ):
        return list(c.topic)
    if (renamed := _new_name(c.t.lower, c.first, c.mentions)) is not None:
        return [renamed.entity]  # "Acme changed its name to Zenith": the company is Zenith now
    if (fronted_for := _fronted_for(c.t.lower, (c.first, c.last), c.mentions)) is not None:
        return [fronted_for.entity]  # "For Northgate, the deal is the largest yet.": Northgate
    if (closing := closing_speaker(c.t.lower, c.last, c.mentions)) is not None:
        return [closing.entity]  # "Zenith will keep its brand, Acme said.": the company is Acme
    # (past an opening participle phrase: "Founded by former staff of Google's DeepMind, Acme ...")
    fronted = fronted_phrase_end(c, c.last) or c.first
    for m in c.mentions:  # the sentence's first subject-like name: "Acme, meanwhile, ..."
        if m.start < fronted:
            continue
        if not after_preposition(c, m) and _leads_a_round(c, m):
            return list(c.topic)  # "Orbit led a $6m seed round.": still about who raised it
        if not after_preposition(c, m) and not _source(m, c.w(m.start - 1), c.w(m.end)):
            if _persons_organisation(c.t.lower, m) and _one_organisation(c.topic):
                return list(c.topic)  # "SoftBank Group. Masayoshi Son's conglomerate is ...": SoftBank
            if (
                c.w(m.end) in STAFF_TITLES
                and c.t.text[m.end + 1][:1].isupper()
                and _one_organisation(c.topic)
            ):
                return list(c.topic)  # "Greyfield partner Ruth Ostrowski joined the board": a person's news
            if len(coordinated_right(c, m)) > 1 and _still_about(c):
                return list(c.topic)  # "Acme and Orbit are investors in Zenith": still Zenith
            return [m.entity]
    clausal = [f for f in found if not f.nominal]
    if clausal and clausal[-1].predicate == "investsIn" and clausal[-1].object in c.topic:
        return list(c.topic)  # "The round was led by Orbit.": still about who raised it
    if clausal and clausal[-1].predicate == "investsIn":
        return [clausal[-1].object]  # "Quenta said it had raised $1.1 billion in a round led by X": Quenta
    if clausal:
        return [clausal[-1].subject]
    return list(c.topic) if not c.mentions else []
