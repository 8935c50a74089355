"""Attribution of posts written before a name, of relatives sharing a surname
and of groups of people named by a plural, one row per construction, and rows
of ordinary text each rule must leave alone, on texts written for the test
about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

SPEAKERS = [
    pytest.param(
        "MindBridge's chief executive, Ana Roe, said the company would hire 200 people.",
        "the company would hire 200 people",
        {"speaker": "Ana Roe", "role": "chief executive", "affiliation": "MindBridge"},
        id="a-business-post-before-the-name-of-a-business-never-named",
    ),
    pytest.param(
        "Nordvik Bank's chief financial officer, Ian Hale, said profits had risen.",
        "profits had risen",
        {"speaker": "Ian Hale", "role": "chief financial officer", "affiliation": "Nordvik Bank"},
        id="a-business-post-before-the-name-of-a-bank",
    ),
    pytest.param(
        "Ansel Kobb founded Kobb Farms in 1990. Kobb's chief executive, Ana Roe, said the farm would grow.",
        "the farm would grow",
        {"speaker": "Ana Roe", "affiliation": None},
        id="a-business-post-owned-by-a-person-named-before-stays-a-persons",
    ),
    pytest.param(
        "Ansel Kobb hired a new lawyer. Kobb's lawyer, Lisa Tarn, said the case was weak.",
        "the case was weak",
        {"speaker": "Lisa Tarn", "role": "Kobb's lawyer", "affiliation": None},
        id="a-persons-lawyer-is-no-business-post",
    ),
    pytest.param(
        "Sam Orrell, of research firm PlayMetrics, said sales had doubled.",
        "sales had doubled",
        {"speaker": "Sam Orrell", "role": None, "affiliation": "PlayMetrics"},
        id="of-a-firm-described-without-the-article",
    ),
    pytest.param(
        "Sam Orrell, of the research firm PlayMetrics, said sales had doubled.",
        "sales had doubled",
        {"speaker": "Sam Orrell", "role": None, "affiliation": "PlayMetrics"},
        id="of-a-firm-described-with-the-article",
    ),
    pytest.param(
        "Tom Elkins, of the campaign group Free the Wild, said the zoo should close.",
        "the zoo should close",
        {"speaker": "Tom Elkins", "role": None, "affiliation": "Free the Wild"},
        id="of-a-group-whose-name-holds-the",
    ),
    pytest.param(
        "Tom Elkins, of animal-rights group Free the Wild, said the zoo should close.",
        "the zoo should close",
        {"speaker": "Tom Elkins", "role": None, "affiliation": "Free the Wild"},
        id="of-a-group-described-without-the-article",
    ),
    pytest.param(
        "Ivo Sand, of the pressure group Friends of Gull Park, said the trees must stay.",
        "the trees must stay",
        {"speaker": "Ivo Sand", "role": None, "affiliation": "Friends of Gull Park"},
        id="of-a-group-whose-name-holds-of",
    ),
    pytest.param(
        "Ada Moss, of Kelton, said the road was dangerous.",
        "the road was dangerous",
        {"speaker": "Ada Moss", "role": None, "affiliation": None},
        id="of-a-home-town-is-no-affiliation",
    ),
    pytest.param(
        "Lisa Tarn, of counsel at the firm, said the case was weak.",
        "the case was weak",
        {"speaker": "Lisa Tarn", "affiliation": None},
        id="of-counsel-is-a-post",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_speaker_role_and_affiliation(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected
