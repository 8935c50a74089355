"""Stance tags: what a speaker does in a quote (criticizes, warns, urges...) and toward what.

The taxonomy and its rules are in :mod:`quotes.enrich.stance_rules`, the parse
features in :mod:`quotes.extract.stance_features`, the trained tagger in
:mod:`quotes.enrich.stance_model`. This module stores what the tagger finds:
:func:`tag_quotes` writes the hits in ``quote_tags`` (``origin='auto'``, with
their confidence, evidence and target; hits under a tag's threshold as
``suggestion=1``) and the accepted tags in ``quotes.stance_tags``;
:func:`tag_new_quotes` is the build's step.

How well the tagger does is measured by ``quotes evaluate --stance FILE``
(:mod:`quotes.evaluation.stance_scoring`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import sqlite_utils

from quotes.enrich.gazetteer import gazetteer_for
from quotes.enrich.stance_model import Tagger
from quotes.enrich.stance_rules import (
    STANCES,
    StanceError,
    TagHit,
    TargetDef,
    Taxonomy,
    find_targets,
    load_taxonomy,
    negated,
    parse_taxonomy,
    people_targets,
    tag_text,
)
from quotes.errors import QuotesError
from quotes.extract.stance_features import QuoteSpan
from quotes.store import changes
from quotes.store.sql import chunks, insert_row, placeholders, update_if_changed

__all__ = [
    "STANCES",
    "StanceError",
    "TagHit",
    "TargetDef",
    "Taxonomy",
    "find_targets",
    "load_taxonomy",
    "negated",
    "parse_taxonomy",
    "people_targets",
    "sync_tags",
    "tag_id",
    "tag_new_quotes",
    "tag_quotes",
    "tag_text",
    "update_stance_columns",
]

TAGGING_BATCH = 256
"""Quotes parsed and stored per batch."""

ACCEPTED_TAGS_SQL = """coalesce((select json_group_array(name) from (
            select distinct tags.name as name from quote_tags join tags on tags.id = quote_tags.tag_id
            where quote_tags.quote_id = quotes.id and not quote_tags.suggestion order by tags.name)), '[]')"""
ACCEPTED_TARGETS_SQL = """coalesce((select json_group_array(target) from (
            select distinct quote_tags.target as target from quote_tags
            where quote_tags.quote_id = quotes.id and not quote_tags.suggestion and quote_tags.target is not null
            order by quote_tags.target)), '[]')"""


def sync_tags(db: sqlite_utils.Database, taxonomy: Taxonomy) -> dict[str, int]:
    """Make the ``tags`` table hold the taxonomy's tags; returns name -> id."""
    ids = {}
    for tag in taxonomy.tags:
        row = db.execute("select id from tags where name = ?", [tag.name]).fetchone()
        values = {"label": tag.label, "description": tag.description, "beat": tag.beat}
        if row:
            update_if_changed(db, "tags", row[0], values)
            ids[tag.name] = row[0]
        else:
            ids[tag.name] = insert_row(db, "tags", {"name": tag.name, **values})
    return ids


def tag_id(db: sqlite_utils.Database, name: str) -> int:
    """The id of tag ``name``, created (beat ``editor``) if the taxonomy lacks it."""
    row = db.execute("select id from tags where name = ?", [name]).fetchone()
    if row:
        return row[0]
    return insert_row(
        db, "tags", {"name": name, "label": name, "beat": "editor", "description": "Added by an editor"}
    )


def update_stance_columns(db: sqlite_utils.Database, quote_ids: Iterable[int] | None = None) -> None:
    """Recompute ``quotes.stance_tags`` and ``quotes.stance_targets`` (JSON arrays
    of the accepted tags and their targets) from ``quote_tags``."""
    changed = f"(stance_tags is not {ACCEPTED_TAGS_SQL} or stance_targets is not {ACCEPTED_TARGETS_SQL})"
    where = f"where {changed}"
    params: list[int] = []
    if quote_ids is not None:
        params = list(quote_ids)
        if not params:
            return
        where = f"where quotes.id in ({placeholders(params)}) and {changed}"
    db.execute(
        f"update quotes set stance_tags = {ACCEPTED_TAGS_SQL}, stance_targets = {ACCEPTED_TARGETS_SQL} {where}",
        params,
    )


