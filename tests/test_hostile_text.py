"""Hostile text end to end: names, quotes, titles and URLs written to break out of the terminal,
the HTML view, a SPARQL query or the file system, through the CLI, the API and the HTTP server.

Text from documents is data: it reaches JSON and the HTML data block exactly (escaped), reaches
the terminal without its control characters, is bound into queries as an RDF term, and never
names a file.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner, Result

from aikg import KnowledgeGraph
from aikg.cli import cli

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
SPARQL = '" } ; DROP ALL ; #'
ANSI = "Evil\x1b[2JCorp"
OSC = "\x1b]8;;http://evil\x07click\x1b]8;;\x07"
OVERWRITE = "over\rwrite"
BIDI = "\u202eLIVE"
LONG = "Long" + "o" * 3000 + " Corp"
TRAVERSAL = "../../x"
TITLE = "../../x</title><script>alert(1)</script>"

# YAML cannot hold raw control characters: the fact file spells them as YAML escapes.
FACT_FILE = f"""\
source: {{title: "{TRAVERSAL}", url: "../../etc/passwd", date: 2024-07-31}}
entities:
  - {{id: script-co, label: "{SCRIPT}", type: Company, aliases: ['{IMG}', "</script>"]}}
  - {{id: sparql-co, label: '{SPARQL}', type: Company, aliases: ["> <", "nul\\0byte"]}}
  - {{id: ansi-co, label: "Evil\\e[2JCorp", type: Company,
      aliases: ["\\e]8;;http://evil\\aclick\\e]8;;\\a", "over\\rwrite", "\u202eLIVE"]}}
  - {{id: long-co, label: "{LONG}", type: Company}}
facts:
  - {{subject: "{SCRIPT}", predicate: customerOf, object: '{SPARQL}',
      quote: "{SCRIPT} pays \u202eits bills"}}
  - {{subject: "Evil\\e[2JCorp", predicate: customerOf, object: Microsoft,
      source: {{title: "\\e]0;pwned\\a{TITLE}", url: "javascript:alert(1)", date: 2024-08-01}}}}
  - {{subject: "{LONG}", predicate: partnerOf, object: "{SCRIPT}"}}
  - {{subject: "Evil\\e[2JCorp", predicate: subsidiaryOf, object: '{SPARQL}'}}
