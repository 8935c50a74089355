"""Relatives sharing a surname (pure text): which of them ``the younger Lund``
or ``the elder Lund`` is, by the relation the article gave one of them
(``his grandson Per Lund``, ``Per Lund, her father,``) or their ages
(``Ivo Marsh, 81,``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from quotes.extract.gender_evidence import RELATION_YEARS
from quotes.extract.given_names import given_name_gender
from quotes.extract.name_words import NOT_NAME_START
from quotes.extract.speaker_words import GENDERED_NOUNS
from quotes.extract.title_words import COURTESY_TITLES

#: Relatives younger than the person whose relative they are.
YOUNGER_KIN = frozenset(
    """son daughter grandson granddaughter nephew niece child grandchild stepson stepdaughter
    son-in-law daughter-in-law""".split()
)
#: Relatives older than the person whose relative they are.
ELDER_KIN = frozenset(
    """father mother grandfather grandmother uncle aunt parent stepfather stepmother
    father-in-law mother-in-law""".split()
)
#: Relatives of one generation with the person whose relative they are.
PEER_KIN = frozenset("brother sister wife husband twin cousin partner spouse sibling".split())
#: A relation and the given name in apposition to it (``her daughter, Ana``,
#: ``Hamsun's husband of 52 years, Pieter``, ``My brother, Kiran``): group 1 the name.
KIN_GIVEN_NAME_RE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[A-Z][\w'’-]*['’]s)[ \xa0]+(?:"
    + "|".join(sorted(GENDERED_NOUNS))
    + r")"
    + RELATION_YEARS
    + r",[ \xa0]+([A-Z][a-z][\w'’-]*)"
)
#: Whose relative a noun of kin makes someone (``her``, ``Raman's``).
_KIN_OWNER = r"(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’-]*['’]s)"
#: The titles that never are a relative's name after a relation (``Besides her
#: daughter, Mrs. Teague is survived by``: the woman herself, no daughter ``Mrs``).
NOT_A_RELATIVE_S_NAME = (*COURTESY_TITLES, "Dr")
#: A person's name of one to three capitalised words, not opening on one of those.
_FULL_NAME = (
    r"(?!(?:" + "|".join(NOT_A_RELATIVE_S_NAME) + r")\b)[A-Z][a-z][\w'’-]*(?:[ \xa0]+[A-Z][a-z][\w'’-]*){0,2}"
)
#: How far back (characters) a relative introduced by the relation is looked for.
RELATIVE_INTRODUCED_WITHIN = 1500


def _relative_introduction_re(noun: str) -> re.Pattern[str]:
    """A name introduced with the relation ``noun`` (``Raman's sister, Kavya
    Raman``, ``her sister Kavya``, ``Kavya Raman, Priya's sister,``, ``survived
    by a sister, Kavya Raman``): group
    ``before`` or ``after`` holds the name."""
    relation = rf"{_KIN_OWNER}[ \xa0]+{re.escape(noun)}"
    listed = rf"\b[Aa][ \xa0]+{re.escape(noun)},"  # "survived by a daughter, Grace Venn"
    return re.compile(
        rf"(?:\b{relation}{RELATION_YEARS},?|{listed})[ \xa0]+(?P<before>{_FULL_NAME})"
        rf"|\b(?P<after>{_FULL_NAME}),[ \xa0]+{relation}\b"
    )


def relative_introduced(text: str, noun: str, position: int) -> tuple[str, int, int] | None:
    """The name of the latest person introduced before ``position`` (within
    :data:`RELATIVE_INTRODUCED_WITHIN`) as someone's ``noun`` of kin (``Raman's
    sister, Kavya Raman, flew in``): whom ``her sister said`` then means, never
    the owner, with where it is written; None when no one was."""
    found = None
    pattern = _relative_introduction_re(noun)
    for match in pattern.finditer(text, max(0, position - RELATIVE_INTRODUCED_WITHIN), position):
        group = "before" if match.group("before") else "after"
        found = (match.group(group), match.start(group), match.end(group))
    return found


#: The words of kin a writer calls their own relatives by (``my mother``,
#: ``our son``, ``my mum``), and the gender each gives ("" for none).
WRITERS_KIN_GENDERS = {
    **GENDERED_NOUNS,
    **dict.fromkeys("dad mum mom grandad grandpa granddad stepfather stepson".split(), "m"),
    **dict.fromkeys("grandma granny gran nan nana stepmother stepdaughter".split(), "f"),
    **dict.fromkeys("partner spouse".split(), ""),
}
#: Words between ``my`` and the noun of kin (``my late father``, ``my older brother``).
_WRITERS_KIN_QUALIFIERS = "late older younger elder eldest youngest little big baby own".split()
#: The writer's relative, written ``my``/``our`` and a noun of kin, maybe with
#: the name put after it (``My father, Arvind,``, ``my aunt Sushila``): group
#: ``noun`` the noun, ``name`` the name (a compound ``brother-in-law`` is none).
_WRITERS_KIN_RE = re.compile(
    r"\b(?P<owner>[Mm]y|[Oo]ur)[ \xa0]+(?:(?:"
    + "|".join(_WRITERS_KIN_QUALIFIERS)
    + r")[ \xa0]+)?(?P<noun>"
    + "|".join(sorted(WRITERS_KIN_GENDERS, key=len, reverse=True))
    + r")(?![\w'’-])(?:,?[ \xa0]+(?P<name>[A-Z][a-z][\w'’-]*(?:[ \xa0]+[A-Z][a-z][\w'’-]*){0,2})\b)?"
)
#: The writer's parents named together (``my parents, James and Olive
#: Meehan,``): the two given names and the surname.
_WRITERS_PARENTS_RE = re.compile(
    r"\b(?:[Mm]y|[Oo]ur)[ \xa0]+parents,?[ \xa0]+([A-Z][a-z]+)[ \xa0]+(?:and|&)[ \xa0]+([A-Z][a-z]+)"
    r"[ \xa0]+([A-Z][\w'’-]+)"
)
#: The parent each gender of a given name makes.
_PARENT_NOUNS = {"m": "father", "f": "mother"}
#: A capitalised word right after a word, maybe after its full stop: the name
#: goes on (``Mrs Yetunde Adebanjo``, ``Dr. Kofi Mensah``), and the run of
#: its words is the name.
_NAME_GOES_ON_RE = re.compile(r"\.?[ \xa0]+[A-Z]")
#: A mention's own clause going on to speak of the speaker's relative
#: (``Mr. Bush| praised his brother``, ``Kobb| said his younger brother had``): the possessive.
_KIN_SPOKEN_OF_RE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr)\.[ \xa0]+)?[^.!?;\n\"“”]{0,80}?\b(his|her|their)[ \xa0]+(?:[a-z]+[ \xa0]+)?("
    + "|".join(sorted(YOUNGER_KIN | ELDER_KIN | PEER_KIN, key=len, reverse=True))
    + r")\b"
)
#: The gender a possessive gives its owner.
_POSSESSIVE_GENDERS = {"his": "m", "her": "f", "their": ""}
#: A possessive description right before a name (``her husband, `` before ``Frank Fiorina``).
OWNED_BEFORE_RE = re.compile(r"\b(?P<owner>[Hh]is|[Hh]er|[Tt]heir)[ \xa0]+(?P<noun>[a-z][\w-]*),?[ \xa0]+\Z")
#: A possessive description or an age in apposition right after a name
#: (``, her father,``, ``, 81,``).
_KIN_OR_AGE_AFTER_RE = re.compile(r",[ \xa0]+(?:(?:his|her|their)[ \xa0]+([a-z][\w-]*)|(\d{1,3}))\b")
#: A word of seniority right before a mention (``the younger| Lund``, ``the elder| Mr. Lund``).
_SENIORITY_BEFORE_RE = re.compile(r"\b(younger|elder|older)[ \xa0]+\Z")
#: A mention that is a surname alone, after a courtesy title or none, and
#: after the word of seniority when the parse kept it (``younger Lund``, ``the elder Aune``).
_SURNAME_MENTION_RE = re.compile(
    r"(?:(?:[Tt]he[ \xa0]+)?(?P<seniority>younger|elder|older)[ \xa0]+)?"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?[ \xa0]+)?(?P<surname>[A-Z][\w'’-]+)"
)


def with_kin_names(text: str, runs: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The name ``runs`` and, among them in text order, each given name the
    article puts alone in apposition to a relation (``My father, Arvind,``):
    a name a person goes by, though one word."""
    starts = {start for start, _, _ in runs}
    kin_named = [
        (match.start(1), match.end(1), match.group(1))
        for match in KIN_GIVEN_NAME_RE.finditer(text)
        if match.start(1) not in starts and not _NAME_GOES_ON_RE.match(text, match.end(1))
    ]
    return sorted([*runs, *kin_named]) if kin_named else runs


def seniority_of_mention(text: str, mention: str, position: int) -> tuple[str, bool] | None:
    """The surname of a ``mention`` at ``position`` after ``the younger`` or
    ``the elder``, written before it or kept in it (``younger Lund``), and
    True for younger; None for another mention."""
    surname = _SURNAME_MENTION_RE.fullmatch(mention)
    if surname is None:
        return None
    seniority = surname.group("seniority")
    if seniority is None:
        before = _SENIORITY_BEFORE_RE.search(text, max(0, position - 12), position)
        seniority = before.group(1) if before else None
    return None if seniority is None else (surname.group("surname"), seniority == "younger")


def _kin_spoken_of(text: str, position: int) -> str | None:
    """The gender (``"m"``, ``"f"``, ``""`` for ``their``) of the possessive by
    which the clause of the mention at ``position`` goes on to speak of a
    relative (``Bush said his brother would win``): the speaker is one of the
    family, not the relative; None when it speaks of none."""
    spoken = _KIN_SPOKEN_OF_RE.match(text, position)
    return None if spoken is None else _POSSESSIVE_GENDERS[spoken.group(1)]


def other_of_family(
    text: str,
    runs: list[tuple[int, int, str]],
    last: tuple[int, int, str],
    word: str,
    position: int,
    kin_described: Callable[[int, int], bool],
) -> tuple[int, int, str]:
    """Whom a bare surname ``word`` at ``position`` stands for when the last name of
    ``runs`` holding it, ``last``, was described as someone's relative (``his
    brother Jeb Bush``): when the mention's clause goes on to speak of a
    relative of its own (``Mr. Bush praised his brother``), the last name
    before ``last`` holding the surname that ``kin_described`` does not call a
    relative, of no gender clashing with the possessive (``George Bush``;
    not ``Arvid Lunde`` for ``Ms. Lunde said her grandfather``, since ``His
    granddaughter, Siri Lunde`` makes him a man);
    else ``last``, the relative just introduced (``His sister, Tilde Vik, paid
    tribute. “...,” Vik said``)."""
    spoken = _kin_spoken_of(text, position)
    if spoken is None:
        return last
    owner = OWNED_BEFORE_RE.search(text, max(0, last[0] - 40), last[0])  # "His| granddaughter, Siri"
    for start, end, name in reversed(runs[: runs.index(last) if last in runs else len(runs)]):
        if word in name.split() and name != last[2] and not kin_described(start, end):
            gender = (
                _POSSESSIVE_GENDERS[owner.group("owner").lower()]
                if owner
                else given_name_gender(name.split()[0])
            )
            return (start, end, name) if not (spoken and gender and gender != spoken) else last
    return last


