"""Extraction benchmark: our engine against textacy over PolNeAR dev, one process.

    scripts/bench extract [--polnear DIR] [--limit N] [--repeat K] [--out PATH]
    .venv/bin/python -m benchmarks.extraction --scale 100000,200000,800000,1200000

Runs, on the same texts in the same process (the spaCy pipeline loaded once and
warmed up before any timing):

- ours: ``quotes.extract.extract_many(texts)``;
- textacy: ``nlp(text)`` (the full small English pipeline) then
  ``textacy.extract.triples.direct_quotations(doc)``; an article on which textacy
  raises (it gives up when the quotation marks are unbalanced) counts as given up
  and scores with no predictions.

Reports articles/second for each and the ratio, the scores of both with
:mod:`quotes.evaluation.scoring` (direct and all P/R/F1, attribution), and the peak memory
(``ru_maxrss``) of our engine over dev once and over dev repeated ``--repeat``
times (each in a fresh subprocess, so the peaks do not mix): memory should stay
flat as the corpus grows. Writes JSON to ``bench-results/extraction.json``.
Timings on a shared machine are noisy: compare the ratio, not the absolute figures.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_POLNEAR = ROOT.parent / "shared" / "polnear"
DEFAULT_OUT = ROOT / "bench-results" / "extraction.json"
TARGET_RATIO = 3.0


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


def run_ours(texts: list[str], nlp) -> tuple[list[list], float, float]:
    """Our engine over ``texts``: results, wall seconds, CPU seconds."""
    from quotes.extract import extract_many

    started, cpu = time.perf_counter(), time.process_time()
    results = [list(quotes) for quotes in extract_many(texts, nlp=nlp)]
    return results, time.perf_counter() - started, time.process_time() - cpu


def run_textacy(texts: list[str], nlp) -> tuple[list[list], float, float, list[int]]:
    """textacy over ``texts``: results, wall seconds, CPU seconds, indexes given up."""
    results, gave_up = [], []
    started, cpu = time.perf_counter(), time.process_time()
    for index, text in enumerate(texts):
        doc = nlp(text)
        try:
            results.append(textacy_quotes(doc))
        except ValueError:
            results.append([])
            gave_up.append(index)
    return results, time.perf_counter() - started, time.process_time() - cpu, gave_up


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, default=DEFAULT_POLNEAR)
    parser.add_argument("--limit", type=int, default=None, help="only the first N dev articles")
    parser.add_argument("--repeat", type=int, default=4, help="copies of dev for the memory run (default 4)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--memory-probe", action="store_true", help=argparse.SUPPRESS)
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

    from quotes.evaluation.polnear import load_split
    from quotes.evaluation.scoring import evaluate, format_report
    from quotes.extract.pipeline import load_pipeline

    articles = load_split(args.polnear, "dev", limit=args.limit)
    texts = [article.text for article in articles]
    nlp = load_pipeline()
    nlp("Warm-up sentence, said Ilse Marr.")  # load lazily-initialised parts before timing
    n = len(texts)
    print(f"PolNeAR dev: {n} articles, {sum(map(len, texts)):,} characters; pipeline {nlp.meta.get('name')}")

    ours, ours_seconds, ours_cpu = run_ours(texts, nlp)
    theirs, theirs_seconds, theirs_cpu, gave_up = run_textacy(texts, nlp)
    by_text_ours = dict(zip(texts, ours))
    by_text_theirs = dict(zip(texts, theirs))
    ours_report = evaluate(articles, lambda text: by_text_ours[text])
    theirs_report = evaluate(articles, lambda text: by_text_theirs[text])

    ours_rate, theirs_rate = n / ours_seconds, n / theirs_seconds
    ratio = ours_rate / theirs_rate
    cpu_ratio = theirs_cpu / ours_cpu if ours_cpu else float("nan")
    print("\nspeed (wall clock is noisy on a shared machine; CPU time less so)")
    print(f"  ours     {ours_seconds:7.2f}s wall {ours_cpu:7.2f}s CPU  {ours_rate:7.2f} articles/s")
    print(
        f"  textacy  {theirs_seconds:7.2f}s wall {theirs_cpu:7.2f}s CPU  {theirs_rate:7.2f} articles/s"
        f"  (gave up on {len(gave_up)} of {n})"
    )
    print(
        f"  ratio    {ratio:.2f}x wall, {cpu_ratio:.2f}x CPU"
        f"  (target >= {TARGET_RATIO:.0f}x: {'met' if min(ratio, cpu_ratio) >= TARGET_RATIO else 'NOT met'})"
    )
    print()
    print(format_report(ours_report, title="ours"))
    print()
    print(format_report(theirs_report, title="textacy direct_quotations"))

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

    result = {
        "articles": n,
        "pipeline": nlp.meta.get("name"),
        "ours": {
            "seconds": round(ours_seconds, 3),
            "cpu_seconds": round(ours_cpu, 3),
            "articles_per_second": round(ours_rate, 3),
            "scores": ours_report.to_dict(),
        },
        "textacy": {
            "seconds": round(theirs_seconds, 3),
            "cpu_seconds": round(theirs_cpu, 3),
            "articles_per_second": round(theirs_rate, 3),
            "gave_up": len(gave_up),
            "gave_up_articles": [articles[i].name for i in gave_up],
            "scores": theirs_report.to_dict(),
        },
        "speed_ratio": round(ratio, 3),
        "cpu_speed_ratio": round(cpu_ratio, 3),
        "target_ratio": TARGET_RATIO,
        "memory": {"once": once, "repeated": many, "growth_mb": round(growth, 1)},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
