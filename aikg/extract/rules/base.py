"""What a relation rule is (``Rule``: trigger phrases and a handler) and what it finds
(``Found``), with the helper every handler uses to pair subjects with objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from aikg.extract.mentions import Mention
from aikg.extract.name_kinds import ORG_TYPES, PRODUCT_TYPES
from aikg.extract.rules.sentence_view import Clause, Subject
from aikg.ontology.models import Entity


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


def related_pairs(found: Iterable[Found]) -> set[frozenset[str]]:
    """The pairs of entity ids ``found`` relates, whichever way round and by whatever predicate:
    what a later reader of the same sentence leaves alone."""
    return {frozenset((f.subject.id, f.object.id)) for f in found}


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


def cited_source(c: Clause, m: Mention) -> bool:
    """Whether ``m`` is named as who told the news ("sources told Reuters", "according to
    The Information"): a source a sentence cites is no party to what it reports."""
    before = c.w(m.start - 1)
    return before == "told" or (before == "to" and c.w(m.start - 2) == "according")


def findings(
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
        if isinstance(o, Mention) and cited_source(c, o):
            continue
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


def is_product(e: Entity) -> bool:
    """A product, model, cloud or chip."""
    return e.type in PRODUCT_TYPES


def productish(e: Entity) -> bool:
    """A product, or a discovered name not known to be an organisation."""
    return is_product(e) or (not e.curated and e.type not in ORG_TYPES)


def is_org(e: Entity) -> bool:
    """An organisation, or a person (who can own, invest and buy as one)."""
    return e.type in ORG_TYPES or e.type == "Person"


def makes_products(e: Entity, product: Entity) -> bool:
    """Whether ``e`` can be the maker of ``product``: an organisation, or a cloud named as the
    maker of a service or chip of its own ("AWS's Trainium2 chips", "Amazon Bedrock, AWS's
    managed service"), though not of another cloud."""
    return is_org(e) or (e.type == "CloudPlatform" and product.type != "CloudPlatform")


LINE_PREDICATES = frozenset({"develops", "usesTechnologyOf"})  # all a product line takes part in


def product_line(e: Entity) -> bool:
    """A line of products named in lower case ("electric delivery vans"), not a product's name
    ("iCloud", "iPhone 15"): it is made or used, never bought, funded or owned."""
    label = e.label
    return (
        e.type in PRODUCT_TYPES
        and not e.curated
        and label[:1].isalpha()
        and label.split()[0].islower()
        and " " in label
    )
