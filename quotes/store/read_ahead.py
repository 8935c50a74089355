"""Reading extracted-quotes files in a second process while the first writes.

A bulk load spends about as long reading and checking the lines
(:func:`~quotes.store.extracted.read_extracted_fields`), turning them into rows
(:func:`~quotes.store.bulk.prepare_fields`) and staging the rows
(:func:`~quotes.store.bulk.stage`) as SQLite spends storing them. On two
cores :func:`read_ahead` overlaps the two: a reader process reads the files,
prepares and stages the rows and sends them in batches of about
:data:`BATCH_QUOTES` quotes, while the process that owns the database writes
the batches before.

- **Order and errors as when reading in one process.** Articles and the
  errors of bad lines (each naming its file and line) come back in file
  order, in one stream; an error reaches ``on_error`` between the articles
  it came between.
- **Bounded memory.** At most :data:`QUEUED_BATCHES` batches wait to be
  written. Python's cyclic garbage collector is paused meanwhile, in both
  processes (the rows hold no cycles; reference counting frees them).
- **No hang, nothing half-written.** When the reader process fails (an
  exception, or it is killed), the iterator raises :class:`ReaderError`; the
  chunk being written is rolled back, so only it is lost. When the
  writing side stops (an error, Ctrl-C), the reader process is ended.

The reader process is forked, so that it starts at once with the modules
already imported (a fresh interpreter would import spaCy with them) and sees
the same code; where processes cannot be forked, the files are read in the
calling process.
"""

from __future__ import annotations

import contextlib
import gc
import io
import multiprocessing
import pickle
import queue
import signal
from collections.abc import Iterable, Iterator
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue
from pathlib import Path
from typing import Any

from quotes.errors import QuotesError, ReadError, printable_path
from quotes.store.bulk import PreparedArticle, StagedGroup, groups_of, prepare_fields, stage
from quotes.store.extracted import ExtractedLineError, OnError, read_extracted_fields

BATCH_QUOTES = 4_000
"""Quotes, articles and errors per batch sent by the reader process."""
QUEUED_BATCHES = 16
"""Batches read ahead of the writer, at most: enough for the reader to go on
while the writer indexes a chunk's quotes at its end (about half a second
for 100,000 quotes)."""
POLL_SECONDS = 0.5
"""How often the writer, waiting for a batch, checks that the reader process is alive."""

_ARTICLES, _DONE, _FAILED = "articles", "done", "failed"

LineErrorFields = tuple[str, str, int, str]
"""An error as sent between processes: ``("line", file, line, problem)`` or ``("file", path, 0, problem)``."""
Entry = StagedGroup | LineErrorFields


class ReaderError(QuotesError):
    """The reader process failed or stopped before the end of the files."""


@contextlib.contextmanager
def read_ahead(
    paths: Iterable[str | Path], *, on_error: OnError, batch_quotes: int = BATCH_QUOTES
) -> Iterator[Incoming]:
    """The articles of the extracted-quotes files ``paths``, in order, read,
    prepared and staged (:func:`~quotes.store.bulk.stage`) by a reader
    process, in groups of about ``batch_quotes`` quotes; bad lines and
    unreadable files go to ``on_error``. The reader process is ended when the
    block ends."""
    files = [Path(path) for path in paths]
    with _collector_paused():
        if "fork" not in multiprocessing.get_all_start_methods():
            here = (stage(group) for group in groups_of(_read_here(files, on_error), batch_quotes))
            yield Incoming(here, batches=None)
            return
        with _reader_process(files, batch_quotes) as (batches, reader):
            yield Incoming(_received(batches, reader, on_error), batches=batches)


class Incoming(Iterator[StagedGroup]):
    """The staged groups :func:`read_ahead` gives, in order, and whether the
    next batch has arrived (:meth:`ready`)."""

    def __init__(self, groups: Iterator[StagedGroup], *, batches: Queue | None) -> None:
        self.groups = groups
        self.batches = batches

    def __next__(self) -> StagedGroup:
        return next(self.groups)

    def ready(self) -> bool:
        """False when the reader process has not sent its next batch yet
        (always True when the files are read in this process)."""
        return self.batches is None or not self.batches.empty()


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the block (and in the
    reader process, forked inside it). The batches are millions of small
    tuples and strings without cycles, freed by reference counting, which the
    collector would otherwise scan again and again: a tenth of the load's time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def _reader_process(files: list[Path], batch_quotes: int) -> Iterator[tuple[Queue, BaseProcess]]:
    """A reader process sending the batches of ``files``, ended when the block ends."""
    context = multiprocessing.get_context("fork")
    batches: Queue = context.Queue(maxsize=QUEUED_BATCHES)
    reader = context.Process(
        target=_reader, args=(files, batches, batch_quotes), name="quotes-load-reader", daemon=True
    )
    reader.start()
    _close_sending_end(batches)
    try:
        yield batches, reader
    finally:
        if reader.is_alive():
            reader.terminate()
        reader.join()
        batches.close()


