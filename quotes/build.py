"""Building the quotes database from article files (``quotes build``).

:func:`build` only orchestrates: it streams articles from the readers
(:mod:`quotes.ingest`), skips those already stored, has their quotes extracted
(:mod:`quotes.extract`, in this process or by the workers of a Dask cluster,
each loading the spaCy pipeline once: :mod:`quotes.distributed`), writes each article in its own short
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
import sqlite3
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from quotes.enrich import curation, gazetteer, stance, statements
from quotes.enrich.names import Names
from quotes.enrich.pending import resolve_pending_speakers
from quotes.enrich.speakers import SpeakerDirectory, refresh_changed_speaker_roles
from quotes.errors import QuotesError, ReadError
from quotes.ingest.readers import file_format, iter_files, read_paths
from quotes.progress import Counter, OnProgress
from quotes.records import Article
from quotes.search import index
from quotes.settings import spacy_model_name
from quotes.store import changes
from quotes.store.db import is_read_only, open_db, update_statistics
from quotes.store.sql import database_file
from quotes.store.write import article_id_for_hash, write_article

if TYPE_CHECKING:
    from quotes.distributed import Extracted

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".build-lock"
"""The lock file of a database's builds: ``db/quotes.db.build-lock``."""
BATCH_SIZE = 8
"""Articles extracted together (one task of a worker): bounds memory, keeps order."""

ExtractedBatches = Generator[tuple[list[Article], list["Extracted"]], None, None]
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


def speakers_step(db: sqlite_utils.Database, report: BuildReport) -> None:
    """The speaker and organization rows of quotes loaded in bulk (``quotes load``)."""
    resolve_pending_speakers(db)


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
    ("speakers", speakers_step),
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
    skip: Iterable[str] = (),
) -> None:
    """The steps run after the articles are written, in order
    (:data:`POST_BUILD_STEPS`). A step that fails is recorded in the report as
    one error and the next step still runs (the articles stay stored). With
    ``timings``, each step's wall time in seconds is stored there under its
    name (for the benchmarks); ``on_progress`` hears of each step done. The
    steps named in ``skip`` do not run (the next build does their work: each
    step catches up with what changed since it last ran)."""
    chosen = [(name, step) for name, step in POST_BUILD_STEPS if name not in set(skip)]
    steps = Counter(on_progress, task=POST_BUILD_TASK, total=len(chosen), unit="steps")
    steps.start()
    for name, step in chosen:
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


def check_pipeline(cluster: str | None = None) -> None:
    """Fail early, in this process, when the spaCy pipeline is not installed
    (without importing spaCy: a rebuild that adds nothing never needs it).
    The workers of a remote cluster check their own when they join."""
    if cluster is not None and not cluster.startswith("local:"):
        return
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
    from quotes.distributed import extract_texts
    from quotes.extract.pipeline import load_pipeline

    nlp = None
    for batch in batches:
        if nlp is None:
            nlp = load_pipeline()
        yield batch, extract_texts([article.text for article in batch], nlp)


def _extracted_on_cluster(batches: Iterable[list[Article]], cluster: str) -> ExtractedBatches:
    """Each batch with its quotes, extracted by the workers of ``cluster``
    (:mod:`quotes.distributed`), in input order. The cluster is reached (or
    started, for ``local:N``) with the first batch: a rebuild that adds
    nothing never needs it."""
    from quotes import distributed

    iterator = iter(batches)
    first = next(iterator, None)
    if first is None:
        return
    with distributed.connect(cluster) as client:
        yield from distributed.extract_batches(client, itertools.chain([first], iterator))


def extracted_batches(
    articles: Iterable[Article], *, cluster: str | None = None, batch_size: int = BATCH_SIZE
) -> ExtractedBatches:
    """``articles`` in batches of ``batch_size``, each with the extraction result
    of each article (its quotes, or why extraction failed), in input order:
    extracted in this process, or by the workers of ``cluster``
    (``tcp://HOST:PORT`` or ``local:N``, see :mod:`quotes.distributed`).
    The results are the same either way."""
    batches = _batches(articles, batch_size)
    return _extracted_here(batches) if cluster is None else _extracted_on_cluster(batches, cluster)


