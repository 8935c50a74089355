"""Data safety and safe publishing.

- Rebuilding from the same articles changes nothing (full dumps compared).
- Readers (plain sqlite3 and Datasette) see no errors while a build writes (WAL).
- A build killed with SIGKILL leaves the previous database intact, with no
  article half-written, and a rebuild completes it.
- Datasette serves the database read-only, with a SQL time limit, escaping what
  it renders and showing no stack trace.
- Two builds of one database take turns; a database on read-only storage is
  read and served; each database of a folder has its own curation file.

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

from quotes.build import BuildReport, build, post_build
from quotes.enrich.speakers import SpeakerDirectory
from quotes.extract import extract_quotes
from quotes.ingest.plain_text import parse_text
from quotes.records import Article, Quote
from quotes.search.index import IndexCheck, check_index, index_dir_for, open_index
from quotes.store.db import open_db
from quotes.store.write import write_article
from quotes.web import views
from quotes.web.publish import database_name, make_datasette, running_server
from quotes.web.queries import CANNED_QUERIES

ROOT = Path(__file__).resolve().parent.parent

FIRST = ["Ada", "Bram", "Cleo", "Dov", "Esme", "Fen", "Gus", "Hana", "Ivo", "Juno", "Kai", "Lise"]
LAST = ["Arkwright", "Bellweather", "Corrigan", "Dunmore", "Elsworth", "Fairlie", "Grantham", "Holloway"]
TOPICS = [
    "the harbour wall",
    "the night trains",
    "the grain tax",
    "the river ferry",
    "the school roof",
    "the border post",
    "the flood barrier",
    "the old mill",
    "the tram line",
    "the water board",
]


def article_text(n: int) -> str:
    """A short, unique, fictional news story with direct and indirect quotes."""
    speaker = f"{FIRST[n % len(FIRST)]} {LAST[(n // len(FIRST)) % len(LAST)]}"
    other = f"{FIRST[(n + 5) % len(FIRST)]} {LAST[(n + 3) % len(LAST)]}"
    topic = TOPICS[n % len(TOPICS)]
    return (
        f"Town council votes on {topic} (report {n})\n\n"
        f"The council of Wendlebury voted on {topic} on day {n} of the session.\n\n"
        f'"We cannot wait another winter for {topic}," said {speaker}, the council\'s treasurer. '
        f'"The money is there and the plans are ready."\n\n'
        f"{other}, a spokeswoman for the residents' association, said the vote number {n} "
        f"had come too late for many families.\n\n"
        f'"This is a good day for Wendlebury," {other} told reporters after the meeting.\n'
    )


def make_corpus(folder: Path, numbers) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        (folder / f"story-{n:04d}.txt").write_text(article_text(n), encoding="utf-8")
    return folder


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


PAUSED_BUILD = """
import sys, time
import quotes.build
from quotes.cli import cli

write_article = quotes.build.write_article


def write_and_pause(*args, **kwargs):
    article_id = write_article(*args, **kwargs)
    time.sleep(PAUSE)
    return article_id


