"""More relation rules, phrasing by phrasing: paying someone for someone else's product, a revenue
share named through an anaphor, licensees, maker epithets, nameless speakers, relative clauses,
compound role nouns. Sentences are written for these tests; the names are fictional.
"""

from __future__ import annotations

import pytest

from aikg.extract.pipeline import extract
from aikg.ontology.models import Claim, Document, Entity, content_id
from aikg.ontology.registry import NameIndex

ENTITIES = [
    Entity(id="acme", label="Acme", type="Company", epithets=("the Quill maker", "the Quill developer")),
    Entity(id="zenith", label="Zenith", type="Company", epithets=("the Orbit maker",)),
    Entity(id="orbit", label="Orbit", type="Company"),
    Entity(id="nova", label="Nova", type="ResearchLab"),
    Entity(id="nimbus", label="Nimbus", type="CloudPlatform"),
    Entity(id="stratus", label="Stratus", type="CloudPlatform"),
    Entity(id="quill", label="Quill", type="AIModel"),
    Entity(id="orca", label="Orca", type="Chip"),
    Entity(id="helper", label="Helper", type="Product"),
    Entity(id="keel", label="Keel", type="Chip"),
    Entity(id="the-ledger", label="The Ledger", type="NewsOutlet"),
]


@pytest.fixture(scope="module")
def names() -> NameIndex:
    return NameIndex(ENTITIES)


def claims(text: str, names: NameIndex) -> list[Claim]:
    return list(extract(Document(id=content_id(text), path="t.txt", text=text), names).claims)


def read(text: str, names: NameIndex) -> set[str]:
    return {f"{c.subject} {c.predicate} {c.object} {c.status.value}" for c in claims(text, names)}


# The pairs a list of Acme, Zenith and Orbit would relate among themselves.
LISTED_PAIRS = (("acme", "zenith"), ("acme", "orbit"), ("orbit", "zenith"))

