"""Publishing the quotes database with Datasette.

:func:`make_datasette` builds the Datasette instance ``quotes serve`` runs
(metadata, settings, the database opened read-only by Datasette, never in
immutable mode so a build can write while it serves); :func:`serve` runs it
with uvicorn. The metadata is ``metadata.yml`` (shipped inside the package as
``quotes/web/metadata.yml``, a link to the repository's file), or the file named
by ``$QUOTES_METADATA``.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import yaml

from quotes.errors import QuotesError
from quotes.store.db import default_db_path

METADATA_DB_KEY = "quotes"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001
SETTINGS = {
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 500,
    "default_page_size": 50,
    "max_returned_rows": 1000,
    "allow_download": False,
    "default_cache_ttl": 0,
    # Suggested facets cost ~3 s per table page of a 100k-quote archive (a query
    # per column); the configured facets stay (benchmarks/load.py, measured).
    "suggest_facets": False,
    # Five values per facet (each has a link to show them all), so that a table
    # search shows its first rows on the first screen, below the facets.
    "default_facet_size": 5,
}


class PublishError(QuotesError):
    """The database or the metadata cannot be published."""


def metadata_path() -> Path:
    """Where the Datasette metadata is read from.

    ``$QUOTES_METADATA`` if set, else ``metadata.yml`` at the repository root
    (an editable install), else the copy inside the package.
    """
    if os.environ.get("QUOTES_METADATA"):
        return Path(os.environ["QUOTES_METADATA"])
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
    """The arguments :func:`make_datasette` passes to ``Datasette(...)``.

    Raises :class:`PublishError` when the database does not exist.
    """
    db_path = Path(db_path) if db_path is not None else default_db_path()
    if not db_path.is_file():
        raise PublishError(
            f"{db_path}: no such database; create it with `quotes build PATH... --db {db_path}`"
        )
    return {
        "files": [str(db_path)],
        "metadata": load_metadata(database=database_name(db_path)),
        "settings": {**SETTINGS, **(settings or {})},
        "cors": False,
    }


def make_datasette(db_path: str | Path | None = None, *, settings: dict[str, Any] | None = None):
    """A Datasette instance publishing the database at ``db_path`` (default :func:`default_db_path`).

    The schema is brought up to date first (migrations, the search index), so
    an older database gets the current tables and triggers.
    """
    from datasette.app import Datasette

    from quotes.store.db import open_db

    kwargs = datasette_kwargs(db_path, settings=settings)
    open_db(kwargs["files"][0]).close()
    return Datasette(**kwargs)


def serve(db_path: str | Path | None = None, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Serve the database with Datasette until interrupted.

    Datasette runs its startup hooks on the first request (``ds.app()``).
    """
    import uvicorn

    ds = make_datasette(db_path)
    uvicorn.run(ds.app(), host=host, port=port, log_level="info", lifespan="on")
