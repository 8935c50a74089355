"""Fixtures of the enrichment tests: a fictional gazetteer."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.enrich.gazetteer import Gazetteer, load_gazetteer

GAZETTEER_FILE = Path(__file__).with_name("gazetteer.yml")


@pytest.fixture
def gazetteer_file(tmp_path) -> Path:
    """A copy of the fictional gazetteer that a test may edit."""
    path = tmp_path / "speakers.yml"
    path.write_text(GAZETTEER_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    return path


@pytest.fixture
def gazetteer() -> Gazetteer:
    """The fictional gazetteer, parsed."""
    return load_gazetteer(GAZETTEER_FILE)


@pytest.fixture
def use_gazetteer(gazetteer_file, monkeypatch) -> Path:
    """Make the fictional gazetteer the one every database uses (``$QUOTES_GAZETTEER``)."""
    monkeypatch.setenv("QUOTES_GAZETTEER", str(gazetteer_file))
    return gazetteer_file
