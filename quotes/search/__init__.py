"""The whoosh search engine: an index of the quotes kept beside the database
(``db/quotes.whoosh``), its query language, ranking, facets, spelling
suggestions and highlighting. It serves ``quotes search`` and the ``/-/search``
page.

Distinct from SQLite's FTS5 table ``quotes_fts`` (:mod:`quotes.store.fts`), which
Datasette's table search and the canned SQL queries use.

documents  schema, analyzers, the document of a quote
index      build, update, check the index
query      the query language and facet filters
searchers  open searchers and facet columns, reused between searches
ranking    search_index (rank the matches) and search (rank, fetch rows, render)
suggest    did-you-mean
facets     facet counts
results    Hit, SearchResults and reading their rows from SQLite
render     highlighting and text for a terminal
"""
