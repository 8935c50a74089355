"""Whom initials stand for (``the JCS``, ``the MWD``, ``the MCE``, ``the
SIO``): a body recorded with those initials, a titled person, a name written
with them in brackets, or the person named before a post written with them.
Part of :class:`quotes.extract.registry.SpeakerRegistry`."""

from __future__ import annotations

import re
from collections.abc import Callable

from quotes.extract.known_people import KnownPeople, Person
from quotes.extract.role_words import (
    bracketed_name,
    initials,
    initials_may_end_a_post,
    initials_stand_for,
    lower_post_initials,
    post_holder_named,
)
from quotes.extract.speaker_words import TITLE_WORDS

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
        initials ``acronym`` (``JCS`` for ``Joint Chiefs of Staff``)."""
        return self._latest_recorded(
            position, lambda person: person.kind != "person" and initials(person.name.split()) == acronym
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
            title = _PLACE_PHRASE_RE.split(person.role or "", maxsplit=1)[0].split()
            if person.kind != "person" or not title:
                return False
            if title[-1][:1].islower():  # "SCTU managing director": ``the MD``
                return acronym in lower_post_initials(title) and initials_may_end_a_post(
                    self.text, acronym, position
                )
            return title[-1].lower() in TITLE_WORDS and initials_stand_for(
                acronym, title, self.text, position, person.affiliation
            )

        return self._latest_recorded(position, titled)

    def _by_acronym(self, acronym: str, position: int) -> Person | None:
        """The body (or post) ``the JCS`` stands for: a speaker's name or title
        with those initials, else a name written with them in brackets; or None."""
        return (
            self._by_initials(acronym, position)
            or self._by_title_initials(acronym, position)
            or self._by_bracketed_initials(acronym, position)
            or self._by_post_holder(acronym, position)
        )

    def _by_post_holder(self, acronym: str, position: int) -> Person | None:
        """The person named before a post written with ``acronym`` in brackets
        (``Ana Berg, the Senior Investigating Officer (SIO),``), or None."""
        name = post_holder_named(self.text, acronym, position)
        return next(
            (p for p in reversed(self.people) if name and p.kind == "person" and name.endswith(p.name)), None
        )
