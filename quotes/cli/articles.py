"""``quotes build`` and ``quotes extract``: reading articles, finding their
quotes and storing them (:mod:`quotes.build`) or printing them
(:mod:`quotes.extract`)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from quotes.cli.options import count_option, db_option, library_errors, paths_argument
from quotes.errors import QuotesError


class _ErrorPrinter:
    """Prints each library error as it happens and remembers what it printed."""

    def __init__(self) -> None:
        self.shown: list[QuotesError] = []

    def __call__(self, error: QuotesError) -> None:
        """Print ``error`` now (the readers' and the build's ``on_error``)."""
        self.shown.append(error)
        click.echo(f"Error: {error}", err=True)

    def print_new(self, errors: list[QuotesError]) -> None:
        """Print the errors not printed yet (those a post-build step recorded directly)."""
        for error in errors:
            if not any(error is seen for seen in self.shown):
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
    stored, and the exit status is non-zero.
    """
    from quotes.build import build, failure_count

    printer = _ErrorPrinter()
    with library_errors():
        report = build(paths, db_path=db_path, workers=workers, on_error=printer, on_wait=_say_waiting)
    printer.print_new(report.errors)
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
    from quotes.extract import extract_articles
    from quotes.extract.output import format_table_rows, quote_record
    from quotes.ingest.readers import read_paths

    printer = _ErrorPrinter()
    with library_errors():
        for article, quotes in extract_articles(read_paths(paths, on_error=printer)):
            name = article.source or "-"
            if output_format == "jsonl":
                for quote in quotes:
                    click.echo(json.dumps(quote_record(quote, article=name), ensure_ascii=False))
            else:
                for line in format_table_rows(quotes, article=name):
                    click.echo(line)
    if printer.shown:
        raise click.ClickException(f"{len(printer.shown)} file(s) could not be read")
