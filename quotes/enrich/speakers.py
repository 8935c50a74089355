"""Cross-article speaker resolution: one ``speakers`` row per real person.

:func:`resolve_speaker` turns the speaker the extractor found for a quote
(``Quote.speaker``, already resolved within its article: ``Easley`` after
``Leif-Eric Easley`` is ``Leif-Eric Easley``) into a row of ``speakers``:

1. the gazetteer (``db/speakers.yml``): a quote whose speaker is an entry's
   name or alias (aliases may need the article's country, e.g. ``the foreign
   ministry`` in an article about North Korea) goes to that entry's row;
2. a stored speaker with the same name key (case, accents, dots and hyphens
   ignored: ``Kim Jong-un`` is ``Kim Jong Un``) or alias, and a compatible kind;
3. a name with a title or other leading words (``South Korean President Moon
   Jae-in``, ``the North's Korea Central News Agency``) whose last two or more
   words are a known speaker (gazetteer or stored) is that speaker;
4. a bare surname (``Easley``, ``Kim``) links to a known person only when it
   is unambiguous: the one known person with that surname whose full name
   appears in the same article, or, when none does, the one known person with
   that surname AND a compatible affiliation or role stated by the quote.
   Otherwise it stays a separate speaker row named as in the text. Two people
   are never merged because they share a surname;
5. else a new speaker row is created from the text (``source='text'``).

Each quote keeps the role and affiliation stated in its article
(``quotes.role``/``quotes.affiliation``); the speaker row shows the latest
known, by article published date (:func:`refresh_speaker_roles`).

A build writes its articles through a :class:`SpeakerDirectory`, the
:class:`~quotes.store.write.SpeakerResolver` these rules make.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from typing import Any

import sqlite_utils

from quotes.enrich.gazetteer import (
    NAME_EDGES,
    QUOTE_EDGES,
    ArticleContext,
    Entry,
    Gazetteer,
    clean_name,
    name_key,
)
from quotes.enrich.names import Names
from quotes.enrich.organizations import resolve_organization
from quotes.extract.patterns import POSSESSIVE_END_RE
from quotes.extract.speaker_words import GROUP_NOUNS, PERSON_NOUNS, SOURCE_NOUNS
from quotes.records import Article, Quote
from quotes.store import changes
from quotes.store.sql import chunks, placeholders

PERSON_KINDS = {"person", "anonymous"}
NOT_SPEAKERS = frozenset({"which", "that", "who", "whom", "it", "this", "these", "those", "what"})
"""Words an extractor may mistake for a speaker: such quotes get no speaker."""
UNRESOLVED_PRONOUNS = frozenset(
    {"he", "she", "they", "him", "her", "them", "his", "hers", "their", "theirs", "you", "one"}
)
"""Pronouns the extractor could not tie to anyone named: such quotes get no speaker."""
WRITER_PRONOUNS = frozenset({"i", "me", "we", "us", "my", "our"})
"""The writer's own pronouns: the quote is the byline's author's."""
UNNAMED_FIRST_WORDS = (
    GROUP_NOUNS
    | PERSON_NOUNS
    | SOURCE_NOUNS
    | {"police", "some", "many", "several", "other", "others", "most", "all", "both", "few", "two", "three"}
)
"""Capitalised first words (at a sentence start) of descriptions that name no one;
not the heads of bodies, which name one alone (``the Pentagon``, ``Congress``)."""
ROLE_STOPWORDS = frozenset(
    {"the", "of", "a", "an", "at", "for", "and", "in", "to"}
    | {"senior", "former", "acting", "deputy", "vice", "chief", "head"}
)
"""Words two roles may share without being alike (``head of`` and ``head of``)."""

ROLE_QUALIFIERS = frozenset(
    {"former", "acting", "deputy", "vice", "assistant", "associate", "interim", "senior", "junior"}
    | {"chief", "head", "executive", "principal", "lead", "co", "under", "ex", "outgoing", "incoming"}
)
"""Words that make a different role when put before one (``deputy director`` is not ``director``)."""

Match = tuple[Entry | None, int | None]
"""What a name was found to be: a gazetteer entry, or a stored speaker's id, or neither."""


def complete_hyphenated(name: str, text: str) -> str:
    """``name`` with a hyphenated ending the article gives it and the mention
    lost (``Moon Jae`` where the text says ``Moon Jae-in``)."""
    if not any(name + hyphen in text for hyphen in "-\u2010\u2011"):
        return name
    m = re.search(r"(?<!\w)" + re.escape(name) + r"([\-\u2010\u2011]\w+)(?!\w)", text)
    if m and not re.search(r"(?<!\w)" + re.escape(name) + r"(?![\w\-\u2010\u2011])", text):
        return name + m.group(1)
    return name


def title_suffixes(name: str) -> list[str]:
    """The names ``name`` may be with leading words (a title, a possessive) cut
    off, longest first, down to two words: ``South Korean President Moon
    Jae-in`` gives ``Korean President Moon Jae-in``, ..., ``Moon Jae-in``. A
    suffix counts only when it is a known speaker (gazetteer or stored)."""
    words = name.split()
    return [" ".join(words[i:]) for i in range(1, len(words) - 1)]


def find_speaker(names: Names, name: str, *, kind: str | None = None) -> int | None:
    """The id of a stored speaker named (or aliased) ``name``, of a kind
    compatible with ``kind`` (people with people, bodies with bodies); anonymous
    sources, scoped to their article, are never found this way."""
    for row_id in names.speakers.ids(name):
        if kind is None:
            return row_id
        row_kind, scope = names.db.execute(
            "select kind, scope from speakers where id = ?", [row_id]
        ).fetchone()
        if scope is None and (row_kind in PERSON_KINDS) == (kind in PERSON_KINDS):
            return row_id
    return None


def role_key(role: str) -> str:
    """The comparison key of a role: :func:`name_key`, with the letters of an
    abbreviation joined (``U.S.`` and ``US`` are one word)."""
    key = name_key(role)
    while True:
        joined = re.sub(r"(?<![\w'])(\w) (\w)(?![\w'])", r"\1\2", key)
        if joined == key:
            return key
        key = joined


def _is_place_word(word: str) -> bool:
    """True for a word that can stand before a role without changing it: a
    capitalised name or an abbreviation (``US``, ``South Korean``, ``Pentagon``)."""
    letters = word.strip(".,'’")
    return bool(letters) and letters[0].isupper() and role_key(letters) not in ROLE_QUALIFIERS


def same_role(one: str, other: str) -> bool:
    """True when two spellings name one role: the same key, or one is the other
    with a place or body named before it (``U.S. Secretary of State``,
    ``US Secretary of State`` and ``Secretary of State``), never a qualifier
    (``deputy director`` is not ``director``)."""
    a, b = role_key(one), role_key(other)
    if a == b:
        return True
    longer, shorter = (one, b) if len(a) > len(b) else (other, a)
    words = longer.split()
    for cut in range(1, len(words)):
        if role_key(" ".join(words[cut:])) == shorter:
            return all(_is_place_word(word) for word in words[:cut])
    return False


def _role_words(role: str | None) -> set[str]:
    return {
        w for w in re.findall(r"[a-z]+", (role or "").casefold()) if w not in ROLE_STOPWORDS and len(w) > 2
    }


def compatible(
    *,
    role: str | None,
    affiliation: str | None,
    known_role: str | None,
    known_affiliation: str | None,
    gazetteer: Gazetteer,
    context: ArticleContext | None = None,
) -> bool:
    """True when the role/affiliation a quote states fits a known person's:
    the affiliations are the same organization (through the gazetteer), or
    the roles share a significant word. Nothing stated is not compatible."""
    if affiliation and known_affiliation:
        a = gazetteer.match_organization(affiliation, context=context)
        b = gazetteer.match_organization(known_affiliation, context=context)
        a_name = a.name if a else affiliation
        b_name = b.name if b else known_affiliation
        if name_key(a_name) == name_key(b_name):
            return True
        if a and b:
            return False
    if role and known_role:
        return bool(_role_words(role) & _role_words(known_role))
    return False


def _surname_candidates(names: Names, surname_key: str) -> dict[str, dict[str, Any]]:
    """Known people (gazetteer and stored) a bare ``surname`` could be:
    canonical name -> {names, role, affiliation}."""
    gazetteer = names.gazetteer
    candidates: dict[str, dict[str, Any]] = {}
    for person in gazetteer.people:
        if surname_key in person.surnames():
            candidates[person.name] = {
                "names": [person.name, *person.alias_names],
                "role": person.role,
                "affiliation": person.affiliation,
            }
    for name, aliases, role, affiliation in _stored_with_surname(names.db, surname_key):
        entry = gazetteer.match_speaker(name)
        if entry is not None and surname_key not in entry.surnames():
            continue  # the gazetteer says which word is this person's surname
        canonical = entry.name if entry else name
        info = candidates.setdefault(
            canonical, {"names": [canonical], "role": role, "affiliation": affiliation}
        )
        info["names"] = sorted(set(info["names"]) | {name, *json.loads(aliases or "[]")})
        info["role"] = info["role"] or role
        info["affiliation"] = info["affiliation"] or affiliation
    return candidates


def _stored_with_surname(
    db: sqlite_utils.Database, surname_key: str
) -> list[tuple[str, str, str | None, str | None]]:
    """``(name, aliases, role, affiliation)`` of the stored people whose first
    or last word is ``surname_key``. SQL narrows to names that start or end with
    the surname (LIKE ignores ASCII case); name_key then checks the words exactly."""
    pattern = "%".join(surname_key.split())
    rows = db.execute(
        "select name, aliases, role, affiliation from speakers where kind = 'person' "
        "and (name like ? or name like ?)",
        [f"{pattern} %", f"% {pattern}"],
    )
    return [
        row
        for row in rows
        if len(tokens := row[0].split()) >= 2 and surname_key in {name_key(tokens[0]), name_key(tokens[-1])}
    ]


def _in_text(name: str, text: str) -> bool:
    if len(name.split()) < 2:
        return False
    folded = text.casefold()
    if not all(token.casefold() in folded for token in re.split(r"[\s\-]+", name) if token):
        return False
    pattern = (
        r"(?<!\w)"
        + r"[\s\-\u2010-\u2015]+".join(re.escape(t) for t in re.split(r"[\s\-]+", name))
        + r"(?!\w)"
    )
    return re.search(pattern, text, re.IGNORECASE) is not None


def resolve_surname(
    names: Names,
    surname: str,
    *,
    role: str | None,
    affiliation: str | None,
    context: ArticleContext,
    in_article_only: bool = False,
) -> str | None:
    """The full name a bare ``surname`` refers to, or ``None`` when that is not
    certain (see the module docstring, rule 4). With ``in_article_only`` (a
    mention the extractor did not take for a person) only a full name in the
    same article counts."""
    candidates = _surname_candidates(names, name_key(surname))
    if not candidates:
        return None
    in_article = [
        name for name, info in candidates.items() if any(_in_text(n, context.text) for n in info["names"])
    ]
    if len(in_article) == 1:
        return in_article[0]
    if len(in_article) > 1 or in_article_only:
        return None
    fitting = [
        name
        for name, info in candidates.items()
        if compatible(
            role=role,
            affiliation=affiliation,
            known_role=info["role"],
            known_affiliation=info["affiliation"],
            gazetteer=names.gazetteer,
            context=context,
        )
    ]
    return fitting[0] if len(fitting) == 1 else None


def _speaker_for_entry(names: Names, entry: Entry, context: ArticleContext | None) -> int:
    found = find_speaker(names, entry.name, kind=entry.kind)
    if found is not None:
        return found
    row = {
        "name": entry.name,
        "kind": entry.kind,
        "role": entry.role,
        "affiliation": entry.affiliation,
        "aliases": json.dumps(entry.plain_aliases),
        "wikidata": entry.wikidata,
        "source": "gazetteer",
        "organization_id": resolve_organization(names, entry.affiliation, context=context),
    }
    return names.insert("speakers", {k: v for k, v in row.items() if v is not None})


def resolve_speaker(names: Names, quote: Quote, article: Article) -> int | None:
    """The id of the speaker row for ``quote`` (created if needed), or None when the
    quote has no speaker. See the module docstring for the rules. The speaker
    row's role and affiliation are updated from the quote when the article is
    at least as recent as the latest one that stated them."""
    name = _speaker_name(quote, article)
    if name is None:
        return None
    context = names.context(article)
    kind = quote.speaker_kind or "person"
    entry = names.gazetteer.match_speaker(name, context=context, affiliation=quote.affiliation)
    if entry is None and (kind == "anonymous" or is_unnamed(name)):
        speaker_id = scoped_speaker(names, name, kind, article)
    else:
        speaker_id = _named_speaker(names, name, kind, (entry, None), quote=quote, context=context)
    _update_role(names, speaker_id, quote, article, context=context)
    return speaker_id


