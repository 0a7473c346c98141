"""The relation model across a reference: a sentence that opens with "it", "its" or "the
company" speaks of the organisation or product the previous sentence was about, and the model
pairs that reference with the sentence's names as it pairs a name, reporting the topic's name.
Names here are unknown to the registry unless they are household ones.
"""

from __future__ import annotations

import pytest

from aikg.extract.anaphora import topic_mention
from aikg.extract.mentions import Mention
from aikg.extract.pipeline import extract
from aikg.extract.sentences import split_sentences
from aikg.ontology.models import Document, Entity, Extraction, content_id
from aikg.ontology.registry import NameIndex, default_registry


@pytest.fixture(scope="module")
def names() -> NameIndex:
    return default_registry()


def run(text: str, names: NameIndex) -> Extraction:
    return extract(Document(id=content_id(text), path="t.txt", text=text), names)


def triples(text: str, names: NameIndex) -> set[tuple[str, str, str, str]]:
    """(subject, predicate, object, status) of every claim."""
    return {(c.subject, c.predicate, c.object, c.status.value) for c in run(text, names).claims}


def relations(text: str, names: NameIndex) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of every claim, whatever its status."""
    return {(s, p, o) for s, p, o, _ in triples(text, names)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kestrel Labs makes software for farmers. In 2021, the startup was bought by Salesforce.",
            ("salesforce", "acquires", "kestrel-labs", "asserted"),
        ),
        (
            "Aujas was founded in 2008 by Rao. The company was incubated by IDG Ventures and later "
            "backed by Sequoia.",
            ("sequoia-capital", "investsIn", "aujas", "asserted"),
        ),
        (
            "Nimbus-2 is a new coding model from Kestrel Labs. It is served from Microsoft Azure data "
            "centres.",
            ("nimbus-2", "hostedOn", "azure", "asserted"),
        ),
        (
            "Nimbus-2 is a new coding model. The model is served to customers through Amazon Web Services.",
            ("nimbus-2", "hostedOn", "aws", "asserted"),
        ),
    ],
    ids=["the-startup-acquired", "the-company-backed", "it-hosted", "the-model-hosted"],
)
def test_a_reference_to_the_topic_is_paired_under_the_topics_name(
    names: NameIndex, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in triples(text, names)


def test_the_claim_quotes_the_sentence_with_the_reference(names: NameIndex) -> None:
    text = "Nimbus-2 is a new coding model. It is available to customers through Google Cloud."
    claim = next(c for c in run(text, names).claims if c.predicate == "hostedOn")
    assert (claim.subject, claim.object) == ("nimbus-2", "google-cloud")
    assert [e.sentence for e in claim.evidence] == ["It is available to customers through Google Cloud."]
    assert text[claim.evidence[0].start : claim.evidence[0].end] == claim.evidence[0].sentence


@pytest.mark.parametrize(
    ("second", "status"),
    [
        ("The firm was reportedly bought by Salesforce.", "reported"),
        ("The company may be bought by Salesforce.", "speculative"),
    ],
    ids=["reported", "speculative"],
)
def test_a_claim_across_a_reference_keeps_its_hedge(names: NameIndex, second: str, status: str) -> None:
    text = f"Kestrel Labs makes software for farmers. {second}"
    assert triples(text, names) == {("salesforce", "acquires", "kestrel-labs", status)}


@pytest.mark.parametrize(
    "text",
    [
        "The weather was bad across the region on Monday. It hit Oracle hard.",
        "Kestrel Labs makes software for farmers. It is unclear whether Salesforce will buy Brightly soon.",
        "Kestrel Labs makes software for farmers. It was Nvidia that led the round in Brightly.",
    ],
    ids=["no-topic", "dummy-it", "cleft"],
)
def test_an_it_that_names_no_organisation_gives_it_no_relation(names: NameIndex, text: str) -> None:
    found = run(text, names)
    assert all("kestrel-labs" not in (c.subject, c.object) for c in found.claims)
    assert all(e.label.lower() not in {"it", "the company"} for e in found.entities)


# ---- which span refers to the topic


ACME = Entity(id="acme", label="Acme", type="Company")
NIMBUS = Entity(id="nimbus", label="Nimbus", type="AIModel")


def referent(text: str, topic: list[Entity]) -> str | None:
    """The words ``topic_mention`` takes as naming the topic in one nameless sentence."""
    s = split_sentences(text)[0]
    m = topic_mention(s, [], topic)
    if m is None:
        return None
    return text[s.offsets[m.start] : s.offsets[m.end - 1] + len(s.tokens.text[m.end - 1])]


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        ("It runs on rented servers.", [ACME], "It"),
        ("Its backers include two funds.", [ACME], "Its"),
        ("But the company declined to comment.", [ACME], "the company"),
        ("In March last year, the Seattle-based startup raised money.", [ACME], "the Seattle-based startup"),
        ("The company's backers include two funds.", [ACME], "The company"),
        ("The model is served from rented servers.", [NIMBUS], "The model"),
        ("The company sells it.", [NIMBUS], None),  # a product is not "the company"
        ("The model sells well.", [ACME], None),  # nor a company "the model"
        ("It runs on rented servers.", [ACME, NIMBUS], None),  # which of the two?
        ("It is unclear who runs it.", [ACME], None),
        ("It is also unclear who runs it.", [ACME], None),
        ("It will also test two rival models.", [ACME], "It"),  # "also" before a verb: a real "it"
        ("It has not raised money since 2023.", [ACME], "It"),
        ("Analysts expect the company to grow.", [ACME], None),  # not the subject
    ],
    ids=[
        "it",
        "its",
        "the-company",
        "after-an-opening-phrase",
        "possessive",
        "the-model",
        "product-not-company",
        "company-not-model",
        "two-topics",
        "dummy-it",
        "dummy-it-also",
        "also-before-a-verb",
        "not-before-a-verb",
        "object",
    ],
)
def test_the_reference_is_the_subject_and_agrees_with_the_topic(
    text: str, topic: list[Entity], expected: str | None
) -> None:
    assert referent(text, topic) == expected


def test_a_sentence_that_names_the_topic_needs_no_reference() -> None:
    s = split_sentences("It said Acme would grow.")[0]
    named = Mention(2, 3, ACME)
    assert topic_mention(s, [named], [ACME]) is None


@pytest.mark.parametrize(
    "opening",
    [
        "Vantor Silicon, a chip startup based in Austin, designs inference chips.",
        "Chip startup Vantor Silicon designs inference chips.",
    ],
)
def test_the_startup_is_the_one_the_text_called_a_startup(names: NameIndex, opening: str) -> None:
    """Another company named in between does not become "the startup"."""
    text = f"{opening} Meta has agreed to buy chips from Nvidia. The startup is backed by Orvo Ventures."
    backed = {(s, o) for s, p, o, _ in triples(text, names) if p == "investsIn"}
    assert backed == {("orvo-ventures", "vantor-silicon")}


def test_the_company_after_a_sentence_about_its_investors_is_still_the_company(names: NameIndex) -> None:
    """Two investors named as a pair do not become "the company" of the next sentence; and a
    sentence that opens with "the company" keeps it the topic for the "it" after."""
    text = (
        "Kestrel Labs raised $40 million from two state funds. Alibaba and Tencent are earlier "
        "investors in Kestrel Labs. The Hangzhou company makes the Tern family of models. It "
        "competes with Moonshot AI for corporate customers."
    )
    found = relations(text, names)
    assert ("kestrel-labs", "develops", "tern") in found, found
    assert ("kestrel-labs", "competesWith", "moonshot-ai") in found, found
    assert not {t for t in found if t[0] in {"alibaba", "tencent"} and t[1] == "develops"}, found
    assert not {t for t in found if "tern" in (t[0], t[2]) and t[1] == "competesWith"}, found


def test_the_product_is_the_one_product_named_before_and_its_maker_stays_the_topic(names: NameIndex) -> None:
    """ "Acme makes Vireo, software that ... The product uses Claude. Its customers ...": the
    product uses the model, and the customers are still the maker's."""
    text = (
        "Kestrel Labs, founded in Oslo in 2020, makes Tern Observe, software that audits what agents do. "
        "The product uses Anthropic's Claude to sort agent behaviour. Its customers include the "
        "freight company Harbinger Logistics."
    )
    found = relations(text, names)
    assert ("tern-observe", "usesTechnologyOf", "claude") in found, found
    assert ("harbinger-logistics", "customerOf", "kestrel-labs") in found, found


