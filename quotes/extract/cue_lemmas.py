"""Which words are cue verbs on the parse (:func:`cue_lemma`): a form of a
verb of the lexicon, or the opening of a phrasal cue with its particle
(``pointed out that``, ``shot back that``), tagged as a verb and not part of a
compound noun (``the Harbour Institute think tank``, ``a press release``).
Computed once per token of a doc."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.lexicon import (
    CLAUSE_VERBS,
    OBJECT_VERBS,
    cue_verb_forms,
    phrasal_cue_forms,
    phrasal_cue_openings,
)
from quotes.extract.per_doc import PerDoc

_VERB_TAGS = ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB")  # a verb's tags, where the POS says no verb
#: The cue lemma :func:`cue_lemma` found for each token index of a doc ("" for none).
_lemmas: PerDoc[dict[int, str]] = PerDoc(lambda doc: {})


def cue_lemma(token: Token) -> str | None:
    """The cue-lexicon lemma of ``token`` when it is a cue verb, else None.
    Computed once per token of a doc (the finders ask again for the same verbs)."""
    known = _lemmas(token.doc)
    found = known.get(token.i)
    if found is None:
        found = known[token.i] = _cue_lemma(token) or ""
    return found or None


def _cue_lemma(token: Token) -> str | None:
    """:func:`cue_lemma`, computed."""
    if (lemma := cue_verb_forms().get(token.lower_)) is None and token.lower_ not in phrasal_cue_openings():
        return None  # no cue verb's form, and no phrasal cue opens on it
    if (token.pos_ not in ("VERB", "AUX") and token.tag_ not in _VERB_TAGS) or _in_compound(token):
        return None
    for particle in token.children:
        adjacent = particle.i == token.i + 1
        if particle.dep_ == "prt" or (adjacent and particle.dep_ == "advmod"):
            # "pointed out that ...", "shot back that": the phrasal verb, not "point to"
            phrasal = phrasal_cue_forms().get(f"{token.lower_} {particle.lower_}")
            if phrasal is not None:
                return phrasal
            if lemma in OBJECT_VERBS and lemma not in CLAUSE_VERBS:
                return None  # "the storm knocks out power": another verb than "knock" (criticize)
    return lemma


def _in_compound(token: Token) -> bool:
    """True when a cue word tagged as a verb is part of a compound noun (``the
    Harbour Institute think tank``, ``a press release``): it governs nothing, stands
    after a name, noun or adjective and before a noun."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or any(True for _ in token.children):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return (
        before.pos_ in ("PROPN", "NOUN", "ADJ")
        and after.tag_ in ("NN", "NNS")
        and not after.text[:1].isupper()
    )
