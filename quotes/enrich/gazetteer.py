"""The speakers gazetteer (``db/speakers.yml``): known people, bodies and organizations.

The gazetteer is plain data: :func:`load_gazetteer` reads the YAML file into a
:class:`Gazetteer`, whose lookups are pure functions of a name and an
:class:`ArticleContext` (the country the article is about). Speaker resolution
(:mod:`quotes.enrich.speakers`) and organization normalization
(:mod:`quotes.enrich.organizations`) use it; :func:`apply_gazetteer` refreshes the
rows the gazetteer describes at every build.

An alias can carry a context condition::

    {alias: foreign ministry, when: {country: North Korea}}

so that ``the foreign ministry`` in an article about North Korea is North
Korea's Ministry of Foreign Affairs, and nothing in an article about Japan.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import sqlite_utils

from quotes import settings
from quotes.enrich.yamlfiles import NewsroomFile
from quotes.errors import QuotesError
from quotes.store import changes
from quotes.store.sql import chunks, placeholders, update_if_changed


class GazetteerError(QuotesError):
    """The gazetteer file is missing or malformed."""


@dataclass(frozen=True)
class Alias:
    """One alias with its optional context condition."""

    text: str
    countries: tuple[str, ...] = ()
    affiliation: str | None = None


@dataclass
class Entry:
    """A known speaker or organization."""

    name: str
    kind: str = "person"
    aliases: list[Alias] = field(default_factory=list)
    surname: str | None = None
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None
    wikidata: str | None = None

    @property
    def alias_names(self) -> list[str]:
        return [alias.text for alias in self.aliases]

    @property
    def plain_aliases(self) -> list[str]:
        """The aliases without a context condition (those stored in the row)."""
        return [alias.text for alias in self.aliases if not alias.countries and not alias.affiliation]

    def surnames(self) -> set[str]:
        """Keys a bare surname mention of this person can use."""
        if self.kind != "person":
            return set()
        if self.surname:
            return {name_key(self.surname)} if self.surname != "-" else set()
        return {name_key(self.name.split()[-1])}


@dataclass(frozen=True)
class ArticleContext:
    """What an article is about, for context conditions: its main ``country``
    (``None`` when unknown) and the text, for same-article full-name lookups."""

    country: str | None = None
    text: str = ""


@dataclass
class Gazetteer:
    people: list[Entry] = field(default_factory=list)
    organizations: list[Entry] = field(default_factory=list)
    countries: dict[str, list[str]] = field(default_factory=dict)
    path: str | None = None

    def match_speaker(
        self, name: str, *, context: ArticleContext | None = None, affiliation: str | None = None
    ) -> Entry | None:
        """The speaker entry whose name or applicable alias is ``name``."""
        return _match(self.people, name, context=context, affiliation=affiliation, gazetteer=self)

    def match_organization(self, name: str, *, context: ArticleContext | None = None) -> Entry | None:
        """The organization entry whose name or applicable alias is ``name``."""
        return _match(self.organizations, name, context=context, affiliation=None, gazetteer=self)

    def article_context(self, text: str, *, title: str | None = None) -> ArticleContext:
        """The context of an article: see :func:`main_country`."""
        return ArticleContext(country=main_country(text, self.countries, title=title), text=text)


_DASHES = re.compile(r"[\u2010-\u2015\u2212-]")
_QUOTES = re.compile(r"[\u2018\u2019\u02bc`]")


NAME_EDGES = " ,.;:"
"""Characters stripped from both ends of a name as stored."""
QUOTE_EDGES = "\"'\u201c\u201d"
"""Quotation marks a speaker's name can carry from the text around it."""


def clean_name(name: str, *, strip: str = NAME_EDGES) -> str:
    """``name`` as stored: spaces collapsed, no ``strip`` characters at either
    end, no leading ``the``."""
    name = re.sub(r"\s+", " ", name).strip(strip)
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The comparison key of a name: case-folded, accents, dots, hyphens and a
    leading ``the`` removed, so ``Kim Jong-un`` and ``Kim Jong Un`` share a key."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _QUOTES.sub("'", text)
    text = _DASHES.sub(" ", text)
    text = re.sub(r"[.,;:\"()\[\]]", " ", text).casefold()
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^(the|an|a)\s+", "", text)
    return text


def main_country(text: str, countries: dict[str, list[str]], *, title: str | None = None) -> str | None:
    """The country an article is about: the one named in the title (if exactly
    one is), else the one whose names occur most often in the text (ties and
    articles naming no country give ``None``)."""
    if title:
        in_title = [c for c, aliases in countries.items() if _count_mentions(title, aliases)]
        if len(in_title) == 1:
            return in_title[0]
    counts = Counter({c: _count_mentions(text, aliases) for c, aliases in countries.items()})
    ranked = [item for item in counts.most_common() if item[1] > 0]
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _count_mentions(text: str, aliases: Iterable[str]) -> int:
    total = 0
    covered: list[tuple[int, int]] = []
    for alias in sorted(aliases, key=len, reverse=True):
        pattern = r"(?<![\w.])" + re.escape(alias) + r"(?![\w])"
        flags = 0 if alias.isupper() or len(alias) <= 4 else re.IGNORECASE
        for m in re.finditer(pattern, text, flags):
            if any(m.start() < e and s < m.end() for s, e in covered):
                continue
            covered.append((m.start(), m.end()))
            total += 1
    return total


