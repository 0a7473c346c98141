"""Organisations and products the registry does not know, discovered in text.

Candidates are capitalised token runs (``aikg.extract.runs``), taken for names only where
English marks them as names of organisations or products (``aikg.extract.name_cues``): a
corporate suffix ("Acme Labs", "Zenith Inc."), a descriptor ("startup Zenith", "Zenith, a
French chipmaker"), a relative clause ("Zenith, which makes ...") or a relation slot ("...
acquired Zenith"), or where the learned typer is confident. A capitalised word that merely opens
a sentence is not a name unless the document also capitalises it elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from aikg.extract.lexicon import LEGAL_SUFFIXES, known_places
from aikg.extract.name_cues import (
    about_ai,
    based_adjective,
    based_in,
    context_type,
    date,
    dateline,
    label_and_type,
    money,
    named_as_maker,
    nationality,
    person_after,
    personal_name,
    place_name,
    plural_subject,
    qualifies_noun,
    speaker,
    ticker,
    titled,
)
from aikg.extract.name_kinds import DEFINED_TERMS, DESCRIPTORS, NAME_SUFFIXES, ORG_TYPES, PRODUCT_TYPES
from aikg.extract.name_words import POSSESSIVE_MARKS, short_name
from aikg.extract.press import according_to, cited_people
from aikg.extract.runs import Run
from aikg.extract.sentences import Sentence
from aikg.extract.versions import version_part
from aikg.ontology.models import Entity
from aikg.ontology.names import family_stem
from aikg.ontology.registry import NameIndex, normalise, slugify

REJECT = 0.7  # the typer's confidence that a candidate is a person, place or no name
SURE_PLACE = 0.9  # its confidence that a known place is one, whatever noun follows it
ACCEPT = 0.5  # its confidence that an unmarked candidate names an organisation or product
ACCEPT_SPEAKER = 0.8  # its confidence that a name before "said" is an organisation, not a person
ACCEPT_INITIAL = 0.65  # the same for a lone word that opens its sentence ("Ford invested ...")

INCLUDE_VERBS = frozenset({"include", "includes", "included", "including"})
# Nouns whose lists are of companies ("its portfolio includes ...", "previous investments include").
COMPANY_LISTS = frozenset({"investment", "portfolio", "holding", "bet", "stake", "exit", "acquisition"}) | {
    # businesses by their trade: "larger chains such as Marriott and Hilton", "carriers such as"
    "chain",
    "carrier",
    "airline",
    "bank",
    "insurer",
    "retailer",
    "automaker",
    "carmaker",
    "brokerage",
    "operator",
}


@dataclass(slots=True)
class _Discovery:
    names: NameIndex
    found: dict[str, Entity] = field(default_factory=dict)  # normalised name -> entity
    sentences: list[Sentence] = field(default_factory=list)
    inner_caps: set[str] = field(default_factory=set)
    lower: dict[str, bool] = field(default_factory=dict)  # answers of ``written_lower``

    def add(self, label: str, type_: str, aliases: Iterable[str] = (), apart: Collection[str] = ()) -> None:
        """Record a discovered name (and its aliases) unless it or the registry has it.
        ``apart``: the other names of its sentence, written there as names of their own."""
        key, aliases = normalise(label), tuple(aliases)
        if key in self.found and _another_legal_entity(self.found[key], aliases):
            # "Kestrel Silicon Ltd ... Kestrel Silicon GmbH": the group's German company, apart
            label, key, aliases = aliases[0], normalise(aliases[0]), ()
        if key in self.found and _arm_of_namesake(self.found[key], key, apart):
            self._unalias(self.found[key], key)  # "Equinor Ventures, the venture arm of ... Equinor"
        if key in self.found:
            self._also_named(self.found[key], aliases)
            return
        if (known := self.names.find(label)) is not None:
            if known.type != "Person" and normalise(known.id) == key:
                self.found[key] = known  # "Lightspeed": a registry name only its id spells
            return
        slug = slugify(label)
        taken = {a: owner for a in aliases if (owner := self._first_words_of(a, type_)) is not None}
        # "Stahlberg AG ... Stahlberg Robotics": the short name is the company found with its legal form
        taken |= {a: owner for a in aliases if (owner := self._named_in_full(a)) is not None}
        entity = self.names.get(slug) or Entity(
            id=slug,
            label=label,
            type=type_,
            aliases=tuple(a for a in aliases if a != label and a not in taken),
            curated=False,
        )
        for short, owner in taken.items():
            self.found.setdefault(normalise(short), owner)
        for name in (label, *(a for a in aliases if a not in taken)):
            earlier = self.found.setdefault(normalise(name), entity)
            # "Kelpa's model ... Kelpa AI's model": one company; but not "Aurelith also owns
            # Aurelith Robotics", where one sentence names both apart
            if (
                earlier is not entity
                and _short_form(earlier, entity)
                and normalise(earlier.label) not in apart
            ):
                self._fold(earlier, entity)

    def _first_words_of(self, short: str, type_: str) -> Entity | None:
        """The organisation found earlier whose name opens with ``short``, the short name a later
        one's suffix would give: after "Northgate Realty Partners", "Northgate Labs, the
        brokerage's technology subsidiary" leaves "Northgate" to the brokerage named first."""
        if type_ not in ORG_TYPES:
            return None
        opening = normalise(short) + " "
        orgs = (e for e in self.found.values() if e.type in ORG_TYPES)
        return next((e for e in orgs if normalise(e.label).startswith(opening)), None)

    def _named_in_full(self, short: str) -> Entity | None:
        """The organisation found earlier under ``short`` and a fuller name of its own."""
        earlier = self.found.get(normalise(short))
        return earlier if earlier is not None and earlier.aliases and earlier.type in ORG_TYPES else None

    def retype(self, label: str, type_: str) -> None:
        """Give a name found earlier (typed by a relation's slot or by the typer) the type a
        suffix or a description gives it later: "CoreWeave buys Wexcombe. ... Wexcombe, a
        Dublin developer of data halls" is a company bought, not goods."""
        entity = self.found.get(normalise(label))
        if entity is None or entity.curated or entity.type == type_:
            return
        if (
            entity.type in ORG_TYPES
            and type_ in PRODUCT_TYPES
            and normalise(entity.label) != normalise(label)
        ):
            return  # "the very models Fennick was marketing": the short name of Fennick Labs, still a lab
        self._fold(entity, entity.model_copy(update={"type": type_}))

    def _also_named(self, entity: Entity, aliases: Iterable[str]) -> None:
        """A name found again in a fuller form ("Halozyme" ... "Halozyme, Inc."): the fuller
        form is one more alias of the entity found, unless the registry curates it."""
        new = [a for a in aliases if normalise(a) not in self.found]
        if not new or entity.curated:
            return
        renamed = entity.model_copy(update={"aliases": (*entity.aliases, *new)})
        self._fold(entity, renamed)
        for alias in new:
            self.found[normalise(alias)] = renamed

    def _unalias(self, entity: Entity, key: str) -> None:
        """``key`` no longer names ``entity``: it is a company of its own."""
        del self.found[key]
        kept = tuple(a for a in entity.aliases if normalise(a) != key)
        self._fold(entity, entity.model_copy(update={"aliases": kept}))

    def _fold(self, short: Entity, full: Entity) -> None:
        """Every name found for ``short`` now means ``full``."""
        for key, known in list(self.found.items()):
            if known is short:
                self.found[key] = full

    def plausible(self, run: Run) -> bool:
        """A sentence-initial single word is a name only if the text capitalises it elsewhere."""
        if not run.initial or run.size > 1:
            return True
        text = run.text
        if text.isupper() or any(c.isupper() for c in text[1:]):
            return True
        return text in self.inner_caps and not self.written_lower(text)

    def written_lower(self, text: str) -> bool:
        """Whether the text writes ``text`` in lower case as a word of its own ("analysts").
        Asked only of lone words opening a sentence, a few per text: searched for then, not
        collected from every word beforehand."""
        word = text.lower()
        known = self.lower.get(word)
        if known is None:
            # (or its singular: "Payouts in Kenya go through Thunes, its payout partner")
            forms = {word, word[:-1]} if word.endswith("s") and len(word) > 4 else {word}
            known = self.lower[word] = word.islower() and any(
                not forms.isdisjoint(s.tokens.text[s.first : s.last]) for s in self.sentences
            )
        return known


SAME_LEGAL_FORM = {"limited": "ltd", "corporation": "corp", "sa": "s.a", "l.p": "lp"}


def legal_suffix(name: str) -> str | None:
    """The legal form a name ends in, one spelling each ("Ltd." and "Limited" are "ltd")."""
    last = name.rsplit(" ", 1)[-1].lower()
    if " " not in name or last not in LEGAL_SUFFIXES:
        return None
    form = last.rstrip(".")
    return SAME_LEGAL_FORM.get(form, form)


def _another_legal_entity(known: Entity, aliases: Sequence[str]) -> bool:
    """Whether a name found again with a legal suffix names another company of the group: the
    same name with another suffix than the one it was found with ("Ltd", then "GmbH")."""
    new = {s for a in aliases if (s := legal_suffix(a))}
    had = {s for a in known.aliases if (s := legal_suffix(a))}
    return bool(new and had and not new & had)


# Last words of a corporate fund's or unit's name, whose first words name its owner.
ARM_SUFFIXES = frozenset({"ventures", "capital", "growth", "investments"})


def _arm_of_namesake(known: Entity, key: str, apart: Collection[str]) -> bool:
    """Whether ``key``, found as the short form of ``known``'s name, names another company: a
    sentence writes both apart and the longer one ends as a corporate fund's name does ("Equinor
    Ventures, the corporate venture arm of the Norwegian energy group Equinor")."""
    label = normalise(known.label)
    return (
        not known.curated
        and label != key
        and label in apart
        and label.rsplit(" ", 1)[-1] in ARM_SUFFIXES
        and label.startswith(key + " ")
    )


def _short_form(earlier: Entity, entity: Entity) -> bool:
    """Whether a name found earlier is the short form a later, fuller organisation name gives
    ("Kelpa" for "Kelpa AI", "Brisklet" for "Brisklet Labs")."""
    return (
        earlier.label in entity.aliases
        and not earlier.aliases
        and earlier.type in ORG_TYPES
        and entity.type in ORG_TYPES
    )


def discover(
    sentences: Iterable[Sentence],
    names: NameIndex,
    candidates: Mapping[int, list[Run]],
    slots: Mapping[int, Mapping[int, str]],
    *,
    learned: bool = True,
) -> dict[str, Entity]:
    """Entities named in the sentences that ``names`` does not know, keyed by normalised name.

    ``candidates`` holds the runs of each sentence (``runs``, outside registry mentions);
    ``slots`` the tokens where a relation expects an argument (a run touching one is a name).
    """
    sentences = list(sentences)
    state = _Discovery(names, sentences=sentences)
    all_runs: list[Run] = []
    placed: set[str] = set()  # names the text puts a site in ("data centres in Rjukan")
    for s in sentences:
        found = candidates[s.index]
        placed.update(normalise(r.text) for r in found if based_in(r))
        # "OSLO, Sept 18 -": where and when, not who
        all_runs.extend(r for r in found if not _no_name(r))
        state.inner_caps.update(_vouching_caps(s, found))
    people: set[str] = set()
    spoken: set[str] = set()  # names only "told customers" made people of ("Cobalt Yard told customers")
    marked_keys: set[str] = set()  # names a suffix or the words around marked as organisations
    typed = _typed(all_runs) if learned else {}
    makers = {normalise(r.text) for r in all_runs if named_as_maker(r)}
    examples = _examples_of_kind(all_runs) | _product_lines(all_runs)
    surnames = names.surnames()  # "Musk" in "Musk's xAI" is Elon Musk, not a company
    cited = cited_people(sentences, all_runs)  # "According to Varga, ... Varga said"
    labelled = {id(run): label_and_type(run) for run in all_runs}  # read once, used twice
    suffixed = _suffixed_names(labelled.values())  # "Cobalt Ridge Systems" and its "Cobalt Ridge"
    named: dict[int, set[str]] = {}  # the names each sentence writes, by sentence
    for run in all_runs:
        named.setdefault(run.sentence.index, set()).add(normalise(run.text))
    for run in all_runs:
        apart = named[run.sentence.index] - {normalise(run.text)}
        if run.sentence.heading:
            if byline_name(run):
                people.add(normalise(run.text))  # "by Jane Doe and Tom Roe": named in full here
            elif signer_name(run):
                label, suffix_type, aliases = labelled[id(run)]
                marked_keys.add(normalise(label))
                state.add(label, suffix_type if suffix_type in ORG_TYPES else "Company", aliases)
            continue
        label, suffix_type, aliases = labelled[id(run)]
        context = context_type(run) or examples.get(id(run))
        if context == "NewsOutlet" and according_to(run) and run.text.lower() in cited:
            context = "Person"
        if context in PRODUCT_TYPES and qualifies_noun(run) and normalise(run.text) in makers:
            context = "Company"  # "Tessary chips" where the text also says "chips from Tessary"
        kind, p = typed.get(id(run), ("", 0.0))
        if (
            context == "Person"
            and speaker(run)
            and ((kind in ("ORG", "PROD") and p >= ACCEPT_SPEAKER) or normalise(run.text) in suffixed)
        ):
            context = None  # "Halden Bank said ...": organisations speak too; the typer or a suffix knows
        if (
            suffix_type is None
            and kind == "LOC"
            and p >= SURE_PLACE
            and normalise(run.text) in known_places()
        ):
            continue  # "the London firm", "the San Francisco GPU cloud": where, not who
        marked = suffix_type is not None or context is not None
        if about_ai(run) or _bare_suffix(run):
            continue  # "Generative AI" is a phrase about AI, not a company
        if context == "Person" and _told_its_public(run) and normalise(run.text) not in surnames:
            spoken.add(normalise(run.text))  # "Cobalt Yard told customers": no person if named otherwise
            continue
        if (
            context == "Person"
            or titled(run)
            or (context is None and suffix_type is None and person_after(run))
            or normalise(run.text) in surnames
            or (not marked and kind == "PER" and p >= REJECT)
        ):
            people.add(normalise(run.text))
            continue
        slot_type = _slot_type(run, slots.get(run.sentence.index, {}))
        if not marked and (place_name(run) or (p >= REJECT and _rejected(kind, run, slot_type))):
            continue  # "Germany's Bosch", "Reviews Editor": a place or no name at all
        if marked:
            # A suffix or a descriptor marks a name even where a sentence opens with it,
            # unless the text also writes the word in lower case ("Analysts, the firm said").
            if run.initial and run.size == 1 and state.written_lower(run.text):
                continue
            if suffix_type is not None and (
                not (suffix_type in ORG_TYPES and qualifies_noun(run)) or owned(run)
            ):
                suffix_type = context if context in PRODUCT_TYPES else suffix_type
            if suffix_type == "CloudPlatform" and context in ORG_TYPES:
                suffix_type = context  # "Nordlys Cloud, the hydro-powered data centre operator": a company
            # The first mark outranks a slot's or the typer's guess; a legal form makes a company
            # whatever came first ("Kestrel Cloud ... Kestrel Cloud Inc.").
            legal = legal_suffix(run.text) is not None
            if normalise(label) not in marked_keys or legal:
                state.retype(label, "Company" if legal else suffix_type or context or "Company")
            marked_keys.add(normalise(label))
            state.add(label, suffix_type or context or "Company", aliases, apart)
        elif state.plausible(run):
            if slot_type is not None:
                state.add(
                    label,
                    "Product" if kind == "PROD" and slot_type not in PRODUCT_TYPES else slot_type,
                    aliases,
                    apart,
                )
            elif kind in ("ORG", "PROD") and p >= ACCEPT:
                state.add(label, "Company" if kind == "ORG" else "Product", aliases, apart)
        elif (
            not state.written_lower(run.text)  # a lone word opening its sentence
            and kind in ("ORG", "PROD")
            and (p >= ACCEPT_INITIAL or slot_type is not None)  # a relation's slot: the typer's best guess
        ):
            state.add(label, slot_type or ("Company" if kind == "ORG" else "Product"), aliases, apart)
    people |= spoken - state.found.keys()  # an organisation elsewhere in the text tells customers too
    rejected = {k for k, (kind, p) in typed.items() if kind in ("LOC", "PER") and p >= REJECT}
    _discover_lists(all_runs, state, rejected)
    _discover_short_names(all_runs, state)
    _name_products_after_makers(state)
    _join_known_families(state)
    _bare_names_of_companies(state)
    people |= _listed_with_people(all_runs, people) - marked_keys
    people |= (_surnames_of(people) | _given_names_of(people)) - marked_keys
    people |= _full_names_of(people, state.found.keys()) - marked_keys
    return {k: v for k, v in state.found.items() if k not in people and k not in placed - marked_keys}


# Whom an organisation tells things: "Cobalt Yard told customers in a December letter".
COMPANY_AUDIENCES = frozenset(
    {"customers", "clients", "investors", "shareholders", "partners", "staff", "employees", "regulators"}
)


def _told_its_public(run: Run) -> bool:
    """Whether the run is the subject of "told" and an organisation's audience."""
    lower = run.sentence.tokens.lower
    k = run.end
    return k + 1 < run.sentence.last and lower[k] == "told" and lower[k + 1] in COMPANY_AUDIENCES


def _suffixed_names(labelled: Iterable[tuple[str, str | None, tuple[str, ...]]]) -> set[str]:
    """The names a legal or kind suffix marks as organisations, with their short forms, from
    each run's ``label_and_type``."""
    out: set[str] = set()
    for label, suffix_type, aliases in labelled:
        if suffix_type in ORG_TYPES:
            out.update(normalise(n) for n in (label, *aliases))
    return out


def _no_name(run: Run) -> bool:
    """Whether ``run`` is capitalised for a reason other than naming anyone: a dateline, a
    date, a ticker, a place a company is based in (or "-based" in), a plural noun opening its
    sentence, an adjective of nationality, a currency code before an amount, or a defined term."""
    return (
        dateline(run)
        or date(run)
        or ticker(run)
        or based_in(run)
        or plural_subject(run)
        or nationality(run)
        or based_adjective(run)
        or money(run)
        or defined_term(run)
        or _place_of_incorporation(run)
        or _numbered_provision(run)
        or (run.size == 1 and run.sentence.tokens.lower[run.start] in LITIGANTS)
    )


# A case caption's roles: "ALDANE SYSTEMS, INC., Plaintiff, v. CORBEL AI LTD., Defendant."
LITIGANTS = frozenset(
    {"plaintiff", "plaintiffs", "defendant", "defendants", "petitioner", "respondent", "appellant"}
    | {"appellee", "claimant", "intervenor", "debtor", "debtors"}
)


# Nouns a law, a contract or a filing numbers its parts by: "Chapter 11", "Section 4", "Exhibit C".
PROVISIONS = frozenset(
    {"chapter", "section", "article", "title", "rule", "clause", "schedule", "exhibit", "annex", "appendix"}
)


