"""Two or more bodies named before one plural of a body's noun (pure text):
``Harlow and Epping councils``, ``the Vell and Marlow health boards``. The
names share the noun, so the words are one speaker, the bodies speaking
together, and one affiliation (``a spokesperson for Harlow and Epping
councils``), never the first name alone, which is a place."""

from __future__ import annotations

import re

from quotes.extract.direct_quote_words import AUXILIARY_VERBS
from quotes.extract.given_names import given_name_gender
from quotes.extract.lexicon import cue_verb_forms
from quotes.extract.speaker_words import BODY_NOUNS, PERSON_OR_TITLE_WORDS, PERSON_TRADES
from quotes.extract.title_words import ABBREVIATED_TITLES, COURTESY_TITLES, NAME_HONORIFICS

#: The plurals of the nouns of bodies (``councils``, ``authorities``), not of
#: the trades a person may have too (``operators``).
PLURAL_BODY_NOUNS = frozenset(
    noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
    for noun in BODY_NOUNS - PERSON_TRADES
)
#: A capitalised word of a name.
_CAPITAL = r"[A-Z][\w'’.-]*"
#: Names in capitals joined by commas and ``and``, one or two lower-case words
#: and a plural noun (``Harlow and Epping councils``, ``Vell, Kell and Marlow
#: district councils``): the names, the shared words, the noun.
_JOINT_BODIES = (
    rf"(?:{_CAPITAL}[ \xa0]+)*{_CAPITAL}(?:,[ \xa0]+(?:{_CAPITAL}[ \xa0]+)*{_CAPITAL})*,?"
    rf"[ \xa0]+and[ \xa0]+(?:{_CAPITAL}[ \xa0]+)+(?P<shared>(?:[a-z][\w-]*[ \xa0]+){{0,2}})"
    rf"(?P<noun>{'|'.join(sorted(PLURAL_BODY_NOUNS, key=len, reverse=True))})\b"
)
#: :data:`_JOINT_BODIES` as a whole mention, ``the`` first or not.
_JOINT_BODIES_RE = re.compile(rf"(?:[Tt]he[ \xa0]+)?{_JOINT_BODIES}")
#: :data:`_JOINT_BODIES` after ``for`` (``a spokesperson| for Harlow and Epping councils``).
_FOR_JOINT_BODIES_RE = re.compile(rf"[ \xa0]+for[ \xa0]+(?:the[ \xa0]+)?(?P<bodies>{_JOINT_BODIES})")


#: Words that never qualify a shared noun: a determiner, a pronoun, a
#: preposition (``for Vell Council and Kell Council| said the| councils``).
_NOT_QUALIFIERS = frozenset(
    "the a an its their his her our this that these those to of for in on at by with not who which".split()
)


def _qualifies_the_noun(found: re.Match[str] | None) -> bool:
    """True when ``found`` is a match whose lower-case words before the noun
    qualify it (``district``, ``health``), none a verb, an auxiliary, a
    determiner or a preposition (``Vell Council and Kell Council said the
    councils``: a clause, not one noun shared)."""
    if found is None:
        return False
    return not any(
        word in _NOT_QUALIFIERS or word in AUXILIARY_VERBS or word in cue_verb_forms()
        for word in found.group("shared").split()
    )


def joint_bodies(mention: str) -> bool:
    """True when the whole ``mention`` names bodies sharing one plural noun
    (``Harlow and Epping councils``, ``The Vell and Marlow health boards``);
    not people (``Tom Venn and Ina Moss``) or a plural of people (``Vell and
    Kell fishermen``)."""
    return _qualifies_the_noun(_JOINT_BODIES_RE.fullmatch(mention.strip()))


#: A firm's name of capitalised words joined by ``&`` (``Heron & Gale``,
#: ``the Kell Dairy & Creamery``): one body, never the first name alone.
_FIRM_WITH_AMPERSAND_RE = re.compile(
    rf"(?:[Tt]he[ \xa0]+)?(?:{_CAPITAL}[ \xa0]+)*{_CAPITAL}[ \xa0]+&[ \xa0]+(?:{_CAPITAL}[ \xa0]+)*{_CAPITAL}"
)


#: Titles written before a person's name, never in a firm's name joined by ``&``.
_PEOPLES_TITLES = frozenset({*COURTESY_TITLES, *ABBREVIATED_TITLES, *NAME_HONORIFICS})


def firm_name_with_ampersand(mention: str) -> bool:
    """True when the whole ``mention`` is a firm's name joined by ``&`` (``Heron
    & Gale``), not people's (:func:`ampersand_joins_people`)."""
    found = _FIRM_WITH_AMPERSAND_RE.fullmatch(mention.strip())
    return found is not None and not ampersand_joins_people(found.group(0).split())


def ampersand_joins_people(words: list[str]) -> bool:
    """True when ``words`` joined by ``&`` name people, not a firm: a title or
    a post among them (:func:`ampersand_joins_titled`), or a given name on each
    side of the ``&`` (``Ana & Tom Venn``)."""
    if ampersand_joins_titled(words):
        return True
    joins = [i for i, word in enumerate(words) if word == "&" and 0 < i < len(words) - 1]
    return any(given_name_gender(words[i - 1]) and given_name_gender(words[i + 1]) for i in joins)


def ampersand_joins_titled(words: list[str]) -> bool:
    """True when ``words`` joined by ``&`` hold a title or a post, so name
    people (``Mr & Mrs Venn``, ``Dr & Mrs Lie``, ``Sales & Marketing Director
    Ana Lie``), never a firm."""
    return any(word.rstrip(".") in _PEOPLES_TITLES or word.lower() in PERSON_OR_TITLE_WORDS for word in words)


def joint_bodies_spoken_for(text: str, end: int) -> str | None:
    """The bodies sharing one plural noun after ``for`` right after an unnamed
    source's noun ending at ``end`` (``a spokesperson for Harlow and Epping
    councils``: ``Harlow and Epping councils``), or None."""
    found = _FOR_JOINT_BODIES_RE.match(text, end)
    return found.group("bodies") if found is not None and _qualifies_the_noun(found) else None


__all__ = [
    "PLURAL_BODY_NOUNS",
    "ampersand_joins_people",
    "ampersand_joins_titled",
    "firm_name_with_ampersand",
    "joint_bodies",
    "joint_bodies_spoken_for",
]
