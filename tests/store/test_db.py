import os
import sqlite3
import threading
import time

import pytest

from quotes.store.db import (
    PAGE_SIZE,
    QUOTE_DETAILS_SQL,
    DatabaseError,
    has_unmerged_log,
    is_read_only,
    open_db,
    open_existing,
)

EXPECTED_TABLES = {"articles", "speakers", "organizations", "quotes", "tags", "quote_tags", "statements"}


def test_schema_has_tables_and_view(memory_db):
    assert set(memory_db.table_names()) >= EXPECTED_TABLES
    assert "quote_details" in memory_db.view_names()


def test_connection_settings(db_path):
    db = open_db(db_path)
    assert db.execute("pragma foreign_keys").fetchone()[0] == 1
    assert db.execute("pragma recursive_triggers").fetchone()[0] == 1
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_migrations_apply_once(db_path):
    open_db(db_path)
    db = open_db(db_path)
    names = [row[0] for row in db.execute("select name from _sqlite_migrations")]
    assert names == sorted(set(names), key=names.index)


def test_integer_primary_keys_are_rowid_aliases(memory_db):
    for table in EXPECTED_TABLES:
        assert memory_db[table].pks == ["id"]
        memory_db.execute(f"select rowid, id from {table}")


def test_view_columns(memory_db):
    columns = {c.name for c in memory_db["quote_details"].columns}
    required = (
        "quote_id quote kind speaker speaker_kind speaker_role speaker_affiliation article_id "
        "article_title outlet published url stance_tags context statement_id"
    ).split()
    assert set(required) <= columns
    assert "from quotes" in QUOTE_DETAILS_SQL


def test_model_defaults_are_sql_defaults(memory_db):
    memory_db.execute("insert into speakers (name) values ('Ann Example')")
    row = memory_db.execute("select kind, aliases, source from speakers").fetchone()
    assert row == ("person", "[]", "text")


def test_table_search_lookups_use_the_covering_index_once_analyzed(quote_archive):
    from quotes.store.db import SEARCH_FACETS_INDEX, update_statistics

    db = quote_archive
    # The shape of Datasette's table-search count and facet queries.
    search = (
        "select count(*) from quotes where id in "
        "(select rowid from quotes_fts where quotes_fts match 'seawall')"
    )
    update_statistics(db, changed=False)  # no statistics yet: gathers them
    assert db["sqlite_stat1"].exists()
    plan = " ".join(row[3] for row in db.execute("explain query plan " + search).fetchall())
    assert f"COVERING INDEX {SEARCH_FACETS_INDEX}" in plan
    assert db.execute(search).fetchone() == (2,)


def test_statistics_are_refreshed_only_when_rows_were_added(quote_archive):
    from quotes.store.db import update_statistics

    db = quote_archive
    update_statistics(db, changed=True)
    before = db.execute("select stat from sqlite_stat1 where idx = 'ix_quotes_article_id'").fetchone()
    db.execute("insert into quotes (article_id, text, kind, start, [end]) values (1, 'x', 'direct', 0, 1)")
    update_statistics(db, changed=False)
    assert db.execute("select stat from sqlite_stat1 where idx = 'ix_quotes_article_id'").fetchone() == before
    update_statistics(db, changed=True)
    assert db.execute("select stat from sqlite_stat1 where idx = 'ix_quotes_article_id'").fetchone() != before


def test_writers_wait_for_each_other(db_path):
    """A write transaction that reads before another connection's write commits
    still commits: it takes the write lock first (BEGIN IMMEDIATE) and waits
    for it, where a plain BEGIN fails with "database is locked"."""
    open_db(db_path).close()
    holding, errors = threading.Event(), []

    def hold_the_write_lock() -> None:
        first = open_db(db_path)
        try:
            with first.atomic():
                first.execute("insert into tags (name) values ('first')")
                holding.set()
                time.sleep(0.5)
        except sqlite3.Error as error:
            errors.append(error)
        finally:
            holding.set()
            first.close()

    thread = threading.Thread(target=hold_the_write_lock)
    thread.start()
    assert holding.wait(timeout=30)
    second = open_db(db_path)
    with second.atomic():
        count = second.execute("select count(*) from tags").fetchone()[0]
        second.execute("insert into tags (name) values (?)", [f"second after {count}"])
    thread.join(timeout=30)
    assert errors == []
    assert [row[0] for row in second.execute("select name from tags order by id")] == [
        "first",
        "second after 1",
    ]


