"""The body someone speaks for or works at, named around the mention (plain
text): after an unnamed source's noun (``a spokesperson for Kell District
Council``, ``a Kell Council spokesman``, ``a spokeswoman for the county health
department``) or as a possessive before a person's name (``Vell University's
Ola Hart``). :mod:`quotes.extract.body_names` says where a body's name ends,
:mod:`quotes.extract.unnamed_bodies` adds the bodies the article named before."""

from __future__ import annotations

import re

from quotes.extract.body_names import has_org_head, trim_org
from quotes.extract.mentions import head_word, is_body, strip_determiner
from quotes.extract.patterns import ORG_RE, POSSESSIVE_END_RE
from quotes.extract.role_words import names_a_body
from quotes.extract.speaker_words import COMPANY_HEADS, ORG_HEADS, SPEAKING_FOR_NOUNS
from quotes.extract.title_words import NAME_OPENING_TITLES


def body_spoken_for(text: str, start: int, end: int) -> str | None:
    """The body named in or right after the mention of someone unnamed at
    ``[start, end)`` (``a Kell Council spokesman``, ``a spokesperson for Kell
    District Council``, ``an official at the Vell Trust``), or None."""
    words = strip_determiner(text[start:end]).split()
    before = " ".join(words[:-1])
    if before and all(word[:1].isupper() for word in words[:-1]) and names_a_body(before):
        return before
    return spoken_for(text, end)


#: A body right after the noun of an unnamed source (``a spokesperson| for Marlow
#: Borough Council``, ``an official| at the Vell Clinic``).
_SPOKEN_FOR_RE = re.compile(r"[ \xa0]+(?:for|of|at|with)[ \xa0]+" + ORG_RE.pattern)


#: Words that may follow a body named in lower case: the verb, or what ends its phrase.
_AFTER_LOWER_BODY = tuple(
    "said says told tells wrote writes added adds confirmed declined did does has had was is who which that"
    " and in on at to would will could".split()
)

#: A body named by lower-case words and its kind (``a spokeswoman| for the state's
#: health department``); the kind alone (``the department``) says too little.
_LOWER_BODY_RE = re.compile(
    r"[ \xa0]+(?:for|of|at|with)[ \xa0]+the[ \xa0]+((?:[a-z][\w-]*['’]s[ \xa0]+)?(?:[a-z][\w-]*[ \xa0]+){1,3}(?:"
    + "|".join(sorted(ORG_HEADS - {"staff", "house", "paper", "force", "forces"}))
    + r"))\b(?=[ \xa0]*[,.;:)]|[ \xa0]+(?:"
    + "|".join(_AFTER_LOWER_BODY)
    + r")\b)"  # not "for the fired police| officer": the body noun describing a person
)


#: A lower-case word right after a name: what the name's possessive owns.
_OWNS_NEXT_RE = re.compile(r"[ \xa0]+[a-z]")


def name_spoken_for(text: str, end: int) -> str | None:
    """The capitalised name after ``for``/``of``/``at``/``with`` right after an
    unnamed source's noun ending at ``end`` (``a spokesperson for Kestrel``),
    whatever it names, or None; without the possessive of a name owning what
    follows (``the head of the RNC’s rules committee``: the RNC)."""
    found = _SPOKEN_FOR_RE.match(text, end)
    if found is None:
        return None
    name = found.group(1)
    if _OWNS_NEXT_RE.match(text, found.end(1)):
        name = POSSESSIVE_END_RE.sub("", name)
    return trim_org(name)


def spoken_for(text: str, end: int) -> str | None:
    """The body an unnamed source whose noun ends at ``end`` speaks for or works
    at (``A spokesman for the Department for Communities said``, ``a spokeswoman
    for the county health department``), when its name says it is a body, a
    company or a place (``a spokesman for Hale`` may speak for a person); else None."""
    name = name_spoken_for(text, end)
    if name is not None and (has_org_head(name) or head_word(name) in COMPANY_HEADS or is_body(name)):
        return name
    speaking = text[max(0, end - 14) : end].lower().endswith(SPEAKING_FOR_NOUNS)
    lower = _LOWER_BODY_RE.match(text, end) if speaking else None  # not "a critic of the city council"
    return lower.group(1) if lower else None


#: A body's name as a possessive right before a person's name (``Vell University's`` + ``Ola Hart``,
#: ``Kell Foods’`` + ``Ana Lie``).
_BODY_BEFORE_NAME_RE = re.compile(
    r"((?:[A-Z][\w.&-]*[ \xa0]+(?:(?:of|for|and)[ \xa0]+)?){0,5}[A-Z][\w.&-]*)(?:['’]s|(?<=s)['’])[ \xa0]+\Z"
)


#: What every possessive :data:`_BODY_BEFORE_NAME_RE` matches holds.
_POSSESSIVE_MARKS = ("'s", "’s", "s'", "s’")


def body_before(text: str, start: int) -> str | None:
    """The body a person's name starting at ``start`` is introduced by
    (``Vell University's Ola Hart``: ``Vell University``), or None; a place or
    a person (``Kobb's Ola Hart``) is no body."""
    low = max(0, start - 80)
    if not any(text.find(mark, low, start) >= 0 for mark in _POSSESSIVE_MARKS):
        return None  # no possessive to match: the search would try each of the 80 characters
    found = _BODY_BEFORE_NAME_RE.search(text, low, start)
    return trim_org(found.group(1)) if found and has_org_head(found.group(1)) else None


#: A body's own management named before it (``The management of| Harlow
#: Coaches``, ``the leadership of the| Vell Traders' Union``): the body speaks.
_MANAGEMENT_OF_RE = re.compile(
    r"(?:[Tt]he[ \xa0]+)?(?:management|leadership)(?:[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?)(?=[A-Z])"
)


#: A body's name: capitalised words, ``of`` or ``for`` between them (``Harlow
#: Coaches``, ``Bank of Vell``), not ``and`` nor ``on`` (``Harlow Coaches| on Monday``).
_MANAGED_NAME_RE = re.compile(
    r"[A-Z][\w'’.&-]*(?:(?:[ \xa0]+(?:of|for)(?:[ \xa0]+the)?)?[ \xa0]+[A-Z][\w'’.&-]*)*"
)


def managed_body(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the body whose management the mention at ``[start, end)``
    names, the name after it included (``The management of Harlow Coaches
    said``: ``Harlow Coaches``); else ``(start, end)``."""
    found = _MANAGEMENT_OF_RE.match(text, start, max(end, start + 60))
    name = _MANAGED_NAME_RE.match(text, found.end()) if found is not None else None
    if name is None or name.group().split()[0].rstrip(".") in NAME_OPENING_TITLES:
        return start, end  # "The leadership of President Ana Ruiz": a person's
    return name.span()
