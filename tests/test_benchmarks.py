"""The benchmarks are not run by the tests, but each of them must at least load:
a module renamed under them shows here, not on the day someone measures."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

BENCHMARKS = sorted(
    path.stem
    for path in (Path(__file__).parent.parent / "benchmarks").glob("*.py")
    if path.stem != "__init__"
)


@pytest.mark.parametrize("name", BENCHMARKS)
def test_every_benchmark_loads(name):
    module = importlib.import_module(f"benchmarks.{name}")
    assert callable(module.main)
