"""Facets counted in one pass over the rows a page shows: ``values`` and ``tags``.

Datasette runs one query per facet, and each query repeats the page's own
query: on a table search that is the full-text match plus a lookup of every
matching quote. A common word matches ~40,000 of a million quotes, so the four
facets of the quotes table cost four such passes (~20 ms each here) on top of
the count. Datasette's ``array`` facet is dearer still: it removes duplicate
items by sorting whole rows, quote text included (~70 ms for ``stance_tags``).

The facet types here give the same facets from two queries run side by side
(:data:`SHARED_QUERIES`). The first facet asked for on a page runs them: each
materialises the matching rows once (only its faceted columns) and counts its
share of the page's ``values`` and ``tags`` facets from them. In metadata.yml::

    facets:
      - values: kind          # like a plain column facet: ``- kind``
      - tags: stance_tags     # like ``- array: stance_tags``

In a URL: ``?_facet_values=outlet``, ``?_facet_tags=aliases``. Results have the
shape (and ``type``) of Datasette's ``column`` and ``array`` facets, and
clicking a value adds the same filter (``kind=direct``,
``stance_tags__arraycontains=criticizes``). Where they differ:

- ``tags`` counts an item repeated within one row's array twice (Datasette's
  array facet once); the stance columns hold distinct items (see
  :func:`quotes.enrich.stance.update_stance_columns`).
- A page with more than :data:`SEPARATE_ABOVE_ROWS` rows (an unfiltered large
  table), or whose shared query hits the facet time limit, counts each facet in
  its own query instead, so a slow facet hides only itself, as in Datasette.
- A facet on a column the page does not have is a 400 error naming it.
- Value links do not repeat a ``base_url`` prefix.
- No facet suggestions (Datasette's own suggestions remain).
"""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from datasette.database import QueryInterrupted
from datasette.facets import Facet, load_facet_configs
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args
from datasette.utils.asgi import BadRequest

VALUES = "values"
TAGS = "tags"
SHARED_TYPES = (VALUES, TAGS)

SCOPE_KEY = "quotes.facet_counts"
"""Where a request keeps the counts of its shared facets (in its ASGI scope, so
they go with the request): a task, computed by whichever facet asks first, so
that facets run at the same time wait for the same query."""

SEPARATE_ABOVE_ROWS = 200_000
"""Pages with more rows than this (an unfiltered million-quote table) count each
facet in its own query, as Datasette does: copying every row to count them
together costs more than the indexes on single columns save."""

SHARED_QUERIES = 2
"""The shared facets of a page are counted by this many queries, run side by
side on Datasette's threads (every other facet in each): a table search for a
word in 4% of a million quotes answered in 86 ms instead of 94 (p50, two
cores; docs/benchmarks.md)."""

CTE = "_quotes_facet_rows"


@dataclass
class FacetCounts:
    """Per facet ``(type, column)``: its top ``(value, count)`` rows, largest first."""

    rows: dict[tuple[str, str], list[tuple[Any, int]]] = field(default_factory=dict)
    timed_out: set[tuple[str, str]] = field(default_factory=set)


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
        col = f"{CTE}.{escape_sqlite(column)}"
        if kind == TAGS:
            # most rows have no tags: skip them before json_each parses them
            where = f" where {col} != '[]'" + (f" and json_valid({col})" if check_json else "")
            counted = (
                f"select j.value as value, count(*) as count from {CTE}, json_each({col}) as j"
                f"{where} group by j.value"
            )
        else:
            counted = (
                f"select {col} as value, count(*) as count from {CTE} where {col} is not null group by {col}"
            )
        parts.append(
            f"select {number} as facet, value, count from "
            f"({counted} order by count desc, value limit {int(limit)})"
        )
    # SQLite (3.35+) computes a CTE used more than once only once ("materialized").
    return (
        f"with {CTE} as (select {selected} from ({sql}))\n"
        f"select * from ({' union all '.join(parts)}) order by facet, count desc, value"
    )


async def _run(
    ds, database: str, sql: str, params, facets: list[tuple[str, str]], limit: int, counts: FacetCounts
) -> bool:
    """Count ``facets`` in one query into ``counts``; False when it timed out."""
    for check_json in (False, True):
        try:
            result = await ds.execute(
                database,
                facet_counts_sql(sql, facets, limit, check_json=check_json),
                params,
                truncate=False,
                custom_time_limit=ds.setting("facet_time_limit_ms"),
            )
        except QueryInterrupted:
            return False
        except sqlite3.OperationalError as error:
            if check_json or "json" not in str(error).lower():
                raise
            continue  # a malformed array somewhere: count again, skipping it
        for number, value, count in result.rows:
            counts.rows[facets[number]].append((value, count))
        return True
    return True


async def _count(
    ds, database: str, sql: str, params, facets: list[tuple[str, str]], limit: int, *, separately: bool
) -> FacetCounts:
    """The counts of ``facets``: in :data:`SHARED_QUERIES` queries run side by
    side, or (``separately``, or for the facets of a query that timed out) one
    query per facet, each with Datasette's facet time limit."""
    counts = FacetCounts(rows={facet: [] for facet in facets})
    groups = [] if separately else [facets[i::SHARED_QUERIES] for i in range(SHARED_QUERIES)]
    groups = [group for group in groups if group]
    done = await asyncio.gather(*(_run(ds, database, sql, params, g, limit, counts) for g in groups))
    left = [facet for group, ok in zip(groups, done) if not ok for facet in group]
    for facet in left if groups else facets:  # (a timed-out query stored no rows)
        if not await _run(ds, database, sql, params, [facet], limit, counts):
            counts.timed_out.add(facet)
    return counts


class SharedFacet(Facet):
    """The part ``values`` and ``tags`` facets share: one counting query per page."""

    async def suggest(self):
        """None: offered only when configured (Datasette suggests its own facets)."""
        return []

    @staticmethod
    def _column(config: dict) -> str:
        column = config.get("column") or config.get("simple")
        if not isinstance(column, str) or not column or "\x00" in column:
            raise BadRequest(f"Invalid facet column: {column!r}")
        return column

    async def _shared_facets(self) -> list[tuple[str, str]]:
        configs = load_facet_configs(self.request, self.metadata)
        facets = []
        for kind in SHARED_TYPES:
            for source_and_config in configs.get(kind) or []:
                facet = (kind, self._column(source_and_config["config"]))
                if facet not in facets:
                    facets.append(facet)
        if facets:
            columns = set(await self.get_columns(self.sql, self.params))
            unknown = [column for _, column in facets if column not in columns]
            if unknown:
                raise BadRequest(f"Cannot facet on {', '.join(map(repr, unknown))}: no such column")
        return facets

    async def shared_counts(self) -> FacetCounts:
        """The counts of every shared facet of the page, from the request's one task."""
        facets = await self._shared_facets()
        limit = self.get_facet_size() + 1
        key = (self.database, self.sql, repr(self.params), tuple(facets), limit)
        tasks = self.request.scope.setdefault(SCOPE_KEY, {})
        if key not in tasks:
            separately = self.row_count is not None and self.row_count > SEPARATE_ABOVE_ROWS
            tasks[key] = asyncio.ensure_future(
                _count(self.ds, self.database, self.sql, self.params, facets, limit, separately=separately)
            )
        return await tasks[key]

    async def facet_results(self):
        """This facet type's results on the page, in Datasette's shape, and the facets that timed out."""
        counts = await self.shared_counts()
        facet_size = self.get_facet_size()
        results, timed_out = [], []
        for source_and_config in self.get_configs():
            column = self._column(source_and_config["config"])
            if (self.type, column) in counts.timed_out:
                timed_out.append(column)
                continue
            rows = counts.rows.get((self.type, column), [])
            results.append(
                {
                    "name": column,
                    "type": self.result_type,
                    "hideable": source_and_config["source"] != "metadata",
                    "toggle_url": self.ds.urls.path(
                        path_with_removed_args(self.request, {f"_facet_{self.type}": column})
                    ),
                    "results": await self.values(column, rows[:facet_size]),
                    "truncated": len(rows) > facet_size,
                }
            )
        return results, timed_out

    def _toggle(self, name: str, value: Any) -> tuple[str, bool]:
        """The URL that selects (or, when selected, unselects) ``name=value``.
        The request's path already carries any ``base_url``: passing it through
        ``urls.path`` as well (as Datasette's column facet does) would repeat it."""
        selected = (name, str(value)) in self.get_querystring_pairs()
        change = path_with_removed_args if selected else path_with_added_args
        path = change(self.request, {name: str(value) if selected else value})
        return self.ds.absolute_url(self.request, path), selected

    async def values(self, column: str, rows: list[tuple[Any, int]]) -> list[dict]:
        """The facet values of ``column`` shown for its ``(value, count)`` rows."""
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
                self.database, self.table, column, [value for value, _ in rows]
            )
        name = f"{column}__exact" if column.startswith("_") else column
        values = []
        for value, count in rows:
            toggle_url, selected = self._toggle(name, value)
            values.append(
                {
                    "value": value,
                    "label": labels.get((column, value), value),
                    "count": count,
                    "toggle_url": toggle_url,
                    "selected": selected,
                }
            )
        return values


class TagsFacet(SharedFacet):
    """The items of a JSON array column, as Datasette's ``array`` facet shows them."""

    type = TAGS
    result_type = "array"

    async def values(self, column: str, rows: list[tuple[Any, int]]) -> list[dict]:
        values = []
        for value, count in rows:
            toggle_url, selected = self._toggle(f"{column}__arraycontains", str(value))
            values.append(
                {
                    "value": str(value),
                    "label": str(value),
                    "count": count,
                    "toggle_url": toggle_url,
                    "selected": selected,
                }
            )
        return values


FACET_CLASSES = [ValuesFacet, TagsFacet]
