"""Who a relative ``who`` stands for when a description in apposition comes
between the name and ``who`` (quotes.extract.antecedents): ``Ellen Varney,
66, a retired district nurse, who said`` is Ellen Varney, the nurse being
her post. Texts written for the test about fictional people and places."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

SPEAKERS = [
    pytest.param(
        "The petition was organised by residents led by Ellen Varney, 66, a retired district nurse, "
        'who said the board had "made up its mind".',
        "made up its mind",
        {"speaker": "Ellen Varney"},
        id="a-name-an-age-and-a-post-before-who",
    ),
    pytest.param(
        "The protest was organised by tenants led by Mara Lusk, 71, a retired primary teacher, "
        'who said the landlord had "ignored every letter".',
        "ignored every letter",
        {"speaker": "Mara Lusk"},
        id="not-the-group-she-leads",
    ),
]

LEFT_ALONE = [
    pytest.param(
        'The dog bit the owner of the shop, a retired nurse, who said it was "vicious".',
        "vicious",
        {"speaker": "owner"},
        id="a-description-after-no-name-names-no-one",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_who_after_a_described_name_is_the_name(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


@pytest.mark.parametrize(("text", "words", "expected"), LEFT_ALONE)
def test_who_after_a_description_alone_left_alone(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected
