"""The allocator keeps one batch's freed memory for the next."""

from __future__ import annotations

import ctypes.util
import platform
import subprocess
import sys

import pytest

from quotes.extract.allocator import keep_freed_memory

GLIBC = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"

#: Page faults over four batches of arrays like a parse's activations (a dozen
#: of 2 to 6 MiB held at once, then all freed), after one batch to warm up.
BATCHES_SCRIPT = """
import resource, sys, numpy
if sys.argv[1] == "keep":
    from quotes.extract.allocator import keep_freed_memory
    keep_freed_memory()
def batch(scale):
    held = [numpy.ones(int((2 + i % 5) * scale * 262144), dtype="float32") for i in range(12)]
    return len(held)
batch(1.0)
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for scale in (0.9, 1.0, 0.8, 1.0):
    batch(scale)
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def page_faults(mode: str) -> int:
    """Page faults of :data:`BATCHES_SCRIPT` in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", BATCHES_SCRIPT, mode], capture_output=True, text=True, check=True
    )
    return int(done.stdout)


@pytest.mark.skipif(not GLIBC, reason="mallopt is glibc's")
def test_the_next_batch_reuses_the_freed_memory():
    assert keep_freed_memory()
    assert page_faults("keep") * 10 < page_faults("default")


def test_without_mallopt_nothing_changes(monkeypatch):
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    assert keep_freed_memory.__wrapped__() is False
