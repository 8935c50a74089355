"""Atom feeds of new quotes: for a speaker, a search, a stance.

The feeds are canned queries (registered with the others by
:mod:`quotes.web.queries`) whose columns are the ones the datasette-atom
plugin turns into a feed: ``/quotes/quote_feed_speaker.atom?speaker_id=20``.
The newest quotes added to the database come first, each shown as it may be
copied (a paraphrase after "said that", never in quotation marks), with its
speaker, outlet and date and a link to its quote page.

datasette-atom 0.9 fails on a feed with no entries (it takes the latest date
of none); :func:`empty_feed` answers those requests with a valid feed that has
no entries yet, through the plugin's ``handle_exception`` hook.
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlencode

from datasette.utils.asgi import Response

from quotes.store.views import shown_quote_sql

FEED_SIZE = 50
FEED_SUFFIX = ".atom"
FEED_TITLE_PARAMETER = "_feed_title"
"""datasette-atom titles a canned query's feed from this parameter (else with its SQL)."""


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def feed_sql(where: str, *, database_path: str) -> str:
    """The SQL of a feed of the newest quotes matching ``where`` (SQL over
    ``quotes``, ``speakers`` and ``articles``); quote links under ``database_path``."""
    shown = shown_quote_sql("quotes.text", "quotes.kind", "quotes.cue")
    who = "coalesce(speakers.name, quotes.speaker_mention, 'Unattributed')"
    details = (
        "coalesce(', ' || coalesce(quotes.role, speakers.role), '') || "
        "coalesce(', ' || coalesce(quotes.affiliation, speakers.affiliation), '')"
    )
    source = (
        "coalesce(articles.outlet, articles.title, 'an article') || coalesce(', ' || articles.published, '')"
    )
    return f"""select
  'urn:quotes:' || articles.hash || ':' || quotes.start || '-' || quotes."end" as atom_id,
  {who} || ': ' || {shown} as atom_title,
  articles.added_at as atom_updated,
  {shown} || ' \u2014 ' || {who} || {details} || ' (' || {source} || ')' as atom_content,
  {_literal(database_path + "/-/quote/")} || quotes.id as atom_link,
  {who} as atom_author_name
from quotes
join articles on articles.id = quotes.article_id
left join speakers on speakers.id = quotes.speaker_id
where {where}
order by quotes.id desc
limit {FEED_SIZE}"""


SPEAKER_FILTER = "quotes.speaker_id = :speaker_id"
SEARCH_FILTER = "quotes.id in (select rowid from quotes_fts where quotes_fts match quotes_fts_query(:q))"
STANCE_FILTER = "exists (select 1 from json_each(quotes.stance_tags) where json_each.value = :stance)"


def feed_url(datasette, database: str, query: str, title: str, **params: str | int) -> str:
    """The URL of the feed of canned query ``query`` with ``params``, titled ``title``."""
    pairs = [*params.items(), (FEED_TITLE_PARAMETER, title)]
    return datasette.urls.database(database) + f"/{query}{FEED_SUFFIX}?" + urlencode(pairs)


def empty_feed(request) -> Response:
    """A valid Atom feed with no entries, for ``request``'s feed URL."""
    from feedgen.feed import FeedGenerator

    feed = FeedGenerator()
    feed.id(request.url)
    feed.link(href=request.url, rel="self")
    feed.title(request.args.get(FEED_TITLE_PARAMETER) or "New quotes")
    feed.updated(datetime.now(UTC))
    return Response(feed.atom_str(pretty=True), content_type="application/xml; charset=utf-8")


def is_empty_feed_error(request, exception: Exception) -> bool:
    """True for datasette-atom's error on a feed with no entries."""
    return (
        request.path.endswith(FEED_SUFFIX) and isinstance(exception, ValueError) and "empty" in str(exception)
    )
