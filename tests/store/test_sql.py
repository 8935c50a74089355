"""The generic SQL helpers: id chunks, plain inserts and updates, the database file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.store.db import open_db
from quotes.store.sql import (
    ROWS_PER_INSERT,
    beside,
    chunks,
    database_file,
    insert_many,
    insert_row,
    placeholders,
    update_if_changed,
)
from tests.conftest import ROOT


@pytest.mark.parametrize(
    "ids, size, expected",
    [
        ([], 2, []),
        ([3, 1, 2], 2, [[1, 2], [3]]),
        ({5, 4}, 500, [[4, 5]]),
        (range(4), 1, [[0], [1], [2], [3]]),
    ],
)
def test_chunks_are_sorted_and_bounded(ids, size, expected):
    assert list(chunks(ids, size)) == expected


def test_placeholders():
    assert placeholders([7, 8, 9]) == "?, ?, ?"
    assert placeholders({"name": 1}) == "?"


@pytest.mark.parametrize(
    "value, stored",
    [(None, (None, "null")), (True, (1, "integer")), (False, (0, "integer")), (7, (7, "integer"))],
)
def test_none_and_bool_are_bound_through_adapters_once_a_database_is_opened(unadapted, value, stored):
    db = open_db(":memory:")
    assert all(key in sqlite3.adapters for key in unadapted)
    # the adapters (bind_directly) store what sqlite3 stores without them
    assert db.execute("select ?, typeof(?)", [value, value]).fetchone() == stored


def test_importing_the_helpers_registers_no_adapter():
    # adapters are process-wide: a fresh process shows what the import alone does
    script = (
        "import sqlite3, quotes.store.sql; "
        "print(any((kind, sqlite3.PrepareProtocol) in sqlite3.adapters for kind in (type(None), bool)))"
    )
    found = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert found.stdout.strip() == "False"


def test_insert_row_returns_the_id(memory_db):
    first = insert_row(memory_db, "organizations", {"name": "Harbor Policy Center"})
    second = insert_row(memory_db, "organizations", {"name": "Bay Authority", "kind": "port"})
    assert (first, second) == (1, 2)
    rows = memory_db.execute("select id, name, kind, aliases from organizations order by id").fetchall()
    assert rows == [(1, "Harbor Policy Center", None, "[]"), (2, "Bay Authority", "port", "[]")]


def test_update_if_changed_writes_only_differences(memory_db):
    row = insert_row(memory_db, "speakers", {"name": "Mara Quill", "role": "professor"})
    memory_db.execute("create temp table temp_updates (speaker_id)")
    memory_db.execute(
        "create temp trigger count_updates after update on main.speakers "
        "begin insert into temp_updates values (new.id); end"
    )
    assert update_if_changed(memory_db, "speakers", row, {"name": "Mara Quill", "role": "professor"}) == 0
    assert update_if_changed(memory_db, "speakers", row, {}) == 0
    assert update_if_changed(memory_db, "speakers", row + 1, {"role": "dean"}) == 0  # no such row
    assert memory_db.execute("select count(*) from temp_updates").fetchone()[0] == 0
    assert update_if_changed(memory_db, "speakers", row, {"name": "Mara Quill", "role": "dean"}) == 1
    assert memory_db.execute("select role from speakers").fetchone() == ("dean",)
    assert memory_db.execute("select count(*) from temp_updates").fetchone()[0] == 1


def test_database_file(memory_db, db_path):
    assert database_file(memory_db) is None
    assert database_file(open_db(db_path)) == db_path


@pytest.mark.parametrize(
    ("db_path", "suffix", "expected"),
    [
        ("db/quotes.db", ".whoosh", "db/quotes.whoosh"),
        ("archive/2024.sqlite", ".curation.yml", "archive/2024.curation.yml"),
        ("plain", ".whoosh", "plain.whoosh"),
    ],
)
def test_files_beside_the_database_are_named_after_it(db_path, suffix, expected):
    assert beside(db_path, suffix) == Path(expected)


@pytest.mark.parametrize(
    "rows, variable_limit",
    [
        (0, 999),
        (1, 999),
        (ROWS_PER_INSERT, 32_766),
        (ROWS_PER_INSERT * 2 + 3, 32_766),
        (10, 7),  # three parameters a row: two rows a statement
        (4, 2),  # fewer parameters than a row has: one row a statement would fail, and says so
    ],
)
def test_insert_many_stores_every_row_in_order(rows, variable_limit):
    conn = sqlite3.connect(":memory:")
    conn.execute("create table notes (id integer primary key, word text, size integer, kept integer)")
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, variable_limit)
    values = [(f"word{number}", number % 3 or None, number % 2 == 0) for number in range(rows)]
    if variable_limit < 3:
        with pytest.raises(sqlite3.OperationalError, match="too many SQL variables"):
            insert_many(conn, "notes", ("word", "size", "kept"), values)
        return
    insert_many(conn, "notes", ("word", "size", "kept"), values)
    stored = conn.execute("select id, word, size, kept from notes order by id").fetchall()
    assert stored == [(number + 1, *row) for number, row in enumerate(values)]
