"""Table models of the quotes database (SQLModel).

These classes are the single description of the tables: the migrations in
:mod:`quotes.store.db` create the tables from them, and scripts can use them with a
SQLModel ``Session`` (see :func:`quotes.store.db.engine`). Every table has an integer
primary key ``id`` so that FTS triggers can key on ``rowid``.

JSON columns (``aliases``, ``stance_tags``) hold JSON arrays as text, which
Datasette facets as arrays.
"""

from __future__ import annotations

from sqlalchemy import Index, text
from sqlmodel import Field, SQLModel

PARTIAL_QUOTE_INDEXES = {
    "ix_quotes_speaker_id": "speaker_id",
    "ix_quotes_organization_id": "organization_id",
    "ix_quotes_statement_id": "statement_id",
    "quotes_within_quote_id": "within_quote_id",
}
"""Indexes of ``quotes`` columns that stay NULL for many quotes (and for
every quote loaded in bulk until the post-build steps fill them): they hold
only the rows where the column is set. A lookup by value (``= ?``, ``in``,
a join on the column) can use them; a quote loaded in bulk costs no index
entries until its speaker or statement is known."""


class Article(SQLModel, table=True):
    __tablename__ = "articles"

    id: int | None = Field(default=None, primary_key=True)
    hash: str = Field(unique=True, index=True, description="SHA-256 of the article text")
    title: str | None = None
    outlet: str | None = Field(default=None, index=True)
    author: str | None = None
    published: str | None = Field(default=None, index=True, description="ISO 8601 date")
    url: str | None = None
    source: str | None = Field(default=None, description="The file the article was read from")
    format: str = "text"
    text: str = ""
    added_at: str | None = None


class Organization(SQLModel, table=True):
    __tablename__ = "organizations"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True)
    kind: str | None = None
    country: str | None = None
    aliases: str = "[]"
    wikidata: str | None = None


class Speaker(SQLModel, table=True):
    __tablename__ = "speakers"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    kind: str = "person"
    role: str | None = None
    affiliation: str | None = None
    organization_id: int | None = Field(default=None, foreign_key="organizations.id", index=True)
    aliases: str = "[]"
    wikidata: str | None = None
    source: str = Field(default="text", description="'gazetteer', 'text' or 'editor'")
    scope: str | None = Field(
        default=None,
        description="For anonymous sources: the hash of the one article they speak in "
        "(two 'senior officials' in two articles are not known to be one person)",
    )


class Statement(SQLModel, table=True):
    __tablename__ = "statements"

    id: int | None = Field(default=None, primary_key=True)
    speaker_id: int | None = Field(default=None, foreign_key="speakers.id", index=True)
    text: str = ""
    quote_count: int = 0
    variant_count: int = 0


class Quote(SQLModel, table=True):
    __tablename__ = "quotes"
    __table_args__ = tuple(
        Index(name, column, sqlite_where=text(f"{column} is not null"))
        for name, column in PARTIAL_QUOTE_INDEXES.items()
    )

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="articles.id", index=True, ondelete="CASCADE")
    text: str
    kind: str = Field(default="direct", index=True)
    start: int
    end: int
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_id: int | None = Field(default=None, foreign_key="speakers.id")
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    role: str | None = Field(default=None, description="Role as stated in this article")
    affiliation: str | None = Field(default=None, description="Affiliation as stated in this article")
    organization_id: int | None = Field(default=None, foreign_key="organizations.id")
    addressee: str | None = None
    confidence: float = 0.0
    paragraph_start: int | None = None
    paragraph_end: int | None = None
    statement_id: int | None = Field(default=None, foreign_key="statements.id")
    stance_tags: str = "[]"
    stance_targets: str = Field(
        default="[]", description="JSON array of the targets of the accepted stance tags"
    )
    origin: str = Field(default="auto", description="'auto' or 'editor'")
    needs_review: bool = Field(default=False, description="Confidence too low to trust without a look")
    within_quote_id: int | None = Field(
        default=None, description="The indirect quote (quotes.id) holding this partial quote"
    )
    via: str | None = Field(default=None, description="Who relays words that are the speaker's own")


class Tag(SQLModel, table=True):
    __tablename__ = "tags"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True)
    label: str | None = Field(default=None, description="The name shown to readers")
    description: str | None = None
    beat: str = Field(
        default="general", description="'general', a beat's name, or 'editor' (added by an editor)"
    )


class QuoteTag(SQLModel, table=True):
    __tablename__ = "quote_tags"

    id: int | None = Field(default=None, primary_key=True)
    quote_id: int = Field(foreign_key="quotes.id", index=True, ondelete="CASCADE")
    tag_id: int = Field(foreign_key="tags.id", index=True, ondelete="CASCADE")
    target: str | None = None
    confidence: float = 0.0
    evidence: str | None = None
    origin: str = Field(default="auto", description="'auto' or 'editor'")
    suggestion: bool = Field(
        default=False, description="Below the confidence threshold: shown as a suggestion only"
    )


class QuoteChange(SQLModel, table=True):
    """One quote inserted, deleted or changed (filled by triggers, see :mod:`quotes.store.changes`)."""

    __tablename__ = "quote_changes"

    id: int | None = Field(default=None, primary_key=True)
    quote_id: int
    op: str = Field(description="'insert', 'update' or 'delete'")
    speaker_id: int | None = Field(default=None, description="The quote's speaker before the change")
    statement_id: int | None = Field(default=None, description="The quote's statement before the change")


class PostBuildState(SQLModel, table=True):
    """How far each incremental post-build step got (see :mod:`quotes.store.changes`)."""

    __tablename__ = "post_build_state"

    id: int | None = Field(default=None, primary_key=True)
    step: str = Field(unique=True)
    seen: int = Field(default=0, description="The last quote_changes id the step handled")
    fingerprint: str | None = Field(default=None, description="What the step last saw (e.g. the gazetteer)")


class PendingSpeaker(SQLModel, table=True):
    """A quote loaded in bulk whose speaker and organization rows are still to
    be found (see :mod:`quotes.store.bulk`); the build's first step resolves it."""

    __tablename__ = "pending_speakers"

    id: int = Field(primary_key=True, foreign_key="quotes.id", ondelete="CASCADE", description="The quote")
    speaker: str | None = Field(default=None, description="The speaker's name as extracted")
    speaker_kind: str | None = Field(default=None, description="'person', 'anonymous', ... as extracted")


CHANGE_MODELS: list[type[SQLModel]] = [QuoteChange, PostBuildState]
"""Bookkeeping tables of the incremental post-build steps (created by migration m003)."""

TABLE_MODELS: list[type[SQLModel]] = [Article, Organization, Speaker, Statement, Quote, Tag, QuoteTag]
