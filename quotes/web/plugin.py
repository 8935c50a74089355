"""The project's Datasette plugin: quote pages and search behaviour.

Registered through the ``datasette`` entry point in pyproject.toml. Hooks:

- ``prepare_connection``: registers ``quotes_fts_query(q)`` (see
  :func:`quotes.store.fts.fts_query`) and replaces Datasette's ``escape_fts`` with the
  same function, so table search keeps prefix stars (``rob*``), reads
  ``OR`` and ``-word``, and never builds an invalid FTS5 expression.
- ``asgi_wrapper``: an empty ``?_search=`` is dropped (Datasette 0.65 answers
  400 to it), and a raw-mode search (``_searchmode=raw``) that FTS5 cannot parse
  is redirected to the same search in plain-words mode, with a message saying
  why. ``handle_exception`` does the same for any FTS5 error that still gets
  through, so a journalist's search never meets an error page.
- ``render_cell``: ``snippet`` columns show their ``<mark>`` highlights (the rest
  escaped); ``quote_id`` columns link to the quote page.
- ``register_routes``: ``/{database}/-/quote/{id}``, a quote shown as a quote.
- ``extra_template_vars``: the quote page link on rows of the ``quotes`` table.
- ``extra_body_script``: column descriptions on table pages fold into a
  "What the columns mean" box.
- ``register_facet_classes``: the ``values`` and ``tags`` facets
  (:mod:`quotes.web.facets`), all counted in one query per page.
- ``prepare_jinja2_environment``: makes ``quotes/web/templates`` (shared by the
  project's plugin modules) a template folder, as for a plugin package.

The queries live in :mod:`quotes.web.quote_page` and :mod:`quotes.store.fts`.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

# Datasette 0.65's default error handler prints the error with rich (installed
# with spaCy's typer) even where it runs outside the ``except`` block (some 404s,
# e.g. ``/db/table/-/insert``); rich then raises ValueError and the visitor gets
# a bare "Internal Server Error" instead of the error page. Plain logging instead.
import datasette.handle_exception as _datasette_errors
from datasette import hookimpl
from datasette.utils import tilde_decode
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from quotes.store import fts
from quotes.web import facets, quote_page

_datasette_errors.rich = None

QUOTE_ROUTE = r"^/(?P<database>[^/]+)/-/quote/(?P<quote_id>\d{1,18})$"  # longer: no route, a 404 (SQLite integers are 64-bit)
_TABLE_PATH_RE = re.compile(r"^/(?P<database>[^/.]+)/(?P<table>[^/.]+)(\.(?P<format>\w+))?$")
_FTS_ERROR_RE = re.compile(r"fts5|unterminated string|unknown special query|malformed MATCH", re.I)


TEMPLATES_DIR = str(Path(__file__).resolve().parent / "templates")


@hookimpl
def prepare_jinja2_environment(env):
    # Datasette looks for templates next to plugins that are packages; ours are
    # modules of the quotes package, so add quotes/web/templates the same way:
    # after --template-dir, before Datasette's own templates.
    for loader in getattr(env.loader, "loaders", []):
        searchpath = getattr(loader, "searchpath", None)
        if isinstance(searchpath, list) and searchpath and TEMPLATES_DIR not in searchpath:
            searchpath.insert(len(searchpath) - 1, TEMPLATES_DIR)
            return


@hookimpl
def register_facet_classes():
    return facets.FACET_CLASSES


@hookimpl(trylast=True)
def prepare_connection(conn):
    # trylast: runs after Datasette's own hook, so our escape_fts wins.
    fts.register_functions(conn)
    conn.create_function("escape_fts", 1, fts.fts_query, deterministic=True)


# -- search parameters ---------------------------------------------------------


def _search_keys(pairs: list[tuple[str, str]]) -> list[str]:
    return [key for key, _ in pairs if key.startswith("_search") and key != "_searchmode"]


async def _table_fts(datasette, path: str) -> tuple[object, str] | None:
    """The (database, fts table) behind a table or view page path, if it has one."""
    match = _TABLE_PATH_RE.match(path)
    if not match:
        return None
    database, table = tilde_decode(match["database"]), tilde_decode(match["table"])
    db = datasette.databases.get(database)
    if db is None:
        return None
    fts_table = datasette.table_metadata(database, table).get("fts_table")
    if not fts_table:
        try:
            fts_table = await db.fts_table(table)
        except Exception:  # not a table: a canned query or a missing name
            return None
    return (db, fts_table) if fts_table else None


def _raw_mode(datasette, path: str, pairs: list[tuple[str, str]]) -> bool:
    mode = dict(pairs).get("_searchmode")
    if mode:
        return mode == "raw"
    match = _TABLE_PATH_RE.match(path)
    if not match:
        return False
    metadata = datasette.table_metadata(tilde_decode(match["database"]), tilde_decode(match["table"]))
    return metadata.get("searchmode") == "raw"


def _plain_words_redirect(datasette, path: str, pairs: list[tuple[str, str]], message: str) -> Response:
    """Redirect to the same search in plain-words mode, with a message for the next page."""
    pairs = [(k, v) for k, v in pairs if k != "_searchmode"] + [("_searchmode", "escaped")]
    response = Response.redirect(path + "?" + urlencode(pairs))
    response.set_cookie("ds_messages", datasette.sign([[message, datasette.WARNING]], "messages"))
    return response


def _not_valid_message(query: str, problem: str) -> str:
    return (
        f"“{query}” is not a valid search in the FTS5 query language ({problem}), "
        "so it was searched as plain words."
    )


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def guarded(scope, receive, send):
            if scope.get("type") != "http" or scope.get("method") not in ("GET", "HEAD"):
                return await app(scope, receive, send)
            query_string = scope.get("query_string", b"").decode("latin-1")
            if "_search" not in query_string:
                return await app(scope, receive, send)
            pairs = parse_qsl(query_string, keep_blank_values=True)
            keys = _search_keys(pairs)
            blank = [k for k, v in pairs if k in keys and not v.strip()]
            if blank:
                pairs = [(k, v) for k, v in pairs if k not in blank]
                scope = dict(scope, query_string=urlencode(pairs).encode("latin-1"))
                keys = _search_keys(pairs)
            path = scope.get("path", "")
            if keys and _raw_mode(datasette, path, pairs):
                found = await _table_fts(datasette, path)
                if found:
                    db, fts_table = found
                    for key, value in pairs:
                        if key not in keys:
                            continue
                        problem = await db.execute_fn(
                            lambda conn, value=value: fts.query_problem(conn, value, table=fts_table)
                        )
                        if problem:
                            response = _plain_words_redirect(
                                datasette, path, pairs, _not_valid_message(value, problem)
                            )
                            return await response.asgi_send(send)
            return await app(scope, receive, send)

        return guarded

    return wrap


@hookimpl
def handle_exception(datasette, request, exception):
    # A safety net: any FTS5 error on a page with a search goes back to plain words.
    pairs = parse_qsl(request.query_string, keep_blank_values=True)
    keys = _search_keys(pairs)
    if not keys or not _FTS_ERROR_RE.search(str(exception)):
        return None
    if dict(pairs).get("_searchmode") == "escaped":
        # Even plain words failed: drop the search rather than loop.
        pairs = [(k, v) for k, v in pairs if k not in keys]
        response = Response.redirect(request.path + ("?" + urlencode(pairs) if pairs else ""))
        message = f"The search could not be run ({exception}); showing all rows."
        response.set_cookie("ds_messages", datasette.sign([[message, datasette.WARNING]], "messages"))
        return response
    value = next(v for k, v in pairs if k in keys)
    return _plain_words_redirect(datasette, request.path, pairs, _not_valid_message(value, str(exception)))


# -- cells, pages, routes ------------------------------------------------------


def highlight_snippet(value: str) -> Markup:
    """Escape a snippet() result, keeping only its ``<mark>`` highlights as HTML."""
    escaped = str(escape(value))
    escaped = escaped.replace(str(escape(fts.MARK_OPEN)), "<mark>").replace(
        str(escape(fts.MARK_CLOSE)), "</mark>"
    )
    return Markup(escaped)


@hookimpl
def render_cell(value, column, table, database, datasette):
    if column == "snippet" and isinstance(value, str) and table is None:
        return highlight_snippet(value)
    if column == "quote_id" and isinstance(value, int) and table in (None, "quote_details"):
        url = datasette.urls.database(database) + f"/-/quote/{value}"
        return Markup(f'<a href="{escape(url)}">{value}</a>')
    return None


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


@hookimpl
def extra_body_script(template):
    if template == "table.html":
        return FOLD_COLUMN_DESCRIPTIONS_JS
    return None


@hookimpl
def extra_template_vars(template, database, table, request, datasette):
    if template != "row.html" or table != "quotes" or request is None:
        return {}
    pks = (request.url_vars or {}).get("pks", "")
    if not pks.isdigit():
        return {}
    return {"quote_page_url": datasette.urls.database(database) + f"/-/quote/{pks}"}


async def quote_view(datasette, request):
    database = tilde_decode(request.url_vars["database"])
    quote_id = int(request.url_vars["quote_id"])
    db = datasette.databases.get(database)
    if db is None or database.startswith("_"):
        return Response.html("Database not found", status=404)
    await datasette.ensure_permissions(
        request.actor, [("view-table", (database, "quotes")), ("view-database", database), "view-instance"]
    )
    window = int((datasette.plugin_config("quotes") or {}).get("context_window", quote_page.CONTEXT_WINDOW))
    card = await db.execute_fn(lambda conn: quote_page.quote_card(conn, quote_id, window=window))
    context = {
        "database": database,
        "quote_id": quote_id,
        "card": card,
        "color": hashlib.md5(database.encode("utf8")).hexdigest()[:6],
    }
    html = await datasette.render_template("quote.html", context, request=request)
    return Response.html(html, status=200 if card else 404)


@hookimpl
def register_routes():
    return [(QUOTE_ROUTE, quote_view)]
