"""Keep freed memory in the process for the next batch (glibc's ``mallopt``).

Each batch of windows leaves the networks' activations behind: arrays of a few
megabytes, allocated fresh for every layer and freed when the batch is parsed.
By default glibc maps a large block on its own and unmaps it when it is freed,
and gives the top of its heap back to the system once more than twice that much
lies free there; either way the next batch touches new pages, and every new
page costs a page fault (where pages are dear to map, as in sandboxed machines,
this was a tenth of extraction's time over PolNeAR dev: see docs/benchmarks.md).
Raising the two thresholds keeps such blocks in the heap, where the next batch
finds them. The peak memory is the same: the blocks kept are those the next
batch needs again.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from functools import lru_cache

log = logging.getLogger(__name__)

#: glibc's ``mallopt`` parameters (``<malloc.h>``).
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
#: Blocks up to this size come from the heap (glibc's largest allowed value).
MMAP_THRESHOLD_BYTES = 32 * 1024 * 1024
#: Free memory at the top of the heap kept for reuse before any goes back.
TRIM_THRESHOLD_BYTES = 128 * 1024 * 1024


@lru_cache(maxsize=1)
def keep_freed_memory() -> bool:
    """Ask the C allocator to keep freed blocks for reuse (once per process).
    True when it agreed; False where there is no glibc ``mallopt`` (macOS,
    musl, Windows), which changes nothing but speed."""
    name = ctypes.util.find_library("c")
    try:
        mallopt = ctypes.CDLL(name).mallopt if name else None
    except (OSError, AttributeError):
        mallopt = None
    if mallopt is None:
        log.debug("no mallopt in the C library: freed memory goes back as usual")
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)) and bool(
        mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES)
    )
