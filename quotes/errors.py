"""Exceptions raised by the library, with messages meant for people.

The CLI turns any :class:`QuotesError` into a one-line error and a non-zero exit.
"""

from __future__ import annotations

import os


class QuotesError(Exception):
    """Base class for errors the user can act on."""


class ReadError(QuotesError):
    """An article file could not be read. ``path`` names what failed (a file,
    or ``file:line`` for a line of a JSON lines file); ``file`` is the file it
    is in, when a reader knows it (for counting failed files)."""

    def __init__(self, path: str | os.PathLike[str], problem: str, *, file: str | None = None):
        self.path = str(path)
        self.problem = problem
        self.file = file
        super().__init__(f"{self.path}: {problem}")
