"""Attribution in broadcast and interview reports, press conferences,
transcripts, live blogs, posts and letters, one row per construction, on
texts written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import holding

SPEAKERS = [
    pytest.param(
        "Ilse Varga told Vell News Network: “The minister meant it.”\n\n"
        "“Is that a no?” the host asked.\n\n“It is a maybe,” she replied.",
        "Is that a no?",
        {"speaker": "host", "speaker_kind": "anonymous"},
        id="an-unnamed-host-is-not-the-guest",
    ),
    pytest.param(
        "Ina Moss spoke to host Per Lund on Vell Tonight.\n\n“I will sign it,” Moss said.\n\n"
        "“Is that a promise?” the host asked.",
        "Is that a promise?",
        {"speaker": "Per Lund", "role": "host"},
        id="the-host-is-the-one-named-as-host",
    ),
    pytest.param(
        "Ina Moss took questions.\n\n“We will build it,” Moss said. “When?” the moderator asked.",
        "When?",
        {"speaker": "moderator"},
        id="an-unnamed-moderator-is-not-the-speaker-before",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = holding(quotes_of(text), words)
    assert {field: getattr(quote, field) for field in expected} == expected


NOT_QUOTES = [
    pytest.param(
        'Partial transcript as follows:\n\n"DAHL: Will you keep the ferries?\n\n"(CROSSTALK.)\n\n'
        '"HOLM: Every one of them."',
        "CROSSTALK",
        id="a-stage-direction-in-a-quoted-transcript",
    ),
    pytest.param(
        "“We will see,” Holm said.\n\n“[Laughter from the audience.]”",
        "Laughter",
        id="a-stage-direction-alone-in-marks",
    ),
    pytest.param(
        'Partial transcript as follows:\n\n"DAHL: Will you keep the ferries?\n\n"HOLM: Every one of them.\n\n'
        '"Follow Lena Osk on Twitter @lenaosk.',
        "Follow Lena Osk",
        id="a-byline-promo-after-a-quoted-transcript",
    ),
    pytest.param(
        "Ansel Kobb, who sat for an interview this month on Ina Moss's show, ''Harbourside.''",
        "Harbourside",
        id="a-one-word-title-after-a-show",
    ),
    pytest.param(
        "At the end of her rendition of the harbour anthem “Sails of Vell,” Ina Moss added a verse.",
        "Sails of Vell",
        id="a-title-after-an-anthem",
    ),
    pytest.param(
        "LETTERS\n\nTomas Berg's commentary, “Tell the islands the truth” (May 3), was unfair.",
        "Tell the islands the truth",
        id="a-title-in-apposition-to-a-commentary",
    ),
    pytest.param(
        "Letters: readers on the harbour plan\n\nThe harbour has lost money for years.",
        "readers on the harbour plan",
        id="a-letters-page-label-in-a-headline",
    ),
    pytest.param(
        "Live: Vell votes\n\n11:20 p.m. — In a post on Instagram, Rolf Imre wrote, “Proud of this team.”",
        "11:20",
        id="a-live-blog-time-stamp-the-cue-hangs-on",
    ),
    pytest.param(
        "Live: Vell votes\n\n11:05 p.m. — Ferries will run late tonight, the harbour office said.",
        "p.m.",
        id="a-live-blog-time-stamp-opening-a-reported-clause",
    ),
    pytest.param(
        "Ina Moss would not say whether she would run. The mayor has said that before.",
        "said that",
        id="a-content-that-stands-for-words-said-elsewhere",
    ),
    pytest.param(
        "The mayor was on the radio.\n\nLUND: Will you run?\n\nMOSS: I am no candidate. I have said that many times.",
        "said that",
        id="a-stand-in-for-words-in-a-transcript",
    ),
]


@pytest.mark.parametrize("text, words", NOT_QUOTES)
def test_words_that_are_nobodys_quote(quotes_of, text, words):
    assert not [q for q in quotes_of(text) if words in q.text]


def test_words_read_from_a_work_someone_speaks_in_are_a_quote(quotes_of):
    quotes = quotes_of("In her memoir, “I never wanted to be famous,” Ina Moss writes.")
    assert [(q.text, q.speaker) for q in quotes] == [("I never wanted to be famous", "Ina Moss")]
