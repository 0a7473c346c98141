"""Supply, custom and payment rules: "Acme supplies Zenith", "Acme pays Zenith $5m a month",
"Zenith's revenue from Acme", "Acme accounts for 25% of Zenith's revenue".
"""

from __future__ import annotations

from collections.abc import Sequence

from aikg.extract.hedging import MONEY_SIGNS
from aikg.extract.mentions import Mention
from aikg.extract.name_cues import CURRENCY_CODES
from aikg.extract.name_kinds import ORG_NOUNS, ORG_TYPES
from aikg.extract.name_words import POSSESSIVE_MARKS
from aikg.extract.products import quantity
from aikg.extract.rules.base import Found, Rule, findings, is_org, is_product, product_line, productish
from aikg.extract.rules.nouns import (
    CHIP_NOUNS,
    FUNDING_WORDS,
    GOODS_NOUNS,
    MODEL_NOUNS,
    PRODUCT_KINDS,
    TECH_NOUNS,
)
from aikg.extract.rules.sentence_view import (
    Clause,
    Subject,
    agent_after,
    clouds_right,
    hyphened_gap,
    object_right,
    past_model_codes,
    patient_before,
    topic_organisation,
    where_antecedent,
    whose_antecedent,
)
from aikg.extract.rules.shared import (
    FABRICATED,
    MADE_PARTS,
    SUM_WORDS,
    at_own_plant,
    company_meant,
    goods_at,
    had_made,
    made_goods,
    share_bought,
    speakers_goods,
    stake_bought,
    verb,
)
from aikg.extract.rules.subjects import (
    apposed_np,
    clause_subject,
    listed_members,
    other_organisation,
    possessor,
    product_owner,
    relative_object,
    sentence_antecedent,
    whose_object,
)
from aikg.extract.rules.technology import hosted_product, its_thing, technology_target, thing_opening, used_as
from aikg.extract.rules.words import AUX, NAMING_WORDS, PREPOSITIONS, QUOTES, SPEECH
from aikg.extract.versions import is_number
from aikg.ontology.models import Entity

FOR_TO = frozenset({"for", "to"})  # "Zenith, to which Acme sells chips", "for which Acme makes them"

GOODS_TYPES = frozenset({"Chip", "Product", "AIModel"})  # what is supplied (a cloud may buy)


def _purpose_to(c: Clause, k: int, reach: int = 7) -> bool:
    """Whether the first "to" within ``reach`` words of ``k`` opens a purpose, not a recipient:
    "licensed Quill to power Helper", "paid $140 million to buy Zenith"."""
    to = next((j for j in range(k, min(k + reach, c.last)) if c.w(j) == "to"), None)
    return to is not None and c.w(to + 1) in PURPOSE_VERBS


def _rented_to_it(c: Clause, end: int) -> bool:
    """Whether a renting verb takes an "it" or "them" as whom it rents to, before what it rents:
    "Acme rents it TPU capacity on Nimbus" (Acme is the lessor, and the "it" is named elsewhere;
    a name there is no sign: "licenses Zenith models" names the models' maker)."""
    pronoun = c.w(end) in {"it", "them", "us", "him", "her"}
    return pronoun and end + 1 < c.last and c.alpha(end + 1) and c.w(end + 1) not in PREPOSITIONS


def _pronoun_buyer(c: Clause, start: int, end: int, subj: Subject | None) -> Mention | None:
    """Whom "it" stands for in "owns a stake in CoreWeave, sells it the GPUs that ...": the one
    organisation other than the seller named before the verb, when goods follow the pronoun."""
    if c.w(end) not in {"it", "them"} or subj is None:
        return None
    goods = any(
        c.w(k) in GOODS_NOUNS or ((m := c.start_at.get(k)) is not None and m.entity.type == "Chip")
        for k in range(end + 1, min(end + 4, c.last))
    )
    if not goods:
        return None
    return other_organisation(c, start, subj)


def _for_it(c: Clause, start: int, end: int, subj: Subject | None) -> Mention | None:
    """Whom "for it" after a verb of making stands for: the one other organisation named before
    the verb ("the racks that Foxconn assembles for it")."""
    k = next((k for k in range(end, min(end + 4, c.last)) if c.w(k) == "for"), None)
    if k is None or c.w(k + 1) not in {"it", "them"} or subj is None:
        return None
    return other_organisation(c, start, subj)


def _supplied_to_by(c: Clause, start: int, end: int) -> tuple[list[Mention], list[Mention]] | None:
    """The recipients and the suppliers of goods "supplied to X by Y" (a passive whose subject
    is the goods: "Power is supplied to Fennwick by Cheyenne Light"), or a participle after
    the goods' noun ("HBM3 memory supplied to Nvidia by SK Hynix")."""
    reduced = c.alpha(start - 1) and c.t.text[start - 1].islower() and c.filler(start - 1)
    if not (c.w(start - 1) in PASSIVE_AUX or reduced) or c.w(end) != "to":
        return None
    recipients = [m for m in object_right(c, end + 1, gap=1) if is_org(m.entity)]
    if not recipients:
        return None
    k = recipients[-1].end
    k += c.w(k).endswith("ly")  # "sold to Altamira directly by Super Micro"
    suppliers = [m for m in object_right(c, k + 1, gap=1) if is_org(m.entity)] if c.w(k) == "by" else []
    return (recipients, suppliers) if suppliers else None


def _supplied_alone(c: Clause, end: int) -> Mention | None:
    """The product a company "supplies" or "sells" with no one it goes to, set off by a comma or
    ending the sentence: "Sentinel Peak supplies Smokeline, the model that decides ...", "also
    sells Sprig, a meeting note-taker" (its own)."""
    m = c.start_at.get(end + (c.w(end) == "the"))  # ("sells the Marlin Insight forecasting platform")
    if m is None or m.possessive or not is_product(m.entity):
        return None
    other = c.start_at.get(m.end + 1) if c.w(m.end) == "," else None
    if (other is not None and other.possessive) or m.entity.parent is not None:
        return None  # "sells Helper, Zenith's chatbot": another's, resold (or one the registry files)
    k = m.end
    while k < m.end + 3 and c.alpha(k) and c.t.text[k].islower() and c.w(k) not in {"to", "for"}:
        k += 1  # past its kind: "sells the Marlin Insight platform."
    return m if c.w(k) in {",", ".", ";"} or k >= c.last else None


def _maker_of_goods(c: Clause, m: Mention) -> bool:
    """Whether ``m`` names the maker of goods that follow it ("Nvidia hardware", "AMD MI300X
    accelerators"), not their holder ("Acme's servers")."""
    k = past_model_codes(c, m.end)
    # ("Nvidia graphics processors"; not "rents Anthropic its own TPUs": whom they are let to)
    let_to = c.w(k) in LET_TO_MARKS or quantity(c.w(k))  # ("leases Zenith two data halls")
    return is_org(m.entity) and not m.possessive and not let_to and goods_at(c, k)


LET_TO_MARKS = frozenset({"its", "their", "our", "the", "a", "an", "some"})


FILL_REACH = 6  # words from "fill" to "with": "is filling its new Abilene halls with"


