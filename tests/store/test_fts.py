"""Full-text search through SQL: quotes_fts, its triggers, fts_query and search()."""

from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.store import fts
from quotes.store.db import open_db


def add_article(db, *, title="Harbour plans", outlet="The Example Post", published="2024-03-01"):
    return (
        db["articles"]
        .insert(
            {
                "hash": f"h-{title}-{published}",
                "title": title,
                "outlet": outlet,
                "published": published,
                "text": "placeholder",
            }
        )
        .last_pk
    )


def add_speaker(db, name, *, affiliation=None, aliases=()):
    return (
        db["speakers"]
        .insert({"name": name, "affiliation": affiliation, "aliases": json.dumps(list(aliases))})
        .last_pk
    )


def add_quote(db, text, *, article_id, speaker_id=None, affiliation=None):
    return (
        db["quotes"]
        .insert(
            {
                "article_id": article_id,
                "text": text,
                "start": 0,
                "end": len(text),
                "speaker_id": speaker_id,
                "affiliation": affiliation,
            }
        )
        .last_pk
    )


def matches(db, expression):
    return [
        row[0]
        for row in db.execute(
            "select rowid from quotes_fts where quotes_fts match ? order by rowid", [expression]
        )
    ]


@pytest.fixture
def db(memory_db):
    """Three fictional quotes by two fictional speakers in two articles."""
    harbour = add_article(memory_db, title="Harbour council votes on the seawall")
    rocket = add_article(memory_db, title="Rocket tests alarm the coast", published="2024-05-02")
    zoe = add_speaker(memory_db, "Zoë Quillfeather", affiliation="Port Ellery Council", aliases=["Mayor Q"])
    dov = add_speaker(memory_db, "Dov Ashgrove", affiliation="Institute of Made-Up Studies")
    add_quote(memory_db, "The seawall is trapping the sand we need", article_id=harbour, speaker_id=zoe)
    add_quote(
        memory_db,
        "These launches are destabilising the region",
        article_id=rocket,
        speaker_id=dov,
        affiliation="Made-Up Studies Institute",
    )
    add_quote(memory_db, "We are watching the café owners closely", article_id=harbour)
    return memory_db


def test_index_has_the_four_columns_and_every_quote(db):
    assert [c.name for c in db["quotes_fts"].columns] == list(fts.FTS_COLUMNS)
    assert db.execute("select count(*) from quotes_fts").fetchone()[0] == 3
    assert fts.check(db) == []


def test_stemming_finds_other_forms_of_a_word(db):
    assert matches(db, "trap") == [1]
    assert matches(db, "launch") == [2]
    assert matches(db, "destabilise") == [2]


def test_diacritics_are_folded_both_ways(db):
    assert matches(db, "cafe") == [3]
    assert matches(db, "café") == [3]
    assert matches(db, "zoe") == [1]


def test_speaker_name_alias_affiliation_and_title_are_searchable(db):
    assert matches(db, "speaker:ashgrove") == [2]
    assert matches(db, 'speaker:"mayor q"') == [1]
    assert matches(db, "affiliation:ellery") == [1]
    # both the affiliation stated in the article and the speaker's own are indexed
    assert matches(db, "affiliation:(institute AND studies)") == [2]
    assert matches(db, "title:seawall") == [1, 3]
    assert matches(db, "title:coast") == [2]


def test_quote_insert_update_and_delete_keep_the_index_in_sync(db):
    article_id = db.execute("select id from articles order by id limit 1").fetchone()[0]
    new_id = add_quote(db, "Lighthouses glow brighter every winter", article_id=article_id)
    assert matches(db, "lighthouse") == [new_id]
    db.execute("update quotes set text = 'Ferries run late every winter' where id = ?", [new_id])
    assert matches(db, "lighthouse") == []
    assert matches(db, "ferry") == [new_id]
    db.execute("delete from quotes where id = ?", [new_id])
    assert matches(db, "ferry") == []
    assert fts.check(db) == []


def test_changing_the_speaker_of_a_quote_reindexes_it(db):
    db.execute("update quotes set speaker_id = 2 where id = 3")
    assert matches(db, "speaker:ashgrove") == [2, 3]


def test_renaming_a_speaker_reindexes_their_quotes(db):
    db.execute("update speakers set name = 'Zoë Brightwater' where id = 1")
    assert matches(db, "speaker:quillfeather") == []
    assert matches(db, "speaker:brightwater") == [1]
    db.execute("update speakers set affiliation = 'Harbour Trust' where id = 1")
    assert matches(db, "affiliation:trust") == [1]
    assert matches(db, "affiliation:ellery") == []
    assert fts.check(db) == []


def test_renaming_an_article_reindexes_its_quotes(db):
    db.execute("update articles set title = 'Tidal barrier row' where id = 1")
    assert matches(db, "title:seawall") == []
    assert matches(db, "title:tidal") == [1, 3]


def test_deleting_an_article_removes_its_quotes_from_the_index(db):
    db.execute("delete from articles where id = 2")
    assert matches(db, "launch") == []
    assert fts.check(db) == []


