"""Names written with a nickname in quotation marks inside them (pure text):
``Derek ‘Big Del’ Mounsey``, ``Rosalind “Roz” Teague``, ``Rodolfo "Jun"
Sarmiento``. The whole is one person's name, as the article writes it; the
nickname alone (``Del``) stands for the person later, and says nothing of
the person's gender."""

from __future__ import annotations

import re
from functools import lru_cache

from quotes.extract.given_names import given_name_gender
from quotes.extract.name_words import NOT_NAME_START
from quotes.extract.time_words import TIME_WORDS

#: A given name, a nickname of one to three capitalised words in quotation
#: marks, and a surname (``Frank ‘Doc’ Costigan``).
_NICKNAMED_RE = re.compile(
    r"\b(?P<given>[A-Z][a-z][\w-]*)[ \xa0]+[‘“\"']"
    r"(?P<nickname>[A-Z][\w-]*(?:[ \xa0]+[A-Z][\w-]*){0,2})[’”\"'][ \xa0]+(?P<surname>[A-Z][\w’'-]*[a-z][\w’'-]*)\b"
)
#: A nickname in quotation marks inside a name, with the blank before it.
_NICKNAME_IN_NAME_RE = re.compile(r"[ \xa0]+[‘“\"'][A-Z][\w -]*[’”\"'](?=[ \xa0])")


def nicknamed_names(text: str) -> list[tuple[int, int, str]]:
    """Each name of ``text`` written with a nickname inside it, with its
    offsets, when the first word is a known given name or the surname comes
    back alone elsewhere (``Derek ‘Big Del’ Mounsey ... Mounsey said``; not
    ``Trump ‘The Dealmaker’ Could``, a headline's words)."""
    found = []
    for match in _NICKNAMED_RE.finditer(text):
        surname = match.group("surname")
        if surname.lower() in TIME_WORDS or match.group("given") in NOT_NAME_START:
            continue  # "She told Rose "Goodbye" Sunday"
        again = len(re.findall(rf"\b{re.escape(surname)}\b", text)) > 1
        if given_name_gender(match.group("given")) is not None or again:
            found.append((match.start(), match.end(), match.group()))
    return found


@lru_cache(maxsize=16)
def _nicknamed_extents(text: str) -> tuple[tuple[int, int], ...]:
    """Where each name with a nickname inside it and a known given name
    first stands in ``text`` below its first line (not a headline's ``Trump
    Was ‘Mocking’ Clinton``, ``Calls Hillary ‘A Disgrace’ Over``)."""
    below = text.find("\n")
    return tuple(
        (start, end)
        for start, end, name in nicknamed_names(text)
        if start > below >= 0 and given_name_gender(name.split()[0]) is not None
    )


def inside_nicknamed_name(text: str, start: int, end: int) -> bool:
    """True for quoted words at ``[start, end)`` that are the nickname inside
    a name (``Connor ‘Cobra’ Madigan``): part of the name, nobody's words."""
    return any(n_start < start and end < n_end for n_start, n_end in _nicknamed_extents(text))


def without_nickname(name: str) -> str:
    """``name`` without the nickname in quotation marks inside it
    (``Derek ‘Big Del’ Mounsey`` -> ``Derek Mounsey``)."""
    return _NICKNAME_IN_NAME_RE.sub("", name)


def nickname_words(name: str) -> list[str]:
    """The words of the nickname inside ``name`` (``['Big', 'Del']``), none
    when it holds none."""
    found = _NICKNAME_IN_NAME_RE.search(name)
    return found.group().strip(" \xa0‘’“”\"'").split() if found else []
