"""Attribution of written words someone else relays, of questions the press
puts, of pronouns after a group spoke and of partial quotes sharing their
paraphrase's cue, one row per construction, and rows of ordinary text each
rule must leave alone, on texts written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

PRONOUNS = [
    pytest.param(
        "Record\n\nThe singers dropped the case in March.\n\n"
        'Drummer Tom Vale was blunt. "It was long," he said.\n\n'
        "Paul Rook, for his part, says the fight shaped the record. The last song includes a line which he says "
        "he wrote the night the band's lawyers told them they might lose.\n\n"
        '"I was angry," he said. "Then I was sad."\n',
        "I was angry",
        {"speaker": "Paul Rook"},
        id="he-after-a-group-spoke-inside-a-persons-words",
    ),
    pytest.param(
        'Road\n\nResidents said the road was unsafe. Ana Holt, who lives there, agreed. "It is a danger," she said.\n',
        "It is a danger",
        {"speaker": "Ana Holt"},
        id="she-after-a-group-is-the-person-the-paragraph-is-about",
    ),
    pytest.param(
        'Tour\n\nA top Ana Vell adviser says the campaign is on a "glide path" to victory.\n\n'
        "Ed Brook spoke to reporters Thursday after a meeting with members who have endorsed Vell. "
        "He says the meeting was the first of many.\n",
        "the meeting was the first of many",
        {"speaker": "Ed Brook"},
        id="he-after-a-group-is-still-the-subject-named-since-the-last-person-spoke",
    ),
    pytest.param(
        'Harbour plan\n\nAnn Lee, a rival, also spoke. "It will fail," she said.\n\n'
        'Tom Vale answered her on Monday. "We will build it," Mr. Vale said.\n\nA Bold Legacy.\n\n'
        "To his successor, Mr. Vale leaves a bold harbour plan that some say is too costly.\n\n"
        "All of this, he admits, could be undone at the polls.\n",
        "he admits",
        {"speaker": "Tom Vale"},
        id="he-after-a-group-is-the-subject-of-the-paragraph-before",
    ),
    pytest.param(
        "Wards\n\nDr Ana Holt said waits fell.\n\nThe Royal College of Nurses has urged the government to open more "
        'wards, which it calls "safe harbours".\n',
        "safe harbours",
        {"speaker": "Royal College of Nurses", "speaker_kind": "organization"},
        id="it-for-a-college-whose-name-opens-on-a-given-name",
    ),
    pytest.param(
        "Hall\n\nAna House of Vell said the hall would close.\n",
        "the hall would close",
        {"speaker": "Ana House of Vell", "speaker_kind": "person"},
        id="a-given-name-before-a-surname-that-is-a-bodys-noun-stays-a-person",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), PRONOUNS)
def test_pronouns_after_groups_and_bodies(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected
