"""Curated fact files (YAML): what people know, added by hand, with the same evidence as text.

Every problem is reported as ``file:line: what is wrong`` with the closest valid choices, because
these files are written by people and a silent drop would be a lost fact.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator

from aikg.errors import AIKGError, InputError
from aikg.loaders.reading import read_decoded
from aikg.ontology.dates import PartialDate, parse_date
from aikg.ontology.models import (
    PERIODS,
    Claim,
    Document,
    Entity,
    Evidence,
    Extraction,
    Qualifiers,
    Status,
    content_id,
)
from aikg.ontology.registry import NameIndex, parse_entity_records
from aikg.ontology.validation import validation_lines
from aikg.ontology.vocab import vocabulary

DEFAULT_CONFIDENCE = {
    Status.ASSERTED: 0.95,
    Status.REPORTED: 0.85,
    Status.ALLEGED: 0.6,
    Status.SPECULATIVE: 0.4,
    Status.NEGATED: 0.9,
}


def _read_date(value: object) -> PartialDate | None:
    """Any form aikg.ontology.dates reads (YAML gives dates, numbers for ``2024``, or text),
    at its precision; what it cannot read is an error a person can fix (not a pydantic one)."""
    if value is None or value == "":
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise ValueError(f"cannot read {value!r} as a date; write it as YYYY-MM-DD (or YYYY-MM, or YYYY)")
    return parsed


FactDate = Annotated[PartialDate | None, BeforeValidator(_read_date)]


class Source(BaseModel):
    """Where facts come from: a fact file's default ``source:``, or one fact's own."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = None
    url: str | None = None
    date: FactDate = None


class Fact(BaseModel):
    """One line of a fact file's ``facts:``: a claim with its status, qualifiers and source."""

    model_config = ConfigDict(extra="forbid")

    subject: str
    predicate: str
    object: str
    status: Status = Status.ASSERTED
    # allow_inf_nan=False: ".inf" or "1e400" is no amount, and would overflow when stored.
    confidence: float | None = Field(default=None, ge=0, le=1, allow_inf_nan=False)
    amount: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    currency: str | None = None
    period: str | None = None
    share: float | None = Field(default=None, ge=0, le=1, allow_inf_nan=False)
    date: FactDate = None
    quote: str | None = None
    source: Source | None = None

    @field_validator("period")
    @classmethod
    def _period(cls, v: str | None) -> str | None:
        if v is None:
            return v
        word = {
            "monthly": "month",
            "yearly": "year",
            "annually": "year",
            "annual": "year",
            "weekly": "week",
            "daily": "day",
            "quarterly": "quarter",
        }.get(v.lower(), v.lower())
        if word not in PERIODS:
            raise ValueError(f"unknown period {v!r}; expected one of {', '.join(PERIODS)}")
        return word

    @field_validator("currency")
    @classmethod
    def _currency(cls, v: str | None) -> str | None:
        if v is not None and not (len(v) == 3 and v.isalpha()):
            raise ValueError(f"currency must be an ISO 4217 code such as USD, not {v!r}")
        return v.upper() if v else v


class FactFile(BaseModel):
    """A fact file as written: a default source, entities to add or correct, and facts."""

    model_config = ConfigDict(extra="forbid")

    source: Source = Source()
    entities: list[Any] = []
    facts: list[Any] = []


def _item_nodes(root: yaml.Node | None, key: str) -> list[yaml.Node]:
    """The YAML nodes of the list under ``key``, for line numbers and character spans."""
    if not isinstance(root, yaml.MappingNode):
        return []
    for k, v in root.value:
        if isinstance(k, yaml.ScalarNode) and k.value == key and isinstance(v, yaml.SequenceNode):
            return list(v.value)
    return []


def _check_nodes(where: str, root: yaml.Node | None) -> None:
    """Refuse what PyYAML accepts silently: a key given twice in one mapping (the last value
    would win unseen) and a lone surrogate in a string (no UTF-8 can hold it, so the store
    cannot either). Raises InputError naming the line."""
    stack = [root] if root is not None else []
    visited: set[int] = set()  # aliases share nodes: visit each once, or a YAML bomb explodes here
    while stack:
        node = stack.pop()
        if id(node) in visited:
            continue
        visited.add(id(node))
        line = node.start_mark.line + 1
        if isinstance(node, yaml.ScalarNode):
            if any("\ud800" <= c <= "\udfff" for c in node.value):
                raise InputError(
                    where,
                    "a string holds a lone surrogate (an escape such as \\ud800 that is no "
                    "character); remove it or write the character itself",
                    line=line,
                )
        elif isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        raise InputError(
                            where,
                            f"the key {key.value!r} is given twice in one mapping; keep one",
                            line=key.start_mark.line + 1,
                        )
                    seen.add(key.value)
                stack.extend((key, value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def _yaml_hint(text: str, e: yaml.YAMLError) -> str:
    """The likely fix for a YAML syntax error, in the words a person editing the file needs."""
    mark = getattr(e, "problem_mark", None)
    problem = getattr(e, "problem", None) or ""
    if "'\\t'" in problem:  # PyYAML: "found character '\\t' that cannot start any token"
        return "YAML indents with spaces, not tabs: replace the tab"
    if mark is not None and mark.index >= len(text.rstrip()):
        return "the file ends mid-structure: is it truncated?"
    return "check the indentation, brackets and quotes on that line"


# Deeper than this, the file is composed by PyYAML's Python parser: libyaml's composer recurses
# in C and crashes the process on a bracket bomb, where Python's stops with a RecursionError.
C_MAX_DEPTH = 100


def _parse(text: str) -> tuple[yaml.Node | None, Any]:
    """The file's node tree (for line numbers and spans) and its data, from one parse.

    Why: PyYAML's pure-Python parser took about 35 s for a 5 MB fact file (20,000 entities and
    33,000 facts), and reading the data and the nodes were two parses. libyaml (when PyYAML
    has it) composes the same nodes, with the same marks, in a few seconds. Any error is
    reported by the Python parser, whose messages name the problem the way people fix it.
    """
    c_loader = getattr(yaml, "CSafeLoader", None)
    if c_loader is not None and _c_depth_ok(text, c_loader):
        loader = _remembering(c_loader)(text)
        try:
            root = loader.get_single_node()
            return root, (loader.construct_document(root) if root is not None else None)
        except yaml.YAMLError:
            pass  # read it again below, for PyYAML's message
        finally:
            loader.dispose()
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        return root, (loader.construct_document(root) if root is not None else None)
    finally:
        loader.dispose()


def _remembering(loader: Any) -> Any:
    """``loader`` resolving each plain scalar's tag once per distinct value: PyYAML resolves
    tags in Python, with regular expressions, and a fact file repeats its keys, names, statuses
    and dates thousands of times (a third of libyaml's time on a big file went there)."""

    class Remembering(loader):  # type: ignore[misc, valid-type]
        def __init__(self, stream: str) -> None:
            super().__init__(stream)
            self._tags: dict[tuple[Any, str, Any], str] = {}

        def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
            if kind is not yaml.ScalarNode:
                return super().resolve(kind, value, implicit)
            key = (kind, value, implicit)
            if key not in self._tags:
                self._tags[key] = super().resolve(kind, value, implicit)
            return self._tags[key]

    return Remembering


def _c_depth_ok(text: str, c_loader: Any) -> bool:
    """Whether ``text`` is YAML that nests at most C_MAX_DEPTH collections (libyaml's event
    parser keeps its own stack, so this check cannot crash)."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=c_loader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > C_MAX_DEPTH:
                    return False
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return False
    return True


def load_fact_file(path: Path, names: NameIndex) -> Extraction:
    """Read a fact file into claims; ``names`` gains the file's entities so later files see them."""
    decoded = read_decoded(path)
    text = decoded.text
    where = str(path)
    try:
        root, data = _parse(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(e, "problem", None) or str(e)
        raise InputError(where, f"malformed YAML: {problem}; {_yaml_hint(text, e)}", line=line) from e
    except ValueError as e:  # PyYAML builds dates itself: "date: 2024-02-30" fails in datetime
        raise InputError(where, f"malformed YAML: {e} (a date that does not exist?)") from e
    except RecursionError as e:
        raise InputError(where, "malformed YAML: brackets or lists nested too deeply to read") from e
    _check_nodes(where, root)
    if not isinstance(data, dict):
        found = "no YAML data" if data is None else f"a YAML {'list' if isinstance(data, list) else 'scalar'}"
        raise InputError(
            where,
            f"holds {found}, but a fact file is a mapping with 'facts:' "
            "(and optional 'source:', 'entities:'); see the README's fact-file example",
        )
    try:
        parsed = FactFile.model_validate(data)
    except ValidationError as e:
        raise InputError(where, "; ".join(validation_lines(e))) from e

    entity_nodes = _item_nodes(root, "entities")
    new_entities: list[Entity] = []
    for i, item in enumerate(parsed.entities):
        line = entity_nodes[i].start_mark.line + 1 if i < len(entity_nodes) else None
        try:
            [entity] = parse_entity_records([item], where)
        except InputError as e:
            raise InputError(where, e.problem.replace("entities.0", f"entities.{i}"), line=line) from e
        names.add(entity)
        new_entities.append(entity)

    document = Document(
        id=content_id(text),
        path=str(path),
        title=parsed.source.title or path.stem,
        published=parsed.source.date.first_day() if parsed.source.date else None,
        published_precision=parsed.source.date.precision if parsed.source.date else "day",
        url=parsed.source.url,
        text=text,
        encoding=decoded.encoding,
    )
    fact_nodes = _item_nodes(root, "facts")
    claims: list[Claim] = []
    mentioned: dict[str, Entity] = {e.id: e for e in new_entities}
    for i, item in enumerate(parsed.facts):
        node = fact_nodes[i] if i < len(fact_nodes) else None
        line = node.start_mark.line + 1 if node is not None else None
        try:
            fact = Fact.model_validate(item)
            claim, ends = _claim(fact, document, names, node, text)
        except ValidationError as e:
            raise InputError(where, "; ".join(validation_lines(e, prefix=f"facts.{i}")), line=line) from e
        except AIKGError as e:
            raise InputError(where, f"facts.{i}: {e}", line=line) from e
        claims.append(claim)
        mentioned.update((e.id, e) for e in ends)
    return Extraction(document=document, entities=tuple(mentioned.values()), claims=tuple(claims))


_STATUS_WORDS = {
    Status.ASSERTED: "Curated fact",
    Status.REPORTED: "Curated fact, as reported",
    Status.ALLEGED: "Curated fact, alleged",
    Status.SPECULATIVE: "Curated fact, speculative",
    Status.NEGATED: "Curated fact, denied",
}
_NOUN_LABELS = ("parent of", "subsidiary of", "customer of", "supplier of", "partner of")


def fact_sentence(fact: Fact, subject: str, obj: str) -> str:
    """The evidence of a fact with no ``quote``: the fact in words, marked as curated (its
    offsets still locate the fact in the file), never the YAML it was written in.

    >>> f = Fact(subject="x", predicate="investsIn", object="y", amount=4e9, currency="USD")
    >>> fact_sentence(f, "Amazon", "Anthropic")
    'Curated fact: Amazon invests in Anthropic (USD 4,000,000,000).'
    """
    label = vocabulary().predicate(fact.predicate).label
    verb = (
        f"is a {label}"
        if label in _NOUN_LABELS
        else f"is {label}"
        if label.endswith((" on", " by"))
        else label
    )
    details = []
    if fact.amount is not None:
        money = f"{fact.amount:,.0f}" if float(fact.amount).is_integer() else f"{fact.amount:,}"
        details.append(
            " ".join(filter(None, (fact.currency, money, f"per {fact.period}" if fact.period else "")))
        )
    if fact.share is not None:
        details.append(f"share {fact.share:.0%}")
    if fact.date is not None:
        details.append(f"as of {fact.date}")
    tail = f" ({'; '.join(details)})" if details else ""
    return f"{_STATUS_WORDS[fact.status]}: {subject} {verb} {obj}{tail}."


def _claim(
    fact: Fact, document: Document, names: NameIndex, node: yaml.Node | None, text: str
) -> tuple[Claim, list[Entity]]:
    subject = names.resolve(fact.subject)
    obj = names.resolve(fact.object)
    s, p, o = vocabulary().canonical(subject.id, fact.predicate, obj.id)
    start, end = (node.start_mark.index, node.end_mark.index) if node is not None else (0, len(text))
    sentence = fact_sentence(fact, subject.label, obj.label)
    if fact.quote and (at := text.find(fact.quote, start, end)) >= 0:
        start, end, sentence = at, at + len(fact.quote), fact.quote
    source = fact.source or Source()
    stated = source.date or fact.date
    evidence = Evidence(
        document=document.id,
        sentence=sentence,
        start=start,
        end=end,
        title=source.title,
        date=stated.first_day() if stated else None,
        date_precision=stated.precision if stated else "day",
        url=source.url,
    )
    qualifiers = Qualifiers(
        amount=fact.amount,
        currency=fact.currency,
        period=fact.period,
        share=fact.share,
        # a point in time is a day: a fact dated by its year or month keeps that in its evidence
        point_in_time=fact.date.first_day() if fact.date and fact.date.day else None,
    )
    claim = Claim(
        subject=s,
        predicate=p,
        object=o,
        status=fact.status,
        confidence=fact.confidence if fact.confidence is not None else DEFAULT_CONFIDENCE[fact.status],
        qualifiers=qualifiers,
        evidence=(evidence,),
    )
    return claim, [subject, obj]
