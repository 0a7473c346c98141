"""Investment rules: "Zenith raised $50m from Acme", "a round led by Acme", "funding from Acme"."""

from __future__ import annotations

from itertools import pairwise

from aikg.extract.mentions import Mention
from aikg.extract.name_cues import CURRENCY_CODES, NATIONALITIES
from aikg.extract.name_kinds import ORG_NOUNS, ORG_TYPES
from aikg.extract.name_words import POSSESSIVE_MARKS
from aikg.extract.rules.base import Found, Rule, findings, is_org
from aikg.extract.rules.nouns import BACKER_NOUNS, FUNDING_WORDS
from aikg.extract.rules.sentence_view import (
    Clause,
    Subject,
    agent_after,
    coordinated_left,
    hyphened_reach,
    object_right,
)
from aikg.extract.rules.shared import and_again, company_meant
from aikg.extract.rules.subjects import clause_subject, possessor, sentence_antecedent
from aikg.extract.rules.words import ANAPHOR_NOUNS, BESIDE, HOLDING_NOUNS, MONEY_WORDS
from aikg.extract.sentences import Sentence
from aikg.extract.versions import is_number
from aikg.ontology.dates import MONTHS
from aikg.ontology.models import Entity


def round_led(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith raised $50m in a round led by Acme": Acme invests in Zenith; after "Zenith raised
    $50m", "The round was led by Acme" too; "Orbit joined Zenith's round, which was led by Acme":
    the round's owner raised it, whoever joined."""
    ours = _our_round(c, start)
    if ours is not None:  # "in our $62 million Series B, a round that was led by Sundial": the speaker's
        speaker = Subject((c.topic[0],), ours) if ours in c.first_person and len(c.topic) == 1 else None
        return findings(rule, c, speaker, "investsIn", agent_after(c, end), start, end, swap=True)
    if (mark := _round_possessive(c, start)) is not None:  # "into Carrow's Series A, a round led by"
        owner = c.end_at.get(mark)
        if owner is None:  # "into the startup's Series A, a round led by": not the clause subject's round
            the = mark - (4 if c.w(mark - 1) == "up" else 2)
            meant = company_meant(c, the, (), 0, clause_subject(c, the))  # but the company meant
            raiser = Subject(tuple(m.entity if isinstance(m, Mention) else m for m in meant), the, True)
            return findings(
                rule, c, raiser if meant else None, "investsIn", agent_after(c, end), start, end, swap=True
            )
        if not is_org(owner.entity):
            return []
        raiser = Subject((owner.entity,), owner.start)
        return findings(rule, c, raiser, "investsIn", agent_after(c, end), start, end, swap=True)
    if _joined_round(c, start):
        # "became one of its shareholders, joining a $12 million Series A led by Foundry Row": the
        # joiner's own round it is not ("took a stake in Parity Ledger, joining ...": Parity's)
        raised = possessor(c, start, marked=True) or _invested_in_before(c, start)
        return findings(rule, c, raised, "investsIn", agent_after(c, end), start, end, swap=True)
    if (unnamed := _unnamed_owners_round(c, start)) is not None:
        # "Oracle took part in the company's Series C, led by Lightspeed": the company is not Oracle
        meant = company_meant(c, unnamed, (), 0, clause_subject(c, unnamed))
        raiser = Subject(
            tuple(m.entity if isinstance(m, Mention) else m for m in meant), unnamed, anaphoric=True
        )
        return findings(
            rule, c, raiser if meant else None, "investsIn", agent_after(c, end), start, end, swap=True
        )
    subj = (
        _stake_in_the_company(c, start)
        or possessor(c, start, marked=True)
        or _invested_in_before(c, start)
        or clause_subject(c, start)
        or topic_round(c, start + 1)
        or raiser_before(c, start)
    )
    leaders = agent_after(c, end)
    return findings(rule, c, subj, "investsIn", leaders + _also_included(c, leaders), start, end, swap=True)


def _also_included(c: Clause, leaders: list[Mention]) -> list[Mention]:
    """Investors named after a round's leaders: a relative clause lists them ("a round led by
    Index Ventures that also included the French state investment bank Bpifrance"), or "alongside"
    sets them beside the leaders ("led by M12, Microsoft's venture fund, alongside the UK
    government's National Security Strategic Investment Fund")."""
    if not leaders:
        return []
    k = leaders[-1].end
    if c.w(k) == "," and c.w(k + 1) not in BESIDE_WORDS:  # past an apposition: ", Microsoft's venture fund,"
        k = next((j for j in range(k + 1, min(k + APPOSED_LEADER_REACH, c.last)) if c.w(j) == ","), k)
    k += c.w(k) == ","
    beside = next((len(p) for p in BESIDE if tuple(c.w(j) for j in range(k, k + len(p))) == p), 0)
    if beside:
        return [m for m in object_right(c, k + beside, gap=5) if is_org(m.entity) and not m.possessive]
    if c.w(k) not in {"that", "which"}:
        return []
    k += 1 + (c.w(k + 1) == "also")
    if c.w(k) not in {"included", "includes", "include"}:
        return []
    return [m for m in object_right(c, k + 1, gap=6) if is_org(m.entity) and not m.possessive]


ROUND_NOUNS = frozenset({"round", "rounds", "funding", "financing", "raise", "tranche"})
BESIDE_WORDS = frozenset(p[0] for p in BESIDE)
APPOSED_LEADER_REACH = 8  # tokens of an apposition after a round's leader: ", Microsoft's venture fund,"
SPEAKERS_ROUND_REACH = 14  # tokens back from "led by" to "our $62 million Series B, a round that was"


def _our_round(c: Clause, start: int) -> int | None:
    """Where "our" owns the round "led by" at ``start`` names: "It took a stake in our $62
    million Series B last autumn, a round that was led by Sundial Ventures" (the speaker raised
    it, not the stake's taker, the clause's subject)."""
    for k in range(start - 1, max(c.first, start - SPEAKERS_ROUND_REACH) - 1, -1):
        ours = c.t.lower[k] == "our" or (k in c.first_person and c.w(k) == "its")
        rest = [c.w(j) for j in range(k + 1, min(k + 6, start + 1))]  # ("round" may open the trigger)
        if ours and ("series" in rest or not ROUND_NOUNS.isdisjoint(rest)):
            return k
    return None


JOINING = frozenset({"joining", "joined", "joins", "join"})
JOINED_ROUND_REACH = 7  # words from "joining" to the round's noun ("joining a $12 million Series A")


def _joined_round(c: Clause, start: int) -> bool:
    """Whether the round "led by" at ``start`` is the object of "joining" ("joining a $12 million
    Series A led by ..."): its subject joined someone else's round."""
    k = start if c.w(start) in ROUND_NOUNS or c.w(start - 1) == "series" else start - 1
    return any(
        c.w(j) in JOINING and c.w(j + 1) in {"a", "an", "the"}
        for j in range(max(c.first, k - JOINED_ROUND_REACH), k)
    )


def _round_possessive(c: Clause, start: int) -> int | None:
    """Where the possessive mark stands whose round an apposition "a round (that was) led by" at
    ``start`` describes: "put $20 million into Carrow's $85 million Series A, a round led by
    Flagship" (Carrow's, not the clause subject's, who only joined it), "the startup's Series A"."""
    k = start if c.w(start) in ROUND_NOUNS else start - 1  # (the trigger opens on the round's noun)
    while k > c.first and c.w(k) in {"that", "which", "was", "were", "is"}:
        k -= 1
    if c.w(k) not in ROUND_NOUNS or c.w(k - 1) not in {"a", "an"} or c.w(k - 2) != ",":
        return None
    for j in range(k - 3, max(c.first, k - SPEAKERS_ROUND_REACH) - 1, -1):
        start_up = [c.w(j - 3), c.w(j - 2), c.w(j - 1)] == ["start", "-", "up"]  # "the start-up's"
        named = c.end_at.get(j) is not None or c.w(j - 1) in ORG_NOUNS or start_up
        if c.w(j) in POSSESSIVE_MARKS and named:
            rest = {c.w(x) for x in range(j + 1, k - 2)}
            return j if "series" in rest or not ROUND_NOUNS.isdisjoint(rest) else None
    return None


def _names_round(c: Clause, k: int) -> bool:
    """Whether the word at ``k`` names a round: "round", "funding", the letter of "Series B"."""
    return c.w(k) in ROUND_NOUNS or (c.w(k - 1) == "series" and len(c.w(k)) == 1)


# words of a size or time after a round, before ", led by" ("the following year", "of 60
# million euros on Tuesday")
ROUND_TIME_REACH = 8


def raiser_led(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "the seed round of Zenith, led by Acme", "a $20m Series A for Zenith, led by Acme": the
    name the round is of, before ", led by", raises from the leader."""
    raiser = c.end_at.get(start)
    if raiser is None and _unnamed_owners_round(c, start) is not None:
        return []  # "the company's Series C, led by": whose round, ``round_led`` reads
    if raiser is None and any(_names_round(c, k) for k in range(start - ROUND_TIME_REACH, start)):
        # "Pagefold raised an $8 million seed round the following year, led by Northgate"
        return findings(
            rule, c, raiser_before(c, start), "investsIn", agent_after(c, end), start, end, swap=True
        )
    if raiser is None or raiser.possessive or c.w(raiser.start - 1) not in {"of", "for", "in"}:
        return []
    before = c.w(raiser.start - 2)
    series = len(before) == 1 and before.isalpha() and c.w(raiser.start - 3) == "series"
    if before not in ROUND_NOUNS and not series:
        return []
    subj = Subject((raiser.entity,), raiser.start)
    return findings(rule, c, subj, "investsIn", agent_after(c, end), start, end, swap=True)


INVESTING = frozenset({"invested", "invests", "invest", "investing", "investment", "investments"}) | {
    "stake",  # "took a minority stake in Pillwise last year in a $7 million seed round led by"
    "stakes",
}


def _invested_in_before(c: Clause, pos: int) -> Subject | None:
    """The company the clause says was invested in before a round "led by" at ``pos``
    ("Nvidia has invested in Zenith as part of a round led by Acme"): Zenith raised it."""
    for m in reversed(c.mentions):
        if m.end > pos:
            continue
        if c.w(m.start - 1) in {"in", "into"} and c.w(m.start - 2) in INVESTING:
            return Subject((m.entity,), m.start)
        break  # only the name nearest the round
    return None


STAKE_ROUND_REACH = 16  # tokens from "a stake in the startup" to "led by": "during its £22 million Series A"


def _stake_in_the_company(c: Clause, pos: int) -> Subject | None:
    """The company "a stake in the startup during its Series A, a round led by" took a stake
    in: "its" round is that company's, not the stake-taker's."""
    for k in range(pos - 1, max(c.first, pos - STAKE_ROUND_REACH), -1):
        if k in c.cover:
            return None  # a name nearer the round: read as before
        if c.w(k) == "in" and c.w(k - 1) in INVESTING and c.w(k + 1) == "the":
            taker = clause_subject(c, k)
            meant = [m.entity if isinstance(m, Mention) else m for m in company_meant(c, k + 1, (), 0, taker)]
            return Subject(tuple(meant), k + 1, anaphoric=True) if len(meant) == 1 else None
    return None


def raiser_before(c: Clause, pos: int) -> Subject | None:
    """Who raised the money a round "led by" at ``pos`` brought, when the round stands in a
    phrase of its own after a raising verb ("it had received its first funding: a Series A of
    $18m led by Acme"): the subject of that verb, money words between it and ``pos``; past a
    verb with no subject of its own ("xAI raised $6bn in a round that closed in May, with
    backers including ...": xAI)."""
    for verb in range(pos - 1, c.first - 1, -1):
        if c.w(verb) not in RAISING_VERBS:
            continue
        money = any(c.w(k) in FUNDING_WORDS or is_number(c.t.text[k]) for k in range(verb, pos))
        if money and (raiser := clause_subject(c, verb)) is not None:
            return raiser
    return None


def topic_round(c: Clause, k: int) -> Subject | None:
    """The raiser of "the round" whose noun ends at ``k``, named by the sentence before ("Zenith
    raised $50m. Acme led the round."): "the" opens the noun phrase, and no name sits inside it.
    So does "its" after the leader alone ("Zenith trains on Nimbus. Acme led its Series A."): an
    investor does not lead its own round."""
    j = k - 1
    openers = {"the", "this", "that", "a", "an", "its"}  # ("joined that round")
    while j > c.first and k - j <= 5 and c.w(j - 1) not in openers and j - 1 not in c.cover:
        j -= 1
    raiser = _last_raiser(c)
    if c.w(j - 1) not in openers or raiser is None:
        return None
    if (
        c.w(j - 1) == "the"
        and any(c.w(x) in POSSESSIVE_MARKS for x in range(j, k))
        and all(m.entity != raiser for m in c.mentions)
        and any(is_org(m.entity) for m in c.mentions if m.end < j)
    ):
        # "took a stake in Quillon, joining Straits Harbor, which led the start-up's Series A":
        # the topic when this sentence names it too or names no organisation before, else
        # the one start-up it names, if one
        meant = company_meant(c, j - 1, (), 0, clause_subject(c, j - 1))
        first = meant[0] if meant else None
        return Subject((first.entity if isinstance(first, Mention) else first,), j - 1) if first else None
    if c.w(j - 1) == "its" and _other_owner(c, j - 1):
        return None  # "Zenith's backers include Acme, which led its Series A": Zenith's round
    if c.w(j - 1) in {"a", "an"} and not any(_sized(c, x) for x in range(j, k)):
        return None  # "led a round": any round; "led a $12 million seed round": the topic's, just raised
    return Subject((raiser,), j - 1, anaphoric=True)


def _last_raiser(c: Clause) -> Entity | None:
    """Whose round "the round" is: the company the sentence before read an investment in
    ("Nvidia invested in Zenith. Acme also joined the round": Zenith's), else the topic when it
    is one organisation."""
    if c.raiser is not None and c.raiser.type in ORG_TYPES:
        return c.raiser
    return c.topic[0] if len(c.topic) == 1 and c.topic[0].type in ORG_TYPES else None


def _other_owner(c: Clause, its: int) -> bool:
    """Whether "its" at ``its`` may mean a name before it other than the round's leader: two
    names come before it, unless the first owns the second by an apposition ("Acme's venture
    arm, Acme Ventures, led its seed round")."""
    before = [m for m in c.mentions if m.end <= its]
    if len(before) < 2:
        return False
    owner, named = before[-2], before[-1]
    between = range(owner.end + 1, named.start - 1)
    apposed = (
        owner.possessive
        and c.w(named.start - 1) == ","
        and 0 < len(between) <= 3
        and all(c.t.text[x].isalpha() and c.t.text[x].islower() for x in between)
    )
    return not (len(before) == 2 and apposed)


def _sized(c: Clause, k: int) -> bool:
    """Whether token ``k`` sizes or stages a round: an amount, or "seed" ("a $12 million seed round")."""
    return c.w(k).startswith("$") or is_number(c.t.text[k]) or c.w(k) in {"seed", "pre-seed", "series"}


def raise_from(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith raised $50m from Acme", "Zenith secured funding from Acme and Nova"."""
    window = range(end, min(end + 8, c.last))
    money = any(c.w(k) in FUNDING_WORDS or is_number(c.t.text[k]) for k in window)
    # "Tallis raised from SoftBank": raising, said of money, needs no amount before a name
    money = money or (c.w(start).startswith("rais") and c.w(end) == "from" and end + 1 in c.start_at)
    if not money or c.w(end) == "by":
        return []
    if any(c.w(k) in SALE_NOUNS for k in window if k < _first(c, window, "from")):
        return []  # "received a $300m order from Acme": a sale, not an investment
    investors = object_right(c, end, ("from",), gap=8) or _most_of_it_from(c, end)
    if investors:  # "from Lowfield Partners, a Chicago venture firm, and from the radio group Cumulus"
        investors += and_again(c, investors[-1].end, "from")
    return findings(rule, c, clause_subject(c, start), "investsIn", investors, start, end, swap=True)


def _most_of_it_from(c: Clause, end: int) -> list[Mention]:
    """The backers a share of the money is credited to after a comma: "raised $48 million so
    far, most of it from Acme and from Orbit"."""
    for k in range(end, min(end + 12, c.last - 3)):
        if c.w(k) == "," and c.w(k + 2) == "of" and c.w(k + 3) in {"it", "which", "that"}:
            return object_right(c, k + 4, ("from",), gap=0)
        if c.w(k) in {";", "but", "while"}:
            break
    return []


SALE_NOUNS = frozenset(
    {"order", "orders", "contract", "contracts", "payment", "payments", "revenue", "sales"}
    # "received a request for 600 megawatts of service from Google": no money given
    | {"request", "requests", "inquiry", "inquiries", "letter", "notice", "complaint", "proposal"}
)


def _first(c: Clause, window: range, word: str) -> int:
    """The position of the first ``word`` in ``window``, or its end."""
    return next((k for k in window if c.w(k) == word), window.stop)


def noun_from(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith's funding from Acme", "Zenith received an investment from Acme" (and, with the
    rule's predicate, "Zenith rejected a takeover offer from Acme")."""
    if c.w(start) == "money" and TAKING_MONEY.isdisjoint(c.w(k) for k in range(start - 3, start)):
        return []  # "made money from Zenith": earned from a customer, no stake
    investors = object_right(c, end, gap=2)
    return findings(rule, c, possessor(c, start), rule.predicate, investors, start, end, swap=True)


# Verbs before "money from" that take an investment: "has taken money from both Amazon and Google".
TAKING_MONEY = frozenset(
    {"take", "takes", "took", "taken", "taking", "accepted", "accepts", "raised", "received"}
)


def money_came_from(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith's funding came from Acme and Orbit"; after "Zenith raised $50m", "The money came
    from Acme"."""
    investors = object_right(c, end, gap=2)
    owner = possessor(c, start) if c.w(start - 1) not in {"the", "this"} else topic_round(c, start + 1)
    return findings(rule, c, owner, "investsIn", investors, start, end, swap=True)


def round_included(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith's round included Acme", after "Zenith raised $50m", "The round also included
    contributions from Acme and Orbit", "Zenith raised $50m in a round that included Acme":
    each invests in the one raising."""
    investors = object_right(c, end, ("from",), gap=3) or object_right(c, end, gap=3)
    if c.w(start + 1) in {"that", "which"}:  # "raised $55m in a round that included Acme": the raiser's
        owner = raiser_before(c, start) or _invested_in_before(c, start)
        return findings(rule, c, owner, "investsIn", investors, start, end, swap=True)
    owner = possessor(c, start) if c.w(start - 1) not in {"the", "this"} else topic_round(c, start + 1)
    return findings(rule, c, owner, "investsIn", investors, start, end, swap=True)


def commit_money(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme has committed $13bn to Zenith", "the $2bn Acme pledged to Zenith": money, not a
    promise ("Acme is committed to Zenith's platform" says nothing about funding)."""
    if c.w(end) == "by":
        return []
    to = next((k for k in range(end, min(end + 8, c.last)) if c.w(k) == "to"), None)
    subj = clause_subject(c, start)
    if to is None or subj is None:
        return []
    before = range(max(c.first, subj.start - 4), subj.start)
    money = any(c.w(k) in FUNDING_WORDS or is_number(c.t.text[k]) for k in (*range(end, to), *before))
    if not money:
        return []
    targets = [m for m in object_right(c, to, ("to",), gap=1) if not m.possessive]
    return findings(rule, c, subj, "investsIn", targets, start, end)


def idiom(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """Funding said with an idiom: "Acme wrote the first check into Zenith", "Acme doubled down
    on Zenith with a $50m follow-on". Doubling down is funding only when money follows ("doubled
    down on its partnership with Zenith" is not)."""
    objs = [m for m in object_right(c, end, rule.preps, gap=1) if not m.possessive]
    if not objs:
        return []
    if rule.name == "double_down":
        after = range(objs[-1].end, min(objs[-1].end + 8, c.last))
        if c.w(objs[-1].end) != "with" or not any(
            c.w(k) in FUNDING_WORDS or c.w(k) == "follow" or is_number(c.t.text[k]) for k in after
        ):
            return []
    return findings(rule, c, clause_subject(c, start), "investsIn", objs, start, end)


WRITING = frozenset({"write", "writes", "wrote", "written", "writing"})
CHECK_WORDS = MONEY_WORDS | frozenset(
    {"a", "an", "the", "its", "their", "-", "first", "big", "initial", "lead", "biggest", "largest"}
    | {"seed", "follow", "on", "sizeable", "large", "small"}
)


def written_check(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme wrote a $10 million check to Zenith" (an amount between the article and the noun,
    which the first_check phrases do not list)."""
    wrote = next((k for k in range(start - 1, max(c.first, start - 7) - 1, -1) if c.w(k) in WRITING), None)
    if wrote is None or wrote == start - 2:  # "wrote a check": the first_check rule reads that
        return []
    if not all(c.w(k) in CHECK_WORDS or is_number(c.t.text[k]) for k in range(wrote + 1, start)):
        return []  # "wrote a blog post and sent a check": another verb's check
    objs = [m for m in object_right(c, end, ("into", "in", "to", "for"), gap=1) if not m.possessive]
    return findings(rule, c, clause_subject(c, wrote), "investsIn", objs, wrote, end)


ROUND_WORDS = frozenset({"round", "rounds", "raise", "tranche"})


# Nouns for who holds a part of a company: "a shareholder in Nightvault".
STAKEHOLDER_NOUNS = frozenset({"shareholder", "investor", "backer", "owner"})


def _backed_before(c: Clause, subj: Subject, its: int) -> Mention | None:
    """The company the leader's clause names before "its" round, when it holds a stake there:
    "AMD Ventures is already a shareholder in Nightvault, having joined its Series B"."""
    m = next((m for m in reversed(c.mentions) if subj.start < m.start and m.end <= its), None)
    if m is None or m.possessive or m.entity in subj.entities or c.w(m.start - 1) != "in":
        return None
    return m if c.w(m.start - 2) in HOLDING_NOUNS | STAKEHOLDER_NOUNS else None


def join_round(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme took part in a $50m funding round for Zenith", "Acme joined Zenith's round",
    "Acme and Orbit co-led Zenith's $100m round", "Acme led Zenith's Series B"."""
    if rule.name == "lead_round" and c.w(end) == "by" and _round_before(c, start):
        return round_led(rule, c, start, end + 1)  # "a Series A of $18 million led by Acme"
    if c.w(end) == "by" or (rule.name == "lead_round" and c.w(start - 1) == "-"):
        return []  # "a round led by": round_led reads it; "co-led": read from "co"
    words = ROUND_WORDS | {"series"}  # "led Zenith's Series B", "joined a Series B for Zenith"
    k = _round_noun_after(c, end, words)
    if k is not None and c.w(start) in INVESTING:
        return []  # "invested in our 2019 round": the investment rules read a round invested in
    if k is None and (raised := _round_in_which(c, start)) is not None:
        joiners, raising = raised  # "xAI raised $6 billion in a round in which Nvidia took part"
        return findings(rule, c, joiners, "investsIn", list(raising.entities), start, end)
    if k is None:
        joined = c.w(start) in BARE_JOINS and (c.funded or _led_before(c, start))
        raiser = bare_lead(c, start, end) if rule.name == "lead_round" or joined else None
        if raiser is None:
            return []
        return findings(rule, c, _joiner(c, start), "investsIn", list(raiser.entities), start, end)
    raisers: list[Mention | Entity] = list(object_right(c, k + 1, ("for", "in", "by", "of"), gap=1))
    if not raisers:  # "joined Zenith's latest round"
        raisers = [m for m in c.mentions if end <= m.start < k and m.possessive]
    after = k + 1 + (c.w(k) == "series")  # past "Series A"
    # "led a Series B (funding) round in X"
    noun = after + (c.w(after) in {"funding", "financing", "investment", "equity"})
    if not raisers and c.w(k) == "series" and c.w(noun) in ROUND_WORDS:
        raisers = list(object_right(c, noun + 1, ("for", "in", "of"), gap=0))
        after = noun + 1
    if not raisers and c.w(after) in {"in", "for", "of"} and c.w(after + 1) in {"the", "it", "its"}:
        # "led a Series A in the start-up"
        raisers = company_meant(c, after, ("in", "for", "of"), 0, clause_subject(c, start))
    dated = c.w(after) == "in" and (c.w(after + 1) in MONTHS or is_number(c.w(after + 1)))
    open_round = dated or c.w(after) not in {"in", "for", "by", "of", "at"}
    if not raisers and open_round and (topic := topic_round(c, k + 1)):
        raisers = list(topic.entities)  # "Zenith raised $50m. Acme led the round." (not "the round in X")
    if not raisers and open_round and c.w(k - 1) == "the" and (earlier := raiser_before(c, start)):
        raisers = list(earlier.entities)  # "Zenith closed a $40m Series B; Acme also took part in the round"
    subj = clause_subject(c, start)
    if not raisers and subj is not None and (its := _its_before(c, end, k)) is not None:
        # "Zephyrine runs Driftline on Azure, and M12, Microsoft's venture fund, led its Series A":
        # a leader's "its" round is the sentence's earlier company's
        named_first = _backed_before(c, subj, its) or sentence_antecedent(c, its)
        if named_first is not None and is_org(named_first.entity) and named_first.entity not in subj.entities:
            raisers = [named_first]
    out = findings(rule, c, subj, "investsIn", raisers, start, end)
    if subj is not None and c.w(start) == "co" and raisers:  # "Acme co-led Zenith's round with Orbit"
        with_at = next((j for j in range(k + 1, min(k + 4, c.last)) if c.w(j) == "with"), None)
        partners = [m for m in object_right(c, with_at + 1, gap=1) if is_org(m.entity)] if with_at else []
        for m in partners:
            out += findings(rule, c, Subject((m.entity,), m.start), "investsIn", raisers, start, end)
    return out


def _its_before(c: Clause, end: int, k: int) -> int | None:
    """Where "its" opens the round noun phrase from ``end`` to the round word at ``k``, or None."""
    return next((j for j in range(end, k) if c.w(j) == "its"), None)


def _round_in_which(c: Clause, start: int) -> tuple[Subject, Subject] | None:
    """Who joined and who raised, when a relative clause "in which X took part" follows the
    money a raising verb brought ("Zenith raised $6 billion in a round in which Acme took part",
    "..., and a further $6 billion, in which Acme also took part")."""
    joiners = clause_subject(c, start)
    if joiners is None or c.w(joiners.start - 1) != "which":
        apposed = _apposed_before_comma(c, _verb_start(c, start))  # "in which GV, Alphabet's arm, took part"
        joiners = Subject((apposed.entity,), apposed.start) if apposed is not None else joiners
    if joiners is None or joiners.anaphoric or c.w(joiners.start - 1) != "which":
        return None
    if c.w(joiners.start - 2) not in {"in", "to"}:
        return None
    # "Zenith raised $40m in a round in which", or "Acme led Zenith's Series B, a round in which"
    k = joiners.start - 2
    raiser = raiser_before(c, k)
    if raiser is None and c.w(k - 1) in ROUND_WORDS and c.w(k - 2) == "a" and c.w(k - 3) == ",":
        raiser = _round_owner(c, k - 3)  # "TrialPath's Series B, a round in which": TrialPath's
    return (joiners, raiser) if raiser is not None else None


# Verbs of joining a round that need no object after a raise or a lead: "Orbit joined",
# "Orbit participated".
BARE_JOINS = frozenset({"join", "joins", "joined", "participate", "participates", "participated"})
BARE_JOINS |= {"took", "take", "takes"}  # "took part" (the trigger holds "part")
BARE_JOINS |= {"invest", "invests", "invested"}  # "..., and Orbit also invested."
# What may follow a lead verb with no object, ending its clause: "Acme led, with Orbit
# participating", "Acme led; Orbit came back for more", "Acme led."
BARE_LEAD_ENDS = frozenset({",", ";", ".", ":", "", "with", "alongside"})


def _verb_start(c: Clause, start: int) -> int:
    """Where the verb group of a join verb at ``start`` opens: before an "also" or "too"."""
    return start - (c.w(start - 1) in {"also", "too"})


def _joiner(c: Clause, start: int) -> Subject | None:
    """Who joins or leads at ``start``: the clause's subject, or the name opening the sentence
    when an apposition naming others ends right before the verb ("Ironbark, an early backer of
    Mistral AI, also took part": Ironbark)."""
    verb = _verb_start(c, start)
    first = c.start_at.get(c.first)
    if c.w(verb - 1) == "," and first is not None and not first.possessive and c.w(first.end) == ",":
        return Subject((first.entity,), first.start)
    return clause_subject(c, start)


def bare_lead(c: Clause, start: int, end: int) -> Subject | None:
    """The raiser of the round that named investors "led" or "joined" with no object: the
    company the sentence before was about, when it was one organisation ("Zenith raised $40m in
    a Series B. Acme led, with Orbit participating."; "Acme led the round; Orbit joined", "The
    round was led by Acme. Orbit joined."). Not a market report's "Acme led, rising 5%"."""
    leaders = _joiner(c, start)
    verb = _verb_start(c, start)  # ", the venture arm of Nvidia, also took part"
    if leaders is None or leaders.anaphoric or (verb not in c.end_at and c.w(verb - 1) != ","):
        return None  # (", Nvidia's venture arm, joined": past an apposition)
    if c.w(end) == "it" and c.funded and c.w(start) in {"led", "co"}:
        end += 1  # "Zenith raised $90m in a bridge round. Acme led it, and ...": the round
    if c.w(end) == "as" and c.w(start) in BARE_JOINS:
        noun = end + 1 + (c.w(end + 1) in {"new", "additional", "fresh", "strategic", "minority"})
        end = noun + 1 if c.w(noun) in BACKER_NOUNS else end  # "Acme joined as a new investor"
    if c.w(end) not in BARE_LEAD_ENDS or (c.w(end + 1).endswith("ing") and c.w(end + 1) != "along"):
        return None  # "Acme led, rising 5%" (but "Acme joined, along with Orbit")
    named = _round_named_before(c, leaders.start)  # "X led a round in Zenith; Orbit also took part"
    raiser = named.entity if named is not None else _last_raiser(c)
    if raiser is None or raiser in leaders.entities:
        return None
    return Subject((raiser,), start, anaphoric=named is None)


def _round_named_before(c: Clause, pos: int) -> Mention | None:
    """The raiser an earlier clause of the sentence names after its round ("led a Series B
    round in Yomi Labs, ...;"), when a semicolon or ", and" closes that clause before ``pos``."""
    before = c.words[: pos - c.first]
    if ";" not in before and (",", "and") not in set(pairwise(before)):
        return None  # ("X led a round in Zenith, and Orbit invested alongside it": Zenith's)
    named = None
    for k in range(c.first, pos):
        m = c.start_at.get(k + 2)
        if c.w(k) in ROUND_WORDS and c.w(k + 1) in {"in", "for", "of"} and m is not None and is_org(m.entity):
            named = m
        m = c.start_at.get(k)
        if m is not None and m.possessive and is_org(m.entity) and _round_within(c, m.end + 1):
            named = m  # "led Cubby's $18 million Series A ...; Fifth Wall also took part"
    return named


POSSESSED_ROUND_REACH = 6  # words from a possessive to its round: "Cubby's $18 million Series A"


def _round_within(c: Clause, k: int) -> bool:
    """Whether a round's noun follows ``k`` closely, past its amount."""
    return any(c.w(j) in ROUND_WORDS or c.w(j) == "series" for j in range(k, k + POSSESSED_ROUND_REACH))


def _led_before(c: Clause, pos: int) -> bool:
    """Whether a lead verb stands before ``pos`` in the sentence: "Acme led the round; Orbit joined"."""
    return any(c.w(k) in {"led", "leads", "coled"} for k in range(c.first, pos))


def _bare_lead_before(c: Clause, pos: int) -> Subject | None:
    """The raiser a bare "Acme led" or "Acme co-led" before ``pos`` refers to ("Acme led, with
    Orbit participating")."""
    k = next((k for k in range(pos - 1, c.first - 1, -1) if c.w(k) in {"led", "coled"}), None)
    if k is None:
        return None
    start = k - 2 if c.w(k - 1) == "-" and c.w(k - 2) == "co" else k
    return bare_lead(c, start, k + 1)


def _round_before(c: Clause, pos: int) -> bool:
    """Whether a round ends with its amount right before "led" at ``pos`` ("a Series A of $18
    million led by", "a funding round worth $5m led by"); a round word right before "led" is
    ``round_led``'s own trigger."""
    k = pos - 1
    amount = False
    while k > c.first and pos - k <= 8 and k not in c.cover:
        word = c.w(k)
        if word in ROUND_WORDS or word in {"series", "funding", "financing"} or c.w(k - 1) == "series":
            return amount
        if word in ROUND_DATES:  # "a Series C round in (March) 2024 led by"
            amount = True  # (words between: round_led's own trigger, "round led", does not apply)
            k -= 1
            continue
        if not (is_number(c.t.text[k]) or word in MONEY_WORDS or word in {"of", "worth"}):
            return False
        amount = True
        k -= 1
    return False


# Words of a date between a round and "led by": "a Series C round in March 2024 led by".
ROUND_DATES = frozenset({"in", "last", "this", "year", "early", "late", *MONTHS})


def _after_with(c: Clause, pos: int) -> bool:
    """Whether "with" opens the phrase naming investors at ``pos``: "with Acme", "with existing
    investors Acme and Orbit"."""
    k = pos - 1
    if c.w(k) in POSSESSIVE_MARKS and (owner := c.end_at.get(k)) is not None:
        k = owner.start - 1  # "with Google's Gradient Ventures participating"
    reach = hyphened_reach(c, pos, 4)  # ("with the private-equity firm Pecos Ridge")
    while (
        k > c.first
        and pos - k <= reach
        and c.w(k) != "with"
        and (c.t.text[k].islower() or c.w(k) == "-" or c.w(k + 1) == "-" or c.w(k) in NATIONALITIES)
    ):
        k -= 1  # past "existing investors", "new backers", "the private-equity firm", "Essen-based"
        # ("the Dutch state investor Invest-NL")
    return c.w(k) == "with"


def _round_raiser(c: Clause, before: int) -> Subject | None:
    """The raiser of the first "the round" before ``before``, from the sentence before."""
    k = next((k for k in range(c.first, before) if c.w(k) in ROUND_WORDS | {"series"}), None)
    return topic_round(c, k + 1) if k is not None else None


# Verbs whose subject is the one raising money: "Zenith raised $50m, with participation from Acme".
RAISING_VERBS = frozenset(
    {
        "raised",
        "raises",
        "raise",
        "raising",
        "secured",
        "secures",
        "closed",
        "closes",
        "completed",
        "completes",
        "landed",
        "lands",
        "received",
        "receives",
        "attracted",
        "attracts",
        "took",  # "took money in a round led by ...": with a funding word after it
        "takes",
        # "came out of stealth with an $85 million seed round led by ...": a debut's money
        *("came", "comes", "emerged", "emerges", "launched", "launches", "debuted"),
        *("announced", "announces"),  # "announced an $18 million seed round led by": with a funding word
    }
)


def raised_money(sentence: Sentence) -> bool:
    """Whether ``sentence`` tells of money raised ("Zenith has raised $90 million in a bridge
    round"), so that a bare "Acme led it" or "Orbit joined" after it invests in the raiser even
    where no investor was named."""
    lower = sentence.tokens.lower
    opening = lower[sentence.first : sentence.first + 2]
    if opening[:1] == ["the"] and opening[1:] in (["round"], ["financing"], ["raise"]):
        return True  # "The round values Zenith at $4.2 billion."
    for k in range(sentence.first, sentence.last):
        if lower[k] in RAISING_VERBS and any(
            lower[j] in ROUND_NOUNS or lower[j] == "$" or is_number(sentence.tokens.text[j])
            for j in range(k + 1, min(k + 8, sentence.last))
        ):
            return True
    return False


OWNER_REACH = 12  # words from "round" back to "'s": "Kernel's NOK 80 million (about $7.5 million) Series"


def _round_owner(c: Clause, pos: int) -> Subject | None:
    """The company whose round a clause before ``pos`` names ("a $50m round in Zenith", "Zenith's
    round"), no other name between it and ``pos``."""
    for k in range(pos - 1, c.first, -1):
        series = len(c.w(k)) == 1 and c.w(k - 1) == "series"  # "Zenith's Series A was led by"
        if c.w(k) in {"round", "rounds", "financing", "funding"} or series:
            after = c.start_at.get(k + 2) if c.w(k + 1) in {"in", "for", "of"} else None
            j = k - 1
            while j > k - OWNER_REACH and _round_word(c, j) and c.w(j) not in POSSESSIVE_MARKS:
                j -= 1  # "Zenith's latest round", "Zenith's $300 million Series D financing"
            owner = after or (c.end_at.get(j) if c.w(j) in POSSESSIVE_MARKS else None)
            if owner is None:
                return None
            if any(m.start > owner.end and m.end <= pos and c.w(m.start - 1) != "by" for m in c.mentions):
                return None  # (the round's lead, "led by Orbit", may stand between)
            return Subject((owner.entity,), owner.start)
    return None


def _unnamed_owners_round(c: Clause, start: int) -> int | None:
    """Where "the company" stands whose round opens at ``start`` ("the company's $65 million
    Series C, led by"), or None."""
    k = start + (c.w(start + 1) in {"a", "b", "c", "d", "e", "f"} and c.w(start) == "series")
    j = k - 1
    while j > k - OWNER_REACH and _round_word(c, j) and c.w(j) not in POSSESSIVE_MARKS:
        j -= 1
    named = c.w(j - 2) == "the" and c.w(j - 1) in ANAPHOR_NOUNS
    return j - 2 if c.w(j) in POSSESSIVE_MARKS and named else None


def invested_alongside(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Tallis led a GBP 5 million seed round in Portalux, ..., and Cipher & Key invested
    alongside it": the joiner invests in the round's raiser the clause before names."""
    k = next((k for k in range(start - 1, c.first, -1) if c.w(k) in ROUND_NOUNS or _names_round(c, k)), None)
    if k is None:
        return []
    raiser = c.start_at.get(k + 2) if c.w(k + 1) in {"in", "for", "of"} else None
    if raiser is None or raiser.possessive or not is_org(raiser.entity):
        return []
    return findings(rule, c, clause_subject(c, start), "investsIn", [raiser], start, end)


ROUND_NOUN_REACH = 7  # words from the verb to the round's noun: "led Zenith's $300 million Series"


def _round_noun_after(c: Clause, end: int, words: frozenset[str]) -> int | None:
    """The first of ``words`` within reach after ``end``, a parenthesis not counted ("led Kernel's
    NOK 80 million (about $7.5 million) Series A"), or None."""
    left, depth = ROUND_NOUN_REACH, 0
    for k in range(end, c.last):
        depth += (c.w(k) == "(") - (c.w(k) == ")")
        if depth == 0 and c.w(k) in words:
            return k
        left -= depth == 0 and c.w(k) != ")"
        if left <= 0:
            return None
    return None


def _round_word(c: Clause, j: int) -> bool:
    """Whether token ``j`` may stand between an owner's "'s" and "round": "latest", "Series D",
    "$300 million"."""
    word = c.w(j)
    series = word == "series" or (len(word) == 1 and c.w(j - 1) == "series")
    # ("Kernel's NOK 80 million (about $7.5 million) Series A": a currency code, a parenthesis)
    money = word in MONEY_WORDS or word in CURRENCY_CODES or word in {"(", ")", "about", "roughly", "around"}
    return c.filler(j) or series or money or is_number(c.t.text[j])


UNNAMED_BACKERS_REACH = 6  # words of "and several angel investors" before the verb


def _named_before_unnamed_backers(c: Clause, start: int) -> Mention | None:
    """The last name before "and several angel investors" that ends a list of backers taking
    part: "with Y Combinator and several angel investors also taking part" (Y Combinator)."""
    if c.w(start - 1) not in BACKER_NOUNS:
        return None
    k = start - 2
    while k > start - UNNAMED_BACKERS_REACH and k not in c.cover and c.w(k) != "and":
        k -= 1
    return c.end_at.get(k) if c.w(k) == "and" else None


def participation(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """Investors who join a round someone else leads: "Zenith raised $50m in a round led by
    Orbit, with participation from Acme", "..., with Acme and Nova also participating"."""
    if c.w(end - 1) in {"from", "by", "of"}:
        investors = object_right(c, end, gap=4)  # "from the Dutch state-backed fund Invest-NL"
    else:  # "with Acme and Nova also participating"
        reflexive = c.w(start - 1) in {
            "itself",
            "themselves",
        }  # "with Fjordkapital and Havlys itself participating"
        named = (
            c.end_at.get(start - reflexive)
            or _apposed_before_comma(c, start)
            or _of_a_place_before(c, start)
            or _named_before_unnamed_backers(c, start)
        )
        investors = coordinated_left(c, named, objects=True) if named is not None else []
        if not investors:
            return []
        if not _after_with(c, investors[0].start):
            return _also_joined(rule, c, investors, start, end)
    verb = _raising_verb_before(c, start)
    if verb is None:
        # "led a round in Zenith, with Acme participating"; "The round was led by Orbit, with Acme ..."
        raiser = (
            _round_owner(c, investors[0].start if investors else start)
            or _round_raiser(c, start)
            or _bare_lead_before(c, start)
        )
    elif any(c.w(k) in FUNDING_WORDS | {"series"} or is_number(c.t.text[k]) for k in range(verb, start)):
        raiser = clause_subject(c, verb)
    else:
        return []
    if raiser is None:
        return []
    return findings(
        rule,
        c,
        Subject(raiser.entities, raiser.start, raiser.anaphoric),
        "investsIn",
        investors,
        start,
        end,
        swap=True,
    )


PARTICIPANT_APPOSITION = (
    12  # words between two commas: "the investment arm of the Swiss telecoms group Swisscom"
)


def _raising_verb_before(c: Clause, pos: int) -> int | None:
    """The nearest verb of raising money before ``pos`` ("Zenith raised $6m ..., with Acme
    participating"), or None."""
    return next((k for k in range(pos - 1, c.first - 1, -1) if c.w(k) in RAISING_VERBS), None)


def _also_joined(rule: Rule, c: Clause, investors: list[Mention], start: int, end: int) -> list[Found]:
    """ "...; Orbit (, a venture fund,) also took part", "Zenith raised $6m from Acme. Orbit also
    invested.": opening the sentence or following ";", the investors joined the round told
    before them: the raiser of this clause's verb, the company a round before is named for, or
    the one the sentence before read an investment in (not "also took part in the hackathon")."""
    if c.w(start) not in {"also", "both"} or not (
        investors[0].start == c.first or c.w(investors[0].start - 1) == ";"
    ):
        return []  # ("NVentures and Aurelian both participated")
    if c.w(end) == "in" and not any(c.w(k) in ROUND_WORDS for k in range(end + 1, end + 4)):
        return []
    verb = _raising_verb_before(c, start)
    if verb is not None:
        raiser = clause_subject(c, verb)
    elif (owner := _round_owner(c, investors[0].start)) is not None:
        raiser = owner
    elif c.raiser is not None and c.raiser.type in ORG_TYPES and investors[0].start == c.first:
        raiser = Subject((c.raiser,), investors[0].start)
    else:
        return []
    if raiser is None:
        return []
    return findings(rule, c, raiser, "investsIn", investors, start, end, swap=True)


def _apposed_before_comma(c: Clause, pos: int) -> Mention | None:
    """The name an apposition closed by the comma before ``pos`` describes: "with NVentures,
    Nvidia's venture capital arm, participating" (NVentures)."""
    if c.w(pos - 1) != ",":
        return None
    k = pos - 2
    while k > c.first and pos - k <= PARTICIPANT_APPOSITION and c.w(k) != ",":
        k -= 1
    return c.end_at.get(k) if c.w(k) == "," else None


def _of_a_place_before(c: Clause, pos: int) -> Mention | None:
    """The name a place after "of" qualifies before ``pos``: "with Ironbridge Ventures of
    Pittsburgh also taking part" (Ironbridge Ventures)."""
    k = pos - 1
    while k > pos - 3 and c.t.text[k][:1].isupper() and k not in c.cover:
        k -= 1
    return c.end_at.get(k) if k < pos - 1 and c.w(k) == "of" else None


# Verbs that found a company, after which "with a seed cheque from X" names its first backer.
FOUNDING = frozenset({"started", "founded", "launched", "formed", "set", "spun", "incorporated"})
SEED_REACH = 10  # words from the founding verb to "with"


def seeded_by(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "started Mosswell in 2021 with a seed cheque from Corvid Ventures", "Mosswell was founded
    with seed money from Corvid": the backer invests in the company founded."""
    funders = [m for m in object_right(c, end, gap=1) if is_org(m.entity) and not m.possessive]
    k = start - 1
    while k > c.first and start - k <= 4 and c.w(k) not in {"with", ","}:
        k -= 1
    if not funders or c.w(k) != "with":
        return []
    verb = next((j for j in range(k - 1, max(c.first, k - SEED_REACH) - 1, -1) if c.w(j) in FOUNDING), None)
    if verb is None:
        return []
    founded = object_right(c, verb + 1 + (c.w(verb + 1) == "up"), gap=1)
    company: Subject | None = None
    if founded:  # "started Mosswell in 2021"
        company = Subject((founded[0].entity,), founded[0].start)
    elif c.w(verb - 1) in {"was", "were", "been"}:  # "Mosswell was founded in 2021"
        company = clause_subject(c, verb)
    else:
        return []
    if company is None or not all(is_org(e) for e in company.entities):
        return []
    return [
        f
        for m in funders
        for f in findings(
            rule, c, Subject((m.entity,), m.start), "investsIn", list(company.entities), start, end
        )
    ]
