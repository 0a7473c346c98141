"""Entity mentions: registry labels, aliases and epithets, plus organisations discovered in text.

Registry names are found with spaCy PhraseMatchers built once per registry. Names the registry
does not know are discovered from capitalised token runs (``aikg.extract.discovery``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from weakref import WeakKeyDictionary

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from aikg.extract.defined_terms import defined_terms
from aikg.extract.discovery import byline_name, discover, legal_suffix, signer_name
from aikg.extract.lexicon import LEGAL_SUFFIXES, common_words, first_names, known_places
from aikg.extract.name_cues import PRODUCT_AFTER, context_type
from aikg.extract.name_kinds import DESCRIPTORS, NAME_SUFFIXES, ORG_TYPES, PRODUCT_TYPES
from aikg.extract.name_words import POSSESSIVE_MARKS, name_stop_word
from aikg.extract.products import product_spans
from aikg.extract.rules.nouns import CHIP_NOUNS
from aikg.extract.runs import GENERIC, VERBS_AFTER_SUBJECT, Run, name_like, runs
from aikg.extract.sentences import Sentence, Tokens, headline_case, pipeline
from aikg.extract.versions import VERSION_WORDS, model_size, plural_model, version_part
from aikg.ontology.models import Entity
from aikg.ontology.registry import NameIndex, normalise, slugify


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity named by tokens ``start:end`` of a sentence's Doc."""

    start: int
    end: int
    entity: Entity
    possessive: bool = False
    epithet: bool = False


@dataclass(slots=True)
class Mentions:
    """What mention finding yields for a document: mentions per sentence, discovered entities."""

    by_sentence: dict[int, list[Mention]] = field(default_factory=dict)
    discovered: dict[str, Entity] = field(default_factory=dict)

    def of(self, sentence: Sentence) -> list[Mention]:
        """The mentions in ``sentence``, in text order."""
        return self.by_sentence.get(sentence.index, [])


class RegistryMatcher:
    """PhraseMatchers for a registry's names (case as written) and epithets (any case)."""

    def __init__(self, names: NameIndex) -> None:
        nlp = pipeline()
        self.entities = {e.id: e for e in names}
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.epithets = PhraseMatcher(nlp.vocab, attr="LOWER")
        for entity in self.entities.values():
            forms = {v for n in entity.names() for v in (n, n.rstrip(".")) if v.strip()}
            if entity.type == "Chip":  # "Google's TPUs", "H100s": chips are bought by the many
                forms |= {f"{f}s" for f in forms if " " not in f and (f[-1:].isdigit() or f[-1:].isupper())}
            self.names.add(entity.id, [nlp.make_doc(f) for f in sorted(forms)])
            epithets = {v for e in entity.epithets for v in (e, e.replace("'", "’")) if e.strip()}
            if epithets:
                self.epithets.add(entity.id, [nlp.make_doc(e) for e in sorted(epithets)])

    def spans(self, doc: Doc, lower: Sequence[str]) -> list[tuple[int, int, Entity, bool]]:
        """Non-overlapping registry mentions in ``doc``, whose tokens lower-cased are ``lower``
        (read once per block: ``doc[i].lower_`` builds a Token per call): (start, end, entity,
        is_epithet)."""
        strings = doc.vocab.strings
        spans = _longest_first([(s, e, k, False) for k, s, e in self.names(doc)])
        found = self.epithets(doc) if len(self.epithets) else []
        if found:
            epithets = [
                (start, end, key, True)
                for start, end, key, _ in _longest_first([(s, e, k, True) for k, s, e in found])
                # "Arm, the SoftBank-owned chip designer": beside the entity's own name an epithet
                # adds nothing, and the names inside it may take part in relations.
                if not any(k == key and (0 <= start - e <= 2 or 0 <= s - end <= 2) for s, e, k, _ in spans)
            ]
            if epithets:
                spans = _longest_first([*spans, *epithets])
        out = []
        entities = self.entities
        last = len(lower)
        for start, end, key, epithet in spans:
            if not epithet and end < last and lower[end] in LEGAL_SUFFIXES:
                end += 1  # "Microsoft Corp" when only "Microsoft Corp." is an alias
            out.append((start, end, entities[strings[key]], epithet))
        return out


_Match = tuple[int, int, int, bool]  # start, end, match id, epithet


def _start(m: _Match) -> int:
    return m[0]


def _longest_first(matches: list[_Match]) -> list[_Match]:
    """spaCy's ``filter_spans`` on plain tuples (no Span objects): overlapping matches resolved
    in favour of the longest, then the first; the result in text order. Matches are never
    empty (a PhraseMatcher's are not)."""
    ordered = sorted(matches, key=_start)
    if all(a[1] <= b[0] for a, b in pairwise(ordered)):
        return ordered  # nothing overlaps (most blocks): every match stands (none is empty)
    result = []
    seen: set[int] = set()
    for m in sorted(matches, key=lambda m: (m[1] - m[0], -m[0]), reverse=True):
        if m[0] not in seen and m[1] - 1 not in seen:
            result.append(m)
            seen.update(range(m[0], m[1]))
    return sorted(result, key=_start)


_MATCHERS: OrderedDict[tuple[object, ...], RegistryMatcher] = OrderedDict()
_MATCHER_CACHE_SIZE = 8

_BY_INDEX: WeakKeyDictionary[NameIndex, tuple[int, RegistryMatcher]] = WeakKeyDictionary()


def registry_matcher(names: NameIndex) -> RegistryMatcher:
    """The matcher for ``names``, built once per distinct registry content."""
    version = names.revision  # O(1), unlike fingerprinting thousands of names per document
    known = _BY_INDEX.get(names)
    if known is not None and known[0] == version:
        return known[1]  # the same index, unchanged: skip fingerprinting its names
    key = tuple((e.id, e.names(), e.epithets, e.type) for e in names)
    matcher = _MATCHERS.get(key)
    if matcher is None:
        matcher = RegistryMatcher(names)
        _MATCHERS[key] = matcher
        if len(_MATCHERS) > _MATCHER_CACHE_SIZE:
            _MATCHERS.popitem(last=False)
    _MATCHERS.move_to_end(key)
    _BY_INDEX[names] = (version, matcher)
    return matcher


