"""Small SQL helpers shared by every module that reads or writes the database.

Plain functions over a sqlite-utils ``Database``: inserting and updating one
row without sqlite-utils' schema introspection (which dominates its
``insert`` when a build writes row by row), splitting long id lists for
``in (...)`` parameters, and finding the file a connection is open on.

:func:`bind_directly` registers adapters for ``None`` and ``bool``, which
makes binding them cheaper without changing what is stored; the package calls
it where it opens its databases (:func:`quotes.store.db.configure_connection`)
and where the bulk loader writes, not on import.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence, Sized
from pathlib import Path
from typing import Any

import sqlite_utils


def _unchanged(value: None) -> None:
    return value


def bind_directly() -> None:
    """Register adapters that bind ``None`` as NULL and ``bool`` as 0 or 1,
    as sqlite3 does without them, only cheaper. On Python 3.11 sqlite3 looks
    every value that is not exactly ``int``, ``float`` or ``str`` up as an
    adaptable object, raising and clearing an ``AttributeError`` with a
    formatted message each time: a quote row with nine NULLs took three
    times as long to bind as the same row without them. A registered adapter
    is found by one dictionary look-up (the row then takes under twice as
    long). Process-wide, as sqlite3's adapters are; calling it again changes
    nothing."""
    sqlite3.register_adapter(type(None), _unchanged)
    sqlite3.register_adapter(bool, int)


CHUNK_SIZE = 500
"""Ids per ``in (...)`` list: well under SQLite's limit on bound parameters."""


def chunks(ids: Iterable[int], size: int = CHUNK_SIZE) -> Iterator[list[int]]:
    """``ids`` in sorted lists of at most ``size`` (for ``in (...)`` parameters)."""
    ordered = sorted(ids)
    for i in range(0, len(ordered), size):
        yield ordered[i : i + size]


def placeholders(values: Sized) -> str:
    """``?, ?, ?`` for ``values``."""
    return ", ".join("?" * len(values))


ROWS_PER_INSERT = 500
"""Rows per statement of :func:`insert_many` (fewer when SQLite allows fewer parameters)."""


def insert_many(conn: sqlite3.Connection, table: str, columns: Sequence[str], rows: Sequence[tuple]) -> None:
    """Insert ``rows`` (tuples in ``columns`` order) into ``table``, in order,
    :data:`ROWS_PER_INSERT` rows per statement. SQLite runs one statement
    with many rows (``values (...), (...)``) at about two thirds of the CPU
    of the same rows one statement each (``executemany``), which starts the
    statement, opens the table and its indexes, for every row."""
    width = len(columns)
    per_statement = max(1, min(ROWS_PER_INSERT, conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // width))
    head = f"insert into [{table}] ({', '.join(f'[{column}]' for column in columns)}) values "
    one = f"({placeholders(columns)})"
    whole = len(rows) - len(rows) % per_statement
    flat = itertools.chain.from_iterable
    if whole:
        conn.executemany(
            head + ", ".join([one] * per_statement),
            (tuple(flat(rows[at : at + per_statement])) for at in range(0, whole, per_statement)),
        )
    if whole < len(rows):
        conn.execute(head + ", ".join([one] * (len(rows) - whole)), tuple(flat(rows[whole:])))


def insert_row(db: sqlite_utils.Database, table: str, row: Mapping[str, Any]) -> int:
    """Insert ``row`` into ``table`` with plain SQL and return its id."""
    columns = ", ".join(f"[{column}]" for column in row)
    cursor = db.execute(f"insert into [{table}] ({columns}) values ({placeholders(row)})", list(row.values()))
    row_id = cursor.lastrowid
    assert row_id is not None  # set by every INSERT that succeeds
    return row_id


def update_if_changed(db: sqlite_utils.Database, table: str, row_id: int, values: Mapping[str, Any]) -> int:
    """Update row ``row_id`` of ``table`` with ``values`` only where they differ
    (an UPDATE fires the full-text index triggers even when nothing changes).
    Returns 1 if the row was updated, else 0."""
    if not values:
        return 0
    columns = list(values)
    current = db.execute(
        f"select {', '.join(f'[{column}]' for column in columns)} from [{table}] where id = ?", [row_id]
    ).fetchone()
    if current is None:
        return 0
    changed = {column: new for column, new, old in zip(columns, values.values(), current) if new != old}
    if not changed:
        return 0
    assignments = ", ".join(f"[{column}] = ?" for column in changed)
    db.execute(f"update [{table}] set {assignments} where id = ?", [*changed.values(), row_id])
    return 1


def beside(db_path: str | Path, suffix: str) -> Path:
    """The file named after the database at ``db_path``, beside it: ``suffix``
    in place of its extension (``db/quotes.whoosh`` for ``db/quotes.db``)."""
    path = Path(db_path)
    return path.with_name(path.stem + suffix)


def database_file(db: sqlite_utils.Database) -> Path | None:
    """The file ``db`` is open on, or None when it is in memory."""
    for _, name, filename in db.execute("pragma database_list").fetchall():
        if name == "main":
            return Path(filename) if filename else None
    return None
