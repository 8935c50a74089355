"""Building the quotes database from article files (``quotes build``).

:func:`build` only orchestrates: it streams articles from the readers
(:mod:`quotes.ingest`), skips those already stored, has their quotes extracted
(:mod:`quotes.extract`, in this process or in ``workers`` processes that each
load the spaCy pipeline once), writes each article in its own short
transaction (:func:`quotes.store.write.write_article`, speakers resolved by one
:class:`~quotes.enrich.speakers.SpeakerDirectory`), then runs the post-build
steps (:data:`POST_BUILD_STEPS`), which work on the quotes changed since the
last build. Articles are handled in small batches, so memory stays flat
however many files there are.

Builds of one database take turns: :func:`build_lock` holds a lock file beside
it (``quotes.db.build-lock``) for the whole build, and a second build says that
it waits, then runs once the first is done. The lock is the operating system's
(``flock``): a killed build leaves no stale lock behind.
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib.util
import itertools
import logging
import multiprocessing
import sqlite3
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import sqlite_utils

from quotes.enrich import curation, gazetteer, stance, statements
from quotes.enrich.names import Names
from quotes.enrich.speakers import SpeakerDirectory, refresh_changed_speaker_roles
from quotes.errors import QuotesError, ReadError
from quotes.ingest.readers import file_format, iter_files, read_paths
from quotes.progress import Counter, OnProgress
from quotes.records import Article, Quote
from quotes.search import index
from quotes.settings import spacy_model_name
from quotes.store import changes
from quotes.store.db import is_read_only, open_db, update_statistics
from quotes.store.sql import database_file
from quotes.store.write import article_id_for_hash, write_article

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".build-lock"
"""The lock file of a database's builds: ``db/quotes.db.build-lock``."""
BATCH_PER_WORKER = 8
"""Articles handed to each worker per batch (bounds memory, keeps order)."""

Extracted = list[Quote] | str
"""The quotes of one article, or why its extraction failed."""
ExtractedBatches = Generator[tuple[list[Article], list[Extracted]], None, None]
"""Batches of articles, each with the extraction result of each article."""
OnError = Callable[[QuotesError], None]
OnWait = Callable[[str], None]
"""Receives the message saying that another build holds the lock."""


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
    on_error: OnError | None = field(default=None, repr=False, compare=False)
    """Called with each error as it is recorded (the CLI prints it at once)."""

    def fail(self, error: QuotesError) -> None:
        """Record ``error`` (the build goes on) and pass it to :attr:`on_error`."""
        self.errors.append(error)
        if self.on_error is not None:
            self.on_error(error)

    @property
    def failed(self) -> int:
        """The number of failures (files, JSON lines or articles)."""
        return len(self.errors)

    @property
    def failed_files(self) -> int:
        """The number of files with at least one failure (a JSON lines file
        with three broken lines counts once)."""
        return failed_files(self.errors)

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


def failed_files(errors: Iterable[QuotesError]) -> int:
    """The number of files the errors are about (an error naming no file counts alone)."""
    return len({getattr(e, "file", None) or getattr(e, "path", None) or str(e) for e in errors})


def failure_count(count: int) -> str:
    """``"1 file failed"`` / ``"2 files failed"``."""
    return f"{count} file{'s' if count != 1 else ''} failed"


class ExtractionError(QuotesError):
    """The extractor failed on one article (reported, the build goes on)."""


def gazetteer_step(db: sqlite_utils.Database, report: BuildReport) -> None:
    """Canonical names, aliases and kinds from the gazetteer for new and changed speakers."""
    gazetteer.apply_gazetteer_step(db)


def speaker_roles_step(db: sqlite_utils.Database, report: BuildReport) -> None:
    """Each changed speaker's latest stated role and affiliation."""
    refresh_changed_speaker_roles(Names(db))


def stance_step(db: sqlite_utils.Database, report: BuildReport) -> None:
    """Stance tags for the new quotes."""
    stance.tag_new_quotes(db)


def curation_step(db: sqlite_utils.Database, report: BuildReport) -> None:
    """The editors' decisions in the curation file beside the database; those
    that found nothing are warnings (an unreadable file raises, as an error)."""
    result = curation.apply_curation(db)
    legacy = curation.legacy_curation_warning(database_file(db))
    report.warnings.extend(f"curation: {problem}" for problem in result.missing)
    if legacy:
        report.warnings.append(f"curation: {legacy}")


def statements_step(db: sqlite_utils.Database, report: BuildReport) -> None:
    """The statements of the speakers of changed quotes."""
    statements.update_statements(db)


def statistics_step(db: sqlite_utils.Database, report: BuildReport) -> None:
    """SQLite's statistics for the query planner, when articles were added."""
    update_statistics(db, changed=report.added > 0)


def index_step(db: sqlite_utils.Database, report: BuildReport) -> None:
    """The whoosh search index brought up to date with the database."""
    index.update_index(db)


PostBuildStep = Callable[[sqlite_utils.Database, BuildReport], None]
ARTICLES_TASK = "articles"
POST_BUILD_TASK = "after the articles"
"""The names of a build's two tasks in its progress reports."""

POST_BUILD_STEPS: tuple[tuple[str, PostBuildStep], ...] = (
    (changes.GAZETTEER_STEP, gazetteer_step),
    (changes.ROLES_STEP, speaker_roles_step),
    (changes.STANCE_STEP, stance_step),
    ("curation", curation_step),
    (changes.STATEMENTS_STEP, statements_step),
    ("statistics", statistics_step),
    ("index", index_step),
)
"""The post-build steps, by name, in order. Each takes the database and the
report and does work in proportion to what changed since it last ran, not to
the size of the archive. The steps that read the change log are named by
:data:`quotes.store.changes.STEPS` (a change is kept until all of them have
seen it)."""


def post_build(
    db: sqlite_utils.Database,
    report: BuildReport,
    *,
    timings: dict[str, float] | None = None,
    on_progress: OnProgress | None = None,
) -> None:
    """The steps run after the articles are written, in order
    (:data:`POST_BUILD_STEPS`). A step that fails is recorded in the report as
    one error and the next step still runs (the articles stay stored). With
    ``timings``, each step's wall time in seconds is stored there under its
    name (for the benchmarks); ``on_progress`` hears of each step done."""
    steps = Counter(on_progress, task=POST_BUILD_TASK, total=len(POST_BUILD_STEPS), unit="steps")
    steps.start()
    for name, step in POST_BUILD_STEPS:
        started = time.perf_counter()
        try:
            step(db, report)
        except QuotesError as error:
            report.fail(error)
        except Exception as error:  # a bug in a step: say so in one line, go on
            log.debug("post-build step %s failed", name, exc_info=True)
            report.fail(_step_failure(db, name, error))
        if timings is not None:
            timings[name] = time.perf_counter() - started
        steps.advance()


def _step_failure(db: sqlite_utils.Database, name: str, error: Exception) -> QuotesError:
    where = database_file(db) or "database"
    return QuotesError(
        f"{where}: the post-build step {name!r} failed ({type(error).__name__}: {error}); "
        f"the articles are stored, run the build again once it is fixed"
    )


_worker_nlp: Any = None
_worker_error: str | None = None


def _extractor() -> ModuleType:
    """The extraction pipeline, imported on first use: it loads spaCy, which a
    rebuild that adds nothing never needs."""
    from quotes.extract import pipeline

    return pipeline


def _load_pipeline() -> Any:
    from quotes.extract.pipeline import load_pipeline

    return load_pipeline()


def _init_worker() -> None:
    """Load the pipeline once per worker process."""
    global _worker_nlp, _worker_error
    try:
        _worker_nlp = _load_pipeline()
    except Exception as error:  # reported per article instead of breaking the pool
        _worker_error = str(error)


def _extract_in_worker(text: str) -> Extracted:
    """Quotes of one text, or the error as a string (exceptions must not kill the pool)."""
    if _worker_error is not None:
        return _worker_error
    try:
        return _extractor().extract_quotes(text, nlp=_worker_nlp)
    except Exception as error:  # reported per article by the main process
        return f"{type(error).__name__}: {error}"


def _extract_batch_here(texts: list[str], nlp: Any) -> list[Extracted]:
    extract = _extractor()
    try:
        return list(extract.extract_many(texts, nlp=nlp))
    except Exception:
        # Find the article that failed: one at a time, keeping the others.
        results: list[Extracted] = []
        for text in texts:
            try:
                results.append(extract.extract_quotes(text, nlp=nlp))
            except Exception as error:
                results.append(f"{type(error).__name__}: {error}")
        return results


def _collect(results: Iterator[Extracted]) -> list[Extracted]:
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


def _extracted_here(batches: Iterable[list[Article]]) -> ExtractedBatches:
    """Each batch with its quotes, extracted in this process. The pipeline
    loads with the first batch: a rebuild that adds nothing never loads it."""
    nlp = None
    for batch in batches:
        if nlp is None:
            nlp = _load_pipeline()
        yield batch, _extract_batch_here([article.text for article in batch], nlp)


def _extracted_in_workers(batches: Iterable[list[Article]], workers: int) -> ExtractedBatches:
    """Each batch with its quotes, extracted in ``workers`` processes, in input
    order. The workers extract batch k+1 while the caller writes batch k: at
    most two batches are held. The pool starts with the first batch and is
    shut down when the batches run out (before the post-build steps), or
    without waiting when the caller stops early (an error, an interrupt)."""
    pool = None
    pending = None
    try:
        for batch in batches:
            if pool is None:
                pool = ProcessPoolExecutor(
                    max_workers=workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_init_worker,
                )
            texts = [article.text for article in batch]
            submitted = (batch, pool.map(_extract_in_worker, texts, chunksize=max(1, len(texts) // workers)))
            if pending is not None:
                yield pending[0], _collect(pending[1])
            pending = submitted
        if pending is not None:
            yield pending[0], _collect(pending[1])
    except BaseException:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
            pool = None
        raise
    finally:
        if pool is not None:
            pool.shutdown()


@contextlib.contextmanager
def build_lock(db_path: str | Path, *, on_wait: OnWait | None = None) -> Iterator[None]:
    """Hold the build lock of the database at ``db_path`` for the duration of the
    block, waiting while another build (or ``quotes index update|rebuild``) holds
    it; ``on_wait`` gets a message saying so before the wait."""
    path = Path(db_path)
    lock_path = path.with_name(path.name + LOCK_SUFFIX)
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        handle = lock_path.open("a")
    except OSError as error:
        raise QuotesError(f"{lock_path}: cannot create the build lock ({error.strerror or error})") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                on_wait(f"{path}: another build is running, waiting for it to finish")
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _open(db_path: str | Path) -> sqlite_utils.Database:
    try:
        return open_db(db_path)
    except (sqlite3.DatabaseError, OSError) as error:
        raise QuotesError(f"{db_path}: cannot open the database ({error})") from None


def count_articles(paths: Iterable[str | Path]) -> int:
    """About how many articles ``paths`` hold, without reading them: one per
    text or HTML file, one per line of a JSON lines file (for progress reports)."""
    count = 0
    for path in iter_files(paths, on_error=lambda error: None):
        if file_format(path) != "jsonl":
            count += 1
            continue
        try:
            with path.open("rb") as lines:
                count += sum(1 for line in lines if line.strip())
        except OSError:
            count += 1
    return count


def _check_paths(paths: list[str | Path]) -> None:
    """Raise :class:`QuotesError` when no path exists, before anything is created."""
    if not paths:
        raise QuotesError("no articles given: name files or folders to read")
    if not any(Path(path).exists() for path in paths):
        raise QuotesError(f"{paths[0]}: no such file or folder (nothing was built)")


def build(
    paths: Iterable[str | Path],
    *,
    db_path: str | Path,
    workers: int = 1,
    on_error: OnError | None = None,
    on_progress: OnProgress | None = None,
    on_wait: OnWait | None = None,
) -> BuildReport:
    """Read the articles in ``paths`` (files or folders), extract their quotes
    and store them in the database at ``db_path``; return a :class:`BuildReport`.

    Articles whose text is stored already are skipped (rebuilding adds nothing).
    A file, JSON line or article that fails is recorded in the report (and passed
    to ``on_error`` as it happens) and the build goes on. ``workers`` > 1 runs the
    extraction in that many processes; writing stays in this process. When no
    path exists nothing is created. ``on_progress`` hears of each article
    handled, then of each post-build step. While another build of the same
    database runs, this one waits for it (:func:`build_lock`; ``on_wait`` is told).
    """
    if workers < 1:
        raise QuotesError(f"workers must be 1 or more, not {workers}")
    paths = list(paths)
    _check_paths(paths)
    if is_read_only(db_path):
        raise QuotesError(f"{db_path}: the database is read-only (its file or its folder cannot be written)")
    with build_lock(db_path, on_wait=on_wait):
        return _build(paths, db_path=db_path, workers=workers, on_error=on_error, on_progress=on_progress)


def _build(
    paths: list[str | Path],
    *,
    db_path: str | Path,
    workers: int,
    on_error: OnError | None,
    on_progress: OnProgress | None,
) -> BuildReport:
    """:func:`build`, with the build lock held."""
    report = BuildReport(on_error=on_error)
    articles = Counter(
        on_progress, task=ARTICLES_TASK, total=count_articles(paths) if on_progress else None, unit="articles"
    )
    db = _open(db_path)
    try:
        _check_pipeline()
        articles.start()
        _write_new_articles(db, paths, report, workers=workers, articles=articles)
        post_build(db, report, on_progress=on_progress)
    finally:
        db.close()
    return report


def _write_new_articles(
    db: sqlite_utils.Database,
    paths: Iterable[str | Path],
    report: BuildReport,
    *,
    workers: int,
    articles: Counter,
) -> None:
    """Read, extract and store the articles of ``paths`` not stored yet,
    counting each one handled in ``articles``."""

    def unreadable(error: QuotesError) -> None:
        report.fail(error)
        if isinstance(error, ReadError):  # a file that gives no article is done too
            articles.advance()

    def fresh_articles() -> Iterator[Article]:
        for article in read_paths(paths, on_error=unreadable):
            report.read += 1
            if article_id_for_hash(db, article.hash) is not None:
                report.skipped += 1
                articles.advance()
                continue
            yield article

    batches = _batches(fresh_articles(), BATCH_PER_WORKER * workers)
    extracted = _extracted_here(batches) if workers == 1 else _extracted_in_workers(batches, workers)
    speakers = SpeakerDirectory(db)
    with contextlib.closing(extracted):
        for batch, results in extracted:
            for article, result in zip(batch, results):
                _store(db, article, result, speakers=speakers, report=report)
                articles.advance()


def _store(
    db: sqlite_utils.Database,
    article: Article,
    result: Extracted,
    *,
    speakers: SpeakerDirectory,
    report: BuildReport,
) -> None:
    """Write one article and its quotes (or record why it cannot be)."""
    where = article.source or f"article {article.hash[:12]}"
    if isinstance(result, str):
        report.fail(ExtractionError(f"{where}: quote extraction failed ({result})"))
        return
    try:
        article_id = write_article(db, article, result, speakers=speakers)
    except QuotesError as error:
        report.fail(error)
        return
    except (sqlite3.DatabaseError, ValueError) as error:  # ValueError: text SQLite cannot take
        report.fail(QuotesError(f"{where}: cannot store the article ({error})"))
        return
    if article_id is None:
        report.skipped += 1
        return
    report.added += 1
    report.quotes += db.execute("select count(*) from quotes where article_id = ?", [article_id]).fetchone()[
        0
    ]
