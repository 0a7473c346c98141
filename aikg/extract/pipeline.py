"""Article text in, sourced claims out: sentences, mentions, relations, status, qualifiers.

A pure function of the document and the name index: no I/O and no store, so the same text
always yields the same claims, and the graph layer alone decides what to keep.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any

from aikg.extract.anaphora import (
    backed_startup,
    described_subject,
    descriptions,
    opens_with_noun,
    opens_with_reference,
    speaker_mention,
    topic_mention,
)
from aikg.extract.classifier import decide, sentence_pairs
from aikg.extract.defined_terms import DEFINITION_REACH
from aikg.extract.discovery import maker_prefix
from aikg.extract.furniture import page_furniture
from aikg.extract.hedging import HOLDERS, REPORTING, Assessment, assess
from aikg.extract.mentions import Mention, Mentions, find_mentions
from aikg.extract.name_kinds import DEFINED_TERMS, ORG_TYPES, PRODUCT_TYPES
from aikg.extract.offerings import Offering, named_offering, offerings
from aikg.extract.qualifiers import qualifier_values, revenue_shares
from aikg.extract.rebuttals import rebuttal, rebutted_within
from aikg.extract.rules.base import LINE_PREDICATES, product_line, related_pairs
from aikg.extract.rules.investment import raised_money
from aikg.extract.rules.nouns import IRREGULAR_PAST, ROLES
from aikg.extract.rules.relations import (
    Found,
    Reading,
    RevenueShare,
    Trigger,
    argument_slots,
    find_triggers,
    read_relations,
)
from aikg.extract.rules.shared import FABRICATING
from aikg.extract.rules.words import TRADE_NOUNS
from aikg.extract.sentences import Sentence, document_sentences
from aikg.extract.speakers import (
    first_person_speaker,
    narrator_turns,
    past_labels,
    turn_labels,
    turn_speakers,
)
from aikg.extract.tables import table_claims
from aikg.extract.undoing import (
    BREACH_WORDS,
    SWITCHED,
    breach_denied,
    cut_off_access,
    ends_deal,
    may_undo_previous,
    switched_away,
    told_in_past,
    undoes_previous,
)
from aikg.ontology.models import Claim, Document, Entity, Evidence, Extraction, Qualifiers, Status
from aikg.ontology.registry import NameIndex, normalise
from aikg.ontology.vocab import vocabulary

ACCUSATORY = frozenset({"violatesTermsOf"})
SHARE_REACH = 3  # sentences back a "this deal accounts for 25% of X's revenue" may look
TOPIC_REACH = 2  # sentences without a name that "it" may still refer back across
DESCRIBED_REACH = 4  # sentences after "Vantor, a chip startup" that "the startup" still means Vantor
MAX_SENTENCE_TOKENS = 300  # a news sentence runs to 20-60 words; past this it is not one


@dataclass(slots=True)
class _Draft:
    """A claim being assembled from every sentence that supports it."""

    subject: str
    predicate: str
    object: str
    status: Status
    confidence: float
    qualifiers: dict[str, Any]
    evidence: list[Evidence]
    sentences: list[Sentence]
    reported_by: str | None
    starts: set[int] = field(default_factory=set)  # of ``evidence``: a claim a long article
    # repeats a thousand times must not rescan its evidence on every repeat (that was quadratic)
    earlier: bool = True  # every sentence states it in the past perfect ("had run on Azure")
    past: bool = True  # every sentence states it in a past tense ("used", "had run")
    learned: bool = True  # only the relation model read it, never a rule
    fabricated: bool = True  # every sentence reads it from a verb of manufacture ("TSMC makes the K9")

    def merge(
        self,
        confidence: float,
        qualifiers: dict[str, Any],
        evidence: Evidence,
        sentence: Sentence,
        reported_by: str | None,
    ) -> None:
        """Fold in one more sentence that states the same claim."""
        self.confidence = max(self.confidence, confidence)
        for key, value in qualifiers.items():
            if self.qualifiers.get(key) is None and value is not None:
                self.qualifiers[key] = value
        if not self.starts:
            self.starts.update(e.start for e in self.evidence)
        if evidence.start not in self.starts:
            self.starts.add(evidence.start)
            self.evidence.append(evidence)
            self.sentences.append(sentence)
        self.reported_by = self.reported_by or reported_by

    def claim(self) -> Claim:
        """The finished claim, evidence in text order."""
        return Claim(
            subject=self.subject,
            predicate=self.predicate,
            object=self.object,
            status=self.status,
            confidence=self.confidence,
            qualifiers=Qualifiers(**self.qualifiers),
            evidence=tuple(sorted(self.evidence, key=lambda e: e.start)),
            reported_by=self.reported_by,
        )


@dataclass(slots=True)
class _Claims:
    """Claims of one document, merged by (subject, predicate, object, status)."""

    document: Document
    drafts: dict[tuple[str, str, str, Status], _Draft] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    quotes: dict[int, Evidence] = field(default_factory=dict)  # by sentence index: built once
    thwarted: set[tuple[str, str, str]] = field(default_factory=set)  # deals a sentence says died
    refuted: set[tuple[str, str, str]] = field(default_factory=set)  # what the text says is not so

    def evidence(self, sentence: Sentence) -> Evidence:
        """The evidence ``sentence`` gives (one frozen model shared by every claim it supports)."""
        found = self.quotes.get(sentence.index)
        if found is None:
            found = Evidence(
                document=self.document.id, sentence=sentence.text, start=sentence.start, end=sentence.end
            )
            self.quotes[sentence.index] = found
        return found

    def add(self, found: Found, sentence: Sentence, judged: Assessment) -> None:
        """Merge what ``sentence`` states into its claim, with qualifiers and evidence."""
        s, p, o = vocabulary().canonical(found.subject.id, found.predicate, found.object.id)
        window = (
            sentence.char(found.window[0]) - sentence.start,
            sentence.char(found.window[1] - 1) - sentence.start,
        )
        # Plain values, merged per claim: one Qualifiers model is built when the claim is.
        qualifiers = qualifier_values(found.predicate, sentence.text, window, anywhere=not found.nominal)
        if found.nominal:  # background facts in an apposition are not dated by the sentence
            qualifiers["point_in_time"] = None
        evidence = self.evidence(sentence)
        reported_by = judged.reported_by.id if judged.reported_by else None
        key = (s, p, o, judged.status)
        if p in THWARTABLE and judged.status == Status.NEGATED and ends_deal(judged.cue):
            self.thwarted.add((s, p, o))
        if judged.status == Status.NEGATED and judged.cue in FLAT_DENIALS and not _attributed(sentence):
            self.refuted.add((s, p, o))  # "Halvor did not buy Pallas Vision." (not "Orbit said ...")
        draft = self.drafts.get(key)
        if draft is None:
            self.drafts[key] = _Draft(
                s,
                p,
                o,
                judged.status,
                judged.confidence,
                qualifiers,
                [evidence],
                [sentence],
                reported_by,
            )
        else:
            draft.merge(judged.confidence, qualifiers, evidence, sentence, reported_by)
        draft = self.drafts[key]
        draft.learned = draft.learned and found.rule == "model"
        draft.fabricated = draft.fabricated and _fabricating(sentence, found)
        # the model's span opens after the subject: "The operator had stored its imagery on AWS"
        verb = _verb_after(sentence, found.trigger[0]) if found.rule == "model" else found.trigger[0]
        draft.earlier = draft.earlier and _past_perfect(sentence, verb)
        draft.past = draft.past and (draft.earlier or _simple_past(sentence, found.trigger[0]))
        for entity in (found.subject, found.object, judged.reported_by):
            if entity is not None:
                self.entities.setdefault(entity.id, entity)

    def attach_share(self, share: RevenueShare, sentence: Sentence) -> None:
        """Give the customer relation a recent sentence named its share of ``owner``'s revenue."""
        values = revenue_shares(sentence.text)
        if not values:
            return
        candidates = [
            d
            for d in self.drafts.values()
            if d.predicate == "customerOf"
            and d.object == share.owner.id
            and d.status.is_direct
            and any(
                sentence.index - SHARE_REACH <= x.index <= sentence.index and x.section == sentence.section
                for x in d.sentences
            )
        ]
        if not candidates:
            return
        draft = max(candidates, key=lambda d: max(x.index for x in d.sentences))
        if draft.qualifiers.get("share") is None:
            draft.qualifiers["share"] = values[0].value
        evidence = self.evidence(sentence)
        if all(e.start != evidence.start for e in draft.evidence):
            draft.evidence.append(evidence)
            draft.sentences.append(sentence)

    def claims(self, defunct: frozenset[str] = frozenset()) -> tuple[Claim, ...]:
        """Every claim, in the order the document first states them.

        An acquisition the document says was blocked or collapsed is no fact where another
        sentence tells of the agreement (unless told as done: "bought Zenith in 2025"). A
        relation the document says has ended ("moved its workloads from Azure") and states
        elsewhere only in the past perfect ("had run on Azure since it was founded") is history:
        only the ended claim is kept. So is a use the document states only in the past before it
        says it ended ("Zendesk used Wicklight ... Zendesk stopped using Wicklight in 2025"), and
        a use, supply or partnership of a company the document says shut down (``defunct``),
        stated only in the past ("Its customers included Harrow & Finch")."""
        designers = self._designers()  # (neither step below adds or drops a "develops" claim)
        self._foundry_customers(designers)
        self._trade_with_makers(designers)  # before the endings: what ends a purchase ends it for the maker
        self._named_maker_first()
        ended: dict[tuple[str, str, str], int] = {}
        products: dict[str, list[str]] = {}  # what each maker makes, by the maker's id
        for d in self.drafts.values():
            if d.predicate == "develops" and d.status.is_direct:
                products.setdefault(d.subject, []).append(d.object)
        owned: dict[str, list[str]] = {}  # what the registry says each organisation owns
        for e in self.entities.values():
            if e.parent is not None:
                owned.setdefault(e.parent, []).append(e.id)
        for d in self.drafts.values():
            if d.status == Status.NEGATED:
                at = min(x.index for x in d.sentences)
                # "We finished moving everything off Google Cloud": our models moved with us
                theirs = products.get(d.subject, []) if d.predicate in ENDING_USES else []
                for subject in (d.subject, *theirs):
                    key = (subject, d.predicate, d.object)
                    ended[key] = min(ended.get(key, at), at)
                # "We swapped OpenAI's embeddings for ...": its models, which we had moved to, went too
                if d.predicate in {"usesTechnologyOf", "customerOf"}:
                    for product in products.get(d.object, []) + owned.get(d.object, []):
                        key = (d.subject, "usesTechnologyOf", product)
                        ended[key] = min(ended.get(key, at), at)

        # what a defunct company made went with it: "Harrow & Finch used Marlowe"
        gone = defunct | {
            d.object for d in self.drafts.values() if d.predicate == "develops" and d.subject in defunct
        }

        def history(d: _Draft) -> bool:
            if d.status == Status.REPORTED and (d.subject, d.predicate, d.object) in self.refuted:
                return True  # "posts say Halvor has acquired Pallas ... Halvor did not buy Pallas": settled
            if (d.subject, d.predicate, d.object) in self.thwarted:
                # "blocked the sale of Zenith to Acme": no agreement to buy it stands
                return d.status.is_direct
            if d.past and d.predicate in ENDING_USES and not gone.isdisjoint((d.subject, d.object)):
                return d.status.is_direct  # the company is gone, and its uses and customers with it
            end = ended.get((d.subject, d.predicate, d.object))
            if end is None or not d.status.is_direct:
                return False
            told_before = d.past and d.predicate in ENDING_USES and max(x.index for x in d.sentences) <= end
            return d.earlier or told_before

        guessed = self._guessed_makers()
        made = {(maker, product) for maker, made_by in products.items() for product in made_by}

        def own_make(d: _Draft) -> bool:
            """ "a system built on its Onyx R2": made, not a use of another's; nor does a maker
            buy its own product, or a product its maker ("Ledgerline Assist" of Ledgerline), nor
            use, buy or run on what bears its name ("Oracle Cloud Infrastructure") or what the
            registry says it owns."""
            product, maker = self.entities.get(d.object), self.entities.get(d.subject)
            if product is not None and maker is not None:
                if d.predicate in OWN_USES and _named_after(product, maker):
                    return True  # "Oracle ... in several Oracle Cloud Infrastructure regions"
                if d.predicate == "hostedOn" and product.parent == maker.id:
                    return True  # "Microsoft's hosted offering ..., running in Azure data centres"
            if d.predicate == "customerOf":
                return (d.subject, d.object) in made or (d.object, d.subject) in made
            return d.predicate in {"usesTechnologyOf", "hostedOn"} and (d.subject, d.object) in made

        rivals = {
            frozenset((d.subject, d.object))
            for d in self.drafts.values()
            if d.predicate == "competesWith" and d.status.is_direct
        }

        def rival_goods(d: _Draft) -> bool:
            """ "Forgeline's closest rival is Ferrum, whose HeatSense product targets the same
            furnaces": the rival is Ferrum; its product, made by it, is no second rival."""
            if d.predicate != "competesWith":
                return False
            return any(
                (maker, product) in made and frozenset((other, maker)) in rivals
                for product, other in ((d.object, d.subject), (d.subject, d.object))
                for maker in {m for m, p in made if p == product}
            )

        def goods_buying(d: _Draft) -> bool:
            """ "The K9 is a customer of TSMC": goods buy nothing; their maker does, where known."""
            subject = self.entities.get(d.subject)
            return d.predicate == "customerOf" and subject is not None and subject.type in {"AIModel", "Chip"}

        drafts = sorted(
            (
                d
                for d in self.drafts.values()
                if not history(d)
                and id(d) not in guessed
                and not own_make(d)
                and not goods_buying(d)
                and not rival_goods(d)
            ),
            key=lambda d: (min(e.start for e in d.evidence), d.predicate, d.subject, d.object),
        )
        return tuple(d.claim() for d in drafts)

    def _trade_with_makers(self, designers: dict[str, set[str]]) -> None:
        """Buying, selling and breaking terms are done by organisations: "Oracle ordered Nvidia
        GB300 racks" makes Oracle a customer of the racks' maker, "Skerry-70B was trained on GPUs
        leased from CoreWeave" its maker a customer of CoreWeave, and an app cut off for breaking
        terms its maker the breaker, where the document names one maker of the product, or the
        registry one of a model or chip (an app such as TikTok is a business of its own); else
        the reading stays as it was."""
        # a maker the rules read outranks one the model alone did ("The largest buyer of the
        # LQ-300 is Xingyao" is no second maker beside "Longque's LQ-300")
        makers = self._read_makers(designers)
        read = set(makers)
        for d in self.drafts.values():
            if d.predicate == "develops" and d.status.is_direct and d.learned and d.object not in read:
                makers.setdefault(d.object, set()).add(d.subject)
        for e in self.entities.values():
            if e.parent is not None and e.parent in self.entities and e.type != "Product":
                makers.setdefault(e.id, set()).add(e.parent)

        def maker_of(entity_id: str) -> str | None:
            entity = self.entities.get(entity_id)
            if entity is None or entity.type not in TRADED_PRODUCTS:
                return None
            found = makers.get(entity_id, set())
            return next(iter(found)) if len(found) == 1 else None

        for key, d in list(self.drafts.items()):
            if d.predicate not in TRADED_RELATIONS:
                continue
            subject = maker_of(d.subject) or d.subject
            object_ = maker_of(d.object) or d.object
            if (subject, object_) == (d.subject, d.object) or subject == object_:
                continue
            del self.drafts[key]
            if object_ != d.object and d.predicate == "customerOf":  # the graph keeps what was bought
                self._move(d, subject, "usesTechnologyOf", d.object, qualifiers={})  # (no price)
            self._move(d, subject, d.predicate, object_, qualifiers=d.qualifiers)

    def _foundry_customers(self, designers: dict[str, set[str]]) -> None:
        """A foundry that manufactures a product the document says another organisation makes
        has that organisation as its customer: "Kalder's K9 ... TSMC manufactures the K9" (the
        foundry's own "develops" is dropped as a guess: ``_guessed_makers``)."""
        for d in list(self.drafts.values()):
            if d.predicate != "develops" or not d.fabricated or not d.status.is_direct:
                continue
            found = designers.get(d.object, set()) - {d.subject}
            designer, foundry = self.entities.get(next(iter(found), "")), self.entities.get(d.subject)
            if len(found) == 1 and designer and foundry and {designer.type, foundry.type} <= ORG_TYPES:
                self._move(d, designer.id, "customerOf", foundry.id, qualifiers={})

    def _named_maker_first(self) -> None:
        """A product named after a maker the registry knows ("Salesforce Commerce Cloud") is not
        made by another organisation the text gives it to ("..., Brightwell's e-commerce
        platform"): that one uses it. (A name the text alone knows may be no maker at all: "the
        Corvid 800 switch" need not be a Corvid's.)"""
        named: dict[str, str] = {}  # product -> the maker whose name opens the product's
        for d in self.drafts.values():
            if d.predicate != "develops" or d.subject not in self.entities or d.object not in self.entities:
                continue
            maker, product = self.entities[d.subject], self.entities[d.object]
            if (
                maker.curated
                and maker.type in ORG_TYPES
                and product.label.lower().startswith(maker.label.lower() + " ")
            ):
                named[d.object] = d.subject
        if not named:
            return  # (most documents)
        owning = {"parentOf", "acquires"}
        owns = {(d.subject, d.object) for d in self.drafts.values() if d.predicate in owning}
        owns |= {(e.parent, e.id) for e in self.entities.values() if e.parent}
        for key, d in list(self.drafts.items()):
            maker_id = named.get(d.object) if d.predicate == "develops" else None
            if maker_id is None or d.subject == maker_id:
                continue
            if (d.subject, maker_id) in owns or (maker_id, d.subject) in owns:
                continue  # its owner or its unit ("Microsoft" and "GitHub Copilot")
            del self.drafts[key]
            self._move(d, d.subject, "usesTechnologyOf", d.object, qualifiers={})

    def _move(
        self, d: _Draft, subject: str, predicate: str, object_: str, qualifiers: dict[str, Any]
    ) -> None:
        """``d``'s sentences as a claim of ``subject predicate object_``, merged with any such."""
        key = (subject, predicate, object_, d.status)
        known = self.drafts.get(key)
        if known is None:
            self.drafts[key] = replace(
                d,
                subject=subject,
                predicate=predicate,
                object=object_,
                qualifiers=dict(qualifiers),
                evidence=list(d.evidence),
                sentences=list(d.sentences),
                starts=set(d.starts),
            )
            return
        for evidence, sentence in zip(d.evidence, d.sentences, strict=True):
            known.merge(d.confidence, qualifiers, evidence, sentence, d.reported_by)
        known.learned = known.learned and d.learned

    def _designers(self) -> dict[str, set[str]]:
        """Who the document says makes each product, by any reading other than a verb of
        manufacture alone ("TSMC manufactures the K9" names a foundry, not the K9's designer)."""
        found: dict[str, set[str]] = {}
        for d in self.drafts.values():
            if d.predicate == "develops" and d.status.is_direct and not d.fabricated:
                found.setdefault(d.object, set()).add(d.subject)
        return found

    def _read_makers(self, designers: dict[str, set[str]]) -> dict[str, set[str]]:
        """The makers of each product that the rules read as a fact, by product; a foundry's
        manufacture of a product someone else (of ``designers``) is said to make is no making of it."""
        makers: dict[str, set[str]] = {}
        for d in self.drafts.values():
            if d.predicate != "develops" or d.learned or not d.status.is_direct:
                continue
            if not (d.fabricated and designers.get(d.object, set()) - {d.subject}):
                makers.setdefault(d.object, set()).add(d.subject)
        return makers

    def _guessed_makers(self) -> set[int]:
        """The "develops" drafts (by ``id``) only the model read, for a product a rule read
        another maker of as a fact: "Corvane's KX-40" in one sentence outweighs the model's
        guess of "Groq develops KX-40" in another; and those read only from a verb of
        manufacture, for a product another reading names a maker of ("TSMC manufactures the
        K9" beside "Kalder's K9"). A maker that owns the other or is owned by it
        (by the document or the registry), or has the same parent in the registry, stands
        beside it ("Google" and "Google DeepMind" may both be named as Gemini's maker)."""
        designers = self._designers()
        fabricated = {  # "TSMC manufactures the K9" where the text says who designed it
            id(d)
            for d in self.drafts.values()
            if d.predicate == "develops" and d.fabricated and designers.get(d.object, set()) - {d.subject}
        }
        makers = self._read_makers(designers)
        if not makers:
            return fabricated
        owns = {(d.subject, d.object) for d in self.drafts.values() if d.predicate == "parentOf"}
        parents = {e.id: e.parent for e in self.entities.values()}

        def related(a: str, b: str) -> bool:
            if (a, b) in owns or (b, a) in owns or parents.get(a) == b or parents.get(b) == a:
                return True
            return parents.get(a) is not None and parents.get(a) == parents.get(b)

        return fabricated | {
            id(d)
            for d in self.drafts.values()
            if d.predicate == "develops"
            and d.learned
            and (known := makers.get(d.object, set()) - {d.subject})
            and not any(related(d.subject, m) for m in known)
        }


PERFECT_FILLERS = frozenset({"long", "also", "been"})  # "had long been hosted on"


# What is made and sold, whose maker is the party to a purchase (a cloud is bought from as itself).
TRADED_PRODUCTS = frozenset({"Product", "AIModel", "Chip"})
# Relations between businesses, which a product stands in for its maker: buying, and breaking
# terms ("Pinewood Code was cut off for breaking Anthropic's terms": its maker broke them).
TRADED_RELATIONS = frozenset({"customerOf", "violatesTermsOf"})


# Relations that a later "stopped using", "moved off" or "no longer" ends; a stake or an
# acquisition a later denial ("did not invest in its latest round") does not.
ENDING_USES = frozenset({"usesTechnologyOf", "hostedOn", "customerOf", "partnerOf"})


EARLIER_ADVERBS = frozenset({"previously", "formerly"})


def _simple_past(sentence: Sentence, trigger: int) -> bool:
    """Whether the relation's verb at ``trigger`` is in the simple past ("used", "ran", "was
    built on"), not the present ("is used") or the present perfect ("has used": still so)."""
    lower = sentence.tokens.lower
    before = lower[trigger - 1] if trigger > sentence.first else ""
    if before in {"has", "have", "is", "are", "be", "been"}:
        return False
    word = lower[trigger]
    if word.endswith("ed") or word in IRREGULAR_PAST or before in {"was", "were"}:
        return True
    if not EARLIER_ADVERBS.isdisjoint(lower[sentence.first : trigger]):
        return True  # "Corvane previously held a licence covering shipments to Datavault"
    if word.endswith("ing") and before in HOLDERS and trigger - 2 >= sentence.first:
        verb = lower[trigger - 2]  # "ran its training jobs on Google Cloud": the verb's tense
        return verb.endswith("ed") or verb in IRREGULAR_PAST
    # a role noun takes the tense of the verb after it: "Its customers included Harrow & Finch"
    after = lower[trigger + 1] if trigger + 1 < sentence.last else ""
    return word in ROLES and (after in {"was", "were"} or (after.endswith("ed") and after != "need"))


