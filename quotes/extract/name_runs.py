"""Runs of capitalised words that can be people's names (pure text): where
they are, in body text and in title-case headlines, without the titles,
places and bodies before a name (``Deputy Harbour Minister Ansel Kobb`` ->
``Ansel Kobb``), and the lower-case titles an article writes before names
(``realtor Ola Ruud``).
:class:`quotes.extract.registry.SpeakerRegistry` reads them to find names."""

from __future__ import annotations

import bisect
import re
import sys

from quotes.extract.body_nouns import trade_names_business
from quotes.extract.descriptions import rank_names_a_person
from quotes.extract.given_names import given_name_gender
from quotes.extract.name_words import (
    AFFILIATION_WORDS,
    BIRTH_NAME_OPENINGS,
    CLASS_NUMBER_WORDS,
    GENERATION_NUMERALS,
    GIVEN_NAME_NATIONALITIES,
    LETTER_LABEL_NOUNS,
    NAME_BREAKS,
    NATIONALITY_WORDS,
    NUMBERED_THING_ENDINGS,
    PLACE_ADJECTIVES,
    PLACE_HEADS,
    PLACE_NAME_OPENINGS,
    PLACE_WORDS,
    RUN_OPENINGS,
    SCHOOL_CLASS_WORDS,
    SHOP_HEADS,
    STORM_NAME_OPENINGS,
    STORM_NAME_PAIRS,
)
from quotes.extract.named_first import written_as_thing
from quotes.extract.nicknames import nicknamed_names
from quotes.extract.patterns import (
    NAME_RE,
    POSSESSIVE_END_RE,
)
from quotes.extract.role_words import names_a_person
from quotes.extract.speaker_words import NAME_PARTICLES, NAMELESS_AUXILIARIES, NOT_SPEAKERS, ORG_HEADS
from quotes.extract.time_words import TIME_WORDS
from quotes.extract.title_words import (
    ACADEMIC_TITLES,
    COURTESY_TITLES,
    DOTTED_HONORIFICS,
    GIVEN_NAME_NOUNS,
    MALAY_FIRST_HONORIFICS,
    MALAY_SECOND_HONORIFICS,
    NAME_HONORIFICS,
    NAME_ONLY_RANKS,
    NAME_TRADES,
    TITLE_WORDS,
    WORD_RANKS,
)
from quotes.extract.written_bodies import body_noun_before

#: A line of at least this many words, this share of them capitalised, is in
#: title case (a headline), where any word may open a run of capitals; a line
#: ending with a full stop needs the higher share (a sentence full of names
#: is no headline).
TITLE_CASE_MIN_WORDS = 4

TITLE_CASE_SHARE = 0.7

TITLE_CASE_SHARE_AS_SENTENCE = 0.8

#: The end of a sentence followed by another (``late. Then``), which no headline
#: has; not a full stop after initials or a capital (``U.S. Open``, ``A.J. Tarrow``).
_SENTENCE_END_RE = re.compile(r"[a-z][.!?]\s")

#: A word in lower case before a full name (``realtor`` in ``realtor Ola Ruud``).
_LOWER_BEFORE_NAME_RE = re.compile(r"\b([a-z][\w-]*)[ \xa0]+((?:[A-Z][\w'’.-]*[ \xa0]+)+[A-Z][\w'’-]*)")

#: A particle ending the words before a mention (``Leila bint`` before ``Khalid al-Mansouri``).
_PARTICLE_END_RE = re.compile(r"\b(?:" + "|".join(NAME_PARTICLES) + r")[ \xa0]+\Z")

#: The most words of a person's name a headline's run of capitals is searched for.
NAME_MAX_WORDS = 4

#: A generation's roman numeral right after a name (``Ansel Marr| III``), as a
#: whole word, perhaps closing the sentence: no acronym (``IVF``), no initials (``V.S.``).
_GENERATION_AFTER_RE = re.compile(r"[ \xa0](" + "|".join(GENERATION_NUMERALS) + r")(?![\w'’-]|\.\w)")

