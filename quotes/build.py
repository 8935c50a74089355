"""Building the quotes database from article files (``quotes build``).

:func:`build` streams articles from the readers, skips those already stored,
extracts their quotes (in this process, or in ``workers`` processes that each
load the spaCy pipeline once), writes each article in its own short transaction
(:func:`quotes.store.write.write_article`), then runs the post-build steps
(:func:`post_build`), which work on the quotes changed since the last build. Articles are handled in small batches, so memory
stays flat however many files there are.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from quotes.enrich import curation, gazetteer, speakers, stance, statements
from quotes.errors import QuotesError
from quotes.ingest.readers import read_paths
from quotes.records import Article, Quote
from quotes.search import index
from quotes.store.db import open_db, update_statistics
from quotes.store.write import article_id_for_hash, write_article

log = logging.getLogger(__name__)

BATCH_PER_WORKER = 8
"""Articles handed to each worker per batch (bounds memory, keeps order)."""


@dataclass
class BuildReport:
    """What a build did. ``errors`` holds one :class:`QuotesError` per failed
    file, JSON line or article, in the order they happened."""

    read: int = 0
    added: int = 0
    skipped: int = 0
    quotes: int = 0
    errors: list[QuotesError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        """The number of failures (files, JSON lines or articles)."""
        return len(self.errors)

    @property
    def failed_files(self) -> int:
        """The number of files with at least one failure (a JSON lines file
        with three broken lines counts once)."""
        return len({getattr(e, "file", None) or getattr(e, "path", None) or str(e) for e in self.errors})

    def summary(self) -> str:
        """One line for people: ``4 articles read, 4 added, 0 already present, 37 quotes added``."""
        text = (
            f"{self.read} article{'s' if self.read != 1 else ''} read, {self.added} added, "
            f"{self.skipped} already present, {self.quotes} quote{'s' if self.quotes != 1 else ''} added"
        )
        if self.failed:
            text += f", {failure_count(self.failed_files)}"
        if self.warnings:
            text += f", {len(self.warnings)} warning{'s' if len(self.warnings) != 1 else ''}"
        return text


def failure_count(count: int) -> str:
    """``"1 file failed"`` / ``"2 files failed"``."""
    return f"{count} file{'s' if count != 1 else ''} failed"


class ExtractionError(QuotesError):
    """The extractor failed on one article (reported, the build goes on)."""


# --- extraction -----------------------------------------------------------------

_worker_nlp = None
_worker_error: str | None = None


def _extractor():
    try:
        from quotes.extract import pipeline as extract
    except ImportError as error:
        raise QuotesError(
            f"the quote extractor (quotes.extract.pipeline) cannot be loaded: {error}"
        ) from None
    return extract


def _init_worker() -> None:
    """Load the pipeline once per worker process."""
    global _worker_nlp, _worker_error
    from quotes.extract.pipeline import load_pipeline

    try:
        _worker_nlp = load_pipeline()
    except Exception as error:  # reported per article instead of breaking the pool
        _worker_error = str(error)


def _extract_in_worker(text: str) -> list[Quote] | str:
    """Quotes of one text, or the error as a string (exceptions must not kill the pool)."""
    if _worker_error is not None:
        return _worker_error
    try:
        return _extractor().extract_quotes(text, nlp=_worker_nlp)
    except Exception as error:  # reported per article by the main process
        return f"{type(error).__name__}: {error}"


def _extract_batch_here(texts: list[str], nlp) -> list[list[Quote] | str]:
    extract = _extractor()
    try:
        return list(extract.extract_many(texts, nlp=nlp))
    except Exception:
        # Find the article that failed: one at a time, keeping the others.
        results: list[list[Quote] | str] = []
        for text in texts:
            try:
                results.append(extract.extract_quotes(text, nlp=nlp))
            except Exception as error:
                results.append(f"{type(error).__name__}: {error}")
        return results


def _collect(results: Iterator[list[Quote] | str]) -> list[list[Quote] | str]:
    """The results of one batch from the worker processes."""
    try:
        return list(results)
    except BrokenProcessPool:
        raise QuotesError(
            "the extraction worker processes stopped unexpectedly (out of memory?); "
            "the articles written so far are stored: run the build again, with fewer --workers"
        ) from None


def _check_pipeline() -> None:
    """Fail early, in this process, when the spaCy pipeline is not installed
    (without importing spaCy: a rebuild that adds nothing never needs it)."""
    import importlib.util

    from quotes.settings import spacy_model_name

    name = spacy_model_name()
    try:
        installed = importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        installed = False
    if not installed and not Path(name).exists():
        from quotes.extract.pipeline import load_pipeline

        load_pipeline(name)  # raises the QuotesError that explains how to install it


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


# --- post-build steps -------------------------------------------------------------


def _step_gazetteer(db, report) -> None:
    gazetteer.apply_gazetteer_step(db)


def _step_speaker_roles(db, report) -> None:
    speakers.refresh_changed_speaker_roles(db)


def _step_stance(db, report) -> None:
    stance.tag_new_quotes(db)


def _step_curation(db, report) -> None:
    curation.apply_curation_step(db, report)


def _step_statements(db, report) -> None:
    statements.update_statements(db)


def _step_statistics(db, report) -> None:
    update_statistics(db, changed=report.added > 0)


def _step_index(db, report) -> None:
    index.update_index(db)


POST_BUILD_STEPS: list[tuple[str, Callable[[sqlite_utils.Database, BuildReport], None]]] = [
    # --- post-build steps: one line each, in this order ---
    ("gazetteer", _step_gazetteer),
    ("speaker_roles", _step_speaker_roles),
    ("stance", _step_stance),
    ("curation", _step_curation),
    ("statements", _step_statements),
    ("statistics", _step_statistics),
    ("index", _step_index),
    # --- end of post-build steps ---
]
"""The post-build steps, by name, in order. Each takes the database and the
report and does work in proportion to what changed since it last ran (see
:mod:`quotes.store.changes`), not to the size of the archive."""


def post_build(
    db: sqlite_utils.Database, report: BuildReport, *, timings: dict[str, float] | None = None
) -> None:
    """The steps run after the articles are written, in order
    (:data:`POST_BUILD_STEPS`). With ``timings``, each step's wall time in
    seconds is stored there under its name (for the benchmarks)."""
    for name, step in POST_BUILD_STEPS:
        started = time.perf_counter()
        step(db, report)
        if timings is not None:
            timings[name] = time.perf_counter() - started


# --- the build ----------------------------------------------------------------------


def _open(db_path: str | Path) -> sqlite_utils.Database:
    try:
        return open_db(db_path)
    except (sqlite3.DatabaseError, OSError) as error:
        raise QuotesError(f"{db_path}: cannot open the database ({error})") from None


def build(
    paths: Iterable[str | Path],
    *,
    db_path: str | Path,
    workers: int = 1,
    on_error: Callable[[QuotesError], None] | None = None,
) -> BuildReport:
    """Read the articles in ``paths`` (files or folders), extract their quotes
    and store them in the database at ``db_path``; return a :class:`BuildReport`.

    Articles whose text is stored already are skipped (rebuilding adds nothing).
    A file, JSON line or article that fails is recorded in the report (and passed
    to ``on_error`` as it happens) and the build goes on. ``workers`` > 1 runs the
    extraction in that many processes; writing stays in this process.
    """
    if workers < 1:
        raise QuotesError(f"workers must be 1 or more, not {workers}")
    report = BuildReport()
    db = _open(db_path)

    def failed(error: QuotesError) -> None:
        report.errors.append(error)
        if on_error is not None:
            on_error(error)

    def fresh_articles() -> Iterator[Article]:
        for article in read_paths(paths, on_error=failed):
            report.read += 1
            if article_id_for_hash(db, article.hash) is not None:
                report.skipped += 1
                continue
            yield article

    pool = None
    nlp = None
    try:
        from quotes.extract.pipeline import load_pipeline

        _extractor()
        _check_pipeline()
        # Workers extract batch k+1 while this process writes batch k: at most
        # two batches are held, and rows are written in input order.
        pending = None
        for batch in _batches(fresh_articles(), BATCH_PER_WORKER * workers):
            texts = [article.text for article in batch]
            # The pipeline (or the pool) starts with the first new article:
            # a rebuild that adds nothing never loads it.
            if workers > 1:
                if pool is None:
                    pool = ProcessPoolExecutor(
                        max_workers=workers,
                        mp_context=multiprocessing.get_context("spawn"),
                        initializer=_init_worker,
                    )
                chunk = max(1, len(texts) // workers)
                submitted = (batch, pool.map(_extract_in_worker, texts, chunksize=chunk))
                if pending is not None:
                    _store_batch(db, pending[0], _collect(pending[1]), report, failed)
                pending = submitted
            else:
                if nlp is None:
                    nlp = load_pipeline()
                _store_batch(db, batch, _extract_batch_here(texts, nlp), report, failed)
        if pending is not None:
            _store_batch(db, pending[0], _collect(pending[1]), report, failed)
        if pool is not None:  # free the workers' memory before the post-build steps
            pool.shutdown()
            pool = None
        try:
            post_build(db, report)
        except QuotesError as error:
            failed(error)
        except Exception as error:  # a bug in a step: the stored articles stay, say so in one line
            log.debug("post-build step failed", exc_info=True)
            failed(
                QuotesError(
                    f"{db_path}: a post-build step failed ({type(error).__name__}: {error}); "
                    f"the articles are stored, run the build again once it is fixed"
                )
            )
    except BaseException:
        if pool is not None:  # interrupted or failed: do not wait for the workers
            pool.shutdown(wait=False, cancel_futures=True)
            pool = None
        raise
    finally:
        if pool is not None:
            pool.shutdown()
        db.close()
    return report


def _store_batch(db, batch: list[Article], results, report: BuildReport, failed) -> None:
    for article, result in zip(batch, results):
        _store(db, article, result, report, failed)


def _store(db, article: Article, result: list[Quote] | str, report: BuildReport, failed) -> None:
    where = article.source or f"article {article.hash[:12]}"
    if isinstance(result, str):
        failed(ExtractionError(f"{where}: quote extraction failed ({result})"))
        return
    try:
        article_id = write_article(db, article, result)
    except QuotesError as error:
        failed(error)
        return
    except sqlite3.DatabaseError as error:
        failed(QuotesError(f"{where}: cannot store the article ({error})"))
        return
    if article_id is None:
        report.skipped += 1
        return
    report.added += 1
    report.quotes += db.execute("select count(*) from quotes where article_id = ?", [article_id]).fetchone()[
        0
    ]
