"""Who a title makes ``the NOUN`` of an article (pure text): ``Mayor Ann
Roe`` is ``the mayor`` said later, ``Coach Dag Holm`` is ``the coach``;
``Deputy Mayor Per Lund`` is not ``the mayor``, ``former Mayor Kim Lo`` is only
``the former mayor``, and someone titled ``Council leader`` is no mayor."""

from __future__ import annotations

import re

from quotes.extract.direct_quote_words import POST_GIVING_WORDS, POST_VERBS
from quotes.extract.lexicon import TIE_NOUNS
from quotes.extract.name_runs import nationality_before
from quotes.extract.name_words import NATIONALITY_WORDS
from quotes.extract.named_people import Person
from quotes.extract.post_words import (
    OFFICES,
    OTHER_POST_QUALIFIERS,
    PAST_POST_QUALIFIERS,
    PLAYING_POSITIONS,
    TEAM_HEAD_POSTS,
    TEAM_POSTS,
)
from quotes.extract.role_words import one_player, role_heads
from quotes.extract.speaker_words import PERSON_NOUNS
from quotes.extract.title_words import ABBREVIATED_TITLES, TITLE_WORDS, UNDOTTED_TITLES

#: The words before a title (``Democratic vice presidential `` of ``Democratic
#: vice presidential nominee Tim Kaine``), up to the title, within the sentence.
_WORDS_BEFORE_RE = re.compile(r"(?:[\w-]+[ \xa0]+){1,3}\Z")
#: A sentence, up to its end.
_SENTENCE_RE = re.compile(r"[^.!?\n]+")
#: How many of the words right before a title may make it another post
#: (``Deputy Mayor``, ``vice presidential nominee``).
_QUALIFIER_REACH = 2


def _words_before(text: str, title_start: int) -> list[str]:
    """Up to three words right before the title starting at ``title_start``
    (a sentence's first word in lower case)."""
    found = _WORDS_BEFORE_RE.search(text, max(0, title_start - 60), title_start)
    if found is None:
        return []
    words = found.group(0).split()
    if not text[: found.start()].rstrip(" \xa0\"“‘'") or text[: found.start()].rstrip()[-1:] in ".!?\n":
        words[0] = words[0].lower()  # "Presidential nominee ...": capitals of a sentence's first word
    return words


def _other_post(before: list[str], modifiers: tuple[str, ...]) -> bool:
    """True when the words ``before`` a title make it a post the mention's
    ``modifiers`` do not name: a deputy's (``Vice Mayor``, ``vice presidential
    nominee``), one held before unless the mention says so (``former``), or
    one of another party or place than the mention's capitalised words
    (``Democratic ... nominee`` is no ``the Republican nominee``)."""
    lower = [word.lower() for word in before]
    near = lower[-_QUALIFIER_REACH:]
    past = any(word in PAST_POST_QUALIFIERS for word in modifiers)
    named = [word.lower() for word in modifiers if word[:1].isupper()]
    capitalised = [word.lower() for word in before if word[:1].isupper()]
    return (
        any(word in OTHER_POST_QUALIFIERS for word in near)
        or any(word in PAST_POST_QUALIFIERS for word in near) != past
        or bool(named and capitalised and not set(named) & set(capitalised))
    )


def _title_start(text: str, start: int, forms: tuple[str, ...]) -> int | None:
    """Where one of the ``forms`` of a title (``mayor``, ``Sen.``) written right
    before ``start`` begins, in any case, or before a comma there (an
    apposition: ``its chief financial officer, Ian Hale``); None when none is."""
    for form in forms:
        for after in (" ", ", "):  # "Mayor Ann Roe", "its chief financial officer, Ian Hale"
            title_start = start - len(form) - len(after)
            if title_start >= 0 and text[title_start:start].lower() == f"{form.lower()}{after}":
                return title_start
    return None


#: What may stand between a name and its post after it (``Ana Lisko, its ``,
#: ``Ana Lisko as ``, ``named Ida Marsh `` chief medical officer).
_BEFORE_POST_AFTER_NAME = (
    r"(?:,[ \xa0]+(?:the[ \xa0]+|its[ \xa0]+)?|[ \xa0]+as[ \xa0]+(?:the[ \xa0]+|its[ \xa0]+)?|[ \xa0]+)"
)


def _titled_after(text: str, end: int, forms: tuple[str, ...]) -> bool:
    """True when a post of several words in lower case (``chief financial
    officer``) follows the name ending at ``end``: in apposition or after
    ``as`` (``named Ana Lisko as chief executive``)."""
    posts = [form for form in forms if " " in form and form.islower()]
    if not posts:
        return False
    pattern = _BEFORE_POST_AFTER_NAME + "(?:" + "|".join(re.escape(post) for post in posts) + r")\b"
    return re.match(pattern, text[end : end + 60]) is not None


def titled_name(
    text: str,
    candidates: list[tuple[int, int, str]],
    forms: tuple[str, ...],
    modifiers: tuple[str, ...] = (),
) -> tuple[int, int, str] | None:
    """The last of ``candidates`` (``(start, end, name)`` in text order) written
    right after one of the ``forms`` of a title in any case (``Mayor Ann Roe``,
    ``mayor Ann Roe``, ``Sen. Ola Ruud``) or with a post of several words after
    it (``named Ana Lisko as chief executive``), the post itself: not a
    deputy's (``Vice Mayor X``), and one held before only when the mention's
    ``modifiers`` say so (``the former mayor``); a possessive's owner (``Mayor
    Ann Roe's office``: Ann Roe). One whose
    title holds the mention's capitalised words comes first (``Republican
    nominee X`` for ``the Republican nominee``)."""
    titled = []
    for start, end, name in reversed(candidates):
        if name.endswith(("’s", "'s")):  # "a member of President Tomas Ferreyra's Cabinet": Ferreyra
            end, name = end - 2, name[:-2]
        title_start = _title_start(text, start, forms)
        if title_start is None and _titled_after(text, end, forms):
            return start, end, name  # "named Ana Lisko as chief executive"
        if title_start is None or text[title_start - 1 : title_start] == "-":
            continue  # no title, or "Vice-Mayor Per Lund"
        before = _words_before(text, title_start)
        if not _other_post(before, modifiers):
            titled.append((_holds_named(before, modifiers), (start, end, name)))
    return max(titled, key=lambda found: found[0])[1] if titled else None


def _holds_named(before: list[str], modifiers: tuple[str, ...]) -> bool:
    """True when the words ``before`` a title hold every capitalised word of
    the mention's ``modifiers`` (``Republican``), which are some."""
    named = {word.lower() for word in modifiers if word[:1].isupper()}
    return bool(named) and named <= {word.lower() for word in before}


#: Titles written short (``Gov.``, ``Cllr``): no office can be read from them.
_SHORT_TITLES = frozenset(ABBREVIATED_TITLES + UNDOTTED_TITLES)


def _full_title(word: str) -> bool:
    """True for a title written in full (``leader``, not ``Gov.`` or ``Cllr``)."""
    return word in PERSON_NOUNS or (word in TITLE_WORDS and word.capitalize() not in _SHORT_TITLES)


#: The sides of a court case and of a match, no two of which one person is:
#: ``Judge Ida Kolt`` is not ``the defendant``, ``Coach Mia Sorel`` not
#: ``the goalkeeper``, whatever the titles allow otherwise.
_SIDES = (
    frozenset("judge magistrate justice".split()),
    frozenset("defendant accused suspect".split()),
    frozenset({"prosecutor"}),
    frozenset("plaintiff claimant".split()),
    frozenset({"juror"}),
    TEAM_HEAD_POSTS,
    PLAYING_POSITIONS | TEAM_POSTS,
    frozenset("referee umpire".split()),
)


def _on_another_side(head: str, heads: list[str]) -> bool:
    """True when ``head`` and one of a role's ``heads`` are on two of the
    :data:`_SIDES` (``the defendant`` of someone titled ``Judge``)."""
    side = next((words for words in _SIDES if head in words), None)
    return side is not None and any(
        word not in side and any(word in words for words in _SIDES) for word in heads
    )


def described_otherwise(person: Person, head: str) -> bool:
    """True when the article described ``person`` by a lower-case role whose
    noun is not ``head`` (``a retired nurse`` is not ``the mayor``), or by a
    title of another office (``Council leader`` is not ``the mayor``); other
    titles (``Sen.``, ``Police Chief``) may be written otherwise. A nationality
    (``the Scot``) contradicts no role: a caddie may be a Scot."""
    if head.capitalize() in NATIONALITY_WORDS:
        return False
    role = person.role or ""
    heads = role_heads(role)
    if one_player(head, heads):
        return False  # "captain Dean Marsh" ... "the defender said"
    if _on_another_side(head, heads):
        return True  # "Judge Ida Kolt sentenced ... the defendant said": not the judge
    if _tie_only(role):
        return False  # "Her neighbour, Marta Quental," ... "the schoolteacher said"
    if role[:1].islower():
        return head not in heads and head not in role.lower().split()
    office = next((names for names in OFFICES if head in names), None)
    return (
        office is not None and bool(heads) and all(_full_title(word) and word not in office for word in heads)
    )


def _tie_only(role: str) -> bool:
    """True for a role that only ties the person to someone (``her neighbour``,
    ``his friend``): no post, which no description contradicts; not a relative
    (``his wife`` is no ``the mayor``, who is more likely the husband)."""
    words = role.lower().split()
    return len(words) == 2 and words[0] in ("her", "his", "their") and words[1] in TIE_NOUNS


def _giving_post_re(post: str) -> re.Pattern[str]:
    """What gives a person ``post`` in a sentence: a word giving it before the
    post (``elected mayor``, ``as the mayor``, ``named Kellport mayor``) or a
    verb of doing it (``has managed``, :data:`POST_VERBS`)."""
    giving = "|".join(re.escape(word) for word in POST_GIVING_WORDS)
    verbs = "|".join(POST_VERBS.get(post, ()))
    given = (
        rf"\b(?:{giving})[ \xa0]+(?:(?:the|its|their)[ \xa0]+)?(?:[A-Z][\w-]*[ \xa0]+)?{re.escape(post)}\b"
    )
    return re.compile(given + (rf"|\b(?:{verbs})\b" if verbs else ""), re.IGNORECASE)


def _post_given(text: str, name: str, post: str, position: int) -> bool:
    """True when a sentence before ``position`` naming ``name`` by its last
    word gives that person ``post`` (``Ann Roe was elected mayor``, ``Ann
    Roe, who has led Kellport as mayor``, ``Dag Holm has managed Tessel
    Rovers`` for ``manager``); not one writing of another holder (``Jon Lund
    criticised the mayor``)."""
    surname = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
    giving = _giving_post_re(post)
    return any(
        surname.search(sentence.group(0)) and giving.search(sentence.group(0))
        for sentence in _SENTENCE_RE.finditer(text, 0, position)
    )


def given_post(text: str, people: list[Person], post: str, position: int) -> Person | None:
    """The last of ``people`` whom a sentence before ``position`` gives ``post``
    (:func:`_post_given`), or None."""
    for person in reversed(people):
        if person.kind == "person" and _post_given(text, person.name, post, position):
            return person
    return None


def team_head(people: list[Person], words: list[str], position: int) -> Person | None:
    """Whom ``the Rovers manager`` (``words`` without the article: a team's
    capitalised word, then the post of its head) stands for: the last of
    ``people`` before ``position`` whose role names that team and the post of
    its head, in any of the words sport copy writes for it (``Rovers boss Paul
    Dempsey``; not ``Town manager Steve Rigby``), else None."""
    if len(words) != 2 or not words[0][:1].isupper() or words[1] not in TEAM_HEAD_POSTS:
        return None
    holders = [
        person
        for person in people
        if person.kind == "person" and person.position <= position and _heads_team(person.role, words[0])
    ]
    return max(holders, key=lambda person: person.position) if holders else None


def _heads_team(role: str | None, team: str) -> bool:
    """True when ``role`` is the post of the head of ``team`` now: the team's
    word right before a post of a team's head (``Marlow Rovers boss``), not
    another post of the team (``Rovers assistant manager``, ``Rovers women's
    coach``) nor a past one (``former Rovers boss``)."""
    words = (role or "").split()
    return (
        len(words) >= 2
        and words[-2] == team
        and words[-1].lower() in TEAM_HEAD_POSTS
        and not PAST_POST_QUALIFIERS.intersection(word.lower() for word in words)
    )


def capitalised_before(mention: str, head: str) -> list[str]:
    """The capitalised words of ``mention`` before its noun ``head`` (``The
    Republican nominee``: ``Republican``), but its article."""
    words: list[str] = []
    for word in mention.split()[1:]:
        if word.lower().startswith(head):
            return words
        words += [word] if word[:1].isupper() else []
    return []


def named_by_nationality(
    text: str, candidates: list[tuple[int, int, str]], nationality: str
) -> tuple[int, int, str] | None:
    """The last of ``candidates`` (``(start, end, name)`` in text order) written
    right after ``nationality`` in capitals (``Australian Kate Ormond`` for
    ``the Australian``, ``South African Ruan de Klerk`` for ``the South
    African``), which the name leaves out; None for a word no nationality."""
    if nationality.capitalize() not in NATIONALITY_WORDS:
        return None
    for start, end, name in reversed(candidates):
        written = nationality_before(text, start)
        if written is not None and written.split()[-1].lower() == nationality.lower():
            return start, end, name
    return None
