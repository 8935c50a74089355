"""Fixtures of the whoosh search tests."""

from __future__ import annotations

import pytest

from quotes.search.index import build_index, index_dir_for


@pytest.fixture
def indexed(quote_archive):
    """The fictional quote archive with its whoosh index built."""
    build_index(quote_archive)
    return quote_archive


@pytest.fixture
def index_dir(indexed):
    """The index folder of :func:`indexed`."""
    return index_dir_for(indexed)
