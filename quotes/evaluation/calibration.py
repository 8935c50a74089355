"""Fitting and checking what ``confidence`` means (:mod:`quotes.extract.confidence`).

:func:`polnear_labelled` and :func:`news_labelled` pair every predicted quote
of a corpus with whether its span and speaker are right (a false positive is
wrong; the second half of a split quote is left out); :func:`reliability`
bins them by confidence, the table of ``docs/extraction.md``.
:func:`fit_model` fits the logistic model on the rules' own scores and the
other features (PolNeAR train and the news-like sets, whose quotes weigh
:data:`NEWS_WEIGHT` of PolNeAR's) and the exponent that makes ``>= 0.9`` a
promise; :func:`write_weights` stores it in the package, and
:func:`leave_one_out` scores each news-like set with a model fitted without it.

:func:`report_reliability` gives the table of an evaluation report (``quotes
evaluate`` prints it). ``python -m quotes.evaluation.calibration [--polnear DIR]
[--news DIR ...] [--leave-one-out]`` (``scripts/train-confidence``) refits the
model and prints the reliability on PolNeAR dev and each news-like set.
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
from quotes.extract.resolution_risk import article_context
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
#: How much the news-like quotes weigh in the fit, all together, against
#: PolNeAR train's: they are fewer, and the only ones that judge who a
#: pronoun or a description was resolved to.
NEWS_WEIGHT = 0.7
#: The news-like sets the model is fitted on: news-dev and the fictional sets.
NEWS_SETS = ("../shared/news-dev", "db/fictional-news/set*")


@dataclass(frozen=True)
class Labelled:
    """A predicted quote's features and confidence, and whether it is right."""

    features: dict[str, float]
    confidence: float
    right: bool
    wrong_speaker: bool = False
    """True when the words are right and the speaker is not (news-like sets only)."""


def polnear_labelled(
    articles: Iterable[PolnearArticle], predictions: Iterable[list[Quote]]
) -> Iterator[Labelled]:
    """Each prediction of each PolNeAR article (``predictions`` in the same
    order), right when it matches an attribution whose source it names (or
    that has none)."""
    for article, quotes in zip(articles, predictions):
        context = article_context(quotes, article.text)
        matching = match(article.attributions, quotes)
        for gold, quote in matching.pairs:
            right = speaker_correct(quote, gold, article.text) is not False
            yield Labelled(features(quote, article.text, context), quote.confidence, right)
        for quote in matching.false_positives:
            yield Labelled(features(quote, article.text, context), quote.confidence, False)


def news_labelled(articles: Iterable[NewsArticle], predictions: Iterable[list[Quote]]) -> Iterator[Labelled]:
    """Each direct and partial prediction of each news article, right when it
    matches a quotation whose speaker it names."""
    for article, quotes in zip(articles, predictions):
        context = article_context(quotes, article.text)
        result = score_news_article(article, quotes)
        for gold, quote in result.matching.pairs:
            judged = speaker_right(quote, result.golds[gold.id], article.text)
            found = features(quote, article.text, context)
            yield Labelled(found, quote.confidence, judged is not False, wrong_speaker=judged is False)
        for quote in result.matching.false_positives:
            yield Labelled(features(quote, article.text, context), quote.confidence, False)


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


def fit_weights(
    labelled: Sequence[Labelled],
    *,
    regularisation: float = REGULARISATION,
    sample_weights: Sequence[float] | None = None,
) -> dict[str, float]:
    """Logistic-regression weights (by feature name) predicting ``right`` from
    the features, each quote counting ``sample_weights[i]`` (scikit-learn,
    deterministic: lbfgs from zero)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sparse=False)
    matrix = vectorizer.fit_transform([item.features for item in labelled])
    model = LogisticRegression(C=regularisation, fit_intercept=False, max_iter=3000)
    model.fit(matrix, [int(item.right) for item in labelled], sample_weight=sample_weights)
    names = vectorizer.get_feature_names_out()
    return {str(name): round(float(weight), 4) for name, weight in zip(names, model.coef_[0])}


def fit_exponent(
    groups: Sequence[Sequence[Labelled]], weights: dict[str, float], *, target: float = SURE
) -> float:
    """The smallest exponent (in steps of 0.25, at most :data:`MAX_EXPONENT`)
    for which the quotes scored ``>= 0.9`` of each of ``groups`` (PolNeAR
    train, the news-like quotes) are right at least ``target`` of the time."""
    scored = [[(probability(item.features, weights), item.right) for item in group] for group in groups]
    exponent = 1.0
    while exponent < MAX_EXPONENT:
        shares = [[right for score, right in group if score**exponent >= 0.9] for group in scored]
        if all(not sure or sum(sure) / len(sure) >= target for sure in shares):
            break
        exponent += 0.25
    return exponent


def fit_model(
    polnear: Sequence[Labelled], news: Sequence[Labelled], *, news_weight: float = NEWS_WEIGHT
) -> tuple[dict[str, float], float]:
    """Weights and exponent fitted on PolNeAR quotes and news-like quotes, the
    news-like ones weighing ``news_weight`` of the PolNeAR ones all together."""
    each = news_weight * len(polnear) / len(news) if news else 0.0
    weights = fit_weights([*polnear, *news], sample_weights=[1.0] * len(polnear) + [each] * len(news))
    return weights, fit_exponent([polnear, news] if news else [polnear], weights)


def write_weights(
    weights: dict[str, float], *, exponent: float, trained_on: str, path: Path | None = None
) -> Path:
    """Store ``weights`` and ``exponent`` as the package's model file (or at ``path``)."""
    import quotes.extract

    target = path or Path(quotes.extract.__file__).parent / WEIGHTS_FILE
    record = {"trained_on": trained_on, "exponent": exponent, "weights": dict(sorted(weights.items()))}
    target.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    return target


