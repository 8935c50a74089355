"""Subjects of verbs of saying that the parse leaves to another verb: ``Kobb
was elected in May and said ...`` (the subject of the passive before)."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.lexicon import speech_forms


def joined_to_passive(verb: Token, subject: Token) -> bool:
    """True when ``subject`` is the subject of a passive verb that the active
    verb of saying ``verb`` is joined to by a conjunction of its own (``Kobb
    was elected in May and said ...``, ``... and later said``): the source of
    ``verb``, not someone a passive acted on. Not when a noun stands between
    the conjunction and ``verb`` (``Kell was fined by the league and
    teammates said ...``: the parse hung the second subject on the passive's
    object, so ``said`` has a subject of its own)."""
    if not borrowed_from_passive(verb, subject) or verb.lower_ not in speech_forms():
        return False  # not of finding: "The report was commissioned by the ministry and found that"
    if not any(child.dep_ == "ccomp" and child.i > verb.i for child in verb.children):
        return False  # "the report was finalized and denied the change": no clause, no words
    passive = verb.head
    joins = [c for c in passive.children if c.dep_ == "cc" and passive.i < c.i < verb.i]
    if not joins:
        return False
    between = verb.doc[joins[-1].i + 1 : verb.i]
    return all(t.pos_ in ("ADV", "PART") for t in between)


def borrowed_from_passive(verb: Token, subject: Token) -> bool:
    """True when ``subject`` is the subject of a passive verb that the active
    verb ``verb`` is joined to as a conjunct without a subject of its own in
    the parse (``Kobb was elected and said``, ``The report was commissioned by
    the ministry and found``)."""
    return (
        subject.dep_ == "nsubjpass"
        and verb.dep_ == "conj"
        and subject.head == verb.head
        and not any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children)
    )
