"""Word lists the entity typer reads as features: first names (US Census), places (GeoNames)
and common English words (wordfreq). Built by ``scripts/build_lexicons.py``; attribution in
``data/README.md``."""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib.resources import files

# Words that end a company's legal name ("Acme Inc.", "Zenith GmbH").
LEGAL_SUFFIXES = frozenset(
    {
        "inc",
        "inc.",
        "corp",
        "corp.",
        "corporation",
        "ltd",
        "ltd.",
        "llc",
        "plc",
        "gmbh",
        "co.",
        "limited",
        "l.p.",
        "s.a.",
        "s.p.a.",
        "s.r.l.",
        "ag",
        "sa",
        "a/s",
    }
)


def _words(name: str) -> frozenset[str]:
    text = files("aikg.extract").joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line)


@cache
def first_names() -> frozenset[str]:
    """Lower-cased first names given to at least 0.01% of people in the 1990 US Census."""
    return _words("first_names.txt")


@cache
def places() -> frozenset[str]:
    """Lower-cased names of countries, continents, US states and cities of 150,000 or more."""
    return _words("places.txt")


@cache
def known_places() -> frozenset[str]:
    """``places`` and the same names written without their accents ("zurich" for "zürich",
    "sao paulo"), as English-language news writes many of them; what the rules look places up
    in (the typer's features keep the list it was trained with)."""
    listed = places()
    return listed | {_unaccented(p) for p in listed}


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@cache
def common_words() -> frozenset[str]:
    """The 8,000 most frequent English words (wordfreq), lower-cased: a capitalised one opening
    a sentence is more often just a word than a name."""
    return _words("common_words.txt")
