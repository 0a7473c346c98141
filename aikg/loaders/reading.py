"""Reading a file's bytes and text, with errors that name the file, the problem and the fix.

Folders scraped from the web hold everything: binary files with a text suffix, legacy encodings,
empty files, named pipes, broken links, files deleted while we run and files far too large to be
an article. Each becomes one :class:`InputError` here, before anything reaches the store.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from aikg.errors import InputError

MB = 1000 * 1000  # decimal megabytes, as sizes are shown (see size_text)
DEFAULT_MAX_MB = 10.0  # a 1 MB article takes ~12 s to extract and 5 MB ~4.5 min: far past any article
SIZE_ENV = "AIKG_MAX_FILE_MB"
# Set for the length of one ingest by `size_limit`; otherwise the env var or the default rules.
_limit: ContextVar[float | None] = ContextVar("aikg_max_file_mb", default=None)

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Text:
    """A file's decoded text and, when it was not UTF-8, the encoding it was read as."""

    text: str
    encoding: str | None = None


def max_file_mb() -> float:
    """The size limit for one file, in MB: from `size_limit`, else ``AIKG_MAX_FILE_MB``, else 10."""
    limit = _limit.get()
    if limit is not None:
        return limit
    raw = os.environ.get(SIZE_ENV)
    if not raw:
        return DEFAULT_MAX_MB
    try:
        value = float(raw)
    except ValueError:
        from aikg.errors import AIKGError

        raise AIKGError(f"{SIZE_ENV}={raw!r} is not a number of megabytes; set it to e.g. 50") from None
    return value


@contextmanager
def size_limit(megabytes: float | None) -> Iterator[None]:
    """Read files under a size limit of ``megabytes`` (None: the env var or the default)."""
    token = _limit.set(megabytes)
    try:
        yield
    finally:
        _limit.reset(token)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _missing(path: Path) -> InputError:
    if path.is_symlink():
        target = os.readlink(path)
        return InputError(str(path), f"broken symbolic link (its target {target} does not exist)")
    return InputError(str(path), "no such file (was it moved or deleted while aikg ran?)")


def check_file(path: Path) -> None:
    """Raise InputError unless ``path`` is a regular file (or a link to one) that exists."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise _missing(path) from None
    except OSError as e:
        raise InputError(str(path), f"cannot read: {e.strerror or e}") from e
    if stat.S_ISDIR(mode):
        raise InputError(str(path), "is a directory, not a file")
    if not stat.S_ISREG(mode):
        raise InputError(str(path), f"is {_kind(mode)}, not a regular file; skipped")


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading in binary, refusing what is not a regular file.

    Opened non-blocking and checked with fstat, so a named pipe (even one swapped in after
    discovery) is refused instead of hanging the run.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise _missing(path) from None
    except IsADirectoryError as e:
        raise InputError(str(path), "is a directory, not a file") from e
    except OSError as e:
        if e.errno == errno.ENXIO:  # a socket, or a FIFO's peculiarity on some systems
            raise InputError(str(path), "is a special file, not a regular file; skipped") from e
        raise InputError(str(path), f"cannot read: {e.strerror or e}") from e
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):  # checked before fdopen, which refuses a folder itself
        os.close(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(str(path), "is a directory, not a file")
        raise InputError(str(path), f"is {_kind(info.st_mode)}, not a regular file; skipped")
    return os.fdopen(fd, "rb")


def size_text(nbytes: int) -> str:
    """A size as people read it: ``100,000,000`` bytes is ``100.0 MB`` (decimal megabytes,
    as file managers and `ls -h --si` say; the limit's MB are the same unit).

    >>> size_text(100_000_000), size_text(1536)
    ('100.0 MB', '0.0 MB')
    """
    return f"{nbytes / MB:.1f} MB"


def too_large(
    path: Path | str,
    nbytes: int,
    *,
    what: str = "file",
    line: int | None = None,
    limit_mb: float | None = None,
) -> InputError:
    """The error for a file (or one article of a JSON Lines file) over the size limit."""
    limit_mb = max_file_mb() if limit_mb is None else limit_mb
    fix = (
        f"split it, or raise the limit with `aikg ingest --max-size MB` or {SIZE_ENV}"
        if what == "file"
        else f"raise the limit with `aikg ingest --max-size MB` or {SIZE_ENV}"
    )
    problem = f"too large ({size_text(nbytes)}; the limit is {limit_mb:g} MB per {what}); {fix}"
    return InputError(str(path), problem, line=line)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing what is not a regular file or is over the size limit.

    The size is checked before reading (see `open_regular`), so a huge file costs no memory.
    """
    path = Path(path)
    return _read_limited(path, int(max_file_mb() * MB), lambda size: too_large(path, size))


QUERY_MAX_BYTES = 1 * MB  # as the endpoint's request body: far beyond any hand-written query


def query_argument(value: str) -> str:
    """The SPARQL a command line gives: the text itself, or with ``@FILE`` that file's text
    (read by :func:`read_query_file`). Raises InputError naming the file."""
    return read_query_file(Path(value[1:])) if value.startswith("@") else value


def read_query_file(path: Path) -> str:
    """A SPARQL query file's text (``aikg query @FILE``), read as documents are: a regular
    file only (never a folder, a pipe or ``/dev/zero``), at most 1 MB, and UTF-8 text.
    Raises InputError naming the file."""
    path = Path(path)
    data = _read_limited(
        path, QUERY_MAX_BYTES, lambda size: InputError(str(path), "too large for a query file (over 1 MB)")
    )
    if b"\x00" in data:
        raise InputError(str(path), "binary file (not text: it contains NUL bytes), not a SPARQL query")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(
            str(path), f"not UTF-8 text (byte {e.start}); save the query as UTF-8, e.g. `iconv -t utf-8`"
        ) from e


def _read_limited(path: Path, limit: int, too_big: Callable[[int], InputError]) -> bytes:
    """At most ``limit`` bytes of the regular file ``path``; ``too_big(size)`` is raised beyond."""
    with open_regular(path) as f:
        size = os.fstat(f.fileno()).st_size
        if size > limit:
            raise too_big(size)
        try:
            data = f.read(limit + 1)  # the file may have grown since fstat
        except OSError as e:
            raise InputError(str(path), f"cannot read: {e.strerror or e}") from e
        if len(data) > limit:
            raise too_big(len(data))
        return data


def encoding_name(codec: str) -> str:
    """The name people know an encoding by: ``cp1252`` is ``windows-1252``, ``latin_1`` is
    ``iso-8859-1``.

    >>> encoding_name("cp1252"), encoding_name("utf_16_le")
    ('windows-1252', 'utf-16-le')
    """
    name = codecs.lookup(codec).name
    if name.startswith("cp125"):
        return "windows-" + name[2:]
    if name.startswith("iso8859-"):
        return "iso-" + name[3:]
    return name


_LATIN_TOLERANCE = 0.02  # charset-normalizer's "chaos" (share of odd characters) to give away


def _guess(data: bytes) -> tuple[str, str] | None:
    """Decode with charset-normalizer's best guess; None when no encoding fits well.

    Short Western-European texts decode almost equally well as several code pages (mac-latin2
    can score a hair better than windows-1252 on a French sentence); when windows-1252 fits
    within ``_LATIN_TOLERANCE`` of the best guess it wins, as browsers (WHATWG) default to it.
    """
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    if not results:
        return None
    best = results[0]
    for r in results:
        if encoding_name(r.encoding) == "windows-1252" and r.chaos <= best.chaos + _LATIN_TOLERANCE:
            best = r
            break
    text = str(best)
    try:
        if data.decode("cp1252") == text:  # same text: say so by the common name
            return text, "windows-1252"
    except UnicodeDecodeError:
        pass
    return text, encoding_name(best.encoding)


def _bomless_utf16(data: bytes) -> Text | None:
    """UTF-16 without a byte-order mark (Windows exports): text whose every other byte is NUL."""
    if len(data) % 2 or len(data) < 4:
        return None
    half = len(data) // 2
    for codec, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        low = data[0::2] if codec == "utf-16-le" else data[1::2]
        if high.count(0) >= 0.6 * half and low.count(0) == 0:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            if not _CONTROL.search(text):
                return Text(text, codec)
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(path: Path, data: bytes) -> Text:
    """``data`` as text: UTF-8 (with or without BOM) first, then UTF-16/32 by BOM, then
    charset-normalizer's confident guess, reported as the encoding used; binary is an error."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as e:
                raise InputError(
                    str(path), f"starts with a {codec} byte-order mark but is not valid {codec} (truncated?)"
                ) from e
            return Text(text, None if codec == "utf-8-sig" else encoding_name(codec))
    if b"\x00" in data:
        if (utf16 := _bomless_utf16(data)) is not None:
            return utf16
        raise InputError(str(path), "binary file (not text: it contains NUL bytes); skipped")
    try:
        return Text(data.decode("utf-8"))
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data" and e.end == len(data) and e.start > 0:
            # Valid UTF-8 cut off mid-character (a truncated download): keep what is whole.
            return Text(data[: e.start].decode("utf-8"), "utf-8, incomplete last character dropped")
    guessed = _guess(data)
    if guessed is None:
        raise InputError(
            str(path),
            "binary file (not text: no text encoding fits it); if it is text, convert it to UTF-8, "
            "e.g. `iconv -f ENCODING -t utf-8`",
        )
    return Text(*guessed)


def read_text(path: Path) -> str:
    """The file's text (see `read_decoded`)."""
    return read_decoded(path).text


def read_decoded(path: Path) -> Text:
    """The file's text and the encoding it was read as; binary and empty files are errors."""
    path = Path(path)
    data = read_bytes(path)
    if not data:
        raise InputError(str(path), "empty file (0 bytes)")
    decoded = decode(path, data)
    if not decoded.text.strip():
        raise InputError(str(path), "holds only whitespace, no text")
    return decoded
