"""Whom a description of a person stands for when the article gives no name
with it (``the 52-year-old``, ``the actor``): the person the paragraph has
named, the last speaker, the person the headline is about, or the person in
focus when the noun describes more than one person. Part of
:class:`quotes.extract.registry.SpeakerRegistry`."""

from __future__ import annotations

import re

from quotes.extract.antecedents import last_run_holding
from quotes.extract.mentions import clause_subject_at, speaker_kind
from quotes.extract.named_people import Person
from quotes.extract.patterns import SINGLE_NAME_RE
from quotes.extract.person_descriptions import (
    age_left_to_speaker,
    given_other_age,
    kept_unnamed,
    name_given_age,
    names_described_as,
    other_age_before,
    written_as_place,
    written_as_team,
)
from quotes.extract.pronouns import PronounSieves
from quotes.extract.speaker_words import PERSON_NOUNS

#: A description opening a sentence before a name in apposition (``The club's
#: captain, ``), up to the name.
_DESCRIPTION_BEFORE_RE = re.compile(
    r"(?:^|(?<=[.!?”\n])\s*)(?:The|A|An|His|Her|Their|[A-Z][\w'’-]*['’]s)\b[^.;:!?\n“”]{0,80},[ \xa0]+\Z"
)
#: A name and a description of them in apposition after it (``Ola Lind, the club's captain``).
_DESCRIPTION_AFTER_RE = re.compile(
    r"[^,.;:!?\n]{0,60}?,[ \xa0]+(?:the|a|an|his|her|their|[A-Z][\w'’-]*['’]s)[ \xa0]"
)


def described_in_apposition(text: str, at: int) -> bool:
    """True when the name at ``at`` stands with a description of its own in
    apposition (``The club's captain, Ola Lind, said``, ``Ola Lind, the club's
    captain,``); not a bare name with a title (``Judge Ola Lind adjourned``)."""
    line_start = text.rfind("\n", 0, at) + 1
    before = _DESCRIPTION_BEFORE_RE.search(text[line_start:at])
    return before is not None or _DESCRIPTION_AFTER_RE.match(text, at) is not None


#: The pronoun of a person's noun that tells a sex (``the old man``: ``he``).
_SEX_PRONOUNS = {"man": "he", "woman": "she"}
#: Words describing someone by age before ``man`` or ``woman``.
_AGE_WORDS = frozenset({"old", "elderly"})
#: Someone unnamed brought in with ``a``, ``one`` or ``another`` (``A man
#: stood by the road``; not ``a man of few words``): ``{noun}`` is the noun.
_BROUGHT_IN = r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \xa0]+(?:[\w-]+[ \xa0]+){{0,3}}{noun}\b(?![ \xa0]+of\b)"


