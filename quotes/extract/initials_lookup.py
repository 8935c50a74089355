"""Whom initials stand for (``the JCS``, ``the MWD``, ``the MCE``, ``the
SIO``): a body recorded with those initials, a titled person, a name written
with them in brackets, or the person named before a post written with them.
Part of :class:`quotes.extract.registry.SpeakerRegistry`."""

from __future__ import annotations

import re
from collections.abc import Callable

from quotes.extract.known_people import KnownPeople
from quotes.extract.named_people import Person
from quotes.extract.patterns import NAME_WORDS
from quotes.extract.role_words import (
    POST_QUALIFIERS,
    bracketed_name,
    initials,
    initials_may_end_a_post,
    initials_stand_for,
    lower_post_initials,
    post_holder_named,
)
from quotes.extract.speaker_words import PERSON_OR_TITLE_WORDS
from quotes.extract.title_words import TITLE_WORDS

#: Where a post is held, after it (``Police Public Relations Officer| in the
#: state``): no part of the post its initials stand for (``the PPRO``).
_PLACE_PHRASE_RE = re.compile(r"[ \xa0]+(?:in|at|on)[ \xa0]+(?:the[ \xa0]+)?[a-z]")


class InitialsLookup(KnownPeople):
    """Looking up the person or body a mention in capitals stands for."""

    def _latest_recorded(self, position: int, keep: Callable[[Person], bool]) -> Person | None:
        """The most recent person or body recorded at or before ``position`` that ``keep`` accepts."""
        best = None
        for person in self.people:
            if person.position <= position and keep(person):
                best = person if best is None or person.position >= best.position else best
        return best

    def _by_initials(self, acronym: str, position: int) -> Person | None:
        """The most recent recorded body whose capitalised words have the
        initials ``acronym`` (``JCS`` for ``Joint Chiefs of Staff``), or whose
        last words have, hyphened parts apart, when they are three or more
        (``PTA`` for ``Vell High School Parent-Teacher Association``)."""
        return self._latest_recorded(
            position,
            lambda person: (
                person.kind != "person"
                and (initials(person.name.split()) == acronym or _ends_on_initials(person.name, acronym))
            ),
        )

    def _by_bracketed_initials(self, acronym: str, position: int) -> Person | None:
        """The body written before with ``acronym`` in brackets after its name
        (``The Marigondon Water District (MWD) blamed ...``), recorded now, when
        no speaker's name had those initials; else None."""
        found = bracketed_name(self.text, acronym, position)
        if found is None:
            return None
        return self.find(found[1]) or self.add(found[1], kind="organization", position=found[0])

    def _by_title_initials(self, acronym: str, position: int) -> Person | None:
        """The most recent person whose capitalised title has the initials
        ``acronym`` (``the MCE`` after ``The Municipal Chief Executive, Ama Owusu,``);
        a title whose head is no title word in capitals holds a body's name
        (``the United Nations envoy``: ``the UN`` is the body); a post and
        the body of its ``of`` (``the CP`` of a Commissioner of Police); a
        post in lower case by its initials (``the MD`` of ``SCTU managing
        director K. Lakshmi Narayanan``: :func:`lower_post_initials`)."""

        def titled(person: Person) -> bool:
            title = _post_words(person.role)
            if person.kind != "person" or not title:
                return False
            if title[-1][:1].islower():  # "SCTU managing director": ``the MD``
                return acronym in lower_post_initials(title) and initials_may_end_a_post(
                    self.text, acronym, position
                )
            return title[-1].lower() in TITLE_WORDS and initials_stand_for(
                acronym, title, self.text, position, person.affiliation
            )

        found = self._latest_recorded(position, titled)
        post = _post_words(found.role)[-2:] if found else []
        if (
            found
            and post
            and post[-1][:1].islower()
            and _post_held_by_another(self.text, post, found, position)
        ):
            return None  # two managing directors before ``the MD``: which one is unsaid
        return found

    def _by_acronym(self, acronym: str, position: int) -> Person | None:
        """The body (or post) ``the JCS`` stands for: a speaker's name or title
        with those initials, else a name written with them in brackets; or None."""
        return (
            self._by_initials(acronym, position)
            or self._by_title_initials(acronym, position)
            or self._by_bracketed_initials(acronym, position)
            or self._by_post_holder(acronym, position)
            or self._by_post_before_name(acronym, position)
        )

    def _by_post_holder(self, acronym: str, position: int) -> Person | None:
        """The person named before a post written with ``acronym`` in brackets
        (``Ana Berg, the Senior Investigating Officer (SIO),``), or None."""
        name = post_holder_named(self.text, acronym, position)
        return next(
            (p for p in reversed(self.people) if name and p.kind == "person" and name.endswith(p.name)), None
        )

    def _by_post_before_name(self, acronym: str, position: int) -> Person | None:
        """The person last named right after a post written with ``acronym``
        (``Provincial transport MEC Lungisa Dube said`` for ``the MEC``,
        ``Kisumu MCA Jane Atieno``; not a body's initials before a title or
        another post's initials: ``NEA President Lily Garcia``, ``KTU MCA Ama
        Obi``), or None, also when two people held such a post before."""
        holders = set()
        for found in re.finditer(rf"\b{re.escape(acronym)}[ \xa0]+({NAME_WORDS})", self.text[:position]):
            first = found.group(1).split()[0].strip(".")
            if first.lower() not in PERSON_OR_TITLE_WORDS and not first.isupper():
                holders.add(found.group(1))
        holder = holders.pop() if len(holders) == 1 else None
        return next(
            (
                p
                for p in reversed(self.people)
                if holder and p.kind == "person" and f" {p.name} " in f" {holder} "
            ),
            None,
        )


