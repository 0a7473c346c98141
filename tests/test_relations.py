"""Relation rules, family by family: several phrasings each, with cases that must not assert.

Sentences are written for these tests; the registry is a small hand-made one (fictional names),
plus names the registry does not know, which extraction has to discover.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aikg.errors import AIKGError
from aikg.extract.pipeline import extract
from aikg.extract.rules.relations import find_triggers, rules
from aikg.extract.sentences import split_sentences
from aikg.ontology.models import Claim, Document, Entity, content_id
from aikg.ontology.registry import NameIndex

ENTITIES = [
    Entity(id="acme", label="Acme", type="Company", aliases=("Acme Corp.",)),
    Entity(id="zenith", label="Zenith", type="Company"),
    Entity(id="orbit", label="Orbit", type="Company"),
    Entity(id="nova", label="Nova", type="ResearchLab"),
    Entity(id="nimbus", label="Nimbus", type="CloudPlatform"),
    Entity(id="quill", label="Quill", type="AIModel"),
    Entity(id="helper", label="Helper", type="Product"),
    Entity(id="spark", label="Spark", type="Chip"),
    Entity(id="the-ledger", label="The Ledger", type="NewsOutlet"),
    Entity(id="trade-ministry", label="Trade Ministry", type="GovernmentBody"),
]


@pytest.fixture(scope="module")
def names() -> NameIndex:
    return NameIndex(ENTITIES)


def read(text: str, names: NameIndex) -> set[str]:
    """Claims as "subject predicate object status" strings (canonical form)."""
    doc = Document(id=content_id(text), path="test.txt", text=text)
    return {f"{c.subject} {c.predicate} {c.object} {c.status.value}" for c in extract(doc, names).claims}


def claims_of(text: str, names: NameIndex, *, learned: bool = True) -> tuple[Claim, ...]:
    """What ``text``, as one article, states (``learned=False``: what the rules alone read)."""
    return extract(Document(id=content_id(text), path="t.txt", text=text), names, learned=learned).claims


def triples_of(text: str, names: NameIndex, *, learned: bool = True) -> set[str]:
    """What ``text`` states, as "subject predicate object" strings (canonical form)."""
    return {f"{c.subject} {c.predicate} {c.object}" for c in claims_of(text, names, learned=learned)}


# (id, text, claims that must be read, claims that must not)
CASES = [
    (
        "runs_on",  # an unnamed thing of the article's organisation runs on a named cloud
        "Acme makes apps for dentists. Its booking tool calls Quill, and the whole product is hosted on "
        "Nimbus.",
        ["acme hostedOn nimbus asserted"],
        [],
    ),
    (
        "runs_on",  # "training runs": a noun, no verb
        "Acme makes apps for dentists. The training runs were on Nimbus.",
        [],
        ["acme hostedOn nimbus asserted"],
    ),
    (
        "violate",  # "the licence for a product": its maker's terms; the accuser breaches nothing
        "Zenith, a Bergen software firm, has accused Acme of breaching the licence for Helper, Zenith's "
        "cluster-scheduling software, by running it on more servers than its contract allows.",
        ["acme violatesTermsOf zenith alleged"],
        ["zenith violatesTermsOf helper alleged"],
    ),
    (
        "role",  # co-investors set beside the investors, past the round they invested in
        "Nvidia and AMD were among the strategic investors in a $6 billion funding round that Zenith closed "
        "in December, alongside venture firms including Orbit and Acme. Nova is an investor in Helper and "
        "is also one of Spark's customers, alongside Quill.",
        ["orbit investsIn zenith asserted", "acme investsIn zenith asserted"],
        ["quill investsIn helper asserted"],
    ),
    (
        "develop",  # ending a deal ends no making: the chip is still its designer's
        "Acme ended that arrangement in 2024 and now has the Spark made by Zenith.",
        ["acme develops spark asserted"],
        ["acme develops spark negated", "zenith develops spark asserted"],
    ),
    (
        "runs_on",  # "it" after "trained the system on X's chips and runs it": the system, not the chips
        "Acme trained the system on Orbit's Spark chips and runs it on Nimbus.",
        ["acme hostedOn nimbus asserted"],
        ["spark hostedOn nimbus asserted"],
    ),
    (
        "serve_from",  # "retrains Helper on X's chips and serves it from": Helper, the verb's object
        "Acme retrains Helper every night on Zenith's Spark chips and serves it from Nimbus.",
        ["helper hostedOn nimbus asserted"],
        ["spark hostedOn nimbus asserted"],
    ),
    (
        "buy",  # "from the California manufacturer": the maker the sentence named, past a count and a place
        "Acme flies the Spark, a drone made by Zenith, and has purchased about 60 of them from the "
        "California manufacturer.",
        ["acme customerOf zenith asserted", "zenith develops spark asserted"],
        [],
    ),
    (
        "use",  # a relative aside's fact is the writer's, whatever lawsuit the main clause files
        "Zenith, whose assistant is built on Quill, filed a lawsuit against Acme; Orbit, which runs on "
        "Nimbus, sued Acme in March.",
        ["zenith usesTechnologyOf quill asserted", "orbit hostedOn nimbus asserted"],
        ["zenith usesTechnologyOf quill alleged", "orbit hostedOn nimbus alleged"],
    ),
    (
        "role",  # a list inside an apposition: "X, the owner of A, B and C, ..."
        "Zenith, the owner of Orbit, Acme, and Nova, makes chips; GV, the venture arm of Helper, and Spark "
        "invested in it.",
        ["zenith parentOf orbit asserted", "zenith parentOf acme asserted", "zenith parentOf nova asserted"],
        [],
    ),
    (
        "round_led",  # "after X, <apposition>, led ...": a clause after "after", its subject the name
        "The rollout comes seven months after Zenith, the owner of Orbit, led Acme's $18 million Series A.",
        ["zenith investsIn acme asserted", "zenith parentOf orbit asserted"],
        [],
    ),
    (
        "use",  # "the software" of a text about one product: that product, past a phrase of place
        "Acme makes Helper, a detection system. The software on each unit is built on Quill.",
        ["helper usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "runs_on",  # a name before a present verb after a plural noun opens a contact relative clause
        "Acme makes Helper. The software runs on servers Zenith leases from Nimbus.",
        ["helper hostedOn nimbus asserted"],
        ["helper hostedOn zenith asserted"],
    ),
    (
        "round_led",  # investors set beside a round's leader, past the leader's apposition
        "Acme raised money last year in a round led by Zenith, Nova's venture fund, alongside the UK "
        "government's Orbit.",
        ["zenith investsIn acme asserted", "orbit investsIn acme asserted"],
        ["orbit investsIn zenith asserted"],
    ),
    (
        "competition",  # "puts X in direct competition with Y": X competes
        "The expansion would put Acme in direct competition with Zenith, which serves the region's mills.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    ("own", "Zenith, which owns the 600-kiosk Orbit chain, is big.", ["zenith parentOf orbit asserted"], []),
    (
        "runs_on",  # "a Milan-based rival whose X is built on A's Y and runs on Z": the rival's, both verbs
        "Zenith, a Milan-based rival whose fitting assistant is built on Acme's Quill and runs on Nimbus, "
        "sells it in Italy.",
        ["zenith usesTechnologyOf quill asserted", "zenith hostedOn nimbus asserted"],
        ["quill hostedOn nimbus asserted"],
    ),
    (
        "round_led",  # "that" after a line of goods named in lower case opens a relative clause
        "Zenith, which builds the software and chips that help steer machines, has raised $90 million in a "
        "Series C round led by Orbit.",
        ["orbit investsIn zenith asserted"],
        [],
    ),
    (
        "rivals",  # "has to fight X and Y": rivals, as "fights X" is
        "Acme also has to fight Zenith and Orbit, both of which pitch chips to the same buyers.",
        ["acme competesWith orbit asserted", "acme competesWith zenith asserted"],
        [],
    ),
    ("backed_by", "Acme was seeded in 2024 by Zenith.", ["zenith investsIn acme asserted"], []),
    (
        "role",  # "its (US) business Orbit": a named business is a unit (the check read lower-cased text)
        "Acme sells cameras in Britain, and its US business Orbit has signed a contract. Zenith is its "
        "largest business partner.",
        ["acme parentOf orbit asserted"],
        [],
    ),
    (
        "role",  # "which X regards as its main competitor" after a description of the name
        "Orbit buys from Zenith, the Washington-based equipment maker, which Acme regards as its main "
        "competitor.",
        ["acme competesWith zenith asserted", "orbit customerOf zenith asserted"],
        [],
    ),
    (
        "use",  # goods of any name bought from a maker; not a participle's "adapted from"
        "Orbit uses a competing grader from Zenith. Acme uses a method adapted from Nova.",
        ["orbit customerOf zenith asserted"],
        ["acme customerOf nova asserted"],
    ),
    (
        "awards",  # "X awarded Y a contract": the winner named before what it won
        "The agency Orbit awarded Acme a $12 million contract in March to deliver soundings, and gave "
        "Zenith a prize.",
        ["orbit customerOf acme asserted"],
        ["orbit customerOf zenith asserted"],
    ),
    (
        "developed_by",  # a product named with its kind, then ", designed by"
        "The chip inside each sensor is the Spark accelerator, designed by Zenith, a Kyoto-based subsidiary "
        "of Orbit.",
        ["zenith develops spark asserted", "orbit parentOf zenith asserted"],
        [],
    ),
    (
        "role",  # the holder named after a place's possessive: "..., Sweden's Zenith,"
        "Acme's largest European rival, Sweden's Zenith, tested Helper in 2024.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    (
        "runs_on",  # an unnamed product an organisation puts out: what it runs on, the organisation does
        "Zenith, based in Manchester, offers a similar preview tool that uses Acme's Quill model and is "
        "hosted on Nimbus.",
        ["zenith hostedOn nimbus asserted", "zenith usesTechnologyOf quill asserted"],
        ["quill hostedOn nimbus asserted"],
    ),
    ("use", "Zenith sells an app that uses Quill.", ["zenith usesTechnologyOf quill asserted"], []),
    (
        "reached_through",  # the maker of a model reached through a service is not its user
        "Logs go to Nimbus, where Acme's Quill, accessed through Helper, drafts the reports.",
        [],
        ["acme usesTechnologyOf helper reported", "acme usesTechnologyOf helper asserted"],
    ),
    (
        "possessive",  # a model's name goes on into a model's before "models", whatever its last word
        "Its repair arms are driven by Zenith's Quill Robotics models.",
        ["zenith develops quill-robotics asserted"],
        ["zenith parentOf quill-robotics asserted"],
    ),
    (
        "runs_on",  # "the app" after a clause naming a supplier's model: the topic's app, not the supplier
        "Zenith sells an app. The preview engine is built on Quill, Acme's image-generation model, and "
        "the app runs on Nimbus.",
        ["zenith hostedOn nimbus asserted"],
        ["acme hostedOn nimbus asserted"],
    ),
    (
        "acquire",  # a quoted 'no interest' is still no interest in buying
        'Acme said in a statement that it had "no interest" in acquiring Zenith.',
        [],
        ["acme acquires zenith asserted"],
    ),
    (
        "role",  # holders listed after "including" who sold their stakes hold none
        "Zenith's early backers, including the Amsterdam fund Orbit, sold their entire stakes as part of "
        "the transaction, according to a filing.",
        ["orbit investsIn zenith negated"],
        ["orbit investsIn zenith asserted"],
    ),
    (
        "role",  # a role the subject left: "parted ways with its supplier, X"
        "In June, Acme parted ways with its original chassis supplier, Zenith, after a warranty dispute.",
        ["acme customerOf zenith negated"],
        ["acme customerOf zenith asserted"],
    ),
    (
        "role",
        "Acme dropped its chassis supplier, Zenith, and praised its investor, Orbit.",
        ["acme customerOf zenith negated", "orbit investsIn acme asserted"],
        ["acme customerOf zenith asserted"],
    ),
    (
        "use",  # "its Eastern European collections": a compass word before a nationality is no name
        "Acme ran a pilot using Quill on its Eastern European collections in 2025 but ended the "
        "arrangement in January.",
        ["acme usesTechnologyOf quill negated"],
        ["acme usesTechnologyOf quill asserted"],
    ),
    (
        "develop",  # "alleges that X breached ..., by using": X uses, whatever comma comes between
        "Zenith alleges that Acme breached the licence for a library it had licensed to the start-up in "
        "2023, by using the data to train Helper.",
        ["acme develops helper alleged"],
        ["zenith develops helper alleged", "zenith develops helper asserted"],
    ),
    (
        "buys-from-the-chipmaker",
        "The sensor boxes are built around Zenith processors, which Acme buys directly from the chipmaker.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "bought-it-and-runs-it",
        "Acme bought Zenith in 2024 and runs it as a separate unit.",
        ["acme acquires zenith asserted"],
        ["acme customerOf zenith asserted"],
    ),
    (
        "sells-a-kind-of-product-named",
        "Acme, a start-up based in Montreal, sells a competing product, Helper, to smaller publishers.",
        ["acme develops helper asserted"],
        [],
    ),
    # ---- units: a relative after "a sister company of X" is the company's; "since mid-2024 by";
    # a name past a hyphened modifier qualifies the unit, a compound does not
    (
        "a-sister-company-of-that-is-owned-by",
        "Security will be provided by Zenith Secure, a sister company of Acme that is also owned by Orbit.",
        ["orbit parentOf zenith-secure asserted"],
        ["orbit parentOf acme asserted"],
    ),
    (
        "owned-since-mid-year-by",
        "Zenith has been owned since mid-2024 by Orbit, the client-gallery platform, which bought it.",
        ["orbit parentOf zenith asserted", "orbit acquires zenith asserted"],
        [],
    ),
    (
        "the-owners-hyphened-unit",
        "Zenith, the Acme drug-discovery unit that has signed pacts, is a rival.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "the-owner-backed-provider",
        "Helper trains on GPUs from Zenith, the Acme-backed cloud provider, which buys its chips from Acme.",
        ["zenith customerOf acme asserted"],
        ["acme customerOf zenith asserted"],
    ),
    # ---- a breach of "its" policy is stated from its doer on: a termination before it ends nothing
    (
        "terminated-after-a-breach-of-its-policy",
        "Zenith terminated its agreement with a customer, Acme Intelligence, after Acme breached its "
        "acceptable-use policy by mining cryptocurrency.",
        ["acme violatesTermsOf zenith asserted"],
        ["acme violatesTermsOf zenith negated"],
    ),
    # ---- a court ruling "that" after a day; "terms of use of"; "its subsidiary" in a product's sentence
    (
        "ruled-on-a-day-that",
        "The High Court in London ruled on Tuesday that Acme Ltd, a British developer of language models, "
        "breached the terms of use of Zenith Media Group when it copied articles.",
        ["acme violatesTermsOf zenith-media asserted"],
        ["high-court violatesTermsOf zenith-media asserted", "acme usesTechnologyOf zenith-media asserted"],
    ),
    (
        "a-products-system-built-by-its-subsidiary",
        "PARIS, Feb. 24, 2026 (Wire) - Acme & Co., one of the larger brokers, said on Tuesday that Helper, "
        "the classification system built by its subsidiary Zenith Analytics Ltd, now files most lines.",
        ["acme parentOf zenith-analytics asserted"],
        ["wire parentOf zenith-analytics asserted"],
    ),
    # ---- "the start-up's Series A, a round led by": the company meant raised it, not the clause's subject
    (
        "the-start-ups-round-led-by",
        "Acme is also a minority shareholder in Zenith, having taken a 6% stake in the start-up's "
        "$22 million Series A last year, a round led by Orbit Capital.",
        ["acme investsIn zenith asserted", "orbit-capital investsIn zenith asserted"],
        ["orbit-capital investsIn acme asserted"],
    ),
    # ---- more holders of one role: ", alongside" past a scope, ", along with" past a list
    (
        "rivals-in-a-place-alongside",
        "Zenith is also one of Acme's main rivals in Europe, alongside Orbit and Nova Industries; "
        "together the four account for half of supply.",
        ["acme competesWith zenith asserted", "acme competesWith orbit asserted"],
        ["nova-industries competesWith orbit asserted"],
    ),
    (
        "competitors-as-a-list-along-with",
        "Acme names its competitors as Zenith and Orbit, along with specialist providers Nova Systems "
        "and Helper Cloud.",
        ["acme competesWith orbit asserted", "acme competesWith nova-systems asserted"],
        [],
    ),
    (
        "its-venture-arm-alongside-an-investor",
        "Zenith remains an Acme shareholder through Orbit Fund, its venture arm, alongside Nova Capital.",
        ["zenith parentOf orbit-fund asserted"],
        ["zenith parentOf nova-capital asserted"],
    ),
    (
        "its-rivals-a-listed-apposition",
        "Acme's larger rivals, Zenith and Orbit, are both upgrading their own rooms.",
        ["acme competesWith zenith asserted", "acme competesWith orbit asserted"],
        [],
    ),
    # ---- the holder of "its" role past a relative aside; a speaker after the role is no holder
    (
        "past-an-aside-is-its-customer",
        "Zenith, which led Acme's £9 million seed round in 2024, is also its largest paying customer, "
        "Jane Doe confirmed.",
        ["zenith customerOf acme asserted", "zenith investsIn acme asserted"],
        [],
    ),
    (
        "a-speaker-after-the-role",
        "Zenith, which led Acme's seed round, is also its largest paying customer, Orbit confirmed.",
        ["zenith customerOf acme asserted"],
        ["orbit customerOf zenith asserted", "orbit customerOf acme asserted"],
    ),
    (
        "use",  # the maker named after "from", past the backer its compound names
        "Helper relies on a vision model from Acme-backed Zenith.",
        ["helper usesTechnologyOf zenith asserted"],
        ["helper usesTechnologyOf acme asserted"],
    ),
    (
        "join_round",  # "its" round is the company the leader holds shares in, not the leader's owner
        "Acme's investment arm, Acme Ventures, is already a shareholder in Zenith, having joined its "
        "$35 million Series B in 2024.",
        ["acme-ventures investsIn zenith asserted"],
        ["acme-ventures investsIn acme asserted"],
    ),
    (
        "possessive",  # "whose" after the agent of an apposition's participle: the company backed
        "Orbit's nearest rival is Zenith, a Dutch company backed by Acme whose scheduling service, "
        "Helper, works the same way.",
        ["zenith develops helper asserted"],
        ["acme develops helper asserted"],
    ),
    (
        "partnership",  # a deal to run on the partner's named cloud: hosted on that cloud
        "Acme signed an agreement with Zenith to run a copy of its model on Zenith's Nimbus cloud.",
        ["acme hostedOn nimbus asserted"],
        ["acme hostedOn zenith asserted"],
    ),
    (
        "runs_on",  # a hyphened word counts as one between the verb and "on"
        "Acme has signed a deal to run its fleet-learning platform on Nimbus.",
        ["acme hostedOn nimbus asserted"],
        [],
    ),
    (
        "runs_on",  # a pilot run on a cloud tells no hosting
        "Acme ran a pilot on Nimbus last year.",
        [],
        ["acme hostedOn nimbus asserted"],
    ),
    (
        "role",  # "Among the customers" after a sentence about a product: its customers
        "Acme makes Helper. Helper is installed at 600 schools. Among the customers are Zenith and Orbit.",
        ["zenith customerOf acme asserted", "orbit usesTechnologyOf helper asserted"],
        [],
    ),
    (
        "use",  # a model called through its API is used
        "Helper calls Quill thousands of times a day to score routes.",
        ["helper usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "use",  # what a company calls another is no use of it
        "Acme calls Zenith a rival and Quill a toy.",
        [],
        ["acme usesTechnologyOf zenith asserted", "acme usesTechnologyOf quill asserted"],
    ),
    (
        "sold_under",  # the name a company's product is sold under
        "Acme's software, sold under the name Blip, combines drone footage and sensor readings.",
        ["acme develops blip asserted"],
        [],
    ),
    (
        "sold_under",
        "Acme sells its software under the name Blip.",
        ["acme develops blip asserted"],
        [],
    ),
    (
        "sold_under",  # a buyer of goods sold under a name makes none of them
        "Zenith has agreed to buy 1,200 of the new machines, sold under the name Blip.",
        [],
        ["zenith develops blip asserted"],
    ),
    (
        "participation",  # a participant described at length before its name
        "Acme raised $9 million in a round led by Orbit, with participation from the Dutch state-backed "
        "fund Zenith.",
        ["zenith investsIn acme asserted", "orbit investsIn acme asserted"],
        [],
    ),
    (
        "backed_by",  # "early on" between the participle and its "by"
        "Founded in 2019, Acme was backed early on by Zenith, the venture unit of Nova, and by Orbit.",
        ["zenith investsIn acme asserted", "orbit investsIn acme asserted"],
        [],
    ),
    (
        "develop",  # a lower-case phrase before a name describes the name: the name is what is made
        "Acme also develops the warehouse-robotics software Tallyhand.",
        ["acme develops tallyhand asserted"],
        [],
    ),
    (
        "role",  # "for" after "a Zenith customer" says what for, no other named
        "Acme makes tools. It remains a Zenith customer for accounting and payroll.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "pay",  # money spent "with" a supplier
        "Acme has committed to spend $11 million with Zenith over four years.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "product",  # "the latest generation of" a maker's goods renames one of them
        "Acme uses Spark, the latest generation of Zenith's chips.",
        ["zenith develops spark asserted"],
        [],
    ),
    (
        "role",  # "it" after a semicolon is the first clause's subject
        "Acme stopped using Quill in 2024; it remains an Orbit customer.",
        ["acme customerOf orbit asserted"],
        [],
    ),
    (
        "back",  # "the company" backed is not the backer named before it
        "Nova makes cider tools. Acme, a Boston agritech fund, led its Series A in 2024, and Zenith "
        "backed the company when it went through the accelerator's batch.",
        ["zenith investsIn nova asserted"],
        ["zenith investsIn acme asserted"],
    ),
    (
        "sell",  # "access to" names what is offered, not a buyer
        "Acme moved its workloads to Zenith, which offered cheaper access to Orbit's Spark chips.",
        [],
        ["orbit customerOf zenith asserted"],
    ),
    # ---- goods a relative clause with "it" as subject says were bought
    (
        "goods-that-it-bought",
        "Acme runs about 18,000 Zenith GPUs that it bought in 2024 and 2025.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "acquire",  # a relative clause with no relative word: "a firm it acquired"
        "Acme also owns Zenith, a calibration firm it acquired in 2024.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "acquire",  # what it bought is the stake, not the company
        "Acme owns about 8% of Zenith, a stake it bought in 2024.",
        ["acme investsIn zenith asserted"],
        ["acme acquires zenith asserted"],
    ),
    (
        "a-stake-which-it-bought",
        "Acme also holds a 9 percent stake in Zenith, which it bought in the start-up's 2024 Series A.",
        ["acme investsIn zenith asserted"],
        ["acme acquires zenith asserted"],
    ),
    # ---- hyphened appositions, a named model its maker's staff fine-tuned, a compound gerund
    (
        "a-closed-loop-system-made-by",
        "On water: Orbit is using Helper, a closed-loop liquid-cooling system made by Zenith Thermal.",
        ["zenith-thermal develops helper asserted", "orbit usesTechnologyOf helper asserted"],
        [],
    ),
    (
        "a-model-that-its-engineers-fine-tuned-from",
        "The sixth tool, Quill, is a route-planning model that Acme's engineers fine-tuned from Llama.",
        ["acme develops quill asserted", "quill usesTechnologyOf llama asserted"],
        ["acme develops quill speculative"],
    ),
    (
        "fine-tuned-what-a-company-released",
        "Helper is built on Quill, the vision backbone released by Paris-based Zenith, which Acme's "
        "engineers fine-tuned on alpine images.",
        ["acme usesTechnologyOf quill asserted"],
        ["acme usesTechnologyOf zenith asserted"],
    ),
    (
        "denied-distilling-makes-nothing-new",
        "Acme rejected an accusation from Zenith that it had distilled Helper from Quill.",
        [],
        ["acme develops helper negated"],
    ),
    # ---- what a model named and trained is; rooms run by a model; a verb after "and"; a named model used
    (
        "a-model-called-then-trained-on",
        "Since January it has also predicted glazes, using a model called Quill that Acme trained on tiles.",
        ["acme develops quill asserted"],
        [],
    ),
    (
        "built-on-in-a-relative",
        "Helper, which Acme built on Quill, is fast.",
        ["acme develops helper asserted", "helper usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "its-rooms-run-by-a-model",
        "Zenith's growing rooms are run by Quill, a crop model from Acme.",
        ["zenith usesTechnologyOf quill asserted", "acme develops quill asserted"],
        ["quill parentOf zenith asserted"],
    ),
    (
        "a-station-operated-by",
        "The Vadret Observatory, a research station operated by Zenith, is big.",
        ["zenith parentOf vadret-observatory asserted"],
        [],
    ),
    (
        "sells-to-some-and-counts-a-rival",
        "Acme, which sells bingo software to online operators and counts Zenith among its main rivals, grew.",
        ["acme competesWith zenith asserted"],
        ["zenith customerOf acme asserted"],
    ),
    (
        "used-its-first-model-named",
        "Orbit used Acme's first model, Quill, during the Cup but has since dropped it.",
        ["orbit usesTechnologyOf quill negated"],
        ["orbit usesTechnologyOf acme asserted"],
    ),
    (
        "built-in-collaboration-with",
        "Orbit runs cruises. It tested Helper in 2024 but did not renew the contract, and has since built "
        "its own assistant, Quill, in collaboration with Zenith.",
        ["orbit partnerOf zenith asserted", "orbit develops quill asserted"],
        ["quill partnerOf zenith asserted"],
    ),
    # ---- a maker after a time adjunct, a role list after "now", a cloud processing, a second "from"
    (
        "released-last-year-by",
        "Under the hood, Helper is built on Quill, a compact vision-language model released last year by "
        "Zenith AI, a Toronto start-up.",
        ["zenith develops quill asserted", "helper usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "customers-now-include",
        "Acme's customers now include Zenith, Hadley & Sons Roofing of Swindon and 1,100 smaller outfits.",
        ["zenith customerOf acme asserted", "hadley-sons-roofing customerOf acme asserted"],
        [],
    ),
    (
        "processed_on",
        "Orbit itself processes that telemetry on Nimbus.",
        ["orbit hostedOn nimbus asserted"],
        [],
    ),
    (
        "processed-on-no-cloud",
        "Acme processes claims on Zenith's forms.",
        [],
        ["acme hostedOn zenith asserted"],
    ),
    (
        "raised-from-one-and-from-another",
        "Acme raised $18 million in June from Zenith Partners, a Chicago venture firm, and from the radio "
        "group Orbit Media, which took a minority stake.",
        ["zenith-partners investsIn acme asserted", "orbit-media investsIn acme asserted"],
        [],
    ),
    (
        "its-first-model-named",
        "The team used Acme's first model, Quill, during the 2024 Cup.",
        ["acme develops quill asserted"],
        [],
    ),
    # ---- a dateline's wire service is no antecedent, and a company telling its own round asserts it
    (
        "a-dateline-then-the-company-said",
        "PARIS, March 11, 2026 (Wire) -- Acme Inc., a startup that flies drones over marshes, said on "
        "Wednesday that it had closed a $40 million Series B round led by Zenith Capital.",
        ["zenith-capital investsIn acme asserted"],
        ["zenith-capital investsIn wire asserted", "zenith-capital investsIn acme reported"],
    ),
    (
        "sells_its_own",
        "Most of the money will go into Helper, the subscription service Acme sells to growers.",
        ["acme develops helper asserted"],
        [],
    ),
    (
        "and-another-remains-its-customer",
        "Founded in 2021 as a spin-off of Orbit Group, Acme is still 30% owned by its former parent, "
        "and Zenith remains its largest customer.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "a-chip-its-engineers-designed",
        "Each box is built around the Spark W1, an inference chip that Acme engineers designed.",
        ["acme develops spark-w1 asserted"],
        [],
    ),
    (
        "pitches-itself-as-a-cheaper-rival",
        "Acme buys chips from Zenith Silicon, a four-year-old chip designer in Austin that pitches itself "
        "as a cheaper, low-power rival to Orbit for factories.",
        ["orbit competesWith zenith-silicon asserted"],
        [],
    ),
    (
        "with-one-of-a-place-and-with-another",
        "Acme competes with Orbit of Singapore and with Zenith, the terminal vendor.",
        ["acme competesWith orbit asserted", "acme competesWith zenith asserted"],
        [],
    ),
    (
        "a-relative-past-a-place",
        "The frames are assembled by Zenith Aeroworks, a contract manufacturer in Fort Worth that Acme pays.",
        ["acme customerOf zenith-aeroworks asserted"],
        [],
    ),
    (
        "a-bare-apposition-made-by",
        "Acme's riders are dispatched by Helper, software made by Zenith Ltd, a Leeds company.",
        ["zenith develops helper asserted"],
        [],
    ),
    (
        "whose-named-cameras",
        "Last year Acme acquired Quaywise, a Hamburg startup whose GateEye cameras read container numbers.",
        ["acme acquires quaywise asserted", "quaywise develops gateeye asserted"],
        [],
    ),
    # ---- rounds: a parenthesis and a currency code inside, a place after a joiner, "following on"
    (
        "a-round-with-its-worth-in-brackets",
        "Orbit, the state venture investor, led Zenith's NOK 80 million (about $7.5 million) Series A "
        "last year, with Acme Capital, a Bergen fund, following on.",
        ["orbit investsIn zenith asserted", "acme-capital investsIn zenith asserted"],
        ["zenith investsIn orbit asserted"],
    ),
    (
        "a-joiner-of-a-place",
        "Orbit led Zenith's seed round in 2024, with Acme Ventures of Pittsburgh also taking part.",
        ["orbit investsIn zenith asserted", "acme-ventures investsIn zenith asserted"],
        [],
    ),
    (
        "both-companies",
        "Acme agreed to buy Zenith on Monday, and both companies run on Nimbus.",
        ["acme hostedOn nimbus asserted", "zenith hostedOn nimbus asserted"],
        [],
    ),
    (
        "named-scanners-made-by",
        "The images come from Helper scanners made by the Danish firm Acme.",
        ["acme develops helper asserted"],
        [],
    ),
    (
        "named-chips-made-by-a-foundry",
        "Acme uses Spark chips made by Kestrel Foundry.",
        ["acme usesTechnologyOf spark asserted"],
        ["kestrel-foundry develops spark asserted"],
    ),
    # ---- brands: a company's brand is its unit; a product brand is its make; a kept name is neither
    (
        "the-owners-brand",
        "Zenith, the Acme brand, has 14 Helper cells running.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "a-product-brand",
        "Helper, Acme's budget brand, sells well.",
        ["acme develops helper asserted"],
        ["acme parentOf helper asserted"],
    ),
    (
        "keeps-its-brand-inside",
        "Acme has closed its acquisition of Zenith, which will keep its brand inside Nimbus.",
        ["acme acquires zenith asserted"],
        ["zenith develops nimbus asserted", "zenith parentOf nimbus asserted"],
    ),
    (
        "sold-under-the-brand",
        "Acme, which designs low-power processors sold under the Spark brand, has recommended the offer.",
        ["acme develops spark asserted"],
        [],
    ),
    # ---- "sits on" a cloud hosts; a seat on a board does not
    (
        "sits_on",
        "Helper, which until mid-2025 ran on Nimbus, now sits on Zenith Cloud, after Zenith cut prices.",
        ["helper hostedOn zenith-cloud asserted", "helper hostedOn nimbus negated"],
        ["helper hostedOn nimbus asserted"],
    ),
    (
        "a-seat-on-a-board",
        "Jane Doe, a partner at Acme who sat on Zenith's board, said the two compete.",
        [],
        ["acme hostedOn zenith asserted"],
    ),
    (
        "until-then-a-later-clause",
        "Acme used Zenith's payments until 2025, when it dropped it in favour of readers supplied by Orbit.",
        ["acme customerOf orbit asserted"],
        [],
    ),
    # ---- "not yet": a negation, not a turn
    (
        "not-yet-deployed",
        'Zenith has not yet deployed Helper, and a spokesman described a rollout as "under review."',
        ["zenith usesTechnologyOf helper negated"],
        ["zenith usesTechnologyOf helper reported"],
    ),
    (
        "not-yet-a-threat-but-in-places-it-competes",
        "Acme is not yet a real threat to Zenith outside Asia, but in Indonesia and Vietnam it already "
        "competes head-on with Zenith's mid-range phones.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    # ---- ended uses: a speaker's "dropped it", a relative's "stopped using", "before that"
    (
        "a-speaker-says-it-was-dropped",
        "Acme's first prototype used Nova's Quill, but co-founder Leah Okafor said the team dropped it.",
        ["acme usesTechnologyOf quill negated"],
        ["acme usesTechnologyOf quill reported"],
    ),
    (
        "a-relative-it-stopped-using",
        "In 2023 Acme relied on Nimbus, which it stopped using in 2024.",
        ["acme hostedOn nimbus negated"],
        ["acme hostedOn nimbus asserted"],
    ),
    (
        "before-that-it-relied-on",
        "Acme moved its workloads to Zenith Cloud in early 2025. Before that it relied on Nimbus.",
        ["acme hostedOn zenith-cloud asserted", "acme hostedOn nimbus negated"],
        ["acme hostedOn nimbus asserted"],
    ),
    (
        "before-that-they-lived-on",  # "lived" tells a past state as "relied" does
        "Acme moved its workloads to Zenith Cloud in early 2025. Before that they lived on Nimbus.",
        ["acme hostedOn nimbus negated"],
        ["acme hostedOn nimbus asserted"],
    ),
    (
        "had-hoped-to-work-with",
        "Acme had also hoped to work with Zenith, but Egerton confirmed that talks ended without a deal.",
        [],
        ["acme partnerOf zenith asserted"],
    ),
    # ---- "pays for itself": no payee
    (
        "pays-for-itself",
        "Compared with renting capacity on Nimbus, a fully loaded Helper pays for itself within a year.",
        [],
        ["helper customerOf nimbus asserted"],
    ),
    # ---- "is in development at Acme": the organisation makes it
    (
        "in_development",
        "A successor, the Quill R3, is in development at Acme and will be produced by a foundry.",
        ["acme develops quill-r3 asserted"],
        [],
    ),
    (
        "may-be-in-development",
        "Quill may be in development at Acme.",
        [],
        ["acme develops quill asserted"],
    ),
    # ---- "owned by" told in a description holds outside the sentence's question or claim
    (
        "owned-in-a-description-outside-a-question",
        "The question is whether an upstart can compete with Zenith, the ratings service owned by Acme, "
        "which has decades of data.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "owned-in-a-description-after-the-suit",
        "Orbit sued Acme, a company owned by Zenith, alleging fraud.",
        ["zenith parentOf acme asserted"],
        [],
    ),
    # ---- co-developed: both make it
    (
        "co-develops-with",
        "Helper was built using Quill, the open-source framework that Acme co-develops with Zenith.",
        ["acme develops quill asserted", "zenith develops quill asserted"],
        [],
    ),
    (
        "co-developed-a-described-model-with",
        "Orbit co-developed the Quill structure-prediction model with Zenith.",
        ["orbit develops quill asserted", "zenith develops quill asserted"],
        [],
    ),
    # ---- "in more direct contest with": rivals
    (
        "in-contest-with",
        "The moves put Orbit in more direct contest with Acme and Zenith, the two largest lift makers.",
        ["acme competesWith orbit asserted", "orbit competesWith zenith asserted"],
        [],
    ),
    # ---- "competition for X comes from Y": rivals
    (
        "competition_from",
        "The most direct competition for Orbit comes from Zenith, a valuation service.",
        ["orbit competesWith zenith asserted"],
        [],
    ),
    (
        "competition-for-a-product-comes-mostly-from",
        "The competition for Helper comes mostly from Quill.",
        ["helper competesWith quill asserted"],
        [],
    ),
    # ---- lower-case things built on a model are no named product: the builder uses it
    (
        "builds-its-unnamed-things-on",
        "Orbit builds its transcription models on Quill and runs its service on Nimbus.",
        ["orbit usesTechnologyOf quill asserted"],
        [],
    ),
    # ---- going after the same customers as another firm: rivals
    (
        "going-after-exactly-the-same-customers-as",
        "Orbit is going after exactly the same European customers as Acme and Zenith.",
        ["acme competesWith orbit asserted", "orbit competesWith zenith asserted"],
        [],
    ),
    (
        "the-same-customers-another-does",
        "Orbit goes after the same customers Zenith does.",
        ["orbit competesWith zenith asserted"],
        [],
    ),
    # ---- "a power unit" is a noun: nothing powers anything
    (
        "a-power-unit-is-no-verb",
        "Orbit makes switchgear and a modular power unit called Helper.",
        [],
        ["helper usesTechnologyOf orbit asserted"],
    ),
    # ---- an agreement with the organisation whose cloud the sentence names buys from it
    (
        "an-agreement-with-the-owner-of-the-cloud-moved-to",
        "Acme moved to Zenith Cloud under a three-year agreement with Zenith.",
        ["acme customerOf zenith asserted"],
        ["acme partnerOf zenith asserted"],
    ),
    (
        "an-agreement-to-move-onto-its-cloud",
        "In September Acme signed a three-year agreement with Zenith under which it will move its "
        "training runs onto clusters in Zenith's cloud.",
        ["acme customerOf zenith asserted"],
        ["acme partnerOf zenith asserted"],
    ),
    # ---- "Zenith, its biggest competitor": "its" is an earlier name's, not the one it describes
    (
        "its-after-the-name-it-describes",
        "Orbit is not the first to do so: Zenith, its biggest competitor, rolled out its own writer in 2024.",
        ["orbit competesWith zenith asserted"],
        [],
    ),
    # ---- goods bought "alongside" other goods: no co-buyer
    (
        "alongside-goods-is-no-co-buyer",
        "Orbit buys S2 chips from Acme alongside Zenith GPUs.",
        ["orbit customerOf acme asserted"],
        ["zenith customerOf acme asserted"],
    ),
    # ---- ownership told in a description is no part of a deal that lapses or a suit's claim
    (
        "owned-in-a-description-outlives-a-lapsed-agreement",
        "Orbit, a company owned by Zenith, signed a data-sharing agreement with Acme in 2022. "
        "That agreement lapsed in 2024.",
        ["zenith parentOf orbit asserted", "acme partnerOf orbit negated"],
        [],
    ),
    (
        "owned-in-a-description-is-no-claim-of-the-suit",
        "Orbit, a form-analysis company owned by Zenith, sued Acme in January, alleging that the startup "
        "had breached its terms.",
        ["zenith parentOf orbit asserted", "acme violatesTermsOf orbit alleged"],
        [],
    ),
    # ---- "a large share of Orbit's catch": goods bought, not a stake
    (
        "a-share-of-a-companys-output",
        "Zenith buys a large share of Orbit's catch.",
        ["zenith customerOf orbit asserted"],
        ["zenith investsIn orbit asserted"],
    ),
    (
        "a-share-of-a-companys-stock",
        "Zenith bought a large share of Orbit's stock.",
        ["zenith investsIn orbit asserted"],
        ["zenith customerOf orbit asserted"],
    ),
    # ---- "Zenith, the Orbit-owned grocer, which ...": the grocer, not its owner
    (
        "which-after-an-owned-compound-apposition",
        "Acme sells to Zenith, the Orbit-owned grocer, which buys a large share of Nova's catch.",
        ["zenith customerOf nova asserted", "orbit parentOf zenith asserted"],
        ["orbit customerOf nova asserted"],
    ),
    # ---- "so that ..." inside a relative aside does not cut the sentence's subject off
    (
        "so-that-inside-a-whose-aside",
        "Acme Inc., whose cameras watch swimmers so that lifeguards do not have to track every head, "
        "said on Tuesday it had closed a round led by Zenith.",
        ["zenith investsIn acme asserted"],
        [],
    ),
    # ---- "chips from Zenith, which Acme buys": the chips are bought, not Zenith
    (
        "goods-from-a-maker-which-are-bought",
        "The sensors use radio chips from Zenith Semiconductor, which Acme buys directly from the chipmaker.",
        ["acme customerOf zenith-semiconductor asserted"],
        ["acme acquires zenith-semiconductor asserted"],
    ),
    (
        "goods-from-a-maker-the-company-that-was-bought",
        "Orbit uses tools from Zenith, the Cambridge company that Acme acquired in 2024.",
        ["acme acquires zenith asserted"],
        ["acme customerOf zenith asserted"],
    ),
    # ---- written by a model: the model does the work, it makes nothing
    (
        "written-by-a-model",
        "The alerts that Helper sends out are written by Quill, a model from Acme.",
        ["helper usesTechnologyOf quill asserted"],
        ["quill develops helper asserted"],
    ),
    # ---- ", and Zenith, Orbit's venture fund, led ...": a new clause's subject, no second host
    (
        "a-name-and-its-apposition-open-a-clause",
        "Acme runs Helper on Nimbus, and Zenith, Orbit's venture fund, led its Series A last year.",
        ["acme hostedOn nimbus asserted"],
        ["acme hostedOn zenith asserted", "helper hostedOn zenith asserted"],
    ),
    # ---- a product moved to a host, or only talked of as moved
    (
        "moved-a-product-to-a-host-with-no-plans",
        'Zenith said it had "no plans" to move Helper to Nimbus, answering a report.',
        [],
        ["helper hostedOn nimbus asserted", "zenith hostedOn nimbus asserted"],
    ),
    (
        "moved-a-product-to-a-maker",
        "Acme moved Helper to Zenith, the German chip maker, last year.",
        [],
        ["helper hostedOn zenith asserted", "acme hostedOn zenith asserted"],
    ),
    # ---- "which bills Acme monthly for compute": the billed side buys
    (
        "bills",
        "Nimbus, which bills Acme monthly for compute, also hosts Zenith.",
        ["acme customerOf nimbus asserted"],
        ["nimbus customerOf acme asserted"],
    ),
    # ---- a product's apposition names its maker: who rolled it out did not make it
    (
        "rolled-out-a-system-from-a-start-up",
        "Orbit has rolled out Quill, a triage system from start-up Acme, across its claims.",
        ["acme develops quill asserted"],
        ["orbit develops quill asserted"],
    ),
    # ---- "a contract with Zenith ... to supply": the signer supplies
    (
        "a-contract-with-to-supply",
        "Acme signed a three-year contract with Zenith, the French road group, to supply maps for its crews.",
        ["zenith customerOf acme asserted"],
        ["acme customerOf zenith asserted"],
    ),
    # ---- a model named in lower case after its maker's possessive and an adjective
    (
        "a-lower-case-model-after-open-weight",
        "Zenith's tool runs on Acme's open-weight qx-oss-120b.",
        ["acme develops qx-oss-120b asserted", "zenith usesTechnologyOf qx-oss-120b asserted"],
        ["zenith hostedOn acme asserted"],
    ),
    (
        "open-weight-models-name-no-model",
        "Zenith's tool runs on Acme's open-weight models.",
        ["zenith usesTechnologyOf acme asserted"],
        [],
    ),
    # ---- "owns a stake in Zenith, sells it the chips that ...": "it" is the one other company
    (
        "sells-it-the-goods",
        "Acme owns an equity stake in Zenith, sells it the GPUs that fill its data halls, and rents from it.",
        ["zenith customerOf acme asserted", "acme investsIn zenith asserted"],
        [],
    ),
    # ---- a filing's defined term ("the Company") is the organisation it is about, no name
    (
        "a-defined-term-is-the-documents-organisation",
        'Acme Holdings Inc. ("Acme" or "the Company") makes chips. In May the Company paid $1.1 billion '
        "for Orbit, a laser developer. The Company also continues to carry a 19% stake in Zenith.",
        ["acme-holdings investsIn zenith asserted"],
        ["company investsIn zenith asserted", "orbit investsIn zenith asserted"],
    ),
    # ---- "Zenith, which Acme pays per character": the relative clause's payee
    (
        "which-a-company-pays",
        "The voice comes from Zenith, which Acme pays per character of generated speech.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    # ---- "owns approximately 6.2% of the outstanding common stock of Zenith"
    (
        "a-share-of-the-outstanding-stock-of",
        "Funds managed by Acme own approximately 6.2% of the outstanding common stock of Zenith.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    # ---- "is racing X and Y for the last parcels": rivals; "racing to build" names no one
    (
        "racing-rivals",
        "Acme is racing Zenith and Orbit for the last parcels of land. Nova is racing to build a campus.",
        ["acme competesWith zenith asserted", "acme competesWith orbit asserted"],
        [],
    ),
    # ---- "a start-up whose Helper platform": whose product it is
    (
        "whose-named-product",
        "Brisklet, a Seattle start-up whose Helper platform lets banks build agents, signed a contract.",
        ["brisklet develops helper asserted"],
        [],
    ),
    # ---- ... past a hyphened word, after a place written without its accent ("a Zurich team")
    (
        "whose-open-weight-model-after-an-unaccented-place",
        "Databricks bought Brisklet, a Zurich team whose open-weight Kelpie-2 model became a favourite.",
        ["brisklet develops kelpie-2 asserted"],
        [],
    ),
    # ---- "Zenith will manufacture its next-generation Spark": another's product
    (
        "manufactures-its-next-generation",
        "Orbit said that Zenith will manufacture its next-generation Spark accelerator.",
        ["orbit develops spark asserted"],
        ["zenith develops spark asserted"],
    ),
    # ---- "...; Acme is among its customers": the first clause's name, a cloud too
    (
        "its-customers-after-a-semicolon",
        "Nimbus rents GPUs to start-ups and labs; Acme is among its customers.",
        ["acme customerOf nimbus asserted"],
        [],
    ),
    # ---- "Helper, the toxicity-scoring tool from Zenith": an apposition names the maker
    (
        "the-tool-from-a-maker",
        "Comments are screened by Helper, the toxicity-scoring tool from Zenith, an Acme unit.",
        ["zenith develops helper asserted"],
        [],
    ),
    (
        "goods-from-a-seller-after-a-clause",
        "Orbit reaches Quill through Helper, and rents extra GPUs from Zenith at peak hours.",
        [],
        ["zenith develops helper asserted"],
    ),
    # ---- "rents its halls to two tenants: A, ..., and B": the colon's list buys
    (
        "tenants-listed-after-a-colon",
        "Acme rents its halls to two very thirsty tenants: Zenith, which signed a lease in 2023, and Orbit.",
        ["zenith customerOf acme asserted", "orbit customerOf acme asserted"],
        ["acme customerOf zenith asserted"],
    ),
    # ---- "came out of stealth with a seed round led by X, with Y also participating"
    (
        "a-debut-rounds-joiner",
        "Brisklet came out of stealth in October with an $85 million seed round led by Acme, "
        "with Zenith also participating.",
        ["acme investsIn brisklet asserted", "zenith investsIn brisklet asserted"],
        [],
    ),
    # ---- "bought a small block of Zenith shares": a stake, not the company
    (
        "bought-a-block-of-shares",
        "In 2024 Acme bought a small block of Zenith shares from early employees.",
        ["acme investsIn zenith asserted"],
        ["acme acquires zenith asserted"],
    ),
    # ---- "competes with X for ..., and with Y": a second "with" the verb takes
    (
        "competes-with-and-with",
        "Acme competes with Zenith for every dollar, and with startups such as Orbit for inference.",
        ["acme competesWith zenith asserted", "acme competesWith orbit asserted"],
        [],
    ),
    # ---- "the Zenith-owned code host" is a noun; "a tool for doctors called Helper" buys nothing
    (
        "a-host-noun-hosts-nothing",
        "Made by Orbit, the Zenith-owned code host, Helper is the assistant most people have tried.",
        [],
        ["helper hostedOn zenith asserted"],
    ),
    (
        "what-is-sold-named-after-for-buys-nothing",
        "Acme sells a dictation tool for hospital doctors called Helper, which is built on Quill.",
        ["helper usesTechnologyOf quill asserted"],
        ["helper customerOf acme asserted"],
    ),
    # ---- "signs a licence to use Quill": the licensee uses it, no one buys from Quill
    (
        "a-licence-to-use",
        "Acme pays an undisclosed sum and signs a three-year licence to use Quill for its agents.",
        ["acme usesTechnologyOf quill asserted"],
        ["acme customerOf quill asserted", "quill customerOf acme asserted"],
    ),
    # ---- "Nimbus, its cloud arm": a unit, not a product
    (
        "its-cloud-arm-is-a-unit",
        "Acme's cuts reached into Nimbus, its cloud arm.",
        [],
        ["acme develops nimbus asserted"],
    ),
    # ---- "a partner in Zenith's Helper platform": Zenith's partner
    (
        "a-partner-in-a-makers-platform",
        "Acme is a partner in Zenith's Helper robotics platform.",
        ["acme partnerOf zenith asserted"],
        ["acme partnerOf helper asserted"],
    ),
    # ---- served on the owner's own chips, or on a product's systems: technology, not a host
    (
        "served-on-an-owners-own-chips",
        "Quill is trained and served on Zenith's own Spark chips. "
        "Orbit runs its models on Zenith's Helper systems.",
        ["quill usesTechnologyOf spark asserted", "orbit usesTechnologyOf helper asserted"],
        ["quill hostedOn zenith asserted", "orbit hostedOn helper asserted"],
    ),
    # ---- "the wholly owned subsidiary Acme created": an adjective, and Acme the creator
    (
        "wholly-owned-subsidiary-a-company-created",
        "Zenith, the wholly owned subsidiary Acme created in 2020, sells chips.",
        ["acme parentOf zenith asserted"],
        ["zenith parentOf acme asserted"],
    ),
    # ---- "We left Nimbus and have trained Quill on ...": Nimbus is the object of "left"
    (
        "we-left-a-cloud-and-have-trained",
        "Kelpa Labs makes Quill. We left Nimbus in 2024 and have trained Quill on Orbit's cluster since.",
        ["kelpa-labs develops quill asserted"],
        ["nimbus develops quill asserted", "nimbus hostedOn orbit asserted"],
    ),
    # ---- "the state-linked fund Zenith Capital": a noun, and a hyphened word counts as one
    (
        "controlled-by-a-state-linked-fund",
        "Orbit, which is controlled by the state-linked fund Zenith Capital, was placed on the list.",
        ["zenith-capital parentOf orbit asserted"],
        ["orbit investsIn zenith-capital asserted"],
    ),
    # ---- a deal that goes on to name what is bought is a purchase from its other side
    (
        "agreement-with-a-cloud-for-capacity",
        "Acme signs a multi-year agreement with Nimbus for GPU capacity.",
        ["acme customerOf nimbus asserted"],
        ["acme partnerOf nimbus asserted"],
    ),
    (
        "agreement-for-research-stays-a-partnership",
        "Acme signed an agreement with Zenith for joint research.",
        ["acme partnerOf zenith asserted"],
        ["acme customerOf zenith asserted"],
    ),
    # ---- a model number in the plural is the maker's chip, bought by the many
    (
        "a-plural-model-number",
        "Acme bought 500 Zenith Z7s last year.",
        ["acme customerOf zenith asserted", "zenith develops zenith-z7 asserted"],
        ["acme acquires zenith-z7s asserted"],
    ),
    # ---- a company after an opening phrase that ends in a plural job is no person
    (
        "company-after-founded-by-former-engineers",
        "Founded in 2021 by former Zenith engineers, Brisklet raised $20 million from Acme.",
        ["acme investsIn brisklet asserted"],
        [],
    ),
    # ---- "which Brisklet retired": a company retiring a product is no person's career
    (
        "a-company-retires-a-product",
        "Its tool, which Brisklet Airways retired in 2024, ran on Quill. "
        "Brisklet has been an Acme customer since 2023.",
        ["brisklet-airways customerOf acme asserted"],
        [],
    ),
    # ---- a cloud makes chips and services of its own: "trained it on Nimbus's Spark chips"
    (
        "a-clouds-own-chip-and-service",
        "Acme trained Quill on Nimbus's Spark chips. It sells Quill via Helper, Nimbus's managed service.",
        ["nimbus develops spark asserted", "nimbus develops helper asserted"],
        ["nimbus partnerOf acme asserted"],
    ),
    # ---- "runs it on its own GPU instances in Nimbus": the cloud the instances are in
    (
        "runs-on-instances-in-a-cloud",
        "Acme has licensed Zenith's Quill and runs it on its own GPU instances in Nimbus.",
        ["quill hostedOn nimbus asserted"],
        [],
    ),
    # ---- "Its Spark processor, also manufactured by Zenith": the topic buys the manufacture
    (
        "its-product-also-manufactured-by",
        "Acme sells chips in China. Its Spark processor, also manufactured by Zenith, is deployed widely.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    # ---- "Nova, the joint venture of Acme and Zenith": each owner is its parent
    (
        "the-joint-venture-of",
        "The contract went to Orbit and to Nova, the joint venture of Acme and Zenith, ending a long tender.",
        ["acme parentOf nova asserted", "zenith parentOf nova asserted"],
        ["orbit parentOf nova asserted"],
    ),
    # ---- "fought for the same buyers as X and Y"
    (
        "fought-for-the-same-buyers",
        "Acme also fought for the same buyers as Zenith and Orbit, both of which had larger sales teams.",
        ["acme competesWith zenith asserted", "acme competesWith orbit asserted"],
        [],
    ),
    # ---- "leases a dedicated cluster at Zenith's largest site": the site's owner is the lessor
    (
        "leases-at-a-companys-site",
        "Acme leases a dedicated cluster at Zenith's largest site, and Orbit runs models on Nimbus.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    # ---- "has positioned itself as a direct rival to X"
    (
        "positioned-itself-as-a-rival",
        "Acme raised money in a round led by Orbit, and it has positioned itself as a rival to Zenith.",
        ["acme competesWith zenith asserted"],
        ["orbit competesWith zenith asserted"],
    ),
    # ---- goods "rented by" someone: the renter is the owner's customer
    (
        "rented-by-whose-fleet",
        "Nova owns 6% of Zenith, the New Jersey-based operator whose fleet of servers is rented by Acme "
        "and Orbit, among others.",
        ["acme customerOf zenith asserted", "orbit customerOf zenith asserted"],
        ["zenith customerOf acme asserted"],
    ),
    # ---- "its customers, who include ..."; "the Acme research unit in London"
    (
        "customers-who-include",
        "Acme makes Helper. Acme says Helper now serves its customers, who include Zenith and Orbit.",
        ["zenith customerOf acme asserted", "orbit customerOf acme asserted"],
        [],
    ),
    (
        "a-unit-in-a-place",
        "Hollowbrook was founded by two researchers who had met at Zenith, the Acme research unit in London.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    # ---- "Acme has two paying customers, Zenith and Orbit"
    (
        "has-customers-set-off",
        "Acme has two paying customers, Zenith and Orbit, and says it is running a pilot.",
        ["zenith customerOf acme asserted", "orbit customerOf acme asserted"],
        [],
    ),
    # ---- "38% owned by" is a stake; "60 percent owned by" a parent
    (
        "a-share-owned-by",
        "Zenith is 38% owned by Acme. Orbit, 60 percent owned by Nova, grew.",
        ["acme investsIn zenith asserted", "nova parentOf orbit asserted"],
        ["acme parentOf zenith asserted"],
    ),
    # ---- "Zenith, a two-year-old Los Angeles company that raised ...": a place in the description
    (
        "a-place-inside-an-apposition",
        "The dispute put a spotlight on Zenith, a two-year-old Los Angeles company that raised "
        "a Series A led by Orbit last year.",
        ["orbit investsIn zenith asserted"],
        [],
    ),
    # ---- "distilled Helper from Zenith's Quill": the model made and its maker use the source
    (
        "distilled-one-model-from-another",
        "Acme distilled Helper from Zenith's Quill last year.",
        ["acme usesTechnologyOf quill asserted", "helper usesTechnologyOf quill asserted"],
        ["acme usesTechnologyOf helper asserted"],
    ),
    (
        "distilled-from-denied",
        "Acme rejected an accusation from Orbit that it had distilled Helper from Zenith's Quill.",
        [],
        ["helper usesTechnologyOf quill asserted", "acme usesTechnologyOf quill asserted"],
    ),
    # ---- "sends prompts to X's model": the model's work is asked of it
    (
        "sends-prompts-to-a-model",
        "Helper sends prompts to Zenith's Quill and to Orbit's models, depending on the task.",
        ["helper usesTechnologyOf quill asserted"],
        [],
    ),
    # ---- a nationality and the field's word name nothing: "the British AI chipmaker Zenith"
    (
        "a-nationality-and-ai-is-no-name",
        "Acme, which bought the British AI chipmaker Zenith in 2024, was approached this year.",
        ["acme acquires zenith asserted"],
        [],
    ),
    # ---- "A and B, both of which compete with C": the list is the relative clause's subject
    (
        "all-of-which-after-a-verb",
        "Nova joins Zenith, Orbit and the Ledger Group, all of which licensed content to Acme.",
        ["acme customerOf zenith asserted", "acme customerOf orbit asserted"],
        [],
    ),
    (
        "both-of-which",
        "Zenith and Orbit, both of which compete with Acme in inference, declined to submit.",
        ["acme competesWith zenith asserted", "acme competesWith orbit asserted"],
        [],
    ),
    # ---- "written by engineers at Acme": the company whose people wrote it
    (
        "written-by-engineers-at",
        "Helper was written by engineers at Acme and handed to the foundation in 2025.",
        ["acme develops helper asserted"],
        [],
    ),
    # ---- "for its first product, the AX-1"; "Helper, a platform it built"
    (
        "for-its-first-product-named",
        "Acme has booked wafer capacity at Zenith for its first product, the AX-1, the paper said.",
        ["acme develops ax-1 asserted"],
        ["zenith develops ax-1 asserted"],
    ),
    (
        "a-platform-it-built",
        "Acme has ordered 18,000 Spark chips and sells capacity through Helper, a platform it built.",
        ["acme develops helper asserted"],
        [],
    ),
    # ---- a joiner named with its owner: "with Acme's Nova participating"
    (
        "a-possessive-joiner-of-a-round",
        "Zenith raised $55 million in a Series B led by Orbit, with Acme's Nova participating.",
        ["nova investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    # ---- "its chemists use X": the company whose people they are uses it
    (
        "its-people-act-for-it",
        "Acme trains its own models on Nimbus, and its chemists use Zenith's Quill to score molecules.",
        ["acme usesTechnologyOf quill asserted"],
        [],
    ),
    # ---- "Quill, which Acme has fine-tuned on data bought from Zenith": Acme bought it
    (
        "a-relative-clause-with-its-own-subject",
        "It is built on Orbit's Quill, which Acme has fine-tuned on stock footage bought from Zenith.",
        ["acme customerOf zenith asserted"],
        ["quill customerOf zenith asserted", "orbit customerOf zenith asserted"],
    ),
    # ---- "its part number PS-1" is a code, no unit
    (
        "a-part-number-is-no-unit",
        "Spark, which Acme also calls by its part number AX-1, pairs 512 engines with memory from Zenith.",
        [],
        ["acme parentOf ax-1 asserted", "spark parentOf ax-1 asserted"],
    ),
    # ---- "The company counts X among its customers and has raised ...": X is an object
    (
        "the-company-counts-an-object-among-its-customers",
        "Acme makes robots. The company counts Zenith among its customers and has raised $95 million, "
        "most recently a Series B led by Orbit.",
        ["zenith customerOf acme asserted", "orbit investsIn acme asserted"],
        ["orbit investsIn zenith asserted"],
    ),
    # ---- "signed on as Acme's authorised partner": the role the joiner took
    (
        "served-as-a-companys-partner",
        "Zenith served as Acme's implementation partner for the integration work.",
        ["acme partnerOf zenith asserted"],
        [],
    ),
    (
        "signed-on-as-a-companys-partner",
        "Zenith, a Michigan integrator, signed on as Acme's authorised partner for North America.",
        ["acme partnerOf zenith asserted"],
        [],
    ),
    # ---- "Orbit, Acme's venture fund": a fund the company runs
    (
        "a-companys-venture-fund",
        "Zenith and Orbit, Acme's venture fund, both joined the board meeting.",
        ["acme parentOf orbit asserted"],
        ["acme parentOf zenith asserted"],
    ),
    # ---- "moved its internal systems off X and onto Y": Y is the new host, X the old one
    (
        "moved-off-one-cloud-and-onto-another",
        "In mid-2025 Acme moved its internal systems off Orbit Cloud and onto Nimbus.",
        ["acme hostedOn nimbus asserted"],
        [],
    ),
    # ---- "the Spark accelerator from Zenith" names its maker; "rented ... from" a seller
    (
        "product-from-its-maker",
        "Acme's robot runs on the Spark inference accelerator from Zenith, a chip start-up.",
        ["zenith develops spark asserted"],
        [],
    ),
    (
        "product-rented-from-a-seller",
        "Acme rented the Spark accelerator from Zenith.",
        ["acme customerOf zenith asserted"],
        ["zenith develops spark asserted"],
    ),
    # ---- a noun phrase's cues are its own words: not a name's ("EX"), not a verb's before it
    (
        "ex-inside-a-name-is-no-former",
        "Under the contract, Acme will build Orbit on its Nimbus EX platform.",
        ["acme develops nimbus-ex asserted"],
        [],
    ),
    (
        "future-generations-of-its-chip",
        "Zenith signed Acme, a chip designer, which will build future generations of its Spark chip.",
        ["acme develops spark asserted"],
        [],
    ),
    # ---- "which" after a long apposition renames the name before it
    (
        "which-after-a-long-apposition",
        "The logs feed Helper, the company's clinical-notes assistant, which is built on Zenith's Quill.",
        ["helper usesTechnologyOf quill asserted"],
        [],
    ),
    # ---- backers after a lead of "X's $300 million Series C", and "also taking a stake"
    (
        "joiners-of-a-possessive-round-with-its-amount",
        "Orbit led Zenith's $300 million Series C, with Nova and the Oslo investor Acme also participating.",
        ["nova investsIn zenith asserted", "acme investsIn zenith asserted"],
        [],
    ),
    (
        "also-taking-a-stake",
        "Zenith raised EUR 120 million in a Series A led by Orbit, with Acme also taking a stake.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    # ---- the rest of a list a preposition opens is no subject of the verb after it
    (
        "list-after-from-is-no-subject",
        "The unit buys its chips from both Zenith and Orbit and competes with Nova for customers.",
        [],
        ["orbit competesWith nova asserted", "nova competesWith orbit asserted"],
    ),
    # ---- "the open-source Quill" is an adjective, no release by the clause's subject
    (
        "open-source-adjective",
        "Acme faces competition from Orbit and Zenith, the company behind the open-source Quill model.",
        ["zenith develops quill asserted"],
        ["acme develops quill asserted"],
    ),
    # ---- a fund's managing partner is a person's title, no partnership
    (
        "managing-partner-title",
        "Zenith's managing partner, Orbit points out, sits on Acme's board.",
        [],
        ["orbit partnerOf zenith asserted", "zenith partnerOf orbit asserted"],
    ),
    # ---- a maker's parts bought are goods, not the maker bought
    (
        "parts-bought-are-goods",
        "Orbit and Nova both buy Zenith parts for their data centres.",
        ["orbit customerOf zenith asserted", "nova customerOf zenith asserted"],
        ["orbit acquires zenith asserted"],
    ),
    # ---- owning a maker's GPUs is buying them, not owning the maker
    (
        "owns-gpus",
        "On hardware, Acme says it owns 18,000 Zenith GPUs.",
        ["acme customerOf zenith asserted"],
        ["acme parentOf zenith asserted"],
    ),
    # ---- "said no such discussions had taken place" disowns the report before it
    (
        "no-such-discussions",
        "Asked about reports that Zenith would supply Acme, Orbit said no such discussions had taken place.",
        [],
        ["acme customerOf zenith reported"],
    ),
    # ---- a company founded "with a seed cheque from X": X backs it
    (
        "founded-with-a-seed-cheque",
        "Brenwick was founded in 2021 with seed money from Orvo.",
        ["orvo investsIn brenwick asserted"],
        [],
    ),
    # ---- "organisations working with X include A, B": each partners with X
    (
        "organisations-working-with-include",
        "Organisations working with Brenwick include Tessary Airport, Orvo and Dunmore Water.",
        ["brenwick partnerOf orvo asserted", "brenwick partnerOf dunmore-water asserted"],
        [],
    ),
    (
        "a-name-working-with-includes",
        "Tessary, working with Brenwick on the launch, includes Orvo among its suppliers.",
        [],
        ["brenwick partnerOf orvo asserted"],
    ),
    # ---- awarding a contract
    (
        "awards-a-contract",
        "Acme has awarded a three-year cloud contract to Zenith and Orbit.",
        ["acme customerOf zenith asserted", "acme customerOf orbit asserted"],
        [],
    ),
    # ---- a product carrying another uses it; a company carrying goods sells them
    (
        "carries-a-computer",
        "Each Helper carries Acme's Spark computer.",
        ["helper usesTechnologyOf spark asserted"],
        [],
    ),
    ("comes-with", "Helper comes with Quill.", ["helper usesTechnologyOf quill asserted"], []),
    ("shop-carries", "Zenith carries Acme's phones.", [], ["zenith usesTechnologyOf acme asserted"]),
    # ---- a notice's "Awarded to Zenith" is the article's organisation's award
    (
        "notice-awarded-to",
        "Acme opened a tender for cloud hosting.\n\nLot 1: hosting. Awarded to Zenith, Oslo.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    # ---- serving from a cloud
    ("serve-from", "Zenith serves everything from Nimbus.", ["zenith hostedOn nimbus asserted"], []),
    ("serve-out-of", "Zenith serves its app out of Nimbus.", ["zenith hostedOn nimbus asserted"], []),
    ("serve-customers-of", "Zenith serves customers of Nimbus.", [], ["zenith hostedOn nimbus asserted"]),
    # ---- investment
    ("invest-verb", "Acme invested $2 billion in Zenith last year.", ["acme investsIn zenith asserted"], []),
    ("invest-pour", "Acme has poured fresh capital into Zenith.", ["acme investsIn zenith asserted"], []),
    (
        "invest-list-with-a-possessive-member",
        "Acme invested in Zenith, Orbit's research arm Nova and Vela Partners.",
        [
            "acme investsIn zenith asserted",
            "acme investsIn nova asserted",
            "acme investsIn vela-partners asserted",
        ],
        ["acme investsIn orbit asserted"],
    ),
    (
        "invest-commit",
        "Acme has committed about $13 billion to Zenith since 2019.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "invest-commit-relative",
        "It is small next to the $2 billion Acme pledged to Zenith last year.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "invest-join-round",
        "Acme took part in a $50 million funding round for Zenith.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "invest-join-possessive-round",
        "Orbit joined Zenith's latest funding round.",
        ["orbit investsIn zenith asserted"],
        [],
    ),
    (
        "invest-participation-from",
        "Zenith raised $40 million in a round led by Acme, with participation from Orbit and Nova.",
        [
            "acme investsIn zenith asserted",
            "orbit investsIn zenith asserted",
            "nova investsIn zenith asserted",
        ],
        [],
    ),
    (
        "invest-participation-of-with-existing-investors",
        "Zenith raised $9 million in new funding. Acme had led the round with participation "
        "of Orbit and existing investors Nova and Vela Partners.",
        [
            "acme investsIn zenith asserted",
            "orbit investsIn zenith asserted",
            "nova investsIn zenith asserted",
            "vela-partners investsIn zenith asserted",
        ],
        [],
    ),
    (
        "invest-the-round-included",
        "Zenith raised $17 million in March, in a round led by Acme. The round also included "
        "contributions from both Orbit and Nova.",
        [
            "acme investsIn zenith asserted",
            "orbit investsIn zenith asserted",
            "nova investsIn zenith asserted",
        ],
        [],
    ),
    (
        "invest-the-round-included-no-name",
        "Zenith raised $5 million in 2019. The round included a grant from the city of Acme.",
        [],
        ["acme investsIn zenith asserted"],
    ),
    (
        "invest-participation-in-a-possessive-series",
        "Zenith's Series D financing was led by Acme, with participation from existing investors "
        "Orbit and Nova.",
        [
            "acme investsIn zenith asserted",
            "orbit investsIn zenith asserted",
            "nova investsIn zenith asserted",
        ],
        [],
    ),
    (
        "invest-also-participating",
        "Zenith closed a $12 million Series A led by Acme, with Orbit also participating.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "invest-participation-no-raiser",
        "Acme led the round, with participation from Orbit.",
        [],
        ["orbit investsIn acme asserted"],
    ),
    (
        "invest-co-led-round",
        "Acme and Orbit co-led Zenith's $100 million round.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    ("invest-led-series", "Orbit led Zenith's Series B.", ["orbit investsIn zenith asserted"], []),
    (
        "invest-counts-list-as-investors",
        "Zenith counts Acme, Orbit and Nova as investors.",
        [
            "acme investsIn zenith asserted",
            "orbit investsIn zenith asserted",
            "nova investsIn zenith asserted",
        ],
        [],
    ),
    (
        "invest-alongside-after-object",
        "Acme invested in Zenith alongside Orbit and Nova.",
        [
            "acme investsIn zenith asserted",
            "orbit investsIn zenith asserted",
            "nova investsIn zenith asserted",
        ],
        ["acme investsIn orbit asserted"],
    ),
    (
        "supply-along-with-aside",
        "Zenith, along with Orbit, is a customer of Nimbus.",
        ["zenith customerOf nimbus asserted", "orbit customerOf nimbus asserted"],
        [],
    ),
    (
        "invest-alongside-raise-left-alone",
        "Zenith raised $50 million from Acme alongside Orbit.",
        ["acme investsIn zenith asserted"],
        ["orbit investsIn zenith asserted", "zenith investsIn orbit asserted"],
    ),
    (
        "invest-it-after-opening-phrase",
        "Acme reported strong results. In 2023, it invested in Zenith. Alongside Nova, it also backs Orbit.",
        ["acme investsIn zenith asserted", "acme investsIn orbit asserted"],
        ["nova investsIn orbit asserted"],
    ),
    (
        "invest-existing-investor-of-topic",
        "LISBON, May 2 (The Ledger) - Zenith is raising $300 million in a round led by Acme. "
        "Orbit, an existing investor, is also expected to take part.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        ["orbit investsIn the-ledger asserted"],
    ),
    (
        "invest-unsaid-role-not-in-a-product",
        "Helper launched in 2022. Orbit, an investor, praised the launch.",
        [],
        ["orbit investsIn helper asserted"],
    ),
    ("invest-join-no-round", "Acme joined Zenith's board.", [], ["acme investsIn zenith asserted"]),
    (
        "buy-choose-cloud",
        "Zenith chose Nimbus to host its models.",
        ["zenith hostedOn nimbus asserted"],
        [],
    ),
    ("buy-choose-company", "Zenith chose Acme as its partner.", [], ["zenith customerOf acme asserted"]),
    (
        "invest-commit-no-money",
        "Acme is committed to Zenith's platform.",
        [],
        ["acme investsIn zenith asserted"],
    ),
    (
        "invest-commit-promise",
        "Acme committed to a partnership with Zenith.",
        [],
        ["acme investsIn zenith asserted"],
    ),
    (
        "invest-passive",
        "Zenith is backed by Acme and Orbit.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "invest-compound",
        "Acme-backed Zenith opened an office in Lisbon.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "invest-raise",
        "Zenith raised $50 million from Acme and Orbit.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "invest-noun",
        "Regulators are looking at Acme's investment in Zenith.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "invest-stake",
        "Acme owns a 20% stake in Zenith.",
        ["acme investsIn zenith asserted"],
        ["acme parentOf zenith asserted"],
    ),
    (
        "invest-role-list",
        "Zenith's investors include Acme and Orbit.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    ("invest-round", "Zenith closed a round led by Acme.", ["acme investsIn zenith asserted"], []),
    (
        "invest-the-company",
        "Zenith was founded in 2019, and Acme holds a 10% stake in the company.",
        ["acme investsIn zenith asserted"],
        ["zenith investsIn acme asserted"],
    ),
    (
        "invest-the-company-ambiguous",
        "Zenith met Orbit, and Acme holds a stake in the company.",
        [],
        ["acme investsIn zenith asserted", "acme investsIn orbit asserted"],
    ),
    (
        "invest-negated",
        "Acme has not invested in Zenith.",
        ["acme investsIn zenith negated"],
        ["acme investsIn zenith asserted"],
    ),
    (
        "invest-hedged",
        "Acme could invest in Zenith next year.",
        ["acme investsIn zenith speculative"],
        ["acme investsIn zenith asserted"],
    ),
    ("invest-unrelated", "Acme invested in research, Zenith said.", [], ["acme investsIn zenith asserted"]),
    (
        "sell-a-majority-of-it",
        "Acme spun off Zenith and sold a majority of it to Orbit.",
        [],
        ["orbit customerOf acme asserted"],
    ),
    (
        "invest-object-of-a-relative-clause",
        "The fund that backed Zenith has also backed Orbit.",
        [],
        ["zenith investsIn orbit asserted"],
    ),
    (
        "round-led-next-sentence",
        "Zenith raised $40 million. The round was led by Acme, with Orbit participating.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "led-the-round-next-sentence",
        "Zenith has raised $40 million. Acme led the round.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "series-led-next-sentence",
        "Zenith raised $40 million. The Series B was led by Acme.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "funding-came-from",
        "Zenith has raised $40 million. The funding came from Acme and Orbit.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "participating-without-a-round",
        "Acme is participating in the talks with Zenith.",
        [],
        ["acme investsIn zenith asserted", "zenith investsIn acme asserted"],
    ),
    (
        "participating-after-a-role",
        "Zenith raised $60m in a round led by Acme, with existing investors Orbit and Nova participating.",
        [
            "acme investsIn zenith asserted",
            "orbit investsIn zenith asserted",
            "nova investsIn zenith asserted",
        ],
        [],
    ),
    (
        "round-which-was-led-by",
        "Zenith was valued at $6 billion in its latest funding round, which was led by Acme.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "and-opens-a-new-clause",
        "Acme has invested in Zenith, and Orbit has invested too.",
        ["acme investsIn zenith asserted"],
        ["acme investsIn orbit asserted"],
    ),
    (
        "and-opens-a-clause-past-an-apposition",
        "Acme invested in Zenith, and Orbit, its rival, has backed Nova.",
        ["acme investsIn zenith asserted"],
        ["acme investsIn orbit asserted"],
    ),
    (
        "and-before-a-speaker",
        "Acme bought Zenith and Orbit said nothing.",
        ["acme acquires zenith reported"],
        ["acme acquires orbit asserted", "acme acquires orbit reported"],
    ),
    # ---- acquisition
    ("acquire-verb", "Acme acquired Zenith for $1.2 billion.", ["acme acquires zenith asserted"], []),
    (
        "acquire-a-long-named-unit",
        "Acme purchased Zenith's consumer and enterprise storage activities in 2004.",
        ["acme acquires zenith asserted"],
        ["acme customerOf zenith asserted"],
    ),
    ("acquire-passive", "Zenith was bought by Acme in March.", ["acme acquires zenith asserted"], []),
    (
        "acquire-passive-being",
        "Zenith is in the process of being taken over by the media group Acme.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "acquire-by-a-since-renamed-buyer",
        "Zenith was bought in 1998 by Orbit (now Acme) for $40 million.",
        ["orbit acquires zenith asserted", "acme acquires zenith asserted"],
        [],
    ),
    (
        "acquire-bracket-names-an-owner-not-a-new-name",
        "Zenith was bought in 1998 by Orbit (now a unit of Acme).",
        ["orbit acquires zenith asserted", "acme parentOf orbit asserted"],
        ["acme acquires zenith asserted"],
    ),
    (
        "acquire-passive-seller",
        "In 1994, Corvane Ltd was bought from Tessary plc by the Dutch tyre maker Orvo AG.",
        ["orvo acquires corvane asserted"],
        ["corvane customerOf tessary asserted"],
    ),
    (
        "role-unit-of-described",
        "Corvane was bought by Tessary Growth, a division of the Lisbon buyout firm Orvo Capital.",
        ["orvo-capital parentOf tessary-growth asserted", "tessary-growth acquires corvane asserted"],
        [],
    ),
    (
        "acquire-unit-of",
        "In 2012, Corvane acquired the LPG distribution branch of the Spanish company Tessary in Chile.",
        ["corvane acquires tessary asserted"],
        [],
    ),
    (
        "acquire-possessive-business",
        "Corvane then acquired Tessary's retail business, before itself being sold in 2006.",
        ["corvane acquires tessary asserted"],
        ["corvane customerOf tessary asserted"],
    ),
    (
        "invest-list-introduced",
        "Corvane has received $26 million in investment from venture capitalists and investors including"
        " Brisklet Ventures, Tessary Partners, Orvo Fund as well as the billionaire Dana Orr.",
        [
            "brisklet-ventures investsIn corvane asserted",
            "tessary-partners investsIn corvane asserted",
            "orvo-fund investsIn corvane asserted",
        ],
        [],
    ),
    (
        "acquire-noun-its",
        "Acme completed its takeover of Zenith on Friday.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "acquire-noun-by",
        "The acquisition of Zenith by Acme closed quickly.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "acquire-relative",
        "Zenith, which makes sensors, was acquired by Acme.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "acquire-plans",
        "Acme plans to acquire Zenith.",
        ["acme acquires zenith speculative"],
        ["acme acquires zenith asserted"],
    ),
    (
        "acquire-talks",
        "Acme is in talks to buy Zenith.",
        ["acme acquires zenith speculative"],
        ["acme acquires zenith asserted"],
    ),
    (
        "acquire-denied",
        "Acme denied that it would acquire Zenith.",
        ["acme acquires zenith negated"],
        ["acme acquires zenith asserted"],
    ),
    (
        "acquire-goods-not-company",
        "Zenith bought Spark chips from Acme.",
        ["zenith customerOf acme asserted"],
        ["zenith acquires acme asserted", "zenith acquires spark asserted"],
    ),
    (
        "buy-company-from-seller",
        "Acme bought Zenith from Orbit for $2 billion.",
        ["acme acquires zenith asserted"],
        ["acme customerOf orbit asserted"],
    ),
    (
        "paid-to-purchase",
        "Acme paid $140 million to purchase Zenith from Orbit in 2001.",
        ["acme acquires zenith asserted"],
        ["acme customerOf zenith asserted", "acme customerOf orbit asserted"],
    ),
    (
        "buy-goods-from-seller",
        "Acme will buy Spark modules from Zenith.",
        ["acme customerOf zenith asserted"],
        ["acme acquires spark asserted"],
    ),
    # ---- ownership
    (
        "parent-apposition",
        "Zenith, a subsidiary of Acme, makes sensors.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "parent-two-participles-one-by",
        "In 2006 Orbit was bought by Zenith, which is indirectly wholly owned and controlled by Acme.",
        ["zenith acquires orbit asserted", "acme parentOf zenith asserted"],
        [],
    ),
    (
        "develop-two-participles-one-by",
        "Quill was designed and tested by Zenith.",
        ["zenith develops quill asserted"],
        [],
    ),
    (
        "parent-x-and-its-subsidiary",
        "Orbit will publish stress-test results for both Acme and its primary bank subsidiary Zenith.",
        ["acme parentOf zenith asserted"],
        ["orbit parentOf zenith asserted"],
    ),
    (
        "parent-bracketed-apposition",
        "Mr. Varga sat on the board of Zenith (currently a wholly owned subsidiary of Acme) until 2019.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "parent-bracketed-formerly",
        "Zenith (formerly a unit of Acme) makes sensors.",
        [],
        ["acme parentOf zenith asserted"],
    ),
    (
        "became-part-of-is-a-takeover",
        "In 2004 Zenith became part of Acme.",
        ["acme acquires zenith asserted"],
        ["acme parentOf zenith asserted"],
    ),
    (
        "is-part-of-is-ownership",
        "Zenith is part of Acme.",
        ["acme parentOf zenith asserted"],
        ["acme acquires zenith asserted"],
    ),
    (
        "parent-possessive-apposition",
        "Acme, Zenith's parent company, reported results.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "parent-possessive-role",
        "Zenith's parent Acme reported results.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    ("parent-verb", "Acme owns Zenith.", ["acme parentOf zenith asserted"], []),
    (
        "own-per-cent-of",
        "Acme and Orbit together own 100 per cent of Zenith.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        ["acme parentOf zenith asserted"],
    ),
    ("parent-passive", "Zenith is owned by Acme.", ["acme parentOf zenith asserted"], []),
    (
        "relies-on-for-production",
        "Acme relies on Zenith for nearly all of its GPU production.",
        ["acme customerOf zenith asserted"],
        ["acme usesTechnologyOf zenith asserted"],
    ),
    (
        "relies-on-for-else",
        "Acme relies on Zenith for search.",
        ["acme usesTechnologyOf zenith asserted"],
        [],
    ),
    (
        "built-into-its-named-product",
        "Acme has integrated Zenith's models into its assistant Quill for banks.",
        ["acme develops quill asserted"],
        [],
    ),
    (
        "hosted-in-a-clouds-region",
        "Helper is hosted in Nimbus's Belgian region.",
        ["helper hostedOn nimbus asserted"],
        [],
    ),
    (
        "relative-after-a-products-noun",
        "Zenith trains on Spark chips, which Acme designs in-house.",
        ["acme develops spark asserted"],
        [],
    ),
    (
        "relative-after-the-makers-product",
        "Orbit rivals Zenith, maker of the Spark chip, which Acme acquired last year.",
        [],
        ["acme acquires spark asserted"],
    ),
    (
        "drawn-under-a-supply-contract",
        "Zenith, a GPU cloud, draws hydropower under a supply contract with Acme.",
        ["zenith customerOf acme asserted"],
        ["acme customerOf zenith asserted"],
    ),
    (
        "deal-with-a-seller-named-in-full-before",
        "Stratus Compute leases GPUs. Zenith signed a supply agreement with Stratus in March.",
        ["zenith customerOf stratus-compute asserted"],
        ["stratus-compute customerOf zenith asserted", "stratus-compute partnerOf zenith asserted"],
    ),
    (
        "operates-as-a-unit",
        "Zenith, which was bought by Acme in 2025 and now operates as an Acme unit, shipped a fix.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "goods-and-maker-leased",
        "The model was trained on a cluster of 6,000 Acme Spark GPUs leased from Zenith.",
        [],
        ["acme customerOf zenith asserted"],
    ),
    (
        "goods-licensed",
        "The chip pairs Spark cores licensed from Zenith with an in-house engine.",
        [],
        ["spark customerOf zenith asserted"],
    ),
    (
        "breached-its-contract-with",
        "A tribunal found that Acme breached its contract with Zenith by reselling capacity.",
        ["acme violatesTermsOf zenith asserted"],
        ["acme partnerOf zenith asserted"],
    ),
    (
        "violated-the-terms-of-an-agreement-with",
        "A judge ruled that Acme had violated the terms of a 2024 data-licensing agreement with Zenith.",
        ["acme violatesTermsOf zenith asserted"],
        ["acme partnerOf zenith asserted"],
    ),
    (
        "participating-past-an-apposition",
        "Zenith closed a $40 million round, led by Orbit, with Nova, Acme's venture arm, participating.",
        ["orbit investsIn zenith asserted", "nova investsIn zenith asserted", "acme parentOf nova asserted"],
        [],
    ),
    (
        "list-member-after-a-places-possessive",
        "Stargate is owned by OpenAI, Zenith, Orbit and Abu Dhabi's Acme.",
        [
            "acme parentOf stargate asserted",
            "zenith parentOf stargate asserted",
            "orbit parentOf stargate asserted",
        ],
        [],
    ),
    (
        "supplies-goods-on-a-makers-product",
        "Acme supplies the memory on Zenith's Spark accelerator.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "sends-work-to-a-model",
        "Under the hood, Zenith sends most reasoning-heavy work to Quill.",
        ["zenith usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "sends-money-to-a-company",
        "Zenith sent most of its cash to Acme.",
        [],
        ["zenith usesTechnologyOf acme asserted"],
    ),
    (
        "a-makers-product-offered-on",
        "Acme's Quill models are offered on Nimbus.",
        ["quill hostedOn nimbus asserted", "acme develops quill asserted"],
        ["acme hostedOn nimbus asserted"],
    ),
    (
        "share-of-held-by",
        "About 24% of Zenith is held by Acme, a state-backed fund.",
        ["acme investsIn zenith asserted"],
        ["acme parentOf zenith asserted"],
    ),
    (
        "share-of-owned-by",
        "About 24% of Zenith is owned by Acme.",
        ["acme investsIn zenith asserted"],
        ["acme parentOf zenith asserted"],
    ),
    ("record-held-by", "The Zenith record is held by Acme.", [], ["acme parentOf zenith asserted"]),
    (
        "a-name-in-a-hyphened-modifier-is-no-subject",
        "Third parties assembling Acme-based servers, Orbit among them, currently buy Zenith chips.",
        [],
        ["acme customerOf zenith asserted"],
    ),
    (
        "the-company-after-a-sentence-naming-one-organisation-after-a-preposition",
        "The dispute comes at an awkward moment for Acme. The company is racing Zenith for land.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    (
        "a-custom-version-of-a-model-powers",
        "Acme is using a custom version of Quill to power its Helper app.",
        ["helper usesTechnologyOf quill asserted"],
        ["helper usesTechnologyOf acme asserted"],
    ),
    (
        "a-report-in-a-later-clause-reports-only-that-clause",
        "Acme builds Zenith's Quill into its Helper app, and it is reported to be in talks with Orbit.",
        ["acme usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "its-after-we-led-a-round-is-the-raisers",
        'Acme is a fund. "We led Zenith\'s Series B," Acme said. Its coding assistant, Helper, grew fast.',
        ["zenith develops helper asserted"],
        ["acme develops helper asserted"],
    ),
    (
        "its-after-a-sentence-naming-one-organisation-after-a-preposition",
        "Nearly every model ran on accelerators designed by Acme. Its Spark generation holds most capacity.",
        ["acme develops spark asserted"],
        [],
    ),
    (
        "an-opening-for-sets-the-topic",
        "For Acme, the deal is the largest yet for its fund, backed by Orbit. The firm already owns Zenith.",
        ["acme parentOf zenith asserted"],
        ["orbit parentOf zenith asserted"],
    ),
    (
        "a-module-named-after-its-maker",
        "Each camera carries an Acme Jetstream module so that the models run on the device.",
        ["acme develops acme-jetstream asserted"],
        [],
    ),
    (
        "a-module-house-is-a-company",
        "Velt Memory, the Hsinchu module house owned by Orbit, buys dies from Zenith.",
        ["orbit parentOf velt-memory asserted"],
        [],
    ),
    (
        "instead-it-opens-the-subject",
        "Acme does not buy GPUs directly. Instead it purchases complete servers from Zenith.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "a-period-of-time-before-it",
        "Acme makes chips for phones. In the fourth quarter it bought Zenith.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "the-chip-with-a-relative-clause-made-by-a-foundry",
        "Acme designs chips. The chip, which fuses camera, radar and lidar signals, is fabricated by Zenith.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "and-increasingly-with-a-further-rival",
        "Acme competes with Zenith and Nova among GPU clouds, and increasingly with Orbit, which won deals.",
        ["acme competesWith orbit asserted"],
        [],
    ),
    (
        "a-possessive-past-qualifying-words",
        "The model was trained with Acme's open-source Quill framework on Zenith's latest Spark chip.",
        ["acme develops quill asserted", "zenith develops spark asserted"],
        [],
    ),
    (
        "paying-for-a-product",
        "Acme started paying for Zenith at 40 stores in January, and Orbit paid $1.2 billion for Nova.",
        ["acme customerOf zenith asserted", "orbit acquires nova asserted"],
        [],
    ),
    (
        "a-licence-taken-of-a-product",
        "Helper writes notes into Quill, the system that Acme has licensed since 2017; Orbit licenses Spark.",
        ["acme usesTechnologyOf quill asserted", "orbit usesTechnologyOf spark asserted"],
        [],
    ),
    (
        "a-licence-given-of-its-own-product",
        "Zenith licenses its Spark design to Acme.",
        [],
        ["zenith usesTechnologyOf spark asserted"],
    ),
    (
        "a-contact-relative-after-a-noun-a-product-name-qualifies",
        "The rise came from Nova, the RISC-V processor designer Acme acquired in May 2025.",
        ["acme acquires nova asserted"],
        [],
    ),
    (
        "manufactured-for-a-client-by-a-foundry",
        "The Spark is manufactured for Acme by Zenith, and Orbit is by far Nova's largest customer.",
        ["acme customerOf zenith asserted", "orbit customerOf nova asserted"],
        [],
    ),
    (
        "set-against-a-rival",
        "Orbit positioned Spark against Zenith's Quill. That pits Acme squarely against Nova.",
        ["quill competesWith spark asserted", "acme competesWith nova asserted"],
        ["orbit competesWith zenith asserted"],
    ),
    (
        "a-relative-after-a-product-and-its-noun",
        "Helper runs on Acme's Spark processor, which is based on Zenith's designs.",
        ["spark usesTechnologyOf zenith asserted"],
        ["acme usesTechnologyOf zenith asserted"],
    ),
    (
        "a-system-a-possessive-apposition-names-and-its-relative",
        "The trucks are coordinated by Fleetmind, Zenith's fleet-automation system, which Acme also uses.",
        ["zenith develops fleetmind asserted", "acme usesTechnologyOf fleetmind asserted"],
        [],
    ),
    (
        "a-possessive-apposition-with-four-qualifying-words",
        "Our kernels build on Quill, Zenith's open-source template library.",
        ["zenith develops quill asserted"],
        [],
    ),
    (
        "a-system-made-by-in-an-apposition-is-made-not-manufactured",
        "Acme's robots are guided by Quill, a fleet-orchestration system made by Zenith, a software company.",
        ["zenith develops quill asserted"],
        [],
    ),
    (
        "the-lead-investor-is-not-what-the-next-took-part-joins",
        "Nimbus hosts Acme's models. Separately, Helper said it had raised $40 million in a round led by "
        "Zenith. Orbit also took part.",
        [],
        ["orbit investsIn zenith asserted"],
    ),
    (
        "as-did-echoes-the-main-clause-not-a-relative",
        "Acme, which counts Zenith and Orbit among its largest shareholders, welcomed the deal, as did Nova.",
        ["zenith investsIn acme asserted"],
        ["zenith investsIn nova asserted"],
    ),
    (
        "created-by-training-a-base-model-makes-no-maker",
        "According to Acme, Helper was created by additionally training Quill on Japanese text.",
        [],
        ["quill develops helper reported", "helper develops quill reported"],
    ),
    (
        "moved-off-a-cloud-and-onto-a-company",
        "In January Acme moved its asset pipeline off Nimbus and onto Zenith.",
        ["acme hostedOn zenith asserted", "acme hostedOn nimbus negated"],
        [],
    ),
    (
        "left-a-supplier-it-named",
        "Acme rented its first GPUs from Zenith. Last year it left Zenith for good.",
        ["acme customerOf zenith negated"],
        ["acme customerOf zenith asserted"],
    ),
    (
        "a-person-leaving-is-no-customer",
        "Dana Reyes co-founded Zenith. In 2024 she left Zenith.",
        [],
        ["acme customerOf zenith negated", "zenith customerOf zenith negated"],
    ),
    (
        "comma-spliced-we-clause",
        "At Acme we make robots. Then in 2024 Orbit invested in Acme, we moved everything onto Nimbus.",
        ["orbit investsIn acme asserted"],
        ["orbit hostedOn nimbus asserted"],
    ),
    (
        "has-them-manufactured-by",
        "Acme designs the chips in Lisbon and has them manufactured by Zenith in Taiwan.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "has-the-chip-made-at",
        "Acme has the Spark chip made at Zenith's foundry in Texas.",
        ["acme customerOf zenith asserted"],
        ["zenith develops spark asserted"],
    ),
    (
        "booked-wafer-capacity-at",
        "Acme, a start-up that designs network chips, has booked 3 nm wafer capacity at Zenith.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "booked-revenue-from-is-no-booking",
        "Acme booked $2 billion of revenue from Zenith last year.",
        [],
        ["acme customerOf zenith asserted"],
    ),
    (
        "bought-and-now-runs-as-a-subsidiary",
        "The models were used inside Zenith, the start-up Acme bought in 2024 and now runs as a wholly "
        "owned subsidiary.",
        ["acme acquires zenith asserted", "acme parentOf zenith asserted"],
        [],
    ),
    (
        "bought-and-operates-it-as",
        "Acme bought Zenith in 2024 and operates it as Acme Berlin.",
        ["acme acquires zenith asserted", "acme parentOf zenith asserted"],
        [],
    ),
    (
        "bought-alone-owns-by-acquiring",
        "Acme bought Zenith in 2024.",
        ["acme acquires zenith asserted"],
        ["acme parentOf zenith asserted"],
    ),
    (
        "acquired-a-controlling-stake",
        "In July, Acme acquired a controlling stake in Zenith, the company behind Helper.",
        ["acme parentOf zenith asserted"],
        ["acme investsIn zenith asserted"],
    ),
    (
        "in-which-it-holds-a-controlling-stake",
        "Zenith, the chip unit in which Acme still holds a controlling stake, sells Spark.",
        ["acme parentOf zenith asserted"],
        ["acme investsIn zenith asserted"],
    ),
    (
        "a-minority-stake-stays-a-stake",
        "Acme took a minority stake in Zenith.",
        ["acme investsIn zenith asserted"],
        ["acme parentOf zenith asserted"],
    ),
    (
        "a-numbered-fund-is-an-investor",
        "Zenith raised $90 million in a round led by Acme's Growth Fund 2 and Orbit.",
        ["acme parentOf growth-fund-2 asserted", "growth-fund-2 investsIn zenith asserted"],
        ["acme develops growth-fund-2 asserted"],
    ),
    (
        "the-venture-arm-of-the-name-its-suffix-follows",
        "Zenith raised A$30 million in a round led by Pelican Ventures, the venture arm of Pelican, "
        "with Orbit also investing.",
        ["pelican parentOf pelican-ventures asserted", "pelican-ventures investsIn zenith asserted"],
        ["a investsIn zenith asserted", "pelican investsIn zenith asserted"],
    ),
    (
        "a-list-goes-on-past-a-unit-apposition",
        "Acme has raised money from investors including Orbit, the venture arm of Zenith, and Nova.",
        ["orbit investsIn acme asserted", "nova investsIn acme asserted", "zenith parentOf orbit asserted"],
        ["zenith investsIn acme asserted"],
    ),
    (
        "a-list-of-subjects-past-a-possessive-unit-apposition",
        "Orbit, Zenith's venture fund, and Nova invested in Acme.",
        ["orbit investsIn acme asserted", "nova investsIn acme asserted"],
        ["zenith investsIn acme asserted"],
    ),
    (
        "participation-in-a-bare-series",
        "Acme raised a Series B led by Zenith with participation from Orbit.",
        ["zenith investsIn acme asserted", "orbit investsIn acme asserted"],
        [],
    ),
    (
        "positions-itself-against-both",
        "Acme positions itself against both Zenith and Orbit on compliance rather than price.",
        ["acme competesWith zenith asserted", "acme competesWith orbit asserted"],
        [],
    ),
    (
        "a-list-past-whose-then-as-well-as",
        "Acme competes with Zenith, whose chips dominate deployments, as well as with the chipmakers Orbit "
        "and Nova.",
        [
            "acme competesWith zenith asserted",
            "acme competesWith orbit asserted",
            "acme competesWith nova asserted",
        ],
        [],
    ),
    (
        "a-list-past-both-of-which",
        "Acme competes with Zenith and Orbit, both of which have raised larger rounds, and with Nova.",
        ["acme competesWith orbit asserted", "acme competesWith nova asserted"],
        [],
    ),
    (
        "a-list-past-and-increasingly",
        "Acme competes for training contracts with Zenith, Orbit and, increasingly, with Nova.",
        ["acme competesWith orbit asserted", "acme competesWith nova asserted"],
        [],
    ),
    (
        "operating-accelerators-is-no-making",
        "Acme, a GPU cloud founded in 2024, operates some 4,000 Spark accelerators near Grenoble.",
        ["acme usesTechnologyOf spark asserted"],
        ["acme develops spark asserted"],
    ),
    (
        "a-person-said-the-company",
        "Acme builds data centres. Its chief executive said the company competes with Zenith.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    (
        "held-talks-about-a-stake",
        "Acme has held talks about a stake in Zenith.",
        ["acme investsIn zenith speculative"],
        ["acme investsIn zenith asserted"],
    ),
    (
        "competes-for-hyphened-goods-with",
        "Acme competes for power-rich land with Zenith, Orbit and, increasingly, with Nova itself.",
        [
            "acme competesWith zenith asserted",
            "acme competesWith orbit asserted",
            "acme competesWith nova asserted",
        ],
        [],
    ),
    (
        "rivalry-the-model-reads-below-its-threshold",
        "Acme competes for land, power and tenants with better-funded developers such as Zenith and Orbit.",
        ["acme competesWith zenith asserted", "acme competesWith orbit asserted"],
        ["zenith competesWith orbit asserted"],
    ),
    (
        "a-chip-its-maker-names-is-made-by-a-foundry",
        "Zenith's inference chip, Spark, is made by Acme.",
        ["zenith develops spark asserted", "zenith customerOf acme asserted"],
        ["acme develops spark asserted"],
    ),
    (
        "a-product-its-designer-does-not-make",
        "The Helper, which Zenith designs but does not make, is produced by Acme on its 3-nanometre process.",
        ["zenith customerOf acme asserted"],
        ["acme develops helper asserted"],
    ),
    (
        "whose-chip-is-manufactured-by",
        "Acme makes chips. The three-year-old company, whose Spark inference chip is manufactured by Zenith, "
        "lends racks to grantees.",
        ["acme customerOf zenith asserted"],
        ["zenith develops spark asserted"],
    ),
    (
        "manufactured-for-the-company-by",
        "The Spark, Acme's current flagship, is manufactured for the company by Zenith in Taiwan.",
        ["acme customerOf zenith asserted"],
        ["zenith develops spark asserted"],
    ),
    (
        "manufactured-for-it-by",
        "Acme designs chips. The Spark is manufactured for it by Zenith.",
        ["acme customerOf zenith asserted"],
        ["zenith develops spark asserted"],
    ),
    (
        "uses-as-a-second-source",
        "Acme buys most of its memory from Zenith and uses Orbit as a second source.",
        ["acme customerOf zenith asserted", "acme customerOf orbit asserted"],
        ["acme usesTechnologyOf orbit asserted"],
    ),
    (
        "qualified-as-a-second-source",
        "Acme said it had qualified Orbit as a second memory source.",
        ["acme customerOf orbit asserted"],
        [],
    ),
    (
        "a-supplier-named-is-no-topic",
        "Acme designs the Spark chip. Each chip is packaged with memory bought from Zenith. The company "
        "said it uses Orbit as a second memory source.",
        [],
        ["zenith usesTechnologyOf orbit asserted", "zenith customerOf orbit asserted"],
    ),
    (
        "drawing-on-for-long-documents",
        "Acme routes each task to the best model, drawing on Zenith's Quill for long policy documents.",
        ["acme usesTechnologyOf quill asserted"],
        ["acme usesTechnologyOf quill reported"],
    ),
    (
        "a-venture-in-a-field-is-no-purchase",
        "Acme set up a data-centre venture with Zenith.",
        ["acme partnerOf zenith asserted"],
        ["acme customerOf zenith asserted"],
    ),
    (
        "which-after-an-its-apposition",
        "Zenith makes Helper, its detection platform, which is deployed at 1,900 firms and hosted on Nimbus.",
        ["helper hostedOn nimbus asserted"],
        [],
    ),
    (
        "a-clouds-region-is-no-product",
        "Acme serves its assistant from Nimbus's Querétaro region.",
        [],
        ["nimbus develops querétaro asserted", "nimbus develops queretaro asserted"],
    ),
    (
        "runs-on-a-companys-models",
        "Acme's assistant runs on Zenith's models.",
        ["acme usesTechnologyOf zenith asserted"],
        ["acme hostedOn zenith asserted"],
    ),
    (
        "manufactured-on-a-foundrys-process",
        "Acme's second-generation chip, the Spark, will be manufactured on Zenith's 2-nanometre process.",
        ["acme develops spark asserted", "acme customerOf zenith asserted"],
        ["zenith develops spark asserted"],
    ),
    (
        "scheduled-to-tape-out-at",
        "Acme's first inference chip, Spark, is scheduled to tape out at Zenith in the first quarter.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "taped-out-with-no-owner-named",
        "Orbit is buying Acme. Spark taped out at Zenith's foundry last year.",
        [],
        ["orbit customerOf zenith asserted"],
    ),
    (
        "an-apposition-with-a-capitalised-hyphened-modifier",
        "Zenith, a Johor-based operator that leases GPU halls to Acme, must certify its customers.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "its-app-runs-on",
        "Acme builds phones. Its app runs on Nimbus.",
        ["acme hostedOn nimbus asserted"],
        [],
    ),
    (
        "a-round-the-reference-took-stays-its-topic",
        "Acme makes coding assistants. The Lisbon startup took money in a round led by Zenith, with existing "
        "backer Orbit joining. Its product runs on Nimbus.",
        ["acme hostedOn nimbus asserted", "orbit investsIn acme asserted"],
        ["orbit hostedOn nimbus asserted"],
    ),
    (
        "remains-majority-owned-by-it",
        "Zenith, which was spun out of Orbit in 2023 and remains majority-owned by it, rents GPUs.",
        ["orbit parentOf zenith asserted"],
        [],
    ),
    (
        "buys-goods-explained-in-an-aside-from",
        "Acme buys underfill — the epoxy that fills the gaps between a die and its substrate — from Zenith.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "a-list-goes-on-past-a-kind-such-as",
        "Acme competes with large technology companies, including Zenith, as well as with specialised "
        "vendors such as Nova and Orbit.",
        [
            "acme competesWith zenith asserted",
            "acme competesWith nova asserted",
            "acme competesWith orbit asserted",
        ],
        [],
    ),
    (
        "customers-such-as-after-a-comma-are-no-list",
        "Because Acme hosts open models on capacity it rents from Zenith, customers such as Orbit and Nova "
        "pay Acme.",
        ["acme customerOf zenith asserted"],
        ["acme customerOf orbit asserted"],
    ),
    (
        "fights-a-rival-for-tenants",
        "Acme, an Ohio GPU-rental outfit that fights Zenith for mid-sized AI tenants, ordered cards.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    (
        "describes-as-its-rival",
        "Acme executives describe Zenith as their most direct rival in selling to clients.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    (
        "a-product-apposed-to-its-makers-kind",
        "Error rates for Quill, the Acme model we serve, are back to normal.",
        ["acme develops quill asserted"],
        ["acme investsIn quill asserted"],
    ),
    (
        "makers-kind-then-its-name",
        "Orbit uses Quill, the Acme model Zeta.",
        [],
        ["acme develops quill asserted"],
    ),
    (
        "bought-an-amount-of-shares-of",
        "Acme bought $400 million of newly issued Series C preferred shares of Zenith.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "bought-goods-from-a-stock",
        "Acme bought 40 tonnes of copper from the stock of Zenith.",
        [],
        ["acme investsIn zenith asserted"],
    ),
    (
        "a-foundry-manufactures-a-designers-chip",
        "The Spark accelerator is designed by Acme. Zenith manufactures the Spark.",
        ["acme develops spark asserted", "acme customerOf zenith asserted"],
        ["zenith develops spark asserted"],
    ),
    (
        "goods-supplied-to-by",
        "Cooling is supplied to Acme by Zenith under a 20-year agreement.",
        ["acme customerOf zenith asserted"],
        ["zenith customerOf acme asserted"],
    ),
    ("goods-sold-to-by-a-time", "The chips were sold to Acme by the end of 2024.", [], []),
    (
        "competes-for-a-noun-phrase-with",
        "Acme competes for hyperscale and AI tenants with Zenith, a Nova portfolio company, and with Orbit.",
        ["acme competesWith zenith asserted", "acme competesWith orbit asserted"],
        [],
    ),
    (
        "a-countrys-company-after-its-possessive",
        "Acme still competes with Mexico's Routely, which raised a seed round last year.",
        ["acme competesWith routely asserted"],
        [],
    ),
    (
        "relative-after-a-bracketed-short-name",
        "Prices fell at Acme Corp. (ACM), which competes with Zenith in older parts.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    (
        "role-holders-along-with",
        "Zenith is among Acme's most direct competitors, along with Cambridge-based Orbit.",
        ["acme competesWith zenith asserted", "acme competesWith orbit asserted"],
        [],
    ),
    (
        "object-after-a-place-based",
        "Acme invested in Paris-based Zenith.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "a-fine-tune-of-a-model",
        "Helper, the company's first product, was a fine-tune of Acme's Quill.",
        ["helper usesTechnologyOf quill asserted"],
        [],
    ),
    ("a-fork-of-a-model", "Helper is a fork of Quill.", ["helper usesTechnologyOf quill asserted"], []),
    # ---- a relation a later clause ends: the stake sold on, the part dropped, the model moved off
    (
        "a-stake-sold-on-after-a-semicolon",
        "Acme had bought a small stake in Zenith in 2024; it sold that holding to Orbit in the deal.",
        ["acme investsIn zenith negated"],
        ["acme supplierOf orbit", "orbit customerOf acme"],
    ),
    (
        "that-part-dropped",
        "Earlier Zenith devices relied on an audio chip from Acme, but Zenith dropped that part in 2025.",
        ["zenith customerOf acme negated"],
        [],
    ),
    (
        "relied-on-for-that-feature-until",
        "Zenith had relied on Acme's Quill for that feature until last spring, when it switched vendors.",
        ["zenith usesTechnologyOf quill negated"],
        [],
    ),
    (
        "a-party-moved-it",
        "Helper was built on Acme's Quill when it launched, but Zenith moved it to Orbit in November.",
        ["helper usesTechnologyOf quill negated"],
        [],
    ),
    (
        "a-product-contains-a-part",
        "Every Helper unit contains one of Acme's Spark modules.",
        ["helper usesTechnologyOf spark asserted", "acme develops spark asserted"],
        [],
    ),
    (
        "a-share-of-the-total",
        "Acme raised $20 million. Zenith, an Acme customer since 2023, put in about $6 million of the total.",
        ["zenith investsIn acme asserted", "zenith customerOf acme asserted"],
        [],
    ),
    (
        "an-asides-hedge-and-conjunction-stay-in-the-aside",
        "Zenith, a Chicago company whose software predicts when heating and cooling units are about to fail, "
        "has raised $40 million in a Series B round led by Acme.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "a-whether-clause-stays-in-its-aside",
        "Zenith, a start-up whose software reads invoices and decides whether a claim should be paid, "
        "has raised $30 million in a Series B round led by Acme.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "its-in-a-relative-without-that",
        "Helper, the recipe platform Acme built out of its 2019 purchase of Zenith, offers a planner.",
        ["acme acquires zenith asserted", "acme develops helper asserted"],
        ["helper acquires zenith"],
    ),
    (
        "work-done-for-a-customer",
        "Helper now handles claims for Orbit and Zenith. Acme processes payments for Nova.",
        [
            "orbit usesTechnologyOf helper asserted",
            "zenith usesTechnologyOf helper asserted",
            "nova customerOf acme asserted",
        ],
        [],
    ),
    (
        "its-terms-are-the-finders",
        "The Acme-backed startup Orbit lost access to Zenith's API after Zenith determined that it had "
        "broken its terms of use.",
        ["orbit violatesTermsOf zenith asserted", "acme investsIn orbit asserted"],
        ["acme violatesTermsOf orbit", "orbit violatesTermsOf acme"],
    ),
    (
        "undercutting-rivals",
        "Zenith is openly undercutting Acme and Orbit.",
        ["acme competesWith zenith asserted", "orbit competesWith zenith asserted"],
        [],
    ),
    (
        "an-openly-released-model-is-no-verb",
        "Helper was fine-tuned from Acme's openly released Quill weights, Orbit said.",
        ["helper usesTechnologyOf quill reported"],
        ["helper develops quill"],
    ),
    (
        "building-together-with-in-an-aside",
        "Acme is building, together with Zenith, the Helper platform in Essonne.",
        ["acme develops helper asserted", "acme partnerOf zenith asserted"],
        ["zenith develops helper"],
    ),
    (
        "the-company-past-a-set-off-however",
        "Zenith makes hive sensors. For the next one, however, the company has bought chips from Acme.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "a-model-the-company-trained",
        "Zenith makes sensors. The money will fund work on Quill, the acoustic model the company trained.",
        ["zenith develops quill asserted"],
        [],
    ),
    (
        "a-family-of-models-built-by",
        "Orbit takes its inputs from Quill, a family of forecasting models built by Acme, Zenith's lab.",
        ["acme develops quill asserted", "zenith parentOf acme asserted"],
        [],
    ),
    (
        "it-is-the-verbs-object-not-the-prepositions",
        "Orbit built Helper on top of Quill, Acme's family of open models, and runs it on Nimbus.",
        ["helper hostedOn nimbus asserted", "helper usesTechnologyOf quill asserted"],
        ["quill hostedOn nimbus"],
    ),
    (
        "a-person-at-the-backer-leaves-the-topic",
        "Zenith raised a Series A led by Acme. Acme partner Ruth Ostrowski joined the board. "
        "Its main competitor is Orbit.",
        ["orbit competesWith zenith asserted", "acme investsIn zenith asserted"],
        ["acme competesWith orbit"],
    ),
    (
        "model-training-is-a-noun",
        "Six months ago Zenith shifted its model training and analytics off Nimbus.",
        ["zenith hostedOn nimbus negated"],
        ["zenith develops nimbus"],
    ),
    (
        "helping-others-roll-out",
        "Acme will help large enterprises roll out Helper. Orbit helps Zenith design its Spark chips.",
        ["zenith develops spark asserted"],
        ["acme develops helper"],
    ),
    (
        "a-backer-set-off-by-an-apposition-leaves-the-topic",
        "Zenith makes chips. Nova, Acme's venture arm, led Zenith's $55 million Series A. "
        "Its first paying customer is Orbit.",
        ["orbit customerOf zenith asserted", "nova investsIn zenith asserted"],
        ["orbit customerOf nova"],
    ),
    (
        "an-owners-fund-joining-the-round-leaves-the-topic",
        "Zenith raised $75 million in a Series C led by Nova. Acme's Orbit fund, which has backed "
        "several companies, joined the round. The Denver company has 900 units. "
        "Its biggest customer is Helper.",
        ["helper customerOf zenith asserted", "orbit investsIn zenith asserted"],
        ["helper customerOf acme"],
    ),
    (
        "built-a-client-a-named-thing",
        "Zenith has also built Orbit a membership chatbot, called Helper, that handles cancellations.",
        ["zenith develops helper asserted", "orbit customerOf zenith asserted"],
        [],
    ),
    (
        "a-fine-tuned-version-of-a-model",
        "Under the hood, Helper is a fine-tuned version of Acme's open-weight Quill, Orbit said.",
        ["helper usesTechnologyOf quill reported"],
        ["quill develops helper"],
    ),
    (
        "to-tune-is-no-fine-tune",
        "Helper wants to tune Quill for law.",
        [],
        ["helper usesTechnologyOf quill asserted"],
    ),
    (
        "the-model-a-lab-publishes",
        "Helper runs on Quill, the open-weight model that Zenith publishes under its licence.",
        ["zenith develops quill asserted"],
        [],
    ),
    (
        "sold-to-directly-by",
        "Roughly 1,180 of the machines were sold to Acme directly by Zenith.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "which-a-customer-pays-for-work",
        "Zenith, which Acme already pays for annotation work, will remain part of Orbit.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "a-model-read-foundry-of-a-designers-chip",
        "Acme designs the Spark. The Spark will be fabricated by Zenith under an existing foundry agreement.",
        ["acme develops spark asserted", "acme customerOf zenith asserted"],
        ["zenith develops spark asserted"],
    ),
    (
        "buys-a-quantity-of-a-makers-goods",
        "Acme buys mountains of Zenith GPUs, which it rents out to Orbit.",
        ["acme customerOf zenith asserted", "orbit customerOf acme asserted"],
        [],
    ),
    (
        "served-from-a-companys-cloud",
        "Orbit, a startup whose Quill model is served entirely from Zenith's cloud, raised money.",
        ["quill hostedOn zenith asserted"],
        [],
    ),
    (
        "served-from-a-companys-offices",
        "Acme serves customers from Zenith's offices.",
        [],
        ["acme hostedOn zenith asserted"],
    ),
    (
        "runs-natively-in-clouds",
        "Helper runs natively in Nimbus and inside Acme's data centres.",
        ["helper hostedOn nimbus asserted"],
        [],
    ),
    (
        "said-that-a-holder-remains-its-partner",
        "Acme said that Zenith remains its primary training partner.",
        ["acme partnerOf zenith asserted"],
        [],
    ),
    (
        "a-kind-of-partner-of-a-name",
        "Orbit, a Zenith technology partner, raised money.",
        ["orbit partnerOf zenith asserted"],
        [],
    ),
    (
        "a-model-developed-with-a-partner",
        "Acme ended its pilot of Quill, the foundation model that Zenith developed with Orbit.",
        ["zenith develops quill asserted", "orbit partnerOf zenith asserted"],
        [],
    ),
    (
        "built-with-a-makers-goods",
        "Zenith built Quill with Orbit GPUs.",
        ["zenith develops quill asserted"],
        ["orbit partnerOf zenith asserted"],
    ),
    (
        "a-plural-relative-after-a-list",
        "Nova invested in Zenith and Orbit, which compete with Acme.",
        ["acme competesWith zenith asserted", "acme competesWith orbit asserted"],
        [],
    ),
    (
        "a-singular-relative-after-a-list",
        "Nova invested in Zenith and Orbit, which competes with Acme.",
        ["acme competesWith orbit asserted"],
        ["acme competesWith zenith asserted"],
    ),
    (
        "a-list-which-have-partnered",
        "Zenith and Orbit, which have partnered on a PC processor, are the newest entrants.",
        ["orbit partnerOf zenith asserted"],
        [],
    ),
    (
        "has-taken-money-from-both",
        "Zenith has taken money from both Acme and Orbit.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "made-money-from-a-customer",
        "Zenith made money from Acme last year.",
        [],
        ["acme investsIn zenith asserted"],
    ),
    (
        "in-which-a-stake-was-taken",
        "Zenith, in which Acme took a 49% stake last year, won the contract.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "took-a-share-of-a-market",
        "Acme took 10% of the market from Zenith.",
        [],
        ["acme investsIn zenith asserted"],
    ),
    (
        "a-round-a-year-on-led-by",
        "Founded in 2023, Zenith raised an $8 million seed round the following year, led by Acme with "
        "participation from Orbit.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "operates-as-a-wholly-owned-subsidiary-of",
        "Zenith now operates as a wholly owned subsidiary of Acme.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "a-round-led-by-after-its-raisers-possessive",
        "Orbit, its corporate venture arm, took part in Zenith's $40 million Series B in February, a round "
        "led by Acme.",
        ["orbit investsIn zenith asserted", "acme investsIn zenith asserted"],
        ["acme investsIn orbit asserted"],
    ),
    (
        "an-owners-chip-built-by-a-foundry",
        "Acme's Spark accelerator is built by Zenith.",
        ["acme develops spark asserted", "acme customerOf zenith asserted"],
        ["zenith develops spark asserted"],
    ),
    (
        "a-chip-built-by-its-maker-without-owner",
        "The Spark accelerator was built by Zenith.",
        ["zenith develops spark asserted"],
        [],
    ),
    (
        "has-a-named-chip-made-by",
        "Acme has the Spark made by Zenith on a 3-nanometre process.",
        ["acme customerOf zenith asserted"],
        ["zenith develops spark asserted"],
    ),
    ("hired-a-firm-in-a-year", "Acme hired Zenith in August 2024.", ["acme customerOf zenith asserted"], []),
    (
        "a-contractor-a-company-hired",
        "Much of the traffic came from Zenith, a data-collection contractor Acme hired in 2023.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "hired-a-firms-engineers",
        "Acme hired Zenith engineers in 2024.",
        [],
        ["acme customerOf zenith asserted"],
    ),
    (
        "relies-on-a-firm-to-fabricate",
        "Acme, whose processors lead the market, relies on Zenith to fabricate them.",
        ["acme customerOf zenith asserted"],
        ["acme usesTechnologyOf zenith asserted"],
    ),
    (
        "uses-a-tool-to-build",
        "Orbit uses Helper to build evaluation sets.",
        ["orbit usesTechnologyOf helper asserted"],
        [],
    ),
    ("belongs-to-an-owner", "Zenith itself belongs to Acme.", ["acme parentOf zenith asserted"], []),
    ("a-product-belongs-to-its-maker", "Helper now belongs to Acme.", ["acme develops helper asserted"], []),
    (
        "a-decision-belongs-to",
        "The decision belongs to Acme and Zenith.",
        [],
        ["acme partnerOf zenith asserted"],
    ),
    (
        "accounts-that-a-lab-shut-belonged-to",
        "The accounts that Acme shut down for violating its policies belonged to Zenith.",
        [],
        ["zenith parentOf acme asserted"],
    ),
    (
        "has-belonged-to-since",
        "Zenith has belonged to Acme since 2023.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "moved-inference-between-companies",
        "Acme, a voice-agent company, moved its inference entirely from Zenith to Orbit in May.",
        ["acme hostedOn zenith negated", "acme hostedOn orbit asserted"],
        [],
    ),
    (
        "moved-headquarters-between-companies",
        "Acme moved its headquarters from Zenith to Orbit.",
        [],
        ["acme hostedOn orbit asserted"],
    ),
    (
        "owns-a-firm-described-by-its-trade",
        "Acme, which also owns the data-centre operator Zenith, took a stake in Orbit.",
        ["acme parentOf zenith asserted", "acme investsIn orbit asserted"],
        [],
    ),
    (
        "a-possessors-place-based-unit",
        "It has a research collaboration with Zenith, Acme's London-based AI unit, on learning.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "the-chipmakers-arm-bearing-its-name",
        "Acme Corp. has money riding on it: Acme Ventures, the chipmaker's investment arm, backed Zenith.",
        ["acme parentOf acme-ventures asserted"],
        [],
    ),
    (
        "the-companys-arm-of-another-name",
        "Orbit sells chips. Nova Ventures, the company's investment arm, backed Zenith.",
        [],
        ["orbit parentOf nova-ventures asserted"],
    ),
    (
        "competes-past-a-whose-clause-as-well-as-with",
        "Acme competes with Zenith, whose Spark chip dominates data-centre deployments, as well as with "
        "specialist chipmakers Orbit and Nova.",
        [
            "acme competesWith zenith asserted",
            "acme competesWith orbit asserted",
            "acme competesWith nova asserted",
        ],
        [],
    ),
    (
        "built-on-an-owners-adjectived-model",
        "Helper itself is built on Acme's open-weight Quill 70B.",
        ["helper usesTechnologyOf quill asserted"],
        ["helper usesTechnologyOf acme asserted"],
    ),
    (
        "the-model-a-lab-puts-out",
        "For routing we fine-tuned Quill, the open model Acme puts out, because it is cheap.",
        [],
        ["acme investsIn quill asserted"],
    ),
    ("put-money-into", "Acme put $2 billion into Zenith.", ["acme investsIn zenith asserted"], []),
    # ---- rounds, stakes and investors past asides
    (
        "round-in-which-an-apposed-joiner",
        "Zenith raised $40 million in a round in which Orbit, Acme's venture arm, also took part.",
        ["orbit investsIn zenith asserted"],
        [],
    ),
    (
        "series-b-a-round-in-which",
        "Acme led Zenith's $40 million Series B, a round in which Orbit also took part.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "took-part-in-the-round-after-a-semicolon",
        "Zenith closed a $40 million Series B in June led by Acme; Orbit also took part in the round.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "also-holds-a-stake-in-the-invested",
        "Acme has invested $8 billion in Zenith, and Orbit also holds a stake.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        ["orbit investsIn acme asserted"],
    ),
    (
        "owns-a-chunk-of-equity",
        "Acme owns a chunk of Zenith's equity.",
        ["acme investsIn zenith asserted"],
        ["acme parentOf zenith asserted"],
    ),
    (
        "in-which-past-a-description-and-a-place",
        "Data comes from Zenith, a soil-analytics firm in Lincoln, England, in which Acme holds a 12% stake.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "subject-past-a-where-aside",
        "Acme, where the founder's mother is a partner, was an early investor in Zenith.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    # ---- contracts won and products licensed out
    (
        "licensed-out-to-customers-among-them",
        "Zenith licensed Quill to customers in Europe, among them Acme and Orbit.",
        ["acme customerOf zenith asserted", "orbit customerOf zenith asserted"],
        ["zenith usesTechnologyOf quill asserted"],
    ),
    (
        "awarded-an-organisations-contract",
        "Zenith has been awarded a 6.4 million euro Acme contract to adapt its model.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "won-a-contract-from",
        "Zenith won a $20 million contract from Acme.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    # ---- what a product is built on, and through what a model is reached
    (
        "licenses-a-product-from",
        "Acme licenses Quill from Zenith under a multi-year agreement.",
        ["acme usesTechnologyOf quill asserted", "acme usesTechnologyOf zenith asserted"],
        [],
    ),
    (
        "which-it-accesses-through",
        "Letters are drafted with Quill, which Acme accesses through Nimbus.",
        ["acme usesTechnologyOf quill asserted", "acme usesTechnologyOf nimbus asserted"],
        ["quill hostedOn nimbus", "acme customerOf nimbus"],
    ),
    (
        "builds-its-hyphened-tool-on",
        "Acme builds its legal-drafting tool on Quill.",
        ["acme usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "a-tool-that-a-maker-built-on-top-of",
        "Helper, a translation tool that Acme has built on top of Quill, is being tested.",
        ["acme develops helper asserted", "helper usesTechnologyOf quill asserted"],
        ["acme usesTechnologyOf quill asserted"],
    ),
    (
        "which-past-a-possessive-apposition",
        "Helper, Acme's coding agent, which is built on Quill, is in scope.",
        ["helper usesTechnologyOf quill asserted"],
        ["acme usesTechnologyOf quill asserted"],
    ),
    (
        "runs-on-every-release",
        "Helper now runs on every Zenith release.",
        ["zenith usesTechnologyOf helper asserted"],
        ["helper hostedOn zenith asserted"],
    ),
    (
        "a-unit-of-a-listed-owner",
        "Zenith, a unit of Amsterdam-listed Acme, said it grew.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "rival-named-after-where-listed",
        "Orbit competes with Nasdaq-listed Zenith.",
        ["orbit competesWith zenith asserted"],
        [],
    ),
    (
        "the-business-of",
        "Zenith, the rail analytics business of Acme, bid too.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "a-business-partner-is-no-unit",
        "Zenith is Acme's largest business partner.",
        ["acme partnerOf zenith asserted"],
        ["acme parentOf zenith asserted"],
    ),
    (
        "a-role-after-an-abbreviation-in-brackets",
        "Helper runs on Nimbus (NMB), Acme's cloud computing business.",
        ["acme parentOf nimbus asserted"],
        ["acme parentOf helper asserted"],
    ),
    (
        "a-long-description-names-a-firm",
        "We brought in Mandrel, the Acme-owned incident response firm, which led the forensic work.",
        ["acme parentOf mandrel asserted"],
        [],
    ),
    (
        "belongs-to-a-described-group-like-another",
        "Sensors come from Zenith, a Danish maker that, like Orbit, belongs to the industrial group Acme.",
        ["acme parentOf zenith asserted", "acme parentOf orbit asserted"],
        [],
    ),
    (
        "a-list-belongs-to",
        "Zenith and Orbit belong to Acme.",
        ["acme parentOf zenith asserted", "acme parentOf orbit asserted"],
        [],
    ),
    (
        "migrated-it-the-product-named-before",
        "Helper's back end ran on Zenith until last summer, when Acme migrated it to Nimbus.",
        ["helper hostedOn nimbus asserted"],
        ["acme hostedOn nimbus asserted"],
    ),
    (
        "which-after-a-maker-of-a-product-line",
        "He founded Zenith, a maker of inference chips, which Acme acquired in March.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "work-together",
        "Acme and Zenith will work together on validation.",
        ["acme partnerOf zenith asserted"],
        [],
    ),
    (
        "its-core-technology-is",
        "Acme's core technology is Quill, a generative model.",
        ["acme develops quill asserted"],
        [],
    ),
    (
        "role-past-an-apposition-ending-in-a-product-line",
        "Zenith, a Spanish maker of electric delivery vans, is Acme's first paying customer.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "relative-after-hyphened-description",
        "The eyes of the system belong to Zenith, a Dutch computer-vision startup that Acme bought in 2024.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "object-past-a-hyphened-description",
        "Acme also holds a minority stake in the grid-battery developer Zenith.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "a-role-after-another-verb-of-the-subject",
        "Orbit took a strategic stake in 2022 and is also Zenith's largest customer.",
        ["orbit customerOf zenith asserted"],
        [],
    ),
    (
        "a-role-after-a-clause-of-another-subject",
        "Acme grew fast in May, and Nova is now Zenith's largest customer.",
        ["nova customerOf zenith asserted"],
        ["acme customerOf zenith asserted"],
    ),
    (
        "a-firm-contracted",
        "Fiber to the site will come from Zenith, which Acme has contracted for two diverse routes.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "leases-a-makers-hardware",
        "Nova, a GPU cloud that leases Zenith hardware by the hour, doubled in size.",
        ["nova customerOf zenith asserted"],
        [],
    ),
    (
        "leases-servers-to-a-customer",
        "Nova leases servers to Acme.",
        ["acme customerOf nova asserted"],
        ["nova customerOf acme asserted"],
    ),
    (
        "rented-then-moved-that-work-home",
        "Acme rented Zenith capacity to train its models but moved that work to its own cluster in May.",
        ["acme customerOf zenith negated"],
        ["acme customerOf zenith asserted"],
    ),
    (
        "issued-a-purchase-order-to",
        "Acme has issued a purchase order to Zenith for the full quantity.",
        ["acme customerOf zenith asserted"],
        ["zenith customerOf acme asserted"],
    ),
    (
        "was-paid-under-a-contract-with",
        "Zenith was paid a further $31.7 million under a separate time-and-materials contract with Acme.",
        ["acme customerOf zenith asserted"],
        ["zenith customerOf acme asserted"],
    ),
    (
        "was-paid-by",
        "Zenith was paid $3 million by Acme last year.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "product-with-its-kind-designed-by",
        "Nova trains its models on Spark chips designed by Zenith.",
        ["zenith develops spark asserted"],
        [],
    ),
    (
        "apposed-kind-designed-by",
        "Each camera carries a Spark accelerator, the low-power inference chip designed by Zenith.",
        ["zenith develops spark asserted"],
        [],
    ),
    (
        "a-makers-goods-made-by",
        "Nova uses the Zenith chips made by Acme.",
        [],
        ["acme develops zenith asserted"],
    ),
    (
        "made-by-in-a-sentence-opened-by-until",
        "Until April, Nova's app sat on top of Quill, built by Zenith.",
        ["zenith develops quill asserted"],
        [],
    ),
    (
        "second-holders-after-with-each-holding",
        "Zenith is 70% owned by Acme, with Orbit and Nova each holding 10%.",
        [
            "acme parentOf zenith asserted",
            "orbit investsIn zenith asserted",
            "nova investsIn zenith asserted",
        ],
        ["orbit investsIn acme asserted"],
    ),
    (
        "second-holder-after-a-semicolon-holds-the-rest",
        "Zenith is 70 percent owned by Acme, a conglomerate; Orbit, a fund, holds the remaining 30 percent.",
        ["acme parentOf zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "a-portfolio-company-of",
        "Zenith, a portfolio company of Acme, grew fast.",
        ["acme investsIn zenith asserted"],
        ["zenith investsIn acme asserted"],
    ),
    (
        "which-acquired-it-the-main-subject",
        "As of December Zenith is part of Acme, which acquired it for about $90M.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "which-bought-it-a-product-named",
        "Orbit sells Quill to Acme, which bought it last year.",
        [],
        ["acme acquires orbit asserted"],
    ),
    (
        "a-fifty-fifty-joint-venture-between",
        "Zenith, a 50/50 joint venture between Acme and Orbit, grew.",
        ["acme parentOf zenith asserted", "orbit parentOf zenith asserted"],
        [],
    ),
    (
        "a-parents-laboratory",
        "Nova works with Zenith, Acme's AI laboratory, on translation.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "second-apposition-one-of-a-possessors-rivals",
        "Orbit, the owner of Nova and one of Acme's largest rivals, signed a deal.",
        ["orbit parentOf nova asserted", "acme competesWith orbit asserted"],
        ["acme competesWith nova asserted"],
    ),
    (
        "second-apposition-after-a-role-noun",
        "Zenith, developer of the Quill model and a portfolio company of Acme, grew.",
        ["zenith develops quill asserted", "acme investsIn zenith asserted"],
        [],
    ),
    (
        "one-of-a-possessors-suppliers-after-an-object",
        "Nova bought Zenith and one of Orbit's suppliers.",
        [],
        ["zenith supplierOf orbit asserted"],
    ),
    (
        "list-member-named-after-its-description",
        "Nova competes with Zenith and a newer entrant, Orbit.",
        ["nova competesWith zenith asserted", "nova competesWith orbit asserted"],
        [],
    ),
    (
        "as-well-as-against",
        "Nova goes up against Zenith as well as against Orbit.",
        ["nova competesWith zenith asserted", "nova competesWith orbit asserted"],
        [],
    ),
    (
        "goods-in-a-setting-come-from",
        "Acme runs 240 clinics. The X-ray sensors in most clinics come from Zenith.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "people-in-a-setting-come-from",
        "Acme runs 240 clinics. Patients in most clinics come from Zenith.",
        [],
        ["acme customerOf zenith asserted"],
    ),
    (
        "falls-back-to",
        "When Zenith's service is down, Helper falls back to Quill.",
        ["helper usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "fell-back-to-a-place",
        "Acme fell back to second place behind Zenith.",
        [],
        ["acme usesTechnologyOf zenith asserted"],
    ),
    (
        "executes-on-a-chip",
        "Part of Helper executes on the Spark chip inside the camera.",
        ["helper usesTechnologyOf spark asserted"],
        [],
    ),
    (
        "powered-by-models-from",
        "Helper is powered by models from Zenith.",
        ["helper usesTechnologyOf zenith asserted"],
        [],
    ),
    (
        "a-contract-with-a-vendor-to-run-a-service",
        "Acme approved a $27.5 million contract with Zenith to run its gate-assignment systems.",
        ["acme customerOf zenith asserted"],
        ["acme partnerOf zenith asserted"],
    ),
    (
        "contracts-with-vendors-to-automate-claims",
        "Acme signed contracts with Zenith and Orbit to automate the first pass on collision claims.",
        ["acme customerOf zenith asserted", "acme customerOf orbit asserted"],
        ["acme customerOf zenith reported"],
    ),
    (
        "an-agreement-to-build-something-joint",
        "Acme signed an agreement with Zenith to operate a joint data centre.",
        ["acme partnerOf zenith asserted"],
        ["acme customerOf zenith asserted"],
    ),
    (
        "whose-product",
        "Nova beat Zenith, whose Helper tutor also runs on Quill.",
        ["zenith develops helper asserted"],
        [],
    ),
    (
        "whose-product-after-an-apposition",
        "Zenith, the robotics developer whose Helper humanoid is trained on video clips, pays Orbit.",
        ["zenith develops helper asserted"],
        [],
    ),
    (
        "a-question-takes-a-possessive-for-granted",
        "And the original Helper, which you retired in 2024, was built on Zenith's Quill?",
        ["zenith develops quill asserted", "helper usesTechnologyOf quill speculative"],
        [],
    ),
    (
        "a-cloud-environment-is-used-not-made",
        "Helper is hosted in Acme's Nimbus environment.",
        [],
        ["acme develops nimbus asserted"],
    ),
    (
        "a-product-renamed-as-an-organisations-thing",
        "Each camera runs Helper, Zenith's in-house detection model.",
        ["zenith develops helper asserted"],
        [],
    ),
    (
        "a-unit-renamed-as-an-organisations-business",
        "Nova bought Orbit, Zenith's cloud unit, last year.",
        [],
        ["zenith develops orbit asserted"],
    ),
    (
        "a-share-of-preferred-stock",
        "In 2021 Acme purchased approximately 4% of Zenith's preferred stock.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "paid-for-a-minority-share",
        "Acme paid roughly $14 billion for 49 per cent of Zenith.",
        ["acme investsIn zenith asserted"],
        ["acme acquires zenith asserted"],
    ),
    (
        "bought-a-majority-share",
        "Acme bought 100% of Zenith last year.",
        ["acme acquires zenith asserted"],
        ["acme investsIn zenith asserted"],
    ),
    (
        "announced-a-round-with-participation",
        "Zenith announced an $18 million seed round led by Acme, with participation from Orbit.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "beat-rival-bids-from",
        "Nova beat rival bids from Zenith and Orbit after a procurement.",
        ["nova competesWith zenith asserted", "nova competesWith orbit asserted"],
        [],
    ),
    (
        "competes-with-one-itself-and-another",
        "Nova competes with Zenith itself and with Orbit for contracts.",
        ["nova competesWith zenith asserted", "nova competesWith orbit asserted"],
        [],
    ),
    (
        "its-work-carried-out-by",
        "Acme is a sportsbook. Its odds-compliance audits are carried out by Zenith.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "a-possessors-work-handled-by",
        "Acme's billing is handled by Zenith.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "its-shares-managed-by",
        "Acme makes chips. Its shares are managed by Zenith.",
        [],
        ["acme customerOf zenith asserted"],
    ),
    (
        "buys-goods-made-by",
        "Acme is a distributor. It also buys and resells inference accelerators made by Zenith.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "when-it-was-bought-by-the-owner",
        "Zenith has been owned by Acme since 2024, when Acme bought it for a reported $610 million.",
        ["acme parentOf zenith asserted", "acme acquires zenith asserted"],
        ["acme parentOf zenith reported"],
    ),
    (
        "a-thing-it-calls-by-name",
        "Acme designs a vision processor it calls the Spark. Orbit calls Quill through Nimbus.",
        ["acme develops spark asserted"],
        ["orbit develops quill asserted"],
    ),
    (
        "invested-alongside-it",
        "In October Acme led a seed round in Zenith, a start-up, and Orbit invested alongside it.",
        ["orbit investsIn zenith asserted", "acme investsIn zenith asserted"],
        ["orbit investsIn acme asserted"],
    ),
    (
        "the-rivals-it-names",
        "Zenith, Orbit and Nova, the three companies Acme lists as competitors, got a slide. "
        "Helper, Spark and Quill, the three firms Acme lists as customers, grew.",
        ["acme competesWith zenith asserted", "acme competesWith nova asserted"],
        ["acme competesWith helper asserted"],
    ),
    (
        "served-from-its-facilities",
        "Zenith's Quill is served from Acme's facilities. Orbit sells chips. Its dashboard runs on Nimbus.",
        ["quill hostedOn acme asserted", "orbit hostedOn nimbus asserted"],
        [],
    ),
    (
        "retains-a-stake",
        "Zenith was spun off from Acme in 2024, and Acme retains a 15% stake. Orbit retains its customers.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "in-which-it-is-an-investor",
        "It competes with Zenith from Heidelberg, in which Acme is itself an investor. "
        "The spree followed a seed round led by Orbit, in which Nova also took part.",
        ["acme investsIn zenith asserted"],
        ["nova subsidiaryOf orbit asserted", "orbit parentOf nova asserted", "nova investsIn orbit asserted"],
    ),
    (
        "a-stake-in-the-round-not-its-leader",
        "Zenith was set up in 2021, and the round in 2023 led by Acme, in which Orbit also took a stake.",
        [],
        ["orbit investsIn acme asserted"],
    ),
    (
        "picked-up-when-it-acquired",
        "Acme pays for Helper, a reader that Orbit picked up when it acquired Zenith in 2024.",
        ["orbit acquires zenith asserted"],
        ["helper acquires zenith asserted"],
    ),
    (
        "a-group-company",
        "Zenith, an Acme Holdings company, grew. Orbit is a Nova Capital company.",
        ["acme-holdings parentOf zenith asserted"],
        ["nova parentOf orbit asserted"],
    ),
    (
        "to-which-they-belong",
        "Drumlin moves to Nimbus, the cloud of Acme, to which the chains Zenith and Orbit also belong. "
        "Acme sold chips to Zenith, to which Orbit also sells.",
        ["acme parentOf zenith asserted", "acme parentOf orbit asserted"],
        ["zenith parentOf orbit asserted"],
    ),
    (
        "the-division-it-formed",
        "Jo Lee, a vice president at Zenith, the consumer division Acme formed in 2024, has joined Orbit. "
        "Quill, the model Acme created in 2024, is fast.",
        ["acme parentOf zenith asserted"],
        ["acme parentOf quill asserted"],
    ),
    (
        "drafts-its-work-with-a-product",
        "Acme drafts its listings with Zenith's Quill. Orbit shows text generated with Zenith's Helper.",
        ["acme usesTechnologyOf quill asserted"],
        ["orbit usesTechnologyOf helper asserted"],
    ),
    (
        "something-the-terms-forbid",
        "In March Acme found that Zenith employees had exported templates, something Acme's terms"
        " of service prohibit.",
        ["zenith violatesTermsOf acme asserted"],
        ["acme violatesTermsOf zenith asserted"],
    ),
    (
        "the-startup-breached-after-being-cut-off",
        "Acme cut Zenith off from its data API last fall after the startup breached Acme's developer terms.",
        ["zenith violatesTermsOf acme asserted"],
        [],
    ),
    (
        "a-contract-with-a-described-party",
        "A tribunal found that Zenith breached its contract with the cloud provider Acme by reselling GPUs.",
        ["zenith violatesTermsOf acme asserted"],
        [],
    ),
    (
        "part-of-a-partner-network",
        "Acme has been part of the Nimbus Partner Network since 2023.",
        ["acme partnerOf nimbus asserted"],
        ["acme subsidiaryOf nimbus asserted", "nimbus parentOf acme asserted"],
    ),
    (
        "took-part-in-the-companys-round-led-by",
        "Zenith sells chips. In October Orbit took part in the company's $65 million Series C, led by Acme.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        ["acme investsIn orbit asserted"],
    ),
    (
        "a-sum-reported-at-a-figure",
        "Zenith, a chip designer founded in Oslo in 2019 that was acquired by Acme in March for a sum"
        " reported at about $120 million, makes Spark.",
        ["acme acquires zenith asserted", "zenith develops spark asserted"],
        ["acme acquires zenith reported"],
    ),
    (
        "a-product-reaches-a-model-through-a-service",
        "Helper is built on Quill, which it calls through Zenith's Nimbus service.",
        ["helper usesTechnologyOf quill asserted", "helper hostedOn nimbus asserted"],
        [],
    ),
    (
        "an-organisation-reaches-a-model-through-a-service",
        "Acme uses Quill, which Acme accesses through Nimbus.",
        ["acme usesTechnologyOf quill asserted"],
        ["acme hostedOn nimbus asserted"],
    ),
    (
        "a-products-work-screened-by",
        "Every Helper draft is therefore screened by Quill, a compliance checker.",
        ["helper usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "a-possessors-work-written-by-a-model",
        "Acme's summaries are written by Zenith's Quill model.",
        ["acme usesTechnologyOf quill asserted", "zenith develops quill asserted"],
        [],
    ),
    (
        "work-after-and-written-by",
        "Speech is transcribed with Helper and summaries are written by Quill.",
        [],
        ["helper usesTechnologyOf quill asserted"],
    ),
    (
        "a-new-clause-after-comma-and-names",
        "Nova rents a cluster from Zenith, and Acme and Orbit also buy capacity from the company.",
        ["nova customerOf zenith asserted"],
        ["nova customerOf acme asserted", "nova customerOf orbit asserted"],
    ),
    (
        "a-list-past-itself-and-a-relative",
        "Nova competes with Zenith and, increasingly, with Orbit itself, which has begun building sites.",
        ["nova competesWith zenith asserted", "nova competesWith orbit asserted"],
        [],
    ),
    (
        "a-relative-after-an-appositions-agent",
        "Its first customer is Nova, a start-up backed by Acme, which is training its Quill model on Nimbus.",
        ["acme investsIn nova asserted", "nova develops quill asserted"],
        ["acme develops quill asserted"],
    ),
    (
        "a-model-buys-nothing",
        "Quill was trained on TPU pods rented from Zenith.",
        [],
        ["quill customerOf zenith asserted"],
    ),
    (
        "goods-named-by-a-plural-after-the-maker",
        "Orbit also buys Zenith scanners, and Nova bought Acme shares.",
        ["orbit customerOf zenith asserted", "nova investsIn acme asserted"],
        ["orbit acquires zenith asserted", "nova customerOf acme asserted"],
    ),
    (
        "licensed-from-an-owner-or-in-a-relative",
        "Orbit licenses Zenith's software. Checks run through Acme, which Nova has licensed since 2022.",
        ["orbit usesTechnologyOf zenith asserted", "nova customerOf acme asserted"],
        [],
    ),
    (
        "licensed-out-to-a-party",
        "Acme licenses Zenith's designs to Orbit. Zenith, which Nova licensed to sell its chips, grew.",
        [],
        ["acme usesTechnologyOf zenith asserted", "nova customerOf zenith asserted"],
    ),
    (
        "joined-as-the-first-clauses-role",
        "Zenith bought new servers, and Acme signed on as its anchor tenant in January.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "a-name-in-a-possessed-compound-modifier",
        "Acme uses Quill for drafts, and Acme's Quill-drafted letters get a human check.",
        ["acme usesTechnologyOf quill asserted"],
        ["acme develops quill asserted"],
    ),
    (
        "a-paid-app-is-no-payment",
        "Acme is shipping Quill inside its paid app Helper.",
        [],
        ["acme customerOf helper asserted"],
    ),
    (
        "makes-it-available-offers-it",
        "Acme signed a partnership with Zenith which makes Quill freely available on Nimbus.",
        ["acme partnerOf zenith asserted"],
        ["zenith develops quill asserted"],
    ),
    (
        "an-unnamed-subject-in-an-object-relative",
        "The study will use Helper, which the hospital has licensed from Zenith since 2023.",
        [],
        ["helper customerOf zenith asserted", "helper usesTechnologyOf zenith asserted"],
    ),
    (
        "a-round-after-a-stake-is-the-investees",
        "Orbit took a minority stake in Zenith last year in a seed round that was led by Acme.",
        ["orbit investsIn zenith asserted", "acme investsIn zenith asserted"],
        ["acme investsIn orbit asserted"],
    ),
    (
        "a-role-noun-inside-a-compound",
        "Acme, Zenith's data-acquisition subsidiary, grew. Nova is a co-investor in Orbit.",
        ["nova investsIn orbit asserted"],
        ["zenith acquires acme asserted"],
    ),
    (
        "a-unit-of-its-own",
        "Zenith bids against Orbit, and Orbit has a design-AI unit of its own, Acme, which it set up.",
        ["orbit parentOf acme asserted"],
        ["acme parentOf orbit asserted"],
    ),
    (
        "customers-of-its-own",
        "Orbit has customers of its own, such as Acme and Nova.",
        ["acme customerOf orbit asserted", "nova customerOf orbit asserted"],
        ["orbit customerOf acme asserted"],
    ),
    (
        "a-contract-with-a-cloud-buys-from-it",
        "Acme runs on Nimbus under a committed-spend contract with Nimbus that runs through 2028.",
        ["acme customerOf nimbus asserted"],
        ["acme partnerOf nimbus asserted"],
    ),
    (
        "an-agreement-with-a-cloud-to-list-is-a-venture",
        "Acme signed an agreement with Nimbus to list Quill on its marketplace.",
        [],
        ["acme customerOf nimbus asserted"],
    ),
    (
        "the-signer-of-a-contract-buys",
        "Orbit signed a three-year contract with Zenith in 2025. Nova expanded its contract with Acme.",
        ["orbit customerOf zenith asserted"],
        ["orbit partnerOf zenith asserted", "nova customerOf acme asserted"],
    ),
    (
        "a-breached-service-agreement-says-only-the-breach",
        "A panel ruled that Orbit had breached its service agreement with Zenith.",
        ["orbit violatesTermsOf zenith asserted"],
        ["orbit customerOf zenith asserted", "zenith customerOf orbit asserted"],
    ),
    (
        "designed-by-and-manufactured-by",
        "Orbit uses Spark, a modem chip designed by Bristol-based Zenith and manufactured by Acme.",
        ["zenith customerOf acme asserted", "zenith develops spark asserted"],
        ["orbit customerOf acme asserted"],
    ),
    (
        "designed-by-and-manufactured-for-it-by",
        "Each unit carries a Spark accelerator, the chip designed by Zenith and manufactured for it by Acme.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "the-companys-buyers-in-dashes",
        "Zenith's chips remain the default, and the company's biggest buyers - Acme and Orbit - spent more.",
        ["acme customerOf zenith asserted", "orbit customerOf zenith asserted"],
        [],
    ),
    (
        "the-companys-unit-in-an-apposition-stays-the-topics",
        "Zenith makes chips. Quill was developed by Zenith Labs, the company's research subsidiary.",
        ["zenith parentOf zenith-labs asserted"],
        [],
    ),
    (
        "built-and-sold-by",
        "The tool, Helper, is built and sold by Zenith, a start-up founded in 2023.",
        ["zenith develops helper asserted"],
        [],
    ),
    (
        "a-relative-with-the-topic-as-its-subject",
        "Acme runs a call centre. Phone lines come through Zenith, which it pays per minute.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "a-named-ventures-partners-are-its-owners",
        "Zenith's Helper venture with Acme and Orbit is the costliest bet.",
        ["acme partnerOf zenith asserted", "orbit partnerOf zenith asserted"],
        ["acme partnerOf helper asserted"],
    ),
    (
        "a-relative-subject-after-a-places-possessive",
        "Zenith, which Denver's Orbit bought in 2023, wrote fundraising emails.",
        ["orbit acquires zenith asserted"],
        ["orbit acquires zenith reported"],
    ),
    (
        "services",
        "Out of scope are Zenith, which processes Acme's billing, and Orbit, which maintains Nova's rails.",
        ["acme customerOf zenith asserted", "nova customerOf orbit asserted"],
        [],
    ),
    (
        "services-a-holding",
        "Zenith manages Acme's stake in Orbit.",
        [],
        ["acme customerOf zenith asserted"],
    ),
    (
        "whose-api-is-licensed",
        "Menus are translated by Zenith, whose API Acme licenses.",
        ["acme usesTechnologyOf zenith asserted"],
        [],
    ),
    (
        "a-makers-goods-that-a-buyer-buys",
        "Orbit showed racks built around Zenith GPUs that Acme buys in bulk.",
        ["acme customerOf zenith asserted"],
        ["acme acquires zenith asserted"],
    ),
    (
        "a-tool-sold-by-its-maker",
        "Every draft is screened by Helper, a compliance checker sold by Zenith, before it is published.",
        ["zenith develops helper asserted"],
        [],
    ),
    (
        "the-product-of-a-maker",
        "All assignments are graded in Helper, the hosted notebook product of Zenith Inc.",
        ["zenith develops helper asserted"],
        [],
    ),
    (
        "sells-a-product-under-its-name",
        "Zenith, founded in 2023, sells a system called Helper that listens to customers.",
        ["zenith develops helper asserted"],
        [],
    ),
    (
        "built-by-a-companys-staff",
        "It concerns Helper, a chat assistant that Zenith's data team built last year.",
        ["zenith develops helper asserted"],
        [],
    ),
    (
        "built-by-a-companys-customers",
        "It concerns Helper, a tool that Zenith's customers built last year.",
        [],
        ["zenith develops helper asserted"],
    ),
    (
        "role-holders-listed-past-a-scope",
        "Acme's biggest customers in Europe include Zenith and Orbit.",
        ["zenith customerOf acme asserted", "orbit customerOf acme asserted"],
        [],
    ),
    (
        "a-possessed-open-source-product-is-no-release",
        "Acme's route optimiser, which is built on Zenith's open-source Helper solver, was not touched.",
        ["acme usesTechnologyOf helper asserted", "zenith develops helper asserted"],
        ["acme develops helper asserted"],
    ),
    (
        "extends",
        "Helper extends Quill, the protein model released by Zenith. Nova extends Acme's lead.",
        ["helper usesTechnologyOf quill asserted", "zenith develops quill asserted"],
        ["nova usesTechnologyOf acme asserted"],
    ),
    (
        "a-request-received-is-no-money",
        "Acme received a request for 600 megawatts of service from Zenith in early 2024.",
        [],
        ["zenith investsIn acme asserted"],
    ),
    (
        "a-stake-in-a-parent-named-with-its-legal-form",
        "Acme is a wholly owned unit of Zenith Holdings, Inc., in which Orbit holds a 20 percent stake.",
        ["orbit investsIn zenith-holdings asserted"],
        ["orbit parentOf acme asserted"],
    ),
    (
        "a-copular-role-past-a-set-off-adverb",
        "Orbit, meanwhile, is also one of Zenith's largest customers.",
        ["orbit customerOf zenith asserted"],
        [],
    ),
    (
        "used-in-a-relative-before-a-preposition",
        "Storage is from Zenith, which Acme uses across its fleet.",
        ["acme usesTechnologyOf zenith asserted"],
        [],
    ),
    (
        "a-licence-to-an-owners-work",
        "Zenith will pay a fee for a non-exclusive licence to Acme's research.",
        ["zenith customerOf acme asserted"],
        ["acme customerOf zenith asserted"],
    ),
    (
        "a-memorandum-of-understanding",
        "Acme and Zenith signed a memorandum of understanding.",
        ["acme partnerOf zenith asserted"],
        [],
    ),
    (
        "a-memorandum-of-understanding-with",
        "Orbit signed a memorandum of understanding with Nova.",
        ["nova partnerOf orbit asserted"],
        [],
    ),
    (
        "gets_from",
        "Acme gets its smart meters and outage software from Zenith.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "gets-its-name-or-money-from",
        "Acme gets its name from Zenith. Orbit got its funding from Nova.",
        [],
        ["acme customerOf zenith asserted", "orbit customerOf nova asserted"],
    ),
    (
        "a-relative-after-a-hyphened-apposition-agent",
        "Acme uses Helper, a computer-vision defect-inspection system made by Zenith that runs on Nimbus.",
        ["helper hostedOn nimbus asserted"],
        ["zenith hostedOn nimbus asserted"],
    ),
    (
        "a-venture-capital-arm-is-no-joint-venture",
        "Acme raised money; Zenith and Orbit, the venture-capital unit of Nova, also joined the round.",
        ["nova parentOf orbit asserted"],
        ["orbit partnerOf zenith asserted"],
    ),
    (
        "contracts-competed-for-with-a-rival",
        "Acme competes for airline, shipping and enterprise contracts with Zenith.",
        [],
        ["acme customerOf zenith asserted", "acme partnerOf zenith asserted"],
    ),
    (
        "owned-by-a-companys-chief-executive",
        "Acme makes chips. Critics say Orbit is owned by Acme's chief executive, John Smith, via shells.",
        [],
        ["acme parentOf orbit asserted", "acme parentOf orbit alleged"],
    ),
    (
        "purchases-another-company-made",
        "Critics say that Acme quietly financed the purchases Orbit made from it.",
        [],
        ["acme investsIn orbit asserted", "acme acquires orbit asserted"],
    ),
    (
        "makers-silicon-bought",
        "Acme has bought Zenith silicon since 2022.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "stake-bought-from-a-seller",
        "Acme runs Orbit. Nova, which bought a 60% stake from Zenith in 2022, owns the rest.",
        [],
        ["nova customerOf zenith asserted"],
    ),
    (
        "shares-bought-from-a-seller",
        "Acme bought shares in Orbit from Zenith.",
        ["acme investsIn orbit asserted"],
        ["acme customerOf zenith asserted"],
    ),
    (
        "round-closed-after-an-aside",
        "Acme sells robots. Zenith moved production to Orbit this year, citing yields, and recently closed "
        "a $65 million Series C led by Nova.",
        ["nova investsIn zenith asserted"],
        ["nova investsIn acme asserted"],
    ),
    (
        "the-start-ups-round-beside-two-names",
        "Acme sells cameras. Zenith also took a stake in Orbit, joining Nova, which led the start-up's "
        "Series A in 2023.",
        ["zenith investsIn orbit asserted"],
        ["nova investsIn acme asserted"],
    ),
    (
        "the-start-ups-round-when-the-topic-is-named",
        "Acme sells cameras. Zenith remains an Acme shareholder alongside Nova, which led the start-up's "
        "last round.",
        ["nova investsIn acme asserted"],
        [],
    ),
    (
        "role-past-a-participial-aside-with-a-place",
        "Zenith, headquartered in Reston, Virginia, is a subsidiary of Acme, a contractor in which Orbit "
        "took a minority stake last year.",
        ["acme parentOf zenith asserted", "orbit investsIn acme asserted"],
        [],
    ),
    (
        "a-round-that-included",
        "Zenith raised 55 million euros last year in a round that included Orbit.",
        ["orbit investsIn zenith asserted"],
        [],
    ),
    (
        "a-round-that-included-after-an-investment",
        "Acme invested in Zenith in a round that also included Orbit.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        ["orbit investsIn acme asserted"],
    ),
    (
        "fights-for-something-with",
        "Acme fights for shelf space with Zenith and Orbit.",
        ["acme competesWith zenith asserted", "acme competesWith orbit asserted"],
        [],
    ),
    (
        "beat-rivals-past-a-places-possessive",
        "Acme beat Finland's Zenith and Orbit in the final round.",
        ["acme competesWith zenith asserted", "acme competesWith orbit asserted"],
        [],
    ),
    ("beat-a-companys-estimates", "Acme beat Zenith's estimates.", [], ["acme competesWith zenith asserted"]),
    (
        "a-model-beaten-on-a-benchmark",
        "Acme says Spark beats Quill on benchmarks.",
        [],
        ["quill competesWith spark asserted"],
    ),
    (
        "with-which-a-partnership",
        "Zenith, with which Acme has had a formal technology partnership since 2023, makes chips.",
        ["acme partnerOf zenith asserted"],
        [],
    ),
    (
        "a-hyphened-service-from-a-described-maker",
        "The images are generated by Helper, a try-on service from the Amsterdam start-up Zenith.",
        ["zenith develops helper asserted"],
        [],
    ),
    (
        "as-does-echoes-the-last-verb-only",
        "Helper is built on Quill, a model from Zenith, and runs on Nimbus, as does Spark.",
        ["spark hostedOn nimbus asserted", "zenith develops quill asserted"],
        ["spark usesTechnologyOf quill asserted", "zenith develops spark asserted"],
    ),
    (
        "taped-out-at-a-foundry",
        "Zenith has taped out its Spark accelerator at Acme.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "its-chip-taped-out-at-a-foundry",
        "Zenith spun out in 2024 to build chips. Its Spark accelerator taped out at Acme last summer.",
        ["zenith customerOf acme asserted"],
        ["spark customerOf acme asserted"],
    ),
    (
        "taped-out-then-moved-the-design",
        "Zenith taped out its first chip at Acme but moved the design to Orbit last year.",
        [],
        ["zenith customerOf acme asserted"],
    ),
    (
        "bought-then-moved-production",
        "Zenith bought wafers from Acme but moved production to Orbit in 2025.",
        [],
        ["zenith customerOf acme asserted"],
    ),
    (
        "owned-since-by-past-a-small-places-description",
        "Zenith, the Napa Valley producer owned since 2019 by Acme, has signed two agreements.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "bought-start-up-with-a-name-modifier",
        "The side is built on models from Zenith, a Newmarket start-up that Acme bought in 2024.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "copula-and-a-possessed-product",
        "Helper is Zenith's AI coding assistant.",
        ["zenith develops helper asserted"],
        [],
    ),
    (
        "counted-among-founding-shareholders",
        "Zenith counts Acme and Orbit among its founding shareholders.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "counted-past-an-apposition",
        "Zenith, which counts Acme, Orbit's venture fund, among its investors, runs models.",
        ["acme investsIn zenith asserted", "orbit parentOf acme asserted"],
        [],
    ),
    (
        "a-scoped-role-then-is",
        "Acme's main rival in the inspection market is Zenith.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    (
        "relative-after-an-appositions-agent",
        "A bid came from Zenith, the logistics group owned by Orbit, which is Acme's most frequent rival.",
        ["acme competesWith zenith asserted", "orbit parentOf zenith asserted"],
        ["acme competesWith orbit asserted"],
    ),
    (
        "paid-for-whose-goods",
        "Zenith, whose cameras Acme pays for, grew.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "paid-for-whose-shares",
        "Zenith, whose shares Acme paid for, grew.",
        [],
        ["acme customerOf zenith asserted"],
    ),
    (
        "a-role-past-hyphened-modifiers",
        "The backup was held by Orbit, Zenith's wholly owned data-acquisition subsidiary.",
        ["zenith parentOf orbit asserted"],
        [],
    ),
    (
        "a-product-past-a-hyphened-kind",
        "Captions will be generated by Helper, Zenith's speech-to-text platform, and checked by editors.",
        ["zenith develops helper asserted"],
        [],
    ),
    (
        "purchase-of-the-firm",
        "Zenith makes robots. Acme completed its purchase of the firm in November.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "goods-supplied-to-by",
        "Each module carries memory supplied to Acme by Zenith.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "work-subcontracted-to",
        "Acme has subcontracted the fitting of cameras on 350 vessels to Zenith.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "bids-against",
        "Acme regularly bids against Zenith and Orbit for large commissions.",
        ["acme competesWith zenith asserted", "acme competesWith orbit asserted"],
        [],
    ),
    (
        "a-product-a-companys-team-wrote",
        "At the centre sits Helper, a design assistant Zenith's computational team wrote in 2024.",
        ["zenith develops helper asserted"],
        [],
    ),
    (
        "a-time-after-since-opens-no-clause",
        "Zenith, which has been majority-owned by Orbit since 2022, raised 18 million pounds in a round "
        "led by Acme.",
        ["orbit parentOf zenith asserted", "acme investsIn zenith asserted"],
        [],
    ),
    (
        "goods-made-by-which-someone-buys",
        "Helper combines footage from cameras made by Zenith, which Acme buys directly.",
        ["acme customerOf zenith asserted"],
        ["acme acquires zenith asserted"],
    ),
    (
        "beat-bidders-among-them",
        "Acme beat three other bidders, among them Zenith and Orbit, in the tender.",
        ["acme competesWith zenith asserted", "acme competesWith orbit asserted"],
        [],
    ),
    (
        "an-apposition-past-hyphened-modifiers",
        "It was adapted from Quill, the open-source speech-recognition model Zenith released in 2022.",
        ["zenith develops quill asserted"],
        [],
    ),
    (
        "its-named-subsidiary",
        "Acme beat proposals from Zenith, which bid through its Orbit subsidiary.",
        ["zenith parentOf orbit asserted"],
        [],
    ),
    (
        "their-named-robot-arm",
        "Zenith makes robots. Their Helper arm picks items.",
        [],
        ["zenith parentOf helper asserted"],
    ),
    (
        "a-scoped-role-then-its-apposition",
        "Acme's main rival in reference labs, Zenith, belongs to Orbit as well.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    (
        "a-possessed-chip-manufactured-by",
        "Acme's Spark is manufactured by Zenith on its N4 process.",
        ["acme customerOf zenith asserted"],
        ["spark customerOf zenith asserted"],
    ),
    (
        "operates-a-rental-service",
        "Zenith, which operates the Nimbus GPU rental service, grew.",
        [],
        ["zenith usesTechnologyOf nimbus asserted"],
    ),
    (
        "a-relative-aside-holds-its-role",
        "Acme buys its hardware directly from Zenith - which is also one of its investors - and grows.",
        ["zenith investsIn acme asserted", "acme customerOf zenith asserted"],
        [],
    ),
    (
        "an-appositions-relative-holds-the-role",
        "Acme, the regional insurer that became Zenith's first seven-figure customer last year, has renewed.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "a-relatives-had-been-has-ended",
        "Acme, a company that had been a paying Zenith customer, harvested data.",
        ["acme customerOf zenith negated"],
        ["acme customerOf zenith asserted"],
    ),
    (
        "bought-then-a-share-verb-after-the-comma",
        "Zenith, which bought Orbit, had to share data.",
        ["zenith acquires orbit asserted"],
        [],
    ),
    (
        "supplies-its-own-product",
        "Zenith supplies Helper, the model that decides whether a plume is smoke.",
        ["zenith develops helper asserted"],
        [],
    ),
    (
        "supplies-a-product-to-a-buyer",
        "Zenith supplies Helper to Acme.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "contracted-past-an-apposition-to-supply",
        "Acme has contracted Zenith Ltd, a company based in Sheffield, to supply Helper, a drafting tool.",
        ["acme customerOf zenith asserted", "zenith develops helper asserted"],
        ["acme develops helper asserted"],
    ),
    (
        "a-relative-after-an-apposition-with-a-name-modifier",
        "Zenith, a Penang packaging specialist that is a subsidiary of Acme, grew.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "a-round-had-been-led-by",
        "Before the acquisition, Zenith's seed round had been led by Acme, the venture arm of Orbit.",
        ["acme investsIn zenith asserted", "orbit parentOf acme asserted"],
        [],
    ),
    (
        "an-adverb-before-the-copula-of-a-role",
        "Acme nevertheless remains a long-standing Zenith customer.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "a-role-set-off-by-a-dash",
        "Zenith - makers of Helper, the filter that runs on the gateway.",
        ["zenith develops helper asserted"],
        [],
    ),
    (
        "a-role-scope-past-a-region-read-as-a-name",
        "Acme's principal competitors for Midwest sites are Zenith and Orbit.",
        ["acme competesWith zenith asserted", "acme competesWith orbit asserted"],
        [],
    ),
    (
        "sells-its-own-product",
        "Acme, which competes with Zenith in voice, also sells Helper, a meeting note-taker built on Quill.",
        ["acme develops helper asserted"],
        ["zenith develops helper asserted"],
    ),
    (
        "sells-anothers-product",
        "Orbit sells Helper, Zenith's chatbot.",
        ["zenith develops helper asserted"],
        ["orbit develops helper asserted"],
    ),
    (
        "a-round-led-by-after-its-size-and-day",
        "Zenith closed a Series B round of 60 million euros on Tuesday, led by the fund Acme.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "pays-the-company",
        "Acme licenses Zenith's Helper model and pays the company per active user.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "trained-on-anothers-named-cluster",
        "Acme trains and serves its flagship Quill model on Zenith's Reno cluster.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "a-role-apposed-past-a-legal-form",
        "The Company has executed a lease with Zenith America, Inc., a subsidiary of Acme, for Building A.",
        ["acme parentOf zenith-america asserted"],
        [],
    ),
    (
        "it-is-an-adjectived-role",
        "Zenith makes chips. It is now a certified partner of Acme.",
        ["acme partnerOf zenith asserted"],
        [],
    ),
    (
        "leases-hyphened-space-from",
        "Acme makes chips and leases data-centre space in Texas and Ohio from Nova.",
        ["acme customerOf nova asserted"],
        [],
    ),
    (
        "breached-hyphened-terms",
        "By re-exporting the items Acme breached Zenith's end-user terms of sale.",
        ["acme violatesTermsOf zenith asserted"],
        [],
    ),
    (
        "breached-an-owned-platforms-terms",
        "Acme downloaded the clips from Helper, in breach of the Zenith-owned platform's terms of service.",
        [],
        ["acme violatesTermsOf zenith asserted", "acme violatesTermsOf zenith alleged"],
    ),
    (
        "the-company-a-cut-off-letter-accuses",
        "Zenith suspended Acme's account last April, saying in a letter that the company had violated "
        "Zenith's acceptable-use policy.",
        ["acme violatesTermsOf zenith alleged"],
        ["zenith violatesTermsOf zenith alleged"],
    ),
    (
        "sells-the-named-platform",
        "Zenith sells the Helper forecasting platform.",
        ["zenith develops helper asserted"],
        [],
    ),
    (
        "a-possessives-product-list-with-a-shared-noun",
        "Acme has bought 18,000 GPUs from Zenith, mostly Zenith's Spark and Quill chips.",
        ["zenith develops spark asserted", "zenith develops quill asserted"],
        [],
    ),
    (
        "two-possessives-two-makers",
        "Acme's Helper and Zenith's Quill compete.",
        ["acme develops helper asserted", "zenith develops quill asserted"],
        ["acme develops quill asserted"],
    ),
    (
        "the-start-up-behind",
        "Acme and Zenith, the Toronto start-up behind the Quill language model, are among the clients.",
        ["zenith develops quill asserted"],
        [],
    ),
    (
        "bought-a-makers-product",
        "Acme disclosed that it has bought an Zenith Helper, installed at its campus.",
        ["acme customerOf zenith asserted"],
        ["acme acquires zenith asserted"],
    ),
    (
        "an-aside-adverb-after-the-copula",
        "Acme is, however, a registered Zenith partner.",
        ["acme partnerOf zenith asserted"],
        [],
    ),
    (
        "beat-bidders-listed-after-a-colon",
        "Acme beat two other bidders: Zenith, a tutoring firm, and Orbit, a Denver startup.",
        ["acme competesWith zenith asserted", "acme competesWith orbit asserted"],
        [],
    ),
    (
        "agreements-with-customers-after-a-colon",
        "Acme has secured agreements with three anchor customers: Zenith, the chip designer; and Orbit.",
        [],
        ["acme customerOf zenith asserted"],
    ),
    (
        "another-owned-apposition",
        "Acme competes with Orbit, another Zenith-controlled chip designer.",
        ["zenith parentOf orbit asserted"],
        [],
    ),
    (
        "nonetheless-remains-a-role",
        "Zenith nonetheless remains an Acme shareholder.",
        ["zenith investsIn acme asserted"],
        [],
    ),
    (
        "made-every-brands-chip",
        "We moved all production to Zenith in 2016, and Zenith has made every Acme chip since.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "add-on-from",
        "Acme relied on Helper, a dispatch add-on from Zenith.",
        ["zenith develops helper asserted"],
        [],
    ),
    (
        "unnamed-owners-round-apposition",
        "Acme is one of Zenith's backers: it put $6m into the startup's Series A, a round led by Orbit.",
        [],
        ["orbit investsIn acme asserted"],
    ),
    (
        "joining-a-round",
        "Acme became one of Zenith's shareholders, joining a $12 million Series A led by Orbit.",
        [],
        ["orbit investsIn acme asserted"],
    ),
    (
        "stake-joining-a-round",
        "Acme took a stake in Zenith in May, joining a $22 million Series A led by Orbit.",
        ["orbit investsIn zenith asserted"],
        ["orbit investsIn acme asserted"],
    ),
    (
        "bought-in-batches",
        "Helper runs on Spark, a chip from Zenith, which Acme buys in batches of several thousand.",
        ["acme customerOf zenith asserted"],
        ["acme acquires zenith asserted"],
    ),
    (
        "a-place-fund-in-a-list",
        "Nova raised €15m in a round led by Acme, with Zenith and the Paris fund Orbit also investing.",
        ["zenith investsIn nova asserted"],
        ["zenith investsIn orbit asserted"],
    ),
    (
        "subordinate-inside-a-relative",
        "Acme, which has been owned by Zenith since Zenith bought it in 2021, competes with Orbit.",
        ["acme competesWith orbit asserted"],
        ["orbit competesWith zenith asserted"],
    ),
    (
        "accused-past-an-apposition",
        "Zenith accused Acme, a Malta-based odds-comparison site, of selling data in breach of its licence.",
        ["acme violatesTermsOf zenith alleged"],
        ["zenith violatesTermsOf acme alleged"],
    ),
    (
        "the-companys-product-after-a-subject",
        "Zenith builds drones. Acme pitches Helper, which flies on Quill, the company's autonomy software.",
        ["acme develops quill asserted"],
        ["zenith develops quill asserted"],
    ),
    (
        "a-compound-before-a-role",
        "Orbit makes chips. Zenith's models run on Nimbus, the group's cloud-computing subsidiary.",
        [],
        ["orbit develops nimbus asserted"],
    ),
    (
        "participial-aside-before-copula",
        "Acme, backed by Zenith, is a rival of Orbit.",
        ["acme competesWith orbit asserted", "zenith investsIn acme asserted"],
        ["orbit competesWith zenith asserted"],
    ),
    (
        "participial-aside-not-an-apposition",
        "Nova closed a round, led by Acme with participation from Zenith, Orbit's venture unit.",
        ["orbit parentOf zenith asserted"],
        [],
    ),
    (
        "hyphened-adjective-in-a-role",
        "Zenith, Acme's in-house technology unit, builds Helper.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "data-sharing-agreement",
        "Acme signed a data-sharing agreement with Zenith.",
        ["acme partnerOf zenith asserted"],
        ["acme customerOf zenith asserted"],
    ),
    (
        "role-then-described-holder",
        "Zenith's parent, the Swedish forestry group Acme, was preparing to sell it.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "assembled-somewhere-by",
        "Acme's towers are assembled in Guadalajara, Mexico, by Zenith.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    ("servers-built-by", "Acme's servers are built by Zenith.", ["acme customerOf zenith asserted"], []),
    (
        "robots-made-by",
        "Acme's software powers robots made by Zenith.",
        [],
        ["acme customerOf zenith asserted"],
    ),
    (
        "where-a-firm-runs",
        "Footage is uploaded to Nimbus, where Acme runs its fleet dashboard.",
        ["acme hostedOn nimbus asserted"],
        [],
    ),
    (
        "called-through",
        "Quill, which Helper calls through Nimbus, is fast.",
        ["helper usesTechnologyOf quill asserted", "helper hostedOn nimbus asserted"],
        [],
    ),
    (
        "whose-acquisition-a-buyer-completed",
        "Zenith, the company whose acquisition Acme completed in April, showed a switch.",
        ["acme acquires zenith asserted"],
        ["zenith acquires acme asserted"],
    ),
    (
        "banned-every-account",
        "Zenith banned every account Acme had for breaching its terms of use.",
        ["acme violatesTermsOf zenith asserted"],
        ["zenith violatesTermsOf acme asserted"],
    ),
    (
        "where-a-firm-holds-a-role",
        "The whole app runs on Nimbus, where Acme has been a customer since 2019.",
        ["acme customerOf nimbus asserted"],
        [],
    ),
    (
        "and-which-after-whose",
        "It included Acme Ltd, a company whose Helper cameras are used widely and which is Zenith's rival.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    (
        "two-announced-the-integration",
        "Acme and Zenith announced the integration in 2024.",
        ["acme partnerOf zenith asserted"],
        [],
    ),
    (
        "integration-of-a-model",
        "Acme announced the integration of Zenith's models.",
        [],
        ["acme partnerOf zenith asserted"],
    ),
    (
        "passive-past-an-apposition-with-an-agent",
        "Acme's Helper, a model released by Zenith, is used by Orbit.",
        ["orbit usesTechnologyOf helper asserted"],
        ["orbit usesTechnologyOf zenith asserted"],
    ),
    (
        "product-called",
        "Acme's vision system, called Helper, identifies objects.",
        ["acme develops helper asserted"],
        [],
    ),
    ("runs-in-a-cloud", "Acme runs Helper in Nimbus.", ["acme hostedOn nimbus asserted"], []),
    (
        "jointly-made",
        "Acme and Orbit jointly designed the benchmark; Acme and Zenith were jointly fined.",
        ["acme partnerOf orbit asserted"],
        ["acme partnerOf zenith asserted"],
    ),
    (
        "runs-in-a-place",
        "Acme runs its work in Zenith's data centres.",
        [],
        ["acme hostedOn zenith asserted"],
    ),
    (
        "developed-to-order",
        "Helper was developed for Acme by Zenith under a multiyear contract.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "develops-with-researchers",
        "Acme develops its algorithms with Zenith.",
        [],
        ["acme customerOf zenith asserted"],
    ),
    (
        "plural-remain-role",
        "Orbit and Zenith, both backed by large venture rounds, remain Acme's main rivals.",
        ["acme competesWith orbit asserted", "acme competesWith zenith asserted"],
        [],
    ),
    ("units-counted", "Acme has two Zenith units on trial.", [], ["zenith parentOf acme asserted"]),
    (
        "relative-past-an-aside",
        "Orbit buys chips from Acme, which, for good measure, also owns a stake in Orbit.",
        ["acme investsIn orbit asserted"],
        ["orbit investsIn acme asserted"],
    ),
    (
        "passive-in-a-singular-apposition",
        "Orbit bids against Nova and Zenith, the operator owned by Acme, for land.",
        ["acme parentOf zenith asserted"],
        ["acme parentOf nova asserted"],
    ),
    (
        "licence-taken",
        "Orbit will take a new five-year licence to Acme's image collection.",
        ["orbit customerOf acme asserted"],
        ["acme customerOf orbit asserted"],
    ),
    (
        "parent-in-a-closed-apposition",
        "Orbit raised money from Nova, the venture arm of Acme, and Zenith.",
        ["acme parentOf nova asserted"],
        ["zenith parentOf nova asserted"],
    ),
    ("parent-compound", "Acme-owned Zenith hired staff.", ["acme parentOf zenith asserted"], []),
    (
        "parent-former",
        "Acme, Zenith's former parent, reported results.",
        ["acme parentOf zenith negated"],
        ["acme parentOf zenith asserted"],
    ),
    ("parent-its-own", "Acme built its own Quill model.", [], ["acme parentOf quill asserted"]),
    # ---- supply and custom
    ("supply-with", "Acme supplies Zenith with Spark chips.", ["zenith customerOf acme asserted"], []),
    # the chip named after "supplies" is what is supplied
    (
        "supply-named-goods",
        "Acme supplies Spark switch silicon for the fabric.",
        [],
        ["spark customerOf acme asserted"],
    ),
    (
        "supply-to",
        "Acme sells its chips to Zenith and Orbit.",
        ["zenith customerOf acme asserted", "orbit customerOf acme asserted"],
        [],
    ),
    (
        "supply-list-past-an-aside",
        "Acme sells its chips to Zenith (through its robotics unit), Orbit and Nova.",
        [
            "zenith customerOf acme asserted",
            "orbit customerOf acme asserted",
            "nova customerOf acme asserted",
        ],
        ["acme parentOf orbit asserted"],
    ),
    (
        "supplier-of-goods-to",
        "Acme is a long-term supplier of switching equipment to Zenith and Orbit.",
        ["zenith customerOf acme asserted", "orbit customerOf acme asserted"],
        [],
    ),
    (
        "supplier-of-goods-to-a-list",
        "Acme is one of the largest suppliers of flour, yeast and other baking goods to brands, "
        "including Zenith, Orbit, and Nova.",
        [
            "zenith customerOf acme asserted",
            "orbit customerOf acme asserted",
            "nova customerOf acme asserted",
        ],
        [],
    ),
    ("supply-for", "Acme manufactures chips for Zenith.", ["zenith customerOf acme asserted"], []),
    # a supply deal: the side the sentence marks as maker or supplier supplies; else unsaid
    (
        "supply-deal-silicon-maker-first",
        "Vantor Silicon signed a supply agreement with Kessler Robotics.",
        ["kessler-robotics customerOf vantor-silicon asserted"],
        ["vantor-silicon customerOf kessler-robotics asserted"],
    ),
    (
        "supply-deal-silicon-maker-second",
        "Kessler Robotics has signed a multiyear supply deal with Vantor Semiconductor.",
        ["kessler-robotics customerOf vantor-semiconductor asserted"],
        ["vantor-semiconductor customerOf kessler-robotics asserted"],
    ),
    (
        "supply-deal-chipmaker-apposition",
        "Zenith, a chipmaker, struck a supply pact with Orbit.",
        ["orbit customerOf zenith asserted"],
        ["zenith customerOf orbit asserted"],
    ),
    (
        "supply-deal-won",
        "Zenith won a supply contract with Orbit.",
        ["orbit customerOf zenith asserted"],
        ["zenith customerOf orbit asserted"],
    ),
    (
        "supply-deal-direction-unsaid",
        "Orbit signed a supply agreement with Zenith.",
        ["orbit partnerOf zenith asserted"],
        ["orbit customerOf zenith asserted", "zenith customerOf orbit asserted"],
    ),
    (
        "supply-deal-cloud-platform-subject",
        "Nimbus signed a cloud deal with Zenith.",
        ["zenith customerOf nimbus asserted"],
        ["nimbus customerOf zenith asserted"],
    ),
    (
        "supply-deal-goods-buyer-signs",
        "Zenith signed a chip deal with Acme.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    ("supply-buy-from", "Zenith buys servers from Acme.", ["zenith customerOf acme asserted"], []),
    ("supply-role", "Zenith is a customer of Acme.", ["zenith customerOf acme asserted"], []),
    (
        "supply-role-list",
        "Acme's customers include Zenith and Orbit.",
        ["zenith customerOf acme asserted", "orbit customerOf acme asserted"],
        [],
    ),
    ("supply-supplier-role", "Acme is a key supplier to Zenith.", ["zenith customerOf acme asserted"], []),
    (
        "supply-pay",
        "Zenith has been paying Acme $5 million a month for cloud services.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    ("supply-rent", "Zenith rents servers from Acme.", ["zenith customerOf acme asserted"], []),
    (
        "supply-cloud-use",
        "Zenith uses Acme's cloud to train models.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "supply-license-from",
        "Acme licenses mapping software from Zenith.",
        ["acme usesTechnologyOf zenith asserted"],
        ["zenith customerOf acme asserted", "acme customerOf zenith asserted"],
    ),
    ("supply-license-to", "Acme licenses its designs to Zenith.", ["zenith customerOf acme asserted"], []),
    (
        "supply-technology-licensed-from",
        "Acme relies on technology licensed from Zenith.",
        ["acme usesTechnologyOf zenith asserted"],
        ["acme customerOf zenith asserted"],
    ),
    ("supply-train-on", "Zenith trains its models on Nimbus.", ["zenith hostedOn nimbus asserted"], []),
    (
        "supply-train-on-chips",
        "Zenith trains its models on Acme's chips.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "host-product-trained-on",
        "Zenith's flagship model, Quill, is trained on Nimbus.",
        ["quill hostedOn nimbus asserted"],
        ["quill customerOf nimbus asserted"],
    ),
    (
        "supply-train-on-data",
        "Zenith trained Quill on data from Orbit.",
        [],
        ["zenith customerOf orbit asserted"],
    ),
    (
        "supply-counts-among",
        "Acme counts Zenith and Orbit among its customers.",
        ["zenith customerOf acme asserted", "orbit customerOf acme asserted"],
        [],
    ),
    (
        "invest-counts-among",
        "Zenith counts Acme among its investors.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "supply-no-longer",
        "Zenith is no longer a customer of Acme.",
        ["zenith customerOf acme negated"],
        ["zenith customerOf acme asserted"],
    ),
    (
        "supply-may",
        "Zenith may buy chips from Acme.",
        ["zenith customerOf acme speculative"],
        ["zenith customerOf acme asserted"],
    ),
    (
        "supply-compound-role-after-copula",
        "Zenith has been a longtime Nimbus customer since 2022.",
        ["zenith customerOf nimbus asserted"],
        [],
    ),
    (
        "supply-compound-role-negated",
        "Zenith is not an Acme customer.",
        ["zenith customerOf acme negated"],
        ["zenith customerOf acme asserted"],
    ),
    (
        "supply-the-startup",
        "Zenith signed a three-year deal with Acme. Acme will supply the startup with Spark chips.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "supply-forced-to-rent",
        "Spark chips are scarce, forcing Zenith to rent servers from Acme.",
        ["zenith customerOf acme asserted"],
        ["spark customerOf acme asserted"],
    ),
    (
        "supply-provides-with-credits",
        "Acme will provide Zenith with $500 million in cloud credits.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "supply-anchor-tenant",
        "Zenith is an anchor tenant of Acme's new data centre.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "supply-won-order-from",
        "Orbit has won a $300 million order from Zenith.",
        ["zenith customerOf orbit asserted"],
        ["orbit customerOf zenith asserted", "zenith investsIn orbit asserted"],
    ),
    (
        "supply-helped-by-orders-from",
        "Orbit's sales rose 40%, lifted by orders from Zenith for its networking chips.",
        ["zenith customerOf orbit asserted"],
        ["orbit customerOf zenith asserted"],
    ),
    (
        "supply-plans-to-order-from",
        "Zenith plans to order more chips from Orbit next year.",
        ["zenith customerOf orbit speculative"],
        ["orbit customerOf zenith asserted"],
    ),
    (
        "supply-placed-order-with",
        "Zenith placed its first order with Acme in May.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "supply-worth-of-chips-from",
        "Zenith will buy up to $2 billion worth of chips from Acme.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "supply-to-a-clouds-customers",
        "Acme sells its chips to Nimbus customers.",
        [],
        ["nimbus customerOf acme asserted"],
    ),
    (
        "supply-signed-as-customer",
        "Orbit has signed Zenith as a customer.",
        ["zenith customerOf orbit asserted"],
        [],
    ),
    (
        "supply-signed-up-as-first-customer",
        "Acme signed up Zenith as its first customer.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "supply-not-signed-as-customer",
        "Acme has not signed Zenith as a client.",
        ["zenith customerOf acme negated"],
        ["zenith customerOf acme asserted"],
    ),
    (
        "supply-joined-as-customer",
        "Zenith joined Nimbus as a customer last spring.",
        ["zenith customerOf nimbus asserted"],
        [],
    ),
    (
        "invest-joined-as-investor-in-third",
        "Orbit joined Acme as an investor in Zenith.",
        [],
        ["orbit investsIn acme asserted"],
    ),
    (
        "supply-customer-after-colon",
        "Nimbus has landed its biggest customer yet: Zenith.",
        ["zenith customerOf nimbus asserted"],
        [],
    ),
    (
        "supply-dropped-as-supplier",
        "Zenith has dropped Nimbus as its cloud provider and signed Orbit as its chip vendor.",
        ["zenith customerOf nimbus negated", "zenith customerOf orbit asserted"],
        ["zenith customerOf nimbus asserted"],
    ),
    (
        "supply-expected-to-pick-as-provider",
        "Zenith is expected to pick Nimbus as its main cloud provider.",
        ["zenith customerOf nimbus speculative"],
        ["zenith customerOf nimbus asserted"],
    ),
    (
        "supply-said-on-day-it-had-chosen",
        "Zenith said on Tuesday it had chosen Nimbus as its primary cloud provider, ending a "
        "five-year relationship with Orbit.",
        ["zenith customerOf nimbus asserted", "orbit partnerOf zenith negated"],
        ["orbit partnerOf zenith asserted"],
    ),
    (
        "chips-made-by-foundry",
        "Zenith's inference chips are manufactured by Acme.",
        ["zenith customerOf acme asserted"],
        ["acme develops zenith asserted"],
    ),
    (
        "named-chips-made-by-foundry",
        "Zenith's Spark chips are made by Acme.",
        ["zenith customerOf acme asserted"],
        ["acme develops spark asserted"],
    ),
    (
        "foundry-makes-their-chips",
        "Acme makes Zenith's chips.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "makes-its-chips-at-foundry",
        "Zenith manufactures its chips at Acme.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "product-made-by-its-maker",
        "Helper was made by Zenith.",
        ["zenith develops helper asserted"],
        ["helper customerOf zenith asserted"],
    ),
    (
        "demand-for-its-chips-from",
        "Zenith's sales grew, driven by demand for its Spark chips from Acme and Orbit.",
        [
            "acme customerOf zenith asserted",
            "orbit customerOf zenith asserted",
            "zenith develops spark asserted",
        ],
        [],
    ),
    (
        "account-for-half-of-sales",
        "Acme and Orbit together account for roughly half of Zenith's data-center sales.",
        ["acme customerOf zenith asserted", "orbit customerOf zenith asserted"],
        [],
    ),
    # ---- ended and abandoned deals
    (
        "ended-walked-away",
        "Acme walked away from its deal to acquire Zenith.",
        ["acme acquires zenith negated"],
        ["acme acquires zenith asserted"],
    ),
    (
        "ended-called-off",
        "Acme called off its planned takeover of Zenith.",
        ["acme acquires zenith negated"],
        ["acme acquires zenith speculative"],
    ),
    (
        "ended-pulled-out",
        "Orbit pulled out of the funding round for Zenith.",
        ["orbit investsIn zenith negated"],
        ["orbit investsIn zenith asserted"],
    ),
    (
        "ended-sold-stake",
        "Acme has sold its stake in Zenith.",
        ["acme investsIn zenith negated"],
        ["acme investsIn zenith asserted"],
    ),
    (
        "ended-sold-part-of-stake",
        "Acme sold part of its stake in Zenith.",
        ["acme investsIn zenith asserted"],
        ["acme investsIn zenith negated"],
    ),
    (
        "ended-exited",
        "Orbit exited its investment in Zenith last year.",
        ["orbit investsIn zenith negated"],
        ["orbit investsIn zenith asserted"],
    ),
    (
        "ended-cut-ties",
        "Zenith has cut ties with Acme.",
        ["acme partnerOf zenith negated"],
        ["acme partnerOf zenith asserted"],
    ),
    (
        "ended-parted-ways",
        "Zenith parted ways with Acme in March.",
        ["acme partnerOf zenith negated"],
        ["acme partnerOf zenith asserted"],
    ),
    (
        "acquire-bid-for",
        "Acme is weighing a bid for Zenith.",
        ["acme acquires zenith speculative"],
        ["acme acquires zenith asserted"],
    ),
    (
        "acquire-rejected-takeover-offer-from",
        "Zenith rejected a takeover offer from Acme.",
        ["acme acquires zenith negated"],
        ["acme acquires zenith asserted"],
    ),
    (
        "acquire-blocked",
        "Regulators blocked Acme's acquisition of Zenith.",
        ["acme acquires zenith negated"],
        ["acme acquires zenith asserted"],
    ),
    (
        "acquire-an-offer-is-no-supply",
        "Acme made an offer to acquire Zenith.",
        ["acme acquires zenith speculative"],  # an offer, not yet a purchase
        ["zenith customerOf acme asserted"],
    ),
    (
        "acquire-sale-to",
        "Zenith is exploring a sale to Acme.",
        ["acme acquires zenith speculative"],
        [],
    ),
    (
        "acquire-sales-to-are-revenue",
        "Zenith reported higher sales to Acme.",
        [],
        ["acme acquires zenith asserted"],
    ),
    (
        "acquire-sell-itself",
        "Zenith agreed to sell itself to Acme for $1.2 billion.",
        ["acme acquires zenith asserted"],
        ["acme customerOf zenith asserted"],
    ),
    (
        "acquire-relative-which",
        "Zenith, which Acme bought in 2023, makes sensors.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "acquire-passive-after-product-line",
        "Zenith, the Orbit-backed maker of delivery drones, was acquired by Acme.",
        ["acme acquires zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "acquire-nearing-deal",
        "Acme is nearing a deal to buy Zenith.",
        ["acme acquires zenith speculative"],
        ["acme acquires zenith asserted"],
    ),
    # a deal named, then undone by the words after its last name
    (
        "undone-collapsed",
        "Acme's planned acquisition of Zenith collapsed.",
        ["acme acquires zenith negated"],
        ["acme acquires zenith speculative", "acme acquires zenith asserted"],
    ),
    (
        "undone-fell-through",
        "Acme's $3 billion takeover of Zenith fell through last week.",
        ["acme acquires zenith negated"],
        ["acme acquires zenith asserted"],
    ),
    (
        "undone-was-scrapped",
        "Orbit's proposed purchase of Zenith was scrapped after a review.",
        ["orbit acquires zenith negated"],
        ["orbit acquires zenith speculative"],
    ),
    (
        "undone-has-since-been-abandoned",
        "Acme's bid for Zenith, first floated in March, has since been abandoned.",
        ["acme acquires zenith negated"],
        ["acme acquires zenith speculative"],
    ),
    (
        "undone-partnership-dissolved",
        "The partnership between Acme and Zenith has been dissolved.",
        ["acme partnerOf zenith negated"],
        ["acme partnerOf zenith asserted"],
    ),
    (
        "undone-deal-to-buy-terminated",
        "Acme's deal to buy Zenith was terminated on Friday.",
        ["acme acquires zenith negated"],
        ["acme acquires zenith asserted"],
    ),
    (
        "undone-alliance-ended-in",
        "The alliance between Orbit and Zenith ended in June.",
        ["orbit partnerOf zenith negated"],
        ["orbit partnerOf zenith asserted"],
    ),
    (
        "undone-but-the-deal-collapsed",
        "Acme agreed to buy Zenith in 2023, but the deal collapsed months later.",
        ["acme acquires zenith negated"],
        ["acme acquires zenith asserted"],
    ),
    (
        "undone-before-regulators-blocked-the-deal",
        "Acme had agreed to acquire Zenith before regulators blocked the deal.",
        ["acme acquires zenith negated"],
        ["acme acquires zenith asserted"],
    ),
    (
        "participation-joining-with-a-role",
        "Zenith raised $40 million in a round led by Orbit, with Nova and existing backer Acme joining.",
        [
            "orbit investsIn zenith asserted",
            "nova investsIn zenith asserted",
            "acme investsIn zenith asserted",
        ],
        [],
    ),
    (
        "participation-took-money",
        "Zenith makes robots. The startup took money in a round led by Orbit, with Acme joining.",
        ["orbit investsIn zenith asserted", "acme investsIn zenith asserted"],
        [],
    ),
    (
        "compete-with-those-of",
        "Zenith's chips compete with those of Acme.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    (
        "compete-and-with-a-possessed-product",
        "Zenith competes with Orbit and with Acme's Quill.",
        ["orbit competesWith zenith asserted", "quill competesWith zenith asserted"],
        [],
    ),
    (
        "undone-but-ended-the-deal",
        "Zenith once worked with Acme on chatbots but ended the arrangement in 2022.",
        [],
        ["zenith partnerOf acme asserted", "acme partnerOf zenith asserted"],
    ),
    (
        "undone-but-terminated-the-contract",
        "Zenith signed a supply agreement with Acme, but terminated the contract last year.",
        [],
        [
            "zenith customerOf acme asserted",
            "acme customerOf zenith asserted",
            "acme partnerOf zenith asserted",
        ],
    ),
    (
        "undone-not-when-ended-has-an-object",
        "Acme's acquisition of Zenith ended a long bidding war.",
        ["acme acquires zenith asserted"],
        ["acme acquires zenith negated"],
    ),
    (
        "undone-not-when-the-deal-closed",
        "Acme agreed to buy Zenith, and the deal closed in May.",
        ["acme acquires zenith asserted"],
        ["acme acquires zenith negated"],
    ),
    (
        "undone-not-another-deal",
        "Acme bought Zenith after its talks with Orbit collapsed.",
        ["acme acquires zenith asserted"],
        ["acme acquires zenith negated"],
    ),
    # a deal near, not done
    (
        "near-close-to-signing",
        "Zenith is close to signing a cloud deal with Acme.",
        ["zenith customerOf acme speculative"],
        ["zenith customerOf acme asserted"],
    ),
    (
        "near-close-to-a-deal",
        "Acme is close to a deal to acquire Zenith.",
        ["acme acquires zenith speculative"],
        ["acme acquires zenith asserted"],
    ),
    (
        "near-verge",
        "Acme is on the verge of buying Zenith.",
        ["acme acquires zenith speculative"],
        ["acme acquires zenith asserted"],
    ),
    (
        "near-closing-in-on",
        "Orbit is closing in on an agreement to invest in Zenith.",
        ["orbit investsIn zenith speculative"],
        ["orbit investsIn zenith asserted"],
    ),
    (
        "near-advanced-talks",
        "Orbit is in advanced talks to invest in Zenith.",
        ["orbit investsIn zenith speculative"],
        ["orbit investsIn zenith asserted"],
    ),
    (
        "near-not-close-to-an-amount",
        "Acme invested close to $2 billion in Zenith.",
        ["acme investsIn zenith asserted"],
        ["acme investsIn zenith speculative"],
    ),
    (
        "it-after-finding-is-the-party-cut-off",
        "Nova has cut off Zenith, a coding assistant, after finding it had used Quill outputs to train "
        "a rival model. Acme banned Orbit, saying it had used Quill outputs.",
        ["zenith usesTechnologyOf quill negated"],
        ["nova usesTechnologyOf quill asserted", "acme usesTechnologyOf quill asserted"],
    ),
    (
        "orders-moved-away-from-a-supplier",
        "Acme shifted its memory orders away from Zenith in 2025 and now buys memory from Orbit.",
        ["acme customerOf orbit asserted"],
        ["zenith customerOf acme asserted"],
    ),
    (
        "bought-from-in-a-relative-clause",
        "The cold plates come from Zenith, a Minnesota firm that Acme has bought from since 2023.",
        ["acme customerOf zenith asserted"],
        ["acme acquires zenith asserted"],
    ),
    (
        "a-list-competes-with-us",
        "The filing notes that Acme, Zenith and Orbit compete with us for the same customers.",
        [],
        ["acme competesWith zenith asserted", "acme competesWith orbit asserted"],
    ),
    (
        "round-in-which-a-backer-took-part",
        "Zenith raised $6 billion in a round that closed in May, with backers including Acme and Orbit, "
        "and a further $6 billion in December, in which Nova also took part.",
        [f"{backer} investsIn zenith asserted" for backer in ("acme", "orbit", "nova")],
        [],
    ),
    (
        "series-a-in-the-start-up-is-the-texts-company",
        "Zenith makes chatbots. Zenith sells them to banks. Zenith is a subsidiary of Acme. Another Acme "
        "business, Orbit, is Zenith's biggest customer. "
        "Nova led a $22 million Series A in the start-up in 2024.",
        ["nova investsIn zenith asserted"],
        ["nova investsIn acme asserted", "nova investsIn orbit asserted"],
    ),
    (
        "supplies-the-leads-systems-before-a-second-clause",
        "Acme is building a data centre in Sweden. Zenith is supplying the liquid-cooling systems, "
        "while Orbit provides the switchgear.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "also-took-part-after-an-apposition",
        "Zenith raised $14 million in a round led by Acme. Orbit, an early backer of Nova that still holds "
        "a stake in the lab, also took part, as did Helper.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        ["nova investsIn zenith asserted"],
    ),
    (
        "a-priced-contract-with-a-cloud-is-a-purchase",
        "Acme signed a $38 billion, seven-year contract with Nimbus. Orbit signed a two-year enterprise "
        "contract with Zenith. Nova signed an agreement with Helper worth $2 billion. Nova added 1.5 "
        "gigawatts to its contract with Nimbus.",
        [
            "acme customerOf nimbus asserted",
            "orbit customerOf zenith asserted",
            "helper partnerOf nova asserted",  # (a bare price names no supplier)
            "nova customerOf nimbus asserted",
        ],
        ["acme partnerOf nimbus asserted", "orbit partnerOf zenith asserted"],
    ),
    (
        "purchase-of-common-stock-is-a-stake",
        "Acme completed its $5 billion purchase of Zenith common stock.",
        ["acme investsIn zenith asserted"],
        ["acme acquires zenith asserted"],
    ),
    (
        "name-controlled-company-is-unnamed",
        "Orbit now competes directly with the Zenith-controlled company, and Acme invested in the "
        "Zenith-backed startup.",
        [],
        ["orbit competesWith zenith asserted", "acme investsIn zenith asserted"],
    ),
    (
        "customers-listed-past-a-description-and-a-relative",
        "Zenith's customers include Orbit, a provider of sovereign cloud services to public bodies, "
        "which has installed Zenith cards in its Leeds data centre, and Nova, which is testing the chips.",
        ["orbit customerOf zenith asserted", "nova customerOf zenith asserted"],
        [],
    ),
    (
        "invest-believed",
        "Acme is believed to hold a 10% stake in Zenith.",
        ["acme investsIn zenith reported"],
        ["acme investsIn zenith asserted"],
    ),
    (
        "whose-investors-include",
        "Zenith is a privately held, venture-backed company whose investors include Acme and Orbit.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "whose-customer-is",
        "Zenith, whose largest customer is Acme, said it would hire 200 engineers.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "passive-owned-since",
        "Zenith has been owned since 2012 by Acme.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "passive-bought-last-year",
        "Zenith was bought last year by Acme.",
        ["acme acquires zenith asserted"],
        [],
    ),
    ("passive-funded-in-part", "Zenith is funded in part by Acme.", ["acme investsIn zenith asserted"], []),
    (
        "passive-partly-owned",
        "Zenith is partly owned by Acme.",
        ["acme investsIn zenith asserted"],
        ["acme parentOf zenith asserted"],
    ),
    (
        "active-bought-in-a-year",
        "Acme bought in 2019 a stake in Zenith.",
        [],
        ["acme acquires zenith asserted"],
    ),
    (
        "sold-a-company-to",
        "Acme sold Zenith to Orbit in 2021.",
        ["orbit acquires zenith asserted"],
        ["orbit customerOf acme asserted"],
    ),
    ("company-was-sold-to", "Zenith was sold to Orbit last year.", ["orbit acquires zenith asserted"], []),
    (
        "sells-a-product-to",
        "Acme sells Quill to Orbit.",
        ["orbit customerOf acme asserted"],
        ["orbit acquires quill asserted"],
    ),
    (
        "paid-a-sum-for-a-company",
        "Acme paid $1.2 billion for Zenith in 2019.",
        ["acme acquires zenith asserted"],
        [],
    ),
    ("paid-a-sum-for-a-model", "Acme paid $300 million for Quill.", [], ["acme acquires quill asserted"]),
    (
        "bought-the-company-of-the-topic",
        "Zenith makes warehouse robots. Acme bought the company in 2020.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "bought-it-is-not-read",
        "Zenith makes the Orca chip. Acme bought it in bulk.",
        [],
        ["acme acquires zenith asserted"],
    ),
    (
        "backed-more-than-n-including",
        "Acme has backed more than 20 startups, including Zenith and Orbit.",
        ["acme investsIn zenith asserted", "acme investsIn orbit asserted"],
        [],
    ),
    (
        "more-than-a-rival",
        "Acme invested more than Zenith in Orbit.",
        ["acme investsIn orbit asserted"],
        ["acme investsIn zenith asserted"],
    ),
    (
        "invested-in-which",
        "Zenith, in which Acme invested $5 million, makes chips.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "stake-of-which",
        "Zenith, of which Acme owns 30%, makes chips.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "bought-in-which",
        "Zenith, in which Acme bought servers, makes chips.",
        [],
        ["acme acquires zenith asserted"],
    ),
    (
        "approached-about-a-takeover",
        "Acme has approached Zenith about a takeover.",
        ["acme acquires zenith speculative"],
        ["acme acquires zenith asserted"],
    ),
    (
        "talks-with-about-an-investment",
        "Acme has held talks with Zenith about an investment.",
        ["acme investsIn zenith speculative"],
        ["acme investsIn zenith asserted"],
    ),
    (
        "approached-about-its-chips",  # no deal talked about
        "Acme approached Zenith about its chips.",
        [],
        ["acme acquires zenith speculative", "acme customerOf zenith speculative"],
    ),
    (
        "rejected-a-possessive-takeover-offer",
        "Zenith rejected Acme's takeover offer.",
        ["acme acquires zenith negated"],
        ["acme acquires zenith asserted"],
    ),
    (
        "weighing-a-possessive-buyout-bid",
        "Zenith is weighing Acme's buyout bid.",
        ["acme acquires zenith speculative"],
        ["acme acquires zenith asserted"],
    ),
    (
        "spurned-a-possessive-takeover-offer",
        "Zenith spurned Acme's takeover offer.",
        ["acme acquires zenith negated"],
        ["acme acquires zenith asserted"],
    ),
    (
        "criticised-a-possessive-takeover-bid",  # the critic is no target
        "Orbit criticised Acme's takeover bid.",
        [],
        ["acme acquires orbit asserted"],
    ),
    (
        "took-full-control-of",
        "Acme took full control of Zenith in 2021.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "took-control-of-a-board",  # control of Zenith's board is no purchase of Zenith
        "Acme took control of Zenith's board.",
        [],
        ["acme acquires zenith asserted"],
    ),
    (
        "lost-control-of",
        "Acme lost control of Zenith.",
        [],
        ["acme acquires zenith asserted"],
    ),
    (
        "possessive-acquisition-by",  # the possessor is the one bought
        "Zenith's acquisition by Acme closed.",
        ["acme acquires zenith asserted"],
        ["zenith acquires acme asserted"],
    ),
    (
        "opening-its-acquisition-by",
        "Following its acquisition by Acme, Zenith cut jobs.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "planned-acquisition-by-collapsed",
        "Zenith's planned acquisition by Acme collapsed.",
        ["acme acquires zenith negated"],
        ["acme acquires zenith asserted"],
    ),
    (
        "sale-of-to",
        "The sale of Zenith to Orbit closed in May.",
        ["orbit acquires zenith asserted"],
        ["zenith customerOf orbit asserted"],
    ),
    (
        "weighing-a-sale-of-to",
        "Acme is weighing a sale of Zenith to Orbit.",
        ["orbit acquires zenith speculative"],
        ["orbit acquires zenith asserted"],
    ),
    (
        "blocked-sale-of-to",
        "Regulators blocked the sale of Zenith to Orbit.",
        ["orbit acquires zenith negated"],
        ["orbit acquires zenith asserted"],
    ),
    (
        "sale-of-a-product-to",  # a product's sale is no takeover
        "The sale of Quill to Orbit grew last year.",
        [],
        ["orbit acquires quill asserted"],
    ),
    (
        "co-led-with",
        "Acme co-led Zenith's Series A with Orbit.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        ["acme investsIn orbit asserted"],
    ),
    (
        "co-led-with-a-cloud",  # a cloud platform is no co-investor
        "Acme co-led Zenith's round with Orbit and Nimbus.",
        ["orbit investsIn zenith asserted"],
        ["nimbus investsIn zenith asserted"],
    ),
    (
        "verb-aside-along-with-then-object",
        "Acme invested, along with Orbit, in Zenith.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        ["acme investsIn orbit asserted"],
    ),
    (
        "verb-other-aside-then-object",  # an aside that is no sharing: the object is not reached
        "Acme invested, Orbit said, in Zenith.",
        [],
        ["orbit investsIn zenith asserted"],
    ),
    (
        "coordinated-possessors",
        "Acme and Orbit's investment in Zenith was announced.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        ["acme investsIn orbit asserted"],
    ),
    (
        "opening-role-phrase-renamed",
        "The company behind Quill, Acme, raised money.",
        ["acme develops quill asserted"],
        [],
    ),
    (
        "opening-role-of-phrase-renamed",
        "The biggest customer of Zenith, Acme, grew.",
        ["acme customerOf zenith asserted"],
        ["zenith customerOf acme asserted"],
    ),
    (
        "opening-role-phrase-then-a-speaker",  # "Acme said": a speaker, no apposition
        "The largest investor in Zenith, Acme said, is Orbit.",
        [],
        ["acme investsIn zenith asserted"],
    ),
    (
        "cloud-offers-a-model",
        "Nimbus offers Quill to its customers.",
        ["quill hostedOn nimbus asserted"],
        ["nimbus customerOf quill asserted"],
    ),
    (
        "company-offers-its-model",  # a company that is no cloud: nothing hosted
        "Acme offers Quill to its customers.",
        [],
        ["quill hostedOn acme asserted"],
    ),
    (
        "open-sourced",
        "Acme open-sourced Quill last year.",
        ["acme develops quill asserted"],
        [],
    ),
    (
        "sees-as-its-competitor",
        "Acme sees Zenith as its main competitor.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    (
        "saw-as-a-threat",  # no role
        "Acme saw Zenith as a threat.",
        [],
        ["acme competesWith zenith asserted", "acme partnerOf zenith asserted"],
    ),
    (
        "dropped-a-model",
        "Acme dropped Quill last year.",
        ["acme usesTechnologyOf quill negated"],
        ["acme usesTechnologyOf quill asserted"],
    ),
    (
        "phased-out-in-favour-of-its-own",
        "Acme phased out Quill in favour of its own model.",
        ["acme usesTechnologyOf quill negated"],
        ["acme usesTechnologyOf quill asserted"],
    ),
    (
        "phased-out-in-favour-of-a-named-one",  # the new one is taken up
        "Acme phased out Quill in favour of Spark.",
        ["acme usesTechnologyOf quill negated", "acme usesTechnologyOf spark asserted"],
        ["acme usesTechnologyOf spark negated"],
    ),
    (
        "dropped-a-company-as-supplier",  # a company: the role reading, not a product used
        "Acme dropped Zenith as a supplier.",
        ["acme customerOf zenith negated"],
        ["acme usesTechnologyOf zenith negated"],
    ),
    (
        "hired-a-firm-to",
        "Acme hired Zenith to audit its books.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "hired-a-firms-people",  # Zenith's staff, not Zenith
        "Acme hired Zenith's former chief executive to run its lab.",
        [],
        ["acme customerOf zenith asserted"],
    ),
    (
        "hired-a-person",
        "Acme hired Jane Doe to run its lab.",
        [],
        ["acme customerOf jane-doe asserted"],
    ),
    (
        "uses-it-the-topic-product",
        "Quill is a language model. Zenith uses it in its app.",
        ["zenith usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "uses-it-after-a-company",  # "it" after a sentence about a company: no product meant
        "Acme makes chips. Zenith uses it.",
        [],
        ["zenith usesTechnologyOf acme asserted"],
    ),
    (
        "role-unit-then-verb",  # "hosts" is a verb, not the unit's name
        "Acme's cloud unit hosts Quill.",
        ["quill hostedOn acme asserted"],
        ["acme parentOf quill asserted"],
    ),
    (
        "role-division-then-verb",
        "Zenith's chip division supplies Acme.",
        ["acme customerOf zenith asserted"],
        ["zenith parentOf acme asserted"],
    ),
    (
        "role-unit-then-name",
        "Acme's chip unit Zenith grew.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "fronted-passive-participle",
        "Backed by Acme and Orbit, Zenith raised money.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "fronted-passive-participle-list",
        "Backed by Acme, Orbit and Nova, Zenith raised money.",
        [
            "acme investsIn zenith asserted",
            "orbit investsIn zenith asserted",
            "nova investsIn zenith asserted",
        ],
        ["orbit investsIn acme asserted"],
    ),
    (
        "fronted-participle-with-opener",
        "Since being acquired by Acme, Zenith has grown.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "fronted-active-participle",
        "Having acquired Zenith, Acme moved into chips.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "fronted-rather-than",  # the phrase's object rents nothing; the company after it trains
        "Acme builds Helper. Rather than renting Orbit GPUs, the company trains Helper on the Spark, a "
        "chip designed by Zenith.",
        ["acme develops helper asserted", "zenith develops spark asserted"],
        ["orbit usesTechnologyOf spark asserted", "orbit develops helper asserted"],
    ),
    (
        "backed_by",  # the relative clause is the rival's, not the rival's rival's
        "Orbit, an Edinburgh-based rival of Zenith that is backed by Acme, sells a similar tool.",
        ["acme investsIn orbit asserted", "orbit competesWith zenith asserted"],
        ["acme investsIn zenith asserted"],
    ),
    (
        "develop",  # "that built" is the start-up's, not the university's
        "Zenith Labs, a start-up spun out of the robotics group of Orbit that built Helper, sells to Acme.",
        ["zenith-labs develops helper asserted"],
        [],
    ),
    (
        "possessive",  # "whose" after an owner's apposition is the unit's
        "Acme works closely with Zenith Maritime, part of Norway's Orbit, whose Helper simulators are used "
        "to train pilots.",
        ["zenith-maritime develops helper asserted", "orbit parentOf zenith-maritime asserted"],
        ["orbit develops helper asserted"],
    ),
    (
        "use",  # a passive infinitive names no user
        "Acme chose Zenith because Zenith allowed the model to be deployed inside Acme's own cloud account.",
        [],
        ["zenith customerOf acme asserted", "zenith usesTechnologyOf acme asserted"],
    ),
    (
        "join_round",  # the round named by its raiser's possessive before the semicolon
        "Acme is big. Its arm, Acme Ventures, led Zenith's $18 million Series A in 2024; Orbit, the "
        "property-technology investor, also took part.",
        ["orbit investsIn zenith asserted", "acme-ventures investsIn zenith asserted"],
        ["orbit investsIn acme asserted"],
    ),
    (
        "role",  # an investor described by its kind holds no stake in the topic
        "Acme is big. Orbit, the property-technology investor, said it liked the sector.",
        [],
        ["orbit investsIn acme asserted"],
    ),
    (
        "role",  # but an existing investor does
        "Acme raised $5 million. Orbit, an existing investor, also took part.",
        ["orbit investsIn acme asserted"],
        [],
    ),
    (
        "round_led",  # "its" round after "a stake in the startup" is the startup's
        "Zenith raised money. Orbit bought a 15 per cent stake in the startup during its $22 million "
        "Series A last year, a round led by Nova Capital.",
        ["nova-capital investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "owned_by",  # "now" between the copula and the participle, after a long description
        "Orbit, the process-software specialist that is now wholly owned by Acme, sells tools.",
        ["acme parentOf orbit asserted"],
        [],
    ),
    (
        "switch",  # unnamed old things replaced with a named product: the product is used
        "Acme has replaced the camera software at its 310 gantries with Helper, a model made by Zenith.",
        ["acme usesTechnologyOf helper asserted", "zenith develops helper asserted"],
        [],
    ),
    (
        "join_round",  # a bare "also invested" after a lead joins the round led
        "Acme's fund led Zenith's $210 million Series C in October, and the Austin venture firm Orbit also "
        "invested.",
        ["orbit investsIn zenith asserted"],
        [],
    ),
    (
        "join_round",  # "invested alongside it": the round's raiser, named after "in"
        "In October Acme led a $5 million seed round in Zenith, a start-up, and Orbit invested alongside it.",
        ["orbit investsIn zenith asserted", "acme investsIn zenith asserted"],
        ["orbit investsIn acme asserted"],
    ),
    (
        "powers",  # "power producer" is a trade's noun, no verb
        "Zenith, a subsidiary of Norwegian power producer Acme ASA, took delivery of 2,000 GPUs.",
        ["acme-asa parentOf zenith asserted"],
        ["acme-asa usesTechnologyOf zenith asserted"],
    ),
    (
        "buy",  # a company bought from its seller: an acquisition, no supply
        "Helper Teas, which private-equity firm Orbit bought from Acme in 2022, buys data from Zenith.",
        ["orbit acquires helper-teas asserted", "helper-teas customerOf zenith asserted"],
        ["orbit customerOf acme asserted"],
    ),
    (
        "buy",  # but a seller the relative clause names before a stranded "from" still sells goods
        "The servers are built by Zenith, which Acme buys from directly.",
        ["acme customerOf zenith asserted"],
        ["acme acquires zenith asserted"],
    ),
    (
        "violate",  # "it" after "cut off X after discovering that" is X, however far the breach's words
        "Acme said it had cut off Zenith, a California reseller, after discovering that it had been "
        "reselling Helper seats to third parties in violation of its licence agreement.",
        [],
        ["acme violatesTermsOf zenith alleged", "acme violatesTermsOf zenith asserted"],
    ),
    (
        "round_led",  # "and when," closes a question word, not a clause the subject is sought in
        "Zenith Labs, a Singapore-based startup that uses machine vision to tell rubber tappers which "
        "trees to cut and when, has raised $40 million in a Series B round led by Acme, the company said "
        "on Wednesday.",
        ["acme investsIn zenith-labs asserted"],
        [],
    ),
    (
        "participation",  # a named backer listed with unnamed ones
        "Acme said on Tuesday it had raised $11 million in a round led by Zenith Capital, with Orbit and "
        "several angel investors also taking part.",
        ["orbit investsIn acme asserted", "zenith-capital investsIn acme asserted"],
        [],
    ),
    (
        "backed_by",  # the relative clause's second verb, past a name set off inside it
        "Zenith competes with Orbit, a start-up that has built its own model, Chai-1, and is backed by "
        "Nova Ventures.",
        ["nova-ventures investsIn orbit asserted", "orbit develops chai-1 asserted"],
        ["nova-ventures investsIn zenith asserted"],
    ),
    (
        "train_on",  # but after a relative with its own subject, ", and is" is the sentence subject's
        "Helper was built using Quill, the framework that Acme co-develops with Zenith, and is trained on "
        "Nimbus.",
        ["helper hostedOn nimbus asserted"],
        ["quill hostedOn nimbus asserted"],
    ),
    (
        "own",  # brands an owner owns, with the places they trade in between
        "Acme, which also owns the rental brands Zenith in California and Orbit in the Great Lakes region, "
        "expects growth.",
        ["acme parentOf zenith asserted", "acme parentOf orbit asserted"],
        [],
    ),
    (
        "buy",  # taking delivery of a maker's goods buys them
        "Zenith Compute, a subsidiary of Acme, took delivery of 2,000 Orbit GPUs this winter.",
        ["zenith-compute customerOf orbit asserted"],
        [],
    ),
    (
        "partnership",  # "the two companies" formed it: the two the sentence named before
        "Acme has two Zenith units on trial at a plant in Hungary, and the two companies formed a "
        "manufacturing partnership in November.",
        ["acme partnerOf zenith asserted"],
        [],
    ),
    (
        "partnership",  # "it" in a sentence opening "Its ..." is the topic, not a possessive named later
        "Zenith makes claims agents. Its agents run on Acme's Quill models, fine-tuned in-house, and in "
        "September it announced a distribution partnership with Orbit.",
        ["orbit partnerOf zenith asserted"],
        ["acme partnerOf orbit asserted"],
    ),
    (
        "possessive",  # "whose" noun, then the product's name set off after it
        "The software comes from Acme, a 40-person London start-up whose routing agent, called Latch, now "
        "handles every parcel.",
        ["acme develops latch asserted"],
        [],
    ),
    (
        "round_led",  # "a Series C in 2025 that was led by"
        "Zenith raised a $120 million Series C in 2025 that was led by Acme, with Orbit also taking part.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "developed_by",  # a model "published by" its maker; a relative's "predicts" hedges nothing
        "Helper's component, which predicts traffic 15 minutes ahead, is built on Quill, a time-series "
        "model published by Acme.",
        ["acme develops quill asserted", "helper usesTechnologyOf quill asserted"],
        ["acme develops quill speculative"],
    ),
    (
        "builds_on",  # "the agent" is the product an apposition called an agent
        "Zenith's main product is Helper, a routing agent. The agent is built on Orbit's Quill models.",
        ["helper usesTechnologyOf quill asserted"],
        ["zenith usesTechnologyOf quill asserted"],
    ),
    (
        "runs_on",  # the second verb after "and (is)" shares the first's unnamed subject
        "Zenith's main product is Helper, a routing agent. The agent is built on Orbit's Quill models and "
        "is hosted on Nimbus.",
        ["helper hostedOn nimbus asserted", "helper usesTechnologyOf quill asserted"],
        ["quill hostedOn nimbus asserted"],
    ),
    (
        "participation",  # a nationality in the description between "with" and the investor
        "Acme raised $90 million in a round led by Zenith, with the Dutch state investor Orbit also "
        "taking part.",
        ["orbit investsIn acme asserted", "zenith investsIn acme asserted"],
        [],
    ),
    (
        "fronted-hosted-on",
        "Hosted on Nimbus, Quill serves millions of users.",
        ["quill hostedOn nimbus asserted"],
        [],
    ),
    (
        "fronted-time-spent",  # two years spent on a cloud buy nothing from it
        "Having spent two years on Nimbus, Zenith now runs on its own hardware.",
        [],
        ["zenith customerOf nimbus asserted", "zenith hostedOn nimbus asserted"],
    ),
    (
        "fronted-phrase-of-time",  # "In 2019," is no participle
        "In 2019, Acme acquired Zenith.",
        ["acme acquires zenith asserted"],
        ["zenith acquires zenith asserted"],
    ),
    (
        "role-for-a-duration",
        "Acme has been a Zenith customer for a decade.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "role-for-a-name-then-a-duration",  # "for Zenith" names the other; the direction stands
        "Acme has been a supplier for Zenith for two years.",
        ["zenith customerOf acme asserted"],
        ["acme customerOf zenith asserted"],
    ),
    (
        "considering-a-model-for",
        "Zenith is considering Quill for its app.",
        ["zenith usesTechnologyOf quill speculative"],
        ["zenith usesTechnologyOf quill asserted"],
    ),
    (
        "weighing-a-cloud-to-host",
        "Zenith is weighing Nimbus to host its models.",
        ["zenith hostedOn nimbus speculative"],
        ["zenith hostedOn nimbus asserted"],
    ),
    (
        "weighing-a-model-against-another",  # a comparison, no use
        "Zenith is weighing Quill against Spark.",
        [],
        ["zenith usesTechnologyOf quill speculative", "zenith usesTechnologyOf spark speculative"],
    ),
    (
        "left-a-cloud",
        "Zenith left Nimbus in 2023.",
        ["zenith hostedOn nimbus negated"],
        ["zenith hostedOn nimbus asserted"],
    ),
    (
        "plans-to-leave-a-cloud",  # still there
        "Zenith has no plans to leave Nimbus.",
        [],
        ["zenith hostedOn nimbus negated"],
    ),
    (
        "left-a-company",  # people and companies leave companies: no hosting
        "Jane Doe left Acme to join Zenith.",
        [],
        ["jane-doe hostedOn acme negated"],
    ),
    (
        "hosts-it-on",  # "it": the product just named
        "Acme develops Quill and hosts it on Nimbus.",
        ["quill hostedOn nimbus asserted"],
        ["acme hostedOn nimbus asserted"],
    ),
    (
        "hosts-them-on",  # "them": the subject's own apps
        "Zenith makes apps. The company hosts them on Nimbus.",
        ["zenith hostedOn nimbus asserted"],
        [],
    ),
    (
        "whose-models-run-on",
        "Zenith, whose models run on Nimbus, raised money.",
        ["zenith hostedOn nimbus asserted"],
        [],
    ),
    (
        "whose-app-is-powered-by",
        "Zenith, whose app is powered by Quill, raised money.",
        ["zenith usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "whose-chips-named-subject",  # the clause names its own subject: Acme buys
        "Zenith, whose chips Acme buys, raised prices.",
        ["acme customerOf zenith asserted"],
        ["zenith customerOf acme asserted", "zenith usesTechnologyOf acme asserted"],
    ),
    (
        "whose-shares-bought",
        "Zenith, whose shares Acme bought, raised prices.",
        ["acme investsIn zenith asserted"],
        ["acme acquires zenith asserted"],
    ),
    (
        "whose-founder-hired",  # a person is not bought
        "Zenith, whose founder Acme hired, grew.",
        [],
        ["acme acquires zenith asserted", "acme customerOf zenith asserted"],
    ),
    (
        "contact-relative-released",
        "Zenith built its assistant on Quill, the model Acme released last year.",
        ["acme develops quill asserted", "zenith usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "contact-relative-backed",
        "Zenith, the startup Acme backed, raised money.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "contact-relative-tested",  # tested is no relation
        "Quill, the model Acme tested, is fast.",
        [],
        ["acme develops quill asserted", "acme usesTechnologyOf quill asserted"],
    ),
    (
        "which-sold-to",  # the antecedent is the company sold
        "Orbit, which Acme sold to Zenith in 2022, makes chips.",
        ["zenith acquires orbit asserted"],
        ["zenith customerOf acme asserted"],
    ),
    (
        "which-product-sold-to",  # a product sold is supplied
        "Quill, which Acme sold to Zenith, is fast.",
        ["zenith customerOf acme asserted"],
        ["zenith acquires quill asserted"],
    ),
    (
        "which-supplies-with",
        "Zenith, which Acme supplies with chips, raised money.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "comma-and-shares-the-subject",
        "Zenith counts Acme among its customers, and runs its software on Nimbus.",
        ["acme customerOf zenith asserted", "zenith hostedOn nimbus asserted"],
        ["acme hostedOn nimbus asserted"],
    ),
    (
        "comma-and-participle-of-a-passive",  # the models are served, not Acme's unit
        "Quill is to be trained on Spark chips, which Acme's Helper unit designs, and served on Nimbus.",
        [],
        ["helper hostedOn nimbus asserted", "acme hostedOn nimbus asserted"],
    ),
    (
        "comma-and-new-subject-with-a-past-verb",  # Orbit is no second object of "bought"
        "Acme bought Zenith, and Orbit invested in Quill.",
        ["acme acquires zenith asserted", "orbit investsIn quill asserted"],
        ["acme acquires orbit asserted"],
    ),
    (
        "but-shares-the-subject",
        "Acme invests in Zenith but competes with Orbit.",
        ["acme investsIn zenith asserted", "acme competesWith orbit asserted"],
        [],
    ),
    (
        "comma-but-new-subject",
        "Acme bought Zenith, but Orbit uses Quill.",
        ["orbit usesTechnologyOf quill asserted"],
        ["acme usesTechnologyOf quill asserted"],
    ),
    (
        "sold-it-to",  # "it": the company just bought, sold on as a business
        "Acme bought Zenith and later sold it to Orbit.",
        ["acme acquires zenith asserted", "orbit acquires zenith asserted"],
        ["orbit customerOf acme asserted"],
    ),
    (
        "sells-its-product-to",  # a product sold is supplied
        "Acme makes Quill and sells it to Orbit.",
        ["orbit customerOf acme asserted"],
        ["orbit acquires quill asserted"],
    ),
    (
        "list-ending-in-others",
        "Zenith is backed by Acme, Orbit and others.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "list-ending-in-other-startups",
        "Acme invested in Zenith, Orbit and two other startups.",
        ["acme investsIn zenith asserted", "acme investsIn orbit asserted"],
        [],
    ),
    (
        "list-broken-by-a-speaker",  # "Orbit said": no member of the list
        "Acme acquired Zenith, Orbit said, and other firms followed.",
        [],
        ["acme acquires orbit asserted", "acme acquires orbit reported"],
    ),
    (
        "told-listener-it-had",  # "it": the teller, not the listener
        "Acme told The Ledger it had acquired Zenith.",
        ["acme acquires zenith asserted"],
        ["the-ledger acquires zenith reported", "the-ledger acquires zenith asserted"],
    ),
    (
        "told-listener-that-it-had",
        "Acme told Orbit that it had invested in Zenith.",
        ["acme investsIn zenith asserted"],
        ["orbit investsIn zenith asserted"],
    ),
    (
        "wrote-an-amount-check-to",
        "Acme wrote a $10 million check to Zenith.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "wrote-something-else-then-a-check",  # the check is another verb's
        "Acme wrote a blog post and sent a check to Zenith.",
        [],
        ["acme investsIn zenith asserted"],
    ),
    (
        "invested-in-it-last-year",
        "Zenith makes chips. Acme invested in it last year.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "invested-in-it-a-product",  # "it" is a model: no organisation to invest in
        "Quill is a model. Acme invested in it last year.",
        [],
        ["acme investsIn quill asserted"],
    ),
    (
        "whose-parent-company-is",
        "Zenith, whose parent company is Acme, makes chips.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "parent-company-is-a-place",
        "Zenith's parent company is based in Paris, Acme said.",
        [],
        ["acme parentOf zenith asserted"],
    ),
    (
        "role-latest-acquisition",
        "Zenith, Acme's latest acquisition, makes chips.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "role-acquisitions-include",
        "Acme's acquisitions include Zenith and Orbit.",
        ["acme acquires zenith asserted", "acme acquires orbit asserted"],
        [],
    ),
    (
        "role-acquisition-target",  # a target is not bought yet
        "Zenith, Acme's acquisition target, makes chips.",
        [],
        ["acme acquires zenith asserted"],
    ),
    (
        "bought-shares-of",
        "Acme bought shares of Zenith.",
        ["acme investsIn zenith asserted"],
        ["acme acquires zenith asserted", "acme customerOf zenith asserted"],
    ),
    (
        "subject-aside-including",
        "Many startups, including Zenith and Orbit, use Quill.",
        ["zenith usesTechnologyOf quill asserted", "orbit usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "subject-aside-such-as",
        "Several firms, such as Zenith and Orbit, run on Nimbus.",
        ["zenith hostedOn nimbus asserted", "orbit hostedOn nimbus asserted"],
        [],
    ),
    (
        "object-list-in-a-relative",  # the list is the relative clause's object; Acme uses Quill
        "Acme, which sells to firms including Zenith and Orbit, uses Quill.",
        ["acme usesTechnologyOf quill asserted"],
        ["zenith usesTechnologyOf quill asserted"],
    ),
    (
        "role-comma-person",  # a job set off by commas: a person, who takes no relation
        "Acme's partner, Jane Doe, left the firm.",
        [],
        ["acme partnerOf jane-doe asserted"],
    ),
    (
        "role-comma-company",
        "Acme's partner, Brisklet Labs, grew.",
        ["acme partnerOf brisklet-labs asserted"],
        [],
    ),
    (
        "quoted-our-acquisition",
        '"Our acquisition of Zenith gives us a foothold in chips," Acme said.',
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "quoted-our-partnership-ended",
        '"Our partnership with Zenith has ended," Acme said.',
        ["acme partnerOf zenith negated"],
        ["acme partnerOf zenith asserted"],
    ),
    (
        "quoted-our-partnership-praised-by-another",  # "our" is the speaker's, not the praiser's
        '"Zenith praised our partnership with Orbit," Acme said.',
        ["acme partnerOf orbit asserted"],
        ["orbit partnerOf zenith asserted"],
    ),
    (
        "quoted-we-hold-a-role",
        '"We are an investor in Zenith," Acme said.',
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "quoted-we-hold-no-role",  # a fan is no role
        '"We are a big fan of Zenith," Acme said.',
        [],
        ["acme investsIn zenith asserted", "acme partnerOf zenith asserted"],
    ),
    (
        "embeds",
        "Zenith embeds Quill in its products.",
        ["zenith usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "fine-tuned",
        "Zenith fine-tuned Quill for legal work.",
        ["zenith usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "embedded-adjective",  # an adjective before the chip: Acme's chip, not Acme's use of it
        "Acme's embedded Spark chip is fast.",
        [],
        ["acme usesTechnologyOf spark asserted"],
    ),
    (
        "alliance-of-three",
        "Acme, Zenith and Orbit formed an alliance.",
        [
            "acme partnerOf zenith asserted",
            "acme partnerOf orbit asserted",
            "orbit partnerOf zenith asserted",
        ],
        [],
    ),
    (
        "three-compete",
        "Acme, Zenith and Orbit compete in chips.",
        ["acme competesWith zenith asserted", "orbit competesWith zenith asserted"],
        [],
    ),
    (
        "pair-partners-a-third",  # the pair's partner is the third; the pair itself is not said
        "Acme and Zenith announced a partnership with Orbit.",
        ["acme partnerOf orbit asserted", "orbit partnerOf zenith asserted"],
        ["acme partnerOf zenith asserted"],
    ),
    (
        "head-to-head-unhyphenated",
        "Acme is going head to head with Zenith.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    (
        "passive-past-a-relative-aside",  # the aside's name is not the patient
        "Zenith's models, which run on Nimbus, are used by Acme and Orbit.",
        ["acme usesTechnologyOf zenith asserted", "orbit usesTechnologyOf zenith asserted"],
        ["acme usesTechnologyOf nimbus asserted"],
    ),
    (
        "passive-past-a-relative-aside-named-patient",
        "Zenith, which uses Quill, was acquired by Acme.",
        ["acme acquires zenith asserted"],
        ["acme acquires quill asserted"],
    ),
    (
        "passive-past-an-apposition",  # the apposition names no one: the patient is before it
        "Acme stopped using Quill after Zenith, its developer, was acquired by Orbit.",
        ["orbit acquires zenith asserted"],
        ["orbit acquires acme asserted", "orbit acquires acme negated"],
    ),
    (
        "passive-coordinated-patients",
        "Zenith and Orbit are both owned by Acme.",
        ["acme parentOf zenith asserted", "acme parentOf orbit asserted"],
        [],
    ),
    (
        "passive-listed-patients",
        "Zenith, Orbit and Nova were acquired by Acme.",
        ["acme acquires zenith asserted", "acme acquires orbit asserted", "acme acquires nova asserted"],
        [],
    ),
    (
        "passive-singular-after-a-list",  # "which is": the last name only
        "Acme invested in Zenith and Orbit, which is owned by Nova.",
        ["nova parentOf orbit asserted"],
        ["nova parentOf zenith asserted"],
    ),
    (
        "passive-after-an-object-list",  # Zenith is Acme's object, not a second patient
        "Acme bought Zenith and Orbit was acquired by Nova.",
        ["nova acquires orbit asserted"],
        ["nova acquires zenith asserted"],
    ),
    (
        "builds-a-product-line",
        "Acme builds industrial robots.",
        ["acme develops industrial-robots asserted"],
        [],
    ),
    (
        "builds-data-centres",  # a place it builds, not a product line
        "Acme, like Zenith, builds data centres.",
        [],
        ["acme develops data-centres asserted"],
    ),
    (
        "partnered-with-which",
        "Zenith, with which Acme partnered in 2022, makes chips.",
        ["acme partnerOf zenith asserted"],
        [],
    ),
    (
        "runs-on-which",
        "Nimbus, on which Zenith runs its apps, grew fast.",
        ["zenith hostedOn nimbus asserted"],
        [],
    ),
    (
        "built-on-which",
        "Quill, on which Zenith built its chatbot, is fast.",
        ["zenith usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "buys-from-which",
        "Zenith, from which Acme buys chips, raised prices.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "makes-for-which",
        "Zenith, for which Acme makes chips, raised money.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "bought-company-from-which",  # the seller of a company is no supplier
        "Zenith, from which Acme bought Orbit, raised money.",
        ["acme acquires orbit asserted"],
        ["acme customerOf zenith asserted"],
    ),
    (
        "commented-on-which",  # a preposition the verb does not take: no relation
        "Zenith, on which Acme commented, makes chips.",
        [],
        ["acme partnerOf zenith asserted", "acme hostedOn zenith asserted"],
    ),
    ("role-among-owners", "Acme is among Zenith's investors.", ["acme investsIn zenith asserted"], []),
    (
        "role-listed-among-owners",
        "Acme and Orbit are among Zenith's customers.",
        ["acme customerOf zenith asserted", "orbit customerOf zenith asserted"],
        ["acme customerOf orbit asserted"],
    ),
    (
        "role-comma-including",
        "Zenith's investors, including Acme and Orbit, declined to comment.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "role-opening-sentence-topic",
        "Zenith makes warehouse robots. Notable customers include Acme and Orbit.",
        ["acme customerOf zenith asserted", "orbit customerOf zenith asserted"],
        [],
    ),
    (
        "its-portfolio-includes",
        "Acme backs early-stage startups. Its portfolio includes Zenith and Orbit.",
        ["acme investsIn zenith asserted", "acme investsIn orbit asserted"],
        [],
    ),
    (
        "its-largest-customer-is",
        "Zenith makes warehouse robots. Its largest customer is Acme.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "role-opening-needs-an-organisation",
        "Quill launched in May. Customers include Zenith.",
        [],
        ["zenith customerOf quill asserted"],
    ),
    (
        "among-the-role-in-the-topic",
        "Zenith was spun out of a university lab in 2012. Among the investors in that deal were "
        "Acme, Orbit and Nova.",
        [
            "acme investsIn zenith asserted",
            "orbit investsIn zenith asserted",
            "nova investsIn zenith asserted",
        ],
        [],
    ),
    (
        "among-two-roles-and-a-time",
        "Zenith was founded in 2001. Among its investors and shareholders prior to its sale were "
        "Acme and Orbit.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "among-the-role-of-a-name",
        "Among the first customers of Zenith were Acme and Orbit.",
        ["acme customerOf zenith asserted", "orbit customerOf zenith asserted"],
        [],
    ),
    (
        "role-list-after-have-included",
        "Zenith's clients have included: Acme, Orbit and Nova.",
        [
            "acme customerOf zenith asserted",
            "orbit customerOf zenith asserted",
            "nova customerOf zenith asserted",
        ],
        [],
    ),
    (
        "role-after-an-apposition",
        "Zenith, a startup run by former Orbit staff, is a customer of Acme.",
        ["zenith customerOf acme asserted"],
        ["zenith customerOf orbit negated"],
    ),
    # ---- partnership
    ("partner-verb", "Acme partnered with Zenith on robotics.", ["acme partnerOf zenith asserted"], []),
    (
        "partner-list-ending-in-the",
        "Since 2007 Acme has collaborated with Zenith, Orbit, and the Vela Institute of Health.",
        [
            "acme partnerOf zenith asserted",
            "acme partnerOf orbit asserted",
            "acme partnerOf vela-institute-of-health asserted",
        ],
        [],
    ),
    (
        "partner-opening-in-collaboration-with",
        "In close collaboration with Orbit, Zenith built a test track for delivery robots.",
        ["orbit partnerOf zenith asserted"],
        [],
    ),
    (
        "compete-up-against",
        "Zenith is up against Acme and Orbit in the enterprise market.",
        ["acme competesWith zenith asserted", "orbit competesWith zenith asserted"],
        [],
    ),
    (
        "compete-alternative-to",
        "Zenith, a cheaper alternative to Acme, raised money.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    (
        "compete-head-to-head",
        "Zenith is going head-to-head with Acme in coding tools.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    ("partner-teamed", "Zenith teamed up with Acme.", ["acme partnerOf zenith asserted"], []),
    (
        "partner-joint",
        "Acme and Zenith announced a partnership on Monday.",
        ["acme partnerOf zenith asserted"],
        [],
    ),
    (
        "partner-compound",
        "The Acme-Zenith alliance is ten years old.",
        ["acme partnerOf zenith asserted"],
        [],
    ),
    (
        "partner-between",
        "The partnership between Acme and Zenith grew.",
        ["acme partnerOf zenith asserted"],
        [],
    ),
    (
        "partner-its",
        "Acme benefited from its partnership with Zenith.",
        ["acme partnerOf zenith asserted"],
        [],
    ),
    (
        "partner-through",
        "Orbit buys models developed by Acme, as offered through a partnership with Zenith.",
        ["acme partnerOf zenith asserted"],
        ["orbit partnerOf zenith asserted"],
    ),
    (
        "partner-explore",
        "Acme could explore partnerships with Zenith.",
        ["acme partnerOf zenith speculative"],
        ["acme partnerOf zenith asserted"],
    ),
    (
        "partner-ended",
        "Acme ended its partnership with Zenith.",
        ["acme partnerOf zenith negated"],
        ["acme partnerOf zenith asserted"],
    ),
    (
        "partner-aside",
        "Acme, which partnered with Nova, competes with Zenith.",
        ["acme partnerOf nova asserted"],
        ["acme partnerOf zenith asserted"],
    ),
    # ---- competition
    ("compete-verb", "Acme competes with Zenith in robotics.", ["acme competesWith zenith asserted"], []),
    ("compete-role", "Acme is a rival of Zenith.", ["acme competesWith zenith asserted"], []),
    ("compete-compound", "Zenith rival Acme cut prices.", ["acme competesWith zenith asserted"], []),
    (
        "compete-challenger",
        "Acme faces a strong challenger in Zenith.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    (
        "compete-may",
        "Acme may soon compete with Zenith.",
        ["acme competesWith zenith speculative"],
        ["acme competesWith zenith asserted"],
    ),
    (
        "compete-no-longer",
        "Acme no longer competes with Zenith.",
        ["acme competesWith zenith negated"],
        ["acme competesWith zenith asserted"],
    ),
    # ---- development
    ("develop-verb", "Acme developed Quill in two years.", ["acme develops quill asserted"], []),
    ("develop-passive", "Quill was built by Nova.", ["nova develops quill asserted"], []),
    ("develop-possessive", "Acme's Quill model writes code.", ["acme develops quill asserted"], []),
    (
        "develop-apposition",
        "Acme's cloud platform, Nimbus, grew fast.",
        ["acme develops nimbus asserted"],
        [],
    ),
    (
        "develop-behind",
        "Nova, the lab behind the popular model Quill, hired staff.",
        ["nova develops quill asserted"],
        [],
    ),
    ("develop-maker", "Quill maker Nova raised prices.", ["nova develops quill asserted"], []),
    (
        "develop-products-like",
        "Acme products like Helper and Quill sell well.",
        ["acme develops helper asserted", "acme develops quill asserted"],
        [],
    ),
    (
        "develop-not-a-product",
        "Acme developed a partnership with Zenith.",
        [],
        ["acme develops zenith asserted"],
    ),
    (
        "develop-plans",
        "Acme plans to launch Quill.",
        ["acme develops quill speculative"],
        ["acme develops quill asserted"],
    ),
    # ---- hosting
    ("host-runs-on", "Quill runs on Nimbus.", ["quill hostedOn nimbus asserted"], []),
    (
        "runs-on-a-model",
        "Helper runs on Quill.",
        ["helper usesTechnologyOf quill asserted"],
        ["helper hostedOn quill asserted"],
    ),
    (
        "host-runs-it-on",
        "Acme sells Helper to banks and runs it on Nimbus.",
        ["helper hostedOn nimbus asserted"],
        ["acme hostedOn nimbus asserted"],
    ),
    ("host-hosted-on", "Quill is hosted on Nimbus.", ["quill hostedOn nimbus asserted"], []),
    ("host-hosts", "Nimbus hosts Quill for thousands of users.", ["quill hostedOn nimbus asserted"], []),
    (
        "make-anothers-product",
        "Orbit makes Acme's Quill chips at its plant in Arizona.",
        ["acme customerOf orbit asserted"],
        ["orbit develops quill asserted"],
    ),
    (
        "manufacture-speakers-product",
        "Acme said on Monday that Orbit will manufacture its next Quill accelerator.",
        ["acme customerOf orbit asserted"],
        ["orbit develops quill asserted"],
    ),
    ("manufacture-own-product", "Orbit manufactures the Quill chip.", ["orbit develops quill asserted"], []),
    (
        "host-contracted-to",
        "Acme has signed a three-year agreement with Nimbus to host its Quill models.",
        ["quill hostedOn nimbus asserted", "acme develops quill asserted"],
        ["quill hostedOn acme asserted"],
    ),
    (
        "host-could",
        "Quill could run on Nimbus.",
        ["quill hostedOn nimbus speculative"],
        ["quill hostedOn nimbus asserted"],
    ),
    (
        "host-not",
        "Quill does not run on Nimbus.",
        ["quill hostedOn nimbus negated"],
        ["quill hostedOn nimbus asserted"],
    ),
    # ---- switching: off the first name, onto the second, the two unrelated
    (
        "switch-ditched-in-favour-of",
        "Zenith ditched Nimbus in favour of Halyard Cloud.",
        ["zenith hostedOn nimbus negated", "zenith hostedOn halyard-cloud asserted"],
        ["zenith develops nimbus negated", "zenith hostedOn halyard-cloud negated"],
    ),
    (
        "switch-dropped-for",
        "Orbit dropped Quill for the cheaper Helper.",
        ["orbit usesTechnologyOf quill negated", "orbit usesTechnologyOf helper asserted"],
        ["orbit usesTechnologyOf quill asserted"],
    ),
    (
        "switch-dropped-name-for-name",
        "Orbit has dropped Acme's chips for Zenith's.",
        ["orbit customerOf acme negated"],
        ["orbit customerOf acme asserted"],
    ),
    (
        "switch-replaced-with",
        "Zenith replaced Nimbus with Halyard Cloud last year.",
        ["zenith hostedOn nimbus negated", "zenith hostedOn halyard-cloud asserted"],
        ["zenith hostedOn nimbus asserted"],
    ),
    (
        "switch-swapped-out",
        "Orbit swapped out Quill for Helper in its support app.",
        ["orbit usesTechnologyOf quill negated", "orbit usesTechnologyOf helper asserted"],
        [],
    ),
    (
        "switch-hedged",
        "Zenith may ditch Nimbus in favour of Halyard Cloud.",
        ["zenith hostedOn halyard-cloud speculative"],
        ["zenith hostedOn halyard-cloud asserted"],
    ),
    (
        "switch-dropped-a-partnership-is-still-undone",
        "Zenith dropped its partnership with Acme.",
        ["acme partnerOf zenith negated"],
        ["acme partnerOf zenith asserted"],
    ),
    # ---- use of technology
    (
        "use-possessive",
        "Zenith uses Acme's models in its app.",
        ["zenith usesTechnologyOf acme asserted"],
        [],
    ),
    ("use-relies", "Zenith relies on Acme's technology.", ["zenith usesTechnologyOf acme asserted"], []),
    (
        "use-developed-by",
        "Zenith leverages models developed by Acme.",
        ["zenith usesTechnologyOf acme asserted"],
        [],
    ),
    ("use-product", "Zenith integrates Quill into its app.", ["zenith usesTechnologyOf quill asserted"], []),
    ("use-powered", "Helper is powered by Quill.", ["helper usesTechnologyOf quill asserted"], []),
    (
        "use-powers",
        "Quill powers Helper.",
        ["helper usesTechnologyOf quill asserted"],
        ["quill usesTechnologyOf helper asserted"],
    ),
    (
        "use-reliance",
        "Zenith's reliance on Acme's chips worries investors.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "develop-lab-behind",
        "Nova, the Lisbon-based lab behind the Quill models, is hiring.",
        ["nova develops quill asserted"],
        ["quill parentOf nova asserted", "nova subsidiaryOf quill asserted"],
    ),
    (
        "host-moved-from-to",
        "Zenith moved its workloads from Nimbus to Halyard Cloud last year.",
        ["zenith hostedOn halyard-cloud asserted", "zenith hostedOn nimbus negated"],
        ["zenith hostedOn nimbus asserted"],
    ),
    (
        "host-moved-product",
        "Acme plans to move Zenith's Helper onto Nimbus.",
        [],
        ["acme hostedOn nimbus speculative", "acme hostedOn nimbus asserted"],
    ),
    (
        "host-no-plans-to-move-off",
        "Zenith has no plans to move off Nimbus.",
        [],
        ["zenith hostedOn nimbus negated"],
    ),
    (
        "use-accused-of-using-its-models",
        "Acme has accused Zenith of distilling its models.",
        ["zenith usesTechnologyOf acme alleged"],
        ["acme usesTechnologyOf acme alleged"],
    ),
    (
        "use-accused-of-using-third",
        "Orbit accused Zenith of using Acme's models.",
        ["zenith usesTechnologyOf acme alleged"],
        ["orbit usesTechnologyOf acme alleged"],
    ),
    (
        "use-integrated-into-product",
        "Acme integrated Zenith's Quill into Helper.",
        ["helper usesTechnologyOf quill asserted", "acme usesTechnologyOf quill asserted"],
        ["acme usesTechnologyOf zenith asserted"],
    ),
    (
        "host-available-to-cloud-customers",
        "Zenith's Helper is now available to Nimbus customers.",
        ["helper hostedOn nimbus asserted"],
        ["helper customerOf nimbus asserted"],
    ),
    (
        "host-deploys-on",
        "Zenith deploys Helper on Nimbus.",
        ["helper hostedOn nimbus asserted"],
        [],
    ),
    ("use-builds-on", "Acme builds its agents on Quill.", ["acme usesTechnologyOf quill asserted"], []),
    (
        "use-built-on-top-of",
        "Zenith built its assistant on top of Acme's Quill.",
        ["zenith usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "use-named-product-built-on",
        "Zenith built Helper on top of Quill.",
        ["helper usesTechnologyOf quill asserted", "zenith develops helper asserted"],
        ["zenith usesTechnologyOf quill asserted"],
    ),
    (
        "use-participle-after-product",
        "Zenith rolled out Helper, a coding assistant built on Quill.",
        ["helper usesTechnologyOf quill asserted", "zenith develops helper asserted"],
        ["zenith usesTechnologyOf quill asserted"],
    ),
    ("use-based-on", "Helper is based on Acme's models.", ["helper usesTechnologyOf acme asserted"], []),
    (
        "use-stopped",
        "Zenith stopped using Acme's models.",
        ["zenith usesTechnologyOf acme negated"],
        ["zenith usesTechnologyOf acme asserted"],
    ),
    (
        "use-might",
        "Zenith might use Acme's models.",
        ["zenith usesTechnologyOf acme speculative"],
        ["zenith usesTechnologyOf acme asserted"],
    ),
    # ---- a round another investor led, joined "with X also participating"
    (
        "participation-round-in-led-by-another",
        "Orbit led a $200 million round in Zenith, with Acme also participating.",
        ["orbit investsIn zenith asserted", "acme investsIn zenith asserted"],
        ["acme investsIn orbit asserted"],
    ),
    (
        "participation-possessive-round",
        "Orbit led Zenith's latest round, with Acme and Nova also investing.",
        ["acme investsIn zenith asserted", "nova investsIn zenith asserted"],
        [],
    ),
    # ---- terms of service
    (
        "sued-for-breaching-its-terms",
        "Zenith sued Acme for breaching its terms of service.",
        ["acme violatesTermsOf zenith alleged"],
        ["zenith violatesTermsOf acme alleged"],
    ),
    (
        "banned-for-breaking-its-rules",
        "Zenith banned Acme from its platform for breaking its rules.",
        ["acme violatesTermsOf zenith asserted"],
        ["zenith violatesTermsOf acme asserted"],
    ),
    (
        "which-it-said-had-breached",
        "Zenith sued Acme, which it said had breached Orbit's terms.",
        ["acme violatesTermsOf orbit alleged"],
        ["zenith violatesTermsOf orbit alleged"],
    ),
    (
        "accused-of-breaching-its-terms",
        "Zenith accused Acme of violating its terms of service.",
        ["acme violatesTermsOf zenith alleged"],
        ["zenith violatesTermsOf acme alleged"],
    ),
    (
        "accused-two-of-breaching-its-terms",
        "Acme accused Zenith and Orbit of violating its terms.",
        ["zenith violatesTermsOf acme alleged", "orbit violatesTermsOf acme alleged"],
        ["acme violatesTermsOf zenith alleged"],
    ),
    (
        "two-accused-of-breaching-their-terms",
        "Acme and Orbit accused Zenith of breaching their terms.",
        ["zenith violatesTermsOf acme alleged", "zenith violatesTermsOf orbit alleged"],
        [],
    ),
    (
        "sued-claiming-it-violated-its-terms",  # "it": the one sued
        "Acme sued Zenith, claiming it violated its terms of use.",
        ["zenith violatesTermsOf acme alleged"],
        ["acme violatesTermsOf zenith alleged"],
    ),
    (
        "lawsuit-claims-in-breach-of-its-terms",  # "its": the lawsuit's owner
        "Acme's lawsuit claims Zenith scraped its site in breach of its terms.",
        ["zenith violatesTermsOf acme alleged"],
        ["acme violatesTermsOf zenith alleged"],
    ),
    (
        "used-its-models-in-breach-of-its-terms",  # "its": the owner of the models used
        "Zenith allegedly used Acme's models in breach of its terms.",
        ["zenith violatesTermsOf acme alleged"],
        ["acme violatesTermsOf zenith alleged"],
    ),
    (
        "rival-said-breached",  # a possessor that is no accuser ("Acme's rival") is no terms owner
        "Acme's rival, Orbit, said Zenith breached its terms.",
        ["zenith violatesTermsOf orbit alleged"],
        ["zenith violatesTermsOf acme alleged"],
    ),
    (
        "lawsuit-accusing-in-violation-of",
        "Zenith has filed a lawsuit accusing Acme of scraping its platform to train a rival assistant, "
        "in violation of Zenith's terms of service.",
        ["acme violatesTermsOf zenith alleged"],
        ["zenith violatesTermsOf acme alleged"],
    ),
    (
        "tos-suspected",
        "Zenith is suspected of violating Acme's terms.",
        ["zenith violatesTermsOf acme alleged"],
        ["zenith violatesTermsOf acme asserted"],
    ),
    (
        "tos-its-terms-are-the-speakers",
        "Acme said Zenith breached its usage policies by scraping Helper outputs.",
        ["zenith violatesTermsOf acme alleged"],
        ["zenith violatesTermsOf helper reported"],
    ),
    (
        "violate-verb",
        "Zenith violated Acme's terms of service.",
        ["zenith violatesTermsOf acme asserted"],
        [],
    ),
    (
        "violate-accused",
        "Zenith was accused of breaching Acme's usage policy.",
        ["zenith violatesTermsOf acme alleged"],
        [],
    ),
    (
        "violate-terms-of",
        "Zenith broke the terms of service of Acme.",
        ["zenith violatesTermsOf acme asserted"],
        [],
    ),
    (
        "violate-not",
        "Zenith did not violate Acme's terms.",
        ["zenith violatesTermsOf acme negated"],
        ["zenith violatesTermsOf acme asserted"],
    ),
    # ---- a provider cutting off a party for breaking its rules
    (
        "cut-off-account-belonging-to",
        "Zenith suspended an account belonging to Acme after finding that the startup had used its "
        "models to build its own.",
        ["acme violatesTermsOf zenith alleged"],
        ["zenith violatesTermsOf acme alleged"],
    ),
    (
        "cut-off-for-a-gerund",
        "Zenith banned Acme last spring for running a scraping bot against its site.",
        ["acme violatesTermsOf zenith asserted"],
        [],
    ),
    (
        "cut-off-passive",
        "Acme was barred by Zenith for crypto mining, which its rules forbid.",
        ["acme violatesTermsOf zenith asserted"],
        [],
    ),
    (
        "cut-off-no-breach",
        "Zenith cut off Acme's access, saying the reason was competitive rather than a breach.",
        [],
        ["acme violatesTermsOf zenith alleged", "acme violatesTermsOf zenith asserted"],
    ),
    (
        "cut-off-no-reason",
        "Zenith suspended Acme's account last week.",
        [],
        ["acme violatesTermsOf zenith asserted"],
    ),
    (
        "cut-off-saying-who-breached",
        "Zenith suspended Acme's account, saying Acme had used its API in breach of its terms.",
        ["acme violatesTermsOf zenith alleged"],
        ["zenith violatesTermsOf acme asserted", "acme violatesTermsOf zenith asserted"],
    ),
    (
        "cut-off-by-a-government",
        "The Trade Ministry banned Acme for breaching export rules.",
        [],
        ["acme violatesTermsOf trade-ministry asserted"],
    ),
    (
        "suspended-a-partnership",
        "Zenith suspended its partnership with Acme for breaching a rival's rules.",
        [],
        ["acme violatesTermsOf zenith asserted"],
    ),
    # ---- cases found by reading whole articles (branch rel4)
    (
        "backed-by-and-by",
        "Zenith was later backed by Orbit and by Acme.",
        ["orbit investsIn zenith asserted", "acme investsIn zenith asserted"],
        [],
    ),
    (
        "buy-from-and-from",
        "Zenith buys chips from Orbit and from Acme.",
        ["zenith customerOf orbit asserted", "zenith customerOf acme asserted"],
        [],
    ),
    (
        "invest-first-check",
        "Acme wrote the first check into Zenith in 2021.",
        ["acme investsIn zenith asserted"],
        ["acme investsIn zenith reported"],
    ),
    (
        "invest-first-check-reported",
        "Acme wrote the first check into Zenith, The Ledger reported.",
        ["acme investsIn zenith reported"],
        [],
    ),
    (
        "invest-double-down",
        "Acme doubled down on Zenith with a $50 million follow-on last spring.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "double-down-not-money",
        "Acme doubled down on its partnership with Zenith.",
        [],
        ["acme investsIn zenith asserted"],
    ),
    (
        "acquire-priced-deal-for",
        "Acme's $1.2 billion deal for Zenith closed on Tuesday.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "deal-for-goods",
        "Acme signed a $2 billion deal for Zenith chips.",
        [],
        ["acme acquires zenith asserted"],
    ),
    (
        "merge-with-equals",
        "In 2003, Acme merged with Zenith to form Orbit.",
        [],
        ["acme acquires zenith asserted", "zenith acquires acme asserted"],
    ),
    ("acquire-merged-into", "Zenith merged into Acme last year.", ["acme acquires zenith asserted"], []),
    ("merge-unit-with", "Acme merged its unit with Zenith.", [], ["acme acquires zenith asserted"]),
    (
        "acquire-talks-ended-without-deal",
        "Zenith was in talks to be acquired by Acme, but the talks ended without a deal.",
        ["acme acquires zenith negated"],
        ["acme acquires zenith speculative"],
    ),
    (
        "runs-on-model-and-chip-from",
        "Helper runs on Acme's Quill model and a custom chip from Zenith.",
        ["helper usesTechnologyOf quill asserted", "helper customerOf zenith asserted"],
        [],
    ),
    (
        "runs-on-chip-from",
        "Helper runs on a custom chip from Zenith.",
        ["helper customerOf zenith asserted"],
        [],
    ),
    (
        "runs-on-and-pays",
        "Acme sells Helper, runs it on Nimbus and pays Zenith for the chips it trains on.",
        ["acme customerOf zenith asserted"],
        ["helper customerOf zenith asserted"],
    ),
    (
        "parent-majority-owned",
        "Zenith, which is majority-owned by Acme, said it has signed Orbit as a customer.",
        ["acme parentOf zenith reported"],
        [],
    ),
    ("parent-wholly-owned", "Zenith is wholly-owned by Acme.", ["acme parentOf zenith asserted"], []),
    (
        "invest-minority-owned",
        "Zenith, which is minority-owned by Acme, makes chips.",
        ["acme investsIn zenith asserted"],
        ["acme parentOf zenith asserted"],
    ),
    (
        "device-described-then-referred",
        "Acme unveiled Helper, a clip-on assistant. The wearable runs on a custom chip from Zenith.",
        ["acme customerOf zenith asserted"],  # the wearable is Helper, and its maker buys the chip
        ["helper customerOf zenith asserted"],
    ),
    (
        "device-noun-not-a-company",
        "Acme makes software for farms. The device runs on a custom chip from Zenith.",
        [],
        ["acme customerOf zenith asserted"],
    ),
    (
        "manufacture-named-product",
        "Orbit will manufacture Zenith's Spark chip.",
        ["zenith customerOf orbit asserted"],
        [],
    ),
    (
        "manufacture-speakers-goods",
        "Zenith said that Orbit will manufacture its next-generation Spark accelerator.",
        ["zenith customerOf orbit asserted"],
        ["orbit develops spark reported"],
    ),
    (
        "manufacture-own-goods",
        "Orbit said that it will manufacture its own chips.",
        [],
        ["orbit customerOf orbit reported"],
    ),
    (
        "use-then-dropped-it",
        "Acme previously used Zenith's Quill for the feature, but dropped it after prices rose.",
        ["acme usesTechnologyOf quill negated", "zenith develops quill asserted"],
        ["acme usesTechnologyOf quill asserted"],
    ),
    (
        "use-before-replacing-it",
        "Acme used Quill for two years before replacing it with an in-house model.",
        ["acme usesTechnologyOf quill negated"],
        [],
    ),
    (
        "use-and-dropped-something-else",
        "Acme uses Quill, and it dropped the price of Helper.",
        ["acme usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "uses-model-and-chip-from",
        "Helper uses Quill and a custom chip from Zenith.",
        ["helper usesTechnologyOf quill asserted", "helper customerOf zenith asserted"],
        [],
    ),
    (
        "role-its-after-topic",
        "Acme reported record sales. Zenith and Orbit were its two largest customers.",
        ["zenith customerOf acme asserted", "orbit customerOf acme asserted"],
        [],
    ),
    (
        "role-its-own",
        "Acme reported record sales. Zenith is its own biggest customer.",
        [],
        ["zenith customerOf acme asserted"],
    ),
    (
        "undone-next-sentence",
        "Acme agreed to buy Zenith last year. The deal collapsed in May.",
        ["acme acquires zenith negated"],
        ["acme acquires zenith asserted"],
    ),
    (
        "undone-next-sentence-both-sides",
        "Acme invested in Zenith in 2021. The two companies later parted ways.",
        ["acme investsIn zenith negated"],
        ["acme investsIn zenith asserted"],
    ),
    (
        "not-undone-next-sentence-closing",
        "Acme agreed to buy Zenith. The deal is expected to close in May.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "not-undone-next-sentence-maker",
        "Acme develops Quill. The deal collapsed.",
        ["acme develops quill asserted"],
        [],
    ),
    (
        "undone-they-parted-ways",
        "Acme and Zenith had partnered in 2023 to build robots, but they parted ways this spring.",
        ["acme partnerOf zenith negated"],
        ["acme partnerOf zenith asserted"],
    ),
    (
        "role-speaker-it-holds",
        "Orbit said it remains a customer of Zenith.",
        ["orbit customerOf zenith asserted"],
        [],
    ),
    (
        "role-speaker-it-no-longer",
        "Orbit said that it is no longer a customer of Zenith.",
        ["orbit customerOf zenith negated"],
        ["orbit customerOf zenith reported"],
    ),
    (
        "role-reported-bare",
        "Acme also said Zenith had become a customer.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "the-model-next-sentence",
        "Acme released Quill in May. The model is hosted on Nimbus.",
        ["quill hostedOn nimbus asserted"],
        ["acme hostedOn nimbus asserted"],
    ),
    (
        "the-model-next-sentence-unknown",
        "Tessary launched Sable last week. The model is available on Nimbus.",
        ["sable hostedOn nimbus asserted"],
        ["tessary hostedOn nimbus asserted"],
    ),
    (
        "the-chatbot-next-sentence",
        "Zenith unveiled Quill on Monday. The chatbot runs on Nimbus.",
        ["quill hostedOn nimbus asserted"],
        [],
    ),
    (
        "its-named-models-purpose",
        "Acme signed a deal with Orbit to serve its Quill models.",
        ["acme develops quill asserted"],
        ["orbit develops quill asserted"],
    ),
    (
        "its-named-chips-purpose",
        "Zenith struck an agreement with Nimbus to sell its Spark chips.",
        ["zenith develops spark asserted"],
        [],
    ),
    (
        "its-own-models-deployed",
        "Acme will deploy its Quill models in banks this year.",
        ["acme develops quill asserted"],
        ["acme usesTechnologyOf quill asserted"],
    ),
    (
        "its-named-models-use",
        "Orbit partnered with Acme to use its Quill models.",
        ["acme develops quill asserted"],
        ["orbit develops quill asserted"],
    ),
    (
        "its-named-models-access",
        "Zenith reached a deal with Acme to access its Quill models.",
        ["acme develops quill asserted"],
        ["zenith develops quill asserted"],
    ),
    (
        "supply-contract-won-from",
        "Zenith won a supply contract from Acme last month.",
        ["acme customerOf zenith asserted"],
        ["zenith customerOf acme asserted"],
    ),
    (
        "supply-deal-landed-from",
        "Orbit has landed a multiyear supply deal from Nova.",
        ["nova customerOf orbit asserted"],
        [],
    ),
    (
        "contract-from-not-won",
        "Orbit signed a supply contract from Nova.",
        [],
        ["nova customerOf orbit asserted"],
    ),
    (
        "role-replaced-as",
        "Acme replaced Orbit as the biggest investor in Zenith.",
        ["acme investsIn zenith asserted"],
        ["orbit investsIn zenith asserted"],
    ),
    (
        "role-succeeded-as",
        "In March, Nova succeeded Acme as the largest shareholder of Zenith.",
        ["nova investsIn zenith asserted"],
        ["acme investsIn zenith asserted"],
    ),
    (
        "role-joined-as-investor-in",
        "Orbit joined Acme as an investor in Zenith.",
        ["orbit investsIn zenith asserted"],
        [],
    ),
    (
        "comes-from",
        "Zenith's wafers come from Acme.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "resell-through",
        "Zenith resells its tools through Orbit.",
        ["orbit partnerOf zenith asserted"],
        [],
    ),
    (
        "relative-clause-with-its-own-it",
        "Acme moved to Zenith's Quill, which it runs on servers rented from Nimbus.",
        ["acme customerOf nimbus asserted"],
        ["zenith customerOf nimbus asserted", "quill customerOf nimbus asserted"],
    ),
    (
        "named-product-of-a-possessor",
        "Acme will lease 40 of Zenith's robots, called Quill, to move parts between stations.",
        ["zenith develops quill asserted"],
        ["acme develops quill asserted"],
    ),
    (
        "named-product-after-an-adjective",
        "Acme will rent Zenith's robots, named Quill, to move battery modules.",
        ["zenith develops quill asserted"],
        ["acme develops quill asserted"],
    ),
    (
        "besides-opening-then-its",
        "Orbit has raised money. Besides Zenith, its investors include Acme.",
        ["acme investsIn orbit asserted"],
        ["acme investsIn zenith asserted"],
    ),
    (
        "runs-on-an-onboard-computer",
        "Acme's drones run on the Helper module from Zenith.",
        ["acme usesTechnologyOf helper asserted"],
        ["acme hostedOn helper asserted"],
    ),
    (
        "its-first-product-brought-out",
        "Acme raised money to bring its first chip, the Spark, to market.",
        ["acme develops spark asserted"],
        [],
    ),
    # ---- a round named by its raiser, then its leader after a comma
    (
        "round-of-raiser-led-by",
        "Orbit joined the seed round of Zenith, led by Acme.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "series-for-raiser-led-by",
        "Nova also joined a $20 million Series B for Zenith, led by Acme.",
        ["acme investsIn zenith asserted", "nova investsIn zenith asserted"],
        ["acme investsIn nova asserted"],
    ),
    (
        "not-a-round-led-by",
        "The purchase of Zenith, led by Acme's former chief, closed in May.",
        [],
        ["acme investsIn zenith asserted"],
    ),
    # ---- founding: an organisation a company sets up is its own a company sets up is its own
    (
        "set-up-a-company",
        "Orbit noted that Acme, which set up Zenith in 2021 to sell its models abroad, had cut prices.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "set-up-a-facility-with",
        "Acme set up a joint lab with Zenith in Lyon.",
        [],
        ["acme parentOf zenith asserted"],
    ),
    (
        "besides-opening-sets-a-name-aside",
        "Besides Zenith, Acme has invested in Orbit.",
        ["acme investsIn orbit asserted"],
        ["zenith investsIn orbit asserted"],
    ),
    # ---- paying for a model another makes, and where a cloud hosts the payer's software
    (
        "pays-for-a-model-in-a-relative",
        "Answers come from Zenith's Quill, which Acme pays for at standard rates and reaches through Nimbus.",
        ["acme customerOf zenith asserted", "acme usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "pays-for-a-model-through-a-service",
        "Acme's app runs on Zenith's Quill, which Acme pays for through Nimbus.",
        [],
        ["acme customerOf zenith asserted"],
    ),
    (
        "hosted-where-the-owner-is-named",
        "Acme reaches Quill through Nimbus in its Frankfurt region, where all of Acme's software is hosted.",
        ["acme hostedOn nimbus asserted"],
        [],
    ),
    (
        "hosted-where-the-platform-is-the-subject's",
        "Answers come from Quill, which Acme reaches through Nimbus, where the whole booking platform is "
        "hosted.",
        ["acme hostedOn nimbus asserted"],
        [],
    ),
    (
        "maker-after-a-product's-apposition",  # the agent, not the cloud, designs a chip
        "Acme runs on Nimbus, a specialist cloud operated by Zenith Inc., which also designs the Spark "
        "accelerator.",
        ["zenith develops spark asserted"],
        ["nimbus develops spark asserted"],
    ),
    (
        "stake-swapped-after-a-semicolon",  # the holding the first clause named is given up
        "Zenith had been a small investor in Acme; that stake was swapped for Orbit shares when the deal "
        "closed.",
        ["zenith investsIn acme negated"],
        ["zenith investsIn acme asserted"],
    ),
    (
        "after-dropping-what-it-had-licensed",
        "Acme came to Orbit after dropping, in 2024, the dashboards it had licensed from Zenith Ltd.",
        ["acme customerOf zenith negated"],
        ["acme customerOf zenith asserted"],
    ),
    (
        "barred-from-using",  # a use forbidden is no use, by the one barred or by the one barring
        "Zenith barred Acme from using Quill after the breach. Orbit's contracts bar customers from "
        "using Helper scores.",
        ["acme violatesTermsOf zenith asserted"],
        [
            "zenith usesTechnologyOf quill asserted",
            "acme usesTechnologyOf quill asserted",
            "orbit usesTechnologyOf helper asserted",
        ],
    ),
    (
        "described-as-a-role",  # a passive of describing is a copula before a role
        "Zenith is described as Acme's only real rival. Orbit is widely seen as Acme's closest partner.",
        ["acme competesWith zenith asserted", "acme partnerOf orbit asserted"],
        [],
    ),
    (
        "the-placed-noun-means-the-topic",  # "The Dallas developer" is the one the last sentence named
        "No buyer was more aggressive than Acme. The Dallas developer, which is owned by Orbit, last "
        "month completed its purchase of Zenith.",
        ["acme acquires zenith asserted"],
        ["orbit acquires zenith asserted"],
    ),
    (
        "when-to-opens-no-clause",  # "when to open" is a noun phrase: "it" is still the speaker
        "Acme Inc., a four-year-old software company whose forecasts tell districts when to open their "
        "gates, said on Tuesday it had raised $40 million in a Series B round led by Zenith.",
        ["zenith investsIn acme asserted"],
        [],
    ),
    (
        "named-chips-made-by-their-maker",  # with no maker known, "Spark chips made by" names it
        "Each lock carries cameras that run on Spark chips made by the Israeli company Zenith.",
        ["zenith develops spark asserted"],
        [],
    ),
    (
        "switched-to-a-vendor",  # a company switched to is the switcher's new supplier
        "Zenith switched to Acme last year after four years on Helper. Orbit switched to Nimbus.",
        ["zenith customerOf acme asserted", "orbit hostedOn nimbus asserted"],
        ["orbit customerOf nimbus asserted"],
    ),
    (
        "role-where-after-a-place",  # "where" after a place: the role is the clause subject's
        "Acme runs its platform on 120 locks in the Netherlands, where Zenith, the national waterways "
        "agency, has been a customer since 2024.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "bare-role-for-the-topic",  # a customer or investor with no owner named is the topic's
        "Acme sells software to ports. Zenith has been a paying customer since 2024. Nova is an investor. "
        "Acme raised money in May. Orbit is an investor.",
        ["zenith customerOf acme asserted", "orbit investsIn acme asserted"],
        ["nova investsIn zenith asserted", "nova investsIn acme asserted"],
    ),
    (
        "members-listed-after-the-object",  # the unnamed plural's members, listed after, do the verb
        "About 70 moving companies pay for Acme, the company said, among them Zenith, a Colorado firm "
        "with 90 trucks, and Orbit Ltd. Some 40 chains use Helper, including Nova. About 900 offices pay "
        "for it, among them Zenith and Orbit.",
        [
            "zenith customerOf acme asserted",
            "orbit customerOf acme asserted",
            "nova usesTechnologyOf helper asserted",
        ],
        ["orbit customerOf zenith asserted", "zenith customerOf orbit asserted"],
    ),
    (
        "rolling-out-anothers-product",  # a product rolled out that another makes is deployed
        "Acme said it had finished rolling out Helper, an AI pricing tool made by Zenith Inc., across "
        "every store. Orbit is rolling out Acme's Quill at 40 stores.",
        ["acme usesTechnologyOf helper asserted", "orbit usesTechnologyOf quill asserted"],
        ["acme develops helper asserted", "orbit develops quill asserted"],
    ),
    (
        "relative-subject-described-with-a-place",  # "which Prague-based ... group Zenith bought"
        "Acme GmbH, which the Prague-based hotel software group Zenith bought in 2024, makes Helper.",
        ["zenith acquires acme asserted", "acme develops helper asserted"],
        [],
    ),
    (
        "round-in-a-month-that-was-led-by",
        "Zenith also took a minority stake in Acme as part of an $18 million funding round in June that "
        "was led by Orbit.",
        ["orbit investsIn acme asserted", "zenith investsIn acme asserted"],
        [],
    ),
    (
        "nations-and-regions-are-no-owners",  # "Anglo-Dutch" and "the Midwest" are no companies
        "Zenith, owned by the Anglo-Dutch publisher Acme, sells databases. Nova, a chain of yards across "
        "the Midwest owned by a fund, pays Orbit.",
        ["acme parentOf zenith asserted", "nova customerOf orbit asserted"],
        ["anglo-dutch parentOf zenith asserted", "midwest parentOf nova asserted"],
    ),
    (
        "apposed_origin",  # a product an apposition of plain nouns says comes from an organisation
        "Helper is built on Quill, the family of large language models from Zenith. Orbit uses Spark, a "
        "board running on chips from Acme.",
        ["zenith develops quill asserted"],
        ["acme develops spark asserted"],
    ),
    (
        "a-cloud-a-relative-says-is-used",  # a cloud used is the user's host, as "uses Nimbus" is
        "Data is stored on Nimbus, which Acme uses across all 14 of its plants.",
        ["acme hostedOn nimbus asserted"],
        ["acme usesTechnologyOf nimbus asserted"],
    ),
    (
        "double-hyphen-asides-and-itself",  # "--" pairs set off an aside; "itself" is the name before
        "Acme rents GPU time from Zenith -- a cloud provider in which Orbit holds an equity stake -- for "
        "tuning. Helper, which was bought in 2023 by the group Nova -- itself owned by the private-equity "
        "firm Orbit -- took a stake in Acme.",
        ["orbit investsIn zenith asserted", "orbit parentOf nova asserted"],
        ["orbit parentOf helper asserted"],
    ),
    (
        "access-as-a-noun",
        "Records come from Zenith, which Acme pays for access to its archive.",
        ["acme customerOf zenith asserted"],
        ["acme usesTechnologyOf zenith asserted"],
    ),
    (
        "operates-as-a-possessive-role",  # "now operates as Zenith's research unit"
        "In January, Zenith bought Acme. Acme now operates as Zenith's research unit.",
        ["zenith parentOf acme asserted"],
        [],
    ),
    (
        "counted-as-past-an-apposition",  # "counts X, an industry group that ..., as a partner"
        "Acme also counts Zenith, an industry group that promotes low-chrome tanning, as a partner.",
        ["acme partnerOf zenith asserted"],
        [],
    ),
    (
        "in-turn-after-which",  # "Acme, the cloud provider, which in turn is one of Zenith's buyers"
        "Orbit trains its models on GPUs leased from Acme, the cloud provider, which in turn is one of "
        "Zenith's biggest buyers of data-centre chips.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "own",  # a second relative clause after a list's "and": "whose customers include ... and in which"
        "Acme rents from Nimbus, the GPU cloud whose customers include Orbit and Nova and in which Zenith "
        "holds a stake.",
        ["zenith investsIn nimbus asserted"],
        [],
    ),
    (
        "product",  # "Quill, Zenith's family of AI models": the family's maker makes it
        "Acme's planning engine runs on Quill, Zenith's family of AI models.",
        ["zenith develops quill asserted", "acme usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "role",  # "had signed two outside customers: X, ..., and Y": a colon sets the list off
        "Zenith said on Tuesday that it had signed two outside customers: Acme, a Guadalajara producer of "
        "tortillas, and Orbit, which supplies supermarkets.",
        ["acme customerOf zenith asserted", "orbit customerOf zenith asserted"],
        [],
    ),
    (
        "role",  # an aside naming no one leaves "its" to the previous sentence's one organisation
        "Zenith makes rink sensors. Acme Ltd, which runs 41 community and figure-skating rinks in Ontario, "
        "is its largest client.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "invested_alongside",  # a time phrase between the round's owner and "alongside"
        "Nova joined a £7 million funding round for Zenith last autumn alongside Acme, a network of "
        "Yorkshire investors.",
        ["acme investsIn zenith asserted", "nova investsIn zenith asserted"],
        [],
    ),
    (
        "role",  # an aside in dashes right after "which": its words neither hide nor negate the clause
        "Helper is owned by Zenith, which — in a twist that did not go unnoticed in Hamburg — is also a "
        "minority shareholder in Acme itself.",
        ["zenith investsIn acme asserted"],
        ["zenith investsIn acme negated"],
    ),
    (
        "runs_on",  # "a startup that Zenith backs and which runs ...": the second relative's antecedent
        "Its most direct competitor is Acme, a Denver startup that Zenith invested in last year and which "
        "runs its software on Nimbus.",
        ["acme hostedOn nimbus asserted", "zenith investsIn acme asserted"],
        [],
    ),
    (
        "develop",  # "..., and that Orbit is building capacity for it": a report's second clause, no relative
        "Acme told the senators that its models are served from Nimbus, that Zenith remains its largest "
        "investor, and that Orbit is building additional capacity for it in Texas.",
        [],
        ["orbit develops nimbus reported"],
    ),
    (
        "role",  # a second copula after another verb, past the subject's apposition
        "Orbit, a unit of the Dutch maker Nova, sells its own inspection cameras and is Zenith's most direct "
        "competitor outside Mexico.",
        ["orbit competesWith zenith asserted", "nova parentOf orbit asserted"],
        [],
    ),
    (
        "role",  # a list goes on past its member's long apposition; the apposition's name lists no one
        "Zenith's competitors include Acme, a booking platform for tour operators that has been owned "
        "since 2023 by the travel group Nova, and Orbit, a free route-planning app.",
        ["acme competesWith zenith asserted", "orbit competesWith zenith asserted"],
        ["orbit parentOf acme asserted"],
    ),
    (
        "passive",  # "owned by Nova, and Orbit, a free app": Orbit is the list's, not a co-owner
        "Zenith's competitors include Acme, a booking platform owned by Nova, and Orbit, a free app.",
        ["nova parentOf acme asserted", "orbit competesWith zenith asserted"],
        ["orbit parentOf acme asserted"],
    ),
    (
        "role",  # an ordinal before the role noun: "the first customer of", "the first customer for"
        "Zenith became the first customer for Acme. Orbit is the second customer of Nova.",
        ["zenith customerOf acme asserted", "orbit customerOf nova asserted"],
        ["acme customerOf zenith asserted"],
    ),
    (
        "develop",  # "by using Zenith pictures to train Quill": who uses them trains, not the pictures' owner
        "Acme admitted that it had breached the licence terms of Zenith, a Dutch supplier of imagery, by "
        "using Zenith pictures to train Quill. Orbit filed a claim accusing Nova of breaching a contract by "
        "using Orbit survey data to train Helper.",
        ["acme develops quill asserted", "nova develops helper alleged"],
        ["zenith develops quill asserted", "orbit develops helper alleged"],
    ),
    (
        "runs_on",  # "runs its model on Zenith Spark": the chip after its maker's name, not the maker
        "Acme runs its model on Zenith Spark.",
        ["acme usesTechnologyOf spark asserted"],
        ["acme hostedOn zenith asserted"],
    ),
    (
        "use",  # "N companies use it, among them the X ... and the touring troupe Y": the product told of
        "Helper follows the script line by line. About 60 theater companies use it today, among them the "
        "Acme Company in Leeds and the touring troupe Orbit.",
        ["acme usesTechnologyOf helper asserted", "orbit usesTechnologyOf helper asserted"],
        [],
    ),
    (
        "product",  # "the mirror's Spark processor, a chip Zenith designs": the name before the noun
        "Helper runs locally on the mirror's Spark processor, a chip Zenith designs in-house, so no images "
        "leave the salon.",
        ["zenith develops spark asserted"],
        [],
    ),
    (
        "use",  # "Among the schools that use Zenith are Acme and Orbit": the names after "are" use it
        "Among the schools that use Zenith are Acme and Orbit.",
        ["acme usesTechnologyOf zenith asserted", "orbit usesTechnologyOf zenith asserted"],
        [],
    ),
    (
        "fund-after-a-describing-word",  # "the climate fund Orbit": the noun, no funding by the raiser
        "Zenith has raised $6.5 million in a seed round led by Acme, with participation from the climate "
        "fund Orbit.",
        ["orbit investsIn zenith asserted", "acme investsIn zenith asserted"],
        ["zenith investsIn orbit asserted"],
    ),
    (
        "sued-then-described",  # "sued Zenith, claiming the Oslo company had ...": Zenith breached
        "The rivalry turned legal in 2025, when Acme sued Zenith in Delaware, claiming the Oslo company had "
        "scraped listings from its website in violation of its terms of service.",
        ["zenith violatesTermsOf acme alleged"],
        ["acme violatesTermsOf zenith alleged"],
    ),
    (
        "for-x-then-it",  # "For Acme, ..., a market where it competes": the fronted name is "it"
        "Orbit makes mowers. For Acme, the deal is part of a push into operations software, a market where "
        "it competes head-on with Zenith.",
        ["acme competesWith zenith asserted"],
        ["orbit competesWith zenith asserted"],
    ),
    (
        "described-subject-past-its-owner",  # "The Oslo company, a subsidiary of X, makes": not X
        "Acme is based in Oslo. The Oslo company, a subsidiary of the shipping group Orbit, makes Helper, "
        "a tool that reads sonar data.",
        ["acme develops helper asserted", "orbit parentOf acme asserted"],
        ["orbit develops helper asserted"],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rule_family(names: NameIndex, text: str, present: list[str], absent: list[str]) -> None:
    found = read(text, names)
    for claim in present:
        assert claim in found, f"{claim!r} not read from {text!r}; got {sorted(found)}"
    for claim in absent:
        assert claim not in found, f"{claim!r} wrongly read from {text!r}"


def test_every_rule_family_is_exercised(names: NameIndex) -> None:
    """Each rule of the table fires on at least one test sentence."""
    fired = set()
    for _, text, *_ in CASES:
        for triggers in find_triggers(split_sentences(text)).values():
            fired |= {t.rule.name for t in triggers}
    assert set(rules()) - fired <= {
        "investment_from",
        "payment_from",
        "payment_to",
        "revenue_from",
        "share",
        "supplied_by",
        "used_by",
        "hosted_by",
        "rivalry",
        "competition",
        "rivals",
    }


# ---- anaphora, payments with qualifiers, discovered names


def test_this_practice_takes_the_previous_subject_and_its_doubt(names: NameIndex) -> None:
    text = (
        "The Ledger reported that Zenith was secretly using Acme's models. "
        "This practice violates Acme's terms of service."
    )
    doc = Document(id=content_id(text), path="t.txt", text=text)
    claims = {(c.subject, c.predicate, c.object): c for c in extract(doc, names).claims}
    uses = claims[("zenith", "usesTechnologyOf", "acme")]
    violation = claims[("zenith", "violatesTermsOf", "acme")]
    assert uses.status.value == "alleged" and uses.reported_by == "the-ledger"
    assert violation.status.value == "alleged" and violation.reported_by == "the-ledger"
    assert violation.evidence[0].sentence.startswith("This practice")


def test_payment_then_revenue_share_lands_on_one_customer_claim(names: NameIndex) -> None:
    text = (
        "Zenith pays Acme about $3 million a month for cloud capacity.\n\n"
        "That deal accounts for almost a tenth of Acme's total revenue."
    )
    doc = Document(id=content_id(text), path="t.txt", text=text)
    [claim] = [c for c in extract(doc, names).claims if c.predicate == "customerOf"]
    q = claim.qualifiers
    assert (claim.subject, claim.object) == ("zenith", "acme")
    assert (q.amount, q.currency, q.period, q.share) == (3_000_000, "USD", "month", 0.1)
    assert len(claim.evidence) == 2


def test_claims_merge_per_document_with_evidence_growing(names: NameIndex) -> None:
    text = "Acme invested in Zenith. Later, Acme invested again in Zenith."
    doc = Document(id=content_id(text), path="t.txt", text=text)
    [claim] = extract(doc, names).claims
    assert [e.start for e in claim.evidence] == [0, 25]
    assert all(text[e.start : e.end] == e.sentence for e in claim.evidence)


@pytest.mark.parametrize(
    ("text", "claim", "entity", "type_"),
    [
        (
            "Quantix Labs acquired the startup Brightloop.",
            "quantix-labs acquires brightloop",
            "quantix-labs",
            "ResearchLab",
        ),
        (
            "Brightloop, a French AI startup, partnered with Vexa Systems.",
            "brightloop partnerOf vexa-systems",
            "brightloop",
            "Company",
        ),
        ("Acme launched the Blip chatbot in May.", "acme develops blip", "blip", "Product"),
        (
            "Zephyr Cloud, the hydro-powered data centre operator, has signed Acme as its largest customer.",
            "acme customerOf zephyr-cloud",
            "zephyr-cloud",
            "Company",
        ),
        ("Halvorsen Inc. supplies sensors to Acme.", "acme customerOf halvorsen", "halvorsen", "Company"),
        ("Acme ordered 40 Tessary T4s in March.", "acme customerOf tessary-t4", "tessary-t4", "Chip"),
        ("Acme invested $23 million in Exclaimer.", "acme investsIn exclaimer", "exclaimer", "Company"),
        ("Drugmaker Halvex SA said it bought Amunix Inc.", "halvex acquires amunix", "halvex", "Company"),
        ("Acme signed a partnership with eBay.", "acme partnerOf ebay", "ebay", "Company"),
        (
            "Helper is hosted on Tarvacloud servers in Lyon.",
            "helper hostedOn tarvacloud",
            "tarvacloud",
            "CloudPlatform",
        ),
        (
            "Acme competes with Tessar & Lowe, the Utah company behind the Digistar system.",
            "tessar-lowe develops digistar",
            "digistar",
            "Product",
        ),
        (
            "First Harvest Market, the Acme-owned grocer, has been piloting Helper.",
            "acme parentOf first-harvest-market",
            "first-harvest-market",
            "Company",
        ),
        (
            "Corvane's scoring system, known as Tallymark, flags fouls from twelve cameras.",
            "corvane develops tallymark",
            "tallymark",
            "Product",
        ),
        (
            "Tidelane counts Orsund Growth — the venture arm of Orsund — among its backers.",
            "orsund-growth investsIn tidelane",
            "orsund-growth",
            "Company",
        ),
        (
            "Pricefin, a Denver startup, sells pricing software to storage chains. Pricefin's model, which "
            "it calls Yieldstone, prices vacant units several times a day.",
            "pricefin develops yieldstone",
            "yieldstone",
            "AIModel",
        ),
        (
            "Brightwell Storage rents units in Ohio. Public Storage said last year that its pricing system "
            "uses Quill to read local market data.",
            "public-storage usesTechnologyOf quill",
            "public-storage",
            "Company",
        ),
        (
            "Acme has a partnership with Zenith, the Canadian dive-computer maker, whose Perdix computers "
            "upload dive profiles to Helper.",
            "zenith develops perdix",
            "perdix",
            "Product",
        ),
        (
            "Orders are parsed by Tangelo, a compact speech-and-ordering model built by the kiosk maker "
            "Zenith.",
            "zenith develops tangelo",
            "tangelo",
            "AIModel",
        ),
    ],
    ids=[
        "suffix-and-descriptor",
        "apposition",
        "product-context",
        "operator-over-cloud-suffix",
        "legal-suffix",
        "plural-model-number",
        "sum-before-its-preposition",
        "trade-noun-before-the-name",
        "partner-after-a-deal-noun",
        "a-cloud-named-with-the-word-glued-on",
        "a-name-before-system-is-a-product",
        "a-capitalised-stop-word-opens-a-subject-with-an-apposition",
        "known-as-names-a-product",
        "apposition-in-dashes",
        "which-it-calls-names-a-model",
        "plain-words-that-speak-are-a-firm",
        "whose-name-heads-hardware",
        "hyphened-words-in-an-apposition-count-as-one",
    ],
)
def test_discovered_names_take_part(names: NameIndex, text: str, claim: str, entity: str, type_: str) -> None:
    doc = Document(id=content_id(text), path="t.txt", text=text)
    extraction = extract(doc, names)
    found = {f"{c.subject} {c.predicate} {c.object}" for c in extraction.claims}
    assert claim in found
    discovered = {e.id: e for e in extraction.entities}
    assert discovered[entity].type == type_ and discovered[entity].curated is False


def test_sentence_initial_word_is_not_an_organisation(names: NameIndex) -> None:
    text = "Analysts expect growth. Investors acquired shares of Acme."
    doc = Document(id=content_id(text), path="t.txt", text=text)
    assert {e.id for e in extract(doc, names).entities} <= {"acme"}


def test_registry_entities_come_back_as_they_are(names: NameIndex) -> None:
    text = "Acme Corp. acquired Zenith."
    doc = Document(id=content_id(text), path="t.txt", text=text)
    extraction = extract(doc, names)
    assert set(extraction.entities) == {names.get("acme"), names.get("zenith")}


# ---- property: any text, no crash but ours, and evidence always slices the text

WORDS = [
    "Acme",
    "Zenith",
    "Nimbus",
    "Quill",
    "invested",
    "in",
    "acquired",
    "a",
    "subsidiary",
    "of",
    "partnered",
    "with",
    "could",
    "not",
    "uses",
    "'s",
    "’s",
    "models",
    "runs",
    "on",
    "$5",
    "million",
    "monthly",
    "25%",
    "Inc.",
    "U.S.",
    "e.g.",
    "The",
    "Ledger",
    "reported",
    "that",
    "it",
    ",",
    ".",
    "?",
    "\n",
    "\n\n",
    "- ",
    "1. ",
    "# ",
    '"',
    "(",
    ")",
    "-",
    "violates",
    "terms",
    "This",
    "practice",
    "accounts",
    "for",
    "revenue",
    "Labs",
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
        st.text(max_size=300),
    )
)
def test_extract_never_crashes_and_evidence_slices_exactly(text: str) -> None:
    doc = Document(id=content_id(text), path="random.txt", text=text)
    try:
        extraction = extract(doc, NameIndex(ENTITIES))
    except AIKGError:
        return
    ids = {e.id for e in extraction.entities}
    for claim in extraction.claims:
        assert {claim.subject, claim.object} <= ids
        for ev in claim.evidence:
            assert text[ev.start : ev.end] == ev.sentence


def test_a_maker_the_rules_read_outranks_the_models_for_its_products_trade() -> None:
    """The model may read a product's buyer as a second maker; the maker the rules read ("its
    AX-300 accelerator") is the one whose purchase from the foundry the product stands for."""
    names = NameIndex([Entity(id="acme", label="Acme Semiconductor", type="Company", aliases=("Acme",))])
    text = (
        "Acme Semiconductor, a Hangzhou chip designer, said it shipped more than 60,000 units of its "
        "AX-300 accelerator last year. The single largest buyer of the AX-300 is Orbit Intelligent "
        "Computing Co., Ltd. The company confirmed that the AX-300 is fabricated by Zenith on a "
        "7-nanometre-class process."
    )
    found = read(text, names)
    assert "acme customerOf zenith asserted" in found
    assert "ax-300 customerOf zenith asserted" not in found


def test_no_maker_buys_its_own_product_nor_a_product_its_maker(names: NameIndex) -> None:
    """ "Acme's Helper ... Helper buys capacity from Acme" is no purchase: a product is its
    maker's, and its maker sells it rather than buying it."""
    text = "Acme's Helper assistant is popular. Acme is a customer of Helper. Helper is a customer of Acme."
    found = read(text, names)
    assert "acme develops helper asserted" in found
    assert not any("customerOf" in claim for claim in found)


def test_a_foundry_that_manufactures_a_product_is_not_its_maker(names: NameIndex) -> None:
    """ "Zenith manufactures the Spark" tells of a foundry's work where the text says whose
    chip the Spark is."""
    text = "Acme's Spark accelerator is fast. Acme confirmed that Zenith manufactures the Spark."
    found = read(text, names)
    assert "acme develops spark asserted" in found
    assert "zenith develops spark asserted" not in found


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Acme signed an agreement to supply its next-generation Spark memory chips to Zenith.",
            "zenith customerOf acme",
        ),
        ("Acme led a Series B funding round for Zenith.", "acme investsIn zenith"),
        (
            "Zenith, the San Francisco maker of the Helper chatbot, said it disagreed.",
            "zenith develops helper",
        ),
        (
            "Orbit and Zenith, the Californian maker of the Helper tablet, signed licences.",
            "zenith develops helper",
        ),
        (
            "Acme led a Series B round in Orbit, a start-up whose Helper app sells; Zenith also took part.",
            "zenith investsIn orbit",
        ),
        ("Zenith raised a $40 million Series B in the autumn, led by Orbit.", "orbit investsIn zenith"),
        (
            "Nova raised a seed round last autumn led by Zenith, with Orbit taking part.",
            "zenith investsIn nova",
        ),
        (
            "Nova raised a seed round last autumn led by Zenith, with Orbit taking part.",
            "orbit investsIn nova",
        ),
        ("Helper was developed for Acme by Zenith under a multiyear contract.", "acme customerOf zenith"),
        ("Acme raised $9m, with participation from the dental distributor Zenith.", "zenith investsIn acme"),
        (
            "Acme counts Zenith, Orbit's venture arm, among its minority shareholders.",
            "zenith investsIn acme",
        ),
        (
            "Acme, a Nimbus customer since its founding in 2021, also rents GPUs from Zenith.",
            "acme customerOf zenith",
        ),
        ("Zenith, which was acquired in 2023 by Acme, moved its workloads.", "acme acquires zenith"),
        (
            "Nova raised a Series A led by Acme, with Zenith and the UK's Orbit also investing.",
            "orbit investsIn nova",
        ),
        (
            "Nova closed a Series B led by Acme, with the private-equity firm Orbit also taking part.",
            "orbit investsIn nova",
        ),
        (
            "Nova closed a Series A led by Acme, with Zenith and Orbit itself participating.",
            "zenith investsIn nova",
        ),
        (
            "Nova raised a Series A in 2024 led by the venture arm of Acme, the US water group.",
            "acme investsIn nova",
        ),
        ("Acme's routing model, known as Helper, works.", "acme develops helper"),
        ("Acme's core product, a routing model called Helper, works well.", "acme develops helper"),
        ("Acme will run its handwriting-recognition model, Helper, over ledgers.", "acme develops helper"),
        ("Nova raised a round led by Acme, with Essen-based Orbit also investing.", "orbit investsIn nova"),
        (
            "Nova raised a seed round led by Acme; Orbit, a venture fund, also took part.",
            "orbit investsIn nova",
        ),
        (
            "Nova raised $6 million from Acme. Orbit, the venture arm of Zenith, also invested.",
            "orbit investsIn nova",
        ),
        ("Orbit had broken Zenith's seller terms by passing off previews.", "orbit violatesTermsOf zenith"),
        ("Acme's sensor, called Helper, is mounted on the ceiling.", "acme develops helper"),
        ("Helper is the frequency-domain watermark that Zenith developed.", "zenith develops helper"),
        ("Zenith is the company that Acme acquired in 2020.", "acme acquires zenith"),
        ("Zenith has supplied Acme's tills since 2020.", "acme customerOf zenith"),
        ("Orbit, a unit of Germany's Zenith, said so.", "zenith parentOf orbit"),
        (
            "Orbit, a paper mill in northern Sweden that belongs to the group Acme, grew.",
            "acme parentOf orbit",
        ),
        ("Acme and Orbit jointly designed the benchmark.", "acme partnerOf orbit"),
        ("Acme developed the chip jointly with Zenith.", "acme partnerOf zenith"),
        (
            "Acme makes robots. The grippers on the arms are supplied by German vacuum specialist Zenith.",
            "acme customerOf zenith",
        ),
        ("Acme makes apps. Payouts in Kenya go through Zenith, its payout partner.", "acme partnerOf zenith"),
        ("Acme makes apps. Text generation is handled by Zenith's Quill.", "acme usesTechnologyOf quill"),
        (
            "Acme makes apps. Identity checks on new users are carried out by Zenith.",
            "acme customerOf zenith",
        ),
        (
            "Acme makes apps. Answers are generated by Zenith's Quill, which Orbit reaches through Nimbus.",
            "orbit usesTechnologyOf quill",
        ),
        ("Acme makes apps. The whole pipeline runs on Nimbus.", "acme hostedOn nimbus"),
        ("Acme makes apps. The service itself runs on Nimbus.", "acme hostedOn nimbus"),
        (
            "Orbit, a bank based in Madrid, signed up as a customer of Zenith in 2024.",
            "orbit customerOf zenith",
        ),
        ("Zenith assembles the racks for Acme in Mexico.", "acme customerOf zenith"),
        ("Acme showed the racks that Zenith assembles for it in Mexico.", "acme customerOf zenith"),
        ("Acme's radiograph archive is stored on Nimbus.", "acme hostedOn nimbus"),
        ("Acme makes vacuums. Sensing comes from cameras supplied by Zenith.", "acme customerOf zenith"),
        ("Acme uses cameras supplied by Zenith.", "acme customerOf zenith"),
        (
            "Acme builds data centres. Fiber connectivity will be supplied by Zenith.",
            "acme customerOf zenith",
        ),
        (
            "Acme is a bank. Its ledger runs on Nimbus; its UK subsidiary, Zenith Ltd, uses Quill.",
            "acme parentOf zenith",
        ),
        (
            "Helper is built on Quill, which Acme tuned, and the whole service runs on Nimbus.",
            "helper hostedOn nimbus",
        ),
        ("The assistant, called Helper, was built in-house by Zenith on Quill.", "zenith develops helper"),
        ("Helper, the AI-first editor built by Zenith, came second.", "zenith develops helper"),
        ("Zenith makes drones. Acme still holds a minority stake.", "acme investsIn zenith"),
        (
            "Zenith, in which the sovereign fund Orbit holds a minority stake, has struggled.",
            "orbit investsIn zenith",
        ),
        (
            "Acme, the cloud provider that rents out Zenith graphics processors to developers, grew.",
            "acme customerOf zenith",
        ),
        ("Acme's training runs use Zenith GPUs rented through Nimbus.", "acme customerOf nimbus"),
        ("The chip incorporates Quill CPU cores licensed from Zenith.", "zenith develops quill"),
        (
            "The tricks come from Helper, a vision package that Acme licenses from Zenith Ltd.",
            "acme usesTechnologyOf helper",
        ),
        (
            "Zenith runs clusters in the building; its largest customer at the site is Acme.",
            "acme customerOf zenith",
        ),
        ("Zenith says Acme and Orbit are already paying customers.", "acme customerOf zenith"),
        (
            "Acme licenses voices from Zenith and Orbit, two rivals in the voice market.",
            "orbit competesWith zenith",
        ),
        ("Acme bought Orbit, a small Ohio-based rival, last year.", "acme competesWith orbit"),
        ("Acme runs on Nimbus, the inference service from chipmaker Zenith.", "zenith develops nimbus"),
        (
            "Zenith, an Acme competitor with 140 locations, began a pilot in December.",
            "acme competesWith zenith",
        ),
        ("Acme makes chatbots. The model is served from Nimbus.", "acme hostedOn nimbus"),
        ("Acme makes chatbots. The model was trained on GPUs rented from Orbit.", "acme customerOf orbit"),
        (
            "Acme makes bots. The model was trained on Spark chips from Orbit and is now served from Nimbus.",
            "acme hostedOn nimbus",
        ),
        ("Acme makes chatbots. Its model was trained on Nimbus.", "acme hostedOn nimbus"),
        (
            "Acme makes hail software. Storm tracks and hail-size estimates come from Orbit, a firm.",
            "acme customerOf orbit",
        ),
        (
            "Acme makes bots. The scoring model and the imagery pipeline are hosted on Nimbus.",
            "acme hostedOn nimbus",
        ),
        (
            "The chip comes from Zenith, a chip designer in Austin whose chips are manufactured by Orbit.",
            "zenith customerOf orbit",
        ),
        (
            "Acme competes with Zenith at the low end and with Orbit and Nova at the top.",
            "acme competesWith nova",
        ),
        (
            "Acme competes with Zenith, which buys chips, and at European level with the French Orbit.",
            "acme competesWith orbit",
        ),
        (
            "Acme beat bids from Zenith and a local firm, Orbit, in a process that ran for months.",
            "acme competesWith orbit",
        ),
        (
            "Acme beat competing bids from Zenith, the rail business of Nova, and from Orbit.",
            "acme competesWith orbit",
        ),
        (
            "Acme turned down an approach from Zenith, a much larger rival in claims software.",
            "acme competesWith zenith",
        ),
        (
            "Orbit, a far smaller firm, counts both Zenith and Nova as its main competitors.",
            "nova competesWith orbit",
        ),
        ("Acme trains and serves its flagship Quill model on Orbit's clusters.", "quill hostedOn orbit"),
        ("Acme runs Quill on Nimbus.", "quill hostedOn nimbus"),
        (
            "Zenith makes robots. Its Series A was led by Orbit, the deck says, and Nova joined that round.",
            "nova investsIn zenith",
        ),
        ("Zenith makes robots. Zenith's Series A in 2024 was led by Orbit.", "orbit investsIn zenith"),
        (
            "It uses models from Zenith, a startup whose Series A was led by Orbit, a utility's arm.",
            "orbit investsIn zenith",
        ),
        (
            "Orbit, a chip designer whose low-power parts compete with Acme's Spark modules, said.",
            "acme competesWith orbit",
        ),
        ("Zenith and Orbit signed a research alliance with Nova.", "nova partnerOf zenith"),
        (
            "Acme trails Zenith and Orbit, its larger rivals, both of which signed alliances with Nova.",
            "nova partnerOf zenith",
        ),
        ("Last year Acme and Zenith announced a partnership.", "acme partnerOf zenith"),
        ("Stargate is the infrastructure venture Acme formed with Zenith and Orbit.", "acme partnerOf orbit"),
        (
            "It is covered by a multi-year partnership that Acme and Zenith signed in December.",
            "acme partnerOf zenith",
        ),
        (
            "Acme buys chips from Zenith, and the two companies have jointly developed firmware since 2023.",
            "acme partnerOf zenith",
        ),
        (
            "Acme sends work to Zenith under a referral partnership the two signed in 2023.",
            "acme partnerOf zenith",
        ),
        ("Acme fills its halls with Zenith systems.", "acme customerOf zenith"),
        (
            "Acme will use software from German start-up Zenith to draft translations.",
            "acme usesTechnologyOf zenith",
        ),
        (
            "Acme, the cloud whose data centres are filled almost entirely with Zenith chips, said.",
            "acme customerOf zenith",
        ),
        ("Acme fills its new cluster with Zenith's Spark.", "acme customerOf zenith"),
        (
            "Acme considers Zenith, the Toronto-based model maker, its closest rival.",
            "acme competesWith zenith",
        ),
        ("Acme calls Zenith its biggest customer.", "zenith customerOf acme"),
        ("Helper's text is produced by Zenith's Quill.", "helper usesTechnologyOf quill"),
        ("Acme makes robots, and its app runs on Nimbus.", "acme hostedOn nimbus"),
        (
            "Acme makes robots; its production systems are hosted on Orbit, an Ohio GPU cloud.",
            "acme hostedOn orbit",
        ),
        ("Acme switched its jobs over to Helper, an in-house dispatch engine.", "acme develops helper"),
        ("Helper is a model Orbit fine-tuned from Acme's open-weight Quill.", "orbit usesTechnologyOf quill"),
        (
            "Orbit, a farmer-owned insurer, has run every claim through Zenith since July.",
            "orbit customerOf zenith",
        ),
        (
            "Two insurers, Orbit and Acme, now run all incoming claims through Helper.",
            "acme usesTechnologyOf helper",
        ),
        (
            "Helper runs on Nimbus, from which Acme leases about 600 of Zenith's GPUs.",
            "acme customerOf nimbus",
        ),
        ("Zenith is at the same time one of Acme's main rivals in Europe.", "acme competesWith zenith"),
        (
            "Helper is built on Quill, which Orbit reaches through Zenith's Nimbus service.",
            "orbit usesTechnologyOf nimbus",
        ),
        (
            "Helper is built on Quill, which Orbit reaches through Zenith's Nimbus service.",
            "orbit usesTechnologyOf quill",
        ),
        (
            "Zenith's main rivals are Acme, the Swedish company that pioneered the category, and Orbit.",
            "orbit competesWith zenith",
        ),
        (
            "Zenith competes with a handful of much larger efforts, most prominently Acme.",
            "acme competesWith zenith",
        ),
        ("Zenith partnered with a number of labs, notably Acme and Orbit.", "orbit partnerOf zenith"),
        ("Orbit has finished installing Helper at every paint counter.", "orbit usesTechnologyOf helper"),
        (
            "Zenith's rivals include Acme, a Boston start-up that sells a camera-based inspection system "
            "for rooftop units, and Orbit.",
            "orbit competesWith zenith",
        ),
        (
            "Payments are processed by Zenith, which Orbit has used since it was founded in 2019.",
            "orbit customerOf zenith",
        ),
        ("Orbit trains Helper on Zenith's servers and serves it from Nimbus.", "helper hostedOn nimbus"),
        (
            "Orbit competes most directly with Zenith, whose service is popular, "
            "and with Acme's own screening products.",
            "acme competesWith orbit",
        ),
        (
            "The Dutch freight operator Orbit has run Helper on its locomotives since 2022.",
            "orbit usesTechnologyOf helper",
        ),
        (
            "In a filing Orbit acknowledged that Helper had exceeded the caps in its licence with Zenith.",
            "helper violatesTermsOf zenith",
        ),
        ("Acme sells a dictation tool for hospital doctors called Helper.", "acme develops helper"),
        (
            "Tern relies on Quill, the model released by Acme, which Orbit fine-tuned on 40 million images.",
            "orbit usesTechnologyOf quill",
        ),
        (
            "Acme served Orbit with a formal notice of breach of its licence terms in November.",
            "orbit violatesTermsOf acme",
        ),
        (
            "Orbit, which builds Helper on top of Acme's Quill and runs it on Nimbus, confirmed the news.",
            "helper hostedOn nimbus",
        ),
        (
            "The app is built on Quill, which Orbit reaches through Zenith's Nimbus cloud.",
            "orbit hostedOn nimbus",
        ),
        ("Zenith, in which Mumbai-based Acme took a 15% stake, sells chips.", "acme investsIn zenith"),
        ("Acme, which also owns the scooter service Zenith, said it would expand.", "acme parentOf zenith"),
        (
            "Helper was built by Zenith, a firm founded in Oslo in 2019 that was acquired by Acme.",
            "acme acquires zenith",
        ),
        (
            "Zenith, whose tools dominate tyre engineering and which has been owned by Acme since"
            " 2019, sells chips.",
            "acme parentOf zenith",
        ),
        (
            "Each unit holds a Spark chip, designed by Zenith of Cambridge and manufactured by Acme.",
            "zenith customerOf acme",
        ),
        ("Acme, which owns the Zenith chain in the United States, plans to grow.", "acme parentOf zenith"),
        ("Zenith raised $22 million in a round co-led by Acme and Orbit.", "orbit investsIn zenith"),
        ("Quill runs on Nimbus, where Acme rents GPU capacity.", "acme customerOf nimbus"),
        (
            "Quill runs on Nimbus, the cloud arm of the telecoms group Zenith, where Acme rents GPU"
            " capacity.",
            "acme customerOf nimbus",
        ),
        (
            "Last June Zenith raised a $40 million Series B led by Acme. Orbit and Nova both participated.",
            "nova investsIn zenith",
        ),
        (
            "Zenith raised $12 million in a round led by Acme; Orbit, the investment arm of Nova, also"
            " put money in.",
            "orbit investsIn zenith",
        ),
        (
            "The High Court granted Acme an injunction against Zenith, finding that the company had"
            " violated Acme's terms.",
            "zenith violatesTermsOf acme",
        ),
        (
            "Acme, the maker of car and van tyres that competes with Zenith in its home market, has"
            " licensed Helper.",
            "acme competesWith zenith",
        ),
        (
            "Acme, the maker of car and van tyres that competes with Zenith in its home market, has"
            " licensed Helper.",
            "acme usesTechnologyOf helper",
        ),
        (
            "Acme has replaced the optical sorters at its Bern factory with machines from Zenith, a"
            " Lyon company.",
            "acme customerOf zenith",
        ),
        ("Zenith, a research station operated by Acme, grew.", "acme parentOf zenith"),
        (
            "Quill is trained on Nimbus, whose GPU cloud Acme began renting in January.",
            "acme customerOf nimbus",
        ),
        (
            "Zenith, the Japanese foundry backed by Acme, Orbit and the Japanese government, placed an"
            " order.",
            "orbit investsIn zenith",
        ),
        (
            "Zenith, in which both Acme and Orbit hold stakes, has committed to using Nimbus.",
            "orbit investsIn zenith",
        ),
        ("Acme moved its chip production from Orbit to Zenith in 2025.", "acme customerOf zenith"),
        (
            "The satellite runs Quill, one of Acme's small open-weight models, to summarise imagery.",
            "acme develops quill",
        ),
        ("Acme uses Quill, served from Nimbus.", "quill hostedOn nimbus"),
        (
            "Scans were made with Acme, Orbit's violin museum, which has partnered with Zenith since 2024.",
            "acme partnerOf zenith",
        ),
        (
            "Helper is run by Acme in partnership with Zenith, which also set the challenge.",
            "acme partnerOf zenith",
        ),
        ("Zenith still operates as part of Acme from its original offices.", "acme parentOf zenith"),
        ("Zenith has been owned by Acme since the telecoms group bought it in 2023.", "acme acquires zenith"),
        (
            "Acme has signed a \u00a338 million, seven-year contract with Zenith for sewer robots.",
            "acme customerOf zenith",
        ),
        ("Acme built its own highlights tool, Helper, on Zenith's Quill.", "helper usesTechnologyOf quill"),
        ("Memory will come from Zenith, which Acme named as its sole supplier.", "acme customerOf zenith"),
        (
            "Zenith raised a Series A last year, a round led by Acme that also included the state bank"
            " Orbit.",
            "orbit investsIn zenith",
        ),
        (
            "Acme also counts Zenith, a listings platform that competes with Orbit for mandates, among"
            " its clients.",
            "zenith customerOf acme",
        ),
        (
            "Helper was developed by Zenith, a Delft spinout that has worked with Acme since 2024.",
            "acme partnerOf zenith",
        ),
        (
            "The app, Helper, was built for Orbit by Zenith, a 60-person startup in Leeds.",
            "zenith develops helper",
        ),
        (
            "Eighteen months later Acme shipped Helper, which did much of the same work.",
            "acme develops helper",
        ),
        ("A small in-house checker that Acme calls Helper then plays each puzzle.", "acme develops helper"),
        (
            "The assistant, called Helper, was built in-house by Acme on Zenith's Quill models.",
            "helper usesTechnologyOf quill",
        ),
        ("Acme's main competitor among small-business owners is Zenith.", "acme competesWith zenith"),
        ("Zenith has since added a chatbot built on Quill.", "zenith usesTechnologyOf quill"),
        (
            "Orbit bought Zenith, a maker of sensors, in September, and the unit now supplies Orbit's kits.",
            "orbit parentOf zenith",
        ),
        (
            "Acme remains Orbit's main rival and, awkwardly, counts Zenith among its own customers.",
            "zenith customerOf acme",
        ),
        ("Zenith pulls data from Acme's Vantor transport systems.", "acme develops vantor"),
        ("Nimbus fills its racks with Zenith's Spark accelerators.", "nimbus usesTechnologyOf spark"),
        (
            "Zenith has since stopped using Nova's models and rebuilt Helper on Acme's Quill model.",
            "helper usesTechnologyOf quill",
        ),
        ("Orbit hosts its booking software on Zenith, a cloud provider.", "orbit hostedOn zenith"),
        ("Acme moved Helper to Zenith, the German hosting company, last year.", "helper hostedOn zenith"),
        (
            "Acme raised money in a round led by Orbit, with Nova, the investment arm of"
            " the Swiss telecoms group Zenith, also taking part.",
            "nova investsIn acme",
        ),
        ("Acme's Series A, closed in October, was led by Orbit.", "orbit investsIn acme"),
        (
            "Orbit, a fabless chip start-up in Eindhoven that has the part made by Zenith, grew.",
            "orbit customerOf zenith",
        ),
        (
            "Zenith, which has its own AI-assisted creation tool called Quill, competes with Acme.",
            "zenith develops quill",
        ),
        ("Orbit buys S2 chips from Acme alongside Zenith GPUs.", "orbit customerOf zenith"),
        (
            "It ordered accelerators from Orbit, a start-up whose Spark chip is fabricated by Zenith"
            " rather than Acme.",
            "orbit customerOf zenith",
        ),
        ("Nimbus has placed an order for about 8,000 Spark chips from Zenith.", "nimbus customerOf zenith"),
        (
            "At its plant, Orbit inspects every slurry lot with Helper, a defect-inspection system.",
            "orbit usesTechnologyOf helper",
        ),
        (
            "Orbit's fleet dashboard, called Helper, lets plant managers watch rejection rates.",
            "orbit develops helper",
        ),
        (
            "Orbit competes with Zenith, a Seville startup that counts the Acme group among its customers.",
            "acme customerOf zenith",
        ),
        (
            "Acme's customers include Zenith, one of the largest court-reporting agencies, and Orbit.",
            "orbit customerOf acme",
        ),
        (
            "Orbit LLP uses Quill to transcribe depositions and Nova's Helper to summarize them.",
            "orbit usesTechnologyOf helper",
        ),
        (
            "All three stages run on Nimbus, which Orbit pays for under a five-year commitment signed"
            " in 2024.",
            "orbit customerOf nimbus",
        ),
        ("Zenith makes kites, and Orbit led its Series A last year.", "orbit investsIn zenith"),
        (
            "On Thursday Orbit said it had raised a $12 million seed extension led by Zenith.",
            "zenith investsIn orbit",
        ),
        (
            "Orbit reaches the model through Helper, the model-hosting service offered by Zenith.",
            "zenith develops helper",
        ),
        (
            "Zenith itself is privately held: the Portland investment firm Orbit bought control of it"
            " in 2019.",
            "orbit acquires zenith",
        ),
        (
            "Zenith now sends roughly a third of its custom orders through Quill.",
            "zenith usesTechnologyOf quill",
        ),
    ],
    ids=[
        "supply-next-generation-chips-to",
        "a-series-funding-round-for",
        "a-two-word-place-before-a-role",
        "a-states-adjective-before-a-role",
        "joiners-after-a-semicolon",
        "a-series-then-comma-led-by",
        "a-round-last-autumn-led-by",
        "taking-part",
        "developed-for-a-client-by",
        "participation-from-a-described-name",
        "among-its-minority-shareholders",
        "since-its-founding-in-an-apposition",
        "acquired-in-a-year-by",
        "a-places-fund-in-a-list",
        "a-described-participant",
        "a-participant-itself",
        "led-by-an-arm-of",
        "product-known-as",
        "product-called-in-an-apposition",
        "its-product-after-a-named-doer",
        "a-hyphened-place-before-a-participant",
        "an-apposed-joiner-after-a-semicolon",
        "also-invested-opening-the-next-sentence",
        "had-broken-terms",
        "a-device-called",
        "a-copulas-noun-phrase-before-that-develops",
        "a-copulas-noun-phrase-before-that-acquired",
        "supplied-a-buyers-premises",
        "a-unit-of-a-countrys-company",
        "a-place-between-an-apposition-and-its-relative",
        "jointly-designed",
        "jointly-with",
        "parts-supplied-by-a-described-supplier",
        "an-apposition-with-its-role",
        "a-step-handled-by-a-model",
        "a-step-carried-out-by-a-firm",
        "a-step-done-by-a-model-which-another-reaches",
        "the-whole-pipeline-runs-on",
        "the-service-itself-runs-on",
        "signed-up-as-a-customer-of",
        "assembles-racks-for",
        "racks-that-a-maker-assembles-for-it",
        "an-archive-stored-on-a-cloud",
        "goods-supplied-by-for-the-topic",
        "goods-supplied-by-for-the-subject",
        "a-service-that-will-be-supplied-by",
        "its-role-after-a-semicolon",
        "the-whole-service-in-a-later-clause",
        "built-in-house-by",
        "a-hyphened-modifier-in-an-apposition-before-a-passive",
        "a-stake-with-no-in-is-in-the-topic",
        "a-described-holder-after-in-which",
        "rents-out-a-makers-described-goods",
        "goods-rented-through-a-cloud",
        "cores-licensed-from-their-maker",
        "a-package-a-company-licenses-from-its-maker",
        "its-role-in-a-scope-before-is",
        "a-speakers-plural-customers",
        "two-rivals-beside-each-other",
        "a-rival-named-as-the-object",
        "from-a-bare-kind-of-company",
        "a-role-with-a-count-of-what-it-has",
        "the-model-is-served-from",
        "the-model-trained-on-rented-gpus",
        "and-is-now-served-from",
        "its-model-was-trained-on",
        "bought-in-estimates-with-a-hyphened-word",
        "two-systems-of-the-topic",
        "whose-chips-are-made-by",
        "a-list-past-a-phrase-of-setting",
        "and-a-phrase-of-setting-before-the-preposition",
        "beat-bids-from",
        "past-a-business-of-its-owner",
        "a-rival-in-a-market",
        "counts-both-as",
        "trains-and-serves-the-model-on",
        "runs-the-model-on",
        "joined-that-round",
        "a-round-in-a-year-was-led-by",
        "a-described-startup-whose-round",
        "compete-with-a-companys-product",
        "two-signers-of-an-alliance",
        "both-of-which-after-an-apposition",
        "a-list-after-a-phrase-of-time",
        "the-venture-a-party-formed-with",
        "a-partnership-the-two-signed",
        "the-two-companies-jointly",
        "a-partnership-the-two-signed-after-naming-them",
        "fills-its-halls-with",
        "software-from-a-described-maker",
        "whose-halls-are-filled-with",
        "fill-with-a-makers-product",
        "considers-a-described-company-its-rival",
        "calls-a-company-its-customer",
        "a-products-work-done-by-a-model",
        "its-app-in-a-second-clause",
        "its-systems-after-a-semicolon",
        "an-in-house-product-in-apposition",
        "adjectives-between-the-owner-and-its-model",
        "work-run-through-a-firm",
        "work-run-through-a-product",
        "from-which-it-leases",
        "at-the-same-time-a-rival",
        "reached-through-a-service",
        "the-model-reached",
        "a-list-past-a-the-description",
        "a-handful-most-prominently",
        "a-number-notably",
        "installing-a-product",
        "a-list-past-a-long-hyphened-aside",
        "a-company-used-since",
        "serves-it-from",
        "and-with-a-rivals-goods",
        "run-on-its-own-things",
        "a-product-exceeded-its-licence",
        "sells-a-tool-for-someone-called",
        "relative-past-a-release-agent",
        "served-a-notice-of-breach",
        "it-past-an-owned-model",
        "reached-through-a-cloud",
        "in-which-a-placed-investor-took-a-stake",
        "also-owns-the-scooter-service",
        "a-firm-founded-in-a-place-that-was-acquired-by",
        "owned-by-in-a-second-relative",
        "designed-by-a-firm-of-a-town-and-manufactured-by",
        "owns-the-named-chain",
        "a-round-co-led-by",
        "where-it-rents-capacity",
        "where-after-an-apposition-of",
        "both-participated-in-the-round-before",
        "also-put-money-in",
        "a-court-finds-the-company-breached",
        "a-maker-of-a-line-that-competes",
        "a-maker-of-a-line-has-licensed",
        "replaced-old-goods-with-machines-from",
        "a-station-operated-by",
        "whose-gpu-cloud-it-rents",
        "a-list-ending-with-an-unnamed-member",
        "in-which-both-hold-stakes",
        "moved-production-to-a-maker",
        "one-of-the-makers-models",
        "a-product-served-from-in-a-participle",
        "an-organisation-renamed-by-a-possessive-before-which",
        "run-by-in-partnership-with",
        "operates-as-part-of",
        "owned-since-the-group-bought-it",
        "a-priced-contract-with-its-term",
        "built-a-named-tool-on",
        "which-it-named-as-its-supplier",
        "a-round-that-also-included",
        "counted-among-after-a-long-apposition",
        "has-worked-with-since",
        "built-for-a-client-by",
        "shipped-its-own-product",
        "a-checker-that-it-calls",
        "built-by-its-maker-on",
        "main-competitor-among-a-scope",
        "has-since-added-a-thing-built-on",
        "bought-and-the-unit-now",
        "counts-among-its-own",
        "a-name-before-owned-systems",
        "fills-its-racks-with-goods",
        "rebuilt-a-product-on",
        "hosts-its-own-things-on",
        "moved-a-product-to-a-described-host",
        "taking-part-after-a-long-apposition",
        "a-round-closed-then-led-by",
        "has-the-part-made-by",
        "its-own-tool-called",
        "alongside-more-goods",
        "a-start-up-whose-chip-is-fabricated-by",
        "an-order-for-goods-from-their-maker",
        "inspects-with-a-product",
        "a-possessive-thing-called",
        "counts-the-group-among",
        "a-list-past-one-of-the",
        "uses-one-to-and-another-to",
        "a-cloud-which-it-pays-for",
        "led-its-round-in-a-later-clause",
        "a-seed-extension-led-by",
        "a-service-offered-by",
        "bought-control-of-it",
        "sends-a-portion-of-its-work-through",
    ],
)
def test_the_rules_alone_read(names: NameIndex, text: str, claim: str) -> None:
    """Phrasings the rules read themselves, not left to the relation model."""
    assert claim in triples_of(text, names, learned=False)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Acme — owned since 2019 by the private-equity firm Orbit — has bought a stake in Zenith.",
            "orbit parentOf acme",
        ),
        (
            "Acme — owned since 2019 by the private-equity firm Orbit — has bought a stake in Zenith.",
            "acme investsIn zenith",
        ),
        (
            "Acme - which Orbit bought in 2020 - has signed a partnership with Zenith.",
            "acme partnerOf zenith",
        ),
        ("Acme leases Zenith two data halls in Ireland.", "zenith customerOf acme"),
        ("Acme rents Zenith its own TPUs.", "zenith customerOf acme"),
        (
            "Orbit, the operator — itself a subsidiary of Acme — that leases Zenith two data halls, said.",
            "zenith customerOf orbit",
        ),
    ],
    ids=[
        "dashes-around-a-participle",
        "the-clause-past-the-dashes",
        "spaced-hyphens",
        "leases-whom-what",
        "rents-whom-its-own",
        "itself-a-subsidiary-then-that",
    ],
)
def test_asides_in_dashes_and_leases_to_a_tenant(names: NameIndex, text: str, claim: str) -> None:
    """A pair of dashes sets an aside off as commas do; "leases Zenith two data halls" lets them
    to Zenith."""
    assert claim in triples_of(text, names, learned=False)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Acme leases Zenith two data halls in Ireland.", "acme customerOf zenith"),
        (
            "Orbit, the operator — itself a subsidiary of Acme — that leases Zenith two data halls, said.",
            "zenith customerOf acme",
        ),
        (
            "Orbit, which counts the fund, the venture arm of Acme, among its backers, sells robots.",
            "acme parentOf orbit",
        ),
        (
            "Orbit, which counts the fund — the venture arm of Acme — among its backers, sells robots.",
            "acme parentOf orbit",
        ),
    ],
    ids=[
        "the-tenant-is-no-lessor",
        "the-owner-in-the-aside-leases-nothing",
        "the-apposition-renames-the-fund",
        "in-dashes-too",
    ],
)
def test_what_an_aside_does_not_say(names: NameIndex, text: str, wrong: str) -> None:
    """The owner inside an aside does not lease, and an apposition after a relative clause renames
    its object, not the clause's subject."""
    assert wrong not in triples_of(text, names)


@pytest.mark.parametrize(
    "text",
    ["Acme, a small rival, said it was growing.", "Zenith and Orbit, both rivals of Acme, sued."],
    ids=["the-subject-itself", "rivals-of-a-third"],
)
def test_no_rivalry_between_the_names_a_rival_noun_does_not_join(names: NameIndex, text: str) -> None:
    """A rival set beside the clause's own subject, or beside two rivals of a third, pairs no one
    with the subject or with each other."""
    rivals = {
        frozenset((c.subject, c.object)) for c in claims_of(text, names) if c.predicate == "competesWith"
    }
    assert frozenset(("zenith", "orbit")) not in rivals
    assert all(len(pair) == 2 for pair in rivals)


def test_the_startup_after_its_backer_is_the_company_backed(names: NameIndex) -> None:
    """ "Orbit had also backed the company's seed round. The startup rents GPUs from Zenith": the
    startup is Acme, whose round the text told of, not Orbit, the fund the last sentence named."""
    text = (
        "Acme closed a round in February led by Orbit. Orbit had also backed the company's seed round. "
        "The startup serves its model from Nimbus and trains it on GPUs rented from Zenith."
    )
    found = triples_of(text, names, learned=False)
    assert {"acme customerOf zenith", "acme hostedOn nimbus"} <= found
    assert not {f for f in found if f.startswith("orbit") and "investsIn" not in f}


def test_goods_after_a_verb_are_not_the_topics(names: NameIndex) -> None:
    """ "The contract replaces a rules-based system supplied by Orbit": the system replaced was
    another's, not goods the topic buys (the noun phrase opens at "a", past the verb)."""
    text = "Acme makes fraud software. The contract replaces a rules-based system supplied by Orbit."
    assert "acme customerOf orbit" not in triples_of(text, names)


def test_a_line_of_products_is_not_the_model(names: NameIndex) -> None:
    """ "Acme makes hail software. The model is hosted on Nimbus": "hail software" names a line
    of products, not the one model "the model" means; the model is Acme's."""
    text = "Acme makes hail software. The model is hosted on Nimbus."
    assert "acme hostedOn nimbus" in triples_of(text, names)


def test_a_phrase_of_setting_joins_no_other_preposition(names: NameIndex) -> None:
    """ "invested in Zenith in March and Orbit said ...": a phrase of setting joins only a member
    that repeats the list's preposition."""
    found = triples_of("Acme invested in Zenith in March and Orbit said so.", names)
    assert "acme investsIn zenith" in found
    assert "acme investsIn orbit" not in found


def test_a_model_trained_on_a_cloud_is_not_hosted_there(names: NameIndex) -> None:
    """ "trains Quill on Orbit's clusters and serves it from Nimbus": where a model is trained is
    not where it is served."""
    text = "Acme trains Quill on Orbit's clusters."
    assert "quill hostedOn orbit" not in triples_of(text, names)


def test_the_deal_a_party_signed_is_left_to_the_deal_rules(names: NameIndex) -> None:
    """ "the deal Acme signed with Zenith" may be a purchase: no partnership is read from the
    relative clause alone."""
    found = triples_of("The deal Acme signed with Zenith was large.", names, learned=False)
    assert "acme partnerOf zenith" not in found


def test_the_two_are_the_subject_and_the_last_party_named(names: NameIndex) -> None:
    """ "Orvex, whose acquisition Marvell completed, ran inside an Arista chassis under a
    partnership the two companies announced": Orvex and Arista, not Marvell; and "the two
    products" are no pair of companies."""
    text = "Zenith, which Orbit bought, ran in an Acme rack under a partnership the two companies announced."
    found = triples_of(text, names, learned=False)
    assert "acme partnerOf zenith" in found
    assert "acme partnerOf orbit" not in found
    products = "Acme bought Zenith, and the two products overlap in a partnership the two products signed."
    assert "acme partnerOf zenith" not in triples_of(products, names)


def test_filling_a_role_with_a_company_buys_nothing(names: NameIndex) -> None:
    """Only a maker's goods fill a site: "filled the role with Zenith" buys nothing from it, and
    "data centres filled with Zenith's chips" are someone's the sentence leaves unnamed."""
    found = triples_of("Acme filled the role with Zenith.", names)
    assert "acme customerOf zenith" not in found
    text = "Orbit pays Acme for access to data centres filled with Zenith chips."
    assert "orbit customerOf zenith" not in triples_of(text, names)


@pytest.mark.parametrize(
    "text",
    ["Acme has no plans to move Helper off Nimbus.", "Acme plans to move Helper off Nimbus next year."],
    ids=["no-plans-to-move-off", "plans-to-move-off"],
)
def test_a_move_only_meant_leaves_nothing_yet(names: NameIndex, text: str) -> None:
    """A move away that is only planned, or denied, has not left the host: no ended hosting."""
    hosted = [c for c in claims_of(text, names) if c.predicate == "hostedOn" and c.object == "nimbus"]
    assert hosted and all(c.status.value != "negated" for c in hosted)


@pytest.mark.parametrize(
    ("text", "status"),
    [("Acme moved production away from Orbit after problems with its previous chip, the Spark.", "asserted")],
    ids=["its-previous-chip-is-still-its-own"],
)
def test_an_older_product_is_still_its_makers(names: NameIndex, text: str, status: str) -> None:
    """ "its previous chip, the K8": an older product, still made by the company."""
    made = [c for c in claims_of(text, names) if c.predicate == "develops" and c.object == "spark"]
    assert made and all(c.status.value == status for c in made)


def test_a_model_doing_a_products_work_does_not_make_it(names: NameIndex) -> None:
    """ "Helper's text is produced by Zenith's Quill": the model writes Helper's text; it does
    not develop Helper."""
    found = triples_of("Helper's text is produced by Zenith's Quill.", names)
    assert "quill develops helper" not in found


def test_a_model_fine_tuned_from_does_not_make_the_product(names: NameIndex) -> None:
    """ "Helper was built by fine-tuning Quill": the model is what Helper was made from, not its
    maker."""
    found = triples_of("Helper was built by fine-tuning Acme's Quill on reactions.", names, learned=False)
    assert "quill develops helper" not in found
    assert "helper usesTechnologyOf quill" in found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Acme, which also runs the festival through its subsidiary Zenith, grew.", "acme customerOf zenith"),
        (
            "Before any text reaches Quill, scanned pages pass through Helper, Zenith's parsing service.",
            "quill usesTechnologyOf helper",
        ),
        ("Acme's training runs do use GPUs rented through Helper.", "acme usesTechnologyOf helper"),
    ],
    ids=["through-its-own-unit", "the-pages-pass-through", "runs-as-a-noun"],
)
def test_work_run_through_needs_the_work_after_its_verb(names: NameIndex, text: str, wrong: str) -> None:
    """Only work run "through" a party right after its verb makes a customer or user of it."""
    assert wrong not in triples_of(text, names, learned=False)


def test_only_a_product_contains_technology(names: NameIndex) -> None:
    """ "Acme's portfolio contains Zenith": a holding, not a part built into a product."""
    found = triples_of("Acme's portfolio contains Zenith and Helper.", names, learned=False)
    assert not {f for f in found if "usesTechnologyOf" in f}


def test_a_relative_after_the_makers_product_line_is_about_the_maker(names: NameIndex) -> None:
    """ "Zenith, the maker of sorting robots that Acme acquired": Acme bought Zenith, not the
    robots (the product line is a name only the learned typer finds)."""
    found = triples_of("Zenith, the Finnish maker of sorting robots that Acme acquired in 2022, grew.", names)
    assert "acme acquires zenith" in found


def test_preinstalling_an_app_is_no_use_of_it(names: NameIndex) -> None:
    """ "Zenith will pre-install Helper on its TVs": Zenith ships the app; it does not use it."""
    found = triples_of(
        "Under an agreement, Zenith will pre-install Helper on its smart TVs.", names, learned=False
    )
    assert "zenith usesTechnologyOf helper" not in found


def test_an_apps_api_makes_no_company_of_the_app(names: NameIndex) -> None:
    """ "whose Nestbox app ... connected to Nestbox's API": an app has an API of its own, so
    Nestbox stays the company's product."""
    found = triples_of(
        "Zenith, the Denver company whose Nestbox app is used by centres, grew. "
        "In February it cut off Playwise, a tutoring company that had connected to Nestbox's API.",
        names,
    )
    assert "zenith develops nestbox" in found


def test_replacing_with_help_from_buys_nothing(names: NameIndex) -> None:
    """Only goods put in place of the old ones are bought: "with help from Zenith" is no sale."""
    assert "orbit customerOf zenith" not in triples_of(
        "Orbit replaced its sorters with help from Zenith.", names
    )


def test_units_shipped_are_goods_not_subsidiaries(names: NameIndex) -> None:
    found = triples_of("Zenith, a manufacturer in Cork, ships 40,000 units a year to Acme.", names)
    assert "acme customerOf zenith" in found
    assert "acme parentOf zenith" not in found


def test_what_a_company_previously_worked_with_is_no_partner_by_rule(names: NameIndex) -> None:
    found = triples_of("Orbit previously worked with Nova on a prototype.", names, learned=False)
    assert "nova partnerOf orbit" not in found and "orbit partnerOf nova" not in found


@pytest.mark.parametrize(
    "text",
    [
        "In March, Orbit paid an undisclosed sum to Zenith after admitting it had broken its licence.",
        "Orbit agreed to pay Zenith an undisclosed sum and admitted that it had broken Zenith's API terms.",
    ],
)
def test_a_settlement_paid_buys_nothing(names: NameIndex, text: str) -> None:
    """ "paid an undisclosed sum to Zenith after admitting it had broken the terms": a settlement,
    not a purchase."""
    assert "orbit customerOf zenith" not in triples_of(text, names, learned=False)


@pytest.mark.parametrize(
    "text",
    [
        "Orbit kept footage for 30 days, against a 72-hour limit in its contract with Zenith.",
        "Orbit's contract with Zenith states that herd data belongs to the farm.",
    ],
    ids=["in-its-contract", "the-contract-states"],
)
def test_a_contract_held_told_in_passing_is_no_partnership(names: NameIndex, text: str) -> None:
    """A plain contract a possessive holds, told in passing, names no partnership; a joint
    development agreement does."""
    assert "orbit partnerOf zenith" not in triples_of(text, names, learned=False)
    joint = "Acme's joint development agreement with Nova covers chips."
    assert "acme partnerOf nova" in triples_of(joint, names, learned=False)


def test_a_rivals_own_product_is_no_second_rival(names: NameIndex) -> None:
    """Where the text makes Zenith the rival, Zenith's own Helper is no rival beside it."""
    found = triples_of(
        "Zenith makes Helper. Orbit competes with Zenith. Orbit also competes with Helper.", names
    )
    assert "orbit competesWith zenith" in found
    assert not {"helper competesWith orbit", "orbit competesWith helper"} & found


def test_its_in_a_second_clause_needs_one_owner(names: NameIndex) -> None:
    """ "Acme buys from Zenith, and its app runs on Nimbus": two companies before "its", so
    whose app it is stays open."""
    found = triples_of("Acme buys from Zenith, and its app runs on Nimbus.", names, learned=False)
    assert not {f for f in found if f.endswith("hostedOn nimbus")}


def test_an_in_house_tool_of_a_named_owner_is_not_the_subjects(names: NameIndex) -> None:
    """ "Helper, an in-house tool at Acme, runs on Nimbus": the host named after it did not make it."""
    found = triples_of("Helper, an in-house tool at Acme, runs on Nimbus.", names, learned=False)
    assert "nimbus develops helper" not in found


def test_a_member_after_another_preposition_joins_no_agents_list(names: NameIndex) -> None:
    """ "owned by Orbit, and with Nova": Nova is the rival "with" repeats, not a second owner."""
    found = triples_of("Acme competes with Zenith, which is partly owned by Orbit, and with Nova.", names)
    assert {"orbit investsIn zenith", "acme competesWith nova"} <= found
    assert "nova investsIn zenith" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Zenith and Orbit, the concert division of Acme, are Nova's main rivals.",
        "Zenith and Orbit, the concert division of Acme (AC), are Nova's main rivals.",
        "Zenith and Orbit, whose backers include Acme, have become Nova's main rivals.",
    ],
    ids=["apposition", "apposition-with-an-abbreviation", "relative-aside"],
)
def test_the_rivals_are_the_subject_not_the_owner_in_its_apposition(names: NameIndex, text: str) -> None:
    claims = claims_of(text, names)
    rivals = {frozenset((c.subject, c.object)) for c in claims if c.predicate == "competesWith"}
    assert rivals == {frozenset(("zenith", "nova")), frozenset(("orbit", "nova"))}


def test_what_two_suffer_jointly_is_no_partnership(names: NameIndex) -> None:
    text = "Acme and Orbit were jointly fined by the regulator."
    claims = claims_of(text, names)
    assert not [c for c in claims if c.predicate == "partnerOf"]


def test_a_named_work_written_by_a_company_is_its_own(names: NameIndex) -> None:
    text = "Acme makes apps. Helper was written by Zenith."
    claims = claims_of(text, names)
    assert not [c for c in claims if c.subject == "acme" and c.object in {"zenith", "helper"}]


def test_the_whole_pipeline_is_not_the_model_it_uses(names: NameIndex) -> None:
    """The rules read "the whole pipeline" as the product the sentence opens with, never a
    model it names later (the relation model judges such sentences on its own)."""
    text = (
        "The step is handled by Zenith's Quill, which Acme pays for, and the whole pipeline runs on Nimbus."
    )
    claims = claims_of(text, names, learned=False)
    assert ("quill", "hostedOn", "nimbus") not in {(c.subject, c.predicate, c.object) for c in claims}


def test_funding_provided_by_a_backer_is_no_purchase(names: NameIndex) -> None:
    text = "Acme builds data centres. Funding will be provided by Zenith."
    claims = claims_of(text, names)
    assert not [c for c in claims if c.predicate == "customerOf"]


@pytest.mark.parametrize(
    "text",
    [
        "Zenith runs its Dutch site through Zenith Europe B.V., a wholly owned subsidiary.",
        "Zenith said Zenith Europe B.V., a Dutch unit the company set up in 2023, runs the site.",
        "Zenith said funds went through Zenith Europe B.V., an offshore subsidiary of the company.",
    ],
    ids=["a-wholly-owned-subsidiary", "a-unit-the-company-set-up", "a-subsidiary-of-the-company"],
)
def test_a_subsidiary_named_before_its_unnamed_owner_is_the_namesakes(names: NameIndex, text: str) -> None:
    claims = claims_of(text, names)
    assert ("zenith", "parentOf", "zenith-europe-b-v") in {(c.subject, c.predicate, c.object) for c in claims}


def test_a_contact_relatives_object_is_no_description_of_its_subject(names: NameIndex) -> None:
    """ "Accenture, which helped design the rules Wren uses": the rules, not Accenture, are used."""
    text = "Zenith, which helped design the rules Helper uses to hand off requests, is Acme's partner."
    claims = claims_of(text, names, learned=False)
    assert ("helper", "usesTechnologyOf", "zenith") not in {
        (c.subject, c.predicate, c.object) for c in claims
    }


def test_products_that_use_licensed_technology_are_not_the_licensors(names: NameIndex) -> None:
    """ "Bing Chat, GitHub Copilot and the Azure OpenAI Service all use technology licensed from
    OpenAI": they use it; OpenAI makes none of them."""
    text = "Acme makes apps. Helper and Quill all use technology licensed from Zenith, and Acme said so."
    claims = claims_of(text, names, learned=False)
    assert not [c for c in claims if c.subject == "zenith" and c.predicate == "develops"]


def test_renting_a_company_its_chips_lets_them_to_it(names: NameIndex) -> None:
    """ "Google rents Anthropic its own TPUs through Google Cloud": Anthropic rents, Google lets."""
    text = "Zenith, also a shareholder, rents Acme its own chips through Nimbus."
    claims = claims_of(text, names, learned=False)
    assert not [c for c in claims if c.subject == "zenith" and c.predicate == "customerOf"]


def test_a_bare_stake_beside_another_company_is_no_ones(names: NameIndex) -> None:
    text = "Zenith makes drones. Acme, like Orbit, still holds a minority stake."
    claims = claims_of(text, names, learned=False)
    assert not [c for c in claims if c.predicate == "investsIn"]


def test_a_role_noun_qualifying_another_is_no_role(names: NameIndex) -> None:
    text = "Zenith has also built Zenith Notebook, a lab assistant that turns notes into records."
    claims = claims_of(text, names)
    assert not [c for c in claims if c.predicate == "parentOf"]


def test_a_described_groups_arm_is_the_groups(names: NameIndex) -> None:
    """ "It counts Samsung as a backer: Samsung Catalyst Fund, the Korean group's venture arm,
    took part": an adjective between "the" and "group's"."""
    text = "It counts Zenith as a backer: Zenith Ventures, the Korean group's venture arm, took part."
    claims = claims_of(text, names)
    assert ("zenith", "parentOf", "zenith-ventures") in {(c.subject, c.predicate, c.object) for c in claims}


def test_a_second_verbs_from_names_no_seller(names: NameIndex) -> None:
    text = "Zenith trains its model on chips it bought and serves the model from Nimbus' Frankfurt region."
    index = NameIndex([*names, Entity(id="nimbus", label="Nimbus", type="CloudPlatform")])
    extraction = extract(Document(id=content_id(text), path="t.txt", text=text), index)
    assert not [c for c in extraction.claims if c.predicate == "customerOf"]
    assert not [e for e in extraction.entities if e.label == "Frankfurt"]


def test_the_topics_data_is_no_system_of_its_own(names: NameIndex) -> None:
    text = "Acme makes apps. The data runs on Nimbus."
    claims = claims_of(text, names)
    assert not [c for c in claims if c.predicate == "hostedOn"]


def test_a_machines_arm_in_an_apposition_is_no_unit(names: NameIndex) -> None:
    text = "Acme demonstrates Orbit, its warehouse picking arm."
    claims = claims_of(text, names)
    assert not [c for c in claims if c.predicate == "parentOf"]


def test_taking_part_in_something_else_joins_no_round(names: NameIndex) -> None:
    text = "Nova raised a round led by Acme. Orbit also took part in the hackathon."
    claims = claims_of(text, names)
    assert ("orbit", "investsIn") not in {(c.subject, c.predicate) for c in claims}
    assert ("acme", "investsIn", "nova") in {(c.subject, c.predicate, c.object) for c in claims}


def test_a_known_name_ends_at_its_legal_form(names: NameIndex) -> None:
    """ "... manufactured by Acme Corp. Sable said in June": "Sable" opens the next sentence the
    splitter kept joined; it makes no "Acme Corp. Sable"."""
    text = "Spark is manufactured by Acme Corp. Sable said in June it had booked more capacity."
    extraction = extract(Document(id=content_id(text), path="t.txt", text=text), names)
    assert not [e.label for e in extraction.entities if "Sable" in e.label and "Acme" in e.label]


def test_a_transcripts_marks_and_a_dockets_initials_name_nobody(names: NameIndex) -> None:
    """ "Q. Corbel's models ..." opens a question, and "Case No. 3:25-cv-04417-EMR" ends a docket
    number: neither "Q." nor "EMR" is a name, and "Corbel" stays the company (no "Q. Corbel",
    whose surname would make every Corbel a person)."""
    text = (
        "BRAXTON LABS, Plaintiff, v. Case No. 3:25-cv-04417-EMR CORBEL AI LTD., Defendant.\n"
        "Q. Dr. Kern, you have been Corbel's chief technology officer since 2022?\n"
        "A. Yes.\n"
        "Q. Corbel's models run on Nimbus?\n"
        "A. Corbel licensed Quill from Zenith.\n"
    )
    extraction = extract(Document(id=content_id(text), path="t.txt", text=text), names)
    labels = {e.label for e in extraction.entities}
    assert not {label for label in labels if label.startswith(("Q.", "EMR", "Plaintiff", "Defendant"))}
    assert any("corbel" in c.subject for c in extraction.claims)


def test_the_company_a_parenthesis_defines_is_the_documents_organisation(names: NameIndex) -> None:
    """'Pinecrest Power & Light Company ("Pinecrest" or "the Company")': "the Company" is
    Pinecrest throughout, however often another company is named."""
    text = (
        'Pinecrest Power & Light Company ("Pinecrest" or "the Company") serves 610,000 customers. '
        "Amberline Data Centers is building a campus. Amberline Data Centers hired Zenith. "
        "Amberline Data Centers leases land. The Company buys turbines from Orbit."
    )
    claims = claims_of(text, names)
    assert any(
        c.predicate == "customerOf" and c.object == "orbit" and "pinecrest" in c.subject for c in claims
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme's biggest customers in Europe are Zenith", "zenith customerOf acme asserted"),
        ("Acme's biggest customers in Zenith", None),
        ("Acme trains Quill on Zenith's", "acme develops quill asserted"),
        ("Orbit, a company that was bought by Acme, a", "acme acquires orbit asserted"),
        ("Zenith is based in Reston,", None),
    ],
    ids=[
        "list-ending-the-text",
        "scope-ending-the-text",
        "possessive-ending-the-text",
        "article-ending",
        "comma-ending",
    ],
)
def test_a_text_cut_off_after_a_name_is_still_read(names: NameIndex, text: str, expected: str | None) -> None:
    """Scraped text often stops mid-sentence; the readings that look past a name must stop at
    the text's end, not fail (a role's scope once read past it and crashed the extractor)."""
    found = read(text, names)
    assert expected is None or expected in found, sorted(found)
