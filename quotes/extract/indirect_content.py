"""The content span of an indirect quote, as PolNeAR marks it: the words of
the complement on its side of the cue, without the source, trimmed of
punctuation, in one run of tokens (:func:`complement_content` and its
variants; a content its cue closes or interrupts in
:mod:`quotes.extract.contents_before_cues`), and the rules between
attributions: an outer content ends where an inner attribution starts
(:func:`cut_nested`); a content next to quotation marks is settled in
:mod:`quotes.extract.quotation_contents`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.strings import get_string_id
from spacy.symbols import ADP, AUX, SCONJ, VERB
from spacy.tokens import Doc, Token

from quotes.extract.cue_lemmas import cue_lemma
from quotes.extract.cue_sources import cue_source, cue_span
from quotes.extract.indirect_source import reduced_relative_antecedent, verb_subject
from quotes.extract.lexicon import INTERPRETING_NOUNS, SHARE_NOUNS
from quotes.extract.mention_spans import source_span
from quotes.extract.patterns import (
    CUT_CLAUSE_RE,
    DANGLING_RE,
    DATELINE_COLON_RE,
    DATELINE_LEAD_RE,
    LEADING_TIME_RE,
    OPENING_GAP_RE,
    TIMESTAMP_LEAD_RE,
)
from quotes.extract.syntax import doc_text

_TRIM = set(",;:.!?-\u2013\u2014()[] \n\t\u00a0")
#: ``according`` as a spaCy string id (compared with ``Token.lower``, no string made).
_ACCORDING = get_string_id("according")


@dataclass(frozen=True)
class Found:
    """A content found in the doc, in doc-relative character offsets."""

    start: int
    end: int
    cue_start: int
    cue_end: int
    speaker: tuple[int, int] | None
    confidence: float
    #: an attribution of its own inside another's content (a verb of saying or
    #: belief with its own subject): the outer content ends before it
    separate: bool = False
    #: a content ending in the quotation that completes it (a mixed quote)
    mixed: bool = False
    #: a participle's report closing another's content (``..., arguing that``)
    trailing: bool = False


def cut_nested(items: list[Found], text: str, verbless: Callable[[int, int], bool]) -> list[Found]:
    """PolNeAR gives each word to one attribution: when a content holds another
    attribution's cue (``they prefer X, and 4 in 10 said Y``), the outer content
    ends where the inner attribution starts. An outer content cut to nothing is
    dropped; one cut to a clause without its verb (``construction is``) or to a
    noun phrase (``verbless(start, end)``: ``Vell's relatives, who asked ...,
    watched it``) stays whole, and the attributions inside it go."""
    out = []
    whole: list[Found] = []
    for item in items:
        end, cutter = item.end, None
        for inner in items:
            if inner is item or not inner.separate or not (item.start <= inner.cue_start < end):
                continue
            begin = min(inner.start, inner.cue_start, inner.speaker[0] if inner.speaker else inner.cue_start)
            begin = inner.cue_start if inner.trailing else begin
            if item.start < begin < end:
                end, cutter = begin, inner
        if cutter is not None:
            trimmed = DANGLING_RE.sub("", text[item.start : end])
            if CUT_CLAUSE_RE.search(trimmed) or verbless(item.start, item.start + len(trimmed)):
                whole.append(item)  # "Construction is | expected to begin, the council said"
            elif len(trimmed) < 2:
                continue
            else:
                item = replace(item, end=item.start + len(trimmed))
        out.append(item)
    return [item for item in out if not any(_inside(item, outer) for outer in whole)]


def after_reduced_relative(cue: Token, subject: Token | None, items: list[Found]) -> list[Found]:
    """``items`` of a cue in a clause with no ``that`` describing a noun (``...,
    a move church observers said signalled support``): only the content after
    the cue is reported, and the noun described is no part of the source."""
    antecedent = reduced_relative_antecedent(subject)
    if antecedent is None:
        return items
    after = antecedent.doc[antecedent.i + 1].idx
    words_after = cue.doc[cue.i + 1].idx if cue.i + 1 < len(cue.doc) else cue.idx + len(cue)
    return [
        replace(
            item,
            start=max(item.start, words_after),
            speaker=(max(after, item.speaker[0]), item.speaker[1]),
        )
        for item in items
        if item.end > words_after and item.speaker is not None and item.speaker[1] > after
    ]


def outer_first(items: list[Found]) -> list[Found]:
    """``items`` with each content that holds another (with its cue) before it:
    ``X wants Y, two of the people said`` is the people's words first."""
    return sorted(items, key=lambda item: sum(1 for outer in items if holds(outer, item)))


def holds(outer: Found, item: Found) -> bool:
    """True when the content of ``outer`` holds ``item``, its cue and its speaker."""
    first = min(item.start, item.cue_start, item.speaker[0] if item.speaker else item.start)
    return (
        outer is not item
        and outer.start <= first
        and item.end <= outer.end
        and outer.end - outer.start > item.end - item.start
    )


