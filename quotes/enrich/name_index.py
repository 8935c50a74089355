"""In-memory indexes from name keys to row ids, for the speakers and
organizations tables (names and aliases), so that resolving a name during a
build is a dictionary lookup rather than a scan of the table.

An index is cached per database connection and table. Rows added since it was
built (as during a build) are added to it; it is rebuilt when another
connection wrote to the database, or after :func:`invalidate_name_index`
(renames, new aliases, merges and deletions through this connection).
"""

from __future__ import annotations

import json
import weakref

import sqlite_utils

from quotes.enrich.gazetteer import name_key

INDEXED_TABLES = ("speakers", "organizations")

_indexes: weakref.WeakKeyDictionary[sqlite_utils.Database, dict[str, tuple[tuple, dict[str, list[int]]]]] = (
    weakref.WeakKeyDictionary()
)
_generations: weakref.WeakKeyDictionary[sqlite_utils.Database, int] = weakref.WeakKeyDictionary()


def invalidate_name_index(db: sqlite_utils.Database) -> None:
    """Tell :func:`name_index` that rows of ``db`` were renamed, re-aliased,
    re-kinded or deleted (new rows are noticed without this)."""
    _generations[db] = _generations.get(db, 0) + 1


def _fingerprint(db: sqlite_utils.Database, table: str) -> tuple:
    count, max_id = db.execute(f"select count(*), max(id) from [{table}]").fetchone()
    version = db.execute("pragma data_version").fetchone()[0]
    return (count, max_id, version, _generations.get(db, 0))


def _add_rows(index: dict[str, list[int]], rows) -> None:
    for row_id, name, aliases in rows:
        for text in [name, *json.loads(aliases or "[]")]:
            ids = index.setdefault(name_key(text), [])
            if row_id not in ids:
                ids.append(row_id)


def name_index(db: sqlite_utils.Database, table: str) -> dict[str, list[int]]:
    """Name key -> ids (in id order) of the rows of ``table`` (one of
    :data:`INDEXED_TABLES`) with that name or alias."""
    if table not in INDEXED_TABLES:
        raise ValueError(f"no name index for table {table!r}")
    per_table = _indexes.setdefault(db, {})
    cached = per_table.get(table)
    fingerprint = _fingerprint(db, table)
    if cached and cached[0] == fingerprint:
        return cached[1]
    if (
        cached
        and cached[0][2:] == fingerprint[2:]
        and cached[0][1] is not None
        and fingerprint[1] is not None
    ):
        (old_count, old_max, *_), index = cached
        rows = db.execute(
            f"select id, name, aliases from [{table}] where id > ? order by id", [old_max]
        ).fetchall()
        if old_count + len(rows) == fingerprint[0]:
            _add_rows(index, rows)
            per_table[table] = (fingerprint, index)
            return index
    index: dict[str, list[int]] = {}
    _add_rows(index, db.execute(f"select id, name, aliases from [{table}] order by id").fetchall())
    per_table[table] = (fingerprint, index)
    return index
