"""The person named latest before a position whom a pronoun can stand for
(pure text, on the people an article has named so far): a recorded mention,
a run of capitals naming a person, or a surname alone (not a namesake named
later, nor a relation's name); the latest person mentioned; and the person a
surname after a courtesy title stands for when the title gives the other
gender. :class:`quotes.extract.pronouns.PronounSieves` builds its sieves on
:class:`LatestNamed`."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import cached_property

from quotes.extract.antecedents import (
    BODY_NOUN_BEFORE_RE,
)
from quotes.extract.exchange_turns import ExchangeTurns
from quotes.extract.mentions import (
    clause_subject_at,
    head_word,
    inside_sentence,
    speaker_kind,
    speaks_after,
    strip_determiner,
)
from quotes.extract.name_words import NOT_NAME_START
from quotes.extract.named_first import named_after
from quotes.extract.named_people import Person
from quotes.extract.patterns import PLACE_BEFORE_RE, SINGLE_NAME_RE
from quotes.extract.role_words import (
    described_as_person,
    named_by_relation,
    relation_names,
)
from quotes.extract.speaker_words import ORG_HEADS
from quotes.extract.title_words import COURTESY_TITLES
from quotes.extract.titles_before_names import is_title

#: A test on the offset of a name (whether it may be an antecedent).
At = Callable[[int], bool]
#: A test on a person named at an offset (whether they may be the antecedent).
Fits = Callable[[int, "Person"], bool]


def _anywhere(at: int) -> bool:
    """Any name may be an antecedent."""
    return True


class LatestNamed(ExchangeTurns):
    """:class:`ExchangeTurns` with the person named latest before a position."""

    def _named_after(self, person: Person, position: int) -> bool:
        """True when ``person`` is first named after the sentence of ``position`` (:func:`named_after`)."""
        return named_after(self.text, person.name, position) and not self.relative_before(person, position)

    def _latest_between(
        self, low: int, position: int, pronoun: str | None, strict: bool, where: At | None = None
    ) -> tuple[int, Person] | None:
        """The latest person named at ``low < at < position`` (a recorded mention, a
        run of capitalised words, a surname) the pronoun can stand for, with its
        position, or None."""
        where = where or _anywhere
        best = None
        for at, person in self._mentions_between(low, position):
            if (
                (best is None or at >= best[0])
                and self.compatible(person, pronoun, strict=strict)
                and not self._in_quotation(at)
                and where(at)
            ):
                best = (at, person)  # (a name inside a quotation is no antecedent)

        def fits(at: int, person: Person) -> bool:
            return where(at) and self.compatible(person, pronoun, strict=strict)

        best = self._latest_named(low, position, best, fits)
        return self._latest_surname(low, position, best, fits)

    def _latest_named(
        self, low: int, position: int, best: tuple[int, Person] | None, fits: Fits
    ) -> tuple[int, Person] | None:
        """``best``, or a later run of capitalised words at ``low < start < position``
        naming a person the pronoun can stand for (recorded on the way)."""
        for start, end, name in self.candidates_between(low, position):
            if best is None or start > best[0]:
                if PLACE_BEFORE_RE.search(self.text, max(0, start - 8), start):
                    continue  # "the Gull Rowing Club", "in Kell Park": a place or a body, not a person
                if (
                    head_word(name) not in ORG_HEADS
                    and speaker_kind(name) == "person"
                    and not self._in_quotation(start)
                ):
                    person = self.find(name) or self.introduce(name, start, end)
                    if fits(start, person):
                        best = (start, person)
        return best

    def _latest_surname(
        self, low: int, position: int, best: tuple[int, Person] | None, fits: Fits
    ) -> tuple[int, Person] | None:
        """``best``, or a later surname alone at ``low < start < position`` of a
        person the pronoun can stand for (``Mr. Kobb, however, said he ...``)."""
        for start, word in self._surnames_between(low, position):
            if best is None or start > best[0]:
                person, end = self._by_word(word, start), start + len(word)
                if person is not None and self._named_after(person, position):
                    continue  # "he is making one Blauburger" ... "Blauburger Forum": named after the pronoun
                body = BODY_NOUN_BEFORE_RE.search(self.text, max(0, start - 30), start) is not None
                if person is None and body:
                    continue  # "the news agency Antarra reported": a body, no person
                if person is None and inside_sentence(self.text, start) and speaks_after(self.text, end):
                    person = self.add(word, kind="person", position=start)  # "Orrin said ...": named once
                elif person is None and (
                    named_by_relation(self.text, start, end) or self._relation_names.get(word, start) < start
                ):
                    person = self.add(word, kind="person", position=start)  # "Her husband, Per, was ..."
                elif (
                    person is None
                    and clause_subject_at(self.text, start)
                    and described_as_person(self.text, end)
                ):
                    # "Pratomo, the son of the late ruler, returned": named once
                    person = self.add(word, kind="person", position=start)
                if person is not None and person.kind == "person" and not fits(start, person):
                    person = self._namesake(word, start, person, fits)  # "Solberg shrugs. ... she says"
                if person is not None and person.kind == "person" and fits(start, person):
                    best = (start, person)
        return best

    def _namesake(self, word: str, position: int, other: Person, fits: Fits) -> Person | None:
        """Another person the article named before ``position`` with ``word`` in
        the name, whom the pronoun can stand for (``Marit Solberg`` when her
        husband ``Jens Solberg`` cannot be ``she``), or None."""
        runs, starts = self._person_runs
        for start, end, name in reversed(runs[: bisect.bisect_left(starts, position)]):
            if name != other.name and word in name.split():
                person = self.find(name) or Person(name=name, position=start)
                if fits(position, person):
                    return self.find(name) or self.introduce(name, start, end, position=position)
        return None

    def by_titled_word(self, mention: str, word: str, position: int) -> Person | None:
        """The person a surname ``word`` alone stands for (:meth:`_by_word`),
        unless the courtesy title opening ``mention`` gives it the other gender
        (``Mr Tarn`` after ``Lisa Tarn`` spoke, when ``Paul Tarn`` was named
        too): then the namesake of that gender named before ``position``, the
        one the same title and surname stood for first (``Mrs. Clinton`` stays
        Hillary Clinton once her daughter is named); also when the article says
        nothing of the gender of the one it stands for (``Mr. Paulson`` after
        ``Paulson Partners``, a fund John Paulson founded)."""
        person = self._by_word(word, position)
        gender = COURTESY_TITLES.get(strip_determiner(mention).partition(" ")[0].rstrip("."))
        if person is None or gender is None or self.gender(person) == gender:
            return person
        owner = self._titled_owners.get((gender, word))
        if owner is None:
            owner = self._namesake(word, position, person, lambda _, other: self.gender(other) == gender)
            if owner is not None:  # never the other gender's fallback: a namesake may be named later
                self._titled_owners[(gender, word)] = owner
        return owner or person

    @cached_property
    def _titled_owners(self) -> dict[tuple[str, str], Person]:
        """Whom a courtesy title's gender and a surname stood for first (filled as read)."""
        return {}

    def _latest_mentioned(self, position: int, pronoun: str | None, strict: bool) -> Person | None:
        """The person of the latest mention before ``position`` the pronoun can
        stand for (only each person's latest mention counts)."""
        seen: set[int] = set()
        everyone = sum(1 for person in self.people if person.kind == "person")
        for _, person in reversed(self._mentions_between(-1, position)):
            if id(person) in seen:
                continue
            if self.compatible(person, pronoun, strict=strict):
                return person
            seen.add(id(person))
            if len(seen) >= everyone:
                break
        return None

    def _last_named(self, position: int, pronoun: str | None) -> Person | None:
        """With nobody recorded yet: the last run of capitalised words before
        ``position`` that reads as a person's name (recorded) ``pronoun`` may
        stand for, or None."""
        for start, end, name in reversed(self.candidates_between(-1, position)):
            if (
                head_word(name) not in ORG_HEADS
                and speaker_kind(name) == "person"
                and self.compatible(self.find(name) or Person(name=name), pronoun)
                and not self._in_quotation(start)
            ):
                return self.find(name) or self.introduce(name, start, end)
        return None

    @cached_property
    def _relation_names(self) -> dict[str, int]:
        """Names given alone as someone's relation, and where (read once per article)."""
        return relation_names(self.text)

    def _surnames_between(self, low: int, high: int) -> list[tuple[int, str]]:
        """Single capitalised words at ``low < start < high`` that can be a surname
        or first name on its own (``Kobb``, ``Mr. Orrin``): not inside a longer
        name candidate, a quotation, or a word that starts sentences."""
        found = []
        covered = self.candidates_between(low - 200, high)
        for match in SINGLE_NAME_RE.finditer(self.text, max(0, low + 1), high):
            word = match.group(1)
            start = match.start(1)
            if word in NOT_NAME_START or is_title(word) or self._in_quotation(start):
                continue
            if PLACE_BEFORE_RE.search(self.text, max(0, start - 8), start):
                continue  # "the Kobb administration": a modifier, not a person named
            if any(c_start <= start < c_end for c_start, c_end, _ in covered):
                continue
            found.append((start, word.removesuffix("’s").removesuffix("'s")))
        return found
