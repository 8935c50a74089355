"""The command line, through click's CliRunner. Texts are fictional."""

from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from quotes.cli import cli
from quotes.cli.options import db_option, library_errors
from quotes.errors import QuotesError
from quotes.search.index import build_index
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
    result = runner.invoke(cli, ["build", str(missing), "--db", str(tmp_path / "db" / "q.db")])
    assert result.exit_code == 1
    assert f"{missing}: no such file or folder" in result.stderr
    assert list(tmp_path.iterdir()) == []  # no database, no index, no folder for them
    assert runner.invoke(cli, ["build", str(tmp_path), "--workers", "0"]).exit_code == 2
    assert runner.invoke(cli, ["build"]).exit_code == 2


def test_build_shows_errors_and_warnings_of_post_build_steps(tmp_path, monkeypatch):
    from quotes import build as build_module
    from quotes.errors import QuotesError

    def warning(db, report):
        report.warnings.append("curation: no quote matches decision 2")

    def error(db, report):
        raise QuotesError("db/curation.yml: line 3: unknown decision 'hide'")

    monkeypatch.setattr(build_module, "POST_BUILD_STEPS", (("warning", warning), ("error", error)))
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), "--db", str(tmp_path / "q.db")])
    assert result.exit_code == 1
    assert "Error: db/curation.yml: line 3: unknown decision 'hide'" in result.stderr
    assert "Warning: curation: no quote matches decision 2" in result.stderr


def test_build_help():
    result = CliRunner().invoke(cli, ["build", "--help"])
    assert result.exit_code == 0
    assert "--workers" in result.output and "--db" in result.output


# --- search and index (whoosh) -------------------------------------------------------


def quote_ids(db):
    return [row[0] for row in db.execute("select id from quotes order by id")]


def test_fts_check_and_rebuild(quote_archive, db_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["fts", "check", "--db", str(db_path)])
    assert result.exit_code == 0
    assert result.output == f"{db_path}: quotes_fts in step with the quotes\n"
    quote_archive.execute("delete from quotes_fts where rowid = ?", [quote_ids(quote_archive)[0]])
    quote_archive.conn.commit()
    result = runner.invoke(cli, ["fts", "check", "--db", str(db_path)])
    assert result.exit_code == 1 and result.output == f"{db_path}: 1 quote(s) missing from quotes_fts\n"
    result = runner.invoke(cli, ["fts", "rebuild", "--db", str(db_path)])
    assert result.exit_code == 0 and result.output == f"{db_path}: quotes_fts rebuilt: 4 quotes indexed\n"
    assert runner.invoke(cli, ["fts", "check", "--db", str(db_path)]).exit_code == 0


@pytest.mark.parametrize("command", [["fts", "check"], ["fts", "rebuild"]])
def test_fts_commands_name_a_missing_database(tmp_path, command):
    result = CliRunner().invoke(cli, [*command, "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "none.db: no such database" in result.output


def test_index_update_check_and_rebuild(quote_archive, db_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["index", "check", "--db", str(db_path)])
    assert result.exit_code == 1 and "no search index" in result.output
    result = runner.invoke(cli, ["index", "update", "--db", str(db_path)])
    assert result.exit_code == 0 and "4 added" in result.output
    assert result.output == f"{db_path.parent / 'quotes.whoosh'}: rebuilt: 4 added, 0 re-indexed, 0 deleted\n"
    result = runner.invoke(cli, ["index", "check", "--db", str(db_path)])
    assert result.exit_code == 0 and "in step" in result.output
    quote_archive.execute("delete from quotes where id = ?", [quote_ids(quote_archive)[0]])
    quote_archive.conn.commit()
    result = runner.invoke(cli, ["index", "check", "--db", str(db_path)])
    assert result.exit_code == 1 and "1 extra" in result.output
    result = runner.invoke(cli, ["index", "rebuild", "--db", str(db_path), "--procs", "1"])
    assert result.exit_code == 0 and "rebuilt: 3 added" in result.output
    assert runner.invoke(cli, ["index", "check", "--db", str(db_path)]).exit_code == 0
    result = runner.invoke(cli, ["index", "update", "--db", str(db_path)])
    assert result.output.endswith(": updated: 0 added, 0 re-indexed, 0 deleted\n")


@pytest.mark.parametrize("command", ["update", "check", "rebuild"])
def test_index_commands_name_a_missing_database(tmp_path, command):
    result = CliRunner().invoke(cli, ["index", command, "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 1
    assert "nope.db: no such database; create it with `quotes build" in result.output
    assert not (tmp_path / "nope.db").exists()
    assert "Traceback" not in result.output


def test_index_takes_no_flags_any_more(quote_archive, db_path):
    assert CliRunner().invoke(cli, ["index", "--rebuild", "--db", str(db_path)]).exit_code == 2


def test_search(quote_archive, db_path):
    build_index(quote_archive)
    runner = CliRunner()
    result = runner.invoke(cli, ["search", "costly", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "[costly]" in result.output and "\x1b[" not in result.output
    result = runner.invoke(
        cli, ["search", "speaker:ashgrove", "--db", str(db_path), "--json", "--limit", "1"]
    )
    data = json.loads(result.output)
    assert data["total"] == 2 and len(data["hits"]) == 1
    assert data["hits"][0]["speaker"] == "Dov Ashgrove"
    assert data["hits"][0]["quote_id"] in quote_ids(quote_archive)
    result = runner.invoke(cli, ["search", "destablising", "--db", str(db_path)])
    assert result.exit_code == 0
    assert "No quotes match 'destablising'." in result.output
    assert "Did you mean: destabilising" in result.output


def test_search_errors_are_one_line(quote_archive, db_path, tmp_path):
    result = CliRunner().invoke(cli, ["search", "tides", "--db", str(db_path)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    bad = tmp_path / "not-a.db"
    bad.write_text("hello")
    result = CliRunner().invoke(cli, ["search", "tides", "--db", str(bad)])
    assert result.exit_code == 1 and "not-a.db" in result.output
    assert "Traceback" not in result.output


# --- shared options ------------------------------------------------------------------


@click.command()
@db_option("a note")
def show_db(db_path):
    """Print the database path the option gives."""
    with library_errors():
        if str(db_path).endswith("bad.db"):
            raise QuotesError("bad.db: not usable - try another")
    click.echo(str(db_path))


def test_db_option_resolves_the_default(tmp_path, monkeypatch):
    monkeypatch.setenv("QUOTES_DB", str(tmp_path / "env.db"))
    runner = CliRunner()
    assert runner.invoke(show_db, []).output == f"{tmp_path / 'env.db'}\n"
    assert runner.invoke(show_db, ["--db", "given.db"]).output == "given.db\n"
    assert "(default: $QUOTES_DB or db/quotes.db); a note." in runner.invoke(show_db, ["--help"]).output


def test_library_errors_become_one_line_and_exit_1():
    result = CliRunner().invoke(show_db, ["--db", "bad.db"])
    assert result.exit_code == 1 and result.output == "Error: bad.db: not usable - try another\n"
