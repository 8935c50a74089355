"""A learned second opinion on the rules' speakers: for each quote whose
speaker rests on a pronoun, a description or nothing, the people and bodies it
could be (:mod:`quotes.extract.speaker_candidates`) are scored by a small
logistic model, and the best one replaces the rules' choice only when the
model is surer of it by more than the file's ``margin``.

The weights are in ``speaker_ranker.json`` beside this module, fitted by
``scripts/train-speaker-ranker`` (:mod:`quotes.evaluation.speaker_training`);
they are read once. Nothing is parsed: the features come from text positions
and the quotes the rules found.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from quotes.extract.speaker_candidates import (
    Layout,
    article_layout,
    candidate_features,
    candidates,
    mention_kind,
    own_name,
    recency,
)
from quotes.records import Quote

#: The file of the model's weights, in this package.
WEIGHTS_FILE = "speaker_ranker.json"
#: Kinds of speaker the rules found that the model never overrules: a body
#: (``the union`` behind ``the statement``), a group (``people familiar with
#: the talks``), a source the article leaves unnamed (``a spokesman for the
#: bank``, whose words may name the person they speak of): an unnamed
#: speaker is an incomplete attribution, a wrong name a false one.
KEPT_KINDS = frozenset({"organization", "group", "anonymous"})
#: The speaker mentions whose resolution the model may overrule (a name is never overruled).
RANKED_MENTIONS = frozenset({"pronoun", "nominal", "none", "relative"})


@dataclass(frozen=True)
class RankerModel:
    """The weights of the logistic model by feature, and the margin by which a
    candidate must beat the rules' choice to replace it."""

    weights: dict[str, float]
    margin: float
    enabled: bool = False


@lru_cache(maxsize=1)
def model() -> RankerModel:
    """The shipped model (read once from :data:`WEIGHTS_FILE`); a model that
    is off when the file cannot be read, so that extraction never depends on
    it unless it is on."""
    try:
        raw = json.loads(resources.files(__package__).joinpath(WEIGHTS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return RankerModel(weights={}, margin=1.0)
    return model_from(raw if isinstance(raw, dict) else {})


def model_from(raw: dict[str, object]) -> RankerModel:
    """A :class:`RankerModel` from the JSON form the training writes."""
    weights = raw.get("weights", {})
    weights = weights if isinstance(weights, dict) else {}
    margin = raw.get("margin", 1.0)
    return RankerModel(
        weights={str(name): float(value) for name, value in weights.items()},
        margin=float(margin) if isinstance(margin, (int, float)) else 1.0,
        enabled=bool(raw.get("enabled", False)),
    )


def probability(found: dict[str, float], weights: dict[str, float]) -> float:
    """The logistic model ``weights`` applied to the features ``found``."""
    score = sum(value * weights.get(name, 0.0) for name, value in found.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def ranked(quote: Quote, layout: Layout) -> bool:
    """True when the model may overrule ``quote``'s speaker: not one of
    :data:`KEPT_KINDS` (``the union`` behind ``the statement``), which no
    name around it is."""
    if quote.speaker is None or quote.speaker_kind in KEPT_KINDS:
        return False
    return mention_kind(quote, layout.text) in RANKED_MENTIONS


def scored(quote: Quote, layout: Layout, weights: dict[str, float]) -> list[tuple[float, str]]:
    """Each candidate of ``quote`` with the model's chance that it is the speaker."""
    names = recency(layout, quote, candidates(layout, quote))
    return [(probability(candidate_features(layout, quote, name, names), weights), name) for name in names]


def choice(quote: Quote, layout: Layout, ranker: RankerModel) -> str | None:
    """The candidate that replaces ``quote``'s speaker, or None to keep the rules'."""
    if not ranked(quote, layout):
        return None
    return pick(scored(quote, layout, ranker.weights), own_name(layout, quote.speaker), ranker.margin)


def pick(found: list[tuple[float, str]], own: str | None, margin: float) -> str | None:
    """The candidate of ``found`` (chance, name) that beats the rules' ``own``
    by more than ``margin``, or None."""
    kept = next((p for p, name in found if name == own), 0.0)
    best = max(((p, name) for p, name in found if name != own), default=None)
    if best is None or best[0] - kept <= margin:
        return None
    return best[1]


def rerank(quotes: list[Quote], text: str, *, ranker: RankerModel | None = None) -> list[Quote]:
    """Give each quote of ``quotes`` (one article's, ``text``) the speaker the
    model prefers by more than its margin; the role and affiliation come from
    another quote of that speaker. Returns ``quotes``."""
    ranker = ranker if ranker is not None else model()
    if not any(q.speaker is not None and mention_kind(q, text) in RANKED_MENTIONS for q in quotes):
        return quotes
    layout = article_layout(quotes, text)
    changes = [(quote, choice(quote, layout, ranker)) for quote in layout.quotes]
    for quote, name in changes:
        if name is not None:
            _give(quote, name, layout)
    return quotes


def _give(quote: Quote, name: str, layout: Layout) -> None:
    """Make ``name`` the speaker of ``quote``, with what another quote says of it."""
    other = next((q for q in layout.quotes if q is not quote and q.speaker == name), None)
    kind = layout.kinds.get(name, "unknown")
    quote.speaker = name
    quote.speaker_kind = other.speaker_kind if other is not None else kind if kind != "unknown" else "person"
    quote.role = other.role if other is not None else None
    quote.affiliation = other.affiliation if other is not None else None
