"""The pronoun sieves that read clauses' subjects (quotes.extract.subject_sieves):
someone unnamed a paragraph opens on is the next ``he`` or ``she`` of their gender."""

from __future__ import annotations

import pytest

from quotes.extract.pipeline import extract_quotes

#: A pharmacist named, a man speaking, then a stranger met by a description.
_SHOP = (
    "Mira Dunn runs the pharmacy on Kell Street. Her assistant, Tomas Brek, handles the phone.\n\n"
    "“Some days it is the same call ten times,” Brek said.\n\n"
)


@pytest.mark.parametrize(
    "text, opening, speaker",
    [
        pytest.param(
            _SHOP + "At about 10:30, a man in his sixties came in for his tablets. Dunn explained that"
            " the usual ones were out of stock. He looked at the bag.\n\n“So I take two?” he said.",
            "So I take two?",
            "man",
            id="man_after_a_time_phrase",
        ),
        pytest.param(
            _SHOP + "A woman with a pram came in next. Brek said the syrup would come on Friday.\n\n"
            "“Friday is too late,” she said.",
            "Friday is too late",
            "woman",
            id="woman_opening_the_paragraph",
        ),
        pytest.param(
            _SHOP + "Later that morning, a man in a wet coat came in. Dunn told him the order was late.\n\n"
            "“Again?” he said.\n\n“Again,” she said.\n\nHe shook his head. “I will try the other shop,” he said.",
            "I will try the other shop",
            "man",
            id="stranger_after_an_exchange",
        ),
    ],
)
def test_stranger_met_is_the_next_pronoun_of_their_gender(text, opening, speaker):
    """A person a paragraph meets unnamed is the next ``he`` or ``she`` of their
    gender, though someone of the other gender spoke after the description."""
    quotes = [q for q in extract_quotes(text) if text[q.start : q.end].startswith(opening)]
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    "text, opening, speaker",
    [
        pytest.param(
            _SHOP + "At about 10:30, a man in his sixties came in. Brek told him the tablets were out of"
            " stock.\n\n“We will have them Monday,” he said.",
            "We will have them Monday",
            "Tomas Brek",
            id="a_man_named_after_the_description",
        ),
        pytest.param(
            _SHOP + "At about 10:30, a woman in her sixties came in. Dunn explained that the tablets were"
            " out of stock.\n\n“It happens every week,” he said.",
            "It happens every week",
            "Tomas Brek",
            id="description_of_the_other_gender",
        ),
    ],
)
def test_stranger_met_gives_way(text, opening, speaker):
    """Not the stranger when a person the pronoun may stand for is named after
    the description, nor when the description is of the other gender."""
    quotes = [q for q in extract_quotes(text) if text[q.start : q.end].startswith(opening)]
    assert [q.speaker for q in quotes] == [speaker]
