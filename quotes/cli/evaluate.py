"""``quotes evaluate``: scoring quote extraction on PolNeAR, or stance tags
against hand labels (:mod:`quotes.evaluation`)."""

from __future__ import annotations

import json

import click

from quotes.cli.options import library_errors
from quotes.cli.progress import progress_bars


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
    limit: int | None,
    as_json: bool,
    stance_path: str | None,
    errors_path: str | None,
) -> None:
    """Score quote extraction against PolNeAR's hand-made attributions.

    Prints precision, recall and F1 for direct quotes and for all attributions,
    and the share of matched quotes attributed to the right speaker. With
    --stance FILE, scores the stored stance tags against hand labels instead:
    precision, recall and support per tag, micro and macro averages, confusions.
    """
    if stance_path:
        _evaluate_stance(stance_path, as_json=as_json)
        return
    from quotes.evaluation.polnear import load_split
    from quotes.evaluation.scoring import evaluate, format_report, write_errors

    with library_errors(), progress_bars() as bars:
        articles = load_split(polnear_dir, split, limit=limit)
        from quotes.extract import extract_quotes  # spaCy loads once the corpus is found

        report = evaluate(articles, extract_quotes, on_progress=bars)
        if errors_path:
            write_errors(report, errors_path)
    for failure in report.failures:
        click.echo(f"warning: {failure.article.name}: extraction failed: {failure.error}", err=True)
    if as_json:
        click.echo(json.dumps({"split": split, **report.to_dict()}, indent=2))
    else:
        click.echo(format_report(report, title=f"PolNeAR {split}"))


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
