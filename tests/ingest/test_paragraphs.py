"""Paragraph spans, for the context of a quote."""

from __future__ import annotations

import re

import pytest

from quotes.ingest.paragraphs import paragraph_bounds, paragraph_of, paragraph_spans, spans_between


def test_paragraph_spans_blank_lines_and_single_lines():
    text = "First para\nstill first.\n\n  Second.  \n\n\nThird."
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["First para\nstill first.", "Second.", "Third."]
    lines = "One.\nTwo.\r\nThree."
    assert [lines[s:e] for s, e in paragraph_spans(lines)] == ["One.", "Two.", "Three."]
    assert paragraph_spans("  \n ") == []


def test_paragraph_bounds_over_paragraphs():
    text = 'Alpha one.\n\nBeta "starts here.\n\nGamma ends" there.\n\nDelta.'
    start, end = text.index('"starts'), text.index("there.") + 5
    first, last = paragraph_of(text, start, end)
    assert text[first:last] == 'Beta "starts here.\n\nGamma ends" there.'
    inside = text.index("Alpha")
    assert text[slice(*paragraph_of(text, inside, inside + 5))] == "Alpha one."
    assert paragraph_bounds([], 0, 1) == (None, None)


@pytest.mark.parametrize(
    "text, spans",
    [("a--b", [(0, 1), (3, 4)]), ("--a-", [(0, 0), (2, 3), (4, 4)]), ("", [(0, 0)]), ("ab", [(0, 2)])],
)
def test_spans_between(text, spans):
    assert spans_between(text, re.compile("-+")) == spans
