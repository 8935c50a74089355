"""Unnamed spokespeople who speak for a body described by its noun
(:mod:`quotes.extract.staff_bodies`): ``A spokesman for the brewery`` after
the one brewery the article named, a public body written in lower case
(``the state's roads and water department``), and ``The brokerage`` for the
business that spoke just before; rows of ordinary text each rule must leave
alone. Texts written for the test about fictional people and places."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

SPEAKERS = [
    pytest.param(
        "Pub saved\n\nThe pub closed in May when its owners, Harrow & Pike Brewery, said it was "
        "no longer viable.\n\n"
        "A spokesman for the brewery said: “We are glad the pub will stay open.”",
        "We are glad",
        {"speaker": "Harrow & Pike Brewery", "role": "spokesman", "affiliation": "Harrow & Pike Brewery"},
        id="a-spokesman-for-the-brewery-is-the-one-brewery-named",
    ),
    pytest.param(
        "Levee fears\n\nMayor Ada Kross said the levee was old.\n\n"
        "A spokeswoman for the state's roads and water department said in a statement that the "
        "upgrade “remains under active review”.",
        "remains under active review",
        {"speaker": "state's roads and water department", "role": "spokeswoman"},
        id="a-spokeswoman-for-a-lower-case-department-is-the-department",
    ),
    pytest.param(
        "Kell Foods slips\n\nOla Brin, who tracks food stocks at Pelham Capital, said the quarter was weak.\n\n"
        "In a note, Pelham Capital said it expected “a muted half”. The brokerage said the new unit "
        "was “too small to matter”.",
        "too small to matter",
        {"speaker": "Pelham Capital"},
        id="the-brokerage-is-the-business-that-spoke-before",
    ),
    pytest.param(
        "Ferry deal\n\nThe route went to Holm Ferries over Marrow Shipping Lines.\n\n"
        "A spokeswoman for Marrow said the firm was “disappointed” but would bid again.",
        "disappointed",
        {"speaker": "Marrow Shipping Lines", "role": "spokeswoman"},
        id="a-spokeswoman-for-a-body-s-short-name-is-the-body",
    ),
    pytest.param(
        "Mill sold\n\nShares in Tarrant Textiles fell on Monday.\n\n"
        "A spokesman for Tarrant said: “We will keep the mill open.”",
        "We will keep the mill open",
        {"speaker": "Tarrant Textiles"},
        id="a-spokesman-for-a-company-s-first-word-is-the-company",
    ),
]

SPEAKERS += [
    pytest.param(
        "Near miss\n\nA Skyvell jet was inbound when the alert sounded.\n\n"
        'A spokesman for Skyvell said the airline "fully supports" the findings.',
        "fully supports",
        {"speaker": "Skyvell"},
        id="a-one-word-name-no-longer-name-opens-is-the-body",
    ),
]

LEFT_ALONE = [
    pytest.param(
        "Pub saved\n\nHarrow Brewery and Kell Brewery both bid for the pub.\n\n"
        "A spokesman for the brewery said: “We are glad the pub will stay open.”",
        "We are glad",
        {"speaker": "spokesman"},
        id="two-breweries-named-leave-the-spokesman",
    ),
    pytest.param(
        "Crash inquest\n\nAda Holm's family was told on Monday.\n\n"
        "A spokesman for the family said: “We are grateful to the crew.”",
        "We are grateful",
        {"speaker": "spokesman"},
        id="a-spokesman-for-the-family-is-no-body",
    ),
    pytest.param(
        "Bus fares\n\nA spokesman for the department said: “Fares will rise.”",
        "Fares will rise",
        {"speaker": "spokesman"},
        id="a-department-never-named-or-described-leaves-the-spokesman",
    ),
    pytest.param(
        "Officer fired\n\nA lawyer for the fired police officer said: “He will appeal.”",
        "He will appeal",
        {"speaker": "lawyer"},
        id="a-body-noun-describing-a-person-is-no-body",
    ),
    pytest.param(
        "Seat lost\n\nCouncillor Ada Marrow lost her seat to Holm Ferries Party candidate Ben Dorr.\n\n"
        "A spokesman for Marrow said: “She will stand again.”",
        "She will stand again",
        {"speaker": "spokesman"},
        id="a-spokesman-for-a-person-s-surname-is-no-body",
    ),
    pytest.param(
        "Ferry deal\n\nMarrow Shipping and Marrow Freight both bid for the route.\n\n"
        "A spokeswoman for Marrow said: “We are disappointed.”",
        "We are disappointed",
        {"speaker": "spokeswoman"},
        id="two-bodies-opened-by-the-short-name-leave-the-spokeswoman",
    ),
    pytest.param(
        "Talks\n\nPresident Okonkwo flew to Geneva on Monday.\n\n"
        "A spokeswoman for Okonkwo said the talks were “constructive.”",
        "constructive",
        {"speaker": "spokeswoman"},
        id="a-spokeswoman-for-a-titled-surname-is-no-body",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_spokesperson_for_a_described_body(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


@pytest.mark.parametrize(("text", "words", "expected"), LEFT_ALONE)
def test_neighbouring_constructions_left_alone(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected
