"""The ``quotes`` command line: parses options and calls the library.

Each command is a thin layer over one library function; library errors
(:class:`quotes.errors.QuotesError`) become one-line messages and a non-zero exit.
"""

from __future__ import annotations

import click

from . import __version__


@click.group()
@click.version_option(__version__, prog_name="quotes")
def cli() -> None:
    """Find who said what in news articles, store it in SQLite, search and publish it."""


# Commands are grouped by the library module they call. Keep each command thin:
# parse options, call the library, turn QuotesError into click.ClickException.

# --- build: quotes.build (reading articles, writing the database) ---

# --- extract: quotes.extract (finding and attributing quotes) ---

# --- evaluate: quotes.evaluate (scoring on PolNeAR) ---

# --- serve: Datasette publishing ---

# --- search and index: quotes.search, quotes.index (whoosh) ---

# --- curate: quotes.curation (editorial decisions) ---
