"""``quotes serve``: publishing the database with Datasette
(:mod:`quotes.web.publish`)."""

from __future__ import annotations

from pathlib import Path

import click

from quotes.cli.options import db_option, library_errors


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
