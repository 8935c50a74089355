"""The owner of a post written as a possessive (``the Tribune's editor``,
``Norvelle's chief financial officer``, ``Kobb's lawyer``): a body's or a
person's, by what the article named before and what the post is."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from quotes.extract.given_names import given_name_gender
from quotes.extract.mentions import head_word, speaker_kind
from quotes.extract.name_words import NOT_NAME_START
from quotes.extract.role_words import described_as_person
from quotes.extract.speaker_words import BUSINESS_POSTS, EVENT_HEADS
from quotes.extract.title_words import CAPITAL_RANKS


def owned_by_body(text: str, owner: str, end: int, post: str = "") -> bool:
    """True when the possessive ``owner`` of a ``post`` is a body's (``the
    Tribune's editor``, ``Norvelle's chief financial officer`` after a
    ``Norvelle Systems``, ``MindBridge's chief executive``: :func:`owns_a_business_post`)."""
    return (
        owner in CAPITAL_RANKS
        or speaker_kind(owner) == "organization"
        or body_named_before(text, owner, end)
        or owns_a_business_post(text, owner, post, end)
    )


def owns_a_business_post(text: str, owner: str, post: str, end: int) -> bool:
    """True when ``post`` is one only a business has (``chief executive``,
    ``chief financial officer``: :data:`~quotes.extract.speaker_words.BUSINESS_POSTS`) and no person
    bearing ``owner`` as a surname was named before ``end``: ``MindBridge's
    chief executive`` works for MindBridge, named before or not (``Kobb's chief
    executive`` after ``Ansel Kobb`` stays a person's)."""
    return post.strip().lower() in BUSINESS_POSTS and not _first_person_and_body(text, owner)[0] < end


def body_named_before(text: str, owner: str, end: int) -> bool:
    """True when ``text`` before ``end`` names a body as ``owner`` and one word
    more (``Norvelle Systems`` before ``Paul Serrano, Norvelle's chief financial
    officer``) and no person by that surname before it: the possessive is the
    body's, not a person's (``Kobb's lawyer`` after ``Ansel Kobb`` or ``Mr. Kobb``,
    even when a ``Kobb Foundation`` is named too)."""
    person, body, _name = _first_person_and_body(text, owner)
    return body < end and not person < end


#: One word that may be a name: a capital, then lower case (not ``42`` or ``GOP``).
_SINGLE_NAME_RE = re.compile(r"[A-Z][a-z][\w'’-]*")


#: He or she later in the sentence a word opens (``Obi said she``), a person's.
_PERSONAL_PRONOUN_AFTER_RE = re.compile(r"[^.!?\n]*?\b(?:he|she)\b")
#: ``and`` and a capitalised word right after a word: the word opens a joint
#: name (``Ravensmoor and Dunmere Hospitals Trust said``), no body of its own.
_JOINT_NAME_AFTER_RE = re.compile(r"[ \xa0]+(?:and|&)[ \xa0]+[A-Z]")


#: How many capitalised words after a body's first word may finish its name
#: (``Obi Farms``, ``Harbour Port Services``).
_BODY_WORDS_AFTER = 3


def body_opened_by(text: str, word: str, end: int) -> str | None:
    """The name of the body ``text`` names before ``end`` as the one ``word``
    and up to three words more, when no person by that surname came before it
    (``Westmoor said`` after ``Westmoor Bank``: Westmoor Bank; ``Harbour said``
    after ``Harbour Port Services``), else None; never
    for a given name, a word opening no name (``His``, ``That``) or an event's
    sponsor (``Cadillac`` of ``Cadillac Championship``), nor for a word the
    text describes as a person where it stands (``Kell, a retired teacher,``,
    ``Harwick, 34,``) or that a he or she follows in its sentence (``Obi
    said she would``)."""
    if not _SINGLE_NAME_RE.fullmatch(word) or word in NOT_NAME_START or given_name_gender(word) is not None:
        return None
    if text.startswith(word, end) and described_as_person(text, end + len(word)):
        return None  # "Kell, a retired teacher, said" after "The Kell Trust": a person
    if _PERSONAL_PRONOUN_AFTER_RE.match(text, end + len(word)):
        return None  # "Obi said she would give more": a person
    if text.startswith(word, end) and _JOINT_NAME_AFTER_RE.match(text, end + len(word)):
        return None  # "Ravensmoor and Dunmere Hospitals Trust said": not Ravensmoor General Hospital
    person, body, name = _first_person_and_body(text, word, _BODY_WORDS_AFTER)
    if not body < end or person < end or head_word(name) in EVENT_HEADS:
        return None
    return name


#: A courtesy title before a surname (``Mr. Obi``): a person bears it.
_COURTESY_BEFORE = r"(?:Mr|Mrs|Ms|Dr)\.?"


@lru_cache(maxsize=512)
def _first_person_and_body(text: str, owner: str, reach: int = 1) -> tuple[float, float, str]:
    """Where ``text`` first names a person with the surname ``owner``
    (``Ada Obi``, ``Mr. Obi``), where it first names a body as ``owner`` and
    the fewest words more, up to ``reach`` (``Obi Farms``:
    :func:`_shortest_body`; a possessive reads one word, so ``Vell's mayor``
    stays a place's after ``The Vell Harbour Board``), infinity for none,
    and that body's name.
    Cached, since an article asks again for each possessive of the same owner."""
    person = re.compile(
        r"\b(" + _COURTESY_BEFORE + r"|[A-Z][a-z]+)[ \xa0]+" + re.escape(owner) + r"\b(?![ \xa0]+[A-Z])"
    )
    first_person = next(
        (
            match.start()
            for match in person.finditer(text)
            if re.fullmatch(_COURTESY_BEFORE, match.group(1))
            or (
                match.group(1) not in NOT_NAME_START
                and (
                    given_name_gender(match.group(1)) is not None or speaker_kind(match.group(0)) == "person"
                )
            )
        ),
        math.inf,
    )
    named = re.compile(re.escape(owner) + r"((?:[ \xa0]+[A-Z][\w&-]*){1," + str(reach) + "})")
    for match in named.finditer(text):
        before = re.search(r"([A-Z][a-z]+)[ \xa0]+\Z", text[max(0, match.start() - 30) : match.start()])
        if before is not None and given_name_gender(before.group(1)) is not None:
            continue  # "Aaron Klein Investigative Radio": a show named after a person, no body "Klein"
        body = _shortest_body(owner, match.group(1).split())
        if body is not None:
            return first_person, match.start(), body
    return first_person, math.inf, ""


def _shortest_body(owner: str, words: list[str]) -> str | None:
    """The shortest name of a body made of ``owner`` and the first of
    ``words`` (``Obi Farms``; ``Harbour Port Services``, where ``Harbour
    Port`` is no body's name), or None."""
    for count in range(1, len(words) + 1):
        name = " ".join([owner, *words[:count]])
        if speaker_kind(name) == "organization":
            return name
    return None


#: A document its owners' ``Their`` opens a sentence with (``Their report``,
#: ``Their annual review``).
_THEIR_DOCUMENT_RE = re.compile(
    r"Their[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}(?:report|study|survey|analysis|review|audit|findings)"
)
#: People whose work a body's report is (``Inspectors from the Vell Care
#: Board``); not any plural (``Fans of Vell United``).
_STAFF_NOUNS = frozenset(
    """inspectors auditors investigators researchers officials analysts scientists economists
    experts engineers examiners assessors reviewers surveyors""".split()
)
#: A sentence opening on people of a body the story names (``Inspectors from
#: the Vell Care Board``, ``Auditors at Holm Council``, ``Researchers of the
#: Marsk Institute``): the body's name in a group.
_MEMBERS_OF_BODY_RE = re.compile(
    r"(?:[Tt]he[ \xa0]+)?(?i:" + "|".join(sorted(_STAFF_NOUNS)) + r")[ \xa0]+(?:from|of|at|with)[ \xa0]+"
    r"(?:the[ \xa0]+)?"
    r"(?P<body>[A-Z][\w&'’-]*(?:[ \xa0]+(?:of[ \xa0]+|and[ \xa0]+|for[ \xa0]+)?[A-Z][\w&'’-]*){1,5})"
)
#: Two places joined by ``and`` (``Britain and France``): no body.
_TWO_PLACES_RE = re.compile(r"[A-Z][\w'’-]*[ \xa0]+and[ \xa0]+[A-Z][\w'’-]*")

#: Another group the sentence addresses or meets (``complained to inspectors``,
#: ``met with the auditors``), whose ``Their`` the document may be.
_OTHER_GROUP_RE = re.compile(r"\b(?:to|with|by|from)[ \xa0]+(?:the[ \xa0]+)?[a-z]+s\b")


def members_body_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Offsets of the body whose document ``Their report`` opening its
    sentence at ``[start, end)`` is, when the sentence before in its
    paragraph opens on people of a named body (``Inspectors from the Vell
    Care Board made a visit in May. Their report says ...``): the body's
    name; None otherwise (``The nurses were tired. Their report``: no body;
    ``Nurses at Tallow General complained to inspectors.``: another group)."""
    if not _THEIR_DOCUMENT_RE.fullmatch(text, start, end):
        return None
    paragraph = text.rfind("\n", 0, start) + 1
    before = text.rfind(". ", paragraph, start - 1)
    if before >= 0 and text.rfind(". ", paragraph, before) >= 0:
        return None  # more than one sentence before it in the paragraph: other owners may come between
    members = _MEMBERS_OF_BODY_RE.match(text, paragraph)
    if members is None or members.end() >= start or _OTHER_GROUP_RE.search(text, members.end(), start):
        return None  # "Nurses at Tallow General complained to inspectors.": the inspectors' report?
    if _TWO_PLACES_RE.fullmatch(members.group("body")):
        return None  # "Investigators from Britain and France": two countries, no one body
    return members.span("body")
