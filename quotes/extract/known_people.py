"""Who a word of a mention stands for among the people an article has named
so far (pure text, on :class:`quotes.extract.named_people.NamedPeople`): a
full name, a surname (the person who bore it last, not a relative called by
given name, a later namesake in the paragraph), a given name, the senior of
a family. :class:`quotes.extract.pronouns.PronounSieves` and
:class:`quotes.extract.registry.SpeakerRegistry` build on :class:`KnownPeople`."""

from __future__ import annotations

import bisect
from functools import cached_property

import quotes.extract.kin as kin
from quotes.extract.antecedents import last_run_holding, name_ends_on, surname_of
from quotes.extract.appositives import appositive_after
from quotes.extract.mentions import (
    head_word,
    opens_sentence,
    speaker_kind,
)
from quotes.extract.name_words import NOT_NAME_START
from quotes.extract.named_first import whole_word_in
from quotes.extract.named_people import NamedPeople, Person, person_description
from quotes.extract.nicknames import nickname_words
from quotes.extract.paired_names import couple_names
from quotes.extract.speaker_words import (
    GENDERED_NOUNS,
    NAME_ARTICLES,
    NAME_PARTICLES,
)
from quotes.extract.written_bodies import opens_body_name

#: Nouns of kin: a person described by one goes by the given name (``her son, Per``).
_KIN_NOUNS = frozenset(GENDERED_NOUNS) | frozenset(
    """
    cousin partner spouse twin sibling parent child grandchild stepson stepdaughter stepfather
    stepmother son-in-law daughter-in-law father-in-law mother-in-law brother-in-law sister-in-law
    """.split()
)
#: Possessive pronouns opening a description (``her husband``): someone's relative or associate.
_OWNERS = ("his ", "her ", "their ", "its ")


class KnownPeople(NamedPeople):
    """The people and bodies an article has named so far (:class:`NamedPeople`),
    and who a name or a word of one written later stands for among them."""

    def mention(self, name: str, position: int) -> None:
        """Note a mention of a person (full name or surname) at ``position``."""
        words = name.split()
        person = self.find(name) if len(words) > 1 else self._by_word(words[0], position) if words else None
        if person is not None and person.kind == "person":
            self._note(position, person)

    def _in_quotation(self, position: int) -> bool:
        """True when ``position`` falls inside quoted words (names there are not antecedents)."""
        return self._quoted.covers(position)

    def _paragraph_floor(self, position: int) -> int:
        """Where the paragraph before the one holding ``position`` starts, less one."""
        line = self.text.rfind("\n", 0, position)
        previous = self.text.rfind("\n", 0, max(0, line - 1)) if line > 0 else -1
        while previous > 0 and not self.text[previous + 1 : line].strip():
            previous = self.text.rfind("\n", 0, previous - 1)  # skip blank lines
        return previous

    @cached_property
    def _person_runs(self) -> tuple[list[tuple[int, int, str]], list[int]]:
        """The runs of capitals that read as a person's name, and their starts
        (read once per article)."""
        people = [run for run in self.candidates if speaker_kind(run[2]) == "person"]
        people = sorted([*people, *couple_names(self.text)])
        return people, [start for start, _, _ in people]

    def _later_namesake(self, best: Person, word: str, position: int) -> Person | None:
        """Another person of the surname ``word`` introduced after ``best`` was
        named, in the paragraph of ``position`` or the one before, opening a
        sentence or with a description (``Kim Dae-sung said ... Another expert,
        Kim Yeon-ah, disagreed. “...,” Kim said``): whom the bare surname now
        stands for; else None."""
        people, starts = self._person_runs
        low = max(best.position, self._paragraph_floor(position))
        runs = people[bisect.bisect_right(starts, low) : bisect.bisect_left(starts, position)]
        found = last_run_holding(runs, word)
        if found is None or found[2] == best.name or self._in_quotation(found[0]):
            return None
        start, end = found[0], found[1]
        if self.is_relative(found[2]):
            return None  # "her husband, Frank Fiorina": someone's relative, who goes by the given name
        described = person_description(self.text, start) or appositive_after(self.text, end)[0]
        if not (opens_sentence(self.text, start) or described):
            return None  # "a photo of Heidi Cruz": named in passing, not a new voice
        return self.find(found[2]) or self.introduce(found[2], found[0], found[1], position=position)

    def _namesake_of_kin(self, best: Person, word: str, position: int) -> Person | None:
        """``Eddie Marlowe ... his son, Curtis Marlowe, said ... Marlowe was
        blunt``: when ``best`` was introduced as a relative (who goes by the
        given name), the first person named before ``position`` with the surname
        ``word`` who was not; else None, also when ``best`` spoke last, in the
        paragraph holding ``position`` (``His brother, Per Dahl, said ... “...,”
        Dahl said.``: the relative goes on)."""
        if not self.is_relative(best.name, best.role):
            return None
        alone = next((p for p in self.people if p.name == word and p.position < best.position), None)
        if alone is not None:
            return alone  # "said Uncle Goh. His son, Goh Wei Ming, said ... Mr Goh said": the father
        if best is self.last_speaker and "\n" not in self.text[self.last_spoke_at : position]:
            return None
        people, starts = self._person_runs
        for start, end, name in people[: bisect.bisect_left(starts, best.position)]:
            words = name.split()
            if len(words) < 2 or words[-1] != word or name == best.name or self._in_quotation(start):
                continue
            found = self.find(name)
            if found is not None and self.is_relative(found.name, found.role):
                return None
            return found or self.introduce(name, start, end, position=position)
        return None

    def is_relative(self, name: str, role: str | None = None) -> bool:
        """True for a person the article introduces as someone's relative, who
        goes by the given name: by ``role`` (``his son``), by a description
        of kin before a mention of ``name`` or after it (``her husband, Frank
        Fiorina``, ``Per Dahl, her brother,``), or by the given name in
        apposition to a relation (``said her daughter, Ana.``); not someone's
        lawyer or coach (``her lawyer, Ola Ruud``), called by the surname."""
        if head_word(role or "") in _KIN_NOUNS or name.split()[0] in self._kin_given_names:
            return True
        people, _ = self._person_runs
        return any(self._kin_described(start, end) for start, end, run in people if run == name)

    def _kin_described(self, start: int, end: int) -> bool:
        """True when a possessive description of kin stands right before the
        name at ``[start, end)`` or in apposition after it."""
        owned = kin.OWNED_BEFORE_RE.search(self.text, max(0, start - 40), start)
        if owned is not None:
            return owned.group("noun") in _KIN_NOUNS
        described = (
            person_description(self.text, start) or appositive_after(self.text, end)[0] or ""
        ).lower()
        return described.startswith(_OWNERS) and head_word(described) in _KIN_NOUNS

    @cached_property
    def _kin_given_names(self) -> frozenset[str]:
        """The given names the article puts in apposition to a relation (read once per article)."""
        return frozenset(kin.KIN_GIVEN_NAME_RE.findall(self.text))

    def by_surname(self, words: list[str], position: int) -> Person | None:
        """The person a surname of several words stands for, the end of a longer
        name: one opening on a particle (``van der Meulen``, ``Dos Santos``
        opening a sentence, ``al-Rashidi``) or a double surname (``Gutiérrez
        Mendoza``, ``Fernández de Castro``). The most recent one recorded whose
        full name ends with it, else the last run of capitals before
        ``position`` ending with it, else (for a particle) the first after it."""
        first = words[0].lower()
        particled = first in NAME_PARTICLES or first.partition("-")[0] in NAME_ARTICLES
        double = len(words) > 1 and words[0][:1].isupper() and words[-1][:1].isupper()
        if not (particled or double) or len(words) > 3:
            return None
        ending = " ".join(words)
        recorded = [p for p in self.people if p.kind == "person" and name_ends_on(p.name, ending)]
        before = [p for p in recorded if p.position <= position]
        if before or (recorded and particled):
            return max(before, key=lambda p: p.position) if before else recorded[0]
        people, starts = self._person_runs
        at = bisect.bisect_right(starts, position)
        found = (
            next((run for run in people[at - 1 :: -1] if name_ends_on(run[2], ending)), None) if at else None
        )
        if found is None and particled:
            found = next((run for run in people[at:] if name_ends_on(run[2], ending)), None)
        return self.introduce(found[2], found[0], found[1], position=position) if found else None

    def _by_word(self, word: str, position: int) -> Person | None:
        """The person a surname alone stood for first (``Brandt``, though his son
        Jonah Brandt spoke since: a relative is then called by given name), else the most
        recent recorded person whose name holds ``word``."""
        owner = self._surname_owner.get(word)
        if owner is not None and owner[0] <= position:
            return owner[1]
        found = self._by_word_recent(word, position)
        if found is not None and surname_of(found.name) == word and self._given_name_first(found.name):
            self._surname_owner.setdefault(word, (position, found))
        return found

    def _given_name_first(self, name: str) -> bool:
        """True when ``name`` has a word before its surname that reads as a
        given name, not a word opening a sentence (``Can Sanders win?``,
        ``Impeaching Trump``): not a participle, nor written in lower case
        elsewhere in the article."""
        words = name.split()
        first = words[0]
        return len(words) > 1 and not first.endswith("ing") and not self._written_in_lower_case(first)

    def _written_in_lower_case(self, word: str) -> bool:
        """True when the article writes ``word`` in lower case somewhere (read
        once per word and article)."""
        written = self._in_lower_case.get(word)
        if written is None:
            written = self._in_lower_case[word] = whole_word_in(word.lower(), self.text)
        return written

    def _by_word_recent(self, word: str, position: int) -> Person | None:
        """The most recent recorded person whose name holds ``word``."""
        best = None
        for person in self.people:
            if person.kind != "person":
                continue
            named = (
                word in person.name.replace("-", " ").split()
                or word in person.name.split()
                or word in nickname_words(person.name)  # "Del" of "Derek ‘Big Del’ Mounsey"
            )
            if named and (
                best is None
                or (person.position <= position and person.position >= best.position)
                or best.position > position
            ):
                best = person
        if best is not None and word not in best.name.split():
            # "Frank Dorsey ... his daughter, Anne Dorsey-Kim ... Dorsey said": the
            # name holding the word whole, not as half of a double surname
            whole = last_run_holding(self.candidates_between(-1, position), word)
            if whole is not None:
                return self.find(whole[2]) or self.introduce(whole[2], whole[0], whole[1], position=position)
        if best is not None:
            return (
                self._later_namesake(best, word, position)
                or self._namesake_of_kin(best, word, position)
                or best
            )
        # fall back on capitalised runs anywhere in the article before the mention
        if word in NOT_NAME_START:
            return None
        reach = len(self.text) if self.above_story(position) else position  # a headline's "Bomber blasts ..."
        nicknamed = [run for run in self.candidates_between(-1, reach) if word in nickname_words(run[2])]
        if nicknamed:  # "Derek ‘Big Del’ Mounsey runs the pub. Del told us": not yet a speaker
            start, end, name = nicknamed[-1]
            return self.find(name) or self.introduce(name, start, end, position=position)
        people, starts = self._person_runs
        before = bisect.bisect_right(starts, position)
        earlier, later = people[:before], people[before:]
        if opens_body_name(self.candidates_between(-1, position), word):  # "Alderan Pharmaceuticals"
            earlier, later = ([run for run in runs if run[2].split()[0] != word] for runs in (earlier, later))
        found = self._last_not_kin(earlier, word, position) or self._first_not_kin(later, word)
        return self.introduce(found[2], found[0], found[1], position=position) if found else None

    def _first_not_kin(self, runs: list[tuple[int, int, str]], word: str) -> tuple[int, int, str] | None:
        """The first of ``runs`` holding ``word`` (as :func:`last_run_holding`
        reads it) that no description of kin introduces: a relative named
        later goes by the given name (``said Uncle Goh. His son, Goh Wei Ming,``)."""
        for run in runs:
            found = last_run_holding([run], word)
            if found is not None and not self._kin_described(run[0], run[1]):
                return found
        return None

    def by_seniority(self, mention: str, position: int) -> Person | None:
        """The person a surname ``mention`` at ``position`` after ``the
        younger`` or ``the elder`` (:func:`~quotes.extract.kin.seniority_of_mention`) stands for among those named before with the
        surname (:func:`~quotes.extract.kin.by_seniority`); None for another mention."""
        seniority = kin.seniority_of_mention(self.text, mention, position)
        if seniority is None:
            return None
        people, starts = self._person_runs
        runs = people[: bisect.bisect_left(starts, position)]
        found = kin.by_seniority(self.text, runs, *seniority)
        return (
            None
            if found is None
            else self.find(found[2]) or self.introduce(found[2], found[0], found[1], position=position)
        )

    def _last_not_kin(
        self, runs: list[tuple[int, int, str]], word: str, position: int
    ) -> tuple[int, int, str] | None:
        """The last of ``runs`` holding the surname ``word``, or the family's
        other member (:func:`~quotes.extract.kin.other_of_family`)."""
        last = last_run_holding(runs, word)
        if last is None or not self._kin_described(last[0], last[1]):
            return last
        return kin.other_of_family(self.text, runs, last, word, position, self._kin_described)
