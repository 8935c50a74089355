"""SQLite full-text search over quotes (FTS5), kept in sync by triggers.

``quotes_fts`` is a standalone FTS5 table whose ``rowid`` is ``quotes.id``. It
indexes four columns: the quote ``text``, the ``speaker`` (name and aliases),
the ``affiliation`` (as stated in the article and as known for the speaker)
and the article ``title``. Words are stemmed (porter) and diacritics folded,
so ``trapping`` finds ``trap`` and ``Zoe`` finds ``Zoë``.

Triggers on ``quotes``, ``speakers`` and ``articles`` keep the index current
when quotes are inserted, updated or deleted, a speaker is renamed or changes
affiliation, or an article title changes. :func:`rebuild` re-creates the index
from the tables and :func:`check` reports any drift.

Searching is split in two: :func:`search_sql` builds the SQL
(the Datasette canned query ``search_quotes`` is the same SQL) and
:func:`search` runs it. :func:`fts_query` turns what a person types into a safe
FTS5 expression; it is registered as the SQL function ``quotes_fts_query``.

A query is at most :data:`MAX_QUERY_CHARS` characters and
:data:`MAX_QUERY_WORDS` words (:func:`query_size_problem`). SQLite's progress
handler, which enforces Datasette's SQL time limit, runs between virtual
machine instructions, and FTS5 parses the expression, opens one cursor per
phrase and computes ``bm25()`` and ``snippet()`` over every phrase inside
single instructions: a 50,000-phrase query held one instruction for minutes,
with no chance to stop it. Bounding the query bounds those instructions.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import sqlite_utils

from quotes.errors import QuotesError
from quotes.progress import Counter, OnProgress

FTS_TABLE = "quotes_fts"
FTS_COLUMNS = ("text", "speaker", "affiliation", "title")
TOKENIZE = "porter unicode61 remove_diacritics 2"
# bm25() weights, in FTS_COLUMNS order: words of the quote count most.
BM25_WEIGHTS = (10.0, 4.0, 2.0, 1.0)
# Markers snippet() puts around matched words; the plugin turns them into <mark>.
MARK_OPEN = "<mark>"
MARK_CLOSE = "</mark>"
NOTHING = '""'
"""An FTS5 expression that is valid and matches no row (an empty phrase)."""
MAX_QUERY_CHARS = 1_000
"""The longest search, in characters (the FTS5 and the whoosh searches)."""
MAX_QUERY_WORDS = 32
"""The most words a search may have (words inside a quoted phrase count one by one)."""
_QUERY_WORD_RE = re.compile(r"\w+(?![\w:])")
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR", "TO", "ANDNOT", "ANDMAYBE"})


class QueryLimitError(QuotesError):
    """A search longer than :data:`MAX_QUERY_CHARS` or with more than :data:`MAX_QUERY_WORDS` words."""


class SearchQueryError(QuotesError):
    """A raw FTS5 query that SQLite cannot parse."""

    def __init__(self, query: str, problem: str):
        self.query = query
        self.problem = problem
        super().__init__(
            f"search {query!r} is not a valid FTS5 query ({problem}); "
            "leave out raw mode to search for the words as typed"
        )


# -- what goes into the index ------------------------------------------------

_SPEAKER_SQL = """trim(coalesce(speakers.name, '') || ' ' || case
    when json_valid(speakers.aliases) and json_type(speakers.aliases) = 'array'
    then coalesce((select group_concat(value, ' ') from json_each(speakers.aliases)), '')
    else '' end)"""

_AFFILIATION_SQL = """trim(coalesce(quotes.affiliation, '') || case
    when speakers.affiliation is not null and speakers.affiliation != coalesce(quotes.affiliation, '')
    then ' ' || speakers.affiliation else '' end)"""


def source_sql(where: str = "") -> str:
    """The SELECT giving ``rowid, text, speaker, affiliation, title`` for quotes.

    ``where`` (SQL, e.g. ``"quotes.id = new.id"``) limits the rows.
    """
    sql = (
        f"select quotes.id, quotes.text, {_SPEAKER_SQL}, {_AFFILIATION_SQL}, articles.title\n"
        "from quotes\n"
        "left join speakers on speakers.id = quotes.speaker_id\n"
        "left join articles on articles.id = quotes.article_id"
    )
    if where:
        sql += f"\nwhere {where}"
    return sql


def _insert_sql(where: str) -> str:
    columns = ", ".join(FTS_COLUMNS)
    return f"insert into {FTS_TABLE} (rowid, {columns})\n{source_sql(where)};"


def _reindex_sql(where: str) -> str:
    """Delete and re-insert the index rows of the quotes matching ``where``."""
    return f"delete from {FTS_TABLE} where rowid in (select id from quotes where {where});\n" + _insert_sql(
        where
    )


TRIGGERS = {
    "quotes_fts_insert": f"""after insert on quotes begin
{_insert_sql("quotes.id = new.id")}
end""",
    "quotes_fts_update": f"""after update of id, text, speaker_id, affiliation, article_id on quotes begin
