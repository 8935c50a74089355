"""Bulk loading of articles with their extracted quotes (``quotes load``).

:func:`load_articles` stores ``(Article, [Quote])`` pairs whose quotes were
found elsewhere (a cluster, another tool), many articles per transaction. It
is two halves: :func:`prepare` turns an article into its rows, which needs no
database (``quotes load`` runs it in a reader process,
:mod:`quotes.store.read_ahead`, while this one writes), and
:func:`load_prepared` writes prepared articles:

- **Articles are whole or absent.** Each chunk of about
  :data:`CHUNK_QUOTES` quotes is one transaction; an article already stored
  (same text, same SHA-256) is skipped, so loading a file twice adds nothing.
- **The full-text index and the change log in bulk.** Inside the chunk's
  transaction the two triggers that index and log each inserted quote are
  dropped, the rows are inserted, then the new quotes are indexed
  (``quotes_fts``) and logged (``quote_changes``) by one statement each, and
  the triggers are created again before the commit. Other connections never
  see the triggers missing (the schema change is part of the transaction),
  and a load killed half-way rolls the chunk back. Row by row, the triggers
  cost three times the insert itself.
- **Speakers are resolved afterwards.** A quote's speaker and organization
  rows come from :class:`~quotes.enrich.speakers.SpeakerDirectory`, whose
  rules read the database and the article (a few hundred microseconds a
  quote). The load stores each quote's speaker as extracted in
  ``pending_speakers`` (:data:`PENDING_TABLE`) instead, and the first
  post-build step resolves them in the order they were loaded, which gives
  the rows a build gives (:mod:`quotes.enrich.pending`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

import sqlite_utils

from quotes.ingest.paragraphs import paragraph_bounds, paragraph_spans
from quotes.records import Article, Quote
from quotes.store import changes, fts
from quotes.store.extracted import QUOTE_FIELD_NAMES, QuoteFields
from quotes.store.sql import bind_directly, insert_many, placeholders
from quotes.store.write import (
    QUOTE_COLUMNS,
    StoreError,
    article_row,
    link_pairs,
)

PENDING_TABLE = "pending_speakers"
"""Quotes loaded in bulk whose speaker and organization rows are still to be found."""
CHUNK_QUOTES = 100_000
"""Quotes per transaction (the articles of a chunk are stored together)."""
GROUP_QUOTES = 2_500
"""Quotes written at a time inside a chunk's transaction, as they arrive."""
ARTICLE_COLUMNS = tuple(article_row(Article(text="")))
_INSERT_ARTICLE = (
    f"insert into articles ({', '.join(f'[{column}]' for column in ARTICLE_COLUMNS)}) "
    f"values ({placeholders(ARTICLE_COLUMNS)})"
)
PENDING_COLUMNS = ("id", "speaker", "speaker_kind")
PAUSED_TRIGGERS = {
    "quotes_fts_insert": fts.TRIGGERS["quotes_fts_insert"],
    "quotes_changes_insert": changes.TRIGGERS["quotes_changes_insert"],
}
"""The triggers on each inserted quote that a chunk replaces by one statement each."""

OnArticle = Callable[[], None]
"""Hears of each article handled (stored, or skipped as stored already)."""


@dataclass
class LoadCounts:
    """What :func:`load_articles` stored."""

    added: int = 0
    skipped: int = 0
    quotes: int = 0
    pending_speakers: int = 0
    added_ids: list[int] = field(default_factory=list, repr=False)


class PreparedArticle(NamedTuple):
    """An article with its quotes as the rows :func:`load_prepared` inserts
    (:func:`prepare`): the work that needs no database, done where the file
    is read. Tuples, to cross a process boundary cheaply."""

    hash: str
    row: tuple
    """The ``articles`` row, in :data:`ARTICLE_COLUMNS` order."""
    quotes: list[tuple]
    """The ``quotes`` rows in :data:`~quotes.store.write.QUOTE_COLUMNS` order, without the leading ``article_id``."""
    speakers: list[tuple[int, str | None, str | None]]
    """``(index of the quote in quotes, speaker, speaker_kind)`` for :data:`PENDING_TABLE`."""
    pairs: list[Quote]
    """The story quotes that name the quote they stand within (see :func:`~quotes.store.write.link_pairs`)."""


