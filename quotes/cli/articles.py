"""``quotes build`` and ``quotes extract``: reading articles, finding their
quotes and storing them (:mod:`quotes.build`) or printing them
(:mod:`quotes.extract`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from quotes.cli.options import cluster_options, db_option, library_errors, paths_argument
from quotes.cli.progress import progress_bars
from quotes.errors import QuotesError
from quotes.records import Article, Quote

if TYPE_CHECKING:
    from quotes.build import BuildReport


def _print_error(error: QuotesError) -> None:
    """Print a library error as it happens (the readers' and the build's ``on_error``)."""
    click.echo(f"Error: {error}", err=True)


def _say_done(db_path: str | Path, report: BuildReport) -> None:
    """The summary line of a build or load, its warnings, and a non-zero exit
    status when articles failed."""
    from quotes.build import failure_count

    click.echo(f"{db_path}: {report.summary()}")
    for warning in report.warnings:
        click.echo(f"Warning: {warning}", err=True)
    if report.failed:
        raise click.ClickException(failure_count(report.failed_files))


def _say_waiting(message: str) -> None:
    """Say on stderr that the build waits for another one."""
    click.echo(message, err=True)


@click.command("build")
@paths_argument
@db_option("created if missing")
@cluster_options
def build_command(paths: tuple[str, ...], db_path: str | Path, workers: int, cluster: str | None) -> None:
    """Read articles from PATHS (files or folders of .txt, .html, .htm, .jsonl,
    .ndjson files), find their quotes and add them to the database.

    Articles already in the database are skipped, so building again adds only
    new articles. Each file that fails is reported on stderr; the others are
    stored, and the exit status is non-zero. On a terminal, progress bars show
    the articles done, the rate and the time left.
    """
    from quotes.build import build

    with library_errors(), progress_bars() as bars:
        report = build(
            paths,
            db_path=db_path,
            workers=workers,
            cluster=cluster,
            on_error=_print_error,
            on_progress=bars,
            on_wait=_say_waiting,
        )
    _say_done(db_path, report)


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
@click.option(
    "--with-articles",
    is_flag=True,
    help="jsonl: each article as a line before its quotes (text, metadata, boilerplate), "
    "so that `quotes load` can store them elsewhere.",
)
@cluster_options
def extract_command(
    paths: tuple[str, ...], output_format: str, with_articles: bool, workers: int, cluster: str | None
) -> None:
    """Find the quotes in article files and print who said what.

    PATHS are article files (.txt, .html, .jsonl) or folders of them. Offsets
    (start, end, speaker_start, speaker_end) index the article text as read.
    Unreadable files, and articles whose extraction fails, are reported one
    line each; the others are still printed, and the exit status is non-zero
    at the end.
    """
    from quotes.build import ExtractionError, cluster_for, extract_paths, failed_files, failure_count

    if with_articles and output_format != "jsonl":
        raise click.UsageError("--with-articles needs --format jsonl")
    errors: list[QuotesError] = []

    def report_error(error: QuotesError) -> None:
        errors.append(error)
        _print_error(error)

    with library_errors(), progress_bars() as bars:
        where = cluster_for(workers=workers, cluster=cluster)
        for article, result in extract_paths(paths, cluster=where, on_error=report_error, on_progress=bars):
            if isinstance(result, str):
                report_error(ExtractionError(f"{article.source or '-'}: quote extraction failed ({result})"))
                continue
            for line in _output_lines(article, result, output_format, with_articles=with_articles):
                click.echo(line)
    if errors:
        raise click.ClickException(f"{failure_count(failed_files(errors))}: could not be read or extracted")


def _output_lines(
    article: Article, quotes: list[Quote], output_format: str, *, with_articles: bool
) -> Iterator[str]:
    """The lines ``quotes extract`` prints for one article."""
    from quotes.extract.output import format_table_rows, quote_record
    from quotes.store.extracted import extracted_lines

    name = article.source or "-"
    if with_articles:
        yield from extracted_lines(article, quotes)
    elif output_format == "jsonl":
        for quote in quotes:
            yield json.dumps(quote_record(quote, article=name), ensure_ascii=False)
    else:
        yield from format_table_rows(quotes, article=name)


@click.command("load")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str))
@db_option("created if missing")
@click.option(
    "--no-stance",
    is_flag=True,
    help="Leave the stance tags of the new quotes to the next build or load "
    "(tagging parses each quote's paragraph with spaCy: far slower than loading).",
)
def load_command(files: tuple[str, ...], db_path: str | Path, no_stance: bool) -> None:
    """Store quotes extracted elsewhere: FILES written by `quotes extract
    --with-articles` (JSON lines of articles, each followed by its quotes).

    No extraction runs: the articles and quotes are written in bulk, then the
    post-build steps run once. Articles already in the database are skipped,
    so loading a file twice adds nothing. A bad line is reported with its file
    and line number and its article is left out whole; the others are stored,
    and the exit status is non-zero.
    """
    from quotes.load import load

    with library_errors(), progress_bars() as bars:
        report = load(
            files,
            db_path=db_path,
            stance=not no_stance,
            on_error=_print_error,
            on_progress=bars,
            on_wait=_say_waiting,
        )
    _say_done(db_path, report)
