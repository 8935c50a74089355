"""The query language of the whoosh search: parsing what people type, facet
filters, and the indexed words a query matches (for highlighting).

Query language (whoosh): words (all must match), ``"a phrase"``, fields
(``speaker:easley``, ``stance:warns``, ``outlet:gazette``, ``role:``,
``affiliation:``, ``title:``, ``kind:direct``, ``quote:`` for the quote text
only), dates (``date:2022``, ``date:[2019 to 2022]``, ``date:>2021``), fuzzy
terms (``destabilising~``, ``destabilising~2``), ``AND``/``OR``/``NOT`` and
parentheses. Words are stemmed and accents folded.

Every search has bounded cost (:func:`check_query_cost`): at most
:data:`~quotes.store.fts.MAX_QUERY_CHARS` characters and
:data:`~quotes.store.fts.MAX_QUERY_WORDS` words (whoosh's parser is quadratic
in the length of a word), near spellings at most :data:`MAX_FUZZY_DISTANCE`
letters off with the first letter right, a wildcard or prefix after at least
one letter, and no wildcard, prefix or near spelling standing for more than
:data:`MAX_EXPANSION` indexed words (each is searched as its own term).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from typing import Any

from whoosh import qparser, query
from whoosh.qparser.dateparse import DateParserPlugin

from quotes.errors import QuotesError
from quotes.search.documents import CONTEXT_BOOST, SPEAKER_BOOST, TEXT_BOOST
from quotes.store.fts import query_size_problem

DEFAULT_FIELDS = ("text", "speaker", "context")
FIELD_BOOSTS = {"text": TEXT_BOOST, "speaker": SPEAKER_BOOST, "context": CONTEXT_BOOST}
FIELD_ALIASES = {"text": ["quote"], "stance": ["tag", "tags"], "title": ["article"]}
# Facet name -> index field. Filters use the same names.
FACETS = {"speaker": "speaker_facet", "stance": "stance", "outlet": "outlet_facet", "year": "year"}
MAX_FUZZY_DISTANCE = 2
"""Near spellings (``word~2``) are at most this many letters off."""
MAX_EXPANSION = 1_000
"""The most indexed words one wildcard, prefix or near spelling may stand for."""
MIN_FUZZY_PREFIX = 1
"""Letters a near spelling shares with the word typed (whoosh compares every
word of the index with it otherwise)."""


class SearchError(QuotesError):
    """A search could not run (bad options; a missing index raises SearchIndexError)."""


class SearchLimitError(SearchError):
    """A search over the limits on its size or cost (a 400 on the search page)."""


def make_parser(schema: Any) -> qparser.QueryParser:
    """The query parser: default fields with boosts, fuzzy terms, dates, field aliases."""
    parser = qparser.MultifieldParser(list(DEFAULT_FIELDS), schema, fieldboosts=FIELD_BOOSTS)
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.add_plugin(qparser.GtLtPlugin())
    parser.add_plugin(DateParserPlugin(free=False))
    parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
    return parser


def parse_query(text: str, schema: Any) -> query.Query:
    """Parse the query language into a whoosh query (``NullQuery`` when empty).

    Text the parser cannot handle (whoosh raises on some stray ``<``, ``>``,
    brackets) is searched as its plain words instead. A search over the size
    limits raises :class:`SearchLimitError`.
    """
    if not text or not text.strip():
        return query.NullQuery
    problem = query_size_problem(text)
    if problem:
        raise SearchLimitError(problem)
    parser = make_parser(schema)
    try:
        return parser.parse(text)
    except Exception:  # whoosh raises IndexError, ValueError, ... on odd syntax
        words = " ".join(re.findall(r"\w+", text))
        if not words:
            return query.NullQuery
        try:
            return parser.parse(words)
        except Exception:
            return query.NullQuery


def _expansion_problem(leaf: query.Query) -> str | None:
    """Why a wildcard, prefix or near spelling cannot be searched as typed, or None."""
    if isinstance(leaf, query.Every):
        return "a search for everything (*) is not possible; type at least one letter before *"
    if isinstance(leaf, query.FuzzyTerm):
        if leaf.maxdist > MAX_FUZZY_DISTANCE:
            return (
                f"{leaf.text}~{leaf.maxdist:g}: near spellings are at most {MAX_FUZZY_DISTANCE} letters off"
            )
        leaf.prefixlength = max(leaf.prefixlength, MIN_FUZZY_PREFIX)
    elif (isinstance(leaf, query.Prefix) and not leaf.text) or (
        isinstance(leaf, query.Wildcard) and leaf.text[:1] in ("*", "?", "[")
    ):
        return f"{leaf.text}: a wildcard or prefix needs at least one letter before * or ?"
    return None


def check_query_cost(q: query.Query, reader: Any) -> None:
    """Raise :class:`SearchLimitError` when a wildcard, prefix or near spelling
    of ``q`` is over the limits or stands for more than :data:`MAX_EXPANSION`
    words of the index. Near spellings get :data:`MIN_FUZZY_PREFIX`."""
    for leaf in q.leaves():
        problem = _expansion_problem(leaf)
        if problem:
            raise SearchLimitError(problem)
        if isinstance(leaf, query.MultiTerm):
            words = itertools.islice(leaf.expanded_terms(reader), MAX_EXPANSION + 1)
            if sum(1 for _ in words) > MAX_EXPANSION:
                raise SearchLimitError(
                    f"{leaf.text} stands for more than {MAX_EXPANSION:,} words; type more of the word"
                )


def filter_query(filters: Mapping[str, Sequence[str]] | None) -> query.Query | None:
    """A query that keeps only quotes matching every facet filter."""
    if not filters:
        return None
    clauses = []
    for name, values in filters.items():
        if name not in FACETS:
            raise SearchError(f"unknown filter {name!r}: use one of {', '.join(FACETS)}")
        for value in values:
            if name == "stance":
                value = value.lower()
            clauses.append(query.Term(FACETS[name], value))
    return query.And(clauses) if clauses else None


def clean_filters(filters: Mapping[str, Any] | None) -> dict[str, list[str]]:
    """Filters as ``{facet: [values]}`` with empty values dropped."""
    cleaned: dict[str, list[str]] = {}
    for name, values in (filters or {}).items():
        if isinstance(values, str):
            values = [values]
        values = [v for v in values if v]
        if values:
            cleaned[name] = list(dict.fromkeys(values))
    return cleaned


def terms_by_field(q: query.Query, reader: Any) -> dict[str, set[str]]:
    """The indexed words ``q`` matches, by field (what to highlight)."""
    # Leaf by leaf: whoosh 2.7.5's existing_terms() on a compound query keeps only
    # the field of the first leaf (it reuses a variable).
    terms: dict[str, set[str]] = {}
    existing: set[tuple[str, Any]] = set()
    for leaf in q.leaves():
        try:
            existing |= leaf.existing_terms(reader, phrases=True, expand=True)
        except (StopIteration, NotImplementedError):
            continue
    for fieldname, text in existing:
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        terms.setdefault(fieldname, set()).add(text)
    return terms
