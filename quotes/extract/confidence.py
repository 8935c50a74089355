"""What a quote's ``confidence`` means: the estimated chance that both its
span and its speaker are right, from a small logistic model over what the
extraction knows of the quote (its kind, cue, the kind of mention the speaker
rests on, the rules' own score) and the risks of its speaker's resolution
(:mod:`quotes.extract.resolution_risk`).

The weights are in ``confidence.json`` beside this module, fitted on PolNeAR
train and the judged news-like sets (news-dev, ``db/fictional-news``) by
``scripts/train-confidence`` (nothing is downloaded); they are read once. Quotes below :data:`REVIEW_BELOW` are kept and marked ``needs_review``.
The reliability of the scores on PolNeAR dev and news-dev is in
``docs/extraction.md``.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

from quotes.extract.resolution_risk import ArticleContext, article_context, risk_features
from quotes.extract.speaker_words import FIRST_PERSON, INDEFINITE_PERSON, PRONOUNS
from quotes.records import Quote

#: Below this confidence a quote is marked ``needs_review``.
REVIEW_BELOW = 0.3
#: The file of the model's weights, in this package.
WEIGHTS_FILE = "confidence.json"
#: Cues that say plainly that words were spoken or written.
PLAIN_CUES = frozenset({"said", "says", "told", "tells", "added", "according to", "wrote", "writes"})
#: Relative pronouns a source may rest on.
_RELATIVES = frozenset({"who", "whom", "which", "that"})
#: Words opening a description, not a name (``the spokesman``, ``a witness``).
_NOMINAL_OPENERS = frozenset({"the", "a", "an", "this", "that"})
#: Speakers that are still a pronoun: nobody was found for the mention (``One wrote``).
_UNRESOLVED = PRONOUNS | INDEFINITE_PERSON | {"this", "these", "those", "all"}
#: How far (characters) a mention may stand from its quote and still be next to it.
_NEAR = 200
_WORD_RE = re.compile(r"\w+")


def features(quote: Quote, text: str, context: ArticleContext | None = None) -> dict[str, float]:
    """The model's inputs for ``quote`` in the article ``text`` (each 0 or 1
    but for the rules' own score, the length and the number of speakers);
    ``context`` (:func:`article_context` of the article's quotes) adds the
    risks of the speaker's resolution."""
    mention = mention_kind(quote, text)
    found: dict[str, float] = {
        "bias": 1.0,
        f"kind_{quote.kind}": 1.0,
        "rules": quote.confidence,
        "words": min(len(_WORD_RE.findall(quote.text)), 60) / 60,
        f"speaker_{quote.speaker_kind or 'none'}": 1.0,
        f"mention_{mention}": 1.0,
    }
    cue = (quote.cue or "").lower()
    found["cue_none" if not cue else "cue_plain" if cue in PLAIN_CUES else "cue_other"] = 1.0
    if quote.within is not None:
        found["within"] = 1.0
    if quote.speaker is not None and quote.speaker.lower() in _UNRESOLVED:
        found["unresolved"] = 1.0  # "he", "which": a mention nobody was found for
    if text.find("\n", 0, quote.start) < 0:
        found["headline"] = 1.0
    if quote.speaker_start is not None and not _near(quote, quote.speaker_start):
        found["mention_far"] = 1.0
    if mention == "nominal" and quote.speaker is not None and quote.speaker_start is not None:
        said = text[quote.speaker_start : quote.speaker_end]
        found["nominal_named" if quote.speaker not in said else "nominal_kept"] = 1.0
    if context is not None:
        found.update(risk_features(quote, context))
    return found


def mention_kind(
    quote: Quote,
    text: str,
    *,
    relatives: frozenset[str] = _RELATIVES,
    openers: frozenset[str] = _NOMINAL_OPENERS,
) -> str:
    """What the speaker mention is: none, first (I, we), pronoun, relative
    (one of ``relatives``), nominal (opening on one of ``openers``, the
    spokesman, or not ending on a capital) or name."""
    if quote.speaker_start is None or quote.speaker_end is None or quote.speaker is None:
        return "none"
    mention = text[quote.speaker_start : quote.speaker_end].strip()
    lower = mention.lower()
    if lower in FIRST_PERSON:
        return "first"
    if lower in relatives:
        return "relative"
    if lower in PRONOUNS:
        return "pronoun"
    words = mention.split()
    if words and (words[0].lower() in openers or not words[-1][:1].isupper()):
        return "nominal"
    return "name"


def _near(quote: Quote, position: int) -> bool:
    """True when ``position`` lies within the quote's reach (just before or after it)."""
    return quote.start - _NEAR <= position <= quote.end + _NEAR


@lru_cache(maxsize=1)
def model() -> tuple[dict[str, float], float]:
    """The model's weights by feature name and its exponent (read once from
    :data:`WEIGHTS_FILE`)."""
    raw = json.loads(resources.files(__package__).joinpath(WEIGHTS_FILE).read_text(encoding="utf-8"))
    weights = {str(name): float(value) for name, value in raw["weights"].items()}
    return weights, float(raw.get("exponent", 1.0))


def probability(found: dict[str, float], weights: dict[str, float], exponent: float = 1.0) -> float:
    """The logistic model ``weights`` applied to the features ``found``, raised
    to ``exponent``: a power above 1 keeps the order of the quotes and lowers
    the scores, so that ``>= 0.9`` holds only the quotes the model is surest of
    (see :func:`quotes.evaluation.calibration.fit_exponent`)."""
    score = sum(value * weights.get(name, 0.0) for name, value in found.items())
    return (1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))) ** exponent


def calibrate(quotes: list[Quote], text: str) -> list[Quote]:
    """Set each quote's ``confidence`` to the model's estimate and mark those
    below :data:`REVIEW_BELOW` ``needs_review``; returns ``quotes``."""
    weights, exponent = model()
    context = article_context(quotes, text)
    for quote in quotes:
        quote.confidence = round(probability(features(quote, text, context), weights, exponent), 3)
        quote.needs_review = quote.confidence < REVIEW_BELOW
    return quotes
