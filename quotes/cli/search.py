"""``quotes search``: ranked search through the whoosh engine (:mod:`quotes.search`);
its index is kept by ``quotes index`` (:mod:`quotes.cli.indexes`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from quotes.cli.options import count_option, db_option, library_errors


@click.command("search")
@click.argument("query")
@db_option("its index is beside it")
@click.option(
    "--limit", type=click.IntRange(1, 100), default=10, show_default=True, help="Show at most N quotes."
)
@count_option("--page", "Show the Nth page of LIMIT quotes.")
@click.option(
    "--json", "as_json", is_flag=True, help="Print JSON: plain fields plus the highlighted HTML fragments."
)
def search_command(query: str, db_path: str | Path, limit: int, page: int, as_json: bool) -> None:
    """Search the quotes through the whoosh index, best matches first.

    QUERY takes words (all must match), "phrases", fields (speaker:easley,
    stance:warns, outlet:gazette, role:, affiliation:, title:, kind:direct),
    dates (date:2022, "date:[2019 to 2022]"), fuzzy words (destabilising~) and
    AND / OR / NOT. Matched words are shown in bold (in [brackets] when the
    output is not a terminal).
    """
    from quotes.search.index import open_database
    from quotes.search.ranking import search
    from quotes.search.render import MarkFormatter, format_results

    if as_json:
        formatter = MarkFormatter.html()
    else:
        formatter = MarkFormatter.ansi() if sys.stdout.isatty() else MarkFormatter.brackets()
    with library_errors():
        results = search(open_database(db_path), query, limit=limit, page=page, formatter=formatter)
    if as_json:
        click.echo(json.dumps(results.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(format_results(results))
