import pytest

from quotes.statements import (
    MIN_SHARED,
    THRESHOLD,
    content_words,
    group_statements,
    same_statement,
    similarity,
    statement_groups,
)


def test_content_words_drop_stopwords_and_insertions():
    assert content_words("I think [the harbor] is failing the fishermen.") == ["think", "failing", "fishermen"]


def test_reworded_remark_is_one_statement():
    a = "I think some of this is the council trying to get attention."
    b = "I think part of it is the council trying to get attention. They've done that before."
    assert similarity(a, b) >= THRESHOLD
    assert same_statement(a, b)


def test_different_remarks_are_not():
    a = "The harbor plan failed the fishermen."
    b = "Tourism will grow next summer as ferries return."
    assert similarity(a, b) < THRESHOLD
    assert not same_statement(a, b)


def test_short_generic_remarks_need_enough_shared_words():
    assert MIN_SHARED == 3
    assert not same_statement("It is important.", "It is very important.")


def test_groups_span_articles_and_are_transitive():
    quotes = [
        (1, 10, "The harbor plan failed the fishermen and the council must stop it"),
        (2, 10, "Fishermen deserve better from the council"),
        (3, 20, "The harbor plan failed the fishermen, so the council must stop it now"),
        (4, 30, "Harbor plan failed fishermen; council must stop it"),
        (5, 20, "Tourism will grow next summer"),
    ]
    assert statement_groups(quotes) == [[1, 3, 4]]
    # the same wording twice in ONE article is not a statement across articles
    assert statement_groups([(1, 10, quotes[0][2]), (2, 10, quotes[0][2])]) == []


def add(db, speaker, article, text):
    if not db.execute("select 1 from articles where id = ?", [article]).fetchone():
        db["articles"].insert({"id": article, "hash": f"h{article}", "text": "x", "outlet": f"Outlet {article}"})
    if not db.execute("select 1 from speakers where id = ?", [speaker]).fetchone():
        db["speakers"].insert({"id": speaker, "name": f"Speaker {speaker}"})
    return db["quotes"].insert({"article_id": article, "speaker_id": speaker, "text": text, "start": 0,
                                "end": len(text)}).last_pk


def test_group_statements_in_the_database(memory_db):
    a = add(memory_db, 1, 1, "The harbor plan failed the fishermen and the council must stop it")
    b = add(memory_db, 1, 2, "The harbor plan failed the fishermen, the council must stop it now")
    c = add(memory_db, 2, 2, "The harbor plan failed the fishermen and the council must stop it")  # another speaker
    d = add(memory_db, 1, 3, "Tourism will grow next summer")
    assert group_statements(memory_db) == 1
    ids = dict(memory_db.execute("select id, statement_id from quotes").fetchall())
    assert ids[a] == ids[b] is not None
    assert ids[c] is None and ids[d] is None
    row = memory_db.execute("select speaker_id, quote_count, variant_count, text from statements").fetchone()
    assert row[:3] == (1, 2, 2) and row[3].endswith("now")
    # rebuilding does not pile up statements
    assert group_statements(memory_db) == 1
    assert memory_db["statements"].count == 1
    view = memory_db.execute("select count(distinct statement_id) from quote_details where statement_id is not null")
    assert view.fetchone()[0] == 1


def test_sample_blinken_statement(sample_db):
    from quotes.db import open_db

    db = open_db(sample_db)
    rows = db.execute(
        "select statement_id, article_id, speaker, quote from quote_details where statement_id is not null"
    ).fetchall()
    blinken = [r for r in rows if r[2] == "Antony Blinken"]
    # The remark about getting attention, worded differently by two outlets, is one statement.
    attention = {r[0] for r in blinken if "attention" in r[3]}
    assert len(attention) == 1
    for statement_id in {r[0] for r in blinken}:
        assert len({r[1] for r in blinken if r[0] == statement_id}) == 2
        variants = db.execute("select variant_count from statements where id = ?", [statement_id]).fetchone()[0]
        assert variants >= 2


def test_canned_query_is_the_library_sql_and_finds_the_sample_statement(sample_db):
    from quotes.db import open_db
    from quotes.publish import METADATA_DB_KEY, load_metadata
    from quotes.statements import STATEMENTS_WITH_DIFFERENT_WORDING_SQL

    query = load_metadata()["databases"][METADATA_DB_KEY]["queries"]["statements_with_different_wording"]
    assert query["sql"] == STATEMENTS_WITH_DIFFERENT_WORDING_SQL
    rows = open_db(sample_db).execute(STATEMENTS_WITH_DIFFERENT_WORDING_SQL).fetchall()
    assert rows and {r[1] for r in rows} == {"Antony Blinken"}
    assert all(r[5] == 2 for r in rows)  # each statement quoted by two articles
