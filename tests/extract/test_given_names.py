"""The usual sex of given names (quotes.extract.given_names): the census's,
then that of names from many countries."""

from __future__ import annotations

import pytest

from quotes.extract.given_names import given_name_gender, usual_gender


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Astrid", "f"),
        ("Margaret", "f"),
        ("Jonas", "m"),
        ("Harold", "m"),
        ("Jordan", None),
        ("Kobbvell", None),
    ],
)
def test_given_name_gender(name, gender):
    assert given_name_gender(name) == gender


@pytest.mark.parametrize(
    ("name", "census", "usual"),
    [
        ("Marek", None, "m"),
        ("Kwame", None, "m"),
        ("Tamsin", None, "f"),
        ("Adaeze", None, "f"),
        ("Astrid", "f", "f"),
        ("Jordan", None, None),
        ("Real", None, None),
        ("Kobbvell", None, None),
    ],
)
def test_usual_gender_reads_names_of_many_countries(name, census, usual):
    """The census alone says whether a word is a given name; the usual sex
    also comes from names of many countries, never from an English word."""
    assert (given_name_gender(name), usual_gender(name)) == (census, usual)
