"""The documents of the whoosh search index: its schema, analyzers and the
document built from each row of the ``quote_details`` view.

Each quote is one document. ``key`` holds ``"<quote id>:<fingerprint>"``, a
short hash of the indexed values, so :mod:`quotes.search.index` finds changed
quotes by reading one column instead of every stored document.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from whoosh import columns, fields
from whoosh.analysis import Analyzer, CharsetFilter, LowercaseFilter, RegexTokenizer, StemmingAnalyzer
from whoosh.support.charset import accent_map

from quotes.store.columns import tag_names

# Bump when the schema or the document builder changes: it is part of every
# document's fingerprint, so the next update re-indexes every document.
INDEX_VERSION = "4"

TEXT_BOOST = 3.0
SPEAKER_BOOST = 2.0
CONTEXT_BOOST = 1.0

INDEXED_COLUMNS = (
    "quote",
    "kind",
    "speaker",
    "speaker_role",
    "speaker_affiliation",
    "article_id",
    "article_title",
    "outlet",
    "published",
    "stance_tags",
    "context",
)
"""The ``quote_details`` columns a document is built from (and fingerprinted by)."""
DOCUMENT_SQL = f"select quote_id, {', '.join(INDEXED_COLUMNS)} from quote_details"


def text_analyzer() -> Analyzer:
    """Words, lowercased, stop words dropped, accents folded, stemmed."""
    return StemmingAnalyzer() | CharsetFilter(accent_map)


def name_analyzer() -> Analyzer:
    """Names and single words, lowercased and accent folded but not stemmed."""
    return RegexTokenizer() | LowercaseFilter() | CharsetFilter(accent_map)


def _coarse_datetime() -> fields.DATETIME:
    """A DATETIME field indexed in 4 tiers of 16 bits instead of 8 of 8."""
    field = fields.DATETIME()
    field.shift_step = 16
    return field


def make_schema() -> fields.Schema:
    """The whoosh schema of a quote document.

    ``text`` (the quote, stored for spelling suggestions) is weighted above
    ``speaker`` and ``context`` (the words of its paragraph around the quote).
    Names (speaker, role, affiliation, outlet) are not stemmed, so their indexed
    words double as the spelling dictionary. ``speaker_facet``, ``outlet_facet``,
    ``year`` and ``stance`` are the facets of the search page. ``key`` is a
    column only (``"<quote id>:<fingerprint>"``): one indexed term per quote
    would slow indexing down for nothing.

    Every indexed word costs indexing time (whoosh is pure Python), hence the
    context without the quote and the coarse date tiers.
    """
    return fields.Schema(
        quote_id=fields.ID(stored=True, unique=True),
        key=fields.COLUMN(columns.VarBytesColumn()),
        text=fields.TEXT(analyzer=text_analyzer(), field_boost=TEXT_BOOST, stored=True),
        context=fields.TEXT(analyzer=text_analyzer(), field_boost=CONTEXT_BOOST),
        speaker=fields.TEXT(analyzer=name_analyzer(), field_boost=SPEAKER_BOOST),
        role=fields.TEXT(analyzer=name_analyzer()),
        affiliation=fields.TEXT(analyzer=name_analyzer()),
        outlet=fields.TEXT(analyzer=name_analyzer()),
        title=fields.TEXT(analyzer=text_analyzer()),
        kind=fields.ID(),
        stance=fields.KEYWORD(commas=True, lowercase=True, scorable=True),
        date=_coarse_datetime(),
        year=fields.ID(sortable=True),
        article_id=fields.ID(),
        speaker_facet=fields.ID(sortable=True),
        outlet_facet=fields.ID(sortable=True),
        stance_facet=fields.COLUMN(columns.VarBytesColumn()),
    )


def parse_date(value: str | None) -> datetime | None:
    """An ISO 8601 date or datetime string as a naive datetime (None if unreadable)."""
    if not value:
        return None
    value = value.strip()
    for candidate in (value, value[:19], value[:10]):
        try:
            parsed = datetime.fromisoformat(candidate.replace("Z", "+00:00"))
        except ValueError:
            continue
        return parsed.replace(tzinfo=None)
    return None


def stance_names(value: Any) -> list[str]:
    """The tag names of a ``stance_tags`` value, as whoosh keywords (no commas)."""
    return [name.replace(",", " ") for name in tag_names(value)]


def context_around(context: str | None, quote: str) -> str | None:
    """The paragraph around a quote without the quote itself (its words are in
    ``text`` already; indexing them twice would cost time and skew ranking)."""
    if not context:
        return None
    if quote and quote in context:
        before, _, after = context.partition(quote)
        context = f"{before} … {after}"
    return context.strip() or None


def fingerprint(row: dict[str, Any]) -> str:
    """A short hash of the indexed values of a ``quote_details`` row."""
    values = [INDEX_VERSION] + [row.get(name) for name in INDEXED_COLUMNS]
    data = json.dumps(values, ensure_ascii=False, default=str).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=8).hexdigest()


def document(row: dict[str, Any]) -> dict[str, Any]:
    """The whoosh document for one ``quote_details`` row."""
    quote_id = str(row["quote_id"])
    text = row.get("quote") or ""
    doc: dict[str, Any] = {
        "quote_id": quote_id,
        "key": f"{quote_id}:{fingerprint(row)}".encode("ascii"),
        "text": text,
        "kind": row.get("kind") or "",
        "article_id": str(row.get("article_id") or ""),
    }
    optional = {
        "context": context_around(row.get("context"), text),
        "speaker": row.get("speaker"),
        "role": row.get("speaker_role"),
        "affiliation": row.get("speaker_affiliation"),
        "outlet": row.get("outlet"),
        "title": row.get("article_title"),
        "speaker_facet": row.get("speaker"),
        "outlet_facet": row.get("outlet"),
    }
    doc.update({name: value for name, value in optional.items() if value})
    tags = stance_names(row.get("stance_tags"))
    if tags:
        doc["stance"] = ",".join(tags)
        doc["stance_facet"] = ",".join(tag.lower() for tag in tags).encode("utf-8")
    date = parse_date(row.get("published"))
    if date is not None:
        doc["date"] = date
        doc["year"] = str(date.year)
    return doc