"""
# Articles are read as they are: raw escapes, OSC hyperlinks, carriage returns, bidi overrides.
ARTICLE = (
    f'---\ntitle: "{TITLE}\\e[2J"\nurl: "../../etc/passwd"\ndate: 2024-07-31\n---\n'
    "# Breaking\x1b[2J news\n\n"
    f"TikTok pays Microsoft $20 million a month for {OSC} access, according to {SCRIPT}.\n\n"
    f"{SCRIPT} acquired Acme AI in 2024.\rOverwritten \u202eline.\n"
)
HOSTILE = [SCRIPT, IMG, SPARQL, ANSI, OSC, OVERWRITE, BIDI, LONG]
# What may not reach a terminal: C0 controls but tab and newline, DEL, C1 controls, bidi controls.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@dataclass
class World:
    root: Path
    store: Path
    cwd: Path
    ingest: Result

    def run(self, *args: str) -> Result:
        """Run the CLI from ``cwd`` (deep inside ``root``, so a ``../../x`` would land in it)."""
        here = Path.cwd()
        os.chdir(self.cwd)
        try:
            return CliRunner().invoke(cli, ["--store", str(self.store), *args], catch_exceptions=False)
        finally:
            os.chdir(here)

    def files(self) -> set[str]:
        """Every file under ``root`` outside the store, relative to ``root``."""
        return {
            p.relative_to(self.root).as_posix()
            for p in self.root.rglob("*")
            if p.is_file() and self.store not in p.parents
        }


INPUTS = {"in/hostile.yaml", "in/breaking.md", "in/evil\x1b[2Jname.md"}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("hostile")
    (root / "in").mkdir()
    (root / "in" / "hostile.yaml").write_text(FACT_FILE, encoding="utf-8")
    (root / "in" / "breaking.md").write_text(ARTICLE, encoding="utf-8")
    (root / "in" / "evil\x1b[2Jname.md").write_text("OpenAI is hosted on Azure.\n", encoding="utf-8")
    (root / "views").mkdir()
    cwd = root / "a" / "b" / "c"
    cwd.mkdir(parents=True)
    w = World(root, root / "kg", cwd, Result.__new__(Result))
    w.ingest = w.run("ingest", str(root / "in"))
    assert w.ingest.exit_code == 0, w.ingest.output
    return w


def terminal_safe(text: str) -> None:
    found = sorted({hex(ord(c)) for c in CONTROL.findall(text)})
    assert not found, f"control characters reach the terminal: {found}"


# --------------------------------------------------------------------------------------------
# (1) The terminal: text output has no control characters; JSON carries the text as data


def test_ingest_output_is_terminal_safe(world: World) -> None:
    terminal_safe(world.ingest.output)
    assert world.ingest.output.splitlines()[-1] == "3 files ingested, 0 failed"
    assert "ingested " + str(world.root / "in" / "evil[2Jname.md") in world.ingest.output


@pytest.mark.parametrize(
    "args",
    [
        ("entities",),
        ("lookup", "script-co"),
        ("lookup", "ansi-co"),
        ("lookup", "sparql-co"),
        ("lookup", "long-co"),
        ("lookup", "TikTok"),
        ("relations",),
        ("path", "ansi-co", "Microsoft"),
        ("path", "long-co", "ansi-co"),
        ("dependencies", "ansi-co"),
        ("dependents", SPARQL),
        ("stats",),
        ("validate",),
        ("query", "SELECT ?label WHERE { ?e rdfs:label ?label } ORDER BY ?label"),
        ("query", "SELECT ?quote WHERE { ?ev aikg:quote ?quote }"),
        ("query", "SELECT ?t WHERE { ?d schema:name ?t }"),
    ],
    ids=lambda a: "-".join(a)[:40],
)
def test_text_output_is_terminal_safe(world: World, args: tuple[str, ...]) -> None:
    result = world.run(*args)
    assert result.exit_code in (0, 1), result.output
    terminal_safe(result.output)


def test_labels_reach_the_terminal_stripped_not_lost(world: World) -> None:
    out = world.run("entities").output
    assert "Evil[2JCorp (Company)  id=ansi-co" in out.splitlines()
    assert f"{SCRIPT} (Company)  id=script-co" in out.splitlines()
    assert f"{SPARQL} (Company)  id=sparql-co" in out.splitlines()
    card = world.run("lookup", "ansi-co").output.splitlines()
    assert card[:4] == ["Evil[2JCorp", "  id:       ansi-co", "  type:     Company", card[3]]
    assert card[3] == "  aliases:  ]8;;http://evilclick]8;;, overwrite, LIVE"


@pytest.mark.parametrize(
    "args",
    [
        ("entities", "--json"),
        ("lookup", "ansi-co", "--json"),
        ("lookup", "script-co", "--json"),
        ("relations", "--json"),
        ("path", "ansi-co", "Microsoft", "--json"),
        ("dependencies", "ansi-co", "--json"),
        ("ingest", "--json", "in/hostile.yaml"),
        ("stats", "--json"),
        ("query", "--format", "json", "SELECT ?label WHERE { ?e rdfs:label ?label }"),
    ],
    ids=lambda a: "-".join(a)[:40],
)
def test_json_output_is_valid_json_and_terminal_safe(world: World, args: tuple[str, ...]) -> None:
    args = tuple(str(world.root / a) if a.startswith("in/") else a for a in args)
    result = world.run(*args)
    assert result.exit_code == 0, result.output
    json.loads(result.output)
    terminal_safe(result.output)


def test_json_carries_the_exact_text(world: World) -> None:
    card = json.loads(world.run("lookup", "ansi-co", "--json").output)
    assert card["entity"]["label"] == ANSI
    assert card["entity"]["aliases"] == [OSC, OVERWRITE, BIDI]
    labels = {e["id"]: e["label"] for e in json.loads(world.run("entities", "--json").output)}
    assert [labels[i] for i in ("script-co", "sparql-co", "long-co")] == [SCRIPT, SPARQL, LONG]
    sparql = json.loads(world.run("lookup", "sparql-co", "--json").output)
    assert sparql["entity"]["aliases"] == ["> <", "nul\x00byte"]
    [customer] = [r for r in card["outgoing"] if r["predicate"] == "customerOf"]
    assert customer["evidence"][0]["title"] == "\x1b]0;pwned\x07" + TITLE


@pytest.mark.parametrize(
    ("name", "found"),
    [
        (ANSI, True),
        (OSC, True),
        ("\x1b[2J", False),
        ("x\x00y", False),
        ("\u202eTikTok", False),
        (SCRIPT + "x", False),
    ],
)
def test_hostile_names_resolve_or_fail_without_control_characters(
    world: World, name: str, found: bool
) -> None:
    result = world.run("lookup", name)
    if found:  # a real label or alias, typed with its escapes: found, and printed clean
        assert result.exit_code == 0 and result.output.startswith("Evil[2JCorp\n")
    else:
        assert result.exit_code == 1 and "unknown entity" in result.output
    terminal_safe(result.output)


# --------------------------------------------------------------------------------------------
# (2) The HTML view: hostile strings are escaped data, nothing is injected, the CSP stands


class Page(HTMLParser):
    """The elements and attributes a browser builds from a page, and its title text."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.title = ""
        self._in_title = False
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def baseline(tmp_path: Path) -> str:
    """The page aikg writes for a harmless store: the elements every view has."""
    store = tmp_path / "plain"
    kg = KnowledgeGraph(store)
    assert kg.ingest([Path(__file__).parent / "data" / "facts" / "industry.yaml"]).ok
    return kg.write_view(tmp_path / "plain.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "view",
    [(), ("--focus", "script-co"), ("--focus", "ansi-co", "--depth", "2"), ("--path", "ansi-co", SPARQL)],
    ids=["graph", "focus-script", "focus-ansi", "path"],
)
def test_view_holds_hostile_text_only_as_escaped_data(
    world: World, tmp_path: Path, view: tuple[str, ...]
) -> None:
    out = world.root / "views" / f"view-{len(view)}-{view[1] if view else 'all'}.html"
    result = world.run("viz", "-o", str(out), *view)
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    page = Page(text)
    # Exactly the elements and attributes of a harmless page: nothing was added or opened early.
    plain = baseline(tmp_path)
    expected = Page(plain)
    assert [(t, sorted(a)) for t, a in page.tags] == [(t, sorted(a)) for t, a in expected.tags]
    assert not [a for _, attrs in page.tags for a in attrs if a.startswith("on")]
    for raw in (SCRIPT, IMG, "<img", "\x1b", "\u2028"):
        assert raw not in text
    assert text.count("</script>") == plain.count("</script>")
    csp = [a for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp == [
        a for t, a in expected.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert "default-src 'none'" in (csp[0]["content"] or "")
    # ...and the data block carries the exact text, for the page to show as DOM text.
    block = re.search(r'<script type="application/json" id="aikg-data">(.*?)</script>', text, re.S)
    assert block is not None
    data = json.loads(block.group(1))
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    if view and view[0] == "--path":
        assert page.title == f"aikg: {ANSI.replace(chr(27), '')} depends on {SPARQL}"
        assert labels == {"ansi-co": ANSI, "sparql-co": SPARQL}
    else:
        assert labels["script-co"] == SCRIPT


def test_view_over_http_is_escaped_and_errors_are_plain_text(world: World) -> None:
    from test_server import serving

    from aikg.server import create_app

    before = dump(world)
    app = create_app(world.store, timeout=60, max_rows=100, allowed_hosts=["127.0.0.1"])
    with serving(app) as base:
        page = httpx.get(base + "/view", params={"focus": SCRIPT})
        assert page.status_code == 200 and SCRIPT not in page.text
        missing = httpx.get(base + "/view", params={"focus": SCRIPT + IMG})
        assert missing.status_code == 404
        assert missing.headers["content-type"].startswith("text/plain")
        api = httpx.get(base + "/api/lookup", params={"name": "ansi-co"})
        assert api.headers["content-type"] == "application/json"
        assert api.json()["entity"]["aliases"] == [OSC, OVERWRITE, BIDI]
        terminal_safe(api.text)
        bound = httpx.get(base + "/api/relations", params={"subject": SPARQL})
        assert [(r["subject"]["id"], r["predicate"], r["object"]["label"]) for r in bound.json()] == [
            ("sparql-co", "parentOf", ANSI)
        ]
        drop = httpx.post(base + "/sparql", data={"query": f'SELECT * WHERE {{ ?s ?p "{SPARQL}" }}'})
        assert drop.status_code == 400  # the label pasted into a query breaks it; nothing runs
        update = httpx.post(base + "/sparql", data={"update": "DROP ALL"})
        assert update.status_code in (403, 405, 400)
    assert dump(world) == before


# --------------------------------------------------------------------------------------------
# (3) Queries: hostile parameter values are bound as terms, never pasted


def dump(world: World) -> str:
    return world.run("export", "--format", "nq").output


@pytest.mark.parametrize(
    ("param", "exit_code", "message"),
    [
        ('entity=x" } DROP ALL ; #', 1, "unknown entity 'x\" } DROP ALL ; #'"),
        ("entity=ent:tiktok } ; DELETE WHERE { ?s ?p ?o }", 1, "unknown entity"),
        ("entity=<https://w3id.org/aikg/entity/tiktok>", 1, "unknown entity"),
        ("entity=\x1b[2J", 1, "unknown entity '\\x1b[2J'"),
        (f"entity={SPARQL}", 0, "(0 rows)"),
        (f"entity={SCRIPT}", 0, "(1 row)"),
    ],
)
def test_named_query_binds_hostile_values(world: World, param: str, exit_code: int, message: str) -> None:
    before = dump(world)
    result = world.run("query", "--name", "dependencies", "--param", param)
    assert result.exit_code == exit_code, result.output
    assert message in result.output
    terminal_safe(result.output)
    assert dump(world) == before


@pytest.mark.parametrize(
    ("name", "param", "message"),
    [
        ("document-claims", 'document=x" } DROP ALL', "unknown document 'x\" } DROP ALL'"),
        ("document-claims", "document=../../etc/passwd", "unknown document '../../etc/passwd'"),
        ("claims-by-status", "status=asserted } ; DROP ALL", "unknown status"),
    ],
)
def test_other_parameter_kinds_refuse_hostile_values(
    world: World, name: str, param: str, message: str
) -> None:
    before = dump(world)
    result = world.run("query", "--name", name, "--param", param)
    assert result.exit_code == 1 and message in result.output
    assert dump(world) == before


def test_api_named_query_binds_the_value_as_a_term(world: World) -> None:
    kg = KnowledgeGraph(world.store, read_only=True)
    rows = kg.named_query("dependencies", entity=SCRIPT).rows
    assert [str(r["dependency"].value) for r in rows] == ["https://w3id.org/aikg/entity/sparql-co"]


# --------------------------------------------------------------------------------------------
# (4) Files: nothing is written except where the user asked


def test_no_file_is_written_where_the_user_did_not_ask(world: World) -> None:
    out = world.root / "views" / "asked.html"
    assert world.run("viz", "-o", str(out), "--focus", "script-co").exit_code == 0
    exported = world.root / "asked.ttl"
    assert world.run("export", "-o", str(exported)).exit_code == 0
    for fmt in ("csv", "graphml", "jsonld"):
        assert world.run("export", "--format", fmt).exit_code == 0
    stray = {f for f in world.files() if not f.startswith("views/")} - INPUTS - {"asked.ttl"}
    assert stray == set()
    assert not (world.root / "x").exists() and not (world.root / "a" / "x").exists()
    assert {p.name for p in world.cwd.iterdir()} == set()


def test_an_entity_id_that_is_a_path_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("entities:\n  - {id: ../../etc/passwd, label: X}\nfacts: []\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "kg"), "ingest", str(bad)])
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"error: {bad}:2: entities.0.id: not an entity id: '../../etc/passwd'; "
        "use lowercase letters, digits and hyphens, e.g. 'etc-passwd'"
    )
