"""Descriptions that introduce someone with ``a``, ``an`` or ``one``
(quotes.extract.introductions), and the title inside such a description
that belongs to a name after it (``a member of President Tomas Ferreyra's
Cabinet``: the president is Tomas Ferreyra, not the member). Texts written
for the test about fictional people and places."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

from quotes.extract.introductions import introduction


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        pytest.param(
            "Congress removed a member of President Tomas Ferreyra's Cabinet. The president said no.",
            "president",
            None,
            id="a-title-before-a-name-in-a-possessive",
        ),
        pytest.param(
            "The council fired an aide to Mayor Dana Kettering. The mayor said no.",
            "mayor",
            None,
            id="a-title-before-a-name-after-to",
        ),
        pytest.param(
            "Police questioned a spokesman for police chief Ana Ruiz. The chief said no.",
            "chief",
            "spokesman for police chief",
            id="a-title-in-lower-case-is-left-to-the-description",
        ),
        pytest.param(
            "The council fired a deputy Mayor on Monday. The mayor said no.",
            "mayor",
            "deputy Mayor",
            id="no-name-after-the-head-keeps-the-description",
        ),
        pytest.param(
            "A retired harbour pilot spoke first. The pilot said no.",
            "pilot",
            "retired harbour pilot",
            id="a-description-ending-on-its-head",
        ),
    ],
)
def test_introduction_of_a_title_before_a_name(text, head, expected):
    found = introduction(text, head, text.rindex(". The ") + 2)
    assert (found.words if found else None) == expected


SPEAKERS = [
    pytest.param(
        "Congress has removed a member of President Tomas Ferreyra's Cabinet.\n\n"
        "Ferreyra, whose approval rating has fallen, defended his minister. Speaking at an "
        'event on Thursday, the president said Congress was "more interested in headlines."',
        "more interested in headlines.",
        {"speaker": "Tomas Ferreyra"},  # the full name the title stood before
        id="the-president-is-the-name-the-title-stood-before",
    ),
    pytest.param(
        "The council fired an aide to Mayor Dana Kettering on Monday.\n\n"
        'Speaking on Tuesday, the mayor said the decision was "long overdue."',
        "long overdue.",
        {"speaker": "Dana Kettering"},
        id="the-mayor-is-not-the-aide",
    ),
]

LEFT_ALONE = [
    pytest.param(
        "Gulls game on\n\nAn official Vell Gulls notice was put up on Friday.\n\n"
        "“The pitch is fine,” the official said.",
        "The pitch is fine",
        {"speaker": "official"},
        id="a-lower-case-noun-before-a-teams-name-titles-no-one",
    ),
    pytest.param(
        'A former navy officer said the ship was "unsafe." The officer said the crew had "no training."',
        "no training.",
        {"speaker": "former navy officer"},
        id="a-description-with-no-name-after-it-stays-the-speaker",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_title_inside_a_description_stands_for_the_name(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


@pytest.mark.parametrize(("text", "words", "expected"), LEFT_ALONE)
def test_description_without_a_titled_name_left_alone(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


@pytest.mark.parametrize(
    ("text", "head", "expected"),
    [
        pytest.param(
            "She is survived by a daughter, Eva Lund-Hart; two grandchildren; and a brother. The daughter said no.",
            "daughter",
            "Eva Lund-Hart",
            id="a-relation-and-the-full-name-after-it-in-a-list",
        ),
        pytest.param(
            "Police interviewed a neighbour, Tove Marsh, on Monday. The neighbour said no.",
            "neighbour",
            "Tove Marsh",
            id="a-person-and-the-full-name-apposed-to-it",
        ),
        pytest.param(
            "He was a decent man, Ola Ruud said on Monday. The man said no.",
            "man",
            "decent man",
            id="a-name-before-a-cue-is-no-apposition",
        ),
        pytest.param(
            "She is survived by a daughter, Eva, and a son. The daughter said no.",
            "daughter",
            "daughter",
            id="a-given-name-alone-is-left-to-the-relation-lookups",
        ),
    ],
)
def test_introduction_of_a_name_apposed_after(text, head, expected):
    found = introduction(text, head, text.rindex(". The ") + 2)
    assert (found.words if found else None) == expected


KIN_APPOSED = [
    pytest.param(
        "Mira Lund, who ran a bakery in Tolby for 30 years, died on Monday. She was 90.\n\n"
        "Her son, Anders Lund, said the cause was a stroke.\n\n"
        "In addition to her son, she is survived by a daughter, Eva Lund-Hart, and a sister, "
        "Kim Soon-hee, who lives in Bergen.\n\n"
        "The family has asked that, in place of flowers, people leave a few dollars on the counter "
        "of a bakery they love.\n\n"
        "“She would have hated the fuss,” her daughter said.",
        "She would have hated the fuss",
        {"speaker": "Eva Lund-Hart"},
        id="her-daughter-is-the-daughter-named-in-the-survivors",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), KIN_APPOSED)
def test_relation_stands_for_the_name_apposed_to_it(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


TITLED_OWNER = [
    pytest.param(
        "It was the third time this year that Congress removed a member of President Tomas Ferreyra's Cabinet. "
        'Speaking at an event on Thursday, the president called the motion "a political show."',
        "a political show.",
        {"speaker": "Tomas Ferreyra"},
        id="a-title-before-a-possessive-full-name-names-its-holder",
    ),
    pytest.param(
        "It was the third time this year that Congress defeated President Tomas Ferreyra's government "
        'on a motion. Speaking at an event on Thursday, the president called the motion "a political show."',
        "a political show.",
        {"speaker": "Tomas Ferreyra"},
        id="the-holder-is-named-without-the-possessive",
    ),
    pytest.param(
        "Voters backed Ola Ruud's Kell Council plan on Monday. "
        'Speaking on Thursday, the mayor called the vote "a good day."',
        "a good day.",
        {"speaker": "mayor"},
        id="an-untitled-possessive-before-a-body-names-no-one",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), TITLED_OWNER)
def test_title_before_a_possessive_name(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected
