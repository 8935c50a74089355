"""``quotes curate ...``: editorial decisions that every rebuild applies again
(:mod:`quotes.enrich.curation`). Each command changes the database at once and
appends the decision to the curation file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from quotes.cli.options import F, db_option, existing_database, library_errors


def _curation_options(command: F) -> F:
    """``--db`` and ``--curation-file``, on every curate command."""
    command = click.option(
        "--curation-file",
        "curation_path",
        type=click.Path(dir_okay=False),
        default=None,
        help="The curation file (default: NAME.curation.yml beside the database NAME.db).",
    )(command)
    return db_option()(command)


def _curate(
    db_path: str | Path, curation_path: str | None, action: Callable[..., Any], *args: Any, **kwargs: Any
) -> tuple[Any, Path]:
    """Run one :mod:`quotes.enrich.curation` function on the database and the
    curation file: its result and the file's path."""
    from quotes.enrich.curation import default_curation_path

    db = existing_database(db_path)
    path = Path(curation_path) if curation_path else default_curation_path(Path(db_path))
    with library_errors():
        return action(db, path, *args, **kwargs), path


def _record(
    db_path: str | Path, curation_path: str | None, action: Callable[..., Any], *args: Any, **kwargs: Any
) -> None:
    """Record one decision with the curation function ``action``, bring the
    search index up to date with it (the SQLite full-text index follows by
    itself), and say so."""
    from quotes.enrich.curation import describe_decision
    from quotes.search.index import update_index

    decision, path = _curate(db_path, curation_path, action, *args, **kwargs)
    click.echo(f"{path}: recorded {describe_decision(decision)}")
    with library_errors():
        update_index(existing_database(db_path))


@click.group("curate")
def curate_group() -> None:
    """Record editorial decisions (speaker, span, tags, rejections) that every
    rebuild applies again. Each command changes the database at once and
    appends the decision to the curation file."""


@curate_group.command("reassign")
@click.argument("quote_id", type=int)
@click.argument("speaker")
@_curation_options
def curate_reassign(quote_id: int, speaker: str, db_path: str | Path, curation_path: str | None) -> None:
    """Attribute quote QUOTE_ID to SPEAKER (a known name or alias, or a new speaker)."""
    from quotes.enrich.editing import reassign

    _record(db_path, curation_path, reassign, quote_id, speaker)


@curate_group.command("reject")
@click.argument("quote_id", type=int)
@click.option("--reason", default=None, help="Why the quote is false (kept in the curation file).")
@_curation_options
def curate_reject(quote_id: int, reason: str | None, db_path: str | Path, curation_path: str | None) -> None:
    """Remove quote QUOTE_ID, which is not a real quote, from this and every later build."""
    from quotes.enrich.editing import reject

    _record(db_path, curation_path, reject, quote_id, reason=reason)


@curate_group.command("span")
@click.argument("quote_id", type=int)
@click.argument("start", type=int)
@click.argument("end", type=int)
@_curation_options
def curate_span(quote_id: int, start: int, end: int, db_path: str | Path, curation_path: str | None) -> None:
    """Set the text of quote QUOTE_ID to characters START-END of its article."""
    from quotes.enrich.editing import fix_span

    _record(db_path, curation_path, fix_span, quote_id, start, end)


def _tag_options(target_help: str) -> Callable[[F], F]:
    """QUOTE_ID, TAG, ``--target`` and the curation options of ``tag`` and ``untag``."""

    def decorate(command: F) -> F:
        command = _curation_options(command)
        command = click.option("--target", default=None, help=target_help)(command)
        command = click.argument("tag")(command)
        return click.argument("quote_id", type=int)(command)

    return decorate


@curate_group.command("tag")
@_tag_options("Whom or what the stance is about.")
@click.option(
    "--new", is_flag=True, help="TAG is a new stance tag: create it (otherwise an unknown tag is an error)."
)
def curate_tag(
    quote_id: int, tag: str, target: str | None, new: bool, db_path: str | Path, curation_path: str | None
) -> None:
    """Give quote QUOTE_ID the stance tag TAG (an editor's tag, never a suggestion).
    TAG must be a tag of the taxonomy unless --new is given."""
    from quotes.enrich.editing import add_tag

    _record(db_path, curation_path, add_tag, quote_id, tag, target=target, new=new)


@curate_group.command("untag")
@_tag_options("Only remove the tag with this target.")
def curate_untag(
    quote_id: int, tag: str, target: str | None, db_path: str | Path, curation_path: str | None
) -> None:
    """Remove the stance tag TAG from quote QUOTE_ID (and keep the tagger from adding it again)."""
    from quotes.enrich.editing import remove_tag

    _record(db_path, curation_path, remove_tag, quote_id, tag, target=target)


@curate_group.command("merge-speakers")
@click.argument("into")
@click.argument("other")
@_curation_options
def curate_merge(into: str, other: str, db_path: str | Path, curation_path: str | None) -> None:
    """Make speaker OTHER the same person as speaker INTO (OTHER becomes an alias)."""
    from quotes.enrich.editing import merge_speakers

    _record(db_path, curation_path, merge_speakers, into, other)


@curate_group.command("split-speaker")
@click.argument("speaker")
@click.argument("new_name")
@click.argument("quote_ids", type=int, nargs=-1, required=True)
@click.option("--role", default=None, help="The role of the new speaker.")
@click.option("--affiliation", default=None, help="The affiliation of the new speaker.")
@_curation_options
def curate_split(
    speaker: str,
    new_name: str,
    quote_ids: tuple[int, ...],
    role: str | None,
    affiliation: str | None,
    db_path: str | Path,
    curation_path: str | None,
) -> None:
    """Move quotes QUOTE_IDS of SPEAKER to a different person, NEW_NAME."""
    from quotes.enrich.editing import split_speaker

    _record(
        db_path,
        curation_path,
        split_speaker,
        speaker,
        new_name,
        list(quote_ids),
        role=role,
        affiliation=affiliation,
    )


@curate_group.command("list")
@_curation_options
def curate_list(db_path: str | Path, curation_path: str | None) -> None:
    """List the recorded decisions, with their reasons, and whether each still
    finds its quote or speaker."""
    from quotes.enrich.curation import decision_status, describe_decision, load_decisions

    def status(db: Any, path: Path) -> Any:
        return decision_status(db, load_decisions(path))

    rows, path = _curate(db_path, curation_path, status)
    if not rows:
        click.echo(f"{path}: no decisions")
    for number, (decision, state) in enumerate(rows, 1):
        click.echo(f"{number}. {describe_decision(decision)}: {state}")


@curate_group.command("apply")
@_curation_options
def curate_apply(db_path: str | Path, curation_path: str | None) -> None:
    """Apply the curation file to the database and its search index now (a build does this at the end)."""
    from quotes.enrich.curation import apply_curation
    from quotes.search.index import update_index

    report, path = _curate(db_path, curation_path, apply_curation)
    click.echo(f"{path}: {report.applied} decision(s) applied, {len(report.missing)} not found")
    with library_errors():
        update_index(existing_database(db_path))
    for problem in report.missing:
        click.echo(f"Warning: {problem}", err=True)
