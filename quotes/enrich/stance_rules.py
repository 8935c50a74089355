"""The stance taxonomy and its word rules: tags, cue words, text patterns and targets.

The taxonomy lives in ``db/stances.yml`` (see the comments there): tags with a
description, the cue words and text patterns that signal them, and the targets
a stance can be about. :func:`rule_scores` says how strongly each tag's rules
fire on a quote (features of the trained tagger, :mod:`quotes.enrich.stance_model`,
and the whole tagger for tags it was not trained on, such as a beat's);
:func:`tag_text` tags a bare text with the rules alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from quotes import settings
from quotes.enrich.gazetteer import Gazetteer
from quotes.enrich.yamlfiles import NewsroomFile
from quotes.errors import QuotesError

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


@dataclass(frozen=True)
class NamingRule:
    """The naming frame (``called the levy "a disgrace"``): when the reporting
    verb matches ``cue`` the speaker names something with the quoted words, and
    their sentiment says which tag the naming is (``negative`` or ``positive``)."""

    cue: re.Pattern
    negative: str
    positive: str
    weight: float = CUE_WEIGHT
    polarity: float = 0.2
    """The quoted words' sentiment (VADER's compound score) must be at least this far from 0."""
    not_named: re.Pattern | None = None
    """Quoted words that are called for, not named (``called "an emergency meeting"``)."""
    longest: int = 8
    """A name is short: quoted words longer than this are a statement, not a name."""


@dataclass(frozen=True)
class ClauseRule:
    """A clause type that says what the speaker does, as a cue would: a command
    in a direct quote (``Open the door!``) urges. ``feature`` names a clause
    feature of :mod:`quotes.extract.stance_features`; ``kinds`` the kinds of
    quote it is trusted in (a partial quote's fragment often starts with a
    bare verb that is no command: ``decided to "discontinue the case"``)."""

    feature: str
    tag: str
    kinds: tuple[str, ...] = ("direct",)
    weight: float = CUE_WEIGHT


@dataclass
class Taxonomy:
    tags: list[TagDef]
    targets: list[TargetDef]
    threshold: float = 0.6
    minimum: float = 0.3
    naming: NamingRule | None = None
    clauses: list[ClauseRule] = field(default_factory=list)

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
    naming = _naming(data.get("naming"), names, f"{path}: naming")
    clauses = [
        _clause(raw, names, f"{path}: clauses[{i}]") for i, raw in enumerate(data.get("clauses") or [])
    ]
    return Taxonomy(
        tags=tags, targets=targets, threshold=threshold, minimum=minimum, naming=naming, clauses=clauses
    )


def _weight(raw: dict, where: str) -> float:
    weight = raw.get("weight", CUE_WEIGHT)
    if not isinstance(weight, (int, float)) or not 0 < weight <= 1:
        raise StanceError(f"{where}: weight must be a number in (0, 1], got {weight!r}")
    return float(weight)


def _clause(raw: Any, names: list[str], where: str) -> ClauseRule:
    """One :class:`ClauseRule` of the taxonomy's ``clauses``."""
    if not isinstance(raw, dict) or not isinstance(raw.get("feature"), str):
        raise StanceError(f"{where}: expected a mapping with a 'feature', a 'tag' and 'kinds'")
    if raw.get("tag") not in names:
        raise StanceError(f"{where}: tag must name a tag of the taxonomy, got {raw.get('tag')!r}")
    kinds = raw.get("kinds", ["direct"])
    if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
        raise StanceError(f"{where}: kinds must be a list of quote kinds (direct, partial, indirect)")
    return ClauseRule(feature=raw["feature"], tag=raw["tag"], kinds=tuple(kinds), weight=_weight(raw, where))


def _naming(raw: Any, names: list[str], where: str) -> NamingRule | None:
    """The taxonomy's :class:`NamingRule` (``None`` when it has none)."""
    if raw is None:
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("cue"), str):
        raise StanceError(f"{where}: expected a mapping with a 'cue' pattern, 'negative' and 'positive' tags")
    not_named = raw.get("not_named")
    if not_named is not None and not isinstance(not_named, str):
        raise StanceError(f"{where}: not_named must be a pattern, got {not_named!r}")
    for side in ("negative", "positive"):
        if raw.get(side) not in names:
            raise StanceError(f"{where}: {side} must name a tag of the taxonomy, got {raw.get(side)!r}")
    polarity = raw.get("polarity", 0.2)
    if not isinstance(polarity, (int, float)) or not 0 <= polarity < 1:
        raise StanceError(f"{where}: polarity must be a number in [0, 1), got {polarity!r}")
    return NamingRule(
        cue=_compile(raw["cue"], where),
        negative=raw["negative"],
        positive=raw["positive"],
        weight=_weight(raw, where),
        polarity=float(polarity),
        not_named=_compile(not_named, where) if not_named else None,
    )


STANCES = NewsroomFile(
    name="stances.yml", env=settings.STANCES, what="stance taxonomy", parse=parse_taxonomy, error=StanceError
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


def nearest_target(mentions: list[tuple[int, int, str]], start: int | None, end: int | None) -> str | None:
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


def _search(rule: Rule, text: str, *, word_start: bool = False) -> re.Match | None:
    """The first match of ``rule`` in ``text`` not under negation (with
    ``word_start``, only one that begins a word: ``press`` is not in ``expressed``)."""
    for m in rule.pattern.finditer(text):
        if word_start and m.start() and text[m.start() - 1].isalnum():
            continue
        if not negated(text, m.start()):
            return m
    return None


@dataclass(frozen=True)
class RuleScore:
    """How strongly one tag's rules fire on a quote: the cue rule's weight (0
    when none matched), the text patterns combined as 1 - prod(1 - weight),
    the evidence, and where in the text the strongest pattern matched."""

    cue: float
    text: float
    evidence: list[str]
    start: int | None = None
    end: int | None = None

    @property
    def confidence(self) -> float:
        return round(1 - (1 - self.cue) * (1 - self.text), 3)


def _cue_evidence(tag: TagDef, cue: str | None) -> tuple[float, str | None]:
    """The weight and evidence of the first of ``tag``'s cue rules matching ``cue``."""
    for rule in tag.cues if cue else ():
        m = _search(rule, cue or "", word_start=True)
        if m:
            return rule.weight, f"cue {m.group(0).strip()!r} ~ /{rule.source}/"
    return 0.0, None


def rule_score(tag: TagDef, text: str, cue: str | None) -> RuleScore:
    """How ``tag``'s cue rules fire on ``cue`` and its patterns on ``text``
    (a match under negation does not count)."""
    cue_weight, cue_evidence = _cue_evidence(tag, cue)
    evidence = [cue_evidence] if cue_evidence else []
    remaining = 1.0
    best: tuple[float, int | None, int | None] = (0.0, None, None)
    for rule in tag.patterns:
        m = _search(rule, text)
        if m:
            remaining *= 1 - rule.weight
            evidence.append(
                f"text {m.group(0)!r} ~ /{rule.source[:60]}{'...' if len(rule.source) > 60 else ''}/"
            )
            if rule.weight > best[0]:
                best = (rule.weight, m.start(), m.end())
    return RuleScore(
        cue=cue_weight, text=round(1 - remaining, 3), evidence=evidence, start=best[1], end=best[2]
    )


def rule_scores(taxonomy: Taxonomy, text: str, cue: str | None) -> dict[str, RuleScore]:
    """:func:`rule_score` for every tag of ``taxonomy``, by name."""
    return {tag.name: rule_score(tag, text, cue) for tag in taxonomy.tags}


QUOTATION_MARKS = re.compile(
    "[\"\u201c\u201d\u00ab\u00bb]|''|``|(?<!\\w)['\u2018\u2019]|['\u2018\u2019](?!\\w)"
)
"""Quotation marks (an apostrophe inside a word is none)."""


@lru_cache(maxsize=1)
def _sentiment():  # -> SentimentIntensityAnalyzer
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def apply_naming(
    taxonomy: Taxonomy, scores: dict[str, RuleScore], cue: str | None, named: str
) -> dict[str, RuleScore]:
    """``scores`` with the naming frame applied: when ``cue`` (the reporting
    verb and its frame) names something with the quoted words ``named``, the
    tag their sentiment points to gets the frame's weight as its cue score.
    Words holding quotation marks of their own (the name is only part of
    them) and praise holding any negative word are left alone."""
    naming = taxonomy.naming
    if naming is None or not cue or not naming.cue.search(cue) or len(named.split()) > naming.longest:
        return scores
    if QUOTATION_MARKS.search(named) or (naming.not_named and naming.not_named.search(named)):
        return scores
    sentiment = _sentiment().polarity_scores(named)
    polarity = sentiment["compound"]
    if abs(polarity) < naming.polarity or (polarity > 0 and sentiment["neg"] > 0):
        return scores
    tag = naming.negative if polarity < 0 else naming.positive
    if tag not in scores or scores[tag].cue >= naming.weight:
        return scores
    evidence = f"cue {cue!r} names {named.strip()[:40]!r} (sentiment {polarity:+.2f})"
    named_score = replace(scores[tag], cue=naming.weight, evidence=[evidence, *scores[tag].evidence])
    return {**scores, tag: named_score}


def apply_clauses(
    taxonomy: Taxonomy, scores: dict[str, RuleScore], clauses: dict[str, list[str]], kind: str
) -> dict[str, RuleScore]:
    """``scores`` with the taxonomy's clause rules applied: ``clauses`` are the
    clause features found in the quote with their words (``imperative``:
    ``['Open']``), ``kind`` the quote's kind."""
    for rule in taxonomy.clauses:
        words = clauses.get(rule.feature)
        if not words or kind not in rule.kinds or rule.tag not in scores:
            continue
        if scores[rule.tag].cue >= rule.weight:
            continue
        evidence = f"clause {rule.feature} {words[0]!r} in a {kind} quote"
        found = replace(scores[rule.tag], cue=rule.weight, evidence=[evidence, *scores[rule.tag].evidence])
        scores = {**scores, rule.tag: found}
    return scores


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
        score = rule_score(tag, text, cue)
        confidence, start, end = score.confidence, score.start, score.end
        if confidence < taxonomy.minimum:
            continue
        target = nearest_target(mentions, start, end) or tag.default_target
        hit = TagHit(
            tag=tag.name,
            confidence=confidence,
            evidence="; ".join(score.evidence),
            target=target,
            suggestion=confidence < taxonomy.threshold,
            start=start,
            end=end,
        )
        (fallbacks if tag.fallback else hits).append(hit)
    if not any(not h.suggestion for h in hits):
        hits.extend(fallbacks)
    return hits
