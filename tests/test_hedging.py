"""Status and confidence: asserted, reported, alleged, speculative, negated, and their scope."""

from __future__ import annotations

import pytest

from aikg.extract.hedging import CONFIDENCE
from aikg.extract.pipeline import extract
from aikg.ontology.models import Claim, Document, Entity, Status, content_id
from aikg.ontology.registry import NameIndex

NAMES = NameIndex(
    [
        Entity(id="acme", label="Acme", type="Company"),
        Entity(id="zenith", label="Zenith", type="Company"),
        Entity(id="the-ledger", label="The Ledger", type="NewsOutlet"),
        Entity(id="orbit", label="Orbit", type="Company"),
    ]
)


# The names above and a cloud, for the sentences about hosting.
WITH_NIMBUS = NameIndex([*NAMES, Entity(id="nimbus", label="Nimbus", type="CloudPlatform")])
WITH_QUILL = NameIndex([*NAMES, Entity(id="quill", label="Quill", type="AIModel")])


def claim(text: str, predicate: str = "investsIn", names: NameIndex = NAMES) -> Claim:
    doc = Document(id=content_id(text), path="t.txt", text=text)
    [found] = [c for c in extract(doc, names).claims if c.predicate == predicate]
    return found


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Acme invested in Zenith.", Status.ASSERTED),
        ("Acme has invested heavily in Zenith since 2021.", Status.ASSERTED),
        ("Acme could invest in Zenith.", Status.SPECULATIVE),
        ("Acme may invest in Zenith.", Status.SPECULATIVE),
        ("Acme might invest in Zenith.", Status.SPECULATIVE),
        ("Acme plans to invest in Zenith.", Status.SPECULATIVE),
        ("Acme is considering an investment in Zenith.", Status.SPECULATIVE),
        ("Acme is in talks to invest in Zenith.", Status.SPECULATIVE),
        ("If rates fall, Acme will invest in Zenith.", Status.SPECULATIVE),
        ("Will Acme invest in Zenith?", Status.SPECULATIVE),
        ("It is possible that Acme invested in Zenith.", Status.SPECULATIVE),
        ("Acme has not invested in Zenith.", Status.NEGATED),
        ("Acme never invested in Zenith.", Status.NEGATED),
        ("Acme doesn't invest in Zenith.", Status.NEGATED),
        ("Acme denied that it had invested in Zenith.", Status.NEGATED),
        ("Acme no longer invests in Zenith.", Status.NEGATED),
        ("The Ledger reported that Acme invested in Zenith.", Status.REPORTED),
        ("According to The Ledger, Acme invested in Zenith.", Status.REPORTED),
        ("Reports indicate that Acme invested in Zenith.", Status.REPORTED),
        ("Acme reportedly invested in Zenith.", Status.REPORTED),
        ("Acme allegedly invested in Zenith through a shell company.", Status.ALLEGED),
        ("Acme was accused of secretly investing in Zenith.", Status.ALLEGED),
        ('Acme "invested" in Zenith, critics say.', Status.ALLEGED),
        ("Acme, which has not disclosed terms, invested in Zenith.", Status.ASSERTED),
        ("Acme not only invested in Zenith but also hired staff.", Status.ASSERTED),
        ("In May 2024, Acme invested in Zenith.", Status.ASSERTED),
    ],
    ids=[
        "plain",
        "adverb",
        "could",
        "may",
        "might",
        "plans",
        "considering",
        "talks",
        "conditional",
        "question",
        "possible-that",
        "has-not",
        "never",
        "contraction",
        "denied",
        "no-longer",
        "outlet-reported",
        "according-to",
        "reports-indicate",
        "reportedly",
        "allegedly",
        "accused",
        "scare-quotes",
        "negation-in-aside",
        "not-only",
        "month-may",
    ],
)
def test_status(text: str, status: Status) -> None:
    assert claim(text).status == status


def test_no_before_a_deal_noun_denies_the_deal() -> None:
    text = "Acme has no long-term contract with Zenith and orders a batch at a time."
    assert claim(text, "partnerOf").status == Status.NEGATED


def test_reported_by_names_the_outlet_not_a_party() -> None:
    found = claim("The Ledger reported that Acme invested in Zenith.")
    assert found.reported_by == "the-ledger"
    assert claim("According to The Ledger, Acme invested in Zenith.").reported_by == "the-ledger"
    assert claim("Reports indicate that Acme invested in Zenith.").reported_by is None


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Acme invested $5 million in Zenith, the company said on Monday.", Status.ASSERTED),
        ("Acme invested in Zenith, said Mara Lind, Acme's chief executive.", Status.ASSERTED),
        ("Zenith's founder said Acme had invested in the startup.", Status.ASSERTED),
        ("Acme invested in Zenith, according to Zenith's annual report.", Status.ASSERTED),
        ("Acme invested in Zenith, Orbit said.", Status.REPORTED),
        ("Analysts said Acme invested in Zenith.", Status.REPORTED),
        ("Acme invested in Zenith, according to a filing.", Status.REPORTED),
        ("Acme invested in Zenith, the company said, according to people familiar with it.", Status.REPORTED),
        ("Acme bought a stake and Orbit said Acme invested in Zenith.", Status.REPORTED),
        ("Acme denied buying Orbit but said it had invested in Zenith.", Status.ASSERTED),
        ("Orbit denied the report but said Acme had invested in Zenith.", Status.REPORTED),
    ],
    ids=[
        "the-company-said",
        "said-its-chief",
        "founder-said",
        "according-to-own-report",
        "third-company",
        "analysts",
        "filing",
        "unnamed-sources-too",
        "other-speaker-after-and",
        "elided-speaker-is-the-party",
        "elided-speaker-is-a-third-company",
    ],
)
def test_a_party_speaking_of_its_own_deal_asserts_it(text: str, status: Status) -> None:
    """The status says who stands behind a claim: the company itself, or someone telling of it."""
    assert claim(text).status == status


def test_it_after_an_elided_speaker_is_the_sentence_subject_never_an_outlet() -> None:
    """ "Acme denied ... but said it had invested": Acme said it, so "it" is Acme; when an
    outlet opens the sentence, "it" stays unresolved rather than make the outlet an investor."""
    text = "Acme denied buying Orbit but said it had invested in Zenith."
    assert (claim(text).subject, claim(text).object) == ("acme", "zenith")
    doc = Document(
        id="d",
        path="t.txt",
        text="The Ledger reported that Acme bought Orbit, but said it had invested in Zenith.",
    )
    assert not [c for c in extract(doc, NAMES).claims if c.subject == "the-ledger"]


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        ("Acme declined to say whether it would invest in Zenith.", "investsIn", Status.SPECULATIVE),
        ("Acme ruled out an acquisition of Zenith.", "acquires", Status.NEGATED),
        ("Acme's bid to buy Zenith failed.", "acquires", Status.NEGATED),
        ("Acme's investment in Zenith failed to pay off.", "investsIn", Status.ASSERTED),
    ],
    ids=["declined-to-say-is-no-refusal", "ruled-out", "bid-failed", "failed-to-pay-off"],
)
def test_refusals_and_failures(text: str, predicate: str, status: Status) -> None:
    assert claim(text, predicate).status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Acme, which has invested in Zenith, reported a record quarterly profit.", Status.ASSERTED),
        ("Acme, which has invested in Zenith, reports earnings on Tuesday.", Status.ASSERTED),
        ("The Ledger reported that Acme had invested in Zenith.", Status.REPORTED),
    ],
    ids=["reported-a-profit", "reports-earnings", "reported-that"],
)
def test_a_company_reporting_its_figures_reports_no_news(text: str, status: Status) -> None:
    assert claim(text).status == status


def test_a_party_accusing_the_other_only_alleges() -> None:
    text = "Acme said Zenith broke its terms of service by copying Acme's outputs."
    assert claim(text, "violatesTermsOf").status == Status.ALLEGED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Acme, Zenith's former parent, grew.", Status.NEGATED),
        ("Acme, a potential partner of Zenith, grew.", Status.SPECULATIVE),
        ("Could Acme, the parent of Zenith, grow?", Status.ASSERTED),
    ],
    ids=["former", "potential", "question-keeps-apposition"],
)
def test_noun_phrase_relations_take_only_their_own_cues(text: str, status: Status) -> None:
    doc = Document(id=content_id(text), path="t.txt", text=text)
    [found] = extract(doc, NAMES).claims
    assert found.status == status


def test_confidence_follows_status_and_rule_strength() -> None:
    assert claim("Acme invested in Zenith.").confidence == CONFIDENCE[Status.ASSERTED]
    assert claim("Acme could invest in Zenith.").confidence == CONFIDENCE[Status.SPECULATIVE]
    assert claim("Acme has not invested in Zenith.").confidence == CONFIDENCE[Status.NEGATED]
    weaker = claim("Acme has poured money into Zenith.")
    assert 0 < weaker.confidence < CONFIDENCE[Status.ASSERTED]
    assert all(0 <= v <= 1 for v in CONFIDENCE.values())


def test_hedge_in_another_clause_does_not_spread() -> None:
    text = "Acme invested in Zenith, and Orbit could buy chips from Zenith."
    doc = Document(id=content_id(text), path="t.txt", text=text)
    statuses = {(c.subject, c.predicate): c.status for c in extract(doc, NAMES).claims}
    assert statuses[("acme", "investsIn")] == Status.ASSERTED
    assert statuses[("orbit", "customerOf")] == Status.SPECULATIVE


@pytest.mark.parametrize(
    ("text", "status", "reported_by"),
    [
        (
            "According to The Ledger, Orbit agreed a deal, making Acme a customer of Zenith.",
            Status.REPORTED,
            "the-ledger",
        ),
        ("Orbit agreed a deal, making Acme a customer of Zenith.", Status.ASSERTED, None),
    ],
    ids=["opening-attribution-covers-it", "no-attribution"],
)
def test_an_opening_attribution_covers_noun_phrase_relations(
    text: str, status: Status, reported_by: str | None
) -> None:
    found = claim(text, predicate="customerOf")
    assert (found.subject, found.object, found.status, found.reported_by) == (
        "acme",
        "zenith",
        status,
        reported_by,
    )


def test_what_customers_can_already_use_is_no_possibility() -> None:
    """ "can be accessed on" says where a model is offered; "can invest" is still only possible."""
    names = NameIndex(
        [
            Entity(id="quill", label="Quill", type="AIModel"),
            Entity(id="nimbus", label="Nimbus", type="CloudPlatform"),
        ]
    )
    for text in (
        "Quill can be accessed on Nimbus and two other clouds.",
        "Quill can be used on Nimbus today.",
    ):
        doc = Document(id=content_id(text), path="t.txt", text=text)
        [found] = [c for c in extract(doc, names).claims if c.predicate == "hostedOn"]
        assert found.status == Status.ASSERTED, text
    assert claim("Acme can invest in Zenith once regulators agree.").status == Status.SPECULATIVE


def test_a_denial_ends_at_a_turn() -> None:
    text = "Acme denied buying Zenith but said it had invested in Orbit."
    doc = Document(id=content_id(text), path="t.txt", text=text)
    found = {(c.subject, c.predicate, c.object): c.status for c in extract(doc, NAMES).claims}
    assert found[("acme", "acquires", "zenith")] == Status.NEGATED
    assert found[("acme", "investsIn", "orbit")].is_direct, found
    assert claim("Acme, which denied the report, bought Zenith.", "acquires").status.is_direct  # an aside
    text = (
        "By building its own models, Acme would not only cut costs but also gain control over "
        "the software behind its flagship app, Quill."
    )
    doc = Document(id=content_id(text), path="t.txt", text=text)
    [develops] = [c for c in extract(doc, NAMES).claims if c.predicate == "develops"]
    assert develops.status == Status.SPECULATIVE  # "not only ... but also" is no turn


def test_a_plan_before_a_verb_whose_object_is_the_subject_hedges() -> None:
    """ "plans to move Zenith's Quill onto Nimbus": Quill, the relation's subject, follows the
    verb, so the plan stands before the words that state the relation."""
    names = NameIndex(
        [
            Entity(id="zenith", label="Zenith", type="Company"),
            Entity(id="quill", label="Quill", type="Product"),
            Entity(id="nimbus", label="Nimbus", type="CloudPlatform"),
        ]
    )
    text = "Acme bought Zenith and plans to move Zenith's Quill onto Nimbus."
    doc = Document(id=content_id(text), path="t.txt", text=text)
    [hosted] = [c for c in extract(doc, names).claims if c.predicate == "hostedOn"]
    assert hosted.status == Status.SPECULATIVE


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Acme was an investor in Zenith until last year, when it sold its stake.", Status.NEGATED),
        ("Acme invested in Zenith and owned shares until the 2022 listing.", Status.ASSERTED),
        ("Acme had backed Zenith until it went bankrupt.", Status.NEGATED),
        ("Acme will invest in Zenith until 2030.", Status.ASSERTED),
        ("Acme has invested in Zenith since 2020.", Status.ASSERTED),
        ("Until this month, Acme held a stake in Zenith.", Status.NEGATED),
        ("Until 2024 Acme had invested in Zenith through a fund.", Status.NEGATED),
        ("Until the listing, Acme will invest in Zenith.", Status.ASSERTED),
        ("Acme was an investor in Zenith until recently.", Status.NEGATED),
        ("Until recently Acme held a stake in Zenith.", Status.NEGATED),
        ("Acme has been an investor in Zenith until now.", Status.ASSERTED),
        ("Acme had recently invested in Zenith.", Status.ASSERTED),
        ("Acme held a stake in Zenith from 2015 to 2020.", Status.NEGATED),
        ("Between 2018 and 2021, Acme held a stake in Zenith.", Status.NEGATED),
        ("Acme has held a stake in Zenith from 2015 to now.", Status.ASSERTED),
        ("Acme will invest in Zenith from 2025 to 2030.", Status.ASSERTED),
        ("Acme owned shares in Zenith through the second of its funds until late 2025.", Status.NEGATED),
        ("Acme owned shares in Zenith through a fund that it ran until 2025.", Status.ASSERTED),
    ],
    ids=[
        "until-last-year",
        "until-after-another-verb",
        "until-event",
        "future",
        "since",
        "opening-until-a-time",
        "opening-until-a-year",
        "opening-until-an-event",
        "until-recently",
        "opening-until-recently",
        "until-now",
        "recently-without-until",
        "from-a-year-to-a-year",
        "opening-between-years",
        "from-a-year-to-now",
        "future-period",
        "until-past-what-it-was-for",
        "until-in-a-relative-clause",
    ],
)
def test_a_past_relation_held_until_a_time_has_ended(text: str, status: Status) -> None:
    assert claim(text).status == status


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        ("Zenith ran on Nimbus until 2023.", "hostedOn", Status.NEGATED),
        ("Zenith hosted its models on Nimbus until last year.", "hostedOn", Status.NEGATED),
        ("Zenith will run on Nimbus until 2030.", "hostedOn", Status.ASSERTED),
        ("Zenith has run on Nimbus until now.", "hostedOn", Status.ASSERTED),
        ("Acme partnered with Zenith until the deal closed.", "partnerOf", Status.NEGATED),
        (
            "Until the end of May, Zenith had trained and served its models on Nimbus.",
            "hostedOn",
            Status.NEGATED,
        ),
        ("Until the middle of this year, Zenith served its models on Nimbus.", "hostedOn", Status.NEGATED),
        ("Until the summer, Zenith bought its chips from Acme.", "customerOf", Status.NEGATED),
        ("Until that sale closed, Zenith was a subsidiary of Acme.", "parentOf", Status.NEGATED),
        ("Until the sale closes, Zenith remains a subsidiary of Acme.", "parentOf", Status.ASSERTED),
        ("Until the end of the decade, Zenith will run on Nimbus.", "hostedOn", Status.ASSERTED),
        ("Orbit, the group that owned Zenith before the sale, kept a royalty.", "parentOf", Status.NEGATED),
        ("Orbit owned Zenith before the listing.", "parentOf", Status.ASSERTED),
        (
            "Acme, which ran its photo pipeline on Nimbus until the merger, now uses Orbit.",
            "hostedOn",
            Status.NEGATED,
        ),
    ],
    ids=[
        "ran-until-a-year",
        "hosted-until-last-year",
        "future",
        "until-now",
        "partnered-until-an-event",
        "opening-until-the-end-of",
        "opening-until-the-middle-of",
        "opening-until-a-season",
        "opening-until-a-past-event",
        "opening-until-a-future-event",
        "opening-until-the-end-of-a-future",
        "owned-before-the-sale",
        "owned-before-another-event",
        "ran-until-in-its-relative-clause",
    ],
)
def test_other_past_verbs_held_until_a_time_have_ended(text: str, predicate: str, status: Status) -> None:
    assert claim(text, predicate, WITH_NIMBUS).status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Acme, once backed by Zenith, now raises money from Orbit.", Status.NEGATED),
        ("Acme, once a rival, now invests in Zenith.", Status.ASSERTED),
        ("Acme, which once backed Zenith, now invests in Orbit.", Status.NEGATED),
        ("Acme once invested in Zenith.", Status.ASSERTED),
        ("Zenith was once owned by Acme.", Status.NEGATED),
        ("Zenith was once a unit of Acme.", Status.NEGATED),
        ("Acme, once a customer of Zenith, said it grew.", Status.NEGATED),
        ("Acme was once again investing in Zenith.", Status.ASSERTED),
        ("Acme, until recently Zenith's second-largest customer, said it grew.", Status.NEGATED),
        ("Acme, which until recently backed Zenith, now invests in Orbit.", Status.NEGATED),
        ("Acme, which recently backed Zenith, now invests in Orbit.", Status.ASSERTED),
    ],
    ids=[
        "once-in-an-aside",
        "once-aside-closed-before",
        "which-once",
        "once-without-aside",
        "was-once-owned",
        "was-once-a-unit",
        "once-a-customer-in-an-aside",
        "once-again",
        "until-recently-in-an-aside",
        "which-until-recently",
        "recently-alone",
    ],
)
def test_what_held_once_in_an_aside_holds_no_more(text: str, status: Status) -> None:
    claims = extract(Document(id="d", path="t.txt", text=text), NAMES).claims
    [found] = [c for c in claims if {c.subject, c.object} == {"acme", "zenith"}]
    assert found.status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Acme declined to invest in Zenith.", Status.NEGATED),
        ("Acme refused to invest in Zenith on those terms.", Status.NEGATED),
        ("Acme passed on the chance to invest in Zenith.", Status.NEGATED),
        ("Acme decided against investing in Zenith.", Status.NEGATED),
        ("Acme owns no shares in Zenith.", Status.NEGATED),
        ("Acme declined to comment on its investment in Zenith.", Status.ASSERTED),
    ],
    ids=["declined-to", "refused-to", "passed-on", "decided-against", "no-shares", "declined-to-comment"],
)
def test_a_chance_declined_is_no_relation(text: str, status: Status) -> None:
    assert claim(text).status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Acme looked at buying Zenith last year.", Status.SPECULATIVE),
        ("Acme took a look at acquiring Zenith.", Status.SPECULATIVE),
        ("Acme explored buying Zenith.", Status.SPECULATIVE),
        ("Acme agreed to buy Zenith in 2024 but walked away over the price.", Status.NEGATED),
        ("Acme looked at buying Zenith but later pulled out, two people said.", Status.NEGATED),
        ("Acme bought Zenith but pulled out of the chip market.", Status.ASSERTED),
        ("A planned takeover of Zenith by Acme collapsed in May.", Status.NEGATED),
        ("The takeover of Zenith by Acme closed in May.", Status.ASSERTED),
    ],
    ids=[
        "looked-at",
        "took-a-look-at",
        "explored",
        "walked-away",
        "pulled-out",
        "pulled-out-of-else",
        "takeover-by-collapsed",
        "takeover-by-closed",
    ],
)
def test_a_deal_looked_at_or_walked_away_from_is_not_made(text: str, status: Status) -> None:
    assert claim(text, "acquires").status == status


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        (
            "Zenith used Nimbus for its archive in 2024 but did not renew, its CTO said.",
            "hostedOn",
            Status.NEGATED,
        ),
        ("Zenith ran its archive on Nimbus in 2024 but never renewed.", "hostedOn", Status.NEGATED),
        ("Zenith ran its archive on Nimbus and will renew the contract.", "hostedOn", Status.ASSERTED),
        ("Acme allowed its co-selling agreement with Zenith to lapse in June.", "partnerOf", Status.NEGATED),
        ("Acme signed a co-selling agreement with Zenith to lapse in 2030.", "partnerOf", Status.ASSERTED),
        ("Zenith ran on Nimbus between 2019 and 2024, when that deal lapsed.", "hostedOn", Status.NEGATED),
        ("Zenith has run on Nimbus since 2019, when the contract was signed.", "hostedOn", Status.ASSERTED),
        (
            "Zenith ran its models on Nimbus through 2025, but has retired that fleet.",
            "hostedOn",
            Status.NEGATED,
        ),
        ("Zenith runs its models on Nimbus and retired its old servers.", "hostedOn", Status.ASSERTED),
        (
            "Zenith answered calls with a bot built on Nimbus, but it stopped using that system in May.",
            "hostedOn",
            Status.NEGATED,
        ),
        (
            "Zenith trained a prototype on Nimbus but stopped using the service in 2024.",
            "hostedOn",
            Status.NEGATED,
        ),
        (
            "Zenith trained a prototype on Nimbus but stopped using the service of Acme.",
            "hostedOn",
            Status.ASSERTED,
        ),
        (
            "An early version of Helper relied on Nimbus, but Zenith stopped using it last year.",
            "hostedOn",
            Status.NEGATED,
        ),
    ],
    ids=[
        "did-not-renew",
        "never-renewed",
        "will-renew",
        "allowed-to-lapse",
        "no-one-let-it-lapse",
        "when-that-contract-lapsed",
        "when-the-contract-was-signed",
        "retired-that-fleet",
        "retired-its-own-servers",
        "stopped-using-that-system",
        "stopped-using-the-service",
        "stopped-using-the-service-of-another",
        "a-named-user-stopped-using-it",
    ],
)
def test_a_deal_left_to_run_out_has_ended(text: str, predicate: str, status: Status) -> None:
    assert claim(text, predicate, WITH_NIMBUS).status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Acme's claims assistant is built on Zenith's models.", Status.ASSERTED),
        ("Acme's report team uses Zenith's models.", Status.ASSERTED),
        ("Acme uses Zenith's models, the report said.", Status.REPORTED),
    ],
    ids=["claims-assistant", "report-team", "the-report-said"],
)
def test_a_reporting_noun_qualifying_another_reports_nothing(text: str, status: Status) -> None:
    assert claim(text, "usesTechnologyOf").status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Acme has invested in Zenith, its chief executive told reporters.", Status.ASSERTED),
        ("Acme has invested in Zenith, their lawyers told reporters.", Status.ASSERTED),
        ("Acme has invested in Zenith, an analyst told reporters.", Status.REPORTED),
    ],
    ids=["its-chief-executive-told", "their-lawyers-told", "an-analyst-told"],
)
def test_a_partys_own_people_telling_reporters_assert(text: str, status: Status) -> None:
    assert claim(text).status == status