def find_mentions(
    sentences: list[Sentence],
    names: NameIndex,
    slots: Mapping[int, Mapping[int, str]] | None = None,
    *,
    learned: bool = True,
    furniture: Collection[int] = (),
) -> Mentions:
    """Every mention in ``sentences``: registry names and epithets, then discovered names.

    Names in ``furniture`` (indices of sentences that are page furniture: bylines, credits,
    copyright and newsletter lines) are found when the article names them, but never
    discovered there: "© 2025 Techwire Media" names no organisation the article is about."""
    matcher = registry_matcher(names)
    by_doc: dict[int, tuple[list[int], list[tuple[int, int, Entity, bool]]]] = {}
    result = Mentions()
    taken: dict[int, set[int]] = {}
    registry: dict[int, list[Mention]] = {}
    for s in sentences:
        key = id(s.doc)
        if key not in by_doc:
            spans = matcher.spans(s.doc, s.tokens.lower)
            by_doc[key] = ([a for a, _, _, _ in spans], spans)
        starts, spans = by_doc[key]
        # A block's spans are in text order: this sentence's are those starting in its tokens.
        lo, hi = bisect_left(starts, s.first), bisect_left(starts, s.last)
        found = [_mention(s, a, b, e, ep) for a, b, e, ep in spans[lo:hi] if b <= s.last]
        if learned:
            found = [_others_product(s, _versioned(s, m, names), names) for m in found]
        registry[s.index] = found
    # Sentences in Title Case ("... Picks Samsung To Make Its First AI Chip."): asked once here,
    # read by _extend_known and by the skip set below.
    headlines = {s.index for s in sentences if not s.heading and headline_case(s)}
    if learned:
        _extend_known(sentences, registry, names, headlines)
    for s in sentences:
        taken[s.index] = {i for m in registry[s.index] for i in range(m.start, m.end)}
    candidates = {s.index: runs(s, taken[s.index]) for s in sentences}
    # Furniture and headlines in Title Case ("... Picks Samsung To Make Its First AI Chip.")
    # name what the article names elsewhere; their capitals alone mark no new name.
    skip = set(furniture) | headlines
    # A byline's or a caption's people are kept, for discovery to learn they are people ("by
    # Jane Doe and Tom Roe", "co-founder Tove Lindahl in the workshop. Photo: ...").
    headings = {s.index for s in sentences if s.heading}
    usable = (
        {
            i: [
                r
                for r in found
                if (byline_name(r) or signer_name(r) if i in headings else context_type(r) == "Person")
            ]
            if i in skip
            else found
            for i, found in candidates.items()
        }
        if skip
        else candidates
    )
    result.discovered = discover(sentences, names, usable, slots or {}, learned=learned)
    shortened = ShortNames(names) if learned else None
    for s in sentences:
        mentions = list(registry[s.index])
        for run in candidates[s.index]:
            hit = shortened.lookup(run) if shortened else None
            if hit is None and result.discovered:
                hit = _lookup(run, result.discovered)
            if hit is not None:
                mentions.append(_mention(s, hit[0], hit[1], hit[2], False))
        if shortened:
            shortened.learn(s, mentions)
        if learned and mentions and not s.heading and s.index not in skip:
            mentions += _products(s, mentions) + _lower_case_models(s, mentions)
        if mentions:
            result.by_sentence[s.index] = sorted(mentions, key=lambda m: m.start)
    if bound := defined_terms(sentences, result.of):
        for s in sentences:
            if named := _bound_terms(s, result.of(s), bound):
                result.by_sentence[s.index] = named
    return result


def _bound_terms(s: Sentence, mentions: list[Mention], bound: Mapping[str, Entity]) -> list[Mention]:
    """``mentions`` with each capitalised defined term of the document ("the Applicant") a
    mention of the organisation it was defined for, in place of any name discovered there."""
    t = s.tokens
    terms = [k for k in range(s.first, s.last) if t.lower[k] in bound and t.text[k][:1].isupper()]
    if not terms:
        return []
    kept = [m for m in mentions if not (m.end - m.start == 1 and m.start in terms)]
    covered = {i for m in kept for i in range(m.start, m.end)}
    kept += [_mention(s, k, k + 1, bound[t.lower[k]], False) for k in terms if k not in covered]
    return sorted(kept, key=lambda m: m.start)


# Second words that name a unit of the company the first word names ("Halvor Ventures" is
# Halvor's fund, so a later "Halvor" is the parent, not the fund).
UNIT_WORDS = frozenset(
    {"ventures", "capital", "fund", "funds", "foundation", "cloud", "research", "studios", "foundry"}
    | {"innovation", "investments", "investment", "growth", "labs", "lab", "robotics", "health"}
    | {"summit", "conference", "expo", "forum", "day", "days", "week", "awards"}  # its event
)

# What a first word may stand for: an organisation, or a cloud named after its operator.
SHORTENED_TYPES = ORG_TYPES | {"CloudPlatform"}


