"""Reading one article file as text: the size limit, decoding the bytes, and
the error callback that readers of many files share.

Bad input is a :class:`quotes.errors.ReadError` naming the file with a one-line
problem.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from pathlib import Path

from quotes.errors import ReadError
from quotes.records import Article

MAX_FILE_BYTES = 20_000_000
"""Plain-text and HTML files larger than this (20 MB) are refused, and so are
longer JSON lines (a JSON lines file is read line by line, whatever its size)."""
MAX_ARTICLE_CHARS = 2_000_000
"""The longest article text, in characters: five times the longest news
features, and extracting takes about half a minute per megabyte of
dense quotes. A longer text (a book, a dump of a whole site) is refused with a
message saying so."""

OnError = Callable[[ReadError], None]
"""Receives each :class:`ReadError` while reading goes on with the next line or file."""


def report_error(error: ReadError, on_error: OnError | None) -> None:
    """Hand ``error`` to ``on_error`` (reading goes on), or raise it when
    there is none (the first error stops reading)."""
    if on_error is None:
        raise error
    on_error(error)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _decode(data: bytes, path: str) -> str:
    """The text of ``data`` by its byte-order mark, else UTF-8, else
    Windows-1252, else Latin-1."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError(
                path, "binary file (a UTF-16 mark, then bytes that are not UTF-16 text)"
            ) from None
    if b"\x00" in data:
        raise ReadError(path, "binary file (NUL bytes; expected text)")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # every byte is a Latin-1 character


def decode_bytes(data: bytes, *, path: str | Path = "<bytes>") -> str:
    """Decode the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with
    BOM, else Windows-1252, else Latin-1. Line endings are kept as they are.

    Raises :class:`ReadError` ``"empty file"`` for no text and ``"binary file"``
    for data that is not text (NUL bytes, control characters).
    """
    text = _decode(data, str(path))
    if not text.strip():
        raise ReadError(path, "empty file")
    sample = text[:4096]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise ReadError(path, "binary file (control characters; expected text)")
    return text.replace("\x00", "\ufffd")  # a stray NUL (UTF-16 text) would cut SQLite's substr()


def size_problem(size: int, *, what: str) -> str | None:
    """Why a file (or one line, ``what``) of ``size`` bytes is refused, or None
    when it is within :data:`MAX_FILE_BYTES`."""
    if size <= MAX_FILE_BYTES:
        return None
    shown = f"{size / 1e6:.1f} MB" if size >= MAX_FILE_BYTES + 100_000 else f"{size:,} bytes"
    return f"{what} too large ({shown}; the limit is {MAX_FILE_BYTES / 1e6:.0f} MB)"


def article_length_problem(text: str) -> str | None:
    """Why an article text is refused for its length, or None when it is within
    :data:`MAX_ARTICLE_CHARS`."""
    if len(text) <= MAX_ARTICLE_CHARS:
        return None
    return (
        f"{len(text):,} characters of text, more than a news article has "
        f"(the limit is {MAX_ARTICLE_CHARS:,}): split it into articles"
    )


def checked_length(text: str, *, path: str | Path) -> str:
    """``text``, or :class:`ReadError` naming ``path`` when it is too long for an article."""
    problem = article_length_problem(text)
    if problem:
        raise ReadError(path, problem)
    return text


def checked_article(article: Article, *, path: str | Path) -> Article:
    """``article``, or :class:`ReadError` naming ``path`` when its text is too long."""
    checked_length(article.text, path=path)
    return article


def unreadable(path: Path, error: OSError) -> ReadError:
    """The :class:`ReadError` for a file the system would not let us read."""
    return ReadError(path, f"cannot read file: {error.strerror or error}")


def read_bytes(path: Path) -> bytes:
    """The bytes of the file at ``path``, refused when over :data:`MAX_FILE_BYTES`."""
    try:
        problem = size_problem(path.stat().st_size, what="file")
        if problem:
            raise ReadError(path, problem)
        return path.read_bytes()
    except OSError as error:
        raise unreadable(path, error) from None


def read_text(path: str | Path) -> str:
    """The decoded text of a plain-text file (see :func:`decode_bytes`): the text
    that quote offsets index."""
    path = Path(path)
    return decode_bytes(read_bytes(path), path=path)
