"""Facet counts of the whoosh search: how many matching quotes each speaker,
stance tag, outlet and year has, read from the index's columns.

(The Datasette facets of the table pages are :mod:`quotes.web.facets`.)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from quotes.errors import QuotesError
from quotes.search.searchers import column_values, open_searcher

# The column holding each facet's values (stance: comma-separated tags).
FACET_COLUMNS = {
    "speaker": "speaker_facet",
    "stance": "stance_facet",
    "outlet": "outlet_facet",
    "year": "year",
}
FACET_LIMIT = 10


def _count(name: str, values: list[Any], docnums: Sequence[int]) -> Counter[Any]:
    """How often each value of one facet's column comes among ``docnums``."""
    counter: Counter[Any] = Counter()
    if not values:
        return counter
    if name == "stance":
        for docnum in docnums:
            if values[docnum]:
                counter.update(values[docnum].split(","))
    else:
        counter.update(values[docnum] for docnum in docnums)
    return counter


def facet_counts(searcher: Any, docnums: Sequence[int]) -> dict[str, list[tuple[str, int]]]:
    """Counts of each facet's values among ``docnums``, most frequent first."""
    counts: dict[str, list[tuple[str, int]]] = {}
    for name, fieldname in FACET_COLUMNS.items():
        counter = _count(name, column_values(searcher, fieldname), docnums)
        counter.pop("", None)
        counter.pop(None, None)
        ranked = sorted(counter.items(), key=lambda pair: (-pair[1], str(pair[0])))
        counts[name] = [(str(value), count) for value, count in ranked[:FACET_LIMIT]]
    return counts


def warm_up(index_dir: str | Path) -> None:
    """Open the index and read the facet columns, so the first search is fast."""
    try:
        searcher = open_searcher(index_dir)
        for fieldname in FACET_COLUMNS.values():
            column_values(searcher, fieldname)
    except QuotesError:
        pass
