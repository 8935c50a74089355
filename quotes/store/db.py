"""Opening the quotes database and keeping its schema up to date.

:func:`open_db` opens (or creates) the database and applies the named
migrations below, once each and in order. Every connection gets the same
settings: WAL journal, a busy timeout, ``foreign_keys`` and
``recursive_triggers`` on. The tables are described once, by the models of
:mod:`quotes.store.schema`; ``quote_details`` is the view of quotes with their
speaker and article that pages and canned queries read, ``quote_list`` the
narrow one people browse first (:mod:`quotes.store.views`).

The store layer writes the articles and quotes (:mod:`quotes.store.write`), and
its triggers keep the full-text index (:mod:`quotes.store.fts`) and the change
log (:mod:`quotes.store.changes`) in step. The post-build steps of
:mod:`quotes.enrich` write speakers, organizations, stance tags, statements and
editors' corrections. Reading and extraction never open the database.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils
from sqlalchemy import ColumnDefault, DefaultClause, Table, event, inspect, text
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import Engine
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlmodel import SQLModel, create_engine

from quotes.errors import QuotesError
from quotes.settings import database_path
from quotes.store import changes, fts, schema
from quotes.store.sql import bind_directly
from quotes.store.views import QUOTE_LIST_SQL

BUSY_TIMEOUT_MS = 10_000

migrations = sqlite_utils.Migrations("quotes")


def default_db_path() -> Path:
    """The database path: ``$QUOTES_DB`` if set, else ``db/quotes.db``
    (:func:`quotes.settings.database_path`)."""
    return database_path()


PAGE_SIZE = 16_384
"""The page size of new databases. A table search looks up every matching
quote in the covering index ``quotes_search_facets``, once for Datasette's
count and once for the facets: with pages of 16 KB instead of SQLite's 4 KB
the B-tree is shallower; on a million quotes the count took a quarter less
time and the facets about a tenth less (docs/benchmarks.md)."""


class DatabaseError(QuotesError):
    """A database cannot be opened as asked."""


class QuotesDatabase(sqlite_utils.Database):
    """A sqlite-utils ``Database`` whose write transactions wait for other writers.

    sqlite-utils begins a transaction with a plain ``BEGIN``, which takes the
    write lock only at the first write: when another process wrote in between,
    SQLite fails at once with "database is locked" without waiting (the busy
    timeout cannot apply, waiting could deadlock). ``BEGIN IMMEDIATE`` takes
    the write lock first, waiting up to :data:`BUSY_TIMEOUT_MS` for it.
    """

    @contextlib.contextmanager
    def atomic(self) -> Iterator[QuotesDatabase]:
        """A write transaction (``BEGIN IMMEDIATE``); nested blocks are savepoints."""
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


def configure_connection(conn: sqlite3.Connection) -> None:
    """Apply the project's connection settings to a raw sqlite3 connection
    (and register the cheaper adapters of :func:`~quotes.store.sql.bind_directly`)."""
    bind_directly()
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA recursive_triggers = ON")


def is_read_only(path: str | Path) -> bool:
    """True when the database file at ``path`` exists but it or its folder cannot
    be written (permissions, read-only media): SQLite then cannot keep its
    write-ahead log beside it."""
    path = Path(path)
    return path.is_file() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def has_unmerged_log(path: str | Path) -> bool:
    """True when the database at ``path`` has a write-ahead log with content
    not yet merged into it (``-wal`` and ``-shm`` files beside it): an immutable
    connection would not see that content."""
    path = Path(path)
    wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
    return wal.is_file() and wal.stat().st_size > 0 and shm.is_file()


def open_read_only(path: str | Path) -> QuotesDatabase:
    """Open the database at ``path`` read-only: immutable (no lock or log files,
    none can be created on read-only media), or read-only through its
    write-ahead log when that has content (:func:`has_unmerged_log`)."""
    mode = "mode=ro" if has_unmerged_log(path) else "immutable=1"
    db = QuotesDatabase(sqlite3.connect(f"{Path(path).resolve().as_uri()}?{mode}", uri=True))
    configure_connection(db.conn)
    return db


def require_database(path: str | Path) -> Path:
    """``path`` as a :class:`~pathlib.Path` when a file is there; a
    :class:`DatabaseError` naming it, and how to make it, when not."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseError(f"{path}: no such database; create it with `quotes build PATH... --db {path}`")
    return path


def open_existing(path: str | Path, *, migrate: bool = True) -> QuotesDatabase:
    """Open the quotes database at ``path``, which must exist (commands that
    read or edit a database never create one). Raises :class:`DatabaseError`
    naming the file when it is missing or is not a quotes database."""
    path = require_database(path)
    try:
        db = open_db(path, migrate=migrate)
        db.execute("select 1 from quotes limit 1").fetchone()  # SQLite, with a quotes table
    except sqlite3.DatabaseError as error:
        raise DatabaseError(f"{path}: not a quotes database ({error})") from None
    return db


