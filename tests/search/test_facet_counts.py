"""Facet counts of the whoosh search, read from the index columns."""

from __future__ import annotations

from quotes.search import facets
from quotes.search.facets import facet_counts, warm_up
from quotes.search.searchers import open_searcher


def test_facet_counts_over_chosen_documents(index_dir):
    searcher = open_searcher(index_dir)
    counts = facet_counts(searcher, list(range(searcher.doc_count_all())))
    assert counts["stance"] == [("critical", 2), ("supportive", 1), ("warning", 1)]
    assert counts["year"] == [("2020", 2), ("2022", 2)]
    assert facet_counts(searcher, []) == {"speaker": [], "stance": [], "outlet": [], "year": []}


def test_facet_counts_keep_the_most_frequent(index_dir, monkeypatch):
    monkeypatch.setattr(facets, "FACET_LIMIT", 1)
    searcher = open_searcher(index_dir)
    counts = facet_counts(searcher, list(range(searcher.doc_count_all())))
    assert counts["speaker"] == [("Dov Ashgrove", 2)]


def test_warm_up_reads_every_facet_column(tmp_path, index_dir, monkeypatch):
    read = []
    monkeypatch.setattr(facets, "column_values", lambda searcher, fieldname: read.append(fieldname))
    warm_up(index_dir)
    assert read == list(facets.FACET_COLUMNS.values())
    warm_up(tmp_path / "none.whoosh")  # no index yet: nothing to read, no error
    assert len(read) == len(facets.FACET_COLUMNS)
