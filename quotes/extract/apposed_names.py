"""The name in apposition to a description that is a quote's speaker
mention (``The mayor of Vell, Ina Moss, said``, ``One of her volunteers, a
retired bus driver named Per Ostby,``): a person's full name after a
person's description, a body's name after a body's, and what the
description gives the person (a role, the body a possessive or ``its``
names, the group a part is of). :class:`quotes.extract.resolution.Resolver`
builds on :class:`ApposedNames`."""

from __future__ import annotations

import re

from quotes.extract.appositives import appositive_after, described_post
from quotes.extract.descriptions import (
    Named,
    gave_or_titled_name,
    name_after,
    opens_with_bare_role,
)
from quotes.extract.descriptions_before_names import whose_owner
from quotes.extract.given_name_clauses import GAVE_NAME_RE
from quotes.extract.given_names import given_name_gender
from quotes.extract.introductions import naming_apposition_end
from quotes.extract.mentions import head_word, speaker_kind, strip_determiner
from quotes.extract.name_words import NOT_NAME_START
from quotes.extract.registry import Person, SpeakerRegistry
from quotes.extract.role_words import (
    named_group_of_part,
    names_a_person,
    role_of_part,
)
from quotes.extract.speaker_words import (
    GENDERED_NOUNS,
    GENERIC_PERSON_NOUNS,
    OWNER_NOUNS,
)
from quotes.extract.titles_before_names import title_before
from quotes.records import Quote

#: A relative clause ending a description (``who called police``, ``that
#: runs the port``; not the determiner of ``for that ministry``, one word left).
_RELATIVE_END_RE = re.compile(r"[ \xa0]+(?:who[ \xa0]|that[ \xa0]+(?!\S+\Z)).*")
#: Where a description's person stood (``A woman| beside him``): no part of a role.
_BESIDE_RE = re.compile(r"[ \xa0]+(?:beside|near)[ \xa0].*")
#: A possessive opening a description (``Her son``, ``Kobb's lawyer``, ``Kell Foods' director``).
_POSSESSIVE = r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ww]hose|[Oo]ur|[Mm]y|(?:M[rs]s?\.?[ \xa0]+)?(?:[A-Z][\w’'-]*[ \xa0]+){0,3}[A-Z][\w’'-]*(?:['’]s|(?<=s)['’]))"
_POSSESSIVE_START_RE = re.compile(_POSSESSIVE + r"[ \xa0]")
#: How a description opens: an article (``the mayor``, ``one mother``) or a possessive.
_DESCRIPTION_START_RE = re.compile(r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|" + _POSSESSIVE + r")[ \xa0]+\S")
#: One person of a group (``One of the witnesses``), whom a name in apposition may name.
_ONE_OF_RE = re.compile(r"(?:[Oo]ne|[Aa]nother)[ \xa0]+of[ \xa0]+\S")
#: Kinds of a description of one person (``the mayor``, ``a spokesman``).
_PEOPLE_KINDS = ("person", "anonymous")
#: A post and its preposition opening a description (``The Chairman of| the Senate
#: Committee``, ``The Commissioner of| Police``): the body's officer, not the body.
_POST_OF_START_RE = re.compile(
    r"(?:[Tt]he[ \xa0]+)?(?:[A-Z][\w-]*[ \xa0]+)?([A-Za-z][\w-]*)[ \xa0]+(?:of|for|on)[ \xa0]"
)


class ApposedNames:
    """Who a name in apposition to a quote's description mention is, recorded
    in the article's :class:`SpeakerRegistry` (``registry``, whose text is
    ``text``)."""

    registry: SpeakerRegistry
    text: str

    def _by_apposition(self, quote: Quote) -> Person | None:
        """``The mayor of Vell, Ina Moss, said``: the person (or body) named in
        apposition to the description that is the mention of ``quote`` (which
        then narrows to the name; a person's description gives the role and
        affiliation), or None."""
        assert quote.speaker_start is not None and quote.speaker_end is not None
        found = _apposed_name(self.text, quote.speaker_start, quote.speaker_end)
        if found is None:
            return None
        apposed, kind = found
        comma = self.text.rfind(",", quote.speaker_start, apposed.start)  # not a title after it ("Dr.")
        comma = comma if comma >= 0 else apposed.start  # "The conductor Tomas Berg": no comma
        if GAVE_NAME_RE.match(self.text, quote.speaker_end):
            comma = quote.speaker_end  # "A man sitting beside her, who gave his name only as Dawit,": a man
        description = strip_determiner(self.text[quote.speaker_start : comma].rstrip())
        description = re.sub(r"^(?:[Aa]nother|One)[ \xa0]+", "", description)  # "Another teacher, Siv Aas,"
        part = role_of_part(description)  # "One of the survivors, Milo Ferris,", "One of them, deckhand X,"
        group = named_group_of_part(description)  # "One of the Vikings, X,": the Vikings
        description = description if part is None else title_before(self.text, apposed.start) or part
        description = re.sub(r"[ \xa0]+(?:named|called)\Z", "", description)  # "a retired nurse named X"
        description = _RELATIVE_END_RE.sub("", description)  # "A woman who called police, X,"
        description = _BESIDE_RE.sub("", description)  # "A woman beside him, X,": no role
        role, affiliation = None, None
        if kind == "person" and not _POSSESSIVE_START_RE.match(description):
            role, affiliation = described_post(description)
            if affiliation == description and names_a_person(description.lower()):
                role, affiliation = description, None  # "Prosecutor, Dana Roe,": a post opening the sentence
            # "The study's lead author, Dr. Ola Rosvik of the University of Tessel,": where the name works
            affiliation = affiliation or appositive_after(self.text, apposed.end)[1]
        elif kind == "person":  # "Her son", "Kobb's lawyer": a relation; a body after the name, if any
            owner = _POSSESSIVE_START_RE.match(description)  # "Halvard Pharma's| chief executive"
            first, rest = (owner.group(0).strip(), description[owner.end() :]) if owner else (description, "")
            description = (
                f"{first.lower()} {rest}" if first in ("His", "Her", "Their", "Its") else description
            )
            affiliation = appositive_after(self.text, apposed.end)[1]
            body = self.registry.body_named(quote.speaker_start) if first.lower() == "its" else None
            possessive = _whose_owner(self.text, quote.speaker_start) if first.lower() == "whose" else first
            owning = body.name if body is not None else None
            body_name = owning or self._owning_body(possessive, quote.speaker_start, rest)
            if body_name is not None:  # "Its secretary general, Ana Lisko,", "Nordoil's chief executive, ..."
                description, affiliation = rest, affiliation or body_name
            elif first.lower() in ("its", "whose"):
                description = rest  # "A study found ... Its lead author, X,": the study is no body
        quote.speaker_start, quote.speaker_end = apposed.start, apposed.end
        if head_word(description) in GENERIC_PERSON_NOUNS:  # "The man, Per Lund,": no role
            role, description = None, ""
        affiliation = affiliation or group
        if kind == "person" and affiliation is None and (role or description):
            # "The co-op's chief executive, X,", "A spokeswoman for the co-op, X,": the co-op named before
            role, affiliation = self.registry.role_at_body(role or description, apposed.start)
        return self.registry.add(
            apposed.words,
            kind=kind,
            position=apposed.start,
            role=role or (description if kind == "person" else None),
            affiliation=affiliation,
        )

    def _owning_body(self, possessive: str, start: int, post: str) -> str | None:
        """The body a capitalised possessive opening a description names
        (``Nordoil's`` of ``Nordoil's chief executive``) when the article knows
        it as a body, its name says it is one or the ``post`` is one only a
        business has; None for a person (``Kobb's lawyer``), named before ``start``."""
        owner = re.sub(r"['’]s\Z|(?<=s)['’]\Z", "", possessive)  # "Nordoil's", "Kell Foods'"
        if owner == possessive or not owner[:1].isupper():
            return None
        while " " in owner and owner.split(" ", 1)[0] in NOT_NAME_START:
            owner = owner.split(" ", 1)[1]  # "On Tuesday Kell Foods' director": no day in the name
        # "Greystone's": the Greystone Estates named before
        return self.registry.body_owning(owner, start, post)


def _apposed_name(text: str, start: int, end: int) -> tuple[Named, str] | None:
    """The name in apposition to the description at ``[start, end)``, with the
    kind of speaker it names: a person's full name after a person's description
    (``The city's lawyer, Ansel Kobb,``, ``Her son, Per Lund,``), a body's name
    after a body's (``The group, Harbour Workers Alliance,``); None otherwise."""
    mention = text[start:end]
    kind = speaker_kind(mention)
    if kind == "group" and _ONE_OF_RE.match(mention):
        kind = "anonymous"  # "One of the witnesses, Tor Aas,": one person of the group
    described = _DESCRIPTION_START_RE.match(mention) or opens_with_bare_role(text, start)
    if not described or kind not in (*_PEOPLE_KINDS, "organization"):
        return None
    apposed = name_after(text, end)
    naming = naming_apposition_end(text, end) if apposed is None and kind != "organization" else None
    if naming is not None:  # "One of them, a driver named Ola Lund,": the name the apposition gives
        apposed, end = name_after(text, naming), naming
        if apposed is None or speaker_kind(apposed.words) != "person":
            return None  # the name a person's description gives is a person's
    if apposed is None:
        return None
    if kind == "organization" and _officer_of_body(mention) and speaker_kind(apposed.words) == "person":
        kind = "person"  # "The Commissioner of Police, Ada Obi,": the body's officer
    if kind == "organization":
        return apposed, "organization"
    one_word_body = len(apposed.words.split()) == 1 and given_name_gender(apposed.words) is None
    if head_word(mention) in OWNER_NOUNS and (speaker_kind(apposed.words) == "organization" or one_word_body):
        return apposed, "organization"  # "The drug's maker, Halvard Pharma,"; not "The bakery's owner, Tove,"
    if speaker_kind(apposed.words) != "person":
        return None
    if (
        len(apposed.words.split()) < 2
        and head_word(mention) not in GENDERED_NOUNS
        and not gave_or_titled_name(text, end, apposed)
    ):
        return None  # "His wife, Eleanor,": a relative goes by the given name alone
    return apposed, "person"


def _officer_of_body(mention: str) -> bool:
    """True when ``mention`` opens with a person's post and its ``of``, ``for`` or
    ``on`` (``The Chairman of the Senate Committee``, ``The Deputy Commissioner of Police``)."""
    post = _POST_OF_START_RE.match(mention)
    return post is not None and names_a_person(post.group(1).lower())


def _whose_owner(text: str, whose_at: int) -> str:
    """The name ``whose`` at ``whose_at`` stands for, as a possessive (``the
    National Weather Bureau, whose administrator``: ``National Weather
    Bureau's``), or ``whose`` when no name stands right before it."""
    owner = whose_owner(text, whose_at)
    return f"{owner}’s" if owner is not None else "whose"
