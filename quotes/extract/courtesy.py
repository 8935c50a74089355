"""A courtesy title's gender against the person a surname stood for (pure
text): ``Mr Doyle said`` after ``Maureen Doyle, who runs the pub with her
husband Frank,`` is Frank Doyle, never Maureen."""

from __future__ import annotations

import re

from quotes.extract.gender import full_name_gender, gender_evidence, given_name_gender
from quotes.extract.speaker_words import GENDERED_NOUNS
from quotes.extract.title_words import COURTESY_TITLES

#: A relative brought in by a possessive and a given name alone (``her
#: husband Frank``, ``his wife, Ada,``): the noun and the given name.
_RELATIVE_GIVEN_RE = re.compile(
    r"\b(?:[Hh]er|[Hh]is)[ \xa0]+("
    + "|".join(sorted(GENDERED_NOUNS))
    + r"),?[ \xa0]+([A-Z][a-z]+)\b(?![ \xa0]+[A-Z])"
)


#: The first possessive after a name, whose relative is that person's (``Maureen
#: Doyle, who runs the pub with her husband Frank``).
_POSSESSIVE_RE = re.compile(r"\b(?:[Hh]er|[Hh]is)\b")
#: The end of a sentence.
_SENTENCE_END_RE = re.compile(r"[.!?][\"'’”]?\s")
#: An apposition after a mention (``Ms Doyle, his sister,``): someone new.
_APPOSITION_AFTER_RE = re.compile(r",[ \xa0]+(?:[Hh]er|[Hh]is|[Tt]heir|an?|the)[ \xa0]")


def courtesy_gender(mention: str) -> str | None:
    """``"m"`` or ``"f"`` for a mention opening on a courtesy title (``Mr Doyle``,
    ``Mrs. Doyle``); None for any other."""
    first = mention.split()[0].rstrip(".") if mention.split() else ""
    return COURTESY_TITLES.get(first) if len(mention.split()) > 1 else None


def _other_gender(text: str, wanted: str, name: str) -> bool:
    """True when the article gives the person called ``name`` the other gender
    than ``wanted`` (its pronouns, else the given name's usual sex), and the
    given name's usual sex is not ``wanted`` (``Hillary Clinton, his opponent,``
    is no man)."""
    return full_name_gender(text, name) not in (None, wanted) and given_name_gender(name.split()[0]) != wanted


def _own_relative(text: str, name: str, wanted: str, position: int) -> str | None:
    """The given name of a relative of the title's gender ``wanted`` that the
    person called ``name`` has (``her husband Frank``): the first ``her`` or
    ``his`` after a writing of ``name`` before ``position``, in its sentence
    or the next (not ``Her neighbour, Ruth Kerr, ... with her husband
    Peter``, whose her is Ruth Kerr's); else None."""
    for written in re.finditer(re.escape(name), text[:position]):
        own = _POSSESSIVE_RE.search(text, written.end(), position)
        if own is None or len(_SENTENCE_END_RE.findall(text, written.end(), own.start())) > 1:
            continue
        found = _RELATIVE_GIVEN_RE.match(text, own.start())
        if (
            found
            and GENDERED_NOUNS[found.group(1)] == wanted
            and given_name_gender(found.group(2)) in (None, wanted)
        ):
            return found.group(2)
    return None


def by_courtesy(text: str, mention: str, name: str, position: int) -> str | None:
    """Who a courtesy title of the other gender than the person called ``name``
    stands for (``Mr Doyle`` after ``Maureen Doyle``): the surname alone when an
    apposition follows the mention (``Ms Doyle, his sister,`` is someone new);
    else the person's own relative named by a noun of the title's gender and a
    given name alone (``her husband Frank``, :func:`_own_relative`), with the
    shared surname (``Frank Doyle``); else, when the article's own words
    (pronouns, titles) and the given name's usual sex both give ``name`` the
    other gender, the surname alone, someone not named more; else None (a
    given name's usual sex alone is no match for a title: ``Mr Kim Lo``)."""
    wanted = courtesy_gender(mention)
    if wanted is None or not _other_gender(text, wanted, name):
        return None
    surname = mention.split()[-1]
    if _APPOSITION_AFTER_RE.match(text, position + len(mention)):
        return surname
    given = _own_relative(text, name, wanted, position)
    if given is not None:
        return f"{given} {surname}"
    male, female = gender_evidence(text, [name])
    told = "m" if male > female else "f" if female > male else None
    return surname if told not in (None, wanted) and given_name_gender(name.split()[0]) is not None else None