OWN_USES = frozenset({"customerOf", "usesTechnologyOf", "hostedOn"})


def _named_after(product: Entity, maker: Entity) -> bool:
    """Whether ``product`` bears ``maker``'s name before its own ("Oracle Cloud Infrastructure",
    "Google Workspace"): the organisation's own, which it neither buys nor uses from another."""
    return (
        maker.type in ORG_TYPES
        and product.type in PRODUCT_TYPES
        and product.label.startswith(maker.label + " ")
    )


DESIGNING = frozenset(
    {"designs", "designed", "develops", "developed", "builds", "built", "creates", "created"}
)


def _fabricating(sentence: Sentence, found: Found) -> bool:
    """Whether ``found`` is read from a verb of manufacture alone: its trigger ("TSMC
    manufactures the K9"), or for the model's reading, the words between the pair ("The PX1 will
    be fabricated by GlobalFoundries"; not "Acme designs the K9, which TSMC manufactures")."""
    lower = sentence.tokens.lower
    if found.rule != "model":
        return lower[found.trigger[0]] in FABRICATING
    words = set(lower[found.window[0] : found.window[1]])
    return not words.isdisjoint(FABRICATING) and words.isdisjoint(DESIGNING)


def _verb_after(sentence: Sentence, k: int) -> int:
    """The verb that opens the words at ``k``, past "had" and its fillers ("had long stored"):
    where a tense is read for a span that starts after its subject; ``k`` itself otherwise."""
    lower = sentence.tokens.lower
    if k >= sentence.last or lower[k] != "had":
        return k
    j = k + 1
    while j < min(sentence.last - 1, k + 3) and (lower[j].endswith("ly") or lower[j] in PERFECT_FILLERS):
        j += 1
    return j


def _past_perfect(sentence: Sentence, trigger: int) -> bool:
    """Whether the verb at ``trigger`` is in the past perfect ("had run", "had long used"):
    a state before the time the story tells of."""
    lower = sentence.tokens.lower
    k = trigger - 1
    while k > max(sentence.first, trigger - 3) and (lower[k].endswith("ly") or lower[k] in PERFECT_FILLERS):
        k -= 1
    return k >= sentence.first and lower[k] == "had"


def _ended_later_here(
    sentence: Sentence, judgements: list[tuple[Found, Assessment]]
) -> list[tuple[Found, Assessment]]:
    """A relation the sentence tells in the past and then ends is history: "Keelson had run its
    training jobs on AWS but moved them off AWS last autumn" (not "Keelson uses AWS for training
    but moved its inference off AWS": that use goes on)."""
    endings = {
        (f.subject.id, f.predicate, f.object.id): (f.trigger[0], judged)
        for f, judged in judgements
        if judged.status == Status.NEGATED and judged.cue not in FLAT_DENIALS
    }
    if not endings:
        return judgements
    out = []
    for f, judged in judgements:
        ending = endings.get((f.subject.id, f.predicate, f.object.id))
        if (
            ending is not None
            and judged.status.is_direct
            and f.trigger[0] < ending[0]
            and _told_as_past(sentence, f)
        ):
            judged = replace(ending[1], confidence=judged.confidence)
        out.append((f, judged))
    return out


def _told_as_past(sentence: Sentence, found: Found) -> bool:
    """Whether ``found`` is told in the past: its verb's tense, or a "had" before its trigger
    ("had run its earlier training jobs on AWS", where the trigger is the noun)."""
    trigger = found.trigger[0]
    if _simple_past(sentence, trigger) or _past_perfect(sentence, trigger):
        return True
    return "had" in sentence.tokens.lower[found.window[0] : trigger]


def _inherit(judged: Assessment, antecedent: Assessment | None, predicate: str) -> Assessment:
    """A claim about "this practice" keeps the doubt of the sentence that described it."""
    if antecedent is None or judged.status != Status.ASSERTED:
        return judged
    if antecedent.status not in (Status.REPORTED, Status.ALLEGED):
        return judged
    status = (
        Status.ALLEGED
        if predicate in ACCUSATORY or antecedent.status == Status.ALLEGED
        else (Status.REPORTED)
    )
    confidence = min(judged.confidence, antecedent.confidence)
    return Assessment(status, confidence, antecedent.reported_by, "antecedent")


MAKER_NOUNS = frozenset({"maker", "developer", "creator", "builder"})


def _fits_product_line(found: Found) -> bool:
    """A product line named in lower case ("electric delivery vans") is made or used, never
    bought, funded or owned: a reading that says so took the wrong name in an apposition
    ("Halden, a maker of electric delivery vans, was acquired by Orbix")."""
    lines = [e for e in (found.subject, found.object) if product_line(e)]
    return not lines or found.predicate in LINE_PREDICATES


def _epithet_products(s: Sentence, mentions: Sequence[Mention], names: NameIndex) -> list[Found]:
    """ "the Quill maker" names the organisation that develops the product Quill."""
    out = []
    lower, text = s.tokens.lower, s.tokens.text
    for m in mentions:
        if not m.epithet or m.end - m.start < 3 or lower[m.end - 1] not in MAKER_NOUNS:
            continue
        product = names.find(" ".join(text[m.start + 1 : m.end - 1]))
        if product is not None and product.type in PRODUCT_TYPES and product.id != m.entity.id:
            span = (m.start, m.end)
            out.append(Found(m.entity, "develops", product, "epithet", 0.9, span, span, nominal=True))
    return out


def _maker_named_products(
    s: Sentence,
    mentions: Sequence[Mention],
    makers: dict[str, Entity],
    read: Sequence[Found],
    names: NameIndex,
) -> list[Found]:
    """ "the Novation Supernova", after the text names Novation, or "Nvidia H100", where the
    registry knows Nvidia makes the H100: a product named after its maker, which develops it.
    Added after the rules and the model read the sentence, for the pairs they left unrelated
    (what they read of the pair, its status included, stands)."""
    related: set[frozenset[str]] | None = None  # built for the first product named after a maker
    out = []
    last: tuple[int, Entity] | None = None  # where the last product named after its maker ends, and the maker
    for m in mentions:
        if m.epithet or m.entity.type not in PRODUCT_TYPES:
            continue
        if m.entity.type == "CloudPlatform" and m.entity.curated:
            continue  # "Google Cloud": a brand, which readers do not take as saying who makes it
        if m.entity.curated:
            maker = _registry_maker_written(s.tokens.text[m.start : m.end], m.entity, names)
        else:  # "Nvidia GB300": the maker is known to the text or to the registry
            maker = maker_prefix(m.entity.label, makers, names)
        joined = last is not None and last[0] == m.start - 1 and s.tokens.lower[m.start - 1] in {"and", ","}
        if maker is None and joined and last is not None and m.entity.parent == last[1].id:
            maker = last[1]  # "Nvidia H100 and H200 systems": the maker's name serves both
        if maker is None or maker.id == m.entity.id:
            continue
        last = (m.end, maker)
        if related is None:
            related = related_pairs(read)
        if frozenset((maker.id, m.entity.id)) not in related:
            span = (m.start, m.end)
            out.append(Found(maker, "develops", m.entity, "maker", 0.85, span, span, nominal=True))
    return out


def _registry_maker_written(words: Sequence[str], product: Entity, names: NameIndex) -> Entity | None:
    """The registry's maker of ``product`` when the words naming it open with the maker's name
    ("Nvidia H100", "Microsoft Azure"): the text then states who makes it."""
    maker = names.get(product.parent) if product.parent else None
    if maker is None or maker.type not in ORG_TYPES:
        return None
    own = {normalise(n) for n in maker.names()}
    return maker if any(normalise(" ".join(words[:k])) in own for k in range(1, len(words))) else None


def _makers(mentions: Mentions) -> dict[str, Entity]:
    """The organisations a text names, by normalised name or alias ("Corvane" for Corvane
    Motors): their names may open their products'."""
    orgs = {
        m.entity.id: m.entity
        for found in mentions.by_sentence.values()
        for m in found
        if m.entity.type in ORG_TYPES and not m.epithet
    }
    out = {normalise(e.label): e for e in orgs.values()}
    for e in orgs.values():
        if e.label.split()[-1].lower() in INVESTING_NAMES:
            continue  # "Pelican" for Pelican Ventures: a fund makes no "Pelican Cloud"
        for alias in e.aliases:
            out.setdefault(normalise(alias), e)
    return out


# Last words of an investor's name: its short form names no maker.
INVESTING_NAMES = frozenset({"ventures", "capital", "partners", "fund", "investments"})


# Relations no deal makes, so a later "the deal collapsed" does not undo them.
LASTING = frozenset({"develops", "competesWith"})


def _undoable(s: Sentence, found: Found) -> bool:
    """Whether a deal the next sentence undoes may be ``found``: not what lasts, nor ownership
    told as a state ("Quiver, a company owned by Marlow, sued Fletchwise over a data-sharing
    agreement. That agreement lapsed in 2024": Marlow still owns Quiver)."""
    if found.predicate in LASTING:
        return False
    return not (found.predicate == "parentOf" and s.tokens.lower[found.trigger[0]] in OWNING_STATES)


OWNING_STATES = frozenset({"owned", "owns", "own"})


def _undone_by_next(sentences: Sequence[Sentence], mentions: Mentions) -> dict[int, str]:
    """Sentences whose deal the next one undoes ("Acme agreed to buy Zenith. The deal collapsed
    in May."), by index, with the undoing words; hedging reads only within a sentence."""
    out: dict[int, str] = {}
    for before, s, words in _next_sentences(sentences):
        if may_undo_previous(words) and (cue := undoes_previous(words, _name_positions(s, mentions))):
            out[before.index] = cue
    return out


def _next_sentences(sentences: Sequence[Sentence]) -> Iterator[tuple[Sentence, Sentence, list[str]]]:
    """Each sentence that follows another in its section, not a heading: the one before, it,
    and its lower-cased words (what a sentence may say of the one before it)."""
    for before, s in pairwise(sentences):
        if s.index == before.index + 1 and s.section == before.section and not s.heading:
            yield before, s, s.tokens.lower[s.first : s.last]


def _name_positions(s: Sentence, mentions: Mentions) -> set[int]:
    """The positions in ``s`` (from its first token) that a name covers."""
    return {i - s.first for m in mentions.of(s) for i in range(m.start, m.end)}


def _rebutted(s: Sentence, found: Found, rebutted: dict[int, str]) -> str:
    """The word by which the next sentence, or a later clause of ``s``, rebuts the report ``found``
    was read from ("The article said X runs on AWS. It does not."), or "". (What a report's party
    makes is its background, not what is rebutted: "a claim that Quillmere trained Tessel-4 on
    OpenAI's outputs. This is false.")"""
    if s.index in rebutted:
        return rebutted[s.index]
    within = rebutted_within(s.tokens.lower[s.first : s.last])
    return within[1] if within and found.trigger[1] - s.first <= within[0] else ""


# A denial in the text's own words, which settles what hearsay in it reported.
FLAT_DENIALS = frozenset({"not", "n't", "never"})


def _attributed(s: Sentence) -> bool:
    """Whether ``s`` says who says what it says ("Orbit said", "according to"): not the text's
    own word."""
    return not REPORTING.isdisjoint(s.tokens.lower[s.first : s.last])


# What a switch to another supplier ends: a use or a host, not a purchase told alongside it.
SWITCHED_FROM = frozenset({"usesTechnologyOf", "hostedOn"})
BREACHES = frozenset({"violatesTermsOf"})


def _ended_by_next(
    sentences: Sequence[Sentence], mentions: Mentions
) -> dict[int, tuple[str, frozenset[str]]]:
    """Sentences some of whose relations the next one ends, by index, with the ending words and
    the predicates they end: a use told in the past that a switch ends ("Sous ran on Gemini. We
    switched to OpenAI in October.") or a cut-off account ends ("Glowstar used ChatGPT. OpenAI
    has shut down Glowstar's API access."), a breach the next sentence denies ("Researchers argued
    Fennick breached the licence. Meta said it does not consider Fennick to be in breach.")."""
    out: dict[int, tuple[str, frozenset[str]]] = {}
    for before, s, words in _next_sentences(sentences):
        if not BREACH_WORDS.isdisjoint(words) and (denied := breach_denied(words)):
            out[before.index] = (denied, BREACHES)
        elif (
            not SWITCHED.isdisjoint(words[:6])
            and told_in_past(before.tokens.lower[before.first : before.last])
            and (verb := switched_away(words, _name_positions(s, mentions)))
        ):
            out[before.index] = (verb, SWITCHED_FROM)
        elif told_in_past(before.tokens.lower[before.first : before.last]) and (
            cut := cut_off_access(words, _name_positions(s, mentions))
        ):
            # "Glowstar used ChatGPT ... . OpenAI has shut down Glowstar's API access."
            out[before.index] = (cut, SWITCHED_FROM)
    return out


# Words by which a sentence tells an acquisition's target is kept as the buyer's own: "now runs
# it as a wholly owned subsidiary", "still operates as a standalone unit", "is now part of" (not
# "became part of", the takeover itself, as CORE annotates it).
KEEPING = frozenset({"now", "still", "operates", "operate", "operated", "runs", "run"})
KEPT_AS = frozenset({"subsidiary", "unit", "division", "arm", "business"})
KEPT_REACH = 10  # words from "now" to "subsidiary" ("now runs as a wholly owned Irish subsidiary")


def _kept_as_unit(s: Sentence) -> bool:
    """Whether ``s`` says a company bought is kept as a unit of its buyer (then the buyer also
    owns it, a relation the reader is told outright)."""
    words = s.tokens.lower[s.first : s.last]
    if KEEPING.isdisjoint(words):
        return False  # most sentences
    for k, word in enumerate(words):
        if word not in KEEPING:
            continue
        after = words[k + 1 : k + 1 + KEPT_REACH]
        if not KEPT_AS.isdisjoint(after) or any(a == "part" and b == "of" for a, b in pairwise(after)):
            return True
        if word.startswith("operat") and after[:2] == ["it", "as"]:
            return True  # "operates it as Pellucid Berlin GmbH"
        if k >= 2 and words[k - 2] == "the" and words[k - 1] in KEPT_AS:
            return True  # "Liftra bought Kabelgaard, and the unit now supplies its sensors"
    return False


# Deals a document may say died in one sentence and tell of as agreed in another ("when Acme
# announced an agreement to acquire Zenith"): the death holds for the whole document.
THWARTABLE = frozenset({"acquires"})
# What a company does when it ends: "Hollowbrook shut down in March", "which ceased operations".
SHUT_DOWN = (
    ("shut", "down"),
    ("shuts", "down"),
    ("closed", "down"),
    ("wound", "down"),
    ("ceased", "operations"),
    ("went", "bust"),
    ("went", "bankrupt"),
    ("closed", "its", "doors"),
    ("went", "out", "of", "business"),
)
SHUT_DOWN_WORDS = frozenset(phrase[0] for phrase in SHUT_DOWN)
# What may follow "shut down" when the company itself closed ("shut down in March"), not a
# product it closed ("shut down its Quire app").
SHUT_DOWN_AFTER = frozenset(
    {"", ".", ",", ";", "in", "on", "last", "this", "after", "earlier", "when", "and"}
)
SHUT_DOWN_GAP = frozenset({"has", "had", "was", "which", "that", "finally", "quietly", "abruptly", "later"})
ASIDE_OPENERS = frozenset({"which", "who", "a", "an", "the", "once"})


def _defunct(sentences: Sequence[Sentence], mentions: Mentions) -> frozenset[str]:
    """The companies a document says shut down: the name right before the words that say so
    ("Hollowbrook shut down in March", "Hollowbrook, which ceased operations in 2025,")."""
    out: set[str] = set()
    for s in sentences:
        lower = s.tokens.lower
        if SHUT_DOWN_WORDS.isdisjoint(lower[s.first : s.last]):
            continue  # most sentences
        ends = {m.end: m for m in mentions.of(s) if m.entity.type in ORG_TYPES}
        for k in range(s.first, s.last):
            phrase = next((p for p in SHUT_DOWN if tuple(lower[k : k + len(p)]) == p), None)
            if phrase is None:
                continue
            after = lower[k + len(phrase)] if k + len(phrase) < s.last else ""
            if phrase[1] == "down" and after not in SHUT_DOWN_AFTER:
                continue
            j = k
            while j > s.first and lower[j - 1] in SHUT_DOWN_GAP:
                j -= 1
            if j > s.first and lower[j - 1] == ",":  # "Hollowbrook AI, which promised ..., shut down"
                j = max(
                    (i for i in range(s.first, j - 1) if lower[i] == "," and lower[i + 1] in ASIDE_OPENERS),
                    default=j,
                )
            if (named := ends.get(j)) is not None:
                out.add(named.entity.id)
    return frozenset(out)


def extract(document: Document, names: NameIndex, *, learned: bool = True) -> Extraction:
    """The entities and claims an article states.

    Claims are in canonical form (inverse predicates flipped, symmetric ones ordered), merged
    per (subject, predicate, object, status), each with one Evidence per supporting sentence.
    Entities are those the claims mention: registry entities as they are, discovered ones with
    ``curated=False``.

    ``learned=False`` is the rules-only extractor the models replaced (candidates from suffixes,
    descriptors and relation slots; relations from the rules alone), kept as the baseline the
    benchmark and the evaluation scripts measure against.
    """
    sentences = document_sentences(document)
    labels = turn_labels(sentences)  # a transcript's "ROE:" opens a person's turn
    if labels:
        sentences = past_labels(sentences, labels)
    long = [x for x in sentences if x.last - x.first > MAX_SENTENCE_TOKENS]
    if long:  # not prose (a table, a list, a dump with no full stops): reading it costs quadratic time
        sentences = [x for x in sentences if x.last - x.first <= MAX_SENTENCE_TOKENS]
    triggers = find_triggers(sentences)
    furniture = page_furniture(sentences, triggers)
    slots = argument_slots(sentences, triggers)
    mentions = find_mentions(sentences, names, slots, learned=learned, furniture=furniture)
    turns = narrator_turns(document.title, sentences, mentions.by_sentence) | turn_speakers(
        sentences, labels, mentions.by_sentence
    )
    voices = set(turns.values())
    # a page in one company's own voice is about that company, however often it names others
    main = (
        next(iter(voices))
        if len(voices) == 1
        else _defined_organisation(sentences, mentions) or _main_organisation(sentences, mentions, furniture)
    )
    readings = _read(sentences, mentions, triggers, names, furniture, turns, main)
    decided = (
        decide([sentence_pairs(s, mentions.of(s), r.found, ref) for s, r, ref in readings], names=names)
        if learned
        else {}
    )
    claims = _Claims(document)
    makers = _makers(mentions)
    undone = _undone_by_next(sentences, mentions)
    ended = _ended_by_next(sentences, mentions)
    rebutted = {
        before.index: cue for before, _, words in _next_sentences(sentences) if (cue := rebuttal(words))
    }
    previous: Sentence | None = None
    said: dict[str, Assessment] = {}  # the previous sentence's clausal claims, by subject
    for s, reading, _ in readings:
        if previous is not None and (
            s.section != previous.section or s.heading or s.index != previous.index + 1
        ):
            said = {}
        found_mentions = mentions.of(s)
        now_said: dict[str, Assessment] = {}
        read = decided.get(s.index, reading.found)
        judgements: list[tuple[Found, Assessment]] = []
        for f in [*read, *_maker_named_products(s, found_mentions, makers, read, names)]:
            if f.subject.id == f.object.id or not _fits_product_line(f):
                continue
            judged = assess(
                s,
                found_mentions,
                f.window,
                f.trigger,
                nominal=f.nominal,
                strength=f.strength,
                participants=(f.subject.id, f.object.id),
                accusing=f.predicate in ACCUSATORY,
                lasting=f.predicate in LASTING,
            )
            if f.anaphoric:
                judged = _inherit(judged, said.get(f.subject.id), f.predicate)
            if s.index in undone and judged.status.is_direct and not f.nominal and _undoable(s, f):
                judged = Assessment(Status.NEGATED, judged.confidence, None, undone[s.index])
            elif judged.status.is_direct and f.predicate in ended.get(s.index, ("", ()))[1]:
                judged = Assessment(Status.NEGATED, judged.confidence, None, ended[s.index][0])
            elif (
                judged.status == Status.REPORTED
                and f.predicate != "develops"
                and (cue := _rebutted(s, f, rebutted))
            ):
                judged = Assessment(Status.NEGATED, judged.confidence, None, cue)  # "It does not."
            judgements.append((f, judged))
        for f, judged in _ended_later_here(s, judgements):
            claims.add(f, s, judged)
            if f.predicate == "acquires" and judged.status == Status.ASSERTED and _kept_as_unit(s):
                claims.add(replace(f, predicate="parentOf"), s, judged)  # "... and now runs as a subsidiary"
            if not f.nominal:
                now_said.setdefault(f.subject.id, judged)
        for share in reading.shares:
            claims.attach_share(share, s)
        said = now_said
        previous = s
    notes = (
        (
            f"skipped {len(long)} sentence{'s' if len(long) > 1 else ''} of more than "
            f"{MAX_SENTENCE_TOKENS} words (not prose: a table, a list or text without full stops?)",
        )
        if long
        else ()
    )
    merged = claims.claims(_defunct(sentences, mentions))
    entities = dict(claims.entities)
    tabled = table_claims(document, names, mentions.discovered, main)
    if tabled:  # most documents have no table
        merged = _with_table_claims(merged, entities, tabled)
    return Extraction(document=document, entities=tuple(entities.values()), claims=merged, notes=notes)


def _with_table_claims(
    claims: tuple[Claim, ...], entities: dict[str, Entity], tabled: list[tuple[Claim, Entity, Entity]]
) -> tuple[Claim, ...]:
    """``claims`` with those the document's tables state: a row's evidence joins a claim the
    sentences made already, else the row's claim is added (``entities`` gains its names)."""
    by_key = {c.key: c for c in claims}
    for claim, subject, obj in tabled:
        entities.setdefault(subject.id, subject)
        entities.setdefault(obj.id, obj)
        same = by_key.get(claim.key)
        if same is None:
            by_key[claim.key] = claim
        elif claim.evidence[0] not in same.evidence:
            by_key[claim.key] = same.model_copy(update={"evidence": (*same.evidence, *claim.evidence)})
    return tuple(by_key.values())


def _defined_term(s: Sentence) -> bool:
    """Whether ``s`` names the document's organisation by its capitalised defined term: "the
    Company", "The Fund" (as a filing, a report or an activist's letter does)."""
    t = s.tokens
    return any(
        t.lower[k] in DEFINED_TERMS and t.text[k][:1].isupper() and t.lower[k - 1] == "the"
        for k in range(s.first + 1, s.last)
    )


SUPPLIED = frozenset(
    {"bought", "purchased", "sourced", "supplied", "made", "manufactured", "produced", "rented", "leased"}
)


def _supplier_named(s: Sentence, m: Mention) -> bool:
    """Whether ``m`` is named as where goods come from: "bought from SK Hynix", "made by TSMC"."""
    lower = s.tokens.lower
    return m.start - 2 >= s.first and lower[m.start - 1] in {"from", "by"} and lower[m.start - 2] in SUPPLIED


def _one_org(topic: list[Entity]) -> bool:
    """Whether ``topic`` is one organisation (not an outlet)."""
    return len(topic) == 1 and topic[0].type in ORG_TYPES - {"NewsOutlet"}


DEFINITION_QUOTES = frozenset({'"', "“", "``", "'", "‘"})


def _defined_organisation(sentences: list[Sentence], mentions: Mentions) -> Entity | None:
    """The organisation a notice or a filing defines its term for: 'Kestrel Silicon Ltd (the
    "Issuer")', 'Valdris Inc. (the "Company")': what "the Issuer" means throughout."""
    for s in sentences:
        lower = s.tokens.lower
        for m in mentions.of(s):
            k = m.end
            if m.entity.type not in ORG_TYPES or lower[k : k + 1] != ["("]:
                continue
            # '(the "Company")', '("Pinecrest" or "the Company")': the term anywhere in the parenthesis
            for j in range(k + 1, min(k + DEFINITION_REACH, s.last - 1)):
                if lower[j] == ")":
                    break
                term = j + 1 + (lower[j + 1] in DEFINITION_QUOTES)
                if lower[j] == "the" and term < s.last and lower[term] in DEFINED_TERMS:
                    return m.entity
    return None


def _main_organisation(sentences: list[Sentence], mentions: Mentions, furniture: set[int]) -> Entity | None:
    """The organisation the text names most often in its prose (the first of a tie): what "the
    company" opening a paragraph means, whoever the paragraph before ended on."""
    counts: Counter[str] = Counter()
    by_id: dict[str, Entity] = {}
    for s in sentences:
        if s.heading or s.index in furniture:
            continue
        for m in mentions.of(s):
            if m.entity.type in ORG_TYPES - {"NewsOutlet"}:
                counts[m.entity.id] += 1
                by_id.setdefault(m.entity.id, m.entity)
    return by_id[counts.most_common(1)[0][0]] if counts else None


def _read(
    sentences: list[Sentence],
    mentions: Mentions,
    triggers: dict[int, list[Trigger]],
    names: NameIndex,
    furniture: set[int],
    turns: dict[int, Entity],
    main: Entity | None,
) -> list[tuple[Sentence, Reading, Mention | None]]:
    """What the rules read in each sentence that may state a relation, following the topic
    ("it", "the company") from sentence to sentence; with the span of the sentence that names
    that topic, if it opens with one, for the model to pair like a name. ``main`` is the
    document's organisation: what "the company" opening a paragraph means."""
    out: list[tuple[Sentence, Reading, Mention | None]] = []
    topic: list[Entity] = []
    org_topic: list[Entity] = []  # the last organisation the text was about, or one a sentence alone named
    sole_org: tuple[int, list[Entity]] = (-1, [])  # the one organisation a sentence named, and its index
    lead: Entity | None = None
    offered: list[Offering] = []  # unnamed products the text said an organisation makes
    topic_age = 0
    described: dict[str, Entity] = {}  # "Vantor, a chip startup": the entity "the startup" means
    described_at: dict[str, int] = {}  # the sentence that gave each description
    kinds: dict[str, Entity] = {}  # every description, however far back: "the chain" fits only a chain
    trades: dict[str, Entity] = {}  # those of them by a trade's noun: "the authority", "the chain"
    previous: Sentence | None = None
    for s in sentences:
        if previous is not None and (s.section != previous.section or s.heading):
            topic, described, org_topic = [], {}, []
        found_mentions = mentions.of(s)
        new_paragraph = previous is not None and s.block != previous.block
        if new_paragraph and main is not None and (opens_with_noun(s, placed=False) or not found_mentions):
            topic = [main]  # a paragraph opening "The company raised ..." or "The field is crowded."
        if main is not None and _defined_term(s):
            topic, topic_age = [main], 0  # "The Company also continues to carry a 19% stake in"
        previous = s
        found_triggers = triggers.get(s.index, [])
        recent = topic_age == 0  # the previous sentence gave the topic
        if not found_mentions:
            topic_age += 1
            if topic_age > TOPIC_REACH:
                topic = []
        if s.index in furniture:
            continue
        described = {k: v for k, v in described.items() if s.index - described_at[k] <= DESCRIBED_REACH}
        meant = described_subject(s, found_mentions, described) if described else None
        if meant is None and trades:  # "the authority", however far back the text named or described it
            meant = described_subject(s, found_mentions, trades)
        if meant is None and topic and out and out[-1][0].index == s.index - 1:
            meant = backed_startup(s, topic, out[-1][1].found)  # "Orbit backed it. The startup ..."
        owner = topic  # "Glasswing makes Observe. The product uses Claude. Its customers ...": Glasswing's
        if meant is not None:
            topic, topic_age = [meant], 0
        if found_mentions:  # a description describes a name
            fresh = descriptions(s, found_mentions)
            described.update(fresh)
            described_at.update(dict.fromkeys(fresh, s.index))
            kinds.update(fresh)
            trades.update((k, v) for k, v in fresh.items() if k in TRADE_NOUNS)
        if not topic and sole_org[0] == s.index - 1 and opens_with_reference(s, plural=False, generic=True):
            topic = sole_org[1]  # "The dispute comes at a bad time for Anvil. The company is racing ..."
        if not found_mentions and not (found_triggers and topic):
            continue
        referent = topic_mention(s, found_mentions, topic, kinds) if topic else None
        if referent is None and org_topic and len(topic) == 1 and topic[0].type in PRODUCT_TYPES:
            # "The Onyx R2 is made by TSMC. In January the company raised ...": not the chip, but
            # the organisation the text was about before it
            referent = topic_mention(s, found_mentions, org_topic)
            if referent is not None and referent.end - referent.start < 2:
                referent = None  # "it" is the product
        turn = turns.get(s.index)  # a transcript's turn speaks for its speaker's organisation
        if turn is not None and referent is None:
            referent = speaker_mention(s, found_mentions, turn)  # "Most of our workloads run on ..."
        speaker = turn or first_person_speaker(s, found_mentions, topic if recent else [], lead)
        adjacent = out and out[-1][0].index == s.index - 1 and out[-1][0].section == s.section
        before = out[-1][1].found if adjacent and not s.heading else []  # what the last sentence read
        # (only a sentence with triggers reads it: most sentences are spared the scan)
        raised = bool(found_triggers and adjacent) and not s.heading and raised_money(out[-1][0])
        reading = read_relations(
            s,
            found_mentions,
            found_triggers,
            topic,
            speaker,
            lead,
            before,
            spoken=turn is not None,
            raised=raised,
            main=main,
        )
        reading.found += _epithet_products(s, found_mentions, names)
        reading.found += named_offering(s, found_mentions, offered)  # "The product, called Dashmate,"
        offered += offerings(s, found_mentions)
        if found_mentions or reading.found:
            topic, topic_age = reading.topic, 0
        if meant is not None and meant.type in PRODUCT_TYPES and topic == [meant] and _one_org(owner):
            topic = owner  # the product spoken of by a noun: its maker stays what the text is about
        opens = referent is not None and all(referent.start < m.start for m in found_mentions)
        if referent is not None and opens and not reading.found:
            topic = [referent.entity]  # "It will now test Zenith's models.": still about "it"
        if speaker is not None and not topic:
            topic = [speaker]  # "\"With Nimbus we can ...\"": the speaking company stays the topic
        if lead is None and len(topic) == 1 and topic[0].type in ORG_TYPES - {"NewsOutlet"}:
            lead = topic[0]  # the organisation the article opens on: who "we" are in its quotes
        named_orgs = list({m.entity.id: m.entity for m in found_mentions if _one_org([m.entity])}.values())
        # (not "In 2021 the startup sold its robots to Tessary.": the startup, unnamed, is the topic;
        # nor "memory bought from SK Hynix": a supplier named for what the topic buys)
        sole = (
            len(named_orgs) == 1
            and not opens_with_reference(s)
            and not any(_supplier_named(s, m) for m in found_mentions)
        )
        sole_org = (s.index, named_orgs) if sole else (-1, [])
        if _one_org(topic):
            org_topic = topic
        elif len(named_orgs) == 1:
            org_topic = named_orgs  # "Terrawatch-2 will run on Google Cloud, where Skylance moved"
        out.append((s, reading, referent))
    return out
