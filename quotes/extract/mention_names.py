"""The name inside a speaker mention: the full name a mention holds or starts
(``Kobb and other officials``, ``Harbour Secretary of State Ansel Kobb``), how
far a name runs over ``of`` (``Bank of Norland``), and whether a capitalised
word names a person the article knows (:class:`~quotes.extract.registry.SpeakerRegistry`)."""

from __future__ import annotations

import re

from quotes.extract.given_names import given_name_gender
from quotes.extract.lexicon import POLL_NOUNS
from quotes.extract.mentions import speaker_kind
from quotes.extract.name_runs import particled_start
from quotes.extract.patterns import OF_NAME_RE
from quotes.extract.registry import SpeakerRegistry
from quotes.extract.sentences import SENTENCE_END_RE, SENTENCE_SPLIT_RE
from quotes.extract.speaker_words import (
    GENDERED_NOUNS,
    GROUP_NOUNS,
    ORG_HEADS,
    PERSON_NOUNS,
    UNIT_NOUNS,
    is_org_head,
)
from quotes.extract.title_words import TITLE_WORDS

#: Words of a title that can stand between title words (``Secretary of State``).
_TITLE_COMPLEMENTS = ("of", "State", "U.S.", "US")
#: Words that join two names in one mention (``Kobb and Venn``, ``Kobb, Venn``).
_JOINED_RE = re.compile(r",|\b(?:and|or|with)\b")
#: A preposition opening the words between two names: the second is where the
#: first works (``Jonas Riedl of Velo Norte``, ``Sam Reddy of the Centre for Urban Policy``).
_COMPLEMENT_GAP_RE = re.compile(r"[ \xa0]+(?:of|at|from)[ \xa0]+[^,;:()]*")
#: A plural noun and ``of`` opening a mention (``Residents of``, ``the members of``).
_GROUP_OF_RE = re.compile(r"(?:[Tt]he[ \xa0]+)?([A-Za-z][\w-]*)[ \xa0]+of[ \xa0]")
#: A plural possessive before a capitalised word (``Farmers' Union``): the run
#: of capitals it ends is part of a body's name.
_PLURAL_OWNER_RE = re.compile(r"s['’][ \xa0]+[A-Z]")
#: A body's head and ``of``/``for`` right before capitals (``Office for`` +
#: ``National Statistics``): the capitals end the body's name, they name no person.
_BODY_HEAD_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)[ \xa0]+(?:of|for)[ \xa0]+(?:the[ \xa0]+)?\Z")


#: A possessive and a lower-case word after a name inside a mention (``Mara Venn|'s
#: lawyer``, ``Ana Harris|' lawyer``): the name owns the one who speaks.
_OWNS_NEXT_RE = re.compile(r"(?:['’]s|(?<=s)['’])?[ \xa0]+[a-z]")
#: A lower-case ``of`` phrase after a person's post or noun, before a name (``Mother|
#: of two |Kerry Walsh``, ``Chair| of governors |Linda Osei``): the post is hers.
_POST_OF_RE = re.compile(r"[ \xa0]+of[ \xa0]+(?:[a-z][\w-]*|\d+)(?:[ \xa0]+[a-z][\w-]*)?[ \xa0]+(?=[A-Z])")
#: A word opening the next sentence that is no name on its own (``... of
#: Education. The``, ``RealClearPolitics. Only``): what a mention run over a
#: sentence end holds after it.
_OPENING_WORDS = frozenset("the a an this that these those it its only but and so yet then".split())


#: The end of a possessive (``Venn's``, ``Harris'``).
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


def _owner_only(text: str, start: int, end: int, mention_end: int) -> bool:
    """True when the name at ``[start, end)``, or its possessive, owns a
    lower-case noun after it within the mention ending at ``mention_end``
    (``Mara Venn's lawyer``)."""
    found = _OWNS_NEXT_RE.match(text, end)
    owns = found is not None and (found.group(0)[:1] in "'’" or text[start:end].endswith(_POSSESSIVE_ENDS))
    return owns and found is not None and found.end() <= mention_end


