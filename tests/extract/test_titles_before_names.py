"""The title just before a person's name (quotes.extract.titles_before_names),
written out or abbreviated (fictional people)."""

from __future__ import annotations

import pytest

from quotes.extract.pipeline import extract_quotes
from quotes.extract.titles_before_names import title_before


def test_title_before_a_name():
    text = "Yesterday Deputy Harbour Minister Ansel Kobb arrived. Then Sen. Ola Ruud spoke."
    assert title_before(text, text.index("Ansel")) == "Deputy Harbour Minister"
    assert title_before(text, text.index("Ola")) == "Sen."
    # a sentence end is not crossed, and plain words are not titles
    assert title_before("He arrived. Ansel Kobb spoke.", 12) is None
    assert title_before("the tall Ansel Kobb", 9) is None


@pytest.mark.parametrize(
    "text, title",
    [
        ("said the Rev. Ola Ruud", "Rev."),  # every abbreviated title of the lexicon
        ("said Capt. Ola Ruud", "Capt."),
        ("Harbour envoy the Rev. Ola Ruud", "Rev."),  # "the" inside a title only after "of"
        ("the Secretary of the Harbour Ola Ruud", "Secretary of the Harbour"),
        ("Harbour Sens. Ola Ruud and Dag Orrin", None),  # a plural title names nobody alone
    ],
)
def test_title_before_abbreviated_titles(text, title):
    assert title_before(text, text.index("Ola")) == title


def test_emeritus_after_a_title_is_no_part_of_the_name():
    text = 'A letter from Bishop Emeritus Howard Lind, 91, was read. "Go in peace," Lind wrote.'
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.role) == ("Howard Lind", "Bishop Emeritus")
