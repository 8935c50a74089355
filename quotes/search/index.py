"""The whoosh search index: a rebuildable copy of the quotes in SQLite.

The index lives in a folder beside the database (``db/quotes.whoosh`` for
``db/quotes.db``). Each quote is one document, built from a row of the
``quote_details`` view. The verbs follow sqlite-utils' FTS ones:

- :func:`build_index` (and :func:`rebuild_index`) index every quote from scratch;
- :func:`update_index` indexes only what changed since the last run: quotes not
  yet indexed, quotes whose indexed fields changed (a curation rename, a new stance
  tag), and quotes deleted from the database;
- :func:`check_index` compares the index with the database and lists the missing,
  extra and stale quote ids.

Changes are detected with a fingerprint of the indexed fields, kept in the
``key`` column (``"<quote id>:<fingerprint>"``), so the check reads a column
instead of every stored document.

whoosh-reloaded 2.7.5 raises ``StopIteration`` on some empty inputs; the helpers
here never commit an empty writer and never search an empty index.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils
from whoosh import columns, fields, index
from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StemmingAnalyzer
from whoosh.support.charset import accent_map

from quotes.errors import QuotesError
from quotes.store.sql import database_file

INDEX_SUFFIX = ".whoosh"
INDEX_NAME = "quotes"
# Bump when the schema or the document builder changes: an index made by another
# version is reported by the check and replaced by update_index.
INDEX_VERSION = "4"

TEXT_BOOST = 3.0
SPEAKER_BOOST = 2.0
CONTEXT_BOOST = 1.0

DOCUMENT_SQL = """
select quote_id, quote, kind, speaker, speaker_role, speaker_affiliation, article_id,
    article_title, outlet, published, stance_tags, context
