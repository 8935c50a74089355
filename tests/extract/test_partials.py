"""Partial quotes inside a clause someone reports (quotes.extract.partials):
words relayed from the clause's own speaker (``The council said Marsh had
called the plan “reckless”``: Marsh's, via the council) and words that stay
the reporting speaker's because the clause's speaker has not said them yet
(``the company would announce “...”``) or could not say them (an
organisation saying ``I``); on texts written for the test about fictional
people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

REPORTERS_OWN = [
    pytest.param(
        'Sales\n\nIlse Varga said the company would announce "a sweeping overhaul" of its shops next month.\n',
        "a sweeping overhaul",
        {"speaker": "Ilse Varga", "via": None},
        id="a-modal-before-the-clause-verb-of-saying",
    ),
    pytest.param(
        'Budget\n\nThe mayor, Tomas Brell, said the council will describe the levy as "a fair share" on Friday.\n',
        "a fair share",
        {"speaker": "Tomas Brell", "via": None},
        id="a-future-before-the-clause-verb-of-saying",
    ),
    pytest.param(
        'Season\n\nCoach Ana Lisko said she expects Vell United to announce "a new era" on Monday.\n',
        "a new era",
        {"speaker": "Ana Lisko", "via": None},
        id="a-speech-expected-of-the-clause-subject",
    ),
    pytest.param(
        "Leak\n\nThe engineer Ola Brin said she reported the fault to the firm and that its support team "
        'replied "within a day, which I did not expect."\n',
        "within a day",
        {"speaker": "Ola Brin", "via": None},
        id="first-person-words-no-organisation-says",
    ),
]

RELAYED = [
    pytest.param(
        'Plan\n\nThe council said Dag Marsh had called the plan "reckless" at a meeting in May.\n',
        "reckless",
        {"speaker": "Dag Marsh", "via": "council"},
        id="a-clause-verb-of-saying-in-the-past",
    ),
    pytest.param(
        'Plan\n\nIlse Varga said Dag Marsh would later call the plan "reckless" in a letter.\n',
        "reckless",
        {"speaker": "Dag Marsh", "via": "Ilse Varga"},
        id="a-future-in-the-past-told-as-done",
    ),
    pytest.param(
        'Strike\n\nThe union said Per Lund had told members he was "not going anywhere" until I heard him.\n',
        "not going anywhere",
        {"speaker": "Per Lund", "via": "union"},
        id="a-person-in-the-clause-keeps-his-words",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), REPORTERS_OWN + RELAYED)
def test_partials_in_reported_clauses(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert quote.kind == "partial"
    assert fields(quote, expected) == expected
