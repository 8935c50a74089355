"""Shared fixtures: databases, the sample articles, a spaCy pipeline, a Datasette client."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from quotes.enrich.speakers import SpeakerDirectory
from quotes.store.db import open_db

#: Property tests have no time limit per example: speed is measured by
#: ``scripts/bench``, and a loaded machine must not fail a test that is right.
settings.register_profile("untimed", deadline=None)
settings.load_profile("untimed")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
POLNEAR = SHARED / "polnear"


@pytest.fixture
def memory_db():
    """An empty, migrated in-memory database."""
    return open_db(":memory:")


ADAPTED = [(kind, sqlite3.PrepareProtocol) for kind in (type(None), bool)]
"""The keys of the adapters :func:`quotes.store.sql.bind_directly` registers."""


@pytest.fixture
def unadapted(monkeypatch) -> list[tuple[type, type]]:
    """No adapter for ``None`` or ``bool`` until the test registers them
    (sqlite3's adapters are process-wide; they are put back afterwards).
    Returns their keys in ``sqlite3.adapters``."""
    for key in ADAPTED:
        monkeypatch.delitem(sqlite3.adapters, key, raising=False)
    return ADAPTED


@pytest.fixture
def db_path(tmp_path):
    """A path for a database file in a temporary folder (not yet created)."""
    return tmp_path / "quotes.db"


@pytest.fixture(scope="session")
def seeds_dir():
    """The four sample articles the project was created from (read, never copied)."""
    if not SEEDS.is_dir():
        pytest.skip(f"sample articles not found at {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def polnear_dir():
    if not POLNEAR.is_dir():
        pytest.skip(f"PolNeAR not found at {POLNEAR}")
    return POLNEAR


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once per test session."""
    from quotes.extract.pipeline import load_pipeline

    return load_pipeline()


# Fictional articles for the search tests (people and outlets are made up).
ARCHIVE = [
    {
        "title": "Harbor council debates the new seawall",
        "outlet": "The Fictional Herald",
        "published": "2020-03-02",
        "paragraphs": [
            (
                '"The seawall will protect every family in the harbor," Mayor Marta Quillfeather said.',
                "The seawall will protect every family in the harbor",
                "Marta Quillfeather",
                "mayor",
                "Port Ellery council",
                ["supportive"],
            ),
            (
                'Analyst Dov Ashgrove disagreed. "It is a costly mistake that ignores the tides," he said.',
                "It is a costly mistake that ignores the tides",
                "Dov Ashgrove",
                "analyst",
                "Institute of Made-Up Studies",
                ["critical"],
            ),
        ],
    },
    {
        "title": "Rocket test alarms neighbours",
        "outlet": "Imaginary Times",
        "published": "2022-06-15T08:30:00Z",
        "paragraphs": [
            (
                '"This launch is deeply destabilising for the whole region," said Dov Ashgrove.',
                "This launch is deeply destabilising for the whole region",
                "Dov Ashgrove",
                "analyst",
                "Institute of Made-Up Studies",
                ["critical", "warning"],
            ),
            (
                'Renée Oddlin called the launch destabilising. "We are monitoring the situation closely," she said.',
                "We are monitoring the situation closely",
                "Renée Oddlin",
                "spokeswoman",
                "Ministry of Examples",
                [],
            ),
        ],
    },
]


class ExactNameSpeakers(SpeakerDirectory):
    """Speaker ids by exact name, so these tests do not depend on the gazetteer."""

    def speaker_id(self, quote, article):
        if not quote.speaker:
            return None
        row = self.db.execute("select id from speakers where name = ?", [quote.speaker]).fetchone()
        if row:
            return row[0]
        return (
            self.db["speakers"]
            .insert({"name": quote.speaker, "role": quote.role, "affiliation": quote.affiliation})
            .last_pk
        )


@pytest.fixture
def quote_archive(db_path):
    """A database file with two fictional articles and four quotes with stance tags."""
    import json

    from quotes.records import Article, Quote
    from quotes.store.write import write_article

    db = open_db(db_path)
    for item in ARCHIVE:
        text = "\n\n".join(paragraph for paragraph, *_ in item["paragraphs"])
        article = Article(text=text, title=item["title"], outlet=item["outlet"], published=item["published"])
        quotes = []
        for _, quote_text, speaker, role, affiliation, _tags in item["paragraphs"]:
            start = text.index(quote_text)
            quotes.append(
                Quote(
                    text=quote_text,
                    start=start,
                    end=start + len(quote_text),
                    speaker=speaker,
                    role=role,
                    affiliation=affiliation,
                )
            )
        write_article(db, article, quotes, speakers=ExactNameSpeakers(db))
        for _, quote_text, *_rest, tags in item["paragraphs"]:
            db.execute("update quotes set stance_tags = ? where text = ?", [json.dumps(tags), quote_text])
    db.conn.commit()
    return db


@pytest.fixture(scope="session")
def sample_db(seeds_dir, tmp_path_factory, nlp):
    """The four sample articles built once per session with ``quotes.build``
    (all post-build steps); returns the database path. Treat it as read-only."""
    from quotes.build import build

    path = tmp_path_factory.mktemp("sample") / "quotes.db"
    report = build([seeds_dir], db_path=path)
    assert not report.errors, report.errors
    return path


# Two fictional articles about a ferry line: a direct quote, a paraphrase (starting
# with its own "that"), a partial quote, and a low-confidence attribution.
FERRY_ARTICLES = [
    {
        "title": "Ferry line to reopen",
        "outlet": "Harbor Daily",
        "published": "2021-05-03",
        "url": "https://harbor.example/ferry",
        "text": (
            '"We will reopen the ferry line in June," said Odile Marsh, the harbour master.\n\n'
            "Marsh said that the old pier would be rebuilt first.\n\n"
            'Someone at the quay called the plan "a long overdue repair".'
        ),
        "quotes": [
            ("We will reopen the ferry line in June,", "direct", "Odile Marsh", 0.9, ["promises"]),
            ("that the old pier would be rebuilt first", "indirect", "Odile Marsh", 0.75, []),
            ("a long overdue repair", "partial", "Pell Arden", 0.2, ["supports"]),
        ],
    },
    {
        "title": "Pier works begin",
        "outlet": "Port Gazette",
        "published": "2021-05-20",
        "url": None,
        "text": "Odile Marsh said the ferry would wait for the new pier.",
        "quotes": [("the ferry would wait for the new pier", "indirect", "Odile Marsh", 0.8, ["promises"])],
    },
]


@pytest.fixture
def ferry_db(db_path, tmp_path, monkeypatch):
    """A database with :data:`FERRY_ARTICLES`: every kind of quote, one of them
    below the confidence the quote page trusts."""
    import json

    from quotes.extract.confidence import REVIEW_BELOW
    from quotes.records import Article, Quote
    from quotes.store.write import write_article

    monkeypatch.setenv("QUOTES_GAZETTEER", str(tmp_path / "none.yml"))
    (tmp_path / "none.yml").write_text("people: []\n")
    db = open_db(db_path)
    for item in FERRY_ARTICLES:
        text = item["text"]
        quotes = []
        for words, kind, speaker, confidence, _tags in item["quotes"]:
            start = text.index(words)
            quotes.append(
                Quote(
                    text=words,
                    start=start,
                    end=start + len(words),
                    kind=kind,
                    speaker=speaker,
                    role="harbour master" if speaker == "Odile Marsh" else None,
                    confidence=confidence,
                    needs_review=confidence < REVIEW_BELOW,
                    speaker_kind="person",
                )
            )
        article = Article(
            text=text,
            title=item["title"],
            outlet=item["outlet"],
            published=item["published"],
            url=item["url"],
        )
        write_article(db, article, quotes, speakers=SpeakerDirectory(db))
        for words, *_rest, tags in item["quotes"]:
            db.execute("update quotes set stance_tags = ? where text = ?", [json.dumps(tags), words])
    db.conn.commit()
    db.close()
    return db_path


class DatasetteClient:
    """Datasette's in-process client (``datasette.client``), called synchronously.

    Each request runs in a thread of its own with its own event loop, so it
    works whatever the test runner left running in this thread (Playwright's
    sync API keeps a loop running while a browser is open).
    """

    def __init__(self, datasette):
        self.datasette = datasette

    def request(self, method: str, path: str, **kwargs: Any):
        with ThreadPoolExecutor(1) as pool:
            return pool.submit(asyncio.run, self.datasette.client.request(method, path, **kwargs)).result()

    def get(self, path: str, **kwargs: Any):
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any):
        return self.request("POST", path, **kwargs)

    def json(self, path: str) -> Any:
        """The JSON of a page that must answer 200."""
        response = self.get(path)
        assert response.status_code == 200, response.text[:500]
        return response.json()


