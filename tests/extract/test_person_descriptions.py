"""What an article says of a person without naming them (quotes.extract.person_descriptions)."""

from __future__ import annotations

import pytest

from quotes.extract.person_descriptions import (
    age_number,
    given_other_age,
    kept_unnamed,
    more_telling_description,
    unnamed_apposition,
    written_as_plural_side,
)
from quotes.extract.pipeline import extract_quotes


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The clerk, a 22-year-old woman who asked that her name not be published, said", "f"),
        ("The cashier, a student who asked that his name be withheld, said", "m"),
        ("The witness, a retired nurse, said", ""),
        ("Her neighbour, a man from Vell, said", "m"),
        ("The clerk said", None),
        ("The mayor, Ada Lind, said", None),
        ("The mayor, a Democrat, said", None),
    ],
)
def test_unnamed_apposition_tells_an_unnamed_person_and_their_gender(text, expected):
    """A description given an indefinite one in apposition is someone the
    article does not name, of the gender its noun or withheld name tells."""
    assert unnamed_apposition(text, 0) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The clerk, a 22-year-old woman, said", True),
        ("The cashier, a student who asked that his name be withheld, said", True),
        ("The witness, a retired nurse, said", False),
        ("The striker, a 19-year-old from Vell, said", False),
    ],
)
def test_kept_unnamed_only_for_a_bare_person_or_a_withheld_name(text, expected):
    """``a woman`` or a name kept back in apposition make the description
    someone unnamed; another noun may describe someone named before."""
    assert kept_unnamed(text, 0) is expected


_CHIEF = 'Police Chief Mara Dallow said a clerk called them. "It was a hard month," Dallow said.\n\n'


@pytest.mark.parametrize(
    "described, pronoun, expected",
    [
        ("The clerk, a 22-year-old woman who asked that her name not be published,", "she", "clerk"),
        ("The clerk, a student who asked that her name be withheld,", "she", "clerk"),
        ("The clerk, a woman from Vell,", "she", "clerk"),
        ("The clerk, a 19-year-old man who asked that his name not be used,", "she", "Mara Dallow"),
        ("The clerk", "she", "Mara Dallow"),
    ],
)
def test_a_described_unnamed_speaker_is_the_next_pronoun(described, pronoun, expected):
    """``The clerk, a woman who asked that her name not be published, said
    ...`` then ``“...,” she said``: the clerk, as a name would be; not when
    the apposition tells the other gender, nor a bare ``The clerk`` (who may be
    someone named)."""
    text = (
        _CHIEF + f"{described} said she saw the car.\n\n" + f'"I knew it at once," {pronoun} said on Monday.'
    )
    quotes = extract_quotes(text)
    last = [quote for quote in quotes if quote.kind == "direct"][-1]
    assert text[last.start : last.end] == "I knew it at once"
    assert last.speaker == expected


@pytest.mark.parametrize(
    "described, expected",
    [
        ("The cashier, a woman from Vell,", "cashier"),
        ("The cashier, a student who asked that his name be withheld,", "cashier"),
        ("The chief, a 30-year veteran,", "Mara Dallow"),
    ],
)
def test_a_description_kept_unnamed_is_no_one_named_before(described, expected):
    """``The cashier, a woman from Vell, said`` is no one named before (not the
    police chief who spoke last); ``The chief, a 30-year veteran,`` still is."""
    text = _CHIEF + f"{described} said she saw the car."
    said = [quote for quote in extract_quotes(text) if text[quote.start : quote.end] == "she saw the car"]
    assert [quote.speaker for quote in said] == [expected]


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("Late on, the Dunmore Kestrels came from behind.", "Dunmore Kestrels", True),
        ("Rain stopped play as Vell beat the Saints by six runs.", "Saints", True),
        ("The Harlow Evans family said the case was closed.", "Harlow Evans", False),
        ("Ola Dunnes kicked the goal; the Dunnes' house was full.", "Dunnes", False),
        ("Pell Rovers won again.", "Pell Rovers", False),
    ],
)
def test_a_plural_name_after_the_is_a_side(text, name, expected):
    """A plural name written after ``the`` (``the Dunmore Kestrels came``)
    is a team, never one person; a family's plural is not."""
    assert written_as_plural_side(text, name) is expected