def _numbered_provision(run: Run) -> bool:
    """Whether ``run`` is a numbered part of a law or a contract ("filed for Chapter 11
    protection", "Section 2.1 of the Agreement"): no product, no company."""
    t = run.sentence.tokens
    if run.size != 2 or t.lower[run.start] not in PROVISIONS:
        return False
    number = t.text[run.start + 1]
    return number[:1].isdigit() or (len(number) <= 4 and number.isupper())


# Words of a legal form a place of incorporation qualifies: "a Delaware limited liability
# company", "a Delaware corporation", "a Cayman Islands exempted company" (not "the Toyota
# subsidiary": Toyota is a town too).
INCORPORATED_NOUNS = frozenset(
    {"limited", "corporation", "llc", "statutory", "exempted", "public", "private"}
)
# Acronyms that open a description after a place: "a Denver GPU cloud", "a Paris AI lab".
PLACE_LED = frozenset({"gpu", "ai", "llm", "saas", "it", "ev"})


def _place_of_incorporation(run: Run) -> bool:
    """Whether ``run`` is a known place qualifying a company noun after an article: "The
    Company, a Delaware limited liability company, is ..." (where it is registered, no party)."""
    t, s = run.sentence.tokens, run.sentence
    if run.start - 1 < s.first or t.lower[run.start - 1] not in {"a", "an", "the"}:
        return False
    k = run.start
    while k < run.end and not t.text[k].islower():
        k += 1  # past the place's words ("Delaware limited": the run takes the lower-case suffix)
    place = " ".join(t.lower[run.start : k])
    if place not in known_places() or k >= s.last:
        return False
    # "a Delaware limited liability company"; "a Denver GPU cloud", "the Tokyo startup": where
    # it is, before what it is (not "the Phoenix chip": a name the text goes on to use alone)
    led = k == run.end and t.text[k].isupper() and t.lower[k] in PLACE_LED
    return led or t.lower[k] in INCORPORATED_NOUNS


def defined_term(run: Run) -> bool:
    """Whether ``run`` is one capitalised noun after "the" that a document uses for an
    organisation it names otherwise ("The Company", "the Fund"): no name of its own."""
    t, s = run.sentence.tokens, run.sentence
    if run.size == 1 and t.lower[run.start] in PARTY_TERMS:
        return True  # "| Lender | Bramwell Credit Partners LP |", "the Borrower's purchase order"
    k = run.start - 1 - (run.start - 1 >= s.first and t.text[run.start - 1] in {'"', "“", "'", "‘"})
    return run.size == 1 and t.lower[run.start] in DEFINED_TERMS and k >= s.first and t.lower[k] == "the"


# The parties a contract, a term sheet or a notice defines by their role, capitalised wherever
# they stand ("the Lender", "| Borrower |"): never a company's name.
PARTY_TERMS = frozenset(
    {"lender", "lenders", "borrower", "borrowers", "guarantor", "purchaser", "licensor", "licensee"}
    | {"lessor", "lessee", "landlord", "exchange", "issuer", "registrant", "trustee", "guarantors"}
    | {"project"}  # "the Project": a site a contract defines
)


def _vouching_caps(s: Sentence, found: list[Run]) -> Iterator[str]:
    """First words of names written in capitals away from a sentence's start, which vouch for
    the same word opening a sentence. A list of links in a heading ("Tags: Nvidia, Chips,
    Startups") vouches for none: it capitalises every word."""
    if s.heading and s.tokens.text[s.first : s.last].count(",") > 1:
        return
    for r in found:
        if not r.initial:
            yield s.tokens.text[r.start]


def _full_names_of(people: set[str], names: Iterable[str]) -> set[str]:
    """The full names whose surname the text shows is a person's: "Lindahl, who founded
    Brisklet," makes "Tove Lindahl" that person too; but not where the text names that person
    in full otherwise ("Élodie Delorme, who runs the business": "Affinage Delorme" is the
    family's firm)."""
    named_in_full = {p.split()[-1]: p for p in people if len(p.split()) == 2}
    return {
        n
        for n in names
        if 1 < len(words := n.split()) < 4 and words[-1] in people and named_in_full.get(words[-1], n) == n
    }


def _given_names_of(people: Iterable[str]) -> set[str]:
    """The first names of the people a text names in full by two words: a founder named once
    ("co-founders Mara Liu and Jonas Pohl") is then called by first name ("to back Mara, Jonas
    and their team")."""
    return {
        words[0]
        for p in people
        if len(words := p.split()) == 2
        and words[0].isalpha()
        and words[1] not in NAME_SUFFIXES
        and words[1] not in FIELD_WORDS  # "Kelpa AI", however it was typed, is no "Kelpa" person
    }


FIELD_WORDS = frozenset({"ai", "labs", "cloud", "robotics", "health", "bio", "tech"})


