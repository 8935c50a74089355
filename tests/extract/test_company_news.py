"""Attribution in company news: a business called by what it is (``the
lender``) and the body before the noun of ``a Halvorsen spokeswoman``, one row
per construction, on texts written for the test about fictional companies."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

BUSINESSES = [
    pytest.param(
        "Vell Motors will cut 300 jobs, the carmaker said in a statement.",
        "will cut 300 jobs",
        {"speaker": "Vell Motors", "speaker_kind": "organization"},
        id="what-a-business-is-after-its-words",
    ),
    pytest.param(
        "Nordvik Bank raised its forecast on Monday. The lender said profits would rise 5%.",
        "profits would rise",
        {"speaker": "Nordvik Bank", "speaker_kind": "organization"},
        id="a-bank-is-the-lender",
    ),
    pytest.param(
        "Ana Berg, a software developer in Vell, lost her savings. The developer said she had trusted the app.",
        "she had trusted the app",
        {"speaker": "Ana Berg", "speaker_kind": "person"},
        id="a-trade-a-person-may-have-stays-the-person",
    ),
    pytest.param(
        "Vell Council approved the budget. The lender said the loan was safe.",
        "the loan was safe",
        {"speaker_kind": "organization", "speaker": "lender"},
        id="a-public-body-is-no-lender",
    ),
    pytest.param(
        "The carmaker Kell Motors said it would cut jobs.",
        "it would cut jobs",
        {"speaker": "Kell Motors", "role": "carmaker"},
        id="a-plural-name-right-after-what-the-business-is",
    ),
    pytest.param(
        "Pilots' union BALPA said the offer was too low.",
        "the offer was too low",
        {"speaker": "BALPA", "role": "pilots' union", "speaker_kind": "organization"},
        id="a-union-described-by-whom-it-represents",
    ),
    pytest.param(
        "Kell Motors will close its plant. The Green Party said the loss was a disgrace. "
        "“We had no choice,” the carmaker said.",
        "We had no choice",
        {"speaker": "Kell Motors"},
        id="a-party-that-spoke-last-is-no-carmaker",
    ),
    pytest.param(
        "Nordvik Bank lent Vell University ten million. Vell University said it would build. "
        "The lender said the terms were fair.",
        "the terms were fair",
        {"speaker": "Nordvik Bank"},
        id="a-university-that-spoke-last-is-no-lender",
    ),
]

SPOKESPEOPLE = [
    pytest.param(
        "A Vell Motors spokeswoman said the plant would stay open.",
        "the plant would stay open",
        {"role": "Vell Motors spokeswoman", "affiliation": "Vell Motors"},
        id="a-body-s-name-before-the-noun",
    ),
    pytest.param(
        "Halvorsen Foods will close 12 stores.\n\nA Halvorsen spokeswoman said staff would be offered other jobs.",
        "staff would be offered",
        {"affiliation": "Halvorsen Foods"},
        id="the-short-name-of-a-body-named-before",
    ),
    pytest.param(
        "Vell Harbour Board met on Monday.\n\nA Vell resident said the fees were too high.",
        "the fees were too high",
        {"affiliation": None},
        id="a-resident-speaks-for-no-body",
    ),
    pytest.param(
        "The American Navy sent two ships.\n\nAn American official said the patrol was routine.",
        "the patrol was routine",
        {"affiliation": None},
        id="a-nationality-is-no-body",
    ),
    pytest.param(
        "Ola Halvorsen sold Halvorsen Foods in May.\n\nA Halvorsen spokesman said he had no regrets.",
        "he had no regrets",
        {"affiliation": None},
        id="a-person-s-name-is-no-body-s",
    ),
    pytest.param(
        "Kestrel Airlines reported a profit.\n\nA spokesperson for Kestrel said talks were going well.",
        "talks were going well",
        {"affiliation": "Kestrel Airlines"},
        id="the-short-name-after-for",
    ),
    pytest.param(
        "Kestrel Air reported a profit.\n\nA critic of Kestrel said the fares were unfair.",
        "the fares were unfair",
        {"affiliation": None},
        id="a-critic-does-not-speak-for-the-body",
    ),
    pytest.param(
        "The Vell Herald said the mayor would resign.\n\n“She will not resign,” a spokesman for Vell said.",
        "She will not resign",
        {"affiliation": None},
        id="a-paper-named-for-a-town-is-not-the-town",
    ),
    pytest.param(
        "The head of the VNC’s rules committee said the vote was unfair.",
        "the vote was unfair",
        {"affiliation": "VNC"},
        id="the-body-owning-a-committee-without-its-possessive",
    ),
    pytest.param(
        "The Vell Union Leader said the mayor would resign.",
        "the mayor would resign",
        {"affiliation": None},
        id="a-paper-s-name-ending-on-a-person-s-noun-has-no-affiliation",
    ),
]


@pytest.mark.parametrize("text, words, expected", BUSINESSES)
def test_a_business_called_by_what_it_is(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


@pytest.mark.parametrize("text, words, expected", SPOKESPEOPLE)
def test_the_body_a_spokesperson_speaks_for(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected
