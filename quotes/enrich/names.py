"""The ``speakers`` and ``organizations`` rows of one database, as one piece of work sees them.

Speaker resolution (:mod:`quotes.enrich.speakers`), organization normalization
(:mod:`quotes.enrich.organizations`) and curation (:mod:`quotes.enrich.curation`)
find rows by :func:`~quotes.enrich.gazetteer.name_key` (``Kim Jong-un`` is ``Kim
Jong Un``), which SQL cannot index. A :class:`Names` holds, for one piece of
work (the writing phase of a build, one post-build step, one curation
command), what that takes:

- the gazetteer that applies to the database, read on first use;
- the :class:`~quotes.enrich.gazetteer.ArticleContext` of the article being resolved;
- a :class:`NameIndex` from name keys to row ids for each of the two tables.

An index is built on first use and stays right by itself for rows added since
(by anyone on the connection: they are read at the next lookup) and for
writes by other connections (SQLite's ``data_version``: it is rebuilt). A
rename or deletion on the same connection must go through :meth:`Names.update`
or :meth:`Names.delete`; code that renames rows directly (the gazetteer step)
does so before any :class:`Names` is made for the rows it renamed.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Mapping
from typing import Any

import sqlite_utils

from quotes.enrich.gazetteer import ArticleContext, Gazetteer, gazetteer_for, name_key
from quotes.records import Article
from quotes.store.sql import chunks, insert_row, placeholders, update_if_changed

INDEXED_TABLES = ("speakers", "organizations")
INDEXED_COLUMNS = frozenset({"name", "aliases"})
"""The columns an index is made from: an update of one of them re-indexes the row."""


class NameIndex:
    """Name key -> ids (in id order) of the rows of ``table`` with that name or alias."""

    def __init__(self, db: sqlite_utils.Database, table: str) -> None:
        if table not in INDEXED_TABLES:
            raise ValueError(f"no name index for table {table!r}")
        self.db = db
        self.table = table
        self._ids: dict[str, list[int]] = {}
        self._keys: dict[int, list[str]] = {}
        self._last_id = 0
        self._data_version: int | None = None

    def ids(self, name: str) -> list[int]:
        """The ids of the rows called (or aliased) ``name``, by name key."""
        self._catch_up()
        return list(self._ids.get(name_key(name), ()))

    def reindex(self, row_id: int) -> None:
        """Index row ``row_id`` again, after its name or aliases changed."""
        self.forget([row_id])
        if row_id <= self._last_id:
            row = self.db.execute(f"select id, name, aliases from [{self.table}] where id = ?", [row_id])
            self._add(row.fetchall())

    def forget(self, row_ids: Iterable[int]) -> None:
        """Drop deleted (or renamed) rows from the index."""
        for row_id in row_ids:
            for key in self._keys.pop(row_id, []):
                self._ids[key].remove(row_id)

    def _catch_up(self) -> None:
        """Rebuild after another connection wrote; add the rows added since."""
        version = self.db.execute("pragma data_version").fetchone()[0]
        if version != self._data_version:
            self._ids, self._keys, self._last_id, self._data_version = {}, {}, 0, version
        rows = self.db.execute(
            f"select id, name, aliases from [{self.table}] where id > ? order by id", [self._last_id]
        ).fetchall()
        if rows:
            self._add(rows)
            self._last_id = rows[-1][0]

    def _add(self, rows: Iterable[tuple[int, str, str | None]]) -> None:
        for row_id, name, aliases in rows:
            keys = self._keys.setdefault(row_id, [])
            for text in [name, *json.loads(aliases or "[]")]:
                key = name_key(text)
                ids = self._ids.setdefault(key, [])
                if row_id not in ids:
                    bisect.insort(ids, row_id)
                    keys.append(key)


class Names:
    """The gazetteer, the current article's context and the name indexes of
    ``db``, and the writes of ``speakers`` and ``organizations`` rows that keep
    those indexes right (see the module docstring)."""

    def __init__(self, db: sqlite_utils.Database, *, gazetteer: Gazetteer | None = None) -> None:
        self.db = db
        self._gazetteer = gazetteer
        self._context: tuple[str, ArticleContext] | None = None
        self.speakers = NameIndex(db, "speakers")
        self.organizations = NameIndex(db, "organizations")

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer that applies to the database (read on first use)."""
        if self._gazetteer is None:
            self._gazetteer = gazetteer_for(self.db)
        return self._gazetteer

    def context(self, article: Article) -> ArticleContext:
        """The :class:`ArticleContext` of ``article`` (kept while the same article is resolved)."""
        if self._context is None or self._context[0] != article.hash:
            context = self.gazetteer.article_context(article.text, title=article.title)
            self._context = (article.hash, context)
        return self._context[1]

    def insert(self, table: str, row: Mapping[str, Any]) -> int:
        """Insert a row into ``speakers`` or ``organizations`` and return its id."""
        return insert_row(self.db, table, row)

    def update(self, table: str, row_id: int, values: Mapping[str, Any]) -> int:
        """:func:`~quotes.store.sql.update_if_changed`, re-indexing the row when
        its name or aliases changed. Returns 1 if the row was updated, else 0."""
        changed = update_if_changed(self.db, table, row_id, values)
        if changed and INDEXED_COLUMNS & values.keys():
            self._index(table).reindex(row_id)
        return changed

    def delete(self, table: str, row_ids: Iterable[int]) -> int:
        """Delete rows of ``speakers`` or ``organizations``; returns how many."""
        deleted = 0
        for ids in chunks(row_ids):
            deleted += self.db.execute(
                f"delete from [{table}] where id in ({placeholders(ids)})", ids
            ).rowcount
            self._index(table).forget(ids)
        return deleted

    def _index(self, table: str) -> NameIndex:
        """The index of ``table`` (``speakers`` or ``organizations``)."""
        return {"speakers": self.speakers, "organizations": self.organizations}[table]
