"""Readers: plain text, HTML, JSON lines; boilerplate, byline and date rules.
Texts are written here, about fictional people."""

from __future__ import annotations

import codecs
import json

import pytest

from quotes.errors import ReadError
from quotes.ingest import readers
from quotes.ingest.paragraphs import paragraph_bounds, paragraph_of, paragraph_spans

STORY = (
    "MAKE A DONATION TO THE FICTIONAL PRESS FUND TODAY!\n"
    "\n"
    "Local News | Harbours | Northport\n"
    "\n"
    "Ferry service to resume in Northport\n"
    "\n"
    "By Jane Roe March 3, 2020\n"
    "\n"
    '"We expect the first boat to leave on Monday," said Ilse Varga, the harbour master.\n'
    "\n"
    "Repairs took longer than planned\n"
    "\n"
    "The pier was closed for six weeks after the storm, the council said on Friday.\n"
    "\n"
    "Ferry service to resume in Northport\n"
    "\n"
    "Leave a Reply\n"
    "\n"
    "Your email address will not be published. Required fields are marked *\n"
    "\n"
    "Join the NorthportNews.org mailing list\n"
)


def boilerplate_lines(article):
    return [article.text[start:end] for start, end in article.boilerplate]


def test_plain_text_title_byline_date_outlet():
    article = readers.parse_text(STORY, source="story.txt")
    assert article.title == "Ferry service to resume in Northport"
    assert article.author == "Jane Roe"
    assert article.published == "2020-03-03"
    assert article.outlet == "NorthportNews.org"
    assert article.text == STORY
    assert article.format == "text" and article.source == "story.txt"


def test_plain_text_boilerplate_ranges():
    article = readers.parse_text(STORY)
    lines = boilerplate_lines(article)
    assert lines == [
        "MAKE A DONATION TO THE FICTIONAL PRESS FUND TODAY!",
        "Local News | Harbours | Northport",
        "Ferry service to resume in Northport",
        "By Jane Roe March 3, 2020",
        "Repairs took longer than planned",
        "Ferry service to resume in Northport",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Join the NorthportNews.org mailing list",
    ]
    quote_start = STORY.index('"We expect')
    assert not article.in_boilerplate(quote_start, quote_start + 20)
    body = STORY.index("The pier")
    assert not article.in_boilerplate(body, body + 10)


def test_first_line_is_title_without_byline():
    text = "Council votes on the budget\nThe council of Fictonia approved the budget on Monday, officials said.\n"
    article = readers.parse_text(text)
    assert article.title == "Council votes on the budget"
    assert article.author is None and article.published is None and article.outlet is None
    assert boilerplate_lines(article) == ["Council votes on the budget"]


def test_one_paragraph_text_has_no_title_line():
    text = '"Boats are back," said Ilse Varga on Monday, and the harbour was full again.'
    article = readers.parse_text(text)
    assert article.title is None and article.boilerplate == []
    long_first = (
        "The harbour reopened on Monday after six weeks of repairs that cost the town more than "
        "it had planned, officials said, and the ferry company said it would add boats. " * 2
    )
    article = readers.parse_text(long_first + "\n\nMore news.\n")
    assert article.title is None


def test_outlet_from_interviews():
    text = (
        'Storm closes the port\n\n"It will take weeks," Ilse Varga told The Northport Ledger. '
        '"We are ready," Tom Poe told The Northport Ledger.\n\n"No," Ada Quill told VBC.\n'
    )
    assert readers.parse_text(text).outlet == "The Northport Ledger"
    assert (
        readers.interview_outlet("Ada told VBC. Tom told VBC, and Kim told Ann Lee twice; Kim told Ann Lee.")
        == "VBC"
    )
    assert readers.interview_outlet("Ilse Varga told The Northport Ledger once.") is None
    assert readers.interview_outlet("Tom told Ann Lee. Tom told Ann Lee.") is None


def test_crlf_text_is_kept_as_read():
    text = 'Title line here\r\n\r\n"It works," said Ada Quill.\r\n'
    article = readers.parse_text(text)
    assert article.text == text
    assert boilerplate_lines(article) == ["Title line here"]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("By Jane Roe March 3, 2020", ("Jane Roe", "2020-03-03")),
        ("By Jane Roe", ("Jane Roe", None)),
        ("By Jane Roe and Tom Poe | Sept. 9, 2021", ("Jane Roe and Tom Poe", "2021-09-09")),
        ("By Ana de Souza, 12 May 2018", ("Ana de Souza", "2018-05-12")),
        ("March 3, 2020", (None, "2020-03-03")),
        ("Published: 2020-03-03T10:00:00Z", (None, "2020-03-03")),
        ("2019-07-24", (None, "2019-07-24")),
        ("Tuesday, July 23, 2019 10:32 AM", (None, "2019-07-23")),
    ],
)
def test_bylines_and_dates(line, expected):
    assert readers.parse_byline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "By the time the ferry arrived, the pier was closed.",
        "Ferry service to resume in Northport",
        '"We will see," said Ilse Varga on March 3, 2020.',
    ],
)
def test_not_bylines(line):
    assert readers.parse_byline(line) is None


def test_parse_date_rejects_impossible_dates():
    assert readers.parse_date("February 30, 2020") is None
    assert readers.parse_date("no date here") is None
    assert readers.parse_date("1 Feb 2020") == "2020-02-01"


@pytest.mark.parametrize(
    "line, footer",
    [
        ("Leave a Reply", True),
        ("Subscribe to our newsletter", True),
        ("We use cookies to improve your experience", True),
        ("© 2020 Fictional Media. All rights reserved.", True),
        (
            "The council will subscribe to a new water plan, Mayor Ilse Varga said in a long speech "
            "to the assembly on Friday evening after the vote.",
            False,
        ),
        ('"We expect the first boat to leave on Monday," said Ilse Varga.', False),
        ('"We will not sign up for this," said Ada Quill.', False),
        ("The council said it would subscribe to the water plan.", False),
        ("Share this article", True),
    ],
)
def test_footer_lines(line, footer):
    assert readers.is_footer_line(line) is footer


def test_headings_and_breadcrumbs():
    assert readers.is_heading("Repairs took longer than planned")
    assert not readers.is_heading("The pier was closed for six weeks.")
    assert not readers.is_heading('"It was closed," she said.”')
    assert not readers.is_heading("“Never again,” said Tom Poe")  # full stop missing: still a paragraph
    assert readers.is_heading("Tests “deeply worrying”, according to Ada Quill")  # a crosshead
    assert readers.is_breadcrumb("News | World | Asia")
    assert not readers.is_breadcrumb("She said yes | no.")


def test_read_text_file_utf8(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.encode("utf-8"))
    (article,) = readers.read_path(path)
    assert article.text == STORY and article.source == str(path)


def test_decode_bytes_fallbacks():
    assert readers.decode_bytes(codecs.BOM_UTF8 + "Zoë said so.".encode()) == "Zoë said so."
    assert readers.decode_bytes(codecs.BOM_UTF16_LE + "Zoë said so.".encode("utf-16-le")) == "Zoë said so."
    assert readers.decode_bytes("“Zoë” said so.".encode("cp1252")) == "“Zoë” said so."
    assert readers.decode_bytes(b"Zo\x81 said so.") == "Zo\x81 said so."  # not cp1252: Latin-1
    with pytest.raises(ReadError, match="binary file"):
        readers.decode_bytes(b"abc\x00def", path="x.txt")
    with pytest.raises(ReadError, match=r"x\.txt: empty file"):
        readers.decode_bytes(b"", path="x.txt")


HTML = """<html><head><title>Ferry returns - Northport Daily</title>
<meta property="og:site_name" content="Northport Daily">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2020-03-03T08:00:00Z">
<link rel="canonical" href="https://northport.example/ferry"></head>
<body><nav>Home | News | Harbours</nav><article><h1>Ferry returns</h1>
<p>"We expect the first boat to leave on Monday," said Ilse Varga, the harbour master, after the repairs.</p>
<p>The pier was closed for six weeks after the storm, the council said on Friday in a statement.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>"""


def test_html_article(tmp_path):
    path = tmp_path / "ferry.html"
    path.write_text(HTML, encoding="utf-8")
    (article,) = readers.read_path(path)
    assert article.format == "html"
    assert article.title == "Ferry returns"
    assert article.author == "Jane Roe"
    assert article.published == "2020-03-03"
    assert article.url == "https://northport.example/ferry"
    assert article.outlet == "Northport Daily"
    assert "said Ilse Varga" in article.text
    assert "Subscribe" not in article.text
    assert "Ferry returns" in boilerplate_lines(article)


def test_html_without_article(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><div></div></body></html>", encoding="utf-8")
    with pytest.raises(ReadError, match="no article text found in HTML") as caught:
        list(readers.read_path(path))
    assert str(path) in str(caught.value)


def test_jsonl_lines_and_errors(tmp_path):
    path = tmp_path / "feed.jsonl"
    good = {
        "text": '"Boats are back," said Ilse Varga.',
        "title": "Ferry",
        "url": "https://n.example/1",
        "outlet": "Northport Daily",
        "author": "Jane Roe",
        "published": "March 3, 2020",
    }
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps({"title": "no text here"}),
        "",
        json.dumps([1, 2]),
        json.dumps({"text": '"Second," said Tom Poe.', "published": "2021-01-02"}),
        json.dumps({"text": "x", "title": 7}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = []
    articles = list(readers.read_path(path, on_error=errors.append))
    assert [a.text for a in articles] == [good["text"], '"Second," said Tom Poe.']
    first = articles[0]
    assert (first.title, first.url, first.outlet, first.author, first.published) == (
        "Ferry",
        "https://n.example/1",
        "Northport Daily",
        "Jane Roe",
        "2020-03-03",
    )
    assert first.format == "jsonl" and first.source == f"{path}:1"
    assert first.boilerplate == []  # the title is not in the text
    assert articles[1].published == "2021-01-02"
    assert [str(e) for e in errors] == [
        f"{path}:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        f'{path}:3: missing "text"',
        f"{path}:5: expected a JSON object, got list",
        f'{path}:7: "title" must be a string',
    ]
    with pytest.raises(ReadError, match=":2: not valid JSON"):
        list(readers.read_path(path))


def test_read_paths_folders_sorted_and_errors_go_on(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text('Two\n\n"Two," said Ada Quill.\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text('One\n\n"One," said Ada Quill.\n', encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("hidden", encoding="utf-8")
    errors = []
    missing = tmp_path / "missing.txt"
    articles = list(readers.read_paths([tmp_path, missing], on_error=errors.append))
    assert [a.source for a in articles] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "two.txt")]
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'bad.txt'}: empty file",
        f"{missing}: no such file or folder",
    ]
    with pytest.raises(ReadError, match="empty file"):
        list(readers.read_paths([tmp_path]))


def test_read_paths_empty_folder(tmp_path):
    errors = []
    assert list(readers.read_paths([tmp_path], on_error=errors.append)) == []
    assert len(errors) == 1 and str(tmp_path) in str(errors[0]) and "no .txt" in str(errors[0])


# --- paragraphs -------------------------------------------------------------------------


def test_paragraph_spans_blank_lines_and_single_lines():
    text = "First para\nstill first.\n\n  Second.  \n\n\nThird."
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["First para\nstill first.", "Second.", "Third."]
    lines = "One.\nTwo.\r\nThree."
    assert [lines[s:e] for s, e in paragraph_spans(lines)] == ["One.", "Two.", "Three."]
    assert paragraph_spans("  \n ") == []


def test_paragraph_bounds_over_paragraphs():
    text = 'Alpha one.\n\nBeta "starts here.\n\nGamma ends" there.\n\nDelta.'
    start, end = text.index('"starts'), text.index("there.") + 5
    first, last = paragraph_of(text, start, end)
    assert text[first:last] == 'Beta "starts here.\n\nGamma ends" there.'
    inside = text.index("Alpha")
    assert text[slice(*paragraph_of(text, inside, inside + 5))] == "Alpha one."
    assert paragraph_bounds([], 0, 1) == (None, None)


@pytest.mark.parametrize("seed", ["000", "001", "003", "004"])
def test_seed_articles(seeds_dir, seed):
    (path,) = sorted(seeds_dir.glob(f"{seed}_*.txt"))
    (article,) = readers.read_path(path)
    assert article.text == path.read_bytes().decode("utf-8")
    assert article.title
    assert all(article.text[s:e].strip() == article.text[s:e] for s, e in article.boilerplate)
    if seed == "004":
        assert (article.author, article.published, article.outlet) == (
            "William Gallo",
            "2019-07-24",
            "GlobalSecurity.org",
        )
        assert article.title.startswith("North Korea Fires 2 Missiles")
        assert any("mailing list" in article.text[s:e] for s, e in article.boilerplate)
        assert any("donation" in article.text[s:e] for s, e in article.boilerplate)
    if seed == "000":
        assert article.outlet == "The Diplomat"
    if seed == "001":
        assert any(article.text[s:e] == "Leave a Reply" for s, e in article.boilerplate)
    if seed == "000":
        repeats = [1 for s, e in article.boilerplate if article.text[s:e] == article.title]
        assert len(repeats) == 3
    # Story paragraphs are never boilerplate: every long sentence-ending paragraph is kept.
    for start, end in paragraph_spans(article.text):
        if end - start > 120 and article.text[end - 1] in '.”"' and article.text[start:end] != article.title:
            assert not article.in_boilerplate(start, end)


def test_a_nul_character_is_replaced_keeping_offsets():
    from quotes.ingest.readers import parse_text

    text = 'Ferry news\n\n"The ferry\x00 runs," said Ada Vell.\n'
    article = parse_text(text)
    assert "\x00" not in article.text
    assert len(article.text) == len(text)
    assert article.text.index("said") == text.index("said")
