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
