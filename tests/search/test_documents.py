"""The documents of the whoosh index: fields, fingerprints and value helpers."""

from __future__ import annotations

import pytest

from quotes.search.documents import context_around, document, fingerprint, parse_date, stance_names


def test_document_fields(quote_archive):
    row = next(quote_archive.query("select * from quote_details where speaker = 'Renée Oddlin'"))
    doc = document(row)
    assert doc["text"] == "We are monitoring the situation closely"
    assert doc["date"].year == 2022 and doc["year"] == "2022"
    assert doc["speaker_facet"] == "Renée Oddlin"
    assert "stance" not in doc
    assert doc["key"] == f"{row['quote_id']}:{fingerprint(row)}".encode()
    assert "destabilising" in doc["context"]
    assert "monitoring" not in doc["context"]  # the quote's words are in text only


def test_fingerprint_follows_the_indexed_values():
    row = {"quote_id": 1, "quote": "Boats are back", "speaker": "Ilse Varga"}
    assert fingerprint(row) == fingerprint({**row, "quote_id": 2, "unrelated": "x"})
    assert fingerprint(row) != fingerprint({**row, "speaker": "Ilse Varga-Poe"})


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2022-06-15T08:30:00Z", (2022, 6, 15, 8)),
        ("2022-06-15T08:30:00+02:00", (2022, 6, 15, 8)),
        ("2021-02-03 extra", (2021, 2, 3, 0)),
        ("2021-02-03", (2021, 2, 3, 0)),
    ],
)
def test_parse_date(value, expected):
    parsed = parse_date(value)
    assert (parsed.year, parsed.month, parsed.day, parsed.hour) == expected
    assert parsed.tzinfo is None


@pytest.mark.parametrize("value", ["yesterday", "", None])
def test_parse_date_of_no_date(value):
    assert parse_date(value) is None


@pytest.mark.parametrize(
    "value, names",
    [
        ('["critical", {"name": "warning"}]', ["critical", "warning"]),
        ("[]", []),
        (None, []),
        ("not json", []),
        (["a,b", {"tag": "c"}], ["a b", "c"]),
    ],
)
def test_stance_names(value, names):
    assert stance_names(value) == names


@pytest.mark.parametrize(
    "context, quote, expected",
    [
        ("She said: Boats are back. Then left.", "Boats are back", "She said:  … . Then left."),
        ("Boats are back", "Boats are back", "…"),
        (None, "Boats", None),
        ("  ", "Boats", None),
        ("Unrelated words.", "Boats", "Unrelated words."),
    ],
)
def test_context_around(context, quote, expected):
    assert context_around(context, quote) == expected
