"""Attribution in international and translated wire copy: names with
particles and family names first, officials relayed by ministries and state
media, one row per construction, on texts written for the test about
fictional people."""

from __future__ import annotations

import pytest
from extract_checks import holding

SPEAKERS = [
    pytest.param(
        "The Morvanian water minister, Omar bin Saleh al-Rashidi, said through an interpreter "
        "that his country would not accept the plan.",
        "would not accept",
        {"speaker": "Omar bin Saleh al-Rashidi", "role": "Morvanian water minister"},
        id="an-arabic-name-with-bin-and-al-is-whole",
    ),
    pytest.param(
        "Judge Leila bint Khalid al-Mansouri told state media that the recount would take ten days.",
        "recount would take",
        {"speaker": "Leila bint Khalid al-Mansouri", "role": "Judge"},
        id="bint-is-a-particle-inside-a-name",
    ),
    pytest.param(
        "Spokesperson Lin Qiaoyu said the claims were baseless.\n\n"
        "The water minister, Omar bin Saleh al-Rashidi, said the river was low.\n\n"
        "“We have waited long enough,” al-Rashidi told reporters.",
        "waited long enough",
        {"speaker": "Omar bin Saleh al-Rashidi", "role": "water minister"},
        id="a-surname-with-the-arabic-article-is-the-full-name",
    ),
    pytest.param(
        "The envoy, Ambassador Henrik van der Meulen, said talks would resume.\n\n"
        "“Both sides are ready,” van der Meulen told journalists.",
        "Both sides are ready",
        {"speaker": "Henrik van der Meulen"},
        id="a-surname-with-particles-is-the-full-name",
    ),
    pytest.param(
        "Opposition leader Marta da Conceição dos Santos left prison on Friday.\n\n"
        "Dos Santos told state television that she bore no hatred.",
        "she bore no hatred",
        {"speaker": "Marta da Conceição dos Santos"},
        id="a-particle-capitalised-at-the-start-of-a-sentence-is-still-the-surname",
    ),
    pytest.param(
        "Von Essen, the head of the aid group, said supplies had reached half of the camps.\n\n"
        "“We feed people one week at a time,” Klaus von Essen said in a statement.",
        "supplies had reached",
        {"speaker": "Klaus von Essen"},
        id="a-particled-surname-before-the-full-name-is-the-full-name",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = holding(quotes_of(text), words)
    assert {field: getattr(quote, field) for field in expected} == expected
