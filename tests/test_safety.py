"""Data safety and safe publishing.

- Rebuilding from the same articles changes nothing (full dumps compared).
- Readers (plain sqlite3 and Datasette) see no errors while a build writes (WAL).
- A build killed with SIGKILL leaves the previous database intact, with no
  article half-written, and a rebuild completes it.
- Datasette serves the database read-only, with a SQL time limit, escaping what
  it renders and showing no stack trace.

The articles are made up here (fictional people); builds run the real extractor.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from quotes.build import build

ROOT = Path(__file__).resolve().parent.parent

FIRST = ["Ada", "Bram", "Cleo", "Dov", "Esme", "Fen", "Gus", "Hana", "Ivo", "Juno", "Kai", "Lise"]
LAST = ["Arkwright", "Bellweather", "Corrigan", "Dunmore", "Elsworth", "Fairlie", "Grantham", "Holloway"]
TOPICS = ["the harbour wall", "the night trains", "the grain tax", "the river ferry", "the school roof",
          "the border post", "the flood barrier", "the old mill", "the tram line", "the water board"]


def article_text(n: int) -> str:
    """A short, unique, fictional news story with direct and indirect quotes."""
    speaker = f"{FIRST[n % len(FIRST)]} {LAST[(n // len(FIRST)) % len(LAST)]}"
    other = f"{FIRST[(n + 5) % len(FIRST)]} {LAST[(n + 3) % len(LAST)]}"
    topic = TOPICS[n % len(TOPICS)]
    return (
        f"Town council votes on {topic} (report {n})\n\n"
        f"The council of Wendlebury voted on {topic} on day {n} of the session.\n\n"
        f"\"We cannot wait another winter for {topic},\" said {speaker}, the council's treasurer. "
        f"\"The money is there and the plans are ready.\"\n\n"
        f"{other}, a spokeswoman for the residents' association, said the vote number {n} "
        f"had come too late for many families.\n\n"
        f"\"This is a good day for Wendlebury,\" {other} told reporters after the meeting.\n"
    )


def make_corpus(folder: Path, numbers) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        (folder / f"story-{n:04d}.txt").write_text(article_text(n), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def extractor_available():
    try:
        import quotes.extract  # noqa: F401
    except ImportError as error:
        pytest.skip(f"the extractor is not there yet: {error}")


def dump(db_path: Path) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return list(conn.iterdump())


def table_rows(db_path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


QUOTES_BY_ARTICLE = """
select articles.hash, quotes.start, quotes."end", quotes.text, quotes.kind, quotes.speaker_mention
from quotes join articles on articles.id = quotes.article_id
order by articles.hash, quotes.start, quotes."end"
"""


def build_command(corpus: Path, db_path: Path) -> list[str]:
    return [sys.executable, "-m", "quotes", "build", str(corpus), "--db", str(db_path)]


# --- rebuilding -----------------------------------------------------------------------


def test_rebuild_changes_nothing(tmp_path, seeds_dir, extractor_available):
    db_path = tmp_path / "quotes.db"
    corpus = make_corpus(tmp_path / "corpus", range(3))
    first = build([seeds_dir, corpus], db_path=db_path)
    assert first.failed == 0, first.errors
    assert first.added == 7 and first.quotes > 0
    before = dump(db_path)
    second = build([seeds_dir, corpus], db_path=db_path)
    assert (second.added, second.skipped, second.quotes, second.failed) == (0, 7, 0, 0)
    assert dump(db_path) == before


# --- reading while a build writes ---------------------------------------------------------


def test_readers_see_no_errors_during_a_build(tmp_path, extractor_available):
    from datasette.app import Datasette

    db_path = tmp_path / "live.db"
    build([make_corpus(tmp_path / "first", range(2))], db_path=db_path)
    corpus = make_corpus(tmp_path / "more", range(2, 60))
    errors: list[str] = []
    counts: list[int] = []
    done = threading.Event()

    def sqlite_reader() -> None:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=0.5)
        while not done.is_set():
            try:
                counts.append(conn.execute("select count(*) from articles").fetchone()[0])
                conn.execute("select count(*), max(quote) from quote_details").fetchone()
            except sqlite3.Error as error:
                errors.append(f"sqlite3: {error}")
            time.sleep(0.005)
        conn.close()

    async def datasette_reader(process: subprocess.Popen) -> int:
        ds = Datasette([str(db_path)])
        requests = 0
        while process.poll() is None:
            for path in ("/live/quotes.json?_shape=array&_size=5", "/live/quote_details.json?_size=5",
                         "/live/articles.json?_sort_desc=id&_size=1", "/live.json?sql=select+count(*)+from+quotes"):
                response = await ds.client.get(path)
                requests += 1
                if response.status_code != 200:
                    errors.append(f"datasette {path}: {response.status_code} {response.text[:200]}")
        return requests

    thread = threading.Thread(target=sqlite_reader)
    thread.start()
    process = subprocess.Popen(build_command(corpus, db_path), cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        requests = asyncio.run(datasette_reader(process))
        out, err = process.communicate(timeout=300)
    finally:
        done.set()
        thread.join()
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert errors == []
    assert requests > 0
    assert len(set(counts)) > 2, "the readers never saw the build progress"
    assert counts[-1] == 60


# --- an interrupted build -----------------------------------------------------------------


def test_killed_build_leaves_the_database_intact(tmp_path, extractor_available):
    db_path = tmp_path / "quotes.db"
    old = make_corpus(tmp_path / "old", range(3))
    report = build([old], db_path=db_path)
    assert report.added == 3 and report.quotes > 0
    previous = table_rows(db_path, QUOTES_BY_ARTICLE)
    previous_articles = table_rows(db_path, "select * from articles order by id")

    corpus = make_corpus(tmp_path / "new", range(3, 90))
    process = subprocess.Popen(build_command(corpus, db_path), cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and process.poll() is None:
            if table_rows(db_path, "select count(*) from articles")[0][0] >= 8:
                break
            time.sleep(0.01)
        assert process.poll() is None, f"the build ended before it could be killed: {process.stderr.read()}"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    stored = table_rows(db_path, "select count(*) from articles")[0][0]
    assert 8 <= stored < 90

    conn = sqlite3.connect(db_path)
    assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    conn.close()
    assert table_rows(db_path, "select * from articles where id <= 3 order by id") == previous_articles
    assert [row for row in table_rows(db_path, QUOTES_BY_ARTICLE)
            if row[0] in {a[1] for a in previous_articles}] == previous
    interrupted = table_rows(db_path, QUOTES_BY_ARTICLE)
    kept_hashes = {row[0] for row in table_rows(db_path, "select hash from articles")}

    # A rebuild completes it, and every article stored before the kill is whole:
    # it has exactly the quotes a clean build gives it.
    result = subprocess.run(build_command(corpus, db_path), cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert table_rows(db_path, "select count(*) from articles")[0][0] == 90
    reference = tmp_path / "reference.db"
    build([old, corpus], db_path=reference)
    expected = table_rows(reference, QUOTES_BY_ARTICLE)
    assert table_rows(db_path, QUOTES_BY_ARTICLE) == expected
    assert interrupted == [row for row in expected if row[0] in kept_hashes]
