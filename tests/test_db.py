from quotes.db import QUOTE_DETAILS_SQL, open_db

EXPECTED_TABLES = {"articles", "speakers", "organizations", "quotes", "tags", "quote_tags", "statements"}


def test_schema_has_tables_and_view(memory_db):
    assert EXPECTED_TABLES <= set(memory_db.table_names())
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
    for required in ("quote_id", "quote", "kind", "speaker", "speaker_kind", "speaker_role",
                     "speaker_affiliation", "article_id", "article_title", "outlet", "published",
                     "url", "stance_tags", "context", "statement_id"):
        assert required in columns
    assert "from quotes" in QUOTE_DETAILS_SQL


def test_model_defaults_are_sql_defaults(memory_db):
    memory_db.execute("insert into speakers (name) values ('Ann Example')")
    row = memory_db.execute("select kind, aliases, source from speakers").fetchone()
    assert row == ("person", "[]", "text")
