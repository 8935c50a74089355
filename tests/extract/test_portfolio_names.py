"""A titled name after a post and its portfolio (quotes.extract.portfolio_names):
``Opposition spokesman on finance Dr Wayne Reid said``; on texts written for
the test about fictional people."""

from __future__ import annotations

import pytest

NAMED = [
    pytest.param(
        "Opposition spokesman on finance Dr Wayne Reid said in a post that households had paid the price.",
        "Wayne Reid",
        id="spokesman-on-finance-dr-name",
    ),
    pytest.param(
        "Shadow minister for health Dr Ann Leeke said the plan had failed.",
        "Ann Leeke",
        id="minister-for-health-dr-name",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NAMED)
def test_the_name_after_the_portfolio_speaks(quotes_of, text, speaker):
    assert [q.speaker for q in quotes_of(text) if q.kind == "indirect"] == [speaker]


def test_a_post_for_a_body_with_no_title_before_the_name_keeps_the_post(quotes_of):
    quotes = quotes_of("The spokesman for the Vell rowing club said nothing had changed.")
    assert [q.speaker for q in quotes] == ["spokesman"]


def test_a_pronoun_after_is_the_named_one(quotes_of):
    text = (
        "Opposition spokesman on finance Dr Wayne Reid said households had “paid the price”.\n\n"
        "“Three years of high rates, and bread still costs more,” he wrote."
    )
    assert {q.speaker for q in quotes_of(text)} == {"Wayne Reid"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "A lawyer for jailed activist Dr Ray Holt said the trial was unfair.", "lawyer", id="a-lawyer"
        ),
        pytest.param(
            "A spokesman for embattled Senator Ray Holt said the claims were false.",
            "spokesman",
            id="a-spokesman-for-a-described-titled-person",
        ),
    ],
)
def test_who_speaks_for_a_titled_person_is_not_that_person(quotes_of, text, speaker):
    assert [q.speaker for q in quotes_of(text)] == [speaker]
