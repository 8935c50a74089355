"""Scale benchmark: a synthetic archive of N quotes, its build, and search latency.

    scripts/bench scale [--quotes N ...] [--repeat R] [--procs P] [--keep]

For each size N (default 100000) it

1. builds a SYNTHETIC archive in ``bench-results/scale-N/quotes.db`` through the
   library (:func:`quotes.store.write.write_articles`, FTS triggers included), then the
   whoosh index beside it (:func:`quotes.search.index.build_index`), in a child process
   whose peak memory (ru_maxrss, itself and its own children) is recorded;
2. times a fixed mix of queries (a rare word, a common word, a phrase, a speaker
   name, two words; several of each, each run ``--repeat`` times):
   - through whoosh in this process (:func:`quotes.search.ranking.search`: index, SQL
     rows, highlights), cold index open included, as ``quotes search`` does;
   - through Datasette over HTTP on 127.0.0.1 (``datasette serve`` with
     metadata.yml and the project's plugins): the table search
     ``/quotes/quotes.json?_search=``, the canned query ``search_quotes.json``
     and the whoosh page ``/-/search.json``;
3. reports build time and throughput, p50/p95 per kind, bytes per quote on disk
   (database + WAL + whoosh index), and writes ``bench-results/scale-N.json``.

Everything generated is marked synthetic: outlets are "Synthetic ...", titles
start with "[synthetic]", ``source`` is ``synthetic:benchmarks/scale.py``, and a
``synthetic_archive`` table in the database says so. Speakers are made-up names
built from syllables; words come from a generated vocabulary with a Zipf-like
distribution (so very common and very rare words both exist).

Timings depend on the load of the machine (2 shared cores): treat them as noisy.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import itertools
import json
import os
import random
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench-results"
HOST = "127.0.0.1"

TARGETS = {"fts_p95_ms": 100, "whoosh_p95_ms": 150, "build_s": 15 * 60, "peak_mb": 1024}

SYLLABLES = (
    "ka",
    "lo",
    "mi",
    "ren",
    "tas",
    "vo",
    "dri",
    "nel",
    "pa",
    "sun",
    "gor",
    "li",
    "bek",
    "ta",
    "mor",
    "sa",
    "vin",
    "ul",
    "zer",
    "ho",
    "qua",
    "fen",
    "da",
    "rik",
    "ost",
    "e",
    "an",
    "til",
    "wy",
    "cor",
)
OUTLETS = (
    "Synthetic Gazette",
    "Synthetic Courier",
    "Synthetic Ledger",
    "Synthetic Herald",
    "Synthetic Tribune",
    "Synthetic Observer",
    "Synthetic Chronicle",
    "Synthetic Post",
)
ROLES = (
    "minister",
    "spokesperson",
    "analyst",
    "professor",
    "mayor",
    "director",
    "envoy",
    "commander",
    "economist",
    "senator",
)
STANCES = ("critical", "supportive", "warning", "neutral", "hopeful", "dismissive")
CUES = ("said", "told reporters", "warned", "added", "argued", "insisted")
KINDS = ("rare", "common", "phrase", "speaker", "two_words")

VOCABULARY = 40_000
ZIPF_S = 1.07
# Speakers are less skewed than words: the most quoted person has ~1% of the quotes.
SPEAKER_ZIPF_S = 0.6
SPEAKERS = 20_000
QUOTES_PER_ARTICLE = 8


def pseudo_word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables))


def vocabulary(seed: int = 11) -> list[str]:
    """VOCABULARY distinct made-up words, the most frequent first (short ones)."""
    rng = random.Random(seed)
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < VOCABULARY:
        size = 1 + min(3, len(words) // 300) + rng.randint(0, 1)
        word = pseudo_word(rng, size)
        if len(word) > 2 and word not in seen:
            seen.add(word)
            words.append(word)
    return words


FUNCTION_WORDS = (
    "the",
    "of",
    "and",
    "to",
    "a",
    "in",
    "is",
    "that",
    "for",
    "it",
    "on",
    "with",
    "as",
    "was",
    "be",
    "by",
    "this",
    "are",
    "not",
    "at",
    "we",
    "will",
    "from",
    "have",
    "has",
    "but",
    "an",
    "they",
    "or",
    "their",
)


def word_list() -> list[str]:
    """The words of the synthetic text by rank: English function words first (as
    in any text, the most frequent words are stop words), then made-up words."""
    return list(FUNCTION_WORDS) + vocabulary()[: VOCABULARY - len(FUNCTION_WORDS)]


def zipf_weights(n: int, *, s: float = ZIPF_S) -> list[float]:
    """Cumulative Zipf weights for ranks 1..n."""
    total, cumulative = 0.0, []
    for rank in range(1, n + 1):
        total += 1.0 / rank**s
        cumulative.append(total)
    return cumulative


@dataclass
class SyntheticSpeaker:
    name: str
    role: str
    affiliation: str


def speakers(seed: int = 12) -> list[SyntheticSpeaker]:
    rng = random.Random(seed)
    made: list[SyntheticSpeaker] = []
    names: set[str] = set()
    while len(made) < SPEAKERS:
        name = f"{pseudo_word(rng, 2).capitalize()} {pseudo_word(rng, 3).capitalize()}"
        if name in names:
            continue
        names.add(name)
        affiliation = f"Synthetic {pseudo_word(rng, 2).capitalize()} {rng.choice(('Institute', 'Ministry', 'Council', 'University'))}"
        made.append(SyntheticSpeaker(name, rng.choice(ROLES), affiliation))
    return made


def synthetic_articles(quotes: int, *, seed: int = 7):
    """Yield ``(Article, [Quote], [stance tags per quote])`` for ``quotes`` synthetic quotes."""
    from quotes.records import Article, Quote

    rng = random.Random(seed)
    words = word_list()
    cumulative = zipf_weights(len(words))
    people = speakers()
    people_weights = zipf_weights(len(people), s=SPEAKER_ZIPF_S)
    made = 0
    number = 0
    while made < quotes:
        number += 1
        count = min(QUOTES_PER_ARTICLE, quotes - made)
        paragraphs: list[str] = []
        spans: list[tuple[int, int, SyntheticSpeaker, str]] = []
        offset = 0
        for _ in range(count):
            person = rng.choices(people, cum_weights=people_weights)[0]
            picked = rng.choices(words, cum_weights=cumulative, k=rng.randint(8, 24))
            quote_text = " ".join(picked).capitalize()
            background = " ".join(rng.choices(words, cum_weights=cumulative, k=rng.randint(6, 14)))
            surname = person.name.split()[-1]
            cue = rng.choice(CUES)
            lead = f"{person.name}, the {person.role} of {person.affiliation}, spoke about {background}. "
            paragraph = f'{lead}"{quote_text}," {surname} {cue}.'
            start = offset + len(lead) + 1
            spans.append((start, start + len(quote_text), person, cue))
            paragraphs.append(paragraph)
            offset += len(paragraph) + 2
        text = "\n\n".join(paragraphs)
        year = 2015 + number % 10
        article = Article(
            text=text,
            title=f"[synthetic] {' '.join(rng.choices(words[:2000], k=5)).capitalize()} ({number})",
            outlet=OUTLETS[number % len(OUTLETS)],
            author="synthetic generator",
            published=f"{year}-{1 + number % 12:02d}-{1 + number % 28:02d}",
            source="synthetic:benchmarks/scale.py",
        )
        found = []
        tags = []
        for start, end, person, cue in spans:
            found.append(
                Quote(
                    text=text[start:end],
                    start=start,
                    end=end,
                    kind="direct",
                    cue=cue,
                    speaker=person.name,
                    speaker_kind="person",
                    role=person.role,
                    affiliation=person.affiliation,
                    confidence=0.9,
                )
            )
            tags.append(rng.sample(STANCES, k=rng.choice((0, 0, 1, 1, 2))))
        made += count
        yield article, found, tags


# --- building the archive (run in a child process so its peak memory is its own) ---


class _CachedNames:
    """Speaker and organization ids by exact name (the synthetic names are
    unique): the :class:`quotes.store.write.SpeakerResolver` of the import."""

    def __init__(self, db) -> None:
        self.db = db
        self.speaker_ids: dict[str, int] = {}
        self.organization_ids: dict[str, int] = {}

    def speaker_id(self, quote, article):
        found = self.speaker_ids.get(quote.speaker)
        if found is None:
            found = self.speaker_ids[quote.speaker] = (
                self.db["speakers"]
                .insert(
                    {
                        "name": quote.speaker,
                        "kind": "person",
                        "role": quote.role,
                        "affiliation": quote.affiliation,
                        "source": "text",
                    }
                )
                .last_pk
            )
        return found

    def organization_id(self, quote, article):
        if not quote.affiliation:
            return None
        found = self.organization_ids.get(quote.affiliation)
        if found is None:
            found = self.organization_ids[quote.affiliation] = (
                self.db["organizations"].insert({"name": quote.affiliation, "kind": "synthetic"}).last_pk
            )
        return found


def build_archive(db_path: Path, quotes: int, *, procs: int, limitmb: int) -> dict:
    """Build the synthetic database and its whoosh index; return timings (seconds)."""
    from quotes.search.index import build_index
    from quotes.store import fts
    from quotes.store.db import open_db
    from quotes.store.write import write_articles

    timings: dict[str, float] = {}
    started = time.perf_counter()
    db = open_db(db_path)
    db["synthetic_archive"].insert(
        {
            "note": "SYNTHETIC benchmark data made by benchmarks/scale.py: made-up people, "
            "outlets and words; not news, not quotes by anyone.",
            "quotes": quotes,
            "made_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
    )
    tags: list[list[str]] = []

    def items() -> Iterator:
        for article, found, stances in synthetic_articles(quotes):
            tags.extend(stances)
            yield article, found

    write_articles(db, items(), speakers=_CachedNames(db), batch_size=500)
    timings["database_s"] = time.perf_counter() - started
    mark = time.perf_counter()
    with db.atomic():
        db.conn.executemany(
            "update quotes set stance_tags = ? where id = ?",
            ((json.dumps(t), i) for i, t in enumerate(tags, start=1) if t),
        )
    timings["stance_s"] = time.perf_counter() - mark
    mark = time.perf_counter()
    db.execute(f"insert into {fts.FTS_TABLE} ({fts.FTS_TABLE}) values ('optimize')")
    db.conn.commit()
    db.execute("analyze")
    db.execute("pragma wal_checkpoint(truncate)")
    timings["fts_optimize_s"] = time.perf_counter() - mark
    mark = time.perf_counter()
    build_index(db, procs=procs, limitmb=limitmb)
    timings["whoosh_s"] = time.perf_counter() - mark
    timings["total_s"] = time.perf_counter() - started
    db.close()
    return timings


def _maxrss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


def build_in_child(db_path: Path, quotes: int, *, procs: int, limitmb: int) -> dict:
    """Run :func:`build_archive` in a child process; timings plus peak memory."""
    command = [
        sys.executable,
        "-m",
        "benchmarks.scale",
        "--build-only",
        str(db_path),
        "--quotes",
        str(quotes),
        "--procs",
        str(procs),
        "--limitmb",
        str(limitmb),
    ]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"build of {quotes} quotes failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall_s"] = wall
    return result


def _child_main(db_path: Path, quotes: int, procs: int, limitmb: int) -> None:
    timings = build_archive(db_path, quotes, procs=procs, limitmb=limitmb)
    timings["peak_self_mb"] = _maxrss_mb(resource.RUSAGE_SELF)
    timings["peak_children_mb"] = _maxrss_mb(resource.RUSAGE_CHILDREN)
    print(json.dumps(timings))


# --- the query mix ------------------------------------------------------------------


def rare_words(db_path: Path, words: list[str], count: int) -> list[str]:
    """Words from the tail of the vocabulary that occur in 1 to 20 quotes."""
    from quotes.search.documents import text_analyzer
    from quotes.search.index import index_dir_for, index_exists, open_index

    if not index_exists(index_dir_for(db_path)):
        return rare_words_fts(db_path, words, count)
    analyzer = text_analyzer()
    ix = open_index(index_dir_for(db_path))
    found: list[str] = []
    with ix.reader() as reader:
        for word in reversed(words):
            stems = [t.text for t in analyzer(word)]
            if stems and 1 <= reader.doc_frequency("text", stems[0]) <= 20:
                found.append(word)
                if len(found) == count:
                    break
    ix.close()
    return found


def rare_words_fts(db_path: Path, words: list[str], count: int) -> list[str]:
    """As :func:`rare_words`, counted with SQLite FTS (when there is no whoosh index)."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    found: list[str] = []
    for word in reversed(words):
        hits = conn.execute(
            "select count(*) from (select rowid from quotes_fts where quotes_fts match ? limit 21)",
            [f'text:"{word}"'],
        ).fetchone()[0]
        if 1 <= hits <= 20:
            found.append(word)
            if len(found) == count:
                break
    conn.close()
    return found


