"""Phrases of saying built on ``make`` (``made clear``, ``made it clear``,
``made the case``, ``made the point``), as words: the cue pass finds their
sentences, :mod:`quotes.extract.made_clear` their clauses. Data only."""

from __future__ import annotations

#: The forms of ``make`` a phrase of saying is built on.
MAKING_FORMS = frozenset({"make", "makes", "made", "making"})
#: The words after ``make`` that turn it into a verb of saying.
MAKING_PHRASE_WORDS = (("clear",), ("it", "clear"), ("the", "case"), ("a", "case"), ("the", "point"))
#: Every phrase of saying on ``make``, as written (``made it clear``).
MAKING_PHRASES = tuple(
    " ".join((form, *words)) for form in sorted(MAKING_FORMS) for words in MAKING_PHRASE_WORDS
)
