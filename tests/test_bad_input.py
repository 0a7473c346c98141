"""Folders scraped from the web: every kind of bad file, through `aikg ingest`.

Each bad file gets exactly one line naming it, the problem and the fix; the good file beside it
still lands; the exit status is 1; and the store afterwards holds exactly what the good file
alone gives (same graphs, same quad count), so a failed file leaves nothing behind.
"""

from __future__ import annotations

import json
import os
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from helpers import DATA

from aikg.cli import cli
from aikg.errors import InputError
from aikg.graph.storage.store import EmbeddedStore
from aikg.loaders.reading import read_bytes

GOOD = "Amazon invested $4 billion in Anthropic on Friday, the companies said.\n"
GOOD_LINE = "ingested {dir}/good.txt: 1 claims, 2 entities"
# A relation whose sentence holds characters every legacy encoding below can write.
ACCENTED = "Amazon invested $4 billion in Anthropic, analysts at Société Générale in Zürich said.\n"


def ingest(store: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--store", str(store), "ingest", *args], catch_exceptions=False)


def state(store: Path) -> tuple[list[str], int]:
    """What a store holds: its graphs and its quad count."""
    s = EmbeddedStore(store, read_only=True)
    try:
        return sorted(s.named_graphs()), len(s)
    finally:
        s.close()


@pytest.fixture(scope="module")
def good_only(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], int]:
    """The store after ingesting the good file alone: what every failed case must equal."""
    folder = tmp_path_factory.mktemp("good")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    store = folder / "kg"
    result = ingest(store, str(folder / "good.txt"))
    assert result.exit_code == 0, result.output
    return state(store)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder holding one good article, for a bad file to sit beside."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    return d


def assert_one_failure(result: Result, folder: Path, expected: str, good_only: tuple[list[str], int]) -> None:
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [f"error: {expected.replace('{dir}', str(folder))}"]
    assert result.stdout.splitlines() == [
        GOOD_LINE.replace("{dir}", str(folder)),
        "1 file ingested, 1 failed",
    ]
    assert state(folder.parent / "kg") == good_only


TRUNCATED_JSONLD = '{"@context": {"ex": "http://example.org/"}, "@id": "ex:a", "ex:b": [{"@id": "ex:c"'
BAD_FILES: dict[str, tuple[str, bytes, str]] = {
    "binary-with-nul": (
        "photo.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        "{dir}/photo.txt: binary file (not text: it contains NUL bytes); skipped",
    ),
    "binary-no-encoding-fits": (
        "blob.md",
        bytes(range(1, 256)) * 40,
        "{dir}/blob.md: binary file (not text: no text encoding fits it); if it is text, convert it to "
        "UTF-8, e.g. `iconv -f ENCODING -t utf-8`",
    ),
    "empty": ("empty.txt", b"", "{dir}/empty.txt: empty file (0 bytes)"),
    "whitespace-only": ("blank.md", b" \n\n\t  \r\n", "{dir}/blank.md: holds only whitespace, no text"),
    "yaml-truncated": (
        "cut.yaml",
        b"facts:\n  - {subject: TikTok, predicate: customerOf, obj",
        "{dir}/cut.yaml:2: malformed YAML: expected ',' or '}', but got '<stream end>'; "
        "the file ends mid-structure: is it truncated?",
    ),
    "yaml-tab-indent": (
        "tabs.yaml",
        b"facts:\n  - subject: TikTok\n\tpredicate: customerOf\n",
        "{dir}/tabs.yaml:3: malformed YAML: found character '\\t' that cannot start any token; "
        "YAML indents with spaces, not tabs: replace the tab",
    ),
    "yaml-bad-indent": (
        "indent.yaml",
        b"facts:\n  - subject: TikTok\n     predicate: customerOf\n",
        "{dir}/indent.yaml:3: malformed YAML: mapping values are not allowed here; "
        "check the indentation, brackets and quotes on that line",
    ),
    "yaml-list-not-mapping": (
        "list.yaml",
        b"- {subject: TikTok, predicate: customerOf, object: Microsoft}\n",
        "{dir}/list.yaml: holds a YAML list, but a fact file is a mapping with 'facts:' "
        "(and optional 'source:', 'entities:'); see the README's fact-file example",
    ),
    "turtle-malformed": (
        "bad.ttl",
        b"@prefix ex: <http://example.org/> .\nex:a ex:b ex:c ;\n  ex:d ex:e ex:f .\n",
        "{dir}/bad.ttl:3: malformed Turtle (column 13: A dot is expected at the end of statements); "
        "fix the syntax there",
    ),
    "turtle-truncated": (
        "cut.ttl",
        b'@prefix ex: <http://example.org/> .\nex:a ex:b "unterminated',
        "{dir}/cut.ttl:2: malformed Turtle (column 11: Unexpected end of file); "
        "the file ends mid-statement: is it truncated?",
    ),
    "jsonld-truncated": (
        "cut.jsonld",
        TRUNCATED_JSONLD.encode(),
        "{dir}/cut.jsonld:1: malformed JSON-LD (column 83: Object values must be followed by a comma "
        "to add a new value or a curly bracket to end the object); "
        "the file ends mid-statement: is it truncated?",
    ),
    "html-only-scripts-and-nav": (
        "front-page.html",
        (DATA / "html" / "nav-only.html").read_bytes(),
        "{dir}/front-page.html: no article text found (the page holds only scripts, navigation or "
        "boilerplate); save the article's own page, or its text as .txt",
    ),
}


@pytest.mark.parametrize(("name", "content", "expected"), BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_bad_file_is_named_and_leaves_nothing(
    folder: Path, good_only: tuple[list[str], int], name: str, content: bytes, expected: str
) -> None:
    (folder / name).write_bytes(content)
    assert_one_failure(ingest(folder.parent / "kg", str(folder)), folder, expected, good_only)


SPECIAL_FILES: dict[str, tuple[Callable[[Path], None], str]] = {
    "named-pipe": (os.mkfifo, "{dir}/pipe.txt: is a named pipe (FIFO), not a regular file; skipped"),
    "broken-symlink": (
        lambda p: p.symlink_to("gone.txt"),
        "{dir}/pipe.txt: broken symbolic link (its target gone.txt does not exist)",
    ),
}


@pytest.mark.parametrize(("make", "expected"), SPECIAL_FILES.values(), ids=SPECIAL_FILES.keys())
def test_files_that_cannot_be_read_are_named_without_hanging(
    folder: Path, good_only: tuple[list[str], int], make: Callable[[Path], None], expected: str
) -> None:
    make(folder / "pipe.txt")
    assert_one_failure(ingest(folder.parent / "kg", str(folder)), folder, expected, good_only)


def test_a_named_pipe_given_by_name_is_refused_not_read(tmp_path: Path) -> None:
    """Opening a FIFO for reading blocks until a writer comes; read_bytes must not."""
    pipe = tmp_path / "feed.md"
    os.mkfifo(pipe)
    with pytest.raises(InputError) as e:
        read_bytes(pipe)
    assert str(e.value) == f"{pipe}: is a named pipe (FIFO), not a regular file; skipped"


CHANGED_AFTER_DISCOVERY: dict[str, tuple[Callable[[Path], None], str]] = {
    "deleted": (Path.unlink, "{dir}/late.txt: no such file (was it moved or deleted while aikg ran?)"),
    "replaced-by-a-folder": (
        lambda p: (p.unlink(), p.mkdir()),  # type: ignore[func-returns-value]
        "{dir}/late.txt: is a directory, not a file",
    ),
    "replaced-by-a-pipe": (
        lambda p: (p.unlink(), os.mkfifo(p)),  # type: ignore[func-returns-value]
        "{dir}/late.txt: is a named pipe (FIFO), not a regular file; skipped",
    ),
}


@pytest.mark.parametrize(
    ("change", "expected"), CHANGED_AFTER_DISCOVERY.values(), ids=CHANGED_AFTER_DISCOVERY
)
def test_a_file_that_changes_between_discovery_and_reading(
    folder: Path,
    good_only: tuple[list[str], int],
    monkeypatch: pytest.MonkeyPatch,
    change: Callable[[Path], None],
    expected: str,
) -> None:
    import aikg.loaders

    late = folder / "late.txt"
    late.write_text("TikTok is a customer of Microsoft, the report said.\n", encoding="utf-8")
    find_files = aikg.loaders.find_files

    def discover_then_change(paths, **options):  # type: ignore[no-untyped-def]
        found = find_files(paths, **options)
        assert late in found
        change(late)
        return found

    monkeypatch.setattr(aikg.loaders, "find_files", discover_then_change)
    assert_one_failure(ingest(folder.parent / "kg", str(folder)), folder, expected, good_only)


def test_a_100_mb_file_is_refused_unread_with_the_limit_and_the_fix(
    folder: Path, good_only: tuple[list[str], int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AIKG_MAX_FILE_MB", raising=False)
    huge = folder / "huge.txt"
    line = b"Amazon invested $4 billion in Anthropic on Friday, the companies said.\n" * 14564  # ~1 MB
    with huge.open("wb") as f:
        for _ in range(100_000_000 // len(line)):
            f.write(line)
        f.write(b"x" * (100_000_000 - f.tell()))
    assert huge.stat().st_size == 100_000_000  # shown as 100.0 MB, as `ls --si` shows it, not 95.4
    expected = (
        "{dir}/huge.txt: too large (100.0 MB; the limit is 10 MB per file); split it, or raise the "
        "limit with `aikg ingest --max-size MB` or AIKG_MAX_FILE_MB"
    )
    assert_one_failure(ingest(folder.parent / "kg", str(folder)), folder, expected, good_only)
    tracemalloc.start()
    try:
        with pytest.raises(InputError):
            read_bytes(huge)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024  # refused from its size alone: not a byte of the 100 MB is read


def test_the_size_limit_is_an_option_and_an_environment_variable(folder: Path) -> None:
    line = (
        f"error: {folder}/good.txt: too large (0.0 MB; the limit is 1e-05 MB per file); split it, "
        "or raise the limit with `aikg ingest --max-size MB` or AIKG_MAX_FILE_MB"
    )
    result = ingest(folder.parent / "kg1", "--max-size", "0.00001", str(folder))
    assert (result.exit_code, result.stderr.splitlines()) == (1, [line])
    result = CliRunner().invoke(
        cli,
        ["--store", str(folder.parent / "kg2"), "ingest", str(folder)],
        env={"AIKG_MAX_FILE_MB": "0.00001"},
    )
    assert (result.exit_code, result.stderr.splitlines()) == (1, [line])
    result = ingest(folder.parent / "kg3", "--max-size", "1", str(folder))
    assert result.exit_code == 0, result.output


ENCODINGS = {
    "windows-1252": ("cp1252", "windows-1252"),
    "latin-1": ("latin-1", "windows-1252"),  # the WHATWG reading of latin-1 labels too
    "utf-16-with-bom": ("utf-16", "utf-16"),
    "utf-16-le-without-bom": ("utf-16-le", "utf-16-le"),
    "utf-8-with-bom": ("utf-8-sig", None),
}


@pytest.mark.parametrize(("codec", "reported"), ENCODINGS.values(), ids=ENCODINGS.keys())
def test_legacy_encodings_land_and_say_how_they_were_read(
    folder: Path, codec: str, reported: str | None
) -> None:
    from aikg.loaders.text import read_article
    from aikg.ontology.models import content_id

    path = folder / "legacy.txt"
    path.write_bytes(ACCENTED.encode(codec))
    store = folder.parent / "kg"
    result = ingest(store, str(path))
    read_as = f" (read as {reported})" if reported else ""
    assert (result.exit_code, result.output.splitlines()) == (
        0,
        [f"ingested {path}{read_as}: 1 claims, 2 entities", "1 file ingested, 0 failed"],
    )
    document = read_article(path)
    assert (document.text, document.id, document.encoding) == (ACCENTED, content_id(ACCENTED), reported)
    relations = json.loads(ingest_relations(store))
    [evidence] = [e for r in relations if r["predicate"] == "investsIn" for e in r["evidence"]]
    assert evidence["sentence"] == ACCENTED.strip()
    assert ACCENTED[evidence["start"] : evidence["end"]] == evidence["sentence"]


def ingest_relations(store: Path) -> str:
    result = CliRunner().invoke(cli, ["--store", str(store), "relations", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_utf8_cut_mid_character_keeps_the_whole_characters(folder: Path) -> None:
    path = folder / "cut.txt"
    path.write_bytes((GOOD.strip() + " Zürich €").encode()[:-1])
    result = ingest(folder.parent / "kg", str(path))
    assert result.output.splitlines()[0] == (
        f"ingested {path} (read as utf-8, incomplete last character dropped): 1 claims, 2 entities"
    )


ODD_NAMES = {
    "space": "with space.txt",
    "unicode": "ünïcødé 日本語.txt",
    "quotes": 'it\'s "quoted".txt',
    "newline": "new\nline.txt",
    "leading-dash": "-weird.txt",
}


@pytest.mark.parametrize("name", ODD_NAMES.values(), ids=ODD_NAMES.keys())
def test_odd_file_names_land_and_print_on_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path(name).write_text(GOOD, encoding="utf-8")
    result = ingest(tmp_path / "kg", "--", name)
    shown = name.replace("\n", "\\n")
    assert (result.exit_code, result.output.splitlines()) == (
        0,
        [f"ingested {shown}: 1 claims, 2 entities", "1 file ingested, 0 failed"],
    )
    [relation] = [r for r in json.loads(ingest_relations(tmp_path / "kg")) if r["predicate"] == "investsIn"]
    assert [e["document"] for e in relation["evidence"]] == [name]


def test_several_bad_files_each_get_one_line_and_the_good_ones_land(
    folder: Path, good_only: tuple[list[str], int]
) -> None:
    for name, content, _ in BAD_FILES.values():
        (folder / name).write_bytes(content)
    os.mkfifo(folder / "pipe.md")
    result = ingest(folder.parent / "kg", str(folder))
    assert result.exit_code == 1
    expected = [f"error: {e.replace('{dir}', str(folder))}" for _, _, e in BAD_FILES.values()]
    expected.append(f"error: {folder}/pipe.md: is a named pipe (FIFO), not a regular file; skipped")
    assert sorted(result.stderr.splitlines()) == sorted(expected)
    assert result.stdout.splitlines()[-1] == f"1 file ingested, {len(BAD_FILES) + 1} failed"
    assert state(folder.parent / "kg") == good_only


def test_links_out_of_the_folder_are_skipped_with_a_warning_unless_followed(
    folder: Path, good_only: tuple[list[str], int]
) -> None:
    """A link to /etc/passwd (or a chain of links that ends outside) would copy a private file
    into the store; a link that stays inside the folder is read as usual."""
    outside = folder.parent / "private.txt"
    outside.write_text("Microsoft acquires OpenAI, the secret notes say.\n", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "sub" / "notes.txt").symlink_to("../../private.txt")
    (folder / "chain.md").symlink_to("sub/notes.txt")
    (folder / "sub" / "again.txt").symlink_to("../good.txt")  # inside: read
    result = ingest(folder.parent / "kg", str(folder))
    assert result.exit_code == 0, result.output
    fix = "skipped (`aikg ingest --follow-links` reads it)"
    assert result.stderr.splitlines() == [
        f"warning: {folder}/chain.md: a symbolic link to {outside}, outside {folder}; {fix}",
        f"warning: {folder}/passwd.txt: a symbolic link to /etc/passwd, outside {folder}; {fix}",
        f"warning: {folder}/sub/notes.txt: a symbolic link to {outside}, outside {folder}; {fix}",
    ]
    assert result.stdout.splitlines() == [
        GOOD_LINE.replace("{dir}", str(folder)),
        f"ingested {folder}/sub/again.txt: 1 claims, 2 entities",
        "2 files ingested, 0 failed",
    ]
    assert state(folder.parent / "kg") == good_only  # the same text twice is one document

    followed = ingest(folder.parent / "kg2", "--follow-links", str(folder))
    assert followed.exit_code == 0 and followed.stderr == ""
    assert f"ingested {folder}/chain.md: 1 claims, 2 entities" in followed.stdout.splitlines()
