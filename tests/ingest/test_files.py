"""Reading one article file as text: decoding and the size limit."""

from __future__ import annotations

import codecs

import pytest

from quotes.errors import ReadError
from quotes.ingest.files import MAX_FILE_BYTES, decode_bytes, read_text, size_problem


@pytest.mark.parametrize(
    "data, text",
    [
        (codecs.BOM_UTF8 + "Zoë said so.".encode(), "Zoë said so."),
        (codecs.BOM_UTF16_LE + "Zoë said so.".encode("utf-16-le"), "Zoë said so."),
        ("“Zoë” said so.".encode("cp1252"), "“Zoë” said so."),
        (b"Zo\x81 said so.", "Zo\x81 said so."),  # not cp1252: Latin-1
        (b"One\r\nTwo\r\n", "One\r\nTwo\r\n"),  # line endings as they are
    ],
)
def test_decode_bytes_fallbacks(data, text):
    assert decode_bytes(data) == text


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"abc\x00def", r"x\.txt: binary file \(NUL bytes"),
        (b"", r"x\.txt: empty file"),
        (b"  \n ", r"x\.txt: empty file"),
        (b"\x01\x02\x03\x04 text", r"x\.txt: binary file \(control characters"),
    ],
)
def test_decode_bytes_refuses(data, problem):
    with pytest.raises(ReadError, match=problem):
        decode_bytes(data, path="x.txt")


def test_read_text_and_its_errors(tmp_path, story):
    path = tmp_path / "story.txt"
    path.write_bytes(story.encode("utf-8"))
    assert read_text(path) == story
    with pytest.raises(ReadError, match="cannot read file"):
        read_text(tmp_path / "missing.txt")


def test_size_problem():
    assert size_problem(MAX_FILE_BYTES, what="file") is None
    assert size_problem(MAX_FILE_BYTES + 1, what="line") == (
        "line too large (20,000,001 bytes; the limit is 20 MB)"
    )
    assert size_problem(21_300_000, what="file") == "file too large (21.3 MB; the limit is 20 MB)"
