"""The project's own pages: a quote, a speaker, a statement, each at ``/{database}/-/{page}/{id}``.

- ``/{database}/-/quote/{id}``: a quote shown as a quote, with its speaker,
  article, the paragraph around it, stance tags and provenance;
- ``/{database}/-/speaker/{id}``: a speaker's quotes across articles, with the
  roles and affiliations stated over time;
- ``/{database}/-/statement/{id}``: the variants of one statement side by side,
  with outlets and dates and the differing words marked.

Each page has its data as JSON beside it (``/{database}/-/quote/{id}.json``):
the same card the template renders, with JSON arrays as arrays. What each page
shows comes from :mod:`quotes.web.cards`; the templates are
``templates/{page}.html``, all extending ``templates/quotes_card_page.html``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from datasette.utils import tilde_decode
from datasette.utils.asgi import Response
from datasette.version import __version__ as datasette_version

from quotes.web.cards import (
    CONTEXT_WINDOW,
    citation,
    is_low_confidence,
    quote_card,
    speaker_card,
    statement_card,
)
from quotes.web.feeds import feed_url
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
        """The route pattern of the page, with ``database``, ``item_id`` and
        ``format`` (``.json`` or nothing) in the URL."""
        return rf"^/(?P<database>[^/]+)/-/{self.name}/{ID_PATTERN}(?P<format>\.json)?$"


QUOTE = CardPage(name="quote", table="quotes")
SPEAKER = CardPage(name="speaker", table="speakers")
STATEMENT = CardPage(name="statement", table="statements")


def page_url(datasette, database: str, page: CardPage, item_id: int) -> str:
    """The URL of the ``page`` of row ``item_id`` in ``database``."""
    return datasette.urls.database(database) + f"/-/{page.name}/{item_id}"


def json_safe(value: Any) -> Any:
    """A card as JSON values: dataclasses as objects, tuples as arrays."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return json_safe(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {str(key): json_safe(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(item) for item in value]
    return value


def json_response(data: dict[str, Any], *, status: int = 200) -> Response:
    """``data`` as a JSON response (UTF-8, not ASCII-escaped)."""
    return Response(
        json.dumps(json_safe(data), ensure_ascii=False, default=str),
        status=status,
        content_type="application/json; charset=utf-8",
    )


Decorate = Callable[[dict[str, Any], Any, Any, str], None]
"""Adds what a page shows besides its card: ``decorate(card, datasette, request, database)``."""


async def render_card_page(
    datasette,
    request,
    page: CardPage,
    read_card: Callable[[Any, int], dict[str, Any] | None],
    decorate: Decorate | None = None,
) -> Response:
    """The page (or, for a URL ending ``.json``, the JSON) of the row named in the
    URL: ``read_card(conn, id)`` reads what it shows; a 404 when there is no such
    row (or table, or database)."""
    database = tilde_decode(request.url_vars["database"])
    item_id = int(request.url_vars["item_id"])
    as_json = bool(request.url_vars.get("format"))
    db = datasette.databases.get(database)
    if db is None or database.startswith("_"):
        if as_json:
            return json_response({"ok": False, "error": "Database not found"}, status=404)
        return Response.html("Database not found", status=404)
    await datasette.ensure_permissions(
        request.actor, [("view-table", (database, page.table)), ("view-database", database), "view-instance"]
    )
    card = None
    if await db.table_exists(page.table):
        card = await execute_fn_limited(datasette, db, lambda conn: read_card(conn, item_id))
    if card is not None and decorate is not None:
        decorate(card, datasette, request, database)
    if as_json:
        if card is None:
            return json_response({"ok": False, "error": f"{page.name} {item_id} not found"}, status=404)
        return json_response({"ok": True, "database": database, page.name: card})
    context = {
        "database": database,
        "page": page,
        "item_id": item_id,
        "card": card,
        "json_url": page_url(datasette, database, page, item_id) + ".json",
        "color": hashlib.md5(database.encode("utf8")).hexdigest()[:6],
        "datasette_version": datasette_version,
    }
    html = await datasette.render_template(f"{page.name}.html", context, request=request)
    return Response.html(html, status=200 if card else 404)


def _decorate_quote(card: dict[str, Any], datasette, request, database: str) -> None:
    """The citation, the low-confidence warning and the links of the quote page."""
    base = datasette.urls.database(database)
    card["page_url"] = datasette.absolute_url(request, page_url(datasette, database, QUOTE, card["quote_id"]))
    card["citation"] = citation(card, page_url=card["page_url"])
    card["low_confidence"] = is_low_confidence(card)
    card["speaker_url"] = f"{base}/-/speaker/{card['speaker_id']}" if card["speaker_id"] else None
    card["statement_url"] = f"{base}/-/statement/{card['statement_id']}" if card["statement_id"] else None
    card["stance_feeds"] = {
        tag: feed_url(datasette, database, "quote_feed_stance", f"New quotes: {tag}", stance=tag)
        for tag in card["stance_tags"]
    }


def _decorate_speaker(card: dict[str, Any], datasette, request, database: str) -> None:
    """The Atom feed of the speaker's new quotes."""
    card["feed_url"] = feed_url(
        datasette, database, "quote_feed_speaker", f"New quotes by {card['name']}", speaker_id=card["id"]
    )


async def quote_view(datasette, request) -> Response:
    """The quote page; ``context_window`` in the plugin's configuration sets the
    context shown around quotes without paragraph offsets, ``low_confidence``
    the confidence below which the page warns."""
    config = datasette.plugin_config(PLUGIN_NAME) or {}
    window = int(config.get("context_window", CONTEXT_WINDOW))
    return await render_card_page(
        datasette,
        request,
        QUOTE,
        lambda conn, quote_id: quote_card(conn, quote_id, window=window),
        _decorate_quote,
    )


async def speaker_view(datasette, request) -> Response:
    """The speaker page."""
    return await render_card_page(datasette, request, SPEAKER, speaker_card, _decorate_speaker)


async def statement_view(datasette, request) -> Response:
    """The statement page."""
    return await render_card_page(datasette, request, STATEMENT, statement_card)


ROUTES = [(QUOTE.route, quote_view), (SPEAKER.route, speaker_view), (STATEMENT.route, statement_view)]
