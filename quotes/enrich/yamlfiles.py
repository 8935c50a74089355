"""Finding and reading the project's YAML files (gazetteer, stance taxonomy,
curation, labels), with one-line errors that name the file."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml

T = TypeVar("T")

PROJECT_DB_DIR = Path(__file__).resolve().parents[2] / "db"
"""The project's ``db/`` folder: the gazetteer and stance taxonomy it ships."""


def newsroom_file(name: str, *, db_path: str | Path | None = None, env: str | None = None) -> Path:
    """Where to read the newsroom's file ``name`` (``speakers.yml``, ``stances.yml``):
    ``$env`` if that variable is set; else ``name`` beside the database when there
    is one; else the project's ``db/name``."""
    if env and os.environ.get(env):
        return Path(os.environ[env])
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


def load_cached(
    path: str | Path, parse: Callable[..., T], *, error: type[Exception], missing: str = "file not found"
) -> T:
    """``parse(data, path=path)`` of the YAML at ``path``, cached until the file
    changes (by path and modification time)."""
    try:
        mtime = Path(path).stat().st_mtime
    except OSError:
        raise error(f"{path}: {missing}") from None
    return _parsed(str(path), mtime, parse, error, missing)


@lru_cache(maxsize=16)
def _parsed(path: str, mtime: float, parse: Callable[..., Any], error: type[Exception], missing: str) -> Any:
    return parse(read_yaml(path, error=error, missing=missing), path=path)
