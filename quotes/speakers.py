"""Turning the speaker of an extracted quote into a row of the ``speakers`` table."""

from __future__ import annotations

import sqlite_utils

from .records import Article, Quote


def organization_id(db: sqlite_utils.Database, name: str | None) -> int | None:
    """The id of the organization called ``name``, created if it is new."""
    if not name:
        return None
    row = db.execute("select id from organizations where name = ?", [name]).fetchone()
    if row:
        return row[0]
    return db["organizations"].insert({"name": name, "aliases": "[]"}).last_pk


def resolve_speaker(db: sqlite_utils.Database, quote: Quote, article: Article) -> int | None:
    """The id of the speaker row for ``quote`` (created if needed), or None when the
    quote has no speaker. Matches on exact name and kind; role and affiliation of
    the speaker row are updated from the quote when it states them."""
    if not quote.speaker:
        return None
    kind = quote.speaker_kind or "person"
    row = db.execute(
        "select id from speakers where name = ? and kind = ?", [quote.speaker, kind]
    ).fetchone()
    updates = {}
    if quote.role:
        updates["role"] = quote.role
    if quote.affiliation:
        updates["affiliation"] = quote.affiliation
        updates["organization_id"] = organization_id(db, quote.affiliation)
    if row:
        if updates:
            db["speakers"].update(row[0], updates)
        return row[0]
    return db["speakers"].insert({"name": quote.speaker, "kind": kind, "aliases": "[]", **updates}).last_pk
