"""The reader process of a bulk load: the articles and errors of reading in
one process, in the same order; a reader that fails or dies is one error that
costs only the chunk being gathered; a writer that stops ends the reader."""

from __future__ import annotations

import contextlib
import fcntl
import functools
import gc
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import time
import unittest.mock

import pytest

import quotes.load
from quotes.load import load
from quotes.records import Article, Quote
from quotes.store import bulk, read_ahead
from quotes.store.extracted import extracted_lines


def tide_story(number: int) -> list[str]:
    """The extracted lines of a made-up article with one quote."""
    text = f'Tide table {number}\n\n"High water comes at noon," said Vera Strand of the pier board.'
    start = text.index("High")
    quote = Quote(text="High water comes at noon,", start=start, end=start + 25, speaker="Vera Strand")
    return list(extracted_lines(Article(text=text, source=f"tide{number}.txt"), [quote]))


def write_feed(path, numbers, *, broken=()) -> None:
    """The stories ``numbers`` as one file; those in ``broken`` with a quote line that is not JSON."""
    lines = []
    for number in numbers:
        story = tide_story(number)
        lines += [story[0], story[1][:-3]] if number in broken else story
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


SOURCE = bulk.ARTICLE_COLUMNS.index("source")


def staged_sources(group: bulk.StagedGroup) -> list[str]:
    """The sources of the articles staged in ``group``, in order."""
    staged = sqlite3.connect(":memory:")
    staged.deserialize(group.data)
    return [source for (source,) in staged.execute("select source from articles order by id")]


def staged_rows(group: bulk.StagedGroup) -> dict[str, list[tuple]]:
    """Every row of every table staged in ``group``, but the time each
    article was read (two readings a second apart differ only there)."""
    staged = sqlite3.connect(":memory:")
    staged.deserialize(group.data)
    tables = [name for (name,) in staged.execute("select name from sqlite_master where type = 'table'")]
    rows = {}
    for table in tables:
        columns = [row[1] for row in staged.execute(f"pragma table_info([{table}])") if row[1] != "added_at"]
        selected = ", ".join(f"[{column}]" for column in columns)
        rows[table] = staged.execute(f"select {selected} from [{table}] order by rowid").fetchall()
    return rows


def stream(files, *, background: bool, batch_quotes: int = 3) -> list[str]:
    """What reading ``files`` gives, articles (by source, each said stored as
    a writer does) and errors in one list; in a reader process or, with
    ``background`` false, as where processes cannot be forked."""
    seen: list[str] = []
    with contextlib.ExitStack() as stack:
        if not background:
            stack.enter_context(
                unittest.mock.patch.object(multiprocessing, "get_all_start_methods", return_value=["spawn"])
            )
        items = stack.enter_context(
            read_ahead.read_ahead(files, on_error=lambda e: seen.append(str(e)), batch_quotes=batch_quotes)
        )
        for group in items:
            for source in staged_sources(group):
                seen.append(source)
                items.article_stored()
    return seen


def small_chunks(monkeypatch, *, batch_quotes: int, chunk_quotes: int) -> None:
    """Make ``quotes load`` send batches and write chunks of a few quotes."""
    monkeypatch.setattr(
        quotes.load, "read_ahead", functools.partial(read_ahead.read_ahead, batch_quotes=batch_quotes)
    )
    monkeypatch.setattr(
        quotes.load, "load_staged", functools.partial(bulk.load_staged, chunk_quotes=chunk_quotes)
    )


def test_the_reader_process_gives_the_articles_and_errors_of_reading_here_in_order(tmp_path):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_feed(first, range(6), broken={2, 4})
    write_feed(second, range(6, 9), broken={6})
    missing = tmp_path / "empty.jsonl"
    missing.write_text("\n", encoding="utf-8")
    files = [first, missing, second]
    here = stream(files, background=False)
    assert stream(files, background=True) == here
    assert here[:2] == ["tide0.txt", "tide1.txt"] and here[2].startswith(f"{first}:6: not valid JSON")
    assert here[3] == "tide3.txt" and here[4].startswith(f"{first}:10: not valid JSON")
    assert here[5:7] == ["tide5.txt", f"{missing}: empty file"]
    assert here[7].startswith(f"{second}:2: not valid JSON") and here[8:] == ["tide7.txt", "tide8.txt"]


def test_a_reader_that_fails_costs_only_the_chunk_being_gathered(tmp_path, monkeypatch):
    source = tmp_path / "feed.jsonl"
    write_feed(source, range(8))
    real_prepare = bulk.prepare_fields

    def failing_prepare(article, found, *, text_hash):
        if article.source == "tide5.txt":
            raise MemoryError("simulated")
        return real_prepare(article, found, text_hash=text_hash)

    monkeypatch.setattr(read_ahead, "prepare_fields", failing_prepare)
    small_chunks(monkeypatch, batch_quotes=2, chunk_quotes=4)
    report = load([source], db_path=tmp_path / "quotes.db", stance=False)
    assert [str(error) for error in report.errors] == [
        f"{source}: the reading failed (MemoryError: simulated); {quotes.load.CHUNK_LOST}"
    ]
    stored = (
        sqlite3.connect(tmp_path / "quotes.db").execute("select source from articles order by id").fetchall()
    )
    assert [row[0] for row in stored] == [
        "tide0.txt",
        "tide1.txt",
        "tide2.txt",
        "tide3.txt",
    ]  # whole chunks; tide4 was being gathered
    assert (report.added, report.quotes) == (4, 4)
    assert multiprocessing.active_children() == []


def test_a_reader_that_dies_is_one_error_not_a_hang(tmp_path, monkeypatch):
    source = tmp_path / "feed.jsonl"
    write_feed(source, range(4))
    real_prepare = bulk.prepare_fields

    def dying_prepare(article, found, *, text_hash):
        if article.source == "tide3.txt":
            os.kill(os.getpid(), signal.SIGKILL)
        return real_prepare(article, found, text_hash=text_hash)

    monkeypatch.setattr(read_ahead, "prepare_fields", dying_prepare)
    small_chunks(monkeypatch, batch_quotes=2, chunk_quotes=4)
    report = load([source], db_path=tmp_path / "quotes.db", stance=False)
    assert len(report.errors) == 1
    assert "the process reading the files stopped (exit code -9) before the end" in str(report.errors[0])
    rows = (
        sqlite3.connect(tmp_path / "quotes.db").execute("select source from articles order by id").fetchall()
    )
    stored = [source for (source,) in rows]  # whole chunks of what it sent before it died
    assert stored == [f"tide{number}.txt" for number in range(len(stored))] and len(stored) <= 3
    assert report.added == len(stored)


def test_a_writer_that_stops_ends_the_reader_and_restarts_the_collector(tmp_path):
    source = tmp_path / "feed.jsonl"
    write_feed(source, range(50))
    with (
        pytest.raises(RuntimeError),
        read_ahead.read_ahead([source], on_error=print, batch_quotes=2) as items,
    ):
        next(items)
        assert not gc.isenabled()  # paused while the batches come
        raise RuntimeError("the writer failed")
    assert multiprocessing.active_children() == []
    assert gc.isenabled()


class Hung(Exception):
    """A load that took too long (not an ``OSError``, which the reading may catch)."""


def load_within(seconds: int, *args, **kwargs):
    """:func:`load`, failing with :class:`Hung` if it takes longer (a hang fails the test, not the suite)."""

    def hung(signum, frame):
        raise Hung(f"the load took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        return load(*args, **kwargs)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_a_reader_killed_while_sending_a_batch_is_one_error_not_a_hang(tmp_path, monkeypatch):
    source = tmp_path / "feed.jsonl"
    write_feed(source, range(4))
    real_flush, real_write = read_ahead._Sender.flush, bulk._write_staged
    flushes, writes = [], []

    def flush_then_die_sending(sender):  # in the reader process
        real_flush(sender)
        flushes.append(1)
        if len(flushes) == 2:  # a batch far larger than a pipe holds, cut off by the kill
            sender.send((None, [(0, ("file", "x" * 8_000_000, 0, "?"))]))
            time.sleep(0.3)
            os.kill(os.getpid(), signal.SIGKILL)

    def slow_first_write(db, group, *args):  # the writer is busy while the reader sends
        writes.append(1)
        if len(writes) == 1:
            time.sleep(1)
        return real_write(db, group, *args)

    monkeypatch.setattr(read_ahead._Sender, "flush", flush_then_die_sending)
    monkeypatch.setattr(bulk, "_write_staged", slow_first_write)
    small_chunks(monkeypatch, batch_quotes=2, chunk_quotes=4)
    report = load_within(30, [source], db_path=tmp_path / "quotes.db", stance=False)
    assert [str(error) for error in report.errors] == [
        "the process reading the files stopped (exit code -9) before the end; " + quotes.load.CHUNK_LOST
    ]
    assert multiprocessing.active_children() == []


def staged_groups(files, **options) -> list[bulk.StagedGroup]:
    """The staged groups the reader process sends for ``files`` (errors dropped)."""
    with read_ahead.read_ahead(files, on_error=lambda error: None, **options) as items:
        return list(items)


@pytest.mark.parametrize("background", [True, False])
def test_bad_lines_between_articles_keep_their_place_and_add_no_staged_database(tmp_path, background):
    clean, spoiled = tmp_path / "clean.jsonl", tmp_path / "spoiled.jsonl"
    write_feed(clean, range(20))
    lines = clean.read_text(encoding="utf-8").splitlines()
    spoiled.write_text(
        "".join(
            f"{quote_line}\n{article_line}\nnot json\n"
            for quote_line, article_line in zip(*[iter(lines)] * 2)
        ),
        encoding="utf-8",
    )
    expected = []
    for number in range(20):
        expected += [f"tide{number}.txt", f"{spoiled}:{3 * number + 3}: not valid JSON"]
    seen = stream([spoiled], background=background, batch_quotes=1_000)
    assert [entry[: len(want)] for entry, want in zip(seen, expected, strict=True)] == expected
    sent = staged_groups([spoiled], batch_quotes=1_000)
    assert [staged_rows(group) for group in sent] == [
        staged_rows(group) for group in staged_groups([clean], batch_quotes=1_000)
    ]
    assert len(sent) == 1


KILLED_WRITER = """
import sys, time
from quotes.build import build_lock
from quotes.store.read_ahead import read_ahead
with build_lock(sys.argv[2]), read_ahead([sys.argv[1]], on_error=print, batch_quotes=2) as items:
    next(items)
    import multiprocessing
    print(multiprocessing.active_children()[0].pid, flush=True)
    time.sleep(600)
"""


def test_a_killed_writer_ends_the_reader_which_frees_the_build_lock(tmp_path):
    source, db_path = tmp_path / "feed.jsonl", tmp_path / "quotes.db"
    write_feed(source, range(400))  # far more than the queue holds: the reader waits to send
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(source), str(db_path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    reader_pid = int(writer.stdout.readline())
    writer.kill()
    writer.wait()
    deadline = time.monotonic() + 30  # generous: only whether it ends at all is tested
    while process_exists(reader_pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    left_running = process_exists(reader_pid)
    if left_running:
        os.kill(reader_pid, signal.SIGKILL)
    assert not left_running
    with (tmp_path / "quotes.db.build-lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # raises BlockingIOError while held


def process_exists(pid: int) -> bool:
    """Whether process ``pid`` is still running (a zombie, reaped by init, counts as ended)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_a_queue_without_the_private_sending_end_still_loads(tmp_path, monkeypatch):
    source = tmp_path / "feed.jsonl"
    write_feed(source, range(5))
    real_close = read_ahead._close_sending_end

    def close_without_the_end(batches):
        with monkeypatch.context() as patch:
            patch.setattr(batches, "__dict__", {k: v for k, v in vars(batches).items() if k != "_writer"})
            real_close(batches)

    monkeypatch.setattr(read_ahead, "_close_sending_end", close_without_the_end)
    assert stream([source], background=True) == [f"tide{number}.txt" for number in range(5)]
