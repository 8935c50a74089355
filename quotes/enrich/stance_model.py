"""The stance tagger: a small trained model over parse features and the taxonomy's rules.

One multinomial logistic regression (trained by ``scripts/train-stance``,
weights shipped in ``stance_model.json`` beside this module) turns a quote's
:class:`~quotes.extract.stance_features.Features` and the taxonomy's rule
scores (:func:`~quotes.enrich.stance_rules.rule_scores`) into one probability
per general tag and one for "no tag" (:data:`NO_TAG`), summing to one: most
quotes do one thing. The most probable tag is **stored** when its probability
reaches that tag's threshold (chosen in training for precision); every other
tag above a lower one is a **suggestion**. A tag whose cue rule fires on the
reporting verb (or the taxonomy's naming frame or clause rules) is stored
whatever the model says. ``analyzes`` (the taxonomy's fallback) is only given
when no other tag is stored. Tags the model does not know (a beat's, a
newsroom's own) are scored by their rules as before. Every hit says why: the
features that pushed it up most, with their words and weights.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotes.enrich.stance_rules import (
    RuleScore,
    StanceError,
    TagDef,
    TagHit,
    TargetDef,
    Taxonomy,
    apply_clauses,
    apply_naming,
    find_targets,
    nearest_target,
    rule_scores,
)
from quotes.extract.stance_features import Features, QuoteSpan, quote_features

if TYPE_CHECKING:
    from quotes.extract.pipeline import Pipeline

MODEL_PATH = Path(__file__).with_name("stance_model.json")
CUE_STORED = 0.7
"""A tag whose cue rule (the reporting verb and its frame, not negated) has at
least this weight is stored whatever the model says: ``warned``, ``urged``,
``denied`` say what the speaker does."""
NO_TAG = "(none)"
"""The model's class for a quote that carries no stance (a greeting, a joke)."""
LOOSE_PREPOSITIONS = frozenset(
    "on for upon in at by of over like against after to with without according during per from about "
    "before since into under as".split()
)
"""Prepositions that make a frame of the cue only right after it (``called on
the board``, not ``called the levy "a disgrace" on Monday``). Particles
(``played the threat down``) may stand apart from their verb."""
EVIDENCE_ITEMS = 4
"""At most this many features are named in a tag's evidence."""


@dataclass(frozen=True)
class TagModel:
    """One class of the regression: its bias and weights, and the probabilities
    from which the tag is stored (when it is the most probable) and suggested."""

    bias: float
    weights: dict[str, float]
    threshold: float
    suggest: float


@dataclass(frozen=True)
class StanceModel:
    """The trained tagger: per feature its mean and scale (inputs are
    standardized), per class (the tags and :data:`NO_TAG`) a :class:`TagModel`,
    and what it was trained on."""

    scaling: dict[str, tuple[float, float]]
    tags: dict[str, TagModel]
    trained_on: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "scaling": {name: list(pair) for name, pair in self.scaling.items()},
            "tags": {name: vars(tag) for name, tag in self.tags.items()},
            "trained_on": self.trained_on,
        }

    def probabilities(self, inputs: dict[str, float]) -> dict[str, tuple[float, dict[str, float]]]:
        """Each class's probability (a softmax over the classes' log-odds) and
        each feature's contribution to that class's log-odds."""
        logits: dict[str, float] = {}
        contributions: dict[str, dict[str, float]] = {}
        for name, tag in self.tags.items():
            contributions[name] = {}
            for feature, weight in tag.weights.items():
                mean, scale = self.scaling.get(feature, (0.0, 1.0))
                contributions[name][feature] = weight * (inputs.get(feature, 0.0) - mean) / scale
            logits[name] = tag.bias + sum(contributions[name].values())
        if not logits:
            return {}
        top = max(logits.values())
        exps = {name: math.exp(max(-60.0, logit - top)) for name, logit in logits.items()}
        total = sum(exps.values())
        return {name: (exps[name] / total, contributions[name]) for name in logits}

    def best(self, probabilities: dict[str, tuple[float, dict[str, float]]]) -> str | None:
        """The most probable class, when its probability reaches its threshold."""
        if not probabilities:
            return None
        name = max(probabilities, key=lambda n: probabilities[n][0])
        return name if probabilities[name][0] >= self.tags[name].threshold else None


