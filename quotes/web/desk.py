"""The quote desk: what the home page shows a journalist first.

:func:`desk` reads, from a quotes database, the latest quotes (with speaker,
role, affiliation, outlet, date and stance), the most-quoted speakers of the
week, the month and all time, the statements several articles report, and the
counts. It is a pure function over a sqlite3 connection, used by the home page
(``templates/index.html``), its JSON (``/-/desk.json``) and the empty search page.

Weeks and months are counted back from today, or, when the newest article is
older than a week, from the date of the newest article: an archive of old news
still shows who was quoted most in its last week and month, and the page says so.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from quotes.store.columns import json_list

LATEST_QUOTES = 8
TOP_SPEAKERS = 5
SHARED_STATEMENTS = 5
STATEMENT_CANDIDATES = 200
"""The statements with most quotes looked at for those several articles report."""
PERIODS = (("week", 7), ("month", 30), ("all time", None))
"""The windows of the most-quoted lists: a name and a number of days (None: no limit)."""

# Every query below is served by an index (articles.published, quotes.article_id,
# quotes.speaker_id, quotes.statement_id), so the desk stays quick at a million quotes.
LATEST_ARTICLES_SQL = """select id from articles where published >= '0' order by published desc, id desc
limit :limit"""
UNDATED_ARTICLES_SQL = "select id from articles where published is null order by id desc limit :limit"

LATEST_SQL = """select quote_list.quote_id, quote_list.quote, quotes.text as words, quote_list.kind, quotes.cue,
  quote_list.speaker, quote_list.speaker_id, quote_list.role, quote_list.affiliation,
  quote_list.outlet, quote_list.published, quote_list.stance, quote_list.article_title,
  quote_list.article_id
from quote_list join quotes on quotes.id = quote_list.quote_id
where quote_list.article_id in (select value from json_each(:articles))
order by quote_list.published is null, quote_list.published desc, quote_list.article_id desc,
  quote_list.quote_id desc
limit :limit"""

NAMED_SPEAKERS = "(select id from speakers where scope is null)"
"""Speakers named, not described (``analysts`` is scoped to its article): the ones ranked."""

TOP_SPEAKERS_ALL_TIME_SQL = f"""select speaker_id, count(*) as quotes from quotes
where speaker_id in {NAMED_SPEAKERS} group by speaker_id order by quotes desc, speaker_id limit :limit"""

TOP_SPEAKERS_SINCE_SQL = """select quotes.speaker_id, count(*) as quotes
from articles join quotes on quotes.article_id = articles.id
join speakers on speakers.id = quotes.speaker_id and speakers.scope is null
where articles.published >= :since
group by quotes.speaker_id order by quotes desc, quotes.speaker_id limit :limit"""

SPEAKER_NAMES_SQL = "select id, name from speakers where id in (select value from json_each(:ids))"

SHARED_STATEMENTS_SQL = """with candidates as (
  select id from statements where quote_count > 1 order by quote_count desc, id desc limit :candidates
)
select statements.id as statement_id, speakers.id as speaker_id,
  speakers.name as speaker, statements.text as text, statements.variant_count as wordings,
  count(distinct quotes.article_id) as articles, count(distinct articles.outlet) as outlets,
  json_group_array(distinct articles.outlet) as outlet_names,
  max(articles.published) as last_published, min(quotes.kind) as kind
from candidates
join statements on statements.id = candidates.id
join speakers on speakers.id = statements.speaker_id
join quotes on quotes.statement_id = statements.id
join articles on articles.id = quotes.article_id
group by statements.id
having count(distinct quotes.article_id) > 1
order by outlets desc, articles desc, last_published desc, statements.id
limit :limit"""

COUNTS_SQL = """select
  (select count(*) from quotes) as quotes,
  (select count(*) from speakers) as speakers,
  (select count(*) from articles) as articles,
  (select count(distinct outlet) from articles) as outlets,
  (select count(*) from statements) as statements,
  (select max(published) from articles where published >= '0' and published < ':') as newest"""
"""The counts; ``newest`` is the latest published value that starts with a digit."""


@dataclass(frozen=True)
class Period:
    """One window of the most-quoted lists: its name and first day (None: all time)."""

    name: str
    since: str | None


def reference_day(newest: str | None, *, today: date) -> tuple[date, bool]:
    """The day weeks and months are counted back from, and whether it is the
    newest article's date (an archive whose newest article is over a week old)."""
    if newest:
        try:
            newest_day = date.fromisoformat(newest[:10])
        except ValueError:
            return today, False
        if newest_day < today - timedelta(days=7):
            return newest_day, True
    return today, False


def periods(reference: date) -> list[Period]:
    """The windows of the most-quoted lists, ending on ``reference``."""
    return [
        Period(name=name, since=None if days is None else (reference - timedelta(days=days - 1)).isoformat())
        for name, days in PERIODS
    ]


def _rows(conn: sqlite3.Connection, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _article_ids(conn: sqlite3.Connection, limit: int) -> list[int]:
    """The newest ``limit`` articles by date, then the newest undated ones."""
    ids = [row[0] for row in conn.execute(LATEST_ARTICLES_SQL, {"limit": limit})]
    if len(ids) < limit:
        ids += [row[0] for row in conn.execute(UNDATED_ARTICLES_SQL, {"limit": limit - len(ids)})]
    return ids


def latest_quotes(conn: sqlite3.Connection, *, limit: int = LATEST_QUOTES) -> list[dict[str, Any]]:
    """The newest quotes (by article date, undated last), ``stance`` as a list."""
    articles = json.dumps(_article_ids(conn, limit))
    quotes = _rows(conn, LATEST_SQL, {"articles": articles, "limit": limit})
    for quote in quotes:
        quote["stance"] = json_list(quote["stance"])
    return quotes


def most_quoted(
    conn: sqlite3.Connection, since: str | None, *, limit: int = TOP_SPEAKERS
) -> list[dict[str, Any]]:
    """The speakers with most quotes in articles published since ``since`` (all time for None)."""
    if since is None:
        counts = _rows(conn, TOP_SPEAKERS_ALL_TIME_SQL, {"limit": limit})
    else:
        counts = _rows(conn, TOP_SPEAKERS_SINCE_SQL, {"since": since, "limit": limit})
    ids = [row["speaker_id"] for row in counts]
    names = dict(conn.execute(SPEAKER_NAMES_SQL, {"ids": json.dumps(ids)}).fetchall())
    return [{**row, "speaker": names.get(row["speaker_id"])} for row in counts]


def shared_statements(conn: sqlite3.Connection, *, limit: int = SHARED_STATEMENTS) -> list[dict[str, Any]]:
    """Statements several articles report, those in most outlets first."""
    statements = _rows(conn, SHARED_STATEMENTS_SQL, {"candidates": STATEMENT_CANDIDATES, "limit": limit})
    for statement in statements:
        statement["outlet_names"] = sorted(filter(None, json_list(statement["outlet_names"])))
    return statements


def desk(conn: sqlite3.Connection, *, today: date | None = None) -> dict[str, Any]:
    """Everything the quote desk shows (see the module docstring)."""
    counts = _rows(conn, COUNTS_SQL, {})[0]
    reference, from_newest = reference_day(counts["newest"], today=today or date.today())
    top = [
        {"period": period.name, "since": period.since, "speakers": most_quoted(conn, period.since)}
        for period in periods(reference)
    ]
    return {
        "counts": counts,
        "reference_day": reference.isoformat(),
        "reference_is_newest_article": from_newest,
        "latest": latest_quotes(conn),
        "most_quoted": top,
        "shared_statements": shared_statements(conn),
    }
