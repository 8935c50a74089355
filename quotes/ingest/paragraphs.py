"""Paragraph spans of an article text, for the ``context`` of a quote.

A paragraph is a block of text between blank lines. When a text has no blank
lines at all (one paragraph per line, as some sites export), each non-empty
line is a paragraph. Spans are ``(start, end)`` character offsets into the text,
without the surrounding whitespace.
"""

from __future__ import annotations

import bisect
import operator
import re

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE = re.compile(r"[^\n]+")
_START = operator.itemgetter(0)


def spans_between(text: str, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of the pieces of ``text`` between matches of
    ``separator``, in order, untrimmed (a piece may be empty).

    >>> spans_between("a--b", re.compile("-+"))
    [(0, 1), (3, 4)]
    """
    edges = [0, *(edge for match in separator.finditer(text) for edge in match.span()), len(text)]
    return list(zip(edges[::2], edges[1::2]))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` without surrounding whitespace; None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of the paragraphs of ``text``, in order.

    >>> paragraph_spans("One.\\n\\nTwo.")
    [(0, 4), (6, 10)]
    >>> paragraph_spans("One.\\nTwo.")
    [(0, 4), (5, 9)]
    """
    if _BLANK_LINE.search(text):
        pieces = spans_between(text, _BLANK_LINE)
    else:
        pieces = [match.span() for match in _LINE.finditer(text)]
    return [span for span in (_trimmed(text, start, end) for start, end in pieces) if span]


def paragraph_bounds(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int | None, int | None]:
    """The span of the paragraphs that ``[start, end)`` stands in: from the start
    of the paragraph holding ``start`` to the end of the one holding ``end``.

    ``spans`` comes from :func:`paragraph_spans`. Offsets falling between
    paragraphs snap to the nearest paragraph; ``(None, None)`` when there are none.
    """
    if not spans:
        return None, None
    first = max(bisect.bisect_right(spans, start, key=_START) - 1, 0)
    last_end = max(end - 1, start)
    last = max(bisect.bisect_right(spans, last_end, key=_START) - 1, first)
    return spans[first][0], spans[last][1]


def paragraph_of(text: str, start: int, end: int) -> tuple[int | None, int | None]:
    """The paragraph span (see :func:`paragraph_bounds`) of ``[start, end)`` in ``text``."""
    return paragraph_bounds(paragraph_spans(text), start, end)
