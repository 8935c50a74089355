import json

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.cli import cli
from quotes.search.index import SearchIndexError, build_index, index_dir_for, make_schema, text_analyzer
from quotes.search.query import (
    MarkFormatter,
    SearchError,
    fetch_rows,
    format_results,
    highlight_text,
    parse_query,
    render_hits,
    search,
    search_index,
)


@pytest.fixture
def indexed(quote_archive):
    build_index(quote_archive)
    return quote_archive


def ids_by_text(db):
    return {row[1]: row[0] for row in db.execute("select id, text from quotes")}


def found(db, text, **options):
    """The quote texts found for ``text``, best first."""
    results = search(db, text, **options)
    return [hit.row["quote"] for hit in results.hits]


SEAWALL = "The seawall will protect every family in the harbor"
COSTLY = "It is a costly mistake that ignores the tides"
LAUNCH = "This launch is deeply destabilising for the whole region"
MONITOR = "We are monitoring the situation closely"


def test_words_must_all_match(indexed):
    assert found(indexed, "costly tides") == [COSTLY]
    assert found(indexed, "costly region") == []


def test_phrase(indexed):
    assert found(indexed, '"costly mistake"') == [COSTLY]
    assert found(indexed, '"mistake costly"') == []


def test_fields(indexed):
    assert sorted(found(indexed, "speaker:ashgrove")) == sorted([COSTLY, LAUNCH])
    assert sorted(found(indexed, "stance:critical")) == sorted([COSTLY, LAUNCH])
    assert found(indexed, "stance:warning") == [LAUNCH]
    assert sorted(found(indexed, "outlet:imaginary")) == sorted([LAUNCH, MONITOR])
    assert found(indexed, "role:spokeswoman") == [MONITOR]
    assert found(indexed, "quote:closely") == [MONITOR]


def test_date_ranges(indexed):
    assert sorted(found(indexed, "date:2020")) == sorted([SEAWALL, COSTLY])
    assert sorted(found(indexed, "date:[2021 to 2023]")) == sorted([LAUNCH, MONITOR])
    assert found(indexed, "date:[2015 to 2019]") == []
    assert found(indexed, "tides date:2022") == []


def test_fuzzy_terms(indexed):
    assert found(indexed, "destabilizing") == []
    assert found(indexed, "destabilizing~")[0] == LAUNCH
    assert found(indexed, "monitorng~") == []
    assert found(indexed, "monitorng~2") == [MONITOR]


def test_boolean_operators(indexed):
    assert sorted(found(indexed, "costly OR monitoring")) == sorted([COSTLY, MONITOR])
    assert found(indexed, "launch AND region") == [LAUNCH]
    assert found(indexed, "launch NOT region") == [MONITOR]
    assert found(indexed, "(seawall OR tides) NOT speaker:ashgrove") == [SEAWALL]


def test_stemming_and_accent_folding(indexed):
    assert found(indexed, "protecting families") == [SEAWALL]
    assert found(indexed, "renee") == [MONITOR]
    assert found(indexed, "speaker:Renée") == [MONITOR]


def test_quote_match_outranks_context_match(indexed):
    results = search(indexed, "destabilising")
    assert [hit.row["quote"] for hit in results.hits] == [LAUNCH, MONITOR]
    assert results.hits[0].score > results.hits[1].score
    assert results.hits[0].quote_matched and not results.hits[1].quote_matched
    assert results.hits[1].context_matched
    assert "<mark>destabilising</mark>" in results.hits[1].context_html


def test_highlights_and_formatters(indexed):
    hit = search(indexed, "costly tides").hits[0]
    assert hit.quote_html == "It is a <mark>costly</mark> mistake that ignores the <mark>tides</mark>"
    hit = search(indexed, "costly", formatter=MarkFormatter.brackets()).hits[0]
    assert hit.quote_html == "It is a [costly] mistake that ignores the tides"
    hit = search(indexed, "costly", formatter=MarkFormatter.ansi()).hits[0]
    assert "\x1b[1mcostly\x1b[0m" in hit.quote_html


def test_highlight_escapes_everything_but_the_marks():
    html = highlight_text(
        'Ann said <script>alert("x")</script> & left',
        {"alert", "left"},
        analyzer=text_analyzer(),
        formatter=MarkFormatter.html(),
    )
    assert "<script>" not in html
    assert "&lt;script&gt;<mark>alert</mark>(&quot;x&quot;)&lt;/script&gt; &amp; <mark>left</mark>" in html
    assert highlight_text("", {"x"}, analyzer=text_analyzer(), formatter=MarkFormatter.html()) == ""
    assert (
        highlight_text("a < b", set(), analyzer=text_analyzer(), formatter=MarkFormatter.html()) == "a &lt; b"
    )


def test_facets_and_filters(indexed):
    ix = index_dir_for(indexed)
    results = search_index(ix, "seawall OR tides OR launch OR monitoring", facets=True)
    assert results.total == 4
    assert dict(results.facets["speaker"]) == {"Dov Ashgrove": 2, "Marta Quillfeather": 1, "Renée Oddlin": 1}
    assert dict(results.facets["stance"]) == {"critical": 2, "warning": 1, "supportive": 1}
    assert dict(results.facets["year"]) == {"2020": 2, "2022": 2}
    assert dict(results.facets["outlet"]) == {"The Fictional Herald": 2, "Imaginary Times": 2}
    narrowed = search_index(
        ix,
        "seawall OR tides OR launch OR monitoring",
        facets=True,
        filters={"speaker": ["Dov Ashgrove"], "year": "2022"},
    )
    assert narrowed.total == 1
    assert dict(narrowed.facets["speaker"]) == {"Dov Ashgrove": 1}
    assert search_index(ix, "tides", filters={"stance": ["Critical"]}).total == 1
    with pytest.raises(SearchError, match="unknown filter"):
        search_index(ix, "tides", filters={"colour": ["red"]})


def test_paging(indexed):
    first = search(indexed, "speaker:ashgrove", limit=1)
    second = search(indexed, "speaker:ashgrove", limit=1, page=2)
    assert first.total == second.total == 2 and first.pages == 2
    assert [h.rank for h in first.hits + second.hits] == [1, 2]
    assert first.hits[0].quote_id != second.hits[0].quote_id
    assert search(indexed, "speaker:ashgrove", limit=1, page=3).hits == []
    with pytest.raises(SearchError):
        search(indexed, "tides", page=0)


def test_empty_queries_are_safe(indexed):
    for text in ("", "   ", '""'):
        results = search(indexed, text)
        assert results.hits == [] and results.total == 0 and results.suggestion is None
    for text in ("AND", "date:", "speaker:", "(", '"unclosed', "date:[2030 to 2020]"):
        assert search(indexed, text).total >= 0
    listed = search_index(index_dir_for(indexed), "", filters={"speaker": ["Dov Ashgrove"]})
    assert listed.total == 2
    assert str(parse_query("", None)) == str(parse_query(" ", None))


def test_did_you_mean(indexed):
    results = search(indexed, "destablising")
    assert results.total == 0 and results.suggestion == "destabilising"
    assert search(indexed, "mayr quillfeather").suggestion == "mayor quillfeather"
    assert search(indexed, "speaker:nobody").suggestion is None
    assert search(indexed, "seawall").suggestion is None


def test_deleted_quote_is_dropped_from_results(indexed):
    indexed.execute("delete from quotes where text = ?", [COSTLY])
    indexed.conn.commit()
    assert found(indexed, "costly OR tides") == []


def test_missing_index(quote_archive):
    with pytest.raises(SearchIndexError, match="quotes index --rebuild"):
        search(quote_archive, "tides")


def test_format_results(indexed):
    text = format_results(search(indexed, "destabilising", formatter=MarkFormatter.brackets()))
    assert "1. \u201cThis launch is deeply [destabilising] for the whole region\u201d" in text
    assert "context: Renée Oddlin called the launch [destabilising]" in text
    assert "Dov Ashgrove (analyst, Institute of Made-Up Studies)" in text
    assert "Imaginary Times · 2022-06-15 · Rocket test alarms neighbours" in text
    assert text.endswith("2 quotes (page 1 of 1)")


def test_cli_search(indexed, db_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["search", "costly", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "[costly]" in result.output and "\x1b[" not in result.output
    result = runner.invoke(
        cli, ["search", "speaker:ashgrove", "--db", str(db_path), "--json", "--limit", "1"]
    )
    data = json.loads(result.output)
    assert data["total"] == 2 and len(data["hits"]) == 1
    assert data["hits"][0]["speaker"] == "Dov Ashgrove"
    assert data["hits"][0]["quote_id"] in ids_by_text(indexed).values()
    result = runner.invoke(cli, ["search", "destablising", "--db", str(db_path)])
    assert result.exit_code == 0
    assert "No quotes match 'destablising'." in result.output
    assert "Did you mean: destabilising" in result.output


def test_cli_search_errors_are_one_line(quote_archive, db_path, tmp_path):
    result = CliRunner().invoke(cli, ["search", "tides", "--db", str(db_path)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    bad = tmp_path / "not-a.db"
    bad.write_text("hello")
    result = CliRunner().invoke(cli, ["search", "tides", "--db", str(bad)])
    assert result.exit_code == 1 and "not-a.db" in result.output
    assert "Traceback" not in result.output


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([*list("ab <>[](){}\"~:*^-+!?\\/'"), "AND", "OR", "NOT", "date:", "to", " "]),
        max_size=30,
    ).map("".join)
)
def test_any_query_text_parses(text):
    """Whatever people type, parsing gives a query (never an exception)."""
    assert parse_query(text, SCHEMA) is not None


SCHEMA = make_schema()


def test_cached_searcher_sees_updates_and_rebuilds(indexed):
    from quotes.enrich.speakers import SpeakerDirectory
    from quotes.records import Article, Quote
    from quotes.search.index import update_index
    from quotes.store.write import write_article

    assert found(indexed, "lanterns") == []
    before = search_index(index_dir_for(indexed), "tides", facets=True)  # fills the column cache
    assert before.facets["speaker"] == [("Dov Ashgrove", 1)]
    text = '"Lanterns keep the pier safe," said Oona Threlkeld.'
    part = "Lanterns keep the pier safe"
    write_article(
        indexed,
        Article(text=text),
        [Quote(text=part, start=1, end=1 + len(part), speaker="Oona Threlkeld")],
        speakers=SpeakerDirectory(indexed),
    )
    update_index(indexed)
    assert found(indexed, "lanterns") == [part]
    after = search_index(index_dir_for(indexed), "lanterns OR tides", facets=True)
    assert dict(after.facets["speaker"]) == {"Oona Threlkeld": 1, "Dov Ashgrove": 1}
    build_index(indexed)
    assert found(indexed, "lanterns") == [part]
    assert found(indexed, "tides") == [COSTLY]


def test_large_result_sets_are_estimated(indexed, monkeypatch):
    import quotes.search.query

    monkeypatch.setattr(quotes.search.query, "EXACT_COUNT_LIMIT", 1)
    monkeypatch.setattr(quotes.search.query, "FACET_SCAN_LIMIT", 1)
    monkeypatch.setattr(quotes.search.query, "FACET_TOP", 1)
    results = search_index(
        index_dir_for(indexed), "seawall OR tides OR launch OR monitoring", facets=True, page_size=2
    )
    assert not results.total_exact and results.total >= 4
    assert results.facets_scope == 1
    assert sum(count for _, count in results.facets["year"]) == 1
    assert "about " in format_results(
        render_hits(results, fetch_rows(indexed, [h.quote_id for h in results.hits]))
    )


def test_a_faceted_search_of_a_common_word_scores_once(indexed, monkeypatch):
    import whoosh.searching

    import quotes.search.query

    monkeypatch.setattr(quotes.search.query, "EXACT_COUNT_LIMIT", 1)
    monkeypatch.setattr(quotes.search.query, "FACET_SCAN_LIMIT", 1)
    monkeypatch.setattr(quotes.search.query, "FACET_TOP", 3)
    calls = []
    original = whoosh.searching.Searcher.search

    def counting(self, *args, **kwargs):
        calls.append(kwargs.get("limit"))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(whoosh.searching.Searcher, "search", counting)
    results = search_index(
        index_dir_for(indexed), "seawall OR tides OR launch OR monitoring", facets=True, page_size=1
    )
    # one pass keeps the page's hit and the best 3 for the facets
    assert calls == [3]
    assert len(results.hits) == 1 and results.facets_scope == 3
    assert sum(count for _, count in results.facets["year"]) == 3
