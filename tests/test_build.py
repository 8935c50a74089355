"""Building the database: the sample articles, idempotent rebuilds, workers,
failures reported per file while the batch goes on."""

from __future__ import annotations

import json

import pytest

from quotes import build as build_module
from quotes.build import BuildReport, build
from quotes.errors import QuotesError
from quotes.ingest.readers import read_path
from quotes.store.db import open_db

EXPECTED_SPEAKERS = {
    "000": {"Antony Blinken"},
    "001": {"Antony Blinken", "Leif-Eric Easley"},
    "003": {"Choi Kang"},
    "004": {"Vipin Narang", "Leif-Eric Easley"},
}

FICTION = (
    "Mill to close in Eastbrook\n\n"
    '"We kept it running for ninety years," said Piet Oosterhuis, the owner of the mill.\n\n'
    "The workers will be offered jobs at the new plant, according to the council.\n"
)


def rows(db_path, sql):
    db = open_db(db_path)
    try:
        return list(db.query(sql))
    finally:
        db.close()


def table_counts(db_path) -> dict[str, int]:
    db = open_db(db_path)
    try:
        return {t: db[t].count for t in ("articles", "quotes", "speakers", "organizations")}
    finally:
        db.close()


DETAILS = "select * from quote_details order by article_hash, start"


def comparable(details):
    return [
        {k: v for k, v in row.items() if k not in ("quote_id", "article_id", "speaker_id", "statement_id")}
        for row in details
    ]


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory, seeds_dir):
    """The four sample articles built once (workers=1) for this module."""
    path = tmp_path_factory.mktemp("seeds") / "quotes.db"
    report = build([seeds_dir], db_path=path)
    return path, report


def test_seeds_build_report(seeds_db):
    _, report = seeds_db
    assert (report.read, report.added, report.skipped, report.failed) == (4, 4, 0, 0)
    assert report.quotes > 0
    assert report.summary().startswith("4 articles read, 4 added, 0 already present")


@pytest.mark.parametrize("seed", sorted(EXPECTED_SPEAKERS))
def test_seeds_expected_speakers(seeds_db, seed, seeds_dir):
    path, _ = seeds_db
    details = rows(
        path,
        f"select * from quote_details where article_id in "
        f"(select id from articles where source like '%/{seed}_%')",
    )
    speakers = {row["speaker"] for row in details}
    assert EXPECTED_SPEAKERS[seed] <= speakers, speakers
    if seed == "001":
        spokesman = [
            row
            for row in details
            if "spokes" in f"{row['speaker']} {row['speaker_role']} {row['speaker_mention']}".lower()
        ]
        assert spokesman, "the foreign ministry spokesman is quoted in this article"


def test_seeds_rows_keep_provenance_and_skip_boilerplate(seeds_db, seeds_dir):
    path, _ = seeds_db
    articles = {row["source"]: row for row in rows(path, "select * from articles")}
    assert len(articles) == 4
    for source, row in articles.items():
        (article,) = read_path(source)
        assert article.text == row["text"]
        for detail in rows(path, f"select * from quote_details where article_id = {row['id']}"):
            start, end = detail["start"], detail["end"]
            assert article.text[start:end] == detail["quote"]
            assert not article.in_boilerplate(start, end)
            assert detail["quote"] in detail["context"]
            assert detail["context"] in article.text
            if detail["speaker_start"] is not None:
                assert (
                    article.text[detail["speaker_start"] : detail["speaker_end"]] == detail["speaker_mention"]
                )
    outlets = {row["source"].rsplit("/", 1)[-1][:3]: row["outlet"] for row in articles.values()}
    assert outlets["004"] == "GlobalSecurity.org"


def test_rebuild_adds_nothing(tmp_path, seeds_dir):
    db_path = tmp_path / "quotes.db"
    first = build([seeds_dir / sorted(p.name for p in seeds_dir.glob("003_*"))[0]], db_path=db_path)
    counts = table_counts(db_path)
    details = comparable(rows(db_path, DETAILS))
    second = build([seeds_dir / sorted(p.name for p in seeds_dir.glob("003_*"))[0]], db_path=db_path)
    assert (first.added, second.added, second.skipped, second.quotes) == (1, 0, 1, 0)
    assert table_counts(db_path) == counts
    assert comparable(rows(db_path, DETAILS)) == details


def test_workers_give_the_same_rows(tmp_path, seeds_dir):
    one = tmp_path / "one.db"
    build([seeds_dir], db_path=one, workers=1)
    two = tmp_path / "two.db"
    report = build([seeds_dir], db_path=two, workers=2)
    assert (report.added, report.failed) == (4, 0)
    assert comparable(rows(two, DETAILS)) == comparable(rows(one, DETAILS))
    assert table_counts(two) == table_counts(one)


def test_bad_files_are_reported_and_the_rest_is_stored(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text(FICTION, encoding="utf-8")
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    feed = folder / "d_feed.jsonl"
    feed.write_text(
        json.dumps({"text": FICTION.replace("Eastbrook", "Westbrook"), "outlet": "Brook Post"})
        + "\n{broken\n[]\n",
        encoding="utf-8",
    )
    seen = []
    db_path = tmp_path / "quotes.db"
    report = build([folder], db_path=db_path, on_error=seen.append)
    assert (report.failed, report.failed_files) == (4, 3) and seen == report.errors
    messages = [str(e) for e in report.errors]
    assert messages[0].startswith(str(folder / "b_empty.txt")) and "empty file" in messages[0]
    assert messages[1].startswith(str(folder / "c_binary.txt")) and "binary file" in messages[1]
    assert messages[2].startswith(f"{feed}:2:") and "not valid JSON" in messages[2]
    assert messages[3].startswith(f"{feed}:3:") and "expected a JSON object" in messages[3]
    assert (report.read, report.added) == (2, 2)
    stored = rows(db_path, "select speaker, outlet from quote_details order by article_id")
    assert ("Piet Oosterhuis", None) in {(r["speaker"], r["outlet"]) for r in stored}
    assert ("Piet Oosterhuis", "Brook Post") in {(r["speaker"], r["outlet"]) for r in stored}
    assert report.summary().endswith(", 3 files failed")


def test_extraction_failure_is_one_article(tmp_path, monkeypatch):
    from quotes.extract import pipeline as extract

    real_many = extract.extract_many  # extract_quotes calls extract_many: patch both, call the real one

    def fragile(text, *, nlp=None):
        if "Westbrook" in text:
            raise ValueError("cannot parse this one")
        return next(real_many([text], nlp=nlp))

    def fragile_many(texts, *, nlp=None):
        for text in texts:
            yield fragile(text, nlp=nlp)

    monkeypatch.setattr(extract, "extract_quotes", fragile)
    monkeypatch.setattr(extract, "extract_many", fragile_many)
    (tmp_path / "a.txt").write_text(FICTION, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FICTION.replace("Eastbrook", "Westbrook"), encoding="utf-8")
    report = build([tmp_path / "a.txt", tmp_path / "b.txt"], db_path=tmp_path / "q.db")
    assert report.added == 1 and report.failed == 1
    assert (
        str(report.errors[0])
        == f"{tmp_path / 'b.txt'}: quote extraction failed (ValueError: cannot parse this one)"
    )


def test_post_build_runs_after_writing(tmp_path, monkeypatch):
    seen = []

    def spy(db, report, **options):
        seen.append((db["articles"].count, report.added))

    monkeypatch.setattr(build_module, "post_build", spy)
    (tmp_path / "a.txt").write_text(FICTION, encoding="utf-8")
    build([tmp_path / "a.txt"], db_path=tmp_path / "q.db")
    assert seen == [(1, 1)]


def test_bad_database_path_is_a_clear_error(tmp_path):

    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("this is not a database\n" * 100, encoding="utf-8")
    (tmp_path / "a.txt").write_text(FICTION, encoding="utf-8")
    with pytest.raises(QuotesError, match=r"notes\.db: cannot open the database"):
        build([tmp_path / "a.txt"], db_path=not_a_db)


def test_report_counts():
    report = BuildReport(read=1, added=1, quotes=1)
    assert report.summary() == "1 article read, 1 added, 0 already present, 1 quote added"


def test_missing_pipeline_is_a_clear_error_before_any_work(tmp_path, monkeypatch):

    monkeypatch.setenv("QUOTES_SPACY_MODEL", "no_such_pipeline_for_quotes")
    (tmp_path / "a.txt").write_text(FICTION, encoding="utf-8")
    with pytest.raises(QuotesError, match="'no_such_pipeline_for_quotes' is not installed"):
        build([tmp_path / "a.txt"], db_path=tmp_path / "q.db", workers=2)
    assert table_counts(tmp_path / "q.db")["articles"] == 0


def test_rebuild_without_new_articles_does_not_load_the_pipeline(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(FICTION, encoding="utf-8")
    build([tmp_path / "a.txt"], db_path=tmp_path / "q.db")
    from quotes.extract import pipeline as nlp_module

    def no_loading(name=None):
        raise AssertionError("the pipeline was loaded")

    monkeypatch.setattr(nlp_module, "load_pipeline", no_loading)
    report = build([tmp_path / "a.txt"], db_path=tmp_path / "q.db")
    assert (report.read, report.skipped, report.added, report.failed) == (1, 1, 0, 0)


def test_a_failing_post_build_step_is_one_error_and_the_next_steps_run(tmp_path, monkeypatch):
    ran = []

    def broken(db, report):
        raise RuntimeError("index folder vanished")

    def refusing(db, report):
        raise QuotesError("stances.yml: line 3: not valid YAML")

    def later(db, report):
        ran.append("later")

    steps = (("broken", broken), ("refusing", refusing), ("later", later))
    monkeypatch.setattr(build_module, "POST_BUILD_STEPS", steps)
    (tmp_path / "a.txt").write_text(FICTION, encoding="utf-8")
    seen = []
    report = build([tmp_path / "a.txt"], db_path=tmp_path / "q.db", on_error=seen.append)
    assert report.added == 1 and table_counts(tmp_path / "q.db")["articles"] == 1
    assert [str(e) for e in report.errors] == [
        f"{tmp_path / 'q.db'}: the post-build step 'broken' failed (RuntimeError: index folder vanished); "
        "the articles are stored, run the build again once it is fixed",
        "stances.yml: line 3: not valid YAML",
    ]
    assert seen == report.errors and ran == ["later"]


def test_post_build_steps_are_timed_and_catch_up_with_every_change(db_path):
    from quotes.enrich.speakers import SpeakerDirectory
    from quotes.records import Article, Quote
    from quotes.store import changes
    from quotes.store.write import write_article

    db = open_db(db_path)
    for number, published in ((1, "2021-03-01"), (2, "2021-03-02")):
        text = (
            f'"The ferry to Eastbrook will run again in May," said Ada Quill, the harbor master. ({number})'
        )
        quote = Quote(
            text="The ferry to Eastbrook will run again in May",
            start=1,
            end=45,
            speaker="Ada Quill",
            role="harbor master",
            cue="said",
        )
        article = Article(text=text, published=published, source=f"{number}.txt")
        write_article(db, article, [quote], speakers=SpeakerDirectory(db))
    timings = {}
    build_module.post_build(db, BuildReport(), timings=timings)
    assert list(timings) == [name for name, _ in build_module.POST_BUILD_STEPS]
    assert all(seconds >= 0 for seconds in timings.values())
    assert db.execute("select quote_count from statements").fetchall() == [(2,)]
    assert all(changes.pending(db, step).empty for step in changes.STEPS)
    db.close()


def test_every_change_log_reader_is_a_post_build_step():
    from quotes.store.changes import STEPS

    assert set(STEPS) <= {name for name, _ in build_module.POST_BUILD_STEPS}


def test_build_reports_its_progress(tmp_path):
    for n in range(3):
        (tmp_path / f"story-{n}.txt").write_text(FICTION.replace("ninety", f"{n + 60}"), encoding="utf-8")
    seen = []
    report = build([tmp_path], db_path=tmp_path / "q.db", on_progress=seen.append)
    assert report.added == 3
    articles = [p for p in seen if p.task == "articles"]
    assert [p.done for p in articles] == [0, 1, 2, 3] and {p.total for p in articles} == {3}
    steps = [p.done for p in seen if p.task == "after the articles"]
    assert steps == list(range(len(build_module.POST_BUILD_STEPS) + 1))


def test_a_missing_path_creates_nothing(tmp_path):
    with pytest.raises(QuotesError, match="no such file or folder"):
        build([tmp_path / "nowhere"], db_path=tmp_path / "db" / "q.db")
    assert list(tmp_path.iterdir()) == []
