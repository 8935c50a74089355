"""The command line, through click's CliRunner. Texts are fictional."""

from __future__ import annotations

from click.testing import CliRunner

from quotes.cli import cli
from quotes.store.db import open_db

STORY = (
    "Mill to close in Eastbrook\n\n"
    '"We kept it running for ninety years," said Piet Oosterhuis, the owner of the mill.\n'
)


# --- build ---------------------------------------------------------------------------


def test_build_with_a_bad_file(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(STORY.replace("Eastbrook", "Westbrook"), encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary\x00")
    db_path = tmp_path / "out" / "quotes.db"
    result = CliRunner().invoke(cli, ["build", str(good), str(bad), str(other), "--db", str(db_path)])
    assert result.exit_code == 1
    assert f"Error: {bad}: binary file" in result.stderr
    assert "Error: 1 file failed" in result.stderr
    assert "Traceback" not in result.output
    assert "2 articles read, 2 added" in result.stdout
    db = open_db(db_path)
    assert db["articles"].count == 2
    assert {r["speaker"] for r in db.query("select speaker from quote_details")} == {"Piet Oosterhuis"}


def test_build_twice_and_default_db(tmp_path, monkeypatch):
    monkeypatch.setenv("QUOTES_DB", str(tmp_path / "env.db"))
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(cli, ["build", str(tmp_path / "a.txt")])
    assert first.exit_code == 0, first.output
    second = runner.invoke(cli, ["build", str(tmp_path / "a.txt")])
    assert second.exit_code == 0
    assert "1 article read, 0 added, 1 already present, 0 quotes added" in second.stdout
    assert open_db(tmp_path / "env.db")["articles"].count == 1


def test_build_missing_path_and_bad_options(tmp_path):
    runner = CliRunner()
    missing = tmp_path / "nope"
    result = runner.invoke(cli, ["build", str(missing), "--db", str(tmp_path / "q.db")])
    assert result.exit_code == 1
    assert f"{missing}: no such file or folder" in result.stderr
    assert runner.invoke(cli, ["build", str(tmp_path), "--workers", "0"]).exit_code == 2
    assert runner.invoke(cli, ["build"]).exit_code == 2


def test_build_shows_errors_and_warnings_of_post_build_steps(tmp_path, monkeypatch):
    from quotes import build as build_module
    from quotes.errors import QuotesError

    def step(db, report):
        report.errors.append(QuotesError("db/curation.yml: line 3: unknown decision 'hide'"))
        report.warnings.append("curation: no quote matches decision 2")

    monkeypatch.setattr(build_module, "post_build", step)
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), "--db", str(tmp_path / "q.db")])
    assert result.exit_code == 1
    assert "Error: db/curation.yml: line 3: unknown decision 'hide'" in result.stderr
    assert "Warning: curation: no quote matches decision 2" in result.stderr


def test_build_help():
    result = CliRunner().invoke(cli, ["build", "--help"])
    assert result.exit_code == 0
    assert "--workers" in result.output and "--db" in result.output
