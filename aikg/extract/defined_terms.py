"""Terms a document defines for an organisation it names: 'Cobalt Ridge Semiconductor LLC
("Cobalt Ridge" or "the Applicant")', 'Halvor Compute LLC (the "Borrower")'. Filings, contracts,
rulings and impact statements go on to say "the Applicant" or "the Borrower's" wherever a story
would use the name; each such word is a mention of the organisation it was defined for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from aikg.extract.name_kinds import DEFINED_TERMS, ORG_TYPES
from aikg.extract.sentences import Sentence
from aikg.ontology.models import Entity

if TYPE_CHECKING:
    from aikg.extract.mentions import Mention

QUOTES = frozenset({'"', "“", "”", "``", "''"})
DEFINITION_REACH = 16  # tokens from "(" to its ")": '("Cobalt Ridge" or "the Applicant")'


def defined_terms(
    sentences: Sequence[Sentence], mentions_of: Callable[[Sentence], Sequence[Mention]]
) -> dict[str, Entity]:
    """Each one-word term (lower-cased) a parenthesis right after an organisation's name defines
    for it, in quotes. "the Company" and its like already mean the document's organisation
    (``DEFINED_TERMS``) and are left to that reading; a term two organisations claim means
    neither."""
    terms: dict[str, Entity] = {}
    claimed: set[str] = set()
    for s in sentences:
        for m in mentions_of(s):
            if m.entity.type not in ORG_TYPES or m.end >= s.last or s.tokens.text[m.end] != "(":
                continue
            for term in _quoted_terms(s, m.end + 1):
                if term in terms and terms[term].id != m.entity.id:
                    claimed.add(term)
                terms.setdefault(term, m.entity)
    return {t: e for t, e in terms.items() if t not in claimed and t not in DEFINED_TERMS}


def _quoted_terms(s: Sentence, k: int) -> list[str]:
    """The capitalised single words quoted inside the parenthesis that opens before ``k``."""
    t, out = s.tokens, []
    end = min(s.last, k + DEFINITION_REACH)
    while k < end and t.text[k] != ")":
        if t.text[k] in QUOTES:
            close = next((j for j in range(k + 1, end) if t.text[j] in QUOTES), None)
            if close is None:
                break
            words = [w for w in t.text[k + 1 : close] if w.lower() != "the"]
            if len(words) == 1 and words[0].isalpha() and words[0][:1].isupper():
                out.append(words[0].lower())
            k = close
        k += 1
    return out if k < end else []