def test_a_noun_that_modifies_an_organisation_noun_means_no_product(names: NameIndex) -> None:
    """ "The software giant" is a company, not the software named before it."""
    text = (
        "Salesforce makes Slack, the chat software. The software giant sells its own agent platform, "
        "Agentforce."
    )
    found = relations(text, names)
    assert ("salesforce", "develops", "agentforce") in found, found


def test_the_company_after_a_closing_speaker_is_the_speaker(names: NameIndex) -> None:
    """ "Tern will keep selling to other clouds, CoreWeave said. The company competes with
    AWS.": the company that spoke, not the one it spoke about."""
    text = (
        "Weights & Biases will keep selling its tools to customers on other clouds, CoreWeave said on "
        "Tuesday. The company competes with the largest cloud platforms, including Google Cloud."
    )
    rivals = {frozenset((s, o)) for s, p, o, _ in triples(text, names) if p == "competesWith"}
    assert rivals == {frozenset(("coreweave", "google-cloud"))}


def test_the_company_opening_a_paragraph_is_the_articles_company(names: NameIndex) -> None:
    # the paragraph before ends on a customer; "The company" opening the next means the company
    # the article is about (named most), not the last one named
    text = (
        "Lumabright released its Opal-3 model on Tuesday. Lumabright says Opal-3 is cheaper than GPT-5.\n\n"
        "Early adopters were lined up. Wrenmark, which sells an agent platform, uses Opal-3.\n\n"
        "The company raised a $300 million Series C in June led by Longfield Capital."
    )
    found = relations(text, names)
    assert ("longfield-capital", "investsIn", "lumabright") in found
    assert ("longfield-capital", "investsIn", "wrenmark") not in found


