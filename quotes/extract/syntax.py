"""Helpers on spaCy tokens and spans shared by the direct and indirect finders:
the text and sentences of a doc, subjects, datelines, noun phrases and the
ends of a mention (a dateline, hyphened words) that
:mod:`quotes.extract.mention_spans` reads.

Derived data of a parsed window are ``Doc`` extensions with getters, each
computed once per doc and kept as long as the doc: ``doc._.quotes_text``
(spaCy joins the tokens on every ``doc.text``, which made every quote of a long
paragraph cost the whole paragraph) and ``doc._.quotes_sentence_bounds``
(iterating ``doc.sents`` per quote was quadratic). Whoever made a doc from a
string can hand the string over (:func:`remember_text`), saving the join; the
helpers here call the getters directly (``doc._`` builds an object per use). ``doc._.quotes_name_words``
is article data the extractor gives each window: the words of the article's
people's names (:func:`quotes.extract.subjects.plausible_speaker`).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token

from quotes.extract.per_doc import PerDoc
from quotes.extract.source_words import (
    OPENING_PLACE_NOUNS,
    OPENING_PLACE_PREPOSITIONS,
)
from quotes.extract.speaker_words import COURT_SIDE_OPENERS
from quotes.extract.time_words import MONTH_WORDS


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Doc-relative character bounds of the sentences of ``doc``."""
    return [(sent.start_char, sent.end_char) for sent in doc.sents]


def _sentence_starts(doc: Doc) -> list[int]:
    """Token indexes where the sentences of ``doc`` start, in order."""
    return [sent.start for sent in doc.sents]


_text = PerDoc(lambda doc: doc.text)
_bounds = PerDoc(_sentence_bounds)
_starts = PerDoc(_sentence_starts)
Doc.set_extension("quotes_text", getter=_text, force=True)
Doc.set_extension("quotes_sentence_bounds", getter=_bounds, force=True)
Doc.set_extension("quotes_name_words", default=frozenset(), force=True)

#: Dependency labels of a clause's subject.
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
#: Tags of a finite verb (a gerund or a participle is none): words holding one are a clause.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_DATELINE_ENDS = frozenset({"—", "–", "-", "--"})
#: How many words after the place a dateline's dash may stand; further with a
#: press release's year and wire tag (``RIDLEY, Texas, May 6, 2025 /PRNewswire/ --``).
_DATELINE_REACH = 7
_DATELINE_REACH_WITH_YEAR = 12
#: A wire service's tag in a press release's dateline (``/PRNewswire/``).
_WIRE_TAG_RE = re.compile(r"/[A-Z][\w -]*/?")


def finite_clause(head: Token) -> bool:
    """True when the clause headed by ``head`` has a finite verb: the head
    itself (``said the dam was weak``), or an auxiliary or copula of its own
    (``would fail``, ``is dead``); not a small clause after ``let`` or
    ``make`` (``let locks open``, ``made staff leave``)."""
    if head.tag_ in FINITE_TAGS:
        return True
    return any(c.dep_ in ("aux", "auxpass", "cop") and c.tag_ in FINITE_TAGS for c in head.children)


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc."""
    return _text(doc)


def remember_text(doc: Doc, text: str) -> None:
    """Record that ``doc`` was made from ``text``: spaCy's tokenizer keeps every
    character, so ``doc.text == text``, and :func:`doc_text` need not join the tokens."""
    _text.keep(doc, text)


def tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens of ``doc`` whose characters fall in ``[start, end)`` (doc-relative)."""
    start, end = max(0, start), min(len(doc_text(doc)), end)
    if start >= end:
        return []
    span = doc.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []


def sentence_bounds(doc: Doc, char: int) -> tuple[int, int]:
    """Doc-relative character bounds of the sentence holding ``char``."""
    bounds = _bounds(doc)
    i = bisect.bisect_right(bounds, (char, float("inf"))) - 1
    if i >= 0 and bounds[i][0] <= char < bounds[i][1]:
        return bounds[i]
    return 0, len(doc_text(doc))


def sentence_extent(token: Token) -> tuple[int, int]:
    """``(token.sent.start, token.sent.end)``, from the doc's sentence starts
    read once per doc (``token.sent`` walks the tokens to both ends of the
    sentence on every use)."""
    starts = _starts(token.doc)
    at = bisect.bisect_right(starts, token.i) - 1
    return starts[at], starts[at + 1] if at + 1 < len(starts) else len(token.doc)


def dateline_subject(token: Token) -> Token | None:
    """``BRENNMOOR (Harbour News) - Ansel Kobb said ...``, ``PORT VELLA, Ont. — Gov. Kobb
    blamed ...``: a subject in capitals opening its sentence and followed by the
    dash of a dateline is the place the story was filed from, not who speaks.
    Returns the name the parse hangs on it in apposition (the speaker), None
    when there is none, or ``token`` itself when it is no dateline."""
    word = token.text
    if len(word) < 2 or not word.isupper() or not word.replace(".", "").isalpha():
        return token
    doc = token.doc
    start = sentence_extent(token)[0]
    if any(not t.text.isupper() for t in doc[start : token.i] if t.is_alpha):
        return token
    following = doc[token.i + 1 : min(len(doc), token.i + _DATELINE_REACH_WITH_YEAR)]
    dash = next((t.i for t in following if t.text in _DATELINE_ENDS), None)
    if dash is None or (dash - token.i > _DATELINE_REACH and not _release_dateline(doc[token.i + 1 : dash])):
        return token
    for child in token.rights:  # the name after the dash, not the province (PORT VELLA, Ont. —)
        # "Moon Jae-in": a name the parse ends on a word of its own; not "Kobb's victory"
        # "PINECREST, Calder County - More than 4,000 residents": the county is the dateline's
        named = child.pos_ == "PROPN" or any(
            t.pos_ == "PROPN" and t.dep_ == "compound" and t.i > dash for t in child.lefts
        )
        if child.dep_ == "appos" and named and not child.text.isupper() and child.i > dash:
            return child
    return None


def _release_dateline(words: Span) -> bool:
    """True when ``words`` (between a dateline's place and its dash) hold a
    year or a wire service's tag, as press releases write them."""
    return any(_WIRE_TAG_RE.fullmatch(t.text) or (t.like_num and len(t.text) == 4) for t in words)


#: Words that take a part of a group (``two of the people``, ``one of them``).
PARTS = frozenset("one two three four five six some many several most few none each all half".split())


def past_counted_aside(token: Token) -> Token:
    """``injuring 14 people, two of them seriously, police said``: a count of
    those just named (``of them``) that the parse makes the subject, with the
    real subject joined to it after a comma, is an aside; the subject is the
    first word joined after it. Any other subject is returned as it is."""
    of_them = any(
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(g.dep_ == "pobj" and g.lower_ in ("them", "whom", "those") for g in child.children)
        for child in token.children
    )
    if not (of_them and (token.lower_ in PARTS or token.tag_ == "CD")):
        return token
    doc = token.doc
    for child in token.rights:
        if child.dep_ == "conj" and doc[child.left_edge.i - 1].text == ",":
            return child
    return token


def after_dateline(tokens: list[Token], head: Token) -> list[Token]:
    """The tokens of a mention without a dateline the parse hung on it
    (``LONDON (Harbour News) - Ansel Kobb`` -> ``Ansel Kobb``)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    if not tokens or tokens[0].i >= head.i:
        return tokens
    # "PINECREST, Calder County - Fire crews": the place opens the sentence
    opening = head.doc[sentence_extent(head)[0]]
    if dateline_subject(tokens[0]) is tokens[0] and dateline_subject(opening) is opening:
        return tokens
    dashes = [t.i for t in tokens if t.i < head.i and t.text in _DATELINE_ENDS]
    return [t for t in tokens if t.i > dashes[-1]] if dashes else tokens


def with_hyphened_start(tokens: list[Token]) -> list[Token]:
    """The tokens of a mention with the start of a hyphened word it ends
    (``Her co-author``, ``The vice-president``): the tokenizer splits the word
    at its hyphens and the small pipeline may hang the parts on the verb."""
    if not tokens:
        return tokens
    first = min(tokens, key=lambda t: t.i)
    doc, added = first.doc, []
    i = first.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        part = doc[i - 2]
        added.extend([doc[i - 1], part])
        added.extend(t for child in part.lefts if child.i < part.i for t in child.subtree)
        i = min(t.i for t in added)
    return tokens + added


def with_hyphened_end(tokens: list[Token]) -> list[Token]:
    """The tokens of a mention with the end of a hyphened word it starts
    (``Paek Min-ho``: the parse may end the subject at ``Min``)."""
    if not tokens:
        return tokens
    last = max(tokens, key=lambda t: t.i)
    doc, i, added = last.doc, last.i, []
    if (
        last.text == "-"
        and not last.whitespace_
        and i + 1 < len(doc)
        and i > 0
        and not doc[i - 1].whitespace_
    ):
        added.append(doc[i + 1])  # "colleague and co-author,": the parse ends the conjunct at the hyphen
        i += 1
    while (
        i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_
    ):
        added.extend([doc[i + 1], doc[i + 2]])
        i += 2
    return tokens + added


def date_number(token: Token) -> bool:
    """True for a number in digits that is part of a date (``Nov. 13``, ``on
    March 4``): never who speaks, whatever the parse (unlike ``43 said``)."""
    if not token.is_digit:
        return False
    after_month = token.i > 0 and token.doc[token.i - 1].lower_.rstrip(".") in MONTH_WORDS
    return after_month or token.ent_type_ in ("DATE", "TIME")


def np_head(doc: Doc, i: int) -> Token:
    """The head of the noun phrase starting at token ``i`` (walk right over modifiers)."""
    j = i
    while (
        j + 1 < len(doc)
        and doc[j + 1].pos_ in ("PROPN", "NOUN")
        and doc[j].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "NUM")
    ):
        j += 1
    while j + 1 < len(doc) and doc[j].pos_ in ("DET", "ADJ") and doc[j + 1].pos_ in ("ADJ", "NOUN", "PROPN"):
        j += 1
    return doc[j]


def appositive_name(token: Token) -> Token:
    """``her adviser, Dag Orrin,``: a noun subject with a name in apposition
    is the name, and so is a firm's name joined by ``&`` (:func:`firm_with_ampersand`)."""
    if token.pos_ == "NOUN" or firm_with_ampersand(token):
        for child in token.rights:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return child
    return token


