"""Use of technology and terms-of-service rules: "Acme uses Zenith's models", "builds on
Quill", "Acme violated Zenith's terms of service".
"""

from __future__ import annotations

from collections.abc import Sequence

from aikg.extract.hedging import HEDGES, NEGATIONS
from aikg.extract.mentions import Mention
from aikg.extract.name_kinds import ORG_NOUNS, ORG_TYPES
from aikg.extract.name_words import POSSESSIVE_MARKS
from aikg.extract.rules.base import Found, Rule, findings, is_org, is_product, productish
from aikg.extract.rules.nouns import (
    GOODS_NOUNS,
    HOST_NOUNS,
    MODEL_NOUNS,
    PRODUCT_KINDS,
    PRODUCT_NOUNS,
    PRODUCT_PLURALS,
    TECH_NOUNS,
)
from aikg.extract.rules.sentence_view import (
    Clause,
    Subject,
    clouds_right,
    coordinated_right,
    hyphened_gap,
    np_start,
    object_after_preposition_or_name,
    object_right,
    patient_before,
    where_antecedent,
    word_ahead,
)
from aikg.extract.rules.subjects import (
    apposed_np,
    clause_start,
    clause_subject,
    listed_members,
    possessor,
    product_owner,
    punished_before,
    relative_object,
    taken_to_task,
)
from aikg.extract.rules.words import (
    ACCUSING,
    ANAPHOR_NOUNS,
    AUX,
    CLAUSE_WORDS,
    COMPLEMENT_VERBS,
    COMPOUND_PARTICIPLES,
    CONJUNCTIONS,
    DETERMINERS,
    LEAD_WORDS,
    ORDINALS,
    PREPOSITIONS,
    PUNISHING,
    QUOTES,
    SAYING,
    SPEECH,
    UNNAMED_REACH,
)
from aikg.extract.undoing import past_apposition
from aikg.ontology.models import Entity


# What using a product of each type is: running on a cloud ("uses AWS for most workloads") is
# being hosted there; any other product, a chip too ("deploying the MI300X", as the training
# annotations read "uses chips from"), is technology used. Buying chips is read by supply rules.
def used_as(e: Entity) -> str:
    """What using ``e`` is: a cloud hosts what uses it; anything else is technology used."""
    return "hostedOn" if e.type == "CloudPlatform" else "usesTechnologyOf"


def _owned_product_after(c: Clause, k: int) -> Mention | None:
    """The product a possessive names from ``k`` on, past adjectives ("Meta's open-weight Llama
    3.1 70B", "OpenAI's open-source Triton language")."""
    for j in range(k, min(k + 5, c.last)):
        if j in c.start_at:
            m = c.start_at[j]
            return m if is_product(m.entity) and not m.possessive else None
        if c.w(j) == "," and c.w(j - 1) in PRODUCT_KINDS and j + 1 in c.start_at:
            k = j + 1  # "used Spinnaker's first model, Helm-1": the product the apposition names
            continue
        if not (c.filler(j) or c.w(j) == "-" or c.w(j) in ORDINALS):
            return None
    return None


def technology_target(c: Clause, pos: int, gap: int = 5) -> list[tuple[Mention, str]]:
    """What a use-verb at ``pos`` uses, and how: "Zenith's models" (usesTechnologyOf), "Zenith
    chips" / "Zenith's cloud" (customerOf), "models developed by Zenith", "Nimbus" (a product)."""
    out: list[tuple[Mention, str]] = []
    i = pos
    limit = min(c.last, pos + gap + 1)
    while i < limit:
        if i in c.start_at:
            m = c.start_at[i]
            if m.possessive and (owned := _owned_product_after(c, m.end + 1)) is not None:
                m = owned  # "integrated Acme's Quill", "built on Meta's open-weight Llama 3.1": the product
            nxt = m.end + (1 if m.possessive else 0)
            noun = next(
                (
                    c.w(k)
                    for k in range(nxt, min(nxt + 4, c.last))
                    if c.w(k) in TECH_NOUNS or c.w(k) in GOODS_NOUNS
                ),
                None,
            )
            if noun is not None and (m.possessive or nxt == m.end):
                kind = "customerOf" if noun in GOODS_NOUNS else "usesTechnologyOf"
                if not m.possessive and is_product(m.entity):
                    kind = "usesTechnologyOf"
                return [(x, kind) for x in coordinated_right(c, m)]
            return [(x, used_as(x.entity)) for x in coordinated_right(c, m)]  # "uses Zenith and AWS"
        word = c.w(i)
        seller = c.start_at.get(i + 2) if c.w(i + 1) == "from" else None
        if (
            seller is not None
            and word not in TECH_NOUNS
            and c.t.text[i].isalpha()
            and c.t.text[i].islower()
            and not word.endswith(("ed", "ing"))  # ("designs licensed from Arm": the verb's)
            and is_org(seller.entity)
            and not seller.possessive
        ):
            # "uses a competing grader from USNR": goods of any name, bought from a maker
            return [(x, "customerOf") for x in coordinated_right(c, seller)]
        if word in TECH_NOUNS or word in GOODS_NOUNS:
            kind = "customerOf" if word in GOODS_NOUNS else "usesTechnologyOf"
            k = i + 1
            while (
                c.w(k)
                in {
                    "developed",
                    "made",
                    "built",
                    "created",
                    "provided",
                    "supplied",
                    "offered",
                    "designed",
                    "produced",
                    "sold",
                    "trained",
                    "licensed",
                    "from",
                    "by",
                }
                and k < c.last
            ):
                k += 1
            if k > i + 1 and c.w(k) in {"both", "either"}:
                k += 1
            if k > i + 1 and c.w(k - 1) in {"from", "by"} and k not in c.start_at:
                k = _past_maker_description(c, k)  # "software from German start-up Verbatim"
            joined = c.w(k - 1) in {"from", "by", "both", "either"} or _org_noun_before(c, k)
            if k > i + 1 and joined and k in c.start_at:
                maker = c.start_at[k]
                if c.w(maker.end) == "-" and c.w(maker.end + 1) in COMPOUND_PARTICIPLES:
                    # "a model from Microsoft-backed Mistral": Mistral, whom Microsoft backs
                    maker = c.start_at.get(maker.end + 2, maker)
                return [(x, kind) for x in coordinated_right(c, maker)]
        if word == "(":
            close = next((k for k in range(i, min(i + 8, c.last)) if c.w(k) == ")"), None)
            if close is not None:
                limit += close - i
                i = close + 1
                continue
        if not c.filler(i):
            break
        i += 1
    return out


MAKER_DESCRIPTION = 4  # words describing a maker before its name: "the German start-up"


def _past_maker_description(c: Clause, k: int) -> int:
    """Where a maker's name starts past a description of it at ``k`` ("German start-up
    Verbatim", "the Dublin firm Vocalis"); ``k`` where no name ends such a description."""
    for j in range(k + (c.w(k) in {"the", "a", "an"}), min(k + MAKER_DESCRIPTION + 1, c.last)):
        if j in c.start_at:
            return j if j > k and _org_noun_before(c, j) else k
        if not (c.filler(j) or c.t.text[j][:1].isupper() or c.w(j) == "-"):
            return k
    return k


def _org_noun_before(c: Clause, k: int) -> bool:
    """Whether a noun for an organisation ends right before ``k``: "firm", "start-up"."""
    return c.w(k - 1) in ORG_NOUNS or "".join(c.w(x) for x in range(k - 3, k)) in ORG_NOUNS


def goods_after(c: Clause, m: Mention) -> list[tuple[Mention, str]]:
    """A maker's goods coordinated after ``m`` as one more object: "runs on Quill and a custom
    chip from Zenith" (coordinated names are read by ``coordinated_right``)."""
    k = m.end + (1 if m.possessive else 0)
    while k < min(c.last, m.end + 3) and (c.w(k) in TECH_NOUNS or c.w(k) in GOODS_NOUNS):
        k += 1  # "Acme's Quill model and ..."
    if c.w(k) != "and" or k + 1 in c.start_at:
        return []
    # made by a name after "from" or "by" ("and software from Zenith"), not "and pays Zenith for"
    return [
        t for t in technology_target(c, k + 1) if t[0].start > k and c.w(t[0].start - 1) in {"from", "by"}
    ]


def _own_product(c: Clause, m: Mention, subj: Subject | None) -> bool:
    """Whether ``m`` is a product "its" gives to the subject: no other organisation is named
    before it ("to deploy its Solar models"; not "Zenith sells Quill, and Acme uses its models")."""
    if subj is None or c.w(m.start - 1) not in {"its", "their"} or not is_product(m.entity):
        return False
    ids = {e.id for e in subj.entities}
    return not any(x.end <= m.start and is_org(x.entity) and x.entity.id not in ids for x in c.mentions)


# Participles of use verbs that also stand before a noun as adjectives.
ATTRIBUTIVE = frozenset({"embedded", "fine", "finetuned", "integrated", "deployed", "adopted"})


def _topic_product(c: Clause, subj: Subject | None) -> Entity | None:
    """The product "it" means as a use verb's object: the previous sentence's one topic, when
    that is a product and this sentence names no other ("Quill is a model. Zenith uses it")."""
    if subj is None or len(c.topic) != 1 or not is_product(c.topic[0]) or c.topic[0] in subj.entities:
        return None
    if any(is_product(m.entity) for m in c.mentions):
        return None
    return c.topic[0]


# What a company "operates" when it uses another's goods: "operates 3,000 Zenith GPUs".
HARDWARE = frozenset({"gpu", "gpus", "chip", "chips", "accelerator", "accelerators", "processors", "servers"})
SERVICES = frozenset({"service", "services", "platform", "marketplace"})


# Verbs that make one model out of another: "distilled Quill from Llama", "fine-tuned from".
DERIVING = frozenset(
    {"distill", "distills", "distilled", "distilling", "fine", "finetune", "finetunes", "finetuned"}
)
DERIVING_REACH = 4  # words from the verb to "from": "distilled a small model from"


