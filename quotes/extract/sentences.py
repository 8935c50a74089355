"""Sentence boundaries in plain text: the sentence end most rules read.

A sentence ends at a closing mark (``.``, ``!``, ``?``), any closing quotation
marks or brackets, blanks, then what can open a sentence (a capital or a
number, perhaps after an opening mark). A full stop after an abbreviation or a
single initial ends none (``Mr. Kobb``, ``Sen. Ruud``, ``John Q. Public``,
``Nov. 13``), except after dotted initials or a generation's ``Jr.`` when a
word that opens a sentence and seldom a name follows (``moved to the U.S. The
firm``, not ``the U.S. Navy``). A business's ``Inc.`` or ``Co.`` is no
abbreviation here: its full stop before a capital ends the sentence, as a
business's name mostly closes a phrase (``sold to Vell Inc. Ruud said``).
Some readers count a line break as a sentence end too (``line_breaks``), or
any full stop before a capital (``after_abbreviations``: those that take
``Mr. Kobb`` for the start of a clause); the cheap split of what to parse
leaves a ``''`` quotation with the sentence before it (``apostrophe_quotes``).

The patterns are regexes (:data:`SENTENCE_SPLIT_RE`, :data:`SENTENCE_END_RE`)
for the hot paths; the functions give offsets.
"""

from __future__ import annotations

import re
from itertools import groupby

from quotes.extract.name_words import CLOSING_ABBREVIATIONS, COMPANY_ABBREVIATIONS, SENTENCE_OPENING_WORDS
from quotes.extract.speaker_words import ABBREVIATIONS

#: How far back a sentence may start (no sentence is longer).
SENTENCE_REACH = 2000
#: Closing quotation marks and brackets after a sentence's closing mark.
_CLOSERS = r"[\"”’')\]]*"
#: An opening quotation mark or bracket before a sentence's first word.
_ONE_MARK_OPENER = r"[\"“‘'(\[]?"
#: The same, or the ``''`` that opens a quotation in some archives.
_OPENER = r"(?:''|[\"“‘'(\[])?"
#: How far past a sentence's start its pattern reads (an opening mark and word).
_LOOKAHEAD = 24
#: How far back :func:`sentence_start_before` searches first (most sentences
#: are shorter), before the whole reach: the tail of the text is searched
#: instead of 2,000 characters for most positions.
_NEAR_REACH = 400


def _lookbehinds(words: tuple[str, ...], mark: str, *, negative: bool) -> list[str]:
    """Lookbehinds, each spanning ``mark``, for ``words`` as whole words right
    before it: one per word length, as Python's lookbehinds need a fixed width.
    They come after the mark, so that a pattern can open with the mark and the
    regex engine jump from one mark to the next."""
    sign = "!" if negative else "="
    by_length = groupby(sorted(words, key=len), key=len)
    return [rf"(?<{sign}\b(?:{'|'.join(group)}){mark})" for _, group in by_length]


#: After a closing mark, not after an abbreviation or a single capital (an initial).
_NOT_ABBREVIATED = r"(?<!\b[A-Z][.!?])" + "".join(_lookbehinds(ABBREVIATIONS, "[.!?]", negative=True))
#: After a full stop closing dotted initials (``U.S.``) or ``Jr.``, before a
#: word that opens a sentence (not joined by a hyphen: ``U.S. A-10``).
_CLOSING_ABBREVIATED = (
    r"(?:(?<=[A-Z]\.[A-Z]\.)|"
    + "|".join(_lookbehinds(CLOSING_ABBREVIATIONS, r"\.", negative=False))
    + rf")(?={_CLOSERS}\s+{_OPENER}(?:{'|'.join(sorted(SENTENCE_OPENING_WORDS))})\b(?!-))"
)
#: A sentence's closing mark (the pattern opens with the mark itself).
SENTENCE_MARK = rf"[.!?](?:{_NOT_ABBREVIATED}|{_CLOSING_ABBREVIATED})"
#: A sentence end after a quote or a word: the closing mark, before a blank, a
#: quotation mark or the end of the text.
SENTENCE_END_RE = re.compile(SENTENCE_MARK + r"(?=[\s\"”’']|\Z)")
#: A sentence end and the blanks before the next sentence: a closing mark,
#: closing marks and brackets, blanks, then what can open a sentence.
SENTENCE_SPLIT_RE = re.compile(SENTENCE_MARK + _CLOSERS + rf"\s+(?={_OPENER}[A-Z0-9])")
#: The same, with no sentence opening on ``''``.
_SPLIT_BEFORE_ONE_MARK = SENTENCE_MARK + _CLOSERS + rf"\s+(?={_ONE_MARK_OPENER}[A-Z0-9])"
#: Any closing mark before blanks and a capital, an abbreviation's and an
#: initial's too (``Gov. Venn``, ``J. Varga``): an end for the readers that ask.
_ANY_STOP = rf"[.!?]{_CLOSERS}\s+(?={_OPENER}[A-Z0-9])"
#: The sentence ends, with or without line breaks, abbreviations' full stops
#: and ``''`` opening a sentence.
_BREAK_RES = {
    (line_breaks, after_abbreviations, apostrophes): re.compile(
        "|".join(
            [
                SENTENCE_SPLIT_RE.pattern if apostrophes else _SPLIT_BEFORE_ONE_MARK,
                *([_ANY_STOP] if after_abbreviations else []),
                *([r"\n"] if line_breaks else []),
            ]
        )
    )
    for line_breaks in (False, True)
    for after_abbreviations in (False, True)
    for apostrophes in (False, True)
}
#: Closing marks and blanks only, to the end of the range searched.
_CLOSERS_AND_BLANKS_RE = re.compile(r"[\"”’')\]\s]*\Z")
#: Text ending in an abbreviation or an initial and its full stop (``... said Sen.``, ``... J.``).
ABBREVIATION_AT_END_RE = re.compile(r"\b(?:[A-Z]|" + "|".join(ABBREVIATIONS) + r")\.\Z")
#: The most characters :data:`ABBREVIATION_AT_END_RE` can match.
ABBREVIATION_AT_END_LONGEST = max(map(len, ABBREVIATIONS)) + 1
#: A word that is a business's abbreviation and its full stop (``Inc.``): the
#: end of a name, for the readers of a name's last word.
_COMPANY_ABBREVIATION_RE = re.compile(r"\b(?:" + "|".join(COMPANY_ABBREVIATIONS) + r")\.\Z")


def _breaks(
    text: str,
    low: int,
    high: int,
    line_breaks: bool,
    after_abbreviations: bool = False,
    apostrophes: bool = True,
) -> list[re.Match[str]]:
    """The sentence ends whose mark is at or after ``low`` and whose next
    sentence starts at or before ``high``."""
    found = _BREAK_RES[line_breaks, after_abbreviations, apostrophes].finditer(
        text, low, min(len(text), high + _LOOKAHEAD)
    )
    return [match for match in found if match.end() <= high]


def sentence_starts(
    text: str,
    low: int,
    high: int,
    *,
    line_breaks: bool = False,
    after_abbreviations: bool = False,
    apostrophe_quotes: bool = True,
) -> list[int]:
    """Where the sentences start that open after a sentence end at or after
    ``low``, at ``high`` at the latest, in order (``line_breaks``: after a line
    break as well; ``after_abbreviations``: after any full stop before a
    capital, an abbreviation's or an initial's too, ``Gov. Venn``, for the
    readers that take a titled name for the start of a clause; not
    ``apostrophe_quotes``: no sentence opens on a ``''`` quotation, which
    stays with the sentence before)."""
    return [
        match.end() for match in _breaks(text, low, high, line_breaks, after_abbreviations, apostrophe_quotes)
    ]


