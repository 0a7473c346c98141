"""RDF/XML that attacks the parser: entity bombs and deep nesting are refused before pyoxigraph
reads them, naming the file and the line; ordinary entities (namespace abbreviations) still work.

The hostile files run in a subprocess with a memory cap, so that without the guard the test
fails (the process dies) instead of taking the machine down."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import HOSTILE

from aikg.errors import InputError
from aikg.loaders.rdf_files import load_rdf_file
from aikg.loaders.xml_guard import MAX_DEPTH

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
MEMORY_CAP = 2 * 1024**3


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def load_capped(path: Path) -> str:
    """``load_rdf_file(path)``'s error message, in a child limited to 2 GB and 60 s."""
    code = (
        "import sys\n"
        "from aikg.errors import InputError\n"
        "from aikg.loaders.rdf_files import load_rdf_file\n"
        "try:\n"
        "    load_rdf_file(__import__('pathlib').Path(sys.argv[1]))\n"
        "except InputError as e:\n"
        "    print(e)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        timeout=60,  # a safety net against a hung run, not a measurement
        preexec_fn=_capped,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def nested(levels: int) -> str:
    return (
        f'<rdf:RDF xmlns:rdf="{RDF}" xmlns:ex="http://example.org/">\n'
        '<rdf:Description rdf:about="http://example.org/a">'
        + '<ex:b rdf:parseType="Resource">' * levels
        + "</ex:b>" * levels
        + "</rdf:Description></rdf:RDF>\n"
    )


def test_billion_laughs_is_refused_unexpanded() -> None:
    path = HOSTILE / "billion-laughs.rdf"
    assert path.stat().st_size < 1200
    assert load_capped(path) == (
        f"{path}:13: malformed RDF/XML: its DTD entities expand to more than 1,004,332 characters "
        "(an XML entity bomb?); refused unparsed"
    )


def test_32000_levels_of_nesting_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.rdf"
    path.write_text(nested(32_000), encoding="utf-8")
    assert load_capped(path) == (
        f"{path}:2: malformed RDF/XML: elements nest more than 1,000 levels deep; refused unparsed"
    )


def test_nesting_up_to_the_limit_parses(tmp_path: Path) -> None:
    path = tmp_path / "nested.rdf"
    path.write_text(nested(MAX_DEPTH - 2), encoding="utf-8")  # rdf:RDF and rdf:Description add two
    assert len(load_rdf_file(path).triples) == MAX_DEPTH - 2


def test_entities_as_namespace_abbreviations_still_work(tmp_path: Path) -> None:
    path = tmp_path / "ontology.owl"
    lines = [
        '<!DOCTYPE rdf:RDF [ <!ENTITY ex "http://example.org/"> <!ENTITY rdf "' + RDF + '"> ]>',
        '<rdf:RDF xmlns:rdf="&rdf;" xmlns:ex="&ex;">',
        *(f'<rdf:Description rdf:about="&ex;e{i}"><ex:p>&ex;</ex:p></rdf:Description>' for i in range(5000)),
        "</rdf:RDF>",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    triples = load_rdf_file(path).triples
    assert len(triples) == 5000
    assert triples[0].object.value == "http://example.org/"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            '<!DOCTYPE r [ <!ENTITY % p "x"> ]>\n<r/>',
            "1: malformed RDF/XML: declares the parameter entity %p; aikg reads no DTD parameter entities",
            id="parameter-entity",
        ),
        pytest.param(
            '<!DOCTYPE r [ <!ENTITY a "&b;"> <!ENTITY b "&a;"> ]>\n<r>&a;</r>',
            "1: malformed RDF/XML: the entity 'a' refers to itself",
            id="recursive-entity",
        ),
        pytest.param(
            f'<rdf:RDF xmlns:rdf="{RDF}">\n<rdf:Description></rdf:RDF>',
            "2: malformed RDF/XML (column 20: mismatched tag); fix the syntax there",
            id="not-well-formed",
        ),
    ],
)
def test_other_hostile_xml_is_refused_with_the_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.rdf"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_rdf_file(path)
    assert str(info.value) == f"{path}:{message}"
