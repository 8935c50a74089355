"""Running a whoosh search: ranking the quotes that match (:func:`search_index`)
and the whole search (:func:`search`).

A search runs in three steps, each usable on its own (the CLI runs all three
with :func:`search`; the Datasette page runs the SQL step on Datasette's own
connection):

1. :func:`search_index` parses the query, ranks the matching quotes with BM25F
   (quote text weighted above the speaker and the paragraph around the quote),
   counts the facets and, when nothing matches, suggests a spelling;
2. :func:`quotes.search.results.fetch_rows` reads the matching ``quote_details``
   rows from SQLite by id;
3. :func:`quotes.search.render.render_hits` highlights the matched words.

This is the whoosh engine, not the SQLite FTS5 table of :mod:`quotes.store.fts`.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import sqlite_utils
from whoosh import query

from quotes.search.facets import facet_counts
from quotes.search.index import index_dir_for
from quotes.search.query import (
    SearchError,
    check_query_cost,
    clean_filters,
    filter_query,
    parse_query,
    terms_by_field,
)
from quotes.search.render import MarkFormatter, render_hits
from quotes.search.results import Hit, SearchResults, fetch_rows
from quotes.search.searchers import open_searcher
from quotes.search.suggest import suggest_query

# Count all matches exactly up to this many (estimated); beyond, whoosh's estimate.
EXACT_COUNT_LIMIT = 5_000
# Facets count every match up to this many; beyond, the best FACET_TOP results.
FACET_SCAN_LIMIT = 10_000
FACET_TOP = 1_000
MAX_PAGE_SIZE = 100


def _check_paging(page: int, page_size: int) -> None:
    """Raise SearchError for a page before the first or a page size out of range."""
    if page < 1:
        raise SearchError(f"page must be 1 or more, not {page}")
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise SearchError(f"page size must be between 1 and {MAX_PAGE_SIZE}, not {page_size}")


def _total(found: Any, search_limit: int) -> tuple[int, bool]:
    """The number of matches and whether it is exact (else whoosh's upper bound)."""
    if found.has_exact_length():
        return len(found), True
    if found.scored_length() < search_limit:
        # Fewer matches than asked for: all were scored (none skipped), no need
        # for whoosh's second pass to count them.
        return found.scored_length(), True
    if found.estimated_length() <= EXACT_COUNT_LIMIT:
        return len(found), True
    # Counting every match of a very common word costs more than the search:
    # give whoosh's estimate (an upper bound) and say so.
    return found.estimated_length(), False


def _page(found: Any, page: int, page_size: int) -> list[Hit]:
    """The hits of one page, ranked from 1 over all pages."""
    start = (page - 1) * page_size
    return [
        Hit(quote_id=int(hit["quote_id"]), score=hit.score or 0.0, rank=rank)
        for rank, hit in enumerate(found[start : start + page_size], start=start + 1)
    ]


def _count_facets(results: SearchResults, searcher: Any, found: Any, matching: query.Query) -> None:
    """Count the facets over every match, or over the best FACET_TOP when there
    are too many to count (``results.facets_scope`` then says how many)."""
    if results.total_exact and results.total <= FACET_SCAN_LIMIT:
        docnums = list(searcher.docs_for_query(matching))
    else:
        docnums = [docnum for _, docnum in found.top_n[:FACET_TOP]]
        results.facets_scope = len(docnums)
    results.facets = facet_counts(searcher, docnums)


def search_index(
    index_dir: str | Path,
    text: str,
    *,
    page: int = 1,
    page_size: int = 10,
    filters: Mapping[str, Any] | None = None,
    facets: bool = False,
    suggest: bool = True,
) -> SearchResults:
    """Rank the quotes matching ``text`` (ids and scores only; see
    :func:`~quotes.search.render.render_hits`).

    ``filters`` maps facet names (speaker, stance, outlet, year) to required
    values. With ``facets`` the counts of those facets over all matching quotes
    are included. An empty query with filters lists the filtered quotes; an empty
    query without filters matches nothing. A query over the limits of
    :mod:`quotes.search.query` raises :class:`~quotes.search.query.SearchLimitError`.
    """
    _check_paging(page, page_size)
    filters = clean_filters(filters)
    results = SearchResults(query=text or "", page=page, page_size=page_size, filters=filters)
    searcher = open_searcher(index_dir)
    q = parse_query(text, searcher.schema)
    check_query_cost(q, searcher.reader())
    if q is query.NullQuery and filters:
        q = query.Every()
    results.parsed = str(q) if q is not query.NullQuery else ""
    if q is query.NullQuery or searcher.doc_count() == 0:
        return results
    narrowing = filter_query(filters)
    # With facets, keep the best FACET_TOP in the same pass: a common word's
    # facets are counted over them, and scoring it twice doubled the time.
    search_limit = max(page * page_size, FACET_TOP) if facets else page * page_size
    found = searcher.search(q, limit=search_limit, filter=narrowing)
    results.total, results.total_exact = _total(found, search_limit)
    results.hits = _page(found, page, page_size)
    results.terms = terms_by_field(q, searcher.reader())
    if facets and results.total:
        _count_facets(results, searcher, found, q if narrowing is None else query.And([q, narrowing]))
    if results.total == 0 and suggest:
        results.suggestion = suggest_query(searcher, text)
    return results


def search(
    db: sqlite_utils.Database,
    text: str,
    *,
    index_dir: str | Path | None = None,
    limit: int = 10,
    page: int = 1,
    filters: Mapping[str, Any] | None = None,
    facets: bool = False,
    formatter: MarkFormatter | None = None,
) -> SearchResults:
    """Search the quotes of ``db`` through its whoosh index: ranked, highlighted hits."""
    index_dir = Path(index_dir) if index_dir is not None else index_dir_for(db)
    results = search_index(index_dir, text, page=page, page_size=limit, filters=filters, facets=facets)
    rows = fetch_rows(db, [hit.quote_id for hit in results.hits])
    return render_hits(results, rows, formatter=formatter)
