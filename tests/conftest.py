"""Shared fixtures: databases, the sample articles, a spaCy pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.db import open_db

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
POLNEAR = SHARED / "polnear"


@pytest.fixture
def memory_db():
    """An empty, migrated in-memory database."""
    return open_db(":memory:")


@pytest.fixture
def db_path(tmp_path):
    """A path for a database file in a temporary folder (not yet created)."""
    return tmp_path / "quotes.db"


@pytest.fixture(scope="session")
def seeds_dir():
    """The four sample articles the project was created from (read, never copied)."""
    if not SEEDS.is_dir():
        pytest.skip(f"sample articles not found at {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def polnear_dir():
    if not POLNEAR.is_dir():
        pytest.skip(f"PolNeAR not found at {POLNEAR}")
    return POLNEAR


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once per test session."""
    from quotes.nlp import load_pipeline

    return load_pipeline()
