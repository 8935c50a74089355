"""Table search (``?_search=``) that keeps the project's query language and never shows an FTS error.

- :func:`register_functions`: ``quotes_fts_query(q)`` for the canned queries, and
  ``escape_fts(q)``, the SQL function Datasette's table search wraps around
  ``_search`` in its default (escaped) mode, as :func:`quotes.store.fts.fts_query`.
  Registered after Datasette's own ``escape_fts``, it replaces it, so table search
  keeps prefix stars (``rob*``), reads ``OR`` and ``-word``, and never builds
  an invalid FTS5 expression.
- :func:`search_guard`: an empty ``?_search=`` is dropped (Datasette 0.65 answers
  400 to it), and a raw-mode search (``_searchmode=raw``) that FTS5 cannot
  parse is redirected to the same search in plain-words mode, with a message
  saying why.
- :func:`fts_error_redirect`: the same for any FTS5 error that still gets
  through, so a journalist's search never meets an error page.
"""

from __future__ import annotations

import re
import sqlite3
from urllib.parse import parse_qsl, urlencode

from datasette.database import Database
from datasette.utils import tilde_decode
from datasette.utils.asgi import Response

from quotes.store import fts
from quotes.web.limits import execute_fn_limited

_TABLE_PATH_RE = re.compile(r"^/(?P<database>[^/.]+)/(?P<table>[^/.]+)(\.(?P<format>\w+))?$")
_FTS_ERROR_RE = re.compile(r"fts5|unterminated string|unknown special query|malformed MATCH", re.I)

Pairs = list[tuple[str, str]]


def register_functions(conn: sqlite3.Connection) -> None:
    """Register ``quotes_fts_query`` and the project's ``escape_fts`` on a connection."""
    fts.register_functions(conn)
    conn.create_function("escape_fts", 1, fts.fts_query, deterministic=True)


def _search_keys(pairs: Pairs) -> list[str]:
    return [key for key, _ in pairs if key.startswith("_search") and key != "_searchmode"]


def _table_of(path: str) -> tuple[str, str] | None:
    """The (database, table) of a table or view page path."""
    match = _TABLE_PATH_RE.match(path)
    return (tilde_decode(match["database"]), tilde_decode(match["table"])) if match else None


async def _table_fts(datasette, path: str) -> tuple[Database, str] | None:
    """The (database, fts table) behind a table or view page path, if it has one."""
    found = _table_of(path)
    db = datasette.databases.get(found[0]) if found else None
    if found is None or db is None:
        return None
    database, table = found
    fts_table = datasette.table_metadata(database, table).get("fts_table")
    if not fts_table:
        try:
            fts_table = await db.fts_table(table)
        except Exception:  # not a table: a canned query or a missing name
            return None
    return (db, fts_table) if fts_table else None


def _raw_mode(datasette, path: str, pairs: Pairs) -> bool:
    mode = dict(pairs).get("_searchmode")
    if mode:
        return mode == "raw"
    found = _table_of(path)
    if found is None:
        return False
    return datasette.table_metadata(*found).get("searchmode") == "raw"


def _redirect_with_message(datasette, url: str, message: str) -> Response:
    response = Response.redirect(url)
    response.set_cookie("ds_messages", datasette.sign([[message, datasette.WARNING]], "messages"))
    return response


def _plain_words_redirect(datasette, path: str, pairs: Pairs, query: str, problem: str) -> Response:
    """Redirect to the same search in plain-words mode, with a message for the next page."""
    pairs = [(k, v) for k, v in pairs if k != "_searchmode"] + [("_searchmode", "escaped")]
    message = (
        f"“{query}” is not a valid search in the FTS5 query language ({problem}), "
        "so it was searched as plain words."
    )
    return _redirect_with_message(datasette, path + "?" + urlencode(pairs), message)


def _without_blank_searches(scope: dict, pairs: Pairs) -> tuple[dict, Pairs]:
    """The request without its empty ``_search`` parameters."""
    blank = [k for k, v in pairs if k in _search_keys(pairs) and not v.strip()]
    if not blank:
        return scope, pairs
    pairs = [(k, v) for k, v in pairs if k not in blank]
    return dict(scope, query_string=urlencode(pairs).encode("latin-1")), pairs


async def _raw_search_redirect(datasette, path: str, pairs: Pairs) -> Response | None:
    """A redirect to plain words when a raw-mode search on a table page is not valid FTS5."""
    keys = _search_keys(pairs)
    if not keys or not _raw_mode(datasette, path, pairs):
        return None
    found = await _table_fts(datasette, path)
    if not found:
        return None
    db, fts_table = found
    for key, value in pairs:
        if key in keys:
            problem = await execute_fn_limited(
                datasette, db, lambda conn, value=value: fts.query_problem(conn, value, table=fts_table)
            )
            if problem:
                return _plain_words_redirect(datasette, path, pairs, value, problem)
    return None


def search_guard(datasette):
    """An ASGI wrapper: blank searches dropped, invalid raw searches redirected to plain words."""

    def wrap(app):
        async def guarded(scope, receive, send) -> None:
            query_string = scope.get("query_string", b"").decode("latin-1")
            if (
                scope.get("type") != "http"
                or scope.get("method") not in ("GET", "HEAD")
                or "_search" not in query_string
            ):
                return await app(scope, receive, send)
            scope, pairs = _without_blank_searches(scope, parse_qsl(query_string, keep_blank_values=True))
            redirect = await _raw_search_redirect(datasette, scope.get("path", ""), pairs)
            if redirect is not None:
                return await redirect.asgi_send(send)
            return await app(scope, receive, send)

        return guarded

    return wrap


def fts_error_redirect(datasette, request, exception: Exception) -> Response | None:
    """For an FTS5 error on a page with a search: the same search in plain words,
    or (when plain words failed too) the page without the search. None for other errors."""
    pairs = parse_qsl(request.query_string, keep_blank_values=True)
    keys = _search_keys(pairs)
    if not keys or not _FTS_ERROR_RE.search(str(exception)):
        return None
    if dict(pairs).get("_searchmode") == "escaped":
        # Even plain words failed: drop the search rather than loop.
        pairs = [(k, v) for k, v in pairs if k not in keys]
        return _redirect_with_message(
            datasette,
            request.path + ("?" + urlencode(pairs) if pairs else ""),
            f"The search could not be run ({exception}); showing all rows.",
        )
    value = next(v for k, v in pairs if k in keys)
    return _plain_words_redirect(datasette, request.path, pairs, value, str(exception))
