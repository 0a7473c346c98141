"""A product a text first describes and names only later: "Clutchpoint Inc., which makes a
dashboard-mounted coaching system for driving schools, ..." and two sentences on "The product,
called Dashmate, is a tablet-sized unit". The name comes in a sentence that says nothing of
its maker, so no rule and no pair of names in it can read who makes it; the sentence that
described the unnamed product can.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from aikg.extract.mentions import Mention
from aikg.extract.name_kinds import ORG_TYPES, PRODUCT_TYPES
from aikg.extract.rules.base import Found
from aikg.extract.rules.subjects import OFFERED_HEADS, OFFERED_OPENERS, OFFERED_REACH, OFFERING_VERBS
from aikg.extract.rules.words import NAMING_WORDS
from aikg.extract.sentences import Sentence
from aikg.ontology.models import Entity

# Words between an organisation's name and its offering verb: "Clutchpoint Inc., which makes".
BEFORE_OFFERING = frozenset({",", "which", "that", "also", "now", "already", "has", "have", "to"})
# Verbs of making told in the infinitive: "a partnership with Mistral AI to develop an assistant".
TO_MAKE = frozenset({"develop", "build", "make", "launch", "create"})
OFFERING_AGE = 4  # sentences a described product waits for its name


@dataclass(frozen=True)
class Offering:
    """An unnamed product an organisation was said to make, and where."""

    maker: Entity
    head: str  # the noun the text described it by: "system"
    sentence: int
    section: int


def offerings(s: Sentence, mentions: Sequence[Mention]) -> list[Offering]:
    """The unnamed products ``s`` says an organisation named right before the verb makes
    ("Clutchpoint Inc., which makes a dashboard-mounted coaching system")."""
    lower = s.tokens.lower
    out = []
    for k in range(s.first, s.last - 1):
        making = lower[k] in OFFERING_VERBS or lower[k] in TO_MAKE
        if not making or lower[k + 1] not in OFFERED_OPENERS:
            continue
        head = next(
            (j for j in range(k + 2, min(k + 2 + OFFERED_REACH, s.last)) if lower[j] in OFFERED_HEADS), None
        )
        if head is None or any(k < m.start < head for m in mentions):
            continue  # "makes a Zenith-based system": a named product or maker within
        maker = next((m for m in reversed(mentions) if m.end <= k), None)
        between = lower[maker.end : k] if maker is not None else ["?"]
        if maker is not None and maker.entity.type in ORG_TYPES and set(between) <= BEFORE_OFFERING:
            out.append(Offering(maker.entity, lower[head], s.index, s.section))
    return out


def named_offering(s: Sentence, mentions: Sequence[Mention], offered: Sequence[Offering]) -> list[Found]:
    """ "The product, called Dashmate, ...", "The system, Harbor, ...": the name a sentence
    opening on "The <noun>," gives the product a recent sentence described by that noun (or
    any, for "product"), made by the organisation that sentence named."""
    lower = s.tokens.lower
    k = s.first
    if lower[k] != "the" or k + 4 >= s.last or lower[k + 2] != ",":
        return []
    head = lower[k + 1]
    named = next((m for m in mentions if m.start == k + 3 + (lower[k + 3] in NAMING_WORDS)), None)
    if named is None or named.entity.type not in PRODUCT_TYPES or head not in OFFERED_HEADS:
        return []
    makers = {
        o.maker.id: o.maker
        for o in offered
        if (o.head == head or head == "product")
        and o.section == s.section
        and 0 < s.index - o.sentence <= OFFERING_AGE
    }
    if len(makers) != 1:
        return []
    span = (k, named.end)
    return [Found(next(iter(makers.values())), "develops", named.entity, "named_offering", 0.85, span, span)]
