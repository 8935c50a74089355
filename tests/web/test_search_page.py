"""The whoosh search page, ``/-/search`` and ``/-/search.json``, through Datasette."""

import html
import re
import shutil

import pytest
from datasette.app import Datasette

from quotes.enrich.speakers import SpeakerDirectory
from quotes.records import Article, Quote
from quotes.search.index import build_index, index_dir_for
from quotes.store.write import write_article


@pytest.fixture
def client(quote_archive, db_path, datasette_client):
    """Datasette serving the archive (without the project's metadata), its whoosh index built."""
    build_index(quote_archive)
    return datasette_client(Datasette([str(db_path)]))


def card_quotes(page: str) -> list[str]:
    return [
        html.unescape(re.sub(r"<[^>]+>", "", q))
        for q in re.findall(r'<blockquote class="quotation ">“(.*?)”</blockquote>', page)
    ]


def test_page_shows_ranked_highlighted_cards(client, quote_archive):
    response = client.get("/-/search?q=destabilising")
    assert response.status_code == 200
    page = response.text
    assert card_quotes(page) == [
        "This launch is deeply destabilising for the whole region",
        "We are monitoring the situation closely",
    ]
    assert "deeply <mark>destabilising</mark> for" in page
    assert "In the paragraph: Renée Oddlin called the launch <mark>destabilising</mark>" in page
    launch = quote_archive.execute(
        "select id, article_id from quotes where text like 'This launch%'"
    ).fetchone()
    assert f'href="/quotes/-/quote/{launch[0]}"' in page
    assert f'href="/quotes/articles/{launch[1]}"' in page
    assert "Dov Ashgrove</a>, analyst, Institute of Made-Up Studies" in page
    assert 'class="speaker" href="/quotes/-/speaker/' in page
    assert "2 quotes" in page


def test_json_has_the_same_results(client):
    page = client.get("/-/search?q=destabilising").text
    data = client.get("/-/search.json?q=destabilising").json()
    assert data["ok"] and data["total"] == 2
    assert [hit["quote"] for hit in data["hits"]] == card_quotes(page)
    first = data["hits"][0]
    assert first["quote_html"] == "This launch is deeply <mark>destabilising</mark> for the whole region"
    assert first["quote_url"] == f"/quotes/-/quote/{first['quote_id']}"
    assert first["speaker_url"] == f"/quotes/-/speaker/{first['speaker_id']}"
    assert first["quote_shown"] == "“This launch is deeply destabilising for the whole region”"
    assert first["paraphrase"] is False
    assert first["stance_tags"] == ["critical", "warning"]
    assert data["facets"]["year"] == [{"value": "2022", "count": 2}]


def test_facet_links_narrow_the_results(client):
    page = client.get("/-/search?q=seawall+OR+tides+OR+launch+OR+monitoring").text
    assert len(card_quotes(page)) == 4
    link = re.search(r'<a href="([^"]+)">Dov Ashgrove</a> 2', page).group(1)
    narrowed = client.get(html.unescape(link)).text
    assert sorted(card_quotes(narrowed)) == [
        "It is a costly mistake that ignores the tides",
        "This launch is deeply destabilising for the whole region",
    ]
    assert "speaker: Dov Ashgrove" in narrowed
    stance = re.search(r'<a href="([^"]+)">warning</a> 1', narrowed).group(1)
    both = client.get(html.unescape(stance))
    assert card_quotes(both.text) == ["This launch is deeply destabilising for the whole region"]
    remove = re.search(r'<a href="([^"]+)" title="Remove this filter">', both.text).group(1)
    assert len(card_quotes(client.get(html.unescape(remove)).text)) in (1, 2)
    data = client.get("/-/search.json?q=seawall+OR+tides&speaker=Marta+Quillfeather").json()
    assert [hit["speaker"] for hit in data["hits"]] == ["Marta Quillfeather"]


def test_paging(client):
    first = client.get("/-/search?q=speaker:ashgrove&size=1").text
    assert "page 1 of 2" in first and len(card_quotes(first)) == 1
    next_link = html.unescape(re.search(r'<a href="([^"]+)" rel="next">', first).group(1))
    assert "page=2" in next_link
    second = client.get(next_link).text
    assert len(card_quotes(second)) == 1 and card_quotes(second) != card_quotes(first)
    assert 'rel="prev"' in second and 'rel="next"' not in second


def test_quote_with_markup_is_escaped(client, quote_archive):
    text = 'Nell Varrow wrote "<script>alert(1)</script> is not a harbor plan" on the board.'
    part = "<script>alert(1)</script> is not a harbor plan"
    start = text.index(part)
    write_article(
        quote_archive,
        Article(text=text, title="<b>Board</b>", outlet="Imaginary Times"),
        [Quote(text=part, start=start, end=start + len(part), speaker="Nell <i>Varrow</i>")],
        speakers=SpeakerDirectory(quote_archive),
    )
    build_index(quote_archive)
    page = client.get("/-/search?q=alert+harbor").text
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt; is not a <mark>harbor</mark> plan" in page
    assert "<i>Varrow" not in page and "<b>Board" not in page
    data = client.get("/-/search.json?q=alert").json()
    assert data["hits"][0]["quote_html"].startswith("&lt;script&gt;<mark>alert</mark>")
    echoed = client.get("/-/search?q=%3Cimg+src%3Dx%3E").text
    assert "<img src=x>" not in echoed and "&lt;img src=x&gt;" in echoed


def test_empty_search_shows_the_latest_quotes(client):
    page = client.get("/-/search")
    assert page.status_code == 200 and "Latest quotes" in page.text
    shown = card_quotes(page.text)
    assert len(shown) == 4
    assert shown[0] in {
        "This launch is deeply destabilising for the whole region",
        "We are monitoring the situation closely",
    }
    assert client.get("/-/search.json?q=").json()["total"] == 0


@pytest.mark.parametrize(
    "typed, suggested",
    [("destablising", "destabilising"), ("Destablising", "Destabilising"), ("TIDEZ", "TIDES")],
)
def test_no_match_suggests_in_the_capitals_typed(client, typed, suggested):
    missing = client.get(f"/-/search?q={typed}").text
    assert "No quotes match" in missing
    assert re.search(rf'Did you mean <a href="/-/search\?q={suggested}">{suggested}</a>', missing)


def test_a_page_past_the_end_links_to_the_last_page_only(client):
    page = client.get("/-/search?q=speaker:ashgrove&size=1&page=999").text
    assert "No quotes on page 999" in page and card_quotes(page) == []
    assert 'rel="prev"' not in page and 'rel="next"' not in page
    assert re.search(r'<a href="[^"]*page=2[^"]*">Go to the last page</a>', html.unescape(page))


def test_bad_parameters_and_missing_index(client, quote_archive):
    response = client.get("/-/search?q=tides&page=abc")
    assert response.status_code == 400 and "page must be a whole number" in response.text
    assert client.get("/-/search.json?q=tides&size=5000").status_code == 400
    shutil.rmtree(index_dir_for(quote_archive))
    response = client.get("/-/search?q=tides")
    assert response.status_code == 503 and "quotes index rebuild" in response.text
    data = client.get("/-/search.json?q=tides").json()
    assert data["ok"] is False and "no search index" in data["error"]


def test_home_page_and_menu_link_to_search(client):
    home = client.get("/").text
    assert "quotes-home-search" in home and '"/-/search"' in home
    assert '<a href="/-/search">Search quotes</a>' in client.get("/quotes").text
