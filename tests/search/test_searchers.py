"""Searchers and column values kept open between searches follow the index."""

from __future__ import annotations

import threading

from quotes.enrich.speakers import SpeakerDirectory
from quotes.records import Article, Quote
from quotes.search.index import build_index, update_index
from quotes.search.ranking import search, search_index
from quotes.search.searchers import column_values, open_searcher
from quotes.store.write import write_article

LANTERNS = "Lanterns keep the pier safe"


def add_lantern_quote(db):
    text = f'"{LANTERNS}," said Oona Threlkeld.'
    write_article(
        db,
        Article(text=text),
        [Quote(text=LANTERNS, start=1, end=1 + len(LANTERNS), speaker="Oona Threlkeld")],
        speakers=SpeakerDirectory(db),
    )


def found(db, text):
    return [hit.row["quote"] for hit in search(db, text).hits]


def test_cached_searcher_sees_updates_and_rebuilds(indexed, index_dir):
    assert found(indexed, "lanterns") == []
    before = search_index(index_dir, "tides", facets=True)  # fills the column cache
    assert before.facets["speaker"] == [("Dov Ashgrove", 1)]
    add_lantern_quote(indexed)
    update_index(indexed)
    assert found(indexed, "lanterns") == [LANTERNS]
    after = search_index(index_dir, "lanterns OR tides", facets=True)
    assert dict(after.facets["speaker"]) == {"Oona Threlkeld": 1, "Dov Ashgrove": 1}
    build_index(indexed)
    assert found(indexed, "lanterns") == [LANTERNS]
    assert found(indexed, "tides") == ["It is a costly mistake that ignores the tides"]


def test_one_searcher_per_thread(index_dir):
    here = open_searcher(index_dir)
    assert open_searcher(index_dir) is here
    elsewhere = []
    thread = threading.Thread(target=lambda: elsewhere.append(open_searcher(index_dir)))
    thread.start()
    thread.join()
    assert elsewhere and elsewhere[0] is not here


def test_column_values_are_shared_until_the_index_changes(indexed, index_dir):
    searcher = open_searcher(index_dir)
    years = column_values(searcher, "year")
    assert sorted(years) == ["2020", "2020", "2022", "2022"]
    assert column_values(searcher, "year") is years
    add_lantern_quote(indexed)
    update_index(indexed)
    assert len(column_values(open_searcher(index_dir), "year")) == 5
