"""Reading news articles from files: plain text, HTML pages and JSON lines.

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

import codecs
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from quotes.errors import ReadError
from quotes.records import Article

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
MAX_FILE_BYTES = 20 * 1024 * 1024
"""Plain-text and HTML files larger than this are refused (JSON lines are streamed)."""

OnError = Callable[[ReadError], None]

# --- dates and bylines -------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE = (
    rf"(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH}),?\s+(?P<year2>\d{{4}})"
    rf"|(?P<iso_year>\d{{4}})-(?P<iso_month>\d{{2}})-(?P<iso_day>\d{{2}})(?:[T ][\d:.]+(?:Z|[+-]\d{{2}}:?\d{{2}})?)?)"
)
_TIME = r"(?:\s*,?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
_DATE_RE = re.compile(_DATE, re.IGNORECASE)
_DATE_LINE = re.compile(
    rf"^(?:(?:Published|Updated|Posted|Last updated|Date)\s*(?:on)?\s*:?\s*)?(?:[A-Z][a-z]+day,?\s+)?{_DATE}{_TIME}\s*$",
    re.IGNORECASE,
)
_NAME_WORD = r"(?:[A-Z][\w'’.\-]*|de|van|von|der|da|al|bin|el|la|le)"
_NAME = rf"[A-Z][\w'’.\-]*(?:\s+{_NAME_WORD}){{0,4}}"
_BYLINE = re.compile(
    rf"^By:?\s+(?P<author>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}})"
    rf"(?:\s*(?:[,|·•–—-]|\bon\b)?\s*(?:[A-Z][a-z]+day,?\s+)?(?P<date>{_DATE}){_TIME})?\s*$"
)


def parse_date(value: str | None) -> str | None:
    """The ISO 8601 date (``YYYY-MM-DD``) written in ``value``, or None.

    Understands ``July 24, 2019``, ``Jul. 24 2019``, ``24 July 2019`` and ISO
    dates or timestamps (``2019-07-24``, ``2019-07-24T10:00:00Z``).

    >>> parse_date("By the way, on July 24, 2019")
    '2019-07-24'
    """
    if not value:
        return None
    match = _DATE_RE.search(value)
    if not match:
        return None
    groups = match.groupdict()
    try:
        if groups["iso_year"]:
            year, month, day = int(groups["iso_year"]), int(groups["iso_month"]), int(groups["iso_day"])
        else:
            month_name = (groups["month"] or groups["month2"]).rstrip(".").lower()
            month = _MONTHS[month_name]
            year = int(groups["year"] or groups["year2"])
            day = int(groups["day"] or groups["day2"])
        return date(year, month, day).isoformat()
    except (KeyError, ValueError):
        return None


def parse_byline(line: str) -> tuple[str | None, str | None] | None:
    """``(author, published)`` when ``line`` is a byline or dateline, else None.

    Recognised: ``By NAME Month D, YYYY``, ``By NAME``, ``By NAME | DATE``, and a
    date alone on its line (``Month D, YYYY``, ISO dates, ``Published: ...``).
    ``published`` is an ISO 8601 date.

    >>> parse_byline("By Jane Roe March 3, 2020")
    ('Jane Roe', '2020-03-03')
    """
    line = line.strip()
    if len(line) > 120:
        return None
    match = _BYLINE.match(line)
    if match:
        author = match.group("author").strip(" ,")
        return author, parse_date(match.group("date"))
    if _DATE_LINE.match(line):
        return None, parse_date(line)
    return None


# --- boilerplate --------------------------------------------------------------

_FOOTER_PATTERNS = re.compile(
    r"leave a (?:reply|comment)|your email address will not be published|required fields are marked"
    r"|mailing list|newsletter|subscribe|sign up|sign in|log in\b|cookie|all rights reserved"
    r"|copyright|©|\bdonat(?:e|ion)\b|advertisement|skip to (?:main )?content|recent features"
    r"|related (?:articles|stories|posts|content)|read more|most (?:popular|read)|follow us"
    r"|share (?:this|on)|click here|^(?:share|print|email|tweet|comments?|menu|home|search|advertisement)$",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(r"\S\s*(?:\||›|»|>|/)\s*\S.*(?:\||›|»|>|/)")
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_DOMAIN = re.compile(
    r"\b([A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:org|com|net|info|news|co\.uk|com\.au))\b"
)
_SPACE = re.compile(r"\s+")
# A quotation then its attribution ("“Never,” said Ann Lee"): a paragraph of the
# story even without its full stop, never a heading.
_QUOTE_PARAGRAPH = re.compile(r"^[\"“«„].*[,!?][\"”»]\s+\S")
_SPEECH = re.compile(
    r"[\"“”«»„]|\b(?:said|says|say|told|tells|according to|added|stated|announced)\b", re.IGNORECASE
)

MAX_HEADING_CHARS = 100
MAX_HEADING_WORDS = 14
MAX_FOOTER_CHARS = 120
MAX_TITLE_CHARS = 250


_TOLD = re.compile(r"\btold ((?:The(?: [A-Z][\w&'’.-]*){1,4})|[A-Z]{2,6})(?=[\s,.;:!?“”\"]|$)")


def interview_outlet(text: str) -> str | None:
    """The publication sources speak to in ``text``: a name after "told" that is
    a ``The ...`` name or an acronym and comes at least twice ("told The
    Example Times", "told VBC"). None when there is no such name."""
    counts: dict[str, int] = {}
    for match in _TOLD.finditer(text):
        name = match.group(1).rstrip(".")
        counts[name] = counts.get(name, 0) + 1
    found = [(count, name) for name, count in counts.items() if count >= 2]
    return max(found)[1] if found else None


def _normal(line: str) -> str:
    return _SPACE.sub(" ", line).strip().casefold()


def is_footer_line(line: str) -> bool:
    """True for a short line of site furniture: banners, share/subscribe/cookie
    lines, comment forms, mailing-list invitations, copyright lines. A line with
    quotation marks or a speech verb (``said``, ``according to``) is story, not
    furniture, whatever words it uses."""
    line = line.strip()
    return (
        0 < len(line) <= MAX_FOOTER_CHARS and bool(_FOOTER_PATTERNS.search(line)) and not _SPEECH.search(line)
    )


def is_breadcrumb(line: str) -> bool:
    """True for a navigation trail such as ``News | World | Asia``."""
    line = line.strip()
    return (
        len(line) <= MAX_FOOTER_CHARS
        and bool(_BREADCRUMB.search(line))
        and not _SENTENCE_END.search(line)
        and not _SPEECH.search(line)
    )


def is_heading(line: str) -> bool:
    """True for a short line with no sentence-ending punctuation: a title, a
    section label or a crosshead, not a paragraph of the story. A line ending
    with a comma or dash, or with an unclosed quotation, continues a sentence;
    a quotation followed by its attribution is a paragraph."""
    line = line.strip()
    return (
        0 < len(line) <= MAX_HEADING_CHARS
        and len(line.split()) <= MAX_HEADING_WORDS
        and not _SENTENCE_END.search(line)
        and not line.endswith((",", "-", "–", "—"))
        and line.count('"') % 2 == 0
        and line.count("“") == line.count("”")
        and not _QUOTE_PARAGRAPH.match(line)
    )


def _lines(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, stripped line)`` for every non-empty line; ``end`` excludes
    the line break and trailing spaces."""
    found = []
    position = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            start = position + lead
            found.append((start, start + len(stripped), stripped))
        position += len(raw)
    return found


def _is_furniture(line: str) -> bool:
    return is_footer_line(line) or is_breadcrumb(line)


def analyse_text(text: str, *, title: str | None = None, title_from_text: bool = True) -> Article:
    """An :class:`Article` for ``text`` with title, author, date, outlet and
    boilerplate ranges found by general rules (no IO):

    - title: the first non-empty line that is not site furniture, or, when a
      byline follows a few heading lines, the heading just above the byline;
      none when that line is a long paragraph or the text's only line;
      with ``title_from_text=False`` (HTML, JSON lines) ``title`` is given instead;
    - byline and dateline near the top (``By NAME Month D, YYYY``, ``By NAME``,
      a date alone) give author and published date;
    - boilerplate: the title line and lines repeating it, byline and date lines,
      footer and banner lines (see :func:`is_footer_line`), breadcrumbs, and
      heading-like lines (see :func:`is_heading`) anywhere;
    - outlet: a site domain named in a boilerplate line (``GlobalSecurity.org``),
      else the publication sources speak to (see :func:`interview_outlet`).

    A NUL character becomes U+FFFD (the same length, so offsets hold): SQLite's
    ``length()`` stops at a NUL, which would break offset checks in SQL.
    """
    text = text.replace("\x00", "\ufffd")
    lines = _lines(text)
    author = published = None
    boilerplate: list[tuple[int, int]] = []
    title_index = None

    # The top zone: the lines before the first paragraph that reads as prose.
    top = 0
    while top < len(lines):
        line = lines[top][2]
        if _is_furniture(line) or is_heading(line) or parse_byline(line):
            top += 1
            continue
        break

    byline_index = None
    for index in range(top):
        found = parse_byline(lines[index][2])
        if found:
            boilerplate.append(lines[index][:2])
            byline_index = index if byline_index is None else byline_index
            author = author or found[0]
            published = published or found[1]

    if title_from_text:
        if byline_index is not None:
            for index in range(byline_index - 1, -1, -1):
                if is_heading(lines[index][2]) and not _is_furniture(lines[index][2]):
                    title_index = index
                    break
        if title_index is None:
            for index, (_, _, line) in enumerate(lines):
                if not _is_furniture(line) and not parse_byline(line):
                    title_index = index
                    break
        # A text that is one paragraph, or starts with a long one, has no title line.
        if title_index is not None and (
            len(lines[title_index][2]) > MAX_TITLE_CHARS or len(lines) == title_index + 1
        ):
            title_index = None
        if title_index is not None:
            title = lines[title_index][2]

    title_key = _normal(title) if title else None
    outlet = None
    for index, (start, end, line) in enumerate(lines):
        if (
            index == title_index
            or (title_key and _normal(line) == title_key)
            or _is_furniture(line)
            or is_heading(line)
        ):
            boilerplate.append((start, end))
            if outlet is None and index != title_index:
                domain = _DOMAIN.search(line)
                outlet = domain.group(1) if domain else None
    if outlet is None:
        outlet = interview_outlet(text)

    return Article(
        text=text,
        title=title,
        author=author,
        published=published,
        outlet=outlet,
        boilerplate=sorted(set(boilerplate)),
    )


# --- decoding -------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, *, path: str | Path = "<bytes>") -> str:
    """Decode the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with
    BOM, else Windows-1252, else Latin-1. Line endings are kept as they are.

    Raises :class:`ReadError` ``"empty file"`` for no text and ``"binary file"``
    for data that is not text (NUL bytes, control characters).
    """
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError(
                path, "binary file (a UTF-16 mark, then bytes that are not UTF-16 text)"
            ) from None
    elif b"\x00" in data:
        raise ReadError(path, "binary file (NUL bytes; expected text)")
    else:
        for encoding in ("utf-8", "cp1252", "latin-1"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    if not text.strip():
        raise ReadError(path, "empty file")
    sample = text[:4096]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise ReadError(path, "binary file (control characters; expected text)")
    return text.replace("\x00", "\ufffd")  # a stray NUL (UTF-16 text) would cut SQLite's substr()


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReadError(
                path, f"file too large ({size / 1e6:.0f} MB; the limit is {MAX_FILE_BYTES / 1e6:.0f} MB)"
            )
        return path.read_bytes()
    except OSError as error:
        raise ReadError(path, f"cannot read file: {error.strerror or error}") from None


def read_text(path: str | Path) -> str:
    """The decoded text of a plain-text file (see :func:`decode_bytes`): the text
    that quote offsets index."""
    path = Path(path)
    return decode_bytes(_read_bytes(path), path=path)


# --- formats --------------------------------------------------------------------


def parse_text(text: str, *, source: str | None = None) -> Article:
    """An :class:`Article` from the text of a plain-text article (see :func:`analyse_text`)."""
    article = analyse_text(text)
    article.source = source
    article.format = "text"
    return article


def _has_story(article: Article) -> bool:
    """True when some text of ``article`` lies outside its boilerplate ranges."""
    position = 0
    for start, end in sorted(article.boilerplate):
        if article.text[position:start].strip():
            return True
        position = max(position, end)
    return bool(article.text[position:].strip())


def parse_html(html: str, *, source: str | None = None) -> Article:
    """An :class:`Article` from an HTML page: trafilatura finds the main text,
    title, author, date, canonical URL and site name (the outlet)."""
    import trafilatura

    path = source or "<html>"
    try:
        document = trafilatura.bare_extraction(html, with_metadata=True)
    except Exception as error:  # trafilatura raises many kinds on broken markup
        raise ReadError(path, f"cannot parse HTML ({type(error).__name__})") from None
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise ReadError(path, "no article text found in HTML")
    title = document.title or None
    article = analyse_text(text, title=title, title_from_text=title is None)
    if not _has_story(article):
        raise ReadError(path, "no article text found in HTML (only menus, headings or footers)")
    article.author = document.author or article.author
    article.published = parse_date(document.date) or article.published
    article.url = document.url or None
    article.outlet = document.sitename or article.outlet
    article.source = source
    article.format = "html"
    return article


_JSON_FIELDS = ("title", "url", "outlet", "author", "published")
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
"""NUL (SQLite's string functions stop at it) and lone surrogates (not UTF-8)."""


def parse_json_line(line: str, *, source: str, line_number: int) -> Article:
    """An :class:`Article` from one JSON line: an object with ``text`` and
    optional ``title``, ``url``, ``outlet``, ``author``, ``published``.
    Raises :class:`ReadError` naming the file and line."""
    where = f"{source}:{line_number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ReadError(where, f"not valid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise ReadError(where, "not valid JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise ReadError(where, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        problem = 'missing "text"' if text is None else '"text" must be a non-empty string'
        raise ReadError(where, problem)
    for name in _JSON_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise ReadError(where, f'"{name}" must be a string')
    # A \uD800-style escape with no partner is not text SQLite can store, and a
    # \u0000 cuts SQLite's substr()/length(): U+FFFD stands in for them, one
    # character for one, so offsets are unchanged.
    record = {
        key: _UNSTORABLE.sub("\ufffd", value) if isinstance(value, str) else value
        for key, value in record.items()
    }
    text = record["text"]
    title = record.get("title") or None
    article = analyse_text(text, title=title, title_from_text=False)
    article.title = title
    article.url = record.get("url") or None
    article.outlet = record.get("outlet") or article.outlet
    article.author = record.get("author") or article.author
    published = record.get("published")
    article.published = (parse_date(published) or published) if published else article.published
    article.source = where
    article.format = "jsonl"
    return article


def _read_jsonl(path: Path, on_error: OnError | None) -> Iterator[Article]:
    try:
        handle = path.open("rb")
    except OSError as error:
        raise ReadError(path, f"cannot read file: {error.strerror or error}") from None
    found_any = False
    with handle:
        for line_number, raw in enumerate(handle, start=1):
            if line_number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if not raw.strip():
                continue
            found_any = True
            try:
                if len(raw) > MAX_FILE_BYTES:  # one article as large as a refused file
                    raise ReadError(
                        f"{path}:{line_number}",
                        f"line too large ({len(raw) / 1e6:.0f} MB; the limit is {MAX_FILE_BYTES / 1e6:.0f} MB)",
                    )
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    raise ReadError(f"{path}:{line_number}", "not UTF-8 text") from None
                article = parse_json_line(line, source=str(path), line_number=line_number)
            except ReadError as error:
                error.file = str(path)  # the file, for counting failed files
                if on_error is None:
                    raise
                on_error(error)
                continue
            yield article
    if not found_any:
        raise ReadError(path, "empty file")


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
    :class:`ReadError`."""
    path = Path(path)
    kind = file_format(path)
    if kind == "jsonl":
        yield from _read_jsonl(path, on_error)
    elif kind == "html":
        yield parse_html(decode_bytes(_read_bytes(path), path=path), source=str(path))
    else:
        yield parse_text(read_text(path), source=str(path))


def _folder_files(folder: Path, on_error: OnError | None) -> tuple[list[Path], int]:
    """The article files under ``folder`` (sorted, hidden ones skipped) and the
    number of folders that could not be read; each of those is a
    :class:`ReadError` sent to ``on_error`` (raised without it)."""
    found: list[Path] = []
    unreadable = 0

    def report(error: OSError) -> None:
        nonlocal unreadable
        unreadable += 1
        problem = ReadError(error.filename or folder, f"cannot read folder: {error.strerror or error}")
        if on_error is None:
            raise problem
        on_error(problem)

    for root, dirs, names in os.walk(folder, onerror=report):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        for name in names:
            candidate = Path(root) / name
            if (
                not name.startswith(".")
                and candidate.suffix.lower() in ARTICLE_SUFFIXES
                and candidate.is_file()
            ):
                found.append(candidate)
    return sorted(found), unreadable


def iter_files(paths: Iterable[str | Path], *, on_error: OnError | None = None) -> Iterator[Path]:
    """The files to read: each file as given, and for each folder every
    ``.txt``, ``.html``, ``.htm``, ``.jsonl``, ``.ndjson`` file in it, recursively,
    sorted, skipping hidden files and folders."""
    for item in paths:
        path = Path(item)
        try:
            if path.is_dir():
                files, unreadable = _folder_files(path, on_error)
                if not files and not unreadable:
                    raise ReadError(path, "no .txt, .html, .htm, .jsonl or .ndjson files in this folder")
                yield from files
            elif path.is_file():
                yield path
            else:
                raise ReadError(path, "no such file or folder")
        except ReadError as error:
            if on_error is None:
                raise
            on_error(error)


def read_paths(paths: Iterable[str | Path], *, on_error: OnError | None = None) -> Iterator[Article]:
    """The articles in ``paths`` (files or folders, see :func:`iter_files`), one
    file at a time. Each :class:`ReadError` goes to ``on_error`` and reading goes
    on; without ``on_error`` the first error is raised."""
    for path in iter_files(paths, on_error=on_error):
        try:
            yield from read_path(path, on_error=on_error)
        except ReadError as error:
            if on_error is None:
                raise
            on_error(error)