def _ends_on_initials(name: str, acronym: str) -> bool:
    """True when the last capitalised words of ``name``, split at hyphens, have
    the initials ``acronym`` of three letters or more (``Parent-Teacher Association``)."""
    words = [word for word in re.split(r"[\s-]+", name) if word[:1].isupper()]
    return len(acronym) >= 3 and len(words) >= len(acronym) and initials(words[-len(acronym) :]) == acronym


def _post_words(role: str | None) -> list[str]:
    """The words of the post ``role`` holds, without where it is held
    (``Police Public Relations Officer in the state``: its first four)."""
    return _PLACE_PHRASE_RE.split(role or "", maxsplit=1)[0].split()


#: A full name in apposition before a post's words (``Ben Udo, managing
#: director of``, ``Ben Udo, the bank's managing director``), or after them
#: (``managing director Ben Udo``): ``{post}`` stands for the post's words.
_HOLDER_BEFORE = (
    r"([A-Z][\w'’-]+(?:[ \xa0]+[A-Z][\w'’.-]+)+),[ \xa0]+(?:(?:the|a|an|[\w'’-]+'s?)[ \xa0]+)?{post}\b"
)
_HOLDER_AFTER = r"\b{post}[ \xa0]+(?:[A-Z]\.[ \xa0]+)?([A-Z][\w'’-]+(?:[ \xa0]+[A-Z][\w'’-]+)+)"


def _post_held_by_another(text: str, post: list[str], holder: Person, position: int) -> bool:
    """Whether the lower-case ``post`` (``managing director``) is given to
    someone other than ``holder`` between their mention and ``position``
    (``Ada Obi, managing director of Kell Bank, ... Ben Udo, managing
    director of Vell Bank, ... the MD``), with no qualifier before it."""
    words = r"[ \xa0]+".join(re.escape(word) for word in post)
    surname = holder.name.split()[-1]
    for pattern in (_HOLDER_BEFORE, _HOLDER_AFTER):
        for found in re.finditer(pattern.format(post=words), text[holder.position + 1 : position]):
            named = found.group(1).split()
            if named[-1].strip(".") != surname and not (
                set(found.group(0).lower().split()) & POST_QUALIFIERS
            ):
                return True
    return False
