"""``quotes evaluate``: scoring quote extraction on PolNeAR or on a news-dev
folder, or stance tags against hand labels (:mod:`quotes.evaluation`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from quotes.cli.options import library_errors
from quotes.cli.progress import progress_bars

if TYPE_CHECKING:
    from quotes.evaluation.news import NewsReport
    from quotes.evaluation.scoring import Report


@click.command("evaluate")
@click.option(
    "--polnear",
    "polnear_dir",
    type=click.Path(file_okay=False),
    default="../shared/polnear",
    show_default=True,
    help="The PolNeAR folder (holding metadata.tsv, train/ and dev/).",
)
@click.option(
    "--split",
    type=click.Choice(["dev", "train"]),
    default="dev",
    show_default=True,
    help="Which part of the corpus to score: dev to measure, train to tune on.",
)
@click.option(
    "--news",
    "news_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Score the quoted words and speakers of a news-dev folder (text/, gold.jsonl) instead of PolNeAR.",
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N articles.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "--stance",
    "stance_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Score the stance tagger instead, against this labels file (.jsonl like news-dev's "
    "stance.jsonl, or .yml like tests/fixtures/stance_labels.yml).",
)
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write per-article false positives, misses and wrong speakers here (.jsonl for JSON lines).",
)
def evaluate_command(
    polnear_dir: str,
    split: str,
    news_dir: str | None,
    limit: int | None,
    as_json: bool,
    stance_path: str | None,
    errors_path: str | None,
) -> None:
    """Score quote extraction against PolNeAR's hand-made attributions.

    Prints precision, recall and F1 for direct quotes and for all attributions,
    and the share of matched quotes attributed to the right speaker. With
    --news, scores the quoted words and speakers of a news-dev folder instead,
    per article, per genre and overall. With --stance FILE, scores the stored
    stance tags against hand labels: precision, recall and support per tag,
    micro and macro averages, confusions.
    """
    if stance_path:
        _evaluate_stance(stance_path, as_json=as_json)
        return
    if news_dir is not None:
        from quotes.evaluation.news import evaluate_news, format_news_report, load_news, write_news_errors

        news: NewsReport = _scored(
            lambda: load_news(news_dir, limit=limit), evaluate_news, write_news_errors, errors_path
        )
        payload = {"news": news_dir, **news.to_dict()}
        _show(news, payload if as_json else None, format_news_report(news, title=f"news: {news_dir}"))
        return
    from quotes.evaluation.polnear import load_split
    from quotes.evaluation.scoring import evaluate, format_report, write_errors

    report: Report = _scored(
        lambda: load_split(polnear_dir, split, limit=limit), evaluate, write_errors, errors_path
    )
    payload = {"split": split, **report.to_dict()}
    _show(report, payload if as_json else None, format_report(report, title=f"PolNeAR {split}"))


def _scored(
    load: Callable[[], Any], evaluate: Callable, write_errors: Callable, errors_path: str | None
) -> Any:
    """Load the articles, score the extractor on them (spaCy loads once the
    articles are found) and write the errors when asked; library errors become
    one-line messages."""
    with library_errors(), progress_bars() as bars:
        articles = load()
        from quotes.extract import extract_quotes

        report = evaluate(articles, extract_quotes, on_progress=bars)
        if errors_path:
            write_errors(report, errors_path)
    return report


def _show(report: Report | NewsReport, payload: dict | None, table: str) -> None:
    """Warn of the articles the extractor failed on, then print ``payload`` as
    JSON when given, else ``table``, with the reliability of the confidence."""
    from quotes.evaluation.calibration import format_reliability, report_reliability

    for failure in report.failures:
        click.echo(f"Warning: {failure.article.name}: extraction failed: {failure.error}", err=True)
    rows = report_reliability(report)
    if payload is not None:
        payload["reliability"] = [
            {"from": low, "quotes": total, "right": right} for low, total, right in rows
        ]
        click.echo(json.dumps(payload, indent=2))
    else:
        click.echo(table + "\n\n" + format_reliability(rows, title="confidence: share of quotes right"))


def _evaluate_stance(path: str, *, as_json: bool) -> None:
    """``quotes evaluate --stance FILE``."""
    from pathlib import Path

    from quotes.enrich.stance_model import load_model
    from quotes.evaluation.stance_scoring import evaluate_file, format_scores

    with library_errors():
        results = evaluate_file(path, suggestions=True)
        trained_on = load_model().trained_on.get("labels") or {}
    if Path(path).name in trained_on:
        click.echo(
            f"note: the stance model was trained on {Path(path).name}: these figures are not held out "
            "(scripts/train-stance prints cross-validated ones)",
            err=True,
        )
    if as_json:
        click.echo(json.dumps({name: scores.to_dict() for name, scores in results.items()}, indent=2))
        return
    for name, scores in results.items():
        click.echo(f"== {path}: {name}")
        click.echo(format_scores(scores))