def sentence_start_before(
    text: str,
    position: int,
    *,
    reach: int = SENTENCE_REACH,
    line_breaks: bool = True,
    after_abbreviations: bool = False,
) -> int:
    """Where the sentence holding ``position`` starts: after the last sentence
    end (or line break, with ``line_breaks``; or any full stop before a
    capital, with ``after_abbreviations``) before it, else ``reach``
    characters back (or the start of the text)."""
    low = max(0, position - reach)
    near = position - _NEAR_REACH
    if near > low:
        found = _breaks(text, near, position, line_breaks, after_abbreviations)
        if found and _same_from_further_back(text, near, found[-1]):
            return found[-1].end()
    starts = sentence_starts(
        text, low, position, line_breaks=line_breaks, after_abbreviations=after_abbreviations
    )
    return starts[-1] if starts else low


def _same_from_further_back(text: str, near: int, last: re.Match[str]) -> bool:
    """True when ``last``, the last sentence end found searching from
    ``near``, is also the last one a search from further back finds.

    Why this holds: every end the patterns match is a closing mark then
    closing marks and blanks, or a line break. An end opening on a closing
    mark is found from any start before it (the characters of an end hold no
    other closing mark, so no end found earlier can swallow it), and so is
    every end after it. Only a line break can be swallowed by an end that
    opens before ``near`` and runs on over closing marks and blanks up to it:
    so a line break is trusted when something else stands between ``near``
    and it."""
    return text[last.start()] != "\n" or not _CLOSERS_AND_BLANKS_RE.match(text, near, last.start())


def next_sentence_start(text: str, position: int, *, reach: int = SENTENCE_REACH) -> int | None:
    """Where the sentence after the one holding ``position`` starts, within
    ``reach`` characters, or None."""
    starts = sentence_starts(text, position, position + reach)
    return starts[0] if starts else None


def first_sentence_end(text: str, low: int, high: int) -> int | None:
    """Where the closing mark of the first sentence ending in ``[low, high)``
    stands (``of Prisons. The film``: the full stop), when another sentence
    starts by ``high``; else None."""
    found = _breaks(text, low, high, False)
    return found[0].start() if found else None


def ends_sentence(word: str) -> bool:
    """True when ``word`` (with its marks) closes a sentence wherever it stands
    (``Library.``, ``late!``), not when its full stop is an abbreviation's or
    an initial's (``U.S.``, ``Sen.``, ``Q.``) or a business's (``Inc.``)."""
    word = word.rstrip("\"”’')]")
    if word.endswith(("!", "?")):
        return True
    return (
        word.endswith(".")
        and not ABBREVIATION_AT_END_RE.search(word)
        and not _COMPANY_ABBREVIATION_RE.search(word)
    )


#: How many paragraphs opening on the pronoun (``She is careful to say ...``) the
#: ``topic`` sieve reads back across to the paragraph naming whom they are about.
PRONOUN_LED_REACH = 2


def pronoun_led_floor(text: str, floor: int, pronoun: str | None) -> int:
    """The topic's floor ``floor`` (where the paragraph before the pronoun's starts,
    less one) moved back one paragraph for each paragraph there opening on the same
    ``he`` or ``she``, when the paragraph it moves to has a sentence opening on it too
    (``Venn, a nurse, wrote it. She has ... / She is careful ... / “...,” she says.``:
    those paragraphs go on about the person named before them; not ``One worker,
    Robin Vass, has ... / He was told ...``, where the pronoun may go back further)."""
    if pronoun not in ("he", "she"):
        return floor
    opener = f"{pronoun.capitalize()} "
    for _ in range(PRONOUN_LED_REACH):
        if floor <= 0 or not text.startswith(opener, floor + 1):
            break
        previous = text.rfind("\n", 0, max(0, floor - 1))
        while previous > 0 and not text[previous + 1 : floor].strip():
            previous = text.rfind("\n", 0, previous - 1)  # skip blank lines
        paragraph = text[previous + 1 : floor]
        if not (paragraph.startswith(opener) or f". {opener}" in paragraph):
            break
        floor = previous
    return floor
