"""Reading HTML pages through trafilatura."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from quotes.errors import ReadError
from quotes.ingest.html_pages import parse_html
from quotes.ingest.readers import read_path

HTML = """<html><head><title>Ferry returns - Northport Daily</title>
<meta property="og:site_name" content="Northport Daily">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2020-03-03T08:00:00Z">
<link rel="canonical" href="https://northport.example/ferry"></head>
<body><nav>Home | News | Harbours</nav><article><h1>Ferry returns</h1>
<p>"We expect the first boat to leave on Monday," said Ilse Varga, the harbour master, after the repairs.</p>
<p>The pier was closed for six weeks after the storm, the council said on Friday in a statement.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>"""


def test_html_article():
    article = parse_html(HTML, source="ferry.html")
    assert (article.format, article.source) == ("html", "ferry.html")
    assert article.title == "Ferry returns"
    assert article.author == "Jane Roe"
    assert article.published == "2020-03-03"
    assert article.url == "https://northport.example/ferry"
    assert article.outlet == "Northport Daily"
    assert "said Ilse Varga" in article.text
    assert "Subscribe" not in article.text
    assert "Ferry returns" in [article.text[start:end] for start, end in article.boilerplate]


@pytest.mark.parametrize(
    "html, problem",
    [
        ("<html><body><div></div></body></html>", "no article text found in HTML"),
        ("<html><body><p>Home | News | Harbours</p></body></html>", "only menus, headings or footers"),
    ],
)
def test_html_without_article(html, problem):
    with pytest.raises(ReadError, match=problem) as caught:
        parse_html(html, source="empty.html")
    assert str(caught.value).startswith("empty.html: ")


BODY = (
    '<p>"We expect the first boat to leave on Monday," said Ilse Varga, the harbour master, after the repairs.</p>'
    "<p>The pier was closed for six weeks after the storm, the council said on Friday in a statement.</p>"
)


def page(*, head: str, h1: str = "", footer: str = "") -> str:
    return f"<html><head>{head}</head><body><article><h1>{h1}</h1>{BODY}</article><footer>{footer}</footer></body></html>"


@pytest.mark.parametrize(
    "html, title, outlet",
    [
        # the headline as printed, not the shorter social-media title
        (
            page(
                head='<meta property="og:title" content="Ferry back on Monday"><meta property="og:site_name" content="Northport Daily">',
                h1="Northport ferry back on Monday after six weeks",
            ),
            "Northport ferry back on Monday after six weeks",
            "Northport Daily",
        ),
        # a CMS name where a title should be: the page's own headline wins
        (
            page(
                head='<title class="cms-title">cmsname</title><meta property="og:title" content="Ferry returns to Northport">',
                h1="Ferry returns to Northport",
            ),
            "Ferry returns to Northport",
            None,
        ),
        # a bare domain as site name: the name the <title> ends with
        (
            page(
                head='<title>Ferry returns to Northport | Northport Radio News</title><link rel="canonical" href="https://nrn.example/ferry">',
                h1="Ferry returns to Northport",
            ),
            "Ferry returns to Northport",
            "Northport Radio News",
        ),
        # only a subdomain's name: the holder of the copyright notice
        (
            page(
                head='<meta property="og:site_name" content="Partners"><link rel="canonical" href="https://partners.wire.example/ferry">'
                '<meta property="og:title" content="Ferry returns to Northport">',
                h1="Ferry returns to Northport",
                footer="\u00a92020 The Example Wire. All rights reserved.",
            ),
            "Ferry returns to Northport",
            "The Example Wire",
        ),
        # a slogan after the site name
        (
            page(
                head='<meta property="og:site_name" content="Northport Daily | News | Weather">',
                h1="Ferry returns",
            ),
            "Ferry returns",
            "Northport Daily",
        ),
    ],
)
def test_title_and_outlet_as_the_page_shows_them(html, title, outlet):
    article = parse_html(html, source="ferry.html")
    assert article.title == title
    if outlet is not None:
        assert article.outlet == outlet
    assert article.outlet != "cmsname" and article.title != "cmsname"


NEWS_DEV = Path(__file__).resolve().parents[3] / "shared" / "news-dev"


def news_dev_pages() -> list[dict[str, str]]:
    if not (NEWS_DEV / "sources.tsv").is_file():
        return []
    with (NEWS_DEV / "sources.tsv").open(encoding="utf-8") as rows:
        return list(csv.DictReader(rows, delimiter="\t"))


def outlet_words(name: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", name.casefold())) - {"the"}


@pytest.mark.skipif(not news_dev_pages(), reason=f"news-dev not found at {NEWS_DEV}")
@pytest.mark.parametrize("row", news_dev_pages(), ids=lambda row: row["file"][:2])
def test_news_dev_pages_title_outlet_and_date(row):
    """The 24 real pages of news-dev: the headline as published (the first line
    of the text version), the date, and an outlet named in sources.tsv."""
    (article,) = read_path(NEWS_DEV / row["html"])
    headline = (NEWS_DEV / "text" / row["file"]).read_text(encoding="utf-8").split("\n", 1)[0]
    assert article.title == headline
    assert article.published == row["date"]
    assert article.outlet and outlet_words(article.outlet) <= outlet_words(row["outlet"]), (
        article.outlet,
        row["outlet"],
    )
