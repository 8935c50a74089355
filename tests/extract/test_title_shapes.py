"""The shape of words in title case (quotes.extract.title_shapes): titles of
works and names, told from speech by their capitals and what follows them."""

from __future__ import annotations

import pytest

from quotes.extract.title_shapes import reads_as_title, shaped_as_title, subject_in_title_case


@pytest.mark.parametrize(
    "content, expected",
    [
        ("The Long Tide", True),
        ("Tides of Varnholm", True),
        ("Mole Goes Home Early", True),
        ("We never stopped believing", False),
        ("Harbour", False),  # one word: no title by its shape alone
        ("The Long Tide.", False),  # a sentence's end
    ],
)
def test_reads_as_title(content, expected):
    assert reads_as_title(content) is expected


@pytest.mark.parametrize(
    "content, after, expected",
    [
        ("Gullhaven.", " She", True),
        ("Orange is the New Black", ", the", True),
        ("Stop. We are done.", "", False),
        ("We are broke.", " and", False),
    ],
)
def test_shaped_as_title(content, after, expected):
    assert shaped_as_title(content, after) is expected


@pytest.mark.parametrize(
    "content, after, expected",
    [
        ("Mole Goes Home Early", " was the most borrowed book", True),
        ("The Long Road", " has sold well", True),
        ("a few bad apples", " were to blame", False),  # lower case: her words
        ("Mole Goes Home Early", ", she said", False),  # no verb taking it as subject
        ("Mole Goes Home Early", " wasn't", False),  # a verb only as a whole word
        ("Never Again", " was his motto", False),  # his motto: his words
        ("Thank You,", " was all Tom Hale said", False),  # a comma closing the words: said
        ("Kestrel Red", " was released in 1988", True),
    ],
)
def test_subject_in_title_case(content, after, expected):
    assert subject_in_title_case(content, after) is expected
