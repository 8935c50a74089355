"""The body an unnamed spokesperson or official speaks for, from the words
of the mention and the bodies the article named before: ``a spokesman for
Vell District Council``, ``a Vell Motors spokeswoman``, ``a Halvorsen
spokeswoman`` after ``Halvorsen Foods``, ``a spokesperson for Kestrel`` after
``Kestrel Airlines``; none for ``a Vell resident`` or ``an American
official``."""

from __future__ import annotations

import re

from quotes.extract.bodies_spoken_for import body_spoken_for, name_spoken_for
from quotes.extract.body_nouns import may_be_called, named_with_its_trade
from quotes.extract.direct_quote_words import AUXILIARY_VERBS
from quotes.extract.joint_bodies import joint_bodies_spoken_for
from quotes.extract.lexicon import speech_forms
from quotes.extract.mentions import opens_sentence, speaker_kind, strip_determiner
from quotes.extract.name_words import DEMONYM_ENDINGS, PLACE_WORDS
from quotes.extract.registry import SpeakerRegistry
from quotes.extract.source_words import AFTER_BODY_NOUN_WORDS, ANY_BUSINESS_NOUNS
from quotes.extract.speaker_words import (
    BODY_NOUNS,
    CLUB_HEADS,
    CLUB_NOUNS,
    COMPANY_HEADS,
    COMPANY_NOUNS,
    ORG_HEADS,
    SPEAKING_FOR_NOUNS,
)

#: ``for the NOUN`` right after an unnamed spokesperson's noun, before what the
#: sentence goes on with (``a spokesman for the bank said``, ``..., the bank.``).
_FOR_THE_BODY_RE = re.compile(
    r"[ \xa0]+for[ \xa0]+the[ \xa0]+([a-z][\w-]*)(?:[ \xa0]*[,.;:)]|[ \xa0]+([a-z][\w-]*))"
)
#: Words between a spokesperson's ``for the NOUN`` and the verb that do not go
#: on with the noun (``for the bank also said``, ``for the airline on Saturday said``).
_WORDS_BEFORE_THE_VERB = frozenset(
    "also later earlier separately previously just then too however meanwhile again on in at "
    "yesterday today tonight".split()
)
#: A capitalised word going on with a body's name (``Department`` after ``Riverton Police``).
_NAME_GOES_ON_RE = re.compile(r"[ \xa0]+([A-Z][\w'’&-]*)")

#: Nouns ``a spokesman for the NOUN`` may use of any business the article
#: named: ``the company``, ``the airline`` (not ``the regulator``, no business).
_ANY_BUSINESS_NAMED = ANY_BUSINESS_NOUNS | (COMPANY_NOUNS - {"regulator"})

#: Nationality adjectives not ending as most do (:data:`DEMONYM_ENDINGS`).
_OTHER_DEMONYMS = frozenset("French Dutch Greek Swiss Thai Czech Basque Welsh".split())


def unnamed_source_body(registry: SpeakerRegistry, mention: str, start: int, end: int) -> str | None:
    """The body the unnamed source of ``mention`` (at ``[start, end)`` in
    ``registry.text``) speaks for: named in or right after the mention, else
    bodies sharing a plural noun after it (``for Harlow and Epping councils``), by the
    capitalised words before its noun, or by a short name after ``for`` that
    a body named before starts with; None if none."""
    return (
        body_spoken_for(registry.text, start, end)
        or joint_bodies_spoken_for(registry.text, end)
        or _body_before_noun(registry, mention, start)
        or _known_body_after(registry, mention, end)
        or _body_described_after(registry, mention, end)
    )


