"""Datasette's own table, row and query pages, made to show quotes.

- Cells: ``snippet`` columns (the ``search_quotes`` canned query) show their
  ``<mark>`` highlights with everything else escaped; ids link to the
  project's pages (:data:`LINKED_COLUMNS`), and a speaker's ``name`` on the
  speakers table links to the speaker page.
- Row pages of the ``quotes`` table link to the quote page.
- Column descriptions on table pages fold into a "What the columns mean" box.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from quotes.store.fts import MARK_CLOSE, MARK_OPEN
from quotes.web.views import QUOTE, SPEAKER, STATEMENT, CardPage, page_url

LINKED_COLUMNS: dict[str, tuple[CardPage, frozenset[str | None]]] = {
    "quote_id": (QUOTE, frozenset({None, "quote_details"})),
    "statement_id": (STATEMENT, frozenset({None, "quote_details", "quotes"})),
    "speaker_id": (SPEAKER, frozenset({None, "quote_details"})),
}
"""Integer columns whose cells link to a page, and the tables where they do
(``None``: the results of a canned or arbitrary SQL query). Elsewhere Datasette's
own foreign-key links stay."""


def highlight_snippet(value: str) -> Markup:
    """Escape a snippet() result, keeping only its ``<mark>`` highlights as HTML."""
    escaped = str(escape(value))
    escaped = escaped.replace(str(escape(MARK_OPEN)), "<mark>").replace(str(escape(MARK_CLOSE)), "</mark>")
    return Markup(escaped)


def _link(url: str, text: Any) -> Markup:
    return Markup(f'<a href="{escape(url)}">{escape(str(text))}</a>')


def _row_id(row: Any) -> Any:
    # a sqlite3.Row, whose `in` reads values, not column names
    return row["id"] if "id" in row.keys() else None  # noqa: SIM118


def render_cell(
    value: Any, column: str, table: str | None, database: str, datasette, row: Any
) -> Markup | None:
    """The HTML of a cell, or None to leave it to Datasette."""
    if column == "snippet" and table is None and isinstance(value, str):
        return highlight_snippet(value)
    if column == "name" and table == "speakers" and isinstance(value, str) and row is not None:
        speaker_id = _row_id(row)
        if isinstance(speaker_id, int):
            return _link(page_url(datasette, database, SPEAKER, speaker_id), value)
        return None
    linked = LINKED_COLUMNS.get(column)
    if linked and table in linked[1] and isinstance(value, int):
        return _link(page_url(datasette, database, linked[0], value), value)
    return None


def quote_page_link(template: str, database: str, table: str | None, request, datasette) -> dict[str, str]:
    """``quote_page_url`` for ``row.html`` of a quote (see ``templates/row.html``)."""
    if template != "row.html" or table != QUOTE.table or request is None:
        return {}
    pks = (request.url_vars or {}).get("pks", "")
    if not pks.isdigit():
        return {}
    return {"quote_page_url": page_url(datasette, database, QUOTE, int(pks))}


# Twenty column descriptions push the rows off the first screen: fold them into
# a <details> the reader can open (they stay in the page and in /-/metadata).
FOLD_COLUMN_DESCRIPTIONS_JS = """
document.querySelectorAll("dl.column-descriptions").forEach(function (dl) {
  var details = document.createElement("details");
  var summary = document.createElement("summary");
  summary.textContent = "What the columns mean";
  details.appendChild(summary);
  dl.parentNode.insertBefore(details, dl);
  details.appendChild(dl);
});
"""
