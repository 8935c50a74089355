"""``quotes fts check|rebuild`` and ``quotes index update|check|rebuild``: the
two search indexes kept from the quotes, with the same verbs and output.

- ``quotes_fts``, SQLite's full-text table inside the database
  (:mod:`quotes.store.fts`), used by Datasette's table search and the
  ``search_quotes`` query; triggers keep it in step, so it has no ``update``.
- The whoosh index beside the database (:mod:`quotes.search.index`), used by
  ``quotes search`` and the search page; ``quotes build`` updates it.

``check`` prints one line, ``WHERE: in step ...`` or what is out of step, and
exits 1 when the index is out of step; ``rebuild`` builds it again from the
quotes and says what it indexed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from quotes.cli.options import db_option, existing_database, library_errors
from quotes.cli.progress import progress_bars

if TYPE_CHECKING:
    import sqlite_utils

INDEX_NOTE = "its index is beside it"


def report_check(where: str | Path, summary: str, *, ok: bool) -> None:
    """Print ``where: summary``; exit 1 when the index is out of step."""
    click.echo(f"{where}: {summary}")
    if not ok:
        raise SystemExit(1)


# --- quotes_fts (SQLite FTS5) ------------------------------------------------------


@click.group("fts")
def fts_group() -> None:
    """Check or rebuild the SQLite full-text index of quotes (quotes_fts)."""


@fts_group.command("check")
@db_option()
def fts_check_command(db_path: str | Path) -> None:
    """Compare quotes_fts with the quotes; exit 1 when they are out of step."""
    from quotes.store.fts import check

    with library_errors():
        problems = check(existing_database(db_path))
    summary = "; ".join(problems) if problems else "quotes_fts in step with the quotes"
    report_check(db_path, summary, ok=not problems)


@fts_group.command("rebuild")
@db_option()
def fts_rebuild_command(db_path: str | Path) -> None:
    """Re-create quotes_fts from the quotes, speakers and articles tables."""
    from quotes.store.fts import rebuild

    db = existing_database(db_path)
    with library_errors(), progress_bars() as bars:
        count = rebuild(db, on_progress=bars)
    click.echo(f"{db_path}: quotes_fts rebuilt: {count} quotes indexed")


# --- the whoosh index --------------------------------------------------------------


@click.group("index")
def index_group() -> None:
    """Update, check or rebuild the whoosh search index beside the database
    (db/quotes.whoosh for db/quotes.db)."""


def _database_and_index(db_path: str | Path) -> tuple[sqlite_utils.Database, Path]:
    """The database at ``db_path`` and the folder of its index."""
    from quotes.search.index import index_dir_for, open_database

    with library_errors():
        db = open_database(db_path)
        return db, index_dir_for(db)


PROCS_HELP = (
    "Index in N processes, each writing a segment of its own (default: one per core, "
    "for archives large enough to gain from it)."
)
procs_option = click.option("--procs", type=click.IntRange(min=1), default=None, help=PROCS_HELP)


def _write_index(db_path: str | Path, *, procs: int | None, rebuild: bool) -> None:
    """Update or rebuild the index (taking turns with builds), then say what changed."""
    from quotes.build import build_lock
    from quotes.search.index import build_index, update_index

    db, index_dir = _database_and_index(db_path)
    waiting = build_lock(db_path, on_wait=lambda message: click.echo(message, err=True))
    with library_errors(), waiting, progress_bars() as bars:
        result = (build_index if rebuild else update_index)(db, index_dir, procs=procs, on_progress=bars)
    verb = "rebuilt" if result.rebuilt else "updated"
    click.echo(
        f"{index_dir}: {verb}: {result.added} added, {result.updated} re-indexed, {result.deleted} deleted"
    )


@index_group.command("update")
@db_option(INDEX_NOTE)
@procs_option
def index_update_command(db_path: str | Path, procs: int | None) -> None:
    """Index only what changed: new quotes, quotes whose text, speaker, tags or
    article changed, and deleted quotes. Builds the index when there is none.
    `quotes build` runs this at the end of every build.
    """
    _write_index(db_path, procs=procs, rebuild=False)


@index_group.command("check")
@db_option(INDEX_NOTE)
def index_check_command(db_path: str | Path) -> None:
    """Compare the index with the database; exit 1 when they are out of step."""
    from quotes.search.index import check_index

    db, index_dir = _database_and_index(db_path)
    with library_errors():
        report = check_index(db, index_dir)
    report_check(index_dir, report.summary(), ok=report.ok)


@index_group.command("rebuild")
@db_option(INDEX_NOTE)
@procs_option
def index_rebuild_command(db_path: str | Path, procs: int | None) -> None:
    """Build the index again from scratch, then put it in place of the old one."""
    _write_index(db_path, procs=procs, rebuild=True)
