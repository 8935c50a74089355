"""Stance tags: what a speaker does in a quote (criticizes, warns, urges...) and toward what.

The taxonomy lives in ``db/stances.yml`` (see the comments there): tags with a
description, the cue words and text patterns that signal them, and the targets
a stance can be about. :func:`tag_text` is the pure tagger: it takes a quote's
text (and its attribution cue) and returns :class:`TagHit` records with a
confidence and the evidence that fired. :func:`tag_quotes` stores the hits in
``quote_tags`` (``origin='auto'``; hits under the threshold as
``suggestion=1``) and the accepted tags in ``quotes.stance_tags``.

:func:`evaluate` scores the tagger against hand labels (``tests/fixtures/
stance_labels.yml``); ``python -m quotes.enrich.stance`` prints the table.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotes.enrich.gazetteer import Gazetteer, database_path, gazetteer_for
from quotes.enrich.yamlfiles import load_cached, newsroom_file, read_yaml
from quotes.errors import QuotesError
from quotes.store import changes

STANCES_FILE = "stances.yml"
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


# --- the taxonomy -----------------------------------------------------------------


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


def default_taxonomy_path(db_path: str | Path | None = None) -> Path:
    """``$QUOTES_STANCES`` if set; else ``stances.yml`` beside the database if
    there is one; else the project's ``db/stances.yml``."""
    return newsroom_file(STANCES_FILE, db_path=db_path, env="QUOTES_STANCES")


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Read the taxonomy at ``path`` (default :func:`default_taxonomy_path`).
    Cached per path and modification time."""
    path = Path(path) if path else default_taxonomy_path()
    return load_cached(path, parse_taxonomy, error=StanceError, missing="stance taxonomy not found")


# --- the tagger -----------------------------------------------------------------


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
    hits, fallbacks = [], []
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


# --- storing tags -----------------------------------------------------------------


def sync_tags(db, taxonomy: Taxonomy) -> dict[str, int]:
    """Make the ``tags`` table hold the taxonomy's tags; returns name -> id."""
    ids = {}
    for tag in taxonomy.tags:
        row = db.execute("select id from tags where name = ?", [tag.name]).fetchone()
        values = {"label": tag.label, "description": tag.description, "beat": tag.beat}
        if row:
            from quotes.enrich.speakers import update_if_changed

            update_if_changed(db, "tags", row[0], values)
            ids[tag.name] = row[0]
        else:
            ids[tag.name] = db["tags"].insert({"name": tag.name, **values}).last_pk
    return ids


def tag_id(db, name: str) -> int:
    """The id of tag ``name``, created (beat ``editor``) if the taxonomy lacks it."""
    row = db.execute("select id from tags where name = ?", [name]).fetchone()
    if row:
        return row[0]
    return (
        db["tags"]
        .insert({"name": name, "label": name, "beat": "editor", "description": "Added by an editor"})
        .last_pk
    )


def update_stance_columns(db, quote_ids: Iterable[int] | None = None) -> None:
    """Recompute ``quotes.stance_tags`` and ``quotes.stance_targets`` (JSON arrays
    of the accepted tags and their targets) from ``quote_tags``."""
    where = ""
    params: list[Any] = []
    if quote_ids is not None:
        quote_ids = list(quote_ids)
        if not quote_ids:
            return
        where = f"where quotes.id in ({', '.join('?' for _ in quote_ids)})"
        params = quote_ids
    tags_sql = """coalesce((select json_group_array(name) from (
            select distinct tags.name as name from quote_tags join tags on tags.id = quote_tags.tag_id
            where quote_tags.quote_id = quotes.id and not quote_tags.suggestion order by tags.name)), '[]')"""
    targets_sql = """coalesce((select json_group_array(target) from (
            select distinct quote_tags.target as target from quote_tags
            where quote_tags.quote_id = quotes.id and not quote_tags.suggestion and quote_tags.target is not null
            order by quote_tags.target)), '[]')"""
    changed = f"(stance_tags is not {tags_sql} or stance_targets is not {targets_sql})"
    where = f"{where} and {changed}" if where else f"where {changed}"
    db.execute(f"update quotes set stance_tags = {tags_sql}, stance_targets = {targets_sql} {where}", params)


def tag_quotes(
    db,
    *,
    taxonomy: Taxonomy | None = None,
    quote_ids: Iterable[int] | None = None,
    only_untagged: bool = False,
) -> int:
    """Run the tagger over the quotes (all, ``quote_ids``, or with
    ``only_untagged`` those that have no tag yet, as a build does), replacing
    their automatic tags (editor tags are kept). Returns the number of tags stored."""
    taxonomy = taxonomy or load_taxonomy(default_taxonomy_path(database_path(db)))
    try:
        people = people_targets(gazetteer_for(db))
    except QuotesError:
        people = []
    ids = sync_tags(db, taxonomy)
    sql = "select id, text, cue from quotes"
    params: list[Any] = []
    if quote_ids is not None:
        quote_ids = list(quote_ids)
        if not quote_ids:
            return 0
        sql += f" where id in ({', '.join('?' for _ in quote_ids)})"
        params = quote_ids
    elif only_untagged:
        sql += " where id not in (select quote_id from quote_tags)"
    rows = db.execute(sql, params).fetchall()
    stored = 0
    with db.atomic():
        for quote_id, text, cue in rows:
            db.execute("delete from quote_tags where quote_id = ? and origin = 'auto'", [quote_id])
            editor = {
                r[0]
                for r in db.execute(
                    "select tag_id from quote_tags where quote_id = ? and origin = 'editor'", [quote_id]
                )
            }
            for hit in tag_text(text, cue=cue, taxonomy=taxonomy, extra_targets=people):
                if ids[hit.tag] in editor:
                    continue
                db["quote_tags"].insert(
                    {
                        "quote_id": quote_id,
                        "tag_id": ids[hit.tag],
                        "target": hit.target,
                        "confidence": hit.confidence,
                        "evidence": hit.evidence,
                        "origin": "auto",
                        "suggestion": int(hit.suggestion),
                    }
                )
                stored += 1
        update_stance_columns(db, None if quote_ids is None and not only_untagged else [r[0] for r in rows])
    return stored


def tag_new_quotes(db, *, taxonomy: Taxonomy | None = None) -> int:
    """The build's step: tag the quotes added since the last call that have no
    tag yet (see :mod:`quotes.store.changes`); the first call on a database tags
    every quote without a tag (:func:`tag_quotes` with ``only_untagged``).
    Quotes re-spanned by an editor are re-tagged by :mod:`quotes.enrich.curation`.
    Returns the number of tags stored."""
    todo = changes.pending(db, "stance")
    if todo.full:
        stored = tag_quotes(db, taxonomy=taxonomy, only_untagged=True)
    else:
        untagged: list[int] = []
        for ids in changes.chunks(todo.inserted):
            tagged = {
                r[0]
                for r in db.execute(
                    f"select distinct quote_id from quote_tags where quote_id in ({changes.placeholders(ids)})",
                    ids,
                )
            }
            untagged += [q for q in ids if q not in tagged]
        stored = tag_quotes(db, taxonomy=taxonomy, quote_ids=untagged) if untagged else 0
    changes.done(db, todo)
    return stored


# --- measuring the tagger ---------------------------------------------------------


@dataclass
class LabelledQuote:
    """A hand-labelled quote: where it is (file and offsets) and its tags."""

    file: str
    start: int
    end: int
    text: str
    cue: str | None
    tags: dict[str, str | None]
    split: str = "dev"


def load_labels(path: str | Path, *, root: str | Path) -> list[LabelledQuote]:
    """Read a labels file; quote texts are read from the files it references
    (relative to ``root``), so the labels hold offsets, not copies."""
    data = read_yaml(path, error=StanceError, missing="labels file not found")
    items = []
    texts: dict[str, str] = {}
    for i, raw in enumerate(data.get("quotes") or []):
        where = f"{path}: quotes[{i}]"
        try:
            file, start, end = raw["file"], int(raw["start"]), int(raw["end"])
        except (KeyError, TypeError, ValueError):
            raise StanceError(f"{where}: needs file, start and end") from None
        if file not in texts:
            try:
                texts[file] = (Path(root) / file).read_text(encoding="utf-8")
            except OSError:
                raise StanceError(f"{where}: cannot read {Path(root) / file}") from None
        text = texts[file]
        cue = text[raw["cue_start"] : raw["cue_end"]] if raw.get("cue_start") is not None else raw.get("cue")
        head = raw.get("head")
        if head and not text[start:end].startswith(head):
            raise StanceError(
                f"{where}: the text at {start}-{end} does not start with {head!r} (file changed?)"
            )
        tags = {}
        for tag in raw.get("tags") or []:
            if isinstance(tag, str):
                name, _, target = tag.partition(":")
                tags[name.strip()] = target.strip() or None
        items.append(
            LabelledQuote(
                file=file,
                start=start,
                end=end,
                text=text[start:end],
                cue=cue,
                tags=tags,
                split=str(raw.get("split", "dev")),
            )
        )
    return items


@dataclass
class Scores:
    per_tag: dict[str, dict[str, float]]
    micro: dict[str, float]
    target_accuracy: float | None
    quotes: int


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def evaluate(
    labels: Sequence[LabelledQuote], *, taxonomy: Taxonomy, extra_targets: Sequence[TargetDef] = ()
) -> Scores:
    """Precision and recall per tag of the accepted (non-suggestion) tags
    against ``labels``, and how often the target of a correct tag is right."""
    counts = {t.name: [0, 0, 0] for t in taxonomy.tags}
    target_right = target_total = 0
    for item in labels:
        predicted = {
            h.tag: h.target
            for h in tag_text(item.text, cue=item.cue, taxonomy=taxonomy, extra_targets=extra_targets)
            if not h.suggestion
        }
        for name in counts:
            if name in predicted and name in item.tags:
                counts[name][0] += 1
                if item.tags[name]:
                    target_total += 1
                    target_right += predicted[name] == item.tags[name]
            elif name in predicted:
                counts[name][1] += 1
            elif name in item.tags:
                counts[name][2] += 1
    per_tag = {name: _prf(*c) for name, c in counts.items()}
    micro = _prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    return Scores(
        per_tag=per_tag,
        micro=micro,
        target_accuracy=target_right / target_total if target_total else None,
        quotes=len(labels),
    )


def format_scores(scores: Scores) -> str:
    """The scores as a plain-text table."""
    lines = [f"{'tag':<16} {'P':>5} {'R':>5} {'F1':>5} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for name, s in [*scores.per_tag.items(), ("(micro)", scores.micro)]:
        lines.append(
            f"{name:<16} {s['precision']:>5.2f} {s['recall']:>5.2f} {s['f1']:>5.2f} "
            f"{s['tp']:>4} {s['fp']:>4} {s['fn']:>4}"
        )
    lines.append(
        f"{scores.quotes} quotes; target right for "
        + (f"{scores.target_accuracy:.0%}" if scores.target_accuracy is not None else "n/a")
        + " of correct tags with a labelled target"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m quotes.enrich.stance [LABELS] [ROOT]``: print the tagger's scores."""
    from quotes.enrich.gazetteer import load_gazetteer

    argv = list(sys.argv[1:] if argv is None else argv)
    here = Path(__file__).resolve().parents[2]
    labels_path = argv[0] if argv else here / "tests" / "fixtures" / "stance_labels.yml"
    root = argv[1] if len(argv) > 1 else here.parent / "shared"
    taxonomy = load_taxonomy()
    labels = load_labels(labels_path, root=root)
    people = people_targets(load_gazetteer())
    for split in sorted({item.split for item in labels}):
        subset = [item for item in labels if item.split == split]
        print(
            f"== {split} ({'used to write the rules' if split == 'dev' else 'not used to write the rules'})"
        )
        print(format_scores(evaluate(subset, taxonomy=taxonomy, extra_targets=people)))
    print("== all")
    print(format_scores(evaluate(labels, taxonomy=taxonomy, extra_targets=people)))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
