"""Role nouns, compounds and product naming, which state development and most other predicates
without a verb: "Zenith, a subsidiary of Acme", "Acme-backed Zenith", "Acme's chatbot, Nimbus",
"Acme counts Zenith among its customers".
"""

from __future__ import annotations

from collections.abc import Sequence

from aikg.extract.mentions import Mention
from aikg.extract.name_kinds import ORG_NOUNS, ORG_TYPES, PRODUCT_TYPES
from aikg.extract.name_words import POSSESSIVE_MARKS
from aikg.extract.products import NUMBER_WORDS, quantity
from aikg.extract.rules.base import Found, Rule, findings, is_org, is_product, makes_products, productish
from aikg.extract.rules.investment import ROUND_NOUNS, raiser_before
from aikg.extract.rules.nouns import (
    BACKER_NOUNS,
    GOODS_NOUNS,
    IRREGULAR_PAST,
    LIST_OPENERS,
    PRODUCT_PLURALS,
    PRODUCT_WHOLES,
    ROLE_PREPS,
    ROLES,
    qualifier_word,
)
from aikg.extract.rules.sentence_view import (
    DASHES,
    PLACED,
    Clause,
    Subject,
    apposed_before,
    apposed_head,
    coordinated_left,
    coordinated_right,
    hyphened_gap,
    hyphened_reach,
    name_before_apposition,
    object_right,
    past_place_possessive,
    topic_organisation,
    where_antecedent,
    whose_antecedent,
)
from aikg.extract.rules.shared import (
    BUYING,
    FABRICATING,
    FUND_PARTNERS,
    goods_at,
    registry_designed_by_another,
)
from aikg.extract.rules.subjects import (
    after_preposition,
    apposed_np,
    clause_start,
    clause_subject,
    known_place,
    other_organisation,
    product_owner,
    sentence_antecedent,
)
from aikg.extract.rules.words import (
    AUX,
    BOUNDARY,
    CLAUSE_WORDS,
    CONJUNCTIONS,
    COPULA,
    NAMING_WORDS,
    ORDINALS,
    ORGANISATION_ANAPHOR_NOUNS,
    PREPOSITIONS,
    SPEECH,
    STAFF_NOUNS,
    STANDING_ADVERBS,
)
from aikg.extract.undoing import DEAL_NOUNS, past_apposition
from aikg.ontology.models import Entity

APPOSITION_REACH = 16  # words of an apposition between a counted name and "among" (a relative clause too)


