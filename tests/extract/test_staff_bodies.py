"""Unit rows for quotes.extract.staff_bodies: a body's name and the noun a
spokesperson's mention calls it by."""

from __future__ import annotations

import pytest

from quotes.extract.staff_bodies import _same_noun


@pytest.mark.parametrize(
    ("name_word", "noun", "same"),
    [
        pytest.param("Bank", "bank", True, id="the-noun"),
        pytest.param("Bank's", "bank", True, id="a-possessive"),
        pytest.param("Buses", "bus", True, id="a-plural-name"),
        pytest.param("Breweries", "brewery", True, id="a-plural-in-ies"),
        pytest.param("Brewery", "breweries", True, id="a-plural-noun"),
        pytest.param("Glass", "gla", False, id="no-run-of-s-stripped"),
        pytest.param("Bank", "board", False, id="another-noun"),
    ],
)
def test_a_name_ends_on_the_noun(name_word, noun, same):
    assert _same_noun(name_word, noun) is same
