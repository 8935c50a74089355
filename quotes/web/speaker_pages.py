"""Datasette plugin module for speaker and statement pages.

Registered through the ``datasette`` entry point in pyproject.toml
(``quotes_speakers``). Hooks:

- ``register_routes``: ``/{database}/-/speaker/{id}``, a speaker's quotes
  across articles with the roles and affiliations stated over time; and
  ``/{database}/-/statement/{id}``, the variants of one statement side by
  side, with outlets and dates and the differing words marked.
- ``render_cell``: the ``name`` of a speaker (on the speakers table and its
  row pages) links to the speaker page; ``statement_id`` cells link to the
  statement page; ``speaker_id`` cells of canned queries and the
  ``quote_details`` view link to the speaker page.

The queries live in :func:`quotes.web.cards.speaker_card` and
:func:`quotes.web.cards.statement_card`; the templates are
``quotes/web/templates/speaker.html`` and ``statement.html`` (the folder is added
to Datasette's template path by :mod:`quotes.web.plugin`).
"""

from __future__ import annotations

from datasette import hookimpl
from datasette.utils import tilde_decode
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from quotes.web.cards import speaker_card, statement_card

SPEAKER_ROUTE = (
    r"^/(?P<database>[^/]+)/-/speaker/(?P<speaker_id>\d{1,18})$"  # longer ids: a 404, not an overflow
)
STATEMENT_ROUTE = r"^/(?P<database>[^/]+)/-/statement/(?P<statement_id>\d{1,18})$"


def speaker_url(datasette, database: str, speaker_id: int) -> str:
    return datasette.urls.database(database) + f"/-/speaker/{speaker_id}"


def statement_url(datasette, database: str, statement_id: int) -> str:
    return datasette.urls.database(database) + f"/-/statement/{statement_id}"


def _link(url: str, text) -> Markup:
    return Markup(f'<a href="{escape(url)}">{escape(str(text))}</a>')


@hookimpl
def render_cell(value, column, table, database, datasette, row):
    if column == "name" and table == "speakers" and isinstance(value, str) and row is not None:
        speaker_id = row["id"] if "id" in row.keys() else None  # noqa: SIM118 (a sqlite3.Row: `in` reads values)
        if isinstance(speaker_id, int):
            return _link(speaker_url(datasette, database, speaker_id), value)
    if column == "statement_id" and isinstance(value, int) and table in (None, "quote_details", "quotes"):
        return _link(statement_url(datasette, database, value), value)
    if column == "speaker_id" and isinstance(value, int) and table in (None, "quote_details"):
        return _link(speaker_url(datasette, database, value), value)
    return None


async def _page(datasette, request, *, table: str, card_fn, key: str, template: str):
    database = tilde_decode(request.url_vars["database"])
    item_id = int(request.url_vars[key])
    db = datasette.databases.get(database)
    if db is None or database.startswith("_"):
        return Response.html("Database not found", status=404)
    await datasette.ensure_permissions(
        request.actor, [("view-table", (database, table)), ("view-database", database), "view-instance"]
    )
    tables = await db.table_names()
    card = await db.execute_fn(lambda conn: card_fn(conn, item_id)) if table in tables else None
    context = {"database": database, "item_id": item_id, "card": card}
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html, status=200 if card else 404)


async def speaker_view(datasette, request):
    return await _page(
        datasette, request, table="speakers", card_fn=speaker_card, key="speaker_id", template="speaker.html"
    )


async def statement_view(datasette, request):
    return await _page(
        datasette,
        request,
        table="statements",
        card_fn=statement_card,
        key="statement_id",
        template="statement.html",
    )


@hookimpl
def register_routes():
    return [(SPEAKER_ROUTE, speaker_view), (STATEMENT_ROUTE, statement_view)]
