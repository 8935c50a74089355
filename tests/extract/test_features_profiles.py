"""Attribution in features and profiles (present-tense cues, families
interviewed together, scenes with dialogue, the writer as ``I``), one row per
construction, on texts written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import one

SPEAKERS = [
    pytest.param(
        "The water reached the stairs, Martin Hale remembers. His son, Daniel, was eleven.\n\n"
        "“I carried him to the truck,” Hale says.\n\n"
        "Daniel, now 14, sits at the table and rolls his eyes. “I wasn't scared,” he says.",
        "I wasn't scared",
        {"speaker": "Daniel"},
        id="a-relative-named-once-is-the-subject-later-by-that-name",
    ),
    pytest.param(
        "“I carried him to the truck,” Martin Hale says.\n\n"
        "Hale's wife, Susan, handles the paperwork. She keeps it in three folders.\n\n"
        "“Every letter, every receipt,” she says.",
        "Every letter",
        {"speaker": "Susan"},
        id="a-name-in-apposition-to-a-relation-of-someone-named",
    ),
    pytest.param(
        "“I will never sell the boat,” Anders Kvale says.\n\n"
        "Their daughter, Liv Kvale, bakes bread in town. “I worry when the wind picks up,” she says.\n\n"
        "Her father says he will keep going until the bridge opens.",
        "he will keep going",
        {"speaker": "Anders Kvale"},
        id="her-father-is-who-shares-her-surname",
    ),
    pytest.param(
        "“I will never sell the boat,” Anders Kvale says.\n\n"
        "Their daughter, Liv Kvale, bakes bread in town. “I worry when the wind picks up,” she says.\n\n"
        "Her father says he will keep going. “Then,” he says, “I will sit on the bridge.”",
        "I will sit on the bridge",
        {"speaker": "Anders Kvale"},
        id="a-pronoun-after-her-father-spoke",
    ),
    pytest.param(
        "“He was lazy,” Greta Sundin says.\n\n"
        "Her sister, Maja Sundin, lives next door. “She never rested,” she says.",
        "She never rested",
        {"speaker": "Maja Sundin", "role": "sister"},
        id="the-predicate-after-a-relation-and-name-is-no-role",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_speakers_in_features(quotes_of, text: str, words: str, expected: dict[str, str | None]) -> None:
    quote = one(quotes_of(text), words)
    for field, value in expected.items():
        assert getattr(quote, field) == value, field


CONTENTS = [
    pytest.param(
        "The insurance company, Northgate Mutual, paid for half of the repairs, according to Martin Hale.",
        "paid for half",
        "The insurance company, Northgate Mutual, paid for half of the repairs",
        id="according-to-after-a-subject-in-apposition",
    ),
]


@pytest.mark.parametrize(("text", "words", "content"), CONTENTS)
def test_contents_in_features(quotes_of, text: str, words: str, content: str) -> None:
    assert one(quotes_of(text), words).text == content


NOT_SAID = [
    pytest.param(
        "Kvale remembers the day the surveyors came to the island.",
        "the surveyors came",
        id="the-day-someone-remembers",
    ),
    pytest.param(
        "Her editor, Simon Achebe, recalls the moment the manuscript arrived.",
        "the manuscript arrived",
        id="the-moment-someone-recalls",
    ),
]


@pytest.mark.parametrize(("text", "words"), NOT_SAID)
def test_words_nobody_said_in_features(quotes_of, text: str, words: str) -> None:
    assert not [q for q in quotes_of(text) if words in q.text]
