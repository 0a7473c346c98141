"""Cues that type a candidate name from its own words and the words around it: a suffix ("Acme
Labs"), a descriptor ("startup Zenith", "Zenith, a chipmaker"), a verb after it ("Doe said",
"Zenith, which makes ..."), a title, an age or a caption ("Doe, 42,", "(pictured)") for a
person, a credit for the news (", Techwire reported") for an outlet; and the runs that name no
one: a dateline's place, a date, a stock ticker, a street or a valley.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from aikg.extract.lexicon import LEGAL_SUFFIXES, common_words, first_names, known_places
from aikg.extract.name_kinds import DESCRIPTORS, DEVICE_NOUNS, NAME_SUFFIXES, PRODUCT_TYPES
from aikg.extract.name_words import POSSESSIVE_MARKS, TITLES
from aikg.extract.press import SPEECH_VERBS, outlet, reporter
from aikg.extract.rules.words import DETERMINERS
from aikg.extract.runs import Run, name_like
from aikg.extract.sentences import Tokens
from aikg.extract.versions import is_number, model_size, plural_model
from aikg.ontology.dates import MONTHS

PRODUCT_AFTER = frozenset(
    {
        "model",
        "models",
        "llm",
        "llms",
        "chatbot",
        "assistant",
        "app",
        "chip",
        "platform",
        "service",
        "software",
        "suite",
        "system",  # "the company behind the Digistar system"
        "browser",
        "api",
        "chips",
        "gpu",
        "gpus",
        "processor",
        "processors",
        "accelerator",
        "accelerators",
        "cpus",
        "tpu",
        "tpus",
        "npu",
        "npus",
        "supercomputer",
        "supercomputers",
        "module",  # "an Nvidia Jetson Orin module"
        "modules",
        "soc",
        "socs",
    }
)
MAKES_VERBS = frozenset(
    {
        "makes",
        "develops",
        "builds",
        "operates",
        "runs",
        "owns",
        "sells",
        "designs",
        "offers",
        "provides",
        "created",
        "built",
        "developed",
        "made",
    }
)
DASHES = frozenset({"-", "–", "—", "--"})
# Verbs whose subject made or bought a product: "the chip Acme designed", "the tool Acme bought".
MAKER_VERBS = frozenset(
    {"wrote", "writes", "built", "builds", "designed", "designs", "developed", "develops", "made"}
    | {"makes", "created", "creates", "sells", "sold", "bought", "buys", "licensed", "licenses"}
    | {"uses", "used"}
)
REPORT_VERBS = frozenset({"reported", "reports", "reporting"})
MADE_VERBS = frozenset({"developed", "built", "made", "created", "designed", "trained", "released"})
MAKER_NOUNS = frozenset(
    {"designer", "maker", "makers", "developer", "company", "startup", "firm", "giant", "supplier", "vendor"}
    | {"house"}  # "the Hsinchu module house"
)

# Nouns whose "of" names what was made: "the maker of Devin", "the creators of Sable".
CREATORS = frozenset(
    {"maker", "makers", "developer", "developers", "creator", "creators", "designer", "designers"}
)

# Nouns that "<adjective> AI" qualifies ("a Swedish AI startup", "the French AI sector").
FIELD_NOUNS = frozenset(
    {"startup", "startups", "company", "companies", "firm", "firms", "lab", "labs", "sector", "industry"}
    | {"market", "boom", "race", "champion", "scene", "ecosystem", "developer", "developers"}
    | {"infrastructure", "policy", "policies", "research", "talent", "spending", "investment"}
    | {"investments", "regulation", "rules", "safety", "strategy", "dominance", "leadership"}
)
# What may follow a name in apposition ("its new model, Sable, which ..."): not a verb.
APPOSITION_ENDS = frozenset({"", ".", ",", ";", ":", "(", "which", "that", "-", "–", "—"})
# Words that open a sentence with a phrase before its subject ("With its new chip, ...").
OPENING_PREPOSITIONS = frozenset(
    {"with", "after", "before", "for", "in", "on", "by", "through", "since", "as", "like", "unlike"}
    | {"besides", "beyond", "alongside", "following", "despite", "to", "from", "at", "under", "of"}
)
# Verbs of a career, said of people only ("Vennick resigned from Brisklet").
CAREER_VERBS = frozenset({"resigned", "retired", "graduated", "studied", "quit"})

# Honorifics written without a full stop ("Mr Varga", "Prof Lane"), as British papers do.
HONORIFICS = frozenset({"mr", "ms", "mrs", "dr", "prof", "prof.", "sir", "dame"})
# Words before a name inside an aside: prepositions, and the comma of "Austin, Texas".
ASIDE_WORDS = frozenset({"in", "at", "from", "of", "to", "by", "for", "with", "on", "near", ","})
# Last words of place names ("Silicon Valley", "Sand Hill Road"), never of a company's.
PLACE_HEADS = frozenset(
    {
        "valley",
        "street",
        "avenue",
        "road",
        "boulevard",
        "square",
        "county",
        "province",
        "district",
        "coast",
        "island",
        "islands",
    }
)
# Nouns that name a person's role when "at" or "of" follows ("a partner at Acme").
ROLE_NOUNS = frozenset({"partner", "investor", "backer", "customer", "client", "owner", "parent", "rival"})

# Adjectives that make "X AI" a phrase about AI rather than a company name.
AI_ADJECTIVES = frozenset(
    {
        "generative",
        "open",
        "artificial",
        "conversational",
        "responsible",
        "agentic",
        "enterprise",
        "ethical",
        "general",
        "narrow",
        "applied",
        "physical",
        "sovereign",
        "safe",
        "trustworthy",
        "explainable",
    }
)


def label_and_type(run: Run) -> tuple[str, str | None, tuple[str, ...]]:
    """A discovered name's label, the type its suffix implies, and aliases to match it by."""
    label, kind, aliases = _label_and_type(run)
    if titled_article(run):  # "... clients such as The Mark Gordon Company": "The" is the name's
        aliases = (*aliases, f"{run.sentence.tokens.text[run.start - 1]} {run.text}")
    return label, kind, aliases


def titled_article(run: Run) -> bool:
    """Whether a capitalised "The" stands right before ``run`` inside a sentence (not opening
    it, nor after a colon or a quote that may open one): part of the name as written."""
    t, s = run.sentence.tokens, run.sentence
    k = run.start - 1
    if k <= s.first or t.text[k] != "The" or not t.space[k]:
        return False
    return t.text[k - 1] not in {":", ";", '"', "“", "``", "'", "‘", "(", "-", "–", "—", "."}


# Investors numbered by vintage: "Vision Fund 2", "Growth Fund III".
NUMBERED_FUNDS = frozenset({"fund", "ventures", "capital", "partners"})
ROMAN = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"})


def _fund_number(word: str) -> bool:
    """Whether ``word`` numbers a fund: "2", "III"."""
    return (word.isdigit() and len(word) <= 2) or word in ROMAN


ARM_NOUNS = frozenset({"arm", "unit", "division", "subsidiary", "affiliate"})


def _arm_of_base(run: Run) -> bool:
    """Whether the sentence calls ``run`` a unit of the name its suffix follows ("BHP Ventures,
    the venture arm of BHP"): then "BHP" is the parent, not a short name for the arm."""
    t, s = run.sentence.tokens, run.sentence
    base = t.lower[run.start : run.end - 1]
    for k in range(run.end, s.last - len(base) - 1):
        if t.lower[k] in ARM_NOUNS and t.lower[k + 1] == "of" and t.lower[k + 2 : k + 2 + len(base)] == base:
            return True
    return False


def _label_and_type(run: Run) -> tuple[str, str | None, tuple[str, ...]]:
    t = run.sentence.tokens
    text = run.text
    last = t.lower[run.end - 1]
    if plural_model(t.text[run.end - 1]):
        return text[:-1], "Chip", (text,)  # "AMD MI450s": the chip, bought by the many
    if run.size > 1 and last in LEGAL_SUFFIXES:
        label = t.span(run.start, run.end - 1).rstrip(", ")
        label = label.removesuffix("&").removesuffix(" and").rstrip(", ")  # "Deere & Co." -> "Deere"
        return label, "Company", (text,)
    if run.size == 1 and last.endswith("cloud") and len(last) > len("cloud") + 2:
        return text, "CloudPlatform", ()  # "OVHcloud": a cloud named with the word glued on
    if run.size > 2 and _fund_number(last) and t.lower[run.end - 2] in NUMBERED_FUNDS:
        return text, "Company", ()  # "Vision Fund 2", "Apex Capital Fund III": an investor, not a product
    if run.size > 1 and last in NAME_SUFFIXES:
        if last == "ai" and t.lower[run.start] in AI_ADJECTIVES:
            return text, None, ()
        base = t.span(run.start, run.end - 1)
        kind = NAME_SUFFIXES[last]
        # "Kelpa AI" is also "Kelpa"; but "Naver" is the maker of "Naver Cloud", and "The Post" no outlet
        usable = (
            len(base) > 2
            and t.lower[run.end - 2] not in STOP_WORDS
            and kind not in {"NewsOutlet", "CloudPlatform"}
            and last != "fund"  # "Vision Fund" is not also "Vision"
            and not _arm_of_base(run)
        )
        return text, kind, (base,) if usable else ()
    return text, None, ()


def context_type(run: Run) -> str | None:
    """The entity type the words around ``run`` give it, if they mark it as a name at all."""
    s, t = run.sentence, run.sentence.tokens
    before = t.lower[run.start - 1] if run.start > s.first else ""
    if before and not t.text[run.start - 1].islower() and DESCRIPTORS.get(before) != "Person":
        before = ""  # "Startup Veltro" in a title is not a descriptor; "CEO Jane Doe" is
    before2 = t.lower[run.start - 2] if run.start - 1 > s.first else ""
    if before2 == "-" and run.start - 2 > s.first and len(compounds(t, run.start - 3, run.start)) == 1:
        before = t.lower[run.start - 3] + "-" + before  # "the start-up Veltro"
        before2 = t.lower[run.start - 4] if run.start - 3 > s.first else ""
    after = t.lower[run.end] if run.end < s.last else ""
    if _named_after_role(run) or (after == "(" and _pictured(run)):
        return "Person"  # "Brisklet's founder, Tove Lindahl,"; "Amara Obi (pictured)"
    if reporter(run):
        return "Person"  # "Rafe Dunmore covers chips for Techwire": a beat, not a supply deal
    if outlet(run):
        return "NewsOutlet"
    if before in ROLE_NOUNS and personal_name(run):
        return "Person"  # "Sequoia partner Jess Lane": a job, not a partner company
    comma = run.start - 1 > s.first and t.text[run.start - 1] == ","
    if comma and before2 in ROLE_NOUNS and personal_name(run):
        return "Person"  # "Acme's partner, Jess Lane, ...": the same job, set off by commas
    if before in POSSESSIVE_MARKS and before2 in known_places() and t.text[run.start - 2][:1].isupper():
        return "Company"  # "Chiva competes with Mexico's Routely": a country's company, not its product
    if apposed := _apposed_to(run) or _called(run):
        return apposed  # "its first AI accelerator, the Halo", "a model called Sable"
    if before == "of" and before2 in CREATORS and after not in POSSESSIVE_MARKS:
        return "Product"  # "Cognition, the maker of Devin": what a maker makes
    if run.size > 1 and model_size(t.text[run.end - 1]):
        return "AIModel"  # "Marlin 70B": a size in parameters is a model's
    if (
        after in {"its", "their"}
        and before in NAMING_VERBS
        and (named_as := _named_as_kind(t, run.end + 1, s.last))
    ):
        return named_as  # "making Osprey Scouting its main recruitment-analytics provider"
    if before in DESCRIPTORS:
        if DESCRIPTORS[before] in PRODUCT_TYPES and _contact_clause_verb(t, run.end, s.last):
            return None  # "the scheduler Fjordline wrote in-house": its maker, in a relative clause
        if before == "manager" and before2 in FUND_WORDS:
            return "Company"  # "asset manager Brookfield"
        if before in {"investor", "investors"} and before2 == "angel":
            return "Person"  # "angel investor Jane Doe": angels are people
        return DESCRIPTORS[before]
    if before == "to" and before2 == "according" and after not in POSSESSIVE_MARKS:
        if DESCRIPTORS.get(after) == "Person":
            return None  # "according to Northgate Labs director Owen Pak": his employer
        return "NewsOutlet" if run.size == 1 else "Person"  # (not "according to Acme's filing")
    made = run.end + 2 < s.last and t.lower[run.end + 1] in MADE_VERBS and t.lower[run.end + 2] == "by"
    if after in {"was", "is", "were", "are"} and made:
        return "Product"  # "Megatron was developed by Nvidia": what is made is a product
    lineage = t.lower[run.end + 1 : min(run.end + 4, s.last)]
    if after == "family" and lineage[:1] != ["of"] and (before in FAMILY_WORDS or personal_name(run)):
        return "Person"  # "bought it from the founding Rantanen family": people, not a company
    if after in {"family", "line", "series"} and lineage[:1] == ["of"] and set(lineage[1:]) & PRODUCT_AFTER:
        kinds = {DESCRIPTORS.get(w) for w in lineage[1:]} & PRODUCT_TYPES
        return kinds.pop() if len(kinds) == 1 else "Product"
        # "the Sextant family of models", "the Tern line of chips"
    if kind := _owned_product(run):
        return kind  # "whose Larch inference accelerator", "the Harbor legal-research app"
    if after in PRODUCT_AFTER:
        nxt = t.lower[run.end + 1] if run.end + 1 < s.last else ""
        if nxt in MAKER_NOUNS:
            return None  # "a Cambridge chip designer": the name qualifies a maker, not a product
        if before in QUANTIFIERS:
            return "Company"  # "every Vantor chip": all the chips a maker makes, not one called so
        return DESCRIPTORS.get(after, "Product")
    if after in REPORT_VERBS and (run.end + 1 >= s.last or t.lower[run.end + 1] in {"that", ","}):
        return "NewsOutlet"
    if _reporting(run):
        return "NewsOutlet"
    if after in SPEECH_VERBS and (run.size > 1 or _interview(t.lower[run.end + 1 : run.end + 5])):
        if (
            run.size > 1
            and not personal_name(run)
            and all(w in common_words() for w in t.lower[run.start : run.end])
        ):
            return None  # "Public Storage said": plain words are a firm's name, not a person's
        return "Person"
    if (after in CAREER_VERBS and not _career_object(run)) or (
        after == "joined" and "from" in t.lower[run.end + 2 : run.end + 6]
    ):
        return "Person"  # "Vennick resigned", "Halvorsen joined Brisklet from Nvidia": a hire
    # "At Arcella, the design director Chiara Benedetti said": the comma closes an opening phrase,
    # and what follows it is the sentence's subject, not the name's apposition
    opening_phrase = after == "," and run.start == s.first + 1 and t.lower[s.first] in OPENING_PREPOSITIONS
    # an apposition set off by a comma or a dash: "Maersk Growth — the venture arm of Maersk —"
    if (after in {",", "—", "–"} and not opening_phrase) or (
        after in {"is", "was"} and _described(t.lower[run.end + 1 : run.end + 2])
    ):
        window = t.lower[run.end + 1 : min(run.end + 10, s.last)]
        relative = window[:1] in (["which"], ["that"]) and window[1:2] and window[1] in MAKES_VERBS
        on = run.end + 3 < s.last and window[1:2] in (["on"], ["upon"]) and t.text[run.end + 3][:1].isupper()
        if on and window[0] in {"built", "developed", "made", "created"}:
            return "Product"  # "Quill, built on Claude": what is built on a named model is a product
        made_by = len(window) > 2 and window[0] in MADE_VERBS and window[1] == "by"
        if made_by and window[2] not in first_names():
            # "Quire, made by the Edinburgh start-up Bellwether": what was made (not "Little
            # Chef, created by Allen Jones": a person founds businesses too)
            return "Product"
        if window and (relative or (window[0] in MAKES_VERBS and not _closes_aside(run))):
            return "Company"
        if opening := _determiner_end(t, run.end + 1, s.last):
            window = window[:opening] + compounds(t, run.end + 1 + opening, min(run.end + 14, s.last))
            # (a hyphen's two tokens add no word: "a compact speech-and-ordering model")
            reach = DESCRIPTION_REACH + 2 * window[opening : opening + DESCRIPTION_REACH + 4].count("-")
            for k, word in enumerate(window[opening : opening + reach], start=opening):
                if word in APPOSED_KINDS and _counted(window, k):
                    continue  # "X, the 4,800-agent brokerage": a count of agents, not an agent
                if word in APPOSED_KINDS:
                    if word == "manager" and window[k - 1] in FUND_WORDS:
                        return "Company"  # "Brookfield, the Canadian asset manager"
                    nxt = window[k + 1] if k + 1 < len(window) else ""
                    if nxt in APPOSED_KINDS and nxt not in MAKER_NOUNS:
                        continue  # "X, a software engineer": the last noun is the head
                    if nxt == "at" and word in ROLE_NOUNS:
                        return "Person"  # "X, a partner at Y": someone who works there
                    if nxt in MAKER_NOUNS:
                        return "Company"  # "X, a chip designer": the head noun is the maker
                    head = _head_noun(window[k:])
                    if _then_speaks(window, head, k):
                        return None  # "Lumenfold, a Mistral spokesperson confirmed": a new clause
                    if head != word and APPOSED_KINDS.get(head, "Person") != "Person":
                        return APPOSED_KINDS[head]  # "X, a GPU rental firm in Denver": a firm
                    return APPOSED_KINDS[word]
                if word == "of" and window[k - 1] in SETS_OF:
                    continue  # "WeatherNext, a family of forecasting models": the models are the head
                if word in MADE_VERBS and k > opening and window[k + 1 : k + 2] == ["by"]:
                    return "Product"  # "Bosun, an AI concierge built by Tidewell": whatever it is, made
                if word in {",", "which", "that", "who", "of"}:
                    break
    return None


# Words before a family's name that make it a family of people ("the founding Rantanen family").
FAMILY_WORDS = frozenset({"founding", "controlling", "owning", "billionaire", "wealthy", "royal"})
# Nouns for a set of things named by what follows "of": "a family of forecasting models".
SETS_OF = frozenset({"family", "series", "line", "range", "suite", "set", "collection"})


# Verbs that name what their object becomes to the subject: "making Osprey its main provider".
NAMING_VERBS = frozenset({"making", "make", "makes", "made", "named", "names", "naming", "chose", "picked"})
NAMED_AS_REACH = 5  # words from "its" to the noun: "its main recruitment-analytics provider"


def _named_as_kind(t: Tokens, k: int, last: int) -> str | None:
    """The kind the noun phrase opening at ``k`` ("its main ... provider") names, if a
    descriptor other than a person's ends it."""
    for j in range(k, min(k + NAMED_AS_REACH, last)):
        kind = DESCRIPTORS.get(t.lower[j])
        if kind is not None and t.lower[j + 1 : j + 2] != ["-"]:
            return None if kind == "Person" else kind
        if t.punct[j] and t.lower[j] != "-":
            return None
    return None


def _contact_clause_verb(t: Tokens, k: int, last: int) -> bool:
    """Whether an active verb opens at ``k``, making the name before it the subject of a
    relative clause with no "that": "the scheduler Fjordline wrote", "the claims platform
    Brightwater has licensed", "the very models Fennick was marketing" (not "the model Sable was
    trained on Nimbus", a passive of the model itself)."""
    word = t.lower[k] if k < last else ""
    nxt = t.lower[k + 1] if k + 1 < last else ""
    if word in {"has", "had", "have"}:
        return nxt in MAKER_VERBS or (len(nxt) > 4 and nxt.endswith("ed"))
    if word in {"was", "is", "were", "are"}:
        return len(nxt) > 4 and nxt.endswith("ing")
    return word in MAKER_VERBS


# What an apposition's head noun says a name is: the descriptors, and nouns that type a name
# only there ("M12, Microsoft's venture fund"; "Samsung Catalyst Fund" is a name, not a fund's).
APPOSED_KINDS = {**DESCRIPTORS, "fund": "Company", "grower": "Company"}
DESCRIPTION_REACH = 6  # words of an apposition to its head noun: "the Google-owned incident response firm"


# Words before "NAME chip" that quantify over the chips a maker makes ("every Nvidia GPU").
QUANTIFIERS = frozenset({"every", "each", "all", "any"})


def _counted(window: list[str], k: int) -> bool:
    """Whether ``window[k]`` is joined by a hyphen to a number before it ("4,800-agent"): a
    modifier counting things, not the head of its noun phrase."""
    return k >= 2 and window[k - 1] == "-" and window[k - 2].replace(",", "").isdigit()


# Words before a name that open a noun phrase it qualifies: "whose Larch inference accelerator".
PHRASE_OPENERS = frozenset({"its", "their", "his", "her", "our", "whose", "own", "the"}) | POSSESSIVE_MARKS
OWNING_OPENERS = PHRASE_OPENERS - {"the"}  # those that say whose the phrase's product is
# Prepositions of what a thing runs on, which open a noun phrase too: "runs on Q7 inference
# accelerators" (a product, whoever makes it).
RUNNING_ON = frozenset({"on", "using"})
# Lower-case words that end a noun phrase rather than qualify its head: verbs and auxiliaries.
NOT_MODIFIERS = frozenset({"is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would"})
NOT_MODIFIERS |= frozenset({"can", "could", "may", "might", "should", "must", "did", "does", "do"})
NOT_MODIFIERS |= MAKES_VERBS | MADE_VERBS


# Heads that name goods only when a possessive says whose they are: "Paragonix Technologies'
# SherpaPak transport systems" (not "the Acme Systems team").
OWNED_GOODS = frozenset({"system", "systems", "device", "devices", "tool", "tools"}) | DEVICE_NOUNS
# Hardware a maker's name heads: "whose Perdix computers", "Lindqvist's Aurora console".
OWNED_GOODS |= frozenset(
    {"sensor", "sensors", "camera", "cameras", "console", "consoles", "scanner", "scanners"}
)
OWNED_GOODS |= frozenset(
    {"computer", "computers", "tracker", "trackers", "printer", "printers", "drone", "drones"}
)


def _owned_product(run: Run) -> str | None:
    """The product type of the noun that heads the phrase ``run`` opens after a possessive or
    "the", past at most two lower-case modifiers ("its Tidepool scheduling software", "the
    Devin coding agent", "whose Riptide compiler"): such a phrase names a product by what it
    is. A modifier never ends in "s" or "ed" (a verb: "the Harbor team uses chips"), and
    hyphens join one ("legal-research")."""
    s, t = run.sentence, run.sentence.tokens
    if run.start - 1 < s.first or t.lower[run.start - 1] not in PHRASE_OPENERS | RUNNING_ON:
        return None
    owned = t.lower[run.start - 1] in OWNING_OPENERS  # "its Keelson compiler", not "the Acme compiler"
    k, modifiers = run.end, 0
    while k < s.last and modifiers <= 2:
        word = t.lower[k]
        if word in PRODUCT_AFTER or DESCRIPTORS.get(word) in PRODUCT_TYPES or (owned and word in OWNED_GOODS):
            maker = k + 1 < s.last and t.lower[k + 1] in MAKER_NOUNS  # "a Harbor AI chip designer"
            said = modifiers or (owned and word not in PRODUCT_AFTER)  # (the rest: ``context_type``)
            return DESCRIPTORS.get(word, "Product") if said and not maker else None
        if word in DASHES and modifiers and k + 1 < s.last:
            k += 1
            continue
        if not (word.isalpha() and t.text[k] == word) or word in NOT_MODIFIERS:
            return None
        if word.endswith(("s", "ed")) or word in DESCRIPTORS:
            return None
        k, modifiers = k + 1, modifiers + 1
    return None


# What a manager manages when the manager is a firm: "an asset manager", "a fund manager".
FUND_WORDS = frozenset({"asset", "fund", "investment", "money", "wealth", "portfolio", "hedge-fund"})

# What an apposition's noun may not be followed by: a verb that makes it a clause's subject.
CLAUSE_VERBS = SPEECH_VERBS | {"confirmed", "denied", "declined", "confirms", "denies", "declines"}


