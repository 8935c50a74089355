"""Helpers on spaCy tokens and spans shared by the direct and indirect finders:
the text and sentences of a doc, subjects, datelines, noun phrases and the
character spans of mentions.

Two mention spans exist because two conventions do: :func:`mention_span` is
the speaker mention of a direct quote (article offsets, stray punctuation
trimmed, cut before a right-hand adverbial noun phrase too), :func:`source_span`
the source of an indirect quote as PolNeAR marks it (doc offsets, punctuation
tokens and the possessive ``'s`` left out).

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

from quotes.extract.joint_bodies import ampersand_joins_titled, joint_bodies
from quotes.extract.name_words import NATIONALITY_WORDS, OPENING_WORDS
from quotes.extract.per_doc import PerDoc
from quotes.extract.post_words import ROLE_QUALIFIERS
from quotes.extract.quoted_bodies import quoted_name_start
from quotes.extract.source_words import (
    OPENING_PLACE_NOUNS,
    OPENING_PLACE_PREPOSITIONS,
    SCANT_KNOWLEDGE_WORDS,
    SOURCE_KNOWING_PARTICIPLES,
    SOURCE_KNOWLEDGE_NOUNS,
)
from quotes.extract.speaker_words import COURT_SIDE_OPENERS, is_org_head
from quotes.extract.time_words import MONTH_WORDS, WEEKDAY_WORDS


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
#: Right-hand dependents that end the source span of an indirect quote.
PHRASE_RIGHT_CUT = frozenset({"appos", "relcl", "acl", "prep", "punct", "cc", "conj", "advmod", "advcl"})
#: Right-hand dependents that end the speaker mention of a direct quote (an
#: adverbial noun phrase, ``npadvmod``, as well).
MENTION_RIGHT_CUT = PHRASE_RIGHT_CUT | {"npadvmod"}
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
_PARTS = frozenset("one two three four five six some many several most few none each all half".split())


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
    if not (of_them and (token.lower_ in _PARTS or token.tag_ == "CD")):
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


def _part_of(head: Token, child: Token) -> bool:
    """True for the ``of`` phrase naming the group a part is taken from
    (``two`` + ``of the people``): the mention keeps it."""
    return child.dep_ == "prep" and child.lower_ == "of" and head.lower_ in _PARTS


def _before_aside_clause(child: Token) -> list[Token]:
    """The tokens of ``child``'s subtree before a relative clause set off by a
    comma (``of the vendors|, who gave his name only as Sani,``): the aside
    tells about the person, the mention ends before it; a clause without the
    comma stays (``of the people who saw it``)."""
    subtree = list(child.subtree)
    doc = child.doc
    asides = [t.left_edge.i for t in subtree if t.dep_ == "relcl" and doc[t.left_edge.i - 1].text == ","]
    return [t for t in subtree if t.i < min(asides) - 1] if asides else subtree


def _before_aside(child: Token) -> list[Token]:
    """The tokens of ``child``'s subtree before a comma, a conjunction or a
    relative clause in it (``with knowledge of the talks|, who asked ...``,
    ``with no direct knowledge of the case| but with ...``)."""
    subtree = list(child.subtree)
    stops = [
        token.left_edge.i if token.dep_ == "relcl" else token.i
        for token in subtree
        if token.i > child.i and token.dep_ in ("cc", "punct", "relcl")
    ]
    return [token for token in subtree if token.i < min(stops, default=len(child.doc))]


def _how_source_knows(child: Token) -> bool:
    """True for the phrase after an unnamed source's noun saying how it knows
    what it tells (``people| with direct knowledge of the talks``, ``people|
    briefed on the matter``): part of the mention, as ``familiar with`` is."""
    if child.dep_ == "acl":
        return child.lower_ in SOURCE_KNOWING_PARTICIPLES and any(c.dep_ == "prep" for c in child.children)
    return (
        child.dep_ == "prep"
        and child.lower_ == "with"
        and any(_knowledge_of_source(c) for c in child.children)
    )


def _knowledge_of_source(token: Token) -> bool:
    """True for the object of ``with`` that says a source knows (``with direct
    knowledge``), not that someone knows little (``with little understanding``)."""
    scant = any(c.lower_ in SCANT_KNOWLEDGE_WORDS for c in token.children)
    return token.dep_ == "pobj" and token.lower_ in SOURCE_KNOWLEDGE_NOUNS and not scant


def _manner_before_name(head: Token, tokens: list[Token]) -> Token | None:
    """The last adjective of how someone looked or felt among ``tokens`` (the
    left modifiers of ``head``) right before the capitals of a name (``an angry
    Mayor Lund``, ``a tired Ola Lund``, ``the nonpartisan Vell Budget Office``):
    no part of the mention; not one saying which holder of a post (``former``,
    ``local``), nor an age before a nationality (``the 24-year-old
    Hungarian``: a description, whole); None when there is none."""
    if head.tag_ != "NNP" or head.text in NATIONALITY_WORDS:
        return None  # "many prominent Republicans": a group keeps how it is described
    found = None
    for token in tokens:
        following = head.doc[token.i + 1] if token.i + 1 < len(head.doc) else None
        if (
            token.dep_ == "amod"
            and token.pos_ == "ADJ"
            and token.text.islower()
            and token.text not in ROLE_QUALIFIERS
            and following is not None
            and following.pos_ == "PROPN"
            and not following.text.isupper()  # "a super PAC": a kind of body
        ):
            found = token
    return found


def _left_tokens(head: Token) -> list[Token]:
    """The tokens of the left modifiers a mention keeps: not a focus word or a
    conjunction opening it (``even she``, ``Even Rendell``, ``But Crawford``),
    nor the words up to an adjective of how someone looked or felt before a
    name (``an angry Mayor Lund``)."""
    tokens: list[Token] = []
    for child in head.lefts:
        opening = child.text.capitalize() in OPENING_WORDS or head.pos_ == "PRON"  # not "nearly half"
        if not tokens and child.dep_ in ("advmod", "preconj", "cc") and opening:
            continue  # "even she found ...", "Even Rendell, who ...": the name is the mention
        if not tokens and child.lower_ in WEEKDAY_WORDS and head.pos_ == "PROPN":
            continue  # "At 3 a.m. Monday Lund said": the day says when
        tokens.extend(child.subtree)
    manner = _manner_before_name(head, tokens)
    return [token for token in tokens if manner is None or token.i > manner.i]


def mention_span(head: Token, offset: int) -> tuple[int, int]:
    """Article offsets of the noun phrase headed by ``head``, without the
    appositives, relative clauses and prepositional phrases on its right."""
    tokens = [head, *_left_tokens(head)]
    tokens.extend(_rights(head, MENTION_RIGHT_CUT, body_of=True))
    tokens = with_hyphened_end(with_hyphened_start(after_dateline(tokens, head)))
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    text = doc_text(head.doc)
    # trim stray punctuation
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and text[end - 1] in ",;:-–—\"“”'’ ":
        end -= 1
    return offset + start, offset + end


def source_span(head: Token) -> tuple[int, int] | None:
    """Doc-relative offsets of the noun phrase headed by ``head`` (left modifiers,
    no relative clauses, appositives or prepositional phrases)."""
    tokens = [
        t
        for t in with_hyphened_end(with_hyphened_start(after_dateline(_phrase_tokens(head), head)))
        if not t.is_punct and not (t.dep_ == "case" and t.head.i == head.i)
    ]
    if not tokens:
        return None
    return quoted_name_start(head, min(t.idx for t in tokens)), max(t.idx + len(t) for t in tokens)


def _phrase_tokens(head: Token) -> list[Token]:
    """The tokens of the noun phrase headed by ``head``, as :func:`source_span` takes it."""
    return [head, *_left_tokens(head), *_rights(head, PHRASE_RIGHT_CUT)]


def _rights(head: Token, cut: frozenset[str], *, body_of: bool = False) -> list[Token]:
    """The tokens a noun phrase keeps on the right of its ``head``, up to the
    first child whose dependency is in ``cut``: a name right after a title, the
    group a part is of; with ``body_of``, the capitalised ``of`` phrase of a
    body's name (``Joint Chiefs of Staff``)."""
    tokens: list[Token] = []
    titled = next((child for child in head.rights if _titled_name(head, child)), None)
    if (
        titled is None and head.pos_ == "NOUN"
    ):  # "founder and leader, Greta Holm,": two titles, one name apposed
        titled = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    for child in head.rights:
        if (
            titled is not None
            and child.i < titled.i
            and child.dep_ in ("cc", "conj")
            and child.lower_ != "or"
        ):
            if child.dep_ == "conj" and child.pos_ != "NOUN":
                break
            tokens.extend(child.subtree)  # "founder and chief executive Arno Veit": two titles, one name
            continue
        if body_of and child.dep_ == "prep" and _body_complement(head, child):
            sub = list(child.subtree)
            if all(t.text[:1].isupper() or t.lower_ in ("of", "and", "the", "for") for t in sub):
                tokens.extend(sub)  # Joint Chiefs of Staff, Institute for Fiscal Studies
                continue
        if _titled_name(head, child):  # "the singer Tove Lind"
            tokens.extend(_phrase_tokens(child))
            tokens.extend(_capitals_after(child, stop=head.head))
            continue
        if _part_of(head, child):
            tokens.extend(_before_aside_clause(child))  # "two of the people"
            continue
        if child.dep_ == "cc" and _joint_bodies_tail(head, child):
            tokens.extend(_joint_bodies_tail(head, child))  # "Harlow and Epping councils"
            continue
        if _how_source_knows(child):
            tokens.extend(_before_aside(child))  # "people with knowledge of the talks"
            continue
        if child.dep_ in cut:
            break
        tokens.extend(_before_clause(child))
    return tokens


def _joint_bodies_tail(head: Token, cc: Token) -> list[Token]:
    """The ``and`` ``cc`` and the names and plural noun after it that the name
    ``head`` shares (``Harlow| and Epping councils``: one mention of bodies
    speaking together), or the ``&`` and the name after it (``Heron| & Gale``:
    a firm's name); none for anything else (``Tom Venn and Ina Moss``)."""
    conj = next((c for c in head.rights if c.dep_ == "conj" and c.i > cc.i), None)
    if head.pos_ == "PROPN" and cc.text == "&" and conj is not None and conj.pos_ == "PROPN":
        joined = head.doc[head.left_edge.i : conj.i + 1]
        return [] if ampersand_joins_titled([t.text for t in joined]) else list(head.doc[cc.i : conj.i + 1])
    if head.pos_ != "PROPN" or cc.lower_ != "and" or conj is None or conj.pos_ != "NOUN":
        return []
    tail = list(head.doc[cc.i : conj.i + 1])
    return tail if joint_bodies(head.doc[head.left_edge.i : conj.i + 1].text) else []


def _before_clause(child: Token) -> list[Token]:
    """The tokens of ``child``'s subtree before a relative clause inside it
    (``a negotiator familiar with the talks|, who spoke on condition of
    anonymity``): the clause says how the person spoke, it names nobody."""
    subtree = list(child.subtree)
    clauses = [token.left_edge.i for token in subtree if token.dep_ == "relcl"]
    return [token for token in subtree if token.i < min(clauses)] if clauses else subtree


