"""Finding and reading the newsroom's YAML files (the gazetteer, the stance
taxonomy, the curation file), with one-line errors that name the file.

A :class:`NewsroomFile` describes one of them: its name, the environment
variable that moves it, and how to parse it. Parsed files are kept until the
file changes (by path, modification time and size), so a build that asks for
the gazetteer in every step reads it once, and an edit is seen at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Generic, TypeVar

import sqlite_utils
import yaml

from quotes.settings import path_setting
from quotes.store.sql import database_file

T = TypeVar("T")

PROJECT_DB_DIR = Path(__file__).resolve().parents[2] / "db"
"""The project's ``db/`` folder: the gazetteer and stance taxonomy it ships."""

PARSED_FILES_KEPT = 16


def newsroom_file(name: str, *, db_path: str | Path | None = None, env: str | None = None) -> Path:
    """Where to read the newsroom's file ``name`` (``speakers.yml``, ``stances.yml``):
    ``$env`` if that variable is set; else ``name`` beside the database when there
    is one; else the project's ``db/name``."""
    chosen = path_setting(env) if env else None
    if chosen is not None:
        return chosen
    if db_path and str(db_path) != ":memory:":
        beside = Path(db_path).parent / name
        if beside.exists():
            return beside
    return PROJECT_DB_DIR / name


def read_yaml(path: str | Path, *, error: type[Exception], missing: str = "file not found") -> Any:
    """The parsed YAML of ``path``. A missing or unreadable file, or text that
    is not YAML, raises ``error`` with a message naming the file."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(f"{path}: {missing}") from None
    except (OSError, UnicodeDecodeError) as problem:
        raise error(f"{path}: cannot read ({problem.__class__.__name__})") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as problem:
        raise error(f"{path}: not valid YAML ({problem.__class__.__name__})") from None


@dataclass(frozen=True)
class NewsroomFile(Generic[T]):
    """One of the newsroom's YAML files: ``name`` beside the database (or in the
    project's ``db/``, or where ``$env`` says), read with ``parse(data, path=...)``.
    Problems raise ``error``; ``what`` names the file for people (``<what> not found``)."""

    name: str
    env: str
    what: str
    parse: Callable[..., T]
    error: type[Exception]

    @property
    def missing(self) -> str:
        """The message for a file that is not there."""
        return f"{self.what} not found"

    def path(self, db_path: str | Path | None = None) -> Path:
        """Where the file is for the database at ``db_path`` (see :func:`newsroom_file`)."""
        return newsroom_file(self.name, db_path=db_path, env=self.env)

    def load(self, path: str | Path | None = None) -> T:
        """The parsed file at ``path`` (default: :meth:`path` with no database)."""
        path = Path(path) if path else self.path()
        try:
            stat = path.stat()
        except OSError:
            raise self.error(f"{path}: {self.missing}") from None
        return _parsed(self, str(path), stat.st_mtime_ns, stat.st_size)

    def for_database(self, db: sqlite_utils.Database) -> T:
        """The parsed file that applies to the open database ``db``."""
        return self.load(self.path(database_file(db)))


@lru_cache(maxsize=PARSED_FILES_KEPT)
def _parsed(file: NewsroomFile[T], path: str, mtime_ns: int, size: int) -> T:
    return file.parse(read_yaml(path, error=file.error, missing=file.missing), path=path)