@pytest.fixture(scope="session")
def datasette_client():
    """Wraps a Datasette instance in a :class:`DatasetteClient`: ``client = datasette_client(ds)``."""
    return DatasetteClient


def database_rows(path) -> dict[str, list]:
    """What a build stored in the database at ``path``, without the ids and
    times that differ from one build to another (to compare two builds)."""
    import sqlite3

    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    hidden = {"id", "quote_id", "article_id", "speaker_id", "statement_id", "added_at", "organization_id"}
    tables = {
        "quote_details": "article_hash, start, kind",
        "articles": "hash",
        "speakers": "name, kind, scope",
        "organizations": "name",
        "quote_tags": "quote_id, tag_id, target",
        "statements": "text",
    }
    try:
        return {
            name: [
                {key: value for key, value in dict(row).items() if key not in hidden}
                for row in connection.execute(f"select * from {name} order by {order}")
            ]
            for name, order in tables.items()
        }
    finally:
        connection.close()


def _free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def dask_cluster(workers: int = 2) -> Iterator[tuple[str, subprocess.Popen, list[subprocess.Popen]]]:
    """A real ``dask scheduler`` and ``workers`` ``dask worker`` processes (one
    thread each, no nanny) on 127.0.0.1; yields the scheduler's address, its
    process and the worker processes, and stops them all at the end."""
    from distributed import Client

    dask = str(Path(sys.executable).with_name("dask"))
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = subprocess.Popen(
        [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], **quiet
    )
    started = [scheduler]
    try:
        for number in range(workers):
            command = [dask, "worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard"]
            started.append(subprocess.Popen([*command, "--name", f"test-worker-{number}"], **quiet))
        with Client(address, timeout=60, set_as_default=False) as client:
            client.wait_for_workers(workers, timeout=120)
        yield address, scheduler, started[1:]
    finally:
        for process in reversed(started):
            process.terminate()
        for process in started:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture(scope="module")
def dask_scheduler():
    """The address of a real Dask scheduler on 127.0.0.1 with two workers, for a test module."""
    with dask_cluster(2) as (address, _scheduler, _workers):
        yield address