#: A poll's or a report's noun closing a mention right after a name (``a Kell
#: Varna| poll``, ``the Metro Daily| survey``), perhaps after a partner's
#: name and a slash (``a Vell News|/Marlow College poll``): the name says
#: whose poll, and the poll is the source.
_DOCUMENT_AFTER_RE = re.compile(
    r"(?:/[A-Z][\w'’&.-]*(?:[ \xa0]+[A-Z][\w'’&.-]*){0,3})?[ \xa0]+(?:" + "|".join(sorted(POLL_NOUNS)) + r")"
)


def _names_document(text: str, end: int, mention_end: int) -> bool:
    """True when the name ending at ``end`` only says whose poll or report
    closes the mention ending at ``mention_end`` (``a Kell Varna poll``)."""
    return _DOCUMENT_AFTER_RE.fullmatch(text, end, mention_end) is not None


def _modifies_body(text: str, name: str, end: int, mention_end: int) -> bool:
    """True when the name ``name`` ending at ``end`` is followed, to the end
    of the mention at ``mention_end``, by one body's noun in lower case
    (``Pine Ridge police``, ``Six Harlow newspapers``): the name says which
    place's body speaks, and is no speaker's name; not a person's name, one
    opening on a given name or whose last word the text also writes alone,
    as a surname (``the Jeb Orrin campaign ... Orrin's record``)."""
    words = text[end:mention_end].split()
    if len(words) != 1 or not words[0].islower() or not is_org_head(words[0]):
        return False
    last = re.escape(name.split()[-1])
    alone = len(re.findall(rf"\b{last}\b", text)) > len(re.findall(rf"\b{re.escape(name)}\b", text))
    return given_name_gender(name.split()[0]) is None and not alone


def _only_says_whose(text: str, name: str, end: int, mention_end: int) -> bool:
    """True when the name ``name`` ending at ``end`` only says whose poll or
    report (:func:`_names_document`) or which place's body (:func:`_modifies_body`)
    closes the mention ending at ``mention_end``: no speaker's name."""
    return _names_document(text, end, mention_end) or _modifies_body(text, name, end, mention_end)


#: Lower-case words and then a full name closing a mention after a name
#: (``Vell Terminals| chief executive Pera Lindqvist``): the words may be a title.
_TITLE_THEN_NAME_RE = re.compile(
    r"[ \xa0]+((?:[a-z][\w-]*[ \xa0]+){1,4})[A-Z][\w'’-]+(?:[ \xa0]+[A-Z][\w'’-]+)+\Z"
)


def _titles_another(text: str, end: int, mention_end: int) -> bool:
    """True when a title and another full name follow the name ending at
    ``end`` within the mention (``Vell Terminals chief executive Pera
    Lindqvist``): the first name is the body the titled person works for."""
    found = _TITLE_THEN_NAME_RE.match(text, end, mention_end)  # "$" at mention_end, no copy of the text
    return found is not None and any(word in TITLE_WORDS for word in found.group(1).split())


def _ends_body_name(text: str, at: int) -> bool:
    """True when the capitals at ``at`` complete a body's name (``the Office for National Statistics``,
    ``the Division of Gaming Enforcement``: a unit's noun before ``of`` is a body's, no surname)."""
    found = _BODY_HEAD_BEFORE_RE.search(text, max(0, at - 40), at)
    head = found.group(1).lower() if found is not None else ""
    return is_org_head(head) or head in UNIT_NOUNS


def _names_person(registry: SpeakerRegistry, word: str, before: int) -> bool:
    """True when ``word`` is a word of the name of a person ``registry`` holds,
    or the last word of a full name written before ``before`` (a surname; not
    ``Joint Chiefs`` of ``Joint Chiefs of Staff``)."""
    if any(person.kind == "person" and word in person.name.split() for person in registry.people):
        return True
    if is_org_head(word.lower()):
        return False  # "Calder Bank" before "the Central Bank of Varnland": a body's noun, no surname
    full_name = re.compile(r"\b[A-Z][\w’'-]+[ \xa0]+" + re.escape(word) + r"\b(?![ \xa0]+of\b)")
    return full_name.search(registry.text, 0, before) is not None


def _post_then_name(registry: SpeakerRegistry, last: str, end: int) -> bool:
    """True when ``last`` is a post's word and a name ends at ``end`` (its ``for`` phrase's end)."""
    if registry.text[end - 1 : end] == ".":
        end -= 1  # "... said Commissioner for Works Ada Obi."
    names = registry.candidates_between(end - 60, end)
    return last.lower() in TITLE_WORDS and any(c_end == end for _, c_end, _ in names)


def extend_of(registry: SpeakerRegistry, start: int, end: int) -> int:
    """``Joint Chiefs`` + `` of Staff``: extend a capitalised mention over an
    ``of`` + capitalised complement that the parse cut off; not a person's
    name (``Wee of the Times``: the Times is where Wee works). A post with a
    lower-case ``of`` phrase runs on to the name after it (:func:`_post_of_name_end`)."""
    text = registry.text
    named = _post_of_name_end(registry, start, end)
    if named is not None:
        return named
    if start < end and text[end - 1 : end].isalpha():
        last = text[start:end].split()[-1]
        match = OF_NAME_RE.match(text, end) if last[:1].isupper() else None
        if match and match.group(0).startswith(" for ") and not is_org_head(last.lower()):
            # "Cameron Easley for Morning Consult": where he writes, no part of a name
            # ("Commissioner for Works Ada Obi": a post and the name that ends it)
            match = match if _post_then_name(registry, last, match.end()) else None
        if match and not _names_person(registry, last, start):
            stop = SENTENCE_END_RE.search(match.group(0))  # "of Prisons. The film", not "of Vell Inc. Chief"
            return end + stop.start() if stop else match.end()
    return end


def _person_word(word: str) -> bool:
    """True when ``word`` (lower case) is a post's or a person's noun."""
    return word in PERSON_NOUNS or word in TITLE_WORDS or word in GENDERED_NOUNS


def _post_of_opening(mention: str) -> bool:
    """True when ``mention`` is one post or person's noun (``Mother``, ``Chair``)
    or a body's capitalised name and then a post in lower case (``Ravens
    director``; not a name that ends on a post's word, ``Chief Marvin
    Cardinal``), the mention a lower-case ``of`` phrase and a name may complete."""
    *body, post = mention.split()
    capitalised = all(word[:1].isupper() and word.lower() not in _OPENING_WORDS for word in body)
    return _person_word(post.lower()) and capitalised and (not body or post.islower())


def _post_of_name_end(registry: SpeakerRegistry, start: int, end: int) -> int | None:
    """Where the name ends that a mention of one post or person's noun stands
    before, over a lower-case ``of`` phrase the parse cut off (``Mother of two
    Kerry Walsh said``, ``Chair of governors Linda Osei``, ``Ravens director
    of rugby Paul Gatward``); else None. After a body's name the ``of`` phrase
    is a field, no person's noun (``Vell Town wife of striker Ola Lund``)."""
    mention = registry.text[start:end]
    if not mention.strip() or not _post_of_opening(mention):
        return None
    post_of = _POST_OF_RE.match(registry.text, end)
    if post_of is None:
        return None
    field = post_of.group(0).split()[1:]
    if " " in mention.strip() and any(_person_word(word) for word in field):
        return None
    names = registry.candidates_between(post_of.end() - 1, post_of.end() + 1)
    found = next((run for run in names if run[0] == post_of.end() and speaker_kind(run[2]) == "person"), None)
    if found is None or found[2].endswith(_POSSESSIVE_ENDS):
        return None  # "Director of rugby Ned Carrow's wife": the name owns the speaker
    return found[1]


def _last_whole(mention: str, name: str) -> int:
    """Where ``name`` last stands in ``mention`` as whole words (not ``Ana Lie``
    in ``Ana Lien``, nor ``Moon Jae`` in ``Moon Jae-in``), or -1."""
    at = mention.rfind(name)
    while at >= 0:
        after = mention[at + len(name) : at + len(name) + 1]
        before = mention[at - 1 : at] if at else ""
        if not (after.isalnum() or after == "-" or before.isalnum() or before == "-"):
            return at
        at = mention.rfind(name, 0, at + len(name) - 1)
    return -1


def _name_around(registry: SpeakerRegistry, start: int, end: int) -> tuple[int, int, str] | None:
    """A name candidate holding the mention ``[start, end)`` as the end of a
    hyphened word (``jae`` of ``Lee Min-jae``), or None."""
    if registry.text[start - 1 : start] != "-":
        return None
    for c_start, c_end, name in registry.candidates_between(start - 60, start):
        if c_start < start and end == c_end:
            return c_start, c_end, name
    return None


def name_in_mention(registry: SpeakerRegistry, start: int, end: int) -> tuple[int, int, str | None]:
    """A full personal name inside a mention (``Harbour Secretary of State Ansel
    Kobb`` -> ``Ansel Kobb``), with offsets, or ``(start, end, None)``."""
    start = particled_start(registry.text, registry.candidates_between(start - 200, start), start)
    around = _name_around(registry, start, end)
    if around is not None:
        return around  # "Lee Min-jae": the parse may take the part after the hyphen alone
    mention = registry.text[start:end]
    group_of = _GROUP_OF_RE.match(mention)
    if group_of is not None and group_of.group(1).lower() in GROUP_NOUNS:
        return start, end, None  # "Residents of Marlow Green", "Supporters of Ina Moss": the group
    best = None
    for person in registry.people:
        # "Bellhaven manager" from a headline is a description, no name inside "Bellhaven manager Ana Sola"
        if (
            person.kind == "person"
            and len(person.name.split()) >= 2
            and person.name.split()[-1][:1].isupper()
        ):
            at = _last_whole(mention, person.name)
            if at >= 0 and (
                _ends_body_name(registry.text, start + at)
                or _owner_only(registry.text, start + at, start + at + len(person.name), end)
                or _titles_another(registry.text, start + at + len(person.name), end)
                or _only_says_whose(registry.text, person.name, start + at + len(person.name), end)
            ):
                continue
            if at >= 0 and (best is None or len(person.name) > len(best[2])):
                best = (start + at, start + at + len(person.name), person.name)
    if best is not None:
        return best
    found = None
    for c_start, c_end, name in registry.candidates_between(start - 1, end):
        if _PLURAL_OWNER_RE.match(registry.text, c_end - 1):
            continue  # "the Vell Farmers' Union": a word of the body's name, no person
        if (
            start <= c_start
            and c_end <= end
            and not _ends_body_name(registry.text, c_end - len(name))
            and not _owner_only(registry.text, c_start, c_end, end)
            and not _only_says_whose(registry.text, name, c_end, end)
        ):
            words = name.split()
            # drop leading title words (Secretary of State Ansel Kobb)
            while words and (words[0].lower().rstrip(".") in TITLE_WORDS or words[0] in _TITLE_COMPLEMENTS):
                words = words[1:]
            if len(words) >= 2 and speaker_kind(" ".join(words)) == "person" and _plausible_name(words):
                name = " ".join(words)
                if found is not None and _JOINED_RE.search(registry.text, found[1], c_end - len(name)):
                    break  # "Ansel Kobb and Mara Venn": the first leads
                if found is not None and _COMPLEMENT_GAP_RE.fullmatch(
                    registry.text, found[1], c_end - len(name)
                ):
                    break
                found = (
                    c_end - len(name),
                    c_end,
                    name,
                )  # "Tessel United striker Jonas Berg": the last is the head
    return found if found is not None else (start, end, None)


def _plausible_name(words: list[str]) -> bool:
    """True when words left of a title can be a person's name (no body or group word, four words at most)."""
    lower = [w.lower().removesuffix("’s").removesuffix("'s") for w in words]
    return not any(w in ORG_HEADS or w in GROUP_NOUNS for w in lower) and len(words) <= 4


def within_one_sentence(value: str | None) -> str | None:
    """``value`` (a speaker, role or affiliation) within one sentence: a
    mention the parse ran over a sentence end (``Washington State. Mr.
    Leenders``, ``U.S. Department of Education. The``) keeps its last sentence
    that is more than a word opening it, without its full stop."""
    if not value:
        return value
    cuts = [match.end() for match in SENTENCE_SPLIT_RE.finditer(value)]
    if not cuts:
        return value
    pieces = [value[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(value)])]
    names = [piece for piece in pieces if piece.lower().rstrip(".") not in _OPENING_WORDS]
    if not names:
        return value
    return SENTENCE_END_RE.sub("", names[-1]).strip() or value
