"""The source of an indirect quote: which words are cue verbs
(:func:`cue_lemma`), the subject of a cue verb (:func:`verb_subject`, following
conjunctions and participles up), and whether a subject can hold a view at
all (:func:`plausible_source`).
"""

from __future__ import annotations

from quotes.extract.lexicon import CUE_VERBS, EXPLETIVES, PERSON_SUFFIXES, SOURCE_HEAD_NOUNS, cue_verb_forms
from quotes.extract.syntax import SUBJECT_DEPS, agent_of, dateline_subject, source_span


def cue_lemma(token) -> str | None:
    """The cue-lexicon lemma of ``token`` when it is a cue verb, else None."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB"):
        return None
    if _in_compound(token):
        return None
    lemma = (token.lemma_ or "").lower()
    if lemma in CUE_VERBS:
        return lemma
    return cue_verb_forms().get(token.lower_)


def _in_compound(token) -> bool:
    """True when a cue word tagged as a verb is part of a compound noun (``the
    Asan Institute think tank``, ``a press release``): it governs nothing, stands
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


def verb_subject(token):
    """The subject of a cue verb, following conjunctions and participles up.

    The small pipeline sometimes attaches an unknown name before the verb as an
    adverb (``Varn/advmod wants``): a proper noun right before the verb counts."""
    seen = 0
    while token is not None and seen < 4:
        # the nearest subject: the parse can give two (``LONDON (Reuters) - Kobb said``)
        subjects = [
            dateline_subject(c) for c in token.children if c.dep_ in SUBJECT_DEPS and c.i < token.i + 30
        ]
        subjects = [c for c in subjects if c is not None]
        if subjects:  # (a plausible source first: "Moon Jae/nsubj -in/nsubj expressed")
            return min(subjects, key=lambda c: (not plausible_source(c), abs(c.i - token.i)))
        for child in token.lefts:
            if (
                child.i == token.i - 1
                and child.pos_ in ("PROPN", "NUM")
                and child.dep_ in ("advmod", "npadvmod", "nmod", "dep", "compound", "nummod")
            ):
                return child  # "Varn/advmod wants", "4 in 10/nummod say"
        if token.dep_ == "agent":
            break
        if token.dep_ == "conj" and token.head.dep_ == "ccomp" and cue_lemma(token.head.head):
            token = token.head.head  # "He said X have given Y and said that Z": misattached conj
            seen += 1
            continue
        if token.dep_ in ("conj", "xcomp", "advcl") and token.head.i != token.i:
            token = token.head
            seen += 1
            continue
        if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
            noun = token.head
            if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
                token = noun.head.head  # "..., at one point calling X a liar": the clause's subject speaks
                seen += 1
                continue
            return noun  # "911 calls saying that...": the noun is the source
        if token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.head.i != token.head.i:
            token = token.head.head  # "he answered by saying that..."
            seen += 1
            continue
        break
    return None


def plausible_source(token) -> bool:
    """True when a subject token can be the source of an attribution: a name, a
    pronoun, a number of people (``55 percent``, ``six in 10``), or a noun for
    people, organizations, documents or polls (not ``the deal`` or ``his eyes``)."""
    if token.pos_ in ("PROPN", "PRON", "NUM") or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    lower = token.lower_
    if lower in SOURCE_HEAD_NOUNS or lower.rstrip("s") in SOURCE_HEAD_NOUNS:
        return True
    if lower.rstrip("s").endswith(PERSON_SUFFIXES):
        return True
    if any(child.pos_ == "NUM" or child.like_num for child in token.children):
        return True
    # "Trump's campaign", "the Clinton camp": a name inside the phrase
    return any(t.pos_ == "PROPN" for t in token.lefts)


def cue_source(token) -> tuple[int, int] | None:
    subject = verb_subject(token)
    if subject is not None and subject.dep_ == "nsubjpass":
        agent = agent_of(token)
        return source_span(agent) if agent is not None else None
    if subject is None or (subject.lower_ in EXPLETIVES and subject.dep_ != "nsubj"):
        return None
    if subject.lower_ in EXPLETIVES:
        return None
    return source_span(subject)


def is_passive(token) -> bool:
    return any(child.dep_ in ("auxpass", "nsubjpass") for child in token.children)


def cue_span(token) -> tuple[int, int]:
    tokens = [token] + [c for c in token.children if c.dep_ == "prt"]
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
