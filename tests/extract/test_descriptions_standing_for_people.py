"""Attribution when a description stands for a person the article names: a
body's name and a post with a lower-case ``of`` phrase before a full name
(``Orm director of rugby Ned Carrow said``), a definite description the
article named in apposition with the body the person is of (``the
commentator, Ned Carrow of Radio Vell,``); one row per construction, and rows
of neighbouring text that must not give the name, on texts written for the
test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

#: A match report's opening, before the sentence that quotes someone.
_MATCH = "Orm lose at Vell\n\nVell beat Orm 20-17 on Saturday.\n\n"
#: A libel case against a commentator the article first leaves unnamed.
_LIBEL = (
    "Court clears broadcaster\n\n"
    "A court dismissed the complaint filed by Mayor Ana Pell against a radio commentator.\n\n"
)

SPEAKERS = [
    pytest.param(
        _MATCH + 'Orm director of rugby Ned Carrow said he was proud but "gutted" for his players.',
        "gutted",
        {"speaker": "Ned Carrow"},
        id="a-team-and-a-post-with-an-of-phrase-before-the-name",
    ),
    pytest.param(
        _MATCH + 'Orm chief of staff Ned Carrow said the talks had been "useful".',
        "useful",
        {"speaker": "Ned Carrow"},
        id="a-body-and-chief-of-staff-before-the-name",
    ),
    pytest.param(
        'Vell Bank holds rates\n\nVell Bank head of research Ina Moss said a cut was "overdue".',
        "overdue",
        {"speaker": "Ina Moss"},
        id="a-two-word-body-and-head-of-a-field-before-the-name",
    ),
    pytest.param(
        _MATCH + 'Director of rugby Ned Carrow said the side was "gutted".',
        "gutted",
        {"speaker": "Ned Carrow"},
        id="the-post-alone-opening-the-sentence-as-before",
    ),
    pytest.param(
        _LIBEL
        + "Judge Ola Finn said the commentator, Ned Carrow of Radio Vell, had relied on audit documents.\n\n"
        'Pell had sued Carrow over a broadcast in which the commentator called the new hall "a white elephant".',
        "a white elephant",
        {"speaker": "Ned Carrow"},
        id="the-description-named-in-apposition-with-the-body-the-name-is-of",
    ),
    pytest.param(
        "Bridge shut\n\nAn engineer raised the alarm on Friday. The crack was first seen by the engineer, "
        "Ned Carrow from Vell Works, on his rounds.\n\n“It was as wide as my hand,” the engineer said.",
        "as wide as my hand",
        {"speaker": "Ned Carrow"},
        id="the-description-named-in-apposition-with-the-body-the-name-is-from",
    ),
    pytest.param(
        _MATCH + "The manager of the striker, Ola Lund of Vell Town, said he was not for sale.\n\n"
        "“I want to stay at Orm,” the striker said.",
        "I want to stay",
        {"speaker": "striker"},
        id="a-noun-after-of-is-not-the-one-named",
    ),
    pytest.param(
        _LIBEL + 'The commentator had called the new hall "a white elephant".',
        "a white elephant",
        {"speaker": "radio commentator"},
        id="a-description-no-one-is-named-for-stays-the-description",
    ),
    pytest.param(
        _LIBEL + "The judge, Ola Finn of the Vell District Court, read the ruling on Monday.\n\n"
        "“I am glad it is over,” the defendant said.",
        "glad it is over",
        {"speaker": "defendant"},
        id="the-defendant-is-not-the-judge-named-in-apposition",
    ),
    pytest.param(
        _MATCH + 'The mother of striker Ned Carrow said the club was "a disgrace".',
        "a disgrace",
        {"speaker": "mother"},
        id="the-mother-of-a-named-player-is-not-the-player",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_speaker_a_description_stands_for(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


#: Texts where the name after the ``of`` phrase is someone else than the
#: speaker: ``(text, words, names it is not)``.
NOT_SPEAKERS = [
    pytest.param(
        _MATCH + 'Orm mother of striker Ned Carrow said the club was "a disgrace".',
        "a disgrace",
        ("Ned Carrow",),
        id="a-person-noun-in-the-of-phrase-names-someone-else",
    ),
    pytest.param(
        "Fire nears Vell Lake\n\nChief Ned Cardinal of the nearby Vell Lake First Nation said the town "
        'was "on alert".',
        "on alert",
        ("Vell Lake First Nation",),
        id="a-name-ending-on-a-post-word-is-no-body-and-post",
    ),
    pytest.param(
        _MATCH + 'Orm fans of striker Ned Carrow said the club was "a disgrace".',
        "a disgrace",
        ("Ned Carrow",),
        id="a-group-of-a-named-player-is-not-the-player",
    ),
    pytest.param(
        _MATCH + 'Orm director of rugby Ned Carrow\'s wife said the club was "a disgrace".',
        "a disgrace",
        ("Ned Carrow", "Ned Carrow's"),
        id="the-name-owns-the-speaker",
    ),
    pytest.param(
        _MATCH + 'Director of rugby Ned Carrow\'s wife said the club was "a disgrace".',
        "a disgrace",
        ("Ned Carrow", "Ned Carrow's"),
        id="the-name-after-a-post-alone-owns-the-speaker",
    ),
]


@pytest.mark.parametrize(("text", "words", "not_speakers"), NOT_SPEAKERS)
def test_name_after_the_of_phrase_is_not_the_speaker(quotes_of, text, words, not_speakers):
    assert one(quotes_of(text), words).speaker not in not_speakers
