"""Quotes of a headline or subhead that repeat words said in the body (pure
text over the article's quotes).

A headline quotes a few words of the story below it (``Gates on Tillerson:
‘Being friendly doesn’t make you friends’`` over ``“... But being friendly
doesn’t make you friends,” Gates said``; ``Academics 'treated as second-class
citizens'`` over ``Academics are being treated as second-class citizens ...,
says a report``): the words are the speaker's whose quote or paraphrase
holds them. A headline quote that nothing in the body says (a title, a
slogan) is left as it is.
"""

from __future__ import annotations

import re

from quotes.extract.headline import front_matter
from quotes.extract.partials import take_speaker
from quotes.extract.straight_singles import TITLE_SMALL_WORDS
from quotes.records import Quote

#: The fewest words a headline quote must hold to be taken for an excerpt of
#: the body (two words, ``top secret``, recur by chance).
_ECHO_MIN_WORDS = 3
#: The longest line taken for a subhead (a short line between blank lines,
#: with no full stop of its own).
_SUBHEAD_MAX = 120
#: How many words in lower case (but a title's small words) make a line of
#: a headline sentence case, not title case.
_SENTENCE_CASE_WORDS = 2
#: Anything but letters, digits and blanks, dropped before words are compared.
_NOT_WORD_RE = re.compile(r"[^\w\s]")


def words_key(words: str) -> str:
    """``words`` in lower case, without punctuation or apostrophes, one blank
    between words, with a blank on each side: ``“Being friendly doesn’t``
    and ``being friendly doesnt`` give one key."""
    return " " + " ".join(_NOT_WORD_RE.sub("", words.lower()).split()) + " "


def recurs_in(words: str, text: str) -> bool:
    """True when ``words`` (at least :data:`_ECHO_MIN_WORDS` of them) are said
    again, whole words in the same order, in ``text``."""
    key = words_key(words)
    return len(key.split()) >= _ECHO_MIN_WORDS and key in words_key(text)


def headed_by_body_words(quotes: list[Quote], text: str) -> list[Quote]:
    """Give each quote of the headline or of a subhead that has no speaker the
    speaker of the body quotes below it, direct or partial, else indirect,
    that hold its words (:func:`recurs_in`), when they are one speaker's
    (words several people say, or words still without a speaker, are left
    as they are). Quoted words inside the sentence of a headline in title
    case are left too (a name as often as words said). ``quotes`` are in
    text order."""
    body = [q for q in quotes if not _heads(q, text)]
    for quote in quotes:
        if quote.speaker is not None or not _heads(quote, text):
            continue
        if quote.kind != "direct" and not _sentence_case(text, _line_of(quote, text)):
            continue  # "Bolton Slams ‘Neocons For Hillary’": quoted capitals look like a name
        holders = [q for q in body if q.start > quote.end and recurs_in(quote.text, q.text)]
        quoted = [q for q in holders if q.kind != "indirect"] or holders  # words in marks first
        speakers = {q.speaker for q in quoted}
        if len(speakers) == 1 and None not in speakers:
            take_speaker(quote, quoted[0])
            quote.confidence = quoted[0].confidence
    return quotes


def _line_of(quote: Quote, text: str) -> tuple[int, int]:
    """``(start, end)`` of the line holding the start of ``quote``."""
    line_start = text.rfind("\n", 0, quote.start) + 1
    line_end = text.find("\n", quote.start)
    return line_start, len(text) if line_end < 0 else line_end


def _sentence_case(text: str, line: tuple[int, int]) -> bool:
    """True when the ``line`` of ``text`` is in sentence case: at least
    :data:`_SENTENCE_CASE_WORDS` words in lower case but a title's small words."""
    lower = [w for w in re.findall(r"\b[a-z][\w-]*", text[line[0] : line[1]]) if w not in TITLE_SMALL_WORDS]
    return len(lower) >= _SENTENCE_CASE_WORDS


def _heads(quote: Quote, text: str) -> bool:
    """True for a quote in the headline (:func:`front_matter`) or in a subhead:
    a short line standing alone between blank lines, with no full stop."""
    matter = front_matter(text)
    if matter is not None and quote.start < matter[1]:
        return True
    line_start, line_end = _line_of(quote, text)
    line = text[line_start:line_end].strip()
    blank_before = text[max(0, line_start - 2) : line_start] in ("\n\n", "") or line_start == 0
    blank_after = text[line_end : line_end + 2] in ("\n\n", "")
    return len(line) <= _SUBHEAD_MAX and blank_before and blank_after and not line.endswith((".", "!", "?"))