def _body_described_after(registry: SpeakerRegistry, mention: str, end: int) -> str | None:
    """The body the article named that ``the NOUN`` after the noun of an
    unnamed spokesperson stands for (``a spokesman for the bank`` after
    ``Aldgate Bank``, ``a spokeswoman for the company`` after ``Harbor
    Freight Lines``), or None: a body never named leaves the affiliation
    empty, and a body of another kind is no ``the ministry``."""
    found = _FOR_THE_BODY_RE.match(registry.text, end)
    if found is None or mention.split()[-1] not in SPEAKING_FOR_NOUNS or not _ends_body_noun(found.group(2)):
        return None
    return _body_the_noun_names(registry, found.group(1), end)


def _body_the_noun_names(registry: SpeakerRegistry, noun: str, position: int) -> str | None:
    """The body named before ``position`` that ``the NOUN`` stands for: any
    business for ``the company`` or ``the airline``, a name holding the noun
    for any other body's noun (``the bank``: Aldgate Bank); None if none."""
    if noun in _ANY_BUSINESS_NAMED:
        body = registry.body_called(noun, position)  # "the company", "the airline": any business named
        return body.name if body is not None and body.name[:1].isupper() else None
    return _name_holding(registry, noun, position) if noun in BODY_NOUNS else None


#: ``and`` between two bodies' names that one match of a noun ran over (``Vell Bank and Castor Bank``).
_AND_RE = re.compile(r"[ \xa0]+and[ \xa0]+")
#: A name's noun-first part, before ``of``/``for`` (``Ministry`` of ``Ministry of Defence``).
_OF_PART_RE = re.compile(r"[ \xa0]+(?:of|for)[ \xa0]")


def _only_body_of_noun(registry: SpeakerRegistry, noun: str, position: int) -> str | None:
    """The body a spokesperson described by a body's noun in lower case (``a
    ministry spokesman``, ``a company spokesperson``, at ``position``) speaks
    for: the only body named before whose name the noun heads (``Ministry of
    Defence``, ``Aldgate Bank``; not ``Harwick Local Government Association``
    for ``government``; a club's name ending on ``United`` for ``club``), or
    the only business for ``company``; None when
    there is none or several (which one the article does not say)."""
    if noun in _ANY_BUSINESS_NAMED:
        names = {
            name
            for _start, _end, name in registry.candidates_between(-1, position)
            if name[:1].isupper() and speaker_kind(name) == "organization" and may_be_called(name, noun)
        }
        return _body_the_noun_names(registry, noun, position) if len(names) <= 1 else None
    if noun not in BODY_NOUNS:
        return None
    headed: dict[str, int] = {}
    for match in registry.names_holding(noun, position):
        for name in _AND_RE.split(_whole_name(registry.text, match)):
            if _OF_PART_RE.split(name)[0].split()[-1].lower().rstrip("'’s") == noun.rstrip("s"):
                headed.setdefault(name, match.start())
    if noun in CLUB_NOUNS:  # "Harwick United" is a club too, though its name holds no "Club"
        for start, _end, name in registry.candidates_between(-1, position):
            if name.split()[-1].lower() in CLUB_HEADS and not registry.above_story(start):
                headed.setdefault(name, start)
    if len(headed) != 1:
        return None
    name, start = headed.popitem()
    return registry.add(name, kind="organization", position=start).name


def _ends_body_noun(word: str | None) -> bool:
    """True when ``word``, the lower-case word after ``for the NOUN`` (None:
    punctuation), ends the noun (``said``, ``did``, ``who``, ``also``,
    ``later``, ``on Saturday``), not when it may go on with it (``the school
    district``, ``the team owners``)."""
    return (
        word is None
        or word in speech_forms()
        or word in AUXILIARY_VERBS
        or word in AFTER_BODY_NOUN_WORDS
        or word in _WORDS_BEFORE_THE_VERB
        or word.endswith("ly")
    )


