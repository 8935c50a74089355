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
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_speakers_in_features(quotes_of, text: str, words: str, expected: dict[str, str | None]) -> None:
    quote = one(quotes_of(text), words)
    for field, value in expected.items():
        assert getattr(quote, field) == value, field
