"""Closest-name suggestions for error messages."""

from __future__ import annotations

from collections.abc import Iterable


def closest(name: str, choices: Iterable[str], *, limit: int = 3, cutoff: float = 70) -> list[str]:
    """Up to ``limit`` choices most like ``name``, best first, case-insensitively.

    Plain edit-distance similarity, keeping only choices near the best one: partial-match
    scorers rank "Financial Times" close to "Microsft" through its alias "FT", which misleads.
    """
    from rapidfuzz import fuzz, process, utils

    pool = list(dict.fromkeys(choices))
    found = process.extract(name, pool, scorer=fuzz.ratio, processor=utils.default_process, limit=limit * 4)
    if not found:
        return []
    best = found[0][1]
    out: list[str] = []
    for choice, score, _ in found:
        if score >= cutoff and score >= best - 10 and choice not in out:
            out.append(choice)
    return out[:limit]
