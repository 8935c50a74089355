"""The home page as a quote desk, and its JSON."""

from __future__ import annotations

import re
from datetime import date

import pytest
from datasette.app import Datasette

from quotes.store.db import open_db
from quotes.web.desk import desk, periods, reference_day


@pytest.mark.parametrize(
    "newest, today, day, from_newest",
    [
        ("2021-05-20", date(2021, 5, 22), date(2021, 5, 22), False),  # a fresh archive: today
        ("2021-05-20", date(2024, 1, 1), date(2021, 5, 20), True),  # an old one: its newest article
        (None, date(2024, 1, 1), date(2024, 1, 1), False),
        ("not a date", date(2024, 1, 1), date(2024, 1, 1), False),
    ],
)
def test_reference_day(newest, today, day, from_newest):
    assert reference_day(newest, today=today) == (day, from_newest)


def test_periods_end_on_the_reference_day():
    assert [(p.name, p.since) for p in periods(date(2021, 5, 20))] == [
        ("week", "2021-05-14"),
        ("month", "2021-04-21"),
        ("all time", None),
    ]


def test_desk(ferry_db):
    data = desk(open_db(ferry_db).conn, today=date(2030, 1, 1))
    assert data["counts"] == {
        "quotes": 4,
        "speakers": 2,
        "articles": 2,
        "outlets": 2,
        "statements": 0,
        "newest": "2021-05-20",
    }
    assert data["reference_day"] == "2021-05-20" and data["reference_is_newest_article"]
    latest = data["latest"]
    assert latest[0]["quote"] == "said that the ferry would wait for the new pier"
    assert latest[0]["outlet"] == "Port Gazette" and latest[0]["stance"] == ["promises"]
    week, _month, all_time = data["most_quoted"]
    assert [(s["speaker"], s["quotes"]) for s in week["speakers"]] == [("Odile Marsh", 1)]
    assert [(s["speaker"], s["quotes"]) for s in all_time["speakers"]] == [
        ("Odile Marsh", 3),
        ("Pell Arden", 1),
    ]


def test_most_quoted_ranks_named_speakers_only(ferry_db):
    """A source described without a name (``analysts``, scoped to its article)
    is left out of the ranking, however often it is quoted."""
    db = open_db(ferry_db)
    (article_id,) = db.execute("select article_id from quotes limit 1").fetchone()
    scoped = db["speakers"].insert({"name": "analysts", "kind": "group", "scope": "an-article"}).last_pk
    for number in range(5):
        db["quotes"].insert(
            {
                "text": f"fares will rise {number}",
                "start": 0,
                "end": 1,
                "article_id": article_id,
                "speaker_id": scoped,
            }
        )
    data = desk(db.conn, today=date(2030, 1, 1))
    ranked = [s["speaker"] for period in data["most_quoted"] for s in period["speakers"]]
    assert "analysts" not in ranked and "Odile Marsh" in ranked
    db.execute("update speakers set scope = null where id = ?", [scoped])
    data = desk(db.conn, today=date(2030, 1, 1))
    assert data["most_quoted"][2]["speakers"][0]["speaker"] == "analysts"


@pytest.fixture
def client(ferry_db, datasette_client):
    return datasette_client(Datasette([str(ferry_db)]))


def test_home_page_is_a_quote_desk(client):
    page = client.get("/").text
    search = page.index('class="quotes-home-search"')
    assert search < page.index("Latest quotes") < page.index("Tables and views")
    assert '<blockquote class="quotation ">“We will reopen the ferry line in June,”</blockquote>' in page
    assert re.search(
        r'<p class="paraphrase[^"]*"[^>]*><span class="paraphrase-lead">said that</span> the old pier', page
    )
    assert "“the old pier" not in page and "“that the old pier" not in page
    assert (
        'class="speaker" href="/quotes/-/speaker/' in page and "Port Gazette" in page and "2021-05-20" in page
    )
    assert "Counted back from 2021-05-20, the date of the newest article" in page
    assert 'href="/quotes/quote_list"' in page and 'href="/quotes/quote_details"' in page
    assert "4 quotes by 2 speakers from 2 articles in 2 outlets" in " ".join(page.split())


def test_desk_json_has_the_home_pages_data(client):
    data = client.json("/-/desk.json")
    assert data["ok"] and data["counts"]["quotes"] == 4
    assert isinstance(data["latest"][0]["stance"], list)
    assert 'href="/-/desk.json"' in client.get("/").text


def test_home_page_without_a_quotes_database(tmp_path, datasette_client):
    import sqlite3

    other = tmp_path / "notes.db"
    sqlite3.connect(other).execute("create table notes (id integer primary key)").connection.close()
    client = datasette_client(Datasette([str(other)]))
    page = client.get("/")
    assert page.status_code == 200 and "notes" in page.text and "Latest quotes" not in page.text
    assert client.get("/-/desk.json").status_code == 404
