"""The speakers of quotes loaded in bulk: the first post-build step.

``quotes load`` stores quotes without their ``speakers`` and
``organizations`` rows, keeping each quote's speaker as extracted in
``pending_speakers`` (:mod:`quotes.store.bulk`). :func:`resolve_pending_speakers`
finds those rows with the build's own :class:`~quotes.enrich.speakers.SpeakerDirectory`,
quote by quote in the order they were loaded, and updates each quote as soon
as it is resolved, as a build writes each quote once its speaker is found:
the rules then see the same speakers, in the same order, and give the same
rows.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from quotes.enrich.speakers import SpeakerDirectory
from quotes.progress import Counter, OnProgress
from quotes.records import Article, Quote
from quotes.store.bulk import PENDING_TABLE
from quotes.store.sql import placeholders, update_if_changed

RESOLVE_CHUNK = 2_000
"""Quotes resolved per transaction."""
PENDING_SQL = f"""select quotes.id, {PENDING_TABLE}.speaker, {PENDING_TABLE}.speaker_kind, quotes.text,
    quotes.start, quotes."end", quotes.kind, quotes.role, quotes.affiliation, quotes.article_id
from {PENDING_TABLE} join quotes on quotes.id = {PENDING_TABLE}.id
where {PENDING_TABLE}.id > ? order by {PENDING_TABLE}.id limit ?"""


def resolve_pending_speakers(db: sqlite_utils.Database, *, on_progress: OnProgress | None = None) -> int:
    """Find the speaker and organization rows of every quote waiting in
    ``pending_speakers``, update the quotes and empty the table; returns how
    many quotes were resolved. ``on_progress`` hears of each chunk done."""
    total = db.execute(f"select count(*) from {PENDING_TABLE}").fetchone()[0]
    if not total:
        return 0
    done = Counter(on_progress, task="speakers found", total=total, unit="quotes")
    done.start()
    directory = SpeakerDirectory(db)
    last = 0
    while rows := db.execute(PENDING_SQL, [last, RESOLVE_CHUNK]).fetchall():
        with db.atomic():
            articles = _articles(db, {row[-1] for row in rows})
            for row in rows:
                _resolve(db, directory, row, articles[row[-1]])
            db.execute(f"delete from {PENDING_TABLE} where id <= ?", [rows[-1][0]])
        last = rows[-1][0]
        done.advance(len(rows))
    return done.done


def _articles(db: sqlite_utils.Database, ids: set[int]) -> dict[int, Article]:
    """The :class:`Article` records the speaker rules read, by article id."""
    chosen = sorted(ids)
    return {
        article_id: Article(text=text, title=title, published=published, outlet=outlet, source=source)
        for article_id, text, title, published, outlet, source in db.execute(
            f"select id, text, title, published, outlet, source from articles where id in ({placeholders(chosen)})",
            chosen,
        )
    }


def _resolve(
    db: sqlite_utils.Database, directory: SpeakerDirectory, row: tuple[Any, ...], article: Article
) -> None:
    """Resolve one pending quote and store its speaker and organization."""
    quote_id, speaker, speaker_kind, text, start, end, kind, role, affiliation, _ = row
    quote = Quote(
        text=text,
        start=start,
        end=end,
        kind=kind,
        speaker=speaker,
        speaker_kind=speaker_kind,
        role=role,
        affiliation=affiliation,
    )
    found = {
        "speaker_id": directory.speaker_id(quote, article),
        "organization_id": directory.organization_id(quote, article),
    }
    update_if_changed(
        db, "quotes", quote_id, {name: value for name, value in found.items() if value is not None}
    )
