"""Exceptions raised by the library, with messages meant for people.

The CLI turns any :class:`QuotesError` into a one-line error and a non-zero exit.
"""

from __future__ import annotations

import os
import re

_UNPRINTABLE_RE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")
"""Control characters, line and paragraph separators, and the marks that
reverse the direction of text, which would break a one-line message or
disguise a file name."""


def printable_path(path: str | os.PathLike[str] | bytes) -> str:
    """A file name as text that can be stored and shown on one line: bytes that
    are not UTF-8 (``caf\\xe9.txt`` in Latin-1) as ``\\xe9``, control and
    direction characters as ``\\n``, ``\\u202e``.

    File names are data: any bytes a file system allows may be in one."""
    text = os.fsdecode(path)
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _UNPRINTABLE_RE.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), text)


class QuotesError(Exception):
    """Base class for errors the user can act on."""


class ReadError(QuotesError):
    """An article file could not be read. ``path`` names what failed (a file,
    or ``file:line`` for a line of a JSON lines file); ``file`` is the file it
    is in, when a reader knows it (for counting failed files)."""

    def __init__(self, path: str | os.PathLike[str], problem: str, *, file: str | None = None):
        self.path = printable_path(path)
        self.problem = problem
        self.file = printable_path(file) if file is not None else None
        super().__init__(f"{self.path}: {problem}")
