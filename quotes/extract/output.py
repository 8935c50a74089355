"""Quotes printed by ``quotes extract``: a flat JSON-ready record per quote, or
readable table lines."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from quotes.records import Quote


def quote_record(quote: Quote, *, article: str | None = None) -> dict[str, Any]:
    """A quote as a flat JSON-ready dict (``article`` names where it was found)."""
    record: dict[str, Any] = {"article": article} if article is not None else {}
    record.update(quote.to_dict())
    return record


def _cell(value: Any, width: int) -> str:
    """``value`` on one line, cut to ``width`` characters."""
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table_rows(quotes: list[Quote], *, article: str) -> Iterator[str]:
    """Readable lines for people: the article, then one line per quote
    (kind, speaker with role and affiliation, the quoted words)."""
    yield f"== {article}: {len(quotes)} quote{'s' if len(quotes) != 1 else ''}"
    for quote in quotes:
        who = quote.speaker or "(unattributed)"
        extra = ", ".join(part for part in (quote.role, quote.affiliation) if part)
        if extra:
            who = f"{who} ({extra})"
        yield (
            f"{quote.start:>6}-{quote.end:<6} {quote.kind:<8} {quote.confidence:.2f}  "
            f"{_cell(who, 48):<48}  {_cell(quote.text, 90)}"
        )