def prepare(article: Article, quotes: list[Quote]) -> PreparedArticle:
    """The rows of ``article`` and its story quotes (those in boilerplate are
    dropped, as in a build), speakers left for :data:`PENDING_TABLE`."""
    fields = [tuple(getattr(quote, name) for name in QUOTE_FIELD_NAMES) for quote in quotes]
    return prepare_fields(article, fields, text_hash=article.hash)


def prepare_fields(article: Article, quotes: list[QuoteFields], *, text_hash: str) -> PreparedArticle:
    """:func:`prepare` of quotes given as their :data:`~quotes.store.extracted.QuoteFields`
    (as a bulk load reads them), ``text_hash`` the hash of the article's text.
    Each row holds what :func:`~quotes.store.write.quote_values` gives a
    build (a test compares them), written out here from the fields rather
    than through a :class:`Quote` and a call for each: a bulk load prepares
    a row for every quote it reads."""
    text = article.text
    spans = paragraph_spans(text)
    in_boilerplate = article.in_boilerplate if article.boilerplate else None
    rows: list[tuple] = []
    speakers: list[tuple[int, str | None, str | None]] = []
    pairs: list[Quote] = []
    for fields in quotes:
        (quote, start, end, kind, cue, cue_start, cue_end, speaker, speaker_start, speaker_end, speaker_kind,
         role, affiliation, addressee, confidence, needs_review, within, via) = fields  # fmt: skip
        if in_boilerplate is not None and in_boilerplate(start, end):
            continue
        mention = None
        if speaker_start is not None and speaker_end is not None:
            mention = text[speaker_start:speaker_end] or None
        paragraph_start, paragraph_end = paragraph_bounds(spans, start, end)
        if speaker or affiliation:
            speakers.append((len(rows), speaker, speaker_kind))
        if within is not None:
            pairs.append(Quote(*fields))
        rows.append(
            (quote, kind, start, end, cue, cue_start, cue_end, None, mention, speaker_start, speaker_end,
             role, affiliation, None, addressee, confidence, paragraph_start, paragraph_end, needs_review, via)
        )  # fmt: skip
    return PreparedArticle(
        hash=text_hash,
        row=tuple(article_row(article, text_hash=text_hash).values()),
        quotes=rows,
        speakers=speakers,
        pairs=pairs,
    )


def load_articles(
    db: sqlite_utils.Database,
    items: Iterable[tuple[Article, list[Quote]]],
    *,
    on_article: OnArticle | None = None,
    chunk_quotes: int = CHUNK_QUOTES,
    counts: LoadCounts | None = None,
) -> LoadCounts:
    """Store the articles of ``items`` with their quotes, skipping those stored
    already; return what was stored (:func:`load_prepared` of each :func:`prepare`)."""
    prepared = (prepare(article, quotes) for article, quotes in items)
    return load_prepared(db, prepared, on_article=on_article, chunk_quotes=chunk_quotes, counts=counts)


def load_prepared(
    db: sqlite_utils.Database,
    items: Iterable[PreparedArticle],
    *,
    on_article: OnArticle | None = None,
    chunk_quotes: int = CHUNK_QUOTES,
    counts: LoadCounts | None = None,
) -> LoadCounts:
    """Store the prepared articles of ``items``, skipping those stored already;
    return what was stored. Speakers are left to the post-build step that
    resolves :data:`PENDING_TABLE`. A chunk that fails is rolled back whole and
    the error raised (the chunks before it stay stored, and ``counts``, when
    given, says what they hold)."""
    counts = counts if counts is not None else LoadCounts()
    bind_directly()  # a row has several NULLs: bind them cheaply whoever opened ``db``
    groups = _groups(items, min(GROUP_QUOTES, chunk_quotes))
    for group in groups:
        with db.atomic(), _insert_triggers_paused(db), fts.pending_terms_kept(db):
            written = _write_group(db, group, counts, on_article)
            while written < chunk_quotes and (group := next(groups, None)) is not None:
                written += _write_group(db, group, counts, on_article)
    return counts


def _groups(items: Iterable[PreparedArticle], size: int) -> Iterator[list[PreparedArticle]]:
    """``items`` in lists of about ``size`` quotes (whole articles; an article counts one more)."""
    group: list[PreparedArticle] = []
    quotes = 0
    for item in items:
        group.append(item)
        quotes += len(item.quotes) + 1
        if quotes >= size:
            yield group
            group, quotes = [], 0
    if group:
        yield group


def _write_group(
    db: sqlite_utils.Database, group: list[PreparedArticle], counts: LoadCounts, on_article: OnArticle | None
) -> int:
    """Write ``group`` in the open transaction, index and log its quotes; return their weight
    (quotes and articles, as :func:`_groups` counts them)."""
    first = _last_id(db, "quotes")
    _write_chunk(db, group, counts, on_article)
    _index_and_log(db, after=first)
    return sum(len(item.quotes) + 1 for item in group)


@contextlib.contextmanager
def _insert_triggers_paused(db: sqlite_utils.Database) -> Iterator[None]:
    """Drop :data:`PAUSED_TRIGGERS` for the block (inside its transaction) and create them again."""
    for name in PAUSED_TRIGGERS:
        db.execute(f"drop trigger if exists {name}")
    yield
    for name, body in PAUSED_TRIGGERS.items():
        db.execute(f"create trigger {name} {body}")


def _last_id(db: sqlite_utils.Database, table: str) -> int:
    return db.execute(f"select coalesce(max(id), 0) from [{table}]").fetchone()[0]


def _new_articles(
    db: sqlite_utils.Database, chunk: list[PreparedArticle]
) -> Iterator[PreparedArticle | None]:
    """The articles of ``chunk``, None for those stored already (or earlier in the chunk)."""
    hashes = [item.hash for item in chunk]
    stored = {
        row[0]
        for row in db.execute(f"select hash from articles where hash in ({placeholders(hashes)})", hashes)
    }
    for item in chunk:
        yield None if item.hash in stored else item
        stored.add(item.hash)


def _write_chunk(
    db: sqlite_utils.Database,
    chunk: list[PreparedArticle],
    counts: LoadCounts,
    on_article: OnArticle | None,
) -> None:
    """Insert the articles of ``chunk`` not stored yet, their quote rows and
    their pending speakers, each table with one statement. New rows get the
    ids ``max(id) + 1`` onwards, in order, while the write lock is held."""
    article_id, quote_id = _last_id(db, "articles"), _last_id(db, "quotes")
    first_article, first_quote = article_id, quote_id
    articles: list[tuple] = []
    quotes: list[tuple] = []
    pending: list[tuple] = []
    pairs: list[tuple[int, list[Quote]]] = []
    for item in _new_articles(db, chunk):
        if item is None:
            counts.skipped += 1
            continue
        article_id += 1
        articles.append(item.row)
        own_id = (article_id,)
        quotes.extend([own_id + row for row in item.quotes])
        pending.extend([(quote_id + 1 + index, speaker, kind) for index, speaker, kind in item.speakers])
        quote_id += len(item.quotes)
        if item.pairs:
            pairs.append((article_id, item.pairs))
        counts.added_ids.append(article_id)
    db.conn.executemany(_INSERT_ARTICLE, articles)  # many rows a statement: no faster for long texts
    insert_many(db.conn, "quotes", QUOTE_COLUMNS, quotes)
    if (_last_id(db, "articles"), _last_id(db, "quotes")) != (article_id, quote_id):
        raise StoreError("the new rows were not given the ids expected (another writer?); nothing was stored")
    insert_many(db.conn, PENDING_TABLE, PENDING_COLUMNS, pending)
    for pair in pairs:
        link_pairs(db, *pair)
    counts.added += article_id - first_article
    counts.quotes += quote_id - first_quote
    counts.pending_speakers += len(pending)
    if on_article is not None:
        for _ in chunk:
            on_article()


def _index_and_log(db: sqlite_utils.Database, *, after: int) -> None:
    """Index and log the quotes inserted after id ``after`` (what the paused triggers do row by row)."""
    fts.index_quotes(db, "quotes.id > ?", [after])
    changes.log_inserted(db, after=after)


def pending_count(db: sqlite_utils.Database) -> int:
    """How many loaded quotes wait for their speaker and organization rows."""
    return db.execute(f"select count(*) from {PENDING_TABLE}").fetchone()[0]
