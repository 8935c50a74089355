"""Training the stance model, and measuring it on quotes it was not trained on.

``scripts/train-stance`` runs :func:`main`: it reads the labelled quotes
(:data:`TRAINING_LABELS`: news-dev's ``stance.jsonl``, the sample's and
PolNeAR's labels of ``tests/fixtures``), computes their features once, and

1. cross-validates: the articles are split into folds; for each fold a model
   is trained on the other folds (its thresholds chosen by an inner
   cross-validation on those folds only) and tags the fold's quotes; the
   pooled predictions are scored per labels file, beside the rules alone;
2. measures across corpora: for each labels file, a model trained on the
   other files only tags its quotes (news-dev held out is the closest thing
   to news nobody has seen: varied, and labelled by other hands);
3. trains the shipped model on every label and writes it (with these figures)
   to ``quotes/enrich/stance_model.json``.

The model is one multinomial logistic regression (scikit-learn, a
training-only dependency) over standardized features, whose classes are the
general tags with enough labels, ``analyzes`` among them, and
:data:`~quotes.enrich.stance_model.NO_TAG`; a quote with several tags counts
once, shared among them. The model's most probable tag is stored when its
probability reaches that tag's threshold (:func:`stored_threshold`): the
lowest at which the inner cross-validation's choices of that tag were right
at least :data:`TARGET_PRECISION` of the time, surely enough
(:data:`SURE_PRECISION`), and in every labels file with a few of them; a tag
that never gets there is only ever suggested. Folds are fixed (articles
sorted by name, dealt round-robin), so a run gives the same model.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Any

from quotes.enrich.gazetteer import load_gazetteer
from quotes.enrich.stance import Taxonomy, load_taxonomy, people_targets
from quotes.enrich.stance_model import MODEL_PATH, NO_TAG, StanceModel, Tagger, TagModel
from quotes.evaluation.stance_labels import LabelledQuote, attach_cues, load_labels
from quotes.evaluation.stance_scoring import (
    DEFAULT_LABELS,
    DEFAULT_ROOT,
    Scores,
    format_scores,
    score,
    scored_tags,
)
from quotes.extract.stance_features import Features, quote_features

NEWS_DEV = DEFAULT_ROOT / "news-dev" / "stance.jsonl"
POLNEAR_LABELS = DEFAULT_LABELS.with_name("stance_labels_polnear.yml")
"""Quotes of PolNeAR articles labelled for training, after news-dev's conventions."""
TRAINING_LABELS = (NEWS_DEV, DEFAULT_LABELS, POLNEAR_LABELS)
FOLDS = 5
INNER_FOLDS = 4
TARGET_PRECISION = 0.90
"""Stored tags must be right at least this often in the inner cross-validation
(a margin over the 0.85 aimed at on unseen news)."""
SURE_PRECISION = 0.85
"""...and the lower end of the Wilson interval (one standard error) of that
precision must reach this: six picks will do when all are right, one wrong
needs seventeen."""
FILE_PRECISION = 0.85
FILE_PICKS = 5
"""Within every labels file with at least :data:`FILE_PICKS` picks above the
threshold, they must be right :data:`FILE_PRECISION` of the time (a threshold
that holds on one kind of article only is not trusted)."""
SUGGEST = 0.3
"""Probability from which a tag is shown as a suggestion (the probabilities of
a quote's classes sum to one, so at most three tags reach it)."""
REGULARIZATION = 0.3
"""Inverse regularization strength (scikit-learn's ``C``)."""
MIN_POSITIVES = 4
"""Tags with fewer labelled quotes get no model (their rules stay)."""
RANKING_PRECISION = 0.85
"""The precision at which :func:`ranking` reads the recall of the surest choices."""


@dataclass
class Example:
    """One labelled quote with its model inputs, from one labels file."""

    label: LabelledQuote
    features: Features
    inputs: dict[str, float]
    source: str


def examples(paths: Sequence[Path], *, taxonomy: Taxonomy, root: Path) -> list[Example]:
    """The labelled quotes of ``paths`` with their features (one parse each)."""
    from quotes.extract import extract_quotes

    tagger = Tagger(taxonomy, model=StanceModel(scaling={}, tags={}, trained_on={}))
    found = []
    for path in paths:
        labels = attach_cues(load_labels(path, root=root), extract_quotes)
        features = quote_features([item.span for item in labels])
        for item, feats in zip(labels, features):
            inputs, _, _ = tagger.inputs(item.span, feats, item.cue)
            found.append(Example(label=item, features=feats, inputs=inputs, source=path.name))
    return found


def _matrix(rows: Sequence[Example], names: Sequence[str]) -> list[list[float]]:
    return [[row.inputs.get(name, 0.0) for name in names] for row in rows]


def _folds(rows: Sequence[Example], count: int) -> list[int]:
    """The fold of each row: articles sorted by name, dealt round-robin."""
    groups = sorted({row.label.group for row in rows})
    fold_of = {group: i % count for i, group in enumerate(groups)}
    return [fold_of[row.label.group] for row in rows]


def _classes(row: Example, tags: Sequence[str]) -> list[str]:
    """The classes a row is trained on: its general tags, else :data:`NO_TAG`."""
    return [tag for tag in tags if tag in row.label.tags] or [NO_TAG]


def _fit_weights(rows: Sequence[Example], names: Sequence[str], tags: Sequence[str]):
    """Per class ``(bias, weights)`` of one multinomial regression, and the
    scaling, fitted on ``rows``. A quote with several tags counts once, shared
    among its tags; tags with too few quotes are left to their rules."""
    import numpy
    from sklearn.linear_model import LogisticRegression

    counts = {tag: sum(tag in row.label.tags for row in rows) for tag in tags}
    modelled = [tag for tag in tags if counts[tag] >= MIN_POSITIVES]
    matrix = numpy.array(_matrix(rows, names), dtype=float)
    means, scales = matrix.mean(axis=0), matrix.std(axis=0)
    scales[scales == 0] = 1.0
    standard = (matrix - means) / scales
    samples, classes, shares = [], [], []
    for index, row in enumerate(rows):
        given = _classes(row, modelled)
        for name in given:
            samples.append(standard[index])
            classes.append(name)
            shares.append(1 / len(given))
    regression = LogisticRegression(C=REGULARIZATION, max_iter=5000)
    regression.fit(numpy.array(samples), classes, sample_weight=shares)
    fitted = {
        str(name): (
            float(regression.intercept_[k]),
            {n: float(w) for n, w in zip(names, regression.coef_[k]) if abs(w) > 1e-4},
        )
        for k, name in enumerate(regression.classes_)
    }
    scaling = {n: (float(m), float(s)) for n, m, s in zip(names, means, scales)}
    return fitted, scaling


def wilson_lower(right: int, seen: int, *, z: float = 1.0) -> float:
    """The lower end of the Wilson score interval of ``right`` out of ``seen``."""
    if not seen:
        return 0.0
    share = right / seen
    spread = z * math.sqrt(share * (1 - share) / seen + z * z / (4 * seen * seen))
    return (share + z * z / (2 * seen) - spread) / (1 + z * z / seen)


def stored_threshold(pairs: list[tuple[float, bool, str]]) -> float:
    """The lowest probability at which the pairs (probability, right, labels
    file) above it are right :data:`TARGET_PRECISION` of the time, surely
    enough (:data:`SURE_PRECISION`) and in every labels file with a few of
    them (:data:`FILE_PRECISION`); ``1.0`` (never stored) when there is none."""
    best = 1.0
    right: dict[str, int] = {}
    seen: dict[str, int] = {}
    # Pairs of one probability are stored or not together, so a threshold is
    # only tested once all of them are counted, whatever order they sort in.
    for probability, tied in groupby(sorted(pairs, reverse=True), key=itemgetter(0)):
        for _, correct, source in tied:
            right[source] = right.get(source, 0) + correct
            seen[source] = seen.get(source, 0) + 1
        total, count = sum(right.values()), sum(seen.values())
        everywhere = all(
            right[name] / seen[name] >= FILE_PRECISION for name in seen if seen[name] >= FILE_PICKS
        )
        if total / count >= TARGET_PRECISION and wilson_lower(total, count) >= SURE_PRECISION and everywhere:
            best = probability
    return best


def train(rows: Sequence[Example], *, taxonomy: Taxonomy, inner_folds: int = INNER_FOLDS) -> StanceModel:
    """A model fitted on ``rows``, each tag's threshold chosen on the
    out-of-fold predictions of a cross-validation on ``rows`` alone: the tag is
    stored where it is the most probable class and its probability is at
    least that threshold."""
    names = sorted({name for row in rows for name in row.inputs})
    tags = [t.name for t in taxonomy.tags if t.beat == "general"]
    fitted, scaling = _fit_weights(rows, names, tags)
    pairs: dict[str, list[tuple[float, bool, str]]] = {tag: [] for tag in fitted}
    folds = _folds(rows, inner_folds)
    for fold in range(inner_folds):
        inner_train = [r for r, f in zip(rows, folds) if f != fold]
        inner = _model(*_fit_weights(inner_train, names, tags), thresholds={})
        for row in (r for r, f in zip(rows, folds) if f == fold):
            found = inner.probabilities(row.inputs)
            chosen = max(found, key=lambda n: found[n][0])
            if chosen in pairs:
                right = chosen in _classes(row, tags)
                pairs[chosen].append((found[chosen][0], right, row.source))
    thresholds = {tag: stored_threshold(found) for tag, found in pairs.items() if tag != NO_TAG}
    return _model(fitted, scaling, thresholds=thresholds)


def _model(fitted, scaling, *, thresholds: dict[str, float], suggest: float = 0.0) -> StanceModel:
    tags = {
        tag: TagModel(bias=bias, weights=weights, threshold=thresholds.get(tag, 1.0), suggest=suggest)
        for tag, (bias, weights) in fitted.items()
    }
    return StanceModel(scaling=scaling, tags=tags, trained_on={})


def _with_suggest(model: StanceModel) -> StanceModel:
    tags = {
        name: TagModel(bias=t.bias, weights=t.weights, threshold=t.threshold, suggest=SUGGEST)
        for name, t in model.tags.items()
    }
    return StanceModel(scaling=model.scaling, tags=tags, trained_on=model.trained_on)


@dataclass(frozen=True)
class Ranking:
    """How well a model orders the tags, whatever its thresholds:
    ``top_accuracy``, the share of quotes whose most probable tag (``analyzes``
    included, "no tag" left out) is one of theirs; ``sure_recall``, the highest
    recall at which its choices, surest first, stay right
    :data:`RANKING_PRECISION` of the time (what the best thresholds could store)."""

    top_accuracy: float
    sure_recall: float


def ranking(model: StanceModel, rows: Sequence[Example]) -> Ranking:
    """The :class:`Ranking` of ``model`` on ``rows``."""
    labelled = sum(tag in row.label.tags for row in rows for tag in model.tags)
    top_right = 0
    choices: list[tuple[float, bool]] = []
    for row in rows:
        found = model.probabilities(row.inputs)
        tags = [name for name in found if name != NO_TAG]
        if not tags:
            continue
        top_right += max(tags, key=lambda n: found[n][0]) in row.label.tags
        chosen = max(found, key=lambda n: found[n][0])
        if chosen != NO_TAG:
            choices.append((found[chosen][0], chosen in row.label.tags))
    right = seen = 0
    recall = 0.0
    for _, tied in groupby(sorted(choices, reverse=True), key=itemgetter(0)):
        for _, correct in tied:
            right, seen = right + correct, seen + 1
        if right / seen >= RANKING_PRECISION:
            recall = right / labelled
    return Ranking(top_accuracy=top_right / len(rows) if rows else 0.0, sure_recall=recall)


def stored(tagger: Tagger, rows: Sequence[Example]) -> list[dict[str, str | None]]:
    """The stored tags the tagger gives each row."""
    return [
        {h.tag: h.target for h in tagger.decide(r.label.span, r.features, r.label.cue) if not h.suggestion}
        for r in rows
    ]


def cross_validate(rows: Sequence[Example], *, taxonomy: Taxonomy, people=()) -> list[dict[str, str | None]]:
    """Out-of-fold stored tags for every row (see the module docstring)."""
    predicted: list[dict[str, str | None]] = [{} for _ in rows]
    folds = _folds(rows, FOLDS)
    for fold in range(FOLDS):
        chosen = [i for i, f in enumerate(folds) if f == fold]
        model = _with_suggest(train([r for r, f in zip(rows, folds) if f != fold], taxonomy=taxonomy))
        tagger = Tagger(taxonomy, model=model, extra_targets=people)
        for i, given in zip(chosen, stored(tagger, [rows[i] for i in chosen])):
            predicted[i] = given
    return predicted


def _scores(rows: Sequence[Example], predicted, taxonomy: Taxonomy) -> Scores:
    labels = [r.label for r in rows]
    return score(labels, predicted, tags=scored_tags(taxonomy, labels))


def _summary(scores: Scores) -> dict[str, Any]:
    return {
        "quotes": scores.quotes,
        "micro": {k: round(scores.micro[k], 3) for k in ("precision", "recall", "f1")},
        "per_tag": {
            name: {
                "precision": round(s["precision"], 3),
                "recall": round(s["recall"], 3),
                "support": s["support"],
            }
            for name, s in scores.per_tag.items()
        },
    }


def report(rows: Sequence[Example], *, taxonomy: Taxonomy, people=()) -> dict[str, Any]:
    """Per labels file: cross-validated figures, the rules alone, and a model
    trained on the other files only."""
    figures: dict[str, Any] = {}
    oof = cross_validate(rows, taxonomy=taxonomy, people=people)
    rules = stored(Tagger(taxonomy, model=StanceModel({}, {}, {}), extra_targets=people), rows)
    sources = sorted({r.source for r in rows})
    for source in sources:
        chosen = [i for i, r in enumerate(rows) if r.source == source]
        subset = [rows[i] for i in chosen]
        model_scores = _scores(subset, [oof[i] for i in chosen], taxonomy)
        rule_scores = _scores(subset, [rules[i] for i in chosen], taxonomy)
        print(f"== {source}: model, {FOLDS}-fold cross-validated by article")
        print(format_scores(model_scores))
        print(f"== {source}: rules alone")
        print(format_scores(rule_scores, confusions=0))
        figures[f"cross-validated {source}"] = _summary(model_scores)
        figures[f"rules {source}"] = _summary(rule_scores)
    for held_out in sources if len(sources) > 1 else []:
        training = [r for r in rows if r.source != held_out]
        testing = [r for r in rows if r.source == held_out]
        model = _with_suggest(train(training, taxonomy=taxonomy))
        tested = _scores(
            testing, stored(Tagger(taxonomy, model=model, extra_targets=people), testing), taxonomy
        )
        ranked = ranking(model, testing)
        print(f"== {held_out}: model trained on the other labels only (across corpora)")
        print(format_scores(tested, confusions=0))
        print(
            f"most probable tag right {ranked.top_accuracy:.3f}; surest choices right "
            f"{RANKING_PRECISION:.0%} of the time up to recall {ranked.sure_recall:.3f}"
        )
        figures[f"across corpora {held_out}"] = {**_summary(tested), "ranking": vars(ranked)}
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    """``scripts/train-stance [--labels FILE ...] [--output PATH] [--no-report]``."""
    parser = argparse.ArgumentParser(prog="train-stance", description=__doc__.split("\n")[0])
    parser.add_argument("--labels", type=Path, nargs="+", default=list(TRAINING_LABELS))
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="where YAML labels' files are")
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    parser.add_argument("--no-report", action="store_true", help="skip the cross-validation")
    args = parser.parse_args(argv)
    taxonomy = load_taxonomy()
    people = people_targets(load_gazetteer())
    rows = examples(args.labels, taxonomy=taxonomy, root=args.root)
    figures = {} if args.no_report else report(rows, taxonomy=taxonomy, people=people)
    model = _with_suggest(train(rows, taxonomy=taxonomy))
    trained_on = {"labels": {p.name: sum(r.source == p.name for r in rows) for p in args.labels}, **figures}
    final = StanceModel(scaling=model.scaling, tags=model.tags, trained_on=trained_on)
    args.output.write_text(json.dumps(final.to_dict(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(
        f"wrote {args.output}: thresholds "
        + ", ".join(f"{n} {t.threshold:.2f}" for n, t in model.tags.items())
    )
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
