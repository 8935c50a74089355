"""Titles of films, shows, books and programmes in quotation marks, named by
their kind, their makers' roles or a broadcaster's possessive, told from
quoted speech, one row per construction, on texts written for the test about
fictional people and places."""

from __future__ import annotations

import pytest
from extract_checks import fields

from quotes.records import Quote

#: Two lines before the sentence under test, so that it is not read as a headline.
_LEAD = "Harbour town news\n\nThe festival opened on Monday after a long delay.\n\n"


def _quoted(quotes: list[Quote], words: str) -> list[Quote]:
    """The direct and partial quotes holding ``words`` (an indirect quote may hold them too)."""
    return [q for q in quotes if q.kind != "indirect" and words in q.text]


TITLES = [
    pytest.param(
        "“Driftwood” director Ana Lind said backstage that nobody could tell what the jury would do.",
        "Driftwood",
        id="a-title-before-a-director-and-a-name",
    ),
    pytest.param(
        "Moments earlier, “Gullhaven” creator and star Ina Moss accepted the award for best comedy actress.",
        "Gullhaven",
        id="a-title-before-two-roles-and-a-name",
    ),
    pytest.param(
        "Since then, the “Undertow” actress has spoken out against the casting rules.",
        "Undertow",
        id="a-title-before-a-role-after-a-determiner",
    ),
    pytest.param(
        "Tomas Kobb said the prize should have gone to quirky Vellish comedy “Gullhaven.”",
        "Gullhaven",
        id="a-title-after-a-genre-closing-a-paraphrase",
    ),
    pytest.param(
        "Per Dahl, who also stars in the coastal thriller, “Undertow,” returns to the stage this week.",
        "Undertow",
        id="a-title-after-a-genre-and-a-comma",
    ),
    pytest.param(
        "“I like to go in front of judges,” Ina Moss said recently on Vell Radio’s “Wait Up … Not Yet!”",
        "Wait Up",
        id="a-programme-after-a-broadcasters-possessive",
    ),
    pytest.param(
        "Ina Moss said on Friday that the board would resign, speaking on Harbour TV’s “Kobb.”",
        "Kobb",
        id="a-one-word-programme-after-a-broadcasters-possessive",
    ),
]


@pytest.mark.parametrize("text, words", TITLES)
def test_titles_of_works_are_nobodys_words(quotes_of, text, words):
    assert not _quoted(quotes_of(_LEAD + text), words)


SPEECH = [
    pytest.param(
        "The director called the film “a small miracle of patience” and thanked the crew.",
        "a small miracle",
        {"kind": "partial", "speaker": "director"},
        id="words-a-director-calls-a-film",
    ),
    pytest.param(
        "Vell Radio’s reporter Ina Moss said “the harbour is empty tonight” as the boats left.",
        "the harbour is empty",
        {"kind": "partial", "speaker": "Ina Moss"},
        id="words-of-a-broadcasters-reporter-after-a-verb",
    ),
    pytest.param(
        "“We are done,” director Ana Lind said after the vote.",
        "We are done",
        {"kind": "direct", "speaker": "Ana Lind"},
        id="a-quote-closed-by-a-comma-before-a-director",
    ),
    pytest.param(
        "Tomas Kobb said the drama, “Gullhaven was never meant to end this way,” had split the cast.",
        "never meant to end",
        {"speaker": "Tomas Kobb"},
        id="a-sentence-after-a-genre-and-a-comma",
    ),
    pytest.param(
        "Ina Moss described the comedy as “a gentle riot” in an interview.",
        "a gentle riot",
        {"kind": "partial", "speaker": "Ina Moss"},
        id="words-describing-a-comedy",
    ),
    pytest.param(
        "Ina Moss said on Vell Radio’s show that the plan was “a betrayal of the harbour.”",
        "a betrayal of the harbour",
        {"kind": "partial", "speaker": "Ina Moss"},
        id="words-said-after-a-broadcasters-show",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEECH)
def test_words_said_near_works_stay_quotes(quotes_of, text, words, expected):
    (quote,) = _quoted(quotes_of(_LEAD + text), words)
    assert fields(quote, expected) == expected
