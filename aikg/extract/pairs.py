"""The relation classifier's answers: one class per direction of each predicate the ontology
marks as a canonical relation ("investsIn>" = the left name invests in the right one, "investsIn<"
the reverse, "partnerOf=" for a symmetric one), plus "none"."""

from __future__ import annotations

from functools import cache

from aikg.ontology.vocab import vocabulary

NONE = "none"


@cache
def relation_classes() -> tuple[str, ...]:
    """Every class, "none" first, in a fixed order (the weights' columns follow it)."""
    out = [NONE]
    for p in vocabulary().predicates.values():
        if p.canonical and p.relation:
            out += [f"{p.name}="] if p.symmetric else [f"{p.name}>", f"{p.name}<"]
    return tuple(out)


def class_of(predicate: str, left_is_subject: bool) -> str:
    """The class for canonical ``predicate`` between two names in text order."""
    if vocabulary().predicate(predicate).symmetric:
        return f"{predicate}="
    return f"{predicate}{'>' if left_is_subject else '<'}"


def read_class(name: str) -> tuple[str, bool] | None:
    """(predicate, whether the left name is the subject) for a class; None for "none"."""
    if name == NONE:
        return None
    return name[:-1], name[-1] != "<"