def _seniority_of(text: str, start: int, end: int) -> str | int | None:
    """What the article says of the age of the name at ``[start, end)``:
    ``"younger"`` or ``"elder"`` for a relative named so (``his grandson Per
    Lund``), the age in apposition (``Ivo Marsh, 81,``), else None."""
    owned = OWNED_BEFORE_RE.search(text, max(0, start - 40), start)
    after = _KIN_OR_AGE_AFTER_RE.match(text, end)
    noun = owned.group("noun") if owned else after.group(1) if after else None
    if noun in YOUNGER_KIN:
        return "younger"
    if noun in ELDER_KIN:
        return "elder"
    return int(after.group(2)) if after is not None and after.group(2) else None


def by_seniority(
    text: str, runs: list[tuple[int, int, str]], surname: str, younger: bool
) -> tuple[int, int, str] | None:
    """Of the names in ``runs`` (``(start, end, name)``, in reading order)
    ending with ``surname``, the younger or the elder: the one the article
    made the other's younger or elder relative, the first it did not make so
    when the other is the opposite (an age given or none), else by the ages
    it gave; None when it says nothing."""
    first: dict[str, tuple[int, int, str]] = {}
    said: dict[str, str | int] = {}
    for start, end, name in runs:
        if len(name.split()) < 2 or name.split()[-1] != surname:
            continue
        first.setdefault(name, (start, end, name))
        seniority = _seniority_of(text, start, end)
        if seniority is not None:
            said.setdefault(name, seniority)
    if len(first) < 2:
        return None
    wanted, other = ("younger", "elder") if younger else ("elder", "younger")
    named = [name for name in first if said.get(name) == wanted]
    if not named and any(said.get(name) == other for name in first):
        named = [name for name in first if said.get(name) != other][:1]  # "Ivo Marsh, 81, and his son"
    ages = {name: age for name, age in said.items() if isinstance(age, int)}
    if not named and len(ages) >= 2:
        named = [(min if younger else max)(ages, key=ages.__getitem__)]
    return first[named[-1]] if named else None


