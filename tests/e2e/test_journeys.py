"""The journeys a journalist makes, in headless Chromium on a laptop screen
(1280x800) and a phone (390x844), against ``quotes serve`` on the sample
articles:

- home -> search -> quote page -> cite;
- home -> speaker -> their quotes by stance;
- a statement across outlets.

Each asserts what is on the first screen, that no indirect quote is shown in
quotation marks, and that every JSON link of the pages answers 200 with the
page's data. Screenshots of each journey go to ``$QUOTES_E2E_SCREENSHOTS``
(``docs/images`` refreshes the README's pictures), else a temporary folder.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from urllib.parse import urljoin

import pytest

SCREENS = {"laptop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
TERM = "sanctions"


@pytest.fixture(params=sorted(SCREENS))
def screen(request) -> str:
    return request.param


@pytest.fixture
def tab(browser, base_url, screen):
    """A page of the given screen size that may use the clipboard."""
    context = browser.new_context(viewport=SCREENS[screen])
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.js_errors = errors
    try:
        yield page
    finally:
        context.close()


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("QUOTES_E2E_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def screenshot(page, shots: Path, name: str, screen: str) -> None:
    suffix = "" if screen == "laptop" else f"-{screen}"
    page.screenshot(path=str(shots / f"{name}{suffix}.png"), full_page=False)


def on_first_screen(page, locator) -> bool:
    box = locator.bounding_box()
    return (
        box is not None
        and box["y"] >= 0
        and box["y"] + min(box["height"], 40) <= page.viewport_size["height"]
    )


def go(page, url: str) -> None:
    page.goto(url)
    page.wait_for_load_state("domcontentloaded")


def json_links(page) -> list[str]:
    """The JSON links of the page (absolute URLs)."""
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")
    return sorted({urljoin(page.url, href) for href in hrefs if re.search(r"\.json(\?|$)", href)})


def check_json_links(page, *, expect: dict[str, object] | None = None) -> list[dict]:
    """Every JSON link answers 200 with JSON; ``expect`` maps a key to the value
    the page's own JSON (the first link) must hold."""
    found = []
    for url in json_links(page):
        response = page.request.get(url)
        assert response.status == 200, url
        found.append(response.json())
    assert found, f"no JSON link on {page.url}"
    for key, value in (expect or {}).items():
        assert any(data.get(key) == value or (data.get("quote") or {}).get(key) == value for data in found), (
            key
        )
    return found


def paraphrases_unmarked(page, paraphrases: list[str]) -> None:
    """No paraphrase (an indirect quote's words) is between quotation marks on
    the page, and paraphrases are led by "said that" (those holding their own
    verb read as they are)."""
    text = page.inner_text("body")
    for words in paraphrases:
        core = re.sub(r"^that ", "", words, flags=re.I)[:40]
        assert not re.search(r"[“\"]\s*(that )?" + re.escape(core), text), words
    shown_all = page.locator("p.paraphrase").all_inner_texts()
    for shown in shown_all:
        assert not shown.strip().startswith(("“", '"')), shown
    # "said that" leads them, but for one holding its own verb ("responded to ...")
    assert not shown_all or any("said that" in shown for shown in shown_all)


def indirect_texts(data) -> list[str]:
    """The words of the indirect quotes anywhere in a page's JSON."""
    found: list[str] = []

    def walk(value) -> None:
        if isinstance(value, dict):
            if value.get("kind") == "indirect":
                found.extend(
                    str(value[k]) for k in ("quote", "text", "words") if isinstance(value.get(k), str)
                )
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data)
    return [text for text in found if not text.startswith("said that")]


def test_home_search_quote_cite(tab, base_url, screen, shots):
    page = tab
    go(page, base_url + "/")
    first = page.locator(".desk-quotes li").first
    assert on_first_screen(page, page.locator("form.quotes-home-search input[name='q']"))
    assert on_first_screen(page, first.locator(".quotation, .paraphrase").first), (
        "a quotation on the first screen"
    )
    assert on_first_screen(page, first.locator("a.speaker"))
    assert first.locator(".outlet").inner_text().strip() and first.locator("time").inner_text().strip()
    paraphrases_unmarked(page, indirect_texts(check_json_links(page)))
    screenshot(page, shots, "home", screen)

    page.fill("form.quotes-home-search input[name='q']", TERM)
    page.press("form.quotes-home-search input[name='q']", "Enter")
    page.wait_for_load_state("domcontentloaded")
    assert "/-/search" in page.url
    card = page.locator(".card").first
    assert on_first_screen(page, card), "results before the facets, on the first screen"
    search_data = check_json_links(page)
    paraphrases_unmarked(page, indirect_texts(search_data))
    screenshot(page, shots, "search", screen)

    card.locator("a.quote-page").click()
    page.wait_for_load_state("domcontentloaded")
    assert re.search(r"/quotes/-/quote/\d+$", page.url)
    quote_id = int(page.url.rsplit("/", 1)[1])
    (quote_json,) = [data for data in check_json_links(page) if data.get("quote")]
    assert quote_json["quote"]["quote_id"] == quote_id
    paraphrases_unmarked(page, indirect_texts(quote_json))
    page.click("button.cite-button")
    page.wait_for_selector(".cite-status:has-text('copied')")
    citation = page.get_attribute("button.cite-button", "data-citation")
    assert page.evaluate("navigator.clipboard.readText()") == citation == quote_json["quote"]["citation"]
    assert quote_json["quote"]["speaker"] in citation
    screenshot(page, shots, "quote", screen)
    assert page.js_errors == []


def test_home_speaker_quotes_by_stance(tab, base_url, screen, shots):
    page = tab
    go(page, base_url + "/")
    # the most-quoted speakers of all time, the first whose quotes carry a stored stance tag
    speakers_of_all_time = page.locator(".top-speakers").last.locator("a")
    for index in range(speakers_of_all_time.count()):
        if index:
            go(page, base_url + "/")
        page.locator(".top-speakers").last.locator("a").nth(index).click()
        page.wait_for_load_state("domcontentloaded")
        if page.locator(".by-stance a").count():
            break
    assert "/quotes/-/speaker/" in page.url
    name = page.locator("h1").inner_text().strip()
    speaker_json = check_json_links(page)
    paraphrases_unmarked(page, indirect_texts(speaker_json))
    screenshot(page, shots, "speaker", screen)

    stance = page.locator(".by-stance a").first
    tag = stance.inner_text().split()[0]
    stance.click()
    page.wait_for_load_state("domcontentloaded")
    assert "/quotes/quote_list" in page.url and "stance__arraycontains" in page.url
    speakers = page.locator("table.rows-and-columns td.col-speaker a")
    assert speakers.count() > 0 and set(speakers.all_inner_texts()) == {name}
    if screen == "laptop":
        assert on_first_screen(page, speakers.first), (
            "the speaker, linked, on the first screen of the quote table"
        )
    assert all(tag in cell for cell in page.locator("td.col-stance").all_inner_texts())
    for cell in page.locator("table.rows-and-columns tbody tr").all():
        kind = cell.locator("td.col-kind").inner_text().strip()
        quote = cell.locator("td.col-quote").inner_text().strip()
        assert quote.startswith("said that") if kind == "indirect" else quote.startswith("“")
    screenshot(page, shots, "speaker-quotes-by-stance", screen)
    assert page.js_errors == []


def test_statement_across_outlets(tab, base_url, screen, shots):
    page = tab
    go(page, base_url + "/")
    page.locator(".shared-statements a").first.click()
    page.wait_for_load_state("domcontentloaded")
    assert "/quotes/-/statement/" in page.url
    variants = page.locator(".variant")
    assert variants.count() >= 2
    assert on_first_screen(page, variants.first)
    (data,) = check_json_links(page)
    assert len(data["statement"]["variants"]) == variants.count()
    paraphrases_unmarked(page, indirect_texts(data))
    screenshot(page, shots, "statement", screen)
    assert page.js_errors == []


def test_feed_links_answer_atom(tab, base_url):
    page = tab
    go(page, base_url + "/")
    page.locator(".top-speakers").last.locator("a").first.click()
    page.wait_for_load_state("domcontentloaded")
    feed = page.locator("a.feed").first.get_attribute("href")
    response = page.request.get(urljoin(page.url, feed))
    assert response.status == 200 and "<feed" in response.text() and "<entry>" in response.text()
    assert json.loads(json.dumps(response.headers)).get("content-type", "").startswith("application/xml")
