"""The ``quotes`` command line: parses options and calls the library.

Each command is a thin layer over one library function; library errors
(:class:`quotes.errors.QuotesError`) become one-line messages and a non-zero exit.
"""

from __future__ import annotations

import click

from quotes import __version__


@click.group()
@click.version_option(__version__, prog_name="quotes")
def cli() -> None:
    """Find who said what in news articles, store it in SQLite, search and publish it."""


# Commands are grouped by the library module they call. Keep each command thin:
# parse options, call the library, turn QuotesError into click.ClickException.

# --- build: quotes.build (reading articles, writing the database) ---


@cli.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="The database file (default: $QUOTES_DB or db/quotes.db); created if missing.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Extract quotes in N processes (each loads the spaCy pipeline once).",
)
def build_command(paths: tuple[str, ...], db_path: str | None, workers: int) -> None:
    """Read articles from PATHS (files or folders of .txt, .html, .htm, .jsonl,
    .ndjson files), find their quotes and add them to the database.

    Articles already in the database are skipped, so building again adds only
    new articles. Each file that fails is reported on stderr; the others are
    stored, and the exit status is non-zero.
    """
    from quotes.build import build, failure_count
    from quotes.errors import QuotesError
    from quotes.store.db import default_db_path

    shown: list[QuotesError] = []

    def report_error(error: QuotesError) -> None:
        shown.append(error)
        click.echo(f"Error: {error}", err=True)

    target = db_path or default_db_path()
    try:
        report = build(paths, db_path=target, workers=workers, on_error=report_error)
    except QuotesError as error:
        raise click.ClickException(str(error)) from None
    for error in report.errors:  # errors a post-build step recorded directly
        if not any(error is seen for seen in shown):
            click.echo(f"Error: {error}", err=True)
    click.echo(f"{target}: {report.summary()}")
    for warning in report.warnings:
        click.echo(f"Warning: {warning}", err=True)
    if report.failed:
        raise click.ClickException(failure_count(report.failed_files))


# --- extract: quotes.extract (finding and attributing quotes) ---


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
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
    import json

    from quotes.errors import QuotesError
    from quotes.extract import extract_articles
    from quotes.extract.output import format_table_rows, quote_record
    from quotes.ingest.readers import read_paths

    failures: list[str] = []

    def report_error(error: QuotesError) -> None:
        failures.append(str(error))
        click.echo(f"Error: {error}", err=True)

    try:
        for article, quotes in extract_articles(read_paths(paths, on_error=report_error)):
            name = article.source or "-"
            if output_format == "jsonl":
                for quote in quotes:
                    click.echo(json.dumps(quote_record(quote, article=name), ensure_ascii=False))
            else:
                for line in format_table_rows(quotes, article=name):
                    click.echo(line)
    except QuotesError as error:
        raise click.ClickException(str(error)) from None
    if failures:
        raise click.ClickException(f"{len(failures)} file(s) could not be read")


# --- evaluate: quotes.evaluation.scoring (scoring on PolNeAR) ---


@cli.command("evaluate")
@click.option(
    "--polnear",
    "polnear_dir",
    type=click.Path(file_okay=False),
    default="../shared/polnear",
    show_default=True,
    help="The PolNeAR folder (holding metadata.tsv, train/ and dev/).",
)
@click.option(
    "--split",
    type=click.Choice(["dev", "train"]),
    default="dev",
    show_default=True,
    help="Which part of the corpus to score: dev to measure, train to tune on.",
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N articles.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write per-article false positives, misses and wrong speakers here (.jsonl for JSON lines).",
)
def evaluate_command(polnear_dir, split, limit, as_json, errors_path) -> None:
    """Score quote extraction against PolNeAR's hand-made attributions.

    Prints precision, recall and F1 for direct quotes and for all attributions,
    and the share of matched quotes attributed to the right speaker.
    """
    import json

    from quotes.errors import QuotesError
    from quotes.evaluation.polnear import load_split
    from quotes.evaluation.scoring import evaluate, format_report, write_errors

    try:
        articles = load_split(polnear_dir, split, limit=limit)
        from quotes.extract import extract_quotes

        report = evaluate(articles, extract_quotes)
        if errors_path:
            write_errors(report, errors_path)
    except QuotesError as error:
        raise click.ClickException(str(error)) from error
    for failure in report.failures:
        click.echo(f"warning: {failure.article.name}: extraction failed: {failure.error}", err=True)
    if as_json:
        click.echo(json.dumps({"split": split, **report.to_dict()}, indent=2))
    else:
        click.echo(format_report(report, title=f"PolNeAR {split}"))


# --- serve: Datasette publishing ---


@cli.command("serve")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="The database file (default: $QUOTES_DB or db/quotes.db).",
)
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8001, show_default=True, help="Port to listen on."
)
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to bind (127.0.0.1: this machine only)."
)
def serve_command(db_path: str | None, port: int, host: str) -> None:
    """Publish the database with Datasette (read-only), with metadata.yml and
    the quote pages, until interrupted.
    """
    from quotes.errors import QuotesError
    from quotes.web.publish import serve

    try:
        serve(db_path, host=host, port=port)
    except QuotesError as error:
        raise click.ClickException(str(error)) from None


@cli.group("fts")
def fts_group() -> None:
    """Check or rebuild the SQLite full-text index of quotes (quotes_fts)."""


def _fts_db(db_path: str | None):
    from pathlib import Path

    from quotes.store.db import default_db_path, open_db

    path = Path(db_path) if db_path else default_db_path()
    if not path.is_file():
        raise click.ClickException(
            f"{path}: no such database; create it with `quotes build PATH... --db {path}`"
        )
    return open_db(path)


@fts_group.command("check")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="The database file (default: $QUOTES_DB or db/quotes.db).",
)
def fts_check_command(db_path: str | None) -> None:
    """Compare quotes_fts with the quotes; exit non-zero if they differ."""
    from quotes.store.fts import check

    problems = check(_fts_db(db_path))
    if problems:
        raise click.ClickException("; ".join(problems))
    click.echo("quotes_fts is in sync with the quotes")


@fts_group.command("rebuild")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="The database file (default: $QUOTES_DB or db/quotes.db).",
)
def fts_rebuild_command(db_path: str | None) -> None:
    """Re-create quotes_fts from the quotes, speakers and articles tables."""
    from quotes.store.fts import rebuild

    click.echo(f"indexed {rebuild(_fts_db(db_path))} quotes")


# --- search and index: quotes.search.query, quotes.search.index (whoosh) ---


def _search_db(db_path: str | None):
    from quotes.search.index import open_database
    from quotes.store.db import default_db_path

    return open_database(db_path or default_db_path())


