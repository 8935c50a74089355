"""The web layer: the project's Datasette plugin, and publishing with Datasette.

This package is the plugin, registered once through the ``datasette`` entry
point in pyproject.toml (``quotes = "quotes.web"``). Datasette finds its
``templates/`` and ``static/`` folders as for any plugin package. Each hook
below is implemented once and hands its work to the module that owns the part:

- :mod:`quotes.web.views`: the quote, speaker and statement pages (what they
  show: :mod:`quotes.web.cards`);
- :mod:`quotes.web.home`: the home page as a quote desk (what it shows:
  :mod:`quotes.web.desk`) and its JSON;
- :mod:`quotes.web.search_page`: the whoosh search page and its menu link;
- :mod:`quotes.web.table_search`: table search keeps the project's query
  language and never shows an FTS error;
- :mod:`quotes.web.table_pages`: highlighted snippets and links in Datasette's
  own table and row pages;
- :mod:`quotes.web.facets`: the ``values`` and ``tags`` facets;
- :mod:`quotes.web.queries`: the canned queries, the Atom feeds among them
  (:mod:`quotes.web.feeds`; the feed format is the datasette-atom plugin's);
- :mod:`quotes.web.limits`: bounded cost for every request (SQLite limits on
  every connection, queues for expensive requests, 400s for bad parameters);
- :mod:`quotes.web.csv_cells`: CSV exports whose cells are not run as formulas.

:mod:`quotes.web.publish` builds the Datasette that ``quotes serve`` runs.
"""

from __future__ import annotations

from typing import Any

from datasette import hookimpl

from quotes.search.render import plain_words
from quotes.store.views import PARAPHRASE_LEAD, paraphrase_lead, paraphrase_words
from quotes.web import (
    csv_cells,
    facets,
    feeds,
    home,
    limits,
    queries,
    search_page,
    table_pages,
    table_search,
    views,
)

STYLESHEET = "quotes.css"


def use_plain_error_logging() -> None:
    """Make Datasette log errors with ``traceback`` instead of rich.

    Datasette 0.65's default error handler prints the error with rich (installed
    with spaCy's typer) even where it runs outside the ``except`` block (some
    404s, e.g. ``/db/table/-/insert``); rich then raises ValueError and the
    visitor gets a bare "Internal Server Error" instead of the error page. The
    handler uses rich only when the module imported it, and no hook or setting
    turns that off, so this clears the module's reference: the one change to
    Datasette's code the plugin makes, done at startup, not at import.

    (Imported here, not at the top: importing it loads Datasette's plugins,
    this package among them, which must not happen while this module is
    half-imported, before its hooks exist.)
    """
    from datasette import handle_exception as default_error_handler

    default_error_handler.rich = None


@hookimpl
def startup(datasette):
    """Plain error logging, and the search index warmed up in the background."""
    use_plain_error_logging()
    return search_page.warm_up_index(datasette)


@hookimpl(trylast=True)
def prepare_connection(conn):
    """``quotes_fts_query`` and the project's ``escape_fts`` (trylast: after Datasette's
    own hook, so that it replaces Datasette's ``escape_fts``), and the limits of
    :mod:`quotes.web.limits`."""
    table_search.register_functions(conn)
    limits.limit_connection(conn)


@hookimpl
def asgi_wrapper(datasette):
    """Requests checked and queued (:mod:`quotes.web.limits`), CSV cells
    neutralised, blank table searches dropped and invalid raw ones redirected
    to plain words."""
    guard = limits.request_guard(datasette)
    searches = table_search.search_guard(datasette)

    def wrap(app):
        return guard(csv_cells.neutralise_csv(searches(app)))

    return wrap


@hookimpl
def handle_exception(datasette, request, exception):
    """An FTS5 error on a page with a search: the same search in plain words;
    a feed with no entries: an empty feed (datasette-atom fails on those); an
    error caused by bad parameters or a query over the limits: a 400."""
    if feeds.is_empty_feed_error(request, exception):
        return feeds.empty_feed(request)
    redirect = table_search.fts_error_redirect(datasette, request, exception)
    if redirect is not None:
        return redirect
    bad_request = limits.bad_request_error(exception)
    if bad_request is not None:
        return limits.error_response(datasette, request, 400, *bad_request)
    return None


def _paraphrase_lead(words: Any, cue: str | None) -> str:
    """The lead of a paraphrase in a template: its words may be highlighted HTML."""
    return paraphrase_lead(plain_words(str(words or "")), cue)


@hookimpl
def prepare_jinja2_environment(env):
    """What the templates need to show a paraphrase as one (``templates/_quotes_macros.html``)."""
    env.filters["paraphrase_words"] = paraphrase_words
    env.filters["paraphrase_lead"] = _paraphrase_lead
    env.globals["paraphrase_lead"] = PARAPHRASE_LEAD


@hookimpl
def register_routes():
    """The quote, speaker and statement pages, the search page and the desk's JSON."""
    return [*views.ROUTES, *search_page.ROUTES, *home.ROUTES]


@hookimpl
def register_facet_classes():
    """The ``values`` and ``tags`` facets."""
    return facets.FACET_CLASSES


@hookimpl
def canned_queries(datasette, database):
    """The canned queries, on databases with a ``quotes`` table."""
    return queries.queries_for(datasette, database)


@hookimpl
def render_cell(value, column, table, database, datasette, row):
    """Highlighted snippets, and ids that link to the project's pages."""
    return table_pages.render_cell(value, column, table, database, datasette, row)


@hookimpl
def extra_template_vars(template, database, table, request, datasette):
    """The quote desk on the home page; the quote page link on rows of the ``quotes`` table."""
    if template == "index.html":
        return home.desk_context(datasette)
    return table_pages.quote_page_link(template, database, table, request, datasette)


@hookimpl
def extra_body_script(template, datasette):
    """Folded column descriptions on table pages."""
    if template == "table.html":
        return table_pages.FOLD_COLUMN_DESCRIPTIONS_JS
    return None


@hookimpl
def extra_css_urls(datasette):
    """The project's stylesheet, ``static/quotes.css``."""
    return [datasette.urls.static_plugins(views.PLUGIN_NAME, STYLESHEET)]


@hookimpl
def menu_links(datasette):
    """A "Search quotes" link in Datasette's menu."""
    return [{"href": datasette.urls.path(search_page.PAGE_PATH), "label": search_page.MENU_LINK_LABEL}]
