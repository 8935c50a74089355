"""The canned queries Datasette offers on a quotes database, defined here only.

The plugin registers them with Datasette's ``canned_queries`` hook for every
database that has a ``quotes`` table; metadata.yml holds descriptions and
options, not queries. ``search_quotes`` is :func:`quotes.store.fts.search_sql`
(the SQL ``quotes search`` runs); the quote lists read the ``quote_details`` view. All are read-only, with their SQL hidden on the
page (``hide_sql``) so that the form comes first. The feed queries give Atom
feeds of new quotes (:mod:`quotes.web.feeds`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from quotes.store.fts import search_sql
from quotes.web.feeds import SEARCH_FILTER, SPEAKER_FILTER, STANCE_FILTER, feed_sql

SEARCH_QUOTES_LIMIT = 50


@dataclass(frozen=True)
class CannedQuery:
    """One canned query: its URL name, the title and description its page shows, its SQL."""

    name: str
    title: str
    description: str
    sql: str

    def for_datasette(self) -> dict[str, Any]:
        """The query as Datasette's ``canned_queries`` hook returns it (a new dict: Datasette adds to it)."""
        return {"title": self.title, "description": self.description, "sql": self.sql, "hide_sql": True}


QUOTES_BY_SPEAKER_SQL = """select
  quote_id, speaker, speaker_role as role, speaker_affiliation as affiliation,
  quote, kind, article_title, outlet, published
from quote_details
where speaker_id in (
  select id from speakers
  where name like '%' || :speaker || '%' or aliases like '%' || :speaker || '%'
)
order by published desc, quote_id desc"""

QUOTES_MENTIONING_SQL = """select
  details.quote_id, details.quote, details.speaker, details.speaker_role as role,
  details.speaker_affiliation as affiliation, details.outlet, details.published
from quotes_fts
join quote_details as details on details.quote_id = quotes_fts.rowid
where quotes_fts match 'text : (' || quotes_fts_query(:term) || ')'
order by details.published desc, details.quote_id desc"""

MOST_QUOTED_SPEAKERS_SQL = """select
  speakers.id as speaker_id,
  speakers.name as speaker,
  speakers.kind as kind,
  speakers.affiliation as affiliation,
  count(quotes.id) as quotes,
  count(distinct quotes.article_id) as articles,
  count(distinct articles.outlet) as outlets,
  min(articles.published) as first_quoted,
  max(articles.published) as last_quoted
from speakers
join quotes on quotes.speaker_id = speakers.id
join articles on articles.id = quotes.article_id
where speakers.scope is null
group by speakers.id
order by quotes desc, speakers.name
limit 100"""

STATEMENTS_WITH_DIFFERENT_WORDING_SQL = """select
  statements.id as statement_id,
  speakers.name as speaker,
  statements.text as statement,
  statements.quote_count as quotes,
  statements.variant_count as wordings,
  count(distinct quotes.article_id) as articles,
  group_concat(distinct coalesce(articles.outlet, articles.title)) as outlets,
  min(articles.published) as first_published,
  max(articles.published) as last_published
from statements
join speakers on speakers.id = statements.speaker_id
join quotes on quotes.statement_id = statements.id
join articles on articles.id = quotes.article_id
where statements.variant_count > 1
group by statements.id
order by articles desc, statements.id"""

SPEAKER_ROLES_OVER_TIME_SQL = """select
  speakers.id as speaker_id,
  speakers.name as speaker,
  articles.published as published,
  articles.outlet as outlet,
  quotes.role as role,
  quotes.affiliation as affiliation,
  count(quotes.id) as quotes,
  articles.title as article_title,
  articles.id as article_id
from quotes
join speakers on speakers.id = quotes.speaker_id
join articles on articles.id = quotes.article_id
where (speakers.name like '%' || :speaker || '%' or speakers.aliases like '%' || :speaker || '%')
  and (quotes.role is not null or quotes.affiliation is not null)
group by speakers.id, articles.id, quotes.role, quotes.affiliation
order by speakers.name, articles.published, articles.id"""

CANNED_QUERIES = (
    CannedQuery(
        name="search_quotes",
        title="Search quotes",
        description=(
            "Ranked search (best first) over quote text, speaker, affiliation and article title, "
            'with the matching words highlighted. Words must all match; "quoted phrases", '
            "prefixes (rob*), OR and -exclusions work. An empty search lists the most recent quotes."
        ),
        sql=search_sql(limit=SEARCH_QUOTES_LIMIT, score=False),
    ),
    CannedQuery(
        name="quotes_by_speaker",
        title="Quotes by a speaker",
        description="Every quote by speakers whose name contains the words given (e.g. Easley), newest first.",
        sql=QUOTES_BY_SPEAKER_SQL,
    ),
    CannedQuery(
        name="quotes_mentioning",
        title="Quotes that mention a term",
        description=(
            'Quotes whose words mention a term (stemmed, so "trap" finds "trapping"), '
            "with who said them and their affiliation."
        ),
        sql=QUOTES_MENTIONING_SQL,
    ),
    CannedQuery(
        name="most_quoted_speakers",
        title="Most-quoted speakers",
        description=(
            "Named speakers by number of quotes, with the number of articles and outlets quoting "
            "them and the dates of their first and latest quote (sources an article describes "
            "without naming, such as analysts, stay with their article and are left out)."
        ),
        sql=MOST_QUOTED_SPEAKERS_SQL,
    ),
    CannedQuery(
        name="statements_with_different_wording",
        title="Statements quoted with different wording",
        description=(
            "The same remark by the same speaker reported by several articles in different words; "
            "open a statement to see the versions side by side."
        ),
        sql=STATEMENTS_WITH_DIFFERENT_WORDING_SQL,
    ),
    CannedQuery(
        name="speaker_roles_over_time",
        title="A speaker's roles over time",
        description=(
            "The role and affiliation each article gives speakers whose name contains the words "
            "given (e.g. Easley), oldest first."
        ),
        sql=SPEAKER_ROLES_OVER_TIME_SQL,
    ),
)

FEEDS = (
    (
        "quote_feed_speaker",
        "New quotes by a speaker",
        "The newest quotes of one speaker (by id).",
        SPEAKER_FILTER,
    ),
    (
        "quote_feed_search",
        "New quotes matching a search",
        "The newest quotes whose words, speaker, affiliation or article title match the search.",
        SEARCH_FILTER,
    ),
    (
        "quote_feed_stance",
        "New quotes taking a stance",
        "The newest quotes with a stance tag.",
        STANCE_FILTER,
    ),
)
"""The feeds (:mod:`quotes.web.feeds`): their names, titles, descriptions and filters.
Add ``.atom`` to a feed's URL for the Atom feed."""


def feed_queries(database_path: str) -> list[CannedQuery]:
    """The feed queries of the database served at ``database_path`` (their links point there)."""
    return [
        CannedQuery(
            name=name,
            title=title,
            description=description + " Add .atom to the URL for an Atom feed.",
            sql=feed_sql(where, database_path=database_path),
        )
        for name, title, description, where in FEEDS
    ]


QUOTES_TABLE = "quotes"
"""The table that marks a database as one ``quotes build`` made: only those get the queries."""


async def queries_for(datasette, database: str) -> dict[str, dict[str, Any]]:
    """The canned queries of ``database``: all of them for a quotes database, none for another."""
    db = datasette.databases.get(database)
    if db is None or database.startswith("_") or not await db.table_exists(QUOTES_TABLE):
        return {}
    queries = [*CANNED_QUERIES, *feed_queries(datasette.urls.database(database))]
    return {query.name: query.for_datasette() for query in queries}
