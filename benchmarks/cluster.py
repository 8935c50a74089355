"""Cluster benchmark: extraction on 1 and 2 Dask workers, and the client's memory.

    scripts/bench cluster [--articles 2000] [--workers 1 2] [--memory-articles 1000] [--no-profile]

Reads the PolNeAR articles (train and dev, ../shared/polnear; 924 real news
articles of about 5,000 characters) into a JSON lines corpus of ``--articles``
articles (the articles are taken again, each copy marked "[benchmark copy K]"
so that no two texts are the same) under bench-results/cluster/. Then, for
each worker count W, it starts a real ``dask scheduler`` and W ``dask worker``
processes (one thread each) on 127.0.0.1 and runs the client, ``quotes
extract CORPUS --with-articles --cluster tcp://...``, as a fresh process
writing the JSON lines to a file: first on 16 articles, so that the workers
have loaded the pipeline (once each, as in any long-lived cluster), then on
the whole corpus, timed. It records articles/s, the speed-up over one worker,
and the client's peak resident memory (``ru_maxrss``); with
``--memory-articles M`` it also runs the largest worker count on the first M
articles, to show that the client's memory does not grow with the corpus.

With ``--no-profile`` the workers run without Dask's profiler (as those
``--cluster local:N`` starts do). Writes bench-results/cluster.json
(cluster-no-profile.json with ``--no-profile``). The machine has 2 cores shared with other
work: the load average is recorded beside every figure.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench-results"
POLNEAR = ROOT.parent / "shared" / "polnear"
WARM_UP_ARTICLES = 16
NO_PROFILE_VARIABLE = "DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED"

_CLIENT = """
import json, resource, sys, time
from quotes.build import extract_paths
from quotes.store.extracted import extracted_lines
corpus, address, out = sys.argv[1:4]
started, cpu_started = time.perf_counter(), time.process_time()
articles = failed = 0
with open(out, "w", encoding="utf-8") as lines:
    for article, result in extract_paths([corpus], cluster=address):
        articles += 1
        if isinstance(result, str):
            failed += 1
            continue
        for line in extracted_lines(article, result):
            lines.write(line + "\\n")
seconds = time.perf_counter() - started
cpu = time.process_time() - cpu_started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"articles": articles, "failed": failed, "seconds": seconds, "client_cpu_s": round(cpu, 1), "client_peak_mb": peak}))
"""


def polnear_texts() -> list[str]:
    """The texts of the PolNeAR train and dev articles, in name order."""
    files = sorted((POLNEAR / "train" / "text").glob("*.txt")) + sorted(
        (POLNEAR / "dev" / "text").glob("*.txt")
    )
    if not files:
        raise SystemExit(f"{POLNEAR}: PolNeAR not found (see ../shared/polnear/README.md)")
    return [path.read_text(encoding="utf-8") for path in files]


def write_corpus(path: Path, articles: int) -> None:
    """``articles`` PolNeAR articles as JSON lines, copies marked so that every text differs."""
    texts = polnear_texts()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for number in range(articles):
            copy, index = divmod(number, len(texts))
            text = texts[index] + (f"\n\n[benchmark copy {copy}]\n" if copy else "")
            out.write(json.dumps({"text": text, "outlet": "PolNeAR"}) + "\n")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    """CPU time of the process ``pid`` and of the processes it started, still running."""
    try:
        process = psutil.Process(pid)
        tree = [process, *process.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0.0
    total = 0.0
    for member in tree:
        with contextlib.suppress(psutil.NoSuchProcess):
            times = member.cpu_times()
            total += times.user + times.system
    return total


@contextlib.contextmanager
def cluster(workers: int) -> Iterator[tuple[str, list[int]]]:
    """A ``dask scheduler`` and ``workers`` ``dask worker`` processes on
    127.0.0.1: the scheduler's address and the process ids (the scheduler's
    first, then each worker's, whose nanny starts the worker itself)."""
    dask = str(Path(sys.executable).with_name("dask"))
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    started = [
        subprocess.Popen(
            [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"], **quiet
        )
    ]
    try:
        for number in range(workers):
            command = [
                dask,
                "worker",
                address,
                "--nthreads",
                "1",
                "--no-dashboard",
                "--name",
                f"bench-{number}",
            ]
            started.append(subprocess.Popen(command, **quiet))
        yield address, [process.pid for process in started]
    finally:
        for process in reversed(started):
            process.terminate()
        for process in started:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def run_client(corpus: Path, address: str, out: Path) -> dict:
    """The client in a fresh process: its counts, seconds and peak memory."""
    done = subprocess.run(
        [sys.executable, "-c", _CLIENT, str(corpus), address, str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"the client failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(corpus: Path, warm_up: Path, workers: int, folder: Path) -> dict:
    """Articles/s of the corpus on ``workers`` workers, after a warm-up run,
    and the CPU time the scheduler and the workers (with their nannies) spent
    during the timed run."""
    with cluster(workers) as (address, pids):
        run_client(warm_up, address, folder / "warm-up.jsonl")
        load_before = os.getloadavg()
        cpu_before = [cpu_seconds(pid) for pid in pids]
        result = run_client(corpus, address, folder / f"extracted-{workers}.jsonl")
        cpu_spent = [round(cpu_seconds(pid) - before, 1) for pid, before in zip(pids, cpu_before)]
    result.update(
        workers=workers,
        articles_per_s=round(result["articles"] / result["seconds"], 2),
        scheduler_cpu_s=cpu_spent[0],
        workers_cpu_s=cpu_spent[1:],
        load_before=[round(x, 2) for x in load_before],
        load_after=[round(x, 2) for x in os.getloadavg()],
    )
    return result


def head(corpus: Path, out: Path, lines: int) -> Path:
    """The first ``lines`` lines of ``corpus`` in ``out``."""
    with corpus.open(encoding="utf-8") as source, out.open("w", encoding="utf-8") as target:
        for _, line in zip(range(lines), source):
            target.write(line)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="scripts/bench cluster", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles in the corpus (default 2000)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts (default 1 2)")
    parser.add_argument(
        "--memory-articles", type=int, default=1000, help="a smaller run for the client's memory"
    )
    parser.add_argument(
        "--no-profile",
        action="store_true",
        help="workers without Dask's profiler (DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False)",
    )
    args = parser.parse_args(argv)
    if args.no_profile:
        os.environ[NO_PROFILE_VARIABLE] = "False"  # the worker processes inherit it
    folder = RESULTS / "cluster"
    folder.mkdir(parents=True, exist_ok=True)
    corpus = folder / "corpus.jsonl"
    write_corpus(corpus, args.articles)
    warm_up = head(corpus, folder / "warm-up-corpus.jsonl", WARM_UP_ARTICLES)
    runs = []
    for workers in args.workers:
        print(f"[{args.articles} articles] {workers} worker(s) ...", flush=True)
        runs.append(measure(corpus, warm_up, workers, folder))
    base = runs[0]["articles_per_s"]
    for run in runs:
        run["speed_up"] = round(run["articles_per_s"] / base, 2)
    report = {
        "articles": args.articles,
        "corpus": "PolNeAR train+dev, repeated",
        "worker_profiler": not args.no_profile,
        "runs": runs,
    }
    if args.memory_articles:
        smaller = head(corpus, folder / "memory-corpus.jsonl", args.memory_articles)
        print(
            f"[{args.memory_articles} articles] {max(args.workers)} worker(s), client memory ...", flush=True
        )
        report["smaller_run"] = measure(smaller, warm_up, max(args.workers), folder)
    out = RESULTS / ("cluster-no-profile.json" if args.no_profile else "cluster.json")
    out.write_text(json.dumps(report, indent=2))
    print(format_report(report))
    print(f"wrote {out}")


def format_report(report: dict) -> str:
    profiler = "" if report.get("worker_profiler", True) else ", workers without Dask's profiler"
    lines = [f"== cluster benchmark: {report['articles']:,} articles ({report['corpus']}){profiler} =="]
    for run in [*report["runs"], *([report["smaller_run"]] if "smaller_run" in report else [])]:
        lines.append(
            f"{run['articles']:>6} articles, {run['workers']} worker(s): {run['seconds']:.1f} s, "
            f"{run['articles_per_s']:.1f} articles/s"
            + (f", speed-up {run['speed_up']:.2f}x" if "speed_up" in run else "")
            + f", client CPU {run['client_cpu_s']:.1f} s, peak {run['client_peak_mb']:.0f} MB, failed {run['failed']}, "
            + f"scheduler CPU {run.get('scheduler_cpu_s', 0):.1f} s, workers CPU {run.get('workers_cpu_s', [])}, "
            f"load {run['load_before'][0]:.2f} -> {run['load_after'][0]:.2f}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