delete from {FTS_TABLE} where rowid = old.id;
{_insert_sql("quotes.id = new.id")}
end""",
    "quotes_fts_delete": f"""after delete on quotes begin
delete from {FTS_TABLE} where rowid = old.id;
end""",
    "speakers_fts_update": f"""after update of name, aliases, affiliation on speakers begin
{_reindex_sql("quotes.speaker_id = new.id")}
end""",
    "speakers_fts_delete": f"""after delete on speakers begin
{_reindex_sql("quotes.speaker_id = old.id")}
end""",
    "articles_fts_update": f"""after update of title on articles begin
{_reindex_sql("quotes.article_id = new.id")}
end""",
}


def create(db: sqlite_utils.Database) -> None:
    """Create ``quotes_fts`` and its triggers, and index the quotes already there.

    Used by the migration ``m002_quotes_fts``; safe to call again.
    """
    columns = ", ".join(FTS_COLUMNS)
    db.execute(f"create virtual table if not exists {FTS_TABLE} using fts5({columns}, tokenize='{TOKENIZE}')")
    for name, body in TRIGGERS.items():
        db.execute(f"drop trigger if exists {name}")
        db.execute(f"create trigger {name} {body}")
    rebuild(db)


BULK_HASH_BYTES = 64 * 1024 * 1024
"""FTS5's ``hashsize`` during a bulk load: the memory for terms indexed but
not written to the index yet (at most; FTS5's default is 1 MB). With this
much, the 100,000 quotes of a bulk load's transaction go to the index as one
segment instead of dozens that FTS5 would merge again and again."""
_HASHSIZE_SQL = f"insert into {FTS_TABLE} ({FTS_TABLE}, rank) values ('hashsize', ?)"
_STORED_HASHSIZE_SQL = f"select v from {FTS_TABLE}_config where k = 'hashsize'"
_FTS5_DEFAULT_HASH_BYTES = 1024 * 1024


@contextlib.contextmanager
def pending_terms_kept(db: sqlite_utils.Database, *, hash_bytes: int | None = None) -> Iterator[None]:
    """Let FTS5 keep up to ``hash_bytes`` (:data:`BULK_HASH_BYTES`) of pending terms in memory for the
    block, which must be inside a transaction; the setting stored in the
    database is put back before the block ends (on an error, the rollback
    puts it back)."""
    stored = db.execute(_STORED_HASHSIZE_SQL).fetchone()
    db.execute(_HASHSIZE_SQL, [hash_bytes or BULK_HASH_BYTES])
    yield
    db.execute(_HASHSIZE_SQL, [stored[0] if stored else _FTS5_DEFAULT_HASH_BYTES])
    if stored is None:  # FTS5 wrote the setting as a row; leave the table as it was
        db.execute(f"delete from {FTS_TABLE}_config where k = 'hashsize'")


def index_quotes(db: sqlite_utils.Database, where: str, params: list[int]) -> int:
    """Index the quotes matching ``where`` (SQL over ``quotes``, with ``params``)
    in one statement, as the insert trigger does row by row (a bulk load pauses
    it); returns how many were indexed."""
    cursor = db.execute(_insert_sql(where).rstrip(";"), params)
    return max(cursor.rowcount, 0)


REBUILD_CHUNK = 20_000
"""Quote ids indexed per statement by :func:`rebuild` (one progress report each)."""


def rebuild(db: sqlite_utils.Database, *, on_progress: OnProgress | None = None) -> int:
    """Re-create the index from the tables and return the number of quotes indexed.

    One transaction: readers see the old index until the new one is complete.
    ``on_progress`` hears of the quotes indexed, a chunk at a time."""
    low, high, total = db.execute("select min(id), max(id), count(*) from quotes").fetchone()
    quotes = Counter(on_progress, task="quotes indexed", total=total, unit="quotes")
    quotes.start()
    insert = f"insert into {FTS_TABLE} (rowid, {', '.join(FTS_COLUMNS)})\n{source_sql('quotes.id between ? and ?')}"
    with db.atomic():
        db.execute(f"delete from {FTS_TABLE}")
        for first in range(low or 0, (high or -1) + 1, REBUILD_CHUNK):
            cursor = db.execute(insert, [first, first + REBUILD_CHUNK - 1])
            quotes.advance(max(cursor.rowcount, 0))
        db.execute(f"insert into {FTS_TABLE} ({FTS_TABLE}) values ('optimize')")
    return db.execute(f"select count(*) from {FTS_TABLE}").fetchone()[0]


def check(db: sqlite_utils.Database) -> list[str]:
    """Compare the index with the tables; return the problems found (empty when in sync)."""
    problems = []
    try:
        db.execute(f"insert into {FTS_TABLE} ({FTS_TABLE}, rank) values ('integrity-check', 1)")
    except sqlite3.OperationalError as error:
        if "readonly" not in str(error):  # FTS5's own check is an INSERT: not on read-only media
            problems.append(f"{FTS_TABLE} is damaged ({error}): run rebuild")
    except sqlite3.DatabaseError as error:
        problems.append(f"{FTS_TABLE} is damaged ({error}): run rebuild")
    missing = db.execute(
        f"select count(*) from quotes where id not in (select rowid from {FTS_TABLE})"
    ).fetchone()[0]
    if missing:
        problems.append(f"{missing} quote(s) missing from {FTS_TABLE}")
    extra = db.execute(
        f"select count(*) from {FTS_TABLE} where rowid not in (select id from quotes)"
    ).fetchone()[0]
    if extra:
        problems.append(f"{extra} row(s) in {FTS_TABLE} for quotes that no longer exist")
    columns = ", ".join(FTS_COLUMNS)
    stale = db.execute(
        f"select count(*) from (select rowid, {columns} from {FTS_TABLE} "
        f"except select * from ({source_sql()}))"
    ).fetchone()[0]
    stale -= extra
    if stale:
        problems.append(f"{stale} row(s) in {FTS_TABLE} are out of date")
    return problems


# -- queries -------------------------------------------------------------------

_TERM_RE = re.compile(r'(-?)(?:"([^"]*)"?(\**)|([^\s"]+))')


def _has_token(text: str) -> bool:
    """True when the unicode61 tokenizer would find a word in ``text``."""
    return any(unicodedata.category(ch)[0] in "LN" or unicodedata.category(ch) == "Co" for ch in text)


def query_size_problem(q: str | None) -> str | None:
    """Why the search ``q`` is too large to run, or None when it is within
    :data:`MAX_QUERY_CHARS` and :data:`MAX_QUERY_WORDS` (field names such as
    ``speaker:`` and the operators ``AND``, ``OR``, ``NOT`` are not counted)."""
    if not q:
        return None
    if len(q) > MAX_QUERY_CHARS:
        return f"the search is {len(q):,} characters long; the limit is {MAX_QUERY_CHARS:,}"
    words = sum(1 for word in _QUERY_WORD_RE.findall(q) if word not in _OPERATORS)
    if words > MAX_QUERY_WORDS:
        return f"the search has {words} words; the limit is {MAX_QUERY_WORDS}"
    return None


def check_query_size(q: str | None) -> None:
    """Raise :class:`QueryLimitError` when :func:`query_size_problem` finds one."""
    problem = query_size_problem(q)
    if problem:
        raise QueryLimitError(problem)


def fts_query(q: str | None) -> str:
    """Turn what a person typed into a safe FTS5 expression.

    Words and ``"quoted phrases"`` are each quoted and joined with AND; a
    trailing ``*`` asks for a prefix (``rob*`` finds Robert); ``OR`` between
    two terms means either; a leading ``-`` excludes a term. Unbalanced quotes
    are closed, operators and brackets in other places are searched as text.
    The result is always valid FTS5: an empty query gives :data:`NOTHING`.
    Raises :class:`QueryLimitError` for a search over the size limits.
    """
    if not q:
        return NOTHING
    check_query_size(q)
    clauses: list[list[str]] = []
    excluded: list[str] = []
    pending_or = False
    for kind, term in _terms(q):
        if kind == "or":
            pending_or = bool(clauses)
            continue
        if kind == "not":
            excluded.append(term)
        elif pending_or:
            clauses[-1].append(term)
        else:
            clauses.append([term])
        pending_or = False
    if not clauses:
        return NOTHING
    parts = [
        alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"
        for alternatives in clauses
    ]
    return " AND ".join(parts) + "".join(f" NOT {term}" for term in excluded)


def _terms(q: str) -> Iterator[tuple[str, str]]:
    """The terms of what a person typed, each quoted for FTS5: ``("and", term)``,
    ``("not", term)`` for an excluded one, and ``("or", "")`` for a bare ``OR``.
    Terms without a word in them are left out."""
    # FTS5 ends a string at NUL; other control characters are separators anyway.
    q = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in q)
    for match in _TERM_RE.finditer(q):
        minus, phrase, phrase_stars, word = match.groups()
        if phrase is not None:
            text, stars = phrase, bool(phrase_stars)
        else:
            text = word.rstrip("*")
            stars = text != word
            if not minus and not stars and text == "OR":
                yield "or", ""
                continue
            text = text.lstrip("-")
        if _has_token(text):
            yield ("not" if minus else "and"), '"' + text.replace('"', '""') + '"' + ("*" if stars else "")


def query_problem(conn: sqlite3.Connection, query: str, *, table: str = FTS_TABLE) -> str | None:
    """Why SQLite cannot run ``query`` as an FTS5 expression on ``table``, or None if it can."""
    quoted = '"' + table.replace('"', '""') + '"'
    try:
        conn.execute(
            f"select count(*) from (select rowid from {quoted} where {quoted} match ? limit 1)", [query]
        ).fetchone()
    except sqlite3.OperationalError as error:
        return str(error)
    return None


def register_functions(conn: sqlite3.Connection) -> None:
    """Register ``quotes_fts_query(q)`` on a connection."""
    conn.create_function("quotes_fts_query", 1, fts_query, deterministic=True)


SHOWN_COLUMNS = "quote_id, snippet, speaker, affiliation, kind, article_title, outlet, published"
"""The columns of a search a page shows: the ranking score orders the rows but is not one of them."""


def search_sql(*, limit: int = 50, raw: bool = False, score: bool = True) -> str:
    """The SQL of a ranked quote search with highlighted snippets.

    Takes one parameter, ``:q``. Rows come best first by bm25(); each has
    ``quote_id``, ``snippet`` (the quote with matches between
    :data:`MARK_OPEN` and :data:`MARK_CLOSE`), ``speaker``, ``affiliation``,
    ``article_title``, ``outlet``, ``published`` and ``score``. An empty query
    returns the most recent quotes instead. With ``raw`` the query is passed
    to FTS5 as it is (the FTS5 query language); otherwise through
    ``quotes_fts_query()``, which must be registered (:func:`register_functions`).
    Without ``score`` the rows are in the same order but the score column is
    left out (the canned query shows people no raw bm25 numbers).
    """
    match = ":q" if raw else "quotes_fts_query(:q)"
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    limit = int(limit)
    # Rank and cut first, then make snippets for the rows kept only (snippet()
    # in the ranking query would run for every match); the second branch
    # answers the empty query with the newest quotes.
    shown = "*" if score else SHOWN_COLUMNS
    return f"""with ranked as (
  select rowid as quote_id, bm25({FTS_TABLE}, {weights}) as score
  from {FTS_TABLE}
  where coalesce(trim(:q), '') != '' and {FTS_TABLE} match {match}
  order by score
  limit {limit}
)
select {shown} from (
  select
    ranked.quote_id as quote_id,
    snippet({FTS_TABLE}, 0, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 32) as snippet,
    quote_details.speaker as speaker,
    quote_details.speaker_affiliation as affiliation,
    quote_details.kind as kind,
    quote_details.article_title as article_title,
    quote_details.outlet as outlet,
    quote_details.published as published,
    ranked.score as score
  from ranked
  cross join {FTS_TABLE} on {FTS_TABLE}.rowid = ranked.quote_id
  join quote_details on quote_details.quote_id = ranked.quote_id
  where {FTS_TABLE} match {match}
  union all
  select * from (
    select quotes.id, quotes.text, speakers.name, coalesce(quotes.affiliation, speakers.affiliation),
      quotes.kind, articles.title, articles.outlet, articles.published, null
    from articles
    cross join quotes on quotes.article_id = articles.id
    left join speakers on speakers.id = quotes.speaker_id
    where coalesce(trim(:q), '') = ''
    order by articles.published desc
    limit {limit}
  )
)
order by score is null, score, published desc, quote_id desc"""


@dataclass
class SearchHit:
    """One quote found by :func:`search`; ``snippet`` marks the matched words."""

    quote_id: int
    snippet: str
    speaker: str | None
    affiliation: str | None
    kind: str
    article_title: str | None
    outlet: str | None
    published: str | None
    score: float | None


def search(db: sqlite_utils.Database, q: str, *, limit: int = 50, raw: bool = False) -> list[SearchHit]:
    """Search quotes, best first. ``raw`` accepts the FTS5 query language.

    Raises :class:`SearchQueryError` when a raw query cannot be parsed, and
    :class:`QueryLimitError` when it is over the size limits.
    """
    check_query_size(q)
    register_functions(db.conn)
    if raw and (q or "").strip():
        problem = query_problem(db.conn, q)
        if problem:
            raise SearchQueryError(q, problem)
    cursor = db.execute(search_sql(limit=limit, raw=raw), {"q": q})
    columns = [description[0] for description in cursor.description]
    return [SearchHit(**dict(zip(columns, row))) for row in cursor.fetchall()]
