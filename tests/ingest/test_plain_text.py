"""Analysing plain-text articles: title, byline, outlet and boilerplate ranges.
Texts are written here, about fictional people."""

from __future__ import annotations

import pytest

from quotes.ingest.plain_text import analyse_text, parse_text, text_lines


def boilerplate_lines(article):
    return [article.text[start:end] for start, end in article.boilerplate]


def test_plain_text_title_byline_date_outlet(story):
    article = parse_text(story, source="story.txt")
    assert article.title == "Ferry service to resume in Northport"
    assert article.author == "Jane Roe"
    assert article.published == "2020-03-03"
    assert article.outlet == "NorthportNews.org"
    assert article.text == story
    assert article.format == "text" and article.source == "story.txt"


def test_plain_text_boilerplate_ranges(story):
    article = parse_text(story)
    assert boilerplate_lines(article) == [
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
    quote_start = story.index('"We expect')
    assert not article.in_boilerplate(quote_start, quote_start + 20)
    body = story.index("The pier")
    assert not article.in_boilerplate(body, body + 10)


def test_first_line_is_title_without_byline():
    text = "Council votes on the budget\nThe council of Fictonia approved the budget on Monday, officials said.\n"
    article = parse_text(text)
    assert article.title == "Council votes on the budget"
    assert article.author is None and article.published is None and article.outlet is None
    assert boilerplate_lines(article) == ["Council votes on the budget"]


def test_one_paragraph_text_has_no_title_line():
    text = '"Boats are back," said Ilse Varga on Monday, and the harbour was full again.'
    article = parse_text(text)
    assert article.title is None and article.boilerplate == []
    long_first = (
        "The harbour reopened on Monday after six weeks of repairs that cost the town more than "
        "it had planned, officials said, and the ferry company said it would add boats. " * 2
    )
    assert parse_text(long_first + "\n\nMore news.\n").title is None


def test_given_title_is_kept_and_its_repeats_are_boilerplate():
    text = (
        'Boats return to Northport.\n\n"Boats are back," said Ilse Varga on Monday, after the repairs.\n\n'
        "Boats  return to NORTHPORT.\n"
    )
    article = analyse_text(text, title="Boats return to Northport.", title_from_text=False)
    assert article.title == "Boats return to Northport."
    assert boilerplate_lines(article) == ["Boats return to Northport.", "Boats  return to NORTHPORT."]


def test_outlet_from_interviews():
    text = (
        'Storm closes the port\n\n"It will take weeks," Ilse Varga told The Northport Ledger. '
        '"We are ready," Tom Poe told The Northport Ledger.\n\n"No," Ada Quill told VBC.\n'
    )
    assert parse_text(text).outlet == "The Northport Ledger"


def test_crlf_text_is_kept_as_read():
    text = 'Title line here\r\n\r\n"It works," said Ada Quill.\r\n'
    article = parse_text(text)
    assert article.text == text
    assert boilerplate_lines(article) == ["Title line here"]


@pytest.mark.parametrize(
    "text",
    ["  Indented title  \r\n\r\nBody.\n", "\n\nOne\nTwo  \n", "no line break", ""],
)
def test_text_lines_index_the_text(text):
    for line in text_lines(text):
        assert text[line.start : line.end] == line.stripped == line.stripped.strip() != ""


def test_a_nul_character_is_replaced_keeping_offsets():
    text = 'Ferry news\n\n"The ferry\x00 runs," said Ada Vell.\n'
    article = parse_text(text)
    assert "\x00" not in article.text
    assert len(article.text) == len(text)
    assert article.text.index("said") == text.index("said")
