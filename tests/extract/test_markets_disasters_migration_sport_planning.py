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
    pytest.param(
        "“People just turned up with blankets,” said volunteer coordinator Ellen Park.",
        "People just turned up",
        {"speaker": "Ellen Park", "role": "volunteer coordinator"},
        id="a-surname-like-a-place-after-a-role-is-a-person",
    ),
    pytest.param(
        "“We had no warning at all,” said goalkeeper Tom Hall.",
        "We had no warning",
        {"speaker": "Tom Hall", "role": "goalkeeper"},
        id="a-player-s-position-before-a-name-is-the-role",
    ),
    pytest.param(
        "“The water rose in minutes,” said firefighter Dana Wright.",
        "The water rose",
        {"speaker": "Dana Wright", "role": "firefighter"},
        id="a-rescuer-s-job-in-lower-case-before-a-name",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected
