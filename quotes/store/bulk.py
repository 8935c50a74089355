"""Bulk loading of articles with their extracted quotes (``quotes load``).

:func:`load_articles` stores ``(Article, [Quote])`` pairs whose quotes were
found elsewhere (a cluster, another tool), many articles per transaction. It
is three steps: :func:`prepare` turns an article into its rows and
:func:`stage` writes the rows of a group of articles into a small SQLite
database in memory, serialized (a :class:`StagedGroup`), neither of which
needs the database (``quotes load`` runs both in a reader process,
:mod:`quotes.store.read_ahead`, while this one writes); :func:`load_staged`
attaches each staged group in turn and copies its rows, one statement a
table:

- **Articles are whole or absent.** Each chunk is one transaction,
  written group by group as the groups arrive: up to about
  :data:`CHUNK_QUOTES` quotes (it may pass it by the last group's), and
  usually about :data:`MIN_CHUNK_QUOTES` in ``quotes load``, which commits
  a chunk early rather than wait for the next group (:func:`load_staged`);
  an article already stored (same text, same SHA-256) is dropped from its
  group before the copy, so loading a file twice adds nothing. A chunk that fails, or whose groups stop coming, is rolled back.
- **The full-text index and the change log in bulk.** Inside the chunk's
  transaction the two triggers that index and log each inserted quote are
  dropped, each group's rows are copied and its new quotes logged
  (``quote_changes``) by one statement each, the chunk's quotes are indexed
  (``quotes_fts``) by one statement at its end, and the triggers are created
  again before the commit. Other connections never see the triggers missing
  (the schema change is part of the transaction), and a load killed half-way
  rolls the chunk back. Row by row, the triggers cost three times the insert
  itself.
- **One full-text segment a chunk.** FTS5 keeps the terms it indexes in
  memory and writes them out as a new segment of the index when they pass
  its ``hashsize`` and whenever a later statement of the transaction opens a
  savepoint (any INSERT that may fail half-way does); segments are then
  merged again and again as they pile up. Indexing the chunk's quotes last,
  with room for all their terms (:func:`~quotes.store.fts.pending_terms_kept`),
  writes one segment a chunk instead of one every few thousand quotes.
- **Speakers are resolved afterwards.** A quote's speaker and organization
  rows come from :class:`~quotes.enrich.speakers.SpeakerDirectory`, whose
  rules read the database and the article (a few hundred microseconds a
  quote). The load stores each quote's speaker as extracted in
  ``pending_speakers`` (:data:`PENDING_TABLE`) instead, and the first
  post-build step resolves them in the order they were loaded, which gives
  the rows a build gives (:mod:`quotes.enrich.pending`).
"""

from __future__ import annotations

import bisect
import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

import sqlite_utils

from quotes.ingest.paragraphs import paragraph_bounds, paragraph_spans
from quotes.records import Article, Quote
from quotes.store import changes, fts
from quotes.store.extracted import QUOTE_FIELD_NAMES, QuoteFields
from quotes.store.sql import bind_directly, insert_many
from quotes.store.write import (
    QUOTE_COLUMNS,
    StoreError,
    article_row,
    link_pairs,
)

PENDING_TABLE = "pending_speakers"
"""Quotes loaded in bulk whose speaker and organization rows are still to be found."""
CHUNK_QUOTES = 100_000
"""Quotes per transaction, about: a chunk takes whole groups until it holds
this many (the articles of a chunk are stored together)."""
MIN_CHUNK_QUOTES = 25_000
"""The smallest chunk committed early, when the next group is not there yet
(see :func:`load_staged`)."""
GROUP_QUOTES = 2_500
"""Quotes staged and written at a time inside a chunk's transaction by
:func:`load_articles` (which only tests call); ``quotes load`` writes the
groups of :data:`~quotes.store.read_ahead.BATCH_QUOTES` its reader process sends."""
ARTICLE_COLUMNS = tuple(article_row(Article(text="")))
PENDING_COLUMNS = ("id", "speaker", "speaker_kind")


def _columns(names: Iterable[str]) -> str:
    return ", ".join(f"[{name}]" for name in names)


PAUSED_TRIGGERS = {
    "quotes_fts_insert": fts.TRIGGERS["quotes_fts_insert"],
    "quotes_changes_insert": changes.TRIGGERS["quotes_changes_insert"],
}
"""The triggers on each inserted quote that a chunk replaces by one statement each."""