def _condition_holds(
    alias: Alias, context: ArticleContext | None, affiliation: str | None, gazetteer: Gazetteer
) -> bool:
    if alias.countries and (context is None or context.country not in alias.countries):
        return False
    if alias.affiliation:
        if not affiliation:
            return False
        wanted = gazetteer.match_organization(alias.affiliation, context=context)
        found = gazetteer.match_organization(affiliation, context=context)
        if wanted is None or found is None or wanted.name != found.name:
            return False
    return True


def _match(entries: list[Entry], name: str, *, context, affiliation, gazetteer) -> Entry | None:
    key = name_key(name)
    if not key:
        return None
    for entry in entries:
        if name_key(entry.name) == key:
            return entry
    for entry in entries:
        for alias in entry.aliases:
            if name_key(alias.text) == key and _condition_holds(alias, context, affiliation, gazetteer):
                return entry
    return None


def _parse_alias(raw: Any, where: str) -> Alias:
    if isinstance(raw, str):
        return Alias(raw)
    if isinstance(raw, dict) and isinstance(raw.get("alias"), str):
        when = raw.get("when") or {}
        if not isinstance(when, dict):
            raise GazetteerError(f"{where}: 'when' of alias {raw['alias']!r} must be a mapping")
        country = when.get("country") or ()
        countries = (country,) if isinstance(country, str) else tuple(country)
        return Alias(raw["alias"], countries=countries, affiliation=when.get("affiliation"))
    raise GazetteerError(f"{where}: an alias must be a string or {{alias: ..., when: ...}}, got {raw!r}")


def _parse_entry(raw: Any, where: str, default_kind: str) -> Entry:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not raw["name"].strip():
        raise GazetteerError(f"{where}: each entry needs a 'name'")
    unknown = set(raw) - {"name", "aliases", "surname", "kind", "role", "affiliation", "country", "wikidata"}
    if unknown:
        raise GazetteerError(f"{where} ({raw['name']}): unknown field(s) {', '.join(sorted(unknown))}")
    aliases = raw.get("aliases") or []
    if not isinstance(aliases, list):
        raise GazetteerError(f"{where} ({raw['name']}): 'aliases' must be a list")
    return Entry(
        name=raw["name"].strip(),
        kind=raw.get("kind", default_kind),
        aliases=[_parse_alias(a, f"{where} ({raw['name']})") for a in aliases],
        surname=raw.get("surname"),
        role=raw.get("role"),
        affiliation=raw.get("affiliation"),
        country=raw.get("country"),
        wikidata=raw.get("wikidata"),
    )


def parse_gazetteer(data: Any, *, path: str = "gazetteer") -> Gazetteer:
    """Build a :class:`Gazetteer` from parsed YAML ``data``; ``path`` names the
    file in error messages."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise GazetteerError(f"{path}: expected a mapping with people, bodies, organizations, countries")
    unknown = set(data) - {"people", "bodies", "organizations", "countries"}
    if unknown:
        raise GazetteerError(f"{path}: unknown section(s) {', '.join(sorted(unknown))}")
    people = [
        _parse_entry(e, f"{path}: people[{i}]", "person") for i, e in enumerate(data.get("people") or [])
    ]
    bodies = [
        _parse_entry(e, f"{path}: bodies[{i}]", "organization")
        for i, e in enumerate(data.get("bodies") or [])
    ]
    orgs = [
        _parse_entry(e, f"{path}: organizations[{i}]", "organization")
        for i, e in enumerate(data.get("organizations") or [])
    ]
    countries = {}
    for i, c in enumerate(data.get("countries") or []):
        entry = _parse_entry(c, f"{path}: countries[{i}]", "country")
        countries[entry.name] = [entry.name, *entry.alias_names]
    # Bodies speak (speakers of kind organization) and are affiliations too.
    return Gazetteer(people=people + bodies, organizations=orgs + bodies, countries=countries, path=path)


GAZETTEER = NewsroomFile(
    name="speakers.yml",
    env=settings.GAZETTEER,
    what="gazetteer file",
    parse=parse_gazetteer,
    error=GazetteerError,
)
"""``$QUOTES_GAZETTEER`` if set; else ``speakers.yml`` beside the database if
there is one; else the project's ``db/speakers.yml``."""


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """Read the gazetteer at ``path`` (default: the project's, or ``$QUOTES_GAZETTEER``)."""
    return GAZETTEER.load(path)


def gazetteer_for(db: sqlite_utils.Database) -> Gazetteer:
    """The gazetteer that applies to database ``db`` (see :data:`GAZETTEER`)."""
    return GAZETTEER.for_database(db)


NO_CHANGES = {"speakers": 0, "organizations": 0}


def apply_gazetteer(
    db: sqlite_utils.Database,
    gazetteer: Gazetteer | None = None,
    *,
    only: dict[str, Iterable[int]] | None = None,
) -> dict[str, int]:
    """Bring the rows the gazetteer describes up to date: canonical names,
    aliases, kinds and Wikidata ids of speakers and organizations already in
    ``db`` (matched by name or alias). Rows for people nobody quoted are not
    created, and rows already up to date are not written. ``only`` maps
    ``speakers`` and ``organizations`` to the ids of the rows to look at
    (default: all). Returns counts of changed rows.

    The rows are renamed directly: a :class:`~quotes.enrich.names.Names` made
    before this call does not see the new names."""
    gazetteer = gazetteer or gazetteer_for(db)
    counts = dict(NO_CHANGES)
    for table, entries in (("speakers", gazetteer.people), ("organizations", gazetteer.organizations)):
        by_key = _rows_by_key(db, table, None if only is None else only.get(table, ()))
        if not by_key:
            continue
        for entry in entries:
            keys = {name_key(entry.name)} | {name_key(a) for a in entry.plain_aliases}
            for row in sorted(row for key in keys for row in by_key.get(key, ())):
                counts[table] += _apply_entry(db, table, entry, row)
    return counts


def _rows_by_key(
    db: sqlite_utils.Database, table: str, ids: Iterable[int] | None
) -> dict[str, list[tuple[int, str, str]]]:
    """The ``(id, name, aliases)`` rows of ``table`` (all, or ``ids``) by the key of their name."""
    sql = f"select id, name, aliases from {table}"
    batches = (
        [(sql, [])] if ids is None else [(f"{sql} where id in ({placeholders(c)})", c) for c in chunks(ids)]
    )
    by_key: dict[str, list[tuple[int, str, str]]] = {}
    for query, params in batches:
        for row_id, name, aliases in db.execute(query, params):
            by_key.setdefault(name_key(name), []).append((row_id, name, aliases))
    return by_key


def _apply_entry(db: sqlite_utils.Database, table: str, entry: Entry, row: tuple[int, str, str]) -> int:
    """Write what ``entry`` says to the ``table`` row it matched; 1 if it changed."""
    row_id, name, aliases = row
    merged = sorted(set(json.loads(aliases or "[]")) | set(entry.plain_aliases) | ({name} - {entry.name}))
    update: dict[str, Any] = {"aliases": json.dumps(merged)}
    if entry.wikidata:
        update["wikidata"] = entry.wikidata
    if table == "speakers":
        update["source"] = "gazetteer"
        update["kind"] = entry.kind
    elif entry.country:
        update["country"] = entry.country
    try:
        return update_if_changed(db, table, row_id, {"name": entry.name, **update})
    except sqlite3.IntegrityError:  # a row with the canonical name exists already
        return update_if_changed(db, table, row_id, update)


def gazetteer_fingerprint(gazetteer: Gazetteer) -> str:
    """A digest of the gazetteer file's contents (what :func:`apply_gazetteer` reads)."""
    try:
        data = Path(gazetteer.path).read_bytes() if gazetteer.path else b""
    except OSError:
        data = repr(gazetteer).encode()
    return hashlib.sha256(data).hexdigest()


def forget_applied(db: sqlite_utils.Database) -> None:
    """Make the next :func:`apply_gazetteer_step` look at every row again
    (after an editor renamed a speaker)."""
    changes.set_state(db, changes.GAZETTEER_STEP, "")


def apply_gazetteer_step(db: sqlite_utils.Database) -> dict[str, int]:
    """The build's step: :func:`apply_gazetteer` to the speakers of the quotes
    added or changed since the last run and to their organizations (see
    :mod:`quotes.store.changes`), or to every row when the gazetteer file changed,
    an editor renamed a speaker, or the step never ran on this database.
    Returns the counts of changed rows."""
    gazetteer = gazetteer_for(db)
    digest = gazetteer_fingerprint(gazetteer)
    todo = changes.pending(db, changes.GAZETTEER_STEP)
    if todo.full or changes.get_state(db, changes.GAZETTEER_STEP) != digest:
        counts = apply_gazetteer(db, gazetteer)
    elif todo.empty:
        counts = dict(NO_CHANGES)
    else:
        organizations = _organizations_of(db, "quotes", todo.quote_ids)
        organizations |= _organizations_of(db, "speakers", todo.speaker_ids)
        counts = apply_gazetteer(
            db, gazetteer, only={"speakers": todo.speaker_ids, "organizations": organizations}
        )
    changes.done(db, todo)
    changes.set_state(db, changes.GAZETTEER_STEP, digest)
    return counts


def _organizations_of(db: sqlite_utils.Database, table: str, ids: Iterable[int]) -> set[int]:
    """The organizations the ``quotes`` or ``speakers`` rows ``ids`` point to."""
    found: set[int] = set()
    for batch in chunks(ids):
        found.update(
            row[0]
            for row in db.execute(
                f"select organization_id from {table} where id in ({placeholders(batch)}) "
                "and organization_id is not null",
                batch,
            )
        )
    return found
