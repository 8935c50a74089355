"""What the quote, speaker and statement pages show, without a server."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotes.store.db import open_db
from quotes.web.cards import (
    affiliation_shown,
    context_parts,
    fold_roles,
    quote_card,
    speaker_card,
    statement_card,
)

TEXT = (
    'First paragraph here.\n\nMira Tollan said: "We will open the ferry line in May." Then she left.\n\nLast.'
)


def test_context_uses_the_paragraph_when_it_contains_the_quote():
    start = TEXT.index("We will")
    end = TEXT.index('."', start) + 1
    para_start = TEXT.index("Mira")
    para_end = TEXT.index("\n\nLast")
    context = context_parts(TEXT, start=start, end=end, paragraph_start=para_start, paragraph_end=para_end)
    assert context.before == 'Mira Tollan said: "'
    assert context.quote == "We will open the ferry line in May."
    assert context.after == '" Then she left.'
    assert not context.cut_before and not context.cut_after
    assert TEXT[context.start : context.end] == context.before + context.quote + context.after


def test_context_falls_back_to_a_window_cut_at_spaces():
    start = TEXT.index("ferry")
    context = context_parts(TEXT, start=start, end=start + 5, paragraph_start=0, paragraph_end=3, window=12)
    assert context.quote == "ferry"
    assert context.before == "open the "
    assert context.after == " line in"
    assert context.cut_before and context.cut_after


@given(st.text(min_size=1, max_size=200), st.data())
def test_context_is_always_a_slice_around_the_quote(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start, len(text)))
    window = data.draw(st.integers(0, 50))
    context = context_parts(text, start=start, end=end, window=window)
    assert context.quote == text[start:end]
    assert text[context.start : context.end] == context.before + context.quote + context.after


def _store(db, *, quote_text, start):
    db["articles"].insert(
        {"hash": "h", "title": "Ferry news", "url": "https://example.test/ferry", "text": TEXT}
    )
    db["speakers"].insert({"name": "Mira Tollan", "role": "harbour master"})
    return (
        db["quotes"]
        .insert(
            {
                "article_id": 1,
                "speaker_id": 1,
                "text": quote_text,
                "start": start,
                "end": start + len(quote_text),
                "stance_tags": '["hopeful"]',
            }
        )
        .last_pk
    )


def test_quote_card_joins_speaker_article_and_tags(memory_db):
    start = TEXT.index("We will")
    quote_id = _store(memory_db, quote_text="We will open the ferry line in May.", start=start)
    memory_db["tags"].insert({"name": "hopeful", "label": "Hopeful"})
    memory_db["quote_tags"].insert(
        {"quote_id": quote_id, "tag_id": 1, "target": "ferry line", "confidence": 0.8}
    )
    card = quote_card(memory_db.conn, quote_id)
    assert card["speaker"] == "Mira Tollan" and card["speaker_role"] == "harbour master"
    assert card["article_title"] == "Ferry news" and card["safe_url"] == "https://example.test/ferry"
    assert card["offsets_match"] and card["context"].quote == card["quote"]
    assert card["stance_labels"] == ["hopeful"]
    assert [(t["label"], t["target"]) for t in card["tags"]] == [("Hopeful", "ferry line")]
    assert quote_card(memory_db.conn, quote_id + 1) is None


def test_quote_card_notices_offsets_that_do_not_match(memory_db):
    quote_id = _store(memory_db, quote_text="words not at these offsets", start=0)
    card = quote_card(memory_db.conn, quote_id)
    assert card["offsets_match"] is False and card["context"] is None


def test_speaker_card_roles_over_time(small_db):
    db = open_db(small_db)
    speaker_id = db.execute("select id from speakers").fetchone()[0]
    card = speaker_card(db.conn, speaker_id)
    assert [(r["role"], r["published"]) for r in card["roles"]] == [
        ("lecturer", "2020-03-01"),
        ("dean", "2022-06-01"),
    ]
    assert [q["published"] for q in card["quotes"]] == ["2022-06-01", "2020-03-01"]
    assert card["role"] == "dean" and card["article_count"] == 2
    assert speaker_card(db.conn, 999) is None


def test_statement_card_marks_differing_words(small_db):
    db = open_db(small_db)
    statement_id = db.execute("select id from statements").fetchone()[0]
    card = statement_card(db.conn, statement_id)
    assert [v["outlet"] for v in card["variants"]] == ["Harbor Daily", "Port Gazette"]
    marked = [p for p, differs in card["variants"][1]["quotes"][0]["pieces"] if differs]
    assert marked == ["local"]


def test_one_role_spelled_three_ways_is_one_row():
    stated = [
        {
            "role": role,
            "affiliation": None,
            "organization_id": None,
            "organization_name": None,
            "published": None,
            "article_id": article_id,
            "outlet": None,
            "article_title": None,
        }
        for role, article_id in (
            ("U.S. Secretary of State", 1),
            ("Secretary of State", 2),
            ("US Secretary of State", 3),
        )
    ]
    (row,) = fold_roles(stated)
    assert row["articles"] == 3 and row["published"] is None
    assert row["role"] in {"U.S. Secretary of State", "US Secretary of State"}
    assert set(row["spellings"]) == {
        "U.S. Secretary of State",
        "Secretary of State",
        "US Secretary of State",
    } - {row["role"]}


def test_the_organization_is_not_named_twice():
    assert affiliation_shown("Ewha Womans University", "Ewha Womans University") == "Ewha Womans University"
    assert (
        affiliation_shown("Ewha University", "Ewha Womans University")
        == "Ewha University (Ewha Womans University)"
    )
    assert affiliation_shown(None, "Bay College") == "Bay College"


def test_a_paraphrase_and_the_quoted_words_inside_it_show_once(memory_db):
    from quotes.enrich.speakers import SpeakerDirectory
    from quotes.ingest.plain_text import parse_text
    from quotes.store.write import write_article
    from tests.store.test_write import PAIR_TEXT, pair_quotes

    write_article(memory_db, parse_text(PAIR_TEXT), pair_quotes(), speakers=SpeakerDirectory(memory_db))
    ids = {row["kind"]: row["id"] for row in memory_db.query("select id, kind from quotes")}
    expected = [("the pact was “", False), ("a fair deal", True), ("” and would hold", False)]
    for kind in ("partial", "indirect"):
        card = quote_card(memory_db.conn, ids[kind])
        assert card["pair"] == {"quote_id": ids["indirect"], "segments": expected}
    partial = quote_card(memory_db.conn, ids["partial"])
    assert (partial["needs_review"], partial["via"]) == (1, "the harbour office")
    speaker = speaker_card(memory_db.conn, memory_db.execute("select id from speakers").fetchone()[0])
    assert [q["kind"] for q in speaker["quotes"]] == ["indirect"]  # the partial shows inside it
    assert speaker["quotes"][0]["segments"] == expected
    assert speaker["quotes"][0]["partials"] == [ids["partial"]]
