import pytest

from quotes.enrich.statements import (
    MIN_SHARED,
    THRESHOLD,
    content_words,
    group_statements,
    same_statement,
    similarity,
    statement_groups,
)


def test_content_words_drop_stopwords_and_insertions():
    assert content_words("I think [the harbor] is failing the fishermen.") == [
        "think",
        "failing",
        "fishermen",
    ]


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
        db["articles"].insert(
            {"id": article, "hash": f"h{article}", "text": "x", "outlet": f"Outlet {article}"}
        )
    if not db.execute("select 1 from speakers where id = ?", [speaker]).fetchone():
        db["speakers"].insert({"id": speaker, "name": f"Speaker {speaker}"})
    return (
        db["quotes"]
        .insert({"article_id": article, "speaker_id": speaker, "text": text, "start": 0, "end": len(text)})
        .last_pk
    )


def test_group_statements_in_the_database(memory_db):
    a = add(memory_db, 1, 1, "The harbor plan failed the fishermen and the council must stop it")
    b = add(memory_db, 1, 2, "The harbor plan failed the fishermen, the council must stop it now")
    c = add(
        memory_db, 2, 2, "The harbor plan failed the fishermen and the council must stop it"
    )  # another speaker
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
    view = memory_db.execute(
        "select count(distinct statement_id) from quote_details where statement_id is not null"
    )
    assert view.fetchone()[0] == 1


def test_sample_blinken_statement(sample_db):
    from quotes.store.db import open_db

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
        variants = db.execute("select variant_count from statements where id = ?", [statement_id]).fetchone()[
            0
        ]
        assert variants >= 2


def test_canned_query_finds_the_sample_statement(sample_db):
    from quotes.store.db import open_db
    from quotes.web.queries import STATEMENTS_WITH_DIFFERENT_WORDING_SQL

    rows = open_db(sample_db).execute(STATEMENTS_WITH_DIFFERENT_WORDING_SQL).fetchall()
    assert rows and {r[1] for r in rows} == {"Antony Blinken"}
    assert all(r[5] == 2 for r in rows)  # each statement quoted by two articles


WORDS = (
    "harbor",
    "ferry",
    "council",
    "fishermen",
    "seawall",
    "budget",
    "tourism",
    "storm",
    "pier",
    "tolls",
    "bridge",
    "license",
    "quota",
    "winter",
    "dredging",
)


def brute_force_statements(db):
    """The statements by definition: every pair of a speaker's quotes compared."""
    rows = db.execute(
        "select id, speaker_id, article_id, text from quotes where speaker_id is not null order by id"
    ).fetchall()
    parent = {r[0]: r[0] for r in rows}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for i, (x, sx, ax, tx) in enumerate(rows):
        for y, sy, ay, ty in rows[i + 1 :]:
            if sx == sy and ax != ay and same_statement(tx, ty):
                parent[find(x)] = find(y)
    groups = {}
    for quote_id, speaker_id, article_id, text in rows:
        groups.setdefault(find(quote_id), []).append((quote_id, speaker_id, article_id, text))
    found = set()
    for members in groups.values():
        if len({m[2] for m in members}) >= 2:
            texts = [m[3] for m in members]
            variants = {" ".join(content_words(t)) for t in texts}
            found.add(
                (
                    members[0][1],
                    tuple(m[0] for m in members),
                    max(texts, key=len),
                    len(members),
                    len(variants),
                )
            )
    return found


def stored_statements(db):
    rows = db.execute("""select statements.speaker_id, (select group_concat(id) from (select id from quotes
        where statement_id = statements.id order by id)), text, quote_count, variant_count from statements""")
    return {(s, tuple(int(q) for q in ids.split(",")), t, qc, vc) for s, ids, t, qc, vc in rows}


def random_text(rng):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 7)))


@pytest.mark.parametrize("seed", range(6))
def test_incremental_grouping_is_the_full_grouping(memory_db, seed):
    import random

    from quotes.enrich.statements import update_statements

    rng = random.Random(seed)
    db = memory_db
    quotes = [add(db, rng.randint(1, 3), rng.randint(1, 6), random_text(rng)) for _ in range(25)]
    update_statements(db)
    assert stored_statements(db) == brute_force_statements(db)
    for _ in range(6):  # a build: new quotes, and an editor's changes
        quotes += [
            add(db, rng.randint(1, 3), rng.randint(1, 8), random_text(rng)) for _ in range(rng.randint(0, 4))
        ]
        for _ in range(rng.randint(0, 3)):
            quote = rng.choice(quotes)
            action = rng.choice(("reassign", "span", "delete"))
            if action == "reassign":
                db.execute("update quotes set speaker_id = ? where id = ?", [rng.randint(1, 3), quote])
            elif action == "span":
                db.execute("update quotes set text = ? where id = ?", [random_text(rng), quote])
            else:
                db.execute("delete from quotes where id = ?", [quote])
                quotes.remove(quote)
        before = {r[0]: r[1:] for r in db.execute("select id, speaker_id, text, quote_count from statements")}
        update_statements(db)
        assert stored_statements(db) == brute_force_statements(db)
        after = {r[0]: r[1:] for r in db.execute("select id, speaker_id, text, quote_count from statements")}
        # statements whose quotes did not change keep their row
        members = {s[1] for s in stored_statements(db)}
        for statement_id, values in before.items():
            ids = db.execute(
                "select id from quotes where statement_id = ? order by id", [statement_id]
            ).fetchall()
            if statement_id in after and after[statement_id] == values:
                assert tuple(r[0] for r in ids) in members
    assert group_statements(db) == len(stored_statements(db))
    assert stored_statements(db) == brute_force_statements(db)


def test_statement_ids_stay_when_a_build_adds_quotes(memory_db):
    from quotes.enrich.statements import update_statements

    db = memory_db
    a = add(db, 1, 1, "The harbor plan failed the fishermen and the council must stop it")
    b = add(db, 1, 2, "The harbor plan failed the fishermen, the council must stop it now")
    c = add(db, 2, 1, "Tolls on the bridge will pay for the seawall this winter")
    d = add(db, 2, 2, "Tolls on the bridge will pay for the seawall by winter")
    assert update_statements(db) == 2
    ids = dict(db.execute("select id, statement_id from quotes").fetchall())
    # a third article repeats speaker 1's remark; speaker 2's statement is not touched
    e = add(db, 1, 3, "The harbor plan failed the fishermen; the council must stop it")
    assert update_statements(db) == 1
    now = dict(db.execute("select id, statement_id from quotes").fetchall())
    assert now[a] == now[b] == now[e] == ids[a]
    assert now[c] == now[d] == ids[c]
    assert db.execute("select quote_count from statements where id = ?", [ids[a]]).fetchone()[0] == 3
    # nothing new: nothing written
    assert update_statements(db) == 0
    # the quote that held the two articles together is deleted: the statement goes
    db.execute("delete from quotes where id in (?, ?)", [b, e])
    update_statements(db)
    assert db.execute("select statement_id from quotes where id = ?", [a]).fetchone()[0] is None
    assert db.execute("select count(*) from statements").fetchone()[0] == 1


def test_indexed_candidates_find_every_pair_the_pairwise_comparison_finds():
    import random

    from quotes.enrich.statements import regroup

    rng = random.Random(7)
    for _ in range(30):
        quotes = [(i, rng.randint(1, 5), random_text(rng)) for i in range(1, 30)]
        pairwise = {}
        for i, (x, ax, tx) in enumerate(quotes):
            for y, ay, ty in quotes[i + 1 :]:
                if ax != ay and same_statement(tx, ty):
                    pairwise.setdefault(x, set()).add(y)
        parent = {q: q for q, _, _ in quotes}

        def find(x, parent=parent):
            while parent[x] != x:
                x = parent[x]
            return x

        for x, ys in pairwise.items():
            for y in ys:
                parent[find(x)] = find(y)
        expected = {}
        for q, a, _ in quotes:
            expected.setdefault(find(q), []).append((q, a))
        expected = sorted(sorted(q for q, _ in g) for g in expected.values() if len({a for _, a in g}) >= 2)
        assert regroup(quotes) == expected


def test_repeated_words_can_match_by_sequence_ratio_and_are_still_found():
    from quotes.enrich.statements import regroup

    shared = "harbor harbor harbor harbor ferry ferry ferry ferry storm storm storm storm"
    a = f"{shared} pier tolls bridge quota winter"
    b = f"{shared} budget seawall license dredging tourism"
    # 3 of 8 distinct words shared: the overlap coefficient is low, difflib's ratio is not
    assert len(set(content_words(a)) & set(content_words(b))) / 8 < THRESHOLD <= similarity(a, b)
    assert regroup([(1, 10, a), (2, 20, b)]) == [[1, 2]]
    assert regroup([(1, 10, a), (2, 20, b)], recompute=[2]) == [[1, 2]]
