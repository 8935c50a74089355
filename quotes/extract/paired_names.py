"""People named together: two given names sharing one surname (``Harold and
June Abbot``) and two full names joined by ``and`` (``Tom Venn and Ina Moss``)."""

from __future__ import annotations

import re

from quotes.extract.given_names import given_name_gender
from quotes.extract.mentions import speaker_kind

#: Two given names sharing one surname (``Harold and June Abbot``). The first
#: capital comes before its word-start check (``(?<!\w[A-Z])``, what ``\b``
#: before it asks), so that the search skips to the capitals of the article
#: (a pattern opening on ``\b`` is tried at every character): about a third
#: of the search's time.
_COUPLE_RE = re.compile(
    r"([A-Z](?<!\w[A-Z])[a-z]+)[ \xa0]+and[ \xa0]+[A-Z][a-z]+[ \xa0]+([A-Z][a-z][\w'’-]+)\b"
)


#: Two full names joined by ``and`` (``Tom Venn and Ina Moss``), each of two
#: or three capitalised words (the first capital before its word-start check,
#: as in :data:`_COUPLE_RE`).
_PAIR_RE = re.compile(
    r"([A-Z](?<!\w[A-Z])[a-z]+(?:[ \xa0]+[A-Z][\w'’-]+){1,2})[ \xa0]+and[ \xa0]+([A-Z][a-z]+(?:[ \xa0]+[A-Z][\w'’-]+){1,2})\b"
)
#: How far back (characters) a pair of people named together is looked for.
_PAIR_REACH = 1500


def pair_named_before(text: str, position: int) -> tuple[tuple[int, int, str], tuple[int, int, str]] | None:
    """The last two people named together by ``and`` in full within
    :data:`_PAIR_REACH` before ``position`` (``Tom Venn and Ina Moss were
    rescued``), each as ``(start, end, name)``; None if none."""
    found = None
    for match in _PAIR_RE.finditer(text, max(0, position - _PAIR_REACH), position):
        if speaker_kind(match.group(1)) == "person" and speaker_kind(match.group(2)) == "person":
            found = match
    if found is None:
        return None
    return (found.start(1), found.end(1), found.group(1)), (found.start(2), found.end(2), found.group(2))


#: A capitalised word right before: the given name would be a surname (``Ola Kell and Ina Moss``).
_CAPITALISED_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]*[ \xa0]+\Z")


def couple_names(text: str) -> list[tuple[int, int, str]]:
    """The full name of the first of two people written with one surname
    (``Harold and June Abbot``: ``Harold Abbot``, at ``Harold``), when the
    first is a given name alone (:func:`given_name_gender` knows it)."""
    return [
        (m.start(1), m.end(1), f"{m.group(1)} {m.group(2)}")
        for m in _COUPLE_RE.finditer(text)
        if given_name_gender(m.group(1)) is not None  # "Trump and Ted Cruz": no given name first
        and not _CAPITALISED_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        and speaker_kind(f"{m.group(1)} {m.group(2)}") == "person"
    ]
