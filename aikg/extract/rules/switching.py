"""Switching suppliers: "Acme ditched Nimbus in favour of Zenith Cloud", "Acme dropped Zenith's
chips for Orbit's", "Acme replaced Nimbus with Zenith Cloud". The subject used the first name
(read negated: the verb is a negation cue, or "replaced" is read as one) and uses the second;
the two names are not related to each other.
"""

from __future__ import annotations

from aikg.extract.mentions import Mention
from aikg.extract.rules.base import Found, Rule, findings, is_org, is_product
from aikg.extract.rules.nouns import GOODS_NOUNS
from aikg.extract.rules.sentence_view import Clause, object_right
from aikg.extract.rules.subjects import clause_subject

# What comes between the dropped name and the one that replaces it.
INSTEAD = (("in", "favour", "of"), ("in", "favor", "of"), ("for",), ("with",))


def switch(rule: Rule, c: Clause, start: int, end: int) -> list[Found]:
    """ "Acme ditched Nimbus in favour of Zenith Cloud": Acme off Nimbus, on Zenith Cloud."""
    subj = clause_subject(c, start)
    at = end + (1 if c.w(end) == "out" else 0)  # "swapped out Nimbus for ..."
    old = object_right(c, at, gap=2)
    replacing = subj is not None and not old and c.w(start).startswith("replac")  # unnamed old things
    if replacing and (sold := _new_goods_from(c, end)):
        sellers, source = sold  # (read from "from": the replacing verb ends the old goods, not these)
        return findings(rule, c, subj, "customerOf", sellers, source, source + 1, strength=0.9)
    if replacing and (put := _named_replacement(c, end)):
        products, at = put  # (read from "with": the replacing verb ends the old things, not these)
        return [f for m in products for f in findings(rule, c, subj, _used_as(c, m), [m], at, at + 1)]
    if subj is None or not old:
        return []
    k = old[-1].end + (1 if old[-1].possessive else 0)
    while k < old[-1].end + 3 and c.filler(k) and c.w(k) not in {"for", "with"}:
        k += 1  # "ditched Zenith's chips in favour of": past the goods
    marker = next((p for p in INSTEAD if tuple(c.w(k + j) for j in range(len(p))) == p), None)
    if marker is None:  # "Acme dropped Quill last year": a product or cloud it used no more
        products = [m for m in old if is_product(m.entity) and not m.possessive and m.start <= at + 1]
        return [f for m in products for f in findings(rule, c, subj, _used_as(c, m), [m], start, end)]
    new = object_right(c, k + len(marker), gap=4)
    if not new and c.w(k + len(marker)) in {"its", "their"}:  # "in favour of its own model"
        products = [m for m in old if is_product(m.entity) and not m.possessive]
        return [f for m in products for f in findings(rule, c, subj, _used_as(c, m), [m], start, end)]
    if not new:
        return []
    # "dropped Acme's models in favour of Orbit's": the second possessive's noun is the first's
    last = old[-1]
    dropped = _models_of(c, last) or (
        is_product(last.entity) and (last.entity.type == "AIModel" or c.w(last.end) in MODEL_GOODS)
    )
    out: list[Found] = []
    for group, lo, hi in ((old, start, end), (new, k, k + len(marker))):
        for m in group:
            models = _models_of(c, m) or (dropped and m.possessive and not c.filler(m.end + 1))
            out += findings(rule, c, subj, _used_as(c, m, models=models), [m], lo, hi)
    return out


REPLACED_REACH = 14  # words from "replaced" to "with": "the optical sorters at its Bern factory"
NEW_GOODS_REACH = 7  # words from "with" to "from": "units and software", "camera-based software"


def _new_goods_from(c: Clause, end: int) -> tuple[list[Mention], int] | None:
    """Who sells the goods that replaced unnamed old things, and where "from" stands: "has
    replaced the optical sorters at its Bern factory with machines from Ferrand Vision"."""
    with_at = next(
        (k for k in range(end, min(end + REPLACED_REACH, c.last)) if c.w(k) == "with" and k not in c.cover),
        None,
    )
    if with_at is None or any(k in c.cover or c.w(k) in {",", ";"} for k in range(end, with_at)):
        return None
    goods = False
    for k in range(with_at + 1, min(with_at + NEW_GOODS_REACH, c.last)):
        if c.w(k) == "from" and goods:
            sellers = [m for m in object_right(c, k + 1, gap=1) if is_org(m.entity) and not m.possessive]
            return (sellers, k) if sellers else None
        if k in c.cover or not (c.filler(k) or c.w(k) in {"-", "and"}):
            return None
        goods = goods or c.w(k) in REPLACING_GOODS
    return None


def _named_replacement(c: Clause, end: int) -> tuple[list[Mention], int] | None:
    """The products named after "with" that replaced unnamed old things, and where "with"
    stands: "has replaced the camera software at its 310 gantries with Argus-5, a model made by"."""
    with_at = next((k for k in range(end, min(end + REPLACED_REACH, c.last)) if c.w(k) == "with"), None)
    if with_at is None or any(k in c.cover or c.w(k) in {",", ";"} for k in range(end, with_at)):
        return None
    products = [m for m in object_right(c, with_at + 1, gap=1) if is_product(m.entity) and not m.possessive]
    return (products, with_at) if products else None


# What a buyer puts in place of old equipment: "units and software from", "machines from".
REPLACING_GOODS = GOODS_NOUNS | {
    "units",
    "machines",
    "software",
    "systems",
    "cameras",
    "sensors",
    "equipment",
}


# Nouns after a company's possessive that make what was switched its models, used, not bought.
MODEL_GOODS = frozenset({"model", "models", "llm", "llms", "api", "apis"})


def _models_of(c: Clause, m: Mention) -> bool:
    """Whether ``m`` is a possessive whose noun, past up to two modifiers, is a model noun
    ("Acme's Quill models", "Acme's large language models" is read as far as "models")."""
    if not m.possessive:
        return False
    k = m.end + 1
    while k < m.end + 4 and c.filler(k) and c.w(k) not in MODEL_GOODS:
        k += 1
    return c.w(k) in MODEL_GOODS


def _used_as(c: Clause, m: Mention, *, models: bool = False) -> str:
    """How a switcher stood to what it switched: hosted on a cloud, using a product or model
    (or a company's models), the customer of a company (or of its chips)."""
    if m.entity.type == "CloudPlatform":
        return "hostedOn"
    if (is_product(m.entity) and c.w(m.end) not in GOODS_NOUNS) or models:
        return "usesTechnologyOf"
    return "customerOf"
