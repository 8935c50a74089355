"""Which body a description stands for (pure text, on the people and bodies
an article has recorded so far): ``the company`` or ``its`` for the body just
named (not one acted on: ``fined by the regulator``) or the business a story
is about, which spoke paragraphs back; ``the co-op`` for a body named with
the noun in its name; a body named in capitals that spoke since one was
described; and the body a role names by its noun (``the guild's regional
director``, ``president of the union``).
:class:`quotes.extract.registry.SpeakerRegistry` builds on
:class:`KnownBodies`."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property

from quotes.extract.body_nouns import (
    headline_names,
    may_be_called,
    may_be_named_holding,
    may_be_the_business,
    named_after,
    named_before_called,
    named_with_its_trade,
    names_a_business,
    names_holding_re,
    public_body,
    reads_as_body,
    team_by_nickname,
)
from quotes.extract.given_names import given_name_gender
from quotes.extract.known_people import KnownPeople
from quotes.extract.mentions import (
    clause_subject_at,
    head_word,
    names_a_document,
    opens_sentence,
    speaker_kind,
)
from quotes.extract.name_words import NOT_NAME_START
from quotes.extract.named_people import Person
from quotes.extract.owners import body_opened_by
from quotes.extract.patterns import POSSESSIVE_END_RE
from quotes.extract.role_words import post_held
from quotes.extract.sentences import sentence_start_before, sentence_starts
from quotes.extract.speaker_words import (
    BODY_NOUNS,
    BUSINESS_NOUNS,
    CLUB_NOUNS,
    ORG_HEADS,
    UNIT_NOUNS,
)
from quotes.extract.titles_before_names import is_title

#: A capitalised word opening a sentence or a line.
_SENTENCE_OPENER_RE = re.compile(
    r"(?:^|(?<=[.!?][ \xa0])|(?<=[.!?][\"”’'][ \xa0]))([A-Z][\w'’-]*)", re.MULTILINE
)

#: ``by`` or ``by the`` right before a description (``fined by |the regulator``).
_BY_BEFORE_RE = re.compile(r"\bby[ \xa0]+(?:the[ \xa0]+)?\Z")


def _acted_on_by(text: str, body_start: int, position: int) -> bool:
    """True when the description at ``position`` is what acts on the body its
    sentence opens on at ``body_start`` (``Tarne Water was fined by the
    regulator``): another body, not that one."""
    return _BY_BEFORE_RE.search(text, body_start, position) is not None and not sentence_starts(
        text, body_start + 1, position
    )


#: A role a body's noun owns (``guild's regional director``, ``co-op's chief executive``).
_BODY_OWNED_ROLE_RE = re.compile(
    r"(?:^|(?<=, ))(?:[Tt]he[ \xa0]+)?([a-z]+(?:-[a-z]+)?)['’]s[ \xa0]+(?=[a-z])"
)
#: A role held at a body named before by its noun (``president of the union``,
#: ``spokeswoman for the co-op``).
_ROLE_AT_BODY_RE = re.compile(r"[ \xa0]+(?:of|for|at)[ \xa0]+the[ \xa0]+([a-z]+(?:-[a-z]+)?)\Z")
#: Nouns of a business described in lower case (``a shipping company``).
_BUSINESS_WORDS = BUSINESS_NOUNS | {"company", "firm", "business"}
#: A body's name, capitalised words closing on a body's noun (``The Kell Library Board``).
_BODY_NAMED_RE = re.compile(
    r"\b[A-Z][\w’'-]*(?:[ \xa0]+[A-Z][\w’'-]*){0,4}[ \xa0]+(?:"
    + "|".join(sorted(head.capitalize() for head in ORG_HEADS if head.isalpha()))
    + r")\b"
)
#: Words for a body of any kind a speaker may have spoken for (``the group``; not
#: ``the ministry``, which may be another body than a spokesperson's).
SPOKEN_FOR_NOUNS = frozenset(
    {"group", "organization", "organisation", "company", "firm", "charity", "campaign"}
)
#: A single capitalised word after a sentence's end or a paragraph's start.
_OPENING_WORD_RE = re.compile(r"(?:(?<=[.!?]\s)|(?<=\n))([A-Z][a-z]+)\b(?![ \xa0]+[A-Z])")
#: ``the`` and a body's noun in lower case (``the forum``, ``the group``).
_BODY_NOUN_RE = re.compile(r"\b[Tt]he[ \xa0]+(" + "|".join(sorted(BODY_NOUNS)) + r")\b(?![’'-])")
#: Parts of a body, whose posts are not posts at the body named before (``head of the division``).
_PART_NOUNS = UNIT_NOUNS | frozenset({"subsidiary", "affiliate", "unit"})


class KnownBodies(KnownPeople):
    """The bodies an article has named or described, and what ``the company``,
    ``its`` or a role naming a body by its noun stands for."""

    @cached_property
    def _trade_named(self) -> dict[str, bool]:
        """What :meth:`_named_with_its_trade` found for each name (filled as asked)."""
        return {}

    def _named_with_its_trade(self, name: str) -> bool:
        """:func:`~quotes.extract.body_nouns.named_with_its_trade` of the article, once per name."""
        found = self._trade_named.get(name)
        if found is None:
            found = self._trade_named[name] = named_with_its_trade(self.text, name)
        return found

    def _named_body_spoke(self, noun: str) -> bool:
        """True when the last speaker is a body the story named in capitals
        that may be called ``the NOUN`` (``the charity Feedwell said``)."""
        last = self.last_speaker
        return (
            last is not None
            and last.kind == "organization"
            and last.name[:1].isupper()
            and not self.above_story(last.position)
            and may_be_called(last.name, noun, self.text)
        )

    def _body_named(
        self, position: int, modifiers: tuple[str, ...] = (), noun: str | None = None
    ) -> Person | None:
        """The organization ``the company``/``the firm`` stands for: the last
        speaker when it is one, else the last body a sentence of this paragraph
        or the one before made its subject (recorded), or None; its name holds
        the ``modifiers`` (``the interior ministry``), and it may be called
        ``the NOUN`` (:func:`~quotes.extract.body_nouns.may_be_called`)."""

        def fits(name: str) -> bool:  # a body named, not described, takes any description
            described = name[:1].isupper() or all(m in name.split() for m in modifiers)
            return described and (noun is None or may_be_called(name, noun, self.text))

        last = self.last_speaker
        if last is not None and last.kind == "organization" and fits(last.name):
            return last
        low = self._paragraph_floor(position)
        business = noun in _BUSINESS_WORDS
        sentence = sentence_start_before(self.text, position) if business else position
        for start, written in reversed(self._subject_names(low, position)):
            name = POSSESSIVE_END_RE.sub("", written)  # "Vell United's goalkeeper": the body is Vell United
            # a body by its kind or by its trade before it ("carrier Dilmun Skies")
            body = speaker_kind(name) == "organization" or self._named_with_its_trade(name)
            body = body or (business and self._reported_on_by_its_noun(name, start, sentence, position))
            if body and opens_sentence(self.text, start) and fits(name):
                if _acted_on_by(self.text, start, position):
                    continue  # "Tarne Water was fined by the regulator": another body
                return self._as_body(self.add(name, kind="organization", position=start))
        paragraph = self.text.rfind("\n", 0, position)
        only = self._only_business_written(paragraph, sentence, fits) if business else None
        if only is not None:
            return only
        team = team_by_nickname(self.text, low, position) if noun in CLUB_NOUNS else None
        if team is not None:
            return self.add(team[1], kind="organization", position=team[0])
        return self._business_spoke_before(position, fits) if business else None

    def _reported_on_by_its_noun(self, name: str, start: int, sentence: int, position: int) -> bool:
        """True when ``name`` at ``start`` opens the sentence (starting at
        ``sentence``) that ``the company`` at ``position`` closes as its reporting clause, no given name
        opens it and the headline names it (``Vantorra Home recalls ...`` ¶
        ``Vantorra Home is recalling 1.3 million air fryers ..., the company
        said``): the business the story reports on, not one it acts on
        (``Food Safety Vell fined Tarn Foods ..., the company said``)."""
        in_sentence = sentence <= start and opens_sentence(self.text, start)
        if not in_sentence or not self.text.endswith(", ", 0, position):
            return False
        headline = self.text[: self._headline_end + 1]
        return given_name_gender(name.split()[0]) is None and headline_names(headline, name)

    def _only_business_written(self, low: int, high: int, fits: Callable[[str], bool]) -> Person | None:
        """The one name written between ``low`` and ``high`` (a paragraph up
        to the sentence of a ``the company``), wherever its sentence puts it,
        when it names a business (:func:`~quotes.extract.body_nouns.names_a_business`) and ``fits`` (``The building is owned by Harl
        Crest Properties, which ... the company said``); None when the text
        there names anyone else too, or nobody, or a sentence there opens on a
        capitalised word of no other name (``Skyvell cancelled 40 flights.
        Campaigners from Cleaner Air protested``: no name the parse read)."""
        named = [
            (start, POSSESSIVE_END_RE.sub("", written)) for start, written in self._subject_names(low, high)
        ]
        if len({name for _start, name in named}) != 1 or speaker_kind(named[-1][1]) != "organization":
            return None
        start, name = named[-1]
        if not (names_a_business(name) and fits(name)):
            return None
        openers = (found.group(1) for found in _SENTENCE_OPENER_RE.finditer(self.text, max(low, 0), high))
        # "Skyvell cancelled 40 flights. Campaigners from Cleaner Air protested": someone else
        if any(word not in NOT_NAME_START and word != name.split()[0] for word in openers):
            return None
        return self._as_body(self.add(name, kind="organization", position=start))

    def _as_body(self, found: Person) -> Person:
        """``found``, recorded as a body when the article gave it no gender
        (``port operator Meridian Terminals`` read first as a person's name)."""
        if found.kind == "person" and self.gender(found) is None:
            found.kind = "organization"
        return found

    @cached_property
    def _candidate_names(self) -> frozenset[str]:
        """The words of every name candidate of the article."""
        return frozenset(written for _start, _end, written in self.candidates)

    def _subject_names(self, low: int, high: int) -> list[tuple[int, str]]:
        """``(start, words)`` of the name candidates between ``low`` and ``high``,
        with the single words opening a sentence there that are the short form
        of a body's name (``Skyvale declined`` after ``Skyvale Airlines``), in order."""
        found = [(start, written) for start, _end, written in self.candidates_between(low, high)]
        for word in _OPENING_WORD_RE.finditer(self.text, low + 1, high):
            body = body_opened_by(self.text, word.group(1), word.start(1))  # no person's surname
            if body in self._candidate_names and opens_sentence(self.text, word.start(1)):
                found.append((word.start(1), body))
        return sorted(found)

    def _business_spoke_before(self, position: int, fits: Callable[[str], bool]) -> Person | None:
        """The business that spoke below the headline before ``position``,
        paragraphs back, and ``fits``: ``the company`` of a story about one
        (``Kell Foods said ... [others] ... the company said``); named before
        the story first wrote ``the company`` (else that was another: ``Vell
        University rebutted claims about the company``), a business by its name
        (:func:`~quotes.extract.body_nouns.may_be_the_business`). Of several,
        the one the headline names, else None (nor one :func:`named_after`)."""
        bodies = {
            person.name: person
            for person in self.people
            if id(person) in self.speakers
            and named_before_called(self.text, person.name, self._headline_end + 1)
            and may_be_the_business(self.text, person.name)
            and (
                person.kind == "organization"
                or (reads_as_body(self.text, person.name) and self.gender(person) is None)
            )
            and person.name[:1].isupper()
            and self._headline_end < person.position < position
            and fits(person.name)
        }
        if len(bodies) > 1:
            headline = self.text[: self._headline_end + 1]
            bodies = {name: body for name, body in bodies.items() if headline_names(headline, name)}
        bodies = {n: b for n, b in bodies.items() if not named_after(self.text, n, position, self.candidates)}
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def role_at_body(self, role: str, position: int) -> tuple[str, str | None]:
        """``(role, affiliation)`` of a role that names its body by a noun (``the
        guild's regional director``, ``president of the union``) when the
        article named that body before ``position``; else ``(role, None)``."""
        owner = _BODY_OWNED_ROLE_RE.search(role)
        body = self.body_called(owner.group(1), position) if owner is not None else None
        if owner is not None and body is not None and body.name[:1].isupper():
            return role[: owner.start()] + role[owner.end() :], body.name
        at = _ROLE_AT_BODY_RE.search(role)
        if at is None or not post_held(role[: at.start()]) or at.group(1) not in BODY_NOUNS - _PART_NOUNS:
            return role, None  # "a longtime critic of the union": no post there
        body = self.body_called(at.group(1), position)
        # a body never named ("The union said ... president of the union") leaves the role whole
        return (
            (role[: at.start()], body.name) if body is not None and body.name[:1].isupper() else (role, None)
        )

    def body_called(self, noun: str, position: int) -> Person | None:
        """The body ``the NOUN`` stands for at ``position``: the last one named
        before with the noun in its name (``the co-op``: a Co-operative), else
        the body just named if it may be called so (:func:`~quotes.extract.body_nouns.may_be_called`);
        None if none."""
        found = self.names_holding(noun, position)
        if found:
            return self.add(found[-1].group(0), kind="organization", position=found[-1].start())
        return self._body_named(position, noun=noun) if noun in BODY_NOUNS else None

    def body_last_spoken_for(self, noun: str, position: int) -> Person | None:
        """The body the last speaker, a person, was named as speaking for, if
        they spoke in this paragraph or the one before and ``noun`` is a word
        for any body it may be called (``Ana Obi, a spokeswoman for Parents
        for Transparency, said ... the group wrote``); else None."""
        last = self.last_speaker
        if noun not in SPOKEN_FOR_NOUNS or last is None or last.kind != "person" or not last.affiliation:
            return None
        if self.last_spoke_at <= self._paragraph_floor(position) or not may_be_called(last.affiliation, noun):
            return None
        first = last.affiliation.split()[0]
        if given_name_gender(first) is not None or is_title(first):
            return None  # "a spokesman for Ana Ruiz", "for Senator Ana Ruiz": a person, no group
        if _BODY_NAMED_RE.search(self.text, self.last_spoke_at, position):
            return None  # "... The Kell Library Board disagreed. “...,” the group said": that board's
        return self._as_body(self.add(last.affiliation, kind="organization", position=self.last_spoke_at))

    def names_holding(self, noun: str, position: int) -> list[re.Match[str]]:
        """Every body's name written below the headline and before ``position``
        with ``NOUN`` capitalised in it (``Dunmere Hospitals NHS Trust`` for
        ``trust``, ``Ministry of Health`` for ``ministry``; a Co-operative for
        ``co-op``), in order."""
        start = max(0, self._headline_end + 1)
        if not may_be_named_holding(self.text, noun, start, position):
            return []
        return [*names_holding_re(noun).finditer(self.text, start, position)]

    def body_named(self, position: int) -> Person | None:
        """The organization ``its`` or ``the company`` at ``position`` stands for
        (see :meth:`_body_named`), or None; never a document (``A study found
        ... Its lead author``: a study is nobody's employer)."""
        body = self._body_named(position)
        return None if body is not None and names_a_document(body.name) else body

    def body_written_before(self, position: int) -> Person | None:
        """The named body the last ``the NOUN`` of a body made a clause's
        subject in the paragraph before ``position`` stands for (``He said the
        forum had written ... In that letter, it said``: the Ratepayers Forum;
        not ``complained to the authority``), or None."""
        low = max(self._paragraph_floor(position), self._headline_end + 1)
        found = [
            m
            for m in _BODY_NOUN_RE.finditer(self.text, low, position)
            if clause_subject_at(self.text, m.start())
        ]
        body = self.body_called(found[-1].group(1), found[-1].start()) if found else None
        return self._as_body(body) if body is not None and body.name[:1].isupper() else None

    def _named_body_since(self, described: Person | None, noun: str) -> Person | None:
        """The body named in capitals that spoke last, after the body ``described``
        in lower case was recorded (``A shipping company ... Baltic Cargo Lines
        denied it. ... the company said``: Baltic Cargo Lines), if it may be
        called ``the NOUN``; else None."""
        last = self.last_speaker
        if described is None or described.kind != "organization" or described.name[:1].isupper():
            return None
        if last is None or last.kind != "organization" or not last.name[:1].isupper():
            return None
        if head_word(described.name) in _BUSINESS_WORDS and public_body(last.name):
            return None  # "A shipping company ... The Vell Climate Agency said ... the company said"
        return last if last.position > described.position and may_be_called(last.name, noun) else None
