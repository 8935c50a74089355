"""More reported speech with a clause: a relative ``who said ...`` whose
noun only the parse finds (``a young nurse, who said ...``, ``four in 10 who
said ...``), phrases of saying on ``make`` (``made it clear that``, ``made
the case that``), a verb of saying sharing the subject of a passive before
it (``Kobb was elected in May and said ...``). On texts written for the test
about fictional people, with rows of text each rule must leave alone."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

SPEAKERS = [
    pytest.param(
        "The last question came from a young nurse, who said she and her father drove to the quay from Vell.",
        "she and her father drove to the quay",
        {"speaker": "young nurse", "cue": "said"},
        id="who-after-a-description",
    ),
    pytest.param(
        '"We do not know," said Ina Moss, the harbour commissioner, who conceded that more tunnels might exist.',
        "more tunnels might exist",
        {"speaker": "Ina Moss", "cue": "conceded", "quote_text": "that more tunnels might exist"},
        id="who-after-a-name-and-its-post",
    ),
    pytest.param(
        "Half said they wanted a new ferry, compared with four in 10 who said they preferred the old bridge.",
        "they preferred the old bridge",
        {"speaker": "four in 10", "cue": "said"},
        id="who-after-a-share-of-a-poll",
    ),
    pytest.param(
        "Kobb faces dozens of women who claim he threatened them on the pier.",
        "he threatened them on the pier",
        {"speaker": "women", "cue": "claim"},
        id="who-after-a-plural-with-no-s",
    ),
    pytest.param(
        "Officials at the harbour board made clear Monday they have no plans to rebuild the pier.",
        "they have no plans to rebuild the pier",
        {"speaker": "Officials", "cue": "made clear"},
        id="made-clear-with-its-day",
    ),
    pytest.param(
        "Many dock workers made it clear they did not agree with the union's choice.",
        "they did not agree with the union's choice",
        {"speaker": "Many dock workers", "cue": "made it clear"},
        id="made-it-clear",
    ),
    pytest.param(
        "Ina Moss, making it clear that safety came first, stood beside the mayor.",
        "safety came first",
        {"speaker": "Ina Moss", "cue": "making it clear", "quote_text": "that safety came first"},
        id="making-it-clear-in-a-participle",
    ),
    pytest.param(
        "Ansel Kobb made the case that the ferry was too slow for the island.",
        "the ferry was too slow",
        {"speaker": "Ansel Kobb", "cue": "made the case"},
        id="made-the-case-that",
    ),
    pytest.param(
        "Ansel Kobb privately made the case to the group leaders that he did not sell them out.",
        "he did not sell them out",
        {"speaker": "Ansel Kobb", "cue": "made the case"},
        id="made-the-case-to-someone-that",
    ),
    pytest.param(
        "Ansel Kobb was elected in May and said he would stay on the harbour board.",
        "he would stay on the harbour board",
        {"speaker": "Ansel Kobb", "cue": "said"},
        id="said-after-a-passive",
    ),
    pytest.param(
        "Harbour pilots were angered by the deal and predicted it would raise the fares.",
        "it would raise the fares",
        {"speaker": "Harbour pilots", "cue": "predicted"},
        id="predicted-after-a-passive-with-an-agent",
    ),
]

#: Texts near those constructions, and the cue no quote may have.
LEFT_ALONE = [
    pytest.param(
        "Ansel Kobb is likely to appear in court to hear pilots explain that the ferry sank.",
        "explain",
        id="likely-to-hear-others-explain",
    ),
    pytest.param("It is said that the old pier is too weak for the ferry.", "said", id="it-is-said"),
    pytest.param("It will not say whether the old pier is too weak.", "say", id="it-will-not-say-whether"),
    pytest.param(
        "This is a man who said he would never run a negative advert.",
        "said",
        id="who-after-a-predicate-noun",
    ),
    pytest.param(
        "Ola Ruud took calls from listeners to his radio program who said they had doubts about the pier.",
        "said",
        id="who-after-a-thing",
    ),
    pytest.param(
        "One ad stars an Ansel Kobb impersonator who promises that the ferry will run all winter.",
        "promises",
        id="who-after-a-description-built-on-a-name",
    ),
    pytest.param(
        "Polls of the island found about the same number who said the ferry was early.",
        "said",
        id="who-after-a-count",
    ),
    pytest.param(
        "Ansel Kobb made the case to grant a licence to the ferry crews.",
        "made the case",
        id="the-case-to-do",
    ),
    pytest.param(
        "A young nurse who backs Ansel Kobb waved from the quay.", "backs", id="who-with-an-act-not-a-clause"
    ),
    pytest.param(
        "It will fall to a new judge, who would determine whether the pier stays open.",
        "determine",
        id="who-with-a-finding",
    ),
    pytest.param(
        "Ansel Kobb made clear progress on the bridge this year.", "made clear", id="clear-progress"
    ),
    pytest.param(
        "Ansel Kobb made the case for a new bridge at the meeting.", "made the case", id="the-case-for"
    ),
    pytest.param(
        "The storm made it clear that the pier was too weak.", "made it clear", id="a-thing-makes-clear"
    ),
    pytest.param(
        "Ansel Kobb was elected in May and said nothing.", "said", id="said-nothing-after-a-passive"
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


@pytest.mark.parametrize(("text", "cue"), LEFT_ALONE)
def test_left_alone(quotes_of, text, cue):
    assert not [q for q in quotes_of(text) if q.cue == cue]
