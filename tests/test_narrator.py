"""A page written in an organisation's own voice (a fund's letter, a founder's post): its
unquoted "we" is the organisation that signs it or that its title names."""

from __future__ import annotations

import pytest

from aikg.extract.pipeline import extract
from aikg.ontology.models import Document, Entity, content_id
from aikg.ontology.registry import NameIndex

ENTITIES = [
    Entity(id="acme", label="Acme", type="Company"),
    Entity(id="zenith", label="Zenith", type="Company"),
    Entity(id="orbit", label="Orbit", type="Company"),
    Entity(id="nimbus", label="Nimbus", type="CloudPlatform"),
]


def read(text: str, title: str | None = None) -> set[str]:
    document = Document(id=content_id(text), path="letter.md", text=text, title=title)
    extraction = extract(document, NameIndex(ENTITIES))
    return {f"{c.subject} {c.predicate} {c.object} {c.status.value}" for c in extraction.claims}


LETTER = (
    "Dear investors,\n\nWe led a $10 million round in Zenith this quarter.\n\n"
    "We did not take part in Acme's latest round, which was led by Orbit.\n\n"
    "Warm regards,\n\n{sign_off}\n"
)


@pytest.mark.parametrize(
    "sign_off",
    [
        "The partners of Tarn Ventures",
        "The team at Tarn Ventures",
        "Maya Lind\n\nCo-founder and CEO, Tarn Ventures",
    ],
)
def test_a_signed_letter_speaks_for_its_signer(sign_off: str) -> None:
    found = read(LETTER.format(sign_off=sign_off))
    assert "tarn-ventures investsIn zenith asserted" in found
    assert "tarn-ventures investsIn acme negated" in found
    assert "orbit investsIn acme asserted" in found  # the round is Acme's, not the letter's


def test_a_titled_post_speaks_for_the_organisation_its_title_names() -> None:
    text = "\n\n".join(
        [
            "Tarn Ventures had a good year.",
            "We backed Zenith at seed.",
            "Our portfolio firm Acme uses Nimbus.",
        ]
    )
    found = read(text, title="Tarn Ventures: letter to investors")
    assert {"tarn-ventures investsIn zenith asserted", "tarn-ventures investsIn acme asserted"} <= found


def test_a_filing_speaks_for_the_company_its_definition_of_we_names() -> None:
    text = "\n\n".join(
        [
            'In this section, "Tarn," "we," "us" and "our" refer to Tarn Intelligence, Inc.',
            "Substantially all of our workloads are hosted on Nimbus.",
            "We purchase most of our training capacity from Acme.",
        ]
    )
    found = read(text)
    assert {
        "tarn-intelligence hostedOn nimbus asserted",
        "tarn-intelligence customerOf acme asserted",
    } <= found


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a title of no first-party genre: a results story's "we" is not the company it names
        ("Zenith: quarterly results", "Zenith's sales rose.\n\nWe led a round in Acme.\n\nWe backed Orbit."),
        # a page that says "we" once ("as we reported") has no narrator
        ("Zenith's letter to staff", "Zenith wrote to staff.\n\nAs we reported, we backed Acme at seed."),
    ],
)
def test_no_narrator_without_a_signer_or_a_first_party_title(title: str, text: str) -> None:
    assert not {c for c in read(text, title) if c.startswith("zenith investsIn")}


def test_a_letter_titled_by_its_companys_full_name_speaks_for_it() -> None:
    """ "Hollis Cloud Inc. -- 2025 Letter to Shareholders", whose body calls the company
    "Hollis": the title names the company (the short name inside it is no second one), and the
    letter's nameless goods ("Inside the racks, the optics come from Orbit") are the company's,
    however often it names its supplier Zenith."""
    text = (
        "2025 was the year Hollis stopped being an upstart. We buy our GPUs directly from Zenith, and "
        "Zenith remains a shareholder. Zenith's new parts arrive in March.\n\n"
        "Inside the racks, the optics come from Orbit. We also signed a contract with Acme.\n\n"
        "Sincerely,\n\nMaya Lind\n\nChief Executive Officer, Hollis Cloud Inc.\n"
    )
    found = read(text, title="Hollis Cloud Inc. -- 2025 Letter to Shareholders")
    assert {"hollis customerOf zenith asserted", "hollis customerOf orbit asserted"} <= found
    assert not any(c.startswith("zenith customerOf orbit") for c in found)