def _inside(item: Found, outer: Found) -> bool:
    """True when ``item`` and its cue lie in the content of another attribution ``outer``."""
    return item is not outer and outer.start <= min(item.start, item.cue_start) and item.end <= outer.end


#: The end of a dateline whose place the windows cut off at its state's full
#: stop (``PORT AVERY, Fla.| (Gulf Daily) — ``): a closing bracket never opened, and a dash.
_DATELINE_TAIL_RE = re.compile(r"[A-Z][^()\n]{0,40}\)[ \xa0]+[-–—]{1,2}[ \xa0]+")


#: A negation written onto the word before it (``weren’t``): the parse may take
#: ``n’t`` after a curly apostrophe for punctuation, and a content cut before it
#: would say the opposite.
_GLUED_NEGATION_RE = re.compile(r"n[’']t\b")


#: A quote in straight single marks opened inside a content and not closed
#: there (``was an 'intentional act``), not an apostrophe (``workers' union``).
_STRAIGHT_SINGLE_OPEN_RE = re.compile(r"(?:\A|[\s(])'\w[^']*\Z")


def trimmed_span(tokens: list[Token], text: str) -> tuple[int, int] | None:
    """Doc offsets of ``tokens`` without punctuation at either end, and without
    a quotation mark left alone (or with the closing mark of a quotation they
    open), never cut from a negation written onto its last word."""
    if not tokens:
        return None
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    glued = _GLUED_NEGATION_RE.match(text, end)
    end = glued.end() if glued else end
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    lead = (
        DATELINE_LEAD_RE.match(text, start, end)
        or DATELINE_COLON_RE.match(text, start, end)
        or LEADING_TIME_RE.match(text, start, end)
        or TIMESTAMP_LEAD_RE.match(text, start, end)
    )
    lead = lead or _DATELINE_TAIL_RE.match(text, start, end)
    if lead is not None:
        start = lead.end()  # "VELL CITY - A quake struck ...", "said on Monday they ...", "10:48 p.m. —"
    # a closing mark left without its opening one (or the reverse) is not content
    content = text[start:end]
    opens, closes = content.count("\u201c"), content.count("\u201d")
    if content.endswith("\u201d") and closes > opens:
        end -= 1
    elif content.startswith("\u201c") and opens > closes:
        start += 1
    elif content.count('"') % 2:
        if content.endswith('"'):
            end -= 1
        elif content.startswith('"'):
            start += 1
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    # a quotation opened inside the content closes right after it: keep it whole
    content = text[start:end]
    single_open = content.rfind("\u2018") > content.rfind("\u2019")  # ‘ with no ’ after it
    straight_open = _STRAIGHT_SINGLE_OPEN_RE.search(content) is not None  # was an 'intentional act
    if (
        content.count("\u201c") > content.count("\u201d")
        or content.count('"') % 2
        or single_open
        or straight_open
    ):
        marks = r"[\u201d\"\u2019']{1,2}" if straight_open else r"[\u201d\"\u2019]"  # 'we want,'”
        close = re.match(r"[.,!?]{0,2}" + marks, text[end : end + 4])
        if close:
            end += close.end()
    return (start, end) if end > start else None


def complement_content(cue: Token, tokens: list[Token], head: Token, *, confidence: float) -> Found | None:
    """Content from ``tokens`` (the complement's subtree), cut to the side of the
    cue the complement ``head`` is on, without the subject of the cue."""
    subject = verb_subject(cue)
    excluded: set[int] = set()
    if subject is not None:
        excluded = {t.i for t in subject.subtree}
        if cue.i in excluded:  # the cue modifies its source ("calls saying...")
            excluded = {t.i for t in subject.subtree if t.i <= subject.i}
    excluded |= _other_attributions(tokens, head) | _trailing_according(tokens)
    if head.i > cue.i:
        tokens = [t for t in tokens if t.i > cue.i and t.i not in excluded]
    else:
        tokens = [t for t in tokens if t.i < cue.i and t.i not in excluded]
    span = trimmed_span(contiguous(tokens, head), doc_text(cue.doc))
    return found_through(cue, span, speaker=cue_source(cue), confidence=confidence)


def found_through(
    cue: Token, span: tuple[int, int] | None, *, speaker: tuple[int, int] | None, confidence: float
) -> Found | None:
    """The content ``span`` attributed through the cue verb ``cue`` to ``speaker``
    (None without a span)."""
    if span is None:
        return None
    cue_start, cue_end = cue_span(cue)
    return Found(
        start=span[0],
        end=span[1],
        cue_start=cue_start,
        cue_end=cue_end,
        speaker=speaker,
        confidence=confidence,
    )


