"""A titled name after a post and its portfolio (``Opposition spokesman on
finance Dr Wayne Reid said``), which the parse can make the object of ``on``
or ``for`` and leave the post as the subject it gives the verb."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.title_words import NAME_OPENING_TITLES

#: Prepositions between a post and its portfolio (``spokesman on finance``, ``minister for health``).
_PORTFOLIO_PREPOSITIONS = frozenset({"on", "for"})
#: Posts held with a portfolio (``spokesman on finance``, ``minister for health``).
_PORTFOLIO_POSTS = frozenset(
    "spokesman spokeswoman spokesperson minister secretary critic commissioner envoy adviser advisor".split()
)


def name_after_portfolio(subject: Token) -> Token | None:
    """The head of the name a post's portfolio ends on (``spokesman on
    finance Dr Wayne Reid``: ``Reid``), when a title opens that name and the
    name ends the subject; else None."""
    if subject.pos_ != "NOUN" or subject.lower_ not in _PORTFOLIO_POSTS:
        return None  # "A lawyer for jailed activist Dr Ray Holt": the lawyer
    for prep in subject.rights:
        if prep.dep_ != "prep" or prep.lower_ not in _PORTFOLIO_PREPOSITIONS:
            continue
        name = next((child for child in prep.children if child.dep_ == "pobj"), None)
        if name is None or name.pos_ != "PROPN" or name.i + 1 >= len(name.doc):
            return None
        words = [t for t in name.subtree if t.i > prep.i]
        title = next((t for t in words if t.text.rstrip(".") in NAME_OPENING_TITLES), None)
        named = [t for t in words if title is not None and t.i > title.i and not t.is_punct]
        if title is None or len(named) < 2 or not all(t.text[:1].isupper() for t in named):
            return None
        if words[0].text[:1].isupper() or name.nbor(1).pos_ not in ("VERB", "AUX"):
            return None  # "minister for Housing Ann Lee": a capital opens the portfolio
        if any(t.pos_ != "NOUN" for t in words if t.i < title.i):
            return None  # "spokesman for embattled Senator Ray Holt": a description, no portfolio
        return name
    return None
