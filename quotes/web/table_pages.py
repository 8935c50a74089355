"""Datasette's own table, row and query pages, made to show quotes.

- Cells: ``snippet`` columns (the ``search_quotes`` canned query) show their
  ``<mark>`` highlights with everything else escaped, in quotation marks or
  after "said that" for a paraphrase; ids link to the project's pages
  (:data:`LINKED_COLUMNS`), and a speaker's ``name`` on the speakers table
  links to the speaker page. In ``quote_list`` the quote links to its quote
  page, the speaker to theirs, and the stance tags read as a list.
- Row pages of the ``quotes`` table link to the quote page.
- Column descriptions on table pages fold into a "What the columns mean" box.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from quotes.search.render import shown_highlight
from quotes.store.fts import MARK_CLOSE, MARK_OPEN
from quotes.store.views import is_paraphrase
from quotes.web.cards import json_list
from quotes.web.views import QUOTE, SPEAKER, STATEMENT, CardPage, page_url

QUOTE_LIST = "quote_list"
LINKED_COLUMNS: dict[str, tuple[CardPage, frozenset[str | None]]] = {
    "quote_id": (QUOTE, frozenset({None, "quote_details", QUOTE_LIST})),
    "statement_id": (STATEMENT, frozenset({None, "quote_details", "quotes"})),
    "speaker_id": (SPEAKER, frozenset({None, "quote_details", QUOTE_LIST})),
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


def _row_value(row: Any, column: str) -> Any:
    # a sqlite3.Row, whose `in` reads values, not column names
    return row[column] if row is not None and column in row.keys() else None  # noqa: SIM118


def _row_id(row: Any) -> Any:
    return _row_value(row, "id")


def _quote_list_cell(value: Any, column: str, database: str, datasette, row: Any) -> Markup | None:
    """The quote (linked to its page, a paraphrase in italics), the speaker
    (linked to theirs) and the stance tags of a ``quote_list`` row."""
    quote_id, speaker_id = _row_value(row, "quote_id"), _row_value(row, "speaker_id")
    if column == "quote" and isinstance(value, str) and isinstance(quote_id, int):
        css = ' class="paraphrase-cell"' if is_paraphrase(_row_value(row, "kind")) else ""
        url = page_url(datasette, database, QUOTE, quote_id)
        return Markup(f'<a{css} href="{escape(url)}">{escape(value)}</a>')
    if column == "speaker" and isinstance(value, str) and isinstance(speaker_id, int):
        return _link(page_url(datasette, database, SPEAKER, speaker_id), value)
    if column == "stance" and isinstance(value, str):
        return Markup(", ".join(str(escape(str(tag))) for tag in json_list(value)))
    return None


def render_cell(
    value: Any, column: str, table: str | None, database: str, datasette, row: Any
) -> Markup | None:
    """The HTML of a cell, or None to leave it to Datasette."""
    if column == "snippet" and table is None and isinstance(value, str):
        return Markup(
            shown_highlight(highlight_snippet(value), _row_value(row, "kind"), _row_value(row, "cue"))
        )
    if table == QUOTE_LIST and column in ("quote", "speaker", "stance"):
        return _quote_list_cell(value, column, database, datasette, row)
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
