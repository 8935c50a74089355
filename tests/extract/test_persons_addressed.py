"""Attribution where the one addressed is not who speaks (the reader of a
hypothetical ``you could assume``, the one told in ``I was informed: “...”``),
one row per construction, and rows of ordinary text each rule must leave
alone, on texts written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

#: A manager's rhetorical question to ``you`` goes on in a paragraph that is
#: only a quote, then she speaks again: the paragraph is hers, not the rival
#: manager's who spoke before her.
_RHETORICAL = (
    "Tarn hold Kell to a draw\n\n"
    "“The referee had a shocker,” said Tarn manager Oli Brand.\n\n"
    "His opposite number, Mira Pell, was unmoved. “Did you see the tackle?” Pell said.\n\n"
    "“It was a foul from start to finish.”\n\n"
    "Pell said: “We move on.”"
)

SPEAKERS = [
    pytest.param(
        "Vell growers fight over a grape\n\nAfter a sharp remark from a grower in Kell about his vines, "
        "I asked further only to be curtly informed: “It is the same grape, whatever you call it.”",
        "It is the same grape",
        {"speaker": None},
        id="informed-after-a-remark-from-someone-is-no-ones",
    ),
    pytest.param(
        "Kell school\n\nFollowing complaints from parents, pupils at Kell Academy were told: "
        "“Phones must stay in lockers.”",
        "Phones must stay",
        {"speaker": None},
        id="told-after-complaints-from-someone-is-no-ones",
    ),
    pytest.param(
        "Kell club\n\nAmid criticism from rival clubs, chairman Ivo Tarrant was asked: “Will you sell the club?”",
        "Will you sell",
        {"speaker": None},
        id="asked-amid-criticism-from-someone-is-no-ones",
    ),
    pytest.param(
        "Kell flats\n\nThe tenants were informed by letter: “The rent will rise in May.”",
        "The rent will rise",
        {"speaker": None},
        id="informed-by-letter-a-means-is-no-ones",
    ),
    pytest.param(
        "Kell depot\n\n“Do not come in tomorrow,” the drivers were told by text message.",
        "Do not come in",
        {"speaker": None},
        id="told-by-text-message-after-the-quote-is-no-ones",
    ),
    pytest.param(
        "Kell flats\n\nThe tenants were informed by the council: “The rent will rise in May.”",
        "The rent will rise",
        {"speaker": "council"},
        id="informed-by-a-body-is-its-words-left-alone",
    ),
    pytest.param(
        "Kell depot\n\n“You are fired,” Ms Ravel was told by her manager.",
        "You are fired",
        {"speaker": "her manager"},
        id="told-by-an-agent-after-the-quote-left-alone",
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
        _RHETORICAL,
        "It was a foul",
        {"speaker": "Mira Pell"},
        id="paragraph-alone-after-a-question-to-you-goes-on-with-the-asker",
    ),
    pytest.param(
        _RHETORICAL.replace("“It was a foul from start to finish.”", "“It was a dive,” Brand replied."),
        "It was a dive",
        {"speaker": "Oli Brand"},
        id="answer-with-its-own-cue-left-alone",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_speaker_when_the_one_addressed_is_not_who_speaks(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


NO_QUOTE = [
    pytest.param(
        "Kell report\n\nDespite praise from colleagues, Ivo Tarrant was told his work was “poor” and “careless”.",
        "poor",
        id="words-told-with-no-agent-are-no-partial-quote",
    ),
]


@pytest.mark.parametrize(("text", "words"), NO_QUOTE)
def test_no_quote_for_words_the_one_told_heard(quotes_of, text, words):
    assert [q.text for q in quotes_of(text) if words in q.text] == []


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
