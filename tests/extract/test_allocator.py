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
from quotes.settings import ALLOCATOR_SETTINGS, MMAP_THRESHOLD_SETTING, TRIM_THRESHOLD_SETTING

GLIBC = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"

#: The thresholds the allocator raised, then the page faults over four batches
#: of arrays like a parse's activations (a dozen of 2 to 6 MiB held at once,
#: then freed), after one batch to warm up. Each batch keeps a block allocated
#: after its arrays, as a batch keeps its quotes: it holds the heap's top, so
#: that trimming (Dask's threshold) cannot give the freed arrays back. It is
#: larger than any gap the arrays leave, and never written, so that it costs no
#: page faults itself.
BATCHES_SCRIPT = """
import resource, sys, numpy
from quotes.extract.allocator import keep_freed_memory
kept = keep_freed_memory() if sys.argv[1] == "keep" else ()
results = []
def batch(scale):
    held = [numpy.ones(int((2 + i % 5) * scale * 262144), dtype="float32") for i in range(12)]
    results.append(numpy.empty(2621440, dtype="float32"))
    return len(held)
batch(1.0)
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for scale in (0.9, 1.0, 0.8, 1.0):
    batch(scale)
print(",".join(kept) or "-", resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""
DASK_WORKER = {TRIM_THRESHOLD_SETTING: "65536"}
"""What Dask sets in its workers' environment."""


def batches(mode: str, **environ: str) -> tuple[tuple[str, ...], int]:
    """The thresholds raised and the page faults of :data:`BATCHES_SCRIPT`."""
    env = {key: value for key, value in os.environ.items() if key not in ALLOCATOR_SETTINGS}
    done = subprocess.run(
        [sys.executable, "-c", BATCHES_SCRIPT, mode],
        capture_output=True,
        text=True,
        check=True,
        env={**env, **environ},
    )
    kept, faults = done.stdout.split()
    return tuple(kept.split(",")) if kept != "-" else (), int(faults)


@pytest.mark.skipif(not GLIBC, reason="mallopt is glibc's")
def test_the_next_batch_reuses_the_freed_memory():
    kept, faults = batches("keep")
    assert set(kept) == set(ALLOCATOR_SETTINGS)
    assert faults * 10 < batches("default")[1]


@pytest.mark.skipif(not GLIBC, reason="mallopt is glibc's")
def test_a_dask_worker_keeps_its_trim_threshold_and_takes_blocks_from_the_heap():
    kept, faults = batches("keep", **DASK_WORKER)
    assert kept == (MMAP_THRESHOLD_SETTING,)
    assert faults * 10 < batches("default", **DASK_WORKER)[1]


@pytest.mark.skipif(not GLIBC, reason="mallopt is glibc's")
def test_thresholds_the_environment_sets_are_kept():
    both_set = {TRIM_THRESHOLD_SETTING: "65536", MMAP_THRESHOLD_SETTING: "131072"}
    kept, faults = batches("keep", **both_set)
    assert kept == ()
    assert faults > 10 * batches("keep")[1]


def test_without_mallopt_nothing_changes(monkeypatch):
    def no_libc(name):
        raise OSError("no C library here")

    monkeypatch.setattr(ctypes, "CDLL", no_libc)
    for name in ALLOCATOR_SETTINGS:
        monkeypatch.delenv(name, raising=False)
    assert keep_freed_memory.__wrapped__() == ()


#: Objects alive when the pipeline loads are left out of full collections;
#: cyclic garbage made after is still freed (a fresh process: the freeze lasts).
FREEZE_SCRIPT = """
import gc, weakref
from quotes.extract.allocator import spare_loaded_objects
class Node:
    pass
loaded = [Node() for _ in range(100)]
spare_loaded_objects()
frozen = gc.get_freeze_count()
later = Node()
later.me = later
gone = weakref.ref(later)
del later
gc.collect()
print(frozen >= len(loaded), gone() is None)
"""


def test_objects_alive_at_loading_are_spared_and_later_garbage_freed():
    done = subprocess.run([sys.executable, "-c", FREEZE_SCRIPT], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "True"]
