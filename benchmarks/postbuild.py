"""Post-build benchmark: the time of each post-build step on a large archive.

    scripts/bench postbuild [--quotes N] [--add A] [--work DIR] [--full]

Copies the synthetic archive of N quotes made by ``scripts/bench scale --keep``
(``bench-results/scale-N/quotes.db`` and its whoosh index; never modified) to
``--work`` and times each step of :data:`quotes.build.POST_BUILD_STEPS` in
three rounds:

1. ``catch_up``: the first post-build on the imported archive (the steps see
   every quote as new: the stance tagger tags them all, the statements are
   grouped from scratch);
2. ``nothing_added``: a rebuild that adds nothing;
3. ``added_A``: after writing A more synthetic articles (8 quotes each, the
   same made-up speakers) through :func:`quotes.store.write.write_article`.

With ``--full`` the steps are the whole-archive functions the build called
before they were made incremental (:func:`full_steps`). For the figures of the
code as it was, run it against the older package, e.g. from a folder holding
``git archive 8ddbd78 quotes db`` put first on ``PYTHONPATH`` (statement
grouping from scratch is itself faster now). Writes
``bench-results/postbuild[-full]-N.json``. Timings on the shared 2-core
machine are noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import time
from pathlib import Path

from benchmarks.scale import synthetic_articles

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench-results"


def full_steps() -> list:
    """The whole-archive post-build steps (what every build ran before)."""
    from quotes.build import curation_step
    from quotes.enrich import gazetteer, stance, statements
    from quotes.enrich.names import Names
    from quotes.enrich.speakers import refresh_speaker_roles
    from quotes.search import index

    return [
        ("gazetteer", lambda db, report: gazetteer.apply_gazetteer(db)),
        ("speaker_roles", lambda db, report: refresh_speaker_roles(Names(db))),
        ("stance", lambda db, report: stance.tag_quotes(db, only_untagged=True)),
        ("curation", curation_step),
        ("statements", lambda db, report: statements.group_statements(db)),
        ("index", lambda db, report: index.update_index(db)),
    ]


def copy_archive(quotes: int, work: Path) -> Path:
    """Copy ``bench-results/scale-N`` (database and whoosh index) to ``work``."""
    source = RESULTS / f"scale-{quotes}"
    if not (source / "quotes.db").exists():
        raise SystemExit(
            f"{source / 'quotes.db'}: no archive, run `scripts/bench scale --quotes {quotes} --keep`"
        )
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(source, work, ignore=shutil.ignore_patterns("*.log", "*-shm"))
    add_missing_columns(work / "quotes.db")
    return work / "quotes.db"


def add_missing_columns(db_path: Path) -> None:
    """Give a copy of an archive made with an older schema the columns added
    to :mod:`quotes.store.schema` since (one migration until the first release)."""
    import sqlite_utils

    from quotes.store.schema import TABLE_MODELS

    db = sqlite_utils.Database(db_path)
    for model in TABLE_MODELS:
        table = db[model.__tablename__]
        have = {c.name for c in table.columns}
        for column in model.__table__.columns:
            if column.name not in have:
                kind = column.type.python_type
                table.add_column(column.name, kind if kind in (int, float, bool, bytes) else str)
    db.close()


def timed_round(db, steps) -> dict[str, float]:
    from quotes.build import BuildReport

    report = BuildReport()
    timings: dict[str, float] = {}
    for name, step in steps:
        started = time.perf_counter()
        step(db, report)
        timings[name] = round(time.perf_counter() - started, 3)
    timings["total"] = round(sum(timings.values()), 3)
    return timings


def add_articles(db, count: int, *, seed: int) -> int:
    """Write ``count`` new synthetic articles (new text, the same made-up speakers)."""
    from quotes.enrich.speakers import SpeakerDirectory
    from quotes.store.write import write_article

    speakers = SpeakerDirectory(db)
    quotes = 0
    for article, found, _ in synthetic_articles(count * 8, seed=seed):
        write_article(db, article, found, speakers=speakers)
        quotes += len(found)
    return quotes


def run(quotes: int, *, add: int, work: Path, full: bool) -> dict:
    from quotes.store.db import open_db

    db_path = copy_archive(quotes, work)
    db = open_db(db_path)
    if full:
        steps = full_steps()
    else:
        from quotes.build import POST_BUILD_STEPS

        steps = POST_BUILD_STEPS
    result: dict = {
        "quotes": quotes,
        "steps": "full" if full else "incremental",
        "note": "2 cores shared with other work: timings are noisy",
        "rounds": {},
    }
    for name in ("catch_up", "nothing_added", f"added_{add}"):
        if name.startswith("added"):
            started = time.perf_counter()
            result["added_quotes"] = add_articles(db, add, seed=1000 + quotes)
            result["write_s"] = round(time.perf_counter() - started, 3)
        result["rounds"][name] = timed_round(db, steps)
        print(
            f"{name:>14}: " + ", ".join(f"{k} {v:.2f} s" for k, v in result["rounds"][name].items()),
            flush=True,
        )
    result["statements"] = db.execute("select count(*) from statements").fetchone()[0]
    result["loadavg"] = os.getloadavg()
    db.close()
    return result


def pairwise_groups(quotes: list[tuple[int, int, str]]) -> list[list[int]]:
    """Statement grouping as the build did it before: every pair of a speaker's
    quotes compared (the reference for :func:`council_case`)."""
    from quotes.enrich.statements import MIN_SHARED, THRESHOLD, content_words, similarity

    words = {q: frozenset(content_words(t)) for q, _, t in quotes}
    parent = {q: q for q, _, _ in quotes}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, (x, ax, tx) in enumerate(quotes):
        for y, ay, ty in quotes[i + 1 :]:
            if ax == ay or len(words[x] & words[y]) < MIN_SHARED:
                continue
            if similarity(tx, ty) >= THRESHOLD:
                parent[find(x)] = find(y)
    groups: dict[int, list[int]] = {}
    articles = {q: a for q, a, _ in quotes}
    for q, _, _ in quotes:
        groups.setdefault(find(q), []).append(q)
    return sorted(sorted(g) for g in groups.values() if len({articles[q] for q in g}) >= 2)


def council_case(articles: int = 300) -> dict:
    """Statement grouping of the quotes ``scripts/bench build`` makes (fictional
    council stories: each mayor says nearly the same thing in every article,
    the worst case for comparing pairs): the old pairwise way against
    :func:`quotes.enrich.statements.statement_groups`, on the same quotes."""
    import random

    from benchmarks.build import FIRST, LAST, TOWNS
    from quotes.enrich.statements import statement_groups

    rng = random.Random(1)
    by_speaker: dict[str, list[tuple[int, int, str]]] = {}
    quote_id = 0
    for number in range(articles):
        name, town = f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(TOWNS)
        for part in range(8):
            for text in (
                f"We will finish phase {part} of the plan in {town} by spring",
                "the costs would fall next year",
            ):
                quote_id += 1
                by_speaker.setdefault(name, []).append((quote_id, number, text))
    result = {"articles": articles, "quotes": quote_id, "speakers": len(by_speaker)}
    for name, grouping in (("pairwise_s", pairwise_groups), ("indexed_s", statement_groups)):
        started = time.perf_counter()
        result[name.replace("_s", "_groups")] = [grouping(q) for q in by_speaker.values()]
        result[name] = round(time.perf_counter() - started, 3)
    result["same_groups"] = result.pop("pairwise_groups") == result.pop("indexed_groups")
    return result


def common_words_case(quotes: int = 1000) -> dict:
    """One speaker's ``quotes`` quotes sharing very common words (as an expert's
    quotes all say "North Korea"), a tenth of them near-repeats in other
    articles: grouping from scratch compared pair by pair and with
    :func:`quotes.enrich.statements.regroup`, then regrouping after one new quote."""
    import random

    from benchmarks.scale import zipf_weights
    from quotes.enrich.statements import regroup

    rng = random.Random(3)
    vocabulary = [f"w{i}" for i in range(2000)]
    cumulative = zipf_weights(len(vocabulary), s=1.0)
    made = [
        (
            i + 1,
            rng.randint(1, 2000),
            " ".join(["north", "korea", "missile", *rng.choices(vocabulary, cum_weights=cumulative, k=15)]),
        )
        for i in range(quotes)
    ]
    for j in range(quotes // 10):
        _, _, text = made[rng.randrange(quotes)]
        made.append((quotes + j + 1, rng.randint(1, 2000), text.replace("w1 ", "w7 ", 1)))
    result: dict = {"quotes": len(made)}
    started = time.perf_counter()
    pairwise = pairwise_groups(made)
    result["pairwise_s"] = round(time.perf_counter() - started, 3)
    started = time.perf_counter()
    indexed = regroup(made)
    result["indexed_s"] = round(time.perf_counter() - started, 3)
    result["same_groups"] = pairwise == indexed
    started = time.perf_counter()
    regroup([*made, (10**9, 1, made[10][2])], kept=indexed, recompute=[10**9])
    result["one_new_quote_s"] = round(time.perf_counter() - started, 3)
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="scripts/bench postbuild", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quotes", type=int, default=100_000, help="archive size (default 100000)")
    parser.add_argument("--add", type=int, default=10, help="articles added in the last round (default 10)")
    parser.add_argument(
        "--work",
        type=Path,
        default=Path("/tmp/quotes-bench-postbuild"),
        help="where the archive is copied (deleted at the end)",
    )
    parser.add_argument("--full", action="store_true", help="time the whole-archive steps instead")
    args = parser.parse_args(argv)
    print(
        f"== post-build steps on {args.quotes:,} synthetic quotes "
        f"({'whole-archive' if args.full else 'incremental'}; noisy: 2 shared cores) ==",
        flush=True,
    )
    council = council_case()
    print(
        f"statement grouping, {council['quotes']} near-identical council quotes of {council['speakers']} "
        f"speakers: every pair {council['pairwise_s']:.2f} s, indexed {council['indexed_s']:.2f} s, "
        f"same groups: {council['same_groups']}",
        flush=True,
    )
    common = common_words_case() if not args.full else None
    if common:
        print(
            f"statement grouping, {common['quotes']} quotes of one speaker sharing common words: every pair "
            f"{common['pairwise_s']:.2f} s, indexed {common['indexed_s']:.2f} s (same groups: "
            f"{common['same_groups']}), one new quote {common['one_new_quote_s']:.3f} s",
            flush=True,
        )
    try:
        result = run(args.quotes, add=args.add, work=args.work, full=args.full)
    finally:
        shutil.rmtree(args.work, ignore_errors=True)
    result["council"] = council
    result["common_words"] = common
    out = RESULTS / f"postbuild{'-full' if args.full else ''}-{args.quotes}.json"
    out.write_text(json.dumps(result, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
