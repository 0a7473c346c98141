"""The annotated data sets, read into one shape: passages of text with typed name mentions and
the relations between them, each assigned to train, dev or held-out by a hash of its id.

Public sets (``../shared/data/train``: CORE, FIRE, Re-DocRED) give company relations and
coarse entity types; the project's own sentences (``training/news_relations.jsonl``) give the
predicates and news phrasing the public sets lack, with fine types.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from aikg.extract.lexicon import common_words
from aikg.ontology.vocab import vocabulary

KINDS = ("ORG", "PROD", "PER", "LOC", "OTHER")
# A coarse kind for every type label the data sets use.
KIND_OF = {
    "Company": "ORG",
    "ResearchLab": "ORG",
    "Organization": "ORG",
    "NewsOutlet": "ORG",
    "ORG": "ORG",
    "Product": "PROD",
    "AIModel": "PROD",
    "Chip": "PROD",
    "CloudPlatform": "PROD",
    "Person": "PER",
    "PER": "PER",
    "Place": "LOC",
    "Location": "LOC",
    "GeopoliticalEntity": "LOC",
    "LOC": "LOC",
    "Other": "OTHER",
    "MISC": "OTHER",
    "Designation": "OTHER",
    "Sector": "OTHER",
    "BusinessUnit": "OTHER",
    "FinancialEntity": "OTHER",
}
# Public labels to aikg predicates, as (predicate, whether head and tail swap).
PUBLIC_LABELS = {
    "parent_of": ("parentOf", False),
    "subsidiary_of": ("parentOf", True),
    "owned_by": ("parentOf", True),
    "acquires": ("acquires", False),
    "invests_in": ("investsIn", False),
    "customer_of": ("customerOf", False),
    "supplier_of": ("customerOf", True),
    "partner_of": ("partnerOf", False),
    "competes_with": ("competesWith", False),
    "develops": ("develops", False),
}
PRONOUNS = frozenset({"it", "its", "they", "their", "both", "he", "she", "we", "our", "this", "which"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in a passage: characters ``start:end``, the entity it names, its coarse kind."""

    start: int
    end: int
    entity: str
    kind: str | None  # None where the data set does not say


@dataclass
class Passage:
    """A sentence or short text with its mentions and relations (canonical, by entity key)."""

    id: str
    source: str
    text: str
    split: str
    mentions: list[Mention] = field(default_factory=list)
    relations: dict[tuple[str, str], str] = field(default_factory=dict)  # (subject, object) -> predicate
    exhaustive: bool = False  # every unlisted pair of mentions is a negative
    negatives: set[frozenset[str]] = field(default_factory=set)  # pairs annotated as unrelated
    names: dict[str, list[str]] = field(default_factory=dict)  # entity key -> names that identify it
    # Of ``relations``, those the text only hedges or denies ("could buy", "did not buy"): a model
    # learns the relation from them (status is read apart), but an extraction must not state them.
    hedged: set[tuple[str, str]] = field(default_factory=set)


def split_of(key: str, heldout: int, dev: int = 10) -> str:
    """``heldout`` percent of ids are held out, ``dev`` percent tune thresholds, the rest train."""
    bucket = zlib.crc32(key.encode()) % 100
    return "heldout" if bucket < heldout else "dev" if bucket < heldout + dev else "train"


def _relation(
    passage: Passage, head: str, tail: str, predicate: str, swap: bool = False, hedged: bool = False
) -> None:
    if swap:
        head, tail = tail, head
    s, p, o = vocabulary().canonical(head, predicate, tail)
    passage.relations[(s, o)] = p
    if hedged:
        passage.hedged.add((s, o))


def _pronoun(name: str) -> bool:
    lower = name.lower().rstrip(" 's’")
    if lower in PRONOUNS:
        return True
    # "the brewery", "The company" or "company" is a description; "The Economist", "iPhone",
    # "eBay", "3M" and "commercetools" are names (a capital-initial test had dropped those from the
    # annotation's names, so no extraction could match them)
    words = name.split()
    if words[0].lower() in {"the", "this", "its", "his", "her", "their"}:
        return not any(w[:1].isupper() for w in words[1:])
    return name == lower and not any(map(str.isdigit, name)) and (len(words) > 1 or lower in common_words())