def _listed_with_people(all_runs: Sequence[Run], people: set[str]) -> set[str]:
    """Names of two words listed with a person's full name of two words, without a name
    suffix ("co-founders Mara Liu and Jonas Pohl"): people too."""
    out: set[str] = set()
    for a, b in pairwise(all_runs):
        if a.size != 2 or b.size != 2 or not _listed_after(a, b):
            continue
        for one, other in ((a, b), (b, a)):
            if normalise(one.text) in people and label_and_type(other)[1] is None:
                out.add(normalise(other.text))
    return out


def byline_name(run: Run) -> bool:
    """Whether ``run`` is a name in a byline line ("by Selin Okonkwo-Hart and Daniel Rask"):
    the line opens with "by", and the name follows it or a conjunction after another name."""
    s, t = run.sentence, run.sentence.tokens
    if t.lower[s.first] != "by" or run.start == s.first or run.size < 2:
        return False
    return run.start == s.first + 1 or t.lower[run.start - 1] in {"and", ","}


# The words a letter's sign-off puts before its organisation: "The partners of Linden Point
# Capital", "The team at Acme".
SIGNERS = frozenset({"partners", "team", "staff", "founders", "people", "everyone"})
SIGN_OFF_WORDS = 8
# Words of a job title on a signature's line before the organisation ("Co-founder and CEO, Acme").
JOB_TITLES = frozenset(
    {
        "ceo",
        "cto",
        "coo",
        "cfo",
        "founder",
        "co-founder",
        "cofounder",
        "chief",
        "president",
        "head",
        "director",
    }
    | {"director", "chairman", "chairwoman", "chair", "partner", "vp", "general", "managing"}
)


def owned(run: Run) -> bool:
    """Whether a possessive stands right before ``run``: "Databricks' Mosaic AI platform" is
    Databricks' product, whatever its suffix says."""
    return run.start > run.sentence.first and run.sentence.tokens.text[run.start - 1] in POSSESSIVE_MARKS


def signer_name(run: Run) -> bool:
    """Whether ``run`` is the organisation a sign-off line signs for (see ``signs_for``)."""
    return signs_for(run.sentence, run.start, run.end)


