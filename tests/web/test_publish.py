"""`quotes serve` and the Datasette instance it runs (no server is started)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from quotes.cli import cli
from quotes.store.db import DatabaseError, open_db
from quotes.web import publish


@pytest.fixture
def built_db(tmp_path):
    path = tmp_path / "newsroom.db"
    db = open_db(path)
    article = db["articles"].insert({"hash": "h1", "title": "Tide tables", "text": "Tides rise."}).last_pk
    db["quotes"].insert({"article_id": article, "text": "Tides rise", "start": 0, "end": 10})
    db.conn.commit()
    db.close()
    return path


def test_make_datasette_publishes_the_database_with_metadata_and_settings(built_db):
    ds = publish.make_datasette(built_db)
    assert "newsroom" in ds.databases
    database = ds.databases["newsroom"]
    assert database.is_mutable  # never immutable: a build may write while serving
    assert ds.setting("sql_time_limit_ms") == 3000
    assert ds.setting("default_page_size") == publish.SETTINGS["default_page_size"]
    assert ds.setting("facet_time_limit_ms") == publish.SETTINGS["facet_time_limit_ms"]
    assert ds.setting("suggest_facets") is False
    assert ds.metadata("title").startswith("Quotes")
    assert ds.table_metadata("newsroom", "quotes")["fts_table"] == "quotes_fts"


def test_datasette_kwargs_default_to_the_default_database(tmp_path, monkeypatch):
    path = tmp_path / "default.db"
    open_db(path).close()
    monkeypatch.setenv("QUOTES_DB", str(path))
    kwargs = publish.datasette_kwargs()
    assert kwargs["files"] == [str(path)]
    assert set(kwargs["metadata"]["databases"]) == {"default"}
    assert "immutables" not in kwargs


def test_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(DatabaseError, match=r"nothing\.db: no such database; create it with `quotes build"):
        publish.make_datasette(tmp_path / "nothing.db")
    assert not (tmp_path / "nothing.db").exists()


def test_bad_metadata_file_is_a_clear_error(tmp_path, monkeypatch):
    bad = tmp_path / "metadata.yml"
    bad.write_text("title: [unclosed\n", encoding="utf-8")
    monkeypatch.setenv("QUOTES_METADATA", str(bad))
    with pytest.raises(publish.PublishError, match=r"metadata\.yml: not valid YAML"):
        publish.load_metadata()
    monkeypatch.setenv("QUOTES_METADATA", str(tmp_path / "gone.yml"))
    with pytest.raises(publish.PublishError, match="metadata file not found"):
        publish.load_metadata()


def test_make_datasette_migrates_an_older_database(tmp_path):
    path = tmp_path / "old.db"
    db = open_db(path)
    db.execute("drop table quotes_fts")
    db.execute("delete from _sqlite_migrations where name = 'm002_quotes_fts'")
    db.conn.commit()
    db.close()
    publish.make_datasette(path)
    assert "quotes_fts" in open_db(path, migrate=False).table_names()


def test_serve_runs_uvicorn_on_the_given_address(built_db, monkeypatch):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append(kwargs))
    publish.serve(built_db, host="127.0.0.1", port=8123)
    assert calls and calls[0]["host"] == "127.0.0.1" and calls[0]["port"] == 8123


def test_serve_command_passes_options_to_the_library(built_db, monkeypatch):
    calls = []
    monkeypatch.setattr(publish, "serve", lambda db_path, **kwargs: calls.append((db_path, kwargs)))
    result = CliRunner().invoke(cli, ["serve", "--db", str(built_db), "--port", "8002"])
    assert result.exit_code == 0, result.output
    assert calls == [(str(built_db), {"host": "127.0.0.1", "port": 8002})]


def test_serve_command_without_a_database_says_how_to_build_one(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0
    assert "none.db: no such database; create it with `quotes build" in result.output
    assert "Traceback" not in result.output


def test_start_server_fails_early_with_the_servers_output(tmp_path):
    with pytest.raises(
        publish.PublishError, match=r"quotes serve exited with 1: .*none\.db: no such database"
    ):
        publish.start_server(tmp_path / "none.db", log_path=tmp_path / "serve.log", timeout=60)
