"""``quotes evaluate``: scoring quote extraction on PolNeAR
(:mod:`quotes.evaluation`)."""

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
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write per-article false positives, misses and wrong speakers here (.jsonl for JSON lines).",
)
def evaluate_command(
    polnear_dir: str, split: str, limit: int | None, as_json: bool, errors_path: str | None
) -> None:
    """Score quote extraction against PolNeAR's hand-made attributions.

    Prints precision, recall and F1 for direct quotes and for all attributions,
    and the share of matched quotes attributed to the right speaker.
    """
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
