"""Fixtures of the web tests: a small database of fictional quotes with a statement."""

from __future__ import annotations

import pytest

from quotes.enrich.speakers import SpeakerDirectory
from quotes.enrich.statements import group_statements
from quotes.records import Article, Quote
from quotes.store.db import open_db
from quotes.store.write import write_article


@pytest.fixture
def small_db(db_path, tmp_path, monkeypatch):
    """Mara Quill quoted by two outlets, two years and two roles apart, with the same
    remark in other words: one speaker, one statement of two variants."""
    monkeypatch.setenv("QUOTES_GAZETTEER", str(tmp_path / "none.yml"))
    (tmp_path / "none.yml").write_text("people: []\n")
    db = open_db(db_path)
    texts = [
        (
            "2020-03-01",
            "Harbor Daily",
            'Mara Quill, a lecturer at Bay College, spoke. "The harbor plan failed the fishermen," Quill said.',
            "The harbor plan failed the fishermen,",
            "lecturer",
            "Bay College",
        ),
        (
            "2022-06-01",
            "Port Gazette",
            '"The harbor plan has failed local fishermen," said Mara Quill, the dean of Tamsin University.',
            "The harbor plan has failed local fishermen,",
            "dean",
            "Tamsin University",
        ),
    ]
    for published, outlet, text, quote, role, affiliation in texts:
        start = text.index(quote)
        write_article(
            db,
            Article(text=text, published=published, outlet=outlet, title=f"{outlet} story"),
            [
                Quote(
                    text=quote,
                    start=start,
                    end=start + len(quote),
                    speaker="Mara Quill",
                    role=role,
                    affiliation=affiliation,
                    speaker_kind="person",
                )
            ],
            speakers=SpeakerDirectory(db),
        )
    group_statements(db)
    db.close()
    return db_path
