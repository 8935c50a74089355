"""Hostile-use benchmark: the attack mix against a served database, with normal traffic alongside.

    scripts/bench hostile [--db PATH] [--duration 30] [--attackers 6] [--clients 4]
    scripts/bench hostile --long-line 1000000,4000000      # extraction of one-line texts

Serves a database with ``quotes serve`` on 127.0.0.1 (by default the sample
articles of ``../shared/seeds``, built into a temporary database; ``--db`` serves
another, e.g. the 100,000-quote archive of ``scripts/bench scale --keep``), then:

1. ``--baseline`` seconds of normal traffic alone: ``--clients`` clients asking
   for row pages, quote pages, table pages, FTS table searches, the
   ``search_quotes`` canned query and the whoosh search page;
2. ``--duration`` seconds of the same traffic while ``--attackers`` clients send
   the attack mix: 5,000-word full-text searches (canned query and table search),
   memory-hungry SQL (``zeroblob``, a result of many megabytes), SQL that never
   ends, and expensive whoosh searches (``*e* OR *a* ...``, a 30,000-character
   word, ``~5`` fuzzy distances).

It reports the p50/p95 of the normal pages in each phase, how the attacks were
answered (status counts), and the server's peak resident memory (``VmHWM``).
Targets: normal p95 under 1 s during the attacks, peak memory under 1 GB. It
stops by itself (time limits, ``--max-requests`` per client) and exits 1 when a
normal request failed or a target was missed.

With ``--long-line`` it instead times ``quotes extract`` on texts of the given
sizes written on one line (fictional stories, dense with quotes), each in a
process of its own, and reports seconds and peak memory per size.

Timings depend on the load of the machine (2 shared cores): say how busy it was.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

from benchmarks.traffic import Stats, percentile

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
RESULTS = ROOT / "bench-results"
HOST = "127.0.0.1"
TARGETS = {"normal_p95_ms": 1000, "peak_mb": 1024}
NORMAL_TIMEOUT = 60


def attack_paths(db: str, rng: random.Random) -> list[tuple[str, str]]:
    """The attack mix, as ``(kind, path)``."""
    words = " ".join(f"w{rng.randrange(10**6)}" for _ in range(5_120))
    long_word = "e" * 30_000
    never_ends = "with recursive n(x) as (select 1 union all select x + 1 from n) select count(*) from n"
    big_result = (
        "with recursive n(x) as (select 1 union all select x + 1 from n limit 200) "
        "select hex(zeroblob(1000000)) from n"
    )

    def sql(text: str) -> str:
        return f"/{db}.json?sql=" + urllib.parse.quote(text)

    def whoosh(text: str) -> str:
        return "/-/search.json?q=" + urllib.parse.quote(text)

    return [
        ("fts long query", f"/{db}/search_quotes.json?q=" + urllib.parse.quote(words)),
        ("fts long table search", f"/{db}/quotes.json?_search=" + urllib.parse.quote(words)),
        ("memory sql", sql("select length(hex(zeroblob(4.5e8)))")),
        ("memory sql", sql(big_result)),
        ("endless sql", sql(never_ends)),
        ("whoosh wildcards", whoosh("*e* OR *a* OR *i* OR *o*")),
        ("whoosh long word", whoosh(long_word[:20_000])),
        ("whoosh fuzzy", whoosh("government~5")),
        ("whoosh prefixes", whoosh("a* OR e* OR i* OR o* OR s* OR t*")),
    ]


def normal_paths(db: str, words: list[str], quote_ids: list[int], rng: random.Random):
    """An endless mix of normal requests, as ``(kind, path)``."""
    while True:
        word = urllib.parse.quote(rng.choice(words))
        quote_id = rng.choice(quote_ids)
        yield "row page", f"/{db}/quotes/{quote_id}"
        yield "quote page", f"/{db}/-/quote/{quote_id}"
        yield "table page", f"/{db}/quote_details"
        yield "fts table search", f"/{db}/quotes?_search={word}"
        yield "search_quotes", f"/{db}/search_quotes?q={word}"
        yield "search page", f"/-/search?q={word}"


def send(connection: http.client.HTTPConnection, path: str) -> tuple[int | None, str | None]:
    """``(status, error)`` of one GET on a keep-alive connection."""
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status, None
    except (OSError, http.client.HTTPException) as error:
        connection.close()
        return None, type(error).__name__


def normal_client(port: int, paths, stats: Stats, *, deadline: float, max_requests: int) -> None:
    connection = http.client.HTTPConnection(HOST, port, timeout=NORMAL_TIMEOUT)
    for kind, path in itertools.islice(paths, max_requests):
        if time.monotonic() >= deadline:
            break
        started = time.perf_counter()
        status, error = send(connection, path)
        if status != 200:
            error = f"{status or error} {path[:120]}"
        stats.record(kind, time.perf_counter() - started, error)
    connection.close()


def attacker(
    port: int, paths: list[tuple[str, str]], answers: dict, lock, *, deadline: float, seed: int
) -> None:
    rng = random.Random(seed)
    connection = http.client.HTTPConnection(HOST, port, timeout=120)
    while time.monotonic() < deadline:
        kind, path = rng.choice(paths)
        status, error = send(connection, path)
        if status is None:  # the HTTP server hung up (a request line too long for it)
            connection = http.client.HTTPConnection(HOST, port, timeout=120)
        with lock:
            answers.setdefault(kind, {}).setdefault(str(status or error), 0)
            answers[kind][str(status or error)] += 1
    connection.close()


def memory_mb(pid: int, field: str) -> float:
    """``VmRSS`` or ``VmHWM`` (peak) of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def search_words(db_path: Path, count: int = 30) -> list[str]:
    """Frequent long words of the quotes, to search for."""
    with sqlite3.connect(db_path) as conn:
        texts = [row[0] for row in conn.execute("select text from quotes limit 2000")]
    counts: dict[str, int] = {}
    for text in texts:
        for word in text.lower().split():
            word = word.strip(".,;:!?\"'“”‘’()")
            if len(word) > 5 and word.isalpha():
                counts[word] = counts.get(word, 0) + 1
    return sorted(counts, key=lambda word: -counts[word])[:count] or ["said"]


def phase(port: int, db: str, words, ids, *, seconds: float, clients: int, attackers: int, args) -> dict:
    """Normal traffic for ``seconds``, with ``attackers`` attack clients alongside."""
    stats, answers, lock = Stats(), {}, threading.Lock()
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(
            target=normal_client,
            args=(port, normal_paths(db, words, ids, random.Random(i)), stats),
            kwargs={"deadline": deadline, "max_requests": args.max_requests},
        )
        for i in range(clients)
    ]
    threads += [
        threading.Thread(
            target=attacker,
            args=(port, attack_paths(db, random.Random(100 + i)), answers, lock),
            kwargs={"deadline": deadline, "seed": i},
        )
        for i in range(attackers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 180)
    values = [value for kind in stats.latencies.values() for value in kind]
    return {
        "requests": len(values),
        "errors": [error for errors in stats.errors.values() for error in errors],
        "p50_ms": round(percentile(values, 0.5) * 1000),
        "p95_ms": round(percentile(values, 0.95) * 1000),
        "kinds": {
            kind: {"p50_ms": round(percentile(v, 0.5) * 1000), "p95_ms": round(percentile(v, 0.95) * 1000)}
            for kind, v in sorted(stats.latencies.items())
        },
        "attacks": answers,
    }


def sample_database(folder: Path) -> Path:
    """The sample articles built into a database in ``folder``."""
    from quotes.build import build

    if not SEEDS.is_dir():
        raise SystemExit(f"the sample articles are not at {SEEDS}; pass --db")
    db_path = folder / "sample.db"
    report = build([SEEDS], db_path=db_path)
    if report.errors:
        raise SystemExit(f"building the sample failed: {report.errors[0]}")
    return db_path


def serve_and_attack(args: argparse.Namespace, folder: Path) -> dict:
    from quotes.web.publish import start_server

    db_path = Path(args.db) if args.db else sample_database(folder)
    with sqlite3.connect(db_path) as conn:
        ids = [row[0] for row in conn.execute("select id from quotes order by random() limit 500")]
        quote_count = conn.execute("select count(*) from quotes").fetchone()[0]
    words = search_words(db_path)
    server = start_server(db_path, host=HOST, log_path=folder / "serve.log")
    try:
        pid, db = server.process.pid, db_path.stem
        started_mb = memory_mb(pid, "VmRSS")
        common = {"clients": args.clients, "args": args}
        baseline = phase(server.port, db, words, ids, seconds=args.baseline, attackers=0, **common)
        attacked = phase(
            server.port, db, words, ids, seconds=args.duration, attackers=args.attackers, **common
        )
        peak_mb = memory_mb(pid, "VmHWM")
    finally:
        server.stop()
    return {
        "database": str(db_path) if args.db else "the sample articles (../shared/seeds)",
        "quotes": quote_count,
        "clients": args.clients,
        "attackers": args.attackers,
        "server_rss_at_start_mb": round(started_mb),
        "server_peak_mb": round(peak_mb),
        "baseline": baseline,
        "under_attack": attacked,
        "load_average": os.getloadavg(),
    }


def print_serving(result: dict) -> int:
    print(
        f"{result['database']}, {result['quotes']:,} quotes: "
        f"{result['clients']} normal clients, {result['attackers']} attackers"
    )
    for name in ("baseline", "under_attack"):
        part = result[name]
        print(
            f"  {name:13} {part['requests']:5d} normal requests, {len(part['errors'])} failed, "
            f"p50 {part['p50_ms']} ms, p95 {part['p95_ms']} ms"
        )
        for kind, figures in part["kinds"].items():
            print(f"      {kind:18} p50 {figures['p50_ms']:6d} ms  p95 {figures['p95_ms']:6d} ms")
    for kind, statuses in sorted(result["under_attack"]["attacks"].items()):
        print(f"  attack {kind:22} " + ", ".join(f"{status}: {n}" for status, n in sorted(statuses.items())))
    print(
        f"  server memory: {result['server_rss_at_start_mb']} MB at start, peak {result['server_peak_mb']} MB"
    )
    met = (
        result["under_attack"]["p95_ms"] < TARGETS["normal_p95_ms"]
        and result["server_peak_mb"] < TARGETS["peak_mb"]
        and not result["under_attack"]["errors"]
        and not result["baseline"]["errors"]
    )
    for error in (result["baseline"]["errors"] + result["under_attack"]["errors"])[:5]:
        print(f"  error: {error}", file=sys.stderr)
    print(
        f"  targets (normal p95 < {TARGETS['normal_p95_ms']} ms, peak < {TARGETS['peak_mb']} MB, "
        f"no normal request failed): {'met' if met else 'MISSED'}"
    )
    return 0 if met else 1


def one_line_text(chars: int) -> str:
    """Fictional stories on one line, about ``chars`` characters, three quotes every 190 or so."""
    stories = (
        f'"We will open bridge {n} on Monday," said Mara Quillfeather, the mayor of Eastbrook. '
        f'Tobias Renwick, who led inspection {n}, said no new cracks were found. "It is safe," he said. '
        for n in itertools.count()
    )
    parts, size = [], 0
    for story in stories:
        if size >= chars:
            break
        parts.append(story)
        size += len(story)
    return "".join(parts)[:chars]


def long_lines(sizes: list[int], folder: Path) -> list[dict]:
    """Seconds and peak memory of ``quotes extract`` on one-line texts of ``sizes`` characters."""
    results = []
    for size in sizes:
        path = folder / f"one-line-{size}.txt"
        path.write_text(one_line_text(size), encoding="utf-8")
        started = time.perf_counter()
        command = [sys.executable, "-m", "quotes", "extract", str(path)]
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        quotes = sum(1 for _ in process.stdout or [])
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        result = {
            "chars": size,
            "quotes": quotes,
            "seconds": round(time.perf_counter() - started, 1),
            "peak_mb": round(usage.ru_maxrss / 1024),
            "exit": process.returncode,
        }
        print(
            f"  {size:>10,} characters on one line: {quotes:6,} quotes, {result['seconds']:6.1f} s, "
            f"peak {result['peak_mb']} MB (exit {result['exit']})"
        )
        results.append(result)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="serve this database instead of the sample articles")
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of attack")
    parser.add_argument("--baseline", type=float, default=10.0, help="seconds of normal traffic alone first")
    parser.add_argument("--clients", type=int, default=4, help="normal clients")
    parser.add_argument("--attackers", type=int, default=6, help="attacking clients")
    parser.add_argument("--max-requests", type=int, default=20_000, help="cap per normal client")
    parser.add_argument("--long-line", help="comma-separated sizes: time `quotes extract` on one-line texts")
    args = parser.parse_args(argv)
    RESULTS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="quotes-hostile-") as tmp:
        if args.long_line:
            results = long_lines([int(size) for size in args.long_line.split(",")], Path(tmp))
            (RESULTS / "hostile-long-lines.json").write_text(json.dumps(results, indent=2))
            return 0 if all(result["exit"] == 0 for result in results) else 1
        result = serve_and_attack(args, Path(tmp))
    (RESULTS / "hostile.json").write_text(json.dumps(result, indent=2, default=str))
    return print_serving(result)


if __name__ == "__main__":
    sys.exit(main())
