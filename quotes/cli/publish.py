"""``quotes serve`` and ``quotes fts check|rebuild``: publishing the database
with Datasette (:mod:`quotes.web.publish`) and keeping the SQLite full-text
table its table search uses (:mod:`quotes.store.fts`) in step."""

from __future__ import annotations

from pathlib import Path

import click

from quotes.cli.options import db_option, existing_database, library_errors
from quotes.cli.progress import progress_bars


@click.command("serve")
@db_option()
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8001, show_default=True, help="Port to listen on."
)
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to bind (127.0.0.1: this machine only)."
)
def serve_command(db_path: str | Path, port: int, host: str) -> None:
    """Publish the database with Datasette (read-only), with metadata.yml and
    the quote pages, until interrupted.
    """
    from quotes.web.publish import serve

    with library_errors():
        serve(db_path, host=host, port=port)


@click.group("fts")
def fts_group() -> None:
    """Check or rebuild the SQLite full-text index of quotes (quotes_fts)."""


@fts_group.command("check")
@db_option()
def fts_check_command(db_path: str | Path) -> None:
    """Compare quotes_fts with the quotes; exit non-zero if they differ."""
    from quotes.store.fts import check

    problems = check(existing_database(db_path))
    if problems:
        raise click.ClickException("; ".join(problems))
    click.echo("quotes_fts is in sync with the quotes")


@fts_group.command("rebuild")
@db_option()
def fts_rebuild_command(db_path: str | Path) -> None:
    """Re-create quotes_fts from the quotes, speakers and articles tables."""
    from quotes.store.fts import rebuild

    db = existing_database(db_path)
    with progress_bars() as bars:
        count = rebuild(db, on_progress=bars)
    click.echo(f"indexed {count} quotes")
