"""The project's own pages: a quote, a speaker, a statement, each at ``/{database}/-/{page}/{id}``.

- ``/{database}/-/quote/{id}``: a quote shown as a quote, with its speaker,
  article, the paragraph around it, stance tags and provenance;
- ``/{database}/-/speaker/{id}``: a speaker's quotes across articles, with the
  roles and affiliations stated over time;
- ``/{database}/-/statement/{id}``: the variants of one statement side by side,
  with outlets and dates and the differing words marked.

What each page shows comes from :mod:`quotes.web.cards`; the templates are
``templates/{page}.html``, all extending ``templates/quotes_card_page.html``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from datasette.utils import tilde_decode
from datasette.utils.asgi import Response

from quotes.web.cards import CONTEXT_WINDOW, quote_card, speaker_card, statement_card
from quotes.web.limits import execute_fn_limited

PLUGIN_NAME = "quotes"
"""The plugin's name: its key under ``plugins:`` in metadata.yml, and its folder in
``/-/static-plugins/`` (the name of the distribution that registers it)."""

ID_PATTERN = r"(?P<item_id>\d{1,18})"
"""Up to 18 digits: a longer id has no route (a 404), never an overflow (SQLite integers are 64-bit)."""


@dataclass(frozen=True)
class CardPage:
    """One kind of page: ``/{database}/-/{name}/{id}`` shows a row of ``table`` with ``{name}.html``."""

    name: str
    table: str

    @property
    def route(self) -> str:
        """The route pattern of the page, with ``database`` and ``item_id`` in the URL."""
        return rf"^/(?P<database>[^/]+)/-/{self.name}/{ID_PATTERN}$"


QUOTE = CardPage(name="quote", table="quotes")
SPEAKER = CardPage(name="speaker", table="speakers")
STATEMENT = CardPage(name="statement", table="statements")


def page_url(datasette, database: str, page: CardPage, item_id: int) -> str:
    """The URL of the ``page`` of row ``item_id`` in ``database``."""
    return datasette.urls.database(database) + f"/-/{page.name}/{item_id}"


async def render_card_page(
    datasette, request, page: CardPage, read_card: Callable[[Any, int], dict[str, Any] | None]
) -> Response:
    """The page of the row named in the URL: ``read_card(conn, id)`` reads what it
    shows; a 404 page when there is no such row (or table, or database)."""
    database = tilde_decode(request.url_vars["database"])
    item_id = int(request.url_vars["item_id"])
    db = datasette.databases.get(database)
    if db is None or database.startswith("_"):
        return Response.html("Database not found", status=404)
    await datasette.ensure_permissions(
        request.actor, [("view-table", (database, page.table)), ("view-database", database), "view-instance"]
    )
    card = None
    if await db.table_exists(page.table):
        card = await execute_fn_limited(datasette, db, lambda conn: read_card(conn, item_id))
    context = {
        "database": database,
        "page": page,
        "item_id": item_id,
        "card": card,
        "color": hashlib.md5(database.encode("utf8")).hexdigest()[:6],
    }
    html = await datasette.render_template(f"{page.name}.html", context, request=request)
    return Response.html(html, status=200 if card else 404)


async def quote_view(datasette, request) -> Response:
    """The quote page; ``context_window`` in the plugin's configuration sets the
    context shown around quotes without paragraph offsets."""
    config = datasette.plugin_config(PLUGIN_NAME) or {}
    window = int(config.get("context_window", CONTEXT_WINDOW))
    return await render_card_page(
        datasette, request, QUOTE, lambda conn, quote_id: quote_card(conn, quote_id, window=window)
    )


async def speaker_view(datasette, request) -> Response:
    """The speaker page."""
    return await render_card_page(datasette, request, SPEAKER, speaker_card)


async def statement_view(datasette, request) -> Response:
    """The statement page."""
    return await render_card_page(datasette, request, STATEMENT, statement_card)


ROUTES = [(QUOTE.route, quote_view), (SPEAKER.route, speaker_view), (STATEMENT.route, statement_view)]
