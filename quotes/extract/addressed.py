"""The one addressed is not who speaks: the reader of a hypothetical ``you
could assume``, the one told in ``I was told: “...”``.

A feature writer's ``you could assume I was lost on these slopes`` or ``you might think
the hall was full`` tells what a reader may suppose, not what anyone said or
believes: the generic ``you`` under a modal of possibility speaks for no one.
``you said the hall was full`` (someone addressed) and ``one might think``
(which PolNeAR gives a source) are left alone.

The words after a passive verb of telling (``I was curtly informed: “...”``)
are not the words of the one told: they are the agent's (``told by a guard``),
else no one's (a means is no agent: ``told by letter``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.extract.cue_sources import how_or_when_sent, is_passive
from quotes.extract.direct_quote_words import HEDGE_MODALS
from quotes.extract.indirect_content import Found
from quotes.extract.lexicon import ADDRESSING_FORMS, ASKING_FORMS
from quotes.extract.mention_spans import mention_span
from quotes.extract.syntax import agent_of, doc_text

#: The generic reader: the subject of a hypothetical ``you could assume``.
_GENERIC_READER = "you"
#: Verbs of supposing, in the base form a modal takes (``you could assume``,
#: ``you might think``); not verbs of saying or wanting (``you could say``,
#: ``you would want``), which PolNeAR gives the generic ``you`` as a source.
_SUPPOSING_VERBS = frozenset("assume suppose presume imagine guess think believe expect conclude".split())
#: The modals of a supposition, ``'d`` of ``you'd think`` too.
_SUPPOSING_MODALS = HEDGE_MODALS | {"'d", "’d"}


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
    (``told by a guard``), else None: never the one told."""
    agent = named_agent(token)
    return None if agent is None else mention_span(agent, offset)


def named_agent(token: Token) -> Token | None:
    """The agent of a passive verb when it names who acts (``told by a
    guard``, ``by the council``), not a means (``told by letter``, ``by text
    message``), else None."""
    agent = agent_of(token)
    return None if agent is None or how_or_when_sent(agent) else agent
