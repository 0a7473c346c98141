"""The reference a sentence opens with ("It", "Its", "The company", "The startup's"), read as a
mention of the topic the previous sentences were about, so that the relation model pairs it
with the sentence's names as it pairs the "the company" and "it" spans of its training data
(CORE annotates them as the company). The topic is the one the rule reader already follows
from sentence to sentence; this module only finds where the sentence refers to it.

Everything here keys on words, never on names: a pronoun or a descriptive noun phrase in
subject position, whose noun agrees with the topic's kind (a company is "the firm", a product
"the model"), in a sentence that does not name the topic itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from aikg.extract.classifier import kind
from aikg.extract.mentions import Mention
from aikg.extract.name_kinds import ORG_NOUNS, PRODUCT_TYPES
from aikg.extract.name_words import POSSESSIVE_MARKS
from aikg.extract.rules.base import Found, product_line
from aikg.extract.rules.words import DEVICE_NOUNS, LEAD_WORDS, TRADE_NOUNS
from aikg.extract.sentences import Sentence
from aikg.ontology.models import Entity

INTRO_REACH = 6  # tokens of an opening phrase closed by a comma ("In March last year,")
MODIFIER_REACH = 3  # words between "the" and its noun ("the Seattle-based AI company")
PRONOUNS = frozenset({"it", "its"})
PRODUCT_NOUNS = frozenset(
    {"model", "chatbot", "assistant", "service", "app", "chip", "tool", "product", "software", "system"}
)
# "It is unclear whether ...", "It was Nvidia that ...": an "it" that refers to nothing.
EXPLETIVE_AFTER = frozenset(
    {
        "unclear",
        "clear",
        "likely",
        "unlikely",
        "possible",
        "understood",
        "thought",
        "believed",
        "said",
        "expected",
        "reported",
        "rumoured",
        "rumored",
        "not",
        "also",
        "worth",
        "time",
        "hard",
        "easy",
        "true",
        "seems",
        "appears",
        "remains",
        "emerged",
        "means",
        "comes",
        "took",
        "takes",
    }
)
COPULAS = frozenset({"is", "was", "'s", "’s", "has", "had", "will", "would"})


def topic_mention(
    s: Sentence, mentions: Sequence[Mention], topic: Sequence[Entity], described: Mapping[str, Entity] = {}
) -> Mention | None:
    """The span of ``s`` that refers to the single entity of ``topic`` as the sentence's subject
    or first reference, as a mention of that entity; None when the topic is not one pairable
    entity, is named in the sentence, or the sentence opens otherwise. A noun of a trade
    ("the chain", "the authority") refers only to an organisation the text described with it
    (``described``) or that bears it in its name."""
    if len(topic) != 1 or any(m.entity.id == topic[0].id for m in mentions):
        return None
    coarse = kind(topic[0].type)
    if coarse is None:
        return None
    lower = s.tokens.lower
    k = _subject_start(s)
    if k is None or any(m.start <= k for m in mentions):
        return None
    word = lower[k]
    if word in PRONOUNS:
        if (word == "it" and _expletive(s, k)) or topic[0].type == "Person":
            return None  # ("it" is never a person: "Son's conglomerate ... It owns Arm")
        return Mention(k, k + 1, topic[0])
    if word not in {"the", "this"}:
        return None
    nouns = ORG_NOUNS | TRADE_NOUNS if coarse == "ORG" else PRODUCT_NOUNS
    starts = {m.start for m in mentions}
    modifiers = 0
    for j in range(k + 1, s.last):
        if lower[j] == "-":
            continue  # "the Seattle-based startup"
        if j in starts or s.tokens.punct[j] or modifiers > MODIFIER_REACH:
            return None
        modifiers += 1
        if lower[j] in ORDINALS:
            return None  # "The third vendor is Fennick": one more, not the one before
        if lower[j] in nouns:
            if lower[j] in TRADE_NOUNS and not _bears(topic[0], lower[j], described):
                return None  # "The authority ran a trial": not a company the text is about
            possessive = j + 1 < s.last and lower[j + 1] in POSSESSIVE_MARKS
            if not possessive and _renamed(s, j + 1, starts):
                return None  # "The startup, Lumbrook, ...": the name is right there
            return Mention(k, j + 1, topic[0], possessive=possessive)
    return None


def _bears(entity: Entity, noun: str, described: Mapping[str, Entity]) -> bool:
    """Whether ``noun`` fits ``entity``: the text described it so, or its name has the noun
    ("High Desert Wildfire Authority" is "the authority")."""
    return described.get(noun) == entity or noun in entity.label.lower().split()


def opens_with_noun(s: Sentence, *, generic: bool = False, placed: bool = True) -> bool:
    """Whether ``s`` opens its subject with "The company" (or "The firm", "The startup"): a
    reference by a noun, which at a paragraph's start means the article's own company. With
    ``generic``, only a noun that fits any organisation ("the company", not "the lab"); with
    ``placed``, also one a place qualifies ("The Dallas developer")."""
    k = _subject_start(s)
    lower = s.tokens.lower
    if k is None or lower[k] != "the" or k + 1 >= s.last:
        return False
    # ("The Sicilian company" opening a paragraph may be one the last paragraph placed there)
    noun = _past_place(s, k + 1) if placed else k + 1
    return noun < s.last and lower[noun] in ORG_NOUNS and not (generic and lower[noun] in DISTINCT_NOUNS)


PLACE_REACH = 3  # tokens of a place before the noun: "The Austin-based startup"


def _past_place(s: Sentence, k: int) -> int:
    """Where the noun after a place written before it stands ("Phoenix", "Austin-based")."""
    text, lower = s.tokens.text, s.tokens.lower
    j = k
    while j < min(k + PLACE_REACH, s.last - 1) and (
        (text[j].istitle() and text[j].isalpha()) or lower[j] in {"-", "based"}
    ):
        j += 1
    return j


BACKED_NOUNS = frozenset({"startup", "start-up"})  # what a fund backs, never the fund itself


def backed_startup(s: Sentence, topic: Sequence[Entity], before: Iterable[Found]) -> Entity | None:
    """What "The startup" opening ``s`` means after a sentence about its backer: "Orbit had also
    backed the company's seed round. The startup serves its model from ..." (the company backed,
    not the backer the last sentence was about)."""
    if len(topic) != 1:
        return None
    backed = {f.object.id: f.object for f in before if f.predicate == "investsIn" and f.subject == topic[0]}
    if len(backed) != 1:
        return None  # (most sentences: no backing read before, so no subject is looked for)
    k = _subject_start(s)
    lower = s.tokens.lower
    if k is None or lower[k] != "the" or k + 1 >= s.last or lower[k + 1] not in BACKED_NOUNS:
        return None
    return next(iter(backed.values()))


PLURAL_PRONOUNS = frozenset({"they", "their"})


def opens_with_reference(s: Sentence, *, plural: bool = True, generic: bool = False) -> bool:
    """Whether ``s`` opens its subject with a reference ("It", "They", "The startup") rather than
    a name or a thing: its other names are then not what it is about. ``plural`` counts "they"
    and "their"; ``generic`` only nouns that fit any organisation (see ``opens_with_noun``)."""
    pronouns = PRONOUNS | PLURAL_PRONOUNS if plural else PRONOUNS
    k = _subject_start(s, pronouns)
    return opens_with_noun(s, generic=generic) or (k is not None and s.tokens.lower[k] in pronouns)


def speaker_mention(s: Sentence, mentions: Sequence[Mention], speaker: Entity) -> Mention | None:
    """The "we" or "our" that opens the subject of a sentence spoken for ``speaker`` (a
    filing's, a letter's or a transcript turn's own words), as a mention of the speaker, for the
    model to pair like a name: "Substantially all of our workloads are hosted on Azure"."""
    if kind(speaker.type) is None or any(m.entity.id == speaker.id for m in mentions):
        return None
    k = _subject_start(s, SPEAKER_WORDS)
    if k is None or any(m.start <= k for m in mentions):
        return None
    return Mention(k, k + 1, speaker)


# Words that open a subject before the owner it quantifies: "Most of its workloads", "Substantially
# all of our revenue", "All its models".
QUANTIFIERS = frozenset(
    {"all", "most", "much", "half", "some", "many", "part", "substantially", "nearly", "almost", "virtually"}
)
SPEAKER_WORDS = frozenset({"we", "our"})  # what opens a subject spoken for a speaker


# Words that open a phrase of time before a subject, which news often leaves without a comma.
TIME_OPENINGS = frozenset(
    {"over", "in", "last", "this", "earlier", "later", "since", "during", "after", "on"}
)
# The words of such a phrase: "Over the summer", "In March 2025", "Last week".
TIME_WORDS = (
    frozenset({"the", "this", "last", "early", "late", "mid", "summer", "winter", "spring", "autumn", "fall"})
    | frozenset({"year", "week", "month", "quarter", "weekend", "morning", "january", "february", "march"})
    | frozenset({"april", "may", "june", "july", "august", "september", "october", "november", "december"})
    | frozenset({"first", "second", "third", "fourth", "past", "half"})  # "In the fourth quarter it"
)


def _subject_start(s: Sentence, pronouns: frozenset[str] = PRONOUNS) -> int | None:
    """The first token of the sentence's subject: past lead words, a quantifier before the
    owner ("Most of its ..."), and one short opening phrase closed by a comma."""
    lower, k = s.tokens.lower, s.first
    while k < s.last and (lower[k] in LEAD_WORDS or lower[k] == ","):
        k += 1
    j = k
    while j < s.last and lower[j] in QUANTIFIERS:
        j += 1
    j += j > k and j < s.last and lower[j] == "of"
    if j > k and j < s.last and lower[j] in pronouns:
        k = j
    if k >= s.last:
        return None
    if lower[k] not in pronouns | {"the", "this"}:
        comma = next((j for j in range(k, min(k + INTRO_REACH + 1, s.last)) if lower[j] == ","), None)
        if comma is None and lower[k] in TIME_OPENINGS:  # "Over the summer we switched", no comma
            j = k + 1
            while j < min(k + INTRO_REACH, s.last) and (lower[j] in TIME_WORDS or lower[j].isdigit()):
                j += 1
            if j > k + 2 and lower[j - 1] in {"the", "this"} and lower[j - 2] not in {"the", "this"}:
                j -= 1  # "In March the company raised": the article opens the subject
            comma = j - 1 if j < s.last and lower[j] in pronouns | {"the", "this"} else None
        if comma is None:
            return None
        k = comma + 1
    return k if k < s.last else None


def _expletive(s: Sentence, k: int) -> bool:
    """Whether "it" at ``k`` is a dummy subject ("It is unclear whether ...")."""
    lower = s.tokens.lower
    nxt = lower[k + 1] if k + 1 < s.last else ""
    after = lower[k + 2] if k + 2 < s.last else ""
    if nxt in EXPLETIVE_AFTER:
        return True
    if nxt not in COPULAS:
        return False
    cleft = k + 2 < s.last and s.tokens.text[k + 2][:1].isupper() and "that" in lower[k + 3 : s.last]
    if after in {"also", "not"} and k + 3 < s.last:  # "It is also unclear", not "It will also test"
        return lower[k + 3] in EXPLETIVE_AFTER or lower[k + 3] == "be"  # "It will not be easy"
    return after in EXPLETIVE_AFTER or cleft  # "It was Nvidia that led ..."


def _renamed(s: Sentence, k: int, starts: set[int]) -> bool:
    """Whether a name follows the noun phrase ending before ``k``, directly, after a comma or
    after "is" ("The vendor is Fennick")."""
    after = s.tokens.lower[k] if k < s.last else ""
    return k in starts or (after in {",", "is", "was"} and k + 1 < s.last and k + 1 in starts)


# Words that count one more of a kind: "the third vendor", "the other supplier".
ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "other", "last", "next"})


# Nouns that single out one organisation the text has described with them ("Vantor, a chip
# startup" ... "The startup"); "the company" or "the firm" fits any, so the topic decides those.
DISTINCT_NOUNS = frozenset({"startup", "start-up", "lab", "chipmaker", "conglomerate"}) | TRADE_NOUNS
# "Tessary released Sable. The model is ...": a sentence's only model or chip is the one "the
# model" or "the chip" of the next sentences means, whatever the topic.
MODEL_NOUNS = frozenset({"model", "chatbot"})
CHIP_NOUNS = frozenset({"chip", "accelerator", "processor"})
SOFTWARE_NOUNS = frozenset({"product", "software", "app", "tool"})  # "makes Observe. The product uses"
HEAD_NOUNS = frozenset({"maker", "makers", "vendor", "vendors", "developer", "developers", "company"})
# Nouns that describe a named product's kind in its apposition ("Latch, a routing agent"), which
# a later "the agent" refers back by; "a routing agent for" goes on, "agent" its head all the same.
KIND_NOUNS = frozenset({"agent", "platform", "tool", "app", "chatbot", "engine"})
CONTINUING = frozenset({"-", "maker", "makers", "company", "startup", "provider", "developer", "vendor"})
SOLE_KINDS = (
    (MODEL_NOUNS, frozenset({"AIModel", "Product"})),
    (CHIP_NOUNS, frozenset({"Chip"})),
    (SOFTWARE_NOUNS, frozenset({"Product"})),
)


def descriptions(s: Sentence, mentions: Sequence[Mention]) -> dict[str, Entity]:
    """The nouns ``s`` describes a name with: "Vantor, a chip startup based in Austin",
    "robotics startup Brisklet", "Halo, a clip-on assistant" (then "the wearable" too)."""
    lower, out = s.tokens.lower, _sole_products(mentions)
    for m in mentions:
        if m.entity.type not in PRODUCT_TYPES:  # "Cedar Basin Water Authority" is "the authority"
            out.update(dict.fromkeys(TRADE_NOUNS.intersection(m.entity.label.lower().split()), m.entity))
        if m.start > s.first and lower[m.start - 1] in DISTINCT_NOUNS:
            out[lower[m.start - 1]] = m.entity  # "robotics startup Brisklet"
        if m.end + 1 < s.last and lower[m.end] == "," and lower[m.end + 1] in {"a", "an", "the"}:
            hyphens = sum(
                lower[j] == "-" for j in range(m.end + 2, min(m.end + 2 + 2 * MODIFIER_REACH, s.last))
            )
            for j in range(m.end + 2, min(m.end + 3 + MODIFIER_REACH + 2 * hyphens, s.last)):
                if lower[j] in DISTINCT_NOUNS and "-" not in (lower[j - 1], lower[j + 1]):
                    out[lower[j]] = m.entity  # "Vantor, a chip startup" (not "a supply-chain firm")
                    break
                if lower[j] in DEVICE_NOUNS and m.entity.type in PRODUCT_TYPES:
                    out.update(dict.fromkeys(DEVICE_NOUNS, m.entity))  # "Halo, a clip-on assistant"
                    break
                kind = lower[j] in KIND_NOUNS and (j + 1 >= s.last or lower[j + 1] not in CONTINUING)
                if kind and m.entity.type in PRODUCT_TYPES:
                    out[lower[j]] = m.entity  # "Latch, a routing agent": then "The agent"
                    break
                if s.tokens.punct[j] and lower[j] != "-":  # "a clip-on assistant": one word
                    break
    return out


def _sole_products(mentions: Sequence[Mention]) -> dict[str, Entity]:
    """What "the model" and "the chip" mean after a sentence naming one product of that kind
    (by its name: "hail software", a line of products, is no one model)."""
    out: dict[str, Entity] = {}
    for nouns, types in SOLE_KINDS:
        found = {
            m.entity.id: m.entity for m in mentions if m.entity.type in types and not product_line(m.entity)
        }
        if len(found) == 1:
            out.update(dict.fromkeys(nouns, next(iter(found.values()))))
    return out


def described_subject(
    s: Sentence, mentions: Sequence[Mention], described: dict[str, Entity]
) -> Entity | None:
    """The organisation "The startup ..." opening ``s`` means, when the text described one so."""
    k = _subject_start(s)
    if k is None or s.tokens.lower[k] not in {"the", "this"} or any(m.start <= k for m in mentions):
        return None
    for j in range(k + 1, min(k + 2 + MODIFIER_REACH, s.last)):
        compound = "-" in s.tokens.lower[j - 1 : j + 2]  # "the open-model startup": not the model
        # "The software giant": a modifier of an organisation noun, not the software
        compound = compound or (j + 1 < s.last and s.tokens.lower[j + 1] in ORG_NOUNS | HEAD_NOUNS)
        if s.tokens.lower[j] in described and not compound:
            return described[s.tokens.lower[j]]
        if s.tokens.punct[j] and s.tokens.lower[j] != "-":
            return None
    return None
