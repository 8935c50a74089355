"""The name a pronoun stands for by the parse: the subject of the clause
governing the pronoun's clause (``Kobb met Venn and declared that he found
...``: Kobb, not the last name before the pronoun)."""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.extract.mention_spans import mention_span
from quotes.extract.quotemarks import SpanIndex
from quotes.extract.syntax import doc_text, outside_parentheses

#: Dependency labels of a clause whose pronoun subject may stand for the
#: subject of the clause governing it.
_CLAUSE_DEPS = ("ccomp", "advcl", "conj")


def governing_name(
    doc: Doc, offset: int, start: int, end: int, spans: SpanIndex
) -> tuple[tuple[int, int] | None, bool]:
    """Article offsets of the name that is the subject of the clause governing
    the pronoun at ``[start, end)`` (``Kobb said on Thursday he ...``,
    ``Kobb went after Venn, when he called ...``), or None, and whether the
    pronoun's clause is coordinated (``Kobb met Venn and he ...``)."""
    if not (0 <= start - offset < end - offset <= len(doc_text(doc))):
        return None, False
    span = doc.char_span(start - offset, end - offset)
    if span is None or len(span) != 1:
        return None, False
    pronoun = span[0]
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ not in _CLAUSE_DEPS:
        return None, False
    verb = pronoun.head.head
    for _ in range(4):
        subjects = [
            c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not spans.covers(offset + c.idx)
        ]
        if subjects:
            subject = outside_parentheses(subjects[0])
            if subject.pos_ != "PROPN" or subject.i > pronoun.i:
                return None, False
            return mention_span(subject, offset), pronoun.head.dep_ == "conj"
        # a verb sharing its subject: "Kobb met Venn and declared that he ..."
        if verb.dep_ in ("conj", "xcomp") or (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
            if verb.head is verb:
                return None, False
            verb = verb.head
            continue
        return None, False
    return None, False