def _then_speaks(window: Sequence[str], head: str, start: int) -> bool:
    """Whether the noun phrase from ``start`` in ``window`` (words after a comma) ends at
    ``head`` (or at "for the <noun>" after it) with a speech verb: the subject of a new
    clause, not an apposition."""
    if head not in window[start:]:
        return False
    k = window.index(head, start) + 1
    if window[k : k + 1] in (["for"], ["at"]) and window[k + 1 : k + 2] == ["the"]:
        k += 3  # "Towline, a spokesperson for the chipmaker said": whose employer, then the verb
    return k < len(window) and window[k] in CLAUSE_VERBS


# Words that end the noun phrase of an apposition: its head noun is the last noun before.
PHRASE_ENDS = frozenset(
    {",", ".", ";", "which", "that", "who", "whose", "where", "of", "in", "for", "with", "from", "at"}
    | {"based", "and", "or", "behind", "on", "to", "by", "into", "across", "around", "like", "than"}
)


def _head_noun(words: Sequence[str]) -> str:
    """The head noun of a noun phrase opening ``words``: its last descriptor noun before a
    preposition, a relative pronoun or punctuation ("GPU rental firm in Denver" -> "firm";
    "company 's managed service for ..." -> "service"), within six words."""
    head = words[0] if words else ""
    counted = 0
    for k, word in enumerate(words):
        inside = 0 < k < len(words) - 1 and words[k - 1] == "-" and words[k + 1] == "-"
        if word in PHRASE_ENDS and not inside:  # ("speech-and-ordering": one word)
            break
        if word in DESCRIPTORS:
            head = word
        counted += word != "-" and not inside
        if counted == 6:
            break
    return head


def _apposed_to(run: Run) -> str | None:
    """The type of the noun that ``run`` stands in apposition to ("its first AI accelerator,
    the Halo", "its new model, Sable,"): a product named after what it is. Only where the
    name ends the phrase; after an opening phrase ("With its new chip, Brisklet hopes ...")
    the name is the sentence's subject, and a noun for a person is ``_named_after_role``'s."""
    t, s = run.sentence.tokens, run.sentence
    k = run.start - 1
    if k > s.first and t.lower[k] in {"the", "a", "an"}:
        k -= 1
    if k - 1 <= s.first or t.text[k] != ",":
        return None
    kind = DESCRIPTORS.get(t.lower[k - 1])
    after = t.lower[run.end] if run.end < s.last else ""
    if kind is None or kind == "Person" or after not in APPOSITION_ENDS:
        return None
    opening = t.lower[s.first] in OPENING_PREPOSITIONS and "," not in t.text[s.first : k]
    return None if opening else kind


def _called(run: Run) -> str | None:
    """ "a model called Sable", "the startup, named Kelpa,", "Kinetiq's system, known as
    Touchline,": the type of the noun a name is given to."""
    t, s = run.sentence.tokens, run.sentence
    k = run.start - 1
    if k - 1 > s.first and t.lower[k] == "as" and t.lower[k - 1] == "known":
        k -= 1  # "known as" names as "called" does
    if k - 4 >= s.first and t.lower[k] in {"calls", "call"} and t.lower[k - 2] in {"which", "that"}:
        # "Pricefin's model, which it calls Yieldstone,": the noun before the relative clause
        caller = t.lower[k - 1] in {"it", "they", "we"} or name_like(t.text[k - 1])
        noun = t.lower[k - 4] if t.text[k - 3] == "," else t.lower[k - 3]
        return DESCRIPTORS.get(noun) if caller else None
    if k - 1 < s.first or t.lower[k] not in {"called", "named", "dubbed", "known"}:
        return None
    noun = t.lower[k - 2] if t.text[k - 1] == "," and k - 2 >= s.first else t.lower[k - 1]
    return DESCRIPTORS.get(noun)


def compounds(t: Tokens, lo: int, hi: int) -> list[str]:
    """The lower-case words of tokens ``lo:hi``, a hyphen with no space either side joining
    its neighbours into a descriptor ("a chip start-up": "start-up" is the noun, not "chip";
    "co-founders" stays "founders")."""
    words: list[str] = []
    k = lo
    while k < hi:
        joined = f"{words[-1]}-{t.lower[k + 1]}" if words and k + 1 < hi and t.text[k] == "-" else ""
        if joined in DESCRIPTORS and not t.space[k - 1] and not t.space[k]:
            words[-1] = joined
            k += 2
        else:
            words.append(t.lower[k])
            k += 1
    return words


def _determiner_end(t: Tokens, i: int, last: int) -> int:
    """How many tokens from ``i`` open a noun phrase before its nouns: an article or "its"
    (1), or an owner's name and "'s" ("Halyard Cloud's managed service"), else 0."""
    if i >= last:
        return 0  # the name's comma ends the text
    if t.lower[i] in {"a", "an", "the", "its"}:
        return 1
    for k in range(i, min(i + 4, last)):
        if t.lower[k] in POSSESSIVE_MARKS and k > i:
            return k - i + 1
        if not name_like(t.text[k]):
            return 0
    return 0


def titled(run: Run) -> bool:
    """Whether a title opens ``run`` ("Chief Financial Officer Maren Holt", "Prof Lane"):
    the run is a person's name, whatever verb follows it."""
    first = run.sentence.tokens.lower[run.start]
    return run.size > 1 and (first in TITLES or first in HONORIFICS)


def _closes_aside(run: Run) -> bool:
    """Whether ``run`` ends a phrase set off by commas ("headquartered in Austin, Texas,
    sells ..."; "founded by Jane Doe, sells ..."): the verb after the comma is the sentence's,
    not the name's."""
    t, s = run.sentence.tokens, run.sentence
    before = t.lower[run.start - 1] if run.start > s.first else ""
    return before in ASIDE_WORDS


def _reporting(run: Run) -> bool:
    """Whether ``run`` is the outlet a sentence credits with the news: ", Techwire reported on
    Monday", ", Techwire has learned", "first reported by Techwire", "PARIS (Techwire) -"."""
    t, s = run.sentence.tokens, run.sentence
    before = t.lower[max(s.first, run.start - 2) : run.start]
    after = t.lower[run.end : min(s.last, run.end + 2)]
    if before[-1:] == [","] and after[:1] and (after[0] in REPORT_VERBS or after == ["has", "learned"]):
        return True
    if before[-1:] == ["("] and after[:1] == [")"] and after[1:] and after[1] in DASHES:
        return True  # "PARIS, March 12 (Techwire) -": a dateline's wire service
    return len(before) == 2 and before[1] == "by" and before[0] in REPORT_VERBS


def _named_after_role(run: Run) -> bool:
    """ "Brisklet's founder, Tove Lindahl, ...": a job, a comma, then who holds it. A plural job
    holds people's names only ("its co-founders, Jane Doe and Tom Roe"): in "Founded by former
    Google researchers, Sakana raised ..." the company follows the opening phrase."""
    t, s = run.sentence.tokens, run.sentence
    k = run.start
    if not (k - 2 >= s.first and t.text[k - 1] == "," and DESCRIPTORS.get(t.lower[k - 2]) == "Person"):
        return False
    return not t.lower[k - 2].endswith("s") or personal_name(run)


def _career_object(run: Run) -> bool:
    """Whether the career verb after ``run`` has an object, so names no career: "a system,
    which Aurelia retired in 2024", "Acme retired its old chatbot"."""
    t, s = run.sentence.tokens, run.sentence
    relative = run.start > s.first and t.lower[run.start - 1] in {"which", "that"}
    return relative or (run.end + 1 < s.last and t.lower[run.end + 1] in DETERMINERS)


def _pictured(run: Run) -> bool:
    """ "(pictured)", "(left)", "(right)" after a name: a caption's person."""
    t, s = run.sentence.tokens, run.sentence
    return run.end + 1 < s.last and t.lower[run.end + 1] in {
        "pictured",
        "left",
        "right",
        "above",
        "centre",
        "center",
    }


def _interview(words: list[str]) -> bool:
    """ "in an interview", "in a phone interview" after "said": people give interviews,
    companies statements."""
    return words[:1] == ["in"] and "interview" in words[2:4]


def personal_name(run: Run) -> bool:
    """Whether ``run`` reads as a person's name: two or three capitalised words, the first a
    common first name ("Jess Lane")."""
    words = run.sentence.tokens.text[run.start : run.end]
    return (
        1 < len(words) < 4
        and all(w.istitle() and w.isalpha() for w in words)
        and words[0].lower() in first_names()
    )


def _described(nxt: list[str]) -> bool:
    """Whether an article follows "is": "X is a senior writer" (or "the open-source coding
    agent") describes X as the apposition "X, a senior writer" does."""
    return nxt[:1] in (["a"], ["an"], ["the"])


def person_after(run: Run) -> bool:
    """ "Jane Doe, the chief executive" / "Jane Doe, CEO of" / "Doe, 42,": a person, not a
    company."""
    s, t = run.sentence, run.sentence.tokens
    words = t.text[run.start : run.end]
    if not all(w.istitle() and w.isalpha() for w in words):
        return False
    window = t.lower[run.end : min(run.end + 5, s.last)]
    if window[:1] != [","]:
        return False
    if _age(window[1:3]) or window[1:2] == ["who"]:
        return True  # "Doe, 42,", "Doe, who founded Acme,": companies take "which"
    return len(words) > 1 and any(DESCRIPTORS.get(w) == "Person" for w in window[1:])


def _age(words: list[str]) -> bool:
    """ "42 ,": an age set off by commas after a name, as news gives a person's."""
    return len(words) == 2 and words[0].isdigit() and 16 <= int(words[0]) <= 99 and words[1] == ","


def dateline(run: Run) -> bool:
    """Whether ``run`` is a news dateline's place: capitals opening the text's first words,
    then a date or a dash ("OSLO, Sept 18 -", "BERLIN —", "LONDON (Reuters) -")."""
    t, s = run.sentence.tokens, run.sentence
    if not run.initial:  # a state after the city ("SAN MATEO, Calif."), whose comma is checked first
        return (
            t.text[run.start - 1] == ","
            and _state_of_dateline(t.text[s.first : run.start])
            and _state_then_date(t.text[run.start : min(run.end + 5, s.last)])  # "Calif." in it
        )
    words = [w for w in t.text[run.start : run.end] if w.isalpha()]
    if not words or not all(w.isupper() and len(w) > 1 for w in words):
        return False
    after = t.lower[run.end : min(run.end + 5, s.last)]
    if after[:1] == ["("] or (after[:1] and after[0] in DASHES):
        return True
    dated = len(after) > 1 and (after[1] in MONTHS or any(w in DASHES for w in after[2:]))
    return after[:1] == [","] and (dated or _state_then_date(t.text[run.end + 1 : min(run.end + 6, s.last)]))


def _state_of_dateline(before: list[str]) -> bool:
    """Whether the words before a run are a dateline's city in capitals and a comma
    ("SAN MATEO ,"), so that the run is the state after it."""
    return len(before) > 1 and before[-1] == "," and all(w.isupper() and w.isalpha() for w in before[:-1])


def _state_then_date(words: list[str]) -> bool:
    """ "Calif., June 3": a state or region (capitalised, abbreviated or not) between a
    dateline's city and its date, as American wires and press releases write it."""
    k = 0
    while k < len(words) and (
        words[k] in {".", ","} or (words[k][:1].isupper() and words[k].rstrip(".").isalpha())
    ):
        if words[k].lower() in MONTHS:
            return k > 0
        k += 1
    return False


def date(run: Run) -> bool:
    """Whether ``run`` is a date a version number made look like a name ("Nov 2", "Jan 9",
    "Winter 2025", "Q3 2026")."""
    t = run.sentence.tokens
    rest = t.text[run.start + 1 : run.end]
    first = t.lower[run.start].rstrip(".")
    return (first in MONTHS or first in SEASONS) and bool(rest) and all(is_number(w) for w in rest)


SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter", "q1", "q2", "q3", "q4", "h1", "h2"})


def place_name(run: Run) -> bool:
    """Whether ``run`` ends with a noun that names a place ("Silicon Valley", "Wall Street",
    "Orange County"): where people work, not an organisation."""
    t = run.sentence.tokens
    if run.size == 2 and t.lower[run.start] in NUMBERED_SITES and _site_number(t.text[run.start + 1]):
        return True  # "Building 4", "Hall C", "Terminal 2": a part of a site, numbered
    if run.start >= 2 and t.lower[run.start - 1] == "of" and t.lower[run.start - 2] in WATERS_AND_LANDS:
        return t.text[run.start - 2].istitle()  # "the Gulf of Bothnia", "the Isle of Man"
    if run.size > 1 and t.lower[run.start] in {"lake", "mount"} and t.text[run.start].istitle():
        return True  # "Lake Tahoe", "Mount Kenya"
    if run.end < run.sentence.last and t.lower[run.end] in {"region", "regions"}:
        return True  # "Amazon Web Services' Frankfurt region": a cloud's region is named for a place
    if " ".join(t.lower[run.start : run.end]) in REGIONS:
        return True  # "eleven composting yards across the Midwest owned by Harrow": a region
    hyphened = "-" in t.text[run.start : run.end] or (run.end < run.sentence.last and t.text[run.end] == "-")
    if hyphened and t.lower[run.start] in NATIONAL_PREFIXES:
        return True  # "the Anglo-Dutch publisher RELX", "a Franco-German group": nations, no name
    return run.size > 1 and t.lower[run.end - 1] in PLACE_HEADS and t.text[run.end - 1].istitle()


# Regions of the world and of countries, which the place list (countries and cities) leaves out.
REGIONS = frozenset(
    {"midwest", "mideast", "middle east", "southeast asia", "sun belt", "rust belt", "bay area"}
    | {"pacific northwest", "gulf coast", "west coast", "east coast", "latin america", "scandinavia"}
    | {"balkans", "nordics", "benelux", "central asia", "south asia", "east asia", "caribbean"}
)
# The combining forms of nations' names: "Anglo-Dutch", "Sino-US", "Franco-German".
NATIONAL_PREFIXES = frozenset(
    {"anglo", "franco", "sino", "indo", "russo", "austro", "italo", "hispano", "greco"}
)

# Geographic nouns that take their name after "of": "the Gulf of Bothnia", "the Bay of Biscay".
WATERS_AND_LANDS = frozenset({"gulf", "bay", "sea", "strait", "straits", "isle", "cape", "lake", "mount"})


# Nouns that number the parts of a site: "half a floor in Building 4", "at Hall C".
NUMBERED_SITES = frozenset({"building", "hall", "floor", "suite", "room", "terminal", "gate", "pier"})


def _site_number(word: str) -> bool:
    """Whether ``word`` numbers a part of a site: "4", "12B", "C"."""
    return (word[:1].isdigit() and len(word) <= 4) or (len(word) == 1 and word.isupper())


# Verbs that agree with a plural subject only ("Investigators are examining", "Wafers come from").
PLURAL_VERBS = frozenset(
    {"are", "were", "have", "do", "come", "remain", "include", "say", "tend", "need", "appear", "seem"}
)
# Adjectives of nationality or language before a noun ("the Dutch cloud operator", "its
# Arabic language model"), never a name there.
NATIONALITIES = frozenset(
    {"american", "british", "english", "scottish", "irish", "welsh", "french", "german", "dutch"}
    | {"belgian", "swiss", "austrian", "italian", "spanish", "portuguese", "swedish", "danish"}
    | {"norwegian", "finnish", "icelandic", "polish", "czech", "hungarian", "romanian", "greek"}
    | {"turkish", "ukrainian", "russian", "estonian", "israeli", "saudi", "emirati", "qatari"}
    | {"egyptian", "nigerian", "kenyan", "indian", "pakistani", "chinese", "japanese", "korean"}
    | {"taiwanese", "vietnamese", "thai", "malaysian", "singaporean", "indonesian", "australian"}
    | {"canadian", "mexican", "brazilian", "argentine", "chilean", "european", "asian", "african"}
    | {"arabic", "hindi", "mandarin", "cantonese", "hebrew", "persian", "urdu", "bengali", "tamil"}
    | {"swahili", "malay", "tagalog", "farsi"}
    # and of a region or state ("the Californian maker of the V-Pad tablet")
    | {"californian", "texan", "floridian", "bavarian", "catalan", "flemish", "scandinavian", "nordic"}
    | {"quebecois", "basque", "sicilian", "latin", "iberian", "baltic", "balkan"}
    | NATIONAL_PREFIXES  # "the Anglo-Dutch publisher RELX"
)


def plural_subject(run: Run) -> bool:
    """Whether ``run`` is one word opening its sentence as a plural noun does ("Wafers come from
    TSMC", "Investigators are examining"): a plural ending and a verb that agrees only with a
    plural. A company takes the singular ("Acme is", "Acme comes")."""
    t, s = run.sentence.tokens, run.sentence
    word = t.lower[run.start]
    if not run.initial or run.size != 1 or not word.endswith("s") or word.endswith("ss") or run.end >= s.last:
        return False
    verb = t.text[run.end]
    if verb in PLURAL_VERBS:
        return True
    # "Deliveries start in Q1": an English plural before a verb without the singular "-s"
    if not verb.isalpha() or not verb.islower() or verb.endswith(("s", "ed")) or verb in STOP_WORDS:
        return False
    words = common_words()
    return word in words or word[:-1] in words or (word.endswith("ies") and word[:-3] + "y" in words)


def nationality(run: Run) -> bool:
    """Whether ``run`` is an adjective of nationality before a lower-case noun or a noun's
    modifier ("the Dutch GPU cloud operator", "a Swedish data-centre operator")."""
    t, s = run.sentence.tokens, run.sentence
    if run.size != 1 or run.end >= s.last or not t.text[run.end].isalnum():
        return False
    word, nxt = t.lower[run.start], t.lower[run.end]
    # ("its Eastern European collections": a compass word before one is part of it)
    return nationality_word(word) or (word in COMPASS and nationality_word(nxt))


def nationality_word(word: str) -> bool:
    """Whether ``word`` is an adjective of nationality or of a known place."""
    return word in NATIONALITIES or place_adjective(word)


def place_adjective(word: str) -> bool:
    """Whether ``word`` is the adjective of a known place ("valencian", "parisian", "kenyan"):
    the place with "-n", "-ian", "-ese" or "-i" added."""
    places = known_places()
    stems = (word[:-1] if word.endswith("n") else "", word[:-3] if word.endswith(("ian", "ese")) else "")
    return len(word) > 4 and any(stem in places for stem in stems if len(stem) > 3)


PLACED_VERBS = frozenset({"based", "headquartered", "located", "incorporated"})
PLACED_ENDINGS = tuple(f"-{verb}" for verb in PLACED_VERBS)  # "Seattle-based", "U.S.-headquartered"


