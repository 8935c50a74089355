"""Searching the whoosh index: query language, ranking, highlights, facets, suggestions.

A search runs in three steps, each usable on its own (the CLI runs all three
with :func:`search`; the Datasette page runs the SQL step on Datasette's own
connection):

1. :func:`search_index` parses the query, ranks the matching quotes with BM25F
   (quote text weighted above the speaker and the paragraph around the quote),
   counts the facets and, when nothing matches, suggests a spelling;
2. :func:`fetch_rows` reads the matching ``quote_details`` rows from SQLite by id
   (the index stores ids only, so results always show the current data);
3. :func:`render_hits` highlights the matched words in the quote and its context
   with a :class:`MarkFormatter` (HTML ``<mark>``, terminal bold, or brackets).

Query language (whoosh): words (all must match), ``"a phrase"``, fields
(``speaker:easley``, ``stance:warns``, ``outlet:gazette``, ``role:``,
``affiliation:``, ``title:``, ``kind:direct``, ``quote:`` for the quote text
only), dates (``date:2022``, ``date:[2019 to 2022]``, ``date:>2021``), fuzzy
terms (``destabilising~``, ``destabilising~2``), ``AND``/``OR``/``NOT`` and
parentheses. Words are stemmed and accents folded.
"""

from __future__ import annotations

import html
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils
from whoosh import highlight as wh
from whoosh import qparser, query, scoring
from whoosh.qparser.dateparse import DateParserPlugin

from quotes.errors import QuotesError
from quotes.search.index import (
    CONTEXT_BOOST,
    SPEAKER_BOOST,
    TEXT_BOOST,
    index_dir_for,
    name_analyzer,
    open_index,
    stance_names,
    text_analyzer,
)

DEFAULT_FIELDS = ("text", "speaker", "context")
FIELD_BOOSTS = {"text": TEXT_BOOST, "speaker": SPEAKER_BOOST, "context": CONTEXT_BOOST}
FIELD_ALIASES = {"text": ["quote"], "stance": ["tag", "tags"], "title": ["article"]}
# Facet name -> index field. Filters use the same names.
FACETS = {"speaker": "speaker_facet", "stance": "stance", "outlet": "outlet_facet", "year": "year"}
# The column holding each facet's values (stance: comma-separated tags).
FACET_COLUMNS = {
    "speaker": "speaker_facet",
    "stance": "stance_facet",
    "outlet": "outlet_facet",
    "year": "year",
}
FACET_LIMIT = 10
# Count all matches exactly up to this many (estimated); beyond, whoosh's estimate.
EXACT_COUNT_LIMIT = 5_000
# Facets count every match up to this many; beyond, the best FACET_TOP results.
FACET_SCAN_LIMIT = 10_000
FACET_TOP = 1_000
MAX_PAGE_SIZE = 100
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"}


class SearchError(QuotesError):
    """A search could not run (bad options; a missing index raises SearchIndexError)."""


@dataclass
class Hit:
    """One ranked quote; ``quote_html``/``context_html`` carry the highlights."""

    quote_id: int
    score: float
    rank: int
    row: dict[str, Any] = field(default_factory=dict)
    quote_html: str = ""
    context_html: str = ""
    quote_matched: bool = False
    context_matched: bool = False

    def to_dict(self) -> dict[str, Any]:
        row = self.row
        return {
            "rank": self.rank,
            "score": round(self.score, 4),
            "quote_id": self.quote_id,
            "quote": row.get("quote"),
            "quote_html": self.quote_html,
            "context_html": self.context_html,
            "kind": row.get("kind"),
            "speaker": row.get("speaker"),
            "speaker_id": row.get("speaker_id"),
            "speaker_role": row.get("speaker_role"),
            "speaker_affiliation": row.get("speaker_affiliation"),
            "outlet": row.get("outlet"),
            "published": row.get("published"),
            "article_id": row.get("article_id"),
            "article_title": row.get("article_title"),
            "url": row.get("url"),
            "stance_tags": stance_names(row.get("stance_tags")),
        }


@dataclass
class SearchResults:
    """A page of results: ranked hits, the total, facet counts, a suggestion."""

    query: str
    total: int = 0
    page: int = 1
    page_size: int = 10
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    filters: dict[str, list[str]] = field(default_factory=dict)
    suggestion: str | None = None
    terms: dict[str, set[str]] = field(default_factory=dict)
    parsed: str = ""
    total_exact: bool = True
    facets_scope: int | None = None

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "parsed": self.parsed,
            "total": self.total,
            "total_exact": self.total_exact,
            "page": self.page,
            "page_size": self.page_size,
            "pages": self.pages,
            "filters": self.filters,
            "suggestion": self.suggestion,
            "facets": {
                name: [{"value": v, "count": c} for v, c in counts] for name, counts in self.facets.items()
            },
            "facets_over_best": self.facets_scope,
            "hits": [hit.to_dict() for hit in self.hits],
        }


class MarkFormatter(wh.Formatter):
    """Wraps matched words in ``start``/``end`` markers, escaping all other text.

    ``MarkFormatter.html()`` escapes the text and marks with ``<mark>``, so its
    output is safe to insert in a page; ``ansi()`` and ``brackets()`` are for
    terminals.
    """

    between = " … "

    def __init__(self, start: str, end: str, *, escape: Callable[[str], str] = lambda s: s):
        self.start = start
        self.end = end
        self.escape = escape

    @classmethod
    def html(cls) -> MarkFormatter:
        return cls("<mark>", "</mark>", escape=lambda s: html.escape(s, quote=True))

    @classmethod
    def ansi(cls) -> MarkFormatter:
        return cls("\x1b[1m", "\x1b[0m")

    @classmethod
    def brackets(cls) -> MarkFormatter:
        return cls("[", "]")

    def _text(self, text: str) -> str:
        return self.escape(text)

    def format_token(self, text, token, replace=False):
        return self.start + self.escape(wh.get_text(text, token, replace)) + self.end

    def format(self, fragments, replace=False):
        return self.escape(self.between).join(self.format_fragment(f, replace=replace) for f in fragments)


def make_parser(schema) -> qparser.QueryParser:
    """The query parser: default fields with boosts, fuzzy terms, dates, field aliases."""
    parser = qparser.MultifieldParser(list(DEFAULT_FIELDS), schema, fieldboosts=FIELD_BOOSTS)
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.add_plugin(qparser.GtLtPlugin())
    parser.add_plugin(DateParserPlugin(free=False))
    parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
    return parser


def parse_query(text: str, schema) -> query.Query:
    """Parse the query language into a whoosh query (``NullQuery`` when empty).

    Text the parser cannot handle (whoosh raises on some stray ``<``, ``>``,
    brackets) is searched as its plain words instead.
    """
    if not text or not text.strip():
        return query.NullQuery
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


def _terms_by_field(q: query.Query, reader) -> dict[str, set[str]]:
    # Leaf by leaf: whoosh 2.7.5's existing_terms() on a compound query keeps only
    # the field of the first leaf (it reuses a variable).
    terms: dict[str, set[str]] = {}
    existing: set = set()
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


_WORD = re.compile(r'(?<![\w:~"\[])([^\W\d_][\w\'-]*)(?![\w:~\]])')


NAME_FIELDS = ("speaker", "role", "affiliation", "outlet")


def closest_word(reader, fieldname: str, word: str, *, maxdist: int = 2) -> tuple[int, int, str] | None:
    """The indexed word of ``fieldname`` nearest to ``word`` as ``(distance,
    -frequency, word)`` (edit distance up to ``maxdist``, same first letter), or None."""
    for distance in range(1, maxdist + 1):
        try:
            candidates = list(reader.terms_within(fieldname, word, distance, prefix=1))
        except StopIteration:
            candidates = []
        if candidates:
            term = max(candidates, key=lambda t: (reader.doc_frequency(fieldname, t), t))
            return distance, -reader.doc_frequency(fieldname, term), term
    return None


def surface_form(searcher, stem: str) -> str | None:
    """A word of some quote whose stem is ``stem`` (``destabilis`` -> ``destabilising``)."""
    try:
        hits = searcher.search(query.Term("text", stem), limit=1)
        text = hits[0]["text"] if len(hits) else None
    except (StopIteration, KeyError):
        return None
    if not text:
        return None
    for token in text_analyzer()(text, chars=True, removestops=False):
        if token.text == stem:
            return text[token.startchar : token.endchar].lower()
    return None


def suggest_query(searcher, text: str) -> str | None:
    """The query with each unknown plain word replaced by the closest indexed word.

    The dictionary is the words of the quotes (matched by stem, shown as written
    in a quote) and of speaker names, roles, affiliations and outlets. Returns
    None when no word needs correcting.
    """
    if not text or searcher.doc_count() == 0:
        return None
    reader = searcher.reader()
    names, words = name_analyzer(), text_analyzer()
    changed = False

    def replace(match: re.Match) -> str:
        nonlocal changed
        word = match.group(1)
        if word in _OPERATORS:
            return word
        folded = [t.text for t in names(word)]
        stems = [t.text for t in words(word)]
        if len(folded) != 1 or len(stems) != 1:
            return word
        if any(reader.doc_frequency(f, folded[0]) for f in NAME_FIELDS) or any(
            reader.doc_frequency(f, stems[0]) for f in ("text", "context")
        ):
            return word
        candidates = [
            (found, None) for found in (closest_word(reader, f, folded[0]) for f in NAME_FIELDS) if found
        ]
        found = closest_word(reader, "text", stems[0])
        if found:
            candidates.append((found, "text"))
        for (_, _, term), field_name in sorted(candidates):
            replacement = surface_form(searcher, term) if field_name == "text" else term
            if replacement:
                changed = True
                return replacement
        return word

    corrected = _WORD.sub(replace, text)
    return corrected if changed and corrected != text else None


_cache = threading.local()


def open_searcher(index_dir: str | Path):
    """A BM25F searcher on the index in ``index_dir``, kept open per thread.

    Opening a searcher reads every segment (tens of ms on a large index), so
    searchers are reused; one is refreshed when the index has new segments and
    reopened when the folder was replaced (``quotes index --rebuild``).
    Raises SearchIndexError when there is no usable index.
    """
    folder = Path(index_dir).resolve()
    searchers = _cache.__dict__.setdefault("searchers", {})
    try:
        identity = folder.stat().st_ino
    except OSError:
        identity = None
    cached = searchers.get(folder)
    if cached is not None and cached[0] == identity:
        searcher = cached[1]
        try:
            if not searcher.up_to_date():
                searcher = searcher.refresh()
        except Exception:  # a damaged or half-replaced index: open it afresh
            searcher = None
        if searcher is not None:
            searcher._quotes_folder = (folder, identity)
            searchers[folder] = (identity, searcher)
            return searcher
    ix = open_index(folder)
    searcher = ix.searcher(weighting=scoring.BM25F())
    searcher._quotes_folder = (folder, identity)
    searchers[folder] = (identity, searcher)
    return searcher


def search_index(
    index_dir: str | Path,
    text: str,
    *,
    page: int = 1,
    page_size: int = 10,
    filters: Mapping[str, Any] | None = None,
    facets: bool = False,
    suggest: bool = True,
) -> SearchResults:
    """Rank the quotes matching ``text`` (ids and scores only; see :func:`render_hits`).

    ``filters`` maps facet names (speaker, stance, outlet, year) to required
    values. With ``facets`` the counts of those facets over all matching quotes
    are included. An empty query with filters lists the filtered quotes; an empty
    query without filters matches nothing.
    """
    if page < 1:
        raise SearchError(f"page must be 1 or more, not {page}")
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise SearchError(f"page size must be between 1 and {MAX_PAGE_SIZE}, not {page_size}")
    filters = clean_filters(filters)
    results = SearchResults(query=text or "", page=page, page_size=page_size, filters=filters)
    searcher = open_searcher(index_dir)
    q = parse_query(text, searcher.schema)
    if q is query.NullQuery and filters:
        q = query.Every()
    results.parsed = str(q) if q is not query.NullQuery else ""
    if q is query.NullQuery or searcher.doc_count() == 0:
        return results
    narrowing = filter_query(filters)
    limit = page * page_size
    # With facets, keep the best FACET_TOP in the same pass: a common word's
    # facets are counted over them, and scoring it twice doubled the time.
    search_limit = max(limit, FACET_TOP) if facets else limit
    found = searcher.search(q, limit=search_limit, filter=narrowing)
    if found.has_exact_length():
        results.total = len(found)
    elif found.scored_length() < search_limit:
        # Fewer matches than asked for: all were scored (none skipped), no need
        # for whoosh's second pass to count them.
        results.total = found.scored_length()
    elif found.estimated_length() <= EXACT_COUNT_LIMIT:
        results.total = len(found)
    else:
        # Counting every match of a very common word costs more than the search:
        # give whoosh's estimate (an upper bound) and say so.
        results.total, results.total_exact = found.estimated_length(), False
    start = (page - 1) * page_size
    for rank, hit in enumerate(found[start : start + page_size], start=start + 1):
        results.hits.append(Hit(quote_id=int(hit["quote_id"]), score=hit.score or 0.0, rank=rank))
    results.terms = _terms_by_field(q, searcher.reader())
    if facets and results.total:
        if results.total_exact and results.total <= FACET_SCAN_LIMIT:
            matching = q if narrowing is None else query.And([q, narrowing])
            docnums = list(searcher.docs_for_query(matching))
        else:
            docnums = [docnum for _, docnum in found.top_n[:FACET_TOP]]
            results.facets_scope = len(docnums)
        results.facets = facet_counts(searcher, docnums)
    if results.total == 0 and suggest:
        results.suggestion = suggest_query(searcher, text)
    return results


_columns: dict[tuple, list] = {}
_columns_lock = threading.Lock()


def _column_values(searcher, fieldname: str) -> list:
    """The values of a column for every document of the searcher's index version.

    Read once (a second or so for a million quotes) and shared by all threads
    until the index changes."""
    folder = getattr(searcher, "_quotes_folder", None)
    reader = searcher.reader()
    segments = tuple(
        leaf.segment().segment_id() if hasattr(leaf, "segment") else id(leaf)
        for leaf, _ in reader.leaf_readers()
    )
    key = (folder, segments, fieldname)
    with _columns_lock:
        if key in _columns:
            return _columns[key]
    values: list = []
    # Segment by segment: whoosh's multi-segment column reader comes up short when
    # a segment has no value at all for the column.
    for leaf, offset in sorted(reader.leaf_readers(), key=lambda pair: pair[1]):
        values += [None] * (offset - len(values))
        if leaf.has_column(fieldname):
            values += [
                v.decode("utf-8", "replace") if isinstance(v, bytes) else v
                for v in leaf.column_reader(fieldname)
            ]
        else:
            values += [None] * leaf.doc_count_all()
    if folder is not None:
        with _columns_lock:
            for old in [k for k in _columns if k[0] == folder and k[1] != key[1]]:
                del _columns[old]
            _columns[key] = values
    return values


def warm_up(index_dir: str | Path) -> None:
    """Open the index and read the facet columns, so the first search is fast."""
    try:
        searcher = open_searcher(index_dir)
        for fieldname in FACET_COLUMNS.values():
            _column_values(searcher, fieldname)
    except QuotesError:
        pass


def facet_counts(searcher, docnums: Sequence[int]) -> dict[str, list[tuple[str, int]]]:
    """Counts of each facet's values among ``docnums``, most frequent first."""
    counts: dict[str, list[tuple[str, int]]] = {}
    for name, fieldname in FACET_COLUMNS.items():
        values = _column_values(searcher, fieldname)
        counter: Counter = Counter()
        if values:
            if name == "stance":
                for docnum in docnums:
                    if values[docnum]:
                        counter.update(values[docnum].split(","))
            else:
                counter.update(values[docnum] for docnum in docnums)
        counter.pop("", None)
        counter.pop(None, None)
        ranked = sorted(counter.items(), key=lambda pair: (-pair[1], str(pair[0])))
        counts[name] = [(str(value), count) for value, count in ranked[:FACET_LIMIT]]
    return counts


ROWS_SQL = "select * from quote_details where quote_id in ({marks})"


def rows_sql(ids: Sequence[int]) -> tuple[str, list[int]]:
    """The SQL (and parameters) that reads the ``quote_details`` rows of ``ids``."""
    return ROWS_SQL.format(marks=",".join("?" for _ in ids)), list(ids)


def fetch_rows(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """``{quote id: quote_details row}`` for ``ids`` (missing ids are left out)."""
    if not ids:
        return {}
    sql, params = rows_sql(ids)
    return {row["quote_id"]: row for row in db.query(sql, params)}


def highlight_text(
    text: str | None,
    terms: Iterable[str],
    *,
    analyzer,
    formatter: MarkFormatter,
    whole: bool = True,
    maxchars: int = 300,
) -> str:
    """``text`` with the words whose analysed form is in ``terms`` marked.

    With ``whole`` the full text is returned; otherwise the best fragments (or
    the start of the text when no word matches). Always escaped by the formatter.
    """
    return _highlight(text, terms, analyzer=analyzer, formatter=formatter, whole=whole, maxchars=maxchars)[0]


def _highlight(text, terms, *, analyzer, formatter, whole, maxchars) -> tuple[str, bool]:
    if not text:
        return "", False
    terms = frozenset(terms)
    plain = text if whole or len(text) <= maxchars else text[:maxchars].rsplit(" ", 1)[0] + " …"
    if not terms:
        return formatter.escape(plain), False
    fragmenter = wh.WholeFragmenter() if whole else wh.ContextFragmenter(maxchars=maxchars, surround=60)
    try:
        marked = wh.highlight(text, terms, analyzer, fragmenter, formatter, top=2, minscore=1)
    except StopIteration:
        marked = ""
    return (marked, True) if marked else (formatter.escape(plain), False)


def render_hits(
    results: SearchResults, rows: Mapping[int, dict[str, Any]], *, formatter: MarkFormatter | None = None
) -> SearchResults:
    """Attach the database rows to the hits and highlight quote and context.

    Hits whose quote is no longer in the database are dropped.
    """
    formatter = formatter or MarkFormatter.html()
    text_terms = results.terms.get("text", set())
    context_terms = results.terms.get("context", set()) | text_terms
    analyzer = text_analyzer()
    kept = []
    for hit in results.hits:
        row = rows.get(hit.quote_id)
        if row is None:
            continue
        hit.row = dict(row)
        hit.quote_html, hit.quote_matched = _highlight(
            row.get("quote"), text_terms, analyzer=analyzer, formatter=formatter, whole=True, maxchars=0
        )
        hit.context_html, hit.context_matched = _highlight(
            row.get("context"),
            context_terms,
            analyzer=analyzer,
            formatter=formatter,
            whole=False,
            maxchars=300,
        )
        kept.append(hit)
    results.hits = kept
    return results


def search(
    db: sqlite_utils.Database,
    text: str,
    *,
    index_dir: str | Path | None = None,
    limit: int = 10,
    page: int = 1,
    filters: Mapping[str, Any] | None = None,
    facets: bool = False,
    formatter: MarkFormatter | None = None,
) -> SearchResults:
    """Search the quotes of ``db`` through its whoosh index: ranked, highlighted hits."""
    index_dir = Path(index_dir) if index_dir is not None else index_dir_for(db)
    results = search_index(index_dir, text, page=page, page_size=limit, filters=filters, facets=facets)
    rows = fetch_rows(db, [hit.quote_id for hit in results.hits])
    return render_hits(results, rows, formatter=formatter)


def speaker_line(row: Mapping[str, Any]) -> str:
    """``Speaker (role, affiliation)`` for a ``quote_details`` row."""
    name = row.get("speaker") or "unknown speaker"
    details = [part for part in (row.get("speaker_role"), row.get("speaker_affiliation")) if part]
    return f"{name} ({', '.join(details)})" if details else name


def format_results(results: SearchResults) -> str:
    """The results as text for a terminal: one block per quote, then the count."""
    if not results.hits:
        lines = [
            f"No quotes match {results.query!r}."
            if results.total == 0
            else f"No quotes on page {results.page} ({results.total} in all)."
        ]
        if results.suggestion:
            lines.append(f"Did you mean: {results.suggestion}")
        return "\n".join(lines)
    lines = []
    for hit in results.hits:
        row = hit.row
        where = " · ".join(
            str(part)
            for part in (row.get("outlet"), (row.get("published") or "")[:10], row.get("article_title"))
            if part
        )
        lines.append(f"{hit.rank}. \u201c{hit.quote_html}\u201d")
        if hit.context_matched and not hit.quote_matched:
            lines.append(f"   context: {hit.context_html}")
        lines.append(f"   \u2014 {speaker_line(row)}")
        if where:
            lines.append(f"   {where}")
        lines.append(f"   quote {hit.quote_id}, article {row.get('article_id')}, score {hit.score:.2f}")
        lines.append("")
    about = "" if results.total_exact else "about "
    lines.append(
        f"{about}{results.total} quote{'s' if results.total != 1 else ''} "
        f"(page {results.page} of {results.pages})"
    )
    return "\n".join(lines)
