"""The noun a relative ``who`` stands for, read from the parse: ``a young
nurse, who said she ...``, ``Ina Moss, the harbour commissioner, who
conceded that ...``, ``four in 10 who said they ...``. The text's own
reading (:func:`~quotes.extract.antecedents.relative_antecedent`) takes a
name or a plural group right before ``who``; this one takes the noun the
parse hangs the relative clause on when that reading finds nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from quotes.extract.cue_lemmas import cue_lemma
from quotes.extract.lexicon import COGNITION_VERBS, SPEECH_VERBS
from quotes.extract.mention_spans import mention_span
from quotes.extract.speaker_words import GROUP_NOUNS, PERSON_SUFFIXES, SOURCE_HEAD_NOUNS
from quotes.extract.syntax import doc_text
from quotes.records import Quote

#: Verbs whose clause is someone's words or view (``who said``, ``who
#: believe``), not a finding or a decision (``who would determine whether``).
_SAYING_OR_BELIEVING = SPEECH_VERBS | COGNITION_VERBS
#: Nouns that count people rather than name them (``about the same number
#: who said ...``), though they end like a noun for a person.
_COUNTING_NOUNS = frozenset({"number", "numbers"})


def parsed_antecedent(doc: Doc, offset: int, quote: Quote) -> tuple[int, int] | None:
    """Article offsets of the noun phrase the relative ``who`` of ``quote``
    (``doc`` parsed from article offset ``offset``) stands for, when ``who``
    is the subject of the quote's cue verb and that verb reports a clause
    (``a nurse who said she ...``) holding the whole quote: the head of the
    relative clause, or the name it stands in apposition to, when it can be
    a source. None otherwise: ``voters who back Kobb`` is what they do, not
    their words, ``a judge who would determine whether`` no one's view, and
    ``This is a man who said`` describes whoever ``This`` is."""
    assert quote.speaker_start is not None and quote.speaker_end is not None
    start, end = quote.speaker_start - offset, quote.speaker_end - offset
    if not (0 <= start < end <= len(doc_text(doc))):
        return None
    span = doc.char_span(start, end)
    if span is None or len(span) != 1 or not _reports_a_clause(span[0], quote, offset):
        return None
    noun = span[0].head.head
    if not _right_before(noun, span[0]):
        return None  # "Villagers gathered outside the home of the couple, who": too far to be sure
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    if owner is not None and owner.pos_ == "NOUN" and not (owner.tag_ == "NNS" and not can_speak(owner)):
        return None  # "the head of the nurses' union, who said", "the widow of the pilot, who": unsure
    while noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        noun = noun.head  # "Ina Moss, the harbour commissioner, who": Ina Moss
    if noun.i >= span[0].i or noun.dep_ == "attr" or not can_speak(noun):
        return None
    if quote.start <= offset + noun.head.idx < quote.end:
        return None  # "Kobb - who said he would ... - said at a rally": the parse ran the clauses together
    return mention_span(noun, offset)


def _right_before(noun: Token, who: Token) -> bool:
    """True when the words between ``noun`` and ``who`` are all of the phrase
    ``noun`` heads (``four in 10 who``, ``Ina Moss, the harbour commissioner,
    who``) and ``noun`` stands in no clause of its own (``the owner of the dog
    that bit the boy, who``: the boy, the dog or the owner)."""
    phrase = {t.i for t in noun.subtree}
    if any(i not in phrase for i in range(noun.i + 1, who.i)):
        return False
    return not any(a.dep_ in ("relcl", "acl") for a in noun.ancestors)


def _reports_a_clause(who: Token, quote: Quote, offset: int) -> bool:
    """True when ``who`` is the subject of a relative clause whose verb is the
    cue of ``quote``, a verb of saying or believing with a clause after it
    that holds the whole quote (a content running past the relative clause
    comes from a broken parse)."""
    clause = who.head
    last = clause.right_edge
    return (
        who.dep_ in ("nsubj", "nsubjpass")
        and clause.dep_ == "relcl"
        and offset + clause.idx == quote.cue_start
        and quote.end <= offset + last.idx + len(last)
        and cue_lemma(clause) in _SAYING_OR_BELIEVING
        and any(child.dep_ == "ccomp" and child.i > clause.i for child in clause.children)
    )


def can_speak(noun: Token) -> bool:
    """True for a noun a relative ``who`` can stand for as a source: a name, a
    number (``four in 10``), a noun for people or a group; not a description
    built on a name (``an Abraham Lincoln impersonator``, which the name would
    stand for), nor a count (``the same number``), nor a thing (``his radio
    program``)."""
    if noun.pos_ in ("PROPN", "NUM"):
        return True
    if noun.pos_ != "NOUN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children):
        return False
    lower = noun.lower_
    return lower not in _COUNTING_NOUNS and (
        lower in GROUP_NOUNS
        or lower in SOURCE_HEAD_NOUNS
        or lower.rstrip("s") in SOURCE_HEAD_NOUNS
        or lower.rstrip("s").endswith(PERSON_SUFFIXES)
    )
