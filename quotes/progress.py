"""How long work reports how far it has got.

The library never draws anything: a long task (a build, an index rebuild, a
full-text rebuild, an evaluation) takes an optional ``on_progress`` callable
and calls it with a :class:`Progress` as it goes. The command line draws those
reports as progress bars on a terminal (:mod:`quotes.cli.progress`); scripts
may log them or ignore them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    """``done`` of ``total`` ``unit`` of ``task`` (``total`` is None when not known)."""

    task: str
    done: int
    total: int | None
    unit: str


OnProgress = Callable[[Progress], None]
"""Receives each report of a long task."""


def ignore(progress: Progress) -> None:
    """The ``on_progress`` of callers that do not watch."""


class Counter:
    """Counts the items of one task and reports each step to ``on_progress``."""

    def __init__(self, on_progress: OnProgress | None, *, task: str, total: int | None, unit: str) -> None:
        self.on_progress = on_progress or ignore
        self.task = task
        self.total = total
        self.unit = unit
        self.done = 0

    def start(self) -> None:
        """Report the task before its first item (a bar with nothing done yet)."""
        self.on_progress(Progress(task=self.task, done=self.done, total=self.total, unit=self.unit))

    def advance(self, count: int = 1) -> None:
        """``count`` more items done."""
        self.done += count
        self.on_progress(Progress(task=self.task, done=self.done, total=self.total, unit=self.unit))
