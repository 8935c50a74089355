"""What the quote, speaker and statement pages show: pure functions over a sqlite3 connection.

Each ``*_card`` function returns the dictionary its template renders, or None
when there is no such row. They are used by :mod:`quotes.web.views` and are
testable without a server. Nothing here produces HTML: the templates escape
everything.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from dataclasses import dataclass
from typing import Any

from quotes.enrich.gazetteer import name_key
from quotes.enrich.speakers import same_role
from quotes.enrich.statements import content_words
from quotes.store.columns import json_list, tag_names
from quotes.store.views import is_paraphrase, shown_quote

CONTEXT_WINDOW = 300
"""Characters of article text shown on each side of a quote that has no paragraph offsets."""


def _rows(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


# --- the quote page -----------------------------------------------------------------------


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


def _window_bounds(text: str, *, start: int, end: int, window: int) -> tuple[int, int]:
    """``window`` characters on each side of ``text[start:end]``, cut at a space."""
    left = max(0, start - window)
    right = min(len(text), end + window)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    return left, right


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
        left, right, windowed = paragraph_start, paragraph_end, False
    else:
        left, right = _window_bounds(text, start=start, end=end, window=window)
        windowed = True
    return Context(
        before=text[left:start],
        quote=text[start:end],
        after=text[end:right],
        start=left,
        end=right,
        cut_before=windowed and left > 0,
        cut_after=windowed and right < len(text),
    )


QUOTE_SQL = """
select quote_details.*, quotes.cue_start, quotes.cue_end, quotes.paragraph_start, quotes.paragraph_end,
    quotes.organization_id, quotes.origin, organizations.name as organization_name,
    articles.author, articles.source as article_source, articles.text as article_text
from quote_details
join quotes on quotes.id = quote_details.quote_id
join articles on articles.id = quote_details.article_id
left join organizations on organizations.id = quotes.organization_id
where quote_details.quote_id = ?
"""
"""The ``quote_details`` row of one quote, with the offsets, provenance and article
text the quote page shows besides."""

TAGS_SQL = """
select tags.name, tags.label, quote_tags.target, quote_tags.confidence,
       quote_tags.suggestion, quote_tags.origin, quote_tags.evidence
from quote_tags join tags on tags.id = quote_tags.tag_id
where quote_tags.quote_id = ?
order by quote_tags.suggestion, quote_tags.confidence desc
"""


def quote_card(
    conn: sqlite3.Connection, quote_id: int, *, window: int = CONTEXT_WINDOW
) -> dict[str, Any] | None:
    """Everything the quote page shows for quote ``quote_id``: its ``quote_details``
    row (``quote``, ``speaker``, ``speaker_role``, ...) with provenance, the
    ``context`` around it (a :class:`Context`, None when the article text at its
    offsets is not the quote), ``safe_url``, ``stance_labels`` and ``tags``.

    ``window`` is the context shown on each side when the quote has no paragraph offsets.
    """
    rows = _rows(conn, QUOTE_SQL, [quote_id])
    if not rows:
        return None
    card = rows[0]
    article_text = card.pop("article_text") or ""
    start, end = card["start"], card["end"]
    card["offsets_match"] = article_text[start:end] == card["quote"]
    card["context"] = (
        context_parts(
            article_text,
            start=start,
            end=end,
            paragraph_start=card["paragraph_start"],
            paragraph_end=card["paragraph_end"],
            window=window,
        )
        if card["offsets_match"]
        else None
    )
    url = card["url"] or ""
    card["safe_url"] = url if url.lower().startswith(("http://", "https://")) else None
    card["stance_labels"] = tag_names(card["stance_tags"])
    card["stance_tags"] = json_list(card["stance_tags"])
    card["stance_targets"] = json_list(card["stance_targets"])
    card["tags"] = _rows(conn, TAGS_SQL, [quote_id])
    card["paraphrase"] = is_paraphrase(card["kind"])
    card["quote_shown"] = shown_quote(card["quote"], card["kind"], card["cue"])
    card["affiliation_shown"] = affiliation_shown(card["speaker_affiliation"], card["organization_name"])
    card["pair"] = quote_pair(conn, card)
    return card


def affiliation_shown(affiliation: str | None, organization: str | None) -> str | None:
    """The organization beside an affiliation as stated, when it says more:
    ``Ewha University (Ewha Womans University)``, but never the same name twice."""
    if organization and affiliation and name_key(organization) != name_key(affiliation):
        return f"{affiliation} ({organization})"
    return affiliation or organization


def citation(card: dict[str, Any], *, page_url: str) -> str:
    """A ready citation of a quote card: the words as they may be copied, who
    said them and in what role, the outlet and date, and a URL (the article's,
    else the quote page's)."""
    who = ", ".join(
        part
        for part in (
            card.get("speaker") or card.get("speaker_mention") or "Unattributed",
            card.get("speaker_role"),
            card.get("speaker_affiliation"),
        )
        if part
    )
    where = ", ".join(part for part in (card.get("outlet"), card.get("published")) if part)
    source = f" ({where})" if where else ""
    url = card.get("safe_url") or page_url
    if card.get("paraphrase"):
        return f"{who}, {card['quote_shown']} (paraphrase){source}. {url}"
    return f"{card['quote_shown']} — {who}{source}. {url}"


def is_low_confidence(card: dict[str, Any]) -> bool:
    """True when the attribution is too uncertain to quote without checking:
    the extractor marked it ``needs_review`` (its calibrated confidence is low);
    an editor's quote never is."""
    return card.get("origin") != "editor" and bool(card.get("needs_review"))


PAIR_SQL = """select id, text, kind, start, "end", within_quote_id from quotes
where id = ? or within_quote_id = ? order by start"""
"""An indirect quote and the partial quotes inside it."""


def marked_segments(holder: dict[str, Any], partials: list[dict[str, Any]]) -> list[tuple[str, bool]]:
    """The text of an indirect quote cut into ``(words, quoted)`` pieces, the
    words of the partial quotes inside it marked as quoted."""
    text, start = holder["text"], holder["start"]
    pieces: list[tuple[str, bool]] = []
    at = 0
    for partial in sorted(partials, key=lambda p: p["start"]):
        left, right = partial["start"] - start, partial["end"] - start
        if left < at or right > len(text) or text[left:right] != partial["text"]:
            continue
        pieces += [(text[at:left], False), (text[left:right], True)]
        at = right
    pieces.append((text[at:], False))
    return [(words, quoted) for words, quoted in pieces if words]


def quote_pair(conn: sqlite3.Connection, card: dict[str, Any]) -> dict[str, Any] | None:
    """For a partial quote inside an indirect one, or an indirect quote holding
    partial ones: the indirect quote's id and its ``segments`` (see
    :func:`marked_segments`); None otherwise."""
    holder_id = card.get("within_quote_id") or (card["quote_id"] if card["kind"] == "indirect" else None)
    if holder_id is None:
        return None
    rows = _rows(conn, PAIR_SQL, [holder_id, holder_id])
    holder = next((row for row in rows if row["id"] == holder_id), None)
    partials = [row for row in rows if row["within_quote_id"] == holder_id]
    if holder is None or not partials:
        return None
    return {"quote_id": holder_id, "segments": marked_segments(holder, partials)}


# --- the speaker page ---------------------------------------------------------------------

SPEAKER_SQL = """select speakers.*, organizations.name as organization_name from speakers
left join organizations on organizations.id = speakers.organization_id where speakers.id = ?"""

STATED_ROLES_SQL = """select articles.published, articles.outlet, articles.title as article_title,
articles.id as article_id, quotes.role, quotes.affiliation, quotes.organization_id,
organizations.name as organization_name
from quotes join articles on articles.id = quotes.article_id
left join organizations on organizations.id = quotes.organization_id
where quotes.speaker_id = ? and (quotes.role is not null or quotes.affiliation is not null)
order by coalesce(articles.published, ''), articles.id, quotes.id"""

SPEAKER_QUOTES_SQL = """select quotes.id, quotes.text, quotes.kind, quotes.cue, quotes.role, quotes.affiliation,
quotes.stance_tags, quotes.statement_id, quotes.origin, quotes.needs_review, quotes.within_quote_id,
quotes.start, quotes."end", articles.id as article_id,
articles.title as article_title, articles.outlet, articles.published, articles.url
from quotes join articles on articles.id = quotes.article_id where quotes.speaker_id = ?
order by coalesce(articles.published, '') desc, articles.id desc, quotes.start"""


def pairs_once(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A speaker's quotes with each partial quote shown once, inside the
    indirect quote holding it (that quote's ``segments``), when both are listed."""
    by_id = {quote["id"]: quote for quote in quotes}
    inside: dict[int, list[dict[str, Any]]] = {}
    for quote in quotes:
        if quote.get("within_quote_id") in by_id:
            inside.setdefault(quote["within_quote_id"], []).append(quote)
    shown = []
    for quote in quotes:
        if quote.get("within_quote_id") in by_id:
            continue
        if quote["id"] in inside:
            quote["segments"] = marked_segments(quote, inside[quote["id"]])
            quote["partials"] = [partial["id"] for partial in inside[quote["id"]]]
            quote["needs_review"] = quote.get("needs_review") or any(
                p.get("needs_review") for p in inside[quote["id"]]
            )
        shown.append(quote)
    return shown


def _same_place(one: dict[str, Any], other: dict[str, Any]) -> bool:
    """The same organization, however the affiliation is spelled."""
    if one["organization_id"] or other["organization_id"]:
        return one["organization_id"] == other["organization_id"]
    return name_key(one["affiliation"] or "") == name_key(other["affiliation"] or "")


def _same_role(one: dict[str, Any], other: dict[str, Any]) -> bool:
    """One role at one organization, however spelled (``U.S. Secretary of
    State``, ``US Secretary of State``, ``Secretary of State``)."""
    roles = (one["role"] or "", other["role"] or "")
    return _same_place(one, other) and (roles[0] == roles[1] or (all(roles) and same_role(*roles)))


def _spelling(spellings: list[str]) -> str:
    """The spelling a role is shown with: the most used, then the longest."""
    return max(dict.fromkeys(spellings), key=lambda s: (spellings.count(s), len(s)))


def fold_roles(stated: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Roles stated article by article (oldest first), a role repeated by the
    next articles (in any spelling) folded into one row with ``last_published``,
    a count of ``articles``, the dates of the articles that give one
    (``first_dated``, ``last_dated``) and the ``spellings`` used."""
    roles: list[dict[str, Any]] = []
    for row in stated:
        if roles and _same_role(roles[-1], row):
            folded = roles[-1]
            folded["articles"] += 0 if folded["last_article_id"] == row["article_id"] else 1
            folded["last_article_id"] = row["article_id"]
            folded["last_published"] = row["published"]
        else:
            folded = {**row, "articles": 1, "last_article_id": row["article_id"], "all_spellings": []}
            folded["last_published"] = row["published"]
            roles.append(folded)
        folded["all_spellings"].append(row["role"] or "")
    for role in roles:
        spellings = role.pop("all_spellings")
        role["role"] = _spelling(spellings) or None
        role["spellings"] = [s for s in dict.fromkeys(spellings) if s and s != role["role"]]
        role["affiliation_shown"] = affiliation_shown(role["affiliation"], role["organization_name"])
    return roles


def speaker_card(conn: sqlite3.Connection, speaker_id: int) -> dict[str, Any] | None:
    """Everything the speaker page shows: the speaker row (with ``aliases`` as a
    list and ``organization_name``), the ``roles`` stated over time (oldest
    first, repeated roles folded) and the ``quotes`` across articles (newest
    first). ``None`` if there is no such speaker."""
    found = _rows(conn, SPEAKER_SQL, [speaker_id])
    if not found:
        return None
    card = found[0]
    card["aliases"] = json_list(card.get("aliases"))
    card["affiliation_shown"] = affiliation_shown(card["affiliation"], card["organization_name"])
    card["roles"] = fold_roles(_rows(conn, STATED_ROLES_SQL, [speaker_id]))
    quotes = pairs_once(_rows(conn, SPEAKER_QUOTES_SQL, [speaker_id]))
    for quote in quotes:
        quote["stance_tags"] = json_list(quote["stance_tags"])
        quote["quote_shown"] = shown_quote(quote["text"], quote["kind"], quote["cue"])
    card["quotes"] = quotes
    card["article_count"] = len({q["article_id"] for q in quotes})
    card["stances"] = Counter(tag for q in quotes for tag in q["stance_tags"]).most_common()
    return card


# --- the statement page -------------------------------------------------------------------

STATEMENT_SQL = """select statements.id, statements.text, statements.quote_count,
statements.variant_count, speakers.id as speaker_id, speakers.name as speaker_name
from statements left join speakers on speakers.id = statements.speaker_id where statements.id = ?"""

ARTICLE_COLUMNS = ("article_id", "article_title", "outlet", "published", "url")

STATEMENT_QUOTES_SQL = """select quotes.id as quote_id, quotes.text, quotes.kind, quotes.cue, quotes.role,
quotes.affiliation, articles.id as article_id, articles.title as article_title, articles.outlet,
articles.published, articles.url
from quotes join articles on articles.id = quotes.article_id where quotes.statement_id = ?
order by coalesce(articles.published, ''), articles.id, quotes.start"""


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


def _variants(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Quotes grouped by article (in order): the quotes of one article side by side in one column."""
    variants: list[dict[str, Any]] = []
    for quote in quotes:
        if variants and variants[-1]["article_id"] == quote["article_id"]:
            variants[-1]["quotes"].append(quote)
        else:
            variants.append({**{k: quote[k] for k in ARTICLE_COLUMNS}, "quotes": [quote]})
    return variants


def statement_card(conn: sqlite3.Connection, statement_id: int) -> dict[str, Any] | None:
    """Everything the statement page shows: the statement, its speaker and its
    ``variants`` (one per article, oldest first, with outlet, date and the
    words that differ). ``None`` if there is no such statement."""
    found = _rows(conn, STATEMENT_SQL, [statement_id])
    if not found:
        return None
    card = found[0]
    variants = _variants(_rows(conn, STATEMENT_QUOTES_SQL, [statement_id]))
    word_sets = [set(content_words(" ".join(q["text"] for q in v["quotes"]))) for v in variants]
    common = set.intersection(*word_sets) if word_sets else set()
    for variant in variants:
        for quote in variant["quotes"]:
            quote["pieces"] = marked_words(quote["text"], common)
            quote["quote_shown"] = shown_quote(quote["text"], quote["kind"], quote["cue"])
    card["variants"] = variants
    return card
