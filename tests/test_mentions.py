"""Entity mentions: registry names, aliases, possessives, epithets, and discovered names."""

from __future__ import annotations

import pytest

from aikg.extract.furniture import page_furniture
from aikg.extract.mentions import find_mentions, registry_matcher
from aikg.extract.rules.relations import argument_slots, find_triggers
from aikg.extract.sentences import split_sentences
from aikg.ontology.models import Entity
from aikg.ontology.registry import NameIndex

REGISTRY = [
    Entity(
        id="acme",
        label="Acme",
        type="Company",
        aliases=("Acme Corp.", "Acme Holdings"),
        epithets=("the Quill maker", "Zenith's owner"),
    ),
    Entity(id="zenith", label="Zenith", type="Company"),
    Entity(id="quill", label="Quill", type="AIModel", parent="acme"),
]


@pytest.fixture
def names() -> NameIndex:
    return NameIndex(REGISTRY)


def mentions(text: str, names: NameIndex) -> list[tuple[str, str, bool]]:
    """(surface text, entity id, possessive) for every mention, in order."""
    sentences = split_sentences(text)
    found = find_mentions(sentences, names, argument_slots(sentences, find_triggers(sentences)))
    out = []
    for s in sentences:
        for m in found.of(s):
            out.append((s.tokens.span(m.start, m.end), m.entity.id, m.possessive))
    return out


def discovered(text: str, names: NameIndex) -> dict[str, str]:
    sentences = split_sentences(text)
    found = find_mentions(sentences, names, argument_slots(sentences, find_triggers(sentences)))
    return {e.id: e.type for e in found.discovered.values()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Holdings sold Quill.", [("Acme Holdings", "acme", False), ("Quill", "quill", False)]),
        ("Acme's model and Zenith’s chip.", [("Acme", "acme", True), ("Zenith", "zenith", True)]),
        ("Acme Corp. grew.", [("Acme Corp.", "acme", False)]),
        ("Acme Corp grew.", [("Acme Corp", "acme", False)]),
        ("The Quill maker hired staff.", [("The Quill maker", "acme", False)]),
        ("Zenith's owner cut prices.", [("Zenith's owner", "acme", False)]),
        ("acme and zenith in lower case are words.", []),
        (
            "Zenith's is the oldest bakery in Acme's town.",
            [("Zenith's", "zenith", False), ("Acme", "acme", True)],
        ),
        ("Zenith 's was sold to Acme .", [("Zenith 's", "zenith", False), ("Acme", "acme", False)]),
    ],
    ids=[
        "alias",
        "possessives-straight-and-curly",
        "alias-with-period",
        "legal-suffix-absorbed",
        "epithet",
        "possessive-epithet",
        "case-sensitive",
        "a name-final apostrophe-s before a verb",
        "a tokenised name-final apostrophe-s",
    ],
)
def test_registry_mentions(names: NameIndex, text: str, expected: list) -> None:
    assert mentions(text, names) == expected


def test_epithet_beside_the_name_gives_way_to_the_names_inside(names: NameIndex) -> None:
    found = mentions("Acme, the Quill maker, grew.", names)
    assert ("Quill", "quill", False) in found
    assert all(text != "the Quill maker" for text, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brightloop Labs opened an office.", {"brightloop-labs": "ResearchLab"}),
        ("Profits rose at Halvorsen Inc. this year.", {"halvorsen": "Company"}),
        ("The startup Veltro hired staff.", {"veltro": "Company"}),
        ("Veltro, a Danish chipmaker, hired staff.", {"veltro": "Company"}),
        ("Veltro, which makes sensors, hired staff.", {"veltro": "Company"}),
        ("Zenith trained the Lumo model on open data.", {"lumo": "AIModel"}),
        ("Zenith sells Pico chips.", {"pico": "Chip"}),
        ("Acme acquired Veltro last year.", {"veltro": "Company"}),
        ("Acme developed Lumo for doctors.", {"lumo": "Product"}),
        ("According to Dispatch, Acme grew.", {"dispatch": "NewsOutlet"}),
        ("Acme counts Brisa and Kandu among its clients.", {"brisa": "Company", "kandu": "Company"}),
    ],
    ids=[
        "labs-suffix",
        "legal-suffix",
        "descriptor-before",
        "apposition",
        "which-makes",
        "model-after",
        "chip-after",
        "acquisition-slot",
        "development-slot",
        "according-to",
        "listed-with-a-slot-name",
    ],
)
def test_discovery(names: NameIndex, text: str, expected: dict[str, str]) -> None:
    assert discovered(text, names) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Analysts expected growth at Acme.",
        "Shares of Acme rose. Investors cheered.",
        "Generative AI is everywhere, said Zenith.",
        "In March, Acme hired staff.",
        "Jane Doe, the chief executive of Acme, spoke.",
        "CEO Sam Okafor runs Zenith.",
        "Zenith signed a A$140 million contract. Acme raised a A$30 million round. Acme spends A$20 million.",
        "Miriam Okonjo-Reyes, a former analyst, wrote the book. Okonjo-Reyes is sharp on how Acme grew.",
    ],
    ids=[
        "sentence-initial-word",
        "plural-noun",
        "ai-adjective",
        "month",
        "person-apposition",
        "person-title",
        "a-dollar-written-with-its-country",
        "a-hyphened-surname-alone",
    ],
)
def test_no_discovery_without_evidence(names: NameIndex, text: str) -> None:
    found = discovered(text, names)
    assert all(t != "Company" for t in found.values()), found


def test_discovered_name_is_found_everywhere_it_recurs(names: NameIndex) -> None:
    text = "The startup Veltro hired staff. Later, Veltro bought Zenith. Veltro grew."
    assert [m for m in mentions(text, names) if m[1] == "veltro"] == [("Veltro", "veltro", False)] * 3


def test_suffix_names_match_their_short_form(names: NameIndex) -> None:
    text = "Brightloop AI raised money. Investors like Brightloop because it grows."
    assert [m[1] for m in mentions(text, names)] == ["brightloop-ai", "brightloop-ai"]


def test_discovered_entities_are_uncurated_with_slug_ids(names: NameIndex) -> None:
    sentences = split_sentences("Veltro Systems, a startup, grew.")
    [entity] = {e.id: e for e in find_mentions(sentences, names).discovered.values()}.values()
    assert (entity.id, entity.label, entity.curated) == ("veltro-systems", "Veltro Systems", False)


def test_registry_matcher_is_cached_and_follows_changes() -> None:
    names = NameIndex(REGISTRY)
    first = registry_matcher(names)
    assert registry_matcher(names) is first
    assert registry_matcher(NameIndex(REGISTRY)) is first  # same content, same matcher
    names.add(Entity(id="orbit", label="Orbit", type="Company"))
    assert registry_matcher(names) is not first
    assert [m[1] for m in mentions("Orbit grew.", names)] == ["orbit"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Acme sold the unit to Banca Verde di Torino.", "Banca Verde di Torino"),
        ("Acme sold the unit to Harlow and Sons.", "Harlow and Sons"),
        ("Acme sold the unit to the Insurance Company of North Dakota.", "Insurance Company of North Dakota"),
        ("Acme sold the unit to the European Rail Agency.", "European Rail Agency"),
        ("Acme sold the unit to Nine Harbour Media.", "Nine Harbour Media"),
        ("Acme sold the unit to Dorsey Copper Mine.", "Dorsey Copper Mine"),
        ("First Meridian Bank bought the unit from Acme.", "First Meridian Bank"),
        ("Palomar TV bought the unit from Acme.", "Palomar TV"),
        ("Acme sold the unit to TV Marlow.", "TV Marlow"),
        ("Rolling Anvil has supplied parts to Acme since 2009.", "Rolling Anvil"),
        ("Seven Harbors had a contract with Acme.", "Seven Harbors"),
        ("Nine Lantern's first album came out on Acme's label.", "Nine Lantern"),
    ],
    ids=[
        "foreign-particle",
        "and-sons",
        "company-of",
        "nationality-before-ordinary-words",
        "capitalised-number",
        "capitalised-stop-word-inside",
        "capitalised-stop-word-opening-a-bank",
        "tv-at-the-end",
        "tv-at-the-start",
        "participle-opening-the-subject",
        "number-opening-the-subject",
        "number-opening-a-possessive",
    ],
)
def test_names_with_small_words_are_whole(names: NameIndex, text: str, name: str) -> None:
    assert name in [m[0] for m in mentions(text, names)]


@pytest.mark.parametrize(
    ("text", "name", "not_a_name"),
    [
        ("Quorvex CEO Dana Whitlow said Acme grew.", "Quorvex", "Quorvex CEO Dana Whitlow"),
        ("Acme bought Torvane Ltd. Engineers there were pleased.", "Torvane Ltd.", "Torvane Ltd. Engineers"),
        ("Acme bought Chinese Zhaolin Robotics.", "Zhaolin Robotics", "Chinese Zhaolin Robotics"),
        ("History Tessaro Networks was founded by Acme.", "Tessaro Networks", "History Tessaro Networks"),
        ("Orvane Games Orvane Games was acquired by Acme.", "Orvane Games", "Orvane Games Orvane Games"),
        ("Products Velmora Velmora is a kettle made by Acme.", "Velmora", "Products Velmora Velmora"),
        ("Following Dovetail Systems, Acme cut prices.", "Dovetail Systems", "Following Dovetail Systems"),
    ],
    ids=[
        "title-between-names",
        "legal-suffix-ends-a-name",
        "nationality-before-a-name",
        "section-heading-glued-on",
        "name-said-twice",
        "heading-before-a-name-said-twice",
        "participle-before-a-name-and-comma",
    ],
)
def test_words_around_a_name_stay_out_of_it(names: NameIndex, text: str, name: str, not_a_name: str) -> None:
    found = [m[0] for m in mentions(text, names)]
    assert name in found and not_a_name not in found, found


def test_a_short_name_in_brackets_is_the_same_entity(names: NameIndex) -> None:
    text = "Tovaris Holdings Ltd (THL) owns Brenna Foods Inc. (Brenna). THL sold Brenna to Acme."
    found = mentions(text, names)
    assert [m[1] for m in found if m[0] in ("THL", "Tovaris Holdings Ltd")] == ["tovaris-holdings"] * 3
    assert [m[1] for m in found if m[0].startswith("Brenna")] == ["brenna-foods"] * 3


def test_a_fuller_form_written_later_is_one_more_alias(names: NameIndex) -> None:
    """A name first written short and later with its legal suffix ("Veltro" ... "Veltro, Inc.")
    is one entity that has the fuller form as an alias; a registry entity keeps its own names."""
    text = "The startup Veltro hired staff. In May, Acme, Inc. bought Veltro, Inc. for $40 million."
    sentences = split_sentences(text)
    found = find_mentions(sentences, names, argument_slots(sentences, find_triggers(sentences)))
    veltro = {e.id: e for e in found.discovered.values()}["veltro"]
    assert veltro.aliases == ("Veltro, Inc.",)
    assert [m[1] for m in mentions(text, names) if m[0].startswith("Veltro")] == ["veltro", "veltro"]
    assert "acme" not in {e.id for e in found.discovered.values()}


def test_a_capitalised_the_inside_a_sentence_is_kept_as_an_alias(names: NameIndex) -> None:
    """ "clients such as The Harbor Group": a "The" capitalised inside a sentence belongs to the
    name as written, so it is an alias; one that opens the sentence may be only the sentence's."""
    sentences = split_sentences(
        "Veltro counts The Harbor Group among its clients. The Ostrava Lab uses Veltro."
    )
    found = find_mentions(sentences, names, argument_slots(sentences, find_triggers(sentences)))
    discovered = {e.id: e for e in found.discovered.values()}
    assert discovered["harbor-group"].aliases == ("Harbor", "The Harbor Group")
    assert "The Ostrava Lab" not in discovered["ostrava-lab"].aliases


def test_a_product_named_after_its_maker_goes_by_its_own_name_too(names: NameIndex) -> None:
    """ "the Veltro Kestrel", where the text names Veltro: "Kestrel" is an alias of the product."""
    text = "Veltro hired forty engineers in 2023. Reviewers praised the Veltro Kestrel, a delivery drone."
    sentences = split_sentences(text)
    found = find_mentions(sentences, names, argument_slots(sentences, find_triggers(sentences)))
    assert {e.id: e.aliases for e in found.discovered.values()}["veltro-kestrel"] == ("Kestrel",)


def test_a_dateline_date_is_no_name(names: NameIndex) -> None:
    """ "Nov 2" reads like a name with a version number; with a month it is a date."""
    found = discovered("OSLO, Nov 2 (Reuters) - Harumi Semiconductor will supply chips to Zenith.", names)
    assert "nov-2" not in found and "harumi-semiconductor" in found, found


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Pellets are shipped by Corvane Logistics. Bearings come from Tessary Systems.", "bearings"),
        ("Auditors are checking whether the two got early access to Vantor chips.", "auditors"),
        ("Oracle was weighing a bid for the Norwegian GPU cloud operator.", "norwegian"),
        ("Corvane Logistics is buying the Danish chip designer.", "danish"),
    ],
    ids=["plural-noun-come", "plural-noun-are", "nationality-the", "nationality-a"],
)
def test_a_plural_noun_or_a_nationality_is_no_name(names: NameIndex, text: str, not_a_name: str) -> None:
    assert not_a_name not in discovered(text, names)


def test_a_name_with_an_age_is_no_company(names: NameIndex) -> None:
    assert "dunmore" not in discovered("Dunmore, 42, sold Zenith to Acme.", names)


def test_a_nationality_before_ai_and_a_noun_is_no_company(names: NameIndex) -> None:
    """ "a Swedish AI startup" is a startup in Swedish AI; "Kelpa AI" stays a company."""
    found = discovered("Swedish AI startup Brisklet signed with Zenith. Kelpa AI sells tools to Acme.", names)
    assert "swedish-ai" not in found and "kelpa-ai" in found, found


def test_a_title_opening_a_run_makes_it_a_person(names: NameIndex) -> None:
    found = discovered("Brisklet Chief Financial Officer Maren Holt declined to comment.", names)
    assert not [k for k in found if "holt" in k], found


def test_a_place_before_a_comma_is_listed_with_no_company(names: NameIndex) -> None:
    """ "at a summit in Lisbon, Halvorsen said": the comma closes a phrase; Lisbon is a place."""
    found = discovered(
        "Speaking at a summit in Lisbon, Halvorsen said Zenith would partner with Acme.", names
    )
    assert "lisbon" not in found, found


def test_the_verb_after_an_aside_is_not_the_places(names: NameIndex) -> None:
    """In "Zenith, based in Austin, Texas, sells ...", Texas closes the aside; it sells nothing."""
    assert "texas" not in discovered("Zenith, based in Austin, Texas, sells chips to Acme.", names)


@pytest.mark.parametrize(
    "text",
    [
        "Zenith is in talks to buy Acme, Techwire reported on Monday.",
        "The deal, first reported by Techwire, values Acme at $3 billion.",
        "Zenith is buying Acme, Techwire has learned.",
        "PARIS, March 12 (Techwire) - Zenith will buy Acme.",
    ],
    ids=["reported-on", "reported-by", "has-learned", "dateline"],
)
def test_the_outlet_credited_with_the_news_is_an_outlet(names: NameIndex, text: str) -> None:
    assert discovered(text, names).get("techwire") == "NewsOutlet"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kelpa raised money in a round led by Summit.", "summit"),
        ("Kelpa raised $4 million from Summit and Harbor.", "summit"),
        ("Tessary invested in Summit last year.", "summit"),
        ("Corvane agreed to acquire Summit.", "summit"),
    ],
    ids=["led-by", "from", "invested-in", "acquire"],
)
def test_an_english_word_in_an_organisations_slot_is_a_name(names: NameIndex, text: str, name: str) -> None:
    """A capitalised dictionary word the typer takes for no name is one where a relation
    expects an organisation, away from the sentence's start."""
    assert discovered(text, names).get(name) == "Company"


@pytest.mark.parametrize(
    "text",
    [
        "Kelpa raised money in a round led by Lightspeed.",
        "Lightspeed invested in Kelpa.",
        "Kelpa raised $4 million from Lightspeed and Harbor.",
    ],
    ids=["led-by", "subject", "from"],
)
def test_a_registry_name_spelt_as_its_id_is_the_registry_entity(text: str) -> None:
    """ "Lightspeed" for the registry's "Lightspeed Venture Partners" (id ``lightspeed``): the
    registry's entity, not a name dropped because the registry knows it."""
    index = NameIndex(
        [*REGISTRY, Entity(id="lightspeed", label="Lightspeed Venture Partners", type="Company")]
    )
    assert "lightspeed" in [entity for _, entity, _ in mentions(text, index)]


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Brisklet unveiled its first AI accelerator, the Halo.", "halo", "Chip"),
        ("Brisklet released its new model, Sable.", "sable", "AIModel"),
        ("Brisklet released its new model, Sable, on Tuesday.", "sable", "AIModel"),
        ("Orvo showed its chatbot, Wren, which answers in Danish.", "wren", "Product"),
        ("Brisklet launched a chip, Tide, and a model, Reef.", "reef", "AIModel"),
        ("With its new chip, Brisklet hopes to rival Acme.", "brisklet", "Company"),
        ("Data comes from Sandmark, the physics simulator developed by Halvor Labs.", "sandmark", "Product"),
        ("Loom, the compiler Quire had built, now ships free.", "loom", "Product"),
        (
            "Acme built a library with Tidewater Analytics, the Lisbon compiler specialist.",
            "tidewater-analytics",
            "Company",
        ),
    ],
    ids=[
        "the-halo",
        "sable",
        "sable-comma",
        "chatbot-which",
        "two",
        "opening-phrase",
        "simulator",
        "compiler",
        "compiler-specialist",
    ],
)
def test_a_name_in_apposition_to_a_product_noun_is_that_product(
    names: NameIndex, text: str, name: str, type_: str
) -> None:
    assert discovered(text, names).get(name) == type_


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brisklet's Atlas model is trained on Orvo's Vega accelerators.", "vega"),
        ("Tessary sells the Tern accelerators to Kelpa.", "tern"),
        ("Kelpa rents Osprey TPUs by the hour.", "osprey"),
    ],
    ids=["possessive", "the", "tpus"],
)
def test_a_name_before_a_plural_chip_noun_is_a_chip(names: NameIndex, text: str, name: str) -> None:
    assert discovered(text, names).get(name) == "Chip"


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Kelpa introduced a model called Sable.", "sable", "AIModel"),
        ("The model, called Sable-Mini, runs on phones.", "sable-mini", "AIModel"),
        ("Kelpa shipped an accelerator dubbed Tide.", "tide", "Chip"),
        ("Marlin 70B beats rivals on coding tests, Kelpa said.", "marlin-70b", "AIModel"),
        ("Brisklet said Osprey 8x7B now runs on phones.", "osprey-8x7b", "AIModel"),
        ("Orvo makes the Vega line of accelerators.", "vega", "Chip"),
        ("Orvo sells the Tern family of GPUs to Kelpa.", "tern", "Chip"),
    ],
    ids=["called", "comma-called", "dubbed", "size", "mixture-size", "line-of", "family-of"],
)
def test_the_words_that_name_a_product_say_what_it_is(
    names: NameIndex, text: str, name: str, type_: str
) -> None:
    """The noun a name is given to ("a model called Sable"), a size in parameters ("70B") and
    the noun of "the Vega line of accelerators" type the product."""
    assert discovered(text, names).get(name) == type_


@pytest.mark.parametrize(
    ("text", "not_a_name", "name"),
    [
        ("Capital came from Harbor Capital and Tessary Ventures.", "capital", "harbor-capital"),
        ("Partners include Ridge Partners and Kelpa.", "partners", "ridge-partners"),
        ("Meet Tessary, a startup named after a fish.", "meet-tessary", "tessary"),
        ("Inside Orvo, engineers rebuilt the Vega chip.", "inside-orvo", "orvo"),
    ],
    ids=["capital", "partners", "meet", "inside"],
)
def test_words_opening_a_sentence_are_not_names(
    names: NameIndex, text: str, not_a_name: str, name: str
) -> None:
    found = discovered(text, names)
    assert not_a_name not in found and name in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Brisklet Ventures backs startups. Previous investments include Lumen, Quill and Vega.",
        "Its portfolio includes Lumen and Vega.",
        "Past bets include Lumen and Sable.",
        "Its holdings include Lumen.",
    ],
    ids=["investments", "portfolio", "bets", "holdings"],
)
def test_names_listed_as_investments_are_companies(names: NameIndex, text: str) -> None:
    assert discovered(text, names).get("lumen") == "Company"


@pytest.mark.parametrize(
    ("text", "name"),
    [("Backers include Lumen and Atlas.", "backers"), ("Rivals include Lumen and Atlas.", "rivals")],
    ids=["backers", "rivals"],
)
def test_a_plural_noun_opening_a_list_is_no_name(names: NameIndex, text: str, name: str) -> None:
    assert name not in discovered(text, names)


def test_a_known_maker_before_a_product_line_and_its_noun_names_the_product(names: NameIndex) -> None:
    """ "eight Acme Vortex accelerators": Acme Vortex is a chip line of Acme's, not a company."""
    text = "Each server holds eight Acme Vortex accelerators, and Zenith sells the servers."
    sentences = split_sentences(text)
    found = find_mentions(sentences, names, argument_slots(sentences, find_triggers(sentences)))
    types = {m.entity.id: m.entity.type for s in sentences for m in found.of(s)}
    assert types["acme-vortex"] == "Chip", types


def _discovered_on_page(text: str, names: NameIndex) -> dict[str, str]:
    """Discovered names with page furniture (bylines, captions) set aside, as an extraction does."""
    sentences = split_sentences(text)
    triggers = find_triggers(sentences)
    found = find_mentions(
        sentences, names, argument_slots(sentences, triggers), furniture=page_furniture(sentences, triggers)
    )
    return {e.id: e.type for e in found.discovered.values()}


def test_founders_named_together_and_then_by_first_name_are_people(names: NameIndex) -> None:
    """ "co-founders Tove Varga and Idris Solberg": a plural title makes both people, and the
    first names alone later ("to back Tove, Idris and their team") are those people."""
    found = _discovered_on_page(
        "Brisklet co-founders Tove Varga and Idris Solberg started the company in 2024.\n\n"
        "Acme is leading Brisklet's $22 million round, and we are glad to back Tove, Idris and their team.",
        names,
    )
    people = {"tove-varga", "idris-solberg", "tove", "idris"}
    assert not people & found.keys(), found
    assert found.get("brisklet") == "Company", found


