"""Relations a table states: a pipe table's header says what each column holds ("Lead
investor(s)", "Maker", "Chip"), and each row relates the name in its first cell to the names in
the others ("| Mistral AI | EUR 1.7bn | Series C | ASML | Nvidia, Bpifrance |").

Markdown pages carry such tables, and so does every HTML page read by trafilatura, which writes
a page's tables this way. The sentence reader sees only a run of separators there (page
furniture); a row is read here instead, by its columns, with the row itself as the evidence.
A table of one organisation's holdings or shareholders says so in the line above it ("The
Fund's five largest holdings were:") or in a column ("% of Fund").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from aikg.extract.lexicon import LEGAL_SUFFIXES
from aikg.extract.qualifiers import qualifier_values
from aikg.ontology.models import Claim, Document, Entity, Evidence, Qualifiers
from aikg.ontology.registry import NameIndex, normalise, slugify
from aikg.ontology.vocab import vocabulary

# The line under a header: "|---|:---:|", "---|---".
_RULE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*")
_WORDS = re.compile(r"[a-z]+")

# What the first column's header says the rows are.
ORG_ROWS = frozenset({"company", "companies", "startup", "firm", "raiser", "issuer", "target", "lab", "name"})
ORG_ROWS |= {"holding", "holdings", "position", "positions"}  # a fund's table of what it holds
PRODUCT_ROWS = frozenset(
    {"product", "model", "phone", "device", "tool", "chip", "assistant", "service", "app", "laptop", "system"}
)
# What another column's header says its names are to the row's, in the order they are tried:
# (header words, predicate, whether the cell's name is the subject, the kind of row it fits).
COLUMNS: tuple[tuple[frozenset[str], str, bool, str], ...] = (
    (
        frozenset({"investor", "investors", "lead", "led", "backer", "backers", "participants"}),
        "investsIn",
        True,
        "org",
    ),
    (frozenset({"acquirer", "acquirers", "buyer", "buyers"}), "acquires", True, "org"),
    (
        frozenset({"maker", "makers", "developer", "developers", "vendor", "manufacturer", "designer", "by"})
        | {"company", "provider", "lab"},
        "develops",
        True,
        "product",
    ),
    (frozenset({"cloud", "host", "hosted", "hosting"}), "hostedOn", False, "product"),
    (
        frozenset(
            {"chip", "chips", "processor", "soc", "model", "models", "llm", "engine", "accelerator", "gpu"}
        ),
        "usesTechnologyOf",
        False,
        "product",
    ),
)
# What a row's cell names when the column's names are technology: the type a new name takes.
CELL_TYPES = {"chip": "Chip", "chips": "Chip", "processor": "Chip", "soc": "Chip", "accelerator": "Chip"}
CELL_TYPES |= {
    "gpu": "Chip",
    "model": "AIModel",
    "models": "AIModel",
    "llm": "AIModel",
    "cloud": "CloudPlatform",
}
# Cells that name no one: "(not disclosed)", "—".
EMPTY = frozenset({"", "-", "—", "–", "n/a", "na", "none", "undisclosed", "not disclosed", "unknown", "tbd"})
# A table of one organisation's holdings: its lead-in names them ("The Fund's five largest
# holdings were:"), or a column gives each row's part of the holder's fund ("% of Fund").
HOLDINGS = frozenset({"holding", "holdings", "positions", "portfolio", "investments", "stakes"})
HOLDERS = frozenset({"shareholders", "stockholders", "investors", "backers", "owners"})
HOLDING_HEADERS = frozenset({"fund", "portfolio", "nav"})
# A possessive that means the document's own organisation: "our", "The Fund's", "its".
OWN = re.compile(
    r"\b(?:our|its|the\s+(?:fund|company|firm|trust|bank|group|partnership)(?:'s|’s))\s", re.IGNORECASE
)
# The name a lead-in's possessive gives: "Saltmarsh Ventures' portfolio companies".
POSSESSOR = re.compile(r"((?:[A-Z0-9][\w&.-]*\s+){0,4}[A-Z0-9][\w&.-]*)(?:'s|’s|'|’)\s")
ABBREVIATION = re.compile(r"\s*\(([A-Z][A-Za-z0-9&.]{1,9})\)$")  # a cell's name, then its short form
AMOUNT_HEADERS = frozenset({"amount", "raised", "size"})
ORG_PREDICATES = frozenset({"investsIn", "acquires", "develops"})  # whose cell names organisations
MAX_NAME_WORDS = 6
CONFIDENCE = 0.75  # a table's columns are stated plainly, but read without the sentence's cues


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell's text, stripped, and where it stands in the document's text."""

    text: str
    start: int


@dataclass(frozen=True, slots=True)
class Row:
    """A table row: its cells and the line that holds them (the evidence)."""

    cells: tuple[Cell, ...]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Table:
    """A pipe table: its header's cells, lower-cased, and its rows."""

    header: tuple[str, ...]
    rows: tuple[Row, ...]
    lead_in: str = ""  # the line just above the header: "The Fund's largest holdings were:"


def find_tables(text: str) -> list[Table]:
    """The pipe tables in ``text``: a header line, the rule under it, then rows.

    >>> [t.header for t in find_tables("| Company | Lead investor |\\n|---|---|\\n| Acme | Zenith |\\n")]
    [('company', 'lead investor')]
    """
    lines = list(_lines(text))
    tables = []
    k = 0
    while k + 1 < len(lines):
        start, line = lines[k]
        if "|" not in line or not _RULE.fullmatch(lines[k + 1][1]):
            k += 1
            continue
        header = tuple(c.text.lower() for c in _cells(line, start))
        lead_in = next((text for _, text in reversed(lines[max(0, k - 3) : k]) if text.strip()), "")
        lead_in = "" if "|" in lead_in else lead_in
        rows = []
        k += 2
        while k < len(lines) and "|" in lines[k][1] and lines[k][1].strip():
            row_start, row = lines[k]
            rows.append(Row(_cells(row, row_start), row_start, row_start + len(row.rstrip())))
            k += 1
        tables.append(Table(header, tuple(rows), lead_in.strip()))
    return tables


def table_claims(
    document: Document, names: NameIndex, known: Mapping[str, Entity], own: Entity | None = None
) -> list[tuple[Claim, Entity, Entity]]:
    """The claims the tables of ``document`` state, each with its two entities.

    A cell's name is the registry's entity, else one the text's sentences named (``known``, by
    normalised name), else a new, uncurated entity of the kind its column holds. ``own`` is the
    document's own organisation: whose holdings "our" or "The Fund's" table lists."""
    out = []
    for table in find_tables(document.text):
        rows_are = _row_kind(table.header[0]) if table.header else None
        if rows_are is None:
            continue
        if rows_are == "org" and (held := _holding(table, names, known, own)) is not None:
            out += _holding_claims(document, table, *held, names, known)
        columns = [(j, role) for j, h in enumerate(table.header[1:], start=1) if (role := _role(h, rows_are))]
        if not columns:
            continue
        # read once per table: the type a new name takes in each column, and the amount's column
        first_type = _new_type(rows_are, table.header[0])
        new_types = {
            j: _new_type("org" if predicate in ORG_PREDICATES else "product", table.header[j])
            for j, (predicate, _) in columns
        }
        amount_at = _amount_column(table.header)
        for row in table.rows:
            if len(row.cells) != len(table.header):
                continue
            first = _entity(row.cells[0].text, first_type, names, known)
            if first is None:
                continue
            amount = row.cells[amount_at].text if amount_at is not None else ""
            for j, (predicate, cell_first) in columns:
                for name in _names(row.cells[j].text):
                    other = _entity(name, new_types[j], names, known)
                    if other is None or other.id == first.id:
                        continue
                    subject, obj = (other, first) if cell_first else (first, other)
                    out.append((_claim(document, row, subject, predicate, obj, amount), subject, obj))
    return out


def _holding(
    table: Table, names: NameIndex, known: Mapping[str, Entity], own: Entity | None
) -> tuple[Entity, bool] | None:
    """Who holds or is held by a table's rows of organisations, and whether the rows are what
    it holds: "The Fund's five largest holdings were:", "Saltmarsh Ventures' portfolio
    companies:" (the rows are held), "Orbit's largest shareholders:" (the rows hold Orbit), or
    a "% of Fund" column under the document's own organisation."""
    words = set(_WORDS.findall(table.lead_in.lower()))
    held = bool(words & HOLDINGS)
    if not held and not words & HOLDERS:
        headed = set(_WORDS.findall(table.header[0])) & HOLDINGS | {
            w for h in table.header[1:] for w in _WORDS.findall(h) if w in HOLDING_HEADERS
        }
        return (own, True) if own is not None and headed else None
    named = POSSESSOR.search(table.lead_in) if not OWN.search(table.lead_in) else None
    if named is None:  # "our holdings", "The Fund's ...", or a heading: "Top five long positions"
        return (own, held) if own is not None else None
    holder = _known_entity(named.group(1), names, known)
    return (holder, held) if holder is not None else None


def _holding_claims(
    document: Document,
    table: Table,
    holder: Entity,
    held: bool,
    names: NameIndex,
    known: Mapping[str, Entity],
) -> list[tuple[Claim, Entity, Entity]]:
    """A holdings table's claims: the holder invests in each row's organisation (or each
    row's organisation in the holder, for a table of its shareholders)."""
    out = []
    for row in table.rows:
        first = _entity(row.cells[0].text, "Company", names, known) if row.cells else None
        if first is None or first.id == holder.id:
            continue
        subject, obj = (holder, first) if held else (first, holder)
        out.append((_claim(document, row, subject, "investsIn", obj, ""), subject, obj))
    return out


def _claim(document: Document, row: Row, subject: Entity, predicate: str, obj: Entity, amount: str) -> Claim:
    """A claim a row states, with the row as its evidence and the amount its cell gives."""
    qualifiers = qualifier_values(predicate, amount) if amount else {}
    s, p, o = vocabulary().canonical(subject.id, predicate, obj.id)
    return Claim(
        subject=s,
        predicate=p,
        object=o,
        confidence=CONFIDENCE,
        qualifiers=Qualifiers(**{k: v for k, v in qualifiers.items() if v is not None}),
        evidence=(
            Evidence(
                document=document.id,
                sentence=document.text[row.start : row.end],
                start=row.start,
                end=row.end,
            ),
        ),
    )


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` with the offset it starts at."""
    start = 0
    for line in text.splitlines(keepends=True):
        yield start, line.rstrip("\r\n")
        start += len(line)


def _cells(line: str, start: int) -> tuple[Cell, ...]:
    """The cells of a table line, without the outer pipes."""
    inner_start = line.index("|") + 1 if line.lstrip().startswith("|") else 0
    inner_end = line.rindex("|") if line.rstrip().endswith("|") else len(line)
    cells = []
    k = inner_start
    for part in line[inner_start:inner_end].split("|"):
        stripped = part.strip()
        cells.append(Cell(stripped, start + k + (part.index(stripped) if stripped else 0)))
        k += len(part) + 1
    return tuple(cells)


def _row_kind(header: str) -> str | None:
    """What the first column's header says its names are: organisations or products."""
    words = set(_WORDS.findall(header))
    if words & ORG_ROWS:
        return "org"
    return "product" if words & PRODUCT_ROWS else None


def _role(header: str, rows_are: str) -> tuple[str, bool] | None:
    """The predicate a column's header gives its names towards the row's, and whether they
    are its subject; None for a column of figures or of anything else."""
    words = set(_WORDS.findall(header))
    for keys, predicate, cell_first, fits in COLUMNS:
        if words & keys and rows_are == fits:
            return predicate, cell_first
    return None


def _names(cell: str) -> list[str]:
    """The names a cell lists: "ICONIQ, Fidelity and Lightspeed" (without a note in brackets,
    "Kalder K9 (TSMC N3P)")."""
    cell = re.sub(r"\([^)]*\)|\*", "", cell)
    parts = re.split(r"\s*(?:,|;|\band\b|/)\s*", cell)
    return [p.strip() for p in parts if p.strip().lower() not in EMPTY]


def _entity(text: str, new_type: str, names: NameIndex, known: Mapping[str, Entity]) -> Entity | None:
    """The entity a cell's name stands for (see ``table_claims``; a new one is of ``new_type``),
    or None when the cell holds no name (a figure, a phrase in lower case, a long note)."""
    text = text.strip(" .")
    if (short := ABBREVIATION.search(text)) is not None and (found := names.find(short.group(1))) is not None:
        return found  # "Taiwan Semiconductor Manufacturing Co. (TSMC)"
    text = ABBREVIATION.sub("", text).strip(" .")
    words = text.split()
    if not words or len(words) > MAX_NAME_WORDS or not (words[0][0].isupper() or words[0][0].isdigit()):
        return None
    if not any(ch.isalpha() for ch in text) or text.startswith(("$", "€", "£")):
        return None
    if (found := names.find(text)) is not None:
        return found if found.type != "Person" else None
    if len(words) > 1 and words[-1].lower().strip(".,") in LEGAL_SUFFIXES:
        text = " ".join(words[:-1]).rstrip(",")  # "Tessellate Inc." is Tessellate
        if (found := names.find(text)) is not None:
            return found
    if (seen := known.get(normalise(text))) is not None:
        return seen
    return Entity(id=slugify(text), label=text, type=new_type, curated=False)


def _known_entity(text: str, names: NameIndex, known: Mapping[str, Entity]) -> Entity | None:
    """The entity the longest tail of ``text`` names, if the registry or the text's sentences
    know it ("In 2025 Saltmarsh Ventures" is Saltmarsh Ventures); None for a name seen nowhere
    else."""
    words = text.split()
    for k in range(len(words)):
        tail = " ".join(words[k:])
        found = names.find(tail) or known.get(normalise(tail))
        if found is not None and found.type != "Person":
            return found
    return None


def _amount_column(header: tuple[str, ...]) -> int | None:
    """The column whose header names an amount ("Amount", "Raised"), if one does."""
    return next((j for j, h in enumerate(header) if AMOUNT_HEADERS & set(_WORDS.findall(h))), None)


def _new_type(kind: str, header: str) -> str:
    """The type a new name takes in a column of organisations, or of products whose header may
    say which ("Chip", "Model")."""
    if kind == "org":
        return "Company"
    return next((CELL_TYPES[w] for w in _WORDS.findall(header) if w in CELL_TYPES), "Product")
