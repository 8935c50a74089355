"""Attribution where the one addressed is not who speaks (the reader of a
hypothetical ``you could assume``, the one told in ``I was informed: “...”``)
and answers in a two-person exchange, one row per construction, and rows of
ordinary text each rule must leave alone, on texts written for the test about
fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

#: A hearing where a judge questions a lawyer: the lawyer's answer stands
#: alone in its paragraph, and the judge cuts her off after it.
_HEARING = (
    "Judges weigh the Vell harbour levy\n\n"
    "Judge Tomas Reye pressed the harbour board's lawyer, Ina Moss, on the cost of the levy.\n\n"
    "“Some boats will pay more,” Moss said, “but the fund needs the money.”\n\n"
    "“But there is some cost,” Reye interjected. “Do you dispute that?”\n\n"
    "“There can be a small cost for a few owners, but the harbour gains far more.”\n\n"
    "Reye cut her off: “No, I am not asking about the gains.”"
)
#: The same exchange, but the next paragraph is the lawyer's again: no sign
#: that the judge speaks after the stand-alone paragraph.
_HEARING_NO_TURN = _HEARING.replace(
    "Reye cut her off: “No, I am not asking about the gains.”",
    "Moss added: “The board has said so for years.”",
)

SPEAKERS = [
    pytest.param(
        "Vell growers fight over a grape\n\nAfter a sharp remark from a grower in Kell about his vines, "
        "I asked further only to be curtly informed: “It is the same grape, whatever you call it.”",
        "It is the same grape",
        {"speaker": "grower"},
        id="informed-after-a-remark-from-someone-is-their-words",
    ),
    pytest.param(
        "Vell road closed\n\nAt the gate I was told by a guard: “The road is closed until spring.”",
        "The road is closed",
        {"speaker": "guard"},
        id="told-by-an-agent-is-the-agents-words",
    ),
    pytest.param(
        "Vell road closed\n\nAt the gate I was told: “The road is closed until spring.”",
        "The road is closed",
        {"speaker": None},
        id="told-with-no-source-is-not-the-one-told",
    ),
    pytest.param(
        "Vell road closed\n\nAt the gate I told the guard: “The road is closed until spring.”",
        "The road is closed",
        {"speaker": "I"},
        id="active-told-is-the-tellers-words-left-alone",
    ),
    pytest.param(
        _HEARING,
        "There can be a small cost",
        {"speaker": "Ina Moss"},
        id="stand-alone-answer-to-a-question-put-to-you-between-the-askers-turns",
    ),
    pytest.param(
        _HEARING,
        "No, I am not asking",
        {"speaker": "Tomas Reye"},
        id="the-askers-next-words-stay-his",
    ),
    pytest.param(
        _HEARING_NO_TURN,
        "There can be a small cost",
        {"speaker": "Tomas Reye"},
        id="stand-alone-paragraph-with-no-turn-of-the-asker-after-left-alone",
    ),
    pytest.param(
        _HEARING.replace("Do you dispute that?", "Who would dispute that?"),
        "There can be a small cost",
        {"speaker": "Tomas Reye"},
        id="question-put-to-no-one-left-alone",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_speaker_when_the_one_addressed_is_not_who_speaks(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


INDIRECT = [
    pytest.param(
        "Up the Kell slopes\n\nHardly the sporting type, you could assume I would be lost on these slopes.",
        "I would be lost",
        None,
        id="you-could-assume-is-nobodys-attribution",
    ),
    pytest.param(
        "Up the Kell slopes\n\nYou might think the hall would be full on a Sunday, but it is not.",
        "the hall would be full",
        None,
        id="you-might-think-is-nobodys-attribution",
    ),
    pytest.param(
        "Kell ferry\n\nYou'd think the ferry would run on time by now.",
        "the ferry would run",
        None,
        id="youd-think-is-nobodys-attribution",
    ),
    pytest.param(
        "Kell hall\n\n“You said the hall was full,” Venn told the clerk. You said the hall was shut.",
        "the hall was shut",
        "You",
        id="you-said-without-a-modal-left-alone",
    ),
    pytest.param(
        "Kell hall\n\nYou could say the hall was too small for a town of this size.",
        "the hall was too small",
        "You",
        id="you-could-say-a-verb-of-saying-left-alone",
    ),
    pytest.param(
        "Up the Kell slopes\n\nOne might think the hall would be full on a Sunday, but it is not.",
        "the hall would be full",
        "One",
        id="one-might-think-left-alone",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), INDIRECT)
def test_generic_reader_under_a_modal_is_no_source(quotes_of, text, words, speaker):
    found = [q for q in quotes_of(text) if q.kind == "indirect" and words in q.text]
    assert [q.speaker for q in found] == ([] if speaker is None else [speaker])