def test_a_bylines_names_are_people_when_the_article_uses_them(names: NameIndex) -> None:
    """A first name the article uses alone ("Yara will join Brisklet's board") is the person
    the byline names in full ("by Yara Okonkwo-Hart and Kasimir Rask")."""
    found = _discovered_on_page(
        "Our investment in Brisklet\n\nby Yara Okonkwo-Hart and Kasimir Rask\n\n"
        "Acme is leading Brisklet's round. Yara will join Brisklet's board.",
        names,
    )
    assert "yara" not in found and "brisklet" in found, found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Zenith's first customer is Vireo, a GPU rental firm in Denver.", "vireo", "Company"),
        ("Its closest competitor is Cognition, the maker of Devin.", "devin", "Product"),
        (
            "Customers reach the models through Brisklet Studio, the company's managed service for apps.",
            "brisklet-studio",
            "Product",
        ),
    ],
    ids=["firm-after-a-chip-noun", "maker-of", "service-after-the-companys"],
)
def test_an_apposition_is_typed_by_its_head_noun(names: NameIndex, text: str, name: str, kind: str) -> None:
    """The last noun of the phrase names the kind: "a GPU rental firm" is a firm, not a GPU."""
    assert discovered(text, names).get(name) == kind


def test_a_season_and_a_year_is_no_product(names: NameIndex) -> None:
    """ "its Winter 2025 batch" dates the batch; the words name nothing that Zenith makes."""
    found = discovered("Zenith, which backed Brisklet in its Winter 2025 batch, put in more money.", names)
    assert "winter-2025" not in found, found


def test_an_ampersand_before_a_legal_suffix_leaves_the_label(names: NameIndex) -> None:
    """ "Harlow & Co." is Harlow: the "& Co." goes with the suffix, not into the label."""
    sentences = split_sentences("Brisklet has been acquired by Harlow & Co., the companies said.")
    found = find_mentions(sentences, names, argument_slots(sentences, find_triggers(sentences)))
    labels = {e.label for e in found.discovered.values()}
    assert "Harlow" in labels and not any(label.endswith("&") for label in labels), labels


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Zenith will host the models in its data centres in Rjukan and Lulea, which run on hydro power.",
            {"rjukan", "lulea"},
        ),
        (
            "Tumalo's Brisklet Software was sold to Zenith. Brisklet Software, the 45-person Tumalo "
            "company, was bought by Zenith. Its staff will stay in Tumalo.",
            {"tumalo"},
        ),
        ("It is one of the biggest sales by a Central Oregon tech company, Zenith said.", {"central-oregon"}),
    ],
    ids=["sites-in-two-towns", "staying-in-a-town", "region-of-a-state"],
)
def test_a_town_the_text_puts_a_site_in_is_no_company(names: NameIndex, text: str, places: set[str]) -> None:
    """A place the text builds in or stays in is a place wherever else it names it ("the
    Tumalo company"), and a compass word before a known place makes a region of it."""
    found = discovered(text, names)
    assert not places & found.keys(), found


def test_an_editor_for_a_desk_at_a_title_names_an_outlet(names: NameIndex) -> None:
    """An author bio: "senior editor for design at Wafer Weekly" names the outlet he edits for."""
    found = discovered("Jon Varga is senior editor for design at Wafer Weekly. Zenith hired him.", names)
    assert found.get("wafer-weekly") == "NewsOutlet", found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known model's name after a name the registry does not know: that maker's own product
        (
            "Tarn said its Tarn Quill for Operations product is ready.",
            ("Tarn Quill for Operations", "tarn-quill-for-operations"),
        ),
        ("Kelvo Quill is built on Zenith's chips.", ("Kelvo Quill", "kelvo-quill")),
        # the known maker, or a common word, before it changes nothing
        ("Acme Quill is built on Zenith's chips.", ("Quill", "quill")),
        ("Our Quill tests went well, Acme said.", ("Quill", "quill")),
    ],
)
def test_a_known_products_name_after_an_unknown_name_is_anothers(
    names: NameIndex, text: str, expected: tuple[str, str]
) -> None:
    assert expected in [(surface, entity) for surface, entity, _ in mentions(text, names)]


