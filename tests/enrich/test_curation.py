import json
import shutil

import pytest
import yaml
from click.testing import CliRunner

from quotes.build import build
from quotes.cli import cli
from quotes.enrich.curation import (
    CurationError,
    apply_curation,
    check_decision,
    default_curation_path,
    find_quote,
    load_decisions,
    quote_key,
)
from quotes.store.db import open_db

ARTICLE_A = """Harbor talks stall in Freedonia

"The harbor plan has failed the fishermen, and the council must stop it now," said Mara Quill, a professor at Tamsin University.

Quill added that the port would likely close by winter.

"We will keep the port open," said Tobias Wren, the mayor of Fredville. "There is no truth to the closure reports."
"""

ARTICLE_B = """Fredville mayor defends harbor plan

Mayor Tobias Wren said on Monday that the harbor would stay open. "We will keep the port open for every boat," Wren said.

"The harbor plan failed the fishermen, and the council must stop it," said Mara Quill of Tamsin Womans University.
"""


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A)
    (folder / "b.txt").write_text(ARTICLE_B)
    return folder


@pytest.fixture
def built(articles, tmp_path, nlp):
    path = tmp_path / "one" / "quotes.db"
    report = build([articles], db_path=path)
    assert not report.errors
    return path


def qid(db, fragment):
    rows = db.execute("select id from quotes where text like ?", [f"%{fragment}%"]).fetchall()
    assert len(rows) == 1, (fragment, rows)
    return rows[0][0]


def curate(*args):
    result = CliRunner().invoke(cli, ["curate", *map(str, args)])
    return result


def snapshot(path):
    """Everything an editor can change, keyed by what survives a rebuild."""
    db = open_db(path)
    quotes = db.execute(
        """select articles.hash, quotes.start, quotes."end", quotes.text, speakers.name, quotes.origin,
        (select json_group_array(tags.name || ':' || coalesce(quote_tags.target, '') || ':' || quote_tags.origin)
         from (select * from quote_tags order by tag_id, target) quote_tags join tags on tags.id = quote_tags.tag_id
         where quote_tags.quote_id = quotes.id and not quote_tags.suggestion)
        from quotes join articles on articles.id = quotes.article_id
        left join speakers on speakers.id = quotes.speaker_id order by 1, 2"""
    ).fetchall()
    speakers = db.execute("select name, aliases, role from speakers order by name").fetchall()
    return quotes, speakers


def test_rebuild_after_curate_keeps_every_decision(built, articles, tmp_path):
    db = open_db(built)
    mayor_denial = qid(db, "no truth")
    quill_quote = qid(db, "has failed the fishermen")
    stay_open = qid(db, "stay open")
    close = qid(db, "likely close")
    wren_boat = qid(db, "every boat")
    start, _end = db.execute('select start, "end" from quotes where id = ?', [quill_quote]).fetchone()
    text_a = db.execute(
        "select text from articles where hash = ?", [quote_key(db, quill_quote)["article"]]
    ).fetchone()[0]
    new_end = text_a.index(" now", start)
    db.close()

    for args in [
        ("reassign", mayor_denial, "Ada Brook"),
        ("reject", stay_open, "--reason", "not a quote"),
        ("span", quill_quote, start, new_end),
        ("tag", close, "warns", "--target", "the port"),
        ("untag", quill_quote, "urges"),
        ("split-speaker", "Tobias Wren", "Toby Wren", wren_boat, "--role", "deputy mayor"),
        ("merge-speakers", "Ada Brook", "Toby Wren"),
    ]:
        result = curate(*args, "--db", built)
        assert result.exit_code == 0, result.output
        assert "recorded" in result.output

    db = open_db(built)
    assert db.execute("select text, origin from quotes where id = ?", [quill_quote]).fetchone() == (
        text_a[start:new_end],
        "editor",
    )
    assert db.execute("select count(*) from quotes where id = ?", [stay_open]).fetchone()[0] == 0
    assert (
        db.execute(
            "select speakers.name from quotes join speakers on speakers.id = speaker_id where quotes.id = ?",
            [wren_boat],
        ).fetchone()[0]
        == "Ada Brook"
    )
    assert "Toby Wren" in json.loads(
        db.execute("select aliases from speakers where name = 'Ada Brook'").fetchone()[0]
    )
    assert (
        json.loads(db.execute("select stance_tags from quotes where id = ?", [close]).fetchone()[0]).count(
            "warns"
        )
        == 1
    )
    assert "urges" not in json.loads(
        db.execute("select stance_tags from quotes where id = ?", [quill_quote]).fetchone()[0]
    )
    assert db.execute(
        "select origin, target from quote_tags join tags on tags.id = tag_id "
        "where quote_id = ? and tags.name = 'warns'",
        [close],
    ).fetchone() == ("editor", "the port")
    db.close()
    curated = snapshot(built)

    # a fresh database from the same articles, with the curation file beside it
    fresh = tmp_path / "two" / "quotes.db"
    fresh.parent.mkdir()
    shutil.copy(default_curation_path(built), default_curation_path(fresh))
    report = build([articles], db_path=fresh)
    assert not report.errors and not report.warnings
    assert snapshot(fresh) == curated

    # and building again into the same database changes nothing
    again = build([articles], db_path=fresh)
    assert again.added == 0 and not again.warnings
    assert snapshot(fresh) == curated


def test_curate_list_and_missing_decisions_are_reported(built, articles, tmp_path):
    db = open_db(built)
    denial = qid(db, "no truth")
    db.close()
    assert curate("reassign", denial, "Ada Brook", "--db", built).exit_code == 0
    curation_file = default_curation_path(built)
    data = yaml.safe_load(curation_file.read_text())
    data["decisions"].append(
        {
            "action": "reject",
            "quote": {"article": "0" * 64, "start": 1, "end": 5, "text": "A quote nobody wrote"},
        }
    )
    data["decisions"].append({"action": "merge-speakers", "into": "Nobody One", "speaker": "Nobody Two"})
    curation_file.write_text(yaml.safe_dump(data))

    result = curate("list", "--db", built)
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("1. reassign") and lines[0].endswith("applies")
    assert "not found" in lines[1] and "neither speaker found" in lines[2]

    report = build([articles], db_path=built)
    assert len(report.warnings) == 2
    assert "A quote nobody wrote" in report.warnings[0]
    assert "2 warnings" in report.summary()
    result = CliRunner().invoke(cli, ["build", str(articles), "--db", str(built)])
    assert "Warning: curation: reject: quote 'A quote nobody wrote'" in result.output


def test_offsets_that_moved_fall_back_to_the_text(built):
    db = open_db(built)
    denial = qid(db, "no truth")
    key = quote_key(db, denial)
    moved = {**key, "start": key["start"] + 3, "end": key["end"] + 3}
    assert find_quote(db, moved) == denial
    assert find_quote(db, {**moved, "text": "something else"}) is None
    assert find_quote(db, {"article": "f" * 64, "text": key["text"]}) == denial  # article text changed


def test_curation_file_beside_the_database_or_given(built, tmp_path):
    db = open_db(built)
    denial = qid(db, "no truth")
    db.close()
    elsewhere = tmp_path / "edits.yml"
    result = curate("tag", denial, "denies", "--db", built, "--curation-file", elsewhere)
    assert result.exit_code == 0 and str(elsewhere) in result.output
    assert not (default_curation_path(built)).exists()
    assert load_decisions(elsewhere)[0]["tag"] == "denies"
    assert load_decisions(elsewhere)[0]["at"]


def test_cli_errors_are_one_line(built, tmp_path):
    result = curate("reject", 9999, "--db", built)
    assert result.exit_code == 1 and result.output.strip() == "Error: there is no quote 9999 in the database"
    result = curate("merge-speakers", "Mara Quill", "Nobody Here", "--db", built)
    assert result.exit_code == 1 and "no speaker called 'Nobody Here'" in result.output
    missing = tmp_path / "nope" / "quotes.db"
    result = curate("list", "--db", missing)
    assert result.exit_code == 1 and "no such database" in result.output
    db = open_db(built)
    quote = qid(db, "no truth")
    db.close()
    result = curate("span", quote, 10, 5, "--db", built)
    assert result.exit_code == 1 and "outside the article" in result.output
    result = curate("untag", quote, "supports", "--db", built)
    assert result.exit_code == 1 and result.output.strip() == f"Error: quote {quote} has no tag 'supports'"
    assert not (default_curation_path(built)).exists()  # nothing recorded


def test_bad_curation_file_names_the_file(built, tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("decisions:\n  - {action: explode}\n")
    with pytest.raises(CurationError, match=r"bad\.yml: decisions\[0\]: 'action' must be one of"):
        apply_curation(open_db(built), bad)
    with pytest.raises(CurationError, match="needs 'speaker'"):
        check_decision({"action": "reassign", "quote": {"article": "a", "text": "b"}})
