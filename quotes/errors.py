"""Exceptions raised by the library, with messages meant for people.

The CLI turns any :class:`QuotesError` into a one-line error and a non-zero exit.
"""

from __future__ import annotations


class QuotesError(Exception):
    """Base class for errors the user can act on."""


class ReadError(QuotesError):
    """An article file could not be read. ``path`` names the file."""

    def __init__(self, path: str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
