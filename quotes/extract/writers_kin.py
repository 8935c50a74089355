"""The writer's relatives as people of the article (pure text): in
first-person features, columns and obituaries ``my mother``, ``My father,
Arvind,`` and ``our son`` are people the article quotes, each mention of them
a mention for the pronoun sieves (:func:`quotes.extract.kin.writers_relatives`
finds them)."""

from __future__ import annotations

from collections.abc import Iterable

import quotes.extract.kin as kin
from quotes.extract.known_people import KnownPeople
from quotes.extract.named_people import Person


class WritersKin(KnownPeople):
    """:class:`KnownPeople` with the writer's relatives recorded from the
    start, of the gender their noun gives (``my mother``: she)."""

    def __init__(
        self,
        text: str = "",
        *,
        quoted: Iterable[tuple[int, int]] = (),
        headline: tuple[int, int] | None = None,
    ):
        super().__init__(text, quoted=quoted, headline=headline)
        self.writers_relatives: set[int] = set()  # the ids of the writer's relatives
        self.writers_relatives_at: set[int] = set()  # where they are mentioned
        for position, relative, name in kin.writers_relatives(text, lambda at: not self._in_quotation(at)):
            person = self.find(name)
            if person is None:
                person = Person(name=name, kind="person", role=relative, position=position)
                self.people.append(person)
                self.writers_relatives.add(id(person))
                if gender := kin.WRITERS_KIN_GENDERS[relative.split()[-1]]:
                    self._genders[name] = gender
            self._note(position, person)
            self.writers_relatives_at.add(position)

    def relative_before(self, person: Person, position: int) -> bool:
        """True for a writer's relative first mentioned before ``position``
        (``my mother``, named Meena only later)."""
        return id(person) in self.writers_relatives and person.position < position

    def writers_relative_between(self, low: int, high: int, pronoun: str | None) -> tuple[int, Person] | None:
        """The last mention at ``low < at < high`` of a writer's relative
        ``pronoun`` may stand for (``my father`` for ``he``), with where, or None."""
        found = None
        for at, person in self._mentions_between(low, high):
            if id(person) in self.writers_relatives and self.compatible(person, pronoun, strict=True):
                found = (at, person)
        return found

    def writers_relative_named(self, lower: str, position: int) -> Person | None:
        """The writer's relative a mention (in lower case) at ``position`` writes
        (``my mother``, ``according to my father``), or None for another mention."""
        if not lower.startswith(("my ", "our ")):
            return None
        found = self.writers_relative_between(position - 1, position + len(lower), None)
        return found[1] if found is not None else None
