"""Telling site furniture from the story, line by line."""

from __future__ import annotations

import pytest

from quotes.ingest.boilerplate import (
    interview_outlet,
    is_breadcrumb,
    is_footer_line,
    is_furniture,
    is_heading,
    site_domain,
)


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
    assert is_footer_line(line) is footer


@pytest.mark.parametrize(
    "line, heading",
    [
        ("Repairs took longer than planned", True),
        ("The pier was closed for six weeks.", False),
        ('"It was closed," she said.”', False),
        ("“Never again,” said Tom Poe", False),  # full stop missing: still a paragraph
        ("Tests “deeply worrying”, according to Ada Quill", True),  # a crosshead
        ("The harbour master said,", False),
    ],
)
def test_headings(line, heading):
    assert is_heading(line) is heading


@pytest.mark.parametrize(
    "line, breadcrumb",
    [("News | World | Asia", True), ("She said yes | no.", False), ("Home › Local › Harbours", True)],
)
def test_breadcrumbs(line, breadcrumb):
    assert is_breadcrumb(line) is breadcrumb
    assert is_furniture(line) is breadcrumb


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("Ada told VBC. Tom told VBC, and Kim told Ann Lee twice; Kim told Ann Lee.", "VBC"),
        ("Ilse Varga told The Northport Ledger once.", None),
        ("Tom told Ann Lee. Tom told Ann Lee.", None),
        ("Ilse told The Northport Ledger, and Tom told The Northport Ledger.", "The Northport Ledger"),
    ],
)
def test_interview_outlet(text, outlet):
    assert interview_outlet(text) == outlet


def test_site_domain():
    assert site_domain("Join the NorthportNews.org mailing list") == "NorthportNews.org"
    assert site_domain("Join our mailing list") is None
