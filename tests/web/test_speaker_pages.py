import asyncio
import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from datasette.app import Datasette

from quotes.enrich.speakers import SpeakerDirectory
from quotes.enrich.statements import group_statements
from quotes.records import Article, Quote
from quotes.store.db import open_db
from quotes.store.write import write_article
from quotes.web.cards import speaker_card, statement_card


def get(ds, path):
    """GET ``path`` in-process; in a worker thread when an event loop is already
    running here (the browser tests leave one behind)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(ds.client.get(path))
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, ds.client.get(path)).result()


@pytest.fixture
def small_db(db_path, tmp_path, monkeypatch):
    monkeypatch.setenv("QUOTES_GAZETTEER", str(tmp_path / "none.yml"))
    (tmp_path / "none.yml").write_text("people: []\n")
    db = open_db(db_path)
    texts = [
        (
            "2020-03-01",
            "Harbor Daily",
            'Mara Quill, a lecturer at Bay College, spoke. "The harbor plan failed the fishermen," Quill said.',
            "The harbor plan failed the fishermen,",
            "lecturer",
            "Bay College",
        ),
        (
            "2022-06-01",
            "Port Gazette",
            '"The harbor plan has failed local fishermen," said Mara Quill, the dean of Tamsin University.',
            "The harbor plan has failed local fishermen,",
            "dean",
            "Tamsin University",
        ),
    ]
    for published, outlet, text, quote, role, affiliation in texts:
        start = text.index(quote)
        write_article(
            db,
            Article(text=text, published=published, outlet=outlet, title=f"{outlet} story"),
            [
                Quote(
                    text=quote,
                    start=start,
                    end=start + len(quote),
                    speaker="Mara Quill",
                    role=role,
                    affiliation=affiliation,
                    speaker_kind="person",
                )
            ],
            speakers=SpeakerDirectory(db),
        )
    group_statements(db)
    db.close()
    return db_path


def test_speaker_card_roles_over_time(small_db):
    db = open_db(small_db)
    speaker_id = db.execute("select id from speakers").fetchone()[0]
    card = speaker_card(db.conn, speaker_id)
    assert [(r["role"], r["published"]) for r in card["roles"]] == [
        ("lecturer", "2020-03-01"),
        ("dean", "2022-06-01"),
    ]
    assert [q["published"] for q in card["quotes"]] == ["2022-06-01", "2020-03-01"]
    assert card["role"] == "dean" and card["article_count"] == 2
    assert speaker_card(db.conn, 999) is None


def test_statement_card_marks_differing_words(small_db):
    db = open_db(small_db)
    statement_id = db.execute("select id from statements").fetchone()[0]
    card = statement_card(db.conn, statement_id)
    assert [v["outlet"] for v in card["variants"]] == ["Harbor Daily", "Port Gazette"]
    marked = [p for p, differs in card["variants"][1]["quotes"][0]["pieces"] if differs]
    assert marked == ["local"]


def test_pages_and_links(small_db):
    ds = Datasette([str(small_db)])
    db = open_db(small_db)
    speaker_id = db.execute("select id from speakers").fetchone()[0]
    statement_id = db.execute("select id from statements").fetchone()[0]
    page = get(ds, f"/quotes/-/speaker/{speaker_id}")
    assert page.status_code == 200
    assert "Roles over time" in page.text and "lecturer" in page.text and "Port Gazette" in page.text
    assert f"/quotes/-/statement/{statement_id}" in page.text
    assert f'href="/quotes/quotes?speaker_id={speaker_id}"' in page.text
    page = get(ds, f"/quotes/-/statement/{statement_id}")
    assert page.status_code == 200
    assert re.search(r"<mark>local</mark>", page.text) and "Harbor Daily" in page.text
    assert get(ds, "/quotes/-/speaker/999").status_code == 404
    assert get(ds, "/quotes/-/statement/999").status_code == 404
    # the speakers table and row page link names to the speaker page
    assert f'href="/quotes/-/speaker/{speaker_id}"' in get(ds, "/quotes/speakers").text
    assert f'href="/quotes/-/speaker/{speaker_id}"' in get(ds, f"/quotes/speakers/{speaker_id}").text
    assert f'href="/quotes/-/statement/{statement_id}"' in get(ds, "/quotes/quote_details").text


def test_sample_speaker_page(sample_db):
    ds = Datasette([str(sample_db)])
    db = open_db(sample_db)
    easley = db.execute("select id from speakers where name = 'Leif-Eric Easley'").fetchone()[0]
    page = get(ds, f"/quotes/-/speaker/{easley}")
    assert page.status_code == 200 and "Ewha Womans University" in page.text
    assert page.text.count("<blockquote>") >= 4
