"""What an article says of a person's gender (pure text): the pronouns that
follow the person's name in its sentence and the courtesy titles before it.
:class:`quotes.extract.registry.SpeakerRegistry` reads it to tell who ``he``
or ``she`` may stand for."""

from __future__ import annotations

import re

from quotes.extract.lexicon import COURTESY_TITLES, speech_forms
from quotes.extract.patterns import COURTESY_TITLE_RE, FOLLOWING_RE, at_word_boundary, occurrences, word_at

#: A pronoun that tells a person's gender.
_GENDERED_PRONOUN_RE = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b")


#: A capitalised word: another name, maybe, between a name and a pronoun.
_CAPITALISED_RE = re.compile(r"\b[A-Z][a-z][\w’'-]*")
#: A word (not punctuation) between a name and a pronoun.
_WORD_RE = re.compile(r"[A-Za-z’'-]+")
#: What makes a name possessive (``Kobb's``).
_POSSESSIVE_ENDINGS = ("'s", "’s")


def gender_evidence(text: str, names: list[str]) -> tuple[int, int]:
    """``(male, female)``: how strongly ``text`` makes a person known by
    ``names`` (the surname, the given name) a man or a woman: a point for each
    name followed in its sentence by a gendered pronoun (``Ray said she``, the
    first pronoun; not after ``Ray's``, nor after another capitalised word,
    maybe another person), two for each courtesy title before a name (``Ms. Ray``).
    Names are whole words (``\\b``), tried in the order given."""
    male = female = 0
    end = 0  # a name, and what follows it up to the end of its sentence
    for at in occurrences(text, names):
        name_end = word_at(text, at, names) if at >= end and at_word_boundary(text, at) else None
        if name_end is None:
            continue
        following = FOLLOWING_RE.match(text, name_end)
        end = following.end() if following else name_end
        if text.startswith(_POSSESSIVE_ENDINGS, name_end):
            continue  # "Kobb's lawyer argued that her client ...": the pronoun is the lawyer's
        pronoun = _GENDERED_PRONOUN_RE.search(text[name_end:end].lower())
        between = _CAPITALISED_RE.findall(text, name_end, name_end + pronoun.start()) if pronoun else []
        if pronoun is None or any(word not in names for word in between):
            continue  # "Venn told Kobb that he ...": the pronoun may be the other one's
        if _object_of_own_verb(text[name_end : name_end + pronoun.start()], pronoun.group(1), names):
            continue  # "Varg pressed him on the numbers": him is someone else
        if pronoun.group(1).startswith(("he", "hi")) and not pronoun.group(1).startswith("her"):
            male += 1
        else:
            female += 1
    end = 0
    for at in occurrences(text, COURTESY_TITLES):
        title = COURTESY_TITLE_RE.match(text, at) if at >= end else None
        name_end = word_at(text, title.end(), names) if title else None
        if title is None or name_end is None:
            continue
        end = name_end
        if COURTESY_TITLES[title.group(1)] == "m":
            male += 2
        else:
            female += 2
    return male, female


def _object_of_own_verb(between: str, pronoun: str, names: list[str]) -> bool:
    """True for ``him`` (or ``her`` after a verb other than of speech) right
    after the verb that follows a name (``Varg pressed him``): the object of
    the name's own verb is never the person named."""
    words = [word for word in _WORD_RE.findall(between) if word not in names]
    return (
        pronoun in ("him", "her") and len(words) == 1 and (pronoun == "him" or words[0] not in speech_forms())
    )
