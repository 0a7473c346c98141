"""Ownership and acquisition rules: "Acme acquired Zenith", "Acme owns a 10% stake in Zenith"."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from aikg.extract.mentions import Mention
from aikg.extract.name_kinds import DESCRIPTORS, ORG_NOUNS, ORG_TYPES
from aikg.extract.name_words import POSSESSIVE_MARKS
from aikg.extract.rules.base import Found, Rule, findings, is_org, is_product
from aikg.extract.rules.nouns import CHIP_NOUNS, GOODS_NOUNS, TECH_NOUNS
from aikg.extract.rules.sentence_view import (
    Clause,
    Subject,
    apposed_before,
    coordinated_right,
    object_right,
    past_model_codes,
    topic_organisation,
)
from aikg.extract.rules.shared import company_at, company_meant, share_bought, stake_bought, stock_at
from aikg.extract.rules.subjects import (
    STAKE_IN,
    apposed_np,
    clause_subject,
    contact_antecedent,
    possessor,
    relative_object,
    sentence_antecedent,
    whose_object,
)
from aikg.extract.rules.words import (
    BOUNDARY,
    CLAUSE_WORDS,
    DETERMINERS,
    HOLDING_NOUNS,
    MONEY_WORDS,
    ORGANISATION_ANAPHOR_NOUNS,
    PREPOSITIONS,
    REST_OF,
)
from aikg.extract.versions import is_number
from aikg.ontology.models import Entity

# Words after "sources" that make it the news noun, not the verb of buying.
NEWS_SOURCE_NEXT = frozenset({"told", "said", "say", "says", "familiar", "close", "cited"})
FROM = frozenset({"from"})  # "Zenith, from which Acme buys chips": the seller


def _next_verb_between(c: Clause, lo: int, hi: int) -> bool:
    """Whether "and" opens a second verb with its object between ``lo`` and ``hi`` ("and
    serves the model"), not a second noun ("chips and servers from")."""
    return any(
        c.w(k) == "and"
        and c.alpha(k + 1)
        and c.t.text[k + 1].islower()
        and c.w(k + 1).endswith(("s", "ed"))
        and (c.w(k + 2) in DETERMINERS or k + 2 in c.start_at)  # ("its", "their" are among them)
        for k in range(lo, hi - 2)
    )


def _relative_via_pronoun(c: Clause, subj: Subject | None, start: int) -> list[Mention]:
    """What a relative clause whose subject is "it" leaves out ("18,000 Nvidia GPUs that it
    bought in 2024", "Sentinel Optics, a firm it acquired"): the clause opens before the pronoun,
    not before the company it stands for."""
    k = start - 1
    while c.w(k) in {"has", "have", "had", "also", "then", "later"}:
        k -= 1
    if subj is None or c.w(k) not in {"it", "they"}:
        return []
    if c.w(k - 1) not in {"that", "which"}:
        # "Sentinel Optics, a small lens-calibration firm it acquired in 2024": no relative word
        # (not "8% of Merriton, a stake it bought": what was bought is the stake)
        held = c.w(k - 1) in HOLDING_NOUNS
        return [] if held else contact_antecedent(c, Subject(subj.entities, k))
    # (not "a 9 percent stake in Fathom, which it bought": the stake, what a preposition's name follows)
    return [m for m in relative_object(c, Subject(subj.entities, k)) if c.w(m.start - 1) not in {"in", "of"}]


MAKER_WORDS = frozenset({"chipmaker", "manufacturer"})  # "from the chipmaker": a maker named before
MAKER_FROM_REACH = 8  # tokens from the buying verb to "from the maker": "about 60 of them from"


def acquire(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """Buying: a company (acquires), goods from a supplier (customerOf), a stake (investsIn)."""
    if c.w(end) == "by" or (start > c.first and c.w(start - 1) == "-"):
        return []
    if c.w(end) in NEWS_SOURCE_NEXT:
        return []  # "sources told Reuters", "sources familiar with the talks": the noun, no buying
    subj = clause_subject(c, start)
    if c.w(end) == "it" and (owned_since := _owner_since_bought(c, start)) is not None:
        owner, owned = owned_since  # "Pellucid has been owned by Telus since the telecoms group bought it"
        return findings(rule, c, owner, "acquires", [owned], start, end)
    if c.w(start - 1) == "it" and (doer := _buyer_before_when(c, start - 1)) is not None:
        # "a reader that Veritrace picked up when it acquired": the relative's doer
        relative = c.w(doer.start - 1) in {"that", "which"}
        if relative or subj is None or not any(is_org(e) for e in subj.entities):
            subj = Subject(doer.entities, start - 1, anaphoric=True)
    if c.w(start) in {"order", "orders"} and _noun(c, start):
        return _order(rule, c, start, end, subj)
    if c.w(end) == "control" and c.w(end + 1) == "of":
        # "bought control of Zenith", "... of it" (the company the sentence opened with)
        bought = object_right(c, end + 2, gap=0)
        if not bought and c.w(end + 2) == "it" and (meant := sentence_antecedent(c, end + 2)) is not None:
            bought = [meant]
        return findings(rule, c, subj, "acquires", [m for m in bought if is_org(m.entity)], start, end + 2)
    window = [c.w(k) for k in range(end, min(end + 8, c.last))]
    if "," in window:  # "which bought Orbit, used to share data": the clause ends at its comma
        window = window[: window.index(",")]
    sellers = object_right(c, end, ("from",), gap=11)  # "up to $2 billion worth of chips from"
    if sellers and _next_verb_between(c, end, sellers[0].start):
        sellers = []  # "GPUs it bought last year and serves the model from AWS": the next verb's "from"
    sellers = sellers or relative_object(c, subj, preposed=FROM, bare=False)  # "Zenith, from which Acme buys"
    sellers = sellers or _from_past_aside(c, end)  # "buys underfill — the epoxy that ... — from Corvan"
    if not sellers and not object_right(c, end, gap=3) and (whose := whose_object(c, subj)) is not None:
        if whose[1] in {"shares", "stock", "stake", "equity"}:  # "Zenith, whose shares Acme bought,"
            return findings(rule, c, subj, "investsIn", [whose[0]], start, end)
        goods = whose[1] in GOODS_NOUNS or whose[1] in TECH_NOUNS  # "Zenith, whose chips Acme buys,"
        return findings(rule, c, subj, "customerOf", [whose[0]] if goods else [], start, end)
    if not sellers and c.w(end) == "from":  # "a Minnesota firm that Vantor has bought from since 2023"
        sellers = relative_object(c, subj)
    if not sellers and rule.name == "buy":
        sellers = [m for m in object_right(c, end, ("through", "via"), gap=6) if not is_product(m.entity)]
    # "Qualcomm processors, which Stepwise buys directly from the chipmaker": the maker named
    # ("has purchased about 60 of them from the California manufacturer": past a count and a place)
    at = next((k for k in range(end, min(end + MAKER_FROM_REACH, c.last)) if c.w(k) in {"from", ","}), None)
    if at is not None and c.w(at) == "from" and not sellers and rule.name == "buy" and c.w(at + 1) == "the":
        maker = at + 2 + (c.t.text[at + 2][:1].isupper() and at + 2 not in c.cover)
        named_maker = company_at(c, at + 1, subj) if c.w(maker) in MAKER_WORDS else []
        if named_maker:
            return findings(rule, c, subj, "customerOf", named_maker, start, end)
    if sellers and (buyers := _passive_buyers(c, start, sellers[-1].end)):
        return findings(rule, c, subj, "acquires", buyers, start, end, swap=True)
    if sellers and (bought := _companies_bought(c, end)):
        return findings(rule, c, subj, "acquires", bought, start, end)  # "bought Zenith from Acme": Acme sold
    seller_named = c.w(end) == "from" and end + 1 in c.start_at  # (not "which Acme buys from directly")
    if sellers and seller_named and (sold := [m for m in relative_object(c, subj) if is_org(m.entity)]):
        # "Lipton, which CVC bought from Unilever in 2022": a company bought from its seller
        return findings(rule, c, subj, "acquires", sold, start, end)
    if sellers and STAKE_WORDS & set(window[: window.index("from")] if "from" in window else ()):
        sellers = []  # "bought a 60% stake from Leeds City Council": a seller of shares, no supplier
    if sellers:
        return findings(rule, c, subj, "customerOf", sellers, start, end)
    if (output := _share_of_output(c, end)) is not None:
        return findings(
            rule, c, subj, "customerOf", [output], start, end
        )  # "a large share of Casco Bay's catch"
    stake = STAKE_WORDS & set(window[: SHARES_REACH + 1])
    if REST_OF & set(window[:3]) and (stake or "%" in window[:6] or "percent" in window[:6]):
        # "acquired the remaining stake in Zenith", "bought the remaining 49% of Zenith": all of it
        return findings(rule, c, subj, "acquires", object_right(c, end, ("in", "of"), 8), start, end)
    if not stake and "from" not in window and (issued := _stock_of(c, end)):
        return findings(rule, c, subj, "investsIn", issued, start, end)  # "$400 million of ... shares of"
    if stake:
        stakes = object_right(c, end, ("in", "of"), 8) or relative_object(c, subj, preposed=STAKE_IN)
        stakes = stakes or _shares_named(c, end)
        return findings(rule, c, subj, "investsIn", stakes, start, end)
    if (share := share_bought(c, end)) is not None:  # "buying 49% of Scale AI": a stake, unless most
        return findings(rule, c, subj, stake_bought(share[0]), share[1], start, end)
    objs = object_right(c, end, gap=3) or relative_object(c, subj) or _relative_via_pronoun(c, subj, start)
    objs = objs or _firm_bought(c, end)
    objs = objs or _main_subject_as_it(c, start, end, subj)  # "Ridgewell Compute, which acquired it"
    if not objs and (makers := _goods_made_by(c, end)):
        return findings(rule, c, subj, "customerOf", makers, start, end, strength=0.8)
    if not objs and c.w(end) == "the" and len(c.topic) <= 1:
        # "Acme makes robots. Zenith bought the company in 2020": the one organisation meant
        # ("bought it" may mean a product: not read)
        return findings(rule, c, subj, "acquires", company_meant(c, end, (), 0, subj), start, end)
    out: list[Found] = []
    for o in objs:
        after = c.w(past_model_codes(c, o.end + 1 if o.possessive else o.end))
        unit = _unit_after(c, o.end + 1 if o.possessive else o.end)
        if stock_at(c, o.end + 1 if o.possessive else o.end):
            out += findings(rule, c, subj, "investsIn", [o], start, end)  # "buy Zenith common stock"
        elif unit is not None and o.possessive:
            out += findings(rule, c, subj, "acquires", [o], start, end, strength=0.8)
        elif unit is not None and c.w(unit + 1) == "of":
            out += findings(rule, c, subj, "acquires", _described(c, unit + 2), start, end, strength=0.8)
        elif after in GOODS_NOUNS or after in TECH_NOUNS or after in CHIP_NOUNS or o.possessive:
            out += findings(rule, c, subj, "customerOf", [o], start, end, strength=0.8)
        elif (
            (named := c.start_at.get(o.end)) is not None
            and is_product(named.entity)
            and (c.w(o.start - 1) in {"a", "an"} or is_number(c.t.text[o.start - 1]))
        ):
            # "has bought an Nvidia DGX SuperPOD": the maker's product, from the maker
            out += findings(rule, c, subj, "customerOf", [o], start, end, strength=0.8)
        elif o.start < start and _in_quantity(c, end):
            # "Tern Semiconductor, which Halcyon buys in batches of several thousand": its goods
            out += findings(rule, c, subj, "customerOf", [o], start, end, strength=0.8)
        elif _maker_of_goods_before(c, o) and o.start < start:
            # "cameras made by Axis Communications, which Linewise buys directly": the goods
            out += findings(rule, c, subj, "customerOf", [o], start, end, strength=0.8)
        # "also buys UVeye scanners"; "buys Quill" (a product, not a business bought with it)
        elif _plural_goods(c, past_model_codes(c, o.end)) or (
            rule.name == "buy" and is_product(o.entity) and not _business_bought(c, o, end)
        ):
            out += findings(rule, c, subj, "customerOf", [o], start, end, strength=0.7)
        else:
            out += findings(rule, c, subj, "acquires", [o], start, end)
    return out


QUANTITIES = frozenset({"batches", "bulk", "volume", "volumes", "quantity", "quantities", "lots", "units"})


def _in_quantity(c: Clause, end: int) -> bool:
    """Whether the words after a buying verb at ``end`` tell how much ("in batches of several
    thousand", "in bulk", "by the thousand"): goods bought, never a company."""
    k = end + (c.w(end) in {"directly", "regularly", "mostly"})
    return (c.w(k) == "in" and c.w(k + 1) in QUANTITIES) or (
        c.w(k) == "by" and c.w(k + 2) in {"thousand", "dozen"}
    )


MAKING_PARTICIPLES = frozenset({"made", "built", "designed", "manufactured", "produced", "supplied"})


def _maker_of_goods_before(c: Clause, m: Mention) -> bool:
    """Whether ``m`` is the agent of goods "made by" it ("cameras made by Axis") or their source
    ("chips from Nordic"): what a later "which" refers to is the goods, not the maker."""
    by = m.start - 1
    if c.w(by) == "from":  # "radio chips from Nordic Semiconductor, which Boreal buys" (not
        # "tools from Featurespace, the Cambridge company that Visa acquired")
        return _plural_goods(c, by - 1) and (c.w(m.end), c.w(m.end + 1)) == (",", "which")
    return c.w(by) == "by" and c.w(by - 1) in MAKING_PARTICIPLES and _plural_goods(c, by - 2)


# Words ending in "s" after a bought name that are no goods: the business's parts ("bought Zenith
# shares") or no noun at all ("bought Zenith outright").
BUSINESS_PLURALS = frozenset(
    {"shares", "stakes", "assets", "operations", "businesses", "units", "holdings", "interests"}
) | {"subsidiaries", "divisions", "stores", "outright", "plus", "nowadays", "yes"}


def _plural_goods(c: Clause, k: int) -> bool:
    """Whether a plain plural noun at ``k`` follows the name bought: its maker's goods ("buys
    UVeye scanners", "bought Axis cameras"), not the maker."""
    word, text = c.w(k), c.t.text[k] if c.first <= k < c.last else ""
    return (
        text.isalpha()
        and text.islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in STOP_WORDS
        and word not in BUSINESS_PLURALS
    )


# Nouns for a business a group runs under its own name, as a trade before the name
OWNED_TRADES = frozenset({"service", "brand", "chain", "label", "network", "franchise", "marketplace"})


def _named_trade(c: Clause, end: int) -> list[Mention]:
    """The business named before its trade: "owns the Regal chain", "the Rolla scooter brand",
    "the 600-kiosk Kerbside Cobblers chain" (past a counted modifier)."""
    k = end + 1
    if c.w(k)[:1].isdigit() and c.w(k + 1) == "-" and c.filler(k + 2):
        k += 3
    named = c.start_at.get(k) if c.w(end) == "the" else None
    if named is None or named.possessive or not is_org(named.entity):
        return []
    k = named.end
    while k < named.end + 2 and c.filler(k) and c.w(k) not in OWNED_TRADES:
        k += 1
    return [named] if c.w(k) in OWNED_TRADES else []


def _firm_described(c: Clause, end: int) -> list[Mention]:
    """The organisation named after a description of its trade: "owns the data-centre operator
    QTS", "owns the Taiwanese packager SPIL" (a noun for a business right before the name)."""
    for k in range(end, min(end + 7, c.last)):
        if k in c.start_at:
            m = c.start_at[k]
            # "packager", "operator", "the scooter service Rolla", "the department-store brand Pellham"
            trade = c.w(k - 1) in ORG_NOUNS | OWNED_TRADES or c.w(k - 1).endswith("er")
            return [m] if trade and c.w(end) == "the" and is_org(m.entity) and not m.possessive else []
        if not (c.filler(k) or c.w(k) == "-"):
            return []
    return []


MADE_BY = frozenset({"made", "built", "designed", "manufactured", "produced", "supplied", "sold"})
# words from the buying verb to "made by": "buys and resells inference accelerators made by"
MADE_BY_REACH = 8


def _goods_made_by(c: Clause, end: int) -> list[Mention]:
    """Who made the goods a purchase names by their maker after them: "buys and resells
    inference accelerators made by Tessel Microdevices" (Tessel sold them, directly or not)."""
    for k in range(end, min(end + MADE_BY_REACH, c.last - 1)):
        if k in c.cover or c.w(k) in {",", ";", "that", "which"}:
            return []
        if c.w(k) in MADE_BY and c.w(k + 1) == "by" and c.w(k - 1) in GOODS_NOUNS:
            return [m for m in object_right(c, k + 2, gap=1) if is_org(m.entity) and not m.possessive]
    return []


def _main_subject_as_it(c: Clause, start: int, end: int, subj: Subject | None) -> list[Mention]:
    """What "it" is in a relative clause on another organisation, or in a clause of time after
    a comma: the main clause's subject ("Fathom is part of Ridgewell Compute, which acquired it";
    "Civix has been owned since 2023 by Marlowe, a Texas company that acquired it"; "KeyVerity
    has been owned by Ashgrove since 2024, when Ashgrove bought it")."""
    if c.w(end) != "it" or subj is None:
        return []
    k = start - 1
    while k > c.first and (c.w(k) in {"has", "had", "later", "also", "then", "eventually"}):
        k -= 1
    if c.w(k) not in {"which", "that"}:
        # "KeyVerity has been owned by Ashgrove since 2024, when Ashgrove bought it"
        k = subj.start - 1
        owned = any(c.w(j) in {"owned", "controlled"} and c.w(j + 1) == "by" for j in range(c.first, k))
        if c.w(k) not in {"when", "since", "after"} or not (c.w(k - 1) == "," or owned):
            return []  # ("Zenith has been owned by Acme since Acme bought it": no comma needed)
    ours = {e.id for e in subj.entities}
    before = [m for m in c.mentions if m.start < k]
    if not before or any(is_product(m.entity) for m in before):
        return []  # "sells Quill to Zenith, which bought it": the product may be "it"
    first = before[0]
    return [first] if first.entity.id not in ours and is_org(first.entity) and not first.possessive else []


def _firm_bought(c: Clause, end: int) -> list[Mention]:
    """The organisation bought when a long description of it comes first: "to buy data-labelling
    firm Zenith", "bought the Dutch chip-design startup Zenith". The word before the name is a
    noun for a company, so goods ("bought 2,000 graphics cards from Zenith") are not read."""
    for k in range(end, min(end + 7, c.last)):
        if k in c.start_at:
            m = c.start_at[k]
            named = c.w(k - 1) in ORGANISATION_ANAPHOR_NOUNS and is_org(m.entity) and not m.possessive
            return [m] if named else []
        if not (c.filler(k) or c.w(k) == "-"):
            return []
    return []


STAKE_WORDS = frozenset({"stake", "stakes", "shares", "share", "interest", "equity"})
SHARES_REACH = 6  # words from the buying verb to "shares" ("bought a small block of Anthropic shares")


# What a company owns that a share of is a stake: "a share of Zenith's equity" (beside
# supply.py's OWNERSHIP_NOUNS, what paying for is no purchase of goods).
SHARED_WHOLES = frozenset({"stock", "shares", "equity", "capital", "business", "company", "parent"})


def _share_of_output(c: Clause, end: int) -> Mention | None:
    """The seller when what is bought is "a (large) share of Casco Bay's catch": a part of a
    company's output, not of the company."""
    k = end + (c.w(end) in {"a", "the"})
    while k < end + 4 and c.w(k) != "share" and c.filler(k):
        k += 1
    if c.w(k) != "share" or c.w(k + 1) != "of":
        return None
    owner = c.start_at.get(k + 2)
    if owner is None or not owner.possessive or not is_org(owner.entity):
        return None
    noun = c.w(owner.end + 1)
    return owner if c.t.text[owner.end + 1].islower() and noun not in SHARED_WHOLES else None


def _shares_named(c: Clause, end: int) -> list[Mention]:
    """The company whose name stands right before "shares" after a buying verb ("bought
    Anthropic shares", "a block of Zenith's shares"): a stake in it."""
    for k in range(end, min(end + SHARES_REACH, c.last)):
        if c.w(k) in STAKE_WORDS:
            m = c.end_at.get(k - 1) or c.end_at.get(k)  # (a possessive's mark stands between)
            return [m] if m is not None and is_org(m.entity) else []
    return []


def _business_bought(c: Clause, o: Mention, end: int) -> bool:
    """Whether a product name bought right after the verb is described in apposition ("bought
    Tillbox, a receipts app", "bought Zenith, the chat app"): the business behind it is bought,
    not copies of it."""
    return o.start == end and c.w(o.end) == "," and c.w(o.end + 1) in {"a", "an", "the"}


def _passive_buyers(c: Clause, start: int, after: int) -> list[Mention]:
    """The buyers a passive names after its seller: in "Zenith was bought from Orbit by Acme"
    Acme buys Zenith (Orbit, the seller, is not the one buying)."""
    if c.w(start - 1) not in {"was", "were", "been", "is", "being"}:
        return []
    by = next((k for k in range(after, min(after + 3, c.last)) if c.w(k) == "by"), None)
    if by is None:
        return []
    for k in range(by + 1, min(by + 7, c.last)):  # past "the Dutch tyre maker"
        if k in c.start_at:
            return [m for m in coordinated_right(c, c.start_at[k]) if is_org(m.entity)]
        if c.w(k) in BOUNDARY or c.w(k) in CLAUSE_WORDS or c.w(k) == ",":
            return []
    return []


# What a company sells of itself: "acquired Zenith's retail business", "bought the LPG arm of Zenith".
UNIT_NOUNS = frozenset(
    {
        "business",
        "businesses",
        "division",
        "divisions",
        "unit",
        "units",
        "arm",
        "branch",
        "operation",
        "operations",
        "activities",
        "subsidiary",
        "subsidiaries",
    }
)


def _unit_after(c: Clause, pos: int) -> int | None:
    """Where a unit noun ends the noun phrase that opens at ``pos`` ("retail business", "LPG
    distribution branch", "online and wholesale businesses"), or None."""
    for k in range(pos, min(pos + 5, c.last)):
        if c.w(k) in UNIT_NOUNS:
            return k
        if not (c.filler(k) or (c.w(k) in {"and", ","} and k > pos)):
            return None
    return None


def _described(c: Clause, pos: int) -> list[Mention]:
    """The organisation a phrase at ``pos`` names, past a description: "the Spanish company
    Zenith", "Zenith"."""
    for k in range(pos, min(pos + 6, c.last)):
        if k in c.start_at:
            return [c.start_at[k]] if is_org(c.start_at[k].entity) and not c.start_at[k].possessive else []
        if c.w(k) in BOUNDARY or c.w(k) in CLAUSE_WORDS or c.w(k) == ",":
            return []
    return []


def _companies_bought(c: Clause, end: int) -> list[Mention]:
    """The organisations named as what was bought ("bought Zenith from Acme"), not goods or
    products ("bought Acme chips from Zenith", "bought Jetson modules from Acme")."""
    return [
        o
        for o in object_right(c, end, gap=3)
        if not o.possessive and not c.filler(o.end) and not is_product(o.entity)
    ]


def _noun(c: Clause, pos: int) -> bool:
    """Whether the word at ``pos`` is a noun ("an order", "a $300 million order", "its first
    order", "helped by orders from Zenith"), not a verb ("Acme orders", "will order")."""
    before = c.w(pos - 1)
    return (
        before in DETERMINERS
        or (before in PREPOSITIONS and before != "to")  # "plans to order" is the verb
        or before in {"first", "new"}
        or (c.filler(pos - 1) and pos not in c.end_at)
    )


def _order(rule: Rule, c: Clause, start: int, end: int, subj: Subject | None) -> list[Found]:
    """An order as a noun: "Zenith won an order from Acme" (Acme buys from Zenith); "Acme placed
    an order with Zenith", "issued a purchase order to Zenith" or "for Zenith chips" (Acme buys
    from Zenith)."""
    if c.w(end) == "away" and c.w(end + 1) == "from":
        return []  # "shifted its orders away from Zenith": a supplier left, no buyer
    buyers = object_right(c, end, ("from", "by"), gap=1)
    if buyers:
        return findings(rule, c, subj, "customerOf", buyers, start, end, swap=True)
    sellers = object_right(c, end, ("with", "to"), gap=1)  # "issued a purchase order to Corvane"
    if not sellers:
        # "for Zenith chips", "for Zenith's chips", "for 6,000 of Zenith's Orca chips"
        part = c.start_at.get(end + 3) if is_number(c.w(end + 1)) and c.w(end + 2) == "of" else None
        named = (
            [part]
            if c.w(end) == "for" and part is not None
            else object_right(c, end, ("for",), gap=1, np_gap=4)
        )
        sellers = [
            m
            for m in named
            if (not m.possessive and (c.w(m.end) in GOODS_NOUNS or m.entity.type == "Chip"))
            or (m.possessive and is_org(m.entity) and _goods_after(c, m.end + 1))
        ]
        sellers = [_maker_after_goods(c, m) or m for m in sellers]
    return findings(rule, c, subj, "customerOf", sellers, start, end)


def _maker_after_goods(c: Clause, m: Mention) -> Mention | None:
    """The organisation after "from" that ordered goods ``m`` names come from: "an order for
    about 8,000 H200 chips from Nvidia" (Nvidia sells; H200 is what is sold)."""
    if m.possessive or not is_product(m.entity):
        return None
    k = m.end + (c.w(m.end) in GOODS_NOUNS)
    maker = c.start_at.get(k + 1) if c.w(k) == "from" else None
    return maker if maker is not None and is_org(maker.entity) and not maker.possessive else None


def _goods_after(c: Clause, k: int) -> bool:
    """Whether goods are named at ``k``: a goods noun, or a product name before one ("Orca
    chips")."""
    named = c.start_at.get(k)
    return c.w(k) in GOODS_NOUNS or (
        named is not None and is_product(named.entity) and c.w(named.end) in GOODS_NOUNS
    )


ASIDE_MARKS = frozenset({"—", "–", "-", ","})
GOODS_ASIDE_REACH = 24  # tokens of an aside explaining the goods, up to its closing mark


def _from_past_aside(c: Clause, end: int) -> list[Mention]:
    """The sellers after "from" past an aside that explains the goods bought ("buys underfill
    — the epoxy that fills the gaps between a die and its substrate — from Corvan")."""
    opening = next((k for k in range(end + 1, min(end + 3, c.last)) if c.w(k) in ASIDE_MARKS), None)
    if opening is None or (c.w(opening) == "-" and not c.spaced(opening)):
        return []  # ("chip-level": a hyphen inside a word)
    mark = c.w(opening)
    for k in range(opening + 1, min(opening + GOODS_ASIDE_REACH, c.last - 1)):
        if k in c.cover:
            return []  # a name inside: another clause's, not the goods' description
        if c.w(k) == mark and c.w(k + 1) == "from":
            return object_right(c, k + 2, gap=1)
    return []


# What is held that is no holding: "held talks", "holds a meeting".
MEETINGS = frozenset({"talks", "discussions", "negotiations", "meetings", "conversations"})


TAKING = frozenset({"take", "takes", "took", "taken", "taking"})


def own(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme owns Zenith" (parentOf); "Acme owns a 10% stake in Zenith" (investsIn)."""
    if c.w(end) == "by" or (
        start > c.first
        and (c.w(start - 1) in {"-", "its", "their", "his", "her", "our", "my", "your"} | POSSESSIVE_MARKS)
    ):
        return []  # a passive, a compound, or "its own", "Orbit's own cloud": not ownership
    if (
        c.w(start) in {"hold", "holds", "held", "holding"}
        and c.w(end + (c.w(end) in {"early", "preliminary"})) in MEETINGS
    ):
        return []  # "has held talks about a stake in Zenith": talked of, not held
    window = {c.w(k) for k in range(end, min(end + 5, c.last))}
    if c.w(start) in TAKING | RETAINING and window.isdisjoint({"stake", "stakes", "interest", "holding"}):
        return []  # "took part in", "took 10% of the market": only a stake taken is one held
    subj = clause_subject(c, start)
    if window & {"stake", "stakes", "shares", "share", "%", "percent", "cent", "pct", "interest", "equity"}:
        stakes: list[Mention | Entity] = list(object_right(c, end, ("in", "of"), 8))
        stakes = stakes or list(_stock_of(c, end))  # "6.2% of the outstanding common stock of Valdris"
        stakes = stakes or company_meant(c, end, ("in", "of"), 8, subj)  # "12% of the company"
        if not stakes:  # "Zenith, in which Acme holds a stake"
            stakes = list(relative_object(c, subj, preposed=STAKE_IN))
            # (not "a round led by Lightspeed, in which Google also took a stake": the round's)
            stakes = [m for m in stakes if not (isinstance(m, Mention) and _round_leader(c, m))]
        if not stakes and (held := _stake_in_first_subject(c, start, end)) is not None:
            subj, stakes = held
        if not stakes and (whose := _bare_stake_in(c, end, subj)) is not None:
            stakes = [whose]  # "Zenith makes drones. Lockheed still holds a minority stake."
        pred = "parentOf" if _majority(c, end, subj) else "investsIn"  # "owns 52% of it": a parent
        return findings(rule, c, subj, pred, stakes, start, end)
    if stock := _stock_of(c, end):  # "owns a chunk of CoreWeave's equity"
        return findings(rule, c, subj, "investsIn", stock, start, end)
    if c.w(start) in {"hold", "holds", "held", "holding"}:
        return []  # "holds talks", "held a meeting": holding is ownership only of a stake
    if c.w(start) == "owned" and c.w(end) in UNIT_NOUNS:
        return []  # "the wholly owned subsidiary Halvor created": an adjective (roles read the noun)
    owned = object_right(c, end, gap=2) or relative_object(c, subj)  # "Zenith, which Acme owns,"
    owned = owned or _firm_described(c, end) or _named_trade(c, end)  # "the data-centre operator QTS"
    owned = owned or _brands_named(c, end)  # "owns the rental brands Cove & Current and Lakeline"
    # "owns 18,000 Nvidia GPUs": goods bought from their maker, not the maker
    goods = [m for m in owned if isinstance(m, Mention) and _goods_after(c, m.end + m.possessive)]
    return findings(rule, c, subj, "parentOf", [m for m in owned if m not in goods], start, end) + findings(
        rule, c, subj, "customerOf", goods, start, end, strength=0.7
    )


BRAND_NOUNS = frozenset({"brand", "brands", "chain", "chains", "label", "labels", "banner", "banners"})
BRAND_REACH = 5  # words from "owns" to the brand noun: "the rental brands", "two regional chains"


def _brands_named(c: Clause, end: int) -> list[Mention]:
    """The businesses named after "the ... brands" an owner owns, places between them aside
    ("the rental brands Cove & Current in California and Lakeline in the Great Lakes region")."""
    k = next((k for k in range(end, min(end + BRAND_REACH, c.last)) if c.w(k) in BRAND_NOUNS), None)
    if k is None or any(j in c.cover for j in range(end, k)):
        return []
    first = c.start_at.get(k + 1)
    if first is None:
        return []
    named = [first]
    j = first.end
    while j < c.last:
        j = _past_place_after(c, j)  # ("in California")
        joint = j + (c.w(j) == "," and c.w(j + 1) == "and")  # ", and"
        m = c.start_at.get(joint + 1) if c.w(joint) in {",", "and"} else None
        if m is None:
            break
        named.append(m)
        j = m.end
    return [m for m in named if not m.possessive]


PLACE_AFTER_REACH = 6  # words of "in the Great Lakes region" after a brand's name


def _past_place_after(c: Clause, k: int) -> int:
    """Past a phrase of place opening at ``k`` ("in California", "in the Great Lakes region")."""
    if c.w(k) != "in" or k + 1 in c.cover:
        return k
    j = k + 1 + (c.w(k + 1) == "the")
    start = j
    while j < min(k + PLACE_AFTER_REACH, c.last) and j not in c.cover and c.t.text[j][:1].isupper():
        j += 1
    if j == start:
        return k
    return j + (c.w(j) in {"region", "area", "state", "province"})


def _bare_stake_in(c: Clause, end: int, subj: Subject | None) -> Entity | None:
    """The company a stake named with no "in" or "of" after it is in ("Lockheed still holds a
    minority stake", "Garrow retains a 15% stake"): the topic, when the sentence names no
    other organisation."""
    k = next((k for k in range(end, min(end + 5, c.last)) if c.w(k) in {"stake", "stakes"}), None)
    if k is None or c.w(k + 1) in {"in", "of", "worth", "that", "which"} or subj is None or subj.anaphoric:
        return None
    if any(m.entity not in subj.entities and is_org(m.entity) for m in c.mentions):
        return None  # another organisation in the sentence: whose stake is not sure
    topic = topic_organisation(c)
    return topic if topic is not None and topic not in subj.entities else None


def _stock_of(c: Clause, end: int) -> list[Mention]:
    """The company whose shares a stake is a part of: "owns 6.2% of the outstanding common
    stock of Valdris" (past the shares' own words to their "of")."""
    for k in range(end, min(end + STOCK_REACH, c.last)):
        if c.w(k) in {"stock", "shares", "equity"} and c.w(k + 1) in {"of", "in"}:
            named = c.start_at.get(k + 2)
            return [named] if named is not None and is_org(named.entity) else []
        owner_at = k - 1 - (c.w(k - 1) in STOCK_CLASSES)  # "Velorum Holdings' preferred stock"
        if c.w(k) in {"stock", "shares", "equity"} and (whose := c.end_at.get(owner_at)) is not None:
            # "owns a chunk of CoreWeave's equity" (not "CoreWeave's equity research team")
            held = whose.possessive and is_org(whose.entity) and not c.alpha(k + 1)
            return [whose] if held or c.w(k + 1) in {"and", "but", "while"} else []
    return []


STOCK_CLASSES = frozenset({"preferred", "common", "ordinary", "voting", "class"})
STOCK_REACH = 10  # words from "owns" to "stock of" ("approximately 6.2% of the outstanding common stock of")


def _majority(c: Clause, end: int, subj: Subject | None) -> bool:
    """Whether the stake held from ``end`` on is more than half, and held by one owner alone:
    "owns 52% of", "a 60 percent stake in", "a majority stake in" (the annotations' parentOf
    for majority owners); not "Acme and Orbit together own 100 per cent of", each a part."""
    if subj is None or len(subj.entities) != 1 or {"together", "jointly"} & set(c.words):
        return False
    for k in range(end, min(end + 4, c.last)):
        if c.w(k) == "majority":
            return True
        if is_number(c.w(k)) and c.w(k + 1) in {"%", "percent", "per"}:
            return float(c.w(k).replace(",", "")) > 50
    return False


VENTURE_WORDS = frozenset({"the", "a", "its", "their", "50-50", "50/50", "new", "-", "equally", "owned", "%"})
VENTURE_REACH = 5  # words from the comma to "joint venture": ", a 50/50 joint venture"


def joint_venture_of(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Bleu, the joint venture of Orange and Capgemini": each owner is the venture's parent
    (a venture "with" someone is a partnership, which ``between`` reads)."""
    k = start - 1
    while k > c.first and start - k <= VENTURE_REACH and (c.w(k) in VENTURE_WORDS or is_number(c.w(k))):
        k -= 1  # "a 50/50 joint venture", "the new equally owned joint venture"
    venture = apposed_before(c, k + 1) if c.w(k) == "," else None
    if venture is None or not is_org(venture.entity):
        return []
    owners = [m for m in object_right(c, end, gap=1) if is_org(m.entity) and m.entity.id != venture.entity.id]
    return [
        f
        for m in owners
        for f in findings(rule, c, Subject((m.entity,), m.start), "parentOf", [venture], start, end)
    ]


# What may stand between an owned name and "belongs to": "Tagwell has belonged to", "Zenith,
# which now belongs to", "Varden itself belongs to".
BELONGING_FILLERS = frozenset({"itself", "now", "still", "also", "today", ",", "which", "that", "has", "had"})


RETAINING = frozenset({"retain", "retains", "retained", "retaining"})  # only a stake kept
TIME_JOINERS = frozenset({"when", "after", "before", "once", "as"})


def _round_leader(c: Clause, m: Mention) -> bool:
    """Whether ``m`` is the agent of "led by" or "co-led by" (a round's leader)."""
    return c.w(m.start - 1) == "by" and c.w(m.start - 2) == "led"


def _owner_since_bought(c: Clause, start: int) -> tuple[Subject, Mention] | None:
    """The owner and the owned of "X has been owned by Y since the <group> bought it": the
    unnamed buyer is the owner the clause before names, "it" the owned."""
    k = start - 1
    while k > c.first and start - k <= 4 and c.w(k) != "the" and c.alpha(k) and c.t.text[k].islower():
        k -= 1
    nouns = {c.w(j) for j in range(k + 1, start)}
    if (
        c.w(k) != "the"
        or nouns.isdisjoint(ORGANISATION_ANAPHOR_NOUNS)
        or c.w(k - 1) not in {"since", "when", "after"}
    ):
        return None
    by = next(
        (j for j in range(k - 2, c.first, -1) if c.w(j) in {"owned", "controlled"} and c.w(j + 1) == "by"),
        None,
    )
    if by is None:
        return None
    owners = [m for m in object_right(c, by + 2, gap=3) if is_org(m.entity) and not m.possessive]
    subj = clause_subject(c, by)
    named = next(
        (m for m in c.mentions if subj is not None and m.entity in subj.entities and m.start < by), None
    )
    if not owners or named is None or named.entity.id == owners[0].entity.id or not is_org(named.entity):
        return None
    return Subject((owners[0].entity,), owners[0].start), named


def _buyer_before_when(c: Clause, it: int) -> Subject | None:
    """The organisation "it" means in "when it bought" after a clause that names one as its
    doer ("the team Cinder picked up when it bought Gridwise": Cinder, not the team's product)."""
    if c.w(it - 1) not in TIME_JOINERS:
        return None
    orgs = [m for m in c.mentions if m.end <= it - 1 and is_org(m.entity) and not m.possessive]
    return Subject((orgs[-1].entity,), orgs[-1].start) if orgs else None


GROUP_ENDINGS = ("group", "holdings")


def group_company(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Quorra Systems is a Halvard Group company": one of the group's companies, its unit (a
    group or holding company's name only: "a Y Combinator company" is a portfolio's)."""
    group = c.end_at.get(start)
    if group is None or group.possessive or not group.entity.label.lower().endswith(GROUP_ENDINGS):
        return []
    if c.w(group.start - 1) not in {"a", "an"}:
        return []
    before = group.start - 2
    if c.w(before) in {"is", "was", "remains", "became"}:
        member = clause_subject(c, before)
    elif c.w(before) == "," and (named := c.end_at.get(before)) is not None and not named.possessive:
        member = Subject((named.entity,), named.start)  # "Quorra, a Halvard Group company,"
    else:
        return []
    return findings(rule, c, member, "subsidiaryOf", [group], start, end)


BELONG_REACH = 10  # words from "to which" to its verb: "the discount chains Lidl and Kaufland also"


def to_which_belong(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Stackit, the cloud of the Schwarz Group, to which the discount chains Lidl and Kaufland
    also belong": the group owns the names the relative clause lists."""
    owner = c.end_at.get(start - 1) if c.w(start - 1) == "," else None
    if owner is None or owner.possessive or not is_org(owner.entity):
        return []
    verb = next(
        (
            k
            for k in range(end, min(end + BELONG_REACH, c.last))
            if c.w(k) in {"belong", "belongs", "belonged"}
        ),
        None,
    )
    if verb is None:
        return []
    members = [
        m for m in c.mentions if end <= m.start and m.end <= verb and is_org(m.entity) and not m.possessive
    ]
    return [
        f
        for m in members
        for f in findings(rule, c, Subject((owner.entity,), owner.start), "parentOf", [m], start, end)
    ]


def belongs_to(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Varden itself belongs to Marvell Technology": its owner; a product that belongs to a
    company is that company's ("Both products now belong to Calder"); "Kaldera, a manufacturer
    that, like Sentiro, belongs to the industrial group Ostrander A/S": Kaldera and Sentiro."""
    subj = clause_subject(c, start)
    rel = subj.start - 3 if subj is not None else 0
    if c.w(rel) in {"that", "which"} and c.w(rel + 1) == "," and c.w(rel + 2) == "like":
        antecedent = apposed_np(c, rel)  # ("that, like Sentiro, belongs": the subject read is Sentiro)
        subj = Subject((antecedent.entity,), antecedent.start) if antecedent is not None else subj
    # "belongs to the industrial group Ostrander A/S": a description before the owner's name
    owners = [m for m in object_right(c, end, gap=4) if is_org(m.entity) and not m.possessive]
    named = c.start_at.get(subj.start) if subj is not None else None
    if subj is None or named is None or not owners:
        return []
    # past the subject's list ("Acme and Zenith belong to"), or into its relative clause
    last = max(m.end for m in c.mentions if m.entity in subj.entities and subj.start <= m.start < start)
    relative = next((k for k in range(start - 1, last - 1, -1) if c.w(k) in {"that", "which"}), None)
    lo = relative + 1 if relative is not None and c.w(last) == "," else last
    if c.w(lo) == "," and c.w(lo + 1) == "like" and (like := c.start_at.get(lo + 2)) is not None:
        lo = like.end + (c.w(like.end) == ",")  # ", like Sentiro,": it belongs to the owner too
        if like.entity not in subj.entities and is_org(like.entity):
            subj = Subject((*subj.entities, like.entity), subj.start)
    between = (c.w(k) for k in range(lo, start))
    if not all(w in BELONGING_FILLERS or w.endswith("ly") for w in between):
        return []  # "The accounts that Anthropic shut down belonged to Glowline": the accounts did
    products = [e for e in subj.entities if not is_org(e)]
    firms = [e for e in subj.entities if is_org(e)]
    out: list[Found] = []
    for group, pred in ((firms, "subsidiaryOf"), (products, "develops")):
        if group:  # (a product's owner develops it)
            out += findings(
                rule, c, Subject(tuple(group), subj.start), pred, owners, start, end, swap=pred == "develops"
            )
    return out


def set_up(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "SoftBank set up SB Intuitions to build models": an organisation a company founds is its
    own (a product it sets up is a development, which other rules read)."""
    if c.w(end) == "by" or (start > c.first and c.w(start - 1) == "-"):
        return []
    founded = [m for m in object_right(c, end, gap=1) if is_org(m.entity) and not m.possessive]
    return findings(rule, c, clause_subject(c, start), "parentOf", founded, start, end)


FORMED_UNITS = UNIT_NOUNS | {"subsidiary", "fund", "lab", "labs", "team", "group", "venture", "company"}
UNIT_REACH = 5  # words from a unit's name to its noun: ", the consumer division"


def formed(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Microsoft AI, the consumer division Microsoft formed in 2024", "Meta Superintelligence
    Labs, the AI division it formed last year": a unit an organisation forms is its own."""
    if c.w(end) == "by" or (start > c.first and c.w(start - 1) == "-"):
        return []
    subj = clause_subject(c, start)
    if subj is None or not all(is_org(e) for e in subj.entities):
        return []
    units = [
        m for m in relative_object(c, subj) if isinstance(m, Mention) and is_org(m.entity) and _a_unit(c, m)
    ]
    return findings(rule, c, subj, "parentOf", units, start, end)


def _a_unit(c: Clause, m: Mention) -> bool:
    """Whether an apposition after ``m`` calls it a unit ("Zenith, the AI division ...")."""
    if c.w(m.end) != ",":
        return False
    return any(c.w(k) in FORMED_UNITS for k in range(m.end + 1, min(m.end + 1 + UNIT_REACH, c.last)))


def _stake_in_first_subject(c: Clause, start: int, end: int) -> tuple[Subject, list[Mention | Entity]] | None:
    """Whose stake a second clause's holder has when it names none ("Acme is majority-owned by
    Zenith, and the pension fund Orbit holds a minority stake"): the first clause's subject.
    The holder is the name between ", and" and the verb (Orbit), not the list before it."""
    k = end
    while k < c.last and (c.filler(k) or c.w(k) in HELD_SHARE_WORDS or is_number(c.w(k))):
        k += 1
    if c.w(k) not in {".", ",", ";", ""}:
        return None  # "holds a stake in ...", "holds shares of ...": the rule above reads those
    joint = next((j for j in range(start - 1, c.first, -1) if _joins_second_holder(c, j)), None)
    holders = [m for m in c.mentions if joint is not None and joint < m.start and m.end <= start]
    holders = [m for m in holders if is_org(m.entity)]
    if joint is None or not holders or (len(holders) > 1 and c.w(joint) != "with"):
        return None  # ", with Bosch, Infineon and NXP each holding 10%": a list only after "with"
    verb = next((j for j in range(c.first, joint) if c.w(j) in {"is", "was", "has", "had"}), None)
    if verb is None:
        return None
    first = clause_subject(c, verb)
    if first is None or len(first.entities) != 1 or any(m.entity.id == first.entities[0].id for m in holders):
        return None
    owner = first.entities[0]
    invested = next(
        (m for m in c.mentions if verb < m.start < joint and c.w(m.start - 1) in {"in", "into"}), None
    )
    between = c.words[verb - c.first : invested.start - c.first] if invested is not None else []
    if invested is not None and not INVESTED_WORDS.isdisjoint(between):
        owner = invested.entity  # "Amazon has invested $8bn in Anthropic, and Google also holds a stake"
    held = Subject(tuple(m.entity for m in holders), holders[0].start)
    return (held, [owner]) if owner.type in ORG_TYPES else None


# What a second holder's stake may say of itself: "holds the remaining 30 percent", "each holding 10%".
HELD_SHARE_WORDS = frozenset({"stake", "stakes", "remaining", "rest", "%", "percent", "cent", "per"})


def _joins_second_holder(c: Clause, j: int) -> bool:
    """Whether the word at ``j`` opens a second holder's clause after the first owner's: ", and",
    ", with" or ";"."""
    return (c.w(j) in {"and", "with"} and c.w(j - 1) == ",") or c.w(j) == ";"


INVESTED_WORDS = frozenset({"invested", "stake", "stakes", "backed", "shares"})


def sale_to(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith is exploring a sale to Acme": Acme would acquire Zenith (one sale, not "sales to",
    which is revenue; not "the sale of its unit to", a divestiture)."""
    if c.w(start - 1) not in DETERMINERS | {"possible", "potential", "proposed", "planned"}:
        return []
    buyers = [m for m in object_right(c, end, gap=1) if not m.possessive]
    return findings(rule, c, clause_subject(c, start), "acquires", buyers, start, end, swap=True)


def taken_over_by(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith's acquisition by Acme", "its takeover by Acme" (the possessor is bought; "Following
    its acquisition by Acme, Zenith ..." names it after the phrase)."""
    buyers = [m for m in object_right(c, end, gap=1) if not m.possessive and is_org(m.entity)]
    if not buyers:
        return []
    k = start - 1
    while k > c.first and c.filler(k) and c.w(k) not in {"its", "their", "'s", "’s"}:
        k -= 1  # "Zenith's $2 billion acquisition by"
    if c.w(k) not in {"its", "their", "'s", "’s"}:
        return []  # "the acquisition by Acme": of what, the phrase does not say
    bought = _opening_phrase_names(c, k) if c.w(k) in {"its", "their"} else None
    bought = bought or possessor(c, start)
    if bought is None or bought.anaphoric:
        return []
    return findings(rule, c, bought, "acquires", buyers, start, end, swap=True, nominal=True)


TAKING_CONTROL = frozenset({"take", "takes", "took", "taking", "taken", "gain", "gains", "gained", "seized"})


def control_of(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme took (full) control of Zenith", "gained control of": Acme acquires Zenith (not
    "export controls", nor "Acme controls Zenith", which the ownership rule reads)."""
    k = start - 1
    while k > c.first and c.w(k) in {"full", "majority", "effective", "complete", "total", "operational"}:
        k -= 1
    if c.w(k) not in TAKING_CONTROL:
        return []
    taken = [m for m in object_right(c, end, gap=1) if is_org(m.entity) and not m.possessive]
    return findings(rule, c, clause_subject(c, k), "acquires", taken, k, end)


def offer_received(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith rejected Acme's takeover offer", "Zenith is weighing Acme's buyout bid": the
    possessor bids for the clause's subject (the verb before says what came of it)."""
    if c.w(end) in {"for", "from", "of"}:
        return []  # "takeover offer for Zenith", "... from Acme": other rules read those
    bidder = c.end_at.get(start - 1) if c.w(start - 1) in {"'s", "’s"} else None
    if bidder is None or c.w(bidder.start - 1) not in OFFER_VERBS:
        return []  # "Orbit criticised Acme's takeover bid": the critic is no target
    target = clause_subject(c, bidder.start - 1)
    named = c.start_at.get(target.start) if target is not None and not target.anaphoric else None
    if named is None or named.possessive or bidder.entity.id == named.entity.id:
        return []
    return findings(rule, c, Subject((bidder.entity,), bidder.start), "acquires", [named], start, end)


# What a target does with a bid: the verb's own cue gives the status ("rejected": negated;
# "weighing": speculative; "accepted": agreed).
OFFER_VERBS = frozenset(
    {"rejected", "rejects", "rebuffed", "rebuffs", "spurned", "spurns", "accepted", "accepts"}
    | {"weighing", "considering", "reviewing", "weighs", "considers", "reviews"}
)


# What an approach or talks are about, and the relation a deal of that kind makes.
TALKED_ABOUT = {
    **dict.fromkeys(("takeover", "acquisition", "buyout", "purchase", "sale"), "acquires"),
    **dict.fromkeys(("investment", "stake", "funding"), "investsIn"),
    **dict.fromkeys(("partnership", "alliance", "collaboration", "tie-up"), "partnerOf"),
}


def approach_about(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme approached Zenith about a takeover", "Acme held talks with Zenith about an
    investment": the deal talked about, with the subject as its party (hedged by the talks)."""
    other = next(iter(object_right(c, end, gap=0)), None)
    if other is None or other.possessive or not is_org(other.entity):
        return []
    if c.w(other.end) not in {"about", "over", "regarding", "on"}:
        return []
    about = range(other.end + 1, other.end + 4)
    kind = next((TALKED_ABOUT[c.w(k)] for k in about if c.w(k) in TALKED_ABOUT), None)
    if kind is None:
        return []
    return findings(rule, c, clause_subject(c, start), kind, [other], start, end)


OPENING_PREPOSITIONS = frozenset({"following", "after", "since", "before", "upon", "despite", "amid"})


def _opening_phrase_names(c: Clause, its: int) -> Subject | None:
    """Who "its" is in a phrase opening the sentence: the name after the phrase's comma
    ("Following its acquisition by Acme, Zenith cut jobs": Zenith)."""
    if its - 1 != c.first or c.w(its - 1) not in OPENING_PREPOSITIONS:
        return None
    comma = next((j for j in range(its, min(its + 12, c.last)) if c.w(j) == ","), None)
    m = c.start_at.get(comma + 1) if comma is not None else None
    return Subject((m.entity,), m.start) if m is not None and not m.possessive else None


PLANNED = frozenset({"planned", "proposed", "potential", "possible", "pending", "agreed"})


def sale_of(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "the sale of Zenith to Orbit", "a sale of Zenith to Orbit": Orbit acquires Zenith (a
    company sold; a product's sales are revenue)."""
    sold = c.start_at.get(end) or _described_company(c, end)
    if sold is None or sold.possessive or sold.entity.type not in {"Company", "ResearchLab"}:
        return []
    if c.w(sold.end) != "to":
        return []
    buyers = [m for m in object_right(c, sold.end + 1, gap=1) if not m.possessive and is_org(m.entity)]
    # the status is the clause's: "Acme is weighing a sale of", "Regulators blocked the
    # (410 million pound) sale of"
    k = start
    while (
        k > c.first
        and start - k < SALE_OPENING
        and (
            c.w(k - 1) in DETERMINERS
            or c.w(k - 1) in PLANNED
            or c.w(k - 1) in MONEY_WORDS
            or is_number(c.w(k - 1))
        )
    ):
        k -= 1
    actor = clause_subject(c, start)
    opens = min(k, actor.start) if actor is not None else k
    sale = Subject((sold.entity,), opens)  # the window runs to the buyer: "... to Orbit collapsed"
    return findings(rule, c, sale, "acquires", buyers, start, end, swap=True)


SALE_OPENING = 6  # words before "sale": "the planned 410 million pound"
DESCRIBED_REACH = 4  # words of a description before the name: "Bristol chip designer Ferrin"


def _described_company(c: Clause, k: int) -> Mention | None:
    """The company a bare description opening at ``k`` ends in: "(the sale of) Bristol chip
    designer Ferrin", whose last word is a company noun."""
    for n in range(k + 1, min(k + DESCRIBED_REACH + 1, c.last)):
        if n in c.start_at:
            trade = c.w(n - 1)  # "designer", "chipmaker"
            company = trade in ORG_NOUNS or DESCRIPTORS.get(trade) in ORG_TYPES
            return c.start_at[n] if company else None
        if n - 1 in c.cover or not (c.t.text[n - 1].islower() or c.t.text[n - 1].istitle()):
            return None
    return None


def merge(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith merged into Acme": Acme takes Zenith in. "Merged with" is left alone: it is as
    often a merger of equals ("merged with Zenith to form ...") as a purchase."""
    subj = clause_subject(c, start)
    others = [m for m in object_right(c, end, gap=1) if not m.possessive and is_org(m.entity)]
    return findings(rule, c, subj, "acquires", others, start, end, swap=True)


# Kinds of deal that buy something other than the company: "a $2bn chip deal for Zenith".
DEAL_KINDS = GOODS_NOUNS | TECH_NOUNS | {"cloud", "compute", "licensing", "supply", "content", "data"}


def deal_for(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme's $1.2 billion deal for Zenith closed": a priced deal for a company is buying it;
    without an amount ("a deal for Zenith's chips", "a cloud deal for Zenith") it is not."""
    before = range(max(c.first, start - 5), start)
    if not any(c.w(k) == "$" or is_number(c.t.text[k]) for k in before) or c.w(start - 1) in DEAL_KINDS:
        return []
    bought = [
        m
        for m in object_right(c, end, gap=1)
        if not m.possessive and is_org(m.entity) and c.w(m.end) not in DEAL_KINDS and c.w(m.end) != "to"
    ]
    return findings(rule, c, possessor(c, start), "acquires", bought, start, end)
