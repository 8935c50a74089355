"""``It said ...``: the pronoun ``it`` as the subject of an active verb of
saying with a clause after it stands for a body or a document (``The report
also gave details. It said officials had ...``), not an expletive, which a
verb of saying only has in the passive (``it was reported that``)."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.lexicon import verb_forms

#: The verbs of saying whose subject ``it`` is a body or a document.
_SAYING_FORMS = frozenset(form for lemma in ("say", "add", "state", "tell") for form in verb_forms(lemma))


def said_by_it(verb: Token, subject: Token) -> bool:
    """True when ``subject`` is ``it`` as the own subject of the active verb of
    saying ``verb`` with a clause after it (``It said officials had ...``,
    ``It also told investors that ...``); not a refusal (``It will not say
    whether ...``)."""
    return (
        subject.lower_ == "it"
        and subject.dep_ == "nsubj"
        and subject.head == verb
        and verb.lower_ in _SAYING_FORMS
        and not any(child.dep_ == "neg" for child in verb.children)
        and any(child.dep_ == "ccomp" and child.i > verb.i for child in verb.children)
    )
