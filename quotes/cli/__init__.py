"""The ``quotes`` command line: parses options and calls the library.

Each command is a thin layer over one library function; library errors
(:class:`quotes.errors.QuotesError`) become one-line messages and a non-zero
exit. The commands live in one module per part of the library and are listed
in :data:`COMMANDS`; the options they share are in :mod:`quotes.cli.options`.
Library modules are imported inside the commands, so ``quotes --help`` starts
without loading spaCy, whoosh or Datasette.
"""

from __future__ import annotations

import click

from quotes import __version__
from quotes.cli.articles import build_command, extract_command, load_command
from quotes.cli.curate import curate_group
from quotes.cli.evaluate import evaluate_command
from quotes.cli.indexes import fts_group, index_group
from quotes.cli.publish import serve_command
from quotes.cli.search import search_command

COMMANDS = (
    build_command,
    extract_command,
    load_command,
    evaluate_command,
    serve_command,
    fts_group,
    search_command,
    index_group,
    curate_group,
)


@click.group()
@click.version_option(__version__, prog_name="quotes")
def cli() -> None:
    """Find who said what in news articles, store it in SQLite, search and publish it."""


for command in COMMANDS:
    cli.add_command(command)
