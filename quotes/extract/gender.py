"""What an article says of a person's gender (pure text): the pronouns that
follow the person's name in its sentence and the courtesy titles before it
(:mod:`quotes.extract.gender_evidence`); failing those, the sex that nearly
always bears the given name (:mod:`quotes.extract.given_names`).
:class:`quotes.extract.registry.SpeakerRegistry` reads it to tell who ``he``
or ``she`` may stand for."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from quotes.extract.gender_evidence import NOUN_GENDERS, gender_evidence
from quotes.extract.given_names import given_name_gender, usual_gender
from quotes.extract.nicknames import without_nickname
from quotes.extract.patterns import FOLLOWING_RE, occurrences, whole_words_at
from quotes.extract.speaker_words import GENDERED_NOUNS, PERSON_NOUNS
from quotes.extract.title_words import COURTESY_TITLES, HONORIFIC_GENDERS

#: An initial in a name (``T.``).
_INITIAL_RE = re.compile(r"[A-Z]\.?")
#: Another capitalised word right after a word (``Kim Dae``).
_CAPITAL_NEXT_RE = re.compile(r"[ \xa0]+[A-Z]")


#: How many more points (:func:`gender_evidence`) one gender needs to outweigh
#: the usual sex of a name's first given name: one pronoun after a name is often
#: someone else's, one right after the name's own verb of saying (two points) is not.
_EVIDENCE_AGAINST_NAME = 2


def name_gender(text: str, name: str, names: Iterable[str]) -> str | None:
    """``"m"``, ``"f"`` or None: the gender ``text`` gives the person called
    ``name``, by the evidence (:func:`gender_evidence`) of the surname and the
    given name right before it (not the first word of a run like ``Harbour
    Board Ranking Democrat Mara Venn``, nor an initial); of the given name
    and then its usual sex when another of the article's ``names`` has the same
    surname (``Ruth Allan ... her husband, Peter Allan``: the surname says
    little of either);
    failing those, the given name's usual sex (:func:`usual_gender`).
    An honorific before the whole name tells it first
    (:func:`_titled_gender`)."""
    name = without_nickname(name)  # "Derek ‘Big Del’ Mounsey": Derek Mounsey's gender
    words = [w for w in name.split() if w[:1].isupper()]
    if not words:
        return None
    titled = _titled_gender(text, name)
    if titled is not None:
        return titled  # "Madam Rosnah Abdul Karim": whatever the middle word's usual sex
    given = next((w for w in reversed(words[:-1]) if not _INITIAL_RE.fullmatch(w)), words[0])
    shared = given != words[-1] and any(
        len(other) >= 2 and other[-1] == words[-1] and given not in other
        for other in (run.removesuffix("’s").removesuffix("'s").split() for run in names)
    )
    if shared:  # the surname's pronouns may be a relative's: the given name, the whole
        # name opening a sentence ("Ayo Mensah, 17, died after he"), or its usual sex
        whole = name[name.rindex(given) :]
        # nothing of the given name: the surname's pronouns may be the other one's (None)
        return _by_evidence(text, [given]) or _opening_gender(text, whole) or _usual_of(words[:-1])
    evidence = [given, words[-1]] if given != words[-1] else [given]
    if _surname_written_first(text, words, given):
        evidence.append(words[0])  # "Ng Wei Ming ... Mr Ng said he": a surname written first
    male, female = gender_evidence(text, evidence)
    if male == female:
        # the article says nothing: the name's usual sex ("Rosnah Abdul Karim ...
        # Rosnah said": hers, not her father's name's)
        called = words[:1] if _called_by_first_word(text, words) else words[:-1]
        return _usual_of(called) if len(words) >= 2 else None
    first = usual_gender(words[0]) if len(words) >= 2 and not _INITIAL_RE.fullmatch(words[0]) else None
    if first is not None and abs(male - female) < _EVIDENCE_AGAINST_NAME:
        return first  # "host Sunil Varma ... Varma, who reviewed her debut": one pronoun, maybe another's
    return "m" if male > female else "f"


def _called_by_first_word(text: str, words: list[str]) -> bool:
    """True when a name of three words or more is later written by its first
    word alone and never by its last (``Rosnah Abdul Karim ... Rosnah said``,
    ``Abiy Ahmed Ali ... Abiy said``): the words after the first are a
    father's or family's names, whose usual sex says nothing of the person's;
    not after a courtesy title (``Ms Kim`` of ``Kim Soo Jin``: a surname
    written first), nor opening another capitalised word (``Kim Dae Ho``)."""
    if len(words) < 3 or _INITIAL_RE.fullmatch(words[0]):
        return False
    alone = [
        at
        for at in whole_words_at(text, words[0])
        if not _CAPITAL_NEXT_RE.match(text, at + len(words[0]))
        and (text[max(0, at - 6) : at].split() or [""])[-1].rstrip(".") not in COURTESY_TITLES
    ]
    after_other = words[-2] + " "
    last = (at for at in whole_words_at(text, words[-1]) if not text.endswith(after_other, 0, at))
    return bool(alone) and next(last, None) is None


#: One of :data:`HONORIFIC_GENDERS` before a name, maybe with its full stop
#: (``Mdm. ``); not ``Mr``/``Mrs``, since ``Mrs Oren Salke`` may be styled by
#: her husband's name.
_GENDER_TITLE_BEFORE_RE = re.compile(r"\b(" + "|".join(HONORIFIC_GENDERS) + r")\.?[ \xa0]+\Z")
#: How far before a name its honorific is looked for (the longest, its stop and a blank).
_TITLE_REACH = max(map(len, HONORIFIC_GENDERS)) + 3
#: A name going on right after the words matched (``Abdul-Karim`` after ``Abdul``).
_NAME_GOES_ON_RE = re.compile(r"[\w'’-]")
#: Another title and ``and`` right before an honorific (``Alhaji and| Alhaja Musa
#: Bello``, ``Mr and| Mrs``): a couple's titles, which give the name no gender.
_COUPLE_TITLE_BEFORE_RE = re.compile(
    r"\b(?:" + "|".join([*HONORIFIC_GENDERS, *COURTESY_TITLES]) + r")\.?[ \xa0]+(?:and|&)[ \xa0]+\Z"
)


def _titled_gender(text: str, name: str) -> str | None:
    """The gender an honorific written right before the whole ``name`` of two
    words or more gives it (``Madam Rosnah Abdul Karim``, ``Alhaji Musa
    Bello``; not ``Mdm Rosnah Abdul-Karim`` for ``Rosnah Abdul``, nor a
    couple's ``Alhaji and Alhaja Musa Bello``), when all
    such honorifics agree; else None (``Mr Karim`` alone may be a relative of hers)."""
    if len(name.split()) < 2:
        return None
    found: set[str] = set()
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        title = _GENDER_TITLE_BEFORE_RE.search(text, max(0, at - _TITLE_REACH), at)
        couple = title is not None and _COUPLE_TITLE_BEFORE_RE.search(
            text, max(0, title.start() - 20), title.start()
        )
        if title is not None and not couple and not _NAME_GOES_ON_RE.match(text, end):
            found.add(HONORIFIC_GENDERS[title.group(1)])
        at = text.find(name, end)
    return found.pop() if len(found) == 1 else None


def _surname_written_first(text: str, words: list[str], given: str) -> bool:
    """True when the first of three words of a name is a surname written first
    (``Ng Wei Ming``, later ``Mr Ng said``): no given name (``Georgia Anne
    Pike``), written alone after a courtesy title, never after another
    capitalised word than a title (``Paulson Partners Enhanced`` beside ``John
    A. Paulson``: the word is his; ``CEO Ng Wei Ming`` is the name itself), nor
    opening another name (``Kim Soo Jin`` and ``Kim Dae Ho``: the word is both's)."""
    first = words[0]
    if len(words) != 3 or given == first or _INITIAL_RE.fullmatch(first) or given_name_gender(first):
        return False
    titled = False
    for found in re.finditer(
        r"\b([A-Z][\w'’-]*)\.?[ \xa0]+(?:[A-Z]\.[ \xa0]+)?" + re.escape(first) + r"\b", text
    ):
        whole = text.startswith(words[1], found.end() + 1)  # "CEO Ng Wei Ming": the name itself
        if found.group(1) not in COURTESY_TITLES and not whole:
            return False
        titled = titled or (found.group(1) in COURTESY_TITLES and not whole)
    others = re.finditer(re.escape(first) + r"[ \xa0]+([A-Z][\w'’-]*)", text)
    return titled and all(other.group(1) == words[1] for other in others)


#: Where a sentence or a paragraph opens (a name there is the sentence's subject).
_OPENING_RE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?][ \xa0])|(?<=[.!?][\"”’][ \xa0]))")


#: A sentence opening on someone described by a possessive or a determiner and
#: a noun (``Venn's mother wept``, ``His elderly father``, ``The woman``): the
#: first two words after the opener may be the noun.
_DESCRIBED_OPENING_RE = re.compile(
    _OPENING_RE.pattern
    + r"(?:His|Her|Their|The|An?|[A-Z][\w-]*['’]s)[ \xa0]+([a-z][\w-]*)(?:[ \xa0]+([a-z][\w-]*))?"
)
#: The gender each personal pronoun stands for.
PRONOUN_GENDERS = {"he": "m", "him": "m", "she": "f", "her": "f"}
#: The gender each owning pronoun speaks of (``his report``, ``her name``).
POSSESSIVE_GENDERS = {"his": "m", "her": "f"}


def described_of_gender_between(
    text: str, low: int, high: int, pronoun: str | None, quoted: Callable[[int], bool]
) -> bool:
    """True when a sentence at ``low <= at < high`` outside quoted words
    (``quoted``) opens on someone whose noun tells the gender ``pronoun``
    stands for (``Venn's mother wept in the gallery. “...,” she said``): a
    nearer person the pronoun may mean than an unnamed speaker before them."""
    wanted = PRONOUN_GENDERS.get(pronoun or "")
    if wanted is None or low >= high:
        return False
    for found in _DESCRIBED_OPENING_RE.finditer(text, max(0, low), high):
        nouns = [NOUN_GENDERS.get(word) for word in found.groups() if word is not None]
        if wanted in nouns and not quoted(found.start()):
            return True
    return False


def _opening_gender(text: str, name: str) -> str | None:
    """The gender :func:`gender_evidence` gives ``name`` from the sentences it
    opens only (``Ayo Mensah, 17, died after he``; not ``Sanders beat Hillary
    Clinton in his fourth win``, where the pronoun is the subject's)."""
    sentences = [
        text[at : following.end()]
        for at in occurrences(text, [name])
        if _OPENING_RE.match(text, at) and (following := FOLLOWING_RE.match(text, at + len(name)))
    ]
    return _by_evidence("\n".join(sentences), [name]) if sentences else None


def full_name_gender(text: str, name: str) -> str | None:
    """``"m"``, ``"f"`` or None: the gender the pronouns after the full ``name``
    give it (``Ayo Mensah, 17, died after he``), else its given name's usual
    sex; what the surname alone tells may be a relative's."""
    return _by_evidence(text, [name]) or usual_gender(name.split()[0])


def _by_evidence(text: str, names: list[str]) -> str | None:
    """The gender :func:`gender_evidence` gives more points to, if either."""
    male, female = gender_evidence(text, names)
    return "m" if male > female else "f" if female > male else None


#: The pronoun sieves (:data:`quotes.extract.pronouns.PRONOUN_SIEVES`) whose
#: choice of a person of unknown gender for ``he`` or ``she`` tells it: whom the
#: sentence or paragraph is about.
_TELLING_SIEVES = frozenset({"sentence", "topic"})
#: Those whose choice tells it of a person named: also who spoke last (``Kiran
#: Oduya ... “...,” she said``: a later ``he said`` is not Kiran's), but not of
#: someone unnamed (``a witness``: the next witness may be a man).
_TELLING_NAMED_SIEVES = _TELLING_SIEVES | {"last speaker"}
#: The pronouns that tell a chosen person's gender (``him`` and ``her`` may be anyone's object).
_TELLING_PRONOUNS = {pronoun: PRONOUN_GENDERS[pronoun] for pronoun in ("he", "she")}


def gender_told(sieve: str, name: str, pronoun: str | None) -> str | None:
    """The gender ``pronoun`` tells of the person called ``name`` whom the
    pronoun sieve ``sieve`` chose for it (:data:`_TELLING_SIEVES`,
    :data:`_TELLING_NAMED_SIEVES` for a name, unless against the usual sex
    of its first word, :func:`usual_gender`: the last speaker is a guess), else None."""
    telling = _TELLING_NAMED_SIEVES if name[:1].isupper() else _TELLING_SIEVES
    told = _TELLING_PRONOUNS.get(pronoun or "") if sieve in telling else None
    usual = usual_gender(name.split()[0]) if sieve not in _TELLING_SIEVES else None
    return None if usual not in (None, told) else told  # "Melanie ... “...,” he said": a guess, not hers


def _usual_of(words: list[str]) -> str | None:
    """The usual sex of the given names among ``words`` (those before a
    surname, initials aside) when they agree; None when they disagree
    (``Rana Tariq Mehmood``, ``Donna Sampson Rawlings``: a title, a clan's or
    a family's name may be a given name of the other sex elsewhere)."""
    sexes = {usual_gender(word) for word in words if not _INITIAL_RE.fullmatch(word)} - {None}
    return sexes.pop() if len(sexes) == 1 else None


#: Nouns ending like ``actress`` that say nothing of a gender (``a witness said``).
_NOT_WOMEN = frozenset("witness business press congress boss guess".split())
#: Nouns ending like ``spokesman`` that say nothing of a gender.
_NOT_MEN = frozenset("german germans human humans roman romans omen".split())


def noun_gender(description: str) -> str | None:
    """``"m"`` or ``"f"`` when the last word of an unnamed person's description
    tells it (``spokesman``, ``the woman``, ``his daughter``, ``actress``); None otherwise."""
    words = description.lower().split()
    noun = words[-1] if words else ""
    if noun in GENDERED_NOUNS:
        return GENDERED_NOUNS[noun]
    if noun.endswith(("woman", "women")) or (noun.endswith("ess") and noun not in _NOT_WOMEN):
        return "f"
    if noun in _NOT_MEN:
        return None
    return "m" if noun.endswith(("man", "men")) else None


def never_gendered(kind: str, name: str) -> bool:
    """True for a speaker of ``kind`` that no ``he`` or ``she`` stands for: a
    group, or a body not described by a person's noun (``Alderan Cares``; not
    ``a spokeswoman for the hospital``)."""
    if kind == "group":
        return True
    words = name.lower().replace("’", " ").replace("'", " ").split()
    return kind == "organization" and not PERSON_NOUNS.intersection(words)
