"""Attribution on labour news, legislatures and diplomacy, one row per
construction, on texts written for the test about fictional people; each
rule has rows of ordinary text it must leave alone."""

from __future__ import annotations

import pytest
from extract_checks import fields, holding

SPEAKERS = [
    pytest.param(
        "The operator, Vell Terminals, said it had made an offer. "
        "Vell Terminals chief executive Pera Lindqvist wrote that the strike hurt the workers.",
        "the strike hurt",
        {"speaker": "Pera Lindqvist"},
        id="a-body-already-named-before-a-title-and-a-name-is-not-the-speaker",
    ),
    pytest.param(
        "Vell United said it was sorry. Vell United striker Jonas Berg said that the pitch was poor.",
        "the pitch was poor",
        {"speaker": "Jonas Berg", "affiliation": "Vell United"},
        id="a-club-before-a-position-and-a-name-still-gives-the-player",
    ),
    pytest.param(
        "Ansel Kobb spoke first. Ansel Kobb and deputy mayor Ola Berg said the pier would close.",
        "the pier would close",
        {"speaker": "Ansel Kobb"},
        id="a-known-name-before-and-and-a-titled-name-still-leads",
    ),
    pytest.param(
        "Ansel Kobb spoke first. Ansel Kobb and other officials said the pier would close.",
        "the pier would close",
        {"speaker": "Ansel Kobb"},
        id="a-known-name-before-lower-case-words-alone-is-kept",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    assert fields(holding(quotes_of(text), words), expected) == expected
