"""Views held through an adjective after a copula: ``Kobb is confident that
the pier will reopen``, ``the board is eager to sell``, ``residents are wary
of the plan``. The content is the adjective's clause, its ``to`` infinitive,
or the adjective with its ``of``/``to`` phrase (never a bare noun phrase); the
source is the copula's subject. :func:`quotes.extract.indirect.find_indirect`
calls :func:`adjective_cue` for the words of :data:`STANCE_ADJECTIVES`."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.indirect_content import Found, contiguous, trimmed_span, weak_found
from quotes.extract.indirect_source import plausible_source, verb_subject
from quotes.extract.lexicon import STANCE_ADJECTIVE_PREPOSITIONS, STANCE_ADJECTIVES
from quotes.extract.mention_spans import source_span
from quotes.extract.speaker_words import EXPLETIVES
from quotes.extract.syntax import doc_text

#: Adjectives whose ``to`` infinitive says what will happen, not what someone thinks.
_CERTAIN_OF_EVENTS = frozenset({"sure"})


def adjective_cue(token: Token) -> Found | None:
    """The view an adjective of :data:`STANCE_ADJECTIVES` after a copula
    attributes to the copula's subject (``Varn is confident that ...``,
    ``is eager to ...``, ``is critical of ...``); None for any other use
    (``certain people``, ``it is certain that``: nobody holds it)."""
    if token.dep_ != "acomp" or token.lower_ not in STANCE_ADJECTIVES:
        return None
    subject = verb_subject(token.head)
    if subject is None or subject.lower_ in EXPLETIVES or not plausible_source(subject):
        return None
    text = doc_text(token.doc)
    for child in token.children:
        if child.i < token.i:
            continue
        if child.dep_ == "xcomp" and token.lower_ in _CERTAIN_OF_EVENTS:
            continue  # "Kobb is sure to win": the writer's forecast, no view of Kobb's
        if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in child.children):
                return None  # "not sure whether it would run": a question left open, no view
            span = trimmed_span(contiguous(list(child.subtree), child), text)
            return weak_found(token, span, source_span(subject))
        if child.dep_ == "prep" and child.lower_ == STANCE_ADJECTIVE_PREPOSITIONS.get(token.lower_):
            span = trimmed_span([token, *child.subtree], text)  # "critical of the plan": with its adjective
            return weak_found(token, span, source_span(subject)) if len(list(child.subtree)) > 1 else None
    return None
