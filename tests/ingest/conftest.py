"""Fixtures of the reader tests: a short fictional story with site furniture."""

from __future__ import annotations

import pytest

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


@pytest.fixture
def story():
    """A plain-text article: banner, breadcrumb, title, byline, a quote, a
    crosshead, the title again and comment-form and mailing-list footers."""
    return STORY
