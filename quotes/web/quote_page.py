"""What the quote page shows: one quote with its speaker, article, context and provenance.

Pure functions over a sqlite3 connection, used by the Datasette plugin
(:mod:`quotes.web.plugin`) and testable without a server. Nothing here produces
HTML: the template escapes everything.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

CONTEXT_WINDOW = 300


@dataclass
class Context:
    """The text around a quote: ``before + quote + after`` is a slice of the article.

    ``cut_before``/``cut_after`` say whether the slice stops inside a paragraph
    (the page shows an ellipsis there).
    """

    before: str
    quote: str
    after: str
    start: int
    end: int
    cut_before: bool = False
    cut_after: bool = False


def context_parts(
    text: str,
    *,
    start: int,
    end: int,
    paragraph_start: int | None = None,
    paragraph_end: int | None = None,
    window: int = CONTEXT_WINDOW,
) -> Context:
    """Split the paragraph around ``text[start:end]`` into before / quote / after.

    Uses the paragraph offsets when they contain the quote, else ``window``
    characters on each side, cut at a space.
    """
    if (
        paragraph_start is not None
        and paragraph_end is not None
        and paragraph_start <= start <= end <= paragraph_end
    ):
        return Context(
            text[paragraph_start:start],
            text[start:end],
            text[end:paragraph_end],
            paragraph_start,
            paragraph_end,
        )
    left = max(0, start - window)
    right = min(len(text), end + window)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    return Context(
        text[left:start],
        text[start:end],
        text[end:right],
        left,
        right,
        cut_before=left > 0,
        cut_after=right < len(text),
    )


def _rows(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


QUOTE_SQL = """
select
    quotes.*,
    speakers.name as speaker_name,
    speakers.kind as speaker_kind,
    coalesce(quotes.role, speakers.role) as speaker_role,
    coalesce(quotes.affiliation, speakers.affiliation) as speaker_affiliation,
    organizations.name as organization_name,
    articles.title as article_title,
    articles.outlet as outlet,
    articles.author as author,
    articles.published as published,
    articles.url as url,
    articles.source as article_source,
    articles.hash as article_hash,
    articles.text as article_text
from quotes
join articles on articles.id = quotes.article_id
left join speakers on speakers.id = quotes.speaker_id
left join organizations on organizations.id = quotes.organization_id
where quotes.id = ?
"""

TAGS_SQL = """
select tags.name, tags.label, quote_tags.target, quote_tags.confidence,
       quote_tags.suggestion, quote_tags.origin, quote_tags.evidence
from quote_tags join tags on tags.id = quote_tags.tag_id
where quote_tags.quote_id = ?
order by quote_tags.suggestion, quote_tags.confidence desc
"""


def stance_labels(stance_tags: str | None) -> list[str]:
    """The labels in a ``stance_tags`` JSON array (strings or objects with a name)."""
    try:
        tags = json.loads(stance_tags or "[]")
    except ValueError:
        return []
    if not isinstance(tags, list):
        return []
    labels = []
    for tag in tags:
        if isinstance(tag, dict):
            tag = tag.get("label") or tag.get("name") or tag.get("tag")
        if tag:
            labels.append(str(tag))
    return labels


def quote_card(
    conn: sqlite3.Connection, quote_id: int, *, window: int = CONTEXT_WINDOW
) -> dict[str, Any] | None:
    """Everything the quote page shows for quote ``quote_id``, or None if there is no such quote.

    ``window`` is the context shown on each side when the quote has no paragraph offsets.
    """
    rows = _rows(conn.execute(QUOTE_SQL, [quote_id]))
    if not rows:
        return None
    card = rows[0]
    article_text = card.pop("article_text") or ""
    start, end = card["start"], card["end"]
    card["offsets_match"] = article_text[start:end] == card["text"]
    if card["offsets_match"]:
        card["context"] = context_parts(
            article_text,
            start=start,
            end=end,
            paragraph_start=card.get("paragraph_start"),
            paragraph_end=card.get("paragraph_end"),
            window=window,
        )
    else:
        card["context"] = None
    url = card.get("url") or ""
    card["safe_url"] = url if url.lower().startswith(("http://", "https://")) else None
    card["stance_labels"] = stance_labels(card.get("stance_tags"))
    card["tags"] = _rows(conn.execute(TAGS_SQL, [quote_id]))
    return card
