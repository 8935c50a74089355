"""The whoosh search page.

Its routes (:data:`ROUTES`, registered by :mod:`quotes.web`) serve

- ``/-/search?q=...``: one search box, result cards with the matched words
  highlighted, facet counts (speaker, stance, outlet, year) that narrow the
  results, paging, links to each quote's row and its article;
- ``/-/search.json?q=...``: the same results as JSON.

The page searches the whoosh index beside the first database Datasette serves
(``db/quotes.whoosh`` for ``db/quotes.db``, see :func:`quotes.search.index.index_dir_for`)
and reads the rows to show from that database through Datasette. The plugin
puts a "Search quotes" link in Datasette's menu; the home page
(``templates/index.html``) has the same search box.

Filters are query parameters named after the facets (``speaker``, ``stance``,
``outlet``, ``year``; repeat one to require several values); ``page`` and
``size`` page through the results. A parameter out of range, more than
:data:`MAX_FILTERS` filters, or a search over the limits of
:mod:`quotes.search.query` is a 400 with the reason.
"""

from __future__ import annotations

import asyncio
import functools
import json
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlencode

from datasette.utils.asgi import Response
from datasette.version import __version__ as datasette_version

from quotes.errors import QuotesError
from quotes.search.facets import warm_up
from quotes.search.index import index_dir_for
from quotes.search.query import FACETS, SearchError
from quotes.search.ranking import MAX_PAGE_SIZE, search_index
from quotes.search.render import MarkFormatter, render_hits
from quotes.search.results import SearchResults, rows_sql
from quotes.store.views import paraphrase_words
from quotes.web.desk import latest_quotes
from quotes.web.feeds import feed_url

PAGE_PATH = "/-/search"
DEFAULT_PAGE_SIZE = 20
FACET_LABELS = {"speaker": "Speaker", "stance": "Stance", "outlet": "Outlet", "year": "Year"}
MAX_PAGE = 10_000
MAX_FILTERS = 20
"""The most facet filters one search may have."""
MAX_FILTER_CHARS = 200
"""The longest filter value (a speaker's or an outlet's name)."""


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


def _filters_arg(request) -> dict[str, list[str]]:
    """The facet filters of the query string; :class:`BadRequest` beyond the limits."""
    filters = {name: [v for v in request.args.getlist(name) if v] for name in FACETS}
    values = [value for values in filters.values() for value in values]
    if len(values) > MAX_FILTERS:
        raise BadRequest(f"at most {MAX_FILTERS} filters, not {len(values)}")
    too_long = next((value for value in values if len(value) > MAX_FILTER_CHARS), None)
    if too_long is not None:
        raise BadRequest(
            f"a filter value is {len(too_long):,} characters long; the limit is {MAX_FILTER_CHARS}"
        )
    return {name: values for name, values in filters.items() if values}


def search_options(request) -> dict[str, Any]:
    """The search text, filters, page and page size from the query string."""
    return {
        "text": (request.args.get("q") or "").strip(),
        "filters": _filters_arg(request),
        "page": _int_arg(request, "page", 1, low=1, high=MAX_PAGE),
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


def _row_links(datasette, database_name: str, row: dict[str, Any]) -> dict[str, str | None]:
    """The project's pages of a hit: its quote page and its speaker's page (and
    the article's record, for which there is no page of ours)."""
    base = datasette.urls.database(database_name)
    return {
        "quote_url": f"{base}/-/quote/{row['quote_id']}",
        "article_url": f"{base}/articles/{row['article_id']}" if row.get("article_id") else None,
        "speaker_url": f"{base}/-/speaker/{row['speaker_id']}" if row.get("speaker_id") else None,
    }


async def _ranked(index_dir, options: dict[str, Any]) -> SearchResults:
    """The page of ranked hits and the facet counts, searched in a worker thread."""
    search = functools.partial(
        search_index,
        index_dir,
        options["text"],
        page=options["page"],
        page_size=options["page_size"],
        filters=options["filters"],
        facets=True,
    )
    return await asyncio.get_running_loop().run_in_executor(None, search)


async def _render(database, results: SearchResults) -> None:
    """Read the hits' rows from the database Datasette serves and highlight them."""
    rows: dict[int, dict[str, Any]] = {}
    ids = [hit.quote_id for hit in results.hits]
    if ids:
        sql, params = rows_sql(ids)
        found = await database.execute(sql, params)
        rows = {row["quote_id"]: dict(zip(found.columns, row)) for row in found.rows}
    render_hits(results, rows, formatter=MarkFormatter.html())


def _hits(datasette, database_name: str, results: SearchResults) -> list[dict[str, Any]]:
    hits = []
    for hit in results.hits:
        data = hit.to_dict()
        data.update(_row_links(datasette, database_name, hit.row))
        data["context_matched"] = hit.context_matched and not hit.quote_matched
        data["words_html"] = paraphrase_words(hit.quote_html) if data["paraphrase"] else hit.quote_html
        hits.append(data)
    return hits


def _facets(datasette, options: dict[str, Any], results: SearchResults) -> list[dict[str, Any]]:
    """Each facet's values with their counts and the link that adds (or, when chosen, removes) it."""
    facets = []
    for name, counts in results.facets.items():
        chosen = options["filters"].get(name, [])
        values = []
        for value, count in counts:
            if value in chosen:
                url = page_url(datasette, options, remove=(name, value))
            else:
                url = page_url(datasette, options, add=(name, value))
            values.append({"value": value, "count": count, "selected": value in chosen, "url": url})
        facets.append({"name": name, "label": FACET_LABELS[name], "values": values})
    return facets


def _filters(datasette, options: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "name": name,
            "label": FACET_LABELS[name],
            "value": value,
            "remove_url": page_url(datasette, options, remove=(name, value)),
        }
        for name, values in options["filters"].items()
        for value in values
    ]


