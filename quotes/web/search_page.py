"""Datasette plugin module for the whoosh search page.

Registered through the ``datasette`` entry point in pyproject.toml. It serves

- ``/-/search?q=...``: one search box, result cards with the matched words
  highlighted, facet counts (speaker, stance, outlet, year) that narrow the
  results, paging, links to each quote's row and its article;
- ``/-/search.json?q=...``: the same results as JSON.

The page searches the whoosh index beside the first database Datasette serves
(``db/quotes.whoosh`` for ``db/quotes.db``, see :func:`quotes.search.index.index_dir_for`)
and reads the rows to show from that database through Datasette. A "Search
quotes" link goes into Datasette's menu, and the home page gets a search box
above the list of databases.

Filters are query parameters named after the facets (``speaker``, ``stance``,
``outlet``, ``year``; repeat one to require several values); ``page`` and
``size`` page through the results.
"""

from __future__ import annotations

import asyncio
import functools
import json
from typing import Any
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils.asgi import Response

from quotes.errors import QuotesError
from quotes.search.facets import warm_up
from quotes.search.index import index_dir_for
from quotes.search.query import FACETS
from quotes.search.ranking import MAX_PAGE_SIZE, search_index
from quotes.search.render import MarkFormatter, render_hits
from quotes.search.results import rows_sql

PAGE_PATH = "/-/search"
DEFAULT_PAGE_SIZE = 20
FACET_LABELS = {"speaker": "Speaker", "stance": "Stance", "outlet": "Outlet", "year": "Year"}


class BadRequest(QuotesError):
    """A search parameter that is not valid (shown to the user, status 400)."""


def served_database(datasette):
    """The first file database Datasette serves (not ``_internal`` or ``_memory``)."""
    for name, database in datasette.databases.items():
        if database.is_memory or not database.path or name.startswith("_"):
            continue
        return database
    return None


def _int_arg(request, name: str, default: int, *, low: int, high: int) -> int:
    raw = request.args.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"{name} must be a whole number, not {raw!r}") from None
    if not low <= value <= high:
        raise BadRequest(f"{name} must be between {low} and {high}, not {value}")
    return value


def search_options(request) -> dict[str, Any]:
    """The search text, filters, page and page size from the query string."""
    filters = {name: [v for v in request.args.getlist(name) if v] for name in FACETS}
    return {
        "text": (request.args.get("q") or "").strip(),
        "filters": {name: values for name, values in filters.items() if values},
        "page": _int_arg(request, "page", 1, low=1, high=10_000),
        "page_size": _int_arg(request, "size", DEFAULT_PAGE_SIZE, low=1, high=MAX_PAGE_SIZE),
    }


def page_url(datasette, options: dict[str, Any], *, json_: bool = False, **changes) -> str:
    """The URL of the search page with ``options`` changed by ``changes``.

    ``add=(facet, value)`` adds a filter, ``remove=(facet, value)`` drops one;
    any change of filters goes back to page 1.
    """
    text = changes.get("q", options["text"])
    filters = {name: list(values) for name, values in options["filters"].items()}
    page = changes.get("page", options["page"])
    if "add" in changes:
        name, value = changes["add"]
        if value not in filters.setdefault(name, []):
            filters[name].append(value)
        page = 1
    if "remove" in changes:
        name, value = changes["remove"]
        filters[name] = [v for v in filters.get(name, []) if v != value]
        page = 1
    pairs: list[tuple[str, Any]] = [("q", text)] if text else []
    for name in FACETS:
        pairs += [(name, value) for value in filters.get(name, [])]
    if page != 1:
        pairs.append(("page", page))
    if options["page_size"] != DEFAULT_PAGE_SIZE:
        pairs.append(("size", options["page_size"]))
    path = datasette.urls.path(PAGE_PATH + (".json" if json_ else ""))
    return path + ("?" + urlencode(pairs) if pairs else "")


def _links(datasette, database_name: str, row: dict[str, Any]) -> dict[str, str | None]:
    base = datasette.urls.database(database_name)
    return {
        "quote_url": f"{base}/quotes/{row['quote_id']}",
        "article_url": f"{base}/articles/{row['article_id']}" if row.get("article_id") else None,
        "speaker_url": f"{base}/speakers/{row['speaker_id']}" if row.get("speaker_id") else None,
    }


async def run_search(datasette, options: dict[str, Any]) -> dict[str, Any]:
    """Search the index of the served database; the context of the page and JSON."""
    database = served_database(datasette)
    if database is None:
        raise QuotesError("Datasette serves no database file, so there is no index to search")
    index_dir = index_dir_for(database.path)
    loop = asyncio.get_running_loop()
    results = await loop.run_in_executor(
        None,
        functools.partial(
            search_index,
            index_dir,
            options["text"],
            page=options["page"],
            page_size=options["page_size"],
            filters=options["filters"],
            facets=True,
        ),
    )
    rows: dict[int, dict[str, Any]] = {}
    ids = [hit.quote_id for hit in results.hits]
    if ids:
        sql, params = rows_sql(ids)
        found = await database.execute(sql, params)
        rows = {row["quote_id"]: dict(zip(found.columns, row)) for row in found.rows}
    render_hits(results, rows, formatter=MarkFormatter.html())
    hits = []
    for hit in results.hits:
        data = hit.to_dict()
        data.update(_links(datasette, database.name, hit.row))
        data["context_matched"] = hit.context_matched and not hit.quote_matched
        hits.append(data)
    facets = []
    for name, counts in results.facets.items():
        chosen = options["filters"].get(name, [])
        facets.append(
            {
                "name": name,
                "label": FACET_LABELS[name],
                "values": [
                    {
                        "value": value,
                        "count": count,
                        "selected": value in chosen,
                        "url": page_url(datasette, options, remove=(name, value))
                        if value in chosen
                        else page_url(datasette, options, add=(name, value)),
                    }
                    for value, count in counts
                ],
            }
        )
    return {
        "database": database.name,
        "results": results,
        "hits": hits,
        "facets": facets,
        "filters": [
            {
                "name": name,
                "label": FACET_LABELS[name],
                "value": value,
                "remove_url": page_url(datasette, options, remove=(name, value)),
            }
            for name, values in options["filters"].items()
            for value in values
        ],
        "suggestion_url": page_url(datasette, options, q=results.suggestion, page=1)
        if results.suggestion
        else None,
        "previous_url": page_url(datasette, options, page=results.page - 1) if results.page > 1 else None,
        "next_url": page_url(datasette, options, page=results.page + 1)
        if results.page < results.pages
        else None,
        "json_url": page_url(datasette, options, json_=True),
    }


def _json_body(context: dict[str, Any]) -> dict[str, Any]:
    results = context["results"]
    data = results.to_dict()
    data["hits"] = context["hits"]
    data["facets"] = {
        facet["name"]: [{"value": v["value"], "count": v["count"]} for v in facet["values"]]
        for facet in context["facets"]
    }
    data["suggestion_url"] = context["suggestion_url"]
    data["next_url"] = context["next_url"]
    data["database"] = context["database"]
    return {"ok": True, **data}


async def search_json(datasette, request):
    try:
        context = await run_search(datasette, search_options(request))
    except BadRequest as error:
        return Response.json({"ok": False, "error": str(error)}, status=400)
    except QuotesError as error:
        return Response.json({"ok": False, "error": str(error)}, status=503)
    return Response(
        json.dumps(_json_body(context), ensure_ascii=False, default=str),
        content_type="application/json; charset=utf-8",
    )


async def search_html(datasette, request):
    context: dict[str, Any] = {"q": request.args.get("q") or "", "error": None}
    status = 200
    try:
        options = search_options(request)
        context.update(await run_search(datasette, options))
    except BadRequest as error:
        context["error"], status = str(error), 400
    except QuotesError as error:
        context["error"], status = str(error), 503
    html = await datasette.render_template("search.html", context, request=request)
    return Response.html(html, status=status)


@hookimpl
def register_routes():
    return [
        (r"^/-/search\.json$", search_json),
        (r"^/-/search$", search_html),
    ]


@hookimpl
def startup(datasette):
    # Open the index and read the facet columns in the background, so that the
    # first search of a large archive does not pay for it.
    async def warm():
        database = served_database(datasette)
        if database is not None:
            asyncio.get_running_loop().run_in_executor(None, warm_up, index_dir_for(database.path))

    return warm


@hookimpl
def menu_links(datasette):
    return [{"href": datasette.urls.path(PAGE_PATH), "label": "Search quotes"}]


HOME_SEARCH_BOX = """
(function () {
  var main = document.querySelector("section.content") || document.body;
  var form = document.createElement("form");
  form.className = "quotes-home-search";
  form.action = %(action)s;
  form.method = "get";
  form.innerHTML = '<h2>Search the quotes</h2>' +
    '<p><input type="search" name="q" aria-label="Search quotes" placeholder="words, &quot;a phrase&quot;, speaker:name, date:2022" size="50"> ' +
    '<input type="submit" value="Search"></p>';
  main.insertBefore(form, main.firstChild);
})();
"""


@hookimpl
def extra_body_script(template, datasette):
    # The home page (index.html) is where a journalist lands: put the search box on top.
    if template != "index.html":
        return None
    return HOME_SEARCH_BOX % {"action": json.dumps(datasette.urls.path(PAGE_PATH))}
