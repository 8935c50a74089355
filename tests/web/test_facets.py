"""The ``values`` and ``tags`` facets: Datasette's facets, counted in one query per page."""

from __future__ import annotations

import re

import pytest

from quotes.store.db import open_db
from quotes.web.facets import CTE, SHARED_QUERIES, TAGS, VALUES, facet_counts_sql
from quotes.web.publish import make_datasette


@pytest.fixture
def client(quote_archive, db_path, datasette_client):
    quote_archive.close()
    return datasette_client(make_datasette(db_path, settings={"trace_debug": True}))


def facet(data, name):
    return [(v["value"], v["count"]) for v in data["facet_results"][name]["results"]]


# --- the SQL --------------------------------------------------------------------


def test_one_query_counts_columns_and_array_items(memory_db):
    memory_db["rows"].insert_all(
        [
            {"id": 1, "kind": "direct", "tags": '["critical", "warning"]'},
            {"id": 2, "kind": "direct", "tags": '["critical"]'},
            {"id": 3, "kind": "indirect", "tags": "[]"},
            {"id": 4, "kind": None, "tags": None},
        ]
    )
    sql = facet_counts_sql("select * from rows", [(VALUES, "kind"), (TAGS, "tags")], limit=5)
    assert memory_db.execute(sql).fetchall() == [
        (0, "direct", 2),
        (0, "indirect", 1),  # nulls are not a value
        (1, "critical", 2),
        (1, "warning", 1),
    ]
    limited = facet_counts_sql("select * from rows", [(TAGS, "tags")], limit=1)
    assert memory_db.execute(limited).fetchall() == [(0, "critical", 2)]


def test_the_sql_can_skip_malformed_arrays(memory_db):
    memory_db["rows"].insert_all([{"id": 1, "tags": '["a"]'}, {"id": 2, "tags": "not json"}])
    strict = facet_counts_sql("select * from rows", [(TAGS, "tags")], limit=5)
    with pytest.raises(Exception, match=r"(?i)json"):
        memory_db.execute(strict).fetchall()
    checked = facet_counts_sql("select * from rows", [(TAGS, "tags")], limit=5, check_json=True)
    assert memory_db.execute(checked).fetchall() == [(0, "a", 1)]


# --- through Datasette --------------------------------------------------------------


def test_quotes_table_facets_match_datasettes_own(client):
    # The same page with Datasette's column and array facets asked for as well:
    # they come back as kind_2, stance_tags_2, ... and must agree with ours.
    data = client.json(
        "/quotes/quotes.json?_search=destabilising+OR+seawall"
        "&_facet=kind&_facet=speaker_id&_facet_array=stance_tags",
    )
    results = data["facet_results"]
    assert facet(data, "stance_tags") == [("critical", 2), ("supportive", 1), ("warning", 1)]
    assert facet(data, "kind") == [("direct", 3)]
    for name in ("kind", "speaker_id", "stance_tags"):
        ours, theirs = results[name], results[f"{name}_2"]
        assert ours["type"] == theirs["type"]
        assert ours["truncated"] == theirs["truncated"]
        assert ours["results"] == theirs["results"], name


def test_speaker_facet_shows_names_and_narrows(client):
    data = client.json("/quotes/quotes.json")
    speakers = {v["label"]: v for v in data["facet_results"]["speaker_id"]["results"]}
    assert speakers["Dov Ashgrove"]["count"] == 2
    narrowed = client.json(speakers["Dov Ashgrove"]["toggle_url"].replace("http://localhost", ""))
    speaker_ids = {dict(zip(narrowed["columns"], row))["speaker_id"] for row in narrowed["rows"]}
    assert speaker_ids == {speakers["Dov Ashgrove"]["value"]}
    selected = [v for v in narrowed["facet_results"]["speaker_id"]["results"] if v["selected"]]
    assert [(v["label"], v["count"]) for v in selected] == [("Dov Ashgrove", 2)]
    assert "speaker_id=" not in selected[0]["toggle_url"]  # clicking again unselects


def test_tag_facet_narrows_with_arraycontains(client):
    data = client.json("/quotes/quotes.json?stance_tags__arraycontains=warning")
    assert len(data["rows"]) == 1
    tags = {v["value"]: v for v in data["facet_results"]["stance_tags"]["results"]}
    assert tags["warning"]["selected"] and not tags["critical"]["selected"]
    assert tags["critical"]["count"] == 1


