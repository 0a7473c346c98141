"""Which side of a supply deal supplies. "Acme signed a supply agreement with Zenith" does not
say: a careful reader takes the side the sentence marks as a maker or supplier ("Vantor
Silicon", "chipmaker Zenith", "Zenith, a chip supplier", a cloud platform), the side known to
make chips or run a cloud (the shipped registry's chips and clouds name their makers), or the
side that "won" the deal, and otherwise lists only the agreement (a partnership), never a
guessed direction.
"""

from __future__ import annotations

from enum import Enum
from functools import cache

from aikg.extract.mentions import Mention
from aikg.extract.name_kinds import ORG_TYPES
from aikg.extract.rules.base import Found, Rule, findings
from aikg.extract.rules.sentence_view import Clause, Subject, object_right
from aikg.extract.rules.subjects import clause_subject
from aikg.extract.undoing import past_apposition

# Last words of names of organisations that make what others buy: "Vantor Silicon".
SUPPLIER_NAME_WORDS = frozenset(
    {"silicon", "semiconductor", "semiconductors", "chips", "foundry", "foundries"}
)
SELLER_NAME_WORDS = SUPPLIER_NAME_WORDS | {"compute", "cloud"}  # the last word of a seller's full name
# Nouns that call a name a supplier, next to it: "chipmaker Zenith", "Zenith, a chip supplier".
SUPPLIER_NOUNS = frozenset(
    {"chipmaker", "chipmakers", "supplier", "suppliers", "vendor", "foundry", "manufacturer", "provider"}
)
# Verbs whose subject is the supplier of the deal they get: "Zenith won a supply deal with Acme".
WINNING = frozenset({"won", "wins", "win", "winning", "landed", "lands", "land", "clinched", "clinches"})
# Deal words that name no direction: a "supply" or "licensing" deal may run either way.
TWO_WAY = frozenset({"supply", "licensing", "license", "licence", "sourcing"})


class Side(Enum):
    """Which party a sentence marks as the supplier."""

    SUBJECT = "subject"
    OBJECT = "object"
    UNSAID = "unsaid"


def supplier_side(c: Clause, subject: Mention | None, objects: list[Mention], start: int) -> Side:
    """The supplier of the deal whose noun starts at ``start`` ("supply agreement with"),
    between its ``subject`` and its ``objects``."""
    if subject is not None and _received(c, subject, start):
        return Side.OBJECT  # what the subject does under the deal says it buys, whatever it sells
    by_subject = subject is not None and (
        supplier_named(c, subject) or _won(c, subject, start) or _to_supply(c, objects)
    )
    by_object = any(supplier_named(c, o) for o in objects)
    if by_subject and not by_object:
        return Side.SUBJECT
    if by_object and not by_subject:
        return Side.OBJECT
    return Side.UNSAID


def supplier_named(c: Clause, m: Mention) -> bool:
    """Whether the sentence marks ``m`` as a maker or supplier: its name ("Vantor Silicon"),
    its type (a cloud platform), or a noun before or after it ("chipmaker Zenith", "Zenith, a
    chip supplier,")."""
    if m.entity.type == "CloudPlatform" or m.entity.id in _makers():
        return True
    if (
        c.t.lower[m.end - 1] in SUPPLIER_NAME_WORDS
        or m.entity.label.lower().rsplit(" ", 1)[-1] in SELLER_NAME_WORDS
    ):
        return True  # "Vantor Silicon"; "Dovetail", whom the text named "Dovetail Compute"
    if c.w(m.start - 1) in SUPPLIER_NOUNS:
        return True
    if c.w(m.end) == "," and c.w(m.end + 1) in {"a", "an", "the"}:
        return any(c.w(k) in SUPPLIER_NOUNS for k in range(m.end + 2, m.end + 5))
    return False


# Verbs by which the subject takes what a deal supplies: "draws hydropower under a supply
# contract with Vattenfall".
RECEIVING = frozenset({"draws", "drew", "draw", "buys", "bought", "gets", "got", "receives", "received"})
RECEIVING |= {"sources", "sourced", "procures", "procured", "purchases", "purchased", "takes", "took"}


def _received(c: Clause, subject: Mention, start: int) -> bool:
    """Whether the subject takes goods under the deal ("draws power under a supply contract
    with"): the other side supplies."""
    return any(c.w(k) in RECEIVING for k in range(subject.end, start))


# Verbs after "a contract with Zenith ... to" that the contract's signer does for the other
# side: "signed a three-year contract with Colas, the French road group, to supply defect maps".
SUPPLYING = frozenset({"supply", "provide", "deliver"})


def _to_supply(c: Clause, objects: list[Mention]) -> bool:
    """Whether "to supply" follows the deal's other side (past its apposition): the signer
    supplies it."""
    if not objects:
        return False
    k = past_apposition(c.words, objects[-1].end - c.first) + c.first
    return c.w(k) == "to" and c.w(k + 1) in SUPPLYING


