"""The whoosh index: build, update, check, and the database beside it."""

from __future__ import annotations

import json

import pytest

from quotes.enrich.speakers import SpeakerDirectory
from quotes.records import Article, Quote
from quotes.search.index import (
    SearchIndexError,
    build_index,
    check_index,
    index_dir_for,
    index_exists,
    open_database,
    open_index,
    update_index,
)
from quotes.search.ranking import search_index
from quotes.store.db import DatabaseError, open_db
from quotes.store.write import write_article


def quote_ids(db):
    return [row[0] for row in db.execute("select id from quotes order by id")]


def add_article(db, text, quote_text, speaker):
    start = text.index(quote_text)
    quote = Quote(text=quote_text, start=start, end=start + len(quote_text), speaker=speaker)
    article = Article(text=text, outlet="The Fictional Herald", published="2023-01-05")
    write_article(db, article, [quote], speakers=SpeakerDirectory(db))


def test_index_dir_is_beside_the_database(db_path, quote_archive):
    assert index_dir_for(db_path) == db_path.parent / "quotes.whoosh"
    assert index_dir_for(quote_archive) == db_path.parent / "quotes.whoosh"
    with pytest.raises(SearchIndexError):
        index_dir_for(open_db(":memory:"))


def test_build_then_check_is_in_step(quote_archive):
    result = build_index(quote_archive)
    assert result.added == 4 and result.rebuilt
    report = check_index(quote_archive)
    assert report.ok, report.summary()
    assert report.indexed == report.in_database == 4
    assert "in step" in report.summary()


def test_check_without_index_reports_the_problem(quote_archive):
    report = check_index(quote_archive)
    assert not report.ok
    assert report.missing == quote_ids(quote_archive)
    assert "quotes index rebuild" in report.summary()
    with pytest.raises(SearchIndexError, match="no search index"):
        open_index(index_dir_for(quote_archive))


def test_update_adds_only_new_quotes(quote_archive):
    build_index(quote_archive)
    add_article(
        quote_archive,
        '"Lanterns keep the pier safe," said Oona Threlkeld.',
        "Lanterns keep the pier safe",
        "Oona Threlkeld",
    )
    new_id = quote_ids(quote_archive)[-1]
    report = check_index(quote_archive)
    assert report.missing == [new_id] and not report.extra and not report.stale
    assert "1 missing" in report.summary()
    result = update_index(quote_archive)
    assert (result.added, result.updated, result.deleted, result.rebuilt) == (1, 0, 0, False)
    assert check_index(quote_archive).ok
    assert [hit.quote_id for hit in search_index(index_dir_for(quote_archive), "lanterns").hits] == [new_id]


def test_update_deletes_removed_quotes(quote_archive):
    build_index(quote_archive)
    gone = quote_ids(quote_archive)[0]
    quote_archive.execute("delete from quotes where id = ?", [gone])
    quote_archive.conn.commit()
    report = check_index(quote_archive)
    assert report.extra == [gone] and not report.missing
    result = update_index(quote_archive)
    assert result.deleted == 1 and result.added == 0
    assert check_index(quote_archive).ok
    assert search_index(index_dir_for(quote_archive), "seawall protect").total == 0


def test_update_reindexes_changed_quotes(quote_archive):
    build_index(quote_archive)
    quote_archive.execute("update speakers set name = 'Dov Ashgrove-Pell' where name = 'Dov Ashgrove'")
    first = quote_ids(quote_archive)[0]
    quote_archive.execute("update quotes set stance_tags = ? where id = ?", [json.dumps(["hopeful"]), first])
    quote_archive.conn.commit()
    changed = [
        row[0]
        for row in quote_archive.execute(
            "select quotes.id from quotes join speakers on speakers.id = speaker_id "
            "where speakers.name like 'Dov%' order by quotes.id"
        )
    ]
    report = check_index(quote_archive)
    assert report.stale == sorted([*changed, first])
    assert not report.missing and not report.extra
    result = update_index(quote_archive)
    assert result.updated == 3 and result.added == result.deleted == 0
    assert check_index(quote_archive).ok
    ix_dir = index_dir_for(quote_archive)
    assert sorted(h.quote_id for h in search_index(ix_dir, "speaker:pell").hits) == changed
    assert [h.quote_id for h in search_index(ix_dir, "stance:hopeful").hits] == [first]
    assert search_index(ix_dir, "stance:supportive").total == 0


def test_update_without_changes_writes_nothing(quote_archive):
    build_index(quote_archive)
    result = update_index(quote_archive)
    assert result.changed == 0


def test_update_builds_a_missing_index(quote_archive):
    result = update_index(quote_archive)
    assert result.rebuilt and result.added == 4
    assert index_exists(index_dir_for(quote_archive))


def test_rebuild_replaces_a_damaged_index(quote_archive):
    ix_dir = index_dir_for(quote_archive)
    build_index(quote_archive)
    for path in ix_dir.iterdir():
        path.write_bytes(b"garbage")
    assert not check_index(quote_archive).ok
    build_index(quote_archive)
    assert check_index(quote_archive).ok
    assert sorted(path.name for path in ix_dir.parent.glob(ix_dir.name + "*")) == [ix_dir.name]


def test_empty_database_gives_an_empty_index(db_path):
    db = open_db(db_path)
    assert build_index(db).added == 0
    assert check_index(db).ok
    assert update_index(db).changed == 0
    results = search_index(index_dir_for(db), "anything")
    assert results.total == 0 and results.hits == [] and results.suggestion is None


def test_out_of_step_summary_names_the_ids_and_the_fix(quote_archive):
    build_index(quote_archive)
    quote_archive.execute("delete from quotes")
    quote_archive.conn.commit()
    summary = check_index(quote_archive).summary()
    assert summary.startswith("index out of step: 4 extra (")
    assert summary.endswith(" - run `quotes index update`")


def test_open_database_names_the_problem(tmp_path, quote_archive, db_path):
    assert open_database(db_path).execute("select count(*) from quotes").fetchone()[0] == 4
    with pytest.raises(DatabaseError, match=r"nope\.db: no such database; create it with `quotes build"):
        open_database(tmp_path / "nope.db")
    bad = tmp_path / "not-a.db"
    bad.write_text("hello")
    with pytest.raises(DatabaseError, match=r"not-a\.db: not a quotes database"):
        open_database(bad)


@pytest.mark.parametrize(
    ("write", "task"), [(build_index, "quotes indexed"), (update_index, "quotes compared")]
)
def test_index_writing_reports_progress(quote_archive, write, task):
    if write is update_index:
        build_index(quote_archive)
    seen = []
    write(quote_archive, on_progress=seen.append)
    assert [p.done for p in seen] == [0, 1, 2, 3, 4]
    assert {(p.task, p.total, p.unit) for p in seen} == {(task, 4, "quotes")}
