"""The Datasette plugin, tested in-process through ``datasette.client``.

Table search (stemming, prefixes, empty and malformed searches), the
search_quotes canned query, highlighted snippets, the quote page, links from
Datasette's own pages, the stylesheet, and the plugin registered once.
"""

from __future__ import annotations

import json
import subprocess
import sys
from urllib.parse import parse_qs, urlsplit

import pytest

from quotes.enrich.speakers import SpeakerDirectory
from quotes.records import Article, Quote
from quotes.store.db import open_db
from quotes.store.write import write_article
from quotes.web.publish import make_datasette

# A fictional article: people, places and words are made up for these tests.
PARAGRAPHS = [
    "Port Ellery's council met on Tuesday to discuss the harbour.",
    '"The seawall is trapping the sand we need," said Robertina Vale, a geographer at the Halden Institute.',
    'Councillor Zoë Quillfeather disagreed: "<script>alert(1)</script> is not a plan," she said.',
]
TEXT = "\n\n".join(PARAGRAPHS)


def _quote(text: str, speaker: str, role: str, affiliation: str) -> Quote:
    start = TEXT.index(text)
    speaker_start = TEXT.index(speaker)
    cue_start = TEXT.index("said", start)
    return Quote(
        text=text,
        start=start,
        end=start + len(text),
        speaker=speaker,
        speaker_start=speaker_start,
        speaker_end=speaker_start + len(speaker),
        cue="said",
        cue_start=cue_start,
        cue_end=cue_start + 4,
        role=role,
        affiliation=affiliation,
        confidence=0.9,
    )


class SpeakerPerQuote(SpeakerDirectory):
    """A new speaker row for every quote, as stated."""

    def speaker_id(self, quote, article):
        return (
            self.db["speakers"]
            .insert({"name": quote.speaker, "role": quote.role, "affiliation": quote.affiliation}, pk="id")
            .last_pk
        )


@pytest.fixture
def harbour_db(tmp_path):
    """A database file named harbour.db (not quotes.db) with one fictional article."""
    path = tmp_path / "harbour.db"
    db = open_db(path)
    article = Article(
        text=TEXT,
        title="Seawall row at Port Ellery",
        outlet="The Example Gazette",
        published="2024-04-02",
        url="https://news.example/seawall",
        source="seawall.txt",
    )
    quotes = [
        _quote(
            "The seawall is trapping the sand we need", "Robertina Vale", "geographer", "Halden Institute"
        ),
        _quote(
            "<script>alert(1)</script> is not a plan", "Zoë Quillfeather", "councillor", "Port Ellery council"
        ),
    ]
    write_article(db, article, quotes, speakers=SpeakerPerQuote(db))
    db.execute("update quotes set stance_tags = ? where id = 1", [json.dumps(["critical"])])
    db.conn.commit()
    db.close()
    return path


@pytest.fixture
def client(harbour_db, datasette_client):
    """The Datasette ``quotes serve`` runs for harbour.db, with an in-process client."""
    return datasette_client(make_datasette(harbour_db))


def test_table_search_finds_stemmed_words(client):
    found = client.json("/harbour/quotes.json?_search=trap&_shape=array")
    assert [row["id"] for row in found] == [1]


def test_table_search_finds_speaker_and_title_words(client):
    assert [r["id"] for r in client.json("/harbour/quotes.json?_search=quillfeather&_shape=array")] == [2]
    assert [r["id"] for r in client.json("/harbour/quotes.json?_search=zoe&_shape=array")] == [2]
    assert len(client.json("/harbour/quotes.json?_search=ellery&_shape=array")) == 2


def test_view_search_uses_the_same_index(client):
    found = client.json("/harbour/quote_details.json?_search=halden&_shape=array")
    assert [(r["quote_id"], r["speaker"]) for r in found] == [(1, "Robertina Vale")]


def test_prefix_search_works_in_table_search(client):
    found = client.json("/harbour/quotes.json?_search=rob*&_shape=array")
    assert [row["id"] for row in found] == [1]


def test_empty_search_shows_all_rows(client):
    assert len(client.json("/harbour/quotes.json?_search=&_shape=array")) == 2
    assert client.get("/harbour/quotes?_search=").status_code == 200


@pytest.mark.parametrize("query", ['"unbalanced', "AND", "(", "*", "NEAR(", "text:", ")x("])
@pytest.mark.parametrize("mode", ["", "&_searchmode=raw"])
def test_malformed_searches_never_give_an_error_page(client, query, mode):
    response = client.get("/harbour/quotes?_search=" + query.replace("(", "%28").replace('"', "%22") + mode)
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        location = response.headers["location"]
        assert parse_qs(urlsplit(location).query)["_searchmode"] == ["escaped"]
        followed = client.get(location, cookies={"ds_messages": response.cookies["ds_messages"]})
        assert followed.status_code == 200
        assert "is not a valid search in the FTS5 query language" in followed.text
    else:
        assert "Invalid SQL" not in response.text


def test_raw_mode_error_redirects_to_plain_words_with_a_message(client):
    response = client.get("/harbour/quotes.json?_search=NEAR%28&_searchmode=raw")
    assert response.status_code == 302
    assert response.headers["location"] == "/harbour/quotes.json?_search=NEAR%28&_searchmode=escaped"
    followed = client.get(response.headers["location"])
    assert followed.status_code == 200
    assert followed.json()["rows"] == []


def test_valid_raw_searches_run_as_fts5(client):
    found = client.json("/harbour/quotes.json?_search=speaker%3Avale+OR+plan&_searchmode=raw&_shape=array")
    assert sorted(r["id"] for r in found) == [1, 2]


def test_handle_exception_turns_fts_errors_into_a_redirect(client):
    from datasette.utils.asgi import Request

    from quotes.web import handle_exception

    ds = client.datasette
    request = Request.fake("/harbour/quotes?_search=x&_searchmode=raw")
    response = handle_exception(ds, request, Exception('fts5: syntax error near ""'))
    assert response.status == 302
    assert "_searchmode=escaped" in response.headers["Location"]
    assert handle_exception(ds, Request.fake("/harbour/quotes"), Exception("fts5: boom")) is None
    assert handle_exception(ds, request, Exception("no such table: x")) is None


def test_search_quotes_canned_query_ranks_and_highlights(client):
    found = client.json("/harbour/search_quotes.json?q=seawall+sand&_shape=array")
    assert [r["quote_id"] for r in found] == [1]
    assert found[0]["snippet"] == "The <mark>seawall</mark> is trapping the <mark>sand</mark> we need"
    assert found[0]["speaker"] == "Robertina Vale"
    html = client.get("/harbour/search_quotes?q=seawall").text
    assert "The <mark>seawall</mark> is trapping" in html
    assert 'href="/harbour/-/quote/1"' in html


def test_search_quotes_accepts_empty_prefix_and_malformed_queries(client):
    assert [r["quote_id"] for r in client.json("/harbour/search_quotes.json?q=&_shape=array")] == [2, 1]
    assert [r["quote_id"] for r in client.json("/harbour/search_quotes.json?q=rob*&_shape=array")] == [1]
    for query in ("%22unbalanced", "AND", "%28", "*", "NEAR%28", "-"):
        response = client.get(f"/harbour/search_quotes.json?q={query}&_shape=array")
        assert response.status_code == 200, query


@pytest.mark.parametrize(
    ("path", "escaped"),
    [
        # a snippet: everything escaped but the highlight
        ("/harbour/search_quotes?q=plan", "&lt;script&gt;alert(1)&lt;/script&gt; is not a <mark>plan</mark>"),
        ("/harbour/-/quote/2", "&lt;script&gt;alert(1)&lt;/script&gt; is not a plan"),
    ],
)
def test_quote_text_is_escaped(client, path, escaped):
    html = client.get(path).text
    assert escaped in html
    assert "<script>alert(1)" not in html