def read_core(path: Path) -> Iterator[Passage]:
    """CORE: one annotated company pair per sentence; "the company" mentions carry the name."""
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        p = Passage(row["id"], "core", row["text"], split_of(row["id"], 15))
        canonical = {e["name"]: e.get("canonical") or e["name"] for e in row["entities"]}
        for e in row["entities"]:
            p.mentions.append(Mention(e["start"], e["end"], e["name"], "ORG"))
            names = p.names.setdefault(e["name"], [])
            names += [
                n
                for n in dict.fromkeys((e["name"], canonical[e["name"]]))
                if not _pronoun(n) and n not in names
            ]
        for r in row["relations"]:
            if r["label"] in PUBLIC_LABELS:
                predicate, swap = PUBLIC_LABELS[r["label"]]
                _relation(p, r["head"], r["tail"], predicate, swap)
                if predicate == "develops":  # what a company develops is a product or service
                    tail = r["head"] if swap else r["tail"]
                    p.mentions = [
                        Mention(m.start, m.end, m.entity, "PROD" if m.entity == tail else m.kind)
                        for m in p.mentions
                    ]
            else:
                p.negatives.add(frozenset((r["head"], r["tail"])))
        yield p


def read_fire(path: Path) -> Iterator[Passage]:
    """FIRE: financial sentences with every entity typed; relations by span."""
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        p = Passage(row["id"], "fire", row["text"], split_of(row["id"], 20))
        for e in row["entities"]:
            kind = KIND_OF.get(e.get("type", ""))
            if kind is not None:
                key = f"{e['start']}:{e['end']}"
                p.mentions.append(Mention(e["start"], e["end"], key, kind))
                p.names[key] = [e["name"]]
        for r in row["relations"]:
            head, tail = (f"{a}:{b}" for a, b in (r["head_span"], r["tail_span"]))
            if r["label"] in PUBLIC_LABELS:
                _relation(p, head, tail, *PUBLIC_LABELS[r["label"]])
            else:
                p.negatives.add(frozenset((head, tail)))
        yield p


def read_redocred(path: Path) -> Iterator[Passage]:
    """Re-DocRED: Wikipedia documents, entities as clusters of mentions, relations between them
    exhaustively annotated (an unlisted pair of organisations is unrelated)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        p = Passage(row["id"], "redocred", row["text"], split_of(row["id"], 20), exhaustive=True)
        for e in row["entities"]:
            kind = KIND_OF.get(e.get("type", ""))
            if kind is not None:
                key = str(e["entity_id"])
                p.mentions.append(Mention(e["start"], e["end"], key, kind))
                p.names.setdefault(key, []).append(e["name"])
        for r in row["relations"]:
            if r["label"] in PUBLIC_LABELS:
                _relation(p, str(r["head_id"]), str(r["tail_id"]), *PUBLIC_LABELS[r["label"]])
        # a product a company develops is a product, whatever the data set's coarse type says
        products = {o for (_, o), pr in p.relations.items() if pr == "develops"}
        p.mentions = [
            Mention(m.start, m.end, m.entity, "PROD" if m.entity in products else m.kind) for m in p.mentions
        ]
        yield p


def read_own(path: Path) -> Iterator[Passage]:
    """The project's own sentences: every name typed, every pair without a relation a negative."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        split = "heldout" if row.get("split") == "test" else split_of(row["id"], 0)
        p = Passage(row["id"], "own", row["text"], split, exhaustive=True)
        for i, e in enumerate(row["entities"]):
            p.mentions.append(Mention(e["start"], e["end"], str(i), KIND_OF.get(e["type"], "OTHER")))
            p.names[str(i)] = [e["name"]]
        for r in row["relations"]:  # hedged and negated too: status is read apart from the relation
            hedged = r.get("status") in {"negated", "speculative"}
            _relation(p, str(r["head"]), str(r["tail"]), r["label"], hedged=hedged)
        yield p


def read_all(shared: Path | None, own: Path | None) -> list[Passage]:
    """Every passage of the public sets under ``shared`` and of the project's own files
    (``own``, or every ``news_relations*.jsonl`` beside it)."""
    out: list[Passage] = []
    if shared is not None:
        out += read_core(shared / "core_train.jsonl")
        out += read_fire(shared / "fire_dev.jsonl")
        out += read_redocred(shared / "redocred_dev.jsonl")
    if own is not None:
        for path in sorted(own.parent.glob("news_relations*.jsonl")) if own.is_file() else [own]:
            out += read_own(path)
    return out
