"""The query language: parsing, facet filters, and the words a query matches."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import query

from quotes.search.documents import make_schema
from quotes.search.query import SearchError, clean_filters, filter_query, parse_query, terms_by_field
from quotes.search.searchers import open_searcher

SCHEMA = make_schema()


@pytest.mark.parametrize("text", ["", "   ", None])
def test_empty_text_is_the_null_query(text):
    assert parse_query(text, SCHEMA) is query.NullQuery


@pytest.mark.parametrize(
    "text, fields",
    [
        ("tides", {"text", "speaker", "context"}),
        ("quote:tides", {"text"}),
        ("tag:critical", {"stance"}),
        ("article:harbor", {"title"}),
        ("speaker:ashgrove", {"speaker"}),
        ("date:2020", {"date"}),
    ],
)
def test_default_fields_and_aliases(text, fields):
    assert {leaf.field() for leaf in parse_query(text, SCHEMA).leaves()} == fields


def test_odd_syntax_falls_back_to_the_plain_words():
    assert parse_query("date:[2030 to", SCHEMA) is not None
    assert parse_query("<<>>", SCHEMA) is query.NullQuery


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([*list("ab <>[](){}\"~:*^-+!?\\/'"), "AND", "OR", "NOT", "date:", "to", " "]),
        max_size=30,
    ).map("".join)
)
def test_any_query_text_parses(text):
    """Whatever people type, parsing gives a query (never an exception)."""
    assert parse_query(text, SCHEMA) is not None


def test_filter_query():
    assert filter_query({}) is None
    narrowing = filter_query({"speaker": ["Dov Ashgrove"], "stance": ["Critical"]})
    assert sorted((leaf.field(), leaf.text) for leaf in narrowing.leaves()) == [
        ("speaker_facet", "Dov Ashgrove"),
        ("stance", "critical"),
    ]
    with pytest.raises(
        SearchError, match="unknown filter 'colour': use one of speaker, stance, outlet, year"
    ):
        filter_query({"colour": ["red"]})


@pytest.mark.parametrize(
    "filters, cleaned",
    [
        (None, {}),
        ({"year": "2022"}, {"year": ["2022"]}),
        ({"year": ""}, {}),
        ({"speaker": ["Ada", "", "Ada", "Tom"]}, {"speaker": ["Ada", "Tom"]}),
    ],
)
def test_clean_filters(filters, cleaned):
    assert clean_filters(filters) == cleaned


def test_terms_by_field(index_dir):
    searcher = open_searcher(index_dir)
    terms = terms_by_field(parse_query("costly speaker:ashgrove", searcher.schema), searcher.reader())
    assert terms["text"] == {"costli"}
    assert terms["speaker"] == {"ashgrove"}