class DescribedPeople(PronounSieves):
    """Resolving a description of a person that comes with no name."""

    def _described_alike(self, person: Person | None, head: str, position: int) -> bool:
        """True when the article gave the person noun ``head`` before
        ``position`` to someone besides ``person`` (``Ilse Marr, the veteran
        actor``, ``Oda Finn, a stage actor``: ``the actor`` is then not surely
        Marr), or, with no ``person``, to two people."""
        if head not in PERSON_NOUNS:
            return False
        named = [
            set(name.split())
            for name in names_described_as(self.text, head, self.headline_end, position)
            if speaker_kind(name) == "person"  # not "the State Department, the candidate for ... said"
        ]
        if person is None:
            return any(not words & other for at, words in enumerate(named) for other in named[at + 1 :])
        return any(not words & set(person.name.split()) for words in named)

    def _named_in_paragraph(self, position: int) -> Person | None:
        """The last person named as a sentence's subject earlier in the paragraph of
        ``position``, else the last speaker when a person who spoke there (a paragraph
        opening on a description is about the headline's person: not here)."""
        start = self.text.rfind("\n", 0, position)
        found = self._latest_between(
            start, position, None, False, where=lambda at: clause_subject_at(self.text, at)
        )
        if found is not None:
            return found[1]
        last = self.last_speaker
        spoke_here = self.last_spoke_at > start
        return last if last is not None and last.kind == "person" and spoke_here else None

    def _headline_person(self, position: int) -> Person | None:
        """The person the story is about, as its headline shows: the first
        person the headline names whom the story has named by ``position``."""
        body = [
            run
            for run in self.candidates_between(self.headline_end, position)
            if speaker_kind(run[2]) == "person"
        ]
        for word in SINGLE_NAME_RE.findall(self.text, 0, self.headline_end + 1):
            found = last_run_holding(body[::-1], word.removesuffix("’s").removesuffix("'s"))
            if found is not None and written_as_place(self.text, found[2], self.headline_end):
                continue  # "Storm closes Gull Sound pier" ... "the pier at Gull Sound": a place
            if found is not None and written_as_team(self.text, found[2]):
                continue  # "Kestrels edge Ravens" over "Kestrels 19 Ravens 17": a team
            if found is not None:  # the first body name holding a word of the headline
                return self.find(found[2]) or self.introduce(found[2], found[0], found[1], position=position)
        return None

    def _described_person(self, head: str, position: int) -> Person | None:
        """Whom ``the singer`` or ``the 56-year-old`` stands for
        (:meth:`_person_described`), never a place (``the pier at Gull Sound``)
        nor someone of another age (``Lund, 61,`` is no 47-year-old), nor
        anyone for a description given a bare person in apposition
        (:func:`~quotes.extract.person_descriptions.kept_unnamed`)."""
        if kept_unnamed(self.text, position):
            return None  # "The clerk, a 22-year-old woman who asked that her name not be published,"
        person = self._person_described(head, position)
        if person is None or written_as_place(self.text, person.name, self.headline_end):
            return None
        if written_as_team(self.text, person.name):
            return None  # "Carrow Kestrels" of "Kestrels 19 Ravens 17": a team, no 22-year-old
        if head.endswith("year-old") and given_other_age(self.text, head, position, person.name):
            return None
        return person

    def _person_described(self, head: str, position: int) -> Person | None:
        """``the singer``, ``the future President``, ``the 56-year-old``: someone
        the article has named, as a pronoun would be (an age most often who the
        story is about: ``Aune disagreed. In a post, the 22-year-old wrote`` is
        someone this paragraph has named first; an age the article gave someone,
        ``Ash, 47,``, is theirs; a person the paragraph before made its subject
        since the last speaker spoke, :meth:`_subject_since_speaker`, before
        the story's; the speaker before only with no story's person);
        not the last speaker if the article described them otherwise (``the
        mayor`` is no retired nurse)."""
        if head.endswith("year-old"):  # not the story's person if another age described them
            named = self._given_age(head, position) or self._named_in_paragraph(position)
            new = None if named else self._subject_since_speaker(position)
            if new is not None and not other_age_before(self.text, head, position, new.name):
                return new  # "The club's captain, Ola Lind, paid tribute ... “...,” the 34-year-old said"
            story = named or self._headline_person(position)
            if story is not None and (named or not self._other_age(head, position, story.name)):
                return story
            # no story's person, or one of another age: the speaker before, if the age is no one else's
            return self._aged_speaker(head, position) or self._pronoun(position, None)
        if self._described_alike(None, head, position):  # two actors named: whom in focus, if anyone
            return self.in_focus(position)
        return self.unless_described_otherwise(self._pronoun(position, None), head, position)

    @staticmethod
    def aged_one(words: list[str]) -> bool:
        """True for ``old man`` or ``elderly woman`` (the words of a mention
        after ``the``): someone the article named before, described by age,
        not an unnamed source as ``the man`` may be."""
        return len(words) == 2 and words[0] in _AGE_WORDS and words[1] in _SEX_PRONOUNS

    def described_or_aged(self, head: str, words: list[str], position: int) -> Person | None:
        """Whom ``the HEAD`` (:meth:`_described_person`) or ``the old man``
        stands for: the person named before of that sex a pronoun would be
        (``Chandio watched the truck. “...,” the old man said``), unless the
        article brought in an unnamed one (``A man stood by the road``) or that
        person holds a post (``Relief official Mara Lind``)."""
        if not self.aged_one(words):
            return self._described_person(head, position)
        person = self._pronoun(position, _SEX_PRONOUNS[words[1]])
        brought_in = _BROUGHT_IN.format(noun=words[1])
        if person is None or person.kind != "person" or person.role:
            return None
        return None if re.search(brought_in, self.text[:position]) else person

    def _other_age(self, head: str, position: int, name: str) -> bool:
        """True when the article describes ``name`` with another age than
        ``head``'s: as ``the N-year-old`` before ``position``, or in apposition
        anywhere (``Ash, 47,`` after ``the 61-year-old``: an age is no one's
        but theirs)."""
        return other_age_before(self.text, head, position, name) or given_other_age(
            self.text, head, len(self.text), name
        )

    def _subject_since_speaker(self, position: int) -> Person | None:
        """The last person made a sentence's subject since the last speaker
        last spoke, and no further back than the paragraph before the one of
        ``position`` (who the article brought in since the last quote), when
        brought in with a description of their own (``The club's captain, Ola
        Lind,``, ``Ola Lind, the club's captain,``; not ``Judge Ola Lind
        adjourned the case``); else None. None too before anyone spoke, and
        when the last speaker is the headline's person (the story's, who keeps
        the age)."""
        last, story = self.last_speaker, self._headline_person(position)
        if last is None or (story is not None and story.name == last.name):
            return None
        low = max(self._paragraph_floor(position), self.last_spoke_at)
        found = self._latest_between(
            low, position, None, False, where=lambda at: clause_subject_at(self.text, at)
        )
        if found is None or found[1].kind != "person" or not described_in_apposition(self.text, found[0]):
            return None
        return found[1]

    def _given_age(self, head: str, position: int) -> Person | None:
        """The person the article gave the age of ``the 47-year-old`` (``Craig
        Ash, 47,``, ``A 47-year-old man, Craig Ash,``) before ``position``, or None."""
        name = name_given_age(self.text, head, position)
        if name is None:
            return None
        body = [run for run in self.candidates_between(self.headline_end, position) if name in run[2]]
        if not body:
            return None
        start, end, written = body[-1]
        return self.find(written) or self.introduce(written, start, end, position=position)

    def _aged_speaker(self, head: str, position: int) -> Person | None:
        """The last speaker, a person who spoke in the paragraph before, for
        ``the 52-year-old`` at ``position`` (``Farmer Ada Holt said she had lost
        a week's milk.`` then ``“...,” the 52-year-old said``) unless the age is
        someone else's (:func:`~quotes.extract.person_descriptions.age_left_to_speaker`)."""
        last = self.last_speaker
        if last is None or last.kind != "person" or self.last_spoke_at <= self._paragraph_floor(position):
            return None
        return last if age_left_to_speaker(self.text, head, position, last.name) else None

    def in_focus(self, position: int) -> Person | None:
        """The person a sentence of the paragraph of ``position`` or the one
        before made its subject last (``Lind, who came with her son, kept her
        speech short.``), or who spoke there since, or None: no one else is
        surely in focus."""
        floor = self._paragraph_floor(position)
        found = self._latest_between(
            floor, position, None, False, where=lambda at: clause_subject_at(self.text, at)
        )
        last = self.last_speaker
        if last is not None and self.last_spoke_at > max(floor, found[0] if found is not None else -1):
            found = (self.last_spoke_at, last)  # "“...” ... The presidential candidate reiterated: “...”"
        return found[1] if found is not None and found[1].kind == "person" else None
