"""The canned queries: defined once in quotes/web/queries.py, served on quotes databases only."""

from __future__ import annotations

import re
import sqlite3

from datasette.app import Datasette

from quotes.store import fts
from quotes.web.queries import CANNED_QUERIES, FEEDS, feed_queries

QUERIES = {query.name: query for query in CANNED_QUERIES}
FEED_NAMES = [name for name, *_ in FEEDS]


def test_canned_queries_a_journalist_needs():
    assert {"search_quotes", "quotes_by_speaker", "quotes_mentioning", "most_quoted_speakers"} <= set(QUERIES)
    assert ":speaker" in QUERIES["quotes_by_speaker"].sql and "like" in QUERIES["quotes_by_speaker"].sql
    assert "quotes_fts_query(:term)" in QUERIES["quotes_mentioning"].sql
    for query in CANNED_QUERIES:
        served = query.for_datasette()
        assert served["title"] and served["description"] and served["hide_sql"] is True
        assert not served.get("write"), "publishing is read-only"


def test_canned_queries_run_on_the_schema(memory_db):
    fts.register_functions(memory_db.conn)
    for query in [*CANNED_QUERIES, *feed_queries("/quotes")]:
        params = {p: "x" for p in re.findall(r":(\w+)", query.sql)}
        memory_db.execute(query.sql, params).fetchall()


def test_quote_lists_by_speaker_and_term(quote_archive):
    fts.register_functions(quote_archive.conn)
    by_speaker = quote_archive.execute(QUERIES["quotes_by_speaker"].sql, {"speaker": "Ashgrove"})
    columns = [d[0] for d in by_speaker.description]
    assert columns[:4] == ["quote_id", "speaker", "role", "affiliation"]
    assert [(row[1], row[2], row[7]) for row in by_speaker.fetchall()] == [
        ("Dov Ashgrove", "analyst", "Imaginary Times"),  # newest first
        ("Dov Ashgrove", "analyst", "The Fictional Herald"),
    ]
    mentioning = quote_archive.execute(QUERIES["quotes_mentioning"].sql, {"term": "tide"}).fetchall()
    assert [row[1] for row in mentioning] == ["It is a costly mistake that ignores the tides"]


def test_served_on_quotes_databases_only(quote_archive, db_path, tmp_path, datasette_client):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute(
        "create table notes (id integer primary key, text text)"
    ).connection.close()
    client = datasette_client(Datasette([str(db_path), str(other)]))
    served = [query["name"] for query in client.json("/quotes.json")["queries"]]
    assert served == [*QUERIES, *FEED_NAMES]
    assert client.json("/other.json")["queries"] == []
    assert client.get("/other/search_quotes").status_code == 404
