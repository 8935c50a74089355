"""Quotes in straight single marks that the paired-mark pass
(:mod:`quotes.extract.quotemarks`) reads only in articles quoting in single
marks: a partial quote closing inside its sentence, before the next word
(``will 'chain themselves to the sheds' if``), and a quote of whole sentences
holding a plural possessive (``'I'll be speaking to the referees' body.'``).
Pure text: the finders return regex matches, group 1 the quoted words."""

from __future__ import annotations

import re

from quotes.extract.display_words import DISPLAY_NOUNS, DISPLAYING_FORMS
from quotes.extract.lexicon import CALLING_VERBS
from quotes.extract.title_shapes import TITLE_SMALL_WORDS

#: Words an apostrophe opens in running text (``rock 'n' roll``, ``tell 'em``,
#: ``'til``): a straight single mark before them opens no quote.
_ELISIONS = ("n", "em", "til", "cause", "cos", "bout", "round", "tis", "twas", "nuff")
#: A partial quote in straight single marks closing inside its sentence, before
#: the next word (``will 'chain themselves to the sheds' if``, ``'a magnet' for``):
#: the opening mark after a blank or a bracket and before a letter (not an
#: elision, nor ``'90s``), the closing one after a word, a comma, ``!`` or
#: ``?``, inside the paragraph.
_SINGLE_INNER_OPENING = r"(?<![^\s(\[—–])'(?=[^\W\d_])(?!(?:" + "|".join(_ELISIONS) + r")\b)"
_SINGLE_INNER_CLOSING = r"(?<=[\w,!?])'(?=[ \t]+[\w(])"
_STRAIGHT_SINGLE_INNER_RE = re.compile(
    _SINGLE_INNER_OPENING + r"((?:[^'\n]|(?<=\w)'(?=\w)){1,400}?)" + _SINGLE_INNER_CLOSING
)
#: A plural possessive (``s'`` before a word in lower case: ``the players' union``).
_PLURAL_POSSESSIVE = r"(?<=s)'(?=[ \t]+[a-z])"
_PLURAL_POSSESSIVE_RE = re.compile(_PLURAL_POSSESSIVE)
#: The same partial quote running on over a plural possessive to a later
#: closing mark in its sentence (``'an open conversation with the players'
#: union' about``), read when the first closing mark is one; a mark after
#: ``in`` before a word is an elision (``goin' to``), no closing one.
_STRAIGHT_SINGLE_OVER_POSSESSIVE_RE = re.compile(
    _SINGLE_INNER_OPENING
    + r"((?:[^'\n.!?]|[.!?](?![ \t])|(?<=\w)'(?=\w)|"
    + _PLURAL_POSSESSIVE
    + r"){1,400}?)(?!"
    + _PLURAL_POSSESSIVE
    + r")(?:(?<!in)"
    + _SINGLE_INNER_CLOSING
    + r"|(?<=[.,!?…])'|'(?=[.,;:!?)]|[ \t]*(?:\n|\Z)))(?!\w)"
)
#: A quote in straight single marks opening its sentence (or after a colon) may hold a plural
#: possessive (``'I'll be speaking to the referees' body on Monday.'``): the
#: quote of whole sentences goes on over ``s'`` before a word in lower case.
_STRAIGHT_SINGLE_POSSESSIVE_RE = re.compile(
    r"(?<![^\s(\[—–])'(?=\S)"  # opening (checked to open a sentence)
    r"((?:[^'\n]|(?<=\w)'(?=\w)|(?<=s)'(?=[ \t]+[a-z])){1,2000}?)"
    r"(?:(?<=[.,!?…])'|'(?=[.,;:!?)]|[ \t]*(?:\n|\Z)))(?!\w)"  # closing
)
#: A sign and what it displays, right before a partial quote (``signs reading
#: 'no swimming past the buoys'``, ``banners that read``): a sign's text, nobody's statement.
_SHOWN_BEFORE_RE = re.compile(
    r"\b(?:"
    + "|".join(sorted(DISPLAY_NOUNS))
    + r")[ \t]+(?:"
    + "|".join(form.replace(" ", r"[ \t]+") for form in DISPLAYING_FORMS)
    + r")[ \t]*\Z",
    re.IGNORECASE,
)
#: A present tense of calling and its object, right before a partial quote:
#: with quoted words opening on ``the``, a habit of naming (``Neighbours call
#: her 'the heron woman'``); not ``calls it 'a fair deal'`` nor ``called the
#: plan 'the worst yet'``, a speaker's verdict, nor ``call for``.
_NAMING_BEFORE_RE = re.compile(
    r"\b(?:"
    + "|".join(f"{verb}|{verb}s" for verb in sorted(CALLING_VERBS))
    + r")[ \t]+(?!(?:for|on|upon|off|out)\b)(?:[\w'’-]+[ \t]+){0,2}[\w'’-]+[ \t]*\Z",
    re.IGNORECASE,
)
#: How far before an opening mark those words may reach.
_NAMED_OR_SHOWN_REACH = 60
#: Marks that may close a sentence after its full stop (``said. '...``).
_MARKS_AFTER_STOP = "'’\"”"


def inner_quotes(text: str, start: int) -> list[re.Match[str]]:
    """Partial quotes closing inside their sentence from ``start`` on
    (:data:`_STRAIGHT_SINGLE_INNER_RE`), run on over a plural possessive
    (:func:`_over_possessive`); not opening a line, nor in title case, which
    names a song, petition or slogan (``a 'Make America Great Again' hat``),
    nor after words that make it a name or a sign's text
    (:func:`_named_or_shown`)."""
    return [
        m
        for m in map(_over_possessive, _STRAIGHT_SINGLE_INNER_RE.finditer(text, start))
        if _after_words(text, m.start()) and not _in_title_case(m.group(1)) and not _named_or_shown(m)
    ]


def possessive_quotes(text: str, start: int) -> list[re.Match[str]]:
    """Quotes of whole sentences holding a plural possessive from ``start`` on,
    opening a sentence (:data:`_STRAIGHT_SINGLE_POSSESSIVE_RE`)."""
    return [
        m
        for m in _STRAIGHT_SINGLE_POSSESSIVE_RE.finditer(text, start)
        if "s' " in m.group(1) and _opens_sentence(text, m.start())
    ]


def _over_possessive(match: re.Match[str]) -> re.Match[str]:
    """A partial quote in straight single marks whose closing mark is a plural
    possessive (``'a reward for the players' hard work'``) runs on to a later
    closing mark in its sentence, if one follows before any opening mark."""
    text, close_at = match.string, match.end() - 1
    if _PLURAL_POSSESSIVE_RE.match(text, close_at) is None:
        return match
    return _STRAIGHT_SINGLE_OVER_POSSESSIVE_RE.match(text, match.start()) or match


def _named_or_shown(match: re.Match[str]) -> bool:
    """True for a partial quote that is a sign's text (:data:`_SHOWN_BEFORE_RE`)
    or a name given out of habit (:data:`_NAMING_BEFORE_RE`)."""
    text, open_at = match.string, match.start()
    reach = max(0, open_at - _NAMED_OR_SHOWN_REACH)
    if _SHOWN_BEFORE_RE.search(text, reach, open_at):
        return True
    return match.group(1).startswith("the ") and _NAMING_BEFORE_RE.search(text, reach, open_at) is not None


def _after_words(text: str, i: int) -> bool:
    """True when words stand before ``i`` on its line."""
    return bool(text[text.rfind("\n", 0, i) + 1 : i].strip())


def _in_title_case(words: str) -> bool:
    """True when every word of ``words`` but the small ones starts with a capital."""
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", words) if w.lower() not in TITLE_SMALL_WORDS]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def _opens_sentence(text: str, i: int) -> bool:
    """True when the mark at ``i`` opens its paragraph, follows a sentence's end
    or a colon, or a quotation mark closing after a sentence's end (``'We
    won.' 'The``)."""
    j = i
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j == 0 or text[j - 1] == "\n":
        return True
    if text[j - 1] in _MARKS_AFTER_STOP:
        j -= 1
    return j > 0 and text[j - 1] in ".!?:"
