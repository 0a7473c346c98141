"""How sure a sentence is of a relation: asserted, reported, alleged, speculative or negated.

Cues are scoped: negation and hedges count only between the relation's subject and object
(so "which has not disclosed terms" elsewhere in the sentence does not negate), questions and
conditionals cover the whole sentence, attribution ("according to", "X reported") covers the
whole sentence and names the outlet. Relations read inside a noun phrase ("Acme, Zenith's
former parent") take only the cues inside that phrase.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from aikg.extract.mentions import Mention
from aikg.extract.name_words import MARKUP, POSSESSIVE_MARKS
from aikg.extract.sentences import Sentence, Tokens
from aikg.extract.speakers import first_party
from aikg.extract.undoing import (
    DEAL_NOUNS,
    DENIED_NOUNS,
    DROPPING,
    HOLDING_NOUNS,
    PASSIVE_AUX,
    SELLING,
    ended_deal_subject,
    left_after_aside,
    past_apposition,
    undone_after,
    word_at,
)
from aikg.ontology.dates import MONTHS
from aikg.ontology.models import Entity, Status

CONFIDENCE = {
    Status.ASSERTED: 0.9,
    Status.REPORTED: 0.8,
    Status.ALLEGED: 0.6,
    Status.SPECULATIVE: 0.4,
    Status.NEGATED: 0.9,
}

NEGATIONS = frozenset(
    {
        "not",
        "n't",
        "never",
        "no",
        "neither",
        "nor",
        "denied",
        "denies",
        "deny",
        "denying",
        "refuted",
        "rejected",
        "rejects",
        "spurned",  # "Zenith spurned Acme's takeover offer"
        "spurns",
        "ended",
        "ends",
        "ending",
        "terminated",
        "terminates",
        "ceased",
        "stopped",
        "halted",
        "paused",  # "paused its use of Zenith's API" ("suspended Acme's account" may charge a breach)
        "abandoned",
        "scrapped",
        "dropped",
        "drops",  # a headline's present: "Verbalo drops OpenAI for Google's Gemini"
        "dropping",  # "came to Loam after dropping the dashboards it had licensed from Biomatic"
        "ditching",
        "dumping",
        "abandons",
        "scraps",
        "cancelled",
        "canceled",
        "severed",
        "cut",
        "exited",
        "exits",
        "exiting",
        "ditched",
        "ditches",
        "dumped",
        "dumps",
        "dissolved",  # "dissolved their partnership"
        "dissolves",
    }
)
# Phrasal verbs that end or undo a deal: "walked away from", "called off", "pulled out of".
UNDOING = {
    "away": frozenset({"walk", "walks", "walked", "walking"}),
    "off": frozenset({"call", "calls", "called", "calling"}),
    "out": frozenset({"pull", "pulls", "pulled", "pulling", "back", "backs", "backed", "backing"})
    | frozenset({"rule", "rules", "ruled", "ruling"})  # "ruled out an acquisition of Zenith"
    | frozenset({"phase", "phases", "phased", "phasing"}),  # "phased out Quill"
    "down": frozenset({"turn", "turns", "turned", "turning"})  # "turned down an investment from"
    | frozenset({"wind", "winds", "wound", "winding"}),  # "wound down their partnership"
    "ways": frozenset({"part", "parts", "parted", "parting"}),
    # a chance not taken: "passed on the chance to back", "decided against backing"
    "on": frozenset({"passed", "passes", "passing"}),
    "against": frozenset({"decided", "decides", "voted", "votes", "chose", "opted", "ruled"}),
}
# Declining to do what the relation states: "declined to back Zenith", "refused to sell to it".
DECLINING = frozenset({"declined", "declines", "declining", "refused", "refuses", "refusing"}) | frozenset(
    {"failed", "fails", "failing"}
)
UNSAID = frozenset({"disclose", "reveal", "say", "mention", "report", "declare", "announce", "comment"})
# "moved its models from Nimbus": what moved is no longer there.
DESTINATIONS = frozenset({"to", "onto", "into"})  # after "moved from X": where it went
MOVING = frozenset(
    {
        "move",
        "moves",
        "moved",
        "moving",
        "migrate",
        "migrates",
        "migrated",
        "migrating",
        "shift",
        "shifts",
        "shifted",
        "shifting",
        "switch",
        "switches",
        "switched",
        "switching",
        "transfer",
        "transfers",
        "transferred",
        "transferring",
        "port",
        "ports",
        "ported",
        "porting",
    }
)
SOURCED = frozenset({"rented", "leased", "bought", "licensed", "sourced", "purchased", "hired"})
# "sold its stake in Zenith" undoes the investment; "sold part of its stake" does not.
HOLDERS = frozenset({"its", "their", "his", "her", "our"})
PARTIAL = frozenset({"part", "some", "half", "portion", "%", "percent", "most", "bit", "slice", "chunk"})
# "looked at buying Zenith", "took a look at investing": a deal considered, not made.
LOOKING = frozenset({"look", "looks", "looked", "looking"})
# Words after which a gerund opens a noun phrase, not a verb phrase: "a planning tool".
NOUN_OPENERS = frozenset({"a", "an", "the", "its", "their", "our", "his", "her", "whose", "'s", "’s"})
CONTRACTED = frozenset({"it", "he", "she", "that", "there", "what", "who"})  # "it's" is "it is"
DENIALS = frozenset({"denied", "denies", "deny", "denying", "refuted", "rebuffed"})
# Verbs that deny only what a report says: "rejected the suggestion that ...", "disputes claims that".
REJECTING = frozenset({"rejected", "rejects", "dismissed", "dismisses", "disputed", "disputes"})
HEDGES = frozenset(
    {
        "could",
        "may",
        "might",
        "would",
        "should",
        "can",
        "plans",
        "plan",
        "approached",  # "approached Zenith about a takeover": no deal yet
        "planned",
        "planning",
        "intends",
        "intend",
        "intended",
        "aims",
        "aim",
        "seeks",
        "seek",
        "hopes",
        "hope",
        "hoped",  # "had hoped to work with Zenith, but talks ended"
        "wants",
        "want",
        "wanted",
        "expected",
        "expects",  # "Pastora expects to start using Google Cloud next year": a plan, no deal
        "expect",
        "likely",
        "unlikely",
        "potential",
        "potentially",
        "possible",
        "possibly",
        "perhaps",
        "maybe",
        "considering",
        "considers",
        "consider",
        "considered",
        "exploring",
        "explore",
        "explores",
        "mulling",
        "mull",
        "weighing",
        "weigh",
        "weighed",
        "explored",
        "mulled",
        "talks",
        "talking",  # "has been talking to Zenith about a chip"
        "negotiating",
        "negotiations",
        "discussions",
        "preparing",  # "was preparing to buy Zenith": not yet
        "prepares",
        "proposed",
        "rumored",
        "rumoured",
        "speculation",
        "opportunities",
        "opportunity",
        "prospect",
        "whether",
        "if",
        "eyeing",
        "eyes",
        "pursue",
        "pursuing",
        "nearing",
        "nears",
        "future",
    }
)
# Nouns that propose a deal ("a bid for Zenith", "a takeover offer from Acme"), after a determiner
# or a qualifier; the verbs ("Acme offers chips to Zenith") state one. ("An offer to buy Zenith"
# is left as the verb after it reads: the dev data count it as the purchase it led to.)
PROPOSALS = frozenset({"offer", "bid", "proposal", "approach"})
PROPOSAL_OPENERS = frozenset(
    {
        "a",
        "an",
        "the",
        "'s",  # "Acme's bid for Zenith"
        "’s",
        "its",
        "their",
        "takeover",
        "buyout",
        "acquisition",
        "rival",
        "hostile",
        "million",
        "billion",
        "bn",
    }
)
# Words before a deal's first name that undo it: "Regulators blocked Acme's acquisition of Zenith".
THWARTING = frozenset({"blocked", "blocks", "block", "blocking", "scuttled", "thwarted", "vetoed"})
NOMINAL_NEGATIONS = frozenset({"former", "ex", "erstwhile", "previous", "one-time", "onetime"})
NEGATION_REACH = 4  # words before a noun phrase's cue that may undo it: "a former wholly owned unit of"
NOMINAL_HEDGES = frozenset(
    {
        "potential",
        "possible",
        "prospective",
        "would-be",
        "planned",
        "proposed",
        "rumored",
        "rumoured",
        "likely",
        "future",
    }
)


# Hedges that govern a whole clause even when they come before its subject.
CLAUSE_HEDGES = frozenset(
    {
        "expect",  # "Analysts expect Acme to acquire Zenith"
        "expects",
        "predict",
        "predicts",
        "possible",
        "possibility",
        "unclear",
        "uncertain",
        "speculation",
        "speculated",
        "rumor",  # "There's a rumour Acme will buy Zenith"
        "rumour",
        "rumors",
        "rumours",
        "rumored",
        "rumoured",
        "whether",
        "if",
        "hypothetically",
    }
)


def _clause_hedges(words: Sequence[str]) -> set[str]:
    """The clause hedges among ``words``, but not a relative clause's verb telling what a thing
    does ("Tempo's component, which predicts traffic, is built on TimesFM")."""
    return {w for k, w in enumerate(words) if w in CLAUSE_HEDGES and not (k and words[k - 1] in RELATIVES)}


RELATIVES = frozenset({"which", "that"})


CONDITIONAL_OPENERS = frozenset({"if", "unless", "should", "whether", "suppose", "imagine"})
ACCUSATIONS = frozenset(
    {
        "accused",
        "accuses",
        "accusing",
        "accusation",
        "accusations",
        "allegedly",
        "alleged",
        "alleges",
        "allege",  # "Regulators allege that Acme controls Zenith"
        "alleging",
        "allegation",
        "allegations",
        "lawsuit",
        "sued",
        "sues",
        "suing",
        "secretly",
        "covertly",
        "illegally",
        "improperly",
        "unlawfully",
        "surreptitiously",
        "complaint",
        "suspected",
        "suspects",
        "suspicion",
    }
)
REPORTING = frozenset(
    {
        "learned",  # "The Ledger has learned"
        "learnt",
        "reported",
        "reports",
        "report",
        "reportedly",
        "according",
        "said",
        "says",
        "told",
        "sources",
        "indicate",
        "indicates",
        "indicated",
        "suggest",
        "suggests",
        "suggested",
        "claim",
        "claims",
        "claimed",
        "states",
        "stated",
        "wrote",
        "revealed",
        "cited",
        "citing",
        "familiar",
        "documents",
        "reporting",
        "believed",
        "described",  # "The article described Harvey as Pellmark's main competitor"
        "describes",
        "describe",
    }
)
# Words next to which a named source is the one reporting: "X reported", "according to X".
SOURCE_AFTER = frozenset(
    {
        "reported",
        "reports",
        "said",
        "says",
        "wrote",
        "suggests",
        "suggested",
        "states",
        "stated",
        "revealed",
        "claimed",
        "claims",
        "reporting",
    }
)
SOURCE_BEFORE = frozenset({"to", "by", "from", "in", "told"})
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})


@dataclass(frozen=True, slots=True)
class Assessment:
    """A status, the confidence it warrants, the outlet it is attributed to, and why."""

    status: Status
    confidence: float
    reported_by: Entity | None = None
    cue: str = ""


# The marks of a possessive whose maker a question takes for granted: "was it built on OpenAI's Whisper?"
POSSESSING = frozenset({"'s", "’s", "whose"})


def assess(
    sentence: Sentence,
    mentions: Sequence[Mention],
    window: tuple[int, int],
    trigger: tuple[int, int],
    *,
    nominal: bool = False,
    strength: float = 1.0,
    participants: Sequence[str] = (),
    accusing: bool = False,
    lasting: bool = False,
) -> Assessment:
    """The status of a relation stated by tokens ``window`` of ``sentence``.

    ``trigger`` is the span of the words that state it; ``participants`` the ids of its two
    ends (a source must be someone else); ``strength`` scales the confidence by how reliable
    the rule that read it is. A party's own statement is asserted, unless the relation
    accuses the other party (``accusing``): then it is alleged. A ``lasting`` relation (making,
    rivalry) is not undone by a deal that ends later in the sentence.
    """
    tokens = sentence.tokens
    cues = _sentence_cues(sentence)
    words = cues.words

    def at(i: int) -> str:
        """The lower-cased word at token ``i``, or "" outside the sentence."""
        return words[i - sentence.first] if sentence.first <= i < sentence.last else ""

    lo, hi = window
    status, cue = Status.ASSERTED, ""
    named, relative = _named(sentence, mentions)
    # a deal undone later in the sentence ends no development or rivalry (``lasting``)
    undone = "" if lasting else _undone(sentence, relative, cues.words, window)
    if nominal:
        # the noun phrase's own words ("its planned Flint chip"; not a name's, "its Cray EX
        # platform", nor a verb's before it, "will build future generations of its Flint chip")
        near = {at(i) for i in range(max(lo, trigger[0] - NEGATION_REACH), hi) if i not in named}
        if undone and undone not in DROPPING:  # "used Zenith's Quill, but dropped it": still Zenith's
            status, cue = Status.NEGATED, undone
        elif corrected := _corrected(words, trigger[0] - sentence.first):
            # "an earlier version described Acme as a Zenith investor"
            status, cue = Status.NEGATED, corrected
        elif (hit := near & NOMINAL_NEGATIONS) and not (lasting and hit <= {"previous"}):
            # ("its previous chip, the K8": an older product, still its maker's)
            status, cue = Status.NEGATED, min(hit)  # ("founded by former Google staff, ... its X": not X's)
        elif denied := _copula_denied(at, lo):
            status, cue = Status.NEGATED, denied  # '"We are not an investor in Zenith," Acme said'
        elif former := _former(words, lo - sentence.first, hi - sentence.first):  # "Acme, once a customer of"
            status, cue = Status.NEGATED, former
        elif _cut_off(words, mentions, participants, trigger[0] - sentence.first, sentence.first):
            status, cue = Status.NEGATED, "cut off"  # "cut off Lanting, a firm that had been using Quill"
        elif left := _role_left(words, trigger[0] - sentence.first):
            status, cue = Status.NEGATED, left  # "parted ways with its chassis supplier, Zenith"
        elif _in_ended_deal(words, trigger[0] - sentence.first):
            status, cue = Status.NEGATED, "ended"  # "ends an arrangement that had made Verbalo a ..."
        elif ended := _phrase_ended(words, lo - sentence.first):
            status, cue = Status.NEGATED, ended  # "The move ends Ashby's use of Wyscout"
        elif moved := left_after_aside(words, hi - sentence.first, relative):  # "..., moved its work to Y"
            status, cue = Status.NEGATED, moved
        elif hit := near & NOMINAL_HEDGES:
            status, cue = Status.SPECULATIVE, min(hit)
        # "Acme, which is said to be an investor in Zenith": hearsay
        elif hearsay := _said_to([at(i) for i in range(lo, hi)]):
            status, cue = Status.SPECULATIVE, hearsay
        # "Do you regard Acme as a competitor to Zenith?"; not an apposition's ("Could Acme, the
        # parent of Zenith, grow?" asks about growing)
        elif (
            cues.asks
            and "," not in {at(i) for i in range(trigger[0] - 3, trigger[0])}
            and not (lasting and at(trigger[0]) in POSSESSING)  # "built on OpenAI's Whisper?": OpenAI's still
        ):
            status, cue = Status.SPECULATIVE, "?"
        elif words[:2] == ["according", "to"]:  # an opening attribution covers the whole sentence
            status, cue = Status.REPORTED, "according"
        elif (described := _described_as(words, trigger[0] - sentence.first)) and not first_party(
            sentence, mentions, frozenset({described}), participants, window
        ):
            status, cue = Status.REPORTED, described  # "The article described Harvey as Pellmark's rival"
        source = _source(sentence, mentions, at, participants) if status is Status.REPORTED else None
        return Assessment(status, _confidence(status, strength), source, cue)
    asides = cues.asides
    own_clause: set[int] = set()  # a relative clause the relation is stated in: ", which moved ... from"
    if trigger[0] - sentence.first in asides:
        own = trigger[0] - sentence.first
        while own - 1 in asides:
            own -= 1
        inner = _relative_asides(words) if "which" in words or "who" in words else set()
        own_clause = {i + sentence.first for i in range(own, trigger[1] - sentence.first) if i not in inner}
    commas = [i for i in range(lo, trigger[0]) if words[i - sentence.first] == ","]
    # "This practice, considered a faux pas, violates": an aside (not ", and has since built X, Y,")
    if len(commas) >= 2 and at(commas[0] + 1) not in {"and", "but"}:
        asides = asides | {i - sentence.first for i in range(commas[0], commas[-1] + 1)}
    carried = ""  # "never bought capacity from, or sold capacity to, Zenith": neither
    for i in range(trigger[0] - 1, lo, -1):  # "does not own X and has invested in Y"
        if i - sentence.first in asides:
            continue  # "Zenith, whose software predicts when heating and cooling units fail, has"
        if (
            words[i - sentence.first] in {"and", "or"}
            and trigger[0] - i <= 2
            and _no_list(words, i - sentence.first)
        ):
            continue  # "has no commercial or other relationship with": one noun phrase
        if words[i - sentence.first] in {"and", "or"} and _shared_object_aside(
            words, i - sentence.first, trigger[0] - sentence.first
        ):
            continue  # "does not have, and has never had, a licence agreement with": one object
        if words[i - sentence.first] in {"and", "but", "or", ":", ";"}:
            if words[i - sentence.first] == "or" and i + 1 not in named:
                carried = _negation_before_or(words, i - sentence.first, named, sentence.first)
            lo = i + 1
            break
    if (opens := _own_relative(words, lo - sentence.first, trigger[0] - sentence.first)) is not None:
        lo = sentence.first + opens  # "plans to fill it with racks, which it has bought from Zenith"
    for i in range(trigger[1] - 1, lo, -1):  # a reading across a turn: "denied X but said it had ..."
        # "not only ... but also" is no turn, nor "has yet to", nor "has not yet deployed"
        if (
            words[i - sentence.first] in TURNS
            and at(i + 1) != "also"
            and not (at(i) == "yet" and (at(i + 1) == "to" or at(i - 1) in {"not", "n't", "as"}))
        ):
            lo = i + 1
            break
    positions = [i for i in range(lo, trigger[1]) if i - sentence.first not in asides]
    core = [at(i) for i in positions]
    # what negates the relation in its own relative clause ("which moved its workloads from",
    # "which has no stake in") counts; its "would" ("which would breach") reads as the clause's tense
    stated = sorted(set(positions) | own_clause) if own_clause else positions
    stated_words = core if stated is positions else [at(i) for i in stated]  # read once, used thrice
    # A denial reaches up to a turn: "denied buying Zenith but said it had invested in Orbit".
    head = words[: trigger[0] - sentence.first]
    denials: set[str] = set()
    if not DENIALS.isdisjoint(head):  # most sentences deny nothing: no scan for a turn then
        turn = max((k for k, w in enumerate(head) if w in TURNS), default=-1)
        denials = {w for k, w in enumerate(head) if k > turn and k not in asides and w in DENIALS}
    elif not REJECTING.isdisjoint(head):  # "rejected the suggestion that Quenta had used ..."
        denials = {w for k, w in enumerate(head) if w in REJECTING and _rejects_a_report(head, k)}
    thwarted = at(lo - 1) if at(lo - 1) in THWARTING else ""
    negation = _negation(stated_words, [i in named for i in stated]) or thwarted or undone
    if lasting and negation in ENDING_DEALS:
        negation = ""  # "Vantor ended that arrangement and now has the R2 made by": still its chip
    negation = negation or _discredited(words, trigger[0] - sentence.first) or ended_deal_subject(words)
    negation = negation or _corrected(words, trigger[0] - sentence.first) or carried
    before2, before1 = at(trigger[0] - 2), at(trigger[0] - 1)  # the two words before the trigger
    if before1 == "without":  # "a way to train models without depending on Zenith"
        negation = negation or "without"
    if (before2, before1) in {("rather", "than"), ("instead", "of")}:
        negation = negation or "rather than"  # "pays through Nimbus rather than buying from Zenith"
    if _used_to(words, lo - sentence.first, hi - sentence.first):
        negation = negation or "used to"  # "Acme used to (serve its models from a cluster) on Zenith"
    if not negation and any(at(i) == "neither" for i in range(trigger[1], hi)):
        negation = "neither"  # "Acme invested in neither Zenith nor Orbit"
    if not negation and _lost_as(words, trigger[0] - sentence.first, relative):
        negation = "lost"  # "Zenith lost Acme (and Orbit) as customers"
    if not negation:
        negation = _former(words, lo - sentence.first, trigger[1] - sentence.first)
    if not negation and _had_previously(
        words, lo - sentence.first, trigger[0] - sentence.first, lasting=lasting
    ):
        negation = "previously"
    # (a breach in a period stays made: "Between September and November, Acme scraped ... in breach of")
    if not negation and not accusing and _held_until(words, stated_words, hi - sentence.first, relative):
        negation = "until"
    if not negation and not lasting and not accusing and _until_before(stated_words):
        negation = "until"  # "Pitch, which until mid-2025 ran on AWS"
    # "Until May, Acme used Quill" (not what was made: "Until April, it sat on Quill, built by Zenith")
    if not negation and not lasting and not accusing and _until_then(words) and "will" not in core:
        negation = "until"
    if (
        not negation
        and not lasting
        and _before_then(words, trigger[0] - sentence.first)
        and not PAST_MARKS.isdisjoint(core)
        and DONE_ONCE.isdisjoint(core)
    ):
        negation = "before"  # "Before Looma, the retailer relied on Fit Analytics"
    if at(trigger[1]) == "no" and at(trigger[1] + 1) in NONE_OF:  # "owns no shares in Zenith"
        negation = negation or "no"
    if not negation and _revoked_leave(words, lo - sentence.first, trigger[0] - sentence.first):
        negation = "revoked"
    # (a breach is what the cut-off punished, not what it ended)
    if (
        not negation
        and not accusing
        and _cut_off(words, mentions, participants, lo - sentence.first, sentence.first)
    ):
        negation = "cut off"
    if not negation and _in_ended_deal(words, trigger[0] - sentence.first):
        negation = "ended"
    negation = (
        negation
        or _phrase_ended(words, lo - sentence.first)
        or _no_record(words, trigger[0] - sentence.first)
    )
    if negation or denials:
        status, cue = Status.NEGATED, negation or min(denials)
    elif cues.asks or (
        cues.opening in CONDITIONAL_OPENERS
        and CONCEDING.isdisjoint(words[: max(0, lo - sentence.first)])
        and not _readers_condition(words, lo - sentence.first)
    ):
        status, cue = Status.SPECULATIVE, "?" if cues.asks else cues.opening
    elif unconfirmed := _unconfirmed(words):
        status, cue = Status.SPECULATIVE, unconfirmed
    elif (
        hedge := (
            # "Acme, which is weighing an order for Zenith": its own clause's hedge (not a word of
            # a name: "the Sarandi Future Fund")
            _hedge([i for i in stated if i not in named], tokens)
            or _said_to(stated_words)
            or _bid_verb(tokens, trigger)
            or ("looked at" if before1 == "at" and before2 in LOOKING else "")
            # (not into its own relative clause: "a rumour that Mistral, which competes with Meta, had")
            or min(
                _clause_hedges(_past_concession(words[: max(0, lo - sentence.first)]))
                - ({"if"} if _readers_condition(words, lo - sentence.first) else set())
                if not own_clause
                else (),
                default="",
            )
            or _talked_about(words, lo - sentence.first)
            or _conversations(core)
            or _planned(words, lo - sentence.first)
            or _headline_to(words, mentions, trigger[0], sentence.first)
            or _offer_from(words, trigger[0] - sentence.first)
            or _seeming(words, lo - sentence.first)
            # "lists Nvidia and AMD as prospective additional customers": the role's own hedge
            or min(NOMINAL_HEDGES.intersection(at(i) for i in range(trigger[0] - 2, trigger[0])), default="")
            or _about_to(stated_words)
            or _will_once(words, core, hi - sentence.first)
        )
    ):
        status, cue = Status.SPECULATIVE, hedge
    elif (accusation := cues.accusation) and not _accused_outside(
        words, relative, trigger[0] - sentence.first, trigger[1] - sentence.first
    ):
        status, cue = Status.ALLEGED, min(accusation)
    elif _scare_quoted(words, trigger, sentence.first):
        status, cue = Status.ALLEGED, "quoted"
    elif accusing and (argued := _argued(words, lo - sentence.first)):
        status, cue = Status.ALLEGED, argued  # "It argues that Civix's design violates OpenAI's policies"
    elif accusing and (found := _finding(words, trigger[1] - sentence.first)):
        status, cue = Status.ALLEGED, found  # "banned Acme after finding that it had ...": its finding
    elif report := _reporting(cues, sentence.first, trigger, hi):
        if not first_party(sentence, mentions, report, participants, window):
            status, cue = Status.REPORTED, min(report)
        elif accusing:  # "Acme said Zenith breached its terms": one party's word against the other
            status, cue = Status.ALLEGED, min(report)
    aside = (
        _background_aside(words, relative, trigger[0] - sentence.first, trigger[1] - sentence.first)
        if status in (Status.NEGATED, Status.SPECULATIVE, Status.ALLEGED)
        else None
    )
    if aside is not None:
        # "dismissed reports that Nuance, the company Microsoft bought in 2022, had made an
        # offer", "whether an upstart can compete with Timeform, the ratings service owned by
        # Flutter", "Quiver, a company owned by Marlow, sued Fletchwise, alleging ...": the
        # aside's fact is the writer's, outside the dismissed report, the question or the claim
        status, cue = Status.ASSERTED, ""
    reported_by = None
    if status in (Status.REPORTED, Status.ALLEGED):
        reported_by = _source(sentence, mentions, at, participants)
    return Assessment(status, _confidence(status, strength), reported_by, cue)


DATED_REACH = 5  # words from an aside's verb to its year: "bought Play Magnus Group in 2022"
# Deals done once, whatever later ends ("backed Zenith since 2019, also sold out" ends a stake).
DATED_DEALS = frozenset({"bought", "acquired", "purchased", "merged", "spun", "founded"})


def _readers_condition(words: list[str], lo: int) -> bool:
    """Whether an opening "If you ..." clause, closed by a comma before the relation, sets the
    reader's case for a plain statement ("If you want a different supplier, Claude models are
    offered on Amazon Bedrock"), not a hypothetical of the parties."""
    if words[1:2] != ["you"]:
        return False  # (most sentences: asked before the scan for the comma)
    comma = next((k for k in range(min(lo, len(words))) if words[k] == ","), None)
    if comma is None:
        return False
    return {"would", "could", "might", "will"}.isdisjoint(words[comma:])


def _aside_span(words: list[str], names: frozenset[int], lo: int, hi: int) -> tuple[int, int] | None:
    """The span of an aside set off by commas after a name, holding the trigger at ``lo:hi``: a
    relative clause (", which bought Play Magnus in 2022,", ", whose app runs on Azure,") or an
    apposition (", the company Microsoft bought in 2022,"), with no hedge of its own."""
    opening = next((j for j in range(lo - 1, -1, -1) if words[j] == ","), None)
    if opening is None or opening - 1 not in names or opening + 1 >= len(words):
        return None
    if words[opening + 1] not in {"which", "who", "whose", "the", "a", "an"}:
        return None
    closing = next((k for k in range(hi, len(words)) if words[k] in {",", ";", ":"}), len(words))
    told = set(words[opening:closing])
    if not told.isdisjoint(
        NEGATIONS | HEDGES | NOMINAL_NEGATIONS | NOMINAL_HEDGES | {"said", "until", "ended"}
    ):
        return None  # "which is said to be owned by Orbit": the aside's own hedge holds
    return opening, closing


def _accused_outside(words: list[str], names: frozenset[int], lo: int, hi: int) -> bool:
    """Whether the relation at ``lo:hi`` is told in an aside while every word of accusation
    stands outside it: "Zenith, whose app runs on Azure, filed a lawsuit" (the writer's fact)."""
    span = _aside_span(words, names, lo, hi)
    if span is None or span[1] >= len(words):
        return False
    return all(not (span[0] < k < span[1]) for k, w in enumerate(words) if w in ACCUSATIONS)


