"""Statements: the same remark quoted in several articles, perhaps worded differently.

Two quotes belong to one statement when they have the same speaker, come from
different articles, and their wording is near-identical by :func:`similarity`:

- the texts are reduced to content words (lower case, stop words and
  bracketed editorial insertions like ``[missile launch]`` removed);
- the similarity is the larger of the *overlap coefficient* of the two word
  sets (shared words / words of the shorter quote) and difflib's ratio of the
  two word sequences;
- quotes match when the similarity is at least :data:`THRESHOLD` (0.6) and they
  share at least :data:`MIN_SHARED` (3) content words, so that two short,
  generic remarks ("It is important") never make a statement.

Matches are transitive (union-find): a quote split in two by one outlet joins
the single longer quote of another. :func:`group_statements` rebuilds the
``statements`` table and ``quotes.statement_id`` at every build; quotes that
match nothing keep ``statement_id`` null.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass

import sqlite_utils

THRESHOLD = 0.6
MIN_SHARED = 3

STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as into about than then that this these those
    it its it's is are was were be been being am do does did done has have had having i me my we us our you
    your he him his she her they them their there here what which who whom whose when where why how not no
    so too very can could will would shall should may might must just also some any all s t ve ll re d m
    said says say""".split()
)


def content_words(text: str) -> list[str]:
    """The content words of ``text`` in order: lower case, without stop words
    or bracketed insertions (``[missile launch]``)."""
    text = re.sub(r"\[[^\]]*\]", " ", text)
    words = re.findall(r"[a-z0-9]+", text.casefold().replace("\u2019", "'"))
    return [w for w in words if w not in STOPWORDS]


def similarity(a: str, b: str) -> float:
    """How alike two quotes are worded, from 0 to 1 (see the module docstring)."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    sa, sb = set(wa), set(wb)
    overlap = len(sa & sb) / min(len(sa), len(sb))
    ratio = difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio()
    return max(overlap, ratio)


def same_statement(a: str, b: str, *, threshold: float = THRESHOLD, min_shared: int = MIN_SHARED) -> bool:
    """True when quotes ``a`` and ``b`` are one statement worded alike."""
    shared = set(content_words(a)) & set(content_words(b))
    return len(shared) >= min_shared and similarity(a, b) >= threshold


@dataclass
class _Quote:
    id: int
    article_id: int
    text: str
    words: frozenset


def _find(parent: dict[int, int], x: int) -> int:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def statement_groups(quotes: list[tuple[int, int, str]], *, threshold: float = THRESHOLD,
                     min_shared: int = MIN_SHARED) -> list[list[int]]:
    """Group one speaker's quotes ``(quote id, article id, text)`` into
    statements: lists of quote ids spanning at least two articles."""
    items = [_Quote(q, a, t, frozenset(content_words(t))) for q, a, t in quotes]
    parent = {item.id: item.id for item in items}
    for i, x in enumerate(items):
        for y in items[i + 1:]:
            if x.article_id == y.article_id or len(x.words & y.words) < min_shared:
                continue
            if similarity(x.text, y.text) >= threshold:
                parent[_find(parent, x.id)] = _find(parent, y.id)
    groups: dict[int, list[_Quote]] = defaultdict(list)
    for item in items:
        groups[_find(parent, item.id)].append(item)
    return [sorted(q.id for q in group) for group in groups.values()
            if len({q.article_id for q in group}) >= 2]


def group_statements(db: sqlite_utils.Database, *, threshold: float = THRESHOLD,
                     min_shared: int = MIN_SHARED) -> int:
    """Rebuild ``statements`` and ``quotes.statement_id`` from the quotes in
    ``db``. Returns the number of statements."""
    rows = db.execute(
        """select quotes.speaker_id, quotes.id, quotes.article_id, quotes.text from quotes
        where quotes.speaker_id in (
            select speaker_id from quotes where speaker_id is not null
            group by speaker_id having count(distinct article_id) > 1)
        order by quotes.speaker_id, quotes.id"""
    ).fetchall()
    by_speaker: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    texts = {}
    for speaker_id, quote_id, article_id, text in rows:
        by_speaker[speaker_id].append((quote_id, article_id, text))
        texts[quote_id] = text
    wanted = []
    for speaker_id, quotes in by_speaker.items():
        for group in statement_groups(quotes, threshold=threshold, min_shared=min_shared):
            variants = {" ".join(content_words(texts[q])) for q in group}
            wanted.append((speaker_id, tuple(group), max((texts[q] for q in group), key=len), len(group),
                           len(variants)))
    if sorted(wanted) == sorted(_current_statements(db)):
        return len(wanted)  # nothing changed: write nothing
    with db.atomic():
        db.execute("update quotes set statement_id = null where statement_id is not null")
        db.execute("delete from statements")
        for speaker_id, group, text, quote_count, variant_count in wanted:
            statement_id = db["statements"].insert({"speaker_id": speaker_id, "text": text,
                                                    "quote_count": quote_count,
                                                    "variant_count": variant_count}).last_pk
            db.execute(f"update quotes set statement_id = ? where id in ({', '.join('?' for _ in group)})",
                       [statement_id, *group])
    return len(wanted)


def _current_statements(db: sqlite_utils.Database) -> list[tuple]:
    rows = db.execute(
        """select statements.id, statements.speaker_id, statements.text, statements.quote_count,
        statements.variant_count, group_concat(quotes.id) from statements
        left join (select id, statement_id from quotes order by id) quotes on quotes.statement_id = statements.id
        group by statements.id"""
    ).fetchall()
    return [(speaker_id, tuple(sorted(int(q) for q in (ids or "").split(",") if q)), text, qc, vc)
            for _, speaker_id, text, qc, vc, ids in rows]


# --- the statement page (quotes.speaker_pages) -----------------------------------------

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
    cursor = conn.execute("""select statements.id, statements.text, statements.quote_count, statements.variant_count,
        speakers.id, speakers.name from statements left join speakers on speakers.id = statements.speaker_id
        where statements.id = ?""", [statement_id])
    row = cursor.fetchone()
    if row is None:
        return None
    card = dict(zip(["id", "text", "quote_count", "variant_count", "speaker_id", "speaker_name"], row))
    cursor = conn.execute("""select quotes.id, quotes.text, quotes.kind, quotes.role, quotes.affiliation,
        articles.id, articles.title, articles.outlet, articles.published, articles.url
        from quotes join articles on articles.id = quotes.article_id where quotes.statement_id = ?
        order by coalesce(articles.published, ''), articles.id, quotes.start""", [statement_id])
    names = ["quote_id", "text", "kind", "role", "affiliation", "article_id", "article_title", "outlet",
             "published", "url"]
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
