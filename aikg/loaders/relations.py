"""Relation rules: how English states ownership, investment, supply, partnership, competition,
development, hosting, use of technology and terms-of-service violations.

Triggers (verbs, nouns, role words) are found with one spaCy ``Matcher`` over lower-cased
tokens; each rule family then fills its two slots from the mentions around the trigger with a
few syntactic heuristics (clause subject, object after a preposition, apposition, possessive,
passive agent). No rule names an entity: they key on the words between entities.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import product as product_of

from spacy.matcher import PhraseMatcher

from aikg.loaders.mentions import GENERIC, ORG_TYPES, PRODUCT_TYPES, Mention
from aikg.loaders.sentences import Sentence, pipeline
from aikg.ontology.models import Entity

# ---------------------------------------------------------------- words the heuristics use

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
ANAPHORS = frozenset({"it", "they", "this", "such", "the", "that", "these"})
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
    }
)
FUNDING_WORDS = frozenset(
    {
        "$",
        "€",
        "£",
        "money",
        "funding",
        "funds",
        "investment",
        "investments",
        "capital",
        "financing",
        "cash",
        "backing",
        "billion",
        "million",
        "round",
    }
)
RELATION_NOUNS = frozenset(
    {
        "partnership",
        "deal",
        "investment",
        "stake",
        "rivalry",
        "alliance",
        "contract",
        "agreement",
        "tie-up",
        "relationship",
        "shares",
        "stock",
        "acquisition",
        "takeover",
        "merger",
        "collaboration",
        "pact",
        "offer",
        "bid",
        "talks",
        "ties",
    }
)
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})

TECH_NOUNS = frozenset(
    {
        "technology",
        "technologies",
        "tech",
        "model",
        "models",
        "llm",
        "llms",
        "ai",
        "api",
        "apis",
        "tools",
        "tool",
        "software",
        "algorithms",
        "algorithm",
        "systems",
        "system",
        "chatbot",
        "assistant",
        "engine",
        "capabilities",
        "solutions",
        "code",
        "know-how",
        "intelligence",
        "gpt",
        "research",
        "innovations",
        "ip",
    }
)
GOODS_NOUNS = frozenset(
    {
        "chips",
        "chip",
        "gpus",
        "gpu",
        "processors",
        "processor",
        "hardware",
        "servers",
        "server",
        "cloud",
        "computing",
        "compute",
        "capacity",
        "infrastructure",
        "datacenters",
        "datacentres",
        "centers",
        "centres",
        "services",
        "service",
        "platform",
        "platforms",
        "products",
        "product",
        "subscriptions",
        "licenses",
        "licences",
        "credits",
        "accelerators",
        "supercomputers",
        "supercomputer",
        "storage",
        "networking",
        "cluster",
        "systems",
        "system",
        "data",
        "clusters",
        "instances",
    }
)
PRODUCT_NOUNS = frozenset(
    {
        "platform",
        "model",
        "models",
        "chatbot",
        "assistant",
        "app",
        "application",
        "service",
        "product",
        "chip",
        "processor",
        "gpu",
        "llm",
        "cloud",
        "browser",
        "engine",
        "software",
        "tool",
        "device",
        "os",
        "system",
        "network",
        "accelerator",
        "offering",
        "suite",
    }
)
PRODUCT_PLURALS = frozenset(
    {
        "services",
        "products",
        "apps",
        "applications",
        "models",
        "platforms",
        "chips",
        "tools",
        "chatbots",
        "brands",
        "offerings",
        "assistants",
        "processors",
        "gpus",
        "accelerators",
        "devices",
    }
)
LIST_OPENERS = frozenset({"include", "includes", "included", "including", "like", "such", ":", "are", "were"})
SYMMETRIC = frozenset({"partnerOf", "competesWith"})

# E1 <role> of E2  =>  predicate(E1, E2), or predicate(E2, E1) when the flag is False.
ROLES: dict[str, tuple[str, bool]] = {
    **dict.fromkeys(
        (
            "subsidiary",
            "subsidiaries",
            "unit",
            "units",
            "division",
            "arm",
            "affiliate",
            "offshoot",
            "part",
            "lab",
            "labs",
        ),
        ("subsidiaryOf", True),
    ),
    **dict.fromkeys(("parent", "parents", "owner", "owners"), ("parentOf", True)),
    **dict.fromkeys(
        ("investor", "investors", "backer", "backers", "shareholder", "shareholders", "funder", "funders"),
        ("investsIn", True),
    ),
    **dict.fromkeys(("customer", "customers", "client", "clients"), ("customerOf", True)),
    **dict.fromkeys(
        ("supplier", "suppliers", "provider", "providers", "vendor", "vendors"), ("supplierOf", True)
    ),
    **dict.fromkeys(("partner", "partners", "ally", "allies"), ("partnerOf", True)),
    **dict.fromkeys(
        (
            "rival",
            "rivals",
            "competitor",
            "competitors",
            "challenger",
            "challengers",
            "contender",
            "contenders",
        ),
        ("competesWith", True),
    ),
    **dict.fromkeys(
        (
            "maker",
            "makers",
            "developer",
            "developers",
            "creator",
            "creators",
            "builder",
            "builders",
            "designer",
            "designers",
            "inventor",
        ),
        ("develops", True),
    ),
    **dict.fromkeys(("acquirer", "acquirers"), ("acquires", True)),
    **dict.fromkeys(("host",), ("hostedOn", False)),
}
ROLE_PLURALS = "|".join(w for w in ROLES if w.endswith("s") and w[:-1] in ROLES)
ROLE_PREPS = frozenset({"of", "to", "for", "in", "at", "behind", "with"})
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
        "remained",
        "be",
        "been",
        "has",
        "have",
        "had",
        "one",
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
    }
)
BEHIND_NOUNS = (
    "company|firm|startup|lab|team|group|organization|organisation|outfit|business|"
    "people|developer|maker|force|brains|minds"
)


# ---------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class Found:
    """A relation read from one sentence, before status and qualifiers are decided."""

    subject: Entity
    predicate: str
    object: Entity
    rule: str
    strength: float
    window: tuple[int, int]  # token span in the sentence's Doc that states the relation
    trigger: tuple[int, int]
    nominal: bool = False  # inside a noun phrase: the clause's modality does not apply
    anaphoric: bool = False  # the subject came from the previous sentence


@dataclass(frozen=True, slots=True)
class RevenueShare:
    """ "This deal accounts for 25% of Acme's revenue": a share of ``owner``'s revenue whose
    payer is a customer named in an earlier sentence."""

    owner: Entity
    sentence: int


@dataclass(slots=True)
class Reading:
    """What one sentence yields."""

    found: list[Found] = field(default_factory=list)
    shares: list[RevenueShare] = field(default_factory=list)
    topic: list[Entity] = field(default_factory=list)  # what "it" means in the next sentence


# ---------------------------------------------------------------- the sentence view


class Clause:
    """One sentence as the rules see it: lower-cased tokens, the mentions among them."""

    def __init__(self, sentence: Sentence, mentions: Sequence[Mention], topic: Sequence[Entity]):
        self.s = sentence
        self.t = sentence.tokens
        self.first, self.last = sentence.first, sentence.last
        self.mentions = list(mentions)
        # Inside a name, words are not syntax: "Character.AI" holds no sentence-final period.
        self.words = self.t.lower[self.first : self.last]
        for m in mentions:
            for i in range(m.start, m.end):
                self.words[i - self.first] = "\x00name"
        self.start_at = {m.start: m for m in mentions}
        self.end_at = {m.end: m for m in mentions}
        self.cover = {i: m for m in mentions for i in range(m.start, m.end)}
        self.topic = list(topic)

    def w(self, i: int) -> str:
        """The lower-cased token ``i`` ("" outside the sentence)."""
        return self.words[i - self.first] if self.first <= i < self.last else ""

    def filler(self, i: int) -> bool:
        """Whether token ``i`` can sit inside a noun phrase ("the groundbreaking $2bn AI")."""
        word = self.w(i)
        if not word:
            return False
        text = self.t.text[i]
        if word in QUOTES:
            return True
        if word in CLAUSE_WORDS or word in AUX or word in PREPOSITIONS or word in BOUNDARY:
            return word in {"no", "further"}
        if i in self.cover:
            return False
        return (
            (text.isalpha() and text.islower())
            or _number(text)
            or word in GENERIC
            or (
                word
                in {
                    "$",
                    "€",
                    "£",
                    "%",
                    "-",
                    "(",
                    ")",
                    "ai",
                    "llm",
                    "us",
                    "u.s.",
                    "m",
                    "bn",
                    "billion",
                    "million",
                    "trillion",
                }
            )
            or (text.isupper() and len(word) <= 4)
            or word.startswith("$")
        )

    def alpha(self, i: int) -> bool:
        return self.t.text[i].isalpha()

    def spaced(self, i: int) -> bool:
        """Whether whitespace follows token ``i``."""
        return bool(self.t.space[i])

    def mention_after(self, i: int, limit: int = 3, comma: bool = True) -> Mention | None:
        """The mention starting within ``limit`` filler tokens from ``i``."""
        j = i
        while j < self.last and j - i <= limit:
            if j in self.start_at:
                return self.start_at[j]
            if self.w(j) == "," and comma and j + 1 in self.start_at:
                return self.start_at[j + 1]
            if not self.filler(j):
                return None
            j += 1
        return None


# ---------------------------------------------------------------- argument finding


@dataclass(frozen=True, slots=True)
class Subject:
    entities: tuple[Entity, ...]
    start: int
    anaphoric: bool = False


CONJUNCTIONS = frozenset({"and", "or", "&"})


def coordinated_right(c: Clause, m: Mention) -> list[Mention]:
    """``m`` and the mentions coordinated after it: "in Zenith, Apex and Nova". A list needs a
    conjunction before its last member: in "acquired Zenith, Orbit said" Orbit is not one."""
    out, confirmed = [m], 1
    j = m.end
    while True:
        k = j
        while c.w(k) in CONJUNCTIONS | {",", "as", "well"} or (
            k > j and c.w(k) in {"to", "with", "in", "for"} and c.w(k - 1) in CONJUNCTIONS
        ):
            k += 1
        if k == j or k not in c.start_at or c.start_at[k].possessive:
            return out[:confirmed]
        out.append(c.start_at[k])
        if any(c.w(x) in CONJUNCTIONS for x in range(j, k)):
            confirmed = len(out)
        j = out[-1].end


def coordinated_left(c: Clause, m: Mention, *, objects: bool = False) -> list[Mention]:
    """``m`` and the mentions coordinated before it: "Acme, Orbit and Zenith partnered"."""
    out = [m]
    j = m.start
    while True:
        k = j
        while k > c.first and c.w(k - 1) in CONJUNCTIONS | {","}:
            k -= 1
        joined_by = {c.w(x) for x in range(k, j)}
        if k == j or k not in c.end_at or c.end_at[k].possessive:
            break
        if len(out) == 1 and not joined_by & CONJUNCTIONS:
            return out  # "According to X, Acme invested": a comma alone does not coordinate
        prev = c.end_at[k]
        out.insert(0, prev)
        j = prev.start
    before = c.w(out[0].start - 1)
    if (
        len(out) > 1
        and not objects
        and before.isalpha()
        and before not in (DETERMINERS | PREPOSITIONS | CONJUNCTIONS | {"both", "either"})
    ):
        return [m]  # "Zenith met Orbit, and Acme holds ...": Orbit is an object, not a subject
    return out


def head(c: Clause, m: Mention) -> Mention:
    """The mention an NP starting with ``m`` names: "OpenAI rival Anthropic" -> Anthropic."""
    j = m.end + (1 if m.possessive else 0)
    if m.possessive and j in c.start_at:
        return head(c, c.start_at[j])  # "Acme's Nimbus": the product is the object
    for k in range(j, min(j + 3, c.last)):
        word = c.w(k)
        if word in ROLES or word in PRODUCT_NOUNS:
            nxt = c.mention_after(k + 1, limit=0)
            return head(c, nxt) if nxt is not None and nxt is not m else m
        if not c.filler(k):
            break
    return m


def object_right(
    c: Clause, pos: int, preps: Iterable[str] = (), gap: int = 4, np_gap: int = 4
) -> list[Mention]:
    """The mention(s) a trigger ending at ``pos`` takes as object, after one of ``preps``."""
    preps = frozenset(preps)
    i = pos
    if preps:
        limit = min(c.last, pos + gap + 1)
        while i < limit and c.w(i) not in preps:
            if c.w(i) in BOUNDARY or c.w(i) in CLAUSE_WORDS or c.w(i) == ",":
                return []
            i += 1
        if i >= limit:
            return []
        i += 1
        gap = np_gap
    limit = min(c.last, i + gap + 1)
    while i < limit:
        if i in c.start_at:
            return coordinated_right(c, head(c, c.start_at[i]))
        word = c.w(i)
        if word == "(":
            close = next((k for k in range(i, min(i + 8, c.last)) if c.w(k) == ")"), None)
            if close is None:
                return []
            limit += close - i
            i = close + 1
            continue
        if word == "," and i + 1 in c.start_at:
            i += 1
            continue
        if word == "," and c.w(i + 1) in {"like", "including", "such"}:
            i += 1  # "in several startups, including Zenith"
            continue
        if word in {"like", "including"} or (word == "such" and c.w(i + 1) == "as"):
            i += 2 if word == "such" else 1  # "to cloud providers such as Nimbus"
            limit = min(c.last, i + 2)
            continue
        if not c.filler(i):
            return []
        i += 1
    return []


def clause_start(c: Clause, pos: int) -> int:
    """The first token of the clause that token ``pos`` belongs to."""
    i = pos - 1
    while i >= c.first:
        word = c.w(i)
        relative = word in {"which", "who", "whose"} or (
            word == "that"
            and c.w(i - 1) not in COMPLEMENT_VERBS
            and i - 1 not in c.cover
            and not c.w(i - 1).endswith("ed")
        )  # "the lab that built Nova, ..." vs "reported that ..."
        closed = relative and "," in c.words[i - c.first : pos - c.first]
        if (word in BOUNDARY or word in CLAUSE_WORDS) and not closed:
            return i + 1
        if word in {"and", "but"} and c.w(i - 1) == ",":
            return i + 1  # ", and Zenith still holds ...": a new clause
        if word == "-" and c.spaced(i) and i > c.first and c.spaced(i - 1):
            return i + 1
        i -= 1
    return c.first


def _after_preposition(c: Clause, m: Mention) -> bool:
    k = m.start - 1
    while k >= c.first and c.w(k) in DETERMINERS:
        k -= 1
    return c.w(k) in PREPOSITIONS


def clause_subject(c: Clause, pos: int) -> Subject | None:
    """The subject of the clause containing a trigger at ``pos``.

    The mention right before the verb (auxiliaries and adverbs between) wins; else the relative
    pronoun's antecedent; else the clause's first mention that is not inside a prepositional
    phrase, an apposition or a parenthesis; else "it"/"the company" names the previous topic.
    """
    i = pos - 1
    while i >= c.first and (c.w(i) in AUX or c.w(i) in QUOTES or (c.w(i).endswith("ly") and c.alpha(i))):
        i -= 1
    if i + 1 in c.end_at and not c.end_at[i + 1].possessive:
        found = coordinated_left(c, c.end_at[i + 1])
        return Subject(tuple(m.entity for m in found), found[0].start)
    start = clause_start(c, pos)
    complement = c.w(start - 1) == "that" and (
        c.w(start - 2) in COMPLEMENT_VERBS or c.w(start - 2).endswith("ed")
    )
    if start > c.first and c.w(start - 1) in RELATIVE and not complement:
        k = start - 1
        if c.w(k - 1) == ",":
            k -= 1
        antecedent = c.end_at.get(k) or _possessor_of_np(c, k) or _apposed_np(c, k)
        if antecedent is not None:
            return Subject((antecedent.entity,), antecedent.start)
        if c.w(start - 1) != "that":
            return None
    asides = _asides(c, start, pos)
    depth = 0
    speaker: Mention | None = None
    for k in range(start, pos):
        word = c.w(k)
        depth += (word == "(") - (word == ")")
        if depth > 0 or k in asides or k not in c.start_at:
            continue
        m = c.start_at[k]
        if _after_preposition(c, m):
            continue
        if c.w(m.end) in SPEECH and m.end < pos:
            speaker = m
            continue
        if _after_verb(c, start, m.start):
            break  # "it had used Acme's models to train ...": Acme is an object
        if m.possessive:
            renamed = _renamed_by_apposition(c, m, pos) or c.start_at.get(m.end + 1)
            if renamed is not None and renamed.start < pos:  # "Acme's Nimbus, ...": Nimbus
                return Subject((renamed.entity,), renamed.start)
        return Subject(tuple(x.entity for x in coordinated_right(c, m) if x.start < pos), m.start)
    if speaker is not None and c.w(speaker.end + 1 + (c.w(speaker.end + 1) == "that")) in {"it", "they"}:
        return Subject((speaker.entity,), speaker.start)  # "Acme said it would ..."
    if _anaphor_at(c, start, pos):
        earlier = speaker or _sentence_antecedent(c, start)
        if earlier is not None:
            return Subject((earlier.entity,), earlier.start)
        if c.topic:
            return Subject(tuple(c.topic), start, anaphoric=True)
    return None


def _asides(c: Clause, start: int, end: int) -> set[int]:
    """Tokens of relative asides (", whose founders joined Zenith,") between start and end."""
    out: set[int] = set()
    k = start
    while k < end:
        if c.w(k) == "," and c.w(k + 1) in {"which", "who", "whose", "whom"}:
            j = k + 1
            while j < end and c.w(j) != ",":
                out.add(j)
                j += 1
            k = j
        k += 1
    return out


def _after_verb(c: Clause, start: int, pos: int) -> bool:
    """Whether a verb (an auxiliary, a past participle) stands between clause start and pos;
    an introductory phrase closed by a comma ("In a deal announced Tuesday, ...") does not count."""
    for k in range(pos - 1, start - 1, -1):
        if c.w(k) == ",":
            start = k + 1
            break
    for k in range(start, pos):
        word = c.w(k)
        if k == start and word in AUX:
            continue  # a question's inverted auxiliary: "Is Acme planning to ..."
        if word in AUX and word not in {"also", "now", "then", "just", "first", "once", "even"}:
            return True
        if word.endswith("ed") and c.t.text[k].islower() and c.alpha(k) and len(word) > 4:
            return True
    return False


def _sentence_antecedent(c: Clause, before: int) -> Mention | None:
    """What "it" means in a later clause of the same sentence: the first subject-like mention."""
    for m in c.mentions:
        if m.start >= before:
            return None
        if not _after_preposition(c, m) and not _after_verb(c, c.first, m.start):
            return m
    return None


def _possessor_of_np(c: Clause, end: int) -> Mention | None:
    """In "Acme's models, which ...", the owner of the noun phrase ending at ``end``."""
    k = end - 1
    while k > c.first and c.filler(k) and end - k < 4:
        k -= 1
    if c.w(k) in POSSESSIVE and k in c.end_at:
        return c.end_at[k]
    return None


def _apposed_np(c: Clause, end: int) -> Mention | None:
    """In "Acme, the Dutch lab that built ...", the name the noun phrase before ``end`` renames."""
    k = end
    while k > c.first and end - k < 5 and c.filler(k - 1) and c.w(k - 1) != ",":
        k -= 1
    if k < end and c.w(k) in {"a", "an", "the"} and c.w(k - 1) == ",":
        return _apposed_before(c, k)
    return None


def _renamed_by_apposition(c: Clause, m: Mention, pos: int) -> Mention | None:
    """ "Acme's cloud platform, Nimbus, has ...": the subject is Nimbus, not Acme."""
    k = m.end + 1
    while k < pos and c.filler(k):
        k += 1
    if c.w(k) == "," and k + 1 in c.start_at:
        named = c.start_at[k + 1]
        if c.w(named.end) == "," and named.end < pos:
            return named
    return None


def _anaphor_at(c: Clause, start: int, pos: int) -> bool:
    """Whether the clause opens with "it", "they", "the company", "this practice"..."""
    k = start
    while k < pos and (c.w(k) in {",", "and", "but", "however"} or c.t.punct[k]):
        k += 1
    word = c.w(k)
    if word in {"it", "they"}:
        return True
    if word not in ANAPHORS:
        return False
    return any(c.w(j) in ANAPHOR_NOUNS for j in range(k + 1, min(k + 4, pos)))


def possessor(c: Clause, pos: int) -> Subject | None:
    """The owner of a noun at ``pos``: "Acme's $2bn investment", "its partnership", "the Acme
    deal"; falls back to the clause subject ("Acme made an investment in ...")."""
    k = pos - 1
    while k > c.first and c.filler(k) and pos - k <= 5 and c.w(k) not in POSSESSIVE:
        k -= 1
    if c.w(k) in POSSESSIVE and k in c.end_at:
        owner = c.end_at[k]
        return Subject((owner.entity,), owner.start)
    if k + 1 in c.end_at:
        owner = c.end_at[k + 1]
        return Subject((owner.entity,), owner.start)
    if c.w(k) in {"its", "their"}:
        found = clause_subject(c, k)
        if found is None and (earlier := _sentence_antecedent(c, k)) is not None:
            return Subject((earlier.entity,), earlier.start)
        return found
    return clause_subject(c, pos)


