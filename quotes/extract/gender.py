"""What an article says of a person's gender (pure text): the pronouns that
follow the person's name in its sentence and the courtesy titles before it;
failing those, the sex that nearly always bears the given name (``given_names.tsv``,
then ``world_given_names.tsv``).
:class:`quotes.extract.registry.SpeakerRegistry` reads it to tell who ``he``
or ``she`` may stand for."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib.resources import files

from quotes.extract.lexicon import ADDRESSING_FORMS, ASKING_FORMS, SAYING_VERBS, verb_forms
from quotes.extract.patterns import COURTESY_TITLE_RE, FOLLOWING_RE, at_word_boundary, occurrences, word_at
from quotes.extract.role_words import names_a_person
from quotes.extract.speaker_words import GENDERED_NOUNS, PERSON_NOUNS, TALKED_ABOUT_NOUNS
from quotes.extract.title_words import COURTESY_TITLES, HONORIFIC_GENDERS

#: Pronouns that stand for one person of a gender: never for a body or a group.
GENDERED_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
#: A pronoun that tells a person's gender.
_GENDERED_PRONOUN_RE = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b")
#: Pronouns that may be a verb's object, someone else than the name before
#: them: never evidence against the sex of its given name.
_OBJECT_PRONOUNS = frozenset({"him", "her"})


#: A capitalised word: another name, maybe, between a name and a pronoun.
_CAPITALISED_RE = re.compile(r"\b[A-Z][a-z][\w’'-]*")
#: A word (not punctuation) between a name and a pronoun.
_WORD_RE = re.compile(r"[A-Za-z’'-]+")
#: What follows ``her`` as an object, not a possessive (``sailed with her for``,
#: ``thanked her.``): someone else than the name before it.
_OBJECT_HER_RE = re.compile(
    r"[ \xa0]*(?:[,.;:!?)\"”’]|\Z|(?:for|to|with|at|in|on|and|but|or|that|as|when|because|after|before|"
    r"since|about|over|again|too|once|back|out|up|down|off|away|of)\b)"
)
#: One word in the past tense between a name (or the rest of it) and a possessive
#: (``Kobb welcomed| her return``) ...
_ONE_VERB_RE = re.compile(r"(?:[ \xa0]+[A-Z][\w’'-]*)*[ \xa0]+[a-z]+ed[ \xa0]+")
#: ... before what befalls a person, who is most often someone else (``her
#: return``, ``his release``; not ``praised her staff``, the subject's own).
_BEFALLS = "return arrival release recovery appointment election resignation departure death comeback"
_BEFALLS_RE = re.compile(r"[ \xa0]+(?:" + "|".join(_BEFALLS.split()) + r")\b")
#: How long a relation has lasted, after its noun (``husband of 52 years``).
RELATION_YEARS = r"(?:[ \xa0]+of[ \xa0]+(?:[\w-]+[ \xa0]+){1,3}?(?:years|decades))?"
#: A noun that tells a gender, right before a name in apposition (``Her husband, ``,
#: ``Her husband of 52 years, ``).
_GENDERED_BEFORE_RE = re.compile(r"\b(" + "|".join(GENDERED_NOUNS) + ")" + RELATION_YEARS + r",?[ \xa0]+\Z")
#: How far before a name such a noun is looked for.
_GENDERED_BEFORE_REACH = 45
#: A possessive and its noun in apposition before a name (``Her coach, ``): the
#: possessor is someone else, whom a pronoun of the same gender after the name may mean.
_POSSESSOR_BEFORE_RE = re.compile(r"\b(?:[Hh](is)|[Hh](er))(?:[ \xa0]+[\w’'-]+){1,3},[ \xa0]+\Z")
#: A possessive opening an apposition right after a name (or the rest of it),
#: and the words of the apposition (``, her head chef,``): the possessor is someone else.
_POSSESSOR_AFTER_RE = re.compile(
    r"(?:[ \xa0]+[A-Z][\w’'-]*)*[ \xa0]*,[ \xa0]+(?:his|her)((?:[ \xa0]+[a-z][\w’'-]*){1,4}?)[ \xa0]*[,.;]"
)
#: How far after a name such an apposition is read.
_POSSESSOR_AFTER_REACH = 60
#: Person's nouns that tell a gender (``the boy``, ``a woman``): a pronoun of
#: the other gender cannot stand for them.
_NOUN_GENDERS = {
    **GENDERED_NOUNS,
    **dict.fromkeys("man boy gentleman businessman policeman chairman spokesman".split(), "m"),
    **dict.fromkeys("woman girl lady businesswoman policewoman chairwoman spokeswoman".split(), "f"),
}
#: A determiner before a person's noun (``the boy``, ``a 17-year-old driver``);
#: not ``that``, more often the conjunction (``said that a man``).
_DETERMINER_RE = re.compile(r"\b(?:the|a|an|this)[ \xa0]+")
#: A word of a noun phrase (``17-year-old``, ``driver``).
_PHRASE_WORD_RE = re.compile(r"[\w’'-]+")
#: A finite verb right after a noun: the noun is the subject of a clause of its
#: own (``the boy was arrested``), not the object of the name's verb (``told the judge that``).
_CLAUSE_VERB_RE = re.compile(
    r"(?:was|were|is|are|had|has|have|would|will|could|can|should|might|must|did|does|\w+ed)\Z"
)
#: An apposition right after a name (``, a teacher,``): the name's own description.
_APPOSITION_RE = re.compile(r"[ \xa0]*,[^,]*,")
#: Forms of a verb of saying whose pronoun right after is most often the
#: subject's own (``said he``, ``wrote in her``); not a verb that takes a
#: person as its object (``told her``, ``praised his``).
_OWN_SAYING_FORMS = frozenset(
    form
    for verb in SAYING_VERBS - {"accuse", "charge", "criticize", "praise", "urge"}
    for form in verb_forms(verb)
    if form not in ADDRESSING_FORMS
)
#: What may stand between a verb of saying and its subject's own pronoun
#: (``said that he``, ``said in his message``, ``wrote on her blog``).
_OWN_SAYING_LINKS = frozenset({"that", "in", "on"})
#: The rest of a name after the word found (``Tam| Ollery said he``).
_NAME_REST_RE = re.compile(r"\A(?:[ \xa0]+[A-Z][\w’'-]*)+")
#: Points for a pronoun right after the name's own verb of saying (``Vey said
#: he``) or its own verb in the past tense (``Sam Obi praised her staff``): the
#: person's own, stronger evidence than any other pronoun after a name.
_OWN_PRONOUN_POINTS = 2
#: What makes a name possessive (``Kobb's``).
_POSSESSIVE_ENDINGS = ("'s", "’s")


def gender_evidence(text: str, names: list[str]) -> tuple[int, int]:
    """:func:`_gender_evidence`, computed once per article and names (the
    sieves ask again for the same person)."""
    return _gender_evidence(text, tuple(names))


#: How many articles' and names' evidence :func:`gender_evidence` keeps: those of
#: the article being read are asked again, earlier ones never.
_EVIDENCE_CACHED = 64


@lru_cache(maxsize=_EVIDENCE_CACHED)
def _gender_evidence(text: str, names: tuple[str, ...]) -> tuple[int, int]:
    """``(male, female)``: how strongly ``text`` makes a person known by ``names`` (the surname, the given
    name) a man or a woman: a point for each name followed in its sentence by a gendered pronoun (``Ray said
    she``, the first pronoun; not after ``Ray's``, nor after another capitalised word, maybe another person,
    nor ``him``, never the subject's own, nor in a question asked, ``Ray asked whether she``, most often of
    someone else, nor one of the gender of a possessive the name is apposed to, ``Her coach, Ray, said
    she``, nor a first pronoun against the given name's usual sex when one of that sex follows, ``Rosa Vey
    said he gave her a job``: :func:`_someone_else_first`; two right after the name's own verb, ``Ray said
    he``, ``Ray praised her staff``: :data:`_OWN_PRONOUN_POINTS`), two for each courtesy title or noun of a
    gender before a name (``Ms. Ray``, ``Her husband, Per Ray``). Names are whole words (``\\b``), tried in
    the order given."""
    male = female = 0
    end = 0  # a name, and what follows it up to the end of its sentence
    given_sex = given_name_gender(names[0].split()[0]) if names and names[0] else None
    written = occurrences(text, names)
    for at in written:
        name_end = word_at(text, at, names) if at >= end and at_word_boundary(text, at) else None
        if name_end is None:
            continue
        following = FOLLOWING_RE.match(text, name_end)
        end = following.end() if following else name_end
        if text.startswith(_POSSESSIVE_ENDINGS, name_end):
            continue  # "Kobb's lawyer argued that her client ...": the pronoun is the lawyer's
        pronoun = _GENDERED_PRONOUN_RE.search(text[name_end:end].lower())
        capitals = _CAPITALISED_RE.findall(text, name_end, name_end + pronoun.start()) if pronoun else []
        if pronoun is None or any(word not in names for word in capitals):
            continue  # "Venn told Kobb that he ...": the pronoun may be the other one's
        if _someone_elses(text, at, name_end, pronoun) or _someone_else_first(
            text[name_end:end].lower(), pronoun.group(1), given_sex
        ):
            continue  # "Rosa Vey said he gave her her first job"
        between = text[name_end : name_end + pronoun.start()]
        points = _OWN_PRONOUN_POINTS if _after_own_saying(between) or _ONE_VERB_RE.fullmatch(between) else 1
        if _masculine(pronoun.group(1)):
            male += points
        else:
            female += points
    for at in written:
        before = _GENDERED_BEFORE_RE.search(text, max(0, at - _GENDERED_BEFORE_REACH), at)
        if before is not None and word_at(text, at, names) and at_word_boundary(text, at):
            male, female = (
                (male + 2, female) if GENDERED_NOUNS[before.group(1)] == "m" else (male, female + 2)
            )
    end = 0
    for at, title_end, title_gender in _courtesy_titles(text):
        name_end = word_at(text, title_end, names) if at >= end else None
        if name_end is None:
            continue
        end = name_end
        if title_gender == "m":
            male += 2
        else:
            female += 2
    return male, female


@lru_cache(maxsize=_EVIDENCE_CACHED)
def _courtesy_titles(text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` writes a courtesy title (``Ms.``), where it ends and the
    gender it gives, in order: the same for every person of the article, read
    once per article (about a third of :func:`_gender_evidence`'s time)."""
    found = []
    for at in occurrences(text, COURTESY_TITLES):
        title = COURTESY_TITLE_RE.match(text, at)
        if title is not None:
            found.append((at, title.end(), COURTESY_TITLES[title.group(1)]))
    return found