def test_a_read_only_database_opens_read_only(db_path, monkeypatch):
    writer = open_db(db_path)
    writer.execute("insert into tags (name) values ('kept')")
    writer.conn.commit()
    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK)
    assert is_read_only(db_path) and has_unmerged_log(db_path)  # the writer is open: its log has the row
    for _ in ("through the log", "immutable"):
        db = open_db(db_path)
        assert [row[0] for row in db.execute("select name from tags")] == ["kept"]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            db.execute("insert into tags (name) values ('lost')")
        db.close()
        writer.close()  # merges the log into the database
    assert not has_unmerged_log(db_path)


def test_review_columns_reach_a_database_made_before_them(db_path):
    from quotes.store.db import REVIEW_COLUMNS

    db = open_db(db_path)
    db.execute("drop view quote_details")
    db.execute("drop index quotes_within_quote_id")
    for name, _ in REVIEW_COLUMNS:
        db.execute(f"alter table quotes drop column {name}")
    db.execute("create view quote_details as select id as quote_id from quotes")
    db.execute("delete from _sqlite_migrations where name = 'm006_review_and_pairs'")
    db.conn.commit()
    db = open_db(db_path)
    assert {name for name, _ in REVIEW_COLUMNS} <= set(db["quotes"].columns_dict)
    assert {"needs_review", "within_quote_id", "via"} <= {c.name for c in db["quote_details"].columns}


def test_open_existing_never_creates_a_database(tmp_path):
    missing = tmp_path / "missing.db"
    with pytest.raises(DatabaseError, match=r"missing\.db: no such database; create it with `quotes build"):
        open_existing(missing)
    assert not missing.exists()


def test_open_existing_names_a_file_that_is_not_a_quotes_database(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("shopping list", encoding="utf-8")
    with pytest.raises(DatabaseError, match=r"notes\.db: not a quotes database"):
        open_existing(bad)
    assert bad.read_text(encoding="utf-8") == "shopping list"


def test_open_existing_migrates_only_when_asked(db_path):
    open_db(db_path).close()
    with open_existing(db_path, migrate=False) as db:
        assert db.execute("select count(*) from quotes").fetchone() == (0,)


def test_new_databases_take_the_project_page_size(db_path, tmp_path):
    assert open_db(db_path).execute("pragma page_size").fetchone() == (PAGE_SIZE,)
    older = tmp_path / "older.db"
    sqlite3.connect(older).execute("create table notes (body text)").connection.close()
    with open_db(older) as db:
        assert db.execute("pragma page_size").fetchone() == (4096,)
        assert db.execute("select count(*) from quotes").fetchone() == (0,)


def test_indexes_of_columns_often_null_hold_only_set_rows(db_path):
    from quotes.store.schema import PARTIAL_QUOTE_INDEXES

    old = open_db(db_path)  # as a database made before the indexes were partial
    for name, column in PARTIAL_QUOTE_INDEXES.items():
        old.execute(f"drop index {name}")
        old.execute(f"create index {name} on quotes ({column})")
    old.execute("delete from _sqlite_migrations where name = 'm009_partial_quote_indexes'")
    old.conn.commit()
    old.close()
    for db in (open_db(db_path), open_db(":memory:")):
        indexes = {
            row[0]: row[1] for row in db.execute("select name, sql from sqlite_master where type = 'index'")
        }
        for name, column in PARTIAL_QUOTE_INDEXES.items():
            assert indexes[name].lower().endswith(f"where {column} is not null")
            plan = db.execute(f"explain query plan select id from quotes where {column} = 3").fetchall()
            assert name in plan[0][3]