_MATCH = (
    "Kestrels edge Ravens\n\n"
    "Wing Semisi Taufa scored twice as the Dunmore Kestrels beat the Orrin Ravens 19-17 on Sunday.\n\n"
    "Taufa, who had been dropped a week earlier, ran the length of the pitch for the winner.\n\n"
)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ('"I just kept running," the 23-year-old said.', "Semisi Taufa"),
        ('"It was a good day," the Kestrels said in a post.', "Kestrels"),
    ],
)
def test_an_age_is_no_team_the_headline_names(sentence, expected):
    """``the 23-year-old said`` after a headline naming a team written ``the
    Dunmore Kestrels``: the person the paragraph before made its subject, not
    the team; the team itself still speaks for itself."""
    text = _MATCH + sentence
    (quote,) = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert expected in (quote.speaker or "")


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Another passenger, a secondary school teacher who asked not to be named, said she would walk.",
            "secondary school teacher",
        ),
        ("One parent, a farmer whose children attend the school, said he feared waste.", "farmer"),
        (
            "Another user, identifying herself as a nurse coming off a night shift, wrote that she waited.",
            "nurse",
        ),
        ("One resident, a retired nurse from Vell, said she was angry.", "retired nurse"),
    ],
)
def test_another_one_takes_the_more_telling_description(text, speaker):
    """``Another X, a Y who ...,``: the speaker is called by the apposed description Y."""
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    "text, mention",
    [
        ("Another passenger, a man who asked not to be named, said he would walk.", "Another passenger"),
        ("A passenger, a teacher who asked not to be named, said she would walk.", None),
        ("Another passenger, a day late, said she would walk.", "Another passenger"),
    ],
)
def test_more_telling_description_only_after_another_or_one(text, mention):
    """No more telling description for ``a man`` (the first noun says more), after
    ``A passenger`` (left as it was) or for an apposition naming no person."""
    end = text.index(",")
    assert more_telling_description(text, end, text[:end]) is None
    if mention is not None:
        assert [q.speaker for q in extract_quotes(text)] == [mention]


@pytest.mark.parametrize(
    ("written", "age"),
    [("17", "17"), ("Seventeen", "17"), ("thirty-one", "31"), ("Twenty", "20"), ("teenage", None)],
)
def test_age_number(written, age):
    assert age_number(written) == age


@pytest.mark.parametrize(
    ("head", "name", "other"),
    [
        ("31-year-old", "Alfie Hollis", True),  # "Seventeen-year-old leg-spinner Alfie Hollis"
        ("17-year-old", "Alfie Hollis", False),
        ("31-year-old", "Will Penberthy", False),  # given no age
        ("52-year-old", "Ola Lund", True),  # "Lund, 61,"
    ],
)
def test_given_other_age_in_figures_words_or_apposition(head, name, other):
    text = (
        "Seventeen-year-old leg-spinner Alfie Hollis took eight wickets. Ola Lund, 61, watched. "
        "Captain Will Penberthy said it was easy."
    )
    assert given_other_age(text, head, len(text), name) is other


def test_an_age_written_before_a_name_is_the_whole_name_s():
    """A relative of the same surname keeps their own age; a verb between an
    age and a name makes no age of it."""
    text = (
        "Seventeen-year-old leg-spinner Alfie Hollis took five wickets. His father, Dan Hollis, 45, watched."
    )
    assert given_other_age(text, "45-year-old", len(text), "Dan Hollis") is False
    text = "Alfie Hollis, 17, took five wickets. A 45-year-old spectator handed Hollis the ball."
    assert given_other_age(text, "17-year-old", len(text), "Alfie Hollis") is False