def _background_aside(words: list[str], names: frozenset[int], lo: int, hi: int) -> tuple[int, int] | None:
    """The span of an aside set off by commas after a name that the trigger at ``lo:hi`` stands
    in (``_aside_span``) when it tells a dated event or who owns the name. What the rest of the
    sentence hedges or undoes is not what the aside tells."""
    span = _aside_span(words, names, lo, hi)
    if span is None:
        return None
    opening, closing = span
    # only a dated event the aside tells in the past: "bought in 2022" (not "which runs on X")
    dated = any(_is_year(words[k]) for k in range(hi, min(closing, hi + DATED_REACH)))
    # (or who owns the name: "the ratings service owned by Flutter Entertainment", a state)
    owned_by = words[lo] == "owned" and lo + 1 < len(words) and words[lo + 1] == "by"
    return (opening, closing) if (dated and words[lo] in DATED_DEALS) or owned_by else None


# A party's own conclusion, which an accusation rests on: "after finding that Acme had used".
FINDING = frozenset(
    {"finding", "found", "concluding", "concluded", "determining", "determined", "discovering"}
    | {"discovered", "reporting", "suspecting", "suspected", "deciding", "decided"}
)


# A participle of saying: "suspended Acme's account, saying Acme had ..." (the report may hold
# the relation's words or follow them).
SAYING_PARTICIPLES = frozenset({"saying", "claiming", "alleging", "arguing", "citing", "accusing"})


def _finding(words: list[str], after: int) -> str:
    """The word that gives a party's own word for what it accuses the other of: a participle
    of saying anywhere in the sentence, or a finding after ``after`` ("after finding that"),
    else ""."""
    said = next((w for w in words if w in SAYING_PARTICIPLES), "")
    found = next(
        (w for k, w in enumerate(words[after:-1], after) if w in FINDING and words[k + 1] == "that"), ""
    )
    return said or found


def _reporting(cues: _Cues, first: int, trigger: tuple[int, int], end: int) -> frozenset[str]:
    """The sentence's reporting words, less the trigger's own verb when it is one and said once:
    "wrote" in "wrote the first check into Zenith" states the investing, not a report of it;
    and less those only in a later clause joined after the relation's ``end`` ("Acme builds
    ChatGPT into Siri, and it is reported to be in talks with Google": the talks are reported)."""
    words = cues.words
    verb = words[trigger[0] - first] if 0 <= trigger[0] - first < len(words) else ""
    report = cues.report - {verb} if verb in cues.report and words.count(verb) == 1 else cues.report
    if "citing" in report and not _cites_a_source(words):
        report = report - {"citing"}  # "moved to Nimbus in May, citing lower costs": a reason
    if "wrote" in report and all(_wrote_a_thing(words, k) for k, w in enumerate(words) if w == "wrote"):
        report = report - {"wrote"}  # "Zenith, which Orbit bought in 2023, wrote emails": writing done
    joined = next((k for k in range(end - first, len(words) - 1) if _joins_clause(words, k)), None)
    if joined is None:
        return report
    return frozenset(w for w in report if w in words[:joined] or not _hearsay_after(words, w, joined))


# What "citing" names when it attributes news rather than gives a reason: "citing people familiar".
CITED_SOURCES = frozenset(
    {"people", "person", "sources", "source", "report", "reports", "documents", "filing", "filings"}
    | {"officials", "executives", "analysts", "familiar", "unnamed", "anonymous", "statement", "data"}
)


# What follows "wrote" when it reports: "wrote that", "wrote in a filing", "wrote to investors".
WROTE_REPORTING = frozenset({"that", "in", "on", "to", ",", ":", "last", "this", "yesterday"})


def _wrote_a_thing(words: list[str], k: int) -> bool:
    """Whether "wrote" at ``k`` takes a plain object ("wrote emails", "wrote the code"), not a
    report ("wrote that", "wrote in a filing", a quote after it)."""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    return nxt.isalpha() and nxt not in WROTE_REPORTING


def _cites_a_source(words: list[str]) -> bool:
    """Whether every "citing" of ``words`` names a source within a few words."""
    return all(
        not CITED_SOURCES.isdisjoint(words[k + 1 : k + 5]) for k, w in enumerate(words) if w == "citing"
    )


def _joins_clause(words: list[str], k: int) -> bool:
    """Whether a new clause opens at ``k``: ", and", ", but" or ";"."""
    return words[k] == ";" or (words[k] == "," and words[k + 1] in {"and", "but"})


def _hearsay_after(words: list[str], verb: str, joined: int) -> bool:
    """Whether every use of ``verb`` after ``joined`` is its clause's own hearsay ("and it is
    reported to be in talks"), not an attribution closing the sentence ("..., The Ledger
    reported")."""
    uses = [k for k in range(joined, len(words) - 1) if words[k] == verb]
    return bool(uses) and all(words[k + 1] == "to" and words[k - 1] in BE_FORMS for k in uses)


@dataclass(frozen=True, slots=True)
class _Cues:
    """What ``assess`` reads of a sentence whatever the relation: read once per sentence."""

    words: list[str]
    asides: frozenset[int]
    accusation: frozenset[str]
    report: frozenset[str]
    asks: bool  # the sentence is a question
    opening: str  # its first word past markup ("**If ...")


_last_cues: tuple[Sentence, _Cues] | None = None  # a sentence's relations are assessed in a row


# "reported earnings": a company publishing its figures, not someone telling of a deal.
FIGURE_REPORTING = frozenset({"reported", "reports", "report", "reporting"})
MONEY_SIGNS = frozenset({"$", "€", "£", "¥", "us$", "c$", "a$"})
FIGURES = frozenset(
    {"earnings", "revenue", "revenues", "results", "profit", "profits", "loss", "losses", "sales", "income"}
)


def _reports_figures(words: list[str], verb: str) -> bool:
    """Whether every use of ``verb`` in ``words`` reports figures ("reported a record profit") or
    qualifies a price ("bought it for a reported $610 million": the price is what was reported)."""
    uses = [k for k, w in enumerate(words) if w == verb]
    return all(FIGURES & set(words[k + 1 : k + 6]) or _priced_at(words, k) for k in uses)


def _priced_at(words: list[str], k: int) -> bool:
    """Whether "reported" at ``k`` qualifies the sum after it: "for a reported $610 million", "for
    a sum reported at about €120 million", "at a price reported to be $40 million"."""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if words[k] != "reported" or k == 0:
        return False
    if words[k - 1] in {"a", "an"}:
        return nxt in MONEY_SIGNS or nxt[:1].isdigit()
    return (
        words[k - 1] in PRICE_NOUNS
        and nxt in {"at", "to", "as"}
        and any(w in MONEY_SIGNS or w[:1].isdigit() for w in words[k + 2 : k + 6])
    )


PRICE_NOUNS = frozenset({"sum", "price", "fee", "amount", "value", "valuation", "figure", "cost"})


# Reporting nouns that also qualify a noun after them: "its claims assistant", "the report card".
MODIFYING = frozenset({"claim", "claims", "report", "reports", "documents"})
DESCRIBING = frozenset({"described", "describes", "describe"})
DESCRIBED_AS_REACH = 10  # words from "described" to its "as" ("described the London law firm X as")
MODIFIED = frozenset(
    {"assistant", "assistants", "agent", "agents", "app", "software", "tool", "tools", "platform"}
    | {"team", "teams", "unit", "department", "business", "process", "processing", "handling", "system"}
)


def _modifies(words: list[str], noun: str) -> bool:
    """Whether every use of ``noun`` qualifies the noun after it, after a determiner or a
    possessive ("our claims assistant is built on ..."), so reports nothing."""
    uses = [k for k, w in enumerate(words) if w == noun]
    return all(
        k > 0 and k + 1 < len(words) and words[k + 1] in MODIFIED and words[k - 1] in DETERMINING
        for k in uses
    )


