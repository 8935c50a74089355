"""Whom a story is about (pure text): a description in the story's first
paragraph of the person it tells of (``A man accused of stabbing his
neighbour``, ``A farmer whose sheep strayed``, ``A former deputy head``),
not an onlooker nor a spokesperson, and the full name with an age opening
the next paragraph that names them (``Peter Holm, 54, of Marlow Road,
denies ...``), unless that person died or was hurt. :func:`full_name` reads
a person's full name out of a match, without titles.
:mod:`quotes.extract.later_names` reads them."""

from __future__ import annotations

import re

from quotes.extract.descriptions import without_titles
from quotes.extract.gender import full_name_gender, noun_gender
from quotes.extract.gender_evidence import GENDERED_PRONOUNS
from quotes.extract.headline import headline_extent
from quotes.extract.mentions import head_word, speaker_kind
from quotes.extract.patterns import NAME_WORDS
from quotes.extract.role_words import names_a_person
from quotes.extract.sentences import ends_sentence
from quotes.extract.source_words import HARMED_WORDS, ONLOOKER_NOUNS, SELF_DESCRIBING_WORDS
from quotes.extract.speaker_words import GENERIC_PERSON_NOUNS, PERSON_NOUNS, SPEAKING_FOR_NOUNS
from quotes.extract.title_words import DROPPED_TITLES

#: A full name opening a paragraph with an age in apposition (``Peter Holm, 54,``)
#: or a relative clause (``Ada Holm, who farms near Ely,``).
_AGED_NAME_OPENING_RE = re.compile(rf"\s*({NAME_WORDS}),[ \xa0]+(?:\d{{1,3}},|(?=who[ \xa0]))")


def opens_story(text: str, end: int) -> bool:
    """True when ``end`` is in the first paragraph of the story (after the headline, if any)."""
    headline = headline_extent(text)
    body = headline[1] if headline is not None else 0
    return not text[body:end].strip().count("\n")


#: An indefinite description of someone, or a relative brought in by ``whose``
#: (``a teenager``, ``an injured climber``, ``whose daughter``): its words
#: are the first group.
_INDEFINITE_SOMEONE_RE = re.compile(r"\b(?:[Aa]n?|[Ww]hose)\b(?=((?:[ \xa0]+[a-z][\w-]*){1,3}))")
#: Words before a description's noun that say what the person was (``A former deputy head``).
_PAST_POST_RE = re.compile(r"\b(?:former|ex-)", re.IGNORECASE)


def story_subject(text: str, mention: str, end: int) -> bool:
    """True when ``mention``, ending at ``end`` in a story's first paragraph,
    describes whom the story is about (``A man accused of stabbing his
    neighbour``, ``A farmer whose sheep strayed``, ``A former deputy head``):
    no onlooker nor spokesperson (``a witness said``), and the paragraph
    brings in no one else by ``a``/``an`` (``A boy died ..., a witness said``:
    the next paragraph names the boy)."""
    head = head_word(mention)
    if head in ONLOOKER_NOUNS or head in SPEAKING_FOR_NOUNS:
        return False
    after = text[end : end + 40].split()
    described = (
        head in GENERIC_PERSON_NOUNS
        or (
            head in PERSON_NOUNS
            and _opens_paragraph(text, end - len(mention))
            and _deed_again_next(text, head, end)
        )
        or _PAST_POST_RE.search(mention) is not None
        or (bool(after) and after[0].strip(",") in SELF_DESCRIBING_WORDS)
    )
    if not described:
        return False
    return not _someone_else_brought_in(text, end - len(mention)) or _noun_again_next(text, head, end)


def _opens_paragraph(text: str, start: int) -> bool:
    """True when nothing but blanks stands between ``start`` and its paragraph's start."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


#: The first sentence of a paragraph (up to a full stop before a space or its end).
_FIRST_SENTENCE_RE = re.compile(r"\s*(.*?[a-z)][.!?])(?=\s|\Z)")


def _noun_again_next(text: str, head: str, end: int) -> bool:
    """True when the first sentence of the paragraph after ``end`` gives the
    noun ``head`` again as what someone served as (``A former county treasurer
    pleaded guilty ..., telling a federal judge ...`` ¶ ``Lorraine Biggs, 61,
    who served as Hadley County treasurer for 14 years, ...``): the person it
    names is the one described, whoever else the first paragraph brought in.
    The noun written otherwise (``said the teacher had ruined``, ``is now the
    ward's councillor``) may be anyone's."""
    close = text.find("\n", end)
    found = _FIRST_SENTENCE_RE.match(text, close) if close >= 0 else None
    noun = re.compile(rf"\bas[ \xa0]+(?:(?:a|an|the)[ \xa0]+)?(?:[A-Z][\w'’-]*[ \xa0]+)*{re.escape(head)}\b")
    return found is not None and noun.search(found.group(1)) is not None


#: Endings cut from a doer's noun to find the deed it names (``farmer``: ``farm``).
_DEED_CUTS = ("er", "or", "ist", "ian")
#: The fewest letters a deed's stem must keep (``farm``, ``teach``, ``nurse``).
_STEM_LEAST = 4


def _deed_again_next(text: str, head: str, end: int) -> bool:
    """True when the first sentence of the paragraph after ``end`` gives the
    deed of the doer ``head`` again (``A Wenlow farmer has described ...`` ¶
    ``Tam Brodie, who farms 400 acres near Kell,``): the person it names is the
    one described; a sentence about what someone else did (``Kevin Dorr, who
    was driving the van,`` after ``A cyclist``) names another."""
    stem = next((head[: -len(e)] for e in _DEED_CUTS if head.endswith(e)), head)
    close = text.find("\n", end)
    found = _FIRST_SENTENCE_RE.match(text, close) if close >= 0 and len(stem) >= _STEM_LEAST else None
    return found is not None and re.search(rf"\b{re.escape(stem)}", found.group(1), re.IGNORECASE) is not None


def _someone_else_brought_in(text: str, start: int) -> bool:
    """True when the paragraph holding ``start`` (where a description of
    someone starts) brings in another person by ``a``/``an`` or ``whose``
    (``a girl who drowned``, ``a young soldier``, ``A man whose son ...``)."""
    opening = text.rfind("\n", 0, start) + 1
    close = text.find("\n", start)
    paragraph = text[opening : close if close >= 0 else len(text)]
    for found in _INDEFINITE_SOMEONE_RE.finditer(paragraph):
        words = found.group(1).split()
        if opening + found.start() != start and any(
            names_a_person(word) or noun_gender(word) is not None for word in words
        ):
            return True
    return False


def named_in_next_paragraph(text: str, mention: str, end: int) -> str | None:
    """The full name opening the paragraph after a story's first one with an
    age in apposition, for someone that paragraph described (``A man accused of
    stabbing his neighbour told a jury ...`` ¶ ``Peter Holm, 54, of Marlow
    Road, denies ...``), if the description's noun says no other gender than
    the name (``The mother of a boy ...`` ¶ ``Ayo Mensah, 17, died after he
    ...`` is the boy); else None."""
    close = text.find("\n", end)
    if close < 0:
        return None
    found = _AGED_NAME_OPENING_RE.match(text, close)
    name = full_name(found)
    wanted = noun_gender(head_word(mention)) or _pronoun_gender_after(text, end)
    if name is None or (wanted is not None and full_name_gender(text, name) not in (None, wanted)):
        return None
    if (
        found is None
        or _harmed(text, found.end())
        or _given_another_noun(text, found.end(), head_word(mention))
    ):
        return None
    return name


#: The words of a sentence up to its full stop.
_SENTENCE_REST_RE = re.compile(r"[^.!?\n]*")
#: The pronouns of a gender, possessives too (``his pregnant ewes``).
_GENDERED_PRONOUNS = {**GENDERED_PRONOUNS, "his": "m", "hers": "f"}


def _pronoun_gender_after(text: str, end: int) -> str | None:
    """The gender of the first personal pronoun in the rest of the sentence
    after ``end`` (``A teenager has told a court she was ...``), or None."""
    rest = _SENTENCE_REST_RE.match(text, end)
    words = (word.strip(",;:‘’“”\"'").lower() for word in rest.group().split()) if rest else iter(())
    return next((_GENDERED_PRONOUNS[word] for word in words if word in _GENDERED_PRONOUNS), None)


#: A description in apposition after a name's age (``Lene Brask, 19,| a waitress at the cafe,``).
_APPOSED_NOUN_RE = re.compile(
    r"[ \xa0]+(?:an?|the)[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}([a-z][\w-]*)"
    r"(?=[ \xa0]*[,.;]|[ \xa0]+(?:at|of|in|from|for|with|who|whose)\b)"
)


def _given_another_noun(text: str, end: int, head: str) -> bool:
    """True when the apposition right after a name's age gives the person
    another noun than the lead's ``head`` (``A cafe manager ...`` ¶ ``Lene
    Brask, 19, a waitress``): someone else."""
    apposed = _APPOSED_NOUN_RE.match(text, end)
    return apposed is not None and apposed.group(1) != head


def _harmed(text: str, start: int) -> bool:
    """True when the sentence going on at ``start`` tells that its subject died
    or was hurt (``Pip Harlow, 15, was hit as he crossed ...``)."""
    stop = re.search(r"[.!?](?:\s|\Z)", text[start:])
    sentence = text[start : start + stop.start() if stop is not None else len(text)]
    return any(word.strip(",;:").lower() in HARMED_WORDS for word in sentence.split())


def full_name(found: re.Match[str] | None) -> str | None:
    """The name a match's first group holds, without titles (``Lt. Col.``, a
    courtesy title before a full name), if it is a person's full name."""
    name = without_titles(found.group(1)) if found is not None else ""
    first, _, rest = name.partition(" ")
    if first.rstrip(".") in DROPPED_TITLES and len(rest.split()) >= 2:
        name = rest  # "The trader, Mrs Kemi Ade,": Kemi Ade
    if name.endswith(".") and ends_sentence(name.split()[-1]):
        name = name[:-1]  # "read out by Mrs Justice Ilse Vell.", not "Ola Ruud Jr."
    if speaker_kind(name) != "person" or len(name.split()) < 2:
        return None
    return name
