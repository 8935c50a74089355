"""Relatives (quotes.extract.kin): who the article introduced as someone's
relative, and the writer's relatives (``my mother``, ``My father, Tomas,``)
as people of the article (fictional people)."""

from __future__ import annotations

import pytest

from quotes.extract.kin import relative_introduced, writers_relatives
from quotes.extract.pipeline import extract_quotes


@pytest.mark.parametrize(
    "text, noun, expected",
    [
        ("Velk's sister, Mira Velk, flew in. Later:", "sister", "Mira Velk"),
        ("Mira Velk, Hana's sister, flew in. Later:", "sister", "Mira Velk"),
        ("She came with her sister Mira. Later:", "sister", "Mira"),
        ("Lind's husband of 30 years, Ivo Lind, wept. Later:", "husband", "Ivo Lind"),
        ("Velk's sister flew in on Sunday. Later:", "sister", None),
        ("Velk's brother, Tomas Velk, flew in. Later:", "sister", None),
        ("She is survived by a son and a daughter, Grace Morrow. Later:", "daughter", "Grace Morrow"),
        ("She is survived by a daughter and a son, Per Morrow. Later:", "daughter", None),  # the son's name
        ("She had a daughter in 1970. Later:", "daughter", None),  # no name given
        # a phrase of her own before the woman herself, no daughter called "Mrs"
        ("Besides her daughter, Mrs. Velk is survived by a son. Later:", "daughter", None),
    ],
)
def test_relative_introduced(text, noun, expected):
    found = relative_introduced(text, noun, len(text))
    assert (found[0] if found else None) == expected
    if found:
        assert text[found[1] : found[2]] == found[0]


def _speakers(text: str) -> dict[str, str]:
    """Each quote's words and its speaker."""
    return {text[q.start : q.end]: q.speaker for q in extract_quotes(text)}


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # named later in the article: the name from the start
            "For years my grandmother cooked for all of us. Last winter she gave up.\n\n"
            "“I have cooked enough soup for one life,” she said.\n\n"
            "My grandmother, Ilse, is 81. My brother, Pavo, laughed.\n",
            "I have cooked enough soup for one life",
            "Ilse",
        ),
        (  # "he" after the writer's father, a brother named in between
            "My father, Tomas, stayed on the farm. My brother, Pavo, moved to the city.\n\n"
            "When I visited my father in May, he was mending a fence.\n\n"
            "“The fence does not care about the weather,” he said.\n",
            "The fence does not care about the weather",
            "Tomas",
        ),
        (  # a relative never named: the description
            "My sister rang on Sunday. She had news about the bakery.\n\n"
            "“We are closing in June,” she said.\n",
            "We are closing in June",
            "My sister",
        ),
    ],
)
def test_writers_relative_is_a_person_of_the_article(text: str, words: str, speaker: str) -> None:
    assert _speakers(text)[words] == speaker


def test_writers_relatives_takes_the_name_apposed_anywhere() -> None:
    text = "I called my mother. My mother, Runa, answered. “Come home,” said my aunt."
    found = writers_relatives(text, lambda at: True)
    assert [(relative, name) for _, relative, name in found] == [
        ("my mother", "Runa"),
        ("my mother", "Runa"),
        ("my aunt", "my aunt"),
    ]


def test_writers_parents_named_together() -> None:
    text = "My parents, Walter and Edith Lunde, ran a bakery. My father baked the bread."
    found = writers_relatives(text, lambda at: True)
    assert [name for _, _, name in found] == ["Walter Lunde"]


@pytest.mark.parametrize(
    "text",
    [
        "“My mother, Runa, taught me,” said Lio Brandt.",  # in someone's quoted words
        "I called my brother-in-law on Monday.",  # a compound relation
    ],
)
def test_writers_relatives_not_in_quotes_nor_compounds(text: str) -> None:
    outside = (lambda at: at > text.rfind("”")) if "”" in text else (lambda at: True)
    assert writers_relatives(text, outside) == []


#: An obituary whose daughter speaks again far below, after ``Besides her
#: daughter, Mrs. Teague ...``, where the courtesy title is no daughter's name.
_DAUGHTER_AFTER_COURTESY_TITLE = (
    "Rosalind Teague, who ran the corner diner for sixty years, died on Sunday. She was 91.\n\n"
    "Her daughter, Carol Vandenberg, said she died peacefully.\n\n"
    + "Mrs. Teague fed half the town on credit and never collected. "
    * 30
    + "\n\nBesides her daughter, Mrs. Teague is survived by a son, Daniel Teague.\n\n"
    "“She’d want people fed,” her daughter said."
)


def test_a_courtesy_title_after_a_relation_is_no_relative_s_name() -> None:
    assert _speakers(_DAUGHTER_AFTER_COURTESY_TITLE)["She’d want people fed"] == "Carol Vandenberg"
