"""Extraction in worker processes: on a Dask cluster, or on this machine.

``quotes build --cluster tcp://HOST:PORT`` and ``quotes extract --cluster ...``
send the articles to the workers of a ``dask.distributed`` scheduler;
``--cluster local:N`` (and ``--workers N``) starts a ``LocalCluster`` of N
worker processes on this machine instead. Either way:

- each worker loads the spaCy pipeline once, when it joins
  (:class:`PipelinePlugin`, a Dask worker plugin), and refuses to work when
  its ``quotes`` version or pipeline differs from the client's, so that the
  rows are those a local build writes;
- articles go out in small batches, at most :data:`BATCHES_PER_THREAD` per
  worker thread running or waiting to run, and come back in input order
  (:func:`extract_batches`); a batch done before a slower one ahead of it
  waits for it, while the workers go on with the next (at most
  :data:`HELD_PER_RUNNING` times as many batches held): the client holds a
  bounded window of the archive, never all of it;
- the process that owns the SQLite file writes; workers only extract;
- a worker that dies costs only the batches it held: the scheduler gives them
  to another worker (up to Dask's ``allowed-failures``, then the articles of
  the batch are reported as failed and the build goes on);
- a scheduler that cannot be reached, or that is lost on the way, is a
  one-line :class:`ClusterError`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import CancelledError
from typing import Any, TypeVar

import dask
from distributed import Client, LocalCluster, WorkerPlugin, get_worker, wait
from distributed.scheduler import KilledWorker

from quotes import __version__
from quotes.errors import QuotesError
from quotes.records import Article, Quote
from quotes.settings import spacy_model_name

LOCAL_PREFIX = "local:"
"""``--cluster local:N``: a ``LocalCluster`` of N worker processes."""
LOCAL_WORKER_CONFIG = {"distributed.worker.profile.enabled": False}
"""The workers ``local:N`` starts do not sample their own stacks every 10 ms
(Dask's profiler feeds its dashboard, which ``local:N`` does not serve)."""
SCHEDULER_LOST = (
    "the connection to the Dask scheduler was lost; the articles written so far "
    "are stored: run the same command again to go on from there"
)
CONNECT_TIMEOUT_S = 10.0
"""How long to try to reach a scheduler before saying it cannot be reached."""
WORKERS_TIMEOUT_S = 60.0
"""How long to wait for the first worker to join the scheduler."""
BATCHES_PER_THREAD = 2
"""Batches in flight per worker thread: one running, one waiting to run, so
that no worker idles while the client writes."""
HELD_PER_RUNNING = 4
"""Batches the client holds, done or not, at most this many times the
batches it keeps running: a batch done early waits for the slower ones
before it, so that results come out in input order, and meanwhile the
workers get new batches (waiting for the slowest before sending more idled
the other workers)."""
WINDOW_REFRESH_S = 1.0
"""How often the client asks the scheduler how many worker threads there are
(a round trip each time): workers may join or leave during a long build."""

Extracted = list[Quote] | str
"""The quotes of one article, or why its extraction failed."""
Batch = TypeVar("Batch", bound=Sequence[Article])


class ClusterError(QuotesError):
    """The Dask cluster cannot be reached, has no workers, or was lost."""


def extract_texts(texts: list[str], nlp: Any) -> list[Extracted]:
    """The quotes of each text (one pipeline run over the batch), or for a
    batch that fails, each text on its own so that only the one that fails
    is reported (as a string) and the others keep their quotes."""
    from quotes.extract import pipeline

    try:
        return list(pipeline.extract_many(texts, nlp=nlp))
    except Exception:
        results: list[Extracted] = []
        for text in texts:
            try:
                results.append(pipeline.extract_quotes(text, nlp=nlp))
            except Exception as error:
                results.append(f"{type(error).__name__}: {error}")
        return results


def _plugin_name(model: str) -> str:
    """The name of the worker plugin for ``model``: a worker keeps one loaded
    pipeline per quotes version and model, across the builds it serves."""
    return f"quotes-{__version__}-{model}"


class PipelinePlugin(WorkerPlugin):
    """Loads the spaCy pipeline once in each worker, when it joins.

    It carries the client's ``quotes`` version and pipeline name: a worker
    with another version refuses (extraction results must be those of the
    client's version), and a worker without the pipeline says how to install
    it. The error is raised to the client when the plugin is registered, and
    kept for workers that join later (their batches are reported as failed).
    """

    idempotent = True

    def __init__(self, *, model: str, version: str) -> None:
        self.model = model
        self.version = version
        self.name = _plugin_name(model)
        self.nlp: Any = None
        self.error: str | None = None

    async def setup(self, worker: Any) -> None:
        """Load the pipeline in a thread (the worker keeps answering meanwhile)."""
        where = getattr(worker, "address", "a worker")
        if self.version != __version__:
            self.error = (
                f"the Dask worker at {where} runs quotes {__version__}, this client {self.version}: "
                "install the same version on every machine"
            )
            raise ClusterError(self.error)
        from quotes.extract.pipeline import load_pipeline

        try:
            self.nlp = await asyncio.get_running_loop().run_in_executor(None, load_pipeline, self.model)
        except QuotesError as error:
            self.error = f"the Dask worker at {where}: {error}"
            raise ClusterError(self.error) from None


def extract_on_worker(plugin_name: str, texts: list[str]) -> list[Extracted]:
    """The task a worker runs: :func:`extract_texts` with the worker's pipeline."""
    plugin = get_worker().plugins.get(plugin_name)
    if not isinstance(plugin, PipelinePlugin) or plugin.nlp is None:
        problem = getattr(plugin, "error", None) or "the worker has no spaCy pipeline loaded"
        return [problem] * len(texts)
    return extract_texts(texts, plugin.nlp)


def local_workers(address: str) -> int | None:
    """N for ``local:N``, None for the address of a scheduler; raises
    :class:`ClusterError` for ``local:`` followed by anything but a whole number from 1."""
    if not address.startswith(LOCAL_PREFIX):
        return None
    count = address[len(LOCAL_PREFIX) :]
    if not count.isdigit() or int(count) < 1:
        raise ClusterError(f"--cluster {address}: expected local:N with N worker processes, 1 or more")
    return int(count)


@contextlib.contextmanager
def connect(address: str) -> Iterator[Client]:
    """A Dask client of the cluster at ``address`` (``tcp://HOST:PORT``), or of a
    new ``LocalCluster`` for ``local:N``, with the pipeline plugin registered
    and at least one worker; closed (the local cluster stopped) at the end."""
    workers = local_workers(address)
    with contextlib.ExitStack() as stack:
        if workers is not None:
            with warnings.catch_warnings(), dask.config.set(LOCAL_WORKER_CONFIG):
                # its HTTP server takes another port when 8787 is taken
                warnings.filterwarnings("ignore", message="Port .* is already in use")
                cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
            stack.enter_context(cluster)
            client = stack.enter_context(Client(cluster))
        else:
            client = stack.enter_context(_remote_client(address))
        _ready(client, address)
        yield client


@contextlib.contextmanager
def _remote_client(address: str) -> Iterator[Client]:
    """A client of the scheduler at ``address``, or a :class:`ClusterError` saying it cannot be reached."""
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        problem = " ".join(str(error).split()) or type(error).__name__
        raise ClusterError(
            f"{address}: cannot reach the Dask scheduler ({problem}); "
            "start one with `dask scheduler` and give its address"
        ) from None
    with client:
        yield client


def _ready(client: Client, address: str) -> None:
    """Wait for a worker, then load the pipeline on every worker (errors raised here)."""
    try:
        client.wait_for_workers(1, timeout=WORKERS_TIMEOUT_S)
    except TimeoutError:
        raise ClusterError(
            f"{address}: no Dask worker joined the scheduler in {WORKERS_TIMEOUT_S:.0f} s; "
            f"start workers with `dask worker {address} --nthreads 1`"
        ) from None
    client.register_plugin(PipelinePlugin(model=spacy_model_name(), version=__version__))


def extract_batches(client: Client, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[Extracted]]]:
    """Each batch of articles with the extraction result of each article, in
    input order, extracted by the workers of ``client``.

    Batches are submitted as they are read while fewer than
    :data:`BATCHES_PER_THREAD` per worker thread are running or waiting to
    run, and at most :data:`HELD_PER_RUNNING` times as many are held, so
    memory does not grow with the archive. Stopping early cancels the batches
    in flight.
    """
    plugin = _plugin_name(spacy_model_name())
    run = uuid.uuid4().hex[:12]
    pending: deque[tuple[Batch, Any]] = deque()
    window = WindowSize(client)
    try:
        for number, batch in enumerate(batches):
            texts = [article.text for article in batch]
            key = f"quotes-extract-{run}-{number}"
            pending.append((batch, client.submit(extract_on_worker, plugin, texts, key=key, pure=False)))
            yield from _results_due(client, pending, window())
        while pending:
            yield _result(*pending.popleft())
    except (OSError, TimeoutError):  # the scheduler stopped answering
        raise ClusterError(SCHEDULER_LOST) from None
    finally:
        if pending:
            with contextlib.suppress(OSError, TimeoutError):
                client.cancel([future for _, future in pending])


class WindowSize:
    """How many batches may be in flight: :data:`BATCHES_PER_THREAD` per
    worker thread in the cluster, asked of the scheduler again at most every
    :data:`WINDOW_REFRESH_S` seconds (not once per batch)."""

    def __init__(self, client: Client, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.client = client
        self.clock = clock
        self.size = 0
        self.asked_at = float("-inf")

    def __call__(self) -> int:
        now = self.clock()
        if now - self.asked_at >= WINDOW_REFRESH_S:
            self.size = max(2, BATCHES_PER_THREAD * sum(self.client.nthreads().values()))
            self.asked_at = now
        return self.size


def _results_due(
    client: Client, pending: deque[tuple[Batch, Any]], running_at_most: int
) -> Iterator[tuple[Batch, list[Extracted]]]:
    """The results at the head of ``pending`` that are done, waiting for more
    while ``running_at_most`` batches are running or waiting to run, or
    :data:`HELD_PER_RUNNING` times as many are held."""
    while pending:
        if pending[0][1].done():
            yield _result(*pending.popleft())
            continue
        running = [future for _, future in pending if not future.done()]
        if len(running) < running_at_most and len(pending) < running_at_most * HELD_PER_RUNNING:
            return
        with client.as_current():  # Dask's wait asks for the current client
            wait(running, return_when="FIRST_COMPLETED")


def _result(batch: Batch, future: Any) -> tuple[Batch, list[Extracted]]:
    """The results of one submitted batch; a batch whose workers kept dying
    is one failure per article, a lost scheduler a :class:`ClusterError`."""
    try:
        return batch, future.result()
    except KilledWorker:
        problem = "the Dask workers extracting it died (out of memory?), even after retries"
        return batch, [problem] * len(batch)
    except CancelledError:
        raise ClusterError(SCHEDULER_LOST) from None
