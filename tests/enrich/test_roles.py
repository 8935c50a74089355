"""One role spelled several ways is one role; a qualifier makes another."""

from __future__ import annotations

import pytest

from quotes.enrich.speakers import role_key, same_role


@pytest.mark.parametrize(
    "one, other, same",
    [
        ("U.S. Secretary of State", "US Secretary of State", True),
        ("U.S. Secretary of State", "Secretary of State", True),
        ("secretary of state", "Secretary of State", True),
        ("South Korean President", "president", True),
        ("Harbour Master", "harbour master", True),
        ("deputy director", "director", False),
        ("Deputy Director", "Director", False),
        ("former mayor", "mayor", False),
        ("programme director", "director", False),
        ("mayor", "harbour master", False),
    ],
)
def test_same_role(one, other, same):
    assert same_role(one, other) is same
    assert same_role(other, one) is same


def test_role_key_joins_abbreviations():
    assert role_key("U.S. Secretary of State") == role_key("US Secretary of State") == "us secretary of state"
