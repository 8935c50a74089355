"""``quotes extract --with-articles`` then ``quotes load``: the rows of a build,
nothing added twice, bad lines named by file and line with their article left
out whole, and the stance step deferred only when asked."""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import sqlite3

import pytest
from click.testing import CliRunner

import quotes.load
from quotes.build import build
from quotes.cli import cli
from quotes.errors import QuotesError
from quotes.ingest.paragraphs import paragraph_of
from quotes.load import NO_STANCE_WARNING, load
from quotes.records import Article, Quote, text_hash
from quotes.store import bulk, changes, fts, read_ahead
from quotes.store.db import open_db
from quotes.store.extracted import WITHOUT_ARTICLES, extracted_lines, read_extracted_fields
from quotes.store.write import quote_values
from tests.conftest import database_rows

STORIES = {
    "harbor.txt": (
        "Harbor fees to rise\n\n"
        '"We cannot keep the cranes running on last year\'s fees," said Ilse Brandvold, '
        "the port director of Saltmere.\n\n"
        "Brandvold said that the increase would be the first in nine years.\n\n"
        'Fisher Tomas Aukrust called the plan "a tax on the small boats".\n'
    ),
    "library.txt": (
        "Library reopens after flood\n\n"
        '"Every book that could be saved is back on a shelf," the head librarian, Marit Olsrud, said.\n\n'
        "The council said the repairs cost less than feared, according to a statement.\n"
    ),
    "market.txt": (
        "Night market moves to the square\n\n"
        '"The square gives the stalls room to breathe," said Jonas Vik, who chairs the traders.\n\n'
        'Vik added: "We hope the neighbours will come too."\n'
    ),
}


@pytest.fixture(scope="module")
def stories(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stories")
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def extracted(tmp_path_factory, stories):
    """The stories as ``quotes extract --with-articles`` writes them."""
    result = CliRunner().invoke(cli, ["extract", str(stories), "--with-articles"])
    assert result.exit_code == 0, result.output
    path = tmp_path_factory.mktemp("extracted") / "stories.jsonl"
    path.write_text(result.stdout, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory, stories):
    """The rows of the stories built with ``quotes build``."""
    from quotes.build import build

    path = tmp_path_factory.mktemp("built") / "quotes.db"
    assert build([stories], db_path=path).failed == 0
    return database_rows(path)


def counts(path) -> tuple[int, int]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "select (select count(*) from articles), (select count(*) from quotes)"
        ).fetchone()
    finally:
        connection.close()


def test_a_load_stores_the_rows_of_a_build(tmp_path, extracted, built):
    path = tmp_path / "quotes.db"
    report = load([extracted], db_path=path)
    assert (report.read, report.added, report.skipped, report.failed) == (3, 3, 0, 0)
    assert report.quotes == len(built["quote_details"]) > 0
    assert database_rows(path) == built
    db = open_db(path)
    assert bulk.pending_count(db) == 0
    assert db.execute("select count(*) from quotes_fts").fetchone()[0] == report.quotes
    assert all(changes.pending(db, step).empty for step in changes.STEPS)
    db.close()


def test_loading_the_same_file_twice_adds_nothing(tmp_path, extracted, built):
    path = tmp_path / "quotes.db"
    load([extracted], db_path=path)
    again = load([extracted, extracted], db_path=path)
    assert (again.read, again.added, again.skipped, again.quotes) == (6, 0, 6, 0)
    assert database_rows(path) == built


def test_the_stance_step_waits_only_when_asked(tmp_path, extracted, built):
    path = tmp_path / "quotes.db"
    report = load([extracted], db_path=path, stance=False)
    assert report.warnings == [NO_STANCE_WARNING]
    assert sqlite3.connect(path).execute("select count(*) from quote_tags").fetchone() == (0,)
    later = load([extracted], db_path=path)
    assert (later.added, later.warnings) == (0, [])
    assert database_rows(path) == built


def test_the_load_command(tmp_path, extracted):
    path = tmp_path / "quotes.db"
    result = CliRunner().invoke(cli, ["load", str(extracted), "--db", str(path), "--no-stance"])
    assert result.exit_code == 0, result.output
    assert f"{path}: 3 articles read, 3 added, 0 already present" in result.stdout
    assert f"Warning: {NO_STANCE_WARNING}" in result.stderr


def story(number: int) -> tuple[Article, list[Quote]]:
    """A made-up article with two quotes, as the extractor would give them."""
    text = f'Ferry {number} returns\n\n"The ferry will run in May," said Odd Hauge.\n\nHauge said the fares stay.'
    first = text.index("The ferry")
    quotes = [
        Quote(
            text="The ferry will run in May,", start=first, end=first + 26, speaker="Odd Hauge", cue="said"
        ),
        Quote(text="the fares stay", start=text.index("the fares"), end=len(text) - 1, kind="indirect"),
    ]
    return Article(text=text, title=f"Ferry {number} returns", source=f"ferry{number}.txt"), quotes


def story_lines(number: int) -> list[str]:
    return list(extracted_lines(*story(number)))


def changed(line: str, **values) -> str:
    record = json.loads(line)
    record.update(values)
    return json.dumps(record)


def spoiled_text(line: str, character: str) -> str:
    """An article line whose text ends with ``character``, its hash updated (the text is then
    refused for the character, not as changed after extraction)."""
    text = json.loads(line)["text"] + character
    return changed(line, text=text, hash=text_hash(text))


BAD_MIDDLE = [
    # (what, the lines of the middle article, the line (1-based) named, the problem)
    ("bad JSON", lambda lines: [lines[0], lines[1][:-5], lines[2]], 5, "not valid JSON"),
    ("offsets", lambda lines: [lines[0], changed(lines[1], start=3), lines[2]], 5, "quote offsets 3-"),
    (
        "text changed",
        lambda lines: [changed(lines[0], text=json.loads(lines[0])["text"] + "!"), *lines[1:]],
        4,
        '"hash" is not',
    ),
    ("cut short", lambda lines: lines[:2], 4, "announces 2 quote lines but 1 follow"),
    (
        "unknown field",
        lambda lines: [lines[0], changed(lines[1], mood="calm"), lines[2]],
        5,
        'unknown field "mood"',
    ),
    (
        "string offset",
        lambda lines: [lines[0], changed(lines[1], start="12"), lines[2]],
        5,
        '"start" must be a whole number',
    ),
    (
        "wrong article",
        lambda lines: [lines[0], changed(lines[1], article_hash=text_hash("x")), lines[2]],
        5,
        '"article_hash"',
    ),
    ("no type", lambda lines: [lines[0], changed(lines[1], type="remark"), lines[2]], 5, '"type" must be'),
    (
        "null kind",
        lambda lines: [lines[0], changed(lines[1], kind=None), lines[2]],
        5,
        '"kind" must be a string, not null',
    ),
    (
        "null confidence",
        lambda lines: [lines[0], lines[1], changed(lines[2], confidence=None)],
        6,
        '"confidence" must be a number, not null',
    ),
    ("NUL", lambda lines: [changed(lines[0], title="a\x00b"), *lines[1:]], 4, "NUL"),
    ("NUL in a quote", lambda lines: [lines[0], changed(lines[1], cue="sa\x00id"), lines[2]], 5, "NUL"),
    ("NUL in a text", lambda lines: [spoiled_text(lines[0], "\x00"), *lines[1:]], 4, "NUL"),
    (
        "lone surrogate in a text",
        lambda lines: [spoiled_text(lines[0], "\udc80"), *lines[1:]],
        4,
        "lone surrogate",
    ),
    (
        "lone surrogate in a title",
        lambda lines: [changed(lines[0], title="\ud800"), *lines[1:]],
        4,
        "lone surrogate",
    ),
    (
        "lone surrogate in a quote",  # json.dumps escapes it as \\ud800, which orjson refuses and json reads
        lambda lines: [lines[0], lines[1], changed(lines[2], role="\ud800")],
        6,
        "lone surrogate",
    ),
    (
        "huge offset",
        lambda lines: [lines[0], changed(lines[1], end=10**30), lines[2]],
        5,
        '"end" must be a whole number',
    ),
    (
        "boilerplate",
        lambda lines: [changed(lines[0], boilerplate=[[0, 10000]]), *lines[1:]],
        4,
        "outside the text",
    ),
]


@pytest.mark.parametrize(
    ("what", "spoil", "line", "problem"), BAD_MIDDLE, ids=[case[0] for case in BAD_MIDDLE]
)
def test_a_bad_line_leaves_out_its_article_whole(tmp_path, what, spoil, line, problem):
    lines = story_lines(1) + spoil(story_lines(2)) + story_lines(3)
    source = tmp_path / "feed.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    seen = []
    report = load([source], db_path=tmp_path / "quotes.db", on_error=seen.append)
    assert [str(error) for error in report.errors] == [str(error) for error in seen]
    assert len(report.errors) == 1 and str(report.errors[0]).startswith(f"{source}:{line}: ")
    assert problem in str(report.errors[0])
    assert (report.added, report.failed_files) == (2, 1)
    sources = [
        row[0] for row in sqlite3.connect(tmp_path / "quotes.db").execute("select source from articles")
    ]
    assert sorted(sources) == ["ferry1.txt", "ferry3.txt"]
    assert counts(tmp_path / "quotes.db") == (2, 4)


def test_a_file_cut_short_at_the_end_loses_only_its_last_article(tmp_path):
    source = tmp_path / "feed.jsonl"
    source.write_text("\n".join(story_lines(1) + story_lines(2)[:2]) + "\n", encoding="utf-8")
    report = load([source], db_path=tmp_path / "quotes.db")
    assert [str(error) for error in report.errors] == [
        f"{source}:4: the article announces 2 quote lines but 1 follow (a file cut short?); the article was not loaded"
    ]
    assert counts(tmp_path / "quotes.db") == (1, 2)


def test_quotes_without_their_articles_are_one_error(tmp_path, stories):
    plain = CliRunner().invoke(cli, ["extract", str(stories)])
    source = tmp_path / "quotes.jsonl"
    source.write_text(plain.stdout, encoding="utf-8")
    report = load([source], db_path=tmp_path / "quotes.db")
    assert [str(error) for error in report.errors] == [f"{source}:1: {WITHOUT_ARTICLES}"]
    assert counts(tmp_path / "quotes.db") == (0, 0)


@pytest.mark.parametrize(
    ("name", "problem"),
    [("missing.jsonl", "missing.jsonl: no such file (nothing was loaded)"), ("folder", "a folder")],
)
def test_files_that_are_not_there_stop_before_anything_is_created(tmp_path, name, problem):
    (tmp_path / "folder").mkdir()
    with pytest.raises(QuotesError, match=re.escape(problem)):
        load([tmp_path / name], db_path=tmp_path / "quotes.db")
    assert not (tmp_path / "quotes.db").exists()


def test_an_empty_file_is_an_error(tmp_path):
    (tmp_path / "empty.jsonl").write_text("\n", encoding="utf-8")
    report = load([tmp_path / "empty.jsonl"], db_path=tmp_path / "quotes.db")
    assert [str(error) for error in report.errors] == [f"{tmp_path / 'empty.jsonl'}: empty file"]


def test_a_database_error_is_one_line_and_the_stored_articles_get_their_steps(tmp_path, monkeypatch):
    source = tmp_path / "feed.jsonl"
    source.write_text("\n".join(story_lines(1) + story_lines(2) + story_lines(3)) + "\n", encoding="utf-8")
    real_write, calls = bulk._write_staged, []

    def failing_write(db, group, *args):
        calls.append(group)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error (simulated)")
        return real_write(db, group, *args)

    monkeypatch.setattr(bulk, "_write_staged", failing_write)
    monkeypatch.setattr(quotes.load, "read_ahead", functools.partial(read_ahead.read_ahead, batch_quotes=1))
    monkeypatch.setattr(quotes.load, "load_staged", functools.partial(bulk.load_staged, chunk_quotes=3))
    report = load([source], db_path=tmp_path / "quotes.db")
    assert len(report.errors) == 1 and "disk I/O error (simulated)" in str(report.errors[0])
    assert str(report.errors[0]).startswith(f"{tmp_path / 'quotes.db'}: ") and "load them again" in str(
        report.errors[0]
    )
    assert (report.added, report.quotes) == (1, 2)
    db = sqlite3.connect(tmp_path / "quotes.db")
    assert db.execute("select count(*) from articles").fetchone() == (1,)
    assert db.execute(f"select count(*) from {bulk.PENDING_TABLE}").fetchone() == (0,)
    assert db.execute("select count(*) from quotes where speaker_id is not null").fetchone() == (1,)


