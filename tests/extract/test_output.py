"""What ``quotes extract`` prints (quotes.extract.output): JSON lines whose
offsets index the file, and a table for people."""

from __future__ import annotations

import json

from click.testing import CliRunner

from quotes.cli import cli
from quotes.extract.output import format_table_rows


def test_cli_extract_jsonl_offsets_index_the_file(tmp_path):
    article = tmp_path / "story.txt"
    text = "Ferry news\n\n“The ferry is late again,” said Greta Holm, a commuter.\n"
    article.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    (record,) = [r for r in records if "ferry is late" in r["text"]]
    assert record["article"] == str(article)
    assert text[record["start"] : record["end"]] == record["text"]
    assert record["speaker"] == "Greta Holm" and record["kind"] == "direct"
    assert text[record["speaker_start"] : record["speaker_end"]] == "Greta Holm"
    assert {"cue", "role", "affiliation", "confidence", "speaker_kind", "addressee"} <= set(record)


def test_cli_extract_folder_table_and_bad_files(tmp_path):
    (tmp_path / "a.txt").write_text("Weather\n\n“Rain is coming,” said Bo Lindqvist.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")  # empty: unreadable
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--format", "table"])
    assert result.exit_code != 0
    assert "Bo Lindqvist" in result.stdout and "Rain is coming" in result.stdout
    errors = [line for line in result.stderr.splitlines() if "b.txt" in line]
    assert len(errors) == 1 and "empty" in errors[0]
    assert "Traceback" not in result.stderr


def test_format_table_rows_names_the_article():
    assert list(format_table_rows([], article="x.txt")) == ["== x.txt: 0 quotes"]
