"""Descriptions and roles resolved to the person or body the article names,
constructions that recur across sets of news written apart: an age never a
team's (``Kestrels 19 Ravens 17``), a business's head or a post named after
the description (``its founder`` ... ``founder Julian Marsh``), an unnamed
spokesperson's body (``A spokeswoman for the Vell Government``), a body's
initials in brackets (``the Marigondon Water District (MWD)``), and a
participle between commas after a name (``Kiprotich, addressing supporters,
promised``); one row per construction, and rows of ordinary text each rule must
leave alone, on texts written for the test about fictional people and places."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

#: A rugby report whose result line makes both names teams.
_RUGBY = (
    "Gulls edge Herons as Brell's boot settles it\n\n"
    "Gulls 19 Herons 17\n\n"
    "Tomas Brell kicked a late penalty to give Vell Gulls a win over Marsk Herons on Saturday.\n\n"
)
#: The same report with a result line of people's names (a game of one player against another).
_FRAMES = (
    "Brell edges Lund in the final\n\n"
    "Brell 10 Lund 8\n\n"
    "Tomas Brell won the last frame to beat Per Lund in the final at Vell on Saturday.\n\n"
)

SPEAKERS = [
    pytest.param(
        _RUGBY + "“I nearly gave the ball to someone else,” the 22-year-old said.",
        "I nearly gave the ball",
        {"speaker": "Tomas Brell"},
        id="an-age-is-the-player-not-the-team-of-the-result-line",
    ),
    pytest.param(
        "Herons hold on to stun the Gulls\n\nMarsk Herons 24 Vell Gulls 22\n\n"
        "The Marsk Herons beat the Vell Gulls at Holm Park on Saturday.\n\n"
        "Ola Brin, who missed a kick early on, admitted he had been nervous.\n\n"
        "“My legs were gone,” the 23-year-old said.",
        "My legs were gone",
        {"speaker": "Ola Brin"},
        id="an-age-with-no-person-in-the-headline-is-the-person-named-before",
    ),
]

LEFT_ALONE = [
    pytest.param(
        _FRAMES + "“I was shaking,” the 31-year-old said.",
        "I was shaking",
        {"speaker": "Tomas Brell"},
        id="an-age-is-a-person-of-the-result-line-with-a-given-name",
    ),
    pytest.param(
        "Rovers sign striker\n\nVell Rovers signed Tomas Brell on Friday.\n\n"
        "“It is a dream,” the 22-year-old said.",
        "It is a dream",
        {"speaker": "Tomas Brell"},
        id="an-age-with-no-result-line-is-as-before",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_description_resolved_across_sets(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


@pytest.mark.parametrize(("text", "words", "expected"), LEFT_ALONE)
def test_neighbouring_constructions_left_alone(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected
