"""Our pages shown honestly and as JSON: the quote, speaker and statement pages
with their ``.json``, the citation, the low-confidence warning, the feeds, the
quote_list table and the canned queries' pages."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from datasette.app import Datasette
from datasette.version import __version__ as datasette_version

from quotes.store.db import open_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def client(ferry_db, datasette_client):
    return datasette_client(Datasette([str(ferry_db)]))


@pytest.fixture
def ids(ferry_db):
    db = open_db(ferry_db)
    quote = {row["text"]: row["id"] for row in db.query("select id, text from quotes")}
    speaker = {row["name"]: row["id"] for row in db.query("select id, name from speakers")}
    return quote, speaker


def test_json_beside_every_page(client, ids):
    quotes, speakers = ids
    pages = [f"/quotes/-/quote/{q}" for q in quotes.values()] + [
        f"/quotes/-/speaker/{s}" for s in speakers.values()
    ]
    for path in pages:
        html = client.get(path)
        assert html.status_code == 200 and f'href="{path}.json"' in html.text
        assert client.json(path + ".json")["ok"]
    assert client.get("/quotes/-/quote/999.json").status_code == 404


def test_quote_json_has_arrays_and_the_page_data(client, ids):
    quotes, _ = ids
    card = client.json(f"/quotes/-/quote/{quotes['We will reopen the ferry line in June,']}.json")["quote"]
    assert card["stance_tags"] == ["promises"] and card["stance_targets"] == []
    assert card["quote_shown"] == "“We will reopen the ferry line in June,”" and card["paraphrase"] is False
    assert card["speaker"] == "Odile Marsh" and card["outlet"] == "Harbor Daily"
    assert card["context"]["quote"] == "We will reopen the ferry line in June,"
    speaker = client.json(f"/quotes/-/speaker/{card['speaker_id']}.json")["speaker"]
    assert isinstance(speaker["aliases"], list) and isinstance(speaker["quotes"][0]["stance_tags"], list)


def test_a_paraphrase_is_never_in_quotation_marks(client, ids):
    quotes, speakers = ids
    paraphrase = quotes["that the old pier would be rebuilt first"]
    for path in (f"/quotes/-/quote/{paraphrase}", f"/quotes/-/speaker/{speakers['Odile Marsh']}", "/"):
        page = client.get(path).text
        assert "said that</span> the old pier would be rebuilt first" in page, path
        assert not re.search(r"[“\"]\s*(that )?the old pier", page), path
    card = client.json(f"/quotes/-/quote/{paraphrase}.json")["quote"]
    assert card["paraphrase"] and card["quote_shown"] == "said that the old pier would be rebuilt first"
    assert "Paraphrase" in client.get(f"/quotes/-/quote/{paraphrase}").text


def test_cite_gives_a_ready_citation(client, ids):
    quotes, _ = ids
    page = client.get(f"/quotes/-/quote/{quotes['We will reopen the ferry line in June,']}").text
    citation = "“We will reopen the ferry line in June,” — Odile Marsh, harbour master (Harbor Daily, 2021-05-03). https://harbor.example/ferry"
    assert f'data-citation="{citation}"' in page and "cite-button" in page
    undated_url = client.json(f"/quotes/-/quote/{quotes['the ferry would wait for the new pier']}.json")[
        "quote"
    ]
    assert undated_url["citation"].startswith("Odile Marsh, harbour master, said that the ferry would wait")
    assert undated_url["citation"].endswith(
        f"/quotes/-/quote/{quotes['the ferry would wait for the new pier']}"
    )


@pytest.mark.parametrize(
    "words, warned",
    [("a long overdue repair", True), ("We will reopen the ferry line in June,", False)],
)
def test_low_confidence_warning(client, ids, words, warned):
    quotes, _ = ids
    page = client.get(f"/quotes/-/quote/{quotes[words]}").text
    assert ("Check before quoting" in page) is warned
    assert client.json(f"/quotes/-/quote/{quotes[words]}.json")["quote"]["low_confidence"] is warned


def test_footer_names_the_datasette_version(client, ids):
    quotes, _ = ids
    page = client.get(f"/quotes/-/quote/{next(iter(quotes.values()))}").text
    assert f'title="Datasette v{datasette_version}"' in page


@pytest.mark.parametrize(
    "path, titles",
    [
        ("/quotes/quote_feed_speaker.atom?speaker_id={marsh}", 3),
        ("/quotes/quote_feed_search.atom?q=pier", 2),
        ("/quotes/quote_feed_stance.atom?stance=promises", 2),
        ("/quotes/quote_feed_search.atom?q=nothingmatches", 0),
    ],
)
def test_atom_feeds(client, ids, path, titles):
    _, speakers = ids
    response = client.get(path.format(marsh=speakers["Odile Marsh"]) + "&_feed_title=Ferry")
    assert response.status_code == 200, response.text[:300]
    feed = ET.fromstring(response.text)
    assert feed.find(f"{ATOM}title").text == "Ferry"
    entries = [entry.find(f"{ATOM}title").text for entry in feed.findall(f"{ATOM}entry")]
    assert len(entries) == titles
    assert not any(re.search(r"[“\"](that )?the (old pier|ferry would)", title) for title in entries)


def test_pages_link_their_feeds(client, ids):
    _, speakers = ids
    page = client.get(f"/quotes/-/speaker/{speakers['Odile Marsh']}").text
    link = re.search(r'<a class="feed" href="([^"]+)"', page).group(1).replace("&amp;", "&")
    assert link.startswith(f"/quotes/quote_feed_speaker.atom?speaker_id={speakers['Odile Marsh']}")
    assert client.get(link).status_code == 200


def test_quote_list_links_quote_and_speaker_pages(client, ids):
    quotes, speakers = ids
    page = client.get("/quotes/quote_list").text
    direct = quotes["We will reopen the ferry line in June,"]
    assert f'<a href="/quotes/-/quote/{direct}">“We will reopen the ferry line in June,”</a>' in page
    assert f'<a href="/quotes/-/speaker/{speakers["Odile Marsh"]}">Odile Marsh</a>' in page
    assert 'class="paraphrase-cell"' in page


def test_canned_query_pages_have_a_title_and_no_scores(client):
    page = client.get("/quotes/search_quotes?q=pier").text
    assert "<title>Search quotes - quotes</title>" in page
    assert "col-score" not in page and "said that" in page


def test_search_page_footer_names_the_datasette_version(client, ferry_db):
    from quotes.search.index import build_index

    build_index(open_db(ferry_db))
    assert f'title="Datasette v{datasette_version}"' in client.get("/-/search?q=pier").text


def test_a_paraphrase_holding_its_own_verb_reads_without_the_lead(
    db_path, tmp_path, monkeypatch, datasette_client
):
    from quotes.enrich.speakers import SpeakerDirectory
    from quotes.records import Article, Quote
    from quotes.store.write import write_article

    monkeypatch.setenv("QUOTES_GAZETTEER", str(tmp_path / "none.yml"))
    (tmp_path / "none.yml").write_text("people: []\n")
    text = "The harbour union endorsed Milo Fairlie on Tuesday."
    words = "endorsed Milo Fairlie"
    start = text.index(words)
    quote = Quote(
        text=words,
        start=start,
        end=start + len(words),
        kind="indirect",
        cue="endorsed",
        cue_start=start,
        cue_end=start + 8,
        speaker="harbour union",
        speaker_kind="organization",
    )
    db = open_db(db_path)
    write_article(db, Article(text=text, title="Union backs Fairlie"), [quote], speakers=SpeakerDirectory(db))
    db.conn.commit()
    quote_id = db.execute("select id from quotes").fetchone()[0]
    assert db.execute("select quote from quote_list").fetchone()[0] == words
    db.close()
    client = datasette_client(Datasette([str(db_path)]))
    page = client.get(f"/quotes/-/quote/{quote_id}").text
    assert f"{words}</p>" in page and "said that</span> endorsed" not in page
    assert client.json(f"/quotes/-/quote/{quote_id}.json")["quote"]["quote_shown"] == words
