"""Who a pronoun stands for: :class:`PronounSieves` tries the sieves of
:data:`PRONOUN_SIEVES` in order (a person named earlier in the sentence, the
topic of the paragraph, the one speaker named in the paragraph, the last
speaker, a person of known gender, a clause's subject, anyone), each skipping
people of the other gender; never a name in quoted words, headline or byline."""

from __future__ import annotations

import bisect
import re
from typing import ClassVar

from quotes.extract.anonymity import unnamed_source_between
from quotes.extract.antecedents import (
    DESCRIBED_SUBJECT_RE,
    KIN_OWNERS,
    KIN_SUBJECT_RE,
    OWNER_AT_RE,
    SPOKEN_FOR_RE,
    WRITERS_KIN_OWNERS,
    WRITERS_KIN_SUBJECT_RE,
    after_question,
    in_question_lead,
    met_by_writer,
    writers_kin_fits,
)
from quotes.extract.body_nouns import shop_named_before
from quotes.extract.exchange_turns import PERSONAL_PRONOUNS
from quotes.extract.gender import described_of_gender_between, gender_told, noun_gender
from quotes.extract.gender_evidence import GENDERED_PRONOUNS
from quotes.extract.kin import NOT_A_RELATIVE_S_NAME, RELATIVE_INTRODUCED_WITHIN, relative_introduced
from quotes.extract.latest_named import LatestNamed
from quotes.extract.mentions import (
    clause_subject_at,
    head_word,
    written_as_document,
)
from quotes.extract.named_people import Person
from quotes.extract.nicknames import without_nickname
from quotes.extract.person_descriptions import introduced_unnamed
from quotes.extract.post_words import PLAYING_POSITIONS
from quotes.extract.role_words import (
    unnamed_by_of_phrase,
)
from quotes.extract.sentences import pronoun_led_floor, sentence_start_before
from quotes.extract.speaker_words import GENDERED_NOUNS, PERSON_NOUNS, SOURCE_NOUNS
from quotes.extract.titled import described_otherwise

#: How far back the ``only named`` sieve reads a pronoun's paragraph (a long
#: paragraph's start says little of who a pronoun at its end stands for).
_PARAGRAPH_REACH = 1200
#: How far back (characters) the person a description stands for is looked
#: for when the one a pronoun would stand for was described otherwise.
_DESCRIBED_REACH = 800
#: Things that carry words (signs, letters, posts), which a pronoun for a person never stands for.
DOCUMENT_NOUNS = SOURCE_NOUNS - PERSON_NOUNS
#: Pronouns that stand only for a person.
_PERSONAL = PERSONAL_PRONOUNS
#: The sieves a pronoun goes through, in order (each a method of
#: :class:`SpeakerRegistry`; ``docs/extraction.md`` measures what each adds).
PRONOUN_SIEVES = ("sentence", "topic", "only named", "last speaker", "known gender", "subject", "anyone")