def _named_speaker(
    names: Names, name: str, kind: str, match: Match, *, quote: Quote, context: ArticleContext
) -> int:
    """The row of a speaker with a name (rules 1 to 5 of the module docstring),
    given what the gazetteer made of the name as it stands (``match``)."""
    if match == (None, None) and len(name.split()) == 1:
        match = _match_surname(names, name, kind, quote=quote, context=context)
    if match == (None, None) and find_speaker(names, name, kind=kind) is None:
        match = _match_title_suffix(names, name, kind, quote=quote, context=context)
    entry, speaker_id = match
    if entry is not None:
        return _speaker_for_entry(names, entry, context)
    if speaker_id is None:
        speaker_id = find_speaker(names, name, kind=kind)
    if speaker_id is None:
        speaker_id = names.insert("speakers", {"name": name, "kind": kind, "aliases": "[]", "source": "text"})
    return speaker_id


def _match_surname(names: Names, surname: str, kind: str, *, quote: Quote, context: ArticleContext) -> Match:
    """The known person a bare surname stands for (rule 4), if it is certain."""
    full = resolve_surname(
        names,
        surname,
        role=quote.role,
        affiliation=quote.affiliation,
        context=context,
        in_article_only=kind not in PERSON_KINDS,
    )
    if not full:
        return None, None
    entry = names.gazetteer.match_speaker(full)
    return entry, None if entry is not None else find_speaker(names, full, kind=kind)


def _match_title_suffix(
    names: Names, name: str, kind: str, *, quote: Quote, context: ArticleContext
) -> Match:
    """The known speaker a name with a title before it is (rule 3:
    ``South Korean President Moon Jae-in``), longest suffix first."""
    for suffix in title_suffixes(name):
        entry = names.gazetteer.match_speaker(suffix, context=context, affiliation=quote.affiliation)
        speaker_id = None if entry else find_speaker(names, suffix, kind=kind)
        if entry is not None or speaker_id is not None:
            return entry, speaker_id
    return None, None


def _speaker_name(quote: Quote, article: Article) -> str | None:
    """The name to file ``quote`` under: its speaker as extracted, the byline's
    author for the writer's own ``I``/``we``, None for no one (a relative
    pronoun, a pronoun the extractor could not resolve)."""
    if not quote.speaker:
        return None
    name = clean_name(quote.speaker, strip=NAME_EDGES + QUOTE_EDGES)
    key = name_key(name)
    if key in WRITER_PRONOUNS:
        return _single_author(article.author)
    if key in NOT_SPEAKERS | UNRESOLVED_PRONOUNS | {""}:
        return None
    if (quote.speaker_kind or "person") == "person":
        name = POSSESSIVE_END_RE.sub("", name)  # "Ola Ruud’s": Ola Ruud ("McDonald's", a body, stays)
    return complete_hyphenated(name, article.text)


def _single_author(author: str | None) -> str | None:
    """The byline's author when it names one person (``By Ola Ruud, Harbour
    News``: Ola Ruud), else None."""
    if not author or re.search(r";|&|\band\b", author):
        return None
    name = re.sub(r"^by\s+", "", author.split(",")[0].strip(), flags=re.IGNORECASE)
    return name if len(name.split()) >= 2 and name[:1].isupper() else None


def is_unnamed(name: str) -> bool:
    """True for a speaker the text describes without naming (``analysts``,
    ``the company``, ``Prosecutors`` opening a sentence, ``Harbour officials``):
    a group noun for head, or no capitalised word but a first one that is a
    common noun or quantifier."""
    words = name.split()
    if len(words) > 1 and words[-1] in GROUP_NOUNS:
        return True  # "South Korean officials": people of a kind, not one body
    if not words or any(word[:1].isupper() for word in words[1:]):
        return False
    first = words[0]
    return not first[:1].isupper() or first.lower() in UNNAMED_FIRST_WORDS


def scoped_speaker(names: Names, name: str, kind: str, article: Article) -> int:
    """The row of a speaker described without a name (``a senior US official``,
    ``analysts``, ``the company``) in ``article``. Such speakers are scoped to
    their article: the same description in two articles may be two people, so
    they are never merged across articles."""
    row = names.db.execute(
        "select id from speakers where kind = ? and name = ? and scope = ?", [kind, name, article.hash]
    ).fetchone()
    if row:
        return row[0]
    return names.insert(
        "speakers",
        {"name": name, "kind": kind, "aliases": "[]", "source": "text", "scope": article.hash},
    )


