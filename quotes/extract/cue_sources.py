"""Where a cue verb and its source are in the doc: the source is the verb's
subject (:func:`~quotes.extract.indirect_source.verb_subject`), or the agent of
a passive (``was told by a junior doctor that``), not a way words are sent or a
time (``told by email``, ``by Monday``), and none for an expletive (``it was
reported``) or a passive with no agent; the cue is the verb with its particle
(``pointed out``)."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.indirect_source import quoted_as_saying, verb_subject
from quotes.extract.mention_spans import source_span
from quotes.extract.passive_conjuncts import borrowed_from_passive, joined_to_passive
from quotes.extract.source_words import MEANS_OF_SENDING
from quotes.extract.speaker_words import EXPLETIVES
from quotes.extract.syntax import agent_of, date_number
from quotes.extract.time_words import TIME_WORDS


def cue_source(token: Token) -> tuple[int, int] | None:
    """Doc offsets of the source of a cue verb: its subject, the agent of a
    passive, None for an expletive (``it was reported``)."""
    subject = verb_subject(token)
    if subject is not None and borrowed_from_passive(token, subject):
        # "Kobb was elected in May and said ...": Kobb; "The report was commissioned by the ministry
        # and found that", "Kell was fined by the league and teammates said": no one sure
        return source_span(subject) if joined_to_passive(token, subject) else None
    own_passive = subject is not None and subject.dep_ == "nsubjpass"
    if (own_passive or _passive_with_content(token)) and quoted_as_saying(token) is None:
        # also "raised concerns but was told by a junior doctor that": the doctor
        agent = agent_of(token)
        if agent is not None and how_or_when_sent(agent):
            return None  # "was told by email that": nobody named
        if agent is not None or own_passive:
            return source_span(agent) if agent is not None else None
    if subject is None:
        return None
    if subject.lower_ in EXPLETIVES or date_number(subject):
        return None
    return source_span(subject)


def how_or_when_sent(agent: Token) -> bool:
    """True for a passive's agent with no article that is a way words are
    sent or a time (``told by email``, ``by text message``, ``by Monday``),
    not who sent them (``by a letter from the council`` is a document)."""
    bare = not any(child.dep_ in ("det", "poss") for child in agent.children)
    return bare and (agent.lower_ in MEANS_OF_SENDING or agent.lower_ in TIME_WORDS)


def _passive_with_content(token: Token) -> bool:
    """True for a verb in the passive voice with a clause of its own after it
    (``was told by a doctor that ...``), not one whose content the parse took
    from round it (``is called on it by the media``, ``is maintained by``)."""
    return is_passive(token) and any(child.dep_ == "ccomp" and child.i > token.i for child in token.children)


def is_passive(token: Token) -> bool:
    """True for a verb in the passive voice."""
    return any(child.dep_ in ("auxpass", "nsubjpass") for child in token.children)


def cue_span(token: Token) -> tuple[int, int]:
    """Doc offsets of a cue verb with its particle (``pointed out``)."""
    tokens = [token] + [c for c in token.children if c.dep_ == "prt"]
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
