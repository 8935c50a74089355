"""Facets counted in one pass over the rows a page shows: ``values`` and ``tags``.

Datasette runs one query per facet, and each query repeats the page's own
query: on a table search that is the full-text match plus a lookup of every
matching quote. A common word matches ~40,000 of a million quotes, so the four
facets of the quotes table cost four such passes (~20 ms each here) on top of
the count. Datasette's ``array`` facet is dearer still: it removes duplicate
items by sorting whole rows, quote text included (~70 ms for ``stance_tags``).

The facet types here give the same facets from one query. The first facet
asked for on a page runs it: the matching rows are materialised once (only the
faceted columns) and every ``values`` and ``tags`` facet of the page is counted
from them. In metadata.yml::

    facets:
      - values: kind          # like a plain column facet: ``- kind``
      - tags: stance_tags     # like ``- array: stance_tags``

``tags`` columns must hold JSON arrays of distinct items, as the stance
columns do (see :func:`quotes.stance.update_stance_columns`): an item repeated
in one row is counted twice. In a URL: ``?_facet_values=outlet``,
``?_facet_tags=stance_tags``. Results have the shape (and ``type``) of
Datasette's ``column`` and ``array`` facets, and clicking a value adds the
same filter (``kind=direct``, ``stance_tags__arraycontains=criticizes``).
"""

from __future__ import annotations

import asyncio
import sqlite3
import weakref
from dataclasses import dataclass, field
from typing import Any

from datasette.database import QueryInterrupted
from datasette.facets import Facet, load_facet_configs
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

VALUES = "values"
TAGS = "tags"
SHARED_TYPES = (VALUES, TAGS)

# The counts of a page's shared facets, computed by whichever facet asks first
# (a task, so that facets run at the same time wait for the same query).
_counts_by_request: "weakref.WeakKeyDictionary[Any, dict[tuple, asyncio.Task]]" = weakref.WeakKeyDictionary()


@dataclass
class FacetCounts:
    """Per facet ``(type, column)``: its top ``(value, count)`` rows, largest first."""

    rows: dict[tuple[str, str], list[tuple[Any, int]]] = field(default_factory=dict)
    timed_out: bool = False


def facet_counts_sql(sql: str, facets: list[tuple[str, str]], limit: int, *, check_json: bool = False) -> str:
    """One query counting ``facets`` (``(type, column)`` pairs) over the rows of
    ``sql``: columns `values` and the items of JSON arrays (``tags``), at most
    ``limit`` rows each. The result rows are ``(facet number, value, count)``.

    With ``check_json``, rows whose array is not valid JSON are skipped (SQLite's
    ``json_each`` fails the whole query on one of them)."""
    columns = sorted({column for _, column in facets})
    selected = ", ".join(escape_sqlite(c) for c in columns)
    parts = []
    for number, (kind, column) in enumerate(facets):
        col = f"matches.{escape_sqlite(column)}"
        if kind == TAGS:
            # most rows have no tags: skip them before json_each parses them
            where = f" where {col} != '[]'" + (f" and json_valid({col})" if check_json else "")
            counted = (f"select j.value as value, count(*) as count from matches, json_each({col}) as j"
                       f"{where} group by j.value")
        else:
            counted = f"select {col} as value, count(*) as count from matches where {col} is not null group by {col}"
        parts.append(f"select {number} as facet, value, count from "
                     f"({counted} order by count desc, value limit {int(limit)})")
    # SQLite (3.35+) computes a CTE used more than once only once ("materialized").
    return (f"with matches as (select {selected} from ({sql}))\n"
            + "\nunion all\n".join(parts))


async def _count(ds, database: str, sql: str, params, facets: list[tuple[str, str]], limit: int) -> FacetCounts:
    counts = FacetCounts(rows={facet: [] for facet in facets})
    if not facets:
        return counts
    for check_json in (False, True):
        try:
            result = await ds.execute(
                database, facet_counts_sql(sql, facets, limit, check_json=check_json), params,
                truncate=False, custom_time_limit=ds.setting("facet_time_limit_ms"),
            )
        except QueryInterrupted:
            counts.timed_out = True
            return counts
        except sqlite3.OperationalError as error:
            if check_json or "json" not in str(error).lower():
                raise
            continue  # a malformed array somewhere: count again, skipping it
        for number, value, count in result.rows:
            counts.rows[facets[number]].append((value, count))
        return counts
    return counts


class SharedFacet(Facet):
    """The part ``values`` and ``tags`` facets share: one counting query per page."""

    async def suggest(self):
        return []  # offered only when configured (Datasette suggests its own facets)

    def _shared_facets(self) -> list[tuple[str, str]]:
        configs = load_facet_configs(self.request, self.metadata)
        facets = []
        for kind in SHARED_TYPES:
            for source_and_config in configs.get(kind) or []:
                config = source_and_config["config"]
                facet = (kind, config.get("column") or config["simple"])
                if facet not in facets:
                    facets.append(facet)
        return facets

    async def shared_counts(self) -> FacetCounts:
        facets = self._shared_facets()
        limit = self.get_facet_size() + 1
        key = (self.database, self.sql, repr(self.params), tuple(facets), limit)
        tasks = _counts_by_request.setdefault(self.request, {})
        if key not in tasks:
            tasks[key] = asyncio.ensure_future(
                _count(self.ds, self.database, self.sql, self.params, facets, limit))
        return await tasks[key]

    async def facet_results(self):
        counts = await self.shared_counts()
        facet_size = self.get_facet_size()
        results, timed_out = [], []
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            if counts.timed_out:
                timed_out.append(column)
                continue
            rows = counts.rows.get((self.type, column), [])
            results.append({
                "name": column,
                "type": self.result_type,
                "hideable": source_and_config["source"] != "metadata",
                "toggle_url": self.ds.urls.path(
                    path_with_removed_args(self.request, {f"_facet_{self.type}": column})),
                "results": await self.values(column, rows[:facet_size]),
                "truncated": len(rows) > facet_size,
            })
        return results, timed_out

    def _toggle(self, name: str, value: Any) -> tuple[str, bool]:
        """The URL that selects (or, when selected, unselects) ``name=value``."""
        selected = (name, str(value)) in self.get_querystring_pairs()
        change = path_with_removed_args if selected else path_with_added_args
        path = self.ds.urls.path(change(self.request, {name: str(value) if selected else value}))
        return self.ds.absolute_url(self.request, path), selected

    async def values(self, column: str, rows: list[tuple[Any, int]]) -> list[dict]:
        raise NotImplementedError


class ValuesFacet(SharedFacet):
    """A column's values, as Datasette's ``column`` facet shows them (with the
    labels of foreign keys: speaker names for ``speaker_id``)."""

    type = VALUES
    result_type = "column"

    async def values(self, column: str, rows: list[tuple[Any, int]]) -> list[dict]:
        labels = {}
        if self.table:
            labels = await self.ds.expand_foreign_keys(
                self.database, self.table, column, [value for value, _ in rows])
        name = f"{column}__exact" if column.startswith("_") else column
        values = []
        for value, count in rows:
            toggle_url, selected = self._toggle(name, value)
            values.append({"value": value, "label": labels.get((column, value), value), "count": count,
                           "toggle_url": toggle_url, "selected": selected})
        return values


class TagsFacet(SharedFacet):
    """The items of a JSON array column, as Datasette's ``array`` facet shows them."""

    type = TAGS
    result_type = "array"

    async def values(self, column: str, rows: list[tuple[Any, int]]) -> list[dict]:
        values = []
        for value, count in rows:
            toggle_url, selected = self._toggle(f"{column}__arraycontains", str(value))
            values.append({"value": str(value), "label": str(value), "count": count,
                           "toggle_url": toggle_url, "selected": selected})
        return values


FACET_CLASSES = [ValuesFacet, TagsFacet]
