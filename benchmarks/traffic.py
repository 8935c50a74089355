"""Bounded load test: concurrent clients against a served 100k-quote archive.

    scripts/bench traffic [--quotes 100000] [--clients 20] [--duration 30] [--db PATH]

Builds (or reuses, with ``--db``) a synthetic archive of fictional quotes, serves
it with ``quotes serve`` on 127.0.0.1 only, then runs ``--clients`` threads for
``--duration`` seconds, each with its own keep-alive HTTP connection, cycling
through three kinds of request:

- ``search``: the whoosh search page, ``/-/search?q=WORD``
- ``fts``: the FTS table search, ``/DB/quotes?_search=WORD``
- ``row``: a quote's row page, ``/DB/quotes/ID``

It stops by itself (time limit, and at most ``--max-requests`` per client),
prints throughput and latency (p50, p95, max) per kind, and exits 1 if any
request failed (a status other than 200, or a connection error).
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import scale

HOST = "127.0.0.1"


# Fictional people and organizations, words for the synthetic quotes.
def make_archive(path: Path, *, quotes: int) -> None:
    """Write the synthetic archive of :mod:`benchmarks.scale` (fictional quotes,
    whoosh index included) with ``quotes`` quotes to ``path``."""
    scale.build_archive(path, quotes, procs=1, limitmb=256)


def search_words(path: Path) -> list[str]:
    """Words to search for: the archive's own query mix."""
    mix = scale.query_mix(path)
    return [q for kind in ("common", "rare", "speaker", "two_words") for q in mix.get(kind, [])]


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latencies.setdefault(kind, []).append(seconds)
            if error:
                self.errors.setdefault(kind, []).append(error)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def request_paths(db_name: str, quote_count: int, rng: random.Random, words: list[str]):
    """An endless mix of (kind, path) requests."""
    while True:
        word = rng.choice(words)
        yield "search", "/-/search?" + urllib.parse.urlencode({"q": word})
        yield "fts", f"/{db_name}/quotes?" + urllib.parse.urlencode({"_search": word})
        yield "row", f"/{db_name}/quotes/{rng.randint(1, quote_count)}"


def client(
    base_port: int,
    db_name: str,
    quote_count: int,
    stats: Stats,
    *,
    deadline: float,
    max_requests: int,
    seed: int,
    kinds: set[str],
    words: list[str],
) -> None:
    """One client: a keep-alive connection sending requests until the deadline."""
    rng = random.Random(seed)
    connection = http.client.HTTPConnection(HOST, base_port, timeout=30)
    sent = 0
    for kind, path in request_paths(db_name, quote_count, rng, words):
        if time.monotonic() >= deadline or sent >= max_requests:
            break
        if kind not in kinds:
            continue
        sent += 1
        started = time.perf_counter()
        error = None
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                error = f"{response.status} {path}"
        except (OSError, http.client.HTTPException) as exc:
            error = f"{type(exc).__name__}: {exc} {path}"
            connection.close()
            connection = http.client.HTTPConnection(HOST, base_port, timeout=30)
        stats.record(kind, time.perf_counter() - started, error)
    connection.close()


def available_kinds(port: int, db_name: str, word: str) -> set[str]:
    """The request kinds the server answers (the search page needs the whoosh index)."""
    kinds = set()
    word = urllib.parse.quote(word)
    for kind, path in [
        ("search", f"/-/search?q={word}"),
        ("fts", f"/{db_name}/quotes?_search={word}"),
        ("row", f"/{db_name}/quotes/1"),
    ]:
        connection = http.client.HTTPConnection(HOST, port, timeout=60)
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        if response.status == 200:
            kinds.add(kind)
        else:
            print(
                f"warning: {path} answered {response.status}; {kind!r} left out of the load", file=sys.stderr
            )
    return kinds


def run(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="quotes-load-") as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "archive.db"
        if not db.exists():
            started = time.perf_counter()
            make_archive(db, quotes=args.quotes)
            print(f"archive: {args.quotes} quotes written to {db} in {time.perf_counter() - started:.1f}s")
        words = search_words(db)
        import sqlite3

        with sqlite3.connect(db) as conn:
            quote_count = conn.execute("select max(id) from quotes").fetchone()[0] or 1
        db_name = db.stem
        from quotes.web.publish import start_server

        server = start_server(db, host=HOST, log_path=Path(tmp) / "serve.log")
        port = server.port
        try:
            kinds = available_kinds(port, db_name, words[0])
            if not kinds:
                print("error: no route answered; nothing to load", file=sys.stderr)
                return 1
            stats = Stats()
            started = time.monotonic()
            deadline = started + args.duration
            threads = [
                threading.Thread(
                    target=client,
                    args=(port, db_name, quote_count, stats),
                    kwargs={
                        "deadline": deadline,
                        "max_requests": args.max_requests,
                        "seed": i,
                        "kinds": kinds,
                        "words": words,
                    },
                    daemon=True,
                )
                for i in range(args.clients)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=args.duration + 60)
            elapsed = time.monotonic() - started
        finally:
            server.stop()
    return report(stats, elapsed=elapsed, clients=args.clients, quotes=quote_count, as_json=args.json)


def report(stats: Stats, *, elapsed: float, clients: int, quotes: int, as_json: bool) -> int:
    rows = []
    for kind, values in sorted(stats.latencies.items()):
        rows.append(
            {
                "kind": kind,
                "requests": len(values),
                "errors": len(stats.errors.get(kind, [])),
                "per_second": len(values) / elapsed,
                "p50_ms": percentile(values, 0.5) * 1000,
                "p95_ms": percentile(values, 0.95) * 1000,
                "max_ms": max(values) * 1000,
            }
        )
    all_values = [v for values in stats.latencies.values() for v in values]
    total_errors = sum(len(e) for e in stats.errors.values())
    summary = {
        "clients": clients,
        "seconds": round(elapsed, 1),
        "quotes": quotes,
        "requests": len(all_values),
        "errors": total_errors,
        "per_second": len(all_values) / elapsed if elapsed else 0.0,
        "p95_ms": percentile(all_values, 0.95) * 1000,
        "kinds": rows,
    }
    if as_json:
        print(json.dumps(summary, indent=2))
    else:
        print(f"{clients} clients, {elapsed:.1f}s, archive of {quotes} quotes")
        print(
            f"{'kind':8} {'requests':>9} {'errors':>7} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}"
        )
        for row in rows:
            print(
                f"{row['kind']:8} {row['requests']:9d} {row['errors']:7d} {row['per_second']:8.1f} "
                f"{row['p50_ms']:8.1f} {row['p95_ms']:8.1f} {row['max_ms']:8.1f}"
            )
        print(
            f"{'all':8} {len(all_values):9d} {total_errors:7d} {summary['per_second']:8.1f} "
            f"{'':8} {summary['p95_ms']:8.1f}"
        )
    for kind, errors in stats.errors.items():
        for error in errors[:5]:
            print(f"error ({kind}): {error}", file=sys.stderr)
    return 1 if total_errors else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000, help="size of the synthetic archive")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients")
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of load")
    parser.add_argument("--max-requests", type=int, default=100_000, help="cap per client")
    parser.add_argument("--db", help="use (or create and keep) this archive instead of a temporary one")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
