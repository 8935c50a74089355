"""What an article says of a person without naming them beside it (pure
text): the ages it gives (``Lund, 61,``, ``the 31-year-old``), the names it
gives a person's noun (``Oda Finn, a stage actor``, ``actor Ola Lind``), and
names it writes only as places (``the pier at Gull Sound``).
:class:`quotes.extract.described_people.DescribedPeople` asks these."""

from __future__ import annotations

import re
from functools import lru_cache

from quotes.extract.gender import POSSESSIVE_GENDERS, PRONOUN_GENDERS, noun_gender
from quotes.extract.given_names import given_name_gender
from quotes.extract.name_words import NOT_NAME_START, PLACE_NAME_ENDINGS
from quotes.extract.patterns import NAME_WORDS, may_end_at
from quotes.extract.role_words import unnamed_at, unnamed_by_of_phrase
from quotes.extract.speaker_words import GENDERED_NOUNS, GENERIC_PERSON_NOUNS, PERSON_NOUNS
from quotes.extract.time_words import TIME_WORDS

#: A definite description by age (``The 31-year-old spent``, ``the 22-year-old wrote``):
#: the age, and the first word of a name written after it (``the 34-year-old Mara Lind``).
_DEFINITE_AGE_RE = re.compile(r"\b[Tt]he[ \xa0]+(\d{1,3})-year-old\b(?:[ \xa0]+([A-Z][\w'’-]*))?")


def other_age_before(text: str, head: str, position: int, story_person: str) -> bool:
    """True when, before ``position``, the article described the person the
    story is about (``story_person``) as ``the N-year-old`` with another age
    than ``head`` (``the 48-year-old`` after ``The 31-year-old spent 2021 out
    of view``): not the same person. An age given with someone else's name
    (``Her opponent, the 34-year-old Mara Lind,``) says nothing of that."""
    age = head.partition("-")[0]
    return any(
        found.group(1) != age and (found.group(2) is None or found.group(2) in story_person.split())
        for found in _DEFINITE_AGE_RE.finditer(text, 0, position)
    )


@lru_cache(maxsize=256)
def _described_as_re(head: str) -> re.Pattern[str]:
    """A name given the noun ``head`` in apposition (``Quaye, 27, a stage
    actor``, ``Ilse Marr, the veteran actor``) or as a title before it (``actor
    Ola Lind``)."""
    noun = re.escape(head)
    return re.compile(
        r"("
        + NAME_WORDS
        + r"),(?:[ \xa0]+\d{1,3},)?[ \xa0]+(?:an?|the)[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}"
        + noun
        + r"\b|(?<![\w-])"
        + noun
        + r"[ \xa0]+("
        + NAME_WORDS
        + r")"
    )


#: What :func:`_described_as_re` matches right before the noun after a name
#: (``, 27, a stage``), and every character it can match.
_DESCRIBED_BEFORE_RE = re.compile(
    r",(?:[ \xa0]+\d{1,3},)?[ \xa0]+(?:an?|the)[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}\Z"
)
_DESCRIBED_BEFORE_CHARS_RE = re.compile(r"[\w, \xa0-]*")
#: What it matches right after the noun before a name: blanks and a capital.
_NAME_AFTER_RE = re.compile(r"[ \xa0]+[A-ZÀ-ÖØ-Þ]")


def _may_be_described_as(text: str, head: str, start: int, position: int) -> bool:
    """True when ``head`` is written between ``start`` and ``position`` after
    a name's comma and ``a`` or ``the`` (and a few words), or before a
    capital, as in every match of :func:`_described_as_re`: a cheap test
    before building that pattern."""
    low, high = max(0, start), max(0, position)
    at = text.find(head, low, high)
    while at >= 0:
        if _NAME_AFTER_RE.match(text, at + len(head), high) or may_end_at(
            text, at, _DESCRIBED_BEFORE_RE, _DESCRIBED_BEFORE_CHARS_RE
        ):
            return True
        at = text.find(head, at + 1, high)
    return False


def names_described_as(text: str, head: str, start: int, position: int) -> list[str]:
    """The names the article, between ``start`` and ``position``, gives the
    noun ``head`` (see :func:`_described_as_re`), in order."""
    if not _may_be_described_as(text, head, start, position):
        return []  # no name can be given the noun there: no pattern to build for it
    found = (
        match.group(1) or match.group(2) for match in _described_as_re(head).finditer(text, start, position)
    )
    return [name for name in found if _names_someone(text, name, start)]


def _names_someone(text: str, name: str, start: int) -> bool:
    """True when ``name`` may be a person's: not a run over a full stop
    (``Saturday. On Tuesday``), a phrase opening a sentence (``In Vell``,
    ``On Monday``), a time (``March``) nor a place (``the pier at Vell Town``)."""
    words = name.split()
    return (
        "." not in name.rstrip(".")
        and words[0] not in NOT_NAME_START
        and not all(word.lower() in TIME_WORDS for word in words)
        and not written_as_place(text, name, start)
    )


#: A name the article gives an age (``Craig Ash, 47,``, ``47-year-old Craig Ash``,
#: ``A 47-year-old man, Craig Ash,``): the name in one of the groups, the age in another.
_NAME_WITH_AGE_RE = re.compile(
    r"(" + NAME_WORDS + r"),[ \xa0]+(\d{1,3}),"
    r"|\b(\d{1,3})-year-old[ \xa0]+(?:[a-z]+,?[ \xa0]+)?(" + NAME_WORDS + r")"
)


def name_given_age(text: str, head: str, position: int) -> str | None:
    """The last name the article gave the age of ``head`` (``47-year-old``)
    before ``position`` (``Craig Ash, 47,``, ``A 47-year-old man, Craig Ash,``,
    ``47-year-old Craig Ash``), or None."""
    age = head.partition("-")[0]
    named = None
    for found in _NAME_WITH_AGE_RE.finditer(text, 0, position):
        name, given = (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
        if given == age and name.split()[0] not in NOT_NAME_START:
            named = name
    return named


#: An age in apposition to a name (``Hartigan, 52,``): the name's last word and the age.
_APPOSED_AGE_RE = re.compile(r"([A-Z][\w'’-]*),[ \xa0]+(\d{1,3}),")
#: Numbers written in words, as ages before ``-year-old`` are (``Seventeen-year-old``).
_UNITS = "one two three four five six seven eight nine".split()
NUMBER_WORDS = {
    **{word: n for n, word in enumerate(_UNITS, 1)},
    **{
        word: n
        for n, word in enumerate(
            "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), 10
        )
    },
    **{
        word: n * 10
        for n, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
    },
}
#: An age written before a name, in figures or words, with a role between (``Seventeen-year-old
#: leg-spinner Alfie Hollis``, ``17-year-old Ola Lind``): the age and the name's last word.
_AGE_BEFORE_NAME_RE = re.compile(
    r"\b(\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)-year-old[ \xa0]+(?:[a-z][\w-]*(?<!ed)(?<!ing)[ \xa0]+){0,2}"
    r"((?:[A-Z][\w'’-]*[ \xa0]+){1,2}[A-Z][\w'’-]*)\b"
)


def age_number(written: str) -> str | None:
    """An age as figures (``"17"``) from figures or words (``Seventeen``,
    ``thirty-one``), or None."""
    if written.isdigit():
        return written
    tens, _, units = written.lower().partition("-")
    value = NUMBER_WORDS.get(tens)
    if value is None or (units and units not in _UNITS):
        return None
    return str(value + (_UNITS.index(units) + 1 if units else 0))


def age_left_to_speaker(text: str, head: str, position: int, speaker: str) -> bool:
    """True when ``the N-year-old`` (``head``) at ``position`` may be the last
    ``speaker``: the article gave them no other age (``Lund, 48,``) and wrote
    no ``the N-year-old`` of the same age before, which is someone it already
    described so (:func:`other_age_before`)."""
    age = head.partition("-")[0]
    if any(found.group(1) == age for found in _DEFINITE_AGE_RE.finditer(text, 0, position)):
        return False
    return not given_other_age(text, head, position, speaker)


def given_other_age(text: str, head: str, position: int, name: str) -> bool:
    """True when, before ``position``, the article gave ``name`` an age in
    apposition (``Lund, 61,``) or before it (``Seventeen-year-old leg-spinner
    Alfie Hollis``) other than the one of ``head`` (``47-year-old``)."""
    age = head.partition("-")[0]
    words = name.split()
    if any(
        found.group(1) in words and found.group(2) != age
        for found in _APPOSED_AGE_RE.finditer(text, 0, position)
    ):
        return True
    return any(  # the whole name, so that a relative of the same surname keeps their age
        found.group(2).split() == words[-len(found.group(2).split()) :]
        and age_number(found.group(1)) not in (None, age)
        for found in _AGE_BEFORE_NAME_RE.finditer(text, 0, position)
    )


#: A preposition of place right before a name (``the pier at| Gull Sound``), or
#: ``of``, ``from`` or ``on`` with ``the`` (``the middle of the| Pacific Ocean``);
#: not ``of``, ``from`` or ``on`` alone, which stand before people as often (``a
#: double from Ola Lund``, ``the return of Ilse Marr``).
_PLACE_BEFORE_RE = re.compile(
    r"\b(?:(?:at|in|near|across|over|into|along)[ \xa0]+(?:the[ \xa0]+)?|(?:of|from|on)[ \xa0]+the[ \xa0]+)\Z"
)


def written_as_place(text: str, name: str, start: int) -> bool:
    """True when every time ``text`` writes the last word of ``name`` after ``start`` a
    preposition of place stands right before it (``the pier at Gull Sound``),
    or when ``name`` ends on a word of places' names (``Kettle Creek``): a
    place, whom no description of a person stands for."""
    last = name.split()[-1]  # "Clinton’s response" makes Hillary Clinton no place
    if last in PLACE_NAME_ENDINGS:
        return True  # "the far side of Kettle Creek": a place however it is written
    run = rf"(?:[A-Z][\w’'-]*[ \xa0]+)*\b{re.escape(last)}\b"  # with the capitalised words before it
    written = [at.start() for at in re.finditer(run, text[start:])]
    return bool(written) and all(
        _PLACE_BEFORE_RE.search(text, max(0, start + at - 20), start + at) for at in written
    )


#: A score in a result line: below 200 (``19``, ``102``); larger numbers count
#: votes (``Holt 812 Lind 640``), whose sides are candidates, not teams.
_SCORE = r"(?:1\d\d|\d{1,2})\b"
#: A line giving a match's result (``Kestrels 19 Ravens 17``, ``Brackley Town 2
#: Marlow Rovers 1: ...``): the capitalised words of each side before its score.
_RESULT_LINE_RE = re.compile(
    rf"^[ \xa0]*((?:[A-Z][\w'’.&-]*[ \xa0]+){{1,4}}){_SCORE}[ \xa0]+((?:[A-Z][\w'’.&-]*[ \xa0]+){{1,4}}){_SCORE}",
    re.MULTILINE,
)


#: A plural name written after a lower-case ``the`` (``the Carrow Kestrels
#: came from behind``, ``beat the Saints``), the name ending there: a side or
#: a group, never one person; not a name owning what follows (``the Dunnes'
#: house``, ``the Evans family``, ``the Sanders campaign``) nor part of a longer
#: name (``the Special Operations Command``).
_THE_PLURAL_NAME = (
    r"(?<![\w’'-])the[ \xa0]+(?:[A-Z][\w’'-]*[ \xa0]+){{0,3}}{last}\b(?![’'])"
    r"(?![ \xa0]+(?:[A-Z&]|(?:{owned})\b))"
)
#: Words after a surname that make it a person's or a family's (``the Evans
#: family``, ``the Sanders campaign``).
_OWNED_AFTER_SURNAME = """
family families household brothers sisters twins children couple campaign camp administration
presidency era years team case trial estate foundation government supporters aides
""".split()
#: A courtesy or political title right before a surname (``Sen. Sanders``): a person's.
_TITLE_BEFORE = r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Sir|Lady|Lord)\.?[ \xa0]+(?:[A-Z][\w’'-]*[ \xa0]+)?"


def written_as_plural_side(text: str, name: str) -> bool:
    """True when the last word of ``name`` is a plural the article writes after
    ``the`` (``the Carrickmore Harriers came from behind``, ``beat the
    Saints``): a team or group, not a person (``the 26-year-old said``)."""
    last = name.split()[-1]
    if len(last) < 4 or not last.endswith("s") or last.endswith(("ss", "us", "is")):
        return False
    if re.search(_TITLE_BEFORE + re.escape(last) + r"\b", text):
        return False  # "Sen. Sanders": a person's surname
    pattern = _THE_PLURAL_NAME.format(last=re.escape(last), owned="|".join(_OWNED_AFTER_SURNAME))
    return re.search(pattern, text) is not None


def written_as_team(text: str, name: str) -> bool:
    """True when a result line of the article (``Kestrels 19 Ravens 17``) holds
    the last word of ``name`` as a side's (``Carrow Kestrels``): a team, whom no
    description of a person stands for (``the 22-year-old said``). A name
    opening on a given name stays a person's (``Conor Dunne``), and so do the
    names of a line between people, one of whose sides a name with a given
    name ends (``Lund 10 Brell 8`` over ``Siosaia Lund beat Tomas Brell``)."""
    words = name.split()
    if given_name_gender(words[0]) is not None:
        return False
    if written_as_plural_side(text, name):
        return True
    lines = [found.group(1).split() + found.group(2).split() for found in _RESULT_LINE_RE.finditer(text)]
    return any(words[-1] in sides and not _between_people(text, sides) for sides in lines)


def _between_people(text: str, sides: list[str]) -> bool:
    """True when a side of a result line (``Brell`` of ``Lund 10 Brell 8``) is
    the surname of a name the article opens on a given name (``Tomas Brell``):
    a game of one player against another."""
    for side in sides:
        for found in re.finditer(rf"\b([A-Z][a-z]+)[ \xa0]+{re.escape(side)}\b", text):
            if given_name_gender(found.group(1)) is not None:
                return True
    return False


#: A definite description of a person with an indefinite one in apposition
#: after it (``The clerk, a 22-year-old woman who asked that her name not be
#: published,``, ``The witness, a retired nurse,``): the apposition's words up
#: to a relative or a preposition (group 1) and the rest up to its comma (group 2).
_INDEFINITE_APPOSITION_RE = re.compile(
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)[ \xa0]+(?:[\w'’-]+[ \xa0]+){0,3}?[a-z][\w-]*,[ \xa0]+"
    r"(an?[ \xa0]+(?:[\w-]+[ \xa0]+){0,3}?[a-z][\w-]*)"
    r"((?:[ \xa0]+(?:who|whose|from|of|in|at|with|on)\b[^,.;:!?\n“”\"]{0,160})?),"
)
#: Whose name an apposition keeps back (``who asked that her name not be
#: published``, ``declined to give his name``): the pronoun before ``name``.
_WITHHELD_NAME_RE = re.compile(r"\b(his|her)[ \xa0]+(?:full[ \xa0]+|last[ \xa0]+)?name\b")


def unnamed_apposition(text: str, position: int) -> str | None:
    """For a definite description at ``position`` given an indefinite one in
    apposition (``The clerk, a 22-year-old woman who asked that her name not
    be published, said``): someone the article describes and does not name,
    as ``a clerk`` would be. Returns the gender the apposition tells (``"m"``,
    ``"f"``: its noun, ``woman``, or whose name it keeps back, ``her name``),
    ``""`` when it tells none (``The witness, a retired nurse,``); None when
    there is no such apposition (``The clerk said``, ``The mayor, Ada Lind,``)."""
    found = _INDEFINITE_APPOSITION_RE.match(text, position)
    if found is None:
        return None
    gender = noun_gender(found.group(1))
    if gender is None:
        withheld = _WITHHELD_NAME_RE.search(found.group(2))
        gender = POSSESSIVE_GENDERS[withheld.group(1)] if withheld is not None else None
    return gender or ""


def kept_unnamed(text: str, position: int) -> bool:
    """True when the description at ``position`` is given in apposition a
    bare person (``The clerk, a 22-year-old woman,``) or someone whose name
    it keeps back (``The cashier, a student who asked that his name be
    withheld,``): no one the article named, whoever spoke before."""
    found = _INDEFINITE_APPOSITION_RE.match(text, position)
    if found is None:
        return False
    noun = found.group(1).split()[-1]
    return noun in GENERIC_PERSON_NOUNS or _WITHHELD_NAME_RE.search(found.group(2)) is not None


def unnamed_apposition_fits(text: str, position: int, pronoun: str) -> bool:
    """True when the description at ``position`` is given an indefinite one in
    apposition (:func:`unnamed_apposition`) that tells no gender other than
    the one ``pronoun`` stands for: an unnamed person ``she said`` may mean."""
    told = unnamed_apposition(text, position)
    wanted = PRONOUN_GENDERS.get(pronoun)
    return told is not None and (not told or wanted is None or wanted == told)


def introduced_unnamed(text: str, position: int, mention: int, pronoun: str | None) -> bool:
    """True when the person first mentioned at ``position`` was brought in
    unnamed (:func:`~quotes.extract.role_words.unnamed_at`: ``a nurse``), or
    when the mention at ``mention`` (-1: none) is a description given an
    indefinite one in apposition that ``pronoun`` may stand for
    (:func:`unnamed_apposition_fits`); False for no pronoun (a description)."""
    if pronoun is None:
        return False
    return unnamed_at(text, position) or (mention >= 0 and unnamed_apposition_fits(text, mention, pronoun))


#: Words that bring in one more of some people (``Another passenger``, ``One parent``).
_ONE_MORE_WORDS = frozenset({"Another", "another", "One", "one"})
#: The nouns of people a description apposed to ``Another passenger`` may close on (not
#: ``man``, ``woman`` or ``person``: ``passenger`` says more), longest first.
_TELLING_NOUNS = "|".join(
    sorted((PERSON_NOUNS | set(GENDERED_NOUNS)) - GENERIC_PERSON_NOUNS, key=len, reverse=True)
)
#: A description apposed right after a mention, the person's own or the writer's
#: (``, a secondary school teacher who``, ``, a farmer whose``, ``, identifying herself
#: as a nurse coming off``, ``, who described himself as a retired builder``): up to two
#: words and the noun of a person.
_APPOSED_DESCRIPTION_RE = re.compile(
    r",[ \xa0]+(?:(?:who[ \xa0]+)?(?:identif(?:ied|ying)|describ(?:ed|ing))[ \xa0]+(?:herself|himself)"
    r"[ \xa0]+(?:only[ \xa0]+)?as[ \xa0]+)?an?[ \xa0]+((?:[a-z][\w'’-]*[ \xa0]+){0,2}?(?:"
    + _TELLING_NOUNS
    + r"))"
    r"(?=[ \xa0,.;:])"
)


def more_telling_description(text: str, end: int, mention: str) -> str | None:
    """For ``Another``/``One`` and a person's noun ending at ``end`` (``Another
    passenger``, ``One parent``), the description apposed right after it when a
    person's noun closes it, not ``man``, ``woman`` or ``person`` (``Another
    passenger, a secondary school teacher who ...,``: ``secondary school
    teacher``, who the speaker is more tellingly); else None."""
    words = mention.split()
    if len(words) != 2 or words[0] not in _ONE_MORE_WORDS or words[1] not in PERSON_NOUNS:
        return None
    found = _APPOSED_DESCRIPTION_RE.match(text, end)
    return found.group(1) if found is not None else None


def unnamed_description(text: str, start: int, end: int, mention: str) -> str | None:
    """What to call someone unnamed whom the mention at ``start:end`` brings in
    by a description: the noun of ``The owner of one spinning mill, who``
    (``the``, maybe a word, a person's noun and an indefinite ``of`` phrase,
    :func:`unnamed_by_of_phrase`), or the description apposed to ``Another
    passenger`` (:func:`more_telling_description`); None for any other mention."""
    words = mention.split()
    if len(words) in (2, 3) and words[0] in ("The", "the") and words[-1] in PERSON_NOUNS:
        return words[-1] if unnamed_by_of_phrase(text, start, end) else None
    return more_telling_description(text, end, mention)
