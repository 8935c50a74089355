"""Bodies named with quotation marks: ``The “Yes to the Rink” group, which
collected 1,900 signatures, said ...``, ``a “Stop the Tower” campaign``.

The parser can read the article before the marks as a pronoun of its own, the
subject of the verb, and hang the group's noun inside the quoted name; the
speaker then shrinks to ``The``. These helpers read the noun after the
closing mark as the subject, and stretch a phrase headed by that noun back to
the opening mark, so the body keeps its whole name
(``“Yes to the Rink” group``). An article alone is never a speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.quotemarks import CLOSING, OPENING, STRAIGHT

#: Determiners that open a noun phrase but name no one on their own: a
#: speaker mention that is only one of them is a parse slip.
BARE_DETERMINERS = frozenset("the a an this that these those".split())
#: The most tokens between the marks of a quoted name (``“Friends of Elm
#: Park”``); a longer run is a quotation, not a name.
_MAX_NAME_TOKENS = 8
#: Tags of the noun that can head a body after a quoted name.
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


#: Articles: a speaker that is one of them alone names no one (``this``,
#: ``those`` may stand for a body or people named before: ``Those surveyed``).
ARTICLES = frozenset("the a an".split())


def bare_article(mention: str | None) -> bool:
    """True for a mention that is an article alone (``The``, ``a``)."""
    return mention is not None and mention.strip().lower() in ARTICLES


def _opening_mark(token: Token) -> bool:
    """True for a double mark that can open a quotation."""
    return token.text in OPENING or token.text in STRAIGHT or token.tag_ == "``"


def _closing_mark(token: Token) -> bool:
    """True for a double mark that can close a quotation."""
    return token.text in CLOSING or token.text in STRAIGHT or token.tag_ == "''"


def _closing_after(opening: Token) -> Token | None:
    """The mark closing the quoted name ``opening`` opens, within
    :data:`_MAX_NAME_TOKENS` tokens of the same sentence, with a capitalised
    first word inside (``“Yes to the Rink”``); None otherwise."""
    doc = opening.doc
    first = opening.i + 1
    if first >= len(doc) or not doc[first].text[:1].isupper():
        return None
    last = min(len(doc), opening.sent.end, first + _MAX_NAME_TOKENS + 1)
    for token in doc[first + 1 : last]:
        if _closing_mark(token):
            return token
        if token.is_punct and token.text in ",.;:!?":
            return None  # "The “We will win,” she said": words said, not a name
    return None


def _noun_run_end(token: Token) -> Token | None:
    """The last noun of the run of nouns starting at ``token`` (``action
    group``), or None when ``token`` is not a noun."""
    if token.tag_ not in _NOUN_TAGS:
        return None
    doc = token.doc
    end = token.i
    while end + 1 < min(len(doc), token.sent.end) and doc[end + 1].tag_ in _NOUN_TAGS:
        end += 1
    return doc[end]


def body_after_quoted_name(subject: Token | None) -> Token | None:
    """The noun of a body named with quotation marks when the parse took the
    article before the marks for the subject (``The “Yes to the Rink” group,
    which ..., said``: ``group``); None when ``subject`` is anything else (a
    determiner with words of its own, no quoted name after it, or no noun
    after the closing mark: ``This “fix” will fail``)."""
    if subject is None or subject.lower_ not in BARE_DETERMINERS:
        return None
    if any(not child.is_punct for child in subject.children):
        return None
    doc = subject.doc
    if subject.i + 1 >= len(doc) or not _opening_mark(doc[subject.i + 1]):
        return None
    closing = _closing_after(doc[subject.i + 1])
    if closing is None or closing.i + 1 >= len(doc):
        return None
    return _noun_run_end(doc[closing.i + 1])


def quoted_name_start(head: Token, start: int) -> int:
    """The doc offset where the phrase headed by ``head`` starts, ``start``
    as read from the parse, moved back to the opening mark when the phrase
    starts inside a quoted name right before the head's nouns (``the Rink”
    group`` -> ``“Yes to the Rink” group``)."""
    doc = head.doc
    first = head.i
    while first > head.sent.start and doc[first - 1].tag_ in _NOUN_TAGS:
        first -= 1
    if first - 1 <= head.sent.start or not _closing_mark(doc[first - 1]):
        return start
    closing = doc[first - 1]
    low = max(head.sent.start, closing.i - _MAX_NAME_TOKENS - 1)
    for opening in reversed(doc[low : closing.i - 1]):
        if _opening_mark(opening):
            ends = _closing_after(opening)
            if ends is not None and ends.i == closing.i and opening.idx < start <= closing.idx:
                return opening.idx
            return start
    return start
