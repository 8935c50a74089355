"""The source of an indirect quote: the subject of a cue verb
(:func:`verb_subject`, following conjunctions and participles up), and whether
a subject can hold a view at all (:func:`plausible_source`). Which words are
cue verbs is :mod:`quotes.extract.cue_lemmas`' to say, where a source's span
lies :mod:`quotes.extract.cue_sources`'."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.extract.addressed_groups import reporter_of_addressing
from quotes.extract.cue_lemmas import cue_lemma
from quotes.extract.dated_relatives import relative_head, which_after_date
from quotes.extract.lexicon import (
    RESPONSE_VERBS,
    SAYING_VERBS,
)
from quotes.extract.participle_aside import before_participle_aside
from quotes.extract.per_doc import PerDoc
from quotes.extract.portfolio_names import name_after_portfolio
from quotes.extract.quoted_bodies import body_after_quoted_name
from quotes.extract.speaker_words import (
    EVENT_NOUNS,
    GROUP_NOUNS,
    OBJECT_PRONOUNS,
    PERSON_NOUNS,
    PERSON_SUFFIXES,
    SOURCE_HEAD_NOUNS,
)
from quotes.extract.syntax import (
    SUBJECT_DEPS,
    after_court_opener,
    after_opening_apposition,
    date_number,
    dateline_subject,
    firm_with_ampersand,
    past_counted_aside,
    sentence_extent,
)
from quotes.extract.time_words import TIME_WORDS
from quotes.extract.topic_colons import subject_after_topic

#: Relative pronouns standing for the noun their clause describes (``who`` is
#: a mention of its own, resolved like ``he``: :mod:`quotes.extract.resolution`).
_RELATIVES = frozenset({"which", "that"})


#: The subject :func:`verb_subject` found for each token index of a doc (-1 for none).
_subjects: PerDoc[dict[int, int]] = PerDoc(lambda doc: {})


def verb_subject(token: Token) -> Token | None:
    """The subject of a cue verb, following conjunctions and participles up
    (four verbs at most); the noun a participle describes (``911 calls saying
    that ...``) is the source. Computed once per token of a doc."""
    doc: Doc = token.doc
    known = _subjects(doc)
    found = known.get(token.i)
    if found is None:
        subject = _verb_subject(token)
        found = known[token.i] = subject.i if subject is not None else -1
    return doc[found] if found >= 0 else None


def _verb_subject(token: Token) -> Token | None:
    """:func:`verb_subject`, computed."""
    quoted = quoted_as_saying(token)
    if quoted is not None:
        return quoted
    verb: Token | None = token
    for _ in range(4):
        if verb is None:
            return None
        subject = _own_subject(verb)
        if subject is not None and subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
            # "groups that say ...": the noun the clause describes; "a provocation
            # that threatens ...": no one
            head = relative_head(verb)  # "a report by X in May, which says": X's, not May's
            return head if plausible_source(head) else None
        if subject is not None and subject.lower_ in TIME_WORDS and _relative_advcl(verb):
            return verb.head.head  # "A volunteer who had been there since noon said": the volunteer
        if subject is not None:
            return (
                which_after_date(subject)
                or body_after_quoted_name(subject)
                or name_after_portfolio(subject)
                or subject_after_topic(subject)
                or subject
            )
        described = _past_relative_aside(verb)
        if described is not None:
            return described
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and not _on_a_phrase(verb.head):
            # "river expected to peak", "a ship said to carry arms": a past participle says what
            # is held of the noun, not by it; unless the noun is all the parse left of the
            # sentence ("A poll found that")
            passive = (
                verb.tag_ == "VBN"
                and verb is token
                and any(c.dep_ == "xcomp" for c in verb.children)
                and verb.sent.root.pos_ in ("VERB", "AUX")
            )
            return None if passive else verb.head
        joined = _subject_joined_to_head(verb) or _main_verb_after_relative(verb)
        if joined is not None:
            return joined
        verb = _governing_verb(verb)
    return None


def _relative_advcl(verb: Token) -> bool:
    """True for a verb the parse hangs as an adverbial clause on a relative
    clause describing a noun (``who had been there since| noon said``)."""
    return verb.dep_ == "advcl" and verb.head.dep_ == "relcl" and verb.head.head.pos_ in ("NOUN", "PROPN")


def _past_relative_aside(verb: Token) -> Token | None:
    """``The Retail Federation, which represents 4,000 shops, called on ...``:
    the parse hangs ``called`` on ``shops`` as a participle, but a verb after
    the comma closing a relative aside is the described noun's own. Returns
    that noun, or None."""
    noun = verb.head
    clause = noun.head
    if (
        verb.dep_ != "acl"
        or verb.tag_ not in ("VBD", "VBN")
        or clause.dep_ != "relcl"
        or clause.head.pos_ not in ("NOUN", "PROPN")
    ):
        return None
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    opens = any(
        c.lower_ in ("which", "who", "that") and c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
    )
    return clause.head if before is not None and before.text == "," and opens else None


def _subject_joined_to_head(verb: Token) -> Token | None:
    """``X called it a mistake, and one priest, speaking on condition of
    anonymity, said ...``: the parse joins ``priest`` to ``called`` as a conjunct
    and ``said`` too; the noun between the two verbs is the subject of the
    second, not the first verb's. None when there is no such noun."""
    if verb.dep_ != "conj":
        return None
    head = verb.head
    nouns = [
        c
        for c in head.children
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and head.i < c.i < verb.i and plausible_source(c)
    ]
    return nouns[-1] if nouns else None


#: Relative words opening a clause set off by commas (``who``, ``whose organisation``).
_RELATIVE_OPENERS = frozenset({"who", "whose", "which"})


def _main_verb_after_relative(verb: Token) -> Token | None:
    """``Moses Kabu, whose organisation, the Land Network, supported the
    plaintiffs, called the ruling ...``: the parse joins ``called`` to the
    relative clause's verb, but a verb after the comma closing the clause,
    with no ``and`` before it, is the described noun's own. Returns that
    noun, or None."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "relcl" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ == "cc" and clause.i < c.i < verb.i for c in clause.children):
        return None
    opener = clause.doc[clause.left_edge.i]
    if opener.lower_ not in _RELATIVE_OPENERS or clause.doc[max(0, opener.i - 1)].text != ",":
        return None
    return clause.head if clause.head.pos_ in ("NOUN", "PROPN") else None


#: Tags of a verb that has a tense (a participle or an infinitive can lack a subject).
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: Words between a subject and its verb that belong to the verb (``have``, ``not``, ``also``).
_VERB_FILLERS = frozenset({"aux", "neg", "advmod"})


def _name_after_owner(subject: Token) -> Token:
    """The name a possessive subject or a firm's name joined by ``&`` holds
    (``Kell Foods’ Ana Lie said``, ``Kell & Finch publisher Ana Lie said``: the
    parse makes ``Foods`` or ``Kell`` the subject and ``Lie`` its apposition), else the subject."""
    if not (firm_with_ampersand(subject) or any(c.dep_ == "case" for c in subject.children)):
        return subject
    named = next((c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return named if named is not None else subject


def _own_subject(verb: Token) -> Token | None:
    """The subject of ``verb`` itself: the nearest one (the parse can give two:
    ``BRENNMOOR (Harbour News) - Kobb said``), a plausible source first (``Ola Dae/nsubj
    -in/nsubj expressed``); or a name or number right before the verb the small
    pipeline attaches as a modifier (``Varn/advmod wants``, ``4 in 10/nummod say``)."""
    subjects = [
        dateline_subject(
            past_counted_aside(
                _name_after_owner(after_opening_apposition(after_court_opener(before_participle_aside(c))))
            )
        )
        for c in verb.children
        if c.dep_ in SUBJECT_DEPS and c.i < verb.i + 30
    ]
    found = [c for c in subjects if c is not None]
    if found:
        return min(found, key=lambda c: (not plausible_source(c), abs(c.i - verb.i)))
    for child in verb.lefts:
        if (
            child.i == verb.i - 1
            and child.pos_ in ("PROPN", "NUM")
            and child.dep_ in ("advmod", "npadvmod", "nmod", "dep", "compound", "nummod")
        ):
            return child
    return (
        _apposed_name_before(verb)
        or _name_before_its_description(verb)
        or _name_joined_to_opening_clause(verb)
        or _phrase_after_opening_comma(verb)
        or _subject_left_behind(verb)
        or _subject_before_aside(verb)
    )


def _subject_before_aside(verb: Token) -> Token | None:
    """``Darrow, asked about the trees, said ...``: the subject of a participle
    set off by commas right before a finite verb, which the parse makes the
    verb's clause: the verb's own subject (see :func:`aside_subject`)."""
    if verb.tag_ not in _FINITE_TAGS:
        return None
    return next((s for c in verb.lefts if (s := aside_subject(verb, c)) is not None), None)


def aside_subject(verb: Token, clause: Token) -> Token | None:
    """The subject of ``clause`` when it is a participle set off by commas
    between that subject and ``verb`` (``Darrow, asked about the trees, said``,
    ``Price, filling a bag with apples, said``), whatever the parse made of it (a clause
    of the verb, its content); else None. A subject right before its own verb
    with a comma between them is no clause of its own."""
    doc = verb.doc
    if (
        clause.head != verb
        or clause.dep_ not in ("advcl", "ccomp")
        or clause.tag_ not in ("VBN", "VBD", "VBG")
        or clause.i < 2
        or clause.right_edge.i not in (verb.i - 2, verb.i - 1)
        or doc[verb.i - 1].text != ","
        or doc[clause.i - 1].text != ","
        or any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    ):
        return None
    subject = next((c for c in clause.lefts if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or not plausible_source(subject):
        return None
    return subject if max(t.i for t in subject.subtree if not t.is_punct) == clause.i - 2 else None


def _subject_left_behind(verb: Token) -> Token | None:
    """The noun right before a finite verb with a clause after it that the
    parse gave no subject, having hung the noun elsewhere (``Among the voters
    polled, about two-thirds, 67 percent, say they will ...``, ``two members,
    Ina Moss and Per Lund, have said they ...``): that verb's subject, when it
    can hold a view."""
    finite = verb.tag_ in _FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ in _FINITE_TAGS for c in verb.lefts)
    if not finite or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    doc, i, start = verb.doc, verb.i - 1, sentence_extent(verb)[0]
    if i < start:
        return None  # the verb opens its sentence: nothing before it is its
    while i > start and (doc[i].text == "," or (doc[i].head == verb and doc[i].dep_ in _VERB_FILLERS)):
        i -= 1
    noun = doc[i]
    if (
        noun.pos_ not in ("NOUN", "PROPN", "NUM")
        or noun.dep_ in SUBJECT_DEPS
        or noun.lower_ in TIME_WORDS
        or _governing_verb_of(noun) != verb
    ):
        return None  # "Kobb, who sits on zero boards, said": the noun is another verb's
    return noun if plausible_source(noun) else None


def _governing_verb_of(noun: Token) -> Token | None:
    """The first verb above ``noun`` in the parse, if any."""
    head = noun.head
    while head.i != head.head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _apposed_name_before(verb: Token) -> Token | None:
    """A full name in apposition right before a finite verb and its comma that
    the parse left without a subject, the name hung on a noun before it (``the
    company's chief operating officer, Anders Moe, wrote that``; ``In an
    interview with the Vell Courier, the head of the union, Tor Berg, said``);
    not a place (``in Carson, Calif., said``) nor a count (``250,000 Syrians``)."""
    doc = verb.doc
    if verb.tag_ not in _FINITE_TAGS or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    name = doc[verb.i - 2]
    if name.pos_ != "PROPN" or name.dep_ != "appos" or name.head.i >= name.i:
        return None
    full = any(child.dep_ == "compound" and child.pos_ == "PROPN" for child in name.lefts)
    return name if full or name.head.lower_ in PERSON_NOUNS else None


def _name_before_its_description(verb: Token) -> Token | None:
    """A full name before a description of a person in apposition, right
    before a finite verb and its comma that the parse left without a subject
    (``At Park Station, Ada Khanye, a domestic worker from Kwaggaskop, said``:
    the parse hangs the name on the station); the description's last word,
    right before the comma, is no subject. None when there is no such name."""
    doc = verb.doc
    if verb.tag_ not in _FINITE_TAGS or verb.i < 4 or doc[verb.i - 1].text != ",":
        return None
    described = doc[verb.i - 2]
    while described.dep_ != "appos" and described.head.i < described.i and described.head.dep_ != "ROOT":
        described = described.head  # "Kwaggaskop" -> "from" -> "worker"
    name = described.head
    if described.dep_ != "appos" or described.lower_ not in PERSON_NOUNS or name.pos_ != "PROPN":
        return None
    full = any(child.dep_ == "compound" and child.pos_ == "PROPN" for child in name.lefts)
    return name if full and name.dep_ == "appos" else None


def _name_joined_to_opening_clause(verb: Token) -> Token | None:
    """A name right before a finite verb, after the comma closing an opening
    participle clause that ends on a name in apposition, which the parse joined
    to that name as a conjunct (``Questioned by the defence barrister, Susan
    Kell, Mrs Crowe agreed that ...``): the verb's subject, not the barrister."""
    if verb.tag_ not in _FINITE_TAGS or verb.i < 3:
        return None
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.dep_ != "conj" or verb.doc[name.left_edge.i - 1].text != ",":
        return None
    opening = _governing_verb_of(name)
    if (
        opening is None
        or opening.head != verb
        or opening.dep_ != "advcl"
        or opening.tag_ not in ("VBN", "VBG")
    ):
        return None
    return name if plausible_source(name) else None


