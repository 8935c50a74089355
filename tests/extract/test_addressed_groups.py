"""A verb addressing each member of a group (``urged both to``) joined to a
clause about that group goes on with who reported the clause
(quotes.extract.addressed_groups). Texts written for the test about
fictional bodies."""

from __future__ import annotations

import pytest
from extract_checks import one

from quotes.extract.addressed_groups import addresses_own_subject

GIVEN_TO_THE_REPORTER = [
    pytest.param(
        "The Harbour Trust said in a statement that it was 'very concerned' that the two unions had "
        "failed to agree and urged both to 'talk again soon'.",
        "talk again soon",
        "Harbour Trust",
        id="urged-both-after-a-clause-about-two-unions",
    ),
    pytest.param(
        "The Vell Rail Board said on Friday it was sorry that the drivers and the managers had not "
        "settled and urged both to 'meet again this week'.",
        "meet again this week",
        "Vell Rail Board",
        id="urged-both-after-a-clause-about-drivers-and-managers",
    ),
]

NOT_ADDRESSING = [
    pytest.param(
        "The Harbour Trust said the two unions had met and urged their members to stay calm.",
        "urged",
        id="urged-their-members",
    ),
    pytest.param(
        "The Harbour Trust said the two unions had met and urged each other to stay calm.",
        "urged",
        id="urged-each-other",
    ),
    pytest.param(
        "The Harbour Trust said the union had met the board and urged both to stay calm.",
        "urged",
        id="a-singular-subject",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), GIVEN_TO_THE_REPORTER)
def test_a_group_does_not_urge_itself(quotes_of, text, words, speaker):
    assert one(quotes_of(text), words).speaker == speaker


@pytest.mark.parametrize(("text", "verb"), NOT_ADDRESSING)
def test_a_verb_addressing_others_or_itself_is_left(nlp, text, verb):
    (token,) = [token for token in nlp(text) if token.text == verb]
    assert not addresses_own_subject(token)
