"""Partnership and competition between a named pair: "the partnership between Acme and
Zenith", "the Acme-Zenith alliance", "Acme and Zenith announced a partnership"; and the
partners a list names: "Organisations working with Acme include Zenith and Orbit".
"""

from __future__ import annotations

from aikg.extract.mentions import Mention
from aikg.extract.name_words import POSSESSIVE_MARKS
from aikg.extract.products import NUMBER_WORDS
from aikg.extract.rules.base import Found, Rule, findings, is_org
from aikg.extract.rules.sentence_view import (
    Clause,
    Subject,
    coordinated_left,
    coordinated_right,
    object_right,
)
from aikg.extract.rules.subjects import TWO_PARTIES, clause_subject, relative_object, the_two
from aikg.extract.rules.words import AUX
from aikg.ontology.models import Entity


def between(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "the partnership between Acme and Zenith", "the Acme-Zenith alliance"."""
    if c.w(start) == "venture" and (c.w(end) in VENTURE_CAPITAL or c.w(end) == "-"):
        return []  # "alongside venture firms including Sequoia", "the venture-capital arm": no joint venture
    pair: list[Mention] = []
    if c.w(end) == "between":
        pair = object_right(c, end + 1, gap=1)
    else:
        b = c.end_at.get(start)
        if b is None and c.w(start - 1) in POSSESSIVE_MARKS:
            b = c.end_at.get(start - 1)
        if b is not None and c.w(b.start - 1) in {"-", "–", "/", "and"} and b.start - 1 in c.end_at:
            pair = [c.end_at[b.start - 1], b]
    if len(pair) < 2 and (made := _made_by_the_parties(rule, c, start, end)):
        return made  # "a partnership that Acme and Zenith signed", "the venture Acme formed with Zenith"
    if len(pair) < 2:
        if c.w(end) in {"with", "against", "between", "of"} or owned_noun(c, start, end):
            return []
        together = clause_subject(c, start)  # "Acme and Zenith announced a partnership"
        if together is not None and len(together.entities) == 1 and not together.anaphoric:
            # "Zenith, with which Acme has had a technology partnership since 2023"
            partners = relative_object(c, together, preposed=frozenset({"with"}), bare=False)
            return findings(rule, c, together, rule.predicate, partners, start, end, nominal=True)
        the_pair = together is not None and the_two(c, together.start) is not None
        if together is None or len(together.entities) < 2 or (together.anaphoric and not the_pair):
            return []  # ("The two companies extended their partnership": the pair named before)
        return each_pair(rule, c, together, start, end)
    subj = Subject((pair[0].entity,), pair[0].start)
    return findings(rule, c, subj, rule.predicate, pair[1:], start, end, nominal=True)


DEAL_MAKING = frozenset(
    {"signed", "struck", "formed", "announced", "agreed", "inked", "created", "launched", "set", "sealed"}
)


def _made_by_the_parties(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """The parties of a relative clause after the noun that say they made the deal: "a
    partnership that Acme and Zenith signed in December" (each other's partners), "the
    infrastructure venture OpenAI formed with Oracle and SoftBank" (the maker and those after
    "with")."""
    if c.w(start) in {"deal", "deals"}:
        return []  # "the deal Acme signed with Oracle" may be a purchase: the deal rules read it
    k = end + (c.w(end) in {"that", "which"})
    first = c.start_at.get(k)
    if (two := the_two(c, k)) is not None:  # "a referral partnership the two signed in 2023"
        together, verb = two, k + 2 + (c.w(k + 2) in TWO_PARTIES)
    elif first is not None and not first.possessive:
        makers = coordinated_right(c, first)
        together, verb = Subject(tuple(m.entity for m in makers), first.start), makers[-1].end
    else:
        return []
    while c.w(verb) in AUX or c.w(verb) in {"also", "jointly", "first"}:
        verb += 1
    if c.w(verb) not in DEAL_MAKING:
        return []
    if c.w(verb + 1) == "with":
        return findings(rule, c, together, rule.predicate, object_right(c, verb + 2, gap=1), start, verb + 1)
    return each_pair(rule, c, together, start, end) if len(together.entities) > 1 else []


# Nouns "venture" qualifies when it means venture capital: "venture firms", "venture arm".
VENTURE_CAPITAL = frozenset(
    {"firm", "firms", "capital", "capitalist", "capitalists", "arm", "arms", "fund", "funds", "investor"}
    | {"investors", "backers", "backer", "debt", "studio", "round", "rounds", "funding", "money", "partners"}
)
# Determiners that give a noun an owner other than a list of names: "its partners" ("their
# partnership" is the list's own, as "each other's" is).
OWNING_DETERMINERS = frozenset({"its", "his", "her", "our"})
# Roles a list may hold towards a venture it names after "of": "partners of the venture".
OWNED_ROLES = frozenset({"partner", "partners", "supplier", "suppliers", "backer", "backers", "investors"})


def owned_noun(c: Clause, start: int, end: int) -> bool:
    """Whether the relation noun at ``start:end`` belongs to something else, so the names of a
    list are its partners, not each other's: "were named as the venture's technology
    partners" (a possessor, through up to three modifiers), "the venture's partners" (the
    noun is the possessor), "are partners of the venture" (a role with its owner after "of")."""
    if c.w(end) in POSSESSIVE_MARKS or (c.w(end) == "of" and c.w(end - 1) in OWNED_ROLES):
        return True
    k = start - 1
    while k > start - 4 and c.filler(k) and c.w(k) not in OWNING_DETERMINERS | POSSESSIVE_MARKS:
        k -= 1
    if c.w(k) in OWNING_DETERMINERS:
        return True
    if c.w(k) in POSSESSIVE_MARKS and k - 1 not in c.end_at and c.w(k - 1) not in {"other", "another"}:
        return True
    before = start - 1 - (c.w(start - 1) in {"the", "a", "an", "this", "that"})
    return c.w(before) == "of" and c.w(before - 1) in OWNED_ROLES


# Plural nouns for the organisations a list after "include" names.
GROUP_NOUNS = frozenset(
    {"organisations", "organizations", "companies", "firms", "businesses", "brands", "institutions"}
    | {"partners", "startups", "groups", "manufacturers", "retailers", "banks", "universities"}
)


def working_with(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Organisations working with Acme include Zenith and Orbit", "Companies that partner with
    Acme include Zenith": each listed name partners with Acme."""
    k = start - 1 - (c.w(start - 1) in {"that", "who", "which"})
    named = c.start_at.get(end)
    if c.w(start) in {"worked", "works"} and c.w(k) not in GROUP_NOUNS:
        return _worked_with(rule, c, start, end)
    if c.w(k) not in GROUP_NOUNS or named is None or named.possessive:
        return []
    j = named.end + (c.w(named.end) in {"have", "has"})
    if c.w(j) not in {"include", "includes", "included"}:
        return []
    members = object_right(c, j + 1, gap=2)
    return findings(rule, c, Subject((named.entity,), named.start), rule.predicate, members, start, end)


def _worked_with(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Lumeno, a Delft spinout that has worked with Maasbloem since 2024": two organisations
    that work together are partners (people who worked with a company are not read here)."""
    if c.w(start - 1) in {"previously", "formerly", "once"}:
        return []  # "previously worked with Inworld AI on a prototype": no partnership now
    subj = clause_subject(c, start)
    if subj is None or not all(is_org(e) for e in subj.entities):
        return []
    partners = [m for m in object_right(c, end, gap=0) if is_org(m.entity) and not m.possessive]
    return findings(rule, c, subj, rule.predicate, partners[:1], start, end)  # (not a list's rivals)


RIVAL_NOUNS = frozenset({"rivals", "competitors"})
NAMED_FIRMS = frozenset({"companies", "firms"}) | RIVAL_NOUNS


def named_rivals(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "CoreWeave, Lambda and Nebius, the three companies Pelican lists as competitors",
    "CoreWeave, Lambda and Crusoe - the three rivals Kestrel itself names in its 10-K": the
    namer competes with each name the list before its noun holds."""
    namer = c.end_at.get(start - (c.w(start - 1) == "itself"))
    if namer is None or namer.possessive or not is_org(namer.entity):
        return []
    noun = namer.start - 1
    if c.w(noun) not in NAMED_FIRMS:
        return []
    if c.w(noun) not in RIVAL_NOUNS and not RIVAL_NOUNS & {c.w(j) for j in range(end, min(end + 4, c.last))}:
        return []  # "the three companies Pelican lists": only "as competitors" makes them rivals
    the = noun - 1 - (c.w(noun - 1) in NUMBER_WORDS or c.w(noun - 1).isdigit())
    if c.w(the) != "the" or c.w(the - 1) not in {",", "-", "—", "–"}:
        return []
    last = c.end_at.get(the - 1)
    if last is None or last.possessive:
        return []
    listed = [
        m for m in coordinated_left(c, last, objects=True) if is_org(m.entity) and m.entity != namer.entity
    ]
    return findings(rule, c, Subject((namer.entity,), namer.start), "competesWith", listed, start, end)


# What makes a company one of a partner network's members: "has been part of", "joined".
MEMBERSHIP = frozenset({"part", "member", "members", "joined", "joins", "join", "joining", "in"})


def partner_network(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Nordkalk has been part of the AWS Partner Network since 2023": a member of a company's
    partner programme partners with the company."""
    owner = c.end_at.get(start)
    if owner is None or owner.possessive or c.w(owner.start - 1) != "the":
        return []
    if not (is_org(owner.entity) or owner.entity.type == "CloudPlatform"):  # "the AWS Partner Network"
        return []
    k = owner.start - 2 - (c.w(owner.start - 2) == "of")
    if c.w(k) not in MEMBERSHIP:
        return []
    return findings(rule, c, clause_subject(c, k), rule.predicate, [owner], start, end)


# Verbs of making something that "jointly" before them shares between makers.
JOINT_MAKING = frozenset(
    {"designed", "developed", "built", "created", "designs", "develops", "builds", "creates", "run", "runs"}
    | {"operate", "operates", "operated", "own", "owns", "owned", "launched", "launch", "launches"}
    | {"fund", "funds", "funded", "wrote", "write", "published", "publish", "trained", "train", "trains"}
)


def jointly(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "PIO and EPRI jointly designed the benchmark", "Acme developed the chip jointly with
    Zenith": the makers work together."""
    if c.w(end) in JOINT_MAKING:
        verb = end  # "Acme and Orbit jointly designed"
    elif c.w(start - 1) in JOINT_MAKING or c.w(end) == "with":
        verb = start - 1  # "... designed jointly with Zenith"
    else:
        return []
    subj = clause_subject(c, min(verb, start))
    if subj is None or any(not is_org(e) for e in subj.entities):
        return []
    if c.w(end) == "with":
        partners = [m for m in object_right(c, end + 1, gap=1) if is_org(m.entity)]
        return findings(rule, c, subj, "partnerOf", partners, start, end)
    return each_pair(rule, c, subj, start, end) if len(subj.entities) > 1 else []


def each_pair(rule: Rule, c: Clause, together: Subject, start: int, end: int) -> list[Found]:
    """A symmetric relation among every two of a list: "Acme, Zenith and Orbit formed an
    alliance" (three pairs)."""
    out: list[Found] = []
    for i, first in enumerate(together.entities[:-1]):
        rest = list(together.entities[i + 1 :])
        out += findings(rule, c, Subject((first,), together.start), rule.predicate, rest, start, end)
    return out


COMING_FROM = frozenset({"comes", "came", "come", "coming"})


def competition_from(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "The most direct competition for Keelson comes from Hullmark": the firm after "from"
    rivals the one after "for"."""
    contested = c.start_at.get(end)  # (a product's rivals too: "competition for Keelson")
    if contested is None or contested.possessive:
        return []
    k = contested.end
    if c.w(k) not in COMING_FROM:
        return []
    k += 1 + c.w(k + 1).endswith("ly")  # "comes mostly from"
    if c.w(k) != "from":
        return []
    rivals = [m for m in object_right(c, k + 1, gap=2) if not m.possessive]
    return findings(
        rule, c, Subject((contested.entity,), contested.start), "competesWith", rivals, start, k + 1
    )


def same_buyers(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Figure and Agility are both chasing the same logistics buyers" (in a text about
    Kelpie; the verbs of going after buyers are the rule's triggers): rivals of the company the
    text names most, or of the names after "as"."""
    end += c.w(end) in {"exactly", "precisely", "largely", "much"}  # "going after exactly the same"
    if c.w(end) != "the" or c.w(end + 1) != "same":
        return []
    subj = clause_subject(c, start)
    if subj is None or subj.anaphoric:
        return []
    k = end + 2
    while k < min(end + 7, c.last) and c.w(k) not in {"as", ",", ".", ";"}:
        if k in c.start_at and c.w(c.start_at[k].end) in {"does", "do", "did"}:
            break  # "they all go after the same customers Kestrel does"
        k += 1
    rivals: list[Mention | Entity] = list(object_right(c, k + 1, gap=0)) if c.w(k) == "as" else []
    if k in c.start_at and c.w(k) != "as":
        rivals = [c.start_at[k]]
    if not rivals and c.main is not None and (c.main in c.topic or c.lead == c.main):
        rivals = [c.main]  # (not any last sentence's topic: often a customer of the text's company)
    rivals = [r for r in rivals if (r.entity if isinstance(r, Mention) else r) not in subj.entities]
    return findings(rule, c, subj, "competesWith", rivals, start, end)


def set_against(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Raman positioned Flint against Groq's LPU", "That pits Acme squarely against Zenith":
    the name the verb sets against another is its rival (whoever does the setting)."""
    set_ = c.start_at.get(end)
    if set_ is None and c.w(end) in {"itself", "themselves"}:  # "Kiln positions itself against"
        subj = clause_subject(c, start)
        who, at = (subj.entities, subj.start) if subj is not None else ((), end)
    elif set_ is None or set_.possessive:
        return []
    else:
        who, at = (set_.entity,), set_.start
    k = end + 1 if set_ is None else set_.end
    while k < end + 4 and c.w(k) != "against" and (c.w(k).endswith("ly") or c.w(k) in {"as", "a", "an"}):
        k += 1
    if c.w(k) != "against":
        return []
    k += c.w(k + 1) in {"both", "either"}  # "against both Harbor and Gridlet"
    rivals = [m for m in object_right(c, k + 1, gap=1) if m.entity not in who]
    rivals = [c.start_at.get(m.end + 1) or m if m.possessive else m for m in rivals]  # "Groq's LPU"
    return findings(rule, c, Subject(tuple(who), at), "competesWith", rivals, start, end)