def model_from_dict(data: Any, *, path: str = "stance model") -> StanceModel:
    """A :class:`StanceModel` from its JSON form; ``path`` names it in errors."""
    try:
        scaling = {str(k): (float(v[0]), float(v[1]) or 1.0) for k, v in data["scaling"].items()}
        tags = {
            str(name): TagModel(
                bias=float(raw["bias"]),
                weights={str(k): float(v) for k, v in raw["weights"].items()},
                threshold=float(raw["threshold"]),
                suggest=float(raw["suggest"]),
            )
            for name, raw in data["tags"].items()
        }
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        raise StanceError(f"{path}: not a stance model (expected scaling and tags)") from None
    return StanceModel(scaling=scaling, tags=tags, trained_on=dict(data.get("trained_on") or {}))


def load_model(path: str | Path | None = None) -> StanceModel:
    """Read the model at ``path`` (default: the one shipped with the package)."""
    path = Path(path or MODEL_PATH)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StanceError(f"{path}: stance model not found") from None
    except (OSError, UnicodeDecodeError, ValueError) as problem:
        raise StanceError(f"{path}: cannot read the stance model ({problem.__class__.__name__})") from None
    return model_from_dict(data, path=str(path))


def model_inputs(features: Features, rules: dict[str, RuleScore]) -> dict[str, float]:
    """The model's inputs: the parse features and, for every tag, how its cue
    rules (``cue:TAG``) and text patterns (``rule:TAG``) fire."""
    inputs = dict(features.values)
    for name, score in rules.items():
        inputs[f"cue:{name}"] = score.cue
        inputs[f"rule:{name}"] = score.text
    return inputs


def _evidence(probability: float, contributions: dict[str, float], words: dict[str, list[str]]) -> str:
    """``model 0.91: cue:urges 'urged' (+2.1); obligation 'must' (+1.3)``: the
    features that raised the probability most, with their words."""
    raised = sorted((c, n) for n, c in contributions.items() if c > 0.05)[::-1][:EVIDENCE_ITEMS]
    parts = []
    for weight, name in raised:
        said = words.get(name)
        parts.append(f"{name}{' ' + repr(' '.join(said[:3])) if said else ''} ({weight:+.1f})")
    return f"model {probability:.2f}: " + "; ".join(parts)


class Tagger:
    """Tags quotes with the taxonomy's tags: the model for the tags it knows,
    the rules for the others. ``extra_targets`` are targets beyond the
    taxonomy's (the people of the gazetteer)."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        *,
        model: StanceModel | None = None,
        extra_targets: Sequence[TargetDef] = (),
        nlp: Pipeline | None = None,
    ) -> None:
        self.taxonomy = taxonomy
        self.model = model if model is not None else load_model()
        self.targets = [*extra_targets, *taxonomy.targets]
        self.nlp = nlp

    def tag(
        self, quotes: Sequence[QuoteSpan], cues: Sequence[str | None] | None = None
    ) -> list[list[TagHit]]:
        """The hits of each quote (``cues``: the stored cue words, used when the
        parse finds no cue)."""
        features = quote_features(quotes, nlp=self.nlp)
        cues = cues if cues is not None else [None] * len(quotes)
        return [self.decide(q, f, c) for q, f, c in zip(quotes, features, cues)]

    def inputs(
        self, quote: QuoteSpan, features: Features, cue: str | None = None
    ) -> tuple[dict[str, float], dict[str, RuleScore], str]:
        """The model's inputs for a quote, its rule scores and the words judged."""
        judged = features.judged or quote.text
        cue_text = None if features.cue_negated else (_frame_as_written(quote, features.cue_phrase) or cue)
        rules = rule_scores(self.taxonomy, judged, cue_text)
        if quote.kind == "partial" and (
            quote.cue_start is None or not quote.start <= quote.cue_start < quote.end
        ):
            # the naming frame names with a few words in marks ("called the levy “a
            # disgrace”"); a direct quote "called" out is shouted, not a name
            rules = apply_naming(self.taxonomy, rules, cue_text, quote.text)
        clauses = {
            name: features.words.get(name) or [name] for name, value in features.values.items() if value
        }
        rules = apply_clauses(self.taxonomy, rules, clauses, quote.kind)
        return model_inputs(features, rules), rules, judged

    def decide(self, quote: QuoteSpan, features: Features, cue: str | None = None) -> list[TagHit]:
        """The hits for one quote from its features."""
        inputs, rules, judged = self.inputs(quote, features, cue)
        mentions = find_targets(judged, self.targets)
        probabilities = self.model.probabilities(inputs)
        chosen = self.model.best(probabilities)
        hits: list[TagHit] = []
        fallbacks: list[TagHit] = []
        for tag in self.taxonomy.tags:
            rule = rules[tag.name]
            if tag.name in probabilities:
                hit = _model_hit(
                    tag,
                    rule,
                    probabilities[tag.name],
                    chosen=chosen == tag.name,
                    suggest=self.model.tags[tag.name].suggest,
                    minimum=self.taxonomy.minimum,
                    words={**features.words, **_rule_words(rule, tag)},
                    judged=judged,
                )
            else:
                hit = _rule_hit(tag, rule, self.taxonomy)
            if hit is not None:
                hit.target = nearest_target(mentions, hit.start, hit.end) or tag.default_target
                (fallbacks if tag.fallback else hits).append(hit)
        if not any(not h.suggestion for h in hits):
            hits.extend(fallbacks)
        return hits


