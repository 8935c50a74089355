"""The body whose unnamed people speak for it: ``Analysts at Harlow Capital
said``, ``A team of observers from the Coastal States Forum said``, ``Tessel
Bank was cautious. Its economists said``. The words are the body's: its
people are not named, and a reader asks what the bank said, not what some
analysts did. The mention stays the people (``Analysts``), the speaker is the
body; people with no body named (``Analysts said``, ``observers from Vell``,
a place) stay a group. A body described (``the authority said``) that
the story named no other way is the body the last speaker spoke for
(``A council spokesman said ...``: Ashcombe District Council)."""

from __future__ import annotations

import re

from quotes.extract.appositives import name_spoken_for
from quotes.extract.body_nouns import may_be_called
from quotes.extract.gender import given_name_gender
from quotes.extract.lexicon import STAFF_OF_BODY_NOUNS
from quotes.extract.mentions import head_word, is_title, opens_sentence, speaker_kind
from quotes.extract.name_words import NOT_NAME_START, PLACE_ADJECTIVES, PLACE_WORDS
from quotes.extract.owners import body_opened_by
from quotes.extract.patterns import ORG_RE, POSSESSIVE_END_RE
from quotes.extract.registry import Person, SpeakerRegistry
from quotes.extract.speaker_words import ORG_HEADS, SPEAKING_FOR_NOUNS

#: Lower-case words that may stand before the noun (``Senior analysts``,
#: ``A small team``), after an optional determiner.
_MENTION_RE = re.compile(r"(?:(?:[Aa]n?|[Tt]he|[Ii]ts)[ \xa0]+)?(?:[a-z][\w-]*[ \xa0]+){0,2}([A-Za-z]+)")
#: A body's short name before its people's noun (``the Quillon team`` after ``Quillon Brothers``).
_NAMED_STAFF_RE = re.compile(r"[Tt]he[ \xa0]+([A-Z][\w'’-]*)[ \xa0]+([a-z]+)")
#: What a team is made of before the body (`` of observers``, `` of inspectors``).
_MADE_OF_RE = re.compile(
    r"[ \xa0]+of[ \xa0]+(?:[a-z][\w-]*[ \xa0]+)?[a-z][\w-]*s(?=[ \xa0]+(?:at|from|for|with)\b)"
)
#: A body described by its noun after the people's (`` at the bank said``), ending the phrase.
_AT_THE_BODY_RE = re.compile(
    r"[ \xa0]+(?:at|for|with)[ \xa0]+the[ \xa0]+([a-z][\w-]*)(?=[ \xa0]*[,;:]|[ \xa0]+(?!of\b)[a-z])"
)
#: ``from`` and a name: the body when the name says it is one (not ``from Vell``).
_FROM_BODY_RE = re.compile(r"[ \xa0]+from[ \xa0]+" + ORG_RE.pattern)


def staff_body(registry: SpeakerRegistry, mention: str, start: int, end: int) -> str | None:
    """The name of the body whose unnamed people ``mention`` (at ``[start,
    end)`` in ``registry.text``) names, or None: ``Analysts at Quillon
    Brothers``, ``A team of observers from the Coastal States Forum``, ``Its
    strategists`` after a body the paragraph made its subject, ``the
    Quillon team`` after ``Quillon Brothers``."""
    named = _NAMED_STAFF_RE.fullmatch(mention)
    if named is not None and named.group(2) in STAFF_OF_BODY_NOUNS and named.group(1) not in NOT_NAME_START:
        word, at = named.group(1), start + named.start(1)
        return body_opened_by(registry.text, word, at) or _known_body_opened_by(registry, word, at)
    found = _MENTION_RE.fullmatch(mention)
    if found is None or found.group(1).lower() not in STAFF_OF_BODY_NOUNS:
        return None
    if mention.lower().startswith("its "):
        body = _subject_of_paragraph(registry, start) or registry.body_named(start)
        return body.name if body is not None else None
    return _body_after(registry, end)


def _known_body_opened_by(registry: SpeakerRegistry, word: str, position: int) -> str | None:
    """The last body recorded before ``position`` whose name of several words
    opens with ``word`` (``Quillon Brothers`` for ``the Quillon team``), or None."""
    for known in reversed(registry.people):
        words = known.name.split()
        if known.kind == "organization" and known.position < position and len(words) > 1 and words[0] == word:
            return known.name
    return None


def _subject_of_paragraph(registry: SpeakerRegistry, start: int) -> Person | None:
    """The last body a sentence of the paragraph of ``start`` opens with, before
    it (``Tessel Bank was more cautious. Its economists ...``), or None."""
    text = registry.text
    paragraph = text.rfind("\n", 0, start)
    for at, _end, written in reversed(registry.candidates_between(paragraph, start)):
        name = POSSESSIVE_END_RE.sub("", written)
        if speaker_kind(name) == "organization" and opens_sentence(text, at):
            return registry.find(name) or registry.add(name, kind="organization", position=at)
    return None


def _body_after(registry: SpeakerRegistry, end: int) -> str | None:
    """The body named right after the people's noun ending at ``end``
    (`` at Harlow Capital``, `` of observers from the Vell Forum``), or None."""
    text = registry.text
    made_of = _MADE_OF_RE.match(text, end)
    position = made_of.end() if made_of is not None else end
    named = name_spoken_for(text, position)
    if named is not None and _may_be_body(registry, named):
        return named
    body = _FROM_BODY_RE.match(text, position)
    if body is not None and speaker_kind(body.group(1)) == "organization":
        return body.group(1)
    described = _AT_THE_BODY_RE.match(text, position)
    known = registry.body_called(described.group(1), end) if described is not None else None
    return known.name if known is not None else None  # "Economists at the bank": Orrel Bank


def _may_be_body(registry: SpeakerRegistry, name: str) -> bool:
    """False for a name after ``at``/``for``/``of`` that is no body: a person
    the article knows, gives a title or a given name, people joined by ``and``,
    or a place (``analysts at Tessel``)."""
    words = name.split()
    known = registry.find(name)
    if (known is not None and known.kind == "person") or is_title(words[0]) or given_name_gender(words[0]):
        return False  # "staff of Sen. Orla Brandt", "Strategists for Barack Obama"
    if " and " in name and speaker_kind(name) != "organization":
        return False  # "Strategists for Kobb and Venn": two people's, no body's
    return not all(word in PLACE_WORDS or word in PLACE_ADJECTIVES for word in words)


def body_of_last_speaker(registry: SpeakerRegistry, mention: str) -> Person | None:
    """The body ``the NOUN`` (``mention``) stands for when the registry found
    none: the one the last speaker spoke for (``A council spokesman said
    ... In a statement, the authority said``: the council the spokesman's
    affiliation names), if it may be called so; else None."""
    words = mention.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].isalpha() or not words[1].islower():
        return None
    last = registry.last_speaker
    if last is None or not last.affiliation or not _speaks_for_body(last):
        return None
    if not may_be_called(last.affiliation, words[1], registry.text):
        return None
    return registry.find(last.affiliation) or registry.add(
        last.affiliation, kind="organization", position=last.position
    )


def _speaks_for_body(person: Person) -> bool:
    """True when ``person`` speaks for their affiliation, a body whose name
    says what it is (``A council spokesman`` of Ashcombe District Council,
    ``Brian Holt, a spokesman for the Vell campaign``); not a lawyer at a firm
    or an officer of a campaign, who may speak for themselves."""
    unnamed = person.kind == "anonymous" or head_word(person.role or "") in SPEAKING_FOR_NOUNS
    words = {word.lower() for word in (person.affiliation or "").split()}
    return unnamed and bool(words & ORG_HEADS)
