"""Loading quotes extracted elsewhere (``quotes load``): no NLP, bulk writes.

:func:`load` reads the JSON lines that ``quotes extract --with-articles``
writes (:mod:`quotes.store.extracted`; on a cluster, on another machine, or
from another tool writing the same lines) in a reader process that prepares
the rows (:mod:`quotes.store.read_ahead`), stores the articles and quotes not
stored yet in bulk as they come (:func:`quotes.store.bulk.load_staged`),
then runs the post-build steps once, as a build does: speakers, gazetteer,
roles, stance, curation, statements, statistics and the whoosh index.

The stance step parses each new quote's paragraph with spaCy, which costs far
more than the load itself; ``stance=False`` leaves it to the next build or
load (the step catches up with every quote added since it last ran) and says
so in the report's warnings.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from quotes.build import (
    ARTICLES_TASK,
    BuildReport,
    OnError,
    OnWait,
    build_lock,
    open_for_writing,
    post_build,
)
from quotes.errors import QuotesError
from quotes.progress import Counter, OnProgress
from quotes.store import changes
from quotes.store.bulk import LoadCounts, StagedGroup, load_staged
from quotes.store.read_ahead import ReaderError, read_ahead
from quotes.store.write import StoreError

CHUNK_LOST = "the articles being written were rolled back and the rest of the files not read; load them again"
NO_STANCE_WARNING = (
    "stance: the new quotes were not tagged (--no-stance); the next `quotes build` or `quotes load` tags them"
)


def load(
    paths: Iterable[str | Path],
    *,
    db_path: str | Path,
    stance: bool = True,
    on_error: OnError | None = None,
    on_progress: OnProgress | None = None,
    on_wait: OnWait | None = None,
) -> BuildReport:
    """Store the articles and quotes of the extracted-quotes files ``paths``
    in the database at ``db_path`` and run the post-build steps; return a
    :class:`~quotes.build.BuildReport`.

    Articles stored already are skipped (loading a file twice adds nothing).
    A bad line is one error naming the file and line, and the article it
    belongs to is left out whole; the others are stored. With ``stance``
    false the stance step does not run (see the module docstring). Builds and
    loads of one database take turns (:func:`~quotes.build.build_lock`)."""
    files = _files(paths)
    with build_lock(db_path, on_wait=on_wait):
        report = BuildReport(on_error=on_error)
        db = open_for_writing(db_path)
        try:
            counter = Counter(on_progress, task=ARTICLES_TASK, total=None, unit="articles")
            counter.start()
            counts = LoadCounts()
            try:
                with read_ahead(files, on_error=report.fail) as groups:

                    def article_stored() -> None:
                        counter.advance()
                        groups.article_stored()  # the errors of the lines after it come now

                    load_staged(
                        db,
                        _counted(groups, report),
                        on_article=article_stored,
                        counts=counts,
                        ready=groups.ready,
                    )
            except ReaderError as error:  # the chunks stored so far get their steps
                report.fail(ReaderError(f"{error}; {CHUNK_LOST}"))
            except (sqlite3.Error, QuotesError) as error:
                report.fail(StoreError(f"{db_path}: {error}; {CHUNK_LOST}"))
            report.added, report.skipped, report.quotes = counts.added, counts.skipped, counts.quotes
            post_build(db, report, on_progress=on_progress, skip=() if stance else (changes.STANCE_STEP,))
            if not stance and counts.quotes:
                report.warnings.append(NO_STANCE_WARNING)
        finally:
            db.close()
    return report


def _files(paths: Iterable[str | Path]) -> list[Path]:
    """The files to load; a :class:`QuotesError` before anything is created
    when none is given or one is missing or a folder."""
    files = [Path(path) for path in paths]
    if not files:
        raise QuotesError("no files given: name files written by `quotes extract --with-articles`")
    for path in files:
        if path.is_dir():
            raise QuotesError(
                f"{path}: a folder (name the files written by `quotes extract --with-articles`)"
            )
        if not path.exists():
            raise QuotesError(f"{path}: no such file (nothing was loaded)")
    return files


def _counted(groups: Iterator[StagedGroup], report: BuildReport) -> Iterator[StagedGroup]:
    """``groups``, their articles counted as read in ``report``."""
    for group in groups:
        report.read += group.articles
        yield group
