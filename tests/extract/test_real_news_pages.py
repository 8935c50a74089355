"""Constructions of real news pages: headlines and subheads quoting words said
in the body, one row per construction, on texts written for the test about fictional people and places."""

from __future__ import annotations

import pytest
from extract_checks import fields

from quotes.records import Quote

#: Two lines before the sentence under test, so that it is not read as a headline.
_LEAD = "Harbour town news\n\nThe port reopened on Monday after a long dispute.\n\n"


def _quoted(quotes: list[Quote], words: str) -> list[Quote]:
    """The direct and partial quotes holding ``words`` (an indirect quote may hold them too)."""
    return [q for q in quotes if q.kind != "indirect" and words in q.text]


SAID_BELOW = [
    pytest.param(
        "Venn on the harbour and the ferries: ‘A port is not a car park’\n\n"
        "Mayor Ilse Venn on Sunday defended her plan for the harbour.\n\n"
        "“We have waited ten years. But a port is not a car park,” Venn said in a radio interview.",
        "A port is not a car park",
        {"speaker": "Ilse Venn"},
        id="a-headline-quoting-an-excerpt-of-a-body-quote",
    ),
    pytest.param(
        "Hundreds of Kellport dockers 'paid less than the cleaners'\n\n"
        "Hundreds of dockers at Kellport are being “paid less than the cleaners” on the quays, "
        "says the union leader Arne Sol.\n\nThe port declined to comment.",
        "paid less than the cleaners",
        {"kind": "partial", "speaker": "Arne Sol"},
        id="a-headline-quoting-words-of-an-attributed-body-sentence",
    ),
    pytest.param(
        "The port reopened on Monday after a long dispute.\n\n"
        "Harbour fees and ‘a port for everyone’\n\n"
        "Councillor Ada Lind said the board should back “a port for everyone” before the fees rise.",
        "a port for everyone",
        {"kind": "partial", "speaker": "Ada Lind"},
        id="a-subhead-quoting-a-body-partial",
    ),
    pytest.param(
        "The valley that wants its ferry back\n\nThe last ferry left Orvik in 1971.\n\n"
        "‘Bring back the ferry’\n\nFarmer Jon Hale, 70, is blunt. “Bring back the ferry, that is all we want,” Hale said.",
        "Bring back the ferry",
        {"speaker": "Jon Hale"},
        id="a-subhead-over-the-paragraph-saying-it",
    ),
    pytest.param(
        "Mayor Venn On The Ferry Vote: ‘I Think We Will Win’\n\nMayor Ilse Venn spoke on Sunday.\n\n"
        "“I think we will win, and by a lot,” Venn said of the vote.",
        "I Think We Will Win",
        {"speaker": "Ilse Venn"},
        id="a-title-case-headline-quote-the-body-says-in-sentence-case",
    ),
    pytest.param(
        "Kellport dockers: ‘Paid less than the cleaners’\n\nThe port reopened on Monday.\n\n"
        "The union leader Arne Sol said that dockers were paid less than the cleaners on the quays.",
        "Paid less than the cleaners",
        {"speaker": "Arne Sol"},
        id="a-headline-quoting-a-paraphrase",
    ),
]


@pytest.mark.parametrize("text, words, expected", SAID_BELOW)
def test_words_said_below_are_their_speakers(quotes_of, text, words, expected):
    found = _quoted(quotes_of(text), words)
    assert found and fields(found[0], expected) == expected


LEFT_ALONE = [
    pytest.param(
        "Kellport festival opens with ‘The Long Tide’\n\n"
        "Mayor Ilse Venn opened the festival on Sunday. “It is the best week of the year,” Venn said.",
        "The Long Tide",
        True,
        id="a-headline-title-nobody-says",
    ),
    pytest.param(
        "Venn on the harbour: ‘Not for sale’\n\n"
        "Mayor Ilse Venn on Sunday spoke about the harbour. “It is the best week of the year,” Venn said.",
        "Not for sale",
        True,
        id="a-headline-quote-of-words-the-body-never-says",
    ),
    pytest.param(
        "The valley that wants its train back\n\nThe last train left Orvik in 1968.\n\n‘Bring back the line’\n\n"
        "Signs along the road say it. Farmer Jon Hale, 70, puts it plainly: “Bring back the line, that is all we want.”"
        "\n\n“Bring back the line,” said the mayor, Eva Strand, too.",
        "Bring back the line",
        True,
        id="a-paragraph-ending-in-a-closing-mark-is-no-subhead",
    ),
    pytest.param(
        "Kellport plan row: ‘A car park with boats’\n\nCritics of the new marina have mocked it for months.\n\n"
        "“It is not a car park with boats, whatever people say,” said the port chief, Ada Lind.",
        "A car park with boats",
        True,
        id="words-the-body-denies",
    ),
    pytest.param(
        "Kellport schools: ‘Where has all the money gone’\n\nThe school board met on Monday.\n\n"
        "“People ask me where has all the money gone, and I tell them I do not know,” Ada Lind said.",
        "Where has all the money gone",
        True,
        id="words-the-body-relays",
    ),
    pytest.param(
        "Harbour strike: ‘No pay, no boats’\n\nThe ferries stayed in port on Monday.\n\n"
        "“We all know the rule, no pay, no boats,” said the union's Ada Lind.",
        "No pay, no boats",
        True,
        id="a-rule-the-body-repeats",
    ),
    pytest.param(
        "Kellport dockers: ‘Paid less than the cleaners’\n\nThe port reopened on Monday.\n\n"
        "The union leader Arne Sol never said that dockers were paid less than the cleaners on the quays.",
        "Paid less than the cleaners",
        True,
        id="a-paraphrase-denied-by-its-speaker",
    ),
    pytest.param(
        "Festival preview: ‘The Long Night Shift’\n\nThe festival opens on Friday.\n\n"
        "“The Long Night Shift is about my father,” said its author, Ada Lind.",
        "The Long Night Shift",
        True,
        id="a-title-after-a-headline-colon",
    ),
    pytest.param(
        "Kellport hospital 'too small to cope'\n\nThe ward was shut in March.\n\n"
        "Critics say it is not too small to cope. “Anyone who says it is too small to cope has never worked there,”"
        " said the nurse Ada Lind.",
        "too small to cope",
        True,
        id="a-headline-single-quote-the-body-only-denies",
    ),
    pytest.param(
        _LEAD
        + "The court rejected Ada Lind's argument that the lease was void as 'a fanciful reading of the law'.",
        "a fanciful reading of the law",
        False,
        id="words-rejecting-an-owners-argument",
    ),
    pytest.param(
        _LEAD
        + "Critics mocked Ada Lind's proposal to rename the pier as “an insult to every taxpayer in the town”.",
        "an insult to every taxpayer",
        False,
        id="words-mocking-an-owners-proposal",
    ),
    pytest.param(
        "Venn: Ferries prove Kellport 'a fine place to live.'\n\n"
        "Mayor Ilse Venn said on Sunday that Kellport was a fine place to live.",
        "a fine place to live",
        False,
        id="a-headline-label-keeps-its-quote",
    ),
]


@pytest.mark.parametrize("text, words, nobodys", LEFT_ALONE)
def test_headline_titles_and_words_not_said_as_own_are_left_alone(quotes_of, text, words, nobodys):
    headline = text.find(words)  # the words' first place: the headline's or subhead's
    found = [q for q in _quoted(quotes_of(text), words) if q.start <= headline]
    assert all(q.speaker != "Ada Lind" for q in found)
    assert not nobodys or all(q.speaker is None for q in found)
