"""Extracted quotes with their articles as JSON lines: what ``quotes extract
--with-articles`` writes and ``quotes load`` reads back.

Each article is one line, followed by one line per quote found in it::

    {"type": "article", "hash": "9f86...", "quotes": 2, "text": "...", "title": ..., "boilerplate": [[0, 31]], ...}
    {"type": "quote", "article": "news/a.txt", "article_hash": "9f86...", "text": "...", "start": 40, ...}
    {"type": "quote", "article": "news/a.txt", "article_hash": "9f86...", "text": "...", "start": 212, ...}

A quote line is the line ``quotes extract`` prints (:func:`quote_record`)
with ``type`` and ``article_hash`` added. The article line says how many
quote lines follow (``quotes``), so that a file cut short is noticed instead
of loading an article with part of its quotes; its ``hash`` is the SHA-256
of its ``text`` (an article whose text was changed after extraction is
refused: the offsets would no longer index it).

:func:`read_extracted` reads such a file back as ``(Article, [Quote])``
pairs, checking every line; a line that cannot be read is a
:class:`ExtractedLineError` naming the file and line, and the article it
belongs to is left out whole. :func:`read_extracted_fields` reads the same
but gives each quote as the tuple of its field values (:data:`QuoteFields`),
picked by position for each shape of line (its keys and the types of its
values), as a bulk load needs no :class:`Quote` object for each line.
"""

from __future__ import annotations

import functools
import json
import operator
import re
from collections.abc import Callable, Iterator
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from quotes.errors import ReadError, printable_path
from quotes.extract.output import quote_record
from quotes.ingest import files
from quotes.ingest.json_lines import JsonLineError, decode_line, numbered_lines
from quotes.records import Article, Quote, text_hash

ARTICLE_TYPE = "article"
QUOTE_TYPE = "quote"
ARTICLE_FIELDS = ("source", "format", "title", "author", "published", "url", "outlet")
"""The optional text fields of an article line (besides ``text``, ``hash``,
``quotes`` and ``boilerplate``)."""
QUOTE_FIELDS = {item.name: item for item in fields(Quote)}
NOT_NULL = frozenset(name for name, item in QUOTE_FIELDS.items() if item.default is not None)
"""Quote fields that cannot be null: those without a default, and those whose
default is a value (``kind``, ``confidence``, ``needs_review``)."""
QUOTE_EXTRAS = frozenset({"type", "article", "article_hash"})
"""Keys of a quote line that are not :class:`~quotes.records.Quote` fields."""
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
"""NUL and lone surrogates: SQLite cannot store the one whole, nor the other at all."""
NUL_ESCAPE = b"\\u0000"
"""How a JSON line written by a JSON library spells a NUL inside a string."""
NUMBER_FIELDS = frozenset({"start", "end", "cue_start", "cue_end", "speaker_start", "speaker_end"})
FIELD_KINDS = {
    **{name: "a string" for name in QUOTE_FIELDS},
    **{name: "a whole number" for name in NUMBER_FIELDS},
    "confidence": "a number",
    "needs_review": "true or false",
    "within": "[start, end] or null",
}
"""What each field of a quote line holds, as said in an error."""
ALLOWED_TYPES = {
    "a string": (str,),
    "a whole number": (int,),
    "a number": (int, float),
    "true or false": (bool,),
    "[start, end] or null": (list,),
}
WITHOUT_ARTICLES = (
    "quotes without their articles: write them with `quotes extract --with-articles` to load them"
)

OnError = Callable[[ReadError], None]


class ExtractedLineError(JsonLineError):
    """A line of an extracted-quotes file that cannot be loaded (``path`` is ``FILE:LINE``)."""


def article_record(article: Article, quotes: list[Quote]) -> dict[str, Any]:
    """The article line for ``article`` and its ``quotes`` (which follow it)."""
    record: dict[str, Any] = {"type": ARTICLE_TYPE, "hash": article.hash, "quotes": len(quotes)}
    record.update((name, getattr(article, name)) for name in ARTICLE_FIELDS)
    record["boilerplate"] = [list(span) for span in article.boilerplate]
    record["text"] = article.text
    return record


def quote_line_record(quote: Quote, article: Article) -> dict[str, Any]:
    """The line of one quote of ``article`` (after its article line)."""
    return {
        "type": QUOTE_TYPE,
        **quote_record(quote, article=article.source or "-"),
        "article_hash": article.hash,
    }


def extracted_lines(article: Article, quotes: list[Quote]) -> Iterator[str]:
    """The JSON lines of an article and its quotes, without line ends."""
    yield json.dumps(article_record(article, quotes), ensure_ascii=False)
    for quote in quotes:
        yield json.dumps(quote_line_record(quote, article), ensure_ascii=False)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text_fields(record: dict[str, Any], *, escaped: bool) -> dict[str, str | None]:
    """The optional text fields of an article line, checked (for NUL and lone
    surrogates only when ``escaped``)."""
    values = {name: record.get(name) for name in ARTICLE_FIELDS}
    for name, value in values.items():
        if value is not None and (not isinstance(value, str) or (escaped and UNSTORABLE.search(value))):
            raise ValueError(f'"{name}" must be a string (without NUL or lone surrogates) or null')
    return values


def _boilerplate(value: Any, size: int) -> list[tuple[int, int]]:
    """The ``boilerplate`` ranges of an article line, checked against the text size."""
    if not isinstance(value, list):
        raise ValueError('"boilerplate" must be a list of [start, end] pairs')
    spans = []
    for span in value:
        if not (isinstance(span, list) and len(span) == 2 and all(_is_int(x) for x in span)):
            raise ValueError('"boilerplate" must be a list of [start, end] pairs')
        if not 0 <= span[0] <= span[1] <= size:
            raise ValueError(f"boilerplate range {span[0]}-{span[1]} is outside the text")
        spans.append((span[0], span[1]))
    return spans


def parse_article(record: dict[str, Any], *, escaped: bool = True) -> tuple[Article, int]:
    """The :class:`Article` of an article line and the number of quote lines
    it announces; :class:`ValueError` says what is wrong with it. ``escaped``
    false spares looking for NUL and lone surrogates in a line known to hold
    none (see :func:`quote_fields`)."""
    text = record.get("text")
    if not isinstance(text, str) or not text:
        raise ValueError('"text" must be a non-empty string')
    problem = files.article_length_problem(text)
    if problem:
        raise ValueError(problem)
    if escaped and UNSTORABLE.search(text):
        raise ValueError('"text" holds a NUL character or a lone surrogate, which SQLite cannot store')
    if record.get("hash") != text_hash(text):
        raise ValueError('"hash" is not the SHA-256 of "text" (the text was changed after extraction)')
    count = record.get("quotes")
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise ValueError('"quotes" must be the number of quote lines that follow')
    values = _text_fields(record, escaped=escaped)
    article = Article(
        text=text,
        boilerplate=_boilerplate(record.get("boilerplate", []), len(text)),
        title=values["title"],
        author=values["author"],
        published=values["published"],
        format=values["format"] or "text",
        source=values["source"],
        url=values["url"],
        outlet=values["outlet"],
    )
    return article, count


FIELD_CHECKS = {name: (ALLOWED_TYPES[kind], name not in NOT_NULL, kind) for name, kind in FIELD_KINDS.items()}
"""For each quote field: the types its value may have, whether it may be null, and what it holds."""
REQUIRED = ("text", "start", "end")
SHAPES_KEPT = 1024
"""Shapes of quote lines (their keys and the types of their values) remembered as checked."""
QUOTE_FIELD_NAMES = tuple(QUOTE_FIELDS)
"""The fields of :class:`~quotes.records.Quote`, in order: the order of a :data:`QuoteFields` tuple."""
QUOTE_DEFAULTS = tuple(None if item.default is MISSING else item.default for item in QUOTE_FIELDS.values())
"""The value of each field a quote line leaves out (the required ones are never left out)."""
QuoteFields = tuple
"""The values of a :class:`~quotes.records.Quote`'s fields in :data:`QUOTE_FIELD_NAMES`
order (``Quote(*fields)`` is the quote): what a bulk load reads, without a ``Quote`` for each line."""
_TEXT, _START, _END = (QUOTE_FIELD_NAMES.index(name) for name in ("text", "start", "end"))
_WITHIN = QUOTE_FIELD_NAMES.index("within")
_OFFSET_PAIRS = tuple(
    (name, QUOTE_FIELD_NAMES.index(f"{name}_start"), QUOTE_FIELD_NAMES.index(f"{name}_end"))
    for name in ("speaker", "cue")
)


class _Shape(NamedTuple):
    problem: str | None
    """What is wrong with every line of this shape, or None."""
    pick: Callable[[tuple], QuoteFields]
    """The :data:`QuoteFields` of a line's values followed by :data:`QUOTE_DEFAULTS`."""


def _shape_problem(names: tuple[str, ...], types: tuple[type, ...]) -> str | None:
    """What is wrong with a quote line holding values of ``types`` under
    ``names`` (in order), or None."""
    for name, kind_of_value in zip(names, types):
        check = FIELD_CHECKS.get(name)
        if check is None:
            if name in QUOTE_EXTRAS:
                continue
            return f'unknown field "{name}"'
        allowed, nullable, kind = check
        if kind_of_value is type(None):
            if not nullable:
                return f'"{name}" must be {kind}, not null'
        elif kind_of_value not in allowed:
            return f'"{name}" must be {kind}'
    for name in REQUIRED:
        if name not in names:
            return f'missing "{name}"'
    return None


@functools.lru_cache(maxsize=SHAPES_KEPT)
def _shape(names: tuple[str, ...], types: tuple[type, ...]) -> _Shape:
    """The check and the picking of the fields of quote lines holding values
    of ``types`` under ``names``. The lines of one writer share a few shapes,
    so each shape is checked once and the fields of its lines are picked by
    position, without a dictionary look-up for each."""
    position = {name: index for index, name in enumerate(names)}
    defaults = len(names)
    pick = operator.itemgetter(
        *(position.get(name, defaults + index) for index, name in enumerate(QUOTE_FIELD_NAMES))
    )
    return _Shape(problem=_shape_problem(names, types), pick=pick)


def quote_fields(
    record: dict[str, Any], article_text: str, *, article_hash: str, escaped: bool = True
) -> QuoteFields:
    """The :data:`QuoteFields` of a quote line of the article whose text is
    ``article_text`` and whose hash is ``article_hash``, type-checked and its
    offsets checked against the text; :class:`ValueError` says what is wrong.
    ``escaped`` false says the line held no ``\\u0000`` escape nor a lone
    surrogate (which only :mod:`json` reads), so that no field can hold what
    SQLite cannot store."""
    if record.get("article_hash") != article_hash:
        raise ValueError('"article_hash" is not the hash of the article line before it')
    values = tuple(record.values())
    problem, pick = _shape(tuple(record), tuple(map(type, values)))
    if problem:
        raise ValueError(problem)
    fields = pick(values + QUOTE_DEFAULTS)
    if escaped and UNSTORABLE.search("".join(value for value in fields if type(value) is str)):
        raise ValueError("a text field holds a NUL character or a lone surrogate, which SQLite cannot store")
    within = fields[_WITHIN]
    if within is not None:
        if not (len(within) == 2 and all(type(x) is int for x in within)):
            raise ValueError('"within" must be [start, end] or null')
        fields = (*fields[:_WITHIN], (within[0], within[1]), *fields[_WITHIN + 1 :])
    _check_offsets(fields, article_text)
    return fields


def _check_offsets(fields: QuoteFields, text: str) -> None:
    """:class:`ValueError` unless the offsets of a quote's ``fields`` index ``text``."""
    start, end, size = fields[_START], fields[_END], len(text)
    if not 0 <= start < end <= size or text[start:end] != fields[_TEXT]:
        raise ValueError(f"quote offsets {start}-{end} do not match the text of its article")
    for name, first_index, last_index in _OFFSET_PAIRS:
        first, last = fields[first_index], fields[last_index]
        if first is None and last is None:
            continue
        if first is None or last is None or not 0 <= first <= last <= size:
            raise ValueError(f"{name} offsets {first}-{last} are outside the text of its article")


@dataclass
class _Group:
    """The article being read and the quotes read so far for it."""

    article: Article
    expected: int
    line: int
    hash: str
    quotes: list[QuoteFields] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return len(self.quotes) == self.expected


ArticleFields = tuple[Article, list[QuoteFields], str]
"""An article read back, the :data:`QuoteFields` of its quotes, and its hash."""


def read_extracted(
    path: str | Path, *, on_error: OnError | None = None
) -> Iterator[tuple[Article, list[Quote]]]:
    """The articles of an extracted-quotes file with their quotes, in file order.

    A bad line goes to ``on_error`` (without it, it is raised) as one
    :class:`ExtractedLineError` naming the file and line, and its article is
    left out whole: the next article line starts afresh. A file that cannot
    be opened or holds no line raises :class:`ReadError`; a file of quotes
    written without ``--with-articles`` is one error."""
    for article, quotes, _hash in read_extracted_fields(path, on_error=on_error):
        yield article, [Quote(*fields) for fields in quotes]


def read_extracted_fields(path: str | Path, *, on_error: OnError | None = None) -> Iterator[ArticleFields]:
    """What :func:`read_extracted` reads, each quote as its :data:`QuoteFields`
    (a bulk load needs no :class:`Quote` for each line), with the article's hash."""
    path = Path(path)
    try:
        handle = path.open("rb")
    except OSError as error:
        raise files.unreadable(path, error) from None
    with handle:
        yield from _GroupReader(path, on_error).groups(handle)


class _GroupReader:
    """Reads the lines of one file into articles with their quotes."""

    def __init__(self, path: Path, on_error: OnError | None) -> None:
        self.path = path
        self.on_error = on_error
        self.group: _Group | None = None
        self.refused = False
        """The current article was refused: its quote lines are skipped."""
        self.stop = False

    def groups(self, handle: Any) -> Iterator[ArticleFields]:
        """Each complete article of the file, with its quotes."""
        seen_lines = False
        for number, raw, size in numbered_lines(handle):
            if not raw.strip() and size <= files.MAX_FILE_BYTES:
                continue
            seen_lines = True
            try:
                record, escaped = self.record(raw, number, size)
            except (JsonLineError, ValueError) as error:
                self.refuse(number, getattr(error, "problem", str(error)))
                continue
            self.take(number, record, escaped=escaped)
            if self.stop:
                return
            if self.group is not None and self.group.complete:
                yield self.group.article, self.group.quotes, self.group.hash
                self.group = None
        if self.group is not None:
            self.refuse(self.group.line, _short(self.group))
        if not seen_lines:
            raise ReadError(self.path, "empty file")

    def record(self, raw: bytes, number: int, size: int) -> tuple[dict[str, Any], bool]:
        """The JSON object on line ``number``, and whether one of its strings
        may hold a NUL or a lone surrogate. orjson reads a good line; a line
        it refuses is read again by :mod:`json`, whose refusal (or acceptance:
        a lone surrogate, which is then refused with its own message) is the
        one reported. orjson refuses lone surrogates, so a line it reads holds
        a NUL only through a ``\\u0000`` escape."""
        if size <= files.MAX_FILE_BYTES:
            try:
                record = orjson.loads(raw)
            except orjson.JSONDecodeError:
                pass
            else:
                if type(record) is dict:
                    return record, NUL_ESCAPE in raw
        return _json_object(decode_line(raw, path=self.path, line_number=number, size=size)), True

    def refuse(self, number: int, problem: str) -> None:
        """Report line ``number`` and leave out the article it belongs to."""
        self.group, self.refused = None, True
        files.report_error(ExtractedLineError(printable_path(self.path), number, problem), self.on_error)

    def take(self, number: int, record: dict[str, Any], *, escaped: bool = True) -> None:
        """Read the object on line ``number``: an article line or a quote line
        (``escaped``: see :meth:`record`)."""
        kind = record.get("type")
        if kind == ARTICLE_TYPE:
            self.take_article(number, record, escaped=escaped)
        elif kind == QUOTE_TYPE or (kind is None and "start" in record):
            self.take_quote(number, record, plain=kind is None, escaped=escaped)
        else:
            self.refuse(number, f'"type" must be "{ARTICLE_TYPE}" or "{QUOTE_TYPE}"')

    def take_article(self, number: int, record: dict[str, Any], *, escaped: bool) -> None:
        if self.group is not None:
            self.refuse(self.group.line, _short(self.group))
        self.refused = False
        try:
            article, expected = parse_article(record, escaped=escaped)
        except ValueError as error:
            self.refuse(number, str(error))
            return
        self.group = _Group(article=article, expected=expected, line=number, hash=record["hash"])

    def take_quote(self, number: int, record: dict[str, Any], *, plain: bool, escaped: bool) -> None:
        if self.group is None:
            if not self.refused:
                self.refuse(
                    number, WITHOUT_ARTICLES if plain else "a quote line with no article line before it"
                )
                self.stop = plain
            return
        group = self.group
        try:
            group.quotes.append(
                quote_fields(record, group.article.text, article_hash=group.hash, escaped=escaped)
            )
        except (TypeError, ValueError) as error:
            self.refuse(number, str(error))


def _short(group: _Group) -> str:
    """The problem of an article whose quote lines stop short."""
    return (
        f"the article announces {group.expected} quote lines but {len(group.quotes)} follow "
        "(a file cut short?); the article was not loaded"
    )


def _json_object(line: str) -> dict[str, Any]:
    """The JSON object on ``line``; :class:`ValueError` when it is not one."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise ValueError("not valid JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    return record