def _latest_stated(db: sqlite_utils.Database, speaker_id: int) -> str | None:
    """The published date of the latest article stating the speaker's role or affiliation."""
    row = db.execute(
        """select max(coalesce(articles.published, '')) from quotes join articles on articles.id = quotes.article_id
        where quotes.speaker_id = ? and (quotes.role is not null or quotes.affiliation is not null)""",
        [speaker_id],
    ).fetchone()
    return row[0] if row and row[0] is not None else None


def _update_role(
    names: Names, speaker_id: int, quote: Quote, article: Article, *, context: ArticleContext
) -> None:
    """Give the speaker row the role and affiliation ``quote`` states, unless a
    more recent article stated them."""
    if not (quote.role or quote.affiliation):
        return
    latest = _latest_stated(names.db, speaker_id)
    if latest is not None and (article.published or "") < latest:
        return
    updates: dict[str, Any] = {"role": quote.role}
    if quote.affiliation:
        updates["affiliation"] = quote.affiliation
        updates["organization_id"] = resolve_organization(names, quote.affiliation, context=context)
    names.update("speakers", speaker_id, {k: v for k, v in updates.items() if v is not None})


def refresh_speaker_roles(names: Names, speaker_ids: Iterable[int] | None = None) -> int:
    """Set every speaker's (or only ``speaker_ids``') role and affiliation to
    the latest stated in a quote (by article published date, then quote id),
    keeping the gazetteer's when no quote states any, and an editor's for
    speakers an editor created. Returns the number of speakers changed."""
    sql = """select quotes.speaker_id, quotes.role, quotes.affiliation, quotes.organization_id
        from quotes join articles on articles.id = quotes.article_id
        join speakers on speakers.id = quotes.speaker_id and speakers.source != 'editor'
        where quotes.speaker_id is not null and (quotes.role is not null or quotes.affiliation is not null)"""
    order = " order by quotes.speaker_id, coalesce(articles.published, '') desc, quotes.id desc"
    if speaker_ids is None:
        return _refresh_roles(names, names.db.execute(sql + order))
    changed = 0
    for ids in chunks(set(speaker_ids)):
        changed += _refresh_roles(
            names, names.db.execute(f"{sql} and quotes.speaker_id in ({placeholders(ids)}){order}", ids)
        )
    return changed


def refresh_changed_speaker_roles(names: Names) -> int:
    """:func:`refresh_speaker_roles` for the speakers whose quotes were added,
    deleted, reassigned or restated since the last call (the build's step;
    see :mod:`quotes.store.changes`); the first call on a database refreshes every
    speaker. Returns the number of speakers changed."""
    todo = changes.pending(names.db, changes.ROLES_STEP)
    if todo.empty:
        return 0
    changed = refresh_speaker_roles(names, None if todo.full else todo.speaker_ids)
    changes.done(names.db, todo)
    return changed


def _refresh_roles(names: Names, rows: sqlite3.Cursor) -> int:
    """Apply the first (latest) row of each speaker in ``rows``."""
    seen: set[int] = set()
    changed = 0
    for speaker_id, role, affiliation, org_id in rows.fetchall():
        if speaker_id in seen:
            continue
        seen.add(speaker_id)
        updates: dict[str, Any] = {"role": role} if role else {}
        if affiliation:
            if org_id is None:
                org_id = resolve_organization(names, affiliation)
            updates.update({"affiliation": affiliation, "organization_id": org_id})
        changed += names.update("speakers", speaker_id, updates)
    return changed


def remove_unused_speakers(names: Names) -> int:
    """Delete speaker rows no quote or statement points to (after merges and
    reassignments). Returns how many were deleted."""
    unused = names.db.execute(
        "select id from speakers where id not in (select speaker_id from quotes where speaker_id is not null) "
        "and id not in (select speaker_id from statements where speaker_id is not null)"
    ).fetchall()
    return names.delete("speakers", [row[0] for row in unused])


class SpeakerDirectory(Names):
    """The :class:`~quotes.store.write.SpeakerResolver` a build writes its
    articles with: speakers by the rules of this module, affiliations through
    :func:`~quotes.enrich.organizations.resolve_organization`, both in the
    context of the article (one directory for the whole writing phase)."""

    def speaker_id(self, quote: Quote, article: Article) -> int | None:
        """The ``speakers`` row of the quote's speaker (see :func:`resolve_speaker`)."""
        return resolve_speaker(self, quote, article)

    def organization_id(self, quote: Quote, article: Article) -> int | None:
        """The ``organizations`` row of the quote's affiliation, or None when it states none."""
        if not quote.affiliation:
            return None
        return resolve_organization(self, quote.affiliation, context=self.context(article))
