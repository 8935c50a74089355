"""What the speaker and statement pages show: pure functions over a sqlite3 connection.

Used by the Datasette plugin (:mod:`quotes.web.speaker_pages`) and testable
without a server. Nothing here produces HTML: the templates escape everything.
"""

from __future__ import annotations

import json
import re

from quotes.enrich.gazetteer import name_key
from quotes.enrich.statements import content_words

# --- the speaker page ---------------------------------------------------------------------

SPEAKER_ROLES_SQL = """select
  speakers.id as speaker_id,
  speakers.name as speaker,
  articles.published as published,
  articles.outlet as outlet,
  quotes.role as role,
  quotes.affiliation as affiliation,
  count(quotes.id) as quotes,
  articles.title as article_title,
  articles.id as article_id
from quotes
join speakers on speakers.id = quotes.speaker_id
join articles on articles.id = quotes.article_id
where (speakers.name like '%' || :speaker || '%' or speakers.aliases like '%' || :speaker || '%')
  and (quotes.role is not null or quotes.affiliation is not null)
group by speakers.id, articles.id, quotes.role, quotes.affiliation
order by speakers.name, articles.published, articles.id"""
"""The ``speaker_roles_over_time`` canned query: roles and affiliations each
article states for speakers whose name contains ``:speaker``."""


def _rows(conn, sql: str, params) -> list[dict]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def speaker_card(conn, speaker_id: int) -> dict | None:
    """Everything the speaker page shows, from a sqlite3 connection: the
    speaker row (with ``aliases`` as a list and ``organization_name``), the
    ``roles`` stated over time (oldest first, repeated roles folded) and the
    ``quotes`` across articles (newest first). ``None`` if there is no such speaker."""
    found = _rows(
        conn,
        """select speakers.*, organizations.name as organization_name from speakers
        left join organizations on organizations.id = speakers.organization_id where speakers.id = ?""",
        [speaker_id],
    )
    if not found:
        return None
    card = found[0]
    card["aliases"] = json.loads(card.get("aliases") or "[]")
    stated = _rows(
        conn,
        """select articles.published, articles.outlet, articles.title as article_title,
        articles.id as article_id, quotes.role, quotes.affiliation, quotes.organization_id,
        organizations.name as organization_name
        from quotes join articles on articles.id = quotes.article_id
        left join organizations on organizations.id = quotes.organization_id
        where quotes.speaker_id = ? and (quotes.role is not null or quotes.affiliation is not null)
        order by coalesce(articles.published, ''), articles.id, quotes.id""",
        [speaker_id],
    )
    roles: list[dict] = []

    def same(a: dict, b: dict) -> bool:  # the same role at the same organization, however spelled
        return (name_key(a["role"] or ""), a["organization_id"] or name_key(a["affiliation"] or "")) == (
            name_key(b["role"] or ""),
            b["organization_id"] or name_key(b["affiliation"] or ""),
        )

    for row in stated:
        if roles and same(roles[-1], row):
            roles[-1]["last_published"] = row["published"]
            roles[-1]["articles"] += 0 if roles[-1]["last_article_id"] == row["article_id"] else 1
            roles[-1]["last_article_id"] = row["article_id"]
            continue
        roles.append(
            {**row, "last_published": row["published"], "articles": 1, "last_article_id": row["article_id"]}
        )
    card["roles"] = roles
    quotes = _rows(
        conn,
        """select quotes.id, quotes.text, quotes.kind, quotes.role, quotes.affiliation,
        quotes.stance_tags, quotes.statement_id, quotes.origin, articles.id as article_id,
        articles.title as article_title, articles.outlet, articles.published, articles.url
        from quotes join articles on articles.id = quotes.article_id where quotes.speaker_id = ?
        order by coalesce(articles.published, '') desc, articles.id desc, quotes.start""",
        [speaker_id],
    )
    for quote in quotes:
        quote["stance_tags"] = json.loads(quote["stance_tags"] or "[]")
    card["quotes"] = quotes
    card["article_count"] = len({q["article_id"] for q in quotes})
    return card


# --- the statement page -------------------------------------------------------------------

STATEMENTS_WITH_DIFFERENT_WORDING_SQL = """select
  statements.id as statement_id,
  speakers.name as speaker,
  statements.text as statement,
  statements.quote_count as quotes,
  statements.variant_count as wordings,
  count(distinct quotes.article_id) as articles,
  group_concat(distinct coalesce(articles.outlet, articles.title)) as outlets,
  min(articles.published) as first_published,
  max(articles.published) as last_published
from statements
join speakers on speakers.id = statements.speaker_id
join quotes on quotes.statement_id = statements.id
join articles on articles.id = quotes.article_id
where statements.variant_count > 1
group by statements.id
order by articles desc, statements.id"""
"""The ``statements_with_different_wording`` canned query."""


def marked_words(text: str, common: set[str]) -> list[tuple[str, bool]]:
    """``text`` split into ``(piece, differs)`` pieces: words whose content form
    is not in ``common`` are marked, so the page can highlight the wording
    that differs between variants."""
    pieces = []
    for m in re.finditer(r"\S+|\s+", text):
        piece = m.group(0)
        words = content_words(piece)
        pieces.append((piece, bool(words) and not set(words) <= common))
    return pieces


def statement_card(conn, statement_id: int) -> dict | None:
    """Everything the statement page shows, from a sqlite3 connection: the
    statement, its speaker and its ``variants`` (one per article, oldest
    first, with outlet, date and the words that differ). ``None`` if there
    is no such statement."""
    cursor = conn.execute(
        """select statements.id, statements.text, statements.quote_count, statements.variant_count,
        speakers.id, speakers.name from statements left join speakers on speakers.id = statements.speaker_id
        where statements.id = ?""",
        [statement_id],
    )
    row = cursor.fetchone()
    if row is None:
        return None
    card = dict(zip(["id", "text", "quote_count", "variant_count", "speaker_id", "speaker_name"], row))
    cursor = conn.execute(
        """select quotes.id, quotes.text, quotes.kind, quotes.role, quotes.affiliation,
        articles.id, articles.title, articles.outlet, articles.published, articles.url
        from quotes join articles on articles.id = quotes.article_id where quotes.statement_id = ?
        order by coalesce(articles.published, ''), articles.id, quotes.start""",
        [statement_id],
    )
    names = [
        "quote_id",
        "text",
        "kind",
        "role",
        "affiliation",
        "article_id",
        "article_title",
        "outlet",
        "published",
        "url",
    ]
    quotes = [dict(zip(names, r)) for r in cursor.fetchall()]
    variants: list[dict] = []
    for quote in quotes:  # quotes of one article side by side in one column
        if variants and variants[-1]["article_id"] == quote["article_id"]:
            variants[-1]["quotes"].append(quote)
        else:
            variants.append({**{k: quote[k] for k in names[5:]}, "quotes": [quote]})
    word_sets = [set(content_words(" ".join(q["text"] for q in v["quotes"]))) for v in variants]
    common = set.intersection(*word_sets) if word_sets else set()
    for variant in variants:
        for quote in variant["quotes"]:
            quote["pieces"] = marked_words(quote["text"], common)
    card["variants"] = variants
    return card
