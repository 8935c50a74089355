"""Attribution on the kinds of news PolNeAR lacks (science, business, wire
copy, culture, weather and disasters, posts online), one row per
construction, on texts written for the test about fictional people."""

from __future__ import annotations

import pytest

from quotes.records import Quote


def holding(quotes: list[Quote], words: str) -> Quote:
    """The one quote whose text holds ``words``."""
    (quote,) = [q for q in quotes if words in q.text]
    return quote


SPEAKERS = [
    pytest.param(
        "“Owners should pay,” Councillor Ivo Penn wrote online.\n\n"
        "“Come and see my kitchen, Ivo,” one user, Hanna Sjo, replied.",
        "Come and see my kitchen",
        {"speaker": "Hanna Sjo"},
        id="one-of-a-group-with-a-name-in-apposition-after-the-quote",
    ),
    pytest.param(
        "“Sell,” said Ada Holm, an analyst at Vell Bank.\n\n"
        "Another analyst, Jon Pirre of Tessel Securities, was more upbeat. “Buy,” he wrote in a note.",
        "Buy",
        {"speaker": "Jon Pirre"},
        id="a-pronoun-goes-to-the-name-in-apposition-to-the-subject-before",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = holding(quotes_of(text), words)
    assert {field: getattr(quote, field) for field in expected} == expected


NOT_QUOTES = [
    pytest.param(
        "Review: “The Salt Pier” is a quiet triumph\n\nBy Ina Moss\n\nThe film opens on Friday.",
        "The Salt Pier",
        id="a-title-in-a-reviews-headline",
    ),
]


@pytest.mark.parametrize("text, words", NOT_QUOTES)
def test_words_that_are_nobodys_quote(quotes_of, text, words):
    assert not [q for q in quotes_of(text) if words in q.text]
