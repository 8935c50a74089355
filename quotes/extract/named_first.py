"""Where an article first names a person: whether a pronoun can stand for
someone it names only later (``Although he is making one Blauburger, ...``
before ``the Blauburger Forum``), and whether a capitalised word is a thing's
name the article writes after an article (``the Blauburger``); and where, or
whether, an article writes a word whole (:func:`whole_word_in`)."""

from __future__ import annotations

from functools import lru_cache

from quotes.extract.patterns import at_word_boundary, whole_words_at
from quotes.extract.sentences import SENTENCE_END_RE

#: The blanks between ``the`` or ``a`` and a thing's name.
_BLANKS = " \xa0"
#: How many (article, word) answers are kept: an article asks about the same
#: few names at each pronoun.
_ASKS_CACHED = 512


@lru_cache(maxsize=_ASKS_CACHED)
def written_as_thing(text: str, word: str) -> bool:
    """True when the article writes ``word`` after ``the`` or ``a``: a thing's
    name (``the Blauburger``), never a person's name alone. What the pattern
    ``\\b(?:the|a)[ \\xa0]+word\\b`` finds, read only where ``word`` is written
    (that pattern, opening on ``\\b``, is tried at every character of the
    article), with no pattern compiled per word."""
    at = text.find(word)
    while at >= 0:
        if at_word_boundary(text, at + len(word)) and _after_the_or_a(text, at):
            return True
        at = text.find(word, at + 1)
    return False


def _after_the_or_a(text: str, at: int) -> bool:
    """True when blanks and, before them, the word ``the`` or ``a`` stand
    right before ``at``."""
    blanks = at
    while blanks > 0 and text[blanks - 1] in _BLANKS:
        blanks -= 1
    return blanks < at and any(
        text.endswith(word, 0, blanks) and at_word_boundary(text, blanks - len(word)) for word in ("the", "a")
    )


def _first_whole_word(text: str, word: str) -> int | None:
    """Where ``word`` is first written as a whole word in ``text`` (what
    ``\\bword\\b`` finds first), or None."""
    return next(whole_words_at(text, word), None)


def whole_word_in(word: str, text: str) -> bool:
    """True when ``text`` holds ``word`` between word boundaries (``\\bword\\b``)."""
    return _first_whole_word(text, word) is not None


#: Where an article first writes a word, kept for the names asked about again.
first_written = lru_cache(maxsize=_ASKS_CACHED)(_first_whole_word)


def first_named_at(text: str, name: str) -> int | None:
    """Where the article first writes a word of ``name`` that names the person:
    the surname, or another word of the name written alone (``Ivo had never
    held a violin`` before ``Ivo Randle``), not one written as a thing's name
    (``one Blauburger`` where ``the Blauburger Forum`` is written)."""
    words = [w for w in name.split() if len(w) > 1 and w[0].isupper()]
    if not words:
        return None
    named = [first_written(text, words[-1])]
    named += [first_written(text, w) for w in words[:-1] if not written_as_thing(text, w)]
    starts = [at for at in named if at is not None]
    return min(starts) if starts else None


def named_after(text: str, name: str, position: int) -> bool:
    """True when the person called ``name`` is first named after the sentence
    of ``position``, by every word of their name: no one is ``he`` there yet."""
    first = first_named_at(text, name) if name else None
    return first is not None and SENTENCE_END_RE.search(text, position, first) is not None
