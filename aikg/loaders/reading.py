"""Reading a file's text, with errors that name the file and the fix."""

from __future__ import annotations

from pathlib import Path

from aikg.errors import InputError


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as e:
        raise InputError(str(path), "no such file (was it moved or deleted?)") from e
    except IsADirectoryError as e:
        raise InputError(str(path), "is a directory, not a file") from e
    except OSError as e:
        raise InputError(str(path), f"cannot read: {e.strerror or e}") from e


def read_text(path: Path) -> str:
    """The file as UTF-8 text; binary, undecodable and empty files are errors."""
    data = read_bytes(path)
    if b"\x00" in data[:8192]:
        raise InputError(str(path), "looks like a binary file (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(
            str(path),
            f"not valid UTF-8 (byte {e.start}); convert it, e.g. `iconv -f latin1 -t utf-8`",
        ) from e
    if not text.strip():
        raise InputError(str(path), "is empty")
    return text
