"""What the commands share: the options repeated across commands, and the one
way library errors reach the user (a one-line message and exit status 1)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from quotes.errors import QuotesError

if TYPE_CHECKING:
    import sqlite_utils

F = TypeVar("F", bound=Callable[..., Any])
"""A command function being decorated with options."""

DB_HELP = "The database file (default: $QUOTES_DB or db/quotes.db)"


@contextmanager
def library_errors() -> Iterator[None]:
    """Turn a :class:`QuotesError` raised inside into a one-line click error."""
    try:
        yield
    except QuotesError as error:
        raise click.ClickException(str(error)) from None


def _default_db(ctx: click.Context, param: click.Parameter, value: str | None) -> str | Path:
    """The ``--db`` value as given, else ``$QUOTES_DB`` or ``db/quotes.db``."""
    from quotes.store.db import default_db_path

    return value or default_db_path()


def db_option(note: str = "") -> Callable[[F], F]:
    """``--db FILE``, given to the command as ``db_path`` (the default resolved);
    ``note`` adds what the command does with it to the help."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False),
        default=None,
        callback=_default_db,
        help=f"{DB_HELP}; {note}." if note else f"{DB_HELP}.",
    )


def count_option(name: str, help_text: str) -> Callable[[F], F]:
    """An option ``name`` taking a whole number from 1, by default 1
    (``--workers``, ``--procs``, ``--page``)."""
    return click.option(name, type=click.IntRange(min=1), default=1, show_default=True, help=help_text)


def cluster_options(function: F) -> F:
    """``--workers N`` and ``--cluster ADDRESS``: where extraction runs."""
    function = click.option(
        "--cluster",
        metavar="ADDRESS",
        default=None,
        help="Extract on a Dask cluster: tcp://HOST:PORT of its scheduler, or local:N for N worker "
        "processes on this machine. Rows are the same as extracting here.",
    )(function)
    return count_option(
        "--workers",
        "Extract in N processes on this machine, each loading the spaCy pipeline once (--cluster local:N).",
    )(function)


paths_argument = click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
"""``PATHS...``: article files or folders of them."""


def existing_database(db_path: str | Path) -> sqlite_utils.Database:
    """The open database at ``db_path`` (migrated); a click error naming the file when there is none."""
    from quotes.store.db import open_existing

    with library_errors():
        return open_existing(db_path)
