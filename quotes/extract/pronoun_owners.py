"""Whom ``his`` or ``her`` owning a noun of saying stands for (``His claim
that ...``, ``In her view, ...``): the owner is often whom the sentence before
was about, not its subject or last speaker, so the subject-pronoun sieves do
not fit it. It is resolved only when the text before it names one person,
whose given name is not of the other sex. Else ``his`` stays unresolved, and
``her``, which the registry also reads where it stands for ``she``, is
resolved as any ``her`` of the article is: the woman the article is about, in
most articles that name several people (as before nouns with owners counted).
"""

from __future__ import annotations

import re

from quotes.extract.direct_quote_words import ACCOUNT_NOUNS
from quotes.extract.gender import POSSESSIVE_GENDERS
from quotes.extract.given_names import given_name_gender
from quotes.extract.known_people import KnownPeople
from quotes.extract.lexicon import HELD_NOUNS, VIEW_NOUNS
from quotes.extract.maker_patterns import PERSONAL_WRITING_NOUNS
from quotes.extract.mentions import speaker_kind
from quotes.extract.role_words import names_a_person
from quotes.records import Quote

#: A possessive ending a run of capitals read as a name (``Janet Cole's husband``).
_POSSESSIVE_RE = re.compile(r"['’]s\b")
#: The end of a sentence (or of a title's abbreviation, in the group: ``Sen. Marco Rubio``).
_SENTENCE_END_RE = re.compile(r"(\b[A-Z][a-z]{0,3})?[.?!][\"”’']?\s+|\n")
#: How many characters after a possessive are read for what it owns.
_OWNED_REACH = 40
#: ``his``/``her``, maybe ``own`` or one more word, and a noun (``his written report``).
_PERSONAL_WRITING_RE = re.compile(r"(his|her)(?: own)?(?: [a-z-]+)? ([a-z-]+)")


def owner_mention(people: KnownPeople, quote: Quote, mention: str) -> str | None:
    """What the registry should resolve for ``mention``: ``he`` for ``his``
    owning an account (``by his own account``) or what a person writes
    (``his report``, ``her letter``: :data:`PERSONAL_WRITING_NOUNS`, noted as the quote's ``via``),
    the one person named before a
    ``his``/``her`` owning a noun of saying, None when the owner of a ``his``
    or of ``In her view`` is not known; else ``mention`` itself."""
    lower = mention.lower()
    if lower == "his" and quote.cue in ACCOUNT_NOUNS:
        return "he"
    writing = _PERSONAL_WRITING_RE.fullmatch(lower)
    if writing is not None and writing.group(2) in PERSONAL_WRITING_NOUNS:
        quote.via = quote.via or writing.group(2)  # "his report stated": his words, through it
        return "he" if writing.group(1) == "his" else "she"
    if lower not in POSSESSIVE_GENDERS or (quote.cue not in HELD_NOUNS and quote.cue not in VIEW_NOUNS):
        return mention
    assert quote.speaker_start is not None
    owner = _sole_person(people, POSSESSIVE_GENDERS[lower], quote.speaker_start)
    if owner is None and lower == "her" and quote.cue not in VIEW_NOUNS:
        return mention  # resolved as any "her" of the article is (it reads as "she" too)
    return owner


def _owns_a_person(text: str, start: int, end: int) -> bool:
    """True when the name run ``text[start:end]`` ends on a possessive (or
    stands before one) whose one or two next words hold a noun for a person
    (``Ingrid Moe's daughter``, ``Kobb's lawyer``): someone besides the named."""
    mark = _POSSESSIVE_RE.search(text, start, min(len(text), end + 2))
    if mark is None:
        return False
    after = text[mark.end() : mark.end() + _OWNED_REACH].split()[:2]
    return any(names_a_person(word.lower().strip(",.;:")) for word in after)


def _sole_person(people: KnownPeople, sex: str, position: int) -> str | None:
    """The name of the only person named before the sentence of ``position``
    (a name of two words or more; a possessive and what follows it cut:
    ``Lena Voigt's bakery``) or opening its sentence, if no other is named
    in that sentence before it (``erupting on Marco Rubio for going after his
    attacks``: maybe another's)
    and their given name is not of the other sex; the name as the registry
    knows it (``Loretta E. Lynch`` for ``Loretta Lynch``)."""
    ends = (m.end() - 1 for m in _SENTENCE_END_RE.finditer(people.text, 0, position) if not m.group(1))
    sentence = max(ends, default=-1)
    names: dict[str, str] = {}
    for start, _, candidate in people.candidates_between(-1, position):
        name = _POSSESSIVE_RE.split(candidate)[0].strip()
        words = name.split()
        if _owns_a_person(people.text, start, start + len(candidate)):
            return None  # "Ingrid Moe's daughter, Anna, testified ... Her claim": another person in play
        if len(words) > 1 and speaker_kind(name) == "person":
            if start > sentence and people.text[sentence + 1 : start].strip():
                return None  # named in the sentence, not as its opening subject
            names.setdefault(words[-1], name)  # "Ansel Kobb ... Kobb": one person
    if len(names) != 1:
        return None
    surname, name = next(iter(names.items()))
    if given_name_gender(name.split()[0]) not in (None, sex):
        return None
    known = [p for p in people.people if p.kind == "person" and p.name.split()[-1] == surname]
    return known[-1].name if len(known) == 1 else name
