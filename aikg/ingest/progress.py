"""A progress bar for long ingests: on stderr, only on a terminal, only once an ingest is slow."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

DELAY = 2.0  # seconds before the bar appears: a quick ingest shows none


class Progress:
    """Bytes read (for MB/s and an ETA that weighs big files) and documents stored (docs/s)."""

    def __init__(self, total_bytes: int, *, enabled: bool, desc: str = "ingest") -> None:
        self._bar: Any = None
        self._docs = 0
        self._start = time.monotonic()
        self._shown = 0.0
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(
                total=total_bytes,
                unit="B",
                unit_scale=True,
                unit_divisor=1024,
                delay=DELAY,
                desc=desc,
                file=sys.stderr,
                disable=None,  # None: off when stderr is not a terminal (a log, a pipe, CI)
                dynamic_ncols=True,
            )

    def advance(self, nbytes: int, docs: int) -> None:
        """Count ``nbytes`` read and ``docs`` stored."""
        self._docs += docs
        if self._bar is None:
            return
        self._bar.update(nbytes)
        now = time.monotonic()
        if now - self._shown > 0.5:
            self._shown = now
            rate = self._docs / max(now - self._start, 1e-9)
            self._bar.set_postfix_str(f"{self._docs} docs, {rate:.1f} docs/s", refresh=False)

    def printing(self) -> Any:
        """A context in which printing does not tear the bar (it is cleared and redrawn)."""
        if self._bar is None:
            return nullcontext()
        from tqdm import tqdm

        return tqdm.external_write_mode(file=sys.stderr)

    def close(self) -> None:
        """Close the bar, if one is shown."""
        if self._bar is not None:
            self._bar.close()


@contextmanager
def progress_bar(total_bytes: int, *, enabled: bool, desc: str = "ingest") -> Iterator[Progress]:
    """A :class:`Progress` over ``total_bytes``, shown only if ``enabled``, closed when the block ends."""
    bar = Progress(total_bytes, enabled=enabled, desc=desc)
    try:
        yield bar
    finally:
        bar.close()


def quietly(bar: Progress, callback: Callable[[Any], None] | None) -> Callable[[Any], None] | None:
    """``callback`` wrapped so that what it prints does not tear the bar."""
    if callback is None:
        return None

    def call(item: Any) -> None:
        with bar.printing():
            callback(item)

    return call
