"""The plain records passed between the steps of the pipeline."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotes.records import Article, Quote

OFFSETS = st.none() | st.integers(min_value=0, max_value=10_000)


@st.composite
def quotes(draw: st.DrawFn) -> Quote:
    """A quote with every field drawn, the optional ones sometimes missing."""
    return Quote(
        text=draw(st.text(max_size=30)),
        start=draw(st.integers(min_value=0, max_value=10_000)),
        end=draw(st.integers(min_value=0, max_value=10_000)),
        kind=draw(st.sampled_from(["direct", "partial", "indirect"])),
        cue=draw(st.none() | st.text(max_size=10)),
        cue_start=draw(OFFSETS),
        cue_end=draw(OFFSETS),
        speaker=draw(st.none() | st.text(max_size=10)),
        speaker_start=draw(OFFSETS),
        speaker_end=draw(OFFSETS),
        speaker_kind=draw(st.none() | st.sampled_from(["person", "organization"])),
        role=draw(st.none() | st.text(max_size=10)),
        affiliation=draw(st.none() | st.text(max_size=10)),
        addressee=draw(st.none() | st.text(max_size=10)),
        confidence=draw(st.floats(min_value=0, max_value=1)),
        needs_review=draw(st.booleans()),
        within=draw(st.none() | st.tuples(st.integers(0, 100), st.integers(0, 100))),
        via=draw(st.none() | st.text(max_size=10)),
    )


@given(quotes())
def test_quote_to_dict_is_asdict(quote: Quote) -> None:
    assert quote.to_dict() == dataclasses.asdict(quote)
    assert list(quote.to_dict()) == [f.name for f in dataclasses.fields(Quote)]


def test_quote_to_dict_is_a_copy() -> None:
    quote = Quote(text="We will rebuild.", start=1, end=17, speaker="Ana Moss", within=(0, 40))
    record = quote.to_dict()
    record["speaker"] = "someone else"
    assert quote.speaker == "Ana Moss"
    assert record["within"] == (0, 40)


@pytest.mark.parametrize(
    ("start", "end", "inside"),
    [(0, 5, True), (10, 12, False), (4, 11, True), (9, 20, True), (20, 30, False)],
)
def test_article_in_boilerplate(start: int, end: int, inside: bool) -> None:
    article = Article(text="x" * 40, boilerplate=[(0, 5), (15, 18)])
    assert article.in_boilerplate(start, end) is inside
