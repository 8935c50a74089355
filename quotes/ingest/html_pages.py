"""Reading an HTML page: trafilatura finds the main text and the page's
metadata; the text is then analysed like a plain-text article.

trafilatura's title and site name are checked against what the page itself
shows (:func:`page_signals`), because pages mislead it in common ways:

- the title: the page's own headline (its ``<h1>``) is the article's title when
  it shares words with the titles in the page's metadata (``og:title`` is often
  a shorter social-media title; a CMS may put its own name, e.g. ``escenic``,
  where trafilatura looks);
- the outlet: a site name that is a bare domain (``cbc.ca``) gives way to the
  name the page's ``<title>`` ends with (``... | CBC News``); one that is only
  the name of a subdomain (``Hosted`` on ``hosted.ap.org``) to the holder of the
  page's copyright notice (``The Associated Press``); a site name with a
  slogan after a separator keeps only the name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlparse

from quotes.errors import ReadError
from quotes.ingest.boilerplate import (
    copyright_holder,
    is_domain,
    outlet_name,
    shares_headline_words,
    title_parts,
)
from quotes.ingest.bylines import parse_date
from quotes.ingest.plain_text import analyse_text
from quotes.records import Article

MAX_HEADLINE_CHARS = 300


def has_story(article: Article) -> bool:
    """True when some text of ``article`` lies outside its boilerplate ranges."""
    position = 0
    for start, end in sorted(article.boilerplate):
        if article.text[position:start].strip():
            return True
        position = max(position, end)
    return bool(article.text[position:].strip())


@dataclass
class PageSignals:
    """What a page says about itself besides what trafilatura reports."""

    headlines: list[str] = field(default_factory=list)
    meta_titles: list[str] = field(default_factory=list)
    page_title: str | None = None
    copyright: str | None = None


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def page_signals(html: str) -> PageSignals:
    """The page's ``<h1>`` headlines, the titles in its metadata, its
    ``<title>`` and the holder of its copyright notice."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        tree = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return PageSignals()
    metas = tree.xpath(
        "//meta[@property='og:title' or @name='og:title' or @name='twitter:title' "
        "or @property='twitter:title']/@content"
    )
    headlines = [_clean(h.text_content()) for h in tree.xpath("//h1")]
    return PageSignals(
        headlines=[h for h in headlines if h and len(h) <= MAX_HEADLINE_CHARS],
        meta_titles=[t for t in (_clean(m) for m in metas) if t],
        page_title=_clean(" ".join(tree.xpath("//title//text()"))) or None,
        copyright=copyright_holder(_clean(" ".join(tree.xpath("//body//text()")))),
    )


def choose_title(found: str | None, signals: PageSignals) -> str | None:
    """The article's title: the first ``<h1>`` that shares words with the
    titles of the page's metadata (its headline as printed), else the title
    trafilatura found."""
    candidates = [*signals.meta_titles, *([found] if found else [])]
    if signals.page_title:
        candidates.append(title_parts(signals.page_title)[0])
    for headline in signals.headlines:
        if any(shares_headline_words(headline, candidate) for candidate in candidates):
            return headline
    return found or (signals.meta_titles[0] if signals.meta_titles else None)


def choose_outlet(site_name: str | None, *, url: str | None, signals: PageSignals) -> str | None:
    """The outlet: the site name, unless it is a bare domain (then the name
    the ``<title>`` ends with) or only a subdomain's name (then the copyright
    holder); without its slogan (``The Tico Times | Costa Rica News``)."""
    name = outlet_name(site_name) if site_name else None
    host = (urlparse(url if "//" in url else "//" + url).hostname or "") if url else ""
    labels = host.lower().split(".")
    if name and len(labels) > 2 and name.lower() in labels[:-2] and signals.copyright:
        return signals.copyright
    if name and not is_domain(name):
        return name
    parts = title_parts(signals.page_title or "")
    if len(parts) > 1 and not is_domain(parts[-1]):
        return parts[-1]
    return name or signals.copyright


def parse_html(html: str, *, source: str | None = None) -> Article:
    """An :class:`Article` from an HTML page: trafilatura finds the main text,
    author, date and canonical URL; the title and the outlet are checked
    against the page (see the module docstring)."""
    import trafilatura
    from trafilatura.settings import Document

    path = source or "<html>"
    try:
        document = trafilatura.bare_extraction(html, with_metadata=True)
    except Exception as error:  # trafilatura raises many kinds on broken markup
        raise ReadError(path, f"cannot parse HTML ({type(error).__name__})") from None
    if not isinstance(document, Document) or not document.text or not document.text.strip():
        raise ReadError(path, "no article text found in HTML")
    signals = page_signals(html)
    title = choose_title(document.title or None, signals)
    article = analyse_text(document.text, title=title, title_from_text=title is None)
    if not has_story(article):
        raise ReadError(path, "no article text found in HTML (only menus, headings or footers)")
    article.author = document.author or article.author
    article.published = parse_date(document.date) or article.published
    article.url = document.url or None
    article.outlet = (
        choose_outlet(document.sitename, url=document.url or document.hostname, signals=signals)
        or article.outlet
    )
    article.source = source
    article.format = "html"
    return article