class ShortNames:
    """The first word of an organisation's name, which the text goes on to use for it: "Sakura
    Internet ... rents capacity on Sakura's cloud", "Graniteview Compute ... Graniteview said".

    Learnt sentence by sentence from the names already mentioned, so only later mentions are
    read so; a word that starts two of them, that the text used alone before ("Nimbra's revenue
    ... Nimbra Edge": the parent), that the registry knows on its own, or that is a common word,
    a place or a first name, is never a short name."""

    def __init__(self, names: NameIndex) -> None:
        self.names = names
        self.entities: dict[str, Entity | None] = {}  # first word -> entity, None when ambiguous
        self.alone: set[str] = set()  # one-word names the text used before

    def learn(self, s: Sentence, mentions: Sequence[Mention]) -> None:
        """Record the short names of the organisations ``s`` names in full."""
        for m in mentions:
            if m.end - m.start == 1:
                self.alone.add(s.tokens.text[m.start])
            if " " not in m.entity.label:
                self.alone.add(m.entity.label)  # "Dispensa GmbH ... Dispensa Open": the company's own name
                # and, written with its legal form, no longer another's short name: "Wexmoor
                # Saddlery ... its owner, Wexmoor Inc."
                other = self.entities.get(m.entity.label)
                written = " ".join(s.tokens.text[m.start : m.end])
                if other is not None and other.id != m.entity.id and legal_suffix(written) is not None:
                    del self.entities[m.entity.label]
        for m in mentions:
            words = m.entity.label.split()
            if m.entity.type not in SHORTENED_TYPES or len(words) < 2 or m.end - m.start < 2:
                continue
            first = words[0]
            # a unit's second word ("Halvor Ventures") leaves the first to the parent, unless
            # the name is a legal entity's own ("Kestrel Cloud Inc.": Kestrel is the company)
            legal = any(legal_suffix(a) for a in m.entity.aliases)  # ("Kestrel Cloud Inc.")
            second = "" if m.entity.type in ORG_TYPES and legal else words[1]
            if first in self.alone or not _short_name_word(first, second, self.names):
                continue
            known = self.entities.setdefault(first, m.entity)
            if known is not None and known.id != m.entity.id:
                self.entities[first] = None  # "Halvor Labs" and "Halvor Systems": neither

    def lookup(self, run: Run) -> tuple[int, int, Entity] | None:
        """The organisation a one-word run is the short name of."""
        if run.size != 1 or not self.entities:
            return None
        entity = self.entities.get(run.text)
        return (run.start, run.end, entity) if entity is not None else None


def _short_name_word(first: str, second: str, names: NameIndex) -> bool:
    """Whether ``first`` may stand for a name it begins (``second`` the word after it)."""
    lower = first.lower()
    return (
        len(first) > 2
        and first[0].isupper()
        and first.isalpha()
        and not first.isupper()
        and second.lower() not in UNIT_WORDS
        and lower not in STOP_WORDS
        and lower not in common_words()
        and lower not in known_places()
        and lower not in first_names()
        and names.find(first) is None
    )


# A model named in lower case with its number: "o4" of "o4-mini", "o3" of "o3-pro", "o1"
LOWER_CASE_MODEL = re.compile(r"[a-z]\d{1,2}")


