"""Editorial corrections that survive rebuilds (``db/quotes.curation.yml``).

An editor's decisions (reassign a quote's speaker, reject a false quote, fix a
span, add or remove a stance tag, merge or split speakers) are written to a
YAML file beside the database, named after it (``quotes.curation.yml`` for
``quotes.db``, so that no file of the repository is ever edited), and applied
at the end of every build
(:func:`apply_curation`), so rebuilding the database from the same articles
never loses them.

Quotes are keyed by what survives a rebuild: the article's hash and the quote's
offsets, with the quote text as a fallback when the offsets moved (a new
extractor version) -- see :func:`find_quote`. Speakers are keyed by name. A
decision whose quote or speaker no longer exists is reported (the build
summary's warnings, ``quotes curate list``), never silently dropped.

Edited quotes get ``quotes.origin = 'editor'``; tags an editor adds have
``quote_tags.origin = 'editor'``. The ``quotes curate`` commands that record
decisions are in :mod:`quotes.enrich.editing`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils
import yaml

from quotes.enrich.gazetteer import forget_applied, name_key
from quotes.enrich.names import Names
from quotes.enrich.speakers import find_speaker, refresh_changed_speaker_roles, remove_unused_speakers
from quotes.enrich.stance import tag_id, tag_quotes, update_stance_columns
from quotes.enrich.yamlfiles import read_yaml
from quotes.errors import QuotesError
from quotes.store.sql import beside, database_file, insert_row

CURATION_SUFFIX = ".curation.yml"
"""The curation file of ``NAME.db`` is ``NAME.curation.yml`` beside it."""
LEGACY_CURATION_FILE = "curation.yml"
"""Where older versions kept the decisions (beside the database): no longer read."""
QUOTE_ACTIONS = ("reassign", "reject", "span", "tag", "untag")
"""The actions about one quote (keyed by ``quote``)."""
ACTIONS = (*QUOTE_ACTIONS, "merge-speakers", "split-speaker")
HEADER = """\
# Editorial decisions, applied at the end of every `quotes build` (quotes.enrich.curation).
# Written by `quotes curate ...`; safe to edit by hand. Each decision has an
# `action` (reassign, reject, span, tag, untag, merge-speakers, split-speaker).
# Quotes are keyed by article hash + offsets, with the text as a fallback:
#   quote: {article: SHA256, start: N, end: N, text: "..."}
# A decision whose quote or speaker is gone is reported by the build and by
# `quotes curate list`.
"""


Decision = dict[str, Any]
"""One editorial decision as written in the curation file."""
QuoteKey = dict[str, Any]
"""What a decision names a quote by: ``article`` (hash), ``start``, ``end``, ``text``."""


class CurationError(QuotesError):
    """A curation decision or file is invalid."""


@dataclass
class CurationReport:
    """What applying the curation file did: ``missing`` holds one message per
    decision that found no quote or speaker."""

    applied: int = 0
    missing: list[str] = field(default_factory=list)


def default_curation_path(db_path: str | Path | None) -> Path:
    """The curation file beside the database, named after it
    (``db/quotes.curation.yml`` for ``db/quotes.db``)."""
    if db_path is None or str(db_path) == ":memory:":
        db_path = Path("db") / "quotes.db"
    return beside(db_path, CURATION_SUFFIX)


def legacy_curation_warning(db_path: str | Path | None) -> str | None:
    """A warning when decisions sit in the file older versions used and the
    database's own curation file does not exist yet (they are not applied)."""
    if db_path is None or str(db_path) == ":memory:":
        return None
    legacy = Path(db_path).parent / LEGACY_CURATION_FILE
    current = default_curation_path(db_path)
    if legacy.is_file() and not current.exists() and load_decisions(legacy):
        return f"{legacy} is no longer read: rename it to {current} to apply its decisions"
    return None


def load_decisions(path: str | Path) -> list[Decision]:
    """The decisions in the curation file (an empty list if it does not exist)."""
    path = Path(path)
    if not path.exists():
        return []
    data = read_yaml(path, error=CurationError)
    decisions = (data or {}).get("decisions") if isinstance(data, (dict, type(None))) else None
    if decisions is None:
        return []
    if not isinstance(decisions, list):
        raise CurationError(f"{path}: 'decisions' must be a list")
    for i, decision in enumerate(decisions):
        check_decision(decision, where=f"{path}: decisions[{i}]")
    return decisions


def save_decisions(path: str | Path, decisions: list[Decision]) -> None:
    """Write ``decisions`` to the curation file (atomically: a temporary file, then a rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = yaml.safe_dump({"decisions": decisions}, sort_keys=False, allow_unicode=True, width=100)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(HEADER + body, encoding="utf-8")
    tmp.replace(path)


def _need(decision: dict, key: str, where: str) -> None:
    if decision.get(key) in (None, ""):
        raise CurationError(f"{where}: a {decision.get('action')} decision needs '{key}'")


def check_decision(decision: Any, *, where: str = "decision") -> None:
    """Raise :class:`CurationError` unless ``decision`` is well formed."""
    if not isinstance(decision, dict) or decision.get("action") not in ACTIONS:
        raise CurationError(f"{where}: 'action' must be one of {', '.join(ACTIONS)}")
    action = decision["action"]
    if action in QUOTE_ACTIONS:
        key = decision.get("quote")
        if not isinstance(key, dict) or (not key.get("text") and not key.get("article")):
            raise CurationError(f"{where}: a {action} decision needs 'quote' with article, start, end, text")
    if action == "reassign":
        _need(decision, "speaker", where)
    if action == "span" and not (
        isinstance(decision.get("start"), int) and isinstance(decision.get("end"), int)
    ):
        raise CurationError(f"{where}: a span decision needs integer 'start' and 'end'")
    if action in ("tag", "untag"):
        _need(decision, "tag", where)
    if action == "merge-speakers":
        _need(decision, "into", where)
        _need(decision, "speaker", where)
    if action == "split-speaker":
        _need(decision, "speaker", where)
        _need(decision, "new", where)
        if not isinstance(decision.get("quotes"), list) or not decision["quotes"]:
            raise CurationError(f"{where}: a split-speaker decision needs a list of 'quotes'")


def quote_key(db: sqlite_utils.Database, quote_id: int) -> QuoteKey:
    """The stable key of quote ``quote_id``: article hash, offsets and text."""
    row = db.execute(
        """select articles.hash, quotes.start, quotes."end", quotes.text from quotes
        join articles on articles.id = quotes.article_id where quotes.id = ?""",
        [quote_id],
    ).fetchone()
    if row is None:
        raise CurationError(f"there is no quote {quote_id} in the database")
    return {"article": row[0], "start": row[1], "end": row[2], "text": row[3]}


def find_quote(
    db: sqlite_utils.Database, key: QuoteKey, *, also: tuple[int, int] | None = None
) -> int | None:
    """The id of the quote ``key`` names: same article and offsets; else
    same article and text (offsets moved); else the one quote anywhere with
    that text. ``also`` is another ``(start, end)`` to accept in the same
    article (where an applied span decision moved the quote)."""
    article = db.execute("select id from articles where hash = ?", [key.get("article")]).fetchone()
    if article:
        for start, end in [(key.get("start"), key.get("end")), *([also] if also else [])]:
            row = db.execute(
                'select id from quotes where article_id = ? and start = ? and "end" = ?',
                [article[0], start, end],
            ).fetchone()
            if row:
                return row[0]
        if key.get("text"):
            rows = db.execute(
                "select id from quotes where article_id = ? and text = ?", [article[0], key["text"]]
            ).fetchall()
            if len(rows) == 1:
                return rows[0][0]
    if key.get("text"):
        rows = db.execute("select id from quotes where text = ?", [key["text"]]).fetchall()
        if len(rows) == 1:
            return rows[0][0]
    return None


def _describe(key: QuoteKey) -> str:
    text = (key.get("text") or "")[:50]
    return f"quote {text!r} (article {str(key.get('article'))[:12]}, {key.get('start')}-{key.get('end')})"


def speaker_named(
    names: Names,
    name: str,
    *,
    create: bool = False,
    kind: str = "person",
    role: str | None = None,
    affiliation: str | None = None,
) -> int | None:
    """The id of the speaker called ``name`` (or with that alias), created
    with ``source='editor'`` when ``create`` is true and there is none."""
    found = find_speaker(names, name)
    if found is not None or not create:
        return found
    row = {
        "name": name.strip(),
        "kind": kind,
        "aliases": "[]",
        "source": "editor",
        "role": role,
        "affiliation": affiliation,
    }
    return names.insert("speakers", {k: v for k, v in row.items() if v is not None})


def _mark_edited(db: sqlite_utils.Database, quote_id: int) -> None:
    db.execute("update quotes set origin = 'editor' where id = ? and origin != 'editor'", [quote_id])


def _apply_reassign(names: Names, decision: Decision) -> str | None:
    db = names.db
    quote_id = find_quote(db, decision["quote"])
    if quote_id is None:
        return f"reassign: {_describe(decision['quote'])} not found"
    speaker_id = speaker_named(names, decision["speaker"], create=True, kind=decision.get("kind", "person"))
    db.execute(
        "update quotes set speaker_id = ? where id = ? and speaker_id is not ?",
        [speaker_id, quote_id, speaker_id],
    )
    _mark_edited(db, quote_id)
    return None


def _apply_reject(names: Names, decision: Decision) -> str | None:
    db = names.db
    quote_id = find_quote(db, decision["quote"])
    if quote_id is None:
        if _article_stored(db, decision["quote"]):
            return None  # the article is there and the quote is not: rejected already
        return f"reject: {_describe(decision['quote'])} not found"
    db.execute("delete from quotes where id = ?", [quote_id])
    return None


def _article_stored(db: sqlite_utils.Database, key: QuoteKey) -> bool:
    """True when the article of the quote ``key`` names is in the database."""
    return db.execute("select 1 from articles where hash = ?", [key.get("article")]).fetchone() is not None


def _apply_span(names: Names, decision: Decision) -> str | None:
    db = names.db
    start, end = decision["start"], decision["end"]
    quote_id = find_quote(db, decision["quote"], also=(start, end))
    if quote_id is None:
        return f"span: {_describe(decision['quote'])} not found"
    text = db.execute(
        "select articles.text from quotes join articles on articles.id = quotes.article_id "
        "where quotes.id = ?",
        [quote_id],
    ).fetchone()[0]
    if not 0 <= start < end <= len(text):
        return f"span: {start}-{end} is outside the article of {_describe(decision['quote'])}"
    current = db.execute('select start, "end", text from quotes where id = ?', [quote_id]).fetchone()
    if tuple(current) != (start, end, text[start:end]):
        db.execute(
            'update quotes set start = ?, "end" = ?, text = ? where id = ?',
            [start, end, text[start:end], quote_id],
        )
        tag_quotes(db, quote_ids=[quote_id])
    _mark_edited(db, quote_id)
    return None


def _apply_tag(names: Names, decision: Decision, *, also: tuple[int, int] | None = None) -> str | None:
    db = names.db
    quote_id = find_quote(db, decision["quote"], also=also)
    if quote_id is None:
        return f"{decision['action']}: {_describe(decision['quote'])} not found"
    tid = tag_id(db, decision["tag"])
    target = decision.get("target")
    if decision["action"] == "tag":
        _add_editor_tag(
            db, quote_id, tid, target=target, evidence=f"editor decision {decision.get('at', '')}"
        )
    else:
        sql = "delete from quote_tags where quote_id = ? and tag_id = ?"
        params = [quote_id, tid]
        if target:
            sql += " and target = ?"
            params.append(target)
        db.execute(sql, params)
    _mark_edited(db, quote_id)
    update_stance_columns(db, [quote_id])
    return None


def _add_editor_tag(
    db: sqlite_utils.Database, quote_id: int, tag: int, *, target: str | None, evidence: str
) -> None:
    """Give the quote ``tag`` as an editor's: it replaces the tagger's, once."""
    db.execute(
        "delete from quote_tags where quote_id = ? and tag_id = ? and origin = 'auto'", [quote_id, tag]
    )
    if db.execute(
        "select 1 from quote_tags where quote_id = ? and tag_id = ? and target is ? and origin = 'editor'",
        [quote_id, tag, target],
    ).fetchone():
        return
    row = {
        "quote_id": quote_id,
        "tag_id": tag,
        "target": target,
        "confidence": 1.0,
        "evidence": evidence.strip(),
        "origin": "editor",
        "suggestion": 0,
    }
    insert_row(db, "quote_tags", row)


def _apply_merge(names: Names, decision: Decision) -> str | None:
    db = names.db
    into = speaker_named(names, decision["into"])
    other = speaker_named(names, decision["speaker"])
    if into is None and other is None:
        return f"merge-speakers: neither {decision['into']!r} nor {decision['speaker']!r} is in the database"
    if other is None or other == into:
        return None  # already one speaker
    if into is None:
        names.update("speakers", other, {"name": decision["into"], "source": "editor"})
        forget_applied(db)  # the gazetteer may describe the new name
        return None
    name, aliases = db.execute("select name, aliases from speakers where id = ?", [other]).fetchone()
    kept = db.execute("select aliases from speakers where id = ?", [into]).fetchone()[0]
    merged = sorted(set(json.loads(kept or "[]")) | set(json.loads(aliases or "[]")) | {name})
    db.execute("update quotes set speaker_id = ?, origin = 'editor' where speaker_id = ?", [into, other])
    db.execute("update statements set speaker_id = ? where speaker_id = ?", [into, other])
    names.update("speakers", into, {"aliases": json.dumps(merged)})
    names.delete("speakers", [other])
    return None


def _apply_split(names: Names, decision: Decision) -> str | None:
    db = names.db
    missing = []
    new_id = None
    for key in decision["quotes"]:
        quote_id = find_quote(db, key)
        if quote_id is None:
            missing.append(_describe(key))
            continue
        if new_id is None:
            new_id = speaker_named(
                names,
                decision["new"],
                create=True,
                role=decision.get("role"),
                affiliation=decision.get("affiliation"),
            )
            new_name = db.execute("select name from speakers where id = ?", [new_id]).fetchone()[0]
            if name_key(new_name) == name_key(decision["speaker"]):
                return f"split-speaker: the new name {decision['new']!r} is the speaker being split"
        db.execute(
            "update quotes set speaker_id = ? where id = ? and speaker_id is not ?",
            [new_id, quote_id, new_id],
        )
        _mark_edited(db, quote_id)
    if missing:
        return f"split-speaker {decision['speaker']!r}: {', '.join(missing)} not found"
    return None


_APPLY = {
    "reassign": _apply_reassign,
    "reject": _apply_reject,
    "span": _apply_span,
    "tag": _apply_tag,
    "untag": _apply_tag,
    "merge-speakers": _apply_merge,
    "split-speaker": _apply_split,
}
TAG_ACTIONS = ("tag", "untag")
"""The actions applied after all others (see :func:`apply_decisions`)."""

Moves = dict[tuple[Any, Any, Any], tuple[int, int]]
"""The keys (article, start, end) of quotes a span decision moved, and their new offsets."""


def apply_decision(names: Names, decision: Decision, *, moves: Moves | None = None) -> str | None:
    """Apply one decision; returns ``None``, or a message when its quote or
    speaker is not in the database. ``moves`` maps the keys of quotes an
    earlier span decision moved to their new offsets."""
    check_decision(decision)
    key = decision.get("quote") or {}
    moved_key = (key.get("article"), key.get("start"), key.get("end"))
    if decision["action"] in TAG_ACTIONS:
        return _apply_tag(names, decision, also=(moves or {}).get(moved_key))
    problem = _APPLY[decision["action"]](names, decision)
    if problem is None and decision["action"] == "span" and moves is not None:
        moves[moved_key] = (decision["start"], decision["end"])
    return problem


def tidy_speakers(names: Names) -> None:
    """After decisions that moved quotes between speakers: drop the speakers
    left without quotes, and give the others the latest role their quotes state."""
    remove_unused_speakers(names)
    refresh_changed_speaker_roles(names)


def apply_decisions(db: sqlite_utils.Database, decisions: list[Decision]) -> CurationReport:
    """Apply ``decisions``: first those that change quotes and speakers, then
    tag decisions (so re-tagging a re-spanned quote cannot undo an editor's
    tag), each group in file order. Unused speakers are removed at the end."""
    report = CurationReport()
    ordered = [d for d in decisions if d["action"] not in TAG_ACTIONS] + [
        d for d in decisions if d["action"] in TAG_ACTIONS
    ]
    moves: Moves = {}
    names = Names(db)
    with db.atomic():
        for decision in ordered:
            problem = apply_decision(names, decision, moves=moves)
            if problem:
                report.missing.append(problem)
            else:
                report.applied += 1
        if any(d["action"] not in TAG_ACTIONS for d in decisions):
            tidy_speakers(names)
    return report


def apply_curation(db: sqlite_utils.Database, path: str | Path | None = None) -> CurationReport:
    """Apply the curation file (default: :func:`default_curation_path`)."""
    path = Path(path) if path else default_curation_path(database_file(db))
    return apply_decisions(db, load_decisions(path))


def decision_status(db: sqlite_utils.Database, decisions: list[Decision]) -> list[tuple[Decision, str]]:
    """Each decision with ``'applies'`` or the reason it does not (quote or
    speaker not found), without changing the database."""
    names = Names(db)
    result = []
    for decision in decisions:
        action = decision["action"]
        if action in QUOTE_ACTIONS:
            also = (decision["start"], decision["end"]) if action == "span" else None
            found = find_quote(db, decision["quote"], also=also) is not None
            if not found and action == "reject":
                found = _article_stored(db, decision["quote"])
            result.append((decision, "applies" if found else f"{_describe(decision['quote'])} not found"))
        elif action == "merge-speakers":
            either = any(speaker_named(names, decision[role]) is not None for role in ("into", "speaker"))
            result.append((decision, "applies" if either else "neither speaker found"))
        else:
            missing = [k for k in decision["quotes"] if find_quote(db, k) is None]
            result.append((decision, "applies" if not missing else f"{len(missing)} quote(s) not found"))
    return result


def describe_decision(decision: Decision) -> str:
    """One line for people describing ``decision``, with its reason when it has one."""
    reason = decision.get("reason")
    described = _described(decision)
    return f"{described} (reason: {reason})" if reason else described


def _described(decision: Decision) -> str:
    action = decision["action"]
    if action == "merge-speakers":
        return f"merge-speakers {decision['speaker']!r} into {decision['into']!r}"
    if action == "split-speaker":
        return f"split-speaker {len(decision['quotes'])} quote(s) of {decision['speaker']!r} to {decision['new']!r}"
    what = _describe(decision["quote"])
    if action == "reassign":
        return f"reassign {what} to {decision['speaker']!r}"
    if action == "span":
        return f"span {what} to {decision['start']}-{decision['end']}"
    if action in ("tag", "untag"):
        target = f" (target {decision['target']!r})" if decision.get("target") else ""
        return f"{action} {what} {decision['tag']!r}{target}"
    return f"{action} {what}"
