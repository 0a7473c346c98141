"""Investment rules: "Zenith raised $50m from Acme", "a round led by Acme", "funding from Acme"."""

from __future__ import annotations

from aikg.loaders.rule_base import Found, Rule, findings
from aikg.loaders.rule_nouns import FUNDING_WORDS
from aikg.loaders.sentence_view import Clause, agent_after, is_number, object_right
from aikg.loaders.subjects import clause_subject, possessor


def round_led(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith raised $50m in a round led by Acme": Acme invests in Zenith."""
    subj = clause_subject(c, start)
    return findings(rule, c, subj, "investsIn", agent_after(c, end), start, end, swap=True)


def raise_from(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith raised $50m from Acme", "Zenith secured funding from Acme and Nova"."""
    window = range(end, min(end + 8, c.last))
    money = any(c.w(k) in FUNDING_WORDS or is_number(c.t.text[k]) for k in window)
    if not money or c.w(end) == "by":
        return []
    investors = object_right(c, end, ("from",), gap=8)
    return findings(rule, c, clause_subject(c, start), "investsIn", investors, start, end, swap=True)


def noun_from(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith's funding from Acme", "Zenith received an investment from Acme"."""
    investors = object_right(c, end, gap=2)
    return findings(rule, c, possessor(c, start), "investsIn", investors, start, end, swap=True)
