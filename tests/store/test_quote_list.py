"""How quotes are shown: quotation marks for the speaker's words, "said that"
for a paraphrase, the same in Python and in the quote_list view."""

from __future__ import annotations

import pytest

from quotes.store.views import shown_quote, shown_quote_sql

CASES = [
    ("We will reopen the pier,", "direct", "said", "“We will reopen the pier,”"),
    ("a long overdue repair", "partial", None, "“a long overdue repair”"),
    ("the pier would be rebuilt", "indirect", "said", "said that the pier would be rebuilt"),
    ("that the pier would be rebuilt", "indirect", None, "said that the pier would be rebuilt"),
    ("That the pier would wait", "indirect", "told", "said that the pier would wait"),
    ("thatched roofs would stay", "indirect", "said", "said that thatched roofs would stay"),
    ("", "indirect", None, "said that "),
    # a paraphrase holding its own verb reads as it is
    ("endorsed Milo Fairlie", "indirect", "endorsed", "endorsed Milo Fairlie"),
    ("Endorsed Milo Fairlie", "indirect", "endorsed", "Endorsed Milo Fairlie"),
    ("not recommend a new pier", "indirect", "recommend", "not recommend a new pier"),
    ("has not said whether she would sign it", "indirect", "said", "has not said whether she would sign it"),
    # the cue further on, or not negated, is no verb of the paraphrase's own
    ("the board said the pier was safe", "indirect", "said", "said that the board said the pier was safe"),
    ("the pier endorsed by the board", "indirect", "endorsed", "said that the pier endorsed by the board"),
]


@pytest.mark.parametrize("text, kind, cue, shown", CASES)
def test_shown_quote(text, kind, cue, shown):
    assert shown_quote(text, kind, cue) == shown


@pytest.mark.parametrize("text, kind, cue, shown", CASES)
def test_the_sql_shows_the_same(memory_db, text, kind, cue, shown):
    sql = f"select {shown_quote_sql(':text', ':kind', ':cue')}"
    assert memory_db.execute(sql, {"text": text, "kind": kind, "cue": cue}).fetchone()[0] == shown


def test_no_paraphrase_is_in_quotation_marks_in_quote_list(ferry_db):
    from quotes.store.db import open_db

    rows = list(open_db(ferry_db).query("select quote, kind from quote_list"))
    assert {row["kind"] for row in rows} == {"direct", "partial", "indirect"}
    for row in rows:
        marked = row["quote"].startswith("“") and row["quote"].endswith("”")
        assert marked == (row["kind"] != "indirect"), row
    assert "said that the old pier would be rebuilt first" in {row["quote"] for row in rows}
