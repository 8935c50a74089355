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

import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from quotes.web.cards import json_list

LATEST_QUOTES = 8
TOP_SPEAKERS = 5
SHARED_STATEMENTS = 5
PERIODS = (("week", 7), ("month", 30), ("all time", None))
"""The windows of the most-quoted lists: a name and a number of days (None: no limit)."""
ISO_DATE = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*"

LATEST_SQL = """select quote_list.quote_id, quote_list.quote, quotes.text as words, quote_list.kind,
  quote_list.speaker, quote_list.speaker_id, quote_list.role, quote_list.affiliation,
  quote_list.outlet, quote_list.published, quote_list.stance, quote_list.article_title,
  quote_list.article_id
from quote_list join quotes on quotes.id = quote_list.quote_id
order by quote_list.published is null, quote_list.published desc, quote_list.quote_id desc
limit :limit"""

TOP_SPEAKERS_SQL = """select speaker_id, speaker, count(*) as quotes, count(distinct article_id) as articles
from quote_list
where speaker_id is not null and (:since is null or published >= :since)
group by speaker_id
order by quotes desc, articles desc, speaker
limit :limit"""

SHARED_STATEMENTS_SQL = """select statements.id as statement_id, speakers.id as speaker_id,
  speakers.name as speaker, statements.text as text, statements.variant_count as wordings,
  count(distinct quotes.article_id) as articles, count(distinct articles.outlet) as outlets,
  json_group_array(distinct articles.outlet) as outlet_names,
  max(articles.published) as last_published, min(quotes.kind) as kind
from statements
join speakers on speakers.id = statements.speaker_id
join quotes on quotes.statement_id = statements.id
join articles on articles.id = quotes.article_id
group by statements.id
having count(distinct quotes.article_id) > 1
order by outlets desc, articles desc, last_published desc, statements.id
limit :limit"""

COUNTS_SQL = f"""select
  (select count(*) from quotes) as quotes,
  (select count(distinct speaker_id) from quotes) as speakers,
  (select count(*) from articles) as articles,
  (select count(distinct outlet) from articles) as outlets,
  (select count(*) from statements) as statements,
  (select max(substr(published, 1, 10)) from articles where published glob '{ISO_DATE}') as newest"""


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


def latest_quotes(conn: sqlite3.Connection, *, limit: int = LATEST_QUOTES) -> list[dict[str, Any]]:
    """The newest quotes (by article date, undated last), ``stance`` as a list."""
    quotes = _rows(conn, LATEST_SQL, {"limit": limit})
    for quote in quotes:
        quote["stance"] = json_list(quote["stance"])
    return quotes


def desk(conn: sqlite3.Connection, *, today: date | None = None) -> dict[str, Any]:
    """Everything the quote desk shows (see the module docstring)."""
    counts = _rows(conn, COUNTS_SQL, {})[0]
    reference, from_newest = reference_day(counts["newest"], today=today or date.today())
    top = [
        {
            "period": period.name,
            "since": period.since,
            "speakers": _rows(conn, TOP_SPEAKERS_SQL, {"since": period.since, "limit": TOP_SPEAKERS}),
        }
        for period in periods(reference)
    ]
    statements = _rows(conn, SHARED_STATEMENTS_SQL, {"limit": SHARED_STATEMENTS})
    for statement in statements:
        statement["outlet_names"] = sorted(filter(None, json_list(statement["outlet_names"])))
    return {
        "counts": counts,
        "reference_day": reference.isoformat(),
        "reference_is_newest_article": from_newest,
        "latest": latest_quotes(conn),
        "most_quoted": top,
        "shared_statements": statements,
    }
