"""Indirect quotes: reported speech, beliefs and intentions found on the dependency parse.

:func:`find_indirect` walks a parsed spaCy ``Doc`` (or ``Span``) and returns
``kind="indirect"`` :class:`~quotes.records.Quote` records for these
constructions (the examples are fictional):

- ``Mayor Ilsa Varn said (that) the bridge would reopen.`` - a reporting verb
  with a clausal complement (``ccomp``): the complement is the content, the
  verb's subject the source. Covers ``told reporters that``, ``warned``,
  ``argued``, ``believes``, ``thinks``, and reports and polls as sources
  (``a survey found that...``, ``records show...``).
- ``The bridge will reopen, Varn said.`` - the same parse, content first.
- ``According to the ministry, the bridge will reopen.`` - content is the rest
  of the clause, source the object of ``to``.
- ``Varn wants the council to vote.`` / ``Varn refused to comment.`` - verbs of
  intention with an open complement (``xcomp``): content from the object (if
  any) to the end of the complement.
- ``Varn endorsed Tomas Reye.`` / ``Varn criticized the plan.`` - verbs whose
  object is what is attributed (endorsements, criticism, denials).
- ``Varn called for a new tax.`` / ``Varn talked about the bridge.`` - verbs
  whose prepositional object is the content (:data:`PREP_VERBS`).
- ``This bridge, Varn says, is different.`` - a parenthetical cue: the whole
  clause is the content (one span, the parenthesis included).
- ``Varn's claim that...`` / ``Reye's criticism of the plan`` - nouns of speech
  held by someone (:data:`HELD_NOUNS`).
- ``In a new poll, most voters back Varn.`` - a poll as the source.
- ``It was reported that ...`` - a passive reporting verb: no source.
- Headlines ``Ilsa Varn: Bridge Will Reopen`` - :func:`find_headline`, on the text.

The subject of a verb of saying is always a source; other verbs need a subject
that can hold a view (a name, a pronoun, a number of people, a noun for people,
organizations, documents or polls: :func:`plausible_source`). When a content
holds another attribution with its own subject (``they prefer X, and 4 in 10
said Y``) the outer content ends before it, as PolNeAR gives each word to one
attribution. A content whose clause ends in a quotation (``the tests were
“routine”``) keeps it whole: a mixed quote.

Conventions follow PolNeAR (see ``../shared/polnear``): the content span
excludes the cue and the source, includes a leading ``that``, and has no
trailing punctuation; a content that would hold the cue (``which he said was
true``) keeps only the words on the complement's side of the cue.

Offsets: the doc was parsed from the article text starting at ``offset``, so a
token's article offset is ``offset + token.idx``. Content overlapping a span in
``taken`` (quotes already found, e.g. the direct ones) is skipped unless the
taken span lies wholly inside it and covers less than half of it (a partial
quote within reported speech). The speaker is the subject MENTION as written
(``she``, ``the spokesman``): names and pronouns are resolved later
(:mod:`quotes.extract.resolution`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.attrs import DEP, HEAD, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from quotes.extract.addressed import generic_reader
from quotes.extract.cue_lemmas import cue_lemma
from quotes.extract.cue_sources import is_passive
from quotes.extract.indirect_acts import (
    act_not_speech,
    asks_whether,
    calls_itself_a_name,
    shows_a_picture,
    supposes,
)
from quotes.extract.indirect_adjectives import adjective_cue
from quotes.extract.indirect_content import (
    Found,
    after_reduced_relative,
    bare_noun_phrase,
    complement_content,
    contiguous,
    cut_nested,
    holds_clause,
    left_open,
    outer_first,
    says_nothing,
    trimmed_span,
    weak_found,
)
from quotes.extract.indirect_objects import (
    SHORT_OBJECT,
)
from quotes.extract.indirect_phrases import according, in_document, in_view, noun_cue
from quotes.extract.indirect_source import (
    aside_subject,
    counted_in_question,
    plausible_source,
    quoted_as_saying,
    verb_subject,
)
from quotes.extract.lexicon import (
    ASKING_VERBS,
    CITING_VERBS,
    CLAUSE_VERBS,
    HELD_NOUNS,
    RAISING_VERBS,
    SAYING_VERBS,
    STANCE_ADJECTIVES,
    VOTING_FORMS,
    cue_verb_forms,
)
from quotes.extract.made_clear import made_clear_content
from quotes.extract.making_phrases import MAKING_FORMS
from quotes.extract.mention_spans import source_span
from quotes.extract.patterns import CUT_CLAUSE_RE
from quotes.extract.quotation_contents import (
    before_quote,
    blocked,
    inside_quotation,
    without_dangling_conjunction,
)
from quotes.extract.speaker_words import EXPLETIVES
from quotes.extract.syntax import SUBJECT_DEPS, doc_text, finite_clause, in_markup
from quotes.extract.trailing_participles import as_trailing_report, closes_a_report, trailing_participle
from quotes.extract.verb_contents import listed, stranded_below, verb_contents
from quotes.records import Quote

#: The lower-case forms (as spaCy hashes) of every word :func:`_at_token` reads
#: as a cue whatever its tag: cue verb forms, nouns of speech, ``according``, ``in``.
_CUE_WORD_IDS = frozenset(
    get_string_id(word)
    for word in (*cue_verb_forms(), *HELD_NOUNS, *STANCE_ADJECTIVES, *MAKING_FORMS, "according", "in")
)
_IN, _PREP, _NSUBJ, _CCOMP = (get_string_id(word) for word in ("in", "prep", "nsubj", "ccomp"))
_UINT64 = 2**64 - 1
#: Words that end a short content standing for words said elsewhere (``I
#: have said that``, ``she told him so``): what they stand for is not there.
_STAND_INS = frozenset({"that", "so"})
#: Subject pronouns of a cue written twice (``Asked about Sullivan, she said,
#: she said``): a content ending on one and its verb is no content.
_CUE_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def find_indirect(doc: Doc | Span, *, offset: int = 0, taken: Iterable[tuple[int, int]] = ()) -> list[Quote]:
    """Indirect quotes in ``doc`` (a spaCy Doc or Span parsed from article text
    starting at ``offset``), with content, cue and speaker-mention offsets into
    the article. Spans overlapping ``taken`` (article offsets) are skipped."""
    text = doc_text(doc.doc)
    taken = [(s - offset, e - offset) for s, e in taken]
    items = [
        item
        for token in _cue_candidates(doc)
        for item in _at_token(token)
        if not any(
            start <= item.cue_start < end for start, end in taken
        )  # a cue in quoted words cuts nothing
    ]
    nested = cut_nested(items, text, verbless=lambda start, end: _verbless(doc.doc, start, end))
    kept = [
        without_dangling_conjunction(left_open(doc.doc, f), text)
        for f in _kept(
            outer_first(nested), text, taken, holds_clause=lambda s, e: holds_clause(doc.doc, s, e)
        )
        if not says_nothing(doc.doc, f) and not generic_reader(doc.doc, f)
    ]
    found = sorted((f for f in kept if f.speaker is not None), key=lambda f: f.start)
    return [_quote(item, text, offset) for item in found]


def _cue_candidates(doc: Doc | Span) -> list[Token]:
    """The tokens of ``doc`` that :func:`_at_token` can find a content through,
    in order: a word of the cue lexicon, ``according``, ``in`` as a preposition,
    and other verbs with a subject and a clausal complement after them
    (:func:`_other_verb`). Read from one array of the doc's words, not one
    token object per word."""
    whole = doc.doc
    start, end = (doc.start, doc.end) if isinstance(doc, Span) else (0, len(whole))
    rows = whole.to_array([LOWER, POS, DEP, HEAD]).tolist()
    reporting = _verbs_with_clause(rows)
    return [
        whole[i]
        for i, (lower, pos, dep, _) in enumerate(rows[start:end], start)
        if (lower in _CUE_WORD_IDS and (lower != _IN or dep == _PREP)) or (pos == VERB and i in reporting)
    ]


def _verbs_with_clause(rows: list[list[int]]) -> set[int]:
    """Indexes of the tokens with a nominal subject and a clausal complement
    after them, from ``(lower, pos, dep, head)`` rows (the head as an offset
    from the token, modulo 2**64 as ``Doc.to_array`` gives it)."""
    subjects, clauses = set(), set()
    for i, (_, _, dep, offset) in enumerate(rows):
        if dep == _NSUBJ:
            subjects.add((i + offset) & _UINT64)
        elif dep == _CCOMP and (head := (i + offset) & _UINT64) < i:
            clauses.add(head)
    return subjects & clauses


def _kept(
    items: list[Found], text: str, taken: list[tuple[int, int]], *, holds_clause: Callable[[int, int], bool]
) -> list[Found]:
    """The contents worth a quote, first come first kept: not a quotation's own
    words, not a single word, not overlapping one kept before."""
    found: list[Found] = []
    used: list[tuple[int, int]] = []
    for item in items:
        kept = before_quote(item, taken, text, holds_clause)
        if (
            kept is None
            or kept.end - kept.start < 2
            or (not kept.mixed and blocked(kept.start, kept.end, taken, text))
        ):
            continue
        if inside_quotation(text, kept.start, kept.end):
            continue
        words = text[kept.start : kept.end].split()
        if len(words) < 2:
            continue  # a single word ("think" of a think tank) reports nothing
        if len(words) <= SHORT_OBJECT and (
            CUT_CLAUSE_RE.search(text[kept.start : kept.end]) or words[-1].lower() in _STAND_INS
        ):
            continue  # "Kobb said it was", "I have said that": no words of his that say anything
        if _doubled_cue(text, kept.end, words):
            continue  # "Asked about Sullivan, she said, she said ...": a cue written twice, no content
        if any(kept.start < u_end and u_start < kept.end for u_start, u_end in used):
            continue
        used.append((kept.start, kept.end))
        found.append(kept)
    return found


def _doubled_cue(text: str, end: int, words: list[str]) -> bool:
    """True when the content ending at ``end`` ends on a pronoun and a verb of
    speech written again right after it (``Asked about Sullivan, she said|,
    she said the matter ...``): the cue written twice, its words no content."""
    if words[-2].lower() not in _CUE_PRONOUNS or words[-1] not in cue_verb_forms():
        return False
    again = re.match(r",?[ \xa0]+(\w+)[ \xa0]+(\w+)\b", text[end : end + 40])
    return again is not None and [again.group(1).lower(), again.group(2)] == [words[-2].lower(), words[-1]]


def _verbless(doc: Doc, start: int, end: int) -> bool:
    """True when the words at ``[start, end)`` hold no verb, or only the
    auxiliaries of one after them."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and (bare_noun_phrase(list(span)) or _verb_cut_off(span))


