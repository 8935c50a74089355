"""Constructions of real news pages: a sentence reported indirectly right
after a quotation, the content first and its source after it (``..., according
to X.``, ``..., X said.``), with straight and curly marks. One row per
construction, on texts written for the test about fictional people and places."""

from __future__ import annotations

import pytest
from extract_checks import fields

from quotes.records import Quote

#: Two lines before the paragraph under test, so that it is not read as a headline.
_LEAD = "Harbour town news\n\nThe port reopened on Monday after a long dispute.\n\n"
#: The words of the indirect quote under test.
_CONTENT = "The town of Vellmar has 1,500 to 2,000 workers on the river"


def _indirect(quotes: list[Quote], words: str) -> list[Quote]:
    """The indirect quotes whose text holds ``words``."""
    return [q for q in quotes if q.kind == "indirect" and words in q.text]


AFTER_A_QUOTATION = [
    pytest.param(
        'The mayor spoke on Tuesday. "We have a lot of work ahead of us." ' + _CONTENT + ", according to"
        " Harbour Commissioner Lena Orvik.",
        {"speaker": "Lena Orvik", "cue": "according to"},
        id="according-to-after-a-straight-quotation-of-no-attribution",
    ),
    pytest.param(
        "The mayor spoke on Tuesday. “We have a lot of work ahead of us.” " + _CONTENT + ", according to"
        " Harbour Commissioner Lena Orvik.",
        {"speaker": "Lena Orvik", "cue": "according to"},
        id="according-to-after-a-curly-quotation-of-no-attribution",
    ),
    pytest.param(
        'The mayor spoke on Tuesday. "Is there any work left for us to do?" ' + _CONTENT + ", according to"
        " Harbour Commissioner Lena Orvik.",
        {"speaker": "Lena Orvik", "cue": "according to"},
        id="according-to-after-a-straight-quoted-question",
    ),
    pytest.param(
        '"We have a lot of work ahead of us," the mayor said. "It will take years." '
        + _CONTENT
        + ", according to Harbour Commissioner Lena Orvik.",
        {"speaker": "Lena Orvik", "cue": "according to"},
        id="according-to-after-a-straight-quotation-continuing-a-speaker",
    ),
    pytest.param(
        'The mayor spoke on Tuesday. "We have a lot of work ahead of us." ' + _CONTENT + ", Harbour"
        " Commissioner Lena Orvik said.",
        {"speaker": "Lena Orvik", "cue": "said"},
        id="said-after-the-content-after-a-straight-quotation",
    ),
    pytest.param(
        'The mayor spoke on Tuesday. "We have a lot of work ahead of us!" ' + _CONTENT + ", the harbour"
        " commissioner told reporters.",
        {"speaker": "harbour commissioner", "cue": "told"},
        id="told-after-the-content-after-a-straight-exclamation",
    ),
    pytest.param(
        '"We have a lot of work ahead of us," the mayor said. According to Harbour Commissioner Lena Orvik, '
        + _CONTENT[0].lower()
        + _CONTENT[1:]
        + ".",
        {"speaker": "Lena Orvik", "cue": "According to"},
        id="according-to-opening-the-sentence-after-a-quotation",
    ),
]


@pytest.mark.parametrize("paragraph, expected", AFTER_A_QUOTATION)
def test_indirect_quote_after_a_quotation_is_kept(quotes_of, paragraph, expected):
    found = _indirect(quotes_of(_LEAD + paragraph), _CONTENT[4:])
    assert found and fields(found[0], expected) == expected


QUOTATIONS_LEFT_ALONE = [
    pytest.param(
        'Lena Orvik spoke on Tuesday. She said "the town of Vellmar has 1,500 to 2,000 workers on the river."',
        id="a-straight-quotation-opened-after-a-blank",
    ),
    pytest.param(
        'Lena Orvik spoke on Tuesday. She said ("the town of Vellmar has 1,500 to 2,000 workers on the river").',
        id="a-straight-quotation-opened-after-a-bracket",
    ),
    pytest.param(
        'Lena Orvik spoke on Tuesday. "The town of Vellmar has 1,500 to 2,000 workers on the river," she said.',
        id="a-straight-quotation-its-speaker-after-it",
    ),
    pytest.param(
        'After the mayor mocked him, Kobb warned, "If they play that card with me, it will be fair game," Kobb'
        " told the board when asked about the port.",
        id="a-straight-quotation-closed-by-a-comma-then-its-attribution",
    ),
    pytest.param(
        'Lena Orvik left the chamber."Prices will rise again this winter, the clerk told the board, and we'
        ' have no answer," she said.',
        id="an-opening-mark-typed-against-a-full-stop",
    ),
    pytest.param(
        '"My father always said "Never sell the boat." Prices will rise again this winter, the clerk told the'
        ' board," Lena Orvik said.',
        id="a-quotation-quoted-inside-another-ends-before-the-words-after-it",
    ),
]


@pytest.mark.parametrize("paragraph", QUOTATIONS_LEFT_ALONE)
def test_quoted_words_give_no_indirect_quote(quotes_of, paragraph):
    found = quotes_of(_LEAD + paragraph)
    for words in ("1,500 to 2,000 workers", "told the board", "Prices will rise"):
        assert not _indirect(found, words)
