"""``quotes search`` and ``quotes index update|check|rebuild``: the whoosh
search engine (:mod:`quotes.search`) and its index beside the database."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from quotes.cli.options import count_option, db_option, library_errors

if TYPE_CHECKING:
    import sqlite_utils

INDEX_NOTE = "its index is beside it"


@click.command("search")
@click.argument("query")
@db_option(INDEX_NOTE)
@click.option(
    "--limit", type=click.IntRange(1, 100), default=10, show_default=True, help="Show at most N quotes."
)
@count_option("--page", "Show the Nth page of LIMIT quotes.")
@click.option(
    "--json", "as_json", is_flag=True, help="Print JSON: plain fields plus the highlighted HTML fragments."
)
def search_command(query: str, db_path: str | Path, limit: int, page: int, as_json: bool) -> None:
    """Search the quotes through the whoosh index, best matches first.

    QUERY takes words (all must match), "phrases", fields (speaker:easley,
    stance:warns, outlet:gazette, role:, affiliation:, title:, kind:direct),
    dates (date:2022, "date:[2019 to 2022]"), fuzzy words (destabilising~) and
    AND / OR / NOT. Matched words are shown in bold (in [brackets] when the
    output is not a terminal).
    """
    from quotes.search.index import open_database
    from quotes.search.ranking import search
    from quotes.search.render import MarkFormatter, format_results

    if as_json:
        formatter = MarkFormatter.html()
    else:
        formatter = MarkFormatter.ansi() if sys.stdout.isatty() else MarkFormatter.brackets()
    with library_errors():
        results = search(open_database(db_path), query, limit=limit, page=page, formatter=formatter)
    if as_json:
        click.echo(json.dumps(results.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(format_results(results))


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


def _write_index(db_path: str | Path, *, procs: int, rebuild: bool) -> None:
    """Update or rebuild the index (taking turns with builds), then say what changed."""
    from quotes.build import build_lock
    from quotes.search.index import build_index, update_index

    db, index_dir = _database_and_index(db_path)
    with library_errors(), build_lock(db_path, on_wait=lambda message: click.echo(message, err=True)):
        result = (build_index if rebuild else update_index)(db, index_dir, procs=procs)
    verb = "rebuilt" if result.rebuilt else "updated"
    click.echo(
        f"{index_dir}: {verb}: {result.added} added, {result.updated} re-indexed, {result.deleted} deleted"
    )


@index_group.command("update")
@db_option(INDEX_NOTE)
@count_option("--procs", "Index in N processes when building from scratch.")
def index_update_command(db_path: str | Path, procs: int) -> None:
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
    click.echo(f"{index_dir}: {report.summary()}")
    if not report.ok:
        raise SystemExit(1)


@index_group.command("rebuild")
@db_option(INDEX_NOTE)
@count_option("--procs", "Index in N processes.")
def index_rebuild_command(db_path: str | Path, procs: int) -> None:
    """Build the index again from scratch, then put it in place of the old one."""
    _write_index(db_path, procs=procs, rebuild=True)