def agent_after(c: Clause, pos: int) -> list[Mention]:
    """The agent of a passive whose "by" ends at ``pos``."""
    return object_right(c, pos, gap=3)


def patient_before(c: Clause, pos: int) -> Mention | None:
    """The mention a passive participle at ``pos`` is said of: "Zenith, (which was) acquired"."""
    k = pos
    while k > c.first:
        if k in c.end_at:
            return None if c.end_at[k].possessive else head(c, c.end_at[k])
        word = c.w(k - 1)
        if not (
            word in AUX or word in {",", "which", "that", "who", "first", "originally"} or word.endswith("ly")
        ):
            return None
        k -= 1
    return None


# ---------------------------------------------------------------- rule families


Handler = Callable[["Rule", Clause, int, int], list[Found]]


@dataclass(frozen=True)
class Rule:
    """A trigger and how to read its arguments."""

    name: str
    handler: Handler
    phrases: tuple[str, ...]
    predicate: str = ""
    preps: tuple[str, ...] = ()
    gap: int = 4
    strength: float = 1.0
    object_type: str = "Company"  # the type a discovered name in the object slot gets


def _found(
    rule: Rule,
    c: Clause,
    subj: Subject | None,
    pred: str,
    objs: Iterable[Mention | Entity],
    start: int,
    end: int,
    *,
    swap: bool = False,
    nominal: bool = False,
    strength: float = 0.0,
) -> list[Found]:
    """Pair every subject with every object (both directions when ``swap``)."""
    if subj is None:
        return []
    out = []
    for o in objs:
        obj = o.entity if isinstance(o, Mention) else o
        o_start = o.start if isinstance(o, Mention) else start
        o_end = o.end if isinstance(o, Mention) else end
        for s in subj.entities:
            if s.id == obj.id:
                continue
            a, b = (obj, s) if swap else (s, obj)
            lo = min(start, o_start, subj.start)
            out.append(
                Found(
                    a,
                    pred,
                    b,
                    rule.name,
                    strength or rule.strength,
                    (lo, max(end, o_end)),
                    (start, end),
                    nominal,
                    subj.anaphoric,
                )
            )
    return out


def _is_product(e: Entity) -> bool:
    return e.type in PRODUCT_TYPES


def _number(text: str) -> bool:
    return text.replace(",", "").replace(".", "", 1).isdigit()


def _productish(e: Entity) -> bool:
    """A product, or a discovered name not known to be an organisation."""
    return _is_product(e) or (not e.curated and e.type not in ORG_TYPES)


def _is_org(e: Entity) -> bool:
    return e.type in ORG_TYPES or e.type == "Person"


def verb(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """Active verbs: "Acme invested $2bn in Zenith", "Acme and Zenith partnered"."""
    if c.w(end) == "by" or (start > c.first and c.w(start - 1) == "-"):
        return []  # a passive or a compound ("Acme-backed"): other rules read those
    subj = clause_subject(c, start)
    objs: list[Mention | Entity] = list(object_right(c, end, rule.preps, rule.gap))
    if not objs and rule.predicate in {"investsIn", "partnerOf", "competesWith"}:
        objs = _company_meant(c, end, rule.preps, rule.gap, subj)  # "invested in the company"
    if rule.predicate == "develops":
        objs = [o for o in objs if isinstance(o, Mention) and _productish(o.entity)]
    if not objs and rule.predicate in SYMMETRIC and subj and len(subj.entities) > 1:
        first, *rest = subj.entities
        return _found(rule, c, Subject((first,), subj.start), rule.predicate, rest, start, end)
    return _found(rule, c, subj, rule.predicate, objs, start, end, swap=rule.name == "hosts")


def passive(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """Passives: "Zenith was acquired by Acme", "Nimbus, developed by Acme"."""
    patient = patient_before(c, start) or _apposed_np(c, start)
    if patient is not None:
        subj: Subject | None = Subject((patient.entity,), patient.start)
    elif c.w(start - 1) in {"was", "were", "is", "are", "been", "be"}:
        subj = clause_subject(c, start)  # "Zenith, which makes robots, was acquired by"
    else:
        return []
    if subj is None or (subj.anaphoric and rule.predicate == "develops"):
        return []
    if rule.predicate == "develops" and not all(_productish(e) for e in subj.entities):
        return []
    agents = agent_after(c, end)
    swap = rule.predicate not in {"hostedOn", "usesTechnologyOf"} or rule.name == "used_by"
    return _found(rule, c, subj, rule.predicate, agents, start, end, swap=swap)


def round_led(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith raised $50m in a round led by Acme": Acme invests in Zenith."""
    subj = clause_subject(c, start)
    return _found(rule, c, subj, "investsIn", agent_after(c, end), start, end, swap=True)


def acquire(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """Buying: a company (acquires), goods from a supplier (customerOf), a stake (investsIn)."""
    if c.w(end) == "by" or (start > c.first and c.w(start - 1) == "-"):
        return []
    subj = clause_subject(c, start)
    window = [c.w(k) for k in range(end, min(end + 8, c.last))]
    if "from" in window:
        sellers = object_right(c, end, ("from",), gap=8)
        if sellers:
            return _found(rule, c, subj, "customerOf", sellers, start, end)
    if {"stake", "stakes", "shares", "share", "interest", "equity"} & set(window[:5]):
        return _found(rule, c, subj, "investsIn", object_right(c, end, ("in",), 8), start, end)
    objs = object_right(c, end, gap=3)
    out: list[Found] = []
    for o in objs:
        after = c.w(o.end + 1) if o.possessive else c.w(o.end)
        if after in GOODS_NOUNS or after in TECH_NOUNS or o.possessive:
            out += _found(rule, c, subj, "customerOf", [o], start, end, strength=0.8)
        elif rule.name == "buy" and _is_product(o.entity):
            out += _found(rule, c, subj, "customerOf", [o], start, end, strength=0.7)
        else:
            out += _found(rule, c, subj, "acquires", [o], start, end)
    return out


def own(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme owns Zenith" (parentOf); "Acme owns a 10% stake in Zenith" (investsIn)."""
    if c.w(end) == "by" or (
        start > c.first and c.w(start - 1) in {"-", "its", "their", "his", "her", "our", "my", "your"}
    ):
        return []  # a passive, a compound, or "its own": not ownership
    subj = clause_subject(c, start)
    window = {c.w(k) for k in range(end, min(end + 5, c.last))}
    if window & {"stake", "stakes", "shares", "share", "%", "percent", "interest"}:
        stakes: list[Mention | Entity] = list(object_right(c, end, ("in", "of"), 8))
        stakes = stakes or _company_meant(c, end, ("in",), 8, subj)
        return _found(rule, c, subj, "investsIn", stakes, start, end)
    if c.w(start) in {"hold", "holds", "held", "holding"}:
        return []  # "holds talks", "held a meeting": holding is ownership only of a stake
    return _found(rule, c, subj, "parentOf", object_right(c, end, gap=2), start, end)


def builds_on(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme builds its agents on Quill", "Nimbus is based on Zenith's models"."""
    if c.w(end) in {"on", "upon"}:
        return []  # "builds on Quill": the use rule reads the adjacent form
    targets = object_right(c, end, ("on", "upon"), gap=4)
    subj = clause_subject(c, start)
    return _found(rule, c, subj, "usesTechnologyOf", targets, start, end, strength=0.85)


def counts_among(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme counts Zenith and Orbit among its customers": each holds the role for Acme."""
    pred, forward = ROLES[c.w(end - 1)]
    members = c.end_at.get(start)
    subj = clause_subject(c, members.start if members is not None else start)
    if members is None or subj is None:
        return []
    listed = coordinated_left(c, members, objects=True)
    holders = Subject(tuple(m.entity for m in listed), listed[0].start)
    return _found(rule, c, holders, pred, subj.entities, start, end, swap=not forward)


def train_on(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme trains its models on Nimbus / on Zenith's chips": Acme buys compute."""
    clouds = [
        o
        for o in object_right(c, end, ("on",), gap=5)
        if o.entity.type in {"CloudPlatform", "Chip"} or (o.possessive and c.w(o.end + 1) in GOODS_NOUNS)
    ]
    if not clouds:
        return []
    return _found(rule, c, clause_subject(c, start), "customerOf", clouds, start, end, strength=0.85)


def supply(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme supplies Zenith (with chips)", "Acme sells chips to Zenith", "Acme rents servers
    (licenses software) from Zenith", "Acme licenses its designs to Zenith"."""
    if c.w(end) == "by":
        return []
    subj = clause_subject(c, start)
    if rule.name == "rent":
        lessors = object_right(c, end, ("from",), gap=6)
        if lessors:
            return _found(rule, c, subj, "customerOf", lessors, start, end)
    buyers = object_right(c, end, ("to",), gap=6)
    goods = any(c.w(k) in GOODS_NOUNS or c.w(k) in TECH_NOUNS for k in range(end, end + 5))
    if not buyers and goods and rule.name in {"sell", "manufacture"}:
        buyers = object_right(c, end, ("for",), gap=6)  # "makes chips for Zenith"
    if rule.name == "manufacture" and not goods:
        return []
    if not buyers and rule.name == "supply":
        buyers = [o for o in object_right(c, end, gap=1) if not o.possessive]
    return _found(rule, c, subj, "supplierOf", buyers, start, end)


def _technology_target(c: Clause, pos: int, gap: int = 5) -> list[tuple[Mention, str]]:
    """What a use-verb at ``pos`` uses, and how: "Zenith's models" (usesTechnologyOf), "Zenith
    chips" / "Zenith's cloud" (customerOf), "models developed by Zenith", "Nimbus" (a product)."""
    out: list[tuple[Mention, str]] = []
    i = pos
    limit = min(c.last, pos + gap + 1)
    while i < limit:
        if i in c.start_at:
            m = c.start_at[i]
            nxt = m.end + (1 if m.possessive else 0)
            noun = next(
                (
                    c.w(k)
                    for k in range(nxt, min(nxt + 4, c.last))
                    if c.w(k) in TECH_NOUNS or c.w(k) in GOODS_NOUNS
                ),
                None,
            )
            if noun is not None and (m.possessive or nxt == m.end):
                kind = "customerOf" if noun in GOODS_NOUNS else "usesTechnologyOf"
                if not m.possessive and _is_product(m.entity):
                    kind = "usesTechnologyOf"
                return [(x, kind) for x in coordinated_right(c, m)]
            if _is_product(m.entity):
                kind = "customerOf" if m.entity.type in {"CloudPlatform", "Chip"} else ("usesTechnologyOf")
                return [(x, kind) for x in coordinated_right(c, m)]
            return [(x, "usesTechnologyOf") for x in coordinated_right(c, m)]
        word = c.w(i)
        if word in TECH_NOUNS or word in GOODS_NOUNS:
            kind = "customerOf" if word in GOODS_NOUNS else "usesTechnologyOf"
            k = i + 1
            while (
                c.w(k)
                in {
                    "developed",
                    "made",
                    "built",
                    "created",
                    "provided",
                    "supplied",
                    "offered",
                    "designed",
                    "produced",
                    "sold",
                    "trained",
                    "licensed",
                    "from",
                    "by",
                }
                and k < c.last
            ):
                k += 1
            if k > i + 1 and c.w(k) in {"both", "either"}:
                k += 1
            if k > i + 1 and c.w(k - 1) in {"from", "by", "both", "either"} and k in c.start_at:
                return [(x, kind) for x in coordinated_right(c, c.start_at[k])]
        if word == "(":
            close = next((k for k in range(i, min(i + 8, c.last)) if c.w(k) == ")"), None)
            if close is not None:
                limit += close - i
                i = close + 1
                continue
        if not c.filler(i):
            break
        i += 1
    return out


def use(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme uses Zenith's models", "relies on Zenith chips", "leverages models built by Zenith"."""
    if c.w(end) == "by" or c.w(end) == "to":
        return []
    subj = possessor(c, start) if rule.name == "use_noun" else clause_subject(c, start)
    out: list[Found] = []
    for m, kind in _technology_target(c, end):
        out += _found(rule, c, subj, kind, [m], start, end)
    return out


def pay(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme pays Zenith $5m a month", "Acme has been paying $5m to Zenith for its models"."""
    subj = clause_subject(c, start)
    payees = [m for m in object_right(c, end, gap=1) if not m.possessive]
    payees = payees or object_right(c, end, ("to",), gap=10)
    if not payees:
        payees = [m for m, _ in _technology_target(c, end, gap=10)]
    if not payees:
        payees = object_right(c, end, ("on",), gap=8)
    return _found(rule, c, subj, "customerOf", payees, start, end)


def payment_from(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "The $5m payment from Acme represents a share of Zenith's revenue": Acme pays Zenith."""
    payers = object_right(c, end, gap=2)
    if not payers:
        return []
    payees = object_right(c, payers[-1].end, ("to",), gap=3)
    if not payees:
        payees = [
            m
            for m in c.mentions
            if m.start > payers[-1].end
            and m.possessive
            and c.w(m.end + 1) in {"revenue", "revenues", "sales", "income", "total"}
        ]
    subj = Subject(tuple(p.entity for p in payers), payers[0].start)
    return _found(rule, c, subj, "customerOf", payees[:1], start, end)


def revenue_from(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith's revenue from Acme": Acme is Zenith's customer."""
    owner = possessor(c, start)
    payers = object_right(c, end, gap=2)
    return _found(rule, c, owner, "customerOf", payers, start, end, swap=True)


def noun(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """Nouns with a complement: "Acme's investment in Zenith", "its partnership with Zenith",
    "the acquisition of Zenith by Acme", "a cloud deal with Zenith"."""
    objs: list[Mention] = object_right(c, end, gap=rule.gap)
    if not objs and rule.name == "investment":  # "holds a 15% stake in the company"
        owner = possessor(c, start)
        return _found(
            rule, c, owner, "investsIn", _company_meant(c, end, (), 1, owner), start, end, strength=0.85
        )
    if not objs:
        return []
    pred = rule.predicate
    subj: Subject | None = None
    if rule.name == "acquisition":
        by = object_right(c, objs[-1].end, ("by",), gap=1)
        if by:
            subj = Subject((by[0].entity,), by[0].start)
        after = c.w(objs[0].end + (1 if objs[0].possessive else 0))
        if after in GOODS_NOUNS or after in TECH_NOUNS:
            pred = "customerOf"
    if rule.name == "partnership":
        if any(
            c.w(k) in GOODS_NOUNS or c.w(k) in {"supply", "licensing", "purchase"}
            for k in range(max(c.first, start - 3), start)
        ):
            pred = "customerOf"
        if c.w(start - 1) in {"through", "via"} or c.w(start - 2) in {"through", "via"}:
            subj = _provider_before(c, start)
    if subj is None:
        subj = possessor(c, start)
    return _found(
        rule, c, subj, pred, objs, start, end, strength=rule.strength if pred == rule.predicate else 0.75
    )


def _company_meant(
    c: Clause, pos: int, preps: Iterable[str], gap: int, subject: Subject | None
) -> list[Mention | Entity]:
    """ "... in the company": the one other organisation the sentence names, or else the one
    the previous sentence was about; nothing when that is ambiguous."""
    i = pos
    preps = frozenset(preps)
    while preps and i < min(c.last, pos + gap + 1) and c.w(i) not in preps:
        i += 1
    i += 1 if preps else 0
    if c.w(i) != "the" or c.w(i + 1) not in {"company", "firm", "startup", "group", "lab"}:
        return []
    if subject is None:
        return []
    others = {
        m.entity.id: m.entity
        for m in c.mentions
        if m.entity.type in ORG_TYPES and m.entity not in subject.entities
    }
    if len(others) > 1:
        return []
    candidates = list(others.values()) or [e for e in c.topic if e not in subject.entities]
    return [candidates[0]] if candidates and candidates[0].type in ORG_TYPES else []


def _provider_before(c: Clause, pos: int) -> Subject | None:
    """ "models developed by Acme, offered through a partnership with Zenith": Acme partners."""
    for k in range(pos - 1, c.first, -1):
        if k in c.end_at and c.w(c.end_at[k].start - 1) in {"by", "from"}:
            m = c.end_at[k]
            return Subject((m.entity,), m.start)
    return None


def between(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "the partnership between Acme and Zenith", "the Acme-Zenith alliance"."""
    pair: list[Mention] = []
    if c.w(end) == "between":
        pair = object_right(c, end + 1, gap=1)
    else:
        b = c.end_at.get(start)
        if b is None and c.w(start - 1) in POSSESSIVE:
            b = c.end_at.get(start - 1)
        if b is not None and c.w(b.start - 1) in {"-", "–", "/", "and"} and b.start - 1 in c.end_at:
            pair = [c.end_at[b.start - 1], b]
    if len(pair) < 2:
        if c.w(end) in {"with", "against", "between", "of"}:
            return []
        together = clause_subject(c, start)  # "Acme and Zenith announced a partnership"
        if together is None or len(together.entities) < 2 or together.anaphoric:
            return []
        first, *rest = together.entities
        return _found(rule, c, Subject((first,), together.start), rule.predicate, rest, start, end)
    subj = Subject((pair[0].entity,), pair[0].start)
    return _found(rule, c, subj, rule.predicate, pair[1:], start, end, nominal=True)


def compound(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme-backed Zenith", "Acme-owned Nimbus", "Acme-powered Nimbus"."""
    left = c.end_at.get(start)
    if left is None:
        return []
    right = c.mention_after(end, limit=3, comma=False)
    if right is None and c.w(left.start - 1) in {"the", "a", "an"}:
        right = _apposed_before(c, left.start - 1)  # "Arm, the Acme-owned chip designer"
    if right is None:
        return []
    pred, forward = {
        "backed": ("investsIn", True),
        "funded": ("investsIn", True),
        "financed": ("investsIn", True),
        "owned": ("parentOf", True),
        "controlled": ("parentOf", True),
        "developed": ("develops", True),
        "built": ("develops", True),
        "made": ("develops", True),
        "created": ("develops", True),
        "designed": ("develops", True),
        "powered": ("usesTechnologyOf", False),
        "hosted": ("hostedOn", False),
    }[c.w(end - 1)]
    if pred == "develops" and not _productish(right.entity):
        return []
    subj = Subject((left.entity,), left.start)
    return _found(rule, c, subj, pred, [right], start, end, swap=not forward, nominal=True)


def role(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """Role nouns: "Zenith, a subsidiary of Acme", "Acme, Zenith's parent company", "Zenith's
    parent Acme", "Nimbus maker Acme", "Acme's customers include Zenith", "Acme is a rival of
    Zenith", "the company behind Nimbus"."""
    word = c.w(end - 1) if rule.name != "behind" else "maker"
    pred, forward = ROLES[word]
    if rule.name != "behind" and c.w(end) == "-":
        return []  # "partner-led": not a role here
    pairs: list[tuple[Mention | Subject, Mention | Entity]] = []  # (role holder, the other)
    k = start - 1
    while k > c.first and c.filler(k) and start - k <= 4 and c.w(k) not in {"its", "their"}:
        k -= 1
    owner = c.end_at.get(k) if c.w(k) in POSSESSIVE else None
    listed = (
        object_right(c, end + (2 if c.w(end + 1) == "as" else 1), gap=2) if (c.w(end) in LIST_OPENERS) else []
    )
    if owner is not None:
        after = c.mention_after(end, limit=1)
        if listed:
            pairs += [(m, owner) for m in listed]  # "Acme's customers include Zenith and Nova"
        elif after is not None and c.w(end) not in ROLE_PREPS:
            pairs.append((after, owner))  # "Zenith's parent (,) Acme"
        elif (holder := _apposed_before(c, owner.start)) is not None:
            pairs.append((holder, owner))  # "Acme, Zenith's parent company"
    elif c.w(k) in {"its", "their"}:
        pronoun = _pronoun_owner(c, k)  # "Acme builds chips, and its partner Zenith ..."
        after = c.mention_after(end, limit=1)
        if pronoun is not None and after is not None and c.w(end) not in ROLE_PREPS:
            pairs.append((after, pronoun))
    elif c.w(end) in ROLE_PREPS or rule.name == "behind":
        others = object_right(c, end + (0 if rule.name == "behind" else 1), gap=8)
        if c.w(end) == "in" and word in {"rival", "challenger", "competitor", "contender"}:
            subject = clause_subject(c, start)  # "Acme faces a challenger in Zenith"
            if subject is not None:
                pairs += [(subject, o) for o in others]
        elif (holder := _apposed_before(c, start)) is not None:
            pairs += [(holder, o) for o in others]  # "Zenith, a subsidiary of Acme"
    else:
        other = c.end_at.get(start) or (c.end_at.get(start - 1) if c.w(start - 1) == "-" else None)
        named = c.mention_after(end, limit=0)
        if other is not None and named is not None and not other.possessive:
            pairs.append((named, other))  # "Nimbus maker Acme"
        elif other is not None:
            pairs += [(m, other) for m in listed]  # "Acme customers such as Zenith"
    out: list[Found] = []
    for who, whom in pairs:
        if isinstance(who, Subject):
            subj = who
        else:  # "Acme, Zenith and Nova are customers of ..."
            together = coordinated_left(c, who)
            subj = Subject(tuple(m.entity for m in together), together[0].start)
        target = whom.entity if isinstance(whom, Mention) else whom
        if pred == "develops" and not _productish(target):
            continue
        nominal = isinstance(who, Mention) and not _copular(c, who.end, start)
        out += _found(rule, c, subj, pred, [whom], start, end, swap=not forward, nominal=nominal)
    return out


def _pronoun_owner(c: Clause, k: int) -> Entity | None:
    """Whom "its" at ``k`` stands for: the clause's subject, else the sentence's first one."""
    found = clause_subject(c, k)
    if found is not None and not found.anaphoric and len(found.entities) == 1:
        return found.entities[0]
    earlier = _sentence_antecedent(c, k)
    return earlier.entity if earlier is not None else None


def _copular(c: Clause, lo: int, hi: int) -> bool:
    """Whether a verb links the two ("Acme is/became/could become a rival of"): then the
    clause's modality applies, unlike in an apposition ("Acme, a rival of ...")."""
    return any(
        c.w(k) in COPULA - {",", "a", "an", "the", "its", "their", "of", "one", "as"} for k in range(lo, hi)
    )


def _apposed_before(c: Clause, pos: int) -> Mention | None:
    """The mention a role phrase at ``pos`` describes: "Acme, (one of) the ...", "Acme is a"."""
    k = pos
    adjectives = 0
    while (
        k > c.first
        and c.w(k - 1) not in COPULA
        and adjectives < 4
        and (
            c.filler(k - 1) or (c.w(k) == "-" and not c.spaced(k - 1))  # "Paris-based"
        )
    ):
        k -= 1
        adjectives += 1
    if adjectives and c.w(k - 1) not in COPULA:
        return None  # "acquired a rival of": a verb, not a copula, before the role
    steps = 0
    while k > c.first and steps <= 8:
        if k in c.end_at:
            m = c.end_at[k]
            return None if m.possessive else m
        if c.w(k - 1) == "," and k - 1 not in c.end_at:
            opening = _aside_opening(c, k - 1)
            if opening is not None:  # "Acme, which makes chips, is a rival of"
                k = opening
                continue
        if c.w(k - 1) not in COPULA:
            return None
        k -= 1
        steps += 1
    return None


def _aside_opening(c: Clause, comma: int) -> int | None:
    """The opening comma of a relative aside closed by the comma at ``comma``."""
    for k in range(comma - 1, max(c.first, comma - 15), -1):
        if c.w(k) == ",":
            return k if c.w(k + 1) in {"which", "who", "whose"} else None
    return None


def product(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """Products named by their maker: "Acme's cloud platform, Nimbus", "Nimbus, Acme's chatbot",
    "Acme services like Nimbus and Nova"."""
    pairs: list[tuple[Mention, Mention]] = []  # (maker, product)
    k = start - 1
    while k > c.first and c.filler(k) and start - k <= 3 and c.w(k) not in POSSESSIVE:
        k -= 1
    maker = c.end_at.get(k) if c.w(k) in POSSESSIVE else c.end_at.get(start)
    if maker is None:
        return []
    word = c.w(start)
    if word in PRODUCT_PLURALS:
        opener = end + (1 if c.w(end) == "," else 0)
        if c.w(opener) in {"like", "such", "including"}:
            for m in object_right(c, opener + (2 if c.w(opener) == "such" else 1), gap=1):
                pairs.append((maker, m))
    elif maker.possessive:
        named = c.mention_after(end, limit=1)
        if named is not None:
            pairs.append((maker, named))
        else:
            apposed = _apposed_before(c, maker.start)
            if apposed is not None and c.w(maker.start - 1) == ",":
                pairs.append((maker, apposed))
    out: list[Found] = []
    for mk, prod in pairs:
        if _is_org(mk.entity) and _productish(prod.entity):
            subj = Subject((mk.entity,), mk.start)
            out += _found(rule, c, subj, "develops", [prod], start, end, nominal=True)
    return out


def violate(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme violated Zenith's terms of service", "in breach of Zenith's usage policy"."""
    subj = clause_subject(c, start)
    if subj is not None and not subj.anaphoric and not all(_is_org(e) for e in subj.entities):
        subj = clause_subject(c, subj.start)  # "... to train Nova, which would violate": who did
    targets: list[Mention] = []
    for k in range(end, min(end + 8, c.last)):
        if k in c.start_at:
            m = c.start_at[k]
            rest = {c.w(j) for j in range(m.end, min(m.end + 4, c.last))}
            if rest & {
                "terms",
                "policy",
                "policies",
                "rules",
                "license",
                "licence",
                "agreement",
                "conditions",
                "guidelines",
                "tos",
                "contract",
            }:
                targets = [m]
            break
        if c.w(k) in {"terms", "policy", "policies", "rules", "agreement"}:
            # "the terms of service of Acme", "the terms of Acme"
            targets = [
                c.start_at[j]
                for j in range(k + 2, min(k + 6, c.last))
                if j in c.start_at and c.w(j - 1) == "of"
            ][:1]
            break
    return _found(rule, c, subj, "violatesTermsOf", targets, start, end)


def revenue_share(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme accounts for 25% of Zenith's revenue" (Acme customerOf Zenith, with the share)."""
    owners = [
        m
        for m in c.mentions
        if m.start >= end
        and m.possessive
        and any(
            c.w(k) in {"revenue", "revenues", "sales", "income", "turnover", "business"}
            for k in range(m.end + 1, min(m.end + 4, c.last))
        )
    ]
    if not owners:
        return []
    subj = clause_subject(c, start)
    if subj is None or subj.anaphoric:
        return [
            Found(
                owners[0].entity,
                "revenueShare",
                owners[0].entity,
                rule.name,
                rule.strength,
                (start, owners[0].end),
                (start, end),
            )
        ]
    return _found(rule, c, subj, "customerOf", owners[:1], start, end, strength=0.8)


# ---------------------------------------------------------------- the rule table


def _rules() -> list[Rule]:
    R = Rule
    return [
        # investment
        R("invest", verb, ("invest|invests|invested|investing",), "investsIn", ("in", "into"), 8),
        R(
            "pour",
            verb,
            (
                "pour|pours|poured|pouring|pump|pumps|pumped|pumping|plow|plows|plowed|"
                "put|puts|putting|"
                "sink|sinks|sank|inject|injects|injected|injecting",
            ),
            "investsIn",
            ("into",),
            8,
            0.8,
        ),
        R(
            "back",
            verb,
            ("back|backs|backed|backing|fund|funds|funded|financed|finances|bankroll|bankrolls|bankrolled",),
            "investsIn",
            (),
            3,
        ),
        R("backed_by", passive, ("backed|funded|financed|bankrolled by",), "investsIn"),
        R("round_led", round_led, ("round|rounds|funding led by",), "investsIn"),
        R(
            "investment",
            noun,
            ("investment|investments|stake|stakes|holding|holdings in",),
            "investsIn",
            gap=3,
        ),
        R(
            "raise",
            raise_from,
            (
                "raise|raises|raised|raising|secure|secures|secured|securing|"
                "receive|receives|received|receiving|land|lands|landed|"
                "attract|attracts|attracted|draw|draws|drew",
            ),
            "investsIn",
        ),
        R(
            "investment_from",
            noun_from,
            ("investment|investments|funding|backing|financing|capital from",),
            "investsIn",
        ),
        # acquisition and ownership
        R(
            "acquire",
            acquire,
            (
                "acquire|acquires|acquired|acquiring",
                "take|takes|took|taking over",
                "snap|snaps|snapped|snapping up",
                "scoop|scoops|scooped up",
            ),
            "acquires",
        ),
        R(
            "buy",
            acquire,
            (
                "buy|buys|bought|buying",
                "purchase|purchases|purchased|purchasing",
                "procure|procures|procured|procuring",
                "source|sources|sourced",
                "order|orders|ordered",
            ),
            "acquires",
        ),
        R(
            "acquired_by",
            passive,
            ("acquired|bought|purchased by", "taken over by", "snapped|scooped up by"),
            "acquires",
        ),
        R("acquisition", noun, ("acquisition|acquisitions|purchase|takeover|buyout of",), "acquires", gap=3),
        R(
            "own",
            own,
            ("own|owns|owned|owning", "control|controls|controlled|controlling", "hold|holds|held|holding"),
            "parentOf",
        ),
        R("owned_by", passive, ("owned|controlled by",), "parentOf"),
        # supply and custom
        R("supply", supply, ("supply|supplies|supplied|supplying",), "supplierOf"),
        R(
            "sell",
            supply,
            (
                "provide|provides|provided|providing|sell|sells|sold|selling|"
                "deliver|delivers|delivered|delivering|ship|ships|shipped|shipping|"
                "offer|offers|offered|offering",
            ),
            "supplierOf",
        ),
        R(
            "manufacture",
            supply,
            (
                "manufacture|manufactures|manufactured|manufacturing|"
                "fabricate|fabricates|fabricated|produce|produces|produced|"
                "producing|make|makes|made|making|build|builds|built|"
                "building",
            ),
            "supplierOf",
            strength=0.9,
        ),
        R(
            "rent",
            supply,
            (
                "rent|rents|rented|renting|lease|leases|leased|leasing|license|"
                "licenses|licensed|licensing|licence|licences|licenced",
            ),
            "supplierOf",
        ),
        R("train_on", train_on, ("train|trains|trained|training",), "customerOf"),
        R("supplied_by", passive, ("supplied|provided by",), "supplierOf"),
        R(
            "pay",
            pay,
            (
                "pay|pays|paid|paying",
                "disburse|disburses|disbursed|disbursing",
                "spend|spends|spent|spending",
                "shell|shells|shelled|forks|forked out",
            ),
            "customerOf",
        ),
        R("payment_from", payment_from, ("payment|payments|fees|spending from",), "customerOf"),
        R("payment_to", noun, ("payment|payments|fees to",), "customerOf", gap=2),
        R("revenue_from", revenue_from, ("revenue|revenues|sales|income from",), "customerOf"),
        R(
            "share",
            revenue_share,
            (
                "account|accounts|accounted|accounting for",
                "represent|represents|represented|representing",
                "make|makes|made|making up",
                "comprise|comprises|comprised",
                "constitute|constitutes|constituted",
                "contribute|contributes|contributed",
            ),
            "customerOf",
        ),
        # use of technology and hosting
        R(
            "use",
            use,
            (
                "use|uses|used|using",
                "leverage|leverages|leveraged|leveraging",
                "rely|relies|relied|relying on",
                "depend|depends|depended|depending on",
                "deploy|deploys|deployed|deploying",
                "adopt|adopts|adopted|adopting",
                "integrate|integrates|integrated|integrating",
                "tap|taps|tapped|tapping",
                "employ|employs|employed|employing",
                "access|accesses|accessed",
                "harness|harnesses|harnessed|harnessing",
                "utilize|utilizes|utilized|utilizing|utilise|utilises|utilised|utilising",
                "build|builds|built|building on|upon",
                "draw|draws|drew on",
                "base|bases|based on|upon",
            ),
            "usesTechnologyOf",
        ),
        R("builds_on", builds_on, ("build|builds|built|building|base|bases|based",), "usesTechnologyOf"),
        R("counts_among", counts_among, (f"among its|their {ROLE_PLURALS}",), ""),
        R(
            "use_noun",
            use,
            ("use|usage of", "reliance|dependence|dependency|reliant|dependent on"),
            "usesTechnologyOf",
        ),
        R("powered_by", passive, ("powered|driven by",), "usesTechnologyOf", strength=0.8),
        R("used_by", passive, ("used|adopted|deployed|licensed by",), "usesTechnologyOf", strength=0.8),
        R(
            "runs_on",
            verb,
            ("run|runs|ran|running|hosted|deployed|served|operates|operate",),
            "hostedOn",
            ("on",),
            3,
            0.85,
        ),
        R("hosted_by", passive, ("hosted by",), "hostedOn", strength=0.8),
        R("hosts", verb, ("host|hosts|hosting",), "hostedOn", (), 2, 0.8),
        # partnership and competition
        R(
            "partner",
            verb,
            (
                "partner|partners|partnered|partnering",
                "team|teams|teamed|teaming up",
                "collaborate|collaborates|collaborated|collaborating",
                "join|joins|joined forces",
                "ally|allies|allied",
            ),
            "partnerOf",
            ("with",),
            4,
        ),
        R(
            "partnership",
            noun,
            (
                "partnership|partnerships|alliance|alliances|collaboration|"
                "tie-up|deal|deals|agreement|agreements|pact|contract|contracts|"
                "venture with",
            ),
            "partnerOf",
            gap=3,
        ),
        R("pair", between, ("partnership|alliance|collaboration|tie-up|deal|pact|venture",), "partnerOf"),
        R("rivalry", between, ("rivalry|competition|battle|feud|race",), "competesWith"),
        R(
            "compete",
            verb,
            (
                "compete|competes|competed|competing",
                "vie|vies|vied|vying",
                "battle|battles|battled|battling",
                "spar|spars|sparred",
            ),
            "competesWith",
            ("with", "against"),
            3,
        ),
        R(
            "rivals",
            verb,
            ("rival|rivals|rivaled|rivalled|rivaling|rivalling", "take|takes|took|taking on"),
            "competesWith",
            (),
            2,
            0.8,
        ),
        R("competition", noun, ("competition|rivalry with|against|from",), "competesWith", gap=2),
        # development
        R(
            "develop",
            verb,
            (
                "develop|develops|developed|developing",
                "build|builds|built|building",
                "create|creates|created|creating",
                "launch|launches|launched|launching",
                "release|releases|released|releasing",
                "unveil|unveils|unveiled|unveiling",
                "introduce|introduces|introduced|introducing",
                "design|designs|designed|designing",
                "train|trains|trained|training",
                "debut|debuts|debuted|debuting",
                "roll|rolls|rolled|rolling out",
                "make|makes|made|making",
                "produce|produces|produced|producing",
                "operate|operates|operated|operating",
            ),
            "develops",
            (),
            4,
            0.85,
            "Product",
        ),
        R(
            "developed_by",
            passive,
            (
                "developed|built|created|made|designed|trained|launched|"
                "released|introduced|unveiled|produced|operated|run by",
            ),
            "develops",
            object_type="Product",
        ),
        R(
            "compound",
            compound,
            (
                "- backed|funded|financed|owned|controlled|developed|built|made|"
                "created|designed|powered|hosted",
            ),
            "",
        ),
        R("role", role, ("|".join(ROLES),), ""),
        R("behind", role, (f"{BEHIND_NOUNS} behind",), "develops"),
        R("product", product, ("|".join(PRODUCT_NOUNS | PRODUCT_PLURALS),), "develops", strength=0.8),
        # terms of service
        R(
            "violate",
            violate,
            (
                "violate|violates|violated|violating|breach|breaches|breached|"
                "breaching|break|breaks|broke|breaking|infringe|infringes|"
                "infringed|infringing|flout|flouts|flouted|flouting|contravene|"
                "contravenes|contravened|contravening",
                "violation|breach of",
                "afoul of",
            ),
            "violatesTermsOf",
        ),
    ]


def raise_from(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith raised $50m from Acme", "Zenith secured funding from Acme and Nova"."""
    window = range(end, min(end + 8, c.last))
    money = any(c.w(k) in FUNDING_WORDS or _number(c.t.text[k]) for k in window)
    if not money or c.w(end) == "by":
        return []
    investors = object_right(c, end, ("from",), gap=8)
    return _found(rule, c, clause_subject(c, start), "investsIn", investors, start, end, swap=True)


def noun_from(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith's funding from Acme", "Zenith received an investment from Acme"."""
    investors = object_right(c, end, gap=2)
    return _found(rule, c, possessor(c, start), "investsIn", investors, start, end, swap=True)


def _phrases(phrase: str) -> list[str]:
    """``"partner|partners with"`` -> ``["partner with", "partners with"]``."""
    return [" ".join(words) for words in product_of(*(p.split("|") for p in phrase.split()))]


@cache
def rules() -> dict[str, Rule]:
    return {r.name: r for r in _rules()}


@cache
def trigger_matcher() -> PhraseMatcher:
    """One PhraseMatcher over every rule's trigger phrases (lower-cased), keyed by rule name.

    Phrases rather than token patterns: a token Matcher with word sets calls back into Python
    for every token and pattern, which made it most of the extraction time.
    """
    nlp = pipeline()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for rule in rules().values():
        texts = sorted({t for p in rule.phrases for t in _phrases(p)})
        matcher.add(rule.name, [nlp.make_doc(t) for t in texts])
    return matcher


@dataclass(frozen=True, slots=True)
class Trigger:
    rule: Rule
    start: int
    end: int


def find_triggers(sentences: Sequence[Sentence]) -> dict[int, list[Trigger]]:
    """The rule triggers of each sentence (by sentence index), matched once per block Doc."""
    matcher = trigger_matcher()
    table = rules()
    strings = pipeline().vocab.strings
    by_doc: dict[int, list[tuple[str, int, int]]] = {}
    out: dict[int, list[Trigger]] = {}
    for s in sentences:
        key = id(s.doc)
        if key not in by_doc:
            by_doc[key] = [(strings[mid], a, b) for mid, a, b in matcher(s.doc)]
        found = [Trigger(table[name], a, b) for name, a, b in by_doc[key] if s.first <= a and b <= s.last]
        if found:
            out[s.index] = found
    return out


def argument_slots(
    sentences: Sequence[Sentence], triggers: dict[int, list[Trigger]]
) -> dict[int, dict[int, str]]:
    """Token positions where a trigger expects a name, with the type such a name would have."""
    by_index = {s.index: s for s in sentences}
    out: dict[int, dict[int, str]] = {}
    for index, found in triggers.items():
        s = by_index[index]
        lower = s.tokens.lower
        slots: dict[int, str] = {}
        for t in found:
            if t.rule.handler not in (
                verb,
                acquire,
                passive,
                own,
                supply,
                pay,
                use,
                raise_from,
                violate,
                round_led,
                counts_among,
                builds_on,
            ):
                continue
            i = t.start - 1
            while i >= s.first and (lower[i] in AUX or lower[i].endswith("ly")):
                i -= 1
            if i >= s.first and t.rule.handler is not passive:
                slots[i] = "Company"
            j = t.end
            while j < s.last and lower[j] in DETERMINERS | set(t.rule.preps) | {"by", "own"}:
                j += 1
            if j < s.last:
                slots[j] = t.rule.object_type if t.rule.handler is not passive else "Company"
            for k in range(t.end, min(t.end + 6, s.last - 1)):  # "licenses software from X"
                if lower[k] in {"from", "to", "with", "into", "on"}:
                    slots.setdefault(k + 1 + (lower[k + 1] in DETERMINERS), "Company")
                    break
                if lower[k] in BOUNDARY or lower[k] in CLAUSE_WORDS:
                    break
        if slots:
            out[index] = slots
    return out


def read_relations(
    sentence: Sentence,
    mentions: Sequence[Mention],
    triggers: Sequence[Trigger],
    topic: Sequence[Entity] = (),
) -> Reading:
    """Every relation ``sentence`` states between its mentions (and the previous topic)."""
    if not triggers and not _adjacent_possessive(sentence, mentions):
        return Reading(topic=_quick_topic(sentence, mentions, topic))  # nothing to read
    c = Clause(sentence, mentions, topic)
    reading = Reading()
    for t in triggers:
        if any(i in c.cover for i in range(t.start, t.end)):
            continue  # a trigger word inside a name ("Meta Platforms") is part of the name
        for f in t.rule.handler(t.rule, c, t.start, t.end):
            if f.predicate == "revenueShare":
                reading.shares.append(RevenueShare(f.object, sentence.index))
            else:
                reading.found.append(f)
    reading.found += _possessive_products(c)
    reading.topic = _topic(c, reading.found)
    return reading


def _adjacent_possessive(sentence: Sentence, mentions: Sequence[Mention]) -> bool:
    """Whether a name directly follows a possessive name ("Acme's Nimbus")."""
    starts = {m.start for m in mentions}
    return any(m.possessive and m.end + 1 in starts for m in mentions)


def _quick_topic(sentence: Sentence, mentions: Sequence[Mention], topic: Sequence[Entity]) -> list[Entity]:
    """``_topic`` for a sentence without relations, read straight off its tokens."""
    lower = sentence.tokens.lower
    for m in mentions:
        k = m.start - 1
        while k >= sentence.first and lower[k] in DETERMINERS:
            k -= 1
        after_preposition = k >= sentence.first and lower[k] in PREPOSITIONS
        spoke = m.end < sentence.last and lower[m.end] in SPEECH
        if not after_preposition and not spoke:
            return [m.entity]
    return list(topic) if not mentions else []


def _possessive_products(c: Clause) -> list[Found]:
    """ "Acme's Nimbus": an organisation's product, named right after it."""
    out = []
    for m in c.mentions:
        nxt = c.start_at.get(m.end + 1)
        if not (m.possessive and nxt is not None and _is_org(m.entity)):
            continue
        if _is_product(nxt.entity):
            out.append(
                Found(
                    m.entity,
                    "develops",
                    nxt.entity,
                    "possessive",
                    0.85,
                    (m.start, nxt.end),
                    (m.end, m.end + 1),
                    nominal=True,
                )
            )
        elif (
            nxt.entity.type in ORG_TYPES - {"NewsOutlet"}
            and not nxt.possessive
            and (c.w(nxt.end) not in RELATION_NOUNS)
        ):  # "Alphabet's Google": ownership, unless "Acme's Zenith deal"
            out.append(
                Found(
                    m.entity,
                    "parentOf",
                    nxt.entity,
                    "possessive",
                    0.75,
                    (m.start, nxt.end),
                    (m.end, m.end + 1),
                    nominal=True,
                )
            )
    return out


def _topic(c: Clause, found: list[Found]) -> list[Entity]:
    """What the next sentence's "it" or "the company" most likely refers to."""
    for m in c.mentions:  # the sentence's first subject-like name: "Acme, meanwhile, ..."
        if not _after_preposition(c, m) and c.w(m.end) not in SPEECH:
            return [m.entity]
    clausal = [f for f in found if not f.nominal]
    if clausal:
        return [clausal[-1].subject]
    return list(c.topic) if not c.mentions else []
