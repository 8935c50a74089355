"""Reading HTML pages through trafilatura."""

from __future__ import annotations

import pytest

from quotes.errors import ReadError
from quotes.ingest.html_pages import parse_html

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
