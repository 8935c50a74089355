"""Open whoosh searchers and column values, reused from one search to the next.

Opening a searcher reads every segment (tens of ms on a large index), so each
thread keeps one searcher per index folder, refreshed when the index has new
segments and reopened when the folder was replaced (``quotes index rebuild``).
Column values (the facets) are read once per index version and shared by all
threads. Both live as long as the process; nothing needs invalidating by hand,
since each use checks the index version.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from whoosh import scoring

from quotes.search.index import open_index

FolderIdentity = tuple[Path, int | None]
"""An index folder and its inode: a rebuilt index is a new folder."""

_local = threading.local()
_columns: dict[tuple[FolderIdentity, tuple[Any, ...], str], list[Any]] = {}
_columns_lock = threading.Lock()


def _refreshed(searcher: Any) -> Any | None:
    """The searcher, refreshed if the index has new segments; None if it cannot be."""
    try:
        return searcher if searcher.up_to_date() else searcher.refresh()
    except Exception:  # a damaged or half-replaced index: open it afresh
        return None


def open_searcher(index_dir: str | Path) -> Any:
    """A BM25F searcher on the index in ``index_dir``, kept open per thread.

    Raises SearchIndexError when there is no usable index.
    """
    folder = Path(index_dir).resolve()
    searchers: dict[Path, tuple[int | None, Any]] = _local.__dict__.setdefault("searchers", {})
    try:
        identity: int | None = folder.stat().st_ino
    except OSError:
        identity = None
    cached = searchers.get(folder)
    searcher = _refreshed(cached[1]) if cached is not None and cached[0] == identity else None
    if searcher is None:
        searcher = open_index(folder).searcher(weighting=scoring.BM25F())
    searcher._quotes_folder = (folder, identity)
    searchers[folder] = (identity, searcher)
    return searcher


def _read_column(reader: Any, fieldname: str) -> list[Any]:
    """The values of a column for every document, ``None`` where there is none."""
    values: list[Any] = []
    # Segment by segment: whoosh's multi-segment column reader comes up short when
    # a segment has no value at all for the column.
    for leaf, offset in sorted(reader.leaf_readers(), key=lambda pair: pair[1]):
        values += [None] * (offset - len(values))
        if leaf.has_column(fieldname):
            values += [
                v.decode("utf-8", "replace") if isinstance(v, bytes) else v
                for v in leaf.column_reader(fieldname)
            ]
        else:
            values += [None] * leaf.doc_count_all()
    return values


def column_values(searcher: Any, fieldname: str) -> list[Any]:
    """The values of a column for every document of the searcher's index version.

    Read once (a second or so for a million quotes) and shared by all threads
    until the index changes."""
    folder: FolderIdentity | None = getattr(searcher, "_quotes_folder", None)
    reader = searcher.reader()
    segments = tuple(
        leaf.segment().segment_id() if hasattr(leaf, "segment") else id(leaf)
        for leaf, _ in reader.leaf_readers()
    )
    if folder is None:
        return _read_column(reader, fieldname)
    key = (folder, segments, fieldname)
    with _columns_lock:
        if key in _columns:
            return _columns[key]
    values = _read_column(reader, fieldname)
    with _columns_lock:
        for old in [k for k in _columns if k[0] == folder and k[1] != segments]:
            del _columns[old]
        _columns[key] = values
    return values
