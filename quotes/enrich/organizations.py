"""Normalizing organizations: one row per body, whatever the article calls it.

``Ewha University`` and ``Ewha Womans University`` are one organization (a
gazetteer alias); ``the foreign ministry`` in an article about North Korea is
North Korea's Ministry of Foreign Affairs (an alias with a context condition).
Names the gazetteer does not know are cleaned (leading article, possessive
country prefixes kept) and matched on their :func:`~quotes.enrich.gazetteer.name_key`
against the names and aliases of organizations already stored.
"""

from __future__ import annotations

import json
from typing import Any

from quotes.enrich.gazetteer import ArticleContext, Gazetteer, clean_name
from quotes.enrich.names import Names


def canonical_organization(
    name: str, *, gazetteer: Gazetteer, context: ArticleContext | None = None
) -> tuple[str, dict[str, Any]]:
    """The canonical name for ``name`` and the extra columns for its row
    (kind, country, aliases, wikidata) when the gazetteer knows it."""
    entry = gazetteer.match_organization(name, context=context)
    if entry is None:
        return clean_name(name), {}
    extra = {
        "kind": entry.kind,
        "country": entry.country,
        "aliases": json.dumps(entry.plain_aliases),
        "wikidata": entry.wikidata,
    }
    return entry.name, {k: v for k, v in extra.items() if v is not None}


def find_organization(names: Names, name: str) -> int | None:
    """The id of a stored organization whose name or alias has the key of ``name``."""
    exact = names.db.execute("select id from organizations where name = ?", [name]).fetchone()
    if exact:
        return exact[0]
    ids = names.organizations.ids(name)
    return ids[0] if ids else None


def resolve_organization(
    names: Names, name: str | None, *, context: ArticleContext | None = None
) -> int | None:
    """The id of the organization ``name`` refers to (in an article with
    ``context``), created if it is new (``None`` for an empty name)."""
    if not name or not name.strip():
        return None
    canonical, extra = canonical_organization(name, gazetteer=names.gazetteer, context=context)
    found = find_organization(names, canonical)
    if found is None and not extra:
        found = find_organization(names, name)
    if found is None:
        return names.insert("organizations", {"name": canonical, "aliases": "[]", **extra})
    if extra:
        names.update("organizations", found, extra)
    return found
