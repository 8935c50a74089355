"""Publishing the quotes database with Datasette.

:func:`make_datasette` builds the Datasette instance ``quotes serve`` runs
(metadata, settings, the database opened read-only by Datasette, not in
immutable mode so a build can write while it serves; a database that cannot be
written, on read-only media, is served immutable); :func:`serve` runs it with
uvicorn. The metadata is ``metadata.yml`` (shipped inside the package as
``quotes/web/metadata.yml``, a link to the repository's file), or the file named
by ``$QUOTES_METADATA``.

:func:`start_server` runs ``quotes serve`` in a subprocess and waits until it
answers, for scripts and tests that need a real server (the browser tests,
the load benchmarks).
"""

from __future__ import annotations

import contextlib
import copy
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from quotes.errors import QuotesError
from quotes.settings import METADATA, path_setting
from quotes.store.db import default_db_path, has_unmerged_log, is_read_only, require_database

METADATA_DB_KEY = "quotes"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001
SERVER_START_TIMEOUT = 120.0
"""Seconds a server started by :func:`start_server` has to answer (importing Datasette,
the plugin and whoosh takes a while on a busy machine)."""
SERVER_READY_PATH = "/-/versions.json"
SETTINGS = {
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 500,
    "default_page_size": 50,
    "max_returned_rows": 1000,
    "allow_download": False,
    "default_cache_ttl": 0,
    # Suggested facets cost ~3 s per table page of a 100k-quote archive (a query
    # per column); the configured facets stay (benchmarks/traffic.py, measured).
    "suggest_facets": False,
    # Five values per facet (each has a link to show them all), so that a table
    # search shows its first rows on the first screen, below the facets.
    "default_facet_size": 5,
    # Arbitrary SQL runs one request at a time, full-text searches three and
    # search pages two (quotes.web.limits): at most 6 threads busy with them,
    # so that cheap pages always find a free one.
    "num_sql_threads": 8,
}


class PublishError(QuotesError):
    """The database or the metadata cannot be published."""


def metadata_path() -> Path:
    """Where the Datasette metadata is read from.

    ``$QUOTES_METADATA`` if set, else ``metadata.yml`` at the repository root
    (an editable install), else the copy inside the package.
    """
    chosen = path_setting(METADATA)
    if chosen is not None:
        return chosen
    package_dir = Path(__file__).resolve().parent
    repo_file = package_dir.parent.parent / "metadata.yml"
    if repo_file.is_file():
        return repo_file
    return package_dir / "metadata.yml"


def load_metadata(*, database: str = METADATA_DB_KEY, path: str | Path | None = None) -> dict[str, Any]:
    """The metadata for a database served under the name ``database``.

    metadata.yml describes a database named ``quotes``; the key and the links
    starting ``/quotes/`` are renamed to ``database``.
    """
    path = Path(path) if path else metadata_path()
    try:
        metadata = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PublishError(f"{path}: metadata file not found (set QUOTES_METADATA to another file)") from None
    except yaml.YAMLError as error:
        raise PublishError(f"{path}: not valid YAML ({error})".replace("\n", " ")) from None
    if not isinstance(metadata, dict):
        raise PublishError(f"{path}: expected a mapping of Datasette metadata")
    metadata = copy.deepcopy(metadata)
    databases = metadata.get("databases") or {}
    if database != METADATA_DB_KEY and METADATA_DB_KEY in databases:
        databases[database] = databases.pop(METADATA_DB_KEY)
        for key in ("source_url", "about_url", "license_url"):
            value = metadata.get(key)
            if isinstance(value, str) and (
                value == f"/{METADATA_DB_KEY}" or value.startswith(f"/{METADATA_DB_KEY}/")
            ):
                metadata[key] = f"/{database}" + value[len(METADATA_DB_KEY) + 1 :]
    return metadata


def database_name(db_path: str | Path) -> str:
    """The name Datasette gives a database file (its file name without the extension)."""
    return Path(db_path).stem


def datasette_kwargs(
    db_path: str | Path | None = None, *, settings: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The arguments :func:`make_datasette` passes to ``Datasette(...)``: the
    database as a file (``files``), or as an immutable one (``immutables``)
    when it cannot be written (unless its write-ahead log has content an
    immutable connection would not see).

    Raises :class:`~quotes.store.db.DatabaseError` when the database does not exist.
    """
    db_path = require_database(db_path if db_path is not None else default_db_path())
    return {
        ("immutables" if is_read_only(db_path) and not has_unmerged_log(db_path) else "files"): [
            str(db_path)
        ],
        "metadata": load_metadata(database=database_name(db_path)),
        "settings": {**SETTINGS, **(settings or {})},
        "cors": False,
    }


def make_datasette(db_path: str | Path | None = None, *, settings: dict[str, Any] | None = None):
    """A Datasette instance publishing the database at ``db_path`` (default :func:`default_db_path`).

    The schema is brought up to date first (the migrations), so an older
    database gets the current tables, views and triggers; a read-only one
    must be up to date already.
    """
    from datasette.app import Datasette

    from quotes.store.db import open_db

    kwargs = datasette_kwargs(db_path, settings=settings)
    (path,) = kwargs.get("files") or kwargs["immutables"]
    open_db(path).close()
    return Datasette(**kwargs)


def serve(db_path: str | Path | None = None, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Serve the database with Datasette until interrupted.

    Datasette runs its startup hooks on the first request (``ds.app()``).
    """
    import uvicorn

    ds = make_datasette(db_path)
    uvicorn.run(ds.app(), host=host, port=port, log_level="info", lifespan="on")


# --- a server in a subprocess -----------------------------------------------------------------


def free_port(host: str = DEFAULT_HOST) -> int:
    """A TCP port nothing listens on at ``host`` now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """``quotes serve`` running in a subprocess (see :func:`start_server`)."""

    process: subprocess.Popen
    host: str
    port: int
    log_path: Path

    @property
    def url(self) -> str:
        """The server's base URL, without a trailing slash."""
        return f"http://{self.host}:{self.port}"

    def log_tail(self, characters: int = 2000) -> str:
        """The end of the server's output."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-characters:]

    def stop(self, *, timeout: float = 20.0) -> None:
        """Stop the server (SIGTERM, then SIGKILL if it does not exit within ``timeout`` seconds)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def wait_until_serving(server: Server, *, timeout: float = SERVER_START_TIMEOUT) -> None:
    """Wait until ``server`` answers; :class:`PublishError` (with the end of its log)
    if it exits first or does not answer within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise PublishError(f"quotes serve exited with {server.process.returncode}: {server.log_tail()}")
        if _answers(server.url + SERVER_READY_PATH):
            return
        time.sleep(0.2)
    server.stop()
    raise PublishError(
        f"quotes serve did not answer {server.url} within {timeout:.0f} s: {server.log_tail()}"
    )


def start_server(
    db_path: str | Path,
    *,
    log_path: str | Path,
    host: str = DEFAULT_HOST,
    port: int | None = None,
    timeout: float = SERVER_START_TIMEOUT,
) -> Server:
    """Start ``quotes serve`` for ``db_path`` in a subprocess (on a free port unless
    ``port`` is given), its output going to ``log_path``, and wait until it answers.

    The server runs in a session of its own, so that Ctrl-C in a terminal
    reaches the caller, who stops it with :meth:`Server.stop`.
    """
    port = port or free_port(host)
    command = [
        sys.executable,
        "-m",
        "quotes",
        "serve",
        "--db",
        str(db_path),
        "--host",
        host,
        "--port",
        str(port),
    ]
    log_path = Path(log_path)
    with log_path.open("w", encoding="utf-8") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    server = Server(process=process, host=host, port=port, log_path=log_path)
    wait_until_serving(server, timeout=timeout)
    return server


@contextlib.contextmanager
def running_server(db_path: str | Path, *, log_path: str | Path, **options: Any) -> Iterator[Server]:
    """:func:`start_server` for the duration of a ``with`` block, stopped afterwards."""
    server = start_server(db_path, log_path=log_path, **options)
    try:
        yield server
    finally:
        server.stop()
