"""A story's lead describes someone by what they did (``A structural engineer
who inspected the bridge has told an inquiry ...``); the next paragraph opens
on a new name and says the same deed of them (``Tove Lind, who carried out
the inspection, said ...``): the lead's person is the one named."""

from __future__ import annotations

import re

from quotes.extract.gender import full_name_gender, noun_gender
from quotes.extract.mentions import head_word
from quotes.extract.patterns import NAME_WORDS
from quotes.extract.title_words import DROPPED_TITLES

#: Helping words that may open a relative clause before its verb (``who had
#: inspected``, ``who was driving``); the verb after them tells the deed.
_HELPING_WORDS = frozenset(
    {"was", "were", "is", "had", "has", "have", "did", "also", "then", "once", "first", "personally"}
)
#: Endings stripped from the clause's verb to leave the stem a noun or another
#: form of it shares (``inspected``, ``inspecting``, ``inspects`` -> ``inspect``).
_VERB_ENDINGS = ("ing", "ed", "s")
#: Fewest letters a stem keeps, so that a short verb (``ran``, ``saw``,
#: ``led``) links nothing.
_MIN_STEM = 5
#: A relative clause right after a description (``A structural engineer| who inspected the bridge``).
_LEAD_CLAUSE_RE = re.compile(r"[ \xa0]+who[ \xa0]+([^,.;:!?\"“”\n]{1,100})")
#: A full name opening a paragraph, its relative clause between commas, and
#: the lower-case verb of which the name is the subject (``Tove Lind, who
#: carried out the 2021 inspection, said``).
_NAME_WHO_OPENING_RE = re.compile(
    rf"\s*({NAME_WORDS}),[ \xa0]+who[ \xa0]+([^.;:!?\"“”\n]{{1,140}}?),[ \xa0]+(?=[a-z])"
)


#: A clause opening in the passive (``who was attacked``, ``who had been
#: reported``): what was done to the person, not what they did.
_PASSIVE_OPENING_RE = re.compile(
    r"(?:\w+[ \xa0]+){0,2}?(?:was|were|is|are|been|being|be|got)[ \xa0]+(?:\w+ly[ \xa0]+)?\w+(?:ed|en|wn|t)\b"
)


def _deed_stem(clause: str) -> str | None:
    """The stem of the verb of a relative clause (``inspect`` of ``had
    inspected the bridge``), past helping words; None if it is short."""
    for word in clause.split():
        if word in _HELPING_WORDS:
            continue
        for ending in _VERB_ENDINGS:
            if word.endswith(ending):
                word = word[: -len(ending)]
                break
        return word.lower() if len(word) >= _MIN_STEM and word.isalpha() else None
    return None


def _passive(clause: str) -> bool:
    """True when a relative clause opens in the passive (:data:`_PASSIVE_OPENING_RE`)."""
    return _PASSIVE_OPENING_RE.match(clause) is not None


def _untitled(name: str) -> str:
    """``Mr Karl Rell`` -> ``Karl Rell``: a full name without the courtesy title before it."""
    first, _, rest = name.partition(" ")
    return rest if first.rstrip(".") in DROPPED_TITLES and len(rest.split()) >= 2 else name


def same_deed_named_next(text: str, mention: str, end: int) -> str | None:
    """The full name opening the paragraph after the one holding ``end`` (where
    a lead's ``mention`` ends), as the subject of its first sentence, when
    its relative clause tells the deed of the lead's own (``A structural
    engineer who inspected the bridge`` ¶ ``Owen Vale, who carried out the
    inspection, said``), the name is new to the story and tells no other
    gender than ``mention``; else None (``A woman who witnessed the crash``
    ¶ ``Sgt Ola Finn, who investigated the crash, said``: another deed)."""
    lead = _LEAD_CLAUSE_RE.match(text, end)
    stem = _deed_stem(lead.group(1)) if lead is not None else None
    close = text.find("\n", end)
    if lead is None or stem is None or close < 0:
        return None
    found = _NAME_WHO_OPENING_RE.match(text, close)
    if found is None or len(found.group(1).split()) < 2:
        return None
    if not any(word.lower().startswith(stem) for word in re.findall(r"[A-Za-z]+", found.group(2))):
        return None
    if _passive(lead.group(1)) != _passive(found.group(2)):
        return None  # "A man who attacked a nurse" ¶ "Peter Holt, who was attacked": the other one
    name = _untitled(found.group(1))
    if re.search(rf"\b{re.escape(name.split()[-1])}\b", text[:end]):
        return None  # named before the lead: someone the story already had
    wanted = noun_gender(head_word(mention))
    return None if wanted is not None and full_name_gender(text, name) not in (None, wanted) else name