def firm_with_ampersand(token: Token) -> bool:
    """True for the first word of a firm's name joined by ``&`` (``Kestrel &
    Finch publisher Tom Aldous said``), which the parse makes the subject, the
    person's name hung on it in apposition."""
    return token.pos_ == "PROPN" and any(c.dep_ == "cc" and c.text == "&" for c in token.children)


def outside_parentheses(token: Token) -> Token:
    """``Kobb (R-OH)``: a subject inside parentheses after a name stands for the name."""
    doc = token.doc
    closes = any(doc[j].text == ")" for j in range(token.i + 1, min(len(doc), token.i + 4)))
    if not closes:
        return token
    for i in range(token.i - 1, max(-1, token.i - 5), -1):
        if doc[i].text == ")":
            return token
        if doc[i].text == "(":
            return doc[i - 1] if i > 0 and doc[i - 1].pos_ == "PROPN" else token
    return token


def agent_of(token: Token) -> Token | None:
    """The agent of a passive verb (``asked by Venn``: Venn), or None."""
    for child in token.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def in_markup(token: Token) -> bool:
    """``<tweet id=...>``, ``@handle``, ``#hashtag``: not a verb of the story."""
    doc = token.doc
    if token.i > 0 and not doc[token.i - 1].whitespace_ and doc[token.i - 1].text[-1] in "<@#/":
        return True
    return not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text[0] in ">="


def _opening_side_or_place(subject: Token) -> bool:
    """True when ``subject`` is the word of a court report opening its sentence
    (``Mitigating,``) or a place after a preposition the parse read as its
    adjective, before a comma (``Outside court,``; not ``Outside observers and``
    nor ``Outside groups,``, who are people)."""
    start = sentence_extent(subject)[0]
    if subject.lower_ in COURT_SIDE_OPENERS:
        return subject.i == start
    first = subject.left_edge
    return (
        first.i == start
        and first.lower_ in OPENING_PLACE_PREPOSITIONS
        and first.dep_ == "amod"
        and subject.lower_ in OPENING_PLACE_NOUNS
        and subject.i + 1 < len(subject.doc)
        and subject.doc[subject.i + 1].text == ","
    )


def after_court_opener(subject: Token) -> Token:
    """``Mitigating, Pryce's solicitor, Neil Hart, said``, ``Outside court, Helen
    Cray of the police said``: the words of a court report opening its sentence
    name the side that speaks or the place, not the speaker; the parse makes
    them the subject and the speaker its conjunct. Else the subject."""
    if not _opening_side_or_place(subject):
        return subject
    return next(
        (c for c in subject.rights if c.dep_ in ("conj", "appos") and c.pos_ in ("NOUN", "PROPN")), subject
    )


def after_opening_apposition(subject: Token) -> Token:
    """``Questioned by the prosecutor, Helen Roe, Ansel Kobb said``: a name in
    apposition closing a participle clause that opens the sentence is no
    subject; the parse makes it the verb's subject and the name after its comma,
    right before the verb, its conjunct or apposition. That name, else the subject."""
    verb = subject.head
    joined = next((c for c in subject.rights if c.dep_ in ("conj", "appos")), None)
    if (
        joined is None
        or joined.pos_ != "PROPN"
        or joined.i != verb.i - 1
        or any(c.dep_ == "cc" for c in subject.children)
        or subject.doc[joined.left_edge.i - 1].text != ","
    ):
        return subject
    start = sentence_extent(verb)[0]
    opening = any(c.dep_ == "advcl" and c.tag_ in ("VBN", "VBG") and c.i == start for c in verb.children)
    return joined if opening else subject
