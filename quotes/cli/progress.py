"""Progress bars on a terminal for the library's long tasks.

:class:`ProgressBars` is the ``on_progress`` the commands give the library
(:mod:`quotes.progress`): one tqdm bar per task on stderr, with the items done,
the rate and the time left; nothing at all when stderr is not a terminal (a
pipe, a log file, a test), so output that is read by programs stays clean.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

from quotes.progress import Progress

FALLBACK_SIZE = os.terminal_size((80, 24))
"""The size assumed of a terminal that does not say its size (a pseudo-terminal
started without one): tqdm draws nothing on a terminal of 0 lines."""


def sized_terminal(stream: IO[str]) -> bool:
    """True when ``stream``'s terminal gives its size (tqdm then follows it)."""
    try:
        size = os.get_terminal_size(stream.fileno())
    except (OSError, ValueError):
        return False
    return size.columns > 0 and size.lines > 0


class ProgressBars:
    """Draws each task's progress reports as a bar on ``stream`` (a terminal)."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.bars: dict[str, Any] = {}

    def __call__(self, progress: Progress) -> None:
        """Move the bar of ``progress.task`` (opened at its first report)."""
        if not self.enabled:
            return
        bar = self.bars.get(progress.task)
        if bar is None:
            from tqdm import tqdm

            sized = sized_terminal(self.stream)
            bar = tqdm(
                total=progress.total,
                desc=progress.task,
                unit=f" {progress.unit}",
                file=self.stream,
                dynamic_ncols=sized,
                ncols=None if sized else FALLBACK_SIZE.columns,
                nrows=None if sized else FALLBACK_SIZE.lines,
                mininterval=0.2,
            )
            self.bars[progress.task] = bar
        if progress.total != bar.total:
            bar.total = progress.total
        bar.update(progress.done - bar.n)
        if progress.total is not None and progress.done >= progress.total:
            self._close(progress.task)

    def _close(self, task: str) -> None:
        bar = self.bars.pop(task, None)
        if bar is not None:
            bar.close()

    def close(self) -> None:
        """Close the bars still open (a task that stopped short)."""
        for task in list(self.bars):
            self._close(task)


@contextmanager
def progress_bars() -> Iterator[ProgressBars]:
    """:class:`ProgressBars` on stderr for the duration of a command."""
    bars = ProgressBars()
    try:
        yield bars
    finally:
        bars.close()
