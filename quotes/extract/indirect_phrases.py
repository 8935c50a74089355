"""Indirect speech through a phrase rather than a verb: a noun of speech
held by someone (``his claim that ...``, ``her criticism of ...``), ``according
to X``, a poll a clause opens with (``In a new poll, most voters ...``) and
someone's view (``In Kobb's view, ...``).
:func:`quotes.extract.indirect.find_indirect` calls these per cue token."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

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
    TO_CONTENT_NOUNS,
    VIEW_NOUNS,
    VOICING_VERBS,
    cue_verb_forms,
    speech_forms,
    verb_forms,
)
from quotes.extract.speaker_words import SUBJECT_OF_POSSESSIVE
from quotes.extract.syntax import SUBJECT_DEPS, doc_text, source_span

#: Prepositions introducing the content of a noun of speech (``criticism of``, ``calls for``).
_NOUN_CONTENT_PREPOSITIONS = ("of", "for", "about", "against", "over", "on")
#: Forms of ``be`` whose subject a ``that`` clause completes (``his claim was that ...``).
_COPULA_FORMS = frozenset({"is", "are", "was", "were"})
#: Possessives of the writer, whose own view is no quote (``In my view, ...``).
_WRITERS_POSSESSIVES = frozenset({"my", "our"})


def noun_cue(token: Token) -> Found | None:
    """``his claim that X``, ``Varn's criticism of X``, ``calls from X for Y``,
    ``her decision to run``: a noun of speech or intention whose holder is a
    possessive, a ``from``/``by`` phrase or the subject owning a ``their``
    (:func:`_subject_in_their`); not a noun in scare quotes."""
    holder = _holder(token) or _subject_in_their(token)
    if holder is None or _in_scare_quotes(token):
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
    span = _noun_content(token)
    return weak_found(token, span, source_span(holder)) if span is not None else None


def _in_scare_quotes(noun: Token) -> bool:
    """True for a noun of speech set alone in quotation marks (``Varn's
    'endorsement'``): the writer's word for it, not a statement held."""
    doc = noun.doc
    return 0 < noun.i < len(doc) - 1 and doc[noun.i - 1].is_quote and doc[noun.i + 1].is_quote


def _noun_content(noun: Token) -> tuple[int, int] | None:
    """The span of what a noun of speech says: its ``that`` clause, else one
    on the copula it is the subject of (``his argument on Sunday was that``),
    else the object of its preposition (``criticism of the plan``: the noun
    kept before an object of several words with no verb), else a ``that``
    clause the parse hung elsewhere right after the noun (``his warning that``)."""
    text = doc_text(noun.doc)
    after = [child for child in noun.children if child.i > noun.i]
    clause = next((c for c in after if c.dep_ in ("acl", "ccomp", "relcl") and _opens_with_that(c)), None)
    clause = clause or _clause_of_copula(noun)
    if clause is not None:
        return trimmed_span(contiguous(list(clause.subtree), clause), text)
    for child in after:
        objects = _objects(child)
        if child.dep_ == "prep" and child.lower_ in _content_prepositions(noun) and objects:
            tokens = [t for c in objects for t in c.subtree]
            span = trimmed_span(contiguous(tokens, objects[0]), text)
            if span is not None and len(tokens) > 1 and bare_noun_phrase(tokens):
                span = (noun.idx, span[1])  # "claims about the test": the noun says what the words are
            return span
    clause = _clause_after(noun)
    return None if clause is None else trimmed_span(list(clause.subtree), text)


def _objects(preposition: Token) -> list[Token]:
    """The objects of ``preposition``: the first, and those glued to the word
    before them (``view of counter-terrorism``: a word the parse split into
    several objects; not ``on Sunday "childish."``)."""
    objects = [c for c in preposition.children if c.dep_ in ("pobj", "pcomp")]
    doc = preposition.doc
    return objects[:1] + [o for o in objects[1:] if not doc[o.i - 1].whitespace_]


def _content_prepositions(noun: Token) -> tuple[str, ...]:
    """The prepositions whose object is what ``noun`` says (``to`` only for
    nouns of taking a side: ``her opposition to the levy``, not ``his
    remarks to reporters``)."""
    if noun.lower_ in TO_CONTENT_NOUNS:
        return (*_NOUN_CONTENT_PREPOSITIONS, "to")
    return _NOUN_CONTENT_PREPOSITIONS


def _conjunction_that(token: Token) -> bool:
    """True for ``that`` opening a clause (a ``mark``, or tagged a conjunction
    where the parse gave it another role), not a relative pronoun."""
    return token.lower_ == "that" and (token.dep_ == "mark" or token.pos_ == "SCONJ")


def _opens_with_that(verb: Token) -> bool:
    """True when a conjunction ``that`` before ``verb`` opens its clause."""
    return any(_conjunction_that(c) and c.i < verb.i for c in verb.children)


def _clause_after(noun: Token) -> Token | None:
    """``Kobb's false claims that he is ...`` parsed with the clause on the
    main verb: the verb of a clause whose ``that`` (a conjunction, not a
    relative pronoun: ``the claims that were denied``) comes right after the
    noun and its phrases (``his claim in May that ...``), the highest verb
    after the ``that`` that does not hold the noun."""
    doc = noun.doc
    if noun.right_edge.i + 1 >= len(doc):
        return None
    mark = doc[noun.right_edge.i + 1]
    if not _conjunction_that(mark):
        return None
    verb = mark.head
    while verb.head.i != verb.i and verb.head.i > mark.i:
        verb = verb.head
    if verb.i <= mark.i or verb.pos_ not in ("VERB", "AUX") or noun.i in {t.i for t in verb.subtree}:
        return None
    return verb


def _clause_of_copula(noun: Token) -> Token | None:
    """``Kobb's argument was that the fares should fall``: the ``that`` clause
    of the copula the noun of speech is the subject of."""
    copula = noun.head
    if noun.dep_ != "nsubj" or copula.lower_ not in _COPULA_FORMS:
        return None
    return next(
        (c for c in copula.children if c.dep_ == "ccomp" and c.i > copula.i and _opens_with_that(c)),
        None,
    )


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


def _subject_in_their(noun: Token) -> Token | None:
    """``Latino Republicans were unsparing in their criticism of Kobb``, ``the
    leaders signaled their support for``: the noun subject (no pronoun, whose
    person is unknown) of the verb or adjective that a phrase ``in their``
    noun of speech hangs on, or of a verb of voicing the noun is the object of."""
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
        return None
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "in":
        head = head.head
    elif noun.dep_ != "dobj" or head.lower_ not in _voicing_forms():
        return None
    while head.dep_ in ("acomp", "xcomp") and head.head.i != head.i:
        head = head.head  # "have been vocal in": the subject is the copula's
    return next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


@cache
def _voicing_forms() -> frozenset[str]:
    """Every form of a verb of voicing (``signaled``, ``voices``)."""
    return frozenset(form for lemma in VOICING_VERBS for form in verb_forms(lemma))


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


def in_view(token: Token) -> Found | None:
    """``In Kobb's view, the fares are too high``: the holder of a view set
    off by a comma is the source of the main clause the phrase hangs on (not
    ``in view of``, which has no holder)."""
    view = next((c for c in token.children if c.dep_ == "pobj"), None)
    if view is None or view.lower_ not in VIEW_NOUNS or not _set_off(token, view):
        return None
    holder = next((c for c in view.children if c.dep_ == "poss" and c.lower_ != "its"), None)
    if holder is None or holder.lower_ in _WRITERS_POSSESSIVES:
        return None  # "In my view, ...": the writer's own view, no one's quote
    found = phrase_content(token, {t.i for t in token.subtree}, holder, view.idx + len(view), 0.5)
    return None if found is None else replace(found, cue_start=view.idx)  # the noun says whose view


def _set_off(preposition: Token, view: Token) -> bool:
    """True when ``in X's view`` is set off by commas on the main clause: at
    the sentence start or after a comma (not after a preposition: ``motives
    for, in his view, dropping``), a comma after it (not ``less positive in
    his estimation of the market``), hung on the main verb or its subject."""
    doc, sentence = view.doc, view.sent
    if view.i + 1 >= sentence.end or doc[view.i + 1].text != ",":
        return False
    if preposition.i > sentence.start and (
        doc[preposition.i - 1].text != "," or doc[preposition.i - 2].pos_ == "ADP"
    ):
        return False
    head = preposition.head
    return head.i == sentence.root.i or (head.dep_ == "nsubj" and head.head.i == sentence.root.i)