def test_a_cloud_named_after_its_maker_is_not_the_maker(names: NameIndex) -> None:
    # "Kelpa AI" is also "Kelpa"; "Kelvo Cloud" is Kelvo's cloud, and "Kelvo" the company
    found = mentions("Zenith serves its models from Kelvo Cloud. Kelvo said the cloud unit grew fast.", names)
    assert ("Kelvo Cloud", "kelvo-cloud", False) in found
    assert ("Kelvo", "kelvo", False) in found


def test_a_named_models_version_follows_its_size_word(names: NameIndex) -> None:
    # "Mistral Medium 3" (the known lab's name, a size word, the version): one model
    found = [
        (surface, entity)
        for surface, entity, _ in mentions("Zenith now offers Acme Medium 3 to banks.", names)
    ]
    assert ("Acme Medium 3", "acme-medium-3") in found


def test_a_size_word_that_describes_the_model_is_no_version(names: NameIndex) -> None:
    # "Phi-4 small language model": "small" describes the kind of model; "Quill 3 mini" is named
    found = [
        (surface, entity)
        for surface, entity, _ in mentions("Zenith uses Quill 3 small language model.", names)
    ]
    assert ("Quill 3", "quill-3") in found
    named = [
        (surface, entity) for surface, entity, _ in mentions("Zenith uses the Quill 3 mini model.", names)
    ]
    assert ("Quill 3 mini", "quill-3-mini") in named


def test_a_noun_phrase_that_speaks_is_no_apposition(names: NameIndex) -> None:
    # "Veltro, a Zenith spokesperson confirmed": the spokesperson is a new clause's subject,
    # so Veltro (a startup in the sentence before) is not taken for a person
    text = (
        "Veltro, the Boston startup, released Lumo 2. "
        "Zenith is not an investor in Veltro, a Zenith spokesperson confirmed."
    )
    assert discovered(text, names).get("veltro") == "Company"
    hired = "Acme hired Dana Kell, a Zenith spokesperson, last year."
    assert discovered(hired, names).get("dana kell") != "Company"


def test_a_known_place_before_a_noun_is_where_not_who(names: NameIndex) -> None:
    # "the San Francisco GPU cloud": the city says where the cloud is, it names nothing
    found = discovered("It rents H100 clusters from Lambda, the San Francisco GPU cloud.", names)
    assert "san-francisco" not in found
    assert discovered("Phoenix, the chip startup, raised money.", names).get("phoenix") == "Company"


def test_a_number_word_or_a_unit_is_no_name(names: NameIndex) -> None:
    found = _discovered_on_page(
        "Eighteen months later Zoom shipped AI Companion, which Otter uses. Ferrisburg is building a "
        "180 MW substation to serve Otter.",
        names,
    )
    assert "eighteen" not in found and "mw" not in found


def test_a_version_of_a_known_family_is_its_makers_model() -> None:
    """ "Quill-4.1" beside the registry's "Quill-4o" and "Quill 3" (Acme's models) is an Acme
    model too, whatever the typer makes of it; "Quill 3.5" a version of the registry's Quill."""
    names = NameIndex(
        [
            *REGISTRY,
            Entity(id="quill-4o", label="Quill-4o", type="AIModel", parent="acme"),
            Entity(id="quill-3", label="Quill 3", type="AIModel", parent="acme"),
        ]
    )
    sentences = split_sentences(
        "Zenith moved to Quill-4.1 last year. Orbit runs Quill 3.5 on its own servers."
    )
    found = find_mentions(sentences, names, argument_slots(sentences, find_triggers(sentences)))
    made = {m.entity.label: (m.entity.type, m.entity.parent) for s in sentences for m in found.of(s)}
    assert made["Quill-4.1"] == ("AIModel", "acme")
    assert made["Quill 3.5"] == ("AIModel", "acme")
