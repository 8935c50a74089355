"""Fitting and checking what ``confidence`` means (:mod:`quotes.extract.confidence`).

:func:`polnear_labelled` and :func:`news_labelled` pair every predicted quote
of a corpus with whether its span and speaker are right (a false positive is
wrong; the second half of a split quote is left out); :func:`reliability`
bins them by confidence, the table of ``docs/extraction.md``.
:func:`fit_weights` fits the logistic model on the rules' own scores
(PolNeAR train, ``scripts/train-confidence``) and :func:`write_weights`
stores it in the package.

:func:`report_reliability` gives the table of an evaluation report (``quotes
evaluate`` prints it). ``python -m quotes.evaluation.calibration [--polnear DIR] [--news DIR]`` refits
the model on PolNeAR train and prints the reliability on PolNeAR dev and news-dev.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from quotes.evaluation.news import NewsArticle, NewsReport, score_news_article, speaker_right
from quotes.evaluation.polnear import PolnearArticle
from quotes.evaluation.scoring import Report, match, speaker_correct
from quotes.extract.confidence import WEIGHTS_FILE, features, model, probability
from quotes.records import Quote

#: The lower bounds of the confidence bins of the reliability table.
BINS = (0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95)
#: Regularisation of the fit (inverse strength, scikit-learn's ``C``).
REGULARISATION = 1.0
#: The share of right quotes that ``confidence >= 0.9`` is fitted to promise on
#: the training quotes (above the 0.97 promised, for a margin).
SURE = 0.98
#: The largest exponent :func:`fit_exponent` tries.
MAX_EXPONENT = 8.0


@dataclass(frozen=True)
class Labelled:
    """A predicted quote's features and confidence, and whether it is right."""

    features: dict[str, float]
    confidence: float
    right: bool


def polnear_labelled(
    articles: Iterable[PolnearArticle], predictions: Iterable[list[Quote]]
) -> Iterator[Labelled]:
    """Each prediction of each PolNeAR article (``predictions`` in the same
    order), right when it matches an attribution whose source it names (or
    that has none)."""
    for article, quotes in zip(articles, predictions):
        matching = match(article.attributions, quotes)
        for gold, quote in matching.pairs:
            right = speaker_correct(quote, gold, article.text) is not False
            yield Labelled(features(quote, article.text), quote.confidence, right)
        for quote in matching.false_positives:
            yield Labelled(features(quote, article.text), quote.confidence, False)


def news_labelled(articles: Iterable[NewsArticle], predictions: Iterable[list[Quote]]) -> Iterator[Labelled]:
    """Each direct and partial prediction of each news article, right when it
    matches a quotation whose speaker it names."""
    for article, quotes in zip(articles, predictions):
        result = score_news_article(article, quotes)
        for gold, quote in result.matching.pairs:
            right = speaker_right(quote, result.golds[gold.id], article.text) is not False
            yield Labelled(features(quote, article.text), quote.confidence, right)
        for quote in result.matching.false_positives:
            yield Labelled(features(quote, article.text), quote.confidence, False)


def report_reliability(report: Report | NewsReport) -> list[tuple[float, int, int]]:
    """The reliability table of the predictions an evaluation report holds."""
    if isinstance(report, NewsReport):
        results = report.results
        return reliability(news_labelled([r.article for r in results], [r.predictions for r in results]))
    articles = report.articles
    return reliability(polnear_labelled([r.article for r in articles], [r.predictions for r in articles]))


def reliability(labelled: Iterable[Labelled], bins: Sequence[float] = BINS) -> list[tuple[float, int, int]]:
    """``(lower bound, quotes, right)`` for each confidence bin."""
    counts = {low: [0, 0] for low in bins}
    for item in labelled:
        low = max(b for b in bins if item.confidence >= b) if item.confidence >= bins[0] else bins[0]
        counts[low][0] += 1
        counts[low][1] += int(item.right)
    return [(low, total, right) for low, (total, right) in counts.items()]