def test_other_column_updates_do_not_touch_the_index(db):
    db.execute("update quotes set stance_tags = '[\"critical\"]', confidence = 0.9 where id = 2")
    assert matches(db, "launch") == [2]
    assert fts.check(db) == []


def test_check_reports_drift_and_rebuild_repairs_it(db):
    db.execute("delete from quotes_fts where rowid = 1")
    db.execute("insert into quotes_fts (rowid, text) values (99, 'stray')")
    db.execute("drop trigger articles_fts_update")
    db.execute("update articles set title = 'Changed without a trigger' where id = 2")
    problems = fts.check(db)
    assert any("1 quote(s) missing" in p for p in problems)
    assert any("no longer exist" in p for p in problems)
    assert any("out of date" in p for p in problems)
    assert fts.rebuild(db) == 3
    assert fts.check(db) == []
    assert matches(db, "title:changed") == [2]


def test_bad_aliases_json_does_not_break_indexing(db):
    speaker = db["speakers"].insert({"name": "Ivo Plainfield", "aliases": "not json"}).last_pk
    quote = add_quote(db, "Bridges need paint", article_id=1, speaker_id=speaker)
    assert matches(db, "speaker:plainfield") == [quote]


@pytest.mark.parametrize(
    "typed, expression",
    [
        ("seawall", '"seawall"'),
        ("rob*", '"rob"*'),
        ('"costly mistake" tides', '"costly mistake" AND "tides"'),
        ('"unbalanced phrase', '"unbalanced phrase"'),
        ("trump OR biden missile", '("trump" OR "biden") AND "missile"'),
        ("seawall -sand", '"seawall" NOT "sand"'),
        ("AND", '"AND"'),
        ("NEAR(", '"NEAR("'),
        ('( ) * - "" OR', fts.NOTHING),
        ("", fts.NOTHING),
        (None, fts.NOTHING),
    ],
)
def test_fts_query_turns_typing_into_safe_expressions(typed, expression):
    assert fts.fts_query(typed) == expression


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab zé"*()-:^+.ORNEAD\t')), max_size=30) | st.text(max_size=30))
def test_fts_query_is_always_valid_fts5(typed):
    conn = sqlite3.connect(":memory:")
    conn.execute(f"create virtual table quotes_fts using fts5(text, tokenize='{fts.TOKENIZE}')")
    expression = fts.fts_query(typed)
    assert fts.query_problem(conn, expression) is None, expression


def test_query_problem_names_the_fts5_error(memory_db):
    for bad in ('"unbalanced', "AND", "(", "*", "NEAR("):
        assert fts.query_problem(memory_db.conn, bad), bad
    assert fts.query_problem(memory_db.conn, "seawall OR sand*") is None


def test_search_ranks_and_highlights(db):
    add_quote(db, "Seawall, seawall, seawall: the seawall again", article_id=1)
    hits = fts.search(db, "seawall")
    # words in the quote weigh more than words in the title only (quote 3)
    assert [hit.quote_id for hit in hits] == [4, 1, 3]
    assert hits[0].score <= hits[1].score <= hits[2].score
    assert f"{fts.MARK_OPEN}seawall{fts.MARK_CLOSE}" in hits[1].snippet
    assert fts.MARK_OPEN not in hits[2].snippet


def test_search_finds_prefixes_speakers_and_titles(db):
    assert [h.quote_id for h in fts.search(db, "destab*")] == [2]
    hit = fts.search(db, "ashgrove")[0]
    assert (hit.quote_id, hit.speaker, hit.affiliation) == (2, "Dov Ashgrove", "Made-Up Studies Institute")
    assert {h.quote_id for h in fts.search(db, "coast")} == {2}


def test_empty_search_returns_recent_quotes(db):
    hits = fts.search(db, "   ")
    assert [h.quote_id for h in hits] == [2, 3, 1]  # newest article first, then newest quote
    assert all(h.score is None for h in hits)


def test_raw_search_uses_the_fts5_language_and_reports_errors(db):
    assert {h.quote_id for h in fts.search(db, "speaker:ashgrove OR cafe", raw=True)} == {2, 3}
    with pytest.raises(fts.SearchQueryError, match="not a valid FTS5 query"):
        fts.search(db, "NEAR(", raw=True)


def test_search_sql_is_plain_sql_with_one_parameter():
    sql = fts.search_sql(limit=7)
    assert ":q" in sql and "bm25(quotes_fts" in sql and "snippet(quotes_fts" in sql
    assert sql.count("limit 7") == 2  # the ranked matches, or the newest quotes
    assert "quotes_fts_query(:q)" in sql
    assert "quotes_fts_query" not in fts.search_sql(raw=True)


def test_migration_indexes_quotes_already_in_a_database(db_path):
    db = open_db(db_path)
    # back to the schema before m002_quotes_fts
    for name in fts.TRIGGERS:
        db.execute(f"drop trigger {name}")
    db.execute("drop table quotes_fts")
    db.execute("delete from _sqlite_migrations where name = 'm002_quotes_fts'")
    article = add_article(db)
    add_quote(db, "Old quotes are indexed by the migration", article_id=article)
    db.conn.commit()
    db = open_db(db_path)
    assert matches(db, "migration") == [1]