def test_an_attempt_is_not_a_deal() -> None:
    assert claim("Acme tried to buy Zenith last year.", "acquires").status == Status.SPECULATIVE
    assert claim("Acme has sought to invest in Zenith.").status == Status.SPECULATIVE
    assert claim("Acme tried in 2023 to buy Zenith outright.", "acquires").status == Status.SPECULATIVE
    assert claim("Acme tried twice to buy Zenith.", "acquires").status == Status.SPECULATIVE


def test_interest_in_a_deal_is_no_deal() -> None:
    assert (
        claim("Acme is interested in licensing Zenith's models.", "usesTechnologyOf").status
        == Status.SPECULATIVE
    )
    assert claim("Acme has expressed interest in buying Zenith.", "acquires").status == Status.SPECULATIVE
    assert claim("Acme holds an interest in Zenith.", "investsIn").status == Status.ASSERTED


@pytest.mark.parametrize(
    "text",
    ["Orbit, which also bid for Zenith last spring, said nothing.", "Acme bid for Zenith in 2023."],
    ids=["relative-clause", "after-a-name"],
)
def test_bidding_for_a_company_is_an_offer(text: str) -> None:
    assert claim(text, "acquires").status == Status.SPECULATIVE


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Acme, the chip designer, said on Thursday that it had invested in Zenith.", Status.ASSERTED),
        ("Orbit, a rival, said Acme had invested in Zenith.", Status.REPORTED),
        ("Acme invested in Zenith, the startup, said The Ledger.", Status.REPORTED),
    ],
    ids=["party-with-apposition", "other-with-apposition", "speaker-after-an-object-apposition"],
)
def test_a_speaker_set_off_by_an_apposition(text: str, status: Status) -> None:
    assert claim(text).status == status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Neither Acme nor Orbit invested in Zenith.",
            {("acme", "zenith", "negated"), ("orbit", "zenith", "negated")},
        ),
        (
            "Acme invested in neither Zenith nor Orbit.",
            {("acme", "zenith", "negated"), ("acme", "orbit", "negated")},
        ),
        ("Acme invested in Zenith; neither Orbit nor its rival did.", {("acme", "zenith", "asserted")}),
    ],
    ids=["neither-subjects", "neither-objects", "neither-in-another-clause"],
)
def test_neither_nor_negates_every_member(text: str, expected: set[tuple[str, str, str]]) -> None:
    claims = extract(Document(id=content_id(text), path="t.txt", text=text), NAMES).claims
    found = {(c.subject, c.object, c.status.value) for c in claims if c.predicate == "investsIn"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        ("Analysts expect Acme to acquire Zenith.", "acquires", Status.SPECULATIVE),
        ("Acme ruled out an acquisition of Zenith.", "acquires", Status.NEGATED),
        ("Zenith turned down an investment from Acme.", "investsIn", Status.NEGATED),
        ("Acme has yet to invest in Zenith.", "investsIn", Status.NEGATED),
        ("Acme has yet to decide, but it invested in Zenith.", "investsIn", Status.ASSERTED),
        ("Zenith runs on Nimbus, The Ledger has learned.", "hostedOn", Status.REPORTED),
    ],
    ids=["expect", "ruled-out", "turned-down", "yet-to", "yet-to-another-verb", "has-learned"],
)
def test_more_hedges_and_denials(text: str, predicate: str, status: Status) -> None:
    assert claim(text, predicate, WITH_NIMBUS).status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Zenith lost Acme as a customer.", Status.NEGATED),
        ("Zenith lost Acme and Orbit as customers last year.", Status.NEGATED),
        ("Zenith, which lost money last year, counts Acme as a customer.", Status.ASSERTED),
    ],
    ids=["lost-as", "lost-a-list-as", "lost-money-elsewhere"],
)
def test_a_lost_customer_is_no_longer_one(text: str, status: Status) -> None:
    claims = extract(Document(id=content_id(text), path="t.txt", text=text), NAMES).claims
    [found] = [c for c in claims if (c.subject, c.predicate, c.object) == ("acme", "customerOf", "zenith")]
    assert found.status == status


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        ("Regulators allege that Acme invested in Zenith.", "investsIn", Status.ALLEGED),
        ("Zenith claims Acme broke its terms of service.", "violatesTermsOf", Status.ALLEGED),
        ("The Ledger claims Acme invested in Zenith.", "investsIn", Status.REPORTED),
    ],
    ids=["allege", "a-party-claims", "an-outlet-claims"],
)
def test_one_partys_claim_is_alleged(text: str, predicate: str, status: Status) -> None:
    assert claim(text, predicate).status == status


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        ("Acme's bid for Zenith failed.", "acquires", Status.NEGATED),
        ("Acme's bid for Zenith was approved.", "acquires", Status.SPECULATIVE),
        ("Acme failed to buy Zenith.", "acquires", Status.NEGATED),
        ("Acme failed to disclose its investment in Zenith.", "investsIn", Status.ASSERTED),
        ("Acme's partnership with Zenith failed to impress investors.", "partnerOf", Status.ASSERTED),
    ],
    ids=["bid-failed", "possessive-bid", "failed-to-buy", "failed-to-disclose", "failed-to-impress"],
)
def test_a_failed_bid_is_negated(text: str, predicate: str, status: Status) -> None:
    assert claim(text, predicate).status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Acme will invest in Zenith once it launches its app.", Status.SPECULATIVE),
        ("Acme will invest in Zenith if the price falls.", Status.SPECULATIVE),
        ("Acme will invest up to $4 billion in Zenith.", Status.ASSERTED),
        ("Acme will once again invest in Zenith.", Status.ASSERTED),
        ("Acme will invest in Zenith, and Orbit will join if it can.", Status.ASSERTED),
    ],
    ids=["will-once", "will-if", "will", "once-again", "condition-of-another-clause"],
)
def test_a_future_relation_on_a_condition_is_speculative(text: str, status: Status) -> None:
    claims = extract(Document(id=content_id(text), path="t.txt", text=text), NAMES).claims
    [found] = [c for c in claims if (c.subject, c.predicate, c.object) == ("acme", "investsIn", "zenith")]
    assert found.status == status


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        ('"We are not an investor in Zenith," Acme said.', "investsIn", Status.NEGATED),
        ('"We are no longer a customer of Zenith," Acme said.', "customerOf", Status.NEGATED),
        ('"We were never a supplier to Zenith," Acme said.', "customerOf", Status.NEGATED),
        ('"We have been a customer of Zenith since 2019," Acme said.', "customerOf", Status.ASSERTED),
    ],
    ids=["are-not", "no-longer", "never", "have-been"],
)
def test_a_quoted_we_denies_a_role(text: str, predicate: str, status: Status) -> None:
    assert claim(text, predicate).status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Acme said it would invest $40 million in Zenith.", Status.ASSERTED),
        ("Acme said it would consider investing in Zenith.", Status.SPECULATIVE),
        ("Acme would invest in Zenith if the price fell.", Status.SPECULATIVE),
        ("Acme said on Friday that it would put $40 million into Zenith.", Status.ASSERTED),
        (
            "Acme said it had closed its Lyon office, and that it would put $40 million into Zenith.",
            Status.ASSERTED,
        ),
        ("Acme said on Monday it would invest $40 million in Zenith.", Status.ASSERTED),
        ("Acme said in a statement it would invest in Zenith.", Status.ASSERTED),
        ("Acme said on Monday it would consider investing in Zenith.", Status.SPECULATIVE),
        ("Acme said in an interview it would probably invest in Zenith.", Status.SPECULATIVE),
    ],
    ids=[
        "reported-will",
        "would-consider",
        "conditional",
        "reported-will-after-that",
        "reported-will-after-and-that",
        "reported-will-after-a-day",
        "reported-will-after-in-a-statement",
        "would-consider-after-a-day",
        "probably-after-in-an-interview",
    ],
)
def test_a_reported_will_is_a_commitment(text: str, status: Status) -> None:
    assert claim(text).status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Acme, once an early backer of Zenith, no longer holds any shares.", Status.NEGATED),
        ("Zenith's venture backers, Acme and Orbit, were paid and no longer own shares.", Status.NEGATED),
        ("Acme, which had backed Zenith since 2019, also sold out last year.", Status.NEGATED),
        ("Acme backs Zenith, and Orbit no longer holds shares in it.", Status.ASSERTED),
    ],
    ids=["no-longer-holds", "a-list-of-backers", "sold-out", "another-holder"],
)
def test_a_holder_that_has_left_is_no_investor(text: str, status: Status) -> None:
    assert claim(text).status == status


def test_a_party_cut_off_no_longer_uses_what_it_was_cut_off_from() -> None:
    names = NameIndex([*NAMES, Entity(id="quill", label="Quill", type="AIModel")])
    for text in (
        "Zenith has cut off the startup Acme from its API after finding that Acme was using Quill.",
        "Zenith banned Acme after Acme used Quill to train a rival model.",
    ):
        doc = Document(id=content_id(text), path="t.txt", text=text)
        [used] = [c for c in extract(doc, names).claims if c.predicate == "usesTechnologyOf"]
        assert used.status == Status.NEGATED, text
    assert claim("Acme invested in Zenith, and Orbit later cut off its rival.").status.is_direct


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        (
            "Reports in March that Acme had joined Zenith's seed round were false, a director said.",
            "investsIn",
        ),
        ("Earlier reports that Acme would take a stake in Zenith were denied by Acme.", "investsIn"),
        ("Rumours that Acme was buying Zenith are unfounded.", "acquires"),
        ("A banker said Acme would buy a stake in Zenith; Acme says it has no such plans.", "investsIn"),
        ("Some analysts expect Acme to invest in Zenith, but Acme denied it on Monday.", "investsIn"),
    ],
    ids=["reports-were-false", "reports-were-denied", "rumours-unfounded", "no-such-plans", "denied-it"],
)
def test_a_report_the_sentence_itself_calls_false_is_negated(text: str, predicate: str) -> None:
    """What a sentence reports only to call false or see denied is not a fact: a reader told
    "reports that Acme joined the round were false" must not see Acme as an investor."""
    assert claim(text, predicate).status == Status.NEGATED


@pytest.mark.parametrize(
    "text",
    [
        "Reports that Acme had invested in Zenith were confirmed by both companies.",
        "Acme invested in Zenith; rumours that it would also back Orbit were false.",
        "Acme invested in Zenith, but said it had no plans to invest again.",
    ],
    ids=["confirmed", "other-clause", "no-further-plans"],
)
def test_a_report_confirmed_or_another_called_false_stays(text: str) -> None:
    doc = Document(id=content_id(text), path="t.txt", text=text)
    [zenith] = [c for c in extract(doc, NAMES).claims if (c.predicate, c.object) == ("investsIn", "zenith")]
    assert zenith.status in {Status.ASSERTED, Status.REPORTED}


def test_intending_to_make_a_model_available_on_a_cloud_is_a_plan() -> None:
    """ "intends to make X available on Y": the hedge stands before the verb the window opens after."""
    text = "Acme intends to make Quill available on Nimbus later this year, subject to testing."
    names = NameIndex([*WITH_NIMBUS, Entity(id="quill", label="Quill", type="AIModel")])
    doc = Document(id=content_id(text), path="t.txt", text=text)
    hosted = [c for c in extract(doc, names).claims if c.predicate == "hostedOn"]
    assert hosted and all(c.status == Status.SPECULATIVE for c in hosted)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Acme, which is said to be weighing a $2 billion order for Zenith servers, declined.", "customerOf"),
        ("Acme, which explored buying Zenith last year, now says it has no interest.", "acquires"),
        ("Acme had discussed a joint venture with Zenith before the rules changed.", "partnerOf"),
        (
            'He is less certain about chips, saying Acme has been "talking to" Zenith about a custom'
            " inference part, while stressing that nothing is signed.",
            "customerOf",
        ),
    ],
    ids=["hedge-in-own-relative-clause", "explored-in-own-clause", "discussed-a-venture", "talking-to"],
)
def test_a_deal_weighed_or_discussed_is_no_fact(text: str, predicate: str) -> None:
    """A relative clause's own hedge counts ("Acme, which is weighing an order for Zenith"),
    and so does a deal talked of with an indefinite article; a reader must not see a purchase."""
    doc = Document(id=content_id(text), path="t.txt", text=text)
    [found] = [c for c in extract(doc, NAMES).claims if c.predicate == predicate]
    assert not found.status.is_direct


def test_what_talks_are_about_is_not_yet_done() -> None:
    """ "in talks with Orbit about making Quill available on Nimbus": the hosting is the talks'
    topic, not a fact; a clause after a comma is not."""
    names = NameIndex([*WITH_NIMBUS, Entity(id="quill", label="Quill", type="AIModel")])
    talks = "Acme is in talks with Orbit about making Quill available on Nimbus in Japan."
    done = "Acme ended talks on a larger contract, and Quill now runs on Nimbus."
    statuses = {}
    for text in (talks, done):
        doc = Document(id=content_id(text), path="t.txt", text=text)
        [hosted] = [c for c in extract(doc, names).claims if c.predicate == "hostedOn"]
        statuses[text] = hosted.status
    assert statuses == {talks: Status.SPECULATIVE, done: Status.ASSERTED}


def test_discussing_an_existing_partnership_keeps_it() -> None:
    partnership = claim("Acme discussed its partnership with Zenith at the event.", "partnerOf")
    assert partnership.status == Status.ASSERTED


def test_a_use_paused_is_no_use_now() -> None:
    """ "said it had paused its use of Zenith's API": not a current use."""
    text = "Acme said it had paused its use of Zenith's API pending clarity."
    doc = Document(id=content_id(text), path="t.txt", text=text)
    [used] = [c for c in extract(doc, NAMES).claims if c.predicate == "usesTechnologyOf"]
    assert used.status == Status.NEGATED


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        ("A report said Acme had discussed buying Zenith.", "acquires", Status.SPECULATIVE),
        ("Acme's attempt to buy Zenith did not survive the autumn.", "acquires", Status.SPECULATIVE),
        ("Acme won the bid to supply Zenith with chips.", "customerOf", Status.ASSERTED),
        ("Acme and Zenith wound down their partnership last year.", "partnerOf", Status.NEGATED),
        ("Acme and Zenith dissolved their partnership last year.", "partnerOf", Status.NEGATED),
        (
            "The venture replaces a partnership between Acme and Zenith, which the two companies "
            "wound down in 2025.",
            "partnerOf",
            Status.NEGATED,
        ),
        ("Acme has a partnership with Zenith, which ended a long feud.", "partnerOf", Status.ASSERTED),
        ("Acme used Zenith's Quill for Kinto until last autumn.", "usesTechnologyOf", Status.NEGATED),
    ],
    ids=[
        "discussed-buying",
        "attempt-to",
        "won-the-bid",
        "wound-down",
        "dissolved",
        "which-wound-down",
        "which-ended-a",
        "until-past-a-purpose",
    ],
)
def test_deals_talked_of_tried_or_wound_down(text: str, predicate: str, status: Status) -> None:
    assert claim(text, predicate).status == status


def test_until_ends_every_name_of_a_list() -> None:
    doc = Document(id="u", path="t.txt", text="Acme sold chips to Zenith and Orbit until 2024.")
    statuses = {c.subject: c.status for c in extract(doc, NAMES).claims if c.predicate == "customerOf"}
    assert statuses == {"zenith": Status.NEGATED, "orbit": Status.NEGATED}


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        ("Zenith is said to be raising money from Acme.", "investsIn", Status.SPECULATIVE),
        ("Acme is thought to have invested in Zenith.", "investsIn", Status.SPECULATIVE),
        ("Acme, which is said to be an investor in Zenith, declined.", "investsIn", Status.SPECULATIVE),
        ("Acme is reported to have bought Zenith.", "acquires", Status.REPORTED),
        ("Acme's all-stock bid for Zenith was voted down by its owners.", "acquires", Status.NEGATED),
    ],
    ids=["said-to-be-raising", "thought-to-have", "said-to-be-in-aside", "reported-to", "voted-down"],
)
def test_hearsay_and_failed_bids_are_no_facts(text: str, predicate: str, status: Status) -> None:
    """ "is said to" is a rumour the subject never stated, so not the subject's own word."""
    assert claim(text, predicate).status == status


def test_a_deal_is_undone_past_an_aside_naming_its_party_again() -> None:
    """ "Acme's agreement with Zenith, signed to supply Zenith's feed, expired": the aside's own
    supply ends with the agreement it describes."""
    text = "Acme's agreement with Zenith, signed in 2024 to supply stories to Zenith's feed, expired in May."
    doc = Document(id=content_id(text), path="t.txt", text=text)
    statuses = {c.predicate: c.status for c in extract(doc, NAMES).claims}
    assert statuses == {"partnerOf": Status.NEGATED, "customerOf": Status.NEGATED}


def test_a_blocked_sale_undoes_the_agreement_told_elsewhere() -> None:
    """A sale the text says was blocked is no acquisition where another sentence tells of the
    agreement to buy; the price and a description before the company do not hide the block."""
    text = (
        "The government has blocked the 410 million pound sale of chip designer Zenith to Acme. "
        "The review began in June, when Acme announced an agreement to acquire Zenith."
    )
    doc = Document(id=content_id(text), path="t.txt", text=text)
    bought = [c for c in extract(doc, NAMES).claims if c.predicate == "acquires"]
    assert [(c.subject, c.object, c.status) for c in bought] == [("acme", "zenith", Status.NEGATED)]


def test_a_possessive_opening_a_clause_is_no_noun_phrase() -> None:
    """ "Acme's managing partner, Jo Lind, said ... in talks with Zenith": the talks hedge the
    model's partnership, as they would without the possessive."""
    text = "Acme's managing partner, Jo Lind, said the accelerator was in talks with Zenith about a deal."
    doc = Document(id=content_id(text), path="t.txt", text=text)
    assert all(not c.status.is_direct for c in extract(doc, NAMES).claims)


