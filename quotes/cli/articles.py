"""``quotes build`` and ``quotes extract``: reading articles, finding their
quotes and storing them (:mod:`quotes.build`) or printing them
(:mod:`quotes.extract`)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from quotes.cli.options import count_option, db_option, library_errors, paths_argument
from quotes.cli.progress import progress_bars
from quotes.errors import QuotesError


def _print_error(error: QuotesError) -> None:
    """Print a library error as it happens (the readers' and the build's ``on_error``)."""
    click.echo(f"Error: {error}", err=True)


def _say_waiting(message: str) -> None:
    """Say on stderr that the build waits for another one."""
    click.echo(message, err=True)


@click.command("build")
@paths_argument
@db_option("created if missing")
@count_option("--workers", "Extract quotes in N processes (each loads the spaCy pipeline once).")
def build_command(paths: tuple[str, ...], db_path: str | Path, workers: int) -> None:
    """Read articles from PATHS (files or folders of .txt, .html, .htm, .jsonl,
    .ndjson files), find their quotes and add them to the database.

    Articles already in the database are skipped, so building again adds only
    new articles. Each file that fails is reported on stderr; the others are
    stored, and the exit status is non-zero. On a terminal, progress bars show
    the articles done, the rate and the time left.
    """
    from quotes.build import build, failure_count

    with library_errors(), progress_bars() as bars:
        report = build(
            paths,
            db_path=db_path,
            workers=workers,
            on_error=_print_error,
            on_progress=bars,
            on_wait=_say_waiting,
        )
    click.echo(f"{db_path}: {report.summary()}")
    for warning in report.warnings:
        click.echo(f"Warning: {warning}", err=True)
    if report.failed:
        raise click.ClickException(failure_count(report.failed_files))


@click.command("extract")
@paths_argument
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["jsonl", "table"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one JSON object per quote; table: a readable table.",
)
def extract_command(paths: tuple[str, ...], output_format: str) -> None:
    """Find the quotes in article files and print who said what.

    PATHS are article files (.txt, .html, .jsonl) or folders of them. Offsets
    (start, end, speaker_start, speaker_end) index the article text as read.
    Unreadable files are reported one line each; the others are still read,
    and the exit status is non-zero at the end.
    """
    from quotes.build import failed_files, failure_count
    from quotes.extract import extract_articles
    from quotes.extract.output import format_table_rows, quote_record
    from quotes.ingest.readers import read_paths

    errors: list[QuotesError] = []

    def report_error(error: QuotesError) -> None:
        errors.append(error)
        _print_error(error)

    with library_errors():
        for article, quotes in extract_articles(read_paths(paths, on_error=report_error)):
            name = article.source or "-"
            if output_format == "jsonl":
                for quote in quotes:
                    click.echo(json.dumps(quote_record(quote, article=name), ensure_ascii=False))
            else:
                for line in format_table_rows(quotes, article=name):
                    click.echo(line)
    if errors:
        raise click.ClickException(f"{failure_count(failed_files(errors))}: could not be read")