class PronounSieves(LatestNamed):
    """:class:`KnownPeople` with the pronoun sieves (see :data:`PRONOUN_SIEVES`)."""

    #: The pronoun sieves applied, in order.
    pronoun_sieves: tuple[str, ...] = PRONOUN_SIEVES
    #: The sieve the last pronoun went through (``anyone``: a guess of last resort).
    last_sieve: str | None = None
    #: True while the owner of ``her father`` is looked for: no relative is then
    #: looked for again (each ``Her father snorts.`` before would go one call deeper).
    _finding_owner: bool = False
    #: True while the person a description opening a sentence stands for is
    #: looked for (who it stands for is found by a pronoun's sieves again).
    _finding_described: bool = False
    #: The method of each sieve.
    _SIEVE_METHODS: ClassVar[dict[str, str]] = {
        "sentence": "_in_sentence",
        "topic": "_topic",
        "only named": "_only_named",
        "last speaker": "_last_speaker",
        "known gender": "_known_gender",
        "subject": "_subject",
        "anyone": "_anyone",
    }

    def _pronoun(self, position: int, pronoun: str | None = None) -> Person | None:
        """The person a pronoun stands for: the first of :data:`PRONOUN_SIEVES`
        (in :attr:`pronoun_sieves` order) to name someone the pronoun can stand for."""
        unnamed = self._unnamed_source(position, pronoun)
        if unnamed is not None:
            return unnamed
        for sieve in self.pronoun_sieves:
            person = getattr(self, self._SIEVE_METHODS[sieve])(position, pronoun)
            self.last_sieve = sieve
            if person is not None and self._named_after(person, position):
                continue  # no one is "he" before the article first names them
            if person is not None:
                told = gender_told(sieve, person.name, pronoun)
                if told is not None and self.gender(person) is None:
                    # "Her cook, Manny Ortiz, leaned in. “...?” he asked": a man from now on
                    self._genders[person.name] = told
                return person
        return None

    def _unnamed_source(self, position: int, pronoun: str | None) -> Person | None:
        """The person brought in unnamed with a request not to be named in
        this paragraph or the one before, no one named since (``a teacher in
        Senga, who asked not to be named,`` ¶ ``“...,” she said``), when
        ``pronoun`` is a person's of a gender the description does not deny."""
        if pronoun not in _PERSONAL or self._finding_owner:
            return None
        found = unnamed_source_between(self.text, max(0, self._paragraph_floor(position)), position, pronoun)
        if found is None or noun_gender(found[1].split()[-1]) not in (None, GENDERED_PRONOUNS.get(pronoun)):
            return None
        if self.candidates_between(found[0], position):
            return None  # someone named since ("..., who asked not to be named, said so. Ola Lund said")
        since = self._latest_between(found[0], position, None, False)
        if since is not None and 0 <= self.text.find(since[1].name.split()[-1]) < found[0]:
            return None  # someone named before, named again since ("... ¶ Lund said the officers ...")
        return self.add(found[1], kind="anonymous", position=found[0])

    def _in_sentence(self, position: int, pronoun: str | None) -> Person | None:
        """Sieve ``sentence``: the last person named earlier in the pronoun's
        sentence (``Mr. Kobb liked the map so much that he framed it``)."""
        return self._pronoun_pass(position, pronoun, strict=False, fallback=False, sentence_only=True)

    def _last_speaker(self, position: int, pronoun: str | None) -> Person | None:
        """Sieve ``last speaker``: who spoke last, unless of the other gender;
        papers and groups aside for a person's pronoun (:meth:`_who_spoke_last`)."""
        last = self._who_spoke_last(position, pronoun)[1]
        if self._last_may_be(last, pronoun, position, strict=False):
            return self._reporter_of_unnamed(last, pronoun) or last
        return self._reporter_of_unnamed(last, pronoun) or self._exchange_partner(position, pronoun)

    def _who_spoke_last(self, position: int, pronoun: str | None) -> tuple[int, Person | None]:
        """Where and who spoke last, for ``pronoun`` at ``position``. For a
        person's pronoun, after a document (``ads that began by reminding voters
        ... “...,” he said``), the last one who spoke before it: papers are
        never he or she; after a group (``... the band's lawyers told them.
        “...,” he said``), the last person who spoke, if in this paragraph or
        the one before and not left behind by someone the pronoun may stand
        for named since the group's words, that person not named again: what
        the group said is no topic's end."""
        last = self.last_speaker
        if pronoun in _PERSONAL and last is not None and last.kind == "group":
            at, person = self.last_person_speaker or (-1, None)
            since = self.last_spoke_at
            left = person is not None and person.name.split()[-1] not in self.text[since:position]
            left = left and self._latest_between(since, position, pronoun, False) is not None
            return at, person if at > self._paragraph_floor(position) and not left else None
        if self._papers_spoke_last(pronoun):
            return self.not_document_spoke_at, self.last_speaker_not_document
        return self.last_spoke_at, last

    def _papers_spoke_last(self, pronoun: str | None) -> bool:
        """True when ``pronoun`` stands for a person and a document spoke last:
        the pronoun's chain then runs as if the document had said nothing."""
        last = self.last_speaker
        return (
            pronoun in _PERSONAL
            and last is not None
            and last.kind != "person"
            and written_as_document(last.name)
        )

    def _last_may_be(self, last: Person | None, pronoun: str | None, position: int, *, strict: bool) -> bool:
        """True when the last speaker may be what ``pronoun`` at ``position`` stands for: a person
        not of the other gender, or one the article introduced unnamed (``A nurse said ... “...,” she
        said``; not ``the governor``, who may be someone named) when ``pronoun`` is a pronoun, not a
        description, and no one of its gender opened a sentence since (``Venn's mother wept``)."""
        if last is None or not (
            last.kind == "person"
            or introduced_unnamed(self.text, last.position, self.last_mention_at, pronoun)
        ):
            return False
        if last.kind == "group" and pronoun in _PERSONAL:
            return False  # "the lawyers told them": a plural, never "he" or "she"
        if last.kind != "person" and described_of_gender_between(
            self.text, self.last_spoke_at, position, pronoun, self._in_quotation
        ):
            return False
        if last.kind != "person" and head_word(last.name) in DOCUMENT_NOUNS:
            return False  # "a sign that read ...": a thing, never "he" or "she"
        return self.compatible(last, pronoun, strict=strict)

    def _known_gender(self, position: int, pronoun: str | None) -> Person | None:
        """Sieve ``known gender``: the last one introduced of the pronoun's gender."""
        return self._latest_mentioned(position, pronoun, strict=True)

    def _anyone(self, position: int, pronoun: str | None) -> Person | None:
        """Sieve ``anyone``: the last person named, of any gender but the other."""
        return self._pronoun_pass(position, pronoun, strict=False, fallback=True)

    def _pronoun_pass(
        self, position: int, pronoun: str | None, *, strict: bool, fallback: bool, sentence_only: bool = False
    ) -> Person | None:
        """The person a pronoun at ``position`` stands for: a person named earlier
        in the same sentence, else the last speaker, else the last person named
        (each time skipping people the pronoun cannot stand for)."""
        best = self._latest_between(
            after_question(self.text, self._sentence_start(position), position), position, pronoun, strict
        )
        if best is not None:
            return best[1]
        if sentence_only:
            return None
        if self._last_may_be(self.last_speaker, pronoun, position, strict=strict):
            return self.last_speaker
        latest = self._latest_mentioned(position, pronoun, strict)
        if latest is not None or not fallback:
            return latest
        if self.last_person is not None and self.compatible(self.last_person, pronoun):
            return self.last_person
        return self._last_named(position, pronoun)

    def _topic(self, position: int, pronoun: str | None) -> Person | None:
        """Sieve ``topic`` (``Venn, a teacher, has taught for years. “...,” she said.``): the last person named
        as a sentence's subject in this paragraph or the one before (:func:`pronoun_led_floor`), after the last
        speaker last spoke, papers and groups aside (not of the other gender)."""
        floor, spoke_at = self._paragraph_floor(position), self._who_spoke_last(position, pronoun)[0]
        low = max(pronoun_led_floor(self.text, floor, pronoun), spoke_at)
        asked_about = in_question_lead(self.text, self._sentence_start(position), position)
        found = self._latest_between(
            low,
            position,
            pronoun,
            False,
            where=lambda at: (
                (clause_subject_at(self.text, at) or met_by_writer(self.text, self._sentence_start(at), at))
                and not OWNER_AT_RE.match(self.text, at)
                and not (asked_about(at) or at in self.writers_relatives_at)  # a relative: below
            ),
        )
        for other in (
            self._kin_subject(low, position, pronoun),
            self._writers_kin_subject(low, position, pronoun),
            self._described_subject(low, position, pronoun),
        ):
            if other is not None and (found is None or other[0] > found[0]):
                found = other
        return found[1] if found is not None else None

    def _only_named(self, position: int, pronoun: str | None) -> Person | None:
        """Sieve ``only named`` (``When I put the report to Anders, she paused.
        “...,” she said.``): the one person named in the pronoun's paragraph
        before it, in any part of a sentence, if words were given to them
        before (not of the other gender); None when two or more people are named."""
        low = max(self.text.rfind("\n", 0, position), position - _PARAGRAPH_REACH)
        asked_about = in_question_lead(self.text, self._sentence_start(position), position)
        found = self._latest_between(
            low, position, None, False, where=lambda at: not asked_about(at) and not self._spoken_for(at)
        )
        if found is None or found[1].kind != "person" or id(found[1]) not in self.speakers:
            return None
        earlier = self._latest_between(low, found[0], None, False)
        while earlier is not None and earlier[1] is found[1]:
            earlier = self._latest_between(low, earlier[0], None, False)
        if earlier is not None or not self.compatible(found[1], pronoun):
            return None
        return found[1]

    def _spoken_for(self, at: int) -> bool:
        """True for a name someone speaks for (``A spokeswoman for Kell Life``):
        the pronoun after it is the spokeswoman's, not the name's."""
        return SPOKEN_FOR_RE.search(self.text, max(0, at - 20), at) is not None

    def _last_opening(
        self, pattern: re.Pattern[str], first_words: tuple[str, ...], low: int, position: int
    ) -> re.Match[str] | None:
        """The last match of ``pattern``, a sentence's opening, at ``low < at <
        position`` outside quoted words; tried only where one of the words it
        opens on stands (opening on lookbehinds, it is tried at every character)."""
        start = max(0, low + 1)
        if not any(self.text.find(word, start, position) >= 0 for word in first_words):
            return None
        found = None
        for match in pattern.finditer(self.text, start, position):
            if not self._in_quotation(match.start()):
                found = match
        return found

    def _kin_subject(self, low: int, position: int, pronoun: str | None) -> tuple[int, Person] | None:
        """The relative a sentence at ``low < at < position`` opens on (``Her
        mother snorts.``: :meth:`_relative_of`), with where, if the pronoun can
        stand for them; else None."""
        found = None if self._finding_owner else self._last_opening(KIN_SUBJECT_RE, KIN_OWNERS, low, position)
        if found is None:
            return None
        person = self._relative_of(f"{found.group(1).lower()} {found.group(2)}", found.start())
        return (found.start(), person) if person is not None and self.compatible(person, pronoun) else None

    def _writers_kin_subject(self, low: int, position: int, pronoun: str | None) -> tuple[int, Person] | None:
        """The writer's relative who says something in a sentence at ``low < at < position`` opening on
        them (``My mother ... put it simply. ... she said``), with where, if of the pronoun's gender; else None."""
        found = self._last_opening(WRITERS_KIN_SUBJECT_RE, WRITERS_KIN_OWNERS, low, position)
        if found is None or not writers_kin_fits(self.text, found, position, pronoun):
            return None
        name = f"{found.group(1)} {found.group(2)}"
        return found.start(), self.find(name) or Person(name=name, kind="person", position=found.start())

    def _described_subject(self, low: int, position: int, pronoun: str | None) -> tuple[int, Person] | None:
        """The person the last sentence at ``low < at < position`` opening on a description of a person stands
        for (``The owner of one mill``: someone unnamed), with where, if the pronoun fits; else None."""
        found = (
            None
            if self._finding_described
            else self._last_opening(DESCRIBED_SUBJECT_RE, ("The", "A", ", a"), low, position)
        )
        if found is None:
            return None
        words = found.group(1).split()  # "young striker later": the first person's noun, else an age
        head = next((word for word in words if word in PERSON_NOUNS or word in PLAYING_POSITIONS), None)
        if head is not None and shop_named_before(self.text, head, found.start()):
            return None  # "The diner opened at 5 a.m." after "the Lantern Diner": the shop
        age = head is None and words[-1].endswith("year-old")  # "The 34-year-old, who ...": an age alone
        head = head or next((word for word in words if word.endswith("year-old")), None)
        if head is None:
            return None
        head_end = found.start(1) + found.group(1).index(head) + len(head)
        unnamed = unnamed_by_of_phrase(self.text, found.start(), head_end)
        self._finding_described = True
        try:  # a description that fits nobody named is someone unnamed, not the last speaker
            person = None if unnamed else self._described_person(head, found.start())
        finally:
            self._finding_described = False
        if person is None and age:
            return None  # an age alone that fits nobody named: the sieves after decide, as before
        person = person or Person(name=head, kind="anonymous", role=head, position=found.start())
        return (found.start(), person) if self.compatible(person, pronoun) else None

    def _described_person(self, head: str, position: int) -> Person | None:
        """The person named before ``position`` whom ``the HEAD`` describes
        (the registry knows the article's people and descriptions); None here."""
        return None

    def _relative_of(self, mention: str, position: int) -> Person | None:
        """``her father``: whom the article introduced as someone's father
        (:func:`relative_introduced`), else, after Liv Kvale, the latest other person
        named with her surname whom the noun of kin can be (``Anders Kvale``), or
        None (the relation alone says nothing of who else is meant)."""
        owner_word, _, noun = mention.partition(" ")
        if (gender := GENDERED_NOUNS.get(noun)) is None or owner_word not in ("his", "her"):
            return None
        self._finding_owner = True
        try:
            owner = self._pronoun(position, "he" if owner_word == "his" else "she")
        finally:
            self._finding_owner = False
        if introduced := relative_introduced(self.text, noun, position):  # "Raman's sister, Kavya Raman"
            return self.find(introduced[0]) or self.introduce(*introduced, position=position)
        if owner is None or owner.kind != "person" or len(owner.name.split()) < 2:
            return None
        surname = owner.name.split()[-1]
        # with neither the owner's gender nor the relative's known, "her" may be either of them
        allowed = (gender, None) if self.gender(owner) is not None else (gender,)
        best = None
        for person in self.people:
            named = person.name.split()
            if (
                person is not owner
                and without_nickname(person.name) != without_nickname(owner.name)  # "Roz" Teague herself
                and person.kind == "person"
                and len(named) >= 2
                and named[-1] == surname
                and person.position <= position
                and self.gender(person) in allowed
                and (best is None or person.position >= best.position)
            ):
                best = person
        if best is None:  # "Agnes Pell, 82, sits ...": named, but not yet as anyone's speaker
            runs, starts = self._person_runs
            for start, end, name in reversed(runs[: bisect.bisect_left(starts, position)]):
                same = without_nickname(name) == without_nickname(owner.name)  # "Roz" Teague herself
                if not same and name.split()[-1] == surname and len(name.split()) >= 2:
                    candidate = self.find(name) or Person(name=name)
                    if self.gender(candidate) in allowed:
                        return self.find(name) or self.introduce(name, start, end, position=position)
        return best or self._relative_by_given_name(owner_word, noun, position)

    def _relative_by_given_name(self, owner_word: str, noun: str, position: int) -> Person | None:
        """The relative an earlier sentence named by the given name alone
        (``... with her husband, Erik.`` before ``Her husband said``), or None."""
        owner = f"[{owner_word[0].upper()}{owner_word[0]}]{owner_word[1:]}"
        not_title = "|".join(NOT_A_RELATIVE_S_NAME)  # "Besides her daughter, Mrs. Teague is": the mother
        named = re.compile(rf"\b{owner}[ \xa0]+{noun},[ \xa0]+(?!(?:{not_title})\.)([A-Z][a-z]+)(?=[,.])")
        found = [*named.finditer(self.text, max(0, position - RELATIVE_INTRODUCED_WITHIN), position)]
        if not found:
            return None
        given = found[-1]
        known = self.find(given.group(1))
        if known is not None:
            return known
        person = self.introduce(given.group(1), given.start(1), given.end(1))
        person.role = noun  # "the bakery with her husband" before the name is no role
        return person

    def unless_described_otherwise(self, person: Person | None, head: str, position: int) -> Person | None:
        """``person``, whom a pronoun at ``position`` would stand for, as ``the
        HEAD``, unless the article described them otherwise (``the mayor`` is no
        retired nurse): then a player named for ``the striker``
        (:meth:`undescribed_player`), or None."""
        if person is None or not described_otherwise(person, head):
            return person
        return self.undescribed_player(head, position)

    def undescribed_player(self, head: str, position: int) -> Person | None:
        """For a player's position ``head`` (``the striker``), the last person named
        as a clause's subject within :data:`_DESCRIBED_REACH` before ``position``
        whom the article did not describe otherwise (``Jack Acre, 18, scored. His
        manager, Ivan Kross, praised him. The striker said``: Acre, not the
        manager), or None; None for any other noun."""
        if head not in PLAYING_POSITIONS:
            return None
        low, high = max(0, position - _DESCRIBED_REACH), position
        while True:
            found = self._latest_between(
                low, high, None, False, where=lambda at: clause_subject_at(self.text, at)
            )
            if found is None:
                return None
            if found[1].kind == "person" and not described_otherwise(found[1], head):
                return found[1]
            high = found[0]

    def _sentence_start(self, position: int) -> int:
        """Where the sentence holding ``position`` starts, less one (after a
        sentence end or a line break, or the reach of the search)."""
        return sentence_start_before(self.text, position, after_abbreviations=True) - 1
