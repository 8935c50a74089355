"""The whoosh search index: a rebuildable copy of the quotes in SQLite.

This is the search engine of ``quotes search`` and the ``/-/search`` page
(ranking, stemming, fuzzy words, facets). It is distinct from the SQLite FTS5
table ``quotes_fts`` (:mod:`quotes.store.fts`), which Datasette's own table
search and the canned SQL queries use.

The index lives in a folder beside the database (``db/quotes.whoosh`` for
``db/quotes.db``). Each quote is one document, built from a row of the
``quote_details`` view. The verbs follow sqlite-utils' FTS ones:

- :func:`build_index` indexes every quote from scratch (``quotes index rebuild``);
- :func:`update_index` (``quotes index update``) indexes only what changed since the last run: quotes not
  yet indexed, quotes whose indexed fields changed (a curation rename, a new stance
  tag), and quotes deleted from the database;
- :func:`check_index` (``quotes index check``) compares the index with the
  database and lists the missing, extra and stale quote ids.

Changes are detected with a fingerprint of the indexed fields (see
:mod:`quotes.search.documents`), so the check reads a column instead of every
stored document.

whoosh-reloaded 2.7.5 raises ``StopIteration`` on some empty inputs; the helpers
here never commit an empty writer and never search an empty index.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils
from whoosh import index

from quotes.errors import QuotesError
from quotes.progress import Counter, OnProgress
from quotes.search.documents import DOCUMENT_SQL, document, fingerprint, make_schema
from quotes.search.segments import PARALLEL_MIN_QUOTES, commit_segments, write_segments
from quotes.store.db import open_existing
from quotes.store.sql import beside, chunks, database_file, placeholders

INDEX_SUFFIX = ".whoosh"
INDEX_NAME = "quotes"
WRITER_MEMORY_MB = 128
REBUILD_HINT = "run `quotes index rebuild`"


class SearchIndexError(QuotesError):
    """The whoosh index is missing, unreadable or cannot be written."""


@dataclass
class IndexCheck:
    """The result of comparing the index with the database (quote ids)."""

    missing: list[int] = field(default_factory=list)
    extra: list[int] = field(default_factory=list)
    stale: list[int] = field(default_factory=list)
    indexed: int = 0
    in_database: int = 0
    problem: str | None = None

    @property
    def ok(self) -> bool:
        """True when the index holds exactly the quotes of the database, up to date."""
        return not (self.missing or self.extra or self.stale or self.problem)

    def summary(self) -> str:
        """One line for people: in step, or what is out of step."""
        if self.problem:
            return self.problem
        if self.ok:
            return f"index in step with the database: {self.indexed} quotes"
        parts = []
        for name in ("missing", "extra", "stale"):
            ids = getattr(self, name)
            if ids:
                shown = ", ".join(str(i) for i in ids[:10]) + (", ..." if len(ids) > 10 else "")
                parts.append(f"{len(ids)} {name} ({shown})")
        return "index out of step: " + "; ".join(parts) + " - run `quotes index update`"


@dataclass
class IndexUpdate:
    """What an update or build did."""

    added: int = 0
    updated: int = 0
    deleted: int = 0
    rebuilt: bool = False

    @property
    def changed(self) -> int:
        """How many documents were added, re-indexed or deleted."""
        return self.added + self.updated + self.deleted


def index_dir_for(db: str | Path | sqlite_utils.Database) -> Path:
    """The index folder for a database: ``db/quotes.whoosh`` beside ``db/quotes.db``."""
    if isinstance(db, sqlite_utils.Database):
        path = database_file(db)
        if path is None:
            raise SearchIndexError("an in-memory database has no index folder: pass index_dir")
        db = path
    return beside(db, INDEX_SUFFIX)


def _folder(db: sqlite_utils.Database, index_dir: str | Path | None) -> Path:
    """``index_dir`` as given, else the folder beside the database."""
    return Path(index_dir) if index_dir is not None else index_dir_for(db)


def database_keys(db: sqlite_utils.Database) -> dict[int, str]:
    """``{quote id: fingerprint}`` for every quote in the database."""
    return {row["quote_id"]: fingerprint(row) for row in db.query(DOCUMENT_SQL)}


def index_exists(index_dir: str | Path) -> bool:
    """True when ``index_dir`` holds a whoosh index of quotes."""
    folder = Path(index_dir)
    return folder.is_dir() and any(folder.glob(f"_{INDEX_NAME}_*.toc"))


def open_index(index_dir: str | Path) -> Any:
    """Open the whoosh index in ``index_dir``; raise SearchIndexError when there is none."""
    if not index_exists(index_dir):
        raise SearchIndexError(f"{index_dir}: no search index here - {REBUILD_HINT} to build it")
    try:
        ix = index.open_dir(str(index_dir), indexname=INDEX_NAME)
    except Exception as error:  # whoosh raises many kinds on a damaged folder
        raise SearchIndexError(
            f"{index_dir}: the search index cannot be read ({error}) - {REBUILD_HINT}"
        ) from error
    if set(ix.schema.names()) != set(make_schema().names()):
        raise SearchIndexError(f"{index_dir}: the search index was made by another version - {REBUILD_HINT}")
    return ix


def index_keys(ix: Any) -> dict[int, str]:
    """``{quote id: fingerprint}`` for every live document of an open index."""
    keys: dict[int, str] = {}
    with ix.reader() as reader:
        if reader.doc_count() == 0:
            return keys
        column = reader.column_reader("key")
        for docnum in reader.all_doc_ids():
            value = column[docnum]
            if isinstance(value, bytes):
                value = value.decode("utf-8")
            if not value:
                continue
            quote_id, _, print_ = value.partition(":")
            keys[int(quote_id)] = print_
    return keys


class _Writer:
    """A whoosh writer opened at the first change, so a run without changes
    never commits an empty writer (whoosh 2.7.5 raises on some of those)."""

    def __init__(self, ix: Any, *, limitmb: int = WRITER_MEMORY_MB) -> None:
        self.ix = ix
        self.limitmb = limitmb
        self.writer: Any = None

    def __call__(self) -> Any:
        """The writer, opened now if this is the first change."""
        if self.writer is None:
            # compound=False: whoosh copies every part of a compound segment file into
            # memory when a reader opens it (about the size of the index per searcher);
            # separate files are read on demand.
            self.writer = self.ix.writer(limitmb=self.limitmb, compound=False)
        return self.writer

    def commit(self, segments: list[Any] | None = None) -> None:
        """Commit the changes, if there were any, with ``segments`` written in
        parallel (:mod:`quotes.search.segments`) added to the index."""
        if segments:
            commit_segments(self(), segments)
        elif self.writer is not None:
            self.writer.commit()

    def cancel(self) -> None:
        """Give up the changes, if any were begun: the index lock is released and
        the writer's temporary files removed (segment files written in parallel
        and not committed are not in the index, and its next commit removes them)."""
        if self.writer is not None:
            self.writer.cancel()
            self.writer = None


def _quote_counter(db: sqlite_utils.Database, on_progress: OnProgress | None, task: str) -> Counter:
    """A :class:`Counter` of the quotes of ``db``, started."""
    total = db.execute("select count(*) from quotes").fetchone()[0] if on_progress else None
    counter = Counter(on_progress, task=task, total=total, unit="quotes")
    counter.start()
    return counter


def _processes(procs: int | None, count: int, db: sqlite_utils.Database) -> int:
    """How many processes index ``count`` quotes: ``procs`` (None: one per
    core), one when there are too few quotes for more to pay, or when the
    database is in memory (the processes read it from its file)."""
    wanted = procs if procs is not None else os.cpu_count() or 1
    if count < PARALLEL_MIN_QUOTES or database_file(db) is None:
        return 1
    return max(1, min(wanted, count // PARALLEL_MIN_QUOTES))


def _index_new_quotes(
    db: sqlite_utils.Database,
    ix: Any,
    writer: _Writer,
    ids: list[int],
    *,
    procs: int | None,
    limitmb: int,
    counter: Counter | None = None,
) -> None:
    """Add the quotes ``ids`` to the index and commit ``writer``: in segments
    written by several processes when there are many, else by ``writer``.
    ``counter`` counts the quotes indexed (a share at a time in parallel).
    On failure the writer's changes are given up (:meth:`_Writer.cancel`)."""
    advance = counter.advance if counter is not None else _ignore_count
    processes = _processes(procs, len(ids), db)
    try:
        if processes > 1:
            writer()  # holds the index lock while the segments are written
            folder, file = ix.storage.folder, database_file(db) or ""
            segments = write_segments(
                file, folder, INDEX_NAME, ids, procs=processes, limitmb=limitmb, on_share=advance
            )
            writer.commit(segments)
            return
        for row in document_rows(db, ids):
            writer().add_document(**document(row))
            advance(1)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise


def _ignore_count(count: int) -> None:
    """The count of quotes indexed when nobody listens."""


def document_rows(db: sqlite_utils.Database, ids: list[int]) -> Iterator[dict[str, Any]]:
    """The ``quote_details`` rows of the quotes ``ids``, in id order."""
    for chosen in chunks(ids):
        yield from db.query(
            f"{DOCUMENT_SQL} where quote_id in ({placeholders(chosen)}) order by quote_id", chosen
        )


def _write_new_index(
    db: sqlite_utils.Database,
    folder: Path,
    *,
    procs: int | None,
    limitmb: int,
    on_progress: OnProgress | None,
) -> int:
    """Index every quote of ``db`` into a new index in ``folder``; the number indexed."""
    ix = index.create_in(str(folder), make_schema(), indexname=INDEX_NAME)
    quotes = _quote_counter(db, on_progress, "quotes indexed")
    ids = [row[0] for row in db.execute("select id from quotes order by id")]
    writer = _Writer(ix, limitmb=limitmb)
    try:
        _index_new_quotes(db, ix, writer, ids, procs=procs, limitmb=limitmb, counter=quotes)
    finally:
        ix.close()
    return len(ids)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, someone else's
        return True
    return True


def _temporary_folder(index_dir: Path, purpose: str) -> Path:
    """A new empty folder beside ``index_dir`` for one build (``quotes.whoosh.building-PID-XXXX``),
    after removing those that builds killed before their end left there."""
    prefix = f"{index_dir.name}.{purpose}-"
    for folder in index_dir.parent.glob(prefix + "*"):
        pid = folder.name[len(prefix) :].split("-")[0]
        if pid.isdigit() and not _process_alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=index_dir.parent))


