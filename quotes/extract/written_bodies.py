"""Where an article writes a name as a body's (pure text): after a body's noun
in lower case (``the charity Safe Harbour``) or an opening phrase with ``its``
(``In its annual outlook, Ostnett said``), unless the name opens a clause after
the noun (``the company Ana Roe built``: its founder, a person)."""

from __future__ import annotations

import re

from quotes.extract.gender import name_gender
from quotes.extract.lexicon import speech_forms
from quotes.extract.mentions import head_word, speaker_kind
from quotes.extract.patterns import occurrences
from quotes.extract.role_words import described_as_person
from quotes.extract.source_words import BODY_ACTIVITY_FORMS
from quotes.extract.speaker_words import BODY_NOUNS, PERSON_TITLE_OR_TRADE_WORDS, SOURCE_NOUNS

#: An opening phrase on a document whose ``its`` stands for the name after its comma
#: (``In its annual winter outlook, `` before ``Ostnett said``; not ``Despite its cost, Moss``).
_ITS_OPENING_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ \xa0]))(?:In|Under|With|Through|Despite|For|On|After|Before)[ \xa0]+its[ \xa0]+"
    r"(?:[\w-]+[ \xa0]+){0,3}(?:" + "|".join(sorted(SOURCE_NOUNS)) + r")\b[^.,;:!?\n]{0,60},[ \xa0]+\Z"
)
#: A body's noun in lower case right before a name (``the Vell-based charity| Safe Harbour``).
_BODY_DESCRIBED_BEFORE_RE = re.compile(r"\b[Tt]he[ \xa0]+(?:[\w'’-]+[ \xa0]+){0,3}?([a-z]+)[ \xa0]+\Z")
#: What the words before a body's name described so must end with.
_BODY_NOUN_ENDINGS = tuple(BODY_NOUNS)
#: A word in lower case right after a name: the verb of a clause the name opens.
_LOWER_WORD_AFTER_RE = re.compile(r"[ \xa0]+([a-z]+(?:-[a-z]+)?)\b")
#: What opens a verb's object (``built| a school``, ``built| 300 homes``,
#: ``built| our street``, ``built| it``, ``built| up a portfolio``): the verb
#: then has one; not a particle or a span of time (``set up in memory of``,
#: ``built up over three decades``, ``founded 30 years ago``).
_OBJECT_AFTER_RE = re.compile(
    r"[ \xa0]+(?:(?:up|out)[ \xa0]+)?(?:"
    r"(?:a|an|the|its|his|her|their|our|my|your|this|that|these|those|it|them|him|us|more)\b"
    r"|\d[\d,.]*(?![\d,.]|[ \xa0]+(?:years?|decades?|months?|weeks?|days?)\b))"
)

#: An appositive opening on ``the`` after a name (``, the note-taking app,``): its words.
_THE_APPOSITIVE_RE = re.compile(r",[ \xa0]+the[ \xa0]+([^,;:.()\n]{1,60})")
#: Where the noun of such an appositive has ended: a preposition, a relative
#: pronoun or a participle with its object (``the union| representing the
#: drivers``, ``the refiner| of crude``, ``the app| that``).
_APPOSITIVE_NOUN_END_RE = re.compile(
    r"[ \xa0]+(?:at|of|for|in|on|to|from|behind|with|that|which|whose"
    r"|[a-z]+ing[ \xa0]+(?:the|a|an|its|their|some|about|more|over|\d))(?:[ \xa0]|\Z)"
)
#: Where a name opening its sentence is followed by ``, which`` and a verb of
#: what a body does (:data:`BODY_ACTIVITY_FORMS`), after an auxiliary, a
#: ``not`` or an adverb: a clause about a body, never a person (one ending a
#: sentence, ``fired Venn, which angered``, is about what was done).
_SENTENCE_START = r"(?:^|(?<=\n)|(?<=[.!?][ \xa0])|(?<=[.!?][\"”][ \xa0]))"
_WHICH_AFTER = (
    r",[ \xa0]+which[ \xa0]+(?:(?:does|did|do|has|had|will|also|now|still|not|mainly|largely)[ \xa0]+){0,3}"
    r"([a-z]+)\b"
)


