"""Scoring extraction against a gold file (the format documented at the top of
``../shared/eval/seeds.gold.yaml``): precision, recall and F1 per document and in total.

Matching rules, in short: gold entity ids stand for names, matched case-insensitively against
an extracted entity's label or aliases; relations are compared in canonical form (so inverses
and both orders of a symmetric predicate are equal); a gold ``any:`` group is found when one
member is; ``also_ok`` relations are neutral; a ``negative`` relation must not be asserted,
reported or alleged. Only claims with those three statuses count as extracted: hedged and
negated claims are neither credited nor penalised. Only relations whose two ends both match
listed gold entities count against precision.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aikg.errors import AIKGError, InputError
from aikg.ontology.models import Claim, Entity, Extraction
from aikg.ontology.registry import NameIndex, normalise

if TYPE_CHECKING:
    from aikg.extract.training.corpora import Passage

Triple = tuple[str, str, str]
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
AMOUNT_TOLERANCE = 0.01  # relative
SHARE_TOLERANCE = 0.01  # absolute


@dataclass(frozen=True, slots=True)
class QualifierCheck:
    """One expected qualifier value and what extraction gave."""

    relation: str
    field: str
    expected: Any
    found: Any
    ok: bool

    def to_json(self) -> dict[str, Any]:
        """The check as JSON-ready data."""
        return {
            "relation": self.relation,
            "field": self.field,
            "expected": self.expected,
            "found": self.found,
            "ok": self.ok,
        }


@dataclass(slots=True)
class DocumentScore:
    """How one document's extraction compares with its gold relations."""

    document: str
    gold: int = 0
    found_relations: int = 0  # distinct extracted relations that match a gold item
    true_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    neutral: list[str] = field(default_factory=list)
    negative_violations: list[str] = field(default_factory=list)
    qualifier_checks: list[QualifierCheck] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Found relations that are in the gold file, of all found."""
        return _ratio(self.found_relations, self.found_relations + len(self.false_positives))

    @property
    def recall(self) -> float:
        """Gold relations found, of all in the gold file."""
        return _ratio(len(self.true_positives), self.gold)

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        return _f1(self.precision, self.recall)

    def to_json(self) -> dict[str, Any]:
        """The document's scores as JSON-ready data (``aikg eval --json``)."""
        return {
            "document": self.document,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "gold": self.gold,
            "true_positives": self.true_positives,
            "misses": self.misses,
            "false_positives": self.false_positives,
            "neutral": self.neutral,
            "negative_violations": self.negative_violations,
            "qualifier_checks": [q.to_json() for q in self.qualifier_checks],
        }


@dataclass(slots=True)
class EvalReport:
    """Scores per document and in total (micro-averaged over relations)."""

    documents: list[DocumentScore] = field(default_factory=list)
    unscored: list[str] = field(default_factory=list)  # documents the gold file does not list

    @property
    def precision(self) -> float:
        """Precision over all documents (micro-averaged)."""
        found = sum(d.found_relations for d in self.documents)
        return _ratio(found, found + sum(len(d.false_positives) for d in self.documents))

    @property
    def recall(self) -> float:
        """Recall over all documents (micro-averaged)."""
        return _ratio(sum(len(d.true_positives) for d in self.documents), sum(d.gold for d in self.documents))

    @property
    def f1(self) -> float:
        """The harmonic mean of the overall precision and recall."""
        return _f1(self.precision, self.recall)

    @property
    def negative_violations(self) -> list[str]:
        """Every document's relations found that the gold file says must not be, named by document."""
        return [f"{d.document}: {v}" for d in self.documents for v in d.negative_violations]

    @property
    def qualifier_checks(self) -> list[QualifierCheck]:
        """Every document's qualifier checks."""
        return [q for d in self.documents for q in d.qualifier_checks]

    def to_json(self) -> dict[str, Any]:
        """A JSON-able summary: totals, then every document's details."""
        return {
            "total": {
                "precision": round(self.precision, 4),
                "recall": round(self.recall, 4),
                "f1": round(self.f1, 4),
                "true_positives": sum(len(d.true_positives) for d in self.documents),
                "misses": sum(len(d.misses) for d in self.documents),
                "false_positives": sum(len(d.false_positives) for d in self.documents),
                "negative_violations": len(self.negative_violations),
                "qualifiers_ok": all(q.ok for q in self.qualifier_checks),
            },
            "documents": [d.to_json() for d in self.documents],
            "unscored": self.unscored,
        }

    def to_text(self) -> str:
        """A readable table, then what was missed, wrong or forbidden."""
        width = max([len("document"), *(len(d.document) for d in self.documents)])
        head = f"{'document':<{width}}  {'P':>5}  {'R':>5}  {'F1':>5}  TP  miss  FP  neg"
        lines = [head, "-" * len(head)]
        rows = [
            (
                d.document,
                d.precision,
                d.recall,
                d.f1,
                len(d.true_positives),
                len(d.misses),
                len(d.false_positives),
                len(d.negative_violations),
            )
            for d in self.documents
        ]
        rows.append(
            (
                "total",
                self.precision,
                self.recall,
                self.f1,
                sum(r[4] for r in rows),
                sum(r[5] for r in rows),
                sum(r[6] for r in rows),
                sum(r[7] for r in rows),
            )
        )
        for name, p, r, f, tp, miss, fp, neg in rows:
            lines.append(
                f"{name:<{width}}  {p:5.3f}  {r:5.3f}  {f:5.3f}  {tp:>2}  {miss:>4}  {fp:>2}  {neg:>3}"
            )
        for d in self.documents:
            for label, items in (
                ("missed", d.misses),
                ("false positive", d.false_positives),
                ("NEGATIVE asserted", d.negative_violations),
            ):
                lines += [f"{d.document}: {label}: {item}" for item in items]
            for q in d.qualifier_checks:
                mark = "ok" if q.ok else "WRONG"
                lines.append(
                    f"{d.document}: qualifier {q.relation} {q.field}: expected "
                    f"{q.expected}, found {q.found} ({mark})"
                )
        if self.unscored:
            lines.append("not in the gold file (unscored): " + ", ".join(self.unscored))
        return "\n".join(lines)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# ---------------------------------------------------------------- the gold file


@dataclass(frozen=True, slots=True)
class _GoldDocument:
    gold: list[tuple[str, frozenset[Triple]]]  # (as written, the triples any of which counts)
    also_ok: frozenset[Triple]
    negative: dict[Triple, str]
    qualifiers: list[dict[str, Any]]


def _canonical(text: str, where: str) -> Triple:
    from aikg.ontology.vocab import vocabulary

    parts = str(text).split()
    if len(parts) != 3:
        raise InputError(where, f"expected 'subject predicate object', got {text!r}")
    try:
        return vocabulary().canonical(*parts)
    except AIKGError as e:
        raise InputError(where, f"{text!r}: {e}") from e


def _relations(items: Any, where: str) -> list[tuple[str, frozenset[Triple]]]:
    out = []
    for i, item in enumerate(items or []):
        loc = f"{where}[{i}]"
        if isinstance(item, dict) and set(item) == {"any"}:
            members = item["any"] or []
            triples = frozenset(_canonical(m, loc) for m in members)
            out.append(("any: " + " | ".join(str(m) for m in members), triples))
        elif isinstance(item, str):
            out.append((item, frozenset({_canonical(item, loc)})))
        else:
            raise InputError(loc, f"expected a relation string or an 'any:' list, got {item!r}")
    return out


def load_gold(path: Path) -> tuple[dict[str, set[str]], dict[str, _GoldDocument]]:
    """Gold entity names (normalised) by id, and each document's gold, from a gold YAML file."""
    import yaml

    from aikg.loaders.reading import read_text

    try:
        data = yaml.safe_load(read_text(path))
    except yaml.YAMLError as e:
        raise InputError(str(path), f"not valid YAML: {e}") from e
    if not isinstance(data, dict) or not isinstance(data.get("documents"), dict):
        raise InputError(str(path), "expected mappings 'entities' and 'documents'")
    entities = {
        str(k): {normalise(str(n)) for n in (v if isinstance(v, list) else [v])}
        for k, v in (data.get("entities") or {}).items()
    }
    documents = {}
    known = set(entities)
    for name, spec in data["documents"].items():
        where = f"{path}: documents.{name}"
        spec = spec or {}
        if not isinstance(spec, dict):
            raise InputError(where, "expected a mapping with gold / also_ok / negative")
        negative = {t: text for text, ts in _relations(spec.get("negative"), where + ".negative") for t in ts}
        used = {x for _, ts in _relations(spec.get("gold"), where) for t in ts for x in (t[0], t[2])}
        used |= {x for t in negative for x in (t[0], t[2])}
        if unknown := sorted(used - known):
            raise InputError(
                where, "relations name entities not listed under 'entities': " + ", ".join(unknown)
            )
        documents[str(name)] = _GoldDocument(
            gold=_relations(spec.get("gold"), where + ".gold"),
            also_ok=frozenset(t for _, ts in _relations(spec.get("also_ok"), where) for t in ts),
            negative=negative,
            qualifiers=list(spec.get("qualifiers") or []),
        )
    return entities, documents


