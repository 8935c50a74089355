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
