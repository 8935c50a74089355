"""Whoosh segments written by several processes give the index one process writes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from quotes.search import index as index_module
from quotes.search.index import (
    INDEX_NAME,
    build_index,
    check_index,
    index_dir_for,
    index_keys,
    open_index,
    update_index,
)
from quotes.search.ranking import search_index
from quotes.search.segments import shares
from tests.search.test_index import add_article, quote_ids

SEARCHES = ("seawall", "destabilising", "speaker:ashgrove", "launch OR tides", "monitoring")


def searched(folder):
    """What each search finds, in ranked order, and the facet counts."""
    found = {}
    for query in SEARCHES:
        results = search_index(folder, query)
        found[query] = ([hit.quote_id for hit in results.hits], results.total)
    return found


def index_locked(folder) -> bool:
    """Whether another process finds the index's write lock taken."""
    probe = (
        "import sys; from whoosh import index; from whoosh.index import LockError\n"
        "ix = index.open_dir(sys.argv[1], indexname=sys.argv[2])\n"
        "try:\n    ix.writer().cancel()\nexcept LockError:\n    sys.exit(3)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, str(folder), INDEX_NAME], capture_output=True)
    assert done.returncode in (0, 3), done.stderr
    return done.returncode == 3


@pytest.fixture
def parallel(monkeypatch):
    """Segments in parallel from the first quote (the threshold that pays on real archives is 20,000)."""
    monkeypatch.setattr(index_module, "PARALLEL_MIN_QUOTES", 1)


def test_segments_written_in_parallel_find_what_one_writer_finds(quote_archive, parallel):
    one = index_dir_for(quote_archive).with_name("one.whoosh")
    build_index(quote_archive, one, procs=1)
    result = build_index(quote_archive, procs=2)
    assert result.added == 4 and check_index(quote_archive).ok
    ix, single = open_index(index_dir_for(quote_archive)), open_index(one)
    assert (len(ix._segments()), len(single._segments())) == (2, 1)
    assert index_keys(ix) == index_keys(single)
    ix.close()
    single.close()
    assert searched(index_dir_for(quote_archive)) == searched(one)
    assert not list(index_dir_for(quote_archive).glob("*.tmp"))
    shutil.rmtree(one)


def test_an_update_adds_many_quotes_in_parallel_beside_its_own_changes(quote_archive, parallel):
    build_index(quote_archive, procs=1)
    gone, changed = quote_ids(quote_archive)[:2]
    quote_archive.execute("delete from quotes where id = ?", [gone])
    quote_archive.execute(
        "update quotes set stance_tags = ? where id = ?", [json.dumps(["hopeful"]), changed]
    )
    quote_archive.conn.commit()
    for number in range(3):
        add_article(
            quote_archive,
            f'"The lighthouse keeps burning ({number})," said Oona Threlkeld.',
            f"The lighthouse keeps burning ({number})",
            "Oona Threlkeld",
        )
    result = update_index(quote_archive, procs=2)
    assert (result.added, result.updated, result.deleted) == (3, 1, 1)
    assert check_index(quote_archive).ok
    assert search_index(index_dir_for(quote_archive), "lighthouse").total == 3
    assert search_index(index_dir_for(quote_archive), "stance:hopeful").total == 1


def test_a_share_that_fails_leaves_the_index_as_it_was_and_unlocked(quote_archive, parallel, monkeypatch):
    build_index(quote_archive, procs=1)
    for number in range(2):  # two new quotes: two shares
        words = f"The lighthouse stays dark ({number})"
        add_article(quote_archive, f'"{words}," said Oona Threlkeld.', words, "Oona Threlkeld")

    def failing_share(*args, **kwargs):
        raise RuntimeError("a segment writer died")

    monkeypatch.setattr(index_module, "write_segments", failing_share)
    with pytest.raises(RuntimeError, match="a segment writer died"):
        update_index(quote_archive, procs=2)
    assert not list(index_dir_for(quote_archive).glob("*.tmp"))
    assert not index_locked(index_dir_for(quote_archive))  # as another process sees it
    assert search_index(index_dir_for(quote_archive), "lighthouse").total == 0
    monkeypatch.undo()
    assert update_index(quote_archive, procs=1).added == 2  # the lock was released
    assert search_index(index_dir_for(quote_archive), "lighthouse").total == 2
    assert not list(index_dir_for(quote_archive).glob("*.tmp"))


@pytest.mark.parametrize(
    ("ids", "procs", "expected"),
    [
        ([1, 2, 3, 4], 2, [[1, 2], [3, 4]]),
        ([1, 2, 3, 4, 5], 2, [[1, 2, 3], [4, 5]]),
        ([7], 4, [[7]]),
        ([], 3, []),
    ],
)
def test_shares_are_runs_of_consecutive_ids(ids, procs, expected):
    assert shares(ids, procs) == expected
