"""Products named in lower case: what an organisation makes, sells or provides ("Fox provides
suspension products", "Arnold, a manufacturer of engineered magnets"). Filings and trade
news name a company's line of business this way, and no capitalised-run generator sees it.

A phrase counts only as the object of a making or selling verb, or after "maker of" and its
kin, in a sentence that names an organisation before it, and only when it ends in a plural
noun or a mass noun of goods and services ("equipment", "software"): that keeps out the
verbs' other objects ("provides support", "offers a discount").
"""

from __future__ import annotations

from collections.abc import Sequence

from aikg.extract.sentences import Sentence, Tokens

PRODUCT_VERBS = frozenset(
    {
        "develops",
        "manufactures",
        "remanufactures",
        "makes",
        "produces",
        "sells",
        "provides",
        "offers",
        "designs",
        "markets",
        "distributes",
        "supplies",
        "builds",
    }
)
MAKER_OF = frozenset(
    {
        "manufacturer",
        "maker",
        "provider",
        "supplier",
        "developer",
        "producer",
        "distributor",
        "designer",
        "seller",
    }
)
MASS_GOODS = frozenset(
    {
        "equipment",
        "software",
        "hardware",
        "machinery",
        "training",
        "insurance",
        "furniture",
        "apparel",
        "clothing",
    }
)
# Plural objects of "offers" or "provides" that are not what is sold.
NOT_GOODS = frozenset(
    {
        "customers",
        "clients",
        "users",
        "investors",
        "shares",
        "employees",
        "people",
        "partners",
        "businesses",
        "companies",
        "consumers",
        "members",
        "students",
        "patients",
        "results",
        "details",
        "updates",
        "insights",
        "opportunities",
        "benefits",
        "discounts",
        "rights",
        "years",
        "months",
        "days",
        "times",
        "ways",
        "jobs",
        "funds",
        "loans",
        "terms",
        # places a company builds or runs, not goods it sells: "builds data centres"
        "centres",
        "centers",
        "datacentres",
        "datacenters",
        "offices",
        "facilities",
        "campuses",
    }
)
LEADS = frozenset({"a", "an", "the", "its", "their", "our", "own", "various", "other", "also", "both"})
LEADS |= {"it", "them", "us", "you"}  # a buyer before the goods: "sells them chips"
# Words that end a product phrase: it is a noun phrase without clauses or attachments.
STOPS = frozenset(
    {
        "to",
        "for",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "that",
        "which",
        "who",
        "used",
        "as",
        "under",
        "through",
        "including",
        "such",
        "into",
        "across",
        "of",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "will",
        # a clause's words, which no product's name holds ("money when our stock falls",
        # "speech models behind thousands of apps")
        *("when", "while", "if", "because", "behind", "our", "but", "does", "do", "did", "than"),
    }
)
# Words that open a clause or a second verb's object, not a product: "and engineers", "but does".
OPENERS = frozenset({"and", "but", "or", "nor", "so", "yet"})
MAX_WORDS = 7


def product_spans(s: Sentence, names: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token spans of ``s`` that name a product in lower case, given the spans of its names
    (the phrase must follow one, and may not overlap any)."""
    if not names:
        return []
    t = s.tokens
    lower = t.lower
    first_name = min(a for a, _ in names)
    inside: set[int] | None = None  # built at the first verb: most sentences have none
    out: list[tuple[int, int]] = []
    after = lower[first_name + 1 : s.last - 1]
    if PRODUCT_VERBS.isdisjoint(after) and MAKER_OF.isdisjoint(after):
        return out  # no verb of making or offering after a name (most sentences)
    for v, word in enumerate(after, first_name + 1):
        if word in PRODUCT_VERBS or (word in MAKER_OF and lower[v + 1] == "of"):
            if inside is None:
                inside = {i for a, b in names for i in range(a, b)}
            start = v + 1 + (lower[v + 1] == "of")
            out += _phrases(t, start, s.last, inside)
    return out


def _phrases(t: Tokens, start: int, last: int, inside: set[int]) -> list[tuple[int, int]]:
    """The product phrase at ``start`` and those listed after it ("A , B and C")."""
    out = []
    k = start
    while k < last:
        while k < last and t.lower[k] in LEADS:
            k += 1
        end = _phrase_end(t, k, last, inside)
        if end - k < 2 or not _head(t.lower[end - 1]) or quantity(t.lower[k]) or t.lower[k] in OPENERS:
            break  # one plural ("processors", "models") is a kind of thing, not a product line
        if end in inside and t.lower[k - 1] == "the":
            break  # "the warehouse-robotics software Tallyhand": the phrase describes the name after it
        out.append((k, end))
        if end < last and t.lower[end] == "," and end + 1 < last and t.lower[end + 1] != "which":
            k = end + 1 + (end + 2 < last and t.lower[end + 1] == "and")
        elif end + 2 < last and t.lower[end : end + 3] == ["as", "well", "as"]:
            k = end + 3
        else:
            break
    return out


def _phrase_end(t: Tokens, k: int, last: int, inside: set[int]) -> int:
    """Where the noun phrase opening at ``k`` ends: at punctuation (a hyphen apart), a
    preposition or verb, or a name; "and" joins two modifiers of one head ("electronic and
    fiber optic equipment") unless a verb follows it."""
    end = k
    while end < last and end - k < MAX_WORDS and end not in inside:
        lower = t.lower[end]
        if lower == "-" or lower.isalnum():
            if lower in STOPS or lower in PRODUCT_VERBS:
                break
            if lower == "and" and (end + 1 >= last or t.lower[end + 1] in PRODUCT_VERBS | STOPS | LEADS):
                break
            end += 1
        else:
            break
    while end > k and t.lower[end - 1] in {"and", "-"}:
        end -= 1
    return end


def _head(word: str) -> bool:
    """Whether ``word`` can head a product phrase: a plural noun or a mass noun of goods."""
    plural = len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word.isalpha()
    return (plural and word not in NOT_GOODS) or word in MASS_GOODS


NUMBER_WORDS = frozenset(
    {
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "many",
        "several",
        "some",
        "more",
        "most",
    }
)


def quantity(word: str) -> bool:
    """Whether a phrase opening with ``word`` counts things ("two lines", "5 million units")
    rather than naming them."""
    return word in NUMBER_WORDS or word.replace(",", "").replace(".", "", 1).isdigit()
