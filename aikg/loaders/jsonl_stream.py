"""Reading a JSON Lines dump in bounded memory, as chunks of lines for the extraction workers.

A dump holds hundreds of articles (or millions: 5 GB is a plain export), so the size limit
applies per line (per article), never to the file, and the file is never read whole: lines are
read one at a time, a line over the limit is skipped without being held, and lines travel in
small chunks, so one dump's articles spread over every worker. Lines are split here, in the
process that reads the file; parsing and extraction happen in the workers.
"""

from __future__ import annotations

import codecs
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from aikg.errors import InputError
from aikg.loaders.reading import MB, open_regular, too_large

CHUNK_LINES = 8  # small enough to keep two workers busy on a few hundred articles
CHUNK_BYTES = 1_000_000  # and a chunk of long articles stays near a megabyte in flight
_SKIP = 1 << 16
_WIDE_BOMS = (  # JSON Lines is UTF-8, but Windows tools write these
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class JsonlChunk:
    """Some lines of one JSON Lines file: the unit of work a worker extracts.

    ``lines`` are (line number, the line's bytes, UTF-8 unless the line is not); ``problems``
    are (line number, message) for lines already refused here (0 for the whole file); ``size``
    is the bytes of the file this chunk covers, for progress.
    """

    path: str
    lines: tuple[tuple[int, bytes], ...] = ()
    problems: tuple[tuple[int, str], ...] = ()
    size: int = 0


def _ends_line(piece: bytes | str) -> bool:
    return piece[-1:] in (b"\n", "\n")


def _skip_line(f: BinaryIO | io.TextIOWrapper) -> int:
    """Read to the end of the current line in small pieces; the length skipped."""
    skipped = 0
    while True:
        piece = f.readline(_SKIP)
        skipped += len(piece)
        if not piece or _ends_line(piece):
            return skipped


def _lines(f: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, the line or None when over ``limit`` bytes, bytes consumed), in order."""
    head = f.read(4)
    f.seek(0)
    stream: BinaryIO | io.TextIOWrapper = f
    for bom, codec in _WIDE_BOMS:
        if head.startswith(bom):
            stream = io.TextIOWrapper(f, encoding=codec, errors="replace", newline="")
            break
    number = 0
    while True:
        piece = stream.readline(limit + 1)
        if not piece:
            return
        number += 1
        line = piece if isinstance(piece, bytes) else piece.encode("utf-8", "surrogatepass")
        if number == 1:
            line = line.removeprefix(codecs.BOM_UTF8)
        ends = _ends_line(piece)
        if len(piece) - ends > limit:
            yield number, None, len(line) + (0 if ends else _skip_line(stream))
        else:
            yield number, line, len(line)


def _whole_file_problem(path: Path, f: BinaryIO) -> str | None:
    size = os.fstat(f.fileno()).st_size
    if size == 0:
        return str(InputError(str(path), "empty file (0 bytes)"))
    head = f.read(4096)
    f.seek(0)
    if head.startswith(b"\x1f\x8b"):
        return str(InputError(str(path), "gzip-compressed, not text; decompress it first (`gunzip -k FILE`)"))
    if b"\x00" in head and not any(head.startswith(bom) for bom, _ in _WIDE_BOMS):
        return str(InputError(str(path), "binary file (not text: it contains NUL bytes); skipped"))
    return None


def jsonl_chunks(path: Path | str, *, max_line_bytes: int) -> Iterator[JsonlChunk]:
    """The lines of ``path`` in chunks, read in bounded memory (a line at most ``max_line_bytes``;
    a longer one becomes a problem naming its line). Never raises for a bad file: a file that
    cannot be read is one chunk holding one problem."""
    path = Path(path)
    try:
        f = open_regular(path)
    except InputError as e:
        yield JsonlChunk(str(path), problems=((0, str(e)),))
        return
    with f:
        if (whole := _whole_file_problem(path, f)) is not None:
            yield JsonlChunk(str(path), problems=((0, whole),))
            return
        lines: list[tuple[int, bytes]] = []
        problems: list[tuple[int, str]] = []
        held = consumed = 0
        articles = refused = 0
        limit_mb = max_line_bytes / MB
        try:
            for number, line, nbytes in _lines(f, max_line_bytes):
                consumed += nbytes
                if line is None:
                    refused += 1
                    problems.append(
                        (number, str(too_large(path, nbytes, what="article", line=number, limit_mb=limit_mb)))
                    )
                elif line.strip():
                    lines.append((number, line))
                    held += len(line)
                    articles += 1
                if len(lines) >= CHUNK_LINES or held >= CHUNK_BYTES or len(problems) >= CHUNK_LINES:
                    yield JsonlChunk(str(path), tuple(lines), tuple(problems), consumed)
                    lines, problems, held, consumed = [], [], 0, 0
        except OSError as e:
            problems.append((0, str(InputError(str(path), f"cannot read: {e.strerror or e}"))))
        if not articles and not refused and not problems:
            empty = InputError(str(path), "holds no articles (expected one JSON object per line)")
            problems.append((0, str(empty)))
        if lines or problems or consumed:
            yield JsonlChunk(str(path), tuple(lines), tuple(problems), consumed)