def _other_attributions(tokens: list[Token], head: Token) -> set[int]:
    """Token indexes of conjoined cue verbs inside a complement (``... and added
    that Z``): they carry an attribution of their own, with their ``and``."""
    out: set[int] = set()
    for token in tokens:
        if token.i == head.i or token.dep_ != "conj" or token.i in out:
            continue
        if cue_lemma(token) and any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
            branch = {t.i for t in token.subtree}
            left = min(branch)
            for sibling in token.head.children:  # the "and" / comma before the branch
                if sibling.dep_ in ("cc", "punct") and sibling.i == left - 1:
                    branch.add(sibling.i)
            out |= branch
    return out


def _trailing_according(tokens: list[Token]) -> set[int]:
    """Token indexes of ``according to X`` ending a complement, with the comma
    before it (``She told them the ban would come, according to Jan Lis``):
    who relays the words, no part of them."""
    for token in tokens:
        if (
            token.lower == _ACCORDING
            and token.i + 1 < len(token.doc)
            and token.doc[token.i + 1].lower_ == "to"
        ):
            phrase = {t.i for t in token.subtree} | {t.i for t in token.doc[token.i + 1].subtree}
            last = max((t.i for t in tokens if not t.is_punct), default=-1)
            if max(phrase) >= last:
                comma = token.i - 1 if token.i > 0 and token.doc[token.i - 1].text == "," else token.i
                return phrase | {comma}
    return set()


def contiguous(tokens: list[Token], head: Token) -> list[Token]:
    """The run of consecutive token indices around ``head`` (drop what a cut left apart)."""
    indexes = sorted(t.i for t in tokens)
    if not indexes:
        return []
    by_index = {t.i: t for t in tokens}
    anchor = head.i if head.i in by_index else indexes[0]
    low = high = anchor
    while low - 1 in by_index:
        low -= 1
    while high + 1 in by_index:
        high += 1
    return [by_index[i] for i in range(low, high + 1)]


#: Dependencies that fill a clause's verb after it: with one, a ``that``
#: the parse made its object is the conjunction opening it (``that the team
#: had worked on her serve``), while ``that the club had hired`` has a gap.
_FILLING_DEPS = frozenset({"prep", "dobj", "acomp", "attr", "xcomp", "oprd", "advmod", "dative"})


def interpreted_clause(noun: Token, clause: Token) -> bool:
    """True for a relative ``clause`` the parse hung on an interpreter or a
    translator (:data:`INTERPRETING_NOUNS`) that is what was said through them
    (``said through an interpreter that the team had worked on her serve``):
    opened by ``that`` and whole without it, or with a modal (``that she would
    retire``); not a relative clause on the
    interpreter (``through an interpreter that the club had hired``), nor one
    before a that-clause of its own (``that the club hired last week that
    ...``)."""
    first = clause.left_edge
    if noun.lower_ not in INTERPRETING_NOUNS or first.lower_ != "that":
        return False
    if any(c.dep_ == "ccomp" and c.left_edge.lower_ == "that" for c in clause.children):
        return False
    filled = any(c.dep_ in _FILLING_DEPS and c.i > clause.i and c != first for c in clause.children)
    return filled or any(c.tag_ == "MD" for c in clause.children)  # "that she would retire": reported


def phrase_content(
    token: Token, phrase: set[int], source: Token | None, cue_end: int, confidence: float
) -> Found | None:
    """The clause a source phrase (``according to X``, ``in a poll``) hangs on:
    the longer side of the phrase, or the whole clause when the phrase sits
    inside it (``One of the guards, according to the records, slept ...``)."""
    sentence = token.sent
    head = token.head if token.head.i != token.i and token.head.pos_ in ("VERB", "AUX") else sentence.root
    if head.dep_ == "acl" and head.head.i == sentence.root.i and sentence.root.pos_ in ("NOUN", "PROPN"):
        head = sentence.root  # "The insurer, Kell Mutual, paid ...": a verb the parse hangs on its subject
    clause = [t for t in (head.subtree if head.i != token.i else sentence) if t.i not in phrase]
    clause = [t for t in clause if sentence.start <= t.i < sentence.end]
    if not clause:
        return None
    before = [t for t in clause if t.i < token.i]
    after = [t for t in clause if t.i > max(phrase)]
    if any(not t.is_punct for t in before) and any(not t.is_punct for t in after):
        # "One of the guards, according to the records, slept ...": the clause runs
        # round the phrase (as "This bridge, the engineer says, is different")
        span = trimmed_span(contiguous(before, before[-1]) + contiguous(after, after[0]), doc_text(token.doc))
    else:
        side = after if len(after) >= len(before) else before
        span = trimmed_span(contiguous(side, side[0]), doc_text(token.doc)) if side else None
    if span is None:
        return None
    speaker = source_span(source) if source is not None else None
    return Found(
        start=span[0],
        end=span[1],
        cue_start=token.idx,
        cue_end=cue_end,
        speaker=speaker,
        confidence=confidence,
    )


