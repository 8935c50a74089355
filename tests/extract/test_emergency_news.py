"""Attribution in police, fire, school and hospital news, one row per
construction, on texts written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

SPEAKERS = [
    pytest.param(
        "Detective Lionel Varga said the breakthrough came from a doorbell camera.",
        "the breakthrough came",
        {"speaker": "Lionel Varga", "role": "Detective"},
        id="a-police-rank-before-a-name",
    ),
    pytest.param(
        "Constable Amy Threlk said the road was closed until noon.",
        "the road was closed",
        {"speaker": "Amy Threlk", "role": "Constable"},
        id="a-constable-before-a-name",
    ),
    pytest.param(
        "Principal Hestia Monroe said the school would stay open.",
        "the school would stay open",
        {"speaker": "Hestia Monroe", "role": "Principal"},
        id="a-school-post-before-a-name",
    ),
    pytest.param(
        "Paramedic Joanne Fisk said rescuers cut two passengers from the wreck.",
        "rescuers cut two passengers",
        {"speaker": "Joanne Fisk", "role": "Paramedic"},
        id="a-rescuer-s-job-before-a-name",
    ),
    pytest.param(
        "The choir was travelling to a festival, according to the Rev. Maud Ellery, pastor of Kell Chapel.",
        "The choir was travelling",
        {"speaker": "Maud Ellery", "role": "pastor", "affiliation": "Kell Chapel"},
        id="the-appositive-says-more-than-reverend",
    ),
    pytest.param(
        "Nurse Olga Penn said the ward was full every night.",
        "the ward was full",
        {"speaker": "Olga Penn", "role": "Nurse"},
        id="a-hospital-post-before-a-name",
    ),
    pytest.param(
        "Tobias Lenk, 9, held up a sign that read “Save Our School.” "
        "Asked what he would miss most, he said, “The library, and the garden.”",
        "The library, and the garden",
        {"speaker": "Tobias Lenk"},
        id="a-sign-that-read-words-is-no-he",
    ),
    pytest.param(
        "One resident, Yvette Calloway, 67, said she was woken by a neighbour at her door.",
        "she was woken",
        {"speaker": "Yvette Calloway", "role": "resident", "affiliation": None},
        id="one-before-the-apposed-description-is-no-body",
    ),
    pytest.param(
        "“Help is on the way,” said the authority's chief executive, Dr. Emeric Hollis.",
        "Help is on the way",
        {"speaker": "Emeric Hollis", "role": "authority's chief executive"},
        id="a-description-before-a-doctor-is-the-role",
    ),
    pytest.param(
        "Three firefighters were treated, according to a spokesman for St. Brigid's Hospital, Nolan Petrakis.",
        "Three firefighters were treated",
        {"speaker": "Nolan Petrakis", "role": "spokesman", "affiliation": "St. Brigid's Hospital"},
        id="a-saint-in-the-body-before-the-apposed-name",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


NOT_QUOTES = [
    pytest.param(
        'Tobias Lenk stood by the gate. Asked what he would miss most, he said, "The library."',
        "Asked what he would miss",
        id="a-question-put-opening-the-sentence",
    ),
    pytest.param(
        "Reached by phone on Friday, Mira Holt said the clinic would reopen.",
        "Reached by phone",
        id="how-the-speaker-was-reached",
    ),
]


@pytest.mark.parametrize("text, words", NOT_QUOTES)
def test_words_that_are_nobodys_quote(quotes_of, text, words):
    assert not [q for q in quotes_of(text) if words in q.text]