from quote_details
"""


class SearchIndexError(QuotesError):
    """The whoosh index is missing, unreadable or cannot be written."""


@dataclass
class IndexCheck:
    """The result of comparing the index with the database (quote ids)."""

    missing: list[int] = field(default_factory=list)
    extra: list[int] = field(default_factory=list)
    stale: list[int] = field(default_factory=list)
    indexed: int = 0
    in_database: int = 0
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return not (self.missing or self.extra or self.stale or self.problem)

    def summary(self) -> str:
        """One line for people: in step, or what is out of step."""
        if self.problem:
            return self.problem
        if self.ok:
            return f"index in step with the database: {self.indexed} quotes"
        parts = []
        for name in ("missing", "extra", "stale"):
            ids = getattr(self, name)
            if ids:
                shown = ", ".join(str(i) for i in ids[:10]) + (", ..." if len(ids) > 10 else "")
                parts.append(f"{len(ids)} {name} ({shown})")
        return "index out of step: " + "; ".join(parts) + " - run `quotes index` to update"


@dataclass
class IndexUpdate:
    """What an update or build did."""

    added: int = 0
    updated: int = 0
    deleted: int = 0
    rebuilt: bool = False

    @property
    def changed(self) -> int:
        return self.added + self.updated + self.deleted


def text_analyzer():
    """Words, lowercased, stop words dropped, accents folded, stemmed."""
    return StemmingAnalyzer() | CharsetFilter(accent_map)


def name_analyzer():
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


def index_dir_for(db: str | Path | sqlite_utils.Database) -> Path:
    """The index folder for a database: ``db/quotes.whoosh`` beside ``db/quotes.db``."""
    if isinstance(db, sqlite_utils.Database):
        path = database_file(db)
        if path is None:
            raise SearchIndexError("an in-memory database has no index folder: pass index_dir")
        db = path
    db = Path(db)
    return db.with_name(db.stem + INDEX_SUFFIX)


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
    """The tag names of a ``stance_tags`` JSON array (of names or of objects)."""
    if not value:
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return [part.strip() for part in value.split(",") if part.strip()]
    names = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            item = item.get("name") or item.get("tag") or item.get("label")
        if item:
            names.append(str(item).strip().replace(",", " "))
    return names


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
    values = [INDEX_VERSION] + [
        row.get(name)
        for name in (
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
    ]
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


def _rows(db: sqlite_utils.Database, ids: Iterable[int] | None = None) -> Iterator[dict[str, Any]]:
    if ids is None:
        yield from db.query(DOCUMENT_SQL)
        return
    ids = list(ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" for _ in chunk)
        yield from db.query(DOCUMENT_SQL + f" where quote_id in ({marks})", chunk)


def database_keys(db: sqlite_utils.Database) -> dict[int, str]:
    """``{quote id: fingerprint}`` for every quote in the database."""
    return {row["quote_id"]: fingerprint(row) for row in _rows(db)}


def index_exists(index_dir: str | Path) -> bool:
    """True when ``index_dir`` holds a whoosh index of quotes."""
    folder = Path(index_dir)
    return folder.is_dir() and any(folder.glob(f"_{INDEX_NAME}_*.toc"))


def open_index(index_dir: str | Path):
    """Open the whoosh index in ``index_dir``; raise SearchIndexError when there is none."""
    if not index_exists(index_dir):
        raise SearchIndexError(
            f"{index_dir}: no search index here - run `quotes index --rebuild` to build it"
        )
    try:
        ix = index.open_dir(str(index_dir), indexname=INDEX_NAME)
    except Exception as error:  # whoosh raises many kinds on a damaged folder
        raise SearchIndexError(
            f"{index_dir}: the search index cannot be read ({error}) - run `quotes index --rebuild`"
        ) from error
    if set(ix.schema.names()) != set(make_schema().names()):
        raise SearchIndexError(
            f"{index_dir}: the search index was made by another version - run `quotes index --rebuild`"
        )
    return ix


def index_keys(ix) -> dict[int, str]:
    """``{quote id: fingerprint}`` for every live document of an open index."""
    keys: dict[int, str] = {}
    with ix.reader() as reader:
        if reader.doc_count() == 0:
            return keys
        column = reader.column_reader("key")
        for docnum in reader.all_doc_ids():
            value = column[docnum]
            if isinstance(value, bytes):
                value = value.decode("utf-8")
            if not value:
                continue
            quote_id, _, print_ = value.partition(":")
            keys[int(quote_id)] = print_
    return keys


def _writer(ix, *, procs: int = 1, limitmb: int = 128):
    # compound=False: whoosh copies every part of a compound segment file into
    # memory when a reader opens it (about the size of the index per searcher);
    # separate files are read on demand.
    if procs > 1:
        return ix.writer(procs=procs, limitmb=limitmb, multisegment=True, compound=False)
    return ix.writer(limitmb=limitmb, compound=False)


def build_index(
    db: sqlite_utils.Database, index_dir: str | Path | None = None, *, procs: int = 1, limitmb: int = 128
) -> IndexUpdate:
    """Index every quote of ``db`` into a new index in ``index_dir``.

    The new index is built in a temporary folder beside ``index_dir`` and moved
    into place at the end, so searches keep working on the old one meanwhile.
    ``procs`` > 1 uses whoosh's multiprocessing writer (faster on large archives).
    """
    index_dir = Path(index_dir) if index_dir is not None else index_dir_for(db)
    building = index_dir.with_name(index_dir.name + ".building")
    if building.exists():
        shutil.rmtree(building)
    building.mkdir(parents=True)
    try:
        ix = index.create_in(str(building), make_schema(), indexname=INDEX_NAME)
        count = 0
        writer = None
        for row in _rows(db):
            if writer is None:
                writer = _writer(ix, procs=procs, limitmb=limitmb)
            writer.add_document(**document(row))
            count += 1
        if writer is not None:
            writer.commit()
        ix.close()
    except sqlite3.Error as error:
        shutil.rmtree(building, ignore_errors=True)
        raise SearchIndexError(f"cannot read the quotes to index: {error}") from error
    except OSError as error:
        shutil.rmtree(building, ignore_errors=True)
        raise SearchIndexError(f"{index_dir}: cannot write the search index: {error}") from error
    old = index_dir.with_name(index_dir.name + ".old")
    if index_dir.exists():
        if old.exists():
            shutil.rmtree(old)
        index_dir.rename(old)
    building.rename(index_dir)
    if old.exists():
        shutil.rmtree(old)
    return IndexUpdate(added=count, rebuilt=True)


rebuild_index = build_index


def update_index(
    db: sqlite_utils.Database, index_dir: str | Path | None = None, *, procs: int = 1, limitmb: int = 128
) -> IndexUpdate:
    """Bring the index in step with ``db``, touching only what changed.

    Builds the index when there is none (or it was made by another version);
    otherwise adds new quotes, re-indexes changed ones and deletes removed ones.
    """
    index_dir = Path(index_dir) if index_dir is not None else index_dir_for(db)
    try:
        ix = open_index(index_dir)
    except SearchIndexError:
        return build_index(db, index_dir, procs=procs, limitmb=limitmb)
    in_index = index_keys(ix)
    result = IndexUpdate()
    writer = None
    seen: set[int] = set()
    for row in _rows(db):
        quote_id = row["quote_id"]
        seen.add(quote_id)
        known = in_index.get(quote_id)
        if known is not None and fingerprint(row) == known:
            continue  # unchanged: the document itself is not needed
        doc = document(row)
        if writer is None:
            writer = _writer(ix, limitmb=limitmb)
        if known is None:
            writer.add_document(**doc)
            result.added += 1
        else:
            writer.update_document(**doc)
            result.updated += 1
    for quote_id in in_index.keys() - seen:
        if writer is None:
            writer = _writer(ix, limitmb=limitmb)
        writer.delete_by_term("quote_id", str(quote_id))
        result.deleted += 1
    if writer is not None:
        writer.commit()
    ix.close()
    return result


def check_index(db: sqlite_utils.Database, index_dir: str | Path | None = None) -> IndexCheck:
    """Compare the index with ``db``: quotes missing from it, extra in it, or stale."""
    index_dir = Path(index_dir) if index_dir is not None else index_dir_for(db)
    wanted = database_keys(db)
    try:
        ix = open_index(index_dir)
    except SearchIndexError as error:
        return IndexCheck(missing=sorted(wanted), in_database=len(wanted), problem=str(error))
    have = index_keys(ix)
    ix.close()
    return IndexCheck(
        missing=sorted(wanted.keys() - have.keys()),
        extra=sorted(have.keys() - wanted.keys()),
        stale=sorted(i for i in wanted.keys() & have.keys() if wanted[i] != have[i]),
        indexed=len(have),
        in_database=len(wanted),
    )


def open_database(path: str | Path) -> sqlite_utils.Database:
    """Open an existing quotes database for indexing or searching.

    Raises SearchIndexError (naming the file) when it is missing or not SQLite."""
    from quotes.store.db import open_db

    path = Path(path)
    if not path.is_file():
        raise SearchIndexError(f"{path}: no database here - run `quotes build` first")
    try:
        db = open_db(path, migrate=False)
        db.execute("select count(*) from quote_details").fetchone()
    except sqlite3.DatabaseError as error:
        raise SearchIndexError(f"{path}: not a quotes database ({error})") from None
    return db
