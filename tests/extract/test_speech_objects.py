"""Who said what through a verb of speech whose object is what was said, with
no clause (``Price defended the ferry tax``, ``Moss compared the toll to
highway robbery``, ``characterized the plan as a mistake``): the object is the
indirect quote, read with its verb. On texts written for the test about
fictional people, with rows of text the rules must leave alone."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

#: The sentence before each text, naming the person its surname stands for.
INTRODUCED = "Mara Price and Ina Moss toured the harbour on Monday.\n\n"

SPEAKERS = [
    pytest.param(
        "Price subsequently defended the ferry tax.",
        "the ferry tax",
        {"speaker": "Mara Price", "cue": "defended", "quote_text": "defended the ferry tax"},
        id="a-surname-that-is-a-common-word-opening-the-sentence",
    ),
    pytest.param(
        "“We will build it,” Price said, mocking fears about the cost.",
        "fears about the cost",
        {"speaker": "Mara Price", "cue": "mocking", "quote_text": "mocking fears about the cost"},
        id="a-surname-that-is-a-common-word-inside-the-sentence",
    ),
    pytest.param(
        "Moss compared the toll to highway robbery.",
        "the toll",
        {"speaker": "Ina Moss", "cue": "compared", "quote_text": "compared the toll to highway robbery"},
        id="an-object-likened-to-something",
    ),
    pytest.param(
        "Moss characterized the plan as a costly mistake.",
        "the plan",
        {"speaker": "Ina Moss", "quote_text": "characterized the plan as a costly mistake"},
        id="an-object-characterized-as-something",
    ),
    pytest.param(
        "Moss lamented the closure of the old pier.",
        "the closure",
        {"speaker": "Ina Moss", "cue": "lamented", "quote_text": "lamented the closure of the old pier"},
        id="a-verb-of-speech-with-a-noun-phrase",
    ),
    pytest.param(
        "Moss lambasted the new ferry fares.",
        "ferry fares",
        {"speaker": "Ina Moss", "cue": "lambasted", "quote_text": "lambasted the new ferry fares"},
        id="a-verb-of-attack-with-a-noun-phrase",
    ),
    pytest.param(
        "Councillors, historically, have criticized Harbourmart’s and Ferrymax for their resistance to wage rises.",
        "Ferrymax",
        {"quote_text": "criticized Harbourmart’s and Ferrymax for their resistance to wage rises"},
        id="an-owner-the-parse-cut-from-what-is-owned",
    ),
    pytest.param(
        "Moss criticized residents who say the pier is unsafe.",
        "the pier is unsafe",
        {"speaker": "residents", "cue": "say"},
        id="the-words-of-a-relative-clause-are-its-subjects",
    ),
    pytest.param(
        "Price defended her record as mayor.",
        "her record",
        {"speaker": "Mara Price", "quote_text": "defended her record as mayor"},
        id="a-record-defended-is-a-view",
    ),
    pytest.param(
        "Moss said most voters back the plan.",
        "most voters",
        {"speaker": "Ina Moss", "quote_text": "most voters back the plan"},
        id="a-clause-after-said-without-the-verb",
    ),
]

#: Texts whose verb reports nothing said, and the cue no quote may have.
LEFT_ALONE = [
    pytest.param("Moss compared prices at three ferry companies.", "compared", id="a-comparison-made"),
    pytest.param("The study compared two groups of ferry riders.", "compared", id="a-study-comparing"),
    pytest.param(
        "Compared to last year, the ferry carried more riders.", "Compared", id="compared-to-opening"
    ),
    pytest.param(
        "Brass compared well to steel in the harbour test.", "compared", id="a-thing-comparing-well"
    ),
    pytest.param("Moss characterized the ferry.", "characterized", id="characterized-without-as"),
    pytest.param("Price defended the goal in the second half.", "defended", id="a-goal-defended-in-play"),
    pytest.param("Moss defended her title in the harbour race.", "defended", id="a-title-defended"),
    pytest.param("Evidence shows the harbour wall is weak.", "shows", id="evidence-opening-a-sentence"),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    assert fields(one(quotes_of(INTRODUCED + text), words), expected) == expected


@pytest.mark.parametrize(("text", "cue"), LEFT_ALONE)
def test_left_alone(quotes_of, text, cue):
    assert not [q for q in quotes_of(INTRODUCED + text) if q.cue == cue]
