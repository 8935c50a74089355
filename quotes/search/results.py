"""The results of a whoosh search and the SQLite rows they show.

The index stores quote ids only, so the rows are always read from the
``quote_details`` view: results show the current data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from quotes.search.documents import stance_names
from quotes.store.views import is_paraphrase, shown_quote

ROWS_SQL = "select * from quote_details where quote_id in ({marks})"


@dataclass
class Hit:
    """One ranked quote; ``quote_html``/``context_html`` carry the highlights."""

    quote_id: int
    score: float
    rank: int
    row: dict[str, Any] = field(default_factory=dict)
    quote_html: str = ""
    context_html: str = ""
    quote_matched: bool = False
    context_matched: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The hit as JSON: rank, score, the highlighted HTML and the row's plain fields.
        ``quote_shown`` is the quote as it should be copied (in quotation marks,
        or after "said that" when ``paraphrase``: an indirect quote, unless it
        holds its own verb)."""
        row = self.row
        return {
            "rank": self.rank,
            "score": round(self.score, 4),
            "quote_id": self.quote_id,
            "quote": row.get("quote"),
            "quote_shown": shown_quote(row.get("quote"), row.get("kind"), row.get("cue")),
            "paraphrase": is_paraphrase(row.get("kind")),
            "quote_html": self.quote_html,
            "context_html": self.context_html,
            "kind": row.get("kind"),
            "cue": row.get("cue"),
            "speaker": row.get("speaker"),
            "speaker_id": row.get("speaker_id"),
            "speaker_role": row.get("speaker_role"),
            "speaker_affiliation": row.get("speaker_affiliation"),
            "outlet": row.get("outlet"),
            "published": row.get("published"),
            "article_id": row.get("article_id"),
            "article_title": row.get("article_title"),
            "url": row.get("url"),
            "stance_tags": stance_names(row.get("stance_tags")),
        }


@dataclass
class SearchResults:
    """A page of results: ranked hits, the total, facet counts, a suggestion."""

    query: str
    total: int = 0
    page: int = 1
    page_size: int = 10
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    filters: dict[str, list[str]] = field(default_factory=dict)
    suggestion: str | None = None
    terms: dict[str, set[str]] = field(default_factory=dict)
    parsed: str = ""
    total_exact: bool = True
    facets_scope: int | None = None

    @property
    def pages(self) -> int:
        """The number of pages of ``page_size`` hits (at least 1)."""
        return max(1, -(-self.total // self.page_size))

    def to_dict(self) -> dict[str, Any]:
        """The page of results as JSON (``quotes search --json``, the search page's ``.json``)."""
        return {
            "query": self.query,
            "parsed": self.parsed,
            "total": self.total,
            "total_exact": self.total_exact,
            "page": self.page,
            "page_size": self.page_size,
            "pages": self.pages,
            "filters": self.filters,
            "suggestion": self.suggestion,
            "facets": {
                name: [{"value": v, "count": c} for v, c in counts] for name, counts in self.facets.items()
            },
            "facets_over_best": self.facets_scope,
            "hits": [hit.to_dict() for hit in self.hits],
        }


def rows_sql(ids: Sequence[int]) -> tuple[str, list[int]]:
    """The SQL (and parameters) that reads the ``quote_details`` rows of ``ids``."""
    return ROWS_SQL.format(marks=",".join("?" for _ in ids)), list(ids)


def fetch_rows(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """``{quote id: quote_details row}`` for ``ids`` (missing ids are left out)."""
    if not ids:
        return {}
    sql, params = rows_sql(ids)
    return {row["quote_id"]: row for row in db.query(sql, params)}
