"""A description in apposition right before a name (pure text): ``the new
harbour director, Karl Moen,``, ``a retired nurse named Greta Solberg``,
``Volden's lawyer, Ola Ruud,``; the titles before the name that the
description stands before (``The Commissioner for Works, Engr. Bala Udo,``),
and the name a relative ``whose`` describes. Not the object of a phrase
opening a clause (``Unlike the mayor, Mr. Tom Holt said``)."""

from __future__ import annotations

import re

from quotes.extract.direct_quote_words import PHRASE_OPENERS
from quotes.extract.given_names import given_name_gender
from quotes.extract.speaker_words import PERSON_NOUNS, PERSON_TRADES
from quotes.extract.title_words import ABBREVIATED_TITLES, DROPPED_TITLES, TITLE_WORDS

#: A description in apposition right before a name (``the new harbour
#: director, `` before ``Karl Moen,``; ``His mother, ``; ``Its director, ``;
#: ``Volden's lawyer, ``, kept whole; ``whose director, ``).
_DESCRIPTION_BEFORE_RE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|whose)[ \xa0]+|(?=\b[A-Z][\w’'-]*(?:['’]s|(?<=s)['’])[ \xa0]))"
    r"((?:[\w’'-]+[ \xa0]+){0,4}[\w’'-]+)(?:,|[ \xa0]+(?:named|called))[ \xa0]+\Z"
)


#: Capitalised words at a position: a name.
_NAME_AT_RE = re.compile(r"[A-Z][\w’'-]*(?:[ \xa0]+[A-Z][\w’'-]*)*")

#: The name a relative ``whose`` at the end of the text describes (``the Weather Bureau, ``).
_BEFORE_WHOSE_RE = re.compile(
    r"((?:[A-Z][\w’'-]*[ \xa0]+(?:of[ \xa0]+|for[ \xa0]+)?){0,5}[A-Z][\w’'-]*),[ \xa0]*\Z"
)


#: Titles and honorifics right before a name (``Engr. ``, ``Mr. ``, ``Alhaji ``, ``Rev. Dr. ``).
_TITLES_BEFORE_RE = re.compile(
    r"(?:\b(?:" + "|".join((*DROPPED_TITLES, *ABBREVIATED_TITLES)) + r")\.?[ \xa0]+)+\Z"
)


def titles_start(text: str, start: int) -> int:
    """Where the titles and honorifics right before the name at ``start`` begin, else ``start``."""
    found = _TITLES_BEFORE_RE.search(text, max(0, start - 40), start)
    return found.start() if found is not None else start


def description_before(text: str, start: int) -> str | None:
    """``the new harbour director, Karl Moen,``, ``a retired nurse named Greta
    Solberg``: the description in apposition right before the name starting
    at ``start``, or None; after ``whose``, not when the person who owns it
    shares the name's surname (``Ann Lee, whose husband, Tom Lee,``: a later
    ``Lee`` is more likely the subject's own than her relative's)."""
    start = titles_start(text, start)  # "The Commissioner for Works, Engr. Bala Udo,"
    low = max(0, start - 80)
    words = text[low:start].rstrip(" \xa0")
    if len(words) == start - low or not words.endswith((",", "named", "called")):
        return None  # what the pattern ends with is not there: a search would try 80 starts
    found = _DESCRIPTION_BEFORE_RE.search(text, low, start)
    if found is None:
        return None
    if text.startswith("whose", found.start()) and _shares_owners_surname(text, found.start(), start):
        return None
    described = _after_clause(found.group(1))
    if described == found.group(1) and _opens_a_phrase(text, found.start(), start):
        return None  # "Unlike the mayor, Mr. Tom Holt said", "In a letter to the chairman, Ada Obi"
    return described


#: The words of a clause's opening before a description (``Responding to ``,
#: ``On behalf of ``), from the start of the sentence or after a comma.
_CLAUSE_OPENING_RE = re.compile(r"(?:\A|[.!?;:\n][\"”’]?[ \xa0]*|,[ \xa0]+)((?:[\w’'-]+[ \xa0]+){1,3})\Z")


#: The opening that names a source, whose description is in apposition to the
#: name after it (``According to the harbour director, Karl Moen,``).
_SOURCE_OPENING = "according"


#: A name run after a description, up to what follows it (``Mr. Tom Holt| said``).
_NAME_RUN_RE = re.compile(r"(?:[A-Z][\w’'.-]*[ \xa0]+)*[A-Z][\w’'-]*")


def _opens_a_phrase(text: str, at: int, name_at: int) -> bool:
    """True when the description at ``at`` is the object of a preposition or a
    participle opening its clause, right before it (``Unlike the mayor``,
    ``Speaking after the minister``, ``In a message to the president``), and the
    name at ``name_at`` runs on into its clause (``Unlike the mayor, Mr. Tom Holt
    said``): an adverbial phrase, no apposition. Not after a phrase the
    description does not end (``On Tuesday the county's health director, Dr. Ada
    Moss,``), nor when a comma closes the name (``For the club's captain, Ada
    Moss, the defeat was hard``: the name is the description's apposition)."""
    opening = _CLAUSE_OPENING_RE.search(text, max(0, at - 30), at)
    if opening is None:
        return False
    words = opening.group(1).lower().split()
    if words[0] == _SOURCE_OPENING:
        return False
    last = words[-1]
    if not (last in PHRASE_OPENERS or (len(words) == 1 and last.endswith("ing") and len(last) > 5)):
        return False
    name = _NAME_RUN_RE.match(text, name_at)
    return name is None or not text.startswith(",", name.end())


#: Words that open or link a clause inside what reads as a description before a
#: name (``a penalty when his captain, ``, ``The visitor was her sister, ``).
_CLAUSE_LINKS = frozenset("when while whenever was were is are by after before because if until".split())

#: The noun phrase a description ends on, after a clause's word (``his captain``).
_LAST_PHRASE_RE = re.compile(
    r"\b(?:(?:the|an?)[ \xa0]+|(?=(?:his|her|its|their)[ \xa0]))((?:[\w’'-]+[ \xa0]+){0,3}[\w’'-]+)\Z"
)


def _after_clause(description: str) -> str:
    """``description`` without what a clause holding it says before the noun
    phrase describing the person (``penalty when his captain``: ``his captain``;
    ``company run by his friend``: ``his friend``), when that phrase ends on a
    person's noun (``officer employed by the council`` stays whole)."""
    words = description.split()
    links = [i for i, word in enumerate(words) if word in _CLAUSE_LINKS]
    if not links:
        return description
    phrase = _LAST_PHRASE_RE.search(" ".join(words[links[-1] + 1 :]))
    if phrase is None or phrase.group(1).split()[-1] not in PERSON_TRADES | PERSON_NOUNS | TITLE_WORDS:
        return description
    return phrase.group(1)


def _shares_owners_surname(text: str, whose_at: int, start: int) -> bool:
    """True when a person's name stands before ``whose`` at ``whose_at`` with
    the surname of the name starting at ``start`` (``Ann Lee, whose husband, Tom Lee``)."""
    owner = whose_owner(text, whose_at)
    name = _NAME_AT_RE.match(text, start)
    if owner is None or name is None or given_name_gender(owner.split()[0]) is None:
        return False
    return owner.split()[-1] == name.group(0).split()[-1]


def whose_owner(text: str, whose_at: int) -> str | None:
    """The name right before ``whose`` at ``whose_at`` (``the National Weather
    Bureau, whose``: ``National Weather Bureau``), or None."""
    before = _BEFORE_WHOSE_RE.search(text, max(0, whose_at - 120), whose_at)
    return before.group(1) if before is not None else None