def _body_complement(head: Token, prep: Token) -> bool:
    """True when ``prep`` may open the rest of a body's name headed by ``head``:
    ``of`` after a name (``Joint Chiefs of Staff``), ``for`` after a body's noun
    (``Office for National Statistics``; not ``Cameron Easley for Morning Consult``)."""
    if head.pos_ != "PROPN":
        return False
    return prep.lower_ == "of" or (prep.lower_ == "for" and is_org_head(head.lower_))


def _capitals_after(token: Token, *, stop: Token) -> list[Token]:
    """The capitalised tokens right after ``token``, up to ``stop``: the rest of
    a name the parse tore off (``Ann O’Leary`` with ``O’Leary`` as an adverb)."""
    found = []
    for after in token.doc[token.i + 1 : stop.i if stop.i > token.i else len(token.doc)]:
        if not after.text[:1].isupper():
            break
        found.append(after)
    return found


def _titled_name(head: Token, child: Token) -> bool:
    """True when ``child`` is a name the parse hangs as an apposition right
    after ``head``, with no comma between: the head is the person's title
    (``Superintendent Dr. Helen Vasquez``), and the name belongs to the mention;
    the head may be the first of two titles (``founder and chief executive Arno Veit``)."""
    edge = child.left_edge
    between = head.doc[head.i + 1 : edge.i]
    titles = all(
        (t.head.i == head.i and t.dep_ in ("cc", "conj"))
        or (t.head.dep_ == "conj" and t.head.head.i == head.i)
        for t in between
    )
    return (
        child.dep_ == "appos"
        and child.tag_ in ("NNP", "NNPS")
        and titles
        and edge.i > head.i
        and not edge.is_punct
    )


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
