"""The plain records passed between the steps of the pipeline.

Readers produce :class:`Article`; the extractor produces :class:`Quote`. Both are
plain dataclasses with no IO, so the text logic can be tested on its own;
reading and extraction never touch SQLite.

Offsets are character offsets into ``Article.text`` (the text as read), so that
``article.text[quote.start:quote.end] == quote.text`` always holds.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any


def text_hash(text: str) -> str:
    """The stable identity of an article: SHA-256 of its text, hex encoded."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Article:
    """One news article as read from a file.

    ``text`` is the article text as read (a plain-text file decoded, the main
    text trafilatura found in an HTML page, or the ``text`` field of a JSON
    line). ``boilerplate`` lists ``(start, end)`` ranges of ``text`` that are
    not part of the story (site banners, "Leave a Reply", mailing-list footers,
    the title and byline lines): quotes found there are dropped.
    """

    text: str
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    published: str | None = None
    """The publication date, ISO 8601 when it could be read as a date."""
    format: str = "text"
    """``text``, ``html`` or ``jsonl``: how the article was read."""
    source: str | None = None
    """The file the article was read from (``file:line`` for a JSON line)."""
    url: str | None = None
    """Where the article was published online."""
    outlet: str | None = None
    """The newspaper or site that published it, when the reader found one."""

    @property
    def hash(self) -> str:
        return text_hash(self.text)

    def in_boilerplate(self, start: int, end: int) -> bool:
        """True when the span ``[start, end)`` overlaps a boilerplate range."""
        return any(start < b_end and b_start < end for b_start, b_end in self.boilerplate)

    def story_quotes(self, quotes: Iterable[Quote]) -> list[Quote]:
        """The ``quotes`` that stand in the story: those overlapping a
        boilerplate range (title, byline, banners, crossheads) are dropped."""
        if not self.boilerplate:
            return list(quotes)
        return [quote for quote in quotes if not self.in_boilerplate(quote.start, quote.end)]


@dataclass
class Quote:
    """One attribution found in a text: who said what, with offsets.

    ``text == article_text[start:end]``; ``speaker_start``/``speaker_end`` is the
    mention the attribution rests on (``Easley``, ``he``, ``the spokesman``),
    while ``speaker`` is the resolved name (``Leif-Eric Easley``). Offsets of a
    missing part are ``None``. ``confidence`` is the estimated chance that both
    the span and the speaker are right.
    """

    text: str
    start: int
    end: int
    kind: str = "direct"
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_kind: str | None = None
    role: str | None = None
    affiliation: str | None = None
    addressee: str | None = None
    confidence: float = 0.0
    needs_review: bool = False
    """True when ``confidence`` is too low to trust the quote without a look."""
    within: tuple[int, int] | None = None
    """``(start, end)`` of the indirect quote that holds this partial quote
    (``Kobb said the plan was “a mess” and ...``), or None."""
    via: str | None = None
    """Who relays words that are the speaker's own (prosecutors quoting a
    defendant), or None."""

    def to_dict(self) -> dict[str, Any]:
        """The fields as a dict, as ``dataclasses.asdict`` gives them (every
        field is a scalar or a tuple of ints, so a shallow copy is the same,
        without ``asdict``'s recursive copying: most of what a cluster's
        client spends writing JSON lines)."""
        return {name: getattr(self, name) for name in _QUOTE_FIELDS}


_QUOTE_FIELDS = tuple(f.name for f in fields(Quote))
