"""Attribution on the kinds of local news PolNeAR lacks (courts, sport, councils
and school boards, obituaries), one row per construction, on texts written for
the test about fictional people."""

from __future__ import annotations

import pytest

from extract_checks import one

SPEAKERS = [
    pytest.param(
        "“I am sorry,” Kurt Mallow said.\n\n"
        "His mother, Doris Mallow, wept in the front row. Outside, she told reporters he had changed. "
        "“He is not a monster,” she said.",
        "He is not a monster",
        {"speaker": "Doris Mallow"},
        id="a-pronoun-after-a-relative-named-in-apposition",
    ),
    pytest.param(
        "“She baked every day,” said Marit Lunde, a neighbour.\n\n"
        "Her granddaughter, Sara Rahn-Orvik, now runs the shop. “I learned everything from her,” she said.",
        "I learned everything",
        {"speaker": "Sara Rahn-Orvik"},
        id="a-pronoun-after-a-description-with-a-name-opens-the-sentence",
    ),
    pytest.param(
        "Planning director Sven Aalto told the council the study would take six weeks.\n\n"
        "The vote is now expected in March, according to the town clerk, Hilde Marsh.",
        "The vote is now expected",
        {"speaker": "Hilde Marsh", "role": "town clerk"},
        id="a-name-in-apposition-ending-the-sentence",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert {field: getattr(quote, field) for field in expected} == expected
