"""The name in apposition to a description that is a quote's speaker
mention (quotes.extract.apposed_names): one of a group named after a comma
(``One of her volunteers, a retired bus driver named Per Ostby,``, ``one of
the porters, who gave his name only as Bako,``), and a description that
names no one left alone, on short fictional texts."""

from __future__ import annotations

import pytest
from extract_checks import Case, check_case

APPOSED = [
    pytest.param(
        Case(
            text=(
                "Ilse Marr won the seat.\n\nOne of her volunteers, a retired bus driver named Per Ostby, "
                "told me he had never worked on a campaign.\n\n“My son signed me up,” he said.\n"
            ),
            words="My son signed me up",
            speaker="Per Ostby",
        ),
        id="one-of-them-a-description-named-x",
    ),
    pytest.param(
        Case(
            text=(
                "Dozens of workers sat outside the gate.\n\n“We are not going anywhere,” said one of them, a "
                "34-year-old driver who gave only his first name, Pedro, because he feared the company.\n"
            ),
            words="not going anywhere",
            speaker="Pedro",
        ),
        id="one-of-them-a-description-who-gave-only-a-first-name",
    ),
    pytest.param(
        Case(
            text=(
                "Dozens of workers sat outside the gate.\n\n“We are not going anywhere,” said one of them, a "
                "driver from Vell.\n"
            ),
            words="not going anywhere",
            speaker="one of them",
        ),
        id="one-of-them-a-description-that-names-no-one",
    ),
    pytest.param(
        Case(
            text=(
                "Trader Kunle Adeyemo said prices had doubled.\n\nBut one of the porters, who gave his name "
                "only as Bako, said the porters were struggling too.\n\n“We pay more for fuel,” he said.\n"
            ),
            words="pay more for fuel",
            speaker="Bako",
        ),
        id="one-of-a-group-who-gave-his-name-only-as-x-then-he",
    ),
    pytest.param(
        Case(
            text=(
                "Trader Kunle Adeyemo said prices had doubled.\n\nOne of the nurses, who would only give her "
                "first name, Ama, said the ward was full.\n"
            ),
            words="the ward was full",
            speaker="Ama",
        ),
        id="one-of-a-group-who-would-only-give-her-first-name",
    ),
    pytest.param(
        Case(
            text=(
                "Trader Kunle Adeyemo said prices had doubled.\n\nOne of the drivers, who asked to be "
                "identified only as Femi, said the road was shut.\n"
            ),
            words="the road was shut",
            speaker="Femi",
        ),
        id="one-of-a-group-who-asked-to-be-identified-only-as-x",
    ),
    pytest.param(
        Case(
            text=(
                "Trader Kunle Adeyemo said prices had doubled.\n\nOne of the cooks, who gave only the name "
                "Ruth, said the kitchen was shut.\n"
            ),
            words="the kitchen was shut",
            speaker="Ruth",
        ),
        id="one-of-a-group-who-gave-only-the-name-x",
    ),
]


@pytest.mark.parametrize("case", APPOSED)
def test_one_of_a_group_named_in_apposition(quotes_of, case):
    check_case(case, quotes_of(case.text))
