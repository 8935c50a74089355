"""The name inside a speaker mention, and names kept within one sentence."""

from __future__ import annotations

import pytest

from quotes.extract.mention_names import within_one_sentence
from quotes.extract.pipeline import extract_quotes


@pytest.mark.parametrize(
    "value, expected",
    [
        ("Vell State. Mr. Lund", "Mr. Lund"),
        ("Vell Department of Education. The", "Vell Department of Education"),
        ("Harbour Grand Casino. Roffman", "Roffman"),
        ("Vell Polling. Only", "Vell Polling"),
        ("grain prices. His office", "His office"),
        ("Gov. Ann Roe", "Gov. Ann Roe"),
        ("Tor R. Aas", "Tor R. Aas"),
        ("Vell Paper Co.", "Vell Paper Co."),
        ("Tor Aas Jr.", "Tor Aas Jr."),
        ("U.S. Army", "U.S. Army"),
        ("the mayor", "the mayor"),
        (None, None),
    ],
)
def test_within_one_sentence(value, expected):
    assert within_one_sentence(value) == expected


#: A two-word place before a body's noun (local news, courts): the body speaks,
#: and the place is no person's name for a later mention to take.
_PLACE_POLICE_THEN_CHIEF = (
    "Man held after standoff on Pine Ridge's east side, police say\n\n"
    "PINE RIDGE, Ohio (KVRN) — A man is in custody after a standoff, Pine Ridge police said.\n\n"
    '"We kept our distance," Pine Ridge Police Chief Dana Whitlow said at a briefing.'
)


@pytest.mark.parametrize(
    "text, words, expected",
    [
        (_PLACE_POLICE_THEN_CHIEF, "A man is in custody after a standoff", "Pine Ridge police"),
        (_PLACE_POLICE_THEN_CHIEF, "We kept our distance", "Dana Whitlow"),
        (
            "Vote looms\n\nThe Ana Sola campaign said the claims were false.",
            "the claims were false",
            "Ana Sola campaign",
        ),
        # a name ending the mention stays the speaker's, the body's noun before it
        (
            "Vote looms\n\nPine Ridge police chief Ana Sola said the claims were false.",
            "the claims were false",
            "Ana Sola",
        ),
    ],
)
def test_a_name_before_a_bodys_noun_is_no_speaker(text, words, expected):
    speakers = {text[q.start : q.end]: q.speaker for q in extract_quotes(text)}
    assert speakers[words] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Legendary Vance speechwriter Tom Orrin died on Sunday.\n\n"
            "Vance once told a student: “I never wrote a word of it myself.”",
            "Vance",
            id="praise-word-before-a-name-used-as-a-modifier",
        ),
        pytest.param(
            "Embattled Kellbrook striker Ade Munro was dropped.\n\n"
            "Kellbrook said in a statement: “The decision was the manager's.”",
            "Kellbrook",
            id="blame-word-before-a-club",
        ),
        pytest.param(
            "Frank Orrin spoke to reporters on Monday.\n\nOrrin said: “We are ready.”",
            "Frank Orrin",
            id="a-given-name-that-is-also-an-adjective-stays",
        ),
    ],
)
def test_a_word_of_praise_or_blame_is_no_part_of_a_name(text, expected):
    """Ledes and standfirsts open on a word of praise, blame or standing before
    a name used as a modifier: the word is no given name of the person."""
    assert [quote.speaker for quote in extract_quotes(text)] == [expected]
