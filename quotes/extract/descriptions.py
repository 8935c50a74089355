"""Where an article names who a description stands for (pure text): an apposition naming a
noun (``The group, Harbour Workers Alliance,``), an earlier introduction (``an unnamed Ministry
of Ports spokesman``), perhaps right after a name (``Tove Lind, a harbour singer,``).
:class:`quotes.extract.registry.SpeakerRegistry` records what these find; a description right
before a name is read in :mod:`quotes.extract.descriptions_before_names`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotes.extract.descriptions_before_names import titles_start
from quotes.extract.given_name_clauses import GAVE_NAME_LATER_RE, GAVE_NAME_RE
from quotes.extract.given_names import given_name_and_surname, given_name_gender
from quotes.extract.name_words import (
    BODY_END_WORDS,
    COMPANY_ABBREVIATIONS,
    NATIONALITY_WORDS,
    PLACE_ADJECTIVES,
    PLACE_HEADS,
    SERVICE_WORDS,
)
from quotes.extract.patterns import NAME_WORDS, POSTNOMINAL_RE, may_end_at
from quotes.extract.post_words import ROLE_QUALIFIERS
from quotes.extract.speaker_words import (
    BUSINESS_NOUNS,
    ORG_HEADS,
    PERSON_OR_TITLE_WORDS,
    PERSON_TRADES,
    PRODUCE_WORDS,
)
from quotes.extract.time_words import MONTH_ABBREVIATIONS
from quotes.extract.title_words import (
    ABBREVIATED_TITLES,
    DROPPED_TITLES,
    NAME_ONLY_RANKS,
    TITLE_WORDS,
    WORD_RANKS,
)


@dataclass(frozen=True)
class Named:
    """Words of the article at ``[start, end)``: a name when ``is_name``, else
    a description (``unnamed Ministry of Ports spokesman``)."""

    start: int
    end: int
    words: str
    is_name: bool


def _latest(pattern: re.Pattern[str], text: str, position: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text`` before ``position``."""
    latest = None
    for match in pattern.finditer(text, 0, max(0, position)):
        latest = match
    return latest


#: Abbreviations inside the name of a body (``St. Brigid's Hospital``, ``Mt. Orrin Clinic``).
_BODY_ABBREVIATIONS = ("St", "Mt", "Ft")
#: What a description may say after its noun before the name apposed to it
#: (``The mayor of Vell, Ina Moss,``, ``A woman beside him, Mrs Ada Sule,``): words
#: after ``of``, ``for``, ``at``, ``in``, ``on``, ``beside``, ``near`` up to the comma,
#: within the sentence (``U.S.``, ``St. Brigid's`` but no sentence's full stop);
#: after ``to`` or ``from`` only a body's name, ending on a capital or a bracket
#: (``Counsel to the Vell Pensions Authority (VPA), Mr Osa Ede,``), or after
#: ``to`` a place's (``the UN's deputy envoy to Vell, Ola Brenne,``; after
#: ``from`` a town is followed by its region: ``a salesman from Kessock, South
#: Vell,``): a person's noun there is another person, whose name follows (``a
#: note from the mayor to the chief executive, Ana Costa,``).
_PHRASE_WORDS = (
    r"[ \xa0]+(?:[^,.\n]|\.(?=\S)|(?:"
    + "|".join(rf"(?<=\b{abbreviation})" for abbreviation in _BODY_ABBREVIATIONS)
    + r")\.){1,80}?"
)
_OF_PHRASE = (
    r"(?:[ \xa0]+(?:of|for|at|in|on|beside|near)"
    + _PHRASE_WORDS
    + r"|[ \xa0]+(?:to|from)"
    + _PHRASE_WORDS
    + r"(?<![a-z])|[ \xa0]+to(?:"
    + _PHRASE_WORDS
    + r")?[ \xa0]+[A-Z][\w'’-]*)?"
)


#: The body or place a name in apposition is of (``the commentator, Ned Carrow| of
#: Radio Vell|,``, ``the judge, Ola Finn| of the Vell District Court|,``).
_NAME_OF_BODY = r"(?:[ \xa0]+(?:of|at|from)[ \xa0]+(?:the[ \xa0]+)?" + NAME_WORDS + r")?"


def _apposition_re(head: str) -> re.Pattern[str]:
    """A name in apposition to the noun ``head`` (``The group, Harbour Workers Alliance,``);
    not to a noun after ``of`` or ``for`` (``The manager of the striker, Ola Lund,``
    names the manager)."""
    return re.compile(
        r"(?<![Oo]f[ \xa0])(?<![Ff]or[ \xa0])\b[Tt]he[ \xa0]+(?:(?!(?:of|for)\b)[\w'’-]+[ \xa0]+){0,3}?"
        + re.escape(head)
        + _OF_PHRASE
        + r",[ \xa0]+("
        + NAME_WORDS
        + r")"
        + _NAME_OF_BODY
        + r","
    )


def apposed_name(text: str, head: str, position: int) -> Named | None:
    """``The group, Harbour Workers Alliance, said``, ``The mayor of Vell, Ina
    Moss, said``: the name the last apposition before ``position`` gave the
    noun ``head``, or None."""
    if not _may_be_apposed(text, head, position):
        return None  # no apposition can follow the noun: no pattern to build for it
    found = _latest(_apposition_re(head), text, position)
    return Named(found.start(1), found.end(1), found.group(1), True) if found else None


#: :data:`_OF_PHRASE` alone, up to a relative clause (``A retired clerk| from the
#: ministry|, who gave his name only as ...``).
_OF_PHRASE_RE = re.compile(
    r"(?:[ \xa0]+(?:of|for|at|in|on|from|beside|near)" + _PHRASE_WORDS + r")?(?=,?[ \xa0]+who[ \xa0])"
)


#: What follows the noun of an apposition: its comma and the name's first
#: capital, or the ``of`` phrase before them.
_AFTER_HEAD_RE = re.compile(r",[ \xa0]+[A-ZÀ-ÖØ-Þ]|[ \xa0]+(?:of|for|at|in|on)[ \xa0]")
#: What precedes the noun of an apposition: ``the`` and up to three words.
_BEFORE_HEAD_RE = re.compile(r"\b[Tt]he[ \xa0]+(?:[\w'’-]+[ \xa0]+){0,3}\Z")
#: Every character :data:`_BEFORE_HEAD_RE` can match.
_BEFORE_HEAD_CHARS_RE = re.compile(r"[\w'’ \xa0-]*")


def _may_be_apposed(text: str, head: str, position: int) -> bool:
    """True when ``head`` is written before ``position`` after ``the`` and at
    most three words, and followed by a comma and a capital or by ``of``
    (``for``, ``at``, ``in``), as in every apposition :func:`apposed_name` finds."""
    at = text.find(head, 0, position)
    while at >= 0:
        if _AFTER_HEAD_RE.match(text, at + len(head), position) and may_end_at(
            text, at, _BEFORE_HEAD_RE, _BEFORE_HEAD_CHARS_RE
        ):
            return True
        at = text.find(head, at + 1, position)
    return False


#: Words that open a clause or phrase, never a word of a role.
_NOT_ROLE_WORD = (
    r"(?!(?:and|or|but|nor|with|who|which|that|then|as|when|where|while|after|before|by|from|to|in"
    r"|at|on|for|of|if|also|now)\b)"
)
#: Nouns in ``-ing`` that name what a post is over (``housing minister``, ``planning
#: chief``), unlike a participle (``quoting chairman Ivo Brand``).
ING_PORTFOLIOS = (
    "housing planning marketing training banking mining shipping fishing farming nursing policing "
    "licensing building engineering manufacturing publishing broadcasting catering gaming boxing "
    "sailing rowing cycling swimming accounting advertising lending trading sewing parking"
).split()
#: A word of a role in lower case before a name (``goalkeeper``), not a verb's
#: form nor a word that opens a clause or phrase (``when contacted by``); a
#: noun in ``-ing`` only before another word of the role (``housing minister``).
ROLE_WORD = (
    rf"(?:{_NOT_ROLE_WORD}[a-z][\w-]*(?<!ing)[ \xa0]+"
    rf"|(?:{'|'.join(ING_PORTFOLIOS)})[ \xa0]+(?={_NOT_ROLE_WORD}[a-z][\w-]*(?<!ing)[ \xa0]))"
)
#: Up to three words of a role in lower case before a name, perhaps after an
#: article, an age or a nationality (``Her coach, Irish former hurdler Niamh
#: Costello,``, ``His main opponent, the former fisheries delegate Loïc Ménard,``),
#: perhaps two posts joined by ``and`` (``the critic and broadcaster Professor Ola Berg``).
_ROLE_WORDS = (
    r"(?:(?:the|a|an)[ \xa0]+(?=[a-z\d]))?"
    r"(?:\d{1,3}-year-old[ \xa0]+)?"  # "The walker, 17-year-old Isla Grant,"
    r"(?:(?:" + "|".join(sorted(NATIONALITY_WORDS)) + r")[ \xa0]+(?=[a-z]))?"
    r"(?:" + ROLE_WORD + r"){0,3}(?:(?<=[a-z][ \xa0])and[ \xa0]+" + ROLE_WORD + r")?"
)
#: The end of a firm's name after an ampersand (``Corbell & Co.``, ``Hale & Partners``).
_FIRM_END = r"(?:[ \xa0]+&[ \xa0]+[A-Z][\w-]*\.?)?"
#: A name in apposition right after a description (``The mayor| of Vell, Ina Moss,``),
#: perhaps ending the sentence (``according to the town clerk, Hilde Marsh.``),
#: perhaps after an abbreviated title or a role in lower case and before the
#: body or place the person is from (``Her surgeon, Dr. Priya Nand of Westby
#: Hospital,``, ``Ina Moss of the law firm Hale & Co,``, ``His teammate, goalkeeper Ivan Petrescu,``, ``Her neighbour,
#: retired teacher Gunnar Lie,``, ``One mother, Jenny Park of Tessel,``), or
#: with no comma before it (``The conductor| Tomas Berg, who ...``).
_NAME_AFTER_RE = re.compile(
    r"(?:"
    + _OF_PHRASE
    + r",[ \xa0]+"
    + _ROLE_WORDS
    + r"|[ \xa0]+)(?:(?:"
    + "|".join(ABBREVIATED_TITLES)
    + r")\.[ \xa0]+|\((?:Mrs|Ms|Miss|Mr)\.?\)[ \xa0]+)*("
    + NAME_WORDS
    + r")(?:[ \xa0]+(?:of|at|from)[ \xa0]+(?:the[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2})?"  # "of the law firm X"
    + NAME_WORDS
    + _FIRM_END
    + r"(?:[ \xa0]+(?:for|of|at)[ \xa0]+(?:the[ \xa0]+)?"  # "of the Centre for X at Vell University"
    + NAME_WORDS
    + r"){0,2})?(?:,|[ \xa0]+[-–—](?=[ \xa0])|(?<=\.)(?=\s|\Z)|[.;](?=\s|\Z))"  # "Jon Wahl - her husband -"
)

#: A name in apposition after a description's comma, with no comma closing
#: it before the verb of saying, as radio copy writes it (``the chairman of
#: the Vell Harbour Board, General Tomas Ruud says``); lower-case role words
#: before the name, but no ``and`` (``The head of the union, the mayor and
#: bishop Ana Berg said``: a list of three).
_NAME_BEFORE_SAYING_RE = re.compile(
    _OF_PHRASE + r",[ \xa0]+(?:" + ROLE_WORD + r"){0,3}(" + NAME_WORDS + r")(?=[ \xa0]+(?:says|said|told)\b)"
)


#: A month abbreviated with its full stop and a day's number opening what
#: looks like a name after a description (``The minutes, dated| Oct. 2,``): a
#: date, no name (``His deputy, Aug. Lindqvist,`` is a name).
_DATE_START_RE = re.compile(r"(?:" + "|".join(MONTH_ABBREVIATIONS) + r")\.[ \xa0]+\d")


#: A relative clause on a description, up to the comma before a name in
#: apposition (``An entomologist| who reviewed the paper|, Dr. Yusuf Kaya,``).
_RELATIVE_CLAUSE_RE = re.compile(r"[ \xa0]+(?:who|that)[ \xa0]+[^,.;:\n“”\"]{1,60}(?=,)")

#: A name given to a description with ``named`` or ``called`` (``a retired
#: nurse| named Greta Solberg``).
_NAMED_AFTER_RE = re.compile(
    r"[ \xa0]+(?:named|called)[ \xa0]+(" + NAME_WORDS + r")\b(?![ \xa0]+(?:as|for|of|and)\b)"
)
#: An indefinite description ending where ``named`` follows (``a retired nurse``).
_INDEFINITE_END_RE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)[ \xa0]+(?:[\w'’-]+[ \xa0]+){0,4}[\w'’-]+\Z")


#: A role with its complement and no article, opening a sentence as court and
#: parliament copy writes it before a name in apposition (``Counsel for Mr Hale,
#: Aoife Brann,``, ``Conservative MP for North Vell, Gail Forde,``), or without
#: its complement as Nigerian, Indian and Kenyan papers write it (``Police
#: spokesperson, Ada Obi,``), or with a brief given with ``on`` as South
#: African and Ghanaian papers write it (``DA spokesperson on finance, Ada Obi,``).
_BARE_ROLE_RE = re.compile(
    r"(?:[A-Z][\w-]*[ \xa0]+)?(?:[\w-]+[ \xa0]+)?([A-Za-z]+)(?:[ \xa0]+(?:for|of|to|on)[ \xa0]|,[ \xa0])"
)


def opens_with_bare_role(text: str, start: int) -> bool:
    """True when ``text`` at ``start`` opens with a role and its complement but
    no article (``Counsel for Mr Hale``), which a name in apposition may follow."""
    bare_role = _BARE_ROLE_RE.match(text, start)
    return bare_role is not None and bare_role.group(1).lower() in PERSON_OR_TITLE_WORDS


#: Abbreviated titles opening a name (``Lt. Col. Dag Orrin``).
_TITLES_RE = re.compile(r"(?:(?:" + "|".join(ABBREVIATED_TITLES) + r")\.[ \xa0]+)+")


def without_titles(name: str) -> str:
    """``Lt. Col. Dag Orrin`` -> ``Dag Orrin``: a name without the abbreviated titles before it."""
    found = _TITLES_RE.match(name)
    return name[found.end() :] if found and found.end() < len(name) else name


#: A name's last word that is an initial (``Harry B.``), whose full stop is its own.
_INITIAL_END_RE = re.compile(r"\b[A-Z]\.\Z")
#: A first word of a name that may be a title (``Col. ``, ``Dr ``, Nigerian papers'
#: ``(Mrs.) `` after ``Dr.``), and the blank after it.
_TITLE_START_RE = re.compile(r"\(?([\w.]+?)\)?[ \xa0]+(?=[A-Z])")


def _gave_name_later(text: str, end: int) -> re.Match[str] | None:
    """The clause giving all the name a described person would give, further
    on in a relative clause right after the description (``a nurse who has
    worked here 17 years and who asked to be identified only by her first
    name, Jolene,``), or None."""
    return GAVE_NAME_LATER_RE.match(text, end) if text.startswith(" who ", end) else None


def name_after(text: str, end: int) -> Named | None:
    """``The mayor of Vell, Ina Moss, said``: the name in apposition to the
    description ending at ``end`` (after its ``of`` phrase), or ending the
    sentence (``according to a spokesman for the agency, Erik Sund.``), or
    given with ``named`` (``a retired nurse named Greta Solberg``) or as all
    someone gave (:data:`GAVE_NAME_RE`); None if there is none."""
    phrase = _OF_PHRASE_RE.match(text, end)  # "A retired clerk| from the ministry, who gave his name ..."
    named = _NAMED_AFTER_RE.match(text, end)
    if named is not None and not _INDEFINITE_END_RE.search(text, max(0, end - 60), end):
        named = None  # "a retired nurse named Greta Solberg said"; not "the FBI named Cleveland as ..."
    named = named or GAVE_NAME_RE.match(text, end)  # "the trader, who gave her name only as Esi"
    named = named or (
        GAVE_NAME_RE.match(text, phrase.end()) if phrase is not None and phrase.end() > end else None
    )
    # "a nurse who ... and who asked to be identified only by her first name, Jo,"
    named = named or _gave_name_later(text, end)
    if named is not None:
        words = named.group(1)
        words = words[:-1] if words.endswith(".") and not _INITIAL_END_RE.search(words) else words
        return Named(named.start(1), named.start(1) + len(words), words, True)
    found = _NAME_AFTER_RE.match(text, end) or _NAME_BEFORE_SAYING_RE.match(text, end)
    relative = _RELATIVE_CLAUSE_RE.match(text, end) if found is None else None
    if relative is not None:  # "An entomologist who reviewed the paper, Dr. Yusuf Kaya,"
        found = _NAME_AFTER_RE.match(text, relative.end())
    if found is None or _DATE_START_RE.match(text, found.start(1)):
        return None
    ranked = _name_after_rank_of(text, found.start(1), found.end(1))
    if ranked is not None:
        return ranked  # "..., Superintendent of Police Ifeoma Eze, said"
    name_end = found.end(1) - (
        1 if found.group(1).endswith(".") and not _INITIAL_END_RE.search(found.group(1)) else 0
    )
    start = found.start(1)
    while (title := _TITLE_START_RE.match(text, start, name_end)) and (
        title.group(1).lower() in TITLE_WORDS
        or title.group(1).rstrip(".") in DROPPED_TITLES
        or title.group(1) in NAME_ONLY_RANKS
        or (title.group(1) in WORD_RANKS and _names_a_person(text[title.end() : name_end]))
    ):
        start = title.end()  # "A government spokesman, Col. Dmitri Vass,", "..., Major General Ilse Varga,"
    if start == found.start(1) and _region_after_place(text, start, name_end):
        return None  # "A visitor to Kessock, North Vell, says": the town's region, no person
    letters = POSTNOMINAL_RE.search(text, start, name_end)
    if letters is not None and letters.end() == name_end and len(text[start : letters.start()].split()) >= 2:
        name_end = letters.start()  # "Counsel for Mr Hale, Ms Ana Brann BL,": the name is Ana Brann
    return Named(start, name_end, text[start:name_end], True)


#: A rank's ``of``, then capitalised words (its service and a full name) and
#: the comma or verb closing the apposition (``Superintendent| of Police
#: Ifeoma Eze,``, ``Director| of Public Prosecutions Ngozi Ada Eze said``).
_RANK_OF_NAME_RE = re.compile(
    r"[ \xa0]+of[ \xa0]+([A-Z][\w'’-]+(?:[ \xa0]+[A-Z][\w'’-]+){2,6})(?=,|[ \xa0]+(?:says|said|told)\b)"
)


def _name_after_rank_of(text: str, start: int, end: int) -> Named | None:
    """The full name after a rank and its service's ``of`` (``Superintendent
    of Police Ifeoma Eze``, ``Assistant Commissioner of Police Ada Obi``,
    ``Director of Public Prosecutions Ngozi Ada Eze``) when ``[start, end)``
    is a rank, as Nigerian, Ghanaian and Indian papers write them: the service
    is the first word and the :data:`SERVICE_WORDS` after it, the name all the
    rest, or for a service of words not known, the last two or three from a
    known given name (``Director of Estates Ada Obi``); None for a body's name
    (``Chairman of Kellport Grain Marketers``: :data:`BODY_END_WORDS`)."""
    rank = [word.lower() for word in text[start:end].split()]
    found = _RANK_OF_NAME_RE.match(text, end) if rank and rank[-1] in TITLE_WORDS else None
    if found is None or any(w not in TITLE_WORDS | ROLE_QUALIFIERS for w in rank):
        return None
    words = found.group(1).split()
    names = words[1 + next((i for i, w in enumerate(words[1:]) if w not in SERVICE_WORDS), len(words)) :]
    if words[0] not in SERVICE_WORDS:
        names = given_name_and_surname(words[1:])
    bodies = TITLE_WORDS | ORG_HEADS | BODY_END_WORDS | set(COMPANY_ABBREVIATIONS)
    if len(names) < 2 or any(w in bodies or w.lower() in bodies for w in names):
        return None
    name = " ".join(names)
    return Named(found.end(1) - len(name), found.end(1), name, True)


#: A place's capitalised word and its comma before a name (``a visitor to Kessock, `` before ``North Vell,``).
_PLACE_BEFORE_RE = re.compile(r"\b(?:to|in|at|from|of|near)[ \xa0]+[A-Z][\w'’-]*,[ \xa0]+\Z")


def _region_after_place(text: str, start: int, end: int) -> bool:
    """True when the capitals at ``[start, end)`` follow a place's one word
    after a preposition and its comma and name a region, opening on a compass
    word or ``New`` or ending on a place's noun (``to Kessock, North Vell,``,
    ``in Kessock, Vell County,``): where the town lies, not a person."""
    words = text[start:end].split()
    region = words[0] in PLACE_ADJECTIVES or (
        words[-1].lower() in PLACE_HEADS and given_name_gender(words[0]) is None
    )
    return region and _PLACE_BEFORE_RE.search(text, max(0, start - 40), start) is not None


#: What goes on after a name and its comma in a list of people: ``and``,
#: ``or`` or another name (``The coach, Mr Ruud, and the captain``, ``The
#: chairman, Mr Ruud, Ms Obi and ...``).
_LIST_GOES_ON_RE = re.compile(r",[ \xa0]+(?:(?:and|or)\b|[A-Z])")


def gave_or_titled_name(text: str, end: int, apposed: Named) -> bool:
    """True when the one word ``apposed`` to the description ending at ``end``
    is all the name someone gave (:data:`GAVE_NAME_RE`) or a surname after a
    title (``The Foreign Minister, Dr Brenne,``): a person's name all the same;
    not a titled surname that a list goes on after (``The coach, Mr Ruud, and
    the captain said``: the coach is one of a list, the surname no apposition)."""
    if GAVE_NAME_RE.match(text, end) is not None or _gave_name_later(text, end) is not None:
        return True
    titled = titles_start(text, apposed.start) < apposed.start
    return titled and _LIST_GOES_ON_RE.match(text, apposed.end) is None


#: Determiners: a word of a description is none (``a defeat to the airlines``
#: does not describe the airlines).
DETERMINERS = "the|a|an|his|her|its|their|this|these|those"

#: A business described before its name, opening the mention: ``Oil giant``
#: + ``Nordoil``, ``Carmaker`` + ``Kell Motors``, ``The pilots' union`` + ``BALPA``.
_BUSINESS_BEFORE_NAME_RE = re.compile(
    r"((?:[A-Z][a-z-]+|the)(?:(?<=s)['’])?(?:[ \xa0][a-z][\w-]*(?:(?<=s)['’])?)*)"
    r"[ \xa0]+([A-Z][\w&.'’-]*(?:[ \xa0][A-Z][\w&.'’-]*)*)"
)


#: A rank that is an ordinary word too and stands before a surname alone
#: (``Major Varga``); ``Air`` does not (``Air Canada``).
_RANKS_BEFORE_SURNAMES = frozenset({"Major"})


def _names_a_person(name: str) -> bool:
    """True when ``name`` opens on a title or a given name (``General Ilse
    Varga``, ``Ilse Varga``; not ``League Baseball``)."""
    first = name.split()[0].rstrip(".").lower()
    return first in TITLE_WORDS or given_name_gender(first.capitalize()) is not None


def rank_names_a_person(rank: str, name: str) -> bool:
    """True when ``rank`` before ``name`` is a person's rank: before a title or
    a given name (``Major General Ilse Varga``, ``Major Ilse Varga``), or, for
    ``Major``, before words no body's name is made of (``Major Tor Aas``,
    ``Major Varga``; not ``Major League Baseball``, ``Major Foods``)."""
    if _names_a_person(name):
        return True
    words = [word.lower() for word in name.split()]
    plural_body = len(words) == 1 and words[0].endswith("s")  # "Major Foods", "Major Motors"
    return (
        rank in _RANKS_BEFORE_SURNAMES and not plural_body and not set(words) & (ORG_HEADS | BUSINESS_NOUNS)
    )


def opens_on_a_rank(words: list[str]) -> bool:
    """True when the words of a mention open on a rank written before a
    surname alone (``Major Varga``; not ``Major League Baseball``, nor ``Air
    India`` or ``Private Ivy``, whose first word names no person before a
    surname): :func:`rank_names_a_person`."""
    return (
        len(words) > 1
        and words[0] in _RANKS_BEFORE_SURNAMES
        and rank_names_a_person(words[0], " ".join(words[1:]))
    )


def _ends_on_a_post(words: list[str]) -> bool:
    """True when ``words`` end on a title, ``of`` and no determiner after it
    (``director of rugby``, ``chief of staff``): a person's post."""
    for at, word in enumerate(words[:-2]):
        rest = words[at + 2 :]
        if word in TITLE_WORDS and words[at + 1] == "of" and not set(rest) & set(DETERMINERS.split("|")):
            return True
    return False


def business_named(mention: str) -> tuple[str, str] | None:
    """``(description, name)`` of a mention that describes a business before
    naming it (``Power company Nordkraft`` -> ``("power company", "Nordkraft")``,
    ``The pilots' union BALPA``), or None."""
    found = _BUSINESS_BEFORE_NAME_RE.fullmatch(mention)
    if found is None:
        return None
    if found.group(1) in WORD_RANKS:
        return None  # "Major Ilse Varga": a rank; "Major League Baseball": a name; no oil major
    words = found.group(1).lower().split()
    if _ends_on_a_post(words):
        return None  # "Ravens director of rugby Paul Gatward": a person's post at a club
    one_word_name = " " not in found.group(2)  # "Developer Greystone Estates" is a body's
    if len(words) == 1 and words[0] in PERSON_TRADES and found.group(1)[:1].isupper() and one_word_name:
        return None  # "Publisher Brenn said": a trade a person may have, written as a title
    heads = BUSINESS_NOUNS if len(words) == 1 else BUSINESS_NOUNS | ORG_HEADS  # not "House Republicans"
    if words[-1] not in heads and not (
        words[-1] == "producer" and words[-2:-1] and words[-2] in PRODUCE_WORDS
    ):
        return None  # "Oil producer Nordoil" is a business, "Film producer Kell Varga" a person
    return found.group(1).lower().removeprefix("the "), found.group(2)


#: A second title joined by ``and`` after a title with no article, and the one
#: name both are given, before the verb (``chief executive| and co-founder Arvid Holm said``).
_JOINED_TITLE_NAME_RE = re.compile(
    r"[ \xa0]+and[ \xa0]+((?:" + ROLE_WORD + r"){1,2})(" + NAME_WORDS + r")(?=[ \xa0]+[a-z])"
)
#: A determiner right before a title (``the| mayor``).
_DETERMINER_END_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[ \xa0]+\Z")
#: A title in lower case with no article (``chief executive``).
_BARE_TITLE_RE = re.compile(r"(?!(?:" + DETERMINERS + r")[ \xa0])[a-z][\w-]*(?:[ \xa0]+[a-z][\w-]*){0,2}")


def joined_title_name(text: str, start: int, end: int) -> tuple[str, Named] | None:
    """``(role, name)`` when the title with no article at ``[start, end)``
    and a second one joined by ``and`` are given to one name (``In the email,
    chief executive and co-founder Arvid Holm said``: Arvid Holm, role ``chief
    executive and co-founder``); None otherwise (``the mayor and ...``)."""
    mention = text[start:end]
    if not _BARE_TITLE_RE.fullmatch(mention) or mention.split()[-1] not in PERSON_OR_TITLE_WORDS:
        return None
    if _DETERMINER_END_RE.search(text, max(0, start - 8), start):
        return None  # "the mayor and councillor Ola Lund": perhaps two people
    found = _JOINED_TITLE_NAME_RE.match(text, end)
    if found is None:
        return None
    return f"{mention} and {found.group(1).strip()}", Named(
        found.start(2), found.end(2), found.group(2), True
    )
