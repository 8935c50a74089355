"""A journalist's path through the published database, in headless Chromium:
search from the home page, narrow by a facet, open a quote, follow its speaker
to their other quotes; and a screenshot of the search page that is not blank.

The database is built from the sample articles (../shared/seeds) and served by
``quotes serve`` on 127.0.0.1 (see conftest.py).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from pixels import gray_stats

TERM = "sanctions"


def search_from_home(page, base_url: str) -> None:
    """Type the search term in the home page's search box."""
    page.goto(base_url + "/")
    box = page.locator("form.quotes-home-search input[name='q']")
    box.fill(TERM)
    box.press("Enter")
    page.wait_for_load_state("domcontentloaded")


def test_home_page_search_box_shows_the_query_language(page, base_url):
    page.goto(base_url + "/")
    box = page.locator("form.quotes-home-search input[name='q']")
    assert box.count() == 1
    assert box.get_attribute("placeholder") == 'words, "a phrase", speaker:name, date:2022'


def cells(page, column: str) -> list[str]:
    return [
        text.strip() for text in page.locator(f"table.rows-and-columns td.col-{column}").all_inner_texts()
    ]


def test_search_facet_quote_and_speaker(page, base_url):
    search_from_home(page, base_url)
    assert urlparse(page.url).path == "/-/search" and parse_qs(urlparse(page.url).query)["q"] == [TERM]
    assert page.get_by_text(re.compile(TERM, re.I)).count() > 0

    # Narrow by a facet on the quotes table search.
    page.goto(f"{base_url}/quotes/quotes?_search={TERM}")
    before = len(cells(page, "id"))
    assert before > 0
    facet = page.locator("#facet-speaker_id li a").first
    facet_name = facet.inner_text().strip()
    facet.click()
    page.wait_for_load_state("domcontentloaded")
    speaker_id = parse_qs(urlparse(page.url).query)["speaker_id"][0]
    ids = cells(page, "id")
    assert 0 < len(ids) <= before
    assert set(cells(page, "speaker_id")) <= {
        speaker_id,
        f"{facet_name}\xa0{speaker_id}",
        f"{facet_name} {speaker_id}",
    }
    quote_text = cells(page, "text")[0]

    # Open the first quote: its row, then the quote page.
    page.locator("table.rows-and-columns td.col-id a").first.click()
    page.wait_for_load_state("domcontentloaded")
    quote_id = page.url.rstrip("/").rsplit("/", 1)[-1]
    assert quote_id == ids[0]
    page.locator(f"a[href$='/-/quote/{quote_id}']").first.click()
    page.wait_for_load_state("domcontentloaded")
    shown = page.locator(".quote-text").first.inner_text().strip()
    assert shown in (f"“{quote_text}”", "said that " + re.sub(r"^that ", "", quote_text))
    assert page.locator("mark").first.inner_text().strip() == quote_text  # shown in context

    # Follow the speaker to their other quotes.
    speaker_link = page.locator(".attribution a[href*='/-/speaker/']").first
    assert speaker_link.inner_text().strip() == facet_name
    speaker_link.click()
    page.wait_for_load_state("domcontentloaded")
    assert facet_name in page.content()
    listed = [link.get_attribute("href") for link in page.locator("a[href*='/-/quote/']").all()]
    assert any(href.endswith(f"/-/quote/{quote_id}") for href in listed), listed
    assert len(set(listed)) >= len(ids)
    page.locator(f"a[href$='/quotes/quote_list?speaker_id={speaker_id}']").first.click()
    page.wait_for_load_state("domcontentloaded")
    assert quote_id in cells(page, "quote_id")
    assert len(cells(page, "quote_id")) >= len(ids)  # all their quotes, not only those matching the search
    assert page.js_errors == []


def test_search_page_screenshot_is_not_blank(page, base_url, tmp_path):
    page.goto(f"{base_url}/-/search?q={TERM}")
    page.wait_for_load_state("networkidle")
    assert page.get_by_text(re.compile(TERM, re.I)).count() > 0
    data = page.screenshot(full_page=False)
    folder = Path(os.environ.get("QUOTES_E2E_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "search-page.png").write_bytes(data)
    _mean, variance, not_background = gray_stats(data)
    assert variance > 100, "the screenshot is (nearly) one colour"
    assert not_background > 0.02, "almost nothing is drawn on the page"
    assert page.js_errors == []


def in_first_screen(page, selector: str) -> bool:
    box = page.locator(selector).first.bounding_box()
    viewport = page.viewport_size
    return box is not None and box["y"] >= 0 and box["y"] + min(box["height"], 40) <= viewport["height"]


def test_table_search_shows_box_and_results_on_the_first_screen(page, base_url):
    page.goto(f"{base_url}/quotes/quotes?_search={TERM}")
    assert in_first_screen(page, "input#_search")
    assert in_first_screen(page, "table.rows-and-columns tbody tr")


def test_search_page_shows_box_and_results_on_the_first_screen(page, base_url):
    page.goto(f"{base_url}/-/search?q={TERM}")
    assert in_first_screen(page, "form input[name='q']")
    assert page.get_by_text(re.compile(TERM, re.I)).count() > 0


def test_search_page_facet_narrows_and_opens_a_quote(page, base_url):
    search_from_home(page, base_url)
    assert "/-/search" in page.url, "the home page search box should lead to the quote search page"
    cards = page.locator(".card")
    before = cards.count()
    assert before > 0
    assert in_first_screen(page, ".facets li a"), "the facets should be on the first screen"
    facet = page.locator(".facets li a").first
    name = facet.inner_text().strip()
    facet.click()
    page.wait_for_load_state("domcontentloaded")
    assert 0 < cards.count() <= before
    speakers = [card.locator(".meta a").first.inner_text().strip() for card in cards.all()]
    assert set(speakers) == {name}
    first = cards.first
    words = first.locator(".quotation, .paraphrase").first.inner_text().strip()
    first.locator("a.quote-page").click()
    page.wait_for_load_state("domcontentloaded")
    assert "/quotes/-/quote/" in page.url  # the quote page, not the raw row
    assert page.locator(".quote-text").first.inner_text().strip() == words
    assert page.js_errors == []
