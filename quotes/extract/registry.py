"""What an article has said so far about who is who: :class:`SpeakerRegistry`
records the people and bodies it names, in reading order, and resolves a later
mention (a surname, a pronoun, ``the spokesman``) to one of them.

Pronouns go to a person of matching gender (:meth:`SpeakerRegistry.gender`
reads it from the article) named earlier in the sentence, else to the last
speaker, else to the last person named; a name inside a quotation is never an
antecedent.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from quotes.extract.descriptions import apposed_name, description_before, introduction
from quotes.extract.gender import gender_evidence
from quotes.extract.lexicon import (
    DROPPED_TITLES,
    FIRST_PERSON,
    HONORIFIC_TITLES,
    ORG_HEADS,
    PERSON_NOUNS,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    TITLE_WORDS,
    UNNAMED_SOURCE_NOUNS,
)
from quotes.extract.mentions import (
    appositive_after,
    clause_subject_at,
    head_word,
    inside_sentence,
    is_title,
    name_candidates,
    opens_sentence,
    speaker_kind,
    speaks_after,
    strip_determiner,
    title_before,
    titled_elsewhere,
    words_before_capitals,
)
from quotes.extract.name_words import NOT_NAME_START
from quotes.extract.patterns import OWNER_RE, PLACE_BEFORE_RE, POSSESSIVE_RE, SINGLE_NAME_RE
from quotes.extract.quotemarks import IntervalIndex
from quotes.extract.role_words import named_by_relation, role_heads, unnamed_at

#: A sentence ending inside a quotation (``... to Donald." He also said``).
_QUOTED_SENTENCE_ENDS = ('." ', ".” ", '?" ', "?” ", '!" ', "!” ")
#: The titles dropped from a mention before it is looked up, with and without full stop.
_DROPPED = tuple(f"{title}{stop} " for title in DROPPED_TITLES for stop in (".", ""))
#: An acronym (``JCS``, ``NATO``): capitals only.
_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
#: How far back a pronoun's sentence may start (no sentence is longer).
_SENTENCE_REACH = 2000
#: The sieves a pronoun goes through, in order (each a method of
#: :class:`SpeakerRegistry`; ``docs/extraction.md`` measures what each adds).
PRONOUN_SIEVES = ("sentence", "topic", "last speaker", "known gender", "subject", "anyone")
#: A test on the offset of a name (whether it may be an antecedent).
At = Callable[[int], bool]
#: A test on a person named at an offset (whether they may be the antecedent).
Fits = Callable[[int, "Person"], bool]


def _person_description(text: str, start: int) -> str | None:
    """A person's description in apposition before the name at ``start``."""
    description = description_before(text, start)
    return description if description and head_word(description) in PERSON_NOUNS | TITLE_WORDS else None


def _anywhere(at: int) -> bool:
    """Any name may be an antecedent."""
    return True


@dataclass
class Person:
    """A speaker the article has named, with what it said about them."""

    name: str
    kind: str = "person"
    role: str | None = None
    affiliation: str | None = None
    position: int = 0