def test_a_host_left_before_moving_to_the_speaker_is_history() -> None:
    """ "they were on Nimbus before and moved the whole stack over to us": the speaker's cloud
    replaced Nimbus."""
    names = NameIndex([*WITH_NIMBUS, Entity(id="quill", label="Quill", type="AIModel")])
    text = "Acme trained Quill on our cluster; they were on Nimbus before and moved the stack over to us."
    doc = Document(id=content_id(text), path="t.txt", text=text)
    hosted = [c for c in extract(doc, names).claims if c.predicate == "hostedOn"]
    assert hosted and all(c.status == Status.NEGATED for c in hosted)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Acme sold its 10% holding in Zenith back to the founders last year.", "investsIn"),
        ("In 2024 Acme agreed to buy Zenith, then abandoned the deal after a lawsuit.", "acquires"),
        ("Reports in The Ledger last month that Acme would buy Zenith were dismissed.", "acquires"),
        ("Acme's first robot used Zenith's chips, but the company dropped it last year.", "customerOf"),
        ("Between March and August 2025, Acme sold capacity to Zenith.", "customerOf"),
    ],
    ids=["whole-holding-sold", "then-abandoned", "report-dismissed", "company-dropped-it", "months-span"],
)
def test_a_relation_the_sentence_ends_or_disowns_is_negated(text: str, predicate: str) -> None:
    assert claim(text, predicate).status == Status.NEGATED


def test_a_host_left_in_the_next_clause_is_history() -> None:
    """ "ran its training jobs on Nimbus; it moved those workloads off Nimbus": the gerund's
    tense is its verb's, so the first clause is a past use the second ends."""
    text = "Acme ran its training jobs on Nimbus; it moved those workloads off Nimbus in early 2025."
    doc = Document(id=content_id(text), path="t.txt", text=text)
    hosted = [c for c in extract(doc, WITH_NIMBUS).claims if c.predicate == "hostedOn"]
    assert [c.status for c in hosted] == [Status.NEGATED]


def test_a_fact_checks_claim_is_no_fact() -> None:
    """A fact-check's bold "Claim:" label opens what it goes on to test."""
    text = "**Claim:** Posts shared this week say that Acme has bought Zenith."
    assert claim(text, "acquires").status == Status.SPECULATIVE


def test_a_negation_stays_in_its_clause_before_a_colon() -> None:
    """ "Acme has not abandoned its older tools entirely: it still uses Zenith's ..." : the
    "not" is the first clause's."""
    names = NameIndex([*NAMES, Entity(id="quill", label="Quill", type="AIModel", parent="zenith")])
    text = "Acme has not abandoned its older tools entirely: it still uses Zenith's Quill for audit logs."
    assert claim(text, "usesTechnologyOf", names).status == Status.ASSERTED


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        (
            "Acme told reporters that it has no commercial or other relationship with Zenith.",
            "partnerOf",
            Status.NEGATED,
        ),
        (
            "Acme built tools to replace software it had previously licensed from Zenith.",
            "customerOf",
            Status.NEGATED,
        ),
        ("Acme had previously invested in Zenith.", "investsIn", Status.ASSERTED),
        (
            "Early reports claimed that Acme was a customer of Zenith. We found no evidence of this.",
            "customerOf",
            Status.NEGATED,
        ),
        ("Acme is a customer of Zenith. There is no evidence of harm.", "customerOf", Status.ASSERTED),
        ("Do you regard Acme as a competitor to Zenith?", "competesWith", Status.SPECULATIVE),
        (
            "Acme had been a paying Zenith customer; Zenith terminates that contract the same week.",
            "customerOf",
            Status.NEGATED,
        ),
        (
            "Acme's management would like to go further and take over Zenith entirely.",
            "acquires",
            Status.SPECULATIVE,
        ),
        ("Acme grew to 500 staff and bought Zenith.", "acquires", Status.ASSERTED),
        ("She rejected the suggestion that Acme had invested in Zenith.", "investsIn", Status.NEGATED),
        ("Acme rejected Orbit's offer and invested in Zenith.", "investsIn", Status.ASSERTED),
        (
            'A post claimed that Acme was a customer of Zenith. Zenith said it "has never worked for Acme."',
            "customerOf",
            Status.NEGATED,
        ),
        (
            "Acme is a customer of Zenith. Zenith has never been busier, its chief said.",
            "customerOf",
            Status.ASSERTED,
        ),
    ],
    ids=[
        "no-commercial-or-other-relationship",
        "had-previously-licensed",
        "had-previously-invested-stands",
        "no-evidence-of-this",
        "no-evidence-of-something-else",
        "a-question",
        "a-timelines-present-ending",
        "would-like-to-go-further-and",
        "a-second-past-verb-is-no-plan",
        "rejected-the-suggestion-that",
        "rejected-an-offer-denies-nothing",
        "next-sentence-says-never",
        "never-busier-denies-nothing",
    ],
)
def test_relations_denied_ended_or_asked(text: str, predicate: str, status: Status) -> None:
    assert claim(text, predicate).status == status


# The names above, a cloud and a second one to move to.
TWO_CLOUDS = NameIndex([*WITH_NIMBUS, Entity(id="stratus", label="Stratus", type="CloudPlatform")])


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        ("Acme used to serve its scoring models from a cluster on Nimbus.", "hostedOn", Status.NEGATED),
        ("Acme is used to train models on Nimbus.", "hostedOn", Status.ASSERTED),
        (
            "Orbit, which invested in Zenith's seed round, sold its entire holding in a secondary sale.",
            "investsIn",
            Status.NEGATED,
        ),
        (
            "Acme previously hosted its systems on Nimbus but completed a migration to Stratus in August.",
            "hostedOn",
            Status.NEGATED,
        ),
        ("There's a rumour Acme will invest in Zenith.", "investsIn", Status.SPECULATIVE),
        ("Acme is about to move its workloads onto Nimbus.", "hostedOn", Status.SPECULATIVE),
        (
            "The case fed a rumour that Acme, which competes with Zenith, had licensed Orbit's weights.",
            "competesWith",
            Status.ASSERTED,
        ),
        (
            "An earlier version of this article incorrectly stated that Acme led Zenith's Series B.",
            "investsIn",
            Status.NEGATED,
        ),
        (
            "In addition, an earlier version described Acme as a Zenith investor.",
            "investsIn",
            Status.NEGATED,
        ),
        ("Acme previously ran its models on Nimbus.", "hostedOn", Status.NEGATED),
        ("Zenith previously built Nimbus, its cloud.", "develops", Status.ASSERTED),
        ("Acme had made no commitment to use Zenith's factories.", "usesTechnologyOf", Status.NEGATED),
        ("Acme replaced a system based on Zenith's models last year.", "usesTechnologyOf", Status.NEGATED),
        (
            "Acme replaced its old tool with a new one based on Zenith's models.",
            "usesTechnologyOf",
            Status.ASSERTED,
        ),
        (
            "In 2024 Acme piloted a tool built on Zenith's models, but switched the pilot off in May.",
            "usesTechnologyOf",
            Status.NEGATED,
        ),
        ("Acme moved its workloads to Nimbus in May, citing lower costs.", "hostedOn", Status.ASSERTED),
        ("Acme invested in Zenith, citing people familiar with the deal.", "investsIn", Status.REPORTED),
        (
            "Acme had at one point hosted its drafting tool on Nimbus, but it switched to Stratus in 2024.",
            "hostedOn",
            Status.NEGATED,
        ),
        (
            "Acme ran its first jobs on Nimbus with Zenith's models, but moved the work to Stratus later.",
            "hostedOn",
            Status.NEGATED,
        ),
        (
            "Acme's app originally ran on Nimbus, but Acme switched to Stratus last spring.",
            "hostedOn",
            Status.NEGATED,
        ),
        (
            "Acme trained its tool on GPUs rented from Zenith, but switched in March to Orbit.",
            "customerOf",
            Status.NEGATED,
        ),
        (
            "Acme ran its first tests on Nimbus but moved the model to Stratus in 2025.",
            "hostedOn",
            Status.NEGATED,
        ),
    ],
    ids=[
        "used-to-before-the-verb",
        "is-used-to-is-a-purpose",
        "sold-its-entire-holding",
        "previously-then-a-migration-elsewhere",
        "a-rumour-singular",
        "is-about-to",
        "a-rumour-reaches-no-relative-clause",
        "a-correction-incorrectly-stated",
        "a-correction-earlier-version-described",
        "previously-in-the-simple-past-ends-a-use",
        "previously-built-a-product-stands",
        "no-commitment-to",
        "replaced-a-system-based-on",
        "replaced-with-a-tool-based-on",
        "switched-the-pilot-off",
        "citing-a-reason-reports-nothing",
        "citing-people-familiar-reports",
        "at-one-point-then-switched-elsewhere",
        "but-moved-the-work-elsewhere",
        "originally-then-a-party-switched",
        "but-switched-outright-elsewhere",
        "but-moved-the-model-elsewhere",
    ],
)
def test_habits_exits_rumours_and_corrections(text: str, predicate: str, status: Status) -> None:
    [found] = [
        c
        for c in extract(Document(id=content_id(text), path="t.txt", text=text), TWO_CLOUDS).claims
        if c.predicate == predicate and c.object in {"zenith", "nimbus"}
    ]
    assert found.status == status


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        ("Acme invested in Zenith, court documents show.", "investsIn", Status.REPORTED),
        ("In 2023 Acme offered to buy Zenith.", "acquires", Status.SPECULATIVE),
        ("Acme's models are offered to developers through Nimbus.", "hostedOn", Status.ASSERTED),
        (
            "Zenith sells chatbots.\n\n**Is Zenith owned by Acme, or by any other lab?**\n\nNo.",
            "parentOf",
            Status.SPECULATIVE,
        ),
        ("4. True or false: Acme is putting money into Zenith.", "investsIn", Status.SPECULATIVE),
        ("Acme says it is true that it invested in Zenith.", "investsIn", Status.ASSERTED),
        (
            "Acme has no investment, licensing or hosting relationship with Zenith.",
            "partnerOf",
            Status.NEGATED,
        ),
        ("Acme has no office and has invested in Zenith.", "investsIn", Status.ASSERTED),
        ("The story said Acme breached Zenith's terms. This is false.", "violatesTermsOf", Status.NEGATED),
        ("The story said Acme runs on Nimbus. That was true until May.", "hostedOn", Status.NEGATED),
        ("Acme said it runs on Nimbus. That is true for now.", "hostedOn", Status.ASSERTED),
        (
            "Acme trained its first model on Nimbus but moved off that service in May.",
            "hostedOn",
            Status.NEGATED,
        ),
        (
            "Jo Lee dismissed reports that Zenith, the company Acme bought in 2022, had made an offer.",
            "acquires",
            Status.ASSERTED,
        ),
        (
            "Orbit, which bought Zenith in 2022, used to share data with us, but ended that arrangement.",
            "acquires",
            Status.ASSERTED,
        ),
        (
            "Between September and November 2025, Acme scraped posts from Zenith in breach of its terms.",
            "violatesTermsOf",
            Status.ASSERTED,
        ),
        ("If you want another supplier, Acme's models are offered on Nimbus.", "hostedOn", Status.ASSERTED),
        ("If you ask Acme, it would say Zenith is a partner.", "partnerOf", Status.SPECULATIVE),
        ("Acme considers Zenith its closest rival.", "competesWith", Status.ASSERTED),
        ("The authors consider Acme a serious rival to Zenith.", "competesWith", Status.ASSERTED),
        (
            "Jo Lee denied that Zenith, which Acme is said to have bought in 2022, was for sale.",
            "acquires",
            Status.NEGATED,
        ),
        (
            "Acme had run on Nimbus through most of 2024 but moved all of its workloads off it last spring.",
            "hostedOn",
            Status.NEGATED,
        ),
        (
            "Acme trained its first model on Nimbus and later moved its office off the high street.",
            "hostedOn",
            Status.ASSERTED,
        ),
        (
            "Acme had run its earlier training jobs on Nimbus but moved them off Nimbus last autumn.",
            "hostedOn",
            Status.NEGATED,
        ),
        (
            "Acme trained the model on Zenith chips, its chief said. The company had run its earlier"
            " training jobs on Nimbus but moved them off Nimbus last autumn.",
            "hostedOn",
            Status.NEGATED,
        ),
    ],
    ids=[
        "court-documents-show-report",
        "offered-to-buy",
        "offered-to-developers-states",
        "a-question-in-bold",
        "quiz-true-or-false",
        "true-is-no-quiz",
        "no-list-of-relationships",
        "no-office-and-a-second-clause",
        "next-sentence-calls-it-false",
        "next-sentence-true-until",
        "next-sentence-true-for-now",
        "moved-off-that-service",
        "a-dated-purchase-in-an-apposition-outside-a-dismissal",
        "a-dated-purchase-in-a-relative-outside-an-ending",
        "a-breach-in-a-closed-period-stays-made",
        "the-readers-case-before-a-plain-statement",
        "the-readers-case-before-a-would",
        "considers-its-rival-is-a-view-stated",
        "consider-a-rival-to",
        "an-asides-own-hedge-holds",
        "moved-all-of-its-workloads-off-it",
        "moved-something-else-off",
        "had-run-training-jobs-then-moved-them-off",
        "a-reported-past-then-moved-them-off",
    ],
)
def test_offers_questions_and_walkaways(text: str, predicate: str, status: Status) -> None:
    found = [
        c
        for c in extract(Document(id=content_id(text), path="t.md", text=text), TWO_CLOUDS).claims
        if c.predicate == predicate and c.object in {"zenith", "nimbus"}
    ]
    assert [c.status for c in found] == [status]


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        (
            "Acme's deal to buy Zenith is off, after Zenith's holders voted it down.",
            "acquires",
            Status.NEGATED,
        ),
        ("Acme's deal to buy Zenith is off to a quick start.", "acquires", Status.ASSERTED),
        (
            "Acme sourced its cameras from Zenith; that contract ran out at the end of 2024.",
            "customerOf",
            Status.NEGATED,
        ),
        (
            "Acme sources its cameras from Zenith, and the contract runs until 2030.",
            "customerOf",
            Status.ASSERTED,
        ),
        ("Acme drops Zenith for Orbit as chip prices climb", "customerOf", Status.NEGATED),
        (
            "The move ends a two-year arrangement that had made Acme one of Zenith's biggest customers.",
            "customerOf",
            Status.NEGATED,
        ),
        ("The move ended a deal under which Zenith supplied chips to Acme.", "customerOf", Status.NEGATED),
        ("Acme signed a deal under which Zenith supplies chips to Acme.", "customerOf", Status.ASSERTED),
        ("The ruling ends a dispute that had kept Acme a customer of Zenith.", "customerOf", Status.ASSERTED),
    ],
    ids=[
        "deal-is-off",
        "off-to-a-start",
        "contract-ran-out",
        "contract-runs-until",
        "a-headline-drops",
        "ends-an-arrangement-that-had-made",
        "ended-a-deal-under-which",
        "signed-a-deal-under-which",
        "a-dispute-ended-is-no-deal",
    ],
)
def test_a_deal_called_off_run_out_or_ended_holds_no_more(text: str, predicate: str, status: Status) -> None:
    claims = extract(Document(id="d", path="t.txt", text=text), NAMES).claims
    [found] = [c for c in claims if c.predicate == predicate and {c.subject, c.object} == {"acme", "zenith"}]
    assert found.status == status


def test_a_party_cut_off_ends_what_its_aside_says_it_used() -> None:
    names = NameIndex([*NAMES, Entity(id="quill", label="Quill", type="AIModel")])
    text = "Zenith said it had cut off Acme, a Shenzhen firm that had been reaching Quill through a reseller."
    [used] = [
        c for c in extract(Document(id="d", path="t.txt", text=text), names).claims if c.object == "quill"
    ]
    assert used.status == Status.NEGATED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("When we launched, Acme ran on Nimbus. We switched to Orbit in October.", Status.NEGATED),
        ("Acme ran on Nimbus. It later moved to Orbit.", Status.NEGATED),
        ("Acme ran on Nimbus. It moved its headquarters to Austin.", Status.ASSERTED),
        ("Acme now runs on Nimbus. We switched to Orbit for search.", Status.ASSERTED),
    ],
    ids=["we-switched-to", "it-later-moved-to", "moved-no-supplier", "still-running-now"],
)
def test_a_switch_in_the_next_sentence_ends_a_use_told_in_the_past(text: str, status: Status) -> None:
    assert claim(text, "hostedOn", WITH_NIMBUS).status == status


def test_a_breach_denied_in_the_next_sentence_is_none() -> None:
    denied = (
        "Some researchers argued that Acme breached Zenith's licence. "
        "Zenith said it does not consider Acme to be in breach."
    )
    assert claim(denied, "violatesTermsOf").status == Status.NEGATED
    kept = "Acme breached Zenith's terms. Zenith said it would not sue, but the breach was clear."
    assert claim(kept, "violatesTermsOf").status == Status.ASSERTED


def test_goods_rented_from_a_cloud_are_where_the_work_moved_not_whence() -> None:
    """ "moved its inference onto Nvidia GPUs rented from Nimbus": Nimbus hosts it now; the
    maker of the goods hosts nothing."""
    text = "Acme moved its inference onto Zenith GPUs rented from Nimbus."
    found = {
        c.object: c.status
        for c in extract(Document(id="d", path="t.txt", text=text), WITH_NIMBUS).claims
        if c.predicate == "hostedOn"
    }
    assert found == {"nimbus": Status.ASSERTED}


def test_hearsay_the_text_itself_denies_is_no_claim() -> None:
    """A fact check: "Posts say Acme has acquired Zenith. Acme did not buy Zenith." leaves the
    denial, not the rumour; a party's denial of a report leaves both."""
    checked = "A third post says Acme has quietly acquired Zenith. Acme did not buy Zenith, its filings show."
    found = [c.status for c in extract(Document(id="d", path="t.txt", text=checked), NAMES).claims]
    assert found == [Status.NEGATED]
    denied = "The Ledger reported that Acme acquired Zenith. Orbit said Acme did not buy Zenith."
    statuses = {c.status for c in extract(Document(id="e", path="t.txt", text=denied), NAMES).claims}
    assert Status.REPORTED in statuses


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        ("The new contract ends Acme's use of Zenith's software.", "usesTechnologyOf", Status.NEGATED),
        ("The switch ended Acme's reliance on Zenith's models.", "usesTechnologyOf", Status.NEGATED),
        ("The deal extends Acme's use of Zenith's software.", "usesTechnologyOf", Status.ASSERTED),
        (
            "A previous edition of this page claimed that Zenith had been bought by Acme.",
            "acquires",
            Status.NEGATED,
        ),
        (
            "Records that appeared to show Acme buying Zenith servers were fakes.",
            "customerOf",
            Status.SPECULATIVE,
        ),
        ("Acme seems to have invested in Zenith.", "investsIn", Status.SPECULATIVE),
        ("Zenith told the court it had no record of selling to Acme.", "customerOf", Status.NEGATED),
        ("Acme has no record of losses and buys from Zenith.", "customerOf", Status.ASSERTED),
    ],
    ids=[
        "ends-use",
        "ended-reliance",
        "extends-use",
        "earlier-edition-claimed",
        "appeared-to",
        "seems-to",
        "no-record-of",
        "no-record-elsewhere",
    ],
)
def test_a_relation_ended_seeming_or_unrecorded_is_not_stated(
    text: str, predicate: str, status: Status
) -> None:
    """ "The move ends Acme's use of ...", "appeared to show", "had no record of selling to":
    the words around the relation say it is over, only seems so, or is not so."""
    assert claim(text, predicate, WITH_NIMBUS).status == status


def test_a_party_that_ended_the_deal_after_its_aside_is_no_longer_in_it() -> None:
    """ "Orbit, an Acme client since 2019, terminated the arrangement in May": the aside's role
    ended; ending another deal leaves it."""
    ended = "Orbit, an Acme client since 2019, terminated the arrangement in May and moved to Zenith."
    assert claim(ended, "customerOf").status == Status.NEGATED
    other = "Orbit, an Acme client since 2019, ended its partnership with Zenith in May."
    assert claim(other, "customerOf").status == Status.ASSERTED


def test_a_client_in_an_aside_that_stopped_using_the_product_is_a_client_no_more() -> None:
    stopped = "Zenith said Orbit, one of its first clients, stopped using Quill in 2024."
    assert claim(stopped, "customerOf", WITH_QUILL).status == Status.NEGATED
    paper = "Orbit, a Zenith client since 2019, stopped using paper forms in 2020."
    assert claim(paper, "customerOf").status == Status.ASSERTED


