"""The content of an indirect quote whose cue closes or interrupts it (on
the parse): ``The bridge will reopen, Varn said.`` (all of coordinated
clauses before ``..., the army said``; the clause the parse hangs on a
dateline), ``Food bank use hit a record, the charity Feedwell said.`` (the
cue a relative clause on the description before the name) and ``This
campaign, he says, is different.`` (a parenthetical cue inside its
content). Spans are trimmed as :mod:`quotes.extract.indirect_content`
trims them."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.cue_lemmas import cue_lemma
from quotes.extract.cue_sources import cue_source
from quotes.extract.indirect_content import Found, contiguous, found_through, trimmed_span
from quotes.extract.indirect_source import verb_subject
from quotes.extract.lexicon import DESCRIBED_AS_VERBS
from quotes.extract.mention_spans import source_span
from quotes.extract.syntax import dateline_subject, doc_text

#: How the parse hangs a clause on the dateline before it.
_DATELINE_CLAUSE_DEPS = frozenset({"relcl", "conj", "acl", "appos", "ccomp"})


#: Tags of a finite verb (``said``, ``says``, ``say``).
_FINITE_TAGS = ("VBD", "VBZ", "VBP")
#: What may follow a cue closing its sentence (``in a statement``, ``on Tuesday``, the full stop).
_CLOSING_CUE_TAIL = frozenset({"prep", "npadvmod", "punct"})


def content_before(cue: Token) -> Found | None:
    """``The bridge will reopen, Varn said.``: the cue hangs off the content's verb.

    Only when a comma (or a closing quote) comes right before the cue clause
    (``..., Varn said`` / ``..., said Varn``), not ``..., after half said so``."""
    subject = verb_subject(cue)
    if subject is None:
        return None
    first = min(min(t.i for t in subject.subtree), cue.i)
    if first == 0 or cue.doc[first - 1].text not in (",", "\u201d", '"', "\u2014", "--"):
        return None
    if cue.dep_ == "ROOT":  # the content hangs on a dateline, not the cue on the content
        head = dateline_clause(cue)
        if head is None:
            return None
        tokens = [t for t in head.subtree if t.i < cue.i]
    elif (conjunct := _first_conjunct(cue, subject)) is not None:
        head = conjunct  # "... and three injured when ..., the army said": all before the comma
        tokens = list(cue.doc[head.left_edge.i : first - 1])
    else:
        head = cue.head
        cue_tokens = {t.i for t in cue.subtree}
        tokens = [t for t in head.subtree if t.i not in cue_tokens and t.i < cue.i]
    span = trimmed_span(contiguous(tokens, head) if head.i < cue.i else [], doc_text(cue.doc))
    return found_through(cue, span, speaker=cue_source(cue), confidence=0.7)


def _first_conjunct(cue: Token, subject: Token) -> Token | None:
    """The first of the coordinated clauses a closing ``..., the army said``
    reports, when the parse hangs the cue on the last of them (``Two soldiers
    were killed and three injured when ..., the army said in a statement``:
    both); None for anything else. The cue is a finite verb right after its
    subject, with nothing after it but phrases of where, when or how it was
    said, to the end of the sentence."""
    head = cue.head
    if head.dep_ != "conj" or cue.tag_ not in _FINITE_TAGS or subject.i != cue.i - 1:
        return None
    if any(child.dep_ not in _CLOSING_CUE_TAIL for child in cue.rights):
        return None  # "..., the army said, adding that ...": the cue goes on
    after = cue.doc[cue.right_edge.i + 1 : cue.sent.end]
    if any(not t.is_punct for t in after):
        return None
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    return head


def content_before_described_name(cue: Token) -> Found | None:
    """``Food bank use hit a record, the charity Feedwell said.``: the parse
    makes the description before the name (``the charity``) the object of the
    content's verb, and the cue a relative clause on it; the content is the
    sentence before the comma opening the description."""
    subject = verb_subject(cue)
    noun = cue.head
    if cue.dep_ != "relcl" or subject is None or subject.pos_ != "PROPN" or subject.left_edge.i != noun.i + 1:
        return None
    first = noun.left_edge.i
    if first == 0 or cue.doc[first - 1].text != "," or any(_own_content(c) for c in cue.children):
        return None
    root = cue.sent.root
    tokens = [t for t in root.subtree if t.i < first]
    span = trimmed_span(contiguous(tokens, root) if root.i < first else [], doc_text(cue.doc))
    return found_through(cue, span, speaker=cue_source(cue), confidence=0.6)


#: Dependencies of a cue's own content, object or what it calls something: a
#: cue with one reports no words before it (``the charity Feedwell said it
#: would``; ``..., a result Kowalski has called “a robbery”``: the result is
#: what was called so, the sentence before it no one's words).
_OWN_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd"})


def _own_content(child: Token) -> bool:
    """True for a cue's child that is its own content (:data:`_OWN_CONTENT_DEPS`)
    or what a verb of describing describes something as (``a defeat Hale
    described as “cruel”``; not ``a plan Kroll announced as part of her
    budget``: :data:`DESCRIBED_AS_VERBS`)."""
    if child.dep_ in _OWN_CONTENT_DEPS:
        return True
    return child.dep_ == "prep" and child.lower_ == "as" and cue_lemma(child.head) in DESCRIBED_AS_VERBS


def dateline_clause(cue: Token) -> Token | None:
    """``PASADENA — The drill has jammed, engineers said``: the verb of the
    words reported before a cue that opens no clause of its own, which the parse
    hangs on the dateline (itself hung on the cue); None without a dateline."""
    for child in cue.lefts:
        if dateline_subject(child) is child:
            continue  # no dateline
        return next(
            (v for v in child.rights if v.dep_ in _DATELINE_CLAUSE_DEPS and v.pos_ in ("VERB", "AUX")), None
        )
    return None


def content_around(cue: Token) -> Found | None:
    """``This campaign, he says, is different.``: a parenthetical cue inside its
    content. The content is the whole clause, the parenthesis included (one span)."""
    subject = verb_subject(cue)
    if subject is None:
        return None
    doc = cue.doc
    first = min(min(t.i for t in subject.subtree), cue.i)
    last = max(t.i for t in cue.subtree)
    if (
        first == 0
        or doc[first - 1].text != ","
        or last + 1 >= len(doc)
        or (doc[last].text != "," and doc[last + 1].text != ",")
    ):
        return None
    head = cue.head
    sentence = cue.sent
    tokens = [t for t in head.subtree if sentence.start <= t.i < sentence.end]
    span = trimmed_span(contiguous(tokens, head), doc_text(doc))
    if span is not None and span[0] >= doc[first].idx:
        return None
    return found_through(cue, span, speaker=source_span(subject), confidence=0.6)
