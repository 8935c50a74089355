"""Reading an HTML page: trafilatura finds the main text and the page's
metadata; the text is then analysed like a plain-text article."""

from __future__ import annotations

from quotes.errors import ReadError
from quotes.ingest.bylines import parse_date
from quotes.ingest.plain_text import analyse_text
from quotes.records import Article


def has_story(article: Article) -> bool:
    """True when some text of ``article`` lies outside its boilerplate ranges."""
    position = 0
    for start, end in sorted(article.boilerplate):
        if article.text[position:start].strip():
            return True
        position = max(position, end)
    return bool(article.text[position:].strip())


def parse_html(html: str, *, source: str | None = None) -> Article:
    """An :class:`Article` from an HTML page: trafilatura finds the main text,
    title, author, date, canonical URL and site name (the outlet)."""
    import trafilatura
    from trafilatura.settings import Document

    path = source or "<html>"
    try:
        document = trafilatura.bare_extraction(html, with_metadata=True)
    except Exception as error:  # trafilatura raises many kinds on broken markup
        raise ReadError(path, f"cannot parse HTML ({type(error).__name__})") from None
    if not isinstance(document, Document) or not document.text or not document.text.strip():
        raise ReadError(path, "no article text found in HTML")
    title = document.title or None
    article = analyse_text(document.text, title=title, title_from_text=title is None)
    if not has_story(article):
        raise ReadError(path, "no article text found in HTML (only menus, headings or footers)")
    article.author = document.author or article.author
    article.published = parse_date(document.date) or article.published
    article.url = document.url or None
    article.outlet = document.sitename or article.outlet
    article.source = source
    article.format = "html"
    return article