def test_quote_page_shows_the_quote_as_a_quote(client):
    response = client.get("/harbour/-/quote/1")
    assert response.status_code == 200
    html = response.text
    assert (
        '<blockquote class="quotation quote-text">“The seawall is trapping the sand we need”</blockquote>'
        in html
    )
    assert (
        '<a href="/harbour/-/speaker/1"><strong>Robertina Vale</strong></a>, geographer, '
        '<a href="/harbour/organizations/1">Halden Institute</a>' in html
    )
    assert 'href="https://news.example/seawall"' in html
    assert "The Example Gazette" in html and "2024-04-02" in html
    # the paragraph around it, with the quote highlighted
    assert (
        "&#34;<mark>The seawall is trapping the sand we need</mark>,&#34; "
        "said Robertina Vale, a geographer at the Halden Institute."
    ) in html
    assert "Port Ellery&#39;s council met" not in html  # another paragraph
    assert "<li>critical</li>" in html
    start = TEXT.index("The seawall")
    assert f"{start}–{start + 40}" in html and "checked against the article text" in html


def test_quote_page_for_a_missing_quote_is_a_404_page(client):
    response = client.get("/harbour/-/quote/999")
    assert response.status_code == 404
    assert "Quote 999 not found" in response.text


def test_quote_page_refuses_unsafe_article_links(client, harbour_db):
    db = open_db(harbour_db)
    db.execute("update articles set url = 'javascript:alert(2)'")
    db.conn.commit()
    html = client.get("/harbour/-/quote/1").text
    assert 'href="javascript:' not in html


def test_quotes_row_page_links_to_the_quote_page(client):
    html = client.get("/harbour/quotes/1").text
    assert 'href="/harbour/-/quote/1"' in html
    assert "quote-page-link" not in client.get("/harbour/speakers/1").text


def test_quote_details_links_quote_ids(client):
    html = client.get("/harbour/quote_details").text
    assert 'href="/harbour/-/quote/1"' in html


def test_stance_tags_are_faceted_as_an_array(client):
    data = client.json("/harbour/quote_details.json?_facet_array=stance_tags")
    facet = data["facet_results"]["stance_tags"]
    assert [(v["value"], v["count"]) for v in facet["results"]] == [("critical", 1)]
    configured = client.json("/harbour/quotes.json")["facet_results"]
    assert "stance_tags" in configured and "kind" in configured


def test_foreign_keys_show_labels(client):
    data = client.json("/harbour/quotes.json?_labels=on&_shape=array")
    assert [row["id"] for row in data] == [2, 1]  # sort_desc: id
    data.reverse()
    assert data[0]["speaker_id"] == {"value": 1, "label": "Robertina Vale"}
    assert data[0]["article_id"] == {"value": 1, "label": "Seawall row at Port Ellery"}


def test_fts_and_internal_tables_are_hidden(client):
    tables = {t["name"]: t["hidden"] for t in client.json("/harbour.json")["tables"]}
    for hidden in ("quotes_fts", "quotes_fts_data", "quotes_fts_config", "_sqlite_migrations"):
        assert tables[hidden] is True, hidden
    assert tables["quotes"] is False


def test_publishing_is_read_only(client):
    response = client.post("/harbour/-/query", data={"sql": "delete from quotes"})
    assert response.status_code in (400, 403, 404, 405)
    response = client.get("/harbour.json?sql=delete+from+quotes")
    assert response.status_code == 400
    assert len(client.json("/harbour/quotes.json?_shape=array")) == 2


def test_raw_mode_on_the_view_is_checked_too(client):
    response = client.get("/harbour/quote_details.json?_search=%28&_searchmode=raw")
    assert response.status_code == 302
    assert response.headers["location"].endswith("_searchmode=escaped")
    found = client.json("/harbour/quote_details.json?_search=speaker%3Avale&_searchmode=raw&_shape=array")
    assert [r["quote_id"] for r in found] == [1]


def test_blank_search_keeps_the_other_parameters(client):
    found = client.json("/harbour/quotes.json?_search=+&_sort=id&_shape=array")
    assert [r["id"] for r in found] == [1, 2]


def test_the_sample_searched_in_datasette(sample_db, datasette_client):
    """`Easley trap` on the quotes table of the built sample finds Easley's quote about trapping."""
    client = datasette_client(make_datasette(sample_db))
    found = client.json("/quotes/quotes.json?_search=Easley+trap&_labels=on&_shape=array")
    assert len(found) == 1
    assert found[0]["speaker_id"]["label"] == "Leif-Eric Easley"
    assert "trap" in found[0]["text"] and "Biden" in found[0]["text"]
    ranked = client.json("/quotes/search_quotes.json?q=Easley+trap&_shape=array")
    assert ranked[0]["quote_id"] == found[0]["id"] and "<mark>trap</mark>" in ranked[0]["snippet"]
    page = client.get(f"/quotes/-/quote/{found[0]['id']}")
    assert page.status_code == 200 and "checked against the article text" in page.text


def test_table_pages_fold_the_column_descriptions(client):
    html = client.get("/harbour/quotes").text
    assert '<dl class="column-descriptions">' in html and "What the columns mean" in html
    assert "What the columns mean" not in client.get("/harbour/-/quote/1").text


def test_pages_use_the_plugins_stylesheet(client):
    href = "/-/static-plugins/quotes/quotes.css"
    for path in ("/harbour/-/quote/1", "/harbour/-/speaker/1", "/-/search", "/harbour/quotes"):
        assert f'<link rel="stylesheet" href="{href}">' in client.get(path).text, path
    stylesheet = client.get(href)
    assert stylesheet.status_code == 200 and stylesheet.headers["content-type"].startswith("text/css")
    assert ".quote-card blockquote" in stylesheet.text and ".quotes-search .card" in stylesheet.text
    assert "<style>" not in client.get("/harbour/-/quote/1").text


REGISTERED_HOOKS = """
import json
import quotes.web.publish  # the package first, as `quotes serve` imports it
from datasette.plugins import pm

ours = [name for name, plugin in pm.list_name_plugin() if plugin.__name__.startswith("quotes")]
hooks = sorted(hook.name for hook in pm.get_hookcallers(pm.get_plugin("quotes")))
print(json.dumps({"plugins": ours, "hooks": hooks}))
"""


def test_one_entry_point_registers_every_hook_whatever_is_imported_first():
    result = subprocess.run(
        [sys.executable, "-c", REGISTERED_HOOKS], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    registered = json.loads(result.stdout)
    assert registered["plugins"] == ["quotes"]
    assert {
        "prepare_connection",
        "register_routes",
        "render_cell",
        "canned_queries",
        "extra_css_urls",
    } <= set(registered["hooks"])


def test_pages_show_a_quote_to_review_and_a_paraphrase_once(tmp_path, datasette_client):
    from quotes.enrich.speakers import SpeakerDirectory
    from quotes.ingest.plain_text import parse_text
    from tests.store.test_write import PAIR_TEXT, pair_quotes

    path = tmp_path / "harbour.db"
    db = open_db(path)
    write_article(db, parse_text(PAIR_TEXT), pair_quotes(), speakers=SpeakerDirectory(db))
    ids = {row["kind"]: row["id"] for row in db.query("select id, kind from quotes")}
    speaker_id = db.execute("select id from speakers").fetchone()[0]
    db.close()
    client = datasette_client(make_datasette(path))
    partial = client.get(f"/harbour/-/quote/{ids['partial']}").text
    assert "Check before quoting" in partial and "relayed by the harbour office" in partial
    assert "<mark>a fair deal</mark>" in partial and f"/harbour/-/quote/{ids['indirect']}" in partial
    speaker = client.get(f"/harbour/-/speaker/{speaker_id}").text
    assert speaker.count("<mark>a fair deal</mark>") == 1 and "needs review" in speaker
    facets = client.json("/harbour/quote_details.json?_shape=objects")["facet_results"]
    assert "needs_review" in facets
