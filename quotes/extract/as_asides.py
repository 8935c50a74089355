"""Asides of saying opened by ``as``: ``The plan, as Kobb points out, costs
more`` and ``As Vell Weekly reported, the mayor had ...``. The clause the
aside hangs on is the indirect quote of the aside's subject.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotes.extract.cue_lemmas import cue_lemma
from quotes.extract.cue_sources import cue_span
from quotes.extract.indirect_content import Found, contiguous, trimmed_span
from quotes.extract.indirect_source import verb_subject
from quotes.extract.lexicon import HELD_NOUNS
from quotes.extract.mention_spans import source_span
from quotes.extract.syntax import agent_of, doc_text
from quotes.extract.time_words import TIME_WORDS
from quotes.records import Quote

#: ``as`` (and an adverb) right before the source or cue of an aside.
_AS_BEFORE_RE = re.compile(r"\b[Aa]s[ \xa0]+(?:\w+[ \xa0]+)?\Z")
#: Words before an ``as`` that gives a name, not an aside (``who gave her name
#: only as Efua Mensah, said``, ``known as``, ``identified as``).
_NAMING_BEFORE_AS_RE = re.compile(r"\b(?:names?|only|known|identified|listed)[ \xa0]+\Z")

#: Dependents that give the verb of an aside words of its own (``as Kobb
#: explained the plan``, ``as she said she would``): then it is no aside.
_OWN_WORDS_DEPS = frozenset({"dobj", "obj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"})
#: Prepositions that only place the saying (``as Ina Moss noted in her
#: column``, ``as Vell Weekly reported on Monday``); any other (``as the
#: White House hints at what ...``, ``as Kobb joked with a friend``) gives the
#: verb words or company of its own; ``at`` places it in time as often as at
#: a meeting (``As the night nurse reported at 7 a.m., the patient woke``).
_PLACING_PREPOSITIONS = frozenset({"in", "on", "during"})
#: The verbs of an aside that names a source (``as Kobb points out``, ``As
#: Vell Weekly reported``, ``as Kobb predicted``). Not verbs of answering or
#: arguing, whose ``as`` is mostly of time (``As the minister replied, the
#: lights went out``), nor of wishing or ordering, whose clause says what was
#: done (``Kobb scored twice, as he had promised``), nor of knowing (``As
#: everyone knows``).
_SOURCE_VERBS = frozenset(
    {"say", "report", "note", "point_out", "observe", "write", "mention", "acknowledge", "predict", "reveal"}
)
#: The verb of an aside whose object is only who heard it (``..., as Kobb
#: told reporters.``), after the clause it vouches for only: before it,
#: ``as`` is of time (``As Kobb told the crowd, a man climbed onto the
#: stage``); with anything else for an object it tells a story (``as he
#: told the story, the lights went out``).
_TELLING_VERBS = frozenset({"tell"})
#: Conjunctions that may stand before an aside opening its clause (``But as
#: Kobb noted, ...``, ``..., and as Ina Moss noted, ...``).
_JOINING_WORDS = frozenset({"and", "but"})
#: Who hears an aside told to the public (``as Kobb told reporters``, ``as
#: she told the committee``); a name (``as Kobb told Vell Radio``) too. Not a
#: thing (``as he told the story``) nor kin (``as he told his brother, the
#: lights went out``: an ``as`` of time).
_AUDIENCE_NOUNS = frozenset(
    """
    reporters journalists press interviewer interviewers audience audiences crowd crowds
    supporters listeners viewers readers lawmakers legislators committee panel council
    senators delegates voters
    """.split()
)
#: Subjects of an aside that is the speaker's own turn of talk, not a source
#: (``as you pointed out, Laura, people ...``, ``As I mentioned above, ...``,
#: ``as we saw in 2009``): the clause is the words of whoever is speaking or writing.
_TALK_SUBJECTS = frozenset({"i", "you", "we", "they", "everyone", "everybody", "people", "one"})
#: Confidence of a content found through an ``as`` aside.
_ASIDE_CONFIDENCE = 0.6


def as_aside_content(cue: Token) -> Found | None:
    """The clause an ``as`` aside of the cue verb ``cue`` hangs on (``The plan,
    as Kobb points out, costs more``; ``As Vell Weekly reported, the mayor
    ...``), attributed to the aside's subject; None when ``cue`` opens no such
    aside (``as the mayor arrived``, ``as expected``, ``as Kobb explained the
    plan``)."""
    aside = _aside_tokens(cue)
    lemma = cue_lemma(cue)
    if (
        aside is None
        or (lemma not in _SOURCE_VERBS and not (lemma in _TELLING_VERBS and cue.i > cue.head.i))
        or cue.head.dep_ == "relcl"
    ):
        return None  # "The man who, as police said, fled": no clause of its own
    sentence = cue.sent
    if sentence.text.rstrip(" \"'”’)").endswith("?"):
        return None  # "Why, as Kobb asked, did ...": a question keeps its own cue
    subject = _aside_source(cue)
    if subject is None or subject.i not in aside or subject.lower_ in _TALK_SUBJECTS:
        return None
    head = cue.head
    tokens = [
        t
        for t in head.subtree
        if sentence.start <= t.i < sentence.end
        and not (t.dep_ == "cc" and t.head.i == head.i and t.i < cue.i)
    ]  # "And that, as Kobb says, is a lot": the opening "And" joins sentences
    if cue.i > head.i:  # "The plan failed, as Kobb predicted."
        tokens = [t for t in tokens if t.i < aside[0] and not (t.dep_ == "mark" and t.head.i == head.i)]
        if not _closes_a_clause(tokens):
            return None
    elif _before_subject(head, aside[-1]):
        tokens = [t for t in tokens if t.i > aside[-1] + 1]  # "As X reported, ...": the clause after it
    span = trimmed_span(contiguous(tokens, head), doc_text(cue.doc))
    if span is None:
        return None
    cue_start, cue_end = cue_span(cue)
    return Found(span[0], span[1], cue_start, cue_end, source_span(subject), _ASIDE_CONFIDENCE)


def _aside_tokens(cue: Token) -> list[int] | None:
    """Indexes of the aside ``as X <cue>`` (the ``as`` to the aside's last
    word) when ``cue`` is a clause of manner with no words of its own, set off
    by commas (or closing its sentence after the clause it hangs on); None
    otherwise."""
    if cue.dep_ != "advcl" or cue.head.pos_ not in ("VERB", "AUX"):
        return None
    marks = [c for c in cue.children if c.dep_ == "mark" and c.lower_ == "as" and c.i < cue.i]
    if not marks or any(_own_words(c) for c in cue.children):
        return None
    first, last = marks[0].i, _time_after(cue, max(t.i for t in cue.subtree if not t.is_punct))
    doc = cue.doc
    ends = (",", ".") if cue.i > cue.head.i else (",",)
    if last + 1 >= len(doc) or doc[last + 1].text not in ends:
        return None
    if first > cue.sent.start and not _set_off(doc[first - 1]):
        return None  # "the plan worked as Kobb said": a comparison, no aside
    return list(range(first, last + 1))


def opens_aside(text: str, quote: Quote) -> bool:
    """True when ``quote`` is given by an aside of ``as`` before its words
    (``But as Vell Weekly reported, ...``, ``As first reported by ...``): its
    source vouches for the words but is no speaker later pronouns stand for."""
    if quote.cue_start is None or quote.cue_start > quote.start:
        return False
    first = quote.cue_start if quote.speaker_start is None else min(quote.cue_start, quote.speaker_start)
    found = _AS_BEFORE_RE.search(text, max(0, first - 24), first)
    return (
        found is not None
        and _NAMING_BEFORE_AS_RE.search(text, max(0, found.start() - 12), found.start()) is None
    )


def _set_off(before: Token) -> bool:
    """True when ``before``, the word before an aside's ``as``, sets the aside
    off: a comma, or a conjunction opening the sentence or after a comma
    (``But as Kobb noted,``, ``..., and as Ina Moss noted,``)."""
    if before.text == ",":
        return True
    if before.lower_ not in _JOINING_WORDS:
        return False
    return before.i == before.sent.start or before.doc[before.i - 1].text == ","


def _time_after(cue: Token, last: int) -> int:
    """The last word of an aside ending at token ``last`` with the time
    phrase right after it that the parse hung elsewhere (``As Kobb said last
    week,``: ``last week`` goes with the saying)."""
    doc = cue.doc
    if last + 1 < len(doc):
        phrase = doc[last + 1].head
        if phrase.dep_ == "npadvmod" and phrase.lower_ in TIME_WORDS and phrase.left_edge.i == last + 1:
            return phrase.right_edge.i
    return last


def _own_words(child: Token) -> bool:
    """True when ``child`` of an aside's verb gives it words or company of its
    own (an object, a clause, a preposition other than one of place); not
    who heard it (``as Kobb told reporters``)."""
    if child.dep_ in ("dobj", "dative") and cue_lemma(child.head) in _TELLING_VERBS:
        return not (child.pos_ == "PROPN" or child.lower_ in _AUDIENCE_NOUNS)
    return child.dep_ in _OWN_WORDS_DEPS or (
        child.dep_ == "prep" and child.lower_ not in _PLACING_PREPOSITIONS
    )


def _aside_source(cue: Token) -> Token | None:
    """Who an aside names as the source: the subject of its verb (``as Kobb
    noted``), or the agent of its passive (``As reported by Vell Weekly``)."""
    agent = agent_of(cue)
    if agent is not None and cue.tag_ == "VBN":
        return agent
    subject = verb_subject(cue)
    return subject if subject is not None and subject.dep_ == "nsubj" else None


def _before_subject(head: Token, last: int) -> bool:
    """True when the aside ending at token ``last`` stands before the subject
    of the verb ``head`` it hangs on (``Of course, as Kobb observed, the
    victor was ...``): the content is the clause after it."""
    subjects = [c.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(subjects) and last < min(subjects)


def _closes_a_clause(tokens: list[Token]) -> bool:
    """True when an aside after the clause of ``tokens`` reports that clause:
    no noun of saying in the clause whose words the aside could be about
    (``her argument that ..., rather than a local candidate, as Kobb
    suggested``)."""
    return not any(t.pos_ == "NOUN" and t.lower_ in HELD_NOUNS for t in tokens)