def test_a_company_referred_to_by_its_trade_is_the_topic(names: NameIndex) -> None:
    # "The Pittsburgh warehouse-robot maker's round" after a heading-like lead naming the company
    text = (
        "**Fennmark Robotics - $40M Series B.** The Pittsburgh warehouse-robot maker's round was "
        "led by Greyfold Ventures."
    )
    found = relations(text, names)
    assert ("greyfold-ventures", "investsIn", "fennmark-robotics") in found


def test_a_studio_is_a_company_the_text_refers_back_to(names: NameIndex) -> None:
    text = (
        "Fernbrook Games makes survival games. The studio, which has been owned by Tencent since "
        "2021, will use a dialogue engine from Mirewood AI."
    )
    found = relations(text, names)
    assert ("tencent", "parentOf", "fernbrook-games") in found


def test_it_never_stands_for_a_person(names: NameIndex) -> None:
    text = "Masayoshi Son's conglomerate is the biggest AI investor. It owns about 90% of Arm."
    assert not {t for t in triples(text, names) if t[0] == "masayoshi-son"}


def test_a_foundry_referred_back_to_owns_its_shareholders(names: NameIndex) -> None:
    # a run-in heading names the paragraph's company; "The state-backed foundry" refers to it
    text = (
        "**Rapidus.** The state-backed foundry is building a 2-nanometre fab in Chitose, Hokkaido, "
        "using process technology licensed from IBM. Toyota and SoftBank are among its "
        "shareholders. Rapidus is expected to start production in 2027."
    )
    found = relations(text, names)
    assert {("toyota", "investsIn", "rapidus"), ("softbank", "investsIn", "rapidus")} <= found


@pytest.mark.parametrize(
    "between",
    [
        # the chip's sentence names three companies: the company is the one the text was about
        "The Brantle C4 is fabricated by TSMC, and Corvane's boards are assembled by Wiwynn.",
        # it names one: that one
        "The Brantle C4 will ship in racks at Glenmoor, where Corvane moved its test lab.",
    ],
    ids=["last-topic", "one-named"],
)
def test_the_company_after_a_sentence_about_a_product_is_an_organisation(
    names: NameIndex, between: str
) -> None:
    text = (
        f"Corvane designs the Brantle C4 inference chip. {between} In March the company raised a "
        "$90 million Series B led by Larkfield Capital."
    )
    found = relations(text, names)
    assert ("larkfield-capital", "investsIn", "corvane") in found, found
    assert not [t for t in found if t[0] == "larkfield-capital" and t[2] == "brantle-c4"]


def test_what_the_company_had_done_before_it_moved_off_is_history(names: NameIndex) -> None:
    text = (
        "Skyrest Imaging runs its archive on Google Cloud. Skyrest had kept its imagery on Amazon Web "
        "Services since 2019 but moved off AWS last year."
    )
    aws = {t for t in triples(text, names) if t[2] == "aws"}
    assert aws == {("skyrest-imaging", "hostedOn", "aws", "negated")}, aws