def test_a_chunk_that_fails_is_rolled_back_with_its_triggers(memory_db):
    good, quotes = story(1)
    broken = Article(text="The mayor said \ud800 nothing.", source="broken.txt")  # SQLite cannot store it
    with pytest.raises(UnicodeEncodeError):
        bulk.load_articles(memory_db, [(good, quotes), (broken, [])])
    assert memory_db.execute("select count(*) from articles").fetchone() == (0,)
    triggers = {row[0] for row in memory_db.execute("select name from sqlite_master where type = 'trigger'")}
    assert set(bulk.PAUSED_TRIGGERS) <= triggers
    bulk.load_articles(memory_db, [(good, quotes)])
    assert memory_db.execute("select count(*) from quotes_fts").fetchone() == (2,)


def test_the_bulk_loader_binds_through_adapters_whoever_opened_the_database(memory_db, unadapted):
    assert not any(key in sqlite3.adapters for key in unadapted)  # removed after the database was opened
    bulk.load_articles(memory_db, [story(1)])
    assert all(key in sqlite3.adapters for key in unadapted)
    assert memory_db.execute("select count(*) from quotes where speaker_id is null").fetchone() == (2,)


def test_chunks_keep_whole_articles_and_every_quote_is_indexed(memory_db):
    items = [story(number) for number in range(7)]
    loaded = bulk.load_articles(memory_db, items, chunk_quotes=5)
    assert (loaded.added, loaded.quotes, loaded.pending_speakers) == (7, 14, 7)
    fts = memory_db.execute("select rowid from quotes_fts order by rowid").fetchall()
    assert [row[0] for row in fts] == list(range(1, 15))
    logged = memory_db.execute(
        "select quote_id from quote_changes where op = 'insert' order by id"
    ).fetchall()
    assert [row[0] for row in logged] == list(range(1, 15))


def test_a_build_finds_the_speakers_of_an_unfinished_load_first(tmp_path):
    path = tmp_path / "quotes.db"
    db = open_db(path)
    bulk.load_articles(db, [story(1)])  # stored, its speakers still waiting (no post-build steps)
    db.close()
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "bridge.txt").write_text(
        '"The bridge opens in May," said Ines Marrow, the mayor.\n', encoding="utf-8"
    )
    report = build([folder], db_path=path)
    assert (report.added, report.failed) == (1, 0)
    rows = sqlite3.connect(path).execute("select name from speakers order by id").fetchall()
    assert [name for (name,) in rows] == ["Odd Hauge", "Ines Marrow"]  # in the order they were stored
    assert sqlite3.connect(path).execute(f"select count(*) from {bulk.PENDING_TABLE}").fetchone() == (0,)


def every_field_story() -> tuple[Article, list[Quote]]:
    """A made-up article whose quotes set every field, each value telling its
    field; the first quote stands in the title (boilerplate)."""
    text = (
        '"Pier shut" says Tom Poe\n\n'
        "Pier news. The pier is safe, said Tom Poe, the engineer, to the council.\n\n"
        'Poe said the deck was "sound as a bell" after the storm.'
    )
    holder = text.index("the deck")
    partial = text.index("sound")
    quotes = [
        Quote(text='"Pier shut"', start=0, end=11, speaker="Tom Poe"),
        Quote(
            text="The pier is safe",
            start=text.index("The pier"),
            end=text.index("The pier") + 16,
            kind="indirect",
            cue="said",
            cue_start=text.index("said"),
            cue_end=text.index("said") + 4,
            speaker="Tom Poe",
            speaker_start=text.index("Tom Poe,"),
            speaker_end=text.index("Tom Poe,") + 7,
            speaker_kind="person",
            role="engineer",
            affiliation="Pier Works",
            addressee="the council",
            confidence=0.37,
            needs_review=True,
            via="a neighbour",
        ),
        Quote(text="the deck was", start=holder, end=holder + 12, kind="indirect", affiliation="Pier Works"),
        Quote(
            text="sound as a bell",
            start=partial,
            end=partial + 15,
            kind="partial",
            within=(holder, len(text)),
        ),
    ]
    return Article(text=text, boilerplate=[(0, 24)], title="Pier news", source="pier.txt"), quotes


def test_the_rows_a_load_reads_are_the_rows_a_build_writes(tmp_path):
    article, quotes = every_field_story()
    source = tmp_path / "pier.jsonl"
    source.write_text("\n".join(extracted_lines(article, quotes)) + "\n", encoding="utf-8")
    [(read_article, fields, read_hash)] = read_extracted_fields(source)
    assert [Quote(*values) for values in fields] == quotes and read_hash == article.hash
    prepared = bulk.prepare_fields(read_article, fields, text_hash=read_hash)
    story = article.story_quotes(quotes)
    assert prepared.quotes == [
        quote_values(
            quote,
            article=article,
            article_id=0,
            speaker_id=None,
            organization_id=None,
            paragraph=paragraph_of(article.text, quote.start, quote.end),
        )[1:]
        for quote in story
    ]
    assert prepared.speakers == [(0, "Tom Poe", "person"), (1, None, None)]
    assert prepared.pairs == [story[2]]
    assert bulk.prepare(article, quotes) == prepared


FERRY_SPEAKERS = ["Odd Hauge", "Ines Marrow", "Tove Lund", "Pia Strand", "Gro Kvam"]


def ferry(number: int) -> tuple[Article, list[Quote]]:
    """:func:`story` ``number``, its first quote said by ``FERRY_SPEAKERS[number]``."""
    article, quotes = story(number)
    return article, [dataclasses.replace(quotes[0], speaker=FERRY_SPEAKERS[number]), quotes[1]]


def stored_rows(db) -> list[list[tuple]]:
    """Each quote with its id, article and pending speaker, the articles, the index and the change log."""
    return [
        db.execute(sql).fetchall()
        for sql in (
            "select quotes.id, articles.source, quotes.article_id, quotes.text, pending_speakers.speaker "
            "from quotes join articles on articles.id = quotes.article_id "
            "left join pending_speakers on pending_speakers.id = quotes.id order by quotes.id",
            "select id, hash, title, source from articles order by id",
            "select rowid, text, title from quotes_fts order by rowid",
            "select id, quote_id, op from quote_changes order by id",
        )
    ]


def test_a_group_with_stored_and_repeated_articles_stores_the_rest_as_if_alone(tmp_path):
    mixed, alone = open_db(tmp_path / "mixed.db"), open_db(tmp_path / "alone.db")
    for db in (mixed, alone):
        bulk.load_articles(db, [ferry(1), ferry(3)])
    loaded = bulk.load_articles(mixed, [ferry(1), ferry(2), ferry(3), ferry(2), ferry(4)])  # one group
    bulk.load_articles(alone, [ferry(2), ferry(4)])
    assert (loaded.added, loaded.skipped, loaded.quotes, loaded.pending_speakers) == (2, 3, 4, 2)
    assert loaded.added_ids == [3, 4]
    rows = stored_rows(mixed)
    assert rows == stored_rows(alone)
    assert [(source, speaker) for _, source, _, _, speaker in rows[0] if speaker] == [
        ("ferry1.txt", "Ines Marrow"),
        ("ferry3.txt", "Pia Strand"),
        ("ferry2.txt", "Tove Lund"),
        ("ferry4.txt", "Gro Kvam"),
    ]


@pytest.mark.parametrize("setting", [None, 2_000_000])
def test_a_load_leaves_the_full_text_settings_as_they_were(memory_db, setting):
    if setting is not None:
        memory_db.execute("insert into quotes_fts (quotes_fts, rank) values ('hashsize', ?)", [setting])
    bulk.load_articles(memory_db, [story(1), story(2)], chunk_quotes=3)
    stored = memory_db.execute("select k, v from quotes_fts_config where k = 'hashsize'").fetchall()
    assert stored == ([] if setting is None else [("hashsize", setting)])
    assert fts.check(memory_db) == []


FTS_SEGMENTS = "select count(distinct rowid >> 37) from quotes_fts_data where rowid >= 1 << 37"
"""The segments of the FTS5 index (a segment's pages have its id in bits 37 and up of their rowid)."""


@pytest.mark.parametrize(("next_is_ready", "segments"), [(True, 1), (False, 3)])
def test_a_chunk_is_one_full_text_segment_and_is_committed_early_rather_than_wait(
    memory_db, monkeypatch, next_is_ready, segments
):
    monkeypatch.setattr(bulk, "MIN_CHUNK_QUOTES", 3)  # one story: two quotes and its article
    groups = [bulk.stage([bulk.prepare(*story(number))]) for number in range(3)]
    loaded = bulk.load_staged(memory_db, groups, ready=lambda: next_is_ready)
    assert (loaded.added, loaded.quotes) == (3, 6)
    assert memory_db.execute(FTS_SEGMENTS).fetchone() == (segments,)
    assert fts.check(memory_db) == []
