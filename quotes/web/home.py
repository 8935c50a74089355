"""The home page as a quote desk, and its JSON (``/-/desk.json``).

The plugin's ``templates/index.html`` replaces Datasette's home page; its data
comes from :func:`desk_context` (through the ``extra_template_vars`` hook) and
is read by :func:`quotes.web.desk.desk` from the first served database that
has a ``quotes`` table. Datasette's own ``/.json`` (the list of databases) is
unchanged; the desk's data is at ``/-/desk.json``.
"""

from __future__ import annotations

from typing import Any

from datasette.utils.asgi import Response

from quotes.web.desk import desk
from quotes.web.views import json_response

DESK_JSON_PATH = "/-/desk.json"
QUOTES_TABLE = "quotes"
FIRST_TABLES = ("quote_list", "quote_details")
"""Listed first on the home page; the other tables follow."""


async def quotes_database(datasette):
    """The first database Datasette serves that has a ``quotes`` table, or None."""
    for name, database in datasette.databases.items():
        if name.startswith("_"):
            continue
        if await database.table_exists(QUOTES_TABLE):
            return database
    return None


async def visible_tables(database) -> list[str]:
    """The tables people browse, without the hidden ones and those listed first."""
    hidden = set(await database.hidden_table_names())
    return [name for name in await database.table_names() if name not in hidden and name not in FIRST_TABLES]


async def desk_context(datasette) -> dict[str, Any]:
    """The home page's ``desk`` (None without a quotes database), its database
    name, the tables to list and the JSON link."""
    database = await quotes_database(datasette)
    if database is None:
        return {"desk": None}
    return {
        "desk": await database.execute_fn(lambda conn: desk(conn)),
        "desk_database": database.name,
        "desk_tables": await visible_tables(database),
        "desk_json_url": datasette.urls.path(DESK_JSON_PATH),
    }


async def desk_json(datasette, request) -> Response:
    """``/-/desk.json``: the data of the home page's quote desk."""
    database = await quotes_database(datasette)
    if database is None:
        return json_response({"ok": False, "error": "no quotes database is served"}, status=404)
    await datasette.ensure_permissions(request.actor, [("view-database", database.name), "view-instance"])
    data = await database.execute_fn(lambda conn: desk(conn))
    return json_response({"ok": True, "database": database.name, **data})


ROUTES = [(r"^/-/desk\.json$", desk_json)]
