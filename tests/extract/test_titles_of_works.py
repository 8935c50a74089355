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
    pytest.param(
        "Moss, who also had a part in the harbour drama, “Saltmarsh,” returns to the stage this week.",
        "Saltmarsh",
        id="a-one-word-title-after-a-genre-and-a-comma-no-speech-verb-after",
    ),
    pytest.param(
        "Since then, “Orange is the New Harbour” star Ina Moss opened up about being described as shy.",
        "Orange is",
        id="a-title-with-one-short-word-in-lower-case-before-a-star",
    ),
    pytest.param(
        "Ina Moss said the prize should have gone to the Vellish comedy “Tide of Salt.”",
        "Tide of Salt",
        id="a-title-of-several-words-after-a-genre-ending-its-sentence",
    ),
    pytest.param(
        "On Vell Radio’s “Harbour Hour,” Ina Moss said the ferry would run again.",
        "Harbour Hour",
        id="a-programme-after-a-possessive-after-on-opening-a-sentence",
    ),
    pytest.param(
        "Ina Moss, the librarian, said “Mole Goes Home Early” was the most borrowed book last year.",
        "Mole Goes Home",
        id="a-title-in-title-case-subject-of-the-clause-a-speech-verb-reports",
    ),
    pytest.param(
        "Ina Moss said “The Long Road” has sold more copies than any of her books.",
        "The Long Road",
        id="a-title-with-an-article-subject-of-the-reported-clause",
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
    pytest.param(
        "Asked about Sunday's thriller, “Exhausting,” said Gullhaven coach Ivo Brandt.",
        "Exhausting",
        {"kind": "direct", "speaker": "Ivo Brandt"},
        id="one-word-after-a-genre-and-a-comma-before-said-and-a-name",
    ),
    pytest.param(
        "The final was a thriller, “Incredible,” Brandt said after the whistle.",
        "Incredible",
        {"kind": "direct", "speaker": "Brandt"},
        id="one-word-after-a-genre-and-a-comma-before-a-name-and-said",
    ),
    pytest.param(
        "Of the courtroom drama, “Regrettable,” the judge said.",
        "Regrettable",
        {"kind": "direct", "speaker": "judge"},
        id="one-word-after-a-genre-before-a-noun-and-said",
    ),
    pytest.param(
        "After all the drama, “Unbelievable,” was all captain Jory Hale would say.",
        "Unbelievable",
        {"kind": "direct", "speaker": "Jory Hale"},
        id="one-word-after-a-genre-before-a-verb-a-few-words-on",
    ),
    pytest.param(
        "After the comedies, “Superb,” wrote critic Lu Marr.",
        "Superb",
        {"kind": "direct", "speaker": "Lu Marr"},
        id="one-word-after-a-genre-before-wrote-and-a-name",
    ),
    pytest.param(
        "What followed was pure comedy, “Nobody Knew Where To Stand,” one guest said.",
        "Nobody Knew",
        {"kind": "direct", "speaker": "one guest"},
        id="words-in-title-case-after-a-genre-before-a-speaker-and-said",
    ),
    pytest.param(
        "It was high drama “We never stopped believing,” captain Jory Hale said after the final.",
        "We never stopped",
        {"speaker": "Jory Hale"},
        id="a-sentence-right-after-a-genre-no-comma",
    ),
    pytest.param(
        "The judge said the case was no comedy “This is a serious matter” she added.",
        "This is a serious",
        {},
        id="a-sentence-after-a-genre-no-punctuation-inside",
    ),
    pytest.param(
        "“I never doubted her” director Ana Lind said after the screening.",
        "I never doubted her",
        {"kind": "direct", "speaker": "Ana Lind"},
        id="a-sentence-with-no-punctuation-before-a-director",
    ),
    pytest.param(
        "“Not Guilty” actor Ben Ashe told the court when asked how he pleaded.",
        "Not Guilty",
        {"kind": "direct", "speaker": "Ben Ashe"},
        id="words-in-title-case-before-an-actor-a-name-and-told",
    ),
    pytest.param(
        "The mayor put it bluntly in Tuesday’s “We are broke.”",
        "We are broke",
        {},
        id="a-sentence-after-a-days-possessive-after-in",
    ),
    pytest.param(
        "The actor, Ben Ashe, said on Vell Radio’s “I am not retiring.”",
        "I am not retiring",
        {"speaker": "Ben Ashe"},
        id="a-sentence-after-a-broadcasters-possessive-after-on",
    ),
    pytest.param(
        "The phrase stuck in Vellmouth’s “Nobody leaves until the work is done,” Mayor Ina Ortiz recalled.",
        "Nobody leaves",
        {"speaker": "Ina Ortiz"},
        id="a-sentence-after-a-towns-possessive-after-in",
    ),
    pytest.param(
        "Ina Moss said “a few bad apples” were to blame for the delays.",
        "a few bad apples",
        {"kind": "partial", "speaker": "Ina Moss"},
        id="words-in-lower-case-subject-of-the-reported-clause-stay-hers",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEECH)
def test_words_said_near_works_stay_quotes(quotes_of, text, words, expected):
    (quote,) = _quoted(quotes_of(_LEAD + text), words)
    assert fields(quote, expected) == expected
