"""Which body a noun may stand for (quotes.extract.body_nouns): names holding
a noun's word, short forms of a body's name, the headline's body (pure text;
made-up bodies)."""

from __future__ import annotations

import pytest

from quotes.extract.body_nouns import (
    apposed_as_business,
    headline_names,
    may_be_the_business,
    named_with_its_trade,
    names_holding_re,
    shop_named_before,
    short_for_body,
)
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


@pytest.mark.parametrize(
    "text, noun, expected",
    [
        ("She ran the Lantern Diner for years. The diner opened at 5 a.m.", "diner", True),
        ("Ola Ruud's Kell Bakery closed. The bakery was sold.", "bakery", True),
        ("She ran a cafe for years. The diner opened at 5 a.m.", "diner", False),  # no diner named
        ("She ran the Lantern Diner for years. The tourist arrived.", "tourist", False),  # no shop's noun
    ],
)
def test_shop_named_before(text, noun, expected):
    assert shop_named_before(text, noun, text.rindex("The ")) is expected


#: An obituary whose shop is named, then called ``the diner`` before ``she``.
_DINER_THEN_SHE = (
    "Mira Lund, who ran the Lantern Diner in Tolby for 30 years, died on Monday. She was 90.\n\n"
    "“My mother never took a day off,” her son, Anders Lund, said in an interview.\n\n"
    "The diner opened at 5 a.m., and its regulars included rail workers and nurses. "
    "She kept a tab for customers who were short of money, her family said.\n\n"
    "In a 2009 interview, she explained her approach. “If you come here three times, you are family,” she said."
)
#: A diner who dines, no shop named: the description stays the speaker.
_DINER_WHO_DINES = (
    "A diner at the next table waved at the waiter.\n\n"
    "The diner, a retired teacher, ordered soup. “It was cold,” she said."
)


@pytest.mark.parametrize(
    "text, words, expected",
    [
        pytest.param(_DINER_THEN_SHE, "If you come here", "Mira Lund", id="the-diner-is-the-shop-named"),
        pytest.param(_DINER_WHO_DINES, "It was cold", "diner", id="a-diner-with-no-shop-named-dines"),
    ],
)
def test_the_shop_noun_after_a_shops_name_is_the_shop(text, words, expected):
    assert next(q.speaker for q in extract_quotes(text) if words in q.text) == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Vellcam, the smart doorbell company backed by two funds, said", "Vellcam", True),
        ("Tarnhold, a Bergen-based grocery chain, said", "Tarnhold", True),
        ("Orvik, the firm that built the bridge, said", "Orvik", True),
        ("Lund, a company director from Vell, said", "Lund", False),  # a person's post
        ("Brekke, the firm's founder, said", "Brekke", False),
        ("Halden, a developer, said", "Halden", False),  # a trade a person may have
    ],
)
def test_apposed_as_business(text, name, expected):
    assert apposed_as_business(text, name) is expected


#: A one-word business named with its description in apposition, then called
#: ``the company`` and ``the post`` it wrote.
_BUSINESS_IN_APPOSITION = (
    "Vellcam, the smart doorbell company backed by two funds, said Tuesday that a flaw let users see clips.\n\n"
    "The company said in a blog post that about 1,200 accounts were affected.\n\n"
    "“We fell short of the standard,” the post said."
)
#: A person whose post holds ``company``: a later ``the company`` is not theirs.
_COMPANY_DIRECTOR = (
    "Ola Lund, a company director from Vell, said the plan was poor.\n\n“We fell short,” the company said."
)


@pytest.mark.parametrize(
    "text, words, expected",
    [
        pytest.param(_BUSINESS_IN_APPOSITION, "about 1,200", "Vellcam", id="the-company-after-apposition"),
        pytest.param(_BUSINESS_IN_APPOSITION, "We fell short", "Vellcam", id="the-post-of-the-company"),
        pytest.param(_COMPANY_DIRECTOR, "We fell short", "company", id="a-company-director-is-no-company"),
    ],
)
def test_the_company_is_the_business_described_in_apposition(text, words, expected):
    assert next(q.speaker for q in extract_quotes(text) if words in q.text) == expected


#: A one-word name apposed after what a business is, then a doctor quoted
#: and a pronoun that must stay hers, not the business's.
_BUSINESS_APPOSED_AFTER_ITS_TRADE = (
    "The state's grid operator, Voltra, issued a warning at 5pm. Voltra said reserves had held.\n\n"
    "Dr Ana Obi studies heat. “It sits there,” Dr Obi said.\n\n"
    "She said the findings had been shared with Voltra and the state government. "
    "“To be fair to them, they listened,” she said."
)


@pytest.mark.parametrize(
    "text, name, expected",
    [
        (_BUSINESS_APPOSED_AFTER_ITS_TRADE, "Voltra", True),
        ("The budget airline, Skylo, cut its fares.", "Skylo", True),
        ("The operator, Lund, said the boat was late.", "Lund", False),  # a person's trade after an article
        ("The state's grid operator, Voltra said", "Voltra", False),  # no apposition closed
        ("In a complaint to the airline, Adeyemi, a nurse, said staff were rude.", "Adeyemi", False),
        ("Hale, the owner of a small firm, said the tax would ruin her.", "Hale", False),
    ],
)
def test_a_name_apposed_after_its_trade_is_a_business(text, name, expected):
    assert named_with_its_trade(text, name) is expected


def test_no_she_stands_for_a_business_apposed_after_its_trade():
    quotes = extract_quotes(_BUSINESS_APPOSED_AFTER_ITS_TRADE)
    assert next(q.speaker for q in quotes if "they listened" in q.text) == "Ana Obi"