def _verb_cut_off(span: Span) -> bool:
    """True when each verb of ``span`` is an auxiliary of a verb after it
    (``it had initially|``): a clause cut before its own verb."""
    verbs = [token for token in span if token.pos_ in ("VERB", "AUX")]
    return bool(verbs) and all(
        token.dep_ in ("aux", "auxpass") and token.head.i >= span.end for token in verbs
    )


def _quote(item: Found, text: str, offset: int) -> Quote:
    """The indirect quote of a content found in a doc parsed from ``offset``."""
    speaker = item.speaker
    return Quote(
        text=text[item.start : item.end],
        start=offset + item.start,
        end=offset + item.end,
        kind="indirect",
        cue=text[item.cue_start : item.cue_end],
        cue_start=offset + item.cue_start,
        cue_end=offset + item.cue_end,
        speaker=text[speaker[0] : speaker[1]] if speaker else None,
        speaker_start=offset + speaker[0] if speaker else None,
        speaker_end=offset + speaker[1] if speaker else None,
        confidence=item.confidence,
    )


def _at_token(token: Token) -> list[Found]:
    """The contents attributed through ``token`` (a cue verb or noun of speech,
    ``according`` to, ``in`` a poll)."""
    lower, pos = token.lower_, token.pos_
    if lower == "according":
        return listed(according(token))
    if lower == "in":
        return listed(in_document(token) or in_view(token))
    if pos == "NOUN" and lower in HELD_NOUNS:
        return listed(noun_cue(token))
    if pos == "ADJ":
        return listed(adjective_cue(token))
    lemma = cue_lemma(token)
    if lemma is None and pos == "VERB" and not in_markup(token):
        return _other_verb(token)
    if lemma is None or in_markup(token):
        return []
    if lemma in RAISING_VERBS:
        return listed(_raised(token))
    if lemma == "quote" and any(
        quoted_as_saying(c) is not None for prep in token.children for c in prep.children
    ):
        return []  # "Vell TV quoted Ruud as saying ...": the words are Ruud's, found at "saying"
    if lemma in ASKING_VERBS and (token.tag_ == "VBN" or is_passive(token) or _opens_question_put(token)):
        return []  # "Asked whether ..., Kobb said": the question is not Kobb's words
    if token.tag_ in ("VBN", "VBD") and aside_subject(token.head, token) is not None:
        return []  # "Pirre, told that the vote had failed, said": told, so the words are not his
    if asks_whether(token) or supposes(token, verb_subject(token)):
        return []  # "Does he think ...?" asks, "Let's say ..." supposes: the writer's, no one's view
    if lemma in CITING_VERBS and _participle_clause(token):
        return []  # "In an email, cited in the filing, Tunn wrote": the email is cited, Tunn cites nothing
    if lemma == "call" and calls_itself_a_name(token):
        return []  # "a group calling itself the Free Hills Brigade": the name it goes by, no view
    if token.dep_ == "xcomp" and token.head.lower_ in VOTING_FORMS:
        return []  # "Lawmakers voted to approve the budget": a vote, not what they said
    subject = verb_subject(token)
    if subject is not None and counted_in_question(subject):
        return []  # "surprised by how many teens reported using phones": a count, no one's words
    if lemma == "show" and shows_a_picture(token, subject):
        return []  # "The video shows the officer opening the trunk": what was seen, not said
    if act_not_speech(token, lemma):
        return []  # "farmers must show losses", "recalled 1.2 million packs": acts, not speech
    if (
        lemma not in SAYING_VERBS
        and subject is not None
        and subject.dep_ != "nsubjpass"
        and not plausible_source(subject)
        and not closes_a_report(token)  # "Analysts said demand had fallen, citing": the analysts cite
    ):
        return []
    results = after_reduced_relative(token, subject, verb_contents(token, lemma))
    if is_passive(token):
        # "the bridge is expected to open": nobody is said to expect it, so no
        # quote, and no cut in the content of an attribution around it
        results = [found for found in results if found.speaker is not None]
    if lemma in CLAUSE_VERBS and any(c.dep_ in SUBJECT_DEPS for c in token.children):
        results = [replace(found, separate=True) for found in results]
    return as_trailing_report(token, results) if trailing_participle(token) else results