class SpeakerRegistry:
    """What an article has said so far about who is who, in reading order.

    :meth:`add` and :meth:`introduce` record a name (with role and affiliation
    when known); :meth:`resolve` turns a later mention (surname, pronoun,
    nominal) into the name. ``quoted`` holds the ``(start, end)`` offsets of the
    article's quoted words: names there are no antecedents. ``last_speaker`` is
    set by the caller as quotes are attributed.
    """

    #: The pronoun sieves this registry applies, in order.
    pronoun_sieves: tuple[str, ...] = PRONOUN_SIEVES

    def __init__(self, text: str = "", *, quoted: Iterable[tuple[int, int]] = ()):
        self.text = text
        self.people: list[Person] = []
        self.last_person: Person | None = None
        self.last_speaker: Person | None = None
        self.last_spoke_at = -1
        self._sieves: dict[str, Callable[[int, str | None], Person | None]] = {
            "sentence": self._in_sentence,
            "topic": self._topic,
            "last speaker": self._last_speaker,
            "known gender": self._known_gender,
            "subject": self._subject,
            "anyone": self._anyone,
        }
        self._lower_titles = words_before_capitals(text) if text else {}
        self.candidates = name_candidates(text, titles=self._lower_titles) if text else []
        self._candidate_starts = [start for start, _, _ in self.candidates]
        # (position, person) of each name seen, kept sorted by position (bisect)
        self._mentions: list[tuple[int, Person]] = []
        self._quoted = IntervalIndex((start, end - 1) for start, end in sorted(quoted))
        self._genders: dict[str, str | None] = {}

    # -- recording -------------------------------------------------------------

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
        if person is None:
            person = Person(name=name, kind=kind, position=position)
            self.people.append(person)
        person.position = max(person.position, position)
        if role and not person.role:
            person.role = role
        if affiliation and not person.affiliation:
            person.affiliation = affiliation
        if kind == "person":
            self.last_person = person
            self._note(position, person)
        return person

    def introduce(self, name: str, start: int, end: int, *, position: int | None = None) -> Person:
        """Record the person named at ``[start, end)`` with the title before the
        name and the role and affiliation of an appositive after it; recorded at
        ``position`` when given, else at ``start``."""
        role, affiliation = appositive_after(self.text, end)
        title = title_before(self.text, start)
        if title is not None and role is not None and title.rstrip(".") in HONORIFIC_TITLES:
            title = None  # "Dr. Lena Marsk, a neurologist at ...": the appositive says what she does
        role = title or role or _person_description(self.text, start)
        return self.add(
            name,
            kind="person",
            position=start if position is None else position,
            role=role,
            affiliation=affiliation,
        )

    def mention(self, name: str, position: int) -> None:
        """Note a mention of a person (full name or surname) at ``position``."""
        words = name.split()
        person = self.find(name) if len(words) > 1 else self._by_word(words[0], position) if words else None
        if person is not None and person.kind == "person":
            self._note(position, person)

    def _note(self, position: int, person: Person) -> None:
        """Note that ``person`` is named at ``position``."""
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

    def _in_quotation(self, position: int) -> bool:
        """True when ``position`` falls inside quoted words (names there are not antecedents)."""
        return self._quoted.covers(position)

    def gender(self, person: Person) -> str | None:
        """``"m"``, ``"f"`` or None: what the article says, by the pronouns that
        follow the person's name in the same sentence (``Ms. Ray said she ...``)
        and by courtesy titles. Cached per name."""
        if person.name in self._genders:
            return self._genders[person.name]
        words = [w for w in person.name.split() if w[:1].isupper()]
        male = female = 0
        if words:
            # the surname and the given name right before it (not the first word of a
            # run like "Harbour Board Ranking Democrat Mara Venn", nor an initial)
            given = next((w for w in reversed(words[:-1]) if not re.fullmatch(r"[A-Z]\.?", w)), words[0])
            male, female = gender_evidence(self.text, list({given, words[-1]}))
        gender = "m" if male > female else "f" if female > male else None
        self._genders[person.name] = gender
        return gender

    def compatible(self, person: Person, pronoun: str | None, *, strict: bool = False) -> bool:
        """True when ``pronoun`` can stand for ``person``: not a person the article
        gives the other gender (nor, when ``strict``, one of unknown gender)."""
        if pronoun not in ("he", "him", "she", "her"):
            return True
        gender = self.gender(person)
        if gender is None:
            return not strict
        return gender == ("m" if pronoun in ("he", "him") else "f")

    def _pronoun(self, position: int, pronoun: str | None = None) -> Person | None:
        """The person a pronoun stands for: the first of :data:`PRONOUN_SIEVES`
        (in :attr:`pronoun_sieves` order) to name someone the pronoun can stand for."""
        for sieve in self.pronoun_sieves:
            person = self._sieves[sieve](position, pronoun)
            if person is not None:
                return person
        return None

    def _in_sentence(self, position: int, pronoun: str | None) -> Person | None:
        """Sieve ``sentence``: the last person named earlier in the pronoun's
        sentence (``Mr. Kobb liked the map so much that he framed it``)."""
        return self._pronoun_pass(position, pronoun, strict=False, fallback=False, sentence_only=True)

    def _last_speaker(self, position: int, pronoun: str | None) -> Person | None:
        """Sieve ``last speaker``: who spoke last, unless of the other gender."""
        last = self.last_speaker  # a person, or one never named ("a spokesman said. ... he said")
        if last is None or not (last.kind == "person" or unnamed_at(self.text, last.position)):
            return None
        return last if self.compatible(last, pronoun) else None

    def _known_gender(self, position: int, pronoun: str | None) -> Person | None:
        """Sieve ``known gender``: the last person the article shows to be of the
        pronoun's gender."""
        return self._pronoun_pass(position, pronoun, strict=True, fallback=False)

    def _anyone(self, position: int, pronoun: str | None) -> Person | None:
        """Sieve ``anyone``: the last person named, of any gender but the other."""
        return self._pronoun_pass(position, pronoun, strict=False, fallback=True)

    def _pronoun_pass(
        self, position: int, pronoun: str | None, *, strict: bool, fallback: bool, sentence_only: bool = False
    ) -> Person | None:
        """The person a pronoun at ``position`` stands for: a person named earlier
        in the same sentence, else the last speaker, else the last person named
        (each time skipping people the pronoun cannot stand for)."""
        best = self._latest_between(self._sentence_start(position), position, pronoun, strict)
        if best is not None:
            return best[1]
        if sentence_only:
            return None
        if (
            self.last_speaker is not None
            and self.last_speaker.kind == "person"
            and self.compatible(self.last_speaker, pronoun, strict=strict)
        ):
            return self.last_speaker
        latest = self._latest_mentioned(position, pronoun, strict)
        if latest is not None or not fallback:
            return latest
        if self.last_person is not None and self.compatible(self.last_person, pronoun):
            return self.last_person
        return self._last_named(position)

    def _topic(self, position: int, pronoun: str | None) -> Person | None:
        """Sieve ``topic`` (``Venn, a teacher, has taught for years. “...,” she said.``): the last
        person named as a sentence's subject in this paragraph or the one
        before, after the last speaker last spoke (not of the other gender)."""
        low = max(self._paragraph_floor(position), self.last_spoke_at)
        found = self._latest_between(
            low, position, pronoun, False, where=lambda at: clause_subject_at(self.text, at)
        )
        return found[1] if found is not None else None

    def _subject(self, position: int, pronoun: str | None) -> Person | None:
        """Sieve ``subject`` (``Prosecutors said Ansel Kobb sent messages to Ina
        Moss. In one, he wrote ...``): the last person named as a clause's
        subject in this paragraph or the one before, even inside words already
        given to someone (not of the other gender)."""
        found = self._latest_between(
            self._paragraph_floor(position),
            position,
            pronoun,
            False,
            where=lambda at: clause_subject_at(self.text, at),
        )
        return found[1] if found is not None else None

    def _paragraph_floor(self, position: int) -> int:
        """Where the paragraph before the one holding ``position`` starts, less one."""
        line = self.text.rfind("\n", 0, position)
        previous = self.text.rfind("\n", 0, max(0, line - 1)) if line > 0 else -1
        while previous > 0 and not self.text[previous + 1 : line].strip():
            previous = self.text.rfind("\n", 0, previous - 1)  # skip blank lines
        return previous

    def spoke(self, person: Person, at: int) -> None:
        """Note that ``person`` was given the words ending at ``at``."""
        self.last_speaker = person
        self.last_spoke_at = max(self.last_spoke_at, at)

    def _sentence_start(self, position: int) -> int:
        """Where the sentence holding ``position`` starts, less one (a sentence end
        found, or the reach of the search)."""
        low = max(0, position - _SENTENCE_REACH)
        return max(
            low - 1,
            self.text.rfind(". ", low, position),
            self.text.rfind("\n", low, position),
            self.text.rfind("? ", low, position),
            self.text.rfind("! ", low, position),
            *(
                found + 1
                for end in _QUOTED_SENTENCE_ENDS
                if (found := self.text.rfind(end, low, position)) >= 0
            ),
        )

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
                if person is None and inside_sentence(self.text, start) and speaks_after(self.text, end):
                    person = self.add(word, kind="person", position=start)  # "Orrin said ...": named once
                elif person is None and named_by_relation(self.text, start, end):
                    person = self.add(word, kind="person", position=start)  # "Her husband, Per, was ..."
                if person is not None and person.kind == "person" and fits(start, person):
                    best = (start, person)
        return best

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

    def _last_named(self, position: int) -> Person | None:
        """With nobody recorded yet: the last run of capitalised words before
        ``position`` that reads as a person's name (recorded), or None."""
        for start, end, name in reversed(self.candidates):
            if start < position and head_word(name) not in ORG_HEADS and speaker_kind(name) == "person":
                return self.introduce(name, start, end)
        return None

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

    # -- resolving ------------------------------------------------------------

    def _by_initials(self, acronym: str, position: int) -> Person | None:
        """The most recent recorded body whose capitalised words have the
        initials ``acronym`` (``JCS`` for ``Joint Chiefs of Staff``)."""
        best = None
        for person in self.people:
            initials = "".join(word[0] for word in person.name.split() if word[:1].isupper())
            if person.kind != "person" and initials == acronym and person.position <= position:
                best = person if best is None or person.position >= best.position else best
        return best

    def _by_word(self, word: str, position: int) -> Person | None:
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
        if best is not None:
            return best
        # fall back on capitalised runs anywhere in the article before the mention
        if word in NOT_NAME_START:
            return None
        latest = None
        for start, end, name in self.candidates:
            if word in name.split() and name != word and speaker_kind(name) == "person":
                if start > position and latest is not None:
                    break
                latest = (start, end, name)
                if start > position:
                    break
        if latest:
            start, end, name = latest
            return self.introduce(name, start, end, position=position)
        return None

    def _by_noun(self, head: str, position: int) -> Person | None:
        """The name an apposition gave the noun ``head`` (``the group, Harbour
        Workers Alliance,``), else the most recent speaker whose name or role
        holds it, else an earlier ``an unnamed ... spokesman`` (recorded)."""
        if not head or not self.text:
            return None
        apposed = apposed_name(self.text, head, position)
        if apposed is not None:
            kind = "person" if head in PERSON_NOUNS else speaker_kind(f"the {head}")
            role = head if kind == "person" else None
            return self.add(apposed.words, kind=kind, position=apposed.start, role=role)
        best = None
        for person in self.people:
            words = re.split(r"[\s-]+", person.name.lower())
            if (
                (head in words or head in role_heads(person.role))
                and person.position <= position + 1
                and (best is None or person.position >= best.position)
            ):
                best = person
        introduced = introduction(self.text, head, position) if best is None else None
        if introduced is not None and introduced.is_name:  # "Tove Lind, a harbour singer,"
            return self.introduce(introduced.words, introduced.start, introduced.end, position=position)
        if introduced is not None:
            kind = speaker_kind("an " + introduced.words)
            role = introduced.words if head in PERSON_NOUNS else None
            return self.add(introduced.words, kind=kind, position=introduced.start, role=role)
        return best

    def _body_named(self, position: int) -> Person | None:
        """The organization ``the company``/``the firm`` stands for: the last
        speaker when it is one, else the last body a sentence of this paragraph
        or the one before made its subject (recorded), or None."""
        if self.last_speaker is not None and self.last_speaker.kind == "organization":
            return self.last_speaker
        low = self._paragraph_floor(position)
        for start, _end, name in reversed(self.candidates_between(low, position)):
            if speaker_kind(name) == "organization" and opens_sentence(self.text, start):
                return self.add(name, kind="organization", position=start)
        return None

    def _owner(self, pronoun: str, position: int) -> str | None:
        """Who ``its``/``his``/``her`` at ``position`` stands for: for ``its``, the
        last name in the possessive earlier in the sentence (``Japan’s defense
        ministry ..., while its coast guard``); for ``his``/``her``, the person."""
        if pronoun == "its":
            low = max(0, position - 400)
            start = max(self.text.rfind(". ", low, position), self.text.rfind("\n", low, position), low)
            owners = OWNER_RE.findall(self.text, start, position)
            return owners[-1] if owners else None
        if pronoun in ("his", "her"):
            person = self._pronoun(position, "he" if pronoun == "his" else "she")
            return person.name if person is not None and person.kind == "person" else None
        return None

    def resolve(self, mention: str, *, position: int) -> tuple[str, str, Person | None]:
        """``(name, kind, person)`` for a mention at ``position`` in the text.

        Pronouns go to the last person; surnames and first names to the full name
        that holds them; ``the spokesman``/``the ministry`` to the last speaker
        whose name or role holds the noun. Anything else is its own name.
        """
        text = mention.strip()
        lower = text.lower()
        if lower in FIRST_PERSON:
            return text, "group" if lower in PRONOUNS_GROUP else "person", None  # the writer
        if lower in PRONOUNS_PERSON:
            person = self._pronoun(position, lower)
            if person is not None:
                return person.name, person.kind, person
            return text, "person", None
        owned = POSSESSIVE_RE.match(text)
        if owned and speaker_kind(owned.group(2)) == "organization":
            owner = self._owner(owned.group(1).lower(), position)
            return (f"{owner}’s {owned.group(2)}" if owner else text), "organization", None
        if lower in PRONOUNS_GROUP or lower == "it":
            if self.last_speaker is not None and self.last_speaker.kind in ("group", "organization"):
                return self.last_speaker.name, self.last_speaker.kind, self.last_speaker
            return text, "group" if lower != "it" else "organization", None
        return self._resolve_name(text, position=position)

    def _resolve_name(self, text: str, *, position: int) -> tuple[str, str, Person | None]:
        """``(name, kind, person)`` for a mention that is no pronoun: a surname or
        first name, ``the spokesman``, a full name, or its own name."""
        bare = strip_determiner(text)
        for title in _DROPPED:
            if bare.startswith(title):
                bare = bare[len(title) :]
        if _ACRONYM_RE.fullmatch(bare) and bare.lower() not in PERSON_NOUNS | TITLE_WORDS:
            # "the JCS": the body with those initials, never a pronoun ("the MAYOR" is a person)
            body = self._by_initials(bare, position)
            return (body.name, body.kind, body) if body is not None else (bare, "organization", None)
        kind = speaker_kind(text)
        words = bare.split()
        person = None
        if len(words) == 2 and titled_elsewhere(words, 0, self._lower_titles):
            words = words[1:]  # "Realtor Ruud" after "realtor Ola Ruud"
        if len(words) == 1 and words[0][:1].isupper():
            person = self._by_word(words[0].removesuffix("’s").removesuffix("'s"), position)
        definite = text.lower().startswith(("the ", "this ", "that "))
        if person is None and definite and len(words) <= 3:
            person = self._by_noun(head_word(text), position)
        if (
            person is None
            and definite
            and kind in ("person", "anonymous")
            and head_word(text) not in UNNAMED_SOURCE_NOUNS
            and not any(w[:1].isupper() for w in words[1:])
        ):
            # "the singer", "the future President", "the 56-year-old": someone
            # the article has named, as a pronoun would be
            person = self._pronoun(position, None)
        if person is None and definite and kind == "organization" and len(words) <= 2 and bare[:1].islower():
            person = self._body_named(position)  # "the company said": the body just named
        if person is None and kind == "person" and len(words) >= 2:
            person = self.find(bare)  # a full name the article has recorded
        if person is not None:
            return person.name, person.kind, person
        return bare, kind, None
