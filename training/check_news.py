#!/usr/bin/env python3
"""Validate the news relation files and print summary counts.

Usage: python3 training/check_news.py [file.jsonl ...]
With no arguments it checks news_relations.jsonl and news_relations_2.jsonl.
Texts must also be unique across all files checked in one run.
Exit status is 1 if any problem is found. Standard library only.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

TYPES = {"Company", "ResearchLab", "Product", "AIModel", "Chip", "CloudPlatform", "Person", "Place", "Other"}
LABELS = {
    "parentOf",
    "subsidiaryOf",
    "acquires",
    "investsIn",
    "customerOf",
    "supplierOf",
    "partnerOf",
    "competesWith",
    "develops",
    "usesTechnologyOf",
    "hostedOn",
    "violatesTermsOf",
}
SYMMETRIC = {"partnerOf", "competesWith"}
INVERSE = {
    "parentOf": "subsidiaryOf",
    "subsidiaryOf": "parentOf",
    "customerOf": "supplierOf",
    "supplierOf": "customerOf",
}
STATUSES = {"asserted", "reported", "alleged", "speculative", "negated"}
SPLITS = {"train", "test"}
ID_RE = re.compile(r"^news\d*-\d{4}$")  # news-0001, news2-0001, ...
# Capitalised tokens that a tagger might consider; every one must lie inside an entity span.
CAP_RE = re.compile(r"(?<![\w])[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*")
# Product-shaped tokens (letters+digits, camel case such as iPhone/xAI) must also be covered.
ODD_RE = re.compile(r"(?<![\w])(?:[a-z]+[A-Z]\w*|(?=[\w-]*\d)(?=[\w-]*[A-Za-z])\w+(?:-\w+)*)")


def check(path: Path, seen_texts: dict[str, str] | None = None) -> int:
    errors: list[str] = []
    ids: set[str] = set()
    texts: set[str] = set()
    label_rel = Counter()
    label_sent = Counter()
    status_count = Counter()
    type_count = Counter()
    split_count = Counter()
    split_label = Counter()
    no_rel = 0
    zero_rel = 0
    n = 0
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"line {lineno}"
        if not raw.strip():
            errors.append(f"{where}: empty line")
            continue
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: invalid JSON ({exc})")
            continue
        n += 1
        if not isinstance(rec, dict):
            errors.append(f"{where}: not an object")
            continue
        extra = set(rec) - {"id", "text", "entities", "relations", "split"}
        if extra:
            errors.append(f"{where}: unexpected keys {sorted(extra)}")
        rid = rec.get("id")
        where = f"line {lineno} ({rid})"
        if not isinstance(rid, str) or not ID_RE.match(rid):
            errors.append(f"{where}: bad id")
        elif rid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(rid)
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: missing text")
            continue
        if text in texts:
            errors.append(f"{where}: duplicate text")
        elif seen_texts is not None and text in seen_texts:
            errors.append(f"{where}: duplicate text (also in {seen_texts[text]})")
        texts.add(text)
        split = rec.get("split")
        if split not in SPLITS:
            errors.append(f"{where}: bad split {split!r}")
        split_count[split] += 1
        ents = rec.get("entities")
        rels = rec.get("relations")
        if not isinstance(ents, list) or not isinstance(rels, list):
            errors.append(f"{where}: entities/relations must be lists")
            continue
        spans = []
        for i, e in enumerate(ents):
            if not isinstance(e, dict) or set(e) != {"name", "start", "end", "type"}:
                errors.append(f"{where}: entity {i} must have exactly name/start/end/type")
                continue
            s, t = e["start"], e["end"]
            if not (isinstance(s, int) and isinstance(t, int) and 0 <= s < t <= len(text)):
                errors.append(f"{where}: entity {i} bad offsets {s}-{t}")
                continue
            if text[s:t] != e["name"]:
                errors.append(f"{where}: entity {i} text[{s}:{t}]={text[s:t]!r} != {e['name']!r}")
            if e["name"] != e["name"].strip():
                errors.append(f"{where}: entity {i} has surrounding whitespace")
            if e["type"] not in TYPES:
                errors.append(f"{where}: entity {i} bad type {e['type']!r}")
            type_count[e["type"]] += 1
            spans.append((s, t))
        ordered = sorted(spans)
        if ordered != spans:
            errors.append(f"{where}: entities not sorted by start offset")
        for (s1, t1), (s2, t2) in itertools.pairwise(ordered):
            if s2 < t1:
                errors.append(f"{where}: overlapping entities at {s1}-{t1} and {s2}-{t2}")
        for rx in (CAP_RE, ODD_RE):
            for m in rx.finditer(text):
                a, b = m.start(), m.start() + len(m.group().rstrip("."))
                # covered if an entity span overlaps the token ("GPT-4" inside "GPT-4-powered")
                if b > a and not any(s < b and a < t for s, t in spans):
                    errors.append(f"{where}: name-like token {text[a:b]!r} not annotated")
        pairs: dict[tuple[int, int], str] = {}
        labels_here = set()
        for j, r in enumerate(rels):
            if (
                not isinstance(r, dict)
                or not {"head", "tail", "label"} <= set(r)
                or set(r) - {"head", "tail", "label", "status"}
            ):
                errors.append(f"{where}: relation {j} malformed")
                continue
            h, t, lab = r["head"], r["tail"], r["label"]
            st = r.get("status", "asserted")
            if not (isinstance(h, int) and isinstance(t, int) and 0 <= h < len(ents) and 0 <= t < len(ents)):
                errors.append(f"{where}: relation {j} bad head/tail index")
                continue
            if h == t:
                errors.append(f"{where}: relation {j} head == tail")
            if lab not in LABELS:
                errors.append(f"{where}: relation {j} bad label {lab!r}")
            if st not in STATUSES:
                errors.append(f"{where}: relation {j} bad status {st!r}")
            for k in (h, t):
                if ents[k]["type"] in {"Other", "Person", "Place"}:
                    errors.append(f"{where}: relation {j} uses {ents[k]['type']} entity {ents[k]['name']!r}")
            if (h, t) in pairs:
                errors.append(f"{where}: duplicate pair ({h},{t}) {pairs[(h, t)]} / {lab}")
            pairs[(h, t)] = lab
            label_rel[lab] += 1
            status_count[st] += 1
            split_label[(split, lab)] += 1
            labels_here.add(lab)
        # a symmetric relation covers both directions, so the reverse pair must be free;
        # inverse labels (parentOf/subsidiaryOf, customerOf/supplierOf) must be listed both ways.
        statuses = {(r["head"], r["tail"]): r.get("status", "asserted") for r in rels if isinstance(r, dict)}
        for (h, t), lab in pairs.items():
            if lab in SYMMETRIC and (t, h) in pairs:
                errors.append(f"{where}: symmetric {lab} ({h},{t}) also has reverse pair {pairs[(t, h)]}")
            if lab in INVERSE:
                if pairs.get((t, h)) != INVERSE[lab]:
                    errors.append(f"{where}: {lab} ({h},{t}) lacks inverse {INVERSE[lab]}")
                elif statuses.get((t, h)) != statuses.get((h, t)):
                    errors.append(f"{where}: {lab} ({h},{t}) inverse has different status")
        for lab in labels_here:
            label_sent[lab] += 1
        if all(r.get("status", "asserted") == "negated" for r in rels if isinstance(r, dict)):
            no_rel += 1
        if not rels:
            zero_rel += 1

    if seen_texts is not None:
        for t in texts:
            seen_texts.setdefault(t, path.name)
    print(f"file: {path}")
    print(f"lines: {n}")
    print(f"sentences with no relation at all: {zero_rel}")
    print(f"sentences with no relation or only negated ones: {no_rel}")
    print("\nrelations per label (relations / sentences containing it / test relations):")
    for lab in sorted(LABELS):
        print(f"  {lab:17s} {label_rel[lab]:5d} {label_sent[lab]:5d} {split_label[('test', lab)]:5d}")
    print(f"  {'TOTAL':17s} {sum(label_rel.values()):5d}")
    print("\nrelations per status:")
    for st in sorted(STATUSES):
        print(f"  {st:17s} {status_count[st]:5d}")
    print("\nentities per type:")
    for ty in sorted(TYPES):
        print(f"  {ty:17s} {type_count[ty]:5d}")
    print(f"  {'TOTAL':17s} {sum(type_count.values()):5d}")
    print("\nlines per split:")
    for sp in sorted(split_count, key=str):
        print(f"  {sp!s:17s} {split_count[sp]:5d}")
    if errors:
        print(f"\n{len(errors)} PROBLEM(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: no problems found")
    return 0


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    paths = [Path(a) for a in sys.argv[1:]] or sorted(here.glob("news_relations*.jsonl"))
    seen: dict[str, str] = {}
    status = 0
    for i, p in enumerate(paths):
        if i:
            print()
        status |= check(p, seen)
    sys.exit(status)
