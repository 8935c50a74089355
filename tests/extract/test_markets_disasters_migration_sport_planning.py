"""Attribution in market and economic news, disasters, migration, sport
off the pitch and local planning, one row per construction, on texts written
for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

SPEAKERS = [
    pytest.param(
        "One of the tenants said in a filing that he had been evicted.\n\n"
        "Outside the courthouse, Mirela Osk, 29, spoke through an interpreter. "
        "“I have not seen my brother in six weeks,” she said.",
        "I have not seen my brother",
        {"speaker": "Mirela Osk"},
        id="a-name-after-a-fronted-place-phrase-is-the-topic",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected
