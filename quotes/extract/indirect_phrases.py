"""Indirect speech through a phrase rather than a verb: a noun of speech
held by someone (``his claim that ...``, ``her criticism of ...``), ``according
to X``, a poll a clause opens with (``In a new poll, most voters ...``) and
someone's view (``In Kobb's view, ...``).
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
    TO_CONTENT_NOUNS,
    VIEW_NOUNS,
    VOICING_FORMS,
    cue_verb_forms,
    speech_forms,
)
from quotes.extract.mention_spans import source_span
from quotes.extract.mentions import speaker_kind
from quotes.extract.speaker_words import GROUP_NOUNS, PERSON_NOUNS, SUBJECT_OF_POSSESSIVE
from quotes.extract.syntax import FINITE_TAGS, SUBJECT_DEPS, doc_text
from quotes.extract.time_words import TIME_WORDS

#: Prepositions introducing the content of a noun of speech (``criticism of``, ``calls for``).
_NOUN_CONTENT_PREPOSITIONS = ("of", "for", "about", "against", "over", "on")
#: Forms of ``be`` whose subject a ``that`` clause completes (``his claim was that ...``).
_COPULA_FORMS = frozenset({"is", "are", "was", "were"})


def noun_cue(token: Token) -> Found | None:
    """``his claim that X``, ``Varn's criticism of X``, ``calls from X for Y``,
    ``her decision to run``: a noun of speech or intention whose holder is a
    possessive, a ``from``/``by`` phrase or the subject owning a ``their``
    (:func:`_subject_in_their`); not a noun in scare quotes."""
    holder = _holder(token) or _subject_in_their(token)
    if holder is None or _in_scare_quotes(token):
        return None
    holder = _name_voicing(token, holder)
    intention = _infinitive(token)
    if intention is not None and token.dep_ == "ROOT" and token.sent.text.rstrip().endswith("."):
        return None  # a sentence the parse left without its verb: the infinitive may have taken it
    if intention is not None:
        span = trimmed_span(list(intention.subtree), doc_text(token.doc))
        return weak_found(token, span, source_span(holder))
    if token.lower_ not in INDIRECT_NOUNS:
        return None  # "her decision on the port": a decision, not what anyone said
    holder = _subject_owning(token, holder)
    # "The county's assessment of the farm rose": a valuation; a person's is a view
    span = _noun_content(token, token.lower_ not in _VALUATION_NOUNS or _personal(holder))
    return weak_found(token, span, source_span(holder)) if span is not None else None


def _in_scare_quotes(noun: Token) -> bool:
    """True for a noun of speech set alone in quotation marks (``Varn's
    'endorsement'``): the writer's word for it, not a statement held."""
    doc = noun.doc
    return 0 < noun.i < len(doc) - 1 and doc[noun.i - 1].is_quote and doc[noun.i + 1].is_quote


def _noun_content(noun: Token, objects_too: bool = True) -> tuple[int, int] | None:
    """The span of what a noun of speech says: its ``that`` clause, else one
    on the copula it is the subject of (``his argument on Sunday was that``),
    else (when ``objects_too``) the object of its preposition (``criticism of
    the plan``: the noun kept before an object of several words with no verb;
    not a relative clause after a comma, the writer's), else a ``that``
    clause the parse hung elsewhere right after the noun (``his warning that``)."""
    text = doc_text(noun.doc)
    after = [child for child in noun.children if child.i > noun.i]
    clause = next((c for c in after if c.dep_ in ("acl", "ccomp", "relcl") and _opens_with_that(c)), None)
    clause = clause or _clause_of_copula(noun)
    if clause is not None:
        return trimmed_span(contiguous(list(clause.subtree), clause), text)
    for child in after if objects_too else []:
        objects = _objects(child)
        if child.dep_ == "prep" and child.lower_ in _content_prepositions(noun) and objects:
            tokens = [t for c in objects for t in c.subtree if t.i not in _asides(c, noun.dep_ == "ROOT")]
            span = trimmed_span(contiguous(tokens, objects[0]), text)
            if span is not None and len(tokens) > 1 and bare_noun_phrase(tokens):
                span = (noun.idx, span[1])  # "claims about the test": the noun says what the words are
            return span
    clause = _clause_after(noun)
    return None if clause is None else trimmed_span(list(clause.subtree), text)


def _objects(preposition: Token) -> list[Token]:
    """The objects of ``preposition``: the first, and those glued to the word
    before them (``view of counter-terrorism``: a word the parse split into
    several objects; not ``on Sunday "childish."``); of an object parsed as a
    clause with its own subject (``objections to the plan centered on
    cost``), the subject."""
    objects = [c for c in preposition.children if c.dep_ in ("pobj", "pcomp")]
    doc = preposition.doc
    objects = objects[:1] + [o for o in objects[1:] if not doc[o.i - 1].whitespace_]
    if objects and objects[0].pos_ in ("VERB", "AUX"):
        subject = next((c for c in objects[0].children if c.dep_ in SUBJECT_DEPS), None)
        return [] if subject is None and objects[0].tag_ in FINITE_TAGS else [subject or objects[0]]
    return objects


#: Nouns that are also a valuation (``the county's assessment of the farm rose``).
_VALUATION_NOUNS = frozenset({"assessment", "assessments"})


def _asides(object_: Token, verbless: bool) -> set[int]:
    """The tokens of a clause set off by a comma after the object of a
    noun's preposition (``criticism of the referee, who left``; not an
    apposition, as the parse reads many a list),
    or, in a sentence the parse left without its verb (``verbless``), of a
    finite verb hung on the object (``His objections to the plan centered on
    cost``): the writer's words, not what was said."""
    doc = object_.doc
    return {
        t.i
        for c in object_.children
        if c.i > object_.i
        and c.dep_ in ("relcl", "acl")
        and (doc[c.left_edge.i - 1].text == "," or (verbless and c.tag_ in FINITE_TAGS | {"VBN"}))
        for t in c.subtree
    }


def _personal(holder: Token) -> bool:
    """True for a holder who is a person or people (``his``, ``Ola Ruud``,
    ``the senators``), not a body or thing (``the county``, ``the polls``)."""
    if holder.pos_ == "PRON":
        return holder.lower_ not in ("it", "its")
    if holder.pos_ == "PROPN":
        return _name_kind(holder) != "organization"
    word = holder.lower_  # the pipeline has no lemmatizer: "senators" is a senator's plural
    return word in GROUP_NOUNS or word in PERSON_NOUNS or (word.endswith("s") and word[:-1] in PERSON_NOUNS)


def _name_words(holder: Token) -> list[Token]:
    """The words of the name ``holder`` heads, without its possessive ``'s``."""
    return [t for t in holder.subtree if t.dep_ != "case"]


def _name_kind(holder: Token) -> str:
    """What :func:`speaker_kind` makes of the name ``holder`` heads, up to
    ``holder`` (``Ola Ruud`` of ``Ola Ruud's``)."""
    start = _name_words(holder)[0].idx
    return speaker_kind(doc_text(holder.doc)[start : holder.idx + len(holder)])


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
    elif noun.dep_ != "dobj" or head.lower_ not in VOICING_FORMS:
        return None
    while head.dep_ in ("acomp", "xcomp") and head.head.i != head.i:
        head = head.head  # "have been vocal in": the subject is the copula's
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ != "PRON" and _personal(subject) else None


def _name_voicing(noun: Token, holder: Token) -> Token:
    """``Clinton laid out her proposals to ...``, ``Reye repeated his claim
    that``: the named subject of a verb of voicing (or ``lay out``) whose
    direct object, right after it, is the noun a ``his`` or ``her`` holds;
    else ``holder`` (``Kobb mocked her claim``: hers)."""
    verb = noun.head
    if holder.lower_ not in ("his", "her") or noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return holder
    if any(t.dep_ != "prt" for t in noun.doc[verb.i + 1 : noun.left_edge.i]):
        return holder  # "voiced displeasure with Trump's proposals, in particular his proposal": a misparse
    laid_out = verb.lower_ in _LAYING_FORMS and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )
    if not (laid_out or verb.lower_ in VOICING_FORMS):
        return holder
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ == "PROPN" else holder


#: Forms of ``lay`` (``laid out her plan``).
_LAYING_FORMS = frozenset("lay lays laid laying".split())


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
    if _relays_quoted_speech(token):
        return None  # "A guard told staff the gate was “never locked,” according to the suit": the guard's
    phrase = {t.i for t in token.subtree} | {t.i for t in to.subtree} | {token.i}
    end = max(t.idx + len(t) for t in to.doc[token.i : to.i + 1])
    return phrase_content(token, phrase, source, end, 0.7)


#: Verbs by which a person says words that a source after them relays (not
#: ``write``: ``helped a journalist write a book, “...”``, a title).
_RELAYED_SPEECH_FORMS = frozenset(
    """say says said tell tells told testify testifies testified claim claims claimed insist insists
    insisted recall recalls recalled admit admits admitted complain complains complained warn warns
    warned explain explains explained describe describes described call calls called""".split()
)
#: Quotation marks that show quoted words in a clause.
_QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "'"})


def _relays_quoted_speech(according: Token) -> bool:
    """True for a trailing ``according to X`` after a clause in which someone
    says quoted words (``One porter told inspectors the lift was “always
    broken,” according to the report``): the words are the porter's, relayed
    by X, so the verb of saying and its subject attribute them, not X. Not
    after a clause with no quotation (``Kobb said the lift failed, according
    to the report``: left to the source; an apostrophe is no quotation mark),
    nor a verb whose active subject is no person (``Staff were told ...``,
    ``One message said: “...”``)."""
    verb = according.head
    if verb.lower_ not in _RELAYED_SPEECH_FORMS and verb.dep_ == "ccomp":
        verb = verb.head
    if verb.lower_ not in _RELAYED_SPEECH_FORMS or verb.i > according.i:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or speaker_kind(subject.doc[subject.left_edge.i : subject.i + 1].text) not in (
        "person",
        "anonymous",
    ):
        return False  # "Staff were told ...": told, not telling; "One message said: “...”": a document's
    return any(t.text in _QUOTE_MARKS and t.tag_ != "POS" for t in according.doc[verb.i + 1 : according.i])


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
    """``In Kobb's view, the fares are too high``: a named person's (or his,
    her) view opening the sentence and set off by a comma is the source of
    the main clause, up to a clause of its own after a comma (``, though``,
    ``, and``). Not ``in view of`` (no holder), the writer's (``my``, ``our``)
    or a group's (``their``), a body's or a date's (``In the board's view``,
    ``In Thursday's opinion``), a court's written opinion (``In her dissenting
    opinion``, ``In Judge Kemp's opinion, released Friday``), nor a main
    clause whose own verb of saying has a subject (``In the board's view,
    Ann Cho said ...``: Cho's words)."""
    view = next((c for c in token.children if c.dep_ == "pobj"), None)
    if view is None or view.lower_ not in VIEW_NOUNS or not _set_off(token, view):
        return None
    holder = next((c for c in view.children if c.dep_ == "poss"), None)
    if holder is None or not _viewer(holder) or any(c.dep_ not in ("poss", "case") for c in view.children):
        return None  # "In her dissenting opinion", "In Kemp's opinion, released Friday": a document
    root = token.sent.root
    clause = [t for t in root.subtree if t.i > view.i + 1]
    cut = min(
        (c.left_edge.i for c in root.children if c.i > view.i and c.dep_ in _OWN_CLAUSE_DEPS),
        default=token.sent.end,
    )
    clause = [t for t in clause if t.i < cut]
    if not clause or any(_speaking(t) for t in clause):
        return None
    span = trimmed_span(contiguous(clause, clause[0]), doc_text(token.doc))
    if span is None:
        return None
    return Found(span[0], span[1], view.idx, view.idx + len(view), source_span(holder), 0.5)


#: Clauses after the main clause that are the writer's or someone else's
#: (``the forecast was too rosy, though Olin disagreed``, ``, and in Varn's view``).
_OWN_CLAUSE_DEPS = frozenset({"conj", "cc", "advcl", "parataxis"})
#: Words of a holder that make an opinion a court's written document.
_COURT_WORDS = frozenset("court courts judge justice justices panel tribunal".split())


def _viewer(holder: Token) -> bool:
    """True for a holder whose view is a quote: ``his``, ``her`` or a name
    read as a person's, not a date's, place's or body's (``Thursday's``,
    ``China's``, ``the board's``), nor a judge's (a judge's opinion is a ruling)."""
    if holder.lower_ in ("his", "her"):
        return True
    words = _name_words(holder)
    if holder.pos_ != "PROPN" or any(t.lower_ in _COURT_WORDS | TIME_WORDS for t in words):
        return False
    return _name_kind(holder) == "person"


def _speaking(token: Token) -> bool:
    """True for a verb of saying or belief with its own subject (``Ann Cho
    said``, ``the majority found``)."""
    return (
        token.pos_ in ("VERB", "AUX")
        and token.lower_ in cue_verb_forms()
        and any(c.dep_ in SUBJECT_DEPS for c in token.children)
    )


def _set_off(preposition: Token, view: Token) -> bool:
    """True when ``in X's view`` opens its sentence, hung on the main verb,
    with a comma after it (not ``The plan, in Kobb's view, is flawed``,
    ``motives for, in his view, dropping``, nor ``less positive in his
    estimation of the market``)."""
    doc, sentence = view.doc, view.sent
    if view.i + 1 >= sentence.end or doc[view.i + 1].text != ",":
        return False
    start = sentence.start + (1 if doc[sentence.start].is_quote else 0)
    return preposition.i == start and preposition.head.i == sentence.root.i
