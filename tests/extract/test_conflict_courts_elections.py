"""Attribution in war and humanitarian reporting, court rulings, election
nights and religion news, one row per construction, on texts written for the
test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import holding, one

SPEAKERS = [
    pytest.param(
        "Cardinal Matteo Ferri wrote in a letter read at Mass that hatred “has no home in this city.”",
        "has no home",
        {"speaker": "Matteo Ferri", "cue": "wrote", "kind": "partial"},
        id="a-participle-describing-a-letter-is-no-cue",
    ),

    pytest.param(
        "Imam Yusuf Karim of the Vell Central Mosque said his community stood with its neighbours.",
        "his community stood",
        {"speaker": "Yusuf Karim", "role": "Imam", "affiliation": "Vell Central Mosque"},
        id="a-mosque-is-a-body",
    ),
    pytest.param(
        "Bishop Hanna Strand of the Lutheran Diocese of Vell said the fire was an act of cowardice.",
        "an act of cowardice",
        {"speaker": "Hanna Strand", "role": "Bishop", "affiliation": "Lutheran Diocese of Vell"},
        id="a-diocese-is-a-body",
    ),
    pytest.param(
        "Sister Agnes Lowe, a nun who runs a soup kitchen, said she had seen smoke.",
        "seen smoke",
        {"speaker": "Agnes Lowe", "role": "nun"},
        id="sister-gives-way-to-what-the-appositive-says",
    ),
    pytest.param(
        "Father Tomas Berg, the parish priest, said the bells would ring.",
        "the bells would ring",
        {"speaker": "Tomas Berg", "role": "parish priest"},
        id="father-gives-way-to-what-the-appositive-says",
    ),
    pytest.param(
        "“There is no excuse,” said Anneke Voss, the country director of the aid group Bread Without Borders.",
        "no excuse",
        {"speaker": "Anneke Voss", "role": "country director", "affiliation": "Bread Without Borders"},
        id="a-long-body-name-makes-no-role-a-clause",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
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
