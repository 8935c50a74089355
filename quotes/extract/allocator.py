"""Keep freed memory in the process for the next batch (glibc's ``mallopt``).

Each batch of windows leaves the networks' activations behind: arrays of a few
megabytes, allocated fresh for every layer and freed when the batch is parsed.
By default glibc maps a large block on its own and unmaps it when it is freed,
and gives the top of its heap back to the system once more than twice that much
lies free there; either way the next batch touches new pages, and every new
page costs a page fault (where pages are dear to map, as in virtual machines:
about 0.1 s of the 3.2 s of a first run over PolNeAR dev on a quiet machine,
see docs/benchmarks.md).
Raising the two thresholds keeps such blocks in the heap, where the next batch
finds them. The cost is memory kept after a batch: up to
:data:`TRIM_THRESHOLD_BYTES` free at the heap's top, and freed blocks the heap
cannot give back while a later one is held above them. Over PolNeAR dev, and
over it four times, the peak while extracting stayed within 3 MiB of the default.

A process whose environment sets glibc's own thresholds (``MALLOC_TRIM_THRESHOLD_``,
``MALLOC_MMAP_THRESHOLD_``: Dask sets the first in its workers, so that their
memory monitor sees freed memory go back) keeps them: nothing is changed.
"""

from __future__ import annotations

import ctypes
import logging
from functools import lru_cache

from quotes.settings import allocator_set_by_environment

log = logging.getLogger(__name__)

#: glibc's ``mallopt`` parameters (``<malloc.h>``).
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
#: Blocks up to this size come from the heap (glibc's largest allowed on 64 bits).
MMAP_THRESHOLD_BYTES = 32 * 1024 * 1024
#: Free memory at the top of the heap kept for reuse before any goes back.
TRIM_THRESHOLD_BYTES = 128 * 1024 * 1024


@lru_cache(maxsize=1)
def keep_freed_memory() -> bool:
    """Ask the C allocator to keep freed blocks for reuse (once per process).
    True when it agreed to both thresholds; False where there is no glibc
    ``mallopt`` (macOS, musl, Windows), where the environment sets the
    thresholds already (:func:`~quotes.settings.allocator_set_by_environment`), or where glibc refuses
    a value: none of which changes anything but speed."""
    if allocator_set_by_environment():
        log.debug("the environment sets the allocator's thresholds: left as they are")
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        log.debug("no mallopt in the C library: freed memory goes back as usual")
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    mmap_set = mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)
    trim_set = mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES)
    return bool(mmap_set) and bool(trim_set)
