"""Who made a document a later mention names (quotes.extract.released_documents):
the body shown releasing it speaks through it. Texts written for the test
about fictional bodies."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

from quotes.extract.released_documents import maker_released_before

MADE = [
    pytest.param(
        "The Vell Safety Board released its final report on Tuesday. "
        'The report said the crew had "lost track of the runway."',
        "lost track of the runway",
        {"speaker": "Vell Safety Board"},
        id="a-board-released-its-report",
    ),
    pytest.param(
        "The Orrin Heat Lab published a study last year on warm nights. "
        'The paper described the trend as "robust and accelerating."',
        "robust and accelerating",
        {"speaker": "Orrin Heat Lab"},
        id="a-study-then-the-paper",
    ),
    pytest.param(
        "A memo the sheriff's office sent to commissioners described morale as "
        '"the lowest this office has recorded."',
        "the lowest this office",
        {"speaker": "sheriff's office"},
        id="a-memo-an-office-sent",
    ),
    pytest.param(
        'In March Vell Wire published a report on the mine. The report said the shaft was "unsafe".',
        "unsafe",
        {"speaker": "Vell Wire"},
        id="the-makers-name-without-the-sentences-opening",
    ),
]

LEFT_ALONE = [
    pytest.param(
        "The Vell Safety Board released its final report on Tuesday. A second report, by pilots, "
        'came later. The report said the crew had "lost track of the runway."',
        "lost track of the runway",
        {"speaker": "second report"},
        id="another-report-brought-in-since",
    ),
    pytest.param(
        "The Kell Audit Office commissioned a report from consultants. "
        'The report called the plan "badly managed."',
        "badly managed",
        {"speaker": "report"},
        id="a-report-commissioned-is-written-by-others",
    ),
    pytest.param(
        'Vell Leaks published a memo written by the defence ministry. The memo said the plan was "secret".',
        "secret",
        {"speaker": "defence ministry"},  # who wrote it, not who published it
        id="a-memo-published-that-another-wrote",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), MADE)
def test_the_body_that_released_a_document_speaks_through_it(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


@pytest.mark.parametrize(("text", "words", "expected"), LEFT_ALONE)
def test_a_document_of_another_maker_is_left_alone(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


def test_a_mention_that_is_no_document_names_no_maker():
    text = "The Vell Safety Board released its report. The board said it was sorry."
    start = text.index("The board")
    assert maker_released_before(text, start, start + len("The board")) is None