def _move_into_place(building: Path, index_dir: Path) -> None:
    """Replace ``index_dir`` by the freshly built ``building`` folder."""
    old = _temporary_folder(index_dir, "old") / index_dir.name
    if index_dir.exists():
        index_dir.rename(old)
    building.rename(index_dir)
    shutil.rmtree(old.parent, ignore_errors=True)


def build_index(
    db: sqlite_utils.Database,
    index_dir: str | Path | None = None,
    *,
    procs: int | None = None,
    limitmb: int = WRITER_MEMORY_MB,
    on_progress: OnProgress | None = None,
) -> IndexUpdate:
    """Index every quote of ``db`` into a new index in ``index_dir``.

    The new index is built in a temporary folder of its own beside
    ``index_dir`` and moved into place at the end, so searches keep working on
    the old one meanwhile, and two builds never write into the same folder.
    A large archive is indexed by ``procs`` processes (None: one per core),
    each writing a segment (:mod:`quotes.search.segments`). ``on_progress``
    hears of the quotes indexed.
    """
    index_dir = _folder(db, index_dir)
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    building = _temporary_folder(index_dir, "building")
    try:
        count = _write_new_index(db, building, procs=procs, limitmb=limitmb, on_progress=on_progress)
    except sqlite3.Error as error:
        shutil.rmtree(building, ignore_errors=True)
        raise SearchIndexError(f"cannot read the quotes to index: {error}") from error
    except OSError as error:
        shutil.rmtree(building, ignore_errors=True)
        raise SearchIndexError(f"{index_dir}: cannot write the search index: {error}") from error
    _move_into_place(building, index_dir)
    return IndexUpdate(added=count, rebuilt=True)


def update_index(
    db: sqlite_utils.Database,
    index_dir: str | Path | None = None,
    *,
    procs: int | None = None,
    on_progress: OnProgress | None = None,
) -> IndexUpdate:
    """Bring the index in step with ``db``, touching only what changed.

    Builds the index when there is none (or it was made by another version);
    otherwise adds new quotes, re-indexes changed ones and deletes removed
    ones. Many new quotes (a bulk load) are indexed by ``procs`` processes
    (None: one per core). ``on_progress`` hears of each quote compared.
    """
    index_dir = _folder(db, index_dir)
    try:
        ix = open_index(index_dir)
    except SearchIndexError:
        return build_index(db, index_dir, procs=procs, on_progress=on_progress)
    try:
        return _update_open_index(db, ix, procs=procs, on_progress=on_progress)
    finally:
        ix.close()


def _update_open_index(
    db: sqlite_utils.Database, ix: Any, *, procs: int | None, on_progress: OnProgress | None
) -> IndexUpdate:
    """:func:`update_index` on the open index ``ix``; its changes are given up on failure."""
    in_index = index_keys(ix)
    result = IndexUpdate()
    writer = _Writer(ix)
    added: list[int] = []
    quotes = _quote_counter(db, on_progress, "quotes compared")
    try:
        _compare(db, writer, in_index, quotes, added, result)
    except BaseException:
        writer.cancel()
        raise
    _index_new_quotes(db, ix, writer, added, procs=procs, limitmb=WRITER_MEMORY_MB)
    result.added = len(added)
    return result


def _compare(
    db: sqlite_utils.Database,
    writer: _Writer,
    in_index: dict[int, str],
    quotes: Counter,
    added: list[int],
    result: IndexUpdate,
) -> None:
    """Re-index the changed quotes and delete the removed ones with ``writer``;
    ``added`` gets the ids of the quotes not in the index yet."""
    for row in db.query(DOCUMENT_SQL):
        quotes.advance()
        known = in_index.pop(row["quote_id"], None)
        if known is None:
            added.append(row["quote_id"])
        elif fingerprint(row) != known:
            writer().update_document(**document(row))
            result.updated += 1
    for quote_id in in_index:
        writer().delete_by_term("quote_id", str(quote_id))
        result.deleted += 1


def check_index(db: sqlite_utils.Database, index_dir: str | Path | None = None) -> IndexCheck:
    """Compare the index with ``db``: quotes missing from it, extra in it, or stale."""
    index_dir = _folder(db, index_dir)
    wanted = database_keys(db)
    try:
        ix = open_index(index_dir)
    except SearchIndexError as error:
        return IndexCheck(missing=sorted(wanted), in_database=len(wanted), problem=str(error))
    have = index_keys(ix)
    ix.close()
    return IndexCheck(
        missing=sorted(wanted.keys() - have.keys()),
        extra=sorted(have.keys() - wanted.keys()),
        stale=sorted(i for i in wanted.keys() & have.keys() if wanted[i] != have[i]),
        indexed=len(have),
        in_database=len(wanted),
    )


def open_database(path: str | Path) -> sqlite_utils.Database:
    """Open an existing quotes database for indexing or searching, as it is
    (no migration). Raises :class:`~quotes.store.db.DatabaseError` naming the
    file when it is missing or not a quotes database."""
    return open_existing(path, migrate=False)
