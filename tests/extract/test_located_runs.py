"""Runs of capitals that name a place by where the article puts them
(quotes.extract.located_runs): never a person a pronoun may stand for; on
texts written for the test about fictional people and places."""

from __future__ import annotations

import pytest

from quotes.extract.located_runs import placed_run


@pytest.mark.parametrize(
    ("text", "run", "expected"),
    [
        pytest.param(
            "She recorded gales off Cape Breton for the play.", "Cape Breton", True, id="off-a-cape"
        ),
        pytest.param(
            "The jobs go at its Kasompe Deep mine. A miner at Kasompe Deep said so.",
            "Kasompe Deep",
            True,
            id="once-after-at-then-everywhere",
        ),
        pytest.param("By 4pm the paddock at Kings Lawn was mud.", "Kings Lawn", True, id="at-a-lawn"),
        pytest.param(
            "The vote went badly for Mary Okoro. Voters in Mary Okoro's ward stayed home.",
            "Mary Okoro",
            False,
            id="a-known-given-name",
        ),
        pytest.param(
            "Hopes rest in Chibuzo Mulenga now. Mulenga said he would stay.",
            "Chibuzo Mulenga",
            False,
            id="the-surname-comes-back-alone",
        ),
        pytest.param("Chibuzo Mulenga sat down.", "Chibuzo Mulenga", False, id="no-preposition-of-place"),
        pytest.param("A letter from Chibuzo Mulenga came.", "Chibuzo Mulenga", False, id="from-is-no-place"),
        pytest.param(
            "We met in Port Vell Harbour Road today.", "Port Vell Harbour Road", False, id="four-words"
        ),
        pytest.param("A teacher at a school in Senga spoke.", "Senga", True, id="one-word-always-a-place"),
        pytest.param(
            "A teacher in Senga spoke. Senga said no.", "Senga", False, id="one-word-once-a-subject"
        ),
        pytest.param("The ruling in Judge Berman's court stood.", "Judge Berman", False, id="a-title"),
    ],
)
def test_placed_run(text, run, expected):
    assert placed_run(text, run.split()) is expected


PRONOUNS_AFTER_PLACES = [
    pytest.param(
        "Rain fell all afternoon at the festival. By 4pm the main paddock at Kings Lawn had turned to mud.\n\n"
        "Then the headliner walked on and shrugged.\n\n"
        "“You told me it never rains here,” she said.",
        "Kings Lawn",
        id="a-festival-field",
    ),
    pytest.param(
        "The play opens on Friday. Its sound designer, who recorded real gales off Cape Breton for the "
        "production, was pleased.\n\n“The storm is really a fourth sister,” he said.",
        "Cape Breton",
        id="a-cape-in-a-relative-clause",
    ),
    pytest.param(
        "Rodrigo Estel had 28.9 percent.\n\nEstel, 62, conceded nothing. Speaking at a hotel in the "
        "eastern district of Las Vellas, he said: “This is a warning, not a verdict.”",
        "Las Vellas",
        id="a-district-of",
    ),
    pytest.param(
        "At Park Station, Nomsa Khanye, a 38-year-old domestic worker from Kwaggaskop, said she had "
        "waited since 5.30am.\n\n“I left home at half past four,” she said.",
        "Kwaggaskop",
        id="where-someone-is-from",
    ),
]


@pytest.mark.parametrize(("text", "place"), PRONOUNS_AFTER_PLACES)
def test_a_pronoun_never_stands_for_a_place(quotes_of, text, place):
    (quote,) = [q for q in quotes_of(text) if q.kind == "direct"]
    assert quote.speaker != place


@pytest.mark.parametrize(
    ("text", "run"),
    [
        ("Hundreds gathered in Kofi Boateng’s honour. Kofi Boateng founded the club.", "Kofi Boateng"),
        ("Police looked into Kwame Asante last year.\n\nKwame Asante denied it.", "Kwame Asante"),
    ],
)
def test_a_possessive_or_a_sentence_s_subject_is_no_place(text, run):
    assert placed_run(text, run.split()) is False
