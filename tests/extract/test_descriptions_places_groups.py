"""Attribution when a description, a place or a group stands before the name
it belongs to (``Outside court, Helen Cray said``, ``according to city
figures``), one row per construction, and rows of ordinary text each rule must
leave alone, on texts written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

SPEAKERS = [
    pytest.param(
        "Ana Parr was jailed for two years. Outside court, Detective Sergeant Ida Venn of Kellport "
        "Police said: “This was a cruel crime.”",
        "This was a cruel crime",
        {"speaker": "Ida Venn", "role": "Detective Sergeant"},
        id="outside-court-opening-the-sentence-is-no-speaker",
    ),
    pytest.param(
        "Ana Parr was jailed. Outside court, Ida Venn of Kellport Police said the sentence was fair.",
        "the sentence was fair",
        {"speaker": "Ida Venn", "affiliation": "Kellport Police"},
        id="outside-court-before-reported-speech",
    ),
    pytest.param(
        "Ana Parr was jailed. Outside court, the victim's son said: “Justice was done.”",
        "Justice was done",
        {"speaker": "victim's son"},
        id="outside-court-before-a-description-left-alone",
    ),
    pytest.param(
        "Ana Parr was jailed. Outside the court, Ida Venn of Kellport Police said: “Justice was done.”",
        "Justice was done",
        {"speaker": "Ida Venn"},
        id="outside-the-court-left-alone",
    ),
    pytest.param(
        "KELLPORT — Mayor Ida Venn on Monday proposed a tax break for landlords, calling empty offices "
        "“a waste.”\n\nAbout 30% of office space stands empty, according to city figures, up from 12% "
        "in 2019.\n\n“Every dark floor is a home that could exist.”",
        "Every dark floor",
        {"speaker": "Ida Venn"},
        id="figures-in-the-paragraph-before-do-not-go-on-speaking",
    ),
    pytest.param(
        "KELLPORT — Mayor Ida Venn on Monday proposed a tax break, calling empty offices “a waste.”\n\n"
        "About 30% of office space stands empty, according to Ola Ruud, the city planner.\n\n"
        "“Every dark floor is a home that could exist.”",
        "Every dark floor",
        {"speaker": "Ola Ruud"},
        id="a-person-according-to-whom-goes-on-speaking",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_speaker_of_descriptions_places_and_groups(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected
