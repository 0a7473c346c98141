"""Files in, documents out: one reader per format. Articles come out as documents for the
extractor (``aikg.extract``); fact files and RDF files carry their statements already."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from aikg.errors import InputError
from aikg.loaders.html import HTML_SUFFIXES
from aikg.loaders.jsonl import JSONL_SUFFIXES
from aikg.loaders.rdf_files import RDF_FORMATS, RdfFile
from aikg.loaders.reading import check_file
from aikg.ontology.models import Document, Extraction
from aikg.ontology.registry import NameIndex

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
FACT_SUFFIXES = (".yaml", ".yml")
SUPPORTED = (*ARTICLE_SUFFIXES, *HTML_SUFFIXES, *FACT_SUFFIXES, *JSONL_SUFFIXES, *RDF_FORMATS)


def find_files(
    paths: Iterable[Path],
    *,
    follow_links: bool = False,
    on_skip: Callable[[str], None] | None = None,
) -> list[Path]:
    """The files to ingest: files as given, folders walked recursively (hidden entries and
    unsupported suffixes skipped); fact files first, so articles can use the entities they add.
    Pipes and broken links in a folder are kept, so that `load` names them instead of silence.
    A link in a folder that leads outside it is skipped, and ``on_skip`` told why, unless
    ``follow_links`` (see :mod:`aikg.loaders.links`)."""
    from aikg.loaders.links import outside_target, skip_message

    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                if (
                    p.is_dir()
                    or p.suffix.lower() not in SUPPORTED
                    or any(part.startswith(".") for part in p.relative_to(path).parts)
                ):
                    continue
                target = None if follow_links else outside_target(p, path)
                if target is None:
                    found.append(p)
                elif on_skip is not None:
                    on_skip(skip_message(p, path, target))
        else:
            found.append(path)
    unique = list(dict.fromkeys(found))
    return sorted(unique, key=lambda p: p.suffix.lower() not in FACT_SUFFIXES)


def load(path: Path, names: NameIndex) -> Document | Extraction | RdfFile:
    """Read one file by its suffix; raises InputError naming the file on any problem.

    Articles (text, Markdown, HTML) come back as a Document to extract; a fact file as the
    Extraction it states; RDF as its triples. JSON Lines holds many documents and is streamed
    (``aikg.loaders.jsonl_stream``), not loaded whole.
    """
    suffix = path.suffix.lower()
    check_file(path)
    if suffix in FACT_SUFFIXES:
        from aikg.loaders.facts import load_fact_file

        return load_fact_file(path, names)
    if suffix in JSONL_SUFFIXES:  # many documents, streamed: see aikg.ingest.work.file_tasks
        raise InputError(str(path), "JSON Lines is read line by line: use aikg.ingest.work.extract_file")
    if suffix in RDF_FORMATS:
        from aikg.loaders.rdf_files import load_rdf_file

        return load_rdf_file(path)
    if suffix in ARTICLE_SUFFIXES:
        from aikg.loaders.text import read_article

        return read_article(path)
    if suffix in HTML_SUFFIXES:
        from aikg.loaders.html import read_html

        return read_html(path)
    raise InputError(
        str(path),
        f"unsupported file type {suffix or '(no suffix)'!r}; expected one of {', '.join(SUPPORTED)}",
    )
