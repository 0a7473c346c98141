"""Supply, custom and payment rules: "Acme supplies Zenith", "Acme pays Zenith $5m a month",
"Zenith's revenue from Acme", "Acme accounts for 25% of Zenith's revenue".
"""

from __future__ import annotations

from aikg.loaders.rule_base import Found, Rule, findings
from aikg.loaders.rule_nouns import GOODS_NOUNS, TECH_NOUNS
from aikg.loaders.rules_technology import technology_target
from aikg.loaders.sentence_view import Clause, Subject, object_right
from aikg.loaders.subjects import clause_subject, possessor


def supply(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme supplies Zenith (with chips)", "Acme sells chips to Zenith", "Acme rents servers
    (licenses software) from Zenith", "Acme licenses its designs to Zenith"."""
    if c.w(end) == "by":
        return []
    subj = clause_subject(c, start)
    if rule.name == "rent":
        lessors = object_right(c, end, ("from",), gap=6)
        if lessors:
            return findings(rule, c, subj, "customerOf", lessors, start, end)
    buyers = object_right(c, end, ("to",), gap=6)
    goods = any(c.w(k) in GOODS_NOUNS or c.w(k) in TECH_NOUNS for k in range(end, end + 5))
    if not buyers and goods and rule.name in {"sell", "manufacture"}:
        buyers = object_right(c, end, ("for",), gap=6)  # "makes chips for Zenith"
    if rule.name == "manufacture" and not goods:
        return []
    if not buyers and rule.name == "supply":
        buyers = [o for o in object_right(c, end, gap=1) if not o.possessive]
    return findings(rule, c, subj, "supplierOf", buyers, start, end)


def train_on(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme trains its models on Nimbus / on Zenith's chips": Acme buys compute."""
    clouds = [
        o
        for o in object_right(c, end, ("on",), gap=5)
        if o.entity.type in {"CloudPlatform", "Chip"} or (o.possessive and c.w(o.end + 1) in GOODS_NOUNS)
    ]
    if not clouds:
        return []
    return findings(rule, c, clause_subject(c, start), "customerOf", clouds, start, end, strength=0.85)


def pay(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme pays Zenith $5m a month", "Acme has been paying $5m to Zenith for its models"."""
    subj = clause_subject(c, start)
    payees = [m for m in object_right(c, end, gap=1) if not m.possessive]
    payees = payees or object_right(c, end, ("to",), gap=10)
    if not payees:
        payees = [m for m, _ in technology_target(c, end, gap=10)]
    if not payees:
        payees = object_right(c, end, ("on",), gap=8)
    return findings(rule, c, subj, "customerOf", payees, start, end)


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
    return findings(rule, c, subj, "customerOf", payees[:1], start, end)


def revenue_from(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Zenith's revenue from Acme": Acme is Zenith's customer."""
    owner = possessor(c, start)
    payers = object_right(c, end, gap=2)
    return findings(rule, c, owner, "customerOf", payers, start, end, swap=True)


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
    return findings(rule, c, subj, "customerOf", owners[:1], start, end, strength=0.8)
