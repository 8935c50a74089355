"""SQLite: the connection and its migrations (:mod:`~quotes.store.db`), the
table models (:mod:`~quotes.store.schema`), writing articles and quotes
(:mod:`~quotes.store.write`), the change log the post-build steps read
(:mod:`~quotes.store.changes`), full-text search (:mod:`~quotes.store.fts`) and
the generic SQL helpers (:mod:`~quotes.store.sql`). Nothing here resolves
speakers or organizations: the rows a quote points to come from a resolver the
caller passes in (:mod:`quotes.enrich`)."""