# Nouns for a site and verbs of staying: what stands "in" a place ("data centres in Rjukan
# and Lulea", "will stay in Bend").
SITE_WORDS = frozenset(
    {"centre", "centres", "center", "centers", "office", "offices", "plant", "plants", "factory"}
    | {"factories", "campus", "campuses", "hub", "site", "sites", "facility", "facilities", "hall"}
    | {"halls", "warehouse", "warehouses", "fab", "fabs", "stay", "stays", "remain", "remains"}
)
COMPASS = frozenset(
    {"central", "northern", "southern", "eastern", "western", "north", "south", "east", "west"}
)
# What "in" follows where a place, not a company, comes after it (built once, not per run).
PLACED_BEFORE_IN = PLACED_VERBS | SITE_WORDS


def based_in(run: Run) -> bool:
    """Whether ``run`` follows "based in", "headquartered in" or "located in", or "in" after
    a site or a verb of staying, alone or listed after another place: where a company sits or
    builds ("a startup based in San Mateo", "data centres in Rjukan and Lulea", "will stay in
    Bend"), a place, not an organisation; or a region of a known place ("Central Oregon")."""
    t, s = run.sentence.tokens, run.sentence
    words = t.lower[run.start : run.end]
    if len(words) > 1 and words[0] in COMPASS and " ".join(words[1:]) in known_places():
        return True
    k = run.start
    if k - 1 > s.first and t.lower[k - 1] in {"and", ","}:
        j = k - 2
        while j > s.first and t.text[j][:1].isupper() and t.text[j].isalpha():
            j -= 1
        k = j + 1 if j < k - 2 else k  # "in Rjukan and Lulea": Lulea is listed with Rjukan
    return k - 2 >= s.first and t.lower[k - 1] == "in" and t.lower[k - 2] in PLACED_BEFORE_IN


def based_adjective(run: Run) -> bool:
    """Whether ``run`` is a place made an adjective by "-based" or "-headquartered" ("U.S.-based
    company Nabisco", "Seattle-based"): where a company sits, not a name."""
    t, s = run.sentence.tokens, run.sentence
    last = t.lower[run.end - 1]
    if last.endswith(PLACED_ENDINGS):
        return True
    k = run.end
    if k + 1 < s.last and t.text[k] == "," and t.text[k + 1][:1].isupper():
        k += 2  # "a Reston, Virginia-based subsidiary": the city before its state
        while k < s.last and t.text[k][:1].isupper() and k < run.end + 4:
            k += 1  # "Palo Alto, New South Wales-based"
    return k + 1 < s.last and t.text[k] == "-" and not t.space[k - 1] and t.lower[k + 1] in PLACED_VERBS


# Currency codes written before an amount ("JPY 5 billion", "CAD $ 320 million").
CURRENCY_CODES = frozenset(
    {"usd", "eur", "gbp", "jpy", "cny", "rmb", "cad", "aud", "chf", "inr", "hkd", "sgd", "krw"}
    | {"sek", "nok", "dkk", "nzd", "brl", "zar", "mxn", "rub", "twd", "aed", "sar"}
)


def money(run: Run) -> bool:
    """Whether ``run`` is a currency code and the amount after it ("JPY 5", "CAD" before "$ 320
    million", "A$30"): an amount of money, not a name."""
    t, s = run.sentence.tokens, run.sentence
    after = t.text[run.start + 1] if run.start + 1 < s.last else ""
    word = t.text[run.start]
    if run.size == 1 and word.endswith("$") and word[:-1].isalpha() and len(word) <= 4:
        return is_number(after)  # "A$30 million", "HK$2 billion": a dollar, written with its country
    if not word.isupper() or t.lower[run.start] not in CURRENCY_CODES:
        return False
    return is_number(after) or after in {"$", "€", "£", "¥"}


def ticker(run: Run) -> bool:
    """Whether ``run`` is a stock symbol after its exchange in brackets ("(NASDAQ: BRSK)"):
    a second name for the company before it, never a company of its own."""
    t, s = run.sentence.tokens, run.sentence
    k = run.start
    if k - 3 < s.first or t.text[k - 1] != ":" or t.text[k - 3] != "(" or not t.text[k - 2][:1].isupper():
        return False
    return run.end < s.last and t.text[run.end] == ")"


def qualifies_noun(run: Run) -> bool:
    """Whether ``run`` stands before a product noun it qualifies ("Quorvel Systems chips",
    "Kelpa AI models"): the noun says what the maker makes, not what the name is."""
    t, s = run.sentence.tokens, run.sentence
    return run.end < s.last and t.lower[run.end] in PRODUCT_AFTER


def named_as_maker(run: Run) -> bool:
    """Whether ``run`` is named as the source of a product ("chips from Tessary", "models
    built by Tessary", "Tessary's chips"): whoever makes a product is an organisation."""
    t, s = run.sentence.tokens, run.sentence
    if run.start - 1 > s.first and t.lower[run.start - 1] in {"from", "by"}:
        return t.lower[run.start - 2] in PRODUCT_AFTER or t.lower[run.start - 2] in MADE_VERBS
    after = t.lower[run.end : min(run.end + 2, s.last)]
    # (an app has an API of its own: "connected to Nestling's API" makes no maker of Nestling)
    return len(after) == 2 and after[0] in POSSESSIVE_MARKS and after[1] in PRODUCT_AFTER - {"api"}


def speaker(run: Run) -> bool:
    """Whether ``run`` is typed a person only because a speech verb follows it."""
    t, s = run.sentence.tokens, run.sentence
    return run.end < s.last and t.lower[run.end] in SPEECH_VERBS


def about_ai(run: Run) -> bool:
    """ "Generative AI", or "Swedish AI" in "a Swedish AI startup": a phrase about AI, whose
    first word is an adjective, not a company called "... AI"."""
    t, s = run.sentence.tokens, run.sentence
    if run.size < 2 or t.lower[run.end - 1] != "ai":
        return False
    if t.lower[run.start] in AI_ADJECTIVES:
        return True
    nxt = t.text[run.end] if run.end < s.last else ""
    return (
        run.size == 2
        and t.lower[run.start] in common_words()
        and nxt.lower() in FIELD_NOUNS
        and nxt.islower()
    )
