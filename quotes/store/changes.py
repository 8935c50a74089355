"""What changed in ``quotes`` since a post-build step last ran.

Triggers on ``quotes`` (created by the ``m003_change_log`` migration in
:mod:`quotes.store.db`) append one row to ``quote_changes`` for every quote
inserted, deleted, or updated in a column the post-build steps depend on
(speaker, text, offsets, role, affiliation, organization), with the speaker
and statement the quote had before the change. Each incremental step (gazetteer,
speaker roles, stance tags, statements) keeps in ``post_build_state`` the id of the
last change it has handled, so that a build only works on what is new:

    pending = changes.pending(db, "statements")
    if pending.full: ...redo everything...
    else: ...redo pending.speaker_ids...
    changes.done(db, pending)

A step that never ran on a database (``pending.full``) must do its whole
work once. Changes every step has handled are deleted, except the latest
(ids must keep growing, and SQLite gives a new row ``max(id) + 1``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from quotes.store.sql import chunks, placeholders

GAZETTEER_STEP = "gazetteer"
ROLES_STEP = "speaker_roles"
STANCE_STEP = "stance"
STATEMENTS_STEP = "statements"
STEPS = (GAZETTEER_STEP, ROLES_STEP, STANCE_STEP, STATEMENTS_STEP)
"""The steps that read the change log (a change is kept until all have seen it)."""

CHANGES_TABLE = "quote_changes"
STATE_TABLE = "post_build_state"

TRACKED_COLUMNS = (
    "speaker_id",
    "text",
    "start",
    "end",
    "role",
    "affiliation",
    "organization_id",
    "article_id",
)
"""Columns of ``quotes`` whose update is logged (not ``statement_id`` or the
stance columns, which the steps themselves write)."""

TRIGGERS = {
    "quotes_changes_insert": f"""after insert on quotes begin
        insert into {CHANGES_TABLE} (quote_id, op, speaker_id, statement_id)
        values (new.id, 'insert', new.speaker_id, new.statement_id); end""",
    "quotes_changes_delete": f"""after delete on quotes begin
        insert into {CHANGES_TABLE} (quote_id, op, speaker_id, statement_id)
        values (old.id, 'delete', old.speaker_id, old.statement_id); end""",
    "quotes_changes_update": f"""after update of {", ".join(f"[{c}]" for c in TRACKED_COLUMNS)} on quotes
        begin
        insert into {CHANGES_TABLE} (quote_id, op, speaker_id, statement_id)
        values (old.id, 'update', old.speaker_id, old.statement_id); end""",
}


def log_inserted(db: sqlite_utils.Database, *, after: int) -> None:
    """Log the quotes inserted after id ``after`` in one statement, as the
    insert trigger does row by row (a bulk load pauses it)."""
    db.execute(
        f"insert into {CHANGES_TABLE} (quote_id, op, speaker_id, statement_id) "
        "select id, 'insert', speaker_id, statement_id from quotes where id > ? order by id",
        [after],
    )


def create_triggers(db: sqlite_utils.Database) -> None:
    """(Re)create the triggers that fill ``quote_changes``."""
    for name, body in TRIGGERS.items():
        db.execute(f"drop trigger if exists {name}")
        db.execute(f"create trigger {name} {body}")


@dataclass
class Pending:
    """The changes step ``step`` has not handled yet (ids up to ``upto``).

    ``full`` means the step never ran on this database and must redo all its
    work. ``inserted`` are the new quotes still there; ``quote_ids`` every
    quote inserted, updated or deleted; ``speaker_ids`` the speakers those
    quotes had before and have now; ``statement_ids`` likewise."""

    step: str
    upto: int
    full: bool = False
    quote_ids: set[int] = field(default_factory=set)
    inserted: set[int] = field(default_factory=set)
    speaker_ids: set[int] = field(default_factory=set)
    statement_ids: set[int] = field(default_factory=set)

    @property
    def empty(self) -> bool:
        return not self.full and not self.quote_ids


def _tracking(db: sqlite_utils.Database) -> bool:
    return (
        db.execute(
            "select 1 from sqlite_master where type = 'table' and name = ?", [CHANGES_TABLE]
        ).fetchone()
        is not None
    )


def last_change(db: sqlite_utils.Database) -> int:
    """The id of the latest logged change (0 when there is none)."""
    return db.execute(f"select coalesce(max(id), 0) from {CHANGES_TABLE}").fetchone()[0]


def seen(db: sqlite_utils.Database, step: str) -> int | None:
    """The last change ``step`` handled, or None when it never ran here."""
    row = db.execute(f"select seen from {STATE_TABLE} where step = ?", [step]).fetchone()
    return row[0] if row else None


def pending(db: sqlite_utils.Database, step: str) -> Pending:
    """The changes ``step`` has not handled yet (see :class:`Pending`)."""
    if not _tracking(db):
        return Pending(step, 0, full=True)
    upto = last_change(db)
    since = seen(db, step)
    if since is None:
        return Pending(step, upto, full=True)
    result = Pending(step, upto)
    for quote_id, op, speaker_id, statement_id in db.execute(
        f"select quote_id, op, speaker_id, statement_id from {CHANGES_TABLE} where id > ? and id <= ?",
        [since, upto],
    ):
        result.quote_ids.add(quote_id)
        if op == "insert":
            result.inserted.add(quote_id)
        if speaker_id is not None:
            result.speaker_ids.add(speaker_id)
        if statement_id is not None:
            result.statement_ids.add(statement_id)
    existing: set[int] = set()
    for ids in chunks(result.quote_ids):
        for quote_id, speaker_id, statement_id in db.execute(
            f"select id, speaker_id, statement_id from quotes where id in ({placeholders(ids)})", ids
        ):
            existing.add(quote_id)
            if speaker_id is not None:
                result.speaker_ids.add(speaker_id)
            if statement_id is not None:
                result.statement_ids.add(statement_id)
    result.inserted &= existing
    return result


def done(db: sqlite_utils.Database, handled: Pending) -> None:
    """Record that ``handled.step`` has handled the changes up to
    ``handled.upto``; delete the changes every step has handled."""
    if not _tracking(db):
        return
    with db.atomic():
        db.execute(
            f"insert into {STATE_TABLE} (step, seen) values (?, ?) "
            f"on conflict (step) do update set seen = excluded.seen",
            [handled.step, handled.upto],
        )
        marks = dict(db.execute(f"select step, seen from {STATE_TABLE}").fetchall())
        if all(step in marks for step in STEPS):
            # The latest row stays: ids are max(id) + 1, and must never go back
            # to ids a step has handled already.
            db.execute(
                f"delete from {CHANGES_TABLE} where id <= ? and id < (select max(id) from {CHANGES_TABLE})",
                [min(marks[step] for step in STEPS)],
            )


def get_state(db: sqlite_utils.Database, step: str) -> str | None:
    """The fingerprint a step stored with :func:`set_state` (None if none)."""
    if not _tracking(db):
        return None
    row = db.execute(f"select fingerprint from {STATE_TABLE} where step = ?", [step]).fetchone()
    return row[0] if row else None


def set_state(db: sqlite_utils.Database, step: str, fingerprint: str) -> None:
    """Store a fingerprint for ``step`` (e.g. the gazetteer's, see :mod:`quotes.enrich.gazetteer`)."""
    if not _tracking(db):
        return
    db.execute(
        f"insert into {STATE_TABLE} (step, seen, fingerprint) values (?, 0, ?) "
        f"on conflict (step) do update set fingerprint = excluded.fingerprint",
        [step, fingerprint],
    )
