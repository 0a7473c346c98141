"""The store's journal of graphs in flight: graphs a writer is writing outside one transaction.

Two kinds of write leave graphs that readers must not see and the next writer must drop if the
process dies: staging graphs (``urn:aikg:staging:<uuid>``, filled, then moved into place in one
update) and the graphs of a RocksDB bulk load (not a transaction at all). A writer names them here,
durably, before writing them, and takes them out once they are in place or gone.

Why a file and not a scan: finding such graphs by listing every named graph costs 0.3 s at 48k
documents, on every read-only open. Reading this file costs microseconds.

The file starts with ``generation N``: N grows by one each time a writer adds graphs, and the file
is never deleted once written. A reader reads it before and after opening its snapshot; if N is the
same both times, no write began in between, so every graph in flight in the snapshot is named in
one of the two reads. If N changed, the reader falls back to listing the graphs (see Store).
A writer's open drops what the journal names, lists every graph to drop stray staging graphs too,
and then writes the journal (empty) if there is none: from then on every graph in flight is in it.
A store with no journal, or one without the generation line (written by hand or by an older aikg),
is read the same way but never trusted to be complete.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from aikg.errors import StoreError

JOURNAL = "aikg-in-flight.journal"
LEGACY_JOURNAL = "aikg-bulk-load.journal"  # an older aikg's bulk-load journal: honoured, then removed
_HEADER = "generation "


def read_journal(path: Path) -> tuple[int | None, frozenset[str]]:
    """(generation, graphs in flight) of the store at ``path``; generation None if the journal
    cannot vouch for being complete: there is none (no writer of this aikg has opened the store
    yet, to drop what an older one left) or it has no generation line."""
    generation: int | None = None
    graphs: set[str] = set()
    for name in (JOURNAL, LEGACY_JOURNAL):
        try:
            lines = (path / name).read_text(encoding="utf-8").split("\n")
        except FileNotFoundError:
            continue
        except OSError as e:
            raise StoreError(f"cannot read {path / name}: {e}; check its permissions") from e
        header = lines[0][len(_HEADER) :] if lines[0].startswith(_HEADER) else ""
        generation = int(header) if name == JOURNAL and header.isdigit() else None
        if header.isdigit():
            lines = lines[1:]
        graphs.update(line.strip() for line in lines if line.strip())
    return generation, frozenset(graphs)


def begin(path: Path, graphs: Iterable[str]) -> None:
    """Name ``graphs`` as in flight, durably, before any of them is written."""
    generation, current = read_journal(path)
    _write(path, (generation or 0) + 1, current | set(graphs))


def end(path: Path, graphs: Iterable[str]) -> None:
    """Take ``graphs`` out of the journal: they are in place (or gone) and durable in the store.
    Durable too, since the next writer drops whatever the journal still names."""
    generation, current = read_journal(path)
    _write(path, generation or 0, current - set(graphs))


def clear(path: Path) -> None:
    """Empty the journal once a writer has dropped what it named (and retire a legacy one)."""
    generation, current = read_journal(path)
    if current or generation is None:
        _write(path, generation or 0, set())
    legacy = path / LEGACY_JOURNAL
    if legacy.exists():
        legacy.unlink()
        _fsync_dir(path)


def _write(path: Path, generation: int, graphs: Iterable[str]) -> None:
    journal = path / JOURNAL
    partial = journal.with_suffix(".partial")
    try:
        with partial.open("w", encoding="utf-8") as f:
            f.write("".join(g + "\n" for g in [f"{_HEADER}{generation}", *sorted(graphs)]))
            f.flush()
            os.fsync(f.fileno())
        partial.replace(journal)
        _fsync_dir(path)
    except OSError as e:
        raise StoreError(f"cannot write {journal}: {e}; check the disk space and permissions") from e


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
