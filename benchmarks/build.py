"""Build benchmark: `quotes build` time and peak memory as the corpus grows.

    scripts/bench build [--articles N ...] [--workers W] [--out PATH]

For each size N (default 100 and 300) it writes N made-up plain-text articles
(fictional people and towns, 16 paragraphs each, half direct quotes, half
"according to" attributions) to a temporary folder, runs ``quotes build`` on it
in a fresh subprocess, and records the wall time and the peak memory of that
process and its children (``ru_maxrss``). It then runs the same build again on
the same database: nothing is added, and no pipeline is loaded.

Memory should stay flat as N grows (articles are streamed in small batches).
Writes JSON to ``bench-results/build.json``. Timings on the shared 2-core
machine are noisy: compare sizes within one run, not runs with each other.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "bench-results" / "build.json"

FIRST = ("Ada", "Piet", "Ilse", "Tom", "Mara", "Dov", "Renée", "Olek", "Sana", "Juno")
LAST = ("Quill", "Varga", "Poe", "Oosterhuis", "Ashgrove", "Oddlin", "Brandt", "Feld", "Orrin", "Tamsk")
TOWNS = ("Eastbrook", "Northport", "Westbrook", "Fictonia", "Port Ellery")


def fictional_article(number: int, rng: random.Random) -> str:
    """One made-up council story (no real people, no real quotes)."""
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    town = rng.choice(TOWNS)
    paragraphs = [f"Council story {number} from {town}", f"By Jane Roe March {1 + number % 28}, 2020"]
    for part in range(8):
        paragraphs.append(
            f'"We will finish phase {part} of the plan in {town} by spring," said {name}, the mayor of '
            f"{town}. The council met on Tuesday to discuss the budget for item {number}-{part}."
        )
        paragraphs.append(
            f"The project, which began in {2000 + part}, has cost more than expected, according to "
            f"{name}, who said the costs would fall next year."
        )
    return "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, articles: int, *, seed: int = 1) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(articles):
        (folder / f"a{number:06d}.txt").write_text(fictional_article(number, rng), encoding="utf-8")


_MEASURE = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
wall = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"rc": done.returncode, "wall": wall, "peak_kb": peak, "out": done.stdout, "err": done.stderr[-2000:]}))
"""


def timed_build(corpus: Path, db_path: Path, workers: int) -> dict:
    """Run ``quotes build`` in a fresh process (under a small measuring parent,
    so the peak memory is that build's own): wall time and peak memory."""
    command = [
        sys.executable,
        "-m",
        "quotes",
        "build",
        str(corpus),
        "--db",
        str(db_path),
        "--workers",
        str(workers),
    ]
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, cwd=ROOT
    )
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    if measured["rc"] != 0:
        raise SystemExit(f"quotes build failed:\n{measured['err']}")
    return {
        "wall_s": round(measured["wall"], 2),
        "peak_mb": round(measured["peak_kb"] / 1024, 1),  # Linux: ru_maxrss in kilobytes
        "summary": measured["out"].strip(),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[100, 300])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    results = []
    for articles in sorted(args.articles):
        with tempfile.TemporaryDirectory(prefix="quotes-bench-build-") as folder:
            corpus = Path(folder) / "corpus"
            write_corpus(corpus, articles)
            db_path = Path(folder) / "quotes.db"
            first = timed_build(corpus, db_path, args.workers)
            again = timed_build(corpus, db_path, args.workers)
        row = {"articles": articles, "workers": args.workers, "build": first, "rebuild": again}
        results.append(row)
        print(
            f"{articles} articles: build {first['wall_s']} s, peak {first['peak_mb']} MB "
            f"({first['summary']}); rebuild {again['wall_s']} s"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"note": "noisy: shared 2-core machine", "results": results}, indent=2))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
