"""The progress line on stderr while a batch runs (only on a terminal, never with ``--quiet``)."""
from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from typing import TextIO

from kg.batch.outcome import Outcome

class Progress:
    """One line on stderr, redrawn at most 10 times a second: done/total, rate, ETA.

    Silent when `enabled` is False (stderr is not a terminal, or ``--quiet``).
    """

    def __init__(self, total: int | None, enabled: bool, stream: TextIO | None = None):
        self.total = total
        self.enabled = enabled
        self.stream = stream or sys.stderr
        self.done = 0
        self.started = time.monotonic()
        self.drawn = 0.0

    def advance(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.drawn >= 0.1 or self.done == self.total:
            self.drawn = now
            self.stream.write("\r" + self.line(now - self.started) + "\x1b[K")
            self.stream.flush()

    def line(self, elapsed: float) -> str:
        """The progress text after `elapsed` seconds.

        >>> p = Progress(200, False); p.done = 50; p.line(10.0)
        ' 50/200 articles  25%  5.0 articles/s  ETA 0:30'
        """
        rate = self.done / elapsed if elapsed > 0 else 0.0
        if self.total:
            width = len(str(self.total))
            left = (self.total - self.done) / rate if rate > 0 else 0
            eta = f"{int(left // 60)}:{int(left % 60):02d}"
            return (f"{self.done:>{width}}/{self.total} articles  {100 * self.done // self.total}%  "
                    f"{rate:.1f} articles/s  ETA {eta}")
        return f"{self.done} articles  {rate:.1f} articles/s"

    def close(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def progress_enabled(quiet: bool, stream: TextIO | None = None) -> bool:
    """Whether to draw progress: not `quiet`, and stderr is a terminal."""
    stream = stream or sys.stderr
    return not quiet and hasattr(stream, "isatty") and stream.isatty()


def tracked(outcomes: Iterator[Outcome], progress: Progress) -> Iterator[Outcome]:
    """`outcomes`, advancing `progress` with each."""
    try:
        for outcome in outcomes:
            progress.advance()
            yield outcome
    finally:
        progress.close()