@cli.command("search")
@click.argument("query")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="The database file (default: $QUOTES_DB or db/quotes.db); its index is beside it.",
)
@click.option(
    "--limit", type=click.IntRange(1, 100), default=10, show_default=True, help="Show at most N quotes."
)
@click.option(
    "--page",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Show the Nth page of LIMIT quotes.",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print JSON: plain fields plus the highlighted HTML fragments."
)
def search_command(query: str, db_path: str | None, limit: int, page: int, as_json: bool) -> None:
    """Search the quotes through the whoosh index, best matches first.

    QUERY takes words (all must match), "phrases", fields (speaker:easley,
    stance:warns, outlet:gazette, role:, affiliation:, title:, kind:direct),
    dates (date:2022, "date:[2019 to 2022]"), fuzzy words (destabilising~) and
    AND / OR / NOT. Matched words are shown in bold (in [brackets] when the
    output is not a terminal).
    """
    import json
    import sys

    from quotes.errors import QuotesError
    from quotes.search.query import MarkFormatter, format_results, search

    try:
        db = _search_db(db_path)
        formatter = (
            MarkFormatter.html()
            if as_json
            else (MarkFormatter.ansi() if sys.stdout.isatty() else MarkFormatter.brackets())
        )
        results = search(db, query, limit=limit, page=page, formatter=formatter)
    except QuotesError as error:
        raise click.ClickException(str(error)) from None
    if as_json:
        click.echo(json.dumps(results.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(format_results(results))


@cli.command("index")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="The database file (default: $QUOTES_DB or db/quotes.db); its index is beside it.",
)
@click.option(
    "--check",
    is_flag=True,
    help="Only compare the index with the database; exit 1 when they are out of step.",
)
@click.option("--rebuild", is_flag=True, help="Build the index again from scratch.")
@click.option(
    "--procs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Index in N processes when building from scratch.",
)
def index_command(db_path: str | None, check: bool, rebuild: bool, procs: int) -> None:
    """Update the whoosh search index beside the database (db/quotes.whoosh).

    With no option, indexes only what changed: new quotes, quotes whose text,
    speaker, tags or article changed, and deleted quotes. `quotes build` runs
    this at the end of every build.
    """
    from quotes.errors import QuotesError
    from quotes.search.index import build_index, check_index, index_dir_for, update_index

    if check and rebuild:
        raise click.UsageError("use --check or --rebuild, not both")
    try:
        db = _search_db(db_path)
        index_dir = index_dir_for(db)
        if check:
            report = check_index(db, index_dir)
            click.echo(f"{index_dir}: {report.summary()}")
            if not report.ok:
                raise SystemExit(1)
            return
        if rebuild:
            result = build_index(db, index_dir, procs=procs)
        else:
            result = update_index(db, index_dir, procs=procs)
    except QuotesError as error:
        raise click.ClickException(str(error)) from None
    verb = "rebuilt" if result.rebuilt else "updated"
    click.echo(
        f"{index_dir}: {verb}: {result.added} added, {result.updated} re-indexed, {result.deleted} deleted"
    )


# --- curate: quotes.enrich.curation (editorial decisions) ---


def _curation_options(command):
    command = click.option(
        "--curation-file",
        "curation_path",
        type=click.Path(dir_okay=False),
        default=None,
        help="The curation file (default: curation.yml beside the database).",
    )(command)
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False),
        default=None,
        help="The database file (default: $QUOTES_DB or db/quotes.db).",
    )(command)


def _curate(db_path: str | None, curation_path: str | None, action, *args, **kwargs):
    """Open the database, run one quotes.enrich.curation function, report errors in one line."""
    from pathlib import Path

    from quotes.enrich.curation import default_curation_path
    from quotes.errors import QuotesError
    from quotes.store.db import default_db_path, open_db

    target = Path(db_path) if db_path else default_db_path()
    if not target.exists():
        raise click.ClickException(
            f"{target}: no such database; create it with `quotes build PATH... --db {target}`"
        )
    path = Path(curation_path) if curation_path else default_curation_path(target)
    try:
        db = open_db(target)
        return action(db, path, *args, **kwargs), path
    except QuotesError as error:
        raise click.ClickException(str(error)) from None


@cli.group("curate")
def curate_group() -> None:
    """Record editorial decisions (speaker, span, tags, rejections) that every
    rebuild applies again. Each command changes the database at once and
    appends the decision to the curation file."""


def _done(result) -> None:
    from quotes.enrich.curation import describe_decision

    decision, path = result
    click.echo(f"{path}: recorded {describe_decision(decision)}")


@curate_group.command("reassign")
@click.argument("quote_id", type=int)
@click.argument("speaker")
@_curation_options
def curate_reassign(quote_id: int, speaker: str, db_path, curation_path) -> None:
    """Attribute quote QUOTE_ID to SPEAKER (a known name or alias, or a new speaker)."""
    from quotes.enrich.curation import reassign

    _done(_curate(db_path, curation_path, reassign, quote_id, speaker))


@curate_group.command("reject")
@click.argument("quote_id", type=int)
@click.option("--reason", default=None, help="Why the quote is false (kept in the curation file).")
@_curation_options
def curate_reject(quote_id: int, reason, db_path, curation_path) -> None:
    """Remove quote QUOTE_ID, which is not a real quote, from this and every later build."""
    from quotes.enrich.curation import reject

    _done(_curate(db_path, curation_path, reject, quote_id, reason=reason))


@curate_group.command("span")
@click.argument("quote_id", type=int)
@click.argument("start", type=int)
@click.argument("end", type=int)
@_curation_options
def curate_span(quote_id: int, start: int, end: int, db_path, curation_path) -> None:
    """Set the text of quote QUOTE_ID to characters START-END of its article."""
    from quotes.enrich.curation import fix_span

    _done(_curate(db_path, curation_path, fix_span, quote_id, start, end))


@curate_group.command("tag")
@click.argument("quote_id", type=int)
@click.argument("tag")
@click.option("--target", default=None, help="Whom or what the stance is about.")
@_curation_options
def curate_tag(quote_id: int, tag: str, target, db_path, curation_path) -> None:
    """Give quote QUOTE_ID the stance tag TAG (an editor's tag, never a suggestion)."""
    from quotes.enrich.curation import add_tag

    _done(_curate(db_path, curation_path, add_tag, quote_id, tag, target=target))


@curate_group.command("untag")
@click.argument("quote_id", type=int)
@click.argument("tag")
@click.option("--target", default=None, help="Only remove the tag with this target.")
@_curation_options
def curate_untag(quote_id: int, tag: str, target, db_path, curation_path) -> None:
    """Remove the stance tag TAG from quote QUOTE_ID (and keep the tagger from adding it again)."""
    from quotes.enrich.curation import remove_tag

    _done(_curate(db_path, curation_path, remove_tag, quote_id, tag, target=target))


@curate_group.command("merge-speakers")
@click.argument("into")
@click.argument("other")
@_curation_options
def curate_merge(into: str, other: str, db_path, curation_path) -> None:
    """Make speaker OTHER the same person as speaker INTO (OTHER becomes an alias)."""
    from quotes.enrich.curation import merge_speakers

    _done(_curate(db_path, curation_path, merge_speakers, into, other))


@curate_group.command("split-speaker")
@click.argument("speaker")
@click.argument("new_name")
@click.argument("quote_ids", type=int, nargs=-1, required=True)
@click.option("--role", default=None, help="The role of the new speaker.")
@click.option("--affiliation", default=None, help="The affiliation of the new speaker.")
@_curation_options
def curate_split(speaker: str, new_name: str, quote_ids, role, affiliation, db_path, curation_path) -> None:
    """Move quotes QUOTE_IDS of SPEAKER to a different person, NEW_NAME."""
    from quotes.enrich.curation import split_speaker

    _done(
        _curate(
            db_path,
            curation_path,
            split_speaker,
            speaker,
            new_name,
            list(quote_ids),
            role=role,
            affiliation=affiliation,
        )
    )


@curate_group.command("list")
@_curation_options
def curate_list(db_path, curation_path) -> None:
    """List the recorded decisions and whether each still finds its quote or speaker."""
    from quotes.enrich.curation import decision_status, describe_decision, load_decisions

    def status(db, path):
        return decision_status(db, load_decisions(path))

    rows, path = _curate(db_path, curation_path, status)
    if not rows:
        click.echo(f"{path}: no decisions")
    for number, (decision, state) in enumerate(rows, 1):
        click.echo(f"{number}. {describe_decision(decision)}: {state}")


@curate_group.command("apply")
@_curation_options
def curate_apply(db_path, curation_path) -> None:
    """Apply the curation file to the database now (a build does this at the end)."""
    from quotes.enrich.curation import apply_curation

    report, path = _curate(db_path, curation_path, lambda db, p: apply_curation(db, p))
    click.echo(f"{path}: {report.applied} decision(s) applied, {len(report.missing)} not found")
    for problem in report.missing:
        click.echo(f"Warning: {problem}", err=True)