def fill_with(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Harbor fills its halls with Nvidia GB300 systems", "Oracle is filling them with Nvidia
    racks": what a site is filled with was bought from its maker."""
    subj = clause_subject(c, start)
    if c.w(start) == "filled" and c.w(start - 1) not in {"has", "have", "had"} and start - 1 not in c.end_at:
        subj = _site_owner(c, start)  # "whose data centres are filled with Nvidia chips": theirs
        if subj is None:
            return []  # "access to data centres filled with Nvidia chips": someone's, unnamed
    k = next((j for j in range(end, min(end + FILL_REACH, c.last)) if c.w(j) == "with"), None)
    if k is None or any(j in c.cover for j in range(end, k)):
        return []
    found = object_right(c, k + 1, gap=1)
    makers = [m for m in found if _maker_of_goods(c, m)]
    # ("with Huawei's Ascend 910C": its maker's product)
    makers += [owner for m in found if (owner := product_owner(c, m)) is not None]
    goods = [m for m in found if is_product(m.entity)]  # what fills the racks is used there too
    return findings(rule, c, subj, "customerOf", makers, start, k + 1) + findings(
        rule, c, subj, "usesTechnologyOf", goods, start, k + 1
    )


def _site_owner(c: Clause, start: int) -> Subject | None:
    """Whose sites a passive "(are) filled" at ``start`` tells of: "whose data centres are
    filled", "Acme's halls are filled"."""
    k = start - 1
    while k > c.first and (c.w(k) in PASSIVE_AUX or c.w(k).endswith("ly") or c.w(k) in {"now", "already"}):
        k -= 1
    if k == start - 1:
        return None  # no auxiliary: a reduced relative, "data centres filled with"
    while k > c.first and start - k <= 6 and c.filler(k) and c.w(k) not in POSSESSIVE_MARKS:
        k -= 1
    if c.w(k) == "whose" and (owner := whose_antecedent(c, k)) is not None:
        return Subject((owner.entity,), owner.start)
    owner = c.end_at.get(k) if c.w(k) in POSSESSIVE_MARKS else None
    return Subject((owner.entity,), owner.start) if owner is not None else None


def _let_to(c: Clause, end: int) -> Mention | None:
    """The tenant a lease gives goods to, named between the verb and the goods: "leases Zenith
    two data halls", "rents Anthropic its own TPUs"."""
    m = c.start_at.get(end)
    if m is None or m.possessive or not is_org(m.entity):
        return None
    k = m.end
    return m if (c.w(k) in LET_TO_MARKS or quantity(c.w(k))) and goods_at(c, k + 1) else None


def supply(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme supplies Zenith (with chips)", "Acme sells chips to Zenith", "Acme rents servers
    (licenses software) from Zenith", "Acme licenses its designs to Zenith"."""
    if rule.name == "manufacture" and (have := had_made(c, start, end)) is not None:
        makers = [m for m in object_right(c, end + 1, gap=1) if is_org(m.entity)]  # "by TSMC", "at Samsung's"
        return findings(rule, c, clause_subject(c, have), "customerOf", makers, have, end + 1)
    if rule.name in {"manufacture", "supply"} and c.w(end) == "by":
        return _made_by(rule, c, start, end)  # "Its servers are supplied by Acme" too
    if rule.name == "manufacture" and (by := _by_past_place(c, start, end)) is not None:
        return _made_by(rule, c, start, by)  # "are assembled in Guadalajara, Mexico, by Jabil"
    if rule.name in {"supply", "sell"} and (given := _supplied_to_by(c, start, end)) is not None:
        recipients, suppliers = given  # "Power is supplied to Fennwick by Cheyenne Light"
        return [
            f
            for m in recipients
            for f in findings(rule, c, Subject((m.entity,), m.start), "customerOf", suppliers, start, end)
        ]
    if rule.name == "manufacture" and (ordered := _made_for(c, start, end)) is not None:
        client, by = ordered  # "The K9 is manufactured for Acme (for the company) by TSMC"
        makers = object_right(c, by + 1, gap=1)
        made = patient_before(c, start) if c.w(start) in BUILT_TO_ORDER else None
        if made is not None and is_product(made.entity) and made.entity.type != "Chip":
            # "The app, FitMirror, was built for Veilstone by Halvor Labs": Halvor made it too
            found = findings(
                rule, c, Subject((made.entity,), made.start), "develops", makers, start, end, swap=True
            )
            return findings(rule, c, client, "customerOf", makers, start, end) + found
        return findings(rule, c, client, "customerOf", makers, start, end)
    if c.w(start).startswith("develop"):
        return []  # only "developed for IronPeak by Repwise Labs" is work done to order
    if c.w(end) == "by" or (rule.name == "sell" and c.w(start - 1) in {"a", "an", "the", "its", "their"}):
        return []  # a passive, or a noun: "made an offer to acquire"
    subj = clause_subject(c, start) or (thing_opening(c, start) if rule.name == "rent" else None)
    if rule.name == "sell" and (own := _sold_under_a_name(c, end)) is not None:
        return findings(rule, c, subj, "develops", [own], start, end)  # "sells a system called DriveLine"
    if (
        rule.name in {"supply", "sell"}
        and c.w(start).startswith(("suppl", "sell", "ship"))  # "Zoom shipped AI Companion, which"
        and (own := _supplied_alone(c, end))
    ):
        return findings(rule, c, subj, "develops", [own], start, end, strength=0.8)
    if rule.name == "manufacture" and (owner := _goods_owner(c, end) or speakers_goods(c, end)) is not None:
        return findings(rule, c, subj, "supplierOf", [owner], start, end)  # "Acme makes Zenith's chips"
    if rule.name in {"sell", "supply"} and (buyer := _pronoun_buyer(c, start, end, subj)) is not None:
        return findings(rule, c, subj, "supplierOf", [buyer], start, end)  # "sells it the GPUs"
    if rule.name == "rent" and _rented_to_it(c, end):
        return []
    if rule.name == "rent" and _licence_taken(c, start):  # "will take a new licence to Zenith's images"
        licensors = [m for m in object_right(c, end, ("to", "for", "from"), gap=1) if is_org(m.entity)]
        return findings(rule, c, subj, "customerOf", licensors, start, end)
    if rule.name == "rent" and subj is None and (site := _leased_site(c, start)) is not None:
        holder, site_at = site  # "The Ohio site is leased from Acme", "The building is leased to Acme"
        lessors = object_right(c, end, ("from",), gap=4)
        if lessors:
            tenant = Subject((holder,), site_at, anaphoric=True)
            return findings(rule, c, tenant, "customerOf", lessors, start, end)
        tenants = object_right(c, end, ("to",), gap=4)  # (a tenant "Nimbra Cloud" is a business)
        tenants = [m for m in tenants if is_org(m.entity) or m.entity.type == "CloudPlatform"]
        return [
            f
            for m in tenants
            for f in findings(rule, c, Subject((m.entity,), m.start), "customerOf", [holder], start, end)
        ]
    if rule.name == "rent":
        if (rented := _rented_goods(c, start)) is not None:
            # "runs on TPUs rented from Google": who runs on them (not the goods, nor their maker
            # named with them: "on 6,000 Nvidia H100 GPUs leased from CoreWeave")
            k = rented.start
            while (maker := c.end_at.get(k)) is not None and not maker.possessive:
                k = maker.start
            subj = clause_subject(c, k) or thing_opening(c, k)
            if subj is not None and rented.entity in subj.entities:
                subj = None
        elif (cores := _licensed_goods(c, start, subj)) is not None:
            # "four Neoverse V3 cores licensed from Arm": what is licensed, not who; its licensor made it
            licensors = [m for m in object_right(c, end, ("from",), gap=1) if is_org(m.entity)]
            return [
                f
                for m in licensors
                for f in findings(rule, c, Subject((m.entity,), m.start), "develops", [cores], start, end)
            ]
        lessors = object_right(c, end, ("from",), gap=hyphened_gap(c, end, 6))  # ("data-centre space")
        if not lessors:  # "runs on CoreWeave, from which Oddsmith leases about 600 GPUs"
            lessors = relative_object(c, subj, preposed=frozenset({"from"}), bare=False)
        if not lessors and subj is not None and not c.w(start).startswith("licen"):
            # "Vireo-3 runs on Oracle Cloud Infrastructure, where Halvor rents GPU capacity"
            where = _where_meant(c, subj.start)
            lessors = [where] if where is not None and not where.possessive else []
            whose = whose_object(c, subj) if not lessors else None
            if whose is not None and whose[1] in GOODS_NOUNS:
                lessors = [whose[0]]  # "CoreWeave, whose GPU cloud Facetra began renting in January"
        if not lessors:  # "Acme rents capacity on Nimbus": renting on a cloud buys from it
            let_to = (m := c.start_at.get(end)) is not None and c.w(m.end) in LET_TO_MARKS  # "rents Acme its"
            # "GPUs rented through Google Cloud"
            lessors = clouds_right(c, end, ("on", "through") if not let_to else ("on",), gap=3)
        if not lessors:  # "leases a dedicated cluster at Fjordline's largest site": the site's owner
            lessors = [
                m
                for m in object_right(c, end, ("at", "in"), gap=4)
                if m.possessive and is_org(m.entity) and _site_after(c, m.end + 1)
            ]
        if not lessors and (ours := _speakers_site(c, end)):  # "a lease for 96 MW at our Red Mesa campus"
            return findings(rule, c, subj, "customerOf", ours, start, end)
        if not lessors and (licensed := _licensed_products(c, start, end, subj)):
            return findings(rule, c, subj, "usesTechnologyOf", licensed, start, end)  # "licenses Quill"
        if not lessors and (taken := _licensors(c, start, end, subj)):
            owners, firms = taken  # "licenses Quaylight's software"; "Turnitin, which X has licensed"
            return findings(rule, c, subj, "usesTechnologyOf", owners, start, end) + findings(
                rule, c, subj, "customerOf", firms, start, end
            )
        # "a GPU cloud that leases Nvidia hardware by the hour": the goods' maker sold or let them
        makers = (
            []
            if lessors or subj is None
            else [o for o in object_right(c, end, gap=1) if _maker_of_goods(c, o)]
        )
        if makers and not _licensed_technology(c, start, end):
            return findings(rule, c, subj, "customerOf", makers, start, end, strength=0.8)
        if not lessors and not c.w(start).startswith("licen") and (lessee := _let_to(c, end)) is not None:
            return findings(rule, c, subj, "supplierOf", [lessee], start, end)
        if lessors:
            predicate = "usesTechnologyOf" if _licensed_technology(c, start, end) else "customerOf"
            # "licenses Lodestar from Pallister": Lodestar too, the product taken
            products = [m for m in _named_before_from(c, end) if predicate == "usesTechnologyOf"]
            found = findings(rule, c, subj, predicate, [*lessors, *products], start, end)
            # "Lumo, a package that Corvale licenses from Pixelgrain": Corvale uses Lumo, Pixelgrain makes it
            relative = subj is not None and c.w(subj.start - 1) in {"that", "which"}
            if c.w(start).startswith("licen") and not products and relative:
                packages = [m for m in relative_object(c, subj) if is_product(m.entity)]
                found += findings(rule, c, subj, "usesTechnologyOf", packages, start, end)
                for m in lessors[:1]:
                    found += findings(
                        rule, c, Subject((m.entity,), m.start), "develops", packages, start, end
                    )
            return found
    if rule.name == "sell" and (sale := _sold_it(c, start, end) or _company_sold(c, start, end)) is not None:
        sold, to = sale  # the company sold, and where the "to" before its buyers stands
        buyers = [m for m in object_right(c, to + 1, gap=1) if not m.possessive]
        return [
            f
            for b in buyers
            for f in findings(rule, c, Subject((b.entity,), b.start), "acquires", [sold], start, end)
        ]
    passive = c.w(start - 1) in PASSIVE_AUX or (c.w(start - 1) in LATER and c.w(start - 2) in PASSIVE_AUX)
    if rule.name == "sell" and passive and c.w(start).endswith(("ed", "sold")):
        return _offered_through(rule, c, start, end)
    if rule.name == "sell" and any(
        c.w(k) in DIVESTED and not _goods_units(c, k) for k in range(end, end + 5)
    ):
        return _divested(rule, c, start, end)  # "sold its self-driving unit to Aurora": no supply deal
    if rule.name == "sell" and c.w(end) in {"itself", "themselves"}:  # "agreed to sell itself to Acme"
        return findings(
            rule, c, subj, "acquires", object_right(c, end, ("to",), gap=1), start, end, swap=True
        )
    resold: list[Found] = []
    offering = rule.name == "sell" and c.w(start).startswith("offer")
    if offering and subj is not None and [e.type for e in subj.entities] == ["CloudPlatform"]:
        offered = []
        for o in object_right(c, end, gap=1):
            owned = c.start_at.get(o.end + 1) if o.possessive else None  # "Acme's Quill"
            if owned is not None and is_product(owned.entity):
                o = owned
            if (is_product(o.entity) and not o.possessive and o.entity.type != "CloudPlatform") or (
                o.possessive and is_org(o.entity) and c.w(o.end + 1) in MODEL_NOUNS  # "Zenith's models"
            ):
                offered.append(o)
        if offered:  # "Nimbus offers Quill to its customers": Quill is hosted on Nimbus
            cloud = [subj.entities[0]]
            return [
                f
                for o in offered
                for f in findings(rule, c, Subject((o.entity,), o.start), "hostedOn", cloud, start, end)
            ]
    if offering and (made := _offered_hardware(c, end, subj)) is not None:
        resold = findings(rule, c, subj, "customerOf", [made], start, end)  # "will offer Zenith's servers"
    line = c.start_at.get(end)
    after = line.end if line is not None and product_line(line.entity) else end  # "custom chips"
    buyers = (
        object_right(c, after, ("to",), gap=hyphened_gap(c, after, 6))
        if not _purpose_to(c, after) and not _access_to(c, after)
        else []
    )
    if rule.name == "rent" and c.w(start).startswith("licen") and any(b.possessive for b in buyers):
        # "a licence to Lodestar's research": the owner of what is licensed grants it, none buys
        buyers = [b for b in buyers if not b.possessive]
    buyers = buyers or _clients_listed(c, after)  # "rents its halls to two tenants: Microsoft and xAI"
    goods = after > end or any(
        c.w(k) in GOODS_NOUNS | MADE_PARTS or c.w(k) in TECH_NOUNS for k in range(end, end + 5)
    )
    goods = goods or _relative_goods(c, subj)  # "Orca processors, which Acme manufactures for Zenith"
    clients = rule.name == "manufacture" and not goods and _for_clients(c, end)
    if not buyers and (goods or clients) and rule.name in {"sell", "manufacture"}:
        buyers = object_right(c, after, ("for",), gap=6)  # "makes (custom) chips for Zenith"
        if not buyers and rule.name == "manufacture" and (it := _for_it(c, start, end, subj)) is not None:
            buyers = [it]  # "Nvidia showed the racks that Foxconn assembles for it": Nvidia
    if not buyers and goods and rule.name in {"sell", "supply", "manufacture"}:  # "Zenith, for which
        buyers = relative_object(c, subj, preposed=FOR_TO, bare=False)  # Acme makes chips"
    if rule.name == "manufacture" and not goods and not clients:  # "Orbit assembles the robots": the lead's
        lead = _parts_for_lead(rule, c, subj, end) if not buyers else None
        return findings(rule, c, subj, "supplierOf", [lead], start, end) if lead is not None else []
    if not buyers and rule.name == "manufacture" and (foundry := object_right(c, end, ("at",), gap=5)):
        return findings(rule, c, subj, "customerOf", foundry, start, end)  # "Acme makes its chips at Zenith"
    if not buyers and (rule.name == "supply" or c.w(start).startswith("provid")):
        # "supplies Tomahawk 6 switch silicon": what is supplied, not who buys it
        buyers = [
            o
            for o in object_right(c, end, gap=1)
            if (not o.possessive and o.entity.type not in GOODS_TYPES) or _premises_of(c, o)
        ]
        if not buyers and c.w(end) == "with":  # "Zenith, which Acme supplies with chips"
            buyers = relative_object(c, subj)
        if not buyers:  # "supplies the HBM3E on AMD's Instinct MI355X": the product's maker
            buyers = [
                owner
                for o in object_right(c, after, ("on", "in", "inside", "for"), gap=4)[:1]
                if (owner := product_owner(c, o)) is not None
            ]
        if rule.name != "supply":  # "provides Zenith with credits", not "provides Zenith's chips"
            buyers = [o for o in buyers if c.w(o.end) == "with"]
    buyers = [b for b in buyers if c.w(b.end) not in CLIENTELE]  # "to Nimbus customers": theirs
    # "sells a dictation tool for doctors called Scribewell": what is sold, named, buys nothing
    buyers = [b for b in buyers if c.w(b.start - 1) not in NAMING_WORDS]
    goods_only = all(not is_org(b.entity) for b in buyers)  # "supplies the lidar units": no buyer named
    if goods_only and (lead := _parts_for_lead(rule, c, subj, end)) is not None:
        return findings(rule, c, subj, "supplierOf", [lead], start, end)  # "Orbit supplies the sensors"
    if not buyers and rule.name == "supply":  # "Acme will supply the startup with chips"
        return findings(rule, c, subj, "supplierOf", company_meant(c, end, (), 1, subj), start, end)
    return resold + findings(rule, c, subj, "supplierOf", buyers, start, end)


TAKING = frozenset({"take", "takes", "took", "taken", "taking", "obtain", "obtained", "obtains", "secure"})
TAKING |= {"secured", "get", "gets", "got", "buy", "buys", "bought", "acquire", "acquired"}
LICENCE_REACH = 5  # words from the verb to the noun: "take a new five-year licence"


def _licence_taken(c: Clause, start: int) -> bool:
    """Whether the trigger at ``start`` is the noun of "take (out) a (new five-year) licence
    to ...": whoever takes it is the licensee."""
    if c.w(start) not in {"licence", "license", "lease"}:
        return False
    k = start - 1
    while k > c.first and start - k <= LICENCE_REACH and c.w(k) not in TAKING:
        if not (c.filler(k) or c.w(k) in {"-", "out"} or c.w(k).isdigit()):
            return False
        k -= 1
    return c.w(k) in TAKING


def _relative_goods(c: Clause, subj: Subject | None) -> bool:
    """Whether the clause of ``subj`` is a relative clause about goods: "Zenith's Orca
    processors, which Acme manufactures for Orbit" (what is made is the antecedent)."""
    if subj is None or subj.anaphoric:
        return False
    k = subj.start - 1
    if c.w(k) not in {"which", "that"}:
        return False
    k -= c.w(k - 1) == ","
    named = c.end_at.get(k)
    return c.w(k - 1) in GOODS_NOUNS | MADE_PARTS or (named is not None and named.entity.type == "Chip")


# Words that open the next clause of a sentence: what a supplier supplies ends there.
CLAUSE_TURNS = frozenset({"while", "whereas", ";", "but"})


def _parts_for_lead(rule: Rule, c: Clause, subj: Subject | None, end: int) -> Entity | None:
    """Whom "Orbit supplies the lidar units" or "Orbit assembles the robots" serves when the
    sentence names no one else: the organisation the article is about, whose parts or products
    "the" points to (not "supplies lidar units", nor the article's own organisation)."""
    if subj is None or subj.anaphoric or c.lead is None or c.lead in subj.entities:
        return None
    if rule.name not in {"supply", "manufacture"} and not c.w(end - 1).startswith("provid"):
        return None
    if c.w(end) != "the" or c.lead.type not in ORG_TYPES - {"NewsOutlet"}:
        return None
    clause_end = next((k for k in range(end, c.last) if c.w(k) in CLAUSE_TURNS), c.last)
    if any(end <= m.start < clause_end and is_org(m.entity) for m in c.mentions):
        return None  # (", while Schneider provides the switchgear" is another clause)
    parts = MADE_PARTS | {"units", "systems"}
    k = end + 1  # (a name the goods hold, "the lidar units", is read as its words)
    while (
        k < min(end + 5, c.last)
        and (c.filler(k) or k in c.cover or c.w(k) == "-")  # "the liquid-cooling systems"
        and c.t.lower[k] not in parts
    ):
        k += 1
    word = c.t.lower[k] if k < c.last else ""
    last = c.t.lower[k - 1]  # "assembles the robots": the lead's own products, a plural noun
    assembled = (
        c.t.lower[end - 1].startswith("assembl") and k - 1 > end and last.endswith("s") and c.filler(k - 1)
    )
    return c.lead if word in parts or assembled else None


# Hardware a seller offers that another makes: it has bought it ("Acme will offer Zenith's
# servers", "offers Zenith GPUs"). Models and software offered are hosted or resold, not bought.
HARDWARE = CHIP_NOUNS - {"silicon", "hardware"} | {"servers", "server", "racks", "cards", "systems"}


def _offered_hardware(c: Clause, end: int, subj: Subject | None) -> Mention | None:
    """Who makes the hardware an offering verb ending at ``end`` names: the maker in "Zenith's
    (KX-9) servers" or "Zenith GPUs", else the named chip or hardware product ("KX-9 servers",
    "the KX-9") whose maker the sentence leaves unsaid, when the offerer is not the article's
    own organisation (which may offer its own) nor the product's known maker."""
    if subj is None or len(subj.entities) != 1:
        return None
    offerer = subj.entities[0]
    k = end + (c.w(end) == "the")
    m = c.start_at.get(k)
    if m is None:
        return None
    if is_org(m.entity):
        j = m.end + m.possessive
        if j in c.start_at and is_product(c.start_at[j].entity):
            j = c.start_at[j].end  # "Zenith's KX-9 servers"
        return m if c.w(j) in HARDWARE else None
    if m.possessive or not productish(m.entity) or m.entity.parent == offerer.id:
        return None
    if c.lead is None or c.lead.id == offerer.id:
        return None
    return m if c.w(m.end) in HARDWARE or m.entity.type == "Chip" else None


# Nouns for the buyers a maker's work is for, before the list that names them.
CLIENT_NOUNS = frozenset({"brands", "clients", "customers", "companies", "labels", "retailers", "carmakers"})


def _for_clients(c: Clause, end: int) -> bool:
    """Whether a making verb ending at ``end`` is for buyers a list goes on to name ("produces
    for other brands, including Zenith"): goods are made for them, though the sentence does not
    say which."""
    if c.w(end) != "for":
        return False
    for k in range(end + 1, min(end + 4, c.last)):
        if c.w(k) in CLIENT_NOUNS:
            j = k + 1 + (c.w(k + 1) == ",")
            return c.w(j) in {"including", "like"} or (c.w(j) == "such" and c.w(j + 1) == "as")
        if not c.filler(k):
            return False
    return False


def _licensed_technology(c: Clause, start: int, end: int) -> bool:
    """Whether "license(s) ... from" at ``start`` takes technology: models, software or a
    product that is neither a cloud nor a chip ("licenses its speech models from Zenith",
    "licenses Quill from Zenith"). Licensing data or renting servers buys them."""
    if not c.w(start).startswith(("licens", "licenc")):
        return False
    if c.w(start - 1) in TECH_NOUNS - GOODS_NOUNS:
        return True  # "relies on technology licensed from Zenith"
    k = end
    while k < min(c.last, end + 6) and c.w(k) != "from":
        m = c.start_at.get(k)
        if m is not None and is_product(m.entity) and m.entity.type not in {"CloudPlatform", "Chip"}:
            return True
        if c.w(k) in TECH_NOUNS and c.w(k) not in GOODS_NOUNS:
            return True
        k += 1
    return False


def _named_before_from(c: Clause, end: int) -> list[Mention]:
    """The products named between a licence verb and its "from" ("licenses Lodestar from")."""
    out: list[Mention] = []
    for k in range(end, min(c.last, end + 6)):
        if c.w(k) == "from":
            return out
        m = c.start_at.get(k)
        if m is not None and not m.possessive and is_product(m.entity) and m.entity.type != "CloudPlatform":
            out.append(m)
    return []


def _goods_owner(c: Clause, pos: int) -> Mention | None:
    """Whose goods the noun phrase at ``pos`` names: "Zenith's (inference) chips", "every Vantor
    chip" -> Zenith, Vantor."""
    if c.w(pos) in {"every", "each"} and (branded := c.start_at.get(pos + 1)) is not None:
        return (
            branded
            if not branded.possessive and is_org(branded.entity) and goods_at(c, branded.end)
            else None
        )
    owner = c.start_at.get(pos)
    if owner is None or not owner.possessive:
        return None
    return owner if goods_at(c, owner.end + 1) else None


def _fabbed_chip(c: Clause, k: int, start: int) -> Mention | None:
    """The chip named before a manufacturing passive ending its auxiliaries at ``k`` ("Marten
    will be manufactured by", "The Keel is made by"): a foundry's work for it."""
    while k > c.first and c.w(k) in {"will", "would", "can", "could", "to", "should"}:
        k -= 1
    chip = c.end_at.get(k + 1)
    if c.w(start) not in FABRICATED or chip is None or chip.possessive or chip.entity.type != "Chip":
        return None
    return chip


PLACE_ADJUNCT_REACH = 6  # words between a maker's participle and its "by": "in Guadalajara, Mexico,"


def _by_past_place(c: Clause, start: int, end: int) -> int | None:
    """Where "by" stands after a passive participle of making and a phrase of where or how
    ("assembled in Guadalajara, Mexico, by Jabil", "built under contract by Kellerman"), or None."""
    if c.w(end) not in {"in", "under", "at"} or c.w(start - 1) not in PASSIVE_AUX:
        return None
    for k in range(end + 1, min(end + PLACE_ADJUNCT_REACH, c.last)):
        if c.w(k) == "by":
            return k
        if k in c.cover or c.w(k) in {";", ".", "and", "but", "which", "that"}:
            return None
    return None


def _made_by(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith's (Quill) chips are made by Acme": Zenith buys its manufacturing from Acme; so
    does the topic of "Its wafers are made by Acme" and of "Boards are assembled by Acme"."""
    # "designed by Sable Silicon and manufactured by TSMC": the designer buys the making
    if c.w(start) in FABRICATED and (by_designer := _designer_before(c, start)) is not None:
        makers = [m for m in object_right(c, end + 1, gap=1) if m.entity.id != by_designer.entity.id]
        subj = Subject((by_designer.entity,), by_designer.start)
        return findings(rule, c, subj, "customerOf", makers, start, end + 1)
    if c.w(start) in SUPPLIED and (buyer := _reduced_goods_buyer(c, start)) is not None:
        # "Acme uses cameras supplied by Orbit", "Depth sensing comes from cameras supplied by Orbit"
        return findings(
            rule, c, buyer, "customerOf", object_right(c, end + 1, gap=DESCRIBED_SUPPLIER), start, end + 1
        )
    k = made_goods(c, start)
    if k is None and (designer := _plant_client(c, start, end)) is not None:
        makers = object_right(c, end + 1, gap=1)  # "The Quill is made by Acme at its plant"
        return findings(rule, c, designer, "customerOf", makers, start, end + 1)
    if k is None:
        k = start - 1
        while k > c.first and (c.w(k) in PASSIVE_AUX or c.w(k) in {"also", "now", "still", "being"} | MODALS):
            k -= 1
        if c.w(k) == "," and c.w(k - 1) not in MADE_PARTS | GOODS_NOUNS:
            k = _before_relative(c, k)  # "The chip, which fuses camera signals on one die, is made by"
        if c.w(k) == "," and c.w(k - 1) in MADE_PARTS | GOODS_NOUNS:
            k -= 1  # "Its Ascend 910C processor, also manufactured by SMIC"
        if (chip := _fabbed_chip(c, k, start)) is not None:
            makers = object_right(c, end + 1, gap=1)  # "Marten will be manufactured by Acme"
            makers = [m for m in makers if m.entity.id != chip.entity.parent]  # not by its own maker
            held = product_owner(c, chip)  # "Tessel's T7 is manufactured by TSMC": Tessel buys it
            subj = (
                Subject((held.entity,), held.start)
                if held is not None
                else Subject((chip.entity,), chip.start)
            )
            return findings(rule, c, subj, "customerOf", makers, start, end + 1)
        if c.w(start) in SUPPLIED and c.w(k) not in MADE_PARTS | GOODS_NOUNS:
            k = _supplied_noun(c, k)  # "The suction grippers on the arms are supplied by Schmalz"
        if c.w(start) not in FABRICATED | {"assembled", "packaged", "built"} | SUPPLIED or (
            c.w(k) not in MADE_PARTS | GOODS_NOUNS and not (c.w(start) in SUPPLIED and _supplied_head(c, k))
        ):
            return []
    if (topic := _topic_goods(c, k)) is not None:
        # ("supplied by German vacuum specialist Schmalz": a supplier described before its name)
        makers = object_right(c, end + 1, gap=DESCRIBED_SUPPLIER if c.w(start) in SUPPLIED else 1)
        return findings(rule, c, Subject((topic,), k, anaphoric=True), "customerOf", makers, start, end + 1)
    j = k  # back over "inference" in "Zenith's inference chips", to a name or a possessive
    while (
        j > c.first
        and k - j <= 3
        and j not in c.end_at
        and c.w(j - 1) not in POSSESSIVE_MARKS
        and c.filler(j - 1)
    ):
        j -= 1
    named = c.end_at.get(j) or (c.end_at.get(j - 1) if c.w(j - 1) in POSSESSIVE_MARKS else None)
    if named is not None and not named.possessive and c.w(named.start - 1) in POSSESSIVE_MARKS:
        named = c.end_at.get(named.start - 1)  # "Zenith's Quill chips": past the product's name
    if named is None and c.w(j - 1) == "whose" and (antecedent := whose_antecedent(c, j - 1)) is not None:
        makers = object_right(c, end + 1, gap=1)  # "a chip designer whose parts are made by TSMC"
        return findings(
            rule, c, Subject((antecedent.entity,), antecedent.start), "customerOf", makers, start, end + 1
        )
    if named is not None and not named.possessive and (owner := _whose_goods(c, named)) is not None:
        makers = object_right(c, end + 1, gap=1)  # "The company, whose Pike chip is made by TSMC,"
        return findings(rule, c, owner, "customerOf", makers, start, end + 1)
    if named is None or not named.possessive:
        return []
    makers = object_right(c, end + 1, gap=1)  # past "by"
    return findings(rule, c, Subject((named.entity,), named.start), "customerOf", makers, start, end + 1)


SUPPLIED = frozenset({"supplied", "provided"})
MODALS = frozenset({"will", "would", "can", "could", "may", "might", "should", "must", "shall"})
# What is "provided by" a backer, not bought from a supplier: "Funding was provided by Orbit".
NOT_SUPPLIES = FUNDING_WORDS | {
    "support",
    "backing",
    "money",
    "cash",
    "capital",
    "loan",
    "loans",
    "grant",
    "grants",
}
DESCRIBED_SUPPLIER = 4  # words describing a supplier before its name: "German vacuum specialist"
PART_PREPOSITIONS = frozenset({"on", "in", "inside", "for", "of", "to"})


def _reduced_goods_buyer(c: Clause, start: int) -> Subject | None:
    """Who buys the goods a participle at ``start`` follows with no auxiliary ("cameras supplied
    by Orbbec"): the clause's named subject, else, when no name comes before, the topic."""
    if not _plural_noun(c, start - 1) or c.w(start - 1) in PASSIVE_AUX:
        return None
    subj = clause_subject(c, start - 1)
    if subj is not None:
        return subj if not subj.anaphoric and all(is_org(e) for e in subj.entities) else None
    if any(m.start < start for m in c.mentions) or (topic := topic_organisation(c)) is None:
        return None
    return Subject((topic,), c.first, anaphoric=True)


def _supplied_noun(c: Clause, k: int) -> int:
    """The head noun of "the suction grippers on the arms" whose last word is at ``k``: past a
    short phrase on where the parts go."""
    for j in range(k - 1, max(c.first, k - 4), -1):
        if c.w(j) in PART_PREPOSITIONS and _supplied_head(c, j - 1):
            return j - 1
    return k


def _supplied_head(c: Clause, k: int) -> bool:
    """Whether token ``k`` reads as the noun of what a supplier supplies ("grippers",
    "connectivity", "service"; not "funding", nor "its" or "was")."""
    word = c.w(k)
    return (
        c.alpha(k)
        and c.t.text[k].islower()
        and len(word) > 3
        and c.filler(k)
        and word not in NOT_SUPPLIES
        and word not in PASSIVE_AUX
    )


def _plural_noun(c: Clause, k: int) -> bool:
    """Whether token ``k`` reads as a plural common noun ("grippers"; not "its", "was")."""
    word = c.w(k)
    return c.alpha(k) and c.t.text[k].islower() and len(word) > 4 and word.endswith("s") and c.filler(k)


def done_by(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Text generation is handled by OpenAI's GPT-5", "Identity checks on new users are carried
    out by Onfido": a step of the work of the company the text is about, done by another's model
    (a use) or by another firm (a purchase). A named subject is left to the rules of making
    ("Vigil was written by Paycadia")."""
    k = start - 1
    while k > c.first and (c.w(k) in PASSIVE_AUX or c.w(k) in DONE_ADVERBS):
        k -= 1
    if k in c.cover or any(m.start <= k for m in c.mentions) or not c.alpha(k):
        return []
    agents = agent_after(c, end)[:1]
    user = _relative_user(c, agents[0]) if agents else None
    topic = user.entity if user is not None else _topic_goods(c, _supplied_noun(c, k))
    if topic is None:
        return []
    subj = Subject((topic,), user.start) if user is not None else Subject((topic,), k, anaphoric=True)
    out: list[Found] = []
    for agent in agents:
        if is_product(agent.entity):
            out += findings(rule, c, subj, used_as(agent.entity), [agent], start, end)
        elif is_org(agent.entity) and agent.entity != topic:
            out += findings(rule, c, subj, "customerOf", [agent], start, end)
    return out


def _relative_user(c: Clause, agent: Mention) -> Mention | None:
    """The organisation a relative clause after the agent names as its user: "... by Anthropic's
    Claude, which Palimpsest accesses through Amazon Bedrock" (Palimpsest, not the topic)."""
    for k in range(agent.end, c.last - 1):
        if c.w(k) in {"which", "that"} and (named := c.start_at.get(k + 1)) is not None:
            return named if is_org(named.entity) and not named.possessive else None
        if c.w(k) in {".", ";"}:
            return None
    return None


DONE_ADVERBS = frozenset({"also", "now", "still", "first", "then", "largely", "mostly", "entirely", "being"})


def _whose_goods(c: Clause, named: Mention) -> Subject | None:
    """Whose product ``named`` is after "whose": the name before it ("Zenith, whose Pike chip
    ..."), or, after a description ("The three-year-old company, whose"), the topic."""
    if not is_product(named.entity) or c.w(named.start - 1) != "whose":
        return None
    k = named.start - 2 - (c.w(named.start - 2) == ",")
    # (or the name a description before "whose" renames: "Tessellate Semi, a start-up whose")
    owner = c.end_at.get(k + 1) or whose_antecedent(c, named.start - 1)
    if owner is not None:
        return Subject((owner.entity,), owner.start) if is_org(owner.entity) else None
    topic = topic_organisation(c)
    return Subject((topic,), k, anaphoric=True) if c.w(k) in ORG_NOUNS and topic is not None else None


RELATIVE_REACH = 16  # tokens of a relative clause set off by commas, before a passive verb


def _before_relative(c: Clause, comma: int) -> int:
    """The comma a relative clause closing at ``comma`` opens with (", which ... ,"), so that the
    noun before it is read as the passive's subject; ``comma`` itself if none opens there."""
    for j in range(comma - 1, max(c.first, comma - RELATIVE_REACH), -1):
        if c.w(j) == "," and c.w(j + 1) in {"which", "that"}:
            return j
        if c.w(j) in {";", ":"} or j in c.cover:
            return comma
    return comma


def _licensed_products(c: Clause, start: int, end: int, subj: Subject | None) -> list[Mention]:
    """The products a licence verb takes with no licensor named ("Acme licenses Quill", "Epic,
    the record system that Meridian has licensed since 2017"): what the licensee uses; not a
    licence given "to" another."""
    if not c.w(start).startswith("licen") or c.w(end) in {"its", "their", "our"}:
        return []  # "licenses its Q-Core design to MediaTek": its own, given out
    if object_right(c, end, ("to",), gap=8):
        return []
    products = [m for m in object_right(c, end, gap=1) if is_product(m.entity) and not m.possessive]
    if products and c.w(products[-1].end) == "to":
        return []  # "licensed Sable-3 to customers in Europe": given out to others
    return products or [m for m in relative_object(c, subj) if is_product(m.entity)]


NAMED_REACH = 8  # words of the thing sold before "called": "a dictation tool for hospital doctors called"


def _sold_under_a_name(c: Clause, end: int) -> Mention | None:
    """The product a seller introduces by name ("sells a system called DriveLine", "sells an app
    named Sous"): its own, or the text would name its maker."""
    if c.w(end) not in {"a", "an"}:
        return None
    for k in range(end + 1, min(end + NAMED_REACH, c.last)):
        # ("sells a competing product, Fumetto, to publishers": a kind of product, then its name)
        after = c.start_at.get(k + 1)
        apposed = (
            c.w(k) == "," and c.w(k - 1) in PRODUCT_KINDS and after is not None and c.w(after.end) == ","
        )
        if c.w(k) in {"called", "named"} or apposed:
            named = c.start_at.get(k + 1)
            return named if named is not None and is_product(named.entity) else None
        if not (c.filler(k) or c.w(k) == "-" or c.w(k) == "for"):  # ("a tool for hospital doctors called")
            return None
    return None


def _licensors(
    c: Clause, start: int, end: int, subj: Subject | None
) -> tuple[list[Mention], list[Mention]] | None:
    """Who a licence verb with no "from" takes from: the owner of technology named with a
    possessive ("licenses Quaylight's software", "Arm's Neoverse CPU cores"), and an organisation
    the licensee's relative clause takes ("Turnitin, which Learnloop has licensed since 2022")."""
    if not c.w(start).startswith("licen") or c.w(end) in {"its", "their", "our"}:
        return None
    if c.w(end) == "to" or object_right(c, end, ("to",), gap=8):
        return None  # given out to another, or a party given leave ("which Acme licensed to sell")
    owners = [
        m
        for m in object_right(c, end, gap=1)
        if m.possessive and is_org(m.entity) and c.w(past_model_codes(c, m.end + 1)) in TECH_NOUNS
    ]
    firms = [] if owners else [m for m in relative_object(c, subj) if is_org(m.entity) and not m.possessive]
    whose = whose_object(c, subj) if not owners and not firms else None
    if whose is not None and is_org(whose[0].entity) and whose[1] in TECH_NOUNS:
        owners = [whose[0]]  # "DeepL, whose API Brightwater licenses"
    return (owners, firms) if owners or firms else None


def _made_for(c: Clause, start: int, end: int) -> tuple[Subject, int] | None:
    """The client of a passive "manufactured for Acme by ...", and where its "by" stands: the
    organisation named after "for"; for "for the company" or "for it", the one organisation named
    with a possessive before the verb ("The B200, Nvidia's current flagship, is manufactured for
    the company by TSMC"), else the topic."""
    if c.w(end) != "for":
        return None
    k = end + 1
    if (client := c.start_at.get(k)) is not None:
        named_client = c.w(client.end) == "by" and is_org(client.entity)
        return (Subject((client.entity,), client.start), client.end) if named_client else None
    if not (c.w(k) in {"it", "them"} or (c.w(k) == "the" and c.w(k + 1) in ORG_NOUNS)):
        return None
    by = k + 1 if c.w(k) in {"it", "them"} else k + 2
    if c.w(by) != "by":
        return None
    if (designer := _designer_before(c, start)) is not None:
        return Subject(
            (designer.entity,), designer.start
        ), by  # "designed by Ardent and manufactured for it by"
    if (owner := _sole_possessive_owner(c, start)) is not None:
        return Subject((owner.entity,), owner.start), by
    named = any(m.possessive and m.end <= start and is_org(m.entity) for m in c.mentions)
    topic = topic_organisation(c)
    return (Subject((topic,), k, anaphoric=True), by) if topic is not None and not named else None


DESIGNED = frozenset({"designed", "developed", "engineered"})
DESIGNER_REACH = 6  # tokens from "and" back to "designed by": "designed by Bristol-based Sable Silicon and"


def _designer_before(c: Clause, start: int) -> Mention | None:
    """The organisation a participle "designed by" names right before "and" and a making verb
    at ``start``: the designer buys the making ("a modem chip designed by Sable Silicon and
    manufactured by TSMC")."""
    if c.w(start - 1) != "and":
        return None
    designer = c.end_at.get(_past_home_town(c, start - 1))
    if designer is None or designer.possessive or not is_org(designer.entity):
        return None
    k = designer.start - 1
    while (
        k > designer.start - DESIGNER_REACH
        and c.w(k) != "by"
        and (c.filler(k) or "-" in (c.w(k), c.w(k + 1)))
    ):
        k -= 1  # past "Bristol-based"
    return designer if c.w(k) == "by" and c.w(k - 1) in DESIGNED else None


def _past_home_town(c: Clause, k: int) -> int:
    """Where a name ends that "of" and a place of one or two capitalised words follow, up to
    ``k`` ("Kestrel Silicon of Cambridge"), or ``k`` itself."""
    for size in (1, 2):
        j = k - size - 1
        place = all(c.t.text[i][:1].isupper() and c.alpha(i) and i not in c.cover for i in range(j + 1, k))
        if c.w(j) == "of" and place and j in c.end_at:
            return j
    return k


# Verbs of making software to order, whose maker develops what it made for a client.
BUILT_TO_ORDER = frozenset({"built", "developed", "designed", "created", "made", "written"})


def _where_meant(c: Clause, k: int) -> Mention | None:
    """The place ", where" before a clause at ``k`` stands for: the name before it, or the name
    an apposition ending in "of" and that name describes ("Scaleway, the cloud arm of the French
    telecoms group Iliad, where Harbor rents": Scaleway)."""
    named = where_antecedent(c, k)
    if named is None:
        return None
    comma = next(
        (j for j in range(named.start - 1, max(c.first, named.start - 10), -1) if c.w(j) == ","), None
    )
    if comma is None or c.w(comma + 1) not in {"a", "an", "the"}:
        return named
    if not any(c.w(j) == "of" for j in range(comma, named.start)):
        return named
    return c.end_at.get(comma)


def _sole_possessive_owner(c: Clause, before: int) -> Mention | None:
    """The one organisation named with "'s" before token ``before`` ("Nvidia's flagship"), if one."""
    owners = {m.entity.id: m for m in c.mentions if m.possessive and m.end <= before and is_org(m.entity)}
    return next(iter(owners.values())) if len(owners) == 1 else None


PROCESS_NOUNS = frozenset(
    {"process", "node", "fab", "fabs", "foundry", "foundries", "line", "plant", "facility"}
)
PROCESS_REACH = 6  # words from the foundry's name to its process ("Samsung Foundry's 2-nanometre process")


def made_on_process(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """A chip made on a foundry's process or taped out there: "The OV-2 will be manufactured on
    Samsung Foundry's 2-nanometre process", "Palisade's first chip, Larch, is scheduled to tape out
    at TSMC": the chip's owner, named with "'s", buys the making (the verb's subject when active)."""
    foundry = c.start_at.get(end)
    if foundry is None or not is_org(foundry.entity):
        return []
    taped = c.w(start).startswith("tap")
    k = foundry.end + foundry.possessive
    if not taped and not any(c.w(j) in PROCESS_NOUNS for j in range(k, min(k + PROCESS_REACH, c.last))):
        return []  # "built on Zenith's models": a use, which ``use`` reads
    passive = c.w(start - 1) in PASSIVE_AUX or c.w(start - 1) == "be"
    if taped or passive:
        owner = _sole_possessive_owner(c, start)
        if owner is None:
            return []  # ("Beacon B1 taped out at Samsung's foundry": whose chip, the text says elsewhere)
        client: Subject | None = Subject((owner.entity,), owner.start)
    else:
        client = clause_subject(c, start)
    return findings(rule, c, client, "customerOf", [foundry], start, end)


def _plant_client(c: Clause, start: int, end: int) -> Subject | None:
    """Who has a named product made "by Acme at its plant in Dresden": the article's own
    organisation, when the previous sentence was about it too (the product's designer, whose
    news the making is); nobody when the two differ."""
    product = patient_before(c, start)
    makers = object_right(c, end + 1, gap=1)
    if product is None or not productish(product.entity) or c.w(start) not in FABRICATED or not makers:
        return None
    if not at_own_plant(c, makers[-1].end) or c.lead is None or list(c.topic) != [c.lead]:
        return None
    if c.lead.type not in ORG_TYPES - {"NewsOutlet"} or any(m.entity.id == c.lead.id for m in makers):
        return None
    return Subject((c.lead,), product.start, anaphoric=True)


def _premises_of(c: Clause, o: Mention) -> bool:
    """Whether an organisation's premises follow its possessive ("Orbit's (UK) stores"): what
    is supplied goes to it, not its goods resold ("supplies Zenith's chips")."""
    k = o.end + 1
    return (
        o.possessive and is_org(o.entity) and (c.w(k) in PREMISES or (c.filler(k) and c.w(k + 1) in PREMISES))
    )


# What a company leases from a landlord or to a tenant: "The Ohio site is leased from Acme".
def _site_after(c: Clause, k: int) -> bool:
    """Whether a site is named from ``k`` on, past an adjective: "largest site", "new campus"."""
    return c.w(k) in SITES or (c.filler(k) and c.w(k + 1) in SITES)


def _speakers_site(c: Clause, end: int) -> list[Entity]:
    """The speaker whose site "at our ..." names after a lease verb ending at ``end``: "signed a
    15-year lease for 96 MW at our Red Mesa campus" in a release in the landlord's voice."""
    at = next((k for k in range(end, min(end + 6, c.last)) if c.w(k) in {"at", "in"}), None)
    if at is None or at + 1 not in c.first_person or len(c.topic) != 1 or not is_org(c.topic[0]):
        return []
    k = at + 2
    while (
        k < min(at + 6, c.last) and (k in c.start_at or c.filler(k) or k in c.cover) and c.w(k) not in SITES
    ):
        k += 1
    return [c.topic[0]] if c.w(k) in SITES else []


SITES = frozenset(
    {"site", "sites", "space", "building", "buildings", "campus", "halls", "hall", "facility"}
    | {"facilities", "centre", "centres", "center", "centers", "premises", "land", "warehouse"}
)
# Where a supplier's goods go that a buyer owns: "has supplied Orbit's tills since 2020".
PREMISES = SITES | frozenset({"stores", "shops", "tills", "hubs", "factories", "plants", "fleet", "fleets"})
PREMISES |= frozenset({"hospitals", "clinics", "branches", "restaurants", "warehouses", "kitchens", "mills"})


def _leased_site(c: Clause, start: int) -> tuple[Entity, int] | None:
    """Whose site a passive lease verb at ``start`` names, when the clause opens with it and
    no name: the organisation the text is about (see ``_topic_goods``), and where the noun is."""
    k = start - 1
    while k > c.first and c.w(k) in PASSIVE_AUX | {"being"}:
        k -= 1
    if k == start - 1 or c.w(k) not in SITES:
        return None
    owner = _topic_goods(c, k)
    return (owner, k) if owner is not None else None


# Prepositions opening a phrase that sets the scene before a clause's subject.
SETTING_PREPOSITIONS = frozenset({"inside", "in", "at", "within", "across", "for", "on", "beyond"})
SETTING_REACH = 7  # tokens of such a phrase, its comma included ("At the two Norway sites,")


def _topic_goods(c: Clause, k: int) -> Entity | None:
    """Whose goods the noun at ``k`` names when it opens the clause and no name precedes: after
    "its", the previous sentence's organisation ("Its wafers ..."); bare or after "the"
    ("Boards ...", "The chips ..."), the organisation the article is about, else that one."""
    first = c.first + (c.w(c.first) in QUOTES)  # "\"Our wafers are made by ...\""
    if c.w(first) in SETTING_PREPOSITIONS:  # "Inside the racks, the interconnects come from"
        comma = next((j for j in range(first + 1, min(first + SETTING_REACH, k)) if c.w(j) == ","), None)
        if comma is not None and not any(m.start < comma for m in c.mentions):
            first = comma + 1
    j = k - 1
    reach = 5 + 2 * sum(c.w(x) == "-" for x in range(first, k))  # (a hyphened word counts as one)
    while (
        j >= first
        and k - j <= reach  # "The first 300-megawatt building"
        and (c.filler(j) or (j == first and c.alpha(j) and j not in c.cover) or _product_token(c, j))
        and c.w(j) not in {"its", "their", "the", "a", "an"}  # ("The contract replaces a ... system")
    ):
        j -= 1  # ("Cooling equipment", "Its Ascend 910C processor")
    opening = j if c.w(j) in {"its", "their", "the"} else j + 1
    if opening != first or any(m.start < k and not _product_token(c, m.start) for m in c.mentions):
        return None
    if c.w(opening) not in {"its", "their"} and c.main is not None:
        return c.main
    return topic_organisation(c)


def _product_token(c: Clause, j: int) -> bool:
    """Whether token ``j`` is inside a product's name ("Ascend 910C" of "Its Ascend 910C processor")."""
    return j in c.cover and is_product(c.cover[j].entity)


def _sold_it(c: Clause, start: int, end: int) -> tuple[Mention, int] | None:
    """The company "it" stands for in "sold it to Orbit" when the sentence has just named it as
    an object: "Acme bought Zenith and later sold it to Orbit" (Zenith)."""
    if c.w(start) not in {"sold", "sell", "sells", "selling"} or c.w(end) != "it" or c.w(end + 1) != "to":
        return None
    before = [m for m in c.mentions if m.end <= start]
    if len(before) < 2:
        return None  # "Acme sold it to Orbit": what "it" is, the sentence does not say
    last = before[-1]
    if last.possessive or last.entity.type not in {"Company", "ResearchLab"} or last.start == c.first:
        return None
    return last, end + 1


def _company_sold(c: Clause, start: int, end: int) -> tuple[Mention, int] | None:
    """The company a sale verb sells "to" a buyer: "Acme sold Zenith to Orbit" (the buyer takes it
    over; selling a product or goods to a buyer supplies it). A company is sold once: "sells
    Briefcase AI to banks" sells a product, whatever its name. (The passive, "Zenith was sold to
    Orbit", is read with the other passives of selling.)"""
    if c.w(start) not in {"sold", "sell"}:
        return None
    sold = c.start_at.get(end)
    to = sold.end if sold is not None else end
    if sold is None and c.w(end) == "to":  # "Orbit, which Acme sold to Zenith"
        sold = next(iter(relative_object(c, clause_subject(c, start))), None)
    if (
        sold is None
        or sold.possessive
        or sold.entity.type not in {"Company", "ResearchLab"}
        or c.w(to) != "to"
    ):
        return None
    return sold, to


def _goods_units(c: Clause, k: int) -> bool:
    """Whether "units" at ``k`` counts goods ("ships 40,000 units a year", "sold units"), not
    a business's divisions ("its units", "two business units")."""
    return c.w(k) == "units" and c.w(k - 1) not in {"its", "their", "business", "operating", "the"}


def _divested(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """Who takes what a seller sells off: "sell its robotics unit, Zenith, to Acme" (Acme
    acquires Zenith), "selling its stake in Zenith, ..., to Acme" (Acme invests in Zenith)."""
    k = next(k for k in range(end, end + 5) if c.w(k) in DIVESTED and not _goods_units(c, k))
    if c.w(k) in {"stake", "shares"} and c.w(k + 1) == "in":
        sold, predicate = c.start_at.get(k + 2), "investsIn"
    elif c.w(k + 1) == ",":
        sold, predicate = c.start_at.get(k + 2), "acquires"
    else:
        return []
    if sold is None or sold.possessive or not is_org(sold.entity):
        return []
    to = next((j for j in range(sold.end, min(sold.end + 12, c.last)) if c.w(j) == "to"), None)
    buyers = [m for m in object_right(c, to + 1, gap=1) if not m.possessive] if to is not None else []
    out: list[Found] = []
    for b in buyers:
        out += findings(rule, c, Subject((b.entity,), b.start), predicate, [sold], start, end)
    return out


# After a name, the people it serves: "sells to Nimbus customers" names Nimbus's customers as buyers.
CLIENTELE = frozenset({"customers", "clients", "users", "subscribers", "developers", "enterprises"})
TENANT_NOUNS = CLIENTELE | {"tenants", "buyers", "licensees", "lessees"}
CLIENTS_REACH = 7  # words from the goods to the colon ("to two very thirsty tenants:")


def _clients_listed(c: Clause, k: int) -> list[Mention]:
    """The buyers a colon lists after "to" and a plural noun for them: "rents its halls to two
    very thirsty tenants: Microsoft, ..., and xAI"."""
    to = next((j for j in range(k, min(k + 4, c.last)) if c.w(j) == "to"), None)
    if to is None:
        return []
    for j in range(to + 1, min(to + CLIENTS_REACH, c.last - 1)):
        if j in c.start_at or c.w(j) in {",", ";", "."}:
            return []
        if c.w(j) in TENANT_NOUNS and c.w(j + 1) == ":":
            return [m for m in object_right(c, j + 2, gap=1) if is_org(m.entity)]
        if c.w(j) in TENANT_NOUNS and (listed := _listed_among(c, j + 1)) is not None:
            # "licensed Sable-3 to customers in Europe, among them Ardent Bank and Kinross"
            return [m for m in object_right(c, listed, gap=1) if is_org(m.entity)]
    return []


AMONG_REACH = 5  # words from the clients' noun to "among them" ("customers in Europe, among them")


def _listed_among(c: Clause, k: int) -> int | None:
    """Where the list after "among them", "including" or "such as" opens, from ``k`` on."""
    for j in range(k, min(k + AMONG_REACH, c.last - 1)):
        if j in c.start_at or c.w(j) in {";", "."}:
            return None
        if (c.w(j), c.w(j + 1)) in {("among", "them"), ("such", "as")}:
            return j + 2
        if c.w(j) == "including":
            return j + 1
    return None


DIVESTED = frozenset(
    {"unit", "division", "business", "arm", "subsidiary", "stake", "operations", "assets"}
    | {"units", "divisions", "businesses", "subsidiaries", "stakes", "holding", "holdings"}
    | {"majority", "minority", "shares", "control"}  # "sold a majority of it to Silver Lake"
)
PASSIVE_AUX = frozenset(
    {"is", "are", "was", "were", "be", "been", "also", "now", "still", "only", "themselves"}
)
# Adverbs between a passive's auxiliary and its participle: "was later sold to".
LATER = frozenset({"then", "later", "eventually", "subsequently"})
# What a company buys in, named as the subject of "comes from": "Cooling equipment comes from Acme".
INPUTS = GOODS_NOUNS | MADE_PARTS | {"equipment", "memory", "power", "electricity", "packaging", "substrates"}
INPUTS |= {"cooling", "interconnects", "optics", "switches", "cables", "transceivers", "lasers"}
INPUTS |= {"sensors", "cameras", "scanners", "terminals", "robots", "drones", "machines", "units"}
INPUTS |= {"imagery", "images", "photos", "maps", "estimates", "forecasts", "feeds"}  # bought-in data


def _before_setting(c: Clause, k: int) -> int:
    """Where the goods end before a short phrase of where they are ("sensors in most clinics",
    "cameras at all 40 venues"), the phrase ending at ``k``; ``k`` where none stands there."""
    for j in range(k, max(c.first, k - SETTING_WORDS), -1):
        if c.w(j) in {"in", "at", "across"} and j > c.first and c.w(j - 1).isalpha():
            return j - 1 if all(c.filler(x) and x not in c.cover for x in range(j + 1, k + 1)) else k
    return k


SETTING_WORDS = 4  # words of the phrase of where goods are: "in most of its clinics"


def resell(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme resells its software through Zenith": partners, when Zenith is a company (or a name
    the registry does not know) and not the seller's own channel ("resells through its Azure
    cloud")."""
    return [
        f
        for f in verb(rule, c, start, end)
        if (is_org(f.object) or not f.object.curated)
        and is_org(f.subject)
        and not _own_channel(c, f.object, end)
    ]


def _own_channel(c: Clause, channel: Entity, end: int) -> bool:
    """Whether ``channel`` follows "its"/"their" after the verb ending at ``end``."""
    m = next((m for m in c.mentions if m.entity.id == channel.id and m.start >= end), None)
    return m is not None and c.w(m.start - 1) in {"its", "their", "own"}


def serviced_by(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Its odds-compliance audits are carried out by GLI", "Acme's billing is handled by
    Stripe": whose work is done buys it from the agent; done by a product ("Every ListWise draft
    is screened by Fairline", "Acme's summaries are written by Quill"), it uses the product."""
    if c.w(end - 1) != "by":
        return []
    k = start - 1
    while k > c.first and (c.w(k) in PASSIVE_AUX or c.w(k).endswith("ly") or c.w(k) in LATER | {"therefore"}):
        k -= 1
    if k == start - 1 or c.w(k) == "-" or k in c.cover or not c.filler(k) or c.w(k) in HOLDINGS:
        return []  # no auxiliary, or a name before it ("Quill is handled by"), or a stake ("its shares")
    j = k
    while (
        j > c.first
        and k - j < SERVICED_REACH
        and (c.filler(j - 1) or c.w(j - 1) == "-")
        and c.w(j - 1) not in {"and", "or"}
    ):
        j -= 1  # back over "odds-compliance audits" to "its" or "Acme's" (not "Whisper model and summaries")
    opening = c.w(j - 1) in {"its", "their"} and j - 1 == c.first and len(c.topic) == 1  # "Its audits"
    named = c.end_at.get(j)  # "Every ListWise draft": the product whose drafts they are
    if opening:
        owner: Subject | None = Subject((c.topic[0],), j - 1, anaphoric=True)
    elif named is not None and not named.possessive and is_product(named.entity):
        owner = Subject((named.entity,), named.start)
    else:
        owner = possessor(c, j)
    if owner is None or not any(is_org(e) or is_product(e) for e in owner.entities):
        return []
    # (``object_right`` already gives "Zenith's Quill model" as Quill; a bare "Zenith's" is no agent)
    agents = [m for m in agent_after(c, end) if not m.possessive]
    products_work = all(is_product(e) for e in owner.entities)  # (an organisation's: its technology)
    used = [m for m in agents if is_product(m.entity) or (products_work and is_org(m.entity))]
    bought = [m for m in agents if is_org(m.entity)] if not products_work else []
    return findings(rule, c, owner, "customerOf", bought, start, end) + findings(
        rule, c, owner, "usesTechnologyOf", used, start, end
    )


def services(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Stripe, which processes Orison's billing", "Thales maintains Northline's signalling": the
    owner of the work done buys it from whoever does it (an organisation doing an organisation's
    work, the possessive right after the verb)."""
    owner = c.start_at.get(end)
    if owner is None or not owner.possessive or not is_org(owner.entity):
        return []
    work = owner.end + 1
    if not (c.alpha(work) and c.t.text[work].islower()) or c.w(work) in HOLDINGS:
        return []  # "manages Acme's stake": a holding, no service
    subj = clause_subject(c, start)
    if subj is None or not all(is_org(e) for e in subj.entities):
        return []
    return findings(rule, c, subj, "supplierOf", [owner], start, end)


# What is had "from" a party without buying it: money, leave, a name.
NOT_BOUGHT = frozenset(
    {
        "funding",
        "investment",
        "money",
        "capital",
        "backing",
        "cash",
        "name",
        "names",
        "approval",
        "permission",
    }
)


def gets_from(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Northgate gets its smart meters and outage software from Itron": what a party gets
    for its own use "from" an organisation, it buys (not "got its funding from", "gets its name
    from")."""
    if c.w(end) not in {"its", "their", "our"}:
        return []
    sellers = [m for m in object_right(c, end, ("from",), gap=8) if is_org(m.entity) and not m.possessive]
    if not sellers or any(
        c.w(k) in NOT_BOUGHT or c.w(k) in MONEY_SIGNS for k in range(end, sellers[0].start)
    ):
        return []
    return findings(rule, c, clause_subject(c, start), "customerOf", sellers, start, end)


SERVICED_REACH = 5  # words of the work done: "its odds-compliance audits"
HOLDINGS = frozenset({"shares", "stake", "stakes", "stock", "equity"})


def comes_from(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith's wafers come from Acme"; after a sentence about Zenith, "Wafers come from Acme",
    "Its memory comes from Acme and Orbit", "Cooling equipment comes from Acme": Zenith buys
    them from Acme."""
    k = start - 1
    while k > c.first and c.w(k) in {"now", "also", "still", "all", "mostly", "largely", "themselves"}:
        k -= 1
    k = _before_setting(c, k)  # "The X-ray sensors in most clinics come from Planmeca"
    if c.w(k) not in INPUTS:
        return []
    sellers = [m for m in object_right(c, end, gap=1) if not m.possessive and is_org(m.entity)]
    j = k  # back over "cooling" to a possessive name or the clause's opening
    while j > c.first and k - j <= 3 and c.filler(j - 1) and c.w(j - 1) not in POSSESSIVE_MARKS:
        j -= 1
    owner = c.end_at.get(j - 1) if c.w(j - 1) in POSSESSIVE_MARKS else None
    if owner is not None and owner.possessive:
        subj = Subject((owner.entity,), owner.start)
    elif (topic := _topic_goods(c, k)) is not None:
        subj = Subject((topic,), k, anaphoric=True)
    else:
        return []
    return findings(rule, c, subj, "customerOf", sellers, start, end)


def _offered_through(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme's models are offered through Nimbus", "Quill is sold on Nimbus": hosted there."""
    clouds = clouds_right(c, end, ("through", "on", "via"), gap=4)
    k = start - 1
    while k > c.first and c.w(k) in PASSIVE_AUX | LATER:
        k -= 1
    named = c.end_at.get(k + 1)  # "Quill is sold on ..."; "Acme's models are offered ..."
    owner = next((m for m in c.mentions if m.possessive and k - 2 <= m.end <= k - 1 and c.filler(k)), None)
    subject = named if named is not None and not named.possessive else owner
    product = c.end_at.get(k) if named is None and c.filler(k) else None
    if product is not None and not product.possessive and is_product(product.entity):
        subject = product  # "Anthropic's Claude models are offered on ...": Claude, not Anthropic
    if subject is None:
        return []
    respectively = any(c.w(j) == "respectively" for j in range(end, min(end + 8, c.last)))
    if not clouds and subject is named and is_org(named.entity) and c.w(start) == "sold" and not respectively:
        buyers = [b for b in object_right(c, end, ("to",), gap=3) if is_org(b.entity) and not b.possessive]
        return findings(  # "Zenith was sold to Acme in 2019": a company sold is acquired
            rule, c, Subject((named.entity,), named.start), "acquires", buyers, start, end, swap=True
        )
    return findings(
        rule, c, Subject((subject.entity,), subject.start), "hostedOn", clouds, start, end, strength=0.8
    )


def train_on(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme trains its models on Nimbus": Acme is hosted there; "on Zenith's chips": it buys them."""
    objects = object_right(c, end, ("on",), gap=7)  # ("trains and serves its flagship Vireo-3 model on")
    clouds = [o for o in objects if o.entity.type in {"CloudPlatform", "Chip"} or _owned_goods(c, o)]
    # "trains on CoreWeave": a company trained on, as run on, is the host (not "on Zenith data")
    sellers = [
        o
        for o in objects
        if o not in clouds
        and is_org(o.entity)
        and not o.possessive
        and c.w(o.end) not in GOODS_NOUNS | TRAINING_DATA
    ]
    if not clouds and not sellers:
        return []
    subj = _trained_owner(c, start) or clause_subject(c, start) or its_thing(c, start)
    chips = [
        o for o in clouds if o.entity.type == "Chip" and not o.possessive
    ]  # "on Orca chips": it uses them
    uses = findings(rule, c, subj, "usesTechnologyOf", chips, start, end, strength=0.85)
    if subj is not None and all(is_product(e) for e in subj.entities):  # "Quill is trained on Nimbus"
        hosted = [o for o in clouds if o not in chips]
        return findings(rule, c, subj, "hostedOn", hosted, start, end, strength=0.85) + uses
    hosts = [o for o in clouds if o.entity.type == "CloudPlatform"] + sellers  # "trains its models on Nimbus"
    # "on Zenith's chips": Acme buys them
    goods = [o for o in clouds if o not in hosts and o not in chips and not _rented(c, o)]
    return (
        hosted_product(rule, c, start, end, [*hosts, *(o for o in goods if o.possessive)], trained=True)
        + findings(rule, c, subj, "hostedOn", hosts, start, end, strength=0.85)
        + findings(rule, c, subj, "customerOf", goods, start, end, strength=0.85)
        + uses
    )


def _owned_goods(c: Clause, o: Mention) -> bool:
    """Whether goods follow the possessive ``o``, past a place or a word of kind: "on Zenith's
    chips", "on Kestrel's Reno cluster"."""
    if not o.possessive:
        return False
    k = o.end + 1
    while k < min(o.end + 3, c.last) and k not in c.cover and (c.filler(k) or c.t.text[k][:1].isupper()):
        if c.w(k) in GOODS_NOUNS:
            return True
        k += 1
    return c.w(k) in GOODS_NOUNS


# What a model is trained on that is no host: "trained on Zenith articles", "on Orbit's code".
TRAINING_DATA = frozenset(
    {"articles", "text", "texts", "content", "posts", "images", "videos", "code", "books", "papers"}
    | {"listings", "answers", "outputs", "chips", "gpus", "accelerators", "processors", "hardware"}
)


def _trained_owner(c: Clause, start: int) -> Subject | None:
    """Whose unnamed model a passive "was trained" at ``start`` names: "its next model had been
    trained on ...", "Acme's model was trained on ..." (the owner trains it)."""
    k = start - 1
    if c.w(k) not in {"was", "were", "been", "is", "are"}:
        return None
    while k > c.first and c.w(k) in PASSIVE_AUX | {"had", "has", "have"}:
        k -= 1
    if not c.filler(k) or c.w(k) not in {"model", "models", "system", "systems", "llm", "llms"} | {"version"}:
        return None
    j = k - 1
    while j > c.first and k - j <= 3 and c.filler(j) and c.w(j) not in {"its", "their", "the"}:
        j -= 1
    if c.w(j) not in {"its", "their"} | POSSESSIVE_MARKS:
        return None  # "the models were trained on ...": whose, the sentence does not say here
    owner = possessor(c, k + 1)
    return owner if owner is not None and all(is_org(e) for e in owner.entities) else None


RENTING = frozenset({"rented", "leased", "hired", "borrowed"})


PARTICIPLES = frozenset({"rented", "leased", "licensed", "licenced"})


# The nouns of a licensed product's parts: "Neoverse CPU cores licensed from Arm" (not "use
# technology licensed from OpenAI", whose product before is the user).
LICENSED_PARTS = CHIP_NOUNS | frozenset({"core", "cores", "ip", "designs", "design", "blocks"})


def _licensed_goods(c: Clause, start: int, subj: Subject | None) -> Mention | None:
    """The product a participle at ``start`` follows, by itself or by its nouns ("Neoverse V3
    cores licensed from Arm", "Neoverse CPU cores"), with no auxiliary between ("the platform
    Brightwater has licensed" is a verb of Brightwater's), when it is the subject found."""
    if subj is None or c.w(start) not in PARTICIPLES:
        return None
    k = start
    while k > start - 3 and k not in c.end_at and (c.w(k - 1) in LICENSED_PARTS or c.w(k - 1) == ","):
        k -= 1  # "Neoverse CPU cores": past the goods' nouns ("Microsoft 365 Copilot, licensed from")
    named = c.end_at.get(k)
    return named if named is not None and named.entity in subj.entities and is_product(named.entity) else None


def _rented_goods(c: Clause, start: int) -> Mention | None:
    """The chips or product a participle at ``start`` says are rented ("TPUs rented from
    Google", "Orca chips leased from Zenith"): goods, not the renter."""
    if c.w(start) not in RENTING:
        return None
    goods = c.end_at.get(start)
    if goods is None and c.w(start - 1) in GOODS_NOUNS:
        goods = c.end_at.get(start - 1)  # "Orca chips leased from"
    return goods if goods is not None and is_product(goods.entity) else None


def _rented(c: Clause, goods: Mention) -> bool:
    """Whether the goods named at ``goods`` are "rented from" someone ("on 6,000 Orca chips
    rented from Zenith"): the renter uses them but buys nothing of their maker."""
    k = goods.end
    while k < goods.end + 3 and c.filler(k) and c.w(k) not in RENTING:
        k += 1
    return c.w(k) in RENTING and c.w(k + 1) == "from"


GOODS_REACH = 7  # words from a passive back to its goods' owner: "whose fleet of Nvidia servers is"


def rented_by(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "CoreWeave's servers are rented by Microsoft", "CoreWeave, the operator whose fleet of
    Nvidia servers is rented by Microsoft and OpenAI": the renters are the owner's customers."""
    k = start - 1
    while k > c.first and (c.w(k) in AUX or c.w(k).endswith("ly")):
        k -= 1
    goods = k
    while k > c.first and goods - k < GOODS_REACH and c.w(k) not in POSSESSIVE_MARKS | {"whose"}:
        if not (c.filler(k) or c.w(k) in GOODS_NOUNS or c.w(k) == "of" or k in c.cover):
            return []
        k -= 1
    if not any(c.w(j) in GOODS_NOUNS for j in range(k + 1, goods + 1)):
        return []  # "Acme's staff are hired by ...": no goods rented
    if c.w(k) == "whose":
        owner = c.end_at.get(k - 1 - (c.w(k - 1) == ",")) or apposed_np(c, k - (c.w(k - 1) == ","))
    else:
        owner = c.end_at.get(k)
    if owner is None or not is_org(owner.entity):
        return []
    subj = Subject((owner.entity,), owner.start)
    return findings(rule, c, subj, "customerOf", object_right(c, end, gap=3), start, end, swap=True)


# "..., and the cheque goes to Zenith": the noun that names the money, and how it reaches the payee
MONEY_NOUNS = frozenset(
    {"cheque", "check", "money", "payment", "payments", "bill", "bills", "cash", "fees", "fee"}
)
REACH_VERBS = frozenset({"goes", "go", "went", "going", "gone", "flows", "flow", "flowed", "flowing"})


def _with_after_sum(c: Clause, end: int) -> int | None:
    """Where "with" follows a sum spent ("spend $11 million with", "spent about £2m with")."""
    k = end
    while k < c.last and (c.w(k) in SUM_WORDS or c.w(k) in CURRENCY_CODES or is_number(c.t.text[k])):
        k += 1
    return k if k > end and c.w(k) == "with" else None


def _access_to(c: Clause, k: int) -> bool:
    """Whether the first "to" after ``k`` is access's ("offered cheaper access to Nvidia's H100
    chips": what is offered, not to whom)."""
    to = next((j for j in range(k, min(k + 6, c.last)) if c.w(j) == "to"), None)
    return to is not None and c.w(to - 1) == "access"


def money_recipient(c: Clause, end: int) -> list[Mention]:
    """The payee a later clause names: "X spends $5m on Y's models, and the money goes to Z"."""
    for k in range(end, c.last - 1):
        if c.w(k) in REACH_VERBS and any(c.w(j) in MONEY_NOUNS for j in range(k - 3, k)):
            return object_right(c, k + 1, ("to",), gap=1)
    return []


def hire(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """Hiring a firm for a job: "Acme hired Zenith to audit its books", "retained Zenith as its
    adviser" (a customer of its services). People hired are no organisation; a firm's staff
    ("hired Zenith's engineers") are not the firm."""
    if c.w(end) == "by":
        return []
    subj = clause_subject(c, start)
    hired = [
        m
        for m in object_right(c, end, gap=0)
        if not m.possessive and is_org(m.entity) and c.w(m.end) in HIRED_ENDS
    ]
    hired = hired or [m for m in relative_object(c, subj) if is_org(m.entity)]  # "a contractor Veltrix hired"
    return findings(rule, c, subj, "customerOf", hired, start, end, strength=0.8)


# What follows a firm hired for a job: "to audit", "as adviser", or the sentence's time or end
# ("Brightwell hired Pathwise in August 2024."); not "hired Google engineers".
HIRED_ENDS = frozenset({"to", "as", "in", "last", "this", "for", "on", ".", ";", ",", "and"})


# What one party pays another for breaking a deal or a law: no custom.
# What makes a payment a settlement, a few words after its verb.
SETTLING = frozenset(
    {("after", "admitting"), ("to", "settle"), ("as", "compensation"), ("in", "compensation")}
    | {("and", "admitted"), ("and", "admits")}  # "agreed to pay Barkway and admitted it broke"
)
SETTLING_REACH = 14
PENALTIES = frozenset(
    {"termination", "break-up", "breakup", "damages", "penalty", "penalties", "fine", "fines", "settlement"}
)


# Words before "paid" or "paying" that make it an adjective: "its paid app", "the paying users".
ATTRIBUTIVE_BEFORE = frozenset({"a", "an", "the", "its", "their", "our", "his", "her", "first", "largest"})


def pay(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme pays Zenith $5m a month", "Acme has been paying $5m to Zenith for its models",
    "Acme spends $5m a month on Quill, and the cheque goes to Zenith"."""
    if c.w(start).startswith("spen") and any(c.w(k) in TIME_SPENT for k in range(end, min(end + 4, c.last))):
        return []  # "spent two years on Azure": time, not money
    if any(c.w(k) in PENALTIES for k in range(end, min(end + 10, c.last))):
        return []  # "will pay Zenith a $140 million termination fee": a penalty, not a purchase
    if any((c.w(k), c.w(k + 1)) in SETTLING for k in range(end, min(end + SETTLING_REACH, c.last))):
        return []  # "paid an undisclosed sum to Chartwell after admitting it had broken": a settlement
    if c.w(end) == "for" and c.w(end + 1) in {"itself", "themselves"}:
        return []  # "a fully loaded Bastion X1 pays for itself within 14 months": no payee
    if c.w(start) in {"paid", "paying"} and c.w(start - 1) in ATTRIBUTIVE_BEFORE:
        return []  # "its paid app Gristmill Scribe", "a paying customer": an adjective
    subj = clause_subject(c, start)
    members = listed_members(c, start) if subj is None else None
    subj = subj or members
    if c.w(start) == "paid" and c.w(start - 1) in PASSIVE_AUX:
        # "Brightwater was paid $31.7 million under a contract with the NRS" (or "by the NRS")
        return findings(rule, c, subj, "customerOf", _payers(c, end), start, end, swap=True)
    recipients = money_recipient(c, end)
    if recipients and subj is not None:  # the figure belongs to the spending clause, not the payee's
        return [
            Found(s, "customerOf", r.entity, rule.name, rule.strength, (subj.start, end), (start, end))
            for s in subj.entities
            for r in recipients
            if s.id != r.entity.id
        ]
    payees: Sequence[Mention | Entity] = [m for m in object_right(c, end, gap=1) if not m.possessive]
    if not payees and c.w(start).startswith("spen") and (with_at := _with_after_sum(c, end)) is not None:
        payees = object_right(c, with_at + 1, gap=1)  # "committed to spend $11 million with Google Cloud"
    paid_for_a_name = c.w(end) == "for" and end + 1 in c.start_at  # ("which Acme pays for Quill")
    if not payees and c.w(start).startswith("pa") and c.w(end) not in {"to", "on"} and not paid_for_a_name:
        # "X, which Brightwell pays", "Fernhill, which Verdigris already pays for annotation work"
        # (or a cloud: "Microsoft Azure, which Jobvane pays for under a five-year commitment")
        payees = [m for m in relative_object(c, subj) if is_org(m.entity) or m.entity.type == "CloudPlatform"]
        if not payees and c.w(end) == "for" and c.w(end + 1) not in {"through", "via"}:
            # "OpenAI's GPT-5, which Nimbalo pays for at standard rates": the model's maker is
            # paid (not in "which Vennholt pays for through Azure OpenAI Service": Microsoft is)
            payees = [m for m in relative_object(c, subj) if is_product(m.entity)]
    if not payees and c.w(start).startswith("pa") and c.w(end) == "the":
        payees = company_meant(c, end, (), 0, subj)  # "licenses Halvor's model and pays the company"
    whose = whose_object(c, subj) if not payees and c.w(start).startswith("pa") else None
    if whose is not None and whose[1] not in OWNERSHIP_NOUNS and is_org(whose[0].entity):
        payees = [whose[0]]  # "Hawk-Eye, whose cameras the league already pays for"
    if not payees and (bought := _company_paid_for(c, end)):
        return findings(rule, c, subj, "acquires", bought, start, end)  # "paid $1.2 billion for Zenith"
    paid_for = next((j for j in range(end, min(end + 8, c.last)) if c.w(j) == "for"), None)
    if not payees and paid_for is not None and (share := share_bought(c, paid_for + 1)) is not None:
        return findings(
            rule, c, subj, stake_bought(share[0]), share[1], start, end
        )  # "paid $14bn for 49% of"
    if not payees and c.w(start) in {"pay", "pays", "paying"} and c.w(end) == "for":
        payees = object_right(c, end, ("for",), gap=1)  # "started paying for Pilotfish at 40 stores"
    if not payees and not _paid_to_do(c, end):
        payees = object_right(c, end, ("to",), gap=10)
    if not payees:
        payees = [m for m, _ in technology_target(c, end, gap=10)]
    if not payees:
        payees = object_right(c, end, ("on",), gap=8)
    if members is not None:  # "pay for it, among them Freedom Ridge and Castillo": no payee among them
        payees = [m for m in payees if isinstance(m, Mention) and m.start < members.start]
    return findings(rule, c, subj, "customerOf", payees, start, end)


# What a buyer books ahead at a maker or a host: "booked 3 nm wafer capacity at TSMC".
CAPACITY_NOUNS = frozenset({"capacity", "allocation", "slots", "supply"})
BOOKED_REACH = 5  # words from the verb to the noun ("booked 3 nm wafer capacity")


def book(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Ridgeback has booked 3 nm wafer capacity at TSMC", "reserved production slots with
    Samsung's foundry": the subject buys what the maker will make for it."""
    noun = next((k for k in range(end, min(end + BOOKED_REACH, c.last)) if c.w(k) in CAPACITY_NOUNS), None)
    if noun is None or any(k in c.cover for k in range(end, noun)):
        return []  # "booked revenue from Zenith", "booked Zenith's capacity" (the model reads it)
    makers = [m for m in object_right(c, noun + 1, ("at", "with", "from"), gap=1) if is_org(m.entity)]
    return findings(rule, c, clause_subject(c, start), "customerOf", makers, start, end)


SUMS = frozenset({"million", "billion", "bn", "sum", "price", "premium"})
# What a payer may buy of a company without buying from it: "Zenith, whose shares Acme paid for".
OWNERSHIP_NOUNS = frozenset({"shares", "stock", "stake", "equity", "debt", "bonds", "staff", "employees"})
TIME_SPENT = frozenset({"years", "year", "months", "month", "weeks", "week", "days", "decade", "time"})


def _company_paid_for(c: Clause, end: int) -> list[Mention]:
    """The companies a sum "paid ... for" buys outright: "paid $1.2 billion for Zenith" (not
    "for Zenith's chips", "for Quill", "for access to")."""
    k = next((j for j in range(end, min(end + 8, c.last)) if c.w(j) == "for"), None)
    if k is None or not any(c.w(j) in FUNDING_WORDS | SUMS for j in range(end, k)):
        return []
    bought = c.start_at.get(k + 1)
    if bought is None or bought.possessive or bought.entity.type not in {"Company", "ResearchLab"}:
        return []
    return [bought] if c.w(bought.end) not in GOODS_NOUNS | TECH_NOUNS else []


# Verbs after "to" that make it an infinitive of purpose, not a recipient's or payee's preposition.
PURPOSE_VERBS = frozenset(
    {"buy", "acquire", "purchase", "settle", "license", "licence", "secure", "take", "build", "fund"}
    | {"rent", "lease", "power", "run", "serve", "train", "host", "help", "support", "develop", "make"}
    | {"create", "deploy", "handle", "process", "improve", "boost", "drive", "fuel", "enable", "replace"}
    | {"use", "access", "integrate", "embed"}  # "signs a licence to use Lodestar 2"
)


def _paid_to_do(c: Clause, end: int) -> bool:
    """ "Acme paid $140 million to buy Zenith": the money buys something; no one is paid."""
    return _purpose_to(c, end, reach=11)


PAYING_DEALS = frozenset({"contract", "agreement", "deal", "subcontract"})


def _payers(c: Clause, end: int) -> list[Mention]:
    """Who paid, after a passive "was paid": "by the NRS", "under a separate contract with the
    NRS" (the other side of the contract the money came under)."""
    payers = object_right(c, end, ("by",), gap=8)
    deal = next((k for k in range(end, c.last) if c.w(k) in PAYING_DEALS), None)
    if not payers and deal is not None:
        payers = object_right(c, deal + 1, ("with",), gap=0)
    return [m for m in payers if is_org(m.entity) and not m.possessive]


def payment_from(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "The $5m payment from Acme represents a share of Zenith's revenue": Acme pays Zenith."""
    payers = object_right(c, end, gap=2)
    if not payers:
        return []
    payees = object_right(c, payers[-1].end, ("to",), gap=3)
    if not payees:
        payees = [
            m
            for m in c.mentions
            if m.start > payers[-1].end
            and m.possessive
            and c.w(m.end + 1) in {"revenue", "revenues", "sales", "income", "total"}
        ]
    subj = Subject(tuple(p.entity for p in payers), payers[0].start)
    return findings(rule, c, subj, "customerOf", payees[:1], start, end)


def revenue_from(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith's revenue from Acme": Acme is Zenith's customer."""
    owner = possessor(c, start)
    payers = object_right(c, end, gap=2)
    return findings(rule, c, owner, "customerOf", payers, start, end, swap=True)


REVENUE_NOUNS = frozenset({"revenue", "revenues", "sales", "income", "turnover", "business"})
EARN_VERBS = frozenset(
    {"makes", "made", "earns", "earned", "generates", "generated", "gets", "books", "booked", "collects"}
)


def revenue_share(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme accounts for 25% of Zenith's revenue" (Acme customerOf Zenith, with the share)."""
    owners = [
        m
        for m in c.mentions
        if m.start >= end
        and (
            (m.possessive and any(c.w(k) in REVENUE_NOUNS for k in range(m.end + 1, min(m.end + 6, c.last))))
            or (c.w(m.start - 1) in REVENUE_NOUNS and c.w(m.end) in EARN_VERBS)  # "the revenue Zenith makes"
        )
    ]
    subj = clause_subject(c, start)
    if not owners and subj is not None and not subj.anaphoric:
        owners = _speakers_revenue(c, subj, end)  # "Zenith said Acme accounted for 70% of its sales"
    if not owners:
        return []
    if subj is None or subj.anaphoric:
        return [
            Found(
                owners[0].entity,
                "revenueShare",
                owners[0].entity,
                rule.name,
                rule.strength,
                (start, owners[0].end),
                (start, end),
            )
        ]
    return findings(rule, c, subj, "customerOf", owners[:1], start, end, strength=0.8)


def _speakers_revenue(c: Clause, subj: Subject, end: int) -> list[Mention]:
    """The speaker "its" stands for in "Zenith said (that) Acme accounted for 70% of its sales":
    the name right before the verb of saying that opens the share's clause, never the subject."""
    k = next((k for k in range(end, min(end + 6, c.last)) if c.w(k) in {"its", "their"}), None)
    if k is None or c.w(k + 1) not in REVENUE_NOUNS:
        return []
    j = subj.start - 1 - (c.w(subj.start - 1) == "that")
    if c.w(j) not in SPEECH:
        return []
    speaker = c.end_at.get(j) or (
        sentence_antecedent(c, j) if c.w(j - 1) == "," else None
    )  # "Zenith, a ..., said"
    if speaker is None or speaker.possessive or speaker.entity.id in {e.id for e in subj.entities}:
        return []
    return [speaker] if is_org(speaker.entity) else []


def demand_from(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "demand for Zenith's (Quill) chips from Acme and Orbit": they buy Zenith's chips."""
    k = next((k for k in range(end, min(end + 5, c.last)) if c.w(k) in GOODS_NOUNS), None)
    if k is None:
        return []
    buyers = object_right(c, k + 1, ("from",), gap=0)
    j = k - 1
    while j > end and (c.filler(j) or j in c.cover) and c.w(j) not in POSSESSIVE_MARKS | {"its", "their"}:
        j -= 1
    if c.w(j) in {"its", "their"}:
        maker = possessor(c, j + 1)
    elif c.w(j) in POSSESSIVE_MARKS and (owner := c.end_at.get(j)) is not None:
        maker = Subject((owner.entity,), owner.start)
    else:
        return []
    named = [
        m for m in c.mentions if j < m.start and m.end <= k and is_product(m.entity)
    ]  # "its Quill chips"
    return findings(rule, c, maker, "supplierOf", buyers, start, end) + findings(
        rule, c, maker, "develops", named, start, end, nominal=True
    )


def choose(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith chose Nimbus for its training run": choosing a cloud is being hosted on it,
    choosing a chip using it."""
    if c.w(end) == "by":
        return []
    subj = clause_subject(c, start)
    out: list[Found] = []
    for o in object_right(c, end, gap=1):
        if o.entity.type in {"CloudPlatform", "Chip"}:
            out += findings(rule, c, subj, used_as(o.entity), [o], start, end, strength=0.8)
    return out
