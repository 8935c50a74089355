"""The evidence a text gives of a person's gender (pure text): the pronouns
that follow the person's name in its sentence and the courtesy titles before
it, counted for him and for her (:func:`gender_evidence`), leaving out the
pronouns that stand for someone else (a relative's noun before them, a
possessor apposed, another person named between, ``her`` the object of what
befalls someone). :mod:`quotes.extract.gender` weighs it against the given
name."""

from __future__ import annotations

import re
from functools import lru_cache

from quotes.extract.given_names import given_name_gender
from quotes.extract.lexicon import ADDRESSING_FORMS, ASKING_FORMS, SAYING_VERBS, verb_forms
from quotes.extract.patterns import COURTESY_TITLE_RE, FOLLOWING_RE, at_word_boundary, occurrences, word_at
from quotes.extract.role_words import names_a_person
from quotes.extract.speaker_words import GENDERED_NOUNS, PERSON_NOUNS, TALKED_ABOUT_NOUNS
from quotes.extract.title_words import COURTESY_TITLES

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
NOUN_GENDERS = {
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
#: A single quotation mark closing quoted words after their punctuation (``for Juniper,’ he
#: said``): the name was in someone's words, the pronoun after them is the speaker's.
_SINGLE_MARK_CLOSING_RE = re.compile(r"[,.!?…][’']")


def _someone_elses(text: str, at: int, name_end: int, pronoun: re.Match[str]) -> bool:
    """True when the first ``pronoun`` after the name at ``at`` (ending at
    ``name_end``; the match is of the text from there) most often stands for
    someone else: ``him`` (``Megan Hargrove sat behind him``), an object ``her``
    (``Eik sailed with her,``), what befalls a person (``Kobb welcomed her
    return``), in a question asked (``Whitman asked whether she``), after a
    possessive the name is apposed to or another person between, after a
    preposition's object (``whose win over Obiora lifted her``), or past the
    single mark closing the quotation that holds the name (``‘I would go for
    Juniper,’ he said``; double marks already end what follows a name)."""
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
        or (_SINGLE_MARK_CLOSING_RE.search(between) is not None and _in_single_quotes(text, at))
    )


#: A single quotation mark opening quoted words (``‘``, or ``'`` before a word).
_SINGLE_MARK_OPENING_RE = re.compile(r"‘|(?<![\w’'])'(?=\w)")


def _in_single_quotes(text: str, at: int) -> bool:
    """True when a single mark opened quoted words before ``at`` (within 200
    characters) and none closed them since: ``at`` is inside someone's words
    (``‘I would go for Juniper,’ he said``; not ``called the plan ‘reckless,’
    and she``)."""
    low = max(0, at - 200)
    openings = [found.end() for found in _SINGLE_MARK_OPENING_RE.finditer(text, low, at)]
    return bool(openings) and _SINGLE_MARK_CLOSING_RE.search(text, openings[-1], at) is None


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
            if word.group() in NOUN_GENDERS
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
        gender = NOUN_GENDERS.get(words[head])
        if gender is None or (gender == "f") == feminine:
            return True
    return False


def _is_person_noun(word: str) -> bool:
    """True when ``word`` names a person by what they are (``driver``, ``suspect``)."""
    return word in PERSON_NOUNS or word in TALKED_ABOUT_NOUNS or word in NOUN_GENDERS


def _possessor_before(text: str, at: int, pronoun: str) -> bool:
    """True when the name at ``at`` is in apposition to a possessive of the
    ``pronoun``'s gender (``Her coach, Per Olsen, said she``): the pronoun
    more likely stands for the possessor."""
    possessor = _POSSESSOR_BEFORE_RE.search(text, max(0, at - 40), at)
    if possessor is None:
        return False
    feminine = pronoun.startswith(("she", "her"))
    return (possessor.group(2) is not None) == feminine
