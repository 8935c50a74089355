"""What a relative clause hung on a date stands for, read from the parse: ``a
circular issued by the Kell Board in March, which states ...`` is the
board's, never March's; a day or a month does not speak when a noun before
it can.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.time_words import DATE_WORDS, MONTH_LEADS, WEEKDAY_WORDS

#: Prepositions bringing in who made a document or a deal (``a circular from
#: the board``, ``a pact signed with the trust``).
_MAKER_PREPOSITIONS = frozenset({"by", "from", "with"})
#: Parts of speech of a noun that may stand for a relative clause.
_NOUNS = ("NOUN", "PROPN")


def relative_head(verb: Token) -> Token:
    """What the relative clause of ``verb`` stands for: the word it hangs on,
    or, when that is a date closing a phrase of time, the noun before the
    phrase (:func:`noun_before_date`)."""
    head = verb.head
    return noun_before_date(head) if _is_date_object(head) else head


def which_after_date(subject: Token) -> Token | None:
    """The noun a ``which`` right after a date and a comma stands for when the
    parse hangs its clause on the verb (``She cited guidance from the ministry
    in June, which says``: the ministry), else None."""
    doc, i = subject.doc, subject.i
    if subject.lower_ != "which" or i < 2 or doc[i - 1].text != "," or not _is_date_object(doc[i - 2]):
        return None
    return noun_before_date(doc[i - 2])


def _is_date_object(token: Token) -> bool:
    """True for a day or a month that a preposition brings in (``in March``,
    ``on Monday``), a month only by a preposition of time (not ``a message to
    April``: a person); never a year (``a wave year that saw``: the year's)."""
    if token.lower_ not in DATE_WORDS or token.dep_ != "pobj" or token.head.i < 1:
        return False
    return token.lower_ in WEEKDAY_WORDS or token.head.lower_ in MONTH_LEADS


def noun_before_date(date: Token) -> Token:
    """The noun a phrase of time follows (``a report by the Vell Trust| on
    Monday``): the maker named by ``by``, ``from`` or ``with`` (``a circular
    issued by the Kell Board in March``: the board), the noun another
    preposition hangs on (``a letter to the mayor in May``: the letter, not the
    mayor), or the noun itself (``a report in May``); the date when no noun
    stands before it, so the words found are never lost."""
    before = date.doc[date.head.i - 1]  # the word before "in"
    noun = before.head if before.dep_ == "compound" else before
    if noun.pos_ not in _NOUNS or noun.lower_ in DATE_WORDS:
        return date
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.dep_ == "agent" or preposition.lower_ in _MAKER_PREPOSITIONS:
        return noun
    owner = preposition.head.head if preposition.head.pos_ == "VERB" else preposition.head
    return owner if owner.pos_ in _NOUNS else noun
