"""Fixtures of the extraction tests: quotes extracted with the session's
spaCy pipeline, their offsets checked on the way."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from quotes.extract import extract_quotes
from quotes.records import Quote


def assert_offsets_index(text: str, quotes: list[Quote]) -> None:
    """Every quote's words, speaker mention and cue lie at their offsets in ``text``."""
    for q in quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert q.speaker_end is not None
            assert 0 <= q.speaker_start <= q.speaker_end <= len(text)
        if q.cue_start is not None:
            assert q.cue_end is not None
            assert 0 <= q.cue_start <= q.cue_end <= len(text)


@pytest.fixture(scope="session")
def quotes_of(nlp):
    """``quotes_of(text)``: the quotes of ``text``, whose offsets are checked."""

    def extract(text: str) -> list[Quote]:
        quotes = extract_quotes(text, nlp=nlp)
        assert_offsets_index(text, quotes)
        return quotes

    return extract


@pytest.fixture(autouse=True)
def no_failed_finder(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Fail a test whose extraction logged an error: a finder that raises is
    caught and logged so that one bad article does not stop a build, which
    would otherwise hide a broken rule behind quotes merely missing."""
    caplog.set_level(logging.ERROR, logger="quotes.extract")
    yield
    errors = [
        r.getMessage()
        for r in caplog.records
        if r.levelno >= logging.ERROR and r.name.startswith("quotes.extract")
    ]
    assert not errors, errors