def test_its_after_an_opening_participle_phrase_is_the_main_clauses_subject(names: NameIndex) -> None:
    """ "Founded by former staff of Google's DeepMind, Quillfeather has raised ... Its backers
    include ...": the backers are Quillfeather's, not the lab named in the opening phrase."""
    text = (
        "Founded in 2023 by three former researchers from Google's DeepMind, Quillfeather has raised "
        "about $310 million. Its backers include Lightspeed Venture Partners and Salesforce Ventures."
    )
    found = relations(text, names)
    assert ("salesforce-ventures", "investsIn", "quillfeather") in found, found
    assert not [t for t in found if t[1] == "investsIn" and t[2] != "quillfeather"], found


def test_a_distinct_noun_takes_no_organisation_named_after_a_preposition(names: NameIndex) -> None:
    """ "The lab" is a lab the text described as one, not any company the sentence before named."""
    text = "The dispute comes at an awkward moment for Kestrel Labs. The lab is racing Nvidia for land."
    assert ("kestrel-labs", "competesWith", "nvidia") not in relations(text, names)
    company = text.replace("The lab", "The company")
    assert ("kestrel-labs", "competesWith", "nvidia") in relations(company, names)


def test_a_persons_company_is_still_the_organisation_the_text_is_about(names: NameIndex) -> None:
    """ "Elon Musk's company" names xAI, so the next "It" is xAI, not Musk."""
    text = "xAI builds the Grok models. Elon Musk's company is adding capacity. It rents GPUs from Oracle."
    assert ("xai", "customerOf", "oracle") in relations(text, names)


def test_a_trade_noun_means_only_the_organisation_described_with_it(names: NameIndex) -> None:
    """ "Tarnwell Dental, the 240-clinic chain ... The chain has signed a contract with Orrin":
    Tarnwell, however far back it was called a chain; "the authority" is no company called
    otherwise, and "a supply-chain software company" calls nothing a chain."""
    described = (
        "Tarnwell Dental, the 240-clinic chain, replaced its imaging vendor. The move took a year. "
        "Staff were retrained. Patients noticed little. Tarnwell is also adding a second supplier. "
        "The chain has signed a contract with Orrin Imaging Ltd to deploy its scanner software."
    )
    assert ("tarnwell-dental", "customerOf", "orrin-imaging") in relations(described, names)
    undescribed = (
        "Tarnwell Dental sells dental care. The authority has signed a contract with Orrin Imaging Ltd."
    )
    assert not any(s == "tarnwell-dental" for s, _, _ in relations(undescribed, names))
    compound = (
        "Tarnwell keeps Bluefield, the supply-chain software company, for its warehouses. "
        "The chain has signed a contract with Orrin Imaging Ltd."
    )
    assert not any(s == "bluefield" for s, _, _ in relations(compound, names))


def test_the_third_vendor_is_another_organisation_not_the_topic(names: NameIndex) -> None:
    """ "The third vendor is Fennick Ltd, a company that makes DermaLens": one more vendor, named
    right there; the topic before makes nothing of it."""
    text = (
        "IDEXX supplies Brindle's lab tests and IDEXX sells SediVue analysers. The third vendor is "
        "Fennick Ltd, a Cambridge, England-based company that makes DermaLens, a phone-camera tool."
    )
    found = relations(text, names)
    assert ("fennick", "develops", "dermalens") in found
    assert not any(o == "dermalens" and s != "fennick" for s, _, o in found)


def test_a_trade_noun_after_an_opening_phrase_means_the_organisation_named_with_it(names: NameIndex) -> None:
    """ "Starting in July, the authority will pay ASTERRA": the Cedar Basin Water Authority,
    named two paragraphs back, though another company was the topic since."""
    text = (
        "The Cedar Basin Water Authority hired Aquilo Systems to find leaks.\n\n"
        "Aquilo Systems sells acoustic sensors. Aquilo Systems competes with Xylem.\n\n"
        "The package covers a second tool as well. Starting in July, the authority will pay "
        "Orrin Imaging Ltd, an Israeli company, for satellite scans."
    )
    assert ("cedar-basin-water-authority", "customerOf", "orrin-imaging") in relations(text, names)
