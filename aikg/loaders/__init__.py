"""Documents in, claims out: one reader per format, and the extractor for articles."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from aikg.errors import InputError
from aikg.loaders.html import HTML_SUFFIXES
from aikg.loaders.jsonl import JSONL_SUFFIXES
from aikg.loaders.rdf_files import RDF_FORMATS, RdfFile
from aikg.loaders.reading import check_file
from aikg.ontology.models import Extraction
from aikg.ontology.registry import NameIndex

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
FACT_SUFFIXES = (".yaml", ".yml")
SUPPORTED = (*ARTICLE_SUFFIXES, *HTML_SUFFIXES, *FACT_SUFFIXES, *JSONL_SUFFIXES, *RDF_FORMATS)


def discover(paths: Iterable[Path]) -> list[Path]:
    """The files to ingest: files as given, folders walked recursively (hidden entries and
    unsupported suffixes skipped); fact files first, so articles can use the entities they add.
    Pipes and broken links in a folder are kept, so that `load` names them instead of silence."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if not p.is_dir()
                and p.suffix.lower() in SUPPORTED
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found.append(path)
    unique = list(dict.fromkeys(found))
    return sorted(unique, key=lambda p: p.suffix.lower() not in FACT_SUFFIXES)


def load(path: Path, names: NameIndex) -> Extraction | RdfFile:
    """Read one file by its suffix; raises InputError naming the file on any problem."""
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
        from aikg.loaders.extract import extract
        from aikg.loaders.text import read_article

        return extract(read_article(path), names)
    if suffix in HTML_SUFFIXES:
        from aikg.loaders.extract import extract
        from aikg.loaders.html import read_html

        return extract(read_html(path), names)
    raise InputError(
        str(path),
        f"unsupported file type {suffix or '(no suffix)'!r}; expected one of {', '.join(SUPPORTED)}",
    )