def test_a_supply_told_as_previous_ends_where_a_later_sentence_stops_it() -> None:
    """ "Acme previously held a licence covering shipments to Zenith. ... Acme stopped supplying
    Zenith the following month.": what the first sentence told is over."""
    text = (
        "Acme previously held a licence covering shipments to Zenith. Regulators revoked it in May. "
        "Acme stopped supplying Zenith the following month."
    )
    found = [
        (c.predicate, c.status) for c in extract(Document(id="d", path="t.txt", text=text), NAMES).claims
    ]
    assert found == [("customerOf", Status.NEGATED)]


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        ("Orbit argues that Acme's app violates Zenith's terms.", "violatesTermsOf", Status.ALLEGED),
        ("Acme's app violates Zenith's terms.", "violatesTermsOf", Status.ASSERTED),
        ("Acme is reviewing an acquisition of Zenith.", "acquires", Status.SPECULATIVE),
        ("Acme is evaluating a purchase of Zenith.", "acquires", Status.SPECULATIVE),
        (
            "Regulators are reviewing the acquisition of Zenith by Acme, agreed in May.",
            "acquires",
            Status.ASSERTED,
        ),
    ],
    ids=["argues-that", "plain-breach", "reviewing-an", "evaluating-a", "reviewing-the-agreed"],
)
def test_an_argued_breach_is_alleged_and_a_deal_under_review_is_not_made(
    text: str, predicate: str, status: Status
) -> None:
    assert claim(text, predicate).status == status


def test_a_trial_let_lapse_later_in_the_sentence_is_over() -> None:
    lapsed = "Acme signed a pilot agreement with Zenith for 12 towers but let that pilot lapse in January."
    assert claim(lapsed, "partnerOf").status == Status.NEGATED
    running = "Acme signed a pilot agreement with Zenith for 12 towers and let staff review every alert."
    assert claim(running, "partnerOf").status == Status.ASSERTED


def test_a_party_that_ended_it_in_a_later_clause_ended_the_deal() -> None:
    ended = "Acme signed a partnership with Zenith in 2024, but Zenith ended it after six months."
    assert claim(ended, "partnerOf").status == Status.NEGATED
    kept = "Acme signed a partnership with Zenith in 2024, but Zenith extended it after six months."
    assert claim(kept, "partnerOf").status == Status.ASSERTED


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        ("Acme will not be Zenith's only customer in the division.", "customerOf", Status.ASSERTED),
        ("Acme is not a customer of Zenith.", "customerOf", Status.NEGATED),
        (
            "Acme uses Quill to draft the scouting reports that accompany each shortlist.",
            "usesTechnologyOf",
            Status.ASSERTED,
        ),
        ("There are reports that Acme bought Zenith.", "acquires", Status.REPORTED),
    ],
    ids=["not-the-only-customer", "not-a-customer", "reports-that-accompany", "reports-that-a-name"],
)
def test_not_the_only_one_and_reports_written_deny_and_report_nothing(
    text: str, predicate: str, status: Status
) -> None:
    assert claim(text, predicate, WITH_QUILL).status == status


@pytest.mark.parametrize(
    ("text", "predicate", "names", "status"),
    [
        (
            "Acme never bought chips from Orbit, or sold capacity to Zenith.",
            "customerOf",
            NAMES,
            Status.NEGATED,
        ),
        ("Acme did not comment, or sold capacity to Zenith.", "customerOf", NAMES, Status.ASSERTED),
        ("Zenith counted Acme among its clients until late 2025.", "customerOf", NAMES, Status.NEGATED),
        ("Zenith counts Acme among its clients.", "customerOf", NAMES, Status.ASSERTED),
        (
            "Acme had earlier trained its models on Nimbus, but this year it shifted its work to Zenith.",
            "hostedOn",
            WITH_NIMBUS,
            Status.NEGATED,
        ),
        (
            "Acme had earlier trained its models on Nimbus, but this year it also signed Zenith.",
            "hostedOn",
            WITH_NIMBUS,
            Status.ASSERTED,
        ),
    ],
    ids=["never-or", "no-answer-or", "counted-until", "counts", "earlier-shifted", "earlier-also"],
)
def test_a_denial_shared_past_or_and_an_earlier_use_since_moved_end_the_relation(
    text: str, predicate: str, names: NameIndex, status: Status
) -> None:
    """ "never bought from Orbit, or sold to Zenith" denies the second verb too; "counted Acme among
    its clients until late 2025" and "had earlier ..., but this year it shifted its work to" are
    over."""
    found = [c for c in extract(Document(id=content_id(text), path="t.txt", text=text), names).claims]
    pair = {"acme", "nimbus" if names is WITH_NIMBUS else "zenith"}
    assert [c.status for c in found if c.predicate == predicate and {c.subject, c.object} == pair] == [status]


def test_a_relative_clause_with_its_own_pronoun_keeps_its_own_tense() -> None:
    """ "Acme plans to fill the hall with racks, which it has bought from Zenith": the plan is
    the filling; the buying is done. Without the relative's own subject the plan still holds."""
    done = "Acme plans to fill the hall with racks, which it has bought from Zenith."
    assert claim(done, "customerOf").status == Status.ASSERTED
    planned = "Acme plans to buy racks from Zenith."
    assert claim(planned, "customerOf").status == Status.SPECULATIVE


@pytest.mark.parametrize(
    "text",
    [
        "Orbit made an offer to buy Zenith.",
        "In November Acme received an unsolicited offer from Orbit to buy Zenith.",
    ],
    ids=["an-offer-to-buy", "an-offer-from-the-buyer"],
)
def test_an_offer_to_buy_is_no_purchase_and_its_maker_is_the_buyer(text: str) -> None:
    """ "received an offer from Orbit to buy Zenith": Orbit would buy, and has not."""
    found = claim(text, "acquires")
    assert (found.subject, found.status) == ("orbit", Status.SPECULATIVE)


def test_but_stopped_doing_so_ends_what_the_clause_told() -> None:
    """ "sourced memory from Zenith ... but stopped doing so in 2025": over; "and still does so"
    is not."""
    ended = "Acme sourced memory from Zenith for its first part but stopped doing so in 2025."
    assert claim(ended, "customerOf").status == Status.NEGATED
    kept = "Acme sourced memory from Zenith for its first part and still does so."
    assert claim(kept, "customerOf").status == Status.ASSERTED


def test_the_end_of_a_relationship_ends_it() -> None:
    """ "marks the end of Acme's five-year relationship with Zenith": over, as "ended" says."""
    text = "It marks the end of Acme's five-year relationship with Zenith, the drone operator."
    assert claim(text, "partnerOf").status == Status.NEGATED


def test_a_relatives_had_been_has_ended() -> None:
    """ "Krill Labs, a company that had been a paying Parlance customer": no longer one; a
    relative in the present keeps it."""
    assert claim("Acme, which had been a Zenith customer, left.", "customerOf").status == Status.NEGATED
    assert claim("Acme, which is a Zenith customer, grew.", "customerOf").status == Status.ASSERTED


def test_a_state_told_before_its_replacement_has_ended() -> None:
    """ "Before Looma, the retailer relied on Fit Analytics": what held until Looma came; not a
    deal done once ("Before the acquisition, its seed round had been led by Acme"), nor a
    relative's own past inside the sentence."""
    ended = "Before Zenith, the retailer Acme relied on Orbit, the sizing company that Nova bought in 2021."
    assert claim(ended, "usesTechnologyOf").status == Status.NEGATED
    assert claim(ended, "acquires").status == Status.ASSERTED
    done = "Before the acquisition, Zenith's seed round had been led by Acme."
    assert claim(done, "investsIn").status == Status.ASSERTED


def test_an_account_cut_off_next_ends_the_use_told_before() -> None:
    """ "Glowstar used ChatGPT ... OpenAI has shut down Glowstar's API access.": the use is over;
    a next sentence with the account open leaves it."""
    text = "Acme used Quill via an API account. That broke the terms; Zenith has shut down Acme's API access."
    assert claim(text, "usesTechnologyOf", WITH_QUILL).status == Status.NEGATED
    kept = "Acme used Quill through an API account. Zenith said Acme's account remains open."
    assert claim(kept, "usesTechnologyOf", WITH_QUILL).status == Status.ASSERTED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Breaking: Acme to buy Zenith in $400m all-stock deal", Status.SPECULATIVE),
        ("Acme to buy Zenith in $400m deal", Status.SPECULATIVE),
        ("Acme agreed with Orbit to buy Zenith.", Status.ASSERTED),
    ],
    ids=["labelled-headline", "headline", "agreed-to"],
)
def test_a_headlines_to_announces_a_deal_not_done(text: str, status: Status) -> None:
    """ "Vantablade Systems to buy Orrery Labs in $400m deal": announced, not closed."""
    assert claim(text, "acquires").status == status


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        ("The article said Acme runs on Nimbus. It does not.", "hostedOn", Status.NEGATED),
        ("A blog reported that Acme had bought Zenith. Acme denied the report.", "acquires", Status.NEGATED),
        (
            "A blog said Acme had bought Zenith. Acme's vice president of partnerships, Jo Lee, denied the"
            " claim.",
            "acquires",
            Status.NEGATED,
        ),
        (
            "Posts said Acme had placed an order with Zenith. Acme denied it flatly.",
            "customerOf",
            Status.NEGATED,
        ),
        (
            "A blog wrote that Acme had bought Zenith; the company says that never happened.",
            "acquires",
            Status.NEGATED,
        ),
        ("Acme said it had bought Zenith. It did not say when.", "acquires", Status.ASSERTED),
        ("Acme runs on Nimbus. It does not use Orbit.", "hostedOn", Status.ASSERTED),
        ("The Ledger said Acme had bought Zenith. That is not the case.", "acquires", Status.NEGATED),
        (
            'Posts said Acme had placed an order with Zenith. "There is no such order," Zenith said.',
            "customerOf",
            Status.NEGATED,
        ),
        (
            "Earlier reports had described Acme as an investor in Zenith. A spokesperson for the startup "
            "said that was wrong.",
            "investsIn",
            Status.NEGATED,
        ),
        (
            'A newsletter reported that Zenith had agreed to be acquired by Acme. "That is simply not true," '
            "Zenith's chief executive said.",
            "acquires",
            Status.NEGATED,
        ),
    ],
    ids=[
        "it-does-not",
        "denied-the-report",
        "a-long-denier-denies-the-claim",
        "denied-it",
        "never-happened",
        "not-a-rebuttal",
        "own-word",
        "not-the-case",
        "no-such",
        "a-long-speaker-says-that-was-wrong",
        "simply-not-true",
    ],
)
def test_a_rebuttal_settles_the_report_just_before_it(text: str, predicate: str, status: Status) -> None:
    """ "The article said Sable-7 runs on AWS. It does not.": a correction's flat rebuttal
    withdraws the hearsay before it; the text's own word stands."""
    assert claim(text, predicate, WITH_NIMBUS).status == status


