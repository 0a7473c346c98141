"""Every command through click's CliRunner: exit codes and exact output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import FACTS, RunCli

from aikg.cli import cli


def test_ingest_names_each_bad_file_and_exits_1(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["--store", str(tmp_path / "kg"), "ingest", str(FACTS / "ok-ttl.ttl"), str(FACTS / "bad-name.yaml")],
    )
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"error: {FACTS / 'bad-name.yaml'}:2: facts.0: unknown entity 'Bytdance' (did you mean: ByteDance?)",
        f"ingested {FACTS / 'ok-ttl.ttl'}: 0 claims, 0 entities",
        "1 file ingested, 1 failed",
    ]


def test_ingest_reads_the_store_from_the_environment(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["ingest", str(FACTS / "denial.yaml")], env={"AIKG_STORE": str(tmp_path / "env-kg")}
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "env-kg" / "CURRENT").exists()


def test_relations_json_follows_the_contract(run: RunCli) -> None:
    result = run("relations", "--subject", "tiktok", "--predicate", "customerOf", "--json")
    assert result.exit_code == 0
    [relation] = json.loads(result.output)
    evidence = relation.pop("evidence")
    assert relation == {
        "subject": {
            "id": "tiktok",
            "label": "TikTok",
            "type": "Product",
            "aliases": ["Tik Tok"],
            "wikidata": "Q48938223",
        },
        "predicate": "customerOf",
        "object": {
            "id": "microsoft",
            "label": "Microsoft",
            "type": "Company",
            "aliases": ["MSFT", "Microsoft Corp.", "Microsoft Corporation"],
            "wikidata": "Q2283",
        },
        "status": "reported",
        "confidence": 0.85,
        "qualifiers": {
            "amount": 20000000,
            "currency": "USD",
            "period": "month",
            "point_in_time": "2024-07-31",
            "share": 0.25,
        },
    }
    [ev] = evidence
    assert (ev["document"], ev["title"], ev["date"]) == ("industry.yaml", "Test industry notes", "2024-07-31")
    text = (FACTS / "industry.yaml").read_text()
    assert text[ev["start"] : ev["end"]].startswith("{subject: TikTok, predicate: customerOf")  # where it is
    assert ev["sentence"].startswith("Curated fact, as reported: TikTok is a customer of Microsoft")


def test_relations_read_an_inverse_predicate_from_the_other_side(run: RunCli) -> None:
    result = run("relations", "--predicate", "subsidiaryOf")
    assert result.output.splitlines()[0] == "TikTok --subsidiaryOf--> ByteDance  [asserted, 0.95]"


def test_corroboration_and_conflict_show_in_relations(run: RunCli) -> None:
    hosted = json.loads(run("relations", "--subject", "OpenAI", "--predicate", "hostedOn", "--json").output)
    assert [(r["status"], r["confidence"], len(r["evidence"])) for r in hosted] == [
        ("asserted", 0.95, 1),
        ("reported", 0.85, 1),
    ]
    invest = run("relations", "--subject", "Microsoft", "--predicate", "investsIn").output.splitlines()
    assert [line for line in invest if "-->" in line] == [
        "Microsoft --investsIn--> OpenAI  [asserted, 0.95; USD 13,000,000,000]",
        "Microsoft --investsIn--> OpenAI  [negated, 0.90]",
    ]


def test_lookup_prints_the_entity_card_with_conflicts(run: RunCli) -> None:
    result = run("lookup", "tik tok")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[:6] == [
        "TikTok",
        "  id:       tiktok",
        "  type:     Product",
        "  aliases:  Tik Tok",
        "  wikidata: Q48938223",
        "  source:   curated registry",
    ]
    assert "Relations out (1):" in lines and "Relations in (1):" in lines
    assert "  ByteDance --parentOf--> TikTok  [asserted, 0.95]" in lines
    card = json.loads(run("lookup", "Microsoft", "--json").output)
    assert [(c["predicate"], c["object"]["id"]) for c in card["conflicts"]] == [("investsIn", "openai")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(
            ("lookup", "Microsft"), "Error: unknown entity 'Microsft' (did you mean: Microsoft?)", id="lookup"
        ),
        pytest.param(
            ("path", "Bytdance", "Azure"),
            "Error: unknown entity 'Bytdance' (did you mean: ByteDance?)",
            id="path",
        ),
        pytest.param(
            ("relations", "--predicate", "custmerOf"),
            "Error: unknown predicate 'custmerOf' (did you mean: customerOf?)",
            id="predicate",
        ),
        pytest.param(
            ("entities", "--type", "Compny"),
            "Error: unknown entity type 'Compny' (did you mean: Company?)",
            id="type",
        ),
    ],
)
def test_unknown_names_suggest_the_closest_known_ones(
    run: RunCli, args: tuple[str, ...], message: str
) -> None:
    result = run(*args)
    assert result.exit_code == 1
    assert result.output.strip() == message


def test_path_prints_each_hop_with_its_evidence(run: RunCli) -> None:
    result = run("path", "TikTok", "Azure")
    lines = result.output.splitlines()
    assert lines[0] == "TikTok -> ByteDance -> OpenAI -> Azure"
    assert [line for line in lines if "-->" in line] == [
        "  ByteDance --parentOf--> TikTok  [asserted, 0.95]",
        "  ByteDance --usesTechnologyOf--> OpenAI  [alleged, 0.60]",
        "  OpenAI --hostedOn--> Azure  [asserted, 0.95]",
    ]
    paths = json.loads(run("path", "TikTok", "Azure", "--json").output)
    assert [p["nodes"] for p in paths] == [["tiktok", "bytedance", "openai", "azure"]]
    assert run("path", "TikTok", "Azure", "--max-hops", "2").output == (
        "No dependency path from TikTok to Azure within 2 hops.\n"
    )


def test_dependencies_and_dependents(run: RunCli) -> None:
    assert run("dependents", "Azure").output.splitlines() == [
        "OpenAI  (hops: 1; OpenAI -> Azure; via hostedOn)",
        "ByteDance  (hops: 2; ByteDance -> OpenAI -> Azure; via usesTechnologyOf, hostedOn)",
        "TikTok  (hops: 3; TikTok -> ByteDance -> OpenAI -> Azure; via parentOf, usesTechnologyOf, hostedOn)",
    ]
    deps = json.loads(run("dependencies", "TikTok", "--json").output)
    assert [(d["entity"], d["distance"]) for d in deps] == [
        ("bytedance", 1),
        ("microsoft", 1),
        ("openai", 2),
        ("azure", 3),
    ]
    # speculative claims (Microsoft might acquire Acme) are not dependencies
    assert run("dependents", "Acme AI").output == "(none)\n"


def test_entities_filters_by_type_including_subclasses(run: RunCli) -> None:
    assert run("entities", "--type", "Product").output.splitlines() == [
        "Azure (CloudPlatform, Q725967)  id=azure",
        "TikTok (Product, Q48938223)  id=tiktok",
        "Zenith Cloud (CloudPlatform)  id=zenith-cloud",
    ]


def test_query_formats(run: RunCli) -> None:
    sparql = "SELECT ?o WHERE { ent:tiktok aikg:dependsOn+ ?o } ORDER BY ?o"
    assert run("query", sparql).output.splitlines() == [
        "o",
        "-------------",
        "ent:azure",
        "ent:bytedance",
        "ent:microsoft",
        "ent:openai",
        "(4 rows)",
    ]
    as_json = json.loads(run("query", sparql, "--format", "json").output)
    assert as_json["head"] == {"vars": ["o"]}
    assert as_json["results"]["bindings"][0] == {
        "o": {"type": "uri", "value": "https://w3id.org/aikg/entity/azure"}
    }
    assert run("query", "ASK { ent:tiktok aikg:customerOf ent:microsoft }", "--format", "csv").output == (
        "boolean\ntrue\n"
    )
    bad = run("query", "SELEC nothing")
    assert bad.exit_code == 1 and bad.output.startswith("Error: malformed SPARQL")


def test_query_refuses_updates(run: RunCli) -> None:
    result = run("query", "DELETE WHERE { ?s ?p ?o }")
    assert result.exit_code == 1
    assert run("stats", "--json").output and json.loads(run("stats", "--json").output)["relations"] == 11


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "trig", "nq"])
def test_export_rdf_parses_back_with_every_relation(run: RunCli, fmt: str, tmp_path: Path) -> None:
    import pyoxigraph as ox

    out = tmp_path / f"graph.{fmt}"
    result = run("export", "-o", str(out))
    assert result.exit_code == 0
    rdf_format = ox.RdfFormat.from_extension(fmt)
    triples = {
        (q.subject.value, q.predicate.value, q.object.value)
        for q in ox.parse(out.read_bytes(), format=rdf_format)
    }
    ent, aikg = "https://w3id.org/aikg/entity/", "https://w3id.org/aikg/ontology#"
    assert (ent + "tiktok", aikg + "customerOf", ent + "microsoft") in triples
    assert (ent + "tiktok", aikg + "subsidiaryOf", ent + "bytedance") in triples


def test_export_graphml_and_csv(run: RunCli, tmp_path: Path) -> None:
    import networkx as nx

    run("export", "--format", "graphml", "-o", str(tmp_path / "g.graphml"))
    graph = nx.read_graphml(tmp_path / "g.graphml")
    assert graph.nodes["tiktok"]["label"] == "TikTok"
    csv_text = run("export", "--format", "csv").output
    assert csv_text.splitlines()[0] == (
        "subject,predicate,object,status,confidence,amount,currency,period,share,point_in_time,documents,sentence"
    )
    assert (
        "TikTok,customerOf,Microsoft,reported,0.85,20000000,USD,month,0.25,2024-07-31,industry.yaml,"
        in csv_text
    )


def test_validate_and_stats(run: RunCli) -> None:
    result = run("validate")
    assert (result.exit_code, result.output) == (0, "conforms: the store matches the SHACL shapes\n")
    stats = json.loads(run("stats", "--json").output)
    assert {k: stats[k] for k in ("documents", "entities", "relations")} == {
        "documents": 2,
        "entities": 7,
        "relations": 11,
    }
    assert stats["relations_by_status"] == {
        "alleged": 1,
        "asserted": 6,
        "negated": 1,
        "reported": 2,
        "speculative": 1,
    }


def test_reading_a_missing_store_says_how_to_make_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "none"), "stats"])
    assert result.exit_code == 1
    assert "run `aikg ingest PATH...` first" in result.output


def test_every_command_has_help_and_appears_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    for name, command in cli.commands.items():
        assert command.help, name
        assert f"aikg {name}" in readme or ("aikg --store" in readme and f" {name} " in readme), name


def test_every_option_has_help_text() -> None:
    import click

    missing = [
        f"{name} {param.opts[0]}"
        for name, command in cli.commands.items()
        for param in command.params
        if isinstance(param, click.Option) and not param.help
    ]
    assert missing == []


def test_query_never_follows_service_to_the_network(run: RunCli) -> None:
    import socket

    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(0.5)
        port = listener.getsockname()[1]
        result = run("query", f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}")
        assert result.exit_code == 1
        assert result.output == (
            "Error: SERVICE (federated query) is not allowed: aikg never contacts other endpoints\n"
        )
        with pytest.raises(TimeoutError):
            listener.accept()


def test_a_path_is_printed_once_with_its_alternative_relations_per_hop(tmp_path: Path) -> None:
    notes = tmp_path / "notes.yaml"
    notes.write_text(
        "source: {title: Notes, date: 2025-01-15}\n"
        "facts:\n"
        "  - {subject: TikTok, predicate: usesTechnologyOf, object: OpenAI}\n"
        "  - {subject: OpenAI, predicate: customerOf, object: Azure}\n"
        "  - {subject: OpenAI, predicate: hostedOn, object: Azure, status: reported}\n"
    )
    store = str(tmp_path / "kg")
    assert CliRunner().invoke(cli, ["--store", store, "ingest", str(notes)]).exit_code == 0
    result = CliRunner().invoke(cli, ["--store", store, "path", "TikTok", "Azure"])
    assert [line for line in result.output.splitlines() if "->" in line] == [
        "TikTok -> OpenAI -> Azure",
        "  TikTok --usesTechnologyOf--> OpenAI  [asserted, 0.95]",
        "  OpenAI --customerOf--> Azure  [asserted, 0.95]",
        "    or OpenAI --hostedOn--> Azure  [reported, 0.85]",
    ]
    (path,) = json.loads(
        CliRunner().invoke(cli, ["--store", store, "path", "TikTok", "Azure", "--json"]).output
    )
    assert [[a["relation"]["predicate"] for a in h["alternatives"]] for h in path["hops"]] == [
        [],
        ["hostedOn"],
    ]
    view = tmp_path / "p.html"
    drawn = CliRunner().invoke(cli, ["--store", store, "viz", "-o", str(view), "--path", "TikTok", "Azure"])
    assert drawn.exit_code == 0
    assert "hostedOn" in view.read_text() and "customerOf" in view.read_text()  # both relations drawn


def test_depends_on_is_a_predicate_everywhere_one_is_taken(run: RunCli) -> None:
    deps = json.loads(run("relations", "--subject", "TikTok", "--predicate", "dependsOn", "--json").output)
    followed = json.loads(run("dependencies", "TikTok", "--json").output)
    first_hops = {(d["path"]["hops"][0]["to"]) for d in followed}
    assert {r["object"]["id"] for r in deps} == first_hops  # what path and dependencies follow
    assert {r["status"] for r in deps} <= {"asserted", "reported", "alleged"}
    assert all(r["predicate"] != "dependsOn" for r in deps)  # each as the relation it is
    result = run("relations", "--predicate", "dependson", "--object", "Azure")
    assert result.exit_code == 0 and "--hostedOn--> Azure" in result.output
    wrong = run("relations", "--predicate", "depends")
    assert (wrong.exit_code, wrong.output) == (
        1,
        "Error: unknown predicate 'depends' (did you mean: dependsOn?)\n",
    )


def test_reingesting_unchanged_files_says_unchanged(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Amazon invested $4 billion in Anthropic on Friday.\n")
    (folder / "b.txt").write_text("TikTok is a customer of Microsoft.\n")
    store = str(tmp_path / "kg")
    first = CliRunner().invoke(cli, ["--store", store, "ingest", str(folder)])
    assert first.output.splitlines()[-1] == "2 files ingested, 0 failed"
    (folder / "b.txt").write_text("TikTok is a big customer of Microsoft.\n")
    again = CliRunner().invoke(cli, ["--store", store, "ingest", str(folder)])
    assert again.exit_code == 0
    assert again.output.splitlines() == [
        f"unchanged {folder / 'a.txt'}: already in the store",
        f"ingested {folder / 'b.txt'}: 1 claims, 2 entities",
        "2 files ingested (1 unchanged), 0 failed",
    ]