def extract_paths(
    paths: Iterable[str | Path],
    *,
    cluster: str | None = None,
    on_error: OnError | None = None,
    on_progress: OnProgress | None = None,
) -> Iterator[tuple[Article, Extracted]]:
    """``(article, result)`` for each article read from ``paths``, in order:
    its quotes outside the boilerplate, or why its extraction failed (a
    string). Extracted in this process or by the workers of ``cluster``, as
    :func:`extracted_batches`; nothing is stored. Files that cannot be read go
    to ``on_error``; ``on_progress`` hears of each article handled."""
    paths = list(paths)
    check_pipeline(cluster)
    articles = Counter(
        on_progress, task=ARTICLES_TASK, total=count_articles(paths) if on_progress else None, unit="articles"
    )
    articles.start()

    def unreadable(error: QuotesError) -> None:
        if on_error is not None:
            on_error(error)
        if isinstance(error, ReadError):
            articles.advance()

    with contextlib.closing(
        extracted_batches(read_paths(paths, on_error=unreadable), cluster=cluster)
    ) as found:
        for batch, results in found:
            for article, result in zip(batch, results):
                articles.advance()
                yield article, result if isinstance(result, str) else article.story_quotes(result)


def cluster_for(*, workers: int = 1, cluster: str | None = None) -> str | None:
    """The cluster a build or an extraction runs on: ``cluster`` as given,
    ``local:N`` for ``workers`` N > 1, else None (this process)."""
    if workers < 1:
        raise QuotesError(f"workers must be 1 or more, not {workers}")
    if cluster is not None and workers > 1:
        raise QuotesError("give either --workers or --cluster, not both (--workers N is --cluster local:N)")
    if cluster is None and workers > 1:
        return f"local:{workers}"
    return cluster


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


def open_for_writing(db_path: str | Path) -> sqlite_utils.Database:
    """The database at ``db_path``, created if missing, opened to add articles;
    a :class:`QuotesError` naming it when it cannot be written or is not a database."""
    if is_read_only(db_path):
        raise QuotesError(f"{db_path}: the database is read-only (its file or its folder cannot be written)")
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
    cluster: str | None = None,
    on_error: OnError | None = None,
    on_progress: OnProgress | None = None,
    on_wait: OnWait | None = None,
) -> BuildReport:
    """Read the articles in ``paths`` (files or folders), extract their quotes
    and store them in the database at ``db_path``; return a :class:`BuildReport`.

    Articles whose text is stored already are skipped (rebuilding adds nothing).
    A file, JSON line or article that fails is recorded in the report (and passed
    to ``on_error`` as it happens) and the build goes on. ``cluster`` sends the
    extraction to a Dask cluster (``tcp://HOST:PORT``, or ``local:N`` for N
    worker processes on this machine; ``workers`` N > 1 is ``local:N``); writing
    stays in this process and the rows are the same. When no path exists
    nothing is created. ``on_progress`` hears of each article handled, then of
    each post-build step. While another build of the same database runs, this
    one waits for it (:func:`build_lock`; ``on_wait`` is told).
    """
    cluster = cluster_for(workers=workers, cluster=cluster)
    paths = list(paths)
    _check_paths(paths)
    if is_read_only(db_path):
        raise QuotesError(f"{db_path}: the database is read-only (its file or its folder cannot be written)")
    with build_lock(db_path, on_wait=on_wait):
        return _build(paths, db_path=db_path, cluster=cluster, on_error=on_error, on_progress=on_progress)


def _build(
    paths: list[str | Path],
    *,
    db_path: str | Path,
    cluster: str | None,
    on_error: OnError | None,
    on_progress: OnProgress | None,
) -> BuildReport:
    """:func:`build`, with the build lock held."""
    report = BuildReport(on_error=on_error)
    articles = Counter(
        on_progress, task=ARTICLES_TASK, total=count_articles(paths) if on_progress else None, unit="articles"
    )
    db = open_for_writing(db_path)
    try:
        check_pipeline(cluster)
        resolve_pending_speakers(db)  # quotes loaded before, in load order, ahead of the new ones
        articles.start()
        _write_new_articles(db, paths, report, cluster=cluster, articles=articles)
        post_build(db, report, on_progress=on_progress)
    finally:
        db.close()
    return report


def _write_new_articles(
    db: sqlite_utils.Database,
    paths: Iterable[str | Path],
    report: BuildReport,
    *,
    cluster: str | None,
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

    speakers = SpeakerDirectory(db)
    with contextlib.closing(extracted_batches(fresh_articles(), cluster=cluster)) as extracted:
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
