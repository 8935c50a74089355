"""Relatives (quotes.extract.kin): who the article introduced as someone's
relative (fictional people)."""

from __future__ import annotations

import pytest

from quotes.extract.kin import relative_introduced


@pytest.mark.parametrize(
    "text, noun, expected",
    [
        ("Velk's sister, Mira Velk, flew in. Later:", "sister", "Mira Velk"),
        ("Mira Velk, Hana's sister, flew in. Later:", "sister", "Mira Velk"),
        ("She came with her sister Mira. Later:", "sister", "Mira"),
        ("Lind's husband of 30 years, Ivo Lind, wept. Later:", "husband", "Ivo Lind"),
        ("Velk's sister flew in on Sunday. Later:", "sister", None),
        ("Velk's brother, Tomas Velk, flew in. Later:", "sister", None),
    ],
)
def test_relative_introduced(text, noun, expected):
    found = relative_introduced(text, noun, len(text))
    assert (found[0] if found else None) == expected
    if found:
        assert text[found[1] : found[2]] == found[0]