def query_mix(db_path: Path, *, per_kind: int = 5) -> dict[str, list[str]]:
    """A fixed mix of queries for this archive, ``per_kind`` of each kind."""
    import sqlite3

    words = word_list()
    people = speakers()
    conn = sqlite3.connect(db_path)
    count = conn.execute("select max(id) from quotes").fetchone()[0] or 1
    phrases = []
    for step in range(per_kind * 10):
        if len(phrases) == per_kind:
            break
        quote_id = 1 + (step * 7919 * 13) % count
        text = conn.execute("select text from quotes where id = ?", [quote_id]).fetchone()[0]
        parts = text.lower().split()
        pairs = [
            (a, b)
            for a, b in itertools.pairwise(parts)
            if a not in FUNCTION_WORDS and b not in FUNCTION_WORDS
        ]
        if pairs:
            phrases.append(f'"{pairs[0][0]} {pairs[0][1]}"')
    conn.close()
    return {
        "rare": rare_words(db_path, words, per_kind),
        # the most frequent content words (after the function words)
        "common": [words[len(FUNCTION_WORDS) + 10 + i] for i in range(per_kind)],
        "phrase": phrases,
        "speaker": [people[i * 3].name for i in range(per_kind)],
        "two_words": [f"{words[60 + i]} {words[400 + 37 * i]}" for i in range(per_kind)],
    }


def percentile(values: list[float], share: float) -> float:
    """The ``share`` percentile (0-1) of ``values``, nearest rank."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), round(share * len(ordered) + 0.4999)))
    return ordered[rank - 1]


def summary(samples: dict[str, list[float]], errors: dict[str, int] | None = None) -> dict:
    """p50/p95/max per kind and over all, in milliseconds."""
    out: dict = {}
    everything: list[float] = []
    for kind, values in samples.items():
        everything += values
        out[kind] = {
            "n": len(values),
            "p50_ms": round(percentile(values, 0.5), 2),
            "p95_ms": round(percentile(values, 0.95), 2),
            "max_ms": round(max(values), 2) if values else None,
        }
        if errors:
            out[kind]["errors"] = errors.get(kind, 0)
    out["all"] = {
        "n": len(everything),
        "p50_ms": round(percentile(everything, 0.5), 2),
        "p95_ms": round(percentile(everything, 0.95), 2),
        "max_ms": round(max(everything), 2) if everything else None,
    }
    if errors:
        out["all"]["errors"] = sum(errors.values())
    return out


def time_whoosh(db_path: Path, mix: dict[str, list[str]], *, repeat: int, facets: bool) -> dict:
    """Latency of :func:`quotes.search.ranking.search` in this process (index opened per query)."""
    from quotes.search.ranking import search
    from quotes.store.db import open_db

    db = open_db(db_path, migrate=False)
    search(db, mix["common"][0], limit=20, facets=facets)  # warm the OS cache once
    samples: dict[str, list[float]] = {kind: [] for kind in mix}
    totals: dict[str, list[int]] = {kind: [] for kind in mix}
    for _ in range(repeat):
        for kind, queries in mix.items():
            for text in queries:
                started = time.perf_counter()
                results = search(db, text, limit=20, facets=facets)
                samples[kind].append((time.perf_counter() - started) * 1000)
                totals[kind].append(results.total)
    db.close()
    report = summary(samples)
    for kind in mix:
        report[kind]["mean_hits"] = round(statistics.mean(totals[kind]), 1)
    return report


# --- Datasette over loopback ----------------------------------------------------------


@contextlib.contextmanager
def served(db_path: Path) -> Iterator[int]:
    """``quotes serve`` on 127.0.0.1 for the duration of the block: Datasette as
    users get it, with metadata.yml, the project's plugin and its settings
    (``quotes.web.publish.SETTINGS``). Yields its port. Its log goes to
    ``datasette.log`` beside the database."""
    from quotes.web.publish import running_server

    with running_server(db_path, host=HOST, log_path=db_path.with_name("datasette.log")) as server:
        yield server.port


ENDPOINTS = {
    # The table search as a client gets it (count and metadata facets included).
    "fts_table": "/quotes/quotes.json?_search={q}&_size=20",
    # The same without the count, facets and facet suggestions.
    "fts_table_lean": "/quotes/quotes.json?_search={q}&_size=20&_nocount=1&_nofacet=1&_nosuggest=1",
    # The ranked canned query from metadata.yml.
    "fts_canned": "/quotes/search_quotes.json?q={q}&_shape=objects",
    # The whoosh search page's JSON (facets included).
    "whoosh_page": "/-/search.json?q={q}",
}


def time_http(
    port: int, mix: dict[str, list[str]], *, repeat: int, endpoints: dict[str, str] | None = None
) -> dict:
    """Latency of each endpoint for the query mix, one keep-alive client, loopback only."""
    report = {}
    for name, template in (endpoints or ENDPOINTS).items():
        print(f"  {name} ...", flush=True)
        connection = http.client.HTTPConnection(HOST, port, timeout=60)
        samples: dict[str, list[float]] = {kind: [] for kind in mix}
        errors: dict[str, int] = {kind: 0 for kind in mix}
        statuses: dict[int, int] = {}
        for _ in range(repeat):
            for kind, queries in mix.items():
                for text in queries:
                    path = template.format(q=urllib.parse.quote(text))
                    started = time.perf_counter()
                    try:
                        connection.request("GET", path)
                        response = connection.getresponse()
                        response.read()
                        status = response.status
                    except (OSError, http.client.HTTPException):
                        connection.close()
                        connection = http.client.HTTPConnection(HOST, port, timeout=60)
                        status = 0
                    samples[kind].append((time.perf_counter() - started) * 1000)
                    statuses[status] = statuses.get(status, 0) + 1
                    if status != 200:
                        errors[kind] += 1
        connection.close()
        report[name] = summary(samples, errors)
        report[name]["statuses"] = {str(k): v for k, v in statuses.items()}
    return report


# --- sizes and the report ----------------------------------------------------------------


def disk_bytes(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size if path.exists() else 0


def run(quotes: int, *, repeat: int, procs: int, limitmb: int, keep: bool) -> dict:
    folder = RESULTS / f"scale-{quotes}"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    db_path = folder / "quotes.db"
    print(f"[{quotes} quotes] building (procs={procs}) ...", flush=True)
    build = build_in_child(db_path, quotes, procs=procs, limitmb=limitmb)
    from quotes.search.index import index_dir_for

    sizes = {
        "database_bytes": sum(disk_bytes(db_path.with_name(db_path.name + s)) for s in ("", "-wal", "-shm")),
        "whoosh_bytes": disk_bytes(index_dir_for(db_path)),
    }
    sizes["bytes_per_quote"] = round((sizes["database_bytes"] + sizes["whoosh_bytes"]) / quotes, 1)
    mix = query_mix(db_path)
    print(f"[{quotes} quotes] built in {build['total_s']:.0f} s; timing whoosh ...", flush=True)
    whoosh = time_whoosh(db_path, mix, repeat=repeat, facets=False)
    whoosh_facets = time_whoosh(db_path, mix, repeat=1, facets=True)
    print(f"[{quotes} quotes] timing Datasette over HTTP ...", flush=True)
    with served(db_path) as port:
        http_report = time_http(port, mix, repeat=repeat)
    peak = max(build["peak_self_mb"], build["peak_children_mb"])
    result = {
        "quotes": quotes,
        "machine": {
            "cpus": os.cpu_count(),
            "loadavg_at_end": os.getloadavg(),
            "note": "2 cores shared with other work: timings are noisy",
        },
        "build": {
            **{k: round(v, 2) for k, v in build.items()},
            "quotes_per_s": round(quotes / build["total_s"], 1),
            "whoosh_docs_per_s": round(quotes / build["whoosh_s"], 1),
        },
        "peak_memory_mb": round(peak, 1),
        "peak_memory_sum_mb": round(build["peak_self_mb"] + build["peak_children_mb"], 1),
        "disk": sizes,
        "queries": mix,
        "repeat": repeat,
        "whoosh": whoosh,
        "whoosh_with_facets": whoosh_facets,
        "datasette": http_report,
    }
    result["targets"] = {
        "fts_table_p95_ms": [http_report["fts_table"]["all"]["p95_ms"], TARGETS["fts_p95_ms"]],
        "fts_table_lean_p95_ms": [http_report["fts_table_lean"]["all"]["p95_ms"], TARGETS["fts_p95_ms"]],
        "fts_canned_p95_ms": [http_report["fts_canned"]["all"]["p95_ms"], TARGETS["fts_p95_ms"]],
        "whoosh_p95_ms": [whoosh["all"]["p95_ms"], TARGETS["whoosh_p95_ms"]],
        "build_s": [round(build["total_s"], 1), TARGETS["build_s"]],
        "peak_memory_mb": [round(peak, 1), TARGETS["peak_mb"]],
    }
    (RESULTS / f"scale-{quotes}.json").write_text(json.dumps(result, indent=2))
    if not keep:
        shutil.rmtree(folder)
    return result


def measure_existing(quotes: int, *, repeat: int) -> dict:
    """Time the queries on an archive built earlier (``--reuse``): no build figures;
    whoosh only when its index is there."""
    from quotes.search.index import index_dir_for, index_exists
    from quotes.store.db import open_db

    db_path = RESULTS / f"scale-{quotes}" / "quotes.db"
    if not db_path.exists():
        raise SystemExit(f"{db_path}: no archive to reuse - run without --reuse first")
    # An archive built by an earlier version gets this version's migrations, as
    # the next ``quotes build`` on it would give it.
    open_db(db_path).close()
    has_index = index_exists(index_dir_for(db_path))
    mix = query_mix(db_path)
    result: dict = {
        "quotes": quotes,
        "reused": True,
        "repeat": repeat,
        "queries": mix,
        "machine": {
            "cpus": os.cpu_count(),
            "loadavg": os.getloadavg(),
            "note": "2 cores shared with other work: timings are noisy",
        },
        "disk": {
            "database_bytes": sum(
                disk_bytes(db_path.with_name(db_path.name + x)) for x in ("", "-wal", "-shm")
            ),
            "whoosh_bytes": disk_bytes(index_dir_for(db_path)),
        },
    }
    if has_index:
        print(f"[{quotes} quotes] timing whoosh ...", flush=True)
        result["whoosh"] = time_whoosh(db_path, mix, repeat=repeat, facets=False)
        result["whoosh_with_facets"] = time_whoosh(db_path, mix, repeat=1, facets=True)
    print(f"[{quotes} quotes] timing Datasette over HTTP ...", flush=True)
    endpoints = (
        dict(ENDPOINTS) if has_index else {k: v for k, v in ENDPOINTS.items() if not k.startswith("whoosh")}
    )
    with served(db_path) as port:
        result["datasette"] = time_http(port, mix, repeat=repeat, endpoints=endpoints)
    (RESULTS / f"scale-{quotes}-queries.json").write_text(json.dumps(result, indent=2))
    return result


def format_report(result: dict) -> str:
    if result.get("reused"):
        return format_queries(result)
    build = result["build"]
    lines = [
        f"== scale benchmark: {result['quotes']:,} synthetic quotes (noisy: 2 shared cores) ==",
        f"build: {build['total_s']:.0f} s total = database+FTS triggers {build['database_s']:.0f} s, "
        f"stance {build['stance_s']:.0f} s, FTS optimize {build['fts_optimize_s']:.0f} s, "
        f"whoosh {build['whoosh_s']:.0f} s ({build['whoosh_docs_per_s']:.0f} docs/s); "
        f"{build['quotes_per_s']:.0f} quotes/s overall",
        f"peak memory (ru_maxrss): build process {build['peak_self_mb']:.0f} MB, "
        f"largest child {build['peak_children_mb']:.0f} MB",
        f"disk: database {result['disk']['database_bytes'] / 1e6:.0f} MB, whoosh "
        f"{result['disk']['whoosh_bytes'] / 1e6:.0f} MB, {result['disk']['bytes_per_quote']:.0f} bytes/quote",
    ]
    lines += latency_table(result)
    lines.append(
        "targets (measured / target): "
        + ", ".join(
            f"{name} {got} / {want} {'ok' if got <= want else 'MISSED'}"
            for name, (got, want) in result["targets"].items()
        )
    )
    lines.append("(!N = N requests failed, e.g. Datasette's 1 s SQL time limit)")
    return "\n".join(lines)


def latency_table(result: dict) -> list[str]:
    """p50/p95 per kind of query, one line per way of searching."""
    lines = ["latency ms (p50 / p95):   " + "  ".join(f"{k:>10}" for k in (*KINDS, "all"))]

    def row(name: str, report: dict) -> str:
        cells = []
        for kind in (*KINDS, "all"):
            cell = report.get(kind, {"p50_ms": float("nan"), "p95_ms": float("nan")})
            text = f"{cell['p50_ms']:.0f}/{cell['p95_ms']:.0f}"
            if cell.get("errors"):
                text += f"!{cell['errors']}"
            cells.append(f"{text:>10}")
        return f"  {name:<22}" + "  ".join(cells)

    if "whoosh" in result:
        lines.append(row("whoosh (in process)", result["whoosh"]))
        lines.append(row("whoosh + facets", result["whoosh_with_facets"]))
    for name, report in result.get("datasette", {}).items():
        lines.append(row(f"http {name}", report))
    return lines


def format_queries(result: dict) -> str:
    lines = [
        f"== query latency: {result['quotes']:,} synthetic quotes, archive reused (noisy: 2 shared cores) =="
    ]
    lines += latency_table(result)
    lines.append("(!N = N requests failed, e.g. Datasette's 1 s SQL time limit)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="scripts/bench scale", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quotes", type=int, nargs="+", default=[100_000], help="archive sizes to measure (default 100000)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query (default 3)")
    parser.add_argument("--procs", type=int, default=2, help="whoosh indexing processes (default 2)")
    parser.add_argument("--limitmb", type=int, default=256, help="whoosh writer memory per process")
    parser.add_argument("--keep", action="store_true", help="keep bench-results/scale-N/")
    parser.add_argument(
        "--reuse", action="store_true", help="time the queries on the archive kept by an earlier --keep run"
    )
    parser.add_argument("--build-only", type=Path, metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.build_only:
        _child_main(args.build_only, args.quotes[0], args.procs, args.limitmb)
        return
    RESULTS.mkdir(exist_ok=True)
    # Turn SIGTERM into SystemExit so that the Datasette child is stopped too.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    for quotes in args.quotes:
        if args.reuse:
            result = measure_existing(quotes, repeat=args.repeat)
            print(format_report(result), flush=True)
            print(f"wrote {RESULTS / f'scale-{quotes}-queries.json'}")
            continue
        result = run(quotes, repeat=args.repeat, procs=args.procs, limitmb=args.limitmb, keep=args.keep)
        print(format_report(result), flush=True)
        print(f"wrote {RESULTS / f'scale-{quotes}.json'}")


if __name__ == "__main__":
    main()