def _describes_as(words: list[str], verb: str) -> bool:
    """Whether ``verb`` tells how someone describes a party ("Analysts describe Acme as Zenith's
    rival": their word, not the text's), not a thing described ("the model described in")."""
    return any(
        "as" in words[k + 2 : k + DESCRIBED_AS_REACH]
        and word_at(words, k + 1) not in {"in", "by", "above", "below"}
        for k, w in enumerate(words)
        if w == verb
    )


def _described_as(words: list[str], role: int) -> str:
    """The describing verb whose "as" opens the role at ``role`` ("described the London law firm
    Clifford Chance as Pellmark's parent company"), or "": someone's description, not the text's."""
    for k in range(role - 1, max(-1, role - ROLE_AS_REACH), -1):
        if words[k] in {";", ":"}:
            return ""
        if words[k] == "as":
            return next((w for w in words[max(0, k - DESCRIBED_AS_REACH) : k] if w in DESCRIBING), "")
    return ""


ROLE_AS_REACH = 5  # words from "as" to the role noun ("as Pellmark's main competitor")


# Reports a company writes, not ones that tell of it: "the written scouting reports that accompany".
DOCUMENT_NOUNS = frozenset({"report", "reports"})
SUBJECT_OPENERS = frozenset(
    {"the", "a", "an", "it", "its", "they", "their", "this", "these", "he", "she", "we"}
)


def _documents_written(words: list[str], texts: list[str], noun: str) -> bool:
    """Whether every use of ``noun`` heads a relative clause whose verb follows "that" ("reports
    that accompany each shortlist"), not a report's content ("reports that Acme bought Zenith")."""
    uses = [k for k, w in enumerate(words) if w == noun]
    return all(
        k + 2 < len(words)
        and words[k + 1] in {"that", "which"}
        and texts[k + 2].isalpha()
        and texts[k + 2].islower()  # a verb, not a name
        and words[k + 2] not in SUBJECT_OPENERS
        for k in uses
    )


# "Claims" an insurer handles, not claims someone makes: "to automate the first pass on collision
# claims", "insurance claims from body shops".
FILED_CLAIMS = frozenset({"claims", "claim"})
CLAIM_KINDS = frozenset({"collision", "insurance", "injury", "auto", "health", "medical", "property"})
CLAIM_KINDS |= {"motor", "warranty", "damage", "liability", "expense", "benefit", "benefits"}
CLAIM_KINDS |= {"every", "each", "incoming", "pending", "crop", "pet", "hail"}  # "runs every claim through"


def _filed_claims(words: list[str], noun: str) -> bool:
    """Whether every use of ``noun`` names claims of a kind (``CLAIM_KINDS``) that are filed,
    not a statement someone makes ("insurance claims", "collision claims")."""
    uses = [k for k, w in enumerate(words) if w == noun]
    return all(
        (k > 0 and words[k - 1] in CLAIM_KINDS) or (k + 1 < len(words) and words[k + 1] in CLAIM_MODALS)
        for k in uses
    )


# What a filed claim, the subject of its verb, is said to need: "whether a claim should be paid".
CLAIM_MODALS = frozenset({"should", "must", "can", "could"})


DETERMINING = frozenset({"its", "their", "our", "the", "a", "an", "'s", "’s", "his", "her", "my", "your"})
# What makes "documents" a source: "documents show", "court documents", "according to documents".
DOCUMENTS_TELLING = frozenset(
    {"show", "shows", "showed", "seen", "reviewed", "obtained", "say", "said", "indicate"}
)
DOCUMENTS_KINDS = frozenset({"court", "internal", "regulatory", "leaked", "filing", "legal", "company", "to"})


def _documents_tell(words: list[str]) -> bool:
    """Whether "documents" in ``words`` is a source a relation is reported from."""
    return any(
        w == "documents"
        and (
            (k + 1 < len(words) and words[k + 1] in DOCUMENTS_TELLING)
            or (k and words[k - 1] in DOCUMENTS_KINDS)
        )
        for k, w in enumerate(words)
    )


def _sentence_cues(sentence: Sentence) -> _Cues:
    global _last_cues
    if _last_cues is not None and _last_cues[0] is sentence:
        return _last_cues[1]
    words = sentence.tokens.lower[sentence.first : sentence.last]
    present = frozenset(words)
    report = present & REPORTING
    if report and "-" in present:  # "court-reporting agencies": the second half of a compound
        report -= {w for w in report if all(k and words[k - 1] == "-" for k, x in enumerate(words) if x == w)}
    if report & FIGURE_REPORTING:
        report -= {w for w in report & FIGURE_REPORTING if _reports_figures(words, w)}
    if report & MODIFYING:
        report -= {w for w in report & MODIFYING if _modifies(words, w)}
    if report & DESCRIBING:
        report -= {w for w in report & DESCRIBING if not _describes_as(words, w)}
    if report & FILED_CLAIMS:
        report -= {w for w in report & FILED_CLAIMS if _filed_claims(words, w)}
    if report & DOCUMENT_NOUNS:
        texts = sentence.tokens.text[sentence.first : sentence.last]
        report -= {w for w in report & DOCUMENT_NOUNS if _documents_written(words, texts, w)}
    if "documents" in report and not _documents_tell(words):
        report -= {"documents"}  # "drawing on Claude for long documents": papers, not a source
    shown = [w for w in words if w not in MARKUP] or [""]  # "**Is Acme owned by Zenith?**"
    asks = (shown[-1] == "?" and not _quoted_question(words)) or _put_to_test(shown)
    cues = _Cues(words, frozenset(_asides(words)), present & ACCUSATIONS, report, asks, shown[0])
    _last_cues = (sentence, cues)
    return cues


TRUE_OR_FALSE = ["true", "or", "false", ":"]
QUOTE_CHARS = frozenset({'"', "“", "”", "'", "‘", "’"})


def _quoted_question(words: list[str]) -> bool:
    """Whether the question mark that ends the sentence closes a quotation opened inside it: in
    'lets managers ask questions such as "why did sales fall?"' the sentence asks nothing."""
    if len(words) < 3 or words[-1] not in QUOTE_CHARS or words[-2] != "?":
        return False
    opening = next((k for k in range(len(words) - 2, -1, -1) if words[k] in QUOTE_CHARS), None)
    return opening is not None and opening > 0


def _put_to_test(shown: list[str]) -> bool:
    """Whether the sentence is a statement put to the reader to judge, a question in all but its
    mark: a quiz's "4. True or false: Acme is putting money into Zenith." """
    return any(shown[k : k + 4] == TRUE_OR_FALSE for k in range(3))


_last_named: tuple[Sentence, Sequence[Mention], frozenset[int], frozenset[int]] | None = None


def _named(sentence: Sentence, mentions: Sequence[Mention]) -> tuple[frozenset[int], frozenset[int]]:
    """The token indexes inside ``mentions``, absolute and from the sentence's first token:
    built once for all the relations of a sentence, which are assessed in a row."""
    global _last_named
    if _last_named is not None and _last_named[0] is sentence and _last_named[1] is mentions:
        return _last_named[2], _last_named[3]
    named = frozenset({i for m in mentions for i in range(m.start, m.end)})
    first = sentence.first
    relative = frozenset({i - first for i in named})
    _last_named = (sentence, mentions, named, relative)
    return named, relative


def _undone(sentence: Sentence, names: frozenset[int], words: list[str], window: tuple[int, int]) -> str:
    """What undoes the deal stated in ``window`` after its last name ("Acme's planned
    acquisition of Zenith collapsed", "..., but the deal fell through"), or "" (``names``:
    the indexes inside names, from the sentence's first token)."""
    first = sentence.first
    lo, hi = window[0] - first, window[1] - first
    deal_named = not DEAL_NOUNS.isdisjoint(words[max(0, lo) : hi])
    if deal_named and word_at(words, hi) == "by" and hi + 1 in names:
        hi += 1  # "a planned takeover of Zenith by Acme collapsed": past the buyer named after
        while hi in names:
            hi += 1
    undone = undone_after(words, hi, names, deal_named=deal_named)
    if not undone and deal_named and "," in words[max(0, lo) : hi]:
        # read inside the deal's aside: "Acme's agreement with Zenith, signed to supply stories
        # to Zenith, expired": the deal's predicate follows the aside
        aside = words.index(",", max(0, lo))
        if not DEAL_NOUNS.isdisjoint(words[max(0, lo) : aside]):
            undone = undone_after(words, aside, names, deal_named=True)
    return undone


# "Reports that Acme had joined the round were wrong": the report that holds the relation is
# called false by the sentence's own verb.
# (undoing's DENIED_NOUNS are the ones "X denied the ..." takes)
REPORT_NOUNS = DENIED_NOUNS | {
    "rumor",
    "rumors",
    "speculation",
    "suggestion",
    "suggestions",
    "story",
    "stories",
}
DISCREDITED = frozenset(
    {"wrong", "false", "untrue", "inaccurate", "incorrect", "unfounded", "baseless", "mistaken"}
    | {"denied", "rejected", "dismissed", "erroneous", "refuted"}
)
REPORT_REACH = 8  # words from a report noun to its "that"
INTENSIFIERS = frozenset({"all", "completely", "entirely", "simply", "flatly", "later", "quickly", "also"})


def _rejects_a_report(words: list[str], k: int) -> bool:
    """Whether the verb at ``k`` takes a report and its "that" ("rejected the suggestion that",
    "disputes claims that"), so rejects what the report says."""
    return any(w in REPORT_NOUNS for w in words[k + 1 : k + 4]) and "that" in words[k + 2 : k + 6]


def _discredited(words: list[str], trigger: int) -> str:
    """The word calling false the report whose "that" clause holds the relation at ``trigger``
    ("Reports that Acme had joined Zenith's round were wrong", "Earlier reports that Acme would
    buy Zenith were denied by Acme"), or ""."""
    # a time or a source may stand between the noun and "that": "Reports in Les Echos last month that"
    opened = (k for k in range(trigger) if words[k] in REPORT_NOUNS)
    if not any("that" in words[k + 1 : min(k + REPORT_REACH, trigger)] for k in opened):
        return ""
    for k in range(trigger + 1, len(words) - 1):
        if words[k] in {";", "but", "although", "though"}:
            return ""  # a later clause's verb says nothing of the report
        if words[k] in BE_FORMS:
            j = k + 1
            while words[j] in INTENSIFIERS:
                j += 1
                if j >= len(words):
                    return ""
            if words[j] in DISCREDITED:
                return words[j]
    return ""


# A correction's words for what an earlier text got wrong: "incorrectly stated that", "an earlier
# version described Acme as".
MISTAKENLY = frozenset({"incorrectly", "wrongly", "erroneously", "mistakenly", "falsely", "misstated"})
TOLD = frozenset(
    {"stated", "said", "reported", "described", "identified", "listed", "named", "called", "wrote", "claimed"}
)
VERSIONS = frozenset({"version", "versions", "edition"})
CORRECTION_REACH = 6  # words from "version" to its verb ("An earlier version of this article")


def _corrected(words: list[str], trigger: int) -> str:
    """The word by which a correction withdraws what it goes on to tell ("An earlier version of
    this article incorrectly stated that Acme led ...", "an earlier version described Acme as a
    Zenith investor"), or "": the relation before ``trigger`` is what was wrong."""
    for k in range(trigger):
        if words[k] in MISTAKENLY and (words[k] == "misstated" or word_at(words, k + 1) in TOLD):
            return words[k]
        earlier = words[k] in VERSIONS and word_at(words, k - 1) in {"earlier", "previous", "original"}
        if earlier and not TOLD.isdisjoint(words[k + 1 : min(k + CORRECTION_REACH, trigger)]):
            return "earlier version"
    return ""


USED_TO_PURPOSE = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "which", "that"}
)


