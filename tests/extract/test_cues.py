"""Cues of the words a sentence reports (quotes.extract.cues): a document's verb
of saying above a person's, and ``add`` meaning increase; one row per
construction, and rows the rules must leave alone, on texts written for the
test about fictional people and places."""

from __future__ import annotations

import pytest
from extract_checks import fields

from quotes.records import Quote

#: Two lines before the sentence under test, so that it is not read as a headline.
_LEAD = "Harbour town news\n\nThe port reopened on Monday after a long dispute.\n\n"


def _quoted(quotes: list[Quote], words: str) -> list[Quote]:
    """The direct and partial quotes holding ``words``."""
    return [q for q in quotes if q.kind != "indirect" and words in q.text]


CUES = [
    pytest.param(
        "According to a police report filed in Harlow County Court, Ivo Brenner told officers after his "
        "arrest that he had lost his job. The report says he "
        "told them the knife was a gift and that he “never meant to scare anyone.”",
        "never meant to scare anyone",
        {"speaker": "Ivo Brenner", "via": "police report"},
        id="a-document-says-he-told-them-his-words-via-the-document",
    ),
    pytest.param(
        "Tara Quill sued the mill in May. The lawsuit says she told managers the floor was unsafe and that "
        "it was “a disaster waiting to happen.”",
        "a disaster waiting to happen",
        {"speaker": "Tara Quill", "via": "lawsuit"},
        id="a-lawsuit-says-she-told-her-words-via-the-lawsuit",
    ),
    pytest.param(
        "Ines Okafor studies otters. Still, Okafor said, the survey adds to a body of evidence that otters "
        "adapt quickly to towns. “Rivers are a maze, and otters are very good at mazes.”",
        "Rivers are a maze",
        {"speaker": "Ines Okafor"},
        id="adds-to-evidence-is-no-cue-the-aside-speaks",
    ),
    pytest.param(
        "Vera Holt said she told the board it was “a terrible idea.”",
        "a terrible idea",
        {"speaker": "Vera Holt", "via": None},
        id="a-person-says-she-told-still-goes-up",
    ),
    pytest.param(
        "Ines Okafor added to reporters that the survey was small. “We need more data.”",
        "We need more data",
        {"speaker": "Ines Okafor"},
        id="added-to-people-stays-a-cue",
    ),
]


@pytest.mark.parametrize("text, words, expected", CUES)
def test_the_reported_speaker_owns_the_words(quotes_of, text, words, expected):
    (quote,) = _quoted(quotes_of(_LEAD + text), words)
    assert fields(quote, expected) == expected
