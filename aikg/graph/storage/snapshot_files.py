"""A private set of hard links to a RocksDB store's files, for a read-only open that a writer
cannot pull files from under.

Why: RocksDB's read-only open is not a snapshot of the files. It reads the manifest, and opens
the tables it lists at open or later, at first use; a writer compacting meanwhile deletes some
of them, and the reader fails with "Corruption ... .sst: No such file or directory" (at open) or
"IO error: No such file or directory" (at a later read), though nothing on disk is corrupt.
Tables never change once written, so hard links to them, with a copy of the manifest that
lists them, are a stable copy that costs no space or time to speak of (a link per file): the
writer's deletions only remove its names, and the reader's keep the data until it closes. A
copy that a writer changed half-way is made again.

The links live in ``STORE/.readers/PID-XXXX/`` and are removed at close; those of a reader that
died are removed by the next reader. Where links cannot be made (a read-only folder, another
file system), the store is opened directly, as before.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

READERS = ".readers"
# RocksDB's immutable tables, its logs and settings (linked); not the manifest and CURRENT
# (copied), its informational LOG files, nor aikg's lock and journal.
_PREFIXES = ("IDENTITY", "OPTIONS-")
_SUFFIXES = (".sst", ".log", ".blob")


def link_files(path: Path) -> Path | None:
    """A fresh folder holding the store at ``path`` as it is now; None when links cannot be made
    there. Raises FileNotFoundError when a writer changed the store while it was made (the
    caller tries again).

    The manifest (the list of live tables, which a writer appends to) and ``CURRENT`` are
    copied first, so they name tables that exist at that moment; the tables, logs and options
    are then linked. If the writer's manifest moved meanwhile, the copy may name a table that
    was compacted away before it could be linked: start again.
    """
    root = path / READERS
    try:
        root.mkdir(exist_ok=True)
        _sweep(root)
        folder = Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=root))
    except OSError:
        return None
    try:
        current = (path / "CURRENT").read_bytes()
        manifest = current.decode("ascii").strip()
        before = os.stat(path / manifest)
        shutil.copyfile(path / manifest, folder / manifest)
        (folder / "CURRENT").write_bytes(current)
        with os.scandir(path) as entries:
            names = [e.name for e in entries if e.is_file(follow_symlinks=False) and _is_linked(e.name)]
        for name in names:
            os.link(path / name, folder / name)
        after = os.stat(path / manifest)
        if (path / "CURRENT").read_bytes() != current or (after.st_size, after.st_mtime_ns) != (
            before.st_size,
            before.st_mtime_ns,
        ):
            raise FileNotFoundError(f"the store at {path} changed while its snapshot was taken")
    except FileNotFoundError:
        remove(folder)
        raise
    except (OSError, UnicodeDecodeError):
        remove(folder)
        return None
    return folder


def remove(folder: Path) -> None:
    """Remove a folder of links (the data stays while the store's own names or a reader hold it)."""
    shutil.rmtree(folder, ignore_errors=True)


def _is_linked(name: str) -> bool:
    return name.startswith(_PREFIXES) or name.endswith(_SUFFIXES)


def _sweep(root: Path) -> None:
    """Remove the link folders of readers that are no longer running."""
    for child in root.iterdir():
        pid = child.name.split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            remove(child)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    # A zombie (exited, not yet reaped) is no reader.
    with contextlib.suppress(OSError), open(f"/proc/{pid}/stat", encoding="ascii") as f:
        return f.read().rsplit(")", 1)[-1].split()[0] != "Z"
    return True