def signs_for(s: Sentence, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` of ``s`` are the name a short sign-off line signs for: "The
    partners of Linden Point Capital", "The team at Acme", "The Acme team", or a signature's
    "Co-founder and CEO, Acme"."""
    t = s.tokens
    last = s.last - (t.text[s.last - 1] in {".", ","})
    if last - s.first > SIGN_OFF_WORDS:
        return False
    if end == last and t.lower[start - 1] == "," and JOB_TITLES & set(t.lower[s.first : start]):
        return True  # a signature's title line: "Co-founder and CEO, Tallowmere"
    if t.lower[s.first] != "the":
        return False
    if end == last:  # "The partners of Linden Point Capital", "The team at Acme"
        return t.lower[start - 1] in {"of", "at"} and t.lower[start - 2] in SIGNERS
    return start == s.first + 1 and end == last - 1 and t.lower[last - 1] == "team"


def _surnames_of(people: Iterable[str]) -> set[str]:
    """The last names of the people a text names in full: news names someone once ("chief
    executive Jane Doe") and then by surname alone ("Doe said"), which is then the person."""
    return {
        words[-1]
        for p in people
        if len(words := p.split()) > 1 and words[-1].replace("-", "").replace("'", "").isalpha()
    }  # ("Okonjo-Reyes", "O'Neill" too)


def _typed(all_runs: list[Run]) -> dict[int, tuple[str, float]]:
    """The typer's answer for each run (by ``id``), in one batch."""
    from aikg.extract.typer import type_spans

    usable = [r for r in all_runs if not r.sentence.heading]
    answers = type_spans([(r.sentence, r.start, r.end) for r in usable])
    return {id(r): a for r, a in zip(usable, answers, strict=True)}


def _examples_of_kind(all_runs: list[Run]) -> dict[int, str]:
    """The type a noun before "such as" gives each name of the list after it (by ``id``):
    in "smaller firms such as Tessary and Quillon" both are companies."""
    out: dict[int, str] = {}
    kind: str | None = None
    previous: Run | None = None
    for run in all_runs:
        if previous is None or not _listed_after(previous, run):
            kind = _kind_before_such_as(run)
        if kind is not None:
            out[id(run)] = kind
        previous = run
    return out


def _product_lines(all_runs: list[Run]) -> dict[int, str]:
    """Lists of names that share a first word and no company suffix, one of them ending in a
    version word ("Kestrel Pro, Kestrel Mini and Kestrel Edge"): versions of one product, each
    a product (by ``id``). Without a version word they may be organisations ("U.S. Army, U.S.
    Navy")."""
    out: dict[int, str] = {}
    chain: list[Run] = []
    for run in [*all_runs, None]:
        if run is not None and chain and _listed_after(chain[-1], run) and _same_line(chain[0], run):
            chain.append(run)
            continue
        if len(chain) > 1 and any(version_part(r.sentence.tokens.text[r.end - 1]) for r in chain):
            out.update((id(r), "Product") for r in chain)
        chain = [run] if run is not None and _versioned_name(run) else []
    return out


def _versioned_name(run: Run) -> bool:
    """Whether ``run`` is a name and a word after it, with no company suffix at its end, and
    no person's ("John Doe and John Roe" share a first name, not a product line)."""
    last = run.sentence.tokens.lower[run.end - 1]
    return (
        run.size > 1 and last not in NAME_SUFFIXES and last not in LEGAL_SUFFIXES and not personal_name(run)
    )


def _same_line(a: Run, b: Run) -> bool:
    return _versioned_name(b) and a.sentence.tokens.lower[a.start] == b.sentence.tokens.lower[b.start]


def _kind_before_such_as(run: Run) -> str | None:
    """The type the noun of "<nouns> such as" or "<nouns> include" right before ``run`` names,
    if any ("startups such as", "its products include", "clients including")."""
    t, s = run.sentence.tokens, run.sentence
    if run.start - 2 >= s.first and t.lower[run.start - 1] in INCLUDE_VERBS:
        noun = t.lower[run.start - 2]
    elif run.start - 3 >= s.first and t.lower[run.start - 2 : run.start] == ["such", "as"]:
        noun = t.lower[run.start - 3]
    else:
        return None
    singular = noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")
    if singular in COMPANY_LISTS:
        return "Company"
    kind = DESCRIPTORS.get(noun) or DESCRIPTORS.get(singular)
    return kind if kind != "Person" else None


def _listed_after(a: Run, b: Run) -> bool:
    """Whether ``b`` follows ``a`` in a list ("Tessary, Quillon", "Tessary and Quillon")."""
    if b.sentence is not a.sentence or b.start <= a.end or b.start - a.end > 2:
        return False
    return set(a.sentence.tokens.lower[a.end : b.start]) <= {",", "and", "or"}


def _discover_lists(all_runs: list[Run], state: _Discovery, rejected: set[int]) -> None:
    """Names listed with a discovered one ("Duolingo and Notion") are names of the same kind,
    unless the typer took one for a place or a person (``rejected``, by ``id``): in "at a
    summit in Lisbon, Halvorsen said" the comma closes a phrase, it does not list names."""
    by_sentence: dict[int, list[Run]] = {}
    for run in all_runs:
        if id(run) in rejected:
            continue
        by_sentence.setdefault(run.sentence.index, []).append(run)
    for found in by_sentence.values():
        if found[0].sentence.heading:
            continue  # "Tags: Nvidia, Brisklet, Chips": a list of links, not of one kind of name
        for a, b in pairwise(found):
            t = a.sentence.tokens
            if b.start - a.end > 2 or not set(t.lower[a.end : b.start]) <= {",", "and", "or"}:
                continue
            known_a = state.found.get(normalise(a.text))
            known_b = state.found.get(normalise(b.text))
            if known_a and not known_b and state.plausible(b):
                state.add(label_and_type(b)[0], known_a.type)
            elif known_b and not known_a and state.plausible(a):
                state.add(label_and_type(a)[0], known_b.type)
        for run in found:  # "competes with Groq and Tenstorrent": after a name the registry knows
            known = _registry_name_before(run, state.names)
            if known is not None and known.type in ORG_TYPES and normalise(run.text) not in state.found:
                state.add(label_and_type(run)[0], known.type)


def _registry_name_before(run: Run, names: NameIndex) -> Entity | None:
    """The registry's organisation named right before ``run`` in a list ("Groq and
    Tenstorrent", "Marriott, Hilton"), if any: up to three capitalised words before "and", "or"
    or a comma."""
    t, s = run.sentence.tokens, run.sentence
    k = run.start - 1
    if k <= s.first or t.lower[k] not in {"and", "or", ","}:
        return None
    k -= 1
    for size in (1, 2, 3):
        lo = k - size + 1
        if lo < s.first or not t.text[lo][:1].isupper():
            break
        if (known := names.find(t.span(lo, k + 1))) is not None:
            return known
    return None


def _discover_short_names(all_runs: list[Run], state: _Discovery) -> None:
    """ "Lyne Laboratories, Inc. (Lyne)", "Discovery Gas Transmission LLC (DGT)": the name in
    brackets after a discovered one is the short name the text goes on to use for it, when it
    is the name's first words or its initials."""
    for a, b in pairwise(all_runs):
        t = a.sentence.tokens
        if b.sentence is not a.sentence or t.text[a.end : b.start] != ["("] or b.end >= a.sentence.last:
            continue
        if t.text[b.end] != ")":
            continue
        entity = state.found.get(normalise(a.text))
        if entity is None or not short_name(t.lower[a.start : a.end], t.text[b.start : b.end]):
            continue
        renamed = entity.model_copy(update={"aliases": (*entity.aliases, b.text)})
        for key, known in list(state.found.items()):
            if known is entity:
                state.found[key] = renamed
        state.found[normalise(b.text)] = renamed


def maker_prefix(label: str, makers: Mapping[str, Entity], names: NameIndex | None = None) -> Entity | None:
    """The organisation whose name opens a product's ``label`` ("Novation Supernova": Novation):
    the longest among ``makers`` (by normalised name), else the longest the registry ``names``
    knows ("Nvidia GB300")."""
    found = _maker_opening(label, makers, names)
    return found[0] if found is not None else None


def _maker_opening(
    label: str, makers: Mapping[str, Entity], names: NameIndex | None
) -> tuple[Entity, int] | None:
    """``maker_prefix``'s maker and how many of the label's words name it ("Corvane" of
    "Corvane Companion", where the text calls Corvane Motors "Corvane" too)."""
    words = label.split()
    lookups: list[Callable[[str], Entity | None]] = [lambda prefix: makers.get(normalise(prefix))]
    if names is not None:
        lookups.append(names.find)
    for lookup in lookups:
        for k in range(len(words) - 1, 0, -1):
            maker = lookup(" ".join(words[:k]))
            if maker is not None and maker.type in ORG_TYPES:
                return maker, k
    return None


def _name_products_after_makers(state: _Discovery) -> None:
    """A product named after its maker, which the text also names ("Novation's founders ... the
    Novation Supernova"), goes by its own name as well: the words after the maker's name are an
    alias ("Supernova")."""
    for key, entity in list(state.found.items()):
        if entity.type not in PRODUCT_TYPES or key != normalise(entity.label):
            continue
        found = _maker_opening(entity.label, state.found, state.names)
        if found is None:
            continue
        own = " ".join(entity.label.split()[found[1] :])
        if own and own[0].isupper() and own.lower() not in DESCRIPTORS and own.lower() not in NAME_SUFFIXES:
            # (not "Cloud" of "Fjellnet Cloud": a word for what it is, not a name)
            state._also_named(state.found[key], (own,))


def _join_known_families(state: _Discovery) -> None:
    """A version of a family of models or chips the registry knows ("GPT-4.1" beside "GPT-4o"
    and "GPT-5", "Qwen3" beside "Qwen") is of that kind and by that maker, whatever the typer or
    a relation's slot made of the name."""
    families = state.names.model_families()
    for key, entity in list(state.found.items()):
        if entity.curated or key != normalise(entity.label) or entity.type == "Person":
            continue
        stem = family_stem(entity.label)
        kind = families.get(stem) if stem is not None else None
        if kind is not None and (entity.type, entity.parent) != kind:
            state._fold(entity, entity.model_copy(update={"type": kind[0], "parent": kind[1]}))


def _bare_names_of_companies(state: _Discovery) -> None:
    """A one-word name first taken for a product ("roll out Bunkhaus's check-in assistant") is
    the short name of the company the text names in full with its legal form ("Bunkhaus
    Technologies GmbH"), whose first word it is."""
    companies = [
        e
        for e in {id(e): e for e in state.found.values()}.values()
        if e.type in ORG_TYPES and not e.curated and any(legal_suffix(a) for a in e.aliases)
    ]
    for key, entity in list(state.found.items()):
        if entity.curated or entity.type not in PRODUCT_TYPES or " " in entity.label:
            continue
        owners = [e for e in companies if normalise(e.label).startswith(key + " ")]
        if len(owners) == 1:
            state._fold(entity, owners[0])


def _bare_suffix(run: Run) -> bool:
    """Whether ``run`` is a lone word opening its sentence that is the head word of names
    ("Capital came from Harbor Capital") or a plural noun for a kind of name ("Backers
    include Harbor"): the word, not a name."""
    if not run.initial or run.size > 1:
        return False
    word = run.sentence.tokens.lower[run.start]
    return word in NAME_SUFFIXES or (word.endswith("s") and word[:-1] in DESCRIPTORS)


def _rejected(kind: str, run: Run, slot_type: str | None) -> bool:
    """Whether the typer's confident kind rules out an unmarked name: a place always; "no
    name" (a capitalised English word) only where no relation expects an organisation there,
    for a word in the middle of a sentence that fills such a slot is a name ("a round led by
    Summit", "Kelpa invested in Harbor")."""
    if kind == "LOC":
        return True
    return kind == "OTHER" and not (slot_type in ORG_TYPES and not run.initial)


def _slot_type(run: Run, slot: Mapping[int, str]) -> str | None:
    """The type a relation slot expects of the run that fills it, if the run fills one."""
    return slot.get(run.start) or slot.get(run.end - 1)
