"""Who wrote a document that speaks (quotes.extract.makers): ``the email
said`` after ``X had warned families ... in an email``, ``the report
called`` after ``a report by X found``; the document keeps the words when
the story names no writer, or names the writer of another document; on
texts written for the test about fictional people and bodies."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

WRITTEN = [
    pytest.param(
        "Cuts\n\nThe school's head teacher, Ada Rensk, had warned parents about the plan in an email on "
        'Monday. "No one wanted these cuts," the email said.\n',
        "No one wanted",
        {"speaker": "Ada Rensk", "mention": "the email"},
        id="a-writer-whose-verb-has-an-object-before-in-an-email",
    ),
    pytest.param(
        "Ferry\n\nPer Lund told passengers in a letter last week that the service would end. "
        '"We have run out of options," the letter said.\n',
        "We have run out",
        {"speaker": "Per Lund", "mention": "the letter"},
        id="told-someone-in-a-letter",
    ),
    pytest.param(
        "Waits\n\nThe figures came after a report by the Vell Care Standards Board found that wards were "
        'full. The report called the situation "unsafe for everyone" and urged a review.\n',
        "unsafe for everyone",
        {"speaker": "Vell Care Standards Board", "mention": "The report"},
        id="a-report-by-a-body-inside-its-sentence",
    ),
]

LEFT_ALONE = [
    pytest.param(
        "Cuts\n\nAda Rensk said the mayor had written to the school in an email on Monday. "
        '"No one wanted these cuts," the email said.\n',
        "No one wanted",
        {"speaker": "email", "mention": "the email"},
        id="an-email-another-is-said-to-have-written",
    ),
    pytest.param(
        "Waits\n\nThe figures came after a report by the Vell Care Standards Board found that wards were "
        "full. A second report, from the nurses' union, found the same. The report called the situation "
        '"unsafe for everyone" and urged a review.\n',
        "unsafe for everyone",
        {"speaker": "second report", "mention": "The report"},
        id="a-report-after-another-report-was-brought-in",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), WRITTEN + LEFT_ALONE)
def test_document_writers(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    found = fields(quote, {"speaker": expected["speaker"]})
    assert quote.speaker_start is not None
    found["mention"] = text[quote.speaker_start : quote.speaker_end]
    assert found == expected