def apposed_to_body(text: str, name: str) -> bool:
    """True for a one-word name the article puts before a ``the`` appositive
    whose noun, before any preposition, relative or participle, names what a
    body is and no person, title or trade (``Nordoil, the refiner,``,
    ``Quillfeather, the note-taking app,``, ``Unite, the union representing
    the drivers,``, an appositive the comma closes when its noun has words
    after it; not ``Timbaland, the producer,`` or ``Mika, a student at
    the academy,``), or opening a sentence before ``, which`` and a verb of
    what a body does (:func:`_which_clause_of_a_body`): ``who`` follows a person."""
    if len(name.split()) != 1:
        return False
    if _which_clause_of_a_body(text, name):
        return True
    at = text.find(f"{name}, the ")
    found = _THE_APPOSITIVE_RE.match(text, at + len(name)) if at >= 0 else None
    if found is None:
        return False
    noun_words = _APPOSITIVE_NOUN_END_RE.split(found.group(1))[0]
    if noun_words != found.group(1) and not text.startswith(",", found.end()):
        return False  # "were Saudis, the government in Riyadh has denied": a new clause, no appositive
    head = head_word(noun_words)
    return head in BODY_NOUNS and head not in PERSON_TITLE_OR_TRADE_WORDS


def _which_clause_of_a_body(text: str, name: str) -> bool:
    """True when ``name`` opens a sentence before ``, which`` and a verb of what
    a body does (``Corvane, which makes drones,``; not ``Prince, which is his
    real name,``), and the article never calls the name a person: no person's
    description or age in apposition after it (``Prince, the singer,``) and no
    ``he`` or ``she`` giving it a gender."""
    if f"{name}," not in text:
        return False  # the name never comes before a comma: no pattern to build for it
    pattern = re.compile(rf"{_SENTENCE_START}{re.escape(name)}{_WHICH_AFTER}")
    if not any(found.group(1) in BODY_ACTIVITY_FORMS for found in pattern.finditer(text)):
        return False
    if name_gender(text, name, ()) is not None:
        return False
    return not any(described_as_person(text, at + len(name)) for at in occurrences(text, [name]))


def described_as_body(text: str, position: int) -> bool:
    """True when a body's noun in lower case stands right before ``position``
    (``the Vell-based charity| Safe Harbour``), or an opening phrase with
    ``its`` (``In its annual outlook, |Ostnett said``): the name there is a body's."""
    return bool(_ITS_OPENING_RE.search(text, max(0, position - 100), position)) or body_noun_before(
        text, position
    )


def body_noun_before(text: str, position: int) -> bool:
    """True when a body's noun in lower case stands right before ``position``
    (``the Vell-based charity| Safe Harbour``)."""
    low = max(0, position - 60)
    if not text[low:position].rstrip(" \xa0").endswith(_BODY_NOUN_ENDINGS):
        return False  # no body's noun ends the words before: a search would try 60 starts
    described = _BODY_DESCRIBED_BEFORE_RE.search(text, low, position)
    return described is not None and described.group(1) in BODY_NOUNS


def written_as_body(text: str, name: str, start: int) -> bool:
    """True when ``name`` at ``start``, or where the article wrote it before,
    stands after a body's noun (``the operator Harbour Buses ... Harbour Buses
    said``): a body's name wherever it is written; a place where the name
    opens a clause (``the company Per Lund built``) says nothing of it."""
    at = start
    while at >= 0:
        if described_as_body(text, at) and not _clause_of_a_person(text, name, at + len(name)):
            return True
        at = text.rfind(name, 0, at)
    return False


def _clause_of_a_person(text: str, name: str, end: int) -> bool:
    """True when the name ending at ``end`` opens a relative clause after the
    noun (``the company| Per Lund built``: its founder, no body's name in
    apposition): a word in lower case other than a reporting verb follows it,
    with no object after it (``the firm Ana Lisko built 300 homes``, ``built
    our street``: the body did), and the article gives the name a gender
    (``Per Lund said he``). A name of no gender stays the body's, the verb
    read as a reduced passive (``the firm Zenka Roe founded in 1990``)."""
    after = _LOWER_WORD_AFTER_RE.match(text, end)
    if after is None or after.group(1) in speech_forms():
        return False
    if _OBJECT_AFTER_RE.match(text, after.end()):
        return False
    return name_gender(text, name, ()) is not None


def opens_body_name(runs: list[tuple[int, int, str]], word: str) -> bool:
    """True when the first of the runs of capitals ``runs`` (``(start, end,
    words)``) holding ``word`` and more is a body's name opening with it
    (``Alderan Pharmaceuticals ... Alderan said``): the word alone is that body,
    never a person whose name opens with it (``its program, Alderan Cares``),
    though it may be a surname (``Haddad Pharmacy ... Samir Haddad said``)."""
    for _, _, run in runs:
        name = run.removesuffix("’s").removesuffix("'s")
        if word in name.split() and name != word:
            return name.split()[0] == word and speaker_kind(name) == "organization"
    return False