def tag_quotes(
    db: sqlite_utils.Database,
    *,
    taxonomy: Taxonomy | None = None,
    quote_ids: Iterable[int] | None = None,
    only_untagged: bool = False,
) -> int:
    """Run the tagger over the quotes (all, ``quote_ids``, or with
    ``only_untagged`` those that have no tag yet, as a build does), replacing
    their automatic tags (editor tags are kept). Returns the number of tags stored."""
    taxonomy = taxonomy or STANCES.for_database(db)
    try:
        people = people_targets(gazetteer_for(db))
    except QuotesError:
        # A broken gazetteer file is the gazetteer step's error to report (the
        # build runs it first); stance tags go on with the taxonomy's own targets.
        people = []
    ids = sync_tags(db, taxonomy)
    chosen = None if quote_ids is None else list(quote_ids)
    if chosen == []:
        return 0
    rows = _quotes_to_tag(db, chosen, only_untagged=only_untagged)
    tagger = Tagger(taxonomy, extra_targets=people)
    stored = 0
    with db.atomic():
        for first in range(0, len(rows), TAGGING_BATCH):
            batch = rows[first : first + TAGGING_BATCH]
            spans = list(_quote_spans(db, batch))
            for row, hits in zip(batch, tagger.tag(spans, [row[2] for row in batch])):
                stored += _store_hits(db, row[0], [(ids[hit.tag], hit) for hit in hits])
        update_stance_columns(db, None if chosen is None and not only_untagged else [r[0] for r in rows])
    return stored


QUOTE_ROW = """select quotes.id, quotes.text, quotes.cue, quotes.article_id, quotes.start, quotes."end",
    quotes.cue_start, quotes.cue_end, quotes.kind from quotes"""


def _quotes_to_tag(
    db: sqlite_utils.Database, quote_ids: list[int] | None, *, only_untagged: bool
) -> list[tuple]:
    """The rows (:data:`QUOTE_ROW`) of the quotes :func:`tag_quotes` is asked to tag."""
    sql = QUOTE_ROW
    params: list[int] = []
    if quote_ids is not None:
        sql += f" where quotes.id in ({placeholders(quote_ids)})"
        params = quote_ids
    elif only_untagged:
        sql += " where quotes.id not in (select quote_id from quote_tags)"
    return db.execute(sql + " order by quotes.article_id, quotes.start", params).fetchall()


def _quote_spans(db: sqlite_utils.Database, rows: list[tuple]) -> Iterator[QuoteSpan]:
    """Each row's quote in its article (the quote text alone when the stored
    offsets no longer index it)."""
    article_ids = sorted({row[3] for row in rows})
    texts = dict(
        db.execute(f"select id, text from articles where id in ({placeholders(article_ids)})", article_ids)
    )
    for _, text, _, article_id, start, end, cue_start, cue_end, kind in rows:
        article = texts.get(article_id) or ""
        if article[start:end] != text:
            yield QuoteSpan(article=text, start=0, end=len(text), kind=kind or "direct")
            continue
        cue = (cue_start, cue_end) if cue_start is not None and cue_end is not None else (None, None)
        yield QuoteSpan(
            article=article, start=start, end=end, cue_start=cue[0], cue_end=cue[1], kind=kind or "direct"
        )


def _store_hits(db: sqlite_utils.Database, quote_id: int, hits: list[tuple[int, TagHit]]) -> int:
    """Replace the automatic tags of a quote with ``hits`` (tag id, hit), leaving
    out the tags an editor gave it; returns the number stored."""
    db.execute("delete from quote_tags where quote_id = ? and origin = 'auto'", [quote_id])
    editor = {
        row[0]
        for row in db.execute(
            "select tag_id from quote_tags where quote_id = ? and origin = 'editor'", [quote_id]
        )
    }
    stored = 0
    for tag, hit in hits:
        if tag in editor:
            continue
        row = {
            "quote_id": quote_id,
            "tag_id": tag,
            "target": hit.target,
            "confidence": hit.confidence,
            "evidence": hit.evidence,
            "origin": "auto",
            "suggestion": int(hit.suggestion),
        }
        insert_row(db, "quote_tags", row)
        stored += 1
    return stored


def tag_new_quotes(db: sqlite_utils.Database, *, taxonomy: Taxonomy | None = None) -> int:
    """The build's step: tag the quotes added since the last call that have no
    tag yet (see :mod:`quotes.store.changes`); the first call on a database tags
    every quote without a tag (:func:`tag_quotes` with ``only_untagged``).
    Quotes re-spanned by an editor are re-tagged by :mod:`quotes.enrich.curation`.
    Returns the number of tags stored."""
    todo = changes.pending(db, changes.STANCE_STEP)
    if todo.full:
        stored = tag_quotes(db, taxonomy=taxonomy, only_untagged=True)
    else:
        untagged: list[int] = []
        for ids in chunks(todo.inserted):
            tagged = {
                row[0]
                for row in db.execute(
                    f"select distinct quote_id from quote_tags where quote_id in ({placeholders(ids)})", ids
                )
            }
            untagged += [q for q in ids if q not in tagged]
        stored = tag_quotes(db, taxonomy=taxonomy, quote_ids=untagged) if untagged else 0
    changes.done(db, todo)
    return stored
