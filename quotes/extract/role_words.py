"""The words of a role (pure text): which lower-case nouns name a person or
what a person does, which words may stand before a title in a role read
backwards from a name (``chief financial officer``), and the noun a role is
about (``spokesman`` in ``spokesman for the ministry``), a first name given
by a relation (``Her husband, Per,``) and a mention of someone never named
(``a spokesman``).
:func:`quotes.extract.titles_before_names.title_before` and
:class:`quotes.extract.registry.SpeakerRegistry` read them."""

from __future__ import annotations

import re

from quotes.extract.lexicon import speech_forms
from quotes.extract.patterns import NAME_WORDS
from quotes.extract.post_words import PLAYING_POSITIONS, ROLE_QUALIFIERS, TEAM_POSTS
from quotes.extract.source_words import SPEAKING_FOR_CLIENT_NOUNS
from quotes.extract.speaker_words import (
    ANONYMOUS_MARKERS,
    IRREGULAR_PAST,
    ORG_HEADS,
    PERSON_NOUNS,
    PERSON_OR_TITLE_WORDS,
    PROFESSION_ENDINGS,
    TALKED_ABOUT_NOUNS,
)
from quotes.extract.title_words import CABINET_POST_INITIALS, POST_SHORT_FORMS, TITLE_WORDS

#: Verbs of a relative clause that say whom someone leads (``Ola Hart, who chairs the
#: Vell Housing Trust,``), each with the role it gives (None: the body only).
LEADING_VERBS = {
    "chairs": "chair",
    "heads": "head",
    "leads": "leader",
    "directs": "director",
    "manages": "manager",
    "founded": "founder",
    "co-founded": "co-founder",
    "owns": "owner",
    "runs": None,
}

#: Nouns for what a person is to someone else, not a post they hold (``a critic of the union``).
RELATION_NOUNS = frozenset("critic opponent fan customer client supporter rival tenant admirer ally".split())
#: The most lower-case words kept before a title word (``chief financial officer``).
MAX_ROLE_MODIFIERS = 2
_LOWER_WORD_RE = re.compile(r"[a-z][a-z-]*")
#: Function words that end a title read backwards from a name.
_NOT_ROLE_MODIFIERS = frozenset(
    """a an the to of for with by from at in on as and or but nor than that who whom whose which
    his her their its our my your this these those says is are was were be been has have had
    also not when while if after before because like including
    between among against about across into onto over under through toward towards within without""".split()
)
#: Whose relation someone is: a possessive pronoun or name (``Her``, ``Hale's``).
_RELATION_OWNER = r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’-]*['’]s)"
#: Participles that are part of the name of a post (``managing director``,
#: ``acting chief``, ``presiding judge``, ``founding editor``, ``chief operating officer``,
#: ``commanding officer``, ``visiting professor``).
_POST_PARTICIPLES = frozenset(
    "managing acting presiding founding outgoing incoming consulting operating commanding visiting".split()
)
#: A person's relation to someone just named, before a name in apposition (``Her husband, ``).
_RELATION_BEFORE_RE = re.compile(rf"{_RELATION_OWNER}[ \xa0]+([a-z]+),[ \xa0]+\Z")
#: A relation and the one name in apposition to it (``His son, Daniel,``).
_RELATION_NAME_RE = re.compile(rf"{_RELATION_OWNER}[ \xa0]+([a-z]+),[ \xa0]+([A-Z][a-z][\w'’-]*),")
#: Where the complement of a role starts (``spokesman for the ministry``).
_ROLE_COMPLEMENT_RE = re.compile(r"\s(?:of|for|at|in|with|to|on)\s")


def names_a_person(noun: str) -> bool:
    """True for a lower-case noun for a person (``resident``, ``analyst``) or
    what a person does (``seismologist``, :data:`PROFESSION_ENDINGS`)."""
    return noun in PERSON_NOUNS or (len(noun) > 5 and noun.isalpha() and noun.endswith(PROFESSION_ENDINGS))


def extends_role(word: str, kept: str, modifiers: int) -> bool:
    """True when the lower-case ``word`` before the role's words ``kept`` so
    far (the word after it last) is part of the role, ``modifiers`` such words
    having been kept already (``chief financial`` before ``officer``)."""
    return lower_title_head(kept) and modifiers < MAX_ROLE_MODIFIERS and role_modifier(word)


def field_of_a_post(tokens: list[str], index: int) -> bool:
    """True when ``tokens[index]`` is the lower-case field of a post written
    ``title of field`` right before a name (``director of rugby``, ``head of
    communications``, ``chief of staff``)."""
    return (
        index >= 2
        and tokens[index].isalpha()
        and tokens[index].islower()
        and tokens[index - 1] == "of"
        and tokens[index - 2].lower().rstrip(".") in TITLE_WORDS
    )


def lower_title_head(word: str) -> bool:
    """True for a word a lower-case modifier may stand before in a title: a
    title or person noun (``officer``), or a modifier already kept."""
    return word[:1].islower() and (word in TITLE_WORDS or names_a_person(word) or role_modifier(word))


def role_modifier(word: str) -> bool:
    """True for a lower-case word that can modify a title before a name
    (``financial``, ``emergency``, ``union``): no verb form, function word or
    adverb, but for the participles that name a post (``managing director``)."""
    return word in _POST_PARTICIPLES or (
        _LOWER_WORD_RE.fullmatch(word) is not None
        and word not in _NOT_ROLE_MODIFIERS
        and word not in IRREGULAR_PAST
        and word not in speech_forms()
        and not word.endswith(("ed", "ing", "ly", "'s", "’s"))
    )


#: A company's chief officers, by their initials and the word ``the chief
#: executive`` or ``the chief operating officer`` ends on before ``officer``.
_CHIEF_OFFICERS = {"ceo": "executive", "cfo": "financial", "coo": "operating", "cto": "technology"}
_CHIEF_INITIALS = {word: initials for initials, word in _CHIEF_OFFICERS.items()}
#: ``chief ... officer`` or ``chief executive`` at the end of a role.
_CHIEF_OFFICER_RE = re.compile(
    r"\bchief[ \xa0]+(executive|financial|operating|technology)(?:[ \xa0]+officer)?\Z"
)


def role_heads(role: str | None) -> list[str]:
    """The noun a role is about, lower case, in its hyphened parts
    (``ministry spokesman`` and ``spokesman for the ministry``: ``spokesman``;
    ``President-elect``: ``president``, ``elect``), each of a title and an
    appositive (``Councillor, cabinet member``: ``councillor``, ``member``);
    a chief officer's post by its initials too (``Chief Executive Officer``:
    ``officer``, ``executive``, ``ceo``; ``CEO``: ``ceo``, ``executive``); none
    without a role."""
    heads: list[str] = []
    for part in role.split(", ") if role else []:
        words = _ROLE_COMPLEMENT_RE.split(part.lower(), maxsplit=1)[0].split()
        heads += words[-1].strip(",.").split("-") if words else []
        chief = _CHIEF_OFFICER_RE.search(" ".join(words))
        if set(words) & _SECOND_IN_POST:
            continue  # "deputy chief executive": no CEO
        if chief is not None:
            heads += [chief.group(1), _CHIEF_INITIALS[chief.group(1)]]
        elif words and words[-1] in _CHIEF_OFFICERS:
            heads.append(_CHIEF_OFFICERS[words[-1]])
    return heads


#: Letters after a lawyer's name and the post they give (``Ana Brann SC``,
#: ``Tom Hale KC``, ``Ola Ruud BL``), which a later bare ``counsel`` or ``the
#: barrister`` calls its holder (:data:`_ONE_POST_NOUNS`).
COUNSEL_LETTERS = {
    "SC": "senior counsel",
    "QC": "Queen's counsel",
    "KC": "King's counsel",
    "BL": "barrister",
}
#: Nouns of a role courts and papers write with no article (``counsel said``,
#: ``defence counsel told the court``), which name a person as ``the NOUN`` does.
BARE_ROLE_NOUNS = frozenset({"counsel"})
#: A lawyer's letters right after a name.
_COUNSEL_LETTERS_RE = re.compile(r"[ \xa0]+(" + "|".join(COUNSEL_LETTERS) + r")\b")


def lawyer_role(text: str, end: int) -> str | None:
    """The post a lawyer's letters right after the name ending at ``end``
    give (``Mr Colm Daly SC, for Byrne,``: ``senior counsel``); None when no
    such letters follow (``Ola Ruud MP``)."""
    letters = _COUNSEL_LETTERS_RE.match(text, end)
    return COUNSEL_LETTERS[letters.group(1)] if letters is not None else None


def bare_role(mention: str) -> bool:
    """True for a lower-case role with no article, of at most three words,
    whose head courts write bare (``counsel``, ``defence counsel``,
    ``prosecuting counsel``): a person, as ``the counsel`` would be."""
    words = mention.split()
    return 0 < len(words) <= 3 and mention.islower() and words[-1] in BARE_ROLE_NOUNS


#: Nouns a newsroom writes for one post, any of which a later ``the NOUN``
#: may call its holder (``His solicitor, David Crane,`` ... ``the lawyer said``;
#: ``The head, Julia Penn,`` ... ``the headteacher said``); not ``advocate``,
#: most often a campaigner in news.
_ONE_POST_NOUNS = (
    frozenset("lawyer solicitor barrister attorney counsel".split()),
    frozenset("head headteacher headmaster headmistress principal".split()),
)
#: Nouns of :data:`_ONE_POST_NOUNS` that name many other posts too (``the head
#: of the wardrobe team``): ``the head`` is only someone whose role says head.
_POST_NOUNS_OF_MANY_POSTS = frozenset({"head"})


def post_held(role: str) -> bool:
    """True for a role before ``of/for/at the NOUN`` that is a post held now
    there (``president``), not a relation to the body (``critic``,
    ``customer``) nor a post left (``former engineer``)."""
    words = role.lower().split()
    return bool(words) and words[-1] not in RELATION_NOUNS and "former" not in words


def holds_post(head: str, heads: list[str]) -> bool:
    """True when a role's ``heads`` name the post ``head`` names, in its words
    or in another noun for it (:data:`_ONE_POST_NOUNS`: a solicitor is a lawyer;
    a head is a headteacher, but ``the head`` is no ``Principal``)."""
    if head in heads:
        return True
    if head in _POST_NOUNS_OF_MANY_POSTS:
        return any(word.startswith(head) for word in heads)  # the head: a headteacher, a headmistress
    return any(head in nouns and any(word in nouns for word in heads) for nouns in _ONE_POST_NOUNS)


#: Words making a post a second's to the one it names (``Deputy Governor``: no governor).
_SECOND_IN_POST = frozenset({"deputy", "vice", "under"})


def second_in_post(head: str, role: str | None, modifiers: tuple[str, ...] = ()) -> bool:
    """True when ``role`` makes its holder the second to the post ``head``
    names (``Deputy Governor`` for ``the governor``), unless the mention's
    ``modifiers`` say so too (``the deputy governor``)."""
    words = re.split(r"[\s-]+", (role or "").lower())
    return any(
        word == head and index > 0 and words[index - 1] in _SECOND_IN_POST - set(modifiers)
        for index, word in enumerate(words)
    )


def one_player(head: str, heads: list[str]) -> bool:
    """True when ``head`` and a role's ``heads`` can describe one player: a
    team's post and a position (``captain Dean Marsh`` ... ``the defender``),
    never two positions (a goalkeeper is no striker)."""
    words = {head, *heads}
    return bool(heads) and words <= PLAYING_POSITIONS | TEAM_POSTS and len(words & PLAYING_POSITIONS) <= 1


def named_by_relation(text: str, start: int, end: int) -> bool:
    """True for a name alone at ``[start, end)`` in apposition to a relation
    (``Her husband, Per, was less worried``): a person, though named once."""
    before = _RELATION_BEFORE_RE.search(text, max(0, start - 40), start)
    return before is not None and names_a_person(before.group(1)) and text.startswith(",", end)


#: A description in apposition right after a word (``, the only son of ...``, ``, a retired nurse,``,
#: ``, a retired surgeon who``).
_DESCRIPTION_AFTER_RE = re.compile(
    r",[ \xa0]+(?:the|a|an)[ \xa0]+(?:[a-z][\w'’-]*[ \xa0]+){0,3}?([a-z]+)(?=[ \xa0]+(?:of|who)\b|,)"
)


#: An age in apposition right after a word (``Ibrahim, 52,``): only people are given one.
_AGE_AFTER_RE = re.compile(r",[ \xa0]+\d{1,3},")


def described_as_person(text: str, end: int) -> bool:
    """True when a person's description or age follows the name ending at
    ``end`` (``Pratomo, the only son of the late ruler,``; ``Ibrahim, 52,
    whose son was freed,``): a person, though named by one word."""
    if _AGE_AFTER_RE.match(text, end):
        return True
    found = _DESCRIPTION_AFTER_RE.match(text, end, end + 120)
    return found is not None and names_a_person(found.group(1))


def relation_names(text: str) -> dict[str, int]:
    """The names given alone in apposition to a relation (``His son, Daniel,``,
    ``Hale's wife, Susan,``), each with where it is first given: a person whom
    the article may later call by that name alone (``Daniel, now 14, sits``)."""
    found: dict[str, int] = {}
    for match in _RELATION_NAME_RE.finditer(text):
        if names_a_person(match.group(1)):
            found.setdefault(match.group(2), match.start(2))
    return found


def names_a_body(words: str) -> bool:
    """True for capitalised words holding a body's head noun (``Vell
    Securities``, ``University of Alden``): where someone works."""
    return any(word.lower() in ORG_HEADS for word in words.split())


#: ``the woman's sister``, ``the victim's mother``: someone known by whose
#: relative or what they are to someone, not by name.
_RELATIVE_OF_UNNAMED_RE = re.compile(r"the [a-z][\w-]*['’]s [a-z]")
#: ``of`` and an indefinite determiner after a person's noun (``The owner| of one
#: spinning mill``, ``The father| of a pupil``, ``of a 12-year-old pupil``):
#: someone the article brings in unnamed.
OF_INDEFINITE_RE = re.compile(r"[ \xa0]+of[ \xa0]+(?:a|an|one|another)[ \xa0]+[a-z\d]")
#: ``the owner of one mill``, ``the former owner of a mill``: ``the``, a noun,
#: maybe a word before it, and :data:`OF_INDEFINITE_RE` (lower-cased).
_NOUN_OF_UNNAMED_RE = re.compile(r"the (?:[a-z][\w-]* )?[a-z][\w-]*" + OF_INDEFINITE_RE.pattern)
#: The ``of`` phrase of :data:`OF_INDEFINITE_RE` up to its head noun (``of a
#: 12-year-old pupil|, who``, ``of a committee| that has sat``).
_OF_PHRASE_RE = re.compile(
    r"[ \xa0]+of[ \xa0]+(?:a|an|one|another)[ \xa0]+(?:[\w-]+[ \xa0]+){0,3}?([a-z][\w-]*)"
    r"(?=,|[ \xa0]+(?:that|which|who|whose|said|says|told)\b)"
)
#: A subject pronoun right after a fronted apposition (``The victim of an attack|, he told``).
_PRONOUN_SUBJECT_RE = re.compile(r",[ \xa0]+(?:he|she|they|we|I)\b")
#: How far before a description a thing it is ``of`` may have been named (``the committee``).
_THING_NAMED_WITHIN = 300
#: ``his lawyer``, ``her agent``: a possessive and the noun after it.
_OWNED_NOUN_RE = re.compile(r"(?:his|her|their|its) ([a-z][\w-]*)\b")


def unnamed_by_of_phrase(text: str, start: int, end: int) -> bool:
    """True when the indefinite ``of`` phrase after a person's noun ending at
    ``end`` (:data:`OF_INDEFINITE_RE`) brings in someone unnamed (``The owner
    of one spinning mill, who``); not a fronted apposition to a pronoun (``The
    victim of an unprovoked attack, he told``), nor one of a thing named
    within reach before ``start`` (``Ada Obi chairs the committee. The
    chairwoman of a committee that has sat for years said``)."""
    if OF_INDEFINITE_RE.match(text, end) is None:
        return False
    phrase = _OF_PHRASE_RE.match(text, end)
    if phrase is None:
        return True
    if _PRONOUN_SUBJECT_RE.match(text, phrase.end()):
        return False
    named = rf"\b[Tt]he[ \xa0]+{re.escape(phrase.group(1))}\b"
    return re.search(named, text[max(0, start - _THING_NAMED_WITHIN) : start]) is None


def unnamed_at(text: str, position: int) -> bool:
    """True when the mention at ``position`` introduces someone the article
    does not name (``a spokesman``, ``one official``, ``the woman's sister``,
    ``the owner of one mill``,
    ``his lawyer``: one who speaks for the owner, :data:`SPEAKING_FOR_CLIENT_NOUNS`;
    not ``his parents``, ``her campaign`` or ``her coach``, who speak of the
    owner), unlike ``the governor``, who may be someone named before."""
    opening = text[position : position + 40].lower()
    owned = _OWNED_NOUN_RE.match(opening)
    return (
        opening.startswith(ANONYMOUS_MARKERS)
        or _RELATIVE_OF_UNNAMED_RE.match(opening) is not None
        or _NOUN_OF_UNNAMED_RE.match(opening) is not None
        or (owned is not None and owned.group(1) in SPEAKING_FOR_CLIENT_NOUNS)
    )


#: What one of a group may be called (``survivors``, ``defendants``, ``ministers``).
_GROUP_MEMBER_NOUNS = PERSON_NOUNS | TALKED_ABOUT_NOUNS | TITLE_WORDS
#: One of a group, after ``One`` (``of them``, ``of the survivors``).
_PART_OF_GROUP_RE = re.compile(r"of[ \xa0]+(?:(?:the|those|these|his|her|their|its|our)[ \xa0]+)?([\w-]+)\Z")


def role_of_part(description: str) -> str | None:
    """The role ``One of ...`` before a name gives (``One of the survivors,
    Milo Ferris,``: ``survivor``; ``of the defendants``: ``defendant``;
    ``of the witnesses``: ``witness``; ``One of them``, ``One of the
    Vikings``: none), with ``description`` the words after ``One``; None when
    ``description`` is no ``of`` phrase."""
    part = _PART_OF_GROUP_RE.fullmatch(description)
    if part is None:
        return None
    group = part.group(1)
    if group[:1].isupper():
        return ""
    for ending in ("es", "s"):
        noun = group.removesuffix(ending)
        if noun != group and noun in _GROUP_MEMBER_NOUNS:
            return noun
    return ""


def named_group_of_part(description: str) -> str | None:
    """The capitalised group ``One of ...`` names (``of the Vikings``:
    ``Vikings``), the person's affiliation; else None."""
    part = _PART_OF_GROUP_RE.fullmatch(description)
    return part.group(1) if part is not None and part.group(1)[:1].isupper() else None


def initials(words: list[str]) -> str:
    """The first letters of the capitalised ``words`` (``JCS`` of ``Joint Chiefs of Staff``)."""
    return "".join(word[0] for word in words if word[:1].isupper())


#: A name written with its initials in brackets after it (``the Marigondon
#: Water District (MWD)``): the capitalised words (and ``of``, ``and``, ``for``,
#: ``the`` between them), then the bracketed capitals.
_BRACKETED_INITIALS_RE = re.compile(
    r"((?:[A-Z][\w'’&-]*[ \xa0]+(?:(?:of|and|for|the|on)[ \xa0]+)*)+)\(([A-Z]{2,})\)"
)


def bracketed_name(text: str, acronym: str, position: int) -> tuple[int, str] | None:
    """``(start, name)`` of the last name written before ``position`` with
    ``acronym`` in brackets after it whose capitalised words have those
    initials (``the Marigondon Water District (MWD)`` for ``the MWD``), or None;
    never a post's (``the Senior Investigating Officer (SIO)``)."""
    found = None
    if text.find(f"({acronym})", 0, position) == -1:
        return None  # the pattern tries every capital of the text: look first
    for match in _BRACKETED_INITIALS_RE.finditer(text, 0, position):
        words = match.group(1).split()
        if match.group(2) != acronym or len(words) < len(acronym):
            continue
        words = words[len(words) - _initial_words(words, acronym) :]
        if words and initials(words) == acronym and not _names_a_post(words):
            found = (match.start(1) + match.group(1).find(" ".join(words)), " ".join(words))
    return found


def written_with_initials(text: str, name: str) -> bool:
    """True when ``text`` writes ``name`` with its initials in brackets after
    it (``Vell Transport (VT)``): a body's name, whatever its words."""
    acronym = initials(name.split())
    written = bracketed_name(text, acronym, len(text)) if len(acronym) > 1 else None
    return written is not None and written[1] == name


def initials_of(text: str, name: str, words: str) -> bool:
    """True when ``words`` are the initials of the body ``name``: three
    capitals or more (``IMF``), or two ``text`` wrote in brackets after the
    name (``Marsk Water (MW)``): two alone are as common as ``US``."""
    if not words.isupper() or initials(name.split()) != words:
        return False
    return len(words) > 2 or written_with_initials(text, name)


def post_holder_named(text: str, acronym: str, position: int) -> str | None:
    """The name before ``, the`` and a post written with ``acronym`` in
    brackets, last before ``position`` (``Ana Berg, the Senior Investigating
    Officer (SIO),`` for ``the SIO``): the person who holds it; else None."""
    holder = None
    pattern = rf"({NAME_WORDS}),[ \xa0]+the[ \xa0]+((?:[A-Z][\w'’-]*[ \xa0]+)+)\({re.escape(acronym)}\)"
    for found in re.finditer(pattern, text[:position]):
        words = found.group(2).split()
        if initials(words) == acronym and _names_a_post(words):
            holder = found.group(1)
    return holder


def _names_a_post(words: list[str]) -> bool:
    """True when capitalised ``words`` end on a person's noun, not a body's
    (``Senior Investigating Officer`` of ``the Senior Investigating Officer
    (SIO)``): a post its holder bears, no body's name."""
    last = words[-1].lower()
    return last in PERSON_OR_TITLE_WORDS and last not in ORG_HEADS


#: Initials in brackets right after a name (`` (MWD)``).
_INITIALS_AFTER_RE = re.compile(r"[ \xa0]*\(([A-Z]{2,})\)")


def initials_after(text: str, name: str, end: int) -> bool:
    """True when ``name``, ending at ``end``, has its initials in brackets
    right after it (``The Marigondon Water District (MWD)``): a body's name,
    whatever its words."""
    found = _INITIALS_AFTER_RE.match(text, end)
    words = name.split()
    return found is not None and initials(words) == found.group(1) and not _names_a_post(words)


def _initial_words(words: list[str], acronym: str) -> int:
    """How many of the last ``words`` it takes to hold as many capitalised
    words as ``acronym`` has letters (``Marigondon Water District`` of ``The
    Marigondon ...`` for ``MWD``)."""
    capitals = 0
    for taken, word in enumerate(reversed(words), start=1):
        capitals += word[:1].isupper()
        if capitals == len(acronym):
            return taken
    return len(words)


#: The fewest and most words of the end of a post whose initials stand for it
#: (``the DM`` of ``Kellpur District Magistrate``, ``the CPC`` of ``Kell County
#: Police Commander``).
_POST_END_WORDS = (2, 3)
#: Pronouns of a body: in the clause of ``The GM said it would recall the cars``
#: the initials are a company's.
_BODY_PRONOUN_RE = re.compile(r"\b(?:it|its|they|their)\b")
#: Where the clause of a mention ends (a full stop, a semicolon or a quotation mark).
_CLAUSE_END_RE = re.compile(r"[.!?;\"“”]")

#: Words before a post that make it another post or another holder's
#: (``deputy managing director``, ``shadow prime minister``, ``acting``,
#: ``interim``, ``vice``, ``pro vice-chancellor``, ``additional district
#: magistrate``, ``joint managing director``): what is left after them is no
#: post of theirs.
POST_QUALIFIERS = ROLE_QUALIFIERS | {"vice", "shadow", "caretaker", "pro", "additional", "joint", "co"}


def post_initials(title: list[str], *, post_end: bool = False) -> set[str]:
    """The initials of a post's ``title`` (``TCS`` of ``Treasury Cabinet Secretary``),
    and of the post it ends with when a portfolio opens it and those are a Kenyan
    cabinet post's (``CS``: Kenyan papers' ``the CS``), or, when ``post_end``
    (:func:`initials_may_end_a_post`), of its last two or three words (``DM`` of
    ``Kellpur District Magistrate``); not past a qualifier (``Deputy Prime
    Minister`` is no ``PM``)."""
    found = {initials(title)}
    for first in range(1, len(title) - 1):
        if title[first - 1].lower() in POST_QUALIFIERS:
            break
        end = initials(title[first:])
        if end in CABINET_POST_INITIALS or (post_end and len(title) - first in _POST_END_WORDS):
            found.add(end)
    return found


def lower_post_initials(title: list[str]) -> set[str]:
    """The initials of the post written in lower case that ends ``title``
    (``MD`` of ``SCTU managing director``, ``DG`` of ``director-general``,
    ``PM`` of ``prime minister``), of two words or more and ending on a
    title's or person's noun, and of its last two words or more (``MD`` of
    ``transport managing director``; not past a qualifier: ``deputy managing
    director`` is no ``MD``), with their short forms (:data:`POST_SHORT_FORMS`:
    ``CEO`` of ``chief executive``); else empty."""
    words: list[str] = []
    for word in reversed(title):
        if not word.replace("-", "").isalpha() or not word.islower():
            break  # "SCTU", "Halden Foods": the body before the post
        words.insert(0, word)
    parts = [part for word in words for part in word.split("-") if part]
    if len(parts) < 2 or parts[-1] not in PERSON_OR_TITLE_WORDS:
        return set()
    found = set()
    for first in range(len(parts) - 1):  # "transport managing director": TMD and MD
        if first and parts[first - 1] in POST_QUALIFIERS:
            break  # "deputy managing director" is no MD, "shadow prime minister" no PM
        post = " ".join(parts[first:])
        found.add("".join(part[0] for part in parts[first:]).upper())
        found |= {POST_SHORT_FORMS[post]} if post in POST_SHORT_FORMS else set()
    return found


def initials_may_end_a_post(text: str, acronym: str, position: int) -> bool:
    """Whether ``acronym``, mentioned at ``position`` of ``text``, may stand for
    the end of a post named before (``the DM said`` after ``Kellpur District
    Magistrate Anil Rao``): not when its clause has it/its/they/their (a body
    speaking: ``The GM said it would recall the cars``), nor when the article
    wrote the acronym before other than as ``the`` + acronym (a body's:
    ``Kell Water Company (KWC)``, ``KWC said``)."""
    clause = _CLAUSE_END_RE.split(text[position:], maxsplit=1)[0]
    as_a_name = re.search(rf"(?<!\bthe )(?<!\bThe )\b{re.escape(acronym)}\b", text[:position])
    return _BODY_PRONOUN_RE.search(clause) is None and as_a_name is None


def initials_stand_for(
    acronym: str, title: list[str], text: str, position: int, body: str | None = None
) -> bool:
    """Whether ``acronym``, mentioned at ``position`` of ``text``, stands for the
    post ``title`` of two initials or more (:func:`post_initials`; its last words'
    only where :func:`initials_may_end_a_post`: ``the DM`` of a District
    Magistrate), or for the post and the one-word ``body`` its ``of`` named
    (``the CP`` of ``The Commissioner of Police, Ada Obi,``: role Commissioner,
    affiliation Police), unless a body's clause or name says otherwise."""
    post_end = initials_may_end_a_post(text, acronym, position)
    if len(title) == 1 and body is not None and " " not in body and initials([*title, body]) == acronym:
        return post_end  # "The DF said it would publish them": a body's
    return len(initials(title)) >= 2 and acronym in post_initials(title, post_end=post_end)
