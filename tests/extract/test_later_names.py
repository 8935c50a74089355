"""Someone described first and named later (quotes.extract.later_names)."""

from __future__ import annotations

import pytest

from quotes.extract.later_names import named_after


@pytest.mark.parametrize(
    "later, expected",
    [
        (" The officer, Dag Orrin, said he had warned them.", "Dag Orrin"),
        (" Later, Dag Orrin, the officer, said he had warned them.", "Dag Orrin"),
        (" That man, Dag Orrin, said he had warned them.", "Dag Orrin"),
        (" The officer said he had warned them, the council heard.", None),
    ],
)
def test_named_after_finds_the_name_given_later(later, expected):
    """A description (``a harbour officer``) named further on, in either order."""
    text = "A harbour officer testified on Monday." + later
    assert named_after(text, "A harbour officer", len("A harbour officer")) == expected


@pytest.mark.parametrize(
    "clause, later, expected",
    [
        (" who was shopping nearby", ' "We froze," said the shopper, Mira Talbot.', "Mira Talbot"),
        (" who was driving the bus", " The driver, Ola Finn, said the brakes failed.", "Ola Finn"),
        (" who worked at the mill", " The worker, Ola Finn, said the alarm never rang.", "Ola Finn"),
        (" who was driving the bus", " The other driver, Ola Finn, said he braked.", None),
        (" who was buying a present", ' "We froze," said the shopper, Mira Talbot.', None),
        (" who was shopping nearby", " The manager, Mira Talbot, said the store would reopen.", None),
    ],
)
def test_a_doer_named_later_stands_for_the_person_described(clause, later, expected):
    """``A woman who was shopping nearby`` is named by a later ``the shopper,
    Mira Talbot``: the doer of what the description's relative clause says; not
    ``the other driver``, nor a noun the clause does not give."""
    text = f"A woman{clause} said she heard a crash." + later
    assert named_after(text, "A woman", len("A woman")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "One of the guards at the gate said the car sped off. A woman who lives nearby said she "
            "heard it. The woman, Ada Velk, 51, said she ran out.",
            None,
        ),
        (
            "One of the guards at the gate said the car sped off. The guard, Ola Finn, 33, said so.",
            "Ola Finn",
        ),
        (
            "One of the passengers, a fish trader, said the bus stopped. The trader, Ada Velk, said so.",
            "Ada Velk",
        ),
    ],
)
def test_one_of_a_group_is_named_only_by_its_own_noun(text, expected):
    """``One of the guards`` is named by a later ``The guard, X,`` or the noun
    apposed to it (``a fish trader`` ... ``The trader``), never by a generic
    ``The woman, X,`` who is someone else described since."""
    mention = text[: text.index(" said")].split(",")[0]
    assert named_after(text, mention, len(mention)) == expected