def _writers_kin_name(match: re.Match[str]) -> str | None:
    """The name put after the writer's relative in ``match`` (``My father,
    Arvind,``), or None: none, or a word that opens sentences (``my mother.
    Then``) or a title (``my mother, Mrs Sharma``: who is not said)."""
    name = match.group("name")
    if name is None or name.split()[0] in NOT_NAME_START:
        return None
    return None if name.split()[0].rstrip(".") in ("Mr", "Mrs", "Ms", "Miss", "Dr") else name


def _writers_parents_named(text: str, outside: Callable[[int], bool]) -> dict[str, list[tuple[int, str]]]:
    """The writer's father and mother as the article names them together
    (``my parents, James and Olive Meehan,``: ``father`` James Meehan,
    ``mother`` Olive Meehan, by the gender of the given names), with where."""
    named: dict[str, list[tuple[int, str]]] = {}
    for match in _WRITERS_PARENTS_RE.finditer(text):
        if not outside(match.start()):
            continue
        for given in (match.group(1), match.group(2)):
            noun = _PARENT_NOUNS.get(given_name_gender(given) or "")
            if noun is not None:
                named.setdefault(noun, []).append((match.start(), f"{given} {match.group(3)}"))
    return named


def _first_written(found: list[re.Match[str]], noun: str) -> str:
    """The writer's relative by the noun ``noun`` as first written (``our
    daughter``, ``My mother``)."""
    first = next(match for match in found if match.group("noun") == noun)
    return f"{first.group('owner')} {noun}"


def writers_relatives(text: str, outside: Callable[[int], bool]) -> list[tuple[int, str, str]]:
    """The mentions of the writer's relatives at positions ``outside`` quoted
    words (``my mother``, ``My father, Arvind,``, ``our son``), as ``(position,
    relative, name)``: the relative as first written (``our daughter``), and
    the name the article puts after it (the latest before the mention, else
    the first after it: ``my mother`` before ``My mother, Meena,`` is Meena;
    ``my parents, James and Olive Meehan,`` name both), else the relative.
    First-person features, columns and obituaries call the people they quote so."""
    found = [match for match in _WRITERS_KIN_RE.finditer(text) if outside(match.start())]
    named = _writers_parents_named(text, outside)
    for match in found:
        name = _writers_kin_name(match)
        if name is not None:
            named.setdefault(match.group("noun"), []).append((match.start(), name))
    mentions = []
    for match in found:
        noun = match.group("noun")
        names = named.get(noun, [])
        before = [name for at, name in names if at <= match.start()]
        written = _first_written(found, noun)
        name = before[-1] if before else names[0][1] if names else written
        mentions.append((match.start(), written, name))
    return mentions