def _read_here(files: list[Path], on_error: OnError) -> Iterator[PreparedArticle]:
    for path in files:
        try:
            for article, quotes, text_hash in read_extracted_fields(path, on_error=on_error):
                yield prepare_fields(article, quotes, text_hash=text_hash)
        except ReadError as error:
            on_error(error)


def _received(batches: Queue, reader: BaseProcess, on_error: OnError) -> Iterator[StagedGroup]:
    """The staged groups the reader process sends, its errors passed to ``on_error``."""
    while True:
        kind, payload = _next_batch(batches, reader)
        if kind == _DONE:
            return
        if kind == _FAILED:
            raise ReaderError(payload)
        for entry in pickle.loads(payload):
            if isinstance(entry, StagedGroup):
                yield entry
            else:
                on_error(_error(entry))


def _close_sending_end(batches: Queue) -> None:
    """Close this process's copy of the queue's sending end, which only the
    reader process uses: when the reader process dies in the middle of
    sending a batch (a batch is larger than what a pipe holds), reading the
    rest of it then meets the end of the pipe instead of waiting for ever."""
    batches._writer.close()  # type: ignore[attr-defined]  # multiprocessing keeps the pipe's ends private


def _next_batch(batches: Queue, reader: BaseProcess) -> tuple[str, Any]:
    """The next message of the reader process; :class:`ReaderError` when it died without one."""
    while True:
        try:
            return batches.get(timeout=POLL_SECONDS)
        except queue.Empty:
            if reader.is_alive():
                continue
        except (EOFError, OSError):  # it died while sending
            break
        try:  # it may have sent its last message just before it ended
            return batches.get(timeout=POLL_SECONDS)
        except (queue.Empty, EOFError, OSError):
            break
    reader.join(POLL_SECONDS)
    raise ReaderError(f"the process reading the files stopped (exit code {reader.exitcode}) before the end")


def _fields(error: ReadError) -> LineErrorFields:
    if isinstance(error, ExtractedLineError):
        return ("line", error.file or error.path, error.line_number, error.problem)
    return ("file", error.path, 0, error.problem)


def _error(fields: LineErrorFields) -> ReadError:
    kind, path, line, problem = fields
    return ExtractedLineError(path, line, problem) if kind == "line" else ReadError(path, problem)


class _Sender:
    """Gathers the reader process's articles into staged groups, and the
    groups and errors into batches, and sends them."""

    def __init__(self, batches: Queue, batch_quotes: int) -> None:
        self.batches = batches
        self.batch_quotes = batch_quotes
        self.batch: list[Entry] = []
        self.articles: list[PreparedArticle] = []
        self.quotes = 0

    def article(self, item: PreparedArticle) -> None:
        self.articles.append(item)
        self.quotes += len(item.quotes) + 1
        if self.quotes >= self.batch_quotes:
            self.flush()

    def error(self, error: ReadError) -> None:
        self.staged()
        self.batch.append(_fields(error))
        self.quotes += 1  # a file of bad lines still goes in bounded batches
        if self.quotes >= self.batch_quotes:
            self.flush()

    def staged(self) -> None:
        """Stage the articles gathered since the last error or batch."""
        if self.articles:
            self.batch.append(stage(self.articles))
            self.articles = []

    def flush(self) -> None:
        self.staged()
        self.batches.put((_ARTICLES, _packed(self.batch)))
        self.batch, self.quotes = [], 0


def _packed(batch: list[Entry]) -> bytes:
    """``batch`` pickled without a memo: the entries hold no object twice
    and no cycle, and remembering each of their million strings and tuples
    would double the time the reader process spends pickling (the queue then
    sends the bytes as they are)."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    pickler.dump(batch)
    return out.getvalue()


def _reader(files: list[Path], batches: Queue, batch_quotes: int) -> None:
    """The reader process: read, prepare and send every article and error in order."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the writer's to handle
    sender = _Sender(batches, batch_quotes)
    where = "reading"
    try:
        for path in files:
            where = printable_path(path)
            try:
                for article, quotes, text_hash in read_extracted_fields(path, on_error=sender.error):
                    sender.article(prepare_fields(article, quotes, text_hash=text_hash))
            except ReadError as error:
                sender.error(error)
        sender.flush()
        batches.put((_DONE, None))
    except Exception as error:  # any failure is one line to the writer, never a traceback
        batches.put((_FAILED, f"{where}: the reading failed ({type(error).__name__}: {error})"))