STAGING = "staged"
"""The name the staged database is attached under while a load writes."""
_STAGED_QUOTE_COLUMNS = ("article", *QUOTE_COLUMNS[1:])
STAGED_SCHEMA = f"""
create table articles (id integer primary key, {_columns(ARTICLE_COLUMNS)});
create table quotes (id integer primary key, {_columns(_STAGED_QUOTE_COLUMNS)});
create table pending (quote integer, speaker, speaker_kind);
create table skipped_articles (id integer primary key);
create table skipped_quotes (id integer primary key);
"""
"""The tables of a :class:`StagedGroup`, without types: the values keep
the types they were bound with, and take the stored table's affinity when
copied, as when bound to it directly. The two ``skipped`` tables stay empty
until the writer drops the articles stored already."""
_STAGING_PRAGMAS = "pragma page_size = 65536; pragma journal_mode = off;"
"""A staged database is scratch, written once: no rollback journal, and
large pages (a tenth less to write and send)."""
_COPY_ARTICLES = (
    f"insert into main.articles ({_columns(ARTICLE_COLUMNS)}) "
    f"select {_columns(ARTICLE_COLUMNS)} from {STAGING}.articles order by id"
)
_DROP_SKIPPED = (
    f"insert into {STAGING}.skipped_quotes (id) select id from {STAGING}.quotes "
    f"where article in (select id from {STAGING}.skipped_articles)",
    f"delete from {STAGING}.quotes where id in (select id from {STAGING}.skipped_quotes)",
    f"delete from {STAGING}.articles where id in (select id from {STAGING}.skipped_articles)",
    f"delete from {STAGING}.pending where quote in (select id from {STAGING}.skipped_quotes)",
)


def _shift(column: str, skipped: str, *, shifted: bool) -> str:
    """``? + column``, less the skipped numbers below it when ``shifted``."""
    if not shifted:
        return f"? + {column}"
    return f"? + {column} - (select count(*) from {STAGING}.{skipped} where id < {column})"


def _copy_quotes(*, shifted: bool) -> str:
    values = _columns(_STAGED_QUOTE_COLUMNS[1:])
    return (
        f"insert into main.quotes ({_columns(QUOTE_COLUMNS)}) "
        f"select {_shift('article', 'skipped_articles', shifted=shifted)}, {values} "
        f"from {STAGING}.quotes order by id"
    )


def _copy_pending(*, shifted: bool) -> str:
    return (
        f"insert into main.{PENDING_TABLE} ({_columns(PENDING_COLUMNS)}) "
        f"select {_shift('quote', 'skipped_quotes', shifted=shifted)}, speaker, speaker_kind "
        f"from {STAGING}.pending order by quote"
    )


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

    def add(self, other: LoadCounts) -> None:
        """Count what ``other`` holds too."""
        self.added += other.added
        self.skipped += other.skipped
        self.quotes += other.quotes
        self.pending_speakers += other.pending_speakers
        self.added_ids.extend(other.added_ids)