def _frame_as_written(quote: QuoteSpan, phrase: str) -> str:
    """The cue ``phrase`` (the verb and its frame) less the prepositions that
    do not follow the verb in the article: a time or place (``on Monday``)
    is no part of the frame."""
    words = phrase.split()
    if len(words) < 2 or quote.cue_start is None:
        return phrase
    following = quote.article[quote.cue_start : quote.cue_start + 60].split()[1:]
    kept = words[:1]
    for at, word in enumerate(words[1:]):
        if word.lower() in LOOSE_PREPOSITIONS and (
            at >= len(following) or following[at].lower() != word.lower()
        ):
            continue
        kept.append(word)
    return " ".join(kept)


def _stored_by_cue(tag: TagDef, rule: RuleScore) -> bool:
    """Whether ``tag``'s cue rule fires on the reporting verb strongly enough to store it."""
    return not tag.fallback and rule.cue >= CUE_STORED


def _rule_hit(tag: TagDef, rule: RuleScore, taxonomy: Taxonomy) -> TagHit | None:
    """The hit of a tag the model does not know, from its rules alone."""
    if rule.confidence < taxonomy.minimum:
        return None
    by_text = rule.confidence >= taxonomy.threshold and tag.beat != "general"
    return TagHit(
        tag=tag.name,
        confidence=rule.confidence,
        evidence="; ".join(rule.evidence),
        suggestion=not (_stored_by_cue(tag, rule) or by_text),
        start=rule.start,
        end=rule.end,
    )


def _model_hit(
    tag: TagDef,
    rule: RuleScore,
    found: tuple[float, dict[str, float]],
    *,
    chosen: bool,
    suggest: float,
    minimum: float,
    words: dict[str, list[str]],
    judged: str,
) -> TagHit | None:
    """The hit of a tag the model knows: stored when it is the model's choice
    (``chosen``) or its cue rule fires; suggested from probability ``suggest``,
    or when its rules reach the taxonomy's ``minimum``."""
    probability, contributions = found
    by_cue = _stored_by_cue(tag, rule)
    if probability < suggest and not by_cue and rule.confidence < minimum:
        return None
    evidence = _evidence(probability, contributions, words)
    if by_cue:
        evidence = f"{rule.evidence[0]}; {evidence}"
    start, end = (
        (rule.start, rule.end) if rule.start is not None else _first_word(judged, contributions, words)
    )
    return TagHit(
        tag=tag.name,
        confidence=round(probability, 3),
        evidence=evidence,
        suggestion=not (by_cue or chosen),
        start=start,
        end=end,
    )


def _rule_words(rule: RuleScore, tag: TagDef) -> dict[str, list[str]]:
    """The words of ``tag``'s rules that fired, as feature evidence."""
    words: dict[str, list[str]] = {}
    for item in rule.evidence:
        kind, _, rest = item.partition(" ")
        said = rest.split(" ~ ")[0].strip("'\"")
        words.setdefault(f"{'cue' if kind == 'cue' else 'rule'}:{tag.name}", []).append(said)
    return words


def _first_word(
    judged: str, contributions: dict[str, float], words: dict[str, list[str]]
) -> tuple[int | None, int | None]:
    """Where in ``judged`` the first word of the feature that raised the
    probability most is."""
    for _, name in sorted(((c, n) for n, c in contributions.items() if c > 0), reverse=True):
        for word in words.get(name, []):
            at = judged.find(word)
            if at >= 0:
                return at, at + len(word)
    return None, None
