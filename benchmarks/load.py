"""Bulk-load benchmark: ``quotes load`` of N extracted quotes, and what follows it.

    scripts/bench load [--quotes 100000 1000000] [--steps-up-to 100000] [--stance-sample 2000]

For each size N it writes the SYNTHETIC archive of ``scripts/bench scale``
(made-up people, outlets and words; 8 quotes an article) as the JSON lines
``quotes extract --with-articles`` writes, to bench-results/load-N/ (not
timed), then, in a fresh process:

1. loads it into a new database as ``quotes load`` stores it (a reader
   process, :func:`quotes.store.read_ahead.read_ahead`, reads, prepares and
   stages the rows while :func:`quotes.store.bulk.load_staged` copies them
   into the articles, the quotes, their FTS5 rows and change log) and times
   it: quotes/s from file to committed rows, and the CPU time of the writing
   and the reading process (on two idle cores the wall time approaches the
   larger of the two);
2. for N up to ``--steps-up-to``, runs each post-build step as ``quotes load``
   does and times it, except the stance step, which is timed on the first
   ``--stance-sample`` quotes (``tag_quotes``; it parses each quote's paragraph
   with spaCy) and extrapolated to N;
3. loads the same file again (nothing is added) and times that.

It records the peak resident memory of the writing process (``ru_maxrss``)
and the load average before and after the load. Prints quotes/s for each size;
writes bench-results/load-N.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.scale import synthetic_articles

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench-results"


def write_extracted(path: Path, quotes: int) -> None:
    """The synthetic archive of ``quotes`` quotes as extracted JSON lines."""
    from quotes.store.extracted import extracted_lines

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for article, found, _tags in synthetic_articles(quotes):
            for line in extracted_lines(article, found):
                out.write(line + "\n")


def _timed(results: dict, name: str, work) -> None:
    started = time.perf_counter()
    work()
    results[name] = round(time.perf_counter() - started, 2)


def post_build_steps(db, quotes: int, stance_sample: int, results: dict) -> None:
    """Each post-build step, timed; the stance step on a sample, extrapolated."""
    from quotes.build import POST_BUILD_STEPS, BuildReport
    from quotes.enrich import stance
    from quotes.store import changes

    report = BuildReport()
    steps: dict[str, float] = {}
    for name, step in POST_BUILD_STEPS:
        if name == changes.STANCE_STEP:
            sample = [
                row[0] for row in db.execute("select id from quotes order by id limit ?", [stance_sample])
            ]
            started = time.perf_counter()
            stance.tag_quotes(db, quote_ids=sample)
            seconds = time.perf_counter() - started
            steps["stance_sample"] = round(seconds, 2)
            steps["stance_quotes_per_s"] = round(len(sample) / seconds, 1)
            steps["stance_estimated"] = round(quotes * seconds / len(sample), 1)
            continue
        _timed(steps, name, lambda step=step: step(db, report))
    results["steps_s"] = steps
    results["errors"] = [str(error) for error in report.errors]


def timed_load(db, source: Path) -> dict:
    """Load ``source`` as ``quotes load`` stores it (a reader process reading
    ahead of the writer) and time it: wall clock, and the CPU time of the
    writing process and of the reader process."""
    from quotes.store.bulk import load_staged
    from quotes.store.read_ahead import read_ahead

    errors: list = []
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started, cpu = time.perf_counter(), time.process_time()
    with read_ahead([source], on_error=errors.append) as groups:
        counts = load_staged(db, groups, ready=groups.ready)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    reader_cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    return {
        "s": round(seconds, 2),
        "quotes": counts.quotes,
        "added": counts.added,
        "quotes_per_s": round(counts.quotes / seconds),
        "writer_cpu_s": round(time.process_time() - cpu, 2),
        "reader_cpu_s": round(reader_cpu, 2),
        "errors": len(errors),
    }


def child(db_path: Path, source: Path, quotes: int, steps: bool, stance_sample: int) -> dict:
    """The timed work, in this (fresh) process."""
    from quotes.store.db import open_db

    results: dict = {"quotes": quotes, "load_before": [round(x, 2) for x in os.getloadavg()]}
    db = open_db(db_path)
    first = timed_load(db, source)
    results["load_s"] = first["s"]
    results["loaded_quotes"] = first["quotes"]
    results["load_quotes_per_s"] = first["quotes_per_s"]
    results["writer_cpu_s"], results["reader_cpu_s"] = first["writer_cpu_s"], first["reader_cpu_s"]
    results["load_after"] = [round(x, 2) for x in os.getloadavg()]
    if steps:
        post_build_steps(db, quotes, stance_sample, results)
    again = timed_load(db, source)
    results["load_again_s"] = again["s"]
    results["load_again_added"] = again["added"]
    db.close()
    results["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return results


def run(quotes: int, *, steps: bool, stance_sample: int) -> dict:
    folder = RESULTS / f"load-{quotes}"
    source = folder / "extracted.jsonl"
    if not source.exists():
        print(f"[{quotes} quotes] writing the extracted JSON lines ...", flush=True)
        write_extracted(source, quotes)
    db_path = folder / "quotes.db"
    for leftover in folder.glob("quotes.*"):
        shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
    print(f"[{quotes} quotes] loading ...", flush=True)
    command = [sys.executable, "-m", "benchmarks.load", "--child", str(db_path), str(source), str(quotes)]
    command += ["--stance-sample", str(stance_sample)] + (["--with-steps"] if steps else [])
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"the load of {quotes} quotes failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["file_mb"] = round(source.stat().st_size / 1e6)
    (RESULTS / f"load-{quotes}.json").write_text(json.dumps(result, indent=2))
    return result


def format_report(result: dict) -> str:
    lines = [
        f"== bulk load: {result['quotes']:,} synthetic quotes ({result['file_mb']} MB of JSON lines) ==",
        f"load: {result['load_s']:.2f} s, {result['load_quotes_per_s']:,} quotes/s (articles, quotes, FTS5, "
        f"change log); CPU: writer {result['writer_cpu_s']} s, reader process {result['reader_cpu_s']} s; "
        f"load average {result['load_before'][0]} -> {result['load_after'][0]}",
        f"again: {result['load_again_s']:.1f} s, {result['load_again_added']} added; peak {result['peak_mb']} MB",
    ]
    if "steps_s" in result:
        steps = result["steps_s"]
        lines.append("post-build steps (s): " + ", ".join(f"{name} {value}" for name, value in steps.items()))
        if result["errors"]:
            lines.append(f"errors: {result['errors']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="scripts/bench load", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotes", type=int, nargs="+", default=[100_000], help="sizes (default 100000)")
    parser.add_argument(
        "--steps-up-to", type=int, default=100_000, help="time the post-build steps up to this size"
    )
    parser.add_argument("--stance-sample", type=int, default=2000, help="quotes the stance step is timed on")
    parser.add_argument("--child", nargs=3, metavar=("DB", "SOURCE", "QUOTES"), help=argparse.SUPPRESS)
    parser.add_argument("--with-steps", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        db_path, source, quotes = args.child
        print(
            json.dumps(child(Path(db_path), Path(source), int(quotes), args.with_steps, args.stance_sample))
        )
        return
    RESULTS.mkdir(exist_ok=True)
    for quotes in args.quotes:
        result = run(quotes, steps=quotes <= args.steps_up_to, stance_sample=args.stance_sample)
        print(format_report(result), flush=True)
        print(f"wrote {RESULTS / f'load-{quotes}.json'}")


if __name__ == "__main__":
    main()
