"""Function words the relation heuristics read: auxiliaries, prepositions, clause openers,
speech and complement verbs, determiners, anaphors, conjunctions and copulas.
"""

from __future__ import annotations

AUX = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "shall",
        "should",
        "must",
        "also",
        "not",
        "n't",
        "never",
        "no",
        "longer",
        "already",
        "still",
        "now",
        "then",
        "just",
        "first",
        "once",
        "later",
        "even",
        "further",
        "reportedly",
        "allegedly",
        "itself",
        "again",
    }
)


QUOTES = frozenset({"'", '"', "“", "”", "‘", "’", "``", "''"})


PREPOSITIONS = frozenset(
    {
        "in",
        "of",
        "with",
        "from",
        "by",
        "for",
        "to",
        "on",
        "at",
        "into",
        "like",
        "including",
        "than",
        "over",
        "about",
        "through",
        "via",
        "behind",
        "against",
        "alongside",
        "between",
        "among",
        "amid",
        "despite",
        "after",
        "before",
        "under",
        "toward",
        "towards",
        "beyond",
        "per",
        "unlike",
        "besides",
        "versus",
        "vs",
        "vs.",
        "as",
        "across",
        "without",
        "within",
    }
)


CLAUSE_WORDS = frozenset(
    {
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "while",
        "whereas",
        "although",
        "though",
        "because",
        "but",
        "if",
        "when",
        "whether",
        "unless",
        "since",
        "so",
        "where",
        "whereby",
    }
)


RELATIVE = frozenset({"which", "who", "that"})


BOUNDARY = frozenset({";", ":", "—", "–", "?", "!", ".", "…"})


SPEECH = frozenset(
    {
        "said",
        "says",
        "say",
        "reported",
        "reports",
        "told",
        "wrote",
        "noted",
        "claimed",
        "claims",
        "confirmed",
        "announced",
        "revealed",
        "stated",
        "states",
        "suggests",
        "suggested",
        "argued",
        "added",
    }
)


COMPLEMENT_VERBS = SPEECH | frozenset(
    {
        "indicate",
        "indicates",
        "suggest",
        "show",
        "shows",
        "believe",
        "believes",
        "think",
        "thinks",
        "argue",
        "argues",
        "claim",
        "note",
        "notes",
        "warn",
        "warns",
        "expect",
        "expects",
        "hope",
        "hopes",
        "means",
        "found",
        "know",
        "knows",
        "deny",
        "denies",
        "denied",
        "insist",
        "insists",
        *("allege", "alleges", "contend", "contends", "assert", "asserts", "maintains"),
        "say",
        "confirm",
        "confirms",
        "announce",
        "announces",
        "is",
        "was",
        "so",
        "now",
    }
)


DETERMINERS = frozenset(
    {
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "some",
        "several",
        "two",
        "three",
        "both",
        "other",
        "another",
    }
)


# What a sentence may open with before its subject: "But", "Separately,", "Instead it".
LEAD_WORDS = frozenset(
    {
        "but",
        "and",
        "however",
        "meanwhile",
        "also",
        "separately",
        "still",
        "yet",
        "so",
        "now",
        "today",
        "instead",
    }
)
ANAPHORS = frozenset({"it", "they", "this", "such", "the", "that", "these"})


# Nouns for a device the text has introduced ("Halo, a clip-on assistant" ... "The wearable"):
# any of them refers back to the one device described, whichever word described it.
DEVICE_NOUNS = frozenset(
    {"wearable", "device", "gadget", "headset", "pendant", "glasses", "assistant", "robot", "handset"}
)


# Nouns of a trade outside tech, which name only an organisation described with them: "Kestrel
# Dental Group, the 240-clinic chain, ... The chain has signed a contract with Orrin".
TRADE_NOUNS = frozenset(
    {"chain", "agency", "publisher", "club", "federation", "utility", "broker", "airline", "outsourcer"}
    | {"distributor", "integrator", "consultancy", "hospital", "authority", "department", "carrier"}
    | {"league", "council", "board", "ministry", "society", "cooperative", "office", "bureau", "commission"}
)
ANAPHOR_NOUNS = frozenset(
    {
        "company",
        "firm",
        "startup",
        "group",
        "lab",
        "business",
        "giant",
        "practice",
        "move",
        "use",
        "step",
        "decision",
        "arrangement",
        "maker",
        "developer",
        "platform",
        "app",
        "conglomerate",
        "owner",
        "retailer",
        "chipmaker",
        "manufacturer",
        "fund",  # "The fund also holds a stake in Mistral AI"
        *DEVICE_NOUNS,  # refer to a product only: see ``clause_subject``
    }
)

# The anaphor nouns that only an organisation answers to: "the company buys ..." after a
# sentence whose topic is a chip does not mean the chip.
ORGANISATION_ANAPHOR_NOUNS = frozenset(
    {"company", "firm", "startup", "group", "giant", "conglomerate", "chipmaker", "manufacturer", "retailer"}
    | {"fund"}
)


# Participles that make a name before a noun a modifier: "Microsoft-owned GitHub", "the
# Intel-controlled company".
COMPOUND_PARTICIPLES = frozenset({"owned", "backed", "controlled", "funded", "led"})

CONJUNCTIONS = frozenset({"and", "or", "&", "nor"})  # "neither Acme nor Orbit"


COPULA = frozenset(
    {
        "is",
        "was",
        "are",
        "were",
        "became",
        "becomes",
        "become",
        "remains",
        "remain",
        "remained",
        "be",
        "been",
        "itself",
        "has",
        "have",
        "had",
        "one",
        "among",
        "of",
        "a",
        "an",
        "the",
        "its",
        "their",
        ",",
        "could",
        "may",
        "might",
        "would",
        "will",
        "also",
        "still",
        "now",
        "not",
        "no",
        "longer",
        "emerged",
        "as",
        # "Zenith is described as Acme's only real rival", "is widely seen as its closest rival"
        "described",
        "seen",
        "regarded",
        "viewed",
        "widely",
    }
)


def count_word(word: str) -> bool:
    """Whether ``word`` is a count before a noun ("6,000", "500"), which sits inside a noun
    phrase as a determiner does ("trained on 6,000 Nvidia chips"); a year ("In 2023 Acme
    bought ...") is not one."""
    digits = word.replace(",", "")
    return digits.isdigit() and ("," in word or not 1900 <= int(digits) <= 2100)


# Adverbs between a copula and the role it gives ("is already", "is still an Acme customer",
# "its largest customer is now Zenith"); "remains by far" is not read.
STANDING_ADVERBS = frozenset({"already", "still", "now", "also", "currently", "again", "once"})
# What is left of a company: buying "the remaining stake" or "the outstanding shares" buys it whole.
REST_OF = frozenset({"remaining", "outstanding"})


ACCUSING = frozenset({"accused", "accuses", "accuse", "accusing", "suspected", "suspects", "suspect"})
UNNAMED_REACH = 4  # words of a description between "accuses" and "of": "accuses the Oslo startup of"


# Verbs that punish a party "for" what it did: "sued Zenith for breaching its terms", "banned
# Zenith from its platform for breaking its rules", "cut off Zenith for ...".
PUNISHING = frozenset(
    {"sued", "sues", "sue", "suing", "banned", "bans", "ban", "barred", "suspended", "suspends"}
    | {"blocked", "blocks", "fined", "fines", "penalised", "penalized", "off", "terminated"}
)

# Participles that report what another did: "suspended its account, saying Acme had used ...";
# and finite verbs of claiming ("Acme's lawsuit claims Zenith scraped its site in breach of ...").
SAYING = frozenset({"saying", "claiming", "alleging", "arguing", "noting"})

# A pronoun opening the report is the party punished or accused before it: "Acme sued Zenith,
# claiming it violated its terms" (Zenith violated, Acme's terms).
TAKEN_TO_TASK = ACCUSING | PUNISHING
# Participles of finding out, after which "it" is the party taken to task: "cut off Zenith
# after finding it had used Claude outputs".
FINDING_OUT = frozenset({"finding", "discovering", "determining", "concluding", "learning"})

# What a run on a cloud may be that tells no hosting: "ran a pilot on Nimbus".
TRIAL_RUNS = frozenset({"pilot", "pilots", "trial", "trials", "experiment", "experiments"})
# Nouns for a part of a company one holds: "a stake it bought in 2024".
HOLDING_NOUNS = frozenset({"stake", "holding", "holdings", "share", "shares", "interest", "position"})
# Participles that give a thing the name after them: "a model called Sable".
NAMING_WORDS = frozenset({"called", "named", "dubbed"})
# Pronouns that own the noun phrase they open: "its fleet-learning platform".
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "our", "his", "her"})
# Words of an amount of money: "$300 million", "410 million pound", "EUR 120m".
MONEY_WORDS = frozenset(
    {"$", "£", "€", "million", "billion", "bn", "m", "pound", "pounds", "euro", "euros", "dollar"}
)

# A company's people, who act for it: "its chemists use Nvidia's BioNeMo", "written by
# engineers at Red Hat".
STAFF_NOUNS = frozenset(
    {"engineers", "developers", "researchers", "scientists", "chemists", "staff", "employees"}
    | {"teams", "team", "analysts", "lawyers", "clinicians", "designers", "programmers"}
)

# Ordinals before a role noun or a product, which the clause reader takes for adverbs ("first
# said"): "Acme's first paying customers", "its second chip".
ORDINALS = frozenset({"first", "second", "third", "next"})


# Phrases that set a name beside another's part: "Nvidia joined the round, alongside Microsoft".
BESIDE = (("alongside",), ("along", "with"), ("together", "with"))
