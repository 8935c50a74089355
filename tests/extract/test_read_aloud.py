"""Words a person reads out from someone else's writing (quotes.extract.read_aloud).
Texts written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

_LETTERS = (
    "Prosecutor Ana Kim read letters that Tom Denning wrote from jail.\n\n"
    "In one, Denning wrote: “Make sure it is gone.”\n\n"
)

READ_OUT = [
    pytest.param(
        _LETTERS
        + "A third letter, Kim told jurors, told the cousin what to say. “If they ask, I was home,” she read.",
        "If they ask",
        {"speaker": "Tom Denning", "via": "Ana Kim", "cue": "read"},
        id="a-letter-read-out-after-its-writer-is-quoted",
    ),
    pytest.param(
        "Ola Venn texted her brother twice that night. At 9pm, Venn wrote: “Where are you?”\n\n"
        "Sgt Tom Dunn said the next message was sent at midnight. “Call me now,” Dunn read from his notes.",
        "Call me now",
        {"speaker": "Ola Venn", "via": "Tom Dunn"},
        id="a-message-read-out-by-an-officer",
    ),
]

LEFT_ALONE = [
    pytest.param(
        "Mayor Ana Kim read a statement to the council. “We will rebuild,” she read.",
        "We will rebuild",
        {"speaker": "Ana Kim", "via": None},
        id="no-one-else-quoted-writing",
    ),
    pytest.param(
        _LETTERS + "Kim then turned to the jury. “These are not the words of an innocent man,” she read.",
        "These are not the words",
        {"speaker": "Ana Kim", "via": None},
        id="no-writing-named-before-the-words",
    ),
    pytest.param(
        _LETTERS
        + "At the vigil, Kim read a message from the victim's mother. “She was our light,” she read.",
        "She was our light",
        {"speaker": "Ana Kim", "via": None},
        id="writing-with-its-own-writer-named",
    ),
    pytest.param(
        _LETTERS + "Kim then read her own notes. “The case is simple,” she read.",
        "The case is simple",
        {"speaker": "Ana Kim", "via": None},
        id="the-readers-own-writing",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), READ_OUT)
def test_words_read_out_are_the_writers(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


@pytest.mark.parametrize(("text", "words", "expected"), LEFT_ALONE)
def test_words_read_out_with_no_writer_stay_the_readers(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected
