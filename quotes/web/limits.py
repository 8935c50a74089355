"""Bounded cost for every public request.

A published database is on the open web: one visitor must not be able to hold
the server, fill its memory or see more of the machine than the data.

- :func:`limit_connection` runs on every connection Datasette opens (the
  ``prepare_connection`` hook): SQLite's own limits (:data:`CONNECTION_LIMITS`:
  the largest string or blob a query may make, the length of SQL, expression
  depth, ...), a memory ceiling for SQLite in the whole process
  (:data:`SQLITE_HEAP_LIMIT_BYTES`), an authorizer refusing the functions that
  show memory addresses, and a budget of :data:`MAX_RESULT_BYTES` for the rows
  one statement returns.
- :func:`statement_deadline` is the progress handler for the plugin's own
  queries, which do not go through Datasette's ``execute()`` and its
  ``sql_time_limit_ms``. It is installed around each such query, as Datasette
  does, not once per connection: Datasette replaces a connection's one progress
  handler with its own for each query and removes it afterwards.
- :class:`Lane`: expensive requests (arbitrary SQL, searches) run a few at a
  time, each kind in its own lane, so that they queue behind each other and
  never take every SQL thread from cheap pages; a full lane answers 503.
- :func:`request_problem`: parameters that would reach SQLite or the search
  engines in a form they cannot handle get a 400 with a message before any
  work starts; :func:`bad_request_error` turns the errors that still come from
  bad parameters into 400s instead of 500s.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import sqlite3
import threading
import time
import weakref
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from datasette.database import QueryInterrupted
from datasette.utils import ValueAsBooleanError
from datasette.utils.asgi import Response
from datasette.views.base import DatasetteError

from quotes.store import fts
from quotes.web.queries import CANNED_QUERIES

MIB = 1024 * 1024
MAX_VALUE_BYTES = 32 * MIB
"""The largest string or blob a query may read or make (SQLite's
``SQLITE_LIMIT_LENGTH``): above the longest article ``quotes build`` stores
(:data:`quotes.ingest.files.MAX_ARTICLE_CHARS`), far below what
``zeroblob(4.5e8)`` asks for."""
SQLITE_HEAP_LIMIT_BYTES = 256 * MIB
"""SQLite's memory ceiling in the serving process (``PRAGMA hard_heap_limit``,
shared by all its connections): a query asking more fails with "out of memory"."""
MAX_RESULT_BYTES = 64 * MIB
"""The most bytes of values one statement may return to Python."""
CONNECTION_LIMITS = {
    sqlite3.SQLITE_LIMIT_LENGTH: MAX_VALUE_BYTES,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 50_000,
    sqlite3.SQLITE_LIMIT_VDBE_OP: 50_000,
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 100,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 20,
    sqlite3.SQLITE_LIMIT_COLUMN: 500,
    sqlite3.SQLITE_LIMIT_FUNCTION_ARG: 32,
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 2_000,
    sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER: 1_000,
    sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH: 10,
    sqlite3.SQLITE_LIMIT_WORKER_THREADS: 0,
}
"""SQLite limits set on every connection (defaults: 1 GB values, 1 MB of SQL,
250 million instructions, depth 1,000, 500 compound selects, 50,000-byte LIKE
patterns ...). The plugin's own queries stay far below each."""
DENIED_FUNCTIONS = frozenset({"fts3_tokenizer", "load_extension"})
"""SQL functions refused on every connection: ``fts3_tokenizer('simple')``
returns a pointer into the server's memory."""
DENIED_SQL_WORDS = ("database_list",)
"""Words refused in arbitrary SQL: ``pragma_database_list`` shows the absolute
path of the database file (Datasette's own pages still use the pragma)."""
MAX_QUERY_STRING = 64 * 1024
"""The longest query string accepted, in bytes."""
MAX_PARAMETER_CHARS = fts.MAX_QUERY_CHARS
"""The longest value of a canned query parameter."""
SEARCH_PARAMETERS = frozenset({"q", "term"})
"""Canned query parameters that are full-text searches (word limits apply)."""
LANE_POLL_SECONDS = 0.01
_DATABASE_PAGE_RE = re.compile(r"^/[^/]+\.(json|csv)$")


class ResultTooLarge(sqlite3.OperationalError):
    """A statement returned more than :data:`MAX_RESULT_BYTES` (Datasette shows it as a 400)."""


# -- every connection ------------------------------------------------------------------


def _authorize(
    action: int, first: str | None, second: str | None, database: str | None, source: str | None
) -> int:
    """SQLite's authorizer callback: deny the :data:`DENIED_FUNCTIONS`."""
    if action == sqlite3.SQLITE_FUNCTION and (second or "").lower() in DENIED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


@dataclass
class _ResultBudget:
    """Counts the bytes of the rows of the statement a connection is running;
    a row factory, so it sees every row Datasette fetches."""

    spent: int = 0
    cursor: Any = None

    def __call__(self, cursor: sqlite3.Cursor, values: tuple) -> sqlite3.Row:
        if self.cursor is None or self.cursor() is not cursor:
            self.cursor, self.spent = weakref.ref(cursor), 0
        self.spent += sum(len(v) if isinstance(v, (str, bytes)) else 8 for v in values)
        if self.spent > MAX_RESULT_BYTES:
            raise ResultTooLarge(
                f"the query returns more than {MAX_RESULT_BYTES // MIB} MB; ask for fewer rows or columns"
            )
        return sqlite3.Row(cursor, values)


def limit_connection(conn: sqlite3.Connection) -> None:
    """Set the project's limits on a connection Datasette opened (see the module docs)."""
    for limit, value in CONNECTION_LIMITS.items():
        conn.setlimit(limit, value)
    conn.execute(f"pragma hard_heap_limit = {SQLITE_HEAP_LIMIT_BYTES}")
    conn.set_authorizer(_authorize)
    conn.row_factory = _ResultBudget()


@contextlib.contextmanager
def statement_deadline(conn: sqlite3.Connection, milliseconds: int) -> Iterator[None]:
    """Interrupt what runs on ``conn`` in this block after ``milliseconds``
    (``sqlite3.OperationalError: interrupted``), as Datasette's time limit does."""
    deadline = time.monotonic() + milliseconds / 1000

    def past_deadline() -> int:
        return 1 if time.monotonic() > deadline else 0

    conn.set_progress_handler(past_deadline, 1000)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 1000)


async def execute_fn_limited(datasette, database, fn: Any) -> Any:
    """``database.execute_fn(fn)`` within Datasette's ``sql_time_limit_ms``
    (:func:`statement_deadline`): for the plugin's own queries."""
    milliseconds = datasette.setting("sql_time_limit_ms")

    def limited(conn: sqlite3.Connection) -> Any:
        with statement_deadline(conn, milliseconds):
            return fn(conn)

    return await database.execute_fn(limited)


# -- queues ----------------------------------------------------------------------------


class LaneFull(Exception):
    """A lane has as many requests running and waiting as it takes."""


@dataclass
class Lane:
    """At most ``running`` requests of a kind at once, and ``waiting`` more
    queued, served first come first served; beyond that :class:`LaneFull`.
    Works across event loops (the test client runs each request in a loop of
    its own), so waiting requests poll."""

    name: str
    running: int
    waiting: int
    _active: int = 0
    _queued: int = 0
    _next_ticket: int = 0
    _serving: int = 0
    _abandoned: set[int] = field(default_factory=set, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def _ticket(self) -> int | None:
        """A place in the queue, or None when the request can run at once."""
        with self._lock:
            if self._active < self.running and self._serving == self._next_ticket:
                self._active += 1
                self._serving = self._next_ticket = self._next_ticket + 1
                return None
            if self._queued >= self.waiting:
                raise LaneFull(self.name)
            self._queued += 1
            self._next_ticket += 1
            return self._next_ticket - 1

    def _enter(self, ticket: int) -> bool:
        """Take a running place if ``ticket`` is first in the queue and one is free."""
        with self._lock:
            while self._serving in self._abandoned:
                self._abandoned.discard(self._serving)
                self._serving += 1
            if self._serving != ticket or self._active >= self.running:
                return False
            self._active += 1
            self._serving += 1
            return True

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold a running place in the lane for the duration of the block."""
        ticket = self._ticket()
        if ticket is not None:
            entered = False
            try:
                while not (entered := self._enter(ticket)):
                    await asyncio.sleep(LANE_POLL_SECONDS)
            finally:
                with self._lock:
                    self._queued -= 1
                    if not entered:  # the client went away while waiting
                        self._abandoned.add(ticket)
        try:
            yield
        finally:
            with self._lock:
                self._active -= 1


SQL_LANE = Lane("arbitrary SQL", running=1, waiting=4)
FULL_TEXT_LANE = Lane("full-text search", running=3, waiting=32)
"""Table searches and canned queries: their time is in SQLite, which runs in parallel."""
SEARCH_PAGE_LANE = Lane("search page", running=2, waiting=32)
"""The whoosh search page: its time is in Python, one thread at a time."""
CANNED_QUERY_NAMES = frozenset(query.name for query in CANNED_QUERIES)


def lane_for(path: str, pairs: list[tuple[str, str]]) -> Lane | None:
    """The lane of a request: arbitrary SQL (``sql=``, ``_where=``), the whoosh
    search page, full-text searches (table searches, canned queries), or none."""
    keys = {key for key, _ in pairs}
    if keys & {"sql", "_where"}:
        return SQL_LANE
    if path.startswith("/-/search"):
        return SEARCH_PAGE_LANE
    if any(key.startswith("_search") and key != "_searchmode" for key in keys) or _is_canned_query(path):
        return FULL_TEXT_LANE
    return None


# -- parameters ------------------------------------------------------------------------


def _json_object(key: str, value: str, *, required: tuple[str, ...]) -> str | None:
    """Why ``value`` is not a JSON object with string values for ``required``, or None."""
    try:
        config = json.loads(value)
    except ValueError as error:
        return f"{key}: not valid JSON ({error})"
    if not isinstance(config, dict):
        return f"{key}: expected a JSON object"
    missing = [name for name in required if not isinstance(config.get(name), str) or not config[name]]
    return f"{key}: expected {', '.join(map(repr, missing))} in the object" if missing else None


def _is_canned_query(path: str) -> bool:
    parts = path.strip("/").split("/")
    return len(parts) == 2 and parts[1].split(".")[0] in CANNED_QUERY_NAMES


def _parameter_problem(path: str, key: str, value: str) -> str | None:
    """Why one parameter cannot be run, or None."""
    if key.startswith("_facet"):  # (Datasette reads _facet_size as a facet type too)
        return _json_object(key, value, required=("simple",)) if value.startswith("{") else None
    if key == "_through":
        return _json_object(key, value, required=("table", "column", "value"))
    if key == "_timelimit" and not (value.isdigit() and int(value) > 0):
        return "_timelimit: expected a whole number of milliseconds"
    if key.startswith("_search") and key != "_searchmode":
        return fts.query_size_problem(value)
    if key in ("sql", "_where"):
        lowered = value.lower()
        denied = [word for word in DENIED_SQL_WORDS if word in lowered]
        return f"{key}: {denied[0]} is not available here" if denied else None
    if _is_canned_query(path) and not key.startswith("_"):
        if key in SEARCH_PARAMETERS:
            return fts.query_size_problem(value)
        if len(value) > MAX_PARAMETER_CHARS:
            return f"{key}: {len(value):,} characters; the limit is {MAX_PARAMETER_CHARS:,}"
    return None


def _database_page_problem(path: str, pairs: list[tuple[str, str]]) -> str | None:
    """Why a database page (``/db.json``, ``/db.csv``) without a query cannot
    answer in the format asked, or None."""
    if not _DATABASE_PAGE_RE.match(path) or any(key == "sql" and value.strip() for key, value in pairs):
        return None
    if path.endswith(".csv"):
        return "a CSV export needs a query (sql=...); tables have their own (.csv after the table's name)"
    shape = dict(pairs).get("_shape", "objects")
    if path.endswith(".json") and shape not in ("objects", "arrays"):
        return f"_shape={shape} needs a query (sql=...) or a table"
    return None


def request_problem(path: str, query_string: str, pairs: list[tuple[str, str]]) -> str | None:
    """Why a request's parameters cannot be run (the message of a 400), or None."""
    if len(query_string) > MAX_QUERY_STRING:
        return f"the query string is {len(query_string):,} bytes long; the limit is {MAX_QUERY_STRING:,}"
    for key, value in pairs:
        if "\x00" in key or "\x00" in value:
            return f"{key.replace(chr(0), '')}: NUL characters are not allowed in parameters"
        problem = _parameter_problem(path, key, value)
        if problem:
            return problem
    return _database_page_problem(path, pairs)


BAD_PARAMETER_MESSAGES = ("Cannot sort table by", "Cannot use _sort and _sort_desc", "Invalid _through")
"""The starts of Datasette's messages about bad parameters that it sends as 500s."""
NOT_A_NUMBER = "invalid literal for int()"
"""The start of the error of Datasette's ``int()`` of a parameter (``_next=x`` on a view)."""


def bad_request_error(exception: Exception) -> tuple[str, str] | None:
    """``(title, message)`` of the 400 for an error caused by a request's
    parameters or by a query over the limits, or None for other errors."""
    if isinstance(exception, MemoryError):
        return "Query too large", (
            f"the query needs more than the {SQLITE_HEAP_LIMIT_BYTES // MIB} MB of memory SQLite may use here"
        )
    if isinstance(exception, sqlite3.DataError):
        return "Query too large", f"{exception} (the limit is {MAX_VALUE_BYTES // MIB} MB per value)"
    if isinstance(exception, (sqlite3.ProgrammingError, sqlite3.IntegrityError)):
        return "Invalid parameters", str(exception)  # unbound placeholders, an offset past 64 bits
    if isinstance(exception, ValueAsBooleanError):
        return "Invalid parameters", "a yes-or-no parameter takes on/off, true/false or 1/0"
    if isinstance(exception, OverflowError):
        return "Invalid parameters", "a number in the parameters is too large for SQLite (64-bit integers)"
    if isinstance(exception, ValueError) and str(exception).startswith(NOT_A_NUMBER):
        return "Invalid parameters", f"expected a whole number ({exception})"
    if isinstance(exception, QueryInterrupted) or (
        isinstance(exception, sqlite3.OperationalError) and exception.args == ("interrupted",)
    ):
        return "Query took too long", "the page's queries took longer than the time limit"
    if (
        isinstance(exception, DatasetteError)
        and exception.status == 500
        and str(exception.message).startswith(BAD_PARAMETER_MESSAGES)
    ):
        return "Invalid parameters", str(exception.message)
    return None


def error_response(datasette, request, status: int, title: str, message: str):
    """Datasette's own error page (HTML, or JSON for ``.json``) with ``status``."""
    from datasette.handle_exception import handle_exception as default_error_page

    return default_error_page(datasette, request, DatasetteError(message, title=title, status=status))


def connected_databases(datasette) -> Response:
    """``/-/databases.json`` without the absolute path of each database file."""
    return Response.json(
        [
            {
                "name": database.name,
                "route": database.route,
                "is_mutable": database.is_mutable,
                "is_memory": database.is_memory,
            }
            for name, database in datasette.databases.items()
            if name != "_internal"
        ]
    )


def parse_pairs(query_string: str) -> list[tuple[str, str]]:
    """The parameters of a query string, blank values kept."""
    return parse_qsl(query_string, keep_blank_values=True)


async def _send_error(datasette, scope, receive, send, status: int, title: str, message: str) -> None:
    from datasette.utils.asgi import Request

    await datasette.invoke_startup()  # the plugin's startup (plain error logging) before any error page
    response = await error_response(datasette, Request(scope, receive), status, title, message)()
    if status == 503:
        response.headers["Retry-After"] = "1"
    await response.asgi_send(send)


def request_guard(datasette):
    """An ASGI wrapper: a 400 for parameters :func:`request_problem` refuses, a
    503 when the request's lane is full, the lane held while the request runs,
    and ``/-/databases`` without file paths."""

    def wrap(app):
        async def guarded(scope, receive, send) -> None:
            if scope.get("type") != "http":
                return await app(scope, receive, send)
            path = scope.get("path", "")
            if path in ("/-/databases", "/-/databases.json"):
                return await connected_databases(datasette).asgi_send(send)
            query_string = scope.get("query_string", b"").decode("latin-1")
            pairs = parse_pairs(query_string)
            problem = request_problem(path, query_string, pairs)
            if problem:
                return await _send_error(datasette, scope, receive, send, 400, "Invalid parameters", problem)
            lane = lane_for(path, pairs)
            if lane is None:
                return await app(scope, receive, send)
            try:
                async with lane.slot():
                    return await app(scope, receive, send)
            except LaneFull:
                message = f"Too many {lane.name} requests are running; try again in a moment."
                return await _send_error(datasette, scope, receive, send, 503, "Busy", message)

        return guarded

    return wrap
