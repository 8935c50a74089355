"""Extraction benchmark: our engine against textacy over PolNeAR dev, one process.

    scripts/bench extract [--polnear DIR] [--limit N] [--rounds R] [--repeat K] [--out PATH] [--profile N]
    .venv/bin/python -m benchmarks.extraction --scale 100000,200000,800000,1200000

Runs, on the same texts, each engine warmed up on a short text of its own
before any timing (textacy as its users run it in a process of its own, the
others in one process):

- ours: ``quotes.extract.extract_many(texts)`` with the pipeline
  ``load_pipeline()`` gives (numpy's BLAS on one thread, FastPOS, the unused
  components skipped);
- textacy as its users run it: ``spacy.load(name)`` (the same small English
  pipeline, thinc's default BLIS), ``nlp(text)`` with every component, then
  ``textacy.extract.triples.direct_quotations(doc)``;
- textacy on our pipeline object: the same, but with our matrix backend (numpy's
  BLAS, one thread): what textacy would cost with that part of our tuning, so
  that the ratio says what the engine itself saves.

An article on which textacy raises (it gives up when the quotation marks are
unbalanced) counts as given up and scores with no predictions.

With ``--rounds R`` the engines are timed R times, the rounds after the
first each in a fresh process, and each engine keeps its least CPU time: on a
shared machine textacy's time moves by a fifth between runs.

Reports CPU and wall seconds and articles/second for each and the ratios, the
scores of ours and textacy with :mod:`quotes.evaluation.scoring` (direct and all
P/R/F1, attribution), and the peak memory (``ru_maxrss``) of our engine over dev
once and over dev repeated ``--repeat`` times (each in a fresh subprocess, so the
peaks do not mix): memory should stay flat as the corpus grows. ``--profile N``
prints the N functions of our engine with the most CPU time of their own
(cProfile, a separate run). Writes JSON to ``bench-results/extraction.json``.
Timings on a shared machine are noisy: compare the ratios, and note the load.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_POLNEAR = ROOT.parent / "shared" / "polnear"
DEFAULT_OUT = ROOT / "bench-results" / "extraction.json"
TARGET_RATIO = 5.0


def textacy_quotes(doc) -> list:
    """textacy's direct quotations of a parsed ``doc`` as :class:`Quote` records."""
    from textacy.extract.triples import direct_quotations

    from quotes.records import Quote

    quotes = []
    for triple in direct_quotations(doc):
        speaker = sorted(triple.speaker, key=lambda tok: tok.i)
        cue = sorted(triple.cue, key=lambda tok: tok.i)
        content = triple.content
        quotes.append(
            Quote(
                text=content.text,
                start=content.start_char,
                end=content.end_char,
                kind="direct",
                cue=" ".join(tok.text for tok in cue),
                cue_start=cue[0].idx,
                cue_end=cue[-1].idx + len(cue[-1]),
                speaker=" ".join(tok.text for tok in speaker),
                speaker_start=speaker[0].idx,
                speaker_end=speaker[-1].idx + len(speaker[-1]),
            )
        )
    return quotes


def max_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux: ru_maxrss is KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _status_mb(field: str) -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def current_rss_mb() -> float | None:
    """Resident memory of this process now, in MiB (from /proc; None elsewhere)."""
    return _status_mb("VmRSS")


def reset_peak() -> bool:
    """Reset the kernel's peak-RSS mark (VmHWM), so that the peak of the extraction
    alone can be read, not the model load's. Linux only; False elsewhere."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")
        return True
    except OSError:
        return False


WARM_UP = "“We will open the bridge in May,” said Ilse Marr, the mayor. She said it was late."


def run_ours(texts: list[str], nlp) -> tuple[list[list], float, float]:
    """Our engine over ``texts``: results, wall seconds, CPU seconds."""
    from quotes.extract import extract_many

    list(extract_many([WARM_UP], nlp=nlp))
    started, cpu = time.perf_counter(), time.process_time()
    results = [list(quotes) for quotes in extract_many(texts, nlp=nlp)]
    return results, time.perf_counter() - started, time.process_time() - cpu


def run_textacy(
    texts: list[str], nlp, *, disable: tuple[str, ...] = ()
) -> tuple[list[list], float, float, list[int]]:
    """textacy over ``texts`` (every component of ``nlp`` but ``disable``):
    results, wall seconds, CPU seconds, indexes given up."""

    def quotes_of(text: str) -> list:
        doc = nlp(text, disable=list(disable))
        return textacy_quotes(doc)

    quotes_of(WARM_UP)
    results, gave_up = [], []
    started, cpu = time.perf_counter(), time.process_time()
    for index, text in enumerate(texts):
        try:
            results.append(quotes_of(text))
        except ValueError:
            results.append([])
            gave_up.append(index)
    return results, time.perf_counter() - started, time.process_time() - cpu, gave_up


def run_textacy_same_backend(texts: list[str], nlp) -> tuple[list[list], float, float, list[int]]:
    """textacy on our pipeline object (numpy's BLAS on one thread), with the
    components of the stock pipeline (FastPOS off)."""
    from quotes.extract.pipeline import FAST_POS, one_blas_thread

    with one_blas_thread():
        return run_textacy(texts, nlp, disable=(FAST_POS,))


def profile_ours(texts: list[str], nlp, top: int) -> list[dict]:
    """The ``top`` functions of our engine with the most CPU time of their own
    over ``texts`` (cProfile; Cython code counts in its Python caller)."""
    import cProfile
    import pstats

    from quotes.extract import extract_many

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in extract_many(texts, nlp=nlp):
        pass
    profiler.disable()
    stats = pstats.Stats(profiler).stats
    rows = sorted(stats.items(), key=lambda item: item[1][2], reverse=True)[:top]
    return [
        {
            "function": f"{Path(file).name}:{line}({name})",
            "own_seconds": round(own, 3),
            "with_callees": round(cum, 3),
        }
        for (file, line, name), (_, _, own, cum, _) in rows
    ]


def memory_probe(polnear: Path, limit: int | None, repeat: int) -> dict:
    """Run our engine over the texts ``repeat`` times (each copy made distinct) in
    this process, keeping only counts, and report the peak memory."""
    from quotes.evaluation.polnear import load_split
    from quotes.extract import extract_many
    from quotes.extract.pipeline import load_pipeline

    texts = [article.text for article in load_split(polnear, "dev", limit=limit)]
    nlp = load_pipeline()
    nlp("Warm-up sentence, said Ilse Marr.")
    loaded = max_rss_mb()
    reset = reset_peak()
    corpus = (f"{text}\n\nCopy {copy}." for copy in range(repeat) for text in texts)
    count = articles = 0
    started = time.perf_counter()
    for quotes in extract_many(corpus, nlp=nlp):
        count += len(list(quotes))
        articles += 1
    return {
        "repeat": repeat,
        "articles": articles,
        "quotes": count,
        "seconds": round(time.perf_counter() - started, 2),
        "rss_after_load_mb": round(loaded, 1),
        "peak_rss_mb": round(max_rss_mb(), 1),
        "peak_rss_extracting_mb": round(_status_mb("VmHWM") or 0.0, 1) if reset else None,
        "rss_at_end_mb": round(current_rss_mb() or 0.0, 1),
    }


def probe_in_subprocess(polnear: Path, limit: int | None, repeat: int) -> dict:
    command = [
        sys.executable,
        "-m",
        "benchmarks.extraction",
        "--memory-probe",
        "--repeat",
        str(repeat),
        "--polnear",
        str(polnear),
    ]
    if limit:
        command += ["--limit", str(limit)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"memory probe failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


SCALE_NAMES = ("Mara Quillfeather", "Tobias Renwick", "Ilse Varden", "Oren Castellane", "Petra Dunmore")


def dense_text(chars: int, *, paragraphs: bool = True) -> str:
    """A made-up text of about ``chars`` characters, three quotes every 190
    characters (fictional speakers), in short paragraphs or in one paragraph."""
    parts, total, i = [], 0, 0
    joiner = "\n\n" if paragraphs else " "
    while total < chars:
        name = SCALE_NAMES[i % len(SCALE_NAMES)]
        part = (
            f"“We will open bridge number {i} on Monday,” said {name}, the mayor of Eastbrook. "
            f"She added that the council “has not decided” about the ferry. “It is late,” he said.{joiner}"
        )
        parts.append(part)
        total += len(part)
        i += 1
    return "".join(parts)


def scale(sizes: list[int]) -> dict:
    """Seconds to extract dense made-up texts of growing size (paragraphs, and
    one single paragraph): time per character should stay flat."""
    from quotes.extract import extract_quotes
    from quotes.extract.pipeline import load_pipeline

    nlp = load_pipeline()
    extract_quotes(dense_text(2000), nlp=nlp)  # warm-up
    rows = []
    for paragraphs in (True, False):
        for size in sizes:
            text = dense_text(size, paragraphs=paragraphs)
            started = time.perf_counter()
            found = extract_quotes(text, nlp=nlp)
            seconds = time.perf_counter() - started
            row = {
                "characters": len(text),
                "paragraphs": paragraphs,
                "quotes": len(found),
                "seconds": round(seconds, 2),
                "seconds_per_100k": round(seconds * 100_000 / len(text), 2),
            }
            rows.append(row)
            print(
                f"  {'paragraphs' if paragraphs else 'one paragraph':<13} {len(text):>9,} chars "
                f"{len(found):>6} quotes {seconds:7.2f}s  {row['seconds_per_100k']:5.2f}s per 100k"
            )
    return {"rows": rows}


def _timed(name: str, run: tuple, n: int) -> dict:
    """One engine's timing as a row: results, seconds, CPU seconds, rate."""
    results, seconds, cpu = run[0], run[1], run[2]
    row = {"name": name, "results": results, "seconds": seconds, "cpu_seconds": cpu, "rate": n / seconds}
    if len(run) > 3:
        row["gave_up"] = run[3]
    return row


def compare(texts: list[str], model: str) -> list[dict]:
    """Time ours, textacy as installed, and textacy on our pipeline object."""
    from quotes.extract.pipeline import load_pipeline

    n = len(texts)
    nlp = load_pipeline(model)
    rows = [_timed("ours", run_ours(texts, nlp), n)]
    rows.append(_timed("textacy", textacy_in_subprocess(texts, model), n))
    rows.append(_timed("textacy, our BLAS", run_textacy_same_backend(texts, nlp), n))
    return rows


def textacy_in_subprocess(texts: list[str], model: str) -> tuple[list[list], float, float, list[int]]:
    """:func:`run_textacy` with ``spacy.load(model)`` in a fresh process that
    never loads our pipeline: loading it tunes the process's allocator
    (:func:`quotes.extract.allocator.keep_freed_memory`), which textacy's users
    do not have."""
    from quotes.records import Quote

    command = [sys.executable, "-m", "benchmarks.extraction", "--textacy-probe"]
    done = subprocess.run(
        command, cwd=ROOT, input=json.dumps(texts), capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"textacy probe failed:\n{done.stderr[-2000:]}")
    found = json.loads(done.stdout.strip().splitlines()[-1])
    results = [[Quote(**quote) for quote in quotes] for quotes in found["results"]]
    return results, found["seconds"], found["cpu_seconds"], found["gave_up"]


def textacy_probe(model: str) -> dict:
    """textacy as its users run it over the texts read from stdin (a JSON list)."""
    import spacy

    texts = json.loads(sys.stdin.read())
    results, seconds, cpu, gave_up = run_textacy(texts, spacy.load(model))
    return {
        "results": [[dataclasses.asdict(quote) for quote in quotes] for quotes in results],
        "seconds": seconds,
        "cpu_seconds": cpu,
        "gave_up": gave_up,
    }


def fastest_of_rounds(rows: list[dict], args: argparse.Namespace) -> list[dict]:
    """``rows`` with each engine's time replaced by the least CPU time of
    ``args.rounds`` runs, the others each in a fresh process (so every round
    starts with the same cold caches as the first: a second pass in one
    process runs faster)."""
    for _ in range(args.rounds - 1):
        command = [
            sys.executable,
            "-m",
            "benchmarks.extraction",
            "--speed-probe",
            "--polnear",
            str(args.polnear),
        ]
        if args.limit:
            command += ["--limit", str(args.limit)]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"speed probe failed:\n{done.stderr[-2000:]}")
        timings = json.loads(done.stdout.strip().splitlines()[-1])
        for row in rows:
            other = timings[row["name"]]
            if other["cpu_seconds"] < row["cpu_seconds"]:
                row.update(seconds=other["seconds"], cpu_seconds=other["cpu_seconds"], rate=other["rate"])
    return rows


def speed_probe(polnear: Path, limit: int | None) -> dict:
    """One round of :func:`compare`, the timings only (for :func:`fastest_of_rounds`)."""
    from quotes.evaluation.polnear import load_split
    from quotes.settings import spacy_model_name

    texts = [article.text for article in load_split(polnear, "dev", limit=limit)]
    rows = compare(texts, spacy_model_name())
    return {row["name"]: {key: row[key] for key in ("seconds", "cpu_seconds", "rate")} for row in rows}


def print_speed(rows: list[dict], n: int) -> dict[str, float]:
    """Print the timings and the CPU-time ratios of ours to each textacy run."""
    ours = rows[0]
    print("\nspeed (CPU time; wall clock is noisy on a shared machine)")
    ratios = {}
    for row in rows:
        gave_up = f"  (gave up on {len(row['gave_up'])} of {n})" if "gave_up" in row else ""
        print(
            f"  {row['name']:<18} {row['seconds']:7.2f}s wall {row['cpu_seconds']:7.2f}s CPU "
            f"{row['rate']:7.2f} articles/s{gave_up}"
        )
        if row is not ours:
            ratios[row["name"]] = row["cpu_seconds"] / ours["cpu_seconds"]
    for name, ratio in ratios.items():
        print(f"  ours is {ratio:.2f}x as fast as {name} (CPU)")
    met = ratios["textacy"] >= TARGET_RATIO
    print(f"  target >= {TARGET_RATIO:.0f}x textacy: {'met' if met else 'NOT met'}")
    return ratios


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, default=DEFAULT_POLNEAR)
    parser.add_argument("--limit", type=int, default=None, help="only the first N dev articles")
    parser.add_argument("--repeat", type=int, default=4, help="copies of dev for the memory run (default 4)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N", help="print our engine's N costliest functions"
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="time the engines this many times, each in a fresh process; keep the fastest",
    )
    parser.add_argument("--memory-probe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--speed-probe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--textacy-probe", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--scale",
        type=str,
        default=None,
        metavar="SIZES",
        help="only time dense made-up texts of these sizes (e.g. 100000,200000,800000,1200000)",
    )
    args = parser.parse_args(argv)

    if args.scale:
        print("extraction time by text size (dense quotes; wall clock, noisy on a shared machine)")
        result = scale([int(size) for size in args.scale.split(",")])
        out = args.out.with_name("extraction-scale.json")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        return 0

    if args.memory_probe:
        print(json.dumps(memory_probe(args.polnear, args.limit, args.repeat)))
        return 0
    if args.speed_probe:
        print(json.dumps(speed_probe(args.polnear, args.limit)))
        return 0
    if args.textacy_probe:
        from quotes.settings import spacy_model_name

        print(json.dumps(textacy_probe(spacy_model_name())))
        return 0

    result = benchmark(args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


def benchmark(args: argparse.Namespace) -> dict:
    """The speed, scores, memory (and profile) of one run, as JSON-ready data."""
    from quotes.evaluation.polnear import load_split
    from quotes.evaluation.scoring import evaluate, format_report
    from quotes.settings import spacy_model_name

    articles = load_split(args.polnear, "dev", limit=args.limit)
    texts = [article.text for article in articles]
    n = len(texts)
    model = spacy_model_name()
    load_before = os.getloadavg()[0]
    print(f"PolNeAR dev: {n} articles, {sum(map(len, texts)):,} characters; pipeline {model}")
    print(f"load average before: {load_before:.2f} (2 cores: above 1 another process shares the machine)")
    rows = fastest_of_rounds(compare(texts, model), args)
    load_after = os.getloadavg()[0]
    print(f"load average after: {load_after:.2f}")
    if args.rounds > 1:
        print(f"each engine's fastest of {args.rounds} rounds, each round in a fresh process")
    ratios = print_speed(rows, n)
    reports = {}
    for row in rows[:2]:
        by_text = dict(zip(texts, row["results"]))
        reports[row["name"]] = evaluate(articles, lambda text, by_text=by_text: by_text[text])
        print()
        print(format_report(reports[row["name"]], title=row["name"]))
    memory = print_memory(args)
    profile = []
    if args.profile:
        from quotes.extract.pipeline import load_pipeline

        profile = profile_ours(texts, load_pipeline(model), args.profile)
        print("\nprofile of ours (own CPU seconds under cProfile, which slows Python code)")
        for line in profile:
            print(f"  {line['own_seconds']:6.3f}s  {line['with_callees']:6.3f}s  {line['function']}")
    return {
        "articles": n,
        "pipeline": model,
        "load_average": {"before": round(load_before, 2), "after": round(load_after, 2)},
        "rounds": args.rounds,
        "runs": {
            row["name"]: {
                "seconds": round(row["seconds"], 3),
                "cpu_seconds": round(row["cpu_seconds"], 3),
                "articles_per_second": round(row["rate"], 3),
                **({"gave_up": len(row["gave_up"])} if "gave_up" in row else {}),
                **({"scores": reports[row["name"]].to_dict()} if row["name"] in reports else {}),
            }
            for row in rows
        },
        "cpu_speed_ratios": {name: round(ratio, 3) for name, ratio in ratios.items()},
        "target_ratio": TARGET_RATIO,
        "memory": memory,
        "profile": profile,
    }


def print_memory(args: argparse.Namespace) -> dict:
    """Peak memory of our engine over dev once and repeated, each in a fresh process."""
    print("\nmemory (peak RSS of our engine, fresh process each)")
    once = probe_in_subprocess(args.polnear, args.limit, 1)
    many = probe_in_subprocess(args.polnear, args.limit, args.repeat)
    for probe in (once, many):
        print(
            f"  dev x{probe['repeat']}: {probe['articles']:4d} articles  process peak {probe['peak_rss_mb']:6.1f} MiB"
            f"  peak while extracting {probe['peak_rss_extracting_mb'] or float('nan'):6.1f} MiB"
            f"  at end {probe['rss_at_end_mb']:6.1f} MiB  ({probe['seconds']:.1f}s)"
        )
    key = "peak_rss_extracting_mb" if once["peak_rss_extracting_mb"] else "peak_rss_mb"
    growth = many[key] - once[key]
    print(f"  growth of the peak from x1 to x{args.repeat}: {growth:+.1f} MiB")
    return {"once": once, "repeated": many, "growth_mb": round(growth, 1)}


if __name__ == "__main__":
    sys.exit(main())
