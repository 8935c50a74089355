"""The allocator keeps one batch's freed memory for the next (each case in a
fresh process, so that the test session's own allocator is left as it is)."""

from __future__ import annotations

import ctypes
import os
import platform
import subprocess
import sys

import pytest

from quotes.extract.allocator import keep_freed_memory
from quotes.settings import ALLOCATOR_SETTINGS

GLIBC = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"

#: Whether the allocator agreed, then the page faults over four batches of
#: arrays like a parse's activations (a dozen of 2 to 6 MiB held at once, then
#: all freed), after one batch to warm up.
BATCHES_SCRIPT = """
import resource, sys, numpy
from quotes.extract.allocator import keep_freed_memory
kept = keep_freed_memory() if sys.argv[1] == "keep" else False
def batch(scale):
    held = [numpy.ones(int((2 + i % 5) * scale * 262144), dtype="float32") for i in range(12)]
    return len(held)
batch(1.0)
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for scale in (0.9, 1.0, 0.8, 1.0):
    batch(scale)
print(kept, resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def batches(mode: str, **environ: str) -> tuple[bool, int]:
    """Whether the allocator agreed and the page faults of :data:`BATCHES_SCRIPT`."""
    env = {key: value for key, value in os.environ.items() if key not in ALLOCATOR_SETTINGS}
    done = subprocess.run(
        [sys.executable, "-c", BATCHES_SCRIPT, mode],
        capture_output=True,
        text=True,
        check=True,
        env={**env, **environ},
    )
    kept, faults = done.stdout.split()
    return kept == "True", int(faults)


@pytest.mark.skipif(not GLIBC, reason="mallopt is glibc's")
def test_the_next_batch_reuses_the_freed_memory():
    kept, faults = batches("keep")
    assert kept
    assert faults * 10 < batches("default")[1]


@pytest.mark.skipif(not GLIBC, reason="mallopt is glibc's")
def test_thresholds_the_environment_sets_are_kept():
    kept, faults = batches("keep", MALLOC_TRIM_THRESHOLD_="65536")
    assert not kept
    assert faults > 10 * batches("keep")[1]


def test_without_mallopt_nothing_changes(monkeypatch):
    def no_libc(name):
        raise OSError("no C library here")

    monkeypatch.setattr(ctypes, "CDLL", no_libc)
    for name in ALLOCATOR_SETTINGS:
        monkeypatch.delenv(name, raising=False)
    assert keep_freed_memory.__wrapped__() is False
