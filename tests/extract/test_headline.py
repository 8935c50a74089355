"""A headline naming its speaker (quotes.extract.headline; pure text)."""

from __future__ import annotations

import pytest

from quotes.extract.headline import find_headline, front_matter, headline_extent, headline_speaker_noun


def test_headline_name_colon_content():
    text = "Ilsa Varn: Bridge Will Reopen in May.\n\nThe mayor spoke on Monday."
    (q,) = find_headline(text)
    assert (q.text, q.speaker, q.cue) == ("Bridge Will Reopen in May", "Ilsa Varn", ":")
    assert text[q.start : q.end] == q.text and text[q.speaker_start : q.speaker_end] == q.speaker
    (q,) = find_headline("Varn to the Council: Vote for the Bridge Now.\n")
    assert q.speaker == "Varn" and q.text == "Vote for the Bridge Now"
    assert find_headline("Watch: The Bridge Reopens in May.\n") == []
    assert (
        find_headline("Bridge reopens in May.\n\nVarn: it will be fine, she said.") == []
    )  # first line only
    assert find_headline("Ilsa Varn: Bridge Will Reopen.\n", taken=[(11, 20)]) == []
    assert find_headline("") == []


@pytest.mark.parametrize(
    "line, source",
    [
        pytest.param("Ilsa Varn: Bridge Will Reopen in May.", "Ilsa Varn", id="a-name"),
        pytest.param(
            "Harbour Board Chair Ilsa Varn: Fares Must Rise.", "Harbour Board Chair Ilsa Varn", id="title"
        ),
        pytest.param(
            "Citizens For Fair Fares: The Ferry Must Stay Public.",
            "Citizens For Fair Fares",
            id="for-in-a-name",
        ),
        pytest.param(
            "Eastbrook Council On Ageing: Care Homes Are Full.",
            "Eastbrook Council On Ageing",
            id="on-in-a-name",
        ),
        pytest.param("Anger Over Fares: Riders Fill the Council Chamber.", None, id="over-is-no-name"),
        pytest.param("Fix Is In: Board Ignores the Ferry Riders.", None, id="a-clause"),
        pytest.param("FIX IS IN: Board Ignores the Ferry Riders.", None, id="a-clause-in-capitals"),
    ],
)
def test_headline_source_is_a_name(line, source):
    found = find_headline(f"{line}\n\nThe ferry board met on Monday with Ilsa Varn.")
    assert (found[0].speaker if found else None) == source


@pytest.mark.parametrize(
    "text, headline",
    [
        pytest.param(
            "Ferry fares to rise in May\n\nThe board voted on Monday.",
            "Ferry fares to rise in May",
            id="sentence-case",
        ),
        pytest.param(
            "Harbour Board Votes to Raise Ferry Fares.\n\nThe board voted on Monday.",
            "Harbour Board Votes to Raise Ferry Fares.",
            id="title-case-with-full-stop",
        ),
        pytest.param(
            "Ansel Kobb has run the ferry since 2011.\n\nHe said fares would rise.",
            None,
            id="a-first-sentence",
        ),
        pytest.param("“Fares will rise,” said Ansel Kobb.\n\nHe runs the ferry.", None, id="a-first-quote"),
        pytest.param(
            "Ferry fares to rise in May\nThe board voted on Monday.", None, id="no-blank-line-after"
        ),
    ],
)
def test_headline_extent(text, headline):
    extent = headline_extent(text)
    assert (text[extent[0] : extent[1]] if extent else None) == headline


@pytest.mark.parametrize(
    "text, front",
    [
        pytest.param(
            "Ferry fares rise\n\nBy Nils Brekke\n\nI asked.",
            "Ferry fares rise\n\nBy Nils Brekke",
            id="byline",
        ),
        pytest.param(
            "Ferry fares rise\n\nBy Jon Dale\nStaff writer\n\nKELL — The board met.",
            "Ferry fares rise\n\nBy Jon Dale\nStaff writer",
            id="byline-and-post",
        ),
        pytest.param("By Ann Lee\n\nThe mayor said no.", "By Ann Lee", id="byline-alone"),
        pytest.param("Ferry fares rise\n\nBy then the board had met.", "Ferry fares rise", id="no-byline"),
        pytest.param("Ansel Kobb said no.\n\nHe left.", None, id="a-story-at-once"),
    ],
)
def test_front_matter(text, front):
    extent = front_matter(text)
    assert (text[extent[0] : extent[1]] if extent else None) == front


@pytest.mark.parametrize(
    ("headline", "noun"),
    [
        ("Witness says pickup was ‘going way too fast’", "witness"),
        ("Kell Foods cuts outlook as shoppers pull back; CEO says ‘we were too optimistic’", "ceo"),
        ("Kell Foods cuts outlook as shoppers pull back", None),
        ("Kell Foods says outlook is weak", None),  # a body's name, no noun for a person
    ],
)
def test_headline_speaker_noun(headline, noun):
    assert headline_speaker_noun(f"{headline}\n\nThe story goes on here.") == noun
