"""The body an unnamed spokesperson or official speaks for, from the words
of the mention and the bodies the article named before: ``a spokesman for
Vell District Council``, ``a Vell Motors spokeswoman``, ``a Halvorsen
spokeswoman`` after ``Halvorsen Foods``, ``a spokesperson for Kestrel`` after
``Kestrel Airlines``; none for ``a Vell resident`` or ``an American
official``."""

from __future__ import annotations

import re

from quotes.extract.appositives import body_spoken_for, name_spoken_for
from quotes.extract.mentions import speaker_kind, strip_determiner
from quotes.extract.name_words import DEMONYM_ENDINGS, PLACE_WORDS
from quotes.extract.registry import SpeakerRegistry
from quotes.extract.speaker_words import BODY_NOUNS, COMPANY_HEADS, ORG_HEADS, SPEAKING_FOR_NOUNS

#: ``for the NOUN`` right after an unnamed spokesperson's noun, before what the
#: sentence goes on with (``a spokesman for the bank said``, ``..., the bank.``).
_FOR_THE_BODY_RE = re.compile(r"[ \xa0]+for[ \xa0]+the[ \xa0]+([a-z][\w-]*)(?=[ \xa0]*[,.;:)]|[ \xa0]+[a-z])")

#: Nationality adjectives not ending as most do (:data:`DEMONYM_ENDINGS`).
_OTHER_DEMONYMS = frozenset("French Dutch Greek Swiss Thai Czech Basque Welsh".split())


def unnamed_source_body(registry: SpeakerRegistry, mention: str, start: int, end: int) -> str | None:
    """The body the unnamed source of ``mention`` (at ``[start, end)`` in
    ``registry.text``) speaks for: named in or right after the mention, by the
    capitalised words before its noun, or by a short name after ``for`` that
    a body named before starts with; None if none."""
    return (
        body_spoken_for(registry.text, start, end)
        or _body_before_noun(registry, mention, start)
        or _known_body_after(registry, mention, end)
        or _body_described_after(registry, mention, end)
    )


def _body_described_after(registry: SpeakerRegistry, mention: str, end: int) -> str | None:
    """The body the article named that ``the NOUN`` after the noun of an
    unnamed spokesperson stands for (``a spokesman for the bank`` after
    ``Aldgate Bank``, ``a spokeswoman for the airline`` after ``SkyBay``), or
    None: a body never named leaves the affiliation empty."""
    found = _FOR_THE_BODY_RE.match(registry.text, end)
    if found is None or mention.split()[-1] not in SPEAKING_FOR_NOUNS or found.group(1) not in BODY_NOUNS:
        return None
    body = registry.body_called(found.group(1), end)
    return body.name if body is not None and body.name[:1].isupper() else None


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
    if (
        not before
        or not all(word[:1].isupper() for word in words[:-1])
        or words[-1] not in SPEAKING_FOR_NOUNS
    ):
        return None
    if speaker_kind(before) == "organization":
        return before
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
