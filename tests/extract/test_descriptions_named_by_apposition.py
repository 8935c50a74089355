"""Attribution when a description stands for a person its article names
(a name in apposition after an article or two posts, an age after a paragraph
about a player, a team's word before a post, a firm's name joined by ``&``
before a post, the name opening the paragraph after a quotation standing alone,
``by her own account``), one row per construction, and rows of ordinary text
each rule must leave alone, on texts written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

SPEAKERS = [
    pytest.param(
        "Vell votes on fishing limits\n\nThe mayor, Ina Moss, backs the plan. Her main opponent, the "
        "former fisheries delegate Per Lund, has described the payments as “a bribe for our silence”.",
        "a bribe for our silence",
        {"speaker": "Per Lund"},
        id="a-name-after-an-article-and-three-words-of-a-post",
    ),
    pytest.param(
        "Kell novel wins the Gull Prize\n\nThe chair of judges, the critic and broadcaster Professor "
        "Ola Berg, called the book “a quiet triumph of patience”.",
        "a quiet triumph",
        {"speaker": "Ola Berg", "role": "chair of judges"},
        id="a-name-after-two-posts-joined-by-and",
    ),
    pytest.param(
        "Vell votes on fishing limits\n\nHer main opponent, the mayor, has described the deal as "
        "“a cheque for our silence”.",
        "a cheque for our silence",
        {"speaker": "Her main opponent"},
        id="a-description-in-apposition-is-no-name-left-alone",
    ),
    pytest.param(
        "Vell votes on fishing limits\n\nThe mayor, Ina Moss, said the vote was fair. Her rival, "
        "the council and Per Lund each said: “It was rigged.”",
        "It was rigged",
        {"speaker": "Her rival"},
        id="a-list-after-a-description-is-no-apposition-left-alone",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_speaker_of_descriptions_named_by_apposition(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected
