"""Stance tags: what a speaker does in a quote (criticizes, warns, urges...) and toward what.

The taxonomy lives in ``db/stances.yml`` (see the comments there): tags with a
description, the cue words and text patterns that signal them, and the targets
a stance can be about. :func:`tag_text` is the pure tagger: it takes a quote's
text (and its attribution cue) and returns :class:`TagHit` records with a
confidence and the evidence that fired. :func:`tag_quotes` stores the hits in
``quote_tags`` (``origin='auto'``; hits under the threshold as
``suggestion=1``) and the accepted tags in ``quotes.stance_tags``.

How well the tagger does is measured by :mod:`quotes.evaluation.stance_scoring`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from quotes.enrich.gazetteer import Gazetteer, gazetteer_for
from quotes.enrich.yamlfiles import NewsroomFile
from quotes.errors import QuotesError
from quotes.store import changes
from quotes.store.sql import chunks, insert_row, placeholders, update_if_changed

CUE_WEIGHT = 0.85
PATTERN_WEIGHT = 0.5


class StanceError(QuotesError):
    """The stance taxonomy or the labels file is missing or malformed."""


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern
    weight: float

    @property
    def source(self) -> str:
        return self.pattern.pattern


@dataclass
class TagDef:
    name: str
    label: str
    description: str
    beat: str = "general"
    cues: list[Rule] = field(default_factory=list)
    patterns: list[Rule] = field(default_factory=list)
    fallback: bool = False
    default_target: str | None = None


@dataclass
class TargetDef:
    name: str
    patterns: list[re.Pattern]


@dataclass
class Taxonomy:
    tags: list[TagDef]
    targets: list[TargetDef]
    threshold: float = 0.6
    minimum: float = 0.3

    def tag(self, name: str) -> TagDef | None:
        return next((t for t in self.tags if t.name == name), None)


@dataclass
class TagHit:
    """One tag the tagger assigns to a quote. ``evidence`` says why (the rule
    and the words that fired); ``start``/``end`` are the offsets in the quote
    text of the strongest words (``None`` when only the cue fired)."""

    tag: str
    confidence: float
    evidence: str
    target: str | None = None
    suggestion: bool = False
    start: int | None = None
    end: int | None = None


def _compile(pattern: str, where: str) -> re.Pattern:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as error:
        raise StanceError(f"{where}: bad pattern {pattern!r} ({error})") from None


def _rules(raw: Any, where: str, default_weight: float) -> list[Rule]:
    rules = []
    for item in raw or []:
        if isinstance(item, str):
            rules.append(Rule(_compile(item, where), default_weight))
        elif isinstance(item, dict) and isinstance(item.get("pattern"), str):
            weight = item.get("weight", default_weight)
            if not isinstance(weight, (int, float)) or not 0 < weight <= 1:
                raise StanceError(f"{where}: weight must be a number in (0, 1], got {weight!r}")
            rules.append(Rule(_compile(item["pattern"], where), float(weight)))
        else:
            raise StanceError(
                f"{where}: a rule is a pattern string or {{pattern: ..., weight: ...}}, got {item!r}"
            )
    return rules


def parse_taxonomy(data: Any, *, path: str = "stances") -> Taxonomy:
    """Build a :class:`Taxonomy` from parsed YAML; ``path`` names the file in errors."""
    if not isinstance(data, dict) or not isinstance(data.get("tags"), list):
        raise StanceError(f"{path}: expected a mapping with a 'tags' list")
    tags = []
    for i, raw in enumerate(data["tags"]):
        where = f"{path}: tags[{i}]"
        if not isinstance(raw, dict) or not raw.get("name"):
            raise StanceError(f"{where}: each tag needs a 'name'")
        if not raw.get("description"):
            raise StanceError(f"{where} ({raw['name']}): each tag needs a 'description'")
        tags.append(
            TagDef(
                name=str(raw["name"]),
                label=str(raw.get("label") or raw["name"]),
                description=str(raw["description"]),
                beat=str(raw.get("beat") or "general"),
                cues=_rules(raw.get("cues"), f"{where} ({raw['name']}) cues", CUE_WEIGHT),
                patterns=_rules(raw.get("patterns"), f"{where} ({raw['name']}) patterns", PATTERN_WEIGHT),
                fallback=bool(raw.get("fallback", False)),
                default_target=raw.get("default_target"),
            )
        )
    names = [t.name for t in tags]
    if len(names) != len(set(names)):
        raise StanceError(f"{path}: tag names must be unique")
    targets = []
    for i, raw in enumerate(data.get("targets") or []):
        where = f"{path}: targets[{i}]"
        if not isinstance(raw, dict) or not raw.get("name"):
            raise StanceError(f"{where}: each target needs a 'name'")
        targets.append(TargetDef(str(raw["name"]), [_compile(p, where) for p in raw.get("patterns") or []]))
    threshold = float(data.get("threshold", 0.6))
    minimum = float(data.get("minimum", 0.3))
    return Taxonomy(tags=tags, targets=targets, threshold=threshold, minimum=minimum)


STANCES = NewsroomFile(
    name="stances.yml", env="QUOTES_STANCES", what="stance taxonomy", parse=parse_taxonomy, error=StanceError
)
"""``$QUOTES_STANCES`` if set; else ``stances.yml`` beside the database if
there is one; else the project's ``db/stances.yml``."""


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Read the taxonomy at ``path`` (default: the project's, or ``$QUOTES_STANCES``)."""
    return STANCES.load(path)


def people_targets(gazetteer: Gazetteer | None) -> list[TargetDef]:
    """Targets for the people of the gazetteer: full name, aliases, and the
    surname when no other known person shares it."""
    if gazetteer is None:
        return []
    surname_owners: dict[str, list[str]] = {}
    for entry in gazetteer.people:
        for surname in entry.surnames():
            surname_owners.setdefault(surname, []).append(entry.name)
    targets = []
    for entry in gazetteer.people:
        if entry.kind != "person":
            continue
        names = [entry.name, *entry.plain_aliases]
        names += [s for s in entry.surnames() if len(surname_owners[s]) == 1 and len(s) > 2]
        patterns = [
            re.compile(
                r"(?<!\w)" + re.escape(n).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+") + r"(?!\w)",
                re.IGNORECASE,
            )
            for n in names
        ]
        targets.append(TargetDef(entry.name, patterns))
    return targets


def find_targets(text: str, targets: Sequence[TargetDef]) -> list[tuple[int, int, str]]:
    """Mentions of targets in ``text``: ``(start, end, target name)``, longest first
    where they overlap (``North Korea's foreign ministry`` before ``North Korea``)."""
    found = []
    for order, target in enumerate(targets):
        for pattern in target.patterns:
            for m in pattern.finditer(text):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), target.name, order))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[3]))
    kept: list[tuple[int, int, str, int]] = []
    for item in found:
        if not any(item[0] < k[1] and k[0] < item[1] for k in kept):
            kept.append(item)
    return sorted((s, e, name) for s, e, name, _ in kept)


def _nearest_target(mentions: list[tuple[int, int, str]], start: int | None, end: int | None) -> str | None:
    if not mentions:
        return None
    if start is None:
        return mentions[0][2]

    def distance(m):
        return 0 if m[0] < end and start < m[1] else min(abs(m[0] - end), abs(start - m[1]))

    return min(mentions, key=lambda m: (distance(m), m[0]))[2]


_NEGATION = re.compile(r"\b(not|never|no|nor|n't|without)\s+(\w+\s+){0,2}$", re.IGNORECASE)


def negated(text: str, start: int) -> bool:
    """True when the words just before ``start`` negate what follows
    (``will not support``, ``never said``)."""
    return _NEGATION.search(text[max(0, start - 30) : start].replace("n\u2019t", "n't")) is not None


def _search(rule: Rule, text: str) -> re.Match | None:
    for m in rule.pattern.finditer(text):
        if not negated(text, m.start()):
            return m
    return None


def _score(tag: TagDef, text: str, cue: str | None) -> tuple[float, list[str], tuple[int | None, int | None]]:
    remaining = 1.0
    evidence: list[str] = []
    best: tuple[float, int | None, int | None] = (0.0, None, None)
    if cue:
        for rule in tag.cues:
            m = _search(rule, cue)
            if m:
                remaining *= 1 - rule.weight
                evidence.append(f"cue {m.group(0).strip()!r} ~ /{rule.source}/")
                break
    for rule in tag.patterns:
        m = _search(rule, text)
        if m:
            remaining *= 1 - rule.weight
            evidence.append(
                f"text {m.group(0)!r} ~ /{rule.source[:60]}{'...' if len(rule.source) > 60 else ''}/"
            )
            if rule.weight > best[0]:
                best = (rule.weight, m.start(), m.end())
    return round(1 - remaining, 3), evidence, best[1:]


def tag_text(
    text: str, *, cue: str | None = None, taxonomy: Taxonomy, extra_targets: Sequence[TargetDef] = ()
) -> list[TagHit]:
    """The stance tags of a quote: its ``text`` and attribution ``cue``.

    Returns one :class:`TagHit` per tag whose evidence reaches the taxonomy's
    ``minimum``; hits under ``threshold`` are marked ``suggestion``. A
    fallback tag (``analyzes``) is only returned when no other tag is accepted.
    """
    mentions = find_targets(text, [*extra_targets, *taxonomy.targets])
    hits: list[TagHit] = []
    fallbacks: list[TagHit] = []
    for tag in taxonomy.tags:
        confidence, evidence, (start, end) = _score(tag, text, cue)
        if confidence < taxonomy.minimum:
            continue
        target = _nearest_target(mentions, start, end) or tag.default_target
        hit = TagHit(
            tag=tag.name,
            confidence=confidence,
            evidence="; ".join(evidence),
            target=target,
            suggestion=confidence < taxonomy.threshold,
            start=start,
            end=end,
        )
        (fallbacks if tag.fallback else hits).append(hit)
    if not any(not h.suggestion for h in hits):
        hits.extend(fallbacks)
    return hits


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
        people = []
    ids = sync_tags(db, taxonomy)
    chosen = None if quote_ids is None else list(quote_ids)
    if chosen == []:
        return 0
    rows = _quotes_to_tag(db, chosen, only_untagged=only_untagged)
    stored = 0
    with db.atomic():
        for quote_id, text, cue in rows:
            hits = tag_text(text, cue=cue, taxonomy=taxonomy, extra_targets=people)
            stored += _store_hits(db, quote_id, [(ids[hit.tag], hit) for hit in hits])
        update_stance_columns(db, None if chosen is None and not only_untagged else [r[0] for r in rows])
    return stored


def _quotes_to_tag(
    db: sqlite_utils.Database, quote_ids: list[int] | None, *, only_untagged: bool
) -> list[tuple[int, str, str | None]]:
    """``(id, text, cue)`` of the quotes :func:`tag_quotes` is asked to tag."""
    sql = "select id, text, cue from quotes"
    params: list[int] = []
    if quote_ids is not None:
        sql += f" where id in ({placeholders(quote_ids)})"
        params = quote_ids
    elif only_untagged:
        sql += " where id not in (select quote_id from quote_tags)"
    return db.execute(sql, params).fetchall()


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