def test_shared_facets_take_a_fixed_number_of_queries(client):
    data = client.json("/quotes/quotes.json?_search=destabilising&_trace=1")
    facet_queries = [t["sql"] for t in data["_trace"]["traces"] if t["sql"].startswith(f"with {CTE} as")]
    assert len(facet_queries) == SHARED_QUERIES
    assert {"stance_tags", "stance_targets", "kind", "speaker_id"} <= set(data["facet_results"])
    for column in ("stance_tags", "stance_targets", "kind", "speaker_id"):  # each counted by one query
        assert sum(bool(re.search(rf"{CTE}\.{column}\b", sql)) for sql in facet_queries) == 1


def test_facets_asked_for_in_the_url(client):
    data = client.json("/quotes/speakers.json?_facet_values=role&_facet_tags=aliases")
    assert sorted(facet(data, "role")) == [("analyst", 1), ("mayor", 1), ("spokeswoman", 1)]
    assert data["facet_results"]["role"]["hideable"]  # asked for, so it can be removed
    assert "_facet_values" not in data["facet_results"]["role"]["toggle_url"]
    assert "aliases" in data["facet_results"]


def test_view_facets_and_a_malformed_array(client, db_path):
    db = open_db(db_path)
    db.execute("update quotes set stance_tags = 'not json' where text like 'We are monitoring%'")
    db.conn.commit()
    db.close()
    data = client.json("/quotes/quote_details.json")
    assert facet(data, "stance_tags") == [("critical", 2), ("supportive", 1), ("warning", 1)]
    assert sorted(facet(data, "outlet")) == [("Imaginary Times", 2), ("The Fictional Herald", 2)]


def test_html_table_page_shows_the_facets(client):
    html = client.get("/quotes/quotes?_search=seawall").text
    assert 'id="facet-speaker_id"' in html and 'id="facet-stance_tags"' in html
    assert "Marta Quillfeather" in html
    assert "(values)" not in html and "(tags)" not in html


@pytest.mark.parametrize(
    "facet",
    [
        "_facet_values=nope",
        "_facet_tags=nope",
        '_facet_values={"column": 5}',
        '_facet_values={"x": 1}',
        "_facet_values=ki%00nd",
    ],
)
def test_a_bad_facet_column_is_a_clear_400(client, facet):
    response = client.get(f"/quotes/quotes.json?{facet}")
    assert response.status_code == 400, response.text[:300]
    assert "Traceback" not in response.text


def test_value_links_keep_one_base_url_prefix(quote_archive, db_path, datasette_client):
    quote_archive.close()
    prefixed = datasette_client(make_datasette(db_path, settings={"base_url": "/pre/"}))
    data = prefixed.json("/quotes/quotes.json")
    for name in ("kind", "stance_tags"):
        url = data["facet_results"][name]["results"][0]["toggle_url"]
        assert url.count("/pre/") == 1 and "/pre/quotes/quotes.json?" in url, url


def test_large_pages_and_timeouts_count_each_facet_on_its_own(client, monkeypatch):
    import quotes.web.facets

    def counts(results):
        return {name: [(v["value"], v["count"]) for v in facet["results"]] for name, facet in results.items()}

    expected = counts(client.json("/quotes/quotes.json")["facet_results"])
    monkeypatch.setattr(quotes.web.facets, "SEPARATE_ABOVE_ROWS", 1)  # every page is "large"
    data = client.json("/quotes/quotes.json?_trace=1")
    queries = [t["sql"] for t in data["_trace"]["traces"] if t["sql"].startswith(f"with {CTE} as")]
    assert len(queries) == len(expected)  # one query per facet
    assert counts(data["facet_results"]) == expected

    # The shared query times out, and then the stance_targets one alone: only it is missing.
    real_run = quotes.web.facets._run

    async def slow(ds_, database, sql, params, facets, limit, counts):
        if len(facets) > 1 or facets[0] == (TAGS, "stance_targets"):
            return False
        return await real_run(ds_, database, sql, params, facets, limit, counts)

    monkeypatch.setattr(quotes.web.facets, "SEPARATE_ABOVE_ROWS", 10**9)
    monkeypatch.setattr(quotes.web.facets, "_run", slow)
    data = client.json("/quotes/quotes.json")
    shown = counts(data["facet_results"])
    assert shown == {name: rows for name, rows in expected.items() if name != "stance_targets"}
    # Datasette 0.65 lists timed-out facets on the HTML page only
    assert "stance_targets" in client.get("/quotes/quotes").text.split("These facets timed out")[1][:200]
