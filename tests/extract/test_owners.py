"""Bodies a single word stands for (quotes.extract.owners): ``Harbour said``
after ``Harbour Port Services``, the body's name finished by the fewest words
that make it one; on texts written for the test about fictional bodies and
people."""

from __future__ import annotations

import pytest

from quotes.extract.owners import body_opened_by

OPENED_BODIES = [
    pytest.param(
        "Talks stalled over an offer from Kellow Port Services, which runs the depot.\n\nKellow said ",
        "Kellow",
        "Kellow Port Services",
        id="two-words-more-the-first-no-body-head",
    ),
    pytest.param(
        "Shares of Marrow Home Furnishings Group fell.\n\nMarrow said ",
        "Marrow",
        "Marrow Home Furnishings Group",
        id="three-words-more",
    ),
    pytest.param(
        "Regulators fined Westmoor Bank $30 million.\n\nWestmoor said ",
        "Westmoor",
        "Westmoor Bank",
        id="one-word-more-stays-the-shortest",
    ),
    pytest.param(
        "Ada Kellow runs a stall. Kellow Port Services owns the quay.\n\nKellow said ",
        "Kellow",
        None,
        id="a-person-of-that-surname-named-first",
    ),
    pytest.param(
        "Beds at Kellow General Hospital ran out.\n\nKellow and Dunmere Hospitals Trust said ",
        "Kellow",
        None,
        id="a-word-opening-a-joint-name",
    ),
    pytest.param(
        "She spoke on Dara Kellow Investigative Radio.\n\nKellow said ",
        "Kellow",
        None,
        id="a-show-named-after-a-person",
    ),
    pytest.param(
        "Tugs from Kellow Port Harbour Road arrived.\n\nKellow said ",
        "Kellow",
        None,
        id="no-body-in-the-words-after",
    ),
]


@pytest.mark.parametrize(("text", "word", "expected"), OPENED_BODIES)
def test_a_word_opening_a_body_s_name_stands_for_the_body(text, word, expected):
    assert body_opened_by(text, word, text.rindex(f"{word} ")) == expected


def test_the_company_after_the_short_form_is_the_body(quotes_of):
    text = (
        "Strike\n\nThe dispute centres on an offer from Kellow Port Services, which runs the depot.\n\n"
        "Kellow said its offer was fair. In a statement, the company said the strike was "
        "'unnecessary and damaging'.\n"
    )
    quote = next(q for q in quotes_of(text) if q.text == "unnecessary and damaging")
    assert quote.speaker == "Kellow Port Services"
