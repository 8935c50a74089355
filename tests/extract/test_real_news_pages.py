"""Constructions of real news pages: headlines and subheads quoting words said
in the body, and words an owner's noun of arguing governs, one row per
construction, on texts written for the test about fictional people and places."""

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
        "Hundreds of dockers at Kellport are being paid less than the cleaners on the quays, "
        "says the union leader Arne Sol.\n\nThe port declined to comment.",
        "paid less than the cleaners",
        {"kind": "partial", "speaker": "Arne Sol"},
        id="a-headline-quoting-words-of-an-attributed-body-sentence",
    ),
    pytest.param(
        "The port reopened on Monday after a long dispute.\n\n"
        "Harbour fees and ‘a port for everyone’\n\n"
        "Councillors later rejected Ada Lind’s attempt to persuade the board to back “a port for everyone”; "
        "they said the fees would rise.",
        "a port for everyone",
        {"kind": "partial", "speaker": "Ada Lind"},
        id="a-subhead-quoting-a-body-partial",
    ),
    pytest.param(
        _LEAD + "Councillors later rejected Ada Lind’s attempt to persuade the board to back "
        "“a port for everyone”; they said the fees would rise.",
        "a port for everyone",
        {"kind": "partial", "speaker": "Ada Lind"},
        id="an-owners-attempt-to-persuade",
    ),
    pytest.param(
        _LEAD
        + "Ada Lind's plea to the council to “save the old pier for the children” drew laughs on Monday.",
        "save the old pier",
        {"kind": "partial", "speaker": "Ada Lind"},
        id="an-owners-plea-to",
    ),
    pytest.param(
        _LEAD + "The vote ended Ada Lind’s argument that the pier “will outlast us all” for good.",
        "will outlast us all",
        {"kind": "partial", "speaker": "Ada Lind"},
        id="an-owners-argument-that",
    ),
]


@pytest.mark.parametrize("text, words, expected", SAID_BELOW)
def test_words_said_below_or_owned_are_their_speakers(quotes_of, text, words, expected):
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
        _LEAD + "Ada Lind’s attempt to climb “the north face” ended in the fog, Tomas Kobb said.",
        "the north face",
        False,
        id="an-attempt-that-argues-nothing",
    ),
    pytest.param(
        _LEAD
        + "The harbour master, Tomas Kobb, blasted Ada Lind's call for a “floating car park” on Monday.",
        "floating car park",
        False,
        id="an-owners-call-for-a-thing-is-left-to-the-verb",
    ),
    pytest.param(
        _LEAD + "Ada Lind's appeal to drivers who must dial “9” for help went unanswered.",
        "9",
        False,
        id="one-word-after-an-owners-appeal",
    ),
    pytest.param(
        "Venn: Ferries prove Kellport 'a fine place to live.'\n\n"
        "Mayor Ilse Venn said on Sunday that Kellport was a fine place to live.",
        "a fine place to live",
        False,
        id="a-headline-label-keeps-its-quote",
    ),
    pytest.param(
        _LEAD + "Ada Lind’s call for a review was dismissed, and the mayor said “nothing will change.”",
        "nothing will change",
        False,
        id="a-sentence-going-on-after-the-owners-noun",
    ),
]


@pytest.mark.parametrize("text, words, nobodys", LEFT_ALONE)
def test_headline_titles_and_other_attempts_are_left_alone(quotes_of, text, words, nobodys):
    found = _quoted(quotes_of(text), words)
    assert all(q.speaker != "Ada Lind" for q in found)
    assert not nobodys or all(q.speaker is None for q in found)
