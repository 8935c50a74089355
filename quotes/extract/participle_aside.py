"""A name opening its sentence before a participle clause between commas
(``Kiprotich, addressing supporters in Mlima town, thanked ...``), which the
parse can leave out of the subject it gives the verb."""

from __future__ import annotations

from spacy.tokens import Token


def before_participle_aside(subject: Token) -> Token:
    """The name before a participle clause between commas that the parse made
    the subject (``Kiprotich, addressing supporters in Mlima town, thanked``:
    the participle hangs on ``supporters``, which said nothing), else
    ``subject``. The name must open its sentence (not the object of an opening
    clause: ``After the club sacked Dag Orrin, travelling fans told``) and a
    comma must close the clause right before a verb (not ``Last year Ola
    Kipt, retiring teachers said, was``)."""
    first = subject.left_edge
    if first.tag_ != "VBG" or first.dep_ != "amod" or first.i < 2 or first.nbor(-1).text != ",":
        return subject
    name = first.nbor(-2)
    if name.pos_ != "PROPN" or name.dep_ == "pobj" or not _opens_sentence(name):
        return subject
    doc, closing = subject.doc, subject.right_edge.i
    closing += doc[closing].text != ","  # the parse may hang the closing comma on the subject
    closed = closing + 1 < len(doc) and doc[closing].text == "," and doc[closing + 1].tag_.startswith("VB")
    return name if closed else subject


def _opens_sentence(name: Token) -> bool:
    """True when the run of proper nouns ending at ``name`` opens its sentence
    (``Ola Kipt, ...`` at a paragraph's start, not ``Last year Ola Kipt``)."""
    start = name
    while start.i > start.sent.start and start.nbor(-1).pos_ == "PROPN":
        start = start.nbor(-1)
    return start.i == start.sent.start