def _phrase_after_opening_comma(verb: Token) -> Token | None:
    """The noun phrase right before a finite verb, after the comma closing an
    opening phrase, that the parse hung on that phrase as an apposition (``In a
    letter obtained by the Vell Courier, the drivers' union said``): the verb's
    subject, when it opens with a determiner or an owner."""
    doc = verb.doc
    if verb.tag_ not in _FINITE_TAGS or verb.i < 3:
        return None
    noun = doc[verb.i - 1]
    first = noun.left_edge
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or noun.head.i >= first.i or doc[first.i - 1].text != ",":
        return None
    return noun if first.dep_ in ("det", "poss") or first.tag_ == "PRP$" else None


def reduced_relative_antecedent(subject: Token | None) -> Token | None:
    """``..., a move church observers said signalled support``: the noun a
    clause with no ``that`` describes, after a comma and ``a``, which the parse
    joins to the clause's plural subject as a compound or leaves right before
    it (``, a decision analysts said would cost``); None when there is none."""
    if subject is None or subject.tag_ != "NNS":
        return None
    doc = subject.doc
    first = subject.left_edge.i
    if doc[first].lower_ in ("a", "an"):  # "a move church observers": one noun phrase in the parse
        nouns = [t for t in doc[first + 1 : subject.i] if t.dep_ == "compound" and t.pos_ == "NOUN"]
        opening, antecedent = first, nouns[0] if nouns else None
    else:  # "a decision | analysts"
        opening, antecedent = first - 2, doc[first - 1] if first >= 1 else None
    if antecedent is None or antecedent.tag_ != "NN" or opening < 1:
        return None
    if doc[opening].lower_ not in ("a", "an") or doc[opening - 1].text != ",":
        return None
    return antecedent


