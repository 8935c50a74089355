"""Subjects of verbs of saying that the parse leaves to another verb or to a
pronoun that looks like an expletive: ``It said ...`` (a body or a
document, not an expletive, which a verb of saying only has in the passive:
``it was reported that``), ``Kobb was elected in May and said ...`` (the
subject of the passive before), ``Voters were more likely to say ...`` (the
subject of the copula)."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.lexicon import CLAUSE_VERBS, COGNITION_VERBS, SPEECH_VERBS, verb_forms

#: Every form of a verb whose clause is reported speech or a belief.
_CLAUSE_FORMS = frozenset(form for lemma in CLAUSE_VERBS if "_" not in lemma for form in verb_forms(lemma))
#: Every form of a verb of saying or believing (not of finding: ``likely to
#: hear prosecutors specify the charges`` is no one's words).
_SAYING_OR_BELIEVING_FORMS = frozenset(
    form for lemma in SPEECH_VERBS | COGNITION_VERBS if "_" not in lemma for form in verb_forms(lemma)
)
#: Adjectives of a copula whose subject says what the verb of saying after
#: them reports (``more likely to say``, ``quick to point out``, ``correct to
#: note``); not those of a role (``critical to leading ..., to tell them``).
_READY_ADJECTIVES = frozenset(
    "likely unlikely quick correct right eager keen careful happy willing ready inclined apt".split()
)
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


def joined_to_passive(verb: Token, subject: Token) -> bool:
    """True when ``subject`` is the subject of a passive verb that the active
    verb of saying ``verb`` is joined to (``Kobb was elected in May and said
    ...``): the source of ``verb``, not someone a passive acted on."""
    return (
        subject.dep_ == "nsubjpass"
        and verb.dep_ == "conj"
        and subject.head == verb.head
        and verb.lower_ in _CLAUSE_FORMS
        and not any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children)
    )


def copula_clause(verb: Token, cue: Token) -> Token | None:
    """The copula an adjective ``verb`` complements when the verb of saying
    ``cue`` under it reports a clause (``Voters were more likely to say they
    ...``, ``Kobb was quick to add that``): its subject is the cue's source.
    None otherwise."""
    if (
        verb.dep_ != "acomp"
        or verb.lower_ not in _READY_ADJECTIVES
        or cue.lower_ not in _SAYING_OR_BELIEVING_FORMS
    ):
        return None
    return verb.head if any(child.dep_ == "ccomp" and child.i > cue.i for child in cue.children) else None
