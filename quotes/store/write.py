"""Writing articles and their quotes to the quotes database.

:func:`write_article` adds an article and its quotes in one transaction, so an
article is stored whole or not at all (:func:`write_articles` does the same in
batches, for large imports); this module is the only one that adds ``articles``
and ``quotes`` rows (the post-build steps and the editors' commands of
:mod:`quotes.enrich` update and delete them). The
``speakers`` and ``organizations`` rows a quote points to come from a
:class:`SpeakerResolver` the caller passes in (the build passes
:class:`quotes.enrich.speakers.SpeakerDirectory`), so that storing needs
nothing from the enrichment layer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, Protocol

import sqlite_utils

from quotes.errors import QuotesError
from quotes.ingest.paragraphs import paragraph_bounds, paragraph_spans
from quotes.records import Article, Quote
from quotes.store.sql import insert_row

QUOTE_INSERT_BATCH = 1000
"""Quote rows per multi-row INSERT in :func:`write_articles`."""


class StoreError(QuotesError):
    """An article could not be stored (nothing of it was written)."""


class SpeakerResolver(Protocol):
    """Turns the speaker and the affiliation a quote names into row ids,
    creating the rows that are new."""

    def speaker_id(self, quote: Quote, article: Article) -> int | None:
        """The ``speakers`` row of the quote's speaker, or None when it has none."""
        ...

    def organization_id(self, quote: Quote, article: Article) -> int | None:
        """The ``organizations`` row of the quote's affiliation, or None when it states none."""
        ...


def article_id_for_hash(db: sqlite_utils.Database, hash: str) -> int | None:
    """The id of the stored article whose text has SHA-256 ``hash``, or None."""
    row = db.execute("select id from articles where hash = ?", [hash]).fetchone()
    return row[0] if row else None


def check_quote(article: Article, quote: Quote) -> None:
    """Raise :class:`StoreError` unless the quote's offsets index the article text."""
    size = len(article.text)
    if not (0 <= quote.start < quote.end <= size) or article.text[quote.start : quote.end] != quote.text:
        raise StoreError(
            f"{article.source or 'article'}: quote offsets {quote.start}-{quote.end} do not match "
            f"the article text (an extractor bug); the article was not stored"
        )
    for name in ("speaker", "cue"):
        start, end = getattr(quote, f"{name}_start"), getattr(quote, f"{name}_end")
        if (start is None) != (end is None) or (start is not None and not 0 <= start <= end <= size):
            raise StoreError(
                f"{article.source or 'article'}: {name} offsets {start}-{end} are outside the article "
                f"text (an extractor bug); the article was not stored"
            )


def article_row(article: Article, *, text_hash: str | None = None) -> dict[str, Any]:
    """The ``articles`` row for ``article`` (``text_hash``, when given, spares computing its hash)."""
    return {
        "hash": text_hash or article.hash,
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "published": article.published,
        "url": article.url,
        "source": article.source,
        "format": article.format,
        "text": article.text,
        "added_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


QUOTE_COLUMNS = (
    "article_id",
    "text",
    "kind",
    "start",
    "end",
    "cue",
    "cue_start",
    "cue_end",
    "speaker_id",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "role",
    "affiliation",
    "organization_id",
    "addressee",
    "confidence",
    "paragraph_start",
    "paragraph_end",
    "needs_review",
    "via",
)
"""The ``quotes`` columns a written quote sets, in the order of :func:`quote_values`."""


def quote_values(
    quote: Quote,
    *,
    article: Article,
    article_id: int,
    speaker_id: int | None,
    organization_id: int | None,
    paragraph: tuple[int | None, int | None],
) -> tuple[Any, ...]:
    """The values of the ``quotes`` row for ``quote`` in :data:`QUOTE_COLUMNS`
    order, with its provenance offsets (a bulk load writes the same values
    from the fields it reads: :func:`quotes.store.bulk.prepare_fields`, a test
    compares the two)."""
    mention = None
    if quote.speaker_start is not None and quote.speaker_end is not None:
        mention = article.text[quote.speaker_start : quote.speaker_end] or None
    # A literal in QUOTE_COLUMNS order (a test checks each value's column).
    return (
        article_id,
        quote.text,
        quote.kind,
        quote.start,
        quote.end,
        quote.cue,
        quote.cue_start,
        quote.cue_end,
        speaker_id,
        mention,
        quote.speaker_start,
        quote.speaker_end,
        quote.role,
        quote.affiliation,
        organization_id,
        quote.addressee,
        quote.confidence,
        paragraph[0],
        paragraph[1],
        quote.needs_review,
        quote.via,
    )


def write_article(
    db: sqlite_utils.Database,
    article: Article,
    quotes: Iterable[Quote],
    *,
    speakers: SpeakerResolver,
) -> int | None:
    """Store ``article`` and its quotes in one transaction and return the new
    article id, or None when an article with the same text (hash) is stored
    already. Quotes in boilerplate are dropped (see :meth:`Article.story_quotes`); each
    quote's speaker and affiliation go through ``speakers``.

    If anything fails, nothing of the article is written and the error is raised
    (:class:`StoreError` for quotes whose offsets do not index the text).
    """
    with db.atomic():
        if article_id_for_hash(db, article.hash) is not None:
            return None
        article_id = insert_row(db, "articles", article_row(article))
        quotes = list(quotes)
        for row in _quote_rows(article, article_id, quotes, speakers):
            insert_row(db, "quotes", row)
        link_pairs(db, article_id, quotes)
    return article_id


#: Points a partial quote at the stored indirect quote holding it.
_LINK_PAIR_SQL = """
update quotes set within_quote_id = (
    select holder.id from quotes as holder
    where holder.article_id = :article and holder.start = :holder_start and holder."end" = :holder_end
      and holder.kind = 'indirect'
)
where article_id = :article and start = :start and "end" = :end and kind = 'partial'
"""


def link_pairs(db: sqlite_utils.Database, article_id: int, quotes: Iterable[Quote]) -> None:
    """Set ``within_quote_id`` of the stored partial quotes of an article whose
    ``within`` names an indirect quote stored with them."""
    for quote in quotes:
        if quote.within is not None and quote.kind == "partial":
            db.execute(
                _LINK_PAIR_SQL,
                {
                    "article": article_id,
                    "holder_start": quote.within[0],
                    "holder_end": quote.within[1],
                    "start": quote.start,
                    "end": quote.end,
                },
            )


def _quote_rows(
    article: Article, article_id: int, quotes: Iterable[Quote], speakers: SpeakerResolver
) -> Iterator[dict[str, Any]]:
    """The rows of the story quotes of ``article`` (boilerplate dropped, offsets
    checked), with their speaker, organization and paragraph."""
    spans = paragraph_spans(article.text)
    for quote in article.story_quotes(quotes):
        check_quote(article, quote)
        values = quote_values(
            quote,
            article=article,
            article_id=article_id,
            speaker_id=speakers.speaker_id(quote, article),
            organization_id=speakers.organization_id(quote, article),
            paragraph=paragraph_bounds(spans, quote.start, quote.end),
        )
        yield dict(zip(QUOTE_COLUMNS, values, strict=True))


def write_articles(
    db: sqlite_utils.Database,
    items: Iterable[tuple[Article, Iterable[Quote]]],
    *,
    speakers: SpeakerResolver,
    batch_size: int = 500,
) -> int:
    """Store many ``(article, quotes)`` pairs, ``batch_size`` articles per
    transaction, with bulk inserts of the quotes; return the number of articles
    written. For large imports (the scale benchmark, which passes a resolver
    that caches its ids).

    The rules are those of :func:`write_article` (boilerplate quotes dropped,
    offsets checked, articles already stored skipped), but an error rolls back
    the whole batch it happens in.
    """
    written = 0
    iterator = iter(items)
    while batch := [item for _, item in zip(range(batch_size), iterator)]:
        with db.atomic():
            written += _write_batch(db, batch, speakers)
    return written


def _write_batch(
    db: sqlite_utils.Database, batch: list[tuple[Article, Iterable[Quote]]], speakers: SpeakerResolver
) -> int:
    """Store one batch of :func:`write_articles`; return the articles written."""
    seen: set[str] = set()
    rows: list[dict[str, Any]] = []
    pairs: list[tuple[int, list[Quote]]] = []
    for article, quotes in batch:
        if article.hash in seen or article_id_for_hash(db, article.hash) is not None:
            continue
        seen.add(article.hash)
        article_id = insert_row(db, "articles", article_row(article))
        quotes = list(quotes)
        rows.extend(_quote_rows(article, article_id, quotes, speakers))
        if any(quote.within is not None for quote in quotes):
            pairs.append((article_id, quotes))
    if rows:
        db.table("quotes").insert_all(rows, batch_size=QUOTE_INSERT_BATCH)
    for article_id, quotes in pairs:
        link_pairs(db, article_id, quotes)
    return len(seen)
