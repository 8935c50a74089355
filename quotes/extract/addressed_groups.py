"""A verb that addresses each member of a group is not that group's own.

``The Harbour Trust said the two unions had failed to agree and urged both to
“talk again”``: the parse joins ``urged`` to ``failed``, whose subject is the
unions, but a group does not urge itself: the verb goes on with who reported the
clause (the Trust). Only a verb followed by a word addressing each member
(``urged both to``, ``called on each to``) and joined to a clause with a plural
subject counts: ``said the union had rejected the offer and urged members to
strike`` keeps the union.
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.lexicon import speech_forms
from quotes.extract.syntax import SUBJECT_DEPS

#: Words right after a verb that address each member of a pair or group
#: (``urged both to``, ``called on each to``).
EACH_MEMBER_WORDS = frozenset({"both", "each"})
#: Words between a verb and whom it addresses (``called on both``).
ADDRESS_PARTICLES = frozenset({"on", "upon"})
#: Subjects that stand for a group (``the two sides``, ``they``).
_GROUP_SUBJECT_TAGS = frozenset({"NNS", "NNPS"})
_GROUP_PRONOUNS = frozenset({"both", "they"})
#: The word after ``each`` making it reciprocal (``urged each other``): the group's own.
_RECIPROCAL_WORDS = frozenset({"other"})


def addresses_own_subject(verb: Token) -> bool:
    """True for a conjoined verb addressing each member (``urged both to``)
    of the plural subject of the verb it is joined to (``the two unions had
    failed to agree and urged both to ...``)."""
    doc, at = verb.doc, verb.i + 1
    if verb.dep_ != "conj" or verb.head is verb:
        return False
    if at < len(doc) and doc[at].lower_ in ADDRESS_PARTICLES:
        at += 1
    if at >= len(doc) or doc[at].lower_ not in EACH_MEMBER_WORDS:
        return False
    if at + 1 < len(doc) and doc[at + 1].lower_ in _RECIPROCAL_WORDS:
        return False  # "the sides had argued and called on each other to": their own
    subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
    return any(s.tag_ in _GROUP_SUBJECT_TAGS or s.lower_ in _GROUP_PRONOUNS for s in subjects)


def reporter_of_addressing(verb: Token) -> Token | None:
    """The verb of saying whose reported clause holds ``verb`` when ``verb``
    addresses its own clause's group (:func:`addresses_own_subject`): ``said``
    of ``said it was glad that the unions had failed ... and urged both``; else None."""
    if not addresses_own_subject(verb):
        return None
    clause = verb.head
    while clause.dep_ in ("ccomp", "conj") and clause.head is not clause:
        clause = clause.head
        if clause.lower_ in speech_forms():
            return clause
    return None
