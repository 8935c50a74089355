"""Who speaks and for which body, as a speaker page shows it: the roles and
affiliations of local, charity, union, regulator and university news, one row
per construction, on texts written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import one

SPEAKERS = [
    pytest.param(
        "Lena Brook, a union organiser, said workers were tired.\n\n"
        "The housing regulator, the Social Housing Authority, said it was reviewing the figures.",
        "it was reviewing",
        {"speaker": "Social Housing Authority", "speaker_kind": "organization"},
        id="a-body-named-in-apposition-to-its-description",
    ),
    pytest.param(
        "Lena Brook, a union organiser, said workers were tired.\n\nThe watchdog said it would look again.",
        "it would look again",
        {"speaker": "watchdog", "speaker_kind": "organization"},
        id="a-watchdog-is-a-body-not-the-last-person",
    ),
    pytest.param(
        "Lena Brook, a union organiser, said workers were tired.\n\nThe charity said it had run out of beds.",
        "it had run out",
        {"speaker": "charity", "speaker_kind": "organization"},
        id="a-charity-is-a-body-not-the-last-person",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_who_speaks_and_for_whom(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert {field: getattr(quote, field) for field in expected} == expected
