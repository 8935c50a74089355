"""Recording an editor's decisions (``quotes curate ...``).

Each command applies one decision to the database at once and, when it
applies, appends it to the curation file (:mod:`quotes.enrich.curation`), so
that every later build applies it again. A decision that cannot be applied
raises :class:`~quotes.enrich.curation.CurationError` and is not recorded.
"""

from __future__ import annotations

import difflib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from quotes.enrich.curation import (
    TAG_ACTIONS,
    CurationError,
    Decision,
    apply_decision,
    check_decision,
    load_decisions,
    quote_key,
    save_decisions,
    speaker_named,
    tidy_speakers,
)
from quotes.enrich.names import Names
from quotes.enrich.stance import STANCES


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def record(db: sqlite_utils.Database, path: str | Path, decision: Decision) -> Decision:
    """Apply ``decision`` to ``db`` now and append it to the curation file at
    ``path``. Raises :class:`CurationError` (and records nothing) when it
    cannot be applied."""
    decision = {**decision, "at": _now()}
    check_decision(decision)
    decisions = load_decisions(path)
    names = Names(db)
    with db.atomic():
        problem = apply_decision(names, decision)
        if problem:
            raise CurationError(problem)
        if decision["action"] not in TAG_ACTIONS:
            tidy_speakers(names)
    save_decisions(path, [*decisions, decision])
    return decision


def reassign(db: sqlite_utils.Database, path: str | Path, quote_id: int, speaker: str) -> Decision:
    """Attribute quote ``quote_id`` to ``speaker`` (created if unknown)."""
    return record(db, path, {"action": "reassign", "quote": quote_key(db, quote_id), "speaker": speaker})


def reject(
    db: sqlite_utils.Database, path: str | Path, quote_id: int, *, reason: str | None = None
) -> Decision:
    """Remove a false quote (and keep it out of every rebuild)."""
    decision: Decision = {"action": "reject", "quote": quote_key(db, quote_id)}
    if reason:
        decision["reason"] = reason
    return record(db, path, decision)


def fix_span(db: sqlite_utils.Database, path: str | Path, quote_id: int, start: int, end: int) -> Decision:
    """Set the quote's offsets in its article to ``start``-``end``."""
    return record(db, path, {"action": "span", "quote": quote_key(db, quote_id), "start": start, "end": end})


def known_tags(db: sqlite_utils.Database) -> list[str]:
    """The names of the stance tags of the database's taxonomy and of its
    ``tags`` table (tags editors created), sorted."""
    stored = {row[0] for row in db.execute("select name from tags")}
    return sorted(stored | {tag.name for tag in STANCES.for_database(db).tags})


def add_tag(
    db: sqlite_utils.Database,
    path: str | Path,
    quote_id: int,
    tag: str,
    *,
    target: str | None = None,
    new: bool = False,
) -> Decision:
    """Give the quote stance tag ``tag`` (with ``target``) as an editor. A tag
    that is not in the taxonomy is refused (a typo would make a tag of its
    own) unless ``new`` says to create it."""
    if not new and tag not in known_tags(db):
        close = difflib.get_close_matches(tag, known_tags(db), n=3)
        hint = f"did you mean {', '.join(close)}? " if close else ""
        raise CurationError(
            f"there is no stance tag {tag!r}: {hint}(quotes curate tag ... --new creates a new tag)"
        )
    key = quote_key(db, quote_id)
    decision: Decision = {"action": "tag", "quote": key, "tag": tag}
    if target:
        decision["target"] = target
    return record(db, path, decision)


def remove_tag(
    db: sqlite_utils.Database, path: str | Path, quote_id: int, tag: str, *, target: str | None = None
) -> Decision:
    """Remove stance tag ``tag`` (only with ``target``, if given) from the quote."""
    key = quote_key(db, quote_id)
    sql = "select 1 from quote_tags join tags on tags.id = tag_id where quote_id = ? and tags.name = ?"
    params: list[Any] = [quote_id, tag]
    if target:
        sql += " and target = ?"
        params.append(target)
    if not db.execute(sql, params).fetchone():
        raise CurationError(
            f"quote {quote_id} has no tag {tag!r}" + (f" with target {target!r}" if target else "")
        )
    decision: Decision = {"action": "untag", "quote": key, "tag": tag}
    if target:
        decision["target"] = target
    return record(db, path, decision)


def merge_speakers(db: sqlite_utils.Database, path: str | Path, into: str, other: str) -> Decision:
    """Make speaker ``other`` part of speaker ``into`` (its name becomes an alias)."""
    names = Names(db)
    for name in (into, other):
        if speaker_named(names, name) is None:
            raise CurationError(f"there is no speaker called {name!r} in the database")
    return record(db, path, {"action": "merge-speakers", "into": into, "speaker": other})


def split_speaker(
    db: sqlite_utils.Database,
    path: str | Path,
    speaker: str,
    new: str,
    quote_ids: list[int],
    *,
    role: str | None = None,
    affiliation: str | None = None,
) -> Decision:
    """Move quotes ``quote_ids`` of ``speaker`` to a separate speaker ``new``."""
    speaker_id = speaker_named(Names(db), speaker)
    if speaker_id is None:
        raise CurationError(f"there is no speaker called {speaker!r} in the database")
    for quote_id in quote_ids:
        row = db.execute("select speaker_id from quotes where id = ?", [quote_id]).fetchone()
        if row is None or row[0] != speaker_id:
            raise CurationError(f"quote {quote_id} is not attributed to {speaker!r}")
    decision: Decision = {
        "action": "split-speaker",
        "speaker": speaker,
        "new": new,
        "quotes": [quote_key(db, q) for q in quote_ids],
    }
    if role:
        decision["role"] = role
    if affiliation:
        decision["affiliation"] = affiliation
    return record(db, path, decision)