def _used_to(words: list[str], lo: int, hi: int) -> bool:
    """Whether the relation's words ``lo``-``hi`` tell a habit that has stopped: "Acme used to rely
    on Zenith", "used to serve its models from a cluster on Nimbus". Not a purpose: "is used to
    train", "which Acme used to train Quill"."""
    return any(
        words[k] == "used" and words[k + 1] == "to" and USED_TO_PURPOSE.isdisjoint(words[max(0, k - 3) : k])
        for k in range(lo, min(hi, len(words)) - 2)
    )


def _about_to(stated: list[str]) -> str:
    """ "about to" after a form of "be" in the relation's own words (not an aside's: "Zenith,
    whose software predicts when units are about to fail, has raised"): "Acme is about to move
    its workloads onto Nimbus" tells a plan."""
    return next(
        (
            "about to"
            for k in range(1, len(stated) - 1)
            if stated[k] == "about" and stated[k + 1] == "to" and stated[k - 1] in BE_FORMS
        ),
        "",
    )


def _confidence(status: Status, strength: float) -> float:
    return round(max(0.05, min(1.0, CONFIDENCE[status] * strength)), 2)


# Labels a newsletter puts before an item it has not confirmed: "Not confirmed: ...", "Rumour: ...".
UNCONFIRMED_LABELS = (
    ("not", "confirmed"),
    ("unconfirmed",),
    ("rumour",),
    ("rumor",),
    ("unverified",),
    ("claim",),  # a fact-check states the claim it goes on to test
)


def _unconfirmed(words: list[str]) -> str:
    """The label opening a sentence that leaves what it says unsettled: "Not confirmed: an
    outlet claims ...", "Rumour: ...". (A deal "pending approval" is agreed: asserted, as the
    project's annotations have it.) Markdown's bold around the label ("**Claim:**") is no word."""
    opening = [w for w in (w.strip("*_") for w in words[:6]) if w]
    for label in UNCONFIRMED_LABELS:
        if tuple(opening[: len(label)]) == label and opening[len(label) : len(label) + 1] in (
            [":"],
            ["-"],
            ["—"],
        ):
            return " ".join(label)
    return ""


def _moved_to(core: list[str], named: list[bool]) -> bool:
    """Whether the relation's object is where a move went: "to" (past an owner's name, "to
    Anthropic's") is the last word before it."""
    words = [w for w, n in zip(core, named, strict=True) if not n and w not in POSSESSIVE_MARKS]
    return bool(words) and words[-1] in DESTINATIONS


INTENT_NOUNS = frozenset({"commitment", "intention", "intent", "obligation", "plan", "plans"})


ONLY_REACH = 5  # words from "not" to "only": "will not be Osprey's only customer"


def _only_one_of(core: list[str], i: int) -> bool:
    """Whether "not" at ``i`` denies that the relation is the only one ("not be Osprey's only
    customer", "is not its sole supplier"), not the relation itself."""
    rest = core[i + 1 : i + ONLY_REACH]
    k = rest.index("only")
    return "be" in rest[:k] or rest[:1] in (["be"], ["the"], ["its"], ["their"]) or "'s" in rest[:k]


def _negation(core: list[str], named: list[bool]) -> str:
    for i, word in enumerate(core):
        if i == len(core) - 1 and word in ENDING_VERBS:
            return word  # "replaced Nimbus with ...", "left Nimbus": the trigger itself undoes it
        if word in NEGATIONS:
            if word in SWITCHING and _switched_to(core, named, i):
                continue  # "ditched Nimbus in favour of Zenith Cloud": Zenith Cloud is taken up
            nxt = core[i + 1] if i + 1 < len(core) else ""
            if word == "not" and nxt == "only":
                continue  # "not only ... but also" affirms
            if word in {"not", "n't"} and "only" in core[i + 1 : i + ONLY_REACH] and _only_one_of(core, i):
                continue  # "Ashby will not be Osprey's only customer": one of several, still one
            if word in {"not", "n't", "never"} and nxt in NO_ANSWER:
                continue  # "did not comment on reports that ...": silence denies nothing
            if word == "no" and nxt in INTENT_NOUNS and _leaving_denied(core, i):
                return ""  # "has no plans to move Harrowgate Assist off Azure": it stays there
            if word == "no" and nxt in INTENT_NOUNS:
                return word  # "had made no commitment to use Intel's factories"
            if word == "no" and nxt not in NONE_OF and not DEAL_NOUNS & set(core[i + 1 : i + 6]):
                continue  # "has no long-term contract with Zenith" denies; "no doubt" does not
            if word == "cut" and nxt != "ties":
                continue
            return word
        if i and word in UNDOING and core[i - 1] in UNDOING[word]:
            if word == "out" and _switched_to(core, named, i):
                continue  # "phased out Quill in favour of Orca": Orca is taken up
            return f"{core[i - 1]} {word}"
        if word in REPLACING and _replaced_thing(core, i):
            return word  # "It replaces a tool based on IBM watsonx": what was based on it is gone
        if word == "yet" and i and core[i - 1] in {"has", "have", "had"} and core[i + 1 : i + 2] == ["to"]:
            return "yet to"  # "Acme has yet to invest in Zenith": not so far
        if (
            word in DECLINING
            and core[i + 1 : i + 2] == ["to"]
            and not NO_ANSWER.intersection(core[i + 2 : i + 3])
        ):
            if word.startswith("fail") and set(core[i + 2 : i + 3]) & UNSAID:
                continue  # "failed to disclose its stake in Zenith": the stake stands
            return word  # ("declined to comment" says nothing); "failed to buy Zenith": not bought
        # "moved its workloads from Nimbus (to Zenith Cloud)", "moved its clinical-notes app from":
        # the place left; not the one moved to ("switched from Quill to Orca": Orca is taken up)
        # ("moved it from Nimbus to Stratus to use Quill": past where it went, the move is done)
        # (not "moved onto GPUs rented from CoreWeave": a source of goods)
        moved = (
            word in {"from", "off"}
            and bool(MOVING & set(core[max(0, i - 8) : i]))
            and core[i - 1] not in SOURCED
        )
        if moved and _only_meant(core, i):
            continue  # "has no plans to move Helper off Azure", "plans to move it off": still there
        if moved and not _moved_to(core, named) and DESTINATIONS.isdisjoint(core[i + 1 :]):
            return f"moved {word}"
        if word in SELLING:
            held = next((j for j in range(i + 1, min(i + 5, len(core))) if core[j] in HOLDING_NOUNS), None)
            between = core[i + 1 : held] if held is not None else []
            # "sold part of its stake" keeps the rest; "sold its 10% holding" is the whole of it
            owner = next((j for j, w in enumerate(between) if w in HOLDERS), None)
            if held is not None and PARTIAL.isdisjoint(between[:owner]):
                return word
    return ""


def _leaving_denied(core: list[str], i: int) -> bool:
    """Whether "no plans" at ``i`` denies a move away ("no plans to move Helper off Azure"),
    which leaves the relation standing."""
    return not MOVING.isdisjoint(core[i + 2 : i + 5]) and not {"off", "from"}.isdisjoint(core[i + 3 : i + 12])


INTENDING = INTENT_NOUNS | {"plan", "plans", "planned", "expects", "intends", "wants", "hopes", "aims"}


def _only_meant(core: list[str], i: int) -> bool:
    """Whether the move away that "off" or "from" at ``i`` ends is only intended ("plans to
    move Helper off Azure"): what it would leave, it is still on."""
    verb = next((k for k in range(i - 1, max(-1, i - 9), -1) if core[k] in MOVING), None)
    return verb is not None and verb >= 2 and core[verb - 1] == "to" and core[verb - 2] in INTENDING


# After "no": what a party does not have ("no longer", "owns no shares in"); a deal noun a few
# words on counts too ("no long-term supply agreement with": five tokens, as "-" is one).
NONE_OF = frozenset({"longer", "stake", "ties", "relationship", "deal", "shares", "equity"})
# After "not": a party saying nothing, which neither confirms nor denies.
NO_ANSWER = frozenset(
    {
        "comment",
        "commented",
        "respond",
        "responded",
        "confirm",
        "confirmed",
        "elaborate",
        "disclose",
        "say",  # "declined to say whether it would invest": no answer, no refusal
        "discuss",
        "specify",
        "return",  # "did not return a request for comment"
    }
)


# Verbs that drop one supplier for another, and what names the new one ("in favour of").
SWITCHING = frozenset(
    {"ditched", "ditches", "dropped", "drops", "dumped", "dumps", "abandoned", "abandons", "scrapped"}
)
REPLACING = frozenset({"replaced", "replaces", "replacing", "swapped", "swaps", "swapping"})
LOSING = frozenset({"lost", "loses", "losing"})


NO_LIST_REACH = 6  # words of a list after "no": "no investment, licensing or hosting relationship"


def _no_list(words: list[str], k: int) -> bool:
    """Whether the "and"/"or" at ``k`` joins the qualifiers of one noun after "no" ("has no
    investment, licensing or hosting relationship with"), not two clauses ("owns no stake and
    has invested in")."""
    if words[k + 1 : k + 2] and words[k + 1] in PASSIVE_AUX:
        return False
    for j in range(k - 1, max(-1, k - 1 - NO_LIST_REACH), -1):
        if words[j] == "no":
            return j == k - 2 or bool(DEAL_NOUNS.union(NONE_OF).intersection(words[k + 2 : k + 3]))
        if words[j] != "," and not words[j].isalpha():
            return False
    return False


VERB_NEGATIONS = frozenset({"not", "n't", "never"})


def _own_relative(words: list[str], lo: int, verb: int) -> int | None:
    """Where a relative clause with a pronoun of its own for subject opens between ``lo`` and
    the trigger's verb (", which it has bought"): its tense and hedges are its own."""
    for k in range(verb - 2, lo, -1):
        if words[k] in {"which", "that"} and words[k - 1] == "," and words[k + 1] in {"it", "they", "we"}:
            return k
    return None


def _negation_before_or(words: list[str], k: int, names: frozenset[int], first: int) -> str:
    """The negation of the verb phrase before the "or" at ``k`` that a second verb phrase shares:
    "never bought capacity from, or sold capacity to, Zenith" denies both ("did not buy from
    Zenith or Orbit" is one verb's list, read before this)."""
    start = k
    while start > 0 and words[start - 1] not in {"and", "but", "or", ":", ";", "."}:
        start -= 1
    core = words[start:k]
    negation = _negation(core, [i + first in names for i in range(start, k)])
    return negation if negation in VERB_NEGATIONS else ""


def _lost_as(words: list[str], trigger: int, names: frozenset[int]) -> bool:
    """Whether the role at ``trigger`` follows "lost <names> as" ("Zenith lost Acme and Orbit
    as customers"): a role that ended."""
    k = trigger - 1
    while k > 0 and words[k] != "as" and trigger - k <= 4:
        k -= 1  # past "its largest", "a"
    if words[k] != "as" or k - 1 not in names:
        return False
    k -= 1
    while k > 0 and (k in names or words[k] in {",", "and"}):
        k -= 1
    return words[k] in LOSING


LEAVING = frozenset(
    {"leave", "leaves", "left", "leaving", "quit", "quits", "quitting", "exit", "exits", "exited", "exiting"}
)
TAKEN_UP = frozenset({"favour", "favor", "instead"})
ENDING_VERBS = REPLACING | LEAVING  # the trigger that itself undoes: "replaced Nimbus", "left Nimbus"


def _replaced_thing(core: list[str], i: int) -> bool:
    """Whether the replacing verb at ``i`` takes a nameless thing the relation's trigger then
    describes ("replaced a system based on", "replaces the old tool built on"): no "with", "by"
    or "for" brings in the new one ("swaps the Amazon cloud for Stackit")."""
    rest = core[i + 1 :]
    return (
        2 <= len(rest) <= 6
        and rest[0] in {"a", "an", "the", "its", "their"}
        and not {"with", "by", "for"} & set(rest)
    )


def _switched_to(core: list[str], named: list[bool], i: int) -> bool:
    """Whether the relation ends on what replaced the name a switching verb at ``i`` dropped:
    "ditched Nimbus in favour of", "dropped Nimbus for" (a name between: "dropped its
    partnership with" is still undone)."""
    rest = core[i + 1 :]
    return bool(TAKEN_UP & set(rest)) or (rest[-1:] in (["for"], ["with"]) and any(named[i + 1 : -1]))


def _hedge(positions: list[int], tokens: Tokens) -> str:
    for i in positions:
        word = tokens.lower[i]
        if word not in HEDGE_CUES:
            continue  # most words: none of the tests below can hold
        if word.endswith("ing") and i > 1 and tokens.lower[i - 1] == "-" and not tokens.space[i - 2]:
            continue  # a compound's gerund: "a route-planning model" plans nothing
        if (
            word.endswith("ing")
            and i > 1
            and tokens.lower[i - 1] in NOUN_OPENERS
            and tokens.lower[i - 2] not in CONTRACTED  # ("it's planning to": "it is")
            and word_at(tokens.lower, i + 1) != "to"
        ):
            continue  # a gerund that names a kind of thing: "its planning app", "whose planning tool"
        if (
            word in HEDGES
            and tokens.text[i] != "May"
            and not _offered(tokens.lower, i)
            and not _backshifted(tokens, i)
            and not _regarded_as(tokens.lower, i)
        ):
            return word  # ("May" mid-sentence is the month)
        if _nearing(tokens.lower, i):
            return word
        if word in DISCUSSING and tokens.lower[i + 1] in INDEFINITE:
            return word  # "discussed a venture with Zenith": a deal talked of, not made
        if word in DISCUSSING and _gerund(tokens.lower[i + 1]):
            return word  # "had discussed buying Zenith": talked of, not bought
        if (
            word in LOOKING
            and word_at(tokens.lower, i + 1) in {"at", "into"}
            and _gerund(word_at(tokens.lower, i + 2))
        ):
            return word  # "has looked at taking a stake in Zenith": weighed, not taken
        won = WINNING & set(tokens.lower[max(0, i - 3) : i])  # "won the bid to supply": done
        if word in ATTEMPTS and tokens.lower[_past_attempt_time(tokens.lower, i + 1)] == "to" and not won:
            return word  # "tried to buy Zenith", "tried last year to buy Zenith": not bought
        quoted = word_at(tokens.lower, i + 1) in QUOTE_MARKS  # 'had "no interest" in acquiring'
        after = word_at(tokens.lower, i + 2 + quoted)
        if word in INTEREST and word_at(tokens.lower, i + 1 + quoted) == "in" and _gerund(after):
            return word  # "is interested in licensing Quill", "expressed interest in buying": no deal
        if word in SEEMING and tokens.lower[i + 1] == "to":
            return word  # "Acme appears to use Quill": the writer's guess
        if word in OFFERING and tokens.lower[i + 1] == "to" and tokens.lower[i + 2] in OFFERED_DEALS:
            return word  # "offered to buy Zenith": not bought ("is offered to developers" is)
        if (
            word in PROPOSALS
            and tokens.lower[i + 1] in {"for", "from"}
            and (
                _proposal_opens(tokens.lower[i - 1])
                or ("-" in tokens.lower[i - 1] and _proposal_opens(tokens.lower[i - 2]))
            )
        ):  # ("its all-stock bid for": one hyphenated qualifier between)
            return word  # "a $5bn bid for Zenith", "a takeover offer from Acme": proposed, not done
    return ""


REGARDING = frozenset({"consider", "considers", "considered"})  # "considers Zenith its closest rival"
REGARDED_ROLES = frozenset({"rival", "rivals", "competitor", "competitors", "partner", "partners", "threat"})
# words from "considers" to its role: "considers Cohere, the Toronto-based model maker, its rival"
REGARD_REACH = 12


def _regarded_as(lower: list[str], i: int) -> bool:
    """Whether "consider" at ``i`` tells what one company holds another to be ("Cindral
    considers Cohere its closest rival", "the chipmaker the authors consider a serious rival"):
    a view stated, not an option weighed ("is considering Zenith as a supplier")."""
    if lower[i] not in REGARDING:
        return False
    for k in range(i + 1, min(i + REGARD_REACH, len(lower))):
        if lower[k] in REGARDED_ROLES:
            return lower[k - 1] not in {"as", "potential", "possible"} and "as" not in lower[i + 1 : k]
        if lower[k] in {".", ";", "whether", "buying", "acquiring", "selling"}:
            return False
    return False


def _proposal_opens(word: str) -> bool:
    """Whether ``word`` may open a proposal's noun phrase: "a", "its", "$5bn"."""
    return word in PROPOSAL_OPENERS or word[:1].isdigit()


# "discussed a joint venture with Zenith": the deal under discussion, indefinite, is not made
# ("discussed its partnership with Zenith" speaks of one that is).
DISCUSSING = frozenset({"discuss", "discusses", "discussed", "discussing"})
DISCUSSING |= frozenset({"reviewing", "evaluating", "studying"})  # "is reviewing an acquisition of"
INDEFINITE = frozenset({"a", "an", "possible", "potential", "some", "closer", "further"})
# Talks whose subject follows: "in talks with Nimbus about making Quill available on Stratus".
TALKS_NOUNS = frozenset({"talks", "discussions", "negotiations", "talking", "negotiating"})
TALKS_TOPIC = frozenset({"about", "over", "on", "regarding"})


def _talked_about(words: list[str], lo: int) -> str:
    """The talks a relation is the topic of, named before its first name: "is in talks with
    Nimbus about making Quill available on Stratus" does not yet host Quill on Stratus."""
    topic = False
    for k in range(lo - 1, max(-1, lo - 12), -1):
        word = words[k]
        if word in TURNS or word in {",", ".", "!", "?"}:
            return ""  # "ended talks on a contract, and built its own": another clause
        if word in TALKS_TOPIC:
            topic = True
        elif word in TALKS_NOUNS and topic:
            return word
    return ""


def _shared_object_aside(words: list[str], k: int, trigger: int) -> bool:
    """Whether the "and" or "or" at ``k`` opens a verb set off by commas that shares the object
    after it (", and has never had," before "a licence agreement with"): the verbs before it
    still govern the relation."""
    if word_at(words, k - 1) != ",":
        return False
    closing = next((j for j in range(k + 1, trigger) if words[j] == ","), None)
    return closing is not None and closing - k <= SHARED_VERB_REACH


SHARED_VERB_REACH = 5  # words of the second verb: ", and has never had,"


# Words that open a clause stated as fact inside a conditional sentence: "If your employer runs
# Snowflake, the concepts transfer, even though Snowflake and Databricks are fierce rivals."
CONCEDING = frozenset({"though", "although"})


def _past_concession(head: list[str]) -> list[str]:
    """The words of ``head`` after its last "though" or "although": a concessive clause is
    stated as fact, whatever hedge ("if", "may") came before it."""
    cut = max((k for k, w in enumerate(head) if w in CONCEDING), default=-1)
    return head[cut + 1 :]


def _conversations(core: list[str]) -> str:
    """ "has held early conversations about acquiring Zenith": talks, not a deal (not
    "Conversations are processed on Nimbus", what a product handles)."""
    for k in range(len(core) - 1):
        if core[k] == "conversations" and (core[k + 1] in TALKS_TOPIC or core[k + 1] == "with"):
            return "conversations"
    return ""


# Passive verbs of hearsay: "Acme is said to be raising money from Zenith" tells a rumour, which
# no one in the sentence states ("is reported to", "is believed to" are reports, read as such).
HEARSAY = frozenset({"said", "thought", "rumoured", "rumored"})


def _said_to(core: list[str]) -> str:
    """The hearsay verb of "is said to", "was thought to" among ``core``, or ""."""
    for k in range(1, len(core) - 1):
        if core[k] in HEARSAY and core[k - 1] in BE_FORMS and core[k + 1] == "to":
            return core[k]
    return ""


def _backshifted(tokens: Tokens, i: int) -> bool:
    """Whether "would" at ``i`` is a reported "will": "Acme said it would supply Zenith" tells
    of a commitment, as "Acme will supply Zenith" does (not "would" after "if" or "could")."""
    lower = tokens.lower
    if lower[i] != "would" or lower[i - 1] not in {"it", "they"}:
        return False
    if lower[i + 1] in {"be", "have", "consider", "like", "need"}:
        return False
    if lower[i - 2] in REPORTING_VERBS:
        return True
    j = i - 2
    while j > i - 9 and (lower[j] in SAID_WHEN or lower[j] in MONTHS or lower[j].isdigit()):
        j -= 1  # "said on Monday it would", "said late on Tuesday it would"
    if j < i - 2 and lower[j] in REPORTING_VERBS:
        return True
    if lower[i - 2] != "that":
        return False
    for j in range(i - 3, max(-1, i - 40), -1):  # "said on Monday that it would", "..., and that it would"
        if lower[j] in {".", "?", "!", "if", "whether", "asked"}:
            return False
        if lower[j] in REPORTING_VERBS:
            return True
    return False


REPORTING_VERBS = frozenset({"said", "says", "announced", "confirmed"})
# A time between a verb of saying and its report: "said on Monday it would", "said last week".
SAID_WHEN = frozenset(
    {"on", "in", "late", "early", "earlier", "last", "this", "week", "month", "year", "today", "yesterday"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", ","}
    | {"a", "its", "statement", "interview", "filing", "release"}  # "said in a statement it would"
)


def _bid_verb(tokens: Tokens, trigger: tuple[int, int]) -> str:
    """ "bid for" as a verb ("Sage, which also bid for Pinfold", "Acme bid for Zenith"): an
    offer, not a purchase."""
    k = trigger[0]
    before = tokens.lower[k - 1]
    verb = before in BID_VERB_BEFORE or tokens.text[k - 1][:1].isupper()
    return tokens.lower[k] if tokens.lower[k] in BIDDING and tokens.lower[k + 1] == "for" and verb else ""


# "bid for" as a verb: after a relative pronoun, an adverb or an auxiliary.
BIDDING = frozenset({"bid", "bids", "bidding"})
BID_VERB_BEFORE = frozenset(
    {"which", "who", "that", "also", "had", "has", "have", "was", "were", "unsuccessfully", "once"}
    | {"previously", "reportedly", "briefly", "and", "it", "they", "to", "is", "are"}
)


def _former(words: list[str], lo: int, trigger: int) -> str:
    """The cue when the trigger follows ", once", "which once" or "was once" in its own clause
    ("Brightvale, once hosted on Heroku, now ..."; "Zenith, which once relied on Nimbus,";
    "Zenith was once owned by Acme"), or ", formerly" or ", until recently" ("Microsoft, until
    recently Kestrel's largest tenant,"), or a relative's "had been" ("a company that had been a
    Parlance customer"): what held once holds no more. Not "Once trained, Quill
    ..." (a time), "once again", nor a trigger after the aside closes ("" then)."""
    if FORMERLY.isdisjoint(words[max(lo, 1) : trigger]) and "been" not in words[max(lo, 1) : trigger]:
        return ""
    for k in range(max(lo, 1), trigger):
        if words[k] == "been" and words[k - 1] == "had" and word_at(words, k - 2) in {"which", "that", "who"}:
            # "Krill Labs, a company that had been a Parlance customer"
            return "had been" if "," not in words[k + 1 : trigger] else ""
        before = word_at(words, k - 1 - (words[k] == "recently"))  # (the word before "until recently")
        if _formerly_at(words, k) and before in {",", "which", "who"}:
            return words[k] if "," not in words[k + 1 : trigger] else ""
        if words[k] == "once" and words[k - 1] in ONCE_AUX and k + 1 < len(words) and words[k + 1] != "again":
            return "once" if "," not in words[k + 1 : trigger] else ""  # "Zenith was once owned by Acme"
    return ""


FORMERLY = frozenset({"once", "formerly", "recently"})


def _formerly_at(words: list[str], k: int) -> bool:
    """Whether "once", "formerly" or "until recently" ends at ``k`` (not "recently" alone)."""
    return words[k] in {"once", "formerly"} or (words[k] == "recently" and word_at(words, k - 1) == "until")


BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "'s", "'re"})
# Verbs of a deal done once, which a pluperfect leaves standing ("had previously invested in").
DONE_ONCE = frozenset({"invested", "acquired", "bought", "backed", "funded", "led", "founded", "built"})


# Verbs of a use that "previously" ends even in the simple past: "previously built on Llama".
USED_BEFORE = frozenset(
    {"used", "ran", "relied", "hosted", "licensed", "rented", "leased", "built", "depended"}
)


def _had_previously(words: list[str], lo: int, verb: int, *, lasting: bool = False) -> bool:
    """Whether the trigger's verb follows "had previously" or "had formerly" in its own clause
    ("tools it had previously licensed from Unity"): a use or a supply that has since ended.
    Not a deal done once ("had previously invested in Zenith": the stake stands). A use told in
    the simple past after "previously" has ended too ("previously built on Meta's Llama"), but
    not a making or a rivalry (``lasting``)."""
    k = verb - 1
    if k < max(lo, 1) or words[k] not in {"previously", "formerly"}:
        return False
    if words[k - 1] != "had":
        return not lasting and words[verb] in USED_BEFORE
    return words[verb] not in DONE_ONCE


def _copula_denied(at: Callable[[int], str], lo: int) -> str:
    """The negation between a copula and a role noun phrase opening at ``lo``: "we are not an
    investor in", "it is no longer a customer of", "we were never a supplier to"."""
    if at(lo - 1) in {"not", "never", "n't"} and at(lo - 2) in BE_FORMS:
        return at(lo - 1)
    if at(lo - 2) == "no" and at(lo - 1) == "longer" and at(lo - 3) in BE_FORMS:
        return "no longer"
    return ""


ONCE_AUX = frozenset({"was", "were"})  # "Zenith was once owned by Acme": a state that ended
# ("Acme once invested in Zenith" is an event, and stands)

PAST_MARKS = frozenset({"was", "were", "had", "used", "relied", "owned", "backed", "bought"}) | frozenset(
    {"ran", "hosted", "served", "licensed", "supplied", "sold", "held", "invested", "partnered", "depended"}
    | {"powered", "rented", "leased", "paid", "competed", "worked", "built", "developed", "trained"}
    | {"counted", "included", "listed"}  # "counted Acme among its clients until late 2025"
    | {"lived", "sat", "stored", "deployed"}  # "Before that they lived on AWS"
)
TRANSFERS = frozenset(
    {"sale", "acquisition", "takeover", "buyout", "merger", "spin-off", "spinoff", "divestiture"}
)
HOLDING_STATES = frozenset({"owned", "held", "controlled", "was", "were"})  # what a transfer ends
STILL = frozenset({"now", "today", "further"})  # "until now" runs on; "until recently" has ended
UNTIL_REACH = 9  # words from the last name to "until": "'s models for its voice interface until"
UNTIL_STOPS = frozenset({".", ";", "and", "but", "which", "that", "who", "while", "because"})


def _held_until(words: list[str], core: list[str], end: int, names: frozenset[int]) -> bool:
    """Whether a relation stated in the past held "until" a time or event after its last name:
    "was a customer of Zenith until last year", "used Zenith's chips until 2023", "until
    recently", past a short phrase of what it was for ("used Zenith's models for its voice
    interface until late 2025", "used Qwen for Kinto until last autumn"; not "will use them
    until 2030", nor "until now")."""
    if PAST_MARKS.isdisjoint(core):
        return False
    skip = False  # inside "for Kinto" (what it was used for) or "and Orbit" (the list goes on)
    start = past_apposition(words, end)  # "had used DriveSim Pro, a rival simulator made by ..., until"
    for k in range(start, min(start + UNTIL_REACH, len(words))):
        if words[k] in {"and", ","} and k + 1 in names and not any(j in names for j in range(end, k)):
            continue  # "sold chips to Zenith and Orbit until 2024"
        skip = k in names and (skip or words[k - 1] in {"for", "in", "and", ","})
        determiner = words[k] == "that" and words[k - 1] in {"for", "in", "on"}  # "for that feature"
        if (k in names and not skip) or (words[k] in UNTIL_STOPS and not determiner):
            return False
        if words[k] == "until":
            return k + 1 < len(words) and words[k + 1] not in STILL
        if words[k] == "before" and word_at(words, k + 1) in {"the", "its", "that", "this"}:
            # "the group that owned Sableforge before the sale": a state a transfer ended
            return word_at(words, k + 2) in TRANSFERS and not HOLDING_STATES.isdisjoint(core)
        if words[k] == "from" and _closed_period(words, k):
            return True  # "owned Zenith from 2015 to 2020"
    return False


UNTIL_TIME = 3  # words from "until" to the verb: "until early 2025 ran"


def _until_before(stated: list[str]) -> bool:
    """Whether "until" and its time come before a past verb in the relation's own words: "Pitch,
    which until mid-2025 ran on AWS" held until then (not "until now")."""
    for k, w in enumerate(stated[:-1]):
        if w == "until" and stated[k + 1] not in STILL:
            time = stated[k + 2 : k + 2 + UNTIL_TIME]  # not "until 2025, when ... supplied"
            time = time[: time.index(",")] if "," in time else time
            if not PAST_MARKS.isdisjoint(time):
                return True
    return False


def _closed_period(words: list[str], k: int) -> bool:
    """Whether "from 2015 to 2020", "between 2018 and 2021" or "between March and August 2025"
    opens at ``k``: a span of time that has closed (not "from 2015 to now"), ending in a year."""
    joined = {"from": {"to", "until", "through"}, "between": {"and"}}.get(word_at(words, k), set())
    if not joined:
        return False
    start = _time_end(words, k + 1)
    if start is None or word_at(words, start) not in joined:
        return False
    end = _time_end(words, start + 1)
    return end is not None and _is_year(words[end - 1])


def _is_year(word: str) -> bool:
    return word.isdigit() and len(word) == 4


def _time_end(words: list[str], k: int) -> int | None:
    """Past a year or a month with its year ("2018", "March", "March 2025") at ``k``, or None."""
    if _is_year(word_at(words, k)):
        return k + 1
    if word_at(words, k) in MONTHS:
        return k + 1 + _is_year(word_at(words, k + 1))
    return None


# The verb that ends an opening "until" clause told in the past ("Until that deal closed,").
PAST_EVENTS = frozenset({"closed", "completed", "ended", "expired", "collapsed", "lapsed", "left", "sold"})
UNTIL_EVENT_REACH = 9
# What may follow an opening "until" for it to name a time: "Until this month", "Until 2024".
UNTIL_TIMES = frozenset({"this", "last", "recently", "then", "early", "late", "mid"}) | frozenset(MONTHS)
# A part of a period after "Until the": "Until the middle of this year", "Until the summer".
PERIOD_PARTS = frozenset(
    {"end", "start", "beginning", "middle", "close", "spring", "summer", "autumn", "winter"}
)


def _until_then(words: list[str]) -> bool:
    """Whether the sentence opens on a time up to which what it states held: "Until this
    month Acme's app drew its answers from Quill", "Until 2024, ..." (not "Until the deal
    closes, ...", which is no time, nor "Until now", which runs to the present)."""
    if words[:1] in (["between"], ["from"]) and _closed_period(words, 0):
        return True  # "Between 2018 and 2021, Acme owned Zenith"
    if words[:1] != ["until"] or len(words) < 3:
        return False
    if words[1] in UNTIL_TIMES or words[1].isdigit() or (words[1] == "the" and words[2] in PERIOD_PARTS):
        return True  # "Until the end of January, Drumlin had trained its models on AWS"
    # an event told in the past: "Until that deal closed, Redfield was a subsidiary of Tidewater"
    comma = next((k for k in range(2, min(len(words), UNTIL_EVENT_REACH)) if words[k] == ","), None)
    return comma is not None and words[comma - 1] in PAST_EVENTS


BEFORE_REACH = 6  # words of an opening "Before ...," ("Before the 2024 switch,")


def _before_then(words: list[str], trigger: int) -> bool:
    """Whether the sentence opens on a short "Before X," and so tells a state that held until
    X came, the trigger's: "Before Looma, the retailer relied on Fit Analytics". Not a clause
    ("Before it bought Zenith, Acme ..." tells no earlier state), a deal done once ("Before the
    acquisition, its seed round had been led by"), nor a relative's own past ("..., the company
    that Snap bought in 2021")."""
    if words[:1] != ["before"]:
        return False
    if words[1:2] in (["that"], ["then"]) and word_at(words, 2) in {",", "it", "they", "the", "we"}:
        return True  # "Before that it relied on Google Cloud": the state the last sentence's change ended
    comma = next((k for k in range(1, min(len(words), BEFORE_REACH + 1)) if words[k] == ","), None)
    if comma is None or any(w in {"it", "they", "he", "she", "we"} for w in words[1:comma]):
        return False
    return not any(w in {"that", "which", "who"} for w in words[comma:trigger])


CUTTING = frozenset({"banned", "bans", "suspended", "suspends", "barred", "bars"})


def _cut_off(
    words: list[str], mentions: Sequence[Mention], participants: Sequence[str], lo: int, first: int
) -> bool:
    """Whether, before the relation's words, a party was cut off: "Zenith has cut off the startup
    Acme from its API after finding that Acme was using Quill": the use ended with it."""
    before = words[: max(0, min(lo, len(words)))]
    if CUTTING.isdisjoint(before) and "off" not in before:
        return False  # nobody was cut off before the relation (most sentences)
    for k in range(min(lo, len(words))):
        cut = words[k] in CUTTING or (words[k] == "off" and k and words[k - 1] in {"cut", "cuts"})
        if cut and any(m.entity.id in participants and k < m.start - first <= k + 5 for m in mentions):
            return True
    return False


# Verbs whose object, a role held for the subject, it no longer holds: "dropped its supplier".
LEAVING_ROLES = frozenset({"dropped", "ditched", "dumped", "replaced", "fired", "abandoned", "sacked"})
LEAVING_PHRASES = frozenset({("parted", "ways", "with"), ("cut", "ties", "with"), ("split", "with")})
ROLE_MODIFIER_REACH = 4  # words between "its" and the role: "its original chassis supplier"


def _role_left(words: list[str], role: int) -> str:
    """The verb by which the subject left the role noun at ``role`` that its noun phrase names:
    "parted ways with its original chassis supplier, Zenith", "dropped its auditor"."""
    opening = range(role - 1, max(-1, role - 1 - ROLE_MODIFIER_REACH), -1)
    k = next((j for j in opening if words[j] in {"its", "their"}), None)
    if k is None or any(w in {",", "and", "or"} for w in words[k:role]):
        return ""
    if k >= 1 and words[k - 1] in LEAVING_ROLES:
        return words[k - 1]
    for phrase in LEAVING_PHRASES:
        if tuple(words[max(0, k - len(phrase)) : k]) == phrase:
            return " ".join(phrase[:2])
    return ""


ENDING_DEALS = frozenset(
    {"ended", "ends", "ending", "terminated", "terminates", "cancelled", "canceled", "scrapped", "scraps"}
    | {"dissolved", "dissolves", "severed", "unwound"}
)
CLAUSE_OPENERS = frozenset({"that", "which", "whereby"})
ENDED_DEAL_REACH = 5  # words from the ending verb to the deal's noun: "ends a two-year arrangement"


def _in_ended_deal(words: list[str], trigger: int) -> bool:
    """Whether the relation is told inside a clause on a deal that was ended: "The change ends a
    two-year arrangement that had made Verbalo one of OpenAI's customers", "ended a deal under
    which Zenith supplied chips to Acme"."""
    if ENDING_DEALS.isdisjoint(words[:trigger]):
        return False  # nothing is ended before the relation (most sentences)
    for k in range(1, min(trigger, len(words))):
        if words[k] not in DEAL_NOUNS:
            continue
        opener = k + 1 + (word_at(words, k + 1) in {"under", "in", "by"})
        if opener >= trigger or word_at(words, opener) not in CLAUSE_OPENERS:
            continue
        if opener > k + 1 and words[opener] != "which":
            continue  # "under that", not a clause
        if any(words[j] in ENDING_DEALS for j in range(max(0, k - ENDED_DEAL_REACH), k)):
            return True
    return False


def _phrase_ended(words: list[str], start: int) -> str:
    """The verb that ends the noun phrase a relation is read from ("The agreement ends Corvid's
    use of AWS Ground Station", "ended the club's reliance on Wyscout"), or "": what it names was
    so until then."""
    k = start - 1 - (word_at(words, start - 1) in {"the", "its", "their"})
    if k >= 1 and words[k] == "of" and words[k - 1] in {"end", "close"}:
        return words[k - 1]  # "marks the end of Ardoa's five-year relationship with SkyRow"
    return words[k] if k >= 0 and (words[k] in ENDING_DEALS or words[k] == "end") else ""


RECORDS = frozenset({"record", "records", "evidence", "sign", "trace", "knowledge"})
NO_RECORD_REACH = 4  # words from "no" to the relation's verb: "had no record of selling to"


def _no_record(words: list[str], trigger: int) -> str:
    """ "Nvidia said it had no record of selling to Helix", "found no evidence that Acme used
    Quill": the relation's verb is what nothing shows."""
    for k in range(max(0, trigger - NO_RECORD_REACH), trigger - 2):
        if words[k] == "no" and words[k + 1] in RECORDS and words[k + 2] in {"of", "that"}:
            return "no " + words[k + 1]
    return ""


ARGUING = frozenset(
    {"argues", "argued", "argue", "contends", "contended", "asserts", "asserted", "claims", "claimed"}
)


def _argued(words: list[str], start: int) -> str:
    """The verb by which someone argues the accusation whose subject opens at ``start``: "It
    argues that Civix's design violates OpenAI's policies" (one side's case, not a finding)."""
    k = start - 1 - (word_at(words, start - 1) == "that")
    return words[k] if k >= 0 and words[k] in ARGUING else ""


def _seeming(words: list[str], start: int) -> str:
    """The verb by which a clause only seems to tell the relation its subject at ``start`` opens:
    "invoices which appeared to show Helix buying Supermicro servers", or ""."""
    for k in range(max(0, start - SEEMING_REACH), start - 1):
        if words[k] in SEEMING and words[k + 1] == "to":
            return words[k]
    return ""


REVOKING = frozenset(
    {"revoked", "revokes", "rescinded", "withdrew", "cancelled", "canceled", "terminated", "suspended"}
)
PERMITS = frozenset({"licence", "license", "permit", "waiver", "exemption", "approval", "authorisation"})
LETTING = frozenset({"allowed", "let", "permitted", "enabled", "authorised", "authorized"})


def _revoked_leave(words: list[str], lo: int, verb: int) -> bool:
    """Whether the relation read from ``lo`` with its verb at ``verb`` is what a revoked
    permission allowed: "the department revoked a licence that had allowed Applied to sell
    equipment to SMIC"."""
    k = next((j for j in range(max(0, lo - 1), verb) if words[j] in LETTING), None)
    if k is None:
        return False
    k -= 1
    while k >= 0 and words[k] in {"had", "has", "once", "previously"}:
        k -= 1
    if k < 0 or words[k] not in {"that", "which"}:
        return False
    noun = next((j for j in range(k - 1, max(-1, k - 3), -1) if words[j] in PERMITS), None)
    return noun is not None and any(words[j] in REVOKING for j in range(max(0, noun - 4), noun))


PLANNED_REACH = 6  # words from "and" back to the planning "to" ("would like to go further and")


OFFER_REACH = 7  # words from "offer" to the verb: "an offer from Ostrander Group Ltd to buy"


def _offer_from(words: list[str], verb: int) -> str:
    """The noun of an offer whose maker is named before "to" and the trigger's verb ("received
    an offer from Ostrander Group to buy Kestrel"): proposed, not done."""
    if verb < 1 or words[verb - 1] != "to":
        return ""
    for k in range(verb - 2, max(-1, verb - OFFER_REACH), -1):
        if words[k] in PROPOSALS and words[k + 1] == "from":
            return words[k]
    return ""


def _headline_to(words: list[str], mentions: Sequence[Mention], verb: int, first: int) -> str:
    """ "to" when a headline puts it between the subject's name and the verb: "Vantablade
    Systems to buy Orrery Labs in $400m deal" is a deal announced, not done."""
    k = verb - first
    if word_at(words, k - 1) != "to":
        return ""
    named = next((m for m in mentions if m.end == verb - 1), None)
    opens = named is not None and (named.start == first or word_at(words, named.start - first - 1) == ":")
    if named is None or named.possessive or not opens:
        return ""  # (the name opens the line, or its label's: not "Getting Zenith to run on")
    return "to"


def _planned(words: list[str], lo: int) -> str:
    """The hedge of a verb the relation's window opens with, when it stands before it ("plans to
    move Zenith's Quill onto Nimbus": the window starts at "move", whose object is the subject)."""
    for to in (lo - 1, lo - 2):  # also past the verb whose object the window opens with:
        # "intends to make Skerry available on Vertex AI"
        if to >= 1 and words[to] == "to" and words[to - 1] in HEDGES and words[lo - 1].isalpha():
            return words[to - 1]
    # "plans to expand and buy Zenith": both verbs planned (not "wants to hire and invested in")
    if lo >= 1 and words[lo - 1] == "and" and lo < len(words) and not words[lo].endswith("ed"):
        for to in range(lo - 2, max(0, lo - PLANNED_REACH), -1):
            if words[to] in {",", ";", ":"}:
                break
            if words[to] == "to" and words[to - 1] in HEDGES | {"like"}:
                return words[to - 1]
    return ""


def _will_once(words: list[str], core: list[str], end: int) -> str:
    """The condition a future relation waits on, after its last name: "will use Quill once it
    launches", "will run on Nimbus if it is accredited" (not "once again")."""
    if "will" not in core and "'ll" not in core:
        return ""
    for k in range(end, min(end + 8, len(words))):
        if words[k] in {".", ";", "but", "and"}:
            return ""
        if words[k] in {"once", "if", "unless"} and words[k + 1 : k + 2] != ["again"]:
            return words[k]
    return ""


TURNS = frozenset({"but", "yet", "while", "whereas", "although", "though", ";"})
# What customers can already do with something: "Llama can be accessed on Bedrock" states where
# it is offered, not a possibility.
OFFERED = frozenset({"accessed", "used", "run", "deployed", "downloaded", "found", "bought", "rented"})


def _offered(lower: list[str], i: int) -> bool:
    """Whether "can" at ``i`` says what is on offer: "can be accessed on", "can be used through"."""
    after = lower[i + 1 : i + 3]
    return lower[i] == "can" and len(after) == 2 and after[0] == "be" and after[1] in OFFERED


ATTEMPTS = frozenset({"tried", "tries", "trying", "attempted", "attempts", "attempting", "sought", "seeks"})
ATTEMPTS |= frozenset({"attempt", "effort", "efforts", "bid", "bids"})  # "its attempt to buy Zenith"
ATTEMPTS |= frozenset({"offer", "proposal"})  # "made an offer to buy Zenith": proposed, not bought
# The words of a time phrase between an attempt and its "to": "tried last year to buy", "sought
# in 2024 to acquire", "tried twice to buy".
ATTEMPT_TIMES = frozenset({"last", "this", "earlier", "in", "year", "month", "week", "twice", "once"})
ATTEMPT_TIMES |= frozenset({"again", "repeatedly", "unsuccessfully", "briefly", ","})
ATTEMPT_TIME_REACH = 3  # "tried, in 2024, to buy"
INTEREST = frozenset({"interested", "interest"})


def _past_attempt_time(lower: list[str], k: int) -> int:
    """Where the "to" of an attempt would stand, past a short time phrase opening at ``k``."""
    end = min(k + ATTEMPT_TIME_REACH, len(lower) - 1)
    while k < end and (lower[k] in ATTEMPT_TIMES or lower[k].isdigit()):
        k += 1
    return k


def _gerund(word: str) -> bool:
    """Whether ``word`` reads as a verb's -ing form ("licensing", "buying"; not "king")."""
    return word.endswith("ing") and len(word) > 4


SEEMING = frozenset({"appears", "appeared", "appear", "seems", "seemed", "seem"})
SEEMING_REACH = 4  # words from "appeared" to the subject it hedges: "which appeared to show Acme"
# An offer told by its verb: "Google offered to buy Halvor", "offers to invest in".
OFFERING = frozenset({"offered", "offers", "offering"})
OFFERED_DEALS = frozenset(
    {"buy", "acquire", "purchase", "invest", "fund", "back", "merge", "license", "licence"}
)
WINNING = frozenset({"won", "wins", "win", "winning", "awarded", "succeeded", "successful"})
NEAR_WORDS = frozenset({"close", "closer", "near", "nearer"})
# Every word _hedge can return on (a hedge, a word of nearing, an attempt or a proposal).
HEDGE_CUES = (
    HEDGES
    | NEAR_WORDS
    | ATTEMPTS
    | SEEMING
    | OFFERING
    | PROPOSALS
    | DISCUSSING
    | LOOKING
    | INTEREST
    | {"closing", "verge", "brink", "poised"}
)
NEAR_DEAL = 4  # words from "close to a" to the deal's noun ("close to a $2 billion deal")


def _nearing(lower: list[str], i: int) -> bool:
    """Whether word ``i`` says a deal is near, not done: "is close to signing a deal", "is near
    an agreement", "on the verge of buying", "poised to acquire" (not "close to $2 billion")."""
    word, after = lower[i], lower[i + 1 : i + 2 + NEAR_DEAL]
    if word in NEAR_WORDS:
        if after[:1] == ["to"]:
            after = after[1:]
            if after[:1] and _gerund(after[0]):
                return True  # "close to signing", "closer to finalising"
        return after[:1] in (["a"], ["an"]) and any(w in DEAL_NOUNS for w in after[1:])
    if word == "closing":  # "closing in on a deal"
        return after[:2] == ["in", "on"]
    return (word in {"verge", "brink"} and after[:1] == ["of"]) or (word == "poised" and after[:1] == ["to"])


def _asides(words: list[str]) -> set[int]:
    """Positions inside relative-clause asides (", which has not said so,"): their cues are
    about something else."""
    out: set[int] = set()
    if "which" not in words and "who" not in words:
        return out  # no relative pronoun, no aside (most sentences): the scan is skipped
    for i, word in enumerate(words[:-1]):
        if word == "," and words[i + 1] in {"which", "who"}:
            j = i + 1
            while j < len(words) and words[j] != ",":
                out.add(j)
                j += 1
    return out


ASIDE_MARKS = frozenset({",", "—", "–", "--"})


def _relative_asides(words: list[str]) -> set[int]:
    """Positions inside an aside right after a relative word ("which — in a twist that did not
    go unnoticed — is also a shareholder in"): its cues are not the relative clause's."""
    out: set[int] = set()
    for i, word in enumerate(words[:-1]):
        if word in ASIDE_MARKS and i > 0 and words[i - 1] in {"which", "who"}:
            j = i + 1
            while j < len(words) and words[j] != word:
                out.add(j)
                j += 1
    return out


def _scare_quoted(words: list[str], trigger: tuple[int, int], first: int) -> bool:
    """ "was "secretly using"": the verb stated in quotation marks is someone's claim."""
    a, b = trigger[0] - first, trigger[1] - first
    before = words[max(0, a - 2) : a]
    after = words[b : b + 3]
    return bool(QUOTE_MARKS & set(before)) and bool(QUOTE_MARKS & set(after))


def _source(
    sentence: Sentence,
    mentions: Sequence[Mention],
    at,
    participants: Sequence[str],  # type: ignore[no-untyped-def]
) -> Entity | None:
    """The outlet or person a reported claim is attributed to, if the sentence names one."""
    candidates = []
    for m in mentions:
        if m.entity.id in participants:
            continue
        after, before = at(m.end), at(m.start - 1)
        if (
            after in SOURCE_AFTER
            or (
                before in SOURCE_BEFORE
                and at(m.start - 2)
                in {"according", "report", "reported", "reporting", "story", "article", "told"}
            )
            or before == "told"
        ):
            candidates.append(m.entity)
    outlets = [e for e in candidates if e.type == "NewsOutlet"]
    return (outlets or candidates)[0] if candidates else None
