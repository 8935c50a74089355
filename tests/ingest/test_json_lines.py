"""Reading JSON lines files: one article a line, bad lines reported one by one."""

from __future__ import annotations

import json

import pytest

from quotes.errors import ReadError
from quotes.ingest.json_lines import JsonLineError, parse_json_line, read_jsonl

GOOD = {
    "text": '"Boats are back," said Ilse Varga.',
    "title": "Ferry",
    "url": "https://n.example/1",
    "outlet": "Northport Daily",
    "author": "Jane Roe",
    "published": "March 3, 2020",
}


def test_jsonl_lines_and_errors(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(GOOD),
        "{not json",
        json.dumps({"title": "no text here"}),
        "",
        json.dumps([1, 2]),
        json.dumps({"text": '"Second," said Tom Poe.', "published": "2021-01-02"}),
        json.dumps({"text": "x", "title": 7}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = []
    articles = list(read_jsonl(path, on_error=errors.append))
    assert [a.text for a in articles] == [GOOD["text"], '"Second," said Tom Poe.']
    first = articles[0]
    assert (first.title, first.url, first.outlet, first.author, first.published) == (
        "Ferry",
        "https://n.example/1",
        "Northport Daily",
        "Jane Roe",
        "2020-03-03",
    )
    assert first.format == "jsonl" and first.source == f"{path}:1"
    assert first.boilerplate == []  # the title is not in the text
    assert articles[1].published == "2021-01-02"
    assert [str(e) for e in errors] == [
        f"{path}:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        f'{path}:3: missing "text"',
        f"{path}:5: expected a JSON object, got list",
        f'{path}:7: "title" must be a string',
    ]
    assert {(e.file, e.line_number) for e in errors} == {(str(path), n) for n in (2, 3, 5, 7)}
    with pytest.raises(JsonLineError, match=":2: not valid JSON"):
        list(read_jsonl(path))


@pytest.mark.parametrize(
    "record, problem",
    [
        ({"text": "   "}, '"text" must be a non-empty string'),
        ({"text": 5}, '"text" must be a non-empty string'),
        ({"text": "x", "published": 2020}, '"published" must be a string'),
    ],
)
def test_bad_records(record, problem):
    with pytest.raises(JsonLineError) as caught:
        parse_json_line(json.dumps(record), source="f.jsonl", line_number=4)
    assert str(caught.value) == f"f.jsonl:4: {problem}"


def test_unstorable_characters_keep_offsets():
    article = parse_json_line(
        json.dumps({"text": "Ada\u0000 said \ud800 so."}), source="f.jsonl", line_number=1
    )
    assert article.text == "Ada\ufffd said \ufffd so."


def test_empty_and_unreadable_files(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n \n", encoding="utf-8")
    with pytest.raises(ReadError, match=r"empty\.jsonl: empty file"):
        list(read_jsonl(empty))
    with pytest.raises(ReadError, match="cannot read file"):
        list(read_jsonl(tmp_path / "missing.jsonl"))
    bad = tmp_path / "latin.jsonl"
    bad.write_bytes(b'{"text": "Zo\xeb"}\n')
    with pytest.raises(JsonLineError, match=r"latin\.jsonl:1: not UTF-8 text"):
        list(read_jsonl(bad))