# (id, text, claims that must be read, claims that must not)
CASES = [
    # ---- paying for one party's product, the money going to another
    (
        "pay-money-goes-to",
        "Zenith spends about $5 million a month to use Quill, and the money goes to Acme rather than Nova.",
        ["zenith customerOf acme asserted"],
        ["zenith customerOf nova asserted"],
    ),
    (
        "pay-cheque-goes-to",
        "Orbit pays roughly $2 million every quarter for Nova's models, and the cheque goes to Acme.",
        ["orbit customerOf acme asserted"],
        ["orbit customerOf nova asserted"],
    ),
    (
        "pay-payee-for-models",
        "Zenith pays Acme for Nova's models.",
        ["zenith customerOf acme asserted"],
        ["zenith customerOf nova asserted"],
    ),
    (
        "pay-no-money-noun",
        "Zenith spent $1 million on hiring, and the credit went to Acme.",
        [],
        ["zenith customerOf acme asserted"],
    ),
    # ---- "its" after a speech verb is the speaker's
    (
        "its-after-announced",
        "Acme announced a multiyear extension of its partnership with Zenith.",
        ["acme partnerOf zenith asserted"],
        [],
    ),
    ("its-after-said", "Acme said its alliance with Nova would grow.", ["acme partnerOf nova asserted"], []),
    (
        "round-with-a-scaled-sum",
        "Orbit has raised an $18M Series A, led by Acme.",
        ["acme investsIn orbit asserted"],
        ["m-series investsIn orbit asserted", "a investsIn orbit asserted", "acme investsIn a asserted"],
    ),
    # ---- a revenue share of "its" sales after a verb of saying is the speaker's
    (
        "share-of-the-speakers-sales",
        "Zenith said Orbit accounted for 70% of its sales last year.",
        ["orbit customerOf zenith asserted"],
        [],
    ),
    (
        "share-of-the-speakers-revenue-after-an-aside",
        "Zenith, a maker of testing gear, said Orbit made up 40% of its revenue.",
        ["orbit customerOf zenith asserted"],
        [],
    ),
    (
        "share-of-its-own-spending",
        "Zenith said Orbit accounted for 70% of its own spending.",
        [],
        ["orbit customerOf zenith asserted"],
    ),
    # ---- "its" before a named product: a kind of model between, the subject of a time clause
    (
        "its-named-model-of-a-kind",
        "Acme lowered the price of its Quill reasoning model.",
        ["acme develops quill asserted"],
        [],
    ),
    (
        "its-in-a-clause-after",
        "Orbit cut prices two weeks after Acme lowered the price of its Quill model.",
        ["acme develops quill asserted"],
        ["orbit develops quill asserted"],
    ),
    (
        "its-after-to-someone-for",
        "Zenith began shipping memory to Acme for its Quill accelerators.",
        ["acme customerOf zenith asserted", "acme develops quill asserted"],
        ["zenith develops quill asserted"],
    ),
    # ---- switching models: the second possessive's elided noun is the first's
    (
        "switch-models-elided",
        "Zenith has dropped Acme's models in favour of Orbit's.",
        ["zenith usesTechnologyOf acme negated", "zenith usesTechnologyOf orbit asserted"],
        ["zenith customerOf orbit asserted"],
    ),
    (
        "switch-named-model-elided",
        "Zenith replaced Acme's Quill models with Orbit's.",
        ["zenith usesTechnologyOf orbit asserted"],
        ["zenith customerOf orbit asserted"],
    ),
    (
        "switch-chips-stay-bought",
        "Zenith dropped Acme's chips in favour of Orbit's.",
        ["zenith customerOf orbit asserted"],
        ["zenith usesTechnologyOf orbit asserted"],
    ),
    # ---- "its" in a second clause after "It is ..., and"; a second copula; "alongside" a holder
    (
        "its-after-comma-and",
        "Acme sells data. It is listed in London, and its largest shareholder is the buyout firm Orbit.",
        ["orbit investsIn acme asserted"],
        [],
    ),
    (
        "second-copula-one-of-customers-alongside",
        "Zenith is an investor in Orbit and is also one of Acme's customers, alongside Nova.",
        [
            "zenith investsIn orbit asserted",
            "zenith customerOf acme asserted",
            "nova customerOf acme asserted",
        ],
        ["nova customerOf orbit asserted"],
    ),
    # ---- "run on our systems": the speaker hosts; after several subjects "its" is the topic's
    (
        "run-on-our-systems",
        '"Zenith and Orbit both run inference on our systems today," Acme said.',
        ["zenith hostedOn acme asserted", "orbit hostedOn acme asserted"],
        [],
    ),
    (
        "run-on-our-chips",
        '"Zenith runs its models on our chips," Acme said.',
        [],
        ["zenith hostedOn acme asserted"],
    ),
    (
        "run-on-its-own-servers",
        "Acme makes chips. Zenith runs inference on its own servers.",
        [],
        ["zenith hostedOn acme asserted"],
    ),
    # ---- the topic's unnamed product opens the clause: "Its claims assistant is built on"
    (
        "its-assistant-built-on",
        "Acme makes apps. Its claims assistant is built on Quill.",
        ["acme usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "its-revenue-based-on",
        "Acme makes apps. Its revenue is based on Quill sales.",
        [],
        ["acme usesTechnologyOf quill asserted"],
    ),
    # ---- trained on a company, as run on one: its host; not on a company's data or chips
    ("trains-on-a-company", "Zenith trains its models on Orbit.", ["zenith hostedOn orbit asserted"], []),
    (
        "trains-on-a-companys-posts",
        "Zenith trained its model on Orbit posts.",
        [],
        ["zenith hostedOn orbit asserted"],
    ),
    # ---- a relative clause about goods: "processors, which Orbit manufactures for Acme"
    (
        "manufactures-for-in-a-relative",
        "Nova trained Quill on Acme's Orca processors, which Orbit manufactures for Acme.",
        ["acme customerOf orbit asserted"],
        [],
    ),
    (
        "makes-a-plan-for",
        "Nova praised the plan, which Orbit makes for Acme.",
        [],
        ["acme customerOf orbit asserted"],
    ),
    # ---- a passive infinitive in an apposition is said of the noun phrase it follows
    (
        "apposed-then-in-talks-to-be-bought",
        "Acme makes chips. Last year it restricted access for Orbit, then in talks to be bought by Zenith.",
        ["zenith acquires orbit speculative"],
        ["zenith acquires acme speculative"],
    ),
    (
        "agreed-to-be-bought",
        "Acme, a robotics firm, agreed to be bought by Zenith.",
        ["zenith acquires acme asserted"],
        [],
    ),
    # ---- "its venture arm" acts for its owner
    (
        "its-venture-arm-took-part",
        "Acme is also an investor: its venture arm took part in Zenith's Series C last year.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "its-venture-arm-after-topic",
        "Acme makes chips. Its venture arm invested in Zenith.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    # ---- "the Orca chips that Zenith uses": a product named in the noun phrase before "that"
    (
        "relative-that-after-a-named-product",
        "Acme designs the Orca chips that Zenith uses in its data centres.",
        ["zenith usesTechnologyOf orca asserted"],
        ["acme usesTechnologyOf orca asserted"],
    ),
    # ---- awarding a contract buys from the side awarded it
    (
        "awarded-a-contract-to",
        "Acme awarded a four-year hosting contract to Zenith.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "was-awarded-a-contract-by",
        "Zenith was awarded a contract by Acme.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    ("awarded-a-prize", "Acme awarded a prize to Zenith.", [], ["acme customerOf zenith asserted"]),
    # ---- an owner's unnamed model "was trained on": the owner trains it
    (
        "its-model-was-trained-on",
        "Acme said its model was trained on Zenith's Orca chips.",
        ["acme usesTechnologyOf orca asserted"],
        [],
    ),
    (
        "model-trained-on-chips-uses-them",
        "Zenith's model, Quill, was trained on Orca chips, the lab said.",
        ["quill usesTechnologyOf orca asserted"],
        ["quill hostedOn orca asserted"],
    ),
    (
        "a-possessors-own-cloud",
        "Orca is available only on Orbit's own cloud, Nimbus.",
        ["orca hostedOn nimbus asserted"],
        ["orca parentOf nimbus asserted", "orca parentOf orbit asserted"],
    ),
    (
        "a-name-described-later-as-a-company",
        "Orbit buys Ardlow. Orbit has acquired Ardlow, a Dublin operator of data halls.",
        ["orbit acquires ardlow asserted"],
        ["orbit customerOf ardlow asserted"],
    ),
    (
        "an-owners-named-platform",
        "Zenith's index will ship inside Acme's Kelvo AI platform from January.",
        ["acme develops kelvo-ai asserted"],
        ["acme parentOf kelvo-ai asserted"],
    ),
    (
        "part-of-a-product-stack",
        "Acme bought Zenith in April, and Zenith is now part of the Orbit stack.",
        ["acme acquires zenith asserted"],
        ["orbit parentOf zenith asserted"],
    ),
    (
        "an-order-for-some-of-a-makers-chips",
        "Orbit has placed an order for 6,000 of Zenith's Orca chips.",
        ["orbit customerOf zenith asserted", "zenith develops orca asserted"],
        [],
    ),
    (
        "series-led-with-another-participating",
        "Orbit's Series A was led by Acme, with Zenith participating.",
        ["acme investsIn orbit asserted", "zenith investsIn orbit asserted"],
        [],
    ),
    (
        "a-cloud-offers-a-makers-models",
        "Nimbus now offers Zenith's models, and Nimbus offers Acme's Quill.",
        ["zenith hostedOn nimbus asserted", "quill hostedOn nimbus asserted"],
        ["nimbus customerOf zenith asserted"],
    ),
    (
        "came-into-a-round",
        "Zenith came into Orbit's Series B last year, and Acme came into the market in 2020.",
        ["zenith investsIn orbit asserted"],
        ["acme investsIn orbit asserted"],
    ),
    # ---- status from outside the relation's clause
    (
        "since-replaced-in-the-next-sentence",
        "Zenith was built on Quill, according to two former engineers. The company has since replaced it.",
        ["zenith usesTechnologyOf quill negated"],
        ["zenith usesTechnologyOf quill reported"],
    ),
    (
        "since-expanded-is-no-end",
        "Zenith uses Quill. The company has since expanded it.",
        ["zenith usesTechnologyOf quill asserted"],
        [],
    ),
    (
        "quoted-we-may-add-as-provider",
        '"We may in the future add Acme as a secondary provider," Zenith said.',
        ["zenith customerOf acme speculative"],
        ["zenith customerOf acme asserted"],
    ),
    (
        "a-party-ended-the-arrangement",
        "Zenith had a co-engineering partnership with Acme, but Acme ended the arrangement in May.",
        ["acme partnerOf zenith negated"],
        ["acme partnerOf zenith asserted"],
    ),
    (
        "a-deal-ended-leaves-the-maker-its-product",
        "Zenith had a partnership with Orbit to tune Acme's Orca chips, but Orbit ended the arrangement.",
        ["acme develops orca asserted"],
        ["acme develops orca negated"],
    ),
    (
        "moved-from-in-its-own-relative-clause",
        "Orbit added Zenith, which moved its workloads from Nimbus to Orbit.",
        ["zenith hostedOn nimbus negated"],
        ["zenith hostedOn nimbus asserted"],
    ),
    (
        "no-stake-in-its-own-relative-clause",
        "The building that houses Zenith is owned by Acme, which has no stake in the startup.",
        [],
        ["acme investsIn zenith asserted"],
    ),
    (
        "used-then-stopped-using",
        "Zenith used Quill to cut costs. Zenith stopped using Quill in 2025.",
        ["zenith usesTechnologyOf quill negated"],
        ["zenith usesTechnologyOf quill asserted"],
    ),
    (
        "a-stake-outlives-a-round-not-joined",
        "Acme invested in Zenith in 2020. Acme did not invest in Zenith's latest round.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "switched-from-one-model-to-another",
        "Zenith switched from Quill to Orca.",
        ["zenith usesTechnologyOf quill negated", "zenith usesTechnologyOf orca asserted"],
        ["zenith usesTechnologyOf orca negated"],
    ),
    (
        "switched-over-the-summer",
        "Zenith makes apps. Over the summer it switched from Quill to Orca.",
        ["zenith usesTechnologyOf quill negated", "zenith usesTechnologyOf orca asserted"],
        [],
    ),
    (
        "switched-to-an-owners-model",
        "Zenith switched from Quill to Acme's Orca.",
        ["zenith usesTechnologyOf quill negated", "zenith usesTechnologyOf orca asserted"],
        ["zenith usesTechnologyOf orca negated"],
    ),
    (
        "moved-a-hyphenated-app-from",
        "Zenith has moved its clinical-notes assistant from Nimbus to Acme.",
        ["zenith hostedOn nimbus negated"],
        ["zenith hostedOn nimbus asserted"],
    ),
    (
        "not-confirmed-label",
        "Not confirmed: an outlet claims Acme will supply chips to Zenith.",
        ["zenith customerOf acme speculative"],
        ["zenith customerOf acme reported", "zenith customerOf acme asserted"],
    ),
    (
        "owners-model-was-trained-on",
        "Acme's new model was trained on Nimbus.",
        ["acme hostedOn nimbus asserted"],
        [],
    ),
    (
        "the-models-were-trained-on-its-own",
        "Acme said the models were trained on its own Nimbus servers.",
        [],
        ["acme hostedOn nimbus asserted"],
    ),
    # ---- "Acme's base model is Quill": the owner uses the model
    (
        "base-model-is",
        "Acme's base model is Zenith's Quill.",
        ["acme usesTechnologyOf quill asserted", "zenith develops quill asserted"],
        ["acme develops quill asserted"],
    ),
    (
        "its-underlying-model-is",
        "Acme makes apps. Its underlying model is Quill.",
        ["acme usesTechnologyOf quill asserted"],
        [],
    ),
    # ---- fine-tuning a model is using it
    ("fine-tunes", "Zenith fine-tunes Quill on legal text.", ["zenith usesTechnologyOf quill asserted"], []),
    (
        "fine-tuned-in-a-relative",
        "Orbit prefers Quill, which Zenith fine-tuned on legal text.",
        ["zenith usesTechnologyOf quill asserted"],
        [],
    ),
    # ---- a supplier of "the" parts, or assembler of "the" products, named alone: the lead's
    (
        "supplies-the-parts",
        "Acme builds robots. Orbit supplies the lidar units on the robot's head.",
        ["acme customerOf orbit asserted"],
        [],
    ),
    (
        "assembles-the-products",
        "Acme builds robots. Orbit assembles the robots at a plant in Mexico.",
        ["acme customerOf orbit asserted"],
        [],
    ),
    (
        "supplies-parts-no-the",
        "Acme builds robots. Orbit supplies lidar units.",
        [],
        ["acme customerOf orbit asserted"],
    ),
    (
        "assembles-a-team",
        "Acme builds robots. Orbit assembles the team.",
        [],
        ["acme customerOf orbit asserted"],
    ),
    # ---- a count's hedge ("about 30,000") inside the object; rented chips are not bought
    (
        "ordered-about-n-chips",
        "Zenith has ordered about 30,000 Orca chips.",
        ["zenith customerOf orca asserted"],
        [],
    ),
    (
        "trained-on-rented-chips",
        "Zenith trained the model on about 6,000 Orca chips rented from Acme.",
        ["zenith customerOf acme asserted"],
        ["zenith customerOf orca asserted"],
    ),
    # ---- "supplied by" as "made by": the goods' owner buys them
    (
        "its-servers-supplied-by",
        "Zenith runs the platform. Its servers are supplied by Orbit.",
        ["zenith customerOf orbit asserted"],
        [],
    ),
    (
        "the-sensors-supplied-by",
        "Acme builds robots. The sensors are supplied by Orbit.",
        ["acme customerOf orbit asserted"],
        [],
    ),
    # ---- a machine's parts bought in by the article's company
    (
        "parts-come-from",
        "Acme builds robots. The precision gears come from Orbit.",
        ["acme customerOf orbit asserted"],
        [],
    ),
    (
        "cells-come-from",
        "Acme builds robots. Battery cells come from Orbit.",
        ["acme customerOf orbit asserted"],
        [],
    ),
    (
        "parts-themselves-made-by",
        "Acme builds robots. The actuators themselves are made by Orbit.",
        ["acme customerOf orbit asserted"],
        [],
    ),
    # ---- a transcript's turns speak for the speaker's organisation, named in the introduction
    (
        "transcript-turns",
        "Panel: Jane Roe, chief executive of Zenith; Sam Poe, head of sales at Acme.\n\n"
        "MODERATOR: Who are your rivals?\n\nROE: Every week we compete with Orbit.\n\n"
        "POE: Nova is our biggest customer.\n\nMODERATOR: Thanks.\n\nROE: Thank you.\n\nPOE: Thanks.",
        ["orbit competesWith zenith asserted", "nova customerOf acme asserted"],
        ["orbit competesWith roe asserted"],
    ),
    (
        "transcript-label-is-no-name",
        "ROE: We compete with Orbit.\n\nROE: Thanks.",
        [],
        ["orbit competesWith roe asserted", "roe competesWith orbit asserted"],
    ),
    # ---- "it" after a short phrase of time; "it is a" role; a second role after "and also"
    (
        "it-after-every-week",
        "Acme makes chips. Every week it competes with Zenith.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    (
        "it-after-earlier-this-year",
        "Acme makes chips. Earlier this year it bought Zenith.",
        ["acme acquires zenith asserted"],
        [],
    ),
    (
        "it-is-an-x-customer",
        "Orbit makes apps. On paper it is still an Acme customer.",
        ["orbit customerOf acme asserted"],
        [],
    ),
    (
        "it-is-a-customer-of",
        "Orbit makes apps. So on paper it is a customer of Acme and an investor in Zenith.",
        ["orbit customerOf acme asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "its-part-of",
        "Acme makes apps. Since January it's part of Orbit.",
        ["orbit parentOf acme asserted"],
        [],
    ),
    (
        "were-part-of-in-a-quote",
        '"And since January we\'re part of Orbit," Acme said.',
        ["orbit parentOf acme asserted"],
        [],
    ),
    (
        "second-role-after-and-also",
        "Orbit is Acme's largest customer and also an investor in Zenith.",
        ["orbit customerOf acme asserted", "orbit investsIn zenith asserted"],
        ["acme investsIn zenith asserted"],
    ),
    # ---- names of one list do side by side what the list does: none makes another
    (
        "list-of-bidders",
        "Acme, Nimbus and Orbit bid for the contract.",
        [],
        ["acme develops nimbus asserted", "acme parentOf nimbus asserted"],
    ),
    # ---- a fund's holding is a company it invested in; a holding company is a body over it
    (
        "holding-is-a-stake",
        "Zenith, Acme's largest holding, signed a contract with Orbit.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "holding-company-is-no-stake",
        "Acme's holding company, Zenith, owns Orbit.",
        ["zenith parentOf orbit asserted"],
        ["acme investsIn zenith asserted"],
    ),
    # ---- a round a name's possessive owns is that name's, whoever joined it
    (
        "round-owned-by-possessor",
        "Orbit joined Zenith's latest round, which was led by Acme.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        ["acme investsIn orbit asserted"],
    ),
    # ---- a list that gives examples of a role makes its names that role's holders, not each
    # other's partners or rivals
    (
        "partners-given-as-examples",
        "The project's technology partners, including Acme, Zenith and Orbit, will build the data centres.",
        [],
        [f"{a} partnerOf {b} asserted" for a, b in LISTED_PAIRS],
    ),
    (
        "rivals-given-as-examples",
        "Nova competes with rivals such as Acme, Zenith and Orbit.",
        ["nova competesWith zenith asserted", "acme competesWith nova asserted"],
        [f"{a} competesWith {b} asserted" for a, b in LISTED_PAIRS],
    ),
    # ---- a role given by a copula: after "which is", an adverb, a description, goods inside it
    (
        "role-which-is-already",
        "Zenith, which is already Acme's biggest shareholder, put in more money.",
        ["zenith investsIn acme asserted"],
        [],
    ),
    (
        "role-is-already",
        "Orbit is already Acme's largest shareholder.",
        ["orbit investsIn acme asserted"],
        [],
    ),
    (
        "role-is-a-described-name",
        "Acme's biggest customer is the Dutch bank Zenith.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "role-with-goods-inside",
        "Zenith remains Acme's biggest Orca customer.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "rounds-participated",
        "Orbit participated in a $9 million round for Nova.",
        ["orbit investsIn nova asserted"],
        [],
    ),
    (
        "choose-selected",
        "Nova selected Nimbus for its next training run.",
        ["nova hostedOn nimbus asserted"],
        ["nova customerOf nimbus asserted"],
    ),
    (
        "deploys-a-chip",
        "Acme said on the call that Orbit, Nova and Zenith are all deploying the Orca.",
        ["orbit usesTechnologyOf orca reported", "nova usesTechnologyOf orca reported"],
        ["acme customerOf orca reported", "orbit customerOf orca reported"],
    ),
    (
        "counts-among-no-longer",
        "On the call, Acme's finance chief said the company no longer counts Orbit among its clients.",
        ["orbit customerOf acme negated"],
        ["orbit customerOf acme asserted"],
    ),
    (
        "counts-among-not",
        "Acme does not count Orbit among its clients.",
        ["orbit customerOf acme negated"],
        [],
    ),
    (
        "hosts-product-on-platform",
        "Acme hosts Quill, its smallest model, on Nimbus for anyone to download.",
        ["quill hostedOn nimbus asserted"],
        ["quill hostedOn acme asserted"],
    ),
    (
        "might-host-on-platform",
        "Acme might host Quill on Nimbus if prices fall.",
        ["quill hostedOn nimbus speculative"],
        [],
    ),
    ("hosts-on-a-day", "Nimbus hosts Quill on Monday.", ["quill hostedOn nimbus asserted"], []),
    (
        "competing-as-adjective",
        "Zenith was banned by Acme for building a competing model with Quill outputs.",
        [],
        ["quill competesWith zenith asserted", "zenith competesWith quill asserted"],
    ),
    (
        "competing-verb-with-adverb",
        "Zenith and Acme are competing hard.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    (
        "uses-company-and-cloud",
        "Orbit uses Zenith and Nimbus.",
        ["orbit hostedOn nimbus asserted", "orbit usesTechnologyOf zenith asserted"],
        ["orbit usesTechnologyOf nimbus asserted"],
    ),
    # ---- offered through a cloud
    (
        "offered-through-cloud",
        "Acme's models are also offered to businesses through Nimbus.",
        ["acme hostedOn nimbus asserted"],
        [],
    ),
    ("sold-on-cloud", "Quill is now sold on Nimbus.", ["quill hostedOn nimbus asserted"], []),
    (
        "offered-through-company",
        "Acme's models are offered through Zenith.",
        [],
        ["acme hostedOn zenith asserted"],
    ),
    ("offered-active", "Acme offered its models to Zenith on Nimbus.", [], ["acme hostedOn nimbus asserted"]),
    (
        "offered-anaphoric-subject",
        "Acme was named its preferred partner and the model was offered on Nimbus.",
        [],
        ["acme hostedOn nimbus asserted"],
    ),
    # ---- licensees
    (
        "licensed-by-to-use",
        "Zenith was licensed by Acme to use its models.",
        ["zenith usesTechnologyOf acme asserted"],
        ["acme usesTechnologyOf zenith asserted"],
    ),
    (
        "licensed-by-product",
        "Quill is licensed by Zenith.",
        ["zenith usesTechnologyOf quill asserted"],
        ["quill usesTechnologyOf zenith asserted"],
    ),
    # ---- "the Quill maker"
    ("epithet-maker", "Zenith invested in the Quill maker.", ["acme develops quill asserted"], []),
    ("epithet-developer", "The Quill developer hired Nova's staff.", ["acme develops quill asserted"], []),
    ("epithet-not-a-product", "Orbit praised the Orbit maker.", [], ["zenith develops orbit asserted"]),
    # ---- the topic survives a company reporting its own figures; a news outlet does not become it
    (
        "topic-company-reported",
        "Acme reported record revenue for the quarter. The company competes with Zenith and Orbit in chips.",
        ["acme competesWith zenith asserted", "acme competesWith orbit asserted"],
        [],
    ),
    (
        "topic-outlet-reported",
        "The Ledger reported record sales at Acme. The company competes with Zenith.",
        [],
        ["the-ledger competesWith zenith asserted"],
    ),
    (
        "topic-nameless-speaker",
        "Acme opened a lab in Lisbon. Analysts say the company now competes with Zenith.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    (
        "topic-nameless-speaker-that",
        "Acme opened a lab in Lisbon. Analysts believe that the company competes with Zenith.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    (
        "anaphor-retailer",
        "Acme is the larger backer. The retailer invested $8 billion in Zenith last year.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "anaphor-chipmaker",
        "Acme reported strong sales. The chipmaker competes with Zenith.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    (
        "anaphor-company-not-a-model",
        "The Quill model answers in a second. The company buys power from Zenith.",
        [],
        ["quill customerOf zenith asserted"],
    ),
    (
        "role-noun-as-modifier",
        "Under the deal, Acme brings its customer base, Zenith supplies the chips.",
        [],
        ["zenith customerOf acme asserted"],
    ),
    (
        "possessive-role-copula",
        "Acme's biggest shareholder is Zenith, and its largest customer was Orbit.",
        ["zenith investsIn acme asserted", "orbit customerOf acme asserted"],
        [],
    ),
    (
        "stake-of-its-shares",
        "Acme went public in 2021. Zenith still holds about 12% of its shares.",
        ["zenith investsIn acme asserted"],
        [],
    ),
    (
        "stake-of-the-company",
        "Acme went public in 2021. Zenith owns 9% of the company.",
        ["zenith investsIn acme asserted"],
        [],
    ),
    (
        "majority-of-it",
        "Zenith is a listed software group. Acme owns 52% of it, and has done since 2019.",
        ["acme parentOf zenith asserted"],
        ["acme investsIn zenith asserted"],
    ),
    (
        "minority-of-it",
        "Zenith is a listed software group. Acme owns 12% of it.",
        ["acme investsIn zenith asserted"],
        ["acme parentOf zenith asserted"],
    ),
    (
        "of-it-goes-on",
        "Zenith is a listed software group. Acme sold 52% of it to Orbit.",
        [],
        ["acme parentOf zenith asserted", "acme investsIn zenith asserted"],
    ),
    (
        "majority-held-together",
        "Acme and Orbit together own 100 per cent of Zenith.",
        ["acme investsIn zenith asserted"],
        ["acme parentOf zenith asserted"],
    ),
    (
        "anaphor-retailer-no-topic",
        "Sales were strong. The retailer invested in Zenith.",
        [],
        ["acme investsIn zenith asserted"],
    ),
    # ---- "rivals" as a noun after a preposition says nothing about whose rivals they are
    (
        "rivals-noun",
        "Zenith is now free to buy capacity from rivals such as Acme and Orbit.",
        [],
        ["zenith competesWith acme asserted", "orbit competesWith zenith asserted"],
    ),
    ("rivals-verb", "Acme rivals Zenith in chips.", ["acme competesWith zenith asserted"], []),
    # ---- renting on a cloud
    ("rent-on-cloud", "Zenith still rents capacity on Nimbus.", ["zenith customerOf nimbus asserted"], []),
    (
        "rent-servers-on-cloud",
        "Orbit rents servers on Nimbus for training.",
        ["orbit customerOf nimbus asserted"],
        [],
    ),
    (
        "rent-on-not-cloud",
        "Zenith rents capacity on weekends to Acme.",
        [],
        ["zenith customerOf acme asserted"],
    ),
    # ---- "X named Y its provider"
    (
        "named-provider",
        "Zenith named Acme its primary cloud provider.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "named-relative",
        "Orbit invested in Zenith, which named Acme its main supplier.",
        ["zenith customerOf acme asserted"],
        ["orbit customerOf acme asserted"],
    ),
    ("named-partner", "Orbit made Acme its exclusive partner.", ["acme partnerOf orbit asserted"], []),
    (
        "said-will-be-its-provider",
        "Zenith said Acme will now be its primary cloud provider.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "said-two-roles",
        "Zenith, a startup in Lisbon, said Acme will be its training partner as well as its main supplier.",
        ["acme partnerOf zenith asserted", "zenith customerOf acme asserted"],
        [],
    ),
    ("is-its-supplier-no-speaker", "Acme is its main supplier.", [], ["zenith customerOf acme asserted"]),
    ("said-self", "Acme said Acme is its own supplier.", [], ["acme customerOf acme asserted"]),
    ("named-no-role", "Zenith named Acme in its lawsuit.", [], ["zenith customerOf acme asserted"]),
    # ---- relative clauses whose object is the name before them
    (
        "relative-product",
        "Quill, the flagship model that Acme released in May, is fast.",
        ["acme develops quill asserted"],
        [],
    ),
    (
        "relative-app",
        "Helper, the app that Zenith built last year, is popular.",
        ["zenith develops helper asserted"],
        [],
    ),
    (
        "relative-other-verb",
        "Quill, the model that Acme criticised, is fast.",
        [],
        ["acme develops quill asserted"],
    ),
    (
        "relative-acquired",
        "The deal combined Orbit with Nova, the Lisbon lab that Acme acquired in 2014.",
        ["acme acquires nova asserted"],
        ["acme acquires orbit asserted"],
    ),
    (
        "relative-funded",
        "Zenith, the startup that Acme funded, sells robots.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "relative-praised",
        "Zenith, the startup that Acme praised, sells robots.",
        [],
        ["acme investsIn zenith asserted"],
    ),
    (
        "relative-no-apposition",
        "It is the lab that Acme acquired in 2014.",
        [],
        ["acme acquires nova asserted"],
    ),
    # ---- "Nova, the Acme research unit"; "itself"
    ("unit-compound", "Nova, the Acme research unit, builds models.", ["acme parentOf nova asserted"], []),
    (
        "division-compound",
        "Zenith, the Acme cloud division, sells compute.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    ("unit-not-apposed", "Zenith praised the Acme research unit.", [], ["acme parentOf zenith asserted"]),
    (
        "subsidiary-itself",
        "Zenith itself has been a subsidiary of Acme since 2015.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    # ---- what is licensed or used decides the relation
    (
        "license-models-from",
        "Orbit licenses its translation models from Acme.",
        ["orbit usesTechnologyOf acme asserted"],
        ["orbit customerOf acme asserted"],
    ),
    (
        "license-product-from",
        "Orbit licenses Quill from Acme for its support desk.",
        ["orbit usesTechnologyOf acme asserted"],
        ["orbit customerOf acme asserted"],
    ),
    (
        "license-data-from",
        "Orbit licenses news archives from Acme.",
        ["orbit customerOf acme asserted"],
        ["orbit usesTechnologyOf acme asserted"],
    ),
    (
        "use-a-cloud",
        "Orbit uses Nimbus for most of its workloads.",
        ["orbit hostedOn nimbus asserted"],
        ["orbit customerOf nimbus asserted"],
    ),
    (
        "choose-a-cloud",
        "Orbit chose Nimbus to host its agents.",
        ["orbit hostedOn nimbus asserted"],
        ["orbit customerOf nimbus asserted"],
    ),
    # ---- a quote's "we" and "our" are the company the speaker speaks for
    (
        "quoted-our-customer",
        'Acme makes routers. "Our biggest customer is Zenith," the finance chief said.',
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "quoted-we-buy-after-a-person",
        'Acme makes routers. The chief executive, Jo Park, spoke next. "We buy our memory from Orbit," '
        "she said.",
        ["acme customerOf orbit reported"],
        [],
    ),
    (
        "quoted-we-named-speaker",
        'Acme makes routers. "We buy our lasers from Orbit," Zenith said.',
        ["zenith customerOf orbit asserted"],
        ["acme customerOf orbit asserted", "acme customerOf orbit reported"],
    ),
    (
        "quoted-we-previous-subject",
        'Acme sued Zenith on Monday. Zenith denied wrongdoing. "We license our data from Orbit," a '
        "spokesperson said.",
        ["zenith customerOf orbit reported"],
        ["acme customerOf orbit reported", "acme customerOf orbit asserted"],
    ),
    # ---- a role whose holder follows "is still"
    (
        "role-is-still",
        "Acme sells chips. Its largest customer is still Zenith.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    # ---- "part of its fleet" is a share of a thing, not a unit of a company
    (
        "part-of-its-fleet",
        "Zenith has moved part of its inference fleet onto Acme hardware in Paris.",
        [],
        ["acme parentOf zenith asserted"],
    ),
    # ---- a date opening the clause with no comma before "it"; "bought <product>, an app"
    (
        "date-then-it",
        "Acme makes tools. In 2024 it bought Orbit outright.",
        ["acme acquires orbit asserted"],
        [],
    ),
    (
        "second-clause-date-then-it",
        "Acme makes tools. In May it bought Orbit, and in June it took a stake in Zenith.",
        ["acme acquires orbit asserted", "acme investsIn zenith asserted"],
        [],
    ),
    (
        "bought-product-described-as-app",
        "Acme makes tools. Last year Acme bought Helper, a note-taking app.",
        ["acme acquires helper asserted"],
        ["acme customerOf helper asserted"],
    ),
    (
        "so-does",
        "Zenith builds Helper servers for Acme, and so does Orbit.",
        ["acme customerOf orbit asserted", "acme customerOf zenith asserted"],
        ["zenith develops helper asserted", "orbit develops helper asserted"],
    ),
    (
        "as-did",
        "Zenith invested in Acme last year, as did Orbit.",
        ["zenith investsIn acme asserted", "orbit investsIn acme asserted"],
        [],
    ),
    (
        "as-did-existing-backers",
        "Acme raised $20 million. Zenith joined the round, as did existing backers Orbit and Nova.",
        ["zenith investsIn acme asserted", "orbit investsIn acme asserted", "nova investsIn acme asserted"],
        [],
    ),
    (
        "role-led-by",
        "Zenith's backers, led by Acme and Orbit, will be paid first.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "list-past-relative-clause",
        "Nova competes with Zenith, which Acme owns, and with Orbit in most markets.",
        [
            "nova competesWith orbit asserted",
            "nova competesWith zenith asserted",
            "acme parentOf zenith asserted",
        ],
        ["acme competesWith orbit asserted"],
    ),
    (
        "relative-which-owns",
        "Zenith, which Acme owns, sells routers.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "speaker-said-its-newest-model",
        "Acme trains models. The founder said its newest model, Quill, was tuned from Nova's weights.",
        ["acme develops quill asserted"],
        [],
    ),
    (
        "the-company-after-product-topic-and-speaker",
        "Acme trains models. Its newest model, Quill, was fine-tuned from Helper. On rivals, Jo said the "
        "company most often competes with Zenith and with Orbit.",
        [],
        ["quill competesWith zenith reported", "orbit competesWith quill reported"],
    ),
    (
        "its-parts-made-by",
        "Zenith designs chips. Its wafers are made by Acme.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "bare-parts-assembled-by",
        "Zenith designs servers. Boards are assembled by Orbit in Mexico.",
        ["zenith customerOf orbit asserted"],
        [],
    ),
    (
        "quoted-our-parts-made-by",
        'Zenith designs chips. "Our wafers are made by Acme," the finance chief said.',
        ["zenith customerOf acme reported"],
        [],
    ),
    (
        "named-chip-made-at-its-plant",
        "Zenith raised money to bring out the Keel. The Keel will be made by Acme at its plant in Dresden.",
        ["zenith customerOf acme asserted"],
        ["acme develops keel asserted"],
    ),
    (
        "named-chip-made-at-its-plant-alone",
        "The Keel is made by Acme at one of its factories in Ohio.",
        [],
        ["acme develops keel asserted"],
    ),
    (
        "named-chip-made-at-its-plant-other-topic",
        "Zenith raised money for the Keel. Orbit shares fell. The Keel is made by Acme at its fab in Ohio.",
        [],
        ["acme develops keel asserted", "orbit customerOf acme asserted"],
    ),
    (
        "named-chip-made-at-its-launch",
        "The Keel was made by Acme and shown at its launch in Ohio.",
        ["acme develops keel asserted"],
        [],
    ),
    # ---- a buyer ranked among the previous sentence's organisation's customers
    (
        "ranked-buyer-of-the-goods",
        "Zenith's newest chips sold well again. Acme was the second-largest buyer of the chips last quarter.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "ranked-buyer-of-them",
        "Zenith builds servers for cloud firms. Orbit is the biggest buyer of them.",
        ["orbit customerOf zenith asserted"],
        [],
    ),
    (
        "ranked-buyer-no-goods",
        "Zenith made up a third of Acme's revenue. Orbit was the second-largest buyer.",
        [],
        ["orbit customerOf zenith asserted"],
    ),
    (
        "buyer-for-a-company",
        "Acme emerged as a buyer for Zenith.",
        [],
        ["acme customerOf zenith asserted"],
    ),
    (
        "possessive-buyer-last-year",
        "Zenith's biggest buyer last year was Orbit.",
        ["orbit customerOf zenith asserted"],
        [],
    ),
    (
        "its-biggest-buyer",
        "Zenith sells servers. Acme is its biggest buyer.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    # ---- offering another maker's hardware: bought from the maker
    (
        "offer-makers-servers",
        "Nova will offer Acme's Keel servers to developers from the autumn.",
        ["nova customerOf acme asserted"],
        ["acme customerOf nova asserted"],
    ),
    (
        "offer-named-chip-of-the-lead",
        "Zenith raised money for its first chip, the Keel. Nova will offer Keel servers to developers.",
        ["nova customerOf zenith asserted"],  # bought from the maker, as the section says
        ["nova customerOf keel asserted"],
    ),
    (
        "offer-planned",
        "Nova plans to offer Acme GPUs in eight regions.",
        ["nova customerOf acme speculative"],
        ["nova customerOf acme asserted"],
    ),
    (
        "offer-own-chip",
        "Zenith offers the Keel to cloud firms.",
        [],
        ["zenith customerOf keel asserted"],
    ),
    (
        "offer-models-not-bought",
        "Nimbus offers Acme's models to developers.",
        [],
        ["nimbus customerOf acme asserted"],
    ),
    # ---- one more seller to the previous sentence's buyer
    (
        "second-source",
        "Orbit buys its memory from Zenith. Acme is a second source.",
        ["orbit customerOf acme asserted"],
        [],
    ),
    (
        "another-supplier-after-a-sale",
        "Zenith sells that memory to Orbit under a long contract. Acme is another supplier.",
        ["orbit customerOf zenith asserted", "orbit customerOf acme asserted"],
        ["zenith customerOf acme asserted"],
    ),
    (
        "second-source-of-its-own",
        "Zenith sells memory to Orbit. Acme is a second source of revenue for Nova.",
        [],
        ["orbit customerOf acme asserted"],
    ),
    (
        "another-supplier-two-buyers",
        "Zenith sells memory to Orbit and to Nova. Acme is another supplier.",
        [],
        ["orbit customerOf acme asserted", "nova customerOf acme asserted"],
    ),
    (
        "a-supplier-not-another",
        "Orbit buys its memory from Zenith. Acme is a supplier too.",
        [],
        ["orbit customerOf acme asserted"],
    ),
    # ---- a second object with the verb left out ("and Stratus for its database software")
    (
        "gapped-cloud-for",
        "Orbit uses Nimbus for most of its workloads and Stratus for its database software.",
        ["orbit hostedOn nimbus asserted", "orbit hostedOn stratus asserted"],
        [],
    ),
    (
        "gapped-backer-a-year-later",
        "Acme backed Zenith in 2021 and Orbit a year later.",
        ["acme investsIn zenith asserted", "acme investsIn orbit asserted"],
        [],
    ),
    (
        "gapped-preposition-repeated",
        "Acme invested in Zenith in 2021 and in Orbit in 2022.",
        ["acme investsIn orbit asserted"],
        [],
    ),
    (
        "gapped-second-is-a-subject",
        "Acme backed Zenith in 2021 and Orbit in 2022 sold its stake.",
        ["acme investsIn zenith asserted"],
        ["acme investsIn orbit asserted"],
    ),
    (
        "gapped-second-opens-a-present-clause",
        "Acme backed Zenith in 2021 and Orbit in 2022 buys chips from it.",
        [],
        ["acme investsIn orbit asserted"],
    ),
    (
        "gapped-phrase-with-an-owned-name",
        "Orbit uses Nimbus for most of its workloads and Stratus for its Acme software.",
        ["orbit hostedOn stratus asserted"],
        ["orbit hostedOn acme asserted", "orbit usesTechnologyOf acme asserted"],
    ),
    (
        "gapped-kinds-differ",
        "Acme uses Nimbus for training and Orbit for support.",
        ["acme hostedOn nimbus asserted"],
        ["acme hostedOn orbit asserted", "acme customerOf orbit asserted"],
    ),
    (
        "designs-someones-tpus",
        "Zenith designs Acme's TPUs.",
        ["acme customerOf zenith asserted"],
        ["zenith develops acme asserted"],
    ),
    (
        "designs-product-line-for-two",
        "Zenith designs custom chips for Acme and for Orbit.",
        ["acme customerOf zenith asserted", "orbit customerOf zenith asserted"],
        [],
    ),
    (
        "sell-unit-named-to-buyer",
        "Orbit agreed to sell its chip unit, Zenith, to Acme for $90 million.",
        ["acme acquires zenith asserted"],
        ["zenith customerOf orbit asserted", "acme customerOf orbit asserted"],
    ),
    (
        "sell-stake-to-buyer",
        "Orbit is selling its stake in Zenith, a startup it backed in 2022, to Acme.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "agreement-to-train-on-partner",
        "Orbit signed a two-year agreement with Zenith, a cloud firm in Lyon, to train its models on "
        "Zenith's clusters.",
        ["orbit hostedOn zenith asserted"],
        ["orbit partnerOf zenith asserted"],
    ),
    (
        "quoted-we-keeps-the-topic",
        'Acme sells routers. "Big banks keep asking us about data," the founder said. "With Nimbus we can '
        'answer that." Customers include Zenith and Orbit.',
        ["zenith customerOf acme asserted", "orbit customerOf acme asserted"],
        [],
    ),
    (
        "bare-parts-come-from",
        "Zenith designs chips. Wafers come from Acme under a long contract.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "owned-input-comes-from",
        "Zenith's memory comes from Acme and Orbit.",
        ["zenith customerOf acme asserted", "zenith customerOf orbit asserted"],
        [],
    ),
    (
        "bare-goods-belong-to-the-lead-not-the-last-topic",
        "Zenith builds data centres. The halls will run Acme's Quill software. Cooling equipment comes "
        "from Orbit.",
        ["zenith customerOf orbit asserted"],
        ["acme customerOf orbit asserted"],
    ),
    (
        "resells-through",
        "Zenith also resells its software through Orbit.",
        ["orbit partnerOf zenith asserted"],
        [],
    ),
    (
        "resells-through-own-cloud",
        "Acme resells Quill through its Nimbus cloud.",
        [],
        ["acme partnerOf nimbus asserted", "nimbus partnerOf acme asserted"],
    ),
    (
        "raised-most-of-it-from",
        "Zenith has raised $48 million so far, most of it from Acme and from Orbit.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "the-company-after-a-product-is-the-articles",
        "Zenith makes imaging models. Its newest model, Quill, was tuned from Helper. Jo said the company "
        "competes with Orbit.",
        ["orbit competesWith zenith reported"],
        ["orbit competesWith quill reported"],
    ),
    (
        "interview-answer-we",
        "Acme sells claims software. We spoke to its founder.\n\n**Q: Who pays you?**\n\nA: Insurers, "
        "mostly. Orbit was our first client. We also have a reseller agreement with Zenith, which helps.",
        ["acme partnerOf zenith asserted"],
        ["orbit partnerOf zenith asserted"],
    ),
    (
        "stake-in-nationality-startup",
        "Acme makes tools. It took a minority stake in the Dutch startup Zenith.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    # ---- a stake told in a relative clause opened by a preposition
    (
        "stake-in-which",
        "Orbit sells sensors to Zenith, in which Acme holds a 30% stake.",
        ["acme investsIn zenith asserted"],
        ["acme investsIn orbit asserted"],
    ),
    (
        "stake-in-which-after-a-description",
        "Zenith, the Lisbon analytics firm in which Acme owns a small stake, signed with Orbit.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    # ---- a place or a possessive common noun inside the object's noun phrase
    (
        "object-after-a-city-modifier",
        "Acme said it would put $40 million into the Osaka robotics startup Zenith.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "terms-of-service-of-a-described-site",
        "Orbit breached the terms of service of the property site Zenith by scraping listings.",
        ["orbit violatesTermsOf zenith asserted"],
        [],
    ),
    # ---- what a revoked permission had allowed no longer holds
    (
        "revoked-licence-that-had-allowed",
        "In May the ministry revoked a licence that had let Acme sell chips to Zenith.",
        ["zenith customerOf acme negated"],
        ["zenith customerOf acme asserted"],
    ),
    (
        "granted-licence-that-allows",
        "In May the ministry granted a licence that lets Acme sell chips to Zenith.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    # ---- "on X's own servers at Y": Y hosts
    (
        "own-servers-at-a-host",
        "Helper now runs on Acme's own servers at Orbit, a Frankfurt data-centre firm.",
        ["helper hostedOn orbit asserted"],
        ["helper hostedOn acme asserted"],
    ),
    # ---- a sentence whose subject is "it" stays about the topic, whatever else it names
    (
        "it-subject-keeps-the-topic",
        "Acme makes warehouse robots. It will soon try Zenith's models for its planning tools. "
        "The company buys its servers from Orbit.",
        ["acme customerOf orbit asserted"],
        ["zenith customerOf orbit asserted"],
    ),
    # ---- a contract with a public body: the state is the buyer
    (
        "contract-with-a-public-body",
        "Acme signed a five-year contract with the Royal Navy.",
        ["royal-navy customerOf acme asserted"],
        ["acme customerOf royal-navy asserted", "acme partnerOf royal-navy asserted"],
    ),
    (
        "the-signer-of-a-contract-with-a-company-buys",  # (gold writers read it so: +7 found, -9 false)
        "Acme signed a five-year contract with Zenith.",
        ["acme customerOf zenith asserted"],
        ["zenith customerOf acme asserted", "acme partnerOf zenith asserted"],
    ),
    # ---- a shop chain is a business its owner holds; a supply chain is not
    (
        "possessive-retail-chain-apposed",
        "Acme's discount grocery chain, Zenith, opened 40 stores this year.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "possessive-supply-chain-is-no-unit",
        "Acme's supply chain, Zenith and Orbit above all, was hit by the floods.",
        [],
        ["acme parentOf zenith asserted", "acme parentOf orbit asserted"],
    ),
    # ---- an ordinal and an adjective between the owner and its role noun
    (
        "first-paying-customers-are",
        "Zenith's first paying customers are Acme and Orbit.",
        ["acme customerOf zenith asserted", "orbit customerOf zenith asserted"],
        [],
    ),
    # ---- a role list that ends with holders the text does not name
    (
        "counts-among-with-unnamed-last-member",
        "Zenith counts Acme and several Swiss pension funds among its backers.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "counts-among-three-with-unnamed-last-member",
        "Zenith counts Acme, Orbit and two regional banks among its shareholders.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    # ---- "as well as" joins a list, with or without the preposition again
    (
        "hosts-as-well-as-on",
        "Since March, Helper has run on Nimbus as well as on Orbit.",
        ["helper hostedOn nimbus asserted", "helper hostedOn orbit asserted"],
        [],
    ),
    (
        "invest-as-well-as-in",
        "Acme has put money into Zenith as well as into Orbit.",
        ["acme investsIn zenith asserted", "acme investsIn orbit asserted"],
        [],
    ),
    # ---- open-source projects: who maintains them, and a new name described after "is the"
    (
        "develops-maintained-by",
        "Helper is maintained by Acme and a few volunteers.",
        ["acme develops helper asserted"],
        [],
    ),
    (
        "unknown-name-described-after-is-the",
        "Brindle is the open-source coding agent maintained by Acme.",
        ["acme develops brindle asserted"],
        [],
    ),
    (
        "owner-after-a-possessive-common-noun",
        "Zenith, the airline's booking arm, is owned by the state's Acme.",
        ["acme parentOf zenith asserted"],
        [],
    ),
    (
        "ordinal-before-role",
        "Acme makes chips. Its first customer is Zenith.",
        ["zenith customerOf acme asserted"],
        [],
    ),
    (
        "described-members-of-a-role-list",
        "Acme makes chips. Customers include the Dutch bank Zenith and the German retailer Orbit.",
        ["zenith customerOf acme asserted", "orbit customerOf acme asserted"],
        [],
    ),
    (
        "described-member-among-its-customers",
        "Acme labels data. Zenith and the French lab Nova are among its customers.",
        ["zenith customerOf acme asserted", "nova customerOf acme asserted"],
        [],
    ),
    (
        "relative-clause-inside-a-backer-list",
        "Acme's backers include Zenith, which led its first round in 2023, and Orbit.",
        ["zenith investsIn acme asserted", "orbit investsIn acme asserted"],
        [],
    ),
    (
        "apposition-inside-an-investor-list",
        "Acme raised $9 million from investors including Zenith, a local fund, and the Boise-based Orbit.",
        ["zenith investsIn acme asserted", "orbit investsIn acme asserted"],
        [],
    ),
    (
        "described-name-opening-a-new-clause",
        "Acme is majority-owned by the investor Zenith, and the pension fund Orbit holds a minority stake.",
        ["zenith parentOf acme asserted"],
        ["orbit parentOf acme asserted"],
    ),
    (
        "firm-bought-after-a-long-description",
        "Acme agreed to buy the data-labelling firm Zenith for $410 million in cash and stock.",
        ["acme acquires zenith asserted"],
        ["acme customerOf zenith asserted"],
    ),
    (
        "second-passive-after-two-founders",
        "Acme was founded by Tove Varga and Idris Solberg and initially funded by Zenith and Orbit.",
        ["zenith investsIn acme asserted", "orbit investsIn acme asserted"],
        [],
    ),
    (
        "stake-with-no-object-in-a-second-clause",
        "Acme is majority-owned by Zenith, and the pension fund Orbit holds a minority stake.",
        ["orbit investsIn acme asserted", "zenith parentOf acme asserted"],
        ["orbit investsIn zenith asserted", "orbit parentOf acme asserted"],
    ),
    (
        "name-and-verb-after-comma-and-opens-a-clause",
        "Acme is majority-owned by Zenith, and Nova holds a stake in a bakery.",
        ["zenith parentOf acme asserted"],
        ["nova parentOf acme asserted"],
    ),
    (
        "round-led-after-a-month",
        "Acme closed an $85 million Series B in September led by Zenith, with participation from Nova "
        "and the Austin firm Orbit.",
        ["zenith investsIn acme asserted", "nova investsIn acme asserted", "orbit investsIn acme asserted"],
        [],
    ),
    (
        "sized-round-of-the-topic",
        "Acme has raised $14 million so far. Zenith led a $12 million seed round in March, with Nova "
        "and the Montreal firm Orbit also taking part.",
        ["zenith investsIn acme asserted", "nova investsIn acme asserted", "orbit investsIn acme asserted"],
        [],
    ),
    (
        "it-keeps-the-topic",
        "Acme answers phones for restaurants. It connects to Zenith and Orbit, so bookings land in one "
        "place. Nova, which led the seed round, is putting in more money.",
        ["nova investsIn acme asserted"],
        ["nova investsIn orbit asserted"],
    ),
    (
        "role-list-of-the-topics-service",
        "Acme sells cloud capacity. The first customers of the new service include the Dutch bank Zenith "
        "and the German retailer Orbit.",
        ["zenith customerOf acme asserted", "orbit customerOf acme asserted"],
        [],
    ),
    (
        "the-company-keeps-the-topic",
        "Acme sells cloud capacity. The company said it would add Zenith's chips next year. Customers "
        "include Orbit.",
        ["orbit customerOf acme asserted"],
        ["orbit customerOf zenith asserted"],
    ),
    (
        "stake-in-a-relative-clause",
        "Acme competes with Zenith, in which Nova bought a 49 per cent stake last year, and with Orbit, "
        "its long-time rival.",
        [
            "nova investsIn zenith asserted",
            "acme competesWith zenith asserted",
            "acme competesWith orbit asserted",
        ],
        ["nova investsIn acme asserted"],
    ),
    (
        "bought-through-a-reseller",
        "Acme runs data centres. The models run on servers that Acme bought through Zenith.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "the-companys-product-in-apposition",
        "Acme runs data centres. Customers reach the models through Helper, the company's managed service.",
        ["acme develops helper asserted"],
        [],
    ),
    (
        "speaker-before-an-apposition-speaks-for-itself",
        "Acme, a fabless start-up in Austin, Texas, said it had built Quill.",
        ["acme develops quill asserted"],
        ["acme develops quill reported"],
    ),
    (
        "unsized-round-is-nobodys",
        "Acme makes chips. Zenith led a round.",
        [],
        ["zenith investsIn acme asserted"],
    ),
    (
        "shared-subject-after-and",
        "Acme was spun out of a university lab in 2021, and has raised $40 million from Orbit.",
        ["orbit investsIn acme asserted"],
        [],
    ),
    (
        "shared-subject-passive-anaphor",
        "Acme builds claims software. The company was incubated by Nova last year, and had "
        "also raised seed money from Orbit.",
        ["orbit investsIn acme asserted"],
        [],
    ),
    (
        "together-with-unclosed",
        "Acme, together with the Dutch chipmaker Orbit partnered with Zenith on a new sensor.",
        ["acme partnerOf zenith asserted", "orbit partnerOf zenith asserted"],
        [],
    ),
    (
        "together-with-after-a-nameless-subject",
        "Acme's former chief, together with the Dutch chipmaker Orbit invested in Zenith.",
        ["orbit investsIn zenith asserted"],
        ["acme investsIn zenith asserted"],
    ),
    (
        "bracketed-acquired-by",
        "Quill competes with Orbit (acquired by Zenith in 2016), Acme and Nova.",
        ["zenith acquires orbit asserted", "orbit competesWith quill asserted"],
        ["zenith acquires acme asserted"],
    ),
    (
        "bracketed-acquired-by-not-the-list-before",
        "Its rivals include Acme (whose chip unit was sold to Nova in 2019), Orbit (acquired by "
        "Zenith in 2021) and Helper Labs.",
        ["zenith acquires orbit asserted"],
        ["zenith acquires acme asserted"],
    ),
    (
        "company-was-later-sold-to",
        "Founded in 2009, Orbit was later sold to Nova for $40 million.",
        ["nova acquires orbit asserted"],
        ["orbit customerOf nova asserted", "nova customerOf orbit asserted"],
    ),
    (
        "active-later-sold-a-stake",
        "Acme later sold a stake to Zenith.",
        [],
        ["zenith acquires acme asserted"],
    ),
    (
        "product-is-sold-to",
        "Quill is sold to banks and to Orbit.",
        [],
        ["orbit acquires quill asserted"],
    ),
    (
        "currency-code-before-amount",
        "Orbit made a JPY 5 billion equity investment in Tessary.",
        ["orbit investsIn tessary asserted"],
        ["jpy-5 investsIn tessary asserted", "orbit develops jpy-5 asserted"],
    ),
    (
        "currency-code-opening-a-name",
        "Orbit invested in CAD Systems last year.",
        ["orbit investsIn cad-systems asserted"],
        [],
    ),
    (
        "based-adjective-before-the-buyer",
        "In 2019, Tessary was purchased by U.S.-based company Nova.",
        ["nova acquires tessary asserted"],
        ["u-s-based acquires tessary asserted"],
    ),
    (
        "and-a-new-subject-with-a-bare-object",
        "Tessary buys its servers from Orbit, and Nova rents capacity on its cloud.",
        ["tessary customerOf orbit asserted"],
        ["tessary customerOf nova asserted"],
    ),
    (
        "role-holders-listed-after-as",
        "In its filing, Tessary names its competitors as Orbit and Nova.",
        ["orbit competesWith tessary asserted", "nova competesWith tessary asserted"],
        [],
    ),
    (
        "city-and-state-before-based",
        "Tallow Systems, a Reston, Virginia-based subsidiary of Hallam Industries, sells to Orbit.",
        ["hallam-industries parentOf tallow-systems asserted"],
        ["hallam-industries parentOf reston asserted"],
    ),
    (
        "round-with-amount-led-by",
        "Tessary said it had closed its first outside funding: a Series A of $18 million led by Orbit.",
        ["orbit investsIn tessary asserted"],
        [],
    ),
    (
        "amount-led-by-no-round",
        "Tessary said it had closed its best quarter: a total of $18 million led by sales to Orbit.",
        [],
        ["orbit investsIn tessary asserted"],
    ),
    (
        "product-named-after-its-maker",
        "Veltro hired forty engineers in 2023. Reviewers praised the Veltro Kestrel, a delivery drone, "
        "last week.",
        ["veltro develops veltro-kestrel asserted"],
        [],
    ),
    (
        "product-not-named-after-the-company",
        "Brenwick hired forty engineers in 2023. Reviewers praised the Kestrel Mini, a delivery drone, "
        "last week.",
        [],
        ["brenwick develops kestrel-mini asserted"],
    ),
    (
        "and-between-years-is-no-clause",
        "Acme was the main sponsor of the 2022, 2023, and 2024 Ostrava Marathons, has opened an office "
        "in Brno in partnership with Orbit, and employs 200 people.",
        ["acme partnerOf orbit asserted"],
        ["orbit partnerOf ostrava-marathons asserted"],
    ),
    (
        "and-after-years-opens-a-clause",
        "Acme sponsored the 2022 and 2023 races, and Zenith opened an office in partnership with Orbit.",
        ["orbit partnerOf zenith asserted"],
        ["acme partnerOf orbit asserted"],
    ),
    (
        "owner-not-across-and",
        "Nova rejected a takeover offer from Zenith and accepted an investment from Orbit instead.",
        ["orbit investsIn nova asserted"],
        ["orbit investsIn zenith asserted"],
    ),
    (
        "owner-across-adjectives",
        "Acme's long-awaited investment from Orbit closed in May.",
        ["orbit investsIn acme asserted"],
        [],
    ),
    (
        "the-company-after-a-renaming",
        "In 2021 the startup changed its name to Tessary. The company is backed by Orbit and Nova.",
        ["orbit investsIn tessary asserted", "nova investsIn tessary asserted"],
        [],
    ),
    (
        "the-company-after-a-sale-to",
        "In 2021 the startup sold its robots to Tessary. The company is backed by Orbit and Nova.",
        [],
        ["orbit investsIn tessary asserted"],
    ),
    (
        "bought-the-remaining-stake",
        "Orbit acquired the remaining stake in Tessary in 2019.",
        ["orbit acquires tessary asserted"],
        ["orbit investsIn tessary asserted"],
    ),
    (
        "bought-the-remaining-percent",
        "Orbit bought the remaining 49% of Tessary last year.",
        ["orbit acquires tessary asserted"],
        [],
    ),
    (
        "holds-the-remaining-stake",
        "Orbit holds the remaining stake in Tessary.",
        ["orbit investsIn tessary asserted"],
        ["orbit acquires tessary asserted"],
    ),
    (
        "venture-capital-fund-is-a-noun",
        "Tessary raised $25 million in a round led by private-equity firm Orbit’s venture capital fund "
        "Nova Ventures.",
        ["nova-ventures investsIn tessary asserted"],
        ["tessary investsIn nova-ventures asserted"],
    ),
    (
        "sovereign-wealth-fund-is-a-noun",
        "Orbit, Nova and the sovereign wealth fund Zenith all hold stakes in Tessary.",
        ["zenith investsIn tessary asserted"],
        ["orbit investsIn zenith asserted"],
    ),
    (
        "will-fund-is-the-verb",
        "Orbit will fund Tessary's expansion into Asia.",
        ["orbit investsIn tessary asserted"],
        [],
    ),
    (
        "produces-for-brands-including",
        "Brenwick also produces for other brands, including Tessary and Orvo.",
        ["tessary customerOf brenwick asserted", "orvo customerOf brenwick asserted"],
        [],
    ),
    (
        "produces-for-its-own-stores",
        "Brenwick produces for its own stores, including one run by Tessary.",
        [],
        ["tessary customerOf brenwick asserted"],
    ),
    (
        "own-subject-after-and",
        "Acme bought Nova in 2021, and Zenith has since raised $40 million from Orbit.",
        ["orbit investsIn zenith asserted"],
        ["orbit investsIn acme asserted"],
    ),
    # ---- a later move or the end of the deal undoes what the sentence said
    (
        "before-moving-to",
        "For most of its life Orbit ran on Nimbus, helped by free credits, before moving to AWS in 2023.",
        ["orbit hostedOn nimbus negated"],
        ["orbit hostedOn nimbus asserted"],
    ),
    (
        "before-moving-to-a-place",
        "Orbit ran on Nimbus for three years before moving to Boston.",
        ["orbit hostedOn nimbus asserted"],
        [],
    ),
    (
        "deal-subject-cancelled",
        "A two-year supply contract with Orbit, under which Orbit bought Zenith chips, was cancelled in May.",
        ["orbit customerOf zenith negated"],
        ["orbit customerOf zenith asserted"],
    ),
    (
        "deal-subject-renewed",
        "A supply contract with Orbit, under which Orbit buys Zenith's chips, was renewed in May.",
        ["orbit customerOf zenith asserted"],
        [],
    ),
    (
        "party-ended-it-next-sentence",
        "Zenith licensed its data to Acme in 2023. Per a filing, Zenith ended the arrangement in 2024.",
        ["acme customerOf zenith negated"],
        ["acme customerOf zenith asserted"],
    ),
    (
        "party-ended-another-deal",
        "Zenith licensed its catalogue to Acme in 2023. Zenith ended its partnership with Orbit in 2024.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    # ---- a company that shut down: its past uses and customers are history, its backers stay
    (
        "defunct-company",
        "Orbit, which sold speech software, shut down in March. Its customers included Zenith. "
        "For years Orbit ran on Nimbus. Acme invested in Orbit in 2021.",
        ["acme investsIn orbit asserted"],
        ["zenith customerOf orbit asserted", "orbit hostedOn nimbus asserted"],
    ),
    (
        "product-shut-down",
        "Orbit shut down its Quill app in May. Its customers included Zenith. For years Orbit ran on Nimbus.",
        ["zenith customerOf orbit asserted", "orbit hostedOn nimbus asserted"],
        [],
    ),
    (
        "party-ends-the-deal-past-other-names",
        "Acme had a pact with Zenith to tune Quill for Zenith chips, but Zenith ended the arrangement.",
        ["acme partnerOf zenith negated"],
        ["acme partnerOf zenith asserted"],
    ),
    (
        "party-ends-another-deal-past-other-names",
        "Acme bought Zenith's chips for Quill, but Orbit ended the deal with Nimbus.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    # ---- partners of something else are not each other's partners
    (
        "partners-of-a-possessor",
        "Acme, Zenith and Orbit were named as the consortium's launch partners.",
        [],
        [f"{a} partnerOf {b} asserted" for a, b in LISTED_PAIRS],
    ),
    (
        "partners-of-its-owner",
        "Orbit set up the consortium in May. Acme and Zenith are its founding partners.",
        ["acme partnerOf orbit asserted", "orbit partnerOf zenith asserted"],
        ["acme partnerOf zenith asserted"],
    ),
    (
        "their-own-partnership",
        "Acme and Zenith extended their partnership to cover inference.",
        ["acme partnerOf zenith asserted"],
        [],
    ),
    (
        "each-others-rivals",
        "Acme and Zenith, each other's fiercest rivals, both opened offices in Lagos.",
        ["acme competesWith zenith asserted"],
        [],
    ),
    # ---- a list opening the sentence is the subject of its verb, a speech verb too
    (
        "listed-subjects-announce-hyphenated-deal",
        "Acme and Zenith announced a five-year partnership.",
        ["acme partnerOf zenith asserted"],
        [],
    ),
    (
        "listed-subjects-after-opening-phrase",
        "On Tuesday, Orbit and Nimbus announced a long-term alliance.",
        ["nimbus partnerOf orbit asserted"],
        [],
    ),
    (
        "object-then-speaker",
        "Orbit acquired Zenith and Acme said it would appeal.",
        [],
        ["orbit acquires acme asserted", "orbit acquires acme reported"],
    ),
    # ---- a newsletter's bare "Acme led": the round the sentence before raised
    (
        "bare-lead-after-raise",
        "Zenith raised $40 million in a Series B. Acme led, with Orbit participating.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "bare-co-lead-after-raise",
        "Zenith closed a $12 million seed round on Monday. Acme and Nimbus co-led.",
        ["acme investsIn zenith asserted", "nimbus investsIn zenith asserted"],
        [],
    ),
    (
        "round-after-an-investment-is-the-investees",
        "Acme has invested in Zenith as part of a $640 million Series C round led by Orbit. Nova also "
        "joined the round.",
        [
            "acme investsIn zenith asserted",
            "orbit investsIn zenith asserted",
            "nova investsIn zenith asserted",
        ],
        ["orbit investsIn acme asserted", "nova investsIn acme asserted"],
    ),
    (
        "second-clause-after-a-preposition",
        "Acme rents capacity from Nimbus, and Zenith trains on Orca chips.",
        ["acme customerOf nimbus asserted"],
        ["acme customerOf zenith asserted", "nimbus usesTechnologyOf orca asserted"],
    ),
    (
        "limited-partners-are-no-partners",
        "Acme and Zenith are among the limited partners, according to a filing.",
        [],
        ["acme partnerOf zenith reported", "acme partnerOf zenith asserted"],
    ),
    (
        "bidding-for-a-contract-with",  # two bidders for one contract are no partners of its client
        "Zenith and Orbit both bid last year for a contract with Acme.",
        [],
        ["acme partnerOf zenith asserted", "acme partnerOf orbit asserted"],
    ),
    (
        "competing-for-contracts-with",
        "Acme competes for training contracts with Zenith and Orbit.",
        ["acme competesWith zenith asserted", "acme competesWith orbit asserted"],
        ["acme partnerOf zenith asserted", "acme partnerOf orbit asserted"],
    ),
    (
        "purchase-a-makers-coded-systems",
        "Orbit will purchase Zenith v5e systems for training.",
        ["orbit customerOf zenith asserted"],
        ["orbit acquires zenith asserted"],
    ),
    (
        "venture-firms-are-no-joint-venture",
        "Acme and Zenith were among the strategic investors in the round, alongside venture firms "
        "including Orbit.",
        [],
        ["acme partnerOf zenith asserted"],
    ),
    (
        "a-termination-fee-buys-nothing",
        "Under the merger agreement, Acme will pay Zenith a $140 million termination fee.",
        [],
        ["acme customerOf zenith asserted"],
    ),
    (
        "a-customers-cloud-account",
        "Orbit suspended Acme's Nimbus account last April.",
        [],
        ["acme develops nimbus asserted"],
    ),
    (
        "the-company-after-its-chip",
        "Acme was spun out of Nova in 2023. Its Orca chip taped out last summer, and the company "
        "raised a $75 million Series A led by Zenith in October.",
        ["zenith investsIn acme asserted"],
        ["zenith investsIn orca asserted"],
    ),
    (
        "led-it-after-a-raise",
        "Zenith has raised $90 million in a bridge round from existing investors. Acme led it, and "
        "the deal closed.",
        ["acme investsIn zenith asserted"],
        [],
    ),
    (
        "bare-joined-after-an-unnamed-raise",
        "Zenith raised $5 million last year. Orbit joined.",
        ["orbit investsIn zenith asserted"],
        [],
    ),
    (
        "led-it-without-a-raise",
        "Zenith makes robots in Oslo. Acme led it, and Orbit agreed.",
        [],
        ["acme investsIn zenith asserted"],
    ),
    (
        "bare-participated-after-a-lead",
        "Zenith raised $40 million in a Series B. Acme led the round; Orbit participated.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "bare-participated-without-a-round",
        "Zenith makes robots. Orbit participated, it said.",
        [],
        ["orbit investsIn zenith asserted"],
    ),
    (
        "bare-joined-after-a-lead",
        "Zenith raised $40 million in a Series B. Acme led the round; Orbit joined.",
        ["acme investsIn zenith asserted", "orbit investsIn zenith asserted"],
        [],
    ),
    (
        "bare-joined-after-passive-lead",
        "Zenith raised $50 million. The round was led by Acme. Orbit and Nova joined.",
        ["orbit investsIn zenith asserted", "nova investsIn zenith asserted"],
        ["orbit investsIn acme asserted"],
    ),
    (
        "bare-joined-without-a-round",
        "Zenith makes robots. Orbit joined, it said.",
        [],
        ["orbit investsIn zenith asserted"],
    ),
    (
        "market-lead-is-no-round",
        "Zenith shares rose 3% on Tuesday. Acme led, rising 5%.",
        [],
        ["acme investsIn zenith asserted"],
    ),
    # ---- the model relates two names that the rules each read with others
    (
        "listed-models-each-on-every-cloud",
        "Acme's models, including Quill and Helper, are available on Nimbus and Stratus.",
        [
            "quill hostedOn nimbus asserted",
            "quill hostedOn stratus asserted",
            "helper hostedOn nimbus asserted",
        ],
        [],
    ),
    # ---- "The product ..." is still about the topic: the next "its" is the topic's
    (
        "product-sentence-keeps-topic",
        "Acme, founded in 2021, makes Quill. The product uses Zenith's Helper to sort requests. "
        "Its customers include Orbit.",
        ["orbit customerOf acme asserted"],
        ["orbit customerOf zenith asserted"],
    ),
    # ---- a singular role after a list describes its last name; "both", "each" the whole list
    (
        "singular-apposition-after-list",
        "Orbit Ventures and Nimbus Ventures, Acme's venture arm, joined the round.",
        ["acme parentOf nimbus-ventures asserted"],
        ["acme parentOf orbit-ventures asserted"],
    ),
    (
        "plural-apposition-after-list",
        "Orbit Ventures and Nimbus Ventures, both units of Acme, joined the round.",
        ["acme parentOf nimbus-ventures asserted", "acme parentOf orbit-ventures asserted"],
        [],
    ),
    (
        "each-apposition-after-list",
        "Orbit Ventures and Nimbus Ventures, each a customer of Acme, joined the round.",
        ["nimbus-ventures customerOf acme asserted", "orbit-ventures customerOf acme asserted"],
        [],
    ),
    # ---- a maker's listed products stop at another company's
    (
        "maker-of-list-past-anothers-product",
        "Orbit competes with Zenith, the maker of Keel, and Acme's Helper.",
        ["zenith develops keel asserted", "acme develops helper asserted"],
        ["zenith develops helper asserted"],
    ),
    # ---- a name inside an opening participle phrase is not the main clause's subject
    (
        "name-in-fronted-phrase-not-subject",
        "Founded by former Orbit researchers, the startup has raised money from Acme.",
        [],
        ["acme investsIn orbit asserted"],
    ),
    # ---- "rents it capacity": the subject is the lessor
    (
        "rents-it-capacity-is-the-lessor",
        "Acme has taken a stake in Zenith and rents it GPU capacity on Nimbus.",
        ["acme investsIn zenith asserted"],
        ["acme customerOf nimbus asserted"],
    ),
    # ---- "licensed Quill to power Helper": Quill powers it, and "to power" names no licensee
    (
        "licensed-to-power",
        "Orbit licensed Quill in March to power Helper, its coding assistant.",
        ["helper usesTechnologyOf quill asserted"],
        ["helper customerOf orbit asserted", "helper usesTechnologyOf orbit asserted"],
    ),
    # ---- an investor leading a round is not the topic the next round belongs to
    (
        "round-leader-is-not-the-topic",
        "Zenith makes chips. Orbit led a $6 million seed round in 2021. "
        "Acme led the $38 million Series A a year later.",
        ["orbit investsIn zenith asserted", "acme investsIn zenith asserted"],
        ["acme investsIn orbit asserted"],
    ),
    # ---- "It owns ... Acme and has invested in Orbit": Acme is an object, not the investor
    (
        "present-verb-after-it",
        "Zenith makes chips. It owns about 90% of the designer Acme and has invested heavily in Orbit.",
        ["zenith investsIn orbit asserted"],
        ["acme investsIn orbit asserted"],
    ),
    # ---- an approximate amount stays inside the noun phrase; operating hardware uses it
    (
        "approximate-count-of-goods",
        "Acme uses about 3,000 Zenith GPUs in its Chiba data centre.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    (
        "operates-hardware",
        "Acme operates roughly 3,000 Zenith GPUs.",
        ["acme customerOf zenith asserted"],
        [],
    ),
    # ---- past where a move went, the purpose of the move is stated, not undone
    (
        "moved-to-use",
        "Acme moved its app from Nimbus to Stratus in 2025 to use Quill.",
        [
            "acme usesTechnologyOf quill asserted",
            "acme hostedOn nimbus negated",
            "acme hostedOn stratus asserted",
        ],
        [],
    ),
    # ---- "its shares" is a company named before it, never one named after
    (
        "its-shares-not-a-later-name",
        "Zenith makes robots. The company is majority-owned by Acme, which holds 62% of its shares; "
        "other investors include Orbit.",
        ["acme parentOf zenith asserted"],
        ["acme parentOf orbit asserted", "acme investsIn orbit asserted"],
    ),
    # ---- buying a company's shares is a stake in it, not the company
    (
        "buys-common-stock",
        "Acme will buy Zenith common stock at $12 a share, leaving it with about 5% of the company.",
        ["acme investsIn zenith asserted"],
        ["acme acquires zenith asserted"],
    ),
    (
        "buys-preferred-stock",
        "Orbit agreed to buy Zenith preferred stock from a departing founder.",
        ["orbit investsIn zenith asserted"],
        ["orbit acquires zenith asserted"],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rule(names: NameIndex, text: str, present: list[str], absent: list[str]) -> None:
    found = read(text, names)
    for claim in present:
        assert claim in found, f"{claim!r} not read from {text!r}; got {sorted(found)}"
    for claim in absent:
        assert claim not in found, f"{claim!r} wrongly read from {text!r}"


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        (
            "Zenith spends close to $20 million every month to tap Nova's models; the cheque goes to Acme.",
            20e6,
            "month",
        ),
        ("Orbit spends $3 million a year on Quill, and the payments flow to Acme.", 3e6, "year"),
    ],
)
def test_spending_clause_figure_lands_on_the_payee(
    names: NameIndex, text: str, amount: float, period: str
) -> None:
    [claim] = [c for c in claims(text, names) if c.predicate == "customerOf" and c.object == "acme"]
    assert (claim.qualifiers.amount, claim.qualifiers.currency, claim.qualifiers.period) == (
        amount,
        "USD",
        period,
    )


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "Zenith is a customer of Acme. The company's spending amounts to almost a quarter of "
            "the revenue Acme makes from cloud services.",
            0.25,
        ),
        (
            "Zenith rents servers from Acme. Its bill equals 10% of the revenue Acme earns from hosting.",
            0.1,
        ),
        ("Zenith pays Acme for capacity. The bill amounts to a third of Acme's cloud revenue.", 0.3333),
        ("Zenith is a customer of Acme. Its headcount amounts to a quarter of the staff Acme employs.", None),
    ],
)
def test_revenue_share_through_an_anaphor(names: NameIndex, text: str, share: float | None) -> None:
    [claim] = [c for c in claims(text, names) if c.predicate == "customerOf"]
    assert (claim.subject, claim.object) == ("zenith", "acme")
    assert claim.qualifiers.share == (pytest.approx(share) if share is not None else None)


def test_a_quote_read_by_a_rule_gives_one_claim_per_relation(names: NameIndex) -> None:
    """ "We run everything on Nimbus," said ..., Zenith's CTO: the rule reads "we" as Zenith; the
    model must not add the same relation again with another status."""
    text = '"We run everything on Nimbus," said John Roe, Zenith\'s chief technology officer.'
    found = [f"{c.subject} {c.predicate} {c.object} {c.status.value}" for c in claims(text, names)]
    assert found == ["zenith hostedOn nimbus asserted"], found


# Keel with its registry maker, Acme; Spar with none.
CHIPS = NameIndex(
    [
        *[e for e in ENTITIES if e.id != "keel"],
        Entity(id="keel", label="Keel", type="Chip", parent="acme"),
        Entity(id="spar", label="Spar", type="Chip"),
    ]
)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Orbit designs Spar. Spar will be manufactured by Zenith on its newest process.",
            ["orbit customerOf zenith asserted"],
            ["zenith develops spar asserted", "spar customerOf zenith asserted"],
        ),
        (
            "The Keel is made by Zenith.",
            [],
            ["zenith develops keel asserted", "keel customerOf zenith asserted"],
        ),
        ("The Keel is made by Acme.", ["acme develops keel asserted"], ["keel customerOf acme asserted"]),
        ("Orbit said it has taped out Spar, its first accelerator.", ["orbit develops spar asserted"], []),
    ],
    ids=["foundry-will-manufacture", "foundry-makes", "maker-makes", "taped-out"],
)
def test_a_chip_made_by_a_foundry_is_bought_from_it(text: str, present: list[str], absent: list[str]) -> None:
    """A chip "manufactured by" or "made by" a company other than its maker: its maker buys
    that work (the foundry does not develop it, and the chip itself buys nothing); "taped out" is
    the maker finishing a design."""
    found = read(text, CHIPS)
    assert set(present) <= found, found
    assert not set(absent) & found, found


def test_a_possessive_before_another_makers_product_is_no_maker() -> None:
    """ "Orbit's Zenith Orca clusters": Orbit runs Zenith's chips, it does not make them."""
    names = NameIndex(
        [
            *ENTITIES,
            Entity(id="kelp", label="Kelp", type="Chip", aliases=("Zenith Kelp",), parent="zenith"),
        ]
    )
    found = read("Acme will train its next models on Orbit's Zenith Kelp clusters.", names)
    assert "orbit develops kelp asserted" not in found


def test_an_arm_of_a_group_names_a_company() -> None:
    """ "Hanbit Square, the investment arm of Orbit": a unit is named, with a dictionary word."""
    found = read("Hanbit Square, the investment arm of Orbit, owns about 20% of Zenith.", NameIndex(ENTITIES))
    assert {"hanbit-square investsIn zenith asserted", "orbit parentOf hanbit-square asserted"} <= found
