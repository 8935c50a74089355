"""The people and bodies an article has named so far, in reading order (pure
text): each name recorded as quotes are attributed, with the role and
affiliation the article gives it, each mention of them, the runs of capitals
that can be names, who spoke last, and what the article says of each
person's gender. :class:`quotes.extract.known_people.KnownPeople` finds who a
word of a mention stands for among them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

import quotes.extract.kin as kin
from quotes.extract.appositives import appositive_after, appositive_closes_sentence, predicate_role
from quotes.extract.bodies_spoken_for import body_before
from quotes.extract.descriptions_before_names import description_before, titles_start
from quotes.extract.gender import name_gender, never_gendered, noun_gender
from quotes.extract.gender_evidence import GENDERED_PRONOUNS
from quotes.extract.located_runs import placed_run
from quotes.extract.mentions import head_word, speaker_kind, written_as_document
from quotes.extract.name_runs import name_candidates, nationality_before, words_before_capitals
from quotes.extract.nicknames import without_nickname
from quotes.extract.owners import body_named_before, owns_a_business_post
from quotes.extract.quotemarks import IntervalIndex
from quotes.extract.role_words import initials_of, written_with_initials
from quotes.extract.speaker_words import (
    COMPANY_NOUNS,
    GENERIC_PERSON_NOUNS,
    PERSON_OR_TITLE_WORDS,
    PERSON_TRADES,
)
from quotes.extract.title_words import DROPPED_TITLES, HONORIFIC_TITLES
from quotes.extract.titles_before_names import title_before
from quotes.extract.written_bodies import apposed_to_body

#: A comma and a preposition opening a phrase set off in a sentence (``The score, by ``).
_BY_PHRASE_BEFORE_RE = re.compile(r",[ \xa0]+(?:by|from|with)[ \xa0]+\Z")
#: Titles of courtesy, which say nothing of what a person does (``Dr``, ``Ms``), unlike ``Prof.``.
_COURTESIES = frozenset(DROPPED_TITLES) - {"Prof"}
#: Honorific titles, and the chieftaincy title Nigerian and Ghanaian papers write before a name
#: in apposition (``The Governor of Amaku State, Chief Ada Obi,``): the description
#: before it, or the appositive after the name, says what the person does.
_HONORIFICS_OR_CHIEFTAINCY = HONORIFIC_TITLES | {"Chief"}


#: A preposition opening the phrase after a description's noun (``spokesman| for the ministry``).
_PHRASE_AFTER_HEAD_RE = re.compile(r"[ \xa0]+(?:of|for|at|in|on)[ \xa0]+")


def person_description(text: str, start: int) -> str | None:
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


class NamedPeople:
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
        self._places: dict[str, bool] = {}  # name -> whether the article writes it as a place
        # surname -> (where, person) it first stood for alone (relatives are then called by given name)
        self._surname_owner: dict[str, tuple[int, Person]] = {}
        # word -> whether the article writes it in lower case (asked again for each surname alone)
        self._in_lower_case: dict[str, bool] = {}

    def find(self, name: str) -> Person | None:
        """The recorded person or body named exactly ``name``, or so but for
        a nickname inside the name (``Rosalind “Roz” Teague`` for ``Rosalind Teague``)."""
        bare = without_nickname(name)
        for person in self.people:
            if person.name == name or without_nickname(person.name) == bare:
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
        described = person_description(self.text, start)
        if (
            description_before(self.text, start) is not None or self._in_by_phrase(title, start)
        ) and appositive_closes_sentence(self.text, end):
            # "Her sister, Maja Sundin, lives next door.", "The score, by composer Ada Roos, hums
            # like an engine.": what the sentence's subject does, no appositive
            role, affiliation = None, None
        honorific = title is not None and title.rstrip(".") in _HONORIFICS_OR_CHIEFTAINCY
        if honorific and role is None and title is not None:
            # "its chief executive, Dr. Lena Marsk,": the description before the title says what she does
            role = person_description(self.text, self.text.rfind(title, 0, start))
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
        if never_gendered(person.kind, person.name) or self._placed(person.name):
            return False  # "Alderan Cares ... she": no body, group or place is he or she
        gender = self.gender(person)
        if gender is None:
            return not strict
        return gender == GENDERED_PRONOUNS[pronoun]

    def _placed(self, name: str) -> bool:
        """:func:`~quotes.extract.located_runs.placed_run` of ``name`` in the
        article (``off Cape Breton``: a place), once per name."""
        if name not in self._places:
            self._places[name] = placed_run(self.text, name.split())
        return self._places[name]

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
