"""Indirect speech through a phrase rather than a verb: a noun of speech
held by someone (``his claim that ...``, ``her criticism of ...``), ``according
to X``, and a poll a clause opens with (``In a new poll, most voters ...``).
:func:`quotes.extract.indirect.find_indirect` calls these per cue token."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.indirect_content import (
    Found,
    bare_noun_phrase,
    contiguous,
    phrase_content,
    trimmed_span,
    weak_found,
)
from quotes.extract.lexicon import (
    CITING_FORMS,
    INDIRECT_NOUNS,
    POLL_NOUNS,
    RENDERING_NOUNS,
    SHARE_WORDS,
    cue_verb_forms,
    speech_forms,
)
from quotes.extract.speaker_words import SUBJECT_OF_POSSESSIVE
from quotes.extract.syntax import SUBJECT_DEPS, doc_text, source_span

#: Prepositions introducing the content of a noun of speech (``criticism of``, ``calls for``).
_NOUN_CONTENT_PREPOSITIONS = ("of", "for", "about", "against", "over", "on")


def noun_cue(token: Token) -> Found | None:
    """``his claim that X``, ``Varn's criticism of X``, ``calls from X for Y``,
    ``her decision to run``: a noun of speech or intention whose holder is a
    possessive or a ``from``/``by`` phrase."""
    holder = _holder(token)
    if holder is None:
        return None
    intention = _infinitive(token)
    if intention is not None and token.dep_ == "ROOT" and token.sent.text.rstrip().endswith("."):
        return None  # a sentence the parse left without its verb: the infinitive may have taken it
    if intention is not None:
        span = trimmed_span(list(intention.subtree), doc_text(token.doc))
        return weak_found(token, span, source_span(holder))
    if token.lower_ not in INDIRECT_NOUNS:
        return None  # "her decision on the port": a decision, not what anyone said
    holder = _subject_owning(token, holder)
    for child in token.children:
        content = None
        if (
            child.dep_ in ("acl", "ccomp")
            and child.i > token.i
            and any(c.lower_ == "that" and c.dep_ == "mark" for c in child.children)
        ):
            content = child
        elif child.dep_ == "prep" and child.i > token.i and child.lower_ in _NOUN_CONTENT_PREPOSITIONS:
            content = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        if content is not None:
            tokens = list(content.subtree)
            span = trimmed_span(contiguous(tokens, content), doc_text(token.doc))
            if span is not None and child.dep_ == "prep" and len(tokens) > 1 and bare_noun_phrase(tokens):
                span = (token.idx, span[1])  # "claims about the test": the noun says what the words are
            return weak_found(token, span, source_span(holder))
    return None


def _infinitive(noun: Token) -> Token | None:
    """The ``to`` infinitive completing ``noun`` (``decision to run``), if any."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "relcl", "xcomp")
            and c.i > noun.i
            and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" and a.i < c.i for a in c.children)
        ),
        None,
    )


def _holder(noun: Token) -> Token | None:
    """Who holds a noun of speech: a possessive (not ``its``/``their``), or the
    object of ``from``/``by``; the last one found."""
    holder = None
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in ("its", "their"):
            holder = child
        elif child.dep_ == "prep" and child.lower_ in ("from", "by"):
            holder = next((c for c in child.children if c.dep_ == "pobj"), holder)
    return holder


def _subject_owning(noun: Token, holder: Token) -> Token:
    """``she escalated her attacks on Kobb``, ``he stepped up his criticism of``:
    the subject ``she``/``he`` of the verb whose direct object the noun of speech
    (not of intention: ``she faced her decision to ...``) is, when
    it is the possessive's own person, names the speaker as the clause does;
    else the possessive ``holder`` (also after a preposition: ``earned nothing
    with his complaints that``)."""
    subject_word = SUBJECT_OF_POSSESSIVE.get(holder.lower_)
    verb = noun.head
    if subject_word is None or noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return holder
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == subject_word), holder)


def according(token: Token) -> Found | None:
    """``according to X, CONTENT`` / ``CONTENT, according to X``."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None:
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        to = nxt if nxt is not None and nxt.lower_ == "to" else None
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is not None and source.lower_ in RENDERING_NOUNS and token.head.lower_ in speech_forms():
        return None  # "Ri, according to a translation by the agency, said ...": Ri's words
    phrase = {t.i for t in token.subtree} | {t.i for t in to.subtree} | {token.i}
    end = max(t.idx + len(t) for t in to.doc[token.i : to.i + 1])
    return phrase_content(token, phrase, source, end, 0.7)


def _counted(subject: Token) -> bool:
    """True for a subject that counts the people a poll asked (``79 percent``,
    ``most voters``, ``six in 10``): the poll speaks for them."""
    return any(t.like_num or t.pos_ == "NUM" or t.lower_ in SHARE_WORDS for t in subject.subtree)


def in_document(token: Token) -> Found | None:
    """``In a new poll, most voters back X``: the poll is the source (not when
    the clause has a reporting verb and a subject that is no share of those polled,
    which say whose words they are: ``In a report, Halden Partners found ...``)."""
    source = next((c for c in token.children if c.dep_ == "pobj"), None)
    if source is None or source.lower_ not in POLL_NOUNS or token.dep_ != "prep":
        return None
    if token.head.dep_ in ("relcl", "acl") or (
        token.head.lower_ in CITING_FORMS and token.head.dep_ == "advcl"
    ):
        # "a scientist who was not involved in the study", "a letter, cited in the
        # report,": no finding of the study or the report
        return None
    subject = next((c for c in token.head.children if c.dep_ in SUBJECT_DEPS), None)
    if token.head.lower_ in cue_verb_forms() and subject is not None and not _counted(subject):
        # "In a report, Halden Partners found that ...", "Okafor said in the
        # report that ...": the verb's subject is the source, the report where it spoke
        return None
    phrase = {t.i for t in token.subtree}
    return phrase_content(token, phrase, source, token.idx + len(token), 0.5)
