"""Cues of several words built on ``make``: ``Kobb made clear (that) ...``,
``made it clear ...``, ``made the case that ...``, ``made the point that
...``. The clause after the phrase is the indirect quote of the subject of
``make``; ``made clear progress``, ``made the case for a bridge`` and ``made it
clear.`` report no clause.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from quotes.extract.indirect_content import Found, complement_content
from quotes.extract.indirect_source import plausible_source, verb_subject
from quotes.extract.making_phrases import MAKING_FORMS, MAKING_PHRASE_WORDS
from quotes.extract.relative_heads import can_speak
from quotes.extract.syntax import SUBJECT_DEPS

#: Dependencies of the clause a phrase of saying reports, as the parse hangs it
#: on ``make``, ``clear``, ``case`` or ``point``.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "acl"})
#: Words that deny the phrase (``Kell never made it clear that ...``).
_DENYING_WORDS = frozenset({"not", "n't", "never"})

#: Confidence of a content found through a phrase on ``make``.
_MADE_CLEAR_CONFIDENCE = 0.6


def made_clear_content(make: Token) -> Found | None:
    """The clause ``make`` reports through a phrase of saying right after it
    (``made clear Monday they have no plans``, ``made it clear that``, ``made
    the case to the leaders that``), attributed to its subject; None when
    ``make`` opens no such phrase or no clause follows it."""
    last = _phrase_end(make)
    if last is None:
        return None
    phrase = {make.i, *range(make.i + 1, last.i + 1)}
    clause = next(
        (t for t in make.doc[last.i + 1 : make.sent.end] if t.head.i in phrase and _finite_clause(t, last)),
        None,
    )
    subject = verb_subject(make)
    if clause is None or subject is None or not plausible_source(subject) or _denied(make):
        return None
    if not (can_speak(subject) or (subject.pos_ == "PRON" and subject.lower_ not in ("it", "this", "that"))):
        return None  # "The Harrow primary made it clear": an event, no speaker
    tokens = [t for t in clause.subtree if t.i > last.i]
    found = complement_content(make, tokens, clause, confidence=_MADE_CLEAR_CONFIDENCE)
    if found is None:
        return None
    return replace(found, cue_end=last.idx + len(last))


def _finite_clause(token: Token, last: Token) -> bool:
    """True for a verb heading a clause with a subject of its own after the
    phrase ending at ``last`` (``made it clear they ...``, ``made the case
    that she is``), not one of time or condition (``makes clear the headwinds
    if they prevail``) nor an infinitive (``made the case to grant amnesty``:
    what he argued for, whose subject the parse may take ``case`` for)."""
    if token.dep_ not in _CLAUSE_DEPS or token.pos_ not in ("VERB", "AUX"):
        return False
    if token.left_edge.tag_ in ("WRB", "WP", "WDT") and token.left_edge.lower_ != "that":
        return False  # "made clear how much ...": no statement
    marks = [c.lower_ for c in token.children if c.dep_ == "mark"]
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS and c.i > last.i]
    if (
        not subjects
        or any(s.lower_ in ("that", "which") for s in subjects)
        or not all(m == "that" for m in marks)
    ):
        return False  # "made the point that sealed the match": a relative clause
    # "made the case they had promised jurors": the case they had promised, no words
    return last.lower_ == "clear" or marks == ["that"]


def _denied(make: Token) -> bool:
    """True when ``make`` is denied (``never made it clear``, ``did not make clear``)."""
    return any(c.dep_ in ("neg", "advmod") and c.lower_ in _DENYING_WORDS for c in make.children)


def _phrase_end(make: Token) -> Token | None:
    """The last word of a phrase of saying right after ``make`` (``clear`` of
    ``made it clear``), or None."""
    if make.lower_ not in MAKING_FORMS:
        return None
    doc = make.doc
    for words in MAKING_PHRASE_WORDS:
        end = make.i + len(words)
        if end < len(doc) and [t.lower_ for t in doc[make.i + 1 : end + 1]] == list(words):
            return doc[end]
    return None
