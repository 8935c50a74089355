"""A headline's topic before a colon (``Eid-el-Fitr: Chief Imam charges
leaders``, ``Budget: Mayor warns of cuts``), which the parse can make the
subject, with the real subject after the colon hung on it as an apposition."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.syntax import doc_text


def subject_after_topic(subject: Token) -> Token | None:
    """The apposition after a colon the parse hung on ``subject`` (``Eid-el-Fitr:
    Chief Imam charges``: ``Imam``), the subject the verb has, when the topic
    opens its line (not ``he boasts about them: the Iraq war, ...``); else None."""
    start = subject.left_edge.idx
    if start > 0 and doc_text(subject.doc)[start - 1] != "\n":
        return None
    for child in subject.rights:
        if child.dep_ != "appos" or child.pos_ not in ("PROPN", "NOUN"):
            continue
        if subject.i + 1 < child.i and subject.doc[subject.i + 1].text == ":":  # "Topic: Name ..."
            return child
    return None
