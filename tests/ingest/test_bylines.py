"""Bylines and dates written in article text."""

from __future__ import annotations

import pytest

from quotes.ingest.bylines import parse_byline, parse_date


@pytest.mark.parametrize(
    "line, expected",
    [
        ("By Jane Roe March 3, 2020", ("Jane Roe", "2020-03-03")),
        ("By Jane Roe", ("Jane Roe", None)),
        ("By Jane Roe and Tom Poe | Sept. 9, 2021", ("Jane Roe and Tom Poe", "2021-09-09")),
        ("By Ana de Souza, 12 May 2018", ("Ana de Souza", "2018-05-12")),
        ("March 3, 2020", (None, "2020-03-03")),
        ("Published: 2020-03-03T10:00:00Z", (None, "2020-03-03")),
        ("2019-07-24", (None, "2019-07-24")),
        ("Tuesday, July 23, 2019 10:32 AM", (None, "2019-07-23")),
    ],
)
def test_bylines_and_dates(line, expected):
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "By the time the ferry arrived, the pier was closed.",
        "Ferry service to resume in Northport",
        '"We will see," said Ilse Varga on March 3, 2020.',
        "By Jane Roe " + "and more words " * 10,
    ],
)
def test_not_bylines(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("February 30, 2020", None),
        ("no date here", None),
        ("", None),
        ("1 Feb 2020", "2020-02-01"),
        ("Jul. 24 2019", "2019-07-24"),
        ("By the way, on July 24, 2019", "2019-07-24"),
        ("2019-07-24T10:00:00Z", "2019-07-24"),
        ("2019-13-01", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected
