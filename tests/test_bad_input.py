"""Bad input: every broken file gets a one-line error naming it and the problem,
files that can be read (Latin-1, Windows-1252, UTF-16) are read correctly, and the
rest of the batch goes on. The corpus is made in ``tmp_path`` by each test; the
people quoted are fictional."""

from __future__ import annotations

import codecs
import json
import os
import sqlite3
import stat

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.errors import ReadError
from quotes.ingest import files, html_pages, json_lines, plain_text, readers

GOOD_TEXT = (
    "Bridge to reopen in Eastbrook\n\n"
    "The old bridge over the Wendle will reopen next week, the town council said on Tuesday.\n\n"
    '"We expect the first cars to cross on Monday morning," said Mara Quillfeather, the mayor of '
    'Eastbrook. "It has been a long winter for everyone who lives on the north bank."\n\n'
    "Engineers found no new cracks during the last inspection, according to Tobias Renwick, who led it.\n"
)
ACCENTED = "Café owner Zoë Brancusi said the façade «will be restored» by the spring, naïvely perhaps."
CP1252 = "“We will not sell the mill,” said Piet Oosterhuis, the owner — and he meant it."


def write(path, data: bytes | str):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def read_all(paths):
    """Read everything, collecting errors: ``(articles, errors)``."""
    errors: list[ReadError] = []
    articles = list(readers.read_paths(paths, on_error=errors.append))
    return articles, errors


def assert_one_line_error(error: ReadError, path, *words: str) -> None:
    message = str(error)
    assert "\n" not in message and "Traceback" not in message
    assert str(path) in message, message
    for word in words:
        assert word in message.lower(), message


def test_empty_file_is_named(tmp_path):
    path = write(tmp_path / "empty.txt", b"")
    with pytest.raises(ReadError) as caught:
        list(readers.read_path(path))
    assert_one_line_error(caught.value, path, "empty")


def test_whitespace_only_file_is_empty(tmp_path):
    path = write(tmp_path / "blank.txt", b"  \n\r\n\t \n")
    with pytest.raises(ReadError) as caught:
        list(readers.read_path(path))
    assert_one_line_error(caught.value, path, "empty")


def test_binary_file_is_refused(tmp_path):
    path = write(tmp_path / "photo.txt", bytes(range(256)) * 64)
    with pytest.raises(ReadError) as caught:
        list(readers.read_path(path))
    assert_one_line_error(caught.value, path, "binary")


def test_binary_without_nul_bytes_is_refused(tmp_path):
    data = bytes(b for b in range(1, 32) if b not in (9, 10, 13)) * 200
    path = write(tmp_path / "control.txt", data)
    with pytest.raises(ReadError) as caught:
        list(readers.read_path(path))
    assert_one_line_error(caught.value, path, "binary")


def test_latin1_is_read(tmp_path):
    path = write(tmp_path / "latin1.txt", ACCENTED.encode("latin-1"))
    (article,) = list(readers.read_path(path))
    assert article.text == ACCENTED


def test_windows_1252_curly_quotes_are_read(tmp_path):
    path = write(tmp_path / "cp1252.txt", CP1252.encode("cp1252"))
    (article,) = list(readers.read_path(path))
    assert article.text == CP1252


@pytest.mark.parametrize(
    "bom, encoding", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
)
def test_utf16_with_bom_is_read(tmp_path, bom, encoding):
    path = write(tmp_path / "utf16.txt", bom + GOOD_TEXT.encode(encoding))
    (article,) = list(readers.read_path(path))
    assert article.text == GOOD_TEXT


def test_utf8_bom_is_not_part_of_the_text(tmp_path):
    path = write(tmp_path / "bom.txt", codecs.BOM_UTF8 + GOOD_TEXT.encode("utf-8"))
    (article,) = list(readers.read_path(path))
    assert article.text == GOOD_TEXT


def test_50_mb_file_gets_a_clear_error_without_being_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # 50 MB quickly: one block written 50 times
        block = (GOOD_TEXT.encode() * (1024 * 1024 // len(GOOD_TEXT) + 1))[: 1024 * 1024]
        for _ in range(50):
            handle.write(block)
    assert path.stat().st_size == 50 * 1024 * 1024

    def no_full_read(self):  # refusing must not read 50 MB into memory first
        raise AssertionError("read the whole file")

    monkeypatch.setattr(type(path), "read_bytes", no_full_read)
    with pytest.raises(ReadError) as caught:
        list(readers.read_path(path))
    assert_one_line_error(caught.value, path, "too large", "mb")


def test_html_without_an_article(tmp_path):
    html = (
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a> "
        "<a href='/about'>About</a></nav><footer>© Eastbrook Gazette</footer></body></html>"
    )
    path = write(tmp_path / "empty-page.html", html)
    with pytest.raises(ReadError) as caught:
        list(readers.read_path(path))
    assert_one_line_error(caught.value, path, "no article text")


def test_html_that_is_not_html(tmp_path):
    path = write(tmp_path / "garbage.html", "<<<>>> <div <p </ \x01\x02 &&&;;; <script>")
    with pytest.raises(ReadError) as caught:
        list(readers.read_path(path))
    assert_one_line_error(caught.value, path)


def test_jsonl_broken_lines_and_missing_fields(tmp_path):
    lines = [
        json.dumps({"text": GOOD_TEXT, "title": "Bridge", "url": "https://example.org/bridge"}),
        '{"text": "cut off in the mid',
        json.dumps({"title": "No text here"}),
        json.dumps({"text": "   "}),
        json.dumps(["a", "list"]),
        json.dumps({"text": ACCENTED, "published": 20240101}),
        "",
        json.dumps({"text": CP1252, "outlet": "Mill Weekly"}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    articles, errors = read_all([path])
    assert [a.text for a in articles] == [GOOD_TEXT, CP1252]
    assert articles[0].url == "https://example.org/bridge"
    assert articles[1].outlet == "Mill Weekly"
    assert [e.path for e in errors] == [f"{path}:{n}" for n in (2, 3, 4, 5, 6)]
    for error in errors:
        assert_one_line_error(error, f"{path}:")
    assert "json" in str(errors[0]).lower()
    assert "text" in str(errors[1])


def test_jsonl_invalid_utf8_line(tmp_path):
    data = json.dumps({"text": GOOD_TEXT}).encode() + b"\n" + b'{"text": "\xff\xfe broken"}\n'
    path = write(tmp_path / "mixed.jsonl", data)
    articles, errors = read_all([path])
    assert len(articles) == 1
    (error,) = errors
    assert error.path == f"{path}:2"


def test_jsonl_lone_surrogate_escape_becomes_a_replacement_character(tmp_path):
    line = '{"text": "Lone \\ud800 escape. \\"We are fine,\\" said Bo Lund.", "title": "T\\udfff"}'
    path = write(tmp_path / "escape.jsonl", line + "\n")
    (article,) = list(readers.read_path(path))
    assert article.text == 'Lone \ufffd escape. "We are fine," said Bo Lund.'
    assert article.title == "T\ufffd"
    article.text.encode("utf-8")  # storable


def test_jsonl_nul_escape_keeps_sql_offsets_working(tmp_path, extract):
    line = json.dumps({"text": "Before \u0000 the break. " + GOOD_TEXT})
    path = write(tmp_path / "nul.jsonl", line + "\n")
    (article,) = list(readers.read_path(path))
    assert "\x00" not in article.text and article.text.startswith("Before \ufffd the break.")
    result = build_cli(path, "--db", tmp_path / "nul.db")
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(tmp_path / "nul.db")
    assert conn.execute("select count(*) from quotes").fetchone()[0] > 0
    check_offsets(conn)


def test_utf16_nul_character_is_replaced(tmp_path):
    path = write(tmp_path / "nul16.txt", codecs.BOM_UTF16_LE + ("A\x00" + GOOD_TEXT).encode("utf-16-le"))
    (article,) = list(readers.read_path(path))
    assert article.text == "A\ufffd" + GOOD_TEXT


def test_jsonl_deeply_nested_line(tmp_path):
    path = write(tmp_path / "deep.jsonl", "[" * 100_000 + "\n" + json.dumps({"text": GOOD_TEXT}) + "\n")
    articles, errors = read_all([path])
    assert [a.text for a in articles] == [GOOD_TEXT]
    assert [e.path for e in errors] == [f"{path}:1"]
    assert_one_line_error(errors[0], path, "json")


def test_jsonl_line_over_the_size_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 1000)
    lines = [json.dumps({"text": "Long. " * 400}), json.dumps({"text": GOOD_TEXT[:900]})]
    path = write(tmp_path / "long.jsonl", "\n".join(lines) + "\n")
    articles, errors = read_all([path])
    assert [a.text for a in articles] == [GOOD_TEXT[:900]]
    assert [e.path for e in errors] == [f"{path}:1"]
    assert_one_line_error(errors[0], path, "too large")


def test_500_unbalanced_quotation_marks_are_read_whole(tmp_path):
    text = "Notes from the meeting. " + " ".join(f'"item {i}' for i in range(500)) + " said Ilse Marwood."
    path = write(tmp_path / "quotes.txt", text)
    (article,) = list(readers.read_path(path))
    assert article.text == text
    assert article.text.count('"') == 500


def corpus(tmp_path):
    """A folder with good and bad files; returns (folder, names of the bad files)."""
    folder = tmp_path / "corpus"
    write(folder / "a-good.txt", GOOD_TEXT)
    write(folder / "b-empty.txt", b"")
    write(folder / "c-binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    write(folder / "d-latin1.txt", ACCENTED.encode("latin-1"))
    write(folder / "e-utf16.txt", codecs.BOM_UTF16_LE + CP1252.encode("utf-16-le"))
    write(folder / "f-nav.html", "<html><body><nav>Home | About</nav></body></html>")
    write(folder / "g-feed.jsonl", json.dumps({"text": GOOD_TEXT.replace("Monday", "Friday")}) + "\n{oops\n")
    write(folder / "notes.md", "not an article")  # not an article suffix: ignored
    write(folder / ".hidden" / "secret.txt", GOOD_TEXT)  # hidden: ignored
    return folder, ["b-empty.txt", "c-binary.txt", "f-nav.html", "g-feed.jsonl:2"]


def test_batch_goes_on_after_errors(tmp_path):
    folder, bad = corpus(tmp_path)
    articles, errors = read_all([folder])
    assert sorted(a.text for a in articles) == sorted(
        [GOOD_TEXT, ACCENTED, CP1252, GOOD_TEXT.replace("Monday", "Friday")]
    )
    assert sorted(os.path.basename(e.path) for e in errors) == sorted(bad)


def test_missing_path_is_named(tmp_path):
    articles, errors = read_all([tmp_path / "nowhere", tmp_path])
    assert articles == []
    assert_one_line_error(errors[0], tmp_path / "nowhere", "no such")


def deny(monkeypatch, locked):
    """Make ``locked`` unreadable: chmod 000 where permissions are enforced, else
    (as root, which ignores them) make listing and opening it raise PermissionError."""
    if os.geteuid() != 0:
        locked.chmod(0)
        return lambda: locked.chmod(stat.S_IRWXU)
    real_scandir, real_listdir = os.scandir, os.listdir

    def refuse(path):
        if os.fspath(path).startswith(os.fspath(locked)):
            raise PermissionError(13, "Permission denied", os.fspath(path))

    def scandir(path="."):
        refuse(path)
        return real_scandir(path)

    def listdir(path="."):
        refuse(path)
        return real_listdir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "listdir", listdir)
    return lambda: None


def test_unreadable_folder_is_named(tmp_path, monkeypatch):
    folder = tmp_path / "archive"
    write(folder / "ok.txt", GOOD_TEXT)
    locked = folder / "locked"
    write(locked / "inside.txt", CP1252)
    undo = deny(monkeypatch, locked)
    try:
        articles, errors = read_all([folder])
        assert [a.text for a in articles] == [GOOD_TEXT]
        assert len(errors) == 1, errors
        assert_one_line_error(errors[0], locked, "permission denied")
        articles, errors = read_all([locked])
        assert articles == []
        assert_one_line_error(errors[0], locked, "permission denied")
    finally:
        undo()


PROPERTY_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_article(article, *, read: bool = True) -> None:
    """An article as a reader makes it (``read``: from bytes or a JSON line)."""
    assert isinstance(article.text, str) and article.text.strip()
    if read:  # storable as it is: UTF-8 encodable, and no NUL (SQLite's substr() stops there)
        article.text.encode("utf-8")
        assert "\x00" not in article.text
    for start, end in article.boilerplate:
        assert 0 <= start <= end <= len(article.text)


@PROPERTY_SETTINGS
@given(st.binary(max_size=2000))
def test_decode_bytes_never_raises_anything_else(data):
    try:
        text = files.decode_bytes(data, path="x.txt")
    except ReadError as error:
        assert str(error).startswith("x.txt: ") and "\n" not in str(error)
    else:
        assert text.strip()


@PROPERTY_SETTINGS
@given(st.text(max_size=3000))
def test_parse_text_never_raises(text):
    if not text.strip():
        return
    check_article(plain_text.parse_text(text, source="t.txt"), read=False)


JSON_LINES = st.from_regex(  # objects with a text holding control and lone-surrogate escapes
    r'\{"text": ?"([^"\\]|\\u00[01][0-9a-f]|\\ud[89ab][0-9a-f]{2}){0,40}"(, ?"\w+": ?.{0,10})?\}',
    fullmatch=True,
)


@PROPERTY_SETTINGS
@given(st.one_of(st.text(max_size=500), JSON_LINES))
def test_parse_json_line_raises_only_read_errors(line):
    try:
        article = json_lines.parse_json_line(line, source="f.jsonl", line_number=3)
    except ReadError as error:
        assert error.path == "f.jsonl:3"
    else:
        check_article(article)


@PROPERTY_SETTINGS
@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<div>",
                "</div>",
                "<script>",
                "<!--",
                "-->",
                "&amp;",
                "&#0;",
                "<html>",
                "<body>",
                "<article>",
                "</article>",
                '"',
                "“",
                "said Ada Vell.",
                "The mill will close, the owner said. ",
                "\x00",
                "\ud800",
            ]
        ),
        max_size=60,
    )
)
def test_parse_html_raises_only_read_errors(parts):
    try:
        article = html_pages.parse_html("".join(parts), source="p.html")
    except ReadError as error:
        assert error.path == "p.html"
    else:
        check_article(article)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".html", ".jsonl"]))
def test_read_paths_on_any_file_only_reports_read_errors(tmp_path, data, suffix):
    path = tmp_path / f"any{suffix}"
    path.write_bytes(data)
    articles, errors = read_all([path])
    for article in articles:
        check_article(article)
    for error in errors:
        assert str(error).startswith(str(path)) and "\n" not in str(error)


@pytest.fixture(scope="module")
def extract():
    """The quote extractor's module (imported by the tests that extract)."""
    from quotes.extract import pipeline

    return pipeline


def build_cli(*args):
    from click.testing import CliRunner

    from quotes.cli import cli

    return CliRunner().invoke(cli, ["build", *map(str, args)])


def test_build_reports_each_bad_file_and_goes_on(tmp_path, extract):
    folder, bad = corpus(tmp_path)
    write(folder / "h-huge.txt", b"")  # grown past the size limit without writing it
    os.truncate(folder / "h-huge.txt", files.MAX_FILE_BYTES + 1)
    write(
        folder / "i-marks.txt",
        "Minutes. " + " ".join(f'"point {i}' for i in range(500)) + " said Ilse Marwood.",
    )
    bad.append("h-huge.txt")
    db_path = tmp_path / "quotes.db"
    result = build_cli(folder, "--db", db_path)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)  # a clean exit, not a crash
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(error_lines) == len(bad) + 1  # one per failure, then the count
    for name in bad:
        assert sum(name in line for line in error_lines) == 1, (name, error_lines)
    assert f"{len(bad)} files failed" in error_lines[-1]
    conn = sqlite3.connect(db_path)
    stored = sorted(row[0] for row in conn.execute("select text from articles"))
    assert stored == sorted(
        [
            GOOD_TEXT,
            ACCENTED,
            CP1252,
            GOOD_TEXT.replace("Monday", "Friday"),
            (folder / "i-marks.txt").read_text(),
        ]
    )
    assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
    check_offsets(conn)


def check_offsets(conn) -> None:
    """Every stored offset indexes the stored text (quote, speaker mention, cue)."""
    rows = conn.execute(
        """select quotes.id,
                  substr(articles.text, quotes.start + 1, quotes."end" - quotes.start) = quotes.text,
                  quotes.speaker_start is null
                    or substr(articles.text, quotes.speaker_start + 1, quotes.speaker_end - quotes.speaker_start)
                       = quotes.speaker_mention,
                  quotes.cue_start is null or (quotes.cue_start >= 0 and quotes.cue_end <= length(articles.text)),
                  quotes.start >= 0 and quotes."end" <= length(articles.text) and quotes.start < quotes."end"
           from quotes join articles on articles.id = quotes.article_id"""
    ).fetchall()
    bad = [row for row in rows if not all(row[1:])]
    assert bad == []


def test_an_article_that_fails_to_store_is_not_half_written(tmp_path, extract, monkeypatch):
    from quotes.enrich.speakers import SpeakerDirectory

    folder = tmp_path / "corpus"
    write(folder / "a.txt", GOOD_TEXT)
    write(folder / "b.txt", GOOD_TEXT.replace("Eastbrook", "Westbrook"))
    write(folder / "c.txt", GOOD_TEXT.replace("Eastbrook", "Northbrook"))
    real = SpeakerDirectory.speaker_id
    calls = {"b": 0}

    def failing_speaker_id(directory, quote, article):
        if "Westbrook" in article.text:
            calls["b"] += 1
            if calls["b"] == 2:  # fail after the article row and one quote are written
                raise sqlite3.OperationalError("disk I/O error (simulated)")
        return real(directory, quote, article)

    monkeypatch.setattr(SpeakerDirectory, "speaker_id", failing_speaker_id)
    db_path = tmp_path / "quotes.db"
    result = build_cli(folder, "--db", db_path)
    assert calls["b"] == 2, "the article needs two or more quotes with a speaker for this test"
    assert result.exit_code == 1
    assert "b.txt" in result.stderr and "1 file failed" in result.stderr
    conn = sqlite3.connect(db_path)
    sources = sorted(os.path.basename(row[0]) for row in conn.execute("select source from articles"))
    assert sources == ["a.txt", "c.txt"]
    assert conn.execute(
        "select count(*) from quotes where article_id not in (select id from articles)"
    ).fetchone() == (0,)
    assert conn.execute("select count(*) from speakers where name like '%Westbrook%'").fetchone() == (0,)
    monkeypatch.setattr(SpeakerDirectory, "speaker_id", real)
    result = build_cli(folder, "--db", db_path)  # a rebuild completes it
    assert result.exit_code == 0, result.output
    assert conn.execute("select count(*) from articles").fetchone() == (3,)


TEXT_PARTS = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        " said ",
        " says Ada Vell",
        ", according to Bo Lund, ",
        "Mara Quillfeather",
        " the mayor",
        ". ",
        "\n\n",
        "\n",
        " ",
        "We will ",
        "open the bridge",
        " he told reporters",
        "—",
        "…",
        "(",
        ")",
        "é",
        "😀",
        "\u200b",
        "\r\n",
        ":",
        "They said that the mill would close.",
        "\x00",
    ]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(TEXT_PARTS, st.text(max_size=12)), max_size=40))
def test_extractor_never_raises_and_stored_offsets_index_the_text(extract, parts):
    from quotes.enrich.speakers import SpeakerDirectory
    from quotes.store.db import open_db
    from quotes.store.write import write_article

    text = "".join(parts)
    if not text.strip():
        return
    article = plain_text.parse_text(text, source="prop.txt")
    found = extract.extract_quotes(article.text)
    for quote in found:
        assert article.text[quote.start : quote.end] == quote.text
    db = open_db(":memory:")
    write_article(db, article, found, speakers=SpeakerDirectory(db))
    check_offsets(db.conn)


def test_paragraph_longer_than_spacy_max_length(extract, nlp, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", 3000)  # the same case, small: one 4,300-character paragraph
    text = '"We will open the bridge on Monday," said Mara Quillfeather, the mayor. ' * 60
    found = extract.extract_quotes(text, nlp=nlp)
    assert sum(q.kind == "direct" for q in found) >= 50
    for quote in found:
        assert text[quote.start : quote.end] == quote.text
    assert {q.speaker for q in found if q.kind == "direct"} == {"Mara Quillfeather"}


def test_sentence_longer_than_spacy_max_length(extract, nlp, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", 2000)  # one 6,000-character sentence with no full stop
    text = "Ansel Kobb said the ferry " + "and the bridge " * 400 + "will open soon"
    found = extract.extract_quotes(text, nlp=nlp)
    for quote in found:
        assert text[quote.start : quote.end] == quote.text


# --- file names and long texts --------------------------------------------------------------


def test_file_names_that_are_not_text_are_stored_and_shown_safely(tmp_path, extract):
    """A Latin-1 file name (not UTF-8) and one with a line break and a
    right-to-left mark: the build stores both articles, names them with
    escapes, and every message stays on one line."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    names = [b"caf\xe9.txt", b"line\nbreak\xe2\x80\xae.txt", b"empty\xff.txt"]
    for name, text in zip(names, [GOOD_TEXT, CP1252, ""]):
        with open(os.path.join(os.fsencode(folder), name), "wb") as handle:
            handle.write(text.encode("utf-8"))
    db_path = tmp_path / "quotes.db"
    result = build_cli(folder, "--db", db_path)
    assert "Traceback" not in result.output and result.exit_code == 1, result.output
    assert "2 added" in result.stdout
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert error_lines[0].endswith("empty\\xff.txt: empty file"), error_lines
    conn = sqlite3.connect(db_path)
    sources = sorted(os.path.basename(row[0]) for row in conn.execute("select source from articles"))
    assert sources == ["caf\\xe9.txt", "line\\nbreak\\u202e.txt"]


def one_line_story_text(count: int) -> str:
    """``count`` short stories on one line, as a careless export gives them."""
    stories = (
        f'"We will open bridge {n} on Monday," said Mara Quillfeather, the mayor of Eastbrook. '
        f'Tobias Renwick, who led inspection {n}, said no new cracks were found. "It is safe," he said.'
        for n in range(count)
    )
    return " ".join(stories)


def test_a_long_single_line_text_is_extracted_piece_by_piece(tmp_path, extract):
    """A text of 1,600 stories on one line (past two pieces): every quote's
    offsets index the text, and the stories' direct quotes are found."""
    from click.testing import CliRunner

    from quotes.cli import cli
    from quotes.extract.windows import MAX_PIECE

    text = one_line_story_text(1_600)
    assert len(text) > 2 * MAX_PIECE and "\n" not in text
    path = write(tmp_path / "one-line.txt", text)
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    quotes = [json.loads(line) for line in result.stdout.splitlines()]
    for quote in quotes:
        assert text[quote["start"] : quote["end"]] == quote["text"]
    direct = [quote for quote in quotes if quote["text"].startswith("We will open bridge")]
    assert len(direct) >= 0.95 * 1_600
    assert sum(quote["speaker"] == "Mara Quillfeather" for quote in direct) >= 0.95 * len(direct)


def test_a_text_longer_than_any_article_is_refused(tmp_path):
    from click.testing import CliRunner

    from quotes.cli import cli

    path = write(tmp_path / "dump.txt", "All the news. " * (files.MAX_ARTICLE_CHARS // 14 + 1))
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    (error,) = [line for line in result.stderr.splitlines() if str(path) in line]
    assert f"the limit is {files.MAX_ARTICLE_CHARS:,}" in error and "split it into articles" in error
    lines = write(
        tmp_path / "dump.jsonl",
        json.dumps({"text": path.read_text()}) + "\n" + json.dumps({"text": GOOD_TEXT}),
    )
    articles, errors = read_all([lines])
    assert [article.text for article in articles] == [GOOD_TEXT]
    assert_one_line_error(errors[0], f"{lines}:1", "split it into articles")


def test_a_json_line_longer_than_the_limit_is_skipped_in_bounded_memory(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 1000)
    path = write(tmp_path / "long.jsonl", "x" * 5000 + "\n" + json.dumps({"text": GOOD_TEXT}) + "\n")
    articles, errors = read_all([path])
    assert [article.text for article in articles] == [GOOD_TEXT]
    assert_one_line_error(errors[0], f"{path}:1", "5,001 bytes", "the limit is")