#: Words opening a clause that frames another (``once the budget passes``).
_FRAMING_MARKS = frozenset(
    "if once when whenever because after before while although though unless until since as".split()
)


def holds_clause(doc: Doc, start: int, end: int) -> bool:
    """True when the words at ``[start, end)`` hold a verb with its subject
    that no framing conjunction opens (``that in her view the council had
    failed``; not ``that once the budget passes``, nor ``In the current climate``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(
        token.pos in (VERB, AUX)
        and any(c.dep_ in ("nsubj", "nsubjpass") and start <= c.idx < end for c in token.children)
        and not any(c.dep_ == "mark" and c.lower_ in _FRAMING_MARKS for c in token.children)
        for token in span
    )


#: Words opening a content that are a clause's first word, not a preposition's.
_CLAUSE_OPENERS = frozenset({"that", "whether", "if", "because", "how"})
#: Words opening a question a content may leave open.
_OPEN_QUESTION_WORDS = frozenset({"whether", "if", "what", "when", "why", "how", "who", "which", "where"})
#: Entity types of a time (``this weekend``, ``at noon``).
_TIMES = frozenset({"DATE", "TIME"})


def left_open(doc: Doc, found: Found) -> Found:
    """``found``, read with its negated cue when the cue leaves a question
    open (``has not said whether she would sign it``, ``did not know how``):
    the question alone would be no words of the speaker's."""
    cue = doc.char_span(found.cue_start, found.cue_end, alignment_mode="expand")
    first = doc_text(doc)[found.start : found.end].split(maxsplit=1)[:1]
    if (
        cue is None
        or not first
        or first[0].lower() not in _OPEN_QUESTION_WORDS
        or found.start < cue.start_char
    ):
        return found
    verb = cue[0]
    if not any(c.dep_ == "neg" for c in verb.children):
        return found
    before = [c.idx for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i]
    return replace(found, start=min([verb.idx, *before]))


def says_nothing(doc: Doc, found: Found) -> bool:
    """True for a content without a verb that is an introductory phrase (``In
    his 2002 book``, ``By the time``, ``As for costs``) or a time (``this
    weekend``): the frame of what was said, not what was said."""
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None or found.mixed or any(t.pos in (VERB, AUX) for t in span):
        return False
    gap = OPENING_GAP_RE.match(doc_text(doc), found.end)
    if gap is not None and doc_text(doc)[gap.end() : gap.end() + 1].islower():
        return False  # "With hundreds of boats in port, “there is ...”": the quoted words go on with it
    first = span[0]
    if first.pos in (ADP, SCONJ) and first.lower_ not in _CLAUSE_OPENERS:
        return True
    return span.root.dep_ in ("npadvmod", "tmod") or all(
        t.ent_type_ in _TIMES for t in span if not t.is_punct
    )


def bare_noun_phrase(tokens: list[Token]) -> bool:
    """True for words with no verb in them (``the launch``, ``the news``): a
    thing talked about, not what was said."""
    return not any(t.pos_ in ("VERB", "AUX") or verb_taken_for_preposition(t) for t in tokens)


#: Verbs the parse takes for a preposition after their subject (``most voters back the plan``).
_VERBS_TAKEN_FOR_PREPOSITIONS = frozenset({"back"})


def verb_taken_for_preposition(token: Token) -> bool:
    """True for ``back`` that the parse made a preposition with an object
    right after a plural noun or a share (``said most voters back the plan``,
    ``found that 54 percent back the levy``): the verb of a clause."""
    if token.lower_ not in _VERBS_TAKEN_FOR_PREPOSITIONS or token.pos_ == "VERB" or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    subject_like = before.tag_ == "NNS" or before.lower_ in SHARE_NOUNS
    return subject_like and any(c.dep_ in ("pobj", "dobj") for c in token.children)


def weak_found(cue: Token, span: tuple[int, int] | None, speaker: tuple[int, int] | None) -> Found | None:
    """A content found through the one word ``cue`` by a construction the
    parse gives less surely (a noun of speech, a raising verb); None without a span."""
    if span is None:
        return None
    return Found(
        start=span[0],
        end=span[1],
        cue_start=cue.idx,
        cue_end=cue.idx + len(cue),
        speaker=speaker,
        confidence=0.4,
    )


def clause_from_that(tokens: list[Token], clause: Token) -> list[Token]:
    """``told me in 2021, when I first visited, that she had planned ...``: the
    clause from its ``that``, not the time the parse hangs inside it."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i == 0 or mark.doc[mark.i - 1].text != ",":
        return tokens
    return [t for t in tokens if t.i >= mark.i]
