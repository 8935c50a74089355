"""Who wrote a message that speaks (quotes.extract.written_messages): ``the
email said`` after ``X had warned families ... in an email``, ``a second
message`` after ``In one message, X wrote``; the message keeps the words
when the story names no writer, or names someone who received it or wrote
since; on texts written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

WRITTEN = [
    pytest.param(
        "Trial\n\nThe prosecutor read messages from the phone of Kofi Tetteh.\n\nIn one message, dated "
        'May 3, 2022, Tetteh allegedly wrote: "Move it all by Friday."\n\nShe said a second message, '
        'sent two days later, read: "Do not use the office laptop."\n',
        "Do not use the office",
        {"speaker": "Kofi Tetteh", "mention": "a second message"},
        id="a-second-message-after-in-one-message-dated-x-allegedly-wrote",
    ),
    pytest.param(
        "Cuts\n\nAt the rally, Hana Lusk read aloud a message she said a former student had sent to the "
        'department. "I use Dutch every day at work," the message said.\n',
        "I use Dutch every day",
        {"speaker": "former student", "mention": "the message"},
        id="a-message-someone-described-had-sent",
    ),
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
]

LEFT_ALONE = [
    pytest.param(
        "Cuts\n\nAt the rally, Hana Lusk read aloud a message that a former student received from the dean. "
        '"Your course is closing," the message said.\n',
        "Your course is closing",
        {"speaker": "message", "mention": "the message"},
        id="a-message-someone-described-received-is-not-theirs",
    ),
    pytest.param(
        "Cuts\n\nAda Rensk said the mayor had written to the school in an email on Monday. "
        '"No one wanted these cuts," the email said.\n',
        "No one wanted",
        {"speaker": "email", "mention": "the email"},
        id="an-email-another-is-said-to-have-written",
    ),
    pytest.param(
        "Pay\n\nA union spokesman, Per Lund, said managers in an email to staff had blamed the delay on a fault. "
        '"We apologise for the inconvenience," the email said.\n',
        "We apologise",
        {"speaker": "email", "mention": "the email"},
        id="said-before-the-writer-of-an-email",
    ),
    pytest.param(
        "Pay\n\nPer Lund said the chief executive in a letter to staff last week had blamed the delay on a fault. "
        '"We apologise for the inconvenience," the letter said.\n',
        "We apologise",
        {"speaker": "letter", "mention": "the letter"},
        id="said-before-the-writer-of-a-letter",
    ),
    pytest.param(
        "Quit\n\nAna Roe informed the board in a letter that she would resign. Her lawyer, Per Lund, also wrote "
        'to the board. "She was forced out," the letter said.\n',
        "She was forced",
        {"speaker": "letter", "mention": "the letter"},
        id="someone-else-wrote-since",
    ),
    pytest.param(
        "Schools\n\nParents said the head teacher, Ada Rensk, had warned them about the cuts in a letter on Monday. "
        '"No one wanted this," the letter said.\n',
        "No one wanted",
        {"speaker": "letter", "mention": "the letter"},
        id="an-auxiliary-is-no-writer",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), WRITTEN + LEFT_ALONE)
def test_message_writers(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    found = fields(quote, {"speaker": expected["speaker"]})
    assert quote.speaker_start is not None
    found["mention"] = text[quote.speaker_start : quote.speaker_end]
    assert found == expected
