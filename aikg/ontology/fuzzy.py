"""Closest-name suggestions for error messages."""

from __future__ import annotations

from collections.abc import Iterable


def closest(name: str, choices: Iterable[str], *, limit: int = 3, cutoff: float = 60) -> list[str]:
    """The ``limit`` choices most like ``name``, best first, case-insensitively."""
    from rapidfuzz import fuzz, process, utils

    pool = list(dict.fromkeys(choices))
    found = process.extract(name, pool, scorer=fuzz.WRatio, processor=utils.default_process, limit=limit * 3)
    out: list[str] = []
    for choice, score, _ in found:
        if score >= cutoff and choice not in out:
            out.append(choice)
    return out[:limit]