def _won(c: Clause, subject: Mention, start: int) -> bool:
    """ "Zenith won a supply deal with": the winner supplies."""
    return any(c.w(k) in WINNING for k in range(subject.end, start))


def award(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Vantor won a supply contract from Kessler": who gives a supply or licensing deal to
    the side that won it buys from that side. Nothing without both marks."""
    subj = clause_subject(c, start)
    winner = c.start_at.get(subj.start) if subj is not None and not subj.anaphoric else None
    contract = c.w(start) in {"contract", "contracts", "order", "orders"}  # "won a contract from"
    if subj is None or winner is None or not (two_way(c, start) or contract) or not _won(c, winner, start):
        return []
    buyers = object_right(c, end - 1, ("from",), gap=1)
    return findings(rule, c, subj, "customerOf", buyers, start, end, swap=True)


# What a buyer awards: "awarded a four-year contract to Zenith", "awarded the tender to Zenith".
AWARDED = frozenset(
    {"contract", "contracts", "deal", "tender", "agreement", "order", "orders", "framework", "lot", "lots"}
)


def awards(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme awarded a four-year hosting contract to Zenith", "Zenith was awarded a contract by
    Acme": the awarding side buys from the one it awards the contract to (not "a prize"). A
    notice's "Awarded to Zenith" is the article's organisation's award."""
    if c.w(start - 1) in {
        "was",
        "were",
        "been",
        "be",
        "is",
        "are",
    }:  # "Zenith was awarded a contract by Acme"
        by = next((k for k in range(end, min(end + 10, c.last)) if c.w(k) == "by"), None)
        winner = clause_subject(c, start)
        if by is None and (awarder := _awarders_contract(c, end)) is not None:
            return findings(rule, c, winner, "supplierOf", [awarder], start, end)  # "an ESA contract"
        if by is None or not any(c.w(k) in AWARDED for k in range(end, by)):
            return []
        return findings(rule, c, winner, "supplierOf", object_right(c, by, ("by",), gap=0), start, end)
    opens = start == c.first or c.w(start - 1) in {":", ".", "-"}
    if opens and c.w(end) == "to" and c.lead is not None and c.lead.type in ORG_TYPES - {"NewsOutlet"}:
        winners = [m for m in object_right(c, end, ("to",), gap=0) if m.entity.id != c.lead.id]
        return findings(rule, c, Subject((c.lead,), start, anaphoric=True), "customerOf", winners, start, end)
    named = c.start_at.get(end)
    if named is not None and not named.possessive and _contract_follows(c, named.end):
        # "NOAA awarded Stratolift a $12 million contract": the winner, then what it won
        return findings(rule, c, clause_subject(c, start), "customerOf", [named], start, end)
    to = next((k for k in range(end, min(end + 10, c.last)) if c.w(k) == "to"), None)
    if to is None or not any(c.w(k) in AWARDED for k in range(end, to)):
        return []
    subj = clause_subject(c, start)
    return findings(rule, c, subj, "customerOf", object_right(c, to, ("to",), gap=0), start, end)


def _contract_follows(c: Clause, k: int) -> bool:
    """Whether a contract's noun phrase opens at ``k``: "a $12 million contract", "the deal"."""
    if c.w(k) not in {"a", "an", "the", "its", "their"}:
        return False
    for j in range(k + 1, min(k + AWARD_REACH, c.last)):
        if c.w(j) in AWARDED:
            return True
        if j in c.cover or c.w(j) in {",", ";", "to", "for", "by"}:
            return False
    return False


AWARD_REACH = 8  # words from "awarded" to the contract's noun ("a 6.4 million euro ESA contract")


def _awarders_contract(c: Clause, end: int) -> Mention | None:
    """The organisation named just before the contract a winner was awarded: "has been awarded
    a 6.4 million euro ESA contract" (ESA's), not "a contract" alone."""
    for k in range(end, min(end + AWARD_REACH, c.last)):
        if c.w(k) in AWARDED:
            named = c.end_at.get(k)
            return (
                named
                if named is not None and not named.possessive and named.entity.type in ORG_TYPES
                else None
            )
        if c.w(k) in {",", ";", "to", "for", "by"}:
            return None
    return None


def two_way(c: Clause, start: int) -> bool:
    """Whether the deal noun at ``start`` is a supply or licensing deal, which names no
    direction ("a supply agreement"), as goods do ("a chip deal": the buyer signs it)."""
    return any(c.w(k) in TWO_WAY for k in range(max(c.first, start - 3), start))


@cache
def _makers() -> frozenset[str]:
    """Organisations the shipped registry knows to make chips or run a cloud: the parents of
    its Chip and CloudPlatform entities."""
    from aikg.ontology.registry import registry_entities

    return frozenset(
        e.parent for e in registry_entities() if e.type in {"Chip", "CloudPlatform"} and e.parent is not None
    )
