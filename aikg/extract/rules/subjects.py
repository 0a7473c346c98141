"""How the subject of a trigger is found: the clause it stands in, the name before the verb, a
relative pronoun's antecedent, the owner of a noun ("Acme's investment"), or the previous topic
that "it" or "the company" refers to.
"""

from __future__ import annotations

from aikg.extract.hedging import PROPOSALS
from aikg.extract.lexicon import LEGAL_SUFFIXES, known_places
from aikg.extract.mentions import Mention
from aikg.extract.name_cues import SETS_OF
from aikg.extract.name_kinds import DESCRIPTORS, ORG_NOUNS, ORG_TYPES, PRODUCT_TYPES
from aikg.extract.name_words import POSSESSIVE_MARKS
from aikg.extract.rules.base import is_org, is_product, product_line
from aikg.extract.rules.nouns import (
    CHIP_NOUNS,
    GOODS_NOUNS,
    IRREGULAR_PAST,
    PRODUCT_NOUNS,
    PRODUCT_PLURALS,
    ROLES,
)
from aikg.extract.rules.sentence_view import (
    ASIDE_ADVERBS,
    PLACED,
    UNIT_NOUNS,
    Clause,
    Subject,
    apposed_before,
    apposed_modifier,
    apposition_head_past_agent,
    article_apposition_head,
    coordinated_left,
    coordinated_right,
    first_relative,
    hyphened_reach,
    name_before_apposition,
    object_right,
    past_locative,
    place_word,
    present_after,
    unnamed_holder,
    whose_antecedent,
)
from aikg.extract.rules.words import (
    ACCUSING,
    ANAPHOR_NOUNS,
    ANAPHORS,
    AUX,
    BOUNDARY,
    CLAUSE_WORDS,
    COMPLEMENT_VERBS,
    COMPOUND_PARTICIPLES,
    DETERMINERS,
    DEVICE_NOUNS,
    FINDING_OUT,
    LEAD_WORDS,
    ORGANISATION_ANAPHOR_NOUNS,
    PREPOSITIONS,
    QUOTES,
    RELATIVE,
    SAYING,
    SPEECH,
    STAFF_NOUNS,
    TAKEN_TO_TASK,
    TRADE_NOUNS,
    count_word,
)
from aikg.extract.speakers import SAID_WHEN
from aikg.extract.undoing import DEAL_NOUNS
from aikg.extract.versions import is_number
from aikg.ontology.dates import MONTHS

# A company's or product's beginnings, which "since" dates from: "since its founding in 2021".
BEGINNINGS = frozenset(
    {"founding", "inception", "launch", "start", "creation", "debut", "beginning", "birth"}
)


def _since_its_start(c: Clause, k: int) -> bool:
    """Whether the words at ``k`` are "its founding", "the launch", "their inception"."""
    return c.w(k) in {"its", "their", "the"} and c.w(k + 1) in BEGINNINGS


SUBORDINATE_IN_ASIDE = frozenset({"since", "when", "because", "although", "though", "while", "if", "whether"})
RELATIVE_ASIDE_REACH = 15  # words from ", which" to a subordinator inside its aside


def _in_closed_relative(c: Clause, k: int, pos: int) -> bool:
    """Whether the subordinate clause opening at ``k`` sits inside a relative aside (", which
    ... since Orbit bought it in 2021,") that closes before ``pos``: its clause is the aside's."""
    if "," not in c.words[k - c.first : pos - c.first]:
        return False
    for j in range(k - 1, max(c.first, k - RELATIVE_ASIDE_REACH), -1):
        if c.w(j) in {",", ";"} or c.w(j) in BOUNDARY:
            return False
        if c.w(j) in {"which", "who"}:
            return c.w(j - 1) == ","
        if c.w(j) == "whose" and c.w(j - 1) == ",":
            return True  # "Tidewatch Inc., whose cameras keep watch so that lifeguards ...,"
        if c.w(j) in {"whose", "that"}:  # "Zenith, a Chicago company whose software predicts when"
            return _opens_apposition(c, j)
    return False


APPOSITION_HEAD_REACH = 8  # words from an apposition's comma to its relative word


def _opens_apposition(c: Clause, k: int) -> bool:
    """Whether the relative word at ``k`` ends a short description set off by a comma (", a
    Chicago company whose")."""
    for q in range(k - 1, max(c.first, k - APPOSITION_HEAD_REACH), -1):
        if c.w(q) == ",":
            return c.w(q + 1) in {"a", "an", "the"}
        if q in c.cover or c.w(q) in BOUNDARY or c.w(q) in CLAUSE_WORDS:
            return False
    return False


def _past_said_when(c: Clause, k: int) -> int:
    """Where the verb stands before a day that ends at ``k`` ("ruled on Tuesday that"): ``k``
    when no day comes between."""
    j = k
    while j > k - 2 and c.w(j) in SAID_WHEN:
        j -= 1
    return j


# Words that open a clause as well as a phrase ("after Acme, the owner of Orbit, led ..." but
# "after Acme's deal"): a clause where a name and its apposition follow.
TIME_SUBORDINATORS = frozenset({"after", "before", "until", "once"})


def clause_start(c: Clause, pos: int) -> int:
    """The first token of the clause that token ``pos`` belongs to."""
    i = pos - 1
    while i >= c.first:
        word = c.w(i)
        said = _past_said_when(c, i - 1) if word == "that" else i - 1  # ("ruled on Tuesday that ...")
        relative = word in {"which", "who", "whose"} or (
            word == "that"
            and c.w(said) not in COMPLEMENT_VERBS
            and (said not in c.cover or _line_of_goods_at(c, i))
            and not c.w(said).endswith("ed")
        )  # "the lab that built Nova, ..." vs "reported that ..." ("the software and chips that help")
        # (not "which, for good measure, also owns": an aside right after the relative word)
        closed = relative and c.w(i + 1) != "," and _closing_comma(c, i, pos)
        if word in {"but", "yet"} and c.w(i - 1) != "," and _verb_follows(c, i + 1, pos):
            i -= 1  # "Acme invests in Zenith but competes with Orbit": the subject is shared
            continue
        if word == "since" and (c.w(i + 1) in MONTHS or _year(c, i + 1) or _since_its_start(c, i + 1)):
            i -= 1  # "owned by Orbit since 2022", "a customer since its founding": a time, no clause
            continue
        if word == "since" and c.w(i - 1) in {"has", "have", "had"}:
            i -= 1  # "WashLoop has since added a chatbot": an adverb, no clause
            continue
        if word in SUBORDINATE_IN_ASIDE and _in_closed_relative(c, i, pos):
            i -= 1  # "Acme, which has been owned by Orbit since Orbit bought it in 2021, competes"
            continue
        if word == "that" and c.w(i - 1) == "so" and _in_closed_relative(c, i - 1, pos):
            i -= 2  # "Tidewatch, whose cameras keep watch so that lifeguards can rest, said"
            continue
        if word in {"when", "where", "how", "why"} and c.w(i + 1) in {",", "to"}:
            # "which trees to cut and when, has raised", "tell districts when to open their
            # gates, said": a question word, no clause of its own
            i -= 1
            continue
        if (word in BOUNDARY or word in CLAUSE_WORDS) and not closed:
            return i + 1
        named = c.start_at.get(i + 1) if word in TIME_SUBORDINATORS else None
        if named is not None and not named.possessive and c.w(named.end) == ",":
            return i + 1  # "seven months after Signet Jewelers, the owner of Kay, led ...": a clause
        if (
            word in {"and", "but"}
            and c.w(i - 1) == ","
            and not _listed_numbers(c, i)
            and not _shares_subject(c, i, pos)
        ):
            return i + 1  # ", and Zenith still holds ...": a new clause (", and runs ...": the same)
        if word == "-" and c.spaced(i) and i > c.first and c.spaced(i - 1):
            return i + 1
        if word == "," and _spliced_pronoun(c, i + 1, pos):
            return i + 1  # "Amazon invested in Halvor, we moved everything over and left ..."
        if word in SPEECH and _reported_anaphor(c, i):
            return i + 1  # "Whitcombe said the company competes with ...": what "the company" does
        i -= 1
    return c.first


def _closing_comma(c: Clause, opens: int, pos: int) -> bool:
    """Whether a comma between a relative word at ``opens`` and ``pos`` closes its clause: not
    one that opens an apposition's name or a second verb of the same clause ("that has built its
    own model, Chai-1, and is backed by": still the relative clause)."""
    # (only a relative word that is its verb's subject: "a framework that Nvidia co-develops ...,
    # and is trained on AWS" goes back to the sentence's subject)
    own_subject = opens + 1 in c.cover or c.w(opens + 1) in OWN_SUBJECTS | {"the", "a", "an"}
    for k in range(opens + 1, pos):
        if c.w(k) != ",":
            continue
        if k + 1 in c.start_at:
            continue  # ", Chai-1,": a name set off inside the clause
        if not own_subject and c.w(k + 1) in {"and", "but"} and _finite_verb(c, k + 2):
            continue  # ", and is backed by": the clause's next verb
        return True
    return False


def _line_of_goods_at(c: Clause, end: int) -> bool:
    """Whether the mention ending at ``end`` is a line of goods named in lower case ("the software
    and chips"): a noun phrase a relative clause may follow, not a party told something."""
    m = c.end_at.get(end)
    return m is not None and product_line(m.entity)


PLURAL_AUX = frozenset({"are", "were", "have", "do", "remain"})


def _plural_verb(c: Clause, relative: int, pos: int) -> bool:
    """Whether the relative clause opening at ``relative`` ("which") agrees with a plural
    antecedent: "which have partnered", "which are rivals", or the trigger at ``pos`` right
    after it in its bare form ("which compete with"; not "which competes", "which competed")."""
    after = c.w(relative + 1)
    if after in PLURAL_AUX:
        return True
    word = c.w(pos)
    return (
        pos == relative + 1
        and word.isalpha()
        and not word.endswith(("s", "ed"))
        and word not in IRREGULAR_PAST
    )