def open_db(path: str | Path | None = None, *, migrate: bool = True) -> QuotesDatabase:
    """Open (creating if needed) the database at ``path`` and apply pending migrations.

    ``path`` of ``":memory:"`` gives an in-memory database. A database that
    cannot be written is opened with :func:`open_read_only`; with ``migrate``,
    one that needs migrations then raises :class:`DatabaseError`.
    """
    if path is None:
        path = default_db_path()
    if str(path) == ":memory:":
        db = QuotesDatabase(memory=True)
    elif is_read_only(path):
        db = open_read_only(path)
        if migrate and migrations.pending(db):
            db.close()
            raise DatabaseError(
                f"{path}: the database is read-only and was made by an older version of quotes; "
                "copy it somewhere writable and run `quotes serve --db COPY` once to update it"
            )
        return db
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        new = not Path(path).is_file() or Path(path).stat().st_size == 0
        db = QuotesDatabase(path)
        if new:  # only an empty database takes a page size; WAL mode fixes it
            db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        db.enable_wal()
    configure_connection(db.conn)
    db.conn.isolation_level = "IMMEDIATE"  # implicit transactions too
    if migrate:
        migrations.apply(db)
    return db


def engine(path: str | Path | None = None) -> Engine:
    """A SQLAlchemy engine for scripts that prefer the SQLModel table models.

    Connections get the same pragmas as :func:`open_db`. The schema must exist
    already (open the database once with :func:`open_db`)."""
    if path is None:
        path = default_db_path()
    eng = create_engine(f"sqlite:///{path}")

    @event.listens_for(eng, "connect")
    def _on_connect(dbapi_connection, connection_record):  # pragma: no cover - trivial
        configure_connection(dbapi_connection)

    return eng


def _sql_literal(value: object) -> str:
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def _with_server_defaults(table: Table) -> None:
    """Give every column with a plain Python default the same SQL default, so that
    rows inserted with sqlite-utils or plain SQL get it too."""
    for column in table.columns:
        default = column.default
        if column.server_default is None and isinstance(default, ColumnDefault) and default.is_scalar:
            column.server_default = DefaultClause(text(_sql_literal(default.arg)))


def _table_ddl(model: type[SQLModel]) -> list[str]:
    """The CREATE TABLE and CREATE INDEX statements of a table model."""
    table: Table = inspect(model).local_table
    _with_server_defaults(table)
    statements = [str(CreateTable(table).compile(dialect=sqlite_dialect.dialect())).strip()]
    for index in table.indexes:
        statements.append(str(CreateIndex(index).compile(dialect=sqlite_dialect.dialect())).strip())
    return statements


QUOTE_DETAILS_SQL = """
select
    quotes.id as quote_id,
    quotes.text as quote,
    quotes.kind as kind,
    speakers.name as speaker,
    speakers.id as speaker_id,
    speakers.kind as speaker_kind,
    coalesce(quotes.role, speakers.role) as speaker_role,
    coalesce(quotes.affiliation, speakers.affiliation) as speaker_affiliation,
    quotes.cue as cue,
    quotes.addressee as addressee,
    articles.id as article_id,
    articles.title as article_title,
    articles.outlet as outlet,
    articles.published as published,
    articles.url as url,
    quotes.stance_tags as stance_tags,
    quotes.stance_targets as stance_targets,
    quotes.statement_id as statement_id,
    substr(articles.text, quotes.paragraph_start + 1, quotes.paragraph_end - quotes.paragraph_start) as context,
    quotes.start as start,
    quotes."end" as "end",
    quotes.speaker_mention as speaker_mention,
    quotes.speaker_start as speaker_start,
    quotes.speaker_end as speaker_end,
    quotes.confidence as confidence,
    quotes.needs_review as needs_review,
    quotes.within_quote_id as within_quote_id,
    quotes.via as via,
    articles.hash as article_hash
from quotes
join articles on articles.id = quotes.article_id
left join speakers on speakers.id = quotes.speaker_id
"""


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    for model in schema.TABLE_MODELS:
        for statement in _table_ddl(model):
            db.execute(statement)
    db.create_view("quote_details", QUOTE_DETAILS_SQL, replace=True)


@migrations()
def m002_quotes_fts(db: sqlite_utils.Database) -> None:
    """Full-text search over quotes: ``quotes_fts`` and the triggers that keep it in sync."""
    fts.create(db)


@migrations()
def m003_change_log(db: sqlite_utils.Database) -> None:
    """The log of changed quotes the incremental post-build steps read (``quote_changes``,
    ``post_build_state`` and the triggers on ``quotes``, see :mod:`quotes.store.changes`)."""
    for model in schema.CHANGE_MODELS:
        if model.__tablename__ not in db.table_names():
            for statement in _table_ddl(model):
                db.execute(statement)
    changes.create_triggers(db)


SEARCH_FACETS_INDEX = "quotes_search_facets"


@migrations()
def m004_search_facets_index(db: sqlite_utils.Database) -> None:
    """A covering index for the columns the quotes table facets on.

    A table search (``where id in (select rowid from quotes_fts where ...)``)
    looks every match up by id once for the count and once per facet; this
    index answers those lookups from narrow rows instead of whole quotes
    (twice as fast at a million quotes). SQLite only prefers it once
    ``ANALYZE`` has run, which :func:`update_statistics` sees to."""
    db.execute(
        f"create index if not exists {SEARCH_FACETS_INDEX} "
        "on quotes (id, kind, speaker_id, stance_tags, stance_targets)"
    )
    db.execute("analyze quotes")


@migrations()
def m005_quote_list(db: sqlite_utils.Database) -> None:
    """``quote_list``: the quotes as a reader wants them first (the words shown
    honestly, speaker, role, affiliation, outlet, date, stance, kind); see
    :mod:`quotes.store.views`."""
    db.create_view("quote_list", QUOTE_LIST_SQL, replace=True)


#: The quote columns of :func:`m006_review_and_pairs`, with their SQLite types.
REVIEW_COLUMNS = (
    ("needs_review", "INTEGER NOT NULL DEFAULT 0"),
    ("within_quote_id", "INTEGER"),
    ("via", "TEXT"),
)


@migrations()
def m006_review_and_pairs(db: sqlite_utils.Database) -> None:
    """``quotes.needs_review`` (a quote whose confidence is too low to trust
    without a look), ``quotes.within_quote_id`` (the indirect quote holding a
    partial one) and ``quotes.via`` (who relays the speaker's words), and the
    ``quote_details`` view showing them. A database created with them already
    (the first migration builds the current tables) only gets the view."""
    present = set(db["quotes"].columns_dict)
    for name, sql_type in REVIEW_COLUMNS:
        if name not in present:
            db.execute(f"alter table quotes add column {name} {sql_type}")
    db.execute("create index if not exists quotes_within_quote_id on quotes (within_quote_id)")
    db.create_view("quote_details", QUOTE_DETAILS_SQL, replace=True)


@migrations()
def m007_pending_speakers(db: sqlite_utils.Database) -> None:
    """``pending_speakers``: the quotes loaded in bulk (``quotes load``) whose
    speaker and organization rows the build's first step has still to find."""
    if schema.PendingSpeaker.__tablename__ not in db.table_names():
        for statement in _table_ddl(schema.PendingSpeaker):
            db.execute(statement)


@migrations()
def m008_paraphrase_with_its_verb(db: sqlite_utils.Database) -> None:
    """``quote_list`` again: a paraphrase that holds its own verb (``endorsed
    Milo Fairlie``) is shown as it is, not after "said that"."""
    db.create_view("quote_list", QUOTE_LIST_SQL, replace=True)


@migrations()
def m009_partial_quote_indexes(db: sqlite_utils.Database) -> None:
    """The indexes of :data:`~quotes.store.schema.PARTIAL_QUOTE_INDEXES`
    hold only the quotes whose column is set (a database made before them
    indexed every quote, NULL or not), with fresh statistics for the planner."""
    indexes = {
        row[0]: row[1] for row in db.execute("select name, sql from sqlite_master where type = 'index'")
    }
    for name, column in schema.PARTIAL_QUOTE_INDEXES.items():
        if " where " in (indexes.get(name) or "").lower():
            continue
        db.execute(f"drop index if exists {name}")
        db.execute(f"create index {name} on quotes ({column}) where {column} is not null")
    if db.execute("select 1 from quotes limit 1").fetchone():
        db.execute("analyze quotes")


def update_statistics(db: sqlite_utils.Database, *, changed: bool) -> None:
    """Refresh SQLite's table statistics (``ANALYZE``) when rows were added
    (``changed``) or when the database has none yet: the query planner uses them
    to pick indexes, e.g. :data:`SEARCH_FACETS_INDEX` for table searches.
    Takes about 0.3 s at a million quotes."""
    if (
        changed
        or not db["sqlite_stat1"].exists()
        or not db.execute("select 1 from sqlite_stat1 where tbl = 'quotes'").fetchone()
    ):
        db.analyze()
