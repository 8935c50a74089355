"""Where an article writes a name as a body's (quotes.extract.written_bodies)."""

from __future__ import annotations

import pytest

from quotes.extract.written_bodies import opens_body_name


@pytest.mark.parametrize(
    "runs, word, expected",
    [
        (["Ferrin Pharmaceuticals", "Ferrin Cares"], "Ferrin", True),
        (["Haddad Family Pharmacy", "Samir Haddad"], "Haddad", True),
        (["Mara Holt", "Holt Logistics"], "Holt", False),
        (["Alder Valley Council"], "Valley", False),
        (["Nora Ferrin"], "Ferrin", False),
    ],
)
def test_opens_body_name(runs, word, expected):
    spans = [(i * 50, i * 50 + len(run), run) for i, run in enumerate(runs)]
    assert opens_body_name(spans, word) is expected