PAUSE = float(sys.argv.pop(1))
quotes.build.write_article = write_and_pause
cli()
"""


def paused_build_command(corpus: Path, db_path: Path, pause: float) -> list[str]:
    """:func:`build_command`, pausing ``pause`` seconds after each article is
    written, so that readers polling the database see the build progress
    however fast extraction is."""
    return [sys.executable, "-c", PAUSED_BUILD, str(pause), "build", str(corpus), "--db", str(db_path)]


def search_index_opens(db_path: Path) -> None:
    """Open the whoosh index beside the database."""
    open_index(index_dir_for(db_path)).close()


def search_index_check(db_path: Path) -> IndexCheck:
    """The whoosh index compared with the database."""
    db = open_db(db_path)
    try:
        return check_index(db)
    finally:
        db.close()


# --- rebuilding -----------------------------------------------------------------------


def test_rebuild_changes_nothing(tmp_path, seeds_dir):
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


def test_readers_see_no_errors_during_a_build(tmp_path):
    from datasette.app import Datasette

    db_path = tmp_path / "live.db"
    build([make_corpus(tmp_path / "first", range(2))], db_path=db_path)
    corpus = make_corpus(tmp_path / "more", range(2, 30))
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
            for path in (
                "/live/quotes.json?_shape=array&_size=5",
                "/live/quote_details.json?_size=5",
                "/live/articles.json?_sort_desc=id&_size=1",
                "/live.json?sql=select+count(*)+from+quotes",
            ):
                response = await ds.client.get(path)
                requests += 1
                if response.status_code != 200:
                    errors.append(f"datasette {path}: {response.status_code} {response.text[:200]}")
        return requests

    thread = threading.Thread(target=sqlite_reader)
    thread.start()
    process = subprocess.Popen(
        paused_build_command(corpus, db_path, pause=0.05),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        requests = asyncio.run(datasette_reader(process))
        _out, err = process.communicate(timeout=300)
    finally:
        done.set()
        thread.join()
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert errors == []
    assert requests > 0
    assert len(set(counts)) > 2, "the readers never saw the build progress"
    assert counts[-1] == 30


# --- an interrupted build -----------------------------------------------------------------


def test_killed_build_leaves_the_database_intact(tmp_path):
    db_path = tmp_path / "quotes.db"
    old = make_corpus(tmp_path / "old", range(3))
    report = build([old], db_path=db_path)
    assert report.added == 3 and report.quotes > 0
    previous = table_rows(db_path, QUOTES_BY_ARTICLE)
    previous_articles = table_rows(db_path, "select * from articles order by id")

    corpus = make_corpus(tmp_path / "new", range(3, 45))
    process = subprocess.Popen(
        paused_build_command(corpus, db_path, pause=0.05),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and process.poll() is None:
            if table_rows(db_path, "select count(*) from articles")[0][0] >= 6:
                break
            time.sleep(0.01)
        assert process.poll() is None, f"the build ended before it could be killed: {process.stderr.read()}"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    stored = table_rows(db_path, "select count(*) from articles")[0][0]
    assert 6 <= stored < 45

    conn = sqlite3.connect(db_path)
    assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    conn.close()
    assert table_rows(db_path, "select * from articles where id <= 3 order by id") == previous_articles
    assert [
        row for row in table_rows(db_path, QUOTES_BY_ARTICLE) if row[0] in {a[1] for a in previous_articles}
    ] == previous
    interrupted = table_rows(db_path, QUOTES_BY_ARTICLE)
    search_index_opens(db_path)  # the search index of the previous build still opens
    kept_hashes = {row[0] for row in table_rows(db_path, "select hash from articles")}

    # A rebuild completes it, and every article stored before the kill is whole:
    # it has exactly the quotes a clean build gives it.
    report = build([corpus], db_path=db_path)
    assert report.failed == 0 and report.added == 45 - stored and report.skipped == stored - 3
    assert table_rows(db_path, "select count(*) from articles")[0][0] == 45
    reference = tmp_path / "reference.db"
    build([old, corpus], db_path=reference)
    expected = table_rows(reference, QUOTES_BY_ARTICLE)
    assert table_rows(db_path, QUOTES_BY_ARTICLE) == expected
    check = search_index_check(db_path)
    assert check is None or check.ok, check.summary()
    assert interrupted == [row for row in expected if row[0] in kept_hashes]


# --- publishing ---------------------------------------------------------------------------

SCRIPT_QUOTE = "<script>alert('quote')</script> is not a plan,"
NASTY_TEXT = (
    "Harbour dispute in Eastbrook\n\n"
    f'"{SCRIPT_QUOTE}" said Ada <img src=x onerror=alert(1)> Vell, the harbour master of '
    "<b>Eastbrook</b>. She spoke after the vote.\n"
)
RAW_MARKUP = ["<script>alert(", "<img src=x", "<b>Eastbrook</b>"]


@pytest.fixture(scope="module")
def published(tmp_path_factory, datasette_client):
    """A database holding one quote full of markup, and a client of the Datasette
    that ``quotes serve`` would run for it: ``(client, database name, db path)``."""
    db_path = tmp_path_factory.mktemp("published") / "pub.db"
    start = NASTY_TEXT.index(SCRIPT_QUOTE)
    speaker_start = NASTY_TEXT.index("Ada <img")
    speaker_end = NASTY_TEXT.index(" Vell") + len(" Vell")
    article = Article(
        text=NASTY_TEXT,
        title="<script>alert('title')</script>",
        outlet="<i>Gazette</i>",
        url="javascript:alert(1)",
        published="2024-05-01",
        source="nasty.txt",
    )
    quote = Quote(
        text=SCRIPT_QUOTE,
        start=start,
        end=start + len(SCRIPT_QUOTE),
        kind="direct",
        cue="said",
        cue_start=NASTY_TEXT.index("said"),
        cue_end=NASTY_TEXT.index("said") + 4,
        speaker=NASTY_TEXT[speaker_start:speaker_end],
        speaker_start=speaker_start,
        speaker_end=speaker_end,
        speaker_kind="person",
        role="harbour master",
        affiliation="<b>Eastbrook</b>",
        confidence=0.9,
    )
    db = open_db(db_path)
    assert write_article(db, article, [quote], speakers=SpeakerDirectory(db)) == 1
    try:
        post_build(db, BuildReport())
    finally:
        db.close()
    return datasette_client(make_datasette(db_path)), database_name(db_path), db_path


def html_pages(name: str) -> list[str]:
    pages = [
        f"/{name}/quotes",
        f"/{name}/quotes/1",
        f"/{name}/quote_details",
        f"/{name}/articles/1",
        f"/{name}/speakers",
        f"/{name}/speakers/1",
        f"/{name}/-/quote/1",
        f"/{name}/quotes?_search=plan",
        f"/{name}/quote_details?_search=plan&_facet=speaker",
    ]
    for query in CANNED_QUERIES:
        pages.append(
            f"/{name}/{query.name}?q=plan&speaker=Ada&term=plan&name=Ada&id=1&quote_id=1&speaker_id=1"
        )
    return pages


def test_pages_escape_what_they_render(published):
    client, name, _ = published
    checked = 0
    for path in html_pages(name):
        response = client.get(path)
        assert response.status_code in (200, 404), (path, response.status_code, response.text[:300])
        if response.status_code != 200:
            continue
        checked += 1
        for raw in RAW_MARKUP:
            assert raw not in response.text, (path, raw)
    assert checked >= 6
    quote_page = client.get(f"/{name}/-/quote/1")
    assert quote_page.status_code == 200
    assert "&lt;script&gt;alert(" in quote_page.text
    assert 'href="javascript:' not in quote_page.text.lower()


def test_search_page_escapes_hits_and_the_query(published):
    client, name, _ = published
    for path in [
        "/-/search?q=plan",
        "/-/search?q=" + "%3Cscript%3Ealert(2)%3C/script%3E",
        f"/{name}/quotes?_search=%3Cscript%3Ealert(2)%3C/script%3E",
        f"/{name}/search_quotes?q=%3Cscript%3Ealert(2)%3C/script%3E",
    ]:
        response = client.get(path)
        assert response.status_code in (200, 302), (path, response.status_code)
        for raw in [*RAW_MARKUP, "<script>alert(2)"]:
            assert raw not in response.text, (path, raw)
    hits = client.get("/-/search?q=plan")
    assert "&lt;script&gt;" in hits.text


WRITE_ATTEMPTS = [
    "delete from quotes",
    "update quotes set text = 'changed'",
    "insert into articles (hash, text) values ('x', 'y')",
    "drop table quotes",
    "create table owned (x)",
    "with doomed as (select id from quotes) delete from quotes where id in (select id from doomed)",
    "select 1; delete from quotes",
    "pragma journal_mode = delete",
    "pragma writable_schema = 1",
    "attach database ':memory:' as other",
    "vacuum into '{stolen}'",
    "replace into quotes_fts (rowid, text) values (1, 'x')",
    "select load_extension('/nonexistent')",
]


def test_no_write_sql_is_accepted(published, tmp_path):
    client, name, db_path = published
    before = dump(db_path)
    stolen = tmp_path / "stolen.db"
    for sql in (attempt.format(stolen=stolen) for attempt in WRITE_ATTEMPTS):
        for path in (f"/{name}.json", f"/{name}"):
            response = client.get(path, params={"sql": sql})
            assert response.status_code in (400, 403), (sql, response.status_code, response.text[:300])
    for path in (
        f"/{name}/-/create",
        f"/{name}/quotes/-/insert",
        f"/{name}/quotes/1/-/delete",
        f"/{name}/quotes/1/-/update",
        f"/{name}/quotes/-/drop",
        f"/{name}/-/query",
        f"/{name}/search_quotes",
        f"/{name}",
    ):
        response = client.request("POST", path, data={"sql": "delete from quotes", "q": "plan"})
        # Datasette 0.65 answers a POST to a read-only canned query with 500 ("You
        # may only POST to a canned query"): refused all the same.
        assert response.status_code in (400, 403, 404, 405, 500), (path, response.status_code)
        assert "Traceback" not in response.text
    assert dump(db_path) == before
    assert not stolen.exists()


def test_sql_has_a_time_limit(published):
    client, name, _ = published
    limit = client.datasette.setting("sql_time_limit_ms")
    assert 0 < limit <= 10_000
    slow = "with recursive n(x) as (select 1 union all select x + 1 from n) select count(*) from n"
    started = time.monotonic()
    response = client.get(f"/{name}", params={"sql": slow})
    elapsed = time.monotonic() - started
    assert response.status_code == 400
    assert "took too long" in response.text
    assert "Traceback" not in response.text
    assert elapsed < limit / 1000 + 30  # cut off, not run to the end (it never ends)


def test_no_stack_trace_reaches_the_browser(published, monkeypatch):
    client, name, _ = published

    def broken(*args, **kwargs):
        raise RuntimeError("simulated failure in the quote page")

    monkeypatch.setattr(views, "quote_card", broken)
    pages = {
        f"/{name}/-/quote/1": (500,),
        f"/{name}.json?sql=select+*+from+no_such_table": (400,),
        f"/{name}/quotes?_sort=no_such_column": (400,),
        f"/{name}/quotes?_search=%22unbalanced": (200, 302),
        f"/{name}/quotes/999999": (404,),
        f"/{name}/quotes/1/-/insert": (400, 404, 405),
        f"/{name}/-/quote/{10**22}": (404,),  # past SQLite's 64-bit integers
        f"/{name}/-/speaker/{10**22}": (404,),
        f"/{name}/-/statement/{10**22}": (404,),
        "/-/search?q=" + "(" * 3000: (400,),
        "/-/search?q=x&page=-1": (200, 400),
        "/-/search?q=%22unbalanced+OR+(": (200,),
    }
    for path, statuses in pages.items():
        response = client.get(path)
        assert response.status_code in statuses, (path, response.status_code)
        for trace in ("Traceback", 'File "/', '.py", line '):
            assert trace not in response.text, (path, trace, response.text[:500])
    forced = client.get(f"/{name}/-/quote/1")
    assert "Error 500" in forced.text  # Datasette's error page, not a bare server error


CRASHING_INDEX_UPDATE = """
import os, signal, sys
import whoosh.index
whoosh.index.TOC.write = lambda *args, **kwargs: os.kill(os.getpid(), signal.SIGKILL)
from quotes.store.db import open_db
from quotes.search.index import update_index
update_index(open_db(sys.argv[1]))
"""


def test_index_update_killed_before_its_commit_leaves_the_index_usable(tmp_path):
    """SIGKILL after the new segment is written, just before the index's table of
    contents is: the search index keeps its previous content and the next update
    completes it."""
    db_path = tmp_path / "quotes.db"
    build([make_corpus(tmp_path / "old", range(3))], db_path=db_path)
    before = search_index_check(db_path)
    assert before.ok and before.indexed > 0
    db = open_db(db_path)
    for n in range(3, 8):
        text = article_text(n)
        write_article(
            db, parse_text(text, source=f"story-{n}.txt"), extract_quotes(text), speakers=SpeakerDirectory(db)
        )
    db.close()

    crashed = subprocess.run(
        [sys.executable, "-c", CRASHING_INDEX_UPDATE, str(db_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr
    after_crash = search_index_check(db_path)
    assert after_crash.problem is None, after_crash.problem
    assert after_crash.indexed == before.indexed and after_crash.missing  # the old index, intact

    result = subprocess.run(
        [sys.executable, "-m", "quotes", "index", "update", "--db", str(db_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert search_index_check(db_path).ok


# --- two builds at once -------------------------------------------------------------------


def test_two_builds_at_once_take_turns(tmp_path):
    """Two `quotes build` of one database started together: the second waits
    for the first (and says so), every article of both is stored, and the
    search index holds every quote."""
    db_path = tmp_path / "quotes.db"
    corpora = [make_corpus(tmp_path / "first", range(12)), make_corpus(tmp_path / "second", range(12, 24))]
    processes = [
        subprocess.Popen(
            build_command(corpus, db_path),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for corpus in corpora
    ]
    outputs = [process.communicate(timeout=600) for process in processes]
    assert [process.returncode for process in processes] == [0, 0], outputs
    waited = [err for _, err in outputs if "another build is running, waiting for it to finish" in err]
    assert len(waited) == 1, outputs
    assert not any("locked" in err for _, err in outputs)
    assert table_rows(db_path, "select count(*) from articles")[0][0] == 24
    assert search_index_check(db_path).ok
    assert [path.name for path in tmp_path.glob("quotes.whoosh*")] == ["quotes.whoosh"]


# --- read-only storage --------------------------------------------------------------------


@pytest.fixture
def read_only_database(tmp_path):
    """A built database (with its search index) on read-only storage: a
    read-only bind mount when running as root, else folders without write
    permission."""
    source = tmp_path / "source"
    build([make_corpus(tmp_path / "corpus", range(3))], db_path=source / "quotes.db")
    mount = tmp_path / "media"
    mount.mkdir()
    if os.geteuid() == 0:
        commands = [
            ["mount", "--bind", str(source), str(mount)],
            ["mount", "-o", "remount,ro,bind", str(mount)],
        ]
        if any(subprocess.run(command, capture_output=True).returncode for command in commands):
            subprocess.run(["umount", str(mount)], capture_output=True)
            pytest.skip("cannot make a read-only bind mount here")
        try:
            yield mount / "quotes.db"
        finally:
            subprocess.run(["umount", str(mount)], check=True)
    else:
        mount.rmdir()
        source.rename(mount)
        for path in [*mount.rglob("*"), mount]:
            path.chmod(path.stat().st_mode & ~0o222)
        try:
            yield mount / "quotes.db"
        finally:
            for path in [mount, *mount.rglob("*")]:
                path.chmod(path.stat().st_mode | 0o200)


@pytest.mark.parametrize(
    "command, output",
    [
        (["fts", "check"], "in step"),
        (["curate", "list"], "no decisions"),
        (["index", "check"], "in step"),
        (["search", "harbour"], "harbour"),
    ],
)
def test_commands_read_a_read_only_database(read_only_database, command, output):
    result = subprocess.run(
        [sys.executable, "-m", "quotes", *command, "--db", str(read_only_database)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert output in result.stdout.lower()


def test_a_read_only_database_is_served_immutable(read_only_database, tmp_path):
    from urllib.request import urlopen

    with running_server(read_only_database, log_path=tmp_path / "server.log") as server:
        with urlopen(server.url + "/-/databases.json") as response:
            assert [db["is_mutable"] for db in json.load(response)] == [False]
        for path in ("/quotes/quotes.json?_shape=array", "/quotes/-/quote/1", "/-/search.json?q=harbour"):
            with urlopen(server.url + path) as response:
                assert response.status == 200, path
    assert "Traceback" not in server.log_tail(20_000)
    result = subprocess.run(
        build_command(tmp_path, read_only_database), cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "read-only" in result.stderr.lower(), result.stderr


# --- curation files -----------------------------------------------------------------------


def test_each_database_of_a_folder_has_its_own_curation_file(tmp_path):
    from click.testing import CliRunner

    from quotes.cli import cli
    from quotes.enrich.curation import default_curation_path

    corpus = make_corpus(tmp_path / "corpus", range(2))
    first, second = tmp_path / "db" / "quotes.db", tmp_path / "db" / "other.db"
    build([corpus], db_path=first)
    rejected = table_rows(first, "select id, text from quotes order by id")[0]
    result = CliRunner().invoke(cli, ["curate", "reject", str(rejected[0]), "--db", str(first)])
    assert result.exit_code == 0, result.output
    assert (
        default_curation_path(first).name == "quotes.curation.yml" and default_curation_path(first).exists()
    )
    build([corpus], db_path=second)
    assert rejected[1] in [row[0] for row in table_rows(second, "select text from quotes")]
    assert rejected[1] not in [row[0] for row in table_rows(first, "select text from quotes")]
    assert not default_curation_path(second).exists()