#: Prepositions opening a clause of their own (``with prices expected to rise``).
_ABSOLUTE_PREPOSITIONS = frozenset({"with", "without"})


def _on_a_phrase(noun: Token) -> bool:
    """True when ``noun`` is the object of a preposition on a verb (``at one
    point calling X a liar``): its participle speaks for the verb's subject;
    not when ``with`` makes the noun the participle's own subject (see
    :func:`_subject_after_with`)."""
    return (
        noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ in ("VERB", "AUX")
        and not _subject_after_with(noun)
    )


def _subject_after_with(noun: Token) -> bool:
    """True for the noun after ``with`` that a participle describes as its
    subject: one who can speak (``with officials saying ...``), or a thing held
    to come (``with temperatures expected to reach 41C``: nobody's view); not a
    thing the verb's subject uses (``began an ad buy, with cable spots casting
    Kobb as ...``, ``with a speech denouncing ...``: the buyer's, the speaker's words)."""
    if noun.head.lower_ not in _ABSOLUTE_PREPOSITIONS or _responds(noun.head.head):
        return False  # "The company responded with lawyers arguing ...": the company's answer
    held = any(
        c.dep_ == "acl" and c.tag_ == "VBN" and any(x.dep_ == "xcomp" for x in c.children)
        for c in noun.rights
    )
    people = noun.pos_ in ("PROPN", "PRON", "NUM") or noun.lower_ in PERSON_NOUNS | GROUP_NOUNS
    return held or people


def _responds(verb: Token) -> bool:
    """True for a verb of answering or of speech (``responded``, ``hit back``,
    ``said``): what comes ``with`` it is its subject's answer."""
    hits_back = verb.lemma_ == "hit" and any(c.dep_ == "prt" and c.lower_ == "back" for c in verb.children)
    return verb.lemma_ in RESPONSE_VERBS or hits_back or cue_lemma(verb) in SAYING_VERBS


