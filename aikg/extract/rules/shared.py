"""Handlers several rule families share: an active verb with its object, a passive with its
agent, and a noun with its complement ("Acme's investment in Zenith", "a deal with Zenith").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from aikg.extract.mentions import Mention
from aikg.extract.name_kinds import DEVICE_NOUNS, ORG_TYPES
from aikg.extract.name_words import POSSESSIVE_MARKS
from aikg.extract.rules.base import (
    LINE_PREDICATES,
    Found,
    Rule,
    findings,
    is_org,
    is_product,
    product_line,
    productish,
)
from aikg.extract.rules.nouns import (
    CHIP_NOUNS,
    GOODS_NOUNS,
    HOST_NOUNS,
    ONBOARD_NOUNS,
    PRODUCT_KINDS,
    PRODUCT_NOUNS,
    SYMMETRIC,
    TECH_NOUNS,
)
from aikg.extract.rules.partnership import each_pair, owned_noun
from aikg.extract.rules.sentence_view import (
    Clause,
    Subject,
    agent_after,
    clouds_right,
    coordinated_left,
    hyphened_gap,
    hyphened_reach,
    np_start,
    object_after_preposition_or_name,
    object_right,
    patient_before,
    word_ahead,
)
from aikg.extract.rules.subjects import (
    STAKE_IN,
    apposed_np,
    clause_subject,
    fronted_subject,
    possessor,
    product_owner,
    relative_object,
)
from aikg.extract.rules.suppliers import TWO_WAY, Side, supplier_side, two_way
from aikg.extract.rules.technology import (
    goods_after,
    hosted_product,
    its_thing,
    product_participle,
    technology_target,
    the_system_within,
    topics_unnamed_thing,
)
from aikg.extract.rules.words import (
    AUX,
    DETERMINERS,
    NAMING_WORDS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    REST_OF,
    SPEECH,
    TRIAL_RUNS,
)
from aikg.extract.versions import is_number
from aikg.ontology.dates import MONTHS
from aikg.ontology.models import Entity

NOUN_BEFORE = PREPOSITIONS | DETERMINERS  # a word before "rival" that makes it a noun, not the verb
# Words before "fund" that make it the noun ("a venture capital fund", "its new fund").
FUND_NOUN_BEFORE = (
    DETERMINERS
    | POSSESSIVE_MARKS
    | {"its", "their", "capital", "venture", "investment", "hedge", "pension", "sovereign", "wealth"}
    | {"equity", "growth", "seed", "vision", "innovation", "index", "mutual", "strategic", "corporate"}
    | {"infrastructure", "debt", "credit", "new", "first", "second", "third", "flagship", "impact"}
)


# Verbs of vying for deals ("both companies bid last year for a contract with X": no partners).
VYING = frozenset({"compete", "competes", "competed", "competing", "vie", "vies", "vied", "vying"})
VYING |= {"bid", "bids", "bidding", "tendered", "tendering"}
VYING_REACH = (
    8  # words from the verb to the deal noun: "competes for airline, shipping and enterprise contracts"
)
# Words that make a deal noun what was broken: "breached the licence terms of its agreement with".
BREACHING = frozenset({"breached", "breach", "breaching", "breaches", "violated", "violating", "violates"})
BREACH_REACH = 10
# A fund's partners: who put money in or runs it, not partners of each other.
FUND_PARTNERS = frozenset({"limited", "general", "managing"})


CONTESTED_REACH = 8  # words of what is fought for: "for hyperscale and AI tenants with"


def _contested_with(c: Clause, end: int) -> int | None:
    """Where "with" or "against" stands after what rivals compete "for", when that is a noun
    phrase of plain words ("competes for hyperscale and AI tenants with QTS"), else None."""
    if c.w(end) != "for":
        return None
    for k in range(end + 1, min(end + 1 + CONTESTED_REACH, c.last)):
        if c.w(k) in {"with", "against"}:
            return k if k > end + 1 else None
        if k in c.start_at or k in c.cover or not (c.filler(k) or c.w(k) in {"and", "-"}):
            return None
    return None


# Nouns after "power" that make it a trade: "power producer", "power company", "power grid".
POWER_TRADES = frozenset(
    {"producer", "producers", "company", "companies", "utility", "utilities", "generator", "generators"}
    | {"group", "firm", "supplier", "suppliers", "plant", "plants", "station", "stations", "grid"}
    | {"provider", "providers", "trader", "traders", "developer", "developers", "operator", "operators"}
)


def verb(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """Active verbs: "Acme invested $2bn in Zenith", "Acme and Zenith partnered"."""
    if c.w(end) == "by" or (start > c.first and c.w(start - 1) == "-"):
        return []  # a passive or a compound ("Acme-backed"): other rules read those
    if rule.name == "rivals" and c.w(start).startswith("rival") and c.w(start - 1) in NOUN_BEFORE:
        return []  # "buys from rivals such as Zenith", "the rival MI300X": a noun or adjective, no verb
    if rule.name == "compete" and c.w(start) == "competing" and c.w(start - 1) in DETERMINERS - {"both"}:
        return []  # "building a competing model with Claude outputs": an adjective
    if rule.name == "hosts" and c.w(start) == "host" and _noun_phrase_head(c, start):
        return []  # "GitHub, the Microsoft-owned code host": a noun, which hosts nothing named here
    if rule.name == "powers" and c.w(start) == "power" and c.w(end) in POWER_TRADES:
        return []  # "Norwegian power producer Nordvik Energi": the trade's noun, no verb
    if (
        rule.predicate == "develops"
        and c.w(start - 1) in DETERMINERS | POSSESSIVE_MARKS
        and c.w(start) in {"open", "training"}
    ):
        return []  # "the company behind the open-source Milvus", "our training workloads": no verb
    if c.w(start) in {"fund", "funds"} and (
        c.w(start - 1) in FUND_NOUN_BEFORE
        or (c.w(start - 2) == "-" and c.w(start - 1).endswith("ed"))
        or (c.w(start - 2) in {"the", "a"} and c.t.text[start - 1][:1].isupper())  # "the Paris fund Elaia"
        # "the climate fund Lowpass": a verb "fund" would follow a plural ("the two firms fund")
        or (
            c.w(start) == "fund" and c.w(start - 2) in {"the", "a", "an"} and not c.w(start - 1).endswith("s")
        )
    ):
        # "EQT's venture capital fund EQT Ventures", "its new fund", "the state-linked fund
        # Zhenhe Capital": the noun, no funding
        return []
    if rule.name == "back" and c.w(start) == "back" and (c.w(start - 1) in RETURNING or c.w(end) in BACK_TO):
        return []  # "error rates are back to normal", "came back online": a return, no backing
    if rule.name == "pour" and c.w(end) in PHRASAL_PARTICLES:
        return []  # "the open model Meta puts out": a release, no money put into it
    if c.w(start) in {"partner", "partners"} and c.w(start - 1) in FUND_PARTNERS:
        return []  # "Acme and Zenith are among the limited partners": investors in a fund
    if rule.predicate == "develops" and c.w(start) == "training" and c.w(start - 1) in NOUN_TRAINING:
        return []  # "shifted its model training and analytics off AWS": a noun, no making
    if rule.predicate == "develops" and _helped_unnamed(c, start):
        return []  # "Accenture will help large enterprises roll out Switchyard": theirs, not its
    if c.w(start - 1).endswith("ly") and c.w(start - 2) in POSSESSIVE_MARKS:
        return []  # "Meta's openly released Llama 3 weights": a participle before a noun, no verb
    # "a system built around Nvidia racks", "trained on H100s": what it uses, not what it made
    # (but "a model called Crazing-3 that Kilnwise trained on test tiles" made the model)
    built_on = rule.predicate == "develops" and c.w(end) in BUILT_ON
    if rule.name == "run_through" and not _work_through(c, end):
        return []
    if rule.name == "runs_on" and any(
        c.w(k) in TRIAL_RUNS for k in range(end, min(end + rule.gap + 3, c.last))
    ):
        return []  # "We ran a six-week pilot on TPUs in Google Cloud": a trial, no hosting
    if rule.name == "powers" and c.w(start) == "power" and c.w(end) in POWER_COMPOUNDS:
        return []  # "a modular power unit called GridPod", "a power-purchase deal": nouns, no verb
    subj = clause_subject(c, start)
    if rule.predicate == "hostedOn" and (hosted := product_participle(c, start)) is not None:
        subj = hosted  # "Acme uses Quill, hosted on Nimbus": Quill
    if subj is None and rule.name == "runs_on":
        subj = its_thing(c, start) or the_system_within(c, start)  # "Its app runs on Microsoft Azure"
    if rule.predicate == "hostedOn" and rule.name == "runs_on" and c.w(end) in {"it", "them"}:
        subj = _product_before(c, start) or subj  # "Acme makes Nimbus and runs it on Zenith": Nimbus
    if rule.name == "taped_out" and subj is not None and not all(is_org(e) for e in subj.entities):
        # "Its K7 accelerator taped out at TSMC": the chip's maker is the customer, if named
        its = subj.start - 1 if c.w(subj.start - 1) in {"its", "their"} else None
        subj = possessor(c, subj.start)
        if subj is None and its is not None and len(c.topic) == 1:
            subj = Subject((c.topic[0],), its, anaphoric=True)  # "Its K7 ...": the topic's chip
        if subj is None or not all(is_org(e) for e in subj.entities):
            return []
    gap = hyphened_gap(c, end, rule.gap) if rule.name == "compete" else rule.gap  # "for power-rich land with"
    objs: list[Mention | Entity] = [] if built_on else list(object_right(c, end, rule.preps, gap))
    if not objs and rule.name == "compete" and (contested := _contested_with(c, end)) is not None:
        objs = list(object_right(c, contested, rule.preps, 0))  # "competes for AI tenants with QTS"
    if not objs and rule.name == "runs_on" and c.w(end + c.w(end).endswith("ly")) in INSIDE:
        # "is hosted in Google Cloud's Belgian region", "runs natively in AWS", "runs entirely
        # inside the insurer's AWS environment"
        objs = list(clouds_right(c, end, INSIDE, gap=2))
    if rule.name == "beat":
        # a rival firm, not "beat Zenith's estimates" or a model bettered on a benchmark
        objs = [o for o in objs if isinstance(o, Mention) and not o.possessive and is_org(o.entity)]
    if objs and rule.predicate == "competesWith" and "with" in rule.preps and isinstance(objs[-1], Mention):
        objs += and_again(c, objs[-1].end)  # "competes with Nvidia for ..., and with startups such as Groq"
    if rule.predicate == "competesWith" and subj is not None and _goods_compete(c, start, subj):
        # the company whose goods compete rivals the company whose product they name: "whose
        # low-power parts compete with Nvidia's Jetson modules" (but "Zenith competes with Acme's
        # Quill" names the product Zenith rivals)
        objs = [(product_owner(c, o) or o) if isinstance(o, Mention) else o for o in objs]
    if not objs and rule.predicate in {"investsIn", "partnerOf", "competesWith"}:
        objs = company_meant(c, end, rule.preps, rule.gap, subj)  # "invested in the company"
    if not objs and rule.predicate == "investsIn" and (total := _share_of_round(c, end)) is not None:
        objs = company_at(c, total, subj)  # "put in about $6 million of the total": the raiser's
    if not objs and rule.predicate in {"investsIn", "develops"}:
        preposed = STAKE_IN if rule.predicate == "investsIn" else frozenset()  # "Zenith, (in) which"
        objs = list(relative_object(c, subj, preposed=preposed))
    elif not objs and rule.preps:  # "Zenith, with which Acme partnered", "Nimbus, on which Zenith runs"
        objs = list(relative_object(c, subj, preposed=frozenset(rule.preps), bare=False))
    if rule.predicate == "develops" and subj is not None and (given := _built_for(c, objs)) is not None:
        client, product = given  # "Glint has also built Suds City a membership chatbot, called Bubbles"
        return findings(rule, c, subj, "develops", [product], start, end) + findings(
            rule, c, Subject((client.entity,), client.start), "customerOf", list(subj.entities), start, end
        )
    if rule.predicate == "develops":  # (not "wrote Aurelith's first cheque": what is made is Aurelith's)
        objs = [o for o in objs if isinstance(o, Mention) and productish(o.entity) and not o.possessive]
        anothers = [o for o in objs if isinstance(o, Mention) and _apposed_maker(c, o)]
        if anothers and len(anothers) == len(objs) and c.w(start).startswith("roll"):
            # "rolling out Tagger, an AI pricing tool made by Tessary Inc.": deployed, not made
            return findings(rule, c, subj, "usesTechnologyOf", anothers, start, end)
        objs = [o for o in objs if isinstance(o, Mention) and not _apposed_maker(c, o)]
        if c.w(start) in MAKING:
            objs = [o for o in objs if isinstance(o, Mention) and not _made_for_another(c, o)]
            # "makes Arpa-3 available on Azure": what it offers, not what it builds
            objs = [o for o in objs if not (isinstance(o, Mention) and _made_available(c, o.end))]
        if c.w(start) in FABRICATING and subj is not None:
            objs = [o for o in objs if not registry_designed_by_another(o, subj)]
        if c.w(start).startswith("train") and subj is not None and all(is_product(e) for e in subj.entities):
            return []  # "Tsubame-2 was created by additionally training Mistral Small": a base, not a make
        if objs and c.w(start) in CO_DEVELOPING and (allies := _developed_with(c, end, objs)):
            # "the foundation model that IBM developed with NASA"; what is "co-developed" with
            # another is the other's making too ("MONAI, which Nvidia co-develops with KCL")
            made_also = [a for a in allies if c.w(start) == "co"]
            return (
                findings(rule, c, subj, "develops", objs, start, end)
                + findings(rule, c, subj, "partnerOf", allies, start, end)
                + [
                    f
                    for a in made_also
                    for f in findings(rule, c, Subject((a.entity,), a.start), "develops", objs, start, end)
                ]
            )
    if not objs and rule.predicate in SYMMETRIC and subj and len(subj.entities) > 1:
        if owned_noun(c, start, end):
            return []  # "A, B and C are the venture's technology partners": its, not each other's
        if c.w(end) in {"with", "against"} and c.w(end + 1) in OTHER_PARTY_PRONOUNS:
            return []  # "A, B and C compete with us": with the speaker, not each other
        return each_pair(rule, c, subj, start, end)  # "Acme, Zenith and Orbit partnered"
    if not objs and rule.name == "runs_on" and (ran := _run_on_its_own(c, end)) is not None:
        # "Lijnvracht has run Axlewatch on its locomotives": a product used, no host
        return findings(rule, c, subj, "usesTechnologyOf", [ran], start, end)
    if not objs and rule.name == "runs_on":
        objs = _speakers_systems(c, end, subj)  # "\"Orbit runs inference on our systems\""
        if not objs:
            objs.extend(_instances_in(c, end))  # "runs it on its own GPU instances in Oracle Cloud"
    if rule.name == "runs_on" and (released := [o for o in objs if _release_of(c, o)]):
        # "Sieve now runs on every Aldermoor release": Aldermoor uses Sieve on its releases
        return findings(rule, c, subj, "usesTechnologyOf", released, start, end, swap=True)
    if rule.name == "runs_on":
        objs = [_host_behind(c, o) if isinstance(o, Mention) else o for o in objs]
    if rule.name == "runs_on":  # "Sable runs on Gemini" or "on Vantor chips": built on, not hosted on
        models = [o for o in objs if isinstance(o, Mention) and _built_on(c, o)]
        goods = _goods_run_on(c, end, objs)
        if models or goods:
            hosts = [o for o in objs if o not in models]
            return (
                findings(rule, c, subj, "usesTechnologyOf", models, start, end)
                + findings(rule, c, subj, rule.predicate, hosts, start, end)
                + [f for m, kind in goods for f in findings(rule, c, subj, kind, [m], start, end)]
            )
    if rule.name == "hosts" and not objs and c.w(end) in {"it", "them"} and c.w(end + 1) == "on":
        # "Acme develops Quill and hosts it on Nimbus" (Quill); "hosts them on Nimbus" after
        # "makes apps" (the subject's own apps): hosted on the platform after "on"
        hosted = (_product_before(c, start) if c.w(end) == "it" else None) or subj
        return findings(rule, c, hosted, "hostedOn", object_right(c, end + 2, gap=0), start, end)
    if rule.name == "hosts" and not objs and (on := _own_things_on(c, end)) is not None:
        # "Shapebot hosts its software on Crusoe": the subject's own, on the host after "on"
        return findings(rule, c, subj, "hostedOn", object_right(c, on + 1, gap=0), start, end)
    if rule.name == "hosts" and (placed := _hosted_where(c, objs)):
        return [
            f
            for o, host in placed
            for f in findings(
                rule, c, Subject((o.entity,), subj.start if subj else o.start), "hostedOn", [host], start, end
            )
        ]
    clouds = [o for o in objs if isinstance(o, Mention) and o.entity.type == "CloudPlatform"]
    if subj is None and rule.name == "runs_on" and clouds and len(clouds) == len(objs):
        subj = topics_unnamed_thing(c, start)  # "That side of the business runs on Google Cloud"
    if rule.name == "runs_on" and (hosts := [o for o in objs if isinstance(o, Mention)]):
        # the subject runs there, and so does the product it runs: "runs Quill on Nimbus"
        return findings(rule, c, subj, rule.predicate, objs, start, end) + hosted_product(
            rule, c, start, end, hosts
        )
    if rule.name == "contains" and (subj is None or not all(is_product(e) for e in subj.entities)):
        return []  # a product holds a part; "the portfolio contains Zenith" holds no technology
    if rule.name == "contains" and not objs and c.w(end) in {"one", "two", "four"} and c.w(end + 1) == "of":
        objs = list(object_right(c, end + 2, gap=1))  # "contains one of Nvidia's Jetson modules"
    if rule.name == "contains":
        objs = [o for o in objs if isinstance(o, Mention) and is_product(o.entity)]
    if rule.name == "work_for":  # the party worked for is the customer (of a product, its user)
        tool = subj is not None and all(is_product(e) for e in subj.entities)
        clients = [o for o in objs if isinstance(o, Mention) and is_org(o.entity) and not o.possessive]
        predicate = "usesTechnologyOf" if tool else rule.predicate
        return findings(rule, c, subj, predicate, clients, start, end, swap=True)
    if rule.name == "run_through":  # "has run every claim through Furrow": a firm's service is bought
        firms = [o for o in objs if isinstance(o, Mention) and is_org(o.entity)]
        return findings(rule, c, subj, "customerOf", firms, start, end) + findings(
            rule, c, subj, rule.predicate, [o for o in objs if o not in firms], start, end
        )
    return findings(rule, c, subj, rule.predicate, objs, start, end, swap=rule.name in {"hosts", "powers"})


def _own_things_on(c: Clause, end: int) -> int | None:
    """Where "on" follows "its" and a short unnamed noun phrase at ``end`` ("its software on",
    "their booking systems on"), or None."""
    if c.w(end) not in {"its", "their"}:
        return None
    on = word_ahead(c, end + 1, {"on"}, 4, hyphens=True)
    return on if on is not None and on > end + 1 else None


# Nouns that "power" qualifies: "a power unit", "power supplies", "the power grid".
POWER_COMPOUNDS = frozenset(
    {"unit", "units", "supply", "supplies", "plant", "plants", "grid", "station", "stations"}
    | {"system", "systems", "module", "modules", "line", "lines", "bill", "bills", "electronics"}
    | {"capacity", "consumption", "draw", "usage", "contract", "contracts", "deal", "deals", "-"}
)


BUILT_FOR_REACH = 6  # words of the thing made before its name: "a membership chatbot, called"


def _built_for(c: Clause, objs: list[Mention | Entity]) -> tuple[Mention, Mention] | None:
    """The client and the product of "built Suds City a membership chatbot, called Bubbles": an
    organisation the thing was made for, then the thing, named; else None."""
    client = objs[0] if objs and isinstance(objs[0], Mention) else None
    if client is None or client.possessive or not is_org(client.entity) or c.w(client.end) not in {"a", "an"}:
        return None
    for k in range(client.end + 1, min(client.end + BUILT_FOR_REACH, c.last)):
        if c.w(k) in NAMING_WORDS:
            named = c.start_at.get(k + 1)
            return (client, named) if named is not None and is_product(named.entity) else None
        if not (c.filler(k) or c.w(k) in {"-", ","}):
            return None
    return None


def _work_through(c: Clause, end: int) -> bool:
    """Whether the work run "through" a named party follows the verb ending at ``end`` as one
    noun phrase ("runs every claim through Furrow"), not through its own unit ("runs the
    festival through its subsidiary") nor after another verb ("training runs do use GPUs rented
    through Google Cloud")."""
    k = end
    while k < min(end + WORK_THROUGH_REACH, c.last) and c.w(k) != "through":
        if not c.filler(k) and not (c.w(k) == "of" and c.w(k - 1) in PORTIONS):
            return False  # ("a third of its custom orders": a portion of the work)
        k += 1
    return c.w(k) == "through" and k > end and c.w(k + 1) not in POSSESSIVE_PRONOUNS


WORK_THROUGH_REACH = 9  # words of the work: "roughly a third of its custom orders"
PORTIONS = frozenset({"third", "half", "quarter", "most", "all", "some", "part", "share", "bulk", "majority"})


def _run_on_its_own(c: Clause, end: int) -> Mention | None:
    """The product a verb ending at ``end`` runs on the subject's own things ("has run
    Axlewatch on its locomotives", "runs Helper in all its stores"), or None."""
    m = c.start_at.get(end)
    if m is None or m.possessive or not is_product(m.entity) or m.entity.type == "CloudPlatform":
        return None
    where = m.end
    if c.w(where) not in {"on", "in", "across", "at"}:
        return None
    return m if c.w(where + 1 + (c.w(where + 1) == "all")) in {"its", "their"} else None


HELPING = frozenset({"help", "helps", "helped", "helping"})
NOUN_TRAINING = DETERMINERS | POSSESSIVE_MARKS | {"model", "our"}  # "its model training"


def _helped_unnamed(c: Clause, start: int) -> bool:
    """Whether the verb at ``start`` is what the subject helps others do, unnamed ("will help
    large enterprises roll out"; not "helps Google design its TPU chips": Google designs)."""
    for k in range(max(c.first, start - 4), start):
        if c.w(k) in HELPING:
            return not any(j in c.cover for j in range(k + 1, start))
    return False


def _goods_compete(c: Clause, start: int, subj: Subject) -> bool:
    """Whether an organisation's unnamed goods, not the organisation itself, are what competes
    at ``start``: "Zenith's chips compete", "a designer whose parts compete"."""
    k = start - 1
    while k > c.first and (
        c.w(k) in AUX or c.w(k) in {"also", "still", "now", "directly"} or c.w(k).endswith("ly")
    ):
        k -= 1
    return k not in c.cover and c.alpha(k) and all(is_org(e) for e in subj.entities)


RELEASE_NOUNS = frozenset(
    {"release", "releases", "version", "versions", "update", "updates", "launch", "launches"}
)


def _release_of(c: Clause, o: Mention | Entity) -> bool:
    """Whether ``o`` names an organisation whose releases a tool runs on ("every Aldermoor
    release"), not a host."""
    return isinstance(o, Mention) and not o.possessive and is_org(o.entity) and c.w(o.end) in RELEASE_NOUNS


CO_DEVELOPING = frozenset({"develop", "develops", "developed", "developing", "build", "builds", "built"})
CO_DEVELOPING |= frozenset({"design", "designs", "designed", "designing", "create", "creates", "created"})
CO_DEVELOPING |= {"building", "co"}  # "is building, together with Nvidia, the Mistral Compute platform"


def _developed_with(c: Clause, end: int, objs: list[Mention | Entity]) -> list[Mention]:
    """The organisations a product was made "with" or "together with", right after the verb (a
    relative clause: "Prithvi WxC, the model that IBM developed with NASA") or after the product
    ("IBM developed Prithvi with NASA"): partners in making it."""
    if c.w(end) == "," and c.w(end + 1) == "together" and c.w(end + 2) == "with":
        after = end + 1  # "is building, together with Nvidia, the Mistral Compute platform"
    else:
        after = max((o.end for o in objs if isinstance(o, Mention) and o.start >= end), default=end)
    k = after + (c.w(after) == "together")
    while k < after + 5 and k not in c.cover and c.w(k) != "with" and (c.filler(k) or c.w(k) == "-"):
        k += 1  # "co-developed the AlphaFold 3 structure-prediction model with Google DeepMind"
    if c.w(k) != "with":
        return []
    found = object_right(c, k + 1, gap=1)  # (not "built with Nvidia GPUs": what it was built with)
    return [m for m in found if is_org(m.entity) and not m.possessive and not goods_at(c, m.end)]


AND_AGAIN_REACH = 10  # words from the last name to a further ", and with" (", and from")


INSIDE = frozenset({"in", "inside", "within"})


def and_again(c: Clause, k: int, prep: str = "with") -> list[Mention]:
    """The names of a second ``prep`` the verb takes past a phrase of its own: "competes with
    Nvidia and AMD for every hyperscale dollar, and with startups such as Groq for inference"
    (past the last one's description: "with QTS, a Blackstone portfolio company, and with";
    "raised $18 million from Lowfield Partners, a Chicago venture firm, and from Cumulus")."""
    if c.w(k) == "," and c.w(k + 1) in {"a", "an", "the", "whose", "which", "who"}:
        # past the last rival's description or relative clause: "with Nvidia, whose B200
        # dominates data-centre deployments, as well as with specialist chipmakers Groq"
        k = next((j for j in range(k + 2, min(k + 2 * AND_AGAIN_REACH, c.last)) if c.w(j) == ","), k)
    if [c.w(k + i) for i in range(5)] == [",", "as", "well", "as", prep]:
        return [m for m in object_right(c, k + 5, gap=6) if not m.possessive]
    for j in range(k, min(k + AND_AGAIN_REACH, c.last - 2)):
        if j in c.start_at or c.w(j) in {";", ":", "but", "which", "who", "that"}:
            return []
        # (", and increasingly with Oracle": an adverb may stand between)
        adverb = c.w(j + 1).endswith("ly") and c.w(j + 2) == prep
        # (or past a rival's place: "with Portcast of Singapore and with Navis")
        placed = c.w(j - 2) == "of" and c.t.text[j - 1][:1].isupper()
        if c.w(j) == "and" and (c.w(j + 1) == prep or adverb) and (c.w(j - 1) == "," or placed):
            # (but "and with RealPage's own screening products": RealPage's goods compete)
            return [m for m in object_right(c, j + 2 + adverb, gap=6) if not m.possessive or _goods_of(c, m)]
    return []


RIVAL_GOODS = frozenset({"products", "services", "tools", "offerings", "software", "models", "chips"})


def _goods_of(c: Clause, m: Mention) -> bool:
    """Whether unnamed goods follow the possessive ``m`` ("RealPage's own screening products")."""
    return word_ahead(c, m.end + 1, RIVAL_GOODS, 4) is not None


NP_REACH = 6  # words from a determiner to its noun ("the Microsoft-owned code host")


def _noun_phrase_head(c: Clause, k: int) -> bool:
    """Whether the word at ``k`` ends a noun phrase a determiner opens, with no comma or verb
    between: "the Microsoft-owned code host" (a noun, where "will host" is a verb)."""
    for j in range(k - 1, max(c.first - 1, k - NP_REACH - 1), -1):
        if c.w(j) in DETERMINERS:
            return True
        if c.w(j) in {",", ";"} or c.w(j) in AUX:
            return False
    return False


# Pronouns for a party other than a list of subjects: "A, B and C compete with us".
OTHER_PARTY_PRONOUNS = frozenset({"us", "them", "it", "him", "her", "you", "me"})
# Prepositions after a making verb that name what the thing is made with, not the thing made.
BUILT_ON = frozenset({"around", "on", "upon", "atop", "using"})


# What a host runs others' work on ("on our systems"); "on our chips" is technology, not hosting.


# Openings of an apposition that describes the noun phrase before it: ", then in talks to be".
APPOSITION_OPENERS = frozenset({"then", "now", "once", "later", "soon", "itself", "at"})


def _apposed_infinitive(c: Clause, start: int) -> int | None:
    """Where the comma stands that opens an apposition holding a passive infinitive at
    ``start`` (", then in talks to be bought by"), said of the noun phrase before the comma,
    not of the clause's subject; None if there is none."""
    if c.w(start - 1) != "be" or c.w(start - 2) != "to":
        return None
    comma = next((j for j in range(start - 3, max(c.first, start - 10), -1) if c.w(j) == ","), None)
    if comma is None:
        return None
    words = [c.w(j) for j in range(comma + 1, start - 2)]
    opened = words[:1] != [] and (words[0] in APPOSITION_OPENERS or bool(TALKS & set(words)))
    return comma if opened else None


TALKS = frozenset({"talks", "discussions", "negotiations"})


def _speakers_systems(c: Clause, end: int, subj: Subject | None) -> list[Mention | Entity]:
    """The host "its" stands for in "runs inference on its systems" when it cannot be the
    subject's: a quote's "our" (the speaker's), or "its" after a subject of several names
    ("Acme and Zenith both run inference on its systems": the topic's)."""
    k = next((j for j in range(end, min(end + 4, c.last)) if c.w(j) == "on"), None)
    if k is None or subj is None or c.w(k + 1) not in {"its", "their"}:
        return []
    ours = c.t.lower[k + 1] == "our"
    if not ours and not (c.w(k + 1) == "its" and len(subj.entities) > 1):
        return []
    j = k + 2
    while j < k + 5 and c.filler(j) and c.w(j) not in HOST_NOUNS:
        j += 1
    owners = [e for e in c.topic if e.type in ORG_TYPES - {"NewsOutlet"}]
    if c.w(j) not in HOST_NOUNS or len(owners) != 1 or owners[0] in subj.entities:
        return []
    return [owners[0]]


def _hosted_where(c: Clause, objs: list[Mention | Entity]) -> list[tuple[Mention, Mention]]:
    """In "Acme hosts Quill (, its smallest model,) on Nimbus", each hosted product with the
    platform named after "on": the host is Nimbus, the subject only put it there (the window
    still opens at the subject, so "Acme might host ..." stays a possibility)."""
    out = []
    for o in objs:
        if not isinstance(o, Mention):
            continue
        k = o.end
        if c.w(k) == ",":  # past an apposition: ", its smallest model,"
            k = next((j + 1 for j in range(k + 1, min(k + 8, c.last)) if c.w(j) == ","), k)
        if c.w(k) == "on" and (host := c.start_at.get(k + 1)) is not None and host.entity.id != o.entity.id:
            out.append((o, host))
    return out


# Verbs of making that a contract manufacturer's work is told with too ("TSMC makes the H100
# for Nvidia"): the maker of someone else's product does not develop it.
MAKING = frozenset(
    {"make", "makes", "made", "making", "produce", "produces", "produced", "producing"}
    | {"manufacture", "manufactures", "manufactured", "manufacturing"}
    | {"fabricate", "fabricates", "fabricated", "build", "builds", "built", "building"}
)


# Verbs of a contract manufacturer's work, which a product's designer need not do itself.
FABRICATING = frozenset(
    {"produce", "produces", "produced", "producing", "manufacture", "manufactures", "manufactured"}
    | {"manufacturing", "fabricate", "fabricates", "fabricated", "fabricating"}
)


def registry_designed_by_another(o: Mention | Entity, subj: Subject) -> bool:
    """Whether the registry files the product ``o`` under a maker other than the subject or
    its owner: "TSMC manufactures the Snapdragon" is a foundry's work for Qualcomm."""
    product = o.entity if isinstance(o, Mention) else o
    if product.parent is None:
        return False
    return all(product.parent not in {e.id, e.parent} for e in subj.entities)


# What "makes X ..." says X is, not that X was made: "makes Quill available to customers".
OFFERED_STATES = frozenset({"available", "accessible", "free", "public", "possible", "compatible", "ready"})


def _made_available(c: Clause, k: int) -> bool:
    """Whether a state of being offered follows at ``k`` ("available", "freely available")."""
    return c.w(k) in OFFERED_STATES or (c.w(k).endswith("ly") and c.w(k + 1) in OFFERED_STATES)


SIGNING = frozenset({"signed", "signs", "sign", "signing", "inked", "struck"})
SIGNING_REACH = 10  # tokens from the verb to the deal's noun: "signed a £ 38 million , seven - year contract"


def _signed(c: Clause, start: int) -> bool:
    """Whether a verb of signing stands before the deal noun at ``start`` in its own clause."""
    for k in range(start - 1, max(c.first, start - SIGNING_REACH) - 1, -1):
        if c.w(k) in SIGNING:
            return True
        if c.w(k) == "," and c.w(k - 1) in {"million", "billion", "m", "bn", "year", "month"}:
            continue  # "a £38 million, seven-year contract", "a three-year, $2 million contract": one deal
        if c.w(k) in {",", "and", "but", "which", "that"} or k in c.cover:
            return False
    return False


# Deals that, made with a cloud, buy its capacity.
CLOUD_DEALS = frozenset({"contract", "contracts", "deal", "deals", "agreement", "agreements"})


def _with_a_cloud(c: Clause, subj: Subject | None, objs: Sequence[Mention]) -> bool:
    """Whether a deal is made with clouds only, or with the organisations whose clouds the
    clause names ("moved to Oracle Cloud Infrastructure under a three-year agreement with
    Oracle"), by a party that is no cloud itself."""
    return (
        subj is not None
        and all(o.entity.type == "CloudPlatform" or _cloud_named(c, o) for o in objs)
        and not any(e.type == "CloudPlatform" for e in subj.entities)
    )


def _cloud_named(c: Clause, org: Mention) -> bool:
    """Whether the clause names ``org``'s cloud: a cloud platform whose name opens with the
    organisation's ("Oracle Cloud Infrastructure"), or "Oracle's cloud"."""
    if not is_org(org.entity):
        return False
    for m in c.mentions:
        if m.entity.type == "CloudPlatform" and m.entity.label.startswith(org.entity.label + " "):
            return True
        if m.entity.id == org.entity.id and m.possessive and c.w(m.end + 1) == "cloud":
            return True
    return False


def _venture_owner(c: Clause, subj: Subject) -> Subject | None:
    """The organisation whose possessive names a product that stands as a deal's party:
    "OpenAI's Stargate venture with Oracle" is OpenAI's deal, not Stargate's."""
    if (
        len(subj.entities) != 1
        or not is_product(subj.entities[0])
        or c.w(subj.start - 1) not in POSSESSIVE_MARKS
    ):
        return None
    owner = c.end_at.get(subj.start - 1)
    return Subject((owner.entity,), owner.start) if owner is not None and is_org(owner.entity) else None


def _made_for_another(c: Clause, o: Mention) -> bool:
    """Whether the product ``o`` is made for an organisation the clause names: "Nvidia's H100",
    "the iPhone for Apple", "Vantor said Samsung will make its Keel chip"."""
    owner = c.end_at.get(o.start - 1)
    if owner is not None and owner.possessive and owner.entity.type in ORG_TYPES:
        return True
    before = range(o.start - 1, max(c.first, o.start - 4) - 1, -1)
    its = next((k for k in before if c.w(k) in {"its", "their"}), None)
    if its is not None and speakers_goods(c, its) is not None:
        return True
    k = o.end
    while k < o.end + 2 and c.alpha(k) and c.t.text[k].islower() and c.w(k) not in PREPOSITIONS:
        k += 1  # "builds Bramble servers for Zenith": the servers, around Bramble, for Zenith
    client = c.start_at.get(k + 1) if c.w(k) == "for" else None
    return client is not None and client.entity.type in ORG_TYPES


APPOSED_MAKER_REACH = 8  # words of an apposition to "from": "a claims-triage system from"


def _apposed_maker(c: Clause, o: Mention) -> bool:
    """Whether an apposition names another maker of the product ``o``: "rolled out Tally-2, a
    triage system from start-up Vetstack" (Vetstack made it; who rolled it out uses it)."""
    if c.w(o.end) != "," or c.w(o.end + 1) not in {"a", "an", "the"}:
        return False
    for k in range(o.end + 2, min(o.end + APPOSED_MAKER_REACH, c.last - 1)):
        if c.w(k) in {",", ".", ";"} or k in c.cover:
            return False
        if c.w(k) in {"from", "by"}:
            j = k + 1
            while j < k + 5 and j not in c.start_at and (c.t.text[j][:1].islower() or c.w(j) == "-"):
                j += 1  # "from start-up Vetstack", "by the chipmaker Zenith"
            maker = c.start_at.get(j)
            return maker is not None and maker.entity.type in ORG_TYPES
    return False


def _goods_run_on(c: Clause, end: int, objs: list[Mention | Entity]) -> list[tuple[Mention, str]]:
    """What runs on "a custom chip from Zenith" uses, named by its maker, alone or after the
    named objects ("runs on Quill and a custom chip from Zenith")."""
    last = objs[-1] if objs else None
    if isinstance(last, Mention):
        return goods_after(c, last)
    if last is None and c.w(end) == "on" and end + 1 not in c.start_at:
        return [t for t in technology_target(c, end + 1) if c.w(t[0].start - 1) in {"from", "by"}]
    return []


SERVER_NOUNS = frozenset(
    {"server", "servers", "hardware", "machines", "infrastructure", "cluster", "clusters"}
)


def _host_behind(c: Clause, o: Mention) -> Mention:
    """Where the servers a possessor runs something on stand, if the sentence says: "on Acme's
    own servers at Zenith" (Zenith hosts); the possessor's chips it names ("on Google's own
    TPUs": the TPUs, technology); else ``o``."""
    k = o.end + 1 if o.possessive else o.end
    k += c.w(k) == "own"
    if o.possessive and (chip := c.start_at.get(k)) is not None and chip.entity.type == "Chip":
        return chip
    if not (o.possessive and c.w(k) in SERVER_NOUNS):
        return o
    hosts = object_right(c, k + 1, ("at", "from", "with"), gap=2)
    return hosts[0] if hosts and hosts[0].entity.type in ORG_TYPES | {"CloudPlatform"} else o


def _built_on(c: Clause, o: Mention) -> bool:
    """Whether what something runs on is a model or chips (technology it uses), not a cloud."""
    if o.entity.type in {"AIModel", "Chip"} or c.w(o.end) in CHIP_NOUNS or c.w(o.end) in ONBOARD_NOUNS:
        return True
    if o.possessive and {"model", "models"} & {c.w(o.end + 1), c.w(o.end + 4)}:
        # "runs on Zenith's models", "on Zenith's open-weight models": the company's models, used,
        # not its cloud
        return True
    if o.entity.type == "Product" and not o.entity.curated and VERSIONED.fullmatch(o.entity.label):
        return True  # "a coding assistant that runs on Sextant-4": a model's version, not a cloud
    # "on Nvidia's DGX SuperPOD systems": a product's machines are hardware, not a cloud
    return o.entity.type == "Product" and not o.possessive and c.w(o.end) in SERVER_NOUNS | {"systems"}


# A name with a version number after a word: "Sextant-4", "Mistral Medium 3", "Quill 2.5" (not
# "EC2" or "S3", a cloud's services).
VERSIONED = re.compile(r"[A-Za-z]+(?:[ -][A-Za-z]+)*[ -]v?\d+(?:\.\d+)?[a-z]?")


def _product_before(c: Clause, pos: int) -> Subject | None:
    """The product "it" stands for after a verb at ``pos``: the sentence's last product before
    that is no preposition's object ("built Parallax-R on top of MedGemma, ..., and runs it
    on Azure": Parallax-R), else none ("trained the system on Google's TPUs and runs it on
    Google Cloud": the system, unnamed, not the chips)."""
    products = [m for m in c.mentions if m.end <= pos and not m.possessive and productish(m.entity)]
    direct = [m for m in products if not object_after_preposition_or_name(c, np_start(c, m))]
    chosen = direct[-1:]
    return Subject((chosen[0].entity,), chosen[0].start) if chosen else None


def _passive_agent_before(c: Clause, k: int) -> Subject | None:
    """The organisation a passive's "by" names right before ``k`` ("is run by Foundry Commons
    in partnership with"), or None."""
    named = c.end_at.get(k)
    if named is None or named.possessive or not is_org(named.entity) or c.w(named.start - 1) != "by":
        return None
    return Subject((named.entity,), named.start)


def _percent_before(c: Clause, pos: int) -> float | None:
    """The percentage "N%" or "N percent" that ends right before ``pos``, if one does."""
    if c.w(pos - 1) not in {"%", "percent"} or not is_number(c.w(pos - 2)):
        return None
    return float(c.w(pos - 2).replace(",", ""))


def _share_of(c: Clause, patient: Mention) -> float | None:
    """The share "N% of" before ``patient`` gives ("About 24% of Jadestone is held by"), if any."""
    return _percent_before(c, patient.start - 1) if c.w(patient.start - 1) == "of" else None


def _held_share(share: float) -> str:
    """What holding ``share`` percent of a company makes the holder: a stake, a majority a parent."""
    return "parentOf" if share > 50 else "investsIn"


KIND_REACH = 6  # words of an apposition before its participle: ", the low-power inference chip designed"


def _named_with_kind(c: Clause, pos: int) -> Mention | None:
    """The product a participle at ``pos`` is said of when its kind follows its name ("Trainium
    chips designed by", "a K9 accelerator, the low-power inference chip designed by")."""
    k = pos
    if c.w(k - 1) not in PRODUCT_KINDS and c.w(k - 1) not in DEVICE_NOUNS:
        return None
    j = k - 1
    reach = hyphened_reach(c, pos, KIND_REACH)  # ("a closed-loop liquid-cooling system made by")
    while j > c.first and pos - j < reach and (c.filler(j - 1) or c.w(j - 1) == "-"):
        j -= 1  # an apposition's words: ", the low-power inference chip"
    if c.w(j) in {"a", "an", "the"} and c.w(j - 1) == ",":
        k = j - 1
        if c.w(k - 1) not in PRODUCT_KINDS:
            return None
    elif c.w(j - 1) == "," and (bare := c.end_at.get(j - 1)) is not None and is_product(bare.entity):
        return bare  # "Chainring, software made by Spoke & Wire": a bare apposition
    named = c.end_at.get(k - 1)
    return named if named is not None and not named.possessive and is_product(named.entity) else None


APPOSED_UNIT_HEADS = frozenset({"company", "subsidiary", "unit", "division", "affiliate", "arm", "business"})
APPOSED_UNIT_HEADS |= {"rival", "competitor", "customer", "client", "supplier"}  # "a rival of Quenta that is"


def _unit_of_named(c: Clause, m: Mention) -> Mention | None:
    """The name an apposition "a (sister) company of ``m``" describes, when a relative clause
    after ``m`` is the apposition's: "Ridgeline Secure, a sister company of Vantara that is also
    owned by Harrow" (Ridgeline Secure, not Vantara)."""
    if c.w(m.start - 1) != "of" or c.w(m.start - 2) not in APPOSED_UNIT_HEADS:
        return None
    j = m.start - 3
    while j > c.first and m.start - j <= 8 and _in_description(c, j) and c.w(j) not in {"a", "an", "the"}:
        j -= 1
    named = c.end_at.get(j - 1) if c.w(j) in {"a", "an"} and c.w(j - 1) == "," else None
    return named if named is not None and not named.possessive else None


def _in_description(c: Clause, j: int) -> bool:
    """Whether token ``j`` may stand in an apposition's description: a noun phrase's word, or
    a hyphened compound's part ("an Edinburgh-based rival of")."""
    return c.filler(j) or (j not in c.cover and "-" in (c.w(j), c.w(j + 1)))


def passive(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """Passives: "Zenith was acquired by Acme", "Nimbus, developed by Acme", "Zenith, which is
    majority-owned by Acme"."""
    pred = rule.predicate
    if c.w(end - 1) != "by":  # "owned since 2012 by Acme": the trigger ends on the adjunct
        by = _late_by(c, end - 1)
        if by is None:
            return []
        end = by + 1
    if _by_doing(c, end):
        return []  # "was created by additionally training Mistral Small": a means, not a maker
    if c.w(start - 1) == "-" and c.w(start - 2) in DEGREES:
        if pred == "parentOf" and c.w(start - 2) in PART_OWNED:
            pred = "investsIn"  # "minority-owned by Acme": a stake, not control
        start -= 2
    elif pred == "parentOf" and (c.w(start - 1) in PART_OWNED or c.w(end - 2) in PART_OWNED):
        pred = "investsIn"  # "partly owned by Acme", "owned partly by Acme"
    elif pred == "parentOf" and (share := _percent_before(c, start)) is not None:
        pred = _held_share(share)  # "Meridian is 38% owned by Halden"
        start -= 2
    patient = patient_before(c, start) or apposed_np(c, start)
    itself = c.end_at.get(start - 2) if c.w(start - 1) == "itself" and c.w(start - 2) == "," else None
    if itself is not None and not itself.possessive:
        patient = itself  # "bought by franchise group Authority Brands, itself owned by Apax": the buyer
    if patient is not None and (unit := _unit_of_named(c, patient)) is not None:
        patient = unit  # "Ridgeline Secure, a sister company of Vantara that is also owned by Harrow"
    if patient is None and pred == "develops":
        patient = _named_with_kind(c, start)  # "Trainium chips designed by Amazon Web Services"
        if patient is None and c.w(start - 1) == ",":
            patient = _named_with_kind(c, start - 1)  # "is the K9 accelerator, designed by Kestrel"
    share = _share_of(c, patient) if pred == "parentOf" and patient is not None else None
    if share is not None:  # "About 24% of Jadestone is held by Xinhe"
        pred = _held_share(share)
    elif rule.name == "held_by":
        return []  # "the record is held by ...": only a share of a company held is a stake
    if patient is not None and product_line(patient.entity) and rule.predicate not in LINE_PREDICATES:
        patient = None  # "Halden, a maker of delivery vans, was acquired by": Halden, not the vans
    if patient is not None:  # "Zenith and Orbit are (both) owned by Acme": both; not "... Orbit is"
        singular = any(c.w(k) in SINGULAR_AUX for k in range(patient.end, start))
        # "Vantage and QTS, the operator owned by Blackstone": a singular apposition, the last's
        singular = singular or (
            c.w(patient.end) == ","
            and c.w(patient.end + 1) in {"a", "an", "the"}
            and not c.w(start - 1).endswith("s")
        )
        listed = [patient] if singular else coordinated_left(c, patient)
        subj: Subject | None = Subject(tuple(m.entity for m in listed), listed[0].start)
    elif c.w(_past_adverbs(c, start - 1)) in COPULAS_OF_STATE or _second_passive(c, start):
        if (comma := _apposed_infinitive(c, start)) is not None:  # ", then in talks to be bought by"
            described = c.end_at.get(comma)  # "restricted Zenith, then in talks ...": Zenith
            if described is None or described.possessive:
                return []
            subj = Subject((described.entity,), described.start)
        else:
            subj = clause_subject(c, start)  # "Zenith, which makes robots, was acquired by"
    elif (fronted := fronted_subject(c, start)) is not None:
        subj = fronted  # "Backed by Acme, Zenith raised ...": Zenith
    else:
        return []
    if subj is None or (subj.anaphoric and rule.predicate == "develops"):
        return []
    if rule.predicate == "develops" and not all(productish(e) for e in subj.entities):
        if c.w(start) in {"operated", "run"} and all(is_org(e) for e in subj.entities):
            # "The Vadret Observatory, a research station operated by ETH Zurich": its parent
            agents = agent_after(c, end)
            if (owner := c.start_at.get(subj.start)) is not None and owner.possessive:
                # "Greenstack's growing rooms are run by Canopy-2": its things, by a model it uses
                tools = [m for m in agents if is_product(m.entity)]
                return findings(rule, c, subj, "usesTechnologyOf", tools, start, end)
            return findings(rule, c, subj, "parentOf", agents, start, end, swap=True)
        return []
    if rule.predicate == "develops" and (made_goods(c, start) or had_made(c, start, end - 1) is not None):
        # "Zenith's Quill chips are made by Acme", "Ferrum has the K9 made by Samsung Foundry": Acme
        # and Samsung Foundry manufacture (supply reads it)
        return []
    agents = agent_after(c, end)
    if not agents and pred == "parentOf" and c.w(end) == "it":
        # "Kestrel, which was spun out of Arden in 2023 and remains majority-owned by it": Arden
        earlier = [
            m for m in c.mentions if m.end <= start and is_org(m.entity) and m.entity not in subj.entities
        ]
        agents = earlier[-1:] if len({m.entity.id for m in earlier}) == 1 else []
    if (
        rule.predicate == "develops"
        and c.w(start) in FABRICATED
        and agents
        and at_own_plant(c, agents[-1].end)
    ):
        return []  # "The Quill is made by Acme at its plant in Dresden": Acme manufactures it
    if rule.predicate == "develops" and _fabbed_chip(c, start, subj, agents):
        return []  # "The H100 is made by TSMC": a foundry's work, which the supply rules read
    if rule.predicate == "develops" and (whose := _possessed_work(c, subj)) is not None:
        # "Inkwell's text is produced by Anthropic's Claude": a model does the product's work
        models = [m for m in agents if is_product(m.entity)]
        return findings(rule, c, whose, "usesTechnologyOf", models, start, end) if models else []
    if rule.predicate == "develops" and agents and all(m.entity.type == "AIModel" for m in agents):
        return []  # "the alerts that Taplight sends out are written by Command R": a model's work
    if (
        rule.predicate == "develops"
        and len(subj.entities) == 1
        and c.w(_past_adverbs(c, start - 1)) in COPULAS_OF_STATE  # (not "and Cursor, made by Anysphere")
        and (owner := _owner_named(c, c.start_at.get(subj.start), start))
    ):
        # "AMD's Instinct MI355X accelerator is built by TSMC": the owner has it made
        others = [m for m in agents if m.entity.id != owner.entity.id]
        return findings(rule, c, Subject((owner.entity,), owner.start), "customerOf", others, start, end)
    swap = rule.predicate not in {"hostedOn", "usesTechnologyOf"} or rule.name == "used_by"
    if rule.name == "used_by" and c.w(start) == "licensed" and agents and c.w(agents[-1].end) == "to":
        swap = False  # "Zenith was licensed by Acme to use its models": Zenith is the licensee
    return findings(rule, c, subj, pred, agents, start, end, swap=swap)


def _possessed_work(c: Clause, subj: Subject) -> Subject | None:
    """The owner when a passive's patient is what a name's possessive owns, not the name
    ("Inkwell's text is produced by"): the owner, else None."""
    m = c.start_at.get(subj.start)
    if m is None or not m.possessive or c.w(m.end + 1) in PRODUCT_NOUNS or m.end + 1 in c.start_at:
        return None
    return Subject((m.entity,), m.start)


SINGULAR_AUX = frozenset({"is", "was", "has"})
# Verbs and particles around "back" as an adverb of return: "are back to normal", "came back online".
RETURNING = frozenset(
    {"is", "are", "was", "were", "be", "been", "come", "comes", "came", "get", "got", "bounced", "went"}
)
BACK_TO = frozenset({"to", "online", "up", "down", "in", "on", "into", "from", "home"})
PHRASAL_PARTICLES = frozenset({"out", "up", "off", "forward", "together", "aside", "down"})
# Verbs before a passive participle: "was acquired by", "remains majority-owned by".
COPULAS_OF_STATE = frozenset(
    {"was", "were", "is", "are", "been", "be", "being", "remains", "remain", "remained"}
)


def _past_adverbs(c: Clause, k: int) -> int:
    """Back from ``k`` past adverbs ("is still owned", "is wholly owned"): where the verb stands."""
    while k > c.first and (c.w(k) in {"still", "also", "now", "already", "since"} or c.w(k).endswith("ly")):
        k -= 1
    return k


def _by_doing(c: Clause, k: int) -> bool:
    """Whether a gerund (past an adverb) follows the passive's "by" ending before ``k``
    ("by additionally training", "by fine-tuning")."""
    k += c.w(k).endswith("ly")
    if c.w(k + 1) == "-" and not c.spaced(k) and c.alpha(k):
        k += 2  # "fine-tuning": the gerund is the compound's last word
    return c.w(k).endswith("ing") and k not in c.cover and c.alpha(k)


# A time or degree adjunct between a passive participle and its "by": "owned since 2012 by",
# "bought last year by", "funded in part by". Trigger phrases end on its first word.
LATE_BY = "since|in|last|earlier|over|during|partly|largely|mostly|jointly|early|initially|originally"
ADJUNCT_WORDS = frozenset(
    {"the", "a", "last", "this", "early", "late", "earlier", "part", "year", "years", "month", "months"}
    | {"decade", "decades", "week", "weeks", "two", "three", "several", "2000s", "2010s"}
    | {"-", "house"}  # "built in-house by Velt"
    | {"on"}  # "backed early on by"
)


def _late_by(c: Clause, k: int) -> int | None:
    """Where the "by" of a passive stands after the adjunct opening at ``k``, if only time and
    degree words come between ("since 2012 by", not "in a deal led by")."""
    for j in range(k + 1, min(k + 6, c.last)):
        word = c.w(j)
        if word == "by":
            return j
        # ("the 1990s", "mid-2024")
        if not (word in ADJUNCT_WORDS or word in MONTHS or word.rstrip("s").split("-")[-1].isdigit()):
            return None
    return None


def _fabbed_chip(c: Clause, start: int, subj: Subject, agents: list[Mention]) -> bool:
    """Whether a chip is said to be made by someone other than its known maker ("The H100 is
    made by TSMC"), or manufactured by anyone ("Spar will be manufactured by Zenith"):
    manufacturing, not development."""
    if c.w(start) not in FABRICATED or not all(e.type == "Chip" for e in subj.entities):
        return False
    if c.w(start) == "made" and not any(e.parent for e in subj.entities):
        return False  # "The Keel was made by Acme": with no maker known, "made" is said of designers too
    return not any(e.parent == a.entity.id for e in subj.entities for a in agents)


def _second_passive(c: Clause, start: int) -> bool:
    """Whether the participle at ``start`` is a second passive joined by "and" to one of the
    clause's subject ("Zenith was founded by two engineers and initially funded by Acme")."""
    k = start - 1
    while k > c.first and start - k <= 2 and c.w(k).endswith("ly"):
        k -= 1
    if c.w(k) != "and":
        return False
    linked = range(c.first, k)
    return any(c.w(j) in {"was", "were", "is", "are"} and c.w(j + 1).endswith("ed") for j in linked)


# Words that say how much before a hyphened participle: "majority-owned by", "wholly-owned by".
DEGREES = frozenset(
    {"majority", "minority", "wholly", "fully", "jointly", "partly", "partially", "privately"}
)
PART_OWNED = frozenset({"minority", "partly", "partially"})

FABRICATED = frozenset({"made", "manufactured", "produced", "fabricated", "fabbed"})


# Where a manufacturer makes what it makes: "made by Acme at its plant in Dresden".
PLANTS = frozenset(
    {"plant", "plants", "factory", "factories", "fab", "fabs", "foundry", "foundries", "facility"}
    | {"facilities", "works", "site", "sites", "line", "lines", "campus"}
)


def at_own_plant(c: Clause, k: int) -> bool:
    """Whether the words from ``k`` put the making in the maker's plant: "at its plant in
    Dresden", "in its new Arizona fabs", "at one of its factories" (not "at its launch")."""
    return plant_after(c.t.lower, k, c.last)


def plant_after(lower: Sequence[str], k: int, last: int) -> bool:
    """``at_own_plant`` over lower-cased tokens, up to ``last``."""
    if k >= last or lower[k] not in {"at", "in"}:
        return False
    j = k + 1 + (2 if lower[k + 1 : k + 3] == ["one", "of"] else 0)
    if j >= last or lower[j] not in {"its", "their"}:
        return False
    return any(lower[i] in PLANTS for i in range(j + 1, min(j + 4, last)))


# Parts a maker has made for it, besides goods it sells on: "Its wafers are made by Acme".
MADE_PARTS = frozenset(
    {"wafers", "boards", "racks", "packages", "components", "parts", "dies", "modules"}
) | {
    # a machine's parts: "The precision gears come from Acme", "The actuators are made by Acme"
    "gears",
    "actuators",
    "motors",
    "sensors",
    "cameras",
    "batteries",
    "cells",
    "displays",
    "screens",
    "lenses",
    "grippers",
    "joints",
    # structures a contract maker builds: "Pyrosight's towers are assembled ... by Jabil" (not
    # "robots made by Apptronik", a maker's own product)
    "towers",
    "chassis",
    "enclosures",
}


HAVING = frozenset({"has", "have", "had", "having", "gets", "get", "got"})
HAD_REACH = 4  # words of what is made, between "has" and the verb ("has its newest chips made")


def had_made(c: Clause, start: int, end: int) -> int | None:
    """Where "has" stands in "has them manufactured by TSMC", "has the chip made at Samsung's
    foundry": the subject pays a maker to make its goods (only past participles after goods)."""
    if c.w(end) not in {"by", "at"} or c.w(start) not in FABRICATED | {"built", "assembled", "packaged"}:
        return None
    k = start - 1
    while k > start - 1 - HAD_REACH and k > c.first and c.w(k) not in HAVING:
        if not c.alpha(k) and k not in c.cover:
            return None  # a comma or a full stop: another clause
        k -= 1
    goods = [c.w(j) for j in range(k + 1, start)]
    if c.w(k) not in HAVING or not goods:
        return None
    named = start in c.end_at and productish(c.end_at[start].entity)  # "has the K9 made by Samsung Foundry"
    # ("a fabless start-up that has the part made by TSMC": a singular part too)
    made = {"them", "it", "part", "component", "board", "module"} | MADE_PARTS | GOODS_NOUNS | CHIP_NOUNS
    return k if named or goods[-1] in made else None


def _owner_named(c: Clause, patient: Mention | None, start: int) -> Mention | None:
    """The organisation named with "'s" before a product a verb of making at ``start`` has made
    by someone ("AMD's Instinct MI355X accelerator is built by TSMC"), if any."""
    if patient is None or c.w(start) not in MAKING or c.w(patient.start - 1) not in POSSESSIVE_MARKS:
        return None
    owner = c.end_at.get(patient.start - 1)
    return owner if owner is not None and is_org(owner.entity) else None


def made_goods(c: Clause, start: int) -> int | None:
    """Where the goods noun sits in "<...> chips are made by" (a manufacturing passive at
    ``start``), or None."""
    if c.w(start) not in FABRICATED:
        return None
    k = start - 1
    while k > c.first and c.w(k) in AUX | {"being", "to", "now", "also", "still"}:
        k -= 1
    if c.w(k) not in GOODS_NOUNS or (k == start - 1 and _describes_named_product(c, k)):
        return None  # ("Pathweave, a fleet-orchestration system made by Keel": Keel made Pathweave)
    named = c.end_at.get(k) if k == start - 1 else None
    if (
        named is not None
        and not named.possessive
        and is_product(named.entity)
        and not named.entity.parent
        and not _foundry_after(c, start)
    ):
        return None  # "Hailo-8 chips made by the Israeli company Hailo": with no maker known, its maker
    return k


# Contract chipmakers, who make others' chips: by name, or by a word of it ("Samsung Foundry").
FOUNDRIES = frozenset({"tsmc", "samsung-electronics", "intel", "globalfoundries", "smic", "umc"})
FOUNDRY_WORDS = frozenset({"foundry", "foundries", "fab", "fabs"})
FOUNDRY_REACH = 6  # tokens from the participle to the maker: "made by the Israeli company Hailo"


def _foundry_after(c: Clause, start: int) -> bool:
    """Whether a contract chipmaker is named within reach after the participle at ``start``."""
    return any(
        m.entity.id in FOUNDRIES or not FOUNDRY_WORDS.isdisjoint(m.entity.label.lower().split())
        for m in c.mentions
        if start < m.start <= start + FOUNDRY_REACH
    )


def _describes_named_product(c: Clause, k: int) -> bool:
    """Whether the noun at ``k`` heads an apposition to a product's name: "Pathweave, a
    fleet-orchestration system"."""
    j = k - 1
    reach = hyphened_reach(c, k, 5)  # ("CoolSpine, a closed-loop liquid-cooling system made by")
    while j > c.first and k - j <= reach and (c.filler(j) or c.w(j) == "-"):
        if c.w(j) in {"a", "an", "the"}:
            named = c.end_at.get(j - 1) if c.w(j - 1) == "," else None
            return named is not None and is_product(named.entity)
        j -= 1
    return False


BUYING = frozenset(
    {"acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying"}
    | {"purchase", "purchases", "purchased", "purchasing"}
)


def _rest_bought(c: Clause, start: int) -> bool:
    """Whether the stake noun at ``start`` is the rest of a company a verb buys ("bought the
    remaining stake in")."""
    rest = next(
        (k for k in range(start - 1, max(c.first, start - 4) - 1, -1) if c.w(k) in REST_OF),
        None,
    )
    return rest is not None and any(c.w(k) in BUYING for k in range(max(c.first, rest - 3), rest))


# Kinds of share written between a company's name and "stock"/"shares": "Zenith common stock",
# "Zenith Class A shares".
SHARE_CLASSES = frozenset({"common", "ordinary", "preferred", "preference", "class", "a", "b", "c", "voting"})


def stock_at(c: Clause, k: int) -> bool:
    """Whether the words from ``k`` name a company's shares ("Zenith common stock", "Zenith
    shares"): buying them is a stake, not the company."""
    while c.w(k) in SHARE_CLASSES and k < c.last:
        k += 1
    return c.w(k) in {"stock", "shares", "equity"}


# Deals whose goods words name the field they work in, not what one side buys.
JOINT_NOUNS = frozenset(
    {"venture", "partnership", "partnerships", "alliance", "alliances", "collaboration", "tie-up"}
)


# What makes a deal about goods two-way: "a data-sharing agreement with" (not "data-licensing").
SHARING = frozenset({"sharing", "exchange", "swap"})


PUTTING = frozenset({"puts", "put", "putting", "places", "placed", "placing", "brings", "brought", "pits"})


def _put_in(c: Clause, start: int) -> Subject | None:
    """The party a verb of placing puts "in (direct) competition": the name before "in"."""
    k = start - 1 - (c.w(start - 1) in {"direct", "head-on", "open", "fierce"})
    named = c.end_at.get(k) if c.w(k) == "in" else None
    if named is None or named.possessive or c.w(named.start - 1) not in PUTTING:
        return None
    return Subject((named.entity,), named.start)


def noun(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """Nouns with a complement: "Acme's investment in Zenith", "its partnership with Zenith",
    "the acquisition of Zenith by Acme", "a cloud deal with Zenith"."""
    objs: list[Mention] = object_right(c, end, gap=rule.gap)
    if rule.name == "investment" and _rest_bought(c, start):
        return []  # "acquired the remaining stake in Zenith": the buying verb reads an acquisition
    if not objs and rule.name == "investment":  # "holds a 15% stake in the company"
        owner = possessor(c, start)
        return findings(
            rule, c, owner, "investsIn", company_meant(c, end, (), 1, owner), start, end, strength=0.85
        )
    if not objs and rule.name == "acquisition":  # "Oracle completed its purchase of the firm"
        owner = possessor(c, start)
        return findings(rule, c, owner, "acquires", company_meant(c, end, (), 0, owner), start, end)
    if not objs:
        return []
    pred = rule.predicate
    subj: Subject | None = None
    if rule.name == "acquisition":
        by = object_right(c, objs[-1].end, ("by",), gap=1)
        if by:
            subj = Subject((by[0].entity,), by[0].start)
        after = c.w(objs[0].end + (1 if objs[0].possessive else 0))
        if after in GOODS_NOUNS or after in TECH_NOUNS:
            pred = "customerOf"
        elif stock_at(c, objs[0].end):
            pred = "investsIn"  # "its $5 billion purchase of Intel common stock": a stake
    swap = False
    if rule.name == "partnership" and any(
        c.w(k) in VYING for k in range(max(c.first, start - VYING_REACH), start)
    ):
        return []  # "competes for training contracts with Zenith": rivals for deals, not partners
    if rule.name == "partnership":
        if (
            c.w(start) not in JOINT_NOUNS
            and c.w(start - 1) not in SHARING
            and any(
                c.w(k) in GOODS_NOUNS or c.w(k) in TWO_WAY or c.w(k) == "purchase"
                for k in range(max(c.first, start - 3), start)
            )
        ):
            pred = "customerOf"  # "a chip supply deal with": a purchase (not "a data-centre venture")
        if c.w(start - 1) in {"through", "via"} or c.w(start - 2) in {"through", "via"}:
            subj = _provider_before(c, start)
    if subj is None and rule.name == "partnership" and pred == "partnerOf":
        subj = _subject_after_opening(c, start, objs[-1].end)
    if subj is None and rule.name == "competition":
        subj = _put_in(c, start)  # "puts Rootwise in direct competition with Ancestry": Rootwise
    if subj is None:
        subj = possessor(c, start)
    if (
        rule.name == "partnership"
        and c.w(start - 1) == "in"
        and (agent := _passive_agent_before(c, start - 1))
    ):
        subj = agent  # "BuildWeek is run by Foundry Commons in partnership with Mistral AI": the runner's
    if (
        rule.name == "partnership"
        and c.w(start - 1) == "in"
        and subj is not None
        and not all(is_org(e) for e in subj.entities)
        and (maker := clause_subject(c, subj.start)) is not None
        and all(is_org(e) for e in maker.entities)
    ):
        subj = maker  # "has built its own assistant, Nautica, in collaboration with Microsoft": the builder
    if rule.name == "partnership" and subj is not None and (owner := _venture_owner(c, subj)) is not None:
        subj = owner  # "OpenAI's Stargate venture with Oracle and SoftBank": OpenAI's partners
    if rule.name == "partnership" and pred == "partnerOf" and (host := _to_run_on(c, objs)) is not None:
        pred, objs = "hostedOn", [host]  # "an agreement with Zenith to train its models on Zenith's clusters"
    if pred == "customerOf" and rule.name == "partnership" and subj is not None:
        side = supplier_side(c, c.start_at.get(subj.start), objs, start)
        swap = side is Side.SUBJECT  # "Vantor Silicon signed a supply deal with Zenith": Zenith buys
        if side is Side.UNSAID and two_way(c, start):
            pred = "partnerOf"  # "Acme signed a supply agreement with Zenith": who supplies is unsaid
    contract = c.w(start) in {"contract", "contracts"}
    if pred == "partnerOf" and contract and objs and all(map(_public_body, objs)):
        pred, swap = "customerOf", True  # "signed a contract with the US Air Force": the state buys
    elif pred == "partnerOf" and contract and subj is not None and _signed(c, start):
        # "Merrow signed a three-year contract with Dovetail": the signer buys, unless the text
        # marks it the supplier ("CoreWeave signed a contract with OpenAI": CoreWeave a GPU cloud)
        side = supplier_side(c, c.start_at.get(subj.start), objs, start)
        pred, swap = "customerOf", side is Side.SUBJECT
    elif (
        pred == "partnerOf"
        and c.w(start) in CLOUD_DEALS
        and objs
        and _with_a_cloud(c, subj, objs)
        and c.w(objs[-1].end) != "to"  # "an agreement with AWS to list Vireo-3 on Bedrock": a venture
    ):
        pred = "customerOf"  # "runs on Google Cloud, under a committed-spend contract with Google Cloud"
    elif (
        pred == "partnerOf"
        and c.w(start) in PRICED_DEALS
        and subj is not None
        and (kind := _priced(c, start))
    ):
        # "OpenAI signed a $38 billion contract with AWS": a purchase from the side marked as the
        # supplier; with no side marked, from the other side only when the deal says what is
        # bought ("an enterprise contract with Framewright"; a bare price leaves it a deal)
        side = supplier_side(c, c.start_at.get(subj.start), objs, start)
        if side is not Side.UNSAID or kind == "bought":
            pred, swap = "customerOf", side is Side.SUBJECT
    if rule.name == "partnership" and pred == "partnerOf" and _owned_contract(c, start):
        # "against a 72-hour limit in its contract with Marrowfield": a deal held, told in passing,
        # names neither a partnership nor who buys from whom
        return []
    if rule.name == "partnership" and _breached_deal(c, start):
        # "had breached its contract with Carverton", "its service agreement with Orla": the
        # breach is the news, read as such (who served whom the possessive leaves unsaid)
        return []
    return findings(
        rule,
        c,
        subj,
        pred,
        objs,
        start,
        end,
        swap=swap,
        strength=rule.strength if pred == rule.predicate else 0.75,
    )


# Words before a deal noun that make it a joint undertaking: "its joint development agreement".
JOINT_DEAL_WORDS = frozenset(
    {"joint", "development", "research", "collaboration", "partnership", "strategic", "alliance", "licensing"}
    | {"co", "selling", "marketing", "referral", "reseller", "integration", "technology"}
)


DEAL_ENDINGS = frozenset(
    {"expired", "lapsed", "lapse", "ended", "terminated", "cancelled", "canceled", "renewed"}
)


def _owned_contract(c: Clause, start: int) -> bool:
    """Whether the deal noun at ``start`` is a plain contract or agreement a possessive owns
    ("its contract with", "Pastora's contract with", "their supply agreement with")."""
    if c.w(start) not in {"contract", "contracts", "agreement", "agreements"}:
        return False
    if any(c.w(j) in DEAL_ENDINGS for j in range(start, c.last)):
        return False  # "Acme's agreement with Zenith ... expired in May": the deal's own news
    k = start - 1
    while k > c.first and start - k <= 4 and c.filler(k) and c.w(k) not in {"its", "their"}:
        if c.w(k) in JOINT_DEAL_WORDS:
            return False
        k -= 1
    return c.w(k) in {"its", "their"} or (c.w(k) in POSSESSIVE_MARKS and k in c.end_at)


def _breached_deal(c: Clause, start: int) -> bool:
    """Whether the deal noun at ``start`` is what a party broke: "had breached its contract
    with", "violated the terms of a 2024 data-licensing agreement with"."""
    return any(c.w(k) in BREACHING for k in range(max(c.first, start - BREACH_REACH), start))


# Deal nouns that, priced or named by what is bought, are a purchase.
PRICED_DEALS = frozenset({"contract", "contracts", "agreement", "deal", "commitment"})
BOUGHT_KINDS = frozenset({"capacity", "compute", "cloud", "enterprise", "wafer", "power", "electricity"})
BOUGHT_KINDS |= {"gigawatts", "megawatts"}  # "added 1.5 gigawatts to its contract with Oracle"
PRICE_REACH = 6  # words before the deal noun where its price or kind may stand


def _priced(c: Clause, start: int) -> str:
    """What marks the deal noun at ``start`` as a purchase: "bought", a kind of purchase before
    it ("a capacity agreement"); "price", a price before it ("a $38 billion contract") or a worth
    after it ("... worth up to $11.9 billion"); or ""."""
    before = range(max(c.first, start - PRICE_REACH), start)
    if any(c.w(k) in BOUGHT_KINDS for k in before) or _service_after(c, start):
        return "bought"
    if any(c.w(k) == "$" or c.w(k) in {"million", "billion", "bn"} for k in before):
        return "price"
    if any(c.w(k) == "worth" for k in range(start + 1, min(start + 8, c.last))):
        return "price"
    return "bought" if _goods_named_after(c, start) else ""


# What a vendor is contracted to do: "a contract with Aerofold Inc. to run AI systems for gate
# assignment", "contracts with Halvor Labs and Quenta AI to automate the first pass on claims".
SERVICE_VERBS = frozenset(
    {"run", "automate", "provide", "deploy", "supply", "manage", "operate", "handle", "deliver"}
    | {"install", "maintain", "host", "process", "screen", "monitor", "digitise", "digitize", "transcribe"}
)


JOINT_WORDS = frozenset({"joint", "jointly", "together", "co-develop", "shared"})


def _service_after(c: Clause, start: int) -> bool:
    """Whether the deal noun at ``start`` goes on, past its other side's name, to the service
    that side is contracted for ("... with Aerofold Inc. to run AI systems")."""
    named = False
    for k in range(start + 1, min(start + GOODS_AFTER_REACH, c.last)):
        named = named or k in c.cover
        if c.w(k) == "to" and k not in c.cover:
            after = {c.w(j) for j in range(k + 1, min(k + 6, c.last))}
            return named and c.w(k + 1) in SERVICE_VERBS and after.isdisjoint(JOINT_WORDS)
        if c.w(k) in {";", ",", "that", "which", "for"}:
            return False  # ("an agreement with Zenith, signed in 2024 to supply": an aside's purpose)
    return False


GOODS_OPENERS = frozenset({"for", "covering"})
GOODS_AFTER_REACH = 10  # words from the deal noun to "for" past its other side's name


def _goods_named_after(c: Clause, start: int) -> bool:
    """Whether the deal noun at ``start`` goes on to name what is bought: "a multi-year agreement
    with Google Cloud for TPU capacity", "an agreement with Micron covering DDR5 and LPDDR5X"."""
    for k in range(start + 1, min(start + GOODS_AFTER_REACH, c.last)):
        if c.w(k) in {",", ";", "to", "that", "which"}:
            return False
        if c.w(k) not in GOODS_OPENERS:
            continue
        for j in range(k + 1, min(k + 4, c.last)):
            if c.w(j) in BOUGHT_KINDS or c.w(j) in GOODS_NOUNS:
                return True
            m = c.start_at.get(j)
            if m is not None and m.entity.type in {"Chip", "Product"} and c.w(k) == "covering":
                return True
        return False
    return False


# Last words of the names of public bodies, which sign contracts as buyers.
PUBLIC_BODIES = frozenset(
    {"force", "army", "navy", "department", "ministry", "agency", "government", "council", "commission"}
)


def _public_body(m: Mention) -> bool:
    """Whether ``m`` names a public body ("the US Air Force", "the Ministry of Defence")."""
    words = m.entity.label.lower().split()
    return bool(words) and (words[-1] in PUBLIC_BODIES or words[0] in PUBLIC_BODIES)


RUN_VERBS = frozenset({"train", "run", "host", "serve", "deploy"})


def _to_run_on(c: Clause, objs: list[Mention]) -> Mention | None:
    """Where a deal with the one partner is "to train (run, host ...) ... on" that partner's
    machines, the host: "signed an agreement with Zenith to train its next models on Zenith's
    clusters" (Zenith), "with Oracle to run a copy of Peal-2 on Oracle's OCI cloud" (the cloud)."""
    if len(objs) != 1:
        return None
    k = objs[0].end
    while k < objs[0].end + 14 and c.w(k) != "to" and c.w(k) not in {";", "."}:
        k += 1
    if c.w(k) != "to" or c.w(k + 1) not in RUN_VERBS:
        return None
    on = next((j for j in range(k + 2, min(k + 8, c.last)) if c.w(j) == "on"), None)
    host = c.start_at.get(on + 1) if on is not None else None
    if host is None or host.entity.id != objs[0].entity.id:
        return None
    cloud = c.start_at.get(host.end + 1) if host.possessive else None
    return cloud if cloud is not None and cloud.entity.type == "CloudPlatform" else host


def _subject_after_opening(c: Clause, start: int, end: int) -> Subject | None:
    """The subject of the clause an opening "In partnership with Zenith," leads into: "In
    collaboration with Zenith, Acme released a game" (Acme is Zenith's partner)."""
    k = start - 1
    while k > c.first and c.filler(k):
        k -= 1  # "In close collaboration with"
    if c.w(k) != "in" or k - c.first > 4 or any(m.start < k for m in c.mentions):
        return None
    if c.w(end) != "," or (m := c.start_at.get(end + 1)) is None or m.possessive:
        return None
    return Subject((m.entity,), m.start) if c.alpha(m.end) and c.t.text[m.end].islower() else None


# What may follow "it" for it to be the whole object ("owns 52% of it, and has done since"),
# not the subject of a clause that goes on ("12% of it was sold").
IT_ENDS = frozenset({".", ",", ";", "and", "but", "", "since", "through", "via", "today", "now"}) | frozenset(
    {"last", "this", "in", "earlier", "early", "again", "too", "as", "after", "before", "when", "alongside"}
)  # and a time or manner after it: "Acme invested in it last year"


# Nouns "the ..." names an organisation by ("from the chipmaker": the one the sentence named).
COMPANY_WORDS = frozenset({"company", "firm", "startup", "group", "lab", "chipmaker", "manufacturer"})


def company_meant(
    c: Clause, pos: int, preps: Iterable[str], gap: int, subject: Subject | None
) -> list[Mention | Entity]:
    """ "... in the company", "12% of its shares", "52% of it": the one other organisation the
    sentence names before it, or else the one the previous sentence was about; nothing when
    that is ambiguous."""
    i = pos
    preps = frozenset(preps)
    while preps and i < min(c.last, pos + gap + 1) and c.w(i) not in preps:
        i += 1
    i += 1 if preps else 0
    start_up = (c.w(i + 1), c.w(i + 2), c.w(i + 3)) == ("start", "-", "up")
    company = c.w(i) == "the" and (c.w(i + 1) in COMPANY_WORDS or start_up)
    company = company or (c.w(i) == "it" and c.w(i + 1) in IT_ENDS)  # "owns 52% of it."
    if not company and not (c.w(i) == "its" and c.w(i + 1) in {"shares", "stock", "equity"}):
        return []
    return company_at(c, i, subject)


def company_at(c: Clause, i: int, subject: Subject | None) -> list[Mention | Entity]:
    """The one organisation a reference at ``i`` to an unnamed company means (see
    ``company_meant``), or nothing."""
    if subject is None:
        return []
    if i in c.first_person and len(c.topic) == 1 and c.topic[0] not in subject.entities:
        return [c.topic[0]]  # "who backed us": the speaker
    others = {  # named before it: "holds 62% of its shares; other investors include Orbit" is not Orbit's
        m.entity.id: m.entity
        for m in c.mentions
        if m.entity.type in ORG_TYPES
        and m.entity not in subject.entities
        and m.start < i
        and not _backer_before(c, m, i)
    }
    if len(others) > 1:
        return []
    main = [c.main] if c.main is not None and c.main not in subject.entities else []
    # "Rookwood led a Series A in the start-up": the company the text is about, before the topic
    candidates = list(others.values()) or main or [e for e in c.topic if e not in subject.entities]
    return [candidates[0]] if candidates and candidates[0].type in ORG_TYPES else []


BACKING_VERBS = frozenset({"led", "backed", "invested", "funded", "financed", "co-led"})


def _backer_before(c: Clause, m: Mention, i: int) -> bool:
    """Whether ``m`` is a backer a verb before ``i`` names ("Russet Capital, a Boston agritech
    fund, led its Series A in 2024, and Y Combinator backed the company"): the company backed
    is another than its backer."""
    for k in range(m.end, i):
        if k in c.start_at:
            return False
        if c.w(k) in BACKING_VERBS:
            return True
    return False


# What a sum is a share of: "put in $6 million of the total".
ROUND_WHOLES = frozenset({"total", "round", "raise", "financing", "funding", "amount"})
SUM_WORDS = frozenset({"$", "€", "£", "million", "billion", "m", "bn", "about", "around", "nearly", "some"})


def _share_of_round(c: Clause, end: int) -> int | None:
    """Where "the total" stands when a sum after the verb ending at ``end`` is a share of a
    round ("put in about $6 million of the total"), else None."""
    k = end + (c.w(end) == "in")
    if not (c.w(k) in SUM_WORDS or c.w(k)[:1].isdigit()):
        return None
    while k < min(end + 7, c.last) and (c.w(k) in SUM_WORDS or c.w(k)[:1].isdigit() or c.w(k) in {".", ","}):
        k += 1
    if c.w(k) == "of" and c.w(k + 1) == "the" and c.w(k + 2) in ROUND_WHOLES:
        return k + 2
    return None


def _provider_before(c: Clause, pos: int) -> Subject | None:
    """ "models developed by Acme, offered through a partnership with Zenith": Acme partners."""
    for k in range(pos - 1, c.first, -1):
        if k in c.end_at and c.w(c.end_at[k].start - 1) in {"by", "from"}:
            m = c.end_at[k]
            return Subject((m.entity,), m.start)
    return None


INSTANCE_NOUNS = frozenset({"instances", "instance", "servers", "clusters", "cluster", "machines", "nodes"})
INSTANCE_REACH = 9  # words from the verb to "in": "it on its own GPU instances in"


def _instances_in(c: Clause, end: int) -> list[Mention]:
    """The cloud a workload runs on "instances in" or "servers in", after "on": "runs it on its
    own GPU instances in Oracle Cloud Infrastructure"."""
    k = next((j for j in range(end, min(end + 3, c.last)) if c.w(j) == "on"), None)
    if k is None:
        return []
    for j in range(k + 1, min(end + INSTANCE_REACH, c.last - 1)):
        if j in c.cover or not (c.filler(j) or c.w(j) in INSTANCE_NOUNS):
            return []
        if c.w(j) in INSTANCE_NOUNS and c.w(j + 1) == "in":
            return clouds_right(c, j + 2, gap=0)
    return []


def goods_at(c: Clause, k: int) -> bool:
    """Whether goods are named from ``k`` on: "(inference) chips", "(next-generation) Spark chip"."""
    stop = k + 4
    while k < stop and c.w(k) not in GOODS_NOUNS:
        m = c.start_at.get(k)
        if m is not None and m.entity.type == "Chip" and c.w(m.end) not in TECH_NOUNS:
            return True  # a chip by name: "Zenith's TPUs"
        if m is not None and is_product(m.entity):
            k = m.end  # the product's name: "Zenith's Spark chip"
        elif c.filler(k) or c.w(k) == "-":
            k += 1
        else:
            return False
    return c.w(k) in GOODS_NOUNS


def speakers_goods(c: Clause, pos: int) -> Mention | None:
    """Whose goods "its" at ``pos`` names when a company says another will make them: "Vantor
    said that Samsung will manufacture its next chip" (Vantor's, or it would not be Vantor's news)."""
    if c.w(pos) not in {"its", "their"} or not goods_at(c, pos + 1):
        return None
    that = next((k for k in range(pos - 1, c.first, -1) if c.w(k) == "that"), None)
    if that is None:
        return None
    for k in range(that - 1, max(c.first, that - 5), -1):  # "Vantor said (on Wednesday) that"
        if c.w(k) in SPEECH:
            return c.end_at.get(k)
    return None


SHARE_HEDGES = frozenset({"approximately", "about", "roughly", "nearly", "some", "around", "almost"})
HALF = 50  # percent of a company bought above which it is bought outright


def stake_bought(share: float) -> str:
    """What buying ``share`` percent of a company is: a stake under half, the company above."""
    return "investsIn" if share < HALF else "acquires"


def share_bought(c: Clause, k: int) -> tuple[float, list[Mention]] | None:
    """The part of a company a purchase from ``k`` on takes, and the company: "49% of Scale AI",
    "roughly 49 per cent of Scale AI"; None where no share of a named company stands there."""
    k += c.w(k) in SHARE_HEDGES
    if not is_number(c.w(k)):
        return None
    share = float(c.w(k).replace(",", ""))
    k += 1
    if c.w(k) == "%" or c.w(k) == "percent":
        k += 1
    elif c.w(k) == "per" and c.w(k + 1) == "cent":
        k += 2
    else:
        return None
    if (
        c.w(k) != "of"
        or (owned := c.start_at.get(k + 1)) is None
        or owned.possessive
        or not is_org(owned.entity)
    ):
        return None
    return share, [owned]