def scored(labelled: Sequence[Labelled], weights: dict[str, float], exponent: float) -> list[Labelled]:
    """``labelled`` with each confidence the model's (``weights``, ``exponent``),
    rounded as :func:`~quotes.extract.confidence.calibrate` rounds it."""
    return [
        Labelled(
            item.features,
            round(probability(item.features, weights, exponent), 3),
            item.right,
            item.wrong_speaker,
        )
        for item in labelled
    ]


def leave_one_out(polnear: Sequence[Labelled], sets: dict[str, list[Labelled]]) -> Iterator[str]:
    """For each news-like set, fitted without it: its quotes ``>= 0.9`` and
    their share right, and of its wrong speakers how many score below 0.5
    and below :data:`~quotes.extract.confidence.REVIEW_BELOW` (``needs_review``)."""
    from quotes.extract.confidence import REVIEW_BELOW

    for name, held in sets.items():
        others = [item for other, items in sets.items() if other != name for item in items]
        held = scored(held, *fit_model(polnear, others))
        sure = [item.right for item in held if item.confidence >= 0.9]
        wrong = [item.confidence for item in held if item.wrong_speaker]
        share = f"{sum(sure) / len(sure):.3f}" if sure else "-"
        low, review = sum(c < 0.5 for c in wrong), sum(c < REVIEW_BELOW for c in wrong)
        yield f"{name}: >= 0.9 {len(sure)} right {share}; wrong speakers {len(wrong)}, < 0.5 {low}, review {review}"


def _news_folders(given: Sequence[str] | None) -> list[Path]:
    """The news-like folders named (default :data:`NEWS_SETS`, globs expanded, in order)."""
    found: list[Path] = []
    for pattern in given or NEWS_SETS:
        matches = sorted(Path().glob(pattern), key=lambda p: (len(p.name), p.name)) if "*" in pattern else []
        found.extend(matches or [Path(pattern)])
    return found


def main(argv: Sequence[str] | None = None) -> None:
    """Refit the model on PolNeAR train and the news-like sets and print its
    reliability on PolNeAR dev (not fitted on) and each news-like set."""
    from quotes.evaluation.news import load_news
    from quotes.evaluation.polnear import load_split
    from quotes.extract.pipeline import extract_many

    parser = argparse.ArgumentParser(prog="scripts/train-confidence", description=main.__doc__)
    parser.add_argument("--polnear", default="../shared/polnear", help="the PolNeAR folder")
    parser.add_argument(
        "--news", nargs="+", help="news-like folders (default: news-dev, db/fictional-news/set*)"
    )
    parser.add_argument("--leave-one-out", action="store_true", help="also fit without each news-like set")
    options = parser.parse_args(argv)
    train = load_split(options.polnear, "train")
    polnear = list(polnear_labelled(train, extract_many((a.text for a in train), calibrated=False)))
    sets: dict[str, list[Labelled]] = {}
    for folder in _news_folders(options.news):
        articles = load_news(folder)
        sets[folder.name] = list(
            news_labelled(articles, extract_many((a.text for a in articles), calibrated=False))
        )
    news = [item for items in sets.values() for item in items]
    weights, exponent = fit_model(polnear, news)
    trained_on = f"PolNeAR train ({len(train)} articles, {len(polnear)} quotes) and {', '.join(sets)} ({len(news)} quotes)"
    path = write_weights(weights, exponent=exponent, trained_on=trained_on)
    print(f"{path}: {len(weights)} weights and exponent {exponent} from {len(polnear) + len(news)} quotes")
    model.cache_clear()
    dev = load_split(options.polnear, "dev")
    held = polnear_labelled(dev, extract_many((a.text for a in dev), calibrated=False))
    print(format_reliability(reliability(scored(list(held), weights, exponent)), title="PolNeAR dev"))
    for name, items in sets.items():
        print(format_reliability(reliability(scored(items, weights, exponent)), title=f"{name} (fitted on)"))
    if options.leave_one_out:
        print("\n".join(leave_one_out(polnear, sets)))


if __name__ == "__main__":
    main()
