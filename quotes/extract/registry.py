"""What an article has said so far about who is who: :class:`SpeakerRegistry`
records the people and bodies it names, in reading order, and resolves a later
mention (a surname, a pronoun, ``the spokesman``) to one of them.

It builds on :class:`quotes.extract.known_people.KnownPeople` (who has been
named, their mentions and gender) and
:class:`quotes.extract.pronouns.PronounSieves` (who a pronoun stands for), with
:class:`quotes.extract.described_people.DescribedPeople` (whom a description
with no name stands for),
:class:`quotes.extract.subject_sieves.SubjectSieves` (the subject of the
sentence before a pronoun) and
:class:`quotes.extract.known_bodies.KnownBodies` (which body ``the company``,
``its`` or a role naming a body by its noun stands for), and adds what names
and descriptions stand for: a surname, ``the spokesman``, ``the company``,
``two of the people``, ``its coast guard``.
"""

from __future__ import annotations

import re

from quotes.extract.antecedents import shown_speaking
from quotes.extract.described_people import DescribedPeople
from quotes.extract.descriptions import (
    Named,
    apposed_name,
    opens_on_a_rank,
)
from quotes.extract.gender import noun_gender
from quotes.extract.initials_lookup import InitialsLookup
from quotes.extract.introductions import introduction
from quotes.extract.known_bodies import KnownBodies
from quotes.extract.mentions import (
    head_word,
    share_of_people,
    speaker_kind,
    strip_determiner,
)
from quotes.extract.name_runs import titled_elsewhere
from quotes.extract.name_words import DESCRIPTIVE_OPENINGS, NATIONALITY_WORDS
from quotes.extract.named_people import Person
from quotes.extract.owners import body_opened_by
from quotes.extract.patterns import OWNER_RE, POSSESSED_RE, POSSESSIVE_RE
from quotes.extract.person_descriptions import NUMBER_WORDS
from quotes.extract.post_words import SHORT_TITLE_FORMS, UNSHARED_POSTS
from quotes.extract.pronouns import PRONOUN_SIEVES
from quotes.extract.role_words import bare_role, holds_post, initials_after, role_heads, second_in_post
from quotes.extract.speaker_words import (
    BODY_NOUNS,
    FIRST_PERSON,
    GENDERED_NOUNS,
    GENERIC_PERSON_NOUNS,
    OWNED,
    PERSON_NOUNS,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    UNNAMED_SOURCE_NOUNS,
)
from quotes.extract.subject_sieves import SubjectSieves
from quotes.extract.title_words import (
    ABBREVIATED_TITLES,
    DOTTED_HONORIFICS,
    DROPPED_TITLES,
    NAME_HONORIFICS,
    TITLE_WORDS,
)
from quotes.extract.titled import capitalised_before, given_post, named_by_nationality, team_head, titled_name
from quotes.extract.titles_before_names import is_title
from quotes.extract.written_bodies import described_as_body, written_as_body
from quotes.records import Quote

#: The titles dropped from a mention before it is looked up, with and without full stop.
_DROPPED = tuple(
    f"{title}{stop} "
    for title in DROPPED_TITLES
    for stop in (".", "")
    if stop or title not in DOTTED_HONORIFICS or title in NAME_HONORIFICS  # "Hon Lik" is a name
)
#: A part of a group (``two of the people``, ``one of them``), and the group.
_PART_OF_RE = re.compile(
    r"(?:one|two|three|four|five|six|some|many|several|most|few|none|each|all|half)[ \xa0]+of[ \xa0]+"
    r"(them|(?:the|those)[ \xa0]+[\w-]+)"
)
#: How far after quoted words the sentence showing who says them may run.
_SHOWN_REACH = 120
#: ``of`` and someone else after a noun of kin (``The mother| of the girl``), not
#: a count of the person's own children (``the 31-year-old mother| of four``).
_KIN_OF_ANOTHER_RE = re.compile(r" of (?!(?:\d+|twins|" + "|".join(NUMBER_WORDS) + r")\b)")
#: A passive verb and its agent right after a body's name (``Kell Council| was
#: strongly criticised by the Ombudsman``): ``it`` after is the agent, not the body.
_PASSIVE_BY_RE = re.compile(
    r"[^.!?\n]{0,30}?\b(?:was|were|is|are|has[ \xa0]+been|had[ \xa0]+been)[ \xa0]+(?:\w+ly[ \xa0]+)?\w+(?:ed|en)[ \xa0]+by\b"
)
#: An acronym (``JCS``, ``NATO``): capitals only.
_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
#: A body recorded by its owner and noun (``Youssef Haddad’s federation``), no body's name.
_OWNED_DESCRIPTION_RE = re.compile(r"[’']s [a-z]")
#: A description of someone by the body just named, right before the name
#: (``Its chief executive, `` before ``Jonas Kerr,``).
_ITS_DESCRIPTION_RE = re.compile(
    r"\b[Ii]ts[ \xa0]+[\w’'-]+(?:[ \xa0]+[\w’'-]+){0,4},[ \xa0]+(?:(?:"
    + "|".join(ABBREVIATED_TITLES)
    + r")\.?[ \xa0]+)?\Z"  # "Its chief economist, Dr Maya Sethi,"
)


class SpeakerRegistry(DescribedPeople, SubjectSieves, InitialsLookup, KnownBodies):
    """What an article has said so far about who is who, in reading order.

    :meth:`add` and :meth:`introduce` record a name (with role and affiliation
    when known); :meth:`resolve` turns a later mention (surname, pronoun,
    nominal) into the name. ``quoted`` holds the ``(start, end)`` offsets of the
    article's quoted words and ``headline`` those of its headline and byline:
    names there are no antecedents. ``last_speaker`` is set by the caller as
    quotes are attributed.
    """

    def _by_noun(
        self, head: str, position: int, *, named: bool = False, modifiers: tuple[str, ...] = ()
    ) -> Person | None:
        """The name an apposition gave the noun ``head`` (``the group, Harbour
        Workers Alliance,``), else the most recent speaker whose name or role
        holds it, else an earlier ``an unnamed ... spokesman`` (recorded) unless
        the head is ``named`` (capitalised, and not a body's noun alone: ``The
        Kell Post`` is no ``an interview with the Kell Post``). A body described, not
        named, holds the lower-case ``modifiers`` too (``the interior ministry`` is no ``health ministry``),
        and stands for no name (``the Supreme Court`` is no ``appeals court``)."""
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
                (head in words or holds_post(head, role_heads(person.role)))
                and not second_in_post(head, person.role, modifiers)  # "the governor" is no deputy governor
                and (
                    person.kind == "person"
                    or person.name[:1].isupper()
                    or (not named and all(m in words for m in modifiers))  # not "the Supreme Court"
                )
                and person.position <= position + 1
                and (best is None or person.position >= best.position)
                and not (
                    named and _OWNED_DESCRIPTION_RE.search(person.name)
                )  # "his federation" is no named one
                and not (
                    words == [head] and self.above_story(person.position) and self._named_body_spoke(head)
                )
            ):  # "Charity says ..." above the story names no charity when "the charity Feedwell" spoke since
                best = person
        introduced = introduction(self.text, head, position) if best is None and not named else None
        if introduced is not None and introduced.is_name:  # "Tove Lind, a harbour singer,"
            return self.introduce(introduced.words, introduced.start, introduced.end, position=position)
        if introduced is not None:
            kind = speaker_kind("an " + introduced.words)
            role = introduced.words if head in PERSON_NOUNS else None
            return self.add(introduced.words, kind=kind, position=introduced.start, role=role)
        if best is not None and best.kind == "person" and self._described_alike(best, head, position):
            return self.in_focus(position)  # "Lind, a stage actor ... the actor said": whom in focus
        return best or self._titled_by(head, position, modifiers) or self._by_nationality(head, position)

    def _by_nationality(self, nationality: str, position: int) -> Person | None:
        """The last name before ``position`` written after ``nationality``
        (``Australian Kate Ormond`` for ``the Australian``), recorded."""
        found = named_by_nationality(self.text, self.candidates_between(-1, position), nationality)
        if found is None:
            return None
        start, end, name = found
        return self.find(name) or self.introduce(name, start, end)

    def _titled_by(self, head: str, position: int, modifiers: tuple[str, ...] = ()) -> Person | None:
        """The last name before ``position`` with ``head`` as its title (``winger
        Kofi Mensah``, ``Mayor Ann Roe``: :func:`titled_name`)."""
        forms = ((head.capitalize(),) if head in TITLE_WORDS else ()) + SHORT_TITLE_FORMS.get(head, ())
        if head not in self._lower_titles and not any(f"{form} " in self.text for form in forms):
            return None  # the noun never stands before a name: no scan
        forms = (head, *forms)
        named = tuple(capitalised_before(self.text[position : position + 80], head))
        found = titled_name(self.text, self.candidates_between(-1, position), forms, modifiers + named)
        if found is None:
            return None
        start, end, name = found
        # "Professor Ola Grant ... he said ... the professor added": who spoke last
        spoke_last = self.last_speaker is not None and self.last_speaker.name == name
        paragraphs_back = start <= self._paragraph_floor(position)
        if not self.text.endswith(f"{head} ", 0, start) and paragraphs_back and not spoke_last:
            return None  # "Sen. Ola Ruud" paragraphs before: whom the story is about may hold the post too
        return self.find(name) or self.introduce(name, start, end)

    def introduce(self, name: str, start: int, end: int, *, position: int | None = None) -> Person:
        """Record the person named at ``[start, end)`` (see
        :meth:`KnownPeople.introduce`); one described by ``its`` before the name
        works for the body just named (``River Watch said ... its director,
        Fiona Lisle,``: affiliation ``River Watch``)."""
        if written_as_body(self.text, name, start) and not self.find(name):
            return self.add(name, kind="organization", position=start)  # "the charity Safe Haven"
        person = super().introduce(name, start, end, position=position)
        if person.affiliation is None and _ITS_DESCRIPTION_RE.search(self.text, max(0, start - 60), start):
            body = self.body_named(start)
            person.affiliation = body.name if body is not None else None
        if person.affiliation is None and person.role:
            person.role, person.affiliation = self.role_at_body(person.role, start)
        return person

    def introduce_titled(self, named: Named, role: str) -> Person:
        """Record the person ``named`` with the ``role`` the titles before the
        name give (``chief executive and co-founder``), unless one is known."""
        person = self.introduce(named.words, named.start, named.end)
        person.role = person.role or role
        return person

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
        relative = self.writers_relative_named(lower, position)
        if relative is not None:  # "According to my mother": Meena, when the article names her
            return relative.name, relative.kind, relative
        owned = POSSESSIVE_RE.match(text)
        if owned and speaker_kind(owned.group(2)) == "organization":
            owner = self._owner(owned.group(1).lower(), position)
            return (f"{owner}’s {owned.group(2)}" if owner else text), "organization", None
        part = _PART_OF_RE.fullmatch(lower)
        if part is not None:  # "two of the people", "one of them": the group they belong to
            group = self._group_of(part.group(1), position)
            return (group.name, group.kind, group) if group is not None else (text, "group", None)
        if lower in PRONOUNS_GROUP or lower == "it":
            last = self.last_speaker
            if last is not None and last.kind in ("group", "organization") and not share_of_people(last.name):
                return last.name, last.kind, last  # not "they" after "12 percent said": some other share
            body = (
                (self.body_named(position) or self.body_written_before(position)) if lower == "it" else None
            )
            if body is not None and not _PASSIVE_BY_RE.match(self.text, body.position + len(body.name)):
                return body.name, body.kind, body  # "Kell Mutual is to close branches. ... it said"
            return text, "group" if lower != "it" else "organization", None
        return self._resolve_name(text, position=position)

    def _group_of(self, whole: str, position: int) -> Person | None:
        """The group recorded before ``position`` that ``them`` or ``the people``
        (``whole``) stands for: the last speaker for ``them``, else the latest
        one described (not named) by words holding the noun."""
        last = self.last_speaker
        if whole == "them":
            return last if last is not None and last.kind == "group" else None
        noun = whole.split()[-1]
        described = [p for p in self.people if p.position <= position and not p.name[:1].isupper()]
        return next((p for p in reversed(described) if noun in p.name.lower().split()), None)

    def shown_saying(
        self, quote: Quote, previous: Quote | None, line_start: int
    ) -> tuple[int, int, Person] | None:
        """``(start, end, person)`` for the person a sentence of the paragraph
        starting at ``line_start`` shows saying ``quote``, which has no
        attribution (:func:`~quotes.extract.antecedents.shown_speaking`), when
        the ``previous`` quote is in another paragraph; else None."""
        if previous is not None and previous.end >= line_start:
            return None
        runs = self.candidates_between(line_start - 1, quote.end + _SHOWN_REACH)
        beat = shown_speaking(self.text, line_start, quote, runs, first=previous is None)
        person = self.named_at(*beat) if beat is not None else None
        return (beat[0], beat[1], person) if beat is not None and person is not None else None

    def named_at(self, start: int, end: int, name: str) -> Person | None:
        """The person named at ``[start, end)`` by ``name``, a full name (recorded
        now if new) or a single word standing for someone recorded; else None."""
        if " " in name:
            return self.find(name) or self.introduce(name, start, end)
        person = self._by_word(name, start)
        return person if person is not None and person.kind == "person" else None

    def _unnamed_again(self, noun: str, position: int) -> Person | None:
        """The unnamed last speaker ``the man`` or ``the woman`` at ``position``
        stands for (``A witness said ... “...,” the man, who asked not to be
        named, told ...``), if the noun fits what the article says of their
        gender and no one new was introduced by it since (``Police arrested a
        man``); else None."""
        last = self.last_speaker
        if last is None or last.kind != "anonymous":
            return None
        if re.search(
            rf"\b[Aa]n?[ \xa0]+(?:[\w-]+[ \xa0]+){{0,2}}?{noun}\b", self.text[self.last_spoke_at : position]
        ):
            return None  # "Police later arrested a man ... the man told reporters": the man arrested
        wanted = noun_gender(noun)
        return last if wanted is None or self.gender(last) in (None, wanted) else None

    def _by_surname_after_rank(
        self, text: str, words: list[str], position: int
    ) -> tuple[Person | None, list[str]]:
        """The person a rank that is an ordinary word, before a surname, stands
        for (``Major Varga`` after ``Major Ilse Varga``): one the article wrote
        with that rank (``Major Ilse Varga``, not ``Private Tomas Varga``, for
        ``Major Varga``); else None and ``words`` kept."""
        if not opens_on_a_rank(words) or len(words) != 2:
            return None, words
        person = self.by_titled_word(text, words[1], position)
        if person is None or f"{words[0]} {person.name}" not in self.text:
            ranked = [
                p
                for p in self.people
                if p.position <= position
                and p.name.split()[-1] == words[1]
                and f"{words[0]} {p.name}" in self.text
            ]
            person = max(ranked, key=lambda p: p.position) if ranked else None
        return (person, words[1:]) if person is not None else (None, words)

    def _described_named(self, text: str, words: list[str], position: int) -> Person | None:
        """Whom ``the singer`` (``text``, its ``words`` without the article) at
        ``position`` stands for (:meth:`_described_person`), or None: no unnamed
        source, no one new (``the woman's sister``, ``The mother of the girl``;
        ``the secretary of state`` is a title), and no post of local news the
        article never gave the person (``Jon Lund called it a waste. The mayor
        said``: a mayor never named)."""
        head = head_word(text)
        if head.capitalize() in NATIONALITY_WORDS:  # "the 24-year-old Hungarian": described by age
            head = next((w for w in words if w.endswith("year-old")), head)
        if (
            (head in UNNAMED_SOURCE_NOUNS and not self.aged_one(words))
            or any(w[:1].isupper() for w in words[1:-1])  # "the 24-year-old Hungarian": a nationality ends it
            or (len(words) > 1 and words[-1][:1].isupper() and words[-1] not in NATIONALITY_WORDS)
            or POSSESSED_RE.search(text)
            or (head in GENDERED_NOUNS and _KIN_OF_ANOTHER_RE.match(self.text, position + len(text)))
        ):
            return None
        person = self.described_or_aged(head, words, position)
        if person is not None and words[-1] in UNSHARED_POSTS and len(words) == 1 and not person.role:
            return given_post(self.text, self.people, words[-1], position)  # "Ann Roe was elected mayor"
        return person

    def _written_as_body(self, text: str, bare: str, position: int) -> bool:
        """True when the article shows the name ``bare`` (``text`` at
        ``position``, which its words make a person's) to be a body's: a body's
        noun before it (``the Vell-based charity Safe Harbour``), its initials in
        brackets after it (``The Marigondon Water District (MWD) said``), or a
        single word the headline gives a trade (``Grocer Halvorsen to close stores``)."""
        end = self.text.find(text, position) + len(text)
        return (
            described_as_body(self.text, position)
            or initials_after(self.text, bare, end)
            or (" " not in bare and self._named_with_its_trade(bare))
        )

    def _body_described(self, text: str, words: list[str], bare: str, position: int) -> Person | None:
        """The body a definite description of a body stands for (``the company
        said``: the body just named; ``the board said``: the Arnholt Energy
        Board named before; ``the group said`` after a spokeswoman for one), or None."""
        person = None
        based = words[-2].endswith("-based") if len(words) >= 2 else False
        placed = (
            len(words) == 3 and words[0].endswith(",") and words[0][:1].isupper()
        )  # "Columbus, Ohio-based"
        if (len(words) <= 2 or placed) and (bare[:1].islower() or based):
            # "the Leeds-based lender", "The Columbus, Ohio-based company"
            modifiers = tuple(w for w in words[:-1] if w.isalpha())
            person = self._body_named(position, modifiers, head_word(text))
        if person is None and len(words) == 1 and bare.islower():
            person = self.body_called(bare, position)
        if person is None and len(words) == 1:
            person = self.body_last_spoken_for(bare, position)
        return person

    def _resolve_name(self, text: str, *, position: int) -> tuple[str, str, Person | None]:
        """``(name, kind, person)`` for a mention that is no pronoun: a surname or
        first name, ``the spokesman``, a full name, or its own name."""
        bare = strip_determiner(text)
        for title in _DROPPED:
            if bare.startswith(title):
                bare = bare[len(title) :]
        if _ACRONYM_RE.fullmatch(bare) and bare.lower() not in PERSON_NOUNS | TITLE_WORDS:
            # "the JCS": the body with those initials, never a pronoun ("the MAYOR" is a person)
            body = self._by_acronym(bare, position)
            return (body.name, body.kind, body) if body is not None else (bare, "organization", None)
        elder_or_younger = self.by_seniority(text, position)  # "The younger Lund": of two Lunds
        if elder_or_younger is not None:
            return elder_or_younger.name, elder_or_younger.kind, elder_or_younger
        kind = speaker_kind(text)
        if kind == "person" and self._written_as_body(text, bare, position):
            kind = "organization"
        words = bare.split()
        person = None
        if len(words) == 2 and titled_elsewhere(words, 0, self._lower_titles):
            words = words[1:]  # "Realtor Ruud" after "realtor Ola Ruud"
        while (
            len(words) > 1
            and words[0][:1].isupper()
            and (is_title(words[0]) or words[0] in DESCRIPTIVE_OPENINGS)
        ):
            words = words[1:]  # "Det Insp Lund", "President Kobb", "Fuming Del": a title or a mood
        person, words = self._by_surname_after_rank(text, words, position)
        if person is None and len(words) == 1 and words[0][:1].isupper():
            person = self.by_titled_word(text, words[0].removesuffix("’s").removesuffix("'s"), position)
        if person is None and words:
            person = self.by_surname(words, position)
        definite = text.lower().startswith(("the ", "this ", "that ")) or bare_role(text)  # "counsel said"
        person = person or (team_head(self.people, words, position) if definite else None)
        if person is None and definite and len(words) == 1 and words[0].lower() in GENERIC_PERSON_NOUNS:
            person = self._unnamed_again(words[0].lower(), position)
        if person is None and len(words) == 2 and text.lower().startswith(OWNED):
            person = self._relative_of(text.lower(), position)  # "her father": never the owner
        if person is None and (definite or text.lower().startswith(OWNED)) and len(words) <= 3:
            modifiers = tuple(w for w in words[:-1] if w.isalpha() and w.islower())
            alone = len(words) == 1 and words[0].lower() in BODY_NOUNS  # "The Ministry": the foreign ministry
            named = words[-1][:1].isupper() and not alone
            person = self._by_noun(head_word(text), position, named=named, modifiers=modifiers)
            person = self._named_body_since(person, head_word(text)) or person
            if person is not None and bare_role(text) and person.name.lower() == head_word(text):
                person = None  # "counsel said" is no speaker recorded as "Counsel"
        if person is None and definite and kind in ("person", "anonymous"):
            person = self._described_named(text, words, position)
        if person is None and definite and kind == "organization":
            person = self._body_described(text, words, bare, position)
        if person is None and kind == "person" and len(words) >= 2:
            person = self.find(bare)  # a full name the article has recorded
        opened = body_opened_by(self.text, bare, position) if person is None and kind == "person" else None
        if opened is not None:  # "Westmoor said" after "Westmoor Bank"
            person = self.add(opened, kind="organization", position=position)
        if person is not None and kind == "organization" and definite and bare[:1].islower():
            person = self._as_body(person)  # "the group" for "Coastal Bend Air Watch": a body, no person
        if person is not None:
            return person.name, person.kind, person
        return bare, kind, None


__all__ = ["PRONOUN_SIEVES", "Person", "SpeakerRegistry"]