def test_a_customer_who_moved_elsewhere_is_no_customer() -> None:
    """ "Orbit, one of our first customers, moved its workloads to Nimbus": a customer no more."""
    text = (
        "Dear investors,\n\nOrbit, one of our very first customers, moved its remaining workloads to "
        "Nimbus in 2024. We still serve Acme.\n\nThe partners of Tarn Ventures\n"
    )
    found = read(text)
    assert "orbit customerOf tarn-ventures negated" in found
    assert "orbit customerOf tarn-ventures asserted" not in found


def test_a_podcast_guest_named_by_possessive_speaks_for_the_company() -> None:
    """The seventh blind round's podcast page introduces its guest as "Brightwater Compute's
    Tomasz Wielgosz" (a heading whose match stops at "Brightwater"); his labelled turns speak
    for Brightwater, though the page names Nvidia more often."""
    from pathlib import Path

    from aikg.loaders.text import read_article
    from aikg.ontology.registry import default_registry

    rounds = Path(__file__).parent.parent / "eval"
    page = rounds / "fresh-round-2026-12n" / "03-scraped-podcast-brightwater.txt"
    extraction = extract(read_article(page), default_registry())
    found = {f"{c.subject} {c.predicate} {c.object}" for c in extraction.claims if c.status.is_direct}
    assert {"brightwater customerOf vertiv", "brightwater develops fjordline"} <= found
    assert "nvidia customerOf vertiv" not in found


def test_a_first_person_title_names_the_company_after_its_verb() -> None:
    """ "Why we shut down Acme": the post's "we" is Acme; "We moved Acme off Zenith" names Acme,
    not Zenith, however often the body names Zenith."""
    body = (
        "We raised a seed round led by Orbit in 2023. We competed with Nova for two years.\n\n"
        "Zenith hosted our product until March. Zenith was fine. We thank Zenith anyway.\n\n"
        "Acme will stop operating on March 31.\n"
    )
    found = read(body, title="Why we shut down Acme")
    assert {"orbit investsIn acme asserted", "acme competesWith nova asserted"} <= found
    moved = read(body, title="We moved Acme off Zenith. Here is what it costs")
    assert "orbit investsIn zenith asserted" not in moved


def test_the_fields_acronyms_of_things_are_no_names() -> None:
    """ "UTC", "SLAs" and "SDKs" name no company or product a relation could hold."""
    found = read(
        "Acme's SLAs with Zenith were met. Acme partnered with Zenith and UTC. Acme uses SDKs from Orbit."
    )
    assert not any(word in claim for claim in found for word in ("slas", "utc", "sdks"))
    assert "acme partnerOf zenith asserted" in found


def test_what_a_first_person_title_moved_is_ours_whatever_its_type() -> None:
    """ "We moved Quillmate off Nimbus": Quillmate speaks, though the text reads it as a product;
    and "servers that we rent from Zenith" are the speaker's rent, not the product's before."""
    names = NameIndex([*ENTITIES, Entity(id="quillmate", label="Quillmate", type="Product")])
    body = (
        "Quillmate helps accountants close their books.\n\n"
        "We now run Orbit's open model on two GPU servers that we rent from Zenith.\n\n"
        "We also tried Nimbus for a year.\n"
    )
    document = Document(id=content_id(body), path="post.md", text=body, title="We moved Quillmate off Nimbus")
    found = {f"{c.subject} {c.predicate} {c.object}" for c in extract(document, names).claims}
    assert "quillmate customerOf zenith" in found


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Acme changelog — week of 9 March 2026",
            "Acme is one API for calling hosted models.\n\n"
            "This is the first model added under our new partnership with Zenith.\n\n"
            "We have signed terms with Orbit, and its model goes live on 23 March.\n",
            "acme partnerOf zenith asserted",
        ),
        (
            "Acme -- Fourth Quarter 2025 Earnings Call (edited excerpts)",
            "OPERATOR: Good morning and welcome to Acme's fourth-quarter earnings conference call.\n\n"
            "JANE ROE, CHIEF EXECUTIVE OFFICER: Thank you. We compete with Zenith for every mandate.\n\n"
            "Our models run on Nimbus, and we have done well this year.\n",
            "acme competesWith zenith asserted",
        ),
    ],
    ids=["changelog", "earnings-call"],
)
def test_a_changelog_or_a_call_titled_by_its_company_speaks_for_it(
    title: str, body: str, expected: str
) -> None:
    """ "Acme changelog -- week of 9 March", "Acme -- Fourth Quarter Earnings Call": the page's
    "we" and "our" are Acme's."""
    assert expected in read(body, title=title)


def test_an_author_introduced_by_title_speaks_for_the_company() -> None:
    """ "AMA: I'm Jo Lind, co-founder & CEO of Acme": the thread's "we" is Acme's; "we stopped
    using it" ends what the clause before said it used."""
    body = (
        "AMA: I'm Jo Lind, co-founder & CEO of Acme (voice agents for insurers). Ask me anything!\n\n"
        "We raised our seed round from Orbit in 2023.\n\n"
        "We did use Zenith's Quill for the first year but we stopped using it in March.\n"
    )
    names = NameIndex([*ENTITIES, Entity(id="quill", label="Quill", type="AIModel", parent="zenith")])
    document = Document(id=content_id(body), path="thread.txt", text=body)
    found = {
        f"{c.subject} {c.predicate} {c.object} {c.status.value}" for c in extract(document, names).claims
    }
    assert "orbit investsIn acme asserted" in found
    assert not any(c.startswith("acme usesTechnologyOf quill") and not c.endswith("negated") for c in found)


def test_the_company_we_started_is_the_pages_voice() -> None:
    """ "When we started Acme two years ago, ...": a post by its founder speaks for Acme, and
    "our training workloads" is what it runs, not a model it trains."""
    body = (
        "*Posted by Jo Lind, co-founder and CEO*\n\n"
        "When we started Acme two years ago, our bet was simple.\n\n"
        "Today we are announcing our partnership with Zenith.\n\n"
        "Last autumn we moved our training workloads off Nimbus.\n"
    )
    found = read(body, title="Introducing the partner network")
    assert "acme partnerOf zenith asserted" in found
    assert not any("develops nimbus" in claim for claim in found)


def test_a_post_under_its_authors_profile_line_speaks_for_the_authors_company() -> None:
    """A scraped social-media post: menus, the author's name and the profile line "CEO at
    Tarn Labs" head it, and its "we" is Tarn Labs."""
    text = (
        "Skip to main content\n\nArticles   People   Jobs   Sign in\n\nMaya Lind\n\n"
        "Co-founder & CEO at Tarn Labs | ex-Zenith\n\n2d - Edited\n\n"
        "Big news from the Tarn Labs team! Today we're announcing that Orbit is leading our "
        "$40M Series B. We also signed a multi-year agreement with Acme.\n"
    )
    found = read(text)
    assert {"orbit investsIn tarn-labs asserted", "acme partnerOf tarn-labs asserted"} <= found, found
    assert not [c for c in found if c.startswith("zenith ") or " zenith " in c], found


def test_an_internal_memo_speaks_for_the_company_whose_staff_it_addresses() -> None:
    """An all-hands email headed "**To:** All Tarn Microdevices staff": its writer's "we" and
    "our" are Tarn, also in a second clause ("..., and Acme became our second customer"), and
    "every Tarn chip" makes Tarn a maker, not a chip."""
    text = (
        "**To:** All Tarn Microdevices staff\n**Date:** 30 January 2026\n\nDear colleagues,\n\n"
        "When I joined, Tarn was small. Orbit has made every Tarn chip since 2016. Today the chips "
        "run inside Nimbus, and Acme became our second customer last summer. When we bought Zenith "
        "in 2021, we got a great team.\n"
    )
    found = read(text, title="**From:** Jo Lind, Chief Operating Officer")
    assert {"acme customerOf tarn asserted", "tarn acquires zenith asserted"} <= found, found


def test_a_memo_to_two_companies_staff_names_no_voice() -> None:
    """ "To: Acme and Zenith staff" is no one company's memo: "we" stays unresolved."""
    text = "**To:** Acme and Zenith staff\n\nDear all,\n\nWe bought Orbit in 2021. We run on Nimbus.\n"
    found = read(text, title="**From:** Jo Lind")
    assert not [c for c in found if "orbit" in c], found


def test_a_status_page_speaks_for_the_company_its_title_names() -> None:
    """A scraped status page titled "Tarn Cloud Status": its incident notes' "our" is that of
    Tarn Systems, which runs the cloud, so
    "Acme, our identity provider" supplies it and "Zenith, our inference partner" partners it;
    "error rates are back to normal" backs no one."""
    text = (
        "All Systems Operational\n\nPast Incidents\n\n"
        "Resolved - Error rates for Quill, the Orbit model we serve on our API, are back to normal.\n\n"
        "Resolved - Single sign-on failed for 40 minutes because of an incident at Acme, our identity "
        "provider.\n\n"
        "Resolved - Requests routed to Zenith, our inference partner for overflow traffic, were timing "
        "out.\n\nTarn Cloud is a service of Tarn Systems.\n"
    )
    found = read(text, title="Tarn Cloud Status")
    assert {"tarn-systems customerOf acme asserted", "tarn-systems partnerOf zenith asserted"} <= found, found
    assert not [c for c in found if "investsIn" in c], found


def test_a_press_release_speaks_for_the_issuer_its_lede_names() -> None:
    """ "Tarn Realty Trust (NYSE: TRT), an owner of data centres, today reported results": the
    release's own "our largest tenant", "we completed the purchase of", "We compete for tenants
    with" and "a lease ... at our Red Mesa campus" are Tarn's, and "the trust" is Tarn too."""
    text = (
        "DENVER, Nov. 6, 2025 — Tarn Realty Trust (NYSE: TRT), an owner and developer of wholesale "
        "data centres, today reported results for the quarter.\n\n"
        "Acme remained our largest tenant. On August 14 we completed the purchase of Wexley Data "
        "Centers, a private operator. Wexley now operates as a wholly owned subsidiary of the trust.\n\n"
        "We compete for tenants with Orbit. Nova signed a 15-year lease for 96 MW at our Red Mesa campus.\n"
    )
    found = read(text, title="Tarn Realty Trust Reports Third Quarter Results")
    assert {
        "acme customerOf tarn-realty-trust asserted",
        "tarn-realty-trust acquires wexley-data-centers asserted",
        "orbit competesWith tarn-realty-trust asserted",
        "nova customerOf tarn-realty-trust asserted",
        "tarn-realty-trust parentOf wexley-data-centers asserted",
    } <= found, found


def test_a_news_story_quoting_today_names_no_voice() -> None:
    """A wire story whose lede says "Acme today announced" but whose "we" is only quoted has no
    narrator: the quote's "we" is the speaker's, as before."""
    text = (
        "Acme today announced a deal with Zenith, the company said.\n\n"
        '"We buy chips from Orbit," said Acme\'s chief executive.\n'
    )
    found = read(text)
    assert "acme customerOf orbit asserted" in found, found


def test_our_round_led_by_an_investor_is_the_speakers() -> None:
    """ "Orbit took a stake in our Series B, a round that was led by Zenith": Zenith backs the
    letter's company, not Orbit, the clause's subject."""
    text = (
        "Dear readers,\n\nWe build chips. Orbit took a stake of nine percent in our $62 million Series B "
        "last autumn, a round that was led by Zenith.\n\nWarm regards,\n\nThe Acme team\n"
    )
    assert "zenith investsIn acme asserted" in read(text), read(text)


def test_our_round_with_no_known_speaker_names_no_raiser() -> None:
    """A letter whose writer is not named: "It took a stake in our Series B, a round that was led
    by Sundial Ventures" is not a round "It" raised."""
    text = (
        "Orbit sells databases. It took a stake in our $62 million Series B, a round that was led by Zenith."
    )
    assert not [c for c in read(text) if "investsIn orbit" in c], read(text)


def test_an_about_us_paragraph_names_the_voice() -> None:
    """A job post's "Acme makes Helper, an agent platform. We were founded in 2023.": its "we"
    is Acme; a news story's "Acme sells chips. We asked it why." describes nothing of "we"."""
    text = (
        "Acme makes Helper, an agent platform for insurers. We were founded in 2023.\n\n"
        "We lease our GPUs from Zenith. We are a Nimbus partner.\n"
    )
    assert "acme customerOf zenith asserted" in read(text), read(text)
    story = "Acme sells chips to Orbit. We asked Acme about it.\n\nWe lease our GPUs from Zenith.\n"
    assert not [c for c in read(story) if c.startswith("acme customerOf zenith")], read(story)


def test_everything_running_on_a_cloud_is_the_pages_organisation() -> None:
    """ "- Cloud: everything runs on Nimbus." on a page about Acme: Acme is hosted there; a
    sentence naming its own subject keeps it."""
    text = (
        "Acme makes Helper, an agent platform for insurers. We were founded in 2023.\n\n"
        "- Cloud: everything runs on Nimbus.\n"
    )
    assert "acme hostedOn nimbus asserted" in read(text), read(text)
    named = "Acme makes Helper. We were founded in 2023.\n\nOrbit said everything runs on Nimbus.\n"
    assert "acme hostedOn nimbus asserted" not in read(named), read(named)


def test_we_are_names_the_voice() -> None:
    """A job post's "We are Acme, maker of Helper." makes its "we" Acme, and "our seed round was
    led by Zenith" Acme's round; "We are Zenith's customers" names no voice."""
    text = (
        "We are Acme, maker of Helper, an intake assistant.\n\n"
        "Acme was spun out of Orbit in 2023, and our seed round was led by Zenith.\n\n"
        "Why us: we compete with Nova.\n"
    )
    found = read(text)
    assert "zenith investsIn acme asserted" in found, found
    assert "acme competesWith nova asserted" in found or "nova competesWith acme asserted" in found, found
    customers = "We are Zenith's customers. We compete with Nova. We like it.\n"
    assert not [c for c in read(customers) if "zenith competesWith" in c or "competesWith zenith" in c]


def test_a_company_engineering_blog_speaks_for_the_company_its_title_names() -> None:
    """ "Tarnwell Engineering" over a post-mortem that says "we": the company's own voice."""
    text = "\n\n".join(
        [
            "Tarnwell customers in all eleven of our markets saw delayed orders on Saturday.",
            "We run our dispatch service on Nimbus.",
            "We raised a round led by Orbit last year.",
        ]
    )
    found = read(text, title="Tarnwell Engineering")
    assert "tarnwell hostedOn nimbus asserted" in found, found


def test_a_post_whose_author_says_where_they_worked_speaks_for_that_company() -> None:
    """ "Friday was my last day at Tarn Labs": the post's "we" is where its author worked, as
    the opening of a personal post tells it (not a later voice in a thread of answers)."""
    text = (
        "Maya Lind  ·  @mlind  ·  Follow\n\nML engineer.\n\n"
        "Friday was my last day at Tarn Labs. Three years, two models, and many late pages.\n\n"
        "Some context for anyone outside the bubble. We built Quarry, a model for European "
        "languages. We partnered with Acme on its training data.\n"
    )
    found = read(text)
    assert {"tarn-labs develops quarry asserted", "acme partnerOf tarn-labs asserted"} <= found, found


def test_us_after_a_verb_is_the_voice_of_the_page() -> None:
    """ "In 2025 Acme bought us", "Orbit invested in us": the page's organisation is the object."""
    text = (
        "Maya Lind  ·  @mlind  ·  Follow\n\nML engineer.\n\n"
        "Friday was my last day at Tarn Labs. Three years, two models, and many late pages.\n\n"
        "We built Quarry, a model for European languages. In 2025 Acme bought us. Orbit invested in "
        "us in 2023.\n"
    )
    found = read(text)
    assert {"acme acquires tarn-labs asserted", "orbit investsIn tarn-labs asserted"} <= found, found