def _opens_question_put(token: Token) -> bool:
    """True for ``Asked`` opening its sentence before a comma, whatever its tag
    (``Asked what she would do next, Brun shrugged``): a question put to the
    subject, not asked by them."""
    sentence = token.sent
    return token.i == sentence.start and token.text == "Asked" and any(t.text == "," for t in sentence)


def _raised(token: Token) -> Found | None:
    """``Kobb seemed to agree``: Kobb's view, the complement its content. A view
    nobody is said to hold (``The plan seems to work``, ``It appears that the
    vote slipped``) gives none, and cuts no attribution around it."""
    complements = [c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.i > token.i]
    if not complements or (
        complements[0].dep_ == "xcomp" and not any(c.lower_ == "to" for c in complements[0].children)
    ):
        return None  # "appeared on television", "seemed tired": no clause to report
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in complements[0].children):
        return None  # "Kobb appeared to have lied": what the writer infers, not Kobb's view
    subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lower_ in EXPLETIVES or not plausible_source(subject):
        return None
    span = trimmed_span(contiguous(list(complements[0].subtree), complements[0]), doc_text(token.doc))
    return weak_found(token, span, source_span(subject))


def _participle_clause(token: Token) -> bool:
    """True for a past participle opening a clause of its own with no subject,
    auxiliary or ``as`` (``, cited in the filing,``; ``As reported by X`` is a source)."""
    return (
        token.tag_ == "VBN"
        and token.dep_ in ("advcl", "acl")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in token.children)
    )


def _other_verb(token: Token) -> list[Found]:
    """A verb outside the lexicon with a clausal complement and a person for a
    subject (``Varn found that...``): a weak attribution; or a phrase of saying
    on ``make`` (``Varn made it clear that ...``, :mod:`~quotes.extract.made_clear`)."""
    if token.lower_ in MAKING_FORMS and (made := made_clear_content(token)) is not None:
        return [made]
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.pos_ == "PROPN" or subject.lower_ in ("he", "she", "they", "i", "we")):
        return []
    for child in filter(finite_clause, token.children):  # not "let locks open": a small clause
        if child.dep_ == "ccomp" and child.i > token.i and not stranded_below(token, child):
            marks = [c for c in child.children if c.dep_ == "mark"]
            if marks and marks[0].lower_ not in ("that",):
                return []
            found = complement_content(token, list(child.subtree), child, confidence=0.4)
            return [found] if found else []
    return []
