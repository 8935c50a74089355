"""Who an article has named so far, in reading order (pure text): the people
and bodies recorded as quotes are attributed, each mention of them, the runs of
capitals that can be names, and what the article says of each person's gender.
:class:`quotes.extract.pronouns.PronounSieves` and
:class:`quotes.extract.registry.SpeakerRegistry` build on :class:`KnownPeople`."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

import quotes.extract.kin as kin
from quotes.extract.antecedents import last_run_holding, name_ends_on, surname_of
from quotes.extract.appositives import appositive_after, appositive_closes_sentence, predicate_role
from quotes.extract.bodies_spoken_for import body_before
from quotes.extract.descriptions_before_names import description_before, titles_start
from quotes.extract.gender import GENDERED_PRONOUNS, name_gender, never_gendered, noun_gender
from quotes.extract.mentions import (
    head_word,
    opens_sentence,
    speaker_kind,
    title_before,
    written_as_document,
)
from quotes.extract.name_runs import name_candidates, nationality_before, words_before_capitals
from quotes.extract.name_words import NOT_NAME_START
from quotes.extract.named_first import whole_word_in
from quotes.extract.owners import body_named_before, owns_a_business_post
from quotes.extract.paired_names import couple_names
from quotes.extract.quotemarks import IntervalIndex
from quotes.extract.role_words import initials_of, written_with_initials
from quotes.extract.speaker_words import (
    COMPANY_NOUNS,
    DROPPED_TITLES,
    GENDERED_NOUNS,
    GENERIC_PERSON_NOUNS,
    HONORIFIC_TITLES,
    NAME_ARTICLES,
    NAME_PARTICLES,
    PERSON_OR_TITLE_WORDS,
    PERSON_TRADES,
)
from quotes.extract.written_bodies import apposed_to_body, opens_body_name

#: Nouns of kin: a person described by one goes by the given name (``her son, Per``).
_KIN_NOUNS = frozenset(GENDERED_NOUNS) | frozenset(
    """
    cousin partner spouse twin sibling parent child grandchild stepson stepdaughter stepfather
    stepmother son-in-law daughter-in-law father-in-law mother-in-law brother-in-law sister-in-law
    """.split()
)
#: A comma and a preposition opening a phrase set off in a sentence (``The score, by ``).
_BY_PHRASE_BEFORE_RE = re.compile(r",[ \xa0]+(?:by|from|with)[ \xa0]+\Z")
#: Possessive pronouns opening a description (``her husband``): someone's relative or associate.
_OWNERS = ("his ", "her ", "their ", "its ")
#: Titles of courtesy, which say nothing of what a person does (``Dr``, ``Ms``), unlike ``Prof.``.
_COURTESIES = frozenset(DROPPED_TITLES) - {"Prof"}
#: Honorific titles, and the chieftaincy title Nigerian and Ghanaian papers write before a name
#: in apposition (``The Governor of Amaku State, Chief Ada Obi,``): the description
#: before it, or the appositive after the name, says what the person does.
_HONORIFICS_OR_CHIEFTAINCY = HONORIFIC_TITLES | {"Chief"}


#: A preposition opening the phrase after a description's noun (``spokesman| for the ministry``).
_PHRASE_AFTER_HEAD_RE = re.compile(r"[ \xa0]+(?:of|for|at|in|on)[ \xa0]+")


def _person_description(text: str, start: int) -> str | None:
    """A person's description in apposition before the name at ``start``."""
    description = description_before(text, start)
    # "head of plant protection", "spokesman for the ministry": the noun before the phrase is the head
    head = head_word(_PHRASE_AFTER_HEAD_RE.split(description)[0]) if description else ""
    return description if head in PERSON_OR_TITLE_WORDS and head not in GENERIC_PERSON_NOUNS else None


#: A body's possessive and the post it owns (``Greystone's| planning director``, ``Kell Foods'| director``,
#: ``the Weather Bureau, whose| administrator``).
_OWNED_POST_RE = re.compile(
    r"([A-Z][\w’'-]*(?:[ \xa0][A-Z][\w’'-]*){0,3})(?:['’]s|(?<=s)['’]|,[ \xa0]+whose)[ \xa0]+([a-z][\w -]*?),[ \xa0]+\Z"
)


@dataclass
class Person:
    """A speaker the article has named, with what it said about them."""

    name: str
    kind: str = "person"
    role: str | None = None
    affiliation: str | None = None
    position: int = 0