def _reported_anaphor(c: Clause, said: int) -> bool:
    """Whether the verb of saying at ``said`` opens a report whose subject is "it" or "the
    company" while no organisation speaks before it ("Its chief executive said the company
    competes with"; not "Acme said it would", which the speaker's reading takes)."""
    k = said + 1
    anaphor = c.w(k) in {"it", "they"} or (c.w(k) == "the" and c.w(k + 1) in ORG_NOUNS)
    return anaphor and not any(j in c.start_at for j in range(c.first, said))


def _spliced_pronoun(c: Clause, k: int, pos: int) -> bool:
    """Whether a comma-spliced clause opens at ``k`` with a pronoun and its past verb, up to
    ``pos`` without another comma (not the aside "Acme, it said, bought ...")."""
    return (
        c.w(k) in {"we", "it", "they"}
        and c.w(k + 1) not in SPEECH
        and _finite_verb(c, k + 1)
        and "," not in c.words[k - c.first : pos - c.first]
    )


# Words that may open a participle phrase before its verb: "Having acquired", "After buying",
# "Since being acquired".
FRONTED_OPENERS = frozenset({"having", "after", "since", "before", "while", "when", "once", "upon", "being"})
FRONTED_OPENERS |= {"rather", "than", "instead", "of"}  # "Rather than renting Nvidia GPUs, the company"
FRONTED_REACH = 12  # tokens from the participle to the comma that closes its phrase


def fronted_subject(c: Clause, pos: int) -> Subject | None:
    """The subject of the main clause after a participle phrase that opens the sentence with
    the verb at ``pos`` ("Backed by Acme, Zenith raised ...", "Having acquired Zenith, Acme
    moved ...", "Hosted on Nimbus, Quill serves ..."): the phrase says its relation of that subject."""
    k = c.first
    while k < pos and (c.w(k) in QUOTES or c.w(k) in FRONTED_OPENERS):
        k += 1
    if k != pos or not c.w(pos).endswith(("ed", "ing", "t", "n")):
        return None
    for comma in range(pos + 1, min(pos + FRONTED_REACH, c.last)):
        if c.w(comma) in BOUNDARY:
            return None
        if c.w(comma) != ",":
            continue
        m = c.start_at.get(comma + 1)
        if m is None:
            return None
        if not _opens_list(c, m):  # past "Acme, Orbit and Nova," a list the phrase names
            return Subject((m.entity,), m.start)
    return None


def fronted_phrase_end(c: Clause, pos: int) -> int | None:
    """The comma that closes a participle phrase opening the sentence before the verb at
    ``pos`` ("Founded in Tokyo by former Google researchers, ..."), if there is one."""
    k = c.first
    while k < pos and (c.w(k) in QUOTES or c.w(k) in FRONTED_OPENERS):
        k += 1
    if k in c.cover or not c.w(k).endswith(("ed", "ing")) or not c.alpha(k):
        return None
    return next((j for j in range(k + 1, min(k + FRONTED_REACH, pos)) if c.w(j) == ","), None)


def _opens_list(c: Clause, m: Mention) -> bool:
    """Whether ``m`` after the comma continues a list the phrase began ("Backed by Acme, Orbit
    and Nova, Zenith ...")."""
    k = m.end
    while c.w(k) == "," and k + 1 in c.start_at:
        k = c.start_at[k + 1].end
    return c.w(k) in {"and", "or"} and k + 1 in c.start_at


def _person_heads(c: Clause, k: int, pos: int) -> bool:
    """Whether the noun phrase from ``k`` to the verb at ``pos`` is headed by a person's role
    ("chief executive", "founder"): the verb's subject is that person."""
    j = pos - 1
    while j >= k and (c.w(j) in AUX or (c.w(j).endswith("ly") and c.alpha(j))):
        j -= 1
    if j < k or DESCRIPTORS.get(c.w(j)) != "Person":
        return False
    return all(c.filler(x) for x in range(k, j + 1))


def _shares_subject(c: Clause, conj: int, pos: int) -> bool:
    """Whether ", and" at ``conj`` joins a second verb to the clause's subject ("Zenith counts
    Acme among its customers, and runs its software on Nimbus"); not a participle joined to a
    passive ("models are to be trained on X, ... and served on Y": the models are served)."""
    if not _verb_follows(c, conj + 1, pos):
        return False
    passive = any(c.w(j) in {"be", "been", "being"} for j in range(max(c.first, conj - 20), conj))
    return not (passive and c.w(pos).endswith("ed"))


def _verb_follows(c: Clause, k: int, pos: int) -> bool:
    """Whether only auxiliaries and adverbs stand from ``k`` to the trigger at ``pos``."""
    return all(c.w(j) in AUX or (c.w(j).endswith("ly") and c.alpha(j)) for j in range(k, pos))


# Quantifiers that float off a listed subject: "Oracle, Meta and Microsoft are all deploying it".
FLOATING = frozenset({"all", "both", "each"})


def _listed_numbers(c: Clause, k: int) -> bool:
    """Whether ", and" at ``k`` ends a list of numbers ("the 2014, 2015, and 2016 races"),
    not a clause."""
    return is_number(c.t.text[k - 2]) and is_number(c.t.text[k + 1])


# Verbs whose object does what the infinitive after it says: "forcing Zenith to rent chips"
# (not a request, "asked Zenith to", which says nothing of whether it did).
# Tokens an opening phrase runs to before its comma ("Founded in 2021 and based in Austin,").
OPENING_REACH = 10
CONTROL_VERBS = frozenset(
    {
        "forcing",
        "forced",
        "forces",
        "force",
        "prompting",
        "prompted",
        "prompts",
        "leading",
        "led",
        "leads",
        "hired",
        "hires",
        "tapped",
        "taps",
        "picked",
        "chose",
        "selected",
        "contracted",
        "commissioned",
    }
)


APPOSITION_TO_REACH = 12  # words of an apposition before "to": ", a company based in Sheffield,"


def _apposed_before_to(c: Clause, to: int) -> Mention | None:
    """The name an apposition closing right before ``to`` describes ("contracted Tervane Ltd, a
    company based in Sheffield, to supply Redline": Tervane)."""
    if c.w(to - 1) != ",":
        return None
    for j in range(to - 2, max(c.first, to - APPOSITION_TO_REACH), -1):
        if c.w(j) == ",":
            return article_apposition_head(c, j + 1)
    return None


def after_preposition(c: Clause, m: Mention) -> bool:
    """Whether ``m`` is a preposition's object ("in Acme"), not a clause's subject; so is the
    rest of a list the preposition opens ("from both Nvidia and AMD")."""
    k = m.start - 1
    while k >= c.first and (c.w(k) in DETERMINERS or count_word(c.w(k))):
        k -= 1
    # (a comma joins a list only where the list goes on: "to Sakura, Tsukimi runs" is no list)
    listing = c.w(k) in {"and", "or"} or (c.w(k) == "," and c.w(m.end) in {",", "and", "or"})
    if listing and (listed := c.end_at.get(k)) is not None and listed is not m:
        return after_preposition(c, listed)
    return c.w(k) in PREPOSITIONS


def _adds_a_thing(c: Clause, k: int) -> bool:
    """Whether "added" at ``k`` adds something ("Zenith has since added a chatbot built on
    Quill"), not words to what was said ("Zenith added that ...", "..., Zenith added")."""
    return c.w(k) == "added" and c.w(k + 1) in {"a", "an", "its", "their"}


def clause_subject(c: Clause, pos: int) -> Subject | None:
    """The subject of the clause containing a trigger at ``pos``.

    The mention right before the verb (auxiliaries and adverbs between) wins; else the relative
    pronoun's antecedent; else the clause's first mention that is not inside a prepositional
    phrase, an apposition or a parenthesis; else "it"/"the company" names the previous topic.
    """
    i = pos - 1
    while i >= c.first and (
        (word := c.w(i)) in AUX or word in QUOTES or word in FLOATING or (word.endswith("ly") and c.alpha(i))
    ):
        i -= 1
    if (taken := taken_to_task(c, i)) is not None:
        return Subject((taken.entity,), taken.start)  # "cut off Zenith after finding it had used"
    # ("a route-planning model that Orrin's engineers fine-tuned": Orrin's staff too)
    staffer = (c.end_at.get(i) or c.end_at.get(i - 1)) if c.w(i) in STAFF_NOUNS else None
    if staffer is not None and c.w(staffer.start - 1) in {"that", "which"}:
        return Subject((staffer.entity,), staffer.start)  # "a chip that Nori engineers designed": Nori's
    if i + 1 in c.end_at and not c.end_at[i + 1].possessive:
        if (lead := _joined_by(c, c.end_at[i + 1])) is not None:
            return Subject((lead.entity,), lead.start)  # "Acme, together with Orbit partnered"
        found = coordinated_left(c, c.end_at[i + 1])
        if _relative_object(c, found[0]):
            return None  # "The fund that backed Brisklet also backed Orvo": the fund, unnamed
        return Subject(tuple(m.entity for m in found), found[0].start)
    urged = (c.end_at.get(i) or _apposed_before_to(c, i)) if c.w(i) == "to" else None
    if urged is not None and c.w(urged.start - 1) in CONTROL_VERBS:
        return Subject((urged.entity,), urged.start)  # "forcing Zenith to rent chips": Zenith rents
    if c.w(i) == "to" and (hired := _contracted(c, i, pos)) is not None:
        return Subject((hired.entity,), hired.start)  # "a deal with Zenith to host its models": Zenith
    if c.w(i) == "to" and (means := _by_means(c, i)) is not None:
        # "breached its terms by using Zenith data to train Quill": who breached; "accusing Acme of
        # breaching a contract by using ...": the accused
        accused = _accused_of_doing(c, means)
        return Subject((accused.entity,), accused.start) if accused is not None else clause_subject(c, means)
    if c.w(i) == "to" and (tool := _used_object(c, i, pos)) is not None:
        return Subject((tool.entity,), tool.start)  # "licensed Acme's Quill in March to power Helper": Quill
    if c.w(i) == "to" and (doer := _relative_doer(c, i)) is not None:
        return Subject((doer.entity,), doer.start)  # "Trainium, which Acme uses to train Quill": Acme
    start = clause_start(c, pos)
    if (taken := taken_to_task(c, start)) is not None:
        # "cut off Pacifica after discovering that it had been reselling seats in violation of"
        return Subject((taken.entity,), taken.start)
    if (pair := the_two(c, start)) is not None:
        return pair  # "..., and the two companies have jointly developed firmware"
    if (verb := _shared_subject_verb(c, start, pos)) is not None:
        return clause_subject(c, verb)  # "Acme was incubated by X, and had also received ..."
    complement = c.w(start - 1) == "that" and (
        c.w(start - 2) in COMPLEMENT_VERBS or c.w(start - 2).endswith("ed") or _told_whom(c, start - 1)
    )
    # "Acme's models, which it runs on ...": "it" runs them; but in "Zenith, which it said had
    # breached ...", "it said" is an aside and "which" (Zenith) breached.
    own_subject = c.w(start) in {"it", "they", "we"} and c.w(start + 1) not in SPEECH
    # so does a name with its verb: "Stable Video Diffusion, which Tessellate has fine-tuned on
    # footage bought from Shutterstock" (Tessellate bought it)
    # (within the relative clause: in "Larch, which Palisade calls PS-1, pairs ..." Larch pairs)
    named = c.start_at.get(start)
    if named is None and c.w(start + 1) in POSSESSIVE_MARKS and start not in c.cover:
        named = c.start_at.get(start + 2)  # "which Denver's Tallyhouse Media Group bought": a place's firm
    if named is not None and not named.possessive and named.end < pos and c.w(named.end) not in SPEECH:
        inside = "," not in c.words[start - c.first : pos - c.first]
        # (or a verb in the present after a relative word: "GPT-5, which Nimbalo pays for at
        # standard rates and reaches through Azure": Nimbalo reaches it)
        verb = _finite_verb(c, named.end) or (c.w(start - 1) in RELATIVE and present_after(c, named))
        own_subject = own_subject or (inside and verb)
    # and an unnamed noun phrase with its verb: "Lunit INSIGHT, which the hospital has licensed
    # from Lunit" (the hospital licenses it, not the product)
    if c.w(start) in {"the", "a", "an"} and start + 2 < pos:
        own_subject = own_subject or (c.t.text[start + 1].islower() and _finite_verb(c, start + 2))
    # (a name in the noun phrase after "whose" makes it another's: "whose Acme stake"; not one
    # after its verb: "whose assistant is built on Acme's Quill and runs on Nimbus")
    owned_end = next((k for k in range(start, pos) if c.w(k) in AUX), pos)
    if c.w(start - 1) == "whose" and not any(k in c.cover for k in range(start, owned_end)):
        # (or the name a description before "whose" renames: "Ampwell, a Pittsburgh startup whose")
        owner = whose_antecedent(c, start - 1)
        if owner is not None and not owner.possessive and not _person_heads(c, start, pos):
            return Subject((owner.entity,), owner.start)  # "Zenith, whose models run on Nimbus,"
    if start > c.first and c.w(start - 1) in RELATIVE and not complement and not own_subject:
        k = start - 1
        if c.w(k - 1) == "of" and c.w(k - 2) in FLOATING and c.w(k - 3) == ",":
            # "Cerebras and Groq, both of which compete with Nvidia" ("..., its larger rivals, both of which")
            last = c.end_at.get(k - 3) or apposed_np(c, k - 3)
            if last is not None and not last.possessive:
                found = coordinated_left(c, last, objects=True)  # ("Meridian joins A, B and C, all of which")
                return Subject(tuple(m.entity for m in found), found[0].start)
        if c.w(k - 1) == ",":
            k -= 1
        if c.w(k - 1) == ")":  # "ChangXin Memory Technologies (CXMT), which competes": the name before
            k = next((j for j in range(k - 2, max(c.first, k - 8), -1) if c.w(j) == "("), k)
        # ("Fujitsu's A64FX processor, which is based on": the processor; not "..., which
        # Greywater accesses": Greywater's own clause)
        product = _named_product_np(c, k) if start not in c.start_at else None
        # ("Driftwood, Orison's coding agent, which is built on": Driftwood, the product renamed)
        renamed = _renamed_by_possessive_np(c, k) if c.w(k) == "," else None
        antecedent = c.end_at.get(k) or product or renamed or _possessor_of_np(c, k) or apposed_np(c, k)
        if antecedent is None and c.w(k - 1) == "and" and c.w(k) in {"which", "who"}:
            antecedent = first_relative(c, k - 1, lists=True)  # "a startup that Acme backs and which runs"
        if antecedent is None and (offerer := _offerer_of_np(c, k)) is not None:
            return offerer  # "Zenith offers a preview tool that runs on Nimbus": Zenith's tool
        if antecedent is not None and antecedent is c.end_at.get(k):
            # "Marrowby Labs, a start-up backed by Index Ventures, which is training": the head;
            # but a product's maker makes: "Nimbara, a cloud operated by Parallax Silicon Inc.,
            # which also designs the Kiln-2 accelerator" (Parallax designs it)
            head = apposition_head_past_agent(c, antecedent)
            if head is not None and not (
                is_org(antecedent.entity)
                and not is_org(head.entity)
                and c.w(_after_adverbs(c, start)) in MAKERS_DEEDS
            ):
                antecedent = head
        if (
            antecedent is not None
            and c.w(antecedent.start - 1) == "of"
            and (antecedent.entity.label.islower() or (c.w(start - 1) == "that" and k == antecedent.end))
        ):
            # "Vellmar, the maker of car and van tyres that competes with Continental": the maker;
            # "Scaffmate, a rival of Quenta that is backed by Scottish Enterprise": the rival
            antecedent = _described_before(c, antecedent.start) or antecedent
        if antecedent is not None and antecedent is c.end_at.get(k) and _plural_verb(c, start - 1, pos):
            # "Nvidia and MediaTek, which have partnered on", "Cerebras and Groq, which compete with"
            members = coordinated_left(c, antecedent, objects=True)
            return Subject(tuple(m.entity for m in members), members[0].start)
        if antecedent is not None:
            return Subject((antecedent.entity,), antecedent.start)
        if c.w(start - 1) != "that":
            return None
    asides = _asides(c, start, pos) | _apposed_to_description(c, start, pos)
    opening = fronted_phrase_end(c, pos) if start == c.first else None
    depth = 0
    speaker: Mention | None = None
    for k in range(start, pos):
        word = c.w(k)
        depth += (word == "(") - (word == ")")
        if depth > 0 or k in asides or k not in c.start_at or (opening is not None and k < opening):
            continue  # (a name in "Founded by former Google staff, ..." is not the subject after it)
        m = c.start_at[k]
        if (listed := _set_off_list(c, m, pos)) is not None:
            return Subject(tuple(x.entity for x in listed), m.start)  # "Many firms, including Zenith, use"
        if (after_preposition(c, m) and m.start != start) or _hyphened_modifier(c, m):
            continue
        if c.w(m.end) in SPEECH and m.end < pos and not _adds_a_thing(c, m.end):
            speaker = m
            continue
        if speaker is not None and c.w(m.start - 1) == "told" and m.start == speaker.end + 1:
            continue  # "Acme told The Ledger it had ...": the listener is not who did it
        if _after_verb(c, start, m.start):
            break  # "it had used Acme's models to train ...": Acme is an object
        if (role := _role_after(c, m, pos)) is not None:
            return _holders_named(c, role, pos)  # "Acme's rivals (, including Zenith,) have raised"
        if m.possessive:
            renamed = _renamed_by_apposition(c, m, pos) or c.start_at.get(m.end + 1)
            if renamed is not None and renamed.start < pos:  # "Acme's Nimbus, ...": Nimbus
                return Subject((renamed.entity,), renamed.start)
        return Subject(tuple(x.entity for x in coordinated_right(c, m) if x.start < pos), m.start)
    if (doers := _among_the_doers(c, pos)) is not None:
        return doers  # "Among the schools paying for Tidewise are Blue Hole Academy and ..."
    if (fronted := fronted_subject(c, pos)) is not None:
        return fronted  # "Having acquired Zenith, Acme moved into chips": Acme
    if speaker is not None and _says_it(c, _past_listener(c, speaker.end + 1), pos):
        return Subject((speaker.entity,), speaker.start)  # "Acme said (on Tuesday) it would ..."
    if (unit_owner := _its_unit(c, start, pos)) is not None:
        return unit_owner  # "Acme is an investor: its venture arm took part in ..."
    if _anaphor_at(c, start, pos):
        if start in c.first_person and len(c.topic) == 1:
            return Subject((c.topic[0],), start, anaphoric=True)  # "servers that we rent": the speaker
        earlier = speaker or sentence_antecedent(c, start)
        if (
            earlier is not None
            and earlier.entity.type not in ORG_TYPES
            and _organisation_meant(c, start, pos)
        ):
            earlier = None  # "Its K7 chip taped out, and the company raised": not the chip
        if (
            earlier is not None
            and earlier.entity.type in ORG_TYPES
            and _product_meant(c, start, pos, GOODS_ANAPHOR_NOUNS)
        ):
            earlier = None  # "is built on OpenAI's model, and the app runs on Azure": not OpenAI
        if earlier is not None:
            return Subject((earlier.entity,), earlier.start)
        products = all(e.type in PRODUCT_TYPES for e in c.topic)
        if products and _organisation_meant(c, start, pos):
            said = any(c.w(j) == "company" and c.w(j - 1) == "the" for j in range(start, pos))
            if said and c.lead is not None and c.lead.id not in {m.entity.id for m in c.mentions}:
                return Subject((c.lead,), start, anaphoric=True)  # "the company": the article's
            return None  # "the company buys ..." after a sentence about a chip: not the chip
        if c.w(start) in {"it", "its"} and any(e.type == "Person" for e in c.topic):
            return None  # "it" is never a person: "Son's conglomerate ... It owns Arm"
        if c.topic and (products or not _product_meant(c, start, pos)):
            return Subject(tuple(c.topic), start, anaphoric=True)
    return None


TWO_PARTIES = frozenset({"companies", "firms", "groups", "sides", "partners", "businesses"})


def the_two(c: Clause, k: int) -> Subject | None:
    """The two organisations "the two (companies)" at ``k`` means: the first and the last the
    sentence named before it ("Ostrander buys the chips from Farrow, and the two companies have
    ..."; "Orvex, whose acquisition Marvell completed, ran inside an Arista chassis under a
    partnership the two companies announced": Orvex and Arista), else the topic when it is two."""
    both = c.w(k) == "both" and c.w(k + 1) in TWO_PARTIES  # "Both companies run on AWS"
    if not both and (c.w(k + 1) != "two" or c.w(k) != "the"):
        return None  # (most clauses: this is asked of every subject)
    after = c.w(k + 2)  # a noun for them, a verb, or nothing: not "the two products"
    if not both and not (
        after in TWO_PARTIES | AUX or after.endswith("ed") or after in IRREGULAR_PAST or not c.alpha(k + 2)
    ):
        return None
    named = [m.entity for m in c.mentions if m.start < k and is_org(m.entity) and not m.possessive]
    if len(named) >= 2 and named[0] != named[-1]:
        return Subject((named[0], named[-1]), k, anaphoric=True)  # the subject and the last other
    organisations = [e for e in c.topic if is_org(e)]
    return Subject(tuple(organisations), k, anaphoric=True) if len(organisations) == 2 and not named else None


def _hyphened_modifier(c: Clause, m: Mention) -> bool:
    """Whether ``m`` only qualifies the noun after it ("Acme-based servers", "Acme-backed
    Zenith"): such a name is nobody's subject."""
    after = c.t.text[m.end + 1] if m.end + 1 < c.last else ""
    return c.w(m.end) == "-" and not c.spaced(m.end - 1) and after[:1].islower()


def taken_to_task(c: Clause, start: int) -> Mention | None:
    """The party "it" or "they" at ``start`` stands for after a participle of saying or finding
    out: the one the sentence punished or accused before it ("Acme cut off Zenith, a coding
    assistant, after finding it had used Claude outputs": Zenith)."""
    if c.w(start) not in {"it", "they"}:
        return None
    k = start - 1 - (c.w(start - 1) == "that")
    if c.w(k) not in SAYING and c.w(k) not in FINDING_OUT:
        return None
    return punished_before(c, k)


def punished_before(c: Clause, k: int) -> Mention | None:
    """The last party named before ``k`` right after a verb of punishing or accusing ("cut off
    Zenith", "suspended Marrowstone's account")."""
    return next((m for m in reversed(c.mentions) if m.end < k and c.w(m.start - 1) in TAKEN_TO_TASK), None)


# Words that give a clause a subject of its own after its opening verb.
OWN_SUBJECTS = frozenset({"it", "they", "he", "she", "we", "this", "these", "that", "who", "which"})


def _finite_verb(c: Clause, k: int) -> bool:
    """Whether token ``k`` is an auxiliary or a past-tense verb written in lower case."""
    word = c.w(k)
    if k in c.cover or not c.alpha(k) or not c.t.text[k].islower():
        return False
    return word in AUX or word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)


# What only an organisation does to a product: "..., which also designs the Kiln-2".
MAKERS_DEEDS = frozenset(
    {"designs", "designed", "makes", "made", "builds", "built", "develops", "developed", "manufactures"}
    | {"sells", "sold", "owns", "owned", "employs", "acquired", "bought", "raised", "operates"}
)


def _after_adverbs(c: Clause, k: int) -> int:
    """The first token from ``k`` on that is no adverb ("also", "now", "quickly")."""
    while k < c.last and (
        c.w(k) in {"also", "now", "still", "already"} or (c.w(k).endswith("ly") and c.alpha(k))
    ):
        k += 1
    return k


# Words that open a list of the members of an unnamed plural: "..., among them Zenith and Orbit".
MEMBER_OPENERS = (("among", "them"), ("including",), ("such", "as"))


AMONG_LISTING = frozenset({"are", "were", "include", "included", "includes"})
AMONG_REACH = 8  # tokens from the verb to "are": "paying for Tidewise's dive-log software are"


def _among_the_doers(c: Clause, pos: int) -> Subject | None:
    """The names a sentence opening "Among the <plural noun> <verb> ..." lists after its "are":
    "Among the schools paying for Tidewise are Blue Hole Academy and Mariner's Reach" (each of
    them pays), where the verb at ``pos`` follows the plural noun or "that"/"who"."""
    if c.w(c.first) != "among" or c.w(c.first + 1) not in {"the", "its", "their"}:
        return None
    k = pos - 1 - (c.w(pos - 1) in {"that", "who", "which"})
    if k > c.first + 5 or not (c.w(k).endswith("s") and c.alpha(k) and c.t.text[k].islower()):
        return None
    are = next((j for j in range(pos + 1, min(pos + AMONG_REACH, c.last)) if c.w(j) in AMONG_LISTING), None)
    if are is None or any(c.w(j) in {",", ";"} for j in range(pos, are)):
        return None
    listed = object_right(c, are + 1, gap=1)
    return Subject(tuple(m.entity for m in listed), listed[0].start) if listed else None


def listed_members(c: Clause, pos: int) -> Subject | None:
    """The organisations listed after the object of a verb at ``pos`` whose subject is an
    unnamed plural: "About 70 moving companies pay for Dray, the company said, among them
    Bellwether Movers, a Colorado firm, and Cartage & Sons Ltd" (each of them pays)."""
    k = pos - 1
    while k > c.first and c.w(k) in AUX:
        k -= 1
    if not (c.w(k).endswith("s") and c.alpha(k) and c.t.text[k].islower()):
        return None  # ("companies pay", "chains use")
    if any(m.start < pos for m in c.mentions):
        return None
    opens = next(
        (
            j + len(p)
            for j in range(pos, c.last)
            for p in MEMBER_OPENERS
            if c.w(j - 1) == "," and tuple(c.w(j + i) for i in range(len(p))) == p
        ),
        None,
    )
    if opens is None:
        return None
    members = [
        m
        for m in c.mentions
        if m.start >= opens and not m.possessive and is_org(m.entity) and _listed_at(c, opens, m.start)
    ]
    return Subject(tuple(m.entity for m in members), members[0].start) if members else None


MEMBER_DESCRIPTION_REACH = 4  # words before a listed name: "the touring troupe Gilded Fox"


def _listed_at(c: Clause, opens: int, start: int) -> bool:
    """Whether a name at ``start`` is a member of the list opening at ``opens``: right at its
    opening or after "and" or a comma, past a short description ("among them the Calder Street
    Theatre Company ... and the touring troupe Gilded Fox")."""
    k = start
    while k > opens and start - k < MEMBER_DESCRIPTION_REACH and c.t.text[k - 1].islower() and c.alpha(k - 1):
        if c.w(k - 1) in {"and", "in", "of", "at", "from", "with"}:
            break
        k -= 1
    return k == opens or c.w(k - 1) in {"and", ","}


def _shared_subject_verb(c: Clause, start: int, pos: int) -> int | None:
    """Where the verb of the clause before stands when the clause at ``start`` opens with a
    verb after ", and" or ", but" and so shares that clause's subject ("The company was
    incubated by Orbit, and had also received funding from Zenith": the company received it).
    None when the clause names its own subject or the clause before has no verb."""
    if start - 2 < c.first or c.w(start - 1) not in {"and", "but"} or c.w(start - 2) != ",":
        return None
    verb = start
    while verb < pos and c.w(verb).endswith("ly") and c.alpha(verb):
        verb += 1  # ", and recently closed"
    if not _finite_verb(c, verb):
        return None
    if any(k in c.start_at or c.w(k) in OWN_SUBJECTS for k in range(start, pos)):
        return None  # "..., but confirmed it uses Zenith": "it" is the subject there
    comma = start - 2
    for _ in range(2):  # past an aside with no verb of its own (", citing yields,")
        before = clause_start(c, comma)
        if (found := next((k for k in range(before, comma) if _finite_verb(c, k)), None)) is not None:
            return found
        if c.w(before - 1) != "," or any(k in c.start_at for k in range(before, comma)):
            return None
        comma = before - 1
    return None


SHARERS_REACH = 6  # words between "together with" and the name it joins ("the games publisher")


def _joined_by(c: Clause, m: Mention) -> Mention | None:
    """The name ``m`` is set beside when the aside "along with", "together with" or "alongside"
    that holds ``m`` is left unclosed before the verb ("Acme, together with the publisher Orbit
    partnered with Zenith"): the clause's subject is the name before the aside's comma."""
    k = m.start - 1
    while k > m.start - 1 - SHARERS_REACH and k > c.first and c.w(k) not in {"with", "alongside", ","}:
        if k in c.cover:
            return None
        k -= 1
    if c.w(k) == "with" and c.w(k - 1) in {"together", "along"}:
        k -= 1
    elif c.w(k) != "alongside":
        return None
    lead = c.end_at.get(k - 1) if c.w(k - 1) == "," else None
    return lead if lead is not None and not lead.possessive and not after_preposition(c, lead) else None


def _set_off_list(c: Clause, m: Mention, pos: int) -> list[Mention] | None:
    """The names an unnamed subject's aside lists, the verb at ``pos`` right after it: "Many
    startups, including Zenith and Orbit, use Quill" (Zenith and Orbit use it)."""
    introduced = c.w(m.start - 1) in {"including", "like"} or (
        c.w(m.start - 1) == "as" and c.w(m.start - 2) == "such"
    )
    opening = m.start - (3 if c.w(m.start - 1) == "as" else 2)
    if not introduced or c.w(opening) != ",":
        return None
    listed = coordinated_right(c, m)
    k = listed[-1].end
    if c.w(k) != ",":
        return None
    k += 1
    while k < pos and (c.w(k) in AUX or (c.w(k).endswith("ly") and c.alpha(k))):
        k += 1
    return listed if k == pos else None


def _its_unit(c: Clause, start: int, pos: int) -> Subject | None:
    """The owner of "its" when the clause opens with "its (venture) arm" or "its chemists"
    before the verb at ``pos``: the sentence's first subject-like name, else the topic's one
    organisation."""
    k = start
    while k < pos and c.t.punct[k]:
        k += 1
    if c.w(k) not in {"its", "their"}:
        return None
    j = k + 1
    acting = UNIT_NOUNS | STAFF_NOUNS  # units and staff act for it: "its venture arm took part in"
    while j < pos and j - k <= 3 and c.filler(j) and c.w(j) not in acting:
        j += 1
    if c.w(j) not in acting or any(c.w(x) not in AUX for x in range(j + 1, pos)):
        return None
    if (earlier := sentence_antecedent(c, k)) is not None and not earlier.possessive:
        return Subject((earlier.entity,), earlier.start)
    organisations = [e for e in c.topic if e.type not in PRODUCT_TYPES]
    return Subject(tuple(organisations), k, anaphoric=True) if len(organisations) == 1 else None


def _relative_object(c: Clause, m: Mention) -> bool:
    """Whether ``m`` is the object of a relative clause on an unnamed head ("the fund that
    backed Brisklet"), not the subject of the verb after it."""
    verb = m.start - 1
    return (
        c.w(verb - 1) in {"that", "which", "who"}
        and c.t.text[verb].isalpha()
        and c.t.text[verb].islower()
        and c.w(verb) not in AUX | {"both"}  # ("in which both Amazon and Google hold")
        and verb - 2 not in c.end_at  # "Acme, which Zenith ...": a name heads it
    )


def _product_meant(c: Clause, start: int, pos: int, nouns: frozenset[str] = DEVICE_NOUNS) -> bool:
    """Whether the clause opens with a device noun ("The wearable runs on ..."), or another of
    ``nouns``: it refers to a product, so a company topic is not what it means."""
    return any(c.w(j) in nouns for j in range(start, min(start + 5, pos)))


# Anaphor nouns only a product answers to: "the app runs on Azure" is no company's doing.
GOODS_ANAPHOR_NOUNS = frozenset({"app", "platform"}) | DEVICE_NOUNS


def _organisation_meant(c: Clause, start: int, pos: int) -> bool:
    """Whether the clause opens with a noun only an organisation answers to ("The company")."""
    return any(c.w(j) in ORGANISATION_ANAPHOR_NOUNS for j in range(start, min(start + 5, pos))) or any(
        c.w(j) in ORGANISATION_ANAPHOR_NOUNS and c.w(j - 1) in {"the", "this"} for j in range(start, pos)
    )  # "On rivals, Moretti said the company competes ...": past an opening phrase and a speaker


def _role_after(c: Clause, m: Mention, pos: int) -> int | None:
    """Where the role noun that ``m`` only qualifies stands ("an Acme supplier", "Acme's
    rivals"), if before ``pos``."""
    if not unnamed_holder(c, m, parts=False):
        return None
    return next((k for k in range(m.end, min(m.end + 4, pos)) if c.w(k) in ROLES), None)


def _holders_named(c: Clause, role: int, pos: int) -> Subject | None:
    """The names the role noun at ``role`` lists before ``pos`` ("Acme's rivals, including
    Zenith and Orbit,"); None when it lists none: the subject is then unnamed."""
    named = [x for x in object_right(c, role + 1, gap=2) if x.start < pos]
    return Subject(tuple(x.entity for x in named), named[0].start) if named else None


# What a company is contracted to do for another: "signed a deal with Zenith to host its models".
SERVICE_VERBS = frozenset({"host", "supply", "provide", "manufacture", "power", "run", "serve"})
CONTRACT_NOUNS = frozenset({"deal", "agreement", "contract", "pact", "partnership"})


def _contracted(c: Clause, to: int, pos: int) -> Mention | None:
    """In "a deal with Zenith to host ...", Zenith: the party a contract hires for a service
    (who buys under it, "a deal with Zenith to buy its chips", is the one who signed)."""
    hired = c.end_at.get(to)
    if hired is not None and c.w(hired.start - 1) == "from" and c.w(hired.start - 2) in PROPOSALS:
        return hired  # "received an offer from Ostrander Group to buy Kestrel": Ostrander would buy
    if hired is None or c.w(pos) not in SERVICE_VERBS or c.w(hired.start - 1) != "with":
        return None
    return hired if any(c.w(k) in CONTRACT_NOUNS for k in range(hired.start - 4, hired.start - 1)) else None


# Verbs whose object, taken for a purpose, does what the purpose says: "licensed Quill to power
# Helper" (Quill powers Helper), "uses Orca chips to run Quill" (the chips run it).
TAKING_VERBS = frozenset(
    {"licensed", "licenses", "license", "uses", "used", "use", "adopted", "adopts", "chose", "picked"}
    | {"deployed", "deploys", "tapped", "taps", "selected", "selects", "bought", "buys", "rented", "rents"}
    | {"using", "licensing", "adopting", "deploying"}
)
VERSION_NOUNS = frozenset({"version", "variant", "edition", "build"})  # "a custom version of Gemini"
PURPOSE_DATES = frozenset({"in", "on", "last", "this", "earlier", "later", "year", "month", "week"})


def _used_object(c: Clause, to: int, pos: int) -> Mention | None:
    """In "licensed Acme's Quill (in March) to power Helper", Quill: a product taken for a
    purpose, which a service verb after ``to`` says it serves."""
    if c.w(pos) not in SERVICE_VERBS:
        return None
    k = to
    while k - 1 > c.first and (c.w(k - 1) in PURPOSE_DATES or c.w(k - 1) in MONTHS) and to - k < 3:
        k -= 1  # past "in March", "last year"
    tool = c.end_at.get(k)
    if tool is None or tool.possessive or tool.entity.type not in PRODUCT_TYPES:
        return None
    j = tool.start - 1
    if c.w(j) in POSSESSIVE_MARKS and j in c.end_at:
        j = c.end_at[j].start - 1  # "Acme's Quill"
    if c.w(j) == "of" and c.w(j - 1) in VERSION_NOUNS:  # "using a custom version of Gemini to power"
        j = next((i for i in range(j - 2, max(c.first, j - 5), -1) if c.w(i) in TAKING_VERBS), j)
    return tool if c.w(j) in TAKING_VERBS else None


MEANS_REACH = 8  # tokens from "by" to the "to" of its purpose: "by using Cartoscope street pictures to"


def _by_means(c: Clause, to: int) -> int | None:
    """Where the verb before "by using ... to" stands, when the purpose at ``to`` follows a means
    told by "by" and a gerund ("breached the terms by using Zenith pictures to train Quill"): the
    one who uses them does the rest, not a name among the things used."""
    for k in range(to - 2, max(c.first, to - MEANS_REACH) - 1, -1):
        if c.w(k) in {",", ";", "."}:
            return None
        if c.w(k) == "by" and c.w(k + 1).endswith("ing") and c.alpha(k + 1) and k + 1 not in c.cover:
            return k if k > c.first else None
    return None


def _accused_of_doing(c: Clause, by: int) -> Mention | None:
    """The one "accusing Acme of breaching a contract" names before the "by" at ``by``."""
    for k in range(by - 1, max(c.first, by - MEANS_REACH) - 1, -1):
        if c.w(k) == "of" and c.w(k + 1).endswith("ing"):
            accused = c.end_at.get(k)
            if accused is not None and not accused.possessive and c.w(accused.start - 1) in ACCUSING:
                return accused
            return None
    return None


def _relative_doer(c: Clause, to: int) -> Mention | None:
    """In "which Acme uses to ...", the subject of the verb before ``to``: who does the rest."""
    doer = c.end_at.get(to - 1)
    verb = c.t.text[to - 1]
    if doer is None or doer.possessive or c.w(doer.start - 1) not in {"which", "that"}:
        return None
    return doer if verb.isalpha() and verb.islower() else None


def _says_it(c: Clause, k: int, pos: int) -> bool:
    """Whether "it"/"they" follows a speech verb whose object starts at ``k`` ("said it", "said
    that it", "said on Tuesday it", "said in a statement that it"), no name between."""
    for j in range(k, min(k + 6, pos)):
        if c.w(j) in {"it", "they"}:
            return True
        if j in c.cover or not (c.filler(j) or c.w(j) in {"on", "in", "that"} or c.t.text[j].istitle()):
            return False
    return False


def _past_listener(c: Clause, k: int) -> int:
    """Where what was said starts, past a listener at ``k`` ("told The Ledger (that) it")."""
    listener = c.start_at.get(k)
    return listener.end if listener is not None and c.w(k - 1) == "told" else k


def _told_whom(c: Clause, that: int) -> bool:
    """Whether "that" at ``that`` follows "told <name>" ("told CNBC that the company ..."):
    it opens what was said, and the listener is no antecedent."""
    listener = c.end_at.get(that)
    return listener is not None and c.w(listener.start - 1) == "told"


def _asides(c: Clause, start: int, end: int) -> set[int]:
    """Tokens of relative asides (", whose founders joined Zenith,") between start and end."""
    out: set[int] = set()
    if "," not in c.words[max(0, start - c.first) : max(0, end - c.first)]:
        return out  # no comma, no aside (most clauses): the scan is skipped
    k = start
    while k < end:
        if c.w(k) == "," and c.w(k + 1) in {"which", "who", "whose", "whom"}:
            j = k + 1
            while j < end and c.w(j) != ",":
                out.add(j)
                j += 1
            k = j
        k += 1
    return out


DESCRIBED_APPOSITION_REACH = 12  # words of ", a subsidiary of the offshore-services group Brackwater,"


def _apposed_to_description(c: Clause, start: int, pos: int) -> set[int]:
    """Tokens of an apposition after a description opening the clause: in "The Aberdeen company,
    a subsidiary of Brackwater Holdings, makes Lodestar" the company makes it, not its owner."""
    if c.w(start) not in {"the", "this"}:
        return set()
    comma = next((j for j in range(start + 2, min(start + 5, pos)) if c.w(j) == ","), None)
    if comma is None or c.w(comma - 1) not in ORGANISATION_ANAPHOR_NOUNS or c.w(comma + 1) not in {"a", "an"}:
        return set()
    reach = range(comma + 2, min(comma + DESCRIBED_APPOSITION_REACH, pos))
    close = next((j for j in reach if c.w(j) == ","), None)
    return set(range(comma + 1, close)) if close is not None else set()


def _after_verb(c: Clause, start: int, pos: int) -> bool:
    """Whether a verb (an auxiliary, a past participle) stands between clause start and pos;
    an introductory phrase closed by a comma ("In a deal announced Tuesday, ...") does not count."""
    for k in range(pos - 1, start - 1, -1):
        if c.w(k) == ",":
            start = k + 1
            break
    for k in range(start, pos):
        word = c.w(k)
        if k == start and word in AUX:
            continue  # a question's inverted auxiliary: "Is Acme planning to ..."
        if word in AUX and word not in {"also", "now", "then", "just", "first", "once", "even"}:
            return True
        if word.endswith("ed") and c.t.text[k].islower() and c.alpha(k) and len(word) > 4:
            return True
        pronoun = c.w(k - 1) in {"it", "they", "we", "i"} or (
            c.w(k - 1) in ORGANISATION_ANAPHOR_NOUNS and c.w(k - 2) in {"the", "this"}
        )  # ("The company counts Canva among its customers and has raised ...": Canva is the object)
        if pronoun and (word in IRREGULAR_PAST or _present_verb(c, k)):
            return True  # "In February it bought Zenith", "It owns Zenith": Zenith is the object
    return False


def _present_verb(c: Clause, k: int) -> bool:
    """Whether token ``k``, after "it", reads as a verb in the present: "owns", "makes"."""
    return c.w(k).endswith("s") and c.alpha(k) and c.t.text[k].islower() and k not in c.cover


def other_organisation(c: Clause, pos: int, subject: Subject | None) -> Mention | None:
    """The one organisation other than ``subject`` named before ``pos`` ("owns a stake in
    CoreWeave, sells it the GPUs": CoreWeave), or None when there is none or more than one."""
    ids = {e.id for e in subject.entities} if subject is not None else set()
    others = [m for m in c.mentions if m.end <= pos and is_org(m.entity) and m.entity.id not in ids]
    return others[-1] if len({m.entity.id for m in others}) == 1 else None


def product_owner(c: Clause, m: Mention) -> Mention | None:
    """The organisation named with "'s" right before the product ``m`` ("Nvidia's Isaac")."""
    owner = c.end_at.get(m.start - 1)
    if is_product(m.entity) and owner is not None and owner.possessive and is_org(owner.entity):
        return owner
    return None


def sentence_antecedent(c: Clause, before: int) -> Mention | None:
    """What "it" means in a later clause of the same sentence: the first subject-like mention;
    none when the sentence opens with "Its ...", whose owner "it" goes on meaning ("Its agents
    run on Meta's Llama models, and in September it announced ...")."""
    if c.w(c.first) in {"its", "their"}:
        return None
    since = c.first
    for m in c.mentions:
        if m.start >= before:
            return None
        if c.w(m.end) == "-" and not c.spaced(m.end - 1) and c.w(m.end + 1).endswith("ed"):
            since = m.end + 2  # "The Acme-backed startup Orbit ...": Acme only qualifies the name after it
            continue
        if c.w(m.start - 1) == "(" and c.w(m.end) == ")":
            continue  # "WISCONSIN RAPIDS, Wis. (Wire) -- Bogwise said that it had ...": an aside
        if not after_preposition(c, m) and not _after_verb(c, since, m.start):
            return m
        if m.start == c.first + 1 and c.w(c.first) == "for" and c.w(m.end) == ",":
            return m  # "For Ledgerly, the deal is a push into a market where it competes with": its topic
    return None


def _named_product_np(c: Clause, end: int) -> Mention | None:
    """In "Fujitsu's A64FX processor, which ...", the product a noun after its name heads."""
    named = c.end_at.get(end - 1) if c.w(end - 1) in HEAD_NOUNS else None
    return named if named is not None and named.entity.type in PRODUCT_TYPES else None


# Verbs by which an organisation puts out a product it need not name, and the nouns for it.
OFFERING_VERBS = frozenset(
    {"offers", "offered", "sells", "sold", "makes", "made", "built", "builds", "launched", "launches"}
    | {"developed", "develops", "released", "releases", "provides", "provided", "markets", "ships"}
)
OFFERED_HEADS = frozenset(
    {"app", "tool", "service", "platform", "system", "software", "assistant", "chatbot", "agent", "product"}
)
OFFERED_REACH = 5  # words from the determiner to the head: "a similar photo-preview tool"
OFFERED_OPENERS = frozenset({"a", "an", "its", "their"})


def _offerer_of_np(c: Clause, end: int) -> Subject | None:
    """In "Zenith offers a similar preview tool that uses Quill", the organisation that puts out
    the unnamed product the noun phrase ending at ``end`` names: what the tool uses, it uses."""
    if c.w(end - 1) not in OFFERED_HEADS:
        return None
    k = end - 2
    while k > c.first and end - k <= OFFERED_REACH and c.w(k) not in OFFERED_OPENERS:
        if k in c.cover or (c.t.punct[k] and c.w(k) != "-"):
            return None
        k -= 1
    if c.w(k) not in OFFERED_OPENERS or c.w(k - 1) not in OFFERING_VERBS:
        return None
    offerer = clause_subject(c, k - 1)
    return offerer if offerer is not None and all(is_org(e) for e in offerer.entities) else None


def _possessor_of_np(c: Clause, end: int) -> Mention | None:
    """In "Acme's models, which ...", the owner of the noun phrase ending at ``end``."""
    k = end - 1
    while k > c.first and c.filler(k) and end - k < 4:
        k -= 1
    if c.w(k) in POSSESSIVE_MARKS and k in c.end_at:
        return c.end_at[k]
    return None


APPOSED_REACH = 10  # words of the noun phrase: "a two-year-old Los Angeles company"
# Nouns for a maker before "of" and what it makes: "Vellmar, the maker of car tyres that ..."
MAKERS_OF = frozenset({"maker", "makers", "developer", "producer", "manufacturer", "supplier", "provider"})


def apposed_np(c: Clause, end: int) -> Mention | None:
    """In "Acme, the Dutch lab that built ...", the name the noun phrase before ``end`` renames
    (past a phrase of place: "a paper mill on the Gulf of Bothnia that belongs to", and of its
    founding: "a water-analytics company founded in Rotterdam in 2019 that was acquired by")."""
    end = past_locative(c, _past_founding(c, end) - 1) + 1
    k = end
    # (a hyphened word counts as one: "a four-year-old chip designer in Austin that")
    reach = hyphened_reach(c, end, APPOSED_REACH)
    while k > c.first and end - k < reach and c.w(k - 1) != ",":
        if c.filler(k - 1) or c.w(k - 1) == "-":  # ("a two-year-old Los Angeles company")
            k -= 1
        elif (place := _place_ending(c, k)) is not None:
            k = place  # "Framewright, a Los Angeles company that raised ..."
        elif c.w(k) == "-" and c.alpha(k - 1) and k - 1 not in c.cover:
            k -= 1  # "the AI-first editor": a capitalised word of a hyphened modifier
        elif c.w(k) == "-" and c.w(k + 1) in COMPOUND_PARTICIPLES and (owner := c.end_at.get(k)) is not None:
            k = owner.start  # "Whole Foods Market, the Amazon-owned grocer, which": past its owner
        elif c.w(k - 2) == "-" and c.alpha(k - 1) and c.alpha(k - 3) and k - 3 not in c.cover:
            k -= 3  # "the AI-first editor": a hyphened modifier whose second word is no filler
        elif place_word(c, k - 1):
            k -= 1  # "Kaldera, a Danish manufacturer that": a capitalised word qualifying the noun
        elif c.w(k - 1) == "of" and c.w(k - 2) in SETS_OF | MAKERS_OF:
            k -= 2  # "WeatherNext, a family of forecasting models built by", "a maker of tyres that"
        else:
            break
    if k < end and c.w(k) in {"a", "an", "the", "its", "their"} and c.w(k - 1) == ",":
        return apposed_before(c, k)  # ("Halyard, its detection platform, which is hosted on AWS")
    return None


SET_UP = frozenset({"founded", "established", "formed", "incorporated", "started"})
SET_UP_REACH = 7  # words from the participle to the relative word: "founded in Rotterdam in 2019"


def _past_founding(c: Clause, end: int) -> int:
    """Where a phrase of when and where a company was set up starts that ends before ``end``
    ("founded in Rotterdam in 2019", "established in 1998"), or ``end`` itself."""
    for j in range(end - 1, max(c.first, end - SET_UP_REACH) - 1, -1):
        if c.w(j) in SET_UP:
            return j if j + 1 < end and c.w(j + 1) in {"in", "by"} else end
        placed = c.w(j) in {"in", "by", "and", "-"} or _year(c, j) or c.t.text[j][:1].isupper()
        if j in c.cover or not placed:
            return end
    return end


def _place_ending(c: Clause, k: int) -> int | None:
    """Where the longest known place of one to three words ending before ``k`` starts ("New
    Jersey", not "Jersey"), or None."""
    for size in (3, 2, 1):
        start = k - size
        if start > c.first and c.t.text[start][:1].isupper() and known_place(c, start, k):
            return start
    return None


def known_place(c: Clause, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` name a known place ("Los Angeles", "New Jersey")."""
    return " ".join(c.w(j) for j in range(start, end)) in known_places()


def _renamed_by_apposition(c: Clause, m: Mention, pos: int) -> Mention | None:
    """ "Acme's cloud platform, Nimbus, has ...": the subject is Nimbus, not Acme."""
    k = m.end + 1
    while k < pos and c.filler(k):
        k += 1
    if c.w(k) == "," and k + 1 in c.start_at:
        named = c.start_at[k + 1]
        if c.w(named.end) == "," and named.end < pos:
            return named
    return None


def _anaphor_at(c: Clause, start: int, pos: int) -> bool:
    """Whether the clause opens with "it", "they", "the company", "this practice"..."""
    k = start
    while k < pos and (c.w(k) in LEAD_WORDS or c.w(k) == "," or c.t.punct[k]):
        k += 1
    comma = next((j for j in range(k, min(k + OPENING_REACH, pos)) if c.w(j) == ","), None)
    nameless = comma is not None and not any(j in c.cover for j in range(k, comma))
    if c.w(k) not in ANAPHORS and comma is not None and (nameless or c.w(k) in PREPOSITIONS | {"according"}):
        k = comma + 1  # "In 2023, it invested", "Alongside Acme, it backs": past an opening phrase
        if c.w(k) in ASIDE_ADVERBS and c.w(k + 1) == ",":
            k += 2  # "For the next one, however, the company has designed"
    dated = c.w(k + 1) in MONTHS or _year(c, k + 1)
    period = _period_end(c, k + 1) if c.w(k) in TIME_PREPOSITIONS else None
    if c.w(k) in TIME_PREPOSITIONS and dated and c.w(k + 2) in {"it", "they"}:
        k += 2  # "In February it bought Zenith": a date opens the clause, no comma after it
    elif period is not None and c.w(period) in {"it", "they"}:
        k = period  # "In the fourth quarter it retained two firms"
    elif c.w(k) in TIME_OPENERS and (j := _after_time_opening(c, k, pos)) is not None:
        k = j  # "Every week it competes with", "Last year they bought": no comma either
    elif c.w(k) in PLACE_PREPOSITIONS and (j := _after_places(c, k + 1, pos)) is not None:
        k = j  # "(but) in Indonesia and Vietnam it already competes with"
    if c.w(k) not in ANAPHORS and c.alpha(k) and k not in c.cover and c.w(k + 1) in SPEECH:
        k += 2 + (c.w(k + 2) == "that")  # "analysts say the company ...": past a nameless speaker
    elif c.w(k) in SPEECH and c.w(k - 1) in {"and", "but"} and not _reporter_opens(c):
        k += 1 + (c.w(k + 1) == "that")  # "Acme denied it but said it ...": the speaker is elided
    word = c.w(k)
    if word in {"it", "they"}:
        return True
    if word not in ANAPHORS:
        return False
    reach = k + 4 + sum(c.w(j) == "-" for j in range(k + 1, min(k + 6, pos)))  # "the open-model startup"
    return any(
        c.w(j) in ANAPHOR_NOUNS or (c.w(j) in TRADE_NOUNS and _topic_bears(c, c.w(j)))
        for j in range(k + 1, min(reach, pos))
    )


def _topic_bears(c: Clause, noun: str) -> bool:
    """Whether the one organisation the text is about has a trade noun in its name ("the
    authority" after "Cedar Basin Water Authority")."""
    return len(c.topic) == 1 and noun in c.topic[0].label.lower().split()


PERIOD_WORDS = frozenset({"the", "first", "second", "third", "fourth", "final", "past", "last", "same"})
PERIODS = frozenset({"quarter", "half", "year", "month", "week", "period"})


def _period_end(c: Clause, k: int) -> int | None:
    """Where the words after a period of time opening at ``k`` ("the fourth quarter", "the same
    month") end, or None if no such phrase opens there."""
    j = k
    while j < k + 3 and c.w(j) in PERIOD_WORDS:
        j += 1
    return j + 1 if j > k and c.w(j) in PERIODS else None


# Words that open a short phrase of time before a clause's "it": "every week", "last year".
PLACE_PREPOSITIONS = frozenset({"in", "across", "outside", "within", "throughout"})
PLACES_REACH = 5  # words of the places named: "in Indonesia and Vietnam"


def _after_places(c: Clause, k: int, pos: int) -> int | None:
    """Where "it"/"they" stands after capitalised places named from ``k``, with no comma ("in
    Indonesia and Vietnam it"), or None."""
    for j in range(k, min(k + PLACES_REACH, pos)):
        if c.w(j) in {"it", "they"}:
            return j if j > k else None
        if c.w(j) != "and" and not c.t.text[j][:1].isupper():
            return None
    return None


TIME_OPENERS = frozenset({"every", "each", "last", "this", "next", "earlier", "later", "today", "now"})


def _after_time_opening(c: Clause, k: int, pos: int) -> int | None:
    """Where "it" or "they" stands after an opening phrase of time at ``k`` of up to two words
    ("Every week it", "Earlier this year they"), or None."""
    for j in range(k + 1, min(k + 4, pos)):
        if c.w(j) in {"it", "they"}:
            return j
        if j in c.cover or not (c.alpha(j) or c.w(j).isdigit()):
            return None
    return None


def _reporter_opens(c: Clause) -> bool:
    """Whether a news outlet is the sentence's first name: "The Ledger reported ..., but said it
    ..." leaves "it" unresolved rather than make the outlet a party."""
    return bool(c.mentions) and c.mentions[0].entity.type == "NewsOutlet"


TIME_PREPOSITIONS = frozenset({"in", "on", "by", "since", "during", "until"})


def _year(c: Clause, k: int) -> bool:
    """Whether token ``k`` is a year ("2023")."""
    word = c.w(k)
    return len(word) == 4 and word.isdigit() and word[:2] in {"19", "20"}


def possessor(c: Clause, pos: int, *, marked: bool = False) -> Subject | None:
    """The owner of a noun at ``pos``: "Acme's $2bn investment", "its partnership", "the Acme
    deal"; falls back to the clause subject ("Acme made an investment in ..."). ``marked``: only
    an owner a possessive marks ("Acme's"), or None."""
    k = pos - 1
    while (
        k > c.first
        and c.filler(k)
        and pos - k <= 5
        and c.w(k) not in POSSESSIVE_MARKS | {"its", "their", "and", "or"}  # "its app and announced ..."
    ):
        k -= 1
    if c.w(k) in POSSESSIVE_MARKS and k in c.end_at:
        owners = coordinated_left(c, c.end_at[k])  # "Acme and Orbit's investment in Zenith"
        return Subject(tuple(m.entity for m in owners), owners[0].start)
    if marked:
        return None
    if k + 1 in c.end_at:
        owners = coordinated_left(c, c.end_at[k + 1])  # ("Zenith and Orbit signed a research alliance")
        return Subject(tuple(m.entity for m in owners), owners[0].start)
    if c.w(k) in {"its", "their"}:
        if k in c.first_person and len(c.topic) == 1:
            return Subject((c.topic[0],), k)  # a quote's "our": its speaker's ("Our deal with Zenith")
        if (doer := _contact_relative_doer(c, k)) is not None:
            return doer  # "Samsung Food, the platform Samsung built out of its purchase of Whisk"
        found = clause_subject(c, k)
        if found is None and (earlier := sentence_antecedent(c, k)) is not None:
            return Subject((earlier.entity,), earlier.start)
        return found
    return clause_subject(c, pos)


# Verbs a relative clause does to a product, not to the company that made it.
PRODUCT_WORK = frozenset({"fine", "finetuned", "adapted", "customised", "customized"})
PRODUCT_WORK |= {"retrained", "distilled", "uses", "used", "deploys", "deployed"}
PRODUCT_WORK |= {"runs", "ran", "hosts", "hosted", "licenses", "licensed"}


def _works_on_a_product(c: Clause, subj: Subject) -> bool:
    """Whether the verb after a relative clause's subject works on a product ("which Ostrander
    fine-tuned", "which Halvor has licensed"), rather than on a company ("which Nvidia acquired")."""
    named = c.start_at.get(subj.start)
    k = named.end if named is not None else subj.start + 1
    if named is not None and named.possessive and c.w(k + 1) in STAFF_NOUNS:
        k += 2  # "which Glaciem's engineers fine-tuned"
    while c.w(k) in {"has", "have", "had", "also", "then", "later"}:
        k += 1
    return c.w(k) in PRODUCT_WORK


def _company_made(c: Clause, subj: Subject) -> list[Mention]:
    """The product a contact relative clause with "the company" as subject is about ("Waggle-7,
    the acoustic model the company trained"), or nothing."""
    for k in range(subj.start, c.last - 1):
        if c.w(k) == "the" and c.w(k + 1) in {"company", "firm", "startup"}:
            named = contact_antecedent(c, Subject(subj.entities, k))
            return [m for m in named if m.entity.type in PRODUCT_TYPES]
    return []


def _contact_relative_doer(c: Clause, k: int) -> Subject | None:
    """The subject of a relative clause with no relative word that "its" at ``k`` stands in
    ("Quill, the model Acme built out of its purchase of Zenith": Acme's), or None."""
    m = next((m for m in reversed(c.mentions) if m.end <= k), None)
    if m is None or m.possessive or k - m.end > 6:
        return None
    doer = Subject((m.entity,), m.start)
    return doer if contact_antecedent(c, doer) else None


def _renamed_by_possessive_np(c: Clause, comma: int) -> Mention | None:
    """The product or organisation a possessive noun phrase ending before ``comma`` renames:
    "Cat MineStar, Caterpillar's fleet-automation system," (MineStar, not Caterpillar), "the
    Museo del Violino, Cremona's violin museum, which has partnered with" (the museum)."""
    j = comma - 1
    while j > c.first and comma - j <= 5 and c.filler(j):
        j -= 1
    owner = c.end_at.get(j) if c.w(j) in POSSESSIVE_MARKS else None
    if owner is None or c.w(owner.start - 1) != ",":
        return None
    named = c.end_at.get(owner.start - 1)
    kind = named is not None and (named.entity.type in PRODUCT_TYPES or is_org(named.entity))
    return named if kind and named is not None and not named.possessive else None


def contact_antecedent(c: Clause, subj: Subject) -> list[Mention]:
    """The antecedent of a relative clause with no relative word, after an apposition's noun:
    "Quill, the model Acme released last year," (Acme released Quill)."""
    k = subj.start - 1
    if not (c.alpha(k) and c.t.text[k].islower() and k not in c.cover):
        return []  # a noun right before the clause's subject
    while k > c.first and subj.start - k <= 6 and c.w(k) not in {"a", "an", "the"}:
        # (a product's name may qualify the noun: "Sableforge, the RISC-V processor designer Meta
        # acquired")
        qualifying = c.w(k) == "-" or (k in c.cover and c.cover[k].entity.type in PRODUCT_TYPES)
        if not (c.filler(k) or qualifying):
            return []
        k -= 1
    if c.w(k) not in {"a", "an", "the"} or c.w(k - 1) != ",":
        return []
    # ("the mirror's Exynos processor, a chip Samsung designs": the product its noun follows)
    antecedent = c.end_at.get(k - 1) or _named_product_np(c, k - 1)
    return [antecedent] if antecedent is not None and not antecedent.possessive else []


def whose_object(c: Clause, subj: Subject | None) -> tuple[Mention, str] | None:
    """The antecedent and the noun of a "whose" phrase a relative clause leaves as its verb's
    object: "Zenith, whose chips Acme buys," (Zenith, "chips")."""
    if subj is None or subj.anaphoric:
        return None
    k = subj.start - 1
    noun = c.w(k)
    while k > c.first and subj.start - k <= 3 and c.filler(k) and c.w(k) != "whose":
        k -= 1
    if c.w(k) != "whose" or k + 1 >= subj.start:
        return None
    antecedent = c.end_at.get(k - (c.w(k - 1) == ","))
    return (antecedent, noun) if antecedent is not None and not antecedent.possessive else None


STAKE_IN = frozenset({"in", "of", "into"})  # "in which Acme holds a stake", "of which it owns 30%"


HEAD_NOUNS = CHIP_NOUNS | PRODUCT_NOUNS | PRODUCT_PLURALS  # a product's noun after its name


DESCRIBED_REACH = 14  # words from a name's comma to the one before "in which"


def _described_before(c: Clause, comma: int) -> Mention | None:
    """The name an apposition ending at ``comma`` describes, past a place's comma: "Rootwise
    Ltd, a soil-analytics company in Lincoln, England, in which Brask holds a stake"."""
    return name_before_apposition(c, comma, reach=DESCRIBED_REACH, past_places=True)


def _copula_np(c: Clause, named: Mention, opens: int) -> bool:
    """Whether "is the ..." or "was a ..." runs from ``named`` to the relative word at ``opens``
    (the clause's subject, the noun phrase the relative clause qualifies)."""
    k = named.end
    if named.possessive or c.w(k) not in {"is", "was"} or c.w(k + 1) not in {"the", "a", "an"}:
        return False
    return opens > k + 2 and all(c.filler(j) or c.w(j) == "-" for j in range(k + 2, opens))


def _past_described_subject(c: Clause, k: int) -> int:
    """Where the relative word before a described subject ending its description at ``k``
    stands: "in which the sovereign fund GIC holds", "in which Intel's venture arm, Intel
    Capital, holds" (``k`` itself when no such description comes between)."""
    if c.w(k) == "both":
        k -= 1  # "Anthropic, in which both Amazon and Google hold stakes"
    if c.w(k) in PLACED and c.w(k - 1) == "-" and not c.spaced(k - 2):
        j = k - 3 if c.w(k - 3) != "the" else k - 4  # "in which (the) Mumbai-based Bourse Capital took"
        return j if c.w(j) in {"which", "that"} else k
    j = k
    if c.w(j) == ",":  # "Intel's venture arm, Intel Capital": past the apposition it renames
        j -= 1
        while j > c.first and k - j <= DESCRIBED_SUBJECT_REACH and c.w(j) not in {",", "which", "that"}:
            j -= 1
        j = j - 1 if c.w(j) == "," else k
    if j == k and c.w(k) not in ORG_NOUNS | {"fund", "investor", "arm", "maker", "operator"}:
        return k  # only a description of the subject: "the sovereign fund GIC", not "the rules Wren"
    reach = DESCRIBED_SUBJECT_REACH
    while j > c.first and k - j <= reach and c.w(j) not in {"which", "that", ","}:
        if c.w(j) in PLACED and c.w(j - 1) == "-" and not c.spaced(j - 2):
            j, reach = j - 3, reach + 3  # "which Prague-based hotel software group Mews bought"
            continue
        if not (c.filler(j) or j in c.cover or c.w(j) in POSSESSIVE_MARKS):
            return k
        j -= 1
    return j if c.w(j) in {"which", "that"} and j != k else k


DESCRIBED_SUBJECT_REACH = 6  # words of "the sovereign fund" or "Intel's venture arm," before the name


def relative_object(
    c: Clause, subj: Subject | None, *, preposed: frozenset[str] = frozenset(), bare: bool = True
) -> list[Mention]:
    """The object a relative clause leaves out: "Zenith, the lab that Acme acquired in 2014";
    also after one of the ``preposed`` prepositions before "which" ("Zenith, in which Acme
    holds a stake", "Nimbus, on which Acme runs", "Zenith, the lab with which Acme partnered").
    Without ``bare``, only a clause opened by such a preposition counts ("Zenith, which Acme
    partnered" is no relative of "partner with")."""
    if subj is None:
        return []
    relative = _past_described_subject(c, subj.start - 1)
    if (
        c.w(relative) in POSSESSIVE_MARKS
        and c.w(relative - 2) in {"that", "which"}
        and relative - 1 not in c.cover
    ):
        relative -= 2  # "which Denver's Tallyhouse Media Group bought": past the place's possessive
    if subj.anaphoric and c.w(relative) not in {"that", "which"}:
        # ("an agency that the publisher bought": the topic's, past the relative word); but a
        # product the company made: "Waggle-7, the acoustic model the company trained"
        made = _company_made(c, subj)
        return made if bare else []
    if c.w(relative) not in {"that", "which"}:
        return contact_antecedent(c, subj) if bare else []  # "Quill, the model Acme released"
    opens = relative  # the relative word, or the preposition before it
    if c.w(opens) == "which" and c.w(opens - 1) in preposed:
        opens -= 1
    elif not bare:
        return []
    second = c.w(opens - 1) == "and" and c.w(relative) == "which" and not subj.anaphoric
    if second and (first := first_relative(c, opens - 1, lists=True)):
        return [first]  # "the GPU cloud whose customers include Meta and in which Nvidia holds a stake"
    k = past_locative(c, opens - 1)  # ("a contract manufacturer in Fort Worth that Skylark pays")
    reach = (6 if opens == relative else 8) + (opens - 1 - k)
    # ("a Dutch computer-vision startup that Brask bought": a hyphened word counts as one)
    reach += 2 * min(2, sum(c.w(j) == "-" for j in range(max(c.first, opens - reach - 4), opens)))
    stops = {",", "that", "which"}
    while k > c.first and subj.start - k <= reach and c.w(k) not in stops:
        if k in c.cover and not apposed_modifier(c, c.cover[k]):
            break
        k -= 1
    apposed = c.w(k + 1) in {"a", "an", "the"} or k + 1 == opens  # or ", which Acme bought"
    if c.w(k) == "," and c.w(k - 1) in LEGAL_SUFFIXES and c.w(k - 2) == "," and k - 2 in c.end_at:
        k -= 2  # "Pinecrest Energy Holdings, Inc., in which Brookfield holds": past the legal form
    antecedent = c.end_at.get(k) if c.w(k) == "," and apposed else None
    if (
        antecedent is not None
        and _works_on_a_product(c, subj)
        and (head := apposition_head_past_agent(c, antecedent)) is not None
        and head.entity.type in PRODUCT_TYPES
    ):
        # "SAM 2, the segmentation model released by Meta, which Ostrander fine-tuned": SAM 2
        antecedent = head
    if antecedent is not None and antecedent.entity.label.islower() and c.w(antecedent.start - 1) == "of":
        # "Brightline Compute Inc., a maker of inference chips, which AMD acquired": the maker
        antecedent = _described_before(c, antecedent.start)
    if antecedent is None and c.w(k) == "," and k + 1 == opens:
        named = _named_product_np(c, k)  # "Trainium2 chips, which AWS designs": the chips named
        # (not "the maker of the Dia browser, which Atlassian acquired")
        if named is not None and "of" not in {c.w(named.start - 1), c.w(named.start - 2)}:
            antecedent = named
        else:
            antecedent = _renamed_by_possessive_np(c, k)  # "Cat MineStar, Caterpillar's fleet system, which"
        antecedent = antecedent or _described_before(c, k)
    if antecedent is None and c.w(k) == "," and c.w(k + 1) in {"is", "was"} and c.w(opens) == "that":
        named = c.end_at.get(k)  # "The sixth tool, Waymark, is a route-planning model that Orrin's
        described = c.w(k + 2) in {"a", "an", "the"} and all(  # engineers fine-tuned": Waymark
            c.filler(j) or c.w(j) == "-" for j in range(k + 3, opens)
        )
        antecedent = named if named is not None and not named.possessive and described else None
    if antecedent is None and k in c.cover and c.w(opens) == "that":
        named = c.cover[k]  # "the TPU chips that Google uses": the product the noun phrase names
        if named.entity.label.islower() and c.w(named.start - 1) == "of":
            # "ZenRobotics, the Finnish maker of sorting robots that Terex acquired": the maker
            antecedent = _described_before(c, named.start)
        if antecedent is None and (
            named.entity.type in PRODUCT_TYPES and all(c.filler(j) for j in range(named.end, opens))
        ):
            antecedent = named
        elif _copula_np(c, named, opens):
            antecedent = named  # "Stipple is the watermark that Tessellate developed"
        elif is_org(named.entity) and not named.possessive and opens - named.end == 1:
            # "Nvidia GPUs that it buys in bulk": the maker of the goods named
            antecedent = named if c.w(named.end) in GOODS_NOUNS else None
    if (
        antecedent is not None
        and c.w(antecedent.start - 1) in {"with", "between"}
        and c.w(antecedent.start - 2) in DEAL_NOUNS
    ):
        return []  # "a joint venture with Microsoft, in which Acme holds 51%": the venture
    return [antecedent] if antecedent is not None and not antecedent.possessive else []
