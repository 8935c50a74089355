"""Running a whoosh search: matching, ranking, facets, paging. The archive is
the fictional one of ``quote_archive``."""

from __future__ import annotations

import pytest

from quotes.search import ranking
from quotes.search.index import SearchIndexError
from quotes.search.query import SearchError
from quotes.search.ranking import search, search_index
from quotes.search.render import format_results, render_hits
from quotes.search.results import fetch_rows

SEAWALL = "The seawall will protect every family in the harbor"
COSTLY = "It is a costly mistake that ignores the tides"
LAUNCH = "This launch is deeply destabilising for the whole region"
MONITOR = "We are monitoring the situation closely"


def found(db, text, **options):
    """The quote texts found for ``text``, best first."""
    return [hit.row["quote"] for hit in search(db, text, **options).hits]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("costly tides", [COSTLY]),  # words must all match
        ("costly region", []),
        ('"costly mistake"', [COSTLY]),
        ('"mistake costly"', []),
        ("stance:warning", [LAUNCH]),
        ("role:spokeswoman", [MONITOR]),
        ("quote:closely", [MONITOR]),
        ("date:[2015 to 2019]", []),
        ("tides date:2022", []),
        ("destabilizing", []),
        ("monitorng~", []),
        ("monitorng~2", [MONITOR]),
        ("launch AND region", [LAUNCH]),
        ("launch NOT region", [MONITOR]),
        ("(seawall OR tides) NOT speaker:ashgrove", [SEAWALL]),
        ("protecting families", [SEAWALL]),  # stemming
        ("renee", [MONITOR]),  # accents folded
        ("speaker:Renée", [MONITOR]),
    ],
)
def test_query_language(indexed, text, expected):
    assert found(indexed, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("speaker:ashgrove", {COSTLY, LAUNCH}),
        ("stance:critical", {COSTLY, LAUNCH}),
        ("outlet:imaginary", {LAUNCH, MONITOR}),
        ("date:2020", {SEAWALL, COSTLY}),
        ("date:[2021 to 2023]", {LAUNCH, MONITOR}),
        ("costly OR monitoring", {COSTLY, MONITOR}),
    ],
)
def test_query_language_in_any_order(indexed, text, expected):
    assert sorted(found(indexed, text)) == sorted(expected)


def test_fuzzy_terms_rank_the_closest_first(indexed):
    assert found(indexed, "destabilizing~")[0] == LAUNCH


def test_quote_match_outranks_context_match(indexed):
    results = search(indexed, "destabilising")
    assert [hit.row["quote"] for hit in results.hits] == [LAUNCH, MONITOR]
    assert results.hits[0].score > results.hits[1].score
    assert results.hits[0].quote_matched and not results.hits[1].quote_matched
    assert results.hits[1].context_matched
    assert "<mark>destabilising</mark>" in results.hits[1].context_html


def test_facets_and_filters(index_dir):
    results = search_index(index_dir, "seawall OR tides OR launch OR monitoring", facets=True)
    assert results.total == 4
    assert dict(results.facets["speaker"]) == {"Dov Ashgrove": 2, "Marta Quillfeather": 1, "Renée Oddlin": 1}
    assert dict(results.facets["stance"]) == {"critical": 2, "warning": 1, "supportive": 1}
    assert dict(results.facets["year"]) == {"2020": 2, "2022": 2}
    assert dict(results.facets["outlet"]) == {"The Fictional Herald": 2, "Imaginary Times": 2}
    narrowed = search_index(
        index_dir,
        "seawall OR tides OR launch OR monitoring",
        facets=True,
        filters={"speaker": ["Dov Ashgrove"], "year": "2022"},
    )
    assert narrowed.total == 1
    assert dict(narrowed.facets["speaker"]) == {"Dov Ashgrove": 1}
    assert search_index(index_dir, "tides", filters={"stance": ["Critical"]}).total == 1
    with pytest.raises(SearchError, match="unknown filter"):
        search_index(index_dir, "tides", filters={"colour": ["red"]})


def test_paging(indexed):
    first = search(indexed, "speaker:ashgrove", limit=1)
    second = search(indexed, "speaker:ashgrove", limit=1, page=2)
    assert first.total == second.total == 2 and first.pages == 2
    assert [h.rank for h in first.hits + second.hits] == [1, 2]
    assert first.hits[0].quote_id != second.hits[0].quote_id
    assert search(indexed, "speaker:ashgrove", limit=1, page=3).hits == []


@pytest.mark.parametrize(
    "options, problem",
    [
        ({"page": 0}, "page must be 1 or more, not 0"),
        ({"limit": 0}, "page size must be between 1 and 100, not 0"),
        ({"limit": 101}, "page size must be between 1 and 100, not 101"),
    ],
)
def test_bad_paging(indexed, options, problem):
    with pytest.raises(SearchError, match=problem):
        search(indexed, "tides", **options)


def test_empty_queries_are_safe(indexed, index_dir):
    for text in ("", "   ", '""'):
        results = search(indexed, text)
        assert results.hits == [] and results.total == 0 and results.suggestion is None
    for text in ("AND", "date:", "speaker:", "(", '"unclosed', "date:[2030 to 2020]"):
        assert search(indexed, text).total >= 0
    listed = search_index(index_dir, "", filters={"speaker": ["Dov Ashgrove"]})
    assert listed.total == 2


def test_deleted_quote_is_dropped_from_results(indexed):
    indexed.execute("delete from quotes where text = ?", [COSTLY])
    indexed.conn.commit()
    assert found(indexed, "costly OR tides") == []


def test_missing_index(quote_archive):
    with pytest.raises(SearchIndexError, match="quotes index rebuild"):
        search(quote_archive, "tides")


def test_large_result_sets_are_estimated(indexed, index_dir, monkeypatch):
    monkeypatch.setattr(ranking, "EXACT_COUNT_LIMIT", 1)
    monkeypatch.setattr(ranking, "FACET_SCAN_LIMIT", 1)
    monkeypatch.setattr(ranking, "FACET_TOP", 1)
    results = search_index(index_dir, "seawall OR tides OR launch OR monitoring", facets=True, page_size=2)
    assert not results.total_exact and results.total >= 4
    assert results.facets_scope == 1
    assert sum(count for _, count in results.facets["year"]) == 1
    rows = fetch_rows(indexed, [h.quote_id for h in results.hits])
    assert "about " in format_results(render_hits(results, rows))


def test_a_faceted_search_of_a_common_word_scores_once(index_dir, monkeypatch):
    import whoosh.searching

    monkeypatch.setattr(ranking, "EXACT_COUNT_LIMIT", 1)
    monkeypatch.setattr(ranking, "FACET_SCAN_LIMIT", 1)
    monkeypatch.setattr(ranking, "FACET_TOP", 3)
    calls = []
    original = whoosh.searching.Searcher.search

    def counting(self, *args, **kwargs):
        calls.append(kwargs.get("limit"))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(whoosh.searching.Searcher, "search", counting)
    results = search_index(index_dir, "seawall OR tides OR launch OR monitoring", facets=True, page_size=1)
    # one pass keeps the page's hit and the best 3 for the facets
    assert calls == [3]
    assert len(results.hits) == 1 and results.facets_scope == 3
    assert sum(count for _, count in results.facets["year"]) == 3
