"""What a role is about (quotes.extract.role_words), and a chief officer
called by the post's initials or its words (fictional people)."""

from __future__ import annotations

import pytest

from quotes.extract.pipeline import extract_quotes
from quotes.extract.role_words import role_heads


@pytest.mark.parametrize(
    ("role", "heads"),
    [
        ("spokesman for the ministry", ["spokesman"]),
        ("President-elect", ["president", "elect"]),
        ("Chief Executive Officer", ["officer", "executive", "ceo"]),
        ("CEO", ["ceo", "executive"]),
        ("chief financial officer", ["officer", "financial", "cfo"]),
        ("deputy chief executive", ["executive"]),  # no CEO
        (None, []),
    ],
)
def test_role_heads(role, heads):
    assert role_heads(role) == heads


@pytest.mark.parametrize("title", ["Chief Executive Officer", "Chief executive", "CEO"])
@pytest.mark.parametrize("later", ["the chief executive", "the CEO"])
def test_a_chief_executive_by_any_name_of_the_post(title, later):
    text = (
        f'"We were too optimistic," {title} Hanna Orrby-Vale said on a call with analysts.\n\n'
        "Another analyst, Tobias Enge of Redfern Capital, asked whether the company was losing customers.\n\n"
        f'"Some, at the margin," {later} said.'
    )
    quote = next(q for q in extract_quotes(text) if q.text.startswith("Some"))
    assert quote.speaker == "Hanna Orrby-Vale"