#: A preposition before a name it takes as object (``win over| Obiora``): a pronoun after it is another's.
_OBJECT_OF_PREPOSITION_RE = re.compile(r"\b(?:over|against|(?<!ccording )to|with|than) ([A-Z]\w+ )?\Z")


def _someone_elses(text: str, at: int, name_end: int, pronoun: re.Match[str]) -> bool:
    """True when the first ``pronoun`` after the name at ``at`` (ending at
    ``name_end``; the match is of the text from there) most often stands for
    someone else: ``him`` (``Megan Hargrove sat behind him``), an object ``her``
    (``Eik sailed with her,``), what befalls a person (``Kobb welcomed her
    return``), in a question asked (``Whitman asked whether she``), after a
    possessive the name is apposed to or another person between, or after a
    preposition's object (``whose win over Obiora lifted her``)."""
    between = text[name_end : name_end + pronoun.start()]
    return bool(
        pronoun.group(1) == "him"
        or _OBJECT_OF_PREPOSITION_RE.search(text, max(0, at - 30), at) is not None
        or (_ONE_VERB_RE.fullmatch(between) and _BEFALLS_RE.match(text, name_end + pronoun.end()))
        or (pronoun.group(1) == "her" and _OBJECT_HER_RE.match(text, name_end + pronoun.end()))
        or any(word in ASKING_FORMS for word in _WORD_RE.findall(between))
        or _possessor_before(text, at, pronoun.group(1))
        or _possessor_apposed_after(text, name_end)
        or _person_between(between, pronoun.group(1))
    )


