"""The name inside a speaker mention, and names kept within one sentence."""

from __future__ import annotations

import pytest

from quotes.extract.mention_names import within_one_sentence


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