# ---------------------------------------------------------------- scoring


def gold_ids(entity: Entity, entities: dict[str, set[str]]) -> list[str]:
    """The gold ids whose names include the entity's label, one of its aliases, or the short
    form of its label that its id spells ("Lightspeed" for Lightspeed Venture Partners, id
    ``lightspeed``: extraction resolves the short form so, and so must scoring)."""
    names = {normalise(n) for n in entity.names()}
    short = entity.id.replace("-", " ")
    if normalise(entity.label).startswith(short + " "):
        names.add(short)
    return [gid for gid, gold_names in entities.items() if names & gold_names]


def direct_relations(extraction: Extraction, entities: dict[str, set[str]]) -> dict[Triple, list[Claim]]:
    """Extracted asserted/reported/alleged claims, re-expressed over gold entity ids (canonical
    form: inverses flipped, symmetric pairs ordered)."""
    from aikg.ontology.vocab import vocabulary

    by_id = {e.id: e for e in extraction.entities}
    out: dict[Triple, list[Claim]] = {}
    for claim in extraction.claims:
        if not claim.status.is_direct:
            continue
        subject, obj = by_id.get(claim.subject), by_id.get(claim.object)
        if subject is None or obj is None:
            continue
        for s in gold_ids(subject, entities):
            for o in gold_ids(obj, entities):
                if s != o:
                    triple = vocabulary().canonical(s, claim.predicate, o)
                    out.setdefault(triple, []).append(claim)
    return out


def score_document(
    name: str, extraction: Extraction, gold: _GoldDocument, entities: dict[str, set[str]]
) -> DocumentScore:
    """Compare one document's extraction with its gold relations."""
    found = direct_relations(extraction, entities)
    score = DocumentScore(document=name, gold=len(gold.gold))
    gold_triples: set[Triple] = set()
    for text, triples in gold.gold:
        gold_triples |= triples
        (score.true_positives if triples & found.keys() else score.misses).append(text)
    for triple in sorted(found):
        text = " ".join(triple)
        if triple in gold.negative:
            score.negative_violations.append(text)
        if triple in gold_triples:
            score.found_relations += 1
        elif triple in gold.also_ok and triple not in gold.negative:
            score.neutral.append(text)
        else:
            score.false_positives.append(text)
    for spec in gold.qualifiers:
        score.qualifier_checks += check_qualifiers(spec, found, name)
    return score


def check_qualifiers(
    spec: dict[str, Any], found: dict[Triple, list[Claim]], where: str
) -> list[QualifierCheck]:
    """Check amount (any listed value, within 1%), currency, period and share (within 0.01)."""
    relation = str(spec.get("relation", ""))
    claims = found.get(_canonical(relation, f"{where}: qualifiers"), [])
    checks = []
    for key in ("amount", "currency", "period", "share"):
        if key not in spec:
            continue
        expected = spec[key]
        values = [getattr(c.qualifiers, key) for c in claims]
        values = [v for v in values if v is not None]
        ok = any(_qualifier_matches(key, expected, v) for v in values)
        checks.append(QualifierCheck(relation, key, expected, values[0] if values else None, ok))
    return checks


def _qualifier_matches(key: str, expected: Any, value: Any) -> bool:
    if key == "amount":
        options = expected if isinstance(expected, list) else [expected]
        return any(abs(float(value) - float(o)) <= AMOUNT_TOLERANCE * abs(float(o)) for o in options)
    if key == "share":
        return abs(float(value) - float(expected)) <= SHARE_TOLERANCE
    return str(value).lower() == str(expected).lower()


def evaluate(
    gold_path: Path, document_paths: Sequence[Path], names: NameIndex | None = None, *, learned: bool = True
) -> EvalReport:
    """Extract every document and score it against the gold file.

    Documents are matched to the gold file's entries by file name; gold documents with no
    matching path are an InputError naming them; articles the gold file does not list are
    reported as unscored. ``learned=False`` scores the rules-only extractor, the baseline.
    """
    from aikg.extract.pipeline import extract
    from aikg.loaders.text import read_article
    from aikg.ontology.registry import default_registry

    names = names if names is not None else default_registry()
    entities, documents = load_gold(Path(gold_path))
    articles = [Path(p) for p in document_paths if Path(p).suffix.lower() in ARTICLE_SUFFIXES]
    by_name = {p.name: p for p in articles}
    missing = sorted(set(documents) - set(by_name))
    if missing:
        raise InputError(str(gold_path), "no document given for gold entries: " + ", ".join(missing))
    report = EvalReport(unscored=sorted(set(by_name) - set(documents)))
    for name in documents:
        extraction = extract(read_article(by_name[name]), names, learned=learned)
        report.documents.append(score_document(name, extraction, documents[name], entities))
    return report


# ---------------------------------------------------------------- annotated passages


@dataclass
class PassageScore:
    """True positives, false positives and gold relations, summed over annotated passages."""

    tp: int = 0
    fp: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        """Share of the relations read that the annotation states."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of the annotated relations that were read."""
        return self.tp / self.gold if self.gold else 0.0

    def to_json(self) -> dict[str, float]:
        """The figures, rounded, with the counts they come from."""
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(_f1(self.precision, self.recall), 3),
            "tp": self.tp,
            "fp": self.fp,
            "gold": self.gold,
        }


def _bare(name: str) -> str:
    """A name without a possessive ending or the punctuation a tokenised annotation keeps
    after it ("Amphion 's" is Amphion, and so are "Amphion ." and "Amphion '' ."; "Philidas '" is
    Philidas), nor the short form an annotation takes in with it ("Amphion Labs Inc. ( Amphion )"),
    nor an opening quote (`` Amphion)."""
    name = name.strip()
    while True:
        if name.endswith(")") and name.rfind(" (") > 0:
            name = name[: name.rfind(" (")].rstrip()
            continue
        if name.startswith(("``", "'")) and len(name) > 2:  # a tokenised opening quote
            name = name.lstrip("`'").lstrip()
            continue
        for ending in (" 's", " ’s", "'s", "’s", ",", " .", "''", "``", " '"):
            if name.endswith(ending) and len(name) > len(ending):
                name = name.removesuffix(ending).rstrip()
                break
        else:
            return name


def score_passages(
    passages: Iterable[Passage], names: NameIndex | None = None, *, learned: bool = True
) -> dict[str, PassageScore]:
    """End-to-end scores per data set (``core``, ``fire``, ``redocred``, ``own``): each
    passage's text is extracted as an article (no names given) and its relations matched to the
    annotation by name, as a gold file is scored; a pronoun counts only if resolved to a name,
    and a relation the text hedges or denies is expected not to be stated (a false positive if
    it is), as a gold file's negatives are.
    ``learned=False`` scores the rules-only extractor."""
    from aikg.extract.pipeline import extract
    from aikg.ontology.models import Document, content_id
    from aikg.ontology.registry import default_registry
    from aikg.ontology.vocab import vocabulary

    names = names or default_registry()
    out: dict[str, PassageScore] = {}
    for passage in passages:
        document = Document(id=content_id(passage.text), path=f"{passage.id}.txt", text=passage.text)
        extraction = extract(document, names, learned=learned)
        entities, same = _one_key_per_name(passage)
        gold = {
            vocabulary().canonical(same[s], p, same[o])
            for (s, o), p in passage.relations.items()
            if same[s] != same[o] and (s, o) not in passage.hedged
        }
        found = set(direct_relations(extraction, entities))
        score = out.setdefault(passage.source, PassageScore())
        score.gold += len(gold)
        score.tp += len(found & gold)
        score.fp += len(found - gold)
    return out


def _one_key_per_name(passage: Passage) -> tuple[dict[str, set[str]], dict[str, str]]:
    """The passage's entities by key, with keys that share a name made one ("Acme bought
    Kittering and moved Kittering's app": FIRE and our own sentences key names by mention, but
    an extraction names one Kittering), and each key's surviving key."""
    entities: dict[str, set[str]] = {}
    same: dict[str, str] = {}
    for key, forms in passage.names.items():
        bare = {normalise(_bare(form)) for form in forms}
        same[key] = next((k for k, known in entities.items() if known & bare), key)
        entities.setdefault(same[key], set()).update(bare)
    for pair in passage.relations:  # a key the annotation gives no name: itself
        for key in pair:
            same.setdefault(key, key)
    return entities, same
