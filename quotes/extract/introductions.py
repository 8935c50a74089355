"""Where an article introduced a description with ``a``, ``an`` or ``one``
before (``an unnamed Ministry of Ports spokesman``), perhaps right after a
name (``Tove Lind, a harbour singer,``), or where such a description titles a
name (``a run sparked by rookie guard Ola Lund``). Pure text;
:class:`quotes.extract.registry.SpeakerRegistry` records what
:func:`introduction` finds."""

from __future__ import annotations

import re
from functools import lru_cache

from quotes.extract.descriptions import DETERMINERS, ROLE_WORD, Named
from quotes.extract.given_name_clauses import WHO_GAVE
from quotes.extract.mentions import speaker_kind
from quotes.extract.name_words import NOT_NAME_START
from quotes.extract.patterns import NAME_WORDS, may_end_at
from quotes.extract.speaker_words import PERSON_NOUNS

#: A name right before an appositive (``Tove Lind, `` before ``a singer``).
_APPOSED_NAME_RE = re.compile("(" + NAME_WORDS + r"),[ \xa0]*\Z")
#: A word of a description and the space after it, within its sentence: inner
#: full stops (``U.S``) and an initial's (``U.S.``), never a sentence's (``a study.``).
_DESCRIPTION_WORD = r"[\w'’-]+(?:\.[\w'’-]+)*(?:(?<=\b\w)\.)?[ \xa0]+"


#: Words after a conjunction that open a second noun phrase (``an internal memo
#: and two people``, ``a memo and the people``): a description stops before it.
_SECOND_PHRASE_OPENERS = (
    DETERMINERS + r"|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|other|\d"
)
#: A word of a description that opens no noun phrase of its own, and no
#: conjunction joining a second one (``an internal memo and two people``
#: describes no people); a conjunction inside one noun phrase is part of it
#: (``a father of three and police officer``, ``a teacher and union representative``);
#: a plural after the conjunction opens a second one (``a farmer and witnesses``).
_NOT_A_DETERMINER = (
    rf"(?!(?:{DETERMINERS})[ \xa0])"
    rf"(?!(?:and|or|but)[ \xa0]+(?:(?:{_SECOND_PHRASE_OPENERS})\b|[a-z][\w-]*[^s\W]s\b))"
)


#: How many heads of descriptions keep their patterns compiled.
_HEADS_CACHED = 512

#: ``a``, ``an`` or ``one`` and up to five words right before a position: what
#: :func:`introduction`'s pattern matches before the head, its words' inner
#: conditions left out (a cheap test before building that pattern).
_INTRODUCING_RUN_RE = re.compile(r"\b(?:an?|one)[ \xa0]+(?:[\w'’.-]+[ \xa0]+){0,5}\Z", re.IGNORECASE)
#: Every character :data:`_INTRODUCING_RUN_RE` can match.
_INTRODUCING_CHARS_RE = re.compile(r"[\w'’. \xa0-]*")


@lru_cache(maxsize=_HEADS_CACHED)
def _written_re(head: str) -> re.Pattern[str]:
    """``head`` in any case (heads of descriptions come back article after article)."""
    return re.compile(re.escape(head), re.IGNORECASE)


def _may_be_introduced(text: str, head: str, position: int) -> bool:
    """True when ``head`` is written before ``position`` (in any case) right
    after ``a``, ``an`` or ``one`` and at most five words, as in every
    description :func:`introduction` finds."""
    written = _written_re(head)
    found = written.search(text, 0, max(0, position))
    while found is not None:
        if may_end_at(text, found.start(), _INTRODUCING_RUN_RE, _INTRODUCING_CHARS_RE):
            return True
        found = written.search(text, found.start() + 1, max(0, position))
    return False


#: The lower-case word right after a description's head.
_NEXT_WORD_RE = re.compile(r"[ \xa0]+([a-z][\w-]*)")


def _describes_a_person_after(text: str, end: int) -> bool:
    """True when a person's noun follows the head ending at ``end`` (``a former
    navy| officer``): the head only describes that person, and introduces no body."""
    following = _NEXT_WORD_RE.match(text, end)
    return following is not None and following.group(1) in PERSON_NOUNS


#: Lower-case words of a title after a description's head, and the name they
#: stand before (``rookie| guard Ola Lund``); no verb (``a judge| granted Vell
#: Watch's request``) and no possessive.
_TITLE_OF_NAME_RE = re.compile(
    r"[ \xa0]+(?:(?![a-z]+(?:ed|s)[ \xa0])" + ROLE_WORD + r"){0,2}(" + NAME_WORDS + r")\b(?![’'])"
)
#: The agent of a participle inside a description (``a run sparked by rookie``).
_AGENT_RE = re.compile(r"\b[a-z]+ed[ \xa0]+by[ \xa0]")
#: A head that is the agent of a participle (``run sparked by| rookie``), no
#: noun's ``by`` (``ruling by judge``).
_AGENT_BEFORE_HEAD_RE = re.compile(
    r"\b[a-z]+(?:ed|en)[ \xa0]+by[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}[a-z][\w-]*\Z"
)


def _titles_a_name(text: str, head: str, end: int) -> bool:
    """True when ``head``, a person's noun, is written in lower case ending at
    ``end`` (``rookie`` of ``a run sparked by rookie guard Ola Lund``; not a
    headline's ``Federal Judge Gives ...``)."""
    return head in PERSON_NOUNS and text.endswith(head, 0, end)


def _title_of_name(text: str, head: str, found: re.Match[str]) -> Named | None:
    """The person's full name ``head`` is the title of, inside the agent of a
    participle (``a run sparked by rookie guard Ola Lund``), or None: a head
    with a verb after it (``A witness saw Craig Ash``), a body's name (``A
    player Vell Town signed``) or no participle before ``by`` (``An earlier
    ruling by judge Otto Berg``) titles no one."""
    if not _AGENT_BEFORE_HEAD_RE.search(found.group(1)) or not _titles_a_name(text, head, found.end(1)):
        return None
    titled = _TITLE_OF_NAME_RE.match(text, found.end(1))
    if titled is None or " " not in titled.group(1) or titled.group(1).split()[0] in NOT_NAME_START:
        return None
    if speaker_kind(titled.group(1)) != "person":
        return None
    return Named(titled.start(1), titled.end(1), titled.group(1), True)


#: A full name of two words or more right after a head (``Mayor| Dana
#: Kettering``), perhaps owning what follows (``President| Tomas Ferreyra's``).
_FULL_NAME_AFTER_RE = re.compile(r"[ \xa0]+(" + NAME_WORDS + r")")


def _titles_a_name_after(text: str, head: str, end: int) -> bool:
    """True when ``head``, a person's noun ending at ``end`` written as a
    title (capitalised), is the title of a full name right after it (``a
    member of President Tomas Ferreyra's Cabinet``, ``an aide to Mayor Dana
    Kettering``): the description is someone else's, the head's holder is that
    name. Not a body's name, nor a head in lower case, more often an adjective
    or a noun of its own (``An official Vell Gulls notice``)."""
    if head.lower() not in PERSON_NOUNS or not text[end - len(head) : end][:1].isupper():
        return False
    name = _FULL_NAME_AFTER_RE.match(text, end)
    if name is None or " " not in name.group(1) or name.group(1).split()[0] in NOT_NAME_START:
        return False
    return speaker_kind(name.group(1)) == "person"


#: A full name in apposition right after a description's head, closed as an
#: apposition is (``a daughter|, Eva Lund-Hart;``, ``a sister|, Kim Soon-hee,
#: who``), not a speaker's name before a cue (``a good man, Ola Lund said``).
_NAME_APPOSED_AFTER_RE = re.compile(r",[ \xa0]+(" + NAME_WORDS + r")(?=[,;.)]|[ \xa0]+and[ \xa0]|\Z)")


def _name_apposed_after(text: str, head: str, end: int) -> Named | None:
    """The full name in apposition after ``head``, a person's noun ending at
    ``end`` (``survived by a daughter, Eva Lund-Hart; ...``): the person the
    description introduced; None for no such name, a body's name or a word
    that opens no name."""
    if head.lower() not in PERSON_NOUNS:
        return None
    name = _NAME_APPOSED_AFTER_RE.match(text, end)
    if name is None or " " not in name.group(1) or name.group(1).split()[0] in NOT_NAME_START:
        return None
    if speaker_kind(name.group(1)) != "person":
        return None
    return Named(name.start(1), name.end(1), name.group(1), True)


@lru_cache(maxsize=_HEADS_CACHED)
def _introduction_re(head: str) -> re.Pattern[str]:
    """An ``a``/``an``/``one`` description ending in ``head`` (any case)."""
    return re.compile(
        r"\b(?:an?|one)[ \xa0]+((?:"
        + _NOT_A_DETERMINER
        + _DESCRIPTION_WORD
        + r"){0,5}?"
        + re.escape(head)
        + r")\b",
        re.IGNORECASE,
    )


def introduction(text: str, head: str, position: int) -> Named | None:
    """The last ``a``/``an``/``one`` description ending in ``head`` before
    ``position`` (``an unnamed Ministry of Ports spokesman``), or the name it
    stands in apposition to (``Tove Lind, a harbour singer``); None if none."""
    if not _may_be_introduced(text, head, position):
        return None  # no "a", "an" or "one" a few words before the head: no pattern to build for it
    found = None
    for match in _introduction_re(head).finditer(text, 0, max(0, position)):
        if not _describes_a_person_after(text, match.end(1)) and not _titles_a_name_after(
            text, head, match.end(1)
        ):
            found = match
    if found is None:
        return None
    titled = _title_of_name(text, head, found)
    if titled is not None:  # "a run sparked by rookie guard Ola Lund": the head is Lund's title
        return titled
    if _AGENT_RE.search(found.group(1)):
        return None  # "a run sparked by rookie guard play": the head describes no run
    named = _APPOSED_NAME_RE.search(text, max(0, found.start() - 80), found.start())
    if named is not None:
        return Named(named.start(1), named.end(1), named.group(1), True)
    return _name_apposed_after(text, head, found.end(1)) or Named(
        found.start(1), found.end(1), found.group(1), False
    )


#: An indefinite description in apposition after a mention, up to where the
#: name it gives follows (``One of them|, a retired bus driver| named Ola
#: Lund``; ``, a 34-year-old driver| who gave only his first name, Per``), no
#: preposition in it (not ``, a driver with a company| called Orrin Haulage``).
_NAMING_APPOSITION_RE = re.compile(
    r",[ \xa0]+(?:an?)[ \xa0]+(?:(?!(?:with|for|from|of|at|in|on|by)[ \xa0])[\w'’-]+[ \xa0]+){0,5}?[\w'’-]+"
    r"(?=[ \xa0]+(?:named|called|" + WHO_GAVE + r")[ \xa0])"
)


def naming_apposition_end(text: str, end: int) -> int | None:
    """Where an indefinite description in apposition to the mention ending at
    ``end`` ends, when a name given with ``named`` or as all someone gave
    follows it (``One of her volunteers, a retired bus driver named Ola
    Lund,``: the volunteer is Ola Lund); None otherwise."""
    apposition = _NAMING_APPOSITION_RE.match(text, end, end + 120)
    return apposition.end() if apposition is not None else None