def test_a_description_is_the_describers_word() -> None:
    """ "The article described Clifford Chance as Pellmark's parent company. Clifford Chance does
    not own Pellmark.": a description is reported, so the text's own denial settles it."""
    text = "The article described Zenith as Acme's parent company."
    assert claim(text, "parentOf").status == Status.REPORTED
    assert claim(f"{text} Zenith does not own Acme.", "parentOf").status == Status.NEGATED
    assert (
        claim("The chip described in the paper is sold to Acme by Zenith.", "customerOf").status
        == Status.ASSERTED
    )


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        ("Zenith has held early conversations about acquiring Acme.", "acquires", Status.SPECULATIVE),
        ("The Ledger said on Monday that Zenith is preparing to buy Acme.", "acquires", Status.SPECULATIVE),
        ("Conversations are processed on Nimbus, a cloud owned by Acme.", "parentOf", Status.ASSERTED),
    ],
    ids=["conversations-about", "preparing-to", "conversations-as-data"],
)
def test_conversations_about_and_preparing_to_are_not_yet_a_deal(
    text: str, predicate: str, status: Status
) -> None:
    """ "Universal has held early conversations about acquiring Cantor Voice": talks, as is "was
    preparing to buy"; conversations a product handles are no talks."""
    assert claim(text, predicate, WITH_NIMBUS).status == status


def test_a_deal_let_lapse_far_after_its_names_has_ended() -> None:
    """ "had worked with Pano AI on a 30-tower pilot in Alberta in 2023 but let that agreement
    lapse": ended, however long the deal's description; not past a new sentence's clause."""
    text = "Acme had worked with Zenith on a 30-tower pilot in Alberta in 2023 but let that agreement lapse."
    assert claim(text, "partnerOf").status == Status.NEGATED
    kept = "Acme works with Zenith on a pilot; Orbit, a rival in Alberta, let that contract lapse."
    assert claim(kept, "partnerOf").status == Status.ASSERTED


def test_a_named_party_dropping_them_ends_the_use() -> None:
    """ "Earlier versions of Petrel used Nvidia Jetson Orin modules, but Skerry dropped them":
    the maker gave them up."""
    text = "Earlier versions of Acme used Quill modules, but Zenith dropped them this year."
    assert claim(text, "usesTechnologyOf", WITH_QUILL).status == Status.NEGATED
    kept = "Acme uses Quill, but Zenith dropped Orbit's tools this year."
    assert claim(kept, "usesTechnologyOf", WITH_QUILL).status == Status.ASSERTED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Zenith partnered with Acme on an affiliate programme, an arrangement Acme terminated in May.",
            Status.NEGATED,
        ),
        ("Zenith had a supply deal with Acme, a contract that Acme terminated last year.", Status.NEGATED),
        ("Zenith has a deal with Acme, an agreement that runs to 2027.", Status.ASSERTED),
    ],
    ids=["arrangement-terminated", "contract-that-terminated", "runs-on"],
)
def test_an_apposition_naming_the_deal_may_end_it(text: str, status: Status) -> None:
    """ "Oddsmith had been partnered with Kestrel on an affiliate programme, an arrangement
    Kestrel terminated within days": ended."""
    assert claim(text, "partnerOf").status == status


def test_a_lapse_after_an_apposition_with_a_name_ends_the_licence() -> None:
    """ "licensed a planning tool from Portolan AI, an Oslo-based rival to Tidewise, from 2021
    until the contract lapsed": the apposition's name is no later party."""
    text = (
        "Acme licensed a tool from Zenith, an Oslo-based rival to Orbit, from 2021 until the contract lapsed."
    )
    assert claim(text, "usesTechnologyOf").status == Status.NEGATED


def test_a_role_holder_named_after_the_role_who_switched_is_a_former_customer() -> None:
    """ "Its largest customer, the insurer Fennick Mutual, switched to Mistral's models": the
    customer left; its apposition holds the role only until then."""
    text = "Zenith makes models. Its largest customer, the insurer Acme, switched to Orbit's models."
    assert claim(text, "customerOf").status == Status.NEGATED
    kept = "Zenith makes models. Its largest customer, the insurer Acme, praised Orbit's models."
    assert claim(kept, "customerOf").status == Status.ASSERTED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Acme expects to start using Nimbus next year, though no contract is signed.", Status.SPECULATIVE),
        ("Acme, which uses Nimbus, expects revenue to double.", Status.ASSERTED),
    ],
    ids=["expects-to", "expects-elsewhere"],
)
def test_what_a_company_expects_to_do_is_a_plan(text: str, status: Status) -> None:
    """ "Pastora expects to start using Google Cloud for some analytics next year": not yet."""
    assert claim(text, "hostedOn", WITH_NIMBUS).status == status


@pytest.mark.parametrize(
    "text",
    [
        "Acme does not have, and has never had, a licence agreement with Zenith.",
        "Acme has never had, and does not have, a licence agreement with Zenith.",
    ],
    ids=["not-and-never", "never-and-not"],
)
def test_two_denying_verbs_sharing_one_object_deny_it(text: str) -> None:
    """ "Pinefold does not have, and has never had, a licence agreement with Midjourney": the
    verb set off by commas shares the object, and neither holds."""
    assert claim(text, "partnerOf").status == Status.NEGATED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "If your employer runs Nimbus instead, the concepts transfer, "
            "even though Acme and Zenith are fierce rivals.",
            Status.ASSERTED,
        ),
        ("If Acme and Zenith are rivals, prices will fall.", Status.SPECULATIVE),
    ],
    ids=["conceded-fact", "condition"],
)
def test_a_concession_inside_a_conditional_is_stated_as_fact(text: str, status: Status) -> None:
    """ "If your employer runs Snowflake instead, the concepts transfer, even though Snowflake and
    Databricks are fierce rivals": the rivalry is not the condition's."""
    assert claim(text, "competesWith", WITH_NIMBUS).status == status


def test_a_use_that_goes_on_beside_an_ending_stays_asserted() -> None:
    text = "Acme uses Nimbus for training but moved its inference off Nimbus."
    found = extract(Document(id=content_id(text), path="t.md", text=text), TWO_CLOUDS).claims
    statuses = {c.status for c in found if c.predicate == "hostedOn" and c.object == "nimbus"}
    assert Status.ASSERTED in statuses


def test_a_trade_in_a_compound_reports_nothing() -> None:
    """ "one of the largest court-reporting agencies": a business's trade, not a report."""
    text = "Orbit, one of the largest court-reporting agencies, uses Quill."
    assert claim(text, "usesTechnologyOf", WITH_QUILL).status == Status.ASSERTED
    assert (
        claim("Orbit uses Quill, The Ledger reported.", "usesTechnologyOf", WITH_QUILL).status
        == Status.REPORTED
    )


@pytest.mark.parametrize(
    ("text", "predicate", "status"),
    [
        ("Acme has looked at taking a minority stake in Zenith.", "investsIn", Status.SPECULATIVE),
        ("Acme looked into buying chips from Zenith last year.", "customerOf", Status.SPECULATIVE),
        ("Acme looked at Zenith's results and invested in Zenith.", "investsIn", Status.ASSERTED),
    ],
    ids=["looked-at-taking", "looked-into-buying", "looked-at-a-thing"],
)
def test_an_option_looked_at_is_not_taken(text: str, predicate: str, status: Status) -> None:
    assert claim(text, predicate).status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Zenith had used Quill, a rival model made by Orbit, until last spring.", Status.NEGATED),
        ("Zenith has used Quill, a rival model made by Orbit, since last spring.", Status.ASSERTED),
        (
            "Zenith built its first version on Quill but completed a migration to Orbit in 2025.",
            Status.NEGATED,
        ),
        (
            "Zenith built its first version on Quill, but it stopped using the Swiss model in May.",
            Status.NEGATED,
        ),
        ("Zenith built its first version on Quill and still runs it there.", Status.ASSERTED),
        ("Zenith used Quill for two years but cancelled its subscription in March.", Status.NEGATED),
    ],
    ids=[
        "until-past-an-apposition",
        "since-past-an-apposition",
        "first-version-then-moved",
        "the-x-model",
        "first-and-still",
        "subscription-cancelled",
    ],
)
def test_a_first_use_given_up_has_ended(text: str, status: Status) -> None:
    assert claim(text, "usesTechnologyOf", WITH_QUILL).status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Zenith's planning app runs on Nimbus.", Status.ASSERTED),
        ("Zenith, a firm whose planning tool runs on Nimbus, raised money.", Status.ASSERTED),
        ("Zenith is planning to run its app on Nimbus.", Status.SPECULATIVE),
        ("Zenith said it's planning to run its app on Nimbus.", Status.SPECULATIVE),
    ],
    ids=["possessive-planning-app", "whose-planning-tool", "is-planning-to", "it-is-planning-to"],
)
def test_a_gerund_naming_a_kind_of_thing_plans_nothing(text: str, status: Status) -> None:
    """ "Zenith's planning app" names an app; only "planning to" tells a plan."""
    assert claim(text, "hostedOn", WITH_NIMBUS).status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            'Acme also sells Quill, an assistant that lets managers ask questions such as "why did sales '
            'fall last week?"',
            Status.ASSERTED,
        ),
        ('"Does Acme make Quill?"', Status.SPECULATIVE),
        ("Does Acme make Quill?", Status.SPECULATIVE),
    ],
    ids=["a-quoted-question-inside", "a-quoted-question-whole", "a-question"],
)
def test_only_the_sentence_itself_asks(text: str, status: Status) -> None:
    """A question quoted inside a statement (what a product lets people ask) asks nothing of
    the statement; a sentence that is itself a question, quoted or not, does."""
    assert claim(text, "develops", WITH_QUILL).status == status
