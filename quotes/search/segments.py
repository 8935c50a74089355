"""Whoosh segments written in parallel, one process per share of the quotes.

whoosh is pure Python: indexing a quote (analysing its words, stemming them,
writing postings) costs about a millisecond, so a million quotes take minutes
in one process. :func:`write_segments` splits the quotes to index into
``procs`` shares of consecutive ids; each share is indexed by a process of its
own, which reads its quotes from the database itself (nothing is pickled
through a parent process, unlike whoosh's own ``MpWriter``) and writes one
segment into the index folder. :func:`commit_segments` then adds the segments
to the index's table of contents in one commit of the parent's writer, as
whoosh's multi-segment writer does: searches read the segments side by side,
so nothing is merged.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from whoosh import index
from whoosh.writing import SegmentWriter

from quotes.search.documents import DOCUMENT_SQL, document

PARALLEL_MIN_QUOTES = 20_000
"""Below this many quotes to index, one process is faster (starting a process
and its imports costs about a second)."""
IDS_PER_QUERY = 500
"""Quote ids read per query by a segment writer."""


def shares(ids: Sequence[int], procs: int) -> list[list[int]]:
    """``ids`` (sorted) cut into ``procs`` runs of consecutive ids of about equal size."""
    size = -(-len(ids) // procs)
    return [list(ids[start : start + size]) for start in range(0, len(ids), size)] if ids else []


def _rows(db_path: str, ids: list[int]) -> Iterator[dict[str, Any]]:
    """The ``quote_details`` rows of ``ids``, read-only, in id order."""
    connection = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        for start in range(0, len(ids), IDS_PER_QUERY):
            chosen = ids[start : start + IDS_PER_QUERY]
            cursor = connection.execute(
                f"{DOCUMENT_SQL} where quote_id in ({', '.join('?' * len(chosen))}) order by quote_id", chosen
            )
            names = [column[0] for column in cursor.description]
            for values in cursor:
                yield dict(zip(names, values))
    finally:
        connection.close()


def write_segment(db_path: str, index_dir: str, index_name: str, ids: list[int], limitmb: int) -> Any:
    """Index the quotes ``ids`` of the database at ``db_path`` into one new
    segment of the index in ``index_dir`` (not yet in its table of contents);
    return the segment. Runs in a process of its own."""
    ix = index.open_dir(index_dir, indexname=index_name)
    writer = SegmentWriter(ix, _lk=False, limitmb=limitmb, compound=False)
    for row in _rows(db_path, ids):
        writer.add_document(**document(row))
    segment = writer._finalize_segment()
    # No writer._finish(): the temporary folder is shared by every writer of the
    # index, and the parent's writer removes it when it commits.
    ix.close()
    return segment


def write_segments(
    db_path: str | Path,
    index_dir: str | Path,
    index_name: str,
    ids: Sequence[int],
    *,
    procs: int,
    limitmb: int,
    on_share: Callable[[int], None] | None = None,
) -> list[Any]:
    """Index the quotes ``ids`` in ``procs`` processes, one new segment each;
    return the segments, for :func:`commit_segments`. ``on_share`` hears of
    the number of quotes of each share as it is done."""
    context = multiprocessing.get_context("spawn")  # no copy of the parent's open database and threads
    work = shares(sorted(ids), procs)
    with ProcessPoolExecutor(max_workers=len(work), mp_context=context) as pool:
        futures = {
            pool.submit(write_segment, str(db_path), str(index_dir), index_name, share, limitmb): len(share)
            for share in work
        }
        for future in as_completed(futures):
            future.result()  # a share that failed raises here, before anything is committed
            if on_share is not None:
                on_share(futures[future])
        return [future.result() for future in futures]


def commit_segments(writer: Any, segments: list[Any]) -> None:
    """Commit ``writer`` (a whoosh ``SegmentWriter`` holding the index lock,
    with whatever it added or deleted itself) with ``segments`` added to the
    index, as ``whoosh.multiproc.MpWriter`` commits its sub-writers' segments."""
    final = writer._merge_segments(None, None, None)
    final += segments
    if writer._added:
        final.append(writer._finalize_segment())
    else:
        writer._close_segment()
    writer._commit_toc(final)
    writer._finish()