def quoted_as_saying(verb: Token) -> Token | None:
    """Who says through ``saying`` in ``Vell TV quoted Ola Ruud as saying ...``
    (the object) or ``Ruud was quoted as saying ...`` (the passive subject);
    None for any other verb."""
    if verb.dep_ != "pcomp":
        return None
    prep = verb.head
    if prep.lower_ != "as" or cue_lemma(prep.head) != "quote":
        return None
    quoting = prep.head
    objects = [c for c in quoting.children if c.dep_ in ("dobj", "obj")]
    passive = [c for c in quoting.children if c.dep_ == "nsubjpass"]
    found = objects or passive
    return found[0] if found else None


def quoted_object(token: Token) -> bool:
    """True for whom ``quoted`` has as saying (``the agency quoted him as saying``):
    the one object pronoun that speaks."""
    quoting = token.head
    return (
        token.dep_ in ("dobj", "obj")
        and cue_lemma(quoting) == "quote"
        and any(
            getattr(quoted_as_saying(c), "i", None) == token.i
            for prep in quoting.children
            for c in prep.children
        )
    )


def _governing_verb(verb: Token) -> Token | None:
    """The verb whose subject ``verb`` shares, or None."""
    if verb.dep_ == "agent":
        return None
    if (reporter := reporter_of_addressing(verb)) is not None:  # "said the unions ... urged both to"
        return reporter
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and cue_lemma(verb.head.head):
        return verb.head.head  # "He said X have given Y and said that Z": misattached conj
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        return verb.head
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and _on_a_phrase(verb.head):
        return verb.head.head.head
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.i != verb.head.i:
        return verb.head.head  # "he answered by saying that..."
    return None


def plausible_source(token: Token) -> bool:
    """True when a subject token can be the source of an attribution: a name, a
    pronoun, a number of people (``55 percent``, ``six in 10``), or a noun for
    people, organizations, documents or polls (not ``the deal`` or ``his eyes``)."""
    if token.lower_ in OBJECT_PRONOUNS:
        return quoted_object(token)  # "call them lone wolves": a parse slip, never who speaks
    if date_number(token):
        return False
    if token.pos_ in ("PROPN", "PRON", "NUM") or _name_taken_for_noun(token):
        return True
    lower = token.lower_
    if lower in SOURCE_HEAD_NOUNS or lower.rstrip("s") in SOURCE_HEAD_NOUNS:
        return True
    if lower.rstrip("s").endswith(PERSON_SUFFIXES):
        return True
    if any(child.pos_ == "NUM" or child.like_num for child in token.children):
        return True
    # "Kobb's campaign", "the Venn camp": a name inside the phrase (not "Kobb's veto")
    return lower not in EVENT_NOUNS and any(t.pos_ == "PROPN" for t in token.lefts)


#: Words a question counts people with (``how many teens``, ``how few voters``).
_QUESTION_COUNTS = frozenset({"many", "much", "few"})


def counted_in_question(token: Token) -> bool:
    """True for a subject a question counts (``surprised by how many teens
    reported using their phones``): how many spoke, no one's words."""
    return any(
        child.lower_ in _QUESTION_COUNTS and any(grand.lower_ == "how" for grand in child.children)
        for child in token.children
    )


#: Verbs of speech whose subject is a person or a body, never evidence or data.
_PEOPLES_VERBS = frozenset(
    "say add tell note explain insist argue reply respond recall concede admit".split()
)
#: Tags the tagger gives a surname that is also a common word (``Bell``, ``Hunt``).
_NAME_READ_AS_WORD_TAGS = frozenset({"NN", "VB"})


def _name_taken_for_noun(token: Token) -> bool:
    """True for a bare capitalised singular noun (or base verb) opening its
    sentence as the subject of a verb only people use (``Voss added that
    ...``, ``Hunt said ...``): the tagger's reading of a surname it does not
    know, or of one that is also a common word (``Evidence shows`` stays a
    thing, and so does ``History will condemn ...``: things can condemn)."""
    return (
        token.tag_ in _NAME_READ_AS_WORD_TAGS
        and token.dep_ == "nsubj"
        and cue_lemma(token.head) in _PEOPLES_VERBS
        and bool(token.is_sent_start)
        and token.text[:1].isupper()
        and token.text[1:].islower()
        and not any(token.children)
    )