def counts_among(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme counts Zenith and Orbit among its customers": each holds the role for Acme."""
    pred, forward = ROLES[c.w(end - 1)]
    members, joined = c.end_at.get(start), False
    if members is None and c.w(start - 1) in {"group", "family"} and start - 1 in c.end_at:
        members = c.end_at[start - 1]  # "counts the Deoleo group among its customers"
    if members is None:  # "counts Zenith and several Dutch banks among its investors": the named ones
        k = start
        while k > c.first and c.w(k - 1) not in CONJUNCTIONS and c.filler(k - 1):
            k -= 1
        if k < start and c.w(k - 1) in CONJUNCTIONS | {","}:
            members, joined = c.end_at.get(k - 1), c.w(k - 1) in CONJUNCTIONS
    if members is None and c.w(start - 1) == ",":  # "counts M12, Microsoft's venture fund, among"
        comma = next(
            (j for j in range(start - 2, max(c.first, start - APPOSITION_REACH), -1) if c.w(j) == ","), None
        )
        members = c.end_at.get(comma) if comma is not None else None
    subj = clause_subject(c, members.start if members is not None else start)
    if members is None or subj is None:
        return []
    listed = coordinated_left(c, members, objects=True, joined=joined)
    # The window runs from the counting company, so its verb's "no longer" or "not" is read.
    holders = Subject(tuple(m.entity for m in listed), min(listed[0].start, subj.start))
    return findings(rule, c, holders, pred, subj.entities, start, end, swap=not forward)


def compound(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme-backed Zenith", "Acme-owned Nimbus", "Acme-powered Nimbus"."""
    left = c.end_at.get(start)
    if left is None:
        return []
    right = c.mention_after(end, limit=3, comma=False)
    if right is None and c.w(left.start - 1) in {"the", "a", "an", "another"}:
        right = apposed_before(c, left.start - 1)  # "Arm, the Acme-owned chip designer", "another"
    if right is None:
        return []
    pred, forward = {
        "backed": ("investsIn", True),
        "funded": ("investsIn", True),
        "financed": ("investsIn", True),
        "owned": ("parentOf", True),
        "controlled": ("parentOf", True),
        "developed": ("develops", True),
        "built": ("develops", True),
        "made": ("develops", True),
        "created": ("develops", True),
        "designed": ("develops", True),
        "powered": ("usesTechnologyOf", False),
        "hosted": ("hostedOn", False),
    }[c.w(end - 1)]
    if pred == "develops" and not productish(right.entity):
        return []
    subj = Subject((left.entity,), left.start)
    return findings(rule, c, subj, pred, [right], start, end, swap=not forward, nominal=True)


# Nouns a role noun only qualifies: "its customer base" names no customer.
ROLE_AS_MODIFIER = frozenset(
    {
        "number",  # "its part number PS-1": a code, no unit
        "numbers",
        "base",
        "bases",
        "service",
        "support",
        "data",
        "list",
        "lists",
        "programme",
        "program",
        "ecosystem",
        "count",
        "target",  # "Acme's acquisition target": not bought yet
        "targets",
        "spree",
        "strategy",
        "talks",
        "plans",
        "deal",
        "deals",
    }
)


def _product_whole_after(c: Clause, k: int) -> bool:
    """Whether the phrase at ``k`` after "part of" names a product whole: a name, then one of
    ``PRODUCT_WHOLES`` ("the Tern stack", "Acme's model lineup")."""
    k += c.w(k) in {"the", "a", "an"}
    named = c.start_at.get(k)
    if named is None:
        return False
    j = named.end + named.possessive
    while c.filler(j) and c.w(j) not in PRODUCT_WHOLES and j - named.end < 3:
        j += 1
    return c.w(j) in PRODUCT_WHOLES


# Nouns after "holding" that make it a body, not a stake held.
HOLDING_BODIES = frozenset({"company", "companies", "group", "firm", "entity", "vehicle", "arm", "fund"})


OWNER_MARKS = POSSESSIVE_MARKS | {"its", "their"}  # what stands before a role its owner holds


# What may stand between a name and its role noun: "Zenith-backed" ("-"), "a Databricks
# technology partner", "an Nvidia cloud partner".
PARTNER_KINDS = frozenset({"-", "technology", "cloud", "channel", "strategic", "preferred", "reseller"})
DERIVED = frozenset({"fork", "derivative", "distillation", "finetune", "tune"})
# The role noun a rule's phrase stands for: "the company behind Nimbus" is its maker, "a
# fine-tuned version of Llama" a derivative of it.
ROLE_OF_RULE = {"behind": "maker", "derived_version": "derivative"}


def role(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """Role nouns: "Zenith, a subsidiary of Acme", "Acme, Zenith's parent company", "Zenith's
    parent Acme", "Nimbus maker Acme", "Acme's customers include Zenith", "Acme is a rival of
    Zenith", "the company behind Nimbus", "Acme signed Zenith as a customer", "its largest
    customer yet: Zenith"."""
    word = ROLE_OF_RULE.get(rule.name) or c.w(end - 1)
    pred, forward = ROLES[word]
    if word in DERIVED and (
        c.w(end) != "of"
        or (word == "tune" and c.words[start - c.first - 2 : start - c.first] != ["fine", "-"])
    ):
        return []  # only "a fine-tune of Llama", "a fork of Quill": not "to tune", "a fork in the road"
    if word in {"brand", "brands"} and c.w(end) in {"inside", "within", "under", "in", "name", "names"}:
        return []  # "will keep its brand inside Google Cloud": a name kept, no unit
    if word == "part" and c.w(end) == "of" and c.w(end + 1) in {"its", "their", "his", "her"}:
        return []  # "moved part of its fleet onto Acme hardware": a share of a thing, not a unit
    if word == "chain" and c.w(start - 1) in {"supply", "value", "food", "cold", "production", "kill"}:
        return []  # "Acme's supply chain includes Zenith": its suppliers, not a shop chain it owns
    if word == "part" and c.w(end) == "of" and _product_whole_after(c, end + 1):
        return []  # "now part of the Tern stack": one piece of a product, not a unit of a company
    if word == "part" and c.w(end) == "of" and _partner_programme_after(c, end + 1):
        return []  # "part of the AWS Partner Network": a member of a programme (partner_network reads it)
    if word == "part" and _became(c, start):
        pred, forward = "acquires", False  # "Kays became part of Littlewoods": taken over then
    if word == "portfolio" and c.w(end) in {"company", "companies", "firm", "firms"} and c.w(end + 1) == "of":
        end += 1  # "Loftline, a portfolio company of Lightspeed": the fund invests in Loftline
    if rule.name != "behind" and (
        (c.w(end) == "-" and not c.spaced(end - 1)) or c.w(end) in ROLE_AS_MODIFIER
    ):
        return []  # "partner-led", "its customer base": not a role here
    if word in {"partner", "partners"} and c.w(start - 1) in FUND_PARTNERS:
        return []  # "Redwater's managing partner, Jo Lind,": a fund's officer or backer, no ally
    if word == "business" and c.alpha(end) and c.t.text[end].islower() and c.w(end) not in {"of", "in", "at"}:
        return []  # "its largest business partner", "a business model": a modifier, not a unit
    if (
        word in {"unit", "units"}
        and (named := c.end_at.get(start)) is not None
        and _counted(c, named.start - 1)
    ):
        return []  # "Foxconn has two Tamsin units on trial": machines counted, not subsidiaries
    if word == "units" and (_counted(c, start - 1) or c.w(start - 1) in GOODS_VERBS):
        return []  # "ships (40,000) units a year to Furrow": goods, not subsidiaries
    if c.w(start - 1) == "-" and len(c.w(start - 2)) > 3 and c.w(start - 2).isalpha() and word not in DERIVED:
        return []  # "its data-acquisition subsidiary": a compound's head noun is the role (not "co-investor")
    if word == "holding" and c.w(end) in HOLDING_BODIES:
        return []  # "Acme's holding company", "its holding group": a body over it, not a stake
    if pred == "competesWith" and (named := c.start_at.get(end)) is not None and is_product(named.entity):
        return []  # "sells the rival MI300X accelerator": an adjective on the product, not a role
    if rule.name != "behind" and c.w(end) == "behind" and pred in {"subsidiaryOf", "develops"}:
        return []  # "the Milan lab behind Quill" makes Quill: the "behind" rule reads that
    if pred == "competesWith" and len(members := _mutual_rivals(c, start)) > 1:
        return [  # "ElevenLabs and Resemble AI, two rivals in the voice market": each other's
            f
            for i, a in enumerate(members)
            for b in members[i + 1 :]
            for f in findings(rule, c, Subject((a.entity,), a.start), pred, [b], start, end)
        ]
    pairs: list[tuple[Mention | Subject, Mention | Entity]] = []  # (role holder, the other)
    k = start - 1
    reach = hyphened_reach(c, start, 4)
    while k > c.first and start - k <= reach and c.w(k) not in OWNER_MARKS:
        # (a bare apostrophe, "Brisklet Labs' largest shareholder", is a quote mark too)
        if c.w(k) == "-" and c.w(k + 1) in PLACED and k - 1 > c.first:
            k -= 2  # "Google's London-based AI unit": where the unit is, past the place
        elif c.w(k) == "-" and not c.spaced(k) and c.alpha(k - 1) and c.t.text[k - 1].islower():
            k -= 2  # "Acme's in-house technology unit": past a hyphened adjective's first word
        elif c.filler(k) or c.w(k) in ORDINALS:  # "Acme's first paying customers"
            k -= 1
        elif (goods := _goods_inside_role(c, k, start)) is not None:
            k = goods.start - 1  # "Acme's biggest Orca customer": what it buys, inside the role
        else:
            break
    owner = c.end_at.get(k) if c.w(k) in POSSESSIVE_MARKS else None
    if owner is None and c.w(k) in POSSESSIVE_MARKS and c.w(k - 1) in OWNER_NOUNS:
        the = k - 2 - (c.w(k - 2) != "the" and c.alpha(k - 2) and c.t.text[k - 2][:1].isupper())
        if c.w(the) == "the":  # "Qualcomm Ventures, the chipmaker's investment arm", "the Korean group's"
            owner = _described_possessor(c, the)
    # "Nvidia's systems remain the default, and the company's buyers": the sentence's one organisation
    the_companys = c.w(k) in POSSESSIVE_MARKS and c.w(k - 2) == "the" and c.w(k - 1) in {"company", "firm"}
    if owner is None and the_companys:
        owner = _company_possessor(c, k - 2)
    opener = end + 1 if c.w(end) == "," and c.w(end + 1) in {"including", "such", "like"} else end
    if c.w(end) in {"for", "in"} and (past := _scope_end(c, end)) is not None:
        opener = past  # "Amberline's principal competitors for Midwest sites are QTS and Aligned"
    if c.w(end) == "," and c.w(end + 1) in {"who", "which"} and c.w(end + 2) in LIST_OPENERS:
        opener = end + 2  # "its customers, who include Shopify and Deutsche Bank"
    while c.w(opener) in {"have", "has", "had", "also", "now", "already", "currently"} and opener < end + 2:
        opener += 1  # "Zenith's clients have included", "Ridgeline's customers now include"
    first_listed = opener + (2 if c.w(opener + 1) == "as" else 1)
    first_listed += c.w(first_listed) == ":"  # "have included: Acme, Orbit"
    # "the company's biggest buyers - Microsoft, Meta and Oracle - spent": a dash opens the list too
    dash = c.w(opener) in DASHES and c.spaced(opener) and c.spaced(opener - 1)
    listed = object_right(c, first_listed, gap=2) if c.w(opener) in LIST_OPENERS or dash else []
    if not listed and c.w(opener) in LIST_OPENERS:
        listed = _described_name(c, first_listed)  # "Customers include the freight company Zenith"
    if not listed and c.w(end) == "as" and any(c.w(j) in LISTING_VERBS for j in range(start - 4, start)):
        listed = object_right(c, end + 1, gap=1)  # "names its competitors as AWS and Azure"
    if c.w(end) == "," and c.w(end + 1) == "led" and c.w(end + 2) == "by":
        listed = object_right(c, end + 3, gap=1)  # "Zenith's investors, led by Acme and Orbit,"
    if among := _among_role_holders(c, start, end):
        pairs += among  # "Among the investors in Zenith were Acme and Orbit"
    elif owner is not None:
        after, scoped = _holder_after_scope(c, end)  # "Zenith's parent Acme", "... largest investor is Acme"
        if listed:
            pairs += [(m, owner) for m in listed]  # "Acme's customers include Zenith and Nova"
        elif after is not None and (c.w(end) not in ROLE_PREPS or scoped):
            pairs.append((after, owner))  # "Zenith's parent (,) Acme"
        elif (holder := apposed_before(c, owner.start) or _second_apposed(c, owner.start)) is not None:
            pairs.append((holder, owner))  # "Acme, Zenith's parent company"
        elif (second := _second_copula_holder(c, owner.start)) is not None:
            pairs.append((second, owner))  # "Orbit is ... and is also one of Zenith's customers"
        elif (joiner := _joined_as(c, owner.start)) is not None:
            pairs.append((joiner, owner))  # "Ferrule signed on as Tocho's authorised partner"
    elif (had := _had_role_list(c, start, end)) is not None:
        pairs += had  # "Trellis has two paying customers, Lakeshore Grain and Prairie Mutual"
    elif pred == "subsidiaryOf" and (described := _described_owner(c, start, end)) is not None:
        pairs.append(described)  # "Brightwater Re, the company's reinsurance subsidiary,"
    elif (taken := _taken_on_as(c, start, end)) is not None:
        pairs.append(taken)  # "Acme signed Zenith as a customer", "Zenith joined Acme as a partner"
    elif c.w(k) == "whose" and (antecedent := whose_antecedent(c, k)) is not None:
        after = _role_holder_after(c, end)
        if listed:
            pairs += [(m, antecedent) for m in listed]  # "Acme, a startup whose investors include Zenith"
        elif after is not None and not forward and _subject_of_relative(c, after):
            pairs.append((antecedent, after))  # "Orvex, whose acquisition Marvell completed": Marvell's
        elif after is not None and c.w(end) not in ROLE_PREPS:
            pairs.append((after, antecedent))  # "Acme, whose largest customer is Zenith"
    elif c.w(k) in {"its", "their"}:
        pronoun = _pronoun_owner(c, k)  # "Acme builds chips, and its partner Zenith ..."
        if pronoun is not None and word in OWN_UNITS and pronoun.type in {"Product", "AIModel", "Chip"}:
            # "Harbor, the system built by its technology subsidiary Tollgate": an organisation's
            # unit ("Harbor, a GPU cloud, ... its Lulea site, run by its subsidiary": a cloud's)
            earlier = sentence_antecedent(c, k)
            firm = earlier is not None and (is_org(earlier.entity) or earlier.entity.type == "CloudPlatform")
            pronoun = earlier.entity if earlier is not None and firm else topic_organisation(c)
        after, scoped = _holder_after_scope(c, end)  # "its largest customer at the site is Mistral AI"
        if pronoun is not None and listed:
            pairs += [(m, pronoun) for m in listed]  # "Its customers include Zenith and Orbit"
        elif pronoun is not None and after is not None and (c.w(end) not in ROLE_PREPS or scoped):
            pairs.append((after, pronoun))
        elif after is None and (held := _relative_holds_its(c, k)) is not None:
            pairs.append(held)  # "buys from Nvidia, which is also one of its investors": Ferrous's
        elif pronoun is not None and k in c.first_person and (ours := _apposed_ours(c, k, pronoun)):
            pairs.append((ours, pronoun))  # "Okta, our identity provider": the speaker's
        elif pronoun is not None and after is None and (appos := _apposed_its(c, k, pronoun, start)):
            pairs.append((appos, pronoun))  # "Payouts go through Thunes, its payout partner"
        elif after is None and (naming := _named_as(c, k)) is not None:
            pairs.append(naming)  # "Zenith named Acme its primary cloud provider"
        elif after is None and (reported := _reported_role(c, k)) is not None:
            pairs.append(reported)  # "Zenith said Acme will be its cloud provider"
        elif after is None and (held := _held_for_topic(c, k)) is not None:
            pairs.append(held)  # "Acme makes chips. Zenith and Orbit are its largest customers"
        elif (
            pronoun is not None and after is None and (copular := _copular_holder(c, k, pronoun)) is not None
        ):
            pairs.append((copular, pronoun))  # "..., and Uogashi remains its largest customer"
        elif after is None and (aside := _holder_past_aside(c, k)) is not None:
            pairs.append(aside)  # "Vennholt, which led Quenby's seed round, is also its largest customer"
        elif (joiner := _joined_as(c, k)) is not None and (owner_before := _first_clause_subject(c, joiner)):
            pairs.append(
                (joiner, owner_before)
            )  # "Tidewater bought GPUs, and Mistral signed on as its tenant"
    elif (
        listed
        and word in BACKER_NOUNS
        and c.w(start - 1) in {"with", "from"}
        and (raised := raiser_before(c, start))
    ):  # "Zenith raised $6bn, with backers including Acme": Zenith's
        pairs += [(m, e) for m in listed for e in raised.entities]
    elif c.w(end) == "of" and (thing := _nameless_owner_list(c, end)) is not None:
        topic_owner, listed = thing  # "The first customers of the new service include Zenith": the topic's
        pairs += [(m, topic_owner) for m in listed]
    elif own := _roles_of_its_own(c, start, end):
        pairs += own  # "Harrow Lune has a design-AI unit of its own, Lune Computational"
    elif (where := _role_where(c, start, end)) is not None:
        pairs.append(where)  # "runs on Amazon Web Services, where Goldfinch has been a customer"
    elif (bare := _bare_role_for_topic(c, start, end)) is not None:
        pairs.append(bare)  # "Acme sells software to ports. Zenith has been a customer since 2024."
    elif (
        c.w(end) in ROLE_PREPS
        and not _measure_at(c, end)
        and not _place_at(c, end + 1)
        and not _use_after_modifier(c, start, end)
    ) or rule.name == "behind":
        others = object_right(c, end + (0 if rule.name == "behind" else 1), gap=8)
        if pred == "supplierOf" and c.w(end) == "of" and all(is_product(o.entity) for o in others):
            others = _supplied_to(c, end + 1) or others  # "a supplier of memory chips to Zenith"
        if not others and rule.name != "behind":
            others = _described_name(c, end + 1)  # "a division of the Dallas buyout firm Acme"
        if not others and rule.name != "behind" and (main := _main_by_its_kind(c, end + 1)) is not None:
            others = [main]  # "a wholly owned subsidiary of the trust" in Granite Span Realty Trust's release
        if not others and word in BACKER_NOUNS and c.w(end) == "in":
            others = _round_raiser(c, end + 1)  # "investors in a $6 billion round that xAI closed"
        if not others and c.w(end) == "behind":
            others = _deal_party(c, end + 1)  # "the client behind the contract that Oracle disclosed"
        if word in BUYERS:  # "a buyer of Zenith chips" buys goods; "a buyer for Zenith" buys Zenith
            others = [o for o in others if o.possessive or goods_at(c, o.end) or is_product(o.entity)]
        if pred == "partnerOf":  # "a partner in Nvidia's Isaac platform": Nvidia's partner
            others = [product_owner(c, o) or o for o in others]
        rival_in = c.w(end) == "in" and not others and word in OBJECTS_RIVALS  # "a rival in claims software"
        if rival_in and (rival := _rival_of_subject(c, start)) is not None:
            pairs.append(rival)  # "an approach from Zenith, a much larger rival in claims software"
        elif c.w(end) == "in" and word in {"rival", "challenger", "competitor", "contender"}:
            subject = clause_subject(c, start)  # "Acme faces a challenger in Zenith"
            if subject is not None:
                pairs += [(subject, o) for o in others]
        elif not others and (unsaid := _ranked_for_topic(c, word, start, end)) is not None:
            pairs.append(unsaid)  # "Acme was the second-largest buyer of the chips": the topic's
        elif (successor := _successor_as(c, start)) is not None:
            pairs += [(successor, o) for o in others]  # "Acme replaced Orbit as the biggest investor in"
        elif (operating := _operating_as(c, start)) is not None:
            pairs += [(operating, o) for o in others]  # "now operates as a wholly owned subsidiary of"
        elif (holder := apposed_before(c, start) or _second_apposed(c, start)) is not None:
            # "Zenith, a subsidiary of Acme"; "GV, the venture arm of Alphabet, and Index": the
            # apposition's comma closes it, and the list goes on outside it
            commas = c.w(holder.end) == ","  # (not "Acme is one of the suppliers to A, B, and C")
            # (but "Signet Jewelers, the owner of Kay, Zales and Jared,": a list inside it)
            closed = next(
                (
                    j
                    for j, o in enumerate(others)
                    if commas and c.w(o.end) == "," and _closes_before_list(c, o, j)
                ),
                None,
            )
            pairs += [(holder, o) for o in (others[: closed + 1] if closed is not None else others)]
        elif (speaker := _speaker_holds(c, start)) is not None:
            pairs += [(speaker, o) for o in others]  # "Zenith said it remains a customer of Acme"
        elif (we := _quoted_we_hold(c, start)) is not None:
            pairs += [(we, o) for o in others]  # '"We are an investor in Zenith," Acme said'
        elif others and (renamed := _renamed_after(c, start, others[-1])) is not None:
            pairs += [(renamed, o) for o in others]  # "The company behind Quill, Acme, ..."
        elif (second := _second_role_holder(c, start)) is not None:
            pairs += [
                (second, o) for o in others
            ]  # "Zenith is Acme's customer and also an investor in Orbit"
        elif (it := _it_is_a(c, start)) is not None:
            pairs += [(it, o) for o in others]  # "on paper it is a customer of Acme"
        elif (joiner := _joined_as_a(c, start)) is not None:
            pairs += [(joiner, o) for o in others]  # "Orbit signed up as a customer of Zenith"
        elif (cast := _cast_as(c, start)) is not None:
            pairs += [(cast, o) for o in others]  # "it has positioned itself as a rival to Mistral"
    else:
        other = c.end_at.get(start) or (c.end_at.get(start - 1) if c.w(start - 1) in PARTNER_KINDS else None)
        named = c.mention_after(end, limit=0)
        if other is not None and named is not None and not other.possessive:
            pairs.append((named, other))  # "Nimbus maker Acme"
        elif other is None and (owner := _modifying_owner(c, start)) is not None:
            holder = apposed_before(c, owner.start)  # "Zenith, the Acme research unit"
            if holder is not None and c.w(owner.start - 1) in {"a", "an", "the"} and not owner.possessive:
                pairs.append((holder, owner))
        elif other is not None and listed:
            pairs += [(m, other) for m in listed]  # "Acme customers such as Zenith"
        elif other is not None and not other.possessive and (holder := apposed_before(c, other.start)):
            pairs.append((holder, other))  # "Zenith has been an Acme customer since 2022"
        elif (
            other is not None
            and not other.possessive
            and c.w(other.start - 1) in {"its", "their"}
            and word in OWN_UNITS  # (not "Their Trellis arm picks items": a robot's arm)
            and (pronoun := _pronoun_owner(c, other.start - 1)) is not None
        ):
            pairs.append((other, pronoun))  # "Xylem, which bid through its Pure Technologies subsidiary"
        elif other is not None and not other.possessive and (operating := _operating_as(c, other.start)):
            pairs.append((operating, other))  # "Sonder Vision ... now operates as an Arlo unit"
        elif other is not None and not other.possessive and (it := _it_is_a(c, other.start)) is not None:
            pairs.append((it, other))  # "Zenith makes apps. It is an Acme customer."
        elif other is None and listed and (topic := _opening_role_owner(c, start)) is not None:
            pairs += [(m, topic) for m in listed]  # "Acme makes robots. Customers include Zenith."
        elif other is None and (unsaid := _topic_role(c, word, start, end)) is not None:
            pairs.append(unsaid)  # "Acme, an existing investor, will also take part": in the topic
        elif other is None and (backers := _returning_backers(c, word, start, end)):
            pairs += backers  # "Existing backers Acme and Orbit also put in more money": the round's
        elif other is None and (unsaid := _ranked_for_topic(c, word, start, end)) is not None:
            pairs.append(unsaid)  # "Acme was the second-largest buyer last quarter": the topic's
        elif (
            other is None
            and c.w(start - 1) in {"a", "an"}
            and c.mention_after(end, limit=1) is None
            and (reported := _reported_role(c, start - 1)) is not None
        ):
            pairs.append(reported)  # "Acme said Zenith had become a customer": Acme's
        elif (
            other is None
            and word.endswith("s")
            and c.mention_after(end, limit=1) is None
            and (reported := _reported_role(c, _past_role_adjectives(c, start))) is not None
        ):
            pairs.append(reported)  # "Mosswood says Mistral AI and Lumaforge AI are already paying customers"
    pairs += _along_with(c, end, pairs, pred)
    out: list[Found] = []
    for who, whom in pairs:
        if isinstance(who, Subject):
            subj = who
        elif _apposed_to_last(c, who, word, start):  # "Orbit and Zenith, Acme's venture arm,": Zenith
            subj = Subject((who.entity,), who.start)
        else:  # "Acme, Zenith and Nova are customers of ..."
            together = coordinated_left(c, who)
            subj = Subject(tuple(m.entity for m in together), together[0].start)
        target = whom.entity if isinstance(whom, Mention) else whom
        if pred == "develops" and (not productish(target) or _anothers(c, whom, subj)):
            continue
        nominal = isinstance(who, Mention) and not _copular(c, who.end, start)
        if word in {"brand", "brands"} and all(is_product(e) for e in subj.entities):
            # "Helper, Acme's budget brand": a product line it makes, not a unit it owns
            out += findings(rule, c, subj, "develops", [whom], start, end, swap=True, nominal=nominal)
            continue
        out += findings(rule, c, subj, pred, [whom], start, end, swap=not forward, nominal=nominal)
    return out


SCOPE_REACH = 5  # words of a role's scope: "for Midwest sites", "in Europe and Asia"


def _scope_end(c: Clause, k: int) -> int | None:
    """Where a short scope after a role noun ("competitors for Midwest sites", "customers in
    Europe") ends at a list opener ("are", "include"); None when no names follow it there."""
    j = k + 1
    while j < min(k + 1 + SCOPE_REACH, c.last):
        if c.w(j) in LIST_OPENERS and c.w(j) != ":":
            return j
        named = c.cover.get(j)
        if (
            named is not None
            and not named.possessive
            and named.end < c.last
            and c.t.text[named.end].islower()
        ):
            j = named.end  # "competitors for Midwest sites": a region the text took for a name
            continue
        if j in c.cover or not (c.filler(j) or c.t.text[j][:1].isupper()):
            return None
        j += 1
    return None


def _holder_after_scope(c: Clause, end: int) -> tuple[Mention | None, bool]:
    """Who holds the role noun ending at ``end``, named right after it or after a short scope
    and its copula ("Halcyon's main rival in the inspection market is Framatome"), and whether
    a scope stood between."""
    after = _role_holder_after(c, end)
    scoped = _scoped_copula(c, end) if after is None else None
    return (_role_holder_after(c, scoped), True) if scoped is not None else (after, False)


def _scoped_copula(c: Clause, k: int) -> int | None:
    """Where "is" (or an apposition's comma) stands after a short scope of a singular role
    ("rival in the inspection market is", "supplier for Europe was"), so the name after it
    holds the role."""
    if c.w(k) not in {"in", "for", "at", "among"}:  # ("its largest customer at the site is Mistral AI")
        return None
    for j in range(k + 1, min(k + 1 + SCOPE_REACH, c.last)):
        if c.w(j) in {"is", "was", "remains"} or (c.w(j) == "," and j + 1 in c.start_at):
            return j if j > k + 1 else None  # (or its apposition: "main rival in reference labs, Antech,")
        if j in c.cover or not c.filler(j):
            return None
    return None


def _roles_of_its_own(c: Clause, start: int, end: int) -> list[tuple[Mention, Entity]]:
    """The role holders named after "a unit of its own," (or "customers of its own, such as")
    and the clause's subject, whose they are: "Harrow Lune has a design-AI unit of its own, Lune
    Computational" (a unit of Harrow Lune)."""
    if c.w(end) != "of" or c.w(end + 1) not in {"its", "their"} or c.w(end + 2) != "own":
        return []
    if c.w(end + 3) not in {",", ":"}:
        return []
    k = end + 4  # past "of its own," and a list's opener ("including", "like", "such as")
    k += 2 if (c.w(k), c.w(k + 1)) == ("such", "as") else c.w(k) in {"including", "like"}
    named = c.start_at.get(k)
    owner = clause_subject(c, start)
    if named is None or owner is None or len(owner.entities) != 1:
        return []
    held = coordinated_right(c, named)
    return [(m, owner.entities[0]) for m in held if m.entity not in owner.entities]


# Verbs that move goods, before "units" that are things, not subsidiaries.
GOODS_VERBS = frozenset(
    {"ships", "shipped", "sells", "sold", "delivers", "delivered", "supplies", "supplied"}
)


def _partner_programme_after(c: Clause, k: int) -> bool:
    """Whether "the <Org> Partner Network" (or "partner program") opens at ``k``."""
    named = c.start_at.get(k + (c.w(k) == "the"))
    return (
        named is not None
        and c.w(named.end) in {"partner", "partners"}
        and c.w(named.end + 1) in {"network", "program", "programme"}
    )


def _counted(c: Clause, k: int) -> bool:
    """Whether the word at ``k`` counts things: "two", "40", "1,200"."""
    word = c.w(k)
    return word in NUMBER_WORDS or word.replace(",", "").isdigit()


def _anothers(c: Clause, whom: Mention | Entity, maker: Subject) -> bool:
    """Whether ``whom`` is named as the product of an organisation other than ``maker``: "the
    maker of Quill, and Acme's Helper" (Acme makes Helper)."""
    owner = c.end_at.get(whom.start - 1) if isinstance(whom, Mention) else None
    return owner is not None and owner.possessive and owner.entity not in maker.entities


def _apposed_to_last(c: Clause, who: Mention, word: str, start: int) -> bool:
    """Whether a singular role set off by a comma after ``who`` describes ``who`` alone, the last
    of a list: "Orbit and Zenith, Acme's venture arm, joined" (but "Orbit and Zenith, both units of
    Acme," and "each a customer of Acme" describe the whole list)."""
    if c.w(who.end) != "," or word.endswith("s"):
        return False
    return not any(c.w(k) in {"each", "both", "all"} for k in range(who.end + 1, start))


def _second_role_holder(c: Clause, start: int) -> Subject | None:
    """The subject of a copula whose second role noun, at ``start``, follows "and (also) a":
    "Zenith is Acme's largest customer and also an investor in Orbit", "it is a customer of
    Acme and an investor in Orbit"."""
    k = start - 1
    if c.w(k) not in {"a", "an"}:
        return None
    return _first_copula_subject(c, k - 1)


def _second_copula_holder(c: Clause, pos: int) -> Subject | None:
    """The subject of the first clause of "Zenith is an investor in Orbit and is also one of
    Acme's customers", whose second copula comes before the possessive at ``pos``."""
    k = pos - 1
    while k > c.first and (c.w(k) in {"one", "of", "among", "the", "a", "an"} or c.w(k) in STANDING_ADVERBS):
        k -= 1
    if c.w(k) not in COPULAS:
        return None
    return _first_copula_subject(c, k - 1)


def _first_copula_subject(c: Clause, k: int) -> Subject | None:
    """The subject of the first copula of "Zenith is ... and (also) ...", whose "and" stands at
    ``k`` or before the adverbs that end there; None without an "and"."""
    while c.w(k) in STANDING_ADVERBS:
        k -= 1
    if c.w(k) != "and":
        return None
    opener = c.start_at.get(c.first)
    # ("Tallis, a unit of the Dutch group Verhoek, sells cameras and is Comal's rival": past its apposition)
    after = c.first + past_apposition(c.words, opener.end - c.first) if opener is not None else c.first
    for j in range(k - 1, max(c.first, k - 12) - 1, -1):  # back to the first role's copula
        if j < after:
            break
        if c.w(j) in COPULAS and c.w(j - 1) in {"it", "they"}:
            return _it_before(c, j)
        if c.w(j) in COPULAS:
            found = clause_subject(c, j)
            return found if found is not None and (found.anaphoric or j == _subject_end(c, found)) else None
        if c.w(j) in BOUNDARY or c.w(j) in CLAUSE_WORDS:
            return None
    # "DHL signed a three-year rollout in October and is now Okapi's largest customer": the
    # subject the sentence opens with, whatever its first verb
    if opener is None or opener.possessive or "," in c.words[after - c.first : k - c.first]:
        return None
    verb = c.w(after)
    finite = c.alpha(after) and (verb.endswith(("ed", "s")) or verb in IRREGULAR_PAST)
    return Subject((opener.entity,), opener.start) if finite else None


def _subject_end(c: Clause, found: Subject) -> int:
    """Where a subject's last name ends, past adverbs ("Zenith still is")."""
    named = [m for m in c.mentions if m.start >= found.start and m.entity in found.entities]
    j = named[-1].end if named else -1
    while c.w(j) in STANDING_ADVERBS:
        j += 1
    return j


def _it_is_a(c: Clause, pos: int) -> Subject | None:
    """The topic "it" stands for before "is a" and the name at ``pos`` ("It is an Acme
    customer", "on paper it is still a Zenith customer"), or None."""
    k = pos - 1
    while pos - k <= 3 and c.w(k) not in {"a", "an"} and c.alpha(k) and c.t.text[k].islower() and c.filler(k):
        k -= 1  # "it is now a certified partner of"
    if c.w(k) in {"a", "an"}:
        k -= 1
    elif c.w(pos) != "part":  # "it's part of Orbit" takes no article
        return None
    while c.w(k) in STANDING_ADVERBS:
        k -= 1
    if c.w(k) not in COPULAS | {"'re", "'s", "’re", "’s"} or c.w(k - 1) not in {"it", "they"}:
        return None
    return _it_before(c, k)


def _it_before(c: Clause, k: int) -> Subject | None:
    """The topic "it" or "they" before the copula at ``k`` stands for: the clause subject the
    anaphor gives, else the one organisation of the topic ("So on paper it is ...")."""
    found = clause_subject(c, k)
    if found is not None and found.anaphoric:
        return found
    if found is not None and c.w(k - 2) in {";", ":"} and all(is_org(e) for e in found.entities):
        return found  # "Acme stopped using Quill; it remains an Orbit customer": the first clause's
    organisations = [e for e in c.topic if e.type in ORG_TYPES - {"NewsOutlet"}]
    if found is None and len(organisations) == 1:
        return Subject(tuple(organisations), k - 1, anaphoric=True)
    return None


COPULAS = frozenset({"is", "are", "was", "were", "remains", "remain", "remained", "became"})


def _goods_inside_role(c: Clause, k: int, start: int) -> Mention | None:
    """A product named inside a role phrase, its last word at ``k``: "Orca" in "Acme's biggest
    Orca customer" (bought goods, not the role's owner, which the possessive before it is)."""
    goods = c.end_at.get(k + 1)
    if goods is None or goods.possessive or not is_product(goods.entity) or start - goods.start > 4:
        return None
    return goods


# Role nouns that also name who buys a company: a customer only of goods.
BUYERS = frozenset({"buyer", "buyers"})


def _nameless_owner_list(c: Clause, end: int) -> tuple[Entity, list[Mention]] | None:
    """The members of a role list whose owner is a nameless thing of the topic's, opening the
    sentence ("The first customers of the new service include the insurer Zenith"): the topic
    holds the role (the service is its)."""
    k = next((k for k in range(end + 1, min(end + 6, c.last)) if c.w(k) in LIST_OPENERS), None)
    if k is None or c.w(end + 1) not in {"the", "its", "this"} or any(x in c.cover for x in range(end, k)):
        return None
    if any(x in c.cover or not c.alpha(x) for x in range(c.first, end)):
        return None  # not the sentence's opening: "Acme said the customers of ..."
    listed = object_right(c, k + 1, gap=2) or _described_name(c, k + 1)
    owner = topic_organisation(c)
    return (owner, listed) if owner is not None and listed else None


def _supplied_to(c: Clause, pos: int) -> list[Mention]:
    """Whom a supplier "of" goods at ``pos`` supplies them "to": "a supplier of switching
    equipment to Zenith", "of oats, bran and other cereals to brands including Zenith"."""
    for k in range(pos, min(pos + 16, c.last)):
        word = c.w(k)
        if word == "to":
            return object_right(c, k + 1, gap=4)
        if word in BOUNDARY or word in CLAUSE_WORDS or not (k in c.cover or c.filler(k) or word == ","):
            return []
    return []


def _became(c: Clause, start: int) -> bool:
    """Whether the role noun at ``start`` follows "became" ("became (a) part of")."""
    k = start - 1
    while k > c.first and start - k <= 2 and c.w(k) in {"a", "an", "the"}:
        k -= 1
    return c.w(k) in {"became", "become", "becomes", "becoming"}


MUTUAL = frozenset({"two", "three", "both", "fierce", "bitter", "close", "longtime", "long-time", "direct"})


def _mutual_rivals(c: Clause, start: int) -> list[Mention]:
    """The names a plural rival noun at ``start`` is set beside ("Zenith and Orbit, two
    rivals in ...", "..., both competitors of"): rivals of each other, not of a third."""
    k = start - 1
    while k > start - 4 and c.w(k) in MUTUAL:
        k -= 1
    if k == start - 1 or c.w(k) != "," or not c.w(start).endswith("s") or c.w(start + 1) == "of":
        return []
    last = c.end_at.get(k)
    return coordinated_left(c, last, objects=True) if last is not None and not last.possessive else []


def _bare_described(c: Clause, pos: int) -> Mention | None:
    """The name after a description at ``pos``: "the Amsterdam start-up Fitcraft", or a bare
    kind of company with no article ("chipmaker Groq")."""
    if c.w(pos) in ORG_NOUNS and (m := c.start_at.get(pos + 1)) is not None:
        return m
    if [c.w(pos), c.w(pos + 1), c.w(pos + 2)] == ["start", "-", "up"] and (m := c.start_at.get(pos + 3)):
        return m  # "a triage system from start-up Vetstack"
    return next(iter(_described_name(c, pos)), None)


def _described_name(c: Clause, pos: int) -> list[Mention]:
    """The name a descriptive phrase opening with "the" or "a" at ``pos`` ends in, even when
    the phrase holds a capitalised place: "the Dallas private-equity firm Acme". The word
    before the name is a lower-case noun ("firm", "group"), so "the Dallas office of Acme"
    (a preposition on the way) is not read."""
    if c.w(pos) not in {"the", "a", "an"}:
        return []
    for k in range(pos + 1, min(pos + 8, c.last)):
        if k in c.start_at:
            m = c.start_at[k]
            return coordinated_right(c, m) if k - 1 > pos and c.filler(k - 1) and c.alpha(k - 1) else []
        if c.w(k) in BOUNDARY or c.w(k) in CLAUSE_WORDS or c.w(k) in PREPOSITIONS or c.w(k) == ",":
            return []
        if k in c.cover or not (c.filler(k) or c.alpha(k)):
            return []
    return []


BEHIND_DEALS = DEAL_NOUNS | {"order", "orders", "round", "lease", "commitment", "booking"}


def _deal_party(c: Clause, pos: int) -> list[Mention]:
    """The party that disclosed or signed the deal named at ``pos`` ("the contract (that) Oracle
    disclosed", "the $30bn deal Oracle announced"): the holder of a role "behind" a deal is
    the other side of it."""
    k = pos
    while k < pos + 5 and c.filler(k) and c.w(k) not in BEHIND_DEALS:
        k += 1
    if c.w(k) not in BEHIND_DEALS:
        return []
    k += 1 + (c.w(k + 1) in {"that", "which"})
    named = c.start_at.get(k)
    if named is None or named.possessive or not c.w(named.end).endswith("ed") or named.end in c.cover:
        return []
    return [named]


# "Acme signed Zenith as a customer": the verb's object takes the role, its subject is the other.
TAKING_ON_VERBS = frozenset(
    {
        "signed",
        "signs",
        "sign",
        "signing",
        "added",
        "adds",
        "add",
        "adding",
        "sees",  # "Acme sees Zenith as its main competitor"
        "saw",
        "describes",  # "Aeolus executives describe DeepMind as their most direct rival"
        "describe",
        "described",
        "views",
        "viewed",
        "regards",
        "regarded",
        "considers",
        "considered",
        "lost",  # "Zenith lost Acme as a customer" (hedging reads it as ended)
        "loses",
        "losing",
        "won",
        "wins",
        "win",
        "winning",
        "landed",
        "lands",
        "land",
        "secured",
        "secures",
        "welcomed",
        "welcomes",
        "onboarded",
        "brought",
        "counts",
        "counted",
        "lists",
        "listed",
        "named",
        "names",
        "chose",
        "chosen",
        "chooses",
        "picked",
        "picks",
        "selected",
        "selects",
        "tapped",
        "taps",
        "tap",
        "pick",
        "choose",
        "select",
        "name",
        # read negated, the verb being a negation cue: "Zenith dropped Acme as its supplier"
        "dropped",
        "drops",
        "ditched",
        "ditches",
        "dumped",
        "dumps",
    }
)
# "Zenith joined Acme as a customer": the verb's subject takes the role, its object is the other.
JOINING_VERBS = frozenset({"joined", "joins", "join", "joining", "rejoined", "rejoins"})
SERVING_VERBS = frozenset({"served", "serves", "serve", "serving", "acted", "acts", "act", "acting"})


OPERATING_VERBS = frozenset(
    {"operates", "operate", "operated", "runs", "run", "functions", "trades", "continues"}
)


def _operating_as(c: Clause, pos: int) -> Subject | None:
    """Who works "as an Acme unit", the role's owner at ``pos`` after the article: "Zenith now
    operates as an Acme unit" (Zenith, Acme's unit)."""
    k = pos - 1
    while k > pos - 4 and c.w(k) not in {"a", "an"} and (c.filler(k) or c.w(k) == "-"):
        k -= 1  # "as a wholly owned subsidiary of"
    if c.w(pos) == "part" and c.w(pos - 1) == "as":
        k = pos  # "Lowland still operates as part of Microsoft": no article before "part"
    if c.w(k) not in {"a", "an", "part"} or c.w(k - 1) != "as" or c.w(k - 2) not in OPERATING_VERBS:
        return None
    return clause_subject(c, k - 2)


def _joined_as(c: Clause, owner_start: int) -> Subject | None:
    """Who took a role "as" the owner's at ``owner_start``: "Ferrule signed on as Tocho's
    authorised partner", "Orbit joined as Acme's investor", "Accenture served as its partner"."""
    k = owner_start - 1
    if c.w(k) != "as":
        return None
    verb = k - 1 - (c.w(k - 1) in {"on", "up"})
    on_board = c.w(verb) in {"signed", "signs", "came", "comes"} and verb < k - 1  # "signed on as"
    serving = c.w(verb) in SERVING_VERBS and verb == k - 1  # "Accenture served as Brightwater's partner"
    serving = serving or (c.w(verb) in OPERATING_VERBS and verb == k - 1)  # "operates as Rinkwise's unit"
    return clause_subject(c, verb) if c.w(verb) in JOINING_VERBS or on_board or serving else None


def _joined_as_a(c: Clause, start: int) -> Subject | None:
    """Who took the role at ``start`` "as a": "Orbit signed up as a customer of Zenith", "joined
    as an early investor in"."""
    k = start - 1
    while k > c.first and start - k <= 3 and c.w(k) not in {"a", "an"} and c.filler(k):
        k -= 1
    return _joined_as(c, k) if c.w(k) in {"a", "an"} else None


def _first_clause_subject(c: Clause, joiner: Subject) -> Entity | None:
    """The one subject of the clause before ", and" that opens the joiner's: whom "its" means
    where the joiner cannot be its own ("Tidewater bought GPUs, and Mistral signed on as its
    anchor tenant")."""
    k = joiner.start - 1
    if c.w(k) != "and" or c.w(k - 1) != ",":
        return None
    first = clause_subject(c, k - 1)
    if first is None or first.anaphoric or len(first.entities) != 1 or first.entities[0] in joiner.entities:
        return None
    return first.entities[0] if is_org(first.entities[0]) else None


def _taken_on_as(c: Clause, start: int, end: int) -> tuple[Mention | Subject, Mention | Entity] | None:
    """The role holder and the other when the role at ``start:end`` follows "as": "Acme signed
    (up) Zenith as its first customer" (Zenith holds it for Acme); "Zenith joined Acme as a
    partner". Not when the role names its own other ("joined Acme as an investor in Zenith")."""
    if c.w(end) in ROLE_PREPS and object_right(c, end + 1, gap=2):
        return None
    k = start - 1
    while k > start - 5 and c.w(k) != "as" and (c.filler(k) or c.w(k) in {"its", "their", "first"}):
        k -= 1
    named = c.end_at.get(k) if c.w(k) == "as" else None
    if named is None and c.w(k) == "as" and c.w(k - 1) == ",":
        named = name_before_apposition(c, k - 1)  # "counts Ecotan, an industry group that ..., as a partner"
    if named is None and c.w(k) == "as" and (relative := _named_in_relative(c, k - 1)) is not None:
        return relative  # "SK hynix, which Corvane named as its sole HBM supplier"
    if named is None or named.possessive:
        return None
    listed = coordinated_left(c, named, objects=True)  # "counts Acme, Orbit and Nova as investors"
    first = listed[0].start
    v = first - 1 - (c.w(first - 1) in {"up", "on"})  # "signed up", "brought on"
    v -= c.w(v) in {"both", "all"}  # "counts both Sportradar and Genius Sports as"
    if c.w(v) in TAKING_ON_VERBS and (c.w(v + 1) in {"up", "on"} or c.w(v) != "brought"):
        other = clause_subject(c, v)
        if other is None or len(other.entities) != 1 or other.entities[0] in {m.entity for m in listed}:
            return None
        said = c.start_at.get(other.start)  # a mention, so that the verb's negation is in reach
        # a quote's "we" is no mention: the role's reach opens at it, for "We may add ..." too
        holders = Subject(
            tuple(m.entity for m in listed), first if said is not None else min(first, other.start)
        )
        return holders, said if said is not None else other.entities[0]
    if c.w(named.start - 1) in JOINING_VERBS:
        holder = clause_subject(c, named.start - 1)
        return (holder, named) if holder is not None else None
    return None


NAMING_AS = TAKING_ON_VERBS | {"named", "names", "chose", "chosen", "picked", "selected", "appointed"}


def _named_in_relative(c: Clause, verb: int) -> tuple[Mention | Subject, Mention | Entity] | None:
    """The holder and the other of a role a relative clause gives its antecedent ("Zenith, which
    Acme named as its sole supplier": Zenith holds it for Acme)."""
    namer = c.end_at.get(verb)
    if (
        c.w(verb) not in NAMING_AS
        or namer is None
        or namer.possessive
        or c.w(namer.start - 1) not in {"which", "that"}
    ):
        return None
    k = namer.start - 1 - (c.w(namer.start - 2) == ",")
    # (or the name a description before the comma renames: "USNR, the Washington-based sawmill
    # equipment maker, which Kerf regards as its main competitor")
    held = c.end_at.get(k) or (apposed_np(c, k) if c.w(k) == "," else None)
    if held is None or held.possessive or held.entity.id == namer.entity.id:
        return None
    return Subject((held.entity,), held.start), namer


# "Acme replaced Orbit as the biggest investor in Zenith": the subject now holds the role (as
# in "Orbit joined Acme as an investor in Zenith").
REPLACING_VERBS = frozenset(
    {
        "replaced",
        "replaces",
        "replace",
        "succeeded",
        "succeeds",
        "overtook",
        "overtakes",
        "displaced",
        "unseated",
    }
)


def _successor_as(c: Clause, start: int) -> Subject | None:
    """Who holds the role at ``start`` when a replacing or joining verb names another before
    "as": the verb's subject, not the name next to the role."""
    k = start - 1
    while k > start - 5 and c.w(k) != "as" and c.filler(k):
        k -= 1
    named = c.end_at.get(k) if c.w(k) == "as" else None
    if named is None or named.possessive or c.w(named.start - 1) not in REPLACING_VERBS | JOINING_VERBS:
        return None
    return clause_subject(c, named.start - 1)


# Roles an apposition may give without saying whose: the article's subject's, as news writes
# "Brisklet Labs is raising money ... Microsoft, an existing investor, will also take part".
TOPIC_ROLES = frozenset({"investor", "backer", "shareholder", "customer", "client", "supplier", "partner"})


# Nouns by which "the company's" names an organisation: the one a text is about ("the Bank's"),
# or the one a unit is named after ("Qualcomm Ventures, the chipmaker's investment arm").
OWNER_NOUNS = ORG_NOUNS | {"university", "chipmaker", "carrier", "airline", "utility", "hospital", "school"}


def _round_raiser(c: Clause, pos: int) -> list[Mention]:
    """The company that raised the round a noun phrase at ``pos`` names by a relative clause: "a
    $6 billion funding round that xAI closed in December" (xAI)."""
    k = pos
    while k < min(pos + 8, c.last) and c.w(k) not in ROUND_NOUNS:
        if k in c.start_at:
            return []
        k += 1
    while c.w(k + 1) in ROUND_NOUNS:
        k += 1  # "funding round"
    if c.w(k) not in ROUND_NOUNS or c.w(k + 1) not in {"that", "which"}:
        return []
    raiser = c.start_at.get(k + 2)
    return [raiser] if raiser is not None and is_org(raiser.entity) and not raiser.possessive else []


def _indefinite_before(c: Clause, start: int) -> bool:
    """Whether "a" or "an" opens the noun phrase of the role noun at ``start`` ("a smaller
    analytics unit")."""
    k = start - 1
    while k > start - 4 and c.w(k) not in {"a", "an"} and c.filler(k):
        k -= 1
    return c.w(k) in {"a", "an"}


# What may follow a role noun that heads its phrase: "a wholly owned subsidiary that runs",
# "..., a subsidiary." (not "a lab assistant": the role noun qualifies another)
HEAD_ENDS = frozenset({",", ".", ";", ")", "", "that", "which", "whose", "based", "headquartered", "in"})
HEAD_ENDS |= frozenset({"the", "it", "we"})  # "a Tokyo research unit the company set up in 2023"


def _of_the_company(c: Clause, end: int) -> bool:
    """Whether "of the company" (or group, firm) follows a role noun ending at ``end``: an owner
    the text leaves unnamed ("Helix Ridge Cayman Ltd, an offshore subsidiary of the company")."""
    return c.w(end) == "of" and c.w(end + 1) == "the" and c.w(end + 2) in OWNER_NOUNS


def _described_owner(c: Clause, start: int, end: int) -> tuple[Mention, Entity] | None:
    """A unit named beside a role noun (at ``start:end``) whose owner goes unnamed: "Brightwater
    Re, the company's reinsurance subsidiary,", "Sablewave Japan KK, our subsidiary", "a
    subsidiary, Lattica Europe SAS,", "Nimbra Edge, the subsidiary it set up". Which company
    owns it, the previous sentence's topic, the one the article opens on or the one it names
    most, only a shared first word tells surely ("Northgale Ventures, the Bank's venture arm"
    may follow a sentence about a Northgale supplier)."""
    k = start - 1
    while (
        k > c.first
        and start - k <= 6
        and c.w(k) not in OWNER_MARKS
        and (c.filler(k) or "-" in (c.w(k), c.w(k + 1)))
    ):
        k -= 1  # "the Bank's in-house technology subsidiary"
    holder: Mention | None = None
    if c.w(k) in POSSESSIVE_MARKS and c.w(k - 2) == "the" and c.w(k - 3) == ",":
        if k in c.end_at or c.w(k - 1) in OWNER_NOUNS:  # "the Bank's", "the group's"
            holder = c.end_at.get(k - 3)
    elif c.w(k) in {"its", "their"} and c.w(k - 1) == ",":
        holder = c.end_at.get(k - 1)  # "Sablewave Japan KK, our wholly owned subsidiary"
    elif c.w(end) == "," and _indefinite_before(c, start):
        holder = c.start_at.get(end + 1)  # "through a subsidiary, Lattica Europe SAS,", "a smaller unit, X"
    elif c.w(start - 1) == "the" and c.w(start - 2) == ",":
        holder = c.end_at.get(start - 2)  # "Nimbra Edge, the subsidiary it set up"
    elif c.w(k) == "," and c.w(k + 1) in {"a", "an"} and (c.w(end) in HEAD_ENDS or _of_the_company(c, end)):
        holder = c.end_at.get(k)  # "through Graniteview Norge AS, a wholly owned subsidiary"
    if holder is None or holder.possessive:
        return None
    stem = holder.entity.label.split()[0].lower()
    for owner in (topic_organisation(c), c.lead, c.main):
        if owner is not None and owner.id != holder.entity.id and owner.label.split()[0].lower() == stem:
            return holder, owner
    return None


def _topic_role(c: Clause, word: str, start: int, end: int) -> tuple[Mention, Entity] | None:
    """ "Acme, an existing investor, ...": the role held in the previous sentence's one topic,
    or, for a backer, in the company the sentence before read a round of ("Zenith's round was
    led by Orbit; Nova participated. Acme, an earlier investor, ...": Zenith)."""
    if word in OBJECTS_RIVALS and c.w(end) in {",", ".", ""}:
        return _rival_of_subject(c, start)
    raiser = c.raiser if word in BACKER_NOUNS else None
    topic = raiser if raiser is not None and raiser.type in ORG_TYPES else topic_organisation(c)
    if word not in TOPIC_ROLES or c.w(end) != "," or topic is None:
        return None
    holder = apposed_before(c, start)
    if holder is None or c.w(holder.end) != "," or holder.entity.id == topic.id:
        return None
    if raiser is None and word in BACKER_NOUNS and _kind_described(c, holder.end, start):
        return None  # "Fifth Wall, the property-technology investor, also took part": a kind of investor
    return holder, topic


# Words before "investor" that tell its stake in the topic, not its kind: "an existing investor".
STAKE_TELLING = frozenset(
    {"a", "an", "the", "its", "existing", "early", "earlier", "earliest", "first", "lead", "longtime"}
    | {"major", "largest", "biggest", "main", "new", "current", "previous", "prior", "minority", "majority"}
    | {"key", "anchor", "strategic", "returning", "original", "initial", "other", "another", "big"}
    | {"long", "-", "time", "second", "third", "also", "company", "startup", "start", "up", "'s"}
)


def _kind_described(c: Clause, comma: int, start: int) -> bool:
    """Whether the apposition from ``comma`` to the role noun at ``start`` describes the holder's
    kind ("the property-technology investor", "a Boston venture investor") rather than its stake."""
    words = [c.w(k) for k in range(comma + 1, start)]
    return words[:1] in (["a"], ["an"], ["the"]) and "," not in words and not STAKE_TELLING.issuperset(words)


OBJECTS_RIVALS = frozenset({"rival", "competitor", "challenger"})


def _rival_of_subject(c: Clause, start: int) -> tuple[Mention, Entity] | None:
    """ "Acme bought Orbit, a small Ohio-based rival, last year": a rival named as the object of
    a clause is the rival of its subject."""
    holder = apposed_before(c, start)
    if holder is None or c.w(holder.end) != "," or holder.start == c.first:
        return None
    subject = clause_subject(c, holder.start)
    if subject is None or subject.anaphoric or len(subject.entities) != 1 or subject.start >= holder.start:
        return None
    rival = subject.entities[0]
    if rival.id == holder.entity.id or rival.type not in ORG_TYPES or not is_org(holder.entity):
        return None
    return holder, rival


# A customer ranked among the topic's buyers: "Acme was the second-largest buyer".
RANKED_ROLES = frozenset({"customer", "customers", "client", "clients", "buyer", "buyers"})
RANKS = frozenset(
    {"largest", "biggest", "top", "main", "major", "key", "first", "anchor", "only", "sole", "leading"}
)
RANK_FILLERS = frozenset(
    {"second", "third", "fourth", "fifth", "-", "two", "three", "single", "most", "important"}
)
ROLE_COPULAS = frozenset({"is", "was", "are", "were", "remains", "remained", "became", "becomes", "been"})
PRONOUN_GOODS = frozenset({"them", "it", "those", "these"})


def _ranked_for_topic(c: Clause, word: str, start: int, end: int) -> tuple[Mention, Entity] | None:
    """ "Acme was the second-largest buyer of the chips last quarter" after a sentence about
    Zenith's chips: the clause's opening name is ranked among the buyers of the goods the
    previous sentence's organisation sells. Only when the role names the goods ("of the
    chips", "of them"): "Acme was the second-largest buyer" alone may follow a sentence about
    another customer ("Zenith made up 34% of revenue")."""
    if word not in RANKED_ROLES:
        return None
    k, ranked = start - 1, False
    while k > c.first and start - k <= 5 and (c.w(k) in RANKS | RANK_FILLERS):
        ranked = ranked or c.w(k) in RANKS
        k -= 1
    if not ranked or c.w(k) != "the" or c.w(k - 1) not in ROLE_COPULAS:
        return None
    j = k - 1
    while j > c.first and c.w(j) in ROLE_COPULAS | STANDING_ADVERBS | {"has", "had", "have"}:
        j -= 1
    holder = c.end_at.get(j + 1)
    if holder is None or holder.possessive or any(m.start < holder.start for m in c.mentions):
        return None
    if coordinated_left(c, holder)[0].start - c.first > 1:
        return None  # not the clause's opening name
    goods, after = _role_goods(c, end)
    if c.w(after) not in {".", ",", ";", "and", "but", ""} and after < c.last:
        return None
    topic = topic_organisation(c)
    if topic is None or topic.id == holder.entity.id or not goods:
        return None
    return holder, topic


def _role_goods(c: Clause, end: int) -> tuple[bool, int]:
    """Whether goods follow a role noun ending at ``end`` ("of the chips", "of them", "for its
    GPUs"), and where the phrase after the role (and a time: "last quarter") ends."""
    k, goods = end, False
    if c.w(k) in {"of", "for"}:
        if c.w(k + 1) in PRONOUN_GOODS:
            k, goods = k + 2, True
        elif c.w(k + 1) in {"the", "its", "their", "those", "these"} and goods_at(c, k + 2):
            k += 2
            while k < c.last and c.w(k) not in GOODS_NOUNS and k not in c.start_at:
                k += 1
            k, goods = k + 1, c.w(k) in GOODS_NOUNS
        else:
            return False, k
    if c.w(k) in {"last", "this"} and c.w(k + 1) in PERIODS:
        k += 2
    return goods, k


# "Acme is a second source", "Acme is another supplier": one more seller to the same buyer.
ANOTHER = frozenset(
    {"second", "third", "another", "alternative", "backup", "secondary", "additional", "other"}
)
SOURCES = frozenset(
    {"source", "supplier", "provider", "vendor", "sources", "suppliers", "providers", "vendors"}
)
BOUGHT = frozenset({"customerOf", "supplierOf"})


# The verb words between the names and "a second source": "are also now", "has been".
SOURCE_VERBS = ROLE_COPULAS | {"also", "now", "still", "has", "have", "will", "be"}


def another_source(c: Clause, previous: Sequence[Found]) -> list[Found]:
    """ "Orbit buys memory from Zenith. Acme is a second source": the clause's opening names
    sell to the buyer the previous sentence names, as "another supplier" or "also a supplier"
    does; nothing when that sentence names more than one buyer."""
    k = c.first + (c.w(c.first) in {"and", "but", "so"})
    holder = c.start_at.get(k)
    if holder is None or holder.possessive:
        return []
    listed = coordinated_right(c, holder)
    k = listed[-1].end
    while c.w(k) in SOURCE_VERBS:
        k += 1
    also = any(c.w(j) == "also" for j in range(listed[-1].end, k))
    k += c.w(k) in {"a", "an"}
    another = c.w(k) in ANOTHER
    k += another
    if c.w(k) == "memory" or c.w(k) in GOODS_NOUNS:
        k += 1  # "a second memory supplier"
    if c.w(k) not in SOURCES or not (another or also) or k == listed[-1].end:
        return []
    end = k + 1
    after = _role_goods(c, end)[1]
    if c.w(after) not in {".", ",", ";", ""} and after < c.last:
        return []  # "a second source of revenue for Orbit": its own complement
    clausal = [f for f in previous if f.predicate in BOUGHT and not f.nominal]
    buyers = {(f.subject if f.predicate == "customerOf" else f.object).id: f for f in clausal}
    if len(buyers) != 1:
        return []
    f = next(iter(buyers.values()))
    buyer = f.subject if f.predicate == "customerOf" else f.object
    out: list[Found] = []
    for m in listed:
        if m.entity.id in {f.subject.id, f.object.id} or not is_org(m.entity):
            continue
        out.append(
            Found(
                buyer,
                "customerOf",
                m.entity,
                "another_source",
                0.85,
                (m.start, end),
                (k, end),
                anaphoric=True,
            )
        )
    return out


# Words that mark a round's investors as ones the company had before: "existing backers".
RETURNING = frozenset({"existing", "earlier", "returning", "previous", "prior", "current"})


def _returning_backers(c: Clause, word: str, start: int, end: int) -> list[tuple[Mention, Entity]]:
    """A round's earlier backers named without its company: "Existing backers Acme and Orbit
    also put in more money", "Acme and Orbit were among the existing investors that came back"
    (after a sentence about Zenith's round: Zenith's investors)."""
    if word not in BACKER_NOUNS or c.w(start - 1) not in RETURNING:
        return []
    raiser = c.raiser if c.raiser is not None and c.raiser.type in ORG_TYPES else None
    if raiser is None and c.funded:
        raiser = topic_organisation(c)  # "Zenith raised $5m. ... Existing backers ..."
    if raiser is None:
        return []
    if start - 1 == c.first or (start - 2 == c.first and c.w(c.first) in {"its", "the"}):
        holders = object_right(c, end, gap=0)  # "Existing backers Acme and Orbit ..."
    elif c.w(start - 2) == "the" and c.w(start - 3) == "among" and c.w(start - 4) in ROLE_COPULAS:
        subject = clause_subject(c, start - 4)  # "Acme and Orbit were among the existing investors"
        holders = [c.start_at[k] for k in range(c.first, start) if k in c.start_at] if subject else []
        holders = [m for m in holders if subject is not None and m.entity in subject.entities]
    else:
        return []
    return [(m, raiser) for m in holders if m.entity.id != raiser.id and not m.possessive]


def _opening_role_owner(c: Clause, start: int) -> Entity | None:
    """ "Customers include Zenith", "Notable backers include Zenith": a role noun opening the
    sentence, owned by no name in it, belongs to the previous sentence's one organisation."""
    if start - c.first > 2 or any(k in c.cover or not c.alpha(k) for k in range(c.first, start)):
        return None  # a name, a number or punctuation before the role: not an opening
    return topic_organisation(c)


def _among_role_holders(c: Clause, start: int, end: int) -> list[tuple[Mention, Mention | Entity]]:
    """A sentence opening "Among the (first) investors (in Zenith) were Acme and Orbit": each
    listed name holds the role in the name the phrase gives, else in the previous sentence's
    one organisation ("Zenith was formed in 2011. Among the investors in the deal were ...")."""
    k = start - 1
    while k > c.first and start - k <= 4 and c.alpha(k) and c.t.text[k].islower() and c.w(k) != "among":
        k -= 1  # "the", "first", "early"
    if c.w(k) != "among" or k - c.first > 1 or any(j in c.cover for j in range(c.first, k)):
        return []  # "Acme is among the investors": another construction
    j, owner = end, None
    if c.w(j) in {"and", "or"} and c.w(j + 1) in ROLES:
        j += 2  # "Among its investors and shareholders"
    while j < min(end + 10, c.last) and c.w(j) not in AMONG_VERBS:
        if j in c.start_at and owner is None and not c.start_at[j].possessive and c.w(j - 1) in AMONG_OF:
            owner = c.start_at[j]  # "Among the investors in Zenith"
            j = owner.end
        elif c.filler(j) or c.w(j) in AMONG_PHRASE:
            j += 1  # "in the deal", "prior to its sale"
        else:
            return []
    if c.w(j) not in AMONG_VERBS:
        return []
    holder: Mention | Entity | None = owner if owner is not None else topic_organisation(c)
    if holder is None and c.w(end - 1) in {"customers", "clients", "users"} and len(c.topic) == 1:
        # "Dashmate is installed at 600 driving schools. Among the customers are AAA, ...": the
        # product's customers (its maker's, and users of it)
        holder = c.topic[0] if c.topic[0].type in PRODUCT_TYPES else None
    if holder is None:
        return []
    return [(m, holder) for m in object_right(c, j + 1, gap=2)]


AMONG_VERBS = frozenset({"were", "are", "was", "is", "included", "include", "includes"})
AMONG_OF = frozenset({"in", "of", "at", "the"})  # the words before the name the role is held in
AMONG_PHRASE = AMONG_OF | {"that", "this", "those", "these", "its", "their", "to", "prior", "before", "after"}


HAVING = frozenset({"has", "have", "had"})
# Verbs by which a company has, or has just gained, those a role noun lists after it: "has two
# customers, X and Y", "had signed two outside customers: X and Y".
GAINING = HAVING | {"signed", "added", "won", "landed"}


def _had_role_list(c: Clause, start: int, end: int) -> list[tuple[Mention | Subject, Entity]] | None:
    """ "Trellis has two paying customers, Lakeshore Grain and Prairie Mutual", "it had signed two
    outside customers: X and Y": the names set off after a plural role noun hold the role for the
    clause's subject, which has (or has gained) them."""
    if (
        not c.w(start).endswith("s")
        or c.w(end) not in {",", ":"}
        or (first := c.start_at.get(end + 1)) is None
    ):
        return None
    k = start - 1
    while k > c.first and start - k <= 4 and c.w(k) not in GAINING and (c.filler(k) or c.w(k).isdigit()):
        k -= 1
    owner = clause_subject(c, k) if c.w(k) in GAINING else None
    if owner is None or len(owner.entities) != 1:
        return None
    listed = {m.entity.id: m for m in coordinated_right(c, first) if m.entity not in owner.entities}
    return [(m, owner.entities[0]) for m in listed.values()] or None


# Verbs by which a buyer completes the purchase a relative's "whose acquisition" names.
CLOSING = frozenset({"completed", "closed", "announced", "finalised", "finalized", "agreed", "made"})


def _role_where(c: Clause, start: int, end: int) -> tuple[Mention, Mention] | None:
    """The holder of a role with no object in a clause ", where X has been a customer" and the
    name "where" stands for, the role's other end ("Amazon Web Services, where Goldfinch has
    been a customer since 2019")."""
    if c.w(end) in ROLE_PREPS:
        return None
    holder = apposed_before(c, start)
    place = where_antecedent(c, holder.start) if holder is not None else None
    comma = _in_which(c, holder.start) if place is None and holder is not None else None
    if comma is not None and c.w(start) in BACKER_NOUNS:
        # "Aleph Alpha (from Heidelberg), in which the Schwarz Group is itself an investor"
        place = c.end_at.get(comma)
        if place is not None and c.w(place.start - 1) == "from" and place.start - 1 in c.end_at:
            place = c.end_at[place.start - 1]  # past its home town, "from Heidelberg"
        if place is not None and c.w(place.start - 1) == "by":
            return None  # "a round led by Andreessen Horowitz, in which ...": the round's, not the leader's
    if (
        holder is not None
        and place is None
        and c.w(holder.start - 1) == "where"
        and c.w(holder.start - 2) == ","
    ):
        # "Lockward runs Sill on 120 locks in the Netherlands, where Rijkswaterstaat has been a
        # customer since 2024": a place stands before "where", and the role is the subject's
        runner = clause_subject(c, holder.start - 2) if holder.start - 2 not in c.end_at else None
        if runner is not None and len(runner.entities) == 1 and is_org(runner.entities[0]):
            return holder, Mention(runner.start, runner.start + 1, runner.entities[0])
    if holder is None or place is None or not (is_org(place.entity) or place.entity.type == "CloudPlatform"):
        return None
    return holder, place


# Roles a name can hold for the text's company with no owner named: "Zenith is a customer".
BARE_ROLES = frozenset({"customer", "client"}) | BACKER_NOUNS


def _bare_role_for_topic(c: Clause, start: int, end: int) -> tuple[Mention, Entity] | None:
    """The holder and the owner of "Zenith has been a (paying) customer since 2024" right after
    a sentence about the article's organisation: a role no owner is named for, held by the name
    before the copula, is held for the organisation the text is about."""
    if c.w(end - 1) not in BARE_ROLES or c.w(end) in ROLE_PREPS or c.w(end) == "'s":
        return None
    j = start - 1
    while j > c.first and c.filler(j) and c.t.text[j].islower() and c.w(j) not in {"a", "an"}:
        j -= 1  # "a paying", "an early"
    if c.w(j) not in {"a", "an"}:
        return None
    j -= 1
    while j > c.first and c.w(j) in {"has", "have", "been", "is", "was", "became", "remains", "also", "now"}:
        j -= 1
    holder = c.end_at.get(j + 1)
    if holder is None or holder.possessive or j + 1 == start - 1 or not is_org(holder.entity):
        return None
    # (the article's own organisation, not the last one named: "Zenith is a customer. Orbit is
    # an investor." is no stake in Zenith)
    main = c.main
    if (
        main is None
        or not is_org(main)
        or main.id == holder.entity.id
        or main.id not in {e.id for e in c.topic}
    ):
        return None
    return (holder, main) if holder.start == clause_start(c, holder.start) else None


def _in_which(c: Clause, k: int) -> int | None:
    """Where the comma of ", in which" or ", of which" stands right before the name at ``k``
    (or before "the" and the name), or None."""
    k -= c.w(k - 1) == "the"
    return k - 3 if c.w(k - 1) == "which" and c.w(k - 2) in {"in", "of"} and c.w(k - 3) == "," else None


def _subject_of_relative(c: Clause, m: Mention) -> bool:
    """Whether ``m``, after "whose acquisition", is the relative clause's subject, the buyer,
    by the verb after it ("whose acquisition Marvell completed in April"), not what was bought."""
    return c.w(m.end) in CLOSING or (c.w(m.end) in {"has", "had"} and c.w(m.end + 1) in CLOSING)


def _role_holder_after(c: Clause, end: int) -> Mention | None:
    """Who holds a role noun ending at ``end``: "its partner (,) Zenith", "its largest customer
    is Zenith", "its largest customer yet: Zenith"."""
    if c.w(end) == ")":
        return None  # "Zenith (via its bakery unit), Orbit": the aside closes before the name
    if c.w(end) in {"last", "this"} and c.w(end + 1) in PERIODS:
        end += 2  # "Zenith's biggest buyer last year was Acme"
    if c.w(end) in {"company", "firm", "group"} and c.w(end + 1) in {"is", "was", "remains", "remained"}:
        end += 1  # "whose parent company is Acme"
    if c.w(end) in {"is", "was", "remains", "remained", "became"}:
        k = end + 1
        while c.w(k) in STANDING_ADVERBS:  # "its largest customer is still Zenith"
            k += 1
        described = _described_name(c, k) if k not in c.start_at else []
        return described[0] if described else c.start_at.get(k)  # "is the law firm Zenith"
    after = c.mention_after(end, limit=1)
    if after is not None and after.start == end + 1 and c.w(end) != "," and not qualifier_word(c.w(end)):
        after = None  # "Acme's cloud unit hosts Quill": a verb between, not the unit's name
    if after is None and c.w(end) == ",":
        described = _described_name(c, end + 1)  # "Zenith's parent, the Swedish forestry group Acme,"
        after = described[0] if len(described) == 1 and c.w(described[0].end) in {",", "."} else None
    if after is None and c.w(end) == "," and (placed := past_place_possessive(c, end + 1)) > end + 1:
        after = c.start_at[placed]  # "Rentokil's largest European rival, Sweden's Anticimex,"
    if after is not None and c.w(end) == "," and c.w(after.end) in SPEECH:
        return None  # "is also its largest paying customer, Sølvberg confirmed": the speaker
    return after or _named_after_colon(c, end)


PERIODS = frozenset(
    {"year", "quarter", "month", "week", "season", "spring", "summer", "autumn", "fall", "winter"}
)


def _named_after_colon(c: Clause, end: int) -> Mention | None:
    """ "its largest customer yet: Zenith", "its first partner: Zenith": the name the colon gives."""
    k = end
    while k < end + 2 and c.w(k) in {"yet", "so", "far", "to", "date", "now", "ever"}:
        k += 1
    return c.start_at.get(k + 1) if c.w(k) == ":" else None


NAMING_VERBS = frozenset(
    {"named", "names", "name", "naming", "made", "makes", "appointed", "chose", "picked"}
    | {"considers", "considered", "consider", "calls", "called", "call"}  # "considers Cohere its rival"
)
# Verbs that give a role's holders after "as": "names its competitors as AWS and Azure".
LISTING_VERBS = frozenset({"named", "names", "lists", "listed", "identifies", "identified", "cites", "cited"})


def _named_as(c: Clause, k: int) -> tuple[Mention, Entity] | None:
    """ "Zenith named Acme its partner": (the role holder Acme, the owner of "its", Zenith); so
    "Cindral considers Cohere, the Toronto-based model maker, its closest rival"."""
    holder = c.end_at.get(k)
    if holder is None and c.w(k - 1) == ",":
        holder = apposed_head(c, k - 1)  # past the holder's apposition
    if holder is None or holder.possessive or c.w(holder.start - 1) not in NAMING_VERBS:
        return None
    namer = clause_subject(c, holder.start - 1)
    if namer is None or namer.anaphoric or len(namer.entities) != 1:
        return None
    return holder, namer.entities[0]


def _past_role_adjectives(c: Clause, start: int) -> int:
    """Where the words before a plural role noun at ``start`` begin after their copula ("are
    already paying customers"): the copula then stands right before."""
    j = start - 1
    while j > c.first and c.w(j) not in COPULA and (c.filler(j) or c.w(j) in STANDING_ADVERBS):
        j -= 1
    return j + 1 if c.w(j) in COPULA else start


def _reported_role(c: Clause, k: int) -> tuple[Mention | Subject, Entity] | None:
    """ "Zenith said Acme will now be its cloud provider": the role holder is the clause's
    subject before a copula, and "its" is the speaker's ("... its partner as well as its ...")."""
    if c.w(k - 1) in {"as", "and"}:
        k = next((i for i in range(k - 1, max(c.first, k - 9), -1) if c.w(i) in {"its", "their"}), k)
    j = k - 1
    while j > c.first and c.w(j) in COPULA | {"will", "would", "to"}:
        j -= 1
    holder = c.end_at.get(j + 1)
    if holder is None or holder.possessive or j + 1 == k:
        return None
    listed = coordinated_left(c, holder, objects=True)  # "says Mistral AI and Lumaforge AI are"
    said = listed[0].start - 1 - (c.w(listed[0].start - 1) == "that")  # "said (that) Amazon remains its"
    if c.w(said) not in SPEECH:
        return None
    speaker = sentence_antecedent(c, listed[0].start)
    if speaker is None or speaker.entity.id == holder.entity.id:
        return None
    if len(listed) > 1:
        return Subject(tuple(m.entity for m in listed), listed[0].start), speaker.entity
    return holder, speaker.entity


def _speaker_holds(c: Clause, start: int) -> Mention | None:
    """ "Zenith said it remains a customer of": "it", the subject of the role's copula, is the
    speaker before the verb of saying."""
    j = start - 1
    while j > c.first and c.w(j) in COPULA - {"its", "their", ","}:
        j -= 1
    if c.w(j) not in {"it", "they"} or j + 1 == start or c.w(j - 1) not in SPEECH | {"that"}:
        return None
    speaker = sentence_antecedent(c, j)
    return speaker if speaker is not None and not speaker.possessive else None


# Words between a role holder and "its ...": "Zenith will be its largest", "Zenith and Orbit are
# among its customers".
HOLDER_LINKS = frozenset({"will", "would", "to", "two", "three", "biggest", "largest", "among"})


DURATIONS = frozenset({"decade", "decades", "year", "years", "months", "weeks", "while", "long"})


def _place_at(c: Clause, k: int) -> bool:
    """Whether a known place opens at ``k`` ("the Google research unit in London"): where the
    role is held, not its other party."""
    return k not in c.cover and any(
        known_place(c, k, k + size)
        and not (c.w(k + size) == "-" and c.w(k + size + 1) in PLACED)
        and not (c.w(k + size) in POSSESSIVE_MARKS and k + size + 1 in c.start_at)
        for size in (1, 2, 3)
    )  # (not "of Amsterdam-listed Mosaic Learning Group" nor "of Germany's Zenith": whose place)


def _cast_as(c: Clause, start: int) -> Subject | None:
    """Who casts itself in the role at ``start``: "(it) has positioned itself as a direct rival
    to", "pitches itself as a partner of"."""
    k = start - 1
    # (past adjectives, hyphened or listed: "as a cheaper, low-power rival to")
    while (
        k > c.first
        and start - k <= 7
        and c.w(k) != "as"
        and (c.filler(k) or c.w(k) in {"a", "an", "the", ",", "-"})
    ):
        k -= 1
    if c.w(k) != "as" or c.w(k - 1) not in {"itself", "themselves"}:
        return None
    return clause_subject(c, k - 2)


APPROXIMATE = frozenset({"about", "around", "some", "nearly", "almost", "over", "roughly", "more"})


def _use_after_modifier(c: Clause, start: int, end: int) -> bool:
    """Whether "for" after a role a name before it qualifies says what the role is for, no
    name following: "it remains an SAP customer for accounting and payroll" (SAP's customer)."""
    if c.w(end) != "for" or (named := c.end_at.get(start)) is None or named.possessive:
        return False
    return not any(j in c.start_at for j in range(end + 1, min(end + ROLE_USE_REACH, c.last)))


ROLE_USE_REACH = 6  # words after "for" that would name the role's other: "for Zenith's new plant"


def _measure_at(c: Clause, k: int) -> bool:
    """Whether "for" at ``k`` opens a duration ("a customer for a decade", "for two years"),
    not the role's other ("a supplier for Zenith"); or "with" a count of what the holder has
    ("a Sudsway competitor with 140 locations", not "a partnership with Zenith")."""
    if c.w(k) == "with":
        return quantity(c.w(k + 1)) or c.w(k + 1) in APPROXIMATE
    if c.w(k) != "for":
        return False
    for j in range(k + 1, min(k + 5, c.last)):
        if j in c.cover:
            return False  # "a supplier for Zenith for two years": the name comes first
        if c.w(j) in DURATIONS:
            return True
    return False


def _closes_before_list(c: Clause, member: Mention, index: int) -> bool:
    """Whether the comma after a role's ``index``-th other closes the apposition, the list going
    on outside it ("GV, the venture arm of Alphabet, and Index"), not inside ("the owner of Kay,
    Zales and Jared")."""
    joined = c.w(member.end + 1) in {"and", "or"}
    if index > 0:
        return not joined  # ("the owner of Kay, Zales, and Jared,": the Oxford comma goes on)
    return joined or c.mention_after(member.end + 1, limit=0) is None


def _renamed_after(c: Clause, start: int, last: Mention) -> Mention | None:
    """The name set off after a role phrase that opens the sentence: "The company behind Quill,
    Acme, raised money", "The largest investor in Zenith, Acme, ..." (Acme holds the role)."""
    k = start - 1
    while k > c.first and c.filler(k):
        k -= 1
    if k != c.first or c.w(k) not in {"the", "a", "an"} or c.w(last.end) != ",":
        return None
    renamed = c.start_at.get(last.end + 1)
    return renamed if renamed is not None and c.w(renamed.end) == "," and not renamed.possessive else None


def _quoted_we_hold(c: Clause, start: int) -> Subject | None:
    """'"We are (not) an investor in Zenith," Acme said': a quote's "we", the subject of the
    role's copula, is its speaker (the clause's topic while the quote is read)."""
    j = start - 1
    while j > c.first and (c.w(j) in COPULA - {"its", "their", ","} or c.w(j) in {"never", "no", "longer"}):
        j -= 1
    if j not in c.first_person or c.w(j) not in {"it", "they"} or j + 1 == start or len(c.topic) != 1:
        return None
    return Subject((c.topic[0],), j)


def _held_for_topic(c: Clause, k: int) -> tuple[Mention, Entity] | None:
    """ "Acme makes chips. Zenith is its largest customer": the clause's opening name holds the
    role, so "its" cannot be that name; it is the previous sentence's one organisation."""
    j = k - 1
    while j > c.first and c.w(j) in COPULA | HOLDER_LINKS:
        j -= 1
    holder = c.end_at.get(j + 1)
    if holder is None or holder.possessive or j + 1 == k or c.w(k + 1) == "own":
        return None
    listed = coordinated_left(c, holder)
    opening = listed[0].start
    # a second clause, after ", and" or a semicolon ("...; Hugging Face is among its customers")
    second = (c.w(opening - 1) in {"and", "but"} and c.w(opening - 2) == ",") or c.w(opening - 1) == ";"
    if k in c.first_person and (second or opening - c.first <= 1):
        # "Azure runs the X2, and Meta became our second customer": the speaker's
        ours = c.topic[0] if len(c.topic) == 1 else None
        return (holder, ours) if ours is not None and all(m.entity.id != ours.id for m in listed) else None
    if second:
        first = c.start_at.get(c.first)  # "OpenAI trains on Azure, and Microsoft is its largest shareholder"
        owner = first is not None and (is_org(first.entity) or first.entity.type == "CloudPlatform")
        if first is not None and owner and not first.possessive and first not in listed:
            return holder, first.entity
        return None
    if len(c.topic) != 1:
        return None
    if any(m.start < listed[0].start for m in c.mentions) or listed[0].start - c.first > 1:
        return None  # not the clause's opening name: "Zenith said Acme is its ..." is reported
    topic = c.topic[0]
    if topic.type not in ORG_TYPES - {"NewsOutlet"} or any(m.entity.id == topic.id for m in listed):
        return None
    return holder, topic


def _modifying_owner(c: Clause, start: int) -> Mention | None:
    """The name qualifying a role noun at ``start`` past its other modifiers: "the Acme research
    unit", "the Alphabet drug-discovery unit" (a hyphened word counts as one)."""
    k = start - 1
    while k > start - hyphened_reach(c, start, 2) and (c.filler(k) or c.w(k) == "-") and k not in c.cover:
        if c.w(k) == "-" and k - 1 in c.cover:
            return None  # "the Nvidia-backed cloud provider": a compound, not Nvidia's provider
        k -= 1
    return c.end_at.get(k + 1)


def _described_possessor(c: Clause, k: int) -> Mention | None:
    """The organisation "the chipmaker's" at ``k`` means, when the unit it describes bears its
    name: "Qualcomm Ventures, the chipmaker's investment arm" (Qualcomm, named in the sentence
    or the previous one); nobody else (a mention of it at the noun)."""
    holder = c.end_at.get(k - 1) if c.w(k - 1) == "," else None
    if holder is None:
        return None
    family = holder.entity.label.split()[0].lower()
    named = [m.entity for m in c.mentions if m.end <= k] + list(c.topic)
    found = [
        e for e in named if is_org(e) and e.id != holder.entity.id and e.label.split()[0].lower() == family
    ]
    return Mention(k + 1, k + 2, found[0]) if len({e.id for e in found}) == 1 else None


def _company_possessor(c: Clause, k: int) -> Mention | None:
    """The organisation "the company's" at ``k`` means: the one the sentence named before it, or
    else the one the text is about (a mention of it at the noun)."""
    if c.w(k - 1) == ",":
        return None  # "Corvid Labs, the company's research subsidiary": an apposition, read as such
    before = {m.entity.id: m.entity for m in c.mentions if m.end <= k and is_org(m.entity)}
    if len(before) > 1:
        return None
    meant = next(iter(before.values()), None)
    if meant is None and len(c.topic) == 1 and is_org(c.topic[0]):
        meant = c.topic[0]
    return Mention(k + 1, k + 2, meant) if meant is not None else None


def _main_by_its_kind(c: Clause, k: int) -> Mention | None:
    """The article's organisation when "the" at ``k`` names it by the last word of its name:
    "the trust" in a release of Granite Span Realty Trust, "the bank" in Halden Bank's (a
    mention of it at that noun)."""
    main = c.main
    if main is None or c.w(k) != "the" or main.type not in ORG_TYPES or " " not in main.label:
        return None
    kind = main.label.rsplit(" ", 1)[1].lower()
    named = c.w(k + 1) == kind and c.w(k + 2) not in POSSESSIVE_MARKS
    return Mention(k + 1, k + 2, main) if named else None


SECOND_APPOSITION_REACH = 8  # words of the first description: "a Denver GPU cloud"


def _second_apposed(c: Clause, start: int) -> Mention | None:
    """The name an apposition's second description describes: "Harbor, a Denver GPU cloud and
    a smaller rival to CoreWeave" (Harbor, the rival); "Flutter, the owner of FanDuel and one of
    Crestline's largest rivals" (``start`` at Crestline's)."""
    k = start - 1
    while k > c.first and start - k <= 4 and c.filler(k) and c.w(k) not in {"a", "an", "the"}:
        k -= 1
    if c.w(k) == "of" and c.w(k - 1) == "one":
        k -= 2  # "and one of Crestline's largest rivals"
    elif c.w(k) in {"a", "an", "the"}:
        k -= 1
    else:
        return None
    if c.w(k) != "and":
        return None
    for j in range(k - 1, max(c.first, k - 1 - SECOND_APPOSITION_REACH), -1):
        if c.w(j) in {";", "which", "that", "who"} or c.w(j) in AUX:
            return None
        if c.w(j) == ",":  # the first description opens on an article or a role noun
            if c.w(j + 1) not in {"a", "an", "the"} and c.w(j + 1) not in ROLES:
                return None
            named = c.end_at.get(j)
            return named if named is not None and not named.possessive else None
    return None


def _along_with(
    c: Clause, end: int, pairs: list[tuple[Mention | Subject, Mention | Entity]], pred: str
) -> list[tuple[Mention | Subject, Mention | Entity]]:
    """More holders of the one role read, named after it with ", along with" or ", alongside":
    "Graphcore is among Ferrin's most direct competitors, along with Cambridge-based Ilara
    Silicon"."""
    whom = {(w.entity if isinstance(w, Mention) else w).id: w for _, w in pairs}
    if len(whom) != 1 or pred in {"parentOf", "subsidiaryOf"}:
        return []  # ("the Samsung Catalyst Fund, its venture arm, alongside Fidelity": no second arm)
    # past the holders listed after the role ("names its competitors as A and B, along with ...")
    # and a short scope ("one of Brannock's main rivals in Europe, alongside Nutrien")
    k = max([end] + [who.end for who, _ in pairs if isinstance(who, Mention) and who.start > end])
    # (an investor's role reaches past its round: "among the investors in a $6 billion round that
    # xAI closed in December, alongside venture firms including Sequoia Capital")
    reach = ROUND_ALONG_REACH if pred == "investsIn" else ALONG_REACH
    while (
        k < min(end + reach, c.last)
        and c.w(k) != ","
        and c.w(k) not in BOUNDARY
        and (
            c.filler(k)
            or k in c.cover
            or c.w(k) in SCOPES
            or c.t.text[k][:1].isupper()
            or (pred == "investsIn" and not c.t.punct[k] and c.w(k) not in CONJUNCTIONS | AUX)
        )
    ):
        k += 1
    if [c.w(k), c.w(k + 1), c.w(k + 2)] == [",", "along", "with"]:
        k += 3
    elif [c.w(k), c.w(k + 1)] == [",", "alongside"]:
        k += 2
    else:
        return []
    other = next(iter(whom.values()))
    return [(m, other) for m in object_right(c, k, gap=hyphened_gap(c, k, 3)) if is_org(m.entity)]


ALONG_REACH = 12  # words from the role noun to its ", along with": "rivals in Europe, alongside"
ROUND_ALONG_REACH = 16  # the same past an investor's round: "investors in a $6 billion round that ..."
SCOPES = frozenset({"in", "for", "at", "among", "across"})


def _apposed_ours(c: Clause, k: int, speaker: Entity) -> Mention | None:
    """The name a first-person role at ``k`` is set beside: "Okta, our identity provider",
    "Tansy, our inference partner for overflow traffic" (not the speaker itself)."""
    if c.w(k - 1) != ",":
        return None
    holder = apposed_before(c, k)
    return holder if holder is not None and holder.entity.id != speaker.id else None


def _relative_holds_its(c: Clause, k: int) -> tuple[Mention, Entity] | None:
    """The holder and owner of a role "its" at ``k`` names inside a relative aside: in "Ferrous
    buys its hardware from Nvidia - which is also one of its investors -", Nvidia holds the role
    and "its" is the main clause's subject, Ferrous."""
    holder = apposed_before(c, k)
    if holder is None or c.w(holder.end + 1) not in {"which", "who"}:
        return None
    main = sentence_antecedent(c, holder.start)
    return (holder, main.entity) if main is not None and main.entity.id != holder.entity.id else None


# Role nouns that name a unit of the owner whatever else the name is: "its Pure Technologies
# subsidiary", "its Orbit unit".
OWN_UNITS = frozenset({"subsidiary", "subsidiaries", "unit", "units", "division", "divisions"})


def _pronoun_owner(c: Clause, k: int) -> Entity | None:
    """Whom "its" at ``k`` stands for: the name just before "and its" ("Acme and its bank
    subsidiary Zenith"), else the clause's subject, else the sentence's first one."""
    if k in c.first_person and len(c.topic) == 1:
        return c.topic[0]  # "our investors": the speaker's
    joined = c.end_at.get(k - 1) if c.w(k - 1) == "and" else None
    if joined is not None and not joined.possessive:
        return joined.entity
    found = clause_subject(c, k)
    apposed = c.end_at.get(k - 1) if c.w(k - 1) == "," else None  # "Compass, its biggest competitor"
    if (
        apposed is not None
        and is_org(apposed.entity)
        and found is not None
        and found.entities == (apposed.entity,)
    ):
        found = None  # the name "its" describes is no owner of it: an earlier one is
    held = _copular_holder(c, k, None)  # "and Zenith remains its largest customer"
    if held is not None and found is not None and found.entities == (held.entity,) and k - c.first > 3:
        found = None  # nor is the role's holder: "its" is the earlier company's
    if found is not None and not found.anaphoric and len(found.entities) == 1:
        return found.entities[0]
    earlier = sentence_antecedent(c, k)
    if earlier is not None:
        return earlier.entity
    opens = not any(m.start < k and not after_preposition(c, m) for m in c.mentions) and (
        k - c.first <= 2
        or c.w(k - 1) in {",", ";"}
        or c.w(k - 1) in SPEECH
        or (c.w(k - 1) in {"and", "but"} and c.w(k - 2) in {",", ";"})
    )  # "Its customers ...", "Besides Zenith, its ...", "The chief executive said its ...",
    # "It is listed in London, and its largest shareholder is ..."
    return topic_organisation(c) if opens else None  # "Acme makes robots. Its customers include Zenith."


def _copula_before(c: Clause, k: int) -> int:
    """Where the verb before "its" at ``k`` stands, past "still", "also", "now", "already"."""
    j = k - 1
    while c.w(j) in {"still", "also", "now", "already"}:
        j -= 1
    return j


def _holder_past_aside(c: Clause, k: int) -> tuple[Mention, Entity] | None:
    """The subject of a copula before "its" at ``k`` past a relative aside, and the one other
    organisation the aside names, whose role it holds: "Vennholt, which led Quenby's seed round in
    2024, is also its largest paying customer" (Vennholt, Quenby); an aside that names none
    leaves "its" to the previous sentence's one organisation."""
    j = _copula_before(c, k)
    if c.w(j) not in ROLE_COPULAS or c.w(j - 1) != ",":
        return None
    opening = next((i for i in range(j - 2, max(c.first, j - 20), -1) if c.w(i) == ","), None)
    if opening is None or c.w(opening + 1) not in {"which", "who"}:
        return None
    holder = c.end_at.get(opening)
    named = {m.entity for m in c.mentions if opening < m.start < j and is_org(m.entity)}
    if holder is None or holder.possessive or not is_org(holder.entity):
        return None
    others = named - {holder.entity}
    if not others and (topic := topic_organisation(c)) is not None and topic != holder.entity:
        return holder, topic  # "Rinkwise makes ... Polar Arenas, which runs 41 rinks, is its largest client"
    return (holder, others.pop()) if len(others) == 1 else None


def _copular_holder(c: Clause, k: int, owner: Entity | None) -> Mention | None:
    """The organisation opening a clause after ", and" right before a copula before "its" at
    ``k`` ("Nori is 30% owned by its former parent, and Uogashi remains its largest customer"),
    if another than ``owner`` (an organisation)."""
    j = _copula_before(c, k)
    holder = c.end_at.get(j) if c.w(j) in ROLE_COPULAS else None
    if holder is None or holder.possessive or not is_org(holder.entity) or holder.entity == owner:
        return None
    if (c.w(holder.start - 2), c.w(holder.start - 1)) != (",", "and") or (
        owner is not None and not is_org(owner)
    ):
        return None  # (a new clause after the one whose subject "its" stands for)
    return holder


# What a business "arm" does: "its venture arm", not "Talon, its warehouse picking arm".
ARM_BUSINESSES = frozenset({"venture", "investment", "investing", "capital", "research", "services"})
ARM_BUSINESSES |= frozenset({"lending", "financing", "consulting", "software", "retail", "insurance"})
ARM_BUSINESSES |= frozenset({"payments", "banking", "trading", "media", "corporate", "cloud", "chip"})
ARM_BUSINESSES |= frozenset({"manufacturing"})


def _apposed_its(c: Clause, k: int, owner: Entity, start: int) -> Mention | None:
    """The name an apposition opening with "its" at ``k`` describes ("Thunes, its payout
    partner"), when "its" stands for another organisation; the role noun starts at ``start``."""
    if c.w(start) in {"arm", "arms"} and c.w(start - 1) not in ARM_BUSINESSES:
        return None
    named = c.end_at.get(k - 1) if c.w(k - 1) == "," else None
    if named is None or named.possessive or named.entity == owner or not is_org(named.entity):
        return None
    return named


def _copular(c: Clause, lo: int, hi: int) -> bool:
    """Whether a verb links the two ("Acme is/became/could become a rival of"): then the
    clause's modality applies, unlike in an apposition ("Acme, a rival of ...")."""
    return any(
        c.w(k) in COPULA - {",", "a", "an", "the", "its", "their", "of", "one", "as"} for k in range(lo, hi)
    )


MAKING_VERBS = frozenset(
    {
        "released",
        "launched",
        "built",
        "developed",
        "designed",
        "designs",
        "makes",
        "made",
        "trained",
        "unveiled",
        "wrote",
        "created",
    }
)


def _product_made_by(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Quill, the flagship model that Acme released": Acme develops Quill; "Halite Cloud, a
    platform it built and launched": the owner of "it" does; so does "Perspective, the tool
    from Jigsaw"."""
    product = apposed_before(c, start)
    if product is None or not productish(product.entity):
        return []
    if (
        c.w(end)
        in {"from", "of"}  # "the tool from Jigsaw", "the hosted notebook product of Brightpaper Inc."
        and c.w(product.end + 1) in {"the", "a", "an"}  # the apposition itself, no clause between
        # ("a try-on service from the Amsterdam start-up Fitcraft": past the maker's description)
        and (maker := c.start_at.get(end + 1) or _bare_described(c, end + 1)) is not None
        and not maker.possessive
    ):
        if not is_org(maker.entity) or maker.entity.id == product.entity.id:
            return []  # "Perspective, the toxicity-scoring tool from Jigsaw": Jigsaw's
        return findings(rule, c, Subject((maker.entity,), maker.start), "develops", [product], start, end + 1)
    k = end + (c.w(end) in {"that", "which"})
    if c.w(k) in {"it", "they"} and c.w(k + 1) in MAKING_VERBS:
        owner = _pronoun_owner(c, k)
        if owner is None or not is_org(owner) or owner.id == product.entity.id:
            return []
        return findings(rule, c, Subject((owner,), k), "develops", [product], start, k + 2, nominal=True)
    # (or with the relative word left out: "a design assistant Vennholt's team wrote")
    maker = c.start_at.get(end + 1) if c.w(end) in {"that", "which"} else c.start_at.get(end)
    if maker is None or not is_org(maker.entity):
        return []
    verb = maker.end
    if maker.possessive:  # "a chat assistant that Orrin's data team built": the staff's employer
        verb += 1
        while verb < maker.end + 4 and c.w(verb) not in STAFF_NOUNS and c.filler(verb):
            verb += 1
        verb += c.w(verb) in STAFF_NOUNS
    if c.w(verb) not in MAKING_VERBS or (maker.possessive and c.w(verb - 1) not in STAFF_NOUNS):
        return []
    subj = Subject((maker.entity,), maker.start)
    return findings(rule, c, subj, "develops", [product], start, verb + 1, nominal=True)


# Verbs after which "from" names whom goods were had from, not who made them: "rented H100
# GPUs from CoreWeave".
SOURCING = BUYING | frozenset(
    {"rent", "rents", "rented", "renting", "lease", "leases", "leased", "leasing", "order", "orders"}
    | {"ordered", "source", "sources", "sourced", "resell", "resells", "resold", "get", "gets", "got"}
    | {"obtained"}
)


# Words of a kind between a product's name and its noun: "Q7 inference accelerators".
PRODUCT_KIND_WORDS = frozenset(
    {"inference", "training", "ai", "language", "speech", "vision", "edge", "network"}
)


def _product_from(rule: Rule, c: Clause, named: Mention, start: int, end: int) -> list[Found]:
    """ "runs on the K9 accelerator from Brightwater Silicon": the organisation after "from"
    makes the product named before its noun, unless the clause has it bought or rented (then
    "from" names a seller) or the registry files it under another maker."""
    source = c.start_at.get(end + 1)
    if source is None or source.possessive or not is_org(source.entity) or not productish(named.entity):
        return []
    if named.end != start and not (named.end == start - 1 and c.w(named.end) in PRODUCT_KIND_WORDS):
        return []  # ("Agentforce platform uses models from OpenAI": the models are another's)
    if any(c.w(k) in SOURCING for k in range(c.first, start)):
        return []
    subj = Subject((source.entity,), source.start)
    if registry_designed_by_another(named, subj):
        return []
    return findings(rule, c, subj, "develops", [named], start, end + 1, nominal=True)


# Nouns a product noun may qualify to name a unit of a company: "its cloud arm", "its chip unit".
UNIT_HEADS = frozenset({"arm", "unit", "division", "business", "subsidiary", "affiliate", "group"})


PRODUCT_SETS = frozenset({"family", "line", "series", "range", "lineup"})  # "Google's family of models"


def product(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """Products named by their maker: "Acme's cloud platform, Nimbus", "Nimbus, Acme's chatbot",
    "Acme services like Nimbus and Nova"."""
    pairs: list[tuple[Mention, Mention]] = []  # (maker, product)
    if c.w(end) in UNIT_HEADS:
        return []  # "AWS, its cloud arm": a unit the role rules read, not a product
    if c.w(end) == "-" and not c.spaced(end - 1):
        return []  # "the group's cloud-computing subsidiary": the compound's head comes later
    if (based := _base_model(rule, c, start, end)) is not None:
        return based
    k = start - 1
    reach = hyphened_reach(c, start, 4)
    hyphened = {
        j for j in range(k - reach, k + 1) if c.w(j - 1) == "-" or c.w(j + 1) == "-"
    }  # "speech-to-text"
    while (
        k > c.first
        and (c.filler(k) or k in hyphened or c.w(k) in ORDINALS)  # "Spinnaker's first model, Helm-1"
        and start - k <= reach
        and c.w(k) not in POSSESSIVE_MARKS
    ):
        k -= 1
    family = c.w(k) == "of" and c.w(k - 1) in PRODUCT_SETS and c.w(k - 2) in POSSESSIVE_MARKS
    k -= 2 * family  # "Gemini, Google's family of AI models": the maker of the whole family
    maker = c.end_at.get(k) if c.w(k) in POSSESSIVE_MARKS else c.end_at.get(start)
    described = c.end_at.get(k + 1) if maker is None and k + 1 < start else None
    if described is not None and productish(described.entity) and not described.possessive:
        maker = described  # "its Quill reasoning model": a kind of model between name and noun
    if maker is None and (
        found := _its_named_product(rule, c, start, end) or _named_then_its(rule, c, start, end)
    ):
        return found
    companys = maker is None and c.w(k) in POSSESSIVE_MARKS
    if companys and (found := _the_companys_product(rule, c, k, start, end)):
        return found
    if maker is None:
        return _product_made_by(rule, c, start, end)
    if not maker.possessive and c.w(end) == "from":
        return _product_from(rule, c, maker, start, end)
    own = maker.start - 1 - (c.w(maker.start - 1) in OWN_WORDS)  # "its own Sonar models"
    if [c.w(j) for j in range(maker.start - 3, maker.start)] == ["in", "-", "house"]:
        own = maker.start - 4  # "its in-house Trainium chips"
    elif c.w(maker.start - 2) == "-" and c.w(maker.start - 4) in {"its", "their", "whose"}:
        own = maker.start - 4  # "whose open-weight Wren-2 model"
    if productish(maker.entity) and (owner := _its_product_owner(c, own)) is not None:
        subj = Subject((owner.entity,), owner.start)
        if own < maker.start - 1 and registry_designed_by_another(maker, subj):
            return []  # "its own Exynos" is Samsung's, whoever the clause's subject is
        return findings(rule, c, subj, "develops", [maker], start, end, nominal=True)
    word = c.w(start)
    if word in PRODUCT_PLURALS:
        opener = end + (1 if c.w(end) == "," else 0)
        if c.w(opener) in {"like", "such", "including"}:
            for m in object_right(c, opener + (2 if c.w(opener) == "such" else 1), gap=1):
                pairs.append((maker, m))
        one_of = maker.possessive and [c.w(j) for j in range(maker.start - 3, maker.start)] == [
            ",",
            "one",
            "of",
        ]
        if one_of and (named := c.end_at.get(maker.start - 3)) is not None and not named.possessive:
            pairs.append((maker, named))  # "Ministral 3B, one of Mistral's small open-weight models"
        elif maker.possessive and (generation := _generation_of(c, maker.start)) is not None:
            pairs.append((maker, generation))  # "Spark, the latest generation of Zenith's chips"
        elif (
            family
            and c.w(maker.start - 1) in {",", "is", "was"}
            and (apposed := apposed_before(c, maker.start))
        ):
            pairs.append((maker, apposed))  # "Gemini, Google's family of AI models"
    elif maker.possessive:
        named = c.mention_after(end, limit=1)
        if named is None and c.w(end) == "," and c.w(end + 1) in NAMING_WORDS | {"the"}:
            # "Orvane's second-generation chip, the OV-2,", "Magpie's vision system, called Plume,"
            named = c.start_at.get(end + 2)
        if named is None and c.w(end) == "," and c.w(end + 1) == "known" and c.w(end + 2) == "as":
            named = c.start_at.get(end + 3)  # "Acme's routing model, known as Quill,"
        if named is None and c.w(end) == "," and c.w(end + 1) in {"a", "an"}:
            named = _called_in_apposition(
                c, end + 2
            )  # "Tidewise's core product, a routing model called Current-7"
        if named is not None:
            pairs.append((maker, named))
        else:
            apposed = apposed_before(c, maker.start)
            # "Nimbus, Acme's chatbot", "Parlance is Dovetail's AI coding assistant"
            if apposed is not None and c.w(maker.start - 1) in {",", "is", "was"}:
                pairs.append((maker, apposed))
            elif (generation := _generation_of(c, maker.start)) is not None:
                pairs.append((maker, generation))  # "Le Chat Enterprise, the workplace edition of ..."
    elif c.w(maker.start - 1) in {"the", "a", "an"} and c.w(maker.start - 2) == "," and is_org(maker.entity):
        apposed = c.end_at.get(maker.start - 2)  # "Tessary-4, the Morrow Labs model we serve"
        if apposed is not None and c.mention_after(end, limit=1) is None:
            pairs.append((maker, apposed))
    out: list[Found] = []
    for mk, prod in pairs:
        if makes_products(mk.entity, prod.entity) and productish(prod.entity):
            subj = Subject((mk.entity,), mk.start)
            out += findings(rule, c, subj, "develops", [prod], start, end, nominal=True)
    return out


# Nouns for one of a maker's series of products: "the latest generation of Zenith's chips".
GENERATION_WORDS = frozenset({"generation", "version", "iteration", "edition", "member", "release"})
GENERATION_REACH = 3  # words between the apposition's article and its noun: "the latest"


def _generation_of(c: Clause, of_owner: int) -> Mention | None:
    """The name an apposition "the latest generation of" before the maker at ``of_owner``
    renames: "Vireo-3, the third generation of Halvor's animal-behaviour model"."""
    k = of_owner - 1
    if c.w(k) != "of" or c.w(k - 1) not in GENERATION_WORDS:
        return None
    j = k - 2
    while j > c.first and k - j <= GENERATION_REACH + 1 and c.w(j) not in {"the", "a", "an"}:
        if not c.filler(j):
            return None
        j -= 1
    named = c.end_at.get(j - 1) if c.w(j) in {"the", "a", "an"} and c.w(j - 1) == "," else None
    return named if named is not None and not named.possessive and is_product(named.entity) else None


CALLED_REACH = 5  # words of an apposition's noun before "called" ("a routing model called")


def _called_in_apposition(c: Clause, k: int) -> Mention | None:
    """The name an apposition opening at ``k`` gives after "called", "named" or "dubbed"."""
    for j in range(k, min(k + CALLED_REACH, c.last)):
        if c.w(j) in NAMING_WORDS:
            return c.start_at.get(j + 1)
        if not c.alpha(j) or j in c.cover:
            return None
    return None


# What a company's own product rests on: "Acme's base model is Quill".
BASE_WORDS = frozenset({"base", "underlying", "foundation", "default"})


def _base_model(rule: Rule, c: Clause, start: int, end: int) -> list[Found] | None:
    """ "Acme's base model is Zenith's Quill", "Its underlying model is Quill": the owner uses
    the model named after the copula; None when the phrase is not one."""
    if c.w(start) not in {"model", "models"} or c.w(start - 1) not in BASE_WORDS:
        return None
    if c.w(end) not in {"is", "was", "remains", "are", "were"}:
        return None
    k = start - 2
    if c.w(k) in POSSESSIVE_MARKS and (owner := c.end_at.get(k)) is not None:
        subj = Subject((owner.entity,), owner.start)
    elif c.w(k) in {"its", "their"} and (pronoun := _pronoun_owner(c, k)) is not None:
        subj = Subject((pronoun,), k)
    else:
        return None
    used = c.start_at.get(end + 1)
    if used is not None and used.possessive and (named := c.start_at.get(used.end + 1)) is not None:
        used = named  # "is Zenith's Quill": Quill
    if used is None or not productish(used.entity) or not all(is_org(e) for e in subj.entities):
        return None
    return findings(rule, c, subj, "usesTechnologyOf", [used], start, end)


INTO = frozenset({"into", "inside", "within"})  # where a product is built into the subject's own


def _its_named_product(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Its newest model, Quill, ...": the owner of "its" makes the product named in apposition,
    as the subject, also after a speaker the text does not name ("The founder said its newest
    model, Quill, ...")."""
    k = start - 1
    while k > c.first and start - k <= 3 and (c.filler(k) or c.w(k) in ORDINALS):
        if c.w(k) in {"its", "their"}:
            break
        k -= 1
    after = end + 1 + (c.w(end + 1) == "the")  # "its first processor, the QX-1,"
    named = c.start_at.get(after) if c.w(end) == "," else None
    built_in = named is None and c.w(k - 1) in INTO
    if built_in:
        named = c.start_at.get(end)  # "integrated Ferro-2 into its assistant Joule": the subject's own
    elif not (
        k - c.first <= 1 or c.w(k - 1) in SPEECH | LAUNCHING | {",", "that", "for"} or _named_doer(c, k - 1)
    ):
        return []  # the subject, or what its owner brings out; not "the chip that underpins its product, X"
    if c.w(k) not in {"its", "their"} or named is None or not productish(named.entity):
        return []
    owner = _pronoun_owner(c, k)
    if owner is None or not is_org(owner) or (c.w(named.end) not in {",", "."} and not built_in):
        return []
    return findings(rule, c, Subject((owner,), k), "develops", [named], start, end, nominal=True)


def _named_doer(c: Clause, verb: int) -> bool:
    """Whether the verb at ``verb`` has a named organisation for its subject right before it
    ("Palimpsest will run its handwriting-recognition model, Quillmark-2,"): "its" is that one's."""
    if not (c.alpha(verb) and c.t.text[verb].islower()):
        return False
    subj = clause_subject(c, verb)
    return subj is not None and not subj.anaphoric and all(is_org(e) for e in subj.entities)


def _named_then_its(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "switched on Ledgerlight, its fraud-scoring engine,": a product in apposition to "its"
    and a product noun is the owner's of "its"."""
    k = start - 1
    while k > c.first and start - k <= 5 and c.w(k) not in {"its", "their"} | POSSESSIVE_MARKS:
        if not (c.filler(k) or c.w(k) == "-"):
            break
        k -= 1  # (not "Quill, its rival's chatbot": the rival's)
    named = c.end_at.get(k - 1) if c.w(k) in {"its", "their"} and c.w(k - 1) == "," else None
    if named is None or named.possessive or not productish(named.entity):
        return []
    owner = _pronoun_owner(c, k)
    if owner is None or not is_org(owner) or owner.id == named.entity.id:
        return []
    return findings(rule, c, Subject((owner,), k), "develops", [named], start, end, nominal=True)


def _the_companys_product(rule: Rule, c: Clause, k: int, start: int, end: int) -> list[Found]:
    """A product named in apposition to "the company's <noun>" ("through Fjellstad AI Studio,
    the company's managed service"): the topic organisation makes it."""
    if c.w(k - 1) not in ORGANISATION_ANAPHOR_NOUNS or c.w(k - 2) != "the" or c.w(k - 3) != ",":
        return []
    named = c.end_at.get(k - 3)
    # the sentence's one organisation before it ("Shield AI will pitch its V-BAT, which flies on
    # Hivemind, the company's autonomy software"), else the topic
    before = {
        m.entity.id: m.entity
        for m in c.mentions
        if m.end <= k - 3 and is_org(m.entity) and not m.possessive and not after_preposition(c, m)
    }
    owner = next(iter(before.values())) if len(before) == 1 else None if before else topic_organisation(c)
    if named is None or owner is None or not productish(named.entity) or named.entity.id == owner.id:
        return []
    subj = Subject((owner,), k - 2, anaphoric=True)
    return findings(rule, c, subj, "develops", [named], start, end, nominal=True)


# Verbs by which an organisation brings out its own product: "to bring its first chip, the QX-1,
# to market", "unveiled its new model, Quill,".
LAUNCHING = frozenset(
    {"bring", "brings", "brought", "bringing", "launch", "launches", "launched", "launching"}
    | {"unveil", "unveils", "unveiled", "unveiling", "release", "releases", "released", "releasing"}
    | {"ship", "ships", "shipped", "shipping", "introduce", "introduces", "introduced", "introducing"}
)


# "to use its Gemini models": one uses another's product, so "its" is the partner's.
USE_VERBS = frozenset({"use", "uses", "using", "access", "adopt", "tap"})


# Words that open a clause of time or cause with a subject of its own ("after Acme lowered").
SUBORDINATORS = frozenset({"after", "before", "when", "once", "until", "since", "because", "as", "while"})


def _subordinate_doer(c: Clause, k: int) -> Mention | None:
    """The subject of a clause of time or cause that "its" at ``k`` stands in: "after Acme
    lowered the price of its", with no other name between (not "after Acme's deal ...", nor
    "after the deal, Zenith cut its")."""
    for j in range(k - 1, max(c.first, k - 12), -1):
        if (m := c.start_at.get(j)) is not None:
            if c.w(j - 1) not in SUBORDINATORS or m.possessive or not is_org(m.entity):
                return None
            verb = c.w(m.end)
            clause = c.alpha(m.end) and c.t.text[m.end].islower()
            return m if clause and verb not in CLAUSE_WORDS | PREPOSITIONS | CONJUNCTIONS | BOUNDARY else None
        if c.w(j) in BOUNDARY or c.w(j) == ",":
            return None
    return None


# What stresses that "its" product is its own make: "its own Sonar models", "its in-house chips".
OWN_WORDS = frozenset({"own", "homegrown", "proprietary"})


def _its_product_owner(c: Clause, k: int) -> Mention | None:
    """Who "its" at ``k`` before a named product ("to serve its Claude models") stands for: the
    clause subject, or after a verb of using, the one other organisation named before it; and
    whom "whose" there refers to ("a start-up whose Hearth platform")."""
    if k > c.first and c.w(k) == "whose":  # "Pellucid, a Seattle start-up whose Hearth platform"
        antecedent = whose_antecedent(c, k)
        return antecedent if antecedent is not None and is_org(antecedent.entity) else None
    if k <= c.first or c.w(k) not in {"its", "their"}:
        return None
    if c.w(k - 1) in USE_VERBS or c.w(k - 1) in FABRICATING:  # ("will manufacture its Keel": another's)
        return other_organisation(c, k, clause_subject(c, k))
    recipient = c.end_at.get(k - 1) if c.w(k - 1) == "for" else None
    if (
        recipient is not None
        and not recipient.possessive
        and c.w(recipient.start - 1) == "to"
        and is_org(recipient.entity)
    ):
        return recipient  # "began shipping memory to Acme for its Orca accelerators": Acme's
    if (doer := _subordinate_doer(c, k)) is not None:
        return doer  # "Orbit cut prices after Acme lowered the price of its Quill model": Acme's
    found = clause_subject(c, k)
    if found is None or found.anaphoric or len(found.entities) != 1 or not is_org(found.entities[0]):
        return None
    owner = found.entities[0].id
    return next((m for m in c.mentions if m.entity.id == owner and m.start == found.start), None)