def _derivation(rule: Rule, c: Clause, subj: Subject | None, start: int, end: int) -> list[Found] | None:
    """ "Acme distilled Quill from Meta's Llama", "Quill was distilled from Llama", "Quill, which
    we distilled from Llama": the model made and its maker both use the model it came from; None
    without a "from" naming one."""
    sources = [m for m in object_right(c, end, ("from",), gap=DERIVING_REACH) if is_product(m.entity)]
    if not sources:
        return None
    if c.w(start - 1) in {"was", "were", "is", "are", "been", "be"}:  # "Quill was distilled from"
        return findings(rule, c, subj, "usesTechnologyOf", sources, start, end)
    made = [m for m in object_right(c, end, gap=2) if is_product(m.entity) and m not in sources]
    out = findings(rule, c, subj, "usesTechnologyOf", sources, start, end)
    relative = [] if made else relative_object(c, subj)
    for product in made or relative:
        # (read from the clause's subject on, so that what doubts or denies its verb reaches it)
        owner = Subject((product.entity,), subj.start if subj is not None else start)
        out += findings(rule, c, owner, "usesTechnologyOf", sources, start, end)
    if subj is not None and all(is_org(e) for e in subj.entities):
        # "Waymark, a model that Orrin's engineers fine-tuned from Llama": Orrin's model (not
        # "denied that it had distilled Driftwood from GPT-4o", whose making no one disputes)
        out += findings(rule, c, subj, "develops", [p for p in relative if is_product(p.entity)], start, end)
    return out


# What an organisation relies on another "for" when it buys from it.
SUPPLY_NOUNS = frozenset(
    {"production", "manufacturing", "fabrication", "supply", "supplies", "capacity", "packaging"}
    | {"wafers", "memory", "power", "electricity", "assembly", "financing", "funding"}
)
SUPPLY_REACH = 8  # words from "for" to the noun: "for nearly all of its GPU production"


def _for_supply(c: Clause, k: int) -> bool:
    """Whether "for" at ``k`` opens what is bought ("for chip manufacturing", "for nearly all
    of its GPU production"), before the clause ends."""
    if c.w(k) != "for":
        return False
    for j in range(k + 1, min(k + 1 + SUPPLY_REACH, c.last)):
        if c.w(j) in SUPPLY_NOUNS or c.w(j) in GOODS_NOUNS:
            return True
        if j in c.start_at or c.w(j) in {",", ";", "and", "but", "which", "that"}:
            return False
    return False


# Verbs of a supplier's work after "relies on X to": "relies on TSMC to fabricate them".
MAKING_TO = frozenset(
    {"make", "manufacture", "fabricate", "produce", "assemble", "package", "supply", "deliver"}
)


def _relied_on_to_make(c: Clause, start: int, k: int) -> bool:
    """Whether "relies on X" or "depends on X" goes on "to" a verb of a supplier's work at
    ``k``: "relies on TSMC to fabricate them" (not "uses Weir to build evaluation sets")."""
    relying = c.w(start).startswith(("rel", "depend"))
    return relying and c.w(k) == "to" and c.w(k + 1) in MAKING_TO


# What a buyer uses a company as: "uses Micron as a second source", "as its sole supplier".
SOURCE_NOUNS = frozenset({"source", "supplier", "vendor", "foundry", "manufacturer"})


def _as_source(c: Clause, k: int) -> bool:
    """Whether "as" at ``k`` names the company before it a source of supply ("uses Micron as a
    second source", "as its main memory supplier")."""
    return c.w(k) == "as" and any(c.w(j) in SOURCE_NOUNS for j in range(k + 1, min(k + 5, c.last)))


# Verbs that keep their object "from" using something: "bar customers from using Eventide".
FORBIDDING = frozenset({"bar", "bars", "barred", "barring", "ban", "bans", "banned", "banning", "prohibit"})
FORBIDDING |= frozenset({"prohibits", "prohibited", "prevent", "prevents", "prevented", "forbid", "forbids"})


