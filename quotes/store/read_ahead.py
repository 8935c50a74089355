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
  order: a batch is one staged group with its errors, each sent with the
  number of the group's articles before it, and an error reaches
  ``on_error`` once the articles before it are stored (:class:`Incoming`).
- **Bounded memory.** A batch is one staged database however many bad lines
  fall between its articles (a bad line counts as a quote towards the
  batch's size), and at most :data:`QUEUED_BATCHES` batches wait to be
  written. Python's cyclic garbage collector is paused meanwhile, in both
  processes (the rows hold no cycles; reference counting frees them).
- **No hang, nothing half-written.** When the reader process fails (an
  exception, or it is killed), the iterator raises :class:`ReaderError`; the
  chunk being written is rolled back, so only it is lost. When the writing
  side stops with an error or Ctrl-C, the reader process is terminated as the
  block ends; when the writing process is killed (``SIGTERM``, ``SIGKILL``),
  a thread of the reader process sees within :data:`POLL_SECONDS` that its
  parent is gone and ends it, so that it frees what it inherited (the build
  lock of :func:`~quotes.build.build_lock` among them) instead of waiting for
  ever to send its next batch.

The reader process is forked, so that it starts at once with the modules
already imported (a fresh interpreter would import spaCy with them) and sees
the same code. Where processes cannot be forked, the files are read in the
calling process, one batch at a time as the writer asks for it: the same
batches and the same order of errors, without the overlap (the errors of a
file's bad lines wait for its next article or its end, so a file of bad lines
only holds them all until it ends).
"""

from __future__ import annotations

import collections
import contextlib
import gc
import io
import multiprocessing
import os
import pickle
import queue
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue
from pathlib import Path
from typing import Any

from quotes.errors import QuotesError, ReadError, printable_path
from quotes.store.bulk import PreparedArticle, StagedGroup, prepare_fields, stage
from quotes.store.extracted import ExtractedLineError, OnError, read_extracted_fields

BATCH_QUOTES = 4_000
"""Quotes, articles and errors per batch sent by the reader process."""
QUEUED_BATCHES = 16
"""Batches read ahead of the writer, at most: enough for the reader to go on
while the writer indexes a chunk's quotes at its end (about half a second
for 100,000 quotes)."""
POLL_SECONDS = 0.5
"""How often the writer, waiting for a batch, checks that the reader process
is alive, and the reader process that the writer is."""

_ARTICLES, _DONE, _FAILED = "articles", "done", "failed"

LineErrorFields = tuple[str, str, int, str]
"""An error as sent between processes: ``("line", file, line, problem)`` or ``("file", path, 0, problem)``."""
PlacedError = tuple[int, LineErrorFields]
"""An error and the number of the batch's articles before it in the files."""
Batch = tuple[StagedGroup | None, list[PlacedError]]
"""What the reader sends at a time: its articles staged (``None`` when it
has none) and its errors, in file order."""


class ReaderError(QuotesError):
    """The reader process failed or stopped before the end of the files."""


@contextlib.contextmanager
def read_ahead(
    paths: Iterable[str | Path], *, on_error: OnError, batch_quotes: int = BATCH_QUOTES
) -> Iterator[Incoming]:
    """The articles of the extracted-quotes files ``paths``, in order, read,
    prepared and staged (:func:`~quotes.store.bulk.stage`) by a reader
    process, one staged group of about ``batch_quotes`` quotes a batch; bad
    lines and unreadable files go to ``on_error`` (when: see
    :class:`Incoming`). The reader process is ended when the block ends."""
    files = [Path(path) for path in paths]
    with _collector_paused():
        if "fork" not in multiprocessing.get_all_start_methods():
            yield Incoming(_read_here(files, batch_quotes), on_error=on_error, waiting=None)
            return
        with _reader_process(files, batch_quotes) as (batches, reader):
            yield Incoming(_received(batches, reader), on_error=on_error, waiting=batches)


class Incoming(Iterator[StagedGroup]):
    """The staged groups :func:`read_ahead` gives, in order, and whether the
    next batch has arrived (:meth:`ready`).

    The errors of a batch reach ``on_error`` where their lines stand among
    its articles: those before its first article when its group is taken,
    each other one as soon as the writer has said (:meth:`article_stored`)
    that the articles before it are stored, and any left when the next group
    is taken."""

    def __init__(self, batches: Iterator[Batch], *, on_error: OnError, waiting: Queue | None) -> None:
        self.batches = batches
        self.on_error = on_error
        self.waiting = waiting
        self.errors: collections.deque[PlacedError] = collections.deque()
        self.stored = 0

    def __next__(self) -> StagedGroup:
        self._report(until=None)
        for group, errors in self.batches:
            self.errors.extend(errors)
            self.stored = 0
            self._report(until=0)
            if group is not None:
                return group
        raise StopIteration

    def article_stored(self) -> None:
        """Say that one more article of the last group taken is stored: the
        errors that came after it in the files (and before the next) are reported."""
        self.stored += 1
        self._report(until=self.stored)

    def ready(self) -> bool:
        """False when the reader process has not sent its next batch yet
        (always True when the files are read in this process)."""
        return self.waiting is None or not self.waiting.empty()

    def _report(self, *, until: int | None) -> None:
        """Report the errors placed after at most ``until`` articles (all when ``None``)."""
        while self.errors and (until is None or self.errors[0][0] <= until):
            self.on_error(_error(self.errors.popleft()[1]))


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
        target=_reader,
        args=(files, batches, batch_quotes, os.getpid()),
        name="quotes-load-reader",
        daemon=True,
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


def _read_here(files: list[Path], batch_quotes: int) -> Iterator[Batch]:
    """The batches of ``files`` read in this process, each read when asked for."""
    ready: collections.deque[Batch] = collections.deque()
    sender = _Sender(ready.append, batch_quotes)
    for path in files:
        try:
            for article, quotes, text_hash in read_extracted_fields(path, on_error=sender.error):
                sender.article(prepare_fields(article, quotes, text_hash=text_hash))
                while ready:
                    yield ready.popleft()
        except ReadError as error:
            sender.error(error)
    sender.flush()
    yield from ready


def _received(batches: Queue, reader: BaseProcess) -> Iterator[Batch]:
    """The batches the reader process sends."""
    while True:
        kind, payload = _next_batch(batches, reader)
        if kind == _DONE:
            return
        if kind == _FAILED:
            raise ReaderError(payload)
        yield pickle.loads(payload)


def _close_sending_end(batches: Queue) -> None:
    """Close this process's copy of the queue's sending end, which only the
    reader process uses: when the reader process dies in the middle of
    sending a batch (a batch is larger than what a pipe holds), reading the
    rest of it then meets the end of the pipe instead of waiting for ever.
    The end is private to multiprocessing: a Python without it loads all the
    same, only without noticing such a death half-way through a batch."""
    sending_end = getattr(batches, "_writer", None)
    close = getattr(sending_end, "close", None)
    if callable(close):
        close()


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
    """Gathers articles and errors into batches of one staged group each and
    hands each batch to ``send``."""

    def __init__(self, send: Callable[[Batch], None], batch_quotes: int) -> None:
        self.send = send
        self.batch_quotes = batch_quotes
        self.articles: list[PreparedArticle] = []
        self.errors: list[PlacedError] = []
        self.quotes = 0

    def article(self, item: PreparedArticle) -> None:
        self.articles.append(item)
        self.quotes += len(item.quotes) + 1
        if self.quotes >= self.batch_quotes:
            self.flush()

    def error(self, error: ReadError) -> None:
        self.errors.append((len(self.articles), _fields(error)))
        self.quotes += 1  # a file of bad lines still goes in bounded batches
        if self.quotes >= self.batch_quotes:
            self.flush()

    def flush(self) -> None:
        """Send what was gathered, if anything."""
        if self.articles or self.errors:
            self.send((stage(self.articles) if self.articles else None, self.errors))
        self.articles, self.errors, self.quotes = [], [], 0


def _packed(batch: Batch) -> bytes:
    """``batch`` pickled without a memo: it holds no object twice and no
    cycle, and remembering each of its strings and tuples would only slow
    the pickling (the queue then sends the bytes as they are)."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    pickler.dump(batch)
    return out.getvalue()


def _reader(files: list[Path], batches: Queue, batch_quotes: int, parent: int) -> None:
    """The reader process: read, prepare and send every article and error in order."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the writer's to handle
    _end_with(parent)
    sender = _Sender(lambda batch: batches.put((_ARTICLES, _packed(batch))), batch_quotes)
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


def _end_with(parent: int) -> None:
    """End this process as soon as ``parent`` is no longer its parent (it
    was killed): otherwise it would wait for ever to send to it, or to
    flush its last batch as it exits, keeping the files it inherited open."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="quotes-load-parent-watch", daemon=True).start()