def _navigation(datasette, options: dict[str, Any], results: SearchResults) -> dict[str, str | None]:
    """The links to the suggested spelling, the previous and next pages, the
    last page (for a page past the end) and the JSON."""
    links: dict[str, str | None] = {
        "suggestion_url": None,
        "previous_url": None,
        "next_url": None,
        "last_page_url": None,
    }
    if results.suggestion:
        links["suggestion_url"] = page_url(datasette, options, q=results.suggestion, page=1)
    if 1 < results.page <= results.pages:
        links["previous_url"] = page_url(datasette, options, page=results.page - 1)
    if results.page < results.pages:
        links["next_url"] = page_url(datasette, options, page=results.page + 1)
    if results.page > results.pages and results.total:
        links["last_page_url"] = page_url(datasette, options, page=results.pages)
    links["json_url"] = page_url(datasette, options, json_=True)
    return links


async def run_search(datasette, options: dict[str, Any]) -> dict[str, Any]:
    """Search the index of the served database; the context of the page and JSON."""
    database = served_database(datasette)
    if database is None:
        raise QuotesError("Datasette serves no database file, so there is no index to search")
    results = await _ranked(index_dir_for(database.path), options)
    await _render(database, results)
    return {
        "database": database.name,
        "feed_url": feed_url(
            datasette, database.name, "quote_feed_search", f"New quotes: {options['text']}", q=options["text"]
        )
        if options["text"]
        else None,
        "results": results,
        "hits": _hits(datasette, database.name, results),
        "facets": _facets(datasette, options, results),
        "filters": _filters(datasette, options),
        **_navigation(datasette, options, results),
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


async def _search(datasette, request) -> tuple[dict[str, Any], str | None, int]:
    """The page's context, or an error and its status: 400 for a bad parameter
    or a search over the limits, 503 when there is no index to search."""
    try:
        return await run_search(datasette, search_options(request)), None, 200
    except (BadRequest, SearchError) as error:
        return {}, str(error), 400
    except QuotesError as error:
        return {}, str(error), 503


async def search_json(datasette, request) -> Response:
    """``/-/search.json``: the results as JSON (``ok`` false with the ``error`` otherwise)."""
    context, error, status = await _search(datasette, request)
    if error is not None:
        return Response.json({"ok": False, "error": error}, status=status)
    return Response(
        json.dumps(_json_body(context), ensure_ascii=False, default=str),
        content_type="application/json; charset=utf-8",
    )


async def _empty_search(datasette) -> dict[str, Any]:
    """What the page shows before anything is searched: the latest quotes."""
    database = served_database(datasette)
    if database is None:
        return {}
    return {"latest": await database.execute_fn(lambda conn: latest_quotes(conn)), "database": database.name}


async def search_html(datasette, request) -> Response:
    """``/-/search``: the search box, the result cards and the facets; the
    latest quotes when nothing is searched yet."""
    context, error, status = await _search(datasette, request)
    context.update(q=request.args.get("q") or "", error=error, datasette_version=datasette_version)
    if not error and not context["q"].strip() and not context.get("filters"):
        context.update(await _empty_search(datasette))
    html = await datasette.render_template("search.html", context, request=request)
    return Response.html(html, status=status)


ROUTES = [(rf"^{PAGE_PATH}\.json$", search_json), (rf"^{PAGE_PATH}$", search_html)]

MENU_LINK_LABEL = "Search quotes"


def warm_up_index(datasette) -> Callable[[], Awaitable[None]]:
    """A startup task: open the index and read the facet columns in the
    background, so that the first search of a large archive does not pay for it."""

    async def warm() -> None:
        database = served_database(datasette)
        if database is not None:
            asyncio.get_running_loop().run_in_executor(None, warm_up, index_dir_for(database.path))

    return warm
