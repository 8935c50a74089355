"""Which body a noun may stand for (quotes.extract.body_nouns): names holding
a noun's word, short forms of a body's name, the headline's body (pure text;
made-up bodies)."""

from __future__ import annotations

import pytest

from quotes.extract.body_nouns import headline_names, may_be_the_business, names_holding_re, short_for_body
from quotes.extract.pipeline import extract_quotes


@pytest.mark.parametrize(
    "noun, text, expected",
    [
        ("regulator", "An inquiry by the Marine Safety Inspectorate found", "Marine Safety Inspectorate"),
        ("watchdog", "A review by the Tessel Care Inspectorate found", "Tessel Care Inspectorate"),
        ("watchdog", "The Vell Water Regulator fined the firm", "Vell Water Regulator"),
        ("regulator", "The Vell Energy Regulator fined the firm", "Vell Energy Regulator"),
        ("company", "An inquiry by the Marine Safety Inspectorate found", None),  # no business
        ("regulator", "Staff at Tessel Care Home said", None),
    ],
)
def test_names_holding_a_regulators_word(noun, text, expected):
    found = names_holding_re(noun).search(text)
    assert (found.group(0) if found else None) == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Shares of Kessel Appliance Group fell. Kessel Appliance said", "Kessel Appliance", True),
        ("Varo Tekno Sdn Bhd runs the app. Varo Tekno said", "Varo Tekno", True),
        ("Orla Brennan said. Brennan Group was sold.", "Orla Brennan", False),  # another name
        ("Ana Kerrow said. Kerrow Street was shut.", "Ana Kerrow", False),
    ],
)
def test_short_for_body(text, name, expected):
    assert short_for_body(text, name) is expected


@pytest.mark.parametrize(
    "headline, name, expected",
    [
        ("Kessel Appliance shares slide", "Kessel Appliance Group", True),
        ("Orvel cuts jobs", "Orvel", True),
        ("Orvel Foods cuts jobs", "Orvelia", False),
        ("Dairy prices slide", "Orvel Foods", False),
    ],
)
def test_headline_names(headline, name, expected):
    assert headline_names(headline, name) is expected


#: A court or safety story calling the inspectorate named before ``the regulator``.
_INSPECTORATE_THEN_REGULATOR = (
    "Worker died at plant\n\n"
    "An investigation by the Marine Safety Inspectorate found the rail had been removed. "
    'The regulator said the guarding was "inadequate and easily defeated".'
)
#: The same body is no ``the company``.
_INSPECTORATE_THEN_COMPANY = _INSPECTORATE_THEN_REGULATOR.replace("The regulator", "The company")


@pytest.mark.parametrize(
    "text, expected",
    [(_INSPECTORATE_THEN_REGULATOR, "Marine Safety Inspectorate"), (_INSPECTORATE_THEN_COMPANY, "company")],
)
def test_the_regulator_is_the_inspectorate_named_before(text, expected):
    assert {q.speaker for q in extract_quotes(text)} == {expected}


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Kessel Foods said profits fell.", "Kessel Foods", True),
        ("The grocer Halvorsen said sales fell.", "Halvorsen", True),
        ("Brannock said the claims were wrong.", "Brannock", False),  # one word, no trade: a university?
        ("Research suggests jobs moved.", "Research", False),
        ("According to the Vell Journal, Orbin will not pay.", "Vell Journal", False),  # an outlet
        ("The Kessel Foods Group said profits fell.", "Kessel Foods Group", True),
        ("The Vell Water Regulator said.", "Vell Water Regulator", False),
    ],
)
def test_may_be_the_business(text, name, expected):
    assert may_be_the_business(text, name) is expected
