"""What a relative clause hung on a date stands for, read from the parse: ``a
circular issued by the Kell Board in March, which states ...`` is the
board's, never March's; a day or a month never speaks.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.time_words import MONTH_WORDS, WEEKDAY_WORDS

#: Dates a relative clause may be hung on by the parse: days and months, not
#: ``a wave year that saw``, which the year stands for.
_DATES = WEEKDAY_WORDS | MONTH_WORDS
#: Prepositions bringing in who made a document (``a circular from the board``).
_MAKER_PREPOSITIONS = frozenset({"by", "from"})


def relative_head(verb: Token) -> Token | None:
    """What the relative clause of ``verb`` stands for: the word it hangs on;
    when that is a date closing a phrase of time (``a circular issued by the
    Kell Board in March, which states``), the maker named right before the
    phrase (``by the Kell Board``) or a noun that is no object of another
    preposition (``a report in May, which``), else None: a month or a day
    never speaks, and ``a letter to the mayor in May, which`` is not the mayor's."""
    head = verb.head
    if head.lower_ not in _DATES or head.dep_ != "pobj" or head.head.i < 1:
        return head
    before = head.doc[head.head.i - 1]  # the word before "in"
    noun = before.head if before.dep_ == "compound" else before
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in _DATES:
        return None
    if noun.dep_ == "pobj" and noun.head.dep_ != "agent" and noun.head.lower_ not in _MAKER_PREPOSITIONS:
        return None
    return noun
