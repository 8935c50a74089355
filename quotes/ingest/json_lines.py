"""Reading JSON lines files: one article per line, an object with ``text`` and
optional ``title``, ``url``, ``outlet``, ``author``, ``published``.

A bad line is a :class:`JsonLineError` naming the file and the line; reading
goes on with the next line when the caller passes ``on_error``. Lines are read
at most :data:`~quotes.ingest.files.MAX_FILE_BYTES` at a time, so a file of any
size, even one endless line, is read in bounded memory.
"""

from __future__ import annotations

import codecs
import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from quotes.errors import ReadError, printable_path
from quotes.ingest import files
from quotes.ingest.bylines import parse_date
from quotes.ingest.plain_text import analyse_text
from quotes.records import Article

_JSON_FIELDS = ("title", "url", "outlet", "author", "published")
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
"""NUL (SQLite's string functions stop at it) and lone surrogates (not UTF-8)."""


class JsonLineError(ReadError):
    """One line of a JSON lines file could not be read. ``path`` is
    ``FILE:LINE``; ``file`` names the file alone, for counting failed files."""

    def __init__(self, file: str | Path, line_number: int, problem: str) -> None:
        super().__init__(f"{printable_path(file)}:{line_number}", problem)
        self.file = printable_path(file)
        self.line_number = line_number


def _record(line: str, *, source: str, line_number: int) -> dict[str, Any]:
    """The JSON object of ``line``, checked: a non-empty ``text`` and string fields."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise JsonLineError(
            source, line_number, f"not valid JSON ({error.msg} at column {error.colno})"
        ) from None
    except RecursionError:
        raise JsonLineError(source, line_number, "not valid JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise JsonLineError(source, line_number, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        problem = 'missing "text"' if text is None else '"text" must be a non-empty string'
        raise JsonLineError(source, line_number, problem)
    for name in _JSON_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise JsonLineError(source, line_number, f'"{name}" must be a string')
    # A \uD800-style escape with no partner is not text SQLite can store, and a
    # \u0000 cuts SQLite's substr()/length(): U+FFFD stands in for them, one
    # character for one, so offsets are unchanged.
    return {
        key: _UNSTORABLE.sub("\ufffd", value) if isinstance(value, str) else value
        for key, value in record.items()
    }


def parse_json_line(line: str, *, source: str, line_number: int) -> Article:
    """An :class:`Article` from one JSON line: an object with ``text`` and
    optional ``title``, ``url``, ``outlet``, ``author``, ``published``.
    Raises :class:`JsonLineError` naming the file and line."""
    record = _record(line, source=source, line_number=line_number)
    problem = files.article_length_problem(record["text"])
    if problem:
        raise JsonLineError(source, line_number, problem)
    title = record.get("title") or None
    article = analyse_text(record["text"], title=title, title_from_text=False)
    article.title = title
    article.url = record.get("url") or None
    article.outlet = record.get("outlet") or article.outlet
    article.author = record.get("author") or article.author
    published = record.get("published")
    article.published = (parse_date(published) or published) if published else article.published
    article.source = f"{source}:{line_number}"
    article.format = "jsonl"
    return article


def numbered_lines(handle: BinaryIO) -> Iterator[tuple[int, bytes, int]]:
    """``(line number, bytes, size)`` for each line; a line longer than
    :data:`~quotes.ingest.files.MAX_FILE_BYTES` is not kept (``b""`` with its size)."""
    for line_number in itertools.count(1):
        raw = handle.readline(files.MAX_FILE_BYTES + 1)
        if not raw:
            return
        size = len(raw)
        if size > files.MAX_FILE_BYTES:
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line
                raw = handle.readline(files.MAX_FILE_BYTES)
                size += len(raw)
            raw = b""
        yield line_number, raw, size


def decode_line(raw: bytes, *, path: Path, line_number: int, size: int) -> str:
    """The text of one line, refused when too large or not UTF-8."""
    problem = files.size_problem(size, what="line")  # one article as large as a refused file
    if problem:
        raise JsonLineError(path, line_number, problem)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise JsonLineError(path, line_number, "not UTF-8 text") from None


def read_jsonl(path: Path, on_error: files.OnError | None = None) -> Iterator[Article]:
    """The articles of a JSON lines file, one per non-empty line. A bad line
    goes to ``on_error`` (reading goes on) or, without it, is raised; a file
    that cannot be opened or has no lines raises :class:`ReadError`."""
    try:
        handle = path.open("rb")
    except OSError as error:
        raise files.unreadable(path, error) from None
    found_any = False
    with handle:
        for line_number, raw, size in numbered_lines(handle):
            if line_number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if not raw.strip() and size <= files.MAX_FILE_BYTES:
                continue
            found_any = True
            try:
                line = decode_line(raw, path=path, line_number=line_number, size=size)
                article = parse_json_line(line, source=printable_path(path), line_number=line_number)
            except JsonLineError as error:
                files.report_error(error, on_error)
                continue
            yield article
    if not found_any:
        raise ReadError(path, "empty file")
