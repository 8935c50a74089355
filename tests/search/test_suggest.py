"""Did-you-mean: unknown words replaced by the closest indexed words."""

from __future__ import annotations

import pytest

from quotes.search.ranking import search
from quotes.search.searchers import open_searcher
from quotes.search.suggest import closest_word, suggest_query


@pytest.mark.parametrize(
    "text, suggestion",
    [
        ("destablising", "destabilising"),  # a quote word, shown as written
        ("mayr quillfeather", "mayor quillfeather"),  # a role
        ("speaker:nobody", None),  # fields are not corrected
        ("seawall", None),  # known words are not corrected
        ("tidez AND costli", "tides AND costli"),  # operators are kept
        ("Tidez", "Tides"),  # in the capitals typed
        ("tidez*", None),  # a prefix search is not a misspelling
        ("ti?ez", None),  # nor a wildcard
        ("", None),
    ],
)
def test_suggest_query(index_dir, text, suggestion):
    assert suggest_query(open_searcher(index_dir), text) == suggestion


def test_a_search_without_matches_suggests(indexed):
    results = search(indexed, "destablising")
    assert results.total == 0 and results.suggestion == "destabilising"
    assert search(indexed, "seawall").suggestion is None


def test_closest_word(index_dir):
    reader = open_searcher(index_dir).reader()
    assert closest_word(reader, "speaker", "ashgrov") == (1, -2, "ashgrove")
    assert closest_word(reader, "speaker", "zzzz") is None
