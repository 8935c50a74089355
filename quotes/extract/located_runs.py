"""Runs of capitals that name a place by where the article puts them (pure
text): ``recorded gales off Cape Breton``, ``the paddock at Kings Lawn``,
``born in Blue Rocks``. The parse is off and no list holds every village, so
a run no person's name can be is told by three signs together: a preposition
of place before it somewhere, a first word that is no known given name nor a
title, and a last word the article never writes on its own (``Mulenga`` of
``Chanda Mulenga`` comes back alone; ``Breton`` of ``Cape Breton`` does not).
A business is written so too (``shares in Brakewell Dairy``), so such a run
stays among the names a description may stand for: only ``he`` and ``she``
never stand for it (:meth:`quotes.extract.named_people.NamedPeople.compatible`)."""

from __future__ import annotations

import re

from quotes.extract.given_names import given_name_gender
from quotes.extract.speaker_words import PERSON_NOUNS
from quotes.extract.titles_before_names import is_title

#: Prepositions of place that put a run of capitals where something is or
#: happens (``off``, ``at``); not ``from`` or ``with``, whose object is often a
#: person (``a letter from Ada Obi``).
PLACE_PREPOSITIONS = ("in", "at", "off", "near", "outside", "inside", "across", "around", "onto")

#: Nouns of places a run of capitals after ``of`` names (``the district of Las Condes``).
_PLACE_OF_NOUNS = ("district", "city", "town", "village", "province", "region", "suburb", "municipality")
#: A preposition of place, or a place's noun and ``of``, right before a run, lower case.
_PLACE_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join(PLACE_PREPOSITIONS) + "|(?:" + "|".join(_PLACE_OF_NOUNS) + r")[ \xa0]+of)[ \xa0]+\Z"
)

#: The end of a sentence or paragraph right before a run (``. Kwame Asante``).
_OPENS_SENTENCE_RE = re.compile(r"(?:[.!?][”\"’']?[ \xa0]+|\n|\A)\Z")
#: The most words of a run read this way.
_MOST_WORDS = 3


#: A person's noun and ``from`` right before a run (``a domestic worker from| Soshanguve``).
_FROM_AFTER_NOUN_RE = re.compile(r"\b([a-z][\w-]*)[ \xa0]+from[ \xa0]+\Z")


def _placed_at(text: str, start: int) -> bool:
    """True when a preposition of place, or a person's noun and ``from``
    (where someone lives: ``a domestic worker from Soshanguve``; not ``a
    letter from Ada Obi``), stands right before ``start``."""
    if _PLACE_PREPOSITION_BEFORE_RE.search(text, max(0, start - 20), start):
        return True
    from_noun = _FROM_AFTER_NOUN_RE.search(text, max(0, start - 30), start)
    return from_noun is not None and from_noun.group(1) in PERSON_NOUNS


def placed_run(text: str, words: list[str]) -> bool:
    """True when the run of capitals ``words`` names a place: written right
    after a preposition of place somewhere in ``text`` (``at its Kasompe Deep
    mine`` too, once ``a miner at Kasompe Deep`` has been), its first word no
    known given name nor a title, never opening a sentence (``Kwame Asante
    denied it``), its last word never alone in ``text`` (always after the
    words before it), no possessive (``in Ada Obi's view``, ``a rally in
    Kofi Boateng's honour``) and two or three words; a single word only when a preposition of
    place stands before it each time (``a teacher in Senga``)."""
    if not 1 <= len(words) <= _MOST_WORDS or words[-1].endswith(("'s", "’s")):
        return False
    if given_name_gender(words[0]) is not None or is_title(words[0]):
        return False  # "Ada Kerr"; "in Judge Berman's court": a person's title
    runs = [*re.finditer(r"\b" + r"[ \xa0]+".join(re.escape(word) for word in words) + r"\b(?!['’])", text)]
    if any(_OPENS_SENTENCE_RE.search(text, max(0, run.start() - 3), run.start()) for run in runs):
        return False  # "Kwame Asante denied wrongdoing": a sentence's subject, no place
    placed = [_placed_at(text, run.start()) for run in runs]
    if len(words) == 1:  # "a teacher in Senga": one word, a place only where it always is one
        return bool(runs) and all(placed)
    return any(placed) and len(re.findall(r"\b" + re.escape(words[-1]) + r"\b", text)) == len(runs)
