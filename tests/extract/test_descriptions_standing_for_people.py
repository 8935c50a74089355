"""Attribution when a description stands for a person the article names: a
body's name and a post with a lower-case ``of`` phrase before a full name
(``Orm director of rugby Ned Carrow said``); one row per construction, and rows
of neighbouring text that must not give the name, on texts written for the
test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

#: A match report's opening, before the sentence that quotes someone.
_MATCH = "Orm lose at Vell\n\nVell beat Orm 20-17 on Saturday.\n\n"

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
