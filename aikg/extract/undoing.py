"""Deals a sentence names and then undoes: "Acme's planned acquisition of Zenith collapsed", "the
partnership between Acme and Zenith has been dissolved", "Acme agreed to buy Zenith, but the deal
fell through". The undoing words come after the relation's last name, where the cues that
hedging reads between the two names never look.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

# Nouns that name a deal, and so can be what collapses.
DEAL_NOUNS = frozenset(
    {
        "acquisition",
        "takeover",
        "purchase",
        "buyout",
        "sale",
        "merger",
        "deal",
        "agreement",
        "partnership",
        "alliance",
        "tie-up",
        "pact",
        "contract",
        "collaboration",
        "venture",
        "investment",
        "talks",
        "negotiations",
        "bid",
        "offer",
        "plan",
        "plans",
        "arrangement",
        "relationship",
        "subscription",  # "used Proofline for two years but cancelled its subscription"
    }
)
# Verbs that undo their subject with no object: "the deal collapsed".
COLLAPSING = frozenset(
    {"collapsed", "fizzled", "foundered", "unravelled", "unraveled", "imploded", "died", "expired", "lapsed"}
    | {"failed"}  # "Acme's bid to buy Zenith failed"
)
# Particles that, after these verbs, undo a deal: "fell through", "broke down", "came apart".
COLLAPSING_PHRASES = frozenset(
    {("fell", "through"), ("fell", "apart"), ("came", "apart"), ("broke", "down"), ("fell", "over")}
    | {("ran", "out")}  # "that contract ran out at the end of 2024"
)
# Participles that, after a form of "be", undo a deal: "was scrapped", "has been dissolved".
UNDONE = frozenset(
    {
        "scrapped",
        "abandoned",
        "dissolved",
        "terminated",
        "cancelled",
        "canceled",
        "shelved",
        "dropped",
        "blocked",
        "withdrawn",
        "killed",
        "axed",
        "ended",
        "nixed",
        "unwound",
        "rejected",
        "aborted",
        "vetoed",
        "scuttled",
        "torpedoed",
    }
)
UNDONE_PHRASES = frozenset(
    {("called", "off"), ("torn", "up"), ("wound", "down"), ("broken", "off"), ("voted", "down")}
)
PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "got", "has", "have", "had"})
ADVERBS = frozenset(
    {"later", "since", "now", "eventually", "then", "formally", "officially", "quietly", "finally", "also"}
)
# "ended" undoes its subject only with no object after it: "ended in March", "ended without a
# deal", not "ended a feud".
AFTER_INTRANSITIVE = frozenset(
    {
        "",
        ".",
        ",",
        ";",
        "in",
        "on",
        "at",
        "after",
        "last",
        "this",
        "earlier",
        "when",
        "amid",
        "following",
        "without",
    }
)
THWARTING = frozenset({"blocked", "scuttled", "thwarted", "vetoed", "scrapped", "killed", "torpedoed"})
# A timeline's or a headline's present: "Halyard terminates that contract the same week".
ENDING_NOW = frozenset({"ends", "terminates", "cancels", "dissolves", "abandons", "unwinds"})
# Verbs by which a side itself undoes "the deal" in a later clause: "but ended the deal in 2023".
ENDING = (
    THWARTING
    | ENDING_NOW
    | {"ended", "terminated", "cancelled", "canceled", "dissolved", "abandoned", "unwound"}
)
# Words that open the clause a later "but the deal collapsed" stands in.
OPENERS = frozenset({"but", "before", "until", "though", "although", "yet", "and", "then", "when", ";"})
# After "when" only the deal itself ends the relation: "between 2011 and 2024, when that contract
# lapsed" (not "..., Halliburton's unit, when its contract ran out", which may be another's).
WHEN_DETERMINERS = frozenset({"that", "the", "this"})
DEAL_DETERMINERS = frozenset({"the", "that", "this", "its", "their", "a", "any", "such"})
STOPS = frozenset({"that", "which", "who", "whose", "and", "or", "but", "while", "after", "when", "because"})
TAIL = 6  # words (an amount, a date) a deal's noun phrase may run on past its last name
ASIDE_TAIL = 8  # and the further words of one comma-bracketed aside


def undone_after(words: Sequence[str], end: int, names: Collection[int], *, deal_named: bool) -> str:
    """The words that undo a deal whose last name ends at ``end`` (indexes into ``words``, the
    sentence's lower-cased tokens; ``names`` are the indexes inside names), or "".

    ``deal_named`` says the relation was read from a deal's noun phrase ("Acme's acquisition of
    Zenith"): its own predicate may undo it. Otherwise only a later clause about "the deal" does.
    """
    if deal_named:
        k = _past_tail(words, end, names)
        if k is not None and (undoing := _undoing_predicate(words, k)):
            return undoing
    return (
        _later_clause(words, end, names)
        or _ended_in_relative(words, end, names)
        or _cashed_out(words, end, names)
        or _disowned(words, end)
        or _moved_on(words, end, names)
        or _moved_off_it(words, end, names)
        or _let_lapse(words, end)
        or _stopped_doing_so(words, end)
        or _apposed_deal_ended(words, end, names)
    )


APPOSED_DEAL_REACH = 8  # words from the relation's last name to the comma ("on an affiliate programme")


def _apposed_deal_ended(words: Sequence[str], end: int, names: Collection[int]) -> str:
    """ "partnered with Kestrel on an affiliate programme, an arrangement Kestrel terminated
    within days": an apposition that names the deal and a party ending it."""
    comma = next((k for k in range(end, min(end + APPOSED_DEAL_REACH, len(words))) if words[k] == ","), None)
    if comma is None or word_at(words, comma + 1) not in {"a", "an", "the"}:
        return ""
    k = comma + 2 + (word_at(words, comma + 3) in DEAL_NOUNS)  # "a supply contract"
    if word_at(words, k) not in DEAL_NOUNS:
        return ""
    k += 1 + (word_at(words, k + 1) in {"that", "which"})
    party = k
    while k in names or word_at(words, k) in {"it", "they", "both", "the", "two", "companies", "sides"}:
        k += 1
    return words[k] if k > party and word_at(words, k) in ENDING_BY_PARTY else ""


RELATIVE_REACH = 5  # words between "which" and its verb ("which the two companies later")


def _ended_in_relative(words: Sequence[str], end: int, names: Collection[int]) -> str:
    """ "a partnership with Zenith, which the two companies wound down last year" (or "which
    ended in 2024"): a relative clause right after the relation's last name ends what it
    refers to."""
    k = end + (word_at(words, end) == ",")
    if word_at(words, k) not in {"which", "that"}:
        return ""
    for j in range(k + 1, min(k + 1 + RELATIVE_REACH, len(words))):
        if j in names or words[j] in (",", ".", ";"):
            return ""
        if j > k + 1 and (
            (words[j] in STOPPING and word_at(words, j + 1) == "using") or words[j] in DROPPING
        ):  # "Nimbus, which it stopped using in 2024", "which the team dropped" (not "which dropped")
            return f"{words[j]} using" if words[j] in STOPPING else words[j]
        phrase = (words[j], word_at(words, j + 1)) in UNDONE_PHRASES
        if words[j] in ENDING_BY_PARTY or phrase:
            after = word_at(words, j + 1 + phrase)
            if j == k + 1 and after not in AFTER_INTRANSITIVE:
                return ""  # "Zenith, which ended a feud": the name's own doing, not the deal's end
            return f"{words[j]} {words[j + 1]}" if phrase else words[j]
    return ""


# What a holder says when it has left: "(and) no longer holds any shares", "(also) sold out".
HOLDING_VERBS = frozenset({"hold", "holds", "own", "owns", "has", "have"})
EXITS = frozenset({("sold", "out"), ("sells", "out"), ("cashed", "out"), ("cashes", "out")})
EXIT_VERBS = frozenset(verb for verb, _ in EXITS)
INCLUDED_REACH = 4  # words from "including" to the holder it names: "including the Amsterdam fund Orbit"


def _cashed_out(words: Sequence[str], end: int, names: Collection[int]) -> str:
    """ "X and Y, Zenith's backers, no longer hold any shares", "X, which had backed Zenith, also
    sold out", "Zenith's backers, including X, sold their stakes": a later predicate, with no
    other name before it (but the rest of a list the relation's last name opens), says the
    holder has left."""
    rest = words[max(0, end) :]
    if (
        "no" not in rest
        and EXIT_VERBS.isdisjoint(rest)
        and SELLING.isdisjoint(rest)
        and SWAPPED.isdisjoint(rest)
    ):
        return ""  # neither "no longer" nor "sold out" follows (most sentences)
    listing = True
    including: int | None = None
    for k in range(end, len(words)):
        joins = (words[k] == "and" and word_at(words, k - 1) != ",") or (
            words[k] == "," and word_at(words, k + 1) != "and"
        )
        # "Zenith's early backers, including (the Amsterdam fund) Orbit, sold their stakes": the
        # holders, listed, and a short description of the one named
        if words[k] == "including" and word_at(words, k - 1) == ",":
            including = k
        joins = joins or (including is not None and k - including <= INCLUDED_REACH and words[k] != ",")
        listing = listing and (k in names or joins)  # "Accel and Index, ..."; not "..., and Orbit"
        if words[k] == ";" and word_at(words, k + 1) == "it" and word_at(words, k + 2) in SELLING:
            continue  # "had bought a stake in Zenith in 2024; it sold that holding to Orbit"
        if words[k] == ";" and (given_up := _holding_given_up(words, k + 1)):
            return given_up  # "had been a small investor in Loamly; that stake was swapped for"
        if (k in names and not listing) or words[k] in (".", "?", "!", ";"):
            return ""
        if words[k] == "no" and word_at(words, k + 1) == "longer" and word_at(words, k + 2) in HOLDING_VERBS:
            return "no longer"
        if (words[k], word_at(words, k + 1)) in EXITS:
            return f"{words[k]} out"
        if words[k] in SELLING and (sold := _whole_holding(words, k + 1, names)):
            return f"{words[k]} {sold}"
    return ""


# Verbs of selling a holding, and the holdings sold: "sold its entire holding", "divested its stake".
SELLING = frozenset(
    {"sold", "sells", "sell", "selling", "divested", "divests", "offloaded", "unloaded", "exited"}
)
HOLDING_NOUNS = frozenset({"stake", "stakes", "shares", "holding", "holdings", "position", "interest"})
WHOLE = frozenset(
    {"entire", "whole", "remaining", "full", "all", "of", "its", "their", "the", "that", "this"}
)


# What a holding becomes when it is given up: "that stake was swapped for Tentwise shares".
SWAPPED = frozenset({"swapped", "exchanged", "converted", "sold", "traded"})


def _holding_given_up(words: Sequence[str], k: int) -> str:
    """ "that stake was swapped" opening at ``k`` (the holding the clause before spoke of, given
    up), or ""."""
    if word_at(words, k) not in {"that", "the", "its", "this"} or word_at(words, k + 1) not in HOLDING_NOUNS:
        return ""
    verb = word_at(words, k + 3)
    return verb if word_at(words, k + 2) in {"was", "were"} and verb in SWAPPED else ""


def _whole_holding(words: Sequence[str], k: int, names: Collection[int]) -> str:
    """The holding noun of "sold its entire holding (in a secondary sale)" opening at ``k``, or ""
    when the stake sold is named as another's ("sold its shares in Orbit")."""
    if word_at(words, k) not in {"its", "their", "all", "that", "this"}:
        return ""
    while word_at(words, k) in WHOLE:
        k += 1
    if word_at(words, k) not in HOLDING_NOUNS:
        return ""
    if word_at(words, k + 1) in {"in", "of"} and (k + 2 in names or k + 3 in names):
        return ""
    return words[k]


def _past_tail(words: Sequence[str], end: int, names: Collection[int]) -> int | None:
    """Where the predicate of a deal's noun phrase ending at ``end`` starts, past a short tail
    ("for $2 billion", "last year") or one comma-bracketed aside; None where a clause begins."""
    k = end
    aside = had_aside = False
    while k < len(words) and k - end <= TAIL + (ASIDE_TAIL if had_aside else 0):
        word = words[k]
        if word in (".", ";", ":", "?", "!") or (not aside and (word in STOPS or k in names)):
            return None  # an aside may name others: ", signed in 2024 to supply Zenith's feed,"
        if word == ",":
            aside = not aside
            had_aside = True
        elif not aside and _predicate_opens(words, k):
            return k
        k += 1
    return None


def _predicate_opens(words: Sequence[str], k: int) -> bool:
    """Whether a verb group may start at ``k`` ("was", "has since", "collapsed", "fell through")."""
    word = words[k]
    return (
        word in PASSIVE_AUX
        or word in ADVERBS
        or word in COLLAPSING
        or word == "ended"
        or (word, word_at(words, k + 1)) in COLLAPSING_PHRASES
    )


def _undoing_predicate(words: Sequence[str], k: int) -> str:
    """The undoing predicate starting at ``k`` ("has since been scrapped", "collapsed"), or ""."""
    while (
        word_at(words, k) in PASSIVE_AUX or word_at(words, k) in ADVERBS or word_at(words, k).endswith("ly")
    ):
        k += 1
    passive = word_at(words, k - 1) in {"was", "were", "is", "are", "been", "got"}
    word, nxt = word_at(words, k), word_at(words, k + 1)
    if word == "failed" and nxt == "to":
        return ""  # "the deal failed to impress investors": it still stands
    if word in COLLAPSING or (word, nxt) in COLLAPSING_PHRASES:
        return f"{word} {nxt}" if (word, nxt) in COLLAPSING_PHRASES else word
    if word == "ended" and (passive or nxt in AFTER_INTRANSITIVE):
        return word
    if passive and (word in UNDONE or (word, nxt) in UNDONE_PHRASES):
        return f"{word} {nxt}" if (word, nxt) in UNDONE_PHRASES else word
    if word == "off" and word_at(words, k - 1) in {"is", "was", "are", "were"} and nxt not in {"to", "and"}:
        return word  # "the deal to buy Zenith is off" (not "is off to a strong start")
    return ""


def _later_clause(words: Sequence[str], end: int, names: Collection[int]) -> str:
    """ "..., but the deal collapsed", "... before regulators blocked the deal": a later clause of
    the sentence undoes the deal it refers back to (no other name between)."""
    if OPENERS.isdisjoint(words[max(0, end) :]):
        return ""  # no later clause opens (most sentences)
    crossed = False  # other names stand between: only "the deal" ended by a party still refers back
    for k in range(past_apposition(words, end), len(words)):
        if words[k] in (".", "?", "!"):
            return ""
        if k in names:
            crossed = True
            continue
        if words[k] not in OPENERS or (words[k] == "and" and word_at(words, k - 1) != ","):
            continue
        if crossed:
            return _party_ends_the_deal(words, k + 1, names)
        j = k + 1
        if words[k] == "when":
            if word_at(words, j) in WHEN_DETERMINERS and word_at(words, j + 1) in DEAL_NOUNS:
                return _undoing_predicate(words, j + 2)
            continue
        if word_at(words, j) in DEAL_DETERMINERS and word_at(words, j + 1) in DEAL_NOUNS:
            return _undoing_predicate(words, j + 2)
        if dropped := _dropped_it(words, _past_speech(words, j)):
            return dropped
        if parted := _parted(words, j):
            return parted
        if withdrew := _withdrew(words, j):
            return withdrew
        if lapsed := _not_renewed(words, j):
            return lapsed
        verb = j
        while verb in names and verb < j + 6:  # "but Qualcomm ended the arrangement": a party ends it
            verb += 1
        named = verb > j
        if named and word_at(words, verb) in DROPPING and _taken_back(words, verb + 1):
            return words[verb]  # "Petrel used Jetson Orin modules, but Skerry dropped them"
        if named and (stopped := _stopped_using(words, verb)):
            return stopped  # "relied on Google's Gemini models, but Perfuse stopped using them"
        for t in range(
            verb, min(verb + 3, len(words))
        ):  # "but regulators blocked the deal", "but ended the deal"
            if t in names:
                return ""
            deal = word_at(words, t + 1) in DEAL_DETERMINERS and word_at(words, t + 2) in DEAL_NOUNS
            if words[t] in ENDING and deal and (not named or words[t] in ENDING_BY_PARTY):
                return words[t]
            if words[t] in ENDING_BY_PARTY and word_at(words, t + 1) == "it":
                return words[t]  # "ran a pilot with Toyota in 2024, but Toyota ended it after six months"
        return ""
    return ""


# Tokens of an apposition, hyphens counted (", a small Malta-based odds-comparison site,").
APPOSITION_REACH = 14


def past_apposition(words: Sequence[str], end: int) -> int:
    """Past an apposition that describes the name ending at ``end`` (", an Oslo-based rival to
    Tidewise,"): the names inside it are no later party."""
    if word_at(words, end) != "," or word_at(words, end + 1) not in {"a", "an", "the"}:
        return end
    closing = next(
        (k for k in range(end + 2, min(end + APPOSITION_REACH, len(words))) if words[k] in {",", ";", "."}),
        None,
    )
    return closing + 1 if closing is not None and words[closing] == "," else end


def _party_ends_the_deal(words: Sequence[str], j: int, names: Collection[int]) -> str:
    """ "(but) Qualcomm ended the arrangement" from ``j``: a named party ends "the" deal, the one
    the clause before stated, even past other names ("a partnership with Qualcomm to tune
    Wicklight for Qualcomm's accelerators, but Qualcomm ended the arrangement")."""
    verb = j
    while verb in names and verb < j + 6:
        verb += 1
    if verb == j or word_at(words, verb) not in ENDING_BY_PARTY:
        return ""
    if word_at(words, verb + 1) not in {"the", "that", "this"} or word_at(words, verb + 2) not in DEAL_NOUNS:
        return ""
    return "" if word_at(words, verb + 3) in {"with", "between"} else words[verb]


# What a party says when the sentence's earlier words reported a plan it denies: "..., and Acme
# says it has no such plans", "...; Acme denied it".
NO_SUCH = frozenset(
    {"plans", "plan", "intention", "intentions", "talks", "deal", "investment", "agreement"}
    | {"discussions", "negotiations", "offer"}
)
SAYS = frozenset({"says", "said", "say"})
DENYING = frozenset({"denies", "denied", "deny"})
DENIED_NOUNS = frozenset({"report", "reports", "claim", "claims", "rumour", "rumours"})


def _disowned(words: Sequence[str], end: int) -> str:
    """A later clause in which someone says there is no such plan ("and Alibaba says it has no
    such plans") or denies "it" or "the report": what came before was only a claim."""
    if "no" not in words[end:] and DENYING.isdisjoint(words[end:]):
        return ""  # most sentences
    for k in range(max(end, 1), len(words) - 1):
        if words[k] in DENYING and (
            words[k + 1] in {"it", "this", "that", "them"}
            or (words[k + 1] == "the" and word_at(words, k + 2) in DENIED_NOUNS)
        ):
            return words[k]
        # "the institute said no such discussions had taken place"
        if (
            words[k] == "no"
            and word_at(words, k - 1) in SAYS
            and word_at(words, k + 1) == "such"
            and word_at(words, k + 2) in NO_SUCH
        ):
            return "no such " + words[k + 2]
        if words[k] != "no" or word_at(words, k - 1) not in {"has", "have", "had"}:
            continue
        if word_at(words, k - 2) not in {"it", "they"} or word_at(words, k - 3) not in SAYS:
            continue
        if word_at(words, k + 1) == "such" and word_at(words, k + 2) in NO_SUCH:
            return "no such " + words[k + 2]
        if word_at(words, k + 1) in {"plans", "plan"} and word_at(words, k + 2) in {"", ".", ",", ";"}:
            return "no plans"
    return ""


# A later move away from what the sentence named: "ran on Google Cloud ... before moving to Azure"
# (the forms that follow "before" or "until"; hedging's MOVING has every form of the verbs).
MOVE_OPENERS = frozenset({"before", "until", "then"})
TAKEN_BACK = frozenset({"that", "those", "it", "them", "this"})
MADE_THINGS = frozenset({"design", "designs", "production", "manufacturing"})
HOLDERS = frozenset({"its", "their", "our"})
MOVE_REACH = 7  # words from the verb to "to" ("moved the whole training stack over to")
MOVING_ON = frozenset(
    {"moving", "moved", "switching", "switched", "migrating", "migrated", "shifting", "shifted"}
)


# A move told as a noun: "but completed a migration to Azure in August".
MOVE_NOUNS = frozenset({"migration", "move", "switch", "shift", "transition"})
MOVE_DONE = frozenset({"completed", "finished", "made", "began", "started"})
# Words that tell a relation as what held before: "previously hosted its systems on X but ...".
EARLIER = frozenset({"previously", "formerly", "originally", "initially", "earlier"})
# A time between the opener and the move: "but this year it shifted its workload to Vayu".
MOVE_TIMES = frozenset(
    {"this", "last", "that", "year", "month", "week", "quarter", "spring", "summer", "autumn", "winter", "it"}
)
MOVE_TIME_REACH = 4


def _moved_on(words: Sequence[str], end: int, names: Collection[int]) -> str:
    """The verb of a later "before moving (its work) to Azure": the subject left what the
    relation ending at ``end`` names for another name after "to" (a name: "before moving to
    New York" is no change of supplier). After "previously", "but" opens the move too:
    "previously hosted its systems on X but completed a migration to Azure"."""
    if MOVING_ON.isdisjoint(words[end:]) and MOVE_NOUNS.isdisjoint(words[end:]):
        return ""  # most sentences
    openers = MOVE_OPENERS | ({"but"} if _told_as_earlier(words[:end]) else set())
    for k in range(end, len(words) - 2):
        # "rented Oracle capacity ... but moved that work to": the move takes back what was told
        # ("but moved the design to TSMC", "but moved production to": what a foundry made), also
        # when a party moves it ("was built on GPT-4o, but Listwell moved it to Claude")
        mover = k + 1
        while words[k] == "but" and mover in names and mover < k + 6:
            mover += 1
        made = word_at(words, mover + 1 + (word_at(words, mover + 1) in {"the", "its"})) in MADE_THINGS
        taken_back = (
            words[k] == "but"
            and word_at(words, mover) in MOVING_ON
            and (
                word_at(words, mover + 1) in TAKEN_BACK
                or made
                or _the_work(words, mover + 1)
                or (mover == k + 1 and word_at(words, mover + 1) in MOVED_OUTRIGHT)
            )
        )
        if words[k] not in openers and not taken_back:
            continue
        if mover > k + 1 and (taken_back or word_at(words, mover) in MOVING_ON):
            # ("originally ran on GPT-4o mini, but Cubby switched to Cohere": a party moves)
            return _moved_to_name(words, mover, names, speaker=True)
        # "before moving", "then later moved", "before and moved" ("were on X before and moved")
        j = k + 1 + (words[k + 1] in {"later", "eventually", "finally", "and"} or words[k + 1] == "it")
        if words[k] == "but" and word_at(words, j) in MOVE_TIMES:
            time = j
            while time < min(j + MOVE_TIME_REACH, len(words)) and words[time] in MOVE_TIMES:
                time += 1
            j = time if word_at(words, time) in MOVING_ON else j
        if word_at(words, j) in MOVING_ON:
            return _moved_to_name(words, j, names, speaker=True)
        j += word_at(words, j) in MOVE_DONE
        j += word_at(words, j) in DEAL_DETERMINERS
        if word_at(words, j) in MOVE_NOUNS:
            return _moved_to_name(words, j, names)
    return ""


def _told_as_earlier(words: Sequence[str]) -> bool:
    """Whether the words tell the relation as what held before ("previously hosted ...", "had
    at one point used ...", "built its first version on ...")."""
    return not EARLIER.isdisjoint(words) or any(
        words[k : k + 3] == ["at", "one", "point"] or words[k + 1 : k + 2] == ["first"]
        for k, w in enumerate(words)
        if w in {"at", "its", "their"}
    )


# Nouns for the work a relation carried, which a later move takes elsewhere: "but moved the work to".
MOVED_WORK = frozenset({"work", "workload", "workloads", "project", "pilot", "stack", "service", "model"})
# What follows a move with no object: the subject moved everything ("..., but switched in January
# to Lambda").
MOVED_OUTRIGHT = frozenset({"to", "over", "in", "last", "this", "later"})


def _the_work(words: Sequence[str], k: int) -> bool:
    """Whether "the work" (or "the pilot", "the workloads") stands at ``k``."""
    return word_at(words, k) == "the" and word_at(words, k + 1) in MOVED_WORK


# Verbs of a later clause that leave what the relation named: "but moved off that service".
LEAVING_VERBS = frozenset({"left", "leaving", "quit", "abandoned"})  # take what they leave directly
MOVING_OFF = MOVING_ON | {"move", "migrate"} | LEAVING_VERBS
LEFT_THINGS = frozenset({"service", "platform", "cloud", "provider", "supplier", "vendor", "company", "host"})
LEFT_THINGS |= {word + "s" for word in LEFT_THINGS}
OFF_REACH = 6  # words from the verb to "off" ("moved all of its workloads off")


def _moved_off_it(words: Sequence[str], end: int, names: Collection[int]) -> str:
    """The verb of a later "but moved off that service" or "before leaving it": the subject left
    what the relation ending at ``end`` named, referred back to by "it" or "that service"."""
    if MOVING_OFF.isdisjoint(words[end:]):
        return ""  # most sentences
    for k in range(end, len(words) - 2):
        if k in names:
            return ""
        if words[k] not in MOVE_OPENERS | {"but", "and"}:
            continue
        verb = k + 1 + (words[k + 1] in {"later", "eventually", "then", "soon", "has", "had"})
        if word_at(words, verb) not in MOVING_OFF:
            continue
        left = verb + 1
        if words[verb] not in LEAVING_VERBS:
            left = next((t + 1 for t in range(verb + 1, verb + OFF_REACH) if word_at(words, t) == "off"), 0)
            left += word_at(words, left) == "of"
        if left and (
            word_at(words, left) in {"it", "them"}
            or (word_at(words, left) in {"that", "this", "the"} and word_at(words, left + 1) in LEFT_THINGS)
        ):
            return words[verb]
    return ""


def _moved_to_name(words: Sequence[str], verb: int, names: Collection[int], *, speaker: bool = False) -> str:
    """The move verb at ``verb`` when "to" and a name follow it before any other name ("moved
    its workloads to Azure"; with ``speaker``, "moved the stack over to us" too), or ""."""
    for t in range(verb + 1, min(verb + MOVE_REACH, len(words) - 1)):
        if words[t] in {"to", "onto"}:
            own = words[t + 1] in HOLDERS and word_at(words, t + 2) == "own"  # "to its own supercomputer"
            return words[verb] if t + 1 in names or own or (speaker and words[t + 1] in {"us", "our"}) else ""
        if t in names:
            return ""
    return ""


def left_after_aside(words: Sequence[str], end: int, names: Collection[int]) -> str:
    """The verb of "X, one of our first customers, moved its workloads to Azure": the clause
    after an apposition ending at ``end`` says its subject went elsewhere (a name after "to")."""
    k = next((k for k in range(end, end + ASIDE_RUN_ON + 1) if word_at(words, k) in {",", ""}), end)
    if word_at(words, k) != "," or any(i in names for i in range(end, k)):
        return ""
    holder = k + 1  # "Its largest customer, the insurer Fennick Mutual, switched to": past the holder
    while holder < k + HOLDER_REACH and holder not in names and word_at(words, holder).isalpha():
        holder += 1
    if holder in names:
        while holder in names:
            holder += 1
        k = holder if word_at(words, holder) == "," else k
    if word_at(words, k + 1) in ENDING_BY_PARTY and _ends_the_deal(words, k + 1):
        return words[k + 1]  # "Orla, a Telvanta client since 2019, terminated the arrangement"
    if word_at(words, k + 1) in STOPPING and word_at(words, k + 2) == "using":
        # "Moderna, one of its first clients, stopped using Folio in 2024"
        return f"{words[k + 1]} using" if k + 3 in names or word_at(words, k + 3) in HOLDERS else ""
    return _moved_to_name(words, k + 1, names) if word_at(words, k + 1) in MOVING_ON else ""


ASIDE_RUN_ON = 3  # words an apposition may run on past its relation: "a Telvanta client since 2019"
HOLDER_REACH = 4  # words of a description before a role's holder: ", the insurer Fennick Mutual,"


def _ends_the_deal(words: Sequence[str], k: int) -> bool:
    """Whether the verb at ``k`` ends "the deal" itself ("terminated the arrangement in
    October"), not another one ("ended its partnership with Orbit")."""
    return (
        word_at(words, k + 1) in DEAL_DETERMINERS
        and word_at(words, k + 2) in ENDED_NOUNS
        and word_at(words, k + 3) not in {"with", "between", "to", "for"}
    )


DEAL_OWNERS = frozenset({"a", "an", "the", "its", "their", "our"})


def ended_deal_subject(words: Sequence[str]) -> str:
    """The verb ending the deal a sentence opens with: "A contract with Inflection AI, which was
    a 12% customer in 2023, was terminated in 2024" (what the sentence says of the deal's
    party, in its aside, ended with it), or ""."""
    if word_at(words, 0) not in DEAL_OWNERS:
        return ""
    k = 1
    while (
        k < 6
        and word_at(words, k) not in DEAL_NOUNS
        and (word_at(words, k).isalpha() or word_at(words, k) == "-")
    ):
        k += 1  # "a two-year supply contract with"
    if word_at(words, k) not in DEAL_NOUNS or word_at(words, k + 1) != "with":
        return ""
    aside = False
    for t in range(k + 2, len(words) - 1):
        if words[t] == ",":
            aside = not aside
        elif not aside and words[t] in {"was", "were", "been"}:
            j = t + 1 + (words[t + 1] in ADVERBS)
            return word_at(words, j) if word_at(words, j) in ENDING else ""
    return ""


# Of ``ENDING``, what a party to a deal does to end it ("Qualcomm ended the arrangement"); a named
# outsider that "blocked the deal" may be a regulator, and is read only unnamed.
ENDING_BY_PARTY = frozenset(
    {"ended", "terminated", "cancelled", "canceled", "dissolved", "abandoned", "unwound"} | ENDING_NOW
)

# Verbs that, with "it" or "them" after them, give up what the clause before named: "Acme used
# Quill, but dropped it", "... before replacing them".
DROPPING = frozenset(
    {"dropped", "ditched", "abandoned", "dumped", "scrapped", "replaced", "replacing", "dropping", "ditching"}
)


STOPPING = frozenset({"stopped", "quit", "ceased"})
# The subject of a clause that gives up what the clause before named: "(but) it (later)",
# "the company has", "we".
CLAUSE_SUBJECTS = frozenset({"it", "they", "we", "has", "have", "had"})
SUBJECT_NOUNS = frozenset({"company", "firm", "startup", "group", "lab", "team"})


SPEECH_REACH = 6  # words of a speaker before the verb: "co-founder Leah Okafor said"
SPEAKING = SAYS | {"added", "explained", "confirmed", "conceded", "acknowledged"}


def _past_speech(words: Sequence[str], j: int) -> int:
    """Where the clause a speaker reports starts, when one opens at ``j`` ("but co-founder Leah
    Okafor said (that) the team dropped it"); else ``j``."""
    for k in range(j, min(j + SPEECH_REACH, len(words))):
        if words[k] in SPEAKING:
            return k + 2 if word_at(words, k + 1) == "that" else k + 1
        if words[k] in {",", ".", ";", ":"}:
            break
    return j


def _past_subject(words: Sequence[str], j: int) -> int:
    """Where the verb of a clause opening at ``j`` starts, past "it", "the company" and adverbs."""
    k = j + 2 if word_at(words, j) == "the" and word_at(words, j + 1) in SUBJECT_NOUNS else j
    while k < j + 4 and (word_at(words, k) in CLAUSE_SUBJECTS or word_at(words, k) in ADVERBS):
        k += 1
    return k


DOING_SO_REACH = 8  # words from the relation's end to "but stopped": "for its first-generation part"


def _stopped_doing_so(words: Sequence[str], end: int) -> str:
    """The verb of a later "but stopped doing so" that ends what the clause before told
    ("sourced memory from Samsung for its first part but stopped doing so in 2025")."""
    for k in range(end, min(end + DOING_SO_REACH, len(words) - 3)):
        if words[k] in {".", ";"}:
            return ""
        if (
            words[k] in {"but", "and"}
            and words[k + 1] in STOPPING
            and words[k + 2] == "doing"
            and words[k + 3] in {"so", "that", "it"}
        ):
            return words[k + 1]
    return ""


def _dropped_it(words: Sequence[str], j: int) -> str:
    """ "(but) (the company) (later) dropped it" from ``j``: the verb that gives the earlier
    object up, or ""."""
    k = _past_subject(words, j)
    if stopped := _stopped_using(words, k):
        return stopped  # "but we stopped using it in March", "... that system"
    if word_at(words, k) in SWITCHING_OFF and _off_after(words, k + 1):
        return f"{words[k]} off"  # "but switched the pilot off after six weeks"
    if word_at(words, k) in RETIRING and word_at(words, k + 1) in {"that", "those"}:
        return words[k]  # "ran inference on Spark, but has retired that fleet": what it ran is gone
    return word_at(words, k) if word_at(words, k) in DROPPING and _taken_back(words, k + 1) else ""


def _stopped_using(words: Sequence[str], k: int) -> str:
    """ "stopped using it" at ``k``, what the clause before used given up, or ""."""
    if word_at(words, k) in STOPPING and word_at(words, k + 1) == "using" and _taken_back(words, k + 2):
        return f"{words[k]} using"
    return ""


def _taken_back(words: Sequence[str], k: int) -> bool:
    """Whether what a dropping verb gives up at ``k`` is the earlier object: "it", "them", or
    "that part", "those chips"."""
    word = word_at(words, k)
    if word == "the":  # "but stopped using the service in 2024"
        noun = k + 1
        if word_at(words, noun) not in REFERRING_NOUNS and word_at(words, noun + 1) in REFERRING_NOUNS:
            noun += 1  # "the American model": past one adjective
        return word_at(words, noun) in REFERRING_NOUNS and word_at(words, noun + 1) != "of"
    return word in {"it", "them"} or (word in {"that", "those"} and word_at(words, k + 1).isalpha())


# What "the ..." names when it refers back to the product, model or service just told of.
REFERRING_NOUNS = frozenset(
    {"service", "platform", "model", "models", "system", "tool", "software", "chips", "cloud", "product"}
)


# Verbs that, with "that" or "those" after them, take out of service what the clause before ran.
RETIRING = frozenset({"retired", "decommissioned", "mothballed", "unplugged", "dismantled", "scrapped"})


SWITCHING_OFF = frozenset({"switched", "shut", "turned"})


def _off_after(words: Sequence[str], k: int) -> bool:
    """Whether "off" ends the short object opening at ``k`` ("it off", "the pilot off")."""
    if word_at(words, k) in {"it", "them"}:
        return word_at(words, k + 1) == "off"
    return word_at(words, k) in {"the", "its", "that"} and "off" in (
        word_at(words, k + 2),
        word_at(words, k + 3),
    )


# A side leaving with no object: "(but) walked away over the price", "(but later) pulled out".
WITHDRAWING = frozenset(
    {("walked", "away"), ("walks", "away"), ("pulled", "out"), ("pulls", "out")}
    | {("backed", "out"), ("backs", "out"), ("bowed", "out"), ("bows", "out")}
)


def _withdrew(words: Sequence[str], j: int) -> str:
    """ "(but) (it) (later) walked away" from ``j``: the side gave the deal up, or "". Not
    "walked away with" or "pulled out of the market" (something else left)."""
    k = _past_subject(words, j)
    word, nxt = word_at(words, k), word_at(words, k + 1)
    if (word, nxt) not in WITHDRAWING or word_at(words, k + 2) in {"with", "of", "from"}:
        return ""
    return f"{word} {nxt}"


RENEWING = frozenset({"renew", "extend", "renewed", "extended"})
NOT = frozenset({"not", "n't", "never"})


def _not_renewed(words: Sequence[str], j: int) -> str:
    """ "(but) (it) did not renew", "(but) never renewed", "(but) declined to renew" from
    ``j``: what the clause before told of ran out, or ""."""
    k = _past_subject(words, j)
    word = word_at(words, k)
    if word in {"did", "would", "could"} and word_at(words, k + 1) in NOT:
        k += 2
    elif word == "never" or (
        word in {"declined", "chose", "opted", "decided"} and word_at(words, k + 1) == "not"
    ):
        k += 1 + (word != "never")
    elif word == "declined" and word_at(words, k + 1) == "to":
        k += 2
    else:
        return ""
    k += word_at(words, k) == "to"  # "chose not to renew"
    return "not renewed" if word_at(words, k) in RENEWING else ""


def _let_lapse(words: Sequence[str], end: int) -> str:
    """ "allowed a co-selling agreement with Zenith to lapse", "let its contract with Zenith
    expire": a side let the deal named before ``end`` run out."""
    k = end + (word_at(words, end) == "to")
    if word_at(words, k) in {"lapse", "expire"}:
        return words[k] if not LETTING.isdisjoint(words[:end]) else ""
    for j in range(end, min(end + LAPSE_REACH, len(words) - 3)):  # "... but let that pilot lapse"
        if words[j] in {";", ".", "which", "who"}:
            return ""
        if words[j] in LETTING and words[j + 1] in DEAL_DETERMINERS and words[j + 2] in DEAL_NOUNS | TRIALS:
            k = j + 3 + (words[j + 3] == "to")
            if word_at(words, k) in {"lapse", "expire"}:
                return words[k]
    return ""


LETTING = frozenset({"allowed", "let", "allows", "lets"})
TRIALS = frozenset({"pilot", "trial"})  # what a side lets lapse: "let that pilot lapse in January"
LAPSE_REACH = 14  # from the relation's last name to "let": "on a 30-tower pilot in Alberta in 2023 but let"


# Subjects that stand for both sides of a deal: "they", "the two companies", "both firms".
BOTH_SIDES = frozenset({"they", "the", "two", "both", "companies", "firms", "sides", "groups", "partners"})
PARTING = frozenset({("parted", "ways"), ("cut", "ties"), ("went", "separate"), ("split", "up")})


def _parted(words: Sequence[str], j: int) -> str:
    """ "(but) they (later) parted ways", "the two companies split": both sides leave the deal."""
    k = j
    while k < j + 3 and word_at(words, k) in BOTH_SIDES:
        k += 1
    if k == j or (
        word_at(words, j) != "they" and word_at(words, k - 1) not in BOTH_SIDES - {"the", "two", "both"}
    ):
        return ""  # "they" or a plural noun for the two sides must come first
    while word_at(words, k) in PASSIVE_AUX or word_at(words, k) in ADVERBS:
        k += 1
    word, nxt = word_at(words, k), word_at(words, k + 1)
    if (word, nxt) in PARTING or (word == "went" and nxt == "their"):
        return f"{word} {nxt}"
    return word if word == "split" and nxt in AFTER_INTRANSITIVE else ""


def may_undo_previous(words: Sequence[str]) -> bool:
    """Whether a sentence of lower-cased ``words`` can undo the one before (what
    ``undoes_previous`` reads opens with one of a few words, or has a party end the deal): most
    sentences are ruled out here, before their names are gathered."""
    return bool(words) and (
        words[0] in _PREVIOUS_OPENERS
        or not ENDING_BY_PARTY.isdisjoint(words)
        or "evidence" in words[:EVIDENCE_REACH]
        or "never" in words
    )


def undoes_previous(words: Sequence[str], names: Collection[int]) -> str:
    """What a sentence opening "The deal collapsed in May." or "The two companies later parted
    ways." says undid the deal the sentence before it stated, or "" (``words`` lower-cased)."""
    k = (
        2
        if word_at(words, 0) in {"but", "however"} and word_at(words, 1) == ","
        else int(word_at(words, 0) == "but")
    )
    if word_at(words, k) in DEAL_DETERMINERS - {"a", "any", "such"}:
        for t in range(k + 1, k + 4):
            if t in names or word_at(words, t) in (".", ",", ""):
                break
            if word_at(words, t) in DEAL_NOUNS:
                return _undoing_predicate(words, t + 1)
    return (
        _parted(words, k)
        or _since_replaced(words, k)
        or _party_ended(words, names)
        or _no_evidence(words)
        or _never_so(words)
        or _called_false(words, k)
    )


FALSE_WORDS = frozenset({"false", "untrue", "incorrect", "inaccurate", "wrong", "baseless", "unfounded"})
CLAIM_WORDS = DENIED_NOUNS | {"story", "allegation", "suggestion", "statement"}


def _called_false(words: Sequence[str], k: int) -> str:
    """ "This is false.", "That claim is simply untrue.", "That was true until 2025.": the writer
    or a party says what the sentence before reported is not so, or no longer."""
    k += word_at(words, k) in {"this", "that", "the"} and word_at(words, k + 1) in CLAIM_WORDS
    if word_at(words, k) not in REFERRING and word_at(words, k) not in CLAIM_WORDS:
        return ""
    k += 1 + (word_at(words, k + 1) in {"is", "was"})
    if word_at(words, k - 1) not in {"is", "was"}:
        return ""
    k += word_at(words, k).endswith("ly")  # "simply", "entirely"
    verdict = word_at(words, k) if word_at(words, k) in FALSE_WORDS else ""
    if word_at(words, k) == "not" and word_at(words, k + 1) in {"true", "correct", "accurate"}:
        verdict, k = "not " + words[k + 1], k + 1
    if (word_at(words, k), word_at(words, k + 1)) == ("true", "until"):
        return "true until"  # "That was true until early 2025.": no longer so
    return verdict if verdict and word_at(words, k + 1) in {"", ".", ",", ";", "!"} else ""


# What a party says it never did or was: "has never been engaged by", "had never worked with".
NEVER_DONE = frozenset({"been", "worked", "engaged", "hired", "used", "done", "had", "invested", "supplied"})
NEVER_REACH = 12  # words before "said it has never" ("The firm, a Washington shop, said it")


def _never_so(words: Sequence[str]) -> str:
    """ "The firm said it \"has never been engaged by xAI,\"": a party says what the sentence
    before reported never happened."""
    for k in range(2, min(len(words) - 1, NEVER_REACH + 4)):
        if words[k] != "never" or words[k - 1] not in {"has", "have", "had"}:
            continue
        if words[k + 1] in NEVER_DONE and not SAYS.isdisjoint(words[: k - 1]):
            return "never"
    return ""


EVIDENCE_REACH = 6  # words before "evidence" in "We found no evidence of this"
REFERRING = frozenset({"this", "that", "it", "these", "those"})


def _no_evidence(words: Sequence[str]) -> str:
    """ "We found no evidence of this.", "There is no evidence for that claim.": the writer or a
    party finds nothing behind what the sentence before reported, which then is not so."""
    if "evidence" not in words[:EVIDENCE_REACH]:
        return ""
    k = list(words).index("evidence")
    if word_at(words, k - 1) != "no" or word_at(words, k + 1) not in {"of", "for"}:
        return ""
    what = word_at(words, k + 2)
    if what in REFERRING or (what == "the" and word_at(words, k + 3) in DENIED_NOUNS):
        return "no evidence"
    return ""


# What a party may end besides a deal: "Parlance ended the licence in 2024".
ENDED_NOUNS = DEAL_NOUNS | {"licence", "license", "lease", "subscription"}
OPENING_REACH = 8  # words of an opening phrase closed by a comma


def _party_ended(words: Sequence[str], names: Collection[int]) -> str:
    """ "(According to the complaint,) Parlance ended the arrangement in early 2024": a named
    party ends the deal the sentence before stated. The deal is the one meant only when the
    noun phrase stops there ("ended its partnership with Orbit" is another deal)."""
    k = 0
    if "," in words[:OPENING_REACH]:  # an opening phrase: "According to the complaint,", "In May,"
        k = list(words).index(",") + 1
        if any(i in names for i in range(k)):
            return ""
    if k not in names:
        return ""
    while k in names:
        k += 1
    k += word_at(words, k) in ADVERBS
    verb = word_at(words, k)
    return verb if verb in ENDING_BY_PARTY and _ends_the_deal(words, k) else ""


# "The company has since replaced it", "It later dropped them": the subject let the thing go.
SINCE = frozenset({"since", "later", "subsequently", "then"})
LETTING_GO = frozenset(
    {"replaced", "dropped", "abandoned", "ditched", "swapped", "scrapped", "stopped", "retired"}
)


def _since_replaced(words: Sequence[str], j: int) -> str:
    """ "The company has since replaced it with a model of its own", "It later dropped them": what
    the sentence before said the subject used or ran on, it has let go of since."""
    k = j + (word_at(words, j) == "the") + (word_at(words, j) in {"the", "it", "they"})
    if word_at(words, k - 1) not in {"company", "firm", "startup", "lab", "it", "they"}:
        return ""
    k += word_at(words, k) in {"has", "have", "had"}
    if word_at(words, k) not in SINCE or word_at(words, k + 1) not in LETTING_GO:
        return ""
    return f"{words[k]} {words[k + 1]}" if word_at(words, k + 2) in {"it", "them"} else ""


_PREVIOUS_OPENERS = frozenset({"but", "however", "it"}) | DEAL_DETERMINERS | BOTH_SIDES

# A sentence told in the past of what ran on or used something ("Sous ran on Gemini."), which a
# next sentence's switch ends ("We switched to OpenAI in October."); not "now" or "still".
USED_IN_PAST = frozenset({"ran", "used", "relied", "depended", "was", "were"})
STILL_NOW = frozenset({"now", "still", "today", "currently", "also"})
SWITCHERS = frozenset({"we", "it", "they"})
SWITCHED = frozenset({"switched", "moved", "migrated"})
SWITCH_REACH = 4  # words from "to" to the name switched to: "switched to Anthropic's Claude"


def told_in_past(words: Sequence[str]) -> bool:
    """Whether a sentence of lower-cased ``words`` tells of a use in the past tense only."""
    return not USED_IN_PAST.isdisjoint(words) and STILL_NOW.isdisjoint(words)


BREACH_WORDS = frozenset({"breach", "breached", "breaching", "violate", "violated", "violation", "infringe"})
BREACH_DENIAL_REACH = 10  # words from "not" to "breach": "does not consider Fennick Labs to be in breach"


def breach_denied(words: Sequence[str]) -> str:
    """ "Meta said it does not consider Fennick to be in breach.", "Zenith said Acme had not
    violated its terms.": a denial of the breach the sentence before told of, or ""."""
    for k, word in enumerate(words):
        if word not in BREACH_WORDS:
            continue
        for j in range(k - 1, max(-1, k - 1 - BREACH_DENIAL_REACH), -1):
            if words[j] in {",", ";", "but", "although", "though"}:
                break
            if words[j] in {"not", "n't", "never", "no"}:
                return "not in breach"
    return ""


def switched_away(words: Sequence[str], names: Collection[int]) -> str:
    """ "We switched to OpenAI in October.", "It later moved to Anthropic's Claude.": the
    speaker or the party before switched to another named supplier, which ends the use the
    sentence before told of in the past. Not "It moved its headquarters to Austin" (no name)."""
    k = 0
    if word_at(words, 0) in {"the", "that"} and word_at(words, 1) in {
        "company",
        "firm",
        "team",
        "startup",
        "app",
    }:
        k = 2
    elif word_at(words, 0) in SWITCHERS:
        k = 1
    else:
        return ""
    while word_at(words, k) in ADVERBS or word_at(words, k) in {"has", "have", "had"}:
        k += 1
    if word_at(words, k) not in SWITCHED:
        return ""
    verb = words[k]
    to = next((j for j in range(k + 1, k + 6) if word_at(words, j) in {"to", "onto"}), None)
    if to is None or not any(j in names for j in range(to + 1, to + 1 + SWITCH_REACH)):
        return ""
    return verb


# An account shut by its provider: "it has shut down Glowstar's API access", "cut off its
# account", "suspended Acme's access".
CUTTING_OFF = (("shut", "down"), ("cut", "off"), ("suspended",), ("revoked",), ("terminated",), ("closed",))
ACCESS_NOUNS = frozenset({"access", "account", "accounts", "key", "keys"})
ACCESS_REACH = 5  # words from the verb to "access": "shut down Glowstar's API access"


def cut_off_access(words: Sequence[str], names: Collection[int]) -> str:
    """ "OpenAI confirmed that it has shut down Glowstar's API access.": a provider ended a named
    party's access, which ends the use the sentence before told of in the past; or ""."""
    if ACCESS_NOUNS.isdisjoint(words):
        return ""  # most sentences
    for k in range(len(words)):
        cut = next((c for c in CUTTING_OFF if tuple(words[k : k + len(c)]) == c), None)
        if cut is None:
            continue
        after = range(k + len(cut), min(len(words), k + len(cut) + ACCESS_REACH))
        if any(j in names for j in after) and any(words[j] in ACCESS_NOUNS for j in after):
            return " ".join(cut)
    return ""


def word_at(words: Sequence[str], k: int) -> str:
    """The word at ``k``, or "" outside ``words`` (the scans here look past both ends)."""
    return words[k] if 0 <= k < len(words) else ""


def ends_deal(cue: str) -> bool:
    """Whether ``cue``, the word an assessment negated a relation by, says the deal died
    ("blocked", "collapsed", "called off"), not that it was denied or never meant."""
    words = tuple(cue.split())
    return (
        cue in THWARTING
        or cue in COLLAPSING
        or cue in UNDONE
        or words in COLLAPSING_PHRASES
        or words in UNDONE_PHRASES
    )
