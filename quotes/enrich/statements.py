"""Statements: the same remark quoted in several articles, perhaps worded differently.

Two quotes belong to one statement when they have the same speaker, come from
different articles, and their wording is near-identical by :func:`similarity`:

- the texts are reduced to content words (lower case, stop words and
  bracketed editorial insertions like ``[missile launch]`` removed);
- the similarity is the larger of the *overlap coefficient* of the two word
  sets (shared words / words of the shorter quote) and difflib's ratio of the
  two word sequences;
- quotes match when the similarity is at least :data:`THRESHOLD` (0.6) and they
  share at least :data:`MIN_SHARED` (3) content words, so that two short,
  generic remarks ("It is important") never make a statement.

Matches are transitive (union-find): a quote split in two by one outlet joins
the single longer quote of another. Quotes that match nothing keep
``statement_id`` null.

A build calls :func:`update_statements`, which regroups only the speakers of
quotes added, deleted, re-spanned or reassigned since the last build (read
from the change log, :mod:`quotes.store.changes`), comparing only the pairs that
involve such a quote; :func:`group_statements` regroups everything. Both give
the same statements, and a statement that did not change keeps its row and
id. Candidate pairs come from an inverted index of each speaker's content
words (:func:`regroup`), not from comparing every pair.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import sqlite_utils

from quotes.store import changes
from quotes.store.sql import chunks, insert_row, placeholders

THRESHOLD = 0.6
MIN_SHARED = 3
STATEMENT_COLUMNS = ("speaker_id", "text", "quote_count", "variant_count")

STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as into about than then that this these those
    it its it's is are was were be been being am do does did done has have had having i me my we us our you
    your he him his she her they them their there here what which who whom whose when where why how not no
    so too very can could will would shall should may might must just also some any all s t ve ll re d m
    said says say""".split()
)


def content_words(text: str) -> list[str]:
    """The content words of ``text`` in order: lower case, without stop words
    or bracketed insertions (``[missile launch]``)."""
    text = re.sub(r"\[[^\]]*\]", " ", text)
    words = re.findall(r"[a-z0-9]+", text.casefold().replace("\u2019", "'"))
    return [w for w in words if w not in STOPWORDS]


def similarity(a: str, b: str) -> float:
    """How alike two quotes are worded, from 0 to 1 (see the module docstring)."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    sa, sb = set(wa), set(wb)
    overlap = len(sa & sb) / min(len(sa), len(sb))
    ratio = difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio()
    return max(overlap, ratio)


def same_statement(a: str, b: str, *, threshold: float = THRESHOLD, min_shared: int = MIN_SHARED) -> bool:
    """True when quotes ``a`` and ``b`` are one statement worded alike."""
    shared = set(content_words(a)) & set(content_words(b))
    return len(shared) >= min_shared and similarity(a, b) >= threshold


def _find(parent: dict[int, int], x: int) -> int:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _similar(
    wa: list[str], wb: list[str], sa: frozenset, sb: frozenset, *, threshold: float, min_shared: int
) -> bool:
    """:func:`same_statement` of two quotes from their content words (lists
    and sets), running difflib only when its ratio may reach ``threshold``:
    the ratio ``2M/(len(wa) + len(wb))`` has ``M`` at most the shared words
    plus the repeated words of either quote."""
    shared = len(sa & sb)
    if shared < min_shared:
        return False
    if shared / min(len(sa), len(sb)) >= threshold:
        return True
    repeated = min(len(wa) - len(sa), len(wb) - len(sb))
    if 2.0 * (shared + repeated) / (len(wa) + len(wb)) < threshold:
        return False
    return difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio() >= threshold


def regroup(
    quotes: list[tuple[int, int, str]],
    *,
    kept: Iterable[Iterable[int]] = (),
    recompute: Iterable[int] | None = None,
    threshold: float = THRESHOLD,
    min_shared: int = MIN_SHARED,
) -> list[list[int]]:
    """Group one speaker's quotes ``(quote id, article id, text)`` into
    statements (lists of quote ids spanning at least two articles), comparing
    only the pairs with at least one quote in ``recompute`` (default: all).

    ``kept`` are groups known to hold (statements none of whose quotes
    changed): their quotes start joined. The result is the same as comparing
    every pair when no two quotes outside ``recompute`` match unless they are
    in one ``kept`` group (true of the quotes of an earlier grouping that did
    not change).

    Candidate pairs come from inverted indexes of content words with prefix
    filtering, so that the longest posting lists (the speaker's most common
    words) are mostly not read, and yet no matching pair is missed: see
    :func:`_prefixes`.
    """
    article = {q: a for q, a, _ in quotes}
    words = {q: content_words(t) for q, _, t in quotes}
    sets = {q: frozenset(w) for q, w in words.items()}
    parent = {q: q for q in article}
    for group in kept:
        members = [q for q in group if q in parent]
        for q in members[1:]:
            parent[_find(parent, q)] = _find(parent, members[0])
    todo = set(article) if recompute is None else set(recompute) & parent.keys()
    for x, y in _candidate_pairs(words, sets, todo, threshold=threshold, min_shared=min_shared):
        if article[x] == article[y]:
            continue
        rx, ry = _find(parent, x), _find(parent, y)
        if rx != ry and _similar(
            words[x], words[y], sets[x], sets[y], threshold=threshold, min_shared=min_shared
        ):
            parent[rx] = ry
    groups: dict[int, list[int]] = defaultdict(list)
    for q in article:
        groups[_find(parent, q)].append(q)
    return sorted(sorted(group) for group in groups.values() if len({article[q] for q in group}) >= 2)


def _candidate_pairs(
    words: dict[int, list[str]],
    sets: dict[int, frozenset[str]],
    todo: set[int],
    *,
    threshold: float,
    min_shared: int,
) -> Iterator[tuple[int, int]]:
    """The pairs of quotes that may match with at least one quote in ``todo``,
    in the order :func:`regroup` compares them: each pair once, from its smaller
    quote (fewer distinct words) when that one is in ``todo``, else from the larger."""
    rank = {q: (len(sets[q]), q) for q in sets}
    long_prefix, short_prefix = _prefixes(words, sets, threshold=threshold, min_shared=min_shared)
    long_postings: dict[str, list[int]] = defaultdict(list)
    short_postings: dict[str, list[int]] = defaultdict(list)
    for q in sets:
        for w in long_prefix[q]:
            long_postings[w].append(q)
        for w in short_prefix[q]:
            short_postings[w].append(q)
    for x in sorted(todo):
        larger = {y for w in short_prefix[x] for y in long_postings[w] if rank[y] > rank[x]}
        smaller = {
            y for w in long_prefix[x] for y in short_postings[w] if rank[y] < rank[x] and y not in todo
        }
        for y in sorted(larger | smaller):
            yield x, y


def _prefixes(
    words: dict[int, list[str]], sets: dict[int, frozenset], *, threshold: float, min_shared: int
) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """The long and short prefixes of each quote's distinct words, ordered
    rarest first (fewest quotes of this speaker, then alphabetically).

    Two quotes A and B (A with no more distinct words than B) can only match
    when they share ``s >= k(A)`` distinct words, where ``k(A)`` is the larger
    of ``min_shared`` and ``t*d - (1 - t/2)*r`` (``t`` the threshold, ``d`` A's
    distinct words, ``r`` its repeated ones): the overlap coefficient needs
    ``s >= t*d``; difflib's ratio ``2M/(len A + len B)`` with ``M <= s + r``
    needs ``s >= t*d - (1 - t/2)*r``. Then the rarest shared word is among
    A's first ``d - k(A) + 1`` words (its short prefix) and among B's first
    ``len(B) - min_shared + 1`` (its long prefix). So a quote finds every
    larger quote it may match by looking up its short prefix in the index of
    long prefixes, and every smaller one by looking up its long prefix in the
    index of short prefixes.
    """
    frequency: Counter = Counter()
    for s in sets.values():
        frequency.update(s)
    long_prefix, short_prefix = {}, {}
    for q, distinct in sets.items():
        ordered = sorted(distinct, key=lambda w: (frequency[w], w))
        d, r = len(distinct), len(words[q]) - len(distinct)
        k = max(min_shared, math.ceil(threshold * d - (1 - threshold / 2) * r - 1e-9))
        long_prefix[q] = ordered[: max(0, d - min_shared + 1)]
        short_prefix[q] = ordered[: max(0, d - k + 1)]
    return long_prefix, short_prefix


def statement_groups(
    quotes: list[tuple[int, int, str]], *, threshold: float = THRESHOLD, min_shared: int = MIN_SHARED
) -> list[list[int]]:
    """Group one speaker's quotes ``(quote id, article id, text)`` into
    statements: lists of quote ids spanning at least two articles."""
    return regroup(quotes, threshold=threshold, min_shared=min_shared)


@dataclass(frozen=True)
class _Statement:
    speaker_id: int
    quote_ids: tuple[int, ...]
    text: str
    quote_count: int
    variant_count: int


def _statement(speaker_id: int, group: list[int], texts: dict[int, str]) -> _Statement:
    variants = {" ".join(content_words(texts[q])) for q in group}
    return _Statement(
        speaker_id=speaker_id,
        quote_ids=tuple(group),
        text=max((texts[q] for q in group), key=len),
        quote_count=len(group),
        variant_count=len(variants),
    )


def _speaker_quotes(
    db: sqlite_utils.Database, speaker_ids: list[int]
) -> dict[int, list[tuple[int, int, str, int | None]]]:
    found: dict[int, list[tuple[int, int, str, int | None]]] = defaultdict(list)
    for ids in chunks(speaker_ids):
        for speaker_id, quote_id, article_id, text, statement_id in db.execute(
            f"""select speaker_id, id, article_id, text, statement_id from quotes
            where speaker_id in ({placeholders(ids)}) order by speaker_id, id""",
            ids,
        ):
            found[speaker_id].append((quote_id, article_id, text, statement_id))
    return found


def _wanted(
    db: sqlite_utils.Database,
    speaker_ids: list[int],
    *,
    changed: set[int] | None,
    stale: set[int],
    threshold: float,
    min_shared: int,
) -> list[_Statement]:
    """The statements of ``speaker_ids``; with ``changed``, only pairs with a
    quote in ``changed`` or in a ``stale`` statement are compared."""
    wanted = []
    for speaker_id, rows in _speaker_quotes(db, speaker_ids).items():
        if len({article_id for _, article_id, _, _ in rows}) < 2:
            continue
        texts = {q: t for q, _, t, _ in rows}
        kept: dict[int, list[int]] = defaultdict(list)
        recompute = None
        if changed is not None:
            # Unchanged quotes of unchanged statements match only each other,
            # and unchanged quotes without a statement match nothing unchanged.
            recompute = {q for q, _, _, s in rows if q in changed or s in stale}
            for q, _, _, s in rows:
                if q not in recompute and s is not None:
                    kept[s].append(q)
        for group in regroup(
            [(q, a, t) for q, a, t, _ in rows],
            kept=kept.values(),
            recompute=recompute,
            threshold=threshold,
            min_shared=min_shared,
        ):
            wanted.append(_statement(speaker_id, group, texts))
    return wanted


def _current(db: sqlite_utils.Database, statement_ids: Iterable[int] | None) -> dict[int, _Statement]:
    """The stored statements (all, or ``statement_ids``) with their quotes."""
    sql = """select statements.id, statements.speaker_id, statements.text, statements.quote_count,
        statements.variant_count, (select group_concat(id) from quotes where quotes.statement_id = statements.id)
        from statements"""
    batches = [None] if statement_ids is None else list(chunks(statement_ids))
    current = {}
    for ids in batches:
        where = "" if ids is None else f" where statements.id in ({placeholders(ids)})"
        for sid, speaker_id, text, qc, vc, members in db.execute(sql + where, ids or []):
            quote_ids = tuple(sorted(int(q) for q in (members or "").split(",") if q))
            current[sid] = _Statement(
                speaker_id=speaker_id, quote_ids=quote_ids, text=text, quote_count=qc, variant_count=vc
            )
    return current


def _write(db: sqlite_utils.Database, wanted: list[_Statement], current: dict[int, _Statement]) -> int:
    """Make the ``current`` statements into the ``wanted`` ones, writing only
    what differs (see :func:`_assign_ids`). Returns the number of rows written."""
    assigned, removed = _assign_ids(wanted, current)
    with db.atomic():
        target: dict[int, int] = {}
        for sid, statement in assigned:
            values = [statement.speaker_id, statement.text, statement.quote_count, statement.variant_count]
            if sid is None:
                sid = insert_row(db, "statements", dict(zip(STATEMENT_COLUMNS, values)))
            else:
                db.execute(
                    "update statements set speaker_id = ?, text = ?, quote_count = ?, variant_count = ? "
                    "where id = ?",
                    [*values, sid],
                )
            target.update(dict.fromkeys(statement.quote_ids, sid))
        for sid in [*removed, *(sid for sid, _ in assigned if sid is not None)]:
            for q in current[sid].quote_ids:
                if q not in target:
                    db.execute(
                        "update quotes set statement_id = null where id = ? and statement_id = ?", [q, sid]
                    )
        for q, sid in target.items():
            db.execute(
                "update quotes set statement_id = ? where id = ? and statement_id is not ?", [sid, q, sid]
            )
        for sid in removed:
            db.execute("delete from statements where id = ?", [sid])
    return len(assigned) + len(removed)


def _assign_ids(
    wanted: list[_Statement], current: dict[int, _Statement]
) -> tuple[list[tuple[int | None, _Statement]], list[int]]:
    """The wanted statements that differ from the current ones, each with the id
    it keeps (None for a new row), and the ids of the current statements to
    delete. A wanted statement keeps the id of the current one it shares the
    most quotes with (a statement that gains a quote keeps its id)."""
    unchanged = {s: sid for sid, s in current.items()}
    used = {unchanged[s] for s in wanted if s in unchanged}
    member_of = {q: sid for sid, s in current.items() for q in s.quote_ids}
    assigned: list[tuple[int | None, _Statement]] = []
    todo = [s for s in wanted if s not in unchanged]
    for statement in sorted(todo, key=lambda s: (-len(s.quote_ids), s.quote_ids)):
        shares = Counter(
            member_of[q] for q in statement.quote_ids if q in member_of and member_of[q] not in used
        )
        best = min(shares, key=lambda sid: (-shares[sid], sid)) if shares else None
        if best is not None:
            used.add(best)
        assigned.append((best, statement))
    return assigned, [sid for sid in current if sid not in used]


def group_statements(
    db: sqlite_utils.Database, *, threshold: float = THRESHOLD, min_shared: int = MIN_SHARED
) -> int:
    """Group all the quotes of ``db`` into statements from scratch (every
    speaker, every pair that shares enough words), writing only the
    statements that differ from those stored. Returns the number of statements."""
    return _group_all(db, threshold=threshold, min_shared=min_shared)[0]


def _group_all(db: sqlite_utils.Database, *, threshold: float, min_shared: int) -> tuple[int, int]:
    """(number of statements, rows written) of a regrouping from scratch."""
    speaker_ids = [
        r[0]
        for r in db.execute(
            "select speaker_id from quotes where speaker_id is not null group by speaker_id "
            "having count(distinct article_id) > 1"
        )
    ]
    wanted = _wanted(db, speaker_ids, changed=None, stale=set(), threshold=threshold, min_shared=min_shared)
    return len(wanted), _write(db, wanted, _current(db, None))


def update_statements(
    db: sqlite_utils.Database, *, threshold: float = THRESHOLD, min_shared: int = MIN_SHARED
) -> int:
    """Bring the statements up to date with the quotes changed since the last
    call (new, deleted, re-spanned or reassigned quotes: see
    :mod:`quotes.store.changes`); the first call on a database groups everything
    (:func:`group_statements`). Only the speakers of changed quotes are
    regrouped, and for them only the pairs with a changed quote, or a quote of
    a statement that lost or changed one, are compared. Statements that did
    not change keep their rows and ids. Returns the number of statements
    written (inserted, updated or deleted)."""
    todo = changes.pending(db, changes.STATEMENTS_STEP)
    if todo.full:
        written = _group_all(db, threshold=threshold, min_shared=min_shared)[1]
        changes.done(db, todo)
        return written
    if todo.empty:
        return 0
    stale = set(todo.statement_ids)
    speaker_ids = _speakers_to_regroup(db, todo.speaker_ids, stale)
    current: dict[int, _Statement] = {}
    for ids in chunks(speaker_ids):
        current.update(_current_where(db, f"speaker_id in ({placeholders(ids)})", ids))
    current.update(_current(db, stale))
    wanted = _wanted(
        db,
        sorted(speaker_ids),
        changed=todo.quote_ids,
        stale=stale,
        threshold=threshold,
        min_shared=min_shared,
    )
    written = _write(db, wanted, current)
    changes.done(db, todo)
    return written


def _speakers_to_regroup(db: sqlite_utils.Database, speaker_ids: set[int], stale: set[int]) -> set[int]:
    """The speakers of changed quotes and of ``stale`` statements (a statement's
    speaker may have changed, when speakers were merged)."""
    found = set(speaker_ids)
    for ids in chunks(stale):
        found.update(
            row[0]
            for row in db.execute(
                f"select speaker_id from statements where id in ({placeholders(ids)}) and speaker_id is not null",
                ids,
            )
        )
    return found


def _current_where(db: sqlite_utils.Database, where: str, params: list[int]) -> dict[int, _Statement]:
    """The stored statements whose row matches ``where``, with their quotes."""
    ids = [r[0] for r in db.execute(f"select id from statements where {where}", params)]
    return _current(db, ids) if ids else {}
