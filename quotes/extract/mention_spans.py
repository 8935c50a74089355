"""The character spans of a mention on the parse: the noun phrase a head
word heads, with the left modifiers it keeps (not a focus word opening it,
nor an adjective of how someone looked before a name) and the right-hand
words that belong to it (a name after a title, the group a part is of, a
body's capitalised ``of`` phrase, bodies speaking together, how an unnamed
source knows), up to an aside.

Two mention spans exist because two conventions do: :func:`mention_span` is
the speaker mention of a direct quote (article offsets, stray punctuation
trimmed, cut before a right-hand adverbial noun phrase too), :func:`source_span`
the source of an indirect quote as PolNeAR marks it (doc offsets, punctuation
tokens and the possessive ``'s`` left out).
"""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.joint_bodies import ampersand_joins_titled, joint_bodies
from quotes.extract.lexicon import HEADLINE_VERB_FORMS
from quotes.extract.name_words import NATIONALITY_WORDS, OPENING_WORDS
from quotes.extract.post_words import ROLE_QUALIFIERS
from quotes.extract.quoted_bodies import quoted_name_start
from quotes.extract.source_words import (
    SCANT_KNOWLEDGE_WORDS,
    SOURCE_KNOWING_PARTICIPLES,
    SOURCE_KNOWLEDGE_NOUNS,
)
from quotes.extract.speaker_words import is_org_head
from quotes.extract.syntax import (
    FINITE_TAGS,
    PARTS,
    after_dateline,
    doc_text,
    with_hyphened_end,
    with_hyphened_start,
)
from quotes.extract.time_words import WEEKDAY_WORDS

#: Right-hand dependents that end the source span of an indirect quote.
PHRASE_RIGHT_CUT = frozenset({"appos", "relcl", "acl", "prep", "punct", "cc", "conj", "advmod", "advcl"})
#: Right-hand dependents that end the speaker mention of a direct quote (an
#: adverbial noun phrase, ``npadvmod``, as well).
MENTION_RIGHT_CUT = PHRASE_RIGHT_CUT | {"npadvmod"}


def _part_of(head: Token, child: Token) -> bool:
    """True for the ``of`` phrase naming the group a part is taken from
    (``two`` + ``of the people``): the mention keeps it."""
    return child.dep_ == "prep" and child.lower_ == "of" and head.lower_ in PARTS


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
    if offset == 0 and "\n" not in doc_text(head.doc)[: head.idx]:  # the article's first line
        tokens = _before_headline_verb(head, tokens)
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    text = doc_text(head.doc)
    # trim stray punctuation
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and text[end - 1] in ",;:-–—\"“”'’ ":
        end -= 1
    return offset + start, offset + end


def _before_headline_verb(head: Token, tokens: list[Token]) -> list[Token]:
    """``tokens`` of a headline's subject up to a verb of the headline the
    parser took for a noun of the subject (``Judge| orders sugar firm to
    pay``, ``Top judge| orders ...``): a lower-case third-person form after a
    capitalised word opening the line, when the subject's own verb has no
    tense (``to pay``; not ``Customer orders officials say``)."""
    ordered = sorted(tokens, key=lambda t: t.i)
    first = ordered[0]
    if first.i != first.sent.start or not first.text[:1].isupper() or head.head.tag_ in FINITE_TAGS:
        return tokens
    for at, token in enumerate(ordered[1:-1], start=1):
        if token.dep_ == "compound" and token.text in HEADLINE_VERB_FORMS:
            return ordered[:at]
    return tokens


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
        if _body_noun_run_on(head, child):
            tokens.extend(child.subtree)  # "The Save the Tillman Flats coalition"
            continue
        if child.dep_ in cut:
            break
        tokens.extend(_before_clause(child))
    return tokens


def _body_noun_run_on(head: Token, child: Token) -> bool:
    """True for an apposition the parse hangs right after a capitalised
    ``head``, no comma between, ending on a body's noun (``The Save| the
    Tillman Flats coalition``: a campaign's name opening on a verb): one name."""
    return (
        child.dep_ == "appos"
        and child.left_edge.i == head.i + 1
        and head.text[:1].isupper()
        and child.text.islower()
        and is_org_head(child.lower_)
    )


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
