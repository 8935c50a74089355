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

A threshold the environment sets (``MALLOC_TRIM_THRESHOLD_``,
``MALLOC_MMAP_THRESHOLD_``) is kept as set; the other is still raised. Dask sets
the trim threshold in its workers, so that their memory monitor sees freed
memory go back, and glibc then maps every block over 128 KiB on its own: a
worker keeps Dask's trim threshold and takes its blocks from the heap: over
PolNeAR dev it takes about 100,000 page faults instead of 335,000.
"""

from __future__ import annotations

import ctypes
import gc
import logging
from functools import lru_cache

from quotes.settings import MMAP_THRESHOLD_SETTING, TRIM_THRESHOLD_SETTING, allocator_set_by_environment

log = logging.getLogger(__name__)

#: glibc's ``mallopt`` parameters (``<malloc.h>``).
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
#: Blocks up to this size come from the heap (glibc's largest allowed on 64 bits).
MMAP_THRESHOLD_BYTES = 32 * 1024 * 1024
#: Free memory at the top of the heap kept for reuse before any goes back.
TRIM_THRESHOLD_BYTES = 128 * 1024 * 1024
#: Each threshold: its environment variable, its ``mallopt`` parameter and value.
THRESHOLDS = (
    (MMAP_THRESHOLD_SETTING, M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES),
    (TRIM_THRESHOLD_SETTING, M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES),
)


@lru_cache(maxsize=1)
def keep_freed_memory() -> tuple[str, ...]:
    """Ask the C allocator to keep freed blocks for reuse (once per process).
    The environment variables of the thresholds it raised: those the
    environment leaves unset (:func:`~quotes.settings.allocator_set_by_environment`)
    and glibc agreed to; none where there is no glibc ``mallopt`` (macOS,
    musl, Windows). Nothing but speed and memory kept changes."""
    wanted = [threshold for threshold in THRESHOLDS if not allocator_set_by_environment(threshold[0])]
    if not wanted:
        log.debug("the environment sets the allocator's thresholds: left as they are")
        return ()
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        log.debug("no mallopt in the C library: freed memory goes back as usual")
        return ()
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return tuple(name for name, parameter, value in wanted if mallopt(parameter, value))


def spare_loaded_objects() -> None:
    """Leave the objects alive now (the loaded pipeline's, its modules') out
    of the garbage collector's full collections from now on (``gc.freeze``).

    A full collection walks every object Python tracks, and with numpy, spaCy
    and thinc imported that is about 0.08 s, whatever the batch; one or two
    fall inside a pass over PolNeAR dev. The pipeline is kept for the life of
    the process (:func:`quotes.extract.pipeline.load_pipeline` caches it), so
    its objects never become garbage: later collections walk only the
    objects made after it. The freeze is the process's: every object alive
    at that moment is left out, the caller's too, and an object frozen here
    that becomes cyclic garbage later is not freed; the young generations
    are collected as before."""
    gc.freeze()
