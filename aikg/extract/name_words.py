"""Words that decide where a candidate name (a run of capitalised tokens) starts and ends,
beyond "capitalised and not a stop word": the lower-case particles and stop words real names
contain ("Banca Popolare di Lodi", "First Union", "Apcar and Company"), the adjectives that open
one ("American Cancer Society"), and the words that end one or stand before one without
belonging to it (a person's title, a legal suffix, a possessive mark, a section heading glued
to the sentence).

Everything here keys on the shape of English (and of names borrowed into it), never on
particular names.
"""

from __future__ import annotations

from aikg.extract.lexicon import LEGAL_SUFFIXES, common_words
from aikg.extract.sentences import Tokens

# Stop words that are also nouns, numbers or adjectives: written with a capital inside a run
# of capitalised words they are part of the name ("Cinema One Originals", "Jericho Diamond
# Mine", "First West Credit Union", "Nine Network").
NAME_STOP_WORDS = frozenset(
    {
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "fifty",
        "hundred",
        "first",
        "third",
        "next",
        "last",
        "top",
        "front",
        "back",
        "side",
        "part",
        "full",
        "whole",
        "mine",
        "show",
        "call",
        "move",
        "name",
        "well",
        "just",
        "empty",
        "serious",
        "bottom",
        "anything",  # "Segment Anything Model"
        "everything",
        "something",
    }
)
# Lower-case particles of names in other languages ("Banca Popolare di Lodi", "Musée du
# Louvre", "Servicios Ferroviarios del Chaco", "Caisse des Dépôts").
PARTICLES = frozenset(
    {"di", "de", "del", "della", "dei", "du", "des", "ni", "von", "van", "der", "den", "da", "dos"}
)
# What follows "and" in a firm's name ("Apcar and Company", "Edward Bury and Sons").
AND_FIRM_WORDS = frozenset({"company", "co.", "co", "sons", "partners", "associates", "brothers"})
# Adjectives and country abbreviations that open a name when the rest of it is made of
# ordinary words ("American Cancer Society", "U.S. Steel", "European Space Agency"); before a
# name of its own they describe it instead ("Chinese DeepSeek").
NATIONAL = frozenset(
    {
        "american",
        "british",
        "european",
        "french",
        "german",
        "japanese",
        "korean",
        "chinese",
        "indian",
        "u.s.",
        "us",
        "uk",
    }
)
# Field words a name may end with: "Acorn TV", "Eventim UK" (the field word "AI" is trimmed off
# a run's end instead, "Nvidia AI chips").
KEPT_AT_END = frozenset({"tv", "uk"})
# The marks of a possessive, which end a name without belonging to it ("Musk's xAI").
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
# Marks of emphasis and quoting around a sentence's words, as a page's markdown leaves them.
MARKUP = frozenset({"*", "**", "_", "__", '"', "“", "”", "'", "‘", "’"})
# A person's title between two names ends the first: "Pfizer CEO Albert Bourla".
TITLES = frozenset(
    {"ceo", "cto", "cfo", "coo", "chairman", "chairwoman", "president", "founder", "co-founder", "chief"}
)
# Section titles of reference and company pages that text extraction glues to the sentence
# after them ("History Eveready East Africa was founded ..."): never the first word of a name
# when they open a sentence.
HEADINGS = frozenset(
    {
        "history",
        "overview",
        "background",
        "products",
        "services",
        "operations",
        "divisions",
        "subsidiaries",
        "acquisitions",
        "acquisition",
        "merger",
        "mergers",
        "partnership",
        "partnerships",
        "memberships",
        "clients",
        "customers",
        "growth",
        "funding",
        "investors",
        "events",
        "games",
        "technology",
        "controversy",
        "controversies",
        "awards",
        "philanthropy",
        "charitable",
        "promotions",
        "podcasts",
        "ownership",
        "founding",
        "expansion",
        "organization",
        "organisation",
        "recent",
        "criticism",
        "reception",
        "releases",
        "locations",
        "facilities",
        "brands",
        "sponsorship",
        "sponsorships",
        "manufacturing",
        "lawsuits",
        "litigation",
    }
)


def name_stop_word(t: Tokens, j: int) -> bool:
    """Whether token ``j`` is a stop word that a capital makes part of a name ("One")."""
    return t.lower[j] in NAME_STOP_WORDS and t.text[j][:1].isupper()


def particle(t: Tokens, j: int, last: int) -> bool:
    """Whether token ``j`` is a lower-case particle joining two capitalised words ("di")."""
    return (
        t.lower[j] in PARTICLES
        and t.text[j].islower()
        and j + 1 < last
        and t.text[j + 1][:1].isupper()
        and t.text[j + 1][:1].isalpha()
    )


def and_firm(t: Tokens, j: int, last: int) -> bool:
    """Whether "and" at ``j`` joins a firm's name to "Company", "Sons" or "Partners"."""
    if t.lower[j] != "and" or j + 1 >= last:
        return False
    return t.lower[j + 1] in AND_FIRM_WORDS and t.text[j + 1].istitle()


def ends_at_legal_suffix(t: Tokens, i: int, j: int) -> bool:
    """Whether the run ``i:j`` already ends with a legal suffix and token ``j`` is not another
    ("Apple Inc. Customers included": the sentence went on without a full stop), unless it
    is "of" ("Corporation of America")."""
    return j - 1 > i and t.lower[j - 1] in LEGAL_SUFFIXES and t.lower[j] not in LEGAL_SUFFIXES | {"of"}


def national_name(t: Tokens, i: int, j: int) -> bool:
    """Whether the run ``i:j``, opened by a nationality, is one name: the words after it are
    ordinary words ("American Cancer Society"), which the nationality turns into a name; a
    name of its own after it ("Chinese DeepSeek") is described, not renamed."""
    if j - i < 2 or t.lower[i] not in NATIONAL:
        return False
    common = common_words()
    return all(t.lower[k] in common or t.lower[k] in LEGAL_SUFFIXES for k in range(i + 1, j))


def heading(t: Tokens, i: int) -> bool:
    """Whether token ``i`` is a section title glued to the sentence it opens."""
    return t.lower[i] in HEADINGS and t.text[i].istitle()


def short_name(name: list[str], short: list[str]) -> bool:
    """Whether ``short`` (as written) shortens the lower-cased words of ``name``: its first
    words ("Lyne" for "Lyne Laboratories, Inc.") or its initials, with or without those of a
    legal suffix ("RNESL" for "Reliance New Energy Solar Ltd", "DGT" for "Discovery Gas
    Transmission LLC")."""
    lower = [w.lower() for w in short]
    if len(lower) < len(name) and name[: len(lower)] == lower:
        return True
    if len(short) != 1 or not short[0].isupper() or len(short[0]) < 2:
        return False
    words = [w for w in name if w[:1].isalpha() and w not in {"and", "of", "the"}]
    letters = "".join(w[0] for w in words)
    bare = "".join(w[0] for w in words if w not in LEGAL_SUFFIXES)
    initials = short[0].lower().replace(".", "").replace("&", "")
    return initials in (letters, bare)
