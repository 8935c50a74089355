"""Training the speaker re-ranker, and measuring it on sets it was not trained on.

``scripts/train-speaker-ranker`` runs :func:`main`: it extracts the judged
news-like sets (:data:`TRAINING_SETS`) with the rules alone, gathers each
matched quotation's candidates (:mod:`quotes.extract.speaker_candidates`),
labels a candidate right when the quotation's speaker would be judged right
with it (:func:`~quotes.evaluation.news.speaker_right`), and

1. cross-validates leave one set out: a model fitted on the other sets (its
   margin chosen by leave one set out among those only) re-ranks the held-out
   set, whose speakers right are counted beside the rules alone;
2. fits the shipped model on every set, its margin chosen by the first step's
   pooled predictions, and writes it with these figures to
   ``quotes/extract/speaker_ranker.json``.

The model is a logistic regression (scikit-learn, at training time only)
over the candidates of the quotes it may overrule. Articles and candidates
are sorted and the solver is deterministic, so a run gives the same file.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from quotes.evaluation.news import NewsArticle, load_news, score_news_article, speaker_right
from quotes.extract.speaker_candidates import (
    article_layout,
    candidate_features,
    candidates,
    own_name,
    recency,
)
from quotes.extract.speaker_ranker import WEIGHTS_FILE, pick, probability, ranked
from quotes.records import Quote

#: Where the judged sets of made-up news kept in this repository are.
FICTIONAL_NEWS = Path("db/fictional-news")
#: The judged sets the model is fitted on: news-dev and every set of made-up
#: news in the repository, so that a clean checkout refits the same file
#: (PolNeAR judges the mention, which the re-ranker never changes, so it
#: cannot teach it).
TRAINING_SETS = (
    Path("../shared/news-dev"),
    *(FICTIONAL_NEWS / f"set{number}" for number in (1, 2, 3, 4, 9, 10, 11, 12, 13, 14)),
)
#: The margins tried: a candidate replaces the rules' choice when its chance is
#: higher by more than this (1.0: never).
MARGINS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 1.0)
#: Inverse regularization strength (scikit-learn's ``C``).
REGULARIZATION = 1.0
#: Decimals kept of each weight in the file.
DECIMALS = 4
MODEL_PATH = Path(__file__).resolve().parent.parent / "extract" / WEIGHTS_FILE


@dataclass(frozen=True)
class Case:
    """One judged quotation: whether the rules' speaker is right and, when
    the model may overrule it, its candidates' features and labels."""

    corpus: str
    rules_right: bool
    own: str | None = None
    names: tuple[str, ...] = ()
    features: tuple[dict[str, float], ...] = ()
    labels: tuple[bool, ...] = ()


def cases_of(corpus: str, article: NewsArticle, quotes: list[Quote]) -> list[Case]:
    """The judged quotations of ``article`` given the rules' ``quotes``."""
    result = score_news_article(article, quotes)
    layout = article_layout(quotes, article.text)
    found = []
    for gold_id, quote in result.matching.pairs:
        gold = result.golds[gold_id.id]
        right = speaker_right(quote, gold, article.text)
        if right is None:
            continue
        if not ranked(quote, layout):
            found.append(Case(corpus=corpus, rules_right=right))
            continue
        names = recency(layout, quote, candidates(layout, quote))
        labels = tuple(bool(speaker_right(replace(quote, speaker=n), gold, article.text)) for n in names)
        features = tuple(candidate_features(layout, quote, n, names) for n in names)
        own = own_name(layout, quote.speaker)
        found.append(
            Case(
                corpus=corpus,
                rules_right=right,
                own=own,
                names=tuple(names),
                features=features,
                labels=labels,
            )
        )
    return found


def collect(sets: Sequence[Path], *, extract: Any = None) -> list[Case]:
    """The cases of every article of ``sets`` (sorted by name), extracted by
    the rules alone."""
    if extract is None:
        from quotes.extract.pipeline import extract_many

        def extract(texts: Iterable[str]) -> Iterable[list[Quote]]:
            return extract_many(texts, calibrated=False, reranked=False)

    found: list[Case] = []
    for root in sets:
        articles = sorted(load_news(root), key=lambda a: a.name)
        for article, quotes in zip(articles, extract([a.text for a in articles])):
            found.extend(cases_of(root.name, article, quotes))
    return found


def fit(cases: Sequence[Case]) -> dict[str, float]:
    """The weights of a logistic regression over the candidates of ``cases``."""
    from sklearn.linear_model import LogisticRegression

    rows = [(f, label) for case in cases for f, label in zip(case.features, case.labels)]
    names = sorted({name for f, _ in rows for name in f})
    if not rows or len({label for _, label in rows}) < 2:
        return {}
    matrix = [[f.get(name, 0.0) for name in names] for f, _ in rows]
    regression = LogisticRegression(C=REGULARIZATION, fit_intercept=False, max_iter=5000)
    regression.fit(matrix, [int(label) for _, label in rows])
    return {name: round(float(w), DECIMALS) for name, w in zip(names, regression.coef_[0])}


def right_with(case: Case, weights: dict[str, float], margin: float) -> bool:
    """Whether ``case``'s speaker is right once the model has re-ranked it."""
    if not case.names:
        return case.rules_right
    found = [(probability(f, weights), n) for f, n in zip(case.features, case.names)]
    chosen = pick(found, case.own, margin)
    return case.rules_right if chosen is None else case.labels[case.names.index(chosen)]


def best_margin(cases: Sequence[Case]) -> float:
    """The margin that keeps most speakers right when each set of ``cases``
    is re-ranked by a model fitted on the others (the larger on a tie)."""
    corpora = sorted({case.corpus for case in cases})
    held = {c: fit([x for x in cases if x.corpus != c]) for c in corpora}
    totals = {m: sum(right_with(x, held[x.corpus], m) for x in cases) for m in MARGINS}
    return max(MARGINS, key=lambda m: (totals[m], m))


def cross_validate(cases: Sequence[Case]) -> dict[str, dict[str, Any]]:
    """Per held-out set: speakers right with the rules alone and re-ranked by
    a model fitted (and its margin chosen) on the other sets only."""
    table: dict[str, dict[str, Any]] = {}
    for corpus in sorted({case.corpus for case in cases}):
        rest = [x for x in cases if x.corpus != corpus]
        weights, margin = fit(rest), best_margin(rest)
        held = [x for x in cases if x.corpus == corpus]
        table[corpus] = {
            "judged": len(held),
            "rules": sum(x.rules_right for x in held),
            "reranked": sum(right_with(x, weights, margin) for x in held),
            "margin": margin,
            "changed": sum(right_with(x, weights, margin) != x.rules_right for x in held),
            "reachable": sum(not x.rules_right and any(x.labels) for x in held),
        }
    return table


def train(cases: Sequence[Case], *, enabled: bool = False) -> dict[str, Any]:
    """The shipped model's JSON form: weights fitted on every case, the margin
    chosen by leave one set out, and the cross-validated figures."""
    return {
        "enabled": enabled,
        "margin": best_margin(cases),
        "weights": fit(cases),
        "cross_validated": cross_validate(cases),
    }


def write(model: dict[str, Any], path: Path = MODEL_PATH) -> None:
    """Write ``model`` as sorted, indented JSON."""
    path.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Fit the model on the judged sets, print its figures, write its file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, default=list(TRAINING_SETS))
    parser.add_argument("--enable", action="store_true", help="mark the model as on by default")
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    model = train(collect(args.sets), enabled=args.enable)
    print(json.dumps(model["cross_validated"], indent=1, sort_keys=True))
    print(f"margin {model['margin']}")
    write(model, args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