def _after_own_saying(between: str) -> bool:
    """True when ``between`` (from a name to its first pronoun) is, past the
    rest of the name and an apposition (``, 52,``), a verb of saying alone or with ``that``, ``in`` or
    ``on`` (``Vey said he``, ``Vey, 52, said in his message``): the pronoun is
    the speaker's own; not after an object (``told the board he``), nor
    another verb (``Vey praised her``)."""
    rest = _NAME_REST_RE.sub("", between, count=1)
    apposition = _APPOSITION_RE.match(rest)
    words = (rest[apposition.end() :] if apposition else rest).split()
    if not words or words[0] not in _OWN_SAYING_FORMS:
        return False
    return len(words) == 1 or (len(words) == 2 and words[1] in _OWN_SAYING_LINKS)


def _possessor_apposed_after(text: str, name_end: int) -> bool:
    """True when an apposition right after the name ending at ``name_end``
    opens on a possessive and ends on a person's noun (``Marek Ek, her head
    chef,``; ``Per Ruud, his lawyer.``): its pronoun is the possessor's, some
    other person; not ``Ana Ruiz, her voice breaking,``, the name's own."""
    apposed = _POSSESSOR_AFTER_RE.match(text[name_end : name_end + _POSSESSOR_AFTER_REACH])
    if apposed is None:
        return False
    noun = apposed.group(1).split()[-1]
    return _is_person_noun(noun) or names_a_person(noun)


def _masculine(pronoun: str) -> bool:
    """True for a pronoun of a man (``he``, ``his``; not ``her``)."""
    return pronoun.startswith(("he", "hi")) and not pronoun.startswith("her")


def _someone_else_first(following: str, first: str, given_sex: str | None) -> bool:
    """True when the ``first`` pronoun after a name (``following``, lower case,
    to the end of its sentence) is a subject's or a possessive of the sex other
    than the usual one of the name's given name (``given_sex``, from
    :func:`given_name_gender`), and one of that usual sex follows (``Rosa Vey
    said he gave her her first job``: the ``he`` is someone else, Rosa is the
    ``her``). Never for a given name of no usual sex (``Kiran Osei said he had
    asked her deputy`` is Kiran's ``he``), nor for ``him`` or an object ``her``,
    nor with no pronoun of the usual sex after (``Andrea Pirlo said he``), nor
    one after another person's noun (``Nicola Brandi said he owed much to his
    wife, who gave up her job``: the ``her`` is the wife's)."""
    if given_sex is None or first in _OBJECT_PRONOUNS or (_masculine(first) == (given_sex == "m")):
        return False
    pronouns = list(_GENDERED_PRONOUN_RE.finditer(following))
    if len(pronouns) < 2:
        return False
    person = next(
        (
            word.start()
            for word in _PHRASE_WORD_RE.finditer(following, pronouns[0].end())
            if word.group() in _NOUN_GENDERS
        ),
        len(following),
    )
    return any(
        _masculine(word.group(1)) == (given_sex == "m") for word in pronouns[1:] if word.start() < person
    )


def _person_between(between: str, pronoun: str) -> bool:
    """True when ``between`` (from a name to a pronoun) has another person,
    past the name's own apposition, as the subject of a clause the pronoun
    may be in (``Crane said the boy was arrested at his home``: the boy's
    home, not the inspector's); not a person the name's verb acts on (``told
    the judge that he``), nor one of the other gender (``a man ... her``)."""
    apposition = _APPOSITION_RE.match(between)
    rest = between[apposition.end() :] if apposition else between
    feminine = pronoun.startswith(("she", "her"))
    for determiner in _DETERMINER_RE.finditer(rest):
        words = _PHRASE_WORD_RE.findall(rest, determiner.end())[:4]
        head = next((i for i, word in enumerate(words[:3]) if _is_person_noun(word)), None)
        if head is None or head + 1 >= len(words) or not _CLAUSE_VERB_RE.match(words[head + 1]):
            continue
        gender = _NOUN_GENDERS.get(words[head])
        if gender is None or (gender == "f") == feminine:
            return True
    return False


def _is_person_noun(word: str) -> bool:
    """True when ``word`` names a person by what they are (``driver``, ``suspect``)."""
    return word in PERSON_NOUNS or word in TALKED_ABOUT_NOUNS or word in _NOUN_GENDERS


def _possessor_before(text: str, at: int, pronoun: str) -> bool:
    """True when the name at ``at`` is in apposition to a possessive of the
    ``pronoun``'s gender (``Her coach, Per Olsen, said she``): the pronoun
    more likely stands for the possessor."""
    possessor = _POSSESSOR_BEFORE_RE.search(text, max(0, at - 40), at)
    if possessor is None:
        return False
    feminine = pronoun.startswith(("she", "her"))
    return (possessor.group(2) is not None) == feminine


#: An initial in a name (``T.``).
_INITIAL_RE = re.compile(r"[A-Z]\.?")


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
        gender = _by_evidence(text, [given]) or _opening_gender(text, whole) or _usual_of(words[:-1])
        if gender is not None:
            return gender
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
        found
        for found in re.finditer(rf"\b{re.escape(words[0])}\b(?![ \xa0]+[A-Z])", text)
        if (text[max(0, found.start() - 6) : found.start()].split() or [""])[-1].rstrip(".")
        not in COURTESY_TITLES
    ]
    last = re.search(rf"(?<!{re.escape(words[-2])} )\b{re.escape(words[-1])}\b", text)
    return bool(alone) and last is None


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
        nouns = [_NOUN_GENDERS.get(word) for word in found.groups() if word is not None]
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


def _read_given_names(filename: str) -> dict[str, str]:
    """Given name -> ``"m"`` or ``"f"``, from the package's ``filename`` (its header says where from)."""
    lines = files("quotes.extract").joinpath(filename).read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """The census's given names (``given_names.tsv``)."""
    return _read_given_names("given_names.tsv")


@lru_cache(maxsize=1)
def _world_given_names() -> dict[str, str]:
    """Given names of many countries the census does not tell, keyed in lower
    case (``world_given_names.tsv``)."""
    return {name.lower(): sex for name, sex in _read_given_names("world_given_names.tsv").items()}


def given_name_and_surname(words: list[str]) -> list[str]:
    """The last two or three of ``words`` opening on a known given name
    (``Resources Ada Obi``: ``Ada Obi``), else none."""
    size = next((n for n in (3, 2) if len(words) >= n and given_name_gender(words[-n])), 0)
    return words[-size:] if size else []


def given_name_gender(name: str) -> str | None:
    """``"m"`` or ``"f"`` when the given name ``name`` (``Astrid``) is borne by
    one sex at least 95% of the time in the US census of 1990; None otherwise.
    A weak sign: it only counts when the article says nothing of the person."""
    return _given_names().get(name)


def _usual_of(words: list[str]) -> str | None:
    """The usual sex of the given names among ``words`` (those before a
    surname, initials aside) when they agree; None when they disagree
    (``Rana Tariq Mehmood``, ``Donna Sampson Rawlings``: a title, a clan's or
    a family's name may be a given name of the other sex elsewhere)."""
    sexes = {usual_gender(word) for word in words if not _INITIAL_RE.fullmatch(word)} - {None}
    return sexes.pop() if len(sexes) == 1 else None


def usual_gender(name: str) -> str | None:
    """The usual sex of the given name ``name``: the census's
    (:func:`given_name_gender`), else that of names from many countries
    (``Marek``, ``Kwame``, ``Tamsin``: ``world_given_names.tsv``).
    Only what a person is called tells it: :func:`given_name_gender` alone
    says whether a word is a given name, since the wider list holds words
    that open other names more often than the census does."""
    return given_name_gender(name) or _world_given_names().get(name.lower())


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