def use(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme uses Zenith's models", "relies on Zenith chips", "leverages models built by Zenith"."""
    if c.w(end) == "by" or (c.w(end) == "to" and not relative_object(c, clause_subject(c, start))):
        return []  # a passive, or "used to": but "Trainium, which Acme uses to train Quill" is use
    if c.w(start - 1) == "-" and c.w(start - 2) == "pre":
        return []  # "Samsung will pre-install Coach on its TVs": it ships another's app, no use
    if c.w(start - 1) == "be" and c.w(start - 2) == "to" and c.w(start).endswith("ed"):
        return []  # "Cohere allowed the model to be deployed inside Cubby's account": no user named
    if rule.name == "use_noun" and c.w(start - 1) == "of" and c.w(start - 2) in {"terms", "conditions"}:
        return []  # "breached the terms of use of Novaterra": the terms, no use of Novaterra
    if c.w(start - 1) == "from" and any(c.w(k) in FORBIDDING for k in range(start - 5, start - 1)):
        return []  # "Vesper's contracts bar customers from using Eventide scores": a use forbidden
    if c.w(start) == "access" and (
        c.w(start - 1) in {"for", "of", "with", "without"} or c.w(start - 1) in DETERMINERS
    ):
        return []  # "Carvault, which Tracewell pays for access to registration records": a noun
    if c.w(start) in ATTRIBUTIVE and (c.w(start - 1) in DETERMINERS or c.w(start - 1) in POSSESSIVE_MARKS):
        return []  # "Acme's embedded Orca chip", "a fine-tuned model": an adjective, no verb
    goods = range(end, min(end + 8, c.last))
    if c.w(start).startswith("qualif"):  # "had qualified Samsung as a second memory source"
        named = c.start_at.get(end)
        return (
            findings(rule, c, clause_subject(c, start), "customerOf", [named], start, end)
            if (named is not None and is_org(named.entity) and _as_source(c, named.end))
            else []
        )
    operated = [c.w(k) for k in goods]
    if c.w(start).startswith("operat") and (
        HARDWARE.isdisjoint(operated) or not SERVICES.isdisjoint(operated)
    ):
        # "operates 3,000 Zenith GPUs" uses them; "operates Quill", "operates the Teratai Cloud
        # GPU rental service" runs its own service
        return []
    accused = _accused_of(c, start)
    if accused is not None:
        subj: Subject | None = Subject((accused[0].entity,), accused[1].start)
    elif rule.name == "use_noun":
        subj = possessor(c, start)
    else:
        subj = (
            _participle_of(c, start)
            or clause_subject(c, start)
            or its_thing(c, start)
            or listed_members(c, start)
        )
    the_product: Entity | None = None
    if subj is not None and c.w(end) == "it" and subj == listed_members(c, start):
        # "About 60 theater companies use it today, among them ...": the one product just told of
        products = [e for e in c.topic if is_product(e) and e.type != "CloudPlatform"]
        the_product = products[0] if len(products) == 1 else None
    if c.w(start) in DERIVING and (derived := _derivation(rule, c, subj, start, end)) is not None:
        return derived
    out: list[Found] = []
    if c.w(start) in BUILDING and subj is not None and not subj.anaphoric:
        built = [m for m in relative_object(c, subj) if is_product(m.entity)]
        if built:  # "Trasvase, a tool that Cálida has built on top of Salvia-2": Trasvase is built on it
            out += findings(rule, c, subj, "develops", built, start, end)
            subj = Subject((built[0].entity,), built[0].start)
    if c.w(end) == "top" and c.w(end + 1) == "of":
        end += 2  # "built on top of Quill"
    targets = technology_target(c, end)
    if not targets and the_product is not None:
        targets = [(Mention(end, end + 1, the_product), "usesTechnologyOf")]
    if targets:
        targets += goods_after(c, targets[-1][0])
    if targets and (parallel := _parallel_use(c, targets[-1][0])):
        targets += technology_target(c, parallel, gap=0)  # "... and Anthropic's Claude to summarize them"
    if (
        not targets
        and c.w(end)
        in {
            "to",
            ",",
            ".",
            "for",
            "in",
            "as",
            "on",
            "through",  # "Claude, which KeyVerity accesses through Vertex AI"
            "via",
            "since",  # "Stripe, which Pewbright has used since it was founded"
        }
        | PREPOSITIONS
    ):  # "Trainium, which Anthropic uses to"; "VAST Data, which CoreWeave uses across its fleet"
        targets = [  # "on which"; "Stripe, which Pewbright has used since": bought from a company
            (m, "customerOf" if c.w(end) == "since" and is_org(m.entity) else used_as(m.entity))
            for m in relative_object(c, subj, preposed=ON)
            # (a model is fine-tuned, no company: "DINOv2, released by Meta, which Glaciem's engineers
            # fine-tuned"; the relative reader names the model where it can)
            if not (c.w(start) in DERIVING and is_org(m.entity))
        ]
    if not targets and c.w(end) == "it" and (meant := _topic_product(c, subj)) is not None:
        return findings(rule, c, subj, used_as(meant), [meant], start, end)  # "Zenith uses it": Quill
    if not targets and accused is not None and c.w(end) in {"its", "their"}:
        targets = [(accused[1], "usesTechnologyOf")]  # "accused Zenith of using its models": the accuser's
    # "relies on TSMC for nearly all of its GPU production": a supplier, not a technology
    targets = [
        (
            m,
            "customerOf"
            if kind == "usesTechnologyOf"
            and is_org(m.entity)
            and (_for_supply(c, m.end) or _as_source(c, m.end) or _relied_on_to_make(c, start, m.end))
            else kind,
        )
        for m, kind in targets
    ]
    if c.w(start).startswith("call"):
        # only a model is called ("calls OpenAI's GPT-4.1 model"), not "calls Zenith a rival"
        targets = [(m, kind) for m, kind in targets if m.entity.type == "AIModel" and c.w(m.end) != "a"]
    into = object_right(c, end, ("into",), gap=6) if c.w(start).startswith("integrat") else []
    for m, kind in targets:
        if _own_product(c, m, subj):
            continue  # "Upstage will deploy its Solar models": it makes them (the product rule reads that)
        out += findings(rule, c, subj, kind, [m], start, end)
        if into and is_product(into[0].entity):  # "Acme integrated Quill into Helper": Helper too
            host = Subject((into[0].entity,), subj.start if subj is not None else start)
            out += findings(rule, c, host, kind, [m], start, end)
    if targets and c.w(start).startswith("deploy"):  # "Acme deploys Quill on Nimbus": hosted there
        last = targets[-1][0]
        clouds = clouds_right(c, last.end, ("on", "onto", "to", "across"), gap=3)
        hosted = Subject((last.entity,), subj.start if subj is not None else start)
        out += findings(
            rule,
            c,
            hosted if is_product(last.entity) else subj,
            "hostedOn",
            clouds,
            start,
            end,
            strength=0.85,
        )
    return out


LIST_LABEL_MARKS = frozenset({"-", "*", "•", ":"})


# What "the" opening a sentence names as the topic's own system: "The assistant is hosted on Azure".
THE_SYSTEMS = frozenset({"assistant", "app", "chatbot", "platform", "pipeline", "system", "tool", "service"})
THE_SYSTEMS |= frozenset({"software", "stack", "backend", "model", "models", "agent", "bot"})
THE_SYSTEMS |= frozenset({"systems", "services", "apps", "platforms", "tools", "pipelines", "workloads"})


# Parts of a company's own service that run somewhere: "its customer dashboard and billing run on"
SERVICE_PARTS = frozenset({"dashboard", "dashboards", "portal", "website", "backend", "billing", "databases"})
# Nouns for an organisation's own systems: what "its ..." heads in ``its_thing``, and what an
# unnamed subject must hold in ``topics_unnamed_thing`` ("That side of the business runs on").
OWN_SYSTEMS = PRODUCT_NOUNS | THE_SYSTEMS | SERVICE_PARTS
ITS_SYSTEMS = OWN_SYSTEMS | PRODUCT_PLURALS | {"agent", "agents", "itself"}
TOPICS_SYSTEMS = OWN_SYSTEMS | {"business"}


SAID_TIME_REACH = 4  # words between the speech verb and "its": "said last year that its"


def _speakers_own(c: Clause, start: int) -> tuple[int, list[Entity]] | None:
    """Where "its" opens what a named speaker says, and the speaker: "Acme said (last year)
    (that) its pricing system uses ..." (Acme's system), with no other name before ``start``."""
    speaker = next((m for m in c.mentions if m.start < start), None)
    if speaker is None or speaker.possessive or c.w(speaker.end) not in SPEECH:
        return None
    if any(m.start < start for m in c.mentions if m is not speaker):
        return None
    for k in range(speaker.end + 1, min(speaker.end + 2 + SAID_TIME_REACH, start)):
        if c.w(k) in {"its", "their"}:
            return k, [speaker.entity]
        if not (c.filler(k) or c.w(k) in {"that", "on", "in"}):
            return None
    return None


def its_thing(c: Clause, start: int) -> Subject | None:
    """The topic organisation whose unnamed thing opens the clause of a use-verb at ``start``:
    "Its claims assistant is built on Quill" (the topic uses Quill), "Its app runs on Azure"
    (the topic is hosted there), with no name before."""
    k = c.first + (c.w(c.first) in QUOTES)
    while c.w(k) in LIST_LABEL_MARKS or (c.alpha(k) and c.w(k + 1) == ":" and k < c.first + 3):
        k += 1  # "- Cloud: everything runs on Google Cloud": past a list item's label
    if c.w(k) == "everything" and not any(m.start < start for m in c.mentions):
        # "Everything runs on Google Cloud" on a page about one organisation: all of its systems
        organisations = [e for e in c.topic if e.type in ORG_TYPES - {"NewsOutlet"}]
        return Subject(tuple(organisations), k, anaphoric=True) if len(organisations) == 1 else None
    owners = [e for e in c.topic if e.type in ORG_TYPES - {"NewsOutlet"}]
    if (first := _first_verb_shared(c, start)) is not None:
        return its_thing(c, first)  # "The agent is built on Quill and is hosted on Nimbus": the agent's
    if any(m.start < start for m in c.mentions) and (later := _second_clause(c, start)) is not None:
        k, owners = later  # "Sonora trains it on Google Cloud; its production systems are hosted on"
    elif (said := _speakers_own(c, start)) is not None:
        k, owners = said  # "Public Storage said last year that its pricing system uses Gemini"
    elif c.w(k) not in {"its", "their", "the"} or any(m.start < start for m in c.mentions):
        return None
    j = k + 1 + (c.w(k) == "the" and c.w(k + 1) in {"whole", "entire"})  # "The whole pipeline runs on"
    if c.w(k) == "the" and j - k == 1 and c.w(j) not in THE_SYSTEMS and c.w(j + 1) not in THE_SYSTEMS:
        return None  # "the" only before the system itself: "The assistant is hosted on", not "The data"
    # (a hyphen joins two words into one: "its revenue-management system")
    while j < start and j - k - c.words[k - c.first : j - c.first].count("-") <= 3 and c.filler(j):
        if c.w(j) in AUX | {"and"}:
            break
        j += 1
    if c.w(j) == "and" and c.w(j + 1) in {"its", "their", "the"} and c.w(j - 1) in ITS_SYSTEMS:
        second = j + 2  # "The scoring model and the imagery pipeline are hosted on"
        while second < start and second - j <= 4 and c.filler(second) and c.w(second) not in AUX:
            second += 1
        j = second if c.w(second - 1) in THE_SYSTEMS else j
    verb = _past_where(c, j, start) if c.w(j - 1) in ITS_SYSTEMS else j  # "The software on each unit is"
    if j == k + 1 or c.w(j - 1) not in ITS_SYSTEMS or not all(c.w(x) in AUX for x in range(verb, start)):
        return None  # "Its claims assistant is built on": a product of the topic's; not "its revenue"
    if len(owners) == 1:
        return Subject(tuple(owners), k, anaphoric=True)
    # "Tidewatch makes Lookout. The software on each unit is built on Undertow-2": the product
    # the text is about, where "the software" means it
    # (not "The model was trained on ...": a model, not the product that runs it)
    products = [e for e in c.topic if e.type == "Product"]
    generic = c.w(k) == "the" and c.w(j - 1) not in {"model", "models"}
    return Subject(tuple(products), k, anaphoric=True) if generic and len(products) == 1 else None


def _first_verb_shared(c: Clause, start: int) -> int | None:
    """The first verb of a clause whose second, at ``start``, follows "and (is)" with no subject
    of its own: "The agent is built on Orbit's Quill models and is hosted on Nimbus"."""
    shared = start - 1
    while shared > c.first and c.w(shared) in AUX:
        shared -= 1
    if c.w(shared) != "and":
        return None
    verb = next((v for v in range(c.first + 1, shared) if c.w(v) in AUX), None)
    while verb is not None and verb < shared and c.w(verb) in AUX:
        verb += 1
    return verb if verb is not None and verb < shared else None


WHERE_WORDS = frozenset({"on", "in", "inside", "behind", "within", "aboard"})
WHERE_REACH = 4  # words of a phrase of place after the system: "on each of the units"


def _past_where(c: Clause, j: int, start: int) -> int:
    """Past a short phrase of place after a system's noun ("The software on each unit is built
    on", "The model inside every kiosk runs on"): where its verb starts, else ``j``."""
    if c.w(j) not in WHERE_WORDS:
        return j
    k = j + 1
    while k < start and k - j <= WHERE_REACH and c.filler(k) and c.w(k) not in AUX and k not in c.cover:
        k += 1
    return k if c.w(k) in AUX else j


def _second_clause(c: Clause, start: int) -> tuple[int, list[Entity]] | None:
    """Where a later clause opening with "its" begins (after ";" or ", and"), and whose "its"
    is: the one organisation the sentence named before it ("Sonora builds Tideline and trains it
    on Google Cloud; its production systems are hosted on Kestrel Compute")."""
    k = next(
        (
            j
            for j in range(start - 1, c.first, -1)
            if c.w(j) == ";" or (c.w(j) == "and" and c.w(j - 1) == ",")
        ),
        None,
    )
    if k is None or c.w(k + 1) not in {"its", "their"} or any(k < m.start < start for m in c.mentions):
        return None
    owners = list(
        {
            m.entity.id: m.entity for m in c.mentions if m.start < k and is_org(m.entity) and not m.possessive
        }.values()
    )
    return k + 1, owners


THING_VERB_REACH = 8  # words from a sentence's opening to its verb: "The production model was"
RUN_OBJECT_REACH = 6  # words from a verb of running to its product: "and serves its flagship Vireo-3"


def run_product(c: Clause, end: int, hosts: Sequence[Mention]) -> Mention | None:
    """The named model or product a verb of running, training or serving ending at ``end``
    takes before its host ("runs Quill on Nimbus", "trains and serves its flagship Vireo-3
    model on Kestrel's cluster"): hosted there as much as its owner is."""
    if not hosts:
        return None
    host = hosts[0].start
    for k in range(end, min(host, end + RUN_OBJECT_REACH)):
        if (m := c.start_at.get(k)) is not None:
            return m if is_product(m.entity) and not m.possessive and m.entity.type != "Chip" else None
        if not (c.filler(k) or c.w(k) in {"its", "their", "and", "serves", "serve", "runs", "run"}):
            return None
    return None


def thing_opening(c: Clause, pos: int) -> Subject | None:
    """What ``its_thing`` reads at the sentence's first verb before ``pos``, for a participle
    further on: "The model was trained on GPUs rented from Orbit" (the topic rents them)."""
    for j in range(c.first + 2, min(pos + 1, c.first + THING_VERB_REACH)):
        if c.w(j) not in AUX and c.w(j - 1) in AUX:
            return its_thing(c, j)
    return None


def in_house(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Spigot switched its jobs over to Tapline, an in-house dispatch engine": the clause's
    subject made the product an "in-house" apposition describes."""
    if c.w(start - 1) not in {"an", "a"} or c.w(start - 2) != ",":
        return []
    product = c.end_at.get(start - 2)
    if product is None or product.possessive or not is_product(product.entity):
        return []
    subj = clause_subject(c, product.start)
    if subj is None or product.entity in subj.entities or not all(is_org(e) for e in subj.entities):
        return []
    return findings(rule, c, subj, "develops", [product], start, end, nominal=True)


CLAUSE_OPENINGS = frozenset({",", ";", "and", "while", "but", "now"})  # what "the service" may follow


def the_system_within(c: Clause, start: int) -> Subject | None:
    """What "the (whole) service" or "the model" opening a later clause of the sentence stands
    for, before a use-verb at ``start``: the product the sentence opens with ("DriveLine is
    built on GPT-4o, ..., and the whole service runs on Microsoft Azure")."""
    k = start - 1
    while k > c.first and (c.w(k) in AUX or c.w(k) in {"itself", "currently", "now", "still", "also"}):
        k -= 1
    if c.w(k) not in THE_SYSTEMS:
        return None
    j = k - 1 - (c.w(k - 1) in {"whole", "entire"})
    if c.w(j) != "the" or c.w(j - 1) not in CLAUSE_OPENINGS or j - 1 <= c.first:
        return None
    named = c.start_at.get(c.first)  # the sentence's subject, not a product it uses
    if (
        named is None
        or named.possessive
        or not is_product(named.entity)
        or named.entity.type == "CloudPlatform"
    ):
        return None
    return Subject((named.entity,), j, anaphoric=True)


# Words that open a clause's subject as a noun phrase of the text's own organisation's things.
UNNAMED_OPENERS = frozenset({"the", "its", "their", "that", "this", "all"})
THING_REACH = 8  # words from a clause's start to its verb: "the company's fleet-planning software"


def topics_unnamed_thing(c: Clause, start: int) -> Subject | None:
    """The organisation the article is about, while it is the topic, for a clause whose subject
    names nothing ("That side of the business runs on Google Cloud", "and the whole product is
    hosted on AWS"): what runs on a named cloud there is that organisation's."""
    if c.w(start + 1) in AUX:
        return None  # "The training runs were on Google Cloud": "runs" a noun there
    owners = [e for e in c.topic if e.type in ORG_TYPES - {"NewsOutlet"}]
    if len(owners) != 1 or owners[0] not in (c.lead, c.main):
        return None  # (only the article's own organisation: a customer it is about runs elsewhere)
    k = clause_start(c, start)
    if k == c.first + 1 and c.w(c.first) in {"that", "this"}:
        k = c.first  # "That side of the business runs on": a demonstrative, no relative clause
    while c.w(k) in LEAD_WORDS or c.w(k) in {",", "and", "but", "however"}:
        k += 1
    if c.w(k) not in UNNAMED_OPENERS or start - k > THING_REACH:
        return None
    if any(j in c.cover for j in range(k, start)) or any(c.w(j) in CLAUSE_WORDS for j in range(k, start)):
        return None  # a name in the subject, or a relative clause inside it: not plainly the topic's
    if not any(c.w(j) in TOPICS_SYSTEMS for j in range(k, start)):
        return None  # "The data runs on Nimbus": no system of the organisation's own
    return Subject((owners[0],), k, anaphoric=True)


def carries(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Each Quill carries Zenith's Orca computer", "Helper comes with Quill": a product
    that carries another uses it. Only a product's own verb: a shop that "carries" goods sells
    them, and a company is no device."""
    subj = clause_subject(c, start)
    if subj is None or subj.anaphoric or not all(is_product(e) for e in subj.entities):
        return []
    targets = [m for m, _ in technology_target(c, end) if not m.possessive]
    return findings(rule, c, subj, "usesTechnologyOf", targets, start, end, strength=0.85)


HOSTED_PARTICIPLES = frozenset({"hosted", "served", "deployed", "run", "stored", "running"})


def product_participle(c: Clause, start: int) -> Subject | None:
    """The product a participle at ``start`` set off by a comma says where it runs: "points
    Assist at OpenAI's GPT-4o, served from the Azure OpenAI Service" (GPT-4o, not the clause's
    subject)."""
    if c.w(start) not in HOSTED_PARTICIPLES or c.w(start - 1) != ",":
        return None
    named = c.end_at.get(start - 1)
    if named is None or named.possessive or not is_product(named.entity):
        return None
    return Subject((named.entity,), named.start)


def serve_from(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme serves everything from Nimbus", "serves its app out of Nimbus": hosted there
    (only a cloud platform is a place things are served from)."""
    clouds = clouds_right(c, end, ("from",), gap=4) or clouds_right(c, end, ("of",), gap=5)
    if clouds and c.w(clouds[0].start - 1) == "of" and c.w(clouds[0].start - 2) != "out":
        return []  # "serves customers of Nimbus": not "out of Nimbus"
    clouds = clouds or _machines_of(c, object_right(c, end, ("from",), gap=4))
    subj = (
        product_participle(c, start)
        or clause_subject(c, start)
        or its_thing(c, start)
        or thing_opening(c, start)
    )  # "The model is served from"; "Acme uses Quill, served from Nimbus": Quill
    out = findings(rule, c, subj, "hostedOn", clouds, start, end, strength=0.85)
    if c.w(end) == "it" and (served := _product_named_before(c, subj, start)) is not None:
        # "trains Encore on Databricks and serves it from Amazon Web Services": Encore
        return out + findings(rule, c, served, "hostedOn", clouds, start, end, strength=0.85)
    return out + hosted_product(rule, c, start, end, clouds)


SERVING = frozenset({"serve", "serves", "run", "runs", "host", "hosts"})


def hosted_product(
    rule: Rule, c: Clause, start: int, end: int, hosts: Sequence[Mention], *, trained: bool = False
) -> list[Found]:
    """The product a verb of running or serving takes, hosted where its owner runs it: "serves
    Vireo-3 from Azure" (Vireo-3 is hosted on Azure). What is only ``trained`` there is not
    hosted there ("trains Encore on Databricks"), unless served there too ("trains and serves")."""
    served = run_product(c, end, hosts)
    if served is None or (trained and SERVING.isdisjoint(c.w(x) for x in range(start, served.start))):
        return []
    return findings(
        rule, c, Subject((served.entity,), served.start), "hostedOn", hosts, start, end, strength=0.85
    )


def run_in(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Kinetiq runs PoseCore in Microsoft Azure", "Azure, where Skarv runs its dashboard":
    hosted in a cloud platform (only one: "runs in Frankfurt", "operates in Zenith's data
    centres" tell where, not on whose cloud)."""
    clouds = clouds_right(c, end, ("in",), gap=3)
    subj = clause_subject(c, start)
    where = where_antecedent(c, subj.start) if subj is not None and not subj.anaphoric else None
    if not clouds and where is not None and where.entity.type == "CloudPlatform":
        clouds = [where]  # "uploaded to Microsoft Azure, where Skarv runs its fleet dashboard"
    if not clouds and subj is None and c.w(start - 1) in {"is", "are", "was", "were", "been"}:
        return _hosted_where(rule, c, start, end)
    return findings(rule, c, subj, "hostedOn", clouds, start, end, strength=0.85)


HOSTED_THINGS = frozenset({"software", "platform", "systems", "system", "service", "services", "app"})
CLOUD_TO_WHERE = 6  # tokens from a cloud to ", where" ("Azure cloud in its Japan East region, where")


def _hosted_where(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Azure, where all of Nimbalo's software is hosted" (Nimbalo's), "..., which Saffra
    reaches through Microsoft's Azure cloud, where the whole grading platform is hosted" (the
    software of whoever reaches the cloud): hosted on the cloud the "where" stands for."""
    where = clause_start(c, start) - 1
    if c.w(where) != "where" or c.w(where - 1) != ",":
        return []
    ends = range(where - 1, where - 1 - CLOUD_TO_WHERE, -1)
    cloud = next((c.end_at[j] for j in ends if j in c.end_at), None)
    if cloud is None or cloud.entity.type != "CloudPlatform" or cloud.possessive:
        return []
    if any(c.w(k) in CLAUSE_WORDS or k in c.cover for k in range(cloud.end, where - 1)):
        return []  # (only a region or the word "cloud" between: "in its Japan East region")
    if not any(c.w(k) in HOSTED_THINGS for k in range(where + 1, start)):
        return []
    owners = [m for m in c.mentions if where < m.start < start and m.possessive and is_org(m.entity)]
    if owners:
        subj: Subject | None = Subject((owners[0].entity,), owners[0].start)
    elif c.w(where + 1) in {"its", "the"} or c.w(where + 3) in {"its", "the"}:  # ("all of the")
        subj = clause_subject(c, cloud.start)
    else:
        return []
    return findings(rule, c, subj, "hostedOn", [cloud], start, end, strength=0.85)


def on_a_cloud(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Pitch now sits on Oracle Cloud Infrastructure", "its data lives on Azure", "processes
    that telemetry on OCI": hosted on a cloud platform, and only there ("sits on Lumora's board"
    tells a seat, "processes claims on paper" a way of working)."""
    subj = clause_subject(c, start)
    clouds = clouds_right(c, end, ("on",), gap=rule.gap)
    return findings(rule, c, subj, "hostedOn", clouds, start, end, strength=0.8)


def _machines_of(c: Clause, found: list[Mention]) -> list[Mention]:
    """The organisations whose machines something is served from: "from Brightwater's cloud",
    "from Fjordline hardware" (they host it)."""
    return [m for m in found if is_org(m.entity) and c.w(m.end + m.possessive) in HOST_NOUNS]


def consider_for(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith is considering Quill for its app", "is weighing Nimbus to host its models": a
    product weighed for a use (speculative: hedging reads the verb). Companies weighed are deals
    other rules read."""
    weighed = [m for m in object_right(c, end, gap=0) if is_product(m.entity) and not m.possessive]
    if not weighed or c.w(weighed[-1].end) not in {"for", "to", "as"}:
        return []
    return [
        f
        for m in weighed
        for f in findings(rule, c, clause_subject(c, start), used_as(m.entity), [m], start, end)
    ]


def available(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Quill is available on Nimbus", "Acme's models are available to Nimbus customers"."""
    subj = patient_before(c, start) or clause_subject(c, start)
    if isinstance(subj, Mention):
        subj = Subject((subj.entity,), subj.start)
    clouds = clouds_right(c, end, ("on", "through", "via", "to", "in"), gap=1)
    return findings(rule, c, subj, "hostedOn", clouds, start, end, strength=0.85)


FOR_REACH = 6  # tokens from the punished party to the "for" before the trigger


def _accused_before(c: Clause, start: int) -> Mention | None:
    """Who "accused X of ..." or "sued X for ..." names before ``start``: the one said to have
    done it."""
    for m in reversed(c.mentions):
        if m.start >= start:
            continue
        if (
            c.w(c.first + past_apposition(c.words, m.end - c.first)) == "of"
            and c.w((first := _list_head(c, m)).start - 1) in ACCUSING
        ):
            return first  # "accused Zenith (and Orbit) of", "accused Oddsmith, a small site, of"
        j = m.start - 1
        while j > m.start - 4 and c.w(j) in BANNED_HOLDINGS:
            j -= 1  # "banned every account Ribbonfish had for breaching": Ribbonfish's accounts
        if c.w(j) in PUNISHING and c.w(start - 1) == "for" and start - 1 - m.end <= FOR_REACH:
            return m
        if _served_notice(c, m, start):
            return m  # "Mistral served Orla with a formal notice of breach of its licence terms"
    return None


def _served_notice(c: Clause, m: Mention, start: int) -> bool:
    """Whether ``m`` was served or sent a notice of the breach at ``start``."""
    return (
        c.w(m.start - 1) in {"served", "sent", "issued"}
        and c.w(m.end) in {"with", "a"}
        and 0 < start - m.end <= 6
        and any(c.w(k) == "notice" for k in range(m.end, start))
    )


BANNED_HOLDINGS = frozenset({"every", "all", "the", "account", "accounts", "of"})


def _unnamed_accused(c: Clause, start: int) -> bool:
    """Whether "accused the startup of" opens before ``start``: the one said to have done it is
    a description, not a name (and never the accuser)."""
    if c.w(start - 1) != "of":
        return False
    for k in range(start - 2, max(c.first, start - 2 - UNNAMED_REACH) - 1, -1):
        if k + 1 in c.end_at:
            return False  # a name ends here: "accused Zenith of"
        if c.w(k) in ACCUSING:
            return k < start - 2  # not "Zenith is suspected of": a passive names its accused first
    return False


def _list_head(c: Clause, m: Mention) -> Mention:
    """The first name of the list ``m`` ends: Zenith in "accused Zenith, Apex and Orbit of"."""
    while c.w(m.start - 1) in {"and", ","} and (before := c.end_at.get(m.start - 1)) is not None:
        m = before
    return m


# Finite verbs of claiming ("Acme's lawsuit claims Zenith scraped its site in breach of ...").
CLAIMING = frozenset({"claims", "claimed", "alleges", "alleged", "argues", "argued", "contends", "contended"})


SAID_REACH = 14  # words from "claiming" to the breach: "the New York company had scraped ... in violation"


def _said_doer(c: Clause, start: int) -> Mention | None:
    """The name a participle of saying opens its report with, before ``start``: in "Zenith cut
    Acme off, saying Acme had used its API in breach of its terms" Acme breached, not Zenith."""
    for k in range(start - 1, max(c.first, start - SAID_REACH) - 1, -1):
        if c.w(k) in SAYING or c.w(k) in CLAIMING:
            named = c.start_at.get(k + 1)
            if named is None and c.w(k) in SAYING:
                named = taken_to_task(c, k + 1)  # "..., saying it had used": the one punished
            if named is None and c.w(k) in SAYING and _company_said_of(c, k, start):
                # "suspended Marrowstone's Azure account, saying in a letter that the company had"
                return punished_before(c, k)
            return named if named is not None and not named.possessive and named.end < start else None
    return None


COMPANY_DESCRIPTION_REACH = 4  # words from "the" to the company's noun: "the New York company"


def _company_said_of(c: Clause, saying: int, start: int) -> bool:
    """Whether "that the company" (or "that it") opens what the participle at ``saying``
    reports, before the verb at ``start``; or, with no "that", a description of a company: "sued
    Shearline, claiming the New York company had scraped ..." """
    that = next((j for j in range(saying + 1, start) if c.w(j) == "that"), None)
    if that is None:
        the = saying + 1
        described = range(the + 1, min(the + 1 + COMPANY_DESCRIPTION_REACH, start))
        return c.w(the) == "the" and any(
            c.w(j) in {"company", "firm", "startup"} and all(k not in c.cover for k in range(the, j))
            for j in described
        )
    return c.w(that + 1) in {"it", "they"} or (
        c.w(that + 1) == "the" and c.w(that + 2) in {"company", "firm", "startup"}
    )


def _accused_of(c: Clause, start: int) -> tuple[Mention, Mention] | None:
    """ "Acme accused Zenith of using its models": (Zenith, who did it; Acme, who says so)."""
    accused = c.end_at.get(start - 1) if c.w(start - 1) == "of" else None
    verb = accused.start - 1 if accused is not None else start
    if accused is None or accused.possessive or c.w(verb) not in ACCUSING:
        return None
    accuser = c.end_at.get(verb - (c.w(verb - 1) in {"has", "had", "have"}))
    return (accused, accuser) if accuser is not None and not accuser.possessive else None


ON = frozenset({"on", "upon"})  # "Quill, on which Acme built its chatbot", "on which it relies"


def extends(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Calyx-7B extends ESM-2, the protein model released by Meta": a model or product grown
    from another uses it (not "extended its contract with Zenith", nor "extends Zenith's lead")."""
    subj = clause_subject(c, start)
    if subj is None or not all(is_product(e) for e in subj.entities):
        return []
    named = c.start_at.get(end)
    if named is None or named.possessive or not is_product(named.entity):
        return []
    return findings(rule, c, subj, "usesTechnologyOf", [named], start, end)


def builds_on(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme builds its agents on Quill", "Nimbus is based on Zenith's models"."""
    if c.w(end) in {"on", "upon"}:
        return []  # "builds on Quill": the use rule reads the adjacent form
    # "builds its legal-drafting tool on Qwen": a hyphened word counts as one
    targets: list[Mention] = object_right(c, end, ("on", "upon"), gap=hyphened_gap(c, end, 4))
    if not targets and (past := _past_agent(c, end)) is not None:
        targets = object_right(
            c, past, ("on", "upon"), gap=0
        )  # "was built in-house by Velt on Google's Gemini"
    if not targets:  # "Quill, on which Acme built its chatbot"
        targets = relative_object(c, clause_subject(c, start), preposed=ON, bare=False)
    on = next((k for k in range(end, min(end + NAMED_BUILT_REACH, c.last)) if c.w(k) in {"on", "upon"}), None)
    if not targets and on is not None and c.w(on + 1) == "top" and c.w(on + 2) == "of":
        targets = object_right(c, on + 3, gap=1)  # "builds its agents on top of Quill"
    elif not targets and on is not None and _named_between(c, end, on):
        targets = object_right(c, on + 1, gap=1)  # "built its own highlights tool, SpikeReel, on Bedrock"
    built = next((m for m in c.mentions if on is not None and end <= m.start and m.end <= on), None)
    named = built is not None and not built.entity.label.islower()  # ("its transcription models": no name)
    if built is not None and named and is_product(built.entity) and not built.possessive:
        subj: Subject | None = Subject((built.entity,), built.start)  # "built Helper on Quill": Helper
    else:
        subj = clause_subject(c, start)
    if (
        subj is None
        and c.w(start - 1) in {"was", "is", "were", "are"}
        and (made := _named_subject_np(c, start - 1))
    ):
        subj = Subject((made.entity,), made.start)  # "The assistant, called Orchard, was built ... on"
    return findings(rule, c, subj, "usesTechnologyOf", targets, start, end, strength=0.85)


def _named_subject_np(c: Clause, aux: int) -> Mention | None:
    """The product a subject noun phrase names between commas before its auxiliary at ``aux``:
    "The assistant, called Orchard, was built" (Orchard)."""
    named = c.end_at.get(aux - 1) if c.w(aux - 1) == "," else None
    return named if named is not None and is_product(named.entity) and not named.possessive else None


def _past_agent(c: Clause, end: int) -> int | None:
    """Where the words after a passive's agent start ("built in-house by Velt on ..."), or None."""
    for k in range(end, min(end + 4, c.last)):
        if c.w(k) == "by" and (agent := c.start_at.get(k + 1)) is not None:
            return agent.end
        if k in c.cover or not (c.filler(k) or c.w(k) == "-" or c.t.text[k].islower()):
            return None  # (past "in-house")
    return None


NAMED_BUILT_REACH = 9  # tokens from "built" to "on": "its own highlights tool , SpikeReel ,"


def _named_between(c: Clause, end: int, on: int) -> bool:
    """Whether the words from ``end`` to ``on`` are a noun phrase renamed by one product's name
    between commas ("its own highlights tool, SpikeReel,")."""
    names = [m for m in c.mentions if end <= m.start and m.end <= on]
    if len(names) != 1 or not is_product(names[0].entity) or names[0].possessive:
        return False
    m = names[0]
    return (
        c.w(m.start - 1) == ","
        and c.w(m.end) == ","
        and m.end + 1 == on
        and all(c.filler(k) or c.w(k) == "-" for k in range(end, m.start - 1))
    )


PARTICIPLES = frozenset({"built", "based"})
BUILDING = frozenset({"build", "builds", "built", "building"})


def _participle_of(c: Clause, start: int) -> Subject | None:
    """What "built on" / "based on" at ``start`` says of when it follows a name and a comma
    ("Acme launched Helper, built on Quill") or an apposition ("Helper, an assistant built on
    Quill"): that name, not the clause's subject."""
    if c.w(start) not in PARTICIPLES:
        return None
    said_of = (patient_before(c, start) if c.w(start - 1) == "," else None) or apposed_np(c, start)
    return Subject((said_of.entity,), said_of.start) if said_of is not None else None


WORK_REACH = 6  # words of what is sent between the verb and "to": "most reasoning-heavy work"


def send_work(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Forge sends most reasoning-heavy work to Anthropic's Claude", "routes each task to
    Quill": a model that work is sent to is used (money or staff sent to a company is not)."""
    if c.w(end) == "by" or c.w(start - 1) in {"was", "were", "is", "are", "be", "been"}:
        return []  # a passive: who sends is unsaid
    models = [m for m in object_right(c, end, ("to",), gap=WORK_REACH) if m.entity.type == "AIModel"]
    return findings(rule, c, clause_subject(c, start), "usesTechnologyOf", models, start, end, strength=0.8)


def violate(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme violated Zenith's terms of service", "in breach of Zenith's usage policy", "Zenith
    accused Acme of breaching its terms" (Acme breached, Zenith's terms)."""
    accused = _accused_before(c, start) or _said_doer(c, start)
    if accused is None and _unnamed_accused(c, start):
        return []  # "Moraine accuses the startup of breaching": not the accuser's breach
    subj = clause_subject(c, start)
    if accused is not None:  # "accused Zenith and Orbit of": both
        subj = Subject(tuple(m.entity for m in coordinated_right(c, accused)), accused.start)
    if subj is not None and not subj.anaphoric and not all(is_org(e) for e in subj.entities):
        # "... to train Nova, which would violate": who did; else the product itself, whose maker
        # the document may name ("Warble had exceeded the caps in its licence with Harmonia")
        relative = c.w(subj.start - 1) == "which" or (
            c.w(subj.start - 1) == "that"
            and c.w(subj.start - 2) not in COMPLEMENT_VERBS
            and not c.w(subj.start - 2).endswith("ed")
        )
        subj = clause_subject(c, subj.start) or (subj if not relative else None)
    targets: list[Mention] = []
    for k in range(end, min(end + VIOLATED_REACH, c.last)):
        if c.w(k) in {"licence", "license"} and c.w(k + 1) in {"for", "of", "on"} and k + 2 in c.start_at:
            # "breaching the licence for Fenrir, Kjerag's cluster-scheduling software": its maker's
            licensed = c.start_at[k + 2]
            owner = product_owner(c, licensed) or _owner_apposed(c, licensed)
            targets = [owner] if owner is not None else [licensed] if is_product(licensed.entity) else []
            break
        if c.w(k) in CONTRACT_NOUNS and c.w(k + 1) == "with" and (party := object_right(c, k + 2, gap=3)):
            # "breached its contract with Carverton", "... with the cloud provider Cirrowave"
            targets = party[:1] if is_org(party[0].entity) else []
            break
        if k in c.start_at:
            m = c.start_at[k]
            if c.w(m.end) == "-" and not c.spaced(m.end - 1):
                break  # "the Google-owned platform's terms": the platform's, unnamed here
            # ("NVIDIA's end-user terms of sale": a hyphened word counts as one)
            rest = {c.w(j) for j in range(m.end, min(m.end + hyphened_gap(c, m.end, 4), c.last))}
            if rest & {
                "terms",
                "policy",
                "policies",
                "rules",
                "license",
                "licence",
                "agreement",
                "conditions",
                "guidelines",
                "tos",
                "contract",
            }:
                targets = [m]
            break
        if c.w(k) in {"terms", "policy", "policies", "rules", "agreement"} and not _deal_with_after(c, k):
            # "the terms of service of Acme", "the terms of Acme"
            targets = [
                c.start_at[j]
                for j in range(k + 2, min(k + 6, c.last))
                if j in c.start_at and c.w(j - 1) == "of"
            ][:1]
            if not targets and (ofs := [j for j in range(k + 1, min(k + 4, c.last)) if c.w(j) == "of"]):
                # "the terms of service of the property site Zenith": a description before the name
                targets = [m for m in object_right(c, ofs[-1] + 1) if is_org(m.entity)][:1]
            break
    if not targets and subj is not None and _terms_of_its(c, end):
        # "OpenAI said Zenith breached its usage policies": whose terms "its" are is the other
        # organisation named before the verb (the speaker, the one who revoked access)
        reporter = _finder_of(c, start)  # "after OpenAI determined that it had broken its terms"
        targets = (
            [reporter]
            if reporter is not None and reporter.entity not in subj.entities
            else [
                m
                for m in c.mentions
                if m.start < start
                and is_org(m.entity)
                and m.entity not in subj.entities
                and not (c.w(m.end) == "-" and c.w(m.end + 1).endswith("ed"))  # ("the YC-backed startup")
                and (not m.possessive or c.w(m.end + 1) in COMPLAINT_NOUNS | USED_THINGS)  # "Acme's lawsuit"
            ][:1]
        )
        if targets and c.w(end) == "their":  # "Acme and Orbit accused Zenith of breaching their terms"
            targets = [m for m in coordinated_right(c, targets[0]) if m.start < start]
        # (the breach is stated from its doer on: "Zenith terminated its agreement with Acme after
        # Acme breached its acceptable-use policy" ends no breach)
        return findings(rule, c, subj, "violatesTermsOf", [m.entity for m in targets], start, end)
    judged = subj is not None and all(e.type == "GovernmentBody" for e in subj.entities)
    # ("Reddit cut Verity off after the startup breached Reddit's terms": not Reddit itself)
    own_terms = subj is not None and {e.id for e in subj.entities} <= {m.entity.id for m in targets}
    if (subj is None or judged or own_terms) and targets and _unnamed_breacher(c, start):
        subj = _other_party(c, start, targets)  # (a court finds a breach; it breaches nothing)
    return findings(rule, c, subj, "violatesTermsOf", targets, start, end)


def _owner_apposed(c: Clause, product: Mention) -> Mention | None:
    """The organisation whose possessive opens the apposition after ``product``: "Fenrir,
    Kjerag's cluster-scheduling software"."""
    owner = c.start_at.get(product.end + 1) if c.w(product.end) == "," else None
    return owner if owner is not None and owner.possessive and is_org(owner.entity) else None


def calls_its(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "a vision processor it calls the GX-20", "a small in-house checker that Keyworks calls
    Gatekeeper": what a company names in a relative clause on a thing of its own it makes."""
    before = c.w(start - 1)
    if c.w(start) == "called":
        called = [m for m in object_right(c, end, gap=0) if is_product(m.entity) and not m.possessive][:1]
        if (owner := _possessor_before_comma(c, start)) is not None:
            # "Ferrand's fleet dashboard, called Corvid, lets ...": the possessor makes it
            return findings(rule, c, Subject((owner.entity,), owner.start), "develops", called, start, end)
        if (owned := _its_own_before(c, start)) is not None:
            # "Givaudan, which has its own AI-assisted creation tool called Carto": the owner's
            return findings(rule, c, clause_subject(c, owned), "develops", called, owned, end, strength=0.85)
    if before not in {"it", "they"} and start not in c.end_at:
        return []
    namer = start - 1 if before in {"it", "they"} else c.end_at[start].start
    noun = c.alpha(namer - 1) and c.t.text[namer - 1].islower() and c.w(namer - 1) not in CONJUNCTIONS
    if c.w(namer - 1) not in {"that", "which"} and not noun:
        return []  # a noun or a relative word before the namer: "a processor it calls", "... that X calls"
    named = c.start_at.get(end + (c.w(end) == "the"))
    if named is None or named.possessive or not is_product(named.entity):
        return []
    if c.w(named.end) in {"through", "via", "over", "from", "in", "on"}:
        return []  # "Listwell calls Claude through Amazon Bedrock": an API called, no name given
    return findings(rule, c, clause_subject(c, start), "develops", [named], start, end, strength=0.85)


def _possessor_before_comma(c: Clause, start: int) -> Mention | None:
    """The organisation whose possessive opens the noun phrase before ", called" at ``start``
    ("Ferrand's fleet dashboard, called"), or None."""
    if c.w(start - 1) != ",":
        return None
    for k in range(start - 2, max(c.first, start - 7), -1):
        if c.w(k) in POSSESSIVE_MARKS:
            owner = c.end_at.get(k)
            return owner if owner is not None and is_org(owner.entity) and k + 1 < start - 1 else None
        if k in c.cover or not (c.filler(k) or c.w(k) == "-"):
            return None
    return None


def _its_own_before(c: Clause, start: int) -> int | None:
    """Where "its own" opens the unnamed noun phrase that ends before ``start`` ("its own
    AI-assisted creation tool called"), or None."""
    for k in range(start - 1, max(c.first, start - 7), -1):
        if c.w(k) == "own" and c.w(k - 1) in {"its", "their"}:
            return k - 1 if k + 1 < start else None
        if k in c.cover or not (c.filler(k) or c.w(k) == "-"):
            return None
    return None


PARALLEL_REACH = 8  # words of the first use's purpose: "to transcribe depositions"


def _parallel_use(c: Clause, used: Mention) -> int | None:
    """Where a second thing used for another purpose starts: "uses Scribe 4 to transcribe
    depositions and Anthropic's Claude to summarize them" (the name after "and" that a second
    "to" follows), or None."""
    k = used.end
    if c.w(k) != "to":
        return None
    for j in range(k + 2, min(k + PARALLEL_REACH, c.last - 1)):
        if j in c.cover or c.w(j) in {",", ";", "."}:
            return None
        if c.w(j) == "and" and (named := c.start_at.get(j + 1)) is not None:
            after = c.start_at.get(named.end + 1) if named.possessive else named
            return j + 1 if after is not None and c.w(after.end) == "to" else None
    return None


def in_development(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "A successor, the Ridge R3, is in development at Corvel": the organisation it is being
    developed at makes it."""
    made = clause_subject(c, start)
    if made is None or not all(is_product(e) for e in made.entities):
        return []
    makers = [m for m in object_right(c, end, gap=1) if is_org(m.entity) and not m.possessive]
    if not makers:
        return []
    maker = Subject((makers[0].entity,), made.start)  # (read from the product: "is" and its hedges)
    return findings(rule, c, maker, "develops", list(made.entities), start, end)


def sells_its_own(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "FrostLine, the subscription service Bogwise sells to growers": what a company sells,
    described by its kind of product right before the seller, is its own make (not "the Nvidia
    chips Acme resells", nor "Acme sells Quill")."""
    seller = c.end_at.get(start)
    if seller is None or seller.possessive or c.w(seller.start - 1) not in PRODUCT_KINDS:
        return []
    subj = Subject((seller.entity,), seller.start)
    sold = [m for m in relative_object(c, subj) if is_product(m.entity) and not m.possessive]
    return findings(rule, c, subj, "develops", sold, start, end)


SOLD_UNDER_REACH = 6  # words from the maker's possessive to "under": "Kelpwise's software, sold under"
SELLING = frozenset({"sells", "sold", "markets", "marketed", "offers", "offered", "ships", "shipped"})


def sold_under(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Kelpwise's software, sold under the name Holdfast", "Kelpwise sells its software under
    the name Holdfast": the name a company's product is sold under is its own make."""
    named = c.start_at.get(end)
    if named is None or not is_product(named.entity):
        return []
    k = start - 1
    while k > c.first and start - k <= SOLD_UNDER_REACH and c.w(k) not in POSSESSIVE_MARKS:
        k -= 1
    owner = c.end_at.get(k) if c.w(k) in POSSESSIVE_MARKS else None
    if owner is not None and is_org(owner.entity):
        maker: Subject | None = Subject((owner.entity,), owner.start)
    elif any(
        c.w(j) in SELLING and c.w(j - 1) != "," for j in range(max(c.first, start - SOLD_UNDER_REACH), start)
    ):
        maker = clause_subject(c, start)  # "Kelpwise sells its software under the name Holdfast"
    else:
        return []  # "CCEP agreed to buy 12,000 of the machines, sold under the name": no make of the buyer
    return findings(rule, c, maker, "develops", [named], start, end)


WORK_WITH_REACH = 6  # words of the work between its verb and "with": "concept art", "its listings"


def work_with(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "ListWise drafts its text with Anthropic's Claude", "Brintons has been generating concept
    art with Adobe's Firefly": a product its work is done with is used (not "text generated with
    Meta's Llama 2": a participle says how the text was made, not who made it)."""
    verb = c.w(start)
    if verb.endswith("ed") and not (c.w(start - 1) in AUX | {"which", "that", "who"} or start in c.end_at):
        return []
    for k in range(end, min(end + WORK_WITH_REACH, c.last)):
        if c.w(k) == "with":
            tools = [m for m in object_right(c, k + 1, gap=0) if is_product(m.entity) and not m.possessive]
            owner = c.start_at.get(k + 1)
            if not tools and owner is not None and owner.possessive:
                tools = [m for m in object_right(c, owner.end + 1, gap=0) if is_product(m.entity)]
            return findings(rule, c, clause_subject(c, start), "usesTechnologyOf", tools[:1], start, end)
        if k in c.cover or not c.filler(k):
            return []
    return []


TERMS_WORDS = frozenset(
    {"terms", "policy", "policies", "rules", "license", "licence", "agreement", "conditions", "contract"}
)
TERMS_REACH = 5  # words of "usage policy", "terms of service" between the owner and the verb
# Words a named set of terms is written with: "seller terms", "terms of service", "usage policy".
TERMS_PHRASE_WORDS = TERMS_WORDS | {"of", "service", "use", "usage", "seller", "developer", "api"}


def forbidden(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Cipher & Key had been selling prop packs to other operators, something Brightloom's
    licence forbids": who did what the clause before tells breaches the owner's terms."""
    k = start - 1
    while k > c.first and start - k <= TERMS_REACH and c.w(k) not in POSSESSIVE_MARKS:
        if c.w(k) not in TERMS_PHRASE_WORDS:
            return []
        k -= 1
    owner = (
        c.end_at.get(k)
        if c.w(k) in POSSESSIVE_MARKS and TERMS_WORDS & set(c.words[k - c.first : start - c.first])
        else None
    )
    if owner is None or not is_org(owner.entity):
        return []
    opener = owner.start - 1
    if c.w(opener) not in {"something", "which", "what"} or c.w(opener - 1) != ",":
        return []
    doer = _doer_before(c, opener - 1)
    return findings(rule, c, doer, "violatesTermsOf", [owner], start, end) if doer is not None else []


def _doer_before(c: Clause, comma: int) -> Subject | None:
    """The named subject of the last clause before ``comma`` ("Cipher & Key had been selling
    ...", "Rampart was caught querying ..."): a name right before its auxiliary, or before the
    one noun that names its staff ("PestPath employees had ...")."""
    for j in range(comma - 1, c.first, -1):
        if c.w(j) not in AUX:
            continue
        named = c.end_at.get(j) or (
            c.end_at.get(j - 1) if c.alpha(j - 1) and c.t.text[j - 1].islower() else None
        )
        if named is not None and not named.possessive and is_org(named.entity):
            return Subject((named.entity,), named.start)
    return None


def _unnamed_breacher(c: Clause, start: int) -> bool:
    """Whether "it" or "the (Bristol) company" is the subject of the breaching verb at ``start``."""
    k = start - 1
    while k > c.first and c.w(k) in {"had", "has", "have", "was", "also", "repeatedly"}:
        k -= 1
    if c.w(k) == "it":
        return True
    return c.w(k) in ANAPHOR_NOUNS and "the" in {c.w(k - 1), c.w(k - 2)} and k - 1 not in c.cover


def _other_party(c: Clause, start: int, targets: list[Mention]) -> Subject | None:
    """The one organisation named before ``start`` that does not own the terms: "granted Quenta
    an injunction against Instep Vision, finding that the Bristol company had violated Quenta's
    terms" (Instep)."""
    owners = {m.entity.id for m in targets}
    others = {
        m.entity.id: m
        for m in c.mentions
        if m.start < start
        and is_org(m.entity)
        and m.entity.type != "GovernmentBody"
        and not m.possessive
        and m.entity.id not in owners
    }
    if len(others) != 1:
        return None
    (m,) = others.values()
    return Subject((m.entity,), m.start)


# Verbs by which a party finds or says another broke its terms: "OpenAI determined that ...".
FINDING_VERBS = frozenset({"determined", "found", "concluded", "discovered", "said", "says"})
FINDING_VERBS |= {"alleged", "alleges", "claimed", "claims"}


def _finder_of(c: Clause, pos: int) -> Mention | None:
    """The organisation whose finding a "that" clause before ``pos`` reports ("OpenAI determined
    that it had broken its terms"), or None."""
    for k in range(pos - 1, max(c.first, pos - 8), -1):
        if c.w(k) == "that" and c.w(k - 1) in FINDING_VERBS:
            m = c.end_at.get(k - 1)
            return m if m is not None and is_org(m.entity) and not m.possessive else None
    return None


CONTRACT_NOUNS = frozenset({"contract", "agreement", "licence", "license", "lease", "deal"})
VIOLATED_REACH = 12  # words from the verb to the deal's other side: "the terms of a 2024 ... agreement with"


def _deal_with_after(c: Clause, k: int) -> bool:
    """Whether "the terms" at ``k`` are those of a deal "with" a party named further on."""
    return any(
        c.w(j) in CONTRACT_NOUNS and c.w(j + 1) == "with" for j in range(k + 1, min(k + 8, c.last - 1))
    )


# What carries a party's accusation, its possessor the accuser: "Acme's lawsuit claims ...".
COMPLAINT_NOUNS = frozenset({"lawsuit", "suit", "complaint", "filing", "lawyers", "letter", "claim"})
# What of another's a party uses in breach of that other's terms: "used Acme's models in breach
# of its terms" (Acme's terms).
USED_THINGS = frozenset({"models", "model", "api", "data", "site", "website", "platform", "content"})


# What a provider's cutting off a party is for, when it says the party broke its rules: "for
# running a scraping bot", "which its policy forbids", "in breach of its terms", "after finding
# that it had used its models to build its own". A cut-off for other reasons ("the reason was
# competitive rather than a breach", "did not want a rival's owner using its models") is none.
BREACH_WORDS = frozenset(
    {"breach", "breached", "breaching", "breaches", "violated", "violating", "violation", "violations"}
    | {"broke", "broken", "breaking", "forbid", "forbids", "forbade", "forbidden", "prohibits"}
    | {"prohibited", "misuse", "misused", "misusing", "abuse", "abused", "abusing", "scraping", "scraped"}
)
BUILD_WORDS = frozenset({"build", "train", "develop", "create", "make"})
NOT_A_BREACH = frozenset({"not", "no", "than", "without", "denied", "denies"})
# What of a party's is cut off: "suspended Acme's account", "an account belonging to Acme",
# "revoked the access of Acme".
ACCOUNT_WORDS = frozenset({"account", "accounts", "access", "api", "key", "keys", "licence", "license"})


# Who sets terms of service a ban enforces: a company or lab, not a government or a paper.
TERMS_SETTERS = frozenset({"Company", "ResearchLab", "Organization"})


def cut_off(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """A provider cutting off a party for breaking its rules: "Zenith suspended an account
    belonging to Acme after finding that Acme had used its models to build its own", "Zenith
    banned Acme for scraping its site", "Acme was banned by Zenith for ..." (Acme violates
    Zenith's terms). Without a reason that is a breach, nothing."""
    if c.w(start - 1) in {"a", "an", "the", "its", "their", "-"}:
        return []  # a noun: "a ban on", "the bar"
    if c.w(end) == "by":
        agents = object_right(c, end + 1, gap=1)
        party = clause_subject(c, start)
        if not agents or party is None or party.anaphoric:
            return []
        cut, provider = party.entities, agents[0]
        after = agents[0].end
    else:
        provider_subject = clause_subject(c, start)
        cutee = _cut_off_party(c, end)
        if provider_subject is None or len(provider_subject.entities) != 1 or cutee is None:
            return []
        said = next((m for m in c.mentions if m.start == provider_subject.start), None)
        if said is None or said.entity.id != provider_subject.entities[0].id:
            return []
        cut, provider, after = (cutee.entity,), said, cutee.end
    if provider.entity.type not in TERMS_SETTERS or not all(_may_be_cut_off(e) for e in cut):
        return []  # a government's ban enforces a law, not terms of service
    if not _for_a_breach(c, after):
        return []
    subj = Subject(tuple(cut), start)
    return findings(rule, c, subj, "violatesTermsOf", [provider], start, end)


def _may_be_cut_off(e: Entity) -> bool:
    """An organisation, or an app (whose maker broke the terms: the pipeline moves it there)."""
    return is_org(e) or e.type == "Product"


def _cut_off_party(c: Clause, end: int) -> Mention | None:
    """Whom a cutting verb ending at ``end`` cuts off: "Acme", "Acme's account", "the startup
    Acme", "an account belonging to Acme", "the access of Acme" (not "its partnership with
    Acme", nor "access to Acme's API", whose owner is the provider)."""
    k = end + (c.w(end) == "off")
    for j in range(k, min(k + 6, c.last)):
        if j in c.start_at:
            m = c.start_at[j]
            if m.possessive:
                return m if j == k and c.w(m.end + 1) in ACCOUNT_WORDS else None
            return m if _may_be_cut_off(m.entity) else None
        word = c.w(j)
        if word in {"its", "their"} or (word in PREPOSITIONS and word not in {"of", "to"}) or not c.alpha(j):
            return None
        if word == "to" and c.w(j - 1) != "belonging":
            return None
    return None


def _for_a_breach(c: Clause, pos: int) -> bool:
    """Whether the words after the party cut off give a breach as the reason: "for" and a
    gerund ("for running a scraping bot", "for crypto mining"), a breach word not denied, or
    using something "to build" or "train" another."""
    words = [c.w(k) for k in range(pos, c.last)]
    for i, w in enumerate(words):
        if w in BREACH_WORDS and not NOT_A_BREACH & set(words[max(0, i - 3) : i]):
            return True
        if w == "for" and any(x.endswith("ing") and len(x) > 4 for x in words[i + 1 : i + 4]):
            return True
        if w in {"used", "using", "use"} and any(
            words[j] == "to" and words[j + 1] in BUILD_WORDS for j in range(i + 1, min(i + 7, len(words) - 1))
        ):
            return True
    return False


def _terms_of_its(c: Clause, end: int) -> bool:
    """Whether "its"/"their" opens the terms a violation verb ending at ``end`` names."""
    # (a hyphened word counts as one: "its acceptable-use policy")
    words = range(end + 1, end + 1 + hyphened_gap(c, end + 1, 3))
    return c.w(end) in {"its", "their"} and any(c.w(k) in TERMS_WORDS for k in words)


# Before a move away, words that leave the old host in place ("has no plans to move off").
UNSURE = NEGATIONS | HEDGES


def leave(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """Leaving a cloud: "Zenith left Nimbus in 2023" (hosted there no longer; hedging reads the
    verb as undoing); an organisation leaving a supplier it names plainly ("and left CoreWeave
    that same year") is its customer no more. People leave companies, but are no subjects here."""
    if c.w(start - 1) in {"a", "an", "the", "its", "their"}:
        return []  # "an exit", "the exit": a noun
    subj = clause_subject(c, start)
    if subj is not None and any(c.w(k) in UNSURE for k in range(subj.start, start)):
        return []  # "plans to leave Nimbus", "has no plans to leave": it is still there
    clouds = clouds_right(c, end, gap=1)
    if clouds or subj is None or not all(is_org(e) for e in subj.entities):
        return findings(rule, c, subj, "hostedOn", clouds, start, end)
    left = [m for m in object_right(c, end, gap=0) if is_org(m.entity) and not m.possessive]
    return findings(rule, c, subj, "customerOf", left[:1], start, end)


def _models_to(c: Clause, end: int) -> list[Mention]:
    """The models a switch goes "to": a model named, or an organisation's "models"."""
    return [
        m
        for m in object_right(c, end, ("to", "onto"), gap=3)
        if m.entity.type == "AIModel"
        or (m.possessive and is_org(m.entity) and MODEL_NOUNS & {c.w(k) for k in range(m.end + 1, m.end + 5)})
    ]


# What a company moves between compute providers, which hosts it wherever it goes.
COMPUTE_MOVED = frozenset({"inference", "workloads", "workload", "training", "compute", "hosting", "traffic"})


def _compute_moved(c: Clause, end: int) -> bool:
    """Whether the verb's object is compute ("its inference", "all of its training workloads"),
    so the companies it moves between are its hosts, clouds or not."""
    return any(c.w(k) in COMPUTE_MOVED for k in range(end, min(end + 5, c.last)))


CLOUD_PLACES = frozenset({"cloud", "region", "regions", "tenant", "environment", "account", "data"})


def _cloud_named_as_such(c: Clause, m: Mention) -> bool:
    """Whether the word ending or following ``m`` calls it a cloud ("Microsoft's Azure cloud",
    "its Azure tenant"), not a model service."""
    # (its own last word too: "Azure cloud")
    return c.t.lower[m.end - 1] in CLOUD_PLACES or c.w(m.end) in CLOUD_PLACES


def _product_named_before(c: Clause, subj: Subject | None, pos: int) -> Subject | None:
    """The product "it" means after a verb at ``pos``: the last one named before, not the mover,
    and no preposition's object where another is not ("retrains Cirrus-7 on Google's TPUs and
    serves it from Google Cloud": Cirrus-7)."""
    candidates = [
        m
        for m in c.mentions
        if m.end <= pos
        and productish(m.entity)
        and m.entity.type != "CloudPlatform"
        and not (subj is not None and m.entity in subj.entities)
    ]
    direct = [m for m in candidates if not object_after_preposition_or_name(c, np_start(c, m))]
    chosen = (direct or candidates)[-1:]
    return Subject((chosen[0].entity,), chosen[0].start) if chosen else None


def move(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """Moves between clouds: "Acme moved its workloads from Nimbus to Zenith Cloud" (hosted on
    Zenith Cloud now; on Nimbus no longer: the "from" phrase reads negated)."""
    subj = clause_subject(c, start)
    if c.w(end) == "it" and (product := _product_named_before(c, subj, start)) is not None:
        subj = product  # "FieldMind's back end ran on AWS until Brask migrated it to Azure"
    if (making := _making_moved(c, end)) is not None:
        # "Varden moved production to TSMC": buys its making from the new maker, no more from the old
        to = [m for m in object_right(c, making, ("to",), gap=1) if is_org(m.entity) and not m.possessive]
        out = findings(rule, c, subj, "customerOf", to, start, making + 1)
        if c.w(making) == "from":
            old = [m for m in object_right(c, making + 1, gap=1) if is_org(m.entity) and not m.possessive]
            out += findings(rule, c, subj, "customerOf", old, start, making + 1)
            if old:
                to = [m for m in object_right(c, old[-1].end, ("to",), gap=1) if is_org(m.entity)]
                out += findings(rule, c, subj, "customerOf", to, old[-1].end, old[-1].end + 1)
        return out
    moved = object_right(c, end, gap=2)
    if moved and is_product(moved[0].entity) and moved[0].entity.type != "CloudPlatform":
        # "moved Fogwatch to Hetzner, the German hosting company": the product now runs there
        # (the rest, "move Zenith's Helper onto Nimbus", the pair classifier reads)
        carried = moved[0]
        hosts = [
            m
            for m in object_right(c, carried.end, ("to", "onto"), gap=0)
            if not m.possessive and (m.entity.type == "CloudPlatform" or _described_host(c, m))
        ]
        # (read from the mover, so that "would migrate Clerk to Azure" is read as a plan)
        moved_by = Subject((carried.entity,), subj.start if subj is not None else carried.start)
        return findings(rule, c, moved_by, "hostedOn", hosts, start, end)
    went_to = clouds_right(c, end, ("to", "onto"), gap=6)
    compute = _compute_moved(c, end)  # "moved its inference entirely from Fireworks AI to Groq"
    if not went_to and compute:
        went_to = [
            m for m in object_right(c, end, ("to", "onto"), gap=6) if is_org(m.entity) and not m.possessive
        ]  # (not "onto Nvidia GPUs rented from CoreWeave": the maker of the goods moved onto)
        went_to = [m for m in went_to if c.w(m.end) not in GOODS_NOUNS]
    out = findings(rule, c, subj, "hostedOn", went_to, start, end)
    if not went_to and c.w(start).startswith(("switch", "mov", "migrat")):
        # "In October it switched to Mistral's open-weight models": a model now used
        models = _models_to(c, end)
        out += findings(rule, c, subj, "usesTechnologyOf", models, start, end)
        if not models and c.w(start).startswith("switch"):
            # "Bellwether switched to Dray last year": a customer of the vendor it switched to
            vendors = object_right(c, end, ("to",), gap=0)
            vendors = [m for m in vendors if is_org(m.entity) and not m.possessive]
            out += findings(rule, c, subj, "customerOf", vendors, start, end)
    at = next((k for k in range(end, min(end + 7, c.last)) if c.w(k) in {"from", "off"}), None)
    doubted = subj is not None and any(c.w(k) in UNSURE for k in range(subj.start, start))
    if at is not None and not doubted:  # "has no plans to move off Nimbus": it stays there
        left = clouds_right(c, at + 1, gap=2)
        if not left and compute:
            left = [m for m in object_right(c, at + 1, gap=2) if is_org(m.entity) and not m.possessive]
        out += findings(rule, c, subj, "hostedOn", left, start, at + 1)
        if left and not went_to:  # "its internal systems off Nimbus and onto Zenith Cloud"
            # (a move off a cloud lands on a host, named as a company too: "and onto Lambda")
            went_to = [m for m in object_right(c, left[-1].end, ("to", "onto"), gap=2) if not m.possessive]
            went_to = [m for m in went_to if m.entity.type == "CloudPlatform" or is_org(m.entity)]
            out += findings(rule, c, subj, "hostedOn", went_to, start, end)
    return out


HOSTING_WORDS = frozenset({"hosting", "cloud", "hyperscaler"})  # "the German hosting company"


def _described_host(c: Clause, m: Mention) -> bool:
    """Whether the apposition after the organisation ``m`` calls it a host ("Hetzner, the
    German hosting company", "Crusoe, a cloud provider")."""
    if not is_org(m.entity) or c.w(m.end) != "," or c.w(m.end + 1) not in {"a", "an", "the"}:
        return False
    return word_ahead(c, m.end + 2, HOSTING_WORDS, 4) is not None


# Nouns for a maker's work a company moves to another maker ("moved production to TSMC").
PRODUCTION_WORK = frozenset({"production", "manufacturing", "fabrication", "assembly", "packaging"})


def _making_moved(c: Clause, end: int) -> int | None:
    """Where "to" or "from" stands after a making that a move names ("moved production to",
    "moved its chip production from Orbit to"), or None."""
    for k in range(end, min(end + 4, c.last)):
        if c.w(k) in PRODUCTION_WORK:
            return k + 1 if c.w(k + 1) in {"to", "from"} else None
        if k in c.cover or not c.filler(k):
            return None
    return None


def reached_through(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Gemini, which Copydesk calls through Google's Vertex AI service", "relies on GPT-4.1,
    accessed through Microsoft's Azure OpenAI Service": a product that reaches a model through a
    cloud service runs on that service."""
    # ("Google's Vertex AI service" comes as Vertex AI: ``object_right`` reads past a possessive)
    services = [
        o
        for o in object_right(c, end, gap=2)
        if not o.possessive and (o.entity.type == "CloudPlatform" or is_product(o.entity))
    ]
    if not services:
        return []
    k = start - 1
    if c.w(k) == ",":  # "GPT-4.1, accessed through": the clause's subject reaches it
        model = c.end_at.get(k)
        user = clause_subject(c, model.start) if model is not None and is_product(model.entity) else None
        maker = c.end_at.get(model.start - 1) if model is not None else None
        if user is not None and maker is not None and maker.possessive and maker.start == user.start:
            return []  # "Anthropic's Claude, accessed through Amazon Bedrock": by whoever uses it
    else:  # "which Copydesk calls through", "which it calls through"
        user = clause_subject(c, start)
    if user is None or any(e.id == s.entity.id for e in user.entities for s in services):
        return []
    called: list[Found] = []
    if c.w(start).startswith(("call", "reach")):  # "Claude, which Skarv calls through Anthropic's API"
        models = [m for m in relative_object(c, user) if is_product(m.entity)]
        called = findings(rule, c, user, "usesTechnologyOf", models, start, end, strength=0.8)
    if not all(is_product(e) for e in user.entities):
        # an organisation that reaches Claude through Bedrock uses Bedrock; through "Microsoft's
        # Azure cloud" it runs on the cloud (as writers list it: read as buying from the cloud,
        # four readings in three rounds were false and one hosting was missed)
        clouds = [o for o in services if o.entity.type == "CloudPlatform" and _cloud_named_as_such(c, o)]
        tools = [o for o in services if o not in clouds]
        return (
            called
            + findings(rule, c, user, "usesTechnologyOf", tools, start, end, strength=0.8)
            + findings(rule, c, user, "hostedOn", clouds, start, end, strength=0.8)
        )
    return called + findings(rule, c, user, "hostedOn", services, start, end, strength=0.8)
