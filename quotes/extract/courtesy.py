"""A courtesy title's gender against the person a surname stood for (pure
text): ``Mr Doyle said`` after ``Maureen Doyle, who runs the pub with her
husband Frank,`` is Frank Doyle, never Maureen."""

from __future__ import annotations

import re

from quotes.extract.gender import full_name_gender
from quotes.extract.gender_evidence import gender_evidence
from quotes.extract.given_names import given_name_gender
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
#: A relation in apposition after a mention (``Ms Doyle, his sister,``): its noun.
_RELATION_AFTER_RE = re.compile(r",[ \xa0]+(?:[Hh]er|[Hh]is|[Tt]heir)[ \xa0]+([a-z-]+)")


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


#: A full name (``Ruth Kerr``): its given name and surname.
_FULL_NAME_RE = re.compile(r"\b([A-Z][a-z]+)[ \xa0]+([A-Z][a-z]+)\b")


def _someone_else_between(text: str, name: str, gender: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` names in full another person of ``gender``
    than the one called ``name`` (``Ruth Kerr``, whose ``her`` a possessive
    after her then is), or starts a new paragraph."""
    if "\n" in text[start:end]:
        return True
    surname = name.split()[-1]
    return any(
        found.group(2) != surname and given_name_gender(found.group(1)) == gender
        for found in _FULL_NAME_RE.finditer(text, start, end)
    )


def _own_relative(text: str, name: str, wanted: str, position: int) -> tuple[str, str] | None:
    """The noun and the given name of a relative of the title's gender ``wanted`` that the
    person called ``name`` has (``her husband Frank``): after any ``her`` or
    ``his`` following a writing of ``name`` before ``position``, in the same
    paragraph and with no other person of the name's gender named in full
    between (not ``Her neighbour, Ruth Kerr, ... with her husband Peter``,
    whose her is Ruth Kerr's); else None."""
    gender = "f" if wanted == "m" else "m"
    for written in re.finditer(re.escape(name), text[:position]):
        for own in _POSSESSIVE_RE.finditer(text, written.end(), position):
            if _someone_else_between(text, name, gender, written.end(), own.start()):
                break
            found = _RELATIVE_GIVEN_RE.match(text, own.start())
            if (
                found
                and GENDERED_NOUNS[found.group(1)] == wanted
                and given_name_gender(found.group(2)) in (None, wanted)
            ):
                return found.group(1), found.group(2)
    return None


def _another_relation(text: str, after: int, relative: tuple[str, str] | None) -> bool:
    """True when a relation in apposition at ``after`` (``Ms Doyle, his
    sister,``) is another than the ``relative`` found (noun, given name): someone
    new; not the same relation (``Mr Doyle, her husband of 40 years,``) nor a
    plain description (``Mr Doyle, a former miner,``)."""
    found = _RELATION_AFTER_RE.match(text, after)
    if found is None or found.group(1) not in GENDERED_NOUNS:
        return False
    return relative is None or found.group(1) != relative[0]


def by_courtesy(text: str, mention: str, name: str, position: int) -> str | None:
    """Who a courtesy title of the other gender than the person called ``name``
    stands for (``Mr Doyle`` after ``Maureen Doyle``): the surname alone when an
    apposition names another relation than the person's own relative found
    (``Ms Doyle, his sister,`` is someone new); else that relative, named by a
    noun of the title's gender and a given name alone (``her husband Frank``,
    :func:`_own_relative`), with the shared surname (``Frank Doyle``); else,
    when the given name's usual sex is known and the article's own words
    (pronouns, titles) do not give ``name`` the title's gender, the surname
    alone, someone not named more (never Mr to a woman's name); else None (a
    given name's usual sex alone is no match for a title: ``Mr Kim Lo``)."""
    wanted = courtesy_gender(mention)
    if wanted is None or not _other_gender(text, wanted, name):
        return None
    surname = mention.split()[-1]
    relative = _own_relative(text, name, wanted, position)
    if _another_relation(text, position + len(mention), relative):
        return surname
    if relative is not None:
        return f"{relative[1]} {surname}"
    male, female = gender_evidence(text, [name])
    told = "m" if male > female else "f" if female > male else None
    if given_name_gender(name.split()[0]) is not None and told != wanted:
        return surname  # "Maureen Doyle ... Mr Doyle said": never the woman
    return None
