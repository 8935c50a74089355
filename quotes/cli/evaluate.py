"""``quotes evaluate``: scoring quote extraction on PolNeAR or on a news-dev
folder (:mod:`quotes.evaluation`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from quotes.cli.options import library_errors

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
    errors_path: str | None,
) -> None:
    """Score quote extraction against PolNeAR's hand-made attributions.

    Prints precision, recall and F1 for direct quotes and for all attributions,
    and the share of matched quotes attributed to the right speaker. With
    --news, scores the quoted words and speakers of a news-dev folder instead,
    per article, per genre and overall.
    """
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
    with library_errors():
        articles = load()
        from quotes.extract import extract_quotes

        report = evaluate(articles, extract_quotes)
        if errors_path:
            write_errors(report, errors_path)
    return report


def _show(report: Report | NewsReport, payload: dict | None, table: str) -> None:
    """Warn of the articles the extractor failed on, then print ``payload`` as
    JSON when given, else ``table``, with the reliability of the confidence."""
    from quotes.evaluation.calibration import format_reliability, report_reliability

    for failure in report.failures:
        click.echo(f"warning: {failure.article.name}: extraction failed: {failure.error}", err=True)
    rows = report_reliability(report)
    if payload is not None:
        payload["reliability"] = [
            {"from": low, "quotes": total, "right": right} for low, total, right in rows
        ]
        click.echo(json.dumps(payload, indent=2))
    else:
        click.echo(table + "\n\n" + format_reliability(rows, title="confidence: share of quotes right"))
