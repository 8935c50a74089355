"""Storing articles and quotes: provenance offsets, idempotence, one transaction
per article. Quotes here are made by hand from fictional text."""

from __future__ import annotations

from dataclasses import fields

import pytest

from quotes.enrich.speakers import SpeakerDirectory
from quotes.ingest.plain_text import parse_text
from quotes.records import Article, Quote
from quotes.store import schema
from quotes.store.write import QUOTE_COLUMNS, StoreError, quote_values, write_article, write_articles

TEXT = (
    "Ferry service to resume\n"
    "\n"
    '"We expect the first boat to leave on Monday," said Ilse Varga, the harbour master.\n'
    "\n"
    'The council said the pier "is safe again\n'
    "\n"
    'after six weeks of repairs," according to Tom Poe.\n'
)


def quote_of(text: str, part: str, speaker: str, mention: str, *, cue: str | None = None, **extra) -> Quote:
    """The quote ``part`` of ``text`` attributed to ``speaker`` through ``mention`` (and ``cue``)."""
    mention_at = span(text, mention)
    cue_at = span(text, cue) if cue else {"start": None, "end": None}
    return Quote(
        text=part,
        **span(text, part),
        speaker=speaker,
        speaker_start=mention_at["start"],
        speaker_end=mention_at["end"],
        cue=cue,
        cue_start=cue_at["start"],
        cue_end=cue_at["end"],
        **extra,
    )


def span(text: str, part: str) -> dict[str, int]:
    """The offsets of the first ``part`` of ``text``."""
    start = text.index(part)
    return {"start": start, "end": start + len(part)}


def sample_quotes(text: str = TEXT) -> list[Quote]:
    return [
        quote_of(
            text,
            '"We expect the first boat to leave on Monday,"',
            "Ilse Varga",
            "Ilse Varga",
            cue="said",
            role="harbour master",
            affiliation="Northport Harbour",
            confidence=0.9,
        ),
        quote_of(
            text, '"is safe again\n\nafter six weeks of repairs,"', "Tom Poe", "Tom Poe", kind="partial"
        ),
    ]


def write(db, article, quotes):
    """Store an article the way a build does (speakers resolved by a :class:`SpeakerDirectory`)."""
    return write_article(db, article, quotes, speakers=SpeakerDirectory(db))


def counts(db) -> dict[str, int]:
    return {table: db[table].count for table in ("articles", "quotes", "speakers", "organizations")}


def test_write_article_rows_and_provenance(memory_db):
    article = parse_text(TEXT, source="ferry.txt")
    article_id = write(memory_db, article, sample_quotes())
    assert article_id == 1
    row = memory_db["articles"].get(article_id)
    assert row["hash"] == article.hash and row["text"] == TEXT and row["title"] == "Ferry service to resume"
    assert row["source"] == "ferry.txt" and row["added_at"]
    quotes = list(memory_db.query("select * from quotes order by start"))
    assert len(quotes) == 2
    first, second = quotes
    assert TEXT[first["start"] : first["end"]] == first["text"]
    assert TEXT[first["speaker_start"] : first["speaker_end"]] == first["speaker_mention"] == "Ilse Varga"
    assert TEXT[first["cue_start"] : first["cue_end"]] == "said"
    assert first["role"] == "harbour master" and first["confidence"] == 0.9
    assert memory_db["organizations"].get(first["organization_id"])["name"] == "Northport Harbour"
    assert second["kind"] == "partial" and second["cue_start"] is None
    details = {r["quote_id"]: r for r in memory_db.query("select * from quote_details")}
    assert details[first["id"]]["context"] == TEXT.splitlines()[2]
    assert details[first["id"]]["speaker"] == "Ilse Varga"
    assert details[first["id"]]["speaker_role"] == "harbour master"
    # A quote running over two paragraphs: its context is both of them.
    assert details[second["id"]]["context"] == (
        'The council said the pier "is safe again\n\nafter six weeks of repairs," according to Tom Poe.'
    )


def test_each_quote_value_goes_to_its_own_column():
    text = "Pier news. The pier is safe, said Tom Poe, the engineer, to the council."
    quote = Quote(
        text="The pier is safe",
        start=11,
        end=27,
        kind="indirect",
        cue="said",
        cue_start=29,
        cue_end=33,
        speaker="Tom Poe",
        speaker_start=34,
        speaker_end=41,
        role="engineer",
        affiliation="Pier Works",
        addressee="the council",
        confidence=0.37,
        needs_review=True,
        via="a neighbour",
    )
    computed = {"article_id": 101, "speaker_id": 102, "organization_id": 103}
    paragraph = {"paragraph_start": 104, "paragraph_end": 105}
    values = quote_values(
        quote,
        article=Article(text=text),
        **computed,
        paragraph=(paragraph["paragraph_start"], paragraph["paragraph_end"]),
    )
    copied = {
        field.name: getattr(quote, field.name) for field in fields(Quote) if field.name in QUOTE_COLUMNS
    }
    expected = {**copied, **computed, **paragraph, "speaker_mention": "Tom Poe"}
    # every value tells its column: a pair of columns swapped cannot go unseen
    assert len({(type(value), value) for value in expected.values()}) == len(expected) == len(QUOTE_COLUMNS)
    assert set(QUOTE_COLUMNS) <= set(schema.Quote.model_fields)
    assert {field.name for field in fields(Quote)} & set(schema.Quote.model_fields) <= set(QUOTE_COLUMNS)
    assert dict(zip(QUOTE_COLUMNS, values, strict=True)) == expected


def test_write_article_twice_adds_nothing(memory_db):
    article = parse_text(TEXT)
    assert write(memory_db, article, sample_quotes()) is not None
    before = counts(memory_db)
    assert write(memory_db, parse_text(TEXT), sample_quotes()) is None
    assert counts(memory_db) == before == {"articles": 1, "quotes": 2, "speakers": 2, "organizations": 1}


def test_same_speaker_across_articles_is_one_row(memory_db):
    other = TEXT.replace("Ferry service to resume", "Ferries are back")
    write(memory_db, parse_text(TEXT), sample_quotes())
    write(memory_db, parse_text(other), sample_quotes(other))
    assert counts(memory_db) == {"articles": 2, "quotes": 4, "speakers": 2, "organizations": 1}


def test_quotes_in_boilerplate_are_dropped(memory_db):
    text = '"Boats are back," says Ilse Varga\n\n"Boats are back," said Ilse Varga on Monday.\n'
    article = parse_text(text)
    in_title = Quote(text='"Boats are back,"', start=0, end=17, speaker="Ilse Varga")
    body_start = text.index("\n\n") + 2
    in_body = Quote(text='"Boats are back,"', start=body_start, end=body_start + 17, speaker="Ilse Varga")
    write(memory_db, article, [in_title, in_body])
    assert [r["start"] for r in memory_db.query("select start from quotes")] == [body_start]


def test_failure_mid_article_writes_nothing(memory_db):
    write(memory_db, parse_text("Earlier story\n\nNothing was said.\n"), [])
    before = counts(memory_db)
    calls = []

    class FailingSpeakers(SpeakerDirectory):
        def speaker_id(self, quote, article):
            calls.append(quote.speaker)
            if len(calls) == 2:
                raise RuntimeError("resolver broke on the second quote")
            return super().speaker_id(quote, article)

    with pytest.raises(RuntimeError):
        write_article(memory_db, parse_text(TEXT), sample_quotes(), speakers=FailingSpeakers(memory_db))
    assert calls == ["Ilse Varga", "Tom Poe"]  # the first quote and its speaker were written, then undone
    assert counts(memory_db) == before
    # The same article can be stored afterwards.
    assert write(memory_db, parse_text(TEXT), sample_quotes()) is not None


def test_bad_offsets_are_refused_whole(memory_db):
    quotes = sample_quotes()
    quotes[1].end += 3  # no longer indexes the text
    with pytest.raises(StoreError, match="do not match the article text"):
        write(memory_db, parse_text(TEXT, source="ferry.txt"), quotes)
    assert counts(memory_db) == {"articles": 0, "quotes": 0, "speakers": 0, "organizations": 0}


def test_write_article_on_file_db(db_path):
    from quotes.store.db import open_db

    db = open_db(db_path)
    write(db, parse_text(TEXT), sample_quotes())
    db.close()
    again = open_db(db_path)
    assert again["quotes"].count == 2


def test_write_articles_in_batches(memory_db):
    from quotes.records import Article

    def item(n):
        text = f'"Boat {n} leaves at noon," said Ilse Varga.'
        part = f"Boat {n} leaves at noon"
        return Article(text=text, outlet="The Fictional Herald"), [
            Quote(text=part, start=1, end=1 + len(part), speaker="Ilse Varga", affiliation="Harbour Office")
        ]

    items = [item(n) for n in range(5)]
    assert (
        write_articles(memory_db, items + items[:1], speakers=SpeakerDirectory(memory_db), batch_size=2) == 5
    )
    assert write_articles(memory_db, items, speakers=SpeakerDirectory(memory_db), batch_size=2) == 0
    rows = list(memory_db.query("select quote, speaker, context from quote_details order by quote_id"))
    assert [r["quote"] for r in rows] == [f"Boat {n} leaves at noon" for n in range(5)]
    assert {r["speaker"] for r in rows} == {"Ilse Varga"}
    assert rows[0]["context"] == '"Boat 0 leaves at noon," said Ilse Varga.'
    assert memory_db.execute("select count(*) from organizations").fetchone()[0] == 1
    bad = Article(text="No quote here."), [Quote(text="elsewhere", start=0, end=9)]
    with pytest.raises(StoreError):
        write_articles(memory_db, [item(7), bad], speakers=SpeakerDirectory(memory_db), batch_size=10)
    assert memory_db.execute("select count(*) from articles").fetchone()[0] == 5


def test_context_offsets_count_characters_not_bytes(memory_db):
    text = 'Fähre 🚢 zurück\n\nZoë Brancusi 🚢 smiled. "Das Schiff ist da," said Zoë Brancusi.\n'
    part = '"Das Schiff ist da,"'
    quote = quote_of(text, part, "Zoë Brancusi", "Zoë Brancusi")
    write(memory_db, parse_text(text), [quote])
    row = next(memory_db.query("select quote, context, start, speaker_mention from quote_details"))
    assert row["quote"] == part and text[row["start"] : row["start"] + len(part)] == part
    assert row["context"] == text.splitlines()[2]
    assert row["speaker_mention"] == "Zoë Brancusi"


PAIR_TEXT = "Harbour pact\n\nMayor Ilse Varga said the pact was “a fair deal” and would hold.\n"


def pair_quotes() -> list[Quote]:
    indirect = quote_of(
        PAIR_TEXT, "the pact was “a fair deal” and would hold", "Ilse Varga", "Ilse Varga", kind="indirect"
    )
    partial = quote_of(PAIR_TEXT, "a fair deal", "Ilse Varga", "Ilse Varga", kind="partial")
    partial.within = (indirect.start, indirect.end)
    partial.needs_review, partial.via = True, "the harbour office"
    return [indirect, partial]


@pytest.mark.parametrize("one_by_one", [True, False], ids=["write_article", "write_articles"])
def test_a_partial_quote_points_to_the_indirect_quote_holding_it(memory_db, one_by_one):
    article = parse_text(PAIR_TEXT)
    if one_by_one:
        write(memory_db, article, pair_quotes())
    else:
        write_articles(memory_db, [(article, pair_quotes())], speakers=SpeakerDirectory(memory_db))
    rows = {row["kind"]: row for row in memory_db.query("select * from quotes")}
    assert rows["partial"]["within_quote_id"] == rows["indirect"]["id"]
    assert rows["indirect"]["within_quote_id"] is None
    assert (rows["partial"]["needs_review"], rows["partial"]["via"]) == (1, "the harbour office")
    assert rows["indirect"]["needs_review"] == 0