class KnownPeople:
    """The people and bodies an article has named so far, in reading order.

    :meth:`add` and :meth:`introduce` record a name (with role and affiliation
    when known). ``quoted`` holds the ``(start, end)`` offsets of the article's
    quoted words and ``headline`` those of its headline and byline: names there
    are no antecedents. ``last_speaker`` is set by the caller as quotes are
    attributed (:meth:`spoke`)."""

    def __init__(
        self,
        text: str = "",
        *,
        quoted: Iterable[tuple[int, int]] = (),
        headline: tuple[int, int] | None = None,
    ):
        self.text = text
        self.people: list[Person] = []
        self.last_person: Person | None = None
        self.last_speaker: Person | None = None
        self.last_speaker_not_document: Person | None = None  # who spoke last, papers aside
        self.last_spoke_at = -1
        self.last_mention_at = -1  # where the last speaker's mention of the last quote starts
        self.not_document_spoke_at = -1  # where they spoke last
        self.last_person_speaker: tuple[int, Person] | None = None  # where the last person spoke, who
        self.other_person_speaker: tuple[int, Person] | None = None  # the person who spoke before them
        self.speakers: set[int] = set()  # the ids of the people given words so far
        self._lower_titles = words_before_capitals(text) if text else {}
        self.candidates = (
            kin.with_kin_names(text, name_candidates(text, titles=self._lower_titles)) if text else []
        )
        self._candidate_starts = [start for start, _, _ in self.candidates]
        # (position, person) of each name seen, kept sorted by position (bisect)
        self._mentions: list[tuple[int, Person]] = []
        self._headline_end = headline[1] if headline else -1
        self._quoted = IntervalIndex(
            (start, end - 1) for start, end in sorted([*quoted, *([headline] if headline else [])])
        )
        self._genders: dict[str, str | None] = {}
        # surname -> (where, person) it first stood for alone (relatives are then called by given name)
        self._surname_owner: dict[str, tuple[int, Person]] = {}
        # word -> whether the article writes it in lower case (asked again for each surname alone)
        self._in_lower_case: dict[str, bool] = {}

    def find(self, name: str) -> Person | None:
        """The recorded person or body named exactly ``name``."""
        for person in self.people:
            if person.name == name:
                return person
        return None

    def add(
        self,
        name: str,
        *,
        kind: str = "person",
        position: int = 0,
        role: str | None = None,
        affiliation: str | None = None,
    ) -> Person:
        """Record (or update) a named speaker or entity and return it."""
        person = self.find(name)
        if kind == "person" and (apposed_to_body(self.text, name) or written_with_initials(self.text, name)):
            kind = "organization"  # "Nordoil, the refiner,", "Vell Transport (VT) said"
        if person is None:
            person = Person(name=name, kind=kind, position=position)
            self.people.append(person)
        person.position = max(person.position, position)
        if role and not person.role:
            person.role = role
        if affiliation and not person.affiliation:
            person.affiliation = affiliation
        if kind == "person" and position > self._headline_end:
            self.last_person = person
            self._note(position, person)
        return person

    def introduce(self, name: str, start: int, end: int, *, position: int | None = None) -> Person:
        """Record the person named at ``[start, end)`` with the title before the
        name and the role and affiliation of an appositive after it; recorded at
        ``position`` when given, else at ``start``."""
        trade, _, rest = name.partition(" ")
        if (
            start <= self._headline_end
            and rest[:1].isupper()
            and trade.lower() in COMPANY_NOUNS | PERSON_TRADES
        ):
            # a headline's "Startup Lumora raises ...", "Miner Tom Reed rescued": what the body or
            # the person is, before the name
            kind = "organization" if trade.lower() in COMPANY_NOUNS else "person"
            return self.add(rest, kind=kind, position=start + len(trade) + 1, role=trade.lower())
        role, affiliation = appositive_after(self.text, end)
        title = title_before(self.text, start)
        if role is None and affiliation is None:  # "Naomi Feld is a housing economist at ..."
            role, affiliation = predicate_role(self.text, start, end, title)
        described = _person_description(self.text, start)
        if (
            description_before(self.text, start) is not None or self._in_by_phrase(title, start)
        ) and appositive_closes_sentence(self.text, end):
            # "Her sister, Maja Sundin, lives next door.", "The score, by composer Ada Roos, hums
            # like an engine.": what the sentence's subject does, no appositive
            role, affiliation = None, None
        honorific = title is not None and title.rstrip(".") in _HONORIFICS_OR_CHIEFTAINCY
        if honorific and role is None and title is not None:
            # "its chief executive, Dr. Lena Marsk,": the description before the title says what she does
            role = _person_description(self.text, self.text.rfind(title, 0, start))
        if honorific and (role is not None or (title or "").rstrip(".") in _COURTESIES):
            # "Dr. Lena Marsk, a neurologist at ...": the appositive says what she does;
            # "said Dr Lia Moreno, who led ...": a courtesy says nothing of it
            title = None
        if title and role and title.lower() not in role.lower():
            title, role = None, f"{title}, {role}"  # "Councillor Jane Pell, cabinet member for highways,"
        if described is not None and not title and not role:
            described, affiliation = self._owned_post(
                described, start
            )  # "Greystone's planning director, Amir Khan,"
        role = title or role or described or nationality_before(self.text, start)  # "the Australian said"
        if title and not affiliation:
            role, affiliation = self._post_at_body(title)  # "Kell Motors chief executive Anna Brandt"
        # "Vell University's Ola Hart", "Vell University's Prof Ola Hart"
        affiliation = affiliation or body_before(self.text, titles_start(self.text, start))
        return self.add(
            name,
            kind="person",
            position=start if position is None else position,
            role=role,
            affiliation=affiliation,
        )

    def _in_by_phrase(self, title: str | None, start: int) -> bool:
        """True when the title before a name at ``start`` follows a comma and
        ``by``, ``from`` or ``with`` (``The score, by composer Ada Roos,``): the
        name closes a phrase set off inside its sentence."""
        if title is None:
            return False
        at = self.text.rfind(title, 0, start)
        return at >= 0 and _BY_PHRASE_BEFORE_RE.search(self.text, max(0, at - 10), at) is not None

    def _post_at_body(self, title: str) -> tuple[str, str | None]:
        """``(role, affiliation)`` of a title that opens on the name of a body
        the article has recorded, or the first words of its name (``Kell Motors
        chief executive``: ``chief executive`` at ``Kell Motors``), else ``(title, None)``."""
        words = title.split()
        lower = next((k for k, word in enumerate(words) if word[:1].islower()), None)
        if not lower or any(word[:1].isupper() for word in words[lower:]):
            return title, None
        body = " ".join(words[:lower])
        known = any(person.kind == "organization" and person.name == body for person in self.people)
        named = (
            body if known else self.body_starting(body)
        )  # "Westridge chief executive": Westridge Pipelines
        return (" ".join(words[lower:]), named) if named else (title, None)

    def body_starting(self, words: str) -> str | None:
        """The name of the body recorded that is ``words``, ``words`` and one
        word more (``Greystone`` of ``Greystone's planning director``: Greystone
        Estates) or whose initials they are (``IMF``; two capitals, as common
        as ``US``, only when the article wrote them in brackets after its name:
        ``the Marsk Water District (MW)``), when only one is and no person
        recorded bears the words; else None."""
        if any(p.kind == "person" and words in p.name.split() for p in self.people):
            return None  # "Kobb's lawyer": Kobb is a person
        found = {
            p.name
            for p in self.people
            if p.kind == "organization"
            and (
                p.name == words or p.name.rsplit(" ", 1)[0] == words or initials_of(self.text, p.name, words)
            )
        }
        return found.pop() if len(found) == 1 else None

    def _owned_post(self, description: str, start: int) -> tuple[str, str | None]:
        """``(role, affiliation)`` of the description before the name at ``start``
        when it opens on a body's possessive (``Greystone's planning director``:
        ``planning director`` at the ``Greystone Estates`` recorded before, ``Kell
        Foods' director``), else ``(description, None)``; a person's possessive
        (``Kobb's lawyer``) stays."""
        owned = _OWNED_POST_RE.search(self.text, max(0, start - 120), start)
        if owned is None:
            return description, None
        words = owned.group(1).split()
        for k in range(len(words)):  # "On Tuesday Kell Foods'": the longest run that names a body
            body = self.body_owning(" ".join(words[k:]), start, owned.group(2))
            if body is not None:
                return owned.group(2), body
        return description, None

    def body_owning(self, owner: str, start: int, post: str = "") -> str | None:
        """The body a possessive's ``owner`` before ``start`` names: the one
        recorded as ``owner`` or ``owner`` and one word more (``Greystone's``:
        Greystone Estates), or ``owner`` itself when its words say it is a body,
        the article named a body so (``Norvelle's`` after ``Norvelle
        Systems``) or the ``post`` is one only a business has (``MindBridge's
        chief executive``); None for a person (``Kobb's lawyer``)."""
        known = self.body_starting(owner)
        if known is not None:
            return known
        named = (
            speaker_kind(owner) == "organization"
            or body_named_before(self.text, owner, start)
            or owns_a_business_post(self.text, owner, post, start)
        )
        return owner if named else None

    def mention(self, name: str, position: int) -> None:
        """Note a mention of a person (full name or surname) at ``position``."""
        words = name.split()
        person = self.find(name) if len(words) > 1 else self._by_word(words[0], position) if words else None
        if person is not None and person.kind == "person":
            self._note(position, person)

    def _note(self, position: int, person: Person) -> None:
        """Note that ``person`` is named at ``position`` (not in the headline)."""
        if position <= self._headline_end:
            return
        bisect.insort_right(self._mentions, (position, person), key=lambda m: m[0])

    def _mentions_between(self, low: int, high: int) -> list[tuple[int, Person]]:
        """Mentions at positions ``low < at < high``, in position order."""
        i = bisect.bisect_right(self._mentions, low, key=lambda m: m[0])
        j = bisect.bisect_left(self._mentions, high, key=lambda m: m[0])
        return self._mentions[i:j]

    def candidates_between(self, low: int, high: int) -> list[tuple[int, int, str]]:
        """Name candidates starting at ``low < start < high``, in text order."""
        i = bisect.bisect_right(self._candidate_starts, low)
        j = bisect.bisect_left(self._candidate_starts, high)
        return self.candidates[i:j]

    @property
    def headline_end(self) -> int:
        """Where the headline and byline end (-1 when the story has none)."""
        return self._headline_end

    def above_story(self, position: int) -> bool:
        """True when ``position`` lies in the headline or byline."""
        return position <= self._headline_end

    def _in_quotation(self, position: int) -> bool:
        """True when ``position`` falls inside quoted words (names there are not antecedents)."""
        return self._quoted.covers(position)

    def gender(self, person: Person) -> str | None:
        """``"m"``, ``"f"`` or None: what the article says of a person named
        (:func:`~quotes.extract.gender.name_gender`), or what the noun of an
        unnamed one says (``spokesman``). Cached per name."""
        if person.name not in self._genders:
            runs = (name for _, _, name in self.candidates)
            named = person.kind == "person" and person.name[:1].isupper()
            gender = name_gender(self.text, person.name, runs) if named else noun_gender(person.name)
            self._genders[person.name] = gender  # "a spokesman" is no "she"
        return self._genders[person.name]

    def compatible(self, person: Person, pronoun: str | None, *, strict: bool = False) -> bool:
        """True when ``pronoun`` can stand for ``person``: not a person the article
        gives the other gender (nor, when ``strict``, one of unknown gender)."""
        if pronoun not in GENDERED_PRONOUNS:
            return True
        if never_gendered(person.kind, person.name):
            return False  # "Alderan Cares ... she": no body or group is he or she
        gender = self.gender(person)
        if gender is None:
            return not strict
        return gender == GENDERED_PRONOUNS[pronoun]

    def spoke(self, person: Person, at: int, mention: int | None = None) -> None:
        """Note that ``person`` was given the words ending at ``at`` (not of the
        headline), by a mention starting at ``mention`` if any (a speaker's
        first mention of a run of quotes is kept: ``The clerk, a woman ...``)."""
        if at <= self._headline_end:
            return
        if person is not self.last_speaker:
            self.last_mention_at = -1 if mention is None else mention
        self.last_speaker = person
        if person.kind == "person":
            if self.last_person_speaker is not None and self.last_person_speaker[1].name != person.name:
                self.other_person_speaker = self.last_person_speaker
            self.last_person, self.last_person_speaker = person, (at, person)
        if person.kind == "person" or not written_as_document(person.name):
            self.last_speaker_not_document = person
            self.not_document_spoke_at = max(self.not_document_spoke_at, at)
        self.last_spoke_at = max(self.last_spoke_at, at)
        self.speakers.add(id(person))

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
        described = _person_description(self.text, start) or appositive_after(self.text, end)[0]
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
            _person_description(self.text, start) or appositive_after(self.text, end)[0] or ""
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
            named = word in person.name.replace("-", " ").split() or word in person.name.split()
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