#: One line of a text.
_LINE_RE = re.compile(r"[^\n]+")
#: An article right before a run of capitals (``the Norvik Aura 3``).
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:the|a|an)[ \xa0]+\Z")
#: ``and`` and the capitals after a run, the last of them its head word
#: (``the Vellmark Grain| and Timber Council``).
_AND_CAPITALS_AFTER_RE = re.compile(r"[ \xa0]+and[ \xa0]+(?:[A-Z][\w'’-]*[ \xa0]+){0,3}([A-Z][\w'’-]*)\b")
#: A model number right after a run of capitals (``Aura 3``, ``Pulse X200``).
_MODEL_NUMBER_RE = re.compile(r"[ \xa0]+[A-Z]{0,3}\d[\w-]*\b")

#: An initial in a name (``T.``).
_INITIAL_RE = re.compile(r"[A-Z]\.")

#: ``Secretary of`` (``for``) right before a run of capitals: the run's first words end the title
#: (``Speaker of the House``, ``Supervisor of Elections``, ``Minister for Health`` as
#: Commonwealth papers write posts, ``Commissioner for Works and Housing``).
_TITLE_OF_RE = re.compile(
    r"\b(?i:" + "|".join(sorted(w for w in TITLE_WORDS if w.isalpha())) + r")\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*\s+and\s+)?\Z"
)


def name_candidates(text: str, *, titles: dict[str, set[str]] | None = None) -> list[tuple[int, int, str]]:
    """Runs of two or more capitalised words that could be people's names, with
    offsets: a cheap regex pass over the whole article (the pipeline's NER is off).
    ``titles`` is :func:`words_before_capitals` of ``text`` when the caller has it."""
    found = []
    titles = words_before_capitals(text) if titles is None else titles
    headlines = _title_case_lines(text)
    runs = [run for match in NAME_RE.finditer(text) for run in _unbroken_runs(match)]
    in_body = _body_names(text, runs, headlines) if headlines else set()
    for start, end in runs:
        if _fills_quotation(text, start, end) or text[start:end].split()[0] in BIRTH_NAME_OPENINGS:
            # said “Mole Goes Home Early” was the most borrowed book: a title or a nickname;
            # "Born Doris Eileen Marr in 1937, she ...": her name at birth, no one new
            continue
        if headlines and _line_holding(headlines, start) is not None:
            # a headline: its names count as far as the body confirms them
            confirmed = _confirmed_part(text, start, end, in_body)
            if confirmed is None:
                continue
            start, end = confirmed
        name = _name_in_run(text, text[start:end].split(), (start, end), titles)
        if name is not None:
            generation = _GENERATION_AFTER_RE.match(text, end)
            if generation is not None and name.split()[-1] not in NUMBERED_THING_ENDINGS:
                name, end = f"{name} {generation.group(1)}", generation.end()
            at = text.rfind(name, start, end)  # "Ada Obi" of "Ada Obi's Vell Bakery" too
            found.append((at, at + len(name), name) if at >= 0 else (end - len(name), end, name))
    nicknamed = [  # "Derek ‘Big Del’ Mounsey": one name, the runs inside it none; none in a headline
        run
        for run in nicknamed_names(text)
        if not (headlines and _line_holding(headlines, run[0]) is not None)
    ]
    found = [run for run in found if not any(s <= run[0] < e for s, e, _ in nicknamed)]
    return sorted(found + nicknamed)


#: Opening and closing quotation marks around a run of capitals, a comma or a
#: full stop inside the closing one.
_OPENING_MARKS, _CLOSING_MARKS = ("“", '"', "‘", "'"), ("”", '"', "’", "'", ",”", '."', ',"', ".”")


def _fills_quotation(text: str, start: int, end: int) -> bool:
    """True when quotation marks hold the run ``text[start:end]`` and nothing
    else, and it opens on no given name (``“Mole Goes Home Early”``, ``“Iron
    Mara”``; not ``chanted “Mara Venn”``): the name of a work, a campaign or
    a nickname, never a person named for the registry."""
    return (
        text.endswith(_OPENING_MARKS, 0, start)
        and text.startswith(_CLOSING_MARKS, end)
        and given_name_gender(text[start:end].split()[0]) is None
    )


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """The lines of ``text`` written in title case (``Ansel Kobb Says Harbour
    Plans Are Late``: most words capitalised, one sentence at most), in order."""
    found = []
    for match in _LINE_RE.finditer(text):
        line = match.group(0)
        words = line.split()
        if len(words) < TITLE_CASE_MIN_WORDS or _SENTENCE_END_RE.search(line):
            continue
        capitalised = sum(1 for word in words if word.lstrip("'\"‘“(")[:1].isupper())
        share = TITLE_CASE_SHARE_AS_SENTENCE if line.rstrip(" '\"’”").endswith(".") else TITLE_CASE_SHARE
        if capitalised >= share * len(words):
            found.append(match.span())
    return found


def _line_holding(lines: list[tuple[int, int]], start: int) -> tuple[int, int] | None:
    """The line of ``lines`` (sorted spans) that holds offset ``start``, or None."""
    at = bisect.bisect_right(lines, (start, sys.maxsize)) - 1
    if at >= 0 and lines[at][0] <= start < lines[at][1]:
        return lines[at]
    return None


def _body_names(text: str, runs: list[tuple[int, int]], headlines: list[tuple[int, int]]) -> set[str]:
    """Every part (two to :data:`NAME_MAX_WORDS` words) of the runs of capitals
    outside ``headlines``: the names the body writes."""
    found: set[str] = set()
    for start, end in runs:
        if _line_holding(headlines, start) is None:
            words = text[start:end].split()
            for size in range(2, NAME_MAX_WORDS + 1):
                found.update(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))
    return found


def _confirmed_part(text: str, start: int, end: int, in_body: set[str]) -> tuple[int, int] | None:
    """Offsets of the longest part (two to :data:`NAME_MAX_WORDS` words) of the
    run ``text[start:end]`` that the body writes too (``in_body``), or None."""
    words = [(start + w.start(), start + w.end()) for w in re.finditer(r"\S+", text[start:end])]
    for size in range(min(len(words), NAME_MAX_WORDS), 1, -1):
        for first in range(len(words) - size + 1):
            a, b = words[first][0], words[first + size - 1][1]
            if " ".join(text[a:b].split()) in in_body:
                return a, b
    return None


def _unbroken_runs(match: re.Match[str]) -> list[tuple[int, int]]:
    """Offsets of the parts of a run of capitals between :data:`NAME_BREAKS` and
    line ends (``Ansel Kobb On Harbour Plans`` holds ``Ansel Kobb`` and ``Harbour Plans``)."""
    runs: list[tuple[int, int]] = []
    first = last = None
    text = match.group(0)
    previous_end = 0
    for word in re.finditer(r"\S+", text):
        new_line = "\n" in text[previous_end : word.start()]
        previous_end = word.end()
        if word.start() == 0 and _stray_initial(match):
            continue  # "vitamin D. Ola Brand": Ola Brand
        if word.group() in NAME_BREAKS or new_line:
            if first is not None and last is not None:
                runs.append((first, last))
            first = None
            if word.group() in NAME_BREAKS:
                continue
        first = match.start() + word.start() if first is None else first
        last = match.start() + word.end()
    if first is not None and last is not None:
        runs.append((first, last))
    return runs


#: A lone initial opening a run of capitals, and the word before it.
_LONE_INITIAL_RE = re.compile(r"([\w-]+)[ \xa0]+[A-Z]\.[ \xa0]\Z")


def _stray_initial(match: re.Match[str]) -> bool:
    """Whether the run of capitals ``match`` opens on a lone initial after a
    word that is no person's, trade's or post's noun (``vitamin D.``, ``Group
    C.``, ``room B.`` before ``Ola Brand``): a thing's letter, no part of the
    name (kept: ``conductor S. Murugan``, ``managing director K. Rao``)."""
    start = match.start()
    found = _LONE_INITIAL_RE.search(match.string, max(0, start - 40), start + 3)
    if found is None:
        return False  # no lone initial, or one after a comma or a bracket
    word = found.group(1)
    lower = word.lower()
    if lower in LETTER_LABEL_NOUNS or word.isupper():
        return True
    return not (lower in TITLE_WORDS or lower in NAME_TRADES or names_a_person(lower))


#: A place after a name (``Emir Musa Adamu| of Kurfi``).
_OF_PLACE_RE = re.compile(r"[ \xa0]+of[ \xa0]+[A-Z]")


def _given_name_noun(text: str, first: str, end: int) -> bool:
    """True when ``first``, opening a run ending at ``end``, is a people's noun
    that is a given name too (``Sultan Karim Osei``) and no ``of`` and a place
    follow the run, which make it the title (``Emir Musa Adamu of Kurfi``)."""
    return first.lower() in GIVEN_NAME_NOUNS and not _OF_PLACE_RE.match(text, end)


