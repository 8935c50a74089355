"""Search results and the SQLite rows they show."""

from __future__ import annotations

from quotes.search.results import Hit, SearchResults, fetch_rows, rows_sql


def test_rows_sql_and_fetch_rows(quote_archive):
    sql, params = rows_sql([3, 1])
    assert sql == "select * from quote_details where quote_id in (?,?)" and params == [3, 1]
    rows = fetch_rows(quote_archive, [1, 3, 999])
    assert sorted(rows) == [1, 3] and rows[1]["quote_id"] == 1
    assert fetch_rows(quote_archive, []) == {}


def test_to_dict():
    row = {"quote": "Q", "speaker": "Ada Quill", "stance_tags": '["critical"]', "article_id": 2}
    hit = Hit(quote_id=7, score=1.23456, rank=1, row=row, quote_html="<mark>Q</mark>")
    results = SearchResults(query="q", total=11, page_size=5, hits=[hit], facets={"year": [("2020", 11)]})
    data = results.to_dict()
    assert data["pages"] == 3 and data["total"] == 11
    assert data["facets"] == {"year": [{"value": "2020", "count": 11}]}
    (shown,) = data["hits"]
    assert shown["score"] == 1.2346 and shown["stance_tags"] == ["critical"]
    assert shown["quote_html"] == "<mark>Q</mark>" and shown["speaker"] == "Ada Quill"
