"""Finding quoted spans by their marks (pure text, no NLP)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotes.extract.quotemarks import IntervalIndex, QuotedSpan, SpanIndex, find_quoted, holds_mark


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quoted(text)]


def test_straight_and_curly_marks_with_offsets():
    text = 'Mara Veldt said "the dam will hold." Then: “We are ready,” she added.'
    spans = find_quoted(text)
    assert [text[s.start : s.end] for s in spans] == ["the dam will hold.", "We are ready"]
    assert text[spans[0].open_at] == '"' and text[spans[0].close_at] == '"'
    assert text[spans[1].open_at] == "“" and text[spans[1].close_at] == "”"
    assert spans[1].start == text.index("We are")


def test_interrupted_quote_gives_two_spans():
    text = "“The river is rising,” Okonkwo Bale said. “We will open the gates tonight.”"
    assert texts(text) == ["The river is rising", "We will open the gates tonight."]


def test_quote_over_several_paragraphs_is_one_span():
    text = (
        "Tamsin Roe said:\n\n"
        "“The first paragraph ends without a closing mark.\n\n"
        "“The second one closes it.”\n\nAfter."
    )
    spans = find_quoted(text)
    assert len(spans) == 1
    span = spans[0]
    assert span.paragraphs == 2
    assert text[span.start : span.end].startswith("The first paragraph")
    assert text[span.start : span.end].endswith("The second one closes it.")
    assert span.close_at == text.index("”")


def test_stray_marks_do_not_swallow_the_article():
    text = (
        "A stray mark ” here and a lone opening “.\n"
        "Then “a real quote,” said Ivo Penn.\n"
        "An open “quote that never ends\n"
        "and “another one” later."
    )
    assert texts(text) == ["a real quote", "another one"]


def test_unclosed_quote_that_looks_like_speech_is_kept_with_low_confidence():
    text = "Nils Arden said: “We will rebuild the school before winter comes.\nNext paragraph."
    spans = find_quoted(text)
    assert [text[s.start : s.end] for s in spans] == ["We will rebuild the school before winter comes."]
    assert spans[0].close_at is None and spans[0].confidence < 1


def test_nested_single_quotes_belong_to_the_outer_quote():
    text = "“It is a classic ‘not my fault’ move,” said Ode Farris."
    spans = find_quoted(text)
    assert len(spans) == 1
    assert text[spans[0].start : spans[0].end] == "It is a classic ‘not my fault’ move"


def test_straight_block_with_curly_quotes_inside_nests():
    text = 'Ada Vo wrote: "The plan is “reckless,” and I object." Later a “fine” day.'
    assert texts(text) == ["The plan is “reckless,” and I object.", "fine"]


def test_two_apostrophes_as_double_marks():
    text = "''We are not done,'' said Rune Aalto. It's Rune's ''plan'' now."
    assert texts(text) == ["We are not done", "plan"]


def test_curly_single_quote_headline_and_apostrophes():
    text = "Mayor says town ‘will not give up’ on its port. It’s the mayor’s port."
    assert texts(text) == ["will not give up"]


def test_empty_and_markless_text():
    assert find_quoted("") == []
    assert find_quoted("No quotes at all here.") == []
    assert find_quoted('"') == []


def test_mixed_mark_families_pair_when_a_quote_is_left_open():
    text = '“We will win so much," Ola Brun said. "Our rivals are tired." Then “a new one.”'
    assert texts(text) == ["We will win so much", "Our rivals are tired.", "a new one."]


def test_closing_mark_opening_a_paragraph_opens_a_quote():
    text = "Voices.\n”We were never asked.” ― Lia Brun\n“Next one.”"
    assert texts(text) == ["We were never asked.", "Next one."]


def test_mixed_marks_curly_pair_holding_straight_close_then_open_is_two_quotes():
    text = '“I disagree," said Ansel Kobb. "The pier stays shut.”'
    spans = find_quoted(text)
    assert [text[s.start : s.end] for s in spans] == ["I disagree", "The pier stays shut."]


def test_mixed_marks_straight_open_curly_close_then_straight_open():
    text = '"This is a long process,” said Ilse Varden. "Some crews will wait."'
    spans = find_quoted(text)
    assert [text[s.start : s.end] for s in spans] == ["This is a long process", "Some crews will wait."]


def test_straight_quote_nested_in_a_curly_one_stays_one_quote():
    text = '“He called it "a disgrace" on Monday,” said Ilse Varden.'
    spans = find_quoted(text)
    assert [text[s.start : s.end] for s in spans] == ['He called it "a disgrace" on Monday']


@given(
    st.lists(st.tuples(st.integers(0, 300), st.integers(0, 40), st.booleans()), max_size=30),
    st.integers(-5, 360),
)
def test_span_index_agrees_with_a_scan(raw, position):
    spans = [
        QuotedSpan(
            start=a + 1, end=a + 1 + n, open_at=a, close_at=a + 1 + n if closed else None, confidence=1.0
        )
        for a, n, closed in raw
    ]
    scan = any(s.open_at <= position <= (s.close_at if s.close_at is not None else s.end) for s in spans)
    assert SpanIndex(spans).covers(position) == scan


@given(st.lists(st.tuples(st.integers(0, 300), st.integers(-1, 40))), st.integers(-5, 360))
def test_interval_index_agrees_with_a_scan(raw, x):
    intervals = sorted((start, start + length) for start, length in raw)
    assert IntervalIndex(intervals).covers(x) == any(start <= x <= end for start, end in intervals)


@pytest.mark.parametrize(
    "text, holds",
    [
        ("Kobb said “no”", True),
        ('Kobb said "no"', True),
        ("Kobb a dit «non»", True),
        ("Kobb sagte „nein“", True),
        ("Kobb said ''no''", False),  # two apostrophes are not one double mark
        ("Kobb’s boat", False),
    ],
)
def test_holds_mark_knows_every_double_mark(text, holds):
    assert holds_mark(text, 0, len(text)) is holds
    assert not holds_mark(text, 0, 4)  # within bounds only
