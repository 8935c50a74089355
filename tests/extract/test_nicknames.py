"""Names written with a nickname inside them (quotes.extract.nicknames): one
person's name, whose nickname alone stands for them later; on texts written
for the test about fictional people."""

from __future__ import annotations

import pytest

from quotes.extract.nicknames import nickname_words, nicknamed_names, without_nickname


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "TV chef Derek ‘Big Del’ Mounsey blasted the council.", ["Derek ‘Big Del’ Mounsey"], id="single"
        ),
        pytest.param(
            'Mayor Rodolfo "Jun" Sarmo spoke. Sarmo said so.', ['Rodolfo "Jun" Sarmo'], id="straight"
        ),
        pytest.param(
            "Anselm “Ziggy” Baptiste danced. Baptiste smiled.", ["Anselm “Ziggy” Baptiste"], id="curly"
        ),
        pytest.param("Trump ‘The Dealmaker’ Could Lose", [], id="a-headline-s-words"),
    ],
)
def test_nicknamed_names(text, names):
    found = nicknamed_names(text)
    assert [name for _, _, name in found] == names
    assert all(text[start:end] == name for start, end, name in found)


def test_without_nickname_and_its_words():
    assert without_nickname("Derek ‘Big Del’ Mounsey") == "Derek Mounsey"
    assert nickname_words("Derek ‘Big Del’ Mounsey") == ["Big", "Del"]
    assert nickname_words("Derek Mounsey") == []


def test_the_nickname_alone_stands_for_the_person(quotes_of):
    text = (
        "TV chef Derek ‘Big Del’ Mounsey last night blasted council bosses.\n\n"
        "Fuming Del told us: ‘I’ve been flipping burgers here for thirty years.’\n\n"
        "Posting online, Del wrote: ‘This ain’t over.’"
    )
    speakers = {q.speaker for q in quotes_of(text) if q.kind == "direct"}
    assert speakers == {"Derek ‘Big Del’ Mounsey"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "Derek ‘Big Del’ O’Brien spoke. O’Brien said so.", ["Derek ‘Big Del’ O’Brien"], id="o-brien"
        ),
        pytest.param('She told Rose "Goodbye" Sunday.', [], id="a-day-after-a-quoted-word"),
    ],
)
def test_nicknamed_names_and_their_surnames(text, names):
    assert [name for _, _, name in nicknamed_names(text)] == names


def test_the_nickname_alone_before_the_person_spoke(quotes_of):
    text = "Derek ‘Big Del’ Mounsey, 58, runs the pub. Fuming Del told us: ‘They can’t do this.’"
    (quote,) = [q for q in quotes_of(text) if q.kind == "direct"]
    assert quote.speaker == "Derek ‘Big Del’ Mounsey"
