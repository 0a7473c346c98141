"""Partnership and competition between a named pair: "the partnership between Acme and
Zenith", "the Acme-Zenith alliance", "Acme and Zenith announced a partnership"; and the
partners a list names: "Organisations working with Acme include Zenith and Orbit".
"""

from __future__ import annotations

from aikg.extract.mentions import Mention
from aikg.extract.name_words import POSSESSIVE_MARKS
from aikg.extract.rules.base import Found, Rule, findings
from aikg.extract.rules.sentence_view import Clause, Subject, object_right
from aikg.extract.rules.subjects import clause_subject


def between(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "the partnership between Acme and Zenith", "the Acme-Zenith alliance"."""
    pair: list[Mention] = []
    if c.w(end) == "between":
        pair = object_right(c, end + 1, gap=1)
    else:
        b = c.end_at.get(start)
        if b is None and c.w(start - 1) in POSSESSIVE_MARKS:
            b = c.end_at.get(start - 1)
        if b is not None and c.w(b.start - 1) in {"-", "–", "/", "and"} and b.start - 1 in c.end_at:
            pair = [c.end_at[b.start - 1], b]
    if len(pair) < 2:
        if c.w(end) in {"with", "against", "between", "of"}:
            return []
        together = clause_subject(c, start)  # "Acme and Zenith announced a partnership"
        if together is None or len(together.entities) < 2 or together.anaphoric:
            return []
        return each_pair(rule, c, together, start, end)
    subj = Subject((pair[0].entity,), pair[0].start)
    return findings(rule, c, subj, rule.predicate, pair[1:], start, end, nominal=True)


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
    if c.w(k) not in GROUP_NOUNS or named is None or named.possessive:
        return []
    j = named.end + (c.w(named.end) in {"have", "has"})
    if c.w(j) not in {"include", "includes", "included"}:
        return []
    members = object_right(c, j + 1, gap=2)
    return findings(rule, c, Subject((named.entity,), named.start), rule.predicate, members, start, end)


def each_pair(rule: Rule, c: Clause, together: Subject, start: int, end: int) -> list[Found]:
    """A symmetric relation among every two of a list: "Acme, Zenith and Orbit formed an
    alliance" (three pairs)."""
    out: list[Found] = []
    for i, first in enumerate(together.entities[:-1]):
        rest = list(together.entities[i + 1 :])
        out += findings(rule, c, Subject((first,), together.start), rule.predicate, rest, start, end)
    return out