def format_reliability(rows: list[tuple[float, int, int]], *, title: str) -> str:
    """The reliability table as text: each bin, then ``>= 0.9`` as a whole."""
    lines = [title, f"{'confidence':>12} {'quotes':>7} {'right':>7}"]
    bounds = [low for low, _, _ in rows] + [1.0]
    for (low, total, right), high in zip(rows, bounds[1:]):
        share = f"{right / total:7.3f}" if total else f"{'-':>7}"
        lines.append(f"{low:5.2f}-{high:<6.2f} {total:7d} {share}")
    sure = [(t, r) for low, t, r in rows if low >= 0.9]
    total, right = sum(t for t, _ in sure), sum(r for _, r in sure)
    lines.append(f"{'>= 0.90':>12} {total:7d} {right / total if total else 0:7.3f}")
    return "\n".join(lines)


def fit_weights(labelled: Sequence[Labelled], *, regularisation: float = REGULARISATION) -> dict[str, float]:
    """Logistic-regression weights (by feature name) predicting ``right`` from
    the features (scikit-learn, deterministic: lbfgs from zero)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sparse=False)
    matrix = vectorizer.fit_transform([item.features for item in labelled])
    model = LogisticRegression(C=regularisation, fit_intercept=False, max_iter=2000)
    model.fit(matrix, [int(item.right) for item in labelled])
    names = vectorizer.get_feature_names_out()
    return {str(name): round(float(weight), 4) for name, weight in zip(names, model.coef_[0])}


def fit_exponent(labelled: Sequence[Labelled], weights: dict[str, float], *, target: float = SURE) -> float:
    """The smallest exponent (in steps of 0.25, at most :data:`MAX_EXPONENT`)
    for which the quotes of ``labelled`` scored ``>= 0.9`` are right at least
    ``target`` of the time."""
    scores = [(probability(item.features, weights), item.right) for item in labelled]
    exponent = 1.0
    while exponent < MAX_EXPONENT:
        sure = [right for score, right in scores if score**exponent >= 0.9]
        if not sure or sum(sure) / len(sure) >= target:
            break
        exponent += 0.25
    return exponent


def write_weights(
    weights: dict[str, float], *, exponent: float, trained_on: str, path: Path | None = None
) -> Path:
    """Store ``weights`` and ``exponent`` as the package's model file (or at ``path``)."""
    import quotes.extract

    target = path or Path(quotes.extract.__file__).parent / WEIGHTS_FILE
    record = {"trained_on": trained_on, "exponent": exponent, "weights": dict(sorted(weights.items()))}
    target.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    return target


def main(argv: Sequence[str] | None = None) -> None:
    """Refit the model on PolNeAR train and print its reliability on PolNeAR
    dev and news-dev."""
    from quotes.evaluation.news import load_news
    from quotes.evaluation.polnear import load_split
    from quotes.extract.confidence import calibrate
    from quotes.extract.pipeline import extract_many

    parser = argparse.ArgumentParser(prog="scripts/train-confidence", description=main.__doc__)
    parser.add_argument("--polnear", default="../shared/polnear", help="the PolNeAR folder")
    parser.add_argument("--news", default="../shared/news-dev", help="the news-dev folder")
    options = parser.parse_args(argv)
    train = load_split(options.polnear, "train")
    labelled = list(polnear_labelled(train, extract_many((a.text for a in train), calibrated=False)))
    weights = fit_weights(labelled)
    exponent = fit_exponent(labelled, weights)
    trained_on = f"PolNeAR train ({len(train)} articles, {len(labelled)} quotes)"
    path = write_weights(weights, exponent=exponent, trained_on=trained_on)
    print(f"{path}: {len(weights)} weights and exponent {exponent} from {len(labelled)} quotes")
    model.cache_clear()
    dev = load_split(options.polnear, "dev")
    scored = (
        calibrate(q, a.text) for a, q in zip(dev, extract_many((a.text for a in dev), calibrated=False))
    )
    print(format_reliability(reliability(polnear_labelled(dev, scored)), title="PolNeAR dev"))
    news = load_news(options.news)
    predicted = extract_many((a.text for a in news), calibrated=False)
    scored = (calibrate(q, a.text) for a, q in zip(news, predicted))
    print(format_reliability(reliability(news_labelled(news, scored)), title="news-dev"))


if __name__ == "__main__":
    main()