def _lower_case_models(s: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Mentions of a model an organisation's possessive names in lower case ("OpenAI's
    o4-mini", "OpenAI's open-weight gpt-oss-120b"), which no run of capitals finds."""
    t = s.tokens
    taken = {k for m in mentions for k in range(m.start, m.end)}
    out = []
    for m in mentions:
        if m.entity.type not in ORG_TYPES or m.end + 1 >= s.last or t.lower[m.end] not in POSSESSIVE_MARKS:
            continue
        k = m.end + 1
        if t.lower[k] in MODEL_ADJECTIVES:
            k = _hyphened_end(s, k)  # "open-weight", "new"
        end = _hyphened_end(s, k) if k < s.last else k
        if k >= s.last or k in taken or not t.text[k][:1].islower() or not t.text[k].isalnum():
            continue
        word = t.span(k, end)
        if not (LOWER_CASE_MODEL.fullmatch(t.text[k]) or (end > k + 1 and any(ch.isdigit() for ch in word))):
            continue  # "o4-mini", "gpt-oss-120b" (not "OpenAI's open-weight models")
        out.append(
            _mention(s, k, end, Entity(id=slugify(word), label=word, type="AIModel", curated=False), False)
        )
    return out


# Words between a maker's possessive and a model it names in lower case.
MODEL_ADJECTIVES = frozenset({"open", "new", "latest"})


def _hyphened_end(s: Sentence, k: int) -> int:
    """Where the word at ``k`` ends, its hyphened parts with it ("o4-mini", "gpt-oss-120b")."""
    t = s.tokens
    end = k + 1
    while end + 1 < s.last and t.text[end] == "-" and not t.space[end - 1] and not t.space[end]:
        end += 2
    return end


def _products(s: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the products ``s`` names in lower case after an organisation it names
    ("Fox provides suspension products")."""
    orgs = [(m.start, m.end) for m in mentions if m.entity.type in ORG_TYPES]
    if not orgs:
        return []
    names = [(m.start, m.end) for m in mentions]
    first = min(a for a, _ in orgs)
    out = []
    for a, b in product_spans(s, names):
        if a > first:
            label = s.tokens.span(a, b)
            out.append(
                _mention(
                    s, a, b, Entity(id=slugify(label), label=label, type="Product", curated=False), False
                )
            )
    return out


def _versioned(s: Sentence, m: Mention, names: NameIndex) -> Mention:
    """ "Llama 3.1", "Claude 3.5 Sonnet", "GPT-4o mini": a version of a known product or model
    is an entity of its own (as on Wikidata), not the family the registry names; so is a model
    its maker's name and a size name ("Mistral 7B")."""
    t = s.tokens
    if (
        not m.epithet
        and m.entity.type in {"ResearchLab", "Company"}
        and m.end < s.last
        and t.space[m.end - 1]
        and model_size(t.text[m.end])
    ):
        # "Mistral 7B": a model its maker's name and a size in parameters name
        label = t.span(m.start, m.end + 1)
        entity = names.find(label) or Entity(
            id=slugify(label), label=label, type="AIModel", parent=m.entity.id, curated=False
        )
        return _mention(s, m.start, m.end + 1, entity, False)
    if m.epithet or m.entity.type not in PRODUCT_TYPES:
        return m
    end = m.end
    while (
        end < s.last
        and t.space[end - 1]
        and version_part(t.text[end])
        and end - m.end < 3
        and not _size_described(t, end)
    ):
        end += 1
    if end == m.end:
        return m
    label = t.span(m.start, end)
    # (by the family's maker: "Llama 3.3" is Meta's too)
    entity = names.find(label) or Entity(
        id=slugify(label), label=label, type=m.entity.type, parent=m.entity.parent, curated=False
    )
    return _mention(s, m.start, end, entity, False)


# Nouns a lower-case size word describes rather than names: "Phi-4 small language model".
SIZED_KINDS = frozenset({"language", "model", "models", "vision", "multimodal", "reasoning"})
SIZE_WORDS = frozenset({"small", "large", "medium", "vision"})  # ("mini" names: "GPT-5 mini model")


def _size_described(t: Tokens, k: int) -> bool:
    """Whether the lower-case size word at ``k`` describes the model's kind ("small language
    model"), not its version ("GPT-4o mini", "Mistral Small 3")."""
    return t.text[k] in SIZE_WORDS and k + 1 < len(t) and t.lower[k + 1] in SIZED_KINDS


def _others_product(s: Sentence, m: Mention, names: NameIndex) -> Mention:
    """ "our Halvorsen Copilot for Operations product": a known product's name after a name the
    registry does not know is that other maker's product, not the known one (Microsoft's Copilot),
    with its "for ..." if capitals follow. A known maker before it ("Microsoft Copilot") or a
    common word ("Our Copilot") changes nothing."""
    t = s.tokens
    if m.epithet or m.entity.type not in PRODUCT_TYPES:
        return m
    start = m.start
    while (
        start > s.first
        and m.start - start < 3
        and t.space[start - 1]
        and t.text[start - 1][:1].isupper()
        and t.text[start - 1].isalpha()
        and t.lower[start - 1] not in common_words()
        and names.find(t.text[start - 1]) is None
    ):
        start -= 1
    if start == m.start:
        return m
    end = m.end
    if t.lower[end : end + 1] == ["for"] and end + 1 < s.last and name_like(t.text[end + 1]):
        end += 2  # "... Copilot for Operations"
    label = t.span(start, end)
    return _mention(
        s, start, end, Entity(id=slugify(label), label=label, type=m.entity.type, curated=False), False
    )


EXTEND_ACCEPT = 0.5  # the typer's confidence that "Salesforce Ventures" names an organisation or product


def _extension(s: Sentence, m: Mention, starts: set[int]) -> int:
    """Where the name ends that a known name opens ("Salesforce Ventures", "Amazon Bedrock"):
    capitalised words written right after it, up to a word that is no name part; a word of the
    field ("AI") only inside the name ("Azure AI Foundry", not "Nvidia AI chips")."""
    t = s.tokens
    end = m.end
    while (
        end < s.last
        and end not in starts
        and t.space[end - 1]
        and name_like(t.text[end])
        and not t.text[end][0].isdigit()
        and (t.lower[end] not in STOP_WORDS or name_stop_word(t, end))  # "Samsung Next"
        and t.lower[end] not in LEGAL_SUFFIXES
        and DESCRIPTORS.get(t.lower[end], "Product") in PRODUCT_TYPES  # "Oracle Database", not "... Group"
    ):
        end += 1
    while end > m.end and t.lower[end - 1] in GENERIC:
        end -= 1
    # "Mistral Medium 3": the model's version too; "Broadcom Tomahawk 5 switch chip", before goods
    versioned = t.lower[end - 1] in VERSION_WORDS or _goods_after_version(t, end, s.last)
    if end > m.end and versioned:
        while (
            end < s.last
            and end - m.end < 4
            and t.space[end - 1]
            and t.text[end][0].isdigit()
            and version_part(t.text[end])
        ):
            end += 1
    return end


def _unversioned(span: tuple[Sentence, int, int]) -> tuple[Sentence, int, int]:
    """The span of a name without its trailing version numbers ("Broadcom Tomahawk" of
    "Broadcom Tomahawk 5")."""
    s, start, end = span
    while end > start + 1 and s.tokens.text[end - 1][:1].isdigit():
        end -= 1
    return s, start, end


def _goods_after_version(t: Tokens, k: int, last: int) -> bool:
    """Whether a short version number at ``k`` is followed by a word for goods, up to two words
    on ("Tomahawk 5 switch chip", "Atlas 3 servers"): the version belongs to the name."""
    if k >= last or not t.text[k][:1].isdigit() or not version_part(t.text[k]) or "," in t.text[k]:
        return False
    return any(
        t.lower[j] in CHIP_NOUNS or t.lower[j] in PRODUCT_AFTER for j in range(k + 1, min(k + 3, last))
    )


def _extend_known(
    sentences: list[Sentence],
    registry: dict[int, list[Mention]],
    names: NameIndex,
    headlines: Collection[int],
) -> None:
    """A known name followed by more capitalised words names something else, a fund, a unit or
    a product ("Salesforce Ventures", "Amazon Bedrock", "Azure AI Foundry"), when the typer
    takes the whole for an organisation or a product: that is an entity of its own (not in
    a heading, nor in ``headlines``, the sentences written in Title Case)."""
    from aikg.extract.typer import type_spans

    todo: list[tuple[Sentence, int, int]] = []
    for s in sentences:
        found = registry[s.index]
        if not found or s.heading or s.index in headlines:  # most sentences name nothing known
            continue
        text, space = s.tokens.text, s.tokens.space
        starts = {m.start for m in found}
        for k, m in enumerate(found):
            if m.end >= s.last or not space[m.end - 1] or not text[m.end][:1].isupper():
                continue  # most known names: no capitalised word right after
            if m.epithet or m.possessive or m.entity.type not in ORG_TYPES | PRODUCT_TYPES:
                continue
            if s.tokens.lower[m.end - 1] in LEGAL_SUFFIXES:
                continue  # "Taiwan Semiconductor Manufacturing Co. Sable said": a name ends at its legal form
            end = _extension(s, m, starts)
            if end > m.end:
                todo.append((s, k, end))
    if not todo:
        return
    spans = [(s, registry[s.index][k].start, end) for s, k, end in todo]
    answers = list(type_spans(spans))
    # a name the typer rejects with its version ("Broadcom Tomahawk 5", read as a figure) may be
    # typed without it
    shorter = {
        j: _unversioned(spans[j])
        for j, (kind, p) in enumerate(answers)
        if kind not in ("ORG", "PROD") or p < EXTEND_ACCEPT
    }
    shorter = {j: span for j, span in shorter.items() if span != spans[j]}
    if shorter:
        for j, answer in zip(shorter, type_spans(list(shorter.values())), strict=True):
            answers[j] = answer
    for (s, k, end), (kind, p) in zip(todo, answers, strict=True):
        m = registry[s.index][k]
        if kind not in ("ORG", "PROD") or p < EXTEND_ACCEPT:
            continue
        label = s.tokens.span(m.start, end)
        suffix = NAME_SUFFIXES.get(s.tokens.lower[end - 1])
        plural = plural_model(s.tokens.text[end - 1])
        if plural:  # "AMD MI450s": the chip, bought by the many
            label, suffix = label[:-1], "Chip"
        after = s.tokens.lower[end] if end < s.last else ""
        if s.tokens.lower[end + 1 : end + 2] and after.isalpha() and s.tokens.lower[end + 1] in CHIP_NOUNS:
            after = s.tokens.lower[end + 1]  # "Tomahawk 5 switch chip": the head after a modifier
        if not suffix and after in CHIP_NOUNS:  # "eight AMD Instinct accelerators": a chip line
            suffix = "Chip"
        elif (not suffix or m.entity.type in PRODUCT_TYPES) and after in PRODUCT_AFTER:
            # "the Acme Vista app": a product; "Google's Gemini Robotics models": a model's name
            # goes on into a model's, whatever its last word
            suffix = DESCRIPTORS.get(after, "Product")
        type_ = suffix or ("Company" if kind == "ORG" else "Product")
        # "Nvidia GB300": a maker's product goes by the words after the maker's name too
        own = (
            (s.tokens.span(m.end, end).removesuffix("s") if plural else s.tokens.span(m.end, end),)
            if m.entity.type in ORG_TYPES and type_ in PRODUCT_TYPES
            else ()
        )
        entity = names.find(label) or Entity(
            id=slugify(label), label=label, type=type_, aliases=own, curated=False
        )
        registry[s.index][k] = _mention(s, m.start, end, entity, False)


def _lookup(run: Run, discovered: Mapping[str, Entity]) -> tuple[int, int, Entity] | None:
    """The longest part of a run that names a discovered entity: (start, end, entity)."""
    t = run.sentence.tokens
    for length in range(run.end - run.start, 0, -1):
        for start in range(run.start, run.end - length + 1):
            entity = discovered.get(normalise(t.span(start, start + length)))
            if entity is not None:
                return start, start + length, entity
    return None


def _mention(s: Sentence, start: int, end: int, entity: Entity, epithet: bool) -> Mention:
    possessive = end < s.last and s.tokens.text[end] in POSSESSIVE_MARKS
    if possessive and end + 1 < s.last and s.tokens.lower[end + 1] in VERBS_AFTER_SUBJECT:
        return Mention(start, end + 1, entity, False, epithet)  # "Bagrry's is a supplier": a name
    return Mention(start, end, entity, possessive, epithet)