def _name_in_run(
    text: str, words: list[str], span: tuple[int, int], titles: dict[str, set[str]]
) -> str | None:
    """The name a run of capitalised ``words`` (``text[start:end]``) ends with,
    if any; ``titles`` are the words the text writes in lower case before capitals."""
    start, end = span
    article = bool(words) and words[0] in ("The", "A", "An")
    while words and (words[0] in RUN_OPENINGS or words[0] in NAMELESS_AUXILIARIES):
        words = words[1:]  # "Did Ada Obi say ...?"
    words = words[_school_class_words(words) :]  # "Form Four": a class, no name
    if _place_or_work(words, article=article):
        return None  # "Jalan Tun Hamzah": a street; "The Harbour Wit", "A Long Walk": a title or a body
    if _first_half_of_a_body(text, start, end):
        return None  # "the Vellmark Grain and Timber Council": no person named Vellmark Grain
    if _portfolio_before_apposition(text, words, span):
        return None  # "The Minister of Internal Security, Ada Obi,": the post's portfolio
    if _MODEL_NUMBER_RE.match(text, end) and _ARTICLE_BEFORE_RE.search(text, max(0, start - 6), start):
        return None  # "the Norvik Aura 3 headphones": a product and its model number
    if len(words) == 2 and trade_names_business(text, words[0], start):
        return None  # "Grocer Halvorsen to close stores": a business and its name, as in a headline
    if words and text.startswith(".", end) and words[-1].lower() + "." in TITLE_WORDS:
        return None  # "Harbour Gov." before a name: the run is its title
    title_positions = [
        i
        for i, w in enumerate(words)
        if _title_in_run(w)
        or titled_elsewhere(words, i, titles)
        or _rank_in_run(words, i)
        or _malay_honorific_end(text, words, i, start)
    ]
    if len(words) > 2 and names_a_person(words[0].lower()) and not _given_name_noun(text, words[0], end):
        title_positions.insert(0, 0)  # "Resident Bo Lindqvist", "Analyst Jon Pirre": who, then the name
    if not title_positions and _names_a_place(text, words, start):
        return None  # "Kell Park", "Gull Street", "Brellin County's"; "Attorney Daniel Park", "analyst Ellen Park" are people
    if (
        title_positions
        and body_noun_before(text, start)
        and not _given_name_after(words, title_positions[-1])
    ):
        return None  # "the charity Guide Dogs Vell": a body's name; "the charity Chief Executive Ana Lisko" is hers
    if title_positions:
        words = words[title_positions[-1] + 1 :]  # Deputy Harbour Minister Ansel Kobb -> Ansel Kobb
    # Harbour Board Ranking Democrat Mara Venn -> Mara Venn (a place,
    # body or party word before the last two words, "Vell University's Ola Hart" too;
    # "Denzel Washington" stays)
    bodies = [
        i
        for i, w in enumerate(words[:-2])
        if _names_a_body_before_a_name(w) or _nationality_before_a_name(text, words, i)
    ]
    if bodies:
        words = words[bodies[-1] + 1 :]
        if len(words) > 2 and _INITIAL_RE.fullmatch(words[0]):
            words = words[1:]  # "Group C. Tomas Vell": the group's letter, no initial
    titled = bool(title_positions) or _title_in_run(text[start:end].split()[0])
    words = _past_owner(text, words, titled=titled)
    if len(words) > 2 and _TITLE_OF_RE.search(text, max(0, start - 40), start):
        words = _given_and_surname(words)  # "Secretary of State Ola Ruud": "State" ends the title
    return " ".join(words) if len(words) >= 2 else None


def _place_or_work(words: list[str], *, article: bool) -> bool:
    """True for capitalised ``words`` holding no title that name a place noun
    or a storm first (``Jalan Merbau``, ``Typhoon Halani``; not ``Plaza Hotel
    General Manager Tom Berg``) or follow an ``article`` (``The Harbour Wit``): no one's name."""
    titled = any(w.lower().rstrip(".") in TITLE_WORDS for w in words)
    opening = bool(words) and (
        words[0] in PLACE_NAME_OPENINGS
        or words[0] in STORM_NAME_OPENINGS
        or tuple(words[:2]) in STORM_NAME_PAIRS
    )
    return not titled and (article or opening)


def _school_class_words(words: list[str]) -> int:
    """How many words opening a run of capitals name a school's class or year
    (``Form Four`` of ``A Form Four student``, ``Primary Six``): a class word of
    :data:`SCHOOL_CLASS_WORDS` and a number word after it; else 0."""
    if len(words) >= 2 and words[0] in SCHOOL_CLASS_WORDS and words[1] in CLASS_NUMBER_WORDS:
        return 2
    return 0


def _past_owner(text: str, words: list[str], *, titled: bool = False) -> list[str]:
    """The words of a run of capitals that may name a person, given an owner's
    possessive in it: the words after it (``Norland's Ada Obi``), the owner
    before a shop (``Ada Obi's Vell Bakery``) or after a title (``President
    Tomas Ferreyra's Cabinet``, when ``titled``), none before another place or body."""
    owners = [i for i, w in enumerate(words[:-1]) if POSSESSIVE_END_RE.search(w)]
    if owners and _owned_place(words[-1]):
        # "Ada Obi's Vell Bakery": the owner; "Ola Ruud's Kell Council": no one; never the business
        owned = words[-1].lower() in SHOP_HEADS or (titled and owners[-1] >= 1)
        return [*words[: owners[-1]], POSSESSIVE_END_RE.sub("", words[owners[-1]])] if owned else []
    if owners and (owners[-1] < len(words) - 2 or written_as_thing(text, words[-1])):
        # "Norland's Ada Obi": the owner's possessive ends no one's name; "Dahl's
        # Blauburger" is no one when "the Blauburger" is written ("Vell's Kobb" may be)
        return words[owners[-1] + 1 :]
    return words


def _owned_place(word: str) -> bool:
    """True when ``word``, ending what an owner's possessive owns, is a
    business's, place's or body's noun (``Ada Obi's Vell Bakery``, ``Ola
    Ruud's Kell Council``): what is owned is no person."""
    return word.lower() in SHOP_HEADS or word.lower() in PLACE_HEADS or word.lower() in ORG_HEADS


def _first_half_of_a_body(text: str, start: int, end: int) -> bool:
    """True when the run of capitals at ``[start, end)`` follows ``the`` and
    ``and`` joins it to capitals ending on a body's head word (``the Vellmark
    Grain and Timber Council``, ``the Vell Farmers and Graziers Association``):
    the first half of the body's name. Not a titled person's name
    (:func:`_titled_person`: ``the Reverend Ada Obi and Diocese officials``)."""
    joined = _AND_CAPITALS_AFTER_RE.match(text, end)
    return (
        joined is not None
        and joined.group(1).lower() in ORG_HEADS
        and not _titled_person(text[start:end].split())
        and _ARTICLE_BEFORE_RE.search(text, max(0, start - 6), start) is not None
    )


def _titled_person(words: list[str]) -> bool:
    """True when a run of capitalised ``words`` holds a title (``Reverend Ada
    Obi``) or a given name between a word before it and a surname after it
    (``Hon Ada Obi``, ``Rt Hon Ada Obi``): a titled person's name."""
    return any(_title_in_run(word) for word in words) or any(
        given_name_gender(word) is not None for word in words[1:-1]
    )


def _names_a_place(text: str, words: list[str], start: int) -> bool:
    """True when the run of capitals ``words`` starting at ``start`` ends on a
    place's noun (``Kell Park``, ``Brellin County's``, ``Brackley Town``), not
    after a word naming a person (``analyst Ellen Park``) nor, for ``Town``, a
    surname after a given name (``Ana Town``)."""
    if not words or words[-1].lower().removesuffix("'s").removesuffix("’s") not in PLACE_HEADS:
        return False
    if words[-1].lower() == "town" and len(words) >= 2 and given_name_gender(words[-2]) is not None:
        return False
    before = text[max(0, start - 40) : start].split()
    return not (before and names_a_person(before[-1].lower()))


def _portfolio_before_apposition(text: str, words: list[str], span: tuple[int, int]) -> bool:
    """True when two capitalised ``words`` follow a post's ``of`` or ``for`` and
    end at a comma (``The Minister of Internal Security, Ada Obi,``, ``The
    Commissioner for Local Government, ...``): the post's portfolio, with the
    name in apposition after it; only after a post written in capitals, not
    after a person's ``for`` or ``of`` in lower case, whose complement is a
    person (``The spokesman for Ngozi Eze, the finance minister,``, ``The
    manager of Yaw Mensah, the boxer,``), nor a known given name opening them."""
    start, end = span
    if len(words) != 2 or not text.startswith(",", end) or given_name_gender(words[0]) is not None:
        return False
    post = _TITLE_OF_RE.search(text, max(0, start - 40), start)
    return post is not None and text[post.start()].isupper()


def _names_a_body_before_a_name(word: str) -> bool:
    """True for a word of a run of capitals that says where the name after it
    belongs, no part of the name: a place, body or party word (``Harbour Board
    Ranking Democrat Mara Venn``), a country's possessive (``Kenya's Peter
    Kiprono``)."""
    bare = word.removesuffix("'s").removesuffix("’s")
    if word in PLACE_WORDS or word in AFFILIATION_WORDS or bare.lower() in ORG_HEADS:
        return True
    return bare != word and bare in PLACE_WORDS


def _nationality_before_a_name(text: str, words: list[str], index: int) -> bool:
    """True for a nationality at ``words[index]`` before a person's name, which
    the article writes elsewhere without the word before the surname
    (``Australian Liam Prentice`` ... ``Prentice said``); not before a body's
    name (``American Renewable Future``, ``American Special Operations``), nor
    a word that may be the person's given name (``Finn Erik Larsen``, ``Dane
    Whitfield Morgan``, ``Irish Kelly Ward``: :data:`GIVEN_NAME_NATIONALITIES`)."""
    word = words[index]
    if word not in NATIONALITY_WORDS or word in GIVEN_NAME_NATIONALITIES or given_name_gender(word):
        return False
    before, surname = words[-2], words[-1].removesuffix("'s").removesuffix("’s")
    return re.search(rf"(?<!{re.escape(before)} )\b{re.escape(surname)}\b", text) is not None


#: A nationality right before a name, perhaps after a place's adjective
#: (``Australian`` before ``Kate Ormond``, ``South African``).
_NATIONALITY_BEFORE_RE = re.compile(
    r"(?<![\w'’-])(?:(?:" + "|".join(sorted(PLACE_ADJECTIVES)) + r")[ \xa0]+)?"
    r"(?:" + "|".join(sorted(NATIONALITY_WORDS)) + r")[ \xa0]+\Z"
)


def nationality_before(text: str, start: int) -> str | None:
    """The nationality written right before the name at ``start``, which
    :func:`_name_in_run` keeps out of the name (``Australian Kate Ormond``:
    ``Australian``): what the article calls the person later (``the
    Australian said``), or None."""
    match = _NATIONALITY_BEFORE_RE.search(text, max(0, start - 40), start)
    words = match.group(0).split() if match else []
    if not words or words[-1] in GIVEN_NAME_NATIONALITIES or given_name_gender(words[-1]):
        return None  # "Finn Erik Larsen": a given name, kept in the name
    return " ".join(words)


def _given_and_surname(words: list[str]) -> list[str]:
    """The name ending a run of capitals after a post's ``of`` or ``for``: from
    the first known given name (``Maria Lourdes Santos`` after ``Secretary for
    Justice``), else its last word, the
    initials before it and one word more (``State Ola T. Ruud`` -> ``Ola T. Ruud``)."""
    given = next((i for i in range(len(words) - 1) if given_name_gender(words[i]) is not None), None)
    if given is not None:
        return words[given:]
    first = len(words) - 1
    while first > 0 and _INITIAL_RE.fullmatch(words[first - 1]):
        first -= 1
    return words[max(0, first - 1) :]


def _dotted_honorific(word: str) -> bool:
    """True for an honorific with its full stop (``Hon.``; ``Hon Lik`` is a name)."""
    return word.endswith(".") and word[:-1] in DOTTED_HONORIFICS


def _rank_in_run(words: list[str], index: int) -> bool:
    """True for a rank that is an ordinary word too (``Major``) after a title
    or before a given name or a title, with a name after (``Major Ilse Varga``,
    ``Major General Ilse Varga``, ``Sergeant Major Tor Aas``; not ``Major
    League Baseball``); ``Major`` opening the run also before a surname alone
    (:func:`~quotes.extract.descriptions.rank_names_a_person`)."""
    if words[index] not in WORD_RANKS or index + 1 >= len(words):
        return False
    if index == 0 and rank_names_a_person(words[0], " ".join(words[1:])):
        return True  # "Major Varga", "Major Tor Aas": words no body's name is made of
    following = words[index + 1]
    after_title = index > 0 and _title_in_run(words[index - 1])
    two_after = index + 2 < len(words)
    return two_after and (after_title or _title_in_run(following) or given_name_gender(following) is not None)


def _given_name_after(words: list[str], title_at: int) -> bool:
    """True when the word after the title at ``title_at`` is a given name
    before a surname (``Chief Executive| Ana Lisko``, ``Captain| Leo Dahl``): the
    title names a person, not a body's name opening on a title word
    (``Guide Dogs Vell``)."""
    rest = words[title_at + 1 :]
    return len(rest) >= 2 and given_name_gender(rest[0]) is not None


def _malay_honorific_end(text: str, words: list[str], index: int, start: int) -> bool:
    """True for the second word of a Malaysian honorific of two (``Tan Sri``,
    ``Datuk Seri``, ``Dato' Sri``: the apostrophe may end the run before it)
    with a name after it; ``Sri`` alone is a given name (``Sri Mulyani``)."""
    if words[index] not in MALAY_SECOND_HONORIFICS or index + 2 >= len(words):
        return False
    before = words[index - 1] if index > 0 else (text[max(0, start - 8) : start].split() or [""])[-1]
    return before in MALAY_FIRST_HONORIFICS


def _title_in_run(word: str) -> bool:
    """True for a title word inside a run of capitals (``Minister``, ``President-elect``;
    not ``Gen`` without its full stop, a given name)."""
    lower = word.lower().rstrip(".")
    bare = word.rstrip(".")
    if (
        bare in COURTESY_TITLES
        or bare in NAME_HONORIFICS
        or bare in ACADEMIC_TITLES
        or bare in NAME_ONLY_RANKS
        or _dotted_honorific(word)
    ):
        return True  # "Headteacher Mrs Ada Dunn", "Minister Shri Venkat Rao": the name follows
    return lower in TITLE_WORDS or ("-" in lower.strip("-") and lower.split("-")[0] in TITLE_WORDS)


def words_before_capitals(text: str) -> dict[str, set[str]]:
    """The words ``text`` writes in lower case right before a full name, each
    with the later words of the names it precedes (``realtor`` -> ``{Ruud}``
    for ``realtor Ola Ruud``): the titles :func:`titled_elsewhere` looks for."""
    titles: dict[str, set[str]] = {}
    for match in _LOWER_BEFORE_NAME_RE.finditer(text):
        titles.setdefault(match.group(1), set()).update(match.group(2).split()[1:])
    return titles


def titled_elsewhere(words: list[str], index: int, titles: dict[str, set[str]]) -> bool:
    """True when the article writes ``words[index]`` in lower case before a
    full name with the run's surname (``realtor Ola Ruud`` makes ``Realtor
    Ruud`` a title and a surname); ``titles`` is :func:`words_before_capitals`."""
    if index >= len(words) - 1 or not words[index][:1].isupper():
        return False
    return words[-1] in titles.get(words[index].lower(), ())


def names_someone(words: str) -> bool:
    """True when a run of capitalised words can be a name (not ``On Saturday``,
    ``In December``, ``Watch Video``)."""
    split = words.split()
    return (
        bool(split)
        and split[0] not in NOT_SPEAKERS
        and split[0] not in RUN_OPENINGS
        and not any(w.lower() in TIME_WORDS for w in split)
    )


def particled_start(text: str, runs: list[tuple[int, int, str]], start: int) -> int:
    """Where the name holding a mention at ``start`` begins: the start of the
    run of capitals (``runs``, ``(start, end, name)``) that reaches over it
    through a particle (the parse may cut ``Leila bint Khalid al-Mansouri``
    at ``bint``), else ``start``."""
    for run_start, run_end, _ in runs:
        if run_start < start < run_end and _PARTICLE_END_RE.search(text, run_start, start):
            return run_start
    return start
