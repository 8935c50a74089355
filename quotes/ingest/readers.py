"""Finding article files and reading each by its format: plain text, HTML pages
and JSON lines.

Every reader returns :class:`quotes.records.Article`. ``Article.text`` is the text
as read (a plain-text file decoded without touching its line endings, the main
text trafilatura finds in a page, or the ``text`` field of a JSON line): quote
offsets index it, so nothing here rewrites it. What is not part of the story
(title and byline lines, site banners, breadcrumbs, crossheads, comment-form and
mailing-list footers) is recorded as ``Article.boilerplate`` ranges instead.

Errors: bad input is a :class:`quotes.errors.ReadError` naming the file (and the
line, for JSON lines) with a one-line problem. The functions that read many
articles take ``on_error``: a callable that receives each ``ReadError`` while
reading goes on with the next line or file. Without ``on_error`` the first error
is raised.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from quotes.errors import ReadError, printable_path
from quotes.ingest.files import (
    OnError,
    checked_article,
    checked_length,
    decode_bytes,
    read_bytes,
    read_text,
    report_error,
)
from quotes.ingest.html_pages import parse_html
from quotes.ingest.json_lines import read_jsonl
from quotes.ingest.plain_text import parse_text
from quotes.records import Article

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES


def file_format(path: str | Path) -> str:
    """``"html"``, ``"jsonl"`` or ``"text"`` from the file name (anything else is text)."""
    suffix = Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "text"


def read_path(path: str | Path, *, on_error: OnError | None = None) -> Iterator[Article]:
    """The articles in one file: one for plain text or HTML, one per line for JSON
    lines. Errors of single JSON lines go to ``on_error`` (reading goes on) or,
    without it, are raised; a file that cannot be read at all raises
    :class:`ReadError`, and so does an article longer than
    :data:`~quotes.ingest.files.MAX_ARTICLE_CHARS`. ``Article.source`` is the
    path as :func:`~quotes.errors.printable_path` shows it."""
    path = Path(path)
    kind = file_format(path)
    if kind == "jsonl":
        yield from read_jsonl(path, on_error)
        return
    source = printable_path(path)
    if kind == "html":
        article = parse_html(decode_bytes(read_bytes(path), path=path), source=source)
    else:
        article = parse_text(checked_length(read_text(path), path=path), source=source)
    yield checked_article(article, path=path)


def _is_article_file(path: Path) -> bool:
    """True for a file with an article suffix that is not hidden."""
    return not path.name.startswith(".") and path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file()


def _folder_files(folder: Path, on_error: OnError | None) -> tuple[list[Path], int]:
    """The article files under ``folder`` (sorted, hidden ones skipped) and the
    number of folders that could not be read; each of those is a
    :class:`ReadError` sent to ``on_error`` (raised without it)."""
    found: list[Path] = []
    unreadable = 0

    def report(error: OSError) -> None:
        nonlocal unreadable
        unreadable += 1
        problem = ReadError(str(error.filename or folder), f"cannot read folder: {error.strerror or error}")
        report_error(problem, on_error)

    for root, dirs, names in os.walk(folder, onerror=report):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        found.extend(path for path in (Path(root) / name for name in names) if _is_article_file(path))
    return sorted(found), unreadable


def _files_of(path: Path, on_error: OnError | None) -> list[Path]:
    """The article files ``path`` stands for: itself, or those in its folder."""
    if path.is_dir():
        files, unreadable = _folder_files(path, on_error)
        if not files and not unreadable:
            raise ReadError(str(path), "no .txt, .html, .htm, .jsonl or .ndjson files in this folder")
        return files
    if path.is_file():
        return [path]
    raise ReadError(str(path), "no such file or folder")


def iter_files(paths: Iterable[str | Path], *, on_error: OnError | None = None) -> Iterator[Path]:
    """The files to read: each file as given, and for each folder every
    ``.txt``, ``.html``, ``.htm``, ``.jsonl``, ``.ndjson`` file in it, recursively,
    sorted, skipping hidden files and folders."""
    for item in paths:
        try:
            yield from _files_of(Path(item), on_error)
        except ReadError as error:
            report_error(error, on_error)


def read_paths(paths: Iterable[str | Path], *, on_error: OnError | None = None) -> Iterator[Article]:
    """The articles in ``paths`` (files or folders, see :func:`iter_files`), one
    file at a time. Each :class:`ReadError` goes to ``on_error`` and reading goes
    on; without ``on_error`` the first error is raised."""
    for path in iter_files(paths, on_error=on_error):
        try:
            yield from read_path(path, on_error=on_error)
        except ReadError as error:
            report_error(error, on_error)
