"""Showing whoosh search results: matched words highlighted in the quote and
its context (HTML ``<mark>``, terminal bold, or brackets), and the results as
text for a terminal."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from whoosh import highlight as wh
from whoosh.analysis import Analyzer

from quotes.search.documents import text_analyzer
from quotes.search.results import Hit, SearchResults
from quotes.store.views import (
    CLOSE_MARK,
    OPEN_MARK,
    PARAPHRASE_LEAD,
    is_paraphrase,
    paraphrase_words,
    reads_with_cue,
)

CONTEXT_CHARS = 300
"""The most characters of context shown around the matched words."""
CONTEXT_SURROUND = 60


class MarkFormatter(wh.Formatter):
    """Wraps matched words in ``start``/``end`` markers, escaping all other text.

    ``MarkFormatter.html()`` escapes the text and marks with ``<mark>``, so its
    output is safe to insert in a page; ``ansi()`` and ``brackets()`` are for
    terminals.
    """

    between = " … "

    def __init__(self, start: str, end: str, *, escape: Callable[[str], str] = lambda s: s) -> None:
        self.start = start
        self.end = end
        self.escape = escape

    @classmethod
    def html(cls) -> MarkFormatter:
        """``<mark>`` around matched words, all text HTML-escaped."""
        return cls("<mark>", "</mark>", escape=lambda s: html.escape(s, quote=True))

    @classmethod
    def ansi(cls) -> MarkFormatter:
        """Bold matched words in a terminal."""
        return cls("\x1b[1m", "\x1b[0m")

    @classmethod
    def brackets(cls) -> MarkFormatter:
        """``[brackets]`` around matched words, for output that is not a terminal."""
        return cls("[", "]")

    def _text(self, text: str) -> str:
        """The text between matched words (whoosh's hook), escaped."""
        return self.escape(text)

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        """One matched word between the markers."""
        return self.start + self.escape(wh.get_text(text, token, replace)) + self.end

    def format(self, fragments: Iterable[Any], replace: bool = False) -> str:
        """The fragments joined by an escaped ellipsis."""
        return self.escape(self.between).join(self.format_fragment(f, replace=replace) for f in fragments)


def highlight_text(
    text: str | None,
    terms: Iterable[str],
    *,
    analyzer: Analyzer,
    formatter: MarkFormatter,
    whole: bool = True,
    maxchars: int = CONTEXT_CHARS,
) -> str:
    """``text`` with the words whose analysed form is in ``terms`` marked.

    With ``whole`` the full text is returned; otherwise the best fragments (or
    the start of the text when no word matches). Always escaped by the formatter.
    """
    return _highlight(text, terms, analyzer=analyzer, formatter=formatter, whole=whole, maxchars=maxchars)[0]


def _highlight(
    text: str | None,
    terms: Iterable[str],
    *,
    analyzer: Analyzer,
    formatter: MarkFormatter,
    whole: bool,
    maxchars: int,
) -> tuple[str, bool]:
    """The highlighted text (see :func:`highlight_text`) and whether a word matched."""
    if not text:
        return "", False
    terms = frozenset(terms)
    plain = text if whole or len(text) <= maxchars else text[:maxchars].rsplit(" ", 1)[0] + " …"
    if not terms:
        return formatter.escape(plain), False
    fragmenter = (
        wh.WholeFragmenter() if whole else wh.ContextFragmenter(maxchars=maxchars, surround=CONTEXT_SURROUND)
    )
    try:
        marked = wh.highlight(text, terms, analyzer, fragmenter, formatter, top=2, minscore=1)
    except StopIteration:
        marked = ""
    return (marked, True) if marked else (formatter.escape(plain), False)


def render_hits(
    results: SearchResults, rows: Mapping[int, dict[str, Any]], *, formatter: MarkFormatter | None = None
) -> SearchResults:
    """Attach the database rows to the hits and highlight quote and context.

    Hits whose quote is no longer in the database are dropped.
    """
    formatter = formatter or MarkFormatter.html()
    text_terms = results.terms.get("text", set())
    context_terms = results.terms.get("context", set()) | text_terms
    analyzer = text_analyzer()
    kept = []
    for hit in results.hits:
        row = rows.get(hit.quote_id)
        if row is None:
            continue
        hit.row = dict(row)
        hit.quote_html, hit.quote_matched = _highlight(
            row.get("quote"), text_terms, analyzer=analyzer, formatter=formatter, whole=True, maxchars=0
        )
        hit.context_html, hit.context_matched = _highlight(
            row.get("context"),
            context_terms,
            analyzer=analyzer,
            formatter=formatter,
            whole=False,
            maxchars=CONTEXT_CHARS,
        )
        kept.append(hit)
    results.hits = kept
    return results


#: A tag of highlighted words (``<mark>``, ``</mark>``).
_TAG_RE = re.compile(r"<[^>]*>")


def plain_words(marked: str) -> str:
    """Highlighted words without their tags (what :func:`shown_highlight` reads the lead by)."""
    return _TAG_RE.sub("", marked)


def shown_highlight(marked: str, kind: str | None, cue: str | None = None) -> str:
    """Highlighted quote words shown as :func:`quotes.store.views.shown_quote`
    shows plain ones: in quotation marks, or after "said that" for a
    paraphrase (as they are when it holds its own verb)."""
    if is_paraphrase(kind):
        if reads_with_cue(plain_words(marked), cue):
            return marked
        return f"{PARAPHRASE_LEAD} {paraphrase_words(marked)}"
    return f"{OPEN_MARK}{marked}{CLOSE_MARK}"


def speaker_line(row: Mapping[str, Any]) -> str:
    """``Speaker (role, affiliation)`` for a ``quote_details`` row."""
    name = row.get("speaker") or "unknown speaker"
    details = [part for part in (row.get("speaker_role"), row.get("speaker_affiliation")) if part]
    return f"{name} ({', '.join(details)})" if details else name


def _hit_lines(hit: Hit) -> list[str]:
    """The block of one quote: rank and quote, matched context, speaker, source, ids."""
    row = hit.row
    where = " · ".join(
        str(part)
        for part in (row.get("outlet"), (row.get("published") or "")[:10], row.get("article_title"))
        if part
    )
    note = "  (paraphrase, not the speaker's words)" if is_paraphrase(row.get("kind")) else ""
    lines = [f"{hit.rank}. {shown_highlight(hit.quote_html, row.get('kind'), row.get('cue'))}{note}"]
    if hit.context_matched and not hit.quote_matched:
        lines.append(f"   context: {hit.context_html}")
    lines.append(f"   \u2014 {speaker_line(row)}")
    if where:
        lines.append(f"   {where}")
    lines.append(f"   quote {hit.quote_id}, article {row.get('article_id')}, score {hit.score:.2f}")
    return [*lines, ""]


def format_results(results: SearchResults) -> str:
    """The results as text for a terminal: one block per quote, then the count."""
    if not results.hits:
        lines = [
            f"No quotes match {results.query!r}."
            if results.total == 0
            else f"No quotes on page {results.page} ({results.total} in all)."
        ]
        if results.suggestion:
            lines.append(f"Did you mean: {results.suggestion}")
        return "\n".join(lines)
    lines = [line for hit in results.hits for line in _hit_lines(hit)]
    about = "" if results.total_exact else "about "
    lines.append(
        f"{about}{results.total} quote{'s' if results.total != 1 else ''} "
        f"(page {results.page} of {results.pages})"
    )
    return "\n".join(lines)