def _name_holding(registry: SpeakerRegistry, noun: str, end: int) -> str | None:
    """The one body named before ``end`` with ``noun`` in its name
    (``Aldgate Bank`` for ``bank``, ``Riverton Police Department`` whole for
    ``police``); of several, the one that opens a sentence, the story's
    subject (``Aldgate Bank ..., after the Northern Reserve Bank cut rates``);
    None if there is no such one."""
    found = [
        (_whole_name(registry.text, match), match.start()) for match in registry.names_holding(noun, end)
    ]
    if len({name for name, _ in found}) > 1:
        found = [(name, start) for name, start in found if opens_sentence(registry.text, start)]
    if len({name for name, _ in found}) != 1:
        return None
    return registry.add(found[-1][0], kind="organization", position=found[-1][1]).name


def _whole_name(text: str, match: re.Match[str]) -> str:
    """The name ``match`` found with the words after it that say what kind of
    body it is (``Riverton Police`` of ``Riverton Police Department``; not
    ``Chief`` of ``Riverton Police Chief Ada Lorne``)."""
    end = match.end()
    while (more := _NAME_GOES_ON_RE.match(text, end)) is not None and _business_or_body(more.group(1)):
        end = more.end()
    return text[match.start() : end]


def _known_body_after(registry: SpeakerRegistry, mention: str, end: int) -> str | None:
    """The body the article named before that the name after the noun of an
    unnamed spokesperson or official (``mention``, ending at ``end``) stands
    for (``a spokesperson for Kestrel`` after ``Kestrel Airlines``), or None: a
    name no body known holds may be a person's, and a critic of a body does
    not speak for it."""
    if mention.split()[-1] not in SPEAKING_FOR_NOUNS:
        return None
    name = name_spoken_for(registry.text, end)
    return _body_known_as(registry, name, end) if name is not None else None


def _body_before_noun(registry: SpeakerRegistry, mention: str, position: int) -> str | None:
    """The body the capitalised words before the noun of ``a Halvorsen
    spokeswoman`` or ``a Vell Motors official`` (at ``position``) name: one
    the article named before with one word more (``Halvorsen Foods``), or
    words that say they are a body's; None for anything else (``a Vell
    resident``, a spokesman of a body nobody named)."""
    words = strip_determiner(mention).split()
    before = " ".join(words[:-1])
    if len(words) == 2 and words[0].islower() and words[1] in SPEAKING_FOR_NOUNS:
        return _only_body_of_noun(registry, words[0], position)  # "a company spokeswoman"
    if (
        not before
        or not all(word[:1].isupper() for word in words[:-1])
        or words[-1] not in SPEAKING_FOR_NOUNS
    ):
        return None
    if speaker_kind(before) == "organization" or named_with_its_trade(registry.text, before):
        return before  # "a Vell Motors official"; "a Brightwatt spokeswoman" after "retailer Brightwatt"
    if words[-2].endswith(DEMONYM_ENDINGS) or words[-2] in PLACE_WORDS or words[-2] in _OTHER_DEMONYMS:
        return None  # "an American official": where from, no body
    return _body_known_as(registry, before, position)


def _body_known_as(registry: SpeakerRegistry, words: str, position: int) -> str | None:
    """The one body named before ``position`` as ``words`` and one word more
    (``Halvorsen`` of ``Halvorsen Foods``), or None, also when a person
    named before bears the words (``Ola Halvorsen``: perhaps the person's)."""
    named = [name for _, _, name in registry.candidates_between(-1, position) if f" {words} " in f" {name} "]
    if any(speaker_kind(name) == "person" and len(name.split()) > 1 for name in named):
        return None
    bodies = {name for name in named if name.startswith(f"{words} ") and _business_or_body(name)}
    known = registry.body_starting(words)
    if known is not None and (known == words or _business_or_body(known)):
        return known
    return bodies.pop() if len(bodies) == 1 else None


def _business_or_body(name: str) -> bool:
    """True for a name ending on what a business or a body is called
    (``Halvorsen Foods``, ``Platte River Networks``, ``Vell Trust``), not one
    that may be a paper or anything named for a place (``Vell Herald``)."""
    last = name.split()[-1].lower()
    return last in COMPANY_HEADS or last in ORG_HEADS