class PreparedArticle(NamedTuple):
    """An article with its quotes as the rows a load inserts
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


class StagedGroup(NamedTuple):
    """Prepared articles as a small SQLite database (:func:`stage`): the
    process that writes copies its rows with one statement a table instead
    of receiving and binding each value, which is most of what it would
    spend in Python (:mod:`quotes.store.read_ahead` stages the groups in the
    reader process)."""

    data: bytes
    """The serialized database: tables ``articles``, ``quotes`` (``article``
    the number of its article, from 1), ``pending`` (``quote`` the number of
    its quote), in :data:`STAGED_SCHEMA`."""
    articles: int
    quotes: int
    pairs: list[tuple[int, list[Quote]]]
    """``(number of the article, its pairs)`` for :func:`~quotes.store.write.link_pairs`."""


def stage(items: list[PreparedArticle]) -> StagedGroup:
    """``items`` as a :class:`StagedGroup`."""
    articles: list[tuple] = []
    quotes: list[tuple] = []
    pending: list[tuple] = []
    pairs: list[tuple[int, list[Quote]]] = []
    for number, item in enumerate(items, 1):
        articles.append(item.row)
        own = (number,)
        pending.extend([(len(quotes) + 1 + index, speaker, kind) for index, speaker, kind in item.speakers])
        quotes.extend([own + row for row in item.quotes])
        if item.pairs:
            pairs.append((number, item.pairs))
    bind_directly()
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.executescript(_STAGING_PRAGMAS + STAGED_SCHEMA)
        conn.execute("begin")
        insert_many(conn, "articles", ARTICLE_COLUMNS, articles)
        insert_many(conn, "quotes", _STAGED_QUOTE_COLUMNS, quotes)
        insert_many(conn, "pending", ("quote", "speaker", "speaker_kind"), pending)
        conn.execute("commit")
        data = conn.serialize()
    finally:
        conn.close()
    return StagedGroup(data=data, articles=len(articles), quotes=len(quotes), pairs=pairs)


def load_articles(
    db: sqlite_utils.Database,
    items: Iterable[tuple[Article, list[Quote]]],
    *,
    on_article: OnArticle | None = None,
    chunk_quotes: int = CHUNK_QUOTES,
    counts: LoadCounts | None = None,
) -> LoadCounts:
    """Store the articles of ``items`` with their quotes, skipping those stored
    already; return what was stored (:func:`load_staged` of their
    :func:`prepare`, staged in groups of :data:`GROUP_QUOTES`)."""
    prepared = (prepare(article, quotes) for article, quotes in items)
    staged = (stage(group) for group in groups_of(prepared, min(GROUP_QUOTES, chunk_quotes)))
    return load_staged(db, staged, on_article=on_article, chunk_quotes=chunk_quotes, counts=counts)


def load_staged(
    db: sqlite_utils.Database,
    groups: Iterable[StagedGroup],
    *,
    on_article: OnArticle | None = None,
    chunk_quotes: int = CHUNK_QUOTES,
    counts: LoadCounts | None = None,
    ready: Callable[[], bool] | None = None,
) -> LoadCounts:
    """Store the staged articles of ``groups``, skipping those stored already;
    return what was stored. Speakers are left to the post-build step that
    resolves :data:`PENDING_TABLE`. A chunk that fails is rolled back whole and
    the error raised (the chunks before it stay stored, and ``counts``, when
    given, says what they hold). ``ready``, when given, tells whether the
    next group can be had at once: when it cannot, a chunk of at least
    :data:`MIN_CHUNK_QUOTES` is indexed and committed instead of waiting, so
    that the indexing overlaps the reading."""
    counts = counts if counts is not None else LoadCounts()
    pending = iter(groups)
    shortest = min(MIN_CHUNK_QUOTES, chunk_quotes)
    with _staging_attached(db):
        for group in pending:
            chunk = LoadCounts()  # counted in ``counts`` once committed
            with db.atomic(), _insert_triggers_paused(db), fts.pending_terms_kept(db):
                first = _last_id(db, "quotes")
                written = _write_staged(db, group, chunk, on_article)
                while written < chunk_quotes and (written < shortest or ready is None or ready()):
                    if (more := next(pending, None)) is None:
                        break
                    written += _write_staged(db, more, chunk, on_article)
                fts.index_quotes(db, "quotes.id > ?", [first])  # last: one segment (module docstring)
            counts.add(chunk)
    return counts


def groups_of(items: Iterable[PreparedArticle], size: int) -> Iterator[list[PreparedArticle]]:
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


@contextlib.contextmanager
def _staging_attached(db: sqlite_utils.Database) -> Iterator[None]:
    """The schema :data:`STAGING` attached to ``db`` for the block (an empty
    database in memory, which each staged group replaces)."""
    bind_directly()  # a row has several NULLs: bind them cheaply whoever opened ``db``
    db.execute(f"attach database ':memory:' as {STAGING}")
    try:
        yield
    finally:
        if db.conn.in_transaction:  # an error left it open: SQLite detaches nothing in a transaction
            db.conn.rollback()
        db.execute(f"detach database {STAGING}")


def _write_staged(
    db: sqlite_utils.Database, group: StagedGroup, counts: LoadCounts, on_article: OnArticle | None
) -> int:
    """Copy the articles of ``group`` not stored yet, their quote rows and
    their pending speakers from the staged database, in the open transaction,
    then index and log the new quotes; return the group's weight (quotes and
    articles). New rows get the ids ``max(id) + 1`` onwards, in order, while
    the write lock is held."""
    conn = db.conn
    conn.deserialize(group.data, name=STAGING)
    article_base, quote_base = _last_id(db, "articles"), _last_id(db, "quotes")
    skipped = _drop_stored(conn)
    conn.execute(_COPY_ARTICLES)
    conn.execute(_copy_quotes(shifted=bool(skipped)), [article_base])
    conn.execute(_copy_pending(shifted=bool(skipped)), [quote_base])
    added = group.articles - len(skipped)
    quotes = conn.execute(f"select count(*) from {STAGING}.quotes").fetchone()[0]
    if (_last_id(db, "articles"), _last_id(db, "quotes")) != (article_base + added, quote_base + quotes):
        raise StoreError("the new rows were not given the ids expected (another writer?); nothing was stored")
    for number, pairs in group.pairs:
        if number not in skipped:
            link_pairs(db, article_base + number - bisect.bisect(skipped, number), pairs)
    changes.log_inserted(db, after=quote_base)
    counts.added_ids.extend(range(article_base + 1, article_base + added + 1))
    counts.added += added
    counts.skipped += len(skipped)
    counts.quotes += quotes
    counts.pending_speakers += conn.execute(f"select count(*) from {STAGING}.pending").fetchone()[0]
    if on_article is not None:
        for _ in range(group.articles):
            on_article()
    return group.quotes + group.articles


def _drop_stored(conn: sqlite3.Connection) -> list[int]:
    """Remove from the staged database the articles stored already (or
    earlier in the group), with their quotes and pending speakers; return
    their numbers, in order, as also left in ``skipped_articles`` (and their
    quotes' in ``skipped_quotes``) for the copies to close the gaps."""
    stored = {
        row[0]
        for row in conn.execute(
            f"select hash from main.articles where hash in (select hash from {STAGING}.articles)"
        )
    }
    skipped = []
    for number, text_hash in conn.execute(f"select id, hash from {STAGING}.articles order by id"):
        if text_hash in stored:
            skipped.append(number)
        stored.add(text_hash)
    if skipped:
        conn.executemany(f"insert into {STAGING}.skipped_articles (id) values (?)", [(n,) for n in skipped])
        for sql in _DROP_SKIPPED:
            conn.execute(sql)
    return skipped


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


def pending_count(db: sqlite_utils.Database) -> int:
    """How many loaded quotes wait for their speaker and organization rows."""
    return db.execute(f"select count(*) from {PENDING_TABLE}").fetchone()[0]
