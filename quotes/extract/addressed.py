"""The one addressed is not who speaks: the reader of a hypothetical ``you
could assume``, the one told in ``I was told: “...”``.

A feature writer's ``you could assume I was out of place`` or ``you might think
the hall was full`` tells what a reader may suppose, not what anyone said or
believes: the generic ``you`` under a modal of possibility speaks for no one.
``you said the hall was full`` (someone addressed) and ``one might think``
(which PolNeAR gives a source) are left alone.

The words after a passive verb of telling (``I was brusquely informed: “...”``)
are not the words of the one told: they are the agent's (``told by a guard``),
else those of whoever the sentence names as the source of a remark (``After a
remark from a grower, I was informed: “...”``), else no one's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.extract.indirect_content import Found
from quotes.extract.indirect_source import is_passive
from quotes.extract.lexicon import ADDRESSING_FORMS, ASKING_FORMS, HEDGE_MODALS, INDIRECT_NOUNS
from quotes.extract.syntax import agent_of, doc_text, mention_span

#: The generic reader: the subject of a hypothetical ``you could assume``.
_GENERIC_READER = "you"
#: Verbs of supposing, in the base form a modal takes (``you could assume``,
#: ``you might think``); not verbs of saying or wanting (``you could say``,
#: ``you would want``), which PolNeAR gives the generic ``you`` as a source.
_SUPPOSING_VERBS = frozenset("assume suppose presume imagine guess think believe expect conclude".split())
#: The modals of a supposition, ``'d`` of ``you'd think`` too.
_SUPPOSING_MODALS = HEDGE_MODALS | {"'d", "’d"}
#: Nouns of something said whose ``from``/``by`` phrase names who said it
#: (``a remark from a grower``, ``a reply by the clerk``).
_REMARK_NOUNS = INDIRECT_NOUNS | frozenset(
    "remark reply replies answer answers response responses word words".split()
)
#: Prepositions naming who made a remark.
_REMARK_SOURCE_PREPOSITIONS = frozenset({"from", "by"})


def generic_reader(doc: Doc, found: Found) -> bool:
    """True for an indirect content whose source is ``you`` with a modal of
    possibility on its cue, a verb of supposing (``you could assume ...``,
    ``you would think ...``): a supposition offered to the reader, no one's
    words."""
    if found.speaker is None:
        return False
    start, end = found.speaker
    if doc_text(doc)[start:end].lower() != _GENERIC_READER:
        return False
    cue = doc.char_span(found.cue_start, found.cue_end, alignment_mode="expand")
    if cue is None:
        return False
    verb = cue.root
    if verb.lower_ not in _SUPPOSING_VERBS:
        return False
    return any(
        child.dep_ == "aux" and child.tag_ == "MD" and child.lower_ in _SUPPOSING_MODALS
        for child in verb.children
    )


def told_passively(token: Token) -> bool:
    """True for a verb of asking or telling in the passive (``I was told``,
    ``only to be informed``, ``Kobb was asked by a reporter``)."""
    return (token.lower_ in ASKING_FORMS or token.lower_ in ADDRESSING_FORMS) and is_passive(token)


def telling_source(token: Token, offset: int) -> tuple[int, int] | None:
    """Article offsets of who speaks the words after a passive verb of
    telling or asking ``token`` in a doc parsed at ``offset``: its agent
    (``told by a guard``), else the source of a remark its sentence names
    (``After a remark from a grower, I was informed: “...”``), else None."""
    agent = agent_of(token)
    if agent is not None:
        return mention_span(agent, offset)
    source = _remark_source(token)
    return None if source is None else mention_span(source, offset)


def _remark_source(token: Token) -> Token | None:
    """The object of ``from``/``by`` on a noun of something said in the
    sentence of ``token``, before it (``a remark from a grower``)."""
    for noun in token.sent:
        if noun.i >= token.i:
            return None
        if noun.pos_ != "NOUN" or noun.lower_ not in _REMARK_NOUNS:
            continue
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in _REMARK_SOURCE_PREPOSITIONS:
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return None
