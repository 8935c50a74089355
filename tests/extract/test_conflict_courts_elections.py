"""Attribution in war and humanitarian reporting, court rulings, election
nights and religion news, one row per construction, on texts written for the
test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import holding

SPEAKERS = [
    pytest.param(
        "Cardinal Matteo Ferri wrote in a letter read at Mass that hatred “has no home in this city.”",
        "has no home",
        {"speaker": "Matteo Ferri", "cue": "wrote", "kind": "partial"},
        id="a-participle-describing-a-letter-is-no-cue",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = holding([q for q in quotes_of(text) if q.kind != "indirect"], words)
    assert {field: getattr(quote, field) for field in expected} == expected


@pytest.mark.parametrize(
    "text, paraphrase, quoted",
    [
        pytest.param(
            "Cardinal Matteo Ferri wrote that hatred “has no home in this city.”",
            "that hatred “has no home in this city.”",
            "has no home",
            id="that-and-a-subject-before-the-quoted-predicate",
        ),
        pytest.param(
            "Defense Minister Kari Holm said the government would “respond at a time of our choosing.”",
            "the government would “respond at a time of our choosing.”",
            "respond at a time",
            id="a-modal-before-the-quoted-verb",
        ),
    ],
)
def test_a_clause_the_quoted_words_finish_holds_them(quotes_of, text, paraphrase, quoted):
    """The words before the quotation open a clause only the quotation ends:
    the paraphrase runs on to the closing mark and the quoted words point to it."""
    quotes = quotes_of(text)
    indirect = holding([q for q in quotes if q.kind == "indirect"], quoted)
    assert indirect.text == paraphrase
    inside = holding([q for q in quotes if q.kind != "indirect"], quoted)
    assert inside.kind == "partial" and inside.within == (indirect.start, indirect.end)
